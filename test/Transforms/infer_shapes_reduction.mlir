// RUN: ov-opt %s --ov-infer-shapes --split-input-file | FileCheck %s

// Reduce* with constant axes on static shapes: reduced dimensions become 1
// with keep_dims and disappear without it; negative axes count from the end;
// reducing every axis gives a scalar; empty axes keep the shape.
// CHECK-LABEL: func @reduce_static
// CHECK-SAME: -> (tensor<2x1x1xf32>, tensor<2xf32>, tensor<3x4xf32>, tensor<f32>, tensor<1x1x1xf32>, tensor<2x3x4xf32>, tensor<3xi1>, tensor<2x1xi32>)
// CHECK: ov.reduce_sum {{.*}} -> tensor<2x1x1xf32>
// CHECK: ov.reduce_mean {{.*}} -> tensor<2xf32>
// CHECK: ov.reduce_max {{.*}} -> tensor<3x4xf32>
// CHECK: ov.reduce_min {{.*}} -> tensor<f32>
// CHECK: ov.reduce_prod {{.*}} -> tensor<1x1x1xf32>
// CHECK: ov.reduce_l1 {{.*}} -> tensor<2x3x4xf32>
// CHECK: ov.reduce_logical_and {{.*}} -> tensor<3xi1>
// CHECK: ov.reduce_l2 {{.*}} -> tensor<2x1xi32>
func.func @reduce_static(%x: tensor<2x3x4xf32>, %b: tensor<2x3xi1>, %i: tensor<2x3xi32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xi1>, tensor<*xi32>) {
  %a = ov.constant dense<[1, -1]> : tensor<2xi64>
  %0 = ov.reduce_sum %x, %a {keep_dims = true} : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<*xf32>
  %1 = ov.reduce_mean %x, %a : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<*xf32>
  %a0 = ov.constant dense<0> : tensor<i32>
  %2 = ov.reduce_max %x, %a0 : (tensor<2x3x4xf32>, tensor<i32>) -> tensor<*xf32>
  %all = ov.constant dense<[2, 0, 1]> : tensor<3xi64>
  %3 = ov.reduce_min %x, %all : (tensor<2x3x4xf32>, tensor<3xi64>) -> tensor<*xf32>
  %4 = ov.reduce_prod %x, %all {keep_dims = true} : (tensor<2x3x4xf32>, tensor<3xi64>) -> tensor<*xf32>
  %empty = ov.constant dense<> : tensor<0xi64>
  %5 = ov.reduce_l1 %x, %empty : (tensor<2x3x4xf32>, tensor<0xi64>) -> tensor<*xf32>
  %am2 = ov.constant dense<[-2]> : tensor<1xi64>
  %6 = ov.reduce_logical_and %b, %am2 : (tensor<2x3xi1>, tensor<1xi64>) -> tensor<*xi1>
  %am1 = ov.constant dense<-1> : tensor<i64>
  %7 = ov.reduce_l2 %i, %am1 {keep_dims = true} : (tensor<2x3xi32>, tensor<i64>) -> tensor<*xi32>
  return %0, %1, %2, %3, %4, %5, %6, %7 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xi1>, tensor<*xi32>
}

// -----

// Constant axes on dynamic dimensions: kept dimensions stay dynamic, reduced
// ones become 1 (keep_dims) or go; unranked data stays unranked.
// CHECK-LABEL: func @reduce_dynamic
// CHECK-SAME: -> (tensor<1x3x?xf32>, tensor<?x3xf32>, tensor<?xf32>, tensor<*xf32>, tensor<*xi1>)
// CHECK: ov.reduce_sum {{.*}} -> tensor<1x3x?xf32>
// CHECK: ov.reduce_max {{.*}} -> tensor<?x3xf32>
// CHECK: ov.reduce_mean {{.*}} -> tensor<?xf32>
// CHECK: ov.reduce_sum {{.*}} -> tensor<*xf32>
// CHECK: ov.reduce_logical_or {{.*}} -> tensor<*xi1>
func.func @reduce_dynamic(%x: tensor<?x3x?xf32>, %u: tensor<*xf32>, %ub: tensor<*xi1>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xi1>) {
  %a0 = ov.constant dense<[0]> : tensor<1xi64>
  %0 = ov.reduce_sum %x, %a0 {keep_dims = true} : (tensor<?x3x?xf32>, tensor<1xi64>) -> tensor<*xf32>
  %a2 = ov.constant dense<2> : tensor<i64>
  %1 = ov.reduce_max %x, %a2 : (tensor<?x3x?xf32>, tensor<i64>) -> tensor<*xf32>
  %a = ov.constant dense<[-3, 1]> : tensor<2xi32>
  %2 = ov.reduce_mean %x, %a : (tensor<?x3x?xf32>, tensor<2xi32>) -> tensor<*xf32>
  %3 = ov.reduce_sum %u, %a {keep_dims = true} : (tensor<*xf32>, tensor<2xi32>) -> tensor<*xf32>
  %4 = ov.reduce_logical_or %ub, %a0 : (tensor<*xi1>, tensor<1xi64>) -> tensor<*xi1>
  return %0, %1, %2, %3, %4 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xi1>
}

