// ov-tile-and-vectorize on bufferized linalg ops.
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-tile-and-vectorize))' | FileCheck %s
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-tile-and-vectorize))' | FileCheck %s --check-prefix=CHANNELS

// A matmul (M = 130, N = 40, K = 10): thread tiles of 13 rows (a divisor
// of 130: tiles of 64 left a last one of 2 rows of dynamic size, scalar),
// then 8 x 32 register tiles whose accumulator is carried through the K
// loop in a vector; the 5 rows left in each thread tile and the 8
// remaining columns are static tiles, vectorized.
// CHECK-LABEL: func.func @matmul
// CHECK: scf.parallel (%{{.*}}) = (%c0) to (%c130) step (%c13)
// CHECK: %[[ACC:.*]] = vector.transfer_read %{{.*}} : memref<130x40xf32>, vector<8x32xf32>
// CHECK: %[[SUM:.*]] = scf.for {{.*}} iter_args(%[[IT:.*]] = %[[ACC]]) -> (vector<8x32xf32>)
// CHECK: vector.transfer_read {{.*}} vector<8x1xf32>
// CHECK: vector.transfer_read {{.*}} vector<32xf32>
// CHECK: %[[NEXT:.*]] = vector.contract {{.*}} %[[IT]]
// CHECK: scf.yield %[[NEXT]]
// CHECK: vector.transfer_write %[[SUM]]
// CHECK: vector.contract {{.*}} into vector<8x8xf32>
// CHECK: vector.contract {{.*}} into vector<5x32xf32>
// CHECK: vector.contract {{.*}} into vector<5x8xf32>
// CHECK-NOT: linalg.matmul
func.func @matmul(%a: memref<130x10xf32>, %b: memref<10x40xf32>, %c: memref<130x40xf32>) {
  linalg.matmul ins(%a, %b : memref<130x10xf32>, memref<10x40xf32>) outs(%c : memref<130x40xf32>)
  return
}

// Thread tiles sweep the columns outermost when that reads less and the
// left-hand side stays in cache: 128 x 1024 with K = 64 (2 row blocks, 4
// column blocks; the right-hand side, 64K elements, is read once instead of
// twice, the left-hand side, 8K, 4 times instead of once).
// CHECK-LABEL: func.func @matmul_columns_outer
// CHECK: scf.parallel (%{{.*}}, %{{.*}}) = (%c0, %c0) to (%c1024, %c128) step (%c256, %c64)
func.func @matmul_columns_outer(%a: memref<128x64xf32>, %b: memref<64x1024xf32>, %c: memref<128x1024xf32>) {
  linalg.matmul ins(%a, %b : memref<128x64xf32>, memref<64x1024xf32>) outs(%c : memref<128x1024xf32>)
  return
}

// A left-hand side larger than the L2 cache (1024 x 1024: 4 MB) keeps the
// row blocks outermost.
// CHECK-LABEL: func.func @matmul_rows_outer
// CHECK: scf.parallel (%{{.*}}, %{{.*}}) = (%c0, %c0) to (%c1024, %c1024) step (%c64, %c256)
func.func @matmul_rows_outer(%a: memref<1024x1024xf32>, %b: memref<1024x1024xf32>, %c: memref<1024x1024xf32>) {
  linalg.matmul ins(%a, %b : memref<1024x1024xf32>, memref<1024x1024xf32>) outs(%c : memref<1024x1024xf32>)
  return
}

// Elementwise: thread tiles of at most 4096 elements whose shapes are
// static (100 rows of 37: 100 divides 300), one row at a time in 16-wide
// vectors, the remaining 5 elements (37 = 2 x 16 + 5) as a masked vector
// of 8.
// CHECK-LABEL: func.func @add
// CHECK: vector.create_mask %c1, %c5 : vector<1x8xi1>
// CHECK: scf.parallel {{.*}} to (%c300) step (%c100)
// CHECK: scf.for {{.*}} to %c100 step %c1
// CHECK: scf.for {{.*}} to %c32 step %c16
// CHECK: arith.addf {{.*}} : vector<16xf32>
// CHECK: arith.addf {{.*}} : vector<8xf32>
func.func @add(%a: memref<300x37xf32>, %b: memref<300x37xf32>, %c: memref<300x37xf32>) {
  linalg.add ins(%a, %b : memref<300x37xf32>, memref<300x37xf32>) outs(%c : memref<300x37xf32>)
  return
}

// Fewer elements than a thread tile: no thread loop.
// CHECK-LABEL: func.func @small_add
// CHECK-NOT: scf.parallel
// CHECK: arith.addf {{.*}} : vector<16xf32>
// CHECK: return
func.func @small_add(%a: memref<3x37xf32>, %b: memref<3x37xf32>, %c: memref<3x37xf32>) {
  linalg.add ins(%a, %b : memref<3x37xf32>, memref<3x37xf32>) outs(%c : memref<3x37xf32>)
  return
}

// An elementwise op on [1, C, 1, 1] (a squeeze-excite sigmoid) works on
// views without the unit dimensions, its vectors along the channels (on
// the innermost, one-element dimension they were scalars); a strided
// channel slice (of a padded buffer) is viewed the same way.
// CHECK-LABEL: func.func @unit_innermost_dims
// CHECK-DAG: %[[IN:.*]] = memref.collapse_shape %arg0 {{\[\[}}0, 1, 2, 3]] : memref<1x1152x1x1xf32> into memref<1152xf32>
// CHECK-DAG: %[[OUT:.*]] = memref.collapse_shape %arg1 {{\[\[}}0, 1, 2, 3]] : memref<1x1152x1x1xf32, strided<[1280, 1, 1, 1]>> into memref<1152xf32, strided<[1]>>
// CHECK: vector.transfer_read %[[IN]]{{.*}} : memref<1152xf32>, vector<16xf32>
// CHECK: math.exp {{.*}} : vector<16xf32>
// CHECK: vector.transfer_write {{.*}}, %[[OUT]]
// CHECK-NOT: : f32
// CHECK: return
func.func @unit_innermost_dims(%x: memref<1x1152x1x1xf32>, %y: memref<1x1152x1x1xf32, strided<[1280, 1, 1, 1]>>) {
  linalg.generic {indexing_maps = [affine_map<(n, c, h, w) -> (n, c, h, w)>, affine_map<(n, c, h, w) -> (n, c, h, w)>],
                  iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%x : memref<1x1152x1x1xf32>) outs(%y : memref<1x1152x1x1xf32, strided<[1280, 1, 1, 1]>>) {
  ^bb0(%in: f32, %out: f32):
    %e = math.exp %in : f32
    linalg.yield %e : f32
  }
  return
}

// A reorder of [1, C, 1, 1] to blocks of 32 ([1, C / 32, 32, 1, 1] read
// as [1, C / 32, 1, 1, 32]) moves unit dimensions only: a copy of vectors
// on the views without them, not reads through a permutation (a gather of
// scalars per vector once lowered). A
// broadcast of a per-channel vector over a plane is left as it is.
// CHECK-LABEL: func.func @unit_dims_reorder
// CHECK-DAG: %[[IN:.*]] = memref.collapse_shape %arg0 {{\[\[}}0, 1], [2, 3, 4]] : memref<1x36x32x1x1xf32> into memref<36x32xf32>
// CHECK-DAG: %[[OUT:.*]] = memref.collapse_shape %arg1 {{\[\[}}0, 1, 2, 3], [4]] : memref<1x36x1x1x32xf32> into memref<36x32xf32>
// CHECK: vector.transfer_read %[[IN]][%{{.*}}, %{{.*}}], %{{.*}} {in_bounds = [true, true]} : memref<36x32xf32>, vector<2x32xf32>
// CHECK: vector.transfer_write {{.*}}, %[[OUT]]
// CHECK-NOT: memref.collapse_shape
// CHECK: return
func.func @unit_dims_reorder(%x: memref<1x36x32x1x1xf32>, %y: memref<1x36x1x1x32xf32>, %bias: memref<64xf32>, %plane: memref<1x64x8x8xf32>) {
  linalg.generic {indexing_maps = [affine_map<(n, cb, h, w, b) -> (n, cb, b, h, w)>, affine_map<(n, cb, h, w, b) -> (n, cb, h, w, b)>],
                  iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]}
      ins(%x : memref<1x36x32x1x1xf32>) outs(%y : memref<1x36x1x1x32xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  linalg.generic {indexing_maps = [affine_map<(n, c, h, w) -> (c)>, affine_map<(n, c, h, w) -> (n, c, h, w)>],
                  iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%bias : memref<64xf32>) outs(%plane : memref<1x64x8x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  return
}

// i1 operands are not vectorized (vectors of i1 are bit-packed in LLVM,
// memrefs of i1 are not): only the thread loop.
// CHECK-LABEL: func.func @select
// CHECK: scf.parallel
// CHECK-NOT: vector.
// CHECK: linalg.generic
func.func @select(%m: memref<4x64xi1>, %a: memref<4x64xf32>, %c: memref<4x64xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>],
                  iterator_types = ["parallel", "parallel"]}
      ins(%m, %a : memref<4x64xi1>, memref<4x64xf32>) outs(%c : memref<4x64xf32>) {
  ^bb0(%x: i1, %y: f32, %z: f32):
    %zero = arith.constant 0.0 : f32
    %r = arith.select %x, %y, %zero : f32
    linalg.yield %r : f32
  }
  return
}

// Dynamic shapes: thread tiles only.
// CHECK-LABEL: func.func @dynamic
// CHECK: scf.parallel
// CHECK-NOT: vector.
// CHECK: linalg.add
func.func @dynamic(%a: memref<?x?xf32>, %b: memref<?x?xf32>, %c: memref<?x?xf32>) {
  linalg.add ins(%a, %b : memref<?x?xf32>, memref<?x?xf32>) outs(%c : memref<?x?xf32>)
  return
}

