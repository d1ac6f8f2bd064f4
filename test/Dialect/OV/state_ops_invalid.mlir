// RUN: ov-opt %s -split-input-file -verify-diagnostics

func.func @empty_id(%a: tensor<2xf32>) {
  // expected-error @+1 {{'ov.read_value' op variable_id must not be empty}}
  %0 = ov.read_value %a {variable_id = ""} : (tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @init_element_type(%a: tensor<2xf16>) {
  // expected-error @+1 {{'ov.read_value' op init_value element type 'f16' differs from the result element type 'f32'}}
  %0 = ov.read_value %a {variable_id = "v"} : (tensor<2xf16>) -> tensor<2xf32>
  return
}

// -----

func.func @init_shape(%a: tensor<3xf32>) {
  // expected-error @+1 {{'ov.read_value' op init_value type 'tensor<3xf32>' is incompatible with the result type 'tensor<2xf32>'}}
  %0 = ov.read_value %a {variable_id = "v"} : (tensor<3xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @assign_empty_id(%a: tensor<2xf32>) {
  // expected-error @+1 {{'ov.assign' op variable_id must not be empty}}
  ov.assign %a {variable_id = ""} : tensor<2xf32>
  return
}
