// ov-tile-and-vectorize on grouped convolutions computed by shuffles
// (GroupedShuffleKernel.h): loops (n, b, h, oh, ow, gq, o, i), one term per
// tap; thread tiles of one output row of one sub-block, register tiles of
// positions written as vector loads, shuffles and FMAs.
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-tile-and-vectorize))' | FileCheck %s

#x = affine_map<(n, b, h, oh, ow, gq, o, i) -> (n, b, oh, ow, h, gq, i)>
#w = affine_map<(n, b, h, oh, ow, gq, o, i) -> (b, h, i, gq, o)>
#out = affine_map<(n, b, h, oh, ow, gq, o, i) -> (n, b, oh, ow, h, gq, o)>

// Groups of 4, two taps, rows of 8 positions: one register tile of 8
// accumulators per row; per tap 4 filter vectors, and per position one
// input vector, its 4 shuffles (lane o holds channel 4 * (o / 4) + i) and
// 4 FMAs: 2 x 8 x 4 in all.
// CHECK-LABEL: func.func @groups_of_4
// CHECK: scf.parallel (%{{.*}}, %{{.*}}) = (%c0, %c0) to (%c2, %c3) step (%c1, %c1)
// CHECK-COUNT-8: vector.load %{{.*}} : memref<{{.*}}>, vector<16xf32>
// CHECK: vector.shuffle %[[X:.*]], %[[X]] [0, 0, 0, 0, 4, 4, 4, 4, 8, 8, 8, 8, 12, 12, 12, 12]
// CHECK-NEXT: vector.fma
// CHECK-NEXT: vector.shuffle %[[X]], %[[X]] [1, 1, 1, 1, 5, 5, 5, 5, 9, 9, 9, 9, 13, 13, 13, 13]
// CHECK-COUNT-63: vector.fma
// CHECK-NOT: vector.fma
// CHECK-COUNT-8: vector.store %{{.*}} : memref<{{.*}}>, vector<16xf32>
// CHECK-NOT: linalg.generic
func.func @groups_of_4(%x0: memref<1x1x3x8x2x4x4xf32>, %w0: memref<1x2x4x4x4xf32>, %x1: memref<1x1x3x8x2x4x4xf32>, %w1: memref<1x2x4x4x4xf32>, %y: memref<1x1x3x8x2x4x4xf32>) {
  linalg.generic {indexing_maps = [#x, #w, #x, #w, #out], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%x0, %w0, %x1, %w1 : memref<1x1x3x8x2x4x4xf32>, memref<1x2x4x4x4xf32>, memref<1x1x3x8x2x4x4xf32>, memref<1x2x4x4x4xf32>) outs(%y : memref<1x1x3x8x2x4x4xf32>) attrs = {ov_grouped_shuffle} {
  ^bb0(%a: f32, %b: f32, %c: f32, %d: f32, %acc: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %acc, %p : f32
    %q = arith.mulf %c, %d : f32
    %t = arith.addf %s, %q : f32
    linalg.yield %t : f32
  }
  return
}

// Groups of 8, one tap, rows of 16 positions: register tiles of 8 (the 8
// lane indices of vpermps take registers too), two per row.
// CHECK-LABEL: func.func @groups_of_8
// CHECK: scf.parallel
// CHECK: scf.for %{{.*}} = %c0 to %c16 step %c8
// CHECK: vector.shuffle %[[X:.*]], %[[X]] [1, 1, 1, 1, 1, 1, 1, 1, 9, 9, 9, 9, 9, 9, 9, 9]
// CHECK-COUNT-63: vector.fma
// CHECK-NOT: vector.fma
func.func @groups_of_8(%x0: memref<1x2x1x16x1x2x8xf32>, %w0: memref<2x1x8x2x8xf32>, %y: memref<1x2x1x16x1x2x8xf32>) {
  linalg.generic {indexing_maps = [#x, #w, #out], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%x0, %w0 : memref<1x2x1x16x1x2x8xf32>, memref<2x1x8x2x8xf32>) outs(%y : memref<1x2x1x16x1x2x8xf32>) attrs = {ov_grouped_shuffle} {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  return
}

// Rows of 17 positions have no register tile of shuffles: the marked op is
// tiled as any contraction.
// CHECK-LABEL: func.func @no_row_tile
// CHECK: scf.parallel
// CHECK-NOT: vector.shuffle
// CHECK: return
func.func @no_row_tile(%x0: memref<1x1x1x17x1x4x4xf32>, %w0: memref<1x1x4x4x4xf32>, %y: memref<1x1x1x17x1x4x4xf32>) {
  linalg.generic {indexing_maps = [#x, #w, #out], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%x0, %w0 : memref<1x1x1x17x1x4x4xf32>, memref<1x1x4x4x4xf32>) outs(%y : memref<1x1x1x17x1x4x4xf32>) attrs = {ov_grouped_shuffle} {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  return
}
