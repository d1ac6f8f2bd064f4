// ov-block-convolutions: convolutions with channels and filters in
// multiples of 16 work on activations in blocks of 32 channels
// ([N, C / 32, H, W, 32]), or of 16 when the channels are not multiples of
// 32; the blocked values pass from one convolution to the next through
// elementwise ops and paddings, and reductions over the plane (pools) read
// them too.
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-block-convolutions,canonicalize))' | FileCheck %s
// Only the two convolutions of @completed_channels carry ov_input_channels.
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-block-convolutions,canonicalize))' | FileCheck %s --check-prefix=MARKS
// MARKS-COUNT-2: ov_input_channels = 40 : index
// MARKS-NOT: ov_input_channels
// Bufferized after eliminate-empty-tensors (as in the pipeline), the parts
// of a blocked concatenation are written where they go, not copied (the
// copies left are of a subview onto itself: cse and canonicalize drop them).
// With AVX2's vectors (vector-bits=256) the blocks are 16 channels, a
// register tile's two vectors, also where the channels are multiples of 32
// (128-bit vectors keep blocks of 16: never narrower).
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-block-convolutions{vector-bits=256},canonicalize))' | FileCheck %s --check-prefix=AVX2
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-block-convolutions{vector-bits=128},canonicalize))' | FileCheck %s --check-prefix=AVX2
// AVX2-LABEL: func.func @bottleneck
// AVX2-DAG: arith.constant dense<2.500000e-01> : tensor<2x4x16x16xf32>
// AVX2-DAG: arith.constant dense<5.000000e-01> : tensor<4x2x16x16xf32>
// AVX2: tensor.expand_shape %arg0 {{\[\[}}0], [1, 2], [3], [4]] output_shape [1, 2, 16, 6, 6]
// AVX2: ins(%{{.*}}, %{{.*}} : tensor<1x2x36x16xf32>, tensor<4x2x16x16xf32>) outs(%{{.*}} : tensor<1x4x36x16xf32>)
// AVX2-NOT: x32xf32>
// AVX2-LABEL: func.func @
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-block-convolutions,canonicalize),eliminate-empty-tensors,one-shot-bufferize{bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map},cse,canonicalize)' | FileCheck %s --check-prefix=BUF

#id = affine_map<(n, c, h, w) -> (n, c, h, w)>
#perChannel = affine_map<(n, c, h, w) -> (0, c, 0, 0)>
#channel = affine_map<(n, c, h, w) -> (c)>

// A 1x1 convolution with a bias, a ReLU, a padding and a 3x3 convolution:
// the input is reordered once (expand_shape, transpose), the bias becomes a
// [1, 2, 1, 1, 32] vector, the 1x1 layer is one contraction on the
// collapsed plane with two reduction loops (channel blocks, channels in a
// block), the ReLU and the padding work on blocked values, the 3x3 layer
// sums nine terms on views of the padded input, and only its result is
// reordered back.
// CHECK-LABEL: func.func @bottleneck
// CHECK-DAG: %[[W2:.*]] = arith.constant dense<2.500000e-01> : tensor<1x2x32x32xf32>
// CHECK-DAG: %[[W1:.*]] = arith.constant dense<5.000000e-01> : tensor<2x1x32x32xf32>
// CHECK: %[[SPLIT:.*]] = tensor.expand_shape %arg0 {{\[\[}}0], [1, 2], [3], [4]] output_shape [1, 1, 32, 6, 6]
// CHECK: %[[X:.*]] = linalg.generic {indexing_maps = [#[[TOBLOCKED:.*]], #[[ID5:.*]]], {{.*}} ins(%[[SPLIT]] : tensor<1x1x32x6x6xf32>) outs(%{{.*}} : tensor<1x1x6x6x32xf32>)
// CHECK: %[[FLATB:.*]] = tensor.collapse_shape %arg1 {{\[\[}}0, 1, 2, 3]] : tensor<1x64x1x1xf32> into tensor<64xf32>
// CHECK: %[[B:.*]] = tensor.expand_shape %[[FLATB]] {{\[\[}}0, 1, 2, 3, 4]] output_shape [1, 2, 1, 1, 32]
// CHECK: %[[BIAS:.*]] = linalg.generic {{.*}} ins(%[[B]] : tensor<1x2x1x1x32xf32>) outs(%{{.*}} : tensor<1x2x6x6x32xf32>)
// CHECK: %[[XFLAT:.*]] = tensor.collapse_shape %[[X]] {{\[\[}}0], [1], [2, 3], [4]] : tensor<1x1x6x6x32xf32> into tensor<1x1x36x32xf32>
// CHECK: %[[ACC1:.*]] = tensor.collapse_shape %[[BIAS]] {{\[\[}}0], [1], [2, 3], [4]] : tensor<1x2x6x6x32xf32> into tensor<1x2x36x32xf32>
// CHECK: %[[C1:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%[[XFLAT]], %[[W1]] : tensor<1x1x36x32xf32>, tensor<2x1x32x32xf32>) outs(%[[ACC1]] : tensor<1x2x36x32xf32>)
// CHECK: %[[C1B:.*]] = tensor.expand_shape %[[C1]] {{\[\[}}0], [1], [2, 3], [4]] output_shape [1, 2, 6, 6, 32]
// CHECK: %[[R1:.*]] = linalg.generic {{.*}} ins(%[[C1B]] : tensor<1x2x6x6x32xf32>) outs(%{{.*}} : tensor<1x2x6x6x32xf32>)
// CHECK: arith.maximumf
// CHECK: %[[PAD:.*]] = tensor.pad %[[R1]] low[0, 0, 1, 1, 0] high[0, 0, 1, 1, 0]
// CHECK: } : tensor<1x2x6x6x32xf32> to tensor<1x2x8x8x32xf32>
// CHECK: %[[ZERO:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<1x1x6x6x32xf32>)
// CHECK: %[[TAP0:.*]] = tensor.extract_slice %[[PAD]][0, 0, 0, 0, 0] [1, 2, 6, 6, 32] [1, 1, 1, 1, 1]
// CHECK: %[[TAP8:.*]] = tensor.extract_slice %[[PAD]][0, 0, 2, 2, 0] [1, 2, 6, 6, 32] [1, 1, 1, 1, 1]
// CHECK: %[[C2:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%[[TAP0]], %{{.*}}, %[[TAP8]], %[[W2]] : {{.*}}) outs(%[[ZERO]] : tensor<1x1x6x6x32xf32>)
// CHECK-COUNT-9: arith.mulf
// CHECK: %[[BACK:.*]] = linalg.generic {indexing_maps = [#[[FROMBLOCKED:.*]], #[[ID5]]], {{.*}} ins(%[[C2]] : tensor<1x1x6x6x32xf32>) outs(%{{.*}} : tensor<1x1x32x6x6xf32>)
// CHECK: %[[Y:.*]] = tensor.collapse_shape %[[BACK]] {{\[\[}}0], [1, 2], [3], [4]] : tensor<1x1x32x6x6xf32> into tensor<1x32x6x6xf32>
// CHECK: return %[[Y]]
// CHECK-NOT: linalg.conv_2d_nchw_fchw
func.func @bottleneck(%x: tensor<1x32x6x6xf32>, %b: tensor<1x64x1x1xf32>) -> tensor<1x32x6x6xf32> {
  %w1 = arith.constant dense<0.5> : tensor<64x32x1x1xf32>
  %w2 = arith.constant dense<0.25> : tensor<32x64x3x3xf32>
  %zero = arith.constant 0.0 : f32
  %e1 = tensor.empty() : tensor<1x64x6x6xf32>
  %bias = linalg.generic {indexing_maps = [#perChannel, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%b : tensor<1x64x1x1xf32>) outs(%e1 : tensor<1x64x6x6xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<1x64x6x6xf32>
  %c1 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w1 : tensor<1x32x6x6xf32>, tensor<64x32x1x1xf32>) outs(%bias : tensor<1x64x6x6xf32>) -> tensor<1x64x6x6xf32>
  %e2 = tensor.empty() : tensor<1x64x6x6xf32>
  %r1 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%c1 : tensor<1x64x6x6xf32>) outs(%e2 : tensor<1x64x6x6xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  } -> tensor<1x64x6x6xf32>
  %padded = tensor.pad %r1 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    tensor.yield %zero : f32
  } : tensor<1x64x6x6xf32> to tensor<1x64x8x8xf32>
  %e3 = tensor.empty() : tensor<1x32x6x6xf32>
  %fill = linalg.fill ins(%zero : f32) outs(%e3 : tensor<1x32x6x6xf32>) -> tensor<1x32x6x6xf32>
  %c2 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%padded, %w2 : tensor<1x64x8x8xf32>, tensor<32x64x3x3xf32>) outs(%fill : tensor<1x32x6x6xf32>) -> tensor<1x32x6x6xf32>
  return %c2 : tensor<1x32x6x6xf32>
}

// Strides and dilations: each tap's view of the blocked input starts at
// (kh * DH, kw * DW) and steps by the strides.
// CHECK-LABEL: func.func @strided_dilated
// CHECK: tensor.extract_slice %{{.*}}[0, 0, 0, 0, 0] [1, 1, 3, 3, 32] [1, 1, 2, 2, 1] : tensor<1x1x9x9x32xf32> to tensor<1x1x3x3x32xf32>
// CHECK: tensor.extract_slice %{{.*}}[0, 0, 0, 2, 0] [1, 1, 3, 3, 32] [1, 1, 2, 2, 1]
// CHECK: tensor.extract_slice %{{.*}}[0, 0, 4, 4, 0] [1, 1, 3, 3, 32] [1, 1, 2, 2, 1]
// CHECK: linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
func.func @strided_dilated(%x: tensor<1x32x9x9xf32>, %init: tensor<1x32x3x3xf32>) -> tensor<1x32x3x3xf32> {
  %w = arith.constant dense<1.0> : tensor<32x32x3x3xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<2> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%x, %w : tensor<1x32x9x9xf32>, tensor<32x32x3x3xf32>) outs(%init : tensor<1x32x3x3xf32>) -> tensor<1x32x3x3xf32>
  return %c : tensor<1x32x3x3xf32>
}

