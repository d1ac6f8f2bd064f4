// ScaledDotProductAttention lowered and run by the JIT: the default scale
// 1/sqrt(E), causal masking, a boolean mask, and a float mask broadcast
// over the query rows with an explicit scale.
// RUN: ov-opt %s --ov-lower-to-llvm | %mlir_runner | FileCheck %s

// q = [[1, 0], [0, 1]], k = [[1, 0], [0, 1], [1, 1]], v = [1, 2, 3].
// CHECK: sizes = [1, 2, 1]
// CHECK-NEXT: {{\[\[\[}}2],
// CHECK-NEXT: [2.20334]]]
// CHECK: sizes = [1, 2, 1]
// CHECK-NEXT: {{\[\[\[}}1],
// CHECK-NEXT: [1.66976]]]
// CHECK: sizes = [1, 2, 1]
// CHECK-NEXT: {{\[\[\[}}2],
// CHECK-NEXT: [2.5]]]
// CHECK: sizes = [1, 2, 1]
// CHECK-NEXT: {{\[\[\[}}1.73304],
// CHECK-NEXT: [2]]]
func.func @attention(%q: tensor<?x2x2xf32>, %k: tensor<?x3x2xf32>, %v: tensor<?x3x1xf32>)
    -> (tensor<?x2x1xf32>, tensor<?x2x1xf32>, tensor<?x2x1xf32>, tensor<?x2x1xf32>) {
  %a = ov.scaled_dot_product_attention %q, %k, %v : (tensor<?x2x2xf32>, tensor<?x3x2xf32>, tensor<?x3x1xf32>) -> tensor<?x2x1xf32>
  %b = ov.scaled_dot_product_attention %q, %k, %v {causal = true} : (tensor<?x2x2xf32>, tensor<?x3x2xf32>, tensor<?x3x1xf32>) -> tensor<?x2x1xf32>
  %m = ov.constant dense<[[true, false, true], [false, true, true]]> : tensor<2x3xi1>
  %c = ov.scaled_dot_product_attention %q, %k, %v mask %m : (tensor<?x2x2xf32>, tensor<?x3x2xf32>, tensor<?x3x1xf32>, tensor<2x3xi1>) -> tensor<?x2x1xf32>
  %f = ov.constant dense<[[0.0, 1.0, -1.0]]> : tensor<1x3xf32>
  %s = ov.constant dense<1.0> : tensor<f32>
  %d = ov.scaled_dot_product_attention %q, %k, %v mask %f scale %s : (tensor<?x2x2xf32>, tensor<?x3x2xf32>, tensor<?x3x1xf32>, tensor<1x3xf32>, tensor<f32>) -> tensor<?x2x1xf32>
  return %a, %b, %c, %d : tensor<?x2x1xf32>, tensor<?x2x1xf32>, tensor<?x2x1xf32>, tensor<?x2x1xf32>
}

func.func @main() {
  %q = arith.constant dense<[[[1.0, 0.0], [0.0, 1.0]]]> : tensor<1x2x2xf32>
  %k = arith.constant dense<[[[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]]> : tensor<1x3x2xf32>
  %v = arith.constant dense<[[[1.0], [2.0], [3.0]]]> : tensor<1x3x1xf32>
  %qd = tensor.cast %q : tensor<1x2x2xf32> to tensor<?x2x2xf32>
  %kd = tensor.cast %k : tensor<1x3x2xf32> to tensor<?x3x2xf32>
  %vd = tensor.cast %v : tensor<1x3x1xf32> to tensor<?x3x1xf32>
  %a, %b, %c, %d = call @attention(%qd, %kd, %vd) : (tensor<?x2x2xf32>, tensor<?x3x2xf32>, tensor<?x3x1xf32>) -> (tensor<?x2x1xf32>, tensor<?x2x1xf32>, tensor<?x2x1xf32>, tensor<?x2x1xf32>)
  %ua = tensor.cast %a : tensor<?x2x1xf32> to tensor<*xf32>
  call @printMemrefF32(%ua) : (tensor<*xf32>) -> ()
  %ub = tensor.cast %b : tensor<?x2x1xf32> to tensor<*xf32>
  call @printMemrefF32(%ub) : (tensor<*xf32>) -> ()
  %uc = tensor.cast %c : tensor<?x2x1xf32> to tensor<*xf32>
  call @printMemrefF32(%uc) : (tensor<*xf32>) -> ()
  %ud = tensor.cast %d : tensor<?x2x1xf32> to tensor<*xf32>
  call @printMemrefF32(%ud) : (tensor<*xf32>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>)
