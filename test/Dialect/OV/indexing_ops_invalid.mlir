// RUN: ov-opt %s -split-input-file -verify-diagnostics

func.func @gather_axis_not_scalar(%x: tensor<5x4xf32>, %i: tensor<3xi64>, %a: tensor<2xi64>) {
  // expected-error @+2 {{axis must be a scalar or a 1-element 1-D tensor, got tensor<2xi64>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.gather %x, %i, %a : (tensor<5x4xf32>, tensor<3xi64>, tensor<2xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @gather_axis_range(%x: tensor<5x4xf32>, %i: tensor<3xi64>) {
  %a = ov.constant dense<2> : tensor<i64>
  // expected-error @+2 {{axis 2 is out of range for rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.gather %x, %i, %a : (tensor<5x4xf32>, tensor<3xi64>, tensor<i64>) -> tensor<*xf32>
  return
}

// -----

func.func @gather_batch_dims_range(%x: tensor<5x4xf32>, %i: tensor<3xi64>, %a: tensor<i64>) {
  // expected-error @+2 {{batch_dims -2 is out of range for indices of rank 1 (expected [-1, 1])}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.gather %x, %i, %a {batch_dims = -2 : i64} : (tensor<5x4xf32>, tensor<3xi64>, tensor<i64>) -> tensor<*xf32>
  return
}

// -----

func.func @gather_batch_dims_axis(%x: tensor<2x5x4xf32>, %i: tensor<2x3xi64>) {
  %a = ov.constant dense<0> : tensor<i64>
  // expected-error @+2 {{batch_dims (1) must be <= axis (0) after normalization}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.gather %x, %i, %a {batch_dims = 1 : i64} : (tensor<2x5x4xf32>, tensor<2x3xi64>, tensor<i64>) -> tensor<*xf32>
  return
}

// -----

func.func @gather_batch_dims_data_rank(%x: tensor<2xf32>, %i: tensor<2x3xi64>, %a: tensor<i64>) {
  // expected-error @+2 {{batch_dims (1) must be less than the rank of data (1)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.gather %x, %i, %a {batch_dims = 1 : i64} : (tensor<2xf32>, tensor<2x3xi64>, tensor<i64>) -> tensor<*xf32>
  return
}

// -----

func.func @gather_batch_mismatch(%x: tensor<2x5x4xf32>, %i: tensor<3x3xi64>) {
  %a = ov.constant dense<1> : tensor<1xi64>
  // expected-error @+2 {{data and indices must have equal sizes in the first 1 (batch_dims) dimensions, dimension 0 differs: 2 vs 3}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.gather %x, %i, %a {batch_dims = 1 : i64} : (tensor<2x5x4xf32>, tensor<3x3xi64>, tensor<1xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @gather_elements_axis(%x: tensor<2x5xf32>, %i: tensor<2x3xi64>) {
  // expected-error @+2 {{axis -3 is out of range for rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.gather_elements %x, %i {axis = -3 : i64} : (tensor<2x5xf32>, tensor<2x3xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @gather_elements_rank(%x: tensor<2x5xf32>, %i: tensor<3xi64>) {
  // expected-error @+2 {{indices must have the rank of data (2), got 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.gather_elements %x, %i {axis = 1 : i64} : (tensor<2x5xf32>, tensor<3xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @gather_elements_dims(%x: tensor<2x5xf32>, %i: tensor<4x3xi64>) {
  // expected-error @+2 {{indices dimension 0 (4) must equal data dimension 0 (2) off the axis 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.gather_elements %x, %i {axis = 1 : i64} : (tensor<2x5xf32>, tensor<4x3xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @scatter_elements_axis_scalar(%x: tensor<2x5xf32>, %i: tensor<2x3xi64>, %u: tensor<2x3xf32>, %a: tensor<1x1xi64>) {
  // expected-error @+2 {{axis must be a scalar or a 1-element 1-D tensor, got tensor<1x1xi64>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.scatter_elements_update %x, %i, %u, %a : (tensor<2x5xf32>, tensor<2x3xi64>, tensor<2x3xf32>, tensor<1x1xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @scatter_elements_updates_type(%x: tensor<2x5xf32>, %i: tensor<2x3xi64>, %u: tensor<2x3xf16>, %a: tensor<i64>) {
  // expected-error @+2 {{updates must have the element type of data (f32), got f16}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.scatter_elements_update %x, %i, %u, %a : (tensor<2x5xf32>, tensor<2x3xi64>, tensor<2x3xf16>, tensor<i64>) -> tensor<*xf32>
  return
}

