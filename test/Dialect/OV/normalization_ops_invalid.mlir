// RUN: ov-opt %s -split-input-file -verify-diagnostics

func.func @softmax_axis(%x: tensor<2x3x4xf32>) {
  // expected-error @+2 {{axis 3 is out of range for rank 3}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.softmax %x {axis = 3 : i64} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return
}

// -----

func.func @log_softmax_axis(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{axis -3 is out of range for rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.log_softmax %x {axis = -3 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @bn_data_rank(%x: tensor<3xf32>, %g: tensor<3xf32>, %b: tensor<3xf32>, %m: tensor<3xf32>, %v: tensor<3xf32>) {
  // expected-error @+2 {{data must have rank at least 2 ([N, C, ...]), got rank 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.batch_norm_inference %x, %g, %b, %m, %v {epsilon = 1.0e-5 : f64} : (tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  return
}

// -----

func.func @bn_gamma_rank(%x: tensor<1x3x4xf32>, %g: tensor<3x1xf32>, %b: tensor<3xf32>, %m: tensor<3xf32>, %v: tensor<3xf32>) {
  // expected-error @+2 {{gamma must be 1-D (one value per channel), got rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.batch_norm_inference %x, %g, %b, %m, %v {epsilon = 1.0e-5 : f64} : (tensor<1x3x4xf32>, tensor<3x1xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<1x3x4xf32>
  return
}

// -----

func.func @bn_beta_channels(%x: tensor<1x3x4xf32>, %g: tensor<3xf32>, %b: tensor<4xf32>, %m: tensor<3xf32>, %v: tensor<3xf32>) {
  // expected-error @+2 {{beta has 4 elements, expected 3 (the data's channel dimension)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.batch_norm_inference %x, %g, %b, %m, %v {epsilon = 1.0e-5 : f64} : (tensor<1x3x4xf32>, tensor<3xf32>, tensor<4xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<1x3x4xf32>
  return
}

// -----

func.func @bn_mean_vs_gamma(%x: tensor<1x?x4xf32>, %g: tensor<4xf32>, %b: tensor<?xf32>, %m: tensor<5xf32>, %v: tensor<3xf32>) {
  // expected-error @+2 {{mean has 5 elements, expected 4 (the size of gamma)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.batch_norm_inference %x, %g, %b, %m, %v {epsilon = 1.0e-5 : f64} : (tensor<1x?x4xf32>, tensor<4xf32>, tensor<?xf32>, tensor<5xf32>, tensor<3xf32>) -> tensor<1x?x4xf32>
  return
}

// -----

func.func @bn_variance_type(%x: tensor<1x3x4xf32>, %g: tensor<3xf32>, %b: tensor<3xf32>, %m: tensor<3xf32>, %v: tensor<3xf16>) {
  // expected-error @+2 {{variance must have the data's element type f32, got f16}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.batch_norm_inference %x, %g, %b, %m, %v {epsilon = 1.0e-5 : f64} : (tensor<1x3x4xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf16>) -> tensor<1x3x4xf32>
  return
}

// -----

func.func @bn_epsilon(%x: tensor<1x3x4xf32>, %g: tensor<3xf32>, %b: tensor<3xf32>, %m: tensor<3xf32>, %v: tensor<3xf32>) {
  // expected-error @+1 {{'ov.batch_norm_inference' op epsilon must be non-negative, got -1}}
  %0 = ov.batch_norm_inference %x, %g, %b, %m, %v {epsilon = -1.0 : f64} : (tensor<1x3x4xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<1x3x4xf32>
  return
}

// -----

func.func @mvn_axes_rank(%x: tensor<1x3x4xf32>, %a: tensor<i64>) {
  // expected-error @+2 {{axes must be a 1-D tensor, got tensor<i64>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.mvn %x, %a {normalize_variance = true, eps = 1.0e-9 : f64, eps_mode = #ov.mvn_eps_mode<inside_sqrt>} : (tensor<1x3x4xf32>, tensor<i64>) -> tensor<1x3x4xf32>
  return
}

// -----

func.func @mvn_axes_range(%x: tensor<1x3x4xf32>) {
  %a = ov.constant dense<[1, 3]> : tensor<2xi64>
  // expected-error @+2 {{axes value 3 is out of range for rank 3}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.mvn %x, %a {normalize_variance = true, eps = 1.0e-9 : f64, eps_mode = #ov.mvn_eps_mode<inside_sqrt>} : (tensor<1x3x4xf32>, tensor<2xi64>) -> tensor<1x3x4xf32>
  return
}

// -----

func.func @normalize_l2_axes_rank(%x: tensor<2x5xf32>, %a: tensor<1x1xi64>) {
  // expected-error @+2 {{axes must be a scalar or a 1-D tensor, got tensor<1x1xi64>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.normalize_l2 %x, %a {eps = 1.0e-6 : f64, eps_mode = #ov.eps_mode<add>} : (tensor<2x5xf32>, tensor<1x1xi64>) -> tensor<2x5xf32>
  return
}

// -----

func.func @normalize_l2_axes_range(%x: tensor<2x5xf32>) {
  %a = ov.constant dense<-3> : tensor<i32>
  // expected-error @+2 {{axes value -3 is out of range for rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.normalize_l2 %x, %a {eps = 1.0e-6 : f64, eps_mode = #ov.eps_mode<max>} : (tensor<2x5xf32>, tensor<i32>) -> tensor<2x5xf32>
  return
}

// -----

func.func @sdpa_query_rank(%q: tensor<5x16xf32>, %k: tensor<2x8x7x16xf32>, %v: tensor<2x8x7x32xf32>) {
  // expected-error @+2 {{query must have rank at least 3 ([..., L, E]), got rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.scaled_dot_product_attention %q, %k, %v : (tensor<5x16xf32>, tensor<2x8x7x16xf32>, tensor<2x8x7x32xf32>) -> tensor<5x32xf32>
  return
}

// -----

func.func @sdpa_key_rank(%q: tensor<2x8x5x16xf32>, %k: tensor<7x16xf32>, %v: tensor<2x8x7x32xf32>) {
  // expected-error @+2 {{key must have rank at least 3 ([..., S, E]), got rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.scaled_dot_product_attention %q, %k, %v : (tensor<2x8x5x16xf32>, tensor<7x16xf32>, tensor<2x8x7x32xf32>) -> tensor<2x8x5x32xf32>
  return
}

// -----

func.func @sdpa_value_rank(%q: tensor<2x8x5x16xf32>, %k: tensor<2x8x7x16xf32>, %v: tensor<32xf32>) {
  // expected-error @+2 {{value must have rank at least 3 ([..., S, Ev]), got rank 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.scaled_dot_product_attention %q, %k, %v : (tensor<2x8x5x16xf32>, tensor<2x8x7x16xf32>, tensor<32xf32>) -> tensor<2x8x5x32xf32>
  return
}

// -----

func.func @sdpa_e(%q: tensor<2x8x5x16xf32>, %k: tensor<2x8x7x8xf32>, %v: tensor<2x8x7x32xf32>) {
  // expected-error @+2 {{key has E = 8 (last dimension) but the query has E = 16}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.scaled_dot_product_attention %q, %k, %v : (tensor<2x8x5x16xf32>, tensor<2x8x7x8xf32>, tensor<2x8x7x32xf32>) -> tensor<2x8x5x32xf32>
  return
}

// -----

func.func @sdpa_s(%q: tensor<2x8x5x16xf32>, %k: tensor<2x8x7x16xf32>, %v: tensor<2x8x6x32xf32>) {
  // expected-error @+2 {{value has S = 6 (dimension -2) but the key has S = 7}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.scaled_dot_product_attention %q, %k, %v : (tensor<2x8x5x16xf32>, tensor<2x8x7x16xf32>, tensor<2x8x6x32xf32>) -> tensor<2x8x5x32xf32>
  return
}

// -----

func.func @sdpa_key_batch(%q: tensor<2x8x5x16xf32>, %k: tensor<3x8x7x16xf32>, %v: tensor<2x8x7x32xf32>) {
  // expected-error @+2 {{key batch dimensions [3, 8] do not broadcast with the other inputs' [2, 8]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.scaled_dot_product_attention %q, %k, %v : (tensor<2x8x5x16xf32>, tensor<3x8x7x16xf32>, tensor<2x8x7x32xf32>) -> tensor<2x8x5x32xf32>
  return
}

// -----

func.func @sdpa_value_batch(%q: tensor<2x8x5x16xf32>, %k: tensor<2x8x7x16xf32>, %v: tensor<4x7x32xf32>) {
  // expected-error @+2 {{value batch dimensions [4] do not broadcast with the other inputs' [2, 8]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.scaled_dot_product_attention %q, %k, %v : (tensor<2x8x5x16xf32>, tensor<2x8x7x16xf32>, tensor<4x7x32xf32>) -> tensor<2x8x5x32xf32>
  return
}

// -----

func.func @sdpa_mask_rank(%q: tensor<2x8x5x16xf32>, %k: tensor<2x8x7x16xf32>, %v: tensor<2x8x7x32xf32>, %m: tensor<7xi1>) {
  // expected-error @+2 {{attention_mask must be a scalar or have rank at least 2 ([..., L, S]), got rank 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.scaled_dot_product_attention %q, %k, %v mask %m : (tensor<2x8x5x16xf32>, tensor<2x8x7x16xf32>, tensor<2x8x7x32xf32>, tensor<7xi1>) -> tensor<2x8x5x32xf32>
  return
}

// -----

func.func @sdpa_mask_l(%q: tensor<2x8x5x16xf32>, %k: tensor<2x8x7x16xf32>, %v: tensor<2x8x7x32xf32>, %m: tensor<4x7xi1>) {
  // expected-error @+2 {{attention_mask dimension -2 is 4, expected 1 or L = 5}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.scaled_dot_product_attention %q, %k, %v mask %m : (tensor<2x8x5x16xf32>, tensor<2x8x7x16xf32>, tensor<2x8x7x32xf32>, tensor<4x7xi1>) -> tensor<2x8x5x32xf32>
  return
}

// -----

func.func @sdpa_mask_s(%q: tensor<2x8x5x16xf32>, %k: tensor<2x8x7x16xf32>, %v: tensor<2x8x7x32xf32>, %m: tensor<5x6xf32>) {
  // expected-error @+2 {{attention_mask dimension -1 is 6, expected 1 or S = 7}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.scaled_dot_product_attention %q, %k, %v mask %m : (tensor<2x8x5x16xf32>, tensor<2x8x7x16xf32>, tensor<2x8x7x32xf32>, tensor<5x6xf32>) -> tensor<2x8x5x32xf32>
  return
}

// -----

func.func @sdpa_mask_batch(%q: tensor<2x8x5x16xf32>, %k: tensor<2x8x7x16xf32>, %v: tensor<2x8x7x32xf32>, %m: tensor<3x1x5x7xi1>) {
  // expected-error @+2 {{attention_mask batch dimensions [3, 1] do not broadcast with the other inputs' [2, 8]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.scaled_dot_product_attention %q, %k, %v mask %m : (tensor<2x8x5x16xf32>, tensor<2x8x7x16xf32>, tensor<2x8x7x32xf32>, tensor<3x1x5x7xi1>) -> tensor<2x8x5x32xf32>
  return
}

// -----

func.func @sdpa_key_type(%q: tensor<2x8x5x16xf32>, %k: tensor<2x8x7x16xf16>, %v: tensor<2x8x7x32xf32>) {
  // expected-error @+2 {{key must have the query's element type f32, got f16}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.scaled_dot_product_attention %q, %k, %v : (tensor<2x8x5x16xf32>, tensor<2x8x7x16xf16>, tensor<2x8x7x32xf32>) -> tensor<2x8x5x32xf32>
  return
}

// -----

func.func @sdpa_value_type(%q: tensor<2x8x5x16xf32>, %k: tensor<2x8x7x16xf32>, %v: tensor<2x8x7x32xbf16>) {
  // expected-error @+2 {{value must have the query's element type f32, got bf16}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.scaled_dot_product_attention %q, %k, %v : (tensor<2x8x5x16xf32>, tensor<2x8x7x16xf32>, tensor<2x8x7x32xbf16>) -> tensor<2x8x5x32xf32>
  return
}

// -----

func.func @sdpa_mask_type(%q: tensor<2x8x5x16xf32>, %k: tensor<2x8x7x16xf32>, %v: tensor<2x8x7x32xf32>, %m: tensor<5x7xi32>) {
  // expected-error @+2 {{attention_mask must be boolean (i1) or have the query's element type f32, got i32}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.scaled_dot_product_attention %q, %k, %v mask %m : (tensor<2x8x5x16xf32>, tensor<2x8x7x16xf32>, tensor<2x8x7x32xf32>, tensor<5x7xi32>) -> tensor<2x8x5x32xf32>
  return
}

// -----

func.func @sdpa_scale_type(%q: tensor<2x8x5x16xf32>, %k: tensor<2x8x7x16xf32>, %v: tensor<2x8x7x32xf32>, %s: tensor<f16>) {
  // expected-error @+2 {{scale must have the query's element type f32, got f16}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.scaled_dot_product_attention %q, %k, %v scale %s : (tensor<2x8x5x16xf32>, tensor<2x8x7x16xf32>, tensor<2x8x7x32xf32>, tensor<f16>) -> tensor<2x8x5x32xf32>
  return
}

// -----

func.func @sdpa_scale_shape(%q: tensor<2x8x5x16xf32>, %k: tensor<2x8x7x16xf32>, %v: tensor<2x8x7x32xf32>, %s: tensor<2xf32>) {
  // expected-error @+2 {{scale must be a scalar or have 1 element, got tensor<2xf32>}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.scaled_dot_product_attention %q, %k, %v scale %s : (tensor<2x8x5x16xf32>, tensor<2x8x7x16xf32>, tensor<2x8x7x32xf32>, tensor<2xf32>) -> tensor<2x8x5x32xf32>
  return
}

// -----

func.func @mod_types(%a: tensor<2xi32>, %b: tensor<2xi64>) {
  // expected-error @+2 {{operands must have the same element type}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.mod %a, %b : (tensor<2xi32>, tensor<2xi64>) -> tensor<2xi32>
  return
}

// -----

func.func @floor_mod_broadcast(%a: tensor<2x3xf32>, %b: tensor<4xf32>) {
  // expected-error @+2 {{operand shapes are not broadcastable: dimension 1 is 3 vs 4}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.floor_mod %a, %b : (tensor<2x3xf32>, tensor<4xf32>) -> tensor<2x3xf32>
  return
}
