// RUN: ov-opt %s --canonicalize --split-input-file | FileCheck %s

// CHECK-LABEL: func @arith_broadcast
// CHECK-DAG: %[[ADD:.*]] = ov.constant dense<{{\[}}[11, 22], [13, 24]]> : tensor<2x2xi64>
// CHECK-DAG: %[[SUB:.*]] = ov.constant dense<{{\[}}[-9, -18], [-7, -16]]> : tensor<2x2xi64>
// CHECK-DAG: %[[MUL:.*]] = ov.constant dense<{{\[}}[10, 40], [30, 80]]> : tensor<2x2xi64>
// CHECK: return %[[ADD]], %[[SUB]], %[[MUL]]
func.func @arith_broadcast() -> (tensor<2x2xi64>, tensor<2x2xi64>, tensor<2x2xi64>) {
  %a = ov.constant dense<[[1, 2], [3, 4]]> : tensor<2x2xi64>
  %b = ov.constant dense<[10, 20]> : tensor<2xi64>
  %0 = ov.add %a, %b : (tensor<2x2xi64>, tensor<2xi64>) -> tensor<2x2xi64>
  %1 = ov.subtract %a, %b : (tensor<2x2xi64>, tensor<2xi64>) -> tensor<2x2xi64>
  %2 = ov.multiply %a, %b : (tensor<2x2xi64>, tensor<2xi64>) -> tensor<2x2xi64>
  return %0, %1, %2 : tensor<2x2xi64>, tensor<2x2xi64>, tensor<2x2xi64>
}

// -----

// Python division floors; C division truncates; division by zero stays.
// CHECK-LABEL: func @divide
// CHECK-DAG: ov.constant dense<[-4, 3]> : tensor<2xi32>
// CHECK-DAG: ov.constant dense<[-3, 3]> : tensor<2xi32>
// CHECK-DAG: ov.constant dense<[2.500000e+00, -1.000000e+00]> : tensor<2xf32>
// CHECK: %[[Z:.*]] = ov.divide
// CHECK: return {{.*}}, %[[Z]]
func.func @divide() -> (tensor<2xi32>, tensor<2xi32>, tensor<2xf32>, tensor<2xi32>) {
  %a = ov.constant dense<[-7, 7]> : tensor<2xi32>
  %b = ov.constant dense<2> : tensor<2xi32>
  %zero = ov.constant dense<0> : tensor<2xi32>
  %0 = ov.divide %a, %b : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
  %1 = ov.divide %a, %b {m_pythondiv = false} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
  %f = ov.constant dense<[5.0, -2.0]> : tensor<2xf32>
  %g = ov.constant dense<2.0> : tensor<f32>
  %2 = ov.divide %f, %g : (tensor<2xf32>, tensor<f32>) -> tensor<2xf32>
  %3 = ov.divide %a, %zero : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
  return %0, %1, %2, %3 : tensor<2xi32>, tensor<2xi32>, tensor<2xf32>, tensor<2xi32>
}

// -----

// CHECK-LABEL: func @min_max
// CHECK-DAG: ov.constant dense<[3, 5]> : tensor<2xi64>
// CHECK-DAG: ov.constant dense<[1, 4]> : tensor<2xi64>
// CHECK-DAG: ov.constant dense<[250, 4]> : tensor<2xui8>
func.func @min_max() -> (tensor<2xi64>, tensor<2xi64>, tensor<2xui8>) {
  %a = ov.constant dense<[1, 5]> : tensor<2xi64>
  %b = ov.constant dense<[3, 4]> : tensor<2xi64>
  %0 = ov.maximum %a, %b : (tensor<2xi64>, tensor<2xi64>) -> tensor<2xi64>
  %1 = ov.minimum %a, %b : (tensor<2xi64>, tensor<2xi64>) -> tensor<2xi64>
  // Unsigned: 250 > 4.
  %u = ov.constant dense<[250, 3]> : tensor<2xui8>
  %v = ov.constant dense<4> : tensor<2xui8>
  %2 = ov.maximum %u, %v : (tensor<2xui8>, tensor<2xui8>) -> tensor<2xui8>
  return %0, %1, %2 : tensor<2xi64>, tensor<2xi64>, tensor<2xui8>
}

// -----

