// Export follows OpenVINO's serializer: ids in topological order
// (Parameters first, Results last), ports numbered inputs then outputs,
// edges by producer, names sorted and escaped, identical blobs shared.
// RUN: ov-translate --export-ov-ir %s -o %t.xml
// RUN: FileCheck %s < %t.xml
// RUN: %python -c "import os,sys; print(os.path.getsize(sys.argv[1]))" %t.bin | FileCheck %s --check-prefix=SIZE
// Export -> import -> export is byte-identical.
// RUN: ov-translate --import-ov-ir %t.xml -o %t.mlir
// RUN: ov-translate --export-ov-ir %t.mlir -o %t.2.xml
// RUN: cmp %t.xml %t.2.xml
// RUN: cmp %t.bin %t.2.bin

// CHECK:      <?xml version="1.0"?>
// CHECK-NEXT: <net name="model" version="11">
// CHECK-NEXT: 	<layers>
// CHECK-NEXT: 		<layer id="0" name="x" type="Parameter" version="opset1">
// CHECK-NEXT: 			<data shape="?,3" element_type="f32" />
// CHECK-NEXT: 			<output>
// CHECK-NEXT: 				<port id="0" precision="FP32" names="a\,b,x">
// CHECK-NEXT: 					<dim>-1</dim>
// CHECK-NEXT: 					<dim>3</dim>
// CHECK:      <layer id="1" name="w1" type="Const" version="opset1">
// CHECK-NEXT: 			<data element_type="f32" shape="1, 3" offset="0" size="12" />
// CHECK:      <layer id="2" name="w2" type="Const" version="opset1">
// CHECK-NEXT: 			<data element_type="f32" shape="1, 3" offset="0" size="12" />
// CHECK:      <layer id="3" name="i" type="Const" version="opset1">
// CHECK-NEXT: 			<data element_type="i64" shape="" offset="12" size="8" />
// CHECK:      <layer id="4" name="sum" type="Add" version="opset1">
// CHECK-NEXT: 			<data auto_broadcast="numpy" />
// CHECK-NEXT: 			<input>
// CHECK-NEXT: 				<port id="0" precision="FP32">
// CHECK:      			<output>
// CHECK-NEXT: 				<port id="2" precision="FP32" names="sum">
// CHECK:      <layer id="5" name="Multiply_5" type="Multiply" version="opset1">
// CHECK:      <layer id="6" name="act" type="Gelu" version="opset7">
// CHECK-NEXT: 			<data approximation_mode="TANH" />
// CHECK-NEXT: 			<rt_info>
// CHECK-NEXT: 				<attribute name="fused_names" version="0" value="a,b" />
// CHECK-NEXT: 			</rt_info>
// CHECK:      <layer id="7" name="clamp" type="Clamp" version="opset1">
// CHECK-NEXT: 			<data min="0" max="6.5" />
// CHECK:      <layer id="8" name="y" type="Result" version="opset1">
// CHECK:      <layer id="9" name="Result_9" type="Result" version="opset1">
// CHECK:      	<edges>
// CHECK-NEXT: 		<edge from-layer="0" from-port="0" to-layer="4" to-port="0" />
// CHECK-NEXT: 		<edge from-layer="1" from-port="0" to-layer="4" to-port="1" />
// CHECK-NEXT: 		<edge from-layer="2" from-port="0" to-layer="5" to-port="1" />
// CHECK-NEXT: 		<edge from-layer="3" from-port="0" to-layer="9" to-port="0" />
// CHECK-NEXT: 		<edge from-layer="4" from-port="2" to-layer="5" to-port="0" />
// CHECK-NEXT: 		<edge from-layer="5" from-port="2" to-layer="6" to-port="0" />
// CHECK-NEXT: 		<edge from-layer="6" from-port="1" to-layer="7" to-port="0" />
// CHECK-NEXT: 		<edge from-layer="7" from-port="1" to-layer="8" to-port="0" />
// CHECK-NEXT: 	</edges>
// CHECK-NEXT: 	<rt_info>
// CHECK-NEXT: 		<framework value="onnx" />
// CHECK-NEXT: 	</rt_info>
// CHECK-NEXT: </net>

// 12 bytes shared by w1 and w2, then 8 for i.
// SIZE: 20

module attributes {ov.rt_info = {framework = {value = "onnx"}}} {
  func.func @model(%x: tensor<?x3xf32> {ov.name = "x", ov.tensor_names = ["x", "a,b"]} loc("x"))
      -> (tensor<?x3xf32> {ov.name = "y"}, tensor<i64>) {
    %w1 = ov.constant dense<[[1.0, 2.0, 3.0]]> : tensor<1x3xf32> loc("w1")
    %w2 = ov.constant dense<[[1.0, 2.0, 3.0]]> : tensor<1x3xf32> loc("w2")
    %i = ov.constant dense<7> : tensor<i64> loc("i")
    %0 = ov.add %x, %w1 {ov.tensor_names = [["sum"]]} : (tensor<?x3xf32>, tensor<1x3xf32>) -> tensor<?x3xf32> loc("sum")
    %1 = ov.multiply %0, %w2 : (tensor<?x3xf32>, tensor<1x3xf32>) -> tensor<?x3xf32>
    %2 = ov.gelu %1 {approximation_mode = #ov.gelu_approximation<tanh>, ov.rt_info = {fused_names = {version = "0", value = "a,b"}}} : tensor<?x3xf32> loc("act")
    %3 = ov.clamp %2 {min = 0.0, max = 6.5} : tensor<?x3xf32> loc("clamp")
    return %3, %i : tensor<?x3xf32>, tensor<i64>
  }
}
