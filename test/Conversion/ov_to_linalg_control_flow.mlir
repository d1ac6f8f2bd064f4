// RUN: ov-opt %s --convert-ov-to-linalg | FileCheck %s

// If on a one-element condition with a dynamic batch: the element decides,
// the bodies' parameters become the inputs they map to (cast to the body's
// more static type), each body's results go to the outputs they map to.
// CHECK-LABEL: func @if_dynamic
// CHECK: %[[C:.*]] = tensor.extract %{{.*}}[%{{.*}}] : tensor<1xi1>
// CHECK: %[[R:.*]]:2 = scf.if %[[C]] -> (tensor<?x2xf32>, tensor<?x2xf32>) {
// CHECK:   linalg.generic
// CHECK:   scf.yield %{{.*}}, %arg2 : tensor<?x2xf32>, tensor<?x2xf32>
// CHECK: } else {
// CHECK:   scf.yield %arg2, %arg1 : tensor<?x2xf32>, tensor<?x2xf32>
// CHECK: return %[[R]]#0, %[[R]]#1
func.func @if_dynamic(%c: tensor<1xi1>, %x: tensor<?x2xf32>, %y: tensor<?x2xf32>) -> (tensor<?x2xf32>, tensor<?x2xf32>) {
  %r:2 = ov.if %c, %x, %y {then_inputs = array<i64: 0, 1>, then_outputs = array<i64: 0, 1>,
                           else_inputs = array<i64: 0, 1>, else_outputs = array<i64: 1, 0>}
      : (tensor<1xi1>, tensor<?x2xf32>, tensor<?x2xf32>) -> (tensor<?x2xf32>, tensor<?x2xf32>) then {
  ^bb0(%a: tensor<?x2xf32>, %b: tensor<?x2xf32>):
    %s = ov.add %a, %b : (tensor<?x2xf32>, tensor<?x2xf32>) -> tensor<?x2xf32>
    ov.yield %s, %b : tensor<?x2xf32>, tensor<?x2xf32>
  } else {
  ^bb0(%a: tensor<?x2xf32>, %b: tensor<?x2xf32>):
    ov.yield %a, %b : tensor<?x2xf32>, tensor<?x2xf32>
  }
  return %r#0, %r#1 : tensor<?x2xf32>, tensor<?x2xf32>
}

// Loop without an execution condition result carrying a dynamic batch:
// the while carries the iteration number, the back-edged parameter, the
// last value of the output and the condition (last); it goes on while the
// condition holds and the count is negative or not reached.
// CHECK-LABEL: func @loop_dynamic
// CHECK: %[[N:.*]] = tensor.extract %arg0[] : tensor<i64>
// CHECK: %[[C:.*]] = tensor.extract %arg1[] : tensor<i1>
// CHECK: scf.while (%[[I:.*]] = %{{.*}}, %[[ACC:.*]] = %arg2, %[[LAST:.*]] = %arg2, %[[GO:.*]] = %[[C]]) : (i64, tensor<?x2xf32>, tensor<?x2xf32>, i1)
// CHECK:   arith.cmpi slt, %[[N]], %{{.*}} : i64
// CHECK:   arith.cmpi slt, %[[I]], %[[N]] : i64
// CHECK:   scf.condition
// CHECK: } do {
// CHECK:   linalg.generic
// CHECK:   arith.addi %{{.*}}, %{{.*}} : i64
// CHECK:   scf.yield
func.func @loop_dynamic(%n: tensor<i64>, %c: tensor<i1>, %x: tensor<?x2xf32>) -> tensor<?x2xf32> {
  %r = ov.loop %n, %c, %x {
      input_port_map = [{external_port_id = 2, parameter = 0}],
      output_port_map = [{external_port_id = 0, result = 0}],
      back_edges = [{from_result = 0, to_parameter = 0}]}
      : (tensor<i64>, tensor<i1>, tensor<?x2xf32>) -> tensor<?x2xf32> {
  ^bb0(%a: tensor<?x2xf32>):
    %s = ov.add %a, %a : (tensor<?x2xf32>, tensor<?x2xf32>) -> tensor<?x2xf32>
    ov.yield %s : tensor<?x2xf32>
  }
  return %r : tensor<?x2xf32>
}
