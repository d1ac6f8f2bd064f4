// RUN: ov-opt %s | ov-opt | FileCheck %s
// Parse/print round trip of every reduction op and its attributes.

// CHECK-LABEL: func @reduce
func.func @reduce(%x: tensor<2x3x4xf32>, %i: tensor<2x3xi32>, %b: tensor<2x3xi1>, %axes: tensor<2xi64>, %axis: tensor<i32>) {
  // CHECK: ov.reduce_sum %{{.*}}, %{{.*}} {keep_dims = true} : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<?x?x?xf32>
  %0 = ov.reduce_sum %x, %axes {keep_dims = true} : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<?x?x?xf32>
  // The default keep_dims = false is not printed.
  // CHECK: ov.reduce_mean %{{.*}}, %{{.*}} : (tensor<2x3x4xf32>, tensor<i32>) -> tensor<?x?xf32>
  %1 = ov.reduce_mean %x, %axis {keep_dims = false} : (tensor<2x3x4xf32>, tensor<i32>) -> tensor<?x?xf32>
  // CHECK: ov.reduce_max %{{.*}}, %{{.*}} : (tensor<2x3xi32>, tensor<2xi64>) -> tensor<*xi32>
  %2 = ov.reduce_max %i, %axes : (tensor<2x3xi32>, tensor<2xi64>) -> tensor<*xi32>
  // CHECK: ov.reduce_min %{{.*}}, %{{.*}} {keep_dims = true} : (tensor<2x3xi32>, tensor<i32>) -> tensor<?x?xi32>
  %3 = ov.reduce_min %i, %axis {keep_dims = true} : (tensor<2x3xi32>, tensor<i32>) -> tensor<?x?xi32>
  // CHECK: ov.reduce_prod %{{.*}}, %{{.*}} : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<*xf32>
  %4 = ov.reduce_prod %x, %axes : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<*xf32>
  // CHECK: ov.reduce_l1 %{{.*}}, %{{.*}} {keep_dims = true} : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<?x?x?xf32>
  %5 = ov.reduce_l1 %x, %axes {keep_dims = true} : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<?x?x?xf32>
  // CHECK: ov.reduce_l2 %{{.*}}, %{{.*}} : (tensor<2x3x4xf32>, tensor<i32>) -> tensor<?x?xf32>
  %6 = ov.reduce_l2 %x, %axis : (tensor<2x3x4xf32>, tensor<i32>) -> tensor<?x?xf32>
  // CHECK: ov.reduce_logical_and %{{.*}}, %{{.*}} {keep_dims = true} : (tensor<2x3xi1>, tensor<2xi64>) -> tensor<?x?xi1>
  %7 = ov.reduce_logical_and %b, %axes {keep_dims = true} : (tensor<2x3xi1>, tensor<2xi64>) -> tensor<?x?xi1>
  // CHECK: ov.reduce_logical_or %{{.*}}, %{{.*}} : (tensor<2x3xi1>, tensor<i32>) -> tensor<?xi1>
  %8 = ov.reduce_logical_or %b, %axis : (tensor<2x3xi1>, tensor<i32>) -> tensor<?xi1>
  return
}

// Constant axes: declared types as inferred.
// CHECK-LABEL: func @reduce_constant_axes
func.func @reduce_constant_axes(%x: tensor<2x3x4xf32>) -> (tensor<2x1x1xf32>, tensor<3xf32>) {
  %axes = ov.constant dense<[1, -1]> : tensor<2xi64>
  %axis = ov.constant dense<[0, 2]> : tensor<2xi32>
  // CHECK: ov.reduce_sum {{.*}} {keep_dims = true} : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<2x1x1xf32>
  %0 = ov.reduce_sum %x, %axes {keep_dims = true} : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<2x1x1xf32>
  // CHECK: ov.reduce_l2 {{.*}} : (tensor<2x3x4xf32>, tensor<2xi32>) -> tensor<3xf32>
  %1 = ov.reduce_l2 %x, %axis : (tensor<2x3x4xf32>, tensor<2xi32>) -> tensor<3xf32>
  return %0, %1 : tensor<2x1x1xf32>, tensor<3xf32>
}

