// RUN: ov-opt %s --ov-infer-shapes --split-input-file | FileCheck %s

// Softmax, LogSoftmax, MVN and NormalizeL2 keep the data's shape: static,
// with dynamic dims, or unranked.
// CHECK-LABEL: func @same_shape
// CHECK-SAME: -> (tensor<2x?x4xf32>, tensor<2x?x4xf32>, tensor<*xf32>, tensor<1x3x8x8xf32>, tensor<?x5xf16>, tensor<*xf32>)
// CHECK: ov.softmax {{.*}} -> tensor<2x?x4xf32>
// CHECK: ov.log_softmax {{.*}} -> tensor<2x?x4xf32>
// CHECK: ov.softmax {{.*}} -> tensor<*xf32>
// CHECK: ov.mvn {{.*}} -> tensor<1x3x8x8xf32>
// CHECK: ov.normalize_l2 {{.*}} -> tensor<?x5xf16>
// CHECK: ov.mvn {{.*}} -> tensor<*xf32>
func.func @same_shape(%x: tensor<2x?x4xf32>, %u: tensor<*xf32>, %i: tensor<1x3x8x8xf32>,
                      %h: tensor<?x5xf16>, %axes: tensor<?xi64>)
    -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf16>, tensor<*xf32>) {
  %0 = ov.softmax %x {axis = -1 : i64} : (tensor<2x?x4xf32>) -> tensor<*xf32>
  %1 = ov.log_softmax %x : (tensor<2x?x4xf32>) -> tensor<*xf32>
  %2 = ov.softmax %u {axis = 7 : i64} : (tensor<*xf32>) -> tensor<*xf32>
  %3 = ov.mvn %i, %axes {normalize_variance = true, eps = 1.0e-9 : f64, eps_mode = #ov.mvn_eps_mode<inside_sqrt>} : (tensor<1x3x8x8xf32>, tensor<?xi64>) -> tensor<*xf32>
  %c = ov.constant dense<[-1]> : tensor<1xi64>
  %4 = ov.normalize_l2 %h, %c {eps = 1.0e-6 : f64, eps_mode = #ov.eps_mode<add>} : (tensor<?x5xf16>, tensor<1xi64>) -> tensor<*xf16>
  %5 = ov.mvn %u, %c {normalize_variance = false, eps = 1.0e-9 : f64, eps_mode = #ov.mvn_eps_mode<outside_sqrt>} : (tensor<*xf32>, tensor<1xi64>) -> tensor<*xf32>
  return %0, %1, %2, %3, %4, %5 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf16>, tensor<*xf32>
}

// -----

// BatchNormInference: the data's shape; a dynamic channel dimension takes
// the size of the per-channel inputs; unranked data stays unranked.
// CHECK-LABEL: func @batch_norm
// CHECK-SAME: -> (tensor<1x3x8x8xf32>, tensor<?x3x?xf32>, tensor<*xf32>)
// CHECK: ov.batch_norm_inference {{.*}} -> tensor<1x3x8x8xf32>
// CHECK: ov.batch_norm_inference {{.*}} -> tensor<?x3x?xf32>
// CHECK: ov.batch_norm_inference {{.*}} -> tensor<*xf32>
func.func @batch_norm(%x: tensor<1x3x8x8xf32>, %d: tensor<?x?x?xf32>, %u: tensor<*xf32>,
                      %c: tensor<3xf32>, %q: tensor<?xf32>)
    -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %0 = ov.batch_norm_inference %x, %c, %c, %c, %c {epsilon = 1.0e-5 : f64} : (tensor<1x3x8x8xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<*xf32>
  %1 = ov.batch_norm_inference %d, %q, %q, %c, %q {epsilon = 1.0e-5 : f64} : (tensor<?x?x?xf32>, tensor<?xf32>, tensor<?xf32>, tensor<3xf32>, tensor<?xf32>) -> tensor<*xf32>
  %2 = ov.batch_norm_inference %u, %c, %c, %c, %c {epsilon = 1.0e-5 : f64} : (tensor<*xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<*xf32>
  return %0, %1, %2 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// -----

// ScaledDotProductAttention: [batch..., L, Ev] with broadcast batch dims
// (from key, value and a rank >= 3 mask too).
// CHECK-LABEL: func @attention_static
// CHECK-SAME: -> (tensor<2x8x5x32xf32>, tensor<4x2x8x5x32xf32>, tensor<3x8x5x32xf32>)
// CHECK: ov.scaled_dot_product_attention {{.*}} -> tensor<2x8x5x32xf32>
// CHECK: ov.scaled_dot_product_attention {{.*}} -> tensor<4x2x8x5x32xf32>
// CHECK: ov.scaled_dot_product_attention {{.*}} -> tensor<3x8x5x32xf32>
func.func @attention_static(%q: tensor<2x8x5x16xf32>, %k: tensor<2x1x7x16xf32>, %v: tensor<1x8x7x32xf32>,
                            %m: tensor<4x1x1x5x7xi1>, %q1: tensor<1x5x16xf32>, %k3: tensor<3x8x7x16xf32>,
                            %v1: tensor<8x7x32xf32>, %s: tensor<1xf32>)
    -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %0 = ov.scaled_dot_product_attention %q, %k, %v : (tensor<2x8x5x16xf32>, tensor<2x1x7x16xf32>, tensor<1x8x7x32xf32>) -> tensor<*xf32>
  %1 = ov.scaled_dot_product_attention %q, %k, %v mask %m scale %s : (tensor<2x8x5x16xf32>, tensor<2x1x7x16xf32>, tensor<1x8x7x32xf32>, tensor<4x1x1x5x7xi1>, tensor<1xf32>) -> tensor<*xf32>
  %2 = ov.scaled_dot_product_attention %q1, %k3, %v1 : (tensor<1x5x16xf32>, tensor<3x8x7x16xf32>, tensor<8x7x32xf32>) -> tensor<*xf32>
  return %0, %1, %2 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// -----

// Dynamic dims: L from the query, Ev from the value, a dynamic batch dim
// broadcast against 1 stays dynamic, against a constant takes it. With
// causal set the mask's shape is not used.
// CHECK-LABEL: func @attention_dynamic
// CHECK-SAME: -> (tensor<?x4x?x?xf32>, tensor<2x4x?x64xf32>, tensor<?x?x5x32xf32>)
// CHECK: ov.scaled_dot_product_attention {{.*}} -> tensor<?x4x?x?xf32>
// CHECK: ov.scaled_dot_product_attention {{.*}} -> tensor<2x4x?x64xf32>
// CHECK: ov.scaled_dot_product_attention {{.*}} {causal = true} {{.*}} -> tensor<?x?x5x32xf32>
func.func @attention_dynamic(%q: tensor<?x4x?x64xf32>, %k: tensor<1x4x?x64xf32>, %v: tensor<1x4x?x?xf32>,
                             %v2: tensor<2x1x?x64xf32>, %qd: tensor<?x?x5x16xf32>, %kd: tensor<?x?x?x16xf32>,
                             %vd: tensor<?x?x?x32xf32>, %m: tensor<9x9x9xi1>)
    -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %0 = ov.scaled_dot_product_attention %q, %k, %v : (tensor<?x4x?x64xf32>, tensor<1x4x?x64xf32>, tensor<1x4x?x?xf32>) -> tensor<*xf32>
  %1 = ov.scaled_dot_product_attention %q, %k, %v2 : (tensor<?x4x?x64xf32>, tensor<1x4x?x64xf32>, tensor<2x1x?x64xf32>) -> tensor<*xf32>
  %2 = ov.scaled_dot_product_attention %qd, %kd, %vd mask %m {causal = true} : (tensor<?x?x5x16xf32>, tensor<?x?x?x16xf32>, tensor<?x?x?x32xf32>, tensor<9x9x9xi1>) -> tensor<*xf32>
  return %0, %1, %2 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// -----

// Unranked query: unranked result; unranked key/value/mask leave their
// dims unknown.
// CHECK-LABEL: func @attention_unranked
// CHECK-SAME: -> (tensor<*xf32>, tensor<2x5x?xf32>, tensor<2x5x32xf32>)
// CHECK: ov.scaled_dot_product_attention {{.*}} -> tensor<*xf32>
// CHECK: ov.scaled_dot_product_attention {{.*}} -> tensor<2x5x?xf32>
// CHECK: ov.scaled_dot_product_attention {{.*}} -> tensor<2x5x32xf32>
func.func @attention_unranked(%u: tensor<*xf32>, %q: tensor<2x5x16xf32>, %k: tensor<2x7x16xf32>,
                              %v: tensor<2x7x32xf32>, %mu: tensor<*xi1>)
    -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %0 = ov.scaled_dot_product_attention %u, %k, %v : (tensor<*xf32>, tensor<2x7x16xf32>, tensor<2x7x32xf32>) -> tensor<*xf32>
  %1 = ov.scaled_dot_product_attention %q, %u, %u : (tensor<2x5x16xf32>, tensor<*xf32>, tensor<*xf32>) -> tensor<*xf32>
  %2 = ov.scaled_dot_product_attention %q, %k, %v mask %mu : (tensor<2x5x16xf32>, tensor<2x7x16xf32>, tensor<2x7x32xf32>, tensor<*xi1>) -> tensor<*xf32>
  return %0, %1, %2 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// -----

// Mod and FloorMod broadcast like the other binary elementwise ops.
// CHECK-LABEL: func @remainder
// CHECK-SAME: -> (tensor<4x3xi32>, tensor<?x3xf32>, tensor<*xf32>)
// CHECK: ov.mod {{.*}} -> tensor<4x3xi32>
// CHECK: ov.floor_mod {{.*}} -> tensor<?x3xf32>
// CHECK: ov.floor_mod {{.*}} -> tensor<*xf32>
func.func @remainder(%a: tensor<4x1xi32>, %b: tensor<3xi32>, %x: tensor<?x3xf32>, %y: tensor<1x1xf32>, %u: tensor<*xf32>)
    -> (tensor<*xi32>, tensor<*xf32>, tensor<*xf32>) {
  %0 = ov.mod %a, %b : (tensor<4x1xi32>, tensor<3xi32>) -> tensor<*xi32>
  %1 = ov.floor_mod %x, %y : (tensor<?x3xf32>, tensor<1x1xf32>) -> tensor<*xf32>
  %2 = ov.floor_mod %u, %y : (tensor<*xf32>, tensor<1x1xf32>) -> tensor<*xf32>
  return %0, %1, %2 : tensor<*xi32>, tensor<*xf32>, tensor<*xf32>
}
