// RUN: ov-opt %s --convert-ov-to-linalg -verify-diagnostics

// An op without a lowering fails the pass, naming the op and its location.
func.func @unsupported(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  // expected-error @+2 {{failed to legalize operation 'ov.mvn' that was explicitly marked illegal}}
  %axes = ov.constant dense<1> : tensor<1xi64>
  %s = ov.mvn %x, %axes {eps = 1.0e-5 : f64, normalize_variance = true, eps_mode = #ov.mvn_eps_mode<inside_sqrt>} : (tensor<2x3xf32>, tensor<1xi64>) -> tensor<2x3xf32>
  return %s : tensor<2x3xf32>
}
