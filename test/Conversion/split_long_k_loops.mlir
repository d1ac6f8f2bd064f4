// ov-split-long-k-loops: a K loop whose body continues accumulator chains
// of more than 9 vector.contract ops becomes consecutive loops over the
// same range with groups of at most 9 of them (equal sizes), each with the
// reads its contractions use, the accumulators carried from one loop to
// the next. Other loops are left as they are.
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-split-long-k-loops))' --split-input-file | FileCheck %s

#lhs = affine_map<(m, n, k) -> (m, k)>
#rhs = affine_map<(m, n, k) -> (k, n)>
#acc = affine_map<(m, n, k) -> (m, n)>

// Ten products of one chain: two loops of five, the second starting from
// the first's sum; each body reads what its products use.
// CHECK-LABEL: func.func @split
// CHECK: %[[FIRST:.*]] = scf.for %[[K:.*]] = %{{.*}} to %{{.*}} step %{{.*}} iter_args(%[[A:.*]] = %{{.*}}) -> (vector<8x32xf32>)
// CHECK-COUNT-5: vector.contract
// CHECK-NOT: vector.contract
// CHECK: scf.yield
// CHECK: %[[SECOND:.*]] = scf.for %{{.*}} iter_args(%{{.*}} = %[[FIRST]]) -> (vector<8x32xf32>)
// CHECK: vector.transfer_read %{{.*}}[%{{.*}}, %c5]
// CHECK-COUNT-5: vector.contract
// CHECK-NOT: vector.contract
// CHECK: scf.yield
// CHECK: return %[[SECOND]]
func.func @split(%x: memref<3x32xf32>, %w: memref<32x3x32xf32>, %init: vector<8x32xf32>, %out: memref<8x32xf32>) -> (vector<8x32xf32>) {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c3 = arith.constant 3 : index
  %c4 = arith.constant 4 : index
  %c5 = arith.constant 5 : index
  %c6 = arith.constant 6 : index
  %c7 = arith.constant 7 : index
  %c8 = arith.constant 8 : index
  %c9 = arith.constant 9 : index
  %c3i = arith.constant 3 : index
  %r = scf.for %k = %c0 to %c3i step %c1 iter_args(%acc0 = %init) -> (vector<8x32xf32>) {
    %a0 = vector.transfer_read %x[%k, %c0], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b0 = vector.transfer_read %w[%c0, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p0 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a0, %b0, %acc0 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a1 = vector.transfer_read %x[%k, %c1], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b1 = vector.transfer_read %w[%c1, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p1 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a1, %b1, %p0 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a2 = vector.transfer_read %x[%k, %c2], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b2 = vector.transfer_read %w[%c2, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p2 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a2, %b2, %p1 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a3 = vector.transfer_read %x[%k, %c3], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b3 = vector.transfer_read %w[%c3, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p3 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a3, %b3, %p2 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a4 = vector.transfer_read %x[%k, %c4], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b4 = vector.transfer_read %w[%c4, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p4 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a4, %b4, %p3 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a5 = vector.transfer_read %x[%k, %c5], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b5 = vector.transfer_read %w[%c5, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p5 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a5, %b5, %p4 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a6 = vector.transfer_read %x[%k, %c6], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b6 = vector.transfer_read %w[%c6, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p6 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a6, %b6, %p5 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a7 = vector.transfer_read %x[%k, %c7], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b7 = vector.transfer_read %w[%c7, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p7 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a7, %b7, %p6 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a8 = vector.transfer_read %x[%k, %c8], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b8 = vector.transfer_read %w[%c8, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p8 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a8, %b8, %p7 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a9 = vector.transfer_read %x[%k, %c9], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b9 = vector.transfer_read %w[%c9, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p9 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a9, %b9, %p8 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    scf.yield %p9 : vector<8x32xf32>
  }
  return %r : vector<8x32xf32>
}

// -----

#lhs = affine_map<(m, n, k) -> (m, k)>
#rhs = affine_map<(m, n, k) -> (k, n)>
#acc = affine_map<(m, n, k) -> (m, n)>

// Two accumulators (two chains of 10, alternating): three loops of 6, 7 and
// 7 products, each carrying both.
// CHECK-LABEL: func.func @two_chains
// CHECK: %[[L1:.*]]:2 = scf.for
// CHECK-COUNT-6: vector.contract
// CHECK-NOT: vector.contract
// CHECK: %[[L2:.*]]:2 = scf.for {{.*}} iter_args(%{{.*}} = %[[L1]]#0, %{{.*}} = %[[L1]]#1)
// CHECK-COUNT-7: vector.contract
// CHECK-NOT: vector.contract
// CHECK: %[[L3:.*]]:2 = scf.for {{.*}} iter_args(%{{.*}} = %[[L2]]#0, %{{.*}} = %[[L2]]#1)
// CHECK-COUNT-7: vector.contract
// CHECK-NOT: vector.contract
// CHECK: return %[[L3]]#0, %[[L3]]#1
func.func @two_chains(%x: memref<3x32xf32>, %w: memref<32x3x32xf32>, %init: vector<8x32xf32>, %out: memref<8x32xf32>) -> (vector<8x32xf32>, vector<8x32xf32>) {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c3 = arith.constant 3 : index
  %c4 = arith.constant 4 : index
  %c5 = arith.constant 5 : index
  %c6 = arith.constant 6 : index
  %c7 = arith.constant 7 : index
  %c8 = arith.constant 8 : index
  %c9 = arith.constant 9 : index
  %c10 = arith.constant 10 : index
  %c11 = arith.constant 11 : index
  %c12 = arith.constant 12 : index
  %c13 = arith.constant 13 : index
  %c14 = arith.constant 14 : index
  %c15 = arith.constant 15 : index
  %c16 = arith.constant 16 : index
  %c17 = arith.constant 17 : index
  %c18 = arith.constant 18 : index
  %c19 = arith.constant 19 : index
  %c3i = arith.constant 3 : index
  %r:2 = scf.for %k = %c0 to %c3i step %c1 iter_args(%acc0 = %init, %acc1 = %init) -> (vector<8x32xf32>, vector<8x32xf32>) {
    %a0 = vector.transfer_read %x[%k, %c0], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b0 = vector.transfer_read %w[%c0, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p0 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a0, %b0, %acc0 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a1 = vector.transfer_read %x[%k, %c1], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b1 = vector.transfer_read %w[%c1, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p1 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a1, %b1, %acc1 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a2 = vector.transfer_read %x[%k, %c2], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b2 = vector.transfer_read %w[%c2, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p2 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a2, %b2, %p0 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a3 = vector.transfer_read %x[%k, %c3], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b3 = vector.transfer_read %w[%c3, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p3 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a3, %b3, %p1 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a4 = vector.transfer_read %x[%k, %c4], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b4 = vector.transfer_read %w[%c4, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p4 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a4, %b4, %p2 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a5 = vector.transfer_read %x[%k, %c5], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b5 = vector.transfer_read %w[%c5, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p5 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a5, %b5, %p3 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a6 = vector.transfer_read %x[%k, %c6], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b6 = vector.transfer_read %w[%c6, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p6 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a6, %b6, %p4 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a7 = vector.transfer_read %x[%k, %c7], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b7 = vector.transfer_read %w[%c7, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p7 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a7, %b7, %p5 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a8 = vector.transfer_read %x[%k, %c8], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b8 = vector.transfer_read %w[%c8, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p8 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a8, %b8, %p6 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a9 = vector.transfer_read %x[%k, %c9], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b9 = vector.transfer_read %w[%c9, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p9 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a9, %b9, %p7 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a10 = vector.transfer_read %x[%k, %c10], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b10 = vector.transfer_read %w[%c10, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p10 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a10, %b10, %p8 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a11 = vector.transfer_read %x[%k, %c11], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b11 = vector.transfer_read %w[%c11, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p11 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a11, %b11, %p9 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a12 = vector.transfer_read %x[%k, %c12], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b12 = vector.transfer_read %w[%c12, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p12 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a12, %b12, %p10 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a13 = vector.transfer_read %x[%k, %c13], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b13 = vector.transfer_read %w[%c13, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p13 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a13, %b13, %p11 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a14 = vector.transfer_read %x[%k, %c14], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b14 = vector.transfer_read %w[%c14, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p14 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a14, %b14, %p12 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a15 = vector.transfer_read %x[%k, %c15], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b15 = vector.transfer_read %w[%c15, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p15 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a15, %b15, %p13 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a16 = vector.transfer_read %x[%k, %c16], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b16 = vector.transfer_read %w[%c16, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p16 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a16, %b16, %p14 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a17 = vector.transfer_read %x[%k, %c17], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b17 = vector.transfer_read %w[%c17, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p17 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a17, %b17, %p15 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a18 = vector.transfer_read %x[%k, %c18], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b18 = vector.transfer_read %w[%c18, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p18 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a18, %b18, %p16 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a19 = vector.transfer_read %x[%k, %c19], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b19 = vector.transfer_read %w[%c19, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p19 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a19, %b19, %p17 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    scf.yield %p18, %p19 : vector<8x32xf32>, vector<8x32xf32>
  }
  return %r#0, %r#1 : vector<8x32xf32>, vector<8x32xf32>
}

// -----

#lhs = affine_map<(m, n, k) -> (m, k)>
#rhs = affine_map<(m, n, k) -> (k, n)>
#acc = affine_map<(m, n, k) -> (m, n)>

// Nine products (a 3x3 convolution's taps): one loop.
// CHECK-LABEL: func.func @nine
// CHECK-COUNT-1: scf.for
// CHECK-NOT: scf.for
func.func @nine(%x: memref<3x32xf32>, %w: memref<32x3x32xf32>, %init: vector<8x32xf32>, %out: memref<8x32xf32>) -> (vector<8x32xf32>) {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c3 = arith.constant 3 : index
  %c4 = arith.constant 4 : index
  %c5 = arith.constant 5 : index
  %c6 = arith.constant 6 : index
  %c7 = arith.constant 7 : index
  %c8 = arith.constant 8 : index
  %c3i = arith.constant 3 : index
  %r = scf.for %k = %c0 to %c3i step %c1 iter_args(%acc0 = %init) -> (vector<8x32xf32>) {
    %a0 = vector.transfer_read %x[%k, %c0], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b0 = vector.transfer_read %w[%c0, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p0 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a0, %b0, %acc0 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a1 = vector.transfer_read %x[%k, %c1], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b1 = vector.transfer_read %w[%c1, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p1 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a1, %b1, %p0 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a2 = vector.transfer_read %x[%k, %c2], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b2 = vector.transfer_read %w[%c2, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p2 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a2, %b2, %p1 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a3 = vector.transfer_read %x[%k, %c3], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b3 = vector.transfer_read %w[%c3, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p3 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a3, %b3, %p2 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a4 = vector.transfer_read %x[%k, %c4], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b4 = vector.transfer_read %w[%c4, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p4 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a4, %b4, %p3 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a5 = vector.transfer_read %x[%k, %c5], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b5 = vector.transfer_read %w[%c5, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p5 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a5, %b5, %p4 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a6 = vector.transfer_read %x[%k, %c6], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b6 = vector.transfer_read %w[%c6, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p6 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a6, %b6, %p5 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a7 = vector.transfer_read %x[%k, %c7], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b7 = vector.transfer_read %w[%c7, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p7 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a7, %b7, %p6 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a8 = vector.transfer_read %x[%k, %c8], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b8 = vector.transfer_read %w[%c8, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p8 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a8, %b8, %p7 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    scf.yield %p8 : vector<8x32xf32>
  }
  return %r : vector<8x32xf32>
}

// -----

#lhs = affine_map<(m, n, k) -> (m, k)>
#rhs = affine_map<(m, n, k) -> (k, n)>
#acc = affine_map<(m, n, k) -> (m, n)>

// A body that writes memory, or uses a partial sum other than as the next
// accumulator: one loop.
// CHECK-LABEL: func.func @writes
// CHECK-COUNT-1: scf.for
// CHECK-NOT: scf.for
func.func @writes(%x: memref<3x32xf32>, %w: memref<32x3x32xf32>, %init: vector<8x32xf32>, %out: memref<8x32xf32>) -> (vector<8x32xf32>) {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c3 = arith.constant 3 : index
  %c4 = arith.constant 4 : index
  %c5 = arith.constant 5 : index
  %c6 = arith.constant 6 : index
  %c7 = arith.constant 7 : index
  %c8 = arith.constant 8 : index
  %c9 = arith.constant 9 : index
  %c3i = arith.constant 3 : index
  %r = scf.for %k = %c0 to %c3i step %c1 iter_args(%acc0 = %init) -> (vector<8x32xf32>) {
    %a0 = vector.transfer_read %x[%k, %c0], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b0 = vector.transfer_read %w[%c0, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p0 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a0, %b0, %acc0 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a1 = vector.transfer_read %x[%k, %c1], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b1 = vector.transfer_read %w[%c1, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p1 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a1, %b1, %p0 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a2 = vector.transfer_read %x[%k, %c2], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b2 = vector.transfer_read %w[%c2, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p2 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a2, %b2, %p1 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a3 = vector.transfer_read %x[%k, %c3], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b3 = vector.transfer_read %w[%c3, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p3 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a3, %b3, %p2 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a4 = vector.transfer_read %x[%k, %c4], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b4 = vector.transfer_read %w[%c4, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p4 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a4, %b4, %p3 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a5 = vector.transfer_read %x[%k, %c5], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b5 = vector.transfer_read %w[%c5, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p5 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a5, %b5, %p4 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a6 = vector.transfer_read %x[%k, %c6], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b6 = vector.transfer_read %w[%c6, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p6 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a6, %b6, %p5 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a7 = vector.transfer_read %x[%k, %c7], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b7 = vector.transfer_read %w[%c7, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p7 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a7, %b7, %p6 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a8 = vector.transfer_read %x[%k, %c8], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b8 = vector.transfer_read %w[%c8, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p8 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a8, %b8, %p7 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a9 = vector.transfer_read %x[%k, %c9], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b9 = vector.transfer_read %w[%c9, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p9 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a9, %b9, %p8 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    vector.transfer_write %p4, %out[%c0, %c0] {in_bounds = [true, true]} : vector<8x32xf32>, memref<8x32xf32>
    scf.yield %p9 : vector<8x32xf32>
  }
  return %r : vector<8x32xf32>
}

// -----

#lhs = affine_map<(m, n, k) -> (m, k)>
#rhs = affine_map<(m, n, k) -> (k, n)>
#acc = affine_map<(m, n, k) -> (m, n)>

// CHECK-LABEL: func.func @partial_sum_used
// CHECK-COUNT-1: scf.for
// CHECK-NOT: scf.for
func.func @partial_sum_used(%x: memref<3x32xf32>, %w: memref<32x3x32xf32>, %init: vector<8x32xf32>, %out: memref<8x32xf32>) -> (vector<8x32xf32>) {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c3 = arith.constant 3 : index
  %c4 = arith.constant 4 : index
  %c5 = arith.constant 5 : index
  %c6 = arith.constant 6 : index
  %c7 = arith.constant 7 : index
  %c8 = arith.constant 8 : index
  %c9 = arith.constant 9 : index
  %c3i = arith.constant 3 : index
  %r = scf.for %k = %c0 to %c3i step %c1 iter_args(%acc0 = %init) -> (vector<8x32xf32>) {
    %a0 = vector.transfer_read %x[%k, %c0], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b0 = vector.transfer_read %w[%c0, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p0 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a0, %b0, %acc0 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a1 = vector.transfer_read %x[%k, %c1], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b1 = vector.transfer_read %w[%c1, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p1 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a1, %b1, %p0 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a2 = vector.transfer_read %x[%k, %c2], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b2 = vector.transfer_read %w[%c2, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p2 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a2, %b2, %p1 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a3 = vector.transfer_read %x[%k, %c3], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b3 = vector.transfer_read %w[%c3, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p3 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a3, %b3, %p2 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a4 = vector.transfer_read %x[%k, %c4], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b4 = vector.transfer_read %w[%c4, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p4 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a4, %b4, %p3 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a5 = vector.transfer_read %x[%k, %c5], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b5 = vector.transfer_read %w[%c5, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p5 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a5, %b5, %p4 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a6 = vector.transfer_read %x[%k, %c6], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b6 = vector.transfer_read %w[%c6, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p6 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a6, %b6, %p5 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a7 = vector.transfer_read %x[%k, %c7], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b7 = vector.transfer_read %w[%c7, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p7 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a7, %b7, %p6 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a8 = vector.transfer_read %x[%k, %c8], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b8 = vector.transfer_read %w[%c8, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p8 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a8, %b8, %p7 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %a9 = vector.transfer_read %x[%k, %c9], %zero {in_bounds = [true, true]} : memref<3x32xf32>, vector<8x1xf32>
    %b9 = vector.transfer_read %w[%c9, %k, %c0], %zero {in_bounds = [true, true]} : memref<32x3x32xf32>, vector<1x32xf32>
    %p9 = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a9, %b9, %p8 : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
    %twice = arith.addf %p4, %p4 : vector<8x32xf32>
    scf.yield %p9 : vector<8x32xf32>
  }
  return %r : vector<8x32xf32>
}
