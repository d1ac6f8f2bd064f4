// If-8 and Loop-5 lowered to scf.if / scf.while through the whole pipeline
// and run by the JIT.
// RUN: ov-opt %s --ov-lower-to-llvm | %mlir_runner | FileCheck %s

// If: the then body gets input 1 (y) as its parameter, the else body input 0
// (x); each computes its own result.
// cond = true: y * 2 = [6, 8]; cond = false: x + 10 = [11, 12].
// CHECK: [6,  8]
// CHECK: [11,  12]
func.func @choose(%c: tensor<1xi1>, %x: tensor<2xf32>, %y: tensor<2xf32>) -> tensor<2xf32> {
  %r = ov.if %c, %x, %y {then_inputs = array<i64: 1>, then_outputs = array<i64: 0>,
                         else_inputs = array<i64: 0>, else_outputs = array<i64: 0>}
      : (tensor<1xi1>, tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32> then {
  ^bb0(%a: tensor<2xf32>):
    %k = ov.constant dense<2.0> : tensor<f32>
    %m = ov.multiply %a, %k : (tensor<2xf32>, tensor<f32>) -> tensor<2xf32>
    ov.yield %m : tensor<2xf32>
  } else {
  ^bb0(%a: tensor<2xf32>):
    %k = ov.constant dense<10.0> : tensor<f32>
    %s = ov.add %a, %k : (tensor<2xf32>, tensor<f32>) -> tensor<2xf32>
    ov.yield %s : tensor<2xf32>
  }
  return %r : tensor<2xf32>
}

// Loop: acc = acc * 2 + i (back edge), the body's acc of each iteration
// concatenated on axis 0, the condition i < limit decides whether to go on.
// With trip count 5 and limit 2: iterations 0, 1, 2 run; acc from [1, 0]:
// i = 0: [2, 0]; i = 1: [5, 1]; i = 2: [12, 4].
// CHECK: [12,  4]
// CHECK: sizes = [3, 2]
// CHECK-NEXT: {{\[\[}}2,   0],
// CHECK-NEXT: [5,   1],
// CHECK-NEXT: [12,   4]]
// Unbounded trip count (-1) and limit 0: one iteration.
// CHECK: [2,  0]
// CHECK: sizes = [1, 2]
// Trip count 0: the initial value and an empty concatenation.
// CHECK: [1,  0]
// CHECK: sizes = [0, 2]
func.func @iterate(%n: tensor<i64>, %limit: tensor<i64>, %init: tensor<2xf32>)
    -> (tensor<2xf32>, tensor<?x2xf32>) {
  %true = ov.constant dense<true> : tensor<i1>
  %r:2 = ov.loop %n, %true, %init, %limit {
      input_port_map = [{external_port_id = -1, parameter = 0, purpose = "current_iteration"},
                        {external_port_id = 2, parameter = 1},
                        {external_port_id = 3, parameter = 2}],
      output_port_map = [{external_port_id = 0, result = 0},
                         {external_port_id = 1, result = 1, axis = 0},
                         {external_port_id = -1, result = 2, purpose = "execution_condition"}],
      back_edges = [{from_result = 0, to_parameter = 1}]}
      : (tensor<i64>, tensor<i1>, tensor<2xf32>, tensor<i64>) -> (tensor<2xf32>, tensor<?x2xf32>) {
  ^bb0(%i: tensor<i64>, %acc: tensor<2xf32>, %lim: tensor<i64>):
    %two = ov.constant dense<2.0> : tensor<f32>
    %m = ov.multiply %acc, %two : (tensor<2xf32>, tensor<f32>) -> tensor<2xf32>
    %fi = ov.convert %i : tensor<i64> to f32
    %next = ov.add %m, %fi : (tensor<2xf32>, tensor<f32>) -> tensor<2xf32>
    %axis = ov.constant dense<0> : tensor<1xi64>
    %row = ov.unsqueeze %next, %axis : (tensor<2xf32>, tensor<1xi64>) -> tensor<1x2xf32>
    %go = ov.less %i, %lim : (tensor<i64>, tensor<i64>) -> tensor<i1>
    ov.yield %next, %row, %go : tensor<2xf32>, tensor<1x2xf32>, tensor<i1>
  }
  return %r#0, %r#1 : tensor<2xf32>, tensor<?x2xf32>
}

func.func @main() {
  %x = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %y = arith.constant dense<[3.0, 4.0]> : tensor<2xf32>
  %t = arith.constant dense<true> : tensor<1xi1>
  %f = arith.constant dense<false> : tensor<1xi1>
  %a = call @choose(%t, %x, %y) : (tensor<1xi1>, tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  %au = tensor.cast %a : tensor<2xf32> to tensor<*xf32>
  call @printMemrefF32(%au) : (tensor<*xf32>) -> ()
  %b = call @choose(%f, %x, %y) : (tensor<1xi1>, tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  %bu = tensor.cast %b : tensor<2xf32> to tensor<*xf32>
  call @printMemrefF32(%bu) : (tensor<*xf32>) -> ()

  %init = arith.constant dense<[1.0, 0.0]> : tensor<2xf32>
  %cases = arith.constant dense<[[5, 2], [-1, 0], [0, 5]]> : tensor<3x2xi64>
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  scf.for %k = %c0 to %c3 step %c1 {
    %n = tensor.extract %cases[%k, %c0] : tensor<3x2xi64>
    %l = tensor.extract %cases[%k, %c1] : tensor<3x2xi64>
    %nt = tensor.from_elements %n : tensor<i64>
    %lt = tensor.from_elements %l : tensor<i64>
    %r:2 = func.call @iterate(%nt, %lt, %init) : (tensor<i64>, tensor<i64>, tensor<2xf32>) -> (tensor<2xf32>, tensor<?x2xf32>)
    %r0 = tensor.cast %r#0 : tensor<2xf32> to tensor<*xf32>
    func.call @printMemrefF32(%r0) : (tensor<*xf32>) -> ()
    %r1 = tensor.cast %r#1 : tensor<?x2xf32> to tensor<*xf32>
    func.call @printMemrefF32(%r1) : (tensor<*xf32>) -> ()
  }
  return
}
func.func private @printMemrefF32(tensor<*xf32>)
