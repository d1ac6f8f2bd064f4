// The IR form of GridSample-9: <data> attributes in the order OpenVINO's
// serializer writes them (align_corners, mode, padding_mode), with the
// defaults written when the op leaves them unset.
// RUN: ov-translate --export-ov-ir %s -o %t.xml
// RUN: FileCheck %s < %t.xml
// Export -> import -> export is byte-identical, and the import restores the
// attributes.
// RUN: ov-translate --import-ov-ir %t.xml -o %t.mlir
// RUN: FileCheck %s --check-prefix=IMPORT < %t.mlir
// RUN: ov-translate --export-ov-ir %t.mlir -o %t.2.xml
// RUN: cmp %t.xml %t.2.xml
// RUN: cmp %t.bin %t.2.bin

func.func @grid_sample(%x: tensor<1x2x4x4xf32> {ov.name = "x"}, %g: tensor<1x3x5x2xf32> {ov.name = "g"}, %d: tensor<?x2x4x4xf16> {ov.name = "d"})
    -> (tensor<1x2x3x5xf32>, tensor<1x2x3x5xf32>, tensor<1x2x3x5xf16>) {
  %0 = ov.grid_sample %x, %g : (tensor<1x2x4x4xf32>, tensor<1x3x5x2xf32>) -> tensor<1x2x3x5xf32> loc("gs_default")
  %1 = ov.grid_sample %x, %g {align_corners = true, mode = #ov.grid_sample_mode<bicubic>, padding_mode = #ov.grid_sample_padding_mode<reflection>} : (tensor<1x2x4x4xf32>, tensor<1x3x5x2xf32>) -> tensor<1x2x3x5xf32> loc("gs_bicubic")
  %2 = ov.grid_sample %d, %g {mode = #ov.grid_sample_mode<nearest>, padding_mode = #ov.grid_sample_padding_mode<border>} : (tensor<?x2x4x4xf16>, tensor<1x3x5x2xf32>) -> tensor<1x2x3x5xf16> loc("gs_nearest")
  return %0, %1, %2 : tensor<1x2x3x5xf32>, tensor<1x2x3x5xf32>, tensor<1x2x3x5xf16>
}

// CHECK:      name="gs_default" type="GridSample" version="opset9">
// CHECK-NEXT: <data align_corners="false" mode="bilinear" padding_mode="zeros" />
// CHECK:      <port id="0" precision="FP32">
// CHECK:      <port id="1" precision="FP32">
// CHECK:      <port id="2" precision="FP32">
// CHECK-NEXT: <dim>1</dim>
// CHECK-NEXT: <dim>2</dim>
// CHECK-NEXT: <dim>3</dim>
// CHECK-NEXT: <dim>5</dim>
// CHECK:      name="gs_bicubic" type="GridSample" version="opset9">
// CHECK-NEXT: <data align_corners="true" mode="bicubic" padding_mode="reflection" />
// CHECK:      name="gs_nearest" type="GridSample" version="opset9">
// CHECK-NEXT: <data align_corners="false" mode="nearest" padding_mode="border" />
// CHECK:      <port id="2" precision="FP16">

// IMPORT: ov.grid_sample %arg0, %arg1 : (tensor<1x2x4x4xf32>, tensor<1x3x5x2xf32>) -> tensor<1x2x3x5xf32>
// IMPORT: ov.grid_sample %arg0, %arg1 {align_corners = true, mode = #ov.grid_sample_mode<bicubic>, padding_mode = #ov.grid_sample_padding_mode<reflection>} : (tensor<1x2x4x4xf32>, tensor<1x3x5x2xf32>) -> tensor<1x2x3x5xf32>
// IMPORT: ov.grid_sample %arg2, %arg1 {mode = #ov.grid_sample_mode<nearest>, padding_mode = #ov.grid_sample_padding_mode<border>} : (tensor<?x2x4x4xf16>, tensor<1x3x5x2xf32>) -> tensor<1x2x3x5xf16>