// Channels (12) that are neither whole blocks nor narrow, filters (36, 3)
// that are not blocks of 16 or 32, and a filter that is not a constant:
// left as they are.
// CHECK-LABEL: func.func @not_blocked
// CHECK-COUNT-4: linalg.conv_2d_nchw_fchw
// CHECK-NOT: linalg.generic
func.func @not_blocked(%x: tensor<1x12x8x8xf32>, %y: tensor<1x32x8x8xf32>, %w: tensor<32x32x1x1xf32>, %i1: tensor<1x32x8x8xf32>, %i2: tensor<1x36x8x8xf32>, %i3: tensor<1x3x8x8xf32>) -> (tensor<1x32x8x8xf32>, tensor<1x36x8x8xf32>, tensor<1x32x8x8xf32>, tensor<1x3x8x8xf32>) {
  %w12 = arith.constant dense<1.0> : tensor<32x12x1x1xf32>
  %w36 = arith.constant dense<1.0> : tensor<36x32x1x1xf32>
  %w3 = arith.constant dense<1.0> : tensor<3x32x1x1xf32>
  %a = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w12 : tensor<1x12x8x8xf32>, tensor<32x12x1x1xf32>) outs(%i1 : tensor<1x32x8x8xf32>) -> tensor<1x32x8x8xf32>
  %b = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%y, %w36 : tensor<1x32x8x8xf32>, tensor<36x32x1x1xf32>) outs(%i2 : tensor<1x36x8x8xf32>) -> tensor<1x36x8x8xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%y, %w : tensor<1x32x8x8xf32>, tensor<32x32x1x1xf32>) outs(%i1 : tensor<1x32x8x8xf32>) -> tensor<1x32x8x8xf32>
  %d = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%y, %w3 : tensor<1x32x8x8xf32>, tensor<3x32x1x1xf32>) outs(%i3 : tensor<1x3x8x8xf32>) -> tensor<1x3x8x8xf32>
  return %a, %b, %c, %d : tensor<1x32x8x8xf32>, tensor<1x36x8x8xf32>, tensor<1x32x8x8xf32>, tensor<1x3x8x8xf32>
}

// A narrow input (3 channels: an image) is one block of all its channels,
// [N, 1, H, W, 3]; the filter is packed per tap into [3, 32] panels,
// each of the 49 taps of a 7x7 stride-2 stem a strided view of the
// reordered input; the max pool after it (the maximum of its 9 taps'
// slices of the input padded with -inf) and the next convolution work on
// the blocked result, and only the last one is reordered back.
// CHECK-LABEL: func.func @narrow_input
// CHECK: arith.constant dense<1.000000e+00> : tensor<1x1x3x32xf32>
// CHECK: linalg.generic {{.*}} ins(%{{.*}} : tensor<1x1x3x21x21xf32>) outs(%{{.*}} : tensor<1x1x21x21x3xf32>)
// CHECK: tensor.extract_slice %{{.*}}[0, 0, 0, 0, 0] [1, 1, 8, 8, 3] [1, 1, 2, 2, 1] : tensor<1x1x21x21x3xf32> to tensor<1x1x8x8x3xf32>
// CHECK-COUNT-48: tensor.extract_slice %{{.*}} [1, 1, 8, 8, 3] [1, 1, 2, 2, 1] : tensor<1x1x21x21x3xf32> to tensor<1x1x8x8x3xf32>
// CHECK: linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
// CHECK: } -> tensor<1x1x8x8x32xf32>
// CHECK: tensor.pad %{{.*}} low[0, 0, 1, 1, 0] high[0, 0, 1, 1, 0]
// CHECK: tensor<1x1x10x10x32xf32>
// CHECK-COUNT-9: tensor.extract_slice %{{.*}} [1, 1, 4, 4, 32] [1, 1, 2, 2, 1] : tensor<1x1x10x10x32xf32> to tensor<1x1x4x4x32xf32>
// CHECK: arith.maximumf
// CHECK: -> tensor<1x1x4x4x32xf32>
// CHECK: linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
// CHECK: } -> tensor<1x1x16x32xf32>
// CHECK: linalg.generic {{.*}} ins(%{{.*}} : tensor<1x1x4x4x32xf32>) outs(%{{.*}} : tensor<1x1x32x4x4xf32>)
// CHECK-NOT: linalg.conv_2d_nchw_fchw
func.func @narrow_input(%x: tensor<1x3x21x21xf32>, %init: tensor<1x32x8x8xf32>, %init2: tensor<1x32x4x4xf32>) -> tensor<1x32x4x4xf32> {
  %w = arith.constant dense<1.0> : tensor<32x3x7x7xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%x, %w : tensor<1x3x21x21xf32>, tensor<32x3x7x7xf32>) outs(%init : tensor<1x32x8x8xf32>) -> tensor<1x32x8x8xf32>
  %ninf = arith.constant 0xFF800000 : f32
  %p = tensor.pad %c low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    tensor.yield %ninf : f32
  } : tensor<1x32x8x8xf32> to tensor<1x32x10x10xf32>
  %t0 = tensor.extract_slice %p[0, 0, 0, 0] [1, 32, 4, 4] [1, 1, 2, 2] : tensor<1x32x10x10xf32> to tensor<1x32x4x4xf32>
  %t1 = tensor.extract_slice %p[0, 0, 0, 1] [1, 32, 4, 4] [1, 1, 2, 2] : tensor<1x32x10x10xf32> to tensor<1x32x4x4xf32>
  %t2 = tensor.extract_slice %p[0, 0, 0, 2] [1, 32, 4, 4] [1, 1, 2, 2] : tensor<1x32x10x10xf32> to tensor<1x32x4x4xf32>
  %t3 = tensor.extract_slice %p[0, 0, 1, 0] [1, 32, 4, 4] [1, 1, 2, 2] : tensor<1x32x10x10xf32> to tensor<1x32x4x4xf32>
  %t4 = tensor.extract_slice %p[0, 0, 1, 1] [1, 32, 4, 4] [1, 1, 2, 2] : tensor<1x32x10x10xf32> to tensor<1x32x4x4xf32>
  %t5 = tensor.extract_slice %p[0, 0, 1, 2] [1, 32, 4, 4] [1, 1, 2, 2] : tensor<1x32x10x10xf32> to tensor<1x32x4x4xf32>
  %t6 = tensor.extract_slice %p[0, 0, 2, 0] [1, 32, 4, 4] [1, 1, 2, 2] : tensor<1x32x10x10xf32> to tensor<1x32x4x4xf32>
  %t7 = tensor.extract_slice %p[0, 0, 2, 1] [1, 32, 4, 4] [1, 1, 2, 2] : tensor<1x32x10x10xf32> to tensor<1x32x4x4xf32>
  %t8 = tensor.extract_slice %p[0, 0, 2, 2] [1, 32, 4, 4] [1, 1, 2, 2] : tensor<1x32x10x10xf32> to tensor<1x32x4x4xf32>
  %e = tensor.empty() : tensor<1x32x4x4xf32>
  %m = linalg.generic {indexing_maps = [#id, #id, #id, #id, #id, #id, #id, #id, #id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%t0, %t1, %t2, %t3, %t4, %t5, %t6, %t7, %t8 : tensor<1x32x4x4xf32>, tensor<1x32x4x4xf32>, tensor<1x32x4x4xf32>, tensor<1x32x4x4xf32>, tensor<1x32x4x4xf32>, tensor<1x32x4x4xf32>, tensor<1x32x4x4xf32>, tensor<1x32x4x4xf32>, tensor<1x32x4x4xf32>) outs(%e : tensor<1x32x4x4xf32>) {
  ^bb0(%a0: f32, %a1: f32, %a2: f32, %a3: f32, %a4: f32, %a5: f32, %a6: f32, %a7: f32, %a8: f32, %out: f32):
    %m0 = arith.maximumf %a0, %a1 : f32
    %m1 = arith.maximumf %m0, %a2 : f32
    %m2 = arith.maximumf %m1, %a3 : f32
    %m3 = arith.maximumf %m2, %a4 : f32
    %m4 = arith.maximumf %m3, %a5 : f32
    %m5 = arith.maximumf %m4, %a6 : f32
    %m6 = arith.maximumf %m5, %a7 : f32
    %m7 = arith.maximumf %m6, %a8 : f32
    linalg.yield %m7 : f32
  } -> tensor<1x32x4x4xf32>
  %w2 = arith.constant dense<1.0> : tensor<32x32x1x1xf32>
  %c2 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%m, %w2 : tensor<1x32x4x4xf32>, tensor<32x32x1x1xf32>) outs(%init2 : tensor<1x32x4x4xf32>) -> tensor<1x32x4x4xf32>
  return %c2 : tensor<1x32x4x4xf32>
}

