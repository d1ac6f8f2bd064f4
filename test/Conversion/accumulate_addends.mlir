// ov-accumulate-addends: an addition to a contraction's result becomes its initial value.
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-accumulate-addends))' | FileCheck %s

#id = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#channel = affine_map<(d0, d1, d2, d3) -> (0, d1, 0, 0)>

// A zero-filled convolution plus a per-channel bias: the convolution
// accumulates into the bias, broadcast by the same map; no addition is left.
// CHECK-LABEL: func.func @bias
// CHECK: %[[INIT:.*]] = linalg.generic {indexing_maps = [#[[CHANNEL:.*]], #{{.*}}], {{.*}} ins(%arg2 : tensor<1x8x1x1xf32>)
// CHECK-NEXT: ^bb0(%[[IN:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: linalg.yield %[[IN]]
// CHECK: %[[CONV:.*]] = linalg.conv_2d_nchw_fchw {{.*}} outs(%[[INIT]] : tensor<1x8x5x5xf32>)
// CHECK-NOT: arith.addf
// CHECK: return %[[CONV]]
func.func @bias(%x: tensor<1x4x7x7xf32>, %w: tensor<8x4x3x3xf32>, %b: tensor<1x8x1x1xf32>) -> tensor<1x8x5x5xf32> {
  %zero = arith.constant 0.0 : f32
  %empty = tensor.empty() : tensor<1x8x5x5xf32>
  %fill = linalg.fill ins(%zero : f32) outs(%empty : tensor<1x8x5x5xf32>) -> tensor<1x8x5x5xf32>
  %conv = linalg.conv_2d_nchw_fchw {strides = dense<1> : tensor<2xi64>, dilations = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x4x7x7xf32>, tensor<8x4x3x3xf32>) outs(%fill : tensor<1x8x5x5xf32>) -> tensor<1x8x5x5xf32>
  %sum = linalg.generic {indexing_maps = [#channel, #id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%b, %conv : tensor<1x8x1x1xf32>, tensor<1x8x5x5xf32>) outs(%empty : tensor<1x8x5x5xf32>) {
  ^bb0(%bias: f32, %acc: f32, %out: f32):
    %s = arith.addf %bias, %acc : f32
    linalg.yield %s : f32
  } -> tensor<1x8x5x5xf32>
  return %sum : tensor<1x8x5x5xf32>
}

// Any other initial value gets the addend added (a residual connection on
// top of an accumulated bias).
// CHECK-LABEL: func.func @residual
// CHECK: %[[INIT:.*]] = linalg.generic {{.*}} ins(%arg2, %arg3 : tensor<4x16xf32>, tensor<4x16xf32>)
// CHECK: arith.addf
// CHECK: %[[MM:.*]] = linalg.matmul ins(%arg0, %arg1 : tensor<4x8xf32>, tensor<8x16xf32>) outs(%[[INIT]] : tensor<4x16xf32>)
// CHECK: return %[[MM]]
func.func @residual(%a: tensor<4x8xf32>, %b: tensor<8x16xf32>, %init: tensor<4x16xf32>, %r: tensor<4x16xf32>) -> tensor<4x16xf32> {
  %mm = linalg.matmul ins(%a, %b : tensor<4x8xf32>, tensor<8x16xf32>) outs(%init : tensor<4x16xf32>) -> tensor<4x16xf32>
  %empty = tensor.empty() : tensor<4x16xf32>
  %sum = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%mm, %r : tensor<4x16xf32>, tensor<4x16xf32>) outs(%empty : tensor<4x16xf32>) {
  ^bb0(%x: f32, %y: f32, %out: f32):
    %s = arith.addf %x, %y : f32
    linalg.yield %s : f32
  } -> tensor<4x16xf32>
  return %sum : tensor<4x16xf32>
}

// Left alone: a result with another user (it would be changed for that
// user too), a subtraction, and a max pooling (it does not sum into its
// initial value).
// CHECK-LABEL: func.func @other_user
// CHECK: linalg.matmul ins(%arg0, %arg1 : tensor<4x8xf32>, tensor<8x16xf32>) outs(%arg2 : tensor<4x16xf32>)
// CHECK: arith.addf
func.func @other_user(%a: tensor<4x8xf32>, %b: tensor<8x16xf32>, %init: tensor<4x16xf32>, %r: tensor<4x16xf32>) -> (tensor<4x16xf32>, tensor<4x16xf32>) {
  %mm = linalg.matmul ins(%a, %b : tensor<4x8xf32>, tensor<8x16xf32>) outs(%init : tensor<4x16xf32>) -> tensor<4x16xf32>
  %empty = tensor.empty() : tensor<4x16xf32>
  %sum = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%mm, %r : tensor<4x16xf32>, tensor<4x16xf32>) outs(%empty : tensor<4x16xf32>) {
  ^bb0(%x: f32, %y: f32, %out: f32):
    %s = arith.addf %x, %y : f32
    linalg.yield %s : f32
  } -> tensor<4x16xf32>
  return %sum, %mm : tensor<4x16xf32>, tensor<4x16xf32>
}
// CHECK-LABEL: func.func @subtraction
// CHECK: linalg.matmul ins(%arg0, %arg1 : tensor<4x8xf32>, tensor<8x16xf32>) outs(%arg2 : tensor<4x16xf32>)
// CHECK: arith.subf
func.func @subtraction(%a: tensor<4x8xf32>, %b: tensor<8x16xf32>, %init: tensor<4x16xf32>, %r: tensor<4x16xf32>) -> tensor<4x16xf32> {
  %mm = linalg.matmul ins(%a, %b : tensor<4x8xf32>, tensor<8x16xf32>) outs(%init : tensor<4x16xf32>) -> tensor<4x16xf32>
  %empty = tensor.empty() : tensor<4x16xf32>
  %sum = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%mm, %r : tensor<4x16xf32>, tensor<4x16xf32>) outs(%empty : tensor<4x16xf32>) {
  ^bb0(%x: f32, %y: f32, %out: f32):
    %s = arith.subf %x, %y : f32
    linalg.yield %s : f32
  } -> tensor<4x16xf32>
  return %sum : tensor<4x16xf32>
}
// CHECK-LABEL: func.func @max_pool
// CHECK: linalg.pooling_nchw_max {{.*}} outs(%arg2 : tensor<1x4x3x3xf32>)
// CHECK: arith.addf
func.func @max_pool(%x: tensor<1x4x6x6xf32>, %window: tensor<2x2xf32>, %init: tensor<1x4x3x3xf32>, %r: tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32> {
  %pool = linalg.pooling_nchw_max {strides = dense<2> : tensor<2xi64>, dilations = dense<1> : tensor<2xi64>} ins(%x, %window : tensor<1x4x6x6xf32>, tensor<2x2xf32>) outs(%init : tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
  %empty = tensor.empty() : tensor<1x4x3x3xf32>
  %sum = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%pool, %r : tensor<1x4x3x3xf32>, tensor<1x4x3x3xf32>) outs(%empty : tensor<1x4x3x3xf32>) {
  ^bb0(%p: f32, %y: f32, %out: f32):
    %s = arith.addf %p, %y : f32
    linalg.yield %s : f32
  } -> tensor<1x4x3x3xf32>
  return %sum : tensor<1x4x3x3xf32>
}
