// RUN: ov-opt %s --canonicalize --split-input-file | FileCheck %s

// Gather of constants; negative indices count from the end (Gather-8).
// CHECK-LABEL: func @gather_constant
// CHECK-DAG: %[[A:.*]] = ov.constant dense<{{\[}}[5, 6], [5, 6], [1, 2]]> : tensor<3x2xi32>
// CHECK-DAG: %[[B:.*]] = ov.constant dense<{{\[}}[3, 1], [5, 5]]> : tensor<2x2xi32>
// CHECK-DAG: %[[C:.*]] = ov.constant dense<[2, 4, 6]> : tensor<3xi32>
// CHECK-NOT: ov.gather
// CHECK: return %[[A]], %[[B]], %[[C]]
func.func @gather_constant() -> (tensor<3x2xi32>, tensor<2x2xi32>, tensor<3xi32>) {
  %d = ov.constant dense<[[1, 2], [3, 4], [5, 6]]> : tensor<3x2xi32>
  %i = ov.constant dense<[2, -1, 0]> : tensor<3xi64>
  %a0 = ov.constant dense<0> : tensor<i64>
  %0 = ov.gather %d, %i, %a0 : (tensor<3x2xi32>, tensor<3xi64>, tensor<i64>) -> tensor<3x2xi32>
  // batch_dims = 1 along axis 1: out[b, j] = e[b, idx[b, j]]
  %e = ov.constant dense<[[1, 2, 3], [4, 5, 6]]> : tensor<2x3xi32>
  %j = ov.constant dense<[[2, 0], [1, 1]]> : tensor<2x2xi32>
  %a1 = ov.constant dense<[1]> : tensor<1xi64>
  %1 = ov.gather %e, %j, %a1 {batch_dims = 1 : i64} : (tensor<2x3xi32>, tensor<2x2xi32>, tensor<1xi64>) -> tensor<2x2xi32>
  // A scalar index removes the axis.
  %k = ov.constant dense<-1> : tensor<i32>
  %am = ov.constant dense<-1> : tensor<i64>
  %2 = ov.gather %d, %k, %am : (tensor<3x2xi32>, tensor<i32>, tensor<i64>) -> tensor<3xi32>
  return %0, %1, %2 : tensor<3x2xi32>, tensor<2x2xi32>, tensor<3xi32>
}

// -----

// ShapeOf -> Gather folds when the selected dimensions are static, even if
// others are dynamic; an out-of-range index or a dynamic dim does not fold.
// CHECK-LABEL: func @gather_shape_of
// CHECK-DAG: %[[A:.*]] = ov.constant dense<[4, 3]> : tensor<2xi64>
// CHECK-DAG: %[[B:.*]] = ov.constant dense<4> : tensor<i64>
// CHECK: %[[S:.*]] = ov.shape_of
// CHECK: %[[DYN:.*]] = ov.gather %[[S]]
// CHECK: %[[OOR:.*]] = ov.gather
// CHECK: return %[[A]], %[[B]], %[[DYN]], %[[OOR]]
func.func @gather_shape_of(%x: tensor<?x3x4xf32>) -> (tensor<2xi64>, tensor<i64>, tensor<i64>, tensor<3x2xi32>) {
  %s = ov.shape_of %x : tensor<?x3x4xf32> -> tensor<3xi64>
  %i = ov.constant dense<[2, 1]> : tensor<2xi64>
  %a = ov.constant dense<0> : tensor<i64>
  %0 = ov.gather %s, %i, %a : (tensor<3xi64>, tensor<2xi64>, tensor<i64>) -> tensor<2xi64>
  %last = ov.constant dense<-1> : tensor<i64>
  %1 = ov.gather %s, %last, %a : (tensor<3xi64>, tensor<i64>, tensor<i64>) -> tensor<i64>
  %first = ov.constant dense<0> : tensor<i64>
  %2 = ov.gather %s, %first, %a : (tensor<3xi64>, tensor<i64>, tensor<i64>) -> tensor<i64>
  %d = ov.constant dense<[[1, 2], [3, 4], [5, 6]]> : tensor<3x2xi32>
  %bad = ov.constant dense<[3, 0, 1]> : tensor<3xi64>
  %3 = ov.gather %d, %bad, %a : (tensor<3x2xi32>, tensor<3xi64>, tensor<i64>) -> tensor<3x2xi32>
  return %0, %1, %2, %3 : tensor<2xi64>, tensor<i64>, tensor<i64>, tensor<3x2xi32>
}

// -----

