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
// Unique of [[2, 1, 2], [3, 1, 0]] (dynamic rows) without an axis, in order
// of first occurrence: elements, first indices, reverse indices, counts.
// CHECK: [2,  1,  3,  0]
// CHECK: [0,  1,  3,  5]
// CHECK: [0,  1,  0,  2,  1,  3]
// CHECK: [2,  2,  1,  1]
// Sorted.
// CHECK: [0,  1,  2,  3]
// CHECK: [5,  1,  0,  3]
// CHECK: [2,  1,  2,  3,  1,  0]
// CHECK: [1,  2,  2,  1]
// Rows of [[1, 2], [0, 5], [1, 2]] (axis -2), sorted, i32 indices.
// CHECK: {{\[\[}}0,   5],
// CHECK-NEXT: [1,   2]]
// CHECK: [1,  0]
// CHECK: [1,  0,  1]
// CHECK: [1,  2]
// Columns of [[1, 1, 0], [2, 2, 3]] (axis 1), by first occurrence.
// CHECK: {{\[\[}}1,   0],
// CHECK-NEXT: [2,   3]]
// CHECK: [0,  2]
// CHECK: [0,  0,  1]
// CHECK: [2,  1]
func.func @sample(%d: tensor<?x1x2x2xf32>, %g: tensor<?x1x3x2xf32>)
    -> (tensor<?x1x1x3xf32>, tensor<?x1x1x3xf32>, tensor<?x1x1x3xf32>,
        tensor<?x1x1x3xf32>) {
  %0 = ov.grid_sample %d, %g : (tensor<?x1x2x2xf32>, tensor<?x1x3x2xf32>) -> tensor<?x1x1x3xf32>
  %1 = ov.grid_sample %d, %g {padding_mode = #ov.grid_sample_padding_mode<border>} : (tensor<?x1x2x2xf32>, tensor<?x1x3x2xf32>) -> tensor<?x1x1x3xf32>
  %2 = ov.grid_sample %d, %g {align_corners = true, mode = #ov.grid_sample_mode<nearest>, padding_mode = #ov.grid_sample_padding_mode<reflection>} : (tensor<?x1x2x2xf32>, tensor<?x1x3x2xf32>) -> tensor<?x1x1x3xf32>
  %3 = ov.grid_sample %d, %g {mode = #ov.grid_sample_mode<bicubic>} : (tensor<?x1x2x2xf32>, tensor<?x1x3x2xf32>) -> tensor<?x1x1x3xf32>
  return %0, %1, %2, %3 : tensor<?x1x1x3xf32>, tensor<?x1x1x3xf32>, tensor<?x1x1x3xf32>, tensor<?x1x1x3xf32>
}

func.func @unique_flat(%x: tensor<?x3xf32>) {
  %u, %i, %r, %c = ov.unique %x {sorted = false} : (tensor<?x3xf32>) -> (tensor<?xf32>, tensor<?xi64>, tensor<?xi64>, tensor<?xi64>)
  %u1 = tensor.cast %u : tensor<?xf32> to tensor<*xf32>
  call @printMemrefF32(%u1) : (tensor<*xf32>) -> ()
  %i1 = tensor.cast %i : tensor<?xi64> to tensor<*xi64>
  call @printMemrefI64(%i1) : (tensor<*xi64>) -> ()
  %r1 = tensor.cast %r : tensor<?xi64> to tensor<*xi64>
  call @printMemrefI64(%r1) : (tensor<*xi64>) -> ()
  %c1 = tensor.cast %c : tensor<?xi64> to tensor<*xi64>
  call @printMemrefI64(%c1) : (tensor<*xi64>) -> ()
  %su, %si, %sr, %sc = ov.unique %x : (tensor<?x3xf32>) -> (tensor<?xf32>, tensor<?xi64>, tensor<?xi64>, tensor<?xi64>)
  %su1 = tensor.cast %su : tensor<?xf32> to tensor<*xf32>
  call @printMemrefF32(%su1) : (tensor<*xf32>) -> ()
  %si1 = tensor.cast %si : tensor<?xi64> to tensor<*xi64>
  call @printMemrefI64(%si1) : (tensor<*xi64>) -> ()
  %sr1 = tensor.cast %sr : tensor<?xi64> to tensor<*xi64>
  call @printMemrefI64(%sr1) : (tensor<*xi64>) -> ()
  %sc1 = tensor.cast %sc : tensor<?xi64> to tensor<*xi64>
  call @printMemrefI64(%sc1) : (tensor<*xi64>) -> ()
  return
}

func.func @unique_axis(%x: tensor<3x2xi32>, %y: tensor<2x3xi32>) {
  %a = ov.constant dense<-2> : tensor<i64>
  %u, %i, %r, %c = ov.unique %x, %a {index_element_type = i32, count_element_type = i32} : (tensor<3x2xi32>, tensor<i64>) -> (tensor<?x2xi32>, tensor<?xi32>, tensor<3xi32>, tensor<?xi32>)
  %u1 = tensor.cast %u : tensor<?x2xi32> to tensor<*xi32>
  call @printMemrefI32(%u1) : (tensor<*xi32>) -> ()
  %i1 = tensor.cast %i : tensor<?xi32> to tensor<*xi32>
  call @printMemrefI32(%i1) : (tensor<*xi32>) -> ()
  %r1 = tensor.cast %r : tensor<3xi32> to tensor<*xi32>
  call @printMemrefI32(%r1) : (tensor<*xi32>) -> ()
  %c1 = tensor.cast %c : tensor<?xi32> to tensor<*xi32>
  call @printMemrefI32(%c1) : (tensor<*xi32>) -> ()
  %b = ov.constant dense<[1]> : tensor<1xi64>
  %v, %j, %q, %d = ov.unique %y, %b {sorted = false, index_element_type = i32, count_element_type = i32} : (tensor<2x3xi32>, tensor<1xi64>) -> (tensor<2x?xi32>, tensor<?xi32>, tensor<3xi32>, tensor<?xi32>)
  %v1 = tensor.cast %v : tensor<2x?xi32> to tensor<*xi32>
  call @printMemrefI32(%v1) : (tensor<*xi32>) -> ()
  %j1 = tensor.cast %j : tensor<?xi32> to tensor<*xi32>
  call @printMemrefI32(%j1) : (tensor<*xi32>) -> ()
  %q1 = tensor.cast %q : tensor<3xi32> to tensor<*xi32>
  call @printMemrefI32(%q1) : (tensor<*xi32>) -> ()
  %d1 = tensor.cast %d : tensor<?xi32> to tensor<*xi32>
  call @printMemrefI32(%d1) : (tensor<*xi32>) -> ()
  return
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
  %x = arith.constant dense<[[2.0, 1.0, 2.0], [3.0, 1.0, 0.0]]> : tensor<2x3xf32>
  %xd = tensor.cast %x : tensor<2x3xf32> to tensor<?x3xf32>
  call @unique_flat(%xd) : (tensor<?x3xf32>) -> ()
  %ya = arith.constant dense<[[1, 2], [0, 5], [1, 2]]> : tensor<3x2xi32>
  %yb = arith.constant dense<[[1, 1, 0], [2, 2, 3]]> : tensor<2x3xi32>
  call @unique_axis(%ya, %yb) : (tensor<3x2xi32>, tensor<2x3xi32>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>)
func.func private @printMemrefI32(tensor<*xi32>)
func.func private @printMemrefI64(tensor<*xi64>)