// The same with the image padded first: the image is reordered, then the
// blocked image padded (the reorder then writes the padded plane's
// interior), not the padded NCHW plane reordered.
// CHECK-LABEL: func.func @padded_input
// CHECK: linalg.generic {{.*}} ins(%{{.*}} : tensor<1x1x3x19x19xf32>) outs(%{{.*}} : tensor<1x1x19x19x3xf32>)
// CHECK: tensor.pad %{{.*}} low[0, 0, 1, 1, 0] high[0, 0, 1, 1, 0]
// CHECK: tensor<1x1x19x19x3xf32> to tensor<1x1x21x21x3xf32>
// CHECK: tensor.extract_slice %{{.*}}[0, 0, 0, 0, 0] [1, 1, 8, 8, 3] [1, 1, 2, 2, 1] : tensor<1x1x21x21x3xf32> to tensor<1x1x8x8x3xf32>
// CHECK-NOT: tensor<1x3x21x21xf32>
func.func @padded_input(%image: tensor<1x3x19x19xf32>, %init: tensor<1x32x8x8xf32>, %init2: tensor<1x32x4x4xf32>) -> tensor<1x32x4x4xf32> {
  %zero = arith.constant 0.0 : f32
  %x = tensor.pad %image low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    tensor.yield %zero : f32
  } : tensor<1x3x19x19xf32> to tensor<1x3x21x21xf32>
  %w = arith.constant dense<1.0> : tensor<32x3x7x7xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%x, %w : tensor<1x3x21x21xf32>, tensor<32x3x7x7xf32>) outs(%init : tensor<1x32x8x8xf32>) -> tensor<1x32x8x8xf32>
  %ninf = arith.constant 0xFF800000 : f32
  %p = tensor.pad %c low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    tensor.yield %ninf : f32
  } : tensor<1x32x8x8xf32> to tensor<1x32x10x10xf32>
  %t0 = tensor.extract_slice %p[0, 0, 0, 0] [1, 32, 4, 4] [1, 1, 2, 2] : tensor<1x32x10x10xf32> to tensor<1x32x4x4xf32>
  %t1 = tensor.extract_slice %p[0, 0, 0, 1] [1, 32, 4, 4] [1, 1, 2, 2] : tensor<1x32x10x10xf32> to tensor<1x32x4x4xf32>
  %t2 = tensor.extract_slice %p[0, 0, 0, 2] [1, 32, 4, 4] [1, 1, 2, 2] : tensor<1x32x10x10xf32> to tensor<1x32x4x4xf32>
  %t3 = tensor.extract_slice %p[0, 0, 1, 0] [1, 32, 4, 4] [1, 1, 2, 2] : tensor<1x32x10x10xf32> to tensor<1x32x4x4xf32>
  %t4 = tensor.extract_slice %p[0, 0, 1, 1] [1, 32, 4, 4] [1, 1, 2, 2] : tensor<1x32x10x10xf32> to tensor<1x32x4x4xf32>
  %t5 = tensor.extract_slice %p[0, 0, 1, 2] [1, 32, 4, 4] [1, 1, 2, 2] : tensor<1x32x10x10xf32> to tensor<1x32x4x4xf32>
  %t6 = tensor.extract_slice %p[0, 0, 2, 0] [1, 32, 4, 4] [1, 1, 2, 2] : tensor<1x32x10x10xf32> to tensor<1x32x4x4xf32>
  %t7 = tensor.extract_slice %p[0, 0, 2, 1] [1, 32, 4, 4] [1, 1, 2, 2] : tensor<1x32x10x10xf32> to tensor<1x32x4x4xf32>
  %t8 = tensor.extract_slice %p[0, 0, 2, 2] [1, 32, 4, 4] [1, 1, 2, 2] : tensor<1x32x10x10xf32> to tensor<1x32x4x4xf32>
  %e = tensor.empty() : tensor<1x32x4x4xf32>
  %m = linalg.generic {indexing_maps = [#id, #id, #id, #id, #id, #id, #id, #id, #id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%t0, %t1, %t2, %t3, %t4, %t5, %t6, %t7, %t8 : tensor<1x32x4x4xf32>, tensor<1x32x4x4xf32>, tensor<1x32x4x4xf32>, tensor<1x32x4x4xf32>, tensor<1x32x4x4xf32>, tensor<1x32x4x4xf32>, tensor<1x32x4x4xf32>, tensor<1x32x4x4xf32>, tensor<1x32x4x4xf32>) outs(%e : tensor<1x32x4x4xf32>) {
  ^bb0(%a0: f32, %a1: f32, %a2: f32, %a3: f32, %a4: f32, %a5: f32, %a6: f32, %a7: f32, %a8: f32, %out: f32):
    %m0 = arith.maximumf %a0, %a1 : f32
    %m1 = arith.maximumf %m0, %a2 : f32
    %m2 = arith.maximumf %m1, %a3 : f32
    %m3 = arith.maximumf %m2, %a4 : f32
    %m4 = arith.maximumf %m3, %a5 : f32
    %m5 = arith.maximumf %m4, %a6 : f32
    %m6 = arith.maximumf %m5, %a7 : f32
    %m7 = arith.maximumf %m6, %a8 : f32
    linalg.yield %m7 : f32
  } -> tensor<1x32x4x4xf32>
  %w2 = arith.constant dense<1.0> : tensor<32x32x1x1xf32>
  %c2 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%m, %w2 : tensor<1x32x4x4xf32>, tensor<32x32x1x1xf32>) outs(%init2 : tensor<1x32x4x4xf32>) -> tensor<1x32x4x4xf32>
  return %c2 : tensor<1x32x4x4xf32>
}

// Planes of 128 positions or more: a convolution on its own stays NCHW (a
// reorder in and one out would cost more than blocking gains), chains of
// three or more whose inputs come from one another are blocked (here
// through a ReLU and a residual sum that became an initial value).
// CHECK-LABEL: func.func @lone_large_plane
// CHECK: linalg.conv_2d_nchw_fchw
func.func @lone_large_plane(%x: tensor<1x32x12x12xf32>, %init: tensor<1x32x12x12xf32>) -> tensor<1x32x12x12xf32> {
  %w = arith.constant dense<1.0> : tensor<32x32x1x1xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x32x12x12xf32>, tensor<32x32x1x1xf32>) outs(%init : tensor<1x32x12x12xf32>) -> tensor<1x32x12x12xf32>
  return %c : tensor<1x32x12x12xf32>
}

// CHECK-LABEL: func.func @chain_large_plane
// CHECK-NOT: linalg.conv_2d_nchw_fchw
// CHECK-COUNT-3: iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]
// CHECK-NOT: linalg.conv_2d_nchw_fchw
func.func @chain_large_plane(%x: tensor<1x32x12x12xf32>, %init: tensor<1x32x12x12xf32>) -> tensor<1x32x12x12xf32> {
  %w = arith.constant dense<1.0> : tensor<32x32x1x1xf32>
  %zero = arith.constant 0.0 : f32
  %c1 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x32x12x12xf32>, tensor<32x32x1x1xf32>) outs(%init : tensor<1x32x12x12xf32>) -> tensor<1x32x12x12xf32>
  %e = tensor.empty() : tensor<1x32x12x12xf32>
  %r1 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%c1 : tensor<1x32x12x12xf32>) outs(%e : tensor<1x32x12x12xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  } -> tensor<1x32x12x12xf32>
  %c2 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%r1, %w : tensor<1x32x12x12xf32>, tensor<32x32x1x1xf32>) outs(%init : tensor<1x32x12x12xf32>) -> tensor<1x32x12x12xf32>
  %c3 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%c2, %w : tensor<1x32x12x12xf32>, tensor<32x32x1x1xf32>) outs(%r1 : tensor<1x32x12x12xf32>) -> tensor<1x32x12x12xf32>
  return %c3 : tensor<1x32x12x12xf32>
}

// A depthwise convolution between two blocked convolutions (an inverted
// residual block): its kernel taps are slices of the padded input (the
// same slices of the blocked one), its per-tap weights (every 9th element
// of the filter) become contiguous constants [1, 32] at compile time; the
// taps' sum works on blocked values and nothing is reordered in between.
// CHECK-LABEL: func.func @depthwise_between
// CHECK-COUNT-9: arith.constant dense_resource<{{channel_weights.*}}> : tensor<1x32xf32>
// CHECK-NOT: tensor<1x32x8x8xf32>
// CHECK: %[[PAD:.*]] = tensor.pad %{{.*}} low[0, 0, 1, 1, 0] high[0, 0, 1, 1, 0]
// CHECK-NOT: tensor<1x32x8x8xf32>
// CHECK: tensor.extract_slice %[[PAD]][0, 0, 2, 2, 0] [1, 1, 6, 6, 32] [1, 1, 1, 1, 1] : tensor<1x1x8x8x32xf32> to tensor<1x1x6x6x32xf32>
// CHECK: linalg.generic {{.*}} outs(%{{.*}} : tensor<1x1x6x6x32xf32>)
// CHECK: iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]
// CHECK-NOT: tensor<1x32x8x8xf32>
// CHECK: return
func.func @depthwise_between(%x: tensor<1x32x6x6xf32>, %init: tensor<1x32x6x6xf32>) -> tensor<1x32x6x6xf32> {
  %w = arith.constant dense<1.0> : tensor<32x32x1x1xf32>
  %dw = arith.constant dense<[0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0]> : tensor<288xf32>
  %zero = arith.constant 0.0 : f32
  %shape = arith.constant dense<[32, 1, 1, 3, 3]> : tensor<5xindex>
  %filter = tensor.reshape %dw(%shape) : (tensor<288xf32>, tensor<5xindex>) -> tensor<32x1x1x3x3xf32>
  %c1 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x32x6x6xf32>, tensor<32x32x1x1xf32>) outs(%init : tensor<1x32x6x6xf32>) -> tensor<1x32x6x6xf32>
  %padded = tensor.pad %c1 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    tensor.yield %zero : f32
  } : tensor<1x32x6x6xf32> to tensor<1x32x8x8xf32>
  %s0 = tensor.extract_slice %padded[0, 0, 0, 0] [1, 32, 6, 6] [1, 1, 1, 1] : tensor<1x32x8x8xf32> to tensor<1x32x6x6xf32>
  %w0 = tensor.extract_slice %filter[0, 0, 0, 0, 0] [32, 1, 1, 1, 1] [1, 1, 1, 1, 1] : tensor<32x1x1x3x3xf32> to tensor<32xf32>
  %s1 = tensor.extract_slice %padded[0, 0, 0, 1] [1, 32, 6, 6] [1, 1, 1, 1] : tensor<1x32x8x8xf32> to tensor<1x32x6x6xf32>
  %w1 = tensor.extract_slice %filter[0, 0, 0, 0, 1] [32, 1, 1, 1, 1] [1, 1, 1, 1, 1] : tensor<32x1x1x3x3xf32> to tensor<32xf32>
  %s2 = tensor.extract_slice %padded[0, 0, 0, 2] [1, 32, 6, 6] [1, 1, 1, 1] : tensor<1x32x8x8xf32> to tensor<1x32x6x6xf32>
  %w2 = tensor.extract_slice %filter[0, 0, 0, 0, 2] [32, 1, 1, 1, 1] [1, 1, 1, 1, 1] : tensor<32x1x1x3x3xf32> to tensor<32xf32>
  %s3 = tensor.extract_slice %padded[0, 0, 1, 0] [1, 32, 6, 6] [1, 1, 1, 1] : tensor<1x32x8x8xf32> to tensor<1x32x6x6xf32>
  %w3 = tensor.extract_slice %filter[0, 0, 0, 1, 0] [32, 1, 1, 1, 1] [1, 1, 1, 1, 1] : tensor<32x1x1x3x3xf32> to tensor<32xf32>
  %s4 = tensor.extract_slice %padded[0, 0, 1, 1] [1, 32, 6, 6] [1, 1, 1, 1] : tensor<1x32x8x8xf32> to tensor<1x32x6x6xf32>
  %w4 = tensor.extract_slice %filter[0, 0, 0, 1, 1] [32, 1, 1, 1, 1] [1, 1, 1, 1, 1] : tensor<32x1x1x3x3xf32> to tensor<32xf32>
  %s5 = tensor.extract_slice %padded[0, 0, 1, 2] [1, 32, 6, 6] [1, 1, 1, 1] : tensor<1x32x8x8xf32> to tensor<1x32x6x6xf32>
  %w5 = tensor.extract_slice %filter[0, 0, 0, 1, 2] [32, 1, 1, 1, 1] [1, 1, 1, 1, 1] : tensor<32x1x1x3x3xf32> to tensor<32xf32>
  %s6 = tensor.extract_slice %padded[0, 0, 2, 0] [1, 32, 6, 6] [1, 1, 1, 1] : tensor<1x32x8x8xf32> to tensor<1x32x6x6xf32>
  %w6 = tensor.extract_slice %filter[0, 0, 0, 2, 0] [32, 1, 1, 1, 1] [1, 1, 1, 1, 1] : tensor<32x1x1x3x3xf32> to tensor<32xf32>
  %s7 = tensor.extract_slice %padded[0, 0, 2, 1] [1, 32, 6, 6] [1, 1, 1, 1] : tensor<1x32x8x8xf32> to tensor<1x32x6x6xf32>
  %w7 = tensor.extract_slice %filter[0, 0, 0, 2, 1] [32, 1, 1, 1, 1] [1, 1, 1, 1, 1] : tensor<32x1x1x3x3xf32> to tensor<32xf32>
  %s8 = tensor.extract_slice %padded[0, 0, 2, 2] [1, 32, 6, 6] [1, 1, 1, 1] : tensor<1x32x8x8xf32> to tensor<1x32x6x6xf32>
  %w8 = tensor.extract_slice %filter[0, 0, 0, 2, 2] [32, 1, 1, 1, 1] [1, 1, 1, 1, 1] : tensor<32x1x1x3x3xf32> to tensor<32xf32>
  %e = tensor.empty() : tensor<1x32x6x6xf32>
  %d = linalg.generic {indexing_maps = [#id, #channel, #id, #channel, #id, #channel, #id, #channel, #id, #channel, #id, #channel, #id, #channel, #id, #channel, #id, #channel, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s0, %w0, %s1, %w1, %s2, %w2, %s3, %w3, %s4, %w4, %s5, %w5, %s6, %w6, %s7, %w7, %s8, %w8 : tensor<1x32x6x6xf32>, tensor<32xf32>, tensor<1x32x6x6xf32>, tensor<32xf32>, tensor<1x32x6x6xf32>, tensor<32xf32>, tensor<1x32x6x6xf32>, tensor<32xf32>, tensor<1x32x6x6xf32>, tensor<32xf32>, tensor<1x32x6x6xf32>, tensor<32xf32>, tensor<1x32x6x6xf32>, tensor<32xf32>, tensor<1x32x6x6xf32>, tensor<32xf32>, tensor<1x32x6x6xf32>, tensor<32xf32>) outs(%e : tensor<1x32x6x6xf32>) {
  ^bb0(%a0: f32, %a1: f32, %a2: f32, %a3: f32, %a4: f32, %a5: f32, %a6: f32, %a7: f32, %a8: f32, %a9: f32, %a10: f32, %a11: f32, %a12: f32, %a13: f32, %a14: f32, %a15: f32, %a16: f32, %a17: f32, %out: f32):
    %p0 = arith.mulf %a0, %a1 : f32
    %p1 = arith.mulf %a2, %a3 : f32
    %q1 = arith.addf %p0, %p1 : f32
    %p2 = arith.mulf %a4, %a5 : f32
    %q2 = arith.addf %q1, %p2 : f32
    %p3 = arith.mulf %a6, %a7 : f32
    %q3 = arith.addf %q2, %p3 : f32
    %p4 = arith.mulf %a8, %a9 : f32
    %q4 = arith.addf %q3, %p4 : f32
    %p5 = arith.mulf %a10, %a11 : f32
    %q5 = arith.addf %q4, %p5 : f32
    %p6 = arith.mulf %a12, %a13 : f32
    %q6 = arith.addf %q5, %p6 : f32
    %p7 = arith.mulf %a14, %a15 : f32
    %q7 = arith.addf %q6, %p7 : f32
    %p8 = arith.mulf %a16, %a17 : f32
    %q8 = arith.addf %q7, %p8 : f32
    linalg.yield %q8 : f32
  } -> tensor<1x32x6x6xf32>
  %c2 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%d, %w : tensor<1x32x6x6xf32>, tensor<32x32x1x1xf32>) outs(%init : tensor<1x32x6x6xf32>) -> tensor<1x32x6x6xf32>
  return %c2 : tensor<1x32x6x6xf32>
}

