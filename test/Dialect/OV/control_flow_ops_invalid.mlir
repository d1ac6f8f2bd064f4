// RUN: ov-opt %s -split-input-file -verify-diagnostics

func.func @if_cond_rank(%c: tensor<1x1xi1>, %x: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{cond must be a scalar or a 1-D tensor, got 'tensor<1x1xi1>'}}
  %r = ov.if %c, %x {then_inputs = array<i64: 0>, then_outputs = array<i64: 0>, else_inputs = array<i64: 0>, else_outputs = array<i64: 0>}
      : (tensor<1x1xi1>, tensor<2xf32>) -> tensor<2xf32> then {
  ^bb0(%a: tensor<2xf32>):
    ov.yield %a : tensor<2xf32>
  } else {
  ^bb0(%a: tensor<2xf32>):
    ov.yield %a : tensor<2xf32>
  }
  return %r : tensor<2xf32>
}

// -----

func.func @if_no_yield(%c: tensor<i1>, %x: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{then_body must end with ov.yield}}
  %r = ov.if %c, %x {then_inputs = array<i64: 0>, then_outputs = array<i64: 0>, else_inputs = array<i64: 0>, else_outputs = array<i64: 0>}
      : (tensor<i1>, tensor<2xf32>) -> tensor<2xf32> then {
  ^bb0(%a: tensor<2xf32>):
    llvm.unreachable
  } else {
  ^bb0(%a: tensor<2xf32>):
    ov.yield %a : tensor<2xf32>
  }
  return %r : tensor<2xf32>
}

// -----

func.func @if_input_map_size(%c: tensor<i1>, %x: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{then_body has 1 parameters but its input map has 0 entries}}
  %r = ov.if %c, %x {then_inputs = array<i64>, then_outputs = array<i64: 0>, else_inputs = array<i64: 0>, else_outputs = array<i64: 0>}
      : (tensor<i1>, tensor<2xf32>) -> tensor<2xf32> then {
  ^bb0(%a: tensor<2xf32>):
    ov.yield %a : tensor<2xf32>
  } else {
  ^bb0(%a: tensor<2xf32>):
    ov.yield %a : tensor<2xf32>
  }
  return %r : tensor<2xf32>
}

// -----

func.func @if_input_index(%c: tensor<i1>, %x: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{else_body parameter 0 maps to input 1, but there are 1 inputs}}
  %r = ov.if %c, %x {then_inputs = array<i64: 0>, then_outputs = array<i64: 0>, else_inputs = array<i64: 1>, else_outputs = array<i64: 0>}
      : (tensor<i1>, tensor<2xf32>) -> tensor<2xf32> then {
  ^bb0(%a: tensor<2xf32>):
    ov.yield %a : tensor<2xf32>
  } else {
  ^bb0(%a: tensor<2xf32>):
    ov.yield %a : tensor<2xf32>
  }
  return %r : tensor<2xf32>
}

// -----

func.func @if_input_type(%c: tensor<i1>, %x: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{then_body parameter 0 of type 'tensor<3xf32>' cannot take input 0 of type 'tensor<2xf32>'}}
  %r = ov.if %c, %x {then_inputs = array<i64: 0>, then_outputs = array<i64>, else_inputs = array<i64: 0>, else_outputs = array<i64: 0>}
      : (tensor<i1>, tensor<2xf32>) -> tensor<2xf32> then {
  ^bb0(%a: tensor<3xf32>):
    ov.yield
  } else {
  ^bb0(%a: tensor<2xf32>):
    ov.yield %a : tensor<2xf32>
  }
  return %r : tensor<2xf32>
}

// -----

func.func @if_output_map_size(%c: tensor<i1>, %x: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{then_body has 1 results but its output map has 2 entries}}
  %r = ov.if %c, %x {then_inputs = array<i64: 0>, then_outputs = array<i64: 0, 0>, else_inputs = array<i64: 0>, else_outputs = array<i64: 0>}
      : (tensor<i1>, tensor<2xf32>) -> tensor<2xf32> then {
  ^bb0(%a: tensor<2xf32>):
    ov.yield %a : tensor<2xf32>
  } else {
  ^bb0(%a: tensor<2xf32>):
    ov.yield %a : tensor<2xf32>
  }
  return %r : tensor<2xf32>
}

// -----

func.func @if_output_index(%c: tensor<i1>, %x: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{then_body result 0 maps to output 3, but there are 1 outputs}}
  %r = ov.if %c, %x {then_inputs = array<i64: 0>, then_outputs = array<i64: 3>, else_inputs = array<i64: 0>, else_outputs = array<i64: 0>}
      : (tensor<i1>, tensor<2xf32>) -> tensor<2xf32> then {
  ^bb0(%a: tensor<2xf32>):
    ov.yield %a : tensor<2xf32>
  } else {
  ^bb0(%a: tensor<2xf32>):
    ov.yield %a : tensor<2xf32>
  }
  return %r : tensor<2xf32>
}

