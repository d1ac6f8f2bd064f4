// RUN: ov-opt %s --ov-infer-shapes --split-input-file | FileCheck %s

// Convolution: explicit pads, same_upper / same_lower (ceil(dim / stride),
// pads ignored), valid (no pads), dilations, negative pads, 1-D and 3-D.
// CHECK-LABEL: func @convolution_static
// CHECK: ov.convolution {{.*}} -> tensor<1x64x112x112xf32>
// CHECK: ov.convolution {{.*}} -> tensor<1x64x112x112xf32>
// CHECK: ov.convolution {{.*}} -> tensor<1x4x8x8xf32>
// CHECK: ov.convolution {{.*}} -> tensor<1x4x7x7xf32>
// CHECK: ov.convolution {{.*}} -> tensor<1x4x11x11xf32>
// CHECK: ov.convolution {{.*}} -> tensor<1x2x6xf32>
// CHECK: ov.convolution {{.*}} -> tensor<1x8x10xf32>
// CHECK: ov.convolution {{.*}} -> tensor<1x4x3x3x3xf32>
func.func @convolution_static(%x: tensor<1x3x224x224xf32>, %w: tensor<64x3x7x7xf32>,
                              %s: tensor<1x3x15x15xf32>, %k: tensor<4x3x3x3xf32>,
                              %l: tensor<1x3x10xf32>, %lk: tensor<2x3x3xf32>,
                              %d1: tensor<1x4x10xf32>, %k1: tensor<8x4x3xf32>,
                              %d3: tensor<1x2x8x8x8xf32>, %k3: tensor<4x2x3x3x3xf32>) {
  %0 = ov.convolution %x, %w {strides = array<i64: 2, 2>, pads_begin = array<i64: 3, 3>, pads_end = array<i64: 3, 3>, dilations = array<i64: 1, 1>} : (tensor<1x3x224x224xf32>, tensor<64x3x7x7xf32>) -> tensor<*xf32>
  %1 = ov.convolution %x, %w {strides = array<i64: 2, 2>, pads_begin = array<i64: 9, 9>, pads_end = array<i64: 9, 9>, dilations = array<i64: 1, 1>, auto_pad = #ov.auto_pad<same_upper>} : (tensor<1x3x224x224xf32>, tensor<64x3x7x7xf32>) -> tensor<*xf32>
  %2 = ov.convolution %s, %k {strides = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, dilations = array<i64: 1, 1>, auto_pad = #ov.auto_pad<same_lower>} : (tensor<1x3x15x15xf32>, tensor<4x3x3x3xf32>) -> tensor<*xf32>
  %3 = ov.convolution %s, %k {strides = array<i64: 2, 2>, pads_begin = array<i64: 5, 5>, pads_end = array<i64: 5, 5>, dilations = array<i64: 1, 1>, auto_pad = #ov.auto_pad<valid>} : (tensor<1x3x15x15xf32>, tensor<4x3x3x3xf32>) -> tensor<*xf32>
  %4 = ov.convolution %s, %k {strides = array<i64: 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, dilations = array<i64: 2, 2>} : (tensor<1x3x15x15xf32>, tensor<4x3x3x3xf32>) -> tensor<*xf32>
  %5 = ov.convolution %l, %lk {strides = array<i64: 1>, pads_begin = array<i64: -1>, pads_end = array<i64: -1>, dilations = array<i64: 1>} : (tensor<1x3x10xf32>, tensor<2x3x3xf32>) -> tensor<*xf32>
  %6 = ov.convolution %d1, %k1 {strides = array<i64: 1>, pads_begin = array<i64: 1>, pads_end = array<i64: 1>, dilations = array<i64: 1>} : (tensor<1x4x10xf32>, tensor<8x4x3xf32>) -> tensor<*xf32>
  %7 = ov.convolution %d3, %k3 {strides = array<i64: 2, 2, 2>, pads_begin = array<i64: 0, 0, 0>, pads_end = array<i64: 0, 0, 0>, dilations = array<i64: 1, 1, 1>} : (tensor<1x2x8x8x8xf32>, tensor<4x2x3x3x3xf32>) -> tensor<*xf32>
  return
}

// -----

// Dynamic dims stay dynamic where they feed the result; the rank comes from
// the other operand or the attributes when an operand is unranked; same
// padding needs only the data, not the kernel size.
// CHECK-LABEL: func @convolution_dynamic
// CHECK: ov.convolution {{.*}} -> tensor<?x64x?x112xf32>
// CHECK: ov.convolution {{.*}} -> tensor<?x64x?x?xf32>
// CHECK: ov.convolution {{.*}} -> tensor<1x?x?x?xf32>
// CHECK: ov.convolution {{.*}} -> tensor<1x?x112x112xf32>
// CHECK: ov.convolution {{.*}} -> tensor<?x?x?xf32>
// CHECK: ov.convolution {{.*}} -> tensor<1x?x112x112xf32>
func.func @convolution_dynamic(%x: tensor<?x3x?x224xf32>, %w: tensor<64x3x7x7xf32>,
                               %u: tensor<*xf32>, %s: tensor<1x3x224x224xf32>,
                               %wd: tensor<?x?x?x?xf32>) {
  %0 = ov.convolution %x, %w {strides = array<i64: 2, 2>, pads_begin = array<i64: 3, 3>, pads_end = array<i64: 3, 3>, dilations = array<i64: 1, 1>} : (tensor<?x3x?x224xf32>, tensor<64x3x7x7xf32>) -> tensor<*xf32>
  %1 = ov.convolution %u, %w {strides = array<i64: 2, 2>, pads_begin = array<i64: 3, 3>, pads_end = array<i64: 3, 3>, dilations = array<i64: 1, 1>} : (tensor<*xf32>, tensor<64x3x7x7xf32>) -> tensor<*xf32>
  %2 = ov.convolution %s, %u {strides = array<i64: 2, 2>, pads_begin = array<i64: 3, 3>, pads_end = array<i64: 3, 3>, dilations = array<i64: 1, 1>} : (tensor<1x3x224x224xf32>, tensor<*xf32>) -> tensor<*xf32>
  %3 = ov.convolution %s, %u {strides = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, dilations = array<i64: 1, 1>, auto_pad = #ov.auto_pad<same_upper>} : (tensor<1x3x224x224xf32>, tensor<*xf32>) -> tensor<*xf32>
  %4 = ov.convolution %u, %u {strides = array<i64: 1>, pads_begin = array<i64: 0>, pads_end = array<i64: 0>, dilations = array<i64: 1>} : (tensor<*xf32>, tensor<*xf32>) -> tensor<*xf32>
  %5 = ov.convolution %s, %wd {strides = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, dilations = array<i64: 1, 1>, auto_pad = #ov.auto_pad<same_lower>} : (tensor<1x3x224x224xf32>, tensor<?x?x?x?xf32>) -> tensor<*xf32>
  return
}

// -----

// GroupConvolution: C_OUT = GROUPS * (C_OUT / GROUPS); a dynamic group count
// follows from the data's channels; depthwise.
// CHECK-LABEL: func @group_convolution
// CHECK: ov.group_convolution {{.*}} -> tensor<1x6x10xf32>
// CHECK: ov.group_convolution {{.*}} -> tensor<1x6x8x8xf32>
// CHECK: ov.group_convolution {{.*}} -> tensor<?x32x112x112xf32>
// CHECK: ov.group_convolution {{.*}} -> tensor<?x?x?x?xf32>
func.func @group_convolution(%x: tensor<1x8x10xf32>, %w: tensor<2x3x4x3xf32>,
                             %y: tensor<1x8x10x10xf32>, %wd: tensor<?x3x4x3x3xf32>,
                             %z: tensor<?x32x112x112xf32>, %dw: tensor<32x1x1x3x3xf32>,
                             %u: tensor<*xf32>) {
  %0 = ov.group_convolution %x, %w {strides = array<i64: 1>, pads_begin = array<i64: 0>, pads_end = array<i64: 0>, dilations = array<i64: 1>, auto_pad = #ov.auto_pad<same_upper>} : (tensor<1x8x10xf32>, tensor<2x3x4x3xf32>) -> tensor<*xf32>
  %1 = ov.group_convolution %y, %wd {strides = array<i64: 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x8x10x10xf32>, tensor<?x3x4x3x3xf32>) -> tensor<*xf32>
  %2 = ov.group_convolution %z, %dw {strides = array<i64: 1, 1>, pads_begin = array<i64: 1, 1>, pads_end = array<i64: 1, 1>, dilations = array<i64: 1, 1>} : (tensor<?x32x112x112xf32>, tensor<32x1x1x3x3xf32>) -> tensor<*xf32>
  %3 = ov.group_convolution %u, %u {strides = array<i64: 1, 1>, pads_begin = array<i64: 1, 1>, pads_end = array<i64: 1, 1>, dilations = array<i64: 1, 1>} : (tensor<*xf32>, tensor<*xf32>) -> tensor<*xf32>
  return
}

// -----

// ConvolutionBackpropData: stride * (dim - 1) + dilated kernel - pads +
// output_padding; same_* and valid use zero pads without output_shape; a
// constant output_shape gives the spatial sizes, a non-constant one dynamic
// sizes.
// CHECK-LABEL: func @convolution_backprop_data
// CHECK: ov.convolution_backprop_data {{.*}} -> tensor<1x2x10x10xf32>
// CHECK: ov.convolution_backprop_data {{.*}} -> tensor<1x2x11x11xf32>
// CHECK: ov.convolution_backprop_data {{.*}} -> tensor<1x2x11x11xf32>
// CHECK: ov.convolution_backprop_data {{.*}} -> tensor<1x2x9x9xf32>
// CHECK: ov.convolution_backprop_data {{.*}} -> tensor<1x2x20x30xf32>
// CHECK: ov.convolution_backprop_data {{.*}} -> tensor<1x2x?x?xf32>
// CHECK: ov.convolution_backprop_data {{.*}} -> tensor<?x2x?x11xf32>
// CHECK: ov.convolution_backprop_data {{.*}} -> tensor<?x2x?x?xf32>
func.func @convolution_backprop_data(%x: tensor<1x4x5x5xf32>, %w: tensor<4x2x3x3xf32>,
                                     %shape: tensor<2xi64>, %d: tensor<?x4x?x5xf32>,
                                     %u: tensor<*xf32>) {
  %0 = ov.convolution_backprop_data %x, %w {strides = array<i64: 2, 2>, pads_begin = array<i64: 1, 1>, pads_end = array<i64: 1, 1>, dilations = array<i64: 1, 1>, output_padding = array<i64: 1, 1>} : (tensor<1x4x5x5xf32>, tensor<4x2x3x3xf32>) -> tensor<*xf32>
  %1 = ov.convolution_backprop_data %x, %w {strides = array<i64: 2, 2>, pads_begin = array<i64: 1, 1>, pads_end = array<i64: 1, 1>, dilations = array<i64: 1, 1>, auto_pad = #ov.auto_pad<same_upper>} : (tensor<1x4x5x5xf32>, tensor<4x2x3x3xf32>) -> tensor<*xf32>
  %2 = ov.convolution_backprop_data %x, %w {strides = array<i64: 2, 2>, pads_begin = array<i64: 1, 1>, pads_end = array<i64: 1, 1>, dilations = array<i64: 1, 1>, auto_pad = #ov.auto_pad<valid>} : (tensor<1x4x5x5xf32>, tensor<4x2x3x3xf32>) -> tensor<*xf32>
  %3 = ov.convolution_backprop_data %x, %w {strides = array<i64: 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, dilations = array<i64: 2, 2>} : (tensor<1x4x5x5xf32>, tensor<4x2x3x3xf32>) -> tensor<*xf32>
  %c = ov.constant dense<[20, 30]> : tensor<2xi64>
  %4 = ov.convolution_backprop_data %x, %w output_shape %c {strides = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, dilations = array<i64: 1, 1>, auto_pad = #ov.auto_pad<same_lower>} : (tensor<1x4x5x5xf32>, tensor<4x2x3x3xf32>, tensor<2xi64>) -> tensor<*xf32>
  %5 = ov.convolution_backprop_data %x, %w output_shape %shape {strides = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x4x5x5xf32>, tensor<4x2x3x3xf32>, tensor<2xi64>) -> tensor<*xf32>
  %6 = ov.convolution_backprop_data %d, %w {strides = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, dilations = array<i64: 1, 1>} : (tensor<?x4x?x5xf32>, tensor<4x2x3x3xf32>) -> tensor<*xf32>
  %7 = ov.convolution_backprop_data %u, %w {strides = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, dilations = array<i64: 1, 1>} : (tensor<*xf32>, tensor<4x2x3x3xf32>) -> tensor<*xf32>
  return
}

// -----

// MatMul: transposes, 1-D operands (the added dimension is dropped, their
// transpose flag ignored), batch broadcasting, dynamic dims, unranked.
// CHECK-LABEL: func @matmul
// CHECK: ov.matmul {{.*}} -> tensor<2x4xf32>
// CHECK: ov.matmul {{.*}} -> tensor<2x4xf32>
// CHECK: ov.matmul {{.*}} -> tensor<2x4xf32>
// CHECK: ov.matmul {{.*}} -> tensor<4xf32>
// CHECK: ov.matmul {{.*}} -> tensor<2xf32>
// CHECK: ov.matmul {{.*}} -> tensor<f32>
// CHECK: ov.matmul {{.*}} -> tensor<2x5x3x6xf32>
// CHECK: ov.matmul {{.*}} -> tensor<2x6xf32>
// CHECK: ov.matmul {{.*}} -> tensor<?x3x?xf32>
// CHECK: ov.matmul {{.*}} -> tensor<*xf32>
func.func @matmul(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>, %at: tensor<3x2xf32>, %bt: tensor<4x3xf32>,
                  %v: tensor<3xf32>, %ba: tensor<2x1x3x4xf32>, %bb: tensor<5x4x6xf32>,
                  %v4: tensor<4xf32>, %b3: tensor<2x4x6xf32>, %da: tensor<?x3x4xf32>,
                  %db: tensor<4x?xf32>, %u: tensor<*xf32>) {
  %0 = ov.matmul %a, %b : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<*xf32>
  %1 = ov.matmul %at, %b {transpose_a = true} : (tensor<3x2xf32>, tensor<3x4xf32>) -> tensor<*xf32>
  %2 = ov.matmul %a, %bt {transpose_b = true} : (tensor<2x3xf32>, tensor<4x3xf32>) -> tensor<*xf32>
  %3 = ov.matmul %v, %b {transpose_a = true} : (tensor<3xf32>, tensor<3x4xf32>) -> tensor<*xf32>
  %4 = ov.matmul %a, %v {transpose_b = true} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<*xf32>
  %5 = ov.matmul %v, %v : (tensor<3xf32>, tensor<3xf32>) -> tensor<*xf32>
  %6 = ov.matmul %ba, %bb : (tensor<2x1x3x4xf32>, tensor<5x4x6xf32>) -> tensor<*xf32>
  %7 = ov.matmul %v4, %b3 : (tensor<4xf32>, tensor<2x4x6xf32>) -> tensor<*xf32>
  %8 = ov.matmul %da, %db : (tensor<?x3x4xf32>, tensor<4x?xf32>) -> tensor<*xf32>
  %9 = ov.matmul %u, %b : (tensor<*xf32>, tensor<3x4xf32>) -> tensor<*xf32>
  return
}

// -----

// MaxPool rounding: floor, ceil, and ceil_torch (no window may start in the
// end padding): [3, 2] kernel, stride 2, pads 1 on 6x5 gives 3x3, 4x4, 4x3.
// same_upper with a kernel smaller than the stride keeps OpenVINO's result
// under ceil rounding (4, not ceil(10 / 4) = 3). Indices have
// index_element_type.
// CHECK-LABEL: func @max_pool_static
// CHECK: ov.max_pool {{.*}} -> (tensor<1x3x3x3xf32>, tensor<1x3x3x3xi64>)
// CHECK: ov.max_pool {{.*}} -> (tensor<1x3x4x4xf32>, tensor<1x3x4x4xi64>)
// CHECK: ov.max_pool {{.*}} -> (tensor<1x3x4x3xf32>, tensor<1x3x4x3xi32>)
// CHECK: ov.max_pool {{.*}} -> (tensor<1x3x3x3xf32>, tensor<1x3x3x3xi64>)
// CHECK: ov.max_pool {{.*}} -> (tensor<1x3x4x4xf32>, tensor<1x3x4x4xi64>)
// CHECK: ov.max_pool {{.*}} -> (tensor<1x3x5x5xf32>, tensor<1x3x5x5xi64>)
// CHECK: ov.max_pool {{.*}} -> (tensor<1x3x4x4xf32>, tensor<1x3x4x4xi64>)
// CHECK: ov.max_pool {{.*}} -> (tensor<1x3x5x5xf32>, tensor<1x3x5x5xi64>)
// CHECK: ov.max_pool {{.*}} -> (tensor<1x3x5xf32>, tensor<1x3x5xi64>)
// CHECK: ov.max_pool {{.*}} -> (tensor<1x3x2x2x2xf32>, tensor<1x3x2x2x2xi64>)
func.func @max_pool_static(%x: tensor<1x3x6x5xf32>, %y: tensor<1x3x10x10xf32>, %z: tensor<1x3x9x9xf32>,
                           %l: tensor<1x3x10xf32>, %v: tensor<1x3x4x4x4xf32>) {
  %0, %i0 = ov.max_pool %x {kernel = array<i64: 3, 2>, strides = array<i64: 2, 2>, pads_begin = array<i64: 1, 1>, pads_end = array<i64: 1, 1>} : (tensor<1x3x6x5xf32>) -> (tensor<*xf32>, tensor<*xi64>)
  %1, %i1 = ov.max_pool %x {kernel = array<i64: 3, 2>, strides = array<i64: 2, 2>, pads_begin = array<i64: 1, 1>, pads_end = array<i64: 1, 1>, rounding_type = #ov.rounding_type<ceil>} : (tensor<1x3x6x5xf32>) -> (tensor<*xf32>, tensor<*xi64>)
  %2, %i2 = ov.max_pool %x {kernel = array<i64: 3, 2>, strides = array<i64: 2, 2>, pads_begin = array<i64: 1, 1>, pads_end = array<i64: 1, 1>, rounding_type = #ov.rounding_type<ceil_torch>, index_element_type = i32} : (tensor<1x3x6x5xf32>) -> (tensor<*xf32>, tensor<*xi32>)
  %3, %i3 = ov.max_pool %y {kernel = array<i64: 1, 1>, strides = array<i64: 4, 4>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, auto_pad = #ov.auto_pad<same_upper>} : (tensor<1x3x10x10xf32>) -> (tensor<*xf32>, tensor<*xi64>)
  %4, %i4 = ov.max_pool %y {kernel = array<i64: 1, 1>, strides = array<i64: 4, 4>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, auto_pad = #ov.auto_pad<same_upper>, rounding_type = #ov.rounding_type<ceil>} : (tensor<1x3x10x10xf32>) -> (tensor<*xf32>, tensor<*xi64>)
  %5, %i5 = ov.max_pool %z {kernel = array<i64: 3, 3>, strides = array<i64: 2, 2>, pads_begin = array<i64: 7, 7>, pads_end = array<i64: 7, 7>, auto_pad = #ov.auto_pad<same_lower>} : (tensor<1x3x9x9xf32>) -> (tensor<*xf32>, tensor<*xi64>)
  %6, %i6 = ov.max_pool %z {kernel = array<i64: 3, 3>, strides = array<i64: 2, 2>, pads_begin = array<i64: 7, 7>, pads_end = array<i64: 7, 7>, auto_pad = #ov.auto_pad<valid>} : (tensor<1x3x9x9xf32>) -> (tensor<*xf32>, tensor<*xi64>)
  %7, %i7 = ov.max_pool %z {kernel = array<i64: 3, 3>, strides = array<i64: 1, 1>, dilations = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>} : (tensor<1x3x9x9xf32>) -> (tensor<*xf32>, tensor<*xi64>)
  %8, %i8 = ov.max_pool %l {kernel = array<i64: 2>, strides = array<i64: 2>, pads_begin = array<i64: 0>, pads_end = array<i64: 0>} : (tensor<1x3x10xf32>) -> (tensor<*xf32>, tensor<*xi64>)
  %9, %i9 = ov.max_pool %v {kernel = array<i64: 2, 2, 2>, strides = array<i64: 2, 2, 2>, pads_begin = array<i64: 0, 0, 0>, pads_end = array<i64: 0, 0, 0>} : (tensor<1x3x4x4x4xf32>) -> (tensor<*xf32>, tensor<*xi64>)
  return
}

// -----

// MaxPool / AvgPool on dynamic dims and unranked data (rank 2 + kernel size).
// CHECK-LABEL: func @pool_dynamic
// CHECK: ov.max_pool {{.*}} -> (tensor<?x3x?x4xf32>, tensor<?x3x?x4xi32>)
// CHECK: ov.max_pool {{.*}} -> (tensor<?x?x?x?xf32>, tensor<?x?x?x?xi64>)
// CHECK: ov.max_pool {{.*}} -> (tensor<?x3x?x5xf32>, tensor<?x3x?x5xi64>)
// CHECK: ov.avg_pool {{.*}} -> tensor<?x3x?x4xf32>
// CHECK: ov.avg_pool {{.*}} -> tensor<?x?x?xf32>
func.func @pool_dynamic(%x: tensor<?x3x?x9xf32>, %u: tensor<*xf32>) {
  %0, %i0 = ov.max_pool %x {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, index_element_type = i32} : (tensor<?x3x?x9xf32>) -> (tensor<*xf32>, tensor<*xi32>)
  %1, %i1 = ov.max_pool %u {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>} : (tensor<*xf32>) -> (tensor<*xf32>, tensor<*xi64>)
  %2, %i2 = ov.max_pool %x {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, auto_pad = #ov.auto_pad<same_lower>, rounding_type = #ov.rounding_type<ceil_torch>} : (tensor<?x3x?x9xf32>) -> (tensor<*xf32>, tensor<*xi64>)
  %3 = ov.avg_pool %x {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, exclude_pad = false} : (tensor<?x3x?x9xf32>) -> tensor<*xf32>
  %4 = ov.avg_pool %u {kernel = array<i64: 2>, strides = array<i64: 2>, pads_begin = array<i64: 0>, pads_end = array<i64: 0>, exclude_pad = true} : (tensor<*xf32>) -> tensor<*xf32>
  return
}

// -----

// AvgPool: rounding, same_upper / same_lower, valid, exclude_pad.
// CHECK-LABEL: func @avg_pool
// CHECK: ov.avg_pool {{.*}} -> tensor<1x3x4x4xf32>
// CHECK: ov.avg_pool {{.*}} -> tensor<1x3x5x5xf32>
// CHECK: ov.avg_pool {{.*}} -> tensor<1x3x5x5xf32>
// CHECK: ov.avg_pool {{.*}} -> tensor<1x3x4x4xf32>
// CHECK: ov.avg_pool {{.*}} -> tensor<1x3x3x3xf32>
func.func @avg_pool(%x: tensor<1x3x9x9xf32>, %y: tensor<1x3x7x7xf32>) {
  %0 = ov.avg_pool %x {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, exclude_pad = false} : (tensor<1x3x9x9xf32>) -> tensor<*xf32>
  %1 = ov.avg_pool %x {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, exclude_pad = false, rounding_type = #ov.rounding_type<ceil>} : (tensor<1x3x9x9xf32>) -> tensor<*xf32>
  %2 = ov.avg_pool %x {kernel = array<i64: 3, 3>, strides = array<i64: 2, 2>, pads_begin = array<i64: 1, 1>, pads_end = array<i64: 1, 1>, exclude_pad = true} : (tensor<1x3x9x9xf32>) -> tensor<*xf32>
  %3 = ov.avg_pool %y {kernel = array<i64: 3, 3>, strides = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, exclude_pad = true, auto_pad = #ov.auto_pad<same_upper>} : (tensor<1x3x7x7xf32>) -> tensor<*xf32>
  %4 = ov.avg_pool %y {kernel = array<i64: 3, 3>, strides = array<i64: 2, 2>, pads_begin = array<i64: 4, 4>, pads_end = array<i64: 4, 4>, exclude_pad = true, auto_pad = #ov.auto_pad<valid>} : (tensor<1x3x7x7xf32>) -> tensor<*xf32>
  return
}

// -----

// Interpolate-11 with constant sizes / scales: axes (negative ones count
// from the end), no axes (all dimensions), pads added first, scales
// truncated as OpenVINO computes them (10 * 1.5 = 15, 20 * 0.3333 -> 6).
// CHECK-LABEL: func @interpolate_constant
// CHECK: ov.interpolate {{.*}} -> tensor<1x3x20x40xf32>
// CHECK: ov.interpolate {{.*}} -> tensor<1x3x20x40xf32>
// CHECK: ov.interpolate {{.*}} -> tensor<1x3x15x6xf32>
// CHECK: ov.interpolate {{.*}} -> tensor<1x3x5x22xf32>
// CHECK: ov.interpolate {{.*}} -> tensor<?x3x?x40xf32>
// CHECK: ov.interpolate {{.*}} -> tensor<?x3x8x8xf32>
func.func @interpolate_constant(%x: tensor<1x3x10x20xf32>, %d: tensor<?x3x?x20xf32>, %e: tensor<?x3x?x?xf32>) {
  %sizes = ov.constant dense<[20, 40]> : tensor<2xi64>
  %axes = ov.constant dense<[2, 3]> : tensor<2xi64>
  %neg = ov.constant dense<[-2, -1]> : tensor<2xi32>
  %0 = ov.interpolate %x, %sizes axes %axes {mode = #ov.interpolate_mode<nearest>, shape_calculation_mode = #ov.shape_calc_mode<sizes>} : (tensor<1x3x10x20xf32>, tensor<2xi64>, tensor<2xi64>) -> tensor<*xf32>
  %1 = ov.interpolate %x, %sizes axes %neg {mode = #ov.interpolate_mode<nearest>, shape_calculation_mode = #ov.shape_calc_mode<sizes>} : (tensor<1x3x10x20xf32>, tensor<2xi64>, tensor<2xi32>) -> tensor<*xf32>
  %scales = ov.constant dense<[1.0, 1.0, 1.5, 0.3333]> : tensor<4xf32>
  %2 = ov.interpolate %x, %scales {mode = #ov.interpolate_mode<linear>, shape_calculation_mode = #ov.shape_calc_mode<scales>} : (tensor<1x3x10x20xf32>, tensor<4xf32>) -> tensor<*xf32>
  %five = ov.constant dense<[5]> : tensor<1xi64>
  %h = ov.constant dense<[2]> : tensor<1xi64>
  %3 = ov.interpolate %x, %five axes %h {mode = #ov.interpolate_mode<cubic>, shape_calculation_mode = #ov.shape_calc_mode<sizes>, pads_begin = array<i64: 0, 0, 1, 1>, pads_end = array<i64: 0, 0, 1, 1>} : (tensor<1x3x10x20xf32>, tensor<1xi64>, tensor<1xi64>) -> tensor<*xf32>
  %two = ov.constant dense<[2.0, 2.0]> : tensor<2xf32>
  %4 = ov.interpolate %d, %two axes %axes {mode = #ov.interpolate_mode<linear_onnx>, shape_calculation_mode = #ov.shape_calc_mode<scales>} : (tensor<?x3x?x20xf32>, tensor<2xf32>, tensor<2xi64>) -> tensor<*xf32>
  %eight = ov.constant dense<8> : tensor<2xi64>
  %5 = ov.interpolate %e, %eight axes %axes {mode = #ov.interpolate_mode<nearest>, shape_calculation_mode = #ov.shape_calc_mode<sizes>} : (tensor<?x3x?x?xf32>, tensor<2xi64>, tensor<2xi64>) -> tensor<*xf32>
  return
}

// -----

// Interpolate with non-constant sizes / scales (dynamic on the axes),
// non-constant axes (every dimension dynamic), unranked data.
// CHECK-LABEL: func @interpolate_dynamic
// CHECK: ov.interpolate {{.*}} -> tensor<1x3x?x?xf32>
// CHECK: ov.interpolate {{.*}} -> tensor<1x3x?x?xf32>
// CHECK: ov.interpolate {{.*}} -> tensor<?x?x?x?xf32>
// CHECK: ov.interpolate {{.*}} -> tensor<*xf32>
func.func @interpolate_dynamic(%x: tensor<1x3x10x20xf32>, %sizes: tensor<2xi64>, %scales: tensor<?xf32>,
                               %axes: tensor<2xi64>, %u: tensor<*xf32>) {
  %c = ov.constant dense<[2, 3]> : tensor<2xi64>
  %0 = ov.interpolate %x, %sizes axes %c {mode = #ov.interpolate_mode<nearest>, shape_calculation_mode = #ov.shape_calc_mode<sizes>} : (tensor<1x3x10x20xf32>, tensor<2xi64>, tensor<2xi64>) -> tensor<*xf32>
  %1 = ov.interpolate %x, %scales axes %c {mode = #ov.interpolate_mode<linear>, shape_calculation_mode = #ov.shape_calc_mode<scales>} : (tensor<1x3x10x20xf32>, tensor<?xf32>, tensor<2xi64>) -> tensor<*xf32>
  %s = ov.constant dense<[20, 40]> : tensor<2xi64>
  %2 = ov.interpolate %x, %s axes %axes {mode = #ov.interpolate_mode<nearest>, shape_calculation_mode = #ov.shape_calc_mode<sizes>} : (tensor<1x3x10x20xf32>, tensor<2xi64>, tensor<2xi64>) -> tensor<*xf32>
  %3 = ov.interpolate %u, %s axes %c {mode = #ov.interpolate_mode<nearest>, shape_calculation_mode = #ov.shape_calc_mode<sizes>} : (tensor<*xf32>, tensor<2xi64>, tensor<2xi64>) -> tensor<*xf32>
  return
}

// -----

// Interpolate-4: shape_calculation_mode picks the sizes or the scales input.
// CHECK-LABEL: func @interpolate_v4
// CHECK: ov.interpolate_v4 {{.*}} -> tensor<1x3x20x40xf32>
// CHECK: ov.interpolate_v4 {{.*}} -> tensor<1x3x50x100xf32>
// CHECK: ov.interpolate_v4 {{.*}} -> tensor<1x3x?x?xf32>
// CHECK: ov.interpolate_v4 {{.*}} -> tensor<1x3x20x40xf32>
func.func @interpolate_v4(%x: tensor<1x3x10x20xf32>, %scales: tensor<2xf32>) {
  %sizes = ov.constant dense<[20, 40]> : tensor<2xi64>
  %five = ov.constant dense<[5.0, 5.0]> : tensor<2xf32>
  %axes = ov.constant dense<[2, 3]> : tensor<2xi64>
  %0 = ov.interpolate_v4 %x, %sizes, %five axes %axes {mode = #ov.interpolate_mode<nearest>, shape_calculation_mode = #ov.shape_calc_mode<sizes>} : (tensor<1x3x10x20xf32>, tensor<2xi64>, tensor<2xf32>, tensor<2xi64>) -> tensor<*xf32>
  %1 = ov.interpolate_v4 %x, %sizes, %five axes %axes {mode = #ov.interpolate_mode<nearest>, shape_calculation_mode = #ov.shape_calc_mode<scales>} : (tensor<1x3x10x20xf32>, tensor<2xi64>, tensor<2xf32>, tensor<2xi64>) -> tensor<*xf32>
  %2 = ov.interpolate_v4 %x, %sizes, %scales axes %axes {mode = #ov.interpolate_mode<linear>, shape_calculation_mode = #ov.shape_calc_mode<scales>} : (tensor<1x3x10x20xf32>, tensor<2xi64>, tensor<2xf32>, tensor<2xi64>) -> tensor<*xf32>
  %3 = ov.interpolate_v4 %x, %sizes, %scales axes %axes {mode = #ov.interpolate_mode<linear>, shape_calculation_mode = #ov.shape_calc_mode<sizes>} : (tensor<1x3x10x20xf32>, tensor<2xi64>, tensor<2xf32>, tensor<2xi64>) -> tensor<*xf32>
  return
}

// -----

// GridSample: [N, C, H_out, W_out] with the data's element type; a dynamic
// data batch takes the grid's; unranked inputs leave their dims unknown.
// CHECK-LABEL: func @grid_sample
// CHECK: ov.grid_sample {{.*}} -> tensor<2x3x4x5xf32>
// CHECK: ov.grid_sample {{.*}} -> tensor<2x3x?x5xi8>
// CHECK: ov.grid_sample {{.*}} -> tensor<2x3x?x?xf32>
// CHECK: ov.grid_sample {{.*}} -> tensor<2x?x4x5xf32>
func.func @grid_sample(%x: tensor<2x3x10x20xf32>, %g: tensor<2x4x5x2xf32>, %d: tensor<?x3x?x?xi8>, %h: tensor<2x?x5x2xf16>, %u: tensor<*xf32>) {
  %0 = ov.grid_sample %x, %g : (tensor<2x3x10x20xf32>, tensor<2x4x5x2xf32>) -> tensor<*xf32>
  %1 = ov.grid_sample %d, %h {mode = #ov.grid_sample_mode<nearest>} : (tensor<?x3x?x?xi8>, tensor<2x?x5x2xf16>) -> tensor<*xi8>
  %2 = ov.grid_sample %x, %u : (tensor<2x3x10x20xf32>, tensor<*xf32>) -> tensor<*xf32>
  %3 = ov.grid_sample %u, %g : (tensor<*xf32>, tensor<2x4x5x2xf32>) -> tensor<*xf32>
  return
}
