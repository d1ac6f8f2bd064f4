// RUN: ov-opt %s -split-input-file -verify-diagnostics

func.func @element_types_differ(%a: tensor<2xf32>, %b: tensor<2xf16>) {
  // expected-error @+2 {{operands must have the same element type}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.add %a, %b : (tensor<2xf32>, tensor<2xf16>) -> tensor<2xf32>
  return
}

// -----

func.func @not_broadcastable(%a: tensor<2x3xf32>, %b: tensor<4xf32>) {
  // expected-error @+2 {{operand shapes are not broadcastable: dimension 1 is 3 vs 4}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.multiply %a, %b : (tensor<2x3xf32>, tensor<4xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @none_rank(%a: tensor<2x3xf32>, %b: tensor<3xf32>) {
  // expected-error @+2 {{operands must have equal shapes when auto_broadcast is none, got ranks 2 and 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.add %a, %b {auto_broadcast = #ov.auto_broadcast<none>} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @none_dim(%a: tensor<2x3xf32>, %b: tensor<2x1xf32>) {
  // expected-error @+2 {{operands must have equal shapes when auto_broadcast is none, dimension 1 differs: 3 vs 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.add %a, %b {auto_broadcast = #ov.auto_broadcast<none>} : (tensor<2x3xf32>, tensor<2x1xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @pdpd_rank(%a: tensor<3xf32>, %b: tensor<2x3xf32>) {
  // expected-error @+2 {{pdpd broadcast: second operand of rank 2 does not fit into rank 1 at axis -1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.add %a, %b {auto_broadcast = #ov.auto_broadcast<pdpd>} : (tensor<3xf32>, tensor<2x3xf32>) -> tensor<3xf32>
  return
}

// -----

func.func @pdpd_dim(%a: tensor<2x3xf32>, %b: tensor<4xf32>) {
  // expected-error @+2 {{pdpd broadcast: dimension 0 of the second operand (4) does not match 3}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.add %a, %b {auto_broadcast = #ov.auto_broadcast<pdpd>} : (tensor<2x3xf32>, tensor<4xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @result_contradicts(%a: tensor<2x3xf32>, %b: tensor<3xf32>) {
  // expected-error @+2 {{'ov.add' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<2x4xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.add %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @comparison_result(%a: tensor<2xf32>) {
  // expected-error @+1 {{'ov.less' op result #0 must be tensor of 1-bit signless integer values}}
  %0 = ov.less %a, %a : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @logical_operands(%a: tensor<2xf32>) {
  // expected-error @+1 {{'ov.logical_and' op operand #0 must be tensor of 1-bit signless integer values}}
  %0 = ov.logical_and %a, %a : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xi1>
  return
}

// -----

func.func @unary_type(%a: tensor<2xf32>) {
  // expected-error @+1 {{'ov.relu' op requires the same type for all operands and results}}
  %0 = "ov.relu"(%a) : (tensor<2xf32>) -> tensor<2xf16>
  return
}

// -----

func.func @clamp_bounds(%a: tensor<2xf32>) {
  // expected-error @+1 {{'ov.clamp' op min (6.000000e+00) must not exceed max (0.000000e+00)}}
  %0 = ov.clamp %a {min = 6.0 : f64, max = 0.0 : f64} : tensor<2xf32>
  return
}

// -----

func.func @swish_beta_shape(%a: tensor<2xf32>, %beta: tensor<2xf32>) {
  // expected-error @+1 {{'ov.swish' op beta must be a scalar, got 'tensor<2xf32>'}}
  %0 = ov.swish %a beta %beta : tensor<2xf32>, tensor<2xf32>
  return
}

// -----

func.func @swish_beta_type(%a: tensor<2xf32>, %beta: tensor<f16>) {
  // expected-error @+1 {{'ov.swish' op beta must have the input's element type}}
  %0 = ov.swish %a beta %beta : tensor<2xf32>, tensor<f16>
  return
}

// -----

func.func @prelu_type(%a: tensor<1x3xf32>, %s: tensor<3xf16>) {
  // expected-error @+1 {{'ov.prelu' op slope must have the data's element type}}
  %0 = ov.prelu %a, %s : tensor<1x3xf32>, tensor<3xf16>
  return
}

// -----

func.func @prelu_shape(%a: tensor<1x3x8xf32>, %s: tensor<4xf32>) {
  // expected-error @+1 {{'ov.prelu' op slope of type 'tensor<4xf32>' neither broadcasts to the data type 'tensor<1x3x8xf32>' nor matches its channel dimension}}
  %0 = ov.prelu %a, %s : tensor<1x3x8xf32>, tensor<4xf32>
  return
}

// -----

func.func @select_types(%c: tensor<2xi1>, %a: tensor<2xf32>, %b: tensor<2xi32>) {
  // expected-error @+2 {{then and else values must have the same element type}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.select %c, %a, %b : (tensor<2xi1>, tensor<2xf32>, tensor<2xi32>) -> tensor<2xf32>
  return
}

// -----

func.func @select_shapes(%c: tensor<3xi1>, %a: tensor<2xf32>, %b: tensor<2xf32>) {
  // expected-error @+2 {{operand shapes are not broadcastable: dimension 0 is 3 vs 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = ov.select %c, %a, %b : (tensor<3xi1>, tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @convert_shape(%a: tensor<2xf32>) {
  // expected-error @+2 {{'ov.convert' op inferred type(s) 'tensor<2xf16>' are incompatible with return type(s) of operation 'tensor<3xf16>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = "ov.convert"(%a) {destination_type = f16} : (tensor<2xf32>) -> tensor<3xf16>
  return
}