// Blocks of 16 channels where the channels are not multiples of 32 (48):
// a convolution 32 -> 48 takes blocks of 32 and makes blocks of 16, its
// filter packed as [taps, 3 filter blocks, 1 channel block, 32, 16]; the
// next one 48 -> 32 the other way round.
// CHECK-LABEL: func.func @mixed_blocks
// CHECK-DAG: arith.constant dense<1.000000e+00> : tensor<3x1x32x16xf32>
// CHECK-DAG: arith.constant dense<1.000000e+00> : tensor<1x3x16x32xf32>
// CHECK: linalg.generic {{.*}} ins(%{{.*}}, %{{.*}} : tensor<1x1x64x32xf32>, tensor<3x1x32x16xf32>) outs(%{{.*}} : tensor<1x3x64x16xf32>)
// CHECK: linalg.generic {{.*}} ins(%{{.*}}, %{{.*}} : tensor<1x3x64x16xf32>, tensor<1x3x16x32xf32>) outs(%{{.*}} : tensor<1x1x64x32xf32>)
func.func @mixed_blocks(%x: tensor<1x32x8x8xf32>, %i1: tensor<1x48x8x8xf32>, %i2: tensor<1x32x8x8xf32>) -> tensor<1x32x8x8xf32> {
  %w1 = arith.constant dense<1.0> : tensor<48x32x1x1xf32>
  %w2 = arith.constant dense<1.0> : tensor<32x48x1x1xf32>
  %a = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w1 : tensor<1x32x8x8xf32>, tensor<48x32x1x1xf32>) outs(%i1 : tensor<1x48x8x8xf32>) -> tensor<1x48x8x8xf32>
  %b = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%a, %w2 : tensor<1x48x8x8xf32>, tensor<32x48x1x1xf32>) outs(%i2 : tensor<1x32x8x8xf32>) -> tensor<1x32x8x8xf32>
  return %b : tensor<1x32x8x8xf32>
}

// A pool over the plane of a blocked convolution's result reduces the
// blocked value into [N, C / B, 1, 1, B], which is [N, C, 1, 1] reshaped:
// no reorder back (the convolution's result has no other user).
// CHECK-LABEL: func.func @plane_reduction
// CHECK: %[[CONV:.*]] = linalg.generic {{.*}} outs(%{{.*}} : tensor<1x3x16x16xf32>)
// CHECK: %[[BLOCKED:.*]] = tensor.expand_shape %[[CONV]]
// CHECK: %[[INIT:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<1x3x1x1x16xf32>)
// CHECK: %[[SUM:.*]] = linalg.generic {indexing_maps = [#{{.*}}, #[[INTO:.*]]], iterator_types = ["parallel", "parallel", "reduction", "reduction", "parallel"]} ins(%[[BLOCKED]] : tensor<1x3x4x4x16xf32>) outs(%[[INIT]] : tensor<1x3x1x1x16xf32>)
// CHECK: arith.addf
// CHECK: %[[FLAT:.*]] = tensor.collapse_shape %[[SUM]] {{\[\[}}0], [1, 2, 3, 4]] : tensor<1x3x1x1x16xf32> into tensor<1x48xf32>
// CHECK: %[[POOL:.*]] = tensor.expand_shape %[[FLAT]] {{\[\[}}0], [1, 2, 3]] output_shape [1, 48, 1, 1]
// CHECK-NOT: linalg.generic
// CHECK: return %[[POOL]]
func.func @plane_reduction(%x: tensor<1x32x4x4xf32>, %init: tensor<1x48x4x4xf32>) -> tensor<1x48x1x1xf32> {
  %w = arith.constant dense<1.0> : tensor<48x32x1x1xf32>
  %zero = arith.constant 0.0 : f32
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x32x4x4xf32>, tensor<48x32x1x1xf32>) outs(%init : tensor<1x48x4x4xf32>) -> tensor<1x48x4x4xf32>
  %e = tensor.empty() : tensor<1x48x1x1xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x48x1x1xf32>) -> tensor<1x48x1x1xf32>
  %sum = linalg.generic {indexing_maps = [#id, affine_map<(n, c, h, w) -> (n, c, 0, 0)>], iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%c : tensor<1x48x4x4xf32>) outs(%f : tensor<1x48x1x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %s = arith.addf %out, %in : f32
    linalg.yield %s : f32
  } -> tensor<1x48x1x1xf32>
  return %sum : tensor<1x48x1x1xf32>
}

// Channel counts that are multiples of 8, not of 16 (40), are completed
// with zero channels to whole blocks of 16: the 40-channel input is padded
// to 48 before its reorder, the filter packed with zero rows and columns,
// the bias with zero lanes. A ReLU keeps the zero channels zero and stays
// blocked; a division by a per-channel value (0 / 0) does not and reads
// the result reordered back, the zero channels sliced off. The blocked
// convolutions carry their 40 input channels (ov_input_channels: their
// register tiles skip the zero channels); convolutions on whole blocks
// (the other tests) do not.
// CHECK-LABEL: func.func @completed_channels
// CHECK: %[[WIDE:.*]] = tensor.pad %arg0 low[0, 0, 0, 0] high[0, 8, 0, 0]
// CHECK: } : tensor<1x40x8x8xf32> to tensor<1x48x8x8xf32>
// CHECK: tensor.expand_shape %[[WIDE]] {{\[\[}}0], [1, 2], [3], [4]] output_shape [1, 3, 16, 8, 8]
// CHECK: tensor.pad %{{.*}} low[0] high[8]
// CHECK: } : tensor<40xf32> to tensor<48xf32>
// CHECK: %[[C1:.*]] = linalg.generic {{.*}} ins(%{{.*}}, %{{.*}} : tensor<1x3x64x16xf32>, tensor<3x3x16x16xf32>) outs(%{{.*}} : tensor<1x3x64x16xf32>) attrs = {ov_input_channels = 40 : index}
// CHECK: %[[R1:.*]] = linalg.generic {{.*}} outs(%{{.*}} : tensor<1x3x8x8x16xf32>)
// CHECK: arith.maximumf
// CHECK: linalg.generic {{.*}} ins(%{{.*}}, %{{.*}} : tensor<1x3x64x16xf32>, tensor<3x3x16x16xf32>) {{.*}} attrs = {ov_input_channels = 40 : index}
// CHECK: %[[BACK:.*]] = tensor.collapse_shape %{{.*}} {{\[\[}}0], [1, 2], [3], [4]] : tensor<1x3x16x8x8xf32> into tensor<1x48x8x8xf32>
// CHECK: %[[Y:.*]] = tensor.extract_slice %[[BACK]][0, 0, 0, 0] [1, 40, 8, 8] [1, 1, 1, 1] : tensor<1x48x8x8xf32> to tensor<1x40x8x8xf32>
// CHECK: linalg.generic {{.*}} ins(%[[Y]], %{{.*}} : tensor<1x40x8x8xf32>, tensor<1x40x1x1xf32>)
// CHECK: arith.divf
func.func @completed_channels(%x: tensor<1x40x8x8xf32>, %bias: tensor<1x40x1x1xf32>, %scale: tensor<1x40x1x1xf32>) -> tensor<1x40x8x8xf32> {
  %zero = arith.constant 0.0 : f32
  %w1 = arith.constant dense<0.5> : tensor<40x40x1x1xf32>
  %w2 = arith.constant dense<0.25> : tensor<40x40x1x1xf32>
  %e0 = tensor.empty() : tensor<1x40x8x8xf32>
  %b = linalg.generic {indexing_maps = [#perChannel, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%bias : tensor<1x40x1x1xf32>) outs(%e0 : tensor<1x40x8x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<1x40x8x8xf32>
  %c1 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w1 : tensor<1x40x8x8xf32>, tensor<40x40x1x1xf32>) outs(%b : tensor<1x40x8x8xf32>) -> tensor<1x40x8x8xf32>
  %e1 = tensor.empty() : tensor<1x40x8x8xf32>
  %r1 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%c1 : tensor<1x40x8x8xf32>) outs(%e1 : tensor<1x40x8x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  } -> tensor<1x40x8x8xf32>
  %e2 = tensor.empty() : tensor<1x40x8x8xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e2 : tensor<1x40x8x8xf32>) -> tensor<1x40x8x8xf32>
  %c2 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%r1, %w2 : tensor<1x40x8x8xf32>, tensor<40x40x1x1xf32>) outs(%f : tensor<1x40x8x8xf32>) -> tensor<1x40x8x8xf32>
  %e3 = tensor.empty() : tensor<1x40x8x8xf32>
  %d = linalg.generic {indexing_maps = [#id, #perChannel, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%c2, %scale : tensor<1x40x8x8xf32>, tensor<1x40x1x1xf32>) outs(%e3 : tensor<1x40x8x8xf32>) {
  ^bb0(%in: f32, %s: f32, %out: f32):
    %q = arith.divf %in, %s : f32
    linalg.yield %q : f32
  } -> tensor<1x40x8x8xf32>
  return %d : tensor<1x40x8x8xf32>
}

