// ov-winograd-convolutions: a blocked stride-1 3x3 convolution (the
// summed-taps op of ov-block-convolutions) with at least
// 32 input channels and filters (more than 32 when V and M exceed 16 MiB)
// becomes Winograd's F(2x2, 3x3): the input
// transform over 16 stride-2 slices of the padded input (16 results, the
// points of V), one contraction with the points as a batch loop (M = V U,
// U transformed at compile time), and the output transform adding to the
// initial value (4 results, the output's stride-2 phases).
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-block-convolutions,ov-winograd-convolutions,canonicalize))' | FileCheck %s

// CHECK-DAG: #[[V:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d5, d2, d3, d6)>
// CHECK-DAG: #[[U:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d5, d6, d4)>
// CHECK-DAG: #[[M:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d2, d3, d4)>
// CHECK-LABEL: func.func @winograd
// U = G g G^T, computed at compile time (its values: the numeric tests,
// test/Tools/ov-run_codegen_numeric.test); the resource key gets a suffix
// in the order the functions' passes ran, which varies between runs.
// CHECK-DAG: %[[UC:.*]] = arith.constant dense_resource<winograd_filter{{(_[0-9]+)?}}> : tensor<16x2x2x32x32xf32>
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[PADDED:.*]] = tensor.pad
// The result, whole 2x2 blocks (here the plane itself).
// CHECK: %[[OUT:.*]] = tensor.empty() : tensor<1x2x8x8x32xf32>
// The 4x4 blocks' elements: d[a][b] of block (i, j) at (2i + a, 2j + b).
// CHECK: %[[D00:.*]] = tensor.extract_slice %[[PADDED]][0, 0, 0, 0, 0] [1, 2, 4, 4, 32] [1, 1, 2, 2, 1] : tensor<1x2x10x10x32xf32> to tensor<1x2x4x4x32xf32>
// CHECK: tensor.extract_slice %[[PADDED]][0, 0, 0, 1, 0] [1, 2, 4, 4, 32] [1, 1, 2, 2, 1]
// CHECK: %[[D33:.*]] = tensor.extract_slice %[[PADDED]][0, 0, 3, 3, 0] [1, 2, 4, 4, 32] [1, 1, 2, 2, 1]
// CHECK: %[[VEMPTY:.*]] = tensor.empty() : tensor<16x2x4x4x32xf32>
// V = B^T d B: V[0][0] = (d00 - d20) - (d02 - d22).
// CHECK: %[[INPUT:.*]]:16 = linalg.generic
// CHECK-SAME: ins(%[[D00]],
// CHECK-SAME: %[[D33]] :
// CHECK-NEXT: ^bb0(%[[E00:[a-z0-9_]+]]: f32, %[[E01:[a-z0-9_]+]]: f32, %[[E02:[a-z0-9_]+]]: f32, %{{[a-z0-9_]+}}: f32, %{{[a-z0-9_]+}}: f32, %{{[a-z0-9_]+}}: f32, %{{[a-z0-9_]+}}: f32, %{{[a-z0-9_]+}}: f32, %[[E20:[a-z0-9_]+]]: f32, %{{[a-z0-9_]+}}: f32, %[[E22:[a-z0-9_]+]]: f32,
// CHECK: %[[T00:.*]] = arith.subf %[[E00]], %[[E20]] : f32
// CHECK: %[[T02:.*]] = arith.subf %[[E02]], %[[E22]] : f32
// CHECK: %[[V00:.*]] = arith.subf %[[T00]], %[[T02]] : f32
// CHECK: linalg.yield %[[V00]],
// CHECK: %[[V0:.*]] = tensor.insert_slice %[[INPUT]]#0 into %[[VEMPTY]][0, 0, 0, 0, 0] [1, 2, 4, 4, 32] [1, 1, 1, 1, 1]
// CHECK: %[[VALL:.*]] = tensor.insert_slice %[[INPUT]]#15 into %{{.*}}[15, 0, 0, 0, 0] [1, 2, 4, 4, 32] [1, 1, 1, 1, 1]
// CHECK: %[[MZERO:.*]] = linalg.fill {{.*}} -> tensor<16x2x4x4x32xf32>
// CHECK: %[[PRODUCTS:.*]] = linalg.generic {indexing_maps = [#[[V]], #[[U]], #[[M]]], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%[[VALL]], %[[UC]] : {{.*}}) outs(%[[MZERO]] :
// out = init + A^T M A, each phase into its slice of a new tensor; the
// initial value here is a fill: its scalar is added.
// CHECK: %[[M00:.*]] = tensor.extract_slice %[[PRODUCTS]][0, 0, 0, 0, 0] [1, 2, 4, 4, 32] [1, 1, 1, 1, 1]
// CHECK: %[[P00:.*]] = tensor.extract_slice %[[OUT]][0, 0, 0, 0, 0] [1, 2, 4, 4, 32] [1, 1, 2, 2, 1]
// CHECK: %[[P11:.*]] = tensor.extract_slice %[[OUT]][0, 0, 1, 1, 0] [1, 2, 4, 4, 32] [1, 1, 2, 2, 1]
// CHECK: %[[OUTPUT:.*]]:4 = linalg.generic
// CHECK-SAME: ins(%[[M00]],
// CHECK-SAME: outs(%[[P00]], %{{.*}}, %{{.*}}, %[[P11]] :
// CHECK: %[[Y00:.*]] = arith.addf %{{.*}}, %[[ZERO]] : f32
// CHECK: linalg.yield %[[Y00]],
// CHECK: %[[R0:.*]] = tensor.insert_slice %[[OUTPUT]]#0 into %[[OUT]][0, 0, 0, 0, 0] [1, 2, 4, 4, 32] [1, 1, 2, 2, 1]
// CHECK: %[[R1:.*]] = tensor.insert_slice %[[OUTPUT]]#1 into %[[R0]][0, 0, 0, 1, 0] [1, 2, 4, 4, 32] [1, 1, 2, 2, 1]
// CHECK: %[[R2:.*]] = tensor.insert_slice %[[OUTPUT]]#2 into %[[R1]][0, 0, 1, 0, 0] [1, 2, 4, 4, 32] [1, 1, 2, 2, 1]
// CHECK: %[[R3:.*]] = tensor.insert_slice %[[OUTPUT]]#3 into %[[R2]][0, 0, 1, 1, 0] [1, 2, 4, 4, 32] [1, 1, 2, 2, 1]
// The ReLU reads the result reordered to NCHW (the function's result): it
// stays an op of its own.
// CHECK: linalg.generic {{.*}} ins(%[[R3]] :
// CHECK: arith.maximumf

