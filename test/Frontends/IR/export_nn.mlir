// The IR forms of the convolution, matmul, pooling and resize ops: layer
// type, version and <data> attributes in the order OpenVINO's serializer
// writes them, with the defaults it writes (MaxPool-8 dilations "1*kernel",
// ConvolutionBackpropData output_padding zeros, Interpolate pads per rank).
// RUN: ov-translate --export-ov-ir %s -o %t.xml
// RUN: FileCheck %s < %t.xml
// Export -> import -> export is byte-identical.
// RUN: ov-translate --import-ov-ir %t.xml -o %t.mlir
// RUN: ov-translate --export-ov-ir %t.mlir -o %t.2.xml
// RUN: cmp %t.xml %t.2.xml
// RUN: cmp %t.bin %t.2.bin

func.func @nn(%x: tensor<1x2x4x4xf32> {ov.name = "x"}, %v: tensor<2x3xf32> {ov.name = "v"})
    -> (tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x8x8xf32>, tensor<2x2xf32>,
        tensor<1x2x2x2xf32>, tensor<1x2x2x2xi32>, tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>,
        tensor<1x2x8x8xf32>, tensor<1x2x8x8xf32>) {
  %w = ov.constant dense<1.0> : tensor<2x2x3x3xf32> loc("w")
  %gw = ov.constant dense<1.0> : tensor<2x1x1x3x3xf32> loc("gw")
  %conv = ov.convolution %x, %w {strides = array<i64: 1, 1>, dilations = array<i64: 1, 1>, pads_begin = array<i64: 1, 1>, pads_end = array<i64: 1, 1>} : (tensor<1x2x4x4xf32>, tensor<2x2x3x3xf32>) -> tensor<1x2x4x4xf32> loc("conv")
  %gconv = ov.group_convolution %x, %gw {strides = array<i64: 1, 1>, dilations = array<i64: 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, auto_pad = #ov.auto_pad<same_upper>} : (tensor<1x2x4x4xf32>, tensor<2x1x1x3x3xf32>) -> tensor<1x2x4x4xf32> loc("gconv")
  %deconv = ov.convolution_backprop_data %x, %w {strides = array<i64: 2, 2>, dilations = array<i64: 1, 1>, pads_begin = array<i64: 1, 1>, pads_end = array<i64: 0, 0>} : (tensor<1x2x4x4xf32>, tensor<2x2x3x3xf32>) -> tensor<1x2x8x8xf32> loc("deconv")
  %mm = ov.matmul %v, %v {transpose_b = true} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x2xf32> loc("mm")
  %mp:2 = ov.max_pool %x {strides = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, kernel = array<i64: 2, 2>, index_element_type = i32} : (tensor<1x2x4x4xf32>) -> (tensor<1x2x2x2xf32>, tensor<1x2x2x2xi32>) loc("mp8")
  %mp1:2 = ov.max_pool %x {strides = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, kernel = array<i64: 2, 2>, rounding_type = #ov.rounding_type<ceil>, ov.opset = 1} : (tensor<1x2x4x4xf32>) -> (tensor<1x2x2x2xf32>, tensor<1x2x2x2xi64>) loc("mp1")
  %ap = ov.avg_pool %x {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, exclude_pad = true} : (tensor<1x2x4x4xf32>) -> tensor<1x2x2x2xf32> loc("ap")
  %sizes = ov.constant dense<[8, 8]> : tensor<2xi64> loc("sizes")
  %scales = ov.constant dense<[2.0, 2.0]> : tensor<2xf32> loc("scales")
  %axes = ov.constant dense<[2, 3]> : tensor<2xi64> loc("axes")
  %i11 = ov.interpolate %x, %sizes axes %axes {mode = #ov.interpolate_mode<nearest>, shape_calculation_mode = #ov.shape_calc_mode<sizes>} : (tensor<1x2x4x4xf32>, tensor<2xi64>, tensor<2xi64>) -> tensor<1x2x8x8xf32> loc("i11")
  %i4 = ov.interpolate_v4 %x, %sizes, %scales axes %axes {mode = #ov.interpolate_mode<linear_onnx>, shape_calculation_mode = #ov.shape_calc_mode<scales>, coordinate_transformation_mode = #ov.coordinate_transform<asymmetric>, cube_coeff = -0.5 : f64} : (tensor<1x2x4x4xf32>, tensor<2xi64>, tensor<2xf32>, tensor<2xi64>) -> tensor<1x2x8x8xf32> loc("i4")
  return %conv, %gconv, %deconv, %mm, %mp#0, %mp#1, %mp1#0, %ap, %i11, %i4 : tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x8x8xf32>, tensor<2x2xf32>, tensor<1x2x2x2xf32>, tensor<1x2x2x2xi32>, tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>, tensor<1x2x8x8xf32>, tensor<1x2x8x8xf32>
}

// CHECK:      <layer id="4" name="conv" type="Convolution" version="opset1">
// CHECK-NEXT: <data strides="1, 1" dilations="1, 1" pads_begin="1, 1" pads_end="1, 1" auto_pad="explicit" />
// CHECK:      <layer id="5" name="gconv" type="GroupConvolution" version="opset1">
// CHECK-NEXT: <data strides="1, 1" pads_begin="0, 0" pads_end="0, 0" dilations="1, 1" auto_pad="same_upper" />
// CHECK:      <layer id="6" name="deconv" type="ConvolutionBackpropData" version="opset1">
// CHECK-NEXT: <data strides="2, 2" dilations="1, 1" pads_begin="1, 1" pads_end="0, 0" auto_pad="explicit" output_padding="0, 0" />
// CHECK:      <layer id="7" name="mm" type="MatMul" version="opset1">
// CHECK-NEXT: <data transpose_a="false" transpose_b="true" />
// CHECK:      <layer id="8" name="mp8" type="MaxPool" version="opset14">
// CHECK-NEXT: <data strides="2, 2" dilations="1, 1" pads_begin="0, 0" pads_end="0, 0" kernel="2, 2" rounding_type="floor" auto_pad="explicit" index_element_type="i32" axis="0" />
// CHECK:      <port id="1" precision="FP32">
// CHECK:      <port id="2" precision="I32">
// MaxPool-1 has one output: the unused indices of ov.max_pool are dropped.
// CHECK:      <layer id="9" name="mp1" type="MaxPool" version="opset1">
// CHECK-NEXT: <data strides="2, 2" pads_begin="0, 0" pads_end="0, 0" kernel="2, 2" rounding_type="ceil" auto_pad="explicit" />
// CHECK:      <output>
// CHECK-NEXT: <port id="1" precision="FP32">
// CHECK-NOT:  <port
// CHECK:      </output>
// CHECK:      <layer id="10" name="ap" type="AvgPool" version="opset14">
// CHECK-NEXT: <data kernel="2, 2" strides="2, 2" pads_begin="0, 0" pads_end="0, 0" exclude-pad="true" auto_pad="explicit" rounding_type="floor" />
// CHECK:      <layer id="14" name="i11" type="Interpolate" version="opset11">
// CHECK-NEXT: <data mode="nearest" shape_calculation_mode="sizes" coordinate_transformation_mode="half_pixel" nearest_mode="round_prefer_floor" antialias="false" pads_begin="0, 0, 0, 0" pads_end="0, 0, 0, 0" cube_coeff="-0.75" />
// CHECK:      <layer id="15" name="i4" type="Interpolate" version="opset4">
// CHECK-NEXT: <data mode="linear_onnx" shape_calculation_mode="scales" coordinate_transformation_mode="asymmetric" nearest_mode="round_prefer_floor" antialias="false" pads_begin="0, 0, 0, 0" pads_end="0, 0, 0, 0" cube_coeff="-0.5" />
