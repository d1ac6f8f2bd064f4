// ov-forward-copies: a temporary buffer that one linalg op writes and that
// is then copied into a slice becomes that slice (made before the op); one
// copied in from a slice, updated and copied back becomes the slice. Not
// when something in between touches the slice's elements.
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-forward-copies))' | FileCheck %s

#id = affine_map<(d0, d1) -> (d0, d1)>

// Two results of one op, each copied into a row of %v: both written in
// place (the rows are disjoint).
// CHECK-LABEL: func.func @written
// CHECK-SAME: (%[[X:.*]]: memref<4x8xf32>, %[[V:.*]]: memref<2x4x8xf32>)
// CHECK-NOT: memref.alloc
// CHECK-DAG: %[[ROW0:.*]] = memref.subview %[[V]][0, 0, 0] [1, 4, 8] [1, 1, 1]
// CHECK-DAG: %[[ROW1:.*]] = memref.subview %[[V]][1, 0, 0] [1, 4, 8] [1, 1, 1]
// CHECK: linalg.generic {{.*}} ins(%[[X]] : memref<4x8xf32>) outs(%[[ROW0]], %[[ROW1]] :
// CHECK-NOT: memref.copy
// CHECK: return
func.func @written(%x: memref<4x8xf32>, %v: memref<2x4x8xf32>) {
  %a = memref.alloc() : memref<4x8xf32>
  %b = memref.alloc() : memref<4x8xf32>
  linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]} ins(%x : memref<4x8xf32>) outs(%a, %b : memref<4x8xf32>, memref<4x8xf32>) {
  ^bb0(%in: f32, %o0: f32, %o1: f32):
    %n = arith.negf %in : f32
    linalg.yield %in, %n : f32, f32
  }
  %r0 = memref.subview %v[0, 0, 0] [1, 4, 8] [1, 1, 1] : memref<2x4x8xf32> to memref<4x8xf32, strided<[8, 1]>>
  memref.copy %a, %r0 : memref<4x8xf32> to memref<4x8xf32, strided<[8, 1]>>
  %r1 = memref.subview %v[1, 0, 0] [1, 4, 8] [1, 1, 1] : memref<2x4x8xf32> to memref<4x8xf32, strided<[8, 1], offset: 32>>
  memref.copy %b, %r1 : memref<4x8xf32> to memref<4x8xf32, strided<[8, 1], offset: 32>>
  return
}

// Copied in from the even and odd columns of %y, updated, copied back:
// the op updates the columns in place.
// CHECK-LABEL: func.func @read_written
// CHECK-SAME: (%[[X:.*]]: memref<4x4xf32>, %[[Y:.*]]: memref<4x8xf32>)
// CHECK-NOT: memref.alloc
// CHECK: %[[EVEN:.*]] = memref.subview %[[Y]][0, 0] [4, 4] [1, 2]
// CHECK: %[[ODD:.*]] = memref.subview %[[Y]][0, 1] [4, 4] [1, 2]
// CHECK: linalg.generic {{.*}} outs(%[[EVEN]], %[[ODD]] :
// CHECK-NOT: memref.copy
// CHECK: return
func.func @read_written(%x: memref<4x4xf32>, %y: memref<4x8xf32>) {
  %even = memref.subview %y[0, 0] [4, 4] [1, 2] : memref<4x8xf32> to memref<4x4xf32, strided<[8, 2]>>
  %odd = memref.subview %y[0, 1] [4, 4] [1, 2] : memref<4x8xf32> to memref<4x4xf32, strided<[8, 2], offset: 1>>
  %a = memref.alloc() : memref<4x4xf32>
  memref.copy %even, %a : memref<4x4xf32, strided<[8, 2]>> to memref<4x4xf32>
  %b = memref.alloc() : memref<4x4xf32>
  memref.copy %odd, %b : memref<4x4xf32, strided<[8, 2], offset: 1>> to memref<4x4xf32>
  linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]} ins(%x : memref<4x4xf32>) outs(%a, %b : memref<4x4xf32>, memref<4x4xf32>) {
  ^bb0(%in: f32, %o0: f32, %o1: f32):
    %s = arith.addf %in, %o0 : f32
    %d = arith.subf %o1, %in : f32
    linalg.yield %s, %d : f32, f32
  }
  memref.copy %a, %even : memref<4x4xf32> to memref<4x4xf32, strided<[8, 2]>>
  memref.copy %b, %odd : memref<4x4xf32> to memref<4x4xf32, strided<[8, 2], offset: 1>>
  return
}