// A squeeze-excite block: the pool of a blocked convolution's result, a
// convolution on the pooled [1, 32, 1, 1] (the fully connected layer), its
// sigmoid, the scaling of the first result by it and the projection. The sigmoid runs on
// the fully connected layer's blocked result, [1, 1, 1, 1, 32], which the
// scaling reads as its per-channel vector: no reorder of that result back
// to [1, 32, 1, 1] (a transpose moving its unit dimensions).
// CHECK-LABEL: func.func @squeeze_excite
// CHECK: %[[FC:.*]] = linalg.generic {{.*}} outs(%{{.*}} : tensor<1x1x1x32xf32>)
// CHECK: %[[FCB:.*]] = tensor.expand_shape %[[FC]] {{.*}} into tensor<1x1x1x1x32xf32>
// CHECK: %[[GATE:.*]] = linalg.generic {{.*}} ins(%[[FCB]] : tensor<1x1x1x1x32xf32>) outs(%{{.*}} : tensor<1x1x1x1x32xf32>)
// CHECK: math.exp
// CHECK: linalg.generic {{.*}} ins(%{{.*}}, %[[GATE]] : tensor<1x1x4x4x32xf32>, tensor<1x1x1x1x32xf32>)
// CHECK: arith.mulf
// CHECK-NOT: tensor<1x32x1x1xf32>
// CHECK: return
// A per-channel vector made otherwise (an argument's sigmoid) is reshaped
// as it is.
// CHECK-LABEL: func.func @argument_gate
// CHECK: %[[GATE:.*]] = linalg.generic {{.*}} outs(%{{.*}} : tensor<1x32x1x1xf32>)
// CHECK: math.exp
// CHECK: %[[FLAT:.*]] = tensor.collapse_shape %[[GATE]]
// CHECK: %[[VECTOR:.*]] = tensor.expand_shape %[[FLAT]] {{.*}} into tensor<1x1x1x1x32xf32>
// CHECK: linalg.generic {{.*}} ins(%{{.*}}, %[[VECTOR]] : tensor<1x1x4x4x32xf32>, tensor<1x1x1x1x32xf32>)
func.func @squeeze_excite(%x: tensor<1x32x4x4xf32>, %init: tensor<1x32x4x4xf32>, %fcInit: tensor<1x32x1x1xf32>) -> tensor<1x32x4x4xf32> {
  %w = arith.constant dense<0.5> : tensor<32x32x1x1xf32>
  %wfc = arith.constant dense<0.25> : tensor<32x32x1x1xf32>
  %zero = arith.constant 0.0 : f32
  %zero2 = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x32x4x4xf32>, tensor<32x32x1x1xf32>) outs(%init : tensor<1x32x4x4xf32>) -> tensor<1x32x4x4xf32>
  %e = tensor.empty() : tensor<1x32x1x1xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x32x1x1xf32>) -> tensor<1x32x1x1xf32>
  %pool = linalg.generic {indexing_maps = [#id, affine_map<(n, c, h, w) -> (n, c, 0, 0)>], iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%c : tensor<1x32x4x4xf32>) outs(%f : tensor<1x32x1x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %s = arith.addf %out, %in : f32
    linalg.yield %s : f32
  } -> tensor<1x32x1x1xf32>
  %fc = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pool, %wfc : tensor<1x32x1x1xf32>, tensor<32x32x1x1xf32>) outs(%fcInit : tensor<1x32x1x1xf32>) -> tensor<1x32x1x1xf32>
  %gate = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%fc : tensor<1x32x1x1xf32>) outs(%e : tensor<1x32x1x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %n = arith.negf %in : f32
    %x1 = math.exp %n : f32
    %d = arith.addf %x1, %one : f32
    %g = arith.divf %one, %d : f32
    linalg.yield %g : f32
  } -> tensor<1x32x1x1xf32>
  %e2 = tensor.empty() : tensor<1x32x4x4xf32>
  %scaled = linalg.generic {indexing_maps = [#id, #perChannel, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%c, %gate : tensor<1x32x4x4xf32>, tensor<1x32x1x1xf32>) outs(%e2 : tensor<1x32x4x4xf32>) {
  ^bb0(%in: f32, %s: f32, %out: f32):
    %m = arith.mulf %in, %s : f32
    linalg.yield %m : f32
  } -> tensor<1x32x4x4xf32>
  %e3 = tensor.empty() : tensor<1x32x4x4xf32>
  %zeros = linalg.fill ins(%zero2 : f32) outs(%e3 : tensor<1x32x4x4xf32>) -> tensor<1x32x4x4xf32>
  %p = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%scaled, %w : tensor<1x32x4x4xf32>, tensor<32x32x1x1xf32>) outs(%zeros : tensor<1x32x4x4xf32>) -> tensor<1x32x4x4xf32>
  return %p : tensor<1x32x4x4xf32>
}

func.func @argument_gate(%x: tensor<1x32x4x4xf32>, %init: tensor<1x32x4x4xf32>, %logits: tensor<1x32x1x1xf32>) -> tensor<1x32x4x4xf32> {
  %w = arith.constant dense<0.5> : tensor<32x32x1x1xf32>
  %zero2 = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x32x4x4xf32>, tensor<32x32x1x1xf32>) outs(%init : tensor<1x32x4x4xf32>) -> tensor<1x32x4x4xf32>
  %e = tensor.empty() : tensor<1x32x1x1xf32>
  %gate = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%logits : tensor<1x32x1x1xf32>) outs(%e : tensor<1x32x1x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %n = arith.negf %in : f32
    %x1 = math.exp %n : f32
    %d = arith.addf %x1, %one : f32
    %g = arith.divf %one, %d : f32
    linalg.yield %g : f32
  } -> tensor<1x32x1x1xf32>
  %e2 = tensor.empty() : tensor<1x32x4x4xf32>
  %scaled = linalg.generic {indexing_maps = [#id, #perChannel, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%c, %gate : tensor<1x32x4x4xf32>, tensor<1x32x1x1xf32>) outs(%e2 : tensor<1x32x4x4xf32>) {
  ^bb0(%in: f32, %s: f32, %out: f32):
    %m = arith.mulf %in, %s : f32
    linalg.yield %m : f32
  } -> tensor<1x32x4x4xf32>
  %e3 = tensor.empty() : tensor<1x32x4x4xf32>
  %zeros = linalg.fill ins(%zero2 : f32) outs(%e3 : tensor<1x32x4x4xf32>) -> tensor<1x32x4x4xf32>
  %p = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%scaled, %w : tensor<1x32x4x4xf32>, tensor<32x32x1x1xf32>) outs(%zeros : tensor<1x32x4x4xf32>) -> tensor<1x32x4x4xf32>
  return %p : tensor<1x32x4x4xf32>
}

