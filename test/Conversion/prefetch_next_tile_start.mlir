// ov-prefetch-next-tile-start: a loop over register tiles whose tiles start
// from rows of a large buffer they do not write (a shortcut) prefetches,
// before each tile's K loop, the rows the next tile starts from (each
// cache line of each row; the last tile its own rows again). Small
// buffers, buffers the tiles write (accumulators) and reads that do not
// depend on the tile get no prefetches.
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-prefetch-next-tile-start))' | FileCheck %s

#lhs = affine_map<(m, n, k) -> (m, k)>
#rhs = affine_map<(m, n, k) -> (k, n)>
#acc = affine_map<(m, n, k) -> (m, n)>

// The next tile's row, or the last tile's (56) for the last.
// CHECK: #[[NEXT_TILE:.*]] = affine_map<(d0) -> (d0 + 8, 56)>

// A 5 MB shortcut: 8 rows x 2 cache lines of the next tile.
// CHECK-LABEL: func.func @shortcut
// CHECK: scf.for %[[T:.*]] = %c0 to %c64 step %c8 {
// CHECK: vector.transfer_read %arg0[%c0, %[[T]], %c0]
// CHECK: %[[NEXT:.*]] = affine.min #[[NEXT_TILE]](%[[T]])
// CHECK: memref.prefetch %arg0[%c0, %[[NEXT]], %c0], read, locality<3>, data
// CHECK: %[[LINE:.*]] = arith.addi %c0, %{{.*}} : index
// CHECK: memref.prefetch %arg0[%c0, %[[NEXT]], %[[LINE]]], read, locality<3>, data
// CHECK: %[[ROW:.*]] = arith.addi %[[NEXT]], %{{.*}} : index
// CHECK: memref.prefetch %arg0[%c0, %[[ROW]], %c0]
// CHECK-COUNT-13: memref.prefetch %arg0
// CHECK-NOT: memref.prefetch
// CHECK: scf.for
// CHECK: vector.contract
func.func @shortcut(%res: memref<1x40000x32xf32>, %x: memref<64x32xf32>, %w: memref<32x32xf32>, %out: memref<1x64x32xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %c32 = arith.constant 32 : index
  %c64 = arith.constant 64 : index
  %pad = arith.constant 0.0 : f32
  scf.for %t = %c0 to %c64 step %c8 {
    %init = vector.transfer_read %res[%c0, %t, %c0], %pad {in_bounds = [true, true]} : memref<1x40000x32xf32>, vector<8x32xf32>
    %sum = scf.for %k = %c0 to %c32 step %c1 iter_args(%a = %init) -> (vector<8x32xf32>) {
      %l = vector.transfer_read %x[%t, %k], %pad {in_bounds = [true, true]} : memref<64x32xf32>, vector<8x1xf32>
      %r = vector.transfer_read %w[%k, %c0], %pad {in_bounds = [true, true]} : memref<32x32xf32>, vector<1x32xf32>
      %c = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %l, %r, %a : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
      scf.yield %c : vector<8x32xf32>
    }
    vector.transfer_write %sum, %out[%c0, %t, %c0] {in_bounds = [true, true]} : vector<8x32xf32>, memref<1x64x32xf32>
  }
  return
}

// A 256 KB shortcut (in cache), an accumulator the tiles write back, and
// a bias read at the same row for every tile: no prefetch.
// CHECK-LABEL: func.func @no_prefetch
// CHECK-NOT: memref.prefetch
// CHECK: return
func.func @no_prefetch(%small: memref<1x2048x32xf32>, %accs: memref<1x40000x32xf32>, %bias: memref<1x1x32xf32>, %x: memref<64x32xf32>, %w: memref<32x32xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %c32 = arith.constant 32 : index
  %c64 = arith.constant 64 : index
  %pad = arith.constant 0.0 : f32
  scf.for %t = %c0 to %c64 step %c8 {
    %s = vector.transfer_read %small[%c0, %t, %c0], %pad {in_bounds = [true, true]} : memref<1x2048x32xf32>, vector<8x32xf32>
    %p = vector.transfer_read %accs[%c0, %t, %c0], %pad {in_bounds = [true, true]} : memref<1x40000x32xf32>, vector<8x32xf32>
    %b = vector.transfer_read %bias[%c0, %c0, %c0], %pad {in_bounds = [true, true]} : memref<1x1x32xf32>, vector<8x32xf32>
    %sp = arith.addf %s, %p : vector<8x32xf32>
    %init = arith.addf %sp, %b : vector<8x32xf32>
    %sum = scf.for %k = %c0 to %c32 step %c1 iter_args(%a = %init) -> (vector<8x32xf32>) {
      %l = vector.transfer_read %x[%t, %k], %pad {in_bounds = [true, true]} : memref<64x32xf32>, vector<8x1xf32>
      %r = vector.transfer_read %w[%k, %c0], %pad {in_bounds = [true, true]} : memref<32x32xf32>, vector<1x32xf32>
      %c = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %l, %r, %a : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
      scf.yield %c : vector<8x32xf32>
    }
    vector.transfer_write %sum, %accs[%c0, %t, %c0] {in_bounds = [true, true]} : vector<8x32xf32>, memref<1x40000x32xf32>
  }
  return
}