func.func @winograd(%x: tensor<1x64x8x8xf32>) -> tensor<1x64x8x8xf32> {
  %zero = arith.constant 0.0 : f32
  %w = arith.constant dense<0.5> : tensor<64x64x3x3xf32>
  %p = tensor.pad %x low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%a: index, %b: index, %c: index, %d: index):
    tensor.yield %zero : f32
  } : tensor<1x64x8x8xf32> to tensor<1x64x10x10xf32>
  %init = tensor.empty() : tensor<1x64x8x8xf32>
  %fill = linalg.fill ins(%zero : f32) outs(%init : tensor<1x64x8x8xf32>) -> tensor<1x64x8x8xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%p, %w : tensor<1x64x10x10xf32>, tensor<64x64x3x3xf32>) outs(%fill : tensor<1x64x8x8xf32>) -> tensor<1x64x8x8xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(a, b, c, d) -> (a, b, c, d)>, affine_map<(a, b, c, d) -> (a, b, c, d)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%c : tensor<1x64x8x8xf32>) outs(%init : tensor<1x64x8x8xf32>) {
  ^bb0(%i: f32, %o: f32):
    %m = arith.maximumf %i, %zero : f32
    linalg.yield %m : f32
  } -> tensor<1x64x8x8xf32>
  return %r : tensor<1x64x8x8xf32>
}

