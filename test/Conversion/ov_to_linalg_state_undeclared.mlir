// RUN: ov-opt %s --convert-ov-to-linalg -verify-diagnostics

// convert-ov-to-linalg lowers ReadValue/Assign with what
// ov-declare-variables declared (the lowering pipeline runs it first).
func.func @undeclared(%x: tensor<2xf32>) {
  // expected-error @+2 {{variable 'v' is not declared: run ov-declare-variables before convert-ov-to-linalg}}
  // expected-error @+1 {{failed to legalize operation 'ov.assign'}}
  ov.assign %x {variable_id = "v"} : tensor<2xf32>
  return
}
