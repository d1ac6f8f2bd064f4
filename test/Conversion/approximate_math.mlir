// ov-approximate-math: erf becomes a polynomial (no libm call per element);
// the polynomial's fused multiply-adds become contractible mul/add pairs.
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-approximate-math))' | FileCheck %s

// CHECK-LABEL: func.func @erf_vector
// CHECK-NOT: math.erf
// CHECK-NOT: math.fma
// CHECK: arith.mulf {{.*}} fastmath<contract> : vector<16xf32>
// CHECK: arith.addf {{.*}} fastmath<contract> : vector<16xf32>
// CHECK: return
func.func @erf_vector(%x: vector<16xf32>) -> vector<16xf32> {
  %y = math.erf %x : vector<16xf32>
  return %y : vector<16xf32>
}

// CHECK-LABEL: func.func @erf_scalar
// CHECK-NOT: math.erf
// CHECK: return
func.func @erf_scalar(%x: f32) -> f32 {
  %y = math.erf %x : f32
  return %y : f32
}

// Other functions are left to libm.
// CHECK-LABEL: func.func @others
// CHECK: math.exp
// CHECK: math.tanh
func.func @others(%x: vector<16xf32>) -> vector<16xf32> {
  %e = math.exp %x : vector<16xf32>
  %t = math.tanh %e : vector<16xf32>
  return %t : vector<16xf32>
}
