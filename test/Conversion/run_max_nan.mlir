// ReLU, Clamp and MaxPool lower to maxima and minima that may return either
// zero for zeros of different signs (fastmath nsz, a single vmaxps for a
// ReLU): NaNs still propagate, wherever they are among the operands (a
// pool's first tap, its last, a vector's lanes). Run by the JIT.
// RUN: ov-opt %s --ov-lower-to-llvm | %mlir_runner | FileCheck %s

// ReLU of 32 values (two vectors of 16): NaN at 3 and 20 stays NaN.
// CHECK: sizes = [32]
// CHECK-NEXT: [0, 1, 0, nan, 4, 0, 6, 0, 8, 0, 10, 0, 12, 0, 14, 0, 16, 0, 18, 0, nan, 0, 22, 0, 24, 0, 26, 0, 28, 0, 30, 0]
// Clamp to [0, 6] of the same.
// CHECK: sizes = [32]
// CHECK-NEXT: [0, 1, 0, nan, 4, 0, 6, 0, 6, 0, 6, 0, 6, 0, 6, 0, 6, 0, 6, 0, nan, 0, 6, 0, 6, 0, 6, 0, 6, 0, 6, 0]
// MaxPool 3x3, stride 1, pads 1 on 1..16 with NaN at (1, 1): the windows
// holding it (rows and columns 0-2) are NaN, the NaN their last tap at
// (0, 0) and their first at (2, 2); the others are their maxima.
// CHECK: sizes = [1, 1, 4, 4]
// CHECK-NEXT: {{\[\[\[\[}}nan, nan, nan, 8],
// CHECK-NEXT: [nan, nan, nan, 12],
// CHECK-NEXT: [nan, nan, nan, 16],
// CHECK-NEXT: [14, 15, 16, 16]]]]
func.func @relu(%x: tensor<32xf32>) -> tensor<32xf32> {
  %r = ov.relu %x : tensor<32xf32>
  return %r : tensor<32xf32>
}
func.func @clamp(%x: tensor<32xf32>) -> tensor<32xf32> {
  %c = ov.clamp %x {min = 0.0 : f64, max = 6.0 : f64} : tensor<32xf32>
  return %c : tensor<32xf32>
}
func.func @pool(%x: tensor<1x1x4x4xf32>) -> tensor<1x1x4x4xf32> {
  %m:2 = ov.max_pool %x {kernel = array<i64: 3, 3>, strides = array<i64: 1, 1>, pads_begin = array<i64: 1, 1>, pads_end = array<i64: 1, 1>} : (tensor<1x1x4x4xf32>) -> (tensor<1x1x4x4xf32>, tensor<1x1x4x4xi64>)
  return %m#0 : tensor<1x1x4x4xf32>
}

func.func @main() {
  %nan = arith.constant 0x7FC00000 : f32
  %c3 = arith.constant 3 : index
  %c20 = arith.constant 20 : index
  %x0 = arith.constant dense<[0.0, 1.0, -2.0, 3.0, 4.0, -5.0, 6.0, -7.0, 8.0, -9.0, 10.0, -11.0, 12.0, -13.0, 14.0, -15.0, 16.0, -17.0, 18.0, -19.0, 20.0, -21.0, 22.0, -23.0, 24.0, -25.0, 26.0, -27.0, 28.0, -29.0, 30.0, -31.0]> : tensor<32xf32>
  %x1 = tensor.insert %nan into %x0[%c3] : tensor<32xf32>
  %x = tensor.insert %nan into %x1[%c20] : tensor<32xf32>
  %r = call @relu(%x) : (tensor<32xf32>) -> tensor<32xf32>
  %ru = tensor.cast %r : tensor<32xf32> to tensor<*xf32>
  call @printMemrefF32(%ru) : (tensor<*xf32>) -> ()
  %c = call @clamp(%x) : (tensor<32xf32>) -> tensor<32xf32>
  %cu = tensor.cast %c : tensor<32xf32> to tensor<*xf32>
  call @printMemrefF32(%cu) : (tensor<*xf32>) -> ()
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %p0 = arith.constant dense<[[[[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0], [9.0, 10.0, 11.0, 12.0], [13.0, 14.0, 15.0, 16.0]]]]> : tensor<1x1x4x4xf32>
  %p = tensor.insert %nan into %p0[%c0, %c0, %c1, %c1] : tensor<1x1x4x4xf32>
  %m = call @pool(%p) : (tensor<1x1x4x4xf32>) -> tensor<1x1x4x4xf32>
  %mu = tensor.cast %m : tensor<1x1x4x4xf32> to tensor<*xf32>
  call @printMemrefF32(%mu) : (tensor<*xf32>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>)
