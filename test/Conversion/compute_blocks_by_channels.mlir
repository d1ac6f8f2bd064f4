// RUN: ov-opt %s --split-input-file --ov-compute-blocks-by-channels | FileCheck %s

// An inverted-residual block (1x1 expansion from 2 to 8 channels in blocks
// of 2, 3x3 depthwise, 1x1 projection back to 2 plus the residual) on a
// 3x3 plane: one thread loop over the two halves of the 4 expanded blocks.
// Each half has its own E, P and T on its stack (half the blocks), fills
// its P's border, computes its blocks of the expansion (bias, weights and
// depthwise weights from its first block, 2 * half) and of the depthwise
// layer, and its partial product from its T with its half of the
// projection's weights, repacked as [2, 1, 2, 2, 2]; the sum after the
// loop adds the bias, the residual and both parts into O. The planes E, P
// and T and the original weights are gone.
// CHECK: memref.global "private" constant @wp_block_split : memref<2x1x2x2x2xf32> = dense_resource<split_filter>
// CHECK-NOT: @wp_block :
// CHECK-LABEL: func.func @block(
// CHECK-SAME: %[[X:[^:]+]]: memref<1x1x3x3x2xf32>, %[[WE:[^:]+]]: memref<4x1x2x2xf32>, %[[BE:[^:]+]]: memref<1x4x1x1x2xf32>, %[[WD:[^:]+]]: memref<4x2xf32>, %[[BP:[^:]+]]: memref<1x1x1x1x2xf32>
// CHECK-NOT: memref.alloc() {{.*}} : memref<1x4x
// CHECK: %[[XC:.*]] = memref.collapse_shape %[[X]]
// CHECK: %[[OUT:.*]] = memref.alloc() {{.*}} : memref<1x1x3x3x2xf32>
// CHECK: %[[PARTS:.*]] = memref.alloc() {{.*}} : memref<2x1x9x2xf32>
// CHECK: scf.parallel (%[[HALF:.*]]) = (%{{.*}}) to (%c2{{.*}}) step
// CHECK: %[[FIRST:.*]] = arith.muli %[[HALF]], %c2
// CHECK: %[[E:.*]] = memref.alloca() {alignment = 64 : i64} : memref<1x2x3x3x2xf32>
// CHECK: %[[P:.*]] = memref.alloca() {alignment = 64 : i64} : memref<1x2x5x5x2xf32>
// CHECK: %[[T:.*]] = memref.alloca() {alignment = 64 : i64} : memref<1x2x3x3x2xf32>
// CHECK-COUNT-4: linalg.fill {{.*}} outs(%{{.*}} : memref<1x2x{{[15]}}x{{[15]}}x2xf32, strided<[100, 50, 10, 2, 1]
// CHECK: %[[BIAS:.*]] = memref.subview %[[BE]][0, %[[FIRST]], 0, 0, 0] [1, 2, 1, 1, 2]
// CHECK: linalg.generic {{.*}} ins(%[[BIAS]] : {{.*}}) outs(%[[E]] :
// CHECK: %[[WEH:.*]] = memref.subview %[[WE]][%[[FIRST]], 0, 0, 0] [2, 1, 2, 2]
// CHECK: %[[EC:.*]] = memref.collapse_shape %[[E]]
// CHECK: linalg.generic {{.*}} ins(%[[XC]], %[[WEH]] : {{.*}}) outs(%[[EC]] : memref<1x2x9x2xf32>)
// CHECK: %[[INTERIOR:.*]] = memref.subview %[[P]][0, 0, 1, 1, 0] [1, 2, 3, 3, 2]
// CHECK: linalg.generic {{.*}} ins(%[[E]] : {{.*}}) outs(%[[INTERIOR]] :
// CHECK: arith.maximumf
// CHECK: %[[TAP00:.*]] = memref.subview %[[P]][0, 0, 0, 0, 0] [1, 2, 3, 3, 2]
// CHECK: %[[WDH:.*]] = memref.subview %[[WD]][%[[FIRST]], 0] [2, 2]
// CHECK: linalg.generic {{.*}} ins(%[[TAP00]], %[[WDH]], {{.*}}) outs(%[[T]] : memref<1x2x3x3x2xf32>)
// CHECK: %[[PART:.*]] = memref.subview %[[PARTS]][%[[HALF]], 0, 0, 0] [1, 1, 9, 2]
// CHECK: linalg.fill {{.*}} outs(%[[PART]] :
// CHECK: %[[SPLIT:.*]] = memref.get_global @wp_block_split : memref<2x1x2x2x2xf32>
// CHECK: %[[WPH:.*]] = memref.subview %[[SPLIT]][%[[HALF]], 0, 0, 0, 0] [1, 1, 2, 2, 2] {{.*}} to memref<1x2x2x2xf32
// CHECK: %[[TC:.*]] = memref.collapse_shape %[[T]]
// CHECK: linalg.generic {{.*}} ins(%[[TC]], %[[WPH]] : {{.*}}) outs(%[[PART]] :
// CHECK: } {ov_row_bands}
// CHECK: %[[OUTC:.*]] = memref.collapse_shape %[[OUT]]
// CHECK: %[[PART0:.*]] = memref.subview %[[PARTS]][0, 0, 0, 0] [1, 1, 9, 2]
// CHECK: %[[PART1:.*]] = memref.subview %[[PARTS]][1, 0, 0, 0] [1, 1, 9, 2]
// CHECK: %[[BPC:.*]] = memref.collapse_shape %[[BP]]
// CHECK: %[[RESIDUAL:.*]] = memref.collapse_shape %[[X]]
// CHECK: linalg.generic {{.*}} ins(%[[PART0]], %[[PART1]], %[[BPC]], %[[RESIDUAL]] : {{.*}}) outs(%[[OUTC]] :
// CHECK: ^bb0(%[[P0:.*]]: f32, %[[P1:.*]]: f32, %[[B:.*]]: f32, %[[R:.*]]: f32, %{{.*}}: f32):
// CHECK: %[[INIT:.*]] = arith.addf %[[B]], %[[R]]
// CHECK: %[[SUM0:.*]] = arith.addf %[[INIT]], %[[P0]]
// CHECK: %[[SUM1:.*]] = arith.addf %[[SUM0]], %[[P1]]
// CHECK: linalg.yield %[[SUM1]]
// CHECK: memref.dealloc %[[PARTS]]
// CHECK-NOT: linalg.generic
// CHECK: return %[[OUT]]

