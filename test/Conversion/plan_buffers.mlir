// ov-plan-buffers: a function's temporaries become views of one arena.
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-plan-buffers))' | FileCheck %s

// Three buffers: %a (4096 bytes) and %b (1024) are live together, %c
// (2048) only after both are freed. The largest goes first at 0, %b at
// 4096 (%a's end), %c at 0 again (nothing else is live then): an arena of
// 5120 bytes, allocated first and freed before the return; the result,
// returned, keeps its allocation.
// CHECK-LABEL: func.func @live_ranges
// CHECK: %[[ARENA:.*]] = memref.alloc() {alignment = 64 : i64} : memref<5120xi8>
// CHECK: %[[A:.*]] = memref.view %[[ARENA]][%c0{{.*}}][] : memref<5120xi8> to memref<1024xf32>
// CHECK: %[[B:.*]] = memref.view %[[ARENA]][%c4096{{.*}}][] : memref<5120xi8> to memref<256xf32>
// CHECK: %[[A4:.*]] = memref.subview %[[A]][0] [256] [1]
// CHECK: linalg.add ins(%[[A4]], %[[B]] : {{.*}}) outs(%[[B]] : {{.*}})
// CHECK: %[[C:.*]] = memref.view %[[ARENA]][%c0{{.*}}][] : memref<5120xi8> to memref<512xf32>
// CHECK: %[[OUT:.*]] = memref.alloc() : memref<512xf32>
// CHECK-NOT: memref.dealloc %[[A]]
// CHECK-NOT: memref.dealloc %[[B]]
// CHECK-NOT: memref.dealloc %[[C]]
// CHECK: memref.dealloc %[[ARENA]]
// CHECK-NEXT: return %[[OUT]]
func.func @live_ranges(%x: memref<1024xf32>) -> memref<512xf32> {
  %a = memref.alloc() {alignment = 64 : i64} : memref<1024xf32>
  memref.copy %x, %a : memref<1024xf32> to memref<1024xf32>
  %b = memref.alloc() : memref<256xf32>
  %a4 = memref.subview %a[0] [256] [1] : memref<1024xf32> to memref<256xf32, strided<[1]>>
  linalg.add ins(%a4, %b : memref<256xf32, strided<[1]>>, memref<256xf32>) outs(%b : memref<256xf32>)
  memref.dealloc %a : memref<1024xf32>
  %b2 = memref.subview %b[0] [128] [1] : memref<256xf32> to memref<128xf32, strided<[1]>>
  %x2 = memref.subview %x[0] [128] [1] : memref<1024xf32> to memref<128xf32, strided<[1]>>
  memref.copy %b2, %x2 : memref<128xf32, strided<[1]>> to memref<128xf32, strided<[1]>>
  memref.dealloc %b : memref<256xf32>
  %c = memref.alloc() : memref<512xf32>
  %x3 = memref.subview %x[0] [512] [1] : memref<1024xf32> to memref<512xf32, strided<[1]>>
  memref.copy %x3, %c : memref<512xf32, strided<[1]>> to memref<512xf32>
  %out = memref.alloc() : memref<512xf32>
  memref.copy %c, %out : memref<512xf32> to memref<512xf32>
  memref.dealloc %c : memref<512xf32>
  return %out : memref<512xf32>
}

// Left alone: a buffer of dynamic size, one allocated in a loop, one
// passed to a call, one never freed. Erased: a buffer (and its view) that
// is only allocated and freed.
// CHECK-LABEL: func.func @left_alone
// CHECK-NOT: memref.view
// CHECK: memref.alloc(%{{.*}}) : memref<?xf32>
// CHECK: scf.for
// CHECK: memref.alloc() : memref<16xf32>
// CHECK: memref.alloc() : memref<8xf32>
// CHECK: call @consume
// CHECK: memref.alloc() : memref<4xf32>
// CHECK-NOT: memref<32xf32>
// CHECK: return
func.func private @consume(memref<8xf32>)
func.func @left_alone(%n: index, %x: f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %d = memref.alloc(%n) : memref<?xf32>
  memref.store %x, %d[%c0] : memref<?xf32>
  memref.dealloc %d : memref<?xf32>
  scf.for %i = %c0 to %n step %c1 {
    %l = memref.alloc() : memref<16xf32>
    memref.store %x, %l[%c0] : memref<16xf32>
    memref.dealloc %l : memref<16xf32>
  }
  %p = memref.alloc() : memref<8xf32>
  func.call @consume(%p) : (memref<8xf32>) -> ()
  memref.dealloc %p : memref<8xf32>
  %k = memref.alloc() : memref<4xf32>
  memref.store %x, %k[%c0] : memref<4xf32>
  %unused = memref.alloc() : memref<32xf32>
  %view = memref.subview %unused[0] [4] [1] : memref<32xf32> to memref<4xf32, strided<[1]>>
  memref.dealloc %unused : memref<32xf32>
  return
}
