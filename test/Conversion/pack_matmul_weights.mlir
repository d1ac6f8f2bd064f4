// ov-pack-matmul-weights: a constant right-hand side becomes column panels.
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-pack-matmul-weights))' | FileCheck %s

// B[2, 64] (two panels of 32 columns): Bp[panel, k, column] = B[k, panel * 32 + column].
// CHECK-LABEL: func.func @packed
// CHECK: %[[BP:.*]] = arith.constant dense_resource<{{packed_weights.*}}> : tensor<2x2x32xf32>
// CHECK: %[[ACC:.*]] = tensor.expand_shape %arg1 {{\[\[}}0], [1, 2]] output_shape [3, 2, 32] : tensor<3x64xf32> into tensor<3x2x32xf32>
// CHECK: %[[C:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%arg0, %[[BP]] : tensor<3x2xf32>, tensor<2x2x32xf32>) outs(%[[ACC]] : tensor<3x2x32xf32>)
// CHECK: tensor.collapse_shape %[[C]] {{\[\[}}0], [1, 2]] : tensor<3x2x32xf32> into tensor<3x64xf32>
func.func @packed(%a: tensor<3x2xf32>, %init: tensor<3x64xf32>) -> tensor<3x64xf32> {
  %b = arith.constant dense<[[0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 19.0, 20.0, 21.0, 22.0, 23.0, 24.0, 25.0, 26.0, 27.0, 28.0, 29.0, 30.0, 31.0, 32.0, 33.0, 34.0, 35.0, 36.0, 37.0, 38.0, 39.0, 40.0, 41.0, 42.0, 43.0, 44.0, 45.0, 46.0, 47.0, 48.0, 49.0, 50.0, 51.0, 52.0, 53.0, 54.0, 55.0, 56.0, 57.0, 58.0, 59.0, 60.0, 61.0, 62.0, 63.0],
                                [100.0, 101.0, 102.0, 103.0, 104.0, 105.0, 106.0, 107.0, 108.0, 109.0, 110.0, 111.0, 112.0, 113.0, 114.0, 115.0, 116.0, 117.0, 118.0, 119.0, 120.0, 121.0, 122.0, 123.0, 124.0, 125.0, 126.0, 127.0, 128.0, 129.0, 130.0, 131.0, 132.0, 133.0, 134.0, 135.0, 136.0, 137.0, 138.0, 139.0, 140.0, 141.0, 142.0, 143.0, 144.0, 145.0, 146.0, 147.0, 148.0, 149.0, 150.0, 151.0, 152.0, 153.0, 154.0, 155.0, 156.0, 157.0, 158.0, 159.0, 160.0, 161.0, 162.0, 163.0]]> : tensor<2x64xf32>
  %c = linalg.matmul ins(%a, %b : tensor<3x2xf32>, tensor<2x64xf32>) outs(%init : tensor<3x64xf32>) -> tensor<3x64xf32>
  return %c : tensor<3x64xf32>
}

// N = 40, not whole panels: the last panel holds columns 32..39 and 24 zero
// columns, the accumulator is padded by 24 columns and the result sliced.
// CHECK-LABEL: func.func @partial_panel
// CHECK: %[[BP:.*]] = arith.constant dense_resource<[[KEY:packed_weights.*]]> : tensor<2x2x32xf32>
// CHECK: %[[PAD:.*]] = tensor.pad %arg1 low[0, 0] high[0, 24]
// CHECK: %[[ACC:.*]] = tensor.expand_shape %[[PAD]] {{\[\[}}0], [1, 2]] output_shape [3, 2, 32] : tensor<3x64xf32> into tensor<3x2x32xf32>
// CHECK: %[[C:.*]] = linalg.generic {{.*}} ins(%arg0, %[[BP]] : tensor<3x2xf32>, tensor<2x2x32xf32>) outs(%[[ACC]] : tensor<3x2x32xf32>)
// CHECK: %[[FLAT:.*]] = tensor.collapse_shape %[[C]] {{\[\[}}0], [1, 2]] : tensor<3x2x32xf32> into tensor<3x64xf32>
// CHECK: %[[Y:.*]] = tensor.extract_slice %[[FLAT]][0, 0] [3, 40] [1, 1]
// CHECK: return %[[Y]]
func.func @partial_panel(%a: tensor<3x2xf32>, %init: tensor<3x40xf32>) -> tensor<3x40xf32> {
  %b = arith.constant dense<[[0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 19.0, 20.0, 21.0, 22.0, 23.0, 24.0, 25.0, 26.0, 27.0, 28.0, 29.0, 30.0, 31.0, 32.0, 33.0, 34.0, 35.0, 36.0, 37.0, 38.0, 39.0],
                                [100.0, 101.0, 102.0, 103.0, 104.0, 105.0, 106.0, 107.0, 108.0, 109.0, 110.0, 111.0, 112.0, 113.0, 114.0, 115.0, 116.0, 117.0, 118.0, 119.0, 120.0, 121.0, 122.0, 123.0, 124.0, 125.0, 126.0, 127.0, 128.0, 129.0, 130.0, 131.0, 132.0, 133.0, 134.0, 135.0, 136.0, 137.0, 138.0, 139.0]]> : tensor<2x40xf32>
  %c = linalg.matmul ins(%a, %b : tensor<3x2xf32>, tensor<2x40xf32>) outs(%init : tensor<3x40xf32>) -> tensor<3x40xf32>
  return %c : tensor<3x40xf32>
}

