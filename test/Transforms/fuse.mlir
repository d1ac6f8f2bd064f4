// RUN: ov-opt %s --ov-fuse --split-input-file --mlir-print-debuginfo --mlir-print-local-scope | FileCheck %s

// BatchNormInference after a Convolution: the filter is scaled per output
// channel by gamma / sqrt(variance + epsilon) (2 / 4, 3 / 3), the rest is a
// [1, C, 1, 1] bias: beta - mean * scale. The convolution keeps its
// location, the Add takes BN's location and tensor names; the
// convolution's own names go (its value changed).
// CHECK-LABEL: func.func @conv_bn
// CHECK: %[[W:.*]] = ov.constant dense<{{\[}}{{\[}}{{\[}}[5.000000e-01]], {{\[}}[1.000000e+00]]], {{\[}}{{\[}}[3.000000e+00]], {{\[}}[4.000000e+00]]]]> : tensor<2x2x1x1xf32> loc("w/fused")
// CHECK: %[[C:.*]] = ov.convolution %arg0, %[[W]] {dilations = array<i64: 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x2x4x4xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x4x4xf32> loc("conv")
// CHECK: %[[B:.*]] = ov.constant dense<{{\[}}{{\[}}{{\[}}[0.000000e+00]], {{\[}}[-1.000000e+00]]]]> : tensor<1x2x1x1xf32> loc("bn/bias")
// CHECK: %[[R:.*]] = ov.add %[[C]], %[[B]] {ov.tensor_names = {{\[}}["bn_out"]]} : (tensor<1x2x4x4xf32>, tensor<1x2x1x1xf32>) -> tensor<1x2x4x4xf32> loc("bn")
// CHECK: return %[[R]]
// CHECK-NOT: batch_norm
func.func @conv_bn(%x: tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32> {
  %w = ov.constant dense<[[[[1.0]], [[2.0]]], [[[3.0]], [[4.0]]]]> : tensor<2x2x1x1xf32> loc("w")
  %c = ov.convolution %x, %w {dilations = array<i64: 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, strides = array<i64: 1, 1>, ov.tensor_names = [["conv_out"]]} : (tensor<1x2x4x4xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x4x4xf32> loc("conv")
  %g = ov.constant dense<[2.0, 3.0]> : tensor<2xf32>
  %b = ov.constant dense<[0.5, 1.0]> : tensor<2xf32>
  %m = ov.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %v = ov.constant dense<[15.0, 8.0]> : tensor<2xf32>
  %r = ov.batch_norm_inference %c, %g, %b, %m, %v {epsilon = 1.0 : f64, ov.tensor_names = [["bn_out"]]} : (tensor<1x2x4x4xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x4x4xf32> loc("bn")
  return %r : tensor<1x2x4x4xf32>
}

// -----

// With a per-channel bias Add between them (ONNX Conv with a bias), the bias
// joins the shift: (bias - mean) * scale + beta; the Add goes. A
// GroupConvolution's filter [G, C_OUT / G, ...] scales per output channel
// too (channel g * C_OUT / G + m).
// CHECK-LABEL: func.func @group_conv_bias_bn
// CHECK: %[[W:.*]] = ov.constant dense<{{\[}}{{\[}}{{\[}}[2.000000e+00]], {{\[}}[4.000000e+00]]], {{\[}}{{\[}}[-3.000000e+00]], {{\[}}[-4.000000e+00]]]]> : tensor<2x2x1x1xf32> loc("gw/fused")
// CHECK: %[[C:.*]] = ov.group_convolution %arg0, %[[W]] {{.*}} loc("gconv")
// CHECK: %[[B:.*]] = ov.constant dense<{{\[}}{{\[}}[2.000000e+00], [4.000000e+00], [1.000000e+00], [-2.000000e+00]]]> : tensor<1x4x1xf32> loc("gbn/bias")
// CHECK: %[[R:.*]] = ov.add %[[C]], %[[B]] : (tensor<2x4x3xf32>, tensor<1x4x1xf32>) -> tensor<2x4x3xf32> loc("gbn")
// CHECK: return %[[R]]
func.func @group_conv_bias_bn(%x: tensor<2x2x3xf32>) -> tensor<2x4x3xf32> {
  %w = ov.constant dense<[[[[1.0]], [[2.0]]], [[[3.0]], [[4.0]]]]> : tensor<2x2x1x1xf32> loc("gw")
  %c = ov.group_convolution %x, %w {dilations = array<i64: 1>, pads_begin = array<i64: 0>, pads_end = array<i64: 0>, strides = array<i64: 1>} : (tensor<2x2x3xf32>, tensor<2x2x1x1xf32>) -> tensor<2x4x3xf32> loc("gconv")
  %bias = ov.constant dense<[[[1.0], [2.0], [3.0], [4.0]]]> : tensor<1x4x1xf32>
  %a = ov.add %bias, %c : (tensor<1x4x1xf32>, tensor<2x4x3xf32>) -> tensor<2x4x3xf32> loc("bias_add")
  %g = ov.constant dense<[2.0, 2.0, -1.0, -1.0]> : tensor<4xf32>
  %b = ov.constant dense<[0.0, 0.0, 0.0, 0.0]> : tensor<4xf32>
  %m = ov.constant dense<[0.0, 0.0, 4.0, 2.0]> : tensor<4xf32>
  %v = ov.constant dense<[0.0, 0.0, 0.0, 0.0]> : tensor<4xf32>
  %r = ov.batch_norm_inference %a, %g, %b, %m, %v {epsilon = 1.0 : f64} : (tensor<2x4x3xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<2x4x3xf32> loc("gbn")
  return %r : tensor<2x4x3xf32>
}

// -----

// Large new filters are dense resource blobs, as the frontends store them.
// CHECK-LABEL: func.func @large_filter
// CHECK: ov.constant dense_resource<big_fused> : tensor<8x4x3x3xf32>
// CHECK: ov.convolution
// CHECK: ov.constant dense<{{.*}}> : tensor<1x8x1x1xf32>
// CHECK: ov.add
func.func @large_filter(%x: tensor<1x4x5x5xf32>) -> tensor<1x8x3x3xf32> {
  %w = ov.constant dense<0.5> : tensor<8x4x3x3xf32> loc("big")
  %c = ov.convolution %x, %w {dilations = array<i64: 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x4x5x5xf32>, tensor<8x4x3x3xf32>) -> tensor<1x8x3x3xf32>
  %s = ov.constant dense<1.0> : tensor<8xf32>
  %r = ov.batch_norm_inference %c, %s, %s, %s, %s {epsilon = 1.0e-5 : f64} : (tensor<1x8x3x3xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<1x8x3x3xf32>
  return %r : tensor<1x8x3x3xf32>
}

// -----

// No fusion: a filter that is not constant, statistics that are not
// constant, a convolution result with other users.
// CHECK-LABEL: func.func @bn_no_fusion
// CHECK-COUNT-3: ov.batch_norm_inference
func.func @bn_no_fusion(%x: tensor<1x2x4x4xf32>, %wv: tensor<2x2x1x1xf32>, %gv: tensor<2xf32>)
    -> (tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>) {
  %w = ov.constant dense<1.0> : tensor<2x2x1x1xf32>
  %s = ov.constant dense<1.0> : tensor<2xf32>
  %c0 = ov.convolution %x, %wv {dilations = array<i64: 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x2x4x4xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x4x4xf32>
  %r0 = ov.batch_norm_inference %c0, %s, %s, %s, %s {epsilon = 1.0e-5 : f64} : (tensor<1x2x4x4xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x4x4xf32>
  %c1 = ov.convolution %x, %w {dilations = array<i64: 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x2x4x4xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x4x4xf32>
  %r1 = ov.batch_norm_inference %c1, %gv, %s, %s, %s {epsilon = 1.0e-5 : f64} : (tensor<1x2x4x4xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x4x4xf32>
  %c2 = ov.convolution %x, %w {dilations = array<i64: 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x2x4x4xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x4x4xf32>
  %r2 = ov.batch_norm_inference %c2, %s, %s, %s, %s {epsilon = 1.0e-5 : f64} : (tensor<1x2x4x4xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x4x4xf32>
  return %r0, %r1, %r2, %c2 : tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>
}

// -----

// Multiply by a per-output-channel constant after a Convolution: folded into
// the filter; the convolution takes the Multiply's location and tensor
// names. A scalar factor scales every channel (also the GroupConvolution's).
// CHECK-LABEL: func.func @conv_multiply
// CHECK: %[[W:.*]] = ov.constant dense<{{\[}}{{\[}}{{\[}}[2.000000e+00]], {{\[}}[4.000000e+00]]], {{\[}}{{\[}}[-3.000000e+00]], {{\[}}[-4.000000e+00]]]]> : tensor<2x2x1x1xf32> loc("w/fused")
// CHECK: %[[C:.*]] = ov.convolution %arg0, %[[W]] {dilations = array<i64: 1, 1>, ov.tensor_names = {{\[}}["mul_out"]], pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x2x4x4xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x4x4xf32> loc("mul")
// CHECK: %[[GW:.*]] = ov.constant dense<{{\[}}{{\[}}{{\[}}[5.000000e-01]], {{\[}}[1.000000e+00]]], {{\[}}{{\[}}[1.500000e+00]], {{\[}}[2.000000e+00]]]]> : tensor<2x2x1x1xf32> loc("gw/fused")
// CHECK: %[[G:.*]] = ov.group_convolution %arg1, %[[GW]] {{.*}} loc("gmul")
// CHECK: return %[[C]], %[[G]]
// CHECK-NOT: ov.multiply
func.func @conv_multiply(%x: tensor<1x2x4x4xf32>, %y: tensor<2x2x3xf32>) -> (tensor<1x2x4x4xf32>, tensor<2x4x3xf32>) {
  %w = ov.constant dense<[[[[1.0]], [[2.0]]], [[[3.0]], [[4.0]]]]> : tensor<2x2x1x1xf32> loc("w")
  %c = ov.convolution %x, %w {dilations = array<i64: 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, strides = array<i64: 1, 1>, ov.tensor_names = [["conv_out"]]} : (tensor<1x2x4x4xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x4x4xf32> loc("conv")
  %f = ov.constant dense<[[[2.0]], [[-1.0]]]> : tensor<2x1x1xf32>
  %r = ov.multiply %f, %c {ov.tensor_names = [["mul_out"]]} : (tensor<2x1x1xf32>, tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32> loc("mul")
  %gw = ov.constant dense<[[[[1.0]], [[2.0]]], [[[3.0]], [[4.0]]]]> : tensor<2x2x1x1xf32> loc("gw")
  %g = ov.group_convolution %y, %gw {dilations = array<i64: 1>, pads_begin = array<i64: 0>, pads_end = array<i64: 0>, strides = array<i64: 1>} : (tensor<2x2x3xf32>, tensor<2x2x1x1xf32>) -> tensor<2x4x3xf32> loc("gconv")
  %h = ov.constant dense<0.5> : tensor<f32>
  %gr = ov.multiply %g, %h : (tensor<2x4x3xf32>, tensor<f32>) -> tensor<2x4x3xf32> loc("gmul")
  return %r, %gr : tensor<1x2x4x4xf32>, tensor<2x4x3xf32>
}

// -----

// After a MatMul with constant weights, a factor per column scales the
// weights' columns ([K, N]), or their rows when transposed ([N, K]).
// CHECK-LABEL: func.func @matmul_multiply
// CHECK: %[[W:.*]] = ov.constant dense<{{\[}}[1.000000e+00, 2.000000e+01], [3.000000e+00, 4.000000e+01], [5.000000e+00, 6.000000e+01]]> : tensor<3x2xf32>
// CHECK: %[[M:.*]] = ov.matmul %arg0, %[[W]] : (tensor<4x3xf32>, tensor<3x2xf32>) -> tensor<4x2xf32> loc("mmul")
// CHECK: %[[TW:.*]] = ov.constant dense<{{\[}}[1.000000e+00, 3.000000e+00, 5.000000e+00], [2.000000e+01, 4.000000e+01, 6.000000e+01]]> : tensor<2x3xf32>
// CHECK: %[[T:.*]] = ov.matmul %arg0, %[[TW]] {transpose_b = true} : (tensor<4x3xf32>, tensor<2x3xf32>) -> tensor<4x2xf32>
// CHECK: return %[[M]], %[[T]]
func.func @matmul_multiply(%x: tensor<4x3xf32>) -> (tensor<4x2xf32>, tensor<4x2xf32>) {
  %w = ov.constant dense<[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]> : tensor<3x2xf32>
  %m = ov.matmul %x, %w : (tensor<4x3xf32>, tensor<3x2xf32>) -> tensor<4x2xf32>
  %f = ov.constant dense<[1.0, 10.0]> : tensor<2xf32>
  %r = ov.multiply %m, %f : (tensor<4x2xf32>, tensor<2xf32>) -> tensor<4x2xf32> loc("mmul")
  %tw = ov.constant dense<[[1.0, 3.0, 5.0], [2.0, 4.0, 6.0]]> : tensor<2x3xf32>
  %t = ov.matmul %x, %tw {transpose_b = true} : (tensor<4x3xf32>, tensor<2x3xf32>) -> tensor<4x2xf32>
  %tf = ov.constant dense<[[1.0, 10.0]]> : tensor<1x2xf32>
  %tr = ov.multiply %t, %tf : (tensor<4x2xf32>, tensor<1x2xf32>) -> tensor<4x2xf32>
  return %r, %tr : tensor<4x2xf32>, tensor<4x2xf32>
}

// -----

// No fusion: weights that are not constant, a factor that is not constant,
// factors not per output channel (per spatial position, per row of a
// MatMul, or broadcasting the result larger), a convolution result with
// other users.
// CHECK-LABEL: func.func @multiply_no_fusion
// CHECK-COUNT-7: ov.multiply
func.func @multiply_no_fusion(%x: tensor<1x2x4x4xf32>, %wv: tensor<2x2x1x1xf32>, %fv: tensor<1x2x1x1xf32>, %a: tensor<4x3xf32>)
    -> (tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<2x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<4x2xf32>, tensor<4x4xf32>) {
  %w = ov.constant dense<1.0> : tensor<2x2x1x1xf32>
  %f = ov.constant dense<[[[[2.0]], [[3.0]]]]> : tensor<1x2x1x1xf32>
  %c0 = ov.convolution %x, %wv {dilations = array<i64: 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x2x4x4xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x4x4xf32>
  %r0 = ov.multiply %c0, %f : (tensor<1x2x4x4xf32>, tensor<1x2x1x1xf32>) -> tensor<1x2x4x4xf32>
  %c1 = ov.convolution %x, %w {dilations = array<i64: 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x2x4x4xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x4x4xf32>
  %r1 = ov.multiply %c1, %fv : (tensor<1x2x4x4xf32>, tensor<1x2x1x1xf32>) -> tensor<1x2x4x4xf32>
  %c2 = ov.convolution %x, %w {dilations = array<i64: 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x2x4x4xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x4x4xf32>
  %spatial = ov.constant dense<[[[[1.0], [2.0], [3.0], [4.0]]]]> : tensor<1x1x4x1xf32>
  %r2 = ov.multiply %c2, %spatial : (tensor<1x2x4x4xf32>, tensor<1x1x4x1xf32>) -> tensor<1x2x4x4xf32>
  %c3 = ov.convolution %x, %w {dilations = array<i64: 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x2x4x4xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x4x4xf32>
  %batch = ov.constant dense<[[[[1.0]], [[2.0]]], [[[3.0]], [[4.0]]]]> : tensor<2x2x1x1xf32>
  %r3 = ov.multiply %c3, %batch : (tensor<1x2x4x4xf32>, tensor<2x2x1x1xf32>) -> tensor<2x2x4x4xf32>
  %c4 = ov.convolution %x, %w {dilations = array<i64: 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x2x4x4xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x4x4xf32>
  %r4 = ov.multiply %c4, %f : (tensor<1x2x4x4xf32>, tensor<1x2x1x1xf32>) -> tensor<1x2x4x4xf32>
  %mw = ov.constant dense<1.0> : tensor<3x2xf32>
  %m = ov.matmul %a, %mw : (tensor<4x3xf32>, tensor<3x2xf32>) -> tensor<4x2xf32>
  %rows = ov.constant dense<[[1.0], [2.0], [3.0], [4.0]]> : tensor<4x1xf32>
  %r5 = ov.multiply %m, %rows : (tensor<4x2xf32>, tensor<4x1xf32>) -> tensor<4x2xf32>
  %mv = ov.matmul %a, %a {transpose_b = true} : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x4xf32>
  %cols = ov.constant dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>
  %r6 = ov.multiply %mv, %cols : (tensor<4x4xf32>, tensor<4xf32>) -> tensor<4x4xf32>
  return %r0, %r1, %r2, %r3, %r4, %c4, %r5, %r6 : tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<2x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<4x2xf32>, tensor<4x4xf32>
}

// -----

// Chains of constant Adds / Multiplies: one op with the combined constant
// (of the constants' broadcast shape) at the outer op's location, with its
// tensor names. Integers wrap as the chain would (65536 * 65536 in i32).
// CHECK-LABEL: func.func @chains
// CHECK: %[[A:.*]] = ov.constant dense<{{\[}}{{\[}}[1.100000e+01, 2.100000e+01]], {{\[}}[1.200000e+01, 2.200000e+01]], {{\[}}[1.300000e+01, 2.300000e+01]]]> : tensor<3x1x2xf32> loc("c2/fused")
// CHECK: %[[ADD:.*]] = ov.add %arg0, %[[A]] {ov.tensor_names = {{\[}}["sum"]]} : (tensor<1x3x4x2xf32>, tensor<3x1x2xf32>) -> tensor<1x3x4x2xf32> loc("add2")
// CHECK: %[[M:.*]] = ov.constant dense<[0, 131072]> : tensor<2xi32>
// CHECK: %[[MUL:.*]] = ov.multiply %arg1, %[[M]] : (tensor<4x2xi32>, tensor<2xi32>) -> tensor<4x2xi32>
// CHECK: %[[F:.*]] = ov.constant dense<6.000000e+00> : tensor<f32>
// CHECK: %[[MF:.*]] = ov.multiply %arg0, %[[F]]
// CHECK: return %[[ADD]], %[[MUL]], %[[MF]]
func.func @chains(%x: tensor<1x3x4x2xf32>, %i: tensor<4x2xi32>) -> (tensor<1x3x4x2xf32>, tensor<4x2xi32>, tensor<1x3x4x2xf32>) {
  %c1 = ov.constant dense<[[[1.0]], [[2.0]], [[3.0]]]> : tensor<3x1x1xf32>
  %a1 = ov.add %c1, %x {ov.tensor_names = [["partial"]]} : (tensor<3x1x1xf32>, tensor<1x3x4x2xf32>) -> tensor<1x3x4x2xf32> loc("add1")
  %c2 = ov.constant dense<[10.0, 20.0]> : tensor<2xf32> loc("c2")
  %a2 = ov.add %a1, %c2 {ov.tensor_names = [["sum"]]} : (tensor<1x3x4x2xf32>, tensor<2xf32>) -> tensor<1x3x4x2xf32> loc("add2")
  %k1 = ov.constant dense<65536> : tensor<i32>
  %m1 = ov.multiply %i, %k1 : (tensor<4x2xi32>, tensor<i32>) -> tensor<4x2xi32>
  %k2 = ov.constant dense<[65536, 2]> : tensor<2xi32>
  %m2 = ov.multiply %k2, %m1 : (tensor<2xi32>, tensor<4x2xi32>) -> tensor<4x2xi32>
  %f1 = ov.constant dense<2.0> : tensor<f32>
  %f2 = ov.constant dense<3.0> : tensor<f32>
  %g1 = ov.multiply %x, %f1 : (tensor<1x3x4x2xf32>, tensor<f32>) -> tensor<1x3x4x2xf32>
  %g2 = ov.multiply %g1, %f2 : (tensor<1x3x4x2xf32>, tensor<f32>) -> tensor<1x3x4x2xf32>
  return %a2, %m2, %g2 : tensor<1x3x4x2xf32>, tensor<4x2xi32>, tensor<1x3x4x2xf32>
}

// -----

// No fusion: the inner op has other users, its other operand is not
// constant, the outer one is not constant, pdpd broadcasting, Add then
// Multiply.
// CHECK-LABEL: func.func @chains_no_fusion
// CHECK-COUNT-10: ov.{{add|multiply}}
func.func @chains_no_fusion(%x: tensor<2x3xf32>, %y: tensor<2x3xf32>)
    -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>) {
  %c = ov.constant dense<1.0> : tensor<3xf32>
  %a0 = ov.add %x, %c : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %b0 = ov.add %a0, %c : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %a1 = ov.add %x, %y : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %b1 = ov.add %a1, %c : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %a2 = ov.add %x, %c : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %b2 = ov.add %a2, %y : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %a3 = ov.add %x, %c {auto_broadcast = #ov.auto_broadcast<pdpd>} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %b3 = ov.add %a3, %c : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %a4 = ov.add %x, %c : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %b4 = ov.multiply %a4, %c : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %a0, %b0, %b1, %b2, %b3, %b4 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>
}
