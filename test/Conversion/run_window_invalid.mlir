// Window configurations the lowering does not handle fail the pass, naming
// the op (Interpolate with antialias or run-time axes, a convolution whose
// filter has dynamic sizes).
// RUN: ov-opt %s --convert-ov-to-linalg -split-input-file -verify-diagnostics

func.func @antialias(%x: tensor<1x1x4xf32>) -> tensor<1x1x2xf32> {
  %n = ov.constant dense<[1, 1, 2]> : tensor<3xi64>
  // expected-error @+1 {{failed to legalize operation 'ov.interpolate' that was explicitly marked illegal}}
  %y = ov.interpolate %x, %n {mode = #ov.interpolate_mode<linear>, shape_calculation_mode = #ov.shape_calc_mode<sizes>, antialias = true} : (tensor<1x1x4xf32>, tensor<3xi64>) -> tensor<1x1x2xf32>
  return %y : tensor<1x1x2xf32>
}

// -----

func.func @runtime_axes(%x: tensor<1x1x4xf32>, %axes: tensor<1xi64>) -> tensor<?x?x?xf32> {
  %n = ov.constant dense<[2]> : tensor<1xi64>
  // expected-error @+1 {{failed to legalize operation 'ov.interpolate' that was explicitly marked illegal}}
  %y = ov.interpolate %x, %n axes %axes {mode = #ov.interpolate_mode<nearest>, shape_calculation_mode = #ov.shape_calc_mode<sizes>} : (tensor<1x1x4xf32>, tensor<1xi64>, tensor<1xi64>) -> tensor<?x?x?xf32>
  return %y : tensor<?x?x?xf32>
}

// -----

func.func @dynamic_filter(%x: tensor<1x1x4xf32>, %w: tensor<1x1x?xf32>) -> tensor<1x1x?xf32> {
  // expected-error @+1 {{failed to legalize operation 'ov.convolution' that was explicitly marked illegal}}
  %y = ov.convolution %x, %w {strides = array<i64: 1>, dilations = array<i64: 1>, pads_begin = array<i64: 0>, pads_end = array<i64: 0>} : (tensor<1x1x4xf32>, tensor<1x1x?xf32>) -> tensor<1x1x?xf32>
  return %y : tensor<1x1x?xf32>
}
