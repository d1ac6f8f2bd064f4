// ov-expand-bf16-conversions: f32 <-> bf16 conversions become integer ops,
// so that no target needs __truncsfbf2 (AVX2 CPUs would call it).
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-expand-bf16-conversions))' | FileCheck %s

// The truncation rounds to nearest even: adds 0x7FFF plus the kept part's
// lowest bit, then keeps the high 16 bits; a NaN becomes the quiet NaN
// 0x7FC0.
// CHECK-LABEL: func.func @truncate
// CHECK-NOT: arith.truncf
// CHECK-DAG: %[[ONE:.*]] = arith.constant dense<1> : vector<8xi32>
// CHECK-DAG: %[[SIXTEEN:.*]] = arith.constant dense<16> : vector<8xi32>
// CHECK-DAG: %[[QNAN:.*]] = arith.constant dense<32704> : vector<8xi16>
// CHECK-DAG: %[[HALF:.*]] = arith.constant dense<32767> : vector<8xi32>
// CHECK-DAG: %[[NAN:.*]] = arith.cmpf une, %[[X:.*]], %[[X]] : vector<8xf32>
// CHECK-DAG: %[[BITS:.*]] = arith.bitcast %[[X]] : vector<8xf32> to vector<8xi32>
// CHECK: %[[KEPT:.*]] = arith.shrui %[[BITS]], %[[SIXTEEN]]
// CHECK: %[[LOWEST:.*]] = arith.andi %[[KEPT]], %[[ONE]]
// CHECK: %[[BIAS:.*]] = arith.addi %[[LOWEST]], %[[HALF]]
// CHECK: %[[ROUNDED:.*]] = arith.addi %[[BITS]], %[[BIAS]]
// CHECK: %[[HIGH:.*]] = arith.shrui %[[ROUNDED]], %[[SIXTEEN]]
// CHECK: %[[NARROW:.*]] = arith.trunci %[[HIGH]] : vector<8xi32> to vector<8xi16>
// CHECK: %[[RESULT:.*]] = arith.select %[[NAN]], %[[QNAN]], %[[NARROW]]
// CHECK: arith.bitcast %[[RESULT]] : vector<8xi16> to vector<8xbf16>
func.func @truncate(%x: vector<8xf32>) -> vector<8xbf16> {
  %0 = arith.truncf %x : vector<8xf32> to vector<8xbf16>
  return %0 : vector<8xbf16>
}

// The extension shifts the bits up.
// CHECK-LABEL: func.func @extend
// CHECK-NOT: arith.extf
// CHECK: arith.bitcast %{{.*}} : bf16 to i16
// CHECK: arith.extui {{.*}} : i16 to i32
// CHECK: arith.shli
// CHECK: arith.bitcast {{.*}} : i32 to f32
func.func @extend(%x: bf16) -> f32 {
  %0 = arith.extf %x : bf16 to f32
  return %0 : f32
}

// Other conversions stay.
// CHECK-LABEL: func.func @half
// CHECK: arith.truncf %{{.*}} : f32 to f16
func.func @half(%x: f32) -> f16 {
  %0 = arith.truncf %x : f32 to f16
  return %0 : f16
}
