// RUN: ov-opt %s --split-input-file --ov-compute-blocks-by-channels | FileCheck %s

// An inverted-residual block with a squeeze-excite between its depthwise
// layer and its projection (test/Conversion/compute_blocks_by_channels.mlir's
// block, T pooled, its means through a 1x1 layer from 8 to 2 channels, an
// activation, a 1x1 layer back to 8, gates, T scaled in place): two thread
// loops over the halves of the 4 expanded blocks. In the first each half
// computes its E, P (on its stack) and T (its part of a buffer of both
// halves' T, which the second loop reads), the pooled sums and means of
// its blocks (on its stack) and its partial product of the squeeze's 1x1
// layer with its half of the repacked weights. In the second each half adds
// the bias and both partial products into its own R, its activation, its
// blocks of the second 1x1 layer (bias and weights from its first block),
// its gates, scales its T and computes its partial product of the
// projection; the sum after the loops adds the bias, the residual and both.
// CHECK-DAG: memref.global "private" constant @w1_squeeze_excite_split : memref<2x1x2x2x2xf32>
// CHECK-DAG: memref.global "private" constant @wp_squeeze_excite_split : memref<2x1x2x2x2xf32>
// CHECK-LABEL: func.func @squeeze_excite(
// CHECK-SAME: %[[X:[^:]+]]: memref<1x1x3x3x2xf32>, {{.*}}, %[[B1:[^:]+]]: memref<1x1x1x1x2xf32>, %[[W2:[^:]+]]: memref<4x1x2x2xf32>, %[[B2:[^:]+]]: memref<1x4x1x1x2xf32>)
// CHECK-DAG: %[[B1C:.*]] = memref.collapse_shape %[[B1]]
// CHECK-DAG: %[[B2C:.*]] = memref.collapse_shape %[[B2]]
// CHECK: %[[OUT:.*]] = memref.alloc() {{.*}} : memref<1x1x3x3x2xf32>
// CHECK: %[[PARTS:.*]] = memref.alloc() {{.*}} : memref<2x1x9x2xf32>
// CHECK: %[[RPARTS:.*]] = memref.alloc() {{.*}} : memref<2x1x1x2xf32>
// CHECK: %[[TPARTS:.*]] = memref.alloc() {{.*}} : memref<2x2x3x3x2xf32>
// CHECK: scf.parallel (%[[HALF:.*]]) = (%{{.*}}) to (%c2{{.*}}) step
// CHECK: %[[E:.*]] = memref.alloca() {{.*}} : memref<1x2x3x3x2xf32>
// CHECK: %[[P:.*]] = memref.alloca() {{.*}} : memref<1x2x5x5x2xf32>
// CHECK: %[[POOLED:.*]] = memref.alloca() {{.*}} : memref<1x2x1x1x2xf32>
// CHECK: %[[MEANS:.*]] = memref.alloca() {{.*}} : memref<1x2x1x1x2xf32>
// CHECK: %[[T:.*]] = memref.subview %[[TPARTS]][%[[HALF]], 0, 0, 0, 0] [1, 2, 3, 3, 2]
// CHECK-COUNT-4: linalg.fill
// CHECK: linalg.generic {{.*}} outs(%[[E]] :
// CHECK: linalg.generic {{.*}} outs(%{{.*}} : memref<1x2x9x2xf32>)
// CHECK: linalg.generic {{.*}} ins(%[[E]] : {{.*}}) outs(%{{.*}} : memref<1x2x3x3x2xf32, strided<[100, 50, 10, 2, 1], offset: 12>>)
// CHECK: linalg.generic {{.*}} outs(%[[T]] :
// CHECK: linalg.fill {{.*}} outs(%[[POOLED]] :
// CHECK: linalg.generic {{.*}} ins(%[[T]] : {{.*}}) outs(%[[POOLED]] :
// CHECK: %[[PC:.*]] = memref.collapse_shape %[[POOLED]] {{\[}}[0], [1, 2, 3, 4]] : memref<1x2x1x1x2xf32> into memref<1x4xf32>
// CHECK: %[[PE:.*]] = memref.expand_shape %[[PC]] {{.*}} output_shape [1, 2, 2, 1, 1]
// CHECK: linalg.generic {{.*}} ins(%[[PE]] : {{.*}}) outs(%[[MEANS]] :
// CHECK: arith.divf
// CHECK: %[[RPART:.*]] = memref.subview %[[RPARTS]][%[[HALF]], 0, 0, 0] [1, 1, 1, 2]
// CHECK: linalg.fill {{.*}} outs(%[[RPART]] :
// CHECK: %[[W1S:.*]] = memref.get_global @w1_squeeze_excite_split
// CHECK: %[[W1H:.*]] = memref.subview %[[W1S]][%[[HALF]], 0, 0, 0, 0] [1, 1, 2, 2, 2]
// CHECK: %[[MC:.*]] = memref.collapse_shape %[[MEANS]]
// CHECK: linalg.generic {{.*}} ins(%[[MC]], %[[W1H]] : {{.*}}) outs(%[[RPART]] :
// CHECK: } {ov_row_bands}
// CHECK: scf.parallel (%[[HALF2:.*]]) = (%{{.*}}) to (%c2{{.*}}) step
// CHECK: %[[FIRST:.*]] = arith.muli %[[HALF2]], %c2
// CHECK: %[[T2:.*]] = memref.subview %[[TPARTS]][%[[HALF2]], 0, 0, 0, 0] [1, 2, 3, 3, 2]
// CHECK: %[[R:.*]] = memref.alloca() {{.*}} : memref<1x1x1x2xf32>
// CHECK: linalg.copy ins(%[[B1C]] : {{.*}}) outs(%[[R]] :
// CHECK: %[[R0:.*]] = memref.subview %[[RPARTS]][0, 0, 0, 0] [1, 1, 1, 2]
// CHECK: %[[R1:.*]] = memref.subview %[[RPARTS]][1, 0, 0, 0] [1, 1, 1, 2]
// CHECK: linalg.generic {{.*}} ins(%[[R0]], %[[R1]] : {{.*}}) outs(%[[R]] :
// CHECK: %[[A:.*]] = memref.alloca() {{.*}} : memref<1x1x1x1x2xf32>
// CHECK: linalg.generic {{.*}} outs(%[[A]] :
// CHECK: arith.maximumf
// CHECK: %[[G:.*]] = memref.alloca() {{.*}} : memref<1x2x1x2xf32>
// CHECK: %[[GATES:.*]] = memref.alloca() {{.*}} : memref<1x2x1x1x2xf32>
// CHECK: %[[B2H:.*]] = memref.subview %[[B2C]][0, %[[FIRST]], 0, 0] [1, 2, 1, 2]
// CHECK: linalg.copy ins(%[[B2H]] : {{.*}}) outs(%[[G]] :
// CHECK: %[[W2H:.*]] = memref.subview %[[W2]][%[[FIRST]], 0, 0, 0] [2, 1, 2, 2]
// CHECK: linalg.generic {{.*}} ins(%{{.*}}, %[[W2H]] : {{.*}}) outs(%[[G]] :
// CHECK: linalg.generic {{.*}} outs(%[[GATES]] :
// CHECK: arith.negf
// CHECK: linalg.generic {{.*}} ins(%[[GATES]], %[[T2]] : {{.*}}) outs(%[[T2]] :
// CHECK: %[[PART:.*]] = memref.subview %[[PARTS]][%[[HALF2]], 0, 0, 0] [1, 1, 9, 2]
// CHECK: linalg.fill {{.*}} outs(%[[PART]] :
// CHECK: %[[WPS:.*]] = memref.get_global @wp_squeeze_excite_split
// CHECK: %[[WPH:.*]] = memref.subview %[[WPS]][%[[HALF2]], 0, 0, 0, 0] [1, 1, 2, 2, 2]
// CHECK: %[[TC:.*]] = memref.collapse_shape %[[T2]]
// CHECK: linalg.generic {{.*}} ins(%[[TC]], %[[WPH]] : {{.*}}) outs(%[[PART]] :
// CHECK: } {ov_row_bands}
// CHECK: memref.dealloc %[[RPARTS]]
// CHECK: memref.dealloc %[[TPARTS]]
// CHECK: %[[OUTC:.*]] = memref.collapse_shape %[[OUT]]
// CHECK: linalg.generic {{.*}} outs(%[[OUTC]] :
// CHECK: memref.dealloc %[[PARTS]]
// CHECK-NOT: linalg.generic
// CHECK-NOT: memref.copy
// CHECK: return %[[OUT]]

