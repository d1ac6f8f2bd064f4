// ov-free-buffers-early: a deallocation moves up to right after the last
// operation of its block that uses the buffer or one of its views; buffers
// whose views may escape keep their deallocation.
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-free-buffers-early))' -split-input-file | FileCheck %s

// The temporary's last use is the loop that reads a view of it: its
// deallocation moves before the second temporary's allocation, which can
// then reuse the memory.
// CHECK-LABEL: func.func @chain
// CHECK: %[[T:.*]] = memref.alloc() : memref<16xf32>
// CHECK: linalg.fill {{.*}} outs(%[[T]]
// CHECK: %[[V:.*]] = memref.subview %[[T]]
// CHECK: scf.for
// CHECK:   memref.load %[[V]]
// CHECK: }
// CHECK-NEXT: memref.dealloc %[[T]]
// CHECK-NEXT: %[[U:.*]] = memref.alloc() : memref<16xf32>
// CHECK: memref.copy %[[U]], %arg0
// CHECK-NEXT: memref.dealloc %[[U]]
// CHECK-NEXT: return
func.func @chain(%out: memref<16xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %one = arith.constant 1.0 : f32
  %t = memref.alloc() : memref<16xf32>
  linalg.fill ins(%one : f32) outs(%t : memref<16xf32>)
  %v = memref.subview %t[8] [8] [1] : memref<16xf32> to memref<8xf32, strided<[1], offset: 8>>
  scf.for %i = %c0 to %c8 step %c1 {
    %x = memref.load %v[%i] : memref<8xf32, strided<[1], offset: 8>>
    memref.store %x, %out[%i] : memref<16xf32>
  }
  %u = memref.alloc() : memref<16xf32>
  linalg.fill ins(%one : f32) outs(%u : memref<16xf32>)
  memref.copy %u, %out : memref<16xf32> to memref<16xf32>
  memref.dealloc %t : memref<16xf32>
  memref.dealloc %u : memref<16xf32>
  return
}

// -----

// A buffer without other uses is freed right after its allocation.
// CHECK-LABEL: func.func @unused
// CHECK: %[[T:.*]] = memref.alloc
// CHECK-NEXT: memref.dealloc %[[T]]
// CHECK-NEXT: linalg.fill
func.func @unused(%out: memref<4xf32>) {
  %one = arith.constant 1.0 : f32
  %t = memref.alloc() : memref<4xf32>
  linalg.fill ins(%one : f32) outs(%out : memref<4xf32>)
  memref.dealloc %t : memref<4xf32>
  return
}

// -----

// A view passed to a call may be kept by the callee: not moved.
// CHECK-LABEL: func.func @call
// CHECK: call @keep
// CHECK-NEXT: linalg.fill
// CHECK-NEXT: memref.dealloc
func.func private @keep(memref<2xf32, strided<[1]>>)
func.func @call(%out: memref<4xf32>) {
  %one = arith.constant 1.0 : f32
  %t = memref.alloc() : memref<4xf32>
  %v = memref.subview %t[0] [2] [1] : memref<4xf32> to memref<2xf32, strided<[1]>>
  call @keep(%v) : (memref<2xf32, strided<[1]>>) -> ()
  linalg.fill ins(%one : f32) outs(%out : memref<4xf32>)
  memref.dealloc %t : memref<4xf32>
  return
}

// -----

// An operation with memref results that is not a view of the buffer (here
// a select between two buffers) may alias it: not moved.
// CHECK-LABEL: func.func @select
// CHECK: arith.select
// CHECK-NEXT: memref.copy
// CHECK-NEXT: linalg.fill
// CHECK-NEXT: memref.dealloc
func.func @select(%c: i1, %a: memref<4xf32>, %out: memref<4xf32>) {
  %one = arith.constant 1.0 : f32
  %t = memref.alloc() : memref<4xf32>
  %s = arith.select %c, %t, %a : memref<4xf32>
  memref.copy %s, %out : memref<4xf32> to memref<4xf32>
  linalg.fill ins(%one : f32) outs(%out : memref<4xf32>)
  memref.dealloc %t : memref<4xf32>
  return
}

// -----

// A buffer yielded out of a loop escapes its block: not moved.
// CHECK-LABEL: func.func @yielded
// CHECK: scf.for
// CHECK: linalg.fill
// CHECK-NEXT: memref.dealloc
func.func @yielded(%n: index, %out: memref<4xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %one = arith.constant 1.0 : f32
  %t = memref.alloc() : memref<4xf32>
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%b = %t) -> memref<4xf32> {
    scf.yield %b : memref<4xf32>
  }
  memref.copy %r, %out : memref<4xf32> to memref<4xf32>
  linalg.fill ins(%one : f32) outs(%out : memref<4xf32>)
  memref.dealloc %t : memref<4xf32>
  return
}
