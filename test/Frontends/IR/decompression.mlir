// FP16-compressed weights in the form OpenVINO writes them: a Const f16
// feeding a Convert to f32 that carries the `decompression` rt_info, keeping
// the original name. Export writes the f16 blob (2 bytes per element) and the
// rt_info; import gives back the same ops; the round trip is byte-identical.
// RUN: ov-translate --export-ov-ir %s -o %t.xml
// RUN: FileCheck %s < %t.xml
// RUN: %python -c "import os,sys; print(os.path.getsize(sys.argv[1]))" %t.bin | FileCheck %s --check-prefix=SIZE
// RUN: ov-translate --import-ov-ir %t.xml | FileCheck %s --check-prefix=MLIR
// RUN: ov-translate --import-ov-ir %t.xml -o %t.mlir
// RUN: ov-translate --export-ov-ir %t.mlir -o %t.2.xml
// RUN: cmp %t.xml %t.2.xml
// RUN: cmp %t.bin %t.2.bin

func.func @model(%x: tensor<2x3xf32> {ov.name = "x"}) -> (tensor<2x3xf32> {ov.name = "y"}) {
  %w16 = ov.constant dense<[[0.5, 1.0, 2.0], [-1.0, 0.25, 4.0]]> : tensor<2x3xf16> loc("weights/compressed")
  %w = ov.convert %w16 {ov.rt_info = {decompression = {version = "0"}}} : tensor<2x3xf16> to f32 loc("weights")
  %y = ov.multiply %x, %w : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32> loc("y")
  return %y : tensor<2x3xf32>
}

// CHECK:      <layer id="1" name="weights/compressed" type="Const" version="opset1">
// CHECK-NEXT: <data element_type="f16" shape="2, 3" offset="0" size="12" />
// CHECK:      <port id="0" precision="FP16">
// CHECK:      <layer id="2" name="weights" type="Convert" version="opset1">
// CHECK-NEXT: <data destination_type="f32" />
// CHECK-NEXT: <rt_info>
// CHECK-NEXT: <attribute name="decompression" version="0" />
// CHECK-NEXT: </rt_info>
// CHECK-NEXT: <input>
// CHECK-NEXT: <port id="0" precision="FP16">
// CHECK:      <output>
// CHECK-NEXT: <port id="1" precision="FP32">
// SIZE: 12
// MLIR: %[[C:.*]] = ov.constant dense<{{\[}}[5.000000e-01, 1.000000e+00, 2.000000e+00], [-1.000000e+00, 2.500000e-01, 4.000000e+00]]> : tensor<2x3xf16>
// MLIR: ov.convert %[[C]] {ov.rt_info = {decompression = {version = "0"}}} : tensor<2x3xf16> to f32
