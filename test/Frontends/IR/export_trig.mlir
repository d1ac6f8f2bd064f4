// The IR forms of the trigonometric and hyperbolic ops: attribute-less
// layers, Tan/Asin/Acos/Atan/Sinh/Cosh from opset1, Asinh/Acosh/Atanh from
// opset3.
// RUN: ov-translate --export-ov-ir %s -o %t.xml
// RUN: FileCheck %s < %t.xml
// Export -> import -> export is byte-identical.
// RUN: ov-translate --import-ov-ir %t.xml -o %t.mlir
// RUN: ov-translate --export-ov-ir %t.mlir -o %t.2.xml
// RUN: cmp %t.xml %t.2.xml
// RUN: cmp %t.bin %t.2.bin

func.func @trig(%x: tensor<2x?xf32> {ov.name = "x"})
    -> (tensor<2x?xf32>, tensor<2x?xf32>, tensor<2x?xf32>, tensor<2x?xf32>, tensor<2x?xf32>,
        tensor<2x?xf32>, tensor<2x?xf32>, tensor<2x?xf32>, tensor<2x?xf32>) {
  %0 = ov.tan %x : tensor<2x?xf32> loc("tan")
  %1 = ov.asin %x : tensor<2x?xf32> loc("asin")
  %2 = ov.acos %x : tensor<2x?xf32> loc("acos")
  %3 = ov.atan %x : tensor<2x?xf32> loc("atan")
  %4 = ov.sinh %x : tensor<2x?xf32> loc("sinh")
  %5 = ov.cosh %x : tensor<2x?xf32> loc("cosh")
  %6 = ov.asinh %x : tensor<2x?xf32> loc("asinh")
  %7 = ov.acosh %x : tensor<2x?xf32> loc("acosh")
  %8 = ov.atanh %x : tensor<2x?xf32> loc("atanh")
  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : tensor<2x?xf32>, tensor<2x?xf32>, tensor<2x?xf32>,
      tensor<2x?xf32>, tensor<2x?xf32>, tensor<2x?xf32>, tensor<2x?xf32>, tensor<2x?xf32>, tensor<2x?xf32>
}

// CHECK:      <layer id="1" name="tan" type="Tan" version="opset1">
// CHECK-NEXT: <input>
// CHECK:      <layer id="2" name="asin" type="Asin" version="opset1">
// CHECK-NEXT: <input>
// CHECK:      <layer id="3" name="acos" type="Acos" version="opset1">
// CHECK:      <layer id="4" name="atan" type="Atan" version="opset1">
// CHECK:      <layer id="5" name="sinh" type="Sinh" version="opset1">
// CHECK:      <layer id="6" name="cosh" type="Cosh" version="opset1">
// CHECK:      <layer id="7" name="asinh" type="Asinh" version="opset3">
// CHECK-NEXT: <input>
// CHECK:      <layer id="8" name="acosh" type="Acosh" version="opset3">
// CHECK:      <layer id="9" name="atanh" type="Atanh" version="opset3">
// CHECK-NEXT: <input>
// CHECK-NEXT: <port id="0" precision="FP32">
// CHECK:      <output>
// CHECK-NEXT: <port id="1" precision="FP32">
