// RUN: ov-opt %s --ov-simplify | FileCheck %s

// Once the input is static, ShapeOf folds, the Gather/Concat chain on it
// folds to a constant target shape, and the Reshape gets a static result;
// rounds of shape inference and folding repeat until nothing changes.
// CHECK-LABEL: func.func @shape_chain
// CHECK-SAME: -> tensor<2x48xf32>
// CHECK-NOT: ov.shape_of
// CHECK-NOT: ov.gather
// CHECK-NOT: ov.concat
// CHECK: %[[T:.*]] = ov.constant dense<[2, -1]> : tensor<2xi64>
// CHECK: %[[R:.*]] = ov.reshape %arg0, %[[T]] {special_zero = false} : (tensor<2x3x4x4xf32>, tensor<2xi64>) -> tensor<2x48xf32>
// CHECK: return %[[R]] : tensor<2x48xf32>
func.func @shape_chain(%x: tensor<2x3x4x4xf32>) -> tensor<*xf32> {
  %shape = ov.shape_of %x : tensor<2x3x4x4xf32> -> tensor<*xi64>
  %zero = ov.constant dense<0> : tensor<1xi64>
  %axis = ov.constant dense<0> : tensor<i64>
  %batch = ov.gather %shape, %zero, %axis : (tensor<*xi64>, tensor<1xi64>, tensor<i64>) -> tensor<*xi64>
  %rest = ov.constant dense<-1> : tensor<1xi64>
  %target = ov.concat %batch, %rest {axis = 0 : i64} : (tensor<*xi64>, tensor<1xi64>) -> tensor<*xi64>
  %r = ov.reshape %x, %target {special_zero = false} : (tensor<2x3x4x4xf32>, tensor<*xi64>) -> tensor<*xf32>
  return %r : tensor<*xf32>
}

// -----

// Negative folds on constants, so LayerNormalization's expanded function
// (ReducedShape = Concat(Shape prefix, Broadcast(1, -(-1)))) gives Reshape a
// constant target and a static result instead of tensor<*>.
// CHECK-LABEL: func.func @negated_axes
// CHECK-SAME: -> (tensor<3x1xf32>, tensor<2xf32>)
// CHECK-NOT: ov.negative
// CHECK: %[[N:.*]] = ov.constant dense<[-1.000000e+00, 2.000000e+00]> : tensor<2xf32>
// CHECK: return %arg0, %[[N]]
func.func @negated_axes(%x: tensor<3x1xf32>) -> (tensor<*xf32>, tensor<2xf32>) {
  %one = ov.constant dense<1> : tensor<i64>
  %prefix = ov.constant dense<3> : tensor<1xi64>
  %axis = ov.constant dense<-1> : tensor<1xi64>
  %count = ov.negative %axis : tensor<1xi64>
  %suffix = ov.broadcast %one, %count : (tensor<i64>, tensor<1xi64>) -> tensor<?xi64>
  %shape = ov.concat %prefix, %suffix {axis = 0 : i64} : (tensor<1xi64>, tensor<?xi64>) -> tensor<?xi64>
  %r = ov.reshape %x, %shape {special_zero = true} : (tensor<3x1xf32>, tensor<?xi64>) -> tensor<*xf32>
  %f = ov.constant dense<[1.0, -2.0]> : tensor<2xf32>
  %nf = ov.negative %f : tensor<2xf32>
  return %r, %nf : tensor<*xf32>, tensor<2xf32>
}

// -----

// A constant split into constants: Swin-T's window padding takes its
// pads_begin and pads_end as the two halves of one constant, and the Pad
// gets a static result.
// CHECK-LABEL: func.func @split_pads
// CHECK-SAME: -> tensor<1x8x9x4xf32>
// CHECK-NOT: ov.split
// CHECK: %[[BEGIN:.*]] = ov.constant dense<[0, 0, 1, 0]> : tensor<4xi64>
// CHECK: %[[END:.*]] = ov.constant dense<[0, 1, 1, 0]> : tensor<4xi64>
// CHECK: ov.pad %arg0, %[[BEGIN]], %[[END]]
func.func @split_pads(%x: tensor<1x7x7x4xf32>) -> tensor<*xf32> {
  %pads = ov.constant dense<[0, 0, 1, 0, 0, 1, 1, 0]> : tensor<8xi64>
  %axis = ov.constant dense<0> : tensor<i64>
  %halves:2 = ov.split %pads, %axis {num_splits = 2 : i64} : (tensor<8xi64>, tensor<i64>) -> (tensor<*xi64>, tensor<*xi64>)
  %p = ov.pad %x, %halves#0, %halves#1 {pad_mode = #ov.pad_mode<constant>} : (tensor<1x7x7x4xf32>, tensor<*xi64>, tensor<*xi64>) -> tensor<*xf32>
  return %p : tensor<*xf32>
}

// -----

// Equal of integer constants and a Select of constants fold (Swin-T picks
// its window's expansion shape this way), and the Broadcast they feed gets
// a static result.
// CHECK-LABEL: func.func @equal_select
// CHECK-SAME: -> tensor<3x4xf32>
// CHECK-NOT: ov.equal
// CHECK-NOT: ov.select
// CHECK: %[[SHAPE:.*]] = ov.constant dense<[3, 4]> : tensor<2xi64>
// CHECK: ov.broadcast %arg0, %[[SHAPE]]
func.func @equal_select(%x: tensor<1x4xf32>) -> tensor<*xf32> {
  %shape = ov.constant dense<[3, -1]> : tensor<2xi64>
  %minus = ov.constant dense<-1> : tensor<2xi64>
  %ones = ov.constant dense<[1, 4]> : tensor<2xi64>
  %unknown = ov.equal %shape, %minus : (tensor<2xi64>, tensor<2xi64>) -> tensor<*xi1>
  %target = ov.select %unknown, %ones, %shape : (tensor<*xi1>, tensor<2xi64>, tensor<2xi64>) -> tensor<*xi64>
  %b = ov.broadcast %x, %target {mode = #ov.broadcast_mode<bidirectional>} : (tensor<1x4xf32>, tensor<*xi64>) -> tensor<*xf32>
  return %b : tensor<*xf32>
}
