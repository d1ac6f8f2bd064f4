// ov-tile-and-vectorize prefetches the rows of packed weights that the next
// K block of a contraction reads (PrefetchNextBlock.cpp).
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-tile-and-vectorize))' | FileCheck %s

#lhs = affine_map<(d0, d1, d2, d3) -> (d0, d3)>
#packed = affine_map<(d0, d1, d2, d3) -> (d1, d3, d2)>
#out = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>

// M = 64 (8 row tiles of 8 rows), K = 512 (2 blocks of 256), 2 panels of 32
// columns. The next block's 256 rows of 32 floats are 512 cache lines of 16:
// each row tile prefetches 64 of them, one every 4 K steps, starting 256 rows
// (8192 floats) after its first read and 64 lines (1024 floats) after the
// previous row tile's share. The last share ends with the buffer
// (2 x 512 x 32 - 1024 = 31744): the second panel's last block has no next.
// CHECK-DAG: #[[START:.*]] = affine_map<()[s0, s1, s2] -> (s0 * 16384 + s2 * 32 + (s1 floordiv 8) * 1024 + 8192, 31744)>
// CHECK-DAG: #[[LINE:.*]] = affine_map<()[s0, s1] -> (s0 + (s1 floordiv 4) * 16)>
// CHECK-LABEL: func.func @packed
// CHECK: scf.parallel (%[[PANEL:.*]]) =
// CHECK: scf.for %[[K0:.*]] = %c0 to %c512 step %c256
// CHECK: scf.for %[[ROW:.*]] = %c0 to %c64 step %c8
// CHECK: %[[FLAT:.*]] = memref.collapse_shape %arg1 {{\[}}[0, 1, 2]] : memref<2x512x32xf32> into memref<32768xf32>
// CHECK: %[[SHARE:.*]] = affine.min #[[START]]()[%[[PANEL]], %[[ROW]], %[[K0]]]
// CHECK: scf.for %[[STEP:.*]] = %c0 to %c256 step %c1 iter_args
// CHECK: %[[AT:.*]] = affine.apply #[[LINE]]()[%[[SHARE]], %[[STEP]]]
// CHECK-NEXT: memref.prefetch %[[FLAT]][%[[AT]]], read, locality<3>, data : memref<32768xf32>
// CHECK-NEXT: vector.transfer_read %arg1[%[[PANEL]], %{{.*}}, %c0]{{.*}} : memref<2x512x32xf32>, vector<32xf32>
// CHECK: vector.contract
// CHECK-NOT: ov.prefetch
func.func @packed(%a: memref<64x512xf32>, %b: memref<2x512x32xf32>, %c: memref<64x2x32xf32>) {
  linalg.generic {indexing_maps = [#lhs, #packed, #out], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
      ins(%a, %b : memref<64x512xf32>, memref<2x512x32xf32>) outs(%c : memref<64x2x32xf32>) {
  ^bb0(%x: f32, %w: f32, %acc: f32):
    %p = arith.mulf %x, %w : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  return
}

// A single K block: nothing comes next.
// CHECK-LABEL: func.func @single_block
// CHECK-NOT: memref.prefetch
// CHECK: return
func.func @single_block(%a: memref<64x256xf32>, %b: memref<2x256x32xf32>, %c: memref<64x2x32xf32>) {
  linalg.generic {indexing_maps = [#lhs, #packed, #out], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
      ins(%a, %b : memref<64x256xf32>, memref<2x256x32xf32>) outs(%c : memref<64x2x32xf32>) {
  ^bb0(%x: f32, %w: f32, %acc: f32):
    %p = arith.mulf %x, %w : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  return
}

// A right-hand side whose rows are wider than a register tile (not packed):
// the next block's rows of a tile are not contiguous; no prefetch.
// CHECK-LABEL: func.func @unpacked
// CHECK-NOT: memref.prefetch
// CHECK: return
func.func @unpacked(%a: memref<64x512xf32>, %b: memref<512x64xf32>, %c: memref<64x64xf32>) {
  linalg.matmul ins(%a, %b : memref<64x512xf32>, memref<512x64xf32>) outs(%c : memref<64x64xf32>)
  return
}
