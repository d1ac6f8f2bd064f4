// Vector reads of views with innermost stride 2 or 3 (the taps of strided
// depthwise convolutions) become contiguous masked loads of the source and
// shuffles keeping every s-th lane; reads the rewrite cannot prove right
// stay. (Numeric checks: test/Tools/ov-run_strided_depthwise.test.)
// RUN: ov-opt %s --pass-pipeline="builtin.module(func.func(ov-contiguous-strided-reads))" | FileCheck %s
// RUN: ov-opt %s --pass-pipeline="builtin.module(func.func(ov-contiguous-strided-reads{max-stride=4}))" | FileCheck %s --check-prefix=STRIDE4

// The source indices of the first element read (@stride2, @stride3_rank_reduced).
// CHECK-DAG: #[[ROW:.*]] = affine_map<()[s0] -> (s0 * 2 + 1)>
// CHECK-DAG: #[[COL:.*]] = affine_map<()[s0] -> (s0 * 2 + 2)>
// CHECK-DAG: #[[TIMES3:.*]] = affine_map<()[s0] -> (s0 * 3)>

// A tap of a 3x3 stride-2 depthwise convolution: view offset (1, 2), the
// first element read is the source's [c, 2 i + 1, 2 j + 2]; 31 lanes of 32
// are read (the 32nd may lie past the row) and the even ones kept.
// CHECK-LABEL: func.func @stride2
// CHECK-SAME: (%[[SRC:.*]]: memref<8x33x33xf32>, %[[C:.*]]: index, %[[I:.*]]: index, %[[J:.*]]: index)
// CHECK-DAG: %[[MASK:.*]] = arith.constant dense<[true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, false]> : vector<32xi1>
// CHECK-DAG: %[[PASS:.*]] = ub.poison : vector<32xf32>
// CHECK-DAG: %[[R:.*]] = affine.apply #[[ROW]]()[%[[I]]]
// CHECK-DAG: %[[K:.*]] = affine.apply #[[COL]]()[%[[J]]]
// CHECK: %[[WIDE:.*]] = vector.maskedload %[[SRC]][%[[C]], %[[R]], %[[K]]], %[[MASK]], %[[PASS]] : memref<8x33x33xf32>, vector<32xi1>, vector<32xf32> into vector<32xf32>
// CHECK: %[[V:.*]] = vector.shuffle %[[WIDE]], %[[WIDE]] [0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30] : vector<32xf32>, vector<32xf32>
// CHECK-NOT: vector.transfer_read
// CHECK: return %[[V]]
func.func @stride2(%src: memref<8x33x33xf32>, %c: index, %i: index, %j: index) -> vector<16xf32> {
  %pad = arith.constant 0.0 : f32
  %view = memref.subview %src[0, 1, 2] [8, 16, 16] [1, 2, 2] : memref<8x33x33xf32> to memref<8x16x16xf32, strided<[1089, 66, 2], offset: 35>>
  %v = vector.transfer_read %view[%c, %i, %j], %pad {in_bounds = [true]} : memref<8x16x16xf32, strided<[1089, 66, 2], offset: 35>>, vector<16xf32>
  return %v : vector<16xf32>
}

// Stride 3, 8 lanes of i32, a rank-reducing view (the leading unit
// dimension dropped) of a view with unit innermost stride and a dynamic
// offset: 22 lanes of 24 read, lanes 0, 3, ..., 21 kept.
// CHECK-LABEL: func.func @stride3_rank_reduced
// CHECK-SAME: (%[[SRC:.*]]: memref<1x4x30xi32, strided<[240, 60, 1], offset: ?>>, %[[C:.*]]: index, %[[J:.*]]: index)
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0 : index
// CHECK-DAG: %[[K:.*]] = affine.apply #[[TIMES3]]()[%[[J]]]
// CHECK: %[[WIDE:.*]] = vector.maskedload %[[SRC]][%[[ZERO]], %[[C]], %[[K]]], %{{.*}}, %{{.*}} : memref<1x4x30xi32, strided<[240, 60, 1], offset: ?>>, vector<24xi1>, vector<24xi32> into vector<24xi32>
// CHECK: vector.shuffle %[[WIDE]], %[[WIDE]] [0, 3, 6, 9, 12, 15, 18, 21] : vector<24xi32>, vector<24xi32>
// CHECK-NOT: vector.transfer_read
func.func @stride3_rank_reduced(%src: memref<1x4x30xi32, strided<[240, 60, 1], offset: ?>>, %c: index, %j: index) -> vector<8xi32> {
  %pad = arith.constant 0 : i32
  %view = memref.subview %src[0, 0, 0] [1, 4, 10] [1, 1, 3] : memref<1x4x30xi32, strided<[240, 60, 1], offset: ?>> to memref<4x10xi32, strided<[60, 3], offset: ?>>
  %v = vector.transfer_read %view[%c, %j], %pad {in_bounds = [true]} : memref<4x10xi32, strided<[60, 3], offset: ?>>, vector<8xi32>
  return %v : vector<8xi32>
}

