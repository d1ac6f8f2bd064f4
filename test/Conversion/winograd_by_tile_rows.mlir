// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-winograd-by-tile-rows))' -split-input-file | FileCheck %s

// A Winograd layer as ov-winograd-convolutions leaves it on buffers (its
// transforms' bodies reduced to a copy and a sum): the input transform
// from the padded input's stride-2 view into V's 16 points, zeros into M,
// the batched contraction M += V * U and the output transform from M's 16
// points (and a bias) into a phase of the output. With 14 tile rows it
// becomes one thread loop over them, V's and M's rows on the stack; the
// padded input is freed after the loop.

// CHECK-LABEL: func.func @tile_rows(
// CHECK-SAME:    %[[INPUT:[^:]*]]: memref<1x1x30x6x4xf32>, %[[U:[^:]*]]: memref<16x2x1x4x4xf32>, %[[BIAS:[^:]*]]: memref<1x2x1x1x4xf32>, %[[OUT:[^:]*]]: memref<1x2x28x4x4xf32>)
// CHECK-NOT:     memref.alloc() {alignment = 64 : i64} : memref<16x
// CHECK:         %[[PADDED:.*]] = memref.alloc() : memref<1x1x30x6x4xf32>
// CHECK:         %[[TILES:.*]] = memref.subview %[[PADDED]][0, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 2, 2, 1]
// CHECK:         %[[PHASE:.*]] = memref.subview %[[OUT]][0, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 2, 2, 1]
// CHECK:         scf.parallel (%[[ROW:.*]]) = (%{{.*}}) to (%c14) step (%{{.*}}) {
// CHECK:           %[[V:.*]] = memref.alloca() {alignment = 64 : i64} : memref<16x1x1x2x4xf32>
// CHECK:           %[[M:.*]] = memref.alloca() {alignment = 64 : i64} : memref<16x2x1x2x4xf32>
// CHECK:           %[[V0:.*]] = memref.subview %[[V]][0, 0, 0, 0, 0] [1, 1, 1, 2, 4] [1, 1, 1, 1, 1]
// CHECK:           %[[V1:.*]] = memref.subview %[[V]][1, 0, 0, 0, 0] [1, 1, 1, 2, 4] [1, 1, 1, 1, 1]
// CHECK:           %[[M0:.*]] = memref.subview %[[M]][0, 0, 0, 0, 0] [1, 2, 1, 2, 4] [1, 1, 1, 1, 1]
// CHECK:           %[[TILE_ROW:.*]] = memref.subview %[[TILES]][0, 0, %[[ROW]], 0, 0] [1, 1, 1, 2, 4] [1, 1, 1, 1, 1]
// CHECK:           linalg.generic {{.*}} ins(%[[TILE_ROW]] : {{.*}}) outs(%[[V0]], %[[V1]],
// CHECK:           linalg.fill ins(%{{.*}} : f32) outs(%[[M]] : memref<16x2x1x2x4xf32>)
// CHECK:           linalg.generic {{.*}} ins(%[[V]], %[[U]] : memref<16x1x1x2x4xf32>, memref<16x2x1x4x4xf32>) outs(%[[M]] : memref<16x2x1x2x4xf32>)
// CHECK:           %[[OUT_ROW:.*]] = memref.subview %[[PHASE]][0, 0, %[[ROW]], 0, 0] [1, 2, 1, 2, 4] [1, 1, 1, 1, 1]
// CHECK:           linalg.generic {{.*}} ins(%[[M0]], {{.*}}, %[[BIAS]] : {{.*}}) outs(%[[OUT_ROW]] :
// CHECK:         } {ov_row_bands}
// CHECK-NEXT:    memref.dealloc %[[PADDED]]
// CHECK-NOT:     memref.dealloc
// CHECK:         return
func.func @tile_rows(%input: memref<1x1x30x6x4xf32>, %u: memref<16x2x1x4x4xf32>, %bias: memref<1x2x1x1x4xf32>, %out: memref<1x2x28x4x4xf32>) {
  %zero = arith.constant 0.0 : f32
  %padded = memref.alloc() : memref<1x1x30x6x4xf32>
  memref.copy %input, %padded : memref<1x1x30x6x4xf32> to memref<1x1x30x6x4xf32>
  %tiles = memref.subview %padded[0, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 2, 2, 1] : memref<1x1x30x6x4xf32> to memref<1x1x14x2x4xf32, strided<[720, 720, 48, 8, 1]>>
  %v = memref.alloc() {alignment = 64 : i64} : memref<16x1x14x2x4xf32>
  %v0 = memref.subview %v[0, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1]>>
  %v1 = memref.subview %v[1, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 112>>
  %v2 = memref.subview %v[2, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 224>>
  %v3 = memref.subview %v[3, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 336>>
  %v4 = memref.subview %v[4, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 448>>
  %v5 = memref.subview %v[5, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 560>>
  %v6 = memref.subview %v[6, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 672>>
  %v7 = memref.subview %v[7, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 784>>
  %v8 = memref.subview %v[8, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 896>>
  %v9 = memref.subview %v[9, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1008>>
  %v10 = memref.subview %v[10, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1120>>
  %v11 = memref.subview %v[11, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1232>>
  %v12 = memref.subview %v[12, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1344>>
  %v13 = memref.subview %v[13, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1456>>
  %v14 = memref.subview %v[14, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1568>>
  %v15 = memref.subview %v[15, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1680>>
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%tiles : memref<1x1x14x2x4xf32, strided<[720, 720, 48, 8, 1]>>) outs(%v0, %v1, %v2, %v3, %v4, %v5, %v6, %v7, %v8, %v9, %v10, %v11, %v12, %v13, %v14, %v15 : memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1]>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 112>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 224>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 336>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 448>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 560>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 672>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 784>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 896>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1008>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1120>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1232>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1344>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1456>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1568>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1680>>) {
  ^bb0(%x: f32, %o0: f32, %o1: f32, %o2: f32, %o3: f32, %o4: f32, %o5: f32, %o6: f32, %o7: f32, %o8: f32, %o9: f32, %o10: f32, %o11: f32, %o12: f32, %o13: f32, %o14: f32, %o15: f32):
    linalg.yield %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x : f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32
  }
  memref.dealloc %padded : memref<1x1x30x6x4xf32>
  %m = memref.alloc() {alignment = 64 : i64} : memref<16x2x14x2x4xf32>
  linalg.fill ins(%zero : f32) outs(%m : memref<16x2x14x2x4xf32>)
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d5, d2, d3, d6)>, affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d5, d6, d4)>, affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%v, %u : memref<16x1x14x2x4xf32>, memref<16x2x1x4x4xf32>) outs(%m : memref<16x2x14x2x4xf32>) {
  ^bb0(%a: f32, %w: f32, %acc: f32):
    %p = arith.mulf %a, %w : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  memref.dealloc %v : memref<16x1x14x2x4xf32>
  %m0 = memref.subview %m[0, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1]>>
  %m1 = memref.subview %m[1, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 224>>
  %m2 = memref.subview %m[2, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 448>>
  %m3 = memref.subview %m[3, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 672>>
  %m4 = memref.subview %m[4, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 896>>
  %m5 = memref.subview %m[5, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1120>>
  %m6 = memref.subview %m[6, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1344>>
  %m7 = memref.subview %m[7, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1568>>
  %m8 = memref.subview %m[8, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1792>>
  %m9 = memref.subview %m[9, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2016>>
  %m10 = memref.subview %m[10, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2240>>
  %m11 = memref.subview %m[11, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2464>>
  %m12 = memref.subview %m[12, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2688>>
  %m13 = memref.subview %m[13, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2912>>
  %m14 = memref.subview %m[14, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 3136>>
  %m15 = memref.subview %m[15, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 3360>>
  %phase = memref.subview %out[0, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 2, 2, 1] : memref<1x2x28x4x4xf32> to memref<1x2x14x2x4xf32, strided<[896, 448, 32, 8, 1]>>
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%m0, %m1, %m2, %m3, %m4, %m5, %m6, %m7, %m8, %m9, %m10, %m11, %m12, %m13, %m14, %m15, %bias : memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1]>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 224>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 448>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 672>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 896>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1120>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1344>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1568>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1792>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2016>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2240>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2464>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2688>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2912>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 3136>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 3360>>, memref<1x2x1x1x4xf32>) outs(%phase : memref<1x2x14x2x4xf32, strided<[896, 448, 32, 8, 1]>>) {
  ^bb0(%i0: f32, %i1: f32, %i2: f32, %i3: f32, %i4: f32, %i5: f32, %i6: f32, %i7: f32, %i8: f32, %i9: f32, %i10: f32, %i11: f32, %i12: f32, %i13: f32, %i14: f32, %i15: f32, %c: f32, %o: f32):
    %t = arith.addf %i0, %i5 : f32
    %r = arith.addf %t, %c : f32
    linalg.yield %r : f32
  }
  memref.dealloc %m : memref<16x2x14x2x4xf32>
  return
}

// -----

// 13 tile rows (a 26x26 plane): left as it is.

// CHECK-LABEL: func.func @few_tile_rows(
// CHECK-NOT:     scf.parallel
// CHECK:         memref.alloc() {alignment = 64 : i64} : memref<16x1x13x2x4xf32>
// CHECK:         memref.alloc() {alignment = 64 : i64} : memref<16x2x13x2x4xf32>
func.func @few_tile_rows(%input: memref<1x1x28x6x4xf32>, %u: memref<16x2x1x4x4xf32>, %bias: memref<1x2x1x1x4xf32>, %out: memref<1x2x26x4x4xf32>) {
  %zero = arith.constant 0.0 : f32
  %padded = memref.alloc() : memref<1x1x28x6x4xf32>
  memref.copy %input, %padded : memref<1x1x28x6x4xf32> to memref<1x1x28x6x4xf32>
  %tiles = memref.subview %padded[0, 0, 0, 0, 0] [1, 1, 13, 2, 4] [1, 1, 2, 2, 1] : memref<1x1x28x6x4xf32> to memref<1x1x13x2x4xf32, strided<[672, 672, 48, 8, 1]>>
  %v = memref.alloc() {alignment = 64 : i64} : memref<16x1x13x2x4xf32>
  %v0 = memref.subview %v[0, 0, 0, 0, 0] [1, 1, 13, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x13x2x4xf32> to memref<1x1x13x2x4xf32, strided<[104, 104, 8, 4, 1]>>
  %v1 = memref.subview %v[1, 0, 0, 0, 0] [1, 1, 13, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x13x2x4xf32> to memref<1x1x13x2x4xf32, strided<[104, 104, 8, 4, 1], offset: 104>>
  %v2 = memref.subview %v[2, 0, 0, 0, 0] [1, 1, 13, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x13x2x4xf32> to memref<1x1x13x2x4xf32, strided<[104, 104, 8, 4, 1], offset: 208>>
  %v3 = memref.subview %v[3, 0, 0, 0, 0] [1, 1, 13, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x13x2x4xf32> to memref<1x1x13x2x4xf32, strided<[104, 104, 8, 4, 1], offset: 312>>
  %v4 = memref.subview %v[4, 0, 0, 0, 0] [1, 1, 13, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x13x2x4xf32> to memref<1x1x13x2x4xf32, strided<[104, 104, 8, 4, 1], offset: 416>>
  %v5 = memref.subview %v[5, 0, 0, 0, 0] [1, 1, 13, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x13x2x4xf32> to memref<1x1x13x2x4xf32, strided<[104, 104, 8, 4, 1], offset: 520>>
  %v6 = memref.subview %v[6, 0, 0, 0, 0] [1, 1, 13, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x13x2x4xf32> to memref<1x1x13x2x4xf32, strided<[104, 104, 8, 4, 1], offset: 624>>
  %v7 = memref.subview %v[7, 0, 0, 0, 0] [1, 1, 13, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x13x2x4xf32> to memref<1x1x13x2x4xf32, strided<[104, 104, 8, 4, 1], offset: 728>>
  %v8 = memref.subview %v[8, 0, 0, 0, 0] [1, 1, 13, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x13x2x4xf32> to memref<1x1x13x2x4xf32, strided<[104, 104, 8, 4, 1], offset: 832>>
  %v9 = memref.subview %v[9, 0, 0, 0, 0] [1, 1, 13, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x13x2x4xf32> to memref<1x1x13x2x4xf32, strided<[104, 104, 8, 4, 1], offset: 936>>
  %v10 = memref.subview %v[10, 0, 0, 0, 0] [1, 1, 13, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x13x2x4xf32> to memref<1x1x13x2x4xf32, strided<[104, 104, 8, 4, 1], offset: 1040>>
  %v11 = memref.subview %v[11, 0, 0, 0, 0] [1, 1, 13, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x13x2x4xf32> to memref<1x1x13x2x4xf32, strided<[104, 104, 8, 4, 1], offset: 1144>>
  %v12 = memref.subview %v[12, 0, 0, 0, 0] [1, 1, 13, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x13x2x4xf32> to memref<1x1x13x2x4xf32, strided<[104, 104, 8, 4, 1], offset: 1248>>
  %v13 = memref.subview %v[13, 0, 0, 0, 0] [1, 1, 13, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x13x2x4xf32> to memref<1x1x13x2x4xf32, strided<[104, 104, 8, 4, 1], offset: 1352>>
  %v14 = memref.subview %v[14, 0, 0, 0, 0] [1, 1, 13, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x13x2x4xf32> to memref<1x1x13x2x4xf32, strided<[104, 104, 8, 4, 1], offset: 1456>>
  %v15 = memref.subview %v[15, 0, 0, 0, 0] [1, 1, 13, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x13x2x4xf32> to memref<1x1x13x2x4xf32, strided<[104, 104, 8, 4, 1], offset: 1560>>
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%tiles : memref<1x1x13x2x4xf32, strided<[672, 672, 48, 8, 1]>>) outs(%v0, %v1, %v2, %v3, %v4, %v5, %v6, %v7, %v8, %v9, %v10, %v11, %v12, %v13, %v14, %v15 : memref<1x1x13x2x4xf32, strided<[104, 104, 8, 4, 1]>>, memref<1x1x13x2x4xf32, strided<[104, 104, 8, 4, 1], offset: 104>>, memref<1x1x13x2x4xf32, strided<[104, 104, 8, 4, 1], offset: 208>>, memref<1x1x13x2x4xf32, strided<[104, 104, 8, 4, 1], offset: 312>>, memref<1x1x13x2x4xf32, strided<[104, 104, 8, 4, 1], offset: 416>>, memref<1x1x13x2x4xf32, strided<[104, 104, 8, 4, 1], offset: 520>>, memref<1x1x13x2x4xf32, strided<[104, 104, 8, 4, 1], offset: 624>>, memref<1x1x13x2x4xf32, strided<[104, 104, 8, 4, 1], offset: 728>>, memref<1x1x13x2x4xf32, strided<[104, 104, 8, 4, 1], offset: 832>>, memref<1x1x13x2x4xf32, strided<[104, 104, 8, 4, 1], offset: 936>>, memref<1x1x13x2x4xf32, strided<[104, 104, 8, 4, 1], offset: 1040>>, memref<1x1x13x2x4xf32, strided<[104, 104, 8, 4, 1], offset: 1144>>, memref<1x1x13x2x4xf32, strided<[104, 104, 8, 4, 1], offset: 1248>>, memref<1x1x13x2x4xf32, strided<[104, 104, 8, 4, 1], offset: 1352>>, memref<1x1x13x2x4xf32, strided<[104, 104, 8, 4, 1], offset: 1456>>, memref<1x1x13x2x4xf32, strided<[104, 104, 8, 4, 1], offset: 1560>>) {
  ^bb0(%x: f32, %o0: f32, %o1: f32, %o2: f32, %o3: f32, %o4: f32, %o5: f32, %o6: f32, %o7: f32, %o8: f32, %o9: f32, %o10: f32, %o11: f32, %o12: f32, %o13: f32, %o14: f32, %o15: f32):
    linalg.yield %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x : f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32
  }
  memref.dealloc %padded : memref<1x1x28x6x4xf32>
  %m = memref.alloc() {alignment = 64 : i64} : memref<16x2x13x2x4xf32>
  linalg.fill ins(%zero : f32) outs(%m : memref<16x2x13x2x4xf32>)
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d5, d2, d3, d6)>, affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d5, d6, d4)>, affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%v, %u : memref<16x1x13x2x4xf32>, memref<16x2x1x4x4xf32>) outs(%m : memref<16x2x13x2x4xf32>) {
  ^bb0(%a: f32, %w: f32, %acc: f32):
    %p = arith.mulf %a, %w : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  memref.dealloc %v : memref<16x1x13x2x4xf32>
  %m0 = memref.subview %m[0, 0, 0, 0, 0] [1, 2, 13, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x13x2x4xf32> to memref<1x2x13x2x4xf32, strided<[208, 104, 8, 4, 1]>>
  %m1 = memref.subview %m[1, 0, 0, 0, 0] [1, 2, 13, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x13x2x4xf32> to memref<1x2x13x2x4xf32, strided<[208, 104, 8, 4, 1], offset: 208>>
  %m2 = memref.subview %m[2, 0, 0, 0, 0] [1, 2, 13, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x13x2x4xf32> to memref<1x2x13x2x4xf32, strided<[208, 104, 8, 4, 1], offset: 416>>
  %m3 = memref.subview %m[3, 0, 0, 0, 0] [1, 2, 13, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x13x2x4xf32> to memref<1x2x13x2x4xf32, strided<[208, 104, 8, 4, 1], offset: 624>>
  %m4 = memref.subview %m[4, 0, 0, 0, 0] [1, 2, 13, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x13x2x4xf32> to memref<1x2x13x2x4xf32, strided<[208, 104, 8, 4, 1], offset: 832>>
  %m5 = memref.subview %m[5, 0, 0, 0, 0] [1, 2, 13, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x13x2x4xf32> to memref<1x2x13x2x4xf32, strided<[208, 104, 8, 4, 1], offset: 1040>>
  %m6 = memref.subview %m[6, 0, 0, 0, 0] [1, 2, 13, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x13x2x4xf32> to memref<1x2x13x2x4xf32, strided<[208, 104, 8, 4, 1], offset: 1248>>
  %m7 = memref.subview %m[7, 0, 0, 0, 0] [1, 2, 13, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x13x2x4xf32> to memref<1x2x13x2x4xf32, strided<[208, 104, 8, 4, 1], offset: 1456>>
  %m8 = memref.subview %m[8, 0, 0, 0, 0] [1, 2, 13, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x13x2x4xf32> to memref<1x2x13x2x4xf32, strided<[208, 104, 8, 4, 1], offset: 1664>>
  %m9 = memref.subview %m[9, 0, 0, 0, 0] [1, 2, 13, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x13x2x4xf32> to memref<1x2x13x2x4xf32, strided<[208, 104, 8, 4, 1], offset: 1872>>
  %m10 = memref.subview %m[10, 0, 0, 0, 0] [1, 2, 13, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x13x2x4xf32> to memref<1x2x13x2x4xf32, strided<[208, 104, 8, 4, 1], offset: 2080>>
  %m11 = memref.subview %m[11, 0, 0, 0, 0] [1, 2, 13, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x13x2x4xf32> to memref<1x2x13x2x4xf32, strided<[208, 104, 8, 4, 1], offset: 2288>>
  %m12 = memref.subview %m[12, 0, 0, 0, 0] [1, 2, 13, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x13x2x4xf32> to memref<1x2x13x2x4xf32, strided<[208, 104, 8, 4, 1], offset: 2496>>
  %m13 = memref.subview %m[13, 0, 0, 0, 0] [1, 2, 13, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x13x2x4xf32> to memref<1x2x13x2x4xf32, strided<[208, 104, 8, 4, 1], offset: 2704>>
  %m14 = memref.subview %m[14, 0, 0, 0, 0] [1, 2, 13, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x13x2x4xf32> to memref<1x2x13x2x4xf32, strided<[208, 104, 8, 4, 1], offset: 2912>>
  %m15 = memref.subview %m[15, 0, 0, 0, 0] [1, 2, 13, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x13x2x4xf32> to memref<1x2x13x2x4xf32, strided<[208, 104, 8, 4, 1], offset: 3120>>
  %phase = memref.subview %out[0, 0, 0, 0, 0] [1, 2, 13, 2, 4] [1, 1, 2, 2, 1] : memref<1x2x26x4x4xf32> to memref<1x2x13x2x4xf32, strided<[832, 416, 32, 8, 1]>>
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%m0, %m1, %m2, %m3, %m4, %m5, %m6, %m7, %m8, %m9, %m10, %m11, %m12, %m13, %m14, %m15, %bias : memref<1x2x13x2x4xf32, strided<[208, 104, 8, 4, 1]>>, memref<1x2x13x2x4xf32, strided<[208, 104, 8, 4, 1], offset: 208>>, memref<1x2x13x2x4xf32, strided<[208, 104, 8, 4, 1], offset: 416>>, memref<1x2x13x2x4xf32, strided<[208, 104, 8, 4, 1], offset: 624>>, memref<1x2x13x2x4xf32, strided<[208, 104, 8, 4, 1], offset: 832>>, memref<1x2x13x2x4xf32, strided<[208, 104, 8, 4, 1], offset: 1040>>, memref<1x2x13x2x4xf32, strided<[208, 104, 8, 4, 1], offset: 1248>>, memref<1x2x13x2x4xf32, strided<[208, 104, 8, 4, 1], offset: 1456>>, memref<1x2x13x2x4xf32, strided<[208, 104, 8, 4, 1], offset: 1664>>, memref<1x2x13x2x4xf32, strided<[208, 104, 8, 4, 1], offset: 1872>>, memref<1x2x13x2x4xf32, strided<[208, 104, 8, 4, 1], offset: 2080>>, memref<1x2x13x2x4xf32, strided<[208, 104, 8, 4, 1], offset: 2288>>, memref<1x2x13x2x4xf32, strided<[208, 104, 8, 4, 1], offset: 2496>>, memref<1x2x13x2x4xf32, strided<[208, 104, 8, 4, 1], offset: 2704>>, memref<1x2x13x2x4xf32, strided<[208, 104, 8, 4, 1], offset: 2912>>, memref<1x2x13x2x4xf32, strided<[208, 104, 8, 4, 1], offset: 3120>>, memref<1x2x1x1x4xf32>) outs(%phase : memref<1x2x13x2x4xf32, strided<[832, 416, 32, 8, 1]>>) {
  ^bb0(%i0: f32, %i1: f32, %i2: f32, %i3: f32, %i4: f32, %i5: f32, %i6: f32, %i7: f32, %i8: f32, %i9: f32, %i10: f32, %i11: f32, %i12: f32, %i13: f32, %i14: f32, %i15: f32, %c: f32, %o: f32):
    %t = arith.addf %i0, %i5 : f32
    %r = arith.addf %t, %c : f32
    linalg.yield %r : f32
  }
  memref.dealloc %m : memref<16x2x13x2x4xf32>
  return
}

// -----

// V read by another op: left as it is.

// CHECK-LABEL: func.func @transformed_read_elsewhere(
// CHECK-NOT:     scf.parallel
// CHECK:         memref.alloc() {alignment = 64 : i64} : memref<16x1x14x2x4xf32>
func.func @transformed_read_elsewhere(%input: memref<1x1x30x6x4xf32>, %u: memref<16x2x1x4x4xf32>, %bias: memref<1x2x1x1x4xf32>, %out: memref<1x2x28x4x4xf32>) {
  %zero = arith.constant 0.0 : f32
  %padded = memref.alloc() : memref<1x1x30x6x4xf32>
  memref.copy %input, %padded : memref<1x1x30x6x4xf32> to memref<1x1x30x6x4xf32>
  %tiles = memref.subview %padded[0, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 2, 2, 1] : memref<1x1x30x6x4xf32> to memref<1x1x14x2x4xf32, strided<[720, 720, 48, 8, 1]>>
  %v = memref.alloc() {alignment = 64 : i64} : memref<16x1x14x2x4xf32>
  %v0 = memref.subview %v[0, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1]>>
  %v1 = memref.subview %v[1, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 112>>
  %v2 = memref.subview %v[2, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 224>>
  %v3 = memref.subview %v[3, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 336>>
  %v4 = memref.subview %v[4, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 448>>
  %v5 = memref.subview %v[5, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 560>>
  %v6 = memref.subview %v[6, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 672>>
  %v7 = memref.subview %v[7, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 784>>
  %v8 = memref.subview %v[8, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 896>>
  %v9 = memref.subview %v[9, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1008>>
  %v10 = memref.subview %v[10, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1120>>
  %v11 = memref.subview %v[11, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1232>>
  %v12 = memref.subview %v[12, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1344>>
  %v13 = memref.subview %v[13, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1456>>
  %v14 = memref.subview %v[14, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1568>>
  %v15 = memref.subview %v[15, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1680>>
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%tiles : memref<1x1x14x2x4xf32, strided<[720, 720, 48, 8, 1]>>) outs(%v0, %v1, %v2, %v3, %v4, %v5, %v6, %v7, %v8, %v9, %v10, %v11, %v12, %v13, %v14, %v15 : memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1]>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 112>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 224>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 336>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 448>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 560>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 672>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 784>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 896>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1008>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1120>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1232>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1344>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1456>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1568>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1680>>) {
  ^bb0(%x: f32, %o0: f32, %o1: f32, %o2: f32, %o3: f32, %o4: f32, %o5: f32, %o6: f32, %o7: f32, %o8: f32, %o9: f32, %o10: f32, %o11: f32, %o12: f32, %o13: f32, %o14: f32, %o15: f32):
    linalg.yield %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x : f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32
  }
  memref.dealloc %padded : memref<1x1x30x6x4xf32>
  memref.copy %v, %v : memref<16x1x14x2x4xf32> to memref<16x1x14x2x4xf32>
  %m = memref.alloc() {alignment = 64 : i64} : memref<16x2x14x2x4xf32>
  linalg.fill ins(%zero : f32) outs(%m : memref<16x2x14x2x4xf32>)
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d5, d2, d3, d6)>, affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d5, d6, d4)>, affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%v, %u : memref<16x1x14x2x4xf32>, memref<16x2x1x4x4xf32>) outs(%m : memref<16x2x14x2x4xf32>) {
  ^bb0(%a: f32, %w: f32, %acc: f32):
    %p = arith.mulf %a, %w : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  memref.dealloc %v : memref<16x1x14x2x4xf32>
  %m0 = memref.subview %m[0, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1]>>
  %m1 = memref.subview %m[1, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 224>>
  %m2 = memref.subview %m[2, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 448>>
  %m3 = memref.subview %m[3, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 672>>
  %m4 = memref.subview %m[4, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 896>>
  %m5 = memref.subview %m[5, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1120>>
  %m6 = memref.subview %m[6, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1344>>
  %m7 = memref.subview %m[7, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1568>>
  %m8 = memref.subview %m[8, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1792>>
  %m9 = memref.subview %m[9, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2016>>
  %m10 = memref.subview %m[10, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2240>>
  %m11 = memref.subview %m[11, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2464>>
  %m12 = memref.subview %m[12, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2688>>
  %m13 = memref.subview %m[13, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2912>>
  %m14 = memref.subview %m[14, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 3136>>
  %m15 = memref.subview %m[15, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 3360>>
  %phase = memref.subview %out[0, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 2, 2, 1] : memref<1x2x28x4x4xf32> to memref<1x2x14x2x4xf32, strided<[896, 448, 32, 8, 1]>>
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%m0, %m1, %m2, %m3, %m4, %m5, %m6, %m7, %m8, %m9, %m10, %m11, %m12, %m13, %m14, %m15, %bias : memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1]>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 224>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 448>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 672>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 896>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1120>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1344>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1568>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1792>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2016>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2240>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2464>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2688>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2912>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 3136>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 3360>>, memref<1x2x1x1x4xf32>) outs(%phase : memref<1x2x14x2x4xf32, strided<[896, 448, 32, 8, 1]>>) {
  ^bb0(%i0: f32, %i1: f32, %i2: f32, %i3: f32, %i4: f32, %i5: f32, %i6: f32, %i7: f32, %i8: f32, %i9: f32, %i10: f32, %i11: f32, %i12: f32, %i13: f32, %i14: f32, %i15: f32, %c: f32, %o: f32):
    %t = arith.addf %i0, %i5 : f32
    %r = arith.addf %t, %c : f32
    linalg.yield %r : f32
  }
  memref.dealloc %m : memref<16x2x14x2x4xf32>
  return
}

// -----

// The output written between the contraction and the output transform:
// the layer's ops cannot run together; left as it is.

// CHECK-LABEL: func.func @output_written_between(
// CHECK-NOT:     scf.parallel
// CHECK:         memref.alloc() {alignment = 64 : i64} : memref<16x1x14x2x4xf32>
func.func @output_written_between(%input: memref<1x1x30x6x4xf32>, %u: memref<16x2x1x4x4xf32>, %bias: memref<1x2x1x1x4xf32>, %out: memref<1x2x28x4x4xf32>) {
  %zero = arith.constant 0.0 : f32
  %padded = memref.alloc() : memref<1x1x30x6x4xf32>
  memref.copy %input, %padded : memref<1x1x30x6x4xf32> to memref<1x1x30x6x4xf32>
  %tiles = memref.subview %padded[0, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 2, 2, 1] : memref<1x1x30x6x4xf32> to memref<1x1x14x2x4xf32, strided<[720, 720, 48, 8, 1]>>
  %v = memref.alloc() {alignment = 64 : i64} : memref<16x1x14x2x4xf32>
  %v0 = memref.subview %v[0, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1]>>
  %v1 = memref.subview %v[1, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 112>>
  %v2 = memref.subview %v[2, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 224>>
  %v3 = memref.subview %v[3, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 336>>
  %v4 = memref.subview %v[4, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 448>>
  %v5 = memref.subview %v[5, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 560>>
  %v6 = memref.subview %v[6, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 672>>
  %v7 = memref.subview %v[7, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 784>>
  %v8 = memref.subview %v[8, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 896>>
  %v9 = memref.subview %v[9, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1008>>
  %v10 = memref.subview %v[10, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1120>>
  %v11 = memref.subview %v[11, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1232>>
  %v12 = memref.subview %v[12, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1344>>
  %v13 = memref.subview %v[13, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1456>>
  %v14 = memref.subview %v[14, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1568>>
  %v15 = memref.subview %v[15, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1680>>
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%tiles : memref<1x1x14x2x4xf32, strided<[720, 720, 48, 8, 1]>>) outs(%v0, %v1, %v2, %v3, %v4, %v5, %v6, %v7, %v8, %v9, %v10, %v11, %v12, %v13, %v14, %v15 : memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1]>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 112>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 224>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 336>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 448>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 560>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 672>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 784>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 896>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1008>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1120>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1232>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1344>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1456>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1568>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1680>>) {
  ^bb0(%x: f32, %o0: f32, %o1: f32, %o2: f32, %o3: f32, %o4: f32, %o5: f32, %o6: f32, %o7: f32, %o8: f32, %o9: f32, %o10: f32, %o11: f32, %o12: f32, %o13: f32, %o14: f32, %o15: f32):
    linalg.yield %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x : f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32
  }
  memref.dealloc %padded : memref<1x1x30x6x4xf32>
  %m = memref.alloc() {alignment = 64 : i64} : memref<16x2x14x2x4xf32>
  linalg.fill ins(%zero : f32) outs(%m : memref<16x2x14x2x4xf32>)
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d5, d2, d3, d6)>, affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d5, d6, d4)>, affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%v, %u : memref<16x1x14x2x4xf32>, memref<16x2x1x4x4xf32>) outs(%m : memref<16x2x14x2x4xf32>) {
  ^bb0(%a: f32, %w: f32, %acc: f32):
    %p = arith.mulf %a, %w : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  memref.dealloc %v : memref<16x1x14x2x4xf32>
  %m0 = memref.subview %m[0, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1]>>
  %m1 = memref.subview %m[1, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 224>>
  %m2 = memref.subview %m[2, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 448>>
  %m3 = memref.subview %m[3, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 672>>
  %m4 = memref.subview %m[4, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 896>>
  %m5 = memref.subview %m[5, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1120>>
  %m6 = memref.subview %m[6, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1344>>
  %m7 = memref.subview %m[7, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1568>>
  %m8 = memref.subview %m[8, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1792>>
  %m9 = memref.subview %m[9, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2016>>
  %m10 = memref.subview %m[10, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2240>>
  %m11 = memref.subview %m[11, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2464>>
  %m12 = memref.subview %m[12, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2688>>
  %m13 = memref.subview %m[13, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2912>>
  %m14 = memref.subview %m[14, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 3136>>
  %m15 = memref.subview %m[15, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 3360>>
  %phase = memref.subview %out[0, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 2, 2, 1] : memref<1x2x28x4x4xf32> to memref<1x2x14x2x4xf32, strided<[896, 448, 32, 8, 1]>>
  linalg.fill ins(%zero : f32) outs(%out : memref<1x2x28x4x4xf32>)
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%m0, %m1, %m2, %m3, %m4, %m5, %m6, %m7, %m8, %m9, %m10, %m11, %m12, %m13, %m14, %m15, %bias : memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1]>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 224>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 448>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 672>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 896>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1120>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1344>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1568>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1792>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2016>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2240>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2464>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2688>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2912>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 3136>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 3360>>, memref<1x2x1x1x4xf32>) outs(%phase : memref<1x2x14x2x4xf32, strided<[896, 448, 32, 8, 1]>>) {
  ^bb0(%i0: f32, %i1: f32, %i2: f32, %i3: f32, %i4: f32, %i5: f32, %i6: f32, %i7: f32, %i8: f32, %i9: f32, %i10: f32, %i11: f32, %i12: f32, %i13: f32, %i14: f32, %i15: f32, %c: f32, %o: f32):
    %t = arith.addf %i0, %i5 : f32
    %r = arith.addf %t, %c : f32
    linalg.yield %r : f32
  }
  memref.dealloc %m : memref<16x2x14x2x4xf32>
  return
}

// -----

// A row of V and of M of 1 MB together (8 blocks of 32 channels in and
// out, 32 tile columns): more scratch than a thread has; left as it is.

// CHECK-LABEL: func.func @large_rows(
// CHECK-NOT:     scf.parallel
// CHECK:         memref.alloc() {alignment = 64 : i64} : memref<16x8x14x32x32xf32>
func.func @large_rows(%input: memref<1x8x30x66x32xf32>, %u: memref<16x8x8x32x32xf32>, %bias: memref<1x8x1x1x32xf32>, %out: memref<1x8x28x64x32xf32>) {
  %zero = arith.constant 0.0 : f32
  %padded = memref.alloc() : memref<1x8x30x66x32xf32>
  memref.copy %input, %padded : memref<1x8x30x66x32xf32> to memref<1x8x30x66x32xf32>
  %tiles = memref.subview %padded[0, 0, 0, 0, 0] [1, 8, 14, 32, 32] [1, 1, 2, 2, 1] : memref<1x8x30x66x32xf32> to memref<1x8x14x32x32xf32, strided<[506880, 63360, 4224, 64, 1]>>
  %v = memref.alloc() {alignment = 64 : i64} : memref<16x8x14x32x32xf32>
  %v0 = memref.subview %v[0, 0, 0, 0, 0] [1, 8, 14, 32, 32] [1, 1, 1, 1, 1] : memref<16x8x14x32x32xf32> to memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1]>>
  %v1 = memref.subview %v[1, 0, 0, 0, 0] [1, 8, 14, 32, 32] [1, 1, 1, 1, 1] : memref<16x8x14x32x32xf32> to memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 114688>>
  %v2 = memref.subview %v[2, 0, 0, 0, 0] [1, 8, 14, 32, 32] [1, 1, 1, 1, 1] : memref<16x8x14x32x32xf32> to memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 229376>>
  %v3 = memref.subview %v[3, 0, 0, 0, 0] [1, 8, 14, 32, 32] [1, 1, 1, 1, 1] : memref<16x8x14x32x32xf32> to memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 344064>>
  %v4 = memref.subview %v[4, 0, 0, 0, 0] [1, 8, 14, 32, 32] [1, 1, 1, 1, 1] : memref<16x8x14x32x32xf32> to memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 458752>>
  %v5 = memref.subview %v[5, 0, 0, 0, 0] [1, 8, 14, 32, 32] [1, 1, 1, 1, 1] : memref<16x8x14x32x32xf32> to memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 573440>>
  %v6 = memref.subview %v[6, 0, 0, 0, 0] [1, 8, 14, 32, 32] [1, 1, 1, 1, 1] : memref<16x8x14x32x32xf32> to memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 688128>>
  %v7 = memref.subview %v[7, 0, 0, 0, 0] [1, 8, 14, 32, 32] [1, 1, 1, 1, 1] : memref<16x8x14x32x32xf32> to memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 802816>>
  %v8 = memref.subview %v[8, 0, 0, 0, 0] [1, 8, 14, 32, 32] [1, 1, 1, 1, 1] : memref<16x8x14x32x32xf32> to memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 917504>>
  %v9 = memref.subview %v[9, 0, 0, 0, 0] [1, 8, 14, 32, 32] [1, 1, 1, 1, 1] : memref<16x8x14x32x32xf32> to memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 1032192>>
  %v10 = memref.subview %v[10, 0, 0, 0, 0] [1, 8, 14, 32, 32] [1, 1, 1, 1, 1] : memref<16x8x14x32x32xf32> to memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 1146880>>
  %v11 = memref.subview %v[11, 0, 0, 0, 0] [1, 8, 14, 32, 32] [1, 1, 1, 1, 1] : memref<16x8x14x32x32xf32> to memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 1261568>>
  %v12 = memref.subview %v[12, 0, 0, 0, 0] [1, 8, 14, 32, 32] [1, 1, 1, 1, 1] : memref<16x8x14x32x32xf32> to memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 1376256>>
  %v13 = memref.subview %v[13, 0, 0, 0, 0] [1, 8, 14, 32, 32] [1, 1, 1, 1, 1] : memref<16x8x14x32x32xf32> to memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 1490944>>
  %v14 = memref.subview %v[14, 0, 0, 0, 0] [1, 8, 14, 32, 32] [1, 1, 1, 1, 1] : memref<16x8x14x32x32xf32> to memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 1605632>>
  %v15 = memref.subview %v[15, 0, 0, 0, 0] [1, 8, 14, 32, 32] [1, 1, 1, 1, 1] : memref<16x8x14x32x32xf32> to memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 1720320>>
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%tiles : memref<1x8x14x32x32xf32, strided<[506880, 63360, 4224, 64, 1]>>) outs(%v0, %v1, %v2, %v3, %v4, %v5, %v6, %v7, %v8, %v9, %v10, %v11, %v12, %v13, %v14, %v15 : memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1]>>, memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 114688>>, memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 229376>>, memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 344064>>, memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 458752>>, memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 573440>>, memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 688128>>, memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 802816>>, memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 917504>>, memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 1032192>>, memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 1146880>>, memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 1261568>>, memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 1376256>>, memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 1490944>>, memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 1605632>>, memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 1720320>>) {
  ^bb0(%x: f32, %o0: f32, %o1: f32, %o2: f32, %o3: f32, %o4: f32, %o5: f32, %o6: f32, %o7: f32, %o8: f32, %o9: f32, %o10: f32, %o11: f32, %o12: f32, %o13: f32, %o14: f32, %o15: f32):
    linalg.yield %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x : f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32
  }
  memref.dealloc %padded : memref<1x8x30x66x32xf32>
  %m = memref.alloc() {alignment = 64 : i64} : memref<16x8x14x32x32xf32>
  linalg.fill ins(%zero : f32) outs(%m : memref<16x8x14x32x32xf32>)
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d5, d2, d3, d6)>, affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d5, d6, d4)>, affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%v, %u : memref<16x8x14x32x32xf32>, memref<16x8x8x32x32xf32>) outs(%m : memref<16x8x14x32x32xf32>) {
  ^bb0(%a: f32, %w: f32, %acc: f32):
    %p = arith.mulf %a, %w : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  memref.dealloc %v : memref<16x8x14x32x32xf32>
  %m0 = memref.subview %m[0, 0, 0, 0, 0] [1, 8, 14, 32, 32] [1, 1, 1, 1, 1] : memref<16x8x14x32x32xf32> to memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1]>>
  %m1 = memref.subview %m[1, 0, 0, 0, 0] [1, 8, 14, 32, 32] [1, 1, 1, 1, 1] : memref<16x8x14x32x32xf32> to memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 114688>>
  %m2 = memref.subview %m[2, 0, 0, 0, 0] [1, 8, 14, 32, 32] [1, 1, 1, 1, 1] : memref<16x8x14x32x32xf32> to memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 229376>>
  %m3 = memref.subview %m[3, 0, 0, 0, 0] [1, 8, 14, 32, 32] [1, 1, 1, 1, 1] : memref<16x8x14x32x32xf32> to memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 344064>>
  %m4 = memref.subview %m[4, 0, 0, 0, 0] [1, 8, 14, 32, 32] [1, 1, 1, 1, 1] : memref<16x8x14x32x32xf32> to memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 458752>>
  %m5 = memref.subview %m[5, 0, 0, 0, 0] [1, 8, 14, 32, 32] [1, 1, 1, 1, 1] : memref<16x8x14x32x32xf32> to memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 573440>>
  %m6 = memref.subview %m[6, 0, 0, 0, 0] [1, 8, 14, 32, 32] [1, 1, 1, 1, 1] : memref<16x8x14x32x32xf32> to memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 688128>>
  %m7 = memref.subview %m[7, 0, 0, 0, 0] [1, 8, 14, 32, 32] [1, 1, 1, 1, 1] : memref<16x8x14x32x32xf32> to memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 802816>>
  %m8 = memref.subview %m[8, 0, 0, 0, 0] [1, 8, 14, 32, 32] [1, 1, 1, 1, 1] : memref<16x8x14x32x32xf32> to memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 917504>>
  %m9 = memref.subview %m[9, 0, 0, 0, 0] [1, 8, 14, 32, 32] [1, 1, 1, 1, 1] : memref<16x8x14x32x32xf32> to memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 1032192>>
  %m10 = memref.subview %m[10, 0, 0, 0, 0] [1, 8, 14, 32, 32] [1, 1, 1, 1, 1] : memref<16x8x14x32x32xf32> to memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 1146880>>
  %m11 = memref.subview %m[11, 0, 0, 0, 0] [1, 8, 14, 32, 32] [1, 1, 1, 1, 1] : memref<16x8x14x32x32xf32> to memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 1261568>>
  %m12 = memref.subview %m[12, 0, 0, 0, 0] [1, 8, 14, 32, 32] [1, 1, 1, 1, 1] : memref<16x8x14x32x32xf32> to memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 1376256>>
  %m13 = memref.subview %m[13, 0, 0, 0, 0] [1, 8, 14, 32, 32] [1, 1, 1, 1, 1] : memref<16x8x14x32x32xf32> to memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 1490944>>
  %m14 = memref.subview %m[14, 0, 0, 0, 0] [1, 8, 14, 32, 32] [1, 1, 1, 1, 1] : memref<16x8x14x32x32xf32> to memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 1605632>>
  %m15 = memref.subview %m[15, 0, 0, 0, 0] [1, 8, 14, 32, 32] [1, 1, 1, 1, 1] : memref<16x8x14x32x32xf32> to memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 1720320>>
  %phase = memref.subview %out[0, 0, 0, 0, 0] [1, 8, 14, 32, 32] [1, 1, 2, 2, 1] : memref<1x8x28x64x32xf32> to memref<1x8x14x32x32xf32, strided<[458752, 57344, 4096, 64, 1]>>
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%m0, %m1, %m2, %m3, %m4, %m5, %m6, %m7, %m8, %m9, %m10, %m11, %m12, %m13, %m14, %m15, %bias : memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1]>>, memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 114688>>, memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 229376>>, memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 344064>>, memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 458752>>, memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 573440>>, memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 688128>>, memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 802816>>, memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 917504>>, memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 1032192>>, memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 1146880>>, memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 1261568>>, memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 1376256>>, memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 1490944>>, memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 1605632>>, memref<1x8x14x32x32xf32, strided<[114688, 14336, 1024, 32, 1], offset: 1720320>>, memref<1x8x1x1x32xf32>) outs(%phase : memref<1x8x14x32x32xf32, strided<[458752, 57344, 4096, 64, 1]>>) {
  ^bb0(%i0: f32, %i1: f32, %i2: f32, %i3: f32, %i4: f32, %i5: f32, %i6: f32, %i7: f32, %i8: f32, %i9: f32, %i10: f32, %i11: f32, %i12: f32, %i13: f32, %i14: f32, %i15: f32, %c: f32, %o: f32):
    %t = arith.addf %i0, %i5 : f32
    %r = arith.addf %t, %c : f32
    linalg.yield %r : f32
  }
  memref.dealloc %m : memref<16x8x14x32x32xf32>
  return
}

// -----

// A layer inside a loop (not directly in the function): left as it is.

// CHECK-LABEL: func.func @in_loop(
// CHECK:         scf.for
// CHECK-NOT:     scf.parallel
// CHECK:         memref.alloc() {alignment = 64 : i64} : memref<16x1x14x2x4xf32>
func.func @in_loop(%input: memref<1x1x30x6x4xf32>, %u: memref<16x2x1x4x4xf32>, %bias: memref<1x2x1x1x4xf32>, %out: memref<1x2x28x4x4xf32>) {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %c0 to %c1 step %c1 {
    %padded = memref.alloc() : memref<1x1x30x6x4xf32>
    memref.copy %input, %padded : memref<1x1x30x6x4xf32> to memref<1x1x30x6x4xf32>
    %tiles = memref.subview %padded[0, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 2, 2, 1] : memref<1x1x30x6x4xf32> to memref<1x1x14x2x4xf32, strided<[720, 720, 48, 8, 1]>>
    %v = memref.alloc() {alignment = 64 : i64} : memref<16x1x14x2x4xf32>
    %v0 = memref.subview %v[0, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1]>>
    %v1 = memref.subview %v[1, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 112>>
    %v2 = memref.subview %v[2, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 224>>
    %v3 = memref.subview %v[3, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 336>>
    %v4 = memref.subview %v[4, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 448>>
    %v5 = memref.subview %v[5, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 560>>
    %v6 = memref.subview %v[6, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 672>>
    %v7 = memref.subview %v[7, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 784>>
    %v8 = memref.subview %v[8, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 896>>
    %v9 = memref.subview %v[9, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1008>>
    %v10 = memref.subview %v[10, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1120>>
    %v11 = memref.subview %v[11, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1232>>
    %v12 = memref.subview %v[12, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1344>>
    %v13 = memref.subview %v[13, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1456>>
    %v14 = memref.subview %v[14, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1568>>
    %v15 = memref.subview %v[15, 0, 0, 0, 0] [1, 1, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x1x14x2x4xf32> to memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1680>>
    linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%tiles : memref<1x1x14x2x4xf32, strided<[720, 720, 48, 8, 1]>>) outs(%v0, %v1, %v2, %v3, %v4, %v5, %v6, %v7, %v8, %v9, %v10, %v11, %v12, %v13, %v14, %v15 : memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1]>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 112>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 224>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 336>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 448>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 560>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 672>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 784>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 896>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1008>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1120>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1232>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1344>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1456>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1568>>, memref<1x1x14x2x4xf32, strided<[112, 112, 8, 4, 1], offset: 1680>>) {
    ^bb0(%x: f32, %o0: f32, %o1: f32, %o2: f32, %o3: f32, %o4: f32, %o5: f32, %o6: f32, %o7: f32, %o8: f32, %o9: f32, %o10: f32, %o11: f32, %o12: f32, %o13: f32, %o14: f32, %o15: f32):
      linalg.yield %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x : f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32
    }
    memref.dealloc %padded : memref<1x1x30x6x4xf32>
    %m = memref.alloc() {alignment = 64 : i64} : memref<16x2x14x2x4xf32>
    linalg.fill ins(%zero : f32) outs(%m : memref<16x2x14x2x4xf32>)
    linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d5, d2, d3, d6)>, affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d5, d6, d4)>, affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%v, %u : memref<16x1x14x2x4xf32>, memref<16x2x1x4x4xf32>) outs(%m : memref<16x2x14x2x4xf32>) {
    ^bb0(%a: f32, %w: f32, %acc: f32):
      %p = arith.mulf %a, %w : f32
      %s = arith.addf %acc, %p : f32
      linalg.yield %s : f32
    }
    memref.dealloc %v : memref<16x1x14x2x4xf32>
    %m0 = memref.subview %m[0, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1]>>
    %m1 = memref.subview %m[1, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 224>>
    %m2 = memref.subview %m[2, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 448>>
    %m3 = memref.subview %m[3, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 672>>
    %m4 = memref.subview %m[4, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 896>>
    %m5 = memref.subview %m[5, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1120>>
    %m6 = memref.subview %m[6, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1344>>
    %m7 = memref.subview %m[7, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1568>>
    %m8 = memref.subview %m[8, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1792>>
    %m9 = memref.subview %m[9, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2016>>
    %m10 = memref.subview %m[10, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2240>>
    %m11 = memref.subview %m[11, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2464>>
    %m12 = memref.subview %m[12, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2688>>
    %m13 = memref.subview %m[13, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2912>>
    %m14 = memref.subview %m[14, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 3136>>
    %m15 = memref.subview %m[15, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 3360>>
    %phase = memref.subview %out[0, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 2, 2, 1] : memref<1x2x28x4x4xf32> to memref<1x2x14x2x4xf32, strided<[896, 448, 32, 8, 1]>>
    linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%m0, %m1, %m2, %m3, %m4, %m5, %m6, %m7, %m8, %m9, %m10, %m11, %m12, %m13, %m14, %m15, %bias : memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1]>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 224>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 448>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 672>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 896>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1120>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1344>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1568>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1792>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2016>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2240>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2464>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2688>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2912>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 3136>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 3360>>, memref<1x2x1x1x4xf32>) outs(%phase : memref<1x2x14x2x4xf32, strided<[896, 448, 32, 8, 1]>>) {
    ^bb0(%i0: f32, %i1: f32, %i2: f32, %i3: f32, %i4: f32, %i5: f32, %i6: f32, %i7: f32, %i8: f32, %i9: f32, %i10: f32, %i11: f32, %i12: f32, %i13: f32, %i14: f32, %i15: f32, %c: f32, %o: f32):
      %t = arith.addf %i0, %i5 : f32
      %r = arith.addf %t, %c : f32
      linalg.yield %r : f32
    }
    memref.dealloc %m : memref<16x2x14x2x4xf32>
  }
  return
}

// -----

// The output transform writing the padded input it reads (in place): row
// by row, a row's outputs would overwrite the next row's inputs; left as
// it is.

// CHECK-LABEL: func.func @output_over_input(
// CHECK-NOT:     scf.parallel
// CHECK:         memref.alloc() {alignment = 64 : i64} : memref<16x2x14x2x4xf32>
func.func @output_over_input(%input: memref<1x2x30x6x4xf32>, %u: memref<16x2x2x4x4xf32>, %bias: memref<1x2x1x1x4xf32>, %out: memref<1x2x28x4x4xf32>) {
  %zero = arith.constant 0.0 : f32
  %padded = memref.alloc() : memref<1x2x30x6x4xf32>
  memref.copy %input, %padded : memref<1x2x30x6x4xf32> to memref<1x2x30x6x4xf32>
  %tiles = memref.subview %padded[0, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 2, 2, 1] : memref<1x2x30x6x4xf32> to memref<1x2x14x2x4xf32, strided<[1440, 720, 48, 8, 1]>>
  %v = memref.alloc() {alignment = 64 : i64} : memref<16x2x14x2x4xf32>
  %v0 = memref.subview %v[0, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1]>>
  %v1 = memref.subview %v[1, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 224>>
  %v2 = memref.subview %v[2, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 448>>
  %v3 = memref.subview %v[3, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 672>>
  %v4 = memref.subview %v[4, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 896>>
  %v5 = memref.subview %v[5, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1120>>
  %v6 = memref.subview %v[6, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1344>>
  %v7 = memref.subview %v[7, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1568>>
  %v8 = memref.subview %v[8, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1792>>
  %v9 = memref.subview %v[9, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2016>>
  %v10 = memref.subview %v[10, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2240>>
  %v11 = memref.subview %v[11, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2464>>
  %v12 = memref.subview %v[12, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2688>>
  %v13 = memref.subview %v[13, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2912>>
  %v14 = memref.subview %v[14, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 3136>>
  %v15 = memref.subview %v[15, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 3360>>
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%tiles : memref<1x2x14x2x4xf32, strided<[1440, 720, 48, 8, 1]>>) outs(%v0, %v1, %v2, %v3, %v4, %v5, %v6, %v7, %v8, %v9, %v10, %v11, %v12, %v13, %v14, %v15 : memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1]>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 224>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 448>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 672>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 896>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1120>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1344>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1568>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1792>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2016>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2240>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2464>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2688>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2912>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 3136>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 3360>>) {
  ^bb0(%x: f32, %o0: f32, %o1: f32, %o2: f32, %o3: f32, %o4: f32, %o5: f32, %o6: f32, %o7: f32, %o8: f32, %o9: f32, %o10: f32, %o11: f32, %o12: f32, %o13: f32, %o14: f32, %o15: f32):
    linalg.yield %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x, %x : f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32
  }
  %m = memref.alloc() {alignment = 64 : i64} : memref<16x2x14x2x4xf32>
  linalg.fill ins(%zero : f32) outs(%m : memref<16x2x14x2x4xf32>)
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d5, d2, d3, d6)>, affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d5, d6, d4)>, affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%v, %u : memref<16x2x14x2x4xf32>, memref<16x2x2x4x4xf32>) outs(%m : memref<16x2x14x2x4xf32>) {
  ^bb0(%a: f32, %w: f32, %acc: f32):
    %p = arith.mulf %a, %w : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  memref.dealloc %v : memref<16x2x14x2x4xf32>
  %m0 = memref.subview %m[0, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1]>>
  %m1 = memref.subview %m[1, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 224>>
  %m2 = memref.subview %m[2, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 448>>
  %m3 = memref.subview %m[3, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 672>>
  %m4 = memref.subview %m[4, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 896>>
  %m5 = memref.subview %m[5, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1120>>
  %m6 = memref.subview %m[6, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1344>>
  %m7 = memref.subview %m[7, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1568>>
  %m8 = memref.subview %m[8, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1792>>
  %m9 = memref.subview %m[9, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2016>>
  %m10 = memref.subview %m[10, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2240>>
  %m11 = memref.subview %m[11, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2464>>
  %m12 = memref.subview %m[12, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2688>>
  %m13 = memref.subview %m[13, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2912>>
  %m14 = memref.subview %m[14, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 3136>>
  %m15 = memref.subview %m[15, 0, 0, 0, 0] [1, 2, 14, 2, 4] [1, 1, 1, 1, 1] : memref<16x2x14x2x4xf32> to memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 3360>>
  %phase = memref.subview %padded[0, 0, 1, 1, 0] [1, 2, 14, 2, 4] [1, 1, 2, 2, 1] : memref<1x2x30x6x4xf32> to memref<1x2x14x2x4xf32, strided<[1440, 720, 48, 8, 1], offset: 28>>
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%m0, %m1, %m2, %m3, %m4, %m5, %m6, %m7, %m8, %m9, %m10, %m11, %m12, %m13, %m14, %m15, %bias : memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1]>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 224>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 448>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 672>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 896>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1120>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1344>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1568>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 1792>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2016>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2240>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2464>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2688>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 2912>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 3136>>, memref<1x2x14x2x4xf32, strided<[224, 112, 8, 4, 1], offset: 3360>>, memref<1x2x1x1x4xf32>) outs(%phase : memref<1x2x14x2x4xf32, strided<[1440, 720, 48, 8, 1], offset: 28>>) {
  ^bb0(%i0: f32, %i1: f32, %i2: f32, %i3: f32, %i4: f32, %i5: f32, %i6: f32, %i7: f32, %i8: f32, %i9: f32, %i10: f32, %i11: f32, %i12: f32, %i13: f32, %i14: f32, %i15: f32, %c: f32, %o: f32):
    %t = arith.addf %i0, %i5 : f32
    %r = arith.addf %t, %c : f32
    linalg.yield %r : f32
  }
  memref.dealloc %m : memref<16x2x14x2x4xf32>
  memref.dealloc %padded : memref<1x2x30x6x4xf32>
  return
}