// StridedSlice of constants: negative stride, shrink + new axis, ellipsis.
// CHECK-LABEL: func @strided_slice_constant
// CHECK-DAG: %[[A:.*]] = ov.constant dense<[8, 5, 2]> : tensor<3xi32>
// CHECK-DAG: %[[B:.*]] = ov.constant dense<{{\[}}[4, 5, 6]]> : tensor<1x3xi32>
// CHECK-DAG: %[[C:.*]] = ov.constant dense<{{\[}}[3], [6]]> : tensor<2x1xi32>
// CHECK-DAG: %[[D:.*]] = ov.constant dense<{{\[}}[6, 5, 4], [3, 2, 1]]> : tensor<2x3xi32>
// CHECK-NOT: ov.strided_slice
// CHECK: return %[[A]], %[[B]], %[[C]], %[[D]]
func.func @strided_slice_constant() -> (tensor<3xi32>, tensor<1x3xi32>, tensor<2x1xi32>, tensor<2x3xi32>) {
  %r = ov.constant dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]> : tensor<10xi32>
  %b0 = ov.constant dense<[8]> : tensor<1xi64>
  %e0 = ov.constant dense<[1]> : tensor<1xi64>
  %s0 = ov.constant dense<[-3]> : tensor<1xi64>
  %0 = ov.strided_slice %r, %b0, %e0, %s0 : (tensor<10xi32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<3xi32>
  %m = ov.constant dense<[[1, 2, 3], [4, 5, 6]]> : tensor<2x3xi32>
  // [1, newaxis, :] -> 1x3
  %b1 = ov.constant dense<[1, 0, 0]> : tensor<3xi64>
  %e1 = ov.constant dense<[2, 0, 0]> : tensor<3xi64>
  %1 = ov.strided_slice %m, %b1, %e1 {shrink_axis_mask = array<i64: 1>, new_axis_mask = array<i64: 0, 1>, begin_mask = array<i64: 0, 0, 1>, end_mask = array<i64: 0, 0, 1>} : (tensor<2x3xi32>, tensor<3xi64>, tensor<3xi64>) -> tensor<1x3xi32>
  // [..., -1:]
  %b2 = ov.constant dense<[0, -1]> : tensor<2xi64>
  %e2 = ov.constant dense<[0, 0]> : tensor<2xi64>
  %2 = ov.strided_slice %m, %b2, %e2 {ellipsis_mask = array<i64: 1, 0>, end_mask = array<i64: 0, 1>} : (tensor<2x3xi32>, tensor<2xi64>, tensor<2xi64>) -> tensor<2x1xi32>
  // [::-1, ::-1] with masked bounds
  %s3 = ov.constant dense<[-1, -1]> : tensor<2xi64>
  %3 = ov.strided_slice %m, %e2, %e2, %s3 {begin_mask = array<i64: 1, 1>, end_mask = array<i64: 1, 1>} : (tensor<2x3xi32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<2x3xi32>
  return %0, %1, %2, %3 : tensor<3xi32>, tensor<1x3xi32>, tensor<2x1xi32>, tensor<2x3xi32>
}

// -----

// StridedSlice of a ShapeOf ([1:] of ?x3x4 is static); a whole-range slice
// of a static tensor is the tensor itself.
// CHECK-LABEL: func @strided_slice_shape_of
// CHECK-SAME: %[[X:.*]]: tensor<?x3x4xf32>, %[[Y:.*]]: tensor<2x3xf32>
// CHECK-DAG: %[[A:.*]] = ov.constant dense<[3, 4]> : tensor<2xi64>
// CHECK: return %[[A]], %[[Y]]
func.func @strided_slice_shape_of(%x: tensor<?x3x4xf32>, %y: tensor<2x3xf32>) -> (tensor<2xi64>, tensor<2x3xf32>) {
  %s = ov.shape_of %x : tensor<?x3x4xf32> -> tensor<3xi64>
  %b = ov.constant dense<[1]> : tensor<1xi64>
  %e = ov.constant dense<[9223372036854775807]> : tensor<1xi64>
  %0 = ov.strided_slice %s, %b, %e : (tensor<3xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
  %z = ov.constant dense<[0, 0]> : tensor<2xi64>
  %1 = ov.strided_slice %y, %z, %z {begin_mask = array<i64: 1, 1>, end_mask = array<i64: 1, 1>} : (tensor<2x3xf32>, tensor<2xi64>, tensor<2xi64>) -> tensor<2x3xf32>
  return %0, %1 : tensor<2xi64>, tensor<2x3xf32>
}

// -----

// Slice-8 of constants and of a ShapeOf.
// CHECK-LABEL: func @slice
// CHECK-DAG: %[[A:.*]] = ov.constant dense<[5, 3, 1]> : tensor<3xi32>
// CHECK-DAG: %[[B:.*]] = ov.constant dense<{{\[}}[2, 3], [5, 6]]> : tensor<2x2xi32>
// CHECK-DAG: %[[C:.*]] = ov.constant dense<[2, 3]> : tensor<2xi64>
// CHECK-NOT: ov.slice
// CHECK: return %[[A]], %[[B]], %[[C]]
func.func @slice(%x: tensor<2x3x?xf32>) -> (tensor<3xi32>, tensor<2x2xi32>, tensor<2xi64>) {
  %r = ov.constant dense<[0, 1, 2, 3, 4, 5]> : tensor<6xi32>
  %start = ov.constant dense<[-1]> : tensor<1xi64>
  %stop = ov.constant dense<[-9223372036854775808]> : tensor<1xi64>
  %step = ov.constant dense<[-2]> : tensor<1xi64>
  %0 = ov.slice %r, %start, %stop, %step : (tensor<6xi32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<3xi32>
  %m = ov.constant dense<[[1, 2, 3], [4, 5, 6]]> : tensor<2x3xi32>
  %one = ov.constant dense<[1]> : tensor<1xi64>
  %big = ov.constant dense<[100]> : tensor<1xi64>
  %axes = ov.constant dense<[-1]> : tensor<1xi64>
  %1 = ov.slice %m, %one, %big, %one, %axes : (tensor<2x3xi32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<2x2xi32>
  %s = ov.shape_of %x : tensor<2x3x?xf32> -> tensor<3xi64>
  %zero = ov.constant dense<[0]> : tensor<1xi64>
  %two = ov.constant dense<[2]> : tensor<1xi64>
  %2 = ov.slice %s, %zero, %two, %one : (tensor<3xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
  return %0, %1, %2 : tensor<3xi32>, tensor<2x2xi32>, tensor<2xi64>
}
