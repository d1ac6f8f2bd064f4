// RUN: ov-opt %s -split-input-file -verify-diagnostics

func.func @reshape_shape_rank(%x: tensor<6xf32>, %s: tensor<2x1xi64>) {
  // expected-error @+2 {{shape must be a 1-D tensor, got tensor<2x1xi64>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.reshape %x, %s {special_zero = false} : (tensor<6xf32>, tensor<2x1xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @reshape_negative(%x: tensor<6xf32>) {
  %s = ov.constant dense<[3, -2]> : tensor<2xi64>
  // expected-error @+2 {{shape value -2 at index 1 is invalid: only -1 may be negative}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.reshape %x, %s {special_zero = false} : (tensor<6xf32>, tensor<2xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @reshape_two_minus_one(%x: tensor<6xf32>) {
  %s = ov.constant dense<[-1, 3, -1]> : tensor<3xi64>
  // expected-error @+2 {{shape [-1, 3, -1] has more than one -1 (at indices 0 and 2)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.reshape %x, %s {special_zero = false} : (tensor<6xf32>, tensor<3xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @reshape_special_zero_rank(%x: tensor<6xf32>) {
  %s = ov.constant dense<[6, 0]> : tensor<2xi64>
  // expected-error @+2 {{shape value 0 at index 1 copies an input dimension (special_zero) but data has rank 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.reshape %x, %s {special_zero = true} : (tensor<6xf32>, tensor<2xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @reshape_count(%x: tensor<2x3x4xf32>) {
  %s = ov.constant dense<[5, 5]> : tensor<2xi64>
  // expected-error @+2 {{shape [5, 5] cannot hold data of shape [2, 3, 4]: 25 elements vs 24}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.reshape %x, %s {special_zero = false} : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @reshape_zero_product(%x: tensor<2x3xf32>) {
  %s = ov.constant dense<[0, -1]> : tensor<2xi64>
  // expected-error @+2 {{shape [0, -1] cannot hold data of shape [2, 3]: the entries other than -1 multiply to 0}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.reshape %x, %s {special_zero = false} : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @reshape_not_divisible(%x: tensor<2x3x4xf32>) {
  %s = ov.constant dense<[5, -1]> : tensor<2xi64>
  // expected-error @+2 {{shape [5, -1] cannot hold data of shape [2, 3, 4]: cannot infer the -1 entry, 24 elements are not divisible by 5}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.reshape %x, %s {special_zero = false} : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @transpose_order_rank(%x: tensor<2x3xf32>, %o: tensor<2x1xi64>) {
  // expected-error @+2 {{order must be a 1-D tensor, got tensor<2x1xi64>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.transpose %x, %o : (tensor<2x3xf32>, tensor<2x1xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @transpose_order_length(%x: tensor<2x3xf32>) {
  %o = ov.constant dense<[0, 1, 2]> : tensor<3xi64>
  // expected-error @+2 {{order has 3 elements but data has rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.transpose %x, %o : (tensor<2x3xf32>, tensor<3xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @transpose_order_length_dynamic(%x: tensor<2x3xf32>, %o: tensor<3xi64>) {
  // expected-error @+2 {{order has 3 elements but data has rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.transpose %x, %o : (tensor<2x3xf32>, tensor<3xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @transpose_not_permutation(%x: tensor<2x3x4xf32>) {
  %o = ov.constant dense<[0, 2, 2]> : tensor<3xi64>
  // expected-error @+2 {{order [0, 2, 2] is not a permutation of [0, 3)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.transpose %x, %o : (tensor<2x3x4xf32>, tensor<3xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @squeeze_axes_rank(%x: tensor<1x3xf32>, %a: tensor<1x1xi64>) {
  // expected-error @+2 {{axes must be a 0-D or 1-D tensor, got tensor<1x1xi64>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.squeeze %x, %a : (tensor<1x3xf32>, tensor<1x1xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @squeeze_axis_range(%x: tensor<1x3xf32>) {
  %a = ov.constant dense<[2]> : tensor<1xi64>
  // expected-error @+2 {{axes value 2 is out of range for rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.squeeze %x, %a : (tensor<1x3xf32>, tensor<1xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @squeeze_not_one(%x: tensor<1x3xf32>) {
  %a = ov.constant dense<[-1]> : tensor<1xi64>
  // expected-error @+2 {{cannot squeeze dimension 1 of size 3: only dimensions of size 1 can be removed}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.squeeze %x, %a : (tensor<1x3xf32>, tensor<1xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @unsqueeze_axis_range(%x: tensor<3xf32>) {
  %a = ov.constant dense<[-3]> : tensor<1xi64>
  // expected-error @+2 {{axes value -3 is out of range for rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.unsqueeze %x, %a : (tensor<3xf32>, tensor<1xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @unsqueeze_twice(%x: tensor<3xf32>) {
  %a = ov.constant dense<[0, -3]> : tensor<2xi64>
  // expected-error @+2 {{axes [0, -3] name output axis 0 twice}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.unsqueeze %x, %a : (tensor<3xf32>, tensor<2xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @concat_no_inputs() {
  // expected-error @+2 {{Concat needs at least one input}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.concat {axis = 0 : i64} : () -> tensor<*xf32>
  return
}

