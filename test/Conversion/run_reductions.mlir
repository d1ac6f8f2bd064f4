// Softmax, ReduceMean/Max (keep_dims, negative axes), Transpose and Convert
// lowered and run by the JIT.
// RUN: ov-opt %s --ov-lower-to-llvm | %mlir_runner | FileCheck %s

// softmax([1, 2, 3]) = [0.0900306, 0.244728, 0.665241]; rows are equal.
// CHECK: sizes = [2, 3]
// CHECK-NEXT: {{\[\[}}0.0900306, 0.244728, 0.665241],
// CHECK-NEXT: [0.0900306, 0.244728, 0.665241]]
// mean over the last axis, kept: [[2], [5]]; max over axis 0: [4, 5, 6].
// CHECK: sizes = [2, 1]
// CHECK-NEXT: {{\[\[}}2],
// CHECK-NEXT: [5]]
// CHECK: sizes = [3]
// CHECK-NEXT: [4, 5, 6]
// transpose then convert to i32 (truncating): [[1, 4], [2, 5], [3, 6]] * 1.5
// = [[1.5, 6], [3, 7.5], [4.5, 9]] -> [[1, 6], [3, 7], [4, 9]].
// CHECK: sizes = [3, 2]
// CHECK-NEXT: {{\[\[}}1, 6],
// CHECK-NEXT: [3, 7],
// CHECK-NEXT: [4, 9]]
func.func @softmax(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %s = ov.softmax %x {axis = -1 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %s : tensor<2x3xf32>
}
func.func @reductions(%x: tensor<2x3xf32>) -> (tensor<2x1xf32>, tensor<3xf32>) {
  %last = ov.constant dense<-1> : tensor<1xi64>
  %first = ov.constant dense<0> : tensor<i64>
  %mean = ov.reduce_mean %x, %last {keep_dims = true} : (tensor<2x3xf32>, tensor<1xi64>) -> tensor<2x1xf32>
  %max = ov.reduce_max %x, %first : (tensor<2x3xf32>, tensor<i64>) -> tensor<3xf32>
  return %mean, %max : tensor<2x1xf32>, tensor<3xf32>
}
func.func @transpose_convert(%x: tensor<2x3xf32>) -> tensor<3x2xi32> {
  %order = ov.constant dense<[1, 0]> : tensor<2xi64>
  %t = ov.transpose %x, %order : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<3x2xf32>
  %k = ov.constant dense<1.5> : tensor<f32>
  %m = ov.multiply %t, %k : (tensor<3x2xf32>, tensor<f32>) -> tensor<3x2xf32>
  %c = ov.convert %m : tensor<3x2xf32> to i32
  return %c : tensor<3x2xi32>
}

func.func @main() {
  %row = arith.constant dense<[[1.0, 2.0, 3.0], [1.0, 2.0, 3.0]]> : tensor<2x3xf32>
  %s = call @softmax(%row) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %su = tensor.cast %s : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%su) : (tensor<*xf32>) -> ()
  %x = arith.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %mean, %max = call @reductions(%x) : (tensor<2x3xf32>) -> (tensor<2x1xf32>, tensor<3xf32>)
  %meanu = tensor.cast %mean : tensor<2x1xf32> to tensor<*xf32>
  call @printMemrefF32(%meanu) : (tensor<*xf32>) -> ()
  %maxu = tensor.cast %max : tensor<3xf32> to tensor<*xf32>
  call @printMemrefF32(%maxu) : (tensor<*xf32>) -> ()
  %c = call @transpose_convert(%x) : (tensor<2x3xf32>) -> tensor<3x2xi32>
  %cu = tensor.cast %c : tensor<3x2xi32> to tensor<*xi32>
  call @printMemrefI32(%cu) : (tensor<*xi32>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>)
func.func private @printMemrefI32(tensor<*xi32>)