// An odd plane (7x7) is computed on 8x8: the padded input gets one more
// row and column of zeros, the 4x4 blocks of outputs are cropped to 7x7.
// CHECK-LABEL: func.func @odd_plane
// CHECK: %[[PADDED:.*]] = tensor.pad
// CHECK: } : tensor<1x2x7x7x32xf32> to tensor<1x2x10x10x32xf32>
// CHECK: tensor.extract_slice %[[PADDED]][0, 0, 3, 3, 0] [1, 2, 4, 4, 32] [1, 1, 2, 2, 1]
// CHECK: linalg.generic {{.*}} ins(%{{.*}}, %{{.*}} : tensor<16x2x4x4x32xf32>, tensor<16x2x2x32x32xf32>)
// CHECK: %[[EVEN:.*]] = tensor.insert_slice %{{.*}}#3 into %{{.*}}[0, 0, 1, 1, 0] [1, 2, 4, 4, 32] [1, 1, 2, 2, 1] : tensor<1x2x4x4x32xf32> into tensor<1x2x8x8x32xf32>
// CHECK: tensor.extract_slice %[[EVEN]][0, 0, 0, 0, 0] [1, 2, 7, 7, 32] [1, 1, 1, 1, 1]
// CHECK: return
func.func @odd_plane(%x: tensor<1x64x7x7xf32>) -> tensor<1x64x7x7xf32> {
  %zero = arith.constant 0.0 : f32
  %w = arith.constant dense<0.5> : tensor<64x64x3x3xf32>
  %p = tensor.pad %x low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%a: index, %b: index, %c: index, %d: index):
    tensor.yield %zero : f32
  } : tensor<1x64x7x7xf32> to tensor<1x64x9x9xf32>
  %init = tensor.empty() : tensor<1x64x7x7xf32>
  %fill = linalg.fill ins(%zero : f32) outs(%init : tensor<1x64x7x7xf32>) -> tensor<1x64x7x7xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%p, %w : tensor<1x64x9x9xf32>, tensor<64x64x3x3xf32>) outs(%fill : tensor<1x64x7x7xf32>) -> tensor<1x64x7x7xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(a, b, c, d) -> (a, b, c, d)>, affine_map<(a, b, c, d) -> (a, b, c, d)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%c : tensor<1x64x7x7xf32>) outs(%init : tensor<1x64x7x7xf32>) {
  ^bb0(%i: f32, %o: f32):
    %m = arith.maximumf %i, %zero : f32
    linalg.yield %m : f32
  } -> tensor<1x64x7x7xf32>
  return %r : tensor<1x64x7x7xf32>
}

// Without padding (a 9x9 input, a 7x7 output): the taps slice the blocked
// input itself; the last blocks read one row and column past it, so it
// gets that much zero padding, after only; the 8x8 result is cropped.
// CHECK-LABEL: func.func @unpadded
// CHECK: %[[BLOCKED:.*]] = linalg.generic {{.*}} outs(%{{.*}} : tensor<1x2x9x9x32xf32>)
// CHECK: %[[PADDED:.*]] = tensor.pad %[[BLOCKED]] low[0, 0, 0, 0, 0] high[0, 0, 1, 1, 0]
// CHECK: } : tensor<1x2x9x9x32xf32> to tensor<1x2x10x10x32xf32>
// CHECK: tensor.extract_slice %[[PADDED]][0, 0, 3, 3, 0] [1, 2, 4, 4, 32] [1, 1, 2, 2, 1]
// CHECK: linalg.generic {{.*}} ins(%{{.*}}, %{{.*}} : tensor<16x2x4x4x32xf32>, tensor<16x2x2x32x32xf32>)
// CHECK: %[[EVEN:.*]] = tensor.insert_slice %{{.*}}#3 into %{{.*}}[0, 0, 1, 1, 0] [1, 2, 4, 4, 32] [1, 1, 2, 2, 1] : tensor<1x2x4x4x32xf32> into tensor<1x2x8x8x32xf32>
// CHECK: tensor.extract_slice %[[EVEN]][0, 0, 0, 0, 0] [1, 2, 7, 7, 32] [1, 1, 1, 1, 1]
// CHECK: return
func.func @unpadded(%x: tensor<1x64x9x9xf32>) -> tensor<1x64x7x7xf32> {
  %zero = arith.constant 0.0 : f32
  %w = arith.constant dense<0.5> : tensor<64x64x3x3xf32>
  %init = tensor.empty() : tensor<1x64x7x7xf32>
  %fill = linalg.fill ins(%zero : f32) outs(%init : tensor<1x64x7x7xf32>) -> tensor<1x64x7x7xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x64x9x9xf32>, tensor<64x64x3x3xf32>) outs(%fill : tensor<1x64x7x7xf32>) -> tensor<1x64x7x7xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(a, b, c, d) -> (a, b, c, d)>, affine_map<(a, b, c, d) -> (a, b, c, d)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%c : tensor<1x64x7x7xf32>) outs(%init : tensor<1x64x7x7xf32>) {
  ^bb0(%i: f32, %o: f32):
    %m = arith.maximumf %i, %zero : f32
    linalg.yield %m : f32
  } -> tensor<1x64x7x7xf32>
  return %r : tensor<1x64x7x7xf32>
}

