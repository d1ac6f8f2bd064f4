// ov-skip-barriers-before-joins: a work-sharing loop that is the last op of
// its parallel region gets `nowait` (the region's join waits for every
// thread); a loop followed by more work in the region, or one that
// reduces, keeps its barrier.
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-skip-barriers-before-joins))' | FileCheck %s

// A thread loop as convert-scf-to-openmp makes it: the loop, then the
// region's terminator.
// CHECK-LABEL: func.func @last_in_region
// CHECK: omp.parallel {
// CHECK-NEXT: omp.wsloop nowait {
// CHECK: omp.terminator
func.func @last_in_region(%m: memref<64xf32>, %v: f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c64 = arith.constant 64 : index
  omp.parallel {
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%c64) step (%c1) {
        memref.store %v, %m[%i] : memref<64xf32>
        omp.yield
      }
    }
    omp.terminator
  }
  return
}

// Two loops in one region: the second reads what other threads wrote in
// the first, so only the second skips its barrier.
// CHECK-LABEL: func.func @two_in_region
// CHECK: omp.parallel {
// CHECK-NEXT: omp.wsloop {
// CHECK: omp.wsloop nowait {
// CHECK: omp.terminator
func.func @two_in_region(%m: memref<64xf32>, %n: memref<64xf32>, %v: f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c63 = arith.constant 63 : index
  %c64 = arith.constant 64 : index
  omp.parallel {
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%c64) step (%c1) {
        memref.store %v, %m[%i] : memref<64xf32>
        omp.yield
      }
    }
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%c64) step (%c1) {
        %j = arith.subi %c63, %i : index
        %x = memref.load %m[%j] : memref<64xf32>
        memref.store %x, %n[%i] : memref<64xf32>
        omp.yield
      }
    }
    omp.terminator
  }
  return
}

// A loop that sums into a reduction variable keeps its barrier.
// CHECK-LABEL: func.func @reduces
// CHECK: omp.wsloop reduction(
// CHECK-NOT: nowait
// CHECK: return
omp.declare_reduction @add_f32 : f32 init {
^bb0(%arg0: f32):
  %0 = llvm.mlir.constant(0.000000e+00 : f32) : f32
  omp.yield(%0 : f32)
} combiner {
^bb0(%a: f32, %b: f32):
  %0 = arith.addf %a, %b : f32
  omp.yield(%0 : f32)
}
func.func @reduces(%m: memref<64xf32>) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c64 = arith.constant 64 : index
  %zero = arith.constant 0.000000e+00 : f32
  %one = llvm.mlir.constant(1 : i64) : i64
  %sum = llvm.alloca %one x f32 : (i64) -> !llvm.ptr
  llvm.store %zero, %sum : f32, !llvm.ptr
  omp.parallel {
    omp.wsloop reduction(@add_f32 %sum -> %acc : !llvm.ptr) {
      omp.loop_nest (%i) : index = (%c0) to (%c64) step (%c1) {
        %x = memref.load %m[%i] : memref<64xf32>
        %s = llvm.load %acc : !llvm.ptr -> f32
        %t = arith.addf %s, %x : f32
        llvm.store %t, %acc : f32, !llvm.ptr
        omp.yield
      }
    }
    omp.terminator
  }
  %r = llvm.load %sum : !llvm.ptr -> f32
  return %r : f32
}
