// RUN: ov-opt %s --ov-infer-shapes --split-input-file | FileCheck %s

// Reshape: constant shapes give static types (special_zero copies, -1 is
// inferred, copied dynamic dims cancel out); a ShapeOf shape (not constant)
// gives dynamic dims of the right rank; an unranked input still takes the
// constant shape's rank.
// CHECK-LABEL: func @reshape
// CHECK-SAME: -> (tensor<2x12xf32>, tensor<?x12xf32>, tensor<?x12xf32>, tensor<?x?x?xf32>, tensor<?x12xf32>)
// CHECK: ov.reshape {{.*}} -> tensor<2x12xf32>
// CHECK: ov.reshape {{.*}} -> tensor<?x12xf32>
// CHECK: ov.reshape {{.*}} -> tensor<?x12xf32>
// CHECK: ov.shape_of {{.*}} -> tensor<3xi64>
// CHECK: ov.reshape {{.*}} -> tensor<?x?x?xf32>
// CHECK: ov.reshape {{.*}} -> tensor<?x12xf32>
func.func @reshape(%x: tensor<2x3x4xf32>, %d: tensor<?x3x4xf32>, %u: tensor<*xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %s = ov.constant dense<[0, -1]> : tensor<2xi64>
  %0 = ov.reshape %x, %s {special_zero = true} : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<*xf32>
  %1 = ov.reshape %d, %s {special_zero = true} : (tensor<?x3x4xf32>, tensor<2xi64>) -> tensor<*xf32>
  %t = ov.constant dense<[-1, 12]> : tensor<2xi64>
  %2 = ov.reshape %d, %t {special_zero = false} : (tensor<?x3x4xf32>, tensor<2xi64>) -> tensor<*xf32>
  %shape = ov.shape_of %x : tensor<2x3x4xf32> -> tensor<*xi64>
  %3 = ov.reshape %u, %shape {special_zero = false} : (tensor<*xf32>, tensor<*xi64>) -> tensor<*xf32>
  %4 = ov.reshape %u, %t {special_zero = false} : (tensor<*xf32>, tensor<2xi64>) -> tensor<*xf32>
  return %0, %1, %2, %3, %4 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// -----

// Transpose: constant and empty (reverse) orders permute dims; a
// non-constant order keeps only the rank.
// CHECK-LABEL: func @transpose
// CHECK-SAME: -> (tensor<1x?x8x3xf32>, tensor<8x?x3x1xf32>, tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>, tensor<*xf32>)
// CHECK: ov.transpose {{.*}} -> tensor<1x?x8x3xf32>
// CHECK: ov.transpose {{.*}} -> tensor<8x?x3x1xf32>
// CHECK: ov.transpose {{.*}} -> tensor<?x?x?x?xf32>
// CHECK: ov.transpose {{.*}} -> tensor<?x?x?x?xf32>
// CHECK: ov.transpose {{.*}} -> tensor<*xf32>
func.func @transpose(%x: tensor<1x3x?x8xf32>, %u: tensor<*xf32>, %o: tensor<4xi64>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %perm = ov.constant dense<[0, 2, 3, 1]> : tensor<4xi64>
  %empty = ov.constant dense<> : tensor<0xi64>
  %0 = ov.transpose %x, %perm : (tensor<1x3x?x8xf32>, tensor<4xi64>) -> tensor<*xf32>
  %1 = ov.transpose %x, %empty : (tensor<1x3x?x8xf32>, tensor<0xi64>) -> tensor<*xf32>
  %2 = ov.transpose %x, %o : (tensor<1x3x?x8xf32>, tensor<4xi64>) -> tensor<*xf32>
  %3 = ov.transpose %u, %perm : (tensor<*xf32>, tensor<4xi64>) -> tensor<*xf32>
  %4 = ov.transpose %u, %empty : (tensor<*xf32>, tensor<0xi64>) -> tensor<*xf32>
  return %0, %1, %2, %3, %4 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// -----

// Squeeze: constant axes remove size-1 (or dynamic) dims; without axes a
// dynamic dim makes the rank unknown; non-constant axes too.
// CHECK-LABEL: func @squeeze
// CHECK-SAME: -> (tensor<3x?xf32>, tensor<*xf32>, tensor<3xf32>, tensor<1x3x1xf32>, tensor<*xf32>, tensor<*xf32>)
// CHECK: ov.squeeze {{.*}} -> tensor<3x?xf32>
// CHECK: ov.squeeze {{.*}} -> tensor<*xf32>
// CHECK: ov.squeeze {{.*}} -> tensor<3xf32>
// CHECK: ov.squeeze {{.*}} -> tensor<1x3x1xf32>
// CHECK: ov.squeeze {{.*}} -> tensor<*xf32>
// CHECK: ov.squeeze {{.*}} -> tensor<*xf32>
func.func @squeeze(%x: tensor<1x3x1x?xf32>, %s: tensor<1x3x1xf32>, %u: tensor<*xf32>, %a: tensor<1xi64>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %axes = ov.constant dense<[0, -2]> : tensor<2xi64>
  %dyn = ov.constant dense<3> : tensor<i64>
  %0 = ov.squeeze %x, %axes : (tensor<1x3x1x?xf32>, tensor<2xi64>) -> tensor<*xf32>
  %1 = ov.squeeze %x : (tensor<1x3x1x?xf32>) -> tensor<*xf32>
  %2 = ov.squeeze %s : (tensor<1x3x1xf32>) -> tensor<*xf32>
  %3 = ov.squeeze %x, %dyn : (tensor<1x3x1x?xf32>, tensor<i64>) -> tensor<*xf32>
  %4 = ov.squeeze %x, %a : (tensor<1x3x1x?xf32>, tensor<1xi64>) -> tensor<*xf32>
  %5 = ov.squeeze %u, %axes : (tensor<*xf32>, tensor<2xi64>) -> tensor<*xf32>
  return %0, %1, %2, %3, %4, %5 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// -----

// Squeeze with run-time axes where the input leaves no choice: a static input
// with a single size-1 dim (every axis must name it, even repeated), or axes
// of static length 0 (all size-1 dims go). Two size-1 dims or a dynamic dim
// (which may be 1) keep the rank unknown.
// CHECK-LABEL: func @squeeze_runtime_axes
// CHECK-SAME: -> (tensor<3x4xf32>, tensor<3x4xf32>, tensor<3xf32>, tensor<*xf32>, tensor<*xf32>)
func.func @squeeze_runtime_axes(%x: tensor<3x1x4xf32>, %y: tensor<1x3x1xf32>, %z: tensor<1x?xf32>, %a: tensor<1xi64>, %b: tensor<2xi32>, %e: tensor<0xi64>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %0 = ov.squeeze %x, %a : (tensor<3x1x4xf32>, tensor<1xi64>) -> tensor<*xf32>
  %1 = ov.squeeze %x, %b : (tensor<3x1x4xf32>, tensor<2xi32>) -> tensor<*xf32>
  %2 = ov.squeeze %y, %e : (tensor<1x3x1xf32>, tensor<0xi64>) -> tensor<*xf32>
  %3 = ov.squeeze %y, %a : (tensor<1x3x1xf32>, tensor<1xi64>) -> tensor<*xf32>
  %4 = ov.squeeze %z, %a : (tensor<1x?xf32>, tensor<1xi64>) -> tensor<*xf32>
  return %0, %1, %2, %3, %4 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// -----

// Unsqueeze: constant axes (negative ones count in the output rank); a
// non-constant axes tensor of static length only gives the rank.
// CHECK-LABEL: func @unsqueeze
// CHECK-SAME: -> (tensor<1x3x?x1xf32>, tensor<3x1x?xf32>, tensor<?x?x?x?xf32>, tensor<*xf32>)
// CHECK: ov.unsqueeze {{.*}} -> tensor<1x3x?x1xf32>
// CHECK: ov.unsqueeze {{.*}} -> tensor<3x1x?xf32>
// CHECK: ov.unsqueeze {{.*}} -> tensor<?x?x?x?xf32>
// CHECK: ov.unsqueeze {{.*}} -> tensor<*xf32>
func.func @unsqueeze(%x: tensor<3x?xf32>, %u: tensor<*xf32>, %a: tensor<2xi64>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %axes = ov.constant dense<[0, -1]> : tensor<2xi64>
  %one = ov.constant dense<1> : tensor<i64>
  %0 = ov.unsqueeze %x, %axes : (tensor<3x?xf32>, tensor<2xi64>) -> tensor<*xf32>
  %1 = ov.unsqueeze %x, %one : (tensor<3x?xf32>, tensor<i64>) -> tensor<*xf32>
  %2 = ov.unsqueeze %x, %a : (tensor<3x?xf32>, tensor<2xi64>) -> tensor<*xf32>
  %3 = ov.unsqueeze %u, %axes : (tensor<*xf32>, tensor<2xi64>) -> tensor<*xf32>
  return %0, %1, %2, %3 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// -----

// Concat: axis sizes add up, other dims merge; unranked inputs make the
// axis size unknown.
// CHECK-LABEL: func @concat
// CHECK-SAME: -> (tensor<2x?xf32>, tensor<2x8xf32>, tensor<?x3xf32>, tensor<*xf32>)
// CHECK: ov.concat {{.*}} -> tensor<2x?xf32>
// CHECK: ov.concat {{.*}} -> tensor<2x8xf32>
// CHECK: ov.concat {{.*}} -> tensor<?x3xf32>
// CHECK: ov.concat {{.*}} -> tensor<*xf32>
func.func @concat(%a: tensor<2x3xf32>, %b: tensor<?x5xf32>, %c: tensor<2x?xf32>, %u: tensor<*xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %0 = ov.concat %a, %c {axis = -1 : i64} : (tensor<2x3xf32>, tensor<2x?xf32>) -> tensor<*xf32>
  %1 = ov.concat %a, %b {axis = 1 : i64} : (tensor<2x3xf32>, tensor<?x5xf32>) -> tensor<*xf32>
  %2 = ov.concat %c, %u, %a {axis = 0 : i64} : (tensor<2x?xf32>, tensor<*xf32>, tensor<2x3xf32>) -> tensor<*xf32>
  %3 = ov.concat %u, %u {axis = 0 : i64} : (tensor<*xf32>, tensor<*xf32>) -> tensor<*xf32>
  return %0, %1, %2, %3 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// -----

// Split: equal parts along a constant axis; unknown axis keeps the rank.
// CHECK-LABEL: func @split
// CHECK-SAME: -> (tensor<2x?x2xf32>, tensor<2x?x6xf32>, tensor<2x?x6xf32>, tensor<?x?x?xf32>, tensor<*xf32>, tensor<2x?x2xf32>)
// CHECK: ov.split {{.*}} -> (tensor<2x?x2xf32>, tensor<2x?x2xf32>, tensor<2x?x2xf32>)
// CHECK: ov.split {{.*}} -> (tensor<2x?x6xf32>, tensor<2x?x6xf32>)
// CHECK: ov.split {{.*}} -> tensor<?x?x?xf32>
// CHECK: ov.split {{.*}} -> tensor<*xf32>
func.func @split(%x: tensor<2x?x6xf32>, %u: tensor<*xf32>, %ax: tensor<i64>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %axis = ov.constant dense<-1> : tensor<i64>
  %0:3 = ov.split %x, %axis {num_splits = 3 : i64} : (tensor<2x?x6xf32>, tensor<i64>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>)
  %axis1 = ov.constant dense<1> : tensor<i64>
  %1:2 = ov.split %x, %axis1 {num_splits = 2 : i64} : (tensor<2x?x6xf32>, tensor<i64>) -> (tensor<*xf32>, tensor<*xf32>)
  %2 = ov.split %x, %ax {num_splits = 1 : i64} : (tensor<2x?x6xf32>, tensor<i64>) -> tensor<*xf32>
  %3 = ov.split %u, %axis {num_splits = 1 : i64} : (tensor<*xf32>, tensor<i64>) -> tensor<*xf32>
  return %0#2, %1#0, %1#1, %2, %3, %0#0 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// -----

// VariadicSplit: -1 takes the rest when the axis size is known.
// CHECK-LABEL: func @variadic_split
// CHECK-SAME: -> (tensor<2x3xf32>, tensor<2x5xf32>, tensor<2x2xf32>, tensor<2x?xf32>, tensor<2x2xf32>, tensor<2x?xf32>)
// CHECK: ov.variadic_split {{.*}} -> (tensor<2x3xf32>, tensor<2x5xf32>, tensor<2x2xf32>)
// CHECK: ov.variadic_split {{.*}} -> (tensor<2x3xf32>, tensor<2x?xf32>, tensor<2x2xf32>)
// CHECK: ov.variadic_split {{.*}} -> (tensor<2x?xf32>, tensor<2x?xf32>)
func.func @variadic_split(%x: tensor<2x10xf32>, %d: tensor<2x?xf32>, %l: tensor<2xi64>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %axis = ov.constant dense<1> : tensor<i64>
  %lengths = ov.constant dense<[3, -1, 2]> : tensor<3xi64>
  %0:3 = ov.variadic_split %x, %axis, %lengths : (tensor<2x10xf32>, tensor<i64>, tensor<3xi64>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>)
  %1:3 = ov.variadic_split %d, %axis, %lengths : (tensor<2x?xf32>, tensor<i64>, tensor<3xi64>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>)
  %2:2 = ov.variadic_split %x, %axis, %l : (tensor<2x10xf32>, tensor<i64>, tensor<2xi64>) -> (tensor<*xf32>, tensor<*xf32>)
  return %0#0, %0#1, %0#2, %1#1, %1#2, %2#0 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// -----

// Tile: repeats and data shape are right-aligned and padded with ones.
// CHECK-LABEL: func @tile
// CHECK-SAME: -> (tensor<2x6x?xf32>, tensor<2x?xf32>, tensor<?x?x?xf32>, tensor<*xf32>)
// CHECK: ov.tile {{.*}} -> tensor<2x6x?xf32>
// CHECK: ov.tile {{.*}} -> tensor<2x?xf32>
// CHECK: ov.tile {{.*}} -> tensor<?x?x?xf32>
// CHECK: ov.tile {{.*}} -> tensor<*xf32>
func.func @tile(%x: tensor<2x?xf32>, %u: tensor<*xf32>, %r: tensor<3xi64>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %rep = ov.constant dense<[2, 3, 1]> : tensor<3xi64>
  %short = ov.constant dense<[4]> : tensor<1xi64>
  %0 = ov.tile %x, %rep : (tensor<2x?xf32>, tensor<3xi64>) -> tensor<*xf32>
  %1 = ov.tile %x, %short : (tensor<2x?xf32>, tensor<1xi64>) -> tensor<*xf32>
  %2 = ov.tile %x, %r : (tensor<2x?xf32>, tensor<3xi64>) -> tensor<*xf32>
  %3 = ov.tile %u, %rep : (tensor<*xf32>, tensor<3xi64>) -> tensor<*xf32>
  return %0, %1, %2, %3 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// -----

// Broadcast: numpy takes the target shape, bidirectional broadcasts both,
// explicit maps data dims to target axes.
// CHECK-LABEL: func @broadcast
// CHECK-SAME: -> (tensor<2x3x4xf32>, tensor<3x1xf32>, tensor<?x?x4xf32>, tensor<2x3x4xf32>, tensor<?x?x4xf32>, tensor<2x3x4xf32>, tensor<*xf32>)
// CHECK: ov.broadcast {{.*}} -> tensor<2x3x4xf32>
// CHECK: ov.broadcast {{.*}} -> tensor<3x1xf32>
// CHECK: ov.broadcast {{.*}} -> tensor<?x?x4xf32>
// CHECK: ov.broadcast {{.*}} -> tensor<2x3x4xf32>
// CHECK: ov.broadcast {{.*}} -> tensor<?x?x4xf32>
// CHECK: ov.broadcast {{.*}} -> tensor<2x3x4xf32>
// CHECK: ov.broadcast {{.*}} -> tensor<*xf32>
func.func @broadcast(%x: tensor<3x1xf32>, %d: tensor<?x4xf32>, %u: tensor<*xf32>, %t: tensor<3xi64>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %target = ov.constant dense<[2, 3, 4]> : tensor<3xi64>
  %ones = ov.constant dense<[1, 1]> : tensor<2xi64>
  %map = ov.constant dense<[1, 2]> : tensor<2xi64>
  %0 = ov.broadcast %x, %target : (tensor<3x1xf32>, tensor<3xi64>) -> tensor<*xf32>
  %1 = ov.broadcast %x, %ones {mode = #ov.broadcast_mode<bidirectional>} : (tensor<3x1xf32>, tensor<2xi64>) -> tensor<*xf32>
  %2 = ov.broadcast %d, %t : (tensor<?x4xf32>, tensor<3xi64>) -> tensor<*xf32>
  %3 = ov.broadcast %x, %target, %map {mode = #ov.broadcast_mode<explicit>} : (tensor<3x1xf32>, tensor<3xi64>, tensor<2xi64>) -> tensor<*xf32>
  %4 = ov.broadcast %d, %t, %map {mode = #ov.broadcast_mode<explicit>} : (tensor<?x4xf32>, tensor<3xi64>, tensor<2xi64>) -> tensor<*xf32>
  %5 = ov.broadcast %u, %target : (tensor<*xf32>, tensor<3xi64>) -> tensor<*xf32>
  %6 = ov.broadcast %u, %t {mode = #ov.broadcast_mode<bidirectional>} : (tensor<*xf32>, tensor<3xi64>) -> tensor<*xf32>
  return %0, %1, %2, %3, %4, %5, %6 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// -----

// Pad: sizes grow by pads_begin + pads_end (negative pads shrink).
// CHECK-LABEL: func @pad
// CHECK-SAME: -> (tensor<1x4x?x3xf32>, tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>, tensor<1x4x?x3xf32>)
// CHECK: ov.pad {{.*}} -> tensor<1x4x?x3xf32>
// CHECK: ov.pad {{.*}} -> tensor<?x?x?x?xf32>
// CHECK: ov.pad {{.*}} -> tensor<?x?x?x?xf32>
// CHECK: ov.pad {{.*}} -> tensor<1x4x?x3xf32>
func.func @pad(%x: tensor<1x3x?x8xf32>, %u: tensor<*xf32>, %p: tensor<4xi64>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %begin = ov.constant dense<[0, 1, 2, -2]> : tensor<4xi64>
  %end = ov.constant dense<[0, 0, 2, -3]> : tensor<4xi64>
  %0 = ov.pad %x, %begin, %end {pad_mode = #ov.pad_mode<constant>} : (tensor<1x3x?x8xf32>, tensor<4xi64>, tensor<4xi64>) -> tensor<*xf32>
  %1 = ov.pad %x, %begin, %p {pad_mode = #ov.pad_mode<edge>} : (tensor<1x3x?x8xf32>, tensor<4xi64>, tensor<4xi64>) -> tensor<*xf32>
  %2 = ov.pad %u, %begin, %end {pad_mode = #ov.pad_mode<symmetric>} : (tensor<*xf32>, tensor<4xi64>, tensor<4xi64>) -> tensor<*xf32>
  %3 = ov.pad %x, %begin, %end {pad_mode = #ov.pad_mode<reflect>} : (tensor<1x3x?x8xf32>, tensor<4xi64>, tensor<4xi64>) -> tensor<*xf32>
  return %0, %1, %2, %3 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// -----

// ShapeOf: the input rank; Range: ceil((stop - start) / step) elements when
// the inputs are constant (0 for an empty range).
// CHECK-LABEL: func @shape_of_range
// CHECK-SAME: -> (tensor<2xi64>, tensor<?xi32>, tensor<4xf32>, tensor<4xi64>, tensor<0xi32>, tensor<?xf32>)
// CHECK: ov.shape_of {{.*}} -> tensor<2xi64>
// CHECK: ov.shape_of {{.*}} -> tensor<?xi32>
// CHECK: ov.range {{.*}} -> tensor<4xf32>
// CHECK: ov.range {{.*}} -> tensor<4xi64>
// CHECK: ov.range {{.*}} -> tensor<0xi32>
// CHECK: ov.range {{.*}} -> tensor<?xf32>
func.func @shape_of_range(%x: tensor<?x3xf32>, %u: tensor<*xf32>, %n: tensor<i64>) -> (tensor<*xi64>, tensor<*xi32>, tensor<*xf32>, tensor<*xi64>, tensor<*xi32>, tensor<*xf32>) {
  %0 = ov.shape_of %x : tensor<?x3xf32> -> tensor<*xi64>
  %1 = ov.shape_of %u {output_type = i32} : tensor<*xf32> -> tensor<*xi32>
  %start = ov.constant dense<1.0> : tensor<f32>
  %stop = ov.constant dense<2.0> : tensor<f32>
  %step = ov.constant dense<0.3> : tensor<f32>
  %2 = ov.range %start, %stop, %step {output_type = f32} : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<*xf32>
  %a = ov.constant dense<10> : tensor<i64>
  %b = ov.constant dense<0> : tensor<i64>
  %c = ov.constant dense<-3> : tensor<i64>
  %3 = ov.range %a, %b, %c {output_type = i64} : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<*xi64>
  %4 = ov.range %b, %a, %c {output_type = i32} : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<*xi32>
  %5 = ov.range %b, %n, %c {output_type = f32} : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<*xf32>
  return %0, %1, %2, %3, %4, %5 : tensor<*xi64>, tensor<*xi32>, tensor<*xf32>, tensor<*xi64>, tensor<*xi32>, tensor<*xf32>
}
