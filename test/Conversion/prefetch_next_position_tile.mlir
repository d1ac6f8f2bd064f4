// ov-prefetch-next-position-tile: a thread loop over positions of a small
// plane whose register tiles read the input one channel of 8 positions at
// a time, K block by K block, prefetches in the first register tile of
// each K block, per channel block, the rows of the next thread tile: over
// a loop of filter blocks, each filter iteration its share of the rows.
// Larger planes, thread loops of two dimensions and reads that do not
// start at the thread tile's first position get none.
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-prefetch-next-position-tile))' | FileCheck %s

#lhs = affine_map<(f, m, n, k) -> (m, k)>
#rhs = affine_map<(f, m, n, k) -> (f, k, n)>
#acc = affine_map<(f, m, n, k) -> (f, m, n)>

// Row r of filter iteration f's share (6 rows: 16 rows over 3 filter
// iterations): the next tile's row f * 6 + r, at most its last, at most
// the plane's last position.
// CHECK-DAG: #[[ROW0:.*]] = affine_map<()[s0, s1] -> (s0 + (s1 floordiv 2) * 6 + 16, s0 + 31, 195)>
// CHECK-DAG: #[[ROW2:.*]] = affine_map<()[s0, s1] -> (s0 + (s1 floordiv 2) * 6 + 18, s0 + 31, 195)>

