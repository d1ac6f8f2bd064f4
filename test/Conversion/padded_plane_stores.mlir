// ov-tile-and-vectorize: a ReLU from a convolution's result into the interior
// of a padded plane joins the convolution's register tiles, which store each
// 16-lane piece of the collapsed plane as two masked stores into the padded
// plane (PaddedPlaneStores.cpp).
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-tile-and-vectorize))' | FileCheck %s

#bias = affine_map<(n, f, h, w) -> (n, f, 0, 0)>
#id4 = affine_map<(n, f, h, w) -> (n, f, h, w)>
#w = affine_map<(n, f, p, c) -> (f, c)>
#x = affine_map<(n, f, p, c) -> (n, c, p)>
#o = affine_map<(n, f, p, c) -> (n, f, p)>

// 128 filters on a 32 x 32 plane (thread tiles of 64 filters x 256
// positions), K = 16, into a plane padded by 1 (pitch 34) whose border fills
// go: the register tiles write the border too. Position q of the plane is
// (q / 32 + 1) * 34 + q % 32 + 1 in the padded one; a piece's lanes past the
// row's end (32 - q % 32 of them are in it) go 2 further; a piece holding a
// row's end (but the last row's) writes the 2 border elements after it, the
// piece at 0 the 35 before the plane (the top row and the first left
// column), the one holding the last position the 35 after it. The
// accumulators start as the bias (the transfers between the tiles are
// forwarded: no read of the convolution's buffer is left), and the
// convolution's buffer goes away.
// (q = s0 + s1: the thread tile's and the register tile's first position.)
// CHECK-DAG: #[[FIRST:.*]] = affine_map<()[s0, s1] -> (s0 + s1 + ((s0 + s1) floordiv 32) * 2 + 35)>
// CHECK-DAG: #[[IN_ROW:.*]] = affine_map<()[s0, s1] -> (-s0 - s1 + ((s0 + s1) floordiv 32) * 32 + 32)>
// CHECK-DAG: #[[NEXT:.*]] = affine_map<()[s0, s1] -> (s0 + s1 + ((s0 + s1) floordiv 32) * 2 + 37)>
// CHECK-DAG: #[[GAP:.*]] = affine_map<()[s0, s1] -> (((s0 + s1) floordiv 32) * 34 + 67)>
// CHECK-LABEL: func.func @relu_into_padded
// CHECK-NOT: memref<1x128x32x32xf32>
// CHECK-NOT: linalg.fill
// CHECK: %[[PADDED:.*]] = memref.alloc() {{.*}} : memref<1x128x34x34xf32>
// CHECK: %[[FLAT:.*]] = memref.collapse_shape %[[PADDED]] {{\[\[}}0], [1], [2, 3]] : memref<1x128x34x34xf32> into memref<1x128x1156xf32>
// CHECK: scf.parallel
// CHECK: %[[INIT:.*]] = vector.transfer_read %{{.*}} : memref<1x128x1xf32>, vector<8x32xf32>
// CHECK: %[[SUM:.*]] = scf.for {{.*}} iter_args(%{{.*}} = %[[INIT]]) -> (vector<8x32xf32>)
// CHECK: %[[RELU:.*]] = arith.maximumf %[[SUM]]
// CHECK: %[[ROW:.*]] = vector.extract %[[RELU]][0] : vector<32xf32> from vector<8x32xf32>
// CHECK: %[[PIECE:.*]] = vector.extract_strided_slice %[[ROW]] {offsets = [0], sizes = [16], strides = [1]}
// CHECK: %[[N:.*]] = affine.apply #[[IN_ROW]]()[%[[Q0:.*]], %[[Q1:.*]]]
// CHECK: %[[MASK:.*]] = vector.create_mask %[[N]] : vector<16xi1>
// CHECK: %[[AT:.*]] = affine.apply #[[FIRST]]()[%[[Q0]], %[[Q1]]]
// CHECK: vector.maskedstore %[[FLAT]][%c0, %{{.*}}, %[[AT]]], %[[MASK]], %[[PIECE]]
// CHECK: %[[UPTO:.*]] = vector.create_mask %{{.*}} : vector<16xi1>
// CHECK: %[[REST:.*]] = arith.xori %[[UPTO]], %[[MASK]]
// CHECK: %[[AT2:.*]] = affine.apply #[[NEXT]]()[%[[Q0]], %[[Q1]]]
// CHECK: vector.maskedstore %[[FLAT]][%c0, %{{.*}}, %[[AT2]]], %[[REST]], %[[PIECE]]
// CHECK-NOT: vector.maskedstore %[[FLAT]][%c0, %{{.*}}, %{{.*}}], %{{.*}}, %[[PIECE]]
// CHECK: %[[GAP_AT:.*]] = affine.apply #[[GAP]]()[%[[Q0]], %[[Q1]]]
// CHECK: scf.if
// CHECK-NEXT: %[[ZEROS:.*]] = arith.constant dense<0.000000e+00> : vector<2xf32>
// CHECK-NEXT: vector.store %[[ZEROS]], %[[FLAT]][%c0, %{{.*}}, %[[GAP_AT]]]
// CHECK: scf.if
// CHECK-NEXT: %[[HEAD:.*]] = arith.constant dense<0.000000e+00> : vector<35xf32>
// CHECK-NEXT: vector.store %[[HEAD]], %[[FLAT]][%c0, %{{.*}}, %c0{{.*}}]
// CHECK: scf.if
// CHECK-NEXT: %[[TAIL:.*]] = arith.constant dense<0.000000e+00> : vector<35xf32>
// CHECK-NEXT: vector.store %[[TAIL]], %[[FLAT]][%c0, %{{.*}}, %c1121]
// CHECK-NOT: memref<1x128x1024xf32>
// CHECK-NOT: memref.copy
// CHECK: return %[[PADDED]]
func.func @relu_into_padded(%wt: memref<128x16xf32>, %x: memref<1x16x1024xf32>, %b: memref<1x128x1x1xf32>) -> memref<1x128x34x34xf32> {
  %zero = arith.constant 0.0 : f32
  %acc = memref.alloc() {alignment = 64 : i64} : memref<1x128x32x32xf32>
  linalg.generic {indexing_maps = [#bias, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%b : memref<1x128x1x1xf32>) outs(%acc : memref<1x128x32x32xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  %flat = memref.collapse_shape %acc [[0], [1], [2, 3]] : memref<1x128x32x32xf32> into memref<1x128x1024xf32>
  linalg.generic {indexing_maps = [#w, #x, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
      ins(%wt, %x : memref<128x16xf32>, memref<1x16x1024xf32>) outs(%flat : memref<1x128x1024xf32>) {
  ^bb0(%a: f32, %bb: f32, %c: f32):
    %p = arith.mulf %a, %bb : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  %padded = memref.alloc() {alignment = 64 : i64} : memref<1x128x34x34xf32>
  %top = memref.subview %padded[0, 0, 0, 0] [1, 128, 1, 34] [1, 1, 1, 1] : memref<1x128x34x34xf32> to memref<1x128x1x34xf32, strided<[147968, 1156, 34, 1]>>
  linalg.fill ins(%zero : f32) outs(%top : memref<1x128x1x34xf32, strided<[147968, 1156, 34, 1]>>)
  %bottom = memref.subview %padded[0, 0, 33, 0] [1, 128, 1, 34] [1, 1, 1, 1] : memref<1x128x34x34xf32> to memref<1x128x1x34xf32, strided<[147968, 1156, 34, 1], offset: 1122>>
  linalg.fill ins(%zero : f32) outs(%bottom : memref<1x128x1x34xf32, strided<[147968, 1156, 34, 1], offset: 1122>>)
  %left = memref.subview %padded[0, 0, 0, 0] [1, 128, 34, 1] [1, 1, 1, 1] : memref<1x128x34x34xf32> to memref<1x128x34x1xf32, strided<[147968, 1156, 34, 1]>>
  linalg.fill ins(%zero : f32) outs(%left : memref<1x128x34x1xf32, strided<[147968, 1156, 34, 1]>>)
  %right = memref.subview %padded[0, 0, 0, 33] [1, 128, 34, 1] [1, 1, 1, 1] : memref<1x128x34x34xf32> to memref<1x128x34x1xf32, strided<[147968, 1156, 34, 1], offset: 33>>
  linalg.fill ins(%zero : f32) outs(%right : memref<1x128x34x1xf32, strided<[147968, 1156, 34, 1], offset: 33>>)
  %interior = memref.subview %padded[0, 0, 1, 1] [1, 128, 32, 32] [1, 1, 1, 1] : memref<1x128x34x34xf32> to memref<1x128x32x32xf32, strided<[147968, 1156, 34, 1], offset: 35>>
  linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%acc : memref<1x128x32x32xf32>) outs(%interior : memref<1x128x32x32xf32, strided<[147968, 1156, 34, 1], offset: 35>>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  }
  memref.dealloc %acc : memref<1x128x32x32xf32>
  return %padded : memref<1x128x34x34xf32>
}

// A 20 x 20 plane: the second thread tile has 144 positions, whose last 16
// are a remainder tile of scalar loops. It keeps the buffer, and its region
// is copied into the padded plane element by element after it.
// CHECK-LABEL: func.func @remainder
// CHECK: %[[BUFFER:.*]] = memref.alloc() {{.*}} : memref<1x16x20x20xf32>
// CHECK: %[[PADDED:.*]] = memref.alloc() {{.*}} : memref<1x16x22x22xf32>
// CHECK: %[[FLAT:.*]] = memref.collapse_shape %[[PADDED]]
// CHECK: vector.maskedstore %[[FLAT]]
// The remainder: its epilogue's tile, then the copy of its region.
// CHECK: arith.maximumf %{{.*}} : f32
// CHECK: scf.for
// CHECK: scf.for
// CHECK: scf.for
// CHECK: %[[VALUE:.*]] = memref.load
// CHECK: memref.store %[[VALUE]], %[[FLAT]]
// CHECK-NOT: memref.copy
// CHECK: memref.dealloc %[[BUFFER]]
func.func @remainder(%wt: memref<16x8xf32>, %x: memref<1x8x400xf32>) -> memref<1x16x22x22xf32> {
  %zero = arith.constant 0.0 : f32
  %acc = memref.alloc() {alignment = 64 : i64} : memref<1x16x20x20xf32>
  linalg.fill ins(%zero : f32) outs(%acc : memref<1x16x20x20xf32>)
  %flat = memref.collapse_shape %acc [[0], [1], [2, 3]] : memref<1x16x20x20xf32> into memref<1x16x400xf32>
  linalg.generic {indexing_maps = [#w, #x, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
      ins(%wt, %x : memref<16x8xf32>, memref<1x8x400xf32>) outs(%flat : memref<1x16x400xf32>) {
  ^bb0(%a: f32, %bb: f32, %c: f32):
    %p = arith.mulf %a, %bb : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  %padded = memref.alloc() {alignment = 64 : i64} : memref<1x16x22x22xf32>
  %top = memref.subview %padded[0, 0, 0, 0] [1, 16, 1, 22] [1, 1, 1, 1] : memref<1x16x22x22xf32> to memref<1x16x1x22xf32, strided<[7744, 484, 22, 1]>>
  linalg.fill ins(%zero : f32) outs(%top : memref<1x16x1x22xf32, strided<[7744, 484, 22, 1]>>)
  %bottom = memref.subview %padded[0, 0, 21, 0] [1, 16, 1, 22] [1, 1, 1, 1] : memref<1x16x22x22xf32> to memref<1x16x1x22xf32, strided<[7744, 484, 22, 1], offset: 462>>
  linalg.fill ins(%zero : f32) outs(%bottom : memref<1x16x1x22xf32, strided<[7744, 484, 22, 1], offset: 462>>)
  %sides = memref.subview %padded[0, 0, 1, 0] [1, 16, 20, 1] [1, 1, 1, 1] : memref<1x16x22x22xf32> to memref<1x16x20x1xf32, strided<[7744, 484, 22, 1], offset: 22>>
  linalg.fill ins(%zero : f32) outs(%sides : memref<1x16x20x1xf32, strided<[7744, 484, 22, 1], offset: 22>>)
  %right = memref.subview %padded[0, 0, 1, 21] [1, 16, 20, 1] [1, 1, 1, 1] : memref<1x16x22x22xf32> to memref<1x16x20x1xf32, strided<[7744, 484, 22, 1], offset: 43>>
  linalg.fill ins(%zero : f32) outs(%right : memref<1x16x20x1xf32, strided<[7744, 484, 22, 1], offset: 43>>)
  %interior = memref.subview %padded[0, 0, 1, 1] [1, 16, 20, 20] [1, 1, 1, 1] : memref<1x16x22x22xf32> to memref<1x16x20x20xf32, strided<[7744, 484, 22, 1], offset: 23>>
  linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%acc : memref<1x16x20x20xf32>) outs(%interior : memref<1x16x20x20xf32, strided<[7744, 484, 22, 1], offset: 23>>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  }
  memref.dealloc %acc : memref<1x16x20x20xf32>
  return %padded : memref<1x16x22x22xf32>
}

// Rows of 12 (a 12 x 12 plane into a 14 x 14 one):
// CHECK-LABEL: func.func @rows_of_12
// Three rows per piece at most: the lanes before the first row's end, the
// lanes before the second's but not the first's, the rest; the k-th row's
// store k gaps (of 2) further than the first's. Each of the (up to) two row
// ends in the piece writes the gap after it.
// CHECK: %[[UPTO0:.*]] = vector.create_mask %{{.*}} : vector<16xi1>
// CHECK: vector.maskedstore %{{.*}}, %[[UPTO0]], %[[PIECE:.*]] :
// CHECK: %[[UPTO1:.*]] = vector.create_mask %{{.*}} : vector<16xi1>
// CHECK: %[[ROW1:.*]] = arith.xori %[[UPTO1]], %[[UPTO0]]
// CHECK: vector.maskedstore %{{.*}}, %[[ROW1]], %[[PIECE]] :
// CHECK: %[[UPTO2:.*]] = vector.create_mask %{{.*}} : vector<16xi1>
// CHECK: %[[ROW2:.*]] = arith.xori %[[UPTO2]], %[[UPTO1]]
// CHECK: vector.maskedstore %{{.*}}, %[[ROW2]], %[[PIECE]] :
// CHECK-NOT: vector.maskedstore %{{.*}}, %[[PIECE]] :
// CHECK: scf.if
// CHECK: vector.store %{{.*}} : memref<1x32x196xf32>, vector<2xf32>
// CHECK: scf.if
// CHECK: vector.store %{{.*}} : memref<1x32x196xf32>, vector<2xf32>
// CHECK: return
func.func @rows_of_12(%wt: memref<32x16xf32>, %x: memref<1x16x144xf32>) -> memref<1x32x14x14xf32> {
  %zero = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %acc = memref.alloc() {alignment = 64 : i64} : memref<1x32x12x12xf32>
  linalg.fill ins(%zero : f32) outs(%acc : memref<1x32x12x12xf32>)
  %flat = memref.collapse_shape %acc [[0], [1], [2, 3]] : memref<1x32x12x12xf32> into memref<1x32x144xf32>
  linalg.generic {indexing_maps = [#w, #x, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
      ins(%wt, %x : memref<32x16xf32>, memref<1x16x144xf32>) outs(%flat : memref<1x32x144xf32>) {
  ^bb0(%a: f32, %bb: f32, %c: f32):
    %p = arith.mulf %a, %bb : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  %padded = memref.alloc() {alignment = 64 : i64} : memref<1x32x14x14xf32>
  %top = memref.subview %padded[0, 0, 0, 0] [1, 32, 1, 14] [1, 1, 1, 1] : memref<1x32x14x14xf32> to memref<1x32x1x14xf32, strided<[6272, 196, 14, 1]>>
  linalg.fill ins(%zero : f32) outs(%top : memref<1x32x1x14xf32, strided<[6272, 196, 14, 1]>>)
  %bottom = memref.subview %padded[0, 0, 13, 0] [1, 32, 1, 14] [1, 1, 1, 1] : memref<1x32x14x14xf32> to memref<1x32x1x14xf32, strided<[6272, 196, 14, 1], offset: 182>>
  linalg.fill ins(%zero : f32) outs(%bottom : memref<1x32x1x14xf32, strided<[6272, 196, 14, 1], offset: 182>>)
  %left = memref.subview %padded[0, 0, 0, 0] [1, 32, 14, 1] [1, 1, 1, 1] : memref<1x32x14x14xf32> to memref<1x32x14x1xf32, strided<[6272, 196, 14, 1]>>
  linalg.fill ins(%zero : f32) outs(%left : memref<1x32x14x1xf32, strided<[6272, 196, 14, 1]>>)
  %right = memref.subview %padded[0, 0, 0, 13] [1, 32, 14, 1] [1, 1, 1, 1] : memref<1x32x14x14xf32> to memref<1x32x14x1xf32, strided<[6272, 196, 14, 1], offset: 13>>
  linalg.fill ins(%zero : f32) outs(%right : memref<1x32x14x1xf32, strided<[6272, 196, 14, 1], offset: 13>>)
  %interior = memref.subview %padded[0, 0, 1, 1] [1, 32, 12, 12] [1, 1, 1, 1] : memref<1x32x14x14xf32> to memref<1x32x12x12xf32, strided<[6272, 196, 14, 1], offset: 15>>
  linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%acc : memref<1x32x12x12xf32>) outs(%interior : memref<1x32x12x12xf32, strided<[6272, 196, 14, 1], offset: 15>>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  }
  memref.dealloc %acc : memref<1x32x12x12xf32>
  return %padded : memref<1x32x14x14xf32>
}

// Left to a pass of their own (their fills too):

// an epilogue with an exp (a SiLU: slower in register tiles),
// CHECK-LABEL: func.func @silu
// CHECK-NOT: vector.maskedstore
// CHECK: return
func.func @silu(%wt: memref<32x16xf32>, %x: memref<1x16x1024xf32>) -> memref<1x32x34x34xf32> {
  %zero = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %acc = memref.alloc() {alignment = 64 : i64} : memref<1x32x32x32xf32>
  %flat = memref.collapse_shape %acc [[0], [1], [2, 3]] : memref<1x32x32x32xf32> into memref<1x32x1024xf32>
  linalg.generic {indexing_maps = [#w, #x, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
      ins(%wt, %x : memref<32x16xf32>, memref<1x16x1024xf32>) outs(%flat : memref<1x32x1024xf32>) {
  ^bb0(%a: f32, %bb: f32, %c: f32):
    %p = arith.mulf %a, %bb : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  %padded = memref.alloc() {alignment = 64 : i64} : memref<1x32x34x34xf32>
  %top = memref.subview %padded[0, 0, 0, 0] [1, 32, 1, 34] [1, 1, 1, 1] : memref<1x32x34x34xf32> to memref<1x32x1x34xf32, strided<[36992, 1156, 34, 1]>>
  linalg.fill ins(%zero : f32) outs(%top : memref<1x32x1x34xf32, strided<[36992, 1156, 34, 1]>>)
  %bottom = memref.subview %padded[0, 0, 33, 0] [1, 32, 1, 34] [1, 1, 1, 1] : memref<1x32x34x34xf32> to memref<1x32x1x34xf32, strided<[36992, 1156, 34, 1], offset: 1122>>
  linalg.fill ins(%zero : f32) outs(%bottom : memref<1x32x1x34xf32, strided<[36992, 1156, 34, 1], offset: 1122>>)
  %left = memref.subview %padded[0, 0, 0, 0] [1, 32, 34, 1] [1, 1, 1, 1] : memref<1x32x34x34xf32> to memref<1x32x34x1xf32, strided<[36992, 1156, 34, 1]>>
  linalg.fill ins(%zero : f32) outs(%left : memref<1x32x34x1xf32, strided<[36992, 1156, 34, 1]>>)
  %right = memref.subview %padded[0, 0, 0, 33] [1, 32, 34, 1] [1, 1, 1, 1] : memref<1x32x34x34xf32> to memref<1x32x34x1xf32, strided<[36992, 1156, 34, 1], offset: 33>>
  linalg.fill ins(%zero : f32) outs(%right : memref<1x32x34x1xf32, strided<[36992, 1156, 34, 1], offset: 33>>)
  %interior = memref.subview %padded[0, 0, 1, 1] [1, 32, 32, 32] [1, 1, 1, 1] : memref<1x32x34x34xf32> to memref<1x32x32x32xf32, strided<[36992, 1156, 34, 1], offset: 35>>
  linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%acc : memref<1x32x32x32xf32>) outs(%interior : memref<1x32x32x32xf32, strided<[36992, 1156, 34, 1], offset: 35>>) {
  ^bb0(%in: f32, %out: f32):
    %n = arith.negf %in : f32
    %e = math.exp %n : f32
    %d = arith.addf %e, %one : f32
    %r = arith.divf %in, %d : f32
    linalg.yield %r : f32
  }
  memref.dealloc %acc : memref<1x32x32x32xf32>
  return %padded : memref<1x32x34x34xf32>
}

// rows shorter than kPaddedPlaneMinWidth (6 < 8: a piece could span four rows),
// CHECK-LABEL: func.func @short_rows
// CHECK-NOT: vector.maskedstore
// CHECK: return
func.func @short_rows(%wt: memref<32x16xf32>, %x: memref<1x16x36xf32>) -> memref<1x32x8x8xf32> {
  %zero = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %acc = memref.alloc() {alignment = 64 : i64} : memref<1x32x6x6xf32>
  %flat = memref.collapse_shape %acc [[0], [1], [2, 3]] : memref<1x32x6x6xf32> into memref<1x32x36xf32>
  linalg.generic {indexing_maps = [#w, #x, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
      ins(%wt, %x : memref<32x16xf32>, memref<1x16x36xf32>) outs(%flat : memref<1x32x36xf32>) {
  ^bb0(%a: f32, %bb: f32, %c: f32):
    %p = arith.mulf %a, %bb : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  %padded = memref.alloc() {alignment = 64 : i64} : memref<1x32x8x8xf32>
  %top = memref.subview %padded[0, 0, 0, 0] [1, 32, 1, 8] [1, 1, 1, 1] : memref<1x32x8x8xf32> to memref<1x32x1x8xf32, strided<[2048, 64, 8, 1]>>
  linalg.fill ins(%zero : f32) outs(%top : memref<1x32x1x8xf32, strided<[2048, 64, 8, 1]>>)
  %bottom = memref.subview %padded[0, 0, 7, 0] [1, 32, 1, 8] [1, 1, 1, 1] : memref<1x32x8x8xf32> to memref<1x32x1x8xf32, strided<[2048, 64, 8, 1], offset: 56>>
  linalg.fill ins(%zero : f32) outs(%bottom : memref<1x32x1x8xf32, strided<[2048, 64, 8, 1], offset: 56>>)
  %left = memref.subview %padded[0, 0, 0, 0] [1, 32, 8, 1] [1, 1, 1, 1] : memref<1x32x8x8xf32> to memref<1x32x8x1xf32, strided<[2048, 64, 8, 1]>>
  linalg.fill ins(%zero : f32) outs(%left : memref<1x32x8x1xf32, strided<[2048, 64, 8, 1]>>)
  %right = memref.subview %padded[0, 0, 0, 7] [1, 32, 8, 1] [1, 1, 1, 1] : memref<1x32x8x8xf32> to memref<1x32x8x1xf32, strided<[2048, 64, 8, 1], offset: 7>>
  linalg.fill ins(%zero : f32) outs(%right : memref<1x32x8x1xf32, strided<[2048, 64, 8, 1], offset: 7>>)
  %interior = memref.subview %padded[0, 0, 1, 1] [1, 32, 6, 6] [1, 1, 1, 1] : memref<1x32x8x8xf32> to memref<1x32x6x6xf32, strided<[2048, 64, 8, 1], offset: 9>>
  linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%acc : memref<1x32x6x6xf32>) outs(%interior : memref<1x32x6x6xf32, strided<[2048, 64, 8, 1], offset: 9>>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  }
  memref.dealloc %acc : memref<1x32x6x6xf32>
  return %padded : memref<1x32x8x8xf32>
}

// a fill of the whole buffer, interior too, before the ReLU,
// CHECK-LABEL: func.func @interior_fill
// CHECK-NOT: vector.maskedstore
// CHECK: return
func.func @interior_fill(%wt: memref<32x16xf32>, %x: memref<1x16x1024xf32>) -> memref<1x32x34x34xf32> {
  %zero = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %acc = memref.alloc() {alignment = 64 : i64} : memref<1x32x32x32xf32>
  %flat = memref.collapse_shape %acc [[0], [1], [2, 3]] : memref<1x32x32x32xf32> into memref<1x32x1024xf32>
  linalg.generic {indexing_maps = [#w, #x, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
      ins(%wt, %x : memref<32x16xf32>, memref<1x16x1024xf32>) outs(%flat : memref<1x32x1024xf32>) {
  ^bb0(%a: f32, %bb: f32, %c: f32):
    %p = arith.mulf %a, %bb : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  %padded = memref.alloc() {alignment = 64 : i64} : memref<1x32x34x34xf32>
  %all = memref.subview %padded[0, 0, 0, 0] [1, 32, 34, 34] [1, 1, 1, 1] : memref<1x32x34x34xf32> to memref<1x32x34x34xf32, strided<[36992, 1156, 34, 1]>>
  linalg.fill ins(%zero : f32) outs(%all : memref<1x32x34x34xf32, strided<[36992, 1156, 34, 1]>>)
  %interior = memref.subview %padded[0, 0, 1, 1] [1, 32, 32, 32] [1, 1, 1, 1] : memref<1x32x34x34xf32> to memref<1x32x32x32xf32, strided<[36992, 1156, 34, 1], offset: 35>>
  linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%acc : memref<1x32x32x32xf32>) outs(%interior : memref<1x32x32x32xf32, strided<[36992, 1156, 34, 1], offset: 35>>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  }
  memref.dealloc %acc : memref<1x32x32x32xf32>
  return %padded : memref<1x32x34x34xf32>
}

// fills of a part of the border only (the rest is not known to be written).
// CHECK-LABEL: func.func @partial_border
// CHECK-NOT: vector.maskedstore
// CHECK: return
func.func @partial_border(%wt: memref<32x16xf32>, %x: memref<1x16x1024xf32>) -> memref<1x32x34x34xf32> {
  %zero = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %acc = memref.alloc() {alignment = 64 : i64} : memref<1x32x32x32xf32>
  %flat = memref.collapse_shape %acc [[0], [1], [2, 3]] : memref<1x32x32x32xf32> into memref<1x32x1024xf32>
  linalg.generic {indexing_maps = [#w, #x, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
      ins(%wt, %x : memref<32x16xf32>, memref<1x16x1024xf32>) outs(%flat : memref<1x32x1024xf32>) {
  ^bb0(%a: f32, %bb: f32, %c: f32):
    %p = arith.mulf %a, %bb : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  %padded = memref.alloc() {alignment = 64 : i64} : memref<1x32x34x34xf32>
  %top = memref.subview %padded[0, 0, 0, 0] [1, 32, 1, 34] [1, 1, 1, 1] : memref<1x32x34x34xf32> to memref<1x32x1x34xf32, strided<[36992, 1156, 34, 1]>>
  linalg.fill ins(%zero : f32) outs(%top : memref<1x32x1x34xf32, strided<[36992, 1156, 34, 1]>>)
  %left = memref.subview %padded[0, 0, 0, 0] [1, 32, 34, 1] [1, 1, 1, 1] : memref<1x32x34x34xf32> to memref<1x32x34x1xf32, strided<[36992, 1156, 34, 1]>>
  linalg.fill ins(%zero : f32) outs(%left : memref<1x32x34x1xf32, strided<[36992, 1156, 34, 1]>>)
  %interior = memref.subview %padded[0, 0, 1, 1] [1, 32, 32, 32] [1, 1, 1, 1] : memref<1x32x34x34xf32> to memref<1x32x32x32xf32, strided<[36992, 1156, 34, 1], offset: 35>>
  linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%acc : memref<1x32x32x32xf32>) outs(%interior : memref<1x32x32x32xf32, strided<[36992, 1156, 34, 1], offset: 35>>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  }
  memref.dealloc %acc : memref<1x32x32x32xf32>
  return %padded : memref<1x32x34x34xf32>
}