// -----

// Non-constant axes: keep_dims keeps the rank (only dimensions of size 1 stay
// known); without keep_dims one axis (0-D or 1-element axes) drops the rank
// by one, an unknown or larger number of axes gives an unknown rank, and no
// axes at all keep the shape. Unranked data stays unranked.
// CHECK-LABEL: func @reduce_unknown_axes
// CHECK-SAME: -> (tensor<?x1x?xf32>, tensor<?x1x?xf32>, tensor<?x?xf32>, tensor<?x?xf32>, tensor<*xf32>, tensor<*xf32>, tensor<2x1x?xf32>, tensor<*xf32>, tensor<*xf32>)
// CHECK: ov.reduce_sum {{.*}} -> tensor<?x1x?xf32>
// CHECK: ov.reduce_sum {{.*}} -> tensor<?x1x?xf32>
// CHECK: ov.reduce_mean {{.*}} -> tensor<?x?xf32>
// CHECK: ov.reduce_mean {{.*}} -> tensor<?x?xf32>
// CHECK: ov.reduce_max {{.*}} -> tensor<*xf32>
// CHECK: ov.reduce_max {{.*}} -> tensor<*xf32>
// CHECK: ov.reduce_min {{.*}} -> tensor<2x1x?xf32>
// CHECK: ov.reduce_prod {{.*}} -> tensor<*xf32>
// CHECK: ov.reduce_prod {{.*}} -> tensor<*xf32>
func.func @reduce_unknown_axes(%x: tensor<2x1x?xf32>, %u: tensor<*xf32>, %a2: tensor<2xi64>, %a: tensor<i64>, %a1: tensor<1xi32>, %ad: tensor<?xi64>, %a0: tensor<0xi64>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %0 = ov.reduce_sum %x, %a2 {keep_dims = true} : (tensor<2x1x?xf32>, tensor<2xi64>) -> tensor<*xf32>
  %1 = ov.reduce_sum %x, %ad {keep_dims = true} : (tensor<2x1x?xf32>, tensor<?xi64>) -> tensor<*xf32>
  %2 = ov.reduce_mean %x, %a : (tensor<2x1x?xf32>, tensor<i64>) -> tensor<*xf32>
  %3 = ov.reduce_mean %x, %a1 : (tensor<2x1x?xf32>, tensor<1xi32>) -> tensor<*xf32>
  %4 = ov.reduce_max %x, %a2 : (tensor<2x1x?xf32>, tensor<2xi64>) -> tensor<*xf32>
  %5 = ov.reduce_max %x, %ad : (tensor<2x1x?xf32>, tensor<?xi64>) -> tensor<*xf32>
  %6 = ov.reduce_min %x, %a0 : (tensor<2x1x?xf32>, tensor<0xi64>) -> tensor<*xf32>
  %7 = ov.reduce_prod %u, %a {keep_dims = true} : (tensor<*xf32>, tensor<i64>) -> tensor<*xf32>
  %8 = ov.reduce_prod %u, %a1 : (tensor<*xf32>, tensor<1xi32>) -> tensor<*xf32>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// -----

// Declared types more static than the inferred ones are kept, and merged
// per dimension with what inference knows (the 1 of a size-1 dimension that
// stays 1 under keep_dims).
// CHECK-LABEL: func @reduce_refine
// CHECK-SAME: -> (tensor<?x5xf32>, tensor<?x1x7xf32>)
// CHECK: ov.reduce_sum {{.*}} -> tensor<?x5xf32>
// CHECK: ov.reduce_sum {{.*}} -> tensor<?x1x7xf32>
func.func @reduce_refine(%x: tensor<2x?x?xf32>, %y: tensor<2x1x?xf32>, %a: tensor<i64>) -> (tensor<?x5xf32>, tensor<?x?x7xf32>) {
  %0 = ov.reduce_sum %x, %a : (tensor<2x?x?xf32>, tensor<i64>) -> tensor<?x5xf32>
  %1 = ov.reduce_sum %y, %a {keep_dims = true} : (tensor<2x1x?xf32>, tensor<i64>) -> tensor<?x?x7xf32>
  return %0, %1 : tensor<?x5xf32>, tensor<?x?x7xf32>
}

// -----

// TopK: both results take the data's shape with dimension `axis` replaced by
// a constant k (not clamped to the dimension, as in OpenVINO) or a dynamic
// one; indices use index_element_type (i32 by default).
// CHECK-LABEL: func @topk
// CHECK-SAME: -> (tensor<2x3xf32>, tensor<2x3xi32>, tensor<3x8xf32>, tensor<3x8xi64>, tensor<2x?xf32>, tensor<2x?xi32>, tensor<5x?xi32>, tensor<5x?xi64>, tensor<2x10xf32>, tensor<2x10xi32>, tensor<*xf32>, tensor<*xi32>)
// CHECK: ov.topk {{.*}} -> (tensor<2x3xf32>, tensor<2x3xi32>)
// CHECK: ov.topk {{.*}} -> (tensor<3x8xf32>, tensor<3x8xi64>)
// CHECK: ov.topk {{.*}} -> (tensor<2x?xf32>, tensor<2x?xi32>)
// CHECK: ov.topk {{.*}} -> (tensor<5x?xi32>, tensor<5x?xi64>)
// CHECK: ov.topk {{.*}} -> (tensor<2x10xf32>, tensor<2x10xi32>)
// CHECK: ov.topk {{.*}} -> (tensor<*xf32>, tensor<*xi32>)
func.func @topk(%x: tensor<2x8xf32>, %d: tensor<?x?xi32>, %u: tensor<*xf32>, %k: tensor<i64>) -> (tensor<*xf32>, tensor<*xi32>, tensor<*xf32>, tensor<*xi64>, tensor<*xf32>, tensor<*xi32>, tensor<*xi32>, tensor<*xi64>, tensor<*xf32>, tensor<*xi32>, tensor<*xf32>, tensor<*xi32>) {
  %c3 = ov.constant dense<3> : tensor<i32>
  %0:2 = ov.topk %x, %c3 {axis = 1 : i64, mode = #ov.topk_mode<max>, sort = #ov.topk_sort<value>} : (tensor<2x8xf32>, tensor<i32>) -> (tensor<*xf32>, tensor<*xi32>)
  // Negative axis, i64 indices.
  %1:2 = ov.topk %x, %c3 {axis = -2 : i64, mode = #ov.topk_mode<min>, sort = #ov.topk_sort<index>, index_element_type = i64} : (tensor<2x8xf32>, tensor<i32>) -> (tensor<*xf32>, tensor<*xi64>)
  %2:2 = ov.topk %x, %k {axis = -1 : i64, mode = #ov.topk_mode<max>, sort = #ov.topk_sort<none>} : (tensor<2x8xf32>, tensor<i64>) -> (tensor<*xf32>, tensor<*xi32>)
  // Dynamic data: the other dimensions stay dynamic.
  %c5 = ov.constant dense<5> : tensor<i64>
  %3:2 = ov.topk %d, %c5 {axis = 0 : i64, mode = #ov.topk_mode<max>, sort = #ov.topk_sort<value>, index_element_type = i64, stable = true} : (tensor<?x?xi32>, tensor<i64>) -> (tensor<*xi32>, tensor<*xi64>)
  %c10 = ov.constant dense<10> : tensor<i64>
  %4:2 = ov.topk %x, %c10 {axis = 1 : i64, mode = #ov.topk_mode<max>, sort = #ov.topk_sort<value>} : (tensor<2x8xf32>, tensor<i64>) -> (tensor<*xf32>, tensor<*xi32>)
  %5:2 = ov.topk %u, %c3 {axis = 3 : i64, mode = #ov.topk_mode<max>, sort = #ov.topk_sort<value>} : (tensor<*xf32>, tensor<i32>) -> (tensor<*xf32>, tensor<*xi32>)
  return %0#0, %0#1, %1#0, %1#1, %2#0, %2#1, %3#0, %3#1, %4#0, %4#1, %5#0, %5#1 : tensor<*xf32>, tensor<*xi32>, tensor<*xf32>, tensor<*xi64>, tensor<*xf32>, tensor<*xi32>, tensor<*xi32>, tensor<*xi64>, tensor<*xf32>, tensor<*xi32>, tensor<*xf32>, tensor<*xi32>
}

// -----

// NonMaxSuppression: [?, 3] selected indices (output_type) and scores (f32),
// [1] valid_outputs, whether the inputs are static, dynamic or unranked.
// CHECK-LABEL: func @nms
// CHECK-SAME: -> (tensor<?x3xi64>, tensor<?x3xf32>, tensor<1xi64>, tensor<?x3xi32>, tensor<?x3xf32>, tensor<1xi32>, tensor<?x3xi64>, tensor<?x3xf32>, tensor<1xi64>, tensor<?x3xi32>, tensor<?x3xf32>, tensor<1xi32>)
// CHECK: ov.non_max_suppression {{.*}} -> (tensor<?x3xi64>, tensor<?x3xf32>, tensor<1xi64>)
// CHECK: ov.non_max_suppression {{.*}} -> (tensor<?x3xi32>, tensor<?x3xf32>, tensor<1xi32>)
// CHECK: ov.non_max_suppression {{.*}} -> (tensor<?x3xi64>, tensor<?x3xf32>, tensor<1xi64>)
// CHECK: ov.non_max_suppression {{.*}} -> (tensor<?x3xi32>, tensor<?x3xf32>, tensor<1xi32>)
func.func @nms(%b: tensor<2x10x4xf32>, %s: tensor<2x3x10xf32>, %db: tensor<?x?x4xf16>, %ds: tensor<?x?x?xf16>, %ub: tensor<*xf32>, %us: tensor<*xf32>, %m: tensor<1xi32>, %iou: tensor<f32>) -> (tensor<*xi64>, tensor<*xf32>, tensor<*xi64>, tensor<*xi32>, tensor<*xf32>, tensor<*xi32>, tensor<*xi64>, tensor<*xf32>, tensor<*xi64>, tensor<*xi32>, tensor<*xf32>, tensor<*xi32>) {
  %0:3 = ov.non_max_suppression %b, %s : (tensor<2x10x4xf32>, tensor<2x3x10xf32>) -> (tensor<*xi64>, tensor<*xf32>, tensor<*xi64>)
  %1:3 = ov.non_max_suppression %b, %s max_output_boxes_per_class %m iou_threshold %iou {output_type = i32, box_encoding = "center"} : (tensor<2x10x4xf32>, tensor<2x3x10xf32>, tensor<1xi32>, tensor<f32>) -> (tensor<*xi32>, tensor<*xf32>, tensor<*xi32>)
  // f16 boxes and scores still give f32 selected_scores.
  %2:3 = ov.non_max_suppression %db, %ds max_output_boxes_per_class %m : (tensor<?x?x4xf16>, tensor<?x?x?xf16>, tensor<1xi32>) -> (tensor<*xi64>, tensor<*xf32>, tensor<*xi64>)
  %3:3 = ov.non_max_suppression %ub, %us {output_type = i32} : (tensor<*xf32>, tensor<*xf32>) -> (tensor<*xi32>, tensor<*xf32>, tensor<*xi32>)
  return %0#0, %0#1, %0#2, %1#0, %1#1, %1#2, %2#0, %2#1, %2#2, %3#0, %3#1, %3#2 : tensor<*xi64>, tensor<*xf32>, tensor<*xi64>, tensor<*xi32>, tensor<*xf32>, tensor<*xi32>, tensor<*xi64>, tensor<*xf32>, tensor<*xi64>, tensor<*xi32>, tensor<*xf32>, tensor<*xi32>
}