// CHECK-LABEL: func.func @projection
// CHECK: scf.parallel (%[[P:.*]]) =
// A K block of channel blocks 4 + %[[CB2]], no filter loop around it: all
// 16 rows.
// CHECK: scf.for %[[CB2:.*]] = %c0 to %c4 step %c1
// CHECK: %[[BLOCK:.*]] = arith.addi %[[CB2]], %c4 : index
// CHECK: memref.prefetch %arg0[%{{.*}}, %[[BLOCK]], %{{.*}}, %{{.*}}]
// CHECK-COUNT-31: memref.prefetch %arg0[%{{.*}}, %[[BLOCK]],
// CHECK-NOT: memref.prefetch
// CHECK: vector.contract
// The K block of channel blocks %[[CB]] in a loop over filter blocks.
// CHECK: scf.for %[[F:.*]] = %c0 to %c6 step %c2 {
// CHECK: scf.for %[[CB:.*]] = %c0 to %c4 step %c1
// CHECK: %[[R0:.*]] = affine.min #[[ROW0]]()[%[[P]], %[[F]]]
// CHECK: memref.prefetch %arg0[%{{.*}}, %[[CB]], %[[R0]], %{{.*}}], read, locality<3>, data
// CHECK: memref.prefetch %arg0[%{{.*}}, %[[CB]], %[[R0]], %{{.*}}], read, locality<3>, data
// CHECK-COUNT-2: memref.prefetch %arg0
// CHECK: %[[R2:.*]] = affine.min #[[ROW2]]()[%[[P]], %[[F]]]
// CHECK-COUNT-2: memref.prefetch %arg0[%{{.*}}, %[[CB]], %[[R2]],
// CHECK-COUNT-6: memref.prefetch %arg0
// CHECK-NOT: memref.prefetch
// CHECK: scf.for
// CHECK: vector.contract
// The second register tile of the K block (its rows from p + 8) and the
// filter blocks after the loop (the same K block): none.
// CHECK-NOT: memref.prefetch
// CHECK: return
func.func @projection(%in: memref<1x8x196x32xf32>, %w: memref<6x8x32x16xf32>, %out: memref<6x196x16xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c4 = arith.constant 4 : index
  %c6 = arith.constant 6 : index
  %c8 = arith.constant 8 : index
  %c16 = arith.constant 16 : index
  %c32 = arith.constant 32 : index
  %c196 = arith.constant 196 : index
  %pad = arith.constant 0.0 : f32
  %zero = arith.constant dense<0.0> : vector<2x8x16xf32>
  scf.parallel (%p) = (%c0) to (%c196) step (%c16) {
    %second = arith.addi %p, %c8 : index
    // A second K block, channel blocks 4 to 7, without a filter loop.
    %k2 = scf.for %cb = %c0 to %c4 step %c1 iter_args(%a = %zero) -> (vector<2x8x16xf32>) {
      %r = scf.for %c = %c0 to %c32 step %c1 iter_args(%b = %a) -> (vector<2x8x16xf32>) {
        %block = arith.addi %cb, %c4 : index
        %l = vector.transfer_read %in[%c0, %block, %p, %c], %pad {in_bounds = [true, true]} : memref<1x8x196x32xf32>, vector<8x1xf32>
        %rw = vector.transfer_read %w[%c0, %block, %c, %c0], %pad {in_bounds = [true, true, true]} : memref<6x8x32x16xf32>, vector<2x1x16xf32>
        %m = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "parallel", "reduction"], kind = #vector.kind<add>} %l, %rw, %b : vector<8x1xf32>, vector<2x1x16xf32> into vector<2x8x16xf32>
        scf.yield %m : vector<2x8x16xf32>
      }
      scf.yield %r : vector<2x8x16xf32>
    }
    vector.transfer_write %k2, %out[%c0, %p, %c0] {in_bounds = [true, true, true]} : vector<2x8x16xf32>, memref<6x196x16xf32>
    scf.for %f = %c0 to %c6 step %c2 {
      // The first register tile (8 positions from p), then the second.
      %first = scf.for %cb = %c0 to %c4 step %c1 iter_args(%a = %zero) -> (vector<2x8x16xf32>) {
        %r = scf.for %c = %c0 to %c32 step %c1 iter_args(%b = %a) -> (vector<2x8x16xf32>) {
          %l = vector.transfer_read %in[%c0, %cb, %p, %c], %pad {in_bounds = [true, true]} : memref<1x8x196x32xf32>, vector<8x1xf32>
          %rw = vector.transfer_read %w[%f, %cb, %c, %c0], %pad {in_bounds = [true, true, true]} : memref<6x8x32x16xf32>, vector<2x1x16xf32>
          %m = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "parallel", "reduction"], kind = #vector.kind<add>} %l, %rw, %b : vector<8x1xf32>, vector<2x1x16xf32> into vector<2x8x16xf32>
          scf.yield %m : vector<2x8x16xf32>
        }
        scf.yield %r : vector<2x8x16xf32>
      }
      %next = scf.for %cb = %c0 to %c4 step %c1 iter_args(%a = %first) -> (vector<2x8x16xf32>) {
        %r = scf.for %c = %c0 to %c32 step %c1 iter_args(%b = %a) -> (vector<2x8x16xf32>) {
          %l = vector.transfer_read %in[%c0, %cb, %second, %c], %pad {in_bounds = [true, true]} : memref<1x8x196x32xf32>, vector<8x1xf32>
          %rw = vector.transfer_read %w[%f, %cb, %c, %c0], %pad {in_bounds = [true, true, true]} : memref<6x8x32x16xf32>, vector<2x1x16xf32>
          %m = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "parallel", "reduction"], kind = #vector.kind<add>} %l, %rw, %b : vector<8x1xf32>, vector<2x1x16xf32> into vector<2x8x16xf32>
          scf.yield %m : vector<2x8x16xf32>
        }
        scf.yield %r : vector<2x8x16xf32>
      }
      vector.transfer_write %next, %out[%f, %p, %c0] {in_bounds = [true, true, true]} : vector<2x8x16xf32>, memref<6x196x16xf32>
    }
    // The filter blocks left after the loop, the same K block: its lines
    // are prefetched already.
    %rest = scf.for %cb = %c0 to %c4 step %c1 iter_args(%a = %zero) -> (vector<2x8x16xf32>) {
      %r = scf.for %c = %c0 to %c32 step %c1 iter_args(%b = %a) -> (vector<2x8x16xf32>) {
        %l = vector.transfer_read %in[%c0, %cb, %p, %c], %pad {in_bounds = [true, true]} : memref<1x8x196x32xf32>, vector<8x1xf32>
        %rw = vector.transfer_read %w[%c6, %cb, %c, %c0], %pad {in_bounds = [true, true, true]} : memref<6x8x32x16xf32>, vector<2x1x16xf32>
        %m = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "parallel", "reduction"], kind = #vector.kind<add>} %l, %rw, %b : vector<8x1xf32>, vector<2x1x16xf32> into vector<2x8x16xf32>
        scf.yield %m : vector<2x8x16xf32>
      }
      scf.yield %r : vector<2x8x16xf32>
    }
    vector.transfer_write %rest, %out[%c0, %p, %c0] {in_bounds = [true, true, true]} : vector<2x8x16xf32>, memref<6x196x16xf32>
    scf.reduce
  }
  return
}