// A 1x1 layer to 32 channels, a 3x3 one to 64 filters on 148x148 and a
// 1x1 one (a chain the blocker blocks): V
// and M (34 MB) would not fit the caches, the transforms' passes over them
// would cost more than the products saved: direct (blocked).
// CHECK-LABEL: func.func @narrow_large_plane
// CHECK-NOT: winograd_filter
// CHECK: arith.constant dense<5.000000e-01> : tensor<2x1x32x32xf32>
// CHECK-NOT: tensor<16x
// CHECK: return
func.func @narrow_large_plane(%x: tensor<1x64x148x148xf32>) -> tensor<1x64x148x148xf32> {
  %zero = arith.constant 0.0 : f32
  %w1 = arith.constant dense<0.5> : tensor<32x64x1x1xf32>
  %w = arith.constant dense<0.5> : tensor<64x32x3x3xf32>
  %init1 = tensor.empty() : tensor<1x32x148x148xf32>
  %fill1 = linalg.fill ins(%zero : f32) outs(%init1 : tensor<1x32x148x148xf32>) -> tensor<1x32x148x148xf32>
  %c1 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w1 : tensor<1x64x148x148xf32>, tensor<32x64x1x1xf32>) outs(%fill1 : tensor<1x32x148x148xf32>) -> tensor<1x32x148x148xf32>
  %p = tensor.pad %c1 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%a: index, %b: index, %c: index, %d: index):
    tensor.yield %zero : f32
  } : tensor<1x32x148x148xf32> to tensor<1x32x150x150xf32>
  %init = tensor.empty() : tensor<1x64x148x148xf32>
  %fill = linalg.fill ins(%zero : f32) outs(%init : tensor<1x64x148x148xf32>) -> tensor<1x64x148x148xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%p, %w : tensor<1x32x150x150xf32>, tensor<64x32x3x3xf32>) outs(%fill : tensor<1x64x148x148xf32>) -> tensor<1x64x148x148xf32>
  %w3 = arith.constant dense<0.25> : tensor<64x64x1x1xf32>
  %c3 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%c, %w3 : tensor<1x64x148x148xf32>, tensor<64x64x1x1xf32>) outs(%fill : tensor<1x64x148x148xf32>) -> tensor<1x64x148x148xf32>
  return %c3 : tensor<1x64x148x148xf32>
}

