// GridSample and Unique lowered through the whole pipeline and run by the
// JIT (a dynamic batch for GridSample, run-time result sizes for Unique).
// RUN: ov-opt %s --ov-lower-to-llvm | %mlir_runner | FileCheck %s

// data [[1, 2], [3, 4]]; grid points (x, y): (0, 0), (-1, -1), (1.5, 0).
// bilinear, zeros: the centre 2.5; a quarter of the corner pixel; x = 2 is
// outside.
// CHECK: {{\[\[\[\[}}2.5, 0.25, 0]]]]
// border: the corner clamped to 1; x clamped to the last column: (2 + 4) / 2.
// CHECK: {{\[\[\[\[}}2.5, 1, 3]]]]
// nearest, align_corners, reflection: x = 1.25 reflects to 0.75 -> column 1.
// CHECK: {{\[\[\[\[}}1, 1, 2]]]]
// bicubic, zeros at the centre: weights 0.59375 on the 4 pixels inside
// (0.59375^2 * 10); at the corner 0.59375^2 - 0.59375 * 0.09375 * 5 +
// 0.09375^2 * 4; the far point has all its weight on column 2, outside.
// CHECK: {{\[\[\[\[}}3.52539, 0.109375, 0]]]]
func.func @sample(%d: tensor<?x1x2x2xf32>, %g: tensor<?x1x3x2xf32>)
    -> (tensor<?x1x1x3xf32>, tensor<?x1x1x3xf32>, tensor<?x1x1x3xf32>,
        tensor<?x1x1x3xf32>) {
  %0 = ov.grid_sample %d, %g : (tensor<?x1x2x2xf32>, tensor<?x1x3x2xf32>) -> tensor<?x1x1x3xf32>
  %1 = ov.grid_sample %d, %g {padding_mode = #ov.grid_sample_padding_mode<border>} : (tensor<?x1x2x2xf32>, tensor<?x1x3x2xf32>) -> tensor<?x1x1x3xf32>
  %2 = ov.grid_sample %d, %g {align_corners = true, mode = #ov.grid_sample_mode<nearest>, padding_mode = #ov.grid_sample_padding_mode<reflection>} : (tensor<?x1x2x2xf32>, tensor<?x1x3x2xf32>) -> tensor<?x1x1x3xf32>
  %3 = ov.grid_sample %d, %g {mode = #ov.grid_sample_mode<bicubic>} : (tensor<?x1x2x2xf32>, tensor<?x1x3x2xf32>) -> tensor<?x1x1x3xf32>
  return %0, %1, %2, %3 : tensor<?x1x1x3xf32>, tensor<?x1x1x3xf32>, tensor<?x1x1x3xf32>, tensor<?x1x1x3xf32>
}

func.func @main() {
  %d = arith.constant dense<[[[[1.0, 2.0], [3.0, 4.0]]]]> : tensor<1x1x2x2xf32>
  %g = arith.constant dense<[[[[0.0, 0.0], [-1.0, -1.0], [1.5, 0.0]]]]> : tensor<1x1x3x2xf32>
  %dd = tensor.cast %d : tensor<1x1x2x2xf32> to tensor<?x1x2x2xf32>
  %gd = tensor.cast %g : tensor<1x1x3x2xf32> to tensor<?x1x3x2xf32>
  %r:4 = call @sample(%dd, %gd) : (tensor<?x1x2x2xf32>, tensor<?x1x3x2xf32>) -> (tensor<?x1x1x3xf32>, tensor<?x1x1x3xf32>, tensor<?x1x1x3xf32>, tensor<?x1x1x3xf32>)
  %u0 = tensor.cast %r#0 : tensor<?x1x1x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  %u1 = tensor.cast %r#1 : tensor<?x1x1x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u1) : (tensor<*xf32>) -> ()
  %u2 = tensor.cast %r#2 : tensor<?x1x1x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u2) : (tensor<*xf32>) -> ()
  %u3 = tensor.cast %r#3 : tensor<?x1x1x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u3) : (tensor<*xf32>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>)
