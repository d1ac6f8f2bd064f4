// ov-pack-matmul-weights: a constant right-hand side becomes column panels.
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-pack-matmul-weights))' | FileCheck %s

// B[2, 64] (two panels of 32 columns): Bp[panel, k, column] = B[k, panel * 32 + column].
// CHECK-LABEL: func.func @packed
// CHECK: %[[BP:.*]] = arith.constant dense_resource<packed_weights> : tensor<2x2x32xf32>
// CHECK: %[[ACC:.*]] = tensor.expand_shape %arg1 {{\[\[}}0], [1, 2]] output_shape [3, 2, 32] : tensor<3x64xf32> into tensor<3x2x32xf32>
// CHECK: %[[C:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%arg0, %[[BP]] : tensor<3x2xf32>, tensor<2x2x32xf32>) outs(%[[ACC]] : tensor<3x2x32xf32>)
// CHECK: tensor.collapse_shape %[[C]] {{\[\[}}0], [1, 2]] : tensor<3x2x32xf32> into tensor<3x64xf32>
func.func @packed(%a: tensor<3x2xf32>, %init: tensor<3x64xf32>) -> tensor<3x64xf32> {
  %b = arith.constant dense<[[0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 19.0, 20.0, 21.0, 22.0, 23.0, 24.0, 25.0, 26.0, 27.0, 28.0, 29.0, 30.0, 31.0, 32.0, 33.0, 34.0, 35.0, 36.0, 37.0, 38.0, 39.0, 40.0, 41.0, 42.0, 43.0, 44.0, 45.0, 46.0, 47.0, 48.0, 49.0, 50.0, 51.0, 52.0, 53.0, 54.0, 55.0, 56.0, 57.0, 58.0, 59.0, 60.0, 61.0, 62.0, 63.0],
                                [100.0, 101.0, 102.0, 103.0, 104.0, 105.0, 106.0, 107.0, 108.0, 109.0, 110.0, 111.0, 112.0, 113.0, 114.0, 115.0, 116.0, 117.0, 118.0, 119.0, 120.0, 121.0, 122.0, 123.0, 124.0, 125.0, 126.0, 127.0, 128.0, 129.0, 130.0, 131.0, 132.0, 133.0, 134.0, 135.0, 136.0, 137.0, 138.0, 139.0, 140.0, 141.0, 142.0, 143.0, 144.0, 145.0, 146.0, 147.0, 148.0, 149.0, 150.0, 151.0, 152.0, 153.0, 154.0, 155.0, 156.0, 157.0, 158.0, 159.0, 160.0, 161.0, 162.0, 163.0]]> : tensor<2x64xf32>
  %c = linalg.matmul ins(%a, %b : tensor<3x2xf32>, tensor<2x64xf32>) outs(%init : tensor<3x64xf32>) -> tensor<3x64xf32>
  return %c : tensor<3x64xf32>
}

// Not packed: a right-hand side that is not a constant, or whose columns
// are not a multiple of 32 (or a single panel, already contiguous).
// CHECK-LABEL: func.func @variable
// CHECK: linalg.matmul
// CHECK-LABEL: func.func @odd_columns
// CHECK: linalg.matmul
func.func @variable(%a: tensor<3x2xf32>, %b: tensor<2x64xf32>, %init: tensor<3x64xf32>) -> tensor<3x64xf32> {
  %c = linalg.matmul ins(%a, %b : tensor<3x2xf32>, tensor<2x64xf32>) outs(%init : tensor<3x64xf32>) -> tensor<3x64xf32>
  return %c : tensor<3x64xf32>
}
func.func @odd_columns(%a: tensor<3x2xf32>, %init: tensor<3x40xf32>) -> tensor<3x40xf32> {
  %b = arith.constant dense<1.0> : tensor<2x40xf32>
  %c = linalg.matmul ins(%a, %b : tensor<3x2xf32>, tensor<2x40xf32>) outs(%init : tensor<3x40xf32>) -> tensor<3x40xf32>
  return %c : tensor<3x40xf32>
}
