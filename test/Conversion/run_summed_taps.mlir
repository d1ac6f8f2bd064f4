// A 3x3 convolution with unit strides over 16 channels, lowered and run by
// the JIT: one contraction sums the 9 taps (ov-convolutions-to-matmuls)
// and each register tile keeps its accumulators through all of them
// (ov-tile-and-vectorize). Every input is 1 and every weight 1/128, so an
// output is (valid taps) x 16 / 128: 9 taps inside (1.125), 6 on an edge
// (0.75), 4 in a corner (0.5). The 8 filters are equal; their mean is
// printed.
// RUN: ov-opt %s --ov-lower-to-llvm | %mlir_runner | FileCheck %s

// CHECK: sizes = [1, 4, 4]
// CHECK-NEXT: {{\[\[\[}}0.5, 0.75, 0.75, 0.5],
// CHECK-NEXT: [0.75, 1.125, 1.125, 0.75],
// CHECK-NEXT: [0.75, 1.125, 1.125, 0.75],
// CHECK-NEXT: [0.5, 0.75, 0.75, 0.5]]]
func.func @conv(%x: tensor<1x16x4x4xf32>) -> tensor<1x4x4xf32> {
  %w = ov.constant dense<0.0078125> : tensor<8x16x3x3xf32>
  %c = ov.convolution %x, %w {strides = array<i64: 1, 1>, dilations = array<i64: 1, 1>, pads_begin = array<i64: 1, 1>, pads_end = array<i64: 1, 1>} : (tensor<1x16x4x4xf32>, tensor<8x16x3x3xf32>) -> tensor<1x8x4x4xf32>
  %axes = ov.constant dense<[1]> : tensor<1xi64>
  %m = ov.reduce_mean %c, %axes : (tensor<1x8x4x4xf32>, tensor<1xi64>) -> tensor<1x4x4xf32>
  return %m : tensor<1x4x4xf32>
}

func.func @main() {
  %x = arith.constant dense<1.0> : tensor<1x16x4x4xf32>
  %m = call @conv(%x) : (tensor<1x16x4x4xf32>) -> tensor<1x4x4xf32>
  %mu = tensor.cast %m : tensor<1x4x4xf32> to tensor<*xf32>
  call @printMemrefF32(%mu) : (tensor<*xf32>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>)