// Reads that stay: lanes that may be out of bounds (their padding shows),
// a mask, stride 4 (above max-stride unless raised), a vector along an
// outer dimension (a permutation) or broadcast, one lane, a source whose
// innermost stride is not 1, a dynamic stride, the innermost dimension
// dropped, a read of a memref that is not a view.
// CHECK-LABEL: func.func @kept
// CHECK-NOT: vector.maskedload
// CHECK-NOT: vector.shuffle
// CHECK: return
// STRIDE4-LABEL: func.func @kept
// STRIDE4: vector.maskedload {{.*}} vector<32xi1>, vector<32xf32> into vector<32xf32>
// STRIDE4: vector.shuffle {{.*}} [0, 4, 8, 12, 16, 20, 24, 28]
// STRIDE4-NOT: vector.maskedload
// STRIDE4: return
func.func @kept(%src: memref<8x64xf32>, %strided: memref<8x64xf32, strided<[64, 2]>>, %s: index, %i: index, %j: index, %m: vector<8xi1>)
    -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<4xf32>, vector<8xf32>, vector<1xf32>, vector<8xf32>, vector<8xf32>, vector<4xf32>, vector<8xf32>) {
  %pad = arith.constant 0.0 : f32
  %view = memref.subview %src[0, 0] [8, 16] [1, 2] : memref<8x64xf32> to memref<8x16xf32, strided<[64, 2]>>
  %oob = vector.transfer_read %view[%i, %j], %pad : memref<8x16xf32, strided<[64, 2]>>, vector<8xf32>
  %masked = vector.transfer_read %view[%i, %j], %pad, %m {in_bounds = [true]} : memref<8x16xf32, strided<[64, 2]>>, vector<8xf32>
  %view4 = memref.subview %src[0, 0] [8, 16] [1, 4] : memref<8x64xf32> to memref<8x16xf32, strided<[64, 4]>>
  %stride4 = vector.transfer_read %view4[%i, %j], %pad {in_bounds = [true]} : memref<8x16xf32, strided<[64, 4]>>, vector<8xf32>
  %column = vector.transfer_read %view[%i, %j], %pad {in_bounds = [true], permutation_map = affine_map<(d0, d1) -> (d0)>} : memref<8x16xf32, strided<[64, 2]>>, vector<4xf32>
  %broadcast = vector.transfer_read %view[%i, %j], %pad {in_bounds = [true], permutation_map = affine_map<(d0, d1) -> (0)>} : memref<8x16xf32, strided<[64, 2]>>, vector<8xf32>
  %one = vector.transfer_read %view[%i, %j], %pad {in_bounds = [true]} : memref<8x16xf32, strided<[64, 2]>>, vector<1xf32>
  %of_strided = memref.subview %strided[0, 0] [8, 16] [1, 2] : memref<8x64xf32, strided<[64, 2]>> to memref<8x16xf32, strided<[64, 4]>>
  %not_unit = vector.transfer_read %of_strided[%i, %j], %pad {in_bounds = [true]} : memref<8x16xf32, strided<[64, 4]>>, vector<8xf32>
  %dyn = memref.subview %src[0, 0] [8, 16] [1, %s] : memref<8x64xf32> to memref<8x16xf32, strided<[64, ?]>>
  %dynamic = vector.transfer_read %dyn[%i, %j], %pad {in_bounds = [true]} : memref<8x16xf32, strided<[64, ?]>>, vector<8xf32>
  %col = memref.subview %src[0, 5] [4, 1] [2, 2] : memref<8x64xf32> to memref<4xf32, strided<[128], offset: 5>>
  %dropped = vector.transfer_read %col[%i], %pad {in_bounds = [true]} : memref<4xf32, strided<[128], offset: 5>>, vector<4xf32>
  %plain = vector.transfer_read %strided[%i, %j], %pad {in_bounds = [true]} : memref<8x64xf32, strided<[64, 2]>>, vector<8xf32>
  return %oob, %masked, %stride4, %column, %broadcast, %one, %not_unit, %dynamic, %dropped, %plain
      : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<4xf32>, vector<8xf32>, vector<1xf32>, vector<8xf32>, vector<8xf32>, vector<4xf32>, vector<8xf32>
}

// Elements narrower than a byte (i1 is a byte per element in memory, not in
// a vector register) stay.
// CHECK-LABEL: func.func @kept_i1
// CHECK-NOT: vector.maskedload
// CHECK: return
func.func @kept_i1(%src: memref<8x64xi1>, %i: index, %j: index) -> vector<8xi1> {
  %pad = arith.constant false
  %view = memref.subview %src[0, 0] [8, 16] [1, 2] : memref<8x64xi1> to memref<8x16xi1, strided<[64, 2]>>
  %v = vector.transfer_read %view[%i, %j], %pad {in_bounds = [true]} : memref<8x16xi1, strided<[64, 2]>>, vector<8xi1>
  return %v : vector<8xi1>
}
