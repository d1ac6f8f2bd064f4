// A static MaxPool without used indices, and an AvgPool whose windows all
// divide by the kernel size, lower to one elementwise op over the kernel
// taps' strided slices of the padded input (like a depthwise convolution):
// the codegen vectorizes it along the output width.
// (Numeric checks: run_conv_pool.mlir, run_window.mlir.)
// RUN: ov-opt %s --convert-ov-to-linalg | FileCheck %s

// ResNet-50's stem pool: 3x3, stride 2, pads 1; -inf padding and
// arith.maximumf (NaN propagates) that may return either of two zeros
// (nsz: vmaxps without a sign fix-up).
// CHECK-LABEL: func.func @max_pool
// CHECK: %[[PAD:.*]] = tensor.pad
// CHECK: tensor.yield %cst
// CHECK: tensor.extract_slice %[[PAD]][0, 0, 0, 0] [1, 8, 4, 4] [1, 1, 2, 2]
// CHECK: tensor.extract_slice %[[PAD]][0, 0, 2, 2] [1, 8, 4, 4] [1, 1, 2, 2]
// CHECK: linalg.generic
// CHECK-SAME: iterator_types = ["parallel", "parallel", "parallel", "parallel"]
// CHECK-COUNT-8: arith.maximumf {{.*}} fastmath<nsz>
// CHECK-NEXT: linalg.yield
func.func @max_pool(%x: tensor<1x8x8x8xf32>) -> tensor<1x8x4x4xf32> {
  %y, %i = ov.max_pool %x {kernel = array<i64: 3, 3>, strides = array<i64: 2, 2>, pads_begin = array<i64: 1, 1>, pads_end = array<i64: 1, 1>} : (tensor<1x8x8x8xf32>) -> (tensor<1x8x4x4xf32>, tensor<1x8x4x4xi64>)
  return %y : tensor<1x8x4x4xf32>
}

// Unsigned maxima: arith.maxui on signless values.
// CHECK-LABEL: func.func @max_pool_unsigned
// CHECK: linalg.generic
// CHECK-SAME: iterator_types = ["parallel", "parallel", "parallel"]
// CHECK: arith.maxui
func.func @max_pool_unsigned(%x: tensor<1x2x4xui8>) -> tensor<1x2x2xui8> {
  %y, %i = ov.max_pool %x {kernel = array<i64: 2>, strides = array<i64: 2>, pads_begin = array<i64: 0>, pads_end = array<i64: 0>} : (tensor<1x2x4xui8>) -> (tensor<1x2x2xui8>, tensor<1x2x2xi64>)
  return %y : tensor<1x2x2xui8>
}

// The indices are used: the windowed generic with reduction loops.
// CHECK-LABEL: func.func @max_pool_indices
// CHECK: linalg.generic
// CHECK-SAME: "reduction"
func.func @max_pool_indices(%x: tensor<1x2x4xf32>) -> (tensor<1x2x2xf32>, tensor<1x2x2xi64>) {
  %y, %i = ov.max_pool %x {kernel = array<i64: 2>, strides = array<i64: 2>, pads_begin = array<i64: 0>, pads_end = array<i64: 0>} : (tensor<1x2x4xf32>) -> (tensor<1x2x2xf32>, tensor<1x2x2xi64>)
  return %y, %i : tensor<1x2x2xf32>, tensor<1x2x2xi64>
}

// Padding counted in the divisor: sum the 4 taps, divide by 4.
// CHECK-LABEL: func.func @avg_pool
// CHECK: tensor.pad
// CHECK: linalg.generic
// CHECK-SAME: iterator_types = ["parallel", "parallel", "parallel", "parallel"]
// CHECK-COUNT-3: arith.addf
// CHECK-NEXT: arith.constant 4.000000e+00 : f32
// CHECK-NEXT: arith.divf
func.func @avg_pool(%x: tensor<1x2x5x5xf32>) -> tensor<1x2x3x3xf32> {
  %y = ov.avg_pool %x {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>, pads_begin = array<i64: 1, 1>, pads_end = array<i64: 0, 0>, exclude_pad = false} : (tensor<1x2x5x5xf32>) -> tensor<1x2x3x3xf32>
  return %y : tensor<1x2x3x3xf32>
}

// Exclude-pad with padding: divisors differ at the border, so the windowed
// generic and the divide by clipped window sizes.
// CHECK-LABEL: func.func @avg_pool_exclude_pad
// CHECK: linalg.generic
// CHECK-SAME: "reduction"
func.func @avg_pool_exclude_pad(%x: tensor<1x2x5x5xf32>) -> tensor<1x2x3x3xf32> {
  %y = ov.avg_pool %x {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>, pads_begin = array<i64: 1, 1>, pads_end = array<i64: 0, 0>, exclude_pad = true} : (tensor<1x2x5x5xf32>) -> tensor<1x2x3x3xf32>
  return %y : tensor<1x2x3x3xf32>
}

// More than 64 taps (a global pool as a window): the windowed generic.
// CHECK-LABEL: func.func @max_pool_large_kernel
// CHECK: linalg.generic
// CHECK-SAME: "reduction"
func.func @max_pool_large_kernel(%x: tensor<1x2x9x9xf32>) -> tensor<1x2x1x1xf32> {
  %y, %i = ov.max_pool %x {kernel = array<i64: 9, 9>, strides = array<i64: 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>} : (tensor<1x2x9x9xf32>) -> (tensor<1x2x1x1xf32>, tensor<1x2x1x1xi64>)
  return %y : tensor<1x2x1x1xf32>
}