// The same chain on 74x74 (V and M 8 MB): Winograd.
// CHECK-LABEL: func.func @narrow_small_plane
// CHECK: winograd_filter{{.*}} : tensor<16x2x1x32x32xf32>
// CHECK: return
func.func @narrow_small_plane(%x: tensor<1x64x74x74xf32>) -> tensor<1x64x74x74xf32> {
  %zero = arith.constant 0.0 : f32
  %w1 = arith.constant dense<0.5> : tensor<32x64x1x1xf32>
  %w = arith.constant dense<0.5> : tensor<64x32x3x3xf32>
  %init1 = tensor.empty() : tensor<1x32x74x74xf32>
  %fill1 = linalg.fill ins(%zero : f32) outs(%init1 : tensor<1x32x74x74xf32>) -> tensor<1x32x74x74xf32>
  %c1 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w1 : tensor<1x64x74x74xf32>, tensor<32x64x1x1xf32>) outs(%fill1 : tensor<1x32x74x74xf32>) -> tensor<1x32x74x74xf32>
  %p = tensor.pad %c1 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%a: index, %b: index, %c: index, %d: index):
    tensor.yield %zero : f32
  } : tensor<1x32x74x74xf32> to tensor<1x32x76x76xf32>
  %init = tensor.empty() : tensor<1x64x74x74xf32>
  %fill = linalg.fill ins(%zero : f32) outs(%init : tensor<1x64x74x74xf32>) -> tensor<1x64x74x74xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%p, %w : tensor<1x32x76x76xf32>, tensor<64x32x3x3xf32>) outs(%fill : tensor<1x64x74x74xf32>) -> tensor<1x64x74x74xf32>
  %w3 = arith.constant dense<0.25> : tensor<64x64x1x1xf32>
  %c3 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%c, %w3 : tensor<1x64x74x74xf32>, tensor<64x64x1x1xf32>) outs(%fill : tensor<1x64x74x74xf32>) -> tensor<1x64x74x74xf32>
  return %c3 : tensor<1x64x74x74xf32>
}

// 16 input channels: the contraction's K loop would be too short.
// CHECK-LABEL: func.func @few_channels
// CHECK-NOT: winograd_filter
// CHECK-NOT: tensor<16x
// CHECK: return
func.func @few_channels(%x: tensor<1x16x8x8xf32>) -> tensor<1x64x8x8xf32> {
  %zero = arith.constant 0.0 : f32
  %w = arith.constant dense<0.5> : tensor<64x16x3x3xf32>
  %p = tensor.pad %x low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%a: index, %b: index, %c: index, %d: index):
    tensor.yield %zero : f32
  } : tensor<1x16x8x8xf32> to tensor<1x16x10x10xf32>
  %init = tensor.empty() : tensor<1x64x8x8xf32>
  %fill = linalg.fill ins(%zero : f32) outs(%init : tensor<1x64x8x8xf32>) -> tensor<1x64x8x8xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%p, %w : tensor<1x16x10x10xf32>, tensor<64x16x3x3xf32>) outs(%fill : tensor<1x64x8x8xf32>) -> tensor<1x64x8x8xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(a, b, c, d) -> (a, b, c, d)>, affine_map<(a, b, c, d) -> (a, b, c, d)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%c : tensor<1x64x8x8xf32>) outs(%init : tensor<1x64x8x8xf32>) {
  ^bb0(%i: f32, %o: f32):
    %m = arith.maximumf %i, %zero : f32
    linalg.yield %m : f32
  } -> tensor<1x64x8x8xf32>
  return %r : tensor<1x64x8x8xf32>
}

