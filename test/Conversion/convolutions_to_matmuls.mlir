// ov-convolutions-to-matmuls: 2-D convolutions as contractions.
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-convolutions-to-matmuls))' | FileCheck %s
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-convolutions-to-matmuls))' --mlir-print-local-scope | FileCheck %s --check-prefix=MAPS

// Planes of 128 positions or more: the plain forms. 1x1 with unit strides:
// the collapsed input is the right-hand side, no copy.
// CHECK-LABEL: func.func @pointwise
// CHECK-DAG: %[[W:.*]] = tensor.collapse_shape %arg1 {{\[\[}}0], [1, 2, 3]] : tensor<32x16x1x1xf32> into tensor<32x16xf32>
// CHECK-DAG: %[[X:.*]] = tensor.collapse_shape %arg0 {{\[\[}}0], [1], [2, 3]] : tensor<1x16x16x16xf32> into tensor<1x16x256xf32>
// CHECK: %[[MM:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%[[W]], %[[X]] : tensor<32x16xf32>, tensor<1x16x256xf32>)
// CHECK: arith.mulf
// CHECK: arith.addf
// CHECK: tensor.expand_shape %[[MM]] {{\[\[}}0], [1], [2, 3]] {{.*}} into tensor<1x32x16x16xf32>
func.func @pointwise(%x: tensor<1x16x16x16xf32>, %w: tensor<32x16x1x1xf32>, %init: tensor<1x32x16x16xf32>) -> tensor<1x32x16x16xf32> {
  %c = linalg.conv_2d_nchw_fchw {strides = dense<1> : tensor<2xi64>, dilations = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x16x16x16xf32>, tensor<32x16x1x1xf32>) outs(%init : tensor<1x32x16x16xf32>) -> tensor<1x32x16x16xf32>
  return %c : tensor<1x32x16x16xf32>
}

// 3x3 with stride 3: an im2col copy [N, C * 9, OH * OW], then the contraction.
// CHECK-LABEL: func.func @im2col
// CHECK: %[[COL:.*]] = linalg.generic {{.*}} ins(%arg0 : tensor<1x16x48x48xf32>) outs(%{{.*}} : tensor<1x144x256xf32>)
// CHECK: linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%{{.*}}, %[[COL]] : tensor<32x144xf32>, tensor<1x144x256xf32>)
func.func @im2col(%x: tensor<1x16x48x48xf32>, %w: tensor<32x16x3x3xf32>, %init: tensor<1x32x16x16xf32>) -> tensor<1x32x16x16xf32> {
  %c = linalg.conv_2d_nchw_fchw {strides = dense<3> : tensor<2xi64>, dilations = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x16x48x48xf32>, tensor<32x16x3x3xf32>) outs(%init : tensor<1x32x16x16xf32>) -> tensor<1x32x16x16xf32>
  return %c : tensor<1x32x16x16xf32>
}

// Dynamic shapes and integer types keep the convolution.
// CHECK-LABEL: func.func @dynamic
// CHECK: linalg.conv_2d_nchw_fchw
// CHECK-LABEL: func.func @integer
// CHECK: linalg.conv_2d_nchw_fchw
func.func @dynamic(%x: tensor<?x16x7x7xf32>, %w: tensor<32x16x1x1xf32>, %init: tensor<?x32x7x7xf32>) -> tensor<?x32x7x7xf32> {
  %c = linalg.conv_2d_nchw_fchw {strides = dense<1> : tensor<2xi64>, dilations = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<?x16x7x7xf32>, tensor<32x16x1x1xf32>) outs(%init : tensor<?x32x7x7xf32>) -> tensor<?x32x7x7xf32>
  return %c : tensor<?x32x7x7xf32>
}
func.func @integer(%x: tensor<1x16x7x7xi32>, %w: tensor<32x16x1x1xi32>, %init: tensor<1x32x7x7xi32>) -> tensor<1x32x7x7xi32> {
  %c = linalg.conv_2d_nchw_fchw {strides = dense<1> : tensor<2xi64>, dilations = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x16x7x7xi32>, tensor<32x16x1x1xi32>) outs(%init : tensor<1x32x7x7xi32>) -> tensor<1x32x7x7xi32>
  return %c : tensor<1x32x7x7xi32>
}