// -----

func.func @scatter_elements_axis(%x: tensor<2x5xf32>, %i: tensor<2x3xi64>, %u: tensor<2x3xf32>) {
  %a = ov.constant dense<2> : tensor<i64>
  // expected-error @+2 {{axis 2 is out of range for rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.scatter_elements_update %x, %i, %u, %a : (tensor<2x5xf32>, tensor<2x3xi64>, tensor<2x3xf32>, tensor<i64>) -> tensor<*xf32>
  return
}

// -----

func.func @scatter_elements_indices_rank(%x: tensor<2x5xf32>, %i: tensor<3xi64>, %u: tensor<3xf32>, %a: tensor<i64>) {
  // expected-error @+2 {{indices must have the rank of data (2), got 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.scatter_elements_update %x, %i, %u, %a : (tensor<2x5xf32>, tensor<3xi64>, tensor<3xf32>, tensor<i64>) -> tensor<*xf32>
  return
}

// -----

func.func @scatter_elements_updates_shape(%x: tensor<2x5xf32>, %i: tensor<2x3xi64>, %u: tensor<2x4xf32>, %a: tensor<i64>) {
  // expected-error @+2 {{updates must have the shape of indices [2, 3], got [2, 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.scatter_elements_update %x, %i, %u, %a : (tensor<2x5xf32>, tensor<2x3xi64>, tensor<2x4xf32>, tensor<i64>) -> tensor<*xf32>
  return
}

// -----

func.func @gather_nd_negative_batch(%x: tensor<4x5xf32>, %i: tensor<4x1xi64>) {
  // expected-error @+2 {{batch_dims must be non-negative, got -1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.gather_nd %x, %i {batch_dims = -1 : i64} : (tensor<4x5xf32>, tensor<4x1xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @gather_nd_scalar_indices(%x: tensor<4x5xf32>, %i: tensor<i64>) {
  // expected-error @+2 {{indices must have rank at least 1, got 0}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.gather_nd %x, %i : (tensor<4x5xf32>, tensor<i64>) -> tensor<*xf32>
  return
}

// -----

func.func @gather_nd_batch_indices(%x: tensor<4x5xf32>, %i: tensor<4xi64>) {
  // expected-error @+2 {{batch_dims (1) must be less than the rank of indices (1)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.gather_nd %x, %i {batch_dims = 1 : i64} : (tensor<4x5xf32>, tensor<4xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @gather_nd_batch_data(%x: tensor<4xf32>, %i: tensor<4x2x1xi64>) {
  // expected-error @+2 {{batch_dims (1) must be less than the rank of data (1)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.gather_nd %x, %i {batch_dims = 1 : i64} : (tensor<4xf32>, tensor<4x2x1xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @gather_nd_tuple(%x: tensor<4x5xf32>, %i: tensor<4x2xi64>) {
  // expected-error @+2 {{the last dimension of indices (2) must be in [1, 1] (rank of data 2 minus batch_dims 1)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.gather_nd %x, %i {batch_dims = 1 : i64} : (tensor<4x5xf32>, tensor<4x2xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @gather_nd_batch_mismatch(%x: tensor<4x5xf32>, %i: tensor<3x1xi64>) {
  // expected-error @+2 {{data and indices must have equal sizes in the first 1 (batch_dims) dimensions, dimension 0 differs: 4 vs 3}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.gather_nd %x, %i {batch_dims = 1 : i64} : (tensor<4x5xf32>, tensor<3x1xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @scatter_nd_updates_type(%x: tensor<4x5xf32>, %i: tensor<3x1xi64>, %u: tensor<3x5xi32>) {
  // expected-error @+2 {{updates must have the element type of data (f32), got i32}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.scatter_nd_update %x, %i, %u : (tensor<4x5xf32>, tensor<3x1xi64>, tensor<3x5xi32>) -> tensor<*xf32>
  return
}

