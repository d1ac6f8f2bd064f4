// RUN: ov-opt %s --ov-tile-and-vectorize | FileCheck %s

// A half of an inverted-residual block (ov-compute-blocks-by-channels) in
// its thread loop: the expansion writes E, on the thread's stack, and the
// activation reads it into the interior of P, on the stack too. As with
// planes in the arena, the activation joins the expansion's register
// tiles, which store into P's interior: E is gone.
// CHECK-LABEL: func.func @stack_planes(
// CHECK: scf.parallel
// CHECK-NOT: memref.alloca() {{.*}} : memref<1x2x4x4x16xf32>
// CHECK: %[[P:.*]] = memref.alloca() {alignment = 64 : i64} : memref<1x2x6x6x16xf32>
// CHECK-NOT: memref.alloca() {{.*}} : memref<1x2x4x4x16xf32>
// CHECK: scf.for
// CHECK: %[[ACC:.*]] = scf.for {{.*}} -> (vector<2x8x16xf32>)
// CHECK: %[[RELU:.*]] = arith.maximumf %[[ACC]], %{{.*}} : vector<2x8x16xf32>
// CHECK: arith.minimumf %[[RELU]]
// CHECK: vector.transfer_write %{{.*}}, %[[P]][
// CHECK-NOT: linalg.generic
// CHECK: } {ov_row_bands}

#id = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#bias = affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>
#lhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>
#rhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>
#res = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
func.func @stack_planes(%x: memref<1x1x4x4x16xf32>, %we: memref<4x1x16x16xf32>, %be: memref<1x4x1x1x16xf32>, %out: memref<2x2x6x6x16xf32>) {
  %zero = arith.constant 0.0 : f32
  %six = arith.constant 6.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %xc = memref.collapse_shape %x [[0], [1], [2, 3], [4]] : memref<1x1x4x4x16xf32> into memref<1x1x16x16xf32>
  scf.parallel (%half) = (%c0) to (%c2) step (%c1) {
    %first = arith.muli %half, %c2 : index
    %e = memref.alloca() {alignment = 64 : i64} : memref<1x2x4x4x16xf32>
    %p = memref.alloca() {alignment = 64 : i64} : memref<1x2x6x6x16xf32>
    %b0 = memref.subview %p[0, 0, 0, 0, 0] [1, 2, 1, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x6x6x16xf32> to memref<1x2x1x6x16xf32, strided<[1152, 576, 96, 16, 1]>>
    linalg.fill ins(%zero : f32) outs(%b0 : memref<1x2x1x6x16xf32, strided<[1152, 576, 96, 16, 1]>>)
    %b1 = memref.subview %p[0, 0, 5, 0, 0] [1, 2, 1, 6, 16] [1, 1, 1, 1, 1] : memref<1x2x6x6x16xf32> to memref<1x2x1x6x16xf32, strided<[1152, 576, 96, 16, 1], offset: 480>>
    linalg.fill ins(%zero : f32) outs(%b1 : memref<1x2x1x6x16xf32, strided<[1152, 576, 96, 16, 1], offset: 480>>)
    %b2 = memref.subview %p[0, 0, 0, 0, 0] [1, 2, 6, 1, 16] [1, 1, 1, 1, 1] : memref<1x2x6x6x16xf32> to memref<1x2x6x1x16xf32, strided<[1152, 576, 96, 16, 1]>>
    linalg.fill ins(%zero : f32) outs(%b2 : memref<1x2x6x1x16xf32, strided<[1152, 576, 96, 16, 1]>>)
    %b3 = memref.subview %p[0, 0, 0, 5, 0] [1, 2, 6, 1, 16] [1, 1, 1, 1, 1] : memref<1x2x6x6x16xf32> to memref<1x2x6x1x16xf32, strided<[1152, 576, 96, 16, 1], offset: 80>>
    linalg.fill ins(%zero : f32) outs(%b3 : memref<1x2x6x1x16xf32, strided<[1152, 576, 96, 16, 1], offset: 80>>)
    %bh = memref.subview %be[0, %first, 0, 0, 0] [1, 2, 1, 1, 16] [1, 1, 1, 1, 1] : memref<1x4x1x1x16xf32> to memref<1x2x1x1x16xf32, strided<[64, 16, 16, 16, 1], offset: ?>>
    linalg.generic {indexing_maps = [#bias, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%bh : memref<1x2x1x1x16xf32, strided<[64, 16, 16, 16, 1], offset: ?>>) outs(%e : memref<1x2x4x4x16xf32>) {
    ^bb0(%in: f32, %o: f32):
      linalg.yield %in : f32
    }
    %wh = memref.subview %we[%first, 0, 0, 0] [2, 1, 16, 16] [1, 1, 1, 1] : memref<4x1x16x16xf32> to memref<2x1x16x16xf32, strided<[256, 256, 16, 1], offset: ?>>
    %ec = memref.collapse_shape %e [[0], [1], [2, 3], [4]] : memref<1x2x4x4x16xf32> into memref<1x2x16x16xf32>
    linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%xc, %wh : memref<1x1x16x16xf32>, memref<2x1x16x16xf32, strided<[256, 256, 16, 1], offset: ?>>) outs(%ec : memref<1x2x16x16xf32>) {
    ^bb0(%in: f32, %w: f32, %o: f32):
      %m = arith.mulf %in, %w : f32
      %s = arith.addf %o, %m : f32
      linalg.yield %s : f32
    }
    %interior = memref.subview %p[0, 0, 1, 1, 0] [1, 2, 4, 4, 16] [1, 1, 1, 1, 1] : memref<1x2x6x6x16xf32> to memref<1x2x4x4x16xf32, strided<[1152, 576, 96, 16, 1], offset: 112>>
    linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%e : memref<1x2x4x4x16xf32>) outs(%interior : memref<1x2x4x4x16xf32, strided<[1152, 576, 96, 16, 1], offset: 112>>) {
    ^bb0(%in: f32, %o: f32):
      %lo = arith.maximumf %in, %zero : f32
      %hi = arith.minimumf %lo, %six : f32
      linalg.yield %hi : f32
    }
    %dst = memref.subview %out[%half, 0, 0, 0, 0] [1, 2, 6, 6, 16] [1, 1, 1, 1, 1] : memref<2x2x6x6x16xf32> to memref<1x2x6x6x16xf32, strided<[1152, 576, 96, 16, 1], offset: ?>>
    memref.copy %p, %dst : memref<1x2x6x6x16xf32> to memref<1x2x6x6x16xf32, strided<[1152, 576, 96, 16, 1], offset: ?>>
    scf.reduce
  } {ov_row_bands}
  return
}
