// RUN: ov-opt %s --convert-ov-to-linalg --canonicalize | FileCheck %s

// MVN with the variance normalized: the sum, the centered values, the sum
// of their squares (squared in the reduction's body: no tensor of squares)
// and the normalization.
// CHECK-LABEL: func.func @mvn_last_axis
// CHECK: linalg.generic {{.*}}iterator_types = ["parallel", "reduction"]
// CHECK: arith.addf
// CHECK: %[[CENTERED:.*]] = linalg.generic {{.*}}iterator_types = ["parallel", "parallel"]
// CHECK: arith.subf
// CHECK: linalg.generic {{.*}}iterator_types = ["parallel", "reduction"]{{.*}} ins(%[[CENTERED]]
// CHECK-NEXT: ^bb0(%[[D:.*]]: f32, %[[ACC:.*]]: f32):
// CHECK-NEXT: %[[SQUARE:.*]] = arith.mulf %[[D]], %[[D]] : f32
// CHECK-NEXT: arith.addf %[[ACC]], %[[SQUARE]] : f32
// CHECK: linalg.generic {{.*}}iterator_types = ["parallel", "parallel"]
// CHECK: math.sqrt
// CHECK-NOT: linalg.generic
// CHECK: return
func.func @mvn_last_axis(%x: tensor<8x96xf32>) -> tensor<8x96xf32> {
  %axes = ov.constant dense<[1]> : tensor<1xi64>
  %y = ov.mvn %x, %axes {eps = 1.0e-5 : f64, normalize_variance = true, eps_mode = #ov.mvn_eps_mode<inside_sqrt>} : (tensor<8x96xf32>, tensor<1xi64>) -> tensor<8x96xf32>
  return %y : tensor<8x96xf32>
}