// A convolution as a contraction: out[n, f, p] += w[f, c] * x[n, c, p]. The
// batch n is an N loop of the input and output only: a thread tile of 1;
// the register tiles span f (rows) and p (vectors). (The thread tiles of f
// and p hold the whole op: their loops fold away.)
// CHECK-LABEL: func.func @conv_as_matmul
// CHECK: scf.parallel (%{{.*}}) = (%c0) to (%c2) step (%c1)
// CHECK: scf.for {{.*}} iter_args({{.*}}) -> (vector<8x32xf32>)
// CHECK: vector.contract
func.func @conv_as_matmul(%w: memref<32x16xf32>, %x: memref<2x16x40xf32>, %out: memref<2x32x40xf32>) {
  linalg.generic {indexing_maps = [affine_map<(n, f, p, c) -> (f, c)>, affine_map<(n, f, p, c) -> (n, c, p)>, affine_map<(n, f, p, c) -> (n, f, p)>],
                  iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
      ins(%w, %x : memref<32x16xf32>, memref<2x16x40xf32>) outs(%out : memref<2x32x40xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  return
}

// A copy into the interior of a padded buffer (not one block of memory)
// becomes a linalg.copy: rows in threads, vectors of two rows of 32 (not a
// call to the runtime's generic memrefCopy). A contiguous copy stays
// memref.copy.
// CHECK-LABEL: func.func @pad_interior
// CHECK: scf.parallel
// CHECK: vector.transfer_read {{.*}} vector<2x32xf32>
// CHECK: vector.transfer_write {{.*}} vector<2x32xf32>
// CHECK: memref.copy %arg0, %arg2 : memref<200x32xf32> to memref<200x32xf32>
func.func @pad_interior(%x: memref<200x32xf32>, %padded: memref<202x34xf32>, %same: memref<200x32xf32>) {
  %interior = memref.subview %padded[1, 1] [200, 32] [1, 1] : memref<202x34xf32> to memref<200x32xf32, strided<[34, 1], offset: 35>>
  memref.copy %x, %interior : memref<200x32xf32> to memref<200x32xf32, strided<[34, 1], offset: 35>>
  memref.copy %x, %same : memref<200x32xf32> to memref<200x32xf32>
  return
}

// Rows of 7 (MobileNetV2's and EfficientNet-B0's 7x7 planes) are vectors,
// not scalar loops (which LLVM vectorized across rows with gathers and
// scatters): one masked vector of 8 when the rows are unit-stride, else
// (a strided input) vectors of 4, 2 and 1; so is the remainder of 12 after
// a vector of 16 (a masked vector of 16). Rows of fewer than 4 elements
// stay scalar.
// CHECK-LABEL: func.func @narrow_rows
// CHECK: %[[MASK3:.*]] = vector.create_mask %c1, %c1, %c7 : vector<1x1x8xi1>
// CHECK: %[[MASK:.*]] = vector.extract %[[MASK3]][0, 0]
// CHECK: %[[A:.*]] = vector.transfer_read %arg0[{{.*}}], %{{.*}}, %[[MASK]] {in_bounds = [true]} : memref<64x2x7xf32>, vector<8xf32>
// CHECK: %[[SUM:.*]] = arith.addf %[[A]], %{{.*}} : vector<8xf32>
// CHECK: vector.transfer_write %[[SUM]], %arg2[{{.*}}], %[[MASK]] {in_bounds = [true]}
// CHECK-LABEL: func.func @strided_rows
// CHECK: arith.addf {{.*}} : vector<4xf32>
// CHECK: arith.addf {{.*}} : vector<2xf32>
// CHECK: arith.addf {{.*}} : vector<1xf32>
// CHECK-LABEL: func.func @rows_of_28
// CHECK: vector.create_mask %c1, %c12 : vector<1x16xi1>
// CHECK: arith.addf {{.*}} : vector<16xf32>
// CHECK: arith.addf {{.*}} : vector<16xf32>
// CHECK-LABEL: func.func @tiny_rows
// CHECK-NOT: vector.
// CHECK: linalg.add
func.func @narrow_rows(%a: memref<64x2x7xf32>, %b: memref<64x2x7xf32>, %c: memref<64x2x7xf32>) {
  linalg.add ins(%a, %b : memref<64x2x7xf32>, memref<64x2x7xf32>) outs(%c : memref<64x2x7xf32>)
  return
}
func.func @strided_rows(%a: memref<64x2x14xf32>, %b: memref<64x2x7xf32>, %c: memref<64x2x7xf32>) {
  %taps = memref.subview %a[0, 0, 0] [64, 2, 7] [1, 1, 2] : memref<64x2x14xf32> to memref<64x2x7xf32, strided<[28, 14, 2]>>
  linalg.add ins(%taps, %b : memref<64x2x7xf32, strided<[28, 14, 2]>>, memref<64x2x7xf32>) outs(%c : memref<64x2x7xf32>)
  return
}
func.func @rows_of_28(%a: memref<64x28xf32>, %b: memref<64x28xf32>, %c: memref<64x28xf32>) {
  linalg.add ins(%a, %b : memref<64x28xf32>, memref<64x28xf32>) outs(%c : memref<64x28xf32>)
  return
}
func.func @tiny_rows(%a: memref<64x2x3xf32>, %b: memref<64x2x3xf32>, %c: memref<64x2x3xf32>) {
  linalg.add ins(%a, %b : memref<64x2x3xf32>, memref<64x2x3xf32>) outs(%c : memref<64x2x3xf32>)
  return
}

// The border fills of a padded buffer (ov-pad-borders) move into the thread
// tiles of the op writing its interior, after the tile's rows: each
// channel's top row (vectors of 32, 16 and a masked 16) and left column are
// stored while its lines are in cache.
// CHECK-LABEL: func.func @relu_into_padded
// CHECK-NOT: linalg.fill
// CHECK: scf.parallel (%[[C:.*]]) = (%c0) to (%c16) step (%c1)
// CHECK: arith.minimumf {{.*}} : vector<16xf32>
// CHECK: %[[LEFT:.*]] = memref.subview %arg1[0, %[[C]], 0, 0] [1, 1, 58, 1]
// CHECK: linalg.fill ins({{.*}}) outs(%[[LEFT]]
// CHECK: vector.transfer_write {{.*}}, %arg1[%c0, %[[C]], %c0, %c0] {{.*}} : vector<32xf32>
// CHECK: vector.transfer_write {{.*}}, %arg1[%c0, %[[C]], %c0, %c32] {{.*}} : vector<16xf32>
// CHECK: vector.transfer_write {{.*}}, %arg1[%c0, %[[C]], %c0, %c48], %{{.*}} {{.*}} : vector<16xf32>
// CHECK: scf.reduce
func.func @relu_into_padded(%x: memref<1x16x56x56xf32>, %padded: memref<1x16x58x58xf32>) {
  %zero = arith.constant 0.0 : f32
  %six = arith.constant 6.0 : f32
  %top = memref.subview %padded[0, 0, 0, 0] [1, 16, 1, 58] [1, 1, 1, 1] : memref<1x16x58x58xf32> to memref<1x16x1x58xf32, strided<[53824, 3364, 58, 1]>>
  linalg.fill ins(%zero : f32) outs(%top : memref<1x16x1x58xf32, strided<[53824, 3364, 58, 1]>>)
  %left = memref.subview %padded[0, 0, 0, 0] [1, 16, 58, 1] [1, 1, 1, 1] : memref<1x16x58x58xf32> to memref<1x16x58x1xf32, strided<[53824, 3364, 58, 1]>>
  linalg.fill ins(%zero : f32) outs(%left : memref<1x16x58x1xf32, strided<[53824, 3364, 58, 1]>>)
  %interior = memref.subview %padded[0, 0, 1, 1] [1, 16, 56, 56] [1, 1, 1, 1] : memref<1x16x58x58xf32> to memref<1x16x56x56xf32, strided<[53824, 3364, 58, 1], offset: 59>>
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%x : memref<1x16x56x56xf32>) outs(%interior : memref<1x16x56x56xf32, strided<[53824, 3364, 58, 1], offset: 59>>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    %r = arith.minimumf %m, %six : f32
    linalg.yield %r : f32
  }
  return
}

// A fill of the buffer that the interior's writer reads, or one separated
// from it by an op that reads the buffer, stays where it is.
// CHECK-LABEL: func.func @fill_read_between
// CHECK: vector.transfer_write
// CHECK: memref.copy
// CHECK: scf.parallel
// CHECK-NOT: linalg.fill
// CHECK: scf.reduce
func.func @fill_read_between(%x: memref<1x16x56x56xf32>, %padded: memref<1x16x58x58xf32>, %copy: memref<1x16x58x58xf32>) {
  %zero = arith.constant 0.0 : f32
  %top = memref.subview %padded[0, 0, 0, 0] [1, 16, 1, 58] [1, 1, 1, 1] : memref<1x16x58x58xf32> to memref<1x16x1x58xf32, strided<[53824, 3364, 58, 1]>>
  linalg.fill ins(%zero : f32) outs(%top : memref<1x16x1x58xf32, strided<[53824, 3364, 58, 1]>>)
  memref.copy %padded, %copy : memref<1x16x58x58xf32> to memref<1x16x58x58xf32>
  %interior = memref.subview %padded[0, 0, 1, 1] [1, 16, 56, 56] [1, 1, 1, 1] : memref<1x16x58x58xf32> to memref<1x16x56x56xf32, strided<[53824, 3364, 58, 1], offset: 59>>
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%x : memref<1x16x56x56xf32>) outs(%interior : memref<1x16x56x56xf32, strided<[53824, 3364, 58, 1], offset: 59>>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  }
  return
}