// Small output planes (fewer than 128 positions) are computed on panels of
// 32 positions. 1x1: the input [1, 16, 49] is padded to 64 positions and
// transposed into panels [1, 2, 16, 32]; the accumulator is a new filled
// tensor [1, 32, 2, 32] (the plane is not whole panels), and the first 49
// positions are the result.
// CHECK-LABEL: func.func @packed_pointwise
// CHECK: %[[PAD:.*]] = tensor.pad {{.*}} high[0, 0, 15]
// CHECK: %[[BLOCKS:.*]] = tensor.expand_shape %[[PAD]] {{\[\[}}0], [1], [2, 3]] output_shape [1, 16, 2, 32]
// CHECK: %[[PANELS:.*]] = linalg.transpose ins(%[[BLOCKS]] : tensor<1x16x2x32xf32>) outs(%{{.*}} : tensor<1x2x16x32xf32>) permutation = [0, 2, 1, 3]
// CHECK: %[[ACC:.*]] = linalg.fill ins(%cst{{.*}} : f32) outs(%{{.*}} : tensor<1x32x2x32xf32>)
// CHECK: %[[C:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%{{.*}}, %[[PANELS]] : tensor<32x16xf32>, tensor<1x2x16x32xf32>) outs(%[[ACC]] : tensor<1x32x2x32xf32>)
// CHECK: %[[FLAT:.*]] = tensor.collapse_shape %[[C]] {{\[\[}}0], [1], [2, 3]] : tensor<1x32x2x32xf32> into tensor<1x32x64xf32>
// CHECK: %[[SLICE:.*]] = tensor.extract_slice %[[FLAT]][0, 0, 0] [1, 32, 49] [1, 1, 1]
// CHECK: tensor.expand_shape %[[SLICE]] {{.*}} into tensor<1x32x7x7xf32>
func.func @packed_pointwise(%x: tensor<1x16x7x7xf32>, %w: tensor<32x16x1x1xf32>) -> tensor<1x32x7x7xf32> {
  %zero = arith.constant 0.0 : f32
  %empty = tensor.empty() : tensor<1x32x7x7xf32>
  %init = linalg.fill ins(%zero : f32) outs(%empty : tensor<1x32x7x7xf32>) -> tensor<1x32x7x7xf32>
  %c = linalg.conv_2d_nchw_fchw {strides = dense<1> : tensor<2xi64>, dilations = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x16x7x7xf32>, tensor<32x16x1x1xf32>) outs(%init : tensor<1x32x7x7xf32>) -> tensor<1x32x7x7xf32>
  return %c : tensor<1x32x7x7xf32>
}

// 3x3 with stride 3 and an 8x8 plane (two whole panels): the patches are
// gathered into panels [1, 2, 144, 32] (input position from the panel
// position: q = 32 * pb + pi, oh = q / 8, ow = q mod 8), and the accumulator
// is the output viewed as panels.
// CHECK-LABEL: func.func @packed_im2col
// CHECK: %[[PATCHES:.*]] = linalg.generic {{.*}} outs(%{{.*}} : tensor<1x2x144x32xf32>)
// CHECK: arith.divui %{{.*}}, %c8
// CHECK: arith.remui %{{.*}}, %c8
// CHECK: tensor.extract %arg0
// CHECK: %[[ACC:.*]] = tensor.expand_shape %{{.*}} {{\[\[}}0], [1], [2, 3]] output_shape [1, 32, 2, 32] : tensor<1x32x64xf32> into tensor<1x32x2x32xf32>
// CHECK: linalg.generic {{.*}} ins(%{{.*}}, %[[PATCHES]] : tensor<32x144xf32>, tensor<1x2x144x32xf32>) outs(%[[ACC]] : tensor<1x32x2x32xf32>)
func.func @packed_im2col(%x: tensor<1x16x24x24xf32>, %w: tensor<32x16x3x3xf32>, %init: tensor<1x32x8x8xf32>) -> tensor<1x32x8x8xf32> {
  %c = linalg.conv_2d_nchw_fchw {strides = dense<3> : tensor<2xi64>, dilations = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x16x24x24xf32>, tensor<32x16x3x3xf32>) outs(%init : tensor<1x32x8x8xf32>) -> tensor<1x32x8x8xf32>
  return %c : tensor<1x32x8x8xf32>
}

