// RUN: ov-opt %s --convert-ov-to-linalg -verify-diagnostics

// An op without a lowering (here MVN with axes known only at run time) fails
// the pass, naming the op and its location.
func.func @unsupported(%x: tensor<2x3xf32>, %axes: tensor<1xi64>) -> tensor<2x3xf32> {
  // expected-error @+1 {{failed to legalize operation 'ov.mvn' that was explicitly marked illegal}}
  %s = ov.mvn %x, %axes {eps = 1.0e-5 : f64, normalize_variance = true, eps_mode = #ov.mvn_eps_mode<inside_sqrt>} : (tensor<2x3xf32>, tensor<1xi64>) -> tensor<2x3xf32>
  return %s : tensor<2x3xf32>
}