// -----

func.func @concat_element_types(%a: tensor<2xf32>, %b: tensor<2xf16>) {
  // expected-error @+2 {{input 1 has element type f16 but input 0 has f32}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.concat %a, %b {axis = 0 : i64} : (tensor<2xf32>, tensor<2xf16>) -> tensor<*xf32>
  return
}

// -----

func.func @concat_axis(%a: tensor<2x3xf32>, %b: tensor<2x3xf32>) {
  // expected-error @+2 {{axis 2 is out of range for rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.concat %a, %b {axis = 2 : i64} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @concat_rank(%a: tensor<*xf32>, %b: tensor<2x3xf32>, %c: tensor<2xf32>) {
  // expected-error @+2 {{input 2 has rank 1 but input 1 has rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.concat %a, %b, %c {axis = 0 : i64} : (tensor<*xf32>, tensor<2x3xf32>, tensor<2xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @concat_dims(%a: tensor<2x3xf32>, %b: tensor<4x4xf32>) {
  // expected-error @+2 {{input 1 has size 4 at dimension 1 where other inputs have 3 (only the axis dimension may differ)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.concat %a, %b {axis = 0 : i64} : (tensor<2x3xf32>, tensor<4x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @split_axis_scalar(%x: tensor<4xf32>, %axis: tensor<2xi64>) {
  // expected-error @+2 {{axis must be a scalar, got tensor<2xi64>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = ov.split %x, %axis {num_splits = 2 : i64} : (tensor<4xf32>, tensor<2xi64>) -> (tensor<*xf32>, tensor<*xf32>)
  return
}

// -----

func.func @split_num_splits(%x: tensor<4xf32>, %axis: tensor<i64>) {
  // expected-error @+2 {{num_splits must be positive, got 0}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.split %x, %axis {num_splits = 0 : i64} : (tensor<4xf32>, tensor<i64>) -> tensor<*xf32>
  return
}

// -----

func.func @split_axis_range(%x: tensor<4xf32>) {
  %axis = ov.constant dense<-2> : tensor<i64>
  // expected-error @+2 {{axis -2 is out of range for rank 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = ov.split %x, %axis {num_splits = 2 : i64} : (tensor<4xf32>, tensor<i64>) -> (tensor<*xf32>, tensor<*xf32>)
  return
}

// -----

func.func @split_divisible(%x: tensor<2x5xf32>) {
  %axis = ov.constant dense<1> : tensor<i64>
  // expected-error @+2 {{dimension 1 of size 5 is not divisible by num_splits 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = ov.split %x, %axis {num_splits = 2 : i64} : (tensor<2x5xf32>, tensor<i64>) -> (tensor<*xf32>, tensor<*xf32>)
  return
}

// -----

func.func @variadic_split_lengths_rank(%x: tensor<4xf32>, %axis: tensor<i64>, %l: tensor<i64>) {
  // expected-error @+2 {{split_lengths must be a 1-D tensor, got tensor<i64>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.variadic_split %x, %axis, %l : (tensor<4xf32>, tensor<i64>, tensor<i64>) -> tensor<*xf32>
  return
}

// -----

func.func @variadic_split_lengths_dynamic(%x: tensor<4xf32>, %axis: tensor<i64>, %l: tensor<?xi64>) {
  // expected-error @+2 {{split_lengths must have a static length (one result per entry), got tensor<?xi64>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.variadic_split %x, %axis, %l : (tensor<4xf32>, tensor<i64>, tensor<?xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @variadic_split_negative(%x: tensor<4xf32>, %axis: tensor<i64>) {
  %l = ov.constant dense<[-3, 7]> : tensor<2xi64>
  // expected-error @+2 {{split_lengths value -3 at index 0 is invalid: only -1 may be negative}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = ov.variadic_split %x, %axis, %l : (tensor<4xf32>, tensor<i64>, tensor<2xi64>) -> (tensor<*xf32>, tensor<*xf32>)
  return
}

