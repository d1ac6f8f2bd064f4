// ov-split-by-live-taps: a blocked convolution (ov-block-convolutions: one
// op summing a product per kernel tap) whose taps read the input from part
// of the output plane only becomes an op per rectangle of the plane with
// the taps that read the input there, reading the unpadded input, each
// inserted into the result; a rectangle no tap reaches keeps the initial
// value; a convolution that would save too few products stays whole.
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-block-convolutions,ov-split-by-live-taps,canonicalize))' | FileCheck %s

// A 3x3 kernel with dilation 8 on a 10x10 plane padded by 8: along each
// dimension the first tap reads the input from outputs 8-9, the second
// from all, the third from 0-1. Rectangles of rows and columns 0-1, 2-7,
// 8-9: the 2x2 corners with 4 taps, the 6x6 center with the center tap
// only (196 of 900 products per filter and channel). The padding is gone.
// CHECK-LABEL: func.func @atrous
// CHECK-SAME: (%[[X:.*]]: tensor<1x32x10x10xf32>)
// CHECK-NOT: tensor.pad
// CHECK: %[[BLOCKED:.*]] = linalg.generic
// CHECK: %[[INIT:.*]] = linalg.fill
// The top left corner: taps (1, 1), (1, 2), (2, 1), (2, 2) read the input
// at (0, 0), (0, 8), (8, 0), (8, 8).
// CHECK: %[[PART:.*]] = tensor.extract_slice %[[INIT]][0, 0, 0, 0, 0] [1, 1, 2, 2, 32]
// CHECK: %[[T0:.*]] = tensor.extract_slice %[[BLOCKED]][0, 0, 0, 0, 0] [1, 1, 2, 2, 32]
// CHECK: %[[T1:.*]] = tensor.extract_slice %[[BLOCKED]][0, 0, 0, 8, 0] [1, 1, 2, 2, 32]
// CHECK: %[[T2:.*]] = tensor.extract_slice %[[BLOCKED]][0, 0, 8, 0, 0] [1, 1, 2, 2, 32]
// CHECK: %[[T3:.*]] = tensor.extract_slice %[[BLOCKED]][0, 0, 8, 8, 0] [1, 1, 2, 2, 32]
// CHECK: %[[CORNER:.*]] = linalg.generic
// CHECK-SAME: ins(%[[T0]], %[[W:[a-z_0-9]+]], %[[T1]], %[[W]], %[[T2]], %[[W]], %[[T3]], %[[W]] :
// CHECK-SAME: outs(%[[PART]] :
// CHECK: %[[R0:.*]] = tensor.insert_slice %[[CORNER]] into %[[INIT]][0, 0, 0, 0, 0] [1, 1, 2, 2, 32]
// The top edge: taps (1, 1) and (2, 1).
// CHECK: tensor.extract_slice %[[BLOCKED]][0, 0, 0, 2, 0] [1, 1, 2, 6, 32]
// CHECK: tensor.extract_slice %[[BLOCKED]][0, 0, 8, 2, 0] [1, 1, 2, 6, 32]
// CHECK: %[[EDGE:.*]] = linalg.generic
// CHECK: %[[R1:.*]] = tensor.insert_slice %[[EDGE]] into %[[R0]][0, 0, 0, 2, 0] [1, 1, 2, 6, 32]
// The center: tap (1, 1) alone.
// CHECK: %[[C:.*]] = tensor.extract_slice %[[BLOCKED]][0, 0, 2, 2, 0] [1, 1, 6, 6, 32]
// CHECK: %[[CENTER:.*]] = linalg.generic
// CHECK-SAME: ins(%[[C]], %[[W]] : tensor<1x1x6x6x32xf32>, tensor<1x1x32x32xf32>)
// CHECK: tensor.insert_slice %[[CENTER]] into %{{.*}}[0, 0, 2, 2, 0] [1, 1, 6, 6, 32]
// CHECK-COUNT-4: tensor.insert_slice
// CHECK-NOT: tensor.insert_slice
// CHECK: return
func.func @atrous(%x: tensor<1x32x10x10xf32>) -> tensor<1x32x10x10xf32> {
  %zero = arith.constant 0.0 : f32
  %w = arith.constant dense<0.5> : tensor<32x32x3x3xf32>
  %p = tensor.pad %x low[0, 0, 8, 8] high[0, 0, 8, 8] {
  ^bb0(%a: index, %b: index, %c: index, %d: index):
    tensor.yield %zero : f32
  } : tensor<1x32x10x10xf32> to tensor<1x32x26x26xf32>
  %init = tensor.empty() : tensor<1x32x10x10xf32>
  %fill = linalg.fill ins(%zero : f32) outs(%init : tensor<1x32x10x10xf32>) -> tensor<1x32x10x10xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<8> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%p, %w : tensor<1x32x26x26xf32>, tensor<32x32x3x3xf32>) outs(%fill : tensor<1x32x10x10xf32>) -> tensor<1x32x10x10xf32>
  return %c : tensor<1x32x10x10xf32>
}

