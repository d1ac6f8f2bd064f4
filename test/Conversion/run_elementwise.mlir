// A model lowered through the whole pipeline (OV -> linalg -> loops -> LLVM)
// and run by the JIT, with a dynamic batch dimension, broadcasting (a row
// vector, a scalar) and a math function from libm (erf).
// RUN: ov-opt %s --ov-lower-to-llvm | %mlir_runner | FileCheck %s

// x + b = [[1, -1, -0.25], [-1, 1.5, 2.5]]; relu; * 2 = [[2, 0, 0], [0, 3, 5]];
// erf(2) = 0.995322, erf(3) = 0.999978, erf(5) = 1.
// CHECK: sizes = [2, 3]
// CHECK-NEXT: {{\[\[}}0.995322, 0, 0],
// CHECK-NEXT: [0, 0.999978, 1]]
func.func @model(%x: tensor<?x3xf32>, %b: tensor<3xf32>) -> tensor<?x3xf32> {
  %s = ov.add %x, %b : (tensor<?x3xf32>, tensor<3xf32>) -> tensor<?x3xf32>
  %r = ov.relu %s : tensor<?x3xf32>
  %k = ov.constant dense<2.0> : tensor<f32>
  %m = ov.multiply %r, %k : (tensor<?x3xf32>, tensor<f32>) -> tensor<?x3xf32>
  %e = ov.erf %m : tensor<?x3xf32>
  return %e : tensor<?x3xf32>
}

func.func @main() {
  %x = arith.constant dense<[[1.0, -2.0, 0.25], [-1.0, 0.5, 3.0]]> : tensor<2x3xf32>
  %xd = tensor.cast %x : tensor<2x3xf32> to tensor<?x3xf32>
  %b = arith.constant dense<[0.0, 1.0, -0.5]> : tensor<3xf32>
  %y = call @model(%xd, %b) : (tensor<?x3xf32>, tensor<3xf32>) -> tensor<?x3xf32>
  %u = tensor.cast %y : tensor<?x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>)