// Border fills that no elementwise op writing the interior takes (here
// the interior is the caller's) move into the thread tiles of the op that
// reads the buffer next, before its reads, when its tiles split a
// dimension that its output, its reads of the buffer and the fills' slabs
// all span whole (the channel blocks): each tile fills the border of the
// blocks it reads.
// CHECK-LABEL: func.func @fills_before_reads
// CHECK-NOT: linalg.fill
// CHECK: scf.parallel (%[[B:.*]]) = (%c0) to (%c8) step (%c2) {
// CHECK-NEXT: vector.transfer_write %{{.*}}, %arg0[%c0, %[[B]], %c8, %c0, %c0] {{.*}} : vector<2x1x9x32xf32>
// CHECK-NEXT: vector.transfer_write %{{.*}}, %arg0[%c0, %[[B]], %c0, %c0, %c0] {{.*}} : vector<2x1x9x32xf32>
// CHECK: vector.transfer_read %arg0
// CHECK: scf.reduce
func.func @fills_before_reads(%padded: memref<1x8x9x9x32xf32>, %out: memref<1x8x7x7x32xf32>) {
  %zero = arith.constant 0.0 : f32
  %top = memref.subview %padded[0, 0, 0, 0, 0] [1, 8, 1, 9, 32] [1, 1, 1, 1, 1] : memref<1x8x9x9x32xf32> to memref<1x8x1x9x32xf32, strided<[20736, 2592, 288, 32, 1]>>
  linalg.fill ins(%zero : f32) outs(%top : memref<1x8x1x9x32xf32, strided<[20736, 2592, 288, 32, 1]>>)
  %bottom = memref.subview %padded[0, 0, 8, 0, 0] [1, 8, 1, 9, 32] [1, 1, 1, 1, 1] : memref<1x8x9x9x32xf32> to memref<1x8x1x9x32xf32, strided<[20736, 2592, 288, 32, 1], offset: 2304>>
  linalg.fill ins(%zero : f32) outs(%bottom : memref<1x8x1x9x32xf32, strided<[20736, 2592, 288, 32, 1], offset: 2304>>)
  %a = memref.subview %padded[0, 0, 0, 0, 0] [1, 8, 7, 7, 32] [1, 1, 1, 1, 1] : memref<1x8x9x9x32xf32> to memref<1x8x7x7x32xf32, strided<[20736, 2592, 288, 32, 1]>>
  %b = memref.subview %padded[0, 0, 2, 2, 0] [1, 8, 7, 7, 32] [1, 1, 1, 1, 1] : memref<1x8x9x9x32xf32> to memref<1x8x7x7x32xf32, strided<[20736, 2592, 288, 32, 1], offset: 640>>
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%a, %b : memref<1x8x7x7x32xf32, strided<[20736, 2592, 288, 32, 1]>>, memref<1x8x7x7x32xf32, strided<[20736, 2592, 288, 32, 1], offset: 640>>) outs(%out : memref<1x8x7x7x32xf32>) {
  ^bb0(%x: f32, %y: f32, %o: f32):
    %s = arith.addf %x, %y : f32
    linalg.yield %s : f32
  }
  return
}

// A reader of 8 of the buffer's 9 channel blocks (shifted by one: its
// tile's blocks are not those of the tile's fills), or an op reading the
// buffer between the fills and the reader: the fills stay before the
// reader's thread loop.
// CHECK-LABEL: func.func @fills_shifted_reads
// CHECK: vector.transfer_write %{{.*}}, %arg0
// CHECK: scf.parallel ({{.*}}) = (%c0) to (%c8) step (%c2) {
// CHECK-NOT: vector.transfer_write %{{.*}}, %arg0
// CHECK: scf.reduce
func.func @fills_shifted_reads(%padded: memref<1x9x9x9x32xf32>, %out: memref<1x8x7x7x32xf32>) {
  %zero = arith.constant 0.0 : f32
  %top = memref.subview %padded[0, 0, 0, 0, 0] [1, 9, 1, 9, 32] [1, 1, 1, 1, 1] : memref<1x9x9x9x32xf32> to memref<1x9x1x9x32xf32, strided<[23328, 2592, 288, 32, 1]>>
  linalg.fill ins(%zero : f32) outs(%top : memref<1x9x1x9x32xf32, strided<[23328, 2592, 288, 32, 1]>>)
  %a = memref.subview %padded[0, 1, 0, 0, 0] [1, 8, 7, 7, 32] [1, 1, 1, 1, 1] : memref<1x9x9x9x32xf32> to memref<1x8x7x7x32xf32, strided<[23328, 2592, 288, 32, 1], offset: 2592>>
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%a : memref<1x8x7x7x32xf32, strided<[23328, 2592, 288, 32, 1], offset: 2592>>) outs(%out : memref<1x8x7x7x32xf32>) {
  ^bb0(%x: f32, %o: f32):
    %s = arith.addf %x, %x : f32
    linalg.yield %s : f32
  }
  return
}

// A reader whose thread tiles also cut rows (a large plane's depthwise
// layer or max pool) keeps them; its fills stay apart, rather than its
// tiles becoming whole channel blocks.
// CHECK-LABEL: func.func @fills_row_tiled_reader
// CHECK: vector.transfer_write %{{.*}}, %arg0
// CHECK: scf.parallel ({{.*}}) = (%c0, %c0) to (%c56, %c2) step (%c2, %c1) {
// CHECK-NOT: vector.transfer_write %{{.*}}, %arg0
// CHECK: scf.reduce
func.func @fills_row_tiled_reader(%padded: memref<1x2x58x58x32xf32>, %out: memref<1x2x56x56x32xf32>) {
  %zero = arith.constant 0.0 : f32
  %top = memref.subview %padded[0, 0, 0, 0, 0] [1, 2, 1, 58, 32] [1, 1, 1, 1, 1] : memref<1x2x58x58x32xf32> to memref<1x2x1x58x32xf32, strided<[215296, 107648, 1856, 32, 1]>>
  linalg.fill ins(%zero : f32) outs(%top : memref<1x2x1x58x32xf32, strided<[215296, 107648, 1856, 32, 1]>>)
  %a = memref.subview %padded[0, 0, 0, 0, 0] [1, 2, 56, 56, 32] [1, 1, 1, 1, 1] : memref<1x2x58x58x32xf32> to memref<1x2x56x56x32xf32, strided<[215296, 107648, 1856, 32, 1]>>
  %b = memref.subview %padded[0, 0, 2, 2, 0] [1, 2, 56, 56, 32] [1, 1, 1, 1, 1] : memref<1x2x58x58x32xf32> to memref<1x2x56x56x32xf32, strided<[215296, 107648, 1856, 32, 1], offset: 3776>>
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%a, %b : memref<1x2x56x56x32xf32, strided<[215296, 107648, 1856, 32, 1]>>, memref<1x2x56x56x32xf32, strided<[215296, 107648, 1856, 32, 1], offset: 3776>>) outs(%out : memref<1x2x56x56x32xf32>) {
  ^bb0(%x: f32, %y: f32, %o: f32):
    %s = arith.addf %x, %y : f32
    linalg.yield %s : f32
  }
  return
}

// CHECK-LABEL: func.func @fills_read_between
// CHECK: vector.transfer_write %{{.*}}, %arg0
// CHECK: memref.copy %arg0, %arg1
// CHECK: scf.parallel ({{.*}}) = (%c0) to (%c8) step (%c2) {
// CHECK-NOT: vector.transfer_write %{{.*}}, %arg0
// CHECK: scf.reduce
func.func @fills_read_between(%padded: memref<1x8x9x9x32xf32>, %copy: memref<1x8x9x9x32xf32>, %out: memref<1x8x7x7x32xf32>) {
  %zero = arith.constant 0.0 : f32
  %top = memref.subview %padded[0, 0, 0, 0, 0] [1, 8, 1, 9, 32] [1, 1, 1, 1, 1] : memref<1x8x9x9x32xf32> to memref<1x8x1x9x32xf32, strided<[20736, 2592, 288, 32, 1]>>
  linalg.fill ins(%zero : f32) outs(%top : memref<1x8x1x9x32xf32, strided<[20736, 2592, 288, 32, 1]>>)
  memref.copy %padded, %copy : memref<1x8x9x9x32xf32> to memref<1x8x9x9x32xf32>
  %a = memref.subview %padded[0, 0, 0, 0, 0] [1, 8, 7, 7, 32] [1, 1, 1, 1, 1] : memref<1x8x9x9x32xf32> to memref<1x8x7x7x32xf32, strided<[20736, 2592, 288, 32, 1]>>
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%a : memref<1x8x7x7x32xf32, strided<[20736, 2592, 288, 32, 1]>>) outs(%out : memref<1x8x7x7x32xf32>) {
  ^bb0(%x: f32, %o: f32):
    %s = arith.addf %x, %x : f32
    linalg.yield %s : f32
  }
  return
}