// Stride 2: the taps read the input's four phases (even/odd rows x even/odd
// columns), each a plane of pitch ceil(17 / 2) = 9. 3x3 on 1x16x17x17:
// output 8x8; the grid has alignTo(8 * 9, 32) = 96 positions; the last tap,
// (2, 2), reads phase 0 from 1 * 9 + 1 = 10 to 106, so the phases get
// 12 rows (the input padded to 24 x 18). Tap (0, 1) reads phase 1 at 0,
// (0, 2) phase 0 at 1, (1, 0) phase 2 at 0, (1, 1) phase 3 at 0.
// CHECK-LABEL: func.func @phases
// CHECK: %[[PAD:.*]] = tensor.pad %arg0 low[0, 0, 0, 0] high[0, 0, 7, 1]
// CHECK: %[[P0:.*]] = tensor.extract_slice %[[PAD]][0, 0, 0, 0] [1, 16, 12, 9] [1, 1, 2, 2]
// CHECK: %[[S0:.*]] = tensor.insert_slice %[[P0]] into %{{.*}}[0, 0, 0, 0, 0] [1, 16, 1, 12, 9]
// CHECK: %[[P1:.*]] = tensor.extract_slice %[[PAD]][0, 0, 0, 1] [1, 16, 12, 9] [1, 1, 2, 2]
// CHECK: tensor.insert_slice %[[P1]] into %[[S0]][0, 0, 1, 0, 0]
// CHECK: tensor.extract_slice %[[PAD]][0, 0, 1, 0] [1, 16, 12, 9] [1, 1, 2, 2]
// CHECK: %[[P3:.*]] = tensor.extract_slice %[[PAD]][0, 0, 1, 1] [1, 16, 12, 9] [1, 1, 2, 2]
// CHECK: %[[S3:.*]] = tensor.insert_slice %[[P3]] into %{{.*}}[0, 0, 3, 0, 0]
// CHECK: %[[FLAT:.*]] = tensor.collapse_shape %[[S3]] {{\[\[}}0], [1], [2], [3, 4]] : tensor<1x16x4x12x9xf32> into tensor<1x16x4x108xf32>
// CHECK: tensor.pad %arg2 low[0, 0, 0, 0] high[0, 0, 3, 1]
// CHECK: tensor.extract_slice %[[FLAT]][0, 0, 0, 0] [1, 16, 1, 96] [1, 1, 1, 1] : tensor<1x16x4x108xf32> to tensor<1x16x96xf32>
// CHECK: tensor.extract_slice %[[FLAT]][0, 0, 1, 0] [1, 16, 1, 96]
// CHECK: tensor.extract_slice %[[FLAT]][0, 0, 0, 1] [1, 16, 1, 96]
// CHECK: tensor.extract_slice %[[FLAT]][0, 0, 2, 0] [1, 16, 1, 96]
// CHECK: tensor.extract_slice %[[FLAT]][0, 0, 3, 0] [1, 16, 1, 96]
// CHECK: tensor.extract_slice %[[FLAT]][0, 0, 0, 10] [1, 16, 1, 96]
// CHECK: linalg.generic {{.*}} outs(%{{.*}} : tensor<1x32x96xf32>)
func.func @phases(%x: tensor<1x16x17x17xf32>, %w: tensor<32x16x3x3xf32>, %init: tensor<1x32x8x8xf32>) -> tensor<1x32x8x8xf32> {
  %c = linalg.conv_2d_nchw_fchw {strides = dense<2> : tensor<2xi64>, dilations = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x16x17x17xf32>, tensor<32x16x3x3xf32>) outs(%init : tensor<1x32x8x8xf32>) -> tensor<1x32x8x8xf32>
  return %c : tensor<1x32x8x8xf32>
}

// A partial panel with an initial value that is not a fill (a bias added
// by ov-accumulate-addends): the output is padded to whole panels.
// CHECK-LABEL: func.func @packed_initial_value
// CHECK: %[[FLAT:.*]] = tensor.collapse_shape %arg2 {{\[\[}}0], [1], [2, 3]] : tensor<1x32x7x7xf32> into tensor<1x32x49xf32>
// CHECK: %[[PADDED:.*]] = tensor.pad %[[FLAT]] low[0, 0, 0] high[0, 0, 15]
// CHECK: %[[ACC:.*]] = tensor.expand_shape %[[PADDED]] {{\[\[}}0], [1], [2, 3]] output_shape [1, 32, 2, 32]
// CHECK: linalg.generic {{.*}} outs(%[[ACC]] : tensor<1x32x2x32xf32>)
func.func @packed_initial_value(%x: tensor<1x16x7x7xf32>, %w: tensor<32x16x1x1xf32>, %init: tensor<1x32x7x7xf32>) -> tensor<1x32x7x7xf32> {
  %c = linalg.conv_2d_nchw_fchw {strides = dense<1> : tensor<2xi64>, dilations = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x16x7x7xf32>, tensor<32x16x1x1xf32>) outs(%init : tensor<1x32x7x7xf32>) -> tensor<1x32x7x7xf32>
  return %c : tensor<1x32x7x7xf32>
}

