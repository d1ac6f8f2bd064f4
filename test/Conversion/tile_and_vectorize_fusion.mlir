// ov-tile-and-vectorize: the op initializing a contraction's result (a
// broadcast bias) and the elementwise op reading it after (a ReLU) move
// into the contraction's register tiles.
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-tile-and-vectorize))' | FileCheck %s

#bias = affine_map<(n, f, h, w) -> (n, f, 0, 0)>
#id4 = affine_map<(n, f, h, w) -> (n, f, h, w)>
#w = affine_map<(n, f, p, c) -> (f, c)>
#x = affine_map<(n, f, p, c) -> (n, c, p)>
#o = affine_map<(n, f, p, c) -> (n, f, p)>

// A 1x1 convolution on the collapsed plane (8 x 8 = 64 positions), K = 16:
// the accumulators start as the bias (a broadcast read), the ReLU is
// applied to them after the K loop and they are written once, into the
// ReLU's buffer; the convolution's own buffer is gone.
// CHECK-LABEL: func.func @conv_bias_relu
// CHECK: %[[OUT:.*]] = memref.alloc() {{.*}} : memref<1x32x8x8xf32>
// CHECK-NOT: memref.alloc
// CHECK: %[[BIAS:.*]] = memref.collapse_shape %arg2 {{\[\[}}0], [1], [2, 3]] : memref<1x32x1x1xf32> into memref<1x32x1xf32>
// CHECK: %[[FLAT:.*]] = memref.collapse_shape %[[OUT]]
// CHECK: %[[INIT:.*]] = vector.transfer_read %[[BIAS]]{{.*}} : memref<1x32x1xf32>, vector<8x32xf32>
// CHECK: %[[SUM:.*]] = scf.for {{.*}} iter_args(%{{.*}} = %[[INIT]]) -> (vector<8x32xf32>)
// CHECK: vector.contract
// CHECK: %[[RELU:.*]] = arith.maximumf %[[SUM]], %{{.*}} : vector<8x32xf32>
// CHECK-NEXT: vector.transfer_write %[[RELU]], %[[FLAT]]
// CHECK-NOT: vector.transfer_write
// CHECK-NOT: memref.dealloc
// CHECK: return %[[OUT]]
func.func @conv_bias_relu(%wt: memref<32x16xf32>, %x: memref<1x16x64xf32>, %b: memref<1x32x1x1xf32>) -> memref<1x32x8x8xf32> {
  %zero = arith.constant 0.0 : f32
  %acc = memref.alloc() {alignment = 64 : i64} : memref<1x32x8x8xf32>
  linalg.generic {indexing_maps = [#bias, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%b : memref<1x32x1x1xf32>) outs(%acc : memref<1x32x8x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  %flat = memref.collapse_shape %acc [[0], [1], [2, 3]] : memref<1x32x8x8xf32> into memref<1x32x64xf32>
  linalg.generic {indexing_maps = [#w, #x, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
      ins(%wt, %x : memref<32x16xf32>, memref<1x16x64xf32>) outs(%flat : memref<1x32x64xf32>) {
  ^bb0(%a: f32, %bb: f32, %c: f32):
    %p = arith.mulf %a, %bb : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  %relu = memref.alloc() {alignment = 64 : i64} : memref<1x32x8x8xf32>
  linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%acc : memref<1x32x8x8xf32>) outs(%relu : memref<1x32x8x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  }
  memref.dealloc %acc : memref<1x32x8x8xf32>
  return %relu : memref<1x32x8x8xf32>
}

// K = 600: blocks of 256, 256 and 88. The first block starts from the bias,
// the middle one from the buffer, the last one ends with the ReLU.
// CHECK-LABEL: func.func @deep_k
// CHECK: %[[B0:.*]] = vector.transfer_read %{{.*}} : memref<1x32x1xf32>, vector<8x32xf32>
// CHECK: scf.for {{.*}} to %c256 step %c1 iter_args(%{{.*}} = %[[B0]])
// CHECK-NOT: arith.maximumf
// CHECK: %[[B1:.*]] = vector.transfer_read %{{.*}} : memref<1x32x64xf32>, vector<8x32xf32>
// CHECK: scf.for {{.*}} to %c256 step %c1 iter_args(%{{.*}} = %[[B1]])
// CHECK-NOT: arith.maximumf
// CHECK: %[[B2:.*]] = vector.transfer_read %{{.*}} : memref<1x32x64xf32>, vector<8x32xf32>
// CHECK: %[[LAST:.*]] = scf.for {{.*}} to %c88 step %c1 iter_args(%{{.*}} = %[[B2]])
// CHECK: arith.maximumf %[[LAST]]
func.func @deep_k(%wt: memref<32x600xf32>, %x: memref<1x600x64xf32>, %b: memref<1x32x1x1xf32>) -> memref<1x32x8x8xf32> {
  %zero = arith.constant 0.0 : f32
  %acc = memref.alloc() {alignment = 64 : i64} : memref<1x32x8x8xf32>
  linalg.generic {indexing_maps = [#bias, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%b : memref<1x32x1x1xf32>) outs(%acc : memref<1x32x8x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  %flat = memref.collapse_shape %acc [[0], [1], [2, 3]] : memref<1x32x8x8xf32> into memref<1x32x64xf32>
  linalg.generic {indexing_maps = [#w, #x, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
      ins(%wt, %x : memref<32x600xf32>, memref<1x600x64xf32>) outs(%flat : memref<1x32x64xf32>) {
  ^bb0(%a: f32, %bb: f32, %c: f32):
    %p = arith.mulf %a, %bb : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  %relu = memref.alloc() {alignment = 64 : i64} : memref<1x32x8x8xf32>
  linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%acc : memref<1x32x8x8xf32>) outs(%relu : memref<1x32x8x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  }
  memref.dealloc %acc : memref<1x32x8x8xf32>
  return %relu : memref<1x32x8x8xf32>
}

// A ReLU writing into the interior of a padded buffer (not one block of
// memory, not the contraction's shape once collapsed) stays an op of its
// own, after the contraction's tiles; the bias still starts them.
// CHECK-LABEL: func.func @relu_into_padded
// CHECK: %[[ACC:.*]] = memref.alloc() {{.*}} : memref<1x32x8x8xf32>
// CHECK: %[[INIT:.*]] = vector.transfer_read {{.*}} : memref<1x32x1xf32>, vector<8x32xf32>
// CHECK: %[[SUM:.*]] = scf.for {{.*}} iter_args(%{{.*}} = %[[INIT]])
// CHECK: vector.transfer_write %[[SUM]]
// CHECK: vector.transfer_read %[[ACC]]{{.*}} vector<8xf32>
// CHECK: arith.maximumf {{.*}} : vector<8xf32>
// CHECK: memref.dealloc %[[ACC]]
func.func @relu_into_padded(%wt: memref<32x16xf32>, %x: memref<1x16x64xf32>, %b: memref<1x32x1x1xf32>, %padded: memref<1x32x10x10xf32>) {
  %zero = arith.constant 0.0 : f32
  %acc = memref.alloc() {alignment = 64 : i64} : memref<1x32x8x8xf32>
  linalg.generic {indexing_maps = [#bias, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%b : memref<1x32x1x1xf32>) outs(%acc : memref<1x32x8x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  %flat = memref.collapse_shape %acc [[0], [1], [2, 3]] : memref<1x32x8x8xf32> into memref<1x32x64xf32>
  linalg.generic {indexing_maps = [#w, #x, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
      ins(%wt, %x : memref<32x16xf32>, memref<1x16x64xf32>) outs(%flat : memref<1x32x64xf32>) {
  ^bb0(%a: f32, %bb: f32, %c: f32):
    %p = arith.mulf %a, %bb : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  %interior = memref.subview %padded[0, 0, 1, 1] [1, 32, 8, 8] [1, 1, 1, 1] : memref<1x32x10x10xf32> to memref<1x32x8x8xf32, strided<[3200, 100, 10, 1], offset: 11>>
  linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%acc : memref<1x32x8x8xf32>) outs(%interior : memref<1x32x8x8xf32, strided<[3200, 100, 10, 1], offset: 11>>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  }
  memref.dealloc %acc : memref<1x32x8x8xf32>
  return
}

// The initializer's source is freed before the contraction: the copy
// moves into the register tiles, the source is freed after them.
// CHECK-LABEL: func.func @freed_before
// CHECK: %[[Y:.*]] = memref.alloc() : memref<1x32x64xf32>
// CHECK: %[[ACC:.*]] = memref.alloc() : memref<1x32x64xf32>
// CHECK-NOT: memref.dealloc
// CHECK: %[[INIT:.*]] = vector.transfer_read %[[Y]]{{.*}} vector<8x32xf32>
// CHECK: scf.for {{.*}} iter_args(%{{.*}} = %[[INIT]])
// CHECK: vector.contract
// CHECK: vector.transfer_write %{{.*}}, %[[ACC]]
// CHECK: memref.dealloc %[[Y]]
func.func @freed_before(%wt: memref<32x16xf32>, %x: memref<1x16x64xf32>) -> memref<1x32x64xf32> {
  %one = arith.constant 1.0 : f32
  %y = memref.alloc() : memref<1x32x64xf32>
  linalg.fill ins(%one : f32) outs(%y : memref<1x32x64xf32>)
  %acc = memref.alloc() : memref<1x32x64xf32>
  linalg.copy ins(%y : memref<1x32x64xf32>) outs(%acc : memref<1x32x64xf32>)
  memref.dealloc %y : memref<1x32x64xf32>
  linalg.generic {indexing_maps = [#w, #x, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
      ins(%wt, %x : memref<32x16xf32>, memref<1x16x64xf32>) outs(%acc : memref<1x32x64xf32>) {
  ^bb0(%a: f32, %bb: f32, %c: f32):
    %p = arith.mulf %a, %bb : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  return %acc : memref<1x32x64xf32>
}

// An op between the initializer and the contraction that touches neither
// the result nor the initializer's operands (an im2col copy making the
// contraction's right-hand side) does not keep the initializer out.
// CHECK-LABEL: func.func @copy_between
// CHECK: %[[COLS:.*]] = memref.alloc() : memref<1x16x64xf32>
// CHECK: vector.transfer_write %{{.*}}, %[[COLS]]{{.*}} : vector<16xf32>
// CHECK: %[[INIT:.*]] = vector.transfer_read {{.*}} : memref<1x32x1xf32>, vector<8x32xf32>
// CHECK: scf.for {{.*}} iter_args(%{{.*}} = %[[INIT]])
// CHECK: vector.transfer_read %[[COLS]]
func.func @copy_between(%wt: memref<32x16xf32>, %x: memref<1x16x64xf32>, %b: memref<1x32x1x1xf32>) -> memref<1x32x8x8xf32> {
  %acc = memref.alloc() {alignment = 64 : i64} : memref<1x32x8x8xf32>
  linalg.generic {indexing_maps = [#bias, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%b : memref<1x32x1x1xf32>) outs(%acc : memref<1x32x8x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  %cols = memref.alloc() : memref<1x16x64xf32>
  linalg.copy ins(%x : memref<1x16x64xf32>) outs(%cols : memref<1x16x64xf32>)
  %flat = memref.collapse_shape %acc [[0], [1], [2, 3]] : memref<1x32x8x8xf32> into memref<1x32x64xf32>
  linalg.generic {indexing_maps = [#w, #x, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
      ins(%wt, %cols : memref<32x16xf32>, memref<1x16x64xf32>) outs(%flat : memref<1x32x64xf32>) {
  ^bb0(%a: f32, %bb: f32, %c: f32):
    %p = arith.mulf %a, %bb : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  memref.dealloc %cols : memref<1x16x64xf32>
  return %acc : memref<1x32x8x8xf32>
}

// A 1x1 convolution on activations in blocks of 32 channels
// (ov-block-convolutions): loops (n, fb, p, fi, cb, ci), two reduction
// loops, both inside the register tile. The accumulators start as the bias
// before the outer K loop (channel blocks), are carried through it and the
// inner one (channels in a block), and end with the ReLU after both; the
// unit channel-block dimension leaves the vector.contract (one reduction).
// CHECK-LABEL: func.func @blocked_channels
// CHECK: %[[INIT:.*]] = vector.transfer_read %{{.*}} : memref<1x2x1x32xf32>, vector<8x32xf32>
// CHECK: %[[BLOCKS:.*]] = scf.for %{{.*}} = %c0 to %c3 step %c1 iter_args(%[[B:.*]] = %[[INIT]]) -> (vector<8x32xf32>)
// CHECK: %[[CHANNELS:.*]] = scf.for %{{.*}} = %c0 to %c32 step %c1 iter_args(%[[C:.*]] = %[[B]]) -> (vector<8x32xf32>)
// CHECK-NOT: vector.transfer_write
// CHECK: vector.contract {indexing_maps = [#{{.*}}, #{{.*}}, #{{.*}}], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %{{.*}}, %{{.*}}, %[[C]]
// CHECK: scf.yield %[[CHANNELS]]
// CHECK: %[[RELU:.*]] = arith.maximumf %[[BLOCKS]], %{{.*}} : vector<8x32xf32>
// CHECK-NEXT: vector.transfer_write %[[RELU]]
func.func @blocked_channels(%x: memref<1x3x16x32xf32>, %w: memref<2x3x32x32xf32>, %b: memref<1x2x1x1x32xf32>) -> memref<1x2x4x4x32xf32> {
  %zero = arith.constant 0.0 : f32
  %acc = memref.alloc() {alignment = 64 : i64} : memref<1x2x4x4x32xf32>
  linalg.generic {indexing_maps = [affine_map<(n, fb, h, w, fi) -> (0, fb, 0, 0, fi)>, affine_map<(n, fb, h, w, fi) -> (n, fb, h, w, fi)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]}
      ins(%b : memref<1x2x1x1x32xf32>) outs(%acc : memref<1x2x4x4x32xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  %flat = memref.collapse_shape %acc [[0], [1], [2, 3], [4]] : memref<1x2x4x4x32xf32> into memref<1x2x16x32xf32>
  linalg.generic {indexing_maps = [affine_map<(n, fb, p, fi, cb, ci) -> (n, cb, p, ci)>, affine_map<(n, fb, p, fi, cb, ci) -> (fb, cb, ci, fi)>, affine_map<(n, fb, p, fi, cb, ci) -> (n, fb, p, fi)>],
                  iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
      ins(%x, %w : memref<1x3x16x32xf32>, memref<2x3x32x32xf32>) outs(%flat : memref<1x2x16x32xf32>) {
  ^bb0(%a: f32, %bb: f32, %c: f32):
    %p = arith.mulf %a, %bb : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  %relu = memref.alloc() {alignment = 64 : i64} : memref<1x2x4x4x32xf32>
  linalg.generic {indexing_maps = [affine_map<(n, fb, h, w, fi) -> (n, fb, h, w, fi)>, affine_map<(n, fb, h, w, fi) -> (n, fb, h, w, fi)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]}
      ins(%acc : memref<1x2x4x4x32xf32>) outs(%relu : memref<1x2x4x4x32xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  }
  memref.dealloc %acc : memref<1x2x4x4x32xf32>
  return %relu : memref<1x2x4x4x32xf32>
}

// A residual sum as the initial value (bias + shortcut) whose shortcut is
// freed right after it (ov-free-buffers-early): the sum moves into the
// register tiles and the shortcut is freed after the contraction.
// CHECK-LABEL: func.func @freed_shortcut
// CHECK: %[[BIAS:.*]] = memref.collapse_shape %arg2
// CHECK: %[[SHORTCUT:.*]] = memref.collapse_shape %arg3
// CHECK-NOT: memref.dealloc
// CHECK: %[[B:.*]] = vector.transfer_read %[[BIAS]]
// CHECK: %[[S:.*]] = vector.transfer_read %[[SHORTCUT]]
// CHECK: %[[INIT:.*]] = arith.addf %[[B]], %[[S]] : vector<8x32xf32>
// CHECK: scf.for {{.*}} iter_args(%{{.*}} = %[[INIT]])
// CHECK: vector.transfer_write
// CHECK: memref.dealloc %arg3
func.func @freed_shortcut(%wt: memref<32x16xf32>, %x: memref<1x16x64xf32>, %b: memref<1x32x1x1xf32>, %shortcut: memref<1x32x8x8xf32>) -> memref<1x32x8x8xf32> {
  %acc = memref.alloc() {alignment = 64 : i64} : memref<1x32x8x8xf32>
  linalg.generic {indexing_maps = [#bias, #id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%b, %shortcut : memref<1x32x1x1xf32>, memref<1x32x8x8xf32>) outs(%acc : memref<1x32x8x8xf32>) {
  ^bb0(%in: f32, %s: f32, %out: f32):
    %sum = arith.addf %in, %s : f32
    linalg.yield %sum : f32
  }
  memref.dealloc %shortcut : memref<1x32x8x8xf32>
  %flat = memref.collapse_shape %acc [[0], [1], [2, 3]] : memref<1x32x8x8xf32> into memref<1x32x64xf32>
  linalg.generic {indexing_maps = [#w, #x, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
      ins(%wt, %x : memref<32x16xf32>, memref<1x16x64xf32>) outs(%flat : memref<1x32x64xf32>) {
  ^bb0(%a: f32, %bb: f32, %c: f32):
    %p = arith.mulf %a, %bb : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  return %acc : memref<1x32x8x8xf32>
}

// Two contractions summing into one buffer (a residual block's main
// branch, then its shortcut's convolution) and a ReLU: the ReLU joins the
// second one's register tiles; both write the ReLU's buffer.
// CHECK-LABEL: func.func @second_contraction_relu
// CHECK: %[[OUT:.*]] = memref.alloc() {{.*}} : memref<1x32x8x8xf32>
// CHECK-NOT: memref.alloc
// CHECK: %[[FLAT:.*]] = memref.collapse_shape %[[OUT]]
// CHECK: vector.contract
// CHECK-NOT: arith.maximumf
// CHECK: vector.transfer_write %{{.*}}, %[[FLAT]]
// CHECK: %[[SUM:.*]] = scf.for
// CHECK: vector.contract
// CHECK: %[[RELU:.*]] = arith.maximumf %[[SUM]], %{{.*}} : vector<8x32xf32>
// CHECK-NEXT: vector.transfer_write %[[RELU]], %[[FLAT]]
// CHECK-NOT: vector.transfer_write
// CHECK: return %[[OUT]]
func.func @second_contraction_relu(%wt: memref<32x16xf32>, %x: memref<1x16x64xf32>, %x2: memref<1x16x64xf32>) -> memref<1x32x8x8xf32> {
  %zero = arith.constant 0.0 : f32
  %acc = memref.alloc() {alignment = 64 : i64} : memref<1x32x8x8xf32>
  %flat = memref.collapse_shape %acc [[0], [1], [2, 3]] : memref<1x32x8x8xf32> into memref<1x32x64xf32>
  linalg.fill ins(%zero : f32) outs(%flat : memref<1x32x64xf32>)
  linalg.generic {indexing_maps = [#w, #x, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
      ins(%wt, %x : memref<32x16xf32>, memref<1x16x64xf32>) outs(%flat : memref<1x32x64xf32>) {
  ^bb0(%a: f32, %bb: f32, %c: f32):
    %p = arith.mulf %a, %bb : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  linalg.generic {indexing_maps = [#w, #x, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
      ins(%wt, %x2 : memref<32x16xf32>, memref<1x16x64xf32>) outs(%flat : memref<1x32x64xf32>) {
  ^bb0(%a: f32, %bb: f32, %c: f32):
    %p = arith.mulf %a, %bb : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  %relu = memref.alloc() {alignment = 64 : i64} : memref<1x32x8x8xf32>
  linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%acc : memref<1x32x8x8xf32>) outs(%relu : memref<1x32x8x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  }
  memref.dealloc %acc : memref<1x32x8x8xf32>
  return %relu : memref<1x32x8x8xf32>
}

// A 1x1 convolution on blocked channels whose ReLU writes the interior of
// the next layer's padded input (6 x 6 positions in a 8 x 8 plane, border
// fills before it): the ReLU joins the register tiles and each row of a
// tile (one position's 32 channels) is stored at its place in the padded
// buffer, row q at (q / 6 + 1, q % 6 + 1); the result buffer, the ReLU and
// the copy are gone, the border fills stay.
// CHECK-LABEL: func.func @blocked_relu_into_padded
// CHECK: %[[PADDED:.*]] = memref.alloc() {{.*}} : memref<1x2x8x8x32xf32>
// CHECK-NOT: memref.alloc
// CHECK: %[[SUM:.*]] = scf.for
// CHECK: %[[RELU:.*]] = arith.maximumf %[[SUM]], %{{.*}} : vector<8x32xf32>
// CHECK: %[[H:.*]] = affine.apply #{{.*}}(%[[P:.*]])
// CHECK: %[[W:.*]] = affine.apply #{{.*}}(%[[P]])
// CHECK: %[[ROW0:.*]] = vector.extract %[[RELU]][0] : vector<32xf32> from vector<8x32xf32>
// CHECK: vector.transfer_write %[[ROW0]], %[[PADDED]][%c0, %{{.*}}, %[[H]], %[[W]], %c0] {in_bounds = [true]} : vector<32xf32>, memref<1x2x8x8x32xf32>
// CHECK-COUNT-7: vector.transfer_write %{{.*}}, %[[PADDED]]{{.*}} : vector<32xf32>, memref<1x2x8x8x32xf32>
// CHECK: arith.maximumf %{{.*}} : vector<4x32xf32>
// CHECK-COUNT-4: vector.transfer_write %{{.*}}, %[[PADDED]]{{.*}} : vector<32xf32>, memref<1x2x8x8x32xf32>
// CHECK-NOT: memref.copy
// CHECK: vector.transfer_write %{{.*}}, %[[PADDED]]{{.*}} : vector<16xf32>, memref<1x2x8x8x32xf32>
// CHECK-NOT: memref.copy
// CHECK: return %[[PADDED]]
func.func @blocked_relu_into_padded(%x: memref<1x1x36x32xf32>, %w: memref<2x1x32x32xf32>) -> memref<1x2x8x8x32xf32> {
  %zero = arith.constant 0.0 : f32
  %acc = memref.alloc() {alignment = 64 : i64} : memref<1x2x6x6x32xf32>
  linalg.fill ins(%zero : f32) outs(%acc : memref<1x2x6x6x32xf32>)
  %flat = memref.collapse_shape %acc [[0], [1], [2, 3], [4]] : memref<1x2x6x6x32xf32> into memref<1x2x36x32xf32>
  linalg.generic {indexing_maps = [affine_map<(n, fb, p, fi, cb, ci) -> (n, cb, p, ci)>, affine_map<(n, fb, p, fi, cb, ci) -> (fb, cb, ci, fi)>, affine_map<(n, fb, p, fi, cb, ci) -> (n, fb, p, fi)>],
                  iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
      ins(%x, %w : memref<1x1x36x32xf32>, memref<2x1x32x32xf32>) outs(%flat : memref<1x2x36x32xf32>) {
  ^bb0(%a: f32, %bb: f32, %c: f32):
    %p = arith.mulf %a, %bb : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  %padded = memref.alloc() {alignment = 64 : i64} : memref<1x2x8x8x32xf32>
  %top = memref.subview %padded[0, 0, 0, 0, 0] [1, 2, 1, 8, 32] [1, 1, 1, 1, 1] : memref<1x2x8x8x32xf32> to memref<1x2x1x8x32xf32, strided<[4096, 2048, 256, 32, 1]>>
  linalg.fill ins(%zero : f32) outs(%top : memref<1x2x1x8x32xf32, strided<[4096, 2048, 256, 32, 1]>>)
  %bottom = memref.subview %padded[0, 0, 7, 0, 0] [1, 2, 1, 8, 32] [1, 1, 1, 1, 1] : memref<1x2x8x8x32xf32> to memref<1x2x1x8x32xf32, strided<[4096, 2048, 256, 32, 1], offset: 1792>>
  linalg.fill ins(%zero : f32) outs(%bottom : memref<1x2x1x8x32xf32, strided<[4096, 2048, 256, 32, 1], offset: 1792>>)
  %left = memref.subview %padded[0, 0, 0, 0, 0] [1, 2, 8, 1, 32] [1, 1, 1, 1, 1] : memref<1x2x8x8x32xf32> to memref<1x2x8x1x32xf32, strided<[4096, 2048, 256, 32, 1]>>
  linalg.fill ins(%zero : f32) outs(%left : memref<1x2x8x1x32xf32, strided<[4096, 2048, 256, 32, 1]>>)
  %right = memref.subview %padded[0, 0, 0, 7, 0] [1, 2, 8, 1, 32] [1, 1, 1, 1, 1] : memref<1x2x8x8x32xf32> to memref<1x2x8x1x32xf32, strided<[4096, 2048, 256, 32, 1], offset: 224>>
  linalg.fill ins(%zero : f32) outs(%right : memref<1x2x8x1x32xf32, strided<[4096, 2048, 256, 32, 1], offset: 224>>)
  %interior = memref.subview %padded[0, 0, 1, 1, 0] [1, 2, 6, 6, 32] [1, 1, 1, 1, 1] : memref<1x2x8x8x32xf32> to memref<1x2x6x6x32xf32, strided<[4096, 2048, 256, 32, 1], offset: 288>>
  linalg.generic {indexing_maps = [affine_map<(n, fb, h, w, fi) -> (n, fb, h, w, fi)>, affine_map<(n, fb, h, w, fi) -> (n, fb, h, w, fi)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]}
      ins(%acc : memref<1x2x6x6x32xf32>) outs(%interior : memref<1x2x6x6x32xf32, strided<[4096, 2048, 256, 32, 1], offset: 288>>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  }
  memref.dealloc %acc : memref<1x2x6x6x32xf32>
  return %padded : memref<1x2x8x8x32xf32>
}

// The same with the zero start written through the collapsed plane, as a
// convolution without bias has it: the fill is the initializer all the
// same (the accumulators start as zeros in registers) and the rows go
// straight into the padded buffer; without it, the result buffer stayed,
// filled by a loop of its own, and was copied into the padded buffer.
// CHECK-LABEL: func.func @blocked_relu_into_padded_collapsed_fill
// CHECK: %[[PADDED:.*]] = memref.alloc() {{.*}} : memref<1x2x8x8x32xf32>
// CHECK-NOT: memref.alloc
// CHECK: %[[SUM:.*]] = scf.for
// CHECK: %[[RELU:.*]] = arith.maximumf %[[SUM]], %{{.*}} : vector<8x32xf32>
// CHECK: vector.transfer_write %{{.*}}, %[[PADDED]]{{.*}} : vector<32xf32>, memref<1x2x8x8x32xf32>
// CHECK-NOT: memref.copy
// CHECK: return %[[PADDED]]
func.func @blocked_relu_into_padded_collapsed_fill(%x: memref<1x1x36x32xf32>, %w: memref<2x1x32x32xf32>) -> memref<1x2x8x8x32xf32> {
  %zero = arith.constant 0.0 : f32
  %acc = memref.alloc() {alignment = 64 : i64} : memref<1x2x6x6x32xf32>
  %flat = memref.collapse_shape %acc [[0], [1], [2, 3], [4]] : memref<1x2x6x6x32xf32> into memref<1x2x36x32xf32>
  linalg.fill ins(%zero : f32) outs(%flat : memref<1x2x36x32xf32>)
  linalg.generic {indexing_maps = [affine_map<(n, fb, p, fi, cb, ci) -> (n, cb, p, ci)>, affine_map<(n, fb, p, fi, cb, ci) -> (fb, cb, ci, fi)>, affine_map<(n, fb, p, fi, cb, ci) -> (n, fb, p, fi)>],
                  iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
      ins(%x, %w : memref<1x1x36x32xf32>, memref<2x1x32x32xf32>) outs(%flat : memref<1x2x36x32xf32>) {
  ^bb0(%a: f32, %bb: f32, %c: f32):
    %p = arith.mulf %a, %bb : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  %padded = memref.alloc() {alignment = 64 : i64} : memref<1x2x8x8x32xf32>
  %top = memref.subview %padded[0, 0, 0, 0, 0] [1, 2, 1, 8, 32] [1, 1, 1, 1, 1] : memref<1x2x8x8x32xf32> to memref<1x2x1x8x32xf32, strided<[4096, 2048, 256, 32, 1]>>
  linalg.fill ins(%zero : f32) outs(%top : memref<1x2x1x8x32xf32, strided<[4096, 2048, 256, 32, 1]>>)
  %bottom = memref.subview %padded[0, 0, 7, 0, 0] [1, 2, 1, 8, 32] [1, 1, 1, 1, 1] : memref<1x2x8x8x32xf32> to memref<1x2x1x8x32xf32, strided<[4096, 2048, 256, 32, 1], offset: 1792>>
  linalg.fill ins(%zero : f32) outs(%bottom : memref<1x2x1x8x32xf32, strided<[4096, 2048, 256, 32, 1], offset: 1792>>)
  %left = memref.subview %padded[0, 0, 0, 0, 0] [1, 2, 8, 1, 32] [1, 1, 1, 1, 1] : memref<1x2x8x8x32xf32> to memref<1x2x8x1x32xf32, strided<[4096, 2048, 256, 32, 1]>>
  linalg.fill ins(%zero : f32) outs(%left : memref<1x2x8x1x32xf32, strided<[4096, 2048, 256, 32, 1]>>)
  %right = memref.subview %padded[0, 0, 0, 7, 0] [1, 2, 8, 1, 32] [1, 1, 1, 1, 1] : memref<1x2x8x8x32xf32> to memref<1x2x8x1x32xf32, strided<[4096, 2048, 256, 32, 1], offset: 224>>
  linalg.fill ins(%zero : f32) outs(%right : memref<1x2x8x1x32xf32, strided<[4096, 2048, 256, 32, 1], offset: 224>>)
  %interior = memref.subview %padded[0, 0, 1, 1, 0] [1, 2, 6, 6, 32] [1, 1, 1, 1, 1] : memref<1x2x8x8x32xf32> to memref<1x2x6x6x32xf32, strided<[4096, 2048, 256, 32, 1], offset: 288>>
  linalg.generic {indexing_maps = [affine_map<(n, fb, h, w, fi) -> (n, fb, h, w, fi)>, affine_map<(n, fb, h, w, fi) -> (n, fb, h, w, fi)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]}
      ins(%acc : memref<1x2x6x6x32xf32>) outs(%interior : memref<1x2x6x6x32xf32, strided<[4096, 2048, 256, 32, 1], offset: 288>>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  }
  memref.dealloc %acc : memref<1x2x6x6x32xf32>
  return %padded : memref<1x2x8x8x32xf32>
}

// A stride-2 blocked convolution on a 3-channel image (a stem) writes its
// result's rows and columns as they are, not through the collapsed plane:
// its ReLU into the padded input of the next layer joins the register
// tiles too, and each tile (8 positions of a row x 32 channels) is stored
// whole at its place in the padded buffer, (h + 1, w + 1); the result
// buffer, the ReLU and the copy are gone, the border fills stay.
// CHECK-LABEL: func.func @blocked_stem_relu_into_padded
// CHECK: %[[PADDED:.*]] = memref.alloc() {{.*}} : memref<1x1x8x10x32xf32>
// CHECK-NOT: memref.alloc
// CHECK: scf.parallel (%[[ROW:.*]]) =
// CHECK: %[[SUM:.*]] = scf.for
// CHECK: %[[RELU:.*]] = arith.maximumf %[[SUM]], %{{.*}} : vector<8x32xf32>
// CHECK: %[[H:.*]] = affine.apply #{{.*}}(%[[ROW]])
// CHECK: %[[W:.*]] = affine.apply #{{.*}}(%c0)
// CHECK: vector.transfer_write %[[RELU]], %[[PADDED]][%c0, %c0, %[[H]], %[[W]], %c0] {in_bounds = [true, true]} : vector<8x32xf32>, memref<1x1x8x10x32xf32>
// CHECK-NOT: memref.copy
// CHECK: vector.transfer_write %{{.*}}, %[[PADDED]][%c0, %c0, %c0, %{{.*}}, %c0] {{.*}} : vector<2x32xf32>, memref<1x1x8x10x32xf32>
// CHECK-NOT: memref.copy
// CHECK: return %[[PADDED]]
func.func @blocked_stem_relu_into_padded(%image: memref<1x1x12x16x3xf32>, %w: memref<1x1x3x32xf32>) -> memref<1x1x8x10x32xf32> {
  %zero = arith.constant 0.0 : f32
  %x = memref.subview %image[0, 0, 0, 0, 0] [1, 1, 6, 8, 3] [1, 1, 2, 2, 1] : memref<1x1x12x16x3xf32> to memref<1x1x6x8x3xf32, strided<[576, 576, 96, 6, 1]>>
  %acc = memref.alloc() {alignment = 64 : i64} : memref<1x1x6x8x32xf32>
  linalg.fill ins(%zero : f32) outs(%acc : memref<1x1x6x8x32xf32>)
  linalg.generic {indexing_maps = [affine_map<(n, fb, oh, ow, fi, cb, ci) -> (n, cb, oh, ow, ci)>, affine_map<(n, fb, oh, ow, fi, cb, ci) -> (fb, cb, ci, fi)>, affine_map<(n, fb, oh, ow, fi, cb, ci) -> (n, fb, oh, ow, fi)>],
                  iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
      ins(%x, %w : memref<1x1x6x8x3xf32, strided<[576, 576, 96, 6, 1]>>, memref<1x1x3x32xf32>) outs(%acc : memref<1x1x6x8x32xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  %padded = memref.alloc() {alignment = 64 : i64} : memref<1x1x8x10x32xf32>
  %top = memref.subview %padded[0, 0, 0, 0, 0] [1, 1, 1, 10, 32] [1, 1, 1, 1, 1] : memref<1x1x8x10x32xf32> to memref<1x1x1x10x32xf32, strided<[2560, 2560, 320, 32, 1]>>
  linalg.fill ins(%zero : f32) outs(%top : memref<1x1x1x10x32xf32, strided<[2560, 2560, 320, 32, 1]>>)
  %bottom = memref.subview %padded[0, 0, 7, 0, 0] [1, 1, 1, 10, 32] [1, 1, 1, 1, 1] : memref<1x1x8x10x32xf32> to memref<1x1x1x10x32xf32, strided<[2560, 2560, 320, 32, 1], offset: 2240>>
  linalg.fill ins(%zero : f32) outs(%bottom : memref<1x1x1x10x32xf32, strided<[2560, 2560, 320, 32, 1], offset: 2240>>)
  %left = memref.subview %padded[0, 0, 0, 0, 0] [1, 1, 8, 1, 32] [1, 1, 1, 1, 1] : memref<1x1x8x10x32xf32> to memref<1x1x8x1x32xf32, strided<[2560, 2560, 320, 32, 1]>>
  linalg.fill ins(%zero : f32) outs(%left : memref<1x1x8x1x32xf32, strided<[2560, 2560, 320, 32, 1]>>)
  %right = memref.subview %padded[0, 0, 0, 9, 0] [1, 1, 8, 1, 32] [1, 1, 1, 1, 1] : memref<1x1x8x10x32xf32> to memref<1x1x8x1x32xf32, strided<[2560, 2560, 320, 32, 1], offset: 288>>
  linalg.fill ins(%zero : f32) outs(%right : memref<1x1x8x1x32xf32, strided<[2560, 2560, 320, 32, 1], offset: 288>>)
  %interior = memref.subview %padded[0, 0, 1, 1, 0] [1, 1, 6, 8, 32] [1, 1, 1, 1, 1] : memref<1x1x8x10x32xf32> to memref<1x1x6x8x32xf32, strided<[2560, 2560, 320, 32, 1], offset: 352>>
  linalg.generic {indexing_maps = [affine_map<(n, fb, h, w, fi) -> (n, fb, h, w, fi)>, affine_map<(n, fb, h, w, fi) -> (n, fb, h, w, fi)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]}
      ins(%acc : memref<1x1x6x8x32xf32>) outs(%interior : memref<1x1x6x8x32xf32, strided<[2560, 2560, 320, 32, 1], offset: 352>>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  }
  memref.dealloc %acc : memref<1x1x6x8x32xf32>
  return %padded : memref<1x1x8x10x32xf32>
}

// The same with a SiLU, x / (1 + exp(-x)), instead of the ReLU: its exp
// and division join the register tiles as well (on whole tiles of 8
// positions x 32 channels), and the result buffer and the copy are gone.
// CHECK-LABEL: func.func @blocked_silu_into_padded
// CHECK: %[[PADDED:.*]] = memref.alloc() {{.*}} : memref<1x2x8x8x32xf32>
// CHECK-NOT: memref.alloc
// CHECK: %[[SUM:.*]] = scf.for
// CHECK: %[[NEG:.*]] = arith.negf %[[SUM]] : vector<8x32xf32>
// CHECK: %[[EXP:.*]] = math.exp %[[NEG]] : vector<8x32xf32>
// CHECK: %[[DEN:.*]] = arith.addf %[[EXP]], %{{.*}} : vector<8x32xf32>
// CHECK: %[[SILU:.*]] = arith.divf %[[SUM]], %[[DEN]] : vector<8x32xf32>
// CHECK: %[[ROW0:.*]] = vector.extract %[[SILU]][0] : vector<32xf32> from vector<8x32xf32>
// CHECK: vector.transfer_write %[[ROW0]], %[[PADDED]]{{.*}} : vector<32xf32>, memref<1x2x8x8x32xf32>
// CHECK-NOT: memref.copy
// CHECK: return %[[PADDED]]
func.func @blocked_silu_into_padded(%x: memref<1x1x36x32xf32>, %w: memref<2x1x32x32xf32>) -> memref<1x2x8x8x32xf32> {
  %zero = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %acc = memref.alloc() {alignment = 64 : i64} : memref<1x2x6x6x32xf32>
  linalg.fill ins(%zero : f32) outs(%acc : memref<1x2x6x6x32xf32>)
  %flat = memref.collapse_shape %acc [[0], [1], [2, 3], [4]] : memref<1x2x6x6x32xf32> into memref<1x2x36x32xf32>
  linalg.generic {indexing_maps = [affine_map<(n, fb, p, fi, cb, ci) -> (n, cb, p, ci)>, affine_map<(n, fb, p, fi, cb, ci) -> (fb, cb, ci, fi)>, affine_map<(n, fb, p, fi, cb, ci) -> (n, fb, p, fi)>],
                  iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
      ins(%x, %w : memref<1x1x36x32xf32>, memref<2x1x32x32xf32>) outs(%flat : memref<1x2x36x32xf32>) {
  ^bb0(%a: f32, %bb: f32, %c: f32):
    %p = arith.mulf %a, %bb : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  %padded = memref.alloc() {alignment = 64 : i64} : memref<1x2x8x8x32xf32>
  %top = memref.subview %padded[0, 0, 0, 0, 0] [1, 2, 1, 8, 32] [1, 1, 1, 1, 1] : memref<1x2x8x8x32xf32> to memref<1x2x1x8x32xf32, strided<[4096, 2048, 256, 32, 1]>>
  linalg.fill ins(%zero : f32) outs(%top : memref<1x2x1x8x32xf32, strided<[4096, 2048, 256, 32, 1]>>)
  %bottom = memref.subview %padded[0, 0, 7, 0, 0] [1, 2, 1, 8, 32] [1, 1, 1, 1, 1] : memref<1x2x8x8x32xf32> to memref<1x2x1x8x32xf32, strided<[4096, 2048, 256, 32, 1], offset: 1792>>
  linalg.fill ins(%zero : f32) outs(%bottom : memref<1x2x1x8x32xf32, strided<[4096, 2048, 256, 32, 1], offset: 1792>>)
  %left = memref.subview %padded[0, 0, 0, 0, 0] [1, 2, 8, 1, 32] [1, 1, 1, 1, 1] : memref<1x2x8x8x32xf32> to memref<1x2x8x1x32xf32, strided<[4096, 2048, 256, 32, 1]>>
  linalg.fill ins(%zero : f32) outs(%left : memref<1x2x8x1x32xf32, strided<[4096, 2048, 256, 32, 1]>>)
  %right = memref.subview %padded[0, 0, 0, 7, 0] [1, 2, 8, 1, 32] [1, 1, 1, 1, 1] : memref<1x2x8x8x32xf32> to memref<1x2x8x1x32xf32, strided<[4096, 2048, 256, 32, 1], offset: 224>>
  linalg.fill ins(%zero : f32) outs(%right : memref<1x2x8x1x32xf32, strided<[4096, 2048, 256, 32, 1], offset: 224>>)
  %interior = memref.subview %padded[0, 0, 1, 1, 0] [1, 2, 6, 6, 32] [1, 1, 1, 1, 1] : memref<1x2x8x8x32xf32> to memref<1x2x6x6x32xf32, strided<[4096, 2048, 256, 32, 1], offset: 288>>
  linalg.generic {indexing_maps = [affine_map<(n, fb, h, w, fi) -> (n, fb, h, w, fi)>, affine_map<(n, fb, h, w, fi) -> (n, fb, h, w, fi)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]}
      ins(%acc : memref<1x2x6x6x32xf32>) outs(%interior : memref<1x2x6x6x32xf32, strided<[4096, 2048, 256, 32, 1], offset: 288>>) {
  ^bb0(%in: f32, %out: f32):
    %n = arith.negf %in : f32
    %e = math.exp %n : f32
    %d = arith.addf %e, %one : f32
    %r = arith.divf %in, %d : f32
    linalg.yield %r : f32
  }
  memref.dealloc %acc : memref<1x2x6x6x32xf32>
  return %padded : memref<1x2x8x8x32xf32>
}

// The same with 9 channel blocks: two K blocks (8 + 1), the partial sums
// kept in the result buffer between them; every write of a tile also goes
// to the padded buffer (the last one, after the ReLU, stays there), the
// copy goes.
// CHECK-LABEL: func.func @blocked_relu_into_padded_k_blocks
// CHECK: %[[RESULT:.*]] = memref.alloc() {{.*}} : memref<1x2x6x6x32xf32>
// CHECK: %[[PADDED:.*]] = memref.alloc() {{.*}} : memref<1x2x8x8x32xf32>
// CHECK: vector.transfer_write %{{.*}}, %[[PADDED]]{{.*}} : vector<32xf32>, memref<1x2x8x8x32xf32>
// CHECK: arith.maximumf %{{.*}} : vector<8x32xf32>
// CHECK: vector.transfer_write %{{.*}}, %[[PADDED]]{{.*}} : vector<32xf32>, memref<1x2x8x8x32xf32>
// CHECK-NOT: memref.copy
// CHECK: return %[[PADDED]]
func.func @blocked_relu_into_padded_k_blocks(%x: memref<1x9x36x32xf32>, %w: memref<2x9x32x32xf32>) -> memref<1x2x8x8x32xf32> {
  %zero = arith.constant 0.0 : f32
  %acc = memref.alloc() {alignment = 64 : i64} : memref<1x2x6x6x32xf32>
  linalg.fill ins(%zero : f32) outs(%acc : memref<1x2x6x6x32xf32>)
  %flat = memref.collapse_shape %acc [[0], [1], [2, 3], [4]] : memref<1x2x6x6x32xf32> into memref<1x2x36x32xf32>
  linalg.generic {indexing_maps = [affine_map<(n, fb, p, fi, cb, ci) -> (n, cb, p, ci)>, affine_map<(n, fb, p, fi, cb, ci) -> (fb, cb, ci, fi)>, affine_map<(n, fb, p, fi, cb, ci) -> (n, fb, p, fi)>],
                  iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
      ins(%x, %w : memref<1x9x36x32xf32>, memref<2x9x32x32xf32>) outs(%flat : memref<1x2x36x32xf32>) {
  ^bb0(%a: f32, %bb: f32, %c: f32):
    %p = arith.mulf %a, %bb : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  %padded = memref.alloc() {alignment = 64 : i64} : memref<1x2x8x8x32xf32>
  %top = memref.subview %padded[0, 0, 0, 0, 0] [1, 2, 1, 8, 32] [1, 1, 1, 1, 1] : memref<1x2x8x8x32xf32> to memref<1x2x1x8x32xf32, strided<[4096, 2048, 256, 32, 1]>>
  linalg.fill ins(%zero : f32) outs(%top : memref<1x2x1x8x32xf32, strided<[4096, 2048, 256, 32, 1]>>)
  %bottom = memref.subview %padded[0, 0, 7, 0, 0] [1, 2, 1, 8, 32] [1, 1, 1, 1, 1] : memref<1x2x8x8x32xf32> to memref<1x2x1x8x32xf32, strided<[4096, 2048, 256, 32, 1], offset: 1792>>
  linalg.fill ins(%zero : f32) outs(%bottom : memref<1x2x1x8x32xf32, strided<[4096, 2048, 256, 32, 1], offset: 1792>>)
  %left = memref.subview %padded[0, 0, 0, 0, 0] [1, 2, 8, 1, 32] [1, 1, 1, 1, 1] : memref<1x2x8x8x32xf32> to memref<1x2x8x1x32xf32, strided<[4096, 2048, 256, 32, 1]>>
  linalg.fill ins(%zero : f32) outs(%left : memref<1x2x8x1x32xf32, strided<[4096, 2048, 256, 32, 1]>>)
  %right = memref.subview %padded[0, 0, 0, 7, 0] [1, 2, 8, 1, 32] [1, 1, 1, 1, 1] : memref<1x2x8x8x32xf32> to memref<1x2x8x1x32xf32, strided<[4096, 2048, 256, 32, 1], offset: 224>>
  linalg.fill ins(%zero : f32) outs(%right : memref<1x2x8x1x32xf32, strided<[4096, 2048, 256, 32, 1], offset: 224>>)
  %interior = memref.subview %padded[0, 0, 1, 1, 0] [1, 2, 6, 6, 32] [1, 1, 1, 1, 1] : memref<1x2x8x8x32xf32> to memref<1x2x6x6x32xf32, strided<[4096, 2048, 256, 32, 1], offset: 288>>
  linalg.generic {indexing_maps = [affine_map<(n, fb, h, w, fi) -> (n, fb, h, w, fi)>, affine_map<(n, fb, h, w, fi) -> (n, fb, h, w, fi)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]}
      ins(%acc : memref<1x2x6x6x32xf32>) outs(%interior : memref<1x2x6x6x32xf32, strided<[4096, 2048, 256, 32, 1], offset: 288>>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  }
  memref.dealloc %acc : memref<1x2x6x6x32xf32>
  return %padded : memref<1x2x8x8x32xf32>
}

// The same on blocks of 16 channels (3 filter blocks): a register tile
// spans two filter blocks, each of its rows (one position's 16 channels of
// one block) is stored at its place in that block of the padded buffer,
// the second block's at the tile's block + 1; the odd third block is a
// remainder tile of its own. The thread tiles are 6 of the 36 positions
// (one 6-row register tile each): 6 tiles, which two threads share
// evenly, where one tile of 36 (as efficient by the register tiles'
// count) would keep one thread idle.
// CHECK-LABEL: func.func @blocked_relu_into_padded_two_blocks
// CHECK: %[[PADDED:.*]] = memref.alloc() {{.*}} : memref<1x3x8x8x16xf32>
// CHECK-NOT: memref.alloc
// CHECK: scf.parallel (%{{.*}}) = (%c0) to (%c36) step (%c6)
// CHECK: %[[SUM:.*]] = scf.for
// CHECK: %[[RELU:.*]] = arith.maximumf %[[SUM]], %{{.*}} : vector<2x6x16xf32>
// CHECK: %[[FIRST:.*]] = vector.extract %[[RELU]][0, 0] : vector<16xf32> from vector<2x6x16xf32>
// CHECK: vector.transfer_write %[[FIRST]], %[[PADDED]][%c0, %c0, %{{.*}}, %{{.*}}, %c0] {in_bounds = [true]} : vector<16xf32>, memref<1x3x8x8x16xf32>
// CHECK-COUNT-5: vector.transfer_write %{{.*}}, %[[PADDED]][%c0, %c0, {{.*}} : vector<16xf32>, memref<1x3x8x8x16xf32>
// CHECK: %[[NEXT:.*]] = affine.apply #{{.*}}(%c0)
// CHECK: %[[SECOND:.*]] = vector.extract %[[RELU]][1, 0] : vector<16xf32> from vector<2x6x16xf32>
// CHECK: vector.transfer_write %[[SECOND]], %[[PADDED]][%c0, %[[NEXT]], %{{.*}}, %{{.*}}, %c0]
// CHECK-COUNT-5: vector.transfer_write %{{.*}}, %[[PADDED]][%c0, %[[NEXT]], {{.*}} : vector<16xf32>, memref<1x3x8x8x16xf32>
// CHECK: arith.maximumf %{{.*}} : vector<6x16xf32>
// CHECK-NOT: arith.maximumf
// CHECK-NOT: memref.copy
// CHECK: return %[[PADDED]]
func.func @blocked_relu_into_padded_two_blocks(%x: memref<1x1x36x32xf32>, %w: memref<3x1x32x16xf32>) -> memref<1x3x8x8x16xf32> {
  %zero = arith.constant 0.0 : f32
  %acc = memref.alloc() {alignment = 64 : i64} : memref<1x3x6x6x16xf32>
  linalg.fill ins(%zero : f32) outs(%acc : memref<1x3x6x6x16xf32>)
  %flat = memref.collapse_shape %acc [[0], [1], [2, 3], [4]] : memref<1x3x6x6x16xf32> into memref<1x3x36x16xf32>
  linalg.generic {indexing_maps = [affine_map<(n, fb, p, fi, cb, ci) -> (n, cb, p, ci)>, affine_map<(n, fb, p, fi, cb, ci) -> (fb, cb, ci, fi)>, affine_map<(n, fb, p, fi, cb, ci) -> (n, fb, p, fi)>],
                  iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
      ins(%x, %w : memref<1x1x36x32xf32>, memref<3x1x32x16xf32>) outs(%flat : memref<1x3x36x16xf32>) {
  ^bb0(%a: f32, %bb: f32, %c: f32):
    %p = arith.mulf %a, %bb : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  %padded = memref.alloc() {alignment = 64 : i64} : memref<1x3x8x8x16xf32>
  %top = memref.subview %padded[0, 0, 0, 0, 0] [1, 3, 1, 8, 16] [1, 1, 1, 1, 1] : memref<1x3x8x8x16xf32> to memref<1x3x1x8x16xf32, strided<[3072, 1024, 128, 16, 1]>>
  linalg.fill ins(%zero : f32) outs(%top : memref<1x3x1x8x16xf32, strided<[3072, 1024, 128, 16, 1]>>)
  %bottom = memref.subview %padded[0, 0, 7, 0, 0] [1, 3, 1, 8, 16] [1, 1, 1, 1, 1] : memref<1x3x8x8x16xf32> to memref<1x3x1x8x16xf32, strided<[3072, 1024, 128, 16, 1], offset: 896>>
  linalg.fill ins(%zero : f32) outs(%bottom : memref<1x3x1x8x16xf32, strided<[3072, 1024, 128, 16, 1], offset: 896>>)
  %left = memref.subview %padded[0, 0, 0, 0, 0] [1, 3, 8, 1, 16] [1, 1, 1, 1, 1] : memref<1x3x8x8x16xf32> to memref<1x3x8x1x16xf32, strided<[3072, 1024, 128, 16, 1]>>
  linalg.fill ins(%zero : f32) outs(%left : memref<1x3x8x1x16xf32, strided<[3072, 1024, 128, 16, 1]>>)
  %right = memref.subview %padded[0, 0, 0, 7, 0] [1, 3, 8, 1, 16] [1, 1, 1, 1, 1] : memref<1x3x8x8x16xf32> to memref<1x3x8x1x16xf32, strided<[3072, 1024, 128, 16, 1], offset: 112>>
  linalg.fill ins(%zero : f32) outs(%right : memref<1x3x8x1x16xf32, strided<[3072, 1024, 128, 16, 1], offset: 112>>)
  %interior = memref.subview %padded[0, 0, 1, 1, 0] [1, 3, 6, 6, 16] [1, 1, 1, 1, 1] : memref<1x3x8x8x16xf32> to memref<1x3x6x6x16xf32, strided<[3072, 1024, 128, 16, 1], offset: 144>>
  linalg.generic {indexing_maps = [affine_map<(n, fb, h, w, fi) -> (n, fb, h, w, fi)>, affine_map<(n, fb, h, w, fi) -> (n, fb, h, w, fi)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]}
      ins(%acc : memref<1x3x6x6x16xf32>) outs(%interior : memref<1x3x6x6x16xf32, strided<[3072, 1024, 128, 16, 1], offset: 144>>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  }
  memref.dealloc %acc : memref<1x3x6x6x16xf32>
  return %padded : memref<1x3x8x8x16xf32>
}

#lhs = affine_map<(m, nb, ni, k) -> (m, k)>
#panels = affine_map<(m, nb, ni, k) -> (nb, k, ni)>
#blocks = affine_map<(m, nb, ni, k) -> (m, nb, ni)>
#id2 = affine_map<(m, n) -> (m, n)>
#col = affine_map<(m, n) -> (n)>

// A matmul on packed weights writes its result [64, 64] as column blocks
// [64, 2, 32] (an expand_shape), after a fill of the blocks; the epilogue
// (a bias per column and an erf) reads the buffer as it is. The fill
// becomes the accumulators' zero start, the epilogue joins the register
// tiles over the blocks (the bias [64] as [2, 32]) and writes the blocks
// of its own buffer; the matmul's buffer is gone.
// CHECK-LABEL: func.func @expanded_result_bias_erf
// CHECK: %[[ZERO:.*]] = arith.constant dense<0.000000e+00> : vector<8x1x32xf32>
// CHECK: %[[OUT:.*]] = memref.alloc() {{.*}} : memref<64x64xf32>
// CHECK-NOT: memref.alloc
// CHECK: %[[BLOCKS:.*]] = memref.expand_shape %[[OUT]] {{\[\[}}0], [1, 2]] output_shape [64, 2, 32]
// CHECK: %[[BIAS:.*]] = memref.expand_shape %arg2 {{\[\[}}0, 1]] output_shape [2, 32] : memref<64xf32> into memref<2x32xf32>
// CHECK: scf.parallel
// CHECK: %[[SUM:.*]] = scf.for {{.*}} iter_args(%{{.*}} = %[[ZERO]]) -> (vector<8x1x32xf32>)
// CHECK: vector.contract
// CHECK: %[[B:.*]] = vector.transfer_read %[[BIAS]]
// CHECK: %[[BIASED:.*]] = arith.addf %[[SUM]], %[[B]] : vector<8x1x32xf32>
// CHECK: %[[ERF:.*]] = math.erf %[[BIASED]] : vector<8x1x32xf32>
// CHECK-NEXT: vector.transfer_write %[[ERF]], %[[BLOCKS]]
// CHECK-NOT: linalg
// CHECK-NOT: scf.parallel
// CHECK: return %[[OUT]]
func.func @expanded_result_bias_erf(%a: memref<64x16xf32>, %w: memref<2x16x32xf32>, %bias: memref<64xf32>) -> memref<64x64xf32> {
  %zero = arith.constant 0.0 : f32
  %acc = memref.alloc() {alignment = 64 : i64} : memref<64x64xf32>
  %acc_blocks = memref.expand_shape %acc [[0], [1, 2]] output_shape [64, 2, 32] : memref<64x64xf32> into memref<64x2x32xf32>
  linalg.fill ins(%zero : f32) outs(%acc_blocks : memref<64x2x32xf32>)
  linalg.generic {indexing_maps = [#lhs, #panels, #blocks], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
      ins(%a, %w : memref<64x16xf32>, memref<2x16x32xf32>) outs(%acc_blocks : memref<64x2x32xf32>) {
  ^bb0(%x: f32, %y: f32, %c: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  %out = memref.alloc() {alignment = 64 : i64} : memref<64x64xf32>
  linalg.generic {indexing_maps = [#id2, #col, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%acc, %bias : memref<64x64xf32>, memref<64xf32>) outs(%out : memref<64x64xf32>) {
  ^bb0(%in: f32, %b: f32, %o: f32):
    %s = arith.addf %in, %b : f32
    %e = math.erf %s : f32
    linalg.yield %e : f32
  }
  memref.dealloc %acc : memref<64x64xf32>
  return %out : memref<64x64xf32>
}

// The same, but the matmul's buffer is also copied out after the
// epilogue: the epilogue stays a loop of its own, after the matmul's
// thread loop (only the fill moves into the register tiles).
// CHECK-LABEL: func.func @expanded_result_read_again
// CHECK: %[[ACC:.*]] = memref.alloc() {{.*}} : memref<64x64xf32>
// CHECK: scf.parallel
// CHECK: vector.contract
// CHECK-NOT: math.erf
// CHECK: scf.reduce
// CHECK: vector.transfer_read %[[ACC]]
// CHECK: math.erf
// CHECK: memref.copy %[[ACC]], %arg3
func.func @expanded_result_read_again(%a: memref<64x16xf32>, %w: memref<2x16x32xf32>, %bias: memref<64xf32>, %copy: memref<64x64xf32>) -> memref<64x64xf32> {
  %zero = arith.constant 0.0 : f32
  %acc = memref.alloc() {alignment = 64 : i64} : memref<64x64xf32>
  %acc_blocks = memref.expand_shape %acc [[0], [1, 2]] output_shape [64, 2, 32] : memref<64x64xf32> into memref<64x2x32xf32>
  linalg.fill ins(%zero : f32) outs(%acc_blocks : memref<64x2x32xf32>)
  linalg.generic {indexing_maps = [#lhs, #panels, #blocks], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
      ins(%a, %w : memref<64x16xf32>, memref<2x16x32xf32>) outs(%acc_blocks : memref<64x2x32xf32>) {
  ^bb0(%x: f32, %y: f32, %c: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  %out = memref.alloc() {alignment = 64 : i64} : memref<64x64xf32>
  linalg.generic {indexing_maps = [#id2, #col, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%acc, %bias : memref<64x64xf32>, memref<64xf32>) outs(%out : memref<64x64xf32>) {
  ^bb0(%in: f32, %b: f32, %o: f32):
    %s = arith.addf %in, %b : f32
    %e = math.erf %s : f32
    linalg.yield %e : f32
  }
  memref.copy %acc, %copy : memref<64x64xf32> to memref<64x64xf32>
  memref.dealloc %acc : memref<64x64xf32>
  return %out : memref<64x64xf32>
}

// A batch matmul [4, 64, 16] x [4, 16, 64] writes its buffer as it is,
// after a fill; the scale after it reads an expansion [1, 4, 64, 64] (the
// attention scores of 4 heads, then 1 / sqrt(d)). The fill and the scale
// join the register tiles; the batch matmul writes the scale's buffer
// (collapsed to [4, 64, 64]).
// CHECK-LABEL: func.func @batch_result_read_expanded
// CHECK-DAG: %[[ZERO:.*]] = arith.constant dense<0.000000e+00> : vector<8x32xf32>
// CHECK-DAG: %[[SCALE:.*]] = arith.constant dense<1.250000e-01> : vector<8x32xf32>
// CHECK: %[[OUT:.*]] = memref.alloc() {{.*}} : memref<1x4x64x64xf32>
// CHECK-NOT: memref.alloc
// CHECK: %[[FLAT:.*]] = memref.collapse_shape %[[OUT]] {{\[\[}}0, 1], [2], [3]] : memref<1x4x64x64xf32> into memref<4x64x64xf32>
// CHECK: scf.parallel
// CHECK: %[[SUM:.*]] = scf.for {{.*}} iter_args(%{{.*}} = %[[ZERO]]) -> (vector<8x32xf32>)
// CHECK: vector.contract
// CHECK: %[[SCALED:.*]] = arith.mulf %[[SUM]], %[[SCALE]] : vector<8x32xf32>
// CHECK-NEXT: vector.transfer_write %[[SCALED]], %[[FLAT]]
// CHECK-NOT: linalg
// CHECK: return %[[OUT]]
func.func @batch_result_read_expanded(%q: memref<4x64x16xf32>, %k: memref<4x16x64xf32>) -> memref<1x4x64x64xf32> {
  %zero = arith.constant 0.0 : f32
  %scale = arith.constant 0.125 : f32
  %scores = memref.alloc() {alignment = 64 : i64} : memref<4x64x64xf32>
  linalg.fill ins(%zero : f32) outs(%scores : memref<4x64x64xf32>)
  linalg.batch_matmul ins(%q, %k : memref<4x64x16xf32>, memref<4x16x64xf32>) outs(%scores : memref<4x64x64xf32>)
  %heads = memref.expand_shape %scores [[0, 1], [2], [3]] output_shape [1, 4, 64, 64] : memref<4x64x64xf32> into memref<1x4x64x64xf32>
  %out = memref.alloc() {alignment = 64 : i64} : memref<1x4x64x64xf32>
  linalg.generic {indexing_maps = [affine_map<(a, b, c, d) -> (a, b, c, d)>, affine_map<(a, b, c, d) -> (a, b, c, d)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%heads : memref<1x4x64x64xf32>) outs(%out : memref<1x4x64x64xf32>) {
  ^bb0(%in: f32, %o: f32):
    %m = arith.mulf %in, %scale : f32
    linalg.yield %m : f32
  }
  memref.dealloc %scores : memref<4x64x64xf32>
  return %out : memref<1x4x64x64xf32>
}

// The ReLU writes a contiguous part of another buffer (blocks 1 and 2 of a
// concatenation along blocked channels): the register tiles start from the
// bias, apply the ReLU and store into that part; the contraction's own
// buffer is gone.
// CHECK-LABEL: func.func @blocked_relu_into_concatenation_part
// CHECK: %[[CAT:.*]] = memref.alloc() {{.*}} : memref<1x3x4x4x32xf32>
// CHECK-NOT: memref.alloc
// CHECK: %[[PART:.*]] = memref.subview %[[CAT]][0, 1, 0, 0, 0] [1, 2, 4, 4, 32]
// CHECK: %[[FLAT:.*]] = memref.collapse_shape %[[PART]] {{\[\[}}0], [1], [2, 3], [4]]
// CHECK: scf.parallel
// CHECK: %[[INIT:.*]] = vector.transfer_read %{{.*}} : memref<1x2x1x32xf32>, vector<8x32xf32>
// CHECK: %[[BLOCKS:.*]] = scf.for {{.*}} iter_args(%{{.*}} = %[[INIT]]) -> (vector<8x32xf32>)
// CHECK: %[[RELU:.*]] = arith.maximumf %[[BLOCKS]], %{{.*}} : vector<8x32xf32>
// CHECK-NEXT: vector.transfer_write %[[RELU]], %[[FLAT]]
// CHECK-NOT: arith.maximumf
func.func @blocked_relu_into_concatenation_part(%x: memref<1x3x16x32xf32>, %w: memref<2x3x32x32xf32>, %b: memref<1x2x1x1x32xf32>) -> memref<1x3x4x4x32xf32> {
  %zero = arith.constant 0.0 : f32
  %acc = memref.alloc() {alignment = 64 : i64} : memref<1x2x4x4x32xf32>
  linalg.generic {indexing_maps = [affine_map<(n, fb, h, w, fi) -> (0, fb, 0, 0, fi)>, affine_map<(n, fb, h, w, fi) -> (n, fb, h, w, fi)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]}
      ins(%b : memref<1x2x1x1x32xf32>) outs(%acc : memref<1x2x4x4x32xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  %flat = memref.collapse_shape %acc [[0], [1], [2, 3], [4]] : memref<1x2x4x4x32xf32> into memref<1x2x16x32xf32>
  linalg.generic {indexing_maps = [affine_map<(n, fb, p, fi, cb, ci) -> (n, cb, p, ci)>, affine_map<(n, fb, p, fi, cb, ci) -> (fb, cb, ci, fi)>, affine_map<(n, fb, p, fi, cb, ci) -> (n, fb, p, fi)>],
                  iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
      ins(%x, %w : memref<1x3x16x32xf32>, memref<2x3x32x32xf32>) outs(%flat : memref<1x2x16x32xf32>) {
  ^bb0(%a: f32, %bb: f32, %c: f32):
    %p = arith.mulf %a, %bb : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  %cat = memref.alloc() {alignment = 64 : i64} : memref<1x3x4x4x32xf32>
  %part = memref.subview %cat[0, 1, 0, 0, 0] [1, 2, 4, 4, 32] [1, 1, 1, 1, 1] : memref<1x3x4x4x32xf32> to memref<1x2x4x4x32xf32, strided<[1536, 512, 128, 32, 1], offset: 512>>
  linalg.generic {indexing_maps = [affine_map<(n, fb, h, w, fi) -> (n, fb, h, w, fi)>, affine_map<(n, fb, h, w, fi) -> (n, fb, h, w, fi)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]}
      ins(%acc : memref<1x2x4x4x32xf32>) outs(%part : memref<1x2x4x4x32xf32, strided<[1536, 512, 128, 32, 1], offset: 512>>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  }
  memref.dealloc %acc : memref<1x2x4x4x32xf32>
  %first = memref.subview %cat[0, 0, 0, 0, 0] [1, 1, 4, 4, 32] [1, 1, 1, 1, 1] : memref<1x3x4x4x32xf32> to memref<1x1x4x4x32xf32, strided<[1536, 512, 128, 32, 1]>>
  linalg.fill ins(%zero : f32) outs(%first : memref<1x1x4x4x32xf32, strided<[1536, 512, 128, 32, 1]>>)
  return %cat : memref<1x3x4x4x32xf32>
}

// The concatenation's buffer is written (another part filled) between the
// bias and the contraction: the contraction keeps its own buffer and the
// ReLU stays an op of its own.
// CHECK-LABEL: func.func @concatenation_written_before_contraction
// CHECK: memref.alloc() {{.*}} : memref<1x2x4x4x32xf32>
// CHECK: memref.alloc() {{.*}} : memref<1x3x4x4x32xf32>
// CHECK: arith.maximumf %{{.*}} : vector<2x32xf32>
func.func @concatenation_written_before_contraction(%x: memref<1x3x16x32xf32>, %w: memref<2x3x32x32xf32>, %b: memref<1x2x1x1x32xf32>) -> memref<1x3x4x4x32xf32> {
  %zero = arith.constant 0.0 : f32
  %acc = memref.alloc() {alignment = 64 : i64} : memref<1x2x4x4x32xf32>
  linalg.generic {indexing_maps = [affine_map<(n, fb, h, w, fi) -> (0, fb, 0, 0, fi)>, affine_map<(n, fb, h, w, fi) -> (n, fb, h, w, fi)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]}
      ins(%b : memref<1x2x1x1x32xf32>) outs(%acc : memref<1x2x4x4x32xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  %cat = memref.alloc() {alignment = 64 : i64} : memref<1x3x4x4x32xf32>
  %first = memref.subview %cat[0, 0, 0, 0, 0] [1, 1, 4, 4, 32] [1, 1, 1, 1, 1] : memref<1x3x4x4x32xf32> to memref<1x1x4x4x32xf32, strided<[1536, 512, 128, 32, 1]>>
  linalg.fill ins(%zero : f32) outs(%first : memref<1x1x4x4x32xf32, strided<[1536, 512, 128, 32, 1]>>)
  %flat = memref.collapse_shape %acc [[0], [1], [2, 3], [4]] : memref<1x2x4x4x32xf32> into memref<1x2x16x32xf32>
  linalg.generic {indexing_maps = [affine_map<(n, fb, p, fi, cb, ci) -> (n, cb, p, ci)>, affine_map<(n, fb, p, fi, cb, ci) -> (fb, cb, ci, fi)>, affine_map<(n, fb, p, fi, cb, ci) -> (n, fb, p, fi)>],
                  iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
      ins(%x, %w : memref<1x3x16x32xf32>, memref<2x3x32x32xf32>) outs(%flat : memref<1x2x16x32xf32>) {
  ^bb0(%a: f32, %bb: f32, %c: f32):
    %p = arith.mulf %a, %bb : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  %part = memref.subview %cat[0, 1, 0, 0, 0] [1, 2, 4, 4, 32] [1, 1, 1, 1, 1] : memref<1x3x4x4x32xf32> to memref<1x2x4x4x32xf32, strided<[1536, 512, 128, 32, 1], offset: 512>>
  linalg.generic {indexing_maps = [affine_map<(n, fb, h, w, fi) -> (n, fb, h, w, fi)>, affine_map<(n, fb, h, w, fi) -> (n, fb, h, w, fi)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]}
      ins(%acc : memref<1x2x4x4x32xf32>) outs(%part : memref<1x2x4x4x32xf32, strided<[1536, 512, 128, 32, 1], offset: 512>>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  }
  memref.dealloc %acc : memref<1x2x4x4x32xf32>
  return %cat : memref<1x3x4x4x32xf32>
}

// The ReLU writes every other channel of another buffer (a channel
// shuffle's group, ov-interleave-channel-shuffles): its planes are rows
// the collapsed plane can follow, so the register tiles start from the
// bias, apply the ReLU and store into that strided part.
// CHECK-LABEL: func.func @conv_bias_relu_into_every_other_channel
// CHECK: %[[SHUFFLED:.*]] = memref.alloc() {{.*}} : memref<1x64x8x8xf32>
// CHECK-NOT: memref.alloc
// CHECK: %[[ODD:.*]] = memref.subview %[[SHUFFLED]][0, 1, 0, 0] [1, 32, 8, 8] [1, 2, 1, 1]
// CHECK: %[[FLAT:.*]] = memref.collapse_shape %[[ODD]] {{\[\[}}0], [1], [2, 3]] : memref<1x32x8x8xf32, strided<[4096, 128, 8, 1], offset: 64>> into memref<1x32x64xf32, strided<[4096, 128, 1], offset: 64>>
// CHECK: %[[INIT:.*]] = vector.transfer_read %{{.*}} : memref<1x32x1xf32>, vector<8x32xf32>
// CHECK: %[[SUM:.*]] = scf.for {{.*}} iter_args(%{{.*}} = %[[INIT]]) -> (vector<8x32xf32>)
// CHECK: %[[RELU:.*]] = arith.maximumf %[[SUM]], %{{.*}} : vector<8x32xf32>
// CHECK-NEXT: vector.transfer_write %[[RELU]], %[[FLAT]]
// CHECK-NOT: arith.maximumf
// CHECK: return %[[SHUFFLED]]
func.func @conv_bias_relu_into_every_other_channel(%wt: memref<32x16xf32>, %x: memref<1x16x64xf32>, %b: memref<1x32x1x1xf32>) -> memref<1x64x8x8xf32> {
  %zero = arith.constant 0.0 : f32
  %acc = memref.alloc() {alignment = 64 : i64} : memref<1x32x8x8xf32>
  linalg.generic {indexing_maps = [#bias, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%b : memref<1x32x1x1xf32>) outs(%acc : memref<1x32x8x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  %flat = memref.collapse_shape %acc [[0], [1], [2, 3]] : memref<1x32x8x8xf32> into memref<1x32x64xf32>
  linalg.generic {indexing_maps = [#w, #x, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
      ins(%wt, %x : memref<32x16xf32>, memref<1x16x64xf32>) outs(%flat : memref<1x32x64xf32>) {
  ^bb0(%a: f32, %bb: f32, %c: f32):
    %p = arith.mulf %a, %bb : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  %shuffled = memref.alloc() {alignment = 64 : i64} : memref<1x64x8x8xf32>
  %odd = memref.subview %shuffled[0, 1, 0, 0] [1, 32, 8, 8] [1, 2, 1, 1] : memref<1x64x8x8xf32> to memref<1x32x8x8xf32, strided<[4096, 128, 8, 1], offset: 64>>
  linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%acc : memref<1x32x8x8xf32>) outs(%odd : memref<1x32x8x8xf32, strided<[4096, 128, 8, 1], offset: 64>>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  }
  memref.dealloc %acc : memref<1x32x8x8xf32>
  %even = memref.subview %shuffled[0, 0, 0, 0] [1, 32, 8, 8] [1, 2, 1, 1] : memref<1x64x8x8xf32> to memref<1x32x8x8xf32, strided<[4096, 128, 8, 1]>>
  linalg.fill ins(%zero : f32) outs(%even : memref<1x32x8x8xf32, strided<[4096, 128, 8, 1]>>)
  return %shuffled : memref<1x64x8x8xf32>
}
