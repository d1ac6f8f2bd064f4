// RUN: ov-opt %s --ov-infer-shapes -split-input-file -verify-diagnostics
// Refining types can reveal contradictions the declared types hid.

func.func @contradiction(%a: tensor<2x3xf32>, %s: tensor<f32>) -> tensor<5x?xf32> {
  %0 = ov.add %a, %s : (tensor<2x3xf32>, tensor<f32>) -> tensor<?x?xf32>
  // Before refinement %0 is ?x?, which fits 5x?; afterwards it is 2x3.
  // expected-error @+1 {{'ov.add' op inferred result type 'tensor<2x3xf32>' contradicts the declared type 'tensor<5x?xf32>'}}
  %1 = ov.add %0, %s : (tensor<?x?xf32>, tensor<f32>) -> tensor<5x?xf32>
  return %1 : tensor<5x?xf32>
}

// -----

func.func @not_broadcastable(%a: tensor<2x3xf32>, %s: tensor<f32>, %b: tensor<4x?xf32>) -> tensor<4x?xf32> {
  %0 = ov.add %a, %s : (tensor<2x3xf32>, tensor<f32>) -> tensor<?x?xf32>
  // expected-error @+1 {{operand shapes are not broadcastable: dimension 0 is 2 vs 4}}
  %1 = ov.add %0, %b : (tensor<?x?xf32>, tensor<4x?xf32>) -> tensor<4x?xf32>
  return %1 : tensor<4x?xf32>
}