// Stride 1, a kernel larger than 1x1, 16 channels or more: a contraction of
// a term per kernel tap on the grid of the input's columns. 3x3 with
// dilation 2 on the input 1x16x8x10 padded by 2 (12x14): output 8x10; the
// grid has alignTo(8 * 14, 32) = 128 positions (10 rows of 14 columns, the
// last 4 junk); the last tap reads from position 2 * 2 * 14 + 2 * 2 = 60 to
// 188, so the pad gets 2 more rows (14 x 14 = 196). Each tap's filter
// matrix is a strided view of the filter ([F, C] at [0, 0, kh, kw]); the
// result is the [8, 10] corner of the grid.
// CHECK-LABEL: func.func @shifted_rows
// CHECK: %[[PAD:.*]] = tensor.pad %arg0 low[0, 0, 2, 2] high[0, 0, 4, 2]
// CHECK: %[[FLAT2:.*]] = tensor.collapse_shape %[[PAD]] {{\[\[}}0], [1], [2, 3]] : tensor<1x16x14x14xf32> into tensor<1x16x196xf32>
// CHECK: %[[FLAT:.*]] = tensor.expand_shape %[[FLAT2]] {{.*}} into tensor<1x16x1x196xf32>
// CHECK: %[[WIDE:.*]] = tensor.pad %arg2 low[0, 0, 0, 0] high[0, 0, 2, 4]
// CHECK: %[[WFLAT:.*]] = tensor.collapse_shape %[[WIDE]] {{.*}} : tensor<1x32x10x14xf32> into tensor<1x32x140xf32>
// CHECK: %[[ACC:.*]] = tensor.extract_slice %[[WFLAT]][0, 0, 0] [1, 32, 128] [1, 1, 1]
// CHECK-NOT: linalg.transpose
// CHECK: %[[W0:.*]] = tensor.extract_slice %arg1[0, 0, 0, 0] [32, 16, 1, 1] [1, 1, 1, 1] : tensor<32x16x3x3xf32> to tensor<32x16xf32>
// CHECK: %[[X0:.*]] = tensor.extract_slice %[[FLAT]][0, 0, 0, 0] [1, 16, 1, 128] [1, 1, 1, 1] : tensor<1x16x1x196xf32> to tensor<1x16x128xf32>
// CHECK: %[[W1:.*]] = tensor.extract_slice %arg1[0, 0, 0, 1] [32, 16, 1, 1]
// CHECK: %[[X1:.*]] = tensor.extract_slice %[[FLAT]][0, 0, 0, 2] [1, 16, 1, 128]
// CHECK: tensor.extract_slice %[[FLAT]][0, 0, 0, 28] [1, 16, 1, 128]
// CHECK: %[[W8:.*]] = tensor.extract_slice %arg1[0, 0, 2, 2] [32, 16, 1, 1]
// CHECK: %[[X8:.*]] = tensor.extract_slice %[[FLAT]][0, 0, 0, 60] [1, 16, 1, 128]
// CHECK: %[[LAST:.*]] = linalg.generic {{.*}} ins(%[[W0]], %[[X0]], %[[W1]], %[[X1]], {{.*}}, %[[W8]], %[[X8]] : tensor<32x16xf32>, tensor<1x16x128xf32>, {{.*}}) outs(%[[ACC]] : tensor<1x32x128xf32>)
// CHECK-NEXT: ^bb0(
// CHECK-NEXT: %[[P0:.*]] = arith.mulf
// CHECK-NEXT: %[[S0:.*]] = arith.addf %{{.*}}, %[[P0]]
// CHECK-NEXT: %[[P1:.*]] = arith.mulf
// CHECK-NEXT: arith.addf %[[S0]], %[[P1]]
// CHECK: %[[BACK:.*]] = tensor.insert_slice %[[LAST]] into %[[WFLAT]][0, 0, 0] [1, 32, 128] [1, 1, 1]
// CHECK: %[[GRID:.*]] = tensor.expand_shape %[[BACK]] {{.*}} into tensor<1x32x10x14xf32>
// CHECK: %[[Y:.*]] = tensor.extract_slice %[[GRID]][0, 0, 0, 0] [1, 32, 8, 10] [1, 1, 1, 1]
// CHECK: return %[[Y]]
func.func @shifted_rows(%x: tensor<1x16x8x10xf32>, %w: tensor<32x16x3x3xf32>, %init: tensor<1x32x8x10xf32>) -> tensor<1x32x8x10xf32> {
  %zero = arith.constant 0.0 : f32
  %p = tensor.pad %x low[0, 0, 2, 2] high[0, 0, 2, 2] {
  ^bb0(%a: index, %b: index, %c: index, %d: index):
    tensor.yield %zero : f32
  } : tensor<1x16x8x10xf32> to tensor<1x16x12x14xf32>
  %c = linalg.conv_2d_nchw_fchw {strides = dense<1> : tensor<2xi64>, dilations = dense<2> : tensor<2xi64>} ins(%p, %w : tensor<1x16x12x14xf32>, tensor<32x16x3x3xf32>) outs(%init : tensor<1x32x8x10xf32>) -> tensor<1x32x8x10xf32>
  return %c : tensor<1x32x8x10xf32>
}

