// RUN: ov-opt %s -split-input-file -verify-diagnostics
// Every error message of the NN-family ops, one split each.

func.func @conv_element_type(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf16>) {
  // expected-error @+2 {{filter must have the element type of data (f32), got f16}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.convolution %x, %w {strides = array<i64: 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf16>) -> tensor<*xf32>
  return
}

// -----

func.func @conv_data_rank(%x: tensor<3x8xf32>, %w: tensor<4x3x3xf32>) {
  // expected-error @+2 {{data must have rank 3, 4 or 5 ([N, C_IN, spatial...]), got rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.convolution %x, %w {strides = array<i64: 1>, pads_begin = array<i64: 0>, pads_end = array<i64: 0>, dilations = array<i64: 1>} : (tensor<3x8xf32>, tensor<4x3x3xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @conv_filter_rank(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3xf32>) {
  // expected-error @+2 {{filter must have rank 4 ([C_OUT, C_IN, kernel...] with 2 spatial dimensions), got rank 3}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.convolution %x, %w {strides = array<i64: 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @conv_filter_rank_unranked_data(%x: tensor<*xf32>, %w: tensor<1x1x1x1x1x1x1xf32>) {
  // expected-error @+2 {{filter must have rank 3, 4 or 5 ([C_OUT, C_IN, kernel...]), got rank 7}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.convolution %x, %w {strides = array<i64: 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, dilations = array<i64: 1, 1>} : (tensor<*xf32>, tensor<1x1x1x1x1x1x1xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @conv_no_spatial(%x: tensor<*xf32>, %w: tensor<*xf32>) {
  // expected-error @+2 {{strides must have 1, 2 or 3 elements (one per spatial dimension), got 0}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.convolution %x, %w {strides = array<i64>, pads_begin = array<i64>, pads_end = array<i64>, dilations = array<i64>} : (tensor<*xf32>, tensor<*xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @conv_strides_count(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{strides must have 2 elements (one per spatial dimension), got 3}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.convolution %x, %w {strides = array<i64: 1, 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @conv_pads_begin_count(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{pads_begin must have 2 elements (one per spatial dimension), got 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.convolution %x, %w {strides = array<i64: 1, 1>, pads_begin = array<i64: 0>, pads_end = array<i64: 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @conv_dilations_count(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{dilations must have 2 elements (one per spatial dimension), got 0}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.convolution %x, %w {strides = array<i64: 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, dilations = array<i64>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @conv_strides_zero(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{strides must be positive, got [1, 0]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.convolution %x, %w {strides = array<i64: 1, 0>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @conv_dilations_zero(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{dilations must be positive, got [0, 1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.convolution %x, %w {strides = array<i64: 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, dilations = array<i64: 0, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @conv_kernel_dim(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x0x3xf32>) {
  // expected-error @+2 {{filter kernel dimensions must be positive, got [4, 3, 0, 3]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.convolution %x, %w {strides = array<i64: 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x0x3xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @conv_channels(%x: tensor<1x3x8x8xf32>, %w: tensor<4x5x3x3xf32>) {
  // expected-error @+2 {{data has 3 channels but the filter expects 5 (filter dimension 1)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.convolution %x, %w {strides = array<i64: 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x3x8x8xf32>, tensor<4x5x3x3xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @conv_kernel_too_large(%x: tensor<1x3x4x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{kernel after dilation (5) is larger than the padded input (4) in spatial dimension 0}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.convolution %x, %w {strides = array<i64: 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, dilations = array<i64: 2, 1>} : (tensor<1x3x4x8xf32>, tensor<4x3x3x3xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @conv_result_type(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{'ov.convolution' op inferred type(s) 'tensor<1x4x6x6xf32>' are incompatible with return type(s) of operation 'tensor<1x4x8x8xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.convolution %x, %w {strides = array<i64: 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x8x8xf32>
  return
}

// -----