// -----

func.func @variadic_split_two_rest(%x: tensor<4xf32>, %axis: tensor<i64>) {
  %l = ov.constant dense<[-1, -1]> : tensor<2xi64>
  // expected-error @+2 {{split_lengths [-1, -1] has more than one -1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = ov.variadic_split %x, %axis, %l : (tensor<4xf32>, tensor<i64>, tensor<2xi64>) -> (tensor<*xf32>, tensor<*xf32>)
  return
}

// -----

func.func @variadic_split_sum(%x: tensor<2x4xf32>) {
  %axis = ov.constant dense<-1> : tensor<i64>
  %l = ov.constant dense<[1, 2]> : tensor<2xi64>
  // expected-error @+2 {{split_lengths [1, 2] sum to 3 but dimension 1 has size 4}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = ov.variadic_split %x, %axis, %l : (tensor<2x4xf32>, tensor<i64>, tensor<2xi64>) -> (tensor<*xf32>, tensor<*xf32>)
  return
}

// -----

func.func @variadic_split_rest_too_small(%x: tensor<2x4xf32>) {
  %axis = ov.constant dense<1> : tensor<i64>
  %l = ov.constant dense<[5, -1]> : tensor<2xi64>
  // expected-error @+2 {{split_lengths [5, -1] sum to 5 but dimension 1 has size 4}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = ov.variadic_split %x, %axis, %l : (tensor<2x4xf32>, tensor<i64>, tensor<2xi64>) -> (tensor<*xf32>, tensor<*xf32>)
  return
}

// -----

func.func @tile_repeats_rank(%x: tensor<4xf32>, %r: tensor<i64>) {
  // expected-error @+2 {{repeats must be a 1-D tensor, got tensor<i64>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.tile %x, %r : (tensor<4xf32>, tensor<i64>) -> tensor<*xf32>
  return
}

// -----

func.func @tile_negative(%x: tensor<4xf32>) {
  %r = ov.constant dense<[-1]> : tensor<1xi64>
  // expected-error @+2 {{repeats value -1 at index 0 is invalid: sizes must not be negative}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.tile %x, %r : (tensor<4xf32>, tensor<1xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @broadcast_target_rank(%x: tensor<3xf32>, %t: tensor<i64>) {
  // expected-error @+2 {{target_shape must be a 1-D tensor, got tensor<i64>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.broadcast %x, %t : (tensor<3xf32>, tensor<i64>) -> tensor<*xf32>
  return
}

// -----

func.func @broadcast_explicit_needs_mapping(%x: tensor<3xf32>, %t: tensor<2xi64>) {
  // expected-error @+2 {{axes_mapping is required in explicit mode}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.broadcast %x, %t {mode = #ov.broadcast_mode<explicit>} : (tensor<3xf32>, tensor<2xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @broadcast_mapping_numpy(%x: tensor<3xf32>, %t: tensor<2xi64>, %m: tensor<1xi64>) {
  // expected-error @+2 {{axes_mapping is only allowed in explicit mode, got numpy}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.broadcast %x, %t, %m : (tensor<3xf32>, tensor<2xi64>, tensor<1xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @broadcast_mapping_rank(%x: tensor<3xf32>, %t: tensor<2xi64>, %m: tensor<i64>) {
  // expected-error @+2 {{axes_mapping must be a 1-D tensor, got tensor<i64>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.broadcast %x, %t, %m {mode = #ov.broadcast_mode<explicit>} : (tensor<3xf32>, tensor<2xi64>, tensor<i64>) -> tensor<*xf32>
  return
}

// -----

