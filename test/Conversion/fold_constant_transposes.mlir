// ov-fold-constant-transposes: a transposed constant is computed at compile time.
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-fold-constant-transposes))' | FileCheck %s

// [[1, 2, 3], [4, 5, 6]] transposed is [[1, 4], [2, 5], [3, 6]] (the blob:
// its 4-byte alignment, then the floats in order).
// CHECK-LABEL: func.func @matrix
// CHECK-NOT: linalg.transpose
// CHECK: %[[T:.*]] = arith.constant dense_resource<[[KEY:transposed_weights.*]]> : tensor<3x2xf32>
// CHECK: return %[[T]]
func.func @matrix() -> tensor<3x2xf32> {
  %w = arith.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %init = tensor.empty() : tensor<3x2xf32>
  %t = linalg.transpose ins(%w : tensor<2x3xf32>) outs(%init : tensor<3x2xf32>) permutation = [1, 0]
  return %t : tensor<3x2xf32>
}

// A rank-3 permutation of a dense_resource blob of 16-bit integers:
// in[a, b, c] with shape [2, 1, 3] and value 10a + c; out[c, a, b] = in[a, b, c].
// CHECK-LABEL: func.func @rank3
// CHECK: arith.constant dense_resource<[[KEY3:transposed_weights.*]]> : tensor<3x2x1xi16>
func.func @rank3() -> tensor<3x2x1xi16> {
  %w = arith.constant dense_resource<blob16> : tensor<2x1x3xi16>
  %init = tensor.empty() : tensor<3x2x1xi16>
  %t = linalg.transpose ins(%w : tensor<2x1x3xi16>) outs(%init : tensor<3x2x1xi16>) permutation = [2, 0, 1]
  return %t : tensor<3x2x1xi16>
}

// Not folded: a transpose of a value known only at run time.
// CHECK-LABEL: func.func @variable
// CHECK: linalg.transpose
func.func @variable(%w: tensor<2x3xf32>) -> tensor<3x2xf32> {
  %init = tensor.empty() : tensor<3x2xf32>
  %t = linalg.transpose ins(%w : tensor<2x3xf32>) outs(%init : tensor<3x2xf32>) permutation = [1, 0]
  return %t : tensor<3x2xf32>
}

// The transposed values (little-endian): 1, 4, 2, 5, 3, 6 and 0, 10, 1, 11, 2, 12.
// CHECK: [[KEY]]: "0x040000000000803F00008040000000400000A040000040400000C040"
// CHECK: [[KEY3]]: "0x0200000000000A0001000B0002000C00"
{-#
  dialect_resources: {
    builtin: {
      blob16: "0x020000000000010002000A000B000C00"
    }
  }
#-}
