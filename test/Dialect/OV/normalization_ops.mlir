// RUN: ov-opt %s | ov-opt | FileCheck %s
// Parse/print round trip of every normalization-family op and attribute.

// CHECK-LABEL: func @softmax
func.func @softmax(%x: tensor<2x?x4xf32>) -> (tensor<2x?x4xf32>, tensor<2x?x4xf32>, tensor<2x?x4xf32>) {
  // The default axis (1) is not printed.
  // CHECK: ov.softmax %{{.*}} : (tensor<2x?x4xf32>) -> tensor<2x?x4xf32>
  %0 = ov.softmax %x : (tensor<2x?x4xf32>) -> tensor<2x?x4xf32>
  // CHECK: ov.softmax %{{.*}} {axis = -1 : i64} : (tensor<2x?x4xf32>) -> tensor<2x?x4xf32>
  %1 = ov.softmax %x {axis = -1 : i64} : (tensor<2x?x4xf32>) -> tensor<2x?x4xf32>
  // CHECK: ov.log_softmax %{{.*}} {axis = 2 : i64} : (tensor<2x?x4xf32>) -> tensor<2x?x4xf32>
  %2 = ov.log_softmax %x {axis = 2 : i64} : (tensor<2x?x4xf32>) -> tensor<2x?x4xf32>
  return %0, %1, %2 : tensor<2x?x4xf32>, tensor<2x?x4xf32>, tensor<2x?x4xf32>
}

// CHECK-LABEL: func @batch_norm
func.func @batch_norm(%x: tensor<1x3x8x8xf16>, %g: tensor<3xf16>, %b: tensor<3xf16>,
                      %m: tensor<3xf16>, %v: tensor<3xf16>) -> tensor<1x3x8x8xf16> {
  // CHECK: ov.batch_norm_inference %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} {epsilon = 1.000000e-05 : f64} : (tensor<1x3x8x8xf16>, tensor<3xf16>, tensor<3xf16>, tensor<3xf16>, tensor<3xf16>) -> tensor<1x3x8x8xf16>
  %0 = ov.batch_norm_inference %x, %g, %b, %m, %v {epsilon = 1.0e-5 : f64} : (tensor<1x3x8x8xf16>, tensor<3xf16>, tensor<3xf16>, tensor<3xf16>, tensor<3xf16>) -> tensor<1x3x8x8xf16>
  return %0 : tensor<1x3x8x8xf16>
}

