// Which linalg ops the window and linear lowerings produce: named
// convolutions per spatial rank, matmul over collapsed rows, batch_matmul,
// and unsigned MaxPool on signless values.
// RUN: ov-opt %s --convert-ov-to-linalg | FileCheck %s

// CHECK-LABEL: func.func @conv3d
// CHECK: linalg.conv_3d_ncdhw_fcdhw
func.func @conv3d(%x: tensor<?x2x4x4x4xf32>, %w: tensor<3x2x2x2x2xf32>) -> tensor<?x3x3x3x3xf32> {
  %y = ov.convolution %x, %w {strides = array<i64: 1, 1, 1>, dilations = array<i64: 1, 1, 1>, pads_begin = array<i64: 0, 0, 0>, pads_end = array<i64: 0, 0, 0>} : (tensor<?x2x4x4x4xf32>, tensor<3x2x2x2x2xf32>) -> tensor<?x3x3x3x3xf32>
  return %y : tensor<?x3x3x3x3xf32>
}

// CHECK-LABEL: func.func @rows
// CHECK: tensor.collapse_shape {{.*}} {{\[\[}}0, 1], [2]] : tensor<4x5x6xf32> into tensor<20x6xf32>
// CHECK: linalg.matmul
// CHECK: tensor.expand_shape
func.func @rows(%a: tensor<4x5x6xf32>, %b: tensor<6x7xf32>) -> tensor<4x5x7xf32> {
  %y = ov.matmul %a, %b : (tensor<4x5x6xf32>, tensor<6x7xf32>) -> tensor<4x5x7xf32>
  return %y : tensor<4x5x7xf32>
}

// CHECK-LABEL: func.func @batched
// CHECK: linalg.transpose
// CHECK: linalg.batch_matmul
func.func @batched(%a: tensor<?x5x6xf32>, %b: tensor<?x7x6xf32>) -> tensor<?x5x7xf32> {
  %y = ov.matmul %a, %b {transpose_b = true} : (tensor<?x5x6xf32>, tensor<?x7x6xf32>) -> tensor<?x5x7xf32>
  return %y : tensor<?x5x7xf32>
}

// CHECK-LABEL: func.func @maxpool_u8
// CHECK: linalg.generic
// CHECK: arith.maxui
func.func @maxpool_u8(%x: tensor<1x1x4xui8>) -> tensor<1x1x2xui8> {
  %y, %i = ov.max_pool %x {kernel = array<i64: 2>, strides = array<i64: 2>, pads_begin = array<i64: 0>, pads_end = array<i64: 0>} : (tensor<1x1x4xui8>) -> (tensor<1x1x2xui8>, tensor<1x1x2xi64>)
  return %y : tensor<1x1x2xui8>
}
