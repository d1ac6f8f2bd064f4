// RUN: ov-opt %s --convert-ov-to-linalg --canonicalize -split-input-file | FileCheck %s

// A float division by a constant of one value becomes a multiplication by
// its reciprocal, rounded to f32 (1 / sqrt(2) here), as OpenVINO's
// ConvertDivideWithConstant does.
// CHECK-LABEL: func.func @by_constant
// CHECK: %[[R:.*]] = arith.constant 0.707106769 : f32
// CHECK: linalg.generic
// CHECK: ^bb0(%[[X:[a-z0-9_]+]]: f32
// CHECK-NEXT: arith.mulf %[[X]], %[[R]] : f32
// CHECK-NOT: arith.divf
func.func @by_constant(%x: tensor<8xf32>) -> tensor<8xf32> {
  %c = ov.constant dense<1.41421354> : tensor<f32>
  %y = ov.divide %x, %c : (tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
  return %y : tensor<8xf32>
}

// -----

// A splat of several elements too.
// CHECK-LABEL: func.func @by_splat
// CHECK: %[[R:.*]] = arith.constant 2.500000e-01 : f32
// CHECK: arith.mulf %{{.*}}, %[[R]] : f32
// CHECK-NOT: arith.divf
func.func @by_splat(%x: tensor<2x4xf32>) -> tensor<2x4xf32> {
  %c = ov.constant dense<4.0> : tensor<1x4xf32>
  %y = ov.divide %x, %c : (tensor<2x4xf32>, tensor<1x4xf32>) -> tensor<2x4xf32>
  return %y : tensor<2x4xf32>
}

// -----

// Divisions stay where the reciprocal would not be as exact: a divisor
// whose reciprocal overflows (subnormal), of several values, not constant,
// or zero (x / 0 is +-inf or NaN, x * inf is not the same for x = 0).
// CHECK-LABEL: func.func @kept
// CHECK-COUNT-4: arith.divf
// CHECK-NOT: arith.mulf
func.func @kept(%x: tensor<4xf32>, %v: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) {
  %tiny = ov.constant dense<1.0e-39> : tensor<f32>
  %several = ov.constant dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>
  %zero = ov.constant dense<0.0> : tensor<f32>
  %a = ov.divide %x, %tiny : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %b = ov.divide %x, %several : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %c = ov.divide %x, %v : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %d = ov.divide %x, %zero : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  return %a, %b, %c, %d : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>
}