// -----

func.func @scatter_nd_scalar_indices(%x: tensor<4x5xf32>, %i: tensor<i64>, %u: tensor<5xf32>) {
  // expected-error @+2 {{indices must have rank at least 1, got 0}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.scatter_nd_update %x, %i, %u : (tensor<4x5xf32>, tensor<i64>, tensor<5xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @scatter_nd_tuple(%x: tensor<4x5xf32>, %i: tensor<3x3xi64>, %u: tensor<3xf32>) {
  // expected-error @+2 {{the last dimension of indices (3) exceeds the rank of data (2)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.scatter_nd_update %x, %i, %u : (tensor<4x5xf32>, tensor<3x3xi64>, tensor<3xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @scatter_nd_updates_shape(%x: tensor<4x5xf32>, %i: tensor<3x1xi64>, %u: tensor<3x4xf32>) {
  // expected-error @+2 {{updates must have the shape [3, 5] (indices[:-1] + data[1:]), got [3, 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.scatter_nd_update %x, %i, %u : (tensor<4x5xf32>, tensor<3x1xi64>, tensor<3x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @strided_slice_begin_rank(%x: tensor<4x5xf32>, %b: tensor<2x1xi64>, %e: tensor<2xi64>) {
  // expected-error @+2 {{begin must be a 1-D tensor, got tensor<2x1xi64>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.strided_slice %x, %b, %e : (tensor<4x5xf32>, tensor<2x1xi64>, tensor<2xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @strided_slice_end_rank(%x: tensor<4x5xf32>, %b: tensor<2xi64>, %e: tensor<i64>) {
  // expected-error @+2 {{end must be a 1-D tensor, got tensor<i64>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.strided_slice %x, %b, %e : (tensor<4x5xf32>, tensor<2xi64>, tensor<i64>) -> tensor<*xf32>
  return
}

// -----

