// ov-tile-and-vectorize: runs of ops on the same rows (a Softmax, a
// LayerNorm) become one thread loop over blocks of rows, each op in turn
// on the block (row groups, RowGroups.h); runs that would shift rows or
// share nothing stay loops of their own.
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-tile-and-vectorize))' | FileCheck %s

#rows = affine_map<(r, c) -> (r, c)>
#stat = affine_map<(r, c) -> (r, 0)>
#col = affine_map<(r, c) -> (c)>

// A softmax over rows of 128: the maximum and the sum (fills and
// reductions into [64, 1]), exp(x - max) in place and the division, all in
// one loop over blocks of 32 rows; each row reduced into a vector of
// partial results, then into its maximum or sum.
// CHECK-LABEL: func.func @softmax
// CHECK: scf.parallel (%[[ROW:.*]]) = (%c0) to (%c64) step (%c32)
// CHECK: linalg.fill
// CHECK: arith.maximumf {{.*}} : vector<16xf32>
// CHECK: vector.reduction <maximumf>
// CHECK: math.exp {{.*}} : vector<16xf32>
// CHECK: linalg.fill
// CHECK: arith.addf {{.*}} : vector<16xf32>
// CHECK: vector.reduction <add>
// CHECK: arith.divf {{.*}} : vector<16xf32>
// CHECK: scf.reduce
// CHECK-NOT: scf.parallel
// CHECK: return
func.func @softmax(%x: memref<64x128xf32>) {
  %low = arith.constant 0xFF800000 : f32
  %zero = arith.constant 0.0 : f32
  %max = memref.alloc() : memref<64x1xf32>
  linalg.fill ins(%low : f32) outs(%max : memref<64x1xf32>)
  linalg.generic {indexing_maps = [#rows, #stat], iterator_types = ["parallel", "reduction"]}
      ins(%x : memref<64x128xf32>) outs(%max : memref<64x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %out, %in : f32
    linalg.yield %m : f32
  }
  linalg.generic {indexing_maps = [#rows, #stat, #rows], iterator_types = ["parallel", "parallel"]}
      ins(%x, %max : memref<64x128xf32>, memref<64x1xf32>) outs(%x : memref<64x128xf32>) {
  ^bb0(%in: f32, %m: f32, %out: f32):
    %d = arith.subf %in, %m : f32
    %e = math.exp %d : f32
    linalg.yield %e : f32
  }
  memref.dealloc %max : memref<64x1xf32>
  %sum = memref.alloc() : memref<64x1xf32>
  linalg.fill ins(%zero : f32) outs(%sum : memref<64x1xf32>)
  linalg.generic {indexing_maps = [#rows, #stat], iterator_types = ["parallel", "reduction"]}
      ins(%x : memref<64x128xf32>) outs(%sum : memref<64x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %s = arith.addf %out, %in : f32
    linalg.yield %s : f32
  }
  linalg.generic {indexing_maps = [#rows, #stat, #rows], iterator_types = ["parallel", "parallel"]}
      ins(%x, %sum : memref<64x128xf32>, memref<64x1xf32>) outs(%x : memref<64x128xf32>) {
  ^bb0(%in: f32, %s: f32, %out: f32):
    %q = arith.divf %in, %s : f32
    linalg.yield %q : f32
  }
  memref.dealloc %sum : memref<64x1xf32>
  return
}

// The row sums are read one row further on (a view of the sums' buffer
// at another offset): a block of rows would read a sum of the next block
// before it is made. Two loops.
// CHECK-LABEL: func.func @shifted_rows
// CHECK: scf.parallel
// CHECK: vector.reduction <add>
// CHECK: scf.reduce
// CHECK: scf.parallel
// CHECK: arith.mulf
// CHECK: return
func.func @shifted_rows(%x: memref<64x128xf32>, %y: memref<63x128xf32>) {
  %zero = arith.constant 0.0 : f32
  %sum = memref.alloc() : memref<64x1xf32>
  linalg.fill ins(%zero : f32) outs(%sum : memref<64x1xf32>)
  linalg.generic {indexing_maps = [#rows, #stat], iterator_types = ["parallel", "reduction"]}
      ins(%x : memref<64x128xf32>) outs(%sum : memref<64x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %s = arith.addf %out, %in : f32
    linalg.yield %s : f32
  }
  %next = memref.subview %sum[1, 0] [63, 1] [1, 1] : memref<64x1xf32> to memref<63x1xf32, strided<[1, 1], offset: 1>>
  %head = memref.subview %x[0, 0] [63, 128] [1, 1] : memref<64x128xf32> to memref<63x128xf32, strided<[128, 1]>>
  linalg.generic {indexing_maps = [#rows, #stat, #rows], iterator_types = ["parallel", "parallel"]}
      ins(%head, %next : memref<63x128xf32, strided<[128, 1]>>, memref<63x1xf32, strided<[1, 1], offset: 1>>) outs(%y : memref<63x128xf32>) {
  ^bb0(%in: f32, %s: f32, %out: f32):
    %p = arith.mulf %in, %s : f32
    linalg.yield %p : f32
  }
  memref.dealloc %sum : memref<64x1xf32>
  return
}

// A scale per column written by the first op and read by the second along
// the columns of every row: not a row group (each block would need all of
// the first op's rows). Two loops.
// CHECK-LABEL: func.func @written_then_broadcast
// CHECK: scf.parallel
// CHECK: scf.reduce
// CHECK: scf.parallel
// CHECK: return
func.func @written_then_broadcast(%x: memref<64x128xf32>, %scale: memref<128xf32>, %y: memref<64x128xf32>) {
  linalg.generic {indexing_maps = [#rows, #col], iterator_types = ["parallel", "reduction"]}
      ins(%x : memref<64x128xf32>) outs(%scale : memref<128xf32>) {
  ^bb0(%in: f32, %out: f32):
    %s = arith.addf %out, %in : f32
    linalg.yield %s : f32
  }
  linalg.generic {indexing_maps = [#rows, #col, #rows], iterator_types = ["parallel", "parallel"]}
      ins(%x, %scale : memref<64x128xf32>, memref<128xf32>) outs(%y : memref<64x128xf32>) {
  ^bb0(%in: f32, %s: f32, %out: f32):
    %p = arith.mulf %in, %s : f32
    linalg.yield %p : f32
  }
  return
}

// Two ops on the same rows that share no buffer: nothing to keep in L1,
// they stay loops of their own.
// CHECK-LABEL: func.func @nothing_shared
// CHECK: scf.parallel
// CHECK: scf.reduce
// CHECK: scf.parallel
// CHECK: return
func.func @nothing_shared(%a: memref<64x128xf32>, %b: memref<64x128xf32>, %c: memref<64x128xf32>, %d: memref<64x128xf32>) {
  linalg.generic {indexing_maps = [#rows, #rows], iterator_types = ["parallel", "parallel"]}
      ins(%a : memref<64x128xf32>) outs(%b : memref<64x128xf32>) {
  ^bb0(%in: f32, %out: f32):
    %e = math.exp %in : f32
    linalg.yield %e : f32
  }
  linalg.generic {indexing_maps = [#rows, #rows], iterator_types = ["parallel", "parallel"]}
      ins(%c : memref<64x128xf32>) outs(%d : memref<64x128xf32>) {
  ^bb0(%in: f32, %out: f32):
    %e = math.exp %in : f32
    linalg.yield %e : f32
  }
  return
}