// A bias sum as the initial value (ResNet-50's projection blocks: the sum of
// two convolutions' biases, each broadcast over the plane): the broadcasts and
// their sum are made blocked, only the input is reordered.
// CHECK-LABEL: func.func @broadcast_sum_init
// CHECK: ins(%{{.*}} : tensor<1x1x32x4x4xf32>) outs(%{{.*}} : tensor<1x1x4x4x32xf32>)
// CHECK-NOT: ins(%{{.*}} : tensor<1x1x32x4x4xf32>) outs(%{{.*}} : tensor<1x1x4x4x32xf32>)
// CHECK-COUNT-2: ins(%{{.*}} : tensor<1x1x1x1x32xf32>) outs(%{{.*}} : tensor<1x1x4x4x32xf32>)
// CHECK-NOT: ins(%{{.*}} : tensor<1x1x32x4x4xf32>) outs(%{{.*}} : tensor<1x1x4x4x32xf32>)
// CHECK: arith.addf
// CHECK-NOT: ins(%{{.*}} : tensor<1x1x32x4x4xf32>) outs(%{{.*}} : tensor<1x1x4x4x32xf32>)
// CHECK: iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]
func.func @broadcast_sum_init(%x: tensor<1x32x4x4xf32>, %b1: tensor<1x32x1x1xf32>, %b2: tensor<1x32x1x1xf32>) -> tensor<1x32x4x4xf32> {
  %w = arith.constant dense<1.0> : tensor<32x32x1x1xf32>
  %e = tensor.empty() : tensor<1x32x4x4xf32>
  %B1 = linalg.generic {indexing_maps = [#perChannel, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%b1 : tensor<1x32x1x1xf32>) outs(%e : tensor<1x32x4x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<1x32x4x4xf32>
  %B2 = linalg.generic {indexing_maps = [#perChannel, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%b2 : tensor<1x32x1x1xf32>) outs(%e : tensor<1x32x4x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<1x32x4x4xf32>
  %s = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%B1, %B2 : tensor<1x32x4x4xf32>, tensor<1x32x4x4xf32>) outs(%e : tensor<1x32x4x4xf32>) {
  ^bb0(%a: f32, %b: f32, %out: f32):
    %sum = arith.addf %a, %b : f32
    linalg.yield %sum : f32
  } -> tensor<1x32x4x4xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x32x4x4xf32>, tensor<32x32x1x1xf32>) outs(%s : tensor<1x32x4x4xf32>) -> tensor<1x32x4x4xf32>
  return %c : tensor<1x32x4x4xf32>
}

// A concatenation of two blocked convolutions' ReLUs along the channels
// (a SqueezeNet fire module: 32 + 32 -> 64) is the same concatenation of
// their blocked results into channel blocks 0 and 1 of a blocked empty
// tensor, which the next convolution reads: no reorder between them.
// CHECK-LABEL: func.func @concatenation
// CHECK: %[[R1:.*]] = linalg.generic {{.*}} ins(%{{.*}} : tensor<1x1x6x6x32xf32>) outs(%{{.*}} : tensor<1x1x6x6x32xf32>)
// CHECK: arith.maximumf
// CHECK: %[[R2:.*]] = linalg.generic {{.*}} ins(%{{.*}} : tensor<1x1x6x6x32xf32>) outs(%{{.*}} : tensor<1x1x6x6x32xf32>)
// CHECK: arith.maximumf
// CHECK: %[[E:.*]] = tensor.empty() : tensor<1x2x6x6x32xf32>
// CHECK: %[[I1:.*]] = tensor.insert_slice %[[R1]] into %[[E]][0, 0, 0, 0, 0] [1, 1, 6, 6, 32] [1, 1, 1, 1, 1]
// CHECK: %[[I2:.*]] = tensor.insert_slice %[[R2]] into %[[I1]][0, 1, 0, 0, 0] [1, 1, 6, 6, 32] [1, 1, 1, 1, 1]
// CHECK: %[[FLAT:.*]] = tensor.collapse_shape %[[I2]] {{\[\[}}0], [1], [2, 3], [4]] : tensor<1x2x6x6x32xf32> into tensor<1x2x36x32xf32>
// CHECK: linalg.generic {{.*}} ins(%[[FLAT]], %{{.*}} : tensor<1x2x36x32xf32>, tensor<1x2x32x32xf32>)
// CHECK-NOT: tensor.insert_slice
// CHECK: return
// BUF-LABEL: func.func @concatenation(
// BUF-NOT: memref.copy
// BUF: %[[CAT:.*]] = memref.alloc() {{.*}} : memref<1x2x6x6x32xf32>
// BUF: %[[PART1:.*]] = memref.subview %[[CAT]][0, 0, 0, 0, 0] [1, 1, 6, 6, 32]
// BUF: linalg.generic {{.*}} outs(%[[PART1]] :
// BUF: %[[PART2:.*]] = memref.subview %[[CAT]][0, 1, 0, 0, 0] [1, 1, 6, 6, 32]
// BUF: linalg.generic {{.*}} outs(%[[PART2]] :
// BUF-NOT: memref.copy
// BUF: return
func.func @concatenation(%x: tensor<1x32x6x6xf32>, %i1: tensor<1x32x6x6xf32>, %i2: tensor<1x32x6x6xf32>, %i3: tensor<1x32x6x6xf32>) -> tensor<1x32x6x6xf32> {
  %w1 = arith.constant dense<0.5> : tensor<32x32x1x1xf32>
  %w2 = arith.constant dense<0.25> : tensor<32x32x1x1xf32>
  %w3 = arith.constant dense<0.125> : tensor<32x64x1x1xf32>
  %zero = arith.constant 0.0 : f32
  %a = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w1 : tensor<1x32x6x6xf32>, tensor<32x32x1x1xf32>) outs(%i1 : tensor<1x32x6x6xf32>) -> tensor<1x32x6x6xf32>
  %b = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w2 : tensor<1x32x6x6xf32>, tensor<32x32x1x1xf32>) outs(%i2 : tensor<1x32x6x6xf32>) -> tensor<1x32x6x6xf32>
  %ea = tensor.empty() : tensor<1x32x6x6xf32>
  %ra = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a : tensor<1x32x6x6xf32>) outs(%ea : tensor<1x32x6x6xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  } -> tensor<1x32x6x6xf32>
  %eb = tensor.empty() : tensor<1x32x6x6xf32>
  %rb = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%b : tensor<1x32x6x6xf32>) outs(%eb : tensor<1x32x6x6xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  } -> tensor<1x32x6x6xf32>
  %e = tensor.empty() : tensor<1x64x6x6xf32>
  %s1 = tensor.insert_slice %ra into %e[0, 0, 0, 0] [1, 32, 6, 6] [1, 1, 1, 1] : tensor<1x32x6x6xf32> into tensor<1x64x6x6xf32>
  %s2 = tensor.insert_slice %rb into %s1[0, 32, 0, 0] [1, 32, 6, 6] [1, 1, 1, 1] : tensor<1x32x6x6xf32> into tensor<1x64x6x6xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%s2, %w3 : tensor<1x64x6x6xf32>, tensor<32x64x1x1xf32>) outs(%i3 : tensor<1x32x6x6xf32>) -> tensor<1x32x6x6xf32>
  return %c : tensor<1x32x6x6xf32>
}

// Parts whose blocks are not the concatenation's (48 channels in blocks of
// 16, 96 in blocks of 32) are concatenated in NCHW, after their reorders
// back; the concatenation is reordered for the next convolution.
// CHECK-LABEL: func.func @concatenation_other_blocks
// CHECK: tensor.insert_slice %{{.*}} into %{{.*}}[0, 0, 0, 0] [1, 48, 6, 6] [1, 1, 1, 1] : tensor<1x48x6x6xf32> into tensor<1x96x6x6xf32>
// CHECK: %[[S2:.*]] = tensor.insert_slice %{{.*}} into %{{.*}}[0, 48, 0, 0] [1, 48, 6, 6] [1, 1, 1, 1] : tensor<1x48x6x6xf32> into tensor<1x96x6x6xf32>
// CHECK: tensor.expand_shape %[[S2]] {{\[\[}}0], [1, 2], [3], [4]] output_shape [1, 3, 32, 6, 6]
// CHECK-NOT: tensor.insert_slice
// CHECK: return
func.func @concatenation_other_blocks(%x: tensor<1x32x6x6xf32>, %i1: tensor<1x48x6x6xf32>, %i3: tensor<1x32x6x6xf32>) -> tensor<1x32x6x6xf32> {
  %w1 = arith.constant dense<0.5> : tensor<48x32x1x1xf32>
  %w2 = arith.constant dense<0.25> : tensor<48x32x1x1xf32>
  %w3 = arith.constant dense<0.125> : tensor<32x96x1x1xf32>
  %a = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w1 : tensor<1x32x6x6xf32>, tensor<48x32x1x1xf32>) outs(%i1 : tensor<1x48x6x6xf32>) -> tensor<1x48x6x6xf32>
  %b = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w2 : tensor<1x32x6x6xf32>, tensor<48x32x1x1xf32>) outs(%i1 : tensor<1x48x6x6xf32>) -> tensor<1x48x6x6xf32>
  %e = tensor.empty() : tensor<1x96x6x6xf32>
  %s1 = tensor.insert_slice %a into %e[0, 0, 0, 0] [1, 48, 6, 6] [1, 1, 1, 1] : tensor<1x48x6x6xf32> into tensor<1x96x6x6xf32>
  %s2 = tensor.insert_slice %b into %s1[0, 48, 0, 0] [1, 48, 6, 6] [1, 1, 1, 1] : tensor<1x48x6x6xf32> into tensor<1x96x6x6xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%s2, %w3 : tensor<1x96x6x6xf32>, tensor<32x96x1x1xf32>) outs(%i3 : tensor<1x32x6x6xf32>) -> tensor<1x32x6x6xf32>
  return %c : tensor<1x32x6x6xf32>
}

// A gather (a Pad node's lowering: linalg.index and tensor.extract of its
// NCHW input) read by a chain of convolutions is not computed blocked (its
// indices would be channel blocks): its NCHW result is reordered.
// CHECK-LABEL: func.func @gather_into_chain
// CHECK: %[[G:.*]] = linalg.generic {{.*}} outs(%{{.*}} : tensor<1x32x8x8xf32>)
// CHECK: linalg.index 1
// CHECK: tensor.extract %arg0
// CHECK: tensor.expand_shape %[[G]] {{\[\[}}0], [1, 2], [3], [4]] output_shape [1, 1, 32, 8, 8]
// CHECK-NOT: linalg.index
// CHECK: return
func.func @gather_into_chain(%x: tensor<1x32x8x8xf32>, %i1: tensor<1x32x8x8xf32>, %i2: tensor<1x32x8x8xf32>, %i3: tensor<1x32x8x8xf32>) -> tensor<1x32x8x8xf32> {
  %w = arith.constant dense<0.5> : tensor<32x32x1x1xf32>
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c31 = arith.constant 31 : index
  %e = tensor.empty() : tensor<1x32x8x8xf32>
  // Channel c reads channel 31 - c: a gather, not an elementwise op.
  %g = linalg.generic {indexing_maps = [#id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%e : tensor<1x32x8x8xf32>) {
  ^bb0(%out: f32):
    %c = linalg.index 1 : index
    %h = linalg.index 2 : index
    %w2 = linalg.index 3 : index
    %r = arith.subi %c31, %c : index
    %v = tensor.extract %x[%c0, %r, %h, %w2] : tensor<1x32x8x8xf32>
    linalg.yield %v : f32
  } -> tensor<1x32x8x8xf32>
  %a = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%g, %w : tensor<1x32x8x8xf32>, tensor<32x32x1x1xf32>) outs(%i1 : tensor<1x32x8x8xf32>) -> tensor<1x32x8x8xf32>
  %b = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%a, %w : tensor<1x32x8x8xf32>, tensor<32x32x1x1xf32>) outs(%i2 : tensor<1x32x8x8xf32>) -> tensor<1x32x8x8xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%b, %w : tensor<1x32x8x8xf32>, tensor<32x32x1x1xf32>) outs(%i3 : tensor<1x32x8x8xf32>) -> tensor<1x32x8x8xf32>
  return %c : tensor<1x32x8x8xf32>
}

