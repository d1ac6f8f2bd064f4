// Two 1x1 convolutions of 32 filters on a 7x8 plane (blocked channels),
// each with its bias and a ReLU, concatenated along the channels and read
// by a third 1x1 convolution, lowered and run by the JIT: each ReLU works
// in its convolution's register tiles, which write straight into their
// part of the blocked concatenation (ov-tile-and-vectorize). Every input
// is 1 and the first weights 1/128: the parts are relu(0.25 - 0.5) = 0 and
// relu(0.25 + 0.5) = 0.75. The third convolution weighs the first part
// 1/128 and the second 1/64: 32 * 0.75 / 64 = 0.375 (the parts swapped:
// 0.1875; the first without its ReLU: 0.3125).
// RUN: ov-opt %s --ov-lower-to-llvm | %mlir_runner | FileCheck %s

// CHECK: sizes = [1, 32]
// CHECK-NEXT: {{\[\[}}0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375]]
func.func @branches(%x: tensor<1x32x7x8xf32>) -> tensor<1x32xf32> {
  %w = ov.constant dense<0.0078125> : tensor<32x32x1x1xf32>
  %ba = ov.constant dense<-0.5> : tensor<1x32x1x1xf32>
  %bb = ov.constant dense<0.5> : tensor<1x32x1x1xf32>
  %ca = ov.convolution %x, %w {strides = array<i64: 1, 1>, dilations = array<i64: 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>} : (tensor<1x32x7x8xf32>, tensor<32x32x1x1xf32>) -> tensor<1x32x7x8xf32>
  %sa = ov.add %ca, %ba : (tensor<1x32x7x8xf32>, tensor<1x32x1x1xf32>) -> tensor<1x32x7x8xf32>
  %ra = ov.relu %sa : tensor<1x32x7x8xf32>
  %cb = ov.convolution %x, %w {strides = array<i64: 1, 1>, dilations = array<i64: 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>} : (tensor<1x32x7x8xf32>, tensor<32x32x1x1xf32>) -> tensor<1x32x7x8xf32>
  %sb = ov.add %cb, %bb : (tensor<1x32x7x8xf32>, tensor<1x32x1x1xf32>) -> tensor<1x32x7x8xf32>
  %rb = ov.relu %sb : tensor<1x32x7x8xf32>
  %cat = ov.concat %ra, %rb {axis = 1 : i64} : (tensor<1x32x7x8xf32>, tensor<1x32x7x8xf32>) -> tensor<1x64x7x8xf32>
  %wa = ov.constant dense<0.0078125> : tensor<32x32x1x1xf32>
  %wb = ov.constant dense<0.015625> : tensor<32x32x1x1xf32>
  %wn = ov.concat %wa, %wb {axis = 1 : i64} : (tensor<32x32x1x1xf32>, tensor<32x32x1x1xf32>) -> tensor<32x64x1x1xf32>
  %n = ov.convolution %cat, %wn {strides = array<i64: 1, 1>, dilations = array<i64: 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>} : (tensor<1x64x7x8xf32>, tensor<32x64x1x1xf32>) -> tensor<1x32x7x8xf32>
  %axes = ov.constant dense<[2, 3]> : tensor<2xi64>
  %m = ov.reduce_mean %n, %axes : (tensor<1x32x7x8xf32>, tensor<2xi64>) -> tensor<1x32xf32>
  return %m : tensor<1x32xf32>
}

func.func @main() {
  %x = arith.constant dense<1.0> : tensor<1x32x7x8xf32>
  %m = call @branches(%x) : (tensor<1x32x7x8xf32>) -> tensor<1x32xf32>
  %mu = tensor.cast %m : tensor<1x32xf32> to tensor<*xf32>
  call @printMemrefF32(%mu) : (tensor<*xf32>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>)
