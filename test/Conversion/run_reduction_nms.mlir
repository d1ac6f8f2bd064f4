// NonMaxSuppression-5 (hard NMS) lowered to scf loops and run by the JIT.
// RUN: ov-opt %s --ov-lower-to-llvm | %mlir_runner | FileCheck %s

// Boxes (corners, box 2 flipped): 0 = [0, 0, 1, 1] (0.9), 1 = [0, 0.1, 1,
// 1.1] (0.8, IoU 0.818 with box 0: suppressed), 2 = [1, 3, 0, 2] (0.7),
// 3 = [0, 4, 1, 5] (0.3, under the score threshold 0.4).
// CHECK: sizes = [2, 3]
// CHECK-NEXT: {{\[\[}}0, 0, 0],
// CHECK-NEXT: [0, 0, 2]]
// CHECK: sizes = [2, 3]
// CHECK-NEXT: {{\[\[}}0, 0, 0.9],
// CHECK-NEXT: [0, 0, 0.7]]
// CHECK: sizes = [1]
// CHECK-NEXT: [2]
// Two classes, one box each, in batch/class order (class 1 prefers box 1).
// CHECK: sizes = [2, 3]
// CHECK-NEXT: {{\[\[}}0, 0, 0],
// CHECK-NEXT: [0, 1, 1]]
// Two per class, all rows sorted by score (sort_result_descending).
// CHECK: sizes = [4, 3]
// CHECK-NEXT: {{\[\[}}0, 1, 1],
// CHECK-NEXT: [0, 0, 0],
// CHECK-NEXT: [0, 0, 2],
// CHECK-NEXT: [0, 1, 3]]
func.func @nms(%boxes: tensor<1x4x4xf32>, %scores: tensor<1x1x4xf32>, %scores2: tensor<1x2x4xf32>)
    -> (tensor<?x3xi32>, tensor<?x3xf32>, tensor<1xi32>, tensor<?x3xi32>, tensor<?x3xi32>) {
  %max = ov.constant dense<3> : tensor<i64>
  %iou = ov.constant dense<0.5> : tensor<f32>
  %th = ov.constant dense<0.4> : tensor<f32>
  %i, %s, %v = ov.non_max_suppression %boxes, %scores max_output_boxes_per_class %max iou_threshold %iou score_threshold %th {output_type = i32} : (tensor<1x4x4xf32>, tensor<1x1x4xf32>, tensor<i64>, tensor<f32>, tensor<f32>) -> (tensor<?x3xi32>, tensor<?x3xf32>, tensor<1xi32>)
  %one = ov.constant dense<1> : tensor<i64>
  %i2, %s2, %v2 = ov.non_max_suppression %boxes, %scores2 max_output_boxes_per_class %one iou_threshold %iou score_threshold %th {output_type = i32, sort_result_descending = false} : (tensor<1x4x4xf32>, tensor<1x2x4xf32>, tensor<i64>, tensor<f32>, tensor<f32>) -> (tensor<?x3xi32>, tensor<?x3xf32>, tensor<1xi32>)
  %two = ov.constant dense<2> : tensor<i64>
  %i3, %s3, %v3 = ov.non_max_suppression %boxes, %scores2 max_output_boxes_per_class %two iou_threshold %iou score_threshold %th {output_type = i32} : (tensor<1x4x4xf32>, tensor<1x2x4xf32>, tensor<i64>, tensor<f32>, tensor<f32>) -> (tensor<?x3xi32>, tensor<?x3xf32>, tensor<1xi32>)
  return %i, %s, %v, %i2, %i3 : tensor<?x3xi32>, tensor<?x3xf32>, tensor<1xi32>, tensor<?x3xi32>, tensor<?x3xi32>
}

func.func @main() {
  %boxes = arith.constant dense<[[[0.0, 0.0, 1.0, 1.0], [0.0, 0.1, 1.0, 1.1], [1.0, 3.0, 0.0, 2.0], [0.0, 4.0, 1.0, 5.0]]]> : tensor<1x4x4xf32>
  %scores = arith.constant dense<[[[0.9, 0.8, 0.7, 0.3]]]> : tensor<1x1x4xf32>
  %scores2 = arith.constant dense<[[[0.9, 0.8, 0.7, 0.3], [0.1, 0.95, 0.2, 0.5]]]> : tensor<1x2x4xf32>
  %i, %s, %v, %i2, %i3 = call @nms(%boxes, %scores, %scores2) : (tensor<1x4x4xf32>, tensor<1x1x4xf32>, tensor<1x2x4xf32>) -> (tensor<?x3xi32>, tensor<?x3xf32>, tensor<1xi32>, tensor<?x3xi32>, tensor<?x3xi32>)
  %iu = tensor.cast %i : tensor<?x3xi32> to tensor<*xi32>
  call @printMemrefI32(%iu) : (tensor<*xi32>) -> ()
  %su = tensor.cast %s : tensor<?x3xf32> to tensor<*xf32>
  call @printMemrefF32(%su) : (tensor<*xf32>) -> ()
  %vu = tensor.cast %v : tensor<1xi32> to tensor<*xi32>
  call @printMemrefI32(%vu) : (tensor<*xi32>) -> ()
  %i2u = tensor.cast %i2 : tensor<?x3xi32> to tensor<*xi32>
  call @printMemrefI32(%i2u) : (tensor<*xi32>) -> ()
  %i3u = tensor.cast %i3 : tensor<?x3xi32> to tensor<*xi32>
  call @printMemrefI32(%i3u) : (tensor<*xi32>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>)
func.func private @printMemrefI32(tensor<*xi32>)
