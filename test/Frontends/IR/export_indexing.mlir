// The IR forms of the gather, scatter, slice and layout ops: layer type,
// version and <data> attributes in OpenVINO's serializer order, with the
// defaults it writes.
// RUN: ov-translate --export-ov-ir %s -o %t.xml
// RUN: FileCheck %s < %t.xml
// Export -> import -> export is byte-identical.
// RUN: ov-translate --import-ov-ir %t.xml -o %t.mlir
// RUN: ov-translate --export-ov-ir %t.mlir -o %t.2.xml
// RUN: cmp %t.xml %t.2.xml
// RUN: cmp %t.bin %t.2.bin

func.func @indexing(%x: tensor<4x6xf32> {ov.name = "x"}, %i: tensor<4x2xi64> {ov.name = "i"}, %img: tensor<1x8x2x2xf32> {ov.name = "img"})
    -> (tensor<4x2xf32>, tensor<4x2xf32>, tensor<4x6xf32>, tensor<4xf32>, tensor<4x6xf32>, tensor<?x?xf32>, tensor<?x?xf32>,
        tensor<1x2x4x4xf32>, tensor<1x32x1x1xf32>, tensor<4x2x5xf32>, tensor<2x?xi32>, tensor<4x6xf32>) {
  %a1 = ov.constant dense<1> : tensor<i64> loc("a1")
  %g = ov.gather %x, %i, %a1 {batch_dims = 1 : i64} : (tensor<4x6xf32>, tensor<4x2xi64>, tensor<i64>) -> tensor<4x2xf32> loc("g")
  %ge = ov.gather_elements %x, %i {axis = 1 : i64} : (tensor<4x6xf32>, tensor<4x2xi64>) -> tensor<4x2xf32> loc("ge")
  %upd = ov.constant dense<0.0> : tensor<4x2xf32> loc("upd")
  %se = ov.scatter_elements_update %x, %i, %upd, %a1 {reduction = #ov.scatter_reduction<sum>} : (tensor<4x6xf32>, tensor<4x2xi64>, tensor<4x2xf32>, tensor<i64>) -> tensor<4x6xf32> loc("se")
  %gnd = ov.gather_nd %x, %i : (tensor<4x6xf32>, tensor<4x2xi64>) -> tensor<4xf32> loc("gnd")
  %upd4 = ov.constant dense<1.0> : tensor<4xf32> loc("upd4")
  %snd = ov.scatter_nd_update %x, %i, %upd4 : (tensor<4x6xf32>, tensor<4x2xi64>, tensor<4xf32>) -> tensor<4x6xf32> loc("snd")
  %begin = ov.constant dense<[0, 1]> : tensor<2xi64> loc("begin")
  %end = ov.constant dense<[3, 5]> : tensor<2xi64> loc("end")
  %step = ov.constant dense<[1, 2]> : tensor<2xi64> loc("step")
  %ss = ov.strided_slice %x, %begin, %end, %step {begin_mask = array<i64: 0, 0>, end_mask = array<i64: 1, 0>} : (tensor<4x6xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x?xf32> loc("ss")
  %sl = ov.slice %x, %begin, %end, %step : (tensor<4x6xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x?xf32> loc("sl")
  %d2s = ov.depth_to_space %img {mode = #ov.depth_to_space_mode<blocks_first>, block_size = 2 : i64} : (tensor<1x8x2x2xf32>) -> tensor<1x2x4x4xf32> loc("d2s")
  %s2d = ov.space_to_depth %img {mode = #ov.depth_to_space_mode<depth_first>, block_size = 2 : i64} : (tensor<1x8x2x2xf32>) -> tensor<1x32x1x1xf32> loc("s2d")
  %depth = ov.constant dense<5> : tensor<i64> loc("depth")
  %on = ov.constant dense<1.0> : tensor<f32> loc("on")
  %off = ov.constant dense<0.0> : tensor<f32> loc("off")
  %oh = ov.one_hot %i, %depth, %on, %off {axis = 2 : i64} : (tensor<4x2xi64>, tensor<i64>, tensor<f32>, tensor<f32>) -> tensor<4x2x5xf32> loc("oh")
  %nz = ov.non_zero %x {output_type = i32} : tensor<4x6xf32> -> tensor<2x?xi32> loc("nz")
  %cs = ov.cumsum %x, %a1 {reverse = true} : (tensor<4x6xf32>, tensor<i64>) -> tensor<4x6xf32> loc("cs")
  return %g, %ge, %se, %gnd, %snd, %ss, %sl, %d2s, %s2d, %oh, %nz, %cs : tensor<4x2xf32>, tensor<4x2xf32>, tensor<4x6xf32>, tensor<4xf32>, tensor<4x6xf32>, tensor<?x?xf32>, tensor<?x?xf32>, tensor<1x2x4x4xf32>, tensor<1x32x1x1xf32>, tensor<4x2x5xf32>, tensor<2x?xi32>, tensor<4x6xf32>
}

// CHECK:      <layer id="4" name="g" type="Gather" version="opset8">
// CHECK-NEXT: <data batch_dims="1" />
// CHECK:      <layer id="5" name="ge" type="GatherElements" version="opset6">
// CHECK-NEXT: <data axis="1" />
// CHECK:      <layer id="7" name="se" type="ScatterElementsUpdate" version="opset12">
// CHECK-NEXT: <data reduction="sum" use_init_val="true" />
// CHECK:      <layer id="8" name="gnd" type="GatherND" version="opset8">
// CHECK-NEXT: <data batch_dims="0" />
// ScatterNDUpdate (class v3, written as opset4, as OpenVINO does) and Slice-8
// have no attributes: no <data>.
// CHECK:      <layer id="10" name="snd" type="ScatterNDUpdate" version="opset4">
// CHECK-NEXT: <input>
// CHECK:      <layer id="14" name="ss" type="StridedSlice" version="opset1">
// CHECK-NEXT: <data begin_mask="0, 0" end_mask="1, 0" new_axis_mask="" shrink_axis_mask="" ellipsis_mask="" />
// CHECK:      <layer id="15" name="sl" type="Slice" version="opset8">
// CHECK-NEXT: <input>
// CHECK:      <layer id="16" name="d2s" type="DepthToSpace" version="opset1">
// CHECK-NEXT: <data block_size="2" mode="blocks_first" />
// CHECK:      <layer id="17" name="s2d" type="SpaceToDepth" version="opset1">
// CHECK-NEXT: <data block_size="2" mode="depth_first" />
// CHECK:      <layer id="21" name="oh" type="OneHot" version="opset1">
// CHECK-NEXT: <data axis="2" />
// CHECK:      <layer id="22" name="nz" type="NonZero" version="opset3">
// CHECK-NEXT: <data output_type="i32" />
// CHECK:      <layer id="23" name="cs" type="CumSum" version="opset3">
// CHECK-NEXT: <data exclusive="false" reverse="true" />
