// ov-approximate-math: erf becomes polynomials (no libm call per element);
// the polynomial's fused multiply-adds become contractible mul/add pairs.
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-approximate-math))' | FileCheck %s

// erf: two polynomials of |x| (degree 5 in x^2 near zero, |x| + |x| r(x^2);
// degree 12 in min(|x|, 3.88) - 2.45 from 1 on), one selected by |x| < 1,
// then x's sign bit; no division, no per-element coefficients.
// CHECK-LABEL: func.func @erf_vector
// CHECK-DAG: %[[SIGN:.*]] = arith.constant dense<-2147483648> : vector<16xi32>
// CHECK-DAG: %[[ONE:.*]] = arith.constant dense<1.000000e+00> : vector<16xf32>
// CHECK-DAG: %[[CENTRE:.*]] = arith.constant dense<2.450000e+00> : vector<16xf32>
// CHECK-DAG: %[[CLAMP:.*]] = arith.constant dense<3.880000e+00> : vector<16xf32>
// CHECK-NOT: math.erf
// CHECK-NOT: math.fma
// CHECK-NOT: arith.divf
// CHECK: %[[ABS:.*]] = math.absf %[[X:.*]] : vector<16xf32>
// CHECK: %[[SQUARE:.*]] = arith.mulf %[[ABS]], %[[ABS]] : vector<16xf32>
// CHECK-COUNT-5: arith.mulf {{.*}}%[[SQUARE]]{{[, ]}}{{.*}}fastmath<contract>
// CHECK: %[[R:.*]] = arith.mulf %[[ABS]], %{{.*}} fastmath<contract>
// CHECK: %[[NEAR:.*]] = arith.addf %[[R]], %[[ABS]] fastmath<contract>
// CHECK: %[[CLAMPED:.*]] = arith.minimumf %[[ABS]], %[[CLAMP]]
// CHECK: %[[T:.*]] = arith.subf %[[CLAMPED]], %[[CENTRE]]
// CHECK-COUNT-12: arith.mulf {{.*}}%[[T]]{{[, ]}}{{.*}}fastmath<contract>
// CHECK: %[[FAR:.*]] = arith.addf
// CHECK: %[[SMALL:.*]] = arith.cmpf olt, %[[ABS]], %[[ONE]]
// CHECK: %[[MAGNITUDE:.*]] = arith.select %[[SMALL]], %[[NEAR]], %[[FAR]]
// CHECK: %[[XBITS:.*]] = arith.bitcast %[[X]] : vector<16xf32> to vector<16xi32>
// CHECK: %[[XSIGN:.*]] = arith.andi %[[XBITS]], %[[SIGN]]
// CHECK: %[[BITS:.*]] = arith.bitcast %[[MAGNITUDE]]
// CHECK: %[[SIGNED:.*]] = arith.ori %[[BITS]], %[[XSIGN]]
// CHECK: %[[Y:.*]] = arith.bitcast %[[SIGNED]] : vector<16xi32> to vector<16xf32>
// CHECK: return %[[Y]]
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

// exp: k = round(x / ln2) with the 1.5 * 2^23 trick, k as an integer from
// the bits of that sum (no conversion), the polynomial of the remainder,
// 2^k in the exponent bits (two halves). NaN propagates through the clamp
// and the arithmetic: no select for it.
// CHECK-LABEL: func.func @exp_vector
// CHECK-NOT: math.exp
// CHECK-DAG: %[[BITS:.*]] = arith.constant dense<1262485504> : vector<16xi32>
// CHECK-DAG: %[[MAGIC:.*]] = arith.constant dense<0x4B400000> : vector<16xf32>
// CHECK: %[[CLAMPED:.*]] = arith.maximumf %arg0, %{{.*}} : vector<16xf32>
// CHECK: %[[X:.*]] = arith.minimumf %[[CLAMPED]]
// CHECK: %[[PRODUCT:.*]] = arith.mulf %[[X]]
// CHECK: %[[SHIFTED:.*]] = arith.addf %[[PRODUCT]], %[[MAGIC]]
// CHECK: %[[K:.*]] = arith.bitcast %[[SHIFTED]] : vector<16xf32> to vector<16xi32>
// CHECK: %[[KINT:.*]] = arith.subi %[[K]], %[[BITS]]
// CHECK: arith.shrsi %[[KINT]]
// CHECK: arith.shli
// CHECK: arith.bitcast %{{.*}} : vector<16xi32> to vector<16xf32>
// CHECK-NOT: arith.fptosi
// CHECK-NOT: arith.cmpf
// CHECK-NOT: arith.select
// CHECK: return
func.func @exp_vector(%x: vector<16xf32>) -> vector<16xf32> {
  %e = math.exp %x : vector<16xf32>
  return %e : vector<16xf32>
}

// Other functions and types are left to libm.
// CHECK-LABEL: func.func @others
// CHECK: math.tanh
// CHECK: math.exp {{.*}} : f64
func.func @others(%x: vector<16xf32>, %d: f64) -> (vector<16xf32>, f64) {
  %t = math.tanh %x : vector<16xf32>
  %e = math.exp %d : f64
  return %t, %e : vector<16xf32>, f64
}

