// RUN: ov-opt %s --ov-declare-variables -split-input-file -verify-diagnostics

// A variable's uses must agree on its element type.
func.func @element_types(%a: tensor<2xf32>, %b: tensor<2xi32>) -> (tensor<2xf32>, tensor<2xi32>) {
  // expected-note @+1 {{variable 'v' has 'f32' elements here}}
  %0 = ov.read_value %a {variable_id = "v"} : (tensor<2xf32>) -> tensor<2xf32>
  // expected-error @+1 {{ReadValue of variable 'v' with 'i32' elements, elsewhere it has 'f32' elements}}
  %1 = ov.read_value %b {variable_id = "v"} : (tensor<2xi32>) -> tensor<2xi32>
  return %0, %1 : tensor<2xf32>, tensor<2xi32>
}

// -----

func.func @assign_type(%a: tensor<2xf32>, %b: tensor<2xf16>) -> tensor<2xf32> {
  // expected-note @+1 {{variable 'v' has 'f32' elements here}}
  %0 = ov.read_value %a {variable_id = "v"} : (tensor<2xf32>) -> tensor<2xf32>
  // expected-error @+1 {{Assign of variable 'v' with 'f16' elements, elsewhere it has 'f32' elements}}
  ov.assign %b {variable_id = "v"} : tensor<2xf16>
  return %0 : tensor<2xf32>
}

// -----

// Shapes: an Assign that cannot fit the variable; a ReadValue result that
// contradicts the declared variable_shape.
func.func @assign_shape(%a: tensor<2xf32>, %b: tensor<3xf32>) -> tensor<2xf32> {
  // expected-note @+1 {{variable 'v' is 'tensor<2xf32>' here}}
  %0 = ov.read_value %a {variable_id = "v"} : (tensor<2xf32>) -> tensor<2xf32>
  // expected-error @+1 {{Assign of 'tensor<3xf32>' to variable 'v' of type 'tensor<2xf32>'}}
  ov.assign %b {variable_id = "v"} : tensor<3xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @declared_shape(%a: tensor<2x2xf32>) -> tensor<2x2xf32> {
  // expected-note @+2 {{variable 'v' is 'tensor<?x3xf32>' here}}
  // expected-error @+1 {{ReadValue of variable 'v' is 'tensor<2x2xf32>', incompatible with 'tensor<?x3xf32>' (declared or read elsewhere)}}
  %0 = ov.read_value %a {variable_id = "v", variable_shape = "?,3"} : (tensor<2x2xf32>) -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// -----

// Zeros need a static shape.
func.func @dynamic_zeros() -> tensor<?x2xf32> {
  // expected-error @+1 {{ReadValue of variable 'v' without init_value reads zeros at first, which needs a static variable shape, not 'tensor<?x2xf32>'}}
  %0 = ov.read_value {variable_id = "v", variable_type = "f32", variable_shape = "?,2"} : () -> tensor<?x2xf32>
  return %0 : tensor<?x2xf32>
}

// -----

func.func @bad_shape() -> tensor<2xf32> {
  // expected-error @+1 {{variable 'v': cannot read the shape '2,x'}}
  %0 = ov.read_value {variable_id = "v", variable_shape = "2,x"} : () -> tensor<2xf32>
  return %0 : tensor<2xf32>
}
