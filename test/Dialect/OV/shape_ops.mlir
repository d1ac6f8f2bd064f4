// RUN: ov-opt %s | ov-opt | FileCheck %s

// CHECK-LABEL: func @reshape
// CHECK: ov.reshape %{{.*}}, %{{.*}} {special_zero = true} : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<2x12xf32>
// CHECK: ov.reshape %{{.*}}, %{{.*}} {special_zero = false} : (tensor<?x4xf32>, tensor<3xi32>) -> tensor<?x?x?xf32>
func.func @reshape(%x: tensor<2x3x4xf32>, %s: tensor<2xi64>, %y: tensor<?x4xf32>, %t: tensor<3xi32>) -> (tensor<2x12xf32>, tensor<?x?x?xf32>) {
  %0 = ov.reshape %x, %s {special_zero = true} : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<2x12xf32>
  %1 = ov.reshape %y, %t {special_zero = false} : (tensor<?x4xf32>, tensor<3xi32>) -> tensor<?x?x?xf32>
  return %0, %1 : tensor<2x12xf32>, tensor<?x?x?xf32>
}

// CHECK-LABEL: func @transpose
// CHECK: ov.transpose %{{.*}}, %{{.*}} : (tensor<1x3x8x8xf32>, tensor<4xi64>) -> tensor<1x8x8x3xf32>
func.func @transpose(%x: tensor<1x3x8x8xf32>, %o: tensor<4xi64>) -> tensor<1x8x8x3xf32> {
  %0 = ov.transpose %x, %o : (tensor<1x3x8x8xf32>, tensor<4xi64>) -> tensor<1x8x8x3xf32>
  return %0 : tensor<1x8x8x3xf32>
}

// CHECK-LABEL: func @squeeze_unsqueeze
// CHECK: ov.squeeze %{{.*}} : (tensor<1x3x1xf32>) -> tensor<3xf32>
// CHECK: ov.squeeze %{{.*}}, %{{.*}} : (tensor<1x3x1xf32>, tensor<1xi64>) -> tensor<3x1xf32>
// CHECK: ov.unsqueeze %{{.*}}, %{{.*}} : (tensor<3xf32>, tensor<1xi64>) -> tensor<1x3xf32>
func.func @squeeze_unsqueeze(%x: tensor<1x3x1xf32>, %a: tensor<1xi64>, %y: tensor<3xf32>) -> (tensor<3xf32>, tensor<3x1xf32>, tensor<1x3xf32>) {
  %0 = ov.squeeze %x : (tensor<1x3x1xf32>) -> tensor<3xf32>
  %1 = ov.squeeze %x, %a : (tensor<1x3x1xf32>, tensor<1xi64>) -> tensor<3x1xf32>
  %2 = ov.unsqueeze %y, %a : (tensor<3xf32>, tensor<1xi64>) -> tensor<1x3xf32>
  return %0, %1, %2 : tensor<3xf32>, tensor<3x1xf32>, tensor<1x3xf32>
}

// CHECK-LABEL: func @concat_split
// CHECK: ov.concat %{{.*}}, %{{.*}} {axis = -1 : i64} : (tensor<2x3xf32>, tensor<2x5xf32>) -> tensor<2x8xf32>
// CHECK: ov.split %{{.*}}, %{{.*}} {num_splits = 2 : i64} : (tensor<2x8xf32>, tensor<i64>) -> (tensor<2x4xf32>, tensor<2x4xf32>)
// CHECK: ov.variadic_split %{{.*}}, %{{.*}}, %{{.*}} : (tensor<2x8xf32>, tensor<i64>, tensor<3xi64>) -> (tensor<2x?xf32>, tensor<2x?xf32>, tensor<2x?xf32>)
func.func @concat_split(%a: tensor<2x3xf32>, %b: tensor<2x5xf32>, %axis: tensor<i64>, %lengths: tensor<3xi64>) -> (tensor<2x4xf32>, tensor<2x?xf32>) {
  %0 = ov.concat %a, %b {axis = -1 : i64} : (tensor<2x3xf32>, tensor<2x5xf32>) -> tensor<2x8xf32>
  %1:2 = ov.split %0, %axis {num_splits = 2 : i64} : (tensor<2x8xf32>, tensor<i64>) -> (tensor<2x4xf32>, tensor<2x4xf32>)
  %2:3 = ov.variadic_split %0, %axis, %lengths : (tensor<2x8xf32>, tensor<i64>, tensor<3xi64>) -> (tensor<2x?xf32>, tensor<2x?xf32>, tensor<2x?xf32>)
  return %1#1, %2#2 : tensor<2x4xf32>, tensor<2x?xf32>
}

