// The IR forms of the reductions, TopK and NonMaxSuppression: layer type,
// version and <data> attributes in OpenVINO's serializer order, with the
// defaults it writes.
// RUN: ov-translate --export-ov-ir %s -o %t.xml
// RUN: FileCheck %s < %t.xml
// Export -> import -> export is byte-identical.
// RUN: ov-translate --import-ov-ir %t.xml -o %t.mlir
// RUN: ov-translate --export-ov-ir %t.mlir -o %t.2.xml
// RUN: cmp %t.xml %t.2.xml
// RUN: cmp %t.bin %t.2.bin

func.func @reductions(%x: tensor<2x8xf32> {ov.name = "x"}, %b: tensor<1x4x4xf32> {ov.name = "boxes"},
                      %s: tensor<1x1x4xf32> {ov.name = "scores"}, %flags: tensor<2x8xi1> {ov.name = "flags"})
    -> (tensor<2x1xf32>, tensor<8xf32>, tensor<2xi1>, tensor<2x3xf32>, tensor<2x3xi64>, tensor<?x3xi32>, tensor<?x3xf32>, tensor<1xi32>) {
  %axis = ov.constant dense<1> : tensor<1xi64> loc("axis")
  %axis0 = ov.constant dense<0> : tensor<i64> loc("axis0")
  %mean = ov.reduce_mean %x, %axis {keep_dims = true} : (tensor<2x8xf32>, tensor<1xi64>) -> tensor<2x1xf32> loc("mean")
  %l2 = ov.reduce_l2 %x, %axis0 : (tensor<2x8xf32>, tensor<i64>) -> tensor<8xf32> loc("l2")
  %any = ov.reduce_logical_or %flags, %axis : (tensor<2x8xi1>, tensor<1xi64>) -> tensor<2xi1> loc("any")
  %k = ov.constant dense<3> : tensor<i32> loc("k")
  %top:2 = ov.topk %x, %k {axis = -1 : i64, mode = #ov.topk_mode<max>, sort = #ov.topk_sort<value>, index_element_type = i64} : (tensor<2x8xf32>, tensor<i32>) -> (tensor<2x3xf32>, tensor<2x3xi64>) loc("top")
  %maxout = ov.constant dense<2> : tensor<i64> loc("max_out")
  %iou = ov.constant dense<0.5> : tensor<f32> loc("iou")
  %nms:3 = ov.non_max_suppression %b, %s max_output_boxes_per_class %maxout iou_threshold %iou {box_encoding = "center", output_type = i32} : (tensor<1x4x4xf32>, tensor<1x1x4xf32>, tensor<i64>, tensor<f32>) -> (tensor<?x3xi32>, tensor<?x3xf32>, tensor<1xi32>) loc("nms")
  return %mean, %l2, %any, %top#0, %top#1, %nms#0, %nms#1, %nms#2 : tensor<2x1xf32>, tensor<8xf32>, tensor<2xi1>, tensor<2x3xf32>, tensor<2x3xi64>, tensor<?x3xi32>, tensor<?x3xf32>, tensor<1xi32>
}

// CHECK:      <layer id="6" name="mean" type="ReduceMean" version="opset1">
// CHECK-NEXT: <data keep_dims="true" />
// CHECK:      <layer id="7" name="l2" type="ReduceL2" version="opset4">
// CHECK-NEXT: <data keep_dims="false" />
// CHECK:      <layer id="8" name="any" type="ReduceLogicalOr" version="opset1">
// CHECK-NEXT: <data keep_dims="false" />
// CHECK:      <layer id="10" name="top" type="TopK" version="opset11">
// CHECK-NEXT: <data axis="-1" mode="max" sort="value" index_element_type="i64" stable="false" />
// CHECK:      <layer id="13" name="nms" type="NonMaxSuppression" version="opset9">
// CHECK-NEXT: <data box_encoding="center" sort_result_descending="true" output_type="i32" />
// CHECK-NEXT: <input>
// CHECK:      <port id="3" precision="FP32" />
// CHECK-NEXT: </input>
// CHECK-NEXT: <output>
// CHECK-NEXT: <port id="4" precision="I32">
// CHECK:      <port id="5" precision="FP32">
// CHECK:      <port id="6" precision="I32">
