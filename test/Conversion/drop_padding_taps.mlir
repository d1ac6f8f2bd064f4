// ov-drop-padding-taps: kernel rows and columns of a convolution that read
// only the zero padding of its input are dropped.
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-drop-padding-taps))' | FileCheck %s

// Dilation 24 on a 14x14 plane padded by 24 (DeepLabV3's atrous rates):
// the outer rows and columns of the 3x3 kernel read rows -24..-11 and
// 24..37, only padding; the convolution is the center tap's 1x1 one on the
// input as it is (no dilation left), its filter the center weight (5.0,
// 0x40A00000).
// CHECK-LABEL: func.func @atrous_center
// CHECK-NOT: tensor.pad
// CHECK: %[[W:.*]] = arith.constant dense_resource<live_taps_filter> : tensor<1x1x1x1xf32>
// CHECK: %[[C:.*]] = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%arg0, %[[W]] : tensor<1x1x14x14xf32>, tensor<1x1x1x1xf32>) outs(%arg1 : tensor<1x1x14x14xf32>)
// CHECK: return %[[C]]
func.func @atrous_center(%x: tensor<1x1x14x14xf32>, %init: tensor<1x1x14x14xf32>) -> tensor<1x1x14x14xf32> {
  %zero = arith.constant 0.0 : f32
  %w = arith.constant dense<[[[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]]]]> : tensor<1x1x3x3xf32>
  %p = tensor.pad %x low[0, 0, 24, 24] high[0, 0, 24, 24] {
  ^bb0(%a: index, %b: index, %c: index, %d: index):
    tensor.yield %zero : f32
  } : tensor<1x1x14x14xf32> to tensor<1x1x62x62xf32>
  %c = linalg.conv_2d_nchw_fchw {strides = dense<1> : tensor<2xi64>, dilations = dense<24> : tensor<2xi64>} ins(%p, %w : tensor<1x1x62x62xf32>, tensor<1x1x3x3xf32>) outs(%init : tensor<1x1x14x14xf32>) -> tensor<1x1x14x14xf32>
  return %c : tensor<1x1x14x14xf32>
}

// Dilation 12 on 14x14: every tap reads the plane for some output row
// (the first kernel row for rows 12 and 13): unchanged.
// CHECK-LABEL: func.func @atrous_all_live
// CHECK: %[[P:.*]] = tensor.pad %arg0 low[0, 0, 12, 12] high[0, 0, 12, 12]
// CHECK: linalg.conv_2d_nchw_fchw {{.*}} ins(%[[P]], %{{.*}} : tensor<1x8x38x38xf32>, tensor<8x8x3x3xf32>)
func.func @atrous_all_live(%x: tensor<1x8x14x14xf32>, %init: tensor<1x8x14x14xf32>) -> tensor<1x8x14x14xf32> {
  %zero = arith.constant 0.0 : f32
  %w = arith.constant dense<0.5> : tensor<8x8x3x3xf32>
  %p = tensor.pad %x low[0, 0, 12, 12] high[0, 0, 12, 12] {
  ^bb0(%a: index, %b: index, %c: index, %d: index):
    tensor.yield %zero : f32
  } : tensor<1x8x14x14xf32> to tensor<1x8x38x38xf32>
  %c = linalg.conv_2d_nchw_fchw {strides = dense<1> : tensor<2xi64>, dilations = dense<12> : tensor<2xi64>} ins(%p, %w : tensor<1x8x38x38xf32>, tensor<8x8x3x3xf32>) outs(%init : tensor<1x8x14x14xf32>) -> tensor<1x8x14x14xf32>
  return %c : tensor<1x8x14x14xf32>
}

