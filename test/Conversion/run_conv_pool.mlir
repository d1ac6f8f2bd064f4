// Convolution (explicit and same_upper padding), MaxPool (ceil rounding)
// and AvgPool lowered and run by the JIT on a 1x1x4x4 input 1..16.
// RUN: ov-opt %s --ov-lower-to-llvm | %mlir_runner | FileCheck %s

// A 3x3 all-ones kernel with one pixel of zero padding sums each 3x3
// neighbourhood: the corner 1+2+5+6 = 14, its right neighbour 1+2+3+5+6+7 = 24.
// CHECK: sizes = [1, 1, 4, 4]
// CHECK-NEXT: {{\[\[\[\[}}14, 24, 30, 22],
// CHECK-NEXT: [33, 54, 63, 45],
// CHECK-NEXT: [57, 90, 99, 69],
// CHECK-NEXT: [46, 72, 78, 54]]]]
// same_upper with stride 2 and a 2x2 kernel: no padding needed here.
// CHECK: sizes = [1, 1, 2, 2]
// CHECK-NEXT: {{\[\[\[\[}}14, 22],
// CHECK-NEXT: [46, 54]]]]
// MaxPool 3x3 stride 2, ceil: outputs 2x2, the last window clipped.
// CHECK: sizes = [1, 1, 2, 2]
// CHECK-NEXT: {{\[\[\[\[}}11, 12],
// CHECK-NEXT: [15, 16]]]]
// AvgPool 2x2 stride 2: means of 1,2,5,6 = 3.5 ...
// CHECK: sizes = [1, 1, 2, 2]
// CHECK-NEXT: {{\[\[\[\[}}3.5, 5.5],
// CHECK-NEXT: [11.5, 13.5]]]]
func.func @conv(%x: tensor<1x1x4x4xf32>) -> (tensor<1x1x4x4xf32>, tensor<1x1x2x2xf32>) {
  %w = ov.constant dense<1.0> : tensor<1x1x3x3xf32>
  %c = ov.convolution %x, %w {strides = array<i64: 1, 1>, dilations = array<i64: 1, 1>, pads_begin = array<i64: 1, 1>, pads_end = array<i64: 1, 1>} : (tensor<1x1x4x4xf32>, tensor<1x1x3x3xf32>) -> tensor<1x1x4x4xf32>
  %w2 = ov.constant dense<1.0> : tensor<1x1x2x2xf32>
  %s = ov.convolution %x, %w2 {strides = array<i64: 2, 2>, dilations = array<i64: 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, auto_pad = #ov.auto_pad<same_upper>} : (tensor<1x1x4x4xf32>, tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32>
  return %c, %s : tensor<1x1x4x4xf32>, tensor<1x1x2x2xf32>
}
func.func @pool(%x: tensor<1x1x4x4xf32>) -> (tensor<1x1x2x2xf32>, tensor<1x1x2x2xf32>) {
  %m:2 = ov.max_pool %x {kernel = array<i64: 3, 3>, strides = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, rounding_type = #ov.rounding_type<ceil>} : (tensor<1x1x4x4xf32>) -> (tensor<1x1x2x2xf32>, tensor<1x1x2x2xi64>)
  %a = ov.avg_pool %x {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, exclude_pad = true} : (tensor<1x1x4x4xf32>) -> tensor<1x1x2x2xf32>
  return %m#0, %a : tensor<1x1x2x2xf32>, tensor<1x1x2x2xf32>
}

func.func @main() {
  %x = arith.constant dense<[[[[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0], [9.0, 10.0, 11.0, 12.0], [13.0, 14.0, 15.0, 16.0]]]]> : tensor<1x1x4x4xf32>
  %c, %s = call @conv(%x) : (tensor<1x1x4x4xf32>) -> (tensor<1x1x4x4xf32>, tensor<1x1x2x2xf32>)
  %cu = tensor.cast %c : tensor<1x1x4x4xf32> to tensor<*xf32>
  call @printMemrefF32(%cu) : (tensor<*xf32>) -> ()
  %su = tensor.cast %s : tensor<1x1x2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%su) : (tensor<*xf32>) -> ()
  %m, %a = call @pool(%x) : (tensor<1x1x4x4xf32>) -> (tensor<1x1x2x2xf32>, tensor<1x1x2x2xf32>)
  %mu = tensor.cast %m : tensor<1x1x2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%mu) : (tensor<*xf32>) -> ()
  %au = tensor.cast %a : tensor<1x1x2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%au) : (tensor<*xf32>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>)