// A contraction of two terms (two kernel taps, codegen::buildMulAddTerms):
// each register tile becomes a vector.contract per term in one K loop, and
// the accumulators pass from one to the next in registers: one read before
// the loop, one write after it.
// CHECK-LABEL: func.func @two_terms
// CHECK: %[[ACC:.*]] = vector.transfer_read %arg4{{.*}} : memref<1x32x64xf32>, vector<8x32xf32>
// CHECK: %[[SUM:.*]] = scf.for {{.*}} iter_args(%[[IT:.*]] = %[[ACC]]) -> (vector<8x32xf32>)
// CHECK-NOT: vector.transfer_write
// CHECK: %[[FIRST:.*]] = vector.contract {{.*}} %[[IT]]
// CHECK-NOT: vector.transfer_write
// CHECK: %[[SECOND:.*]] = vector.contract {{.*}} %[[FIRST]]
// CHECK: scf.yield %[[SECOND]]
// CHECK: vector.transfer_write %[[SUM]], %arg4
func.func @two_terms(%w0: memref<32x16xf32>, %x0: memref<1x16x64xf32>, %w1: memref<32x16xf32>, %x1: memref<1x16x64xf32>, %out: memref<1x32x64xf32>) {
  linalg.generic {indexing_maps = [affine_map<(n, f, p, c) -> (f, c)>, affine_map<(n, f, p, c) -> (n, c, p)>, affine_map<(n, f, p, c) -> (f, c)>, affine_map<(n, f, p, c) -> (n, c, p)>, affine_map<(n, f, p, c) -> (n, f, p)>],
                  iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
      ins(%w0, %x0, %w1, %x1 : memref<32x16xf32>, memref<1x16x64xf32>, memref<32x16xf32>, memref<1x16x64xf32>) outs(%out : memref<1x32x64xf32>) {
  ^bb0(%a0: f32, %b0: f32, %a1: f32, %b1: f32, %c: f32):
    %p0 = arith.mulf %a0, %b0 : f32
    %s0 = arith.addf %c, %p0 : f32
    %p1 = arith.mulf %a1, %b1 : f32
    %s1 = arith.addf %s0, %p1 : f32
    linalg.yield %s1 : f32
  }
  return
}

// A sum over rows of contiguous elements (a global average pool's: 8 rows
// of 56 per channel): threads over the channels, each row summed 16
// elements at a time into a vector of partial sums (carried in a register
// through the row, VectorAccumulators.h), reduced once into the
// accumulator after the loop; the 8 left over as a vector of 8.
// CHECK-LABEL: func.func @row_sum
// CHECK: scf.parallel
// CHECK: scf.for {{.*}} to %c8 step %c1
// CHECK: %[[ACC:.*]] = vector.transfer_read %arg1
// CHECK: %[[ZERO:.*]] = arith.constant dense<-0.000000e+00> : vector<16xf32>
// CHECK: %[[LANES:.*]]:2 = scf.for {{.*}} to %c48 step %c16 iter_args(%{{.*}} = %[[ACC]], %[[PARTIAL:.*]] = %[[ZERO]])
// CHECK: %[[ROW:.*]] = vector.transfer_read %arg0{{.*}} vector<16xf32>
// CHECK: %[[NEXT:.*]] = arith.addf %[[ROW]], %[[PARTIAL]] : vector<16xf32>
// CHECK-NOT: vector.reduction
// CHECK: scf.yield %{{.*}}, %[[NEXT]]
// CHECK: %[[START:.*]] = vector.extract %[[ACC]][0]
// CHECK: vector.reduction <add>, %[[LANES]]#1, %[[START]] : vector<16xf32> into f32
// CHECK: vector.reduction <add>, %{{.*}}, %{{.*}} : vector<8xf32> into f32
// CHECK: vector.transfer_write {{.*}}, %arg1
func.func @row_sum(%x: memref<1x32x8x56xf32>, %sum: memref<1x32x1x1xf32>) {
  linalg.generic {indexing_maps = [affine_map<(n, c, h, w) -> (n, c, h, w)>, affine_map<(n, c, h, w) -> (n, c, 0, 0)>],
                  iterator_types = ["parallel", "parallel", "reduction", "reduction"]}
      ins(%x : memref<1x32x8x56xf32>) outs(%sum : memref<1x32x1x1xf32>) {
  ^bb0(%in: f32, %acc: f32):
    %s = arith.addf %in, %acc : f32
    linalg.yield %s : f32
  }
  return
}

// A 1x1 convolution on channel blocks over a 14x14 plane (196 positions):
// thread tiles of 28 positions, a divisor of 196, so that every tile has
// three register tiles of 8 rows and a static remainder of 4, vectorized
// (with tiles of 64 the last one had 4 rows of dynamic size, scalar); with
// 2 filter blocks, 14 thread tiles (an even count, for two threads).
// The filter (64 x 96 elements) is smaller than the input plane (196 x
// 96): the thread tiles go over the positions first (two threads split
// the plane, each reading all of the filter).
// CHECK-LABEL: func.func @blocked_rows
// CHECK: scf.parallel (%{{.*}}, %{{.*}}) = (%c0, %c0) to (%c196, %c2) step (%c28, %c1)
// CHECK: scf.for %{{.*}} = %c0 to %c24 step %c8
// CHECK: vector.contract {{.*}} : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
// CHECK: vector.contract {{.*}} : vector<4x1xf32>, vector<1x32xf32> into vector<4x32xf32>
// CHECK-NOT: arith.mulf {{.*}} : f32
func.func @blocked_rows(%x: memref<1x3x196x32xf32>, %w: memref<2x3x32x32xf32>, %out: memref<1x2x196x32xf32>) {
  linalg.generic {indexing_maps = [affine_map<(n, fb, p, fi, cb, ci) -> (n, cb, p, ci)>, affine_map<(n, fb, p, fi, cb, ci) -> (fb, cb, ci, fi)>, affine_map<(n, fb, p, fi, cb, ci) -> (n, fb, p, fi)>],
                  iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
      ins(%x, %w : memref<1x3x196x32xf32>, memref<2x3x32x32xf32>) outs(%out : memref<1x2x196x32xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  return
}

// 71 positions (a prime, Inception v3's rows of 71): no divisor up to 64
// but 1, whose tiles of one position fill an eighth of the register
// tiles; one thread tile of all 71 (8 register tiles and a remainder of 7),
// the thread loop then over the filter blocks only.
// CHECK-LABEL: func.func @blocked_prime_rows
// CHECK: scf.parallel (%{{.*}}) = (%c0) to (%c2) step (%c1)
// CHECK: scf.for %{{.*}} = %c0 to %c64 step %c8
// CHECK: vector.contract {{.*}} : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
// CHECK: vector.contract {{.*}} : vector<7x1xf32>, vector<1x32xf32> into vector<7x32xf32>
func.func @blocked_prime_rows(%x: memref<1x3x71x32xf32>, %w: memref<2x3x32x32xf32>, %out: memref<1x2x71x32xf32>) {
  linalg.generic {indexing_maps = [affine_map<(n, fb, p, fi, cb, ci) -> (n, cb, p, ci)>, affine_map<(n, fb, p, fi, cb, ci) -> (fb, cb, ci, fi)>, affine_map<(n, fb, p, fi, cb, ci) -> (n, fb, p, fi)>],
                  iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
      ins(%x, %w : memref<1x3x71x32xf32>, memref<2x3x32x32xf32>) outs(%out : memref<1x2x71x32xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  return
}

// 17 positions (a row of Inception v3's 17x17 layers): one thread tile,
// its register tiles of 6 rows, 6 + 6 + 5 (8 + 8 + 1 left a remainder of
// one row, 2 accumulators, too few to hide the FMA latency).
// CHECK-LABEL: func.func @blocked_rows_of_17
// CHECK: scf.parallel (%{{.*}}) = (%c0) to (%c2) step (%c1)
// CHECK: scf.for %{{.*}} = %c0 to %c12 step %c6
// CHECK: vector.contract {{.*}} : vector<6x1xf32>, vector<1x32xf32> into vector<6x32xf32>
// CHECK: vector.contract {{.*}} : vector<5x1xf32>, vector<1x32xf32> into vector<5x32xf32>
// CHECK-NOT: into vector<1x32xf32>
// CHECK: return
func.func @blocked_rows_of_17(%x: memref<1x3x17x32xf32>, %w: memref<2x3x32x32xf32>, %out: memref<1x2x17x32xf32>) {
  linalg.generic {indexing_maps = [affine_map<(n, fb, p, fi, cb, ci) -> (n, cb, p, ci)>, affine_map<(n, fb, p, fi, cb, ci) -> (fb, cb, ci, fi)>, affine_map<(n, fb, p, fi, cb, ci) -> (n, fb, p, fi)>],
                  iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
      ins(%x, %w : memref<1x3x17x32xf32>, memref<2x3x32x32xf32>) outs(%out : memref<1x2x17x32xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  return
}

// A filter of 256 x 96 elements on a plane of 196 positions: larger than
// the plane, but less than twice its size (kPlaneReadCost): positions
// first, each thread reading the half of the plane its own core wrote.
// CHECK-LABEL: func.func @positions_first_larger_filter
// CHECK: scf.parallel (%{{.*}}, %{{.*}}) = (%c0, %c0) to (%c196, %c8) step (%c28, %c1)
func.func @positions_first_larger_filter(%x: memref<1x3x196x32xf32>, %w: memref<8x3x32x32xf32>, %out: memref<1x8x196x32xf32>) {
  linalg.generic {indexing_maps = [affine_map<(n, fb, p, fi, cb, ci) -> (n, cb, p, ci)>, affine_map<(n, fb, p, fi, cb, ci) -> (fb, cb, ci, fi)>, affine_map<(n, fb, p, fi, cb, ci) -> (n, fb, p, fi)>],
                  iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
      ins(%x, %w : memref<1x3x196x32xf32>, memref<8x3x32x32xf32>) outs(%out : memref<1x8x196x32xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  return
}

// 512 filters, more than twice the 196 positions: filter blocks first.
// CHECK-LABEL: func.func @filters_first
// CHECK: scf.parallel (%{{.*}}, %{{.*}}) = (%c0, %c0) to (%c16, %c196) step (%c1, %c28)
func.func @filters_first(%x: memref<1x3x196x32xf32>, %w: memref<16x3x32x32xf32>, %out: memref<1x16x196x32xf32>) {
  linalg.generic {indexing_maps = [affine_map<(n, fb, p, fi, cb, ci) -> (n, cb, p, ci)>, affine_map<(n, fb, p, fi, cb, ci) -> (fb, cb, ci, fi)>, affine_map<(n, fb, p, fi, cb, ci) -> (n, fb, p, fi)>],
                  iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
      ins(%x, %w : memref<1x3x196x32xf32>, memref<16x3x32x32xf32>) outs(%out : memref<1x16x196x32xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  return
}

// A blocked convolution on a 7x7 plane whose filter blocks (2 taps x 2048
// channels x 32 filters: 512 KB) are streamed from memory: thread tiles of
// one filter block and the whole plane, K blocks of one channel block
// outside the 7 row tiles, each row tile's accumulators read before and
// written after its K steps.
// CHECK-LABEL: func.func @streamed_filter_blocks
// CHECK: scf.parallel (%[[FB:.+]]) = (%c0) to (%c2) step (%c1)
// CHECK-NEXT: scf.for %[[CB:.+]] = %c0 to %c64 step %c1
// CHECK-NEXT: scf.for %[[ROW:.+]] = %c0 to %c7 step %c1
// CHECK-NEXT: %[[ACC:.+]] = vector.transfer_read %arg4[%c0, %[[FB]], %[[ROW]], %c0, %c0]{{.*}} vector<7x32xf32>
// CHECK-NEXT: %[[SUM:.+]] = scf.for %{{.+}} = %c0 to %c32 step %c1 iter_args(%{{.+}} = %[[ACC]])
// CHECK-COUNT-2: vector.contract {{.*}} : vector<7x1xf32>, vector<1x32xf32> into vector<7x32xf32>
// CHECK: vector.transfer_write %[[SUM]], %arg4[%c0, %[[FB]], %[[ROW]], %c0, %c0]
func.func @streamed_filter_blocks(%x0: memref<1x64x7x7x32xf32>, %x1: memref<1x64x7x7x32xf32>, %w0: memref<2x64x32x32xf32>, %w1: memref<2x64x32x32xf32>, %out: memref<1x2x7x7x32xf32>) {
  linalg.generic {indexing_maps = [affine_map<(n, fb, oh, ow, fi, cb, ci) -> (n, cb, oh, ow, ci)>, affine_map<(n, fb, oh, ow, fi, cb, ci) -> (fb, cb, ci, fi)>, affine_map<(n, fb, oh, ow, fi, cb, ci) -> (n, cb, oh, ow, ci)>, affine_map<(n, fb, oh, ow, fi, cb, ci) -> (fb, cb, ci, fi)>, affine_map<(n, fb, oh, ow, fi, cb, ci) -> (n, fb, oh, ow, fi)>],
                  iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
      ins(%x0, %w0, %x1, %w1 : memref<1x64x7x7x32xf32>, memref<2x64x32x32xf32>, memref<1x64x7x7x32xf32>, memref<2x64x32x32xf32>) outs(%out : memref<1x2x7x7x32xf32>) {
  ^bb0(%a0: f32, %b0: f32, %a1: f32, %b1: f32, %c: f32):
    %p0 = arith.mulf %a0, %b0 : f32
    %p1 = arith.mulf %a1, %b1 : f32
    %s0 = arith.addf %c, %p0 : f32
    %s1 = arith.addf %s0, %p1 : f32
    linalg.yield %s1 : f32
  }
  return
}

// The same on a 28x28 plane (FCN-ResNet-50's classifier: 2.4 MB per filter
// block): thread tiles of one filter block and the whole plane (not one of
// its rows each, which streamed the block 28 times), the K blocks outside
// the 28 x 4 row tiles (8 + 8 + 8 + 4 along each row).
// CHECK-LABEL: func.func @streamed_filter_blocks_28x28
// CHECK: scf.parallel (%[[FB:.+]]) = (%c0) to (%c2) step (%c1)
// CHECK-NEXT: scf.for %[[CB:.+]] = %c0 to %c64 step %c1
// CHECK-NEXT: scf.for %[[ROW:.+]] = %c0 to %c28 step %c1
// CHECK-NEXT: scf.for %[[COL:.+]] = %c0 to %c24 step %c8
// CHECK-NEXT: %[[ACC:.+]] = vector.transfer_read %arg4[%c0, %[[FB]], %[[ROW]], %[[COL]], %c0]{{.*}} vector<8x32xf32>
// CHECK: vector.contract {{.*}} : vector<4x1xf32>, vector<1x32xf32> into vector<4x32xf32>
func.func @streamed_filter_blocks_28x28(%x0: memref<1x64x28x28x32xf32>, %x1: memref<1x64x28x28x32xf32>, %w0: memref<2x64x32x32xf32>, %w1: memref<2x64x32x32xf32>, %out: memref<1x2x28x28x32xf32>) {
  linalg.generic {indexing_maps = [affine_map<(n, fb, oh, ow, fi, cb, ci) -> (n, cb, oh, ow, ci)>, affine_map<(n, fb, oh, ow, fi, cb, ci) -> (fb, cb, ci, fi)>, affine_map<(n, fb, oh, ow, fi, cb, ci) -> (n, cb, oh, ow, ci)>, affine_map<(n, fb, oh, ow, fi, cb, ci) -> (fb, cb, ci, fi)>, affine_map<(n, fb, oh, ow, fi, cb, ci) -> (n, fb, oh, ow, fi)>],
                  iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
      ins(%x0, %w0, %x1, %w1 : memref<1x64x28x28x32xf32>, memref<2x64x32x32xf32>, memref<1x64x28x28x32xf32>, memref<2x64x32x32xf32>) outs(%out : memref<1x2x28x28x32xf32>) {
  ^bb0(%a0: f32, %b0: f32, %a1: f32, %b1: f32, %c: f32):
    %p0 = arith.mulf %a0, %b0 : f32
    %p1 = arith.mulf %a1, %b1 : f32
    %s0 = arith.addf %c, %p0 : f32
    %s1 = arith.addf %s0, %p1 : f32
    linalg.yield %s1 : f32
  }
  return
}

// Half the channels (256 KB filter blocks): thread tiles of one row tile,
// the K loops inside it.
// CHECK-LABEL: func.func @small_filter_blocks
// CHECK: scf.parallel (%{{.+}}, %{{.+}}) = (%c0, %c0) to (%c2, %c7) step (%c1, %c1)
// CHECK-NEXT: vector.transfer_read %arg4
// CHECK-NEXT: scf.for %{{.+}} = %c0 to %c32 step %c8
func.func @small_filter_blocks(%x0: memref<1x32x7x7x32xf32>, %x1: memref<1x32x7x7x32xf32>, %w0: memref<2x32x32x32xf32>, %w1: memref<2x32x32x32xf32>, %out: memref<1x2x7x7x32xf32>) {
  linalg.generic {indexing_maps = [affine_map<(n, fb, oh, ow, fi, cb, ci) -> (n, cb, oh, ow, ci)>, affine_map<(n, fb, oh, ow, fi, cb, ci) -> (fb, cb, ci, fi)>, affine_map<(n, fb, oh, ow, fi, cb, ci) -> (n, cb, oh, ow, ci)>, affine_map<(n, fb, oh, ow, fi, cb, ci) -> (fb, cb, ci, fi)>, affine_map<(n, fb, oh, ow, fi, cb, ci) -> (n, fb, oh, ow, fi)>],
                  iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
      ins(%x0, %w0, %x1, %w1 : memref<1x32x7x7x32xf32>, memref<2x32x32x32xf32>, memref<1x32x7x7x32xf32>, memref<2x32x32x32xf32>) outs(%out : memref<1x2x7x7x32xf32>) {
  ^bb0(%a0: f32, %b0: f32, %a1: f32, %b1: f32, %c: f32):
    %p0 = arith.mulf %a0, %b0 : f32
    %p1 = arith.mulf %a1, %b1 : f32
    %s0 = arith.addf %c, %p0 : f32
    %s1 = arith.addf %s0, %p1 : f32
    linalg.yield %s1 : f32
  }
  return
}

// Blocks of 16 filters (80 = 5 blocks): a register tile spans two filter
// blocks (2 x 8 x 16 accumulators), the thread tile all five (an odd count
// cannot be cut in pairs) and the fifth block is a static remainder tile
// whose rows are peeled too: no scalar multiply-add is left. The thread
// loop goes over the positions only: thread tiles of 14 rows (8 + 6), 14
// of them, not 7 of 28 (8 + 8 + 8 + 4, as efficient), which two threads
// would share 4 to 3.
// CHECK-LABEL: func.func @two_filter_blocks
// CHECK: scf.parallel (%{{.*}}) = (%c0) to (%c196) step (%c14)
// CHECK: scf.for %{{.*}} = %c0 to %c4 step %c2
// CHECK: vector.contract {{.*}} : vector<8x1xf32>, vector<2x1x16xf32> into vector<2x8x16xf32>
// CHECK: vector.contract {{.*}} : vector<6x1xf32>, vector<2x1x16xf32> into vector<2x6x16xf32>
// CHECK: vector.contract {{.*}} : vector<8x1xf32>, vector<1x16xf32> into vector<8x16xf32>
// CHECK: vector.contract {{.*}} : vector<6x1xf32>, vector<1x16xf32> into vector<6x16xf32>
// CHECK-NOT: arith.mulf {{.*}} : f32
func.func @two_filter_blocks(%x: memref<1x3x196x16xf32>, %w: memref<5x3x16x16xf32>, %out: memref<1x5x196x16xf32>) {
  linalg.generic {indexing_maps = [affine_map<(n, fb, p, fi, cb, ci) -> (n, cb, p, ci)>, affine_map<(n, fb, p, fi, cb, ci) -> (fb, cb, ci, fi)>, affine_map<(n, fb, p, fi, cb, ci) -> (n, fb, p, fi)>],
                  iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
      ins(%x, %w : memref<1x3x196x16xf32>, memref<5x3x16x16xf32>) outs(%out : memref<1x5x196x16xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  return
}

// A plane reduced per channel on blocks of 16 channels (a pool over
// [N, C / 16, H, W, 16]): threads over the channel blocks, each step adds
// a vector of 16 channels into the accumulator, which stays in a register
// through the row and column loops.
// CHECK-LABEL: func.func @reduce_into_lanes
// CHECK: scf.parallel (%{{.*}}) = (%c0) to (%c3) step (%c1)
// CHECK: %[[ACC:.*]] = vector.transfer_read %arg1
// CHECK: scf.for {{.*}} iter_args(%{{.*}} = %[[ACC]]) -> (vector<16xf32>)
// CHECK: scf.for {{.*}} -> (vector<16xf32>)
// CHECK: vector.transfer_read %arg0{{.*}} vector<16xf32>
// CHECK-NEXT: arith.addf {{.*}} : vector<16xf32>
// CHECK: vector.transfer_write {{.*}} %arg1
// CHECK-NOT: vector.reduction
func.func @reduce_into_lanes(%x: memref<1x3x7x7x16xf32>, %out: memref<1x3x1x1x16xf32>) {
  linalg.generic {indexing_maps = [affine_map<(n, cb, h, w, ci) -> (n, cb, h, w, ci)>, affine_map<(n, cb, h, w, ci) -> (n, cb, 0, 0, ci)>],
                  iterator_types = ["parallel", "parallel", "reduction", "reduction", "parallel"]}
      ins(%x : memref<1x3x7x7x16xf32>) outs(%out : memref<1x3x1x1x16xf32>) {
  ^bb0(%a: f32, %c: f32):
    %s = arith.addf %c, %a : f32
    linalg.yield %s : f32
  }
  return
}

// An elementwise op on a blocked plane ([N, C / 16, H, W, 16], 9 blocks of
// a 56 x 56 plane): thread tiles of 4 rows of one block, the rows' loop
// first (the longer one), so that each of two threads gets the half of the
// plane that it wrote as the previous convolution's positions. Its rows are
// one vector each: 4 positions per step.
// CHECK-LABEL: func.func @blocked_plane_rows_first
// CHECK: scf.parallel (%[[ROW:.*]], %[[BLOCK:.*]]) = (%c0, %c0) to (%c56, %c9) step (%c4, %c1)
// CHECK: scf.for %[[W:.*]] = %c0 to %c56 step %c4
// CHECK: %[[X:.*]] = vector.transfer_read %arg0[%c0, %[[BLOCK]], %{{.*}}, %[[W]], %c0]{{.*}} vector<4x16xf32>
// CHECK: %[[R:.*]] = arith.maximumf %[[X]], %{{.*}} : vector<4x16xf32>
// CHECK: vector.transfer_write %[[R]], %arg1[%c0, %[[BLOCK]], %{{.*}}, %[[W]], %c0]{{.*}} : vector<4x16xf32>
func.func @blocked_plane_rows_first(%x: memref<1x9x56x56x16xf32>, %y: memref<1x9x56x56x16xf32>) {
  linalg.generic {indexing_maps = [affine_map<(n, cb, h, w, c) -> (n, cb, h, w, c)>, affine_map<(n, cb, h, w, c) -> (n, cb, h, w, c)>],
                  iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]}
      ins(%x : memref<1x9x56x56x16xf32>) outs(%y : memref<1x9x56x56x16xf32>) {
  ^bb0(%a: f32, %b: f32):
    %zero = arith.constant 0.0 : f32
    %r = arith.maximumf %a, %zero : f32
    linalg.yield %r : f32
  }
  return
}

// Rows of 7 positions: 4 per step and the 3 left as a static remainder.
// CHECK-LABEL: func.func @blocked_plane_seven_columns
// CHECK: vector.transfer_read %arg0[{{.*}}, %c0, %c0]{{.*}} vector<4x16xf32>
// CHECK: vector.transfer_write {{.*}}, %arg1[{{.*}}, %c0, %c0]{{.*}} : vector<4x16xf32>
// CHECK: vector.transfer_read %arg0[{{.*}}, %c4, %c0]{{.*}} vector<3x16xf32>
// CHECK: vector.transfer_write {{.*}}, %arg1[{{.*}}, %c4, %c0]{{.*}} : vector<3x16xf32>
func.func @blocked_plane_seven_columns(%x: memref<1x2x7x7x16xf32>, %y: memref<1x2x7x7x16xf32>) {
  linalg.generic {indexing_maps = [affine_map<(n, cb, h, w, c) -> (n, cb, h, w, c)>, affine_map<(n, cb, h, w, c) -> (n, cb, h, w, c)>],
                  iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]}
      ins(%x : memref<1x2x7x7x16xf32>) outs(%y : memref<1x2x7x7x16xf32>) {
  ^bb0(%a: f32, %b: f32):
    %zero = arith.constant 0.0 : f32
    %r = arith.maximumf %a, %zero : f32
    linalg.yield %r : f32
  }
  return
}

// Rows of two vectors (blocks of 32 channels): 2 whole rows per step.
// CHECK-LABEL: func.func @blocked_plane_rows_of_32
// CHECK: scf.for %[[W:.*]] = %c0 to %c56 step %c2
// CHECK: %[[X:.*]] = vector.transfer_read %arg0[{{.*}}, %[[W]], %c0]{{.*}} vector<2x32xf32>
// CHECK: vector.transfer_write {{.*}}, %arg1[{{.*}}, %[[W]], %c0]{{.*}} : vector<2x32xf32>
func.func @blocked_plane_rows_of_32(%x: memref<1x3x56x56x32xf32>, %y: memref<1x3x56x56x32xf32>) {
  linalg.generic {indexing_maps = [affine_map<(n, cb, h, w, c) -> (n, cb, h, w, c)>, affine_map<(n, cb, h, w, c) -> (n, cb, h, w, c)>],
                  iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]}
      ins(%x : memref<1x3x56x56x32xf32>) outs(%y : memref<1x3x56x56x32xf32>) {
  ^bb0(%a: f32, %b: f32):
    %zero = arith.constant 0.0 : f32
    %r = arith.maximumf %a, %zero : f32
    linalg.yield %r : f32
  }
  return
}

// Rows of four vectors or more (blocks of 64): one row per step, a vector
// at a time, as before.
// CHECK-LABEL: func.func @blocked_plane_rows_of_64
// CHECK: vector.transfer_read {{.*}} vector<16xf32>
// CHECK-NOT: vector<{{[0-9]+}}x64xf32>
func.func @blocked_plane_rows_of_64(%x: memref<1x2x56x56x64xf32>, %y: memref<1x2x56x56x64xf32>) {
  linalg.generic {indexing_maps = [affine_map<(n, cb, h, w, c) -> (n, cb, h, w, c)>, affine_map<(n, cb, h, w, c) -> (n, cb, h, w, c)>],
                  iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]}
      ins(%x : memref<1x2x56x56x64xf32>) outs(%y : memref<1x2x56x56x64xf32>) {
  ^bb0(%a: f32, %b: f32):
    %zero = arith.constant 0.0 : f32
    %r = arith.maximumf %a, %zero : f32
    linalg.yield %r : f32
  }
  return
}

// The same with linalg.index in the body: the thread loops keep the op's
// order (blocks, rows).
// CHECK-LABEL: func.func @blocked_plane_indexed
// CHECK: scf.parallel (%{{.*}}, %{{.*}}) = (%c0, %c0) to (%c9, %c56) step (%c1, %c4)
func.func @blocked_plane_indexed(%y: memref<1x9x56x56x16xf32>) {
  linalg.generic {indexing_maps = [affine_map<(n, cb, h, w, c) -> (n, cb, h, w, c)>],
                  iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]}
      outs(%y : memref<1x9x56x56x16xf32>) {
  ^bb0(%b: f32):
    %h = linalg.index 2 : index
    %i = arith.index_cast %h : index to i32
    %f = arith.sitofp %i : i32 to f32
    linalg.yield %f : f32
  }
  return
}

// A blocked 1x1 convolution on 24 input channels completed with zero
// channels to 2 blocks of 16 (ov_input_channels, set by
// ov-block-convolutions): in every register tile (the 8-row ones and the
// 6-row remainder of each 30-row thread tile) the loop over a block's
// channels stops at channel 24: 16 steps in the first block, 8 in the
// second.
// CHANNELS-DAG: #[[LEFT:.+]] = affine_map<()[s0] -> (s0 * -16 + 24, 16)>
// CHANNELS-LABEL: func.func @completed_channels
// CHANNELS: scf.parallel (%{{.*}}) = (%c0) to (%c60) step (%c30)
// CHANNELS: scf.for %[[CB:.+]] = %c0 to %c2 step %c1
// CHANNELS-NEXT: %[[BOUND:.+]] = affine.min #[[LEFT]]()[%[[CB]]]
// CHANNELS-NEXT: scf.for %{{.*}} = %c0 to %[[BOUND]] step %c1
// CHANNELS: vector.contract {{.*}} into vector<2x8x16xf32>
// CHANNELS: scf.for %[[CB6:.+]] = %c0 to %c2 step %c1
// CHANNELS-NEXT: %[[BOUND6:.+]] = affine.min #[[LEFT]]()[%[[CB6]]]
// CHANNELS-NEXT: scf.for %{{.*}} = %c0 to %[[BOUND6]] step %c1
// CHANNELS: vector.contract {{.*}} into vector<2x6x16xf32>
// CHANNELS-LABEL: func.func @whole_blocks
// CHANNELS-NOT: affine.min
// CHANNELS: return
func.func @completed_channels(%x: memref<1x2x60x16xf32>, %w: memref<2x2x16x16xf32>, %out: memref<1x2x60x16xf32>) {
  linalg.generic {indexing_maps = [affine_map<(n, fb, p, fi, cb, ci) -> (n, cb, p, ci)>, affine_map<(n, fb, p, fi, cb, ci) -> (fb, cb, ci, fi)>, affine_map<(n, fb, p, fi, cb, ci) -> (n, fb, p, fi)>],
                  iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
      ins(%x, %w : memref<1x2x60x16xf32>, memref<2x2x16x16xf32>) outs(%out : memref<1x2x60x16xf32>) attrs = {ov_input_channels = 24 : index} {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %m = arith.mulf %a, %b : f32
    %s = arith.addf %c, %m : f32
    linalg.yield %s : f32
  }
  return
}

// The same on 32 channels (no mark): the channel loops keep their 16 steps.
func.func @whole_blocks(%x: memref<1x2x60x16xf32>, %w: memref<2x2x16x16xf32>, %out: memref<1x2x60x16xf32>) {
  linalg.generic {indexing_maps = [affine_map<(n, fb, p, fi, cb, ci) -> (n, cb, p, ci)>, affine_map<(n, fb, p, fi, cb, ci) -> (fb, cb, ci, fi)>, affine_map<(n, fb, p, fi, cb, ci) -> (n, fb, p, fi)>],
                  iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
      ins(%x, %w : memref<1x2x60x16xf32>, memref<2x2x16x16xf32>) outs(%out : memref<1x2x60x16xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %m = arith.mulf %a, %b : f32
    %s = arith.addf %c, %m : f32
    linalg.yield %s : f32
  }
  return
}

// A transpose of the innermost dimension (NHWC -> NCHW): tiles of 16
// channels x 16 columns, thread tiles over the rows. Each tile's 2-D view
// (unit dimensions dropped) is read as 16 contiguous rows of channels and
// transposed in registers (lowered to shuffles by convert-vector-to-llvm),
// then written as 16 rows of 16 columns.
// CHECK-LABEL: func.func @transpose_nhwc_to_nchw
// CHECK: scf.parallel (%{{.*}}) = (%c0) to (%c32) step
// CHECK: scf.for %[[C:.*]] = %c0 to %c48 step %c16
// CHECK: scf.for %[[W:.*]] = %c0 to %c32 step %c16
// CHECK: %[[ROWS:.*]] = vector.transfer_read %{{.*}}[%c0, %[[H:.*]], %[[W]], %[[C]]], %{{.*}} {in_bounds = [true, true]} : memref<1x32x32x48xf32>, vector<16x16xf32>
// CHECK: vector.transpose
// CHECK: %[[TILE:.*]] = vector.extract
// CHECK: vector.transfer_write %[[TILE]], %{{.*}}[%c0, %[[C]], %[[H]], %[[W]]] {in_bounds = [true, true, true]} : vector<16x1x16xf32>, memref<1x48x32x32xf32>
func.func @transpose_nhwc_to_nchw(%x: memref<1x32x32x48xf32>, %y: memref<1x48x32x32xf32>) {
  linalg.transpose ins(%x : memref<1x32x32x48xf32>) outs(%y : memref<1x48x32x32xf32>) permutation = [0, 3, 1, 2]
  return
}

// The other way (NCHW -> NHWC): the rows of the tile (16 columns of 16
// channels) lie H x W elements apart in the input, still each contiguous.
// CHECK-LABEL: func.func @transpose_nchw_to_nhwc
// CHECK: scf.for %[[W:.*]] = %c0 to %c32 step %c16
// CHECK: scf.for %[[C:.*]] = %c0 to %c48 step %c16
// CHECK: vector.transfer_read %{{.*}}[%c0, %[[C]], %[[H:.*]], %[[W]]], %{{.*}} {in_bounds = [true, true, true]} : memref<1x48x32x32xf32>, vector<16x1x16xf32>
// CHECK: vector.transpose
// CHECK: %[[TILE:.*]] = vector.extract
// CHECK: vector.transfer_write %[[TILE]], %{{.*}}[%c0, %[[H]], %[[W]], %[[C]]] {in_bounds = [true, true]} : vector<16x16xf32>, memref<1x32x32x48xf32>
func.func @transpose_nchw_to_nhwc(%x: memref<1x48x32x32xf32>, %y: memref<1x32x32x48xf32>) {
  linalg.transpose ins(%x : memref<1x48x32x32xf32>) outs(%y : memref<1x32x32x48xf32>) permutation = [0, 2, 3, 1]
  return
}

// An image's 3 channels (NCHW -> NHWC, into a padded plane's interior):
// tiles of 16 columns x 3 channels, not split into 2 + 1 channels: a read
// of the three channels' 16 columns, transposed in registers and written
// as 48 contiguous values (the tile's 16 x 3 values are one run of the
// output).
// CHECK-LABEL: func.func @transpose_image_channels
// CHECK: scf.for %[[W:.*]] = %c0 to %c224 step %c16
// CHECK: %[[OUT:.*]] = memref.subview %{{.*}}[0, %{{.*}}, %{{.*}}, 0] [1, 1, 16, 3]
// CHECK: vector.transfer_read %{{.*}}[%c0, %c0, %{{.*}}, %[[W]]], %{{.*}} {in_bounds = [true, true, true]} : memref<1x3x224x224xf32>, vector<3x1x16xf32>
// CHECK: %[[T:.*]] = vector.transpose %{{.*}}, [1, 0] : vector<3x16xf32> to vector<16x3xf32>
// CHECK: %[[ROW:.*]] = memref.collapse_shape %[[OUT]]
// CHECK: %[[FLAT:.*]] = vector.shape_cast %[[T]] : vector<16x3xf32> to vector<48xf32>
// CHECK: vector.transfer_write %[[FLAT]], %[[ROW]][%c0, %c0, %c0] {in_bounds = [true]} : vector<48xf32>
// CHECK-NOT: vector.transfer_write
// CHECK: return
func.func @transpose_image_channels(%x: memref<1x3x224x224xf32>, %padded: memref<1x226x226x3xf32>) {
  %y = memref.subview %padded[0, 1, 1, 0] [1, 224, 224, 3] [1, 1, 1, 1] : memref<1x226x226x3xf32> to memref<1x224x224x3xf32, strided<[153228, 678, 3, 1], offset: 681>>
  linalg.transpose ins(%x : memref<1x3x224x224xf32>) outs(%y : memref<1x224x224x3xf32, strided<[153228, 678, 3, 1], offset: 681>>) permutation = [0, 2, 3, 1]
  return
}

// Winograd's products (ov-winograd-convolutions: 16 points, each a blocked
// 1x1 convolution; loops (point, fb, i, j, fo, cb, ci)) of 128 channels
// into 32 filters on 28x28 blocks (DenseNet-121's 56x56 layers): the
// transformed filters of all points take 262 KB, so the thread tiles go
// over the block rows first, as the input and output transforms split them
// between the threads; the points come next.
// CHECK-LABEL: func.func @winograd_products_rows_first
// CHECK: scf.parallel (%[[ROW:.*]], %[[POINT:.*]]) = (%c0, %c0) to (%c28, %c16) step (%c1, %c1)
// CHECK: vector.transfer_read %{{.*}}[%[[POINT]], %{{.*}}, %[[ROW]], %{{.*}}, %{{.*}}]{{.*}} : memref<16x4x28x28x32xf32>, vector<8x1xf32>
func.func @winograd_products_rows_first(%v: memref<16x4x28x28x32xf32>, %u: memref<16x1x4x32x32xf32>, %m: memref<16x1x28x28x32xf32>) {
  linalg.generic {indexing_maps = [affine_map<(p, fb, i, j, fo, cb, ci) -> (p, cb, i, j, ci)>, affine_map<(p, fb, i, j, fo, cb, ci) -> (p, fb, cb, ci, fo)>, affine_map<(p, fb, i, j, fo, cb, ci) -> (p, fb, i, j, fo)>],
                  iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
      ins(%v, %u : memref<16x4x28x28x32xf32>, memref<16x1x4x32x32xf32>) outs(%m : memref<16x1x28x28x32xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  return
}

// The same of 256 channels into 256 filters on 7x7 blocks (ResNet-50's
// layer3): 4 MB of transformed filters, more than the L2 holds; each row
// tile reading all of them would stream them again, so the thread tiles go
// over the points first (each point's filters stay cached for its rows).
// CHECK-LABEL: func.func @winograd_products_points_first
// CHECK: scf.parallel (%[[POINT:.*]], %{{.*}}, %[[ROW:.*]]) = (%c0, %c0, %c0) to (%c16, %c8, %c7) step (%c1, %c1, %c1)
// CHECK: vector.transfer_read %{{.*}}[%[[POINT]], %{{.*}}, %[[ROW]], %{{.*}}, %{{.*}}]{{.*}} : memref<16x8x7x7x32xf32>, vector<7x1xf32>
func.func @winograd_products_points_first(%v: memref<16x8x7x7x32xf32>, %u: memref<16x8x8x32x32xf32>, %m: memref<16x8x7x7x32xf32>) {
  linalg.generic {indexing_maps = [affine_map<(p, fb, i, j, fo, cb, ci) -> (p, cb, i, j, ci)>, affine_map<(p, fb, i, j, fo, cb, ci) -> (p, fb, cb, ci, fo)>, affine_map<(p, fb, i, j, fo, cb, ci) -> (p, fb, i, j, fo)>],
                  iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
      ins(%v, %u : memref<16x8x7x7x32xf32>, memref<16x8x8x32x32xf32>) outs(%m : memref<16x8x7x7x32xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  return
}

// 128 channels into 32 filters on 14x14 blocks (DenseNet-121's 28x28
// layers): 262 KB of filters, but too few rows for the split by rows to
// pay; the points first.
// CHECK-LABEL: func.func @winograd_products_small_plane
// CHECK: scf.parallel (%{{.*}}, %{{.*}}) = (%c0, %c0) to (%c16, %c14) step (%c1, %c1)
func.func @winograd_products_small_plane(%v: memref<16x4x14x14x32xf32>, %u: memref<16x1x4x32x32xf32>, %m: memref<16x1x14x14x32xf32>) {
  linalg.generic {indexing_maps = [affine_map<(p, fb, i, j, fo, cb, ci) -> (p, cb, i, j, ci)>, affine_map<(p, fb, i, j, fo, cb, ci) -> (p, fb, cb, ci, fo)>, affine_map<(p, fb, i, j, fo, cb, ci) -> (p, fb, i, j, fo)>],
                  iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
      ins(%v, %u : memref<16x4x14x14x32xf32>, memref<16x1x4x32x32xf32>) outs(%m : memref<16x1x14x14x32xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  return
}

// A 1x1 layer writing one row of a ring of rows (ov-compute-blocks-by-rows:
// a strided view of a larger buffer), its bias written into the row right
// before it and a ReLU6 updating the row in place right after it: both join
// its register tiles (the bias as the first accumulators, the clip before
// the store), as they do on a buffer of its own; no loop of their own goes
// over the row.
// CHECK-LABEL: func.func @row_of_ring
// CHECK: scf.parallel
// CHECK: %[[BIAS:.*]] = vector.transfer_read %{{.*}} permutation_map = #{{.*}} : memref<1x4x1x32xf32>, vector<8x32xf32>
// CHECK: scf.for %{{.*}} iter_args(%{{.*}} = %[[BIAS]])
// CHECK: vector.contract
// CHECK: %[[LOW:.*]] = arith.maximumf
// CHECK: %[[CLIPPED:.*]] = arith.minimumf %[[LOW]]
// CHECK: vector.transfer_write %[[CLIPPED]]
// CHECK-NOT: linalg.generic
// CHECK: return
#rowBias = affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>
#rowIdentity = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#rowLhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>
#rowRhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>
#rowOut = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
func.func @row_of_ring(%x: memref<1x2x14x32xf32>, %w: memref<4x2x32x32xf32>, %bias: memref<1x4x1x1x32xf32>, %ring: memref<1x4x3x16x32xf32>, %slot: index) {
  %zero = arith.constant 0.0 : f32
  %six = arith.constant 6.0 : f32
  %row = memref.subview %ring[0, 0, %slot, 1, 0] [1, 4, 1, 14, 32] [1, 1, 1, 1, 1] : memref<1x4x3x16x32xf32> to memref<1x4x1x14x32xf32, strided<[6144, 1536, 512, 32, 1], offset: ?>>
  linalg.generic {indexing_maps = [#rowBias, #rowIdentity], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]}
      ins(%bias : memref<1x4x1x1x32xf32>) outs(%row : memref<1x4x1x14x32xf32, strided<[6144, 1536, 512, 32, 1], offset: ?>>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  %flat = memref.collapse_shape %row [[0], [1], [2, 3], [4]] : memref<1x4x1x14x32xf32, strided<[6144, 1536, 512, 32, 1], offset: ?>> into memref<1x4x14x32xf32, strided<[6144, 1536, 32, 1], offset: ?>>
  linalg.generic {indexing_maps = [#rowLhs, #rowRhs, #rowOut], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
      ins(%x, %w : memref<1x2x14x32xf32>, memref<4x2x32x32xf32>) outs(%flat : memref<1x4x14x32xf32, strided<[6144, 1536, 32, 1], offset: ?>>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  linalg.generic {indexing_maps = [#rowIdentity, #rowIdentity], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]}
      ins(%row : memref<1x4x1x14x32xf32, strided<[6144, 1536, 512, 32, 1], offset: ?>>) outs(%row : memref<1x4x1x14x32xf32, strided<[6144, 1536, 512, 32, 1], offset: ?>>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    %n = arith.minimumf %m, %six : f32
    linalg.yield %n : f32
  }
  return
}

// The same, but the op after it also reads another row of the ring (the
// row before): that row is in the layer's buffer, so the op stays a loop of
// its own after the layer's (a serial one: 1792 elements); the bias still
// joins the register tiles.
// CHECK-LABEL: func.func @row_of_ring_reading_another_row
// CHECK: %[[BIAS:.*]] = vector.transfer_read %{{.*}} permutation_map = #{{.*}} : memref<1x4x1x32xf32>, vector<8x32xf32>
// CHECK: scf.for %{{.*}} iter_args(%{{.*}} = %[[BIAS]])
// CHECK: vector.contract
// CHECK-NOT: arith.maximumf
// CHECK: scf.reduce
// CHECK: scf.for
// CHECK: arith.maximumf
func.func @row_of_ring_reading_another_row(%x: memref<1x2x14x32xf32>, %w: memref<4x2x32x32xf32>, %bias: memref<1x4x1x1x32xf32>, %ring: memref<1x4x3x16x32xf32>, %slot: index, %before: index) {
  %row = memref.subview %ring[0, 0, %slot, 1, 0] [1, 4, 1, 14, 32] [1, 1, 1, 1, 1] : memref<1x4x3x16x32xf32> to memref<1x4x1x14x32xf32, strided<[6144, 1536, 512, 32, 1], offset: ?>>
  %other = memref.subview %ring[0, 0, %before, 1, 0] [1, 4, 1, 14, 32] [1, 1, 1, 1, 1] : memref<1x4x3x16x32xf32> to memref<1x4x1x14x32xf32, strided<[6144, 1536, 512, 32, 1], offset: ?>>
  linalg.generic {indexing_maps = [#rowBias, #rowIdentity], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]}
      ins(%bias : memref<1x4x1x1x32xf32>) outs(%row : memref<1x4x1x14x32xf32, strided<[6144, 1536, 512, 32, 1], offset: ?>>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  %flat = memref.collapse_shape %row [[0], [1], [2, 3], [4]] : memref<1x4x1x14x32xf32, strided<[6144, 1536, 512, 32, 1], offset: ?>> into memref<1x4x14x32xf32, strided<[6144, 1536, 32, 1], offset: ?>>
  linalg.generic {indexing_maps = [#rowLhs, #rowRhs, #rowOut], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
      ins(%x, %w : memref<1x2x14x32xf32>, memref<4x2x32x32xf32>) outs(%flat : memref<1x4x14x32xf32, strided<[6144, 1536, 32, 1], offset: ?>>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  linalg.generic {indexing_maps = [#rowIdentity, #rowIdentity, #rowIdentity], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]}
      ins(%row, %other : memref<1x4x1x14x32xf32, strided<[6144, 1536, 512, 32, 1], offset: ?>>, memref<1x4x1x14x32xf32, strided<[6144, 1536, 512, 32, 1], offset: ?>>) outs(%row : memref<1x4x1x14x32xf32, strided<[6144, 1536, 512, 32, 1], offset: ?>>) {
  ^bb0(%in: f32, %prev: f32, %out: f32):
    %m = arith.maximumf %in, %prev : f32
    linalg.yield %m : f32
  }
  return
}

// A row of a plane whose initializer (the bias plus a residual row) writes
// another subview op of the same row than the one the layer writes (each op
// on rows gets its own view of the row): the same elements, so it joins the
// register tiles too.
// CHECK-LABEL: func.func @row_of_plane_two_views
// CHECK: scf.parallel
// CHECK: %[[BIAS:.*]] = vector.transfer_read %{{.*}} permutation_map = #{{.*}} : memref<1x4x1x32xf32>, vector<8x32xf32>
// CHECK: %[[RESIDUAL:.*]] = vector.transfer_read %{{.*}} : memref<1x4x14x32xf32, strided<[25088, 6272, 32, 1], offset: ?>>, vector<8x32xf32>
// CHECK: %[[START:.*]] = arith.addf %[[BIAS]], %[[RESIDUAL]]
// CHECK: scf.for %{{.*}} iter_args(%{{.*}} = %[[START]])
// CHECK: vector.contract
// CHECK-NOT: linalg.generic
// CHECK: return
#rowResidual = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
func.func @row_of_plane_two_views(%x: memref<1x2x14x32xf32>, %w: memref<4x2x32x32xf32>, %bias: memref<1x4x1x1x32xf32>, %shortcut: memref<1x4x14x14x32xf32>, %plane: memref<1x4x14x14x32xf32>, %r: index) {
  %residual = memref.subview %shortcut[0, 0, %r, 0, 0] [1, 4, 1, 14, 32] [1, 1, 1, 1, 1] : memref<1x4x14x14x32xf32> to memref<1x4x1x14x32xf32, strided<[25088, 6272, 448, 32, 1], offset: ?>>
  %start = memref.subview %plane[0, 0, %r, 0, 0] [1, 4, 1, 14, 32] [1, 1, 1, 1, 1] : memref<1x4x14x14x32xf32> to memref<1x4x1x14x32xf32, strided<[25088, 6272, 448, 32, 1], offset: ?>>
  linalg.generic {indexing_maps = [#rowBias, #rowResidual, #rowIdentity], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]}
      ins(%bias, %residual : memref<1x4x1x1x32xf32>, memref<1x4x1x14x32xf32, strided<[25088, 6272, 448, 32, 1], offset: ?>>) outs(%start : memref<1x4x1x14x32xf32, strided<[25088, 6272, 448, 32, 1], offset: ?>>) {
  ^bb0(%b: f32, %s: f32, %out: f32):
    %sum = arith.addf %b, %s : f32
    linalg.yield %sum : f32
  }
  %row = memref.subview %plane[0, 0, %r, 0, 0] [1, 4, 1, 14, 32] [1, 1, 1, 1, 1] : memref<1x4x14x14x32xf32> to memref<1x4x1x14x32xf32, strided<[25088, 6272, 448, 32, 1], offset: ?>>
  %flat = memref.collapse_shape %row [[0], [1], [2, 3], [4]] : memref<1x4x1x14x32xf32, strided<[25088, 6272, 448, 32, 1], offset: ?>> into memref<1x4x14x32xf32, strided<[25088, 6272, 32, 1], offset: ?>>
  linalg.generic {indexing_maps = [#rowLhs, #rowRhs, #rowOut], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
      ins(%x, %w : memref<1x2x14x32xf32>, memref<4x2x32x32xf32>) outs(%flat : memref<1x4x14x32xf32, strided<[25088, 6272, 32, 1], offset: ?>>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  return
}

// A row whose op after the layer reads a buffer that an op between the two
// writes: in the register tiles it would read that buffer before the write,
// so it stays after the write (in one thread loop with it).
// CHECK-LABEL: func.func @row_epilogue_input_written_between
// CHECK: vector.contract
// CHECK-NOT: arith.maximumf
// CHECK: scf.reduce
// CHECK: vector.transfer_write %{{.*}}, %arg3
// CHECK: arith.maximumf
func.func @row_epilogue_input_written_between(%x: memref<1x2x14x32xf32>, %w: memref<4x2x32x32xf32>, %ring: memref<1x4x3x16x32xf32>, %floor: memref<1x4x1x14x32xf32>, %slot: index) {
  %zero = arith.constant 0.0 : f32
  %row = memref.subview %ring[0, 0, %slot, 1, 0] [1, 4, 1, 14, 32] [1, 1, 1, 1, 1] : memref<1x4x3x16x32xf32> to memref<1x4x1x14x32xf32, strided<[6144, 1536, 512, 32, 1], offset: ?>>
  %flat = memref.collapse_shape %row [[0], [1], [2, 3], [4]] : memref<1x4x1x14x32xf32, strided<[6144, 1536, 512, 32, 1], offset: ?>> into memref<1x4x14x32xf32, strided<[6144, 1536, 32, 1], offset: ?>>
  linalg.generic {indexing_maps = [#rowLhs, #rowRhs, #rowOut], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
      ins(%x, %w : memref<1x2x14x32xf32>, memref<4x2x32x32xf32>) outs(%flat : memref<1x4x14x32xf32, strided<[6144, 1536, 32, 1], offset: ?>>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  linalg.fill ins(%zero : f32) outs(%floor : memref<1x4x1x14x32xf32>)
  linalg.generic {indexing_maps = [#rowIdentity, #rowIdentity, #rowIdentity], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]}
      ins(%row, %floor : memref<1x4x1x14x32xf32, strided<[6144, 1536, 512, 32, 1], offset: ?>>, memref<1x4x1x14x32xf32>) outs(%row : memref<1x4x1x14x32xf32, strided<[6144, 1536, 512, 32, 1], offset: ?>>) {
  ^bb0(%in: f32, %f: f32, %out: f32):
    %m = arith.maximumf %in, %f : f32
    linalg.yield %m : f32
  }
  return
}