// A 1x3 kernel with dilation 5 along 8 columns padded by 5 before, one
// output column: tap 0 reads column -5 (padding), taps 1 and 2 columns 0
// and 5. The filter keeps columns 1 and 2 (a splat stays a splat); the
// input loses its padding and the columns 6 and 7 nothing reads.
// CHECK-LABEL: func.func @cropped
// CHECK-DAG: %[[W:.*]] = arith.constant dense<2.500000e-01> : tensor<4x2x1x2xf32>
// CHECK-DAG: %[[X:.*]] = tensor.extract_slice %arg0[0, 0, 0, 0] [1, 2, 3, 6] [1, 1, 1, 1]
// CHECK-NOT: tensor.pad
// CHECK: linalg.conv_2d_nchw_fchw {dilations = dense<[1, 5]> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%[[X]], %[[W]] : tensor<1x2x3x6xf32>, tensor<4x2x1x2xf32>) outs(%arg1 : tensor<1x4x3x1xf32>)
func.func @cropped(%x: tensor<1x2x3x8xf32>, %init: tensor<1x4x3x1xf32>) -> tensor<1x4x3x1xf32> {
  %zero = arith.constant 0.0 : f32
  %w = arith.constant dense<0.25> : tensor<4x2x1x3xf32>
  %p = tensor.pad %x low[0, 0, 0, 5] high[0, 0, 0, 0] {
  ^bb0(%a: index, %b: index, %c: index, %d: index):
    tensor.yield %zero : f32
  } : tensor<1x2x3x8xf32> to tensor<1x2x3x13xf32>
  %c = linalg.conv_2d_nchw_fchw {strides = dense<1> : tensor<2xi64>, dilations = dense<5> : tensor<2xi64>} ins(%p, %w : tensor<1x2x3x13xf32>, tensor<4x2x1x3xf32>) outs(%init : tensor<1x4x3x1xf32>) -> tensor<1x4x3x1xf32>
  return %c : tensor<1x4x3x1xf32>
}

// Rows: dilation 5, 6 rows padded by 5 before and 1 after, two output
// rows: tap 0 reads rows -5 and -4 (dropped), taps 1 and 2 rows 0, 1, 5
// and 6 (the padding row after stays). A filter that is not a constant is
// sliced.
// CHECK-LABEL: func.func @rows_padded_after
// CHECK: %[[P:.*]] = tensor.pad %arg0 low[0, 0, 0, 0] high[0, 0, 1, 0]
// CHECK: %[[W:.*]] = tensor.extract_slice %arg1[0, 0, 1, 0] [2, 2, 2, 1] [1, 1, 1, 1] : tensor<2x2x3x1xf32> to tensor<2x2x2x1xf32>
// CHECK: linalg.conv_2d_nchw_fchw {{.*}} ins(%[[P]], %[[W]] : tensor<1x2x7x4xf32>, tensor<2x2x2x1xf32>) outs(%arg2 : tensor<1x2x2x4xf32>)
func.func @rows_padded_after(%x: tensor<1x2x6x4xf32>, %w: tensor<2x2x3x1xf32>, %init: tensor<1x2x2x4xf32>) -> tensor<1x2x2x4xf32> {
  %zero = arith.constant 0.0 : f32
  %p = tensor.pad %x low[0, 0, 5, 0] high[0, 0, 1, 0] {
  ^bb0(%a: index, %b: index, %c: index, %d: index):
    tensor.yield %zero : f32
  } : tensor<1x2x6x4xf32> to tensor<1x2x12x4xf32>
  %c = linalg.conv_2d_nchw_fchw {strides = dense<1> : tensor<2xi64>, dilations = dense<5> : tensor<2xi64>} ins(%p, %w : tensor<1x2x12x4xf32>, tensor<2x2x3x1xf32>) outs(%init : tensor<1x2x2x4xf32>) -> tensor<1x2x2x4xf32>
  return %c : tensor<1x2x2x4xf32>
}

// Padding with a value other than zero is read like the input: unchanged.
// CHECK-LABEL: func.func @nonzero_padding
// CHECK: tensor.pad %arg0 low[0, 0, 24, 24]
// CHECK: linalg.conv_2d_nchw_fchw {{.*}} tensor<1x1x3x3xf32>
func.func @nonzero_padding(%x: tensor<1x1x14x14xf32>, %w: tensor<1x1x3x3xf32>, %init: tensor<1x1x14x14xf32>) -> tensor<1x1x14x14xf32> {
  %one = arith.constant 1.0 : f32
  %p = tensor.pad %x low[0, 0, 24, 24] high[0, 0, 24, 24] {
  ^bb0(%a: index, %b: index, %c: index, %d: index):
    tensor.yield %one : f32
  } : tensor<1x1x14x14xf32> to tensor<1x1x62x62xf32>
  %c = linalg.conv_2d_nchw_fchw {strides = dense<1> : tensor<2xi64>, dilations = dense<24> : tensor<2xi64>} ins(%p, %w : tensor<1x1x62x62xf32>, tensor<1x1x3x3xf32>) outs(%init : tensor<1x1x14x14xf32>) -> tensor<1x1x14x14xf32>
  return %c : tensor<1x1x14x14xf32>
}

// CHECK: live_taps_filter: "0x040000000000A040"