func.func @strided_slice_stride_rank(%x: tensor<4x5xf32>, %b: tensor<2xi64>, %s: tensor<1x2xi64>) {
  // expected-error @+2 {{stride must be a 1-D tensor, got tensor<1x2xi64>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.strided_slice %x, %b, %b, %s : (tensor<4x5xf32>, tensor<2xi64>, tensor<2xi64>, tensor<1x2xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @strided_slice_lengths(%x: tensor<4x5xf32>, %b: tensor<2xi64>, %e: tensor<3xi64>) {
  // expected-error @+2 {{end must have as many elements as begin (2), got 3}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.strided_slice %x, %b, %e : (tensor<4x5xf32>, tensor<2xi64>, tensor<3xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @strided_slice_mask_value(%x: tensor<4x5xf32>, %b: tensor<2xi64>) {
  // expected-error @+2 {{shrink_axis_mask must hold only 0 and 1, got 2 at index 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.strided_slice %x, %b, %b {shrink_axis_mask = array<i64: 0, 2>} : (tensor<4x5xf32>, tensor<2xi64>, tensor<2xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @strided_slice_two_ellipses(%x: tensor<4x5xf32>, %b: tensor<2xi64>) {
  // expected-error @+2 {{ellipsis_mask must have at most one bit set, got 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.strided_slice %x, %b, %b {ellipsis_mask = array<i64: 1, 1>} : (tensor<4x5xf32>, tensor<2xi64>, tensor<2xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @strided_slice_zero_stride(%x: tensor<4x5xf32>, %b: tensor<2xi64>) {
  %s = ov.constant dense<[1, 0]> : tensor<2xi64>
  // expected-error @+2 {{stride must be non-zero, got 0 at index 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.strided_slice %x, %b, %b, %s : (tensor<4x5xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @strided_slice_too_many(%x: tensor<4x5xf32>, %b: tensor<3xi64>) {
  // expected-error @+2 {{begin/end/stride have 3 entries that slice 3 dimensions (not counting new axes) but data has rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.strided_slice %x, %b, %b : (tensor<4x5xf32>, tensor<3xi64>, tensor<3xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @strided_slice_shrink_range(%x: tensor<4x5xf32>) {
  %b = ov.constant dense<[0, 5]> : tensor<2xi64>
  // expected-error @+2 {{begin value 5 at index 1 is out of range for the shrunk dimension 1 of size 5}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.strided_slice %x, %b, %b {shrink_axis_mask = array<i64: 0, 1>} : (tensor<4x5xf32>, tensor<2xi64>, tensor<2xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @slice_start_rank(%x: tensor<4x5xf32>, %b: tensor<i64>, %c: tensor<1xi64>) {
  // expected-error @+2 {{start must be a 1-D tensor, got tensor<i64>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.slice %x, %b, %c, %c : (tensor<4x5xf32>, tensor<i64>, tensor<1xi64>, tensor<1xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @slice_stop_rank(%x: tensor<4x5xf32>, %b: tensor<i64>, %c: tensor<1xi64>) {
  // expected-error @+2 {{stop must be a 1-D tensor, got tensor<i64>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.slice %x, %c, %b, %c : (tensor<4x5xf32>, tensor<1xi64>, tensor<i64>, tensor<1xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @slice_step_rank(%x: tensor<4x5xf32>, %b: tensor<i64>, %c: tensor<1xi64>) {
  // expected-error @+2 {{step must be a 1-D tensor, got tensor<i64>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.slice %x, %c, %c, %b : (tensor<4x5xf32>, tensor<1xi64>, tensor<1xi64>, tensor<i64>) -> tensor<*xf32>
  return
}

// -----

func.func @slice_axes_rank(%x: tensor<4x5xf32>, %b: tensor<i64>, %c: tensor<1xi64>) {
  // expected-error @+2 {{axes must be a 1-D tensor, got tensor<i64>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.slice %x, %c, %c, %c, %b : (tensor<4x5xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<i64>) -> tensor<*xf32>
  return
}

// -----

