// CumSum along constant axes (a linear scan over slices) and run-time axes
// (a sum per element), exclusive and reversed, on float and integer data,
// lowered and run by the JIT.
// RUN: ov-opt %s --ov-lower-to-llvm | %mlir_runner | FileCheck %s

// x = [[1, 2, 3], [4, 5, 6]].
// Axis 1:
// CHECK: sizes = [2, 3]
// CHECK-NEXT: {{\[\[}}1, 3, 6],
// CHECK-NEXT: [4, 9, 15]]
// Axis 0 (default), exclusive:
// CHECK: sizes = [2, 3]
// CHECK-NEXT: {{\[\[}}0, 0, 0],
// CHECK-NEXT: [1, 2, 3]]
// Axis 1 (run time), reversed:
// CHECK: sizes = [2, 3]
// CHECK-NEXT: {{\[\[}}6, 5, 3],
// CHECK-NEXT: [15, 11, 6]]
// Axis -1 (run time), reversed and exclusive, on i32:
// CHECK: sizes = [2, 3]
// CHECK-NEXT: {{\[\[}}5, 3, 0],
// CHECK-NEXT: [11, 6, 0]]
// Axis 1 (constant), reversed and exclusive:
// CHECK: sizes = [2, 3]
// CHECK-NEXT: {{\[\[}}5, 3, 0],
// CHECK-NEXT: [11, 6, 0]]
// Axis 0 (constant), reversed:
// CHECK: sizes = [2, 3]
// CHECK-NEXT: {{\[\[}}5, 7, 9],
// CHECK-NEXT: [4, 5, 6]]
func.func @cumsum(%x: tensor<?x3xf32>, %axis: tensor<i64>, %neg: tensor<i32>, %xi: tensor<2x3xi32>)
    -> (tensor<?x3xf32>, tensor<?x3xf32>, tensor<?x3xf32>, tensor<2x3xi32>, tensor<?x3xf32>, tensor<?x3xf32>) {
  %one = ov.constant dense<1> : tensor<i64>
  %a = ov.cumsum %x, %one : (tensor<?x3xf32>, tensor<i64>) -> tensor<?x3xf32>
  %b = ov.cumsum %x {exclusive = true} : (tensor<?x3xf32>) -> tensor<?x3xf32>
  %c = ov.cumsum %x, %axis {reverse = true} : (tensor<?x3xf32>, tensor<i64>) -> tensor<?x3xf32>
  %d = ov.cumsum %xi, %neg {exclusive = true, reverse = true} : (tensor<2x3xi32>, tensor<i32>) -> tensor<2x3xi32>
  %e = ov.cumsum %x, %one {exclusive = true, reverse = true} : (tensor<?x3xf32>, tensor<i64>) -> tensor<?x3xf32>
  %zero = ov.constant dense<0> : tensor<i32>
  %f = ov.cumsum %x, %zero {reverse = true} : (tensor<?x3xf32>, tensor<i32>) -> tensor<?x3xf32>
  return %a, %b, %c, %d, %e, %f : tensor<?x3xf32>, tensor<?x3xf32>, tensor<?x3xf32>, tensor<2x3xi32>, tensor<?x3xf32>, tensor<?x3xf32>
}

func.func @main() {
  %x = arith.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %xd = tensor.cast %x : tensor<2x3xf32> to tensor<?x3xf32>
  %xi = arith.constant dense<[[1, 2, 3], [4, 5, 6]]> : tensor<2x3xi32>
  %axis = arith.constant dense<1> : tensor<i64>
  %neg = arith.constant dense<-1> : tensor<i32>
  %a, %b, %c, %d, %e, %f = call @cumsum(%xd, %axis, %neg, %xi) : (tensor<?x3xf32>, tensor<i64>, tensor<i32>, tensor<2x3xi32>) -> (tensor<?x3xf32>, tensor<?x3xf32>, tensor<?x3xf32>, tensor<2x3xi32>, tensor<?x3xf32>, tensor<?x3xf32>)
  %au = tensor.cast %a : tensor<?x3xf32> to tensor<*xf32>
  call @printMemrefF32(%au) : (tensor<*xf32>) -> ()
  %bu = tensor.cast %b : tensor<?x3xf32> to tensor<*xf32>
  call @printMemrefF32(%bu) : (tensor<*xf32>) -> ()
  %cu = tensor.cast %c : tensor<?x3xf32> to tensor<*xf32>
  call @printMemrefF32(%cu) : (tensor<*xf32>) -> ()
  %du = tensor.cast %d : tensor<2x3xi32> to tensor<*xi32>
  call @printMemrefI32(%du) : (tensor<*xi32>) -> ()
  %eu = tensor.cast %e : tensor<?x3xf32> to tensor<*xf32>
  call @printMemrefF32(%eu) : (tensor<*xf32>) -> ()
  %fu = tensor.cast %f : tensor<?x3xf32> to tensor<*xf32>
  call @printMemrefF32(%fu) : (tensor<*xf32>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>)
func.func private @printMemrefI32(tensor<*xi32>)
