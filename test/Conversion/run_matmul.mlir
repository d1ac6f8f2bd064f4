// MatMul (with transpose_b), integer division with OpenVINO's Python-style
// flooring, comparisons and select, run by the JIT.
// RUN: ov-opt %s --ov-lower-to-llvm | %mlir_runner | FileCheck %s

// a (2x3) x b^T (3x2): [[1*1+2*0+3*1, 1*2+2*1+3*0], [4+0+6, 8+5+0]] = [[4, 4], [10, 13]]
// CHECK: sizes = [2, 2]
// CHECK-NEXT: {{\[\[}}4, 4],
// CHECK-NEXT: [10, 13]]
// floor(-7 / 2) = -4, floor(7 / 2) = 3; then the larger of it and 0.
// CHECK: sizes = [2]
// CHECK-NEXT: [0, 3]
func.func @matmul(%a: tensor<2x3xf32>, %b: tensor<2x3xf32>) -> tensor<2x2xf32> {
  %0 = ov.matmul %a, %b {transpose_b = true} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}
func.func @floordiv(%x: tensor<2xi64>) -> tensor<2xi64> {
  %two = ov.constant dense<2> : tensor<i64>
  %q = ov.divide %x, %two : (tensor<2xi64>, tensor<i64>) -> tensor<2xi64>
  %zero = ov.constant dense<0> : tensor<i64>
  %neg = ov.less %q, %zero : (tensor<2xi64>, tensor<i64>) -> tensor<2xi1>
  %r = ov.select %neg, %zero, %q : (tensor<2xi1>, tensor<i64>, tensor<2xi64>) -> tensor<2xi64>
  return %r : tensor<2xi64>
}

func.func @main() {
  %a = arith.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %b = arith.constant dense<[[1.0, 0.0, 1.0], [2.0, 1.0, 0.0]]> : tensor<2x3xf32>
  %m = call @matmul(%a, %b) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x2xf32>
  %mu = tensor.cast %m : tensor<2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%mu) : (tensor<*xf32>) -> ()
  %x = arith.constant dense<[-7, 7]> : tensor<2xi64>
  %d = call @floordiv(%x) : (tensor<2xi64>) -> tensor<2xi64>
  %du = tensor.cast %d : tensor<2xi64> to tensor<*xi64>
  call @printMemrefI64(%du) : (tensor<*xi64>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>)
func.func private @printMemrefI64(tensor<*xi64>)