// -----

func.func @if_output_twice(%c: tensor<i1>, %x: tensor<2xf32>) -> (tensor<2xf32>, tensor<2xf32>) {
  // expected-error @+1 {{then_body produces output 0 twice}}
  %r:2 = ov.if %c, %x {then_inputs = array<i64: 0>, then_outputs = array<i64: 0, 0>, else_inputs = array<i64: 0>, else_outputs = array<i64: 0, 1>}
      : (tensor<i1>, tensor<2xf32>) -> (tensor<2xf32>, tensor<2xf32>) then {
  ^bb0(%a: tensor<2xf32>):
    ov.yield %a, %a : tensor<2xf32>, tensor<2xf32>
  } else {
  ^bb0(%a: tensor<2xf32>):
    ov.yield %a, %a : tensor<2xf32>, tensor<2xf32>
  }
  return %r#0, %r#1 : tensor<2xf32>, tensor<2xf32>
}

// -----

func.func @if_output_type(%c: tensor<i1>, %x: tensor<2xf32>) -> tensor<2xi32> {
  // expected-error @+1 {{then_body result 0 of type 'tensor<2xf32>' cannot be output 0 of type 'tensor<2xi32>'}}
  %r = ov.if %c, %x {then_inputs = array<i64: 0>, then_outputs = array<i64: 0>, else_inputs = array<i64: 0>, else_outputs = array<i64: 0>}
      : (tensor<i1>, tensor<2xf32>) -> tensor<2xi32> then {
  ^bb0(%a: tensor<2xf32>):
    ov.yield %a : tensor<2xf32>
  } else {
  ^bb0(%a: tensor<2xf32>):
    ov.yield %a : tensor<2xf32>
  }
  return %r : tensor<2xi32>
}

// -----

func.func @if_missing_output(%c: tensor<i1>, %x: tensor<2xf32>) -> (tensor<2xf32>, tensor<2xf32>) {
  // expected-error @+1 {{else_body does not produce output 1}}
  %r:2 = ov.if %c, %x {then_inputs = array<i64: 0>, then_outputs = array<i64: 0, 1>, else_inputs = array<i64: 0>, else_outputs = array<i64: 0>}
      : (tensor<i1>, tensor<2xf32>) -> (tensor<2xf32>, tensor<2xf32>) then {
  ^bb0(%a: tensor<2xf32>):
    ov.yield %a, %a : tensor<2xf32>, tensor<2xf32>
  } else {
  ^bb0(%a: tensor<2xf32>):
    ov.yield %a : tensor<2xf32>
  }
  return %r#0, %r#1 : tensor<2xf32>, tensor<2xf32>
}

// -----

func.func @loop_trip_count(%n: tensor<2xi64>, %c: tensor<i1>) {
  // expected-error @+1 {{trip_count must hold one element, got 'tensor<2xi64>'}}
  ov.loop %n, %c {input_port_map = [], output_port_map = [], back_edges = []} : (tensor<2xi64>, tensor<i1>) -> () {
    ov.yield
  }
  return
}

// -----

func.func @loop_condition(%n: tensor<1xi64>, %c: tensor<3xi1>) {
  // expected-error @+1 {{execution_condition must hold one element, got 'tensor<3xi1>'}}
  ov.loop %n, %c {input_port_map = [], output_port_map = [], back_edges = []} : (tensor<1xi64>, tensor<3xi1>) -> () {
    ov.yield
  }
  return
}

// -----

func.func @loop_no_yield(%n: tensor<1xi64>, %c: tensor<i1>) {
  // expected-error @+1 {{body must end with ov.yield}}
  ov.loop %n, %c {input_port_map = [], output_port_map = [], back_edges = []} : (tensor<1xi64>, tensor<i1>) -> () {
    llvm.unreachable
  }
  return
}

// -----

func.func @loop_input_not_dict(%n: tensor<1xi64>, %c: tensor<i1>) {
  // expected-error @+1 {{input_port_map entry 0 must be a dictionary}}
  ov.loop %n, %c {input_port_map = [1], output_port_map = [], back_edges = []} : (tensor<1xi64>, tensor<i1>) -> () {
    ov.yield
  }
  return
}

// -----

func.func @loop_input_missing_key(%n: tensor<1xi64>, %c: tensor<i1>) {
  // expected-error @+1 {{input_port_map entry 0 needs an integer 'parameter'}}
  ov.loop %n, %c {input_port_map = [{external_port_id = 1}], output_port_map = [], back_edges = []} : (tensor<1xi64>, tensor<i1>) -> () {
  ^bb0(%p: tensor<i1>):
    ov.yield
  }
  return
}

// -----

func.func @loop_input_range(%n: tensor<1xi64>, %c: tensor<i1>) {
  // expected-error @+1 {{input_port_map entry 0: external_port_id = 5 is out of range [0, 2)}}
  ov.loop %n, %c {input_port_map = [{external_port_id = 5, parameter = 0}], output_port_map = [], back_edges = []} : (tensor<1xi64>, tensor<i1>) -> () {
  ^bb0(%p: tensor<i1>):
    ov.yield
  }
  return
}