// CHECK-LABEL: func @mvn
func.func @mvn(%x: tensor<1x3x8x8xf32>, %axes: tensor<2xi64>) -> (tensor<1x3x8x8xf32>, tensor<1x3x8x8xf32>) {
  // CHECK: ov.mvn %{{.*}}, %{{.*}} {eps = 1.000000e-09 : f64, eps_mode = #ov.mvn_eps_mode<inside_sqrt>, normalize_variance = true} : (tensor<1x3x8x8xf32>, tensor<2xi64>) -> tensor<1x3x8x8xf32>
  %0 = ov.mvn %x, %axes {normalize_variance = true, eps = 1.0e-9 : f64, eps_mode = #ov.mvn_eps_mode<inside_sqrt>} : (tensor<1x3x8x8xf32>, tensor<2xi64>) -> tensor<1x3x8x8xf32>
  // CHECK: ov.mvn {{.*}}eps_mode = #ov.mvn_eps_mode<outside_sqrt>, normalize_variance = false}
  %1 = ov.mvn %x, %axes {normalize_variance = false, eps = 1.0e-9 : f64, eps_mode = #ov.mvn_eps_mode<outside_sqrt>} : (tensor<1x3x8x8xf32>, tensor<2xi64>) -> tensor<1x3x8x8xf32>
  return %0, %1 : tensor<1x3x8x8xf32>, tensor<1x3x8x8xf32>
}

// CHECK-LABEL: func @normalize_l2
func.func @normalize_l2(%x: tensor<2x5xf32>, %axes: tensor<i32>) -> (tensor<2x5xf32>, tensor<2x5xf32>) {
  // CHECK: ov.normalize_l2 %{{.*}}, %{{.*}} {eps = 9.9999999999999995E-7 : f64, eps_mode = #ov.eps_mode<add>} : (tensor<2x5xf32>, tensor<i32>) -> tensor<2x5xf32>
  %0 = ov.normalize_l2 %x, %axes {eps = 1.0e-6 : f64, eps_mode = #ov.eps_mode<add>} : (tensor<2x5xf32>, tensor<i32>) -> tensor<2x5xf32>
  // CHECK: ov.normalize_l2 {{.*}}eps_mode = #ov.eps_mode<max>}
  %1 = ov.normalize_l2 %x, %axes {eps = 1.0e-6 : f64, eps_mode = #ov.eps_mode<max>} : (tensor<2x5xf32>, tensor<i32>) -> tensor<2x5xf32>
  return %0, %1 : tensor<2x5xf32>, tensor<2x5xf32>
}

// CHECK-LABEL: func @attention
func.func @attention(%q: tensor<2x8x5x16xf32>, %k: tensor<2x8x7x16xf32>, %v: tensor<2x8x7x32xf32>,
                     %bm: tensor<5x7xi1>, %fm: tensor<2x1x5x7xf32>, %s: tensor<f32>)
    -> (tensor<2x8x5x32xf32>, tensor<2x8x5x32xf32>, tensor<2x8x5x32xf32>, tensor<2x8x5x32xf32>) {
  // CHECK: ov.scaled_dot_product_attention %{{.*}}, %{{.*}}, %{{.*}} : (tensor<2x8x5x16xf32>, tensor<2x8x7x16xf32>, tensor<2x8x7x32xf32>) -> tensor<2x8x5x32xf32>
  %0 = ov.scaled_dot_product_attention %q, %k, %v : (tensor<2x8x5x16xf32>, tensor<2x8x7x16xf32>, tensor<2x8x7x32xf32>) -> tensor<2x8x5x32xf32>
  // CHECK: ov.scaled_dot_product_attention %{{.*}}, %{{.*}}, %{{.*}} mask %{{.*}} : (tensor<2x8x5x16xf32>, tensor<2x8x7x16xf32>, tensor<2x8x7x32xf32>, tensor<5x7xi1>) -> tensor<2x8x5x32xf32>
  %1 = ov.scaled_dot_product_attention %q, %k, %v mask %bm : (tensor<2x8x5x16xf32>, tensor<2x8x7x16xf32>, tensor<2x8x7x32xf32>, tensor<5x7xi1>) -> tensor<2x8x5x32xf32>
  // CHECK: ov.scaled_dot_product_attention %{{.*}}, %{{.*}}, %{{.*}} mask %{{.*}} scale %{{.*}} : (tensor<2x8x5x16xf32>, tensor<2x8x7x16xf32>, tensor<2x8x7x32xf32>, tensor<2x1x5x7xf32>, tensor<f32>) -> tensor<2x8x5x32xf32>
  %2 = ov.scaled_dot_product_attention %q, %k, %v mask %fm scale %s : (tensor<2x8x5x16xf32>, tensor<2x8x7x16xf32>, tensor<2x8x7x32xf32>, tensor<2x1x5x7xf32>, tensor<f32>) -> tensor<2x8x5x32xf32>
  // CHECK: ov.scaled_dot_product_attention %{{.*}}, %{{.*}}, %{{.*}} scale %{{.*}} {causal = true} : (tensor<2x8x5x16xf32>, tensor<2x8x7x16xf32>, tensor<2x8x7x32xf32>, tensor<f32>) -> tensor<2x8x5x32xf32>
  %3 = ov.scaled_dot_product_attention %q, %k, %v scale %s {causal = true} : (tensor<2x8x5x16xf32>, tensor<2x8x7x16xf32>, tensor<2x8x7x32xf32>, tensor<f32>) -> tensor<2x8x5x32xf32>
  return %0, %1, %2, %3 : tensor<2x8x5x32xf32>, tensor<2x8x5x32xf32>, tensor<2x8x5x32xf32>, tensor<2x8x5x32xf32>
}

// CHECK-LABEL: func @remainder
func.func @remainder(%a: tensor<2x3xi32>, %b: tensor<3xi32>, %x: tensor<4xf32>, %y: tensor<4xf32>)
    -> (tensor<2x3xi32>, tensor<2x3xi32>, tensor<4xf32>) {
  // CHECK: ov.mod %{{.*}}, %{{.*}} : (tensor<2x3xi32>, tensor<3xi32>) -> tensor<2x3xi32>
  %0 = ov.mod %a, %b : (tensor<2x3xi32>, tensor<3xi32>) -> tensor<2x3xi32>
  // CHECK: ov.floor_mod %{{.*}}, %{{.*}} : (tensor<2x3xi32>, tensor<3xi32>) -> tensor<2x3xi32>
  %1 = ov.floor_mod %a, %b : (tensor<2x3xi32>, tensor<3xi32>) -> tensor<2x3xi32>
  // CHECK: ov.floor_mod %{{.*}}, %{{.*}} {auto_broadcast = #ov.auto_broadcast<none>} : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %2 = ov.floor_mod %x, %y {auto_broadcast = #ov.auto_broadcast<none>} : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %0, %1, %2 : tensor<2x3xi32>, tensor<2x3xi32>, tensor<4xf32>
}
