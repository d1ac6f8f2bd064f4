// RUN: ov-opt %s --ov-infer-shapes --split-input-file | FileCheck %s

// Static shapes flow through broadcasting and unary ops into the signature.
// CHECK-LABEL: func @static
// CHECK-SAME: -> tensor<1x3x4x4xf32>
// CHECK: ov.add {{.*}} -> tensor<1x3x4x4xf32>
// CHECK: ov.relu %{{.*}} : tensor<1x3x4x4xf32>
// CHECK: return {{.*}} : tensor<1x3x4x4xf32>
func.func @static(%a: tensor<1x3x4x4xf32>, %b: tensor<3x1x1xf32>) -> tensor<?x?x?x?xf32> {
  %0 = ov.add %a, %b : (tensor<1x3x4x4xf32>, tensor<3x1x1xf32>) -> tensor<?x?x?x?xf32>
  %1 = ov.relu %0 : tensor<?x?x?x?xf32>
  return %1 : tensor<?x?x?x?xf32>
}

// -----

// A dynamic batch stays dynamic; a 1 broadcasts against the dynamic dim.
// CHECK-LABEL: func @dynamic_batch
// CHECK: ov.multiply {{.*}} -> tensor<?x3xf32>
// CHECK: ov.greater {{.*}} -> tensor<?x3xi1>
// CHECK: ov.select {{.*}} -> tensor<?x3xf32>
func.func @dynamic_batch(%a: tensor<?x3xf32>, %b: tensor<1x3xf32>) -> tensor<*xf32> {
  %0 = ov.multiply %a, %b : (tensor<?x3xf32>, tensor<1x3xf32>) -> tensor<*xf32>
  %1 = ov.greater %0, %b : (tensor<*xf32>, tensor<1x3xf32>) -> tensor<*xi1>
  %2 = ov.select %1, %0, %b : (tensor<*xi1>, tensor<*xf32>, tensor<1x3xf32>) -> tensor<*xf32>
  return %2 : tensor<*xf32>
}

// -----

// A declared static dimension is kept where inference only knows it is
// dynamic.
// CHECK-LABEL: func @keep_declared
// CHECK: ov.add {{.*}} -> tensor<8x3xf32>
func.func @keep_declared(%a: tensor<?x3xf32>, %b: tensor<?x1xf32>) -> tensor<8x3xf32> {
  %0 = ov.add %a, %b : (tensor<?x3xf32>, tensor<?x1xf32>) -> tensor<8x3xf32>
  return %0 : tensor<8x3xf32>
}

// -----

// Unranked operands give an unranked result under numpy broadcasting, but
// pdpd keeps the first operand's shape.
// CHECK-LABEL: func @unranked
// CHECK: ov.add {{.*}} -> tensor<*xf32>
// CHECK: ov.subtract {{.*}} -> tensor<2x3xf32>
// CHECK: ov.convert %{{.*}} : tensor<2x3xf32> to f16
func.func @unranked(%a: tensor<*xf32>, %b: tensor<2x3xf32>) -> (tensor<*xf32>, tensor<*xf32>) {
  %0 = ov.add %a, %b : (tensor<*xf32>, tensor<2x3xf32>) -> tensor<*xf32>
  %1 = ov.subtract %b, %a {auto_broadcast = #ov.auto_broadcast<pdpd>} : (tensor<2x3xf32>, tensor<*xf32>) -> tensor<*xf32>
  %2 = ov.convert %1 : tensor<*xf32> to f16
  return %0, %1 : tensor<*xf32>, tensor<*xf32>
}
