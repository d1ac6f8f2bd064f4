// RUN: ov-opt %s --convert-ov-to-linalg -split-input-file -verify-diagnostics

// An input sliced over iterations (TensorIterator style) has no lowering.
func.func @loop_sliced_input(%n: tensor<i64>, %c: tensor<i1>, %x: tensor<3x2xf32>) -> tensor<1x2xf32> {
  // expected-error @+1 {{failed to legalize operation 'ov.loop' that was explicitly marked illegal}}
  %r = ov.loop %n, %c, %x {
      input_port_map = [{external_port_id = 2, parameter = 0, axis = 0, part_size = 1}],
      output_port_map = [{external_port_id = 0, result = 0}],
      back_edges = []}
      : (tensor<i64>, tensor<i1>, tensor<3x2xf32>) -> tensor<1x2xf32> {
  ^bb0(%a: tensor<1x2xf32>):
    ov.yield %a : tensor<1x2xf32>
  }
  return %r : tensor<1x2xf32>
}

// -----

// A concatenated output over part of the iterations has no lowering.
func.func @loop_partial_concat(%n: tensor<i64>, %c: tensor<i1>, %x: tensor<1x2xf32>) -> tensor<?x2xf32> {
  // expected-error @+1 {{failed to legalize operation 'ov.loop' that was explicitly marked illegal}}
  %r = ov.loop %n, %c, %x {
      input_port_map = [{external_port_id = 2, parameter = 0}],
      output_port_map = [{external_port_id = 0, result = 0, axis = 0, start = 1, end = -1, stride = 1}],
      back_edges = []}
      : (tensor<i64>, tensor<i1>, tensor<1x2xf32>) -> tensor<?x2xf32> {
  ^bb0(%a: tensor<1x2xf32>):
    ov.yield %a : tensor<1x2xf32>
  }
  return %r : tensor<?x2xf32>
}

// -----

// An empty condition (which converters may write) has no element to test.
func.func @if_empty_condition(%c: tensor<0xi1>, %x: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{failed to legalize operation 'ov.if' that was explicitly marked illegal}}
  %r = ov.if %c, %x {then_inputs = array<i64: 0>, then_outputs = array<i64: 0>,
                     else_inputs = array<i64: 0>, else_outputs = array<i64: 0>}
      : (tensor<0xi1>, tensor<2xf32>) -> tensor<2xf32> then {
  ^bb0(%a: tensor<2xf32>):
    ov.yield %a : tensor<2xf32>
  } else {
  ^bb0(%a: tensor<2xf32>):
    ov.yield %a : tensor<2xf32>
  }
  return %r : tensor<2xf32>
}