// A 3x3 kernel padded by 1: only the border's products read padding (a
// fifth of them on 10x10): one op over the padded input, as it was.
// CHECK-LABEL: func.func @pad_one
// CHECK: tensor.pad
// CHECK: linalg.generic
// CHECK-SAME: "reduction", "reduction"
// CHECK-NOT: tensor.insert_slice
// CHECK: return
func.func @pad_one(%x: tensor<1x32x10x10xf32>) -> tensor<1x32x10x10xf32> {
  %zero = arith.constant 0.0 : f32
  %w = arith.constant dense<0.5> : tensor<32x32x3x3xf32>
  %p = tensor.pad %x low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%a: index, %b: index, %c: index, %d: index):
    tensor.yield %zero : f32
  } : tensor<1x32x10x10xf32> to tensor<1x32x12x12xf32>
  %init = tensor.empty() : tensor<1x32x10x10xf32>
  %fill = linalg.fill ins(%zero : f32) outs(%init : tensor<1x32x10x10xf32>) -> tensor<1x32x10x10xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%p, %w : tensor<1x32x12x12xf32>, tensor<32x32x3x3xf32>) outs(%fill : tensor<1x32x10x10xf32>) -> tensor<1x32x10x10xf32>
  return %c : tensor<1x32x10x10xf32>
}

// A 1x1 convolution of a 4x4 plane padded by 2 (an 8x8 result): its one
// tap reads the input from the 4x4 center only; the border keeps the
// initial value (1.0) and no op computes it.
// CHECK-LABEL: func.func @padded_pointwise
// CHECK-NOT: tensor.pad
// CHECK: %[[INIT:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<1x1x8x8x32xf32>)
// CHECK: %[[PART:.*]] = tensor.extract_slice %[[INIT]][0, 0, 2, 2, 0] [1, 1, 4, 4, 32]
// CHECK: %[[SUM:.*]] = linalg.generic
// CHECK-SAME: outs(%[[PART]] :
// CHECK: tensor.insert_slice %[[SUM]] into %[[INIT]][0, 0, 2, 2, 0] [1, 1, 4, 4, 32]
// CHECK-NOT: tensor.insert_slice
// CHECK: return
func.func @padded_pointwise(%x: tensor<1x32x4x4xf32>) -> tensor<1x32x8x8xf32> {
  %zero = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %w = arith.constant dense<0.5> : tensor<32x32x1x1xf32>
  %p = tensor.pad %x low[0, 0, 2, 2] high[0, 0, 2, 2] {
  ^bb0(%a: index, %b: index, %c: index, %d: index):
    tensor.yield %zero : f32
  } : tensor<1x32x4x4xf32> to tensor<1x32x8x8xf32>
  %init = tensor.empty() : tensor<1x32x8x8xf32>
  %fill = linalg.fill ins(%one : f32) outs(%init : tensor<1x32x8x8xf32>) -> tensor<1x32x8x8xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%p, %w : tensor<1x32x8x8xf32>, tensor<32x32x1x1xf32>) outs(%fill : tensor<1x32x8x8xf32>) -> tensor<1x32x8x8xf32>
  return %c : tensor<1x32x8x8xf32>
}

// The summed-taps op of one group of a grouped convolution reads a slice
// of the padded input's channel blocks (here the second of two): each
// rectangle reads the same channel blocks of the unpadded input.
// CHECK-LABEL: func.func @group_of_blocks
// CHECK-SAME: (%[[X:[a-z0-9]+]]: tensor<1x2x4x4x32xf32>
// CHECK: %[[T:.*]] = tensor.extract_slice %[[X]][0, 1, 0, 0, 0] [1, 1, 4, 4, 32] [1, 1, 1, 1, 1]
// CHECK: %[[SUM:.*]] = linalg.generic
// CHECK-SAME: ins(%[[T]], %{{[a-z0-9]+}} :
// CHECK: tensor.insert_slice %[[SUM]] into %{{.*}}[0, 0, 2, 2, 0] [1, 1, 4, 4, 32]
// CHECK-NOT: tensor.insert_slice
func.func @group_of_blocks(%x: tensor<1x2x4x4x32xf32>, %w: tensor<1x1x32x32xf32>, %init: tensor<1x1x8x8x32xf32>) -> tensor<1x1x8x8x32xf32> {
  %zero = arith.constant 0.0 : f32
  %p = tensor.pad %x low[0, 0, 2, 2, 0] high[0, 0, 2, 2, 0] {
  ^bb0(%a: index, %b: index, %c: index, %d: index, %e: index):
    tensor.yield %zero : f32
  } : tensor<1x2x4x4x32xf32> to tensor<1x2x8x8x32xf32>
  %s = tensor.extract_slice %p[0, 1, 0, 0, 0] [1, 1, 8, 8, 32] [1, 1, 1, 1, 1] : tensor<1x2x8x8x32xf32> to tensor<1x1x8x8x32xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(n, fb, h, w, fi, cb, ci) -> (n, cb, h, w, ci)>, affine_map<(n, fb, h, w, fi, cb, ci) -> (fb, cb, ci, fi)>, affine_map<(n, fb, h, w, fi, cb, ci) -> (n, fb, h, w, fi)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
      ins(%s, %w : tensor<1x1x8x8x32xf32>, tensor<1x1x32x32xf32>) outs(%init : tensor<1x1x8x8x32xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %m = arith.mulf %a, %b : f32
    %t = arith.addf %c, %m : f32
    linalg.yield %t : f32
  } -> tensor<1x1x8x8x32xf32>
  return %r : tensor<1x1x8x8x32xf32>
}
