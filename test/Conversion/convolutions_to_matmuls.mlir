// ov-convolutions-to-matmuls: 2-D convolutions as contractions.
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-convolutions-to-matmuls))' | FileCheck %s

// 1x1 with unit strides: the collapsed input is the right-hand side, no copy.
// CHECK-LABEL: func.func @pointwise
// CHECK-DAG: %[[W:.*]] = tensor.collapse_shape %arg1 {{\[\[}}0], [1, 2, 3]] : tensor<32x16x1x1xf32> into tensor<32x16xf32>
// CHECK-DAG: %[[X:.*]] = tensor.collapse_shape %arg0 {{\[\[}}0], [1], [2, 3]] : tensor<1x16x7x7xf32> into tensor<1x16x49xf32>
// CHECK: %[[MM:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%[[W]], %[[X]] : tensor<32x16xf32>, tensor<1x16x49xf32>)
// CHECK: arith.mulf
// CHECK: arith.addf
// CHECK: tensor.expand_shape %[[MM]] {{\[\[}}0], [1], [2, 3]] {{.*}} into tensor<1x32x7x7xf32>
func.func @pointwise(%x: tensor<1x16x7x7xf32>, %w: tensor<32x16x1x1xf32>, %init: tensor<1x32x7x7xf32>) -> tensor<1x32x7x7xf32> {
  %c = linalg.conv_2d_nchw_fchw {strides = dense<1> : tensor<2xi64>, dilations = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x16x7x7xf32>, tensor<32x16x1x1xf32>) outs(%init : tensor<1x32x7x7xf32>) -> tensor<1x32x7x7xf32>
  return %c : tensor<1x32x7x7xf32>
}

// 3x3 with stride 2: an im2col copy [N, C * 9, OH * OW], then the contraction.
// CHECK-LABEL: func.func @im2col
// CHECK: %[[COL:.*]] = linalg.generic {{.*}} ins(%arg0 : tensor<1x16x15x15xf32>) outs(%{{.*}} : tensor<1x144x49xf32>)
// CHECK: linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%{{.*}}, %[[COL]] : tensor<32x144xf32>, tensor<1x144x49xf32>)
func.func @im2col(%x: tensor<1x16x15x15xf32>, %w: tensor<32x16x3x3xf32>, %init: tensor<1x32x7x7xf32>) -> tensor<1x32x7x7xf32> {
  %c = linalg.conv_2d_nchw_fchw {strides = dense<2> : tensor<2xi64>, dilations = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x16x15x15xf32>, tensor<32x16x3x3xf32>) outs(%init : tensor<1x32x7x7xf32>) -> tensor<1x32x7x7xf32>
  return %c : tensor<1x32x7x7xf32>
}

// Dynamic shapes and integer types keep the convolution.
// CHECK-LABEL: func.func @dynamic
// CHECK: linalg.conv_2d_nchw_fchw
// CHECK-LABEL: func.func @integer
// CHECK: linalg.conv_2d_nchw_fchw
func.func @dynamic(%x: tensor<?x16x7x7xf32>, %w: tensor<32x16x1x1xf32>, %init: tensor<?x32x7x7xf32>) -> tensor<?x32x7x7xf32> {
  %c = linalg.conv_2d_nchw_fchw {strides = dense<1> : tensor<2xi64>, dilations = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<?x16x7x7xf32>, tensor<32x16x1x1xf32>) outs(%init : tensor<?x32x7x7xf32>) -> tensor<?x32x7x7xf32>
  return %c : tensor<?x32x7x7xf32>
}
func.func @integer(%x: tensor<1x16x7x7xi32>, %w: tensor<32x16x1x1xi32>, %init: tensor<1x32x7x7xi32>) -> tensor<1x32x7x7xi32> {
  %c = linalg.conv_2d_nchw_fchw {strides = dense<1> : tensor<2xi64>, dilations = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x16x7x7xi32>, tensor<32x16x1x1xi32>) outs(%init : tensor<1x32x7x7xi32>) -> tensor<1x32x7x7xi32>
  return %c : tensor<1x32x7x7xi32>
}