// CHECK-LABEL: func @topk
func.func @topk(%x: tensor<2x8xf32>, %i: tensor<?x8xi64>, %k: tensor<i64>) {
  %c3 = ov.constant dense<3> : tensor<i32>
  // TopK-1/3 defaults: index_element_type i32, stable false (not printed).
  // CHECK: %{{.*}}, %{{.*}} = ov.topk %{{.*}}, %{{.*}} {axis = 1 : i64, mode = #ov.topk_mode<max>, sort = #ov.topk_sort<value>} : (tensor<2x8xf32>, tensor<i32>) -> (tensor<2x3xf32>, tensor<2x3xi32>)
  %0:2 = ov.topk %x, %c3 {axis = 1 : i64, mode = #ov.topk_mode<max>, sort = #ov.topk_sort<value>} : (tensor<2x8xf32>, tensor<i32>) -> (tensor<2x3xf32>, tensor<2x3xi32>)
  // CHECK: ov.topk {{.*}} {axis = -2 : i64, index_element_type = i64, mode = #ov.topk_mode<min>, sort = #ov.topk_sort<index>, stable = true} : (tensor<?x8xi64>, tensor<i64>) -> (tensor<?x8xi64>, tensor<?x8xi64>)
  %1:2 = ov.topk %i, %k {axis = -2 : i64, mode = #ov.topk_mode<min>, sort = #ov.topk_sort<index>, index_element_type = i64, stable = true} : (tensor<?x8xi64>, tensor<i64>) -> (tensor<?x8xi64>, tensor<?x8xi64>)
  // CHECK: ov.topk {{.*}} {axis = 0 : i64, mode = #ov.topk_mode<max>, sort = #ov.topk_sort<none>} : (tensor<2x8xf32>, tensor<i64>) -> (tensor<?x8xf32>, tensor<?x8xi32>)
  %2:2 = ov.topk %x, %k {axis = 0 : i64, mode = #ov.topk_mode<max>, sort = #ov.topk_sort<none>} : (tensor<2x8xf32>, tensor<i64>) -> (tensor<?x8xf32>, tensor<?x8xi32>)
  return
}

// CHECK-LABEL: func @nms
func.func @nms(%boxes: tensor<2x10x4xf32>, %scores: tensor<2x3x10xf32>, %hboxes: tensor<1x5x4xf16>, %hscores: tensor<1x1x5xf16>, %m: tensor<i64>, %iou: tensor<f32>, %st: tensor<1xf32>, %sigma: tensor<f32>) {
  // No optional inputs, default attributes (corner, sorted, i64).
  // CHECK: ov.non_max_suppression %{{.*}}, %{{.*}} : (tensor<2x10x4xf32>, tensor<2x3x10xf32>) -> (tensor<?x3xi64>, tensor<?x3xf32>, tensor<1xi64>)
  %0:3 = ov.non_max_suppression %boxes, %scores : (tensor<2x10x4xf32>, tensor<2x3x10xf32>) -> (tensor<?x3xi64>, tensor<?x3xf32>, tensor<1xi64>)
  // CHECK: ov.non_max_suppression %{{.*}}, %{{.*}} max_output_boxes_per_class %{{.*}} iou_threshold %{{.*}} score_threshold %{{.*}} soft_nms_sigma %{{.*}} {box_encoding = "center", output_type = i32, sort_result_descending = false} : (tensor<2x10x4xf32>, tensor<2x3x10xf32>, tensor<i64>, tensor<f32>, tensor<1xf32>, tensor<f32>) -> (tensor<?x3xi32>, tensor<?x3xf32>, tensor<1xi32>)
  %1:3 = ov.non_max_suppression %boxes, %scores max_output_boxes_per_class %m iou_threshold %iou score_threshold %st soft_nms_sigma %sigma {box_encoding = "center", sort_result_descending = false, output_type = i32} : (tensor<2x10x4xf32>, tensor<2x3x10xf32>, tensor<i64>, tensor<f32>, tensor<1xf32>, tensor<f32>) -> (tensor<?x3xi32>, tensor<?x3xf32>, tensor<1xi32>)
  // The default box_encoding "corner" is not printed; f16 boxes still give
  // f32 selected_scores, as in OpenVINO.
  // CHECK: ov.non_max_suppression %{{.*}}, %{{.*}} max_output_boxes_per_class %{{.*}} : (tensor<1x5x4xf16>, tensor<1x1x5xf16>, tensor<i64>) -> (tensor<?x3xi64>, tensor<?x3xf32>, tensor<1xi64>)
  %2:3 = ov.non_max_suppression %hboxes, %hscores max_output_boxes_per_class %m {box_encoding = "corner"} : (tensor<1x5x4xf16>, tensor<1x1x5xf16>, tensor<i64>) -> (tensor<?x3xi64>, tensor<?x3xf32>, tensor<1xi64>)
  return
}
