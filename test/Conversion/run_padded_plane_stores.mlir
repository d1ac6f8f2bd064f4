// A 1x1 convolution (4 -> 16 channels on a 20 x 20 plane, then on a 12 x 12
// one) with a bias and a ReLU whose result is the padded input of a 3x3
// depthwise convolution,
// lowered and run by the JIT: the ReLU joins the convolution's register
// tiles, which store into the padded plane with a masked store per row a
// 16-lane piece touches (ov-tile-and-vectorize, PaddedPlaneStores.cpp: two
// rows of 20, up to three of 12); the 20 x 20 plane's second
// thread tile's last 16 positions are a scalar remainder, copied element by
// element. The input is x[c, h, w] = (W h + w) mod 7, every 1x1 weight
// 1/4 and the bias f - 8 for filter f, so the ReLU's plane in channel f is
// max((W h + w) mod 7 + f - 8, 0); the depthwise weights are 1. All values
// are small integers, exact in f32. Printed: the sums over each channel's
// plane (a value stored at the wrong place or a pad that is not zero would
// change them) and the sums over channels and rows of each column (which
// see a shift along the rows).
// RUN: ov-opt %s --ov-lower-to-llvm | %mlir_runner | FileCheck %s

// CHECK: sizes = [1, 16]
// CHECK-NEXT: {{\[\[}}0, 0, 0, 483, 1444, 2882, 4797, 7190, 10066, 13430, 16794, 20158, 23522, 26886, 30250, 33614]]
// CHECK: sizes = [1, 20]
// CHECK-NEXT: {{\[\[}}6775, 10090, 9940, 9775, 9672, 9792, 10002, 10155, 10090, 9940, 9775, 9672, 9792, 10002, 10155, 10090, 9940, 9775, 9672, 6412]]
// CHECK: sizes = [1, 16]
// CHECK-NEXT: {{\[\[}}0, 0, 0, 163, 488, 976, 1630, 2452, 3442, 4598, 5754, 6910, 8066, 9222, 10378, 11534]]
// CHECK: sizes = [1, 12]
// CHECK-NEXT: {{\[\[}}3873, 5715, 5749, 5710, 5899, 5875, 5925, 5825, 5715, 5749, 5710, 3868]]
func.func @block20(%x: tensor<1x4x20x20xf32>) -> (tensor<1x16xf32>, tensor<1x20xf32>) {
  %w = ov.constant dense<0.25> : tensor<16x4x1x1xf32>
  %c = ov.convolution %x, %w {strides = array<i64: 1, 1>, dilations = array<i64: 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>} : (tensor<1x4x20x20xf32>, tensor<16x4x1x1xf32>) -> tensor<1x16x20x20xf32>
  %b = ov.constant dense<[[[[-8.0]], [[-7.0]], [[-6.0]], [[-5.0]], [[-4.0]], [[-3.0]], [[-2.0]], [[-1.0]], [[0.0]], [[1.0]], [[2.0]], [[3.0]], [[4.0]], [[5.0]], [[6.0]], [[7.0]]]]> : tensor<1x16x1x1xf32>
  %s = ov.add %c, %b : (tensor<1x16x20x20xf32>, tensor<1x16x1x1xf32>) -> tensor<1x16x20x20xf32>
  %r = ov.relu %s : tensor<1x16x20x20xf32>
  %dw = ov.constant dense<1.0> : tensor<16x1x1x3x3xf32>
  %y = ov.group_convolution %r, %dw {strides = array<i64: 1, 1>, dilations = array<i64: 1, 1>, pads_begin = array<i64: 1, 1>, pads_end = array<i64: 1, 1>} : (tensor<1x16x20x20xf32>, tensor<16x1x1x3x3xf32>) -> tensor<1x16x20x20xf32>
  %planes = ov.constant dense<[2, 3]> : tensor<2xi64>
  %perChannel = ov.reduce_sum %y, %planes : (tensor<1x16x20x20xf32>, tensor<2xi64>) -> tensor<1x16xf32>
  %rows = ov.constant dense<[1, 2]> : tensor<2xi64>
  %perColumn = ov.reduce_sum %y, %rows : (tensor<1x16x20x20xf32>, tensor<2xi64>) -> tensor<1x20xf32>
  return %perChannel, %perColumn : tensor<1x16xf32>, tensor<1x20xf32>
}

