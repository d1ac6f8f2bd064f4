// ov-fold-channel-scales: a blocked 1x1 layer whose input is a plane scaled
// per channel (squeeze-excite) reads the plane with its filter scaled.
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-fold-channel-scales))' | FileCheck %s

// CHECK-DAG: #[[ID4:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-DAG: #[[PER_CHANNEL:.*]] = affine_map<(d0, d1, d2, d3) -> (d1, d2)>

// A 24x24 plane of 96 channels into 32: the filter (3072 values) is scaled
// instead of the plane (55296), w'[fb, cb, ci, fi] = w[...] * s[cb, ci].
// CHECK-LABEL: func.func @scaled_projection
// CHECK-SAME: (%[[X:.*]]: tensor<1x3x24x24x32xf32>, %[[S:.*]]: tensor<1x3x1x1x32xf32>, %[[W:.*]]: tensor<1x3x32x32xf32>, %[[ACC:.*]]: tensor<1x1x576x32xf32>)
// CHECK: %[[SCALES:.*]] = tensor.collapse_shape %[[S]] {{\[\[}}0, 1], [2, 3, 4]] : tensor<1x3x1x1x32xf32> into tensor<3x32xf32>
// CHECK: %[[SCALED:.*]] = linalg.generic {indexing_maps = [#[[ID4]], #[[PER_CHANNEL]], #[[ID4]]]
// CHECK-SAME: ins(%[[W]], %[[SCALES]] : tensor<1x3x32x32xf32>, tensor<3x32xf32>)
// CHECK-NEXT: ^bb0(%[[A:.*]]: f32, %[[B:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: %[[P:.*]] = arith.mulf %[[A]], %[[B]] : f32
// CHECK-NEXT: linalg.yield %[[P]]
// CHECK: %[[PLANE:.*]] = tensor.collapse_shape %[[X]] {{\[\[}}0], [1], [2, 3], [4]]
// CHECK: linalg.generic
// CHECK-SAME: ins(%[[PLANE]], %[[SCALED]] : tensor<1x3x576x32xf32>, tensor<1x3x32x32xf32>) outs(%[[ACC]]
// CHECK-NOT: linalg.generic
func.func @scaled_projection(%x: tensor<1x3x24x24x32xf32>, %s: tensor<1x3x1x1x32xf32>, %w: tensor<1x3x32x32xf32>, %acc: tensor<1x1x576x32xf32>) -> (tensor<1x1x576x32xf32>) {
  %e = tensor.empty() : tensor<1x3x24x24x32xf32>
  %scaled = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%s, %x : tensor<1x3x1x1x32xf32>, tensor<1x3x24x24x32xf32>) outs(%e : tensor<1x3x24x24x32xf32>) {
  ^bb0(%a: f32, %v: f32, %o: f32):
    %m = arith.mulf %a, %v : f32
    linalg.yield %m : f32
  } -> tensor<1x3x24x24x32xf32>
  %c = tensor.collapse_shape %scaled [[0], [1], [2, 3], [4]] : tensor<1x3x24x24x32xf32> into tensor<1x3x576x32xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>, affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>, affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%c, %w : tensor<1x3x576x32xf32>, tensor<1x3x32x32xf32>) outs(%acc : tensor<1x1x576x32xf32>) {
  ^bb0(%a: f32, %v: f32, %o: f32):
    %m = arith.mulf %a, %v : f32
    %sum = arith.addf %o, %m : f32
    linalg.yield %sum : f32
  } -> tensor<1x1x576x32xf32>
  return %r : tensor<1x1x576x32xf32>
}

// Not folded: a 4x4 plane has fewer values (1536) than the filter.
// CHECK-LABEL: func.func @large_filter
// CHECK: linalg.generic {{.*}} ins(%{{.*}}, %{{.*}} : tensor<1x3x1x1x32xf32>, tensor<1x3x4x4x32xf32>)
// CHECK: tensor.collapse_shape
// CHECK: linalg.generic {{.*}} ins(%{{.*}}, %arg2 :
func.func @large_filter(%x: tensor<1x3x4x4x32xf32>, %s: tensor<1x3x1x1x32xf32>, %w: tensor<1x3x32x32xf32>, %acc: tensor<1x1x16x32xf32>) -> (tensor<1x1x16x32xf32>) {
  %e = tensor.empty() : tensor<1x3x4x4x32xf32>
  %scaled = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%s, %x : tensor<1x3x1x1x32xf32>, tensor<1x3x4x4x32xf32>) outs(%e : tensor<1x3x4x4x32xf32>) {
  ^bb0(%a: f32, %v: f32, %o: f32):
    %m = arith.mulf %a, %v : f32
    linalg.yield %m : f32
  } -> tensor<1x3x4x4x32xf32>
  %c = tensor.collapse_shape %scaled [[0], [1], [2, 3], [4]] : tensor<1x3x4x4x32xf32> into tensor<1x3x16x32xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>, affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>, affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%c, %w : tensor<1x3x16x32xf32>, tensor<1x3x32x32xf32>) outs(%acc : tensor<1x1x16x32xf32>) {
  ^bb0(%a: f32, %v: f32, %o: f32):
    %m = arith.mulf %a, %v : f32
    %sum = arith.addf %o, %m : f32
    linalg.yield %sum : f32
  } -> tensor<1x1x16x32xf32>
  return %r : tensor<1x1x16x32xf32>
}

