// ov-balance-thread-loops: the only work-sharing loop of a parallel region,
// with no schedule of its own, gets a nonmonotonic dynamic schedule (the
// runtime balances such loops: runtime/src/loop_shares.c); a loop with a
// schedule, a reduction, or another loop in its region keeps what it has.
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-balance-thread-loops))' | FileCheck %s

// A thread loop as convert-scf-to-openmp and ov-skip-barriers-before-joins
// leave it.
// CHECK-LABEL: func.func @only_loop
// CHECK: omp.parallel {
// CHECK-NEXT: omp.wsloop nowait schedule(dynamic, nonmonotonic) {
func.func @only_loop(%m: memref<64xf32>, %v: f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c64 = arith.constant 64 : index
  omp.parallel {
    omp.wsloop nowait {
      omp.loop_nest (%i) : index = (%c0) to (%c64) step (%c1) {
        memref.store %v, %m[%i] : memref<64xf32>
        omp.yield
      }
    }
    omp.terminator
  }
  return
}

// Two loops in one region: the runtime keeps one balanced loop per region.
// CHECK-LABEL: func.func @two_in_region
// CHECK: omp.wsloop {
// CHECK: omp.wsloop nowait {
func.func @two_in_region(%m: memref<64xf32>, %v: f32) {
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
    omp.wsloop nowait {
      omp.loop_nest (%i) : index = (%c0) to (%c64) step (%c1) {
        memref.store %v, %m[%i] : memref<64xf32>
        omp.yield
      }
    }
    omp.terminator
  }
  return
}

// A schedule given already stays.
// CHECK-LABEL: func.func @scheduled
// CHECK: omp.wsloop nowait schedule(static) {
func.func @scheduled(%m: memref<64xf32>, %v: f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c64 = arith.constant 64 : index
  omp.parallel {
    omp.wsloop nowait schedule(static) {
      omp.loop_nest (%i) : index = (%c0) to (%c64) step (%c1) {
        memref.store %v, %m[%i] : memref<64xf32>
        omp.yield
      }
    }
    omp.terminator
  }
  return
}

omp.declare_reduction @add_f32 : f32 init {
^bb0(%x: f32):
  %zero = arith.constant 0.0 : f32
  omp.yield(%zero : f32)
} combiner {
^bb0(%x: f32, %y: f32):
  %sum = arith.addf %x, %y : f32
  omp.yield(%sum : f32)
}

// A loop that reduces is left as the OpenMP lowering makes it.
// CHECK-LABEL: func.func @reduction
// CHECK: omp.wsloop reduction({{[^)]*}}) {{{$}}
func.func @reduction(%m: memref<64xf32>, %sum: memref<f32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c64 = arith.constant 64 : index
  %alloca = llvm.mlir.constant(1 : i64) : i64
  %acc = llvm.alloca %alloca x f32 : (i64) -> !llvm.ptr
  omp.parallel {
    omp.wsloop reduction(@add_f32 %acc -> %prv : !llvm.ptr) {
      omp.loop_nest (%i) : index = (%c0) to (%c64) step (%c1) {
        %x = memref.load %m[%i] : memref<64xf32>
        %old = llvm.load %prv : !llvm.ptr -> f32
        %new = arith.addf %old, %x : f32
        llvm.store %new, %prv : f32, !llvm.ptr
        omp.yield
      }
    }
    omp.terminator
  }
  return
}