// A 1x1 convolution of a 1x1 plane (a squeeze-excite block's fully
// connected layer) is a matrix-vector product: a linalg.matmul of the input
// [N, C] and the filter transposed at compile time into [C, F] (filter
// [3, 2]: element (f, c) = 2f + c; transposed, 0 2 4 1 3 5), accumulating into
// the output [N, F].
// CHECK-LABEL: func.func @matrix_vector
// CHECK-DAG: %[[WT:.*]] = arith.constant dense_resource<filter_columns> : tensor<2x3xf32>
// CHECK-DAG: %[[X:.*]] = tensor.collapse_shape %arg0 {{\[\[}}0], [1, 2, 3]] : tensor<1x2x1x1xf32> into tensor<1x2xf32>
// CHECK-DAG: %[[ACC:.*]] = tensor.collapse_shape %arg1 {{\[\[}}0], [1, 2, 3]] : tensor<1x3x1x1xf32> into tensor<1x3xf32>
// CHECK: %[[Y:.*]] = linalg.matmul ins(%[[X]], %[[WT]] : tensor<1x2xf32>, tensor<2x3xf32>) outs(%[[ACC]] : tensor<1x3xf32>)
// CHECK: tensor.expand_shape %[[Y]] {{.*}} into tensor<1x3x1x1xf32>
func.func @matrix_vector(%x: tensor<1x2x1x1xf32>, %init: tensor<1x3x1x1xf32>) -> tensor<1x3x1x1xf32> {
  %w = arith.constant dense<[[[[0.0]], [[1.0]]], [[[2.0]], [[3.0]]], [[[4.0]], [[5.0]]]]> : tensor<3x2x1x1xf32>
  %c = linalg.conv_2d_nchw_fchw {strides = dense<1> : tensor<2xi64>, dilations = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x2x1x1xf32>, tensor<3x2x1x1xf32>) outs(%init : tensor<1x3x1x1xf32>) -> tensor<1x3x1x1xf32>
  return %c : tensor<1x3x1x1xf32>
}

