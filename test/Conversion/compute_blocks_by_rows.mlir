// RUN: ov-opt %s --split-input-file --ov-compute-blocks-by-rows | FileCheck %s

// An inverted-residual block (3x3 depthwise, residual) on a 5 x 6 plane:
// one thread loop over bands of rows, as many as the run has threads (their
// rows from the runtime, which sizes them by each thread's speed), each
// with a ring of three padded expanded rows and a depthwise row on its
// stack; the planes E, P and T are gone.
// CHECK: func.func private @ovm_runtime_band_start(i64, i64, i64) -> i64
// CHECK: func.func private @ovm_runtime_num_threads() -> i32
// CHECK-LABEL: func.func @block(
// CHECK-SAME: %[[X:[^:]+]]: memref<1x1x5x6x16xf32>
// CHECK-NOT: memref.alloc() {{.*}} : memref<1x2x
// CHECK: %[[OUT:.*]] = memref.alloc() {{.*}} : memref<1x1x5x6x16xf32>
// CHECK-NOT: memref.alloc()
// CHECK: %[[THREADS:.*]] = call @ovm_runtime_num_threads() : () -> i32
// CHECK: %[[N:.*]] = arith.index_cast %[[THREADS]]
// CHECK: %[[AT_LEAST_1:.*]] = arith.maxsi %[[N]]
// CHECK: %[[C5:.*]] = arith.constant 5 : index
// CHECK: %[[BANDS:.*]] = arith.minsi %[[AT_LEAST_1]], %[[C5]]
// CHECK: scf.parallel (%[[BAND:.*]]) = (%{{.*}}) to (%[[BANDS]])
// CHECK: %[[BAND_I64:.*]] = arith.index_cast %[[BAND]] : index to i64
// CHECK: %[[BANDS_I64:.*]] = arith.index_cast %[[BANDS]] : index to i64
// CHECK: %[[ROWS:.*]] = arith.constant 5 : i64
// CHECK: %[[START:.*]] = func.call @ovm_runtime_band_start(%[[BAND_I64]], %[[BANDS_I64]], %[[ROWS]])
// CHECK: %[[FIRST:.*]] = arith.index_cast %[[START]] : i64 to index
// CHECK: %[[NEXT:.*]] = arith.addi %[[BAND]]
// CHECK: %[[NEXT_I64:.*]] = arith.index_cast %[[NEXT]] : index to i64
// CHECK: %[[STOP:.*]] = func.call @ovm_runtime_band_start(%[[NEXT_I64]], %{{.*}}, %{{.*}})
// CHECK: %[[LAST:.*]] = arith.index_cast %[[STOP]] : i64 to index
// CHECK: %[[RING:.*]] = memref.alloca() {alignment = 64 : i64} : memref<1x2x3x8x16xf32>
// CHECK: %[[DW:.*]] = memref.alloca() {alignment = 64 : i64} : memref<1x2x1x6x16xf32>
// CHECK: %[[LEFT:.*]] = memref.subview %[[RING]][0, 0, 0, 0, 0] [1, 2, 3, 1, 16]
// CHECK: linalg.fill {{.*}} outs(%[[LEFT]]
// CHECK: %[[RIGHT:.*]] = memref.subview %[[RING]][0, 0, 0, 7, 0] [1, 2, 3, 1, 16]
// CHECK: linalg.fill {{.*}} outs(%[[RIGHT]]
// CHECK: %[[LAST_ROW:.*]] = arith.subi %[[LAST]], %c1
// CHECK: %[[END:.*]] = arith.addi %[[LAST_ROW]], %c3
// CHECK: scf.for %[[I:.*]] = %[[FIRST]] to %[[END]]
// CHECK: %[[SLOT:.*]] = arith.remui %[[I]], %c3
// CHECK: %[[ABOVE:.*]] = arith.cmpi ult, %[[I]], %c1
// CHECK: %[[BELOW:.*]] = arith.cmpi uge, %[[I]], %c6
// CHECK: %[[PADDING:.*]] = arith.ori %[[ABOVE]], %[[BELOW]]
// CHECK: scf.if %[[PADDING]] {
// CHECK: %[[ZEROS:.*]] = memref.subview %[[RING]][0, 0, %[[SLOT]], 0, 0] [1, 2, 1, 8, 16]
// CHECK: linalg.fill {{.*}} outs(%[[ZEROS]]
// CHECK: } else {
// CHECK: %[[ROW_IN:.*]] = arith.subi %[[I]], %c1
// CHECK: %[[INTERIOR:.*]] = memref.subview %[[RING]][0, 0, %[[SLOT]], 1, 0] [1, 2, 1, 6, 16]
// CHECK: linalg.generic {{.*}} ins(%{{.*}} : memref<1x2x1x1x16xf32>) outs(%[[INTERIOR]] :
// CHECK: %[[X_ROW:.*]] = memref.subview %[[X]][0, 0, %[[ROW_IN]], 0, 0] [1, 1, 1, 6, 16]
// CHECK: %[[X_ROW_C:.*]] = memref.collapse_shape %[[X_ROW]]
// CHECK: %[[INTERIOR_C:.*]] = memref.collapse_shape %[[INTERIOR]]
// CHECK: linalg.generic {{.*}} ins(%[[X_ROW_C]], %{{.*}}) outs(%[[INTERIOR_C]] :
// CHECK: linalg.generic {{.*}} ins(%[[INTERIOR]] : {{.*}}) outs(%[[INTERIOR]] :
// CHECK: arith.maximumf
// CHECK: arith.minimumf
// CHECK: }
// CHECK: %[[ROW:.*]] = arith.subi %[[I]], %c2
// CHECK: %[[FIRST_READY:.*]] = arith.addi %[[FIRST]], %c2
// CHECK: %[[READY:.*]] = arith.cmpi uge, %[[I]], %[[FIRST_READY]]
// CHECK: scf.if %[[READY]] {
// CHECK: %[[DY0:.*]] = arith.addi %[[ROW]], %c0
// CHECK: %[[SLOT0:.*]] = arith.remui %[[DY0]], %c3
// CHECK: %[[TAP00:.*]] = memref.subview %[[RING]][0, 0, %[[SLOT0]], 0, 0] [1, 2, 1, 6, 16]
// CHECK-COUNT-7: memref.subview %[[RING]]
// CHECK: %[[DY2:.*]] = arith.addi %[[ROW]], %c2
// CHECK: %[[SLOT2:.*]] = arith.remui %[[DY2]], %c3
// CHECK: %[[TAP22:.*]] = memref.subview %[[RING]][0, 0, %[[SLOT2]], 2, 0] [1, 2, 1, 6, 16]
// CHECK: linalg.generic {{.*}} ins(%[[TAP00]], {{.*}}, %[[TAP22]], {{.*}}) outs(%[[DW]] :
// CHECK: %[[RESIDUAL:.*]] = memref.subview %[[X]][0, 0, %[[ROW]], 0, 0] [1, 1, 1, 6, 16]
// CHECK: %[[OUT_ROW:.*]] = memref.subview %[[OUT]][0, 0, %[[ROW]], 0, 0] [1, 1, 1, 6, 16]
// CHECK: linalg.generic {{.*}} ins(%{{.*}}, %[[RESIDUAL]] : {{.*}}) outs(%[[OUT_ROW]] :
// CHECK: %[[DW_C:.*]] = memref.collapse_shape %[[DW]]
// CHECK: %[[OUT_ROW2:.*]] = memref.subview %[[OUT]][0, 0, %[[ROW]], 0, 0] [1, 1, 1, 6, 16]
// CHECK: %[[OUT_ROW2_C:.*]] = memref.collapse_shape %[[OUT_ROW2]]
// CHECK: linalg.generic {{.*}} ins(%[[DW_C]], %{{.*}}) outs(%[[OUT_ROW2_C]] :
// CHECK: } {ov_row_bands}
// CHECK-NOT: memref.dealloc
// CHECK: return %[[OUT]]

