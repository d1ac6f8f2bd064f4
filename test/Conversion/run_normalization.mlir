// LogSoftmax, BatchNormInference, MVN and NormalizeL2 lowered and run by the
// JIT (dynamic batch dimensions where the op allows).
// RUN: ov-opt %s --ov-lower-to-llvm | %mlir_runner | FileCheck %s

// log_softmax of [[1, 2, 3], [-1, 0, 4]] over the last axis, then over 0.
// CHECK: sizes = [2, 3]
// CHECK-NEXT: {{\[\[}}-2.40761, -1.40761, -0.407606],
// CHECK-NEXT: [-5.02474, -4.02474, -0.0247449]]
// CHECK: sizes = [2, 3]
// CHECK-NEXT: {{\[\[}}-0.126928, -0.126928, -1.31326],
// CHECK-NEXT: [-2.12693, -2.12693, -0.313262]]
func.func @log_softmax(%x: tensor<?x3xf32>) -> (tensor<?x3xf32>, tensor<?x3xf32>) {
  %a = ov.log_softmax %x {axis = -1 : i64} : (tensor<?x3xf32>) -> tensor<?x3xf32>
  %b = ov.log_softmax %x {axis = 0 : i64} : (tensor<?x3xf32>) -> tensor<?x3xf32>
  return %a, %b : tensor<?x3xf32>, tensor<?x3xf32>
}

