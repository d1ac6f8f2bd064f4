// An attribute the recorded layer version cannot express fails the export
// (MaxPool-1 has no dilations) instead of being dropped; no file is left.
// Default values need no form: the plain MaxPool-1 below exports.
// RUN: rm -f %t.xml %t.bin
// RUN: not ov-translate --export-ov-ir %s -o %t.xml 2>&1 | FileCheck %s
// RUN: not test -e %t.xml

// CHECK: export_lossy.mlir:[[@LINE+4]]:{{[0-9]+}}: error: 'ov.max_pool' op attribute 'dilations' has no form in MaxPool-1 (the layer version recorded in ov.opset, else the newest)
// CHECK-NOT: error
func.func @model(%x: tensor<1x1x4x4xf32>) -> (tensor<1x1x2x2xf32>, tensor<1x1x1x1xf32>) {
  %plain:2 = ov.max_pool %x {strides = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, kernel = array<i64: 2, 2>, ov.opset = 1} : (tensor<1x1x4x4xf32>) -> (tensor<1x1x2x2xf32>, tensor<1x1x2x2xi64>)
  %dilated:2 = ov.max_pool %x {strides = array<i64: 2, 2>, dilations = array<i64: 2, 2>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, kernel = array<i64: 2, 2>, ov.opset = 1} : (tensor<1x1x4x4xf32>) -> (tensor<1x1x1x1xf32>, tensor<1x1x1x1xi64>)
  return %plain#0, %dilated#0 : tensor<1x1x2x2xf32>, tensor<1x1x1x1xf32>
}