// A 28x28 plane, and a thread loop over (filter blocks, positions): no
// prefetches.
// CHECK-LABEL: func.func @no_prefetch
// CHECK-NOT: memref.prefetch
// CHECK: return
func.func @no_prefetch(%big: memref<1x8x784x32xf32>, %in: memref<1x8x196x32xf32>, %w: memref<6x8x32x16xf32>, %out: memref<6x784x16xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c6 = arith.constant 6 : index
  %c8 = arith.constant 8 : index
  %c32 = arith.constant 32 : index
  %c196 = arith.constant 196 : index
  %c784 = arith.constant 784 : index
  %pad = arith.constant 0.0 : f32
  %zero = arith.constant dense<0.0> : vector<2x8x16xf32>
  scf.parallel (%p) = (%c0) to (%c784) step (%c8) {
    %k = scf.for %cb = %c0 to %c8 step %c1 iter_args(%a = %zero) -> (vector<2x8x16xf32>) {
      %r = scf.for %c = %c0 to %c32 step %c1 iter_args(%b = %a) -> (vector<2x8x16xf32>) {
        %l = vector.transfer_read %big[%c0, %cb, %p, %c], %pad {in_bounds = [true, true]} : memref<1x8x784x32xf32>, vector<8x1xf32>
        %rw = vector.transfer_read %w[%c0, %cb, %c, %c0], %pad {in_bounds = [true, true, true]} : memref<6x8x32x16xf32>, vector<2x1x16xf32>
        %m = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "parallel", "reduction"], kind = #vector.kind<add>} %l, %rw, %b : vector<8x1xf32>, vector<2x1x16xf32> into vector<2x8x16xf32>
        scf.yield %m : vector<2x8x16xf32>
      }
      scf.yield %r : vector<2x8x16xf32>
    }
    vector.transfer_write %k, %out[%c0, %p, %c0] {in_bounds = [true, true, true]} : vector<2x8x16xf32>, memref<6x784x16xf32>
    scf.reduce
  }
  scf.parallel (%f, %p) = (%c0, %c0) to (%c6, %c196) step (%c1, %c8) {
    %k = scf.for %cb = %c0 to %c8 step %c1 iter_args(%a = %zero) -> (vector<2x8x16xf32>) {
      %r = scf.for %c = %c0 to %c32 step %c1 iter_args(%b = %a) -> (vector<2x8x16xf32>) {
        %l = vector.transfer_read %in[%c0, %cb, %p, %c], %pad {in_bounds = [true, true]} : memref<1x8x196x32xf32>, vector<8x1xf32>
        %rw = vector.transfer_read %w[%f, %cb, %c, %c0], %pad {in_bounds = [true, true, true]} : memref<6x8x32x16xf32>, vector<2x1x16xf32>
        %m = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "parallel", "reduction"], kind = #vector.kind<add>} %l, %rw, %b : vector<8x1xf32>, vector<2x1x16xf32> into vector<2x8x16xf32>
        scf.yield %m : vector<2x8x16xf32>
      }
      scf.yield %r : vector<2x8x16xf32>
    }
    scf.reduce
  }
  return
}