// An initial value that is the same at every position of a plane (the
// broadcast bias, a fill) is written on the whole grid (8 rows of 12, whole
// panels already) at once: no pad.
// CHECK-LABEL: func.func @grid_of_broadcast_bias
// CHECK: %[[EMPTY:.*]] = tensor.empty() : tensor<1x32x8x12xf32>
// CHECK: %[[WIDE:.*]] = linalg.generic {{.*}} ins(%arg2 : tensor<1x32x1x1xf32>) outs(%[[EMPTY]] : tensor<1x32x8x12xf32>)
// CHECK: tensor.collapse_shape %[[WIDE]] {{.*}} : tensor<1x32x8x12xf32> into tensor<1x32x96xf32>
// CHECK-LABEL: func.func @grid_of_fill
// CHECK: %[[EMPTY:.*]] = tensor.empty() : tensor<1x32x8x12xf32>
// CHECK: %[[WIDE:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%[[EMPTY]] : tensor<1x32x8x12xf32>)
// CHECK: tensor.collapse_shape %[[WIDE]]
#plane_invariant = affine_map<(n, f, h, w) -> (n, f, 0, 0)>
#all = affine_map<(n, f, h, w) -> (n, f, h, w)>
func.func @grid_of_broadcast_bias(%x: tensor<1x16x10x12xf32>, %w: tensor<32x16x3x3xf32>, %b: tensor<1x32x1x1xf32>) -> tensor<1x32x8x10xf32> {
  %e = tensor.empty() : tensor<1x32x8x10xf32>
  %init = linalg.generic {indexing_maps = [#plane_invariant, #all], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%b : tensor<1x32x1x1xf32>) outs(%e : tensor<1x32x8x10xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<1x32x8x10xf32>
  %c = linalg.conv_2d_nchw_fchw {strides = dense<1> : tensor<2xi64>, dilations = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x16x10x12xf32>, tensor<32x16x3x3xf32>) outs(%init : tensor<1x32x8x10xf32>) -> tensor<1x32x8x10xf32>
  return %c : tensor<1x32x8x10xf32>
}
func.func @grid_of_fill(%x: tensor<1x16x10x12xf32>, %w: tensor<32x16x3x3xf32>) -> tensor<1x32x8x10xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x32x8x10xf32>
  %init = linalg.fill ins(%zero : f32) outs(%e : tensor<1x32x8x10xf32>) -> tensor<1x32x8x10xf32>
  %c = linalg.conv_2d_nchw_fchw {strides = dense<1> : tensor<2xi64>, dilations = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x16x10x12xf32>, tensor<32x16x3x3xf32>) outs(%init : tensor<1x32x8x10xf32>) -> tensor<1x32x8x10xf32>
  return %c : tensor<1x32x8x10xf32>
}

// A grouped convolution (linalg.conv_2d_ngchw_gfchw, ov-block-convolutions'
// form of groups that fit no channel blocks) with a 3x3 kernel and unit
// strides: the shifted rows of the input with its 3 groups merged into its
// 72 channels (the pad it reads gets the rows below), and one contraction
// of a term per tap with the group a batch loop (n, g, f, q, c): each
// tap's filter is a strided [G, F, C] view, each right-hand side and the
// accumulator split into groups. The output's fill is made anew at the
// merged shape. 6x6 output, pitch 8, grid alignTo(48, 32) = 64, the last
// tap reads up to 2 * 8 + 2 + 64 = 82 (11 rows of 8).
// CHECK-LABEL: func.func @grouped_shifted_rows
// CHECK: %[[PAD:.*]] = tensor.pad %arg0 low[0, 0, 1, 1] high[0, 0, 4, 1]
// CHECK: %[[FLAT2:.*]] = tensor.collapse_shape %[[PAD]] {{\[\[}}0], [1], [2, 3]] : tensor<1x72x11x8xf32> into tensor<1x72x88xf32>
// CHECK: %[[FLAT:.*]] = tensor.expand_shape %[[FLAT2]] {{.*}} into tensor<1x72x1x88xf32>
// CHECK: %[[FILL:.*]] = linalg.fill {{.*}} -> tensor<1x72x8x8xf32>
// CHECK: %[[WFLAT:.*]] = tensor.collapse_shape %[[FILL]] {{.*}} into tensor<1x72x64xf32>
// CHECK: %[[W0:.*]] = tensor.extract_slice %arg1[0, 0, 0, 0, 0] [3, 24, 24, 1, 1] [1, 1, 1, 1, 1] : tensor<3x24x24x3x3xf32> to tensor<3x24x24xf32>
// CHECK: %[[R0:.*]] = tensor.extract_slice %[[FLAT]][0, 0, 0, 0] [1, 72, 1, 64] [1, 1, 1, 1] : tensor<1x72x1x88xf32> to tensor<1x72x64xf32>
// CHECK: %[[X0:.*]] = tensor.expand_shape %[[R0]] {{\[\[}}0], [1, 2], [3]] output_shape [1, 3, 24, 64] : tensor<1x72x64xf32> into tensor<1x3x24x64xf32>
// CHECK: %[[W8:.*]] = tensor.extract_slice %arg1[0, 0, 0, 2, 2] [3, 24, 24, 1, 1]
// CHECK: %[[R8:.*]] = tensor.extract_slice %[[FLAT]][0, 0, 0, 18] [1, 72, 1, 64]
// CHECK: %[[X8:.*]] = tensor.expand_shape %[[R8]]
// CHECK: %[[ACC:.*]] = tensor.expand_shape %[[WFLAT]] {{\[\[}}0], [1, 2], [3]] output_shape [1, 3, 24, 64] : tensor<1x72x64xf32> into tensor<1x3x24x64xf32>
// CHECK: %[[SUM:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%[[W0]], %[[X0]], {{.*}}, %[[W8]], %[[X8]] : tensor<3x24x24xf32>, tensor<1x3x24x64xf32>, {{.*}}) outs(%[[ACC]] : tensor<1x3x24x64xf32>)
// CHECK-COUNT-9: arith.mulf
// CHECK: %[[MERGED:.*]] = tensor.collapse_shape %[[SUM]] {{\[\[}}0], [1, 2], [3]] : tensor<1x3x24x64xf32> into tensor<1x72x64xf32>
// CHECK: %[[GRID:.*]] = tensor.expand_shape %[[MERGED]] {{.*}} into tensor<1x72x8x8xf32>
// CHECK: %[[Y:.*]] = tensor.extract_slice %[[GRID]][0, 0, 0, 0] [1, 72, 6, 6] [1, 1, 1, 1]
// CHECK: %[[SPLIT:.*]] = tensor.expand_shape %[[Y]] {{\[\[}}0], [1, 2], [3], [4]] output_shape [1, 3, 24, 6, 6]
// CHECK: return %[[SPLIT]]
// MAPS-LABEL: func.func @grouped_shifted_rows
// MAPS: linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d1, d2, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d4, d3)>, {{.*}}, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3)>]
func.func @grouped_shifted_rows(%x: tensor<1x72x6x6xf32>, %w: tensor<3x24x24x3x3xf32>) -> tensor<1x3x24x6x6xf32> {
  %zero = arith.constant 0.0 : f32
  %p = tensor.pad %x low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%a: index, %b: index, %c: index, %d: index):
    tensor.yield %zero : f32
  } : tensor<1x72x6x6xf32> to tensor<1x72x8x8xf32>
  %split = tensor.expand_shape %p [[0], [1, 2], [3], [4]] output_shape [1, 3, 24, 8, 8] : tensor<1x72x8x8xf32> into tensor<1x3x24x8x8xf32>
  %e = tensor.empty() : tensor<1x3x24x6x6xf32>
  %fill = linalg.fill ins(%zero : f32) outs(%e : tensor<1x3x24x6x6xf32>) -> tensor<1x3x24x6x6xf32>
  %c = linalg.conv_2d_ngchw_gfchw {strides = dense<1> : tensor<2xi64>, dilations = dense<1> : tensor<2xi64>} ins(%split, %w : tensor<1x3x24x8x8xf32>, tensor<3x24x24x3x3xf32>) outs(%fill : tensor<1x3x24x6x6xf32>) -> tensor<1x3x24x6x6xf32>
  return %c : tensor<1x3x24x6x6xf32>
}