// Not folded: each image of the batch has its own scales, one filter cannot
// hold them.
// CHECK-LABEL: func.func @per_image_scale
// CHECK: linalg.generic {{.*}} ins(%{{.*}}, %{{.*}} : tensor<2x3x1x1x32xf32>, tensor<2x3x24x24x32xf32>)
// CHECK: linalg.generic {{.*}} ins(%{{.*}}, %arg2 :
func.func @per_image_scale(%x: tensor<2x3x24x24x32xf32>, %s: tensor<2x3x1x1x32xf32>, %w: tensor<1x3x32x32xf32>, %acc: tensor<2x1x576x32xf32>) -> (tensor<2x1x576x32xf32>) {
  %e = tensor.empty() : tensor<2x3x24x24x32xf32>
  %scaled = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, 0, 0, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%s, %x : tensor<2x3x1x1x32xf32>, tensor<2x3x24x24x32xf32>) outs(%e : tensor<2x3x24x24x32xf32>) {
  ^bb0(%a: f32, %v: f32, %o: f32):
    %m = arith.mulf %a, %v : f32
    linalg.yield %m : f32
  } -> tensor<2x3x24x24x32xf32>
  %c = tensor.collapse_shape %scaled [[0], [1], [2, 3], [4]] : tensor<2x3x24x24x32xf32> into tensor<2x3x576x32xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>, affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>, affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%c, %w : tensor<2x3x576x32xf32>, tensor<1x3x32x32xf32>) outs(%acc : tensor<2x1x576x32xf32>) {
  ^bb0(%a: f32, %v: f32, %o: f32):
    %m = arith.mulf %a, %v : f32
    %sum = arith.addf %o, %m : f32
    linalg.yield %sum : f32
  } -> tensor<2x1x576x32xf32>
  return %r : tensor<2x1x576x32xf32>
}

// Not folded: the scaled plane is also a result, so it is written anyway.
// CHECK-LABEL: func.func @scaled_plane_returned
// CHECK: %[[SCALED_PLANE:.*]] = linalg.generic {{.*}} ins(%{{.*}}, %{{.*}} : tensor<1x3x1x1x32xf32>, tensor<1x3x24x24x32xf32>)
// CHECK: linalg.generic {{.*}} ins(%{{.*}}, %arg2 :
// CHECK: return %{{.*}}, %[[SCALED_PLANE]]
func.func @scaled_plane_returned(%x: tensor<1x3x24x24x32xf32>, %s: tensor<1x3x1x1x32xf32>, %w: tensor<1x3x32x32xf32>, %acc: tensor<1x1x576x32xf32>) -> (tensor<1x1x576x32xf32>, tensor<1x3x24x24x32xf32>) {
  %e = tensor.empty() : tensor<1x3x24x24x32xf32>
  %scaled = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%s, %x : tensor<1x3x1x1x32xf32>, tensor<1x3x24x24x32xf32>) outs(%e : tensor<1x3x24x24x32xf32>) {
  ^bb0(%a: f32, %v: f32, %o: f32):
    %m = arith.mulf %a, %v : f32
    linalg.yield %m : f32
  } -> tensor<1x3x24x24x32xf32>
  %c = tensor.collapse_shape %scaled [[0], [1], [2, 3], [4]] : tensor<1x3x24x24x32xf32> into tensor<1x3x576x32xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>, affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>, affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%c, %w : tensor<1x3x576x32xf32>, tensor<1x3x32x32xf32>) outs(%acc : tensor<1x1x576x32xf32>) {
  ^bb0(%a: f32, %v: f32, %o: f32):
    %m = arith.mulf %a, %v : f32
    %sum = arith.addf %o, %m : f32
    linalg.yield %sum : f32
  } -> tensor<1x1x576x32xf32>
  return %r, %scaled : tensor<1x1x576x32xf32>, tensor<1x3x24x24x32xf32>
}

// Not folded: the scales' tensor holds more than one image's (the product
// reads the first), which the filter's [C / B, B] scales cannot view.
// CHECK-LABEL: func.func @scales_of_other_images
// CHECK: linalg.generic {{.*}} ins(%{{.*}}, %{{.*}} : tensor<2x3x1x1x32xf32>, tensor<1x3x24x24x32xf32>)
// CHECK: linalg.generic {{.*}} ins(%{{.*}}, %arg2 :
func.func @scales_of_other_images(%x: tensor<1x3x24x24x32xf32>, %s: tensor<2x3x1x1x32xf32>, %w: tensor<1x3x32x32xf32>, %acc: tensor<1x1x576x32xf32>) -> (tensor<1x1x576x32xf32>) {
  %e = tensor.empty() : tensor<1x3x24x24x32xf32>
  %scaled = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%s, %x : tensor<2x3x1x1x32xf32>, tensor<1x3x24x24x32xf32>) outs(%e : tensor<1x3x24x24x32xf32>) {
  ^bb0(%a: f32, %v: f32, %o: f32):
    %m = arith.mulf %a, %v : f32
    linalg.yield %m : f32
  } -> tensor<1x3x24x24x32xf32>
  %c = tensor.collapse_shape %scaled [[0], [1], [2, 3], [4]] : tensor<1x3x24x24x32xf32> into tensor<1x3x576x32xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>, affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>, affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%c, %w : tensor<1x3x576x32xf32>, tensor<1x3x32x32xf32>) outs(%acc : tensor<1x1x576x32xf32>) {
  ^bb0(%a: f32, %v: f32, %o: f32):
    %m = arith.mulf %a, %v : f32
    %sum = arith.addf %o, %m : f32
    linalg.yield %sum : f32
  } -> tensor<1x1x576x32xf32>
  return %r : tensor<1x1x576x32xf32>
}
