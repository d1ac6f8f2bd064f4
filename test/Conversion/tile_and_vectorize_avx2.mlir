// ov-tile-and-vectorize for a target with 16 vector registers of 256 bits
// (AVX2, what ovc passes on such a CPU): register tiles of at most 6 rows
// x 2 vectors of 8 (12 accumulators; 8 rows spilled at every K step).
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-tile-and-vectorize{vector-bits=256 vector-registers=16}))' | FileCheck %s
// The same through the pipeline's options.
// RUN: ov-opt %s --ov-lower-to-llvm='vector-bits=256 vector-registers=16' --mlir-disable-threading --mlir-print-ir-after=ov-tile-and-vectorize -o /dev/null 2>&1 | FileCheck %s

// 48 x 64 x 16: thread tiles of 16 rows (a K block of their rows of the
// left-hand side stays in a Zen 3 core's L1 beside a register tile's
// columns of the right-hand side), register tiles of 6 + 6 + 4 rows x 16
// columns (4 per row of the result, one contraction each).
// CHECK-LABEL: func.func @matmul
// CHECK: scf.parallel (%{{.*}}) = (%c0) to (%c48) step (%c16)
// CHECK: scf.for %{{.*}} = %c0 to %c12 step %c6
// CHECK: %[[ACC:.*]] = vector.transfer_read {{.*}} vector<6x16xf32>
// CHECK: scf.for {{.*}} iter_args(%{{.*}} = %[[ACC]]) -> (vector<6x16xf32>)
// CHECK: vector.transfer_read {{.*}} vector<6x1xf32>
// CHECK: vector.transfer_read {{.*}} vector<16xf32>
// CHECK: vector.contract {{.*}} into vector<6x16xf32>
// CHECK: vector.contract {{.*}} into vector<4x16xf32>
// CHECK-NOT: vector<8x16xf32>
// CHECK-NOT: vector<8x32xf32>
func.func @matmul(%a: memref<48x16xf32>, %b: memref<16x64xf32>, %c: memref<48x64xf32>) {
  linalg.matmul ins(%a, %b : memref<48x16xf32>, memref<16x64xf32>) outs(%c : memref<48x64xf32>)
  return
}

// Elementwise ops in vectors of 8.
// CHECK-LABEL: func.func @add
// CHECK: arith.addf {{.*}} : vector<8xf32>
// CHECK-NOT: vector<16xf32>
func.func @add(%a: memref<4x64xf32>, %b: memref<4x64xf32>, %c: memref<4x64xf32>) {
  linalg.add ins(%a, %b : memref<4x64xf32>, memref<4x64xf32>) outs(%c : memref<4x64xf32>)
  return
}

// A blocked convolution on a 7x7 plane whose blocks of 16 filters hold 256
// KB (2 taps x 2048 channels x 16 filters; 16 KB per filter, as AVX-512's
// 512 KB blocks of 32) streams them: thread tiles of one filter block and
// the whole plane, K blocks of one channel block outside the row tiles.
// CHECK-LABEL: func.func @streamed_filter_blocks
// CHECK: scf.parallel (%[[FB:.+]]) = (%c0) to (%c2) step (%c1)
// CHECK-NEXT: scf.for %{{.+}} = %c0 to %c128 step %c1
// CHECK-NEXT: scf.for %[[ROW:.+]] = %c0 to %c7 step %c1
// CHECK-NEXT: vector.transfer_read %arg4[%c0, %[[FB]], %[[ROW]], %c0, %c0]
func.func @streamed_filter_blocks(%x0: memref<1x128x7x7x16xf32>, %x1: memref<1x128x7x7x16xf32>, %w0: memref<2x128x16x16xf32>, %w1: memref<2x128x16x16xf32>, %out: memref<1x2x7x7x16xf32>) {
  linalg.generic {indexing_maps = [affine_map<(n, fb, oh, ow, fi, cb, ci) -> (n, cb, oh, ow, ci)>, affine_map<(n, fb, oh, ow, fi, cb, ci) -> (fb, cb, ci, fi)>, affine_map<(n, fb, oh, ow, fi, cb, ci) -> (n, cb, oh, ow, ci)>, affine_map<(n, fb, oh, ow, fi, cb, ci) -> (fb, cb, ci, fi)>, affine_map<(n, fb, oh, ow, fi, cb, ci) -> (n, fb, oh, ow, fi)>],
                  iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
      ins(%x0, %w0, %x1, %w1 : memref<1x128x7x7x16xf32>, memref<2x128x16x16xf32>, memref<1x128x7x7x16xf32>, memref<2x128x16x16xf32>) outs(%out : memref<1x2x7x7x16xf32>) {
  ^bb0(%a0: f32, %b0: f32, %a1: f32, %b1: f32, %c: f32):
    %p0 = arith.mulf %a0, %b0 : f32
    %p1 = arith.mulf %a1, %b1 : f32
    %s0 = arith.addf %c, %p0 : f32
    %s1 = arith.addf %s0, %p1 : f32
    linalg.yield %s1 : f32
  }
  return
}

// Half the channels (128 KB blocks): thread tiles of one row of the plane
// (positions first), the K loops inside them.
// CHECK-LABEL: func.func @small_filter_blocks
// CHECK: scf.parallel (%{{.+}}, %{{.+}}) = (%c0, %c0) to (%c7, %c2) step (%c1, %c1)
// CHECK-NEXT: scf.for %{{.+}} = %c0 to %c64 step %c16
// CHECK-NEXT: vector.transfer_read %arg4
func.func @small_filter_blocks(%x0: memref<1x64x7x7x16xf32>, %x1: memref<1x64x7x7x16xf32>, %w0: memref<2x64x16x16xf32>, %w1: memref<2x64x16x16xf32>, %out: memref<1x2x7x7x16xf32>) {
  linalg.generic {indexing_maps = [affine_map<(n, fb, oh, ow, fi, cb, ci) -> (n, cb, oh, ow, ci)>, affine_map<(n, fb, oh, ow, fi, cb, ci) -> (fb, cb, ci, fi)>, affine_map<(n, fb, oh, ow, fi, cb, ci) -> (n, cb, oh, ow, ci)>, affine_map<(n, fb, oh, ow, fi, cb, ci) -> (fb, cb, ci, fi)>, affine_map<(n, fb, oh, ow, fi, cb, ci) -> (n, fb, oh, ow, fi)>],
                  iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
      ins(%x0, %w0, %x1, %w1 : memref<1x64x7x7x16xf32>, memref<2x64x16x16xf32>, memref<1x64x7x7x16xf32>, memref<2x64x16x16xf32>) outs(%out : memref<1x2x7x7x16xf32>) {
  ^bb0(%a0: f32, %b0: f32, %a1: f32, %b1: f32, %c: f32):
    %p0 = arith.mulf %a0, %b0 : f32
    %p1 = arith.mulf %a1, %b1 : f32
    %s0 = arith.addf %c, %p0 : f32
    %s1 = arith.addf %s0, %p1 : f32
    linalg.yield %s1 : f32
  }
  return
}
