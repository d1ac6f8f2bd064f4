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
