// Interpolate with static lengths and constant scales or sizes (nearest,
// linear): each axis's input indices and weights are constant tables,
// computed at compile time as the per-element code computes them; the
// resampling generic reads them along the axis and the input at them.
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(convert-ov-to-linalg))' | FileCheck %s

// Bilinear, half_pixel, 4 -> 8: source coordinates x / 2 - 0.25, clamped
// to [0, 3]: first indices 0 0 0 1 1 2 2 3, second ones 1 1 1 2 2 3 3 3
// (clamped), weights of the second 0, 0.25, 0.75, ... and 0 at the end.
// CHECK-LABEL: func.func @bilinear
// CHECK-DAG: %[[I0:.*]] = arith.constant dense<[0, 0, 0, 1, 1, 2, 2, 3]> : tensor<8xindex>
// CHECK-DAG: %[[W0:.*]] = arith.constant dense<[1.000000e+00, 7.500000e-01, 2.500000e-01, 7.500000e-01, 2.500000e-01, 7.500000e-01, 2.500000e-01, 1.000000e+00]> : tensor<8xf32>
// CHECK-DAG: %[[I1:.*]] = arith.constant dense<[1, 1, 1, 2, 2, 3, 3, 3]> : tensor<8xindex>
// CHECK-DAG: %[[W1:.*]] = arith.constant dense<[0.000000e+00, 2.500000e-01, 7.500000e-01, 2.500000e-01, 7.500000e-01, 2.500000e-01, 7.500000e-01, 0.000000e+00]> : tensor<8xf32>
// CHECK: linalg.generic {{.*}} ins(%[[I0]], %[[W0]], %[[I1]], %[[W1]] : tensor<8xindex>, tensor<8xf32>, tensor<8xindex>, tensor<8xf32>) outs(%{{.*}} : tensor<1x3x8xf32>)
// CHECK: ^bb0(%[[A:.*]]: index, %[[WA:.*]]: f32, %[[B:.*]]: index, %[[WB:.*]]: f32, %{{.*}}: f32):
// CHECK: %[[XA:.*]] = tensor.extract %arg0[%{{.*}}, %{{.*}}, %[[A]]]
// CHECK: arith.mulf %[[XA]], %[[WA]]
// CHECK: %[[XB:.*]] = tensor.extract %arg0[%{{.*}}, %{{.*}}, %[[B]]]
// CHECK: arith.mulf %[[XB]], %[[WB]]
// CHECK-NOT: math.floor
// CHECK: return
func.func @bilinear(%x: tensor<1x3x4xf32>) -> tensor<1x3x8xf32> {
  %axes = ov.constant dense<[2]> : tensor<1xi64>
  %s = ov.constant dense<[2.0]> : tensor<1xf32>
  %y = ov.interpolate %x, %s axes %axes {mode = #ov.interpolate_mode<linear_onnx>, shape_calculation_mode = #ov.shape_calc_mode<scales>, coordinate_transformation_mode = #ov.coordinate_transform<half_pixel>} : (tensor<1x3x4xf32>, tensor<1xf32>, tensor<1xi64>) -> tensor<1x3x8xf32>
  return %y : tensor<1x3x8xf32>
}

// Nearest, asymmetric, round_prefer_floor, sizes 5 -> 3 (scale 0.6):
// coordinates 0, 1.67, 3.33 round to 0, 2, 3; one table, no weights.
// CHECK-LABEL: func.func @nearest
// CHECK: %[[I:.*]] = arith.constant dense<[0, 2, 3]> : tensor<3xindex>
// CHECK: linalg.generic {{.*}} ins(%[[I]] : tensor<3xindex>) outs(%{{.*}} : tensor<1x2x3xf32>)
// CHECK: %[[X:.*]] = tensor.extract %arg0[%{{.*}}, %{{.*}}, %{{.*}}]
// CHECK-NEXT: linalg.yield %[[X]]
func.func @nearest(%x: tensor<1x2x5xf32>) -> tensor<1x2x3xf32> {
  %axes = ov.constant dense<[2]> : tensor<1xi64>
  %n = ov.constant dense<[3]> : tensor<1xi64>
  %y = ov.interpolate %x, %n axes %axes {mode = #ov.interpolate_mode<nearest>, shape_calculation_mode = #ov.shape_calc_mode<sizes>, coordinate_transformation_mode = #ov.coordinate_transform<asymmetric>, nearest_mode = #ov.nearest_mode<round_prefer_floor>} : (tensor<1x2x5xf32>, tensor<1xi64>, tensor<1xi64>) -> tensor<1x2x3xf32>
  return %y : tensor<1x2x3xf32>
}

// Cubic keeps computing its coordinates and weights per element.
// CHECK-LABEL: func.func @cubic
// CHECK-NOT: tensor<2xindex>
// CHECK: math.floor
func.func @cubic(%x: tensor<1x1x4xf32>) -> tensor<1x1x2xf32> {
  %axes = ov.constant dense<[2]> : tensor<1xi64>
  %n = ov.constant dense<[2]> : tensor<1xi64>
  %y = ov.interpolate %x, %n axes %axes {mode = #ov.interpolate_mode<cubic>, shape_calculation_mode = #ov.shape_calc_mode<sizes>} : (tensor<1x1x4xf32>, tensor<1xi64>, tensor<1xi64>) -> tensor<1x1x2xf32>
  return %y : tensor<1x1x2xf32>
}
