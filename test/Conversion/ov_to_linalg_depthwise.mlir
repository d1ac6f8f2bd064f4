// A depthwise GroupConvolution (one channel in and out per group) lowers to
// one elementwise op summing the kernel taps, each a strided slice of the
// padded input: the codegen vectorizes it along the output width.
// (Numeric checks: run_window.mlir, and bench/ for MobileNetV2.)
// RUN: ov-opt %s --convert-ov-to-linalg | FileCheck %s

// CHECK-LABEL: func.func @depthwise
// CHECK: %[[PAD:.*]] = tensor.pad
// The 9 taps of the 3x3 kernel, stride 2: offsets are the tap positions.
// CHECK: tensor.extract_slice %[[PAD]][0, 0, 0, 0] [1, 8, 7, 7] [1, 1, 2, 2]
// CHECK: tensor.extract_slice %{{.*}}[0, 0, 0, 0, 0] [8, 1, 1, 1, 1] [1, 1, 1, 1, 1] : tensor<8x1x1x3x3xf32> to tensor<8xf32>
// CHECK: tensor.extract_slice %[[PAD]][0, 0, 2, 2] [1, 8, 7, 7] [1, 1, 2, 2]
// CHECK: linalg.generic
// CHECK-SAME: iterator_types = ["parallel", "parallel", "parallel", "parallel"]
// CHECK: arith.mulf {{.*}} fastmath<contract>
// CHECK-COUNT-8: arith.addf {{.*}} fastmath<contract>
// CHECK: linalg.yield
func.func @depthwise(%x: tensor<1x8x14x14xf32>, %w: tensor<8x1x1x3x3xf32>) -> tensor<1x8x7x7xf32> {
  %y = ov.group_convolution %x, %w {strides = array<i64: 2, 2>, dilations = array<i64: 1, 1>, pads_begin = array<i64: 1, 1>, pads_end = array<i64: 0, 0>} : (tensor<1x8x14x14xf32>, tensor<8x1x1x3x3xf32>) -> tensor<1x8x7x7xf32>
  return %y : tensor<1x8x7x7xf32>
}

// Two channels per group: the windowed generic over (n, g, f, oh, ow, c, kh, kw).
// CHECK-LABEL: func.func @grouped
// CHECK: linalg.generic
// CHECK-SAME: "reduction", "reduction", "reduction"
func.func @grouped(%x: tensor<1x4x5x5xf32>, %w: tensor<2x1x2x3x3xf32>) -> tensor<1x2x3x3xf32> {
  %y = ov.group_convolution %x, %w {strides = array<i64: 1, 1>, dilations = array<i64: 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>} : (tensor<1x4x5x5xf32>, tensor<2x1x2x3x3xf32>) -> tensor<1x2x3x3xf32>
  return %y : tensor<1x2x3x3xf32>
}