func.func @block12(%x: tensor<1x4x12x12xf32>) -> (tensor<1x16xf32>, tensor<1x12xf32>) {
  %w = ov.constant dense<0.25> : tensor<16x4x1x1xf32>
  %c = ov.convolution %x, %w {strides = array<i64: 1, 1>, dilations = array<i64: 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>} : (tensor<1x4x12x12xf32>, tensor<16x4x1x1xf32>) -> tensor<1x16x12x12xf32>
  %b = ov.constant dense<[[[[-8.0]], [[-7.0]], [[-6.0]], [[-5.0]], [[-4.0]], [[-3.0]], [[-2.0]], [[-1.0]], [[0.0]], [[1.0]], [[2.0]], [[3.0]], [[4.0]], [[5.0]], [[6.0]], [[7.0]]]]> : tensor<1x16x1x1xf32>
  %s = ov.add %c, %b : (tensor<1x16x12x12xf32>, tensor<1x16x1x1xf32>) -> tensor<1x16x12x12xf32>
  %r = ov.relu %s : tensor<1x16x12x12xf32>
  %dw = ov.constant dense<1.0> : tensor<16x1x1x3x3xf32>
  %y = ov.group_convolution %r, %dw {strides = array<i64: 1, 1>, dilations = array<i64: 1, 1>, pads_begin = array<i64: 1, 1>, pads_end = array<i64: 1, 1>} : (tensor<1x16x12x12xf32>, tensor<16x1x1x3x3xf32>) -> tensor<1x16x12x12xf32>
  %planes = ov.constant dense<[2, 3]> : tensor<2xi64>
  %perChannel = ov.reduce_sum %y, %planes : (tensor<1x16x12x12xf32>, tensor<2xi64>) -> tensor<1x16xf32>
  %rows = ov.constant dense<[1, 2]> : tensor<2xi64>
  %perColumn = ov.reduce_sum %y, %rows : (tensor<1x16x12x12xf32>, tensor<2xi64>) -> tensor<1x12xf32>
  return %perChannel, %perColumn : tensor<1x16xf32>, tensor<1x12xf32>
}

func.func @main() {
  %empty20 = tensor.empty() : tensor<1x4x20x20xf32>
  %x20 = linalg.generic {indexing_maps = [affine_map<(n, c, h, w) -> (n, c, h, w)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%empty20 : tensor<1x4x20x20xf32>) {
  ^bb0(%out: f32):
    %h = linalg.index 2 : index
    %w = linalg.index 3 : index
    %cw = arith.constant 20 : index
    %c7 = arith.constant 7 : index
    %hw = arith.muli %h, %cw : index
    %p = arith.addi %hw, %w : index
    %m = arith.remui %p, %c7 : index
    %i = arith.index_cast %m : index to i32
    %f = arith.sitofp %i : i32 to f32
    linalg.yield %f : f32
  } -> tensor<1x4x20x20xf32>
  %sums20:2 = call @block20(%x20) : (tensor<1x4x20x20xf32>) -> (tensor<1x16xf32>, tensor<1x20xf32>)
  %a20 = tensor.cast %sums20#0 : tensor<1x16xf32> to tensor<*xf32>
  call @printMemrefF32(%a20) : (tensor<*xf32>) -> ()
  %b20 = tensor.cast %sums20#1 : tensor<1x20xf32> to tensor<*xf32>
  call @printMemrefF32(%b20) : (tensor<*xf32>) -> ()
  %empty12 = tensor.empty() : tensor<1x4x12x12xf32>
  %x12 = linalg.generic {indexing_maps = [affine_map<(n, c, h, w) -> (n, c, h, w)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%empty12 : tensor<1x4x12x12xf32>) {
  ^bb0(%out: f32):
    %h = linalg.index 2 : index
    %w = linalg.index 3 : index
    %cw = arith.constant 12 : index
    %c7 = arith.constant 7 : index
    %hw = arith.muli %h, %cw : index
    %p = arith.addi %hw, %w : index
    %m = arith.remui %p, %c7 : index
    %i = arith.index_cast %m : index to i32
    %f = arith.sitofp %i : i32 to f32
    linalg.yield %f : f32
  } -> tensor<1x4x12x12xf32>
  %sums12:2 = call @block12(%x12) : (tensor<1x4x12x12xf32>) -> (tensor<1x16xf32>, tensor<1x12xf32>)
  %a12 = tensor.cast %sums12#0 : tensor<1x16xf32> to tensor<*xf32>
  call @printMemrefF32(%a12) : (tensor<*xf32>) -> ()
  %b12 = tensor.cast %sums12#1 : tensor<1x12xf32> to tensor<*xf32>
  call @printMemrefF32(%b12) : (tensor<*xf32>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>)
