// RUN: ov-opt %s --ov-infer-shapes --split-input-file | FileCheck %s

// Gather: a constant axis places indices' shape at the axis (batch dims are
// shared, their static size wins); a non-constant axis keeps only the rank;
// unranked data or indices give an unranked result.
// CHECK-LABEL: func @gather
// CHECK-SAME: -> (tensor<2x3x4xf32>, tensor<?x5x2x3xf32>, tensor<2x?x4xf32>, tensor<?x?x?xf32>, tensor<*xf32>, tensor<*xf32>)
// CHECK: ov.gather {{.*}} -> tensor<2x3x4xf32>
// CHECK: ov.gather {{.*}} -> tensor<?x5x2x3xf32>
// CHECK: ov.gather {{.*}} -> tensor<2x?x4xf32>
// CHECK: ov.gather {{.*}} -> tensor<?x?x?xf32>
// CHECK: ov.gather {{.*}} -> tensor<*xf32>
// CHECK: ov.gather {{.*}} -> tensor<*xf32>
func.func @gather(%x: tensor<5x4xf32>, %i: tensor<2x3xi64>, %d: tensor<?x5x4xf32>, %j: tensor<2x?xi64>, %u: tensor<*xf32>, %ui: tensor<*xi64>, %na: tensor<i64>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %a0 = ov.constant dense<0> : tensor<i64>
  %0 = ov.gather %x, %i, %a0 : (tensor<5x4xf32>, tensor<2x3xi64>, tensor<i64>) -> tensor<*xf32>
  %am = ov.constant dense<[-1]> : tensor<1xi64>
  %1 = ov.gather %d, %i, %am : (tensor<?x5x4xf32>, tensor<2x3xi64>, tensor<1xi64>) -> tensor<*xf32>
  %a1 = ov.constant dense<1> : tensor<i64>
  %2 = ov.gather %d, %j, %a1 {batch_dims = 1 : i64} : (tensor<?x5x4xf32>, tensor<2x?xi64>, tensor<i64>) -> tensor<*xf32>
  %3 = ov.gather %x, %i, %na : (tensor<5x4xf32>, tensor<2x3xi64>, tensor<i64>) -> tensor<*xf32>
  %4 = ov.gather %u, %i, %a0 : (tensor<*xf32>, tensor<2x3xi64>, tensor<i64>) -> tensor<*xf32>
  %5 = ov.gather %x, %ui, %a0 : (tensor<5x4xf32>, tensor<*xi64>, tensor<i64>) -> tensor<*xf32>
  return %0, %1, %2, %3, %4, %5 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// -----

// GatherElements takes indices' shape (filled from data off the axis);
// ScatterElementsUpdate and ScatterNDUpdate keep data's shape.
// CHECK-LABEL: func @elements
// CHECK-SAME: -> (tensor<2x3xf32>, tensor<2x?xf32>, tensor<*xf32>, tensor<?x5xf32>, tensor<*xf32>)
// CHECK: ov.gather_elements {{.*}} -> tensor<2x3xf32>
// CHECK: ov.gather_elements {{.*}} -> tensor<2x?xf32>
// CHECK: ov.gather_elements {{.*}} -> tensor<*xf32>
// CHECK: ov.scatter_elements_update {{.*}} -> tensor<?x5xf32>
// CHECK: ov.scatter_nd_update {{.*}} -> tensor<*xf32>
func.func @elements(%x: tensor<2x5xf32>, %i: tensor<?x3xi64>, %ui: tensor<*xi64>, %u: tensor<*xf32>, %d: tensor<?x5xf32>, %up: tensor<?x3xf32>, %a: tensor<i64>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %0 = ov.gather_elements %x, %i {axis = 1 : i64} : (tensor<2x5xf32>, tensor<?x3xi64>) -> tensor<*xf32>
  %1 = ov.gather_elements %x, %ui {axis = 1 : i64} : (tensor<2x5xf32>, tensor<*xi64>) -> tensor<*xf32>
  %2 = ov.gather_elements %u, %ui {axis = 0 : i64} : (tensor<*xf32>, tensor<*xi64>) -> tensor<*xf32>
  %3 = ov.scatter_elements_update %d, %i, %up, %a : (tensor<?x5xf32>, tensor<?x3xi64>, tensor<?x3xf32>, tensor<i64>) -> tensor<*xf32>
  %4 = ov.scatter_nd_update %u, %i, %up : (tensor<*xf32>, tensor<?x3xi64>, tensor<?x3xf32>) -> tensor<*xf32>
  return %0, %1, %2, %3, %4 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// -----

// GatherND: indices[:-1] + data[batch_dims + K:]; an unknown K or unranked
// input gives an unranked result.
// CHECK-LABEL: func @gather_nd
// CHECK-SAME: -> (tensor<3x6xf32>, tensor<4x7x6xf32>, tensor<*xf32>, tensor<*xf32>)
// CHECK: ov.gather_nd {{.*}} -> tensor<3x6xf32>
// CHECK: ov.gather_nd {{.*}} -> tensor<4x7x6xf32>
// CHECK: ov.gather_nd {{.*}} -> tensor<*xf32>
// CHECK: ov.gather_nd {{.*}} -> tensor<*xf32>
func.func @gather_nd(%x: tensor<4x5x6xf32>, %i: tensor<3x2xi64>, %d: tensor<?x5x6xf32>, %j: tensor<4x7x1xi64>, %k: tensor<3x?xi64>, %u: tensor<*xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %0 = ov.gather_nd %x, %i : (tensor<4x5x6xf32>, tensor<3x2xi64>) -> tensor<*xf32>
  %1 = ov.gather_nd %d, %j {batch_dims = 1 : i64} : (tensor<?x5x6xf32>, tensor<4x7x1xi64>) -> tensor<*xf32>
  %2 = ov.gather_nd %x, %k : (tensor<4x5x6xf32>, tensor<3x?xi64>) -> tensor<*xf32>
  %3 = ov.gather_nd %u, %i : (tensor<*xf32>, tensor<3x2xi64>) -> tensor<*xf32>
  return %0, %1, %2, %3 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// -----

// StridedSlice: constant bounds resolve every dimension whose size is known,
// even when others are dynamic; whole-range bounds keep a dynamic dimension;
// non-constant bounds keep the rank; unranked data stays unranked.
// CHECK-LABEL: func @strided_slice
// CHECK-SAME: -> (tensor<?x2x1xf32>, tensor<1x?x4x5xf32>, tensor<?x?x5xf32>, tensor<?x5xf32>, tensor<*xf32>, tensor<?x4x5xf32>)
// CHECK: ov.strided_slice {{.*}} -> tensor<?x2x1xf32>
// CHECK: ov.strided_slice {{.*}} -> tensor<1x?x4x5xf32>
// CHECK: ov.strided_slice {{.*}} -> tensor<?x?x5xf32>
// CHECK: ov.strided_slice {{.*}} -> tensor<?x5xf32>
// CHECK: ov.strided_slice {{.*}} -> tensor<*xf32>
// CHECK: ov.strided_slice {{.*}} -> tensor<?x4x5xf32>
func.func @strided_slice(%x: tensor<?x4x5xf32>, %b: tensor<2xi64>, %u: tensor<*xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  // [:, 1:3, -1:] with begin_mask on dim 0
  %b0 = ov.constant dense<[5, 1, -1]> : tensor<3xi64>
  %e0 = ov.constant dense<[0, 3, 9223372036854775807]> : tensor<3xi64>
  %0 = ov.strided_slice %x, %b0, %e0 {begin_mask = array<i64: 1>, end_mask = array<i64: 1>} : (tensor<?x4x5xf32>, tensor<3xi64>, tensor<3xi64>) -> tensor<*xf32>
  // [newaxis, :3, ...]: the ellipsis covers the last two dims
  %b1 = ov.constant dense<[0, 0, 0]> : tensor<3xi64>
  %s1 = ov.constant dense<[1, 1, 1]> : tensor<3xi64>
  %e1 = ov.constant dense<[0, 3, 0]> : tensor<3xi64>
  %1 = ov.strided_slice %x, %b1, %e1, %s1 {new_axis_mask = array<i64: 1>, ellipsis_mask = array<i64: 0, 0, 1>, begin_mask = array<i64: 0, 1>} : (tensor<?x4x5xf32>, tensor<3xi64>, tensor<3xi64>, tensor<3xi64>) -> tensor<*xf32>
  %2 = ov.strided_slice %x, %b, %b : (tensor<?x4x5xf32>, tensor<2xi64>, tensor<2xi64>) -> tensor<*xf32>
  %3 = ov.strided_slice %x, %b, %b {shrink_axis_mask = array<i64: 0, 1>} : (tensor<?x4x5xf32>, tensor<2xi64>, tensor<2xi64>) -> tensor<*xf32>
  %4 = ov.strided_slice %u, %b0, %e0 : (tensor<*xf32>, tensor<3xi64>, tensor<3xi64>) -> tensor<*xf32>
  // reverse everything: [::-1] keeps every dimension, dynamic ones too
  %m = ov.constant dense<[-1, -1, -1]> : tensor<3xi64>
  %5 = ov.strided_slice %x, %b1, %b1, %m {begin_mask = array<i64: 1, 1, 1>, end_mask = array<i64: 1, 1, 1>} : (tensor<?x4x5xf32>, tensor<3xi64>, tensor<3xi64>, tensor<3xi64>) -> tensor<*xf32>
  return %0, %1, %2, %3, %4, %5 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// -----

// Slice-8: constant bounds with and without axes (start INT64_MIN clamps to
// 0), negative steps; non-constant bounds only touch the sliced axes
// (the first ones when axes are absent).
// CHECK-LABEL: func @slice
// CHECK-SAME: -> (tensor<?x2x3xf32>, tensor<?x4x3xf32>, tensor<?x3x5xf32>, tensor<?x?x5xf32>, tensor<*xf32>)
// CHECK: ov.slice {{.*}} -> tensor<?x2x3xf32>
// CHECK: ov.slice {{.*}} -> tensor<?x4x3xf32>
// CHECK: ov.slice {{.*}} -> tensor<?x3x5xf32>
// CHECK: ov.slice {{.*}} -> tensor<?x?x5xf32>
// CHECK: ov.slice {{.*}} -> tensor<*xf32>
func.func @slice(%x: tensor<?x4x5xf32>, %n: tensor<2xi64>, %u: tensor<*xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %start = ov.constant dense<[1, -9223372036854775808]> : tensor<2xi64>
  %stop = ov.constant dense<[3, 3]> : tensor<2xi64>
  %one = ov.constant dense<[1, 1]> : tensor<2xi64>
  %axes = ov.constant dense<[1, -1]> : tensor<2xi64>
  %0 = ov.slice %x, %start, %stop, %one, %axes : (tensor<?x4x5xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<*xf32>
  %s1 = ov.constant dense<[-1]> : tensor<1xi64>
  %e1 = ov.constant dense<[-4]> : tensor<1xi64>
  %a1 = ov.constant dense<[2]> : tensor<1xi64>
  %1 = ov.slice %x, %s1, %e1, %s1, %a1 : (tensor<?x4x5xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<*xf32>
  %2 = ov.slice %x, %start, %stop, %one : (tensor<?x4x5xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<*xf32>
  %3 = ov.slice %x, %n, %n, %n : (tensor<?x4x5xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<*xf32>
  %4 = ov.slice %u, %start, %stop, %one : (tensor<*xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<*xf32>
  return %0, %1, %2, %3, %4 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// -----

// CHECK-LABEL: func @depth_space
// CHECK-SAME: -> (tensor<1x2x6x6xf32>, tensor<?x?x6x?xf32>, tensor<1x32x2x2xf32>, tensor<?x32x?x3xf32>, tensor<*xf32>)
// CHECK: ov.depth_to_space {{.*}} -> tensor<1x2x6x6xf32>
// CHECK: ov.depth_to_space {{.*}} -> tensor<?x?x6x?xf32>
// CHECK: ov.space_to_depth {{.*}} -> tensor<1x32x2x2xf32>
// CHECK: ov.space_to_depth {{.*}} -> tensor<?x32x?x3xf32>
// CHECK: ov.space_to_depth {{.*}} -> tensor<*xf32>
func.func @depth_space(%x: tensor<1x8x3x3xf32>, %d: tensor<?x?x3x?xf32>, %y: tensor<1x2x8x8xf32>, %e: tensor<?x2x?x12xf32>, %u: tensor<*xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %0 = ov.depth_to_space %x {mode = #ov.depth_to_space_mode<blocks_first>, block_size = 2 : i64} : (tensor<1x8x3x3xf32>) -> tensor<*xf32>
  %1 = ov.depth_to_space %d {mode = #ov.depth_to_space_mode<depth_first>, block_size = 2 : i64} : (tensor<?x?x3x?xf32>) -> tensor<*xf32>
  %2 = ov.space_to_depth %y {mode = #ov.depth_to_space_mode<blocks_first>, block_size = 4 : i64} : (tensor<1x2x8x8xf32>) -> tensor<*xf32>
  %3 = ov.space_to_depth %e {mode = #ov.depth_to_space_mode<depth_first>, block_size = 4 : i64} : (tensor<?x2x?x12xf32>) -> tensor<*xf32>
  %4 = ov.space_to_depth %u {mode = #ov.depth_to_space_mode<depth_first>, block_size = 4 : i64} : (tensor<*xf32>) -> tensor<*xf32>
  return %0, %1, %2, %3, %4 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// -----

// OneHot inserts depth (static when constant) at the axis; NonZero is
// [rank, ?]; CumSum keeps the shape.
// CHECK-LABEL: func @one_hot_non_zero_cumsum
// CHECK-SAME: -> (tensor<2x10x?xf16>, tensor<2x?x?xf16>, tensor<*xf16>, tensor<3x?xi32>, tensor<?x?xi64>, tensor<?x4xf32>, tensor<*xf32>)
// CHECK: ov.one_hot {{.*}} -> tensor<2x10x?xf16>
// CHECK: ov.one_hot {{.*}} -> tensor<2x?x?xf16>
// CHECK: ov.one_hot {{.*}} -> tensor<*xf16>
// CHECK: ov.non_zero {{.*}} -> tensor<3x?xi32>
// CHECK: ov.non_zero {{.*}} -> tensor<?x?xi64>
// CHECK: ov.cumsum {{.*}} -> tensor<?x4xf32>
// CHECK: ov.cumsum {{.*}} -> tensor<*xf32>
func.func @one_hot_non_zero_cumsum(%i: tensor<2x?xi32>, %nd: tensor<1xi64>, %on: tensor<f16>, %off: tensor<f16>, %ui: tensor<*xi32>, %x: tensor<?x4xf32>, %y: tensor<1x?x3xf32>, %u: tensor<*xf32>) -> (tensor<*xf16>, tensor<*xf16>, tensor<*xf16>, tensor<*xi32>, tensor<*xi64>, tensor<*xf32>, tensor<*xf32>) {
  %depth = ov.constant dense<10> : tensor<i64>
  %0 = ov.one_hot %i, %depth, %on, %off {axis = 1 : i64} : (tensor<2x?xi32>, tensor<i64>, tensor<f16>, tensor<f16>) -> tensor<*xf16>
  %1 = ov.one_hot %i, %nd, %on, %off {axis = -2 : i64} : (tensor<2x?xi32>, tensor<1xi64>, tensor<f16>, tensor<f16>) -> tensor<*xf16>
  %2 = ov.one_hot %ui, %depth, %on, %off {axis = 0 : i64} : (tensor<*xi32>, tensor<i64>, tensor<f16>, tensor<f16>) -> tensor<*xf16>
  %3 = ov.non_zero %y {output_type = i32} : tensor<1x?x3xf32> -> tensor<*xi32>
  %4 = ov.non_zero %u : tensor<*xf32> -> tensor<*xi64>
  %a = ov.constant dense<-1> : tensor<i64>
  %5 = ov.cumsum %x, %a {reverse = true} : (tensor<?x4xf32>, tensor<i64>) -> tensor<*xf32>
  %6 = ov.cumsum %u : (tensor<*xf32>) -> tensor<*xf32>
  return %0, %1, %2, %3, %4, %5, %6 : tensor<*xf16>, tensor<*xf16>, tensor<*xf16>, tensor<*xi32>, tensor<*xi64>, tensor<*xf32>, tensor<*xf32>
}

// -----

// StridedSlice: an ellipsis before a constant slice of the last dimension
// (static even though the leading dims are dynamic); shrink by a constant
// begin; a negative stride over a dynamic dim is unknown, over a static one
// it is resolved; the stride input absent means ones.
// CHECK-LABEL: func @strided_slice_ellipsis
// CHECK-SAME: -> (tensor<?x?x2xf32>, tensor<?x5xf32>, tensor<?x2x5xf32>)
// CHECK: ov.strided_slice {{.*}} -> tensor<?x?x2xf32>
// CHECK: ov.strided_slice {{.*}} -> tensor<?x5xf32>
// CHECK: ov.strided_slice {{.*}} -> tensor<?x2x5xf32>
func.func @strided_slice_ellipsis(%x: tensor<?x?x5xf32>, %y: tensor<?x4x5xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %b0 = ov.constant dense<[0, 1]> : tensor<2xi64>
  %e0 = ov.constant dense<[0, 3]> : tensor<2xi64>
  %0 = ov.strided_slice %x, %b0, %e0 {ellipsis_mask = array<i64: 1>} : (tensor<?x?x5xf32>, tensor<2xi64>, tensor<2xi64>) -> tensor<*xf32>
  %b1 = ov.constant dense<[0, -1]> : tensor<2xi64>
  %1 = ov.strided_slice %y, %b1, %b1 {begin_mask = array<i64: 1>, end_mask = array<i64: 1>, shrink_axis_mask = array<i64: 0, 1>} : (tensor<?x4x5xf32>, tensor<2xi64>, tensor<2xi64>) -> tensor<*xf32>
  %b2 = ov.constant dense<[-1, -1]> : tensor<2xi64>
  %e2 = ov.constant dense<[0, 0]> : tensor<2xi64>
  %s2 = ov.constant dense<[-2, -2]> : tensor<2xi64>
  %2 = ov.strided_slice %y, %b2, %e2, %s2 : (tensor<?x4x5xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<*xf32>
  return %0, %1, %2 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// -----

// Unique: without an axis the outputs are 1-D (rev_idx has one element per
// data element); with a constant axis unique_elements shrinks to ? along it
// and rev_idx has the axis' size; a non-constant axis leaves every dim
// unknown but keeps the rank.
// CHECK-LABEL: func @unique
// CHECK: ov.unique {{.*}} -> (tensor<?xf32>, tensor<?xi64>, tensor<24xi64>, tensor<?xi64>)
// CHECK: ov.unique {{.*}} -> (tensor<?xf32>, tensor<?xi64>, tensor<?xi64>, tensor<?xi64>)
// CHECK: ov.unique {{.*}} -> (tensor<?x6xf32>, tensor<?xi32>, tensor<4xi32>, tensor<?xi64>)
// CHECK: ov.unique {{.*}} -> (tensor<4x?xf32>, tensor<?xi64>, tensor<6xi64>, tensor<?xi32>)
// CHECK: ov.unique {{.*}} -> (tensor<?x?xf32>, tensor<?xi64>, tensor<?xi64>, tensor<?xi64>)
// CHECK: ov.unique {{.*}} -> (tensor<*xf32>, tensor<?xi64>, tensor<?xi64>, tensor<?xi64>)
// CHECK: ov.unique {{.*}} -> (tensor<?xi8>, tensor<?xi64>, tensor<?xi64>, tensor<?xi64>)
func.func @unique(%x: tensor<4x6xf32>, %a: tensor<i64>, %u: tensor<*xf32>, %d: tensor<?x3xi8>) {
  %0:4 = ov.unique %x : (tensor<4x6xf32>) -> (tensor<*xf32>, tensor<*xi64>, tensor<*xi64>, tensor<*xi64>)
  %1:4 = ov.unique %u : (tensor<*xf32>) -> (tensor<*xf32>, tensor<*xi64>, tensor<*xi64>, tensor<*xi64>)
  %zero = ov.constant dense<0> : tensor<1xi32>
  %2:4 = ov.unique %x, %zero {index_element_type = i32} : (tensor<4x6xf32>, tensor<1xi32>) -> (tensor<*xf32>, tensor<*xi32>, tensor<*xi32>, tensor<*xi64>)
  %last = ov.constant dense<-1> : tensor<i64>
  %3:4 = ov.unique %x, %last {count_element_type = i32, sorted = false} : (tensor<4x6xf32>, tensor<i64>) -> (tensor<*xf32>, tensor<*xi64>, tensor<*xi64>, tensor<*xi32>)
  %4:4 = ov.unique %x, %a : (tensor<4x6xf32>, tensor<i64>) -> (tensor<*xf32>, tensor<*xi64>, tensor<*xi64>, tensor<*xi64>)
  %5:4 = ov.unique %u, %last : (tensor<*xf32>, tensor<i64>) -> (tensor<*xf32>, tensor<*xi64>, tensor<*xi64>, tensor<*xi64>)
  %6:4 = ov.unique %d : (tensor<?x3xi8>) -> (tensor<*xi8>, tensor<*xi64>, tensor<*xi64>, tensor<*xi64>)
  return
}