// A grouped convolution as convert-ov-to-linalg lowers it (16 groups of 4
// channels of 64) on 6x6 output rows: computed by shuffles
// (GroupedShuffleKernel.h), a sum of one term per tap over loops (n, b, h,
// oh, ow, gq, o, i), the channels of each block split into (half block,
// group, channel of the group) before the taps are taken; the filter per
// tap [2 (b), 2 (h), 4 (i), 4 (gq), 4 (o)]; marked for
// ov-tile-and-vectorize.
#gdata = affine_map<(n, g, f, oh, ow, c, kh, kw) -> (n, g * 4 + c, oh + kh, ow + kw)>
#gdata12 = affine_map<(n, g, f, oh, ow, c, kh, kw) -> (n, g * 12 + c, oh + kh, ow + kw)>
#gfilter = affine_map<(n, g, f, oh, ow, c, kh, kw) -> (g, f, c, kh, kw)>
#gout = affine_map<(n, g, f, oh, ow, c, kh, kw) -> (n, g, f, oh, ow)>
// CHECK-LABEL: func.func @grouped
// CHECK: %[[W:.*]] = arith.constant dense_resource<blocked_grouped_filter{{.*}}> : tensor<9x2x2x4x4x4xf32>
// CHECK: %[[X:.*]] = linalg.generic {{.*}} outs(%{{.*}} : tensor<1x2x8x8x32xf32>)
// CHECK: %[[SPLIT:.*]] = tensor.expand_shape %[[X]] {{\[}}[0], [1], [2], [3], [4, 5, 6]] output_shape [1, 2, 8, 8, 2, 4, 4]
// CHECK: %[[ZERO:.*]] = linalg.fill {{.*}} outs(%{{.*}} : tensor<1x2x6x6x2x4x4xf32>)
// CHECK: %[[TAP0:.*]] = tensor.extract_slice %[[SPLIT]][0, 0, 0, 0, 0, 0, 0] [1, 2, 6, 6, 2, 4, 4]
// CHECK: %[[W0:.*]] = tensor.extract_slice %[[W]][0, 0, 0, 0, 0, 0] [1, 2, 2, 4, 4, 4] [1, 1, 1, 1, 1, 1] : tensor<9x2x2x4x4x4xf32> to tensor<2x2x4x4x4xf32>
// CHECK: %[[C:.*]] = linalg.generic {indexing_maps = [{{.*}}], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%[[TAP0]], %[[W0]], {{.*}}) outs(%[[ZERO]] : tensor<1x2x6x6x2x4x4xf32>) attrs =  {ov_grouped_shuffle}
// CHECK-COUNT-9: arith.mulf
// CHECK: %[[WHOLE:.*]] = tensor.collapse_shape %[[C]] {{\[}}[0], [1], [2], [3], [4, 5, 6]] : tensor<1x2x6x6x2x4x4xf32> into tensor<1x2x6x6x32xf32>
// CHECK: linalg.generic {{.*}} ins(%[[WHOLE]] : tensor<1x2x6x6x32xf32>) outs(%{{.*}} : tensor<1x2x32x6x6xf32>)
// CHECK: return
func.func @grouped(%x: tensor<1x64x8x8xf32>) -> tensor<1x64x6x6xf32> {
  %w = arith.constant dense<1.0> : tensor<16x4x4x3x3xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x16x4x6x6xf32>
  %fill = linalg.fill ins(%zero : f32) outs(%e : tensor<1x16x4x6x6xf32>) -> tensor<1x16x4x6x6xf32>
  %g = linalg.generic {indexing_maps = [#gdata, #gfilter, #gout], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]} ins(%x, %w : tensor<1x64x8x8xf32>, tensor<16x4x4x3x3xf32>) outs(%fill : tensor<1x16x4x6x6xf32>) {
  ^bb0(%in: f32, %in_w: f32, %out: f32):
    %m = arith.mulf %in, %in_w : f32
    %a = arith.addf %out, %m : f32
    linalg.yield %a : f32
  } -> tensor<1x16x4x6x6xf32>
  %c = tensor.collapse_shape %g [[0], [1, 2], [3], [4]] : tensor<1x16x4x6x6xf32> into tensor<1x64x6x6xf32>
  return %c : tensor<1x64x6x6xf32>
}

// A grouped convolution as convert-ov-to-linalg lowers it (16 groups of 4
// channels of 64) whose output rows (17 positions) have no register tile
// of shuffles (@grouped above): one contraction on blocked activations
// whose block and half block are batch loops, each half block of 16
// filters reading its own 16 channels through a block-diagonal filter per
// tap ([9, 2, 2, 16, 16]); the input split into halves before its taps are
// taken, the zeros the contraction starts from split alike.
// CHECK-LABEL: func.func @grouped_half_blocks
// CHECK: %[[W:.*]] = arith.constant dense_resource<blocked_grouped_filter{{.*}}> : tensor<9x2x2x16x16xf32>
// CHECK: %[[X:.*]] = linalg.generic {{.*}} outs(%{{.*}} : tensor<1x2x19x19x32xf32>)
// CHECK: %[[HALVES:.*]] = tensor.expand_shape %[[X]] {{\[}}[0], [1], [2], [3], [4, 5]] output_shape [1, 2, 19, 19, 2, 16]
// CHECK: %[[ZERO:.*]] = linalg.fill {{.*}} outs(%{{.*}} : tensor<1x2x17x17x2x16xf32>)
// CHECK: %[[TAP0:.*]] = tensor.extract_slice %[[HALVES]][0, 0, 0, 0, 0, 0] [1, 2, 17, 17, 2, 16] [1, 1, 1, 1, 1, 1]
// CHECK: %[[W0:.*]] = tensor.extract_slice %[[W]][0, 0, 0, 0, 0] [1, 2, 2, 16, 16] [1, 1, 1, 1, 1] : tensor<9x2x2x16x16xf32> to tensor<2x2x16x16xf32>
// CHECK: %[[TAP4:.*]] = tensor.extract_slice %[[HALVES]][0, 0, 1, 1, 0, 0] [1, 2, 17, 17, 2, 16]
// CHECK: %[[C:.*]] = linalg.generic {indexing_maps = [#{{.*}}], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%[[TAP0]], %[[W0]], {{.*}}) outs(%[[ZERO]] : tensor<1x2x17x17x2x16xf32>)
// CHECK-COUNT-9: arith.mulf
// CHECK: %[[WHOLE:.*]] = tensor.collapse_shape %[[C]] {{\[}}[0], [1], [2], [3], [4, 5]] : tensor<1x2x17x17x2x16xf32> into tensor<1x2x17x17x32xf32>
// CHECK: linalg.generic {{.*}} ins(%[[WHOLE]] : tensor<1x2x17x17x32xf32>) outs(%{{.*}} : tensor<1x2x32x17x17xf32>)
// CHECK-NOT: iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]
// CHECK: return
func.func @grouped_half_blocks(%x: tensor<1x64x19x19xf32>) -> tensor<1x64x17x17xf32> {
  %w = arith.constant dense<1.0> : tensor<16x4x4x3x3xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x16x4x17x17xf32>
  %fill = linalg.fill ins(%zero : f32) outs(%e : tensor<1x16x4x17x17xf32>) -> tensor<1x16x4x17x17xf32>
  %g = linalg.generic {indexing_maps = [#gdata, #gfilter, #gout], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]} ins(%x, %w : tensor<1x64x19x19xf32>, tensor<16x4x4x3x3xf32>) outs(%fill : tensor<1x16x4x17x17xf32>) {
  ^bb0(%in: f32, %in_w: f32, %out: f32):
    %m = arith.mulf %in, %in_w : f32
    %a = arith.addf %out, %m : f32
    linalg.yield %a : f32
  } -> tensor<1x16x4x17x17xf32>
  %c = tensor.collapse_shape %g [[0], [1, 2], [3], [4]] : tensor<1x16x4x17x17xf32> into tensor<1x64x17x17xf32>
  return %c : tensor<1x64x17x17xf32>
}

// 24 channels in 3 groups of 8: blocks of 16, completed to 32 (a fourth
// group of zero channels and zero filters); output rows of 9 positions (no
// register tile of shuffles for groups of 8): block-diagonal filters.
#gdata8 = affine_map<(n, g, f, oh, ow, c, kh, kw) -> (n, g * 8 + c, oh + kh, ow + kw)>
// CHECK-LABEL: func.func @grouped_completed
// CHECK: arith.constant dense_resource<blocked_grouped_filter{{.*}}> : tensor<9x2x16x16xf32>
// CHECK: linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction"]} {{.*}} outs(%{{.*}} : tensor<1x2x9x9x16xf32>)
// CHECK: return
func.func @grouped_completed(%x: tensor<1x24x11x11xf32>) -> tensor<1x24x9x9xf32> {
  %w = arith.constant dense<1.0> : tensor<3x8x8x3x3xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x3x8x9x9xf32>
  %fill = linalg.fill ins(%zero : f32) outs(%e : tensor<1x3x8x9x9xf32>) -> tensor<1x3x8x9x9xf32>
  %g = linalg.generic {indexing_maps = [#gdata8, #gfilter, #gout], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]} ins(%x, %w : tensor<1x24x11x11xf32>, tensor<3x8x8x3x3xf32>) outs(%fill : tensor<1x3x8x9x9xf32>) {
  ^bb0(%in: f32, %in_w: f32, %out: f32):
    %m = arith.mulf %in, %in_w : f32
    %a = arith.addf %out, %m : f32
    linalg.yield %a : f32
  } -> tensor<1x3x8x9x9xf32>
  %c = tensor.collapse_shape %g [[0], [1, 2], [3], [4]] : tensor<1x3x8x9x9xf32> into tensor<1x24x9x9xf32>
  return %c : tensor<1x24x9x9xf32>
}

// 2 groups of 64 channels, each 2 blocks of 32: the blocks split into
// (group, block in group), a blocked convolution per group with the group
// a batch loop; the filter dense per group ([9, 2, 2, 2, 32, 32]).
#gdata64 = affine_map<(n, g, f, oh, ow, c, kh, kw) -> (n, g * 64 + c, oh + kh, ow + kw)>
// CHECK-LABEL: func.func @grouped_wide
// CHECK: %[[W:.*]] = arith.constant dense_resource<blocked_grouped_filter{{.*}}> : tensor<9x2x2x2x32x32xf32>
// CHECK: tensor.expand_shape %{{.*}} {{\[\[}}0], [1, 2], [3], [4], [5]] output_shape [1, 2, 2, 6, 6, 32] : tensor<1x4x6x6x32xf32> into tensor<1x2x2x6x6x32xf32>
// CHECK: %[[ACC:.*]] = linalg.fill {{.*}} -> tensor<1x2x2x6x6x32xf32>
// CHECK: %[[SUM:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} {{.*}} outs(%[[ACC]] : tensor<1x2x2x6x6x32xf32>)
// CHECK-COUNT-9: arith.mulf
// CHECK: tensor.collapse_shape %[[SUM]] {{\[\[}}0], [1, 2], [3], [4], [5]] : tensor<1x2x2x6x6x32xf32> into tensor<1x4x6x6x32xf32>
// CHECK: return
func.func @grouped_wide(%x: tensor<1x128x8x8xf32>) -> tensor<1x128x6x6xf32> {
  %w = arith.constant dense<1.0> : tensor<2x64x64x3x3xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x2x64x6x6xf32>
  %fill = linalg.fill ins(%zero : f32) outs(%e : tensor<1x2x64x6x6xf32>) -> tensor<1x2x64x6x6xf32>
  %g = linalg.generic {indexing_maps = [#gdata64, #gfilter, #gout], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]} ins(%x, %w : tensor<1x128x8x8xf32>, tensor<2x64x64x3x3xf32>) outs(%fill : tensor<1x2x64x6x6xf32>) {
  ^bb0(%in: f32, %in_w: f32, %out: f32):
    %m = arith.mulf %in, %in_w : f32
    %a = arith.addf %out, %m : f32
    linalg.yield %a : f32
  } -> tensor<1x2x64x6x6xf32>
  %c = tensor.collapse_shape %g [[0], [1, 2], [3], [4]] : tensor<1x2x64x6x6xf32> into tensor<1x128x6x6xf32>
  return %c : tensor<1x128x6x6xf32>
}

// Groups of 12 channels neither fill blocks of 32 nor are whole blocks:
// linalg's grouped convolution on the input split into its 8 groups
// (ov-convolutions-to-matmuls makes contractions of it).
// CHECK-LABEL: func.func @grouped_across_blocks
// CHECK-NOT: blocked_grouped_filter
// CHECK: %[[FILL:.*]] = linalg.fill {{.*}} -> tensor<1x8x12x6x6xf32>
// CHECK: %[[SPLIT:.*]] = tensor.expand_shape %arg0 {{\[\[}}0], [1, 2], [3], [4]] output_shape [1, 8, 12, 8, 8]
// CHECK: %[[CONV:.*]] = linalg.conv_2d_ngchw_gfchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%[[SPLIT]], %{{.*}} : tensor<1x8x12x8x8xf32>, tensor<8x12x12x3x3xf32>) outs(%[[FILL]] : tensor<1x8x12x6x6xf32>)
// CHECK: %[[MERGED:.*]] = tensor.collapse_shape %[[CONV]] {{\[\[}}0], [1, 2], [3], [4]] : tensor<1x8x12x6x6xf32> into tensor<1x96x6x6xf32>
// CHECK-NOT: linalg.generic
// CHECK: return %[[MERGED]]
func.func @grouped_across_blocks(%x: tensor<1x96x8x8xf32>) -> tensor<1x96x6x6xf32> {
  %w = arith.constant dense<1.0> : tensor<8x12x12x3x3xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x8x12x6x6xf32>
  %fill = linalg.fill ins(%zero : f32) outs(%e : tensor<1x8x12x6x6xf32>) -> tensor<1x8x12x6x6xf32>
  %g = linalg.generic {indexing_maps = [#gdata12, #gfilter, #gout], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]} ins(%x, %w : tensor<1x96x8x8xf32>, tensor<8x12x12x3x3xf32>) outs(%fill : tensor<1x8x12x6x6xf32>) {
  ^bb0(%in: f32, %in_w: f32, %out: f32):
    %m = arith.mulf %in, %in_w : f32
    %a = arith.addf %out, %m : f32
    linalg.yield %a : f32
  } -> tensor<1x8x12x6x6xf32>
  %c = tensor.collapse_shape %g [[0], [1, 2], [3], [4]] : tensor<1x8x12x6x6xf32> into tensor<1x96x6x6xf32>
  return %c : tensor<1x96x6x6xf32>
}

// The bias of a convolution of one position (a squeeze-excite product) is
// its initial value, a copy of a reshaped constant (ov-accumulate-addends):
// its blocked form is a constant made at compile time (the copy reads the
// reshaped constant: identity maps), three blocks of 16.
// CHECK-LABEL: func.func @constant_bias_of_one_position
// CHECK-DAG: %[[BIAS:.*]] = arith.constant dense_resource<{{blocked_constant.*}}> : tensor<1x3x1x1x16xf32>
// CHECK: %[[INIT:.*]] = tensor.collapse_shape %[[BIAS]]
// CHECK: linalg.generic {{.*}} outs(%[[INIT]] : tensor<1x3x1x16xf32>)
// CHECK-NOT: tensor.reshape
func.func @constant_bias_of_one_position(%x: tensor<1x64x1x1xf32>, %init: tensor<1x64x1x1xf32>) -> tensor<1x64x1x1xf32> {
  %w1 = arith.constant dense<0.5> : tensor<48x64x1x1xf32>
  %w2 = arith.constant dense<0.25> : tensor<64x48x1x1xf32>
  %b = arith.constant dense<[0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 19.0, 20.0, 21.0, 22.0, 23.0, 24.0, 25.0, 26.0, 27.0, 28.0, 29.0, 30.0, 31.0, 32.0, 33.0, 34.0, 35.0, 36.0, 37.0, 38.0, 39.0, 40.0, 41.0, 42.0, 43.0, 44.0, 45.0, 46.0, 47.0]> : tensor<48xf32>
  %shape = arith.constant dense<[1, 48, 1, 1]> : tensor<4xindex>
  %reshaped = tensor.reshape %b(%shape) : (tensor<48xf32>, tensor<4xindex>) -> tensor<1x48x1x1xf32>
  %e = tensor.empty() : tensor<1x48x1x1xf32>
  %copy = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%reshaped : tensor<1x48x1x1xf32>) outs(%e : tensor<1x48x1x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<1x48x1x1xf32>
  %c1 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w1 : tensor<1x64x1x1xf32>, tensor<48x64x1x1xf32>) outs(%copy : tensor<1x48x1x1xf32>) -> tensor<1x48x1x1xf32>
  %c2 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%c1, %w2 : tensor<1x48x1x1xf32>, tensor<64x48x1x1xf32>) outs(%init : tensor<1x64x1x1xf32>) -> tensor<1x64x1x1xf32>
  return %c2 : tensor<1x64x1x1xf32>
}

// A 1x1 convolution whose input another user pads (the input is then
// written into the padded buffer's interior, whose collapsed plane would be
// a copy): loops over rows and columns, the blocked input read as it is.
// CHECK-LABEL: func.func @pointwise_of_padded
// CHECK: tensor.pad %[[X:[^ ]*]] low[0, 0, 1, 1, 0]
// CHECK-NOT: tensor.collapse_shape %[[X]]
// CHECK: linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%[[X]], %{{.*}} : tensor<1x1x6x6x32xf32>, tensor<1x1x32x32xf32>)
func.func @pointwise_of_padded(%x: tensor<1x32x6x6xf32>, %init: tensor<1x32x6x6xf32>) -> (tensor<1x32x6x6xf32>, tensor<1x32x6x6xf32>) {
  %w = arith.constant dense<1.0> : tensor<32x32x1x1xf32>
  %w3 = arith.constant dense<1.0> : tensor<32x32x3x3xf32>
  %zero = arith.constant 0.0 : f32
  %px = tensor.pad %x low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    tensor.yield %zero : f32
  } : tensor<1x32x6x6xf32> to tensor<1x32x8x8xf32>
  %a = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%px, %w3 : tensor<1x32x8x8xf32>, tensor<32x32x3x3xf32>) outs(%init : tensor<1x32x6x6xf32>) -> tensor<1x32x6x6xf32>
  %b = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x32x6x6xf32>, tensor<32x32x1x1xf32>) outs(%init : tensor<1x32x6x6xf32>) -> tensor<1x32x6x6xf32>
  return %a, %b : tensor<1x32x6x6xf32>, tensor<1x32x6x6xf32>
}