// CHECK-LABEL: func @tile_broadcast_pad
// CHECK: ov.tile %{{.*}}, %{{.*}} : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<?x?xf32>
// CHECK: ov.broadcast %{{.*}}, %{{.*}} : (tensor<3xf32>, tensor<2xi64>) -> tensor<?x3xf32>
// CHECK: ov.broadcast %{{.*}}, %{{.*}} {mode = #ov.broadcast_mode<bidirectional>} : (tensor<3xf32>, tensor<2xi64>) -> tensor<?x3xf32>
// CHECK: ov.broadcast %{{.*}}, %{{.*}}, %{{.*}} {mode = #ov.broadcast_mode<explicit>} : (tensor<3xf32>, tensor<2xi64>, tensor<1xi64>) -> tensor<?x?xf32>
// CHECK: ov.pad %{{.*}}, %{{.*}}, %{{.*}} {pad_mode = #ov.pad_mode<reflect>} : (tensor<2x3xf32>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x?xf32>
// CHECK: ov.pad %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} {pad_mode = #ov.pad_mode<constant>} : (tensor<2x3xf32>, tensor<2xi64>, tensor<2xi64>, tensor<f32>) -> tensor<?x?xf32>
func.func @tile_broadcast_pad(%x: tensor<2x3xf32>, %r: tensor<2xi64>, %v: tensor<3xf32>, %m: tensor<1xi64>, %pv: tensor<f32>) {
  %0 = ov.tile %x, %r : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  %1 = ov.broadcast %v, %r : (tensor<3xf32>, tensor<2xi64>) -> tensor<?x3xf32>
  %2 = ov.broadcast %v, %r {mode = #ov.broadcast_mode<bidirectional>} : (tensor<3xf32>, tensor<2xi64>) -> tensor<?x3xf32>
  %3 = ov.broadcast %v, %r, %m {mode = #ov.broadcast_mode<explicit>} : (tensor<3xf32>, tensor<2xi64>, tensor<1xi64>) -> tensor<?x?xf32>
  %4 = ov.pad %x, %r, %r {pad_mode = #ov.pad_mode<reflect>} : (tensor<2x3xf32>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x?xf32>
  %5 = ov.pad %x, %r, %r, %pv {pad_mode = #ov.pad_mode<constant>} : (tensor<2x3xf32>, tensor<2xi64>, tensor<2xi64>, tensor<f32>) -> tensor<?x?xf32>
  return
}

// CHECK-LABEL: func @shape_of_range
// CHECK: ov.shape_of %{{.*}} : tensor<?x3xf32> -> tensor<2xi64>
// CHECK: ov.shape_of %{{.*}} {output_type = i32} : tensor<*xf32> -> tensor<?xi32>
// CHECK: ov.range %{{.*}}, %{{.*}}, %{{.*}} {output_type = f32} : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<?xf32>
func.func @shape_of_range(%x: tensor<?x3xf32>, %u: tensor<*xf32>, %a: tensor<i64>) -> (tensor<2xi64>, tensor<?xi32>, tensor<?xf32>) {
  %0 = ov.shape_of %x : tensor<?x3xf32> -> tensor<2xi64>
  %1 = ov.shape_of %u {output_type = i32} : tensor<*xf32> -> tensor<?xi32>
  %2 = ov.range %a, %a, %a {output_type = f32} : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<?xf32>
  return %0, %1, %2 : tensor<2xi64>, tensor<?xi32>, tensor<?xf32>
}
