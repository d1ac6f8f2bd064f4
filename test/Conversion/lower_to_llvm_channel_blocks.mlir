// --ov-lower-to-llvm passes its vector-bits to ov-block-convolutions too:
// blocks of 32 channels with AVX-512's vectors (the default), of 16 with
// AVX2's (a register tile's two vectors either way).
// RUN: ov-opt %s --ov-lower-to-llvm --mlir-disable-threading --mlir-print-ir-after=ov-block-convolutions -o /dev/null 2>&1 | FileCheck %s --check-prefix=AVX512
// RUN: ov-opt %s --ov-lower-to-llvm='vector-bits=256 vector-registers=16' --mlir-disable-threading --mlir-print-ir-after=ov-block-convolutions -o /dev/null 2>&1 | FileCheck %s --check-prefix=AVX2

// AVX512-LABEL: func.func @conv1x1
// AVX512: ins(%{{.*}}, %{{.*}} : tensor<1x2x49x32xf32>, tensor<2x2x32x32xf32>) outs(%{{.*}} : tensor<1x2x49x32xf32>)
// AVX2-LABEL: func.func @conv1x1
// AVX2: ins(%{{.*}}, %{{.*}} : tensor<1x4x49x16xf32>, tensor<4x4x16x16xf32>) outs(%{{.*}} : tensor<1x4x49x16xf32>)
func.func @conv1x1(%x: tensor<1x64x7x7xf32>) -> tensor<1x64x7x7xf32> {
  %w = arith.constant dense<0.5> : tensor<64x64x1x1xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x64x7x7xf32>
  %fill = linalg.fill ins(%zero : f32) outs(%e : tensor<1x64x7x7xf32>) -> tensor<1x64x7x7xf32>
  %y = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x64x7x7xf32>, tensor<64x64x1x1xf32>) outs(%fill : tensor<1x64x7x7xf32>) -> tensor<1x64x7x7xf32>
  return %y : tensor<1x64x7x7xf32>
}