func.func @broadcast_pdpd(%x: tensor<3xf32>, %t: tensor<2xi64>) {
  // expected-error @+2 {{Broadcast-3 supports the modes numpy, explicit and bidirectional, got pdpd}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.broadcast %x, %t {mode = #ov.broadcast_mode<pdpd>} : (tensor<3xf32>, tensor<2xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @broadcast_negative_target(%x: tensor<3xf32>) {
  %t = ov.constant dense<[-1, 3]> : tensor<2xi64>
  // expected-error @+2 {{target_shape value -1 at index 0 is invalid: sizes must not be negative}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.broadcast %x, %t : (tensor<3xf32>, tensor<2xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @broadcast_numpy_rank(%x: tensor<2x3xf32>) {
  %t = ov.constant dense<[3]> : tensor<1xi64>
  // expected-error @+2 {{data of rank 2 cannot be broadcast (numpy) to target_shape of rank 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.broadcast %x, %t : (tensor<2x3xf32>, tensor<1xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @broadcast_numpy_dim(%x: tensor<3xf32>) {
  %t = ov.constant dense<[2, 1]> : tensor<2xi64>
  // expected-error @+2 {{data dimension 0 of size 3 cannot be broadcast (numpy) to target_shape size 1 at axis 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.broadcast %x, %t : (tensor<3xf32>, tensor<2xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @broadcast_bidirectional(%x: tensor<3xf32>) {
  %t = ov.constant dense<[2, 4]> : tensor<2xi64>
  // expected-error @+2 {{operand shapes are not broadcastable: dimension 1 is 3 vs 4}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.broadcast %x, %t {mode = #ov.broadcast_mode<bidirectional>} : (tensor<3xf32>, tensor<2xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @broadcast_mapping_count(%x: tensor<3xf32>) {
  %t = ov.constant dense<[2, 3]> : tensor<2xi64>
  %m = ov.constant dense<[0, 1]> : tensor<2xi64>
  // expected-error @+2 {{axes_mapping has 2 elements but data has rank 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.broadcast %x, %t, %m {mode = #ov.broadcast_mode<explicit>} : (tensor<3xf32>, tensor<2xi64>, tensor<2xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @broadcast_mapping_range(%x: tensor<3xf32>) {
  %t = ov.constant dense<[2, 3]> : tensor<2xi64>
  %m = ov.constant dense<[2]> : tensor<1xi64>
  // expected-error @+2 {{axes_mapping value 2 is out of range for target_shape of rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.broadcast %x, %t, %m {mode = #ov.broadcast_mode<explicit>} : (tensor<3xf32>, tensor<2xi64>, tensor<1xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @broadcast_mapping_order(%x: tensor<2x3xf32>) {
  %t = ov.constant dense<[2, 3]> : tensor<2xi64>
  %m = ov.constant dense<[1, 0]> : tensor<2xi64>
  // expected-error @+2 {{axes_mapping [1, 0] must be strictly increasing}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.broadcast %x, %t, %m {mode = #ov.broadcast_mode<explicit>} : (tensor<2x3xf32>, tensor<2xi64>, tensor<2xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @broadcast_explicit_dim(%x: tensor<3xf32>) {
  %t = ov.constant dense<[2, 3]> : tensor<2xi64>
  %m = ov.constant dense<[0]> : tensor<1xi64>
  // expected-error @+2 {{data dimension 0 of size 3 cannot be broadcast to target_shape size 2 at axis 0}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.broadcast %x, %t, %m {mode = #ov.broadcast_mode<explicit>} : (tensor<3xf32>, tensor<2xi64>, tensor<1xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @pad_begin_rank(%x: tensor<3xf32>, %p: tensor<1x1xi64>, %q: tensor<1xi64>) {
  // expected-error @+2 {{pads_begin must be a 1-D tensor, got tensor<1x1xi64>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.pad %x, %p, %q {pad_mode = #ov.pad_mode<constant>} : (tensor<3xf32>, tensor<1x1xi64>, tensor<1xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @pad_end_rank(%x: tensor<3xf32>, %p: tensor<1xi64>, %q: tensor<i64>) {
  // expected-error @+2 {{pads_end must be a 1-D tensor, got tensor<i64>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.pad %x, %p, %q {pad_mode = #ov.pad_mode<constant>} : (tensor<3xf32>, tensor<1xi64>, tensor<i64>) -> tensor<*xf32>
  return
}

// -----

func.func @pad_value_scalar(%x: tensor<3xf32>, %p: tensor<1xi64>, %v: tensor<2xf32>) {
  // expected-error @+2 {{pad_value must be a scalar, got tensor<2xf32>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.pad %x, %p, %p, %v {pad_mode = #ov.pad_mode<constant>} : (tensor<3xf32>, tensor<1xi64>, tensor<1xi64>, tensor<2xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @pad_value_type(%x: tensor<3xf32>, %p: tensor<1xi64>, %v: tensor<f16>) {
  // expected-error @+2 {{pad_value must have the data's element type f32, got f16}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.pad %x, %p, %p, %v {pad_mode = #ov.pad_mode<constant>} : (tensor<3xf32>, tensor<1xi64>, tensor<1xi64>, tensor<f16>) -> tensor<*xf32>
  return
}