#id = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#bias = affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>
#chan = affine_map<(d0, d1, d2, d3, d4) -> (d1, d4)>
#lhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>
#rhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>
#res = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
#pooled = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, 0, 0, d4)>
#perm = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d4, d2, d3)>
memref.global "private" constant @w1_squeeze_excite : memref<1x1x4x2x2xf32> = dense<"0x000000000000803F0000004000004040000080400000A0400000C0400000E0400000004100001041000020410000304100004041000050410000604100007041"> {alignment = 64 : i64}
memref.global "private" constant @wp_squeeze_excite : memref<1x1x4x2x2xf32> = dense<"0x000000000000803F0000004000004040000080400000A0400000C0400000E0400000004100001041000020410000304100004041000050410000604100007041"> {alignment = 64 : i64}
func.func @squeeze_excite(%x: memref<1x1x3x3x2xf32>, %we: memref<4x1x2x2xf32>, %be: memref<1x4x1x1x2xf32>, %wd: memref<4x2xf32>, %bp: memref<1x1x1x1x2xf32>, %sb1: memref<1x1x1x1x2xf32>, %sw2: memref<4x1x2x2xf32>, %sb2: memref<1x4x1x1x2xf32>) -> memref<1x1x3x3x2xf32> {
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
  %pooled = memref.alloc() {alignment = 64 : i64} : memref<1x4x1x1x2xf32>
  linalg.fill ins(%zero : f32) outs(%pooled : memref<1x4x1x1x2xf32>)
  linalg.generic {indexing_maps = [#id, #pooled], iterator_types = ["parallel", "parallel", "reduction", "reduction", "parallel"]} ins(%t : memref<1x4x3x3x2xf32>) outs(%pooled : memref<1x4x1x1x2xf32>) {
  ^bb0(%in: f32, %out: f32):
    %s = arith.addf %out, %in : f32
    linalg.yield %s : f32
  }
  %nine = arith.constant 9.0 : f32
  %pc = memref.collapse_shape %pooled [[0], [1, 2, 3, 4]] : memref<1x4x1x1x2xf32> into memref<1x8xf32>
  %pe = memref.expand_shape %pc [[0], [1, 2, 3, 4]] output_shape [1, 4, 2, 1, 1] : memref<1x8xf32> into memref<1x4x2x1x1xf32>
  %means = memref.alloc() {alignment = 64 : i64} : memref<1x4x1x1x2xf32>
  linalg.generic {indexing_maps = [#perm, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%pe : memref<1x4x2x1x1xf32>) outs(%means : memref<1x4x1x1x2xf32>) {
  ^bb0(%in: f32, %out: f32):
    %d = arith.divf %in, %nine : f32
    linalg.yield %d : f32
  }
  memref.dealloc %pooled : memref<1x4x1x1x2xf32>
  %red = memref.alloc() {alignment = 64 : i64} : memref<1x1x1x2xf32>
  %b1c = memref.collapse_shape %sb1 [[0], [1], [2, 3], [4]] : memref<1x1x1x1x2xf32> into memref<1x1x1x2xf32>
  memref.copy %b1c, %red : memref<1x1x1x2xf32> to memref<1x1x1x2xf32>
  %g1 = memref.get_global @w1_squeeze_excite : memref<1x1x4x2x2xf32>
  %sw1 = memref.subview %g1[0, 0, 0, 0, 0] [1, 1, 4, 2, 2] [1, 1, 1, 1, 1] : memref<1x1x4x2x2xf32> to memref<1x4x2x2xf32>
  %mc = memref.collapse_shape %means [[0], [1], [2, 3], [4]] : memref<1x4x1x1x2xf32> into memref<1x4x1x2xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%mc, %sw1 : memref<1x4x1x2xf32>, memref<1x4x2x2xf32>) outs(%red : memref<1x1x1x2xf32>) {
  ^bb0(%in: f32, %w: f32, %out: f32):
    %m = arith.mulf %in, %w : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  }
  memref.dealloc %means : memref<1x4x1x1x2xf32>
  %re = memref.expand_shape %red [[0], [1], [2, 3], [4]] output_shape [1, 1, 1, 1, 2] : memref<1x1x1x2xf32> into memref<1x1x1x1x2xf32>
  %a = memref.alloc() {alignment = 64 : i64} : memref<1x1x1x1x2xf32>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%re : memref<1x1x1x1x2xf32>) outs(%a : memref<1x1x1x1x2xf32>) {
  ^bb0(%in: f32, %out: f32):
    %v = arith.maximumf %in, %zero : f32
    linalg.yield %v : f32
  }
  memref.dealloc %red : memref<1x1x1x2xf32>
  %gx = memref.alloc() {alignment = 64 : i64} : memref<1x4x1x2xf32>
  %b2c = memref.collapse_shape %sb2 [[0], [1], [2, 3], [4]] : memref<1x4x1x1x2xf32> into memref<1x4x1x2xf32>
  memref.copy %b2c, %gx : memref<1x4x1x2xf32> to memref<1x4x1x2xf32>
  %ac = memref.collapse_shape %a [[0], [1], [2, 3], [4]] : memref<1x1x1x1x2xf32> into memref<1x1x1x2xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%ac, %sw2 : memref<1x1x1x2xf32>, memref<4x1x2x2xf32>) outs(%gx : memref<1x4x1x2xf32>) {
  ^bb0(%in: f32, %w: f32, %out: f32):
    %m = arith.mulf %in, %w : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  }
  memref.dealloc %a : memref<1x1x1x1x2xf32>
  %ge = memref.expand_shape %gx [[0], [1], [2, 3], [4]] output_shape [1, 4, 1, 1, 2] : memref<1x4x1x2xf32> into memref<1x4x1x1x2xf32>
  %gates = memref.alloc() {alignment = 64 : i64} : memref<1x4x1x1x2xf32>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%ge : memref<1x4x1x1x2xf32>) outs(%gates : memref<1x4x1x1x2xf32>) {
  ^bb0(%in: f32, %out: f32):
    %v = arith.negf %in : f32
    linalg.yield %v : f32
  }
  memref.dealloc %gx : memref<1x4x1x2xf32>
  linalg.generic {indexing_maps = [#bias, #id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%gates, %t : memref<1x4x1x1x2xf32>, memref<1x4x3x3x2xf32>) outs(%t : memref<1x4x3x3x2xf32>) {
  ^bb0(%in: f32, %v: f32, %out: f32):
    %m = arith.mulf %in, %v : f32
    linalg.yield %m : f32
  }
  memref.dealloc %gates : memref<1x4x1x1x2xf32>
  %o = memref.alloc() {alignment = 64 : i64} : memref<1x1x3x3x2xf32>
  linalg.generic {indexing_maps = [#bias, #id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%bp, %x : memref<1x1x1x1x2xf32>, memref<1x1x3x3x2xf32>) outs(%o : memref<1x1x3x3x2xf32>) {
  ^bb0(%b: f32, %r: f32, %out: f32):
    %sum = arith.addf %b, %r : f32
    linalg.yield %sum : f32
  }
  %g = memref.get_global @wp_squeeze_excite : memref<1x1x4x2x2xf32>
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

// The squeeze's channels not in blocks (EfficientNet-B0's 28 channels): the
// means, G and the gates are vectors [1, 8, 1, 1], the squeeze a matmul
// (its [8, 2] weights repacked as two parts of 4 rows) and the excitation
// a contraction of vectors written through a reshape of G. Each half has
// 4 of the 8 channels: its means and gates [1, 4, 1, 1], its bias of G
// from channel 2 * first, its weights of the excitation from block first.
// CHECK: memref.global "private" constant @w1_squeeze_excite_vectors_split : memref<2x4x2xf32>
// CHECK-LABEL: func.func @squeeze_excite_vectors(
// CHECK-SAME: %[[B1:[^:]+]]: memref<1x2x1x1xf32>, %[[W2:[^:]+]]: memref<4x2x2xf32>, %[[B2:[^:]+]]: memref<1x8x1x1xf32>)
// CHECK: %[[RPARTS:.*]] = memref.alloc() {{.*}} : memref<2x2x1x1xf32>
// CHECK: scf.parallel (%[[HALF:.*]]) = (%{{.*}}) to (%c2{{.*}}) step
// CHECK: %[[MEANS:.*]] = memref.alloca() {{.*}} : memref<1x4x1x1xf32>
// CHECK: %[[PE:.*]] = memref.expand_shape %{{.*}} output_shape [1, 4, 1, 1] : memref<1x4xf32> into memref<1x4x1x1xf32>
// CHECK: linalg.generic {{.*}} ins(%[[PE]] : {{.*}}) outs(%[[MEANS]] :
// CHECK: %[[RPART:.*]] = memref.subview %[[RPARTS]][%[[HALF]], 0, 0, 0] [1, 2, 1, 1]
// CHECK: %[[W1S:.*]] = memref.get_global @w1_squeeze_excite_vectors_split : memref<2x4x2xf32>
// CHECK: %[[W1H:.*]] = memref.subview %[[W1S]][%[[HALF]], 0, 0] [1, 4, 2] {{.*}} to memref<4x2xf32
// CHECK: %[[MC:.*]] = memref.collapse_shape %[[MEANS]] {{\[}}[0], [1, 2, 3]]
// CHECK: %[[RC:.*]] = memref.collapse_shape %[[RPART]] {{\[}}[0], [1, 2, 3]]
// CHECK: linalg.matmul ins(%[[MC]], %[[W1H]] : {{.*}}) outs(%[[RC]] :
// CHECK: } {ov_row_bands}
// CHECK: scf.parallel (%[[HALF2:.*]]) = (%{{.*}}) to (%c2{{.*}}) step
// CHECK: %[[FIRST:.*]] = arith.muli %[[HALF2]], %c2
// CHECK: %[[R:.*]] = memref.alloca() {{.*}} : memref<1x2x1x1xf32>
// CHECK: linalg.copy ins(%[[B1]] : {{.*}}) outs(%[[R]] :
// CHECK: %[[G:.*]] = memref.alloca() {{.*}} : memref<1x4x1x1xf32>
// CHECK: %[[GATES:.*]] = memref.alloca() {{.*}} : memref<1x4x1x1xf32>
// CHECK: %[[CHANNEL:.*]] = arith.muli %[[FIRST]], %c2
// CHECK: %[[B2H:.*]] = memref.subview %[[B2]][0, %[[CHANNEL]], 0, 0] [1, 4, 1, 1]
// CHECK: linalg.copy ins(%[[B2H]] : {{.*}}) outs(%[[G]] :
// CHECK: %[[W2H:.*]] = memref.subview %[[W2]][%[[FIRST]], 0, 0] [2, 2, 2]
// CHECK: %[[GC:.*]] = memref.collapse_shape %[[G]] {{\[}}[0], [1, 2, 3]] : memref<1x4x1x1xf32> into memref<1x4xf32>
// CHECK: %[[GB:.*]] = memref.expand_shape %[[GC]] {{\[}}[0], [1, 2]] output_shape [1, 2, 2]
// CHECK: linalg.generic {{.*}} ins(%{{.*}}, %[[W2H]] : {{.*}}) outs(%[[GB]] :
// CHECK: linalg.generic {{.*}} ins(%[[G]] : {{.*}}) outs(%[[GATES]] :
// CHECK: %[[GF:.*]] = memref.collapse_shape %[[GATES]] {{\[}}[0, 1, 2, 3]] : memref<1x4x1x1xf32> into memref<4xf32>
// CHECK: %[[GV:.*]] = memref.expand_shape %[[GF]] {{.*}} output_shape [1, 2, 1, 1, 2]
// CHECK: linalg.generic {{.*}} ins(%[[GV]], %{{.*}} : memref<1x2x1x1x2xf32>,
// CHECK: } {ov_row_bands}
// CHECK-NOT: linalg.matmul
// CHECK: return

#id = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#bias = affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>
#chan = affine_map<(d0, d1, d2, d3, d4) -> (d1, d4)>
#lhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>
#rhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>
#res = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
#pooled = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, 0, 0, d4)>
#id4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#vec = affine_map<(d0, d1, d2, d3) -> (d0, d3)>
#w2 = affine_map<(d0, d1, d2, d3) -> (d1, d3, d2)>
#g = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
memref.global "private" constant @w1_squeeze_excite_vectors : memref<8x2xf32> = dense<"0x000000000000803F0000004000004040000080400000A0400000C0400000E0400000004100001041000020410000304100004041000050410000604100007041"> {alignment = 64 : i64}
memref.global "private" constant @wp_squeeze_excite_vectors : memref<1x1x4x2x2xf32> = dense<"0x000000000000803F0000004000004040000080400000A0400000C0400000E0400000004100001041000020410000304100004041000050410000604100007041"> {alignment = 64 : i64}
func.func @squeeze_excite_vectors(%x: memref<1x1x3x3x2xf32>, %we: memref<4x1x2x2xf32>, %be: memref<1x4x1x1x2xf32>, %wd: memref<4x2xf32>, %bp: memref<1x1x1x1x2xf32>, %sb1: memref<1x2x1x1xf32>, %sw2: memref<4x2x2xf32>, %sb2: memref<1x8x1x1xf32>) -> memref<1x1x3x3x2xf32> {
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
  %pooled = memref.alloc() {alignment = 64 : i64} : memref<1x4x1x1x2xf32>
  linalg.fill ins(%zero : f32) outs(%pooled : memref<1x4x1x1x2xf32>)
  linalg.generic {indexing_maps = [#id, #pooled], iterator_types = ["parallel", "parallel", "reduction", "reduction", "parallel"]} ins(%t : memref<1x4x3x3x2xf32>) outs(%pooled : memref<1x4x1x1x2xf32>) {
  ^bb0(%in: f32, %out: f32):
    %s = arith.addf %out, %in : f32
    linalg.yield %s : f32
  }
  %nine = arith.constant 9.0 : f32
  %pc = memref.collapse_shape %pooled [[0], [1, 2, 3, 4]] : memref<1x4x1x1x2xf32> into memref<1x8xf32>
  %pe = memref.expand_shape %pc [[0], [1, 2, 3]] output_shape [1, 8, 1, 1] : memref<1x8xf32> into memref<1x8x1x1xf32>
  %means = memref.alloc() {alignment = 64 : i64} : memref<1x8x1x1xf32>
  linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%pe : memref<1x8x1x1xf32>) outs(%means : memref<1x8x1x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %d = arith.divf %in, %nine : f32
    linalg.yield %d : f32
  }
  memref.dealloc %pooled : memref<1x4x1x1x2xf32>
  %red = memref.alloc() {alignment = 64 : i64} : memref<1x2x1x1xf32>
  memref.copy %sb1, %red : memref<1x2x1x1xf32> to memref<1x2x1x1xf32>
  %sw1 = memref.get_global @w1_squeeze_excite_vectors : memref<8x2xf32>
  %mc = memref.collapse_shape %means [[0], [1, 2, 3]] : memref<1x8x1x1xf32> into memref<1x8xf32>
  %rc = memref.collapse_shape %red [[0], [1, 2, 3]] : memref<1x2x1x1xf32> into memref<1x2xf32>
  linalg.matmul ins(%mc, %sw1 : memref<1x8xf32>, memref<8x2xf32>) outs(%rc : memref<1x2xf32>)
  memref.dealloc %means : memref<1x8x1x1xf32>
  %a = memref.alloc() {alignment = 64 : i64} : memref<1x2x1x1xf32>
  linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%red : memref<1x2x1x1xf32>) outs(%a : memref<1x2x1x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %v = arith.maximumf %in, %zero : f32
    linalg.yield %v : f32
  }
  memref.dealloc %red : memref<1x2x1x1xf32>
  %gx = memref.alloc() {alignment = 64 : i64} : memref<1x8x1x1xf32>
  memref.copy %sb2, %gx : memref<1x8x1x1xf32> to memref<1x8x1x1xf32>
  %ac = memref.collapse_shape %a [[0], [1, 2, 3]] : memref<1x2x1x1xf32> into memref<1x2xf32>
  %gc = memref.collapse_shape %gx [[0], [1, 2, 3]] : memref<1x8x1x1xf32> into memref<1x8xf32>
  %gb = memref.expand_shape %gc [[0], [1, 2]] output_shape [1, 4, 2] : memref<1x8xf32> into memref<1x4x2xf32>
  linalg.generic {indexing_maps = [#vec, #w2, #g], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%ac, %sw2 : memref<1x2xf32>, memref<4x2x2xf32>) outs(%gb : memref<1x4x2xf32>) {
  ^bb0(%in: f32, %w: f32, %out: f32):
    %m = arith.mulf %in, %w : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  }
  memref.dealloc %a : memref<1x2x1x1xf32>
  %gates = memref.alloc() {alignment = 64 : i64} : memref<1x8x1x1xf32>
  linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%gx : memref<1x8x1x1xf32>) outs(%gates : memref<1x8x1x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %v = arith.negf %in : f32
    linalg.yield %v : f32
  }
  memref.dealloc %gx : memref<1x8x1x1xf32>
  %gf = memref.collapse_shape %gates [[0, 1, 2, 3]] : memref<1x8x1x1xf32> into memref<8xf32>
  %gv = memref.expand_shape %gf [[0, 1, 2, 3, 4]] output_shape [1, 4, 1, 1, 2] : memref<8xf32> into memref<1x4x1x1x2xf32>
  linalg.generic {indexing_maps = [#bias, #id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%gv, %t : memref<1x4x1x1x2xf32>, memref<1x4x3x3x2xf32>) outs(%t : memref<1x4x3x3x2xf32>) {
  ^bb0(%in: f32, %v: f32, %out: f32):
    %m = arith.mulf %in, %v : f32
    linalg.yield %m : f32
  }
  memref.dealloc %gates : memref<1x8x1x1xf32>
  %o = memref.alloc() {alignment = 64 : i64} : memref<1x1x3x3x2xf32>
  linalg.generic {indexing_maps = [#bias, #id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%bp, %x : memref<1x1x1x1x2xf32>, memref<1x1x3x3x2xf32>) outs(%o : memref<1x1x3x3x2xf32>) {
  ^bb0(%b: f32, %r: f32, %out: f32):
    %sum = arith.addf %b, %r : f32
    linalg.yield %sum : f32
  }
  %g = memref.get_global @wp_squeeze_excite_vectors : memref<1x1x4x2x2xf32>
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

// The squeeze's weights not a constant (they cannot be repacked): left as
// it is.
// CHECK-LABEL: func.func @squeeze_excite_weights_argument(
// CHECK-NOT: scf.parallel
// CHECK: memref.alloc() {{.*}} : memref<1x4x3x3x2xf32>
// CHECK: return

#id = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#bias = affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>
#chan = affine_map<(d0, d1, d2, d3, d4) -> (d1, d4)>
#lhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>
#rhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>
#res = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
#pooled = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, 0, 0, d4)>
#perm = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d4, d2, d3)>
memref.global "private" constant @wp_squeeze_excite_weights_argument : memref<1x1x4x2x2xf32> = dense<"0x000000000000803F0000004000004040000080400000A0400000C0400000E0400000004100001041000020410000304100004041000050410000604100007041"> {alignment = 64 : i64}
func.func @squeeze_excite_weights_argument(%x: memref<1x1x3x3x2xf32>, %we: memref<4x1x2x2xf32>, %be: memref<1x4x1x1x2xf32>, %wd: memref<4x2xf32>, %bp: memref<1x1x1x1x2xf32>, %sb1: memref<1x1x1x1x2xf32>, %sw2: memref<4x1x2x2xf32>, %sb2: memref<1x4x1x1x2xf32>, %sw1: memref<1x4x2x2xf32>) -> memref<1x1x3x3x2xf32> {
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
  %pooled = memref.alloc() {alignment = 64 : i64} : memref<1x4x1x1x2xf32>
  linalg.fill ins(%zero : f32) outs(%pooled : memref<1x4x1x1x2xf32>)
  linalg.generic {indexing_maps = [#id, #pooled], iterator_types = ["parallel", "parallel", "reduction", "reduction", "parallel"]} ins(%t : memref<1x4x3x3x2xf32>) outs(%pooled : memref<1x4x1x1x2xf32>) {
  ^bb0(%in: f32, %out: f32):
    %s = arith.addf %out, %in : f32
    linalg.yield %s : f32
  }
  %nine = arith.constant 9.0 : f32
  %pc = memref.collapse_shape %pooled [[0], [1, 2, 3, 4]] : memref<1x4x1x1x2xf32> into memref<1x8xf32>
  %pe = memref.expand_shape %pc [[0], [1, 2, 3, 4]] output_shape [1, 4, 2, 1, 1] : memref<1x8xf32> into memref<1x4x2x1x1xf32>
  %means = memref.alloc() {alignment = 64 : i64} : memref<1x4x1x1x2xf32>
  linalg.generic {indexing_maps = [#perm, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%pe : memref<1x4x2x1x1xf32>) outs(%means : memref<1x4x1x1x2xf32>) {
  ^bb0(%in: f32, %out: f32):
    %d = arith.divf %in, %nine : f32
    linalg.yield %d : f32
  }
  memref.dealloc %pooled : memref<1x4x1x1x2xf32>
  %red = memref.alloc() {alignment = 64 : i64} : memref<1x1x1x2xf32>
  %b1c = memref.collapse_shape %sb1 [[0], [1], [2, 3], [4]] : memref<1x1x1x1x2xf32> into memref<1x1x1x2xf32>
  memref.copy %b1c, %red : memref<1x1x1x2xf32> to memref<1x1x1x2xf32>
  %mc = memref.collapse_shape %means [[0], [1], [2, 3], [4]] : memref<1x4x1x1x2xf32> into memref<1x4x1x2xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%mc, %sw1 : memref<1x4x1x2xf32>, memref<1x4x2x2xf32>) outs(%red : memref<1x1x1x2xf32>) {
  ^bb0(%in: f32, %w: f32, %out: f32):
    %m = arith.mulf %in, %w : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  }
  memref.dealloc %means : memref<1x4x1x1x2xf32>
  %re = memref.expand_shape %red [[0], [1], [2, 3], [4]] output_shape [1, 1, 1, 1, 2] : memref<1x1x1x2xf32> into memref<1x1x1x1x2xf32>
  %a = memref.alloc() {alignment = 64 : i64} : memref<1x1x1x1x2xf32>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%re : memref<1x1x1x1x2xf32>) outs(%a : memref<1x1x1x1x2xf32>) {
  ^bb0(%in: f32, %out: f32):
    %v = arith.maximumf %in, %zero : f32
    linalg.yield %v : f32
  }
  memref.dealloc %red : memref<1x1x1x2xf32>
  %gx = memref.alloc() {alignment = 64 : i64} : memref<1x4x1x2xf32>
  %b2c = memref.collapse_shape %sb2 [[0], [1], [2, 3], [4]] : memref<1x4x1x1x2xf32> into memref<1x4x1x2xf32>
  memref.copy %b2c, %gx : memref<1x4x1x2xf32> to memref<1x4x1x2xf32>
  %ac = memref.collapse_shape %a [[0], [1], [2, 3], [4]] : memref<1x1x1x1x2xf32> into memref<1x1x1x2xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%ac, %sw2 : memref<1x1x1x2xf32>, memref<4x1x2x2xf32>) outs(%gx : memref<1x4x1x2xf32>) {
  ^bb0(%in: f32, %w: f32, %out: f32):
    %m = arith.mulf %in, %w : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  }
  memref.dealloc %a : memref<1x1x1x1x2xf32>
  %ge = memref.expand_shape %gx [[0], [1], [2, 3], [4]] output_shape [1, 4, 1, 1, 2] : memref<1x4x1x2xf32> into memref<1x4x1x1x2xf32>
  %gates = memref.alloc() {alignment = 64 : i64} : memref<1x4x1x1x2xf32>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%ge : memref<1x4x1x1x2xf32>) outs(%gates : memref<1x4x1x1x2xf32>) {
  ^bb0(%in: f32, %out: f32):
    %v = arith.negf %in : f32
    linalg.yield %v : f32
  }
  memref.dealloc %gx : memref<1x4x1x2xf32>
  linalg.generic {indexing_maps = [#bias, #id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%gates, %t : memref<1x4x1x1x2xf32>, memref<1x4x3x3x2xf32>) outs(%t : memref<1x4x3x3x2xf32>) {
  ^bb0(%in: f32, %v: f32, %out: f32):
    %m = arith.mulf %in, %v : f32
    linalg.yield %m : f32
  }
  memref.dealloc %gates : memref<1x4x1x1x2xf32>
  %o = memref.alloc() {alignment = 64 : i64} : memref<1x1x3x3x2xf32>
  linalg.generic {indexing_maps = [#bias, #id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%bp, %x : memref<1x1x1x1x2xf32>, memref<1x1x3x3x2xf32>) outs(%o : memref<1x1x3x3x2xf32>) {
  ^bb0(%b: f32, %r: f32, %out: f32):
    %sum = arith.addf %b, %r : f32
    linalg.yield %sum : f32
  }
  %g = memref.get_global @wp_squeeze_excite_weights_argument : memref<1x1x4x2x2xf32>
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

// The squeeze a matmul with transposed weights [2, 8] (its rows are not
// the input channels splitRows repacks): left as it is.
// CHECK-LABEL: func.func @squeeze_excite_transposed_matmul(
// CHECK-NOT: scf.parallel
// CHECK: linalg.matmul indexing_maps
// CHECK: return

#id = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#bias = affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>
#chan = affine_map<(d0, d1, d2, d3, d4) -> (d1, d4)>
#lhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>
#rhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>
#res = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
#pooled = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, 0, 0, d4)>
#id4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#vec = affine_map<(d0, d1, d2, d3) -> (d0, d3)>
#w2 = affine_map<(d0, d1, d2, d3) -> (d1, d3, d2)>
#g = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
memref.global "private" constant @w1_squeeze_excite_transposed_matmul : memref<2x8xf32> = dense<"0x000000000000803F0000004000004040000080400000A0400000C0400000E0400000004100001041000020410000304100004041000050410000604100007041"> {alignment = 64 : i64}
memref.global "private" constant @wp_squeeze_excite_transposed_matmul : memref<1x1x4x2x2xf32> = dense<"0x000000000000803F0000004000004040000080400000A0400000C0400000E0400000004100001041000020410000304100004041000050410000604100007041"> {alignment = 64 : i64}
func.func @squeeze_excite_transposed_matmul(%x: memref<1x1x3x3x2xf32>, %we: memref<4x1x2x2xf32>, %be: memref<1x4x1x1x2xf32>, %wd: memref<4x2xf32>, %bp: memref<1x1x1x1x2xf32>, %sb1: memref<1x2x1x1xf32>, %sw2: memref<4x2x2xf32>, %sb2: memref<1x8x1x1xf32>) -> memref<1x1x3x3x2xf32> {
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
  %pooled = memref.alloc() {alignment = 64 : i64} : memref<1x4x1x1x2xf32>
  linalg.fill ins(%zero : f32) outs(%pooled : memref<1x4x1x1x2xf32>)
  linalg.generic {indexing_maps = [#id, #pooled], iterator_types = ["parallel", "parallel", "reduction", "reduction", "parallel"]} ins(%t : memref<1x4x3x3x2xf32>) outs(%pooled : memref<1x4x1x1x2xf32>) {
  ^bb0(%in: f32, %out: f32):
    %s = arith.addf %out, %in : f32
    linalg.yield %s : f32
  }
  %nine = arith.constant 9.0 : f32
  %pc = memref.collapse_shape %pooled [[0], [1, 2, 3, 4]] : memref<1x4x1x1x2xf32> into memref<1x8xf32>
  %pe = memref.expand_shape %pc [[0], [1, 2, 3]] output_shape [1, 8, 1, 1] : memref<1x8xf32> into memref<1x8x1x1xf32>
  %means = memref.alloc() {alignment = 64 : i64} : memref<1x8x1x1xf32>
  linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%pe : memref<1x8x1x1xf32>) outs(%means : memref<1x8x1x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %d = arith.divf %in, %nine : f32
    linalg.yield %d : f32
  }
  memref.dealloc %pooled : memref<1x4x1x1x2xf32>
  %red = memref.alloc() {alignment = 64 : i64} : memref<1x2x1x1xf32>
  memref.copy %sb1, %red : memref<1x2x1x1xf32> to memref<1x2x1x1xf32>
  %sw1 = memref.get_global @w1_squeeze_excite_transposed_matmul : memref<2x8xf32>
  %mc = memref.collapse_shape %means [[0], [1, 2, 3]] : memref<1x8x1x1xf32> into memref<1x8xf32>
  %rc = memref.collapse_shape %red [[0], [1, 2, 3]] : memref<1x2x1x1xf32> into memref<1x2xf32>
  linalg.matmul indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1)>] ins(%mc, %sw1 : memref<1x8xf32>, memref<2x8xf32>) outs(%rc : memref<1x2xf32>)
  memref.dealloc %means : memref<1x8x1x1xf32>
  %a = memref.alloc() {alignment = 64 : i64} : memref<1x2x1x1xf32>
  linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%red : memref<1x2x1x1xf32>) outs(%a : memref<1x2x1x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %v = arith.maximumf %in, %zero : f32
    linalg.yield %v : f32
  }
  memref.dealloc %red : memref<1x2x1x1xf32>
  %gx = memref.alloc() {alignment = 64 : i64} : memref<1x8x1x1xf32>
  memref.copy %sb2, %gx : memref<1x8x1x1xf32> to memref<1x8x1x1xf32>
  %ac = memref.collapse_shape %a [[0], [1, 2, 3]] : memref<1x2x1x1xf32> into memref<1x2xf32>
  %gc = memref.collapse_shape %gx [[0], [1, 2, 3]] : memref<1x8x1x1xf32> into memref<1x8xf32>
  %gb = memref.expand_shape %gc [[0], [1, 2]] output_shape [1, 4, 2] : memref<1x8xf32> into memref<1x4x2xf32>
  linalg.generic {indexing_maps = [#vec, #w2, #g], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%ac, %sw2 : memref<1x2xf32>, memref<4x2x2xf32>) outs(%gb : memref<1x4x2xf32>) {
  ^bb0(%in: f32, %w: f32, %out: f32):
    %m = arith.mulf %in, %w : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  }
  memref.dealloc %a : memref<1x2x1x1xf32>
  %gates = memref.alloc() {alignment = 64 : i64} : memref<1x8x1x1xf32>
  linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%gx : memref<1x8x1x1xf32>) outs(%gates : memref<1x8x1x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %v = arith.negf %in : f32
    linalg.yield %v : f32
  }
  memref.dealloc %gx : memref<1x8x1x1xf32>
  %gf = memref.collapse_shape %gates [[0, 1, 2, 3]] : memref<1x8x1x1xf32> into memref<8xf32>
  %gv = memref.expand_shape %gf [[0, 1, 2, 3, 4]] output_shape [1, 4, 1, 1, 2] : memref<8xf32> into memref<1x4x1x1x2xf32>
  linalg.generic {indexing_maps = [#bias, #id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%gv, %t : memref<1x4x1x1x2xf32>, memref<1x4x3x3x2xf32>) outs(%t : memref<1x4x3x3x2xf32>) {
  ^bb0(%in: f32, %v: f32, %out: f32):
    %m = arith.mulf %in, %v : f32
    linalg.yield %m : f32
  }
  memref.dealloc %gates : memref<1x8x1x1xf32>
  %o = memref.alloc() {alignment = 64 : i64} : memref<1x1x3x3x2xf32>
  linalg.generic {indexing_maps = [#bias, #id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%bp, %x : memref<1x1x1x1x2xf32>, memref<1x1x3x3x2xf32>) outs(%o : memref<1x1x3x3x2xf32>) {
  ^bb0(%b: f32, %r: f32, %out: f32):
    %sum = arith.addf %b, %r : f32
    linalg.yield %sum : f32
  }
  %g = memref.get_global @wp_squeeze_excite_transposed_matmul : memref<1x1x4x2x2xf32>
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