func.func @group_conv_filter_rank(%x: tensor<1x8x10xf32>, %w: tensor<8x4x3xf32>) {
  // expected-error @+2 {{filter must have rank 4 ([GROUPS, C_OUT / GROUPS, C_IN / GROUPS, kernel...] with 1 spatial dimensions), got rank 3}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.group_convolution %x, %w {strides = array<i64: 1>, pads_begin = array<i64: 0>, pads_end = array<i64: 0>, dilations = array<i64: 1>} : (tensor<1x8x10xf32>, tensor<8x4x3xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @group_conv_channels(%x: tensor<1x8x10xf32>, %w: tensor<2x3x3x3xf32>) {
  // expected-error @+2 {{data has 8 channels but the filter expects 6 (groups x input channels per group, filter dimensions 0 and 2)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.group_convolution %x, %w {strides = array<i64: 1>, pads_begin = array<i64: 0>, pads_end = array<i64: 0>, dilations = array<i64: 1>} : (tensor<1x8x10xf32>, tensor<2x3x3x3xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @group_conv_not_multiple(%x: tensor<1x6x10xf32>, %w: tensor<?x3x4x3xf32>) {
  // expected-error @+2 {{data has 6 channels, not a multiple of the filter's 4 input channels per group}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.group_convolution %x, %w {strides = array<i64: 1>, pads_begin = array<i64: 0>, pads_end = array<i64: 0>, dilations = array<i64: 1>} : (tensor<1x6x10xf32>, tensor<?x3x4x3xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @backprop_channels(%x: tensor<1x4x5x5xf32>, %w: tensor<3x2x3x3xf32>) {
  // expected-error @+2 {{data has 4 channels but the filter expects 3 (filter dimension 0)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.convolution_backprop_data %x, %w {strides = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x4x5x5xf32>, tensor<3x2x3x3xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @backprop_output_padding_count(%x: tensor<1x4x5x5xf32>, %w: tensor<4x2x3x3xf32>) {
  // expected-error @+2 {{output_padding must have 2 elements (one per spatial dimension), got 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.convolution_backprop_data %x, %w {strides = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, dilations = array<i64: 1, 1>, output_padding = array<i64: 1>} : (tensor<1x4x5x5xf32>, tensor<4x2x3x3xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @backprop_output_shape_rank(%x: tensor<1x4x5x5xf32>, %w: tensor<4x2x3x3xf32>, %s: tensor<1x2xi64>) {
  // expected-error @+2 {{output_shape must be a 1-D tensor, got tensor<1x2xi64>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.convolution_backprop_data %x, %w output_shape %s {strides = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x4x5x5xf32>, tensor<4x2x3x3xf32>, tensor<1x2xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @backprop_output_shape_count(%x: tensor<1x4x5x5xf32>, %w: tensor<4x2x3x3xf32>, %s: tensor<3xi64>) {
  // expected-error @+2 {{output_shape has 3 elements, expected 2 (one per spatial dimension)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.convolution_backprop_data %x, %w output_shape %s {strides = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x4x5x5xf32>, tensor<4x2x3x3xf32>, tensor<3xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @backprop_output_shape_negative(%x: tensor<1x4x5x5xf32>, %w: tensor<4x2x3x3xf32>) {
  %s = ov.constant dense<[10, -1]> : tensor<2xi64>
  // expected-error @+2 {{output_shape values must be non-negative, got -1 in spatial dimension 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.convolution_backprop_data %x, %w output_shape %s {strides = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x4x5x5xf32>, tensor<4x2x3x3xf32>, tensor<2xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @backprop_negative_size(%x: tensor<1x4x1x5xf32>, %w: tensor<4x2x1x3xf32>) {
  // expected-error @+2 {{output size in spatial dimension 0 would be negative (-3): the pads are larger than the output}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.convolution_backprop_data %x, %w {strides = array<i64: 1, 1>, pads_begin = array<i64: 2, 0>, pads_end = array<i64: 2, 0>, dilations = array<i64: 1, 1>} : (tensor<1x4x1x5xf32>, tensor<4x2x1x3xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @matmul_element_type(%a: tensor<2x3xf32>, %b: tensor<3x4xf16>) {
  // expected-error @+2 {{b must have the element type of a (f32), got f16}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.matmul %a, %b : (tensor<2x3xf32>, tensor<3x4xf16>) -> tensor<*xf32>
  return
}

// -----

