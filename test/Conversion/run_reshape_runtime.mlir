// Reshape to a target shape known only at run time (a 1-D tensor of static
// length): the sizes are computed with Reshape-1's rules (special_zero copies
// the input dimension, -1 takes the remaining elements) and checked.
// RUN: ov-opt %s --ov-lower-to-llvm | %mlir_runner | FileCheck %s
// RUN: ov-opt %s --convert-ov-to-linalg | FileCheck %s --check-prefix=LOWER

// LOWER-LABEL: func.func @copy_and_infer
// LOWER: tensor.extract %arg1
// LOWER: arith.divui
// LOWER: cf.assert {{.*}}"Reshape: the target shape does not match the input's element count"
// LOWER: tensor.reshape %arg0(%{{.*}}) : (tensor<?x3x4xf32>, tensor<3xindex>) -> tensor<?x?x?xf32>
func.func @copy_and_infer(%x: tensor<?x3x4xf32>, %shape: tensor<3xi64>) -> tensor<?x?x?xf32> {
  %r = ov.reshape %x, %shape {special_zero = true} : (tensor<?x3x4xf32>, tensor<3xi64>) -> tensor<?x?x?xf32>
  return %r : tensor<?x?x?xf32>
}

// Without special_zero a 0 is a size: an empty input reshapes to [3, 0].
func.func @literal_zero(%x: tensor<0x3xf32>, %shape: tensor<2xi32>) -> tensor<?x?xf32> {
  %r = ov.reshape %x, %shape {special_zero = false} : (tensor<0x3xf32>, tensor<2xi32>) -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}

// Squeeze with run-time axes on a static input with one size-1 dim: the
// result type is static, the lowering reshapes to it.
func.func @squeeze_runtime(%x: tensor<2x1x3xf32>, %axes: tensor<1xi64>) -> tensor<2x3xf32> {
  %r = ov.squeeze %x, %axes : (tensor<2x1x3xf32>, tensor<1xi64>) -> tensor<2x3xf32>
  return %r : tensor<2x3xf32>
}

func.func @main() {
  %x = arith.constant dense<[[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0, 9.0, 10.0, 11.0]],
                             [[12.0, 13.0, 14.0, 15.0], [16.0, 17.0, 18.0, 19.0], [20.0, 21.0, 22.0, 23.0]]]> : tensor<2x3x4xf32>
  %xd = tensor.cast %x : tensor<2x3x4xf32> to tensor<?x3x4xf32>

  // [0, -1, 2]: 0 copies the batch 2, -1 = 24 / (2 * 2) = 6.
  // CHECK: sizes = [2, 6, 2]
  // CHECK-NEXT: {{\[\[\[}}0,   1],
  // CHECK: [10,   11]],
  // CHECK-NEXT: {{\[\[}}12,   13],
  // CHECK: [22,   23]]]
  %s1 = arith.constant dense<[0, -1, 2]> : tensor<3xi64>
  %y1 = call @copy_and_infer(%xd, %s1) : (tensor<?x3x4xf32>, tensor<3xi64>) -> tensor<?x?x?xf32>
  %u1 = tensor.cast %y1 : tensor<?x?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u1) : (tensor<*xf32>) -> ()

  // [4, 0, -1]: 0 copies 3, -1 = 24 / 12 = 2.
  // CHECK: sizes = [4, 3, 2]
  // CHECK-NEXT: {{\[\[\[}}0,   1],
  // CHECK: [22,   23]]]
  %s2 = arith.constant dense<[4, 0, -1]> : tensor<3xi64>
  %y2 = call @copy_and_infer(%xd, %s2) : (tensor<?x3x4xf32>, tensor<3xi64>) -> tensor<?x?x?xf32>
  %u2 = tensor.cast %y2 : tensor<?x?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u2) : (tensor<*xf32>) -> ()

  // CHECK: sizes = [3, 0]
  %e = arith.constant dense<0.0> : tensor<0x3xf32>
  %s3 = arith.constant dense<[3, 0]> : tensor<2xi32>
  %y3 = call @literal_zero(%e, %s3) : (tensor<0x3xf32>, tensor<2xi32>) -> tensor<?x?xf32>
  %u3 = tensor.cast %y3 : tensor<?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u3) : (tensor<*xf32>) -> ()

  // CHECK: sizes = [2, 3]
  // CHECK-NEXT: {{\[\[}}1,   2,   3],
  // CHECK-NEXT: [4,   5,   6]]
  %q = arith.constant dense<[[[1.0, 2.0, 3.0]], [[4.0, 5.0, 6.0]]]> : tensor<2x1x3xf32>
  %qa = arith.constant dense<-2> : tensor<1xi64>
  %y4 = call @squeeze_runtime(%q, %qa) : (tensor<2x1x3xf32>, tensor<1xi64>) -> tensor<2x3xf32>
  %u4 = tensor.cast %y4 : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u4) : (tensor<*xf32>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>)