// A constant initial value of a plane ([1, 32, 2, 2], element c * 4 + h * 2
// + w = its index) is reordered at compile time too: the blob holds the
// channels innermost (0, 4, 8, 12, ... for position (0, 0)).
// CHECK-LABEL: func.func @constant_plane_init
// CHECK: %[[INIT:.*]] = arith.constant dense_resource<[[PLANE:blocked_constant[_0-9]*]]> : tensor<1x1x2x2x32xf32>
// CHECK-NOT: tensor.expand_shape %cst
// CHECK: [[PLANE]]: "0x04000000000000000000804000000041000040410000804100
func.func @constant_plane_init(%x: tensor<1x32x2x2xf32>, %init2: tensor<1x32x2x2xf32>) -> tensor<1x32x2x2xf32> {
  %w1 = arith.constant dense<0.5> : tensor<32x32x1x1xf32>
  %w2 = arith.constant dense<0.25> : tensor<32x32x1x1xf32>
  %init = arith.constant dense<[0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 19.0, 20.0, 21.0, 22.0, 23.0, 24.0, 25.0, 26.0, 27.0, 28.0, 29.0, 30.0, 31.0, 32.0, 33.0, 34.0, 35.0, 36.0, 37.0, 38.0, 39.0, 40.0, 41.0, 42.0, 43.0, 44.0, 45.0, 46.0, 47.0, 48.0, 49.0, 50.0, 51.0, 52.0, 53.0, 54.0, 55.0, 56.0, 57.0, 58.0, 59.0, 60.0, 61.0, 62.0, 63.0, 64.0, 65.0, 66.0, 67.0, 68.0, 69.0, 70.0, 71.0, 72.0, 73.0, 74.0, 75.0, 76.0, 77.0, 78.0, 79.0, 80.0, 81.0, 82.0, 83.0, 84.0, 85.0, 86.0, 87.0, 88.0, 89.0, 90.0, 91.0, 92.0, 93.0, 94.0, 95.0, 96.0, 97.0, 98.0, 99.0, 100.0, 101.0, 102.0, 103.0, 104.0, 105.0, 106.0, 107.0, 108.0, 109.0, 110.0, 111.0, 112.0, 113.0, 114.0, 115.0, 116.0, 117.0, 118.0, 119.0, 120.0, 121.0, 122.0, 123.0, 124.0, 125.0, 126.0, 127.0]> : tensor<128xf32>
  %shape = arith.constant dense<[1, 32, 2, 2]> : tensor<4xindex>
  %plane = tensor.reshape %init(%shape) : (tensor<128xf32>, tensor<4xindex>) -> tensor<1x32x2x2xf32>
  %c1 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w1 : tensor<1x32x2x2xf32>, tensor<32x32x1x1xf32>) outs(%plane : tensor<1x32x2x2xf32>) -> tensor<1x32x2x2xf32>
  %c2 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%c1, %w2 : tensor<1x32x2x2xf32>, tensor<32x32x1x1xf32>) outs(%init2 : tensor<1x32x2x2xf32>) -> tensor<1x32x2x2xf32>
  return %c2 : tensor<1x32x2x2xf32>
}