// Per channel: gamma [1, 2, 0.5], beta [0, 1, -1], mean [0, 1, 2],
// variance [0.25, 3.25, 0.25], eps 0.75 (so sqrt(var + eps) = [1, 2, 1]).
// CHECK: sizes = [1, 3, 2, 2]
// CHECK-NEXT: {{\[\[\[\[}}-1, -0.5],
// CHECK-NEXT: [0, 0.5]],
// CHECK-NEXT: {{\[\[}}1, 1.5],
// CHECK-NEXT: [2, 2.5]],
// CHECK-NEXT: {{\[\[}}-0.5, -0.25],
// CHECK-NEXT: [0, 0.25]]]]
func.func @batch_norm(%x: tensor<?x3x2x2xf32>) -> tensor<?x3x2x2xf32> {
  %g = ov.constant dense<[1.0, 2.0, 0.5]> : tensor<3xf32>
  %b = ov.constant dense<[0.0, 1.0, -1.0]> : tensor<3xf32>
  %m = ov.constant dense<[0.0, 1.0, 2.0]> : tensor<3xf32>
  %v = ov.constant dense<[0.25, 3.25, 0.25]> : tensor<3xf32>
  %y = ov.batch_norm_inference %x, %g, %b, %m, %v {epsilon = 0.75 : f64} : (tensor<?x3x2x2xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<?x3x2x2xf32>
  return %y : tensor<?x3x2x2xf32>
}

// MVN of [[1, 2, 4, 7], [0, 0, 3, 1]] over the last axis, eps 1e-3 inside
// the square root, then eps 0.5 outside, then over axis 0 without variance.
// CHECK: sizes = [2, 4]
// CHECK-NEXT: {{\[\[}}-1.09099, -0.654591, 0.218197, 1.52738],
// CHECK-NEXT: [-0.816225, -0.816225, 1.63245, 0]]
// CHECK: sizes = [2, 4]
// CHECK-NEXT: {{\[\[}}-0.895644, -0.537386, 0.179129, 1.2539],
// CHECK-NEXT: [-0.579796, -0.579796, 1.15959, 0]]
// CHECK: sizes = [2, 4]
// CHECK-NEXT: {{\[\[}}0.5, 1, 0.5, 3],
// CHECK-NEXT: [-0.5, -1, -0.5, -3]]
func.func @mvn(%x: tensor<?x4xf32>) -> (tensor<?x4xf32>, tensor<?x4xf32>, tensor<?x4xf32>) {
  %last = ov.constant dense<[-1]> : tensor<1xi64>
  %first = ov.constant dense<[0]> : tensor<1xi64>
  %a = ov.mvn %x, %last {eps = 1.0e-3 : f64, normalize_variance = true, eps_mode = #ov.mvn_eps_mode<inside_sqrt>} : (tensor<?x4xf32>, tensor<1xi64>) -> tensor<?x4xf32>
  %b = ov.mvn %x, %last {eps = 0.5 : f64, normalize_variance = true, eps_mode = #ov.mvn_eps_mode<outside_sqrt>} : (tensor<?x4xf32>, tensor<1xi64>) -> tensor<?x4xf32>
  %c = ov.mvn %x, %first {eps = 0.5 : f64, normalize_variance = false, eps_mode = #ov.mvn_eps_mode<outside_sqrt>} : (tensor<?x4xf32>, tensor<1xi64>) -> tensor<?x4xf32>
  return %a, %b, %c : tensor<?x4xf32>, tensor<?x4xf32>, tensor<?x4xf32>
}

// NormalizeL2 over the last axis adding eps 0.1, then over both axes with
// max(sum, 100) (the sum, 80, is below it).
// CHECK: sizes = [2, 4]
// CHECK-NEXT: {{\[\[}}0.119438, 0.238875, 0.47775, 0.836063],
// CHECK-NEXT: [0, 0, 0.943975, 0.314658]]
// CHECK: sizes = [2, 4]
// CHECK-NEXT: {{\[\[}}0.1, 0.2, 0.4, 0.7],
// CHECK-NEXT: [0, 0, 0.3, 0.1]]
func.func @normalize_l2(%x: tensor<?x4xf32>) -> (tensor<?x4xf32>, tensor<?x4xf32>) {
  %last = ov.constant dense<1> : tensor<i64>
  %both = ov.constant dense<[0, -1]> : tensor<2xi64>
  %a = ov.normalize_l2 %x, %last {eps = 0.1 : f64, eps_mode = #ov.eps_mode<add>} : (tensor<?x4xf32>, tensor<i64>) -> tensor<?x4xf32>
  %b = ov.normalize_l2 %x, %both {eps = 100.0 : f64, eps_mode = #ov.eps_mode<max>} : (tensor<?x4xf32>, tensor<2xi64>) -> tensor<?x4xf32>
  return %a, %b : tensor<?x4xf32>, tensor<?x4xf32>
}

func.func @main() {
  %x = arith.constant dense<[[1.0, 2.0, 3.0], [-1.0, 0.0, 4.0]]> : tensor<2x3xf32>
  %xd = tensor.cast %x : tensor<2x3xf32> to tensor<?x3xf32>
  %l1, %l2 = call @log_softmax(%xd) : (tensor<?x3xf32>) -> (tensor<?x3xf32>, tensor<?x3xf32>)
  %l1u = tensor.cast %l1 : tensor<?x3xf32> to tensor<*xf32>
  call @printMemrefF32(%l1u) : (tensor<*xf32>) -> ()
  %l2u = tensor.cast %l2 : tensor<?x3xf32> to tensor<*xf32>
  call @printMemrefF32(%l2u) : (tensor<*xf32>) -> ()

  %d = arith.constant dense<[[[[-1.0, -0.5], [0.0, 0.5]], [[1.0, 1.5], [2.0, 2.5]], [[3.0, 3.5], [4.0, 4.5]]]]> : tensor<1x3x2x2xf32>
  %dd = tensor.cast %d : tensor<1x3x2x2xf32> to tensor<?x3x2x2xf32>
  %bn = call @batch_norm(%dd) : (tensor<?x3x2x2xf32>) -> tensor<?x3x2x2xf32>
  %bnu = tensor.cast %bn : tensor<?x3x2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%bnu) : (tensor<*xf32>) -> ()

  %y = arith.constant dense<[[1.0, 2.0, 4.0, 7.0], [0.0, 0.0, 3.0, 1.0]]> : tensor<2x4xf32>
  %yd = tensor.cast %y : tensor<2x4xf32> to tensor<?x4xf32>
  %m1, %m2, %m3 = call @mvn(%yd) : (tensor<?x4xf32>) -> (tensor<?x4xf32>, tensor<?x4xf32>, tensor<?x4xf32>)
  %m1u = tensor.cast %m1 : tensor<?x4xf32> to tensor<*xf32>
  call @printMemrefF32(%m1u) : (tensor<*xf32>) -> ()
  %m2u = tensor.cast %m2 : tensor<?x4xf32> to tensor<*xf32>
  call @printMemrefF32(%m2u) : (tensor<*xf32>) -> ()
  %m3u = tensor.cast %m3 : tensor<?x4xf32> to tensor<*xf32>
  call @printMemrefF32(%m3u) : (tensor<*xf32>) -> ()
  %n1, %n2 = call @normalize_l2(%yd) : (tensor<?x4xf32>) -> (tensor<?x4xf32>, tensor<?x4xf32>)
  %n1u = tensor.cast %n1 : tensor<?x4xf32> to tensor<*xf32>
  call @printMemrefF32(%n1u) : (tensor<*xf32>) -> ()
  %n2u = tensor.cast %n2 : tensor<?x4xf32> to tensor<*xf32>
  call @printMemrefF32(%n2u) : (tensor<*xf32>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>)