func.func @slice_lengths(%x: tensor<4x5xf32>, %b: tensor<2xi64>, %c: tensor<1xi64>) {
  // expected-error @+2 {{axes must have as many elements as start (2), got 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.slice %x, %b, %b, %b, %c : (tensor<4x5xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>, tensor<1xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @slice_zero_step(%x: tensor<4x5xf32>, %b: tensor<2xi64>) {
  %s = ov.constant dense<[0, 1]> : tensor<2xi64>
  // expected-error @+2 {{step must be non-zero, got 0 at index 0}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.slice %x, %b, %b, %s : (tensor<4x5xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @slice_axes_range(%x: tensor<4x5xf32>, %b: tensor<1xi64>) {
  %a = ov.constant dense<[2]> : tensor<1xi64>
  // expected-error @+2 {{axes value 2 is out of range for rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.slice %x, %b, %b, %b, %a : (tensor<4x5xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @slice_axes_unique(%x: tensor<4x5xf32>, %b: tensor<2xi64>) {
  %a = ov.constant dense<[1, -1]> : tensor<2xi64>
  // expected-error @+2 {{axes must be unique, axis 1 appears twice}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.slice %x, %b, %b, %b, %a : (tensor<4x5xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @slice_too_many(%x: tensor<4x5xf32>, %b: tensor<3xi64>) {
  // expected-error @+2 {{start has 3 entries (one per sliced axis) but data has rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.slice %x, %b, %b, %b : (tensor<4x5xf32>, tensor<3xi64>, tensor<3xi64>, tensor<3xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @depth_to_space_block(%x: tensor<1x8x3x3xf32>) {
  // expected-error @+2 {{block_size must be positive, got 0}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.depth_to_space %x {mode = #ov.depth_to_space_mode<blocks_first>, block_size = 0 : i64} : (tensor<1x8x3x3xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @depth_to_space_rank(%x: tensor<1x8xf32>) {
  // expected-error @+2 {{data must have rank at least 3 ([N, C, D1, ...]), got 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.depth_to_space %x {mode = #ov.depth_to_space_mode<blocks_first>, block_size = 2 : i64} : (tensor<1x8xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @depth_to_space_overflow(%x: tensor<1x1x1x1xf32>) {
  // expected-error @+2 {{block_size 4294967296 to the power 2 overflows}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.depth_to_space %x {mode = #ov.depth_to_space_mode<blocks_first>, block_size = 4294967296 : i64} : (tensor<1x1x1x1xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @depth_to_space_channels(%x: tensor<1x6x3x3xf32>) {
  // expected-error @+2 {{the channel dimension (6) must be divisible by block_size^2 (4)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.depth_to_space %x {mode = #ov.depth_to_space_mode<depth_first>, block_size = 2 : i64} : (tensor<1x6x3x3xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @space_to_depth_spatial(%x: tensor<1x2x4x5xf32>) {
  // expected-error @+2 {{spatial dimension 3 (5) must be divisible by block_size (2)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.space_to_depth %x {mode = #ov.depth_to_space_mode<blocks_first>, block_size = 2 : i64} : (tensor<1x2x4x5xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @one_hot_depth_scalar(%i: tensor<3xi64>, %d: tensor<2xi64>, %v: tensor<f32>) {
  // expected-error @+2 {{depth must be a scalar or a 1-element 1-D tensor, got tensor<2xi64>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.one_hot %i, %d, %v, %v {axis = -1 : i64} : (tensor<3xi64>, tensor<2xi64>, tensor<f32>, tensor<f32>) -> tensor<*xf32>
  return
}

// -----

func.func @one_hot_on_value_scalar(%i: tensor<3xi64>, %d: tensor<i64>, %on: tensor<2xf32>, %v: tensor<f32>) {
  // expected-error @+2 {{on_value must be a scalar or a 1-element 1-D tensor, got tensor<2xf32>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.one_hot %i, %d, %on, %v {axis = -1 : i64} : (tensor<3xi64>, tensor<i64>, tensor<2xf32>, tensor<f32>) -> tensor<*xf32>
  return
}

// -----

func.func @one_hot_off_value_scalar(%i: tensor<3xi64>, %d: tensor<i64>, %v: tensor<f32>, %off: tensor<1x1xf32>) {
  // expected-error @+2 {{off_value must be a scalar or a 1-element 1-D tensor, got tensor<1x1xf32>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.one_hot %i, %d, %v, %off {axis = -1 : i64} : (tensor<3xi64>, tensor<i64>, tensor<f32>, tensor<1x1xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @one_hot_value_types(%i: tensor<3xi64>, %d: tensor<i64>, %on: tensor<f32>, %off: tensor<i32>) {
  // expected-error @+2 {{off_value must have the element type of on_value (f32), got i32}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.one_hot %i, %d, %on, %off {axis = -1 : i64} : (tensor<3xi64>, tensor<i64>, tensor<f32>, tensor<i32>) -> tensor<*xf32>
  return
}

// -----

func.func @one_hot_negative_depth(%i: tensor<3xi64>, %v: tensor<f32>) {
  %d = ov.constant dense<-1> : tensor<i64>
  // expected-error @+2 {{depth must be non-negative, got -1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.one_hot %i, %d, %v, %v {axis = -1 : i64} : (tensor<3xi64>, tensor<i64>, tensor<f32>, tensor<f32>) -> tensor<*xf32>
  return
}

