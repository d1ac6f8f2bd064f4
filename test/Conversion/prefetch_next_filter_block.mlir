// ov-prefetch-next-filter-block: in a thread loop over (filter blocks, row
// tiles) whose K loop reads rows of packed weights [taps, F / B, C / B, B,
// B] (or, in a thread loop over bands or parts, scf.for loops over filter
// blocks and row tiles), row tile r prefetches its share of the next
// filter block: with
// several taps the same rows of tap r (then r + R, ...) at each K step,
// with one tap its share of the rows of each channel block before that
// block's K loop. In a thread loop over filter blocks only whose K blocks
// of one channel block each run over R row tiles, the next block is the
// next channel block (after the last, the next filter block's first).
// In a thread loop over (points, filter blocks, row tiles) whose weights
// are [points, F / B, C / B, B, B] (a Winograd contraction), the point is
// the tap: the next block is the next filter block of the point (after
// the last, the next point's first).
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-prefetch-next-filter-block))' | FileCheck %s

// The weights' rows are multiplied by an activation in vector.contract
// (as a register tile's products are after ov-tile-and-vectorize).
#x = affine_map<(j, k) -> (k)>
#w = affine_map<(j, k) -> (k, j)>
#acc = affine_map<(j, k) -> (j)>

// Three taps, 4 filter blocks, 7 row tiles: tap min(row, 2) of block
// min(fb + 1, 3), both cache lines of its 32-float row.
// CHECK-DAG: #[[NEXT:.+]] = affine_map<()[s0] -> (s0 + 1, 3)>
// CHECK-DAG: #[[TAP:.+]] = affine_map<()[s0] -> (s0, 2)>
// CHECK-DAG: #[[ROW0:.+]] = affine_map<()[s0] -> ((s0 floordiv 7) * 3, 15)>
// CHECK-DAG: #[[ROW2:.+]] = affine_map<()[s0] -> ((s0 floordiv 7) * 3 + 2, 15)>
// (@per_channel_block)
// CHECK-DAG: #[[LINEAR:.+]] = affine_map<()[s0, s1] -> (s0 * 2 + s1 + 1, 7)>
// CHECK-DAG: #[[FIRST:.+]] = affine_map<()[s0] -> (s0 * 2 + 1, 7)>
// CHECK-DAG: #[[BLOCKOF:.+]] = affine_map<()[s0] -> (s0 floordiv 2)>
// CHECK-DAG: #[[CHANNELOF:.+]] = affine_map<()[s0] -> (s0 mod 2)>
// (@points)
// CHECK-DAG: #[[SHARE0:.+]] = affine_map<()[s0] -> (s0 * 4, 15)>
// CHECK-DAG: #[[SHARE3:.+]] = affine_map<()[s0] -> (s0 * 4 + 3, 15)>
// CHECK-LABEL: func.func @taps
// CHECK-SAME: %[[W:[a-z0-9]+]]: memref<3x4x2x16x32xf32>
// CHECK: scf.parallel (%[[FB:.+]], %[[ROW:.+]]) =
// CHECK: scf.for %[[CB:[a-z0-9]+]] =
// CHECK-DAG: %[[B:.+]] = affine.min #[[NEXT]]()[%[[FB]]]
// CHECK-DAG: %[[T:.+]] = affine.min #[[TAP]]()[%[[ROW]]]
// CHECK-DAG: %[[C16:.+]] = arith.constant 16 : index
// CHECK: scf.for %[[CI:[a-z0-9]+]] =
// CHECK: memref.prefetch %[[W]][%[[T]], %[[B]], %[[CB]], %[[CI]], %{{.+}}], read, locality<3>, data
// CHECK-NEXT: memref.prefetch %[[W]][%[[T]], %[[B]], %[[CB]], %[[CI]], %[[C16]]], read, locality<3>, data
// CHECK-NEXT: vector.transfer_read %[[W]]
// CHECK-NOT: memref.prefetch
// CHECK: return
func.func @taps(%w: memref<3x4x2x16x32xf32>, %out: memref<4x7x32xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c4 = arith.constant 4 : index
  %c7 = arith.constant 7 : index
  %c16 = arith.constant 16 : index
  %zero = arith.constant 0.0 : f32
  %x = arith.constant dense<1.0> : vector<1xf32>
  scf.parallel (%fb, %row) = (%c0, %c0) to (%c4, %c7) step (%c1, %c1) {
    %init = vector.transfer_read %out[%fb, %row, %c0], %zero {in_bounds = [true]} : memref<4x7x32xf32>, vector<32xf32>
    %sum = scf.for %cb = %c0 to %c2 step %c1 iter_args(%acc = %init) -> (vector<32xf32>) {
      %inner = scf.for %ci = %c0 to %c16 step %c1 iter_args(%a = %acc) -> (vector<32xf32>) {
        %w0 = vector.transfer_read %w[%c0, %fb, %cb, %ci, %c0], %zero {in_bounds = [true]} : memref<3x4x2x16x32xf32>, vector<32xf32>
        %w1 = vector.transfer_read %w[%c1, %fb, %cb, %ci, %c0], %zero {in_bounds = [true]} : memref<3x4x2x16x32xf32>, vector<32xf32>
        %w2 = vector.transfer_read %w[%c2, %fb, %cb, %ci, %c0], %zero {in_bounds = [true]} : memref<3x4x2x16x32xf32>, vector<32xf32>
        %rw0 = vector.shape_cast %w0 : vector<32xf32> to vector<1x32xf32>
        %s0 = vector.contract {indexing_maps = [#x, #w, #acc], iterator_types = ["parallel", "reduction"], kind = #vector.kind<add>} %x, %rw0, %a : vector<1xf32>, vector<1x32xf32> into vector<32xf32>
        %rw1 = vector.shape_cast %w1 : vector<32xf32> to vector<1x32xf32>
        %s1 = vector.contract {indexing_maps = [#x, #w, #acc], iterator_types = ["parallel", "reduction"], kind = #vector.kind<add>} %x, %rw1, %s0 : vector<1xf32>, vector<1x32xf32> into vector<32xf32>
        %rw2 = vector.shape_cast %w2 : vector<32xf32> to vector<1x32xf32>
        %s2 = vector.contract {indexing_maps = [#x, #w, #acc], iterator_types = ["parallel", "reduction"], kind = #vector.kind<add>} %x, %rw2, %s1 : vector<1xf32>, vector<1x32xf32> into vector<32xf32>
        scf.yield %s2 : vector<32xf32>
      }
      scf.yield %inner : vector<32xf32>
    }
    vector.transfer_write %sum, %out[%fb, %row, %c0] {in_bounds = [true]} : vector<32xf32>, memref<4x7x32xf32>
    scf.reduce
  }
  return
}

// One tap (a 1x1 convolution), 7 row tiles of 7 positions: before each
// channel block's K loop, row tile r = pos / 7 prefetches rows
// min(3 r + j, 15) (j < 3: 16 rows in 7 shares) of the next filter block,
// both cache lines of each.
// CHECK-LABEL: func.func @one_tap
// CHECK-SAME: %[[W:[a-z0-9]+]]: memref<1x4x2x16x32xf32>
// CHECK: scf.parallel (%[[FB:.+]], %[[POS:.+]]) =
// CHECK: scf.for %[[CB:[a-z0-9]+]] =
// CHECK-DAG: %[[B:.+]] = affine.min #[[NEXT]]()[%[[FB]]]
// CHECK-DAG: %[[R0:.+]] = affine.min #[[ROW0]]()[%[[POS]]]
// CHECK: memref.prefetch %[[W]][%{{.+}}, %[[B]], %[[CB]], %[[R0]], %{{.+}}], read, locality<3>, data
// CHECK-NEXT: memref.prefetch %[[W]][%{{.+}}, %[[B]], %[[CB]], %[[R0]], %{{.+}}], read, locality<3>, data
// CHECK-NEXT: affine.min
// CHECK-NEXT: memref.prefetch
// CHECK-NEXT: memref.prefetch
// CHECK-NEXT: %[[R2:.+]] = affine.min #[[ROW2]]()[%[[POS]]]
// CHECK-NEXT: memref.prefetch %[[W]][%{{.+}}, %[[B]], %[[CB]], %[[R2]], %{{.+}}], read, locality<3>, data
// CHECK-NEXT: memref.prefetch %[[W]][%{{.+}}, %[[B]], %[[CB]], %[[R2]], %{{.+}}], read, locality<3>, data
// CHECK-NEXT: scf.for
// CHECK-NOT: memref.prefetch
// CHECK: return
func.func @one_tap(%w: memref<1x4x2x16x32xf32>, %out: memref<4x49x32xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c4 = arith.constant 4 : index
  %c7 = arith.constant 7 : index
  %c16 = arith.constant 16 : index
  %c49 = arith.constant 49 : index
  %zero = arith.constant 0.0 : f32
  %x = arith.constant dense<1.0> : vector<1xf32>
  scf.parallel (%fb, %pos) = (%c0, %c0) to (%c4, %c49) step (%c1, %c7) {
    %init = vector.transfer_read %out[%fb, %pos, %c0], %zero {in_bounds = [true]} : memref<4x49x32xf32>, vector<32xf32>
    %sum = scf.for %cb = %c0 to %c2 step %c1 iter_args(%acc = %init) -> (vector<32xf32>) {
      %inner = scf.for %ci = %c0 to %c16 step %c1 iter_args(%a = %acc) -> (vector<32xf32>) {
        %w0 = vector.transfer_read %w[%c0, %fb, %cb, %ci, %c0], %zero {in_bounds = [true]} : memref<1x4x2x16x32xf32>, vector<32xf32>
        %rw0 = vector.shape_cast %w0 : vector<32xf32> to vector<1x32xf32>
        %s0 = vector.contract {indexing_maps = [#x, #w, #acc], iterator_types = ["parallel", "reduction"], kind = #vector.kind<add>} %x, %rw0, %a : vector<1xf32>, vector<1x32xf32> into vector<32xf32>
        scf.yield %s0 : vector<32xf32>
      }
      scf.yield %inner : vector<32xf32>
    }
    vector.transfer_write %sum, %out[%fb, %pos, %c0] {in_bounds = [true]} : vector<32xf32>, memref<4x49x32xf32>
    scf.reduce
  }
  return
}

// The same in a thread loop over parts (ov-compute-blocks-by-channels,
// marked ov_row_bands: tiled for registers only): the filter blocks and row
// tiles are scf.for loops in it, the filter block a part's first block plus
// the loop's index, the tap the part (set outside the filter blocks). Row
// tile r of block fb prefetches its rows of block min(fb + 1, 3) of the
// same part.
// CHECK-LABEL: func.func @band_part
// CHECK-SAME: %[[W:[a-z0-9]+]]: memref<2x4x2x16x32xf32>
// CHECK: scf.parallel (%[[HALF:.+]]) =
// CHECK: scf.for %[[F:[a-z0-9]+]] =
// CHECK: %[[FB:.+]] = arith.addi
// CHECK: scf.for %[[POS:[a-z0-9]+]] =
// CHECK: scf.for %[[CB:[a-z0-9]+]] =
// CHECK-DAG: %[[B:.+]] = affine.min #[[NEXT]]()[%[[FB]]]
// CHECK-DAG: %[[R0:.+]] = affine.min #[[ROW0]]()[%[[POS]]]
// CHECK: memref.prefetch %[[W]][%[[HALF]], %[[B]], %[[CB]], %[[R0]], %{{.+}}], read, locality<3>, data
// CHECK-COUNT-5: memref.prefetch %[[W]][%[[HALF]], %[[B]], %[[CB]],
// CHECK-NEXT: scf.for
// CHECK-NOT: memref.prefetch
// CHECK: } {ov_row_bands}
func.func @band_part(%w: memref<2x4x2x16x32xf32>, %out: memref<4x49x32xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c7 = arith.constant 7 : index
  %c16 = arith.constant 16 : index
  %c49 = arith.constant 49 : index
  %zero = arith.constant 0.0 : f32
  %x = arith.constant dense<1.0> : vector<1xf32>
  scf.parallel (%half) = (%c0) to (%c2) step (%c1) {
    %first = arith.muli %half, %c2 : index
    scf.for %f = %c0 to %c2 step %c1 {
      %fb = arith.addi %first, %f : index
      scf.for %pos = %c0 to %c49 step %c7 {
        %init = vector.transfer_read %out[%fb, %pos, %c0], %zero {in_bounds = [true]} : memref<4x49x32xf32>, vector<32xf32>
        %sum = scf.for %cb = %c0 to %c2 step %c1 iter_args(%acc = %init) -> (vector<32xf32>) {
          %inner = scf.for %ci = %c0 to %c16 step %c1 iter_args(%a = %acc) -> (vector<32xf32>) {
            %w0 = vector.transfer_read %w[%half, %fb, %cb, %ci, %c0], %zero {in_bounds = [true]} : memref<2x4x2x16x32xf32>, vector<32xf32>
            %rw0 = vector.shape_cast %w0 : vector<32xf32> to vector<1x32xf32>
            %s0 = vector.contract {indexing_maps = [#x, #w, #acc], iterator_types = ["parallel", "reduction"], kind = #vector.kind<add>} %x, %rw0, %a : vector<1xf32>, vector<1x32xf32> into vector<32xf32>
            scf.yield %s0 : vector<32xf32>
          }
          scf.yield %inner : vector<32xf32>
        }
        vector.transfer_write %sum, %out[%fb, %pos, %c0] {in_bounds = [true]} : vector<32xf32>, memref<4x49x32xf32>
      }
    }
    scf.reduce
  } {ov_row_bands}
  return
}

// Left alone: one tap whose channel block changes within the K loop, a
// thread loop over filter blocks only, and rows of a blocked activation
// summed (a plane reduced into lanes), not multiplied.
// CHECK-LABEL: func.func @not_taps
// CHECK-NOT: memref.prefetch
// CHECK: return
func.func @not_taps(%w: memref<1x4x2x16x32xf32>, %out: memref<4x7x32xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c4 = arith.constant 4 : index
  %c7 = arith.constant 7 : index
  %c16 = arith.constant 16 : index
  %zero = arith.constant 0.0 : f32
  %x = arith.constant dense<1.0> : vector<1xf32>
  scf.parallel (%fb, %row) = (%c0, %c0) to (%c4, %c7) step (%c1, %c1) {
    %init = vector.transfer_read %out[%fb, %row, %c0], %zero {in_bounds = [true]} : memref<4x7x32xf32>, vector<32xf32>
    %sum = scf.for %ci = %c0 to %c16 step %c1 iter_args(%a = %init) -> (vector<32xf32>) {
      %cb = arith.divui %ci, %c16 : index
      %w0 = vector.transfer_read %w[%c0, %fb, %cb, %ci, %c0], %zero {in_bounds = [true]} : memref<1x4x2x16x32xf32>, vector<32xf32>
      %rw0 = vector.shape_cast %w0 : vector<32xf32> to vector<1x32xf32>
      %s0 = vector.contract {indexing_maps = [#x, #w, #acc], iterator_types = ["parallel", "reduction"], kind = #vector.kind<add>} %x, %rw0, %a : vector<1xf32>, vector<1x32xf32> into vector<32xf32>
      scf.yield %s0 : vector<32xf32>
    }
    vector.transfer_write %sum, %out[%fb, %row, %c0] {in_bounds = [true]} : vector<32xf32>, memref<4x7x32xf32>
    scf.reduce
  }
  scf.parallel (%fb) = (%c0) to (%c4) step (%c1) {
    %init = vector.transfer_read %out[%fb, %c0, %c0], %zero {in_bounds = [true]} : memref<4x7x32xf32>, vector<32xf32>
    %sum = scf.for %ci = %c0 to %c16 step %c1 iter_args(%a = %init) -> (vector<32xf32>) {
      %w0 = vector.transfer_read %w[%c0, %fb, %c0, %ci, %c0], %zero {in_bounds = [true]} : memref<1x4x2x16x32xf32>, vector<32xf32>
      %w1 = vector.transfer_read %w[%c0, %fb, %c1, %ci, %c0], %zero {in_bounds = [true]} : memref<1x4x2x16x32xf32>, vector<32xf32>
      %rw0 = vector.shape_cast %w0 : vector<32xf32> to vector<1x32xf32>
      %s0 = vector.contract {indexing_maps = [#x, #w, #acc], iterator_types = ["parallel", "reduction"], kind = #vector.kind<add>} %x, %rw0, %a : vector<1xf32>, vector<1x32xf32> into vector<32xf32>
      %rw1 = vector.shape_cast %w1 : vector<32xf32> to vector<1x32xf32>
      %s1 = vector.contract {indexing_maps = [#x, #w, #acc], iterator_types = ["parallel", "reduction"], kind = #vector.kind<add>} %x, %rw1, %s0 : vector<1xf32>, vector<1x32xf32> into vector<32xf32>
      scf.yield %s1 : vector<32xf32>
    }
    vector.transfer_write %sum, %out[%fb, %c0, %c0] {in_bounds = [true]} : vector<32xf32>, memref<4x7x32xf32>
    scf.reduce
  }
  scf.parallel (%fb, %row) = (%c0, %c0) to (%c4, %c7) step (%c1, %c1) {
    %init = vector.transfer_read %out[%fb, %row, %c0], %zero {in_bounds = [true]} : memref<4x7x32xf32>, vector<32xf32>
    %sum = scf.for %ci = %c0 to %c16 step %c1 iter_args(%a = %init) -> (vector<32xf32>) {
      %w0 = vector.transfer_read %w[%c0, %fb, %c0, %ci, %c0], %zero {in_bounds = [true]} : memref<1x4x2x16x32xf32>, vector<32xf32>
      %w1 = vector.transfer_read %w[%c0, %fb, %c1, %ci, %c0], %zero {in_bounds = [true]} : memref<1x4x2x16x32xf32>, vector<32xf32>
      %s0 = arith.addf %a, %w0 : vector<32xf32>
      %s1 = arith.addf %s0, %w1 : vector<32xf32>
      scf.yield %s1 : vector<32xf32>
    }
    vector.transfer_write %sum, %out[%fb, %row, %c0] {in_bounds = [true]} : vector<32xf32>, memref<4x7x32xf32>
    scf.reduce
  }
  return
}

// Thread tiles of one filter block (4 of them, 2 channel blocks each) and
// the whole plane: in each channel block's K block (the first one peeled,
// as ov-tile-and-vectorize leaves it), row tile r of 7 prefetches at each
// K step the rows of tap min(r, 2) of block min(2 fb + cb + 1, 7): filter
// block (that) floordiv 2, channel block (that) mod 2.
// CHECK-LABEL: func.func @per_channel_block
// CHECK-SAME: %[[W:[a-z0-9]+]]: memref<3x4x2x16x32xf32>
// CHECK: scf.parallel (%[[F:.+]]) =
// CHECK: scf.for %[[ROW:[a-z0-9]+]] =
// CHECK: %[[N0:.+]] = affine.min #[[FIRST]]()[%[[F]]]
// CHECK-DAG: %[[NF0:.+]] = affine.apply #[[BLOCKOF]]()[%[[N0]]]
// CHECK-DAG: %[[NC0:.+]] = affine.apply #[[CHANNELOF]]()[%[[N0]]]
// CHECK-DAG: %[[T0:.+]] = affine.min #[[TAP]]()[%[[ROW]]]
// CHECK: scf.for %[[CI:[a-z0-9]+]] =
// CHECK: memref.prefetch %[[W]][%[[T0]], %[[NF0]], %[[NC0]], %[[CI]], %{{.+}}], read, locality<3>, data
// CHECK-NEXT: memref.prefetch %[[W]][%[[T0]], %[[NF0]], %[[NC0]], %[[CI]], %{{.+}}], read, locality<3>, data
// CHECK-NEXT: vector.transfer_read %[[W]]
// CHECK: scf.for %[[C:[a-z0-9]+]] =
// CHECK: scf.for %[[ROW1:[a-z0-9]+]] =
// CHECK: %[[N:.+]] = affine.min #[[LINEAR]]()[%[[F]], %[[C]]]
// CHECK-DAG: %[[NF:.+]] = affine.apply #[[BLOCKOF]]()[%[[N]]]
// CHECK-DAG: %[[NC:.+]] = affine.apply #[[CHANNELOF]]()[%[[N]]]
// CHECK-DAG: %[[T:.+]] = affine.min #[[TAP]]()[%[[ROW1]]]
// CHECK: scf.for %[[CI1:[a-z0-9]+]] =
// CHECK: memref.prefetch %[[W]][%[[T]], %[[NF]], %[[NC]], %[[CI1]], %{{.+}}], read, locality<3>, data
// CHECK-NEXT: memref.prefetch %[[W]][%[[T]], %[[NF]], %[[NC]], %[[CI1]], %{{.+}}], read, locality<3>, data
// CHECK-NEXT: vector.transfer_read %[[W]]
// CHECK-NOT: memref.prefetch
// CHECK: return
func.func @per_channel_block(%w: memref<3x4x2x16x32xf32>, %out: memref<4x7x32xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c4 = arith.constant 4 : index
  %c7 = arith.constant 7 : index
  %c16 = arith.constant 16 : index
  %zero = arith.constant 0.0 : f32
  %x = arith.constant dense<1.0> : vector<1xf32>
  %bias = arith.constant dense<0.5> : vector<32xf32>
  scf.parallel (%fb) = (%c0) to (%c4) step (%c1) {
    scf.for %row = %c0 to %c7 step %c1 {
      %sum = scf.for %ci = %c0 to %c16 step %c1 iter_args(%a = %bias) -> (vector<32xf32>) {
        %w0 = vector.transfer_read %w[%c0, %fb, %c0, %ci, %c0], %zero {in_bounds = [true]} : memref<3x4x2x16x32xf32>, vector<32xf32>
        %w1 = vector.transfer_read %w[%c1, %fb, %c0, %ci, %c0], %zero {in_bounds = [true]} : memref<3x4x2x16x32xf32>, vector<32xf32>
        %w2 = vector.transfer_read %w[%c2, %fb, %c0, %ci, %c0], %zero {in_bounds = [true]} : memref<3x4x2x16x32xf32>, vector<32xf32>
        %rw0 = vector.shape_cast %w0 : vector<32xf32> to vector<1x32xf32>
        %s0 = vector.contract {indexing_maps = [#x, #w, #acc], iterator_types = ["parallel", "reduction"], kind = #vector.kind<add>} %x, %rw0, %a : vector<1xf32>, vector<1x32xf32> into vector<32xf32>
        %rw1 = vector.shape_cast %w1 : vector<32xf32> to vector<1x32xf32>
        %s1 = vector.contract {indexing_maps = [#x, #w, #acc], iterator_types = ["parallel", "reduction"], kind = #vector.kind<add>} %x, %rw1, %s0 : vector<1xf32>, vector<1x32xf32> into vector<32xf32>
        %rw2 = vector.shape_cast %w2 : vector<32xf32> to vector<1x32xf32>
        %s2 = vector.contract {indexing_maps = [#x, #w, #acc], iterator_types = ["parallel", "reduction"], kind = #vector.kind<add>} %x, %rw2, %s1 : vector<1xf32>, vector<1x32xf32> into vector<32xf32>
        scf.yield %s2 : vector<32xf32>
      }
      vector.transfer_write %sum, %out[%fb, %row, %c0] {in_bounds = [true]} : vector<32xf32>, memref<4x7x32xf32>
    }
    scf.for %cb = %c1 to %c2 step %c1 {
      scf.for %row = %c0 to %c7 step %c1 {
        %init = vector.transfer_read %out[%fb, %row, %c0], %zero {in_bounds = [true]} : memref<4x7x32xf32>, vector<32xf32>
        %sum = scf.for %ci = %c0 to %c16 step %c1 iter_args(%a = %init) -> (vector<32xf32>) {
          %w0 = vector.transfer_read %w[%c0, %fb, %cb, %ci, %c0], %zero {in_bounds = [true]} : memref<3x4x2x16x32xf32>, vector<32xf32>
          %w1 = vector.transfer_read %w[%c1, %fb, %cb, %ci, %c0], %zero {in_bounds = [true]} : memref<3x4x2x16x32xf32>, vector<32xf32>
          %w2 = vector.transfer_read %w[%c2, %fb, %cb, %ci, %c0], %zero {in_bounds = [true]} : memref<3x4x2x16x32xf32>, vector<32xf32>
          %rw0 = vector.shape_cast %w0 : vector<32xf32> to vector<1x32xf32>
          %s0 = vector.contract {indexing_maps = [#x, #w, #acc], iterator_types = ["parallel", "reduction"], kind = #vector.kind<add>} %x, %rw0, %a : vector<1xf32>, vector<1x32xf32> into vector<32xf32>
          %rw1 = vector.shape_cast %w1 : vector<32xf32> to vector<1x32xf32>
          %s1 = vector.contract {indexing_maps = [#x, #w, #acc], iterator_types = ["parallel", "reduction"], kind = #vector.kind<add>} %x, %rw1, %s0 : vector<1xf32>, vector<1x32xf32> into vector<32xf32>
          %rw2 = vector.shape_cast %w2 : vector<32xf32> to vector<1x32xf32>
          %s2 = vector.contract {indexing_maps = [#x, #w, #acc], iterator_types = ["parallel", "reduction"], kind = #vector.kind<add>} %x, %rw2, %s1 : vector<1xf32>, vector<1x32xf32> into vector<32xf32>
          scf.yield %s2 : vector<32xf32>
        }
        vector.transfer_write %sum, %out[%fb, %row, %c0] {in_bounds = [true]} : vector<32xf32>, memref<4x7x32xf32>
      }
    }
    scf.reduce
  }
  return
}

// A batch of 4 points (a Winograd contraction: weights [points, F / B,
// C / B, B, B]), 2 filter blocks, 4 row tiles: before each channel
// block's K loop, row tile r prefetches rows min(4 r + j, 15) (j < 4) of
// block min(2 p + fb + 1, 7): point (that) floordiv 2, filter block (that)
// mod 2, both cache lines of each.
// CHECK-LABEL: func.func @points
// CHECK-SAME: %[[W:[a-z0-9]+]]: memref<4x2x2x16x32xf32>
// CHECK: scf.parallel (%[[P:.+]], %[[FB:.+]], %[[ROW:.+]]) =
// CHECK: scf.for %[[CB:[a-z0-9]+]] =
// CHECK: %[[N:.+]] = affine.min #[[LINEAR]]()[%[[P]], %[[FB]]]
// CHECK-DAG: %[[NP:.+]] = affine.apply #[[BLOCKOF]]()[%[[N]]]
// CHECK-DAG: %[[NF:.+]] = affine.apply #[[CHANNELOF]]()[%[[N]]]
// CHECK-DAG: %[[R0:.+]] = affine.min #[[SHARE0]]()[%[[ROW]]]
// CHECK: memref.prefetch %[[W]][%[[NP]], %[[NF]], %[[CB]], %[[R0]], %{{.+}}], read, locality<3>, data
// CHECK-NEXT: memref.prefetch %[[W]][%[[NP]], %[[NF]], %[[CB]], %[[R0]], %{{.+}}], read, locality<3>, data
// CHECK-COUNT-2: affine.min
// CHECK: %[[R3:.+]] = affine.min #[[SHARE3]]()[%[[ROW]]]
// CHECK-NEXT: memref.prefetch %[[W]][%[[NP]], %[[NF]], %[[CB]], %[[R3]], %{{.+}}], read, locality<3>, data
// CHECK-NEXT: memref.prefetch %[[W]][%[[NP]], %[[NF]], %[[CB]], %[[R3]], %{{.+}}], read, locality<3>, data
// CHECK-NEXT: scf.for
// CHECK-NOT: memref.prefetch
// CHECK: return
func.func @points(%w: memref<4x2x2x16x32xf32>, %v: memref<4x2x4x16xf32>, %out: memref<4x2x4x32xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c4 = arith.constant 4 : index
  %c16 = arith.constant 16 : index
  %zero = arith.constant 0.0 : f32
  scf.parallel (%p, %fb, %row) = (%c0, %c0, %c0) to (%c4, %c2, %c4) step (%c1, %c1, %c1) {
    %init = vector.transfer_read %out[%p, %fb, %row, %c0], %zero {in_bounds = [true]} : memref<4x2x4x32xf32>, vector<32xf32>
    %sum = scf.for %cb = %c0 to %c2 step %c1 iter_args(%acc = %init) -> (vector<32xf32>) {
      %inner = scf.for %ci = %c0 to %c16 step %c1 iter_args(%a = %acc) -> (vector<32xf32>) {
        %x = vector.transfer_read %v[%p, %cb, %row, %ci], %zero {in_bounds = [true]} : memref<4x2x4x16xf32>, vector<1xf32>
        %w0 = vector.transfer_read %w[%p, %fb, %cb, %ci, %c0], %zero {in_bounds = [true]} : memref<4x2x2x16x32xf32>, vector<32xf32>
        %rw0 = vector.shape_cast %w0 : vector<32xf32> to vector<1x32xf32>
        %s0 = vector.contract {indexing_maps = [#x, #w, #acc], iterator_types = ["parallel", "reduction"], kind = #vector.kind<add>} %x, %rw0, %a : vector<1xf32>, vector<1x32xf32> into vector<32xf32>
        scf.yield %s0 : vector<32xf32>
      }
      scf.yield %inner : vector<32xf32>
    }
    vector.transfer_write %sum, %out[%p, %fb, %row, %c0] {in_bounds = [true]} : vector<32xf32>, memref<4x2x4x32xf32>
    scf.reduce
  }
  return
}
