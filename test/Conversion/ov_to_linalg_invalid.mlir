// RUN: ov-opt %s --convert-ov-to-linalg -verify-diagnostics

// An op without a lowering fails the pass, naming the op and its location.
func.func @unsupported(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{failed to legalize operation 'ov.softmax' that was explicitly marked illegal}}
  %s = ov.softmax %x {axis = 1 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %s : tensor<2x3xf32>
}