// -----

func.func @one_hot_axis(%i: tensor<3xi64>, %d: tensor<i64>, %v: tensor<f32>) {
  // expected-error @+2 {{axis 2 is out of range for rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.one_hot %i, %d, %v, %v {axis = 2 : i64} : (tensor<3xi64>, tensor<i64>, tensor<f32>, tensor<f32>) -> tensor<*xf32>
  return
}

// -----

func.func @non_zero_output_type(%x: tensor<3xf32>) {
  // expected-error @+2 {{output_type must be i64 or i32, got i16}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.non_zero %x {output_type = i16} : tensor<3xf32> -> tensor<*xi16>
  return
}

// -----

func.func @cumsum_axis_scalar(%x: tensor<3xf32>, %a: tensor<2xi64>) {
  // expected-error @+2 {{axis must be a scalar or a 1-element 1-D tensor, got tensor<2xi64>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.cumsum %x, %a : (tensor<3xf32>, tensor<2xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @cumsum_axis(%x: tensor<3xf32>) {
  %a = ov.constant dense<1> : tensor<i64>
  // expected-error @+2 {{axis 1 is out of range for rank 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.cumsum %x, %a : (tensor<3xf32>, tensor<i64>) -> tensor<*xf32>
  return
}

// -----

func.func @unique_index_type(%x: tensor<4xf32>) {
  // expected-error @+2 {{index_element_type must be i32 or i64, got i16}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:4 = ov.unique %x {index_element_type = i16} : (tensor<4xf32>) -> (tensor<?xf32>, tensor<?xi64>, tensor<4xi64>, tensor<?xi64>)
  return
}

// -----

func.func @unique_count_type(%x: tensor<4xf32>) {
  // expected-error @+2 {{count_element_type must be i32 or i64, got f32}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:4 = ov.unique %x {count_element_type = f32} : (tensor<4xf32>) -> (tensor<?xf32>, tensor<?xi64>, tensor<4xi64>, tensor<?xi64>)
  return
}

// -----

func.func @unique_axis_not_scalar(%x: tensor<4x3xf32>, %a: tensor<2xi64>) {
  // expected-error @+2 {{axis must be a scalar or a 1-element 1-D tensor, got tensor<2xi64>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:4 = ov.unique %x, %a : (tensor<4x3xf32>, tensor<2xi64>) -> (tensor<?x3xf32>, tensor<?xi64>, tensor<4xi64>, tensor<?xi64>)
  return
}

// -----

func.func @unique_axis_range() {
  %x = ov.constant dense<1.0> : tensor<4x3xf32>
  %a = ov.constant dense<2> : tensor<i64>
  // expected-error @+2 {{axis 2 is out of range for rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:4 = ov.unique %x, %a : (tensor<4x3xf32>, tensor<i64>) -> (tensor<*xf32>, tensor<?xi64>, tensor<?xi64>, tensor<?xi64>)
  return
}

// -----

func.func @unique_axis_scalar_data(%x: tensor<f32>, %a: tensor<i64>) {
  // expected-error @+2 {{data must have rank 1 or more when axis is given, got a scalar}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:4 = ov.unique %x, %a : (tensor<f32>, tensor<i64>) -> (tensor<*xf32>, tensor<?xi64>, tensor<?xi64>, tensor<?xi64>)
  return
}

// -----

func.func @unique_results(%x: tensor<4xf32>) {
  // expected-error @+2 {{'ov.unique' op inferred type(s) 'tensor<?xf32>', 'tensor<?xi64>', 'tensor<4xi64>', 'tensor<?xi64>' are incompatible with return type(s) of operation 'tensor<?xf32>', 'tensor<?xi64>', 'tensor<5xi64>', 'tensor<?xi64>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:4 = ov.unique %x : (tensor<4xf32>) -> (tensor<?xf32>, tensor<?xi64>, tensor<5xi64>, tensor<?xi64>)
  return
}
