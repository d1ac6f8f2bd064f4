// RUN: ov-opt %s | ov-opt | FileCheck %s
// Parse/print round trip of every NN-family op and attribute.

// CHECK-LABEL: func @convolution
func.func @convolution(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>, %d: tensor<?x3x?x?xf16>, %wh: tensor<4x3x3x3xf16>)
    -> (tensor<1x4x8x8xf32>, tensor<1x4x4x4xf32>, tensor<?x4x?x?xf16>) {
  // The default auto_pad (explicit) is not printed.
  // CHECK: ov.convolution %{{.*}}, %{{.*}} {dilations = array<i64: 1, 1>, pads_begin = array<i64: 1, 1>, pads_end = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x8x8xf32>
  %0 = ov.convolution %x, %w {strides = array<i64: 1, 1>, pads_begin = array<i64: 1, 1>, pads_end = array<i64: 1, 1>, dilations = array<i64: 1, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x8x8xf32>
  // CHECK: ov.convolution %{{.*}}, %{{.*}} {auto_pad = #ov.auto_pad<same_lower>, dilations = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, strides = array<i64: 2, 2>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x4x4xf32>
  %1 = ov.convolution %x, %w {strides = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, dilations = array<i64: 2, 2>, auto_pad = #ov.auto_pad<same_lower>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x4x4xf32>
  // CHECK: ov.convolution {{.*}}auto_pad = #ov.auto_pad<valid>{{.*}} : (tensor<?x3x?x?xf16>, tensor<4x3x3x3xf16>) -> tensor<?x4x?x?xf16>
  %2 = ov.convolution %d, %wh {strides = array<i64: 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, dilations = array<i64: 1, 1>, auto_pad = #ov.auto_pad<valid>} : (tensor<?x3x?x?xf16>, tensor<4x3x3x3xf16>) -> tensor<?x4x?x?xf16>
  return %0, %1, %2 : tensor<1x4x8x8xf32>, tensor<1x4x4x4xf32>, tensor<?x4x?x?xf16>
}

// CHECK-LABEL: func @group_convolution
func.func @group_convolution(%x: tensor<1x8x10xf32>, %w: tensor<2x3x4x3xf32>) -> tensor<1x6x10xf32> {
  // CHECK: ov.group_convolution %{{.*}}, %{{.*}} {auto_pad = #ov.auto_pad<same_upper>, dilations = array<i64: 1>, pads_begin = array<i64: 0>, pads_end = array<i64: 0>, strides = array<i64: 1>} : (tensor<1x8x10xf32>, tensor<2x3x4x3xf32>) -> tensor<1x6x10xf32>
  %0 = ov.group_convolution %x, %w {strides = array<i64: 1>, pads_begin = array<i64: 0>, pads_end = array<i64: 0>, dilations = array<i64: 1>, auto_pad = #ov.auto_pad<same_upper>} : (tensor<1x8x10xf32>, tensor<2x3x4x3xf32>) -> tensor<1x6x10xf32>
  return %0 : tensor<1x6x10xf32>
}

// CHECK-LABEL: func @convolution_backprop_data
func.func @convolution_backprop_data(%x: tensor<1x4x5x5x5xf32>, %w: tensor<4x2x3x3x3xf32>, %s: tensor<3xi64>)
    -> (tensor<1x2x10x10x10xf32>, tensor<1x2x?x?x?xf32>) {
  // CHECK: ov.convolution_backprop_data %{{.*}}, %{{.*}} {dilations = array<i64: 1, 1, 1>, output_padding = array<i64: 1, 1, 1>, pads_begin = array<i64: 1, 1, 1>, pads_end = array<i64: 1, 1, 1>, strides = array<i64: 2, 2, 2>} : (tensor<1x4x5x5x5xf32>, tensor<4x2x3x3x3xf32>) -> tensor<1x2x10x10x10xf32>
  %0 = ov.convolution_backprop_data %x, %w {strides = array<i64: 2, 2, 2>, pads_begin = array<i64: 1, 1, 1>, pads_end = array<i64: 1, 1, 1>, dilations = array<i64: 1, 1, 1>, output_padding = array<i64: 1, 1, 1>} : (tensor<1x4x5x5x5xf32>, tensor<4x2x3x3x3xf32>) -> tensor<1x2x10x10x10xf32>
  // CHECK: ov.convolution_backprop_data %{{.*}}, %{{.*}} output_shape %{{.*}} {auto_pad = #ov.auto_pad<same_upper>, dilations = array<i64: 1, 1, 1>, pads_begin = array<i64: 0, 0, 0>, pads_end = array<i64: 0, 0, 0>, strides = array<i64: 2, 2, 2>} : (tensor<1x4x5x5x5xf32>, tensor<4x2x3x3x3xf32>, tensor<3xi64>) -> tensor<1x2x?x?x?xf32>
  %1 = ov.convolution_backprop_data %x, %w output_shape %s {strides = array<i64: 2, 2, 2>, pads_begin = array<i64: 0, 0, 0>, pads_end = array<i64: 0, 0, 0>, dilations = array<i64: 1, 1, 1>, auto_pad = #ov.auto_pad<same_upper>} : (tensor<1x4x5x5x5xf32>, tensor<4x2x3x3x3xf32>, tensor<3xi64>) -> tensor<1x2x?x?x?xf32>
  return %0, %1 : tensor<1x2x10x10x10xf32>, tensor<1x2x?x?x?xf32>
}

// CHECK-LABEL: func @matmul
func.func @matmul(%a: tensor<2x3x4xf32>, %b: tensor<5x4xf32>, %v: tensor<4xi32>, %m: tensor<4x6xi32>)
    -> (tensor<2x3x5xf32>, tensor<6xi32>, tensor<2x4x4xf32>) {
  // CHECK: ov.matmul %{{.*}}, %{{.*}} {transpose_b = true} : (tensor<2x3x4xf32>, tensor<5x4xf32>) -> tensor<2x3x5xf32>
  %0 = ov.matmul %a, %b {transpose_b = true} : (tensor<2x3x4xf32>, tensor<5x4xf32>) -> tensor<2x3x5xf32>
  // The default transpose flags (false) are not printed.
  // CHECK: ov.matmul %{{.*}}, %{{.*}} : (tensor<4xi32>, tensor<4x6xi32>) -> tensor<6xi32>
  %1 = ov.matmul %v, %m {transpose_a = false} : (tensor<4xi32>, tensor<4x6xi32>) -> tensor<6xi32>
  // CHECK: ov.matmul %{{.*}}, %{{.*}} {transpose_a = true} : (tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x4x4xf32>
  %2 = ov.matmul %a, %a {transpose_a = true} : (tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x4x4xf32>
  return %0, %1, %2 : tensor<2x3x5xf32>, tensor<6xi32>, tensor<2x4x4xf32>
}

// CHECK-LABEL: func @max_pool
func.func @max_pool(%x: tensor<1x3x9x9xf32>) -> (tensor<1x3x4x4xf32>, tensor<1x3x5x5xf32>, tensor<1x3x5x5xi32>) {
  // MaxPool-1 style: only the first result is used; defaults are not printed.
  // CHECK: %{{.*}}, %{{.*}} = ov.max_pool %{{.*}} {kernel = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, strides = array<i64: 2, 2>} : (tensor<1x3x9x9xf32>) -> (tensor<1x3x4x4xf32>, tensor<1x3x4x4xi64>)
  %0, %i0 = ov.max_pool %x {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>} : (tensor<1x3x9x9xf32>) -> (tensor<1x3x4x4xf32>, tensor<1x3x4x4xi64>)
  // auto_pad = explicit is the default, so it is not printed either.
  // CHECK: ov.max_pool %{{.*}} {axis = 2 : i64, dilations = array<i64: 1, 2>, index_element_type = i32, kernel = array<i64: 2, 2>, pads_begin = array<i64: 1, 1>, pads_end = array<i64: 1, 1>, rounding_type = #ov.rounding_type<ceil_torch>, strides = array<i64: 2, 2>} : (tensor<1x3x9x9xf32>) -> (tensor<1x3x5x5xf32>, tensor<1x3x5x5xi32>)
  %1, %i1 = ov.max_pool %x {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>, dilations = array<i64: 1, 2>, pads_begin = array<i64: 1, 1>, pads_end = array<i64: 1, 1>, rounding_type = #ov.rounding_type<ceil_torch>, auto_pad = #ov.auto_pad<explicit>, index_element_type = i32, axis = 2 : i64} : (tensor<1x3x9x9xf32>) -> (tensor<1x3x5x5xf32>, tensor<1x3x5x5xi32>)
  return %0, %1, %i1 : tensor<1x3x4x4xf32>, tensor<1x3x5x5xf32>, tensor<1x3x5x5xi32>
}

// CHECK-LABEL: func @avg_pool
func.func @avg_pool(%x: tensor<1x3x9x9xf32>) -> (tensor<1x3x5x5xf32>, tensor<1x3x5x5xf32>) {
  // CHECK: ov.avg_pool %{{.*}} {exclude_pad = true, kernel = array<i64: 3, 3>, pads_begin = array<i64: 1, 1>, pads_end = array<i64: 1, 1>, rounding_type = #ov.rounding_type<ceil>, strides = array<i64: 2, 2>} : (tensor<1x3x9x9xf32>) -> tensor<1x3x5x5xf32>
  %0 = ov.avg_pool %x {kernel = array<i64: 3, 3>, strides = array<i64: 2, 2>, pads_begin = array<i64: 1, 1>, pads_end = array<i64: 1, 1>, exclude_pad = true, rounding_type = #ov.rounding_type<ceil>} : (tensor<1x3x9x9xf32>) -> tensor<1x3x5x5xf32>
  // CHECK: ov.avg_pool %{{.*}} {auto_pad = #ov.auto_pad<same_upper>, exclude_pad = false, kernel = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, strides = array<i64: 2, 2>} : (tensor<1x3x9x9xf32>) -> tensor<1x3x5x5xf32>
  %1 = ov.avg_pool %x {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, exclude_pad = false, auto_pad = #ov.auto_pad<same_upper>} : (tensor<1x3x9x9xf32>) -> tensor<1x3x5x5xf32>
  return %0, %1 : tensor<1x3x5x5xf32>, tensor<1x3x5x5xf32>
}

// CHECK-LABEL: func @interpolate
func.func @interpolate(%x: tensor<1x3x10x20xf32>, %sizes: tensor<2xi64>, %scales: tensor<2xf32>, %axes: tensor<2xi64>, %scales4: tensor<4xf32>)
    -> (tensor<1x3x?x?xf32>, tensor<?x?x?x?xf32>, tensor<1x3x?x?xf32>) {
  // Defaults (coordinate_transformation_mode half_pixel, nearest_mode
  // round_prefer_floor, antialias false, zero pads, cube_coeff -0.75) are
  // not printed.
  // CHECK: ov.interpolate %{{.*}}, %{{.*}} axes %{{.*}} {mode = #ov.interpolate_mode<nearest>, shape_calculation_mode = #ov.shape_calc_mode<sizes>} : (tensor<1x3x10x20xf32>, tensor<2xi64>, tensor<2xi64>) -> tensor<1x3x?x?xf32>
  %0 = ov.interpolate %x, %sizes axes %axes {mode = #ov.interpolate_mode<nearest>, shape_calculation_mode = #ov.shape_calc_mode<sizes>} : (tensor<1x3x10x20xf32>, tensor<2xi64>, tensor<2xi64>) -> tensor<1x3x?x?xf32>
  // CHECK: ov.interpolate %{{.*}}, %{{.*}} {antialias = true, coordinate_transformation_mode = #ov.coordinate_transform<align_corners>, cube_coeff = -5.000000e-01 : f64, mode = #ov.interpolate_mode<bicubic_pillow>, nearest_mode = #ov.nearest_mode<ceil>, pads_begin = array<i64: 0, 0, 1, 1>, pads_end = array<i64: 0, 0, 1, 1>, shape_calculation_mode = #ov.shape_calc_mode<scales>} : (tensor<1x3x10x20xf32>, tensor<4xf32>) -> tensor<?x?x?x?xf32>
  %1 = ov.interpolate %x, %scales4 {mode = #ov.interpolate_mode<bicubic_pillow>, shape_calculation_mode = #ov.shape_calc_mode<scales>, coordinate_transformation_mode = #ov.coordinate_transform<align_corners>, nearest_mode = #ov.nearest_mode<ceil>, antialias = true, pads_begin = array<i64: 0, 0, 1, 1>, pads_end = array<i64: 0, 0, 1, 1>, cube_coeff = -0.5 : f64} : (tensor<1x3x10x20xf32>, tensor<4xf32>) -> tensor<?x?x?x?xf32>
  // CHECK: ov.interpolate_v4 %{{.*}}, %{{.*}}, %{{.*}} axes %{{.*}} {coordinate_transformation_mode = #ov.coordinate_transform<asymmetric>, mode = #ov.interpolate_mode<linear_onnx>, shape_calculation_mode = #ov.shape_calc_mode<scales>} : (tensor<1x3x10x20xf32>, tensor<2xi64>, tensor<2xf32>, tensor<2xi64>) -> tensor<1x3x?x?xf32>
  %2 = ov.interpolate_v4 %x, %sizes, %scales axes %axes {mode = #ov.interpolate_mode<linear_onnx>, shape_calculation_mode = #ov.shape_calc_mode<scales>, coordinate_transformation_mode = #ov.coordinate_transform<asymmetric>} : (tensor<1x3x10x20xf32>, tensor<2xi64>, tensor<2xf32>, tensor<2xi64>) -> tensor<1x3x?x?xf32>
  return %0, %1, %2 : tensor<1x3x?x?xf32>, tensor<?x?x?x?xf32>, tensor<1x3x?x?xf32>
}

// CHECK-LABEL: func @grid_sample
func.func @grid_sample(%x: tensor<1x3x10x20xf32>, %g: tensor<1x4x5x2xf32>, %i: tensor<?x3x?x?xi32>, %h: tensor<?x?x?x2xf16>)
    -> (tensor<1x3x4x5xf32>, tensor<1x3x4x5xf32>, tensor<?x3x?x?xi32>) {
  // The defaults (bilinear, zeros, align_corners = false) are not printed.
  // CHECK: ov.grid_sample %{{.*}}, %{{.*}} : (tensor<1x3x10x20xf32>, tensor<1x4x5x2xf32>) -> tensor<1x3x4x5xf32>
  %0 = ov.grid_sample %x, %g {align_corners = false, mode = #ov.grid_sample_mode<bilinear>, padding_mode = #ov.grid_sample_padding_mode<zeros>} : (tensor<1x3x10x20xf32>, tensor<1x4x5x2xf32>) -> tensor<1x3x4x5xf32>
  // CHECK: ov.grid_sample %{{.*}}, %{{.*}} {align_corners = true, mode = #ov.grid_sample_mode<bicubic>, padding_mode = #ov.grid_sample_padding_mode<reflection>} : (tensor<1x3x10x20xf32>, tensor<1x4x5x2xf32>) -> tensor<1x3x4x5xf32>
  %1 = ov.grid_sample %x, %g {align_corners = true, mode = #ov.grid_sample_mode<bicubic>, padding_mode = #ov.grid_sample_padding_mode<reflection>} : (tensor<1x3x10x20xf32>, tensor<1x4x5x2xf32>) -> tensor<1x3x4x5xf32>
  // CHECK: ov.grid_sample %{{.*}}, %{{.*}} {mode = #ov.grid_sample_mode<nearest>, padding_mode = #ov.grid_sample_padding_mode<border>} : (tensor<?x3x?x?xi32>, tensor<?x?x?x2xf16>) -> tensor<?x3x?x?xi32>
  %2 = ov.grid_sample %i, %h {mode = #ov.grid_sample_mode<nearest>, padding_mode = #ov.grid_sample_padding_mode<border>} : (tensor<?x3x?x?xi32>, tensor<?x?x?x2xf16>) -> tensor<?x3x?x?xi32>
  return %0, %1, %2 : tensor<1x3x4x5xf32>, tensor<1x3x4x5xf32>, tensor<?x3x?x?xi32>
}
