// A 1x1 convolution of a 1x1 plane (a squeeze-excite block's fully
// connected layer), lowered and run by the JIT: a matrix-vector product
// with the filter transposed and packed into panels of 32 columns at
// compile time (40 filters: a second panel completed with zeros). With the
// input (1, 2) and filter f = (f, 0.5), output f is f + 1.
// RUN: ov-opt %s --ov-lower-to-llvm | %mlir_runner | FileCheck %s

// CHECK: sizes = [1, 40]
// CHECK-NEXT: {{\[\[}}1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40]]
func.func @fc(%x: tensor<1x2x1x1xf32>) -> tensor<1x40x1x1xf32> {
  %w = ov.constant dense<[[[[0.0]], [[0.5]]], [[[1.0]], [[0.5]]], [[[2.0]], [[0.5]]], [[[3.0]], [[0.5]]], [[[4.0]], [[0.5]]], [[[5.0]], [[0.5]]], [[[6.0]], [[0.5]]], [[[7.0]], [[0.5]]], [[[8.0]], [[0.5]]], [[[9.0]], [[0.5]]], [[[10.0]], [[0.5]]], [[[11.0]], [[0.5]]], [[[12.0]], [[0.5]]], [[[13.0]], [[0.5]]], [[[14.0]], [[0.5]]], [[[15.0]], [[0.5]]], [[[16.0]], [[0.5]]], [[[17.0]], [[0.5]]], [[[18.0]], [[0.5]]], [[[19.0]], [[0.5]]], [[[20.0]], [[0.5]]], [[[21.0]], [[0.5]]], [[[22.0]], [[0.5]]], [[[23.0]], [[0.5]]], [[[24.0]], [[0.5]]], [[[25.0]], [[0.5]]], [[[26.0]], [[0.5]]], [[[27.0]], [[0.5]]], [[[28.0]], [[0.5]]], [[[29.0]], [[0.5]]], [[[30.0]], [[0.5]]], [[[31.0]], [[0.5]]], [[[32.0]], [[0.5]]], [[[33.0]], [[0.5]]], [[[34.0]], [[0.5]]], [[[35.0]], [[0.5]]], [[[36.0]], [[0.5]]], [[[37.0]], [[0.5]]], [[[38.0]], [[0.5]]], [[[39.0]], [[0.5]]]]> : tensor<40x2x1x1xf32>
  %c = ov.convolution %x, %w {strides = array<i64: 1, 1>, dilations = array<i64: 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>} : (tensor<1x2x1x1xf32>, tensor<40x2x1x1xf32>) -> tensor<1x40x1x1xf32>
  return %c : tensor<1x40x1x1xf32>
}

func.func @main() {
  %x = arith.constant dense<[[[[1.0]], [[2.0]]]]> : tensor<1x2x1x1xf32>
  %y = call @fc(%x) : (tensor<1x2x1x1xf32>) -> tensor<1x40x1x1xf32>
  %flat = tensor.collapse_shape %y [[0], [1, 2, 3]] : tensor<1x40x1x1xf32> into tensor<1x40xf32>
  %fu = tensor.cast %flat : tensor<1x40xf32> to tensor<*xf32>
  call @printMemrefF32(%fu) : (tensor<*xf32>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>)
