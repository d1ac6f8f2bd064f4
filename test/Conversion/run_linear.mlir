// MatMul of any ranks lowered and run by the JIT: vector . vector, a
// batched product (dynamic batch) with a transposed matrix, broadcast
// batch dimensions, and 1-D operands on either side of a batched one.
// RUN: ov-opt %s --ov-lower-to-llvm | %mlir_runner | FileCheck %s

// CHECK: rank = 0
// CHECK-NEXT: [32]
// a0 = [[1, 2, 3], [4, 5, 6]], a1 = [[1, 0, 0], [0, 1, 0]] times
// b = [[1, 1], [1, 0], [1, -1]] (given transposed).
// CHECK: sizes = [2, 2, 2]
// CHECK-NEXT: {{\[\[\[}}6, -2],
// CHECK-NEXT: [15, -2]],
// CHECK-NEXT: {{\[\[}}1, 1],
// CHECK-NEXT: [1, 0]]]
// [2, 1, 1, 2] x [3, 2, 1]: a[i] = [[1, 2]], [[3, 4]]; b[j] = [[j], [1]].
// CHECK: sizes = [2, 3, 1, 1]
// CHECK-NEXT: {{\[\[\[\[}}2]],
// CHECK-NEXT: {{\[\[}}3]],
// CHECK-NEXT: {{\[\[}}4]]],
// CHECK-NEXT: {{\[\[\[}}4]],
// CHECK-NEXT: {{\[\[}}7]],
// CHECK-NEXT: {{\[\[}}10]]]]
// Row sums of a0 and a1.
// CHECK: sizes = [2, 2]
// CHECK-NEXT: {{\[\[}}6, 15],
// CHECK-NEXT: [1, 1]]
// [1, 2] times a0 and a1.
// CHECK: sizes = [2, 3]
// CHECK-NEXT: {{\[\[}}9, 12, 15],
// CHECK-NEXT: [1, 2, 0]]
func.func @model(%v: tensor<3xf32>, %w: tensor<3xf32>, %a: tensor<?x2x3xf32>,
                 %bt: tensor<2x3xf32>, %c: tensor<2x1x1x2xf32>,
                 %d: tensor<3x2x1xf32>, %s: tensor<2x2x3xf32>,
                 %r: tensor<2xf32>)
    -> (tensor<f32>, tensor<?x2x2xf32>, tensor<2x3x1x1xf32>, tensor<2x2xf32>, tensor<2x3xf32>) {
  %0 = ov.matmul %v, %w : (tensor<3xf32>, tensor<3xf32>) -> tensor<f32>
  %1 = ov.matmul %a, %bt {transpose_b = true} : (tensor<?x2x3xf32>, tensor<2x3xf32>) -> tensor<?x2x2xf32>
  %2 = ov.matmul %c, %d : (tensor<2x1x1x2xf32>, tensor<3x2x1xf32>) -> tensor<2x3x1x1xf32>
  %3 = ov.matmul %s, %w : (tensor<2x2x3xf32>, tensor<3xf32>) -> tensor<2x2xf32>
  %4 = ov.matmul %r, %s : (tensor<2xf32>, tensor<2x2x3xf32>) -> tensor<2x3xf32>
  return %0, %1, %2, %3, %4 : tensor<f32>, tensor<?x2x2xf32>, tensor<2x3x1x1xf32>, tensor<2x2xf32>, tensor<2x3xf32>
}

func.func @main() {
  %v = arith.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %w = arith.constant dense<[4.0, 5.0, 6.0]> : tensor<3xf32>
  %ones = arith.constant dense<1.0> : tensor<3xf32>
  %s = arith.constant dense<[[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]]> : tensor<2x2x3xf32>
  %a = tensor.cast %s : tensor<2x2x3xf32> to tensor<?x2x3xf32>
  %bt = arith.constant dense<[[1.0, 1.0, 1.0], [1.0, 0.0, -1.0]]> : tensor<2x3xf32>
  %c = arith.constant dense<[[[[1.0, 2.0]]], [[[3.0, 4.0]]]]> : tensor<2x1x1x2xf32>
  %d = arith.constant dense<[[[0.0], [1.0]], [[1.0], [1.0]], [[2.0], [1.0]]]> : tensor<3x2x1xf32>
  %r = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %y:5 = call @model(%v, %w, %a, %bt, %c, %d, %s, %r) : (tensor<3xf32>, tensor<3xf32>, tensor<?x2x3xf32>, tensor<2x3xf32>, tensor<2x1x1x2xf32>, tensor<3x2x1xf32>, tensor<2x2x3xf32>, tensor<2xf32>) -> (tensor<f32>, tensor<?x2x2xf32>, tensor<2x3x1x1xf32>, tensor<2x2xf32>, tensor<2x3xf32>)
  %y3:5 = call @model(%v, %ones, %a, %bt, %c, %d, %s, %r) : (tensor<3xf32>, tensor<3xf32>, tensor<?x2x3xf32>, tensor<2x3xf32>, tensor<2x1x1x2xf32>, tensor<3x2x1xf32>, tensor<2x2x3xf32>, tensor<2xf32>) -> (tensor<f32>, tensor<?x2x2xf32>, tensor<2x3x1x1xf32>, tensor<2x2xf32>, tensor<2x3xf32>)
  %u0 = tensor.cast %y#0 : tensor<f32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  %u1 = tensor.cast %y#1 : tensor<?x2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u1) : (tensor<*xf32>) -> ()
  %u2 = tensor.cast %y#2 : tensor<2x3x1x1xf32> to tensor<*xf32>
  call @printMemrefF32(%u2) : (tensor<*xf32>) -> ()
  %u3 = tensor.cast %y3#3 : tensor<2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u3) : (tensor<*xf32>) -> ()
  %u4 = tensor.cast %y#4 : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u4) : (tensor<*xf32>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>)