#id = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#bias = affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>
#chan = affine_map<(d0, d1, d2, d3, d4) -> (d1, d4)>
#lhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>
#rhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>
#res = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
func.func @block(%x: memref<1x1x5x6x16xf32>, %we: memref<2x1x16x16xf32>, %be: memref<1x2x1x1x16xf32>, %wd: memref<2x16xf32>, %wp: memref<1x2x16x16xf32>, %bp: memref<1x1x1x1x16xf32>) -> (memref<1x1x5x6x16xf32>) {
  %zero = arith.constant 0.0 : f32
  %six = arith.constant 6.0 : f32
  %e = memref.alloc() {alignment = 64 : i64} : memref<1x2x5x6x16xf32>
  linalg.generic {indexing_maps = [#bias, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%be : memref<1x2x1x1x16xf32>) outs(%e : memref<1x2x5x6x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  %xc = memref.collapse_shape %x [[0], [1], [2, 3], [4]] : memref<1x1x5x6x16xf32> into memref<1x1x30x16xf32>
  %ec = memref.collapse_shape %e [[0], [1], [2, 3], [4]] : memref<1x2x5x6x16xf32> into memref<1x2x30x16xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%xc, %we : memref<1x1x30x16xf32>, memref<2x1x16x16xf32>) outs(%ec : memref<1x2x30x16xf32>) {
  ^bb0(%in: f32, %w: f32, %out: f32):
    %m = arith.mulf %in, %w : f32
    %a = arith.addf %out, %m : f32
    linalg.yield %a : f32
  }
  %p = memref.alloc() {alignment = 64 : i64} : memref<1x2x7x8x16xf32>
  %b0 = memref.subview %p[0, 0, 0, 0, 0] [1, 2, 1, 8, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x1x8x16xf32, strided<[1792, 896, 128, 16, 1]>>
  linalg.fill ins(%zero : f32) outs(%b0 : memref<1x2x1x8x16xf32, strided<[1792, 896, 128, 16, 1]>>)
  %b1 = memref.subview %p[0, 0, 6, 0, 0] [1, 2, 1, 8, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x1x8x16xf32, strided<[1792, 896, 128, 16, 1], offset: 768>>
  linalg.fill ins(%zero : f32) outs(%b1 : memref<1x2x1x8x16xf32, strided<[1792, 896, 128, 16, 1], offset: 768>>)
  %b2 = memref.subview %p[0, 0, 0, 0, 0] [1, 2, 7, 1, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x7x1x16xf32, strided<[1792, 896, 128, 16, 1]>>
  linalg.fill ins(%zero : f32) outs(%b2 : memref<1x2x7x1x16xf32, strided<[1792, 896, 128, 16, 1]>>)
  %b3 = memref.subview %p[0, 0, 0, 7, 0] [1, 2, 7, 1, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x7x1x16xf32, strided<[1792, 896, 128, 16, 1], offset: 112>>
  linalg.fill ins(%zero : f32) outs(%b3 : memref<1x2x7x1x16xf32, strided<[1792, 896, 128, 16, 1], offset: 112>>)
  %interior = memref.subview %p[0, 0, 1, 1, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 144>>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%e : memref<1x2x5x6x16xf32>) outs(%interior : memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 144>>) {
  ^bb0(%in: f32, %out: f32):
    %lo = arith.maximumf %in, %zero : f32
    %hi = arith.minimumf %lo, %six : f32
    linalg.yield %hi : f32
  }
  memref.dealloc %e : memref<1x2x5x6x16xf32>
  %t00 = memref.subview %p[0, 0, 0, 0, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1]>>
  %t01 = memref.subview %p[0, 0, 0, 1, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 16>>
  %t02 = memref.subview %p[0, 0, 0, 2, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 32>>
  %t10 = memref.subview %p[0, 0, 1, 0, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 128>>
  %t12 = memref.subview %p[0, 0, 1, 2, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 160>>
  %t20 = memref.subview %p[0, 0, 2, 0, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 256>>
  %t21 = memref.subview %p[0, 0, 2, 1, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 272>>
  %t22 = memref.subview %p[0, 0, 2, 2, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 288>>
  %t = memref.alloc() {alignment = 64 : i64} : memref<1x2x5x6x16xf32>
  linalg.generic {indexing_maps = [#id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%t00, %wd, %t01, %wd, %t02, %wd, %t10, %wd, %interior, %wd, %t12, %wd, %t20, %wd, %t21, %wd, %t22, %wd : memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1]>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 16>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 32>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 128>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 144>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 160>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 256>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 272>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 288>>, memref<2x16xf32>) outs(%t : memref<1x2x5x6x16xf32>) {
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
    linalg.yield %s8 : f32
  }
  memref.dealloc %p : memref<1x2x7x8x16xf32>
  %o = memref.alloc() {alignment = 64 : i64} : memref<1x1x5x6x16xf32>
  linalg.generic {indexing_maps = [#bias, #id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%bp, %x : memref<1x1x1x1x16xf32>, memref<1x1x5x6x16xf32>) outs(%o : memref<1x1x5x6x16xf32>) {
  ^bb0(%b: f32, %r: f32, %out: f32):
    %sum = arith.addf %b, %r : f32
    linalg.yield %sum : f32
  }
  %tc = memref.collapse_shape %t [[0], [1], [2, 3], [4]] : memref<1x2x5x6x16xf32> into memref<1x2x30x16xf32>
  %oc = memref.collapse_shape %o [[0], [1], [2, 3], [4]] : memref<1x1x5x6x16xf32> into memref<1x1x30x16xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%tc, %wp : memref<1x2x30x16xf32>, memref<1x2x16x16xf32>) outs(%oc : memref<1x1x30x16xf32>) {
  ^bb0(%in: f32, %w: f32, %out: f32):
    %m = arith.mulf %in, %w : f32
    %a = arith.addf %out, %m : f32
    linalg.yield %a : f32
  }
  memref.dealloc %t : memref<1x2x5x6x16xf32>
  return %o : memref<1x1x5x6x16xf32>
}

// -----

// A 5x5 depthwise layer (each band would expand 4 rows of its
// neighbours' again): layer by layer.
// CHECK-LABEL: func.func @kernel5(
// CHECK-NOT: scf.parallel
// CHECK: memref.alloc() {{.*}} : memref<1x2x9x10x16xf32>
// CHECK: return

#id = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#bias = affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>
#chan = affine_map<(d0, d1, d2, d3, d4) -> (d1, d4)>
#lhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>
#rhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>
#res = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
func.func @kernel5(%x: memref<1x1x5x6x16xf32>, %we: memref<2x1x16x16xf32>, %be: memref<1x2x1x1x16xf32>, %wd: memref<2x16xf32>, %wp: memref<1x2x16x16xf32>, %bp: memref<1x1x1x1x16xf32>) -> (memref<1x1x5x6x16xf32>) {
  %zero = arith.constant 0.0 : f32
  %six = arith.constant 6.0 : f32
  %e = memref.alloc() {alignment = 64 : i64} : memref<1x2x5x6x16xf32>
  linalg.generic {indexing_maps = [#bias, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%be : memref<1x2x1x1x16xf32>) outs(%e : memref<1x2x5x6x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  %xc = memref.collapse_shape %x [[0], [1], [2, 3], [4]] : memref<1x1x5x6x16xf32> into memref<1x1x30x16xf32>
  %ec = memref.collapse_shape %e [[0], [1], [2, 3], [4]] : memref<1x2x5x6x16xf32> into memref<1x2x30x16xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%xc, %we : memref<1x1x30x16xf32>, memref<2x1x16x16xf32>) outs(%ec : memref<1x2x30x16xf32>) {
  ^bb0(%in: f32, %w: f32, %out: f32):
    %m = arith.mulf %in, %w : f32
    %a = arith.addf %out, %m : f32
    linalg.yield %a : f32
  }
  %p = memref.alloc() {alignment = 64 : i64} : memref<1x2x9x10x16xf32>
  %b0 = memref.subview %p[0, 0, 0, 0, 0] [1, 2, 2, 10, 16] [1, 1, 1, 1, 1] : memref<1x2x9x10x16xf32> to memref<1x2x2x10x16xf32, strided<[2880, 1440, 160, 16, 1]>>
  linalg.fill ins(%zero : f32) outs(%b0 : memref<1x2x2x10x16xf32, strided<[2880, 1440, 160, 16, 1]>>)
  %b1 = memref.subview %p[0, 0, 7, 0, 0] [1, 2, 2, 10, 16] [1, 1, 1, 1, 1] : memref<1x2x9x10x16xf32> to memref<1x2x2x10x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 1120>>
  linalg.fill ins(%zero : f32) outs(%b1 : memref<1x2x2x10x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 1120>>)
  %b2 = memref.subview %p[0, 0, 0, 0, 0] [1, 2, 9, 2, 16] [1, 1, 1, 1, 1] : memref<1x2x9x10x16xf32> to memref<1x2x9x2x16xf32, strided<[2880, 1440, 160, 16, 1]>>
  linalg.fill ins(%zero : f32) outs(%b2 : memref<1x2x9x2x16xf32, strided<[2880, 1440, 160, 16, 1]>>)
  %b3 = memref.subview %p[0, 0, 0, 8, 0] [1, 2, 9, 2, 16] [1, 1, 1, 1, 1] : memref<1x2x9x10x16xf32> to memref<1x2x9x2x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 128>>
  linalg.fill ins(%zero : f32) outs(%b3 : memref<1x2x9x2x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 128>>)
  %interior = memref.subview %p[0, 0, 2, 2, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x9x10x16xf32> to memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 352>>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%e : memref<1x2x5x6x16xf32>) outs(%interior : memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 352>>) {
  ^bb0(%in: f32, %out: f32):
    %lo = arith.maximumf %in, %zero : f32
    %hi = arith.minimumf %lo, %six : f32
    linalg.yield %hi : f32
  }
  memref.dealloc %e : memref<1x2x5x6x16xf32>
  %t00 = memref.subview %p[0, 0, 0, 0, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x9x10x16xf32> to memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1]>>
  %t01 = memref.subview %p[0, 0, 0, 1, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x9x10x16xf32> to memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 16>>
  %t02 = memref.subview %p[0, 0, 0, 2, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x9x10x16xf32> to memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 32>>
  %t03 = memref.subview %p[0, 0, 0, 3, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x9x10x16xf32> to memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 48>>
  %t04 = memref.subview %p[0, 0, 0, 4, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x9x10x16xf32> to memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 64>>
  %t10 = memref.subview %p[0, 0, 1, 0, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x9x10x16xf32> to memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 160>>
  %t11 = memref.subview %p[0, 0, 1, 1, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x9x10x16xf32> to memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 176>>
  %t12 = memref.subview %p[0, 0, 1, 2, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x9x10x16xf32> to memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 192>>
  %t13 = memref.subview %p[0, 0, 1, 3, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x9x10x16xf32> to memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 208>>
  %t14 = memref.subview %p[0, 0, 1, 4, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x9x10x16xf32> to memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 224>>
  %t20 = memref.subview %p[0, 0, 2, 0, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x9x10x16xf32> to memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 320>>
  %t21 = memref.subview %p[0, 0, 2, 1, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x9x10x16xf32> to memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 336>>
  %t23 = memref.subview %p[0, 0, 2, 3, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x9x10x16xf32> to memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 368>>
  %t24 = memref.subview %p[0, 0, 2, 4, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x9x10x16xf32> to memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 384>>
  %t30 = memref.subview %p[0, 0, 3, 0, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x9x10x16xf32> to memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 480>>
  %t31 = memref.subview %p[0, 0, 3, 1, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x9x10x16xf32> to memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 496>>
  %t32 = memref.subview %p[0, 0, 3, 2, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x9x10x16xf32> to memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 512>>
  %t33 = memref.subview %p[0, 0, 3, 3, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x9x10x16xf32> to memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 528>>
  %t34 = memref.subview %p[0, 0, 3, 4, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x9x10x16xf32> to memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 544>>
  %t40 = memref.subview %p[0, 0, 4, 0, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x9x10x16xf32> to memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 640>>
  %t41 = memref.subview %p[0, 0, 4, 1, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x9x10x16xf32> to memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 656>>
  %t42 = memref.subview %p[0, 0, 4, 2, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x9x10x16xf32> to memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 672>>
  %t43 = memref.subview %p[0, 0, 4, 3, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x9x10x16xf32> to memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 688>>
  %t44 = memref.subview %p[0, 0, 4, 4, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x9x10x16xf32> to memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 704>>
  %t = memref.alloc() {alignment = 64 : i64} : memref<1x2x5x6x16xf32>
  linalg.generic {indexing_maps = [#id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%t00, %wd, %t01, %wd, %t02, %wd, %t03, %wd, %t04, %wd, %t10, %wd, %t11, %wd, %t12, %wd, %t13, %wd, %t14, %wd, %t20, %wd, %t21, %wd, %interior, %wd, %t23, %wd, %t24, %wd, %t30, %wd, %t31, %wd, %t32, %wd, %t33, %wd, %t34, %wd, %t40, %wd, %t41, %wd, %t42, %wd, %t43, %wd, %t44, %wd : memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1]>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 16>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 32>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 48>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 64>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 160>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 176>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 192>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 208>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 224>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 320>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 336>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 352>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 368>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 384>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 480>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 496>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 512>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 528>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 544>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 640>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 656>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 672>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 688>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[2880, 1440, 160, 16, 1], offset: 704>>, memref<2x16xf32>) outs(%t : memref<1x2x5x6x16xf32>) {
  ^bb0(%i0: f32, %w0: f32, %i1: f32, %w1: f32, %i2: f32, %w2: f32, %i3: f32, %w3: f32, %i4: f32, %w4: f32, %i5: f32, %w5: f32, %i6: f32, %w6: f32, %i7: f32, %w7: f32, %i8: f32, %w8: f32, %i9: f32, %w9: f32, %i10: f32, %w10: f32, %i11: f32, %w11: f32, %i12: f32, %w12: f32, %i13: f32, %w13: f32, %i14: f32, %w14: f32, %i15: f32, %w15: f32, %i16: f32, %w16: f32, %i17: f32, %w17: f32, %i18: f32, %w18: f32, %i19: f32, %w19: f32, %i20: f32, %w20: f32, %i21: f32, %w21: f32, %i22: f32, %w22: f32, %i23: f32, %w23: f32, %i24: f32, %w24: f32, %out: f32):
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
    %m9 = arith.mulf %i9, %w9 : f32
    %s9 = arith.addf %s8, %m9 : f32
    %m10 = arith.mulf %i10, %w10 : f32
    %s10 = arith.addf %s9, %m10 : f32
    %m11 = arith.mulf %i11, %w11 : f32
    %s11 = arith.addf %s10, %m11 : f32
    %m12 = arith.mulf %i12, %w12 : f32
    %s12 = arith.addf %s11, %m12 : f32
    %m13 = arith.mulf %i13, %w13 : f32
    %s13 = arith.addf %s12, %m13 : f32
    %m14 = arith.mulf %i14, %w14 : f32
    %s14 = arith.addf %s13, %m14 : f32
    %m15 = arith.mulf %i15, %w15 : f32
    %s15 = arith.addf %s14, %m15 : f32
    %m16 = arith.mulf %i16, %w16 : f32
    %s16 = arith.addf %s15, %m16 : f32
    %m17 = arith.mulf %i17, %w17 : f32
    %s17 = arith.addf %s16, %m17 : f32
    %m18 = arith.mulf %i18, %w18 : f32
    %s18 = arith.addf %s17, %m18 : f32
    %m19 = arith.mulf %i19, %w19 : f32
    %s19 = arith.addf %s18, %m19 : f32
    %m20 = arith.mulf %i20, %w20 : f32
    %s20 = arith.addf %s19, %m20 : f32
    %m21 = arith.mulf %i21, %w21 : f32
    %s21 = arith.addf %s20, %m21 : f32
    %m22 = arith.mulf %i22, %w22 : f32
    %s22 = arith.addf %s21, %m22 : f32
    %m23 = arith.mulf %i23, %w23 : f32
    %s23 = arith.addf %s22, %m23 : f32
    %m24 = arith.mulf %i24, %w24 : f32
    %s24 = arith.addf %s23, %m24 : f32
    linalg.yield %s24 : f32
  }
  memref.dealloc %p : memref<1x2x9x10x16xf32>
  %o = memref.alloc() {alignment = 64 : i64} : memref<1x1x5x6x16xf32>
  linalg.generic {indexing_maps = [#bias, #id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%bp, %x : memref<1x1x1x1x16xf32>, memref<1x1x5x6x16xf32>) outs(%o : memref<1x1x5x6x16xf32>) {
  ^bb0(%b: f32, %r: f32, %out: f32):
    %sum = arith.addf %b, %r : f32
    linalg.yield %sum : f32
  }
  %tc = memref.collapse_shape %t [[0], [1], [2, 3], [4]] : memref<1x2x5x6x16xf32> into memref<1x2x30x16xf32>
  %oc = memref.collapse_shape %o [[0], [1], [2, 3], [4]] : memref<1x1x5x6x16xf32> into memref<1x1x30x16xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%tc, %wp : memref<1x2x30x16xf32>, memref<1x2x16x16xf32>) outs(%oc : memref<1x1x30x16xf32>) {
  ^bb0(%in: f32, %w: f32, %out: f32):
    %m = arith.mulf %in, %w : f32
    %a = arith.addf %out, %m : f32
    linalg.yield %a : f32
  }
  memref.dealloc %t : memref<1x2x5x6x16xf32>
  return %o : memref<1x1x5x6x16xf32>
}

// -----

// A depthwise layer of stride 2 (6 x 8 -> 3 x 4, no residual): each output
// row r needs padded rows 2r .. 2r + 2; the ring holds those three, the
// band expands two new input rows per output row, and the taps read every
// other column of the ring.
// CHECK-LABEL: func.func @stride2(
// CHECK-SAME: %[[X:[^:]+]]: memref<1x1x6x8x16xf32>
// CHECK: %[[OUT:.*]] = memref.alloc() {{.*}} : memref<1x1x3x4x16xf32>
// CHECK: %[[C3:.*]] = arith.constant 3 : index
// CHECK: %[[BANDS:.*]] = arith.minsi %{{.*}}, %[[C3]]
// CHECK: scf.parallel
// CHECK: %[[ROWS:.*]] = arith.constant 3 : i64
// CHECK: %[[START:.*]] = func.call @ovm_runtime_band_start(%{{.*}}, %{{.*}}, %[[ROWS]])
// CHECK: %[[FIRST:.*]] = arith.index_cast %[[START]] : i64 to index
// CHECK: %[[STOP:.*]] = func.call @ovm_runtime_band_start(%{{.*}}, %{{.*}}, %{{.*}})
// CHECK: %[[LAST:.*]] = arith.index_cast %[[STOP]] : i64 to index
// CHECK: %[[RING:.*]] = memref.alloca() {alignment = 64 : i64} : memref<1x2x3x10x16xf32>
// CHECK: %[[DW:.*]] = memref.alloca() {alignment = 64 : i64} : memref<1x2x1x4x16xf32>
// CHECK: %[[BEGIN:.*]] = arith.muli %[[FIRST]], %c2
// CHECK: %[[LAST_ROW:.*]] = arith.subi %[[LAST]], %c1
// CHECK: %[[LAST_TAPS:.*]] = arith.muli %[[LAST_ROW]], %c2
// CHECK: %[[END:.*]] = arith.addi %[[LAST_TAPS]], %c3
// CHECK: scf.for %[[I:.*]] = %[[BEGIN]] to %[[END]]
// CHECK: arith.cmpi uge, %[[I]], %c7
// CHECK: memref.subview %[[X]][0, 0, %{{.*}}, 0, 0] [1, 1, 1, 8, 16]
// CHECK: %[[SINCE:.*]] = arith.subi %[[I]], %c2
// CHECK: %[[FIRST_READY:.*]] = arith.addi %[[BEGIN]], %c2
// CHECK: %[[AFTER:.*]] = arith.cmpi uge, %[[I]], %[[FIRST_READY]]
// CHECK: %[[PHASE:.*]] = arith.remui %[[SINCE]], %c2
// CHECK: %[[EVEN:.*]] = arith.cmpi eq, %[[PHASE]], %c0
// CHECK: %[[READY:.*]] = arith.andi %[[AFTER]], %[[EVEN]]
// CHECK: scf.if %[[READY]] {
// CHECK: %[[ROW:.*]] = arith.divui %[[SINCE]], %c2
// CHECK: memref.subview %[[RING]][0, 0, %{{.*}}, 0, 0] [1, 2, 1, 4, 16] [1, 1, 1, 2, 1]
// CHECK-COUNT-7: memref.subview %[[RING]]
// CHECK: memref.subview %[[RING]][0, 0, %{{.*}}, 2, 0] [1, 2, 1, 4, 16] [1, 1, 1, 2, 1]
// CHECK: outs(%[[DW]] :
// CHECK: memref.subview %[[OUT]][0, 0, %[[ROW]], 0, 0] [1, 1, 1, 4, 16]
// CHECK: } {ov_row_bands}

#id = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#bias = affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>
#chan = affine_map<(d0, d1, d2, d3, d4) -> (d1, d4)>
#lhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>
#rhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>
#res = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
func.func @stride2(%x: memref<1x1x6x8x16xf32>, %we: memref<2x1x16x16xf32>, %be: memref<1x2x1x1x16xf32>, %wd: memref<2x16xf32>, %wp: memref<1x2x16x16xf32>, %bp: memref<1x1x1x1x16xf32>) -> (memref<1x1x3x4x16xf32>) {
  %zero = arith.constant 0.0 : f32
  %six = arith.constant 6.0 : f32
  %e = memref.alloc() {alignment = 64 : i64} : memref<1x2x6x8x16xf32>
  linalg.generic {indexing_maps = [#bias, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%be : memref<1x2x1x1x16xf32>) outs(%e : memref<1x2x6x8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  %xc = memref.collapse_shape %x [[0], [1], [2, 3], [4]] : memref<1x1x6x8x16xf32> into memref<1x1x48x16xf32>
  %ec = memref.collapse_shape %e [[0], [1], [2, 3], [4]] : memref<1x2x6x8x16xf32> into memref<1x2x48x16xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%xc, %we : memref<1x1x48x16xf32>, memref<2x1x16x16xf32>) outs(%ec : memref<1x2x48x16xf32>) {
  ^bb0(%in: f32, %w: f32, %out: f32):
    %m = arith.mulf %in, %w : f32
    %a = arith.addf %out, %m : f32
    linalg.yield %a : f32
  }
  %p = memref.alloc() {alignment = 64 : i64} : memref<1x2x8x10x16xf32>
  %b0 = memref.subview %p[0, 0, 0, 0, 0] [1, 2, 1, 10, 16] [1, 1, 1, 1, 1] : memref<1x2x8x10x16xf32> to memref<1x2x1x10x16xf32, strided<[2560, 1280, 160, 16, 1]>>
  linalg.fill ins(%zero : f32) outs(%b0 : memref<1x2x1x10x16xf32, strided<[2560, 1280, 160, 16, 1]>>)
  %b1 = memref.subview %p[0, 0, 7, 0, 0] [1, 2, 1, 10, 16] [1, 1, 1, 1, 1] : memref<1x2x8x10x16xf32> to memref<1x2x1x10x16xf32, strided<[2560, 1280, 160, 16, 1], offset: 1120>>
  linalg.fill ins(%zero : f32) outs(%b1 : memref<1x2x1x10x16xf32, strided<[2560, 1280, 160, 16, 1], offset: 1120>>)
  %b2 = memref.subview %p[0, 0, 0, 0, 0] [1, 2, 8, 1, 16] [1, 1, 1, 1, 1] : memref<1x2x8x10x16xf32> to memref<1x2x8x1x16xf32, strided<[2560, 1280, 160, 16, 1]>>
  linalg.fill ins(%zero : f32) outs(%b2 : memref<1x2x8x1x16xf32, strided<[2560, 1280, 160, 16, 1]>>)
  %b3 = memref.subview %p[0, 0, 0, 9, 0] [1, 2, 8, 1, 16] [1, 1, 1, 1, 1] : memref<1x2x8x10x16xf32> to memref<1x2x8x1x16xf32, strided<[2560, 1280, 160, 16, 1], offset: 144>>
  linalg.fill ins(%zero : f32) outs(%b3 : memref<1x2x8x1x16xf32, strided<[2560, 1280, 160, 16, 1], offset: 144>>)
  %interior = memref.subview %p[0, 0, 1, 1, 0] [1, 2, 6, 8, 16] [1, 1, 1, 1, 1] : memref<1x2x8x10x16xf32> to memref<1x2x6x8x16xf32, strided<[2560, 1280, 160, 16, 1], offset: 176>>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%e : memref<1x2x6x8x16xf32>) outs(%interior : memref<1x2x6x8x16xf32, strided<[2560, 1280, 160, 16, 1], offset: 176>>) {
  ^bb0(%in: f32, %out: f32):
    %lo = arith.maximumf %in, %zero : f32
    %hi = arith.minimumf %lo, %six : f32
    linalg.yield %hi : f32
  }
  memref.dealloc %e : memref<1x2x6x8x16xf32>
  %t00 = memref.subview %p[0, 0, 0, 0, 0] [1, 2, 3, 4, 16] [1, 1, 2, 2, 1] : memref<1x2x8x10x16xf32> to memref<1x2x3x4x16xf32, strided<[2560, 1280, 320, 32, 1]>>
  %t01 = memref.subview %p[0, 0, 0, 1, 0] [1, 2, 3, 4, 16] [1, 1, 2, 2, 1] : memref<1x2x8x10x16xf32> to memref<1x2x3x4x16xf32, strided<[2560, 1280, 320, 32, 1], offset: 16>>
  %t02 = memref.subview %p[0, 0, 0, 2, 0] [1, 2, 3, 4, 16] [1, 1, 2, 2, 1] : memref<1x2x8x10x16xf32> to memref<1x2x3x4x16xf32, strided<[2560, 1280, 320, 32, 1], offset: 32>>
  %t10 = memref.subview %p[0, 0, 1, 0, 0] [1, 2, 3, 4, 16] [1, 1, 2, 2, 1] : memref<1x2x8x10x16xf32> to memref<1x2x3x4x16xf32, strided<[2560, 1280, 320, 32, 1], offset: 160>>
  %t11 = memref.subview %p[0, 0, 1, 1, 0] [1, 2, 3, 4, 16] [1, 1, 2, 2, 1] : memref<1x2x8x10x16xf32> to memref<1x2x3x4x16xf32, strided<[2560, 1280, 320, 32, 1], offset: 176>>
  %t12 = memref.subview %p[0, 0, 1, 2, 0] [1, 2, 3, 4, 16] [1, 1, 2, 2, 1] : memref<1x2x8x10x16xf32> to memref<1x2x3x4x16xf32, strided<[2560, 1280, 320, 32, 1], offset: 192>>
  %t20 = memref.subview %p[0, 0, 2, 0, 0] [1, 2, 3, 4, 16] [1, 1, 2, 2, 1] : memref<1x2x8x10x16xf32> to memref<1x2x3x4x16xf32, strided<[2560, 1280, 320, 32, 1], offset: 320>>
  %t21 = memref.subview %p[0, 0, 2, 1, 0] [1, 2, 3, 4, 16] [1, 1, 2, 2, 1] : memref<1x2x8x10x16xf32> to memref<1x2x3x4x16xf32, strided<[2560, 1280, 320, 32, 1], offset: 336>>
  %t22 = memref.subview %p[0, 0, 2, 2, 0] [1, 2, 3, 4, 16] [1, 1, 2, 2, 1] : memref<1x2x8x10x16xf32> to memref<1x2x3x4x16xf32, strided<[2560, 1280, 320, 32, 1], offset: 352>>
  %t = memref.alloc() {alignment = 64 : i64} : memref<1x2x3x4x16xf32>
  linalg.generic {indexing_maps = [#id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%t00, %wd, %t01, %wd, %t02, %wd, %t10, %wd, %t11, %wd, %t12, %wd, %t20, %wd, %t21, %wd, %t22, %wd : memref<1x2x3x4x16xf32, strided<[2560, 1280, 320, 32, 1]>>, memref<2x16xf32>, memref<1x2x3x4x16xf32, strided<[2560, 1280, 320, 32, 1], offset: 16>>, memref<2x16xf32>, memref<1x2x3x4x16xf32, strided<[2560, 1280, 320, 32, 1], offset: 32>>, memref<2x16xf32>, memref<1x2x3x4x16xf32, strided<[2560, 1280, 320, 32, 1], offset: 160>>, memref<2x16xf32>, memref<1x2x3x4x16xf32, strided<[2560, 1280, 320, 32, 1], offset: 176>>, memref<2x16xf32>, memref<1x2x3x4x16xf32, strided<[2560, 1280, 320, 32, 1], offset: 192>>, memref<2x16xf32>, memref<1x2x3x4x16xf32, strided<[2560, 1280, 320, 32, 1], offset: 320>>, memref<2x16xf32>, memref<1x2x3x4x16xf32, strided<[2560, 1280, 320, 32, 1], offset: 336>>, memref<2x16xf32>, memref<1x2x3x4x16xf32, strided<[2560, 1280, 320, 32, 1], offset: 352>>, memref<2x16xf32>) outs(%t : memref<1x2x3x4x16xf32>) {
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
    linalg.yield %s8 : f32
  }
  memref.dealloc %p : memref<1x2x8x10x16xf32>
  %o = memref.alloc() {alignment = 64 : i64} : memref<1x1x3x4x16xf32>
  linalg.generic {indexing_maps = [#bias, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%bp : memref<1x1x1x1x16xf32>) outs(%o : memref<1x1x3x4x16xf32>) {
  ^bb0(%b: f32, %out: f32):
    linalg.yield %b : f32
  }
  %tc = memref.collapse_shape %t [[0], [1], [2, 3], [4]] : memref<1x2x3x4x16xf32> into memref<1x2x12x16xf32>
  %oc = memref.collapse_shape %o [[0], [1], [2, 3], [4]] : memref<1x1x3x4x16xf32> into memref<1x1x12x16xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%tc, %wp : memref<1x2x12x16xf32>, memref<1x2x16x16xf32>) outs(%oc : memref<1x1x12x16xf32>) {
  ^bb0(%in: f32, %w: f32, %out: f32):
    %m = arith.mulf %in, %w : f32
    %a = arith.addf %out, %m : f32
    linalg.yield %a : f32
  }
  memref.dealloc %t : memref<1x2x3x4x16xf32>
  return %o : memref<1x1x3x4x16xf32>
}

// -----

// The depthwise result is read by more than the projection (a
// squeeze-excite's pool; here a result): the expansion and the depthwise
// layer go row by row, the latter writing T's rows; T stays, and the
// projection after the loop reads it as before.
// CHECK-LABEL: func.func @depthwise_result_read_elsewhere(
// CHECK: %[[T:.*]] = memref.alloc() {{.*}} : memref<1x2x5x6x16xf32>
// CHECK-NOT: memref.alloc()
// CHECK: scf.parallel
// CHECK: %[[RING:.*]] = memref.alloca() {{.*}} : memref<1x2x3x8x16xf32>
// CHECK-NOT: memref.alloca()
// CHECK: scf.if
// CHECK: } else {
// CHECK: }
// CHECK: %[[ROW:.*]] = arith.subi %{{.*}}, %c2
// CHECK: %[[T_ROW:.*]] = memref.subview %[[T]][0, 0, %[[ROW]], 0, 0] [1, 2, 1, 6, 16]
// CHECK: linalg.generic {{.*}} outs(%[[T_ROW]] :
// CHECK-NOT: linalg.generic
// CHECK: } {ov_row_bands}
// CHECK: %[[OUT:.*]] = memref.alloc() {{.*}} : memref<1x1x5x6x16xf32>
// CHECK: linalg.generic
// CHECK: %[[T_C:.*]] = memref.collapse_shape %[[T]]
// CHECK: linalg.generic {{.*}} ins(%[[T_C]], {{.*}})
// CHECK: return %[[OUT]], %[[T]]

#id = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#bias = affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>
#chan = affine_map<(d0, d1, d2, d3, d4) -> (d1, d4)>
#lhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>
#rhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>
#res = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
func.func @depthwise_result_read_elsewhere(%x: memref<1x1x5x6x16xf32>, %we: memref<2x1x16x16xf32>, %be: memref<1x2x1x1x16xf32>, %wd: memref<2x16xf32>, %wp: memref<1x2x16x16xf32>, %bp: memref<1x1x1x1x16xf32>) -> (memref<1x1x5x6x16xf32>, memref<1x2x5x6x16xf32>) {
  %zero = arith.constant 0.0 : f32
  %six = arith.constant 6.0 : f32
  %e = memref.alloc() {alignment = 64 : i64} : memref<1x2x5x6x16xf32>
  linalg.generic {indexing_maps = [#bias, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%be : memref<1x2x1x1x16xf32>) outs(%e : memref<1x2x5x6x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  %xc = memref.collapse_shape %x [[0], [1], [2, 3], [4]] : memref<1x1x5x6x16xf32> into memref<1x1x30x16xf32>
  %ec = memref.collapse_shape %e [[0], [1], [2, 3], [4]] : memref<1x2x5x6x16xf32> into memref<1x2x30x16xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%xc, %we : memref<1x1x30x16xf32>, memref<2x1x16x16xf32>) outs(%ec : memref<1x2x30x16xf32>) {
  ^bb0(%in: f32, %w: f32, %out: f32):
    %m = arith.mulf %in, %w : f32
    %a = arith.addf %out, %m : f32
    linalg.yield %a : f32
  }
  %p = memref.alloc() {alignment = 64 : i64} : memref<1x2x7x8x16xf32>
  %b0 = memref.subview %p[0, 0, 0, 0, 0] [1, 2, 1, 8, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x1x8x16xf32, strided<[1792, 896, 128, 16, 1]>>
  linalg.fill ins(%zero : f32) outs(%b0 : memref<1x2x1x8x16xf32, strided<[1792, 896, 128, 16, 1]>>)
  %b1 = memref.subview %p[0, 0, 6, 0, 0] [1, 2, 1, 8, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x1x8x16xf32, strided<[1792, 896, 128, 16, 1], offset: 768>>
  linalg.fill ins(%zero : f32) outs(%b1 : memref<1x2x1x8x16xf32, strided<[1792, 896, 128, 16, 1], offset: 768>>)
  %b2 = memref.subview %p[0, 0, 0, 0, 0] [1, 2, 7, 1, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x7x1x16xf32, strided<[1792, 896, 128, 16, 1]>>
  linalg.fill ins(%zero : f32) outs(%b2 : memref<1x2x7x1x16xf32, strided<[1792, 896, 128, 16, 1]>>)
  %b3 = memref.subview %p[0, 0, 0, 7, 0] [1, 2, 7, 1, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x7x1x16xf32, strided<[1792, 896, 128, 16, 1], offset: 112>>
  linalg.fill ins(%zero : f32) outs(%b3 : memref<1x2x7x1x16xf32, strided<[1792, 896, 128, 16, 1], offset: 112>>)
  %interior = memref.subview %p[0, 0, 1, 1, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 144>>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%e : memref<1x2x5x6x16xf32>) outs(%interior : memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 144>>) {
  ^bb0(%in: f32, %out: f32):
    %lo = arith.maximumf %in, %zero : f32
    %hi = arith.minimumf %lo, %six : f32
    linalg.yield %hi : f32
  }
  memref.dealloc %e : memref<1x2x5x6x16xf32>
  %t00 = memref.subview %p[0, 0, 0, 0, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1]>>
  %t01 = memref.subview %p[0, 0, 0, 1, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 16>>
  %t02 = memref.subview %p[0, 0, 0, 2, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 32>>
  %t10 = memref.subview %p[0, 0, 1, 0, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 128>>
  %t12 = memref.subview %p[0, 0, 1, 2, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 160>>
  %t20 = memref.subview %p[0, 0, 2, 0, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 256>>
  %t21 = memref.subview %p[0, 0, 2, 1, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 272>>
  %t22 = memref.subview %p[0, 0, 2, 2, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 288>>
  %t = memref.alloc() {alignment = 64 : i64} : memref<1x2x5x6x16xf32>
  linalg.generic {indexing_maps = [#id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%t00, %wd, %t01, %wd, %t02, %wd, %t10, %wd, %interior, %wd, %t12, %wd, %t20, %wd, %t21, %wd, %t22, %wd : memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1]>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 16>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 32>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 128>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 144>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 160>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 256>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 272>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 288>>, memref<2x16xf32>) outs(%t : memref<1x2x5x6x16xf32>) {
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
    linalg.yield %s8 : f32
  }
  memref.dealloc %p : memref<1x2x7x8x16xf32>
  %o = memref.alloc() {alignment = 64 : i64} : memref<1x1x5x6x16xf32>
  linalg.generic {indexing_maps = [#bias, #id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%bp, %x : memref<1x1x1x1x16xf32>, memref<1x1x5x6x16xf32>) outs(%o : memref<1x1x5x6x16xf32>) {
  ^bb0(%b: f32, %r: f32, %out: f32):
    %sum = arith.addf %b, %r : f32
    linalg.yield %sum : f32
  }
  %tc = memref.collapse_shape %t [[0], [1], [2, 3], [4]] : memref<1x2x5x6x16xf32> into memref<1x2x30x16xf32>
  %oc = memref.collapse_shape %o [[0], [1], [2, 3], [4]] : memref<1x1x5x6x16xf32> into memref<1x1x30x16xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%tc, %wp : memref<1x2x30x16xf32>, memref<1x2x16x16xf32>) outs(%oc : memref<1x1x30x16xf32>) {
  ^bb0(%in: f32, %w: f32, %out: f32):
    %m = arith.mulf %in, %w : f32
    %a = arith.addf %out, %m : f32
    linalg.yield %a : f32
  }
  return %o, %t : memref<1x1x5x6x16xf32>, memref<1x2x5x6x16xf32>
}

// -----

// The expanded plane is also a result: the block stays layer by layer.
// CHECK-LABEL: func.func @expansion_used_elsewhere(
// CHECK-NOT: scf.parallel
// CHECK: memref.alloc() {{.*}} : memref<1x2x7x8x16xf32>
// CHECK: return

#id = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#bias = affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>
#chan = affine_map<(d0, d1, d2, d3, d4) -> (d1, d4)>
#lhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>
#rhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>
#res = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
func.func @expansion_used_elsewhere(%x: memref<1x1x5x6x16xf32>, %we: memref<2x1x16x16xf32>, %be: memref<1x2x1x1x16xf32>, %wd: memref<2x16xf32>, %wp: memref<1x2x16x16xf32>, %bp: memref<1x1x1x1x16xf32>) -> (memref<1x1x5x6x16xf32>, memref<1x2x5x6x16xf32>) {
  %zero = arith.constant 0.0 : f32
  %six = arith.constant 6.0 : f32
  %e = memref.alloc() {alignment = 64 : i64} : memref<1x2x5x6x16xf32>
  linalg.generic {indexing_maps = [#bias, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%be : memref<1x2x1x1x16xf32>) outs(%e : memref<1x2x5x6x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  %xc = memref.collapse_shape %x [[0], [1], [2, 3], [4]] : memref<1x1x5x6x16xf32> into memref<1x1x30x16xf32>
  %ec = memref.collapse_shape %e [[0], [1], [2, 3], [4]] : memref<1x2x5x6x16xf32> into memref<1x2x30x16xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%xc, %we : memref<1x1x30x16xf32>, memref<2x1x16x16xf32>) outs(%ec : memref<1x2x30x16xf32>) {
  ^bb0(%in: f32, %w: f32, %out: f32):
    %m = arith.mulf %in, %w : f32
    %a = arith.addf %out, %m : f32
    linalg.yield %a : f32
  }
  %p = memref.alloc() {alignment = 64 : i64} : memref<1x2x7x8x16xf32>
  %b0 = memref.subview %p[0, 0, 0, 0, 0] [1, 2, 1, 8, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x1x8x16xf32, strided<[1792, 896, 128, 16, 1]>>
  linalg.fill ins(%zero : f32) outs(%b0 : memref<1x2x1x8x16xf32, strided<[1792, 896, 128, 16, 1]>>)
  %b1 = memref.subview %p[0, 0, 6, 0, 0] [1, 2, 1, 8, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x1x8x16xf32, strided<[1792, 896, 128, 16, 1], offset: 768>>
  linalg.fill ins(%zero : f32) outs(%b1 : memref<1x2x1x8x16xf32, strided<[1792, 896, 128, 16, 1], offset: 768>>)
  %b2 = memref.subview %p[0, 0, 0, 0, 0] [1, 2, 7, 1, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x7x1x16xf32, strided<[1792, 896, 128, 16, 1]>>
  linalg.fill ins(%zero : f32) outs(%b2 : memref<1x2x7x1x16xf32, strided<[1792, 896, 128, 16, 1]>>)
  %b3 = memref.subview %p[0, 0, 0, 7, 0] [1, 2, 7, 1, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x7x1x16xf32, strided<[1792, 896, 128, 16, 1], offset: 112>>
  linalg.fill ins(%zero : f32) outs(%b3 : memref<1x2x7x1x16xf32, strided<[1792, 896, 128, 16, 1], offset: 112>>)
  %interior = memref.subview %p[0, 0, 1, 1, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 144>>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%e : memref<1x2x5x6x16xf32>) outs(%interior : memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 144>>) {
  ^bb0(%in: f32, %out: f32):
    %lo = arith.maximumf %in, %zero : f32
    %hi = arith.minimumf %lo, %six : f32
    linalg.yield %hi : f32
  }
  %t00 = memref.subview %p[0, 0, 0, 0, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1]>>
  %t01 = memref.subview %p[0, 0, 0, 1, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 16>>
  %t02 = memref.subview %p[0, 0, 0, 2, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 32>>
  %t10 = memref.subview %p[0, 0, 1, 0, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 128>>
  %t12 = memref.subview %p[0, 0, 1, 2, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 160>>
  %t20 = memref.subview %p[0, 0, 2, 0, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 256>>
  %t21 = memref.subview %p[0, 0, 2, 1, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 272>>
  %t22 = memref.subview %p[0, 0, 2, 2, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 288>>
  %t = memref.alloc() {alignment = 64 : i64} : memref<1x2x5x6x16xf32>
  linalg.generic {indexing_maps = [#id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%t00, %wd, %t01, %wd, %t02, %wd, %t10, %wd, %interior, %wd, %t12, %wd, %t20, %wd, %t21, %wd, %t22, %wd : memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1]>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 16>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 32>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 128>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 144>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 160>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 256>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 272>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 288>>, memref<2x16xf32>) outs(%t : memref<1x2x5x6x16xf32>) {
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
    linalg.yield %s8 : f32
  }
  memref.dealloc %p : memref<1x2x7x8x16xf32>
  %o = memref.alloc() {alignment = 64 : i64} : memref<1x1x5x6x16xf32>
  linalg.generic {indexing_maps = [#bias, #id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%bp, %x : memref<1x1x1x1x16xf32>, memref<1x1x5x6x16xf32>) outs(%o : memref<1x1x5x6x16xf32>) {
  ^bb0(%b: f32, %r: f32, %out: f32):
    %sum = arith.addf %b, %r : f32
    linalg.yield %sum : f32
  }
  %tc = memref.collapse_shape %t [[0], [1], [2, 3], [4]] : memref<1x2x5x6x16xf32> into memref<1x2x30x16xf32>
  %oc = memref.collapse_shape %o [[0], [1], [2, 3], [4]] : memref<1x1x5x6x16xf32> into memref<1x1x30x16xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%tc, %wp : memref<1x2x30x16xf32>, memref<1x2x16x16xf32>) outs(%oc : memref<1x1x30x16xf32>) {
  ^bb0(%in: f32, %w: f32, %out: f32):
    %m = arith.mulf %in, %w : f32
    %a = arith.addf %out, %m : f32
    linalg.yield %a : f32
  }
  memref.dealloc %t : memref<1x2x5x6x16xf32>
  return %o, %e : memref<1x1x5x6x16xf32>, memref<1x2x5x6x16xf32>
}

// -----

// The input is overwritten after the expansion reads it: the depthwise
// layer and the projection cannot wait until the end of the chain.
// CHECK-LABEL: func.func @input_written_between(
// CHECK-NOT: scf.parallel
// CHECK: memref.alloc() {{.*}} : memref<1x2x7x8x16xf32>
// CHECK: return

#id = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#bias = affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>
#chan = affine_map<(d0, d1, d2, d3, d4) -> (d1, d4)>
#lhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>
#rhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>
#res = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
func.func @input_written_between(%x: memref<1x1x5x6x16xf32>, %we: memref<2x1x16x16xf32>, %be: memref<1x2x1x1x16xf32>, %wd: memref<2x16xf32>, %wp: memref<1x2x16x16xf32>, %bp: memref<1x1x1x1x16xf32>) -> (memref<1x1x5x6x16xf32>) {
  %zero = arith.constant 0.0 : f32
  %six = arith.constant 6.0 : f32
  %e = memref.alloc() {alignment = 64 : i64} : memref<1x2x5x6x16xf32>
  linalg.generic {indexing_maps = [#bias, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%be : memref<1x2x1x1x16xf32>) outs(%e : memref<1x2x5x6x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  %xc = memref.collapse_shape %x [[0], [1], [2, 3], [4]] : memref<1x1x5x6x16xf32> into memref<1x1x30x16xf32>
  %ec = memref.collapse_shape %e [[0], [1], [2, 3], [4]] : memref<1x2x5x6x16xf32> into memref<1x2x30x16xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%xc, %we : memref<1x1x30x16xf32>, memref<2x1x16x16xf32>) outs(%ec : memref<1x2x30x16xf32>) {
  ^bb0(%in: f32, %w: f32, %out: f32):
    %m = arith.mulf %in, %w : f32
    %a = arith.addf %out, %m : f32
    linalg.yield %a : f32
  }
  linalg.fill ins(%zero : f32) outs(%x : memref<1x1x5x6x16xf32>)
  %p = memref.alloc() {alignment = 64 : i64} : memref<1x2x7x8x16xf32>
  %b0 = memref.subview %p[0, 0, 0, 0, 0] [1, 2, 1, 8, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x1x8x16xf32, strided<[1792, 896, 128, 16, 1]>>
  linalg.fill ins(%zero : f32) outs(%b0 : memref<1x2x1x8x16xf32, strided<[1792, 896, 128, 16, 1]>>)
  %b1 = memref.subview %p[0, 0, 6, 0, 0] [1, 2, 1, 8, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x1x8x16xf32, strided<[1792, 896, 128, 16, 1], offset: 768>>
  linalg.fill ins(%zero : f32) outs(%b1 : memref<1x2x1x8x16xf32, strided<[1792, 896, 128, 16, 1], offset: 768>>)
  %b2 = memref.subview %p[0, 0, 0, 0, 0] [1, 2, 7, 1, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x7x1x16xf32, strided<[1792, 896, 128, 16, 1]>>
  linalg.fill ins(%zero : f32) outs(%b2 : memref<1x2x7x1x16xf32, strided<[1792, 896, 128, 16, 1]>>)
  %b3 = memref.subview %p[0, 0, 0, 7, 0] [1, 2, 7, 1, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x7x1x16xf32, strided<[1792, 896, 128, 16, 1], offset: 112>>
  linalg.fill ins(%zero : f32) outs(%b3 : memref<1x2x7x1x16xf32, strided<[1792, 896, 128, 16, 1], offset: 112>>)
  %interior = memref.subview %p[0, 0, 1, 1, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 144>>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%e : memref<1x2x5x6x16xf32>) outs(%interior : memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 144>>) {
  ^bb0(%in: f32, %out: f32):
    %lo = arith.maximumf %in, %zero : f32
    %hi = arith.minimumf %lo, %six : f32
    linalg.yield %hi : f32
  }
  memref.dealloc %e : memref<1x2x5x6x16xf32>
  %t00 = memref.subview %p[0, 0, 0, 0, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1]>>
  %t01 = memref.subview %p[0, 0, 0, 1, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 16>>
  %t02 = memref.subview %p[0, 0, 0, 2, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 32>>
  %t10 = memref.subview %p[0, 0, 1, 0, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 128>>
  %t12 = memref.subview %p[0, 0, 1, 2, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 160>>
  %t20 = memref.subview %p[0, 0, 2, 0, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 256>>
  %t21 = memref.subview %p[0, 0, 2, 1, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 272>>
  %t22 = memref.subview %p[0, 0, 2, 2, 0] [1, 2, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x7x8x16xf32> to memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 288>>
  %t = memref.alloc() {alignment = 64 : i64} : memref<1x2x5x6x16xf32>
  linalg.generic {indexing_maps = [#id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%t00, %wd, %t01, %wd, %t02, %wd, %t10, %wd, %interior, %wd, %t12, %wd, %t20, %wd, %t21, %wd, %t22, %wd : memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1]>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 16>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 32>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 128>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 144>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 160>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 256>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 272>>, memref<2x16xf32>, memref<1x2x5x6x16xf32, strided<[1792, 896, 128, 16, 1], offset: 288>>, memref<2x16xf32>) outs(%t : memref<1x2x5x6x16xf32>) {
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
    linalg.yield %s8 : f32
  }
  memref.dealloc %p : memref<1x2x7x8x16xf32>
  %o = memref.alloc() {alignment = 64 : i64} : memref<1x1x5x6x16xf32>
  linalg.generic {indexing_maps = [#bias, #id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%bp, %x : memref<1x1x1x1x16xf32>, memref<1x1x5x6x16xf32>) outs(%o : memref<1x1x5x6x16xf32>) {
  ^bb0(%b: f32, %r: f32, %out: f32):
    %sum = arith.addf %b, %r : f32
    linalg.yield %sum : f32
  }
  %tc = memref.collapse_shape %t [[0], [1], [2, 3], [4]] : memref<1x2x5x6x16xf32> into memref<1x2x30x16xf32>
  %oc = memref.collapse_shape %o [[0], [1], [2, 3], [4]] : memref<1x1x5x6x16xf32> into memref<1x1x30x16xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%tc, %wp : memref<1x2x30x16xf32>, memref<1x2x16x16xf32>) outs(%oc : memref<1x1x30x16xf32>) {
  ^bb0(%in: f32, %w: f32, %out: f32):
    %m = arith.mulf %in, %w : f32
    %a = arith.addf %out, %m : f32
    linalg.yield %a : f32
  }
  memref.dealloc %t : memref<1x2x5x6x16xf32>
  return %o : memref<1x1x5x6x16xf32>
}

// -----

// 1.6 MB of weights per layer, read again for each row: layer by layer.
// CHECK-LABEL: func.func @large_weights(
// CHECK-NOT: scf.parallel
// CHECK: memref.alloc() {{.*}} : memref<1x40x7x8x16xf32>
// CHECK: return

#id = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#bias = affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>
#chan = affine_map<(d0, d1, d2, d3, d4) -> (d1, d4)>
#lhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>
#rhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>
#res = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
func.func @large_weights(%x: memref<1x40x5x6x16xf32>, %we: memref<40x40x16x16xf32>, %be: memref<1x40x1x1x16xf32>, %wd: memref<40x16xf32>, %wp: memref<40x40x16x16xf32>, %bp: memref<1x40x1x1x16xf32>) -> (memref<1x40x5x6x16xf32>) {
  %zero = arith.constant 0.0 : f32
  %six = arith.constant 6.0 : f32
  %e = memref.alloc() {alignment = 64 : i64} : memref<1x40x5x6x16xf32>
  linalg.generic {indexing_maps = [#bias, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%be : memref<1x40x1x1x16xf32>) outs(%e : memref<1x40x5x6x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  %xc = memref.collapse_shape %x [[0], [1], [2, 3], [4]] : memref<1x40x5x6x16xf32> into memref<1x40x30x16xf32>
  %ec = memref.collapse_shape %e [[0], [1], [2, 3], [4]] : memref<1x40x5x6x16xf32> into memref<1x40x30x16xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%xc, %we : memref<1x40x30x16xf32>, memref<40x40x16x16xf32>) outs(%ec : memref<1x40x30x16xf32>) {
  ^bb0(%in: f32, %w: f32, %out: f32):
    %m = arith.mulf %in, %w : f32
    %a = arith.addf %out, %m : f32
    linalg.yield %a : f32
  }
  %p = memref.alloc() {alignment = 64 : i64} : memref<1x40x7x8x16xf32>
  %b0 = memref.subview %p[0, 0, 0, 0, 0] [1, 40, 1, 8, 16] [1, 1, 1, 1, 1] : memref<1x40x7x8x16xf32> to memref<1x40x1x8x16xf32, strided<[35840, 896, 128, 16, 1]>>
  linalg.fill ins(%zero : f32) outs(%b0 : memref<1x40x1x8x16xf32, strided<[35840, 896, 128, 16, 1]>>)
  %b1 = memref.subview %p[0, 0, 6, 0, 0] [1, 40, 1, 8, 16] [1, 1, 1, 1, 1] : memref<1x40x7x8x16xf32> to memref<1x40x1x8x16xf32, strided<[35840, 896, 128, 16, 1], offset: 768>>
  linalg.fill ins(%zero : f32) outs(%b1 : memref<1x40x1x8x16xf32, strided<[35840, 896, 128, 16, 1], offset: 768>>)
  %b2 = memref.subview %p[0, 0, 0, 0, 0] [1, 40, 7, 1, 16] [1, 1, 1, 1, 1] : memref<1x40x7x8x16xf32> to memref<1x40x7x1x16xf32, strided<[35840, 896, 128, 16, 1]>>
  linalg.fill ins(%zero : f32) outs(%b2 : memref<1x40x7x1x16xf32, strided<[35840, 896, 128, 16, 1]>>)
  %b3 = memref.subview %p[0, 0, 0, 7, 0] [1, 40, 7, 1, 16] [1, 1, 1, 1, 1] : memref<1x40x7x8x16xf32> to memref<1x40x7x1x16xf32, strided<[35840, 896, 128, 16, 1], offset: 112>>
  linalg.fill ins(%zero : f32) outs(%b3 : memref<1x40x7x1x16xf32, strided<[35840, 896, 128, 16, 1], offset: 112>>)
  %interior = memref.subview %p[0, 0, 1, 1, 0] [1, 40, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x40x7x8x16xf32> to memref<1x40x5x6x16xf32, strided<[35840, 896, 128, 16, 1], offset: 144>>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%e : memref<1x40x5x6x16xf32>) outs(%interior : memref<1x40x5x6x16xf32, strided<[35840, 896, 128, 16, 1], offset: 144>>) {
  ^bb0(%in: f32, %out: f32):
    %lo = arith.maximumf %in, %zero : f32
    %hi = arith.minimumf %lo, %six : f32
    linalg.yield %hi : f32
  }
  memref.dealloc %e : memref<1x40x5x6x16xf32>
  %t00 = memref.subview %p[0, 0, 0, 0, 0] [1, 40, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x40x7x8x16xf32> to memref<1x40x5x6x16xf32, strided<[35840, 896, 128, 16, 1]>>
  %t01 = memref.subview %p[0, 0, 0, 1, 0] [1, 40, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x40x7x8x16xf32> to memref<1x40x5x6x16xf32, strided<[35840, 896, 128, 16, 1], offset: 16>>
  %t02 = memref.subview %p[0, 0, 0, 2, 0] [1, 40, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x40x7x8x16xf32> to memref<1x40x5x6x16xf32, strided<[35840, 896, 128, 16, 1], offset: 32>>
  %t10 = memref.subview %p[0, 0, 1, 0, 0] [1, 40, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x40x7x8x16xf32> to memref<1x40x5x6x16xf32, strided<[35840, 896, 128, 16, 1], offset: 128>>
  %t12 = memref.subview %p[0, 0, 1, 2, 0] [1, 40, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x40x7x8x16xf32> to memref<1x40x5x6x16xf32, strided<[35840, 896, 128, 16, 1], offset: 160>>
  %t20 = memref.subview %p[0, 0, 2, 0, 0] [1, 40, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x40x7x8x16xf32> to memref<1x40x5x6x16xf32, strided<[35840, 896, 128, 16, 1], offset: 256>>
  %t21 = memref.subview %p[0, 0, 2, 1, 0] [1, 40, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x40x7x8x16xf32> to memref<1x40x5x6x16xf32, strided<[35840, 896, 128, 16, 1], offset: 272>>
  %t22 = memref.subview %p[0, 0, 2, 2, 0] [1, 40, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x40x7x8x16xf32> to memref<1x40x5x6x16xf32, strided<[35840, 896, 128, 16, 1], offset: 288>>
  %t = memref.alloc() {alignment = 64 : i64} : memref<1x40x5x6x16xf32>
  linalg.generic {indexing_maps = [#id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%t00, %wd, %t01, %wd, %t02, %wd, %t10, %wd, %interior, %wd, %t12, %wd, %t20, %wd, %t21, %wd, %t22, %wd : memref<1x40x5x6x16xf32, strided<[35840, 896, 128, 16, 1]>>, memref<40x16xf32>, memref<1x40x5x6x16xf32, strided<[35840, 896, 128, 16, 1], offset: 16>>, memref<40x16xf32>, memref<1x40x5x6x16xf32, strided<[35840, 896, 128, 16, 1], offset: 32>>, memref<40x16xf32>, memref<1x40x5x6x16xf32, strided<[35840, 896, 128, 16, 1], offset: 128>>, memref<40x16xf32>, memref<1x40x5x6x16xf32, strided<[35840, 896, 128, 16, 1], offset: 144>>, memref<40x16xf32>, memref<1x40x5x6x16xf32, strided<[35840, 896, 128, 16, 1], offset: 160>>, memref<40x16xf32>, memref<1x40x5x6x16xf32, strided<[35840, 896, 128, 16, 1], offset: 256>>, memref<40x16xf32>, memref<1x40x5x6x16xf32, strided<[35840, 896, 128, 16, 1], offset: 272>>, memref<40x16xf32>, memref<1x40x5x6x16xf32, strided<[35840, 896, 128, 16, 1], offset: 288>>, memref<40x16xf32>) outs(%t : memref<1x40x5x6x16xf32>) {
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
    linalg.yield %s8 : f32
  }
  memref.dealloc %p : memref<1x40x7x8x16xf32>
  %o = memref.alloc() {alignment = 64 : i64} : memref<1x40x5x6x16xf32>
  linalg.generic {indexing_maps = [#bias, #id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%bp, %x : memref<1x40x1x1x16xf32>, memref<1x40x5x6x16xf32>) outs(%o : memref<1x40x5x6x16xf32>) {
  ^bb0(%b: f32, %r: f32, %out: f32):
    %sum = arith.addf %b, %r : f32
    linalg.yield %sum : f32
  }
  %tc = memref.collapse_shape %t [[0], [1], [2, 3], [4]] : memref<1x40x5x6x16xf32> into memref<1x40x30x16xf32>
  %oc = memref.collapse_shape %o [[0], [1], [2, 3], [4]] : memref<1x40x5x6x16xf32> into memref<1x40x30x16xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%tc, %wp : memref<1x40x30x16xf32>, memref<40x40x16x16xf32>) outs(%oc : memref<1x40x30x16xf32>) {
  ^bb0(%in: f32, %w: f32, %out: f32):
    %m = arith.mulf %in, %w : f32
    %a = arith.addf %out, %m : f32
    linalg.yield %a : f32
  }
  memref.dealloc %t : memref<1x40x5x6x16xf32>
  return %o : memref<1x40x5x6x16xf32>
}

// -----

// Rows of 1000 positions: the ring would take 770 KB of each thread's
// stack, more than 512 KB: layer by layer.
// CHECK-LABEL: func.func @large_scratch(
// CHECK-NOT: scf.parallel
// CHECK: memref.alloc() {{.*}} : memref<1x4x7x1002x16xf32>
// CHECK: return

#id = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#bias = affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>
#chan = affine_map<(d0, d1, d2, d3, d4) -> (d1, d4)>
#lhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>
#rhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>
#res = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
func.func @large_scratch(%x: memref<1x1x5x1000x16xf32>, %we: memref<4x1x16x16xf32>, %be: memref<1x4x1x1x16xf32>, %wd: memref<4x16xf32>, %wp: memref<1x4x16x16xf32>, %bp: memref<1x1x1x1x16xf32>) -> (memref<1x1x5x1000x16xf32>) {
  %zero = arith.constant 0.0 : f32
  %six = arith.constant 6.0 : f32
  %e = memref.alloc() {alignment = 64 : i64} : memref<1x4x5x1000x16xf32>
  linalg.generic {indexing_maps = [#bias, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%be : memref<1x4x1x1x16xf32>) outs(%e : memref<1x4x5x1000x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  %xc = memref.collapse_shape %x [[0], [1], [2, 3], [4]] : memref<1x1x5x1000x16xf32> into memref<1x1x5000x16xf32>
  %ec = memref.collapse_shape %e [[0], [1], [2, 3], [4]] : memref<1x4x5x1000x16xf32> into memref<1x4x5000x16xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%xc, %we : memref<1x1x5000x16xf32>, memref<4x1x16x16xf32>) outs(%ec : memref<1x4x5000x16xf32>) {
  ^bb0(%in: f32, %w: f32, %out: f32):
    %m = arith.mulf %in, %w : f32
    %a = arith.addf %out, %m : f32
    linalg.yield %a : f32
  }
  %p = memref.alloc() {alignment = 64 : i64} : memref<1x4x7x1002x16xf32>
  %b0 = memref.subview %p[0, 0, 0, 0, 0] [1, 4, 1, 1002, 16] [1, 1, 1, 1, 1] : memref<1x4x7x1002x16xf32> to memref<1x4x1x1002x16xf32, strided<[448896, 112224, 16032, 16, 1]>>
  linalg.fill ins(%zero : f32) outs(%b0 : memref<1x4x1x1002x16xf32, strided<[448896, 112224, 16032, 16, 1]>>)
  %b1 = memref.subview %p[0, 0, 6, 0, 0] [1, 4, 1, 1002, 16] [1, 1, 1, 1, 1] : memref<1x4x7x1002x16xf32> to memref<1x4x1x1002x16xf32, strided<[448896, 112224, 16032, 16, 1], offset: 96192>>
  linalg.fill ins(%zero : f32) outs(%b1 : memref<1x4x1x1002x16xf32, strided<[448896, 112224, 16032, 16, 1], offset: 96192>>)
  %b2 = memref.subview %p[0, 0, 0, 0, 0] [1, 4, 7, 1, 16] [1, 1, 1, 1, 1] : memref<1x4x7x1002x16xf32> to memref<1x4x7x1x16xf32, strided<[448896, 112224, 16032, 16, 1]>>
  linalg.fill ins(%zero : f32) outs(%b2 : memref<1x4x7x1x16xf32, strided<[448896, 112224, 16032, 16, 1]>>)
  %b3 = memref.subview %p[0, 0, 0, 1001, 0] [1, 4, 7, 1, 16] [1, 1, 1, 1, 1] : memref<1x4x7x1002x16xf32> to memref<1x4x7x1x16xf32, strided<[448896, 112224, 16032, 16, 1], offset: 16016>>
  linalg.fill ins(%zero : f32) outs(%b3 : memref<1x4x7x1x16xf32, strided<[448896, 112224, 16032, 16, 1], offset: 16016>>)
  %interior = memref.subview %p[0, 0, 1, 1, 0] [1, 4, 5, 1000, 16] [1, 1, 1, 1, 1] : memref<1x4x7x1002x16xf32> to memref<1x4x5x1000x16xf32, strided<[448896, 112224, 16032, 16, 1], offset: 16048>>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%e : memref<1x4x5x1000x16xf32>) outs(%interior : memref<1x4x5x1000x16xf32, strided<[448896, 112224, 16032, 16, 1], offset: 16048>>) {
  ^bb0(%in: f32, %out: f32):
    %lo = arith.maximumf %in, %zero : f32
    %hi = arith.minimumf %lo, %six : f32
    linalg.yield %hi : f32
  }
  memref.dealloc %e : memref<1x4x5x1000x16xf32>
  %t00 = memref.subview %p[0, 0, 0, 0, 0] [1, 4, 5, 1000, 16] [1, 1, 1, 1, 1] : memref<1x4x7x1002x16xf32> to memref<1x4x5x1000x16xf32, strided<[448896, 112224, 16032, 16, 1]>>
  %t01 = memref.subview %p[0, 0, 0, 1, 0] [1, 4, 5, 1000, 16] [1, 1, 1, 1, 1] : memref<1x4x7x1002x16xf32> to memref<1x4x5x1000x16xf32, strided<[448896, 112224, 16032, 16, 1], offset: 16>>
  %t02 = memref.subview %p[0, 0, 0, 2, 0] [1, 4, 5, 1000, 16] [1, 1, 1, 1, 1] : memref<1x4x7x1002x16xf32> to memref<1x4x5x1000x16xf32, strided<[448896, 112224, 16032, 16, 1], offset: 32>>
  %t10 = memref.subview %p[0, 0, 1, 0, 0] [1, 4, 5, 1000, 16] [1, 1, 1, 1, 1] : memref<1x4x7x1002x16xf32> to memref<1x4x5x1000x16xf32, strided<[448896, 112224, 16032, 16, 1], offset: 16032>>
  %t12 = memref.subview %p[0, 0, 1, 2, 0] [1, 4, 5, 1000, 16] [1, 1, 1, 1, 1] : memref<1x4x7x1002x16xf32> to memref<1x4x5x1000x16xf32, strided<[448896, 112224, 16032, 16, 1], offset: 16064>>
  %t20 = memref.subview %p[0, 0, 2, 0, 0] [1, 4, 5, 1000, 16] [1, 1, 1, 1, 1] : memref<1x4x7x1002x16xf32> to memref<1x4x5x1000x16xf32, strided<[448896, 112224, 16032, 16, 1], offset: 32064>>
  %t21 = memref.subview %p[0, 0, 2, 1, 0] [1, 4, 5, 1000, 16] [1, 1, 1, 1, 1] : memref<1x4x7x1002x16xf32> to memref<1x4x5x1000x16xf32, strided<[448896, 112224, 16032, 16, 1], offset: 32080>>
  %t22 = memref.subview %p[0, 0, 2, 2, 0] [1, 4, 5, 1000, 16] [1, 1, 1, 1, 1] : memref<1x4x7x1002x16xf32> to memref<1x4x5x1000x16xf32, strided<[448896, 112224, 16032, 16, 1], offset: 32096>>
  %t = memref.alloc() {alignment = 64 : i64} : memref<1x4x5x1000x16xf32>
  linalg.generic {indexing_maps = [#id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%t00, %wd, %t01, %wd, %t02, %wd, %t10, %wd, %interior, %wd, %t12, %wd, %t20, %wd, %t21, %wd, %t22, %wd : memref<1x4x5x1000x16xf32, strided<[448896, 112224, 16032, 16, 1]>>, memref<4x16xf32>, memref<1x4x5x1000x16xf32, strided<[448896, 112224, 16032, 16, 1], offset: 16>>, memref<4x16xf32>, memref<1x4x5x1000x16xf32, strided<[448896, 112224, 16032, 16, 1], offset: 32>>, memref<4x16xf32>, memref<1x4x5x1000x16xf32, strided<[448896, 112224, 16032, 16, 1], offset: 16032>>, memref<4x16xf32>, memref<1x4x5x1000x16xf32, strided<[448896, 112224, 16032, 16, 1], offset: 16048>>, memref<4x16xf32>, memref<1x4x5x1000x16xf32, strided<[448896, 112224, 16032, 16, 1], offset: 16064>>, memref<4x16xf32>, memref<1x4x5x1000x16xf32, strided<[448896, 112224, 16032, 16, 1], offset: 32064>>, memref<4x16xf32>, memref<1x4x5x1000x16xf32, strided<[448896, 112224, 16032, 16, 1], offset: 32080>>, memref<4x16xf32>, memref<1x4x5x1000x16xf32, strided<[448896, 112224, 16032, 16, 1], offset: 32096>>, memref<4x16xf32>) outs(%t : memref<1x4x5x1000x16xf32>) {
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
    linalg.yield %s8 : f32
  }
  memref.dealloc %p : memref<1x4x7x1002x16xf32>
  %o = memref.alloc() {alignment = 64 : i64} : memref<1x1x5x1000x16xf32>
  linalg.generic {indexing_maps = [#bias, #id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%bp, %x : memref<1x1x1x1x16xf32>, memref<1x1x5x1000x16xf32>) outs(%o : memref<1x1x5x1000x16xf32>) {
  ^bb0(%b: f32, %r: f32, %out: f32):
    %sum = arith.addf %b, %r : f32
    linalg.yield %sum : f32
  }
  %tc = memref.collapse_shape %t [[0], [1], [2, 3], [4]] : memref<1x4x5x1000x16xf32> into memref<1x4x5000x16xf32>
  %oc = memref.collapse_shape %o [[0], [1], [2, 3], [4]] : memref<1x1x5x1000x16xf32> into memref<1x1x5000x16xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%tc, %wp : memref<1x4x5000x16xf32>, memref<1x4x16x16xf32>) outs(%oc : memref<1x1x5000x16xf32>) {
  ^bb0(%in: f32, %w: f32, %out: f32):
    %m = arith.mulf %in, %w : f32
    %a = arith.addf %out, %m : f32
    linalg.yield %a : f32
  }
  memref.dealloc %t : memref<1x4x5x1000x16xf32>
  return %o : memref<1x1x5x1000x16xf32>
}

// -----

// A block without expansion after a strided convolution (MobileNetV2's
// stem and first block; here 2 taps of the padded image, every other row
// and column): the convolution fills the ring in the expansion's place,
// each ring row from a row of each of its taps; E, P and T are gone.
// CHECK-LABEL: func.func @stem(
// CHECK-SAME: %[[IMG:[^:]+]]: memref<1x1x11x13x3xf32>
// CHECK: %[[TAP0:.*]] = memref.subview %[[IMG]][0, 0, 0, 0, 0] [1, 1, 5, 6, 3] [1, 1, 2, 2, 1]
// CHECK: %[[TAP1:.*]] = memref.subview %[[IMG]][0, 0, 1, 1, 0] [1, 1, 5, 6, 3] [1, 1, 2, 2, 1]
// CHECK: %[[OUT:.*]] = memref.alloc() {{.*}} : memref<1x1x5x6x16xf32>
// CHECK-NOT: memref.alloc()
// CHECK: scf.parallel
// CHECK: %[[RING:.*]] = memref.alloca() {{.*}} : memref<1x1x3x8x16xf32>
// CHECK: scf.for %[[I:.*]] =
// CHECK: scf.if
// CHECK: } else {
// CHECK: %[[ROW_IN:.*]] = arith.subi %[[I]], %c1
// CHECK: %[[INTERIOR:.*]] = memref.subview %[[RING]][0, 0, %{{.*}}, 1, 0] [1, 1, 1, 6, 16]
// CHECK: linalg.generic {{.*}} ins(%{{.*}} : memref<1x1x1x1x16xf32>) outs(%[[INTERIOR]] :
// CHECK: %[[TAP0_ROW:.*]] = memref.subview %[[TAP0]][0, 0, %[[ROW_IN]], 0, 0] [1, 1, 1, 6, 3]
// CHECK: %[[TAP1_ROW:.*]] = memref.subview %[[TAP1]][0, 0, %[[ROW_IN]], 0, 0] [1, 1, 1, 6, 3]
// CHECK: linalg.generic {{.*}} ins(%[[TAP0_ROW]], %{{.*}}, %[[TAP1_ROW]], %{{.*}}) outs(%[[INTERIOR]] :
// CHECK: linalg.generic {{.*}} ins(%[[INTERIOR]] : {{.*}}) outs(%[[INTERIOR]] :
// CHECK: }
// CHECK: scf.if
// CHECK: %[[OUT_ROW:.*]] = memref.subview %[[OUT]][0, 0, %{{.*}}, 0, 0] [1, 1, 1, 6, 16]
// CHECK: linalg.generic {{.*}} outs(%[[OUT_ROW]] :
// CHECK: } {ov_row_bands}
// CHECK: return %[[OUT]]

#id = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#bias = affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>
#chan = affine_map<(d0, d1, d2, d3, d4) -> (d1, d4)>
#tap = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d5, d2, d3, d6)>
#tapw = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d1, d5, d6, d4)>
#tapout = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d2, d3, d4)>
#lhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>
#rhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>
#res = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
func.func @stem(%img: memref<1x1x11x13x3xf32>, %ws0: memref<1x1x3x16xf32>, %ws1: memref<1x1x3x16xf32>, %bs: memref<1x1x1x1x16xf32>, %wd: memref<1x16xf32>, %wp: memref<1x1x16x16xf32>, %bp: memref<1x1x1x1x16xf32>) -> (memref<1x1x5x6x16xf32>) {
  %zero = arith.constant 0.0 : f32
  %six = arith.constant 6.0 : f32
  %e = memref.alloc() {alignment = 64 : i64} : memref<1x1x5x6x16xf32>
  linalg.generic {indexing_maps = [#bias, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%bs : memref<1x1x1x1x16xf32>) outs(%e : memref<1x1x5x6x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  %tap0 = memref.subview %img[0, 0, 0, 0, 0] [1, 1, 5, 6, 3] [1, 1, 2, 2, 1] : memref<1x1x11x13x3xf32> to memref<1x1x5x6x3xf32, strided<[429, 429, 78, 6, 1]>>
  %tap1 = memref.subview %img[0, 0, 1, 1, 0] [1, 1, 5, 6, 3] [1, 1, 2, 2, 1] : memref<1x1x11x13x3xf32> to memref<1x1x5x6x3xf32, strided<[429, 429, 78, 6, 1], offset: 42>>
  linalg.generic {indexing_maps = [#tap, #tapw, #tap, #tapw, #tapout], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%tap0, %ws0, %tap1, %ws1 : memref<1x1x5x6x3xf32, strided<[429, 429, 78, 6, 1]>>, memref<1x1x3x16xf32>, memref<1x1x5x6x3xf32, strided<[429, 429, 78, 6, 1], offset: 42>>, memref<1x1x3x16xf32>) outs(%e : memref<1x1x5x6x16xf32>) {
  ^bb0(%i0: f32, %w0: f32, %i1: f32, %w1: f32, %out: f32):
    %m0 = arith.mulf %i0, %w0 : f32
    %a0 = arith.addf %out, %m0 : f32
    %m1 = arith.mulf %i1, %w1 : f32
    %a1 = arith.addf %a0, %m1 : f32
    linalg.yield %a1 : f32
  }
  %p = memref.alloc() {alignment = 64 : i64} : memref<1x1x7x8x16xf32>
  %b0 = memref.subview %p[0, 0, 0, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x1x8x16xf32, strided<[896, 896, 128, 16, 1]>>
  linalg.fill ins(%zero : f32) outs(%b0 : memref<1x1x1x8x16xf32, strided<[896, 896, 128, 16, 1]>>)
  %b1 = memref.subview %p[0, 0, 6, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x1x8x16xf32, strided<[896, 896, 128, 16, 1], offset: 768>>
  linalg.fill ins(%zero : f32) outs(%b1 : memref<1x1x1x8x16xf32, strided<[896, 896, 128, 16, 1], offset: 768>>)
  %b2 = memref.subview %p[0, 0, 0, 0, 0] [1, 1, 7, 1, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x7x1x16xf32, strided<[896, 896, 128, 16, 1]>>
  linalg.fill ins(%zero : f32) outs(%b2 : memref<1x1x7x1x16xf32, strided<[896, 896, 128, 16, 1]>>)
  %b3 = memref.subview %p[0, 0, 0, 7, 0] [1, 1, 7, 1, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x7x1x16xf32, strided<[896, 896, 128, 16, 1], offset: 112>>
  linalg.fill ins(%zero : f32) outs(%b3 : memref<1x1x7x1x16xf32, strided<[896, 896, 128, 16, 1], offset: 112>>)
  %interior = memref.subview %p[0, 0, 1, 1, 0] [1, 1, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 144>>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%e : memref<1x1x5x6x16xf32>) outs(%interior : memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 144>>) {
  ^bb0(%in: f32, %out: f32):
    %lo = arith.maximumf %in, %zero : f32
    %hi = arith.minimumf %lo, %six : f32
    linalg.yield %hi : f32
  }
  memref.dealloc %e : memref<1x1x5x6x16xf32>
  %t00 = memref.subview %p[0, 0, 0, 0, 0] [1, 1, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1]>>
  %t01 = memref.subview %p[0, 0, 0, 1, 0] [1, 1, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 16>>
  %t02 = memref.subview %p[0, 0, 0, 2, 0] [1, 1, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 32>>
  %t10 = memref.subview %p[0, 0, 1, 0, 0] [1, 1, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 128>>
  %t12 = memref.subview %p[0, 0, 1, 2, 0] [1, 1, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 160>>
  %t20 = memref.subview %p[0, 0, 2, 0, 0] [1, 1, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 256>>
  %t21 = memref.subview %p[0, 0, 2, 1, 0] [1, 1, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 272>>
  %t22 = memref.subview %p[0, 0, 2, 2, 0] [1, 1, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 288>>
  %t = memref.alloc() {alignment = 64 : i64} : memref<1x1x5x6x16xf32>
  linalg.generic {indexing_maps = [#id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%t00, %wd, %t01, %wd, %t02, %wd, %t10, %wd, %interior, %wd, %t12, %wd, %t20, %wd, %t21, %wd, %t22, %wd : memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1]>>, memref<1x16xf32>, memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 16>>, memref<1x16xf32>, memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 32>>, memref<1x16xf32>, memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 128>>, memref<1x16xf32>, memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 144>>, memref<1x16xf32>, memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 160>>, memref<1x16xf32>, memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 256>>, memref<1x16xf32>, memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 272>>, memref<1x16xf32>, memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 288>>, memref<1x16xf32>) outs(%t : memref<1x1x5x6x16xf32>) {
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
    linalg.yield %s8 : f32
  }
  memref.dealloc %p : memref<1x1x7x8x16xf32>
  %o = memref.alloc() {alignment = 64 : i64} : memref<1x1x5x6x16xf32>
  linalg.generic {indexing_maps = [#bias, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%bp : memref<1x1x1x1x16xf32>) outs(%o : memref<1x1x5x6x16xf32>) {
  ^bb0(%b: f32, %out: f32):
    linalg.yield %b : f32
  }
  %tc = memref.collapse_shape %t [[0], [1], [2, 3], [4]] : memref<1x1x5x6x16xf32> into memref<1x1x30x16xf32>
  %oc = memref.collapse_shape %o [[0], [1], [2, 3], [4]] : memref<1x1x5x6x16xf32> into memref<1x1x30x16xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%tc, %wp : memref<1x1x30x16xf32>, memref<1x1x16x16xf32>) outs(%oc : memref<1x1x30x16xf32>) {
  ^bb0(%in: f32, %w: f32, %out: f32):
    %m = arith.mulf %in, %w : f32
    %a = arith.addf %out, %m : f32
    linalg.yield %a : f32
  }
  memref.dealloc %t : memref<1x1x5x6x16xf32>
  return %o : memref<1x1x5x6x16xf32>
}

// -----

// The convolution's taps read two buffers: layer by layer.
// CHECK-LABEL: func.func @stem_two_images(
// CHECK-NOT: scf.parallel
// CHECK: return

#id = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#bias = affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>
#chan = affine_map<(d0, d1, d2, d3, d4) -> (d1, d4)>
#tap = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d5, d2, d3, d6)>
#tapw = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d1, d5, d6, d4)>
#tapout = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d2, d3, d4)>
#lhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>
#rhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>
#res = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
func.func @stem_two_images(%img: memref<1x1x11x13x3xf32>, %img2: memref<1x1x11x13x3xf32>, %ws0: memref<1x1x3x16xf32>, %ws1: memref<1x1x3x16xf32>, %bs: memref<1x1x1x1x16xf32>, %wd: memref<1x16xf32>, %wp: memref<1x1x16x16xf32>, %bp: memref<1x1x1x1x16xf32>) -> (memref<1x1x5x6x16xf32>) {
  %zero = arith.constant 0.0 : f32
  %six = arith.constant 6.0 : f32
  %e = memref.alloc() {alignment = 64 : i64} : memref<1x1x5x6x16xf32>
  linalg.generic {indexing_maps = [#bias, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%bs : memref<1x1x1x1x16xf32>) outs(%e : memref<1x1x5x6x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  %tap0 = memref.subview %img[0, 0, 0, 0, 0] [1, 1, 5, 6, 3] [1, 1, 2, 2, 1] : memref<1x1x11x13x3xf32> to memref<1x1x5x6x3xf32, strided<[429, 429, 78, 6, 1]>>
  %tap1 = memref.subview %img2[0, 0, 1, 1, 0] [1, 1, 5, 6, 3] [1, 1, 2, 2, 1] : memref<1x1x11x13x3xf32> to memref<1x1x5x6x3xf32, strided<[429, 429, 78, 6, 1], offset: 42>>
  linalg.generic {indexing_maps = [#tap, #tapw, #tap, #tapw, #tapout], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%tap0, %ws0, %tap1, %ws1 : memref<1x1x5x6x3xf32, strided<[429, 429, 78, 6, 1]>>, memref<1x1x3x16xf32>, memref<1x1x5x6x3xf32, strided<[429, 429, 78, 6, 1], offset: 42>>, memref<1x1x3x16xf32>) outs(%e : memref<1x1x5x6x16xf32>) {
  ^bb0(%i0: f32, %w0: f32, %i1: f32, %w1: f32, %out: f32):
    %m0 = arith.mulf %i0, %w0 : f32
    %a0 = arith.addf %out, %m0 : f32
    %m1 = arith.mulf %i1, %w1 : f32
    %a1 = arith.addf %a0, %m1 : f32
    linalg.yield %a1 : f32
  }
  %p = memref.alloc() {alignment = 64 : i64} : memref<1x1x7x8x16xf32>
  %b0 = memref.subview %p[0, 0, 0, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x1x8x16xf32, strided<[896, 896, 128, 16, 1]>>
  linalg.fill ins(%zero : f32) outs(%b0 : memref<1x1x1x8x16xf32, strided<[896, 896, 128, 16, 1]>>)
  %b1 = memref.subview %p[0, 0, 6, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x1x8x16xf32, strided<[896, 896, 128, 16, 1], offset: 768>>
  linalg.fill ins(%zero : f32) outs(%b1 : memref<1x1x1x8x16xf32, strided<[896, 896, 128, 16, 1], offset: 768>>)
  %b2 = memref.subview %p[0, 0, 0, 0, 0] [1, 1, 7, 1, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x7x1x16xf32, strided<[896, 896, 128, 16, 1]>>
  linalg.fill ins(%zero : f32) outs(%b2 : memref<1x1x7x1x16xf32, strided<[896, 896, 128, 16, 1]>>)
  %b3 = memref.subview %p[0, 0, 0, 7, 0] [1, 1, 7, 1, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x7x1x16xf32, strided<[896, 896, 128, 16, 1], offset: 112>>
  linalg.fill ins(%zero : f32) outs(%b3 : memref<1x1x7x1x16xf32, strided<[896, 896, 128, 16, 1], offset: 112>>)
  %interior = memref.subview %p[0, 0, 1, 1, 0] [1, 1, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 144>>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%e : memref<1x1x5x6x16xf32>) outs(%interior : memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 144>>) {
  ^bb0(%in: f32, %out: f32):
    %lo = arith.maximumf %in, %zero : f32
    %hi = arith.minimumf %lo, %six : f32
    linalg.yield %hi : f32
  }
  memref.dealloc %e : memref<1x1x5x6x16xf32>
  %t00 = memref.subview %p[0, 0, 0, 0, 0] [1, 1, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1]>>
  %t01 = memref.subview %p[0, 0, 0, 1, 0] [1, 1, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 16>>
  %t02 = memref.subview %p[0, 0, 0, 2, 0] [1, 1, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 32>>
  %t10 = memref.subview %p[0, 0, 1, 0, 0] [1, 1, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 128>>
  %t12 = memref.subview %p[0, 0, 1, 2, 0] [1, 1, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 160>>
  %t20 = memref.subview %p[0, 0, 2, 0, 0] [1, 1, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 256>>
  %t21 = memref.subview %p[0, 0, 2, 1, 0] [1, 1, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 272>>
  %t22 = memref.subview %p[0, 0, 2, 2, 0] [1, 1, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 288>>
  %t = memref.alloc() {alignment = 64 : i64} : memref<1x1x5x6x16xf32>
  linalg.generic {indexing_maps = [#id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%t00, %wd, %t01, %wd, %t02, %wd, %t10, %wd, %interior, %wd, %t12, %wd, %t20, %wd, %t21, %wd, %t22, %wd : memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1]>>, memref<1x16xf32>, memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 16>>, memref<1x16xf32>, memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 32>>, memref<1x16xf32>, memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 128>>, memref<1x16xf32>, memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 144>>, memref<1x16xf32>, memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 160>>, memref<1x16xf32>, memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 256>>, memref<1x16xf32>, memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 272>>, memref<1x16xf32>, memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 288>>, memref<1x16xf32>) outs(%t : memref<1x1x5x6x16xf32>) {
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
    linalg.yield %s8 : f32
  }
  memref.dealloc %p : memref<1x1x7x8x16xf32>
  %o = memref.alloc() {alignment = 64 : i64} : memref<1x1x5x6x16xf32>
  linalg.generic {indexing_maps = [#bias, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%bp : memref<1x1x1x1x16xf32>) outs(%o : memref<1x1x5x6x16xf32>) {
  ^bb0(%b: f32, %out: f32):
    linalg.yield %b : f32
  }
  %tc = memref.collapse_shape %t [[0], [1], [2, 3], [4]] : memref<1x1x5x6x16xf32> into memref<1x1x30x16xf32>
  %oc = memref.collapse_shape %o [[0], [1], [2, 3], [4]] : memref<1x1x5x6x16xf32> into memref<1x1x30x16xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%tc, %wp : memref<1x1x30x16xf32>, memref<1x1x16x16xf32>) outs(%oc : memref<1x1x30x16xf32>) {
  ^bb0(%in: f32, %w: f32, %out: f32):
    %m = arith.mulf %in, %w : f32
    %a = arith.addf %out, %m : f32
    linalg.yield %a : f32
  }
  memref.dealloc %t : memref<1x1x5x6x16xf32>
  return %o : memref<1x1x5x6x16xf32>
}

// -----

// The block's projection adds its input, the stem's activation, as its
// residual (MobileNetV3's first block): P's interior, which each output
// row reads from the ring's centre row.
// CHECK-LABEL: func.func @stem_residual(
// CHECK: %[[OUT:.*]] = memref.alloc() {{.*}} : memref<1x1x5x6x16xf32>
// CHECK-NOT: memref.alloc()
// CHECK: scf.parallel
// CHECK: %[[RING:.*]] = memref.alloca() {{.*}} : memref<1x1x3x8x16xf32>
// CHECK: scf.for %[[I:.*]] =
// CHECK: %[[ROW:.*]] = arith.subi %[[I]], %c2
// CHECK: scf.if
// CHECK: linalg.generic {{.*}} outs(%{{.*}} : memref<1x1x1x6x16xf32>)
// CHECK: %[[CENTRE:.*]] = arith.addi %[[ROW]], %c1
// CHECK: %[[SLOT:.*]] = arith.remui %[[CENTRE]], %c3
// CHECK: %[[RESIDUAL:.*]] = memref.subview %[[RING]][0, 0, %[[SLOT]], 1, 0] [1, 1, 1, 6, 16]
// CHECK: %[[OUT_ROW:.*]] = memref.subview %[[OUT]][0, 0, %[[ROW]], 0, 0] [1, 1, 1, 6, 16]
// CHECK: linalg.generic {{.*}} ins(%{{.*}}, %[[RESIDUAL]] : {{.*}}) outs(%[[OUT_ROW]] :
// CHECK: } {ov_row_bands}
// CHECK: return %[[OUT]]

#id = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#bias = affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>
#chan = affine_map<(d0, d1, d2, d3, d4) -> (d1, d4)>
#tap = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d5, d2, d3, d6)>
#tapw = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d1, d5, d6, d4)>
#tapout = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d2, d3, d4)>
#lhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>
#rhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>
#res = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
func.func @stem_residual(%img: memref<1x1x11x13x3xf32>, %ws0: memref<1x1x3x16xf32>, %ws1: memref<1x1x3x16xf32>, %bs: memref<1x1x1x1x16xf32>, %wd: memref<1x16xf32>, %wp: memref<1x1x16x16xf32>, %bp: memref<1x1x1x1x16xf32>) -> (memref<1x1x5x6x16xf32>) {
  %zero = arith.constant 0.0 : f32
  %six = arith.constant 6.0 : f32
  %e = memref.alloc() {alignment = 64 : i64} : memref<1x1x5x6x16xf32>
  linalg.generic {indexing_maps = [#bias, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%bs : memref<1x1x1x1x16xf32>) outs(%e : memref<1x1x5x6x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  %tap0 = memref.subview %img[0, 0, 0, 0, 0] [1, 1, 5, 6, 3] [1, 1, 2, 2, 1] : memref<1x1x11x13x3xf32> to memref<1x1x5x6x3xf32, strided<[429, 429, 78, 6, 1]>>
  %tap1 = memref.subview %img[0, 0, 1, 1, 0] [1, 1, 5, 6, 3] [1, 1, 2, 2, 1] : memref<1x1x11x13x3xf32> to memref<1x1x5x6x3xf32, strided<[429, 429, 78, 6, 1], offset: 42>>
  linalg.generic {indexing_maps = [#tap, #tapw, #tap, #tapw, #tapout], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%tap0, %ws0, %tap1, %ws1 : memref<1x1x5x6x3xf32, strided<[429, 429, 78, 6, 1]>>, memref<1x1x3x16xf32>, memref<1x1x5x6x3xf32, strided<[429, 429, 78, 6, 1], offset: 42>>, memref<1x1x3x16xf32>) outs(%e : memref<1x1x5x6x16xf32>) {
  ^bb0(%i0: f32, %w0: f32, %i1: f32, %w1: f32, %out: f32):
    %m0 = arith.mulf %i0, %w0 : f32
    %a0 = arith.addf %out, %m0 : f32
    %m1 = arith.mulf %i1, %w1 : f32
    %a1 = arith.addf %a0, %m1 : f32
    linalg.yield %a1 : f32
  }
  %p = memref.alloc() {alignment = 64 : i64} : memref<1x1x7x8x16xf32>
  %b0 = memref.subview %p[0, 0, 0, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x1x8x16xf32, strided<[896, 896, 128, 16, 1]>>
  linalg.fill ins(%zero : f32) outs(%b0 : memref<1x1x1x8x16xf32, strided<[896, 896, 128, 16, 1]>>)
  %b1 = memref.subview %p[0, 0, 6, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x1x8x16xf32, strided<[896, 896, 128, 16, 1], offset: 768>>
  linalg.fill ins(%zero : f32) outs(%b1 : memref<1x1x1x8x16xf32, strided<[896, 896, 128, 16, 1], offset: 768>>)
  %b2 = memref.subview %p[0, 0, 0, 0, 0] [1, 1, 7, 1, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x7x1x16xf32, strided<[896, 896, 128, 16, 1]>>
  linalg.fill ins(%zero : f32) outs(%b2 : memref<1x1x7x1x16xf32, strided<[896, 896, 128, 16, 1]>>)
  %b3 = memref.subview %p[0, 0, 0, 7, 0] [1, 1, 7, 1, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x7x1x16xf32, strided<[896, 896, 128, 16, 1], offset: 112>>
  linalg.fill ins(%zero : f32) outs(%b3 : memref<1x1x7x1x16xf32, strided<[896, 896, 128, 16, 1], offset: 112>>)
  %interior = memref.subview %p[0, 0, 1, 1, 0] [1, 1, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 144>>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%e : memref<1x1x5x6x16xf32>) outs(%interior : memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 144>>) {
  ^bb0(%in: f32, %out: f32):
    %lo = arith.maximumf %in, %zero : f32
    %hi = arith.minimumf %lo, %six : f32
    linalg.yield %hi : f32
  }
  memref.dealloc %e : memref<1x1x5x6x16xf32>
  %t00 = memref.subview %p[0, 0, 0, 0, 0] [1, 1, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1]>>
  %t01 = memref.subview %p[0, 0, 0, 1, 0] [1, 1, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 16>>
  %t02 = memref.subview %p[0, 0, 0, 2, 0] [1, 1, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 32>>
  %t10 = memref.subview %p[0, 0, 1, 0, 0] [1, 1, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 128>>
  %t12 = memref.subview %p[0, 0, 1, 2, 0] [1, 1, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 160>>
  %t20 = memref.subview %p[0, 0, 2, 0, 0] [1, 1, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 256>>
  %t21 = memref.subview %p[0, 0, 2, 1, 0] [1, 1, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 272>>
  %t22 = memref.subview %p[0, 0, 2, 2, 0] [1, 1, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 288>>
  %t = memref.alloc() {alignment = 64 : i64} : memref<1x1x5x6x16xf32>
  linalg.generic {indexing_maps = [#id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%t00, %wd, %t01, %wd, %t02, %wd, %t10, %wd, %interior, %wd, %t12, %wd, %t20, %wd, %t21, %wd, %t22, %wd : memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1]>>, memref<1x16xf32>, memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 16>>, memref<1x16xf32>, memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 32>>, memref<1x16xf32>, memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 128>>, memref<1x16xf32>, memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 144>>, memref<1x16xf32>, memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 160>>, memref<1x16xf32>, memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 256>>, memref<1x16xf32>, memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 272>>, memref<1x16xf32>, memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 288>>, memref<1x16xf32>) outs(%t : memref<1x1x5x6x16xf32>) {
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
    linalg.yield %s8 : f32
  }
  %o = memref.alloc() {alignment = 64 : i64} : memref<1x1x5x6x16xf32>
  linalg.generic {indexing_maps = [#bias, #id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%bp, %interior : memref<1x1x1x1x16xf32>, memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 144>>) outs(%o : memref<1x1x5x6x16xf32>) {
  ^bb0(%b: f32, %r: f32, %out: f32):
    %sum = arith.addf %b, %r : f32
    linalg.yield %sum : f32
  }
  memref.dealloc %p : memref<1x1x7x8x16xf32>
  %tc = memref.collapse_shape %t [[0], [1], [2, 3], [4]] : memref<1x1x5x6x16xf32> into memref<1x1x30x16xf32>
  %oc = memref.collapse_shape %o [[0], [1], [2, 3], [4]] : memref<1x1x5x6x16xf32> into memref<1x1x30x16xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%tc, %wp : memref<1x1x30x16xf32>, memref<1x1x16x16xf32>) outs(%oc : memref<1x1x30x16xf32>) {
  ^bb0(%in: f32, %w: f32, %out: f32):
    %m = arith.mulf %in, %w : f32
    %a = arith.addf %out, %m : f32
    linalg.yield %a : f32
  }
  memref.dealloc %t : memref<1x1x5x6x16xf32>
  return %o : memref<1x1x5x6x16xf32>
}

// -----

// The projection's initializer reads a view of P other than its interior:
// layer by layer.
// CHECK-LABEL: func.func @stem_residual_shifted(
// CHECK-NOT: scf.parallel
// CHECK: return

#id = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#bias = affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>
#chan = affine_map<(d0, d1, d2, d3, d4) -> (d1, d4)>
#tap = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d5, d2, d3, d6)>
#tapw = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d1, d5, d6, d4)>
#tapout = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d2, d3, d4)>
#lhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>
#rhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>
#res = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
func.func @stem_residual_shifted(%img: memref<1x1x11x13x3xf32>, %ws0: memref<1x1x3x16xf32>, %ws1: memref<1x1x3x16xf32>, %bs: memref<1x1x1x1x16xf32>, %wd: memref<1x16xf32>, %wp: memref<1x1x16x16xf32>, %bp: memref<1x1x1x1x16xf32>) -> (memref<1x1x5x6x16xf32>) {
  %zero = arith.constant 0.0 : f32
  %six = arith.constant 6.0 : f32
  %e = memref.alloc() {alignment = 64 : i64} : memref<1x1x5x6x16xf32>
  linalg.generic {indexing_maps = [#bias, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%bs : memref<1x1x1x1x16xf32>) outs(%e : memref<1x1x5x6x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  %tap0 = memref.subview %img[0, 0, 0, 0, 0] [1, 1, 5, 6, 3] [1, 1, 2, 2, 1] : memref<1x1x11x13x3xf32> to memref<1x1x5x6x3xf32, strided<[429, 429, 78, 6, 1]>>
  %tap1 = memref.subview %img[0, 0, 1, 1, 0] [1, 1, 5, 6, 3] [1, 1, 2, 2, 1] : memref<1x1x11x13x3xf32> to memref<1x1x5x6x3xf32, strided<[429, 429, 78, 6, 1], offset: 42>>
  linalg.generic {indexing_maps = [#tap, #tapw, #tap, #tapw, #tapout], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%tap0, %ws0, %tap1, %ws1 : memref<1x1x5x6x3xf32, strided<[429, 429, 78, 6, 1]>>, memref<1x1x3x16xf32>, memref<1x1x5x6x3xf32, strided<[429, 429, 78, 6, 1], offset: 42>>, memref<1x1x3x16xf32>) outs(%e : memref<1x1x5x6x16xf32>) {
  ^bb0(%i0: f32, %w0: f32, %i1: f32, %w1: f32, %out: f32):
    %m0 = arith.mulf %i0, %w0 : f32
    %a0 = arith.addf %out, %m0 : f32
    %m1 = arith.mulf %i1, %w1 : f32
    %a1 = arith.addf %a0, %m1 : f32
    linalg.yield %a1 : f32
  }
  %p = memref.alloc() {alignment = 64 : i64} : memref<1x1x7x8x16xf32>
  %b0 = memref.subview %p[0, 0, 0, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x1x8x16xf32, strided<[896, 896, 128, 16, 1]>>
  linalg.fill ins(%zero : f32) outs(%b0 : memref<1x1x1x8x16xf32, strided<[896, 896, 128, 16, 1]>>)
  %b1 = memref.subview %p[0, 0, 6, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x1x8x16xf32, strided<[896, 896, 128, 16, 1], offset: 768>>
  linalg.fill ins(%zero : f32) outs(%b1 : memref<1x1x1x8x16xf32, strided<[896, 896, 128, 16, 1], offset: 768>>)
  %b2 = memref.subview %p[0, 0, 0, 0, 0] [1, 1, 7, 1, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x7x1x16xf32, strided<[896, 896, 128, 16, 1]>>
  linalg.fill ins(%zero : f32) outs(%b2 : memref<1x1x7x1x16xf32, strided<[896, 896, 128, 16, 1]>>)
  %b3 = memref.subview %p[0, 0, 0, 7, 0] [1, 1, 7, 1, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x7x1x16xf32, strided<[896, 896, 128, 16, 1], offset: 112>>
  linalg.fill ins(%zero : f32) outs(%b3 : memref<1x1x7x1x16xf32, strided<[896, 896, 128, 16, 1], offset: 112>>)
  %interior = memref.subview %p[0, 0, 1, 1, 0] [1, 1, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 144>>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%e : memref<1x1x5x6x16xf32>) outs(%interior : memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 144>>) {
  ^bb0(%in: f32, %out: f32):
    %lo = arith.maximumf %in, %zero : f32
    %hi = arith.minimumf %lo, %six : f32
    linalg.yield %hi : f32
  }
  memref.dealloc %e : memref<1x1x5x6x16xf32>
  %t00 = memref.subview %p[0, 0, 0, 0, 0] [1, 1, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1]>>
  %t01 = memref.subview %p[0, 0, 0, 1, 0] [1, 1, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 16>>
  %t02 = memref.subview %p[0, 0, 0, 2, 0] [1, 1, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 32>>
  %t10 = memref.subview %p[0, 0, 1, 0, 0] [1, 1, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 128>>
  %t12 = memref.subview %p[0, 0, 1, 2, 0] [1, 1, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 160>>
  %t20 = memref.subview %p[0, 0, 2, 0, 0] [1, 1, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 256>>
  %t21 = memref.subview %p[0, 0, 2, 1, 0] [1, 1, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 272>>
  %t22 = memref.subview %p[0, 0, 2, 2, 0] [1, 1, 5, 6, 16] [1, 1, 1, 1, 1] : memref<1x1x7x8x16xf32> to memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 288>>
  %t = memref.alloc() {alignment = 64 : i64} : memref<1x1x5x6x16xf32>
  linalg.generic {indexing_maps = [#id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id, #chan, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%t00, %wd, %t01, %wd, %t02, %wd, %t10, %wd, %interior, %wd, %t12, %wd, %t20, %wd, %t21, %wd, %t22, %wd : memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1]>>, memref<1x16xf32>, memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 16>>, memref<1x16xf32>, memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 32>>, memref<1x16xf32>, memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 128>>, memref<1x16xf32>, memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 144>>, memref<1x16xf32>, memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 160>>, memref<1x16xf32>, memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 256>>, memref<1x16xf32>, memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 272>>, memref<1x16xf32>, memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1], offset: 288>>, memref<1x16xf32>) outs(%t : memref<1x1x5x6x16xf32>) {
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
    linalg.yield %s8 : f32
  }
  %o = memref.alloc() {alignment = 64 : i64} : memref<1x1x5x6x16xf32>
  linalg.generic {indexing_maps = [#bias, #id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%bp, %t00 : memref<1x1x1x1x16xf32>, memref<1x1x5x6x16xf32, strided<[896, 896, 128, 16, 1]>>) outs(%o : memref<1x1x5x6x16xf32>) {
  ^bb0(%b: f32, %r: f32, %out: f32):
    %sum = arith.addf %b, %r : f32
    linalg.yield %sum : f32
  }
  memref.dealloc %p : memref<1x1x7x8x16xf32>
  %tc = memref.collapse_shape %t [[0], [1], [2, 3], [4]] : memref<1x1x5x6x16xf32> into memref<1x1x30x16xf32>
  %oc = memref.collapse_shape %o [[0], [1], [2, 3], [4]] : memref<1x1x5x6x16xf32> into memref<1x1x30x16xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%tc, %wp : memref<1x1x30x16xf32>, memref<1x1x16x16xf32>) outs(%oc : memref<1x1x30x16xf32>) {
  ^bb0(%in: f32, %w: f32, %out: f32):
    %m = arith.mulf %in, %w : f32
    %a = arith.addf %out, %m : f32
    linalg.yield %a : f32
  }
  memref.dealloc %t : memref<1x1x5x6x16xf32>
  return %o : memref<1x1x5x6x16xf32>
}