func.func @matmul_scalar_a(%a: tensor<f32>, %b: tensor<3x4xf32>) {
  // expected-error @+2 {{a must not be a scalar (MatMul needs rank >= 1)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.matmul %a, %b : (tensor<f32>, tensor<3x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @matmul_scalar_b(%a: tensor<*xf32>, %b: tensor<f32>) {
  // expected-error @+2 {{b must not be a scalar (MatMul needs rank >= 1)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.matmul %a, %b : (tensor<*xf32>, tensor<f32>) -> tensor<*xf32>
  return
}

// -----

func.func @matmul_contraction(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>) {
  // expected-error @+2 {{the contraction dimensions do not match: a has 2 columns and b has 3 rows (after transpose_a / transpose_b)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.matmul %a, %b {transpose_a = true} : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @matmul_batch(%a: tensor<2x5x3x4xf32>, %b: tensor<3x4x6xf32>) {
  // expected-error @+2 {{the batch dimensions [2, 5] of a and [3] of b do not broadcast}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.matmul %a, %b : (tensor<2x5x3x4xf32>, tensor<3x4x6xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @max_pool_index_type(%x: tensor<1x3x8x8xf32>) {
  // expected-error @+2 {{index_element_type must be i32 or i64, got i16}}
  // expected-error @+1 {{failed to infer returned types}}
  %0, %1 = ov.max_pool %x {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, index_element_type = i16} : (tensor<1x3x8x8xf32>) -> (tensor<*xf32>, tensor<*xi32>)
  return
}

// -----

func.func @max_pool_axis(%x: tensor<1x3x8x8xf32>) {
  // expected-error @+2 {{axis 4 is out of range for rank 4}}
  // expected-error @+1 {{failed to infer returned types}}
  %0, %1 = ov.max_pool %x {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, axis = 4 : i64} : (tensor<1x3x8x8xf32>) -> (tensor<*xf32>, tensor<*xi64>)
  return
}

// -----

func.func @max_pool_data_rank(%x: tensor<3x8xf32>) {
  // expected-error @+2 {{data must have rank 3, 4 or 5 ([N, C, spatial...]), got rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0, %1 = ov.max_pool %x {kernel = array<i64>, strides = array<i64>, pads_begin = array<i64>, pads_end = array<i64>} : (tensor<3x8xf32>) -> (tensor<*xf32>, tensor<*xi64>)
  return
}

// -----

func.func @max_pool_kernel_count(%x: tensor<1x3x8x8xf32>) {
  // expected-error @+2 {{kernel must have 2 elements (one per spatial dimension), got 3}}
  // expected-error @+1 {{failed to infer returned types}}
  %0, %1 = ov.max_pool %x {kernel = array<i64: 2, 2, 2>, strides = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>} : (tensor<1x3x8x8xf32>) -> (tensor<*xf32>, tensor<*xi64>)
  return
}

// -----

func.func @max_pool_kernel_count_unranked(%x: tensor<*xf32>) {
  // expected-error @+2 {{kernel must have 1, 2 or 3 elements (one per spatial dimension), got 4}}
  // expected-error @+1 {{failed to infer returned types}}
  %0, %1 = ov.max_pool %x {kernel = array<i64: 2, 2, 2, 2>, strides = array<i64: 2, 2, 2, 2>, pads_begin = array<i64: 0, 0, 0, 0>, pads_end = array<i64: 0, 0, 0, 0>} : (tensor<*xf32>) -> (tensor<*xf32>, tensor<*xi64>)
  return
}

// -----

func.func @max_pool_kernel_zero(%x: tensor<1x3x8x8xf32>) {
  // expected-error @+2 {{kernel must be positive, got [2, 0]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0, %1 = ov.max_pool %x {kernel = array<i64: 2, 0>, strides = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>} : (tensor<1x3x8x8xf32>) -> (tensor<*xf32>, tensor<*xi64>)
  return
}

// -----

func.func @max_pool_pads_end_count(%x: tensor<1x3x8x8xf32>) {
  // expected-error @+2 {{pads_end must have 2 elements (one per spatial dimension), got 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0, %1 = ov.max_pool %x {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0>} : (tensor<1x3x8x8xf32>) -> (tensor<*xf32>, tensor<*xi64>)
  return
}

// -----