// The sigmoid's 1 / (1 + exp(y)): exp for normal results only (y clamped
// to [-87, 88], 2^k one float), 1 + exp(y) in the exp's last
// multiplication (a contractible multiply-add), the division kept (a
// vdivps), 0 for sums over 1e38. y = -x: the negation is folded into the
// constants (x clamped to [-88, 87], -1 / ln2, the odd degrees'
// coefficients negated), bit-identical and one operation fewer. k is
// rounded with 1.5 * 2^23 + 127 (0x4B40007F), so that the sum's bits
// shifted by 23 are 2^k: no integer addition.
// CHECK-LABEL: func.func @sigmoid_vector
// CHECK-NOT: math.exp
// CHECK-NOT: arith.negf
// CHECK-DAG: %[[ODD:.*]] = arith.constant dense<-0.166664317> : vector<16xf32>
// CHECK-DAG: %[[INVERSE_LN2:.*]] = arith.constant dense<-1.44269502> : vector<16xf32>
// CHECK-DAG: %[[HIGH:.*]] = arith.constant dense<8.700000e+01> : vector<16xf32>
// CHECK-DAG: %[[LOW:.*]] = arith.constant dense<-8.800000e+01> : vector<16xf32>
// CHECK-DAG: %[[SHIFT:.*]] = arith.constant dense<0x4B40007F> : vector<16xf32>
// CHECK: %[[LOWER:.*]] = arith.maximumf %arg0, %[[LOW]]
// CHECK: %[[CLAMPED:.*]] = arith.minimumf %[[LOWER]], %[[HIGH]]
// CHECK: arith.mulf %[[CLAMPED]], %[[INVERSE_LN2]]
// CHECK: %[[SHIFTED:.*]] = arith.addf %{{.*}}, %[[SHIFT]] fastmath<contract>
// CHECK: arith.subf %[[SHIFTED]], %[[SHIFT]]
// CHECK: arith.addf %{{.*}}, %[[ODD]]
// CHECK-NOT: arith.select
// CHECK: %[[BITS:.*]] = arith.bitcast %[[SHIFTED]] : vector<16xf32> to vector<16xi32>
// CHECK-NEXT: %[[EXPONENT:.*]] = arith.shli %[[BITS]]
// CHECK-NEXT: %[[TWO_K:.*]] = arith.bitcast %[[EXPONENT]] : vector<16xi32> to vector<16xf32>
// CHECK: %[[E:.*]] = arith.mulf %{{.*}}, %[[TWO_K]] fastmath<contract>
// CHECK: %[[D:.*]] = arith.addf %[[E]], %{{.*}} fastmath<contract>
// CHECK: %[[R:.*]] = arith.divf %{{.*}}, %[[D]] : vector<16xf32>
// CHECK: %[[HUGE:.*]] = arith.cmpf ogt, %[[D]]
// CHECK: arith.select %[[HUGE]], %{{.*}}, %[[R]]
// CHECK-NOT: math.fma
func.func @sigmoid_vector(%x: vector<16xf32>) -> vector<16xf32> {
  %one = arith.constant dense<1.0> : vector<16xf32>
  %n = arith.negf %x : vector<16xf32>
  %e = math.exp %n : vector<16xf32>
  %d = arith.addf %one, %e : vector<16xf32>
  %s = arith.divf %one, %d : vector<16xf32>
  return %s : vector<16xf32>
}

// SiLU, x * sigmoid(x): one division max(x, -88) / (1 + exp(-x)), no
// multiplication and no test for huge sums (the sigmoid alone keeps it).
// CHECK-LABEL: func.func @silu_vector
// CHECK-NOT: math.exp
// CHECK-NOT: arith.negf
// CHECK-DAG: %[[LOW:.*]] = arith.constant dense<-8.800000e+01> : vector<8x16xf32>
// CHECK: %[[TWO_K:.*]] = arith.bitcast %{{.*}} : vector<8x16xi32> to vector<8x16xf32>
// CHECK-NEXT: %[[E:.*]] = arith.mulf %{{.*}}, %[[TWO_K]] fastmath<contract> : vector<8x16xf32>
// CHECK-NEXT: %[[D:.*]] = arith.addf %[[E]], %{{.*}} fastmath<contract>
// CHECK-NEXT: %[[X:.*]] = arith.maximumf %arg0, %[[LOW]]
// CHECK-NEXT: %[[Y:.*]] = arith.divf %[[X]], %[[D]] : vector<8x16xf32>
// CHECK-NEXT: return %[[Y]]
func.func @silu_vector(%x: vector<8x16xf32>) -> vector<8x16xf32> {
  %one = arith.constant dense<1.0> : vector<8x16xf32>
  %n = arith.negf %x : vector<8x16xf32>
  %e = math.exp %n : vector<8x16xf32>
  %d = arith.addf %e, %one : vector<8x16xf32>
  %s = arith.divf %one, %d : vector<8x16xf32>
  %y = arith.mulf %x, %s : vector<8x16xf32>
  return %y : vector<8x16xf32>
}

// x times the sigmoid of another value (a squeeze-excite gate) stays a
// multiplication by the sigmoid.
// CHECK-LABEL: func.func @gate_vector
// CHECK: %[[HUGE:.*]] = arith.cmpf ogt
// CHECK: %[[S:.*]] = arith.select %[[HUGE]]
// CHECK: arith.mulf %arg0, %[[S]] : vector<16xf32>
func.func @gate_vector(%x: vector<16xf32>, %g: vector<16xf32>) -> vector<16xf32> {
  %one = arith.constant dense<1.0> : vector<16xf32>
  %n = arith.negf %g : vector<16xf32>
  %e = math.exp %n : vector<16xf32>
  %d = arith.addf %e, %one : vector<16xf32>
  %s = arith.divf %one, %d : vector<16xf32>
  %y = arith.mulf %x, %s : vector<16xf32>
  return %y : vector<16xf32>
}
