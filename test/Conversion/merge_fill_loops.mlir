// ov-merge-fill-loops: consecutive thread loops with the same bounds that
// only store one and the same constant (a padded plane's border fills)
// become one loop; any other loop, another constant or bounds, or an op
// with memory effects in between keep them apart.
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-merge-fill-loops))' | FileCheck %s

// The four border fills of a plane of 2 channel blocks: one loop, the
// fills in their order, each with the merged loop's index.
// CHECK-LABEL: func.func @border
// CHECK: scf.parallel (%[[B:.+]]) =
// CHECK: vector.transfer_write %[[ZERO:.+]], %[[P:.+]][%c0, %[[B]], %c0, %{{.+}}, %c0]
// CHECK: vector.transfer_write %[[ZERO]], %[[P]][%c0, %[[B]], %c9, %{{.+}}, %c0]
// CHECK: vector.transfer_write %[[ZERO]], %{{.+}}[%c0, %[[B]], %{{.+}}, %c0, %c0]
// CHECK: vector.transfer_write %[[ZERO]], %[[P]][%c0, %[[B]], %{{.+}}, %c9, %c0]
// CHECK: scf.reduce
// CHECK-NOT: scf.parallel
// CHECK: return
func.func @border(%p: memref<1x2x10x10x16xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c9 = arith.constant 9 : index
  %c10 = arith.constant 10 : index
  %zero = arith.constant dense<0.0> : vector<16xf32>
  scf.parallel (%b) = (%c0) to (%c2) step (%c1) {
    scf.for %i = %c0 to %c10 step %c1 {
      vector.transfer_write %zero, %p[%c0, %b, %c0, %i, %c0] {in_bounds = [true]} : vector<16xf32>, memref<1x2x10x10x16xf32>
    }
    scf.reduce
  }
  scf.parallel (%b) = (%c0) to (%c2) step (%c1) {
    scf.for %i = %c0 to %c10 step %c1 {
      vector.transfer_write %zero, %p[%c0, %b, %c9, %i, %c0] {in_bounds = [true]} : vector<16xf32>, memref<1x2x10x10x16xf32>
    }
    scf.reduce
  }
  %view = memref.subview %p[0, 0, 0, 0, 0] [1, 2, 10, 10, 16] [1, 1, 1, 1, 1] : memref<1x2x10x10x16xf32> to memref<1x2x10x10x16xf32, strided<[3200, 1600, 160, 16, 1]>>
  scf.parallel (%b) = (%c0) to (%c2) step (%c1) {
    scf.for %i = %c0 to %c10 step %c1 {
      vector.transfer_write %zero, %view[%c0, %b, %i, %c0, %c0] {in_bounds = [true]} : vector<16xf32>, memref<1x2x10x10x16xf32, strided<[3200, 1600, 160, 16, 1]>>
    }
    scf.reduce
  }
  scf.parallel (%b) = (%c0) to (%c2) step (%c1) {
    scf.for %i = %c0 to %c10 step %c1 {
      vector.transfer_write %zero, %p[%c0, %b, %i, %c9, %c0] {in_bounds = [true]} : vector<16xf32>, memref<1x2x10x10x16xf32>
    }
    scf.reduce
  }
  return
}

// Kept apart: a fill of another constant (-inf, a max pool's border), a
// loop that reads, one with other bounds, and fills separated by a store.
// CHECK-LABEL: func.func @apart
// CHECK-COUNT-6: scf.parallel
// CHECK-NOT: scf.parallel
// CHECK: return
func.func @apart(%p: memref<4x16xf32>, %q: memref<4x16xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c4 = arith.constant 4 : index
  %zero = arith.constant dense<0.0> : vector<16xf32>
  %low = arith.constant dense<0xFF800000> : vector<16xf32>
  %f = arith.constant 1.0 : f32
  scf.parallel (%i) = (%c0) to (%c4) step (%c1) {
    vector.transfer_write %zero, %p[%i, %c0] {in_bounds = [true]} : vector<16xf32>, memref<4x16xf32>
    scf.reduce
  }
  scf.parallel (%i) = (%c0) to (%c4) step (%c1) {
    vector.transfer_write %low, %p[%i, %c0] {in_bounds = [true]} : vector<16xf32>, memref<4x16xf32>
    scf.reduce
  }
  scf.parallel (%i) = (%c0) to (%c4) step (%c1) {
    %v = vector.transfer_read %q[%i, %c0], %f {in_bounds = [true]} : memref<4x16xf32>, vector<16xf32>
    vector.transfer_write %v, %p[%i, %c0] {in_bounds = [true]} : vector<16xf32>, memref<4x16xf32>
    scf.reduce
  }
  scf.parallel (%i) = (%c0) to (%c2) step (%c1) {
    vector.transfer_write %zero, %p[%i, %c0] {in_bounds = [true]} : vector<16xf32>, memref<4x16xf32>
    scf.reduce
  }
  memref.store %f, %q[%c0, %c0] : memref<4x16xf32>
  scf.parallel (%i) = (%c0) to (%c2) step (%c1) {
    vector.transfer_write %zero, %p[%i, %c0] {in_bounds = [true]} : vector<16xf32>, memref<4x16xf32>
    scf.reduce
  }
  scf.parallel (%i) = (%c0) to (%c4) step (%c1) {
    vector.transfer_write %zero, %q[%i, %c0] {in_bounds = [true]} : vector<16xf32>, memref<4x16xf32>
    scf.reduce
  }
  return
}