// A bias and a ReLU on the blocked result (a 1x1 convolution reads it): the
// output transform reads the bias per channel (not a broadcast plane) and
// applies the ReLU to each phase; no other op reads the result.
// CHECK-LABEL: func.func @bias_relu
// CHECK-SAME: %[[B:[a-z0-9]+]]: tensor<64xf32>
// CHECK: %[[BIAS:.*]] = tensor.expand_shape %[[B]] {{.*}} into tensor<2x32xf32>
// CHECK: %[[OUTPUT:.*]]:4 = linalg.generic
// CHECK-SAME: %[[BIAS]] : {{.*}}tensor<2x32xf32>)
// CHECK-COUNT-4: arith.maximumf
// CHECK: linalg.yield
// CHECK: %[[R:.*]] = tensor.insert_slice %[[OUTPUT]]#3
// CHECK-NOT: arith.maximumf
// CHECK: %[[BLOCKED:.*]] = tensor.collapse_shape %[[R]]
// CHECK: linalg.generic {{.*}} ins(%[[BLOCKED]],
// CHECK: return
func.func @bias_relu(%x: tensor<1x64x8x8xf32>, %bias: tensor<64xf32>) -> tensor<1x32x8x8xf32> {
  %zero = arith.constant 0.0 : f32
  %w = arith.constant dense<0.5> : tensor<64x64x3x3xf32>
  %w2 = arith.constant dense<0.25> : tensor<32x64x1x1xf32>
  %p = tensor.pad %x low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%a: index, %b: index, %c: index, %d: index):
    tensor.yield %zero : f32
  } : tensor<1x64x8x8xf32> to tensor<1x64x10x10xf32>
  %init = tensor.empty() : tensor<1x64x8x8xf32>
  %b = linalg.generic {indexing_maps = [affine_map<(a, b, c, d) -> (b)>, affine_map<(a, b, c, d) -> (a, b, c, d)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%bias : tensor<64xf32>) outs(%init : tensor<1x64x8x8xf32>) {
  ^bb0(%i: f32, %o: f32):
    linalg.yield %i : f32
  } -> tensor<1x64x8x8xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%p, %w : tensor<1x64x10x10xf32>, tensor<64x64x3x3xf32>) outs(%b : tensor<1x64x8x8xf32>) -> tensor<1x64x8x8xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(a, b, c, d) -> (a, b, c, d)>, affine_map<(a, b, c, d) -> (a, b, c, d)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%c : tensor<1x64x8x8xf32>) outs(%init : tensor<1x64x8x8xf32>) {
  ^bb0(%i: f32, %o: f32):
    %m = arith.maximumf %i, %zero : f32
    linalg.yield %m : f32
  } -> tensor<1x64x8x8xf32>
  %init2 = tensor.empty() : tensor<1x32x8x8xf32>
  %fill2 = linalg.fill ins(%zero : f32) outs(%init2 : tensor<1x32x8x8xf32>) -> tensor<1x32x8x8xf32>
  %y = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%r, %w2 : tensor<1x64x8x8xf32>, tensor<32x64x1x1xf32>) outs(%fill2 : tensor<1x32x8x8xf32>) -> tensor<1x32x8x8xf32>
  return %y : tensor<1x32x8x8xf32>
}

// An odd plane whose initial value is a tensor of its own (read phase by
// phase on an even plane, it would be read past its end): left direct.
// CHECK-LABEL: func.func @odd_plane_initial_tensor
// CHECK-NOT: winograd_filter
// CHECK-NOT: tensor<16x
// CHECK: return
func.func @odd_plane_initial_tensor(%x: tensor<1x64x7x7xf32>, %init: tensor<1x64x7x7xf32>) -> tensor<1x64x7x7xf32> {
  %zero = arith.constant 0.0 : f32
  %w = arith.constant dense<0.5> : tensor<64x64x3x3xf32>
  %p = tensor.pad %x low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%a: index, %b: index, %c: index, %d: index):
    tensor.yield %zero : f32
  } : tensor<1x64x7x7xf32> to tensor<1x64x9x9xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%p, %w : tensor<1x64x9x9xf32>, tensor<64x64x3x3xf32>) outs(%init : tensor<1x64x7x7xf32>) -> tensor<1x64x7x7xf32>
  %e = tensor.empty() : tensor<1x64x7x7xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(a, b, c, d) -> (a, b, c, d)>, affine_map<(a, b, c, d) -> (a, b, c, d)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%c : tensor<1x64x7x7xf32>) outs(%e : tensor<1x64x7x7xf32>) {
  ^bb0(%i: f32, %o: f32):
    %m = arith.maximumf %i, %zero : f32
    linalg.yield %m : f32
  } -> tensor<1x64x7x7xf32>
  return %r : tensor<1x64x7x7xf32>
}