// x + 0, x - 0, x * 1, x / 1 fold to x when nothing broadcasts.
// CHECK-LABEL: func @neutral
// CHECK-SAME: (%[[X:.*]]: tensor<2x3xf32>)
// CHECK-NOT: ov.add
// CHECK-NOT: ov.subtract
// CHECK-NOT: ov.multiply
// CHECK-NOT: ov.divide
// CHECK: return %[[X]]
func.func @neutral(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %zero = ov.constant dense<0.0> : tensor<f32>
  %one = ov.constant dense<1.0> : tensor<1x1xf32>
  %0 = ov.add %x, %zero : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %1 = ov.subtract %0, %zero : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %2 = ov.multiply %1, %one : (tensor<2x3xf32>, tensor<1x1xf32>) -> tensor<2x3xf32>
  %3 = ov.divide %2, %one : (tensor<2x3xf32>, tensor<1x1xf32>) -> tensor<2x3xf32>
  return %3 : tensor<2x3xf32>
}

// -----

// A neutral constant that broadcasts the other operand is not removed.
// CHECK-LABEL: func @neutral_broadcasts
// CHECK: ov.add
func.func @neutral_broadcasts(%x: tensor<3xf32>) -> tensor<2x3xf32> {
  %zero = ov.constant dense<0.0> : tensor<2x3xf32>
  %0 = ov.add %x, %zero : (tensor<3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func @convert
// CHECK-DAG: ov.constant dense<[1, -2, 2147483647, -2147483648]> : tensor<4xi32>
// CHECK-DAG: ov.constant dense<[1.500000e+00, -2.500000e+00, 6.550400e+04, -6.550400e+04]> : tensor<4xf16>
// CHECK-DAG: ov.constant dense<[false, true, true, false]> : tensor<4xi1>
// CHECK-DAG: ov.constant dense<[-1, 0, 1, 2]> : tensor<4xi8>
// CHECK-DAG: ov.constant dense<[255, 0, 1, 2]> : tensor<4xui8>
// CHECK-DAG: ov.constant dense<[-1.000000e+00, 0.000000e+00, 1.000000e+00, 2.000000e+00]> : tensor<4xf32>
func.func @convert() -> (tensor<4xi32>, tensor<4xf16>, tensor<4xi1>, tensor<4xi8>, tensor<4xui8>, tensor<4xf32>) {
  %f = ov.constant dense<[1.5, -2.5, 1.0e10, -1.0e10]> : tensor<4xf32>
  // Towards zero, saturating.
  %0 = ov.convert %f : tensor<4xf32> to i32
  %h = ov.constant dense<[1.5, -2.5, 65504.0, -65504.0]> : tensor<4xf32>
  %1 = ov.convert %h : tensor<4xf32> to f16
  %z = ov.constant dense<[0.0, -0.5, 2.0, -0.0]> : tensor<4xf32>
  %2 = ov.convert %z : tensor<4xf32> to i1
  %i = ov.constant dense<[-1, 0, 1, 2]> : tensor<4xi64>
  %3 = ov.convert %i : tensor<4xi64> to i8
  %4 = ov.convert %i : tensor<4xi64> to ui8
  %5 = ov.convert %i : tensor<4xi64> to f32
  return %0, %1, %2, %3, %4, %5 : tensor<4xi32>, tensor<4xf16>, tensor<4xi1>, tensor<4xi8>, tensor<4xui8>, tensor<4xf32>
}

// -----

// Converting to the same type is a no-op.
// CHECK-LABEL: func @convert_identity
// CHECK-SAME: (%[[X:.*]]: tensor<2xf32>)
// CHECK-NEXT: return %[[X]]
func.func @convert_identity(%x: tensor<2xf32>) -> tensor<2xf32> {
  %0 = ov.convert %x : tensor<2xf32> to f32
  return %0 : tensor<2xf32>
}

// -----

// Weights in resource blobs are never expanded by folding.
// CHECK-LABEL: func @resource_not_folded
// CHECK: ov.multiply
func.func @resource_not_folded() -> tensor<2xf32> {
  %w = ov.constant dense_resource<weights> : tensor<2xf32>
  %s = ov.constant dense<2.0> : tensor<2xf32>
  %0 = ov.multiply %w, %s : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

{-#
  dialect_resources: {
    builtin: {
      weights: "0x040000000000803F00000040"
    }
  }
#-}