func.func @max_pool_negative_pads(%x: tensor<1x3x8x8xf32>) {
  // expected-error @+2 {{pads_begin must be non-negative, got [0, -1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0, %1 = ov.max_pool %x {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>, pads_begin = array<i64: 0, -1>, pads_end = array<i64: 0, 0>} : (tensor<1x3x8x8xf32>) -> (tensor<*xf32>, tensor<*xi64>)
  return
}

// -----

func.func @max_pool_dilations_count(%x: tensor<1x3x8x8xf32>) {
  // expected-error @+2 {{dilations must have 2 elements (one per spatial dimension), got 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0, %1 = ov.max_pool %x {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, dilations = array<i64: 2>} : (tensor<1x3x8x8xf32>) -> (tensor<*xf32>, tensor<*xi64>)
  return
}

// -----

func.func @max_pool_kernel_too_large(%x: tensor<1x3x8x3xf32>) {
  // expected-error @+2 {{kernel after dilation (4) is larger than the padded input (3) in spatial dimension 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0, %1 = ov.max_pool %x {kernel = array<i64: 2, 4>, strides = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>} : (tensor<1x3x8x3xf32>) -> (tensor<*xf32>, tensor<*xi64>)
  return
}

// -----

func.func @max_pool_indices_type(%x: tensor<1x3x8x8xf32>) {
  // expected-error @+2 {{'ov.max_pool' op inferred type(s) 'tensor<1x3x4x4xf32>', 'tensor<1x3x4x4xi64>' are incompatible with return type(s) of operation 'tensor<1x3x4x4xf32>', 'tensor<1x3x4x4xi32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0, %1 = ov.max_pool %x {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>} : (tensor<1x3x8x8xf32>) -> (tensor<1x3x4x4xf32>, tensor<1x3x4x4xi32>)
  return
}

// -----

func.func @avg_pool_exclude_pad(%x: tensor<1x3x8x8xf32>) {
  // expected-error @+2 {{with exclude_pad, the pads (2) must be smaller than the kernel (2) in spatial dimension 1: a window would lie entirely in the padding}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.avg_pool %x {kernel = array<i64: 2, 2>, strides = array<i64: 1, 1>, pads_begin = array<i64: 1, 0>, pads_end = array<i64: 1, 2>, exclude_pad = true} : (tensor<1x3x8x8xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @avg_pool_strides_zero(%x: tensor<1x3x8xf32>) {
  // expected-error @+2 {{strides must be positive, got [0]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.avg_pool %x {kernel = array<i64: 2>, strides = array<i64: 0>, pads_begin = array<i64: 0>, pads_end = array<i64: 0>, exclude_pad = false} : (tensor<1x3x8xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @interpolate_sizes_type(%x: tensor<1x3x8x8xf32>, %s: tensor<2xf32>, %a: tensor<2xi64>) {
  // expected-error @+2 {{scales_or_sizes must hold integer sizes when shape_calculation_mode is sizes, got f32}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.interpolate %x, %s axes %a {mode = #ov.interpolate_mode<nearest>, shape_calculation_mode = #ov.shape_calc_mode<sizes>} : (tensor<1x3x8x8xf32>, tensor<2xf32>, tensor<2xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @interpolate_scales_type(%x: tensor<1x3x8x8xf32>, %s: tensor<2xi64>, %a: tensor<2xi64>) {
  // expected-error @+2 {{scales_or_sizes must hold float scales when shape_calculation_mode is scales, got i64}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.interpolate %x, %s axes %a {mode = #ov.interpolate_mode<linear>, shape_calculation_mode = #ov.shape_calc_mode<scales>} : (tensor<1x3x8x8xf32>, tensor<2xi64>, tensor<2xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @interpolate_target_rank(%x: tensor<1x3x8x8xf32>, %s: tensor<1x2xi64>) {
  // expected-error @+2 {{scales_or_sizes must be a 1-D tensor, got tensor<1x2xi64>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.interpolate %x, %s {mode = #ov.interpolate_mode<nearest>, shape_calculation_mode = #ov.shape_calc_mode<sizes>} : (tensor<1x3x8x8xf32>, tensor<1x2xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @interpolate_axes_rank(%x: tensor<1x3x8x8xf32>, %s: tensor<2xi64>, %a: tensor<i64>) {
  // expected-error @+2 {{axes must be a 1-D tensor, got tensor<i64>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.interpolate %x, %s axes %a {mode = #ov.interpolate_mode<nearest>, shape_calculation_mode = #ov.shape_calc_mode<sizes>} : (tensor<1x3x8x8xf32>, tensor<2xi64>, tensor<i64>) -> tensor<*xf32>
  return
}

