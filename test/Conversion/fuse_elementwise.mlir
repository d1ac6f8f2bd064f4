// ov-fuse-elementwise: chains of elementwise ops become one op.
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-fuse-elementwise))' | FileCheck %s

#id = affine_map<(d0, d1) -> (d0, d1)>

// add then max(., 0): one generic computing both.
// CHECK-LABEL: func.func @add_relu
// CHECK: linalg.generic
// CHECK: arith.addf
// CHECK-NEXT: arith.maximumf
// CHECK-NOT: linalg.generic
// CHECK: return
func.func @add_relu(%a: tensor<4x16xf32>, %b: tensor<4x16xf32>) -> tensor<4x16xf32> {
  %zero = arith.constant 0.0 : f32
  %empty = tensor.empty() : tensor<4x16xf32>
  %sum = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]} ins(%a, %b : tensor<4x16xf32>, tensor<4x16xf32>) outs(%empty : tensor<4x16xf32>) {
  ^bb0(%x: f32, %y: f32, %out: f32):
    %s = arith.addf %x, %y : f32
    linalg.yield %s : f32
  } -> tensor<4x16xf32>
  %relu = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%sum : tensor<4x16xf32>) outs(%empty : tensor<4x16xf32>) {
  ^bb0(%x: f32, %out: f32):
    %m = arith.maximumf %x, %zero : f32
    linalg.yield %m : f32
  } -> tensor<4x16xf32>
  return %relu : tensor<4x16xf32>
}

// Not merged: a producer with two users, and a producer of a contraction's
// operand (an im2col-like copy would be recomputed for every output).
// CHECK-LABEL: func.func @two_users
// CHECK-COUNT-3: linalg.generic
func.func @two_users(%a: tensor<4x16xf32>) -> (tensor<4x16xf32>, tensor<4x16xf32>) {
  %empty = tensor.empty() : tensor<4x16xf32>
  %exp = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%a : tensor<4x16xf32>) outs(%empty : tensor<4x16xf32>) {
  ^bb0(%x: f32, %out: f32):
    %e = math.exp %x : f32
    linalg.yield %e : f32
  } -> tensor<4x16xf32>
  %neg = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%exp : tensor<4x16xf32>) outs(%empty : tensor<4x16xf32>) {
  ^bb0(%x: f32, %out: f32):
    %n = arith.negf %x : f32
    linalg.yield %n : f32
  } -> tensor<4x16xf32>
  %abs = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%exp : tensor<4x16xf32>) outs(%empty : tensor<4x16xf32>) {
  ^bb0(%x: f32, %out: f32):
    %n = math.absf %x : f32
    linalg.yield %n : f32
  } -> tensor<4x16xf32>
  return %neg, %abs : tensor<4x16xf32>, tensor<4x16xf32>
}
// CHECK-LABEL: func.func @contraction_operand
// CHECK: math.exp
// CHECK: linalg.matmul
func.func @contraction_operand(%a: tensor<4x8xf32>, %b: tensor<8x16xf32>, %init: tensor<4x16xf32>) -> tensor<4x16xf32> {
  %empty = tensor.empty() : tensor<4x8xf32>
  %exp = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%a : tensor<4x8xf32>) outs(%empty : tensor<4x8xf32>) {
  ^bb0(%x: f32, %out: f32):
    %e = math.exp %x : f32
    linalg.yield %e : f32
  } -> tensor<4x8xf32>
  %mm = linalg.matmul ins(%exp, %b : tensor<4x8xf32>, tensor<8x16xf32>) outs(%init : tensor<4x16xf32>) -> tensor<4x16xf32>
  return %mm : tensor<4x16xf32>
}

// Not merged: a producer the consumer broadcasts (a squeeze-excite scale):
// merged, the sigmoid of 4 values would be computed for each of 256 points.
// CHECK-LABEL: func.func @broadcast_producer
// CHECK: linalg.generic
// CHECK-SAME: ins(%arg0 : tensor<1x4x1x1xf32>)
// CHECK: math.exp
// CHECK: arith.divf
// CHECK: linalg.yield
// CHECK: linalg.generic
// CHECK-NOT: math.exp
// CHECK: arith.mulf
// CHECK-NEXT: linalg.yield
#nchw = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#per_channel = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, 0)>
func.func @broadcast_producer(%s: tensor<1x4x1x1xf32>, %x: tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32> {
  %one = arith.constant 1.0 : f32
  %empty_s = tensor.empty() : tensor<1x4x1x1xf32>
  %sigmoid = linalg.generic {indexing_maps = [#nchw, #nchw], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s : tensor<1x4x1x1xf32>) outs(%empty_s : tensor<1x4x1x1xf32>) {
  ^bb0(%v: f32, %out: f32):
    %n = arith.negf %v : f32
    %e = math.exp %n : f32
    %d = arith.addf %e, %one : f32
    %r = arith.divf %one, %d : f32
    linalg.yield %r : f32
  } -> tensor<1x4x1x1xf32>
  %empty = tensor.empty() : tensor<1x4x8x8xf32>
  %scaled = linalg.generic {indexing_maps = [#per_channel, #nchw, #nchw], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%sigmoid, %x : tensor<1x4x1x1xf32>, tensor<1x4x8x8xf32>) outs(%empty : tensor<1x4x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %out: f32):
    %m = arith.mulf %a, %b : f32
    linalg.yield %m : f32
  } -> tensor<1x4x8x8xf32>
  return %scaled : tensor<1x4x8x8xf32>
}
