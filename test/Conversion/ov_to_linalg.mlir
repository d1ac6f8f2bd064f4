// RUN: ov-opt %s --convert-ov-to-linalg --canonicalize -split-input-file | FileCheck %s

// Broadcasting: a static 1 (or a missing leading dimension) maps to index 0
// or is dropped; the result's dynamic size comes from the operands at run
// time.
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[ROW:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-DAG: #[[COL:.*]] = affine_map<(d0, d1) -> (d0, 0)>
// CHECK-LABEL: func.func @broadcast
// CHECK: %[[N:.*]] = tensor.dim %arg0, %c0
// CHECK: %[[E:.*]] = tensor.empty(%[[N]]) : tensor<?x3xf32>
// CHECK: linalg.generic {indexing_maps = [#[[ID]], #[[ROW]], #[[ID]]], iterator_types = ["parallel", "parallel"]} ins(%arg0, %arg1 : tensor<?x3xf32>, tensor<3xf32>) outs(%[[E]] : tensor<?x3xf32>)
// CHECK: arith.subf
// CHECK: linalg.generic {indexing_maps = [#[[ID]], #[[COL]], #[[ID]]]
// CHECK: arith.cmpf olt
func.func @broadcast(%x: tensor<?x3xf32>, %row: tensor<3xf32>, %col: tensor<?x1xf32>) -> tensor<?x3xi1> {
  %d = ov.subtract %x, %row : (tensor<?x3xf32>, tensor<3xf32>) -> tensor<?x3xf32>
  %c = ov.less %d, %col : (tensor<?x3xf32>, tensor<?x1xf32>) -> tensor<?x3xi1>
  return %c : tensor<?x3xi1>
}

// -----

// A dynamic operand dimension under a dynamic result dimension is checked
// at run time (it could be a broadcast 1, which is not supported).
// CHECK-LABEL: func.func @runtime_check
// CHECK: %[[A:.*]] = tensor.dim %arg0, %c0
// CHECK: %[[B:.*]] = tensor.dim %arg1, %c0
// CHECK: cf.assert %{{.*}}, "dynamic dimension does not match the result
// CHECK: linalg.generic
// CHECK: arith.addi
func.func @runtime_check(%a: tensor<?xi32>, %b: tensor<?xi32>) -> tensor<?xi32> {
  %s = ov.add %a, %b : (tensor<?xi32>, tensor<?xi32>) -> tensor<?xi32>
  return %s : tensor<?xi32>
}

// -----

// A constant Pad whose pads are known at compile time (none negative) is a
// tensor.pad, nothing at all for pads of 0; other modes stay gathers of
// the input at computed (clamped) indices.
// CHECK-LABEL: func.func @pad_static
// CHECK: %[[NINE:.*]] = arith.constant 9.000000e+00 : f32
// CHECK: tensor.pad %arg0 low[0, 0, 1, 2] high[0, 0, 1, 0]
// CHECK: tensor.yield %[[NINE]] : f32
// CHECK-NOT: linalg.generic
// CHECK: return
func.func @pad_static(%x: tensor<1x2x3x3xf32>) -> tensor<1x2x5x5xf32> {
  %b = ov.constant dense<[0, 0, 1, 2]> : tensor<4xi64>
  %e = ov.constant dense<[0, 0, 1, 0]> : tensor<4xi64>
  %v = ov.constant dense<9.0> : tensor<f32>
  %p = ov.pad %x, %b, %e, %v {pad_mode = #ov.pad_mode<constant>} : (tensor<1x2x3x3xf32>, tensor<4xi64>, tensor<4xi64>, tensor<f32>) -> tensor<1x2x5x5xf32>
  return %p : tensor<1x2x5x5xf32>
}
// CHECK-LABEL: func.func @pad_zero
// CHECK-NEXT: return %arg0
func.func @pad_zero(%x: tensor<1x2x3x3xf32>) -> tensor<1x2x3x3xf32> {
  %b = ov.constant dense<0> : tensor<4xi64>
  %p = ov.pad %x, %b, %b {pad_mode = #ov.pad_mode<constant>} : (tensor<1x2x3x3xf32>, tensor<4xi64>, tensor<4xi64>) -> tensor<1x2x3x3xf32>
  return %p : tensor<1x2x3x3xf32>
}
// CHECK-LABEL: func.func @pad_edge
// CHECK-NOT: tensor.pad
// CHECK: linalg.generic
// CHECK: linalg.index
// CHECK: tensor.extract %arg0
func.func @pad_edge(%x: tensor<1x2x3x3xf32>) -> tensor<1x2x5x5xf32> {
  %b = ov.constant dense<[0, 0, 1, 2]> : tensor<4xi64>
  %e = ov.constant dense<[0, 0, 1, 0]> : tensor<4xi64>
  %p = ov.pad %x, %b, %e {pad_mode = #ov.pad_mode<edge>} : (tensor<1x2x3x3xf32>, tensor<4xi64>, tensor<4xi64>) -> tensor<1x2x5x5xf32>
  return %p : tensor<1x2x5x5xf32>
}

// -----

// A part with no elements adds none: Swin-T's Concat of a shape with an
// empty one (an insert_slice at offset 2 of a tensor<2xi64> fails the
// verifier's bounds check).
// CHECK-LABEL: func.func @concat_empty_part
// CHECK-NOT: tensor.insert_slice
// CHECK: return %arg0
func.func @concat_empty_part(%x: tensor<2xi64>, %e: tensor<0xi64>) -> tensor<2xi64> {
  %c = ov.concat %x, %e {axis = 0 : i64} : (tensor<2xi64>, tensor<0xi64>) -> tensor<2xi64>
  return %c : tensor<2xi64>
}

// ReLU and Clamp: maxima and minima that may return either of two zeros of
// different signs (nsz; NaN propagates: run_max_nan.mlir).
// CHECK-LABEL: func.func @relu_clamp
// CHECK: arith.maximumf %{{.*}}, %{{.*}} fastmath<nsz> : f32
// CHECK: %[[LOW:.*]] = arith.maximumf %{{.*}}, %{{.*}} fastmath<nsz> : f32
// CHECK: arith.minimumf %[[LOW]], %{{.*}} fastmath<nsz> : f32
func.func @relu_clamp(%x: tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>) {
  %r = ov.relu %x : tensor<8xf32>
  %c = ov.clamp %x {min = 0.0 : f64, max = 6.0 : f64} : tensor<8xf32>
  return %r, %c : tensor<8xf32>, tensor<8xf32>
}