// -----

func.func @pad_length(%x: tensor<3xf32>, %p: tensor<1xi64>, %q: tensor<2xi64>) {
  // expected-error @+2 {{pads_end has 2 elements but data has rank 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.pad %x, %p, %q {pad_mode = #ov.pad_mode<constant>} : (tensor<3xf32>, tensor<1xi64>, tensor<2xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @pad_reflect(%x: tensor<3xf32>) {
  %p = ov.constant dense<[3]> : tensor<1xi64>
  %q = ov.constant dense<[0]> : tensor<1xi64>
  // expected-error @+2 {{pads_begin value 3 at dimension 0 exceeds 2, the most reflect mode allows for a dimension of size 3}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.pad %x, %p, %q {pad_mode = #ov.pad_mode<reflect>} : (tensor<3xf32>, tensor<1xi64>, tensor<1xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @pad_symmetric(%x: tensor<3xf32>) {
  %p = ov.constant dense<[3]> : tensor<1xi64>
  %q = ov.constant dense<[4]> : tensor<1xi64>
  // expected-error @+2 {{pads_end value 4 at dimension 0 exceeds 3, the most symmetric mode allows for a dimension of size 3}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.pad %x, %p, %q {pad_mode = #ov.pad_mode<symmetric>} : (tensor<3xf32>, tensor<1xi64>, tensor<1xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @pad_negative(%x: tensor<3xf32>) {
  %p = ov.constant dense<[-2]> : tensor<1xi64>
  // expected-error @+2 {{pads remove more than dimension 0 holds: size 3, pads_begin -2, pads_end -2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.pad %x, %p, %p {pad_mode = #ov.pad_mode<constant>} : (tensor<3xf32>, tensor<1xi64>, tensor<1xi64>) -> tensor<*xf32>
  return
}

// -----

func.func @shape_of_type(%x: tensor<3xf32>) {
  // expected-error @+2 {{output_type must be i64 or i32, got i16}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.shape_of %x {output_type = i16} : tensor<3xf32> -> tensor<1xi16>
  return
}

// -----

func.func @range_type(%a: tensor<i64>) {
  // expected-error @+2 {{output_type must be a numeric type, got i1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.range %a, %a, %a {output_type = i1} : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<?xi1>
  return
}

// -----

func.func @range_scalar(%a: tensor<i64>, %b: tensor<2xi64>) {
  // expected-error @+2 {{stop must be a scalar, got tensor<2xi64>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.range %a, %b, %a {output_type = i64} : (tensor<i64>, tensor<2xi64>, tensor<i64>) -> tensor<?xi64>
  return
}

// -----

func.func @range_step_zero(%a: tensor<f32>) {
  %s = ov.constant dense<0.0> : tensor<f32>
  // expected-error @+2 {{step must not be zero}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.range %a, %a, %s {output_type = f32} : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<?xf32>
  return
}

// -----

func.func @range_step_zero_integral(%a: tensor<f32>) {
  %s = ov.constant dense<0.5> : tensor<f32>
  // expected-error @+2 {{step must not be zero (after conversion to the integral output_type)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.range %a, %a, %s {output_type = i32} : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<?xi32>
  return
}

// -----

func.func @range_infinite() {
  %a = ov.constant dense<0.0> : tensor<f32>
  %b = ov.constant dense<0x7F800000> : tensor<f32>
  %s = ov.constant dense<1.0> : tensor<f32>
  // expected-error @+2 {{Range length is not finite}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.range %a, %b, %s {output_type = f32} : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<?xf32>
  return
}

// -----

func.func @reshape_special_zero_count(%x: tensor<?x3x4xf32>) {
  %s = ov.constant dense<[0, 5]> : tensor<2xi64>
  // expected-error @+2 {{shape [0, 5] cannot hold data of shape [?, 3, 4]: 5 elements vs 12 (not counting dimensions copied by special_zero)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.reshape %x, %s {special_zero = true} : (tensor<?x3x4xf32>, tensor<2xi64>) -> tensor<*xf32>
  return
}