// A grouped convolution the shifted rows do not compute (stride 3): one
// 2-D convolution per group on its slice of the input's groups, each with
// its group's filter (a splat here, made at the group's shape; the bytes
// of a non-splat one: ov-run_codegen_numeric.test), a fill of its own and
// its result inserted into the output's group; the per-group convolutions
// then get the forms above (a 4x4 plane: panels).
// CHECK-LABEL: func.func @grouped_per_group
// CHECK-DAG: %[[W:.*]] = arith.constant dense<5.000000e-01> : tensor<16x72xf32>
// CHECK-DAG: %[[EMPTY:.*]] = tensor.empty() : tensor<1x2x16x4x4xf32>
// CHECK: %[[X0:.*]] = tensor.extract_slice %arg0[0, 0, 0, 0, 0] [1, 1, 8, 12, 12] [1, 1, 1, 1, 1] : tensor<1x2x8x12x12xf32> to tensor<1x8x12x12xf32>
// CHECK: tensor.extract %[[X0]]
// CHECK: %[[F0:.*]] = linalg.fill {{.*}} -> tensor<1x16x1x32xf32>
// CHECK: linalg.generic {{.*}} ins(%[[W]], %{{.*}} : tensor<16x72xf32>, tensor<1x1x72x32xf32>) outs(%[[F0]] : tensor<1x16x1x32xf32>)
// CHECK: %[[IN0:.*]] = tensor.insert_slice %{{.*}} into %[[EMPTY]][0, 0, 0, 0, 0] [1, 1, 16, 4, 4] [1, 1, 1, 1, 1] : tensor<1x16x4x4xf32> into tensor<1x2x16x4x4xf32>
// CHECK: %[[X1:.*]] = tensor.extract_slice %arg0[0, 1, 0, 0, 0] [1, 1, 8, 12, 12]
// CHECK: tensor.extract %[[X1]]
// CHECK: %[[F1:.*]] = linalg.fill {{.*}} -> tensor<1x16x1x32xf32>
// CHECK: linalg.generic {{.*}} ins(%[[W]], %{{.*}}) outs(%[[F1]] : tensor<1x16x1x32xf32>)
// CHECK: %[[IN1:.*]] = tensor.insert_slice %{{.*}} into %[[IN0]][0, 1, 0, 0, 0] [1, 1, 16, 4, 4]
// CHECK-NOT: linalg.conv
// CHECK: return %[[IN1]]
func.func @grouped_per_group(%x: tensor<1x2x8x12x12xf32>) -> tensor<1x2x16x4x4xf32> {
  %ws = arith.constant dense<0.5> : tensor<2x16x8x3x3xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x2x16x4x4xf32>
  %fill = linalg.fill ins(%zero : f32) outs(%e : tensor<1x2x16x4x4xf32>) -> tensor<1x2x16x4x4xf32>
  %c = linalg.conv_2d_ngchw_gfchw {strides = dense<3> : tensor<2xi64>, dilations = dense<1> : tensor<2xi64>} ins(%x, %ws : tensor<1x2x8x12x12xf32>, tensor<2x16x8x3x3xf32>) outs(%fill : tensor<1x2x16x4x4xf32>) -> tensor<1x2x16x4x4xf32>
  return %c : tensor<1x2x16x4x4xf32>
}