// -----

func.func @loop_slicing_key(%n: tensor<1xi64>, %c: tensor<i1>, %x: tensor<4xf32>) {
  // expected-error @+1 {{input_port_map entry 0: 'axis' must be an integer}}
  ov.loop %n, %c, %x {input_port_map = [{external_port_id = 2, parameter = 0, axis = "0"}], output_port_map = [], back_edges = []} : (tensor<1xi64>, tensor<i1>, tensor<4xf32>) -> () {
  ^bb0(%p: tensor<1xf32>):
    ov.yield
  }
  return
}

// -----

func.func @loop_input_type(%n: tensor<1xi64>, %c: tensor<i1>, %x: tensor<4xf32>) {
  // expected-error @+1 {{input_port_map entry 0: body parameter 0 of type 'tensor<4xi32>' cannot take operand 2 of type 'tensor<4xf32>'}}
  ov.loop %n, %c, %x {input_port_map = [{external_port_id = 2, parameter = 0}], output_port_map = [], back_edges = []} : (tensor<1xi64>, tensor<i1>, tensor<4xf32>) -> () {
  ^bb0(%p: tensor<4xi32>):
    ov.yield
  }
  return
}

// -----

func.func @loop_output_not_dict(%n: tensor<1xi64>, %c: tensor<i1>) {
  // expected-error @+1 {{output_port_map entry 0 must be a dictionary}}
  ov.loop %n, %c {input_port_map = [], output_port_map = ["x"], back_edges = []} : (tensor<1xi64>, tensor<i1>) -> () {
    ov.yield
  }
  return
}

// -----

func.func @loop_output_range(%n: tensor<1xi64>, %c: tensor<i1>) {
  // expected-error @+1 {{output_port_map entry 0: result = 0 is out of range [0, 0)}}
  ov.loop %n, %c {input_port_map = [], output_port_map = [{external_port_id = -1, result = 0}], back_edges = []} : (tensor<1xi64>, tensor<i1>) -> () {
    ov.yield
  }
  return
}

// -----

func.func @loop_purpose(%n: tensor<1xi64>, %c: tensor<i1>) {
  // expected-error @+1 {{output_port_map entry 0: 'purpose' must be a string}}
  ov.loop %n, %c {input_port_map = [], output_port_map = [{external_port_id = -1, result = 0, purpose = 1}], back_edges = []} : (tensor<1xi64>, tensor<i1>) -> () {
    %t = ov.constant dense<true> : tensor<i1>
    ov.yield %t : tensor<i1>
  }
  return
}

// -----

func.func @loop_output_type(%n: tensor<1xi64>, %c: tensor<i1>) -> tensor<f32> {
  // expected-error @+1 {{output_port_map entry 0: body result 0 of type 'tensor<i1>' cannot be output 0 of type 'tensor<f32>'}}
  %r = ov.loop %n, %c {input_port_map = [], output_port_map = [{external_port_id = 0, result = 0}], back_edges = []} : (tensor<1xi64>, tensor<i1>) -> tensor<f32> {
    %t = ov.constant dense<true> : tensor<i1>
    ov.yield %t : tensor<i1>
  }
  return %r : tensor<f32>
}

// -----

func.func @loop_back_edge_not_dict(%n: tensor<1xi64>, %c: tensor<i1>) {
  // expected-error @+1 {{back_edges entry 0 must be a dictionary}}
  ov.loop %n, %c {input_port_map = [], output_port_map = [], back_edges = [0]} : (tensor<1xi64>, tensor<i1>) -> () {
    ov.yield
  }
  return
}

// -----

func.func @loop_back_edge_type(%n: tensor<1xi64>, %c: tensor<i1>) {
  // expected-error @+1 {{back_edges entry 0: body result 0 of type 'tensor<i1>' cannot feed parameter 0 of type 'tensor<f32>'}}
  ov.loop %n, %c {input_port_map = [], output_port_map = [], back_edges = [{from_result = 0, to_parameter = 0}]} : (tensor<1xi64>, tensor<i1>) -> () {
  ^bb0(%p: tensor<f32>):
    %t = ov.constant dense<true> : tensor<i1>
    ov.yield %t : tensor<i1>
  }
  return
}

// -----

func.func @loop_input_purpose(%n: tensor<1xi64>, %c: tensor<i1>) {
  // expected-error @+1 {{input_port_map entry 0: 'purpose' must be "current_iteration"}}
  ov.loop %n, %c {input_port_map = [{external_port_id = -1, parameter = 0, purpose = "execution_condition"}], output_port_map = [], back_edges = []} : (tensor<1xi64>, tensor<i1>) -> () {
  ^bb0(%p: tensor<i64>):
    ov.yield
  }
  return
}