// Not packed: a right-hand side that is not a constant, a splat constant
// (canonicalization's business), or a single panel (already contiguous).
// CHECK-LABEL: func.func @variable
// CHECK: linalg.matmul
// CHECK-LABEL: func.func @splat
// CHECK: linalg.matmul
// CHECK-LABEL: func.func @single_panel
// CHECK: linalg.matmul
func.func @variable(%a: tensor<3x2xf32>, %b: tensor<2x64xf32>, %init: tensor<3x64xf32>) -> tensor<3x64xf32> {
  %c = linalg.matmul ins(%a, %b : tensor<3x2xf32>, tensor<2x64xf32>) outs(%init : tensor<3x64xf32>) -> tensor<3x64xf32>
  return %c : tensor<3x64xf32>
}
func.func @splat(%a: tensor<3x2xf32>, %init: tensor<3x40xf32>) -> tensor<3x40xf32> {
  %b = arith.constant dense<1.0> : tensor<2x40xf32>
  %c = linalg.matmul ins(%a, %b : tensor<3x2xf32>, tensor<2x40xf32>) outs(%init : tensor<3x40xf32>) -> tensor<3x40xf32>
  return %c : tensor<3x40xf32>
}
func.func @single_panel(%a: tensor<3x2xf32>, %init: tensor<3x32xf32>) -> tensor<3x32xf32> {
  %b = arith.constant dense<[[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 19.0, 20.0, 21.0, 22.0, 23.0, 24.0, 25.0, 26.0, 27.0, 28.0, 29.0, 30.0, 31.0, 32.0],
                             [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 19.0, 20.0, 21.0, 22.0, 23.0, 24.0, 25.0, 26.0, 27.0, 28.0, 29.0, 30.0, 31.0, 32.0]]> : tensor<2x32xf32>
  %c = linalg.matmul ins(%a, %b : tensor<3x2xf32>, tensor<2x32xf32>) outs(%init : tensor<3x32xf32>) -> tensor<3x32xf32>
  return %c : tensor<3x32xf32>
}

// The partial panel's blob: panel 0 (columns 0..31 of rows 0 and 1), then
// panel 1 (columns 32..39 and 24 zeros, of rows 0 and 1).
// CHECK: [[KEY]]: "0x04000000000000000000803F0000004000004040000080400000A0400000C0400000E0400000004100001041000020410000304100004041000050410000604100007041000080410000884100009041000098410000A0410000A8410000B0410000B8410000C0410000C8410000D0410000D8410000E0410000E8410000F0410000F8410000C8420000CA420000CC420000CE420000D0420000D2420000D4420000D6420000D8420000DA420000DC420000DE420000E0420000E2420000E4420000E6420000E8420000EA420000EC420000EE420000F0420000F2420000F4420000F6420000F8420000FA420000FC420000FE420000004300000143000002430000034300000042000004420000084200000C4200001042000014420000184200001C4200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000443000005430000064300000743000008430000094300000A4300000B43000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