// -----

func.func @interpolate_axes_value(%x: tensor<1x3x8x8xf32>, %s: tensor<2xi64>) {
  %a = ov.constant dense<[2, 4]> : tensor<2xi64>
  // expected-error @+2 {{axes value 4 is out of range for rank 4}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.interpolate %x, %s axes %a {mode = #ov.interpolate_mode<nearest>, shape_calculation_mode = #ov.shape_calc_mode<sizes>} : (tensor<1x3x8x8xf32>, tensor<2xi64>, tensor<2xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @interpolate_sizes_count(%x: tensor<1x3x8x8xf32>, %s: tensor<1xi64>) {
  %a = ov.constant dense<[2, 3]> : tensor<2xi64>
  // expected-error @+2 {{sizes has 1 elements, fewer than the 2 axes}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.interpolate %x, %s axes %a {mode = #ov.interpolate_mode<nearest>, shape_calculation_mode = #ov.shape_calc_mode<sizes>} : (tensor<1x3x8x8xf32>, tensor<1xi64>, tensor<2xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @interpolate_scales_count(%x: tensor<1x3x8x8xf32>, %s: tensor<2xf32>) {
  // expected-error @+2 {{scales has 2 elements, fewer than the 4 dimensions of the data}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.interpolate %x, %s {mode = #ov.interpolate_mode<linear>, shape_calculation_mode = #ov.shape_calc_mode<scales>} : (tensor<1x3x8x8xf32>, tensor<2xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @interpolate_negative_sizes(%x: tensor<1x3x8x8xf32>) {
  %s = ov.constant dense<[4, -4]> : tensor<2xi64>
  %a = ov.constant dense<[2, 3]> : tensor<2xi64>
  // expected-error @+2 {{sizes must be non-negative, got -4}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.interpolate %x, %s axes %a {mode = #ov.interpolate_mode<nearest>, shape_calculation_mode = #ov.shape_calc_mode<sizes>} : (tensor<1x3x8x8xf32>, tensor<2xi64>, tensor<2xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @interpolate_negative_scales(%x: tensor<1x3x8x8xf32>) {
  %s = ov.constant dense<[2.0, -0.5]> : tensor<2xf32>
  %a = ov.constant dense<[2, 3]> : tensor<2xi64>
  // expected-error @+2 {{scales must be non-negative, got [2, -0.5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.interpolate %x, %s axes %a {mode = #ov.interpolate_mode<linear>, shape_calculation_mode = #ov.shape_calc_mode<scales>} : (tensor<1x3x8x8xf32>, tensor<2xf32>, tensor<2xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @interpolate_pads_count(%x: tensor<1x3x8x8xf32>, %s: tensor<4xi64>) {
  // expected-error @+2 {{pads_begin has 5 elements, more than the data's rank 4}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.interpolate %x, %s {mode = #ov.interpolate_mode<nearest>, shape_calculation_mode = #ov.shape_calc_mode<sizes>, pads_begin = array<i64: 0, 0, 0, 0, 0>} : (tensor<1x3x8x8xf32>, tensor<4xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @interpolate_negative_pads(%x: tensor<1x3x8x8xf32>, %s: tensor<4xi64>) {
  // expected-error @+2 {{pads_end must be non-negative, got [0, 0, -1, 0]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.interpolate %x, %s {mode = #ov.interpolate_mode<nearest>, shape_calculation_mode = #ov.shape_calc_mode<sizes>, pads_end = array<i64: 0, 0, -1, 0>} : (tensor<1x3x8x8xf32>, tensor<4xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @interpolate_v4_scales_rank(%x: tensor<1x3x8x8xf32>, %s: tensor<2xi64>, %f: tensor<2x1xf32>) {
  // expected-error @+2 {{scales must be a 1-D tensor, got tensor<2x1xf32>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.interpolate_v4 %x, %s, %f {mode = #ov.interpolate_mode<linear>, shape_calculation_mode = #ov.shape_calc_mode<scales>} : (tensor<1x3x8x8xf32>, tensor<2xi64>, tensor<2x1xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @interpolate_v4_sizes_rank(%x: tensor<1x3x8x8xf32>, %s: tensor<i64>, %f: tensor<2xf32>) {
  // expected-error @+2 {{sizes must be a 1-D tensor, got tensor<i64>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.interpolate_v4 %x, %s, %f {mode = #ov.interpolate_mode<nearest>, shape_calculation_mode = #ov.shape_calc_mode<sizes>} : (tensor<1x3x8x8xf32>, tensor<i64>, tensor<2xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @interpolate_v4_sizes_type(%x: tensor<1x3x8x8xf32>, %s: tensor<4xf32>, %f: tensor<4xf32>) {
  // expected-error @+1 {{'ov.interpolate_v4' op operand #1 must be tensor of integer values, but got 'tensor<4xf32>'}}
  %0 = ov.interpolate_v4 %x, %s, %f {mode = #ov.interpolate_mode<nearest>, shape_calculation_mode = #ov.shape_calc_mode<sizes>} : (tensor<1x3x8x8xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @interpolate_v4_pillow(%x: tensor<1x3x8x8xf32>, %s: tensor<4xi64>, %f: tensor<4xf32>) {
  // expected-error @+2 {{mode bilinear_pillow needs Interpolate-11 (ov.interpolate)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.interpolate_v4 %x, %s, %f {mode = #ov.interpolate_mode<bilinear_pillow>, shape_calculation_mode = #ov.shape_calc_mode<sizes>} : (tensor<1x3x8x8xf32>, tensor<4xi64>, tensor<4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @grid_sample_data_rank(%x: tensor<3x8x8xf32>, %g: tensor<1x4x4x2xf32>) {
  // expected-error @+2 {{data must have rank 4 ([N, C, H_in, W_in]), got rank 3}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.grid_sample %x, %g : (tensor<3x8x8xf32>, tensor<1x4x4x2xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @grid_sample_grid_rank(%x: tensor<1x3x8x8xf32>, %g: tensor<4x4x2xf32>) {
  // expected-error @+2 {{grid must have rank 4 ([N, H_out, W_out, 2]), got rank 3}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.grid_sample %x, %g : (tensor<1x3x8x8xf32>, tensor<4x4x2xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @grid_sample_grid_pairs(%x: tensor<1x3x8x8xf32>, %g: tensor<1x4x4x3xf32>) {
  // expected-error @+2 {{the last dimension of grid must be 2, got 3}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.grid_sample %x, %g : (tensor<1x3x8x8xf32>, tensor<1x4x4x3xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @grid_sample_batch(%x: tensor<2x3x8x8xf32>, %g: tensor<3x4x4x2xf32>) {
  // expected-error @+2 {{data and grid must have the same batch size, got [2, 3, 8, 8] and [3, 4, 4, 2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.grid_sample %x, %g : (tensor<2x3x8x8xf32>, tensor<3x4x4x2xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @grid_sample_grid_type(%x: tensor<1x3x8x8xf32>, %g: tensor<1x4x4x2xi32>) {
  // expected-error @+1 {{operand #1 must be tensor of floating-point values}}
  %0 = ov.grid_sample %x, %g : (tensor<1x3x8x8xf32>, tensor<1x4x4x2xi32>) -> tensor<*xf32>
  return
}

// -----

func.func @grid_sample_mode(%x: tensor<1x3x8x8xf32>, %g: tensor<1x4x4x2xf32>) {
  // expected-error @+2 {{expected ::mlir::ov::GridSampleMode to be one of: bilinear, bicubic, nearest}}
  // expected-error @+1 {{failed to parse}}
  %0 = ov.grid_sample %x, %g {mode = #ov.grid_sample_mode<linear>} : (tensor<1x3x8x8xf32>, tensor<1x4x4x2xf32>) -> tensor<*xf32>
  return
}