// The slice is read between the op and the copy (the old values go to
// %z): the temporary stays.
// CHECK-LABEL: func.func @read_between
// CHECK: %[[A:.*]] = memref.alloc
// CHECK: linalg.generic {{.*}} outs(%[[A]] :
// CHECK: memref.copy %{{.*}}, %{{.*}}
// CHECK: memref.copy %[[A]], %{{.*}}
func.func @read_between(%x: memref<4x8xf32>, %v: memref<2x4x8xf32>, %z: memref<4x8xf32>) {
  %a = memref.alloc() : memref<4x8xf32>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%x : memref<4x8xf32>) outs(%a : memref<4x8xf32>) {
  ^bb0(%in: f32, %o: f32):
    linalg.yield %in : f32
  }
  %r0 = memref.subview %v[0, 0, 0] [1, 4, 8] [1, 1, 1] : memref<2x4x8xf32> to memref<4x8xf32, strided<[8, 1]>>
  memref.copy %r0, %z : memref<4x8xf32, strided<[8, 1]>> to memref<4x8xf32>
  memref.copy %a, %r0 : memref<4x8xf32> to memref<4x8xf32, strided<[8, 1]>>
  return
}

// The op reads the temporary's (undefined) values: not a write-only
// buffer, it stays.
// CHECK-LABEL: func.func @read_temporary
// CHECK: %[[A:.*]] = memref.alloc
// CHECK: linalg.generic {{.*}} outs(%[[A]] :
// CHECK: memref.copy %[[A]], %{{.*}}
func.func @read_temporary(%x: memref<4x8xf32>, %v: memref<2x4x8xf32>) {
  %a = memref.alloc() : memref<4x8xf32>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%x : memref<4x8xf32>) outs(%a : memref<4x8xf32>) {
  ^bb0(%in: f32, %o: f32):
    %s = arith.addf %in, %o : f32
    linalg.yield %s : f32
  }
  %r0 = memref.subview %v[0, 0, 0] [1, 4, 8] [1, 1, 1] : memref<2x4x8xf32> to memref<4x8xf32, strided<[8, 1]>>
  memref.copy %a, %r0 : memref<4x8xf32> to memref<4x8xf32, strided<[8, 1]>>
  return
}

// The op also writes an overlapping slice of %v (rows 0-1 and 1-2 share
// row 1): the temporary stays.
// CHECK-LABEL: func.func @overlapping
// CHECK: %[[A:.*]] = memref.alloc
// CHECK: memref.copy %[[A]], %{{.*}}
func.func @overlapping(%x: memref<2x8xf32>, %v: memref<4x8xf32>) {
  %rows01 = memref.subview %v[0, 0] [2, 8] [1, 1] : memref<4x8xf32> to memref<2x8xf32, strided<[8, 1]>>
  %a = memref.alloc() : memref<2x8xf32>
  linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]} ins(%x : memref<2x8xf32>) outs(%rows01, %a : memref<2x8xf32, strided<[8, 1]>>, memref<2x8xf32>) {
  ^bb0(%in: f32, %o0: f32, %o1: f32):
    linalg.yield %in, %in : f32, f32
  }
  %rows12 = memref.subview %v[1, 0] [2, 8] [1, 1] : memref<4x8xf32> to memref<2x8xf32, strided<[8, 1], offset: 8>>
  memref.copy %a, %rows12 : memref<2x8xf32> to memref<2x8xf32, strided<[8, 1], offset: 8>>
  return
}

// The slice is read between the op and the copy inside a region (an
// scf.if that captures %r0 without taking it as an operand): the temporary
// stays.
// CHECK-LABEL: func.func @read_in_region
// CHECK: %[[A:.*]] = memref.alloc
// CHECK: linalg.generic {{.*}} outs(%[[A]] :
// CHECK: scf.if
// CHECK: memref.copy %[[A]], %{{.*}}
func.func @read_in_region(%x: memref<4x8xf32>, %v: memref<2x4x8xf32>, %z: memref<4x8xf32>, %c: i1) {
  %r0 = memref.subview %v[0, 0, 0] [1, 4, 8] [1, 1, 1] : memref<2x4x8xf32> to memref<4x8xf32, strided<[8, 1]>>
  %a = memref.alloc() : memref<4x8xf32>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%x : memref<4x8xf32>) outs(%a : memref<4x8xf32>) {
  ^bb0(%in: f32, %o: f32):
    linalg.yield %in : f32
  }
  scf.if %c {
    memref.copy %r0, %z : memref<4x8xf32, strided<[8, 1]>> to memref<4x8xf32>
  }
  memref.copy %a, %r0 : memref<4x8xf32> to memref<4x8xf32, strided<[8, 1]>>
  return
}