#id = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#bias = affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>
#chan = affine_map<(d0, d1, d2, d3, d4) -> (d1, d4)>
#lhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>
#rhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>
#res = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
memref.global "private" constant @wp_block : memref<1x1x4x2x2xf32> = dense<"0x000000000000803F0000004000004040000080400000A0400000C0400000E0400000004100001041000020410000304100004041000050410000604100007041"> {alignment = 64 : i64}
func.func @block(%x: memref<1x1x3x3x2xf32>, %we: memref<4x1x2x2xf32>, %be: memref<1x4x1x1x2xf32>, %wd: memref<4x2xf32>, %bp: memref<1x1x1x1x2xf32>) -> memref<1x1x3x3x2xf32> {
  %zero = arith.constant 0.0 : f32
  %six = arith.constant 6.0 : f32
  %e = memref.alloc() {alignment = 64 : i64} : memref<1x4x3x3x2xf32>
  linalg.generic {indexing_maps = [#bias, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%be : memref<1x4x1x1x2xf32>) outs(%e : memref<1x4x3x3x2xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  %xc = memref.collapse_shape %x [[0], [1], [2, 3], [4]] : memref<1x1x3x3x2xf32> into memref<1x1x9x2xf32>
  %ec = memref.collapse_shape %e [[0], [1], [2, 3], [4]] : memref<1x4x3x3x2xf32> into memref<1x4x9x2xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%xc, %we : memref<1x1x9x2xf32>, memref<4x1x2x2xf32>) outs(%ec : memref<1x4x9x2xf32>) {
  ^bb0(%in: f32, %w: f32, %out: f32):
    %m = arith.mulf %in, %w : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  }
  %p = memref.alloc() {alignment = 64 : i64} : memref<1x4x5x5x2xf32>
  %b0 = memref.subview %p[0, 0, 0, 0, 0] [1, 4, 1, 5, 2] [1, 1, 1, 1, 1] : memref<1x4x5x5x2xf32> to memref<1x4x1x5x2xf32, strided<[200, 50, 10, 2, 1]>>
  linalg.fill ins(%zero : f32) outs(%b0 : memref<1x4x1x5x2xf32, strided<[200, 50, 10, 2, 1]>>)
  %b1 = memref.subview %p[0, 0, 4, 0, 0] [1, 4, 1, 5, 2] [1, 1, 1, 1, 1] : memref<1x4x5x5x2xf32> to memref<1x4x1x5x2xf32, strided<[200, 50, 10, 2, 1], offset: 40>>
  linalg.fill ins(%zero : f32) outs(%b1 : memref<1x4x1x5x2xf32, strided<[200, 50, 10, 2, 1], offset: 40>>)
  %b2 = memref.subview %p[0, 0, 0, 0, 0] [1, 4, 5, 1, 2] [1, 1, 1, 1, 1] : memref<1x4x5x5x2xf32> to memref<1x4x5x1x2xf32, strided<[200, 50, 10, 2, 1]>>
  linalg.fill ins(%zero : f32) outs(%b2 : memref<1x4x5x1x2xf32, strided<[200, 50, 10, 2, 1]>>)
  %b3 = memref.subview %p[0, 0, 0, 4, 0] [1, 4, 5, 1, 2] [1, 1, 1, 1, 1] : memref<1x4x5x5x2xf32> to memref<1x4x5x1x2xf32, strided<[200, 50, 10, 2, 1], offset: 8>>
  linalg.fill ins(%zero : f32) outs(%b3 : memref<1x4x5x1x2xf32, strided<[200, 50, 10, 2, 1], offset: 8>>)
  %interior = memref.subview %p[0, 0, 1, 1, 0] [1, 4, 3, 3, 2] [1, 1, 1, 1, 1] : memref<1x4x5x5x2xf32> to memref<1x4x3x3x2xf32, strided<[200, 50, 10, 2, 1], offset: 12>>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%e : memref<1x4x3x3x2xf32>) outs(%interior : memref<1x4x3x3x2xf32, strided<[200, 50, 10, 2, 1], offset: 12>>) {
  ^bb0(%in: f32, %out: f32):
    %lo = arith.maximumf %in, %zero : f32
    %hi = arith.minimumf %lo, %six : f32
    linalg.yield %hi : f32
  }
  memref.dealloc %e : memref<1x4x3x3x2xf32>
  %t00 = memref.subview %p[0, 0, 0, 0, 0] [1, 4, 3, 3, 2] [1, 1, 1, 1, 1] : memref<1x4x5x5x2xf32> to memref<1x4x3x3x2xf32, strided<[200, 50, 10, 2, 1]>>
  %t01 = memref.subview %p[0, 0, 0, 1, 0] [1, 4, 3, 3, 2] [1, 1, 1, 1, 1] : memref<1x4x5x5x2xf32> to memref<1x4x3x3x2xf32, strided<[200, 50, 10, 2, 1], offset: 2>>
  %t02 = memref.subview %p[0, 0, 0, 2, 0] [1, 4, 3, 3, 2] [1, 1, 1, 1, 1] : memref<1x4x5x5x2xf32> to memref<1x4x3x3x2xf32, strided<[200, 50, 10, 2, 1], offset: 4>>
  %t10 = memref.subview %p[0, 0, 1, 0, 0] [1, 4, 3, 3, 2] [1, 1, 1, 1, 1] : memref<1x4x5x5x2xf32> to memref<1x4x3x3x2xf32, strided<[200, 50, 10, 2, 1], offset: 10>>
  %t12 = memref.subview %p[0, 0, 1, 2, 0] [1, 4, 3, 3, 2] [1, 1, 1, 1, 1] : memref<1x4x5x5x2xf32> to memref<1x4x3x3x2xf32, strided<[200, 50, 10, 2, 1], offset: 14>>
  %t20 = memref.subview %p[0, 0, 2, 0, 0] [1, 4, 3, 3, 2] [1, 1, 1, 1, 1] : memref<1x4x5x5x2xf32> to memref<1x4x3x3x2xf32, strided<[200, 50, 10, 2, 1], offset: 20>>
  %t21 = memref.subview %p[0, 0, 2, 1, 0] [1, 4, 3, 3, 2] [1, 1, 1, 1, 1] : memref<1x4x5x5x2xf32> to memref<1x4x3x3x2xf32, strided<[200, 50, 10, 2, 1], offset: 22>>
  %t22 = memref.subview %p[0, 0, 2, 2, 0] [1, 4, 3, 3, 2] [1, 1, 1, 1, 1] : memref<1x4x5x5x2xf32> to memref<1x4x3x3x2xf32, strided<[200, 50, 10, 2, 1], offset: 24>>
  %t = memref.alloc() {alignment = 64 : i64} : memref<1x4x3x3x2xf32>
  linalg.generic {indexing_maps = [#id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%t00, %wd, %t01, %wd, %t02, %wd, %t10, %wd, %interior, %wd, %t12, %wd, %t20, %wd, %t21, %wd, %t22, %wd : memref<1x4x3x3x2xf32, strided<[200, 50, 10, 2, 1]>>, memref<4x2xf32>, memref<1x4x3x3x2xf32, strided<[200, 50, 10, 2, 1], offset: 2>>, memref<4x2xf32>, memref<1x4x3x3x2xf32, strided<[200, 50, 10, 2, 1], offset: 4>>, memref<4x2xf32>, memref<1x4x3x3x2xf32, strided<[200, 50, 10, 2, 1], offset: 10>>, memref<4x2xf32>, memref<1x4x3x3x2xf32, strided<[200, 50, 10, 2, 1], offset: 12>>, memref<4x2xf32>, memref<1x4x3x3x2xf32, strided<[200, 50, 10, 2, 1], offset: 14>>, memref<4x2xf32>, memref<1x4x3x3x2xf32, strided<[200, 50, 10, 2, 1], offset: 20>>, memref<4x2xf32>, memref<1x4x3x3x2xf32, strided<[200, 50, 10, 2, 1], offset: 22>>, memref<4x2xf32>, memref<1x4x3x3x2xf32, strided<[200, 50, 10, 2, 1], offset: 24>>, memref<4x2xf32>) outs(%t : memref<1x4x3x3x2xf32>) {
  ^bb0(%i0: f32, %w0: f32, %i1: f32, %w1: f32, %i2: f32, %w2: f32, %i3: f32, %w3: f32, %i4: f32, %w4: f32, %i5: f32, %w5: f32, %i6: f32, %w6: f32, %i7: f32, %w7: f32, %i8: f32, %w8: f32, %out: f32):
    %s0 = arith.mulf %i0, %w0 : f32
    %m1 = arith.mulf %i1, %w1 : f32
    %s1 = arith.addf %s0, %m1 : f32
    %m2 = arith.mulf %i2, %w2 : f32
    %s2 = arith.addf %s1, %m2 : f32
    %m3 = arith.mulf %i3, %w3 : f32
    %s3 = arith.addf %s2, %m3 : f32
    %m4 = arith.mulf %i4, %w4 : f32
    %s4 = arith.addf %s3, %m4 : f32
    %m5 = arith.mulf %i5, %w5 : f32
    %s5 = arith.addf %s4, %m5 : f32
    %m6 = arith.mulf %i6, %w6 : f32
    %s6 = arith.addf %s5, %m6 : f32
    %m7 = arith.mulf %i7, %w7 : f32
    %s7 = arith.addf %s6, %m7 : f32
    %m8 = arith.mulf %i8, %w8 : f32
    %s8 = arith.addf %s7, %m8 : f32
    %r0 = arith.maximumf %s8, %zero : f32
    %r1 = arith.minimumf %r0, %six : f32
    linalg.yield %r1 : f32
  }
  memref.dealloc %p : memref<1x4x5x5x2xf32>
  %o = memref.alloc() {alignment = 64 : i64} : memref<1x1x3x3x2xf32>
  linalg.generic {indexing_maps = [#bias, #id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%bp, %x : memref<1x1x1x1x2xf32>, memref<1x1x3x3x2xf32>) outs(%o : memref<1x1x3x3x2xf32>) {
  ^bb0(%b: f32, %r: f32, %out: f32):
    %sum = arith.addf %b, %r : f32
    linalg.yield %sum : f32
  }
  %g = memref.get_global @wp_block : memref<1x1x4x2x2xf32>
  %wp = memref.subview %g[0, 0, 0, 0, 0] [1, 1, 4, 2, 2] [1, 1, 1, 1, 1] : memref<1x1x4x2x2xf32> to memref<1x4x2x2xf32>
  %tc = memref.collapse_shape %t [[0], [1], [2, 3], [4]] : memref<1x4x3x3x2xf32> into memref<1x4x9x2xf32>
  %oc = memref.collapse_shape %o [[0], [1], [2, 3], [4]] : memref<1x1x3x3x2xf32> into memref<1x1x9x2xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%tc, %wp : memref<1x4x9x2xf32>, memref<1x4x2x2xf32>) outs(%oc : memref<1x1x9x2xf32>) {
  ^bb0(%in: f32, %w: f32, %out: f32):
    %m = arith.mulf %in, %w : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  }
  memref.dealloc %t : memref<1x4x3x3x2xf32>
  return %o : memref<1x1x3x3x2xf32>
}

// -----

// An 8x8 plane (more than 7x7 positions): left as it is.
// CHECK-LABEL: func.func @large_plane(
// CHECK-NOT: scf.parallel
// CHECK: memref.alloc() {{.*}} : memref<1x4x10x10x2xf32>
// CHECK: return

#id = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#bias = affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>
#chan = affine_map<(d0, d1, d2, d3, d4) -> (d1, d4)>
#lhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>
#rhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>
#res = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
memref.global "private" constant @wp_large_plane : memref<1x1x4x2x2xf32> = dense<"0x000000000000803F0000004000004040000080400000A0400000C0400000E0400000004100001041000020410000304100004041000050410000604100007041"> {alignment = 64 : i64}
func.func @large_plane(%x: memref<1x1x8x8x2xf32>, %we: memref<4x1x2x2xf32>, %be: memref<1x4x1x1x2xf32>, %wd: memref<4x2xf32>, %bp: memref<1x1x1x1x2xf32>) -> memref<1x1x8x8x2xf32> {
  %zero = arith.constant 0.0 : f32
  %six = arith.constant 6.0 : f32
  %e = memref.alloc() {alignment = 64 : i64} : memref<1x4x8x8x2xf32>
  linalg.generic {indexing_maps = [#bias, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%be : memref<1x4x1x1x2xf32>) outs(%e : memref<1x4x8x8x2xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  %xc = memref.collapse_shape %x [[0], [1], [2, 3], [4]] : memref<1x1x8x8x2xf32> into memref<1x1x64x2xf32>
  %ec = memref.collapse_shape %e [[0], [1], [2, 3], [4]] : memref<1x4x8x8x2xf32> into memref<1x4x64x2xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%xc, %we : memref<1x1x64x2xf32>, memref<4x1x2x2xf32>) outs(%ec : memref<1x4x64x2xf32>) {
  ^bb0(%in: f32, %w: f32, %out: f32):
    %m = arith.mulf %in, %w : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  }
  %p = memref.alloc() {alignment = 64 : i64} : memref<1x4x10x10x2xf32>
  %b0 = memref.subview %p[0, 0, 0, 0, 0] [1, 4, 1, 10, 2] [1, 1, 1, 1, 1] : memref<1x4x10x10x2xf32> to memref<1x4x1x10x2xf32, strided<[800, 200, 20, 2, 1]>>
  linalg.fill ins(%zero : f32) outs(%b0 : memref<1x4x1x10x2xf32, strided<[800, 200, 20, 2, 1]>>)
  %b1 = memref.subview %p[0, 0, 9, 0, 0] [1, 4, 1, 10, 2] [1, 1, 1, 1, 1] : memref<1x4x10x10x2xf32> to memref<1x4x1x10x2xf32, strided<[800, 200, 20, 2, 1], offset: 180>>
  linalg.fill ins(%zero : f32) outs(%b1 : memref<1x4x1x10x2xf32, strided<[800, 200, 20, 2, 1], offset: 180>>)
  %b2 = memref.subview %p[0, 0, 0, 0, 0] [1, 4, 10, 1, 2] [1, 1, 1, 1, 1] : memref<1x4x10x10x2xf32> to memref<1x4x10x1x2xf32, strided<[800, 200, 20, 2, 1]>>
  linalg.fill ins(%zero : f32) outs(%b2 : memref<1x4x10x1x2xf32, strided<[800, 200, 20, 2, 1]>>)
  %b3 = memref.subview %p[0, 0, 0, 9, 0] [1, 4, 10, 1, 2] [1, 1, 1, 1, 1] : memref<1x4x10x10x2xf32> to memref<1x4x10x1x2xf32, strided<[800, 200, 20, 2, 1], offset: 18>>
  linalg.fill ins(%zero : f32) outs(%b3 : memref<1x4x10x1x2xf32, strided<[800, 200, 20, 2, 1], offset: 18>>)
  %interior = memref.subview %p[0, 0, 1, 1, 0] [1, 4, 8, 8, 2] [1, 1, 1, 1, 1] : memref<1x4x10x10x2xf32> to memref<1x4x8x8x2xf32, strided<[800, 200, 20, 2, 1], offset: 22>>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%e : memref<1x4x8x8x2xf32>) outs(%interior : memref<1x4x8x8x2xf32, strided<[800, 200, 20, 2, 1], offset: 22>>) {
  ^bb0(%in: f32, %out: f32):
    %lo = arith.maximumf %in, %zero : f32
    %hi = arith.minimumf %lo, %six : f32
    linalg.yield %hi : f32
  }
  memref.dealloc %e : memref<1x4x8x8x2xf32>
  %t00 = memref.subview %p[0, 0, 0, 0, 0] [1, 4, 8, 8, 2] [1, 1, 1, 1, 1] : memref<1x4x10x10x2xf32> to memref<1x4x8x8x2xf32, strided<[800, 200, 20, 2, 1]>>
  %t01 = memref.subview %p[0, 0, 0, 1, 0] [1, 4, 8, 8, 2] [1, 1, 1, 1, 1] : memref<1x4x10x10x2xf32> to memref<1x4x8x8x2xf32, strided<[800, 200, 20, 2, 1], offset: 2>>
  %t02 = memref.subview %p[0, 0, 0, 2, 0] [1, 4, 8, 8, 2] [1, 1, 1, 1, 1] : memref<1x4x10x10x2xf32> to memref<1x4x8x8x2xf32, strided<[800, 200, 20, 2, 1], offset: 4>>
  %t10 = memref.subview %p[0, 0, 1, 0, 0] [1, 4, 8, 8, 2] [1, 1, 1, 1, 1] : memref<1x4x10x10x2xf32> to memref<1x4x8x8x2xf32, strided<[800, 200, 20, 2, 1], offset: 20>>
  %t12 = memref.subview %p[0, 0, 1, 2, 0] [1, 4, 8, 8, 2] [1, 1, 1, 1, 1] : memref<1x4x10x10x2xf32> to memref<1x4x8x8x2xf32, strided<[800, 200, 20, 2, 1], offset: 24>>
  %t20 = memref.subview %p[0, 0, 2, 0, 0] [1, 4, 8, 8, 2] [1, 1, 1, 1, 1] : memref<1x4x10x10x2xf32> to memref<1x4x8x8x2xf32, strided<[800, 200, 20, 2, 1], offset: 40>>
  %t21 = memref.subview %p[0, 0, 2, 1, 0] [1, 4, 8, 8, 2] [1, 1, 1, 1, 1] : memref<1x4x10x10x2xf32> to memref<1x4x8x8x2xf32, strided<[800, 200, 20, 2, 1], offset: 42>>
  %t22 = memref.subview %p[0, 0, 2, 2, 0] [1, 4, 8, 8, 2] [1, 1, 1, 1, 1] : memref<1x4x10x10x2xf32> to memref<1x4x8x8x2xf32, strided<[800, 200, 20, 2, 1], offset: 44>>
  %t = memref.alloc() {alignment = 64 : i64} : memref<1x4x8x8x2xf32>
  linalg.generic {indexing_maps = [#id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%t00, %wd, %t01, %wd, %t02, %wd, %t10, %wd, %interior, %wd, %t12, %wd, %t20, %wd, %t21, %wd, %t22, %wd : memref<1x4x8x8x2xf32, strided<[800, 200, 20, 2, 1]>>, memref<4x2xf32>, memref<1x4x8x8x2xf32, strided<[800, 200, 20, 2, 1], offset: 2>>, memref<4x2xf32>, memref<1x4x8x8x2xf32, strided<[800, 200, 20, 2, 1], offset: 4>>, memref<4x2xf32>, memref<1x4x8x8x2xf32, strided<[800, 200, 20, 2, 1], offset: 20>>, memref<4x2xf32>, memref<1x4x8x8x2xf32, strided<[800, 200, 20, 2, 1], offset: 22>>, memref<4x2xf32>, memref<1x4x8x8x2xf32, strided<[800, 200, 20, 2, 1], offset: 24>>, memref<4x2xf32>, memref<1x4x8x8x2xf32, strided<[800, 200, 20, 2, 1], offset: 40>>, memref<4x2xf32>, memref<1x4x8x8x2xf32, strided<[800, 200, 20, 2, 1], offset: 42>>, memref<4x2xf32>, memref<1x4x8x8x2xf32, strided<[800, 200, 20, 2, 1], offset: 44>>, memref<4x2xf32>) outs(%t : memref<1x4x8x8x2xf32>) {
  ^bb0(%i0: f32, %w0: f32, %i1: f32, %w1: f32, %i2: f32, %w2: f32, %i3: f32, %w3: f32, %i4: f32, %w4: f32, %i5: f32, %w5: f32, %i6: f32, %w6: f32, %i7: f32, %w7: f32, %i8: f32, %w8: f32, %out: f32):
    %s0 = arith.mulf %i0, %w0 : f32
    %m1 = arith.mulf %i1, %w1 : f32
    %s1 = arith.addf %s0, %m1 : f32
    %m2 = arith.mulf %i2, %w2 : f32
    %s2 = arith.addf %s1, %m2 : f32
    %m3 = arith.mulf %i3, %w3 : f32
    %s3 = arith.addf %s2, %m3 : f32
    %m4 = arith.mulf %i4, %w4 : f32
    %s4 = arith.addf %s3, %m4 : f32
    %m5 = arith.mulf %i5, %w5 : f32
    %s5 = arith.addf %s4, %m5 : f32
    %m6 = arith.mulf %i6, %w6 : f32
    %s6 = arith.addf %s5, %m6 : f32
    %m7 = arith.mulf %i7, %w7 : f32
    %s7 = arith.addf %s6, %m7 : f32
    %m8 = arith.mulf %i8, %w8 : f32
    %s8 = arith.addf %s7, %m8 : f32
    %r0 = arith.maximumf %s8, %zero : f32
    %r1 = arith.minimumf %r0, %six : f32
    linalg.yield %r1 : f32
  }
  memref.dealloc %p : memref<1x4x10x10x2xf32>
  %o = memref.alloc() {alignment = 64 : i64} : memref<1x1x8x8x2xf32>
  linalg.generic {indexing_maps = [#bias, #id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%bp, %x : memref<1x1x1x1x2xf32>, memref<1x1x8x8x2xf32>) outs(%o : memref<1x1x8x8x2xf32>) {
  ^bb0(%b: f32, %r: f32, %out: f32):
    %sum = arith.addf %b, %r : f32
    linalg.yield %sum : f32
  }
  %g = memref.get_global @wp_large_plane : memref<1x1x4x2x2xf32>
  %wp = memref.subview %g[0, 0, 0, 0, 0] [1, 1, 4, 2, 2] [1, 1, 1, 1, 1] : memref<1x1x4x2x2xf32> to memref<1x4x2x2xf32>
  %tc = memref.collapse_shape %t [[0], [1], [2, 3], [4]] : memref<1x4x8x8x2xf32> into memref<1x4x64x2xf32>
  %oc = memref.collapse_shape %o [[0], [1], [2, 3], [4]] : memref<1x1x8x8x2xf32> into memref<1x1x64x2xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%tc, %wp : memref<1x4x64x2xf32>, memref<1x4x2x2xf32>) outs(%oc : memref<1x1x64x2xf32>) {
  ^bb0(%in: f32, %w: f32, %out: f32):
    %m = arith.mulf %in, %w : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  }
  memref.dealloc %t : memref<1x4x8x8x2xf32>
  return %o : memref<1x1x8x8x2xf32>
}

// -----

// Three expanded blocks (no even halves): left as it is.
// CHECK-LABEL: func.func @odd_blocks(
// CHECK-NOT: scf.parallel
// CHECK: memref.alloc() {{.*}} : memref<1x3x5x5x2xf32>
// CHECK: return

#id = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#bias = affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>
#chan = affine_map<(d0, d1, d2, d3, d4) -> (d1, d4)>
#lhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>
#rhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>
#res = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
memref.global "private" constant @wp_odd_blocks : memref<1x1x3x2x2xf32> = dense<"0x000000000000803F0000004000004040000080400000A0400000C0400000E04000000041000010410000204100003041"> {alignment = 64 : i64}
func.func @odd_blocks(%x: memref<1x1x3x3x2xf32>, %we: memref<3x1x2x2xf32>, %be: memref<1x3x1x1x2xf32>, %wd: memref<3x2xf32>, %bp: memref<1x1x1x1x2xf32>) -> memref<1x1x3x3x2xf32> {
  %zero = arith.constant 0.0 : f32
  %six = arith.constant 6.0 : f32
  %e = memref.alloc() {alignment = 64 : i64} : memref<1x3x3x3x2xf32>
  linalg.generic {indexing_maps = [#bias, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%be : memref<1x3x1x1x2xf32>) outs(%e : memref<1x3x3x3x2xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  %xc = memref.collapse_shape %x [[0], [1], [2, 3], [4]] : memref<1x1x3x3x2xf32> into memref<1x1x9x2xf32>
  %ec = memref.collapse_shape %e [[0], [1], [2, 3], [4]] : memref<1x3x3x3x2xf32> into memref<1x3x9x2xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%xc, %we : memref<1x1x9x2xf32>, memref<3x1x2x2xf32>) outs(%ec : memref<1x3x9x2xf32>) {
  ^bb0(%in: f32, %w: f32, %out: f32):
    %m = arith.mulf %in, %w : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  }
  %p = memref.alloc() {alignment = 64 : i64} : memref<1x3x5x5x2xf32>
  %b0 = memref.subview %p[0, 0, 0, 0, 0] [1, 3, 1, 5, 2] [1, 1, 1, 1, 1] : memref<1x3x5x5x2xf32> to memref<1x3x1x5x2xf32, strided<[150, 50, 10, 2, 1]>>
  linalg.fill ins(%zero : f32) outs(%b0 : memref<1x3x1x5x2xf32, strided<[150, 50, 10, 2, 1]>>)
  %b1 = memref.subview %p[0, 0, 4, 0, 0] [1, 3, 1, 5, 2] [1, 1, 1, 1, 1] : memref<1x3x5x5x2xf32> to memref<1x3x1x5x2xf32, strided<[150, 50, 10, 2, 1], offset: 40>>
  linalg.fill ins(%zero : f32) outs(%b1 : memref<1x3x1x5x2xf32, strided<[150, 50, 10, 2, 1], offset: 40>>)
  %b2 = memref.subview %p[0, 0, 0, 0, 0] [1, 3, 5, 1, 2] [1, 1, 1, 1, 1] : memref<1x3x5x5x2xf32> to memref<1x3x5x1x2xf32, strided<[150, 50, 10, 2, 1]>>
  linalg.fill ins(%zero : f32) outs(%b2 : memref<1x3x5x1x2xf32, strided<[150, 50, 10, 2, 1]>>)
  %b3 = memref.subview %p[0, 0, 0, 4, 0] [1, 3, 5, 1, 2] [1, 1, 1, 1, 1] : memref<1x3x5x5x2xf32> to memref<1x3x5x1x2xf32, strided<[150, 50, 10, 2, 1], offset: 8>>
  linalg.fill ins(%zero : f32) outs(%b3 : memref<1x3x5x1x2xf32, strided<[150, 50, 10, 2, 1], offset: 8>>)
  %interior = memref.subview %p[0, 0, 1, 1, 0] [1, 3, 3, 3, 2] [1, 1, 1, 1, 1] : memref<1x3x5x5x2xf32> to memref<1x3x3x3x2xf32, strided<[150, 50, 10, 2, 1], offset: 12>>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%e : memref<1x3x3x3x2xf32>) outs(%interior : memref<1x3x3x3x2xf32, strided<[150, 50, 10, 2, 1], offset: 12>>) {
  ^bb0(%in: f32, %out: f32):
    %lo = arith.maximumf %in, %zero : f32
    %hi = arith.minimumf %lo, %six : f32
    linalg.yield %hi : f32
  }
  memref.dealloc %e : memref<1x3x3x3x2xf32>
  %t00 = memref.subview %p[0, 0, 0, 0, 0] [1, 3, 3, 3, 2] [1, 1, 1, 1, 1] : memref<1x3x5x5x2xf32> to memref<1x3x3x3x2xf32, strided<[150, 50, 10, 2, 1]>>
  %t01 = memref.subview %p[0, 0, 0, 1, 0] [1, 3, 3, 3, 2] [1, 1, 1, 1, 1] : memref<1x3x5x5x2xf32> to memref<1x3x3x3x2xf32, strided<[150, 50, 10, 2, 1], offset: 2>>
  %t02 = memref.subview %p[0, 0, 0, 2, 0] [1, 3, 3, 3, 2] [1, 1, 1, 1, 1] : memref<1x3x5x5x2xf32> to memref<1x3x3x3x2xf32, strided<[150, 50, 10, 2, 1], offset: 4>>
  %t10 = memref.subview %p[0, 0, 1, 0, 0] [1, 3, 3, 3, 2] [1, 1, 1, 1, 1] : memref<1x3x5x5x2xf32> to memref<1x3x3x3x2xf32, strided<[150, 50, 10, 2, 1], offset: 10>>
  %t12 = memref.subview %p[0, 0, 1, 2, 0] [1, 3, 3, 3, 2] [1, 1, 1, 1, 1] : memref<1x3x5x5x2xf32> to memref<1x3x3x3x2xf32, strided<[150, 50, 10, 2, 1], offset: 14>>
  %t20 = memref.subview %p[0, 0, 2, 0, 0] [1, 3, 3, 3, 2] [1, 1, 1, 1, 1] : memref<1x3x5x5x2xf32> to memref<1x3x3x3x2xf32, strided<[150, 50, 10, 2, 1], offset: 20>>
  %t21 = memref.subview %p[0, 0, 2, 1, 0] [1, 3, 3, 3, 2] [1, 1, 1, 1, 1] : memref<1x3x5x5x2xf32> to memref<1x3x3x3x2xf32, strided<[150, 50, 10, 2, 1], offset: 22>>
  %t22 = memref.subview %p[0, 0, 2, 2, 0] [1, 3, 3, 3, 2] [1, 1, 1, 1, 1] : memref<1x3x5x5x2xf32> to memref<1x3x3x3x2xf32, strided<[150, 50, 10, 2, 1], offset: 24>>
  %t = memref.alloc() {alignment = 64 : i64} : memref<1x3x3x3x2xf32>
  linalg.generic {indexing_maps = [#id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%t00, %wd, %t01, %wd, %t02, %wd, %t10, %wd, %interior, %wd, %t12, %wd, %t20, %wd, %t21, %wd, %t22, %wd : memref<1x3x3x3x2xf32, strided<[150, 50, 10, 2, 1]>>, memref<3x2xf32>, memref<1x3x3x3x2xf32, strided<[150, 50, 10, 2, 1], offset: 2>>, memref<3x2xf32>, memref<1x3x3x3x2xf32, strided<[150, 50, 10, 2, 1], offset: 4>>, memref<3x2xf32>, memref<1x3x3x3x2xf32, strided<[150, 50, 10, 2, 1], offset: 10>>, memref<3x2xf32>, memref<1x3x3x3x2xf32, strided<[150, 50, 10, 2, 1], offset: 12>>, memref<3x2xf32>, memref<1x3x3x3x2xf32, strided<[150, 50, 10, 2, 1], offset: 14>>, memref<3x2xf32>, memref<1x3x3x3x2xf32, strided<[150, 50, 10, 2, 1], offset: 20>>, memref<3x2xf32>, memref<1x3x3x3x2xf32, strided<[150, 50, 10, 2, 1], offset: 22>>, memref<3x2xf32>, memref<1x3x3x3x2xf32, strided<[150, 50, 10, 2, 1], offset: 24>>, memref<3x2xf32>) outs(%t : memref<1x3x3x3x2xf32>) {
  ^bb0(%i0: f32, %w0: f32, %i1: f32, %w1: f32, %i2: f32, %w2: f32, %i3: f32, %w3: f32, %i4: f32, %w4: f32, %i5: f32, %w5: f32, %i6: f32, %w6: f32, %i7: f32, %w7: f32, %i8: f32, %w8: f32, %out: f32):
    %s0 = arith.mulf %i0, %w0 : f32
    %m1 = arith.mulf %i1, %w1 : f32
    %s1 = arith.addf %s0, %m1 : f32
    %m2 = arith.mulf %i2, %w2 : f32
    %s2 = arith.addf %s1, %m2 : f32
    %m3 = arith.mulf %i3, %w3 : f32
    %s3 = arith.addf %s2, %m3 : f32
    %m4 = arith.mulf %i4, %w4 : f32
    %s4 = arith.addf %s3, %m4 : f32
    %m5 = arith.mulf %i5, %w5 : f32
    %s5 = arith.addf %s4, %m5 : f32
    %m6 = arith.mulf %i6, %w6 : f32
    %s6 = arith.addf %s5, %m6 : f32
    %m7 = arith.mulf %i7, %w7 : f32
    %s7 = arith.addf %s6, %m7 : f32
    %m8 = arith.mulf %i8, %w8 : f32
    %s8 = arith.addf %s7, %m8 : f32
    %r0 = arith.maximumf %s8, %zero : f32
    %r1 = arith.minimumf %r0, %six : f32
    linalg.yield %r1 : f32
  }
  memref.dealloc %p : memref<1x3x5x5x2xf32>
  %o = memref.alloc() {alignment = 64 : i64} : memref<1x1x3x3x2xf32>
  linalg.generic {indexing_maps = [#bias, #id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%bp, %x : memref<1x1x1x1x2xf32>, memref<1x1x3x3x2xf32>) outs(%o : memref<1x1x3x3x2xf32>) {
  ^bb0(%b: f32, %r: f32, %out: f32):
    %sum = arith.addf %b, %r : f32
    linalg.yield %sum : f32
  }
  %g = memref.get_global @wp_odd_blocks : memref<1x1x3x2x2xf32>
  %wp = memref.subview %g[0, 0, 0, 0, 0] [1, 1, 3, 2, 2] [1, 1, 1, 1, 1] : memref<1x1x3x2x2xf32> to memref<1x3x2x2xf32>
  %tc = memref.collapse_shape %t [[0], [1], [2, 3], [4]] : memref<1x3x3x3x2xf32> into memref<1x3x9x2xf32>
  %oc = memref.collapse_shape %o [[0], [1], [2, 3], [4]] : memref<1x1x3x3x2xf32> into memref<1x1x9x2xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%tc, %wp : memref<1x3x9x2xf32>, memref<1x3x2x2xf32>) outs(%oc : memref<1x1x9x2xf32>) {
  ^bb0(%in: f32, %w: f32, %out: f32):
    %m = arith.mulf %in, %w : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  }
  memref.dealloc %t : memref<1x3x3x3x2xf32>
  return %o : memref<1x1x3x3x2xf32>
}

// -----

// Projection weights that are not a constant (nothing to repack at compile
// time): left as it is.
// CHECK-LABEL: func.func @weights_argument(
// CHECK-NOT: scf.parallel
// CHECK: memref.alloc() {{.*}} : memref<1x4x5x5x2xf32>
// CHECK: return

#id = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#bias = affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>
#chan = affine_map<(d0, d1, d2, d3, d4) -> (d1, d4)>
#lhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>
#rhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>
#res = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
func.func @weights_argument(%x: memref<1x1x3x3x2xf32>, %we: memref<4x1x2x2xf32>, %be: memref<1x4x1x1x2xf32>, %wd: memref<4x2xf32>, %bp: memref<1x1x1x1x2xf32>, %wpa: memref<1x4x2x2xf32>) -> memref<1x1x3x3x2xf32> {
  %zero = arith.constant 0.0 : f32
  %six = arith.constant 6.0 : f32
  %e = memref.alloc() {alignment = 64 : i64} : memref<1x4x3x3x2xf32>
  linalg.generic {indexing_maps = [#bias, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%be : memref<1x4x1x1x2xf32>) outs(%e : memref<1x4x3x3x2xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  %xc = memref.collapse_shape %x [[0], [1], [2, 3], [4]] : memref<1x1x3x3x2xf32> into memref<1x1x9x2xf32>
  %ec = memref.collapse_shape %e [[0], [1], [2, 3], [4]] : memref<1x4x3x3x2xf32> into memref<1x4x9x2xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%xc, %we : memref<1x1x9x2xf32>, memref<4x1x2x2xf32>) outs(%ec : memref<1x4x9x2xf32>) {
  ^bb0(%in: f32, %w: f32, %out: f32):
    %m = arith.mulf %in, %w : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  }
  %p = memref.alloc() {alignment = 64 : i64} : memref<1x4x5x5x2xf32>
  %b0 = memref.subview %p[0, 0, 0, 0, 0] [1, 4, 1, 5, 2] [1, 1, 1, 1, 1] : memref<1x4x5x5x2xf32> to memref<1x4x1x5x2xf32, strided<[200, 50, 10, 2, 1]>>
  linalg.fill ins(%zero : f32) outs(%b0 : memref<1x4x1x5x2xf32, strided<[200, 50, 10, 2, 1]>>)
  %b1 = memref.subview %p[0, 0, 4, 0, 0] [1, 4, 1, 5, 2] [1, 1, 1, 1, 1] : memref<1x4x5x5x2xf32> to memref<1x4x1x5x2xf32, strided<[200, 50, 10, 2, 1], offset: 40>>
  linalg.fill ins(%zero : f32) outs(%b1 : memref<1x4x1x5x2xf32, strided<[200, 50, 10, 2, 1], offset: 40>>)
  %b2 = memref.subview %p[0, 0, 0, 0, 0] [1, 4, 5, 1, 2] [1, 1, 1, 1, 1] : memref<1x4x5x5x2xf32> to memref<1x4x5x1x2xf32, strided<[200, 50, 10, 2, 1]>>
  linalg.fill ins(%zero : f32) outs(%b2 : memref<1x4x5x1x2xf32, strided<[200, 50, 10, 2, 1]>>)
  %b3 = memref.subview %p[0, 0, 0, 4, 0] [1, 4, 5, 1, 2] [1, 1, 1, 1, 1] : memref<1x4x5x5x2xf32> to memref<1x4x5x1x2xf32, strided<[200, 50, 10, 2, 1], offset: 8>>
  linalg.fill ins(%zero : f32) outs(%b3 : memref<1x4x5x1x2xf32, strided<[200, 50, 10, 2, 1], offset: 8>>)
  %interior = memref.subview %p[0, 0, 1, 1, 0] [1, 4, 3, 3, 2] [1, 1, 1, 1, 1] : memref<1x4x5x5x2xf32> to memref<1x4x3x3x2xf32, strided<[200, 50, 10, 2, 1], offset: 12>>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%e : memref<1x4x3x3x2xf32>) outs(%interior : memref<1x4x3x3x2xf32, strided<[200, 50, 10, 2, 1], offset: 12>>) {
  ^bb0(%in: f32, %out: f32):
    %lo = arith.maximumf %in, %zero : f32
    %hi = arith.minimumf %lo, %six : f32
    linalg.yield %hi : f32
  }
  memref.dealloc %e : memref<1x4x3x3x2xf32>
  %t00 = memref.subview %p[0, 0, 0, 0, 0] [1, 4, 3, 3, 2] [1, 1, 1, 1, 1] : memref<1x4x5x5x2xf32> to memref<1x4x3x3x2xf32, strided<[200, 50, 10, 2, 1]>>
  %t01 = memref.subview %p[0, 0, 0, 1, 0] [1, 4, 3, 3, 2] [1, 1, 1, 1, 1] : memref<1x4x5x5x2xf32> to memref<1x4x3x3x2xf32, strided<[200, 50, 10, 2, 1], offset: 2>>
  %t02 = memref.subview %p[0, 0, 0, 2, 0] [1, 4, 3, 3, 2] [1, 1, 1, 1, 1] : memref<1x4x5x5x2xf32> to memref<1x4x3x3x2xf32, strided<[200, 50, 10, 2, 1], offset: 4>>
  %t10 = memref.subview %p[0, 0, 1, 0, 0] [1, 4, 3, 3, 2] [1, 1, 1, 1, 1] : memref<1x4x5x5x2xf32> to memref<1x4x3x3x2xf32, strided<[200, 50, 10, 2, 1], offset: 10>>
  %t12 = memref.subview %p[0, 0, 1, 2, 0] [1, 4, 3, 3, 2] [1, 1, 1, 1, 1] : memref<1x4x5x5x2xf32> to memref<1x4x3x3x2xf32, strided<[200, 50, 10, 2, 1], offset: 14>>
  %t20 = memref.subview %p[0, 0, 2, 0, 0] [1, 4, 3, 3, 2] [1, 1, 1, 1, 1] : memref<1x4x5x5x2xf32> to memref<1x4x3x3x2xf32, strided<[200, 50, 10, 2, 1], offset: 20>>
  %t21 = memref.subview %p[0, 0, 2, 1, 0] [1, 4, 3, 3, 2] [1, 1, 1, 1, 1] : memref<1x4x5x5x2xf32> to memref<1x4x3x3x2xf32, strided<[200, 50, 10, 2, 1], offset: 22>>
  %t22 = memref.subview %p[0, 0, 2, 2, 0] [1, 4, 3, 3, 2] [1, 1, 1, 1, 1] : memref<1x4x5x5x2xf32> to memref<1x4x3x3x2xf32, strided<[200, 50, 10, 2, 1], offset: 24>>
  %t = memref.alloc() {alignment = 64 : i64} : memref<1x4x3x3x2xf32>
  linalg.generic {indexing_maps = [#id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%t00, %wd, %t01, %wd, %t02, %wd, %t10, %wd, %interior, %wd, %t12, %wd, %t20, %wd, %t21, %wd, %t22, %wd : memref<1x4x3x3x2xf32, strided<[200, 50, 10, 2, 1]>>, memref<4x2xf32>, memref<1x4x3x3x2xf32, strided<[200, 50, 10, 2, 1], offset: 2>>, memref<4x2xf32>, memref<1x4x3x3x2xf32, strided<[200, 50, 10, 2, 1], offset: 4>>, memref<4x2xf32>, memref<1x4x3x3x2xf32, strided<[200, 50, 10, 2, 1], offset: 10>>, memref<4x2xf32>, memref<1x4x3x3x2xf32, strided<[200, 50, 10, 2, 1], offset: 12>>, memref<4x2xf32>, memref<1x4x3x3x2xf32, strided<[200, 50, 10, 2, 1], offset: 14>>, memref<4x2xf32>, memref<1x4x3x3x2xf32, strided<[200, 50, 10, 2, 1], offset: 20>>, memref<4x2xf32>, memref<1x4x3x3x2xf32, strided<[200, 50, 10, 2, 1], offset: 22>>, memref<4x2xf32>, memref<1x4x3x3x2xf32, strided<[200, 50, 10, 2, 1], offset: 24>>, memref<4x2xf32>) outs(%t : memref<1x4x3x3x2xf32>) {
  ^bb0(%i0: f32, %w0: f32, %i1: f32, %w1: f32, %i2: f32, %w2: f32, %i3: f32, %w3: f32, %i4: f32, %w4: f32, %i5: f32, %w5: f32, %i6: f32, %w6: f32, %i7: f32, %w7: f32, %i8: f32, %w8: f32, %out: f32):
    %s0 = arith.mulf %i0, %w0 : f32
    %m1 = arith.mulf %i1, %w1 : f32
    %s1 = arith.addf %s0, %m1 : f32
    %m2 = arith.mulf %i2, %w2 : f32
    %s2 = arith.addf %s1, %m2 : f32
    %m3 = arith.mulf %i3, %w3 : f32
    %s3 = arith.addf %s2, %m3 : f32
    %m4 = arith.mulf %i4, %w4 : f32
    %s4 = arith.addf %s3, %m4 : f32
    %m5 = arith.mulf %i5, %w5 : f32
    %s5 = arith.addf %s4, %m5 : f32
    %m6 = arith.mulf %i6, %w6 : f32
    %s6 = arith.addf %s5, %m6 : f32
    %m7 = arith.mulf %i7, %w7 : f32
    %s7 = arith.addf %s6, %m7 : f32
    %m8 = arith.mulf %i8, %w8 : f32
    %s8 = arith.addf %s7, %m8 : f32
    %r0 = arith.maximumf %s8, %zero : f32
    %r1 = arith.minimumf %r0, %six : f32
    linalg.yield %r1 : f32
  }
  memref.dealloc %p : memref<1x4x5x5x2xf32>
  %o = memref.alloc() {alignment = 64 : i64} : memref<1x1x3x3x2xf32>
  linalg.generic {indexing_maps = [#bias, #id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%bp, %x : memref<1x1x1x1x2xf32>, memref<1x1x3x3x2xf32>) outs(%o : memref<1x1x3x3x2xf32>) {
  ^bb0(%b: f32, %r: f32, %out: f32):
    %sum = arith.addf %b, %r : f32
    linalg.yield %sum : f32
  }
  %tc = memref.collapse_shape %t [[0], [1], [2, 3], [4]] : memref<1x4x3x3x2xf32> into memref<1x4x9x2xf32>
  %oc = memref.collapse_shape %o [[0], [1], [2, 3], [4]] : memref<1x1x3x3x2xf32> into memref<1x1x9x2xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%tc, %wpa : memref<1x4x9x2xf32>, memref<1x4x2x2xf32>) outs(%oc : memref<1x1x9x2xf32>) {
  ^bb0(%in: f32, %w: f32, %out: f32):
    %m = arith.mulf %in, %w : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  }
  memref.dealloc %t : memref<1x4x3x3x2xf32>
  return %o : memref<1x1x3x3x2xf32>
}
