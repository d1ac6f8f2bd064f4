// RUN: ov-opt %s -split-input-file -verify-diagnostics

//===----------------------------------------------------------------------===//
// Reduce*
//===----------------------------------------------------------------------===//

func.func @reduce_axes_rank(%x: tensor<2x3xf32>, %a: tensor<1x2xi64>) {
  // expected-error @+2 {{axes must be a 0-D or 1-D tensor, got tensor<1x2xi64>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.reduce_sum %x, %a : (tensor<2x3xf32>, tensor<1x2xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @reduce_axis_range(%x: tensor<2x3x4xf32>) {
  %a = ov.constant dense<[0, 3]> : tensor<2xi64>
  // expected-error @+2 {{axes value 3 is out of range for rank 3}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.reduce_mean %x, %a : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @reduce_axis_range_negative(%x: tensor<2x3xi32>) {
  %a = ov.constant dense<-3> : tensor<i32>
  // expected-error @+2 {{axes value -3 is out of range for rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.reduce_max %x, %a {keep_dims = true} : (tensor<2x3xi32>, tensor<i32>) -> tensor<*xi32>
  return
}

// -----

func.func @reduce_axes_duplicate(%x: tensor<2x3x4xf32>) {
  %a = ov.constant dense<[1, -2]> : tensor<2xi64>
  // expected-error @+2 {{axes [1, -2] name dimension 1 more than once}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.reduce_prod %x, %a : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<*xf32>
  return
}

// -----

// Non-constant axes: more (unique) axes than dimensions cannot be valid.
func.func @reduce_too_many_axes(%x: tensor<?x3xf32>, %a: tensor<3xi64>) {
  // expected-error @+2 {{axes has 3 elements but data has rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.reduce_l1 %x, %a {keep_dims = true} : (tensor<?x3xf32>, tensor<3xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @reduce_result_shape(%x: tensor<2x3x4xf32>) {
  %a = ov.constant dense<1> : tensor<1xi64>
  // expected-error @+2 {{'ov.reduce_l2' op inferred type(s) 'tensor<2x4xf32>' are incompatible with return type(s) of operation 'tensor<2x1x4xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.reduce_l2 %x, %a : (tensor<2x3x4xf32>, tensor<1xi64>) -> tensor<2x1x4xf32>
  return
}

// -----

// Non-constant axes keep the rank under keep_dims: rank 1 cannot hold it.
func.func @reduce_result_rank(%x: tensor<2x3xf32>, %a: tensor<?xi64>) {
  // expected-error @+2 {{'ov.reduce_min' op inferred type(s) 'tensor<?x?xf32>' are incompatible with return type(s) of operation 'tensor<?xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.reduce_min %x, %a {keep_dims = true} : (tensor<2x3xf32>, tensor<?xi64>) -> tensor<?xf32>
  return
}

// -----

func.func @reduce_result_element_type(%x: tensor<2x3xf32>, %a: tensor<i64>) {
  // expected-error @+2 {{'ov.reduce_sum' op inferred type(s) 'tensor<?xf32>' are incompatible with return type(s) of operation 'tensor<?xf16>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.reduce_sum %x, %a : (tensor<2x3xf32>, tensor<i64>) -> tensor<?xf16>
  return
}

// -----

