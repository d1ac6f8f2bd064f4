// Reshape with special_zero ([0, -1]: keep the dynamic batch, infer the
// rest) computes its result sizes at run time with Reshape's shape function;
// the shipped example lowers all the way to LLVM.
// RUN: ov-opt %s --ov-lower-to-llvm | %mlir_runner | FileCheck %s
// RUN: ov-opt %ovmlir_src_root/examples/resnet_block.mlir --ov-infer-shapes --ov-lower-to-llvm | FileCheck %s --check-prefix=EXAMPLE

// CHECK: sizes = [2, 6]
// CHECK-NEXT: {{\[\[}}1, 2, 3, 4, 5, 6],
// CHECK-NEXT: [7, 8, 9, 10, 11, 12]]
// EXAMPLE: llvm.func @resnet_block
// EXAMPLE-NOT: = ov.
func.func @flatten(%x: tensor<?x2x3xf32>) -> tensor<?x6xf32> {
  %t = ov.constant dense<[0, -1]> : tensor<2xi64>
  %r = ov.reshape %x, %t {special_zero = true} : (tensor<?x2x3xf32>, tensor<2xi64>) -> tensor<?x6xf32>
  return %r : tensor<?x6xf32>
}

func.func @main() {
  %x = arith.constant dense<[[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], [[7.0, 8.0, 9.0], [10.0, 11.0, 12.0]]]> : tensor<2x2x3xf32>
  %xd = tensor.cast %x : tensor<2x2x3xf32> to tensor<?x2x3xf32>
  %r = call @flatten(%xd) : (tensor<?x2x3xf32>) -> tensor<?x6xf32>
  %u = tensor.cast %r : tensor<?x6xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>)