// A constant filter is sliced as it is (a 1x2 kernel: taps 0 and 1 of
// [1, 16] each, strided views of the constant). The input has no pad of its
// own: a new one adds the rows below it that the last register tile reads
// (grid alignTo(9 * 9, 32) = 96 positions, reads up to 1 + 96 > 81).
// CHECK-LABEL: func.func @shifted_rows_constant
// CHECK-DAG: %[[W:.*]] = arith.constant dense<{{.*}}> : tensor<1x16x1x2xf32>
// CHECK-DAG: %[[PAD:.*]] = tensor.pad %arg0 low[0, 0, 0, 0] high[0, 0, 2, 0]
// CHECK: tensor.collapse_shape %[[PAD]] {{.*}} : tensor<1x16x11x9xf32> into tensor<1x16x99xf32>
// CHECK-NOT: linalg.transpose
// CHECK: tensor.extract_slice %[[W]][0, 0, 0, 0] [1, 16, 1, 1]
// CHECK: tensor.extract_slice %[[W]][0, 0, 0, 1] [1, 16, 1, 1]
// CHECK: return
// The resource of @matrix_vector's constant filter, transposed.
// CHECK: filter_columns: "0x040000000000000000000040000080400000803F000040400000A040"
func.func @shifted_rows_constant(%x: tensor<1x16x9x9xf32>, %init: tensor<1x1x9x8xf32>) -> tensor<1x1x9x8xf32> {
  %w = arith.constant dense<[[[[0.0, 0.5]],[[1.0, 1.5]],[[2.0, 2.5]],[[3.0, 3.5]],[[4.0, 4.5]],[[5.0, 5.5]],[[6.0, 6.5]],[[7.0, 7.5]],[[8.0, 8.5]],[[9.0, 9.5]],[[10.0, 10.5]],[[11.0, 11.5]],[[12.0, 12.5]],[[13.0, 13.5]],[[14.0, 14.5]],[[15.0, 15.5]]]]> : tensor<1x16x1x2xf32>
  %c = linalg.conv_2d_nchw_fchw {strides = dense<1> : tensor<2xi64>, dilations = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x16x9x9xf32>, tensor<1x16x1x2xf32>) outs(%init : tensor<1x1x9x8xf32>) -> tensor<1x1x9x8xf32>
  return %c : tensor<1x1x9x8xf32>
}

