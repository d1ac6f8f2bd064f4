// A DenseNet-like block through the whole pipeline, run by the JIT: each
// layer's feature is the sum of the concatenation before it, then
// concatenated after it; ov-grow-concatenations makes the concatenations
// one buffer that each layer reads a first part of. By hand: x0 = [1, 2],
// f1 = 3, f2 = 1 + 2 + 3 = 6, f3 = 12, and a fourth layer reading the
// whole block doubles its sum: 48.
// RUN: ov-opt %s --ov-lower-to-llvm | %mlir_runner | FileCheck %s
// CHECK: [1, 2, 3, 6, 12]
// CHECK: [48]

func.func @block(%x0: tensor<2xf32>) -> (tensor<5xf32>, tensor<1xf32>) {
  %axes = ov.constant dense<0> : tensor<1xi64>
  %two = ov.constant dense<2.0> : tensor<f32>
  %f1 = ov.reduce_sum %x0, %axes {keep_dims = true} : (tensor<2xf32>, tensor<1xi64>) -> tensor<1xf32>
  %c1 = ov.concat %x0, %f1 {axis = 0 : i64} : (tensor<2xf32>, tensor<1xf32>) -> tensor<3xf32>
  %f2 = ov.reduce_sum %c1, %axes {keep_dims = true} : (tensor<3xf32>, tensor<1xi64>) -> tensor<1xf32>
  %c2 = ov.concat %x0, %f1, %f2 {axis = 0 : i64} : (tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<4xf32>
  %f3 = ov.reduce_sum %c2, %axes {keep_dims = true} : (tensor<4xf32>, tensor<1xi64>) -> tensor<1xf32>
  %c3 = ov.concat %x0, %f1, %f2, %f3 {axis = 0 : i64} : (tensor<2xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<5xf32>
  %s = ov.reduce_sum %c3, %axes {keep_dims = true} : (tensor<5xf32>, tensor<1xi64>) -> tensor<1xf32>
  %f4 = ov.multiply %s, %two : (tensor<1xf32>, tensor<f32>) -> tensor<1xf32>
  return %c3, %f4 : tensor<5xf32>, tensor<1xf32>
}

func.func @main() {
  %x = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %c, %f = call @block(%x) : (tensor<2xf32>) -> (tensor<5xf32>, tensor<1xf32>)
  %cu = tensor.cast %c : tensor<5xf32> to tensor<*xf32>
  call @printMemrefF32(%cu) : (tensor<*xf32>) -> ()
  %fu = tensor.cast %f : tensor<1xf32> to tensor<*xf32>
  call @printMemrefF32(%fu) : (tensor<*xf32>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>)
