// The IR form of Unique-10: <data> sorted, index_element_type and
// count_element_type in OpenVINO's serializer order (defaults written when
// unset), the optional axis as the second input, four output ports.
// RUN: ov-translate --export-ov-ir %s -o %t.xml
// RUN: FileCheck %s < %t.xml
// Export -> import -> export is byte-identical; the import restores the
// axis operand and the attributes.
// RUN: ov-translate --import-ov-ir %t.xml -o %t.mlir
// RUN: FileCheck %s --check-prefix=IMPORT < %t.mlir
// RUN: ov-translate --export-ov-ir %t.mlir -o %t.2.xml
// RUN: cmp %t.xml %t.2.xml
// RUN: cmp %t.bin %t.2.bin

func.func @unique(%x: tensor<4x6xf32> {ov.name = "x"})
    -> (tensor<?xf32>, tensor<?xi64>, tensor<24xi64>, tensor<?xi64>, tensor<4x?xf32>, tensor<?xi32>, tensor<6xi32>, tensor<?xi32>) {
  %0:4 = ov.unique %x : (tensor<4x6xf32>) -> (tensor<?xf32>, tensor<?xi64>, tensor<24xi64>, tensor<?xi64>) loc("u_flat")
  %a = ov.constant dense<1> : tensor<i64> loc("axis")
  %1:4 = ov.unique %x, %a {sorted = false, index_element_type = i32, count_element_type = i32} : (tensor<4x6xf32>, tensor<i64>) -> (tensor<4x?xf32>, tensor<?xi32>, tensor<6xi32>, tensor<?xi32>) loc("u_axis")
  return %0#0, %0#1, %0#2, %0#3, %1#0, %1#1, %1#2, %1#3 : tensor<?xf32>, tensor<?xi64>, tensor<24xi64>, tensor<?xi64>, tensor<4x?xf32>, tensor<?xi32>, tensor<6xi32>, tensor<?xi32>
}

// CHECK:      name="u_flat" type="Unique" version="opset10">
// CHECK-NEXT: <data sorted="true" index_element_type="i64" count_element_type="i64" />
// CHECK:      <input>
// CHECK-NEXT: <port id="0" precision="FP32">
// CHECK:      </input>
// CHECK-NEXT: <output>
// CHECK-NEXT: <port id="1" precision="FP32">
// CHECK-NEXT: <dim>-1</dim>
// CHECK:      <port id="2" precision="I64">
// CHECK-NEXT: <dim>-1</dim>
// CHECK:      <port id="3" precision="I64">
// CHECK-NEXT: <dim>24</dim>
// CHECK:      <port id="4" precision="I64">
// CHECK-NEXT: <dim>-1</dim>
// CHECK:      name="u_axis" type="Unique" version="opset10">
// CHECK-NEXT: <data sorted="false" index_element_type="i32" count_element_type="i32" />
// CHECK:      <input>
// CHECK-NEXT: <port id="0" precision="FP32">
// CHECK:      <port id="1" precision="I64" />
// CHECK:      <output>
// CHECK-NEXT: <port id="2" precision="FP32">
// CHECK-NEXT: <dim>4</dim>
// CHECK-NEXT: <dim>-1</dim>
// CHECK:      <port id="3" precision="I32">
// CHECK:      <port id="4" precision="I32">
// CHECK-NEXT: <dim>6</dim>
// CHECK:      <port id="5" precision="I32">

// IMPORT: ov.unique %arg0 : (tensor<4x6xf32>) -> (tensor<?xf32>, tensor<?xi64>, tensor<24xi64>, tensor<?xi64>)
// IMPORT: %[[AXIS:.*]] = ov.constant dense<1> : tensor<i64>
// IMPORT: ov.unique %arg0, %[[AXIS]] {count_element_type = i32, index_element_type = i32, sorted = false} : (tensor<4x6xf32>, tensor<i64>) -> (tensor<4x?xf32>, tensor<?xi32>, tensor<6xi32>, tensor<?xi32>)
