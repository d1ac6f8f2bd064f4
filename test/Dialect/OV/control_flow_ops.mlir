// RUN: ov-opt %s | ov-opt | FileCheck %s

// CHECK-LABEL: func.func @if_op
// CHECK: %[[R:.*]]:2 = ov.if %arg0, %arg1, %arg2 {else_inputs = array<i64: 1>, else_outputs = array<i64: 1, 0>, then_inputs = array<i64: 0, 1>, then_outputs = array<i64: 0, 1>} : (tensor<i1>, tensor<2xf32>, tensor<2xf32>) -> (tensor<2xf32>, tensor<?xf32>) then {
// CHECK: ^bb0(%[[A:.*]]: tensor<2xf32>, %[[B:.*]]: tensor<2xf32>):
// CHECK:   %[[S:.*]] = ov.add %[[A]], %[[B]]
// CHECK:   ov.yield %[[S]], %[[A]] : tensor<2xf32>, tensor<2xf32>
// CHECK: } else {
// CHECK: ^bb0(%[[C:.*]]: tensor<2xf32>):
// CHECK:   ov.yield %[[C]], %[[C]] : tensor<2xf32>, tensor<2xf32>
// CHECK: }
func.func @if_op(%c: tensor<i1>, %x: tensor<2xf32>, %y: tensor<2xf32>) -> (tensor<2xf32>, tensor<?xf32>) {
  %r:2 = ov.if %c, %x, %y {then_inputs = array<i64: 0, 1>, then_outputs = array<i64: 0, 1>,
                           else_inputs = array<i64: 1>, else_outputs = array<i64: 1, 0>}
      : (tensor<i1>, tensor<2xf32>, tensor<2xf32>) -> (tensor<2xf32>, tensor<?xf32>) then {
  ^bb0(%a: tensor<2xf32>, %b: tensor<2xf32>):
    %s = ov.add %a, %b : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    ov.yield %s, %a : tensor<2xf32>, tensor<2xf32>
  } else {
  ^bb0(%a: tensor<2xf32>):
    ov.yield %a, %a : tensor<2xf32>, tensor<2xf32>
  }
  return %r#0, %r#1 : tensor<2xf32>, tensor<?xf32>
}

// CHECK-LABEL: func.func @loop_op
// CHECK: ov.loop %arg0, %arg1, %arg1, %arg2 {back_edges = [{from_result = 0 : i64, to_parameter = 0 : i64}, {from_result = 1 : i64, to_parameter = 1 : i64}], input_port_map = [{external_port_id = 2 : i64, parameter = 0 : i64}, {external_port_id = 3 : i64, parameter = 1 : i64}, {external_port_id = -1 : i64, parameter = 2 : i64, purpose = "current_iteration"}], output_port_map = [{external_port_id = -1 : i64, purpose = "execution_condition", result = 0 : i64}, {external_port_id = 0 : i64, result = 1 : i64}, {axis = 0 : i64, external_port_id = 1 : i64, result = 2 : i64}]} : (tensor<1xi64>, tensor<i1>, tensor<i1>, tensor<1x2xf32>) -> (tensor<1x2xf32>, tensor<?x1x2xf32>) {
// CHECK: ^bb0(%{{.*}}: tensor<i1>, %{{.*}}: tensor<1x2xf32>, %{{.*}}: tensor<i64>):
// CHECK:   ov.yield %{{.*}}, %{{.*}}, %{{.*}} : tensor<i1>, tensor<1x2xf32>, tensor<1x1x2xf32>
func.func @loop_op(%n: tensor<1xi64>, %c: tensor<i1>, %x: tensor<1x2xf32>) -> (tensor<1x2xf32>, tensor<?x1x2xf32>) {
  %r:2 = ov.loop %n, %c, %c, %x {
      input_port_map = [{external_port_id = 2, parameter = 0}, {external_port_id = 3, parameter = 1},
                        {external_port_id = -1, parameter = 2, purpose = "current_iteration"}],
      output_port_map = [{external_port_id = -1, result = 0, purpose = "execution_condition"},
                         {external_port_id = 0, result = 1}, {external_port_id = 1, result = 2, axis = 0}],
      back_edges = [{from_result = 0, to_parameter = 0}, {from_result = 1, to_parameter = 1}]}
      : (tensor<1xi64>, tensor<i1>, tensor<i1>, tensor<1x2xf32>) -> (tensor<1x2xf32>, tensor<?x1x2xf32>) {
  ^bb0(%cond: tensor<i1>, %a: tensor<1x2xf32>, %iter: tensor<i64>):
    %s = ov.add %a, %a : (tensor<1x2xf32>, tensor<1x2xf32>) -> tensor<1x2xf32>
    %axes = ov.constant dense<0> : tensor<1xi64>
    %u = ov.unsqueeze %s, %axes : (tensor<1x2xf32>, tensor<1xi64>) -> tensor<1x1x2xf32>
    ov.yield %cond, %s, %u : tensor<i1>, tensor<1x2xf32>, tensor<1x1x2xf32>
  }
  return %r#0, %r#1 : tensor<1x2xf32>, tensor<?x1x2xf32>
}
