// RUN: ov-opt %s --canonicalize --split-input-file | FileCheck %s

// Mod truncates (the result has the dividend's sign); FloorMod floors (the
// divisor's sign). Integer and float constants, with broadcasting.
// CHECK-LABEL: func @int_remainders
// CHECK-DAG: %[[MOD:.*]] = ov.constant dense<{{\[}}[1, -1, 1, -1], [0, 0, 0, 0]]> : tensor<2x4xi32>
// CHECK-DAG: %[[FMOD:.*]] = ov.constant dense<{{\[}}[1, 2, -2, -1], [0, 0, 0, 0]]> : tensor<2x4xi32>
// CHECK: return %[[MOD]], %[[FMOD]]
func.func @int_remainders() -> (tensor<2x4xi32>, tensor<2x4xi32>) {
  %a = ov.constant dense<[[7, -7, 7, -7], [6, -6, 6, -6]]> : tensor<2x4xi32>
  %b = ov.constant dense<[3, 3, -3, -3]> : tensor<4xi32>
  %0 = ov.mod %a, %b : (tensor<2x4xi32>, tensor<4xi32>) -> tensor<2x4xi32>
  %1 = ov.floor_mod %a, %b : (tensor<2x4xi32>, tensor<4xi32>) -> tensor<2x4xi32>
  return %0, %1 : tensor<2x4xi32>, tensor<2x4xi32>
}

// -----

// CHECK-LABEL: func @float_remainders
// CHECK-DAG: %[[MOD:.*]] = ov.constant dense<[1.500000e+00, -1.500000e+00, 1.500000e+00, -1.500000e+00]> : tensor<4xf32>
// CHECK-DAG: %[[FMOD:.*]] = ov.constant dense<[1.500000e+00, 5.000000e-01, -5.000000e-01, -1.500000e+00]> : tensor<4xf32>
// CHECK-DAG: %[[ZERO:.*]] = ov.constant dense<0.000000e+00> : tensor<2xf32>
// CHECK: return %[[MOD]], %[[FMOD]], %[[ZERO]]
func.func @float_remainders() -> (tensor<4xf32>, tensor<4xf32>, tensor<2xf32>) {
  %a = ov.constant dense<[5.5, -5.5, 5.5, -5.5]> : tensor<4xf32>
  %b = ov.constant dense<[2.0, 2.0, -2.0, -2.0]> : tensor<4xf32>
  %0 = ov.mod %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %1 = ov.floor_mod %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  // An exact multiple gives +0 whatever the signs.
  %c = ov.constant dense<[-4.0, 4.0]> : tensor<2xf32>
  %d = ov.constant dense<[2.0, -2.0]> : tensor<2xf32>
  %2 = ov.floor_mod %c, %d : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  return %0, %1, %2 : tensor<4xf32>, tensor<4xf32>, tensor<2xf32>
}

// -----

// Unsigned integers use the unsigned remainder.
// CHECK-LABEL: func @unsigned
// CHECK: %[[R:.*]] = ov.constant dense<[5, 1]> : tensor<2xui8>
// CHECK: return %[[R]], %[[R]]
func.func @unsigned() -> (tensor<2xui8>, tensor<2xui8>) {
  %a = ov.constant dense<[250, 201]> : tensor<2xui8>
  %b = ov.constant dense<[7, 200]> : tensor<2xui8>
  %0 = ov.mod %a, %b : (tensor<2xui8>, tensor<2xui8>) -> tensor<2xui8>
  %1 = ov.floor_mod %a, %b : (tensor<2xui8>, tensor<2xui8>) -> tensor<2xui8>
  return %0, %1 : tensor<2xui8>, tensor<2xui8>
}

// -----

// Division by zero (integer or float) and non-constant operands do not fold.
// CHECK-LABEL: func @no_fold
// CHECK: ov.mod
// CHECK: ov.floor_mod
// CHECK: ov.mod
// CHECK: ov.floor_mod
func.func @no_fold(%x: tensor<2xi32>) -> (tensor<2xi32>, tensor<2xi32>, tensor<2xf32>, tensor<2xi32>) {
  %a = ov.constant dense<[7, 8]> : tensor<2xi32>
  %z = ov.constant dense<[3, 0]> : tensor<2xi32>
  %0 = ov.mod %a, %z : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
  %1 = ov.floor_mod %a, %z : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
  %f = ov.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %g = ov.constant dense<0.0> : tensor<f32>
  %2 = ov.mod %f, %g : (tensor<2xf32>, tensor<f32>) -> tensor<2xf32>
  %3 = ov.floor_mod %x, %a : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
  return %0, %1, %2, %3 : tensor<2xi32>, tensor<2xi32>, tensor<2xf32>, tensor<2xi32>
}
