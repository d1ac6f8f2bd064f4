// RUN: ov-opt %s --convert-ov-to-linalg -split-input-file -verify-diagnostics

// Unique with an axis known only at run time has no lowering.
func.func @unique_runtime_axis(%x: tensor<2x3xf32>, %axis: tensor<i64>) -> tensor<2x?xf32> {
  // expected-error @+1 {{failed to legalize operation 'ov.unique' that was explicitly marked illegal}}
  %u, %i, %r, %c = ov.unique %x, %axis : (tensor<2x3xf32>, tensor<i64>) -> (tensor<2x?xf32>, tensor<?xi64>, tensor<?xi64>, tensor<?xi64>)
  return %u : tensor<2x?xf32>
}

// -----

// GridSample on unranked data has no lowering.
func.func @grid_sample_unranked(%x: tensor<*xf32>, %g: tensor<1x2x2x2xf32>) -> tensor<*xf32> {
  // expected-error @+1 {{failed to legalize operation 'ov.grid_sample' that was explicitly marked illegal}}
  %y = ov.grid_sample %x, %g : (tensor<*xf32>, tensor<1x2x2x2xf32>) -> tensor<*xf32>
  return %y : tensor<*xf32>
}
