// ov-hoist-thread-scratch: the static allocas of a thread loop's iteration
// (the alloca_scope convert-scf-to-openmp wraps it in) move to the start of
// the parallel region, which each thread runs once, and the scope, left
// without allocas, is replaced by its body (whose loops would otherwise be
// several blocks in it once scf is lowered to branches). Other scopes stay.
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-hoist-thread-scratch))' | FileCheck %s
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-hoist-thread-scratch), convert-scf-to-cf)' | FileCheck %s --check-prefix=BRANCHES

// CHECK-LABEL: func.func @band_scratch
// CHECK: omp.parallel {
// CHECK-NEXT: %[[RING:.*]] = memref.alloca() {alignment = 64 : i64} : memref<3x64xf32>
// CHECK-NEXT: %[[ROW:.*]] = memref.alloca() : memref<64xf32>
// CHECK-NEXT: omp.wsloop {
// CHECK-NEXT: omp.loop_nest
// CHECK-NOT: memref.alloca_scope
// CHECK: scf.for
// CHECK: memref.store %{{.*}}, %[[RING]]
// CHECK: memref.store %{{.*}}, %[[ROW]]
// CHECK: omp.yield
// BRANCHES-LABEL: func.func @band_scratch
// BRANCHES-NOT: memref.alloca_scope
// BRANCHES: cf.cond_br
func.func @band_scratch(%bands: index, %v: f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  omp.parallel {
    omp.wsloop {
      omp.loop_nest (%band) : index = (%c0) to (%bands) step (%c1) {
        memref.alloca_scope {
          %ring = memref.alloca() {alignment = 64 : i64} : memref<3x64xf32>
          %row = memref.alloca() : memref<64xf32>
          scf.for %i = %c0 to %c3 step %c1 {
            memref.store %v, %ring[%i, %band] : memref<3x64xf32>
            memref.store %v, %row[%i] : memref<64xf32>
          }
        }
        omp.yield
      }
    }
    omp.terminator
  }
  return
}

// An alloca whose size is known only in the iteration stays in its scope.
// CHECK-LABEL: func.func @dynamic_scratch
// CHECK: omp.loop_nest
// CHECK-NEXT: memref.alloca_scope {
// CHECK-NEXT: memref.alloca(%{{.*}}) : memref<?xf32>
func.func @dynamic_scratch(%bands: index, %v: f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  omp.parallel {
    omp.wsloop {
      omp.loop_nest (%band) : index = (%c0) to (%bands) step (%c1) {
        memref.alloca_scope {
          %row = memref.alloca(%band) : memref<?xf32>
          memref.store %v, %row[%c0] : memref<?xf32>
        }
        omp.yield
      }
    }
    omp.terminator
  }
  return
}

// Outside a parallel region, nothing changes.
// CHECK-LABEL: func.func @serial_scope
// CHECK: memref.alloca_scope {
// CHECK-NEXT: memref.alloca() : memref<64xf32>
func.func @serial_scope(%v: f32) {
  %c0 = arith.constant 0 : index
  memref.alloca_scope {
    %row = memref.alloca() : memref<64xf32>
    memref.store %v, %row[%c0] : memref<64xf32>
  }
  return
}
