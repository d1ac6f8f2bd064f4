// RUN: ov-opt %s -split-input-file -verify-diagnostics
// The dialect's discardable attributes: tensor names, Parameter/Result names.

func.func @names_per_result(%a: tensor<2xf32>) {
  // expected-error @+1 {{'ov.relu' op 'ov.tensor_names' must hold one array of names per result (1)}}
  %0 = ov.relu %a {ov.tensor_names = [["x"], ["y"]]} : tensor<2xf32>
  return
}

// -----

func.func @names_are_strings(%a: tensor<2xf32>) {
  // expected-error @+1 {{'ov.relu' op tensor names of result 0 must be an array of strings}}
  %0 = ov.relu %a {ov.tensor_names = [[1]]} : tensor<2xf32>
  return
}

// -----

func.func @unknown_op_attr(%a: tensor<2xf32>) {
  // expected-error @+1 {{'ov.relu' op unknown OV dialect attribute 'ov.tensor_name'}}
  %0 = ov.relu %a {ov.tensor_name = [["x"]]} : tensor<2xf32>
  return
}

// -----

// expected-error @+1 {{'func.func' op argument 0: 'ov.name' must be a string}}
func.func @arg_name(%a: tensor<2xf32> {ov.name = 1}) {
  return
}

// -----

// expected-error @+1 {{'func.func' op argument 0: 'ov.tensor_names' must be an array of strings}}
func.func @arg_tensor_names(%a: tensor<2xf32> {ov.tensor_names = "a"}) {
  return
}

// -----

// expected-error @+1 {{'func.func' op argument 0: unknown OV dialect argument attribute 'ov.names'}}
func.func @arg_unknown(%a: tensor<2xf32> {ov.names = ["a"]}) {
  return
}

// -----

// expected-error @+1 {{'func.func' op argument 0: 'ov.extra_data' must be a dictionary of strings}}
func.func @arg_extra_data(%a: tensor<2xf32> {ov.extra_data = {cacheable = false}}) {
  return
}

// -----

// expected-error @+1 {{'func.func' op result 0: 'ov.name' must be a string}}
func.func @result_name(%a: tensor<2xf32>) -> (tensor<2xf32> {ov.name = ["r"]}) {
  return %a : tensor<2xf32>
}

// -----

// expected-error @+1 {{'func.func' op result 0: unknown OV dialect result attribute 'ov.tensor_names'}}
func.func @result_unknown(%a: tensor<2xf32>) -> (tensor<2xf32> {ov.tensor_names = ["r"]}) {
  return %a : tensor<2xf32>
}

// -----

func.func @rt_info_dict(%a: tensor<2xf32>) {
  // expected-error @+1 {{'ov.relu' op 'ov.rt_info' must be a dictionary}}
  %0 = ov.relu %a {ov.rt_info = "fused"} : tensor<2xf32>
  return
}

// -----

func.func @extra_data_strings(%a: tensor<2xf32>) {
  // expected-error @+1 {{'ov.relu' op 'ov.extra_data' must be a dictionary of strings}}
  %0 = ov.relu %a {ov.extra_data = {PrimitivesPriority = 1}} : tensor<2xf32>
  return
}

// -----

func.func @opset_positive(%a: tensor<2xf32>) {
  // expected-error @+1 {{'ov.relu' op 'ov.opset' must be a positive integer}}
  %0 = ov.relu %a {ov.opset = 0} : tensor<2xf32>
  return
}

// -----

// expected-error @+1 {{'builtin.module' op 'ov.meta_data' must be a dictionary}}
module attributes {ov.meta_data = 1} {
}

// -----

// expected-error @+1 {{'func.func' op argument 0: 'ov.rt_info' must be a dictionary}}
func.func @arg_rt_info(%a: tensor<2xf32> {ov.rt_info = 1}) {
  return
}

// -----

// expected-error @+1 {{'func.func' op result 0: 'ov.rt_info' must be a dictionary}}
func.func @result_rt_info(%a: tensor<2xf32>) -> (tensor<2xf32> {ov.rt_info = 1}) {
  return %a : tensor<2xf32>
}

// -----

func.func @region_arg_attrs_per_region(%c: tensor<i1>) {
  // expected-error @+1 {{'ov.if' op 'ov.region_arg_attrs' must hold one array of dictionaries per region (2)}}
  ov.if %c {then_inputs = array<i64>, then_outputs = array<i64>, else_inputs = array<i64>, else_outputs = array<i64>,
            ov.region_arg_attrs = [[]]} : (tensor<i1>) -> () then {
    ov.yield
  } else {
    ov.yield
  }
  return
}

// -----

func.func @region_result_attrs_dicts(%c: tensor<i1>) {
  // expected-error @+1 {{'ov.if' op 'ov.region_result_attrs' must hold one array of dictionaries per region (2)}}
  ov.if %c {then_inputs = array<i64>, then_outputs = array<i64>, else_inputs = array<i64>, else_outputs = array<i64>,
            ov.region_result_attrs = [[1], []]} : (tensor<i1>) -> () then {
    ov.yield
  } else {
    ov.yield
  }
  return
}

// -----

func.func @dim_bounds_per_result(%a: tensor<?xf32>) {
  // expected-error @+1 {{'ov.relu' op 'ov.dim_bounds' must hold one array<i64> per result (1)}}
  %0 = ov.relu %a {ov.dim_bounds = []} : tensor<?xf32>
  return
}

// -----

func.func @dim_bounds_pairs(%a: tensor<?xf32>) {
  // expected-error @+1 {{'ov.relu' op bounds of result 0 must hold a [lo, hi] pair per dimension of 'tensor<?xf32>'}}
  %0 = ov.relu %a {ov.dim_bounds = [array<i64: 1, 2, 3>]} : tensor<?xf32>
  return
}

// -----

func.func @dim_bounds_kind(%a: tensor<?xf32>) {
  // expected-error @+1 {{'ov.relu' op bounds of result 0 must be an array<i64>}}
  %0 = ov.relu %a {ov.dim_bounds = [[1, 2]]} : tensor<?xf32>
  return
}

// -----

func.func @dim_bounds_static(%a: tensor<3xf32>) {
  // expected-error @+1 {{'ov.relu' op bounds of result 0: bounds [1, 10] do not fit dimension 0 of 'tensor<3xf32>'}}
  %0 = ov.relu %a {ov.dim_bounds = [array<i64: 1, 10>]} : tensor<3xf32>
  return
}

// -----

// expected-error @+1 {{'func.func' op argument 0: 'ov.dim_bounds': bounds [5, 2] do not fit dimension 0 of 'tensor<?xf32>'}}
func.func @arg_dim_bounds(%a: tensor<?xf32> {ov.dim_bounds = array<i64: 5, 2>}) {
  return
}

// -----

func.func @port_rt_info_per_result(%a: tensor<2xf32>) {
  // expected-error @+1 {{'ov.relu' op 'ov.port_rt_info' must hold one dictionary per result (1)}}
  %0 = ov.relu %a {ov.port_rt_info = [{}, {}]} : tensor<2xf32>
  return
}

// -----

// expected-error @+1 {{'func.func' op argument 0: 'ov.port_rt_info' must be a dictionary}}
func.func @arg_port_rt_info(%a: tensor<2xf32> {ov.port_rt_info = [1]}) {
  return
}