// The same on an even plane: the initial value (the reorder of %init into
// blocks) is read phase by phase, as inputs of the output transform.
// CHECK-LABEL: func.func @initial_tensor
// CHECK: %[[INIT:.*]] = linalg.generic {{.*}} ins(%{{.*}} : tensor<1x2x32x8x8xf32>) outs(%{{.*}} : tensor<1x2x8x8x32xf32>)
// CHECK: %[[I00:.*]] = tensor.extract_slice %[[INIT]][0, 0, 0, 0, 0] [1, 2, 4, 4, 32] [1, 1, 2, 2, 1]
// CHECK: %[[I01:.*]] = tensor.extract_slice %[[INIT]][0, 0, 0, 1, 0] [1, 2, 4, 4, 32] [1, 1, 2, 2, 1]
// CHECK: %[[I10:.*]] = tensor.extract_slice %[[INIT]][0, 0, 1, 0, 0] [1, 2, 4, 4, 32] [1, 1, 2, 2, 1]
// CHECK: %[[I11:.*]] = tensor.extract_slice %[[INIT]][0, 0, 1, 1, 0] [1, 2, 4, 4, 32] [1, 1, 2, 2, 1]
// CHECK: linalg.generic
// CHECK-SAME: %[[I00]], %[[I01]], %[[I10]], %[[I11]] :
// CHECK: return
func.func @initial_tensor(%x: tensor<1x64x8x8xf32>, %init: tensor<1x64x8x8xf32>) -> tensor<1x64x8x8xf32> {
  %zero = arith.constant 0.0 : f32
  %w = arith.constant dense<0.5> : tensor<64x64x3x3xf32>
  %p = tensor.pad %x low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%a: index, %b: index, %c: index, %d: index):
    tensor.yield %zero : f32
  } : tensor<1x64x8x8xf32> to tensor<1x64x10x10xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%p, %w : tensor<1x64x10x10xf32>, tensor<64x64x3x3xf32>) outs(%init : tensor<1x64x8x8xf32>) -> tensor<1x64x8x8xf32>
  %e = tensor.empty() : tensor<1x64x8x8xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(a, b, c, d) -> (a, b, c, d)>, affine_map<(a, b, c, d) -> (a, b, c, d)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%c : tensor<1x64x8x8xf32>) outs(%e : tensor<1x64x8x8xf32>) {
  ^bb0(%i: f32, %o: f32):
    %m = arith.maximumf %i, %zero : f32
    linalg.yield %m : f32
  } -> tensor<1x64x8x8xf32>
  return %r : tensor<1x64x8x8xf32>
}

// Five images: each would get three ops of its own (code and compile time
// growing with the batch): left direct.
// CHECK-LABEL: func.func @five_images
// CHECK-NOT: winograd_filter
// CHECK-NOT: tensor<16x
// CHECK: return
func.func @five_images(%x: tensor<5x64x8x8xf32>) -> tensor<5x64x8x8xf32> {
  %zero = arith.constant 0.0 : f32
  %w = arith.constant dense<0.5> : tensor<64x64x3x3xf32>
  %p = tensor.pad %x low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%a: index, %b: index, %c: index, %d: index):
    tensor.yield %zero : f32
  } : tensor<5x64x8x8xf32> to tensor<5x64x10x10xf32>
  %init = tensor.empty() : tensor<5x64x8x8xf32>
  %fill = linalg.fill ins(%zero : f32) outs(%init : tensor<5x64x8x8xf32>) -> tensor<5x64x8x8xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%p, %w : tensor<5x64x10x10xf32>, tensor<64x64x3x3xf32>) outs(%fill : tensor<5x64x8x8xf32>) -> tensor<5x64x8x8xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(a, b, c, d) -> (a, b, c, d)>, affine_map<(a, b, c, d) -> (a, b, c, d)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%c : tensor<5x64x8x8xf32>) outs(%init : tensor<5x64x8x8xf32>) {
  ^bb0(%i: f32, %o: f32):
    %m = arith.maximumf %i, %zero : f32
    linalg.yield %m : f32
  } -> tensor<5x64x8x8xf32>
  return %r : tensor<5x64x8x8xf32>
}
