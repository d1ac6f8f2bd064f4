// RUN: ov-opt %s --convert-ov-to-linalg -split-input-file -verify-diagnostics

// PRelu: a 1-D slope of unknown size on data with an unknown channel count
// could broadcast per channel or numpy-style.
func.func @prelu_dynamic_channels(%x: tensor<2x?x4xf32>, %s: tensor<?xf32>) -> tensor<2x?x4xf32> {
  // expected-error @+1 {{failed to legalize operation 'ov.prelu' that was explicitly marked illegal}}
  %r = ov.prelu %x, %s : tensor<2x?x4xf32>, tensor<?xf32>
  return %r : tensor<2x?x4xf32>
}

// -----

// Soft-NMS (a non-zero soft_nms_sigma) is not lowered.
func.func @soft_nms(%boxes: tensor<1x4x4xf32>, %scores: tensor<1x1x4xf32>) -> tensor<?x3xi64> {
  %max = ov.constant dense<2> : tensor<i64>
  %iou = ov.constant dense<0.5> : tensor<f32>
  %th = ov.constant dense<0.0> : tensor<f32>
  %sigma = ov.constant dense<0.5> : tensor<f32>
  // expected-error @+1 {{failed to legalize operation 'ov.non_max_suppression' that was explicitly marked illegal}}
  %i, %s, %v = ov.non_max_suppression %boxes, %scores max_output_boxes_per_class %max iou_threshold %iou score_threshold %th soft_nms_sigma %sigma : (tensor<1x4x4xf32>, tensor<1x1x4xf32>, tensor<i64>, tensor<f32>, tensor<f32>, tensor<f32>) -> (tensor<?x3xi64>, tensor<?x3xf32>, tensor<1xi64>)
  return %i : tensor<?x3xi64>
}

// -----

// ReduceL2 of integers (a square root) is not lowered.
func.func @reduce_l2_int(%x: tensor<2x3xi32>) -> tensor<2xi32> {
  %axes = ov.constant dense<1> : tensor<i64>
  // expected-error @+1 {{failed to legalize operation 'ov.reduce_l2' that was explicitly marked illegal}}
  %r = ov.reduce_l2 %x, %axes : (tensor<2x3xi32>, tensor<i64>) -> tensor<2xi32>
  return %r : tensor<2xi32>
}

// -----

// Run-time axes need a static count.
func.func @reduce_dynamic_axes_count(%x: tensor<2x3xf32>, %axes: tensor<?xi64>) -> tensor<?x?xf32> {
  // expected-error @+1 {{failed to legalize operation 'ov.reduce_sum' that was explicitly marked illegal}}
  %r = ov.reduce_sum %x, %axes {keep_dims = true} : (tensor<2x3xf32>, tensor<?xi64>) -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}