func.func @reduce_axes_float(%x: tensor<2x3xf32>, %a: tensor<1xf32>) {
  // expected-error @+1 {{'ov.reduce_sum' op operand #1 must be tensor of integer values}}
  %0 = ov.reduce_sum %x, %a : (tensor<2x3xf32>, tensor<1xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @reduce_data_complex(%x: tensor<2xcomplex<f32>>, %a: tensor<i64>) {
  // expected-error @+1 {{'ov.reduce_mean' op operand #0 must be tensor of floating-point or integer values}}
  %0 = ov.reduce_mean %x, %a : (tensor<2xcomplex<f32>>, tensor<i64>) -> tensor<complex<f32>>
  return
}

// -----

func.func @reduce_logical_not_bool(%x: tensor<2x3xf32>, %a: tensor<i64>) {
  // expected-error @+1 {{'ov.reduce_logical_and' op operand #0 must be tensor of 1-bit signless integer values}}
  %0 = ov.reduce_logical_and %x, %a : (tensor<2x3xf32>, tensor<i64>) -> tensor<?xf32>
  return
}

// -----

func.func @reduce_logical_or_not_bool(%x: tensor<2x3xi8>, %a: tensor<i64>) {
  // expected-error @+1 {{'ov.reduce_logical_or' op operand #0 must be tensor of 1-bit signless integer values}}
  %0 = ov.reduce_logical_or %x, %a : (tensor<2x3xi8>, tensor<i64>) -> tensor<?xi8>
  return
}

// -----

//===----------------------------------------------------------------------===//
// TopK
//===----------------------------------------------------------------------===//

func.func @topk_index_element_type(%x: tensor<2x8xf32>, %k: tensor<i64>) {
  // expected-error @+2 {{index_element_type must be i32 or i64, got i16}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = ov.topk %x, %k {axis = 1 : i64, mode = #ov.topk_mode<max>, sort = #ov.topk_sort<value>, index_element_type = i16} : (tensor<2x8xf32>, tensor<i64>) -> (tensor<2x?xf32>, tensor<2x?xi32>)
  return
}

// -----

func.func @topk_index_element_type_float(%x: tensor<2x8xf32>, %k: tensor<i64>) {
  // expected-error @+2 {{index_element_type must be i32 or i64, got f32}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = ov.topk %x, %k {axis = 1 : i64, mode = #ov.topk_mode<max>, sort = #ov.topk_sort<value>, index_element_type = f32} : (tensor<2x8xf32>, tensor<i64>) -> (tensor<2x?xf32>, tensor<2x?xi32>)
  return
}

// -----

func.func @topk_k_rank(%x: tensor<2x8xf32>, %k: tensor<1xi64>) {
  // expected-error @+2 {{k must be a 0-D tensor, got tensor<1xi64>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = ov.topk %x, %k {axis = 1 : i64, mode = #ov.topk_mode<max>, sort = #ov.topk_sort<value>} : (tensor<2x8xf32>, tensor<1xi64>) -> (tensor<2x?xf32>, tensor<2x?xi32>)
  return
}

// -----

func.func @topk_k_negative(%x: tensor<2x8xf32>) {
  %k = ov.constant dense<-1> : tensor<i32>
  // expected-error @+2 {{k must not be negative, got -1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = ov.topk %x, %k {axis = 1 : i64, mode = #ov.topk_mode<max>, sort = #ov.topk_sort<value>} : (tensor<2x8xf32>, tensor<i32>) -> (tensor<*xf32>, tensor<*xi32>)
  return
}

// -----

func.func @topk_scalar_data(%x: tensor<f32>, %k: tensor<i64>) {
  // expected-error @+2 {{data must have a rank greater than 0}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = ov.topk %x, %k {axis = 0 : i64, mode = #ov.topk_mode<max>, sort = #ov.topk_sort<value>} : (tensor<f32>, tensor<i64>) -> (tensor<*xf32>, tensor<*xi32>)
  return
}

// -----

func.func @topk_axis_range(%x: tensor<2x8xf32>, %k: tensor<i64>) {
  // expected-error @+2 {{axis 2 is out of range for rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = ov.topk %x, %k {axis = 2 : i64, mode = #ov.topk_mode<min>, sort = #ov.topk_sort<none>} : (tensor<2x8xf32>, tensor<i64>) -> (tensor<*xf32>, tensor<*xi32>)
  return
}

// -----

func.func @topk_axis_range_negative(%x: tensor<2x8xf32>, %k: tensor<i64>) {
  // expected-error @+2 {{axis -3 is out of range for rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = ov.topk %x, %k {axis = -3 : i64, mode = #ov.topk_mode<min>, sort = #ov.topk_sort<none>} : (tensor<2x8xf32>, tensor<i64>) -> (tensor<*xf32>, tensor<*xi32>)
  return
}

// -----

// The declared index type must match index_element_type.
func.func @topk_indices_type(%x: tensor<2x8xf32>, %k: tensor<i64>) {
  // expected-error @+2 {{'ov.topk' op inferred type(s) 'tensor<2x?xf32>', 'tensor<2x?xi64>' are incompatible with return type(s) of operation 'tensor<2x?xf32>', 'tensor<2x?xi32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = ov.topk %x, %k {axis = 1 : i64, mode = #ov.topk_mode<max>, sort = #ov.topk_sort<value>, index_element_type = i64} : (tensor<2x8xf32>, tensor<i64>) -> (tensor<2x?xf32>, tensor<2x?xi32>)
  return
}

// -----

// A constant k fixes the axis dimension.
func.func @topk_result_shape(%x: tensor<2x8xf32>) {
  %k = ov.constant dense<3> : tensor<i64>
  // expected-error @+2 {{'ov.topk' op inferred type(s) 'tensor<2x3xf32>', 'tensor<2x3xi32>' are incompatible with return type(s) of operation 'tensor<2x4xf32>', 'tensor<2x4xi32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = ov.topk %x, %k {axis = -1 : i64, mode = #ov.topk_mode<max>, sort = #ov.topk_sort<value>} : (tensor<2x8xf32>, tensor<i64>) -> (tensor<2x4xf32>, tensor<2x4xi32>)
  return
}

// -----

func.func @topk_indices_float(%x: tensor<2x8xf32>, %k: tensor<i64>) {
  // expected-error @+1 {{'ov.topk' op result #1 must be tensor of 32-bit signless integer or 64-bit signless integer values}}
  %0:2 = ov.topk %x, %k {axis = 1 : i64, mode = #ov.topk_mode<max>, sort = #ov.topk_sort<value>} : (tensor<2x8xf32>, tensor<i64>) -> (tensor<2x?xf32>, tensor<2x?xf32>)
  return
}

// -----

func.func @topk_k_float(%x: tensor<2x8xf32>, %k: tensor<f32>) {
  // expected-error @+1 {{'ov.topk' op operand #1 must be tensor of integer values}}
  %0:2 = ov.topk %x, %k {axis = 1 : i64, mode = #ov.topk_mode<max>, sort = #ov.topk_sort<value>} : (tensor<2x8xf32>, tensor<f32>) -> (tensor<2x?xf32>, tensor<2x?xi32>)
  return
}

// -----

func.func @topk_missing_mode(%x: tensor<2x8xf32>, %k: tensor<i64>) {
  // expected-error @+1 {{'ov.topk' op requires attribute 'mode'}}
  %0:2 = ov.topk %x, %k {axis = 1 : i64, sort = #ov.topk_sort<value>} : (tensor<2x8xf32>, tensor<i64>) -> (tensor<2x?xf32>, tensor<2x?xi32>)
  return
}

// -----

//===----------------------------------------------------------------------===//
// NonMaxSuppression
//===----------------------------------------------------------------------===//

func.func @nms_output_type(%b: tensor<1x10x4xf32>, %s: tensor<1x2x10xf32>) {
  // expected-error @+2 {{output_type must be i32 or i64, got i16}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:3 = ov.non_max_suppression %b, %s {output_type = i16} : (tensor<1x10x4xf32>, tensor<1x2x10xf32>) -> (tensor<?x3xi64>, tensor<?x3xf32>, tensor<1xi64>)
  return
}

// -----

func.func @nms_iou_without_max(%b: tensor<1x10x4xf32>, %s: tensor<1x2x10xf32>, %iou: tensor<f32>) {
  // expected-error @+2 {{iou_threshold requires max_output_boxes_per_class (OpenVINO's inputs are positional)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:3 = ov.non_max_suppression %b, %s iou_threshold %iou : (tensor<1x10x4xf32>, tensor<1x2x10xf32>, tensor<f32>) -> (tensor<?x3xi64>, tensor<?x3xf32>, tensor<1xi64>)
  return
}

// -----

func.func @nms_score_without_iou(%b: tensor<1x10x4xf32>, %s: tensor<1x2x10xf32>, %m: tensor<i64>, %st: tensor<f32>) {
  // expected-error @+2 {{score_threshold requires iou_threshold (OpenVINO's inputs are positional)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:3 = ov.non_max_suppression %b, %s max_output_boxes_per_class %m score_threshold %st : (tensor<1x10x4xf32>, tensor<1x2x10xf32>, tensor<i64>, tensor<f32>) -> (tensor<?x3xi64>, tensor<?x3xf32>, tensor<1xi64>)
  return
}

// -----

func.func @nms_sigma_without_score(%b: tensor<1x10x4xf32>, %s: tensor<1x2x10xf32>, %m: tensor<i64>, %iou: tensor<f32>, %sigma: tensor<f32>) {
  // expected-error @+2 {{soft_nms_sigma requires score_threshold (OpenVINO's inputs are positional)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:3 = ov.non_max_suppression %b, %s max_output_boxes_per_class %m iou_threshold %iou soft_nms_sigma %sigma : (tensor<1x10x4xf32>, tensor<1x2x10xf32>, tensor<i64>, tensor<f32>, tensor<f32>) -> (tensor<?x3xi64>, tensor<?x3xf32>, tensor<1xi64>)
  return
}

// -----

func.func @nms_max_boxes_shape(%b: tensor<1x10x4xf32>, %s: tensor<1x2x10xf32>, %m: tensor<2xi64>) {
  // expected-error @+2 {{max_output_boxes_per_class must be a scalar or a 1-D tensor with 1 element, got tensor<2xi64>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:3 = ov.non_max_suppression %b, %s max_output_boxes_per_class %m : (tensor<1x10x4xf32>, tensor<1x2x10xf32>, tensor<2xi64>) -> (tensor<?x3xi64>, tensor<?x3xf32>, tensor<1xi64>)
  return
}

// -----

func.func @nms_iou_shape(%b: tensor<1x10x4xf32>, %s: tensor<1x2x10xf32>, %m: tensor<i64>, %iou: tensor<1x1xf32>) {
  // expected-error @+2 {{iou_threshold must be a scalar or a 1-D tensor with 1 element, got tensor<1x1xf32>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:3 = ov.non_max_suppression %b, %s max_output_boxes_per_class %m iou_threshold %iou : (tensor<1x10x4xf32>, tensor<1x2x10xf32>, tensor<i64>, tensor<1x1xf32>) -> (tensor<?x3xi64>, tensor<?x3xf32>, tensor<1xi64>)
  return
}

// -----

func.func @nms_score_threshold_shape(%b: tensor<1x10x4xf32>, %s: tensor<1x2x10xf32>, %m: tensor<i64>, %iou: tensor<f32>, %st: tensor<0xf32>) {
  // expected-error @+2 {{score_threshold must be a scalar or a 1-D tensor with 1 element, got tensor<0xf32>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:3 = ov.non_max_suppression %b, %s max_output_boxes_per_class %m iou_threshold %iou score_threshold %st : (tensor<1x10x4xf32>, tensor<1x2x10xf32>, tensor<i64>, tensor<f32>, tensor<0xf32>) -> (tensor<?x3xi64>, tensor<?x3xf32>, tensor<1xi64>)
  return
}

// -----

func.func @nms_sigma_shape(%b: tensor<1x10x4xf32>, %s: tensor<1x2x10xf32>, %m: tensor<i64>, %iou: tensor<f32>, %st: tensor<f32>, %sigma: tensor<3xf32>) {
  // expected-error @+2 {{soft_nms_sigma must be a scalar or a 1-D tensor with 1 element, got tensor<3xf32>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:3 = ov.non_max_suppression %b, %s max_output_boxes_per_class %m iou_threshold %iou score_threshold %st soft_nms_sigma %sigma : (tensor<1x10x4xf32>, tensor<1x2x10xf32>, tensor<i64>, tensor<f32>, tensor<f32>, tensor<3xf32>) -> (tensor<?x3xi64>, tensor<?x3xf32>, tensor<1xi64>)
  return
}

// -----

func.func @nms_boxes_rank(%b: tensor<10x4xf32>, %s: tensor<1x2x10xf32>) {
  // expected-error @+2 {{boxes must be a 3-D tensor [num_batches, num_boxes, 4], got rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:3 = ov.non_max_suppression %b, %s : (tensor<10x4xf32>, tensor<1x2x10xf32>) -> (tensor<?x3xi64>, tensor<?x3xf32>, tensor<1xi64>)
  return
}

// -----

func.func @nms_scores_rank(%b: tensor<1x10x4xf32>, %s: tensor<2x10xf32>) {
  // expected-error @+2 {{scores must be a 3-D tensor [num_batches, num_classes, num_boxes], got rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:3 = ov.non_max_suppression %b, %s : (tensor<1x10x4xf32>, tensor<2x10xf32>) -> (tensor<?x3xi64>, tensor<?x3xf32>, tensor<1xi64>)
  return
}

// -----

func.func @nms_box_size(%b: tensor<1x10x5xf32>, %s: tensor<1x2x10xf32>) {
  // expected-error @+2 {{the last dimension of boxes must be 4, got 5}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:3 = ov.non_max_suppression %b, %s : (tensor<1x10x5xf32>, tensor<1x2x10xf32>) -> (tensor<?x3xi64>, tensor<?x3xf32>, tensor<1xi64>)
  return
}

// -----

func.func @nms_batches(%b: tensor<2x10x4xf32>, %s: tensor<3x2x10xf32>) {
  // expected-error @+2 {{boxes and scores must have the same number of batches (dimension 0), got 2 and 3}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:3 = ov.non_max_suppression %b, %s : (tensor<2x10x4xf32>, tensor<3x2x10xf32>) -> (tensor<?x3xi64>, tensor<?x3xf32>, tensor<1xi64>)
  return
}

// -----

func.func @nms_num_boxes(%b: tensor<?x10x4xf32>, %s: tensor<1x2x9xf32>) {
  // expected-error @+2 {{boxes has 10 boxes (dimension 1) but scores has 9 (dimension 2)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:3 = ov.non_max_suppression %b, %s : (tensor<?x10x4xf32>, tensor<1x2x9xf32>) -> (tensor<?x3xi64>, tensor<?x3xf32>, tensor<1xi64>)
  return
}

// -----

func.func @nms_box_encoding(%b: tensor<1x10x4xf32>, %s: tensor<1x2x10xf32>) {
  // expected-error @+1 {{'ov.non_max_suppression' op attribute 'box_encoding' failed to satisfy constraint: string attribute whose value is corner or center}}
  %0:3 = ov.non_max_suppression %b, %s {box_encoding = "centre"} : (tensor<1x10x4xf32>, tensor<1x2x10xf32>) -> (tensor<?x3xi64>, tensor<?x3xf32>, tensor<1xi64>)
  return
}

// -----

// selected_scores are always f32 (NonMaxSuppression-5), even for f16 boxes.
func.func @nms_scores_type(%b: tensor<1x10x4xf16>, %s: tensor<1x2x10xf16>) {
  // expected-error @+2 {{'ov.non_max_suppression' op inferred type(s) 'tensor<?x3xi64>', 'tensor<?x3xf32>', 'tensor<1xi64>' are incompatible with return type(s) of operation 'tensor<?x3xi64>', 'tensor<?x3xf16>', 'tensor<1xi64>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:3 = ov.non_max_suppression %b, %s : (tensor<1x10x4xf16>, tensor<1x2x10xf16>) -> (tensor<?x3xi64>, tensor<?x3xf16>, tensor<1xi64>)
  return
}

// -----

// output_type sets both selected_indices and valid_outputs.
func.func @nms_output_type_mismatch(%b: tensor<1x10x4xf32>, %s: tensor<1x2x10xf32>) {
  // expected-error @+2 {{'ov.non_max_suppression' op inferred type(s) 'tensor<?x3xi32>', 'tensor<?x3xf32>', 'tensor<1xi32>' are incompatible with return type(s) of operation 'tensor<?x3xi32>', 'tensor<?x3xf32>', 'tensor<1xi64>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:3 = ov.non_max_suppression %b, %s {output_type = i32} : (tensor<1x10x4xf32>, tensor<1x2x10xf32>) -> (tensor<?x3xi32>, tensor<?x3xf32>, tensor<1xi64>)
  return
}

// -----

func.func @nms_boxes_int(%b: tensor<1x10x4xi32>, %s: tensor<1x2x10xf32>) {
  // expected-error @+1 {{'ov.non_max_suppression' op operand #0 must be tensor of floating-point values}}
  %0:3 = ov.non_max_suppression %b, %s : (tensor<1x10x4xi32>, tensor<1x2x10xf32>) -> (tensor<?x3xi64>, tensor<?x3xf32>, tensor<1xi64>)
  return
}

// -----

func.func @nms_max_boxes_float(%b: tensor<1x10x4xf32>, %s: tensor<1x2x10xf32>, %m: tensor<f32>) {
  // expected-error @+1 {{'ov.non_max_suppression' op operand #2 must be tensor of integer values}}
  %0:3 = ov.non_max_suppression %b, %s max_output_boxes_per_class %m : (tensor<1x10x4xf32>, tensor<1x2x10xf32>, tensor<f32>) -> (tensor<?x3xi64>, tensor<?x3xf32>, tensor<1xi64>)
  return
}

// -----

func.func @nms_iou_int(%b: tensor<1x10x4xf32>, %s: tensor<1x2x10xf32>, %m: tensor<i64>, %iou: tensor<i32>) {
  // expected-error @+1 {{'ov.non_max_suppression' op operand #3 must be tensor of floating-point values}}
  %0:3 = ov.non_max_suppression %b, %s max_output_boxes_per_class %m iou_threshold %iou : (tensor<1x10x4xf32>, tensor<1x2x10xf32>, tensor<i64>, tensor<i32>) -> (tensor<?x3xi64>, tensor<?x3xf32>, tensor<1xi64>)
  return
}
