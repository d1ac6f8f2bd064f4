// RUN: ov-opt %s -split-input-file -verify-diagnostics

func.func @type_mismatch() {
  // expected-error @+1 {{'ov.constant' op failed to verify that all of {value, output} have same type}}
  %0 = "ov.constant"() {value = dense<1> : tensor<2xi64>} : () -> tensor<3xi64>
  return
}

// -----

func.func @not_elements() {
  // expected-error @+1 {{'ov.constant' op attribute 'value' failed to satisfy constraint: constant vector/tensor attribute}}
  %0 = "ov.constant"() {value = 1 : i64} : () -> tensor<i64>
  return
}
