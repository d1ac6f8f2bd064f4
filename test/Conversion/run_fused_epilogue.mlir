// A 1x1 convolution over 300 channels (K blocks of 256 + 44), its bias
// and a ReLU, lowered and run by the JIT: the bias becomes the register
// tiles' initial accumulators before the first K block and the ReLU is
// applied to them after the last one (ov-tile-and-vectorize). Every input
// is 1 and every weight 1/128, so before the ReLU each output is
// bias[f] + 300 / 128 = bias[f] + 2.34375, exactly (a K block skipped or
// counted twice would show). The mean over the 16 x 8 plane of 128 positions (which
// makes the convolution a contraction over the collapsed plane) is printed.
// RUN: ov-opt %s --ov-lower-to-llvm | %mlir_runner | FileCheck %s

// CHECK: sizes = [1, 8]
// CHECK-NEXT: {{\[\[}}0, 0, 0.34375, 1, 2.34375, 3, 4, 10]]
func.func @conv(%x: tensor<1x300x16x8xf32>) -> tensor<1x8xf32> {
  %w = ov.constant dense<0.0078125> : tensor<8x300x1x1xf32>
  %c = ov.convolution %x, %w {strides = array<i64: 1, 1>, dilations = array<i64: 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>} : (tensor<1x300x16x8xf32>, tensor<8x300x1x1xf32>) -> tensor<1x8x16x8xf32>
  %b = ov.constant dense<[[[[-5.0]], [[-2.34375]], [[-2.0]], [[-1.34375]], [[0.0]], [[0.65625]], [[1.65625]], [[7.65625]]]]> : tensor<1x8x1x1xf32>
  %s = ov.add %c, %b : (tensor<1x8x16x8xf32>, tensor<1x8x1x1xf32>) -> tensor<1x8x16x8xf32>
  %r = ov.relu %s : tensor<1x8x16x8xf32>
  %axes = ov.constant dense<[2, 3]> : tensor<2xi64>
  %m = ov.reduce_mean %r, %axes : (tensor<1x8x16x8xf32>, tensor<2xi64>) -> tensor<1x8xf32>
  return %m : tensor<1x8xf32>
}

func.func @main() {
  %x = arith.constant dense<1.0> : tensor<1x300x16x8xf32>
  %m = call @conv(%x) : (tensor<1x300x16x8xf32>) -> tensor<1x8xf32>
  %mu = tensor.cast %m : tensor<1x8xf32> to tensor<*xf32>
  call @printMemrefF32(%mu) : (tensor<*xf32>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>)
