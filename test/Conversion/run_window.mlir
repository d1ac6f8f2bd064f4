// Convolution (1-D, dynamic batch, same_upper), depthwise GroupConvolution,
// ConvolutionBackpropData (stride, pads, output_padding), MaxPool-8 with
// indices, AvgPool with and without exclude-pad, and a 3-D AvgPool,
// lowered and run by the JIT.
// RUN: ov-opt %s --ov-lower-to-llvm | %mlir_runner | FileCheck %s

// [1..5] (*) [1, 0, -1] padded by one on each side.
// CHECK: sizes = [1, 1, 5]
// CHECK-NEXT: {{\[\[\[}}-2, -2, -2, -2, 4]]]
func.func @conv1d(%x: tensor<?x1x5xf32>) -> tensor<?x1x5xf32> {
  %w = ov.constant dense<[[[1.0, 0.0, -1.0]]]> : tensor<1x1x3xf32>
  %y = ov.convolution %x, %w {strides = array<i64: 1>, dilations = array<i64: 1>, pads_begin = array<i64: 0>, pads_end = array<i64: 0>, auto_pad = #ov.auto_pad<same_upper>} : (tensor<?x1x5xf32>, tensor<1x1x3xf32>) -> tensor<?x1x5xf32>
  return %y : tensor<?x1x5xf32>
}

// Channel 0 (1..9) summed over 2x2 windows, channel 1 (10..18) times 2.
// CHECK: sizes = [1, 2, 2, 2]
// CHECK-NEXT: {{\[\[\[\[}}12, 16],
// CHECK-NEXT: [24, 28]],
// CHECK-NEXT: {{\[\[}}96, 104],
// CHECK-NEXT: [120, 128]]]]
func.func @depthwise(%x: tensor<1x2x3x3xf32>) -> tensor<1x2x2x2xf32> {
  %w = ov.constant dense<[[[[[1.0, 1.0], [1.0, 1.0]]]], [[[[2.0, 2.0], [2.0, 2.0]]]]]> : tensor<2x1x1x2x2xf32>
  %y = ov.group_convolution %x, %w {strides = array<i64: 1, 1>, dilations = array<i64: 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>} : (tensor<1x2x3x3xf32>, tensor<2x1x1x2x2xf32>) -> tensor<1x2x2x2xf32>
  return %y : tensor<1x2x2x2xf32>
}

// [1, 2] stride 2 with [1, 1, 1]: [1, 1, 3, 2, 2] and one more (output
// padding) zero; pads_begin 1 removes the first element.
// CHECK: sizes = [1, 1, 5]
// CHECK-NEXT: {{\[\[\[}}1, 3, 2, 2, 0]]]
func.func @deconv(%x: tensor<1x1x2xf32>) -> tensor<1x1x5xf32> {
  %w = ov.constant dense<1.0> : tensor<1x1x3xf32>
  %y = ov.convolution_backprop_data %x, %w {strides = array<i64: 2>, dilations = array<i64: 1>, pads_begin = array<i64: 1>, pads_end = array<i64: 0>, output_padding = array<i64: 1>} : (tensor<1x1x2xf32>, tensor<1x1x3xf32>) -> tensor<1x1x5xf32>
  return %y : tensor<1x1x5xf32>
}

// Windows of 2 with stride 2; indices flattened over the whole input.
// CHECK: sizes = [1, 2, 2]
// CHECK-NEXT: {{\[\[\[}}3, 4],
// CHECK-NEXT: [9, 6]]]
// CHECK: sizes = [1, 2, 2]
// CHECK-NEXT: {{\[\[\[}}0, 2],
// CHECK-NEXT: [5, 7]]]
func.func @maxpool(%x: tensor<?x2x4xf32>) -> (tensor<?x2x2xf32>, tensor<?x2x2xi64>) {
  %y, %i = ov.max_pool %x {kernel = array<i64: 2>, strides = array<i64: 2>, pads_begin = array<i64: 0>, pads_end = array<i64: 0>} : (tensor<?x2x4xf32>) -> (tensor<?x2x2xf32>, tensor<?x2x2xi64>)
  return %y, %i : tensor<?x2x2xf32>, tensor<?x2x2xi64>
}

// Kernel 3, pads 1: the edge windows hold two elements of the data.
// CHECK: sizes = [1, 1, 4]
// CHECK-NEXT: {{\[\[\[}}1.5, 2, 3, 3.5]]]
// CHECK: sizes = [1, 1, 4]
// CHECK-NEXT: {{\[\[\[}}1, 2, 3, 2.33333]]]
// CHECK: sizes = [1, 1, 1, 1, 1]
// CHECK-NEXT: {{\[\[\[\[\[}}4.5]]]]]
func.func @avgpool(%x: tensor<1x1x4xf32>, %v: tensor<1x1x2x2x2xf32>) -> (tensor<1x1x4xf32>, tensor<1x1x4xf32>, tensor<1x1x1x1x1xf32>) {
  %a = ov.avg_pool %x {exclude_pad = true, kernel = array<i64: 3>, strides = array<i64: 1>, pads_begin = array<i64: 1>, pads_end = array<i64: 1>} : (tensor<1x1x4xf32>) -> tensor<1x1x4xf32>
  %b = ov.avg_pool %x {exclude_pad = false, kernel = array<i64: 3>, strides = array<i64: 1>, pads_begin = array<i64: 1>, pads_end = array<i64: 1>} : (tensor<1x1x4xf32>) -> tensor<1x1x4xf32>
  %c = ov.avg_pool %v {exclude_pad = false, kernel = array<i64: 2, 2, 2>, strides = array<i64: 1, 1, 1>, pads_begin = array<i64: 0, 0, 0>, pads_end = array<i64: 0, 0, 0>} : (tensor<1x1x2x2x2xf32>) -> tensor<1x1x1x1x1xf32>
  return %a, %b, %c : tensor<1x1x4xf32>, tensor<1x1x4xf32>, tensor<1x1x1x1x1xf32>
}

// Dynamic spatial sizes, same_lower with stride 2: one row and column of
// padding at the start (computed at run time), 3x3 windows of ones.
// CHECK: sizes = [1, 1, 2, 2]
// CHECK-NEXT: {{\[\[\[\[}}14, 30],
// CHECK-NEXT: [57, 99]]]]
func.func @dynamic(%x: tensor<?x1x?x?xf32>) -> tensor<?x1x?x?xf32> {
  %w = ov.constant dense<1.0> : tensor<1x1x3x3xf32>
  %y = ov.convolution %x, %w {strides = array<i64: 2, 2>, dilations = array<i64: 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, auto_pad = #ov.auto_pad<same_lower>} : (tensor<?x1x?x?xf32>, tensor<1x1x3x3xf32>) -> tensor<?x1x?x?xf32>
  return %y : tensor<?x1x?x?xf32>
}

// The transposed convolution above with a dynamic length.
// CHECK: sizes = [1, 1, 5]
// CHECK-NEXT: {{\[\[\[}}1, 3, 2, 2, 0]]]
func.func @deconv_dynamic(%x: tensor<?x1x?xf32>) -> tensor<?x1x?xf32> {
  %w = ov.constant dense<1.0> : tensor<1x1x3xf32>
  %y = ov.convolution_backprop_data %x, %w {strides = array<i64: 2>, dilations = array<i64: 1>, pads_begin = array<i64: 1>, pads_end = array<i64: 0>, output_padding = array<i64: 1>} : (tensor<?x1x?xf32>, tensor<1x1x3xf32>) -> tensor<?x1x?xf32>
  return %y : tensor<?x1x?xf32>
}

func.func @main() {
  %x1 = arith.constant dense<[[[1.0, 2.0, 3.0, 4.0, 5.0]]]> : tensor<1x1x5xf32>
  %x1d = tensor.cast %x1 : tensor<1x1x5xf32> to tensor<?x1x5xf32>
  %y1 = call @conv1d(%x1d) : (tensor<?x1x5xf32>) -> tensor<?x1x5xf32>
  %u1 = tensor.cast %y1 : tensor<?x1x5xf32> to tensor<*xf32>
  call @printMemrefF32(%u1) : (tensor<*xf32>) -> ()

  %x2 = arith.constant dense<[[[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]], [[10.0, 11.0, 12.0], [13.0, 14.0, 15.0], [16.0, 17.0, 18.0]]]]> : tensor<1x2x3x3xf32>
  %y2 = call @depthwise(%x2) : (tensor<1x2x3x3xf32>) -> tensor<1x2x2x2xf32>
  %u2 = tensor.cast %y2 : tensor<1x2x2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u2) : (tensor<*xf32>) -> ()

  %x3 = arith.constant dense<[[[1.0, 2.0]]]> : tensor<1x1x2xf32>
  %y3 = call @deconv(%x3) : (tensor<1x1x2xf32>) -> tensor<1x1x5xf32>
  %u3 = tensor.cast %y3 : tensor<1x1x5xf32> to tensor<*xf32>
  call @printMemrefF32(%u3) : (tensor<*xf32>) -> ()

  %x4 = arith.constant dense<[[[3.0, 1.0, 4.0, 1.0], [5.0, 9.0, 2.0, 6.0]]]> : tensor<1x2x4xf32>
  %x4d = tensor.cast %x4 : tensor<1x2x4xf32> to tensor<?x2x4xf32>
  %y4, %i4 = call @maxpool(%x4d) : (tensor<?x2x4xf32>) -> (tensor<?x2x2xf32>, tensor<?x2x2xi64>)
  %u4 = tensor.cast %y4 : tensor<?x2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u4) : (tensor<*xf32>) -> ()
  %v4 = tensor.cast %i4 : tensor<?x2x2xi64> to tensor<*xi64>
  call @printMemrefI64(%v4) : (tensor<*xi64>) -> ()

  %x5 = arith.constant dense<[[[1.0, 2.0, 3.0, 4.0]]]> : tensor<1x1x4xf32>
  %x6 = arith.constant dense<[[[[[1.0, 2.0], [3.0, 4.0]], [[5.0, 6.0], [7.0, 8.0]]]]]> : tensor<1x1x2x2x2xf32>
  %a, %b, %c = call @avgpool(%x5, %x6) : (tensor<1x1x4xf32>, tensor<1x1x2x2x2xf32>) -> (tensor<1x1x4xf32>, tensor<1x1x4xf32>, tensor<1x1x1x1x1xf32>)
  %ua = tensor.cast %a : tensor<1x1x4xf32> to tensor<*xf32>
  call @printMemrefF32(%ua) : (tensor<*xf32>) -> ()
  %ub = tensor.cast %b : tensor<1x1x4xf32> to tensor<*xf32>
  call @printMemrefF32(%ub) : (tensor<*xf32>) -> ()
  %uc = tensor.cast %c : tensor<1x1x1x1x1xf32> to tensor<*xf32>
  call @printMemrefF32(%uc) : (tensor<*xf32>) -> ()

  %x7 = arith.constant dense<[[[[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0], [9.0, 10.0, 11.0, 12.0], [13.0, 14.0, 15.0, 16.0]]]]> : tensor<1x1x4x4xf32>
  %x7d = tensor.cast %x7 : tensor<1x1x4x4xf32> to tensor<?x1x?x?xf32>
  %y7 = call @dynamic(%x7d) : (tensor<?x1x?x?xf32>) -> tensor<?x1x?x?xf32>
  %u7 = tensor.cast %y7 : tensor<?x1x?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u7) : (tensor<*xf32>) -> ()
  %x3d = tensor.cast %x3 : tensor<1x1x2xf32> to tensor<?x1x?xf32>
  %y8 = call @deconv_dynamic(%x3d) : (tensor<?x1x?xf32>) -> tensor<?x1x?xf32>
  %u8 = tensor.cast %y8 : tensor<?x1x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u8) : (tensor<*xf32>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>)
func.func private @printMemrefI64(tensor<*xi64>)
