// Interpolate-11 and Interpolate-4 lowered and run by the JIT: nearest
// (asymmetric, floor) with constant scales, linear_onnx with align_corners,
// cubic downsampling, zero pads, and bilinear half_pixel upsampling of two
// axes with run-time scales and with constant ones. Nearest and linear
// with static lengths and constant scales or sizes read tables of indices
// and weights made at compile time (ov_to_linalg_interpolate.mlir), the
// others compute them per element: both give the same values.
// RUN: ov-opt %s --ov-lower-to-llvm | %mlir_runner | FileCheck %s

// CHECK: sizes = [1, 1, 8]
// CHECK-NEXT: {{\[\[\[}}1, 1, 2, 2, 3, 3, 4, 4]]]
// Coordinates 0, 1.5, 3.
// CHECK: sizes = [1, 1, 3]
// CHECK-NEXT: {{\[\[\[}}1, 2.5, 4]]]
// Coordinates 0.5 and 2.5, weights [-0.09375, 0.59375, 0.59375, -0.09375].
// CHECK: sizes = [1, 1, 2]
// CHECK-NEXT: {{\[\[\[}}1.40625, 3.59375]]]
// Padded by one zero on each side, same size: unchanged.
// CHECK: sizes = [1, 1, 6]
// CHECK-NEXT: {{\[\[\[}}0, 1, 2, 3, 4, 0]]]
func.func @resize1d(%x: tensor<1x1x4xf32>) -> (tensor<1x1x8xf32>, tensor<1x1x3xf32>, tensor<1x1x2xf32>, tensor<1x1x6xf32>) {
  %axes = ov.constant dense<[2]> : tensor<1xi64>
  %s2 = ov.constant dense<[2.0]> : tensor<1xf32>
  %a = ov.interpolate %x, %s2 axes %axes {mode = #ov.interpolate_mode<nearest>, shape_calculation_mode = #ov.shape_calc_mode<scales>, coordinate_transformation_mode = #ov.coordinate_transform<asymmetric>, nearest_mode = #ov.nearest_mode<floor>} : (tensor<1x1x4xf32>, tensor<1xf32>, tensor<1xi64>) -> tensor<1x1x8xf32>
  %n3 = ov.constant dense<[3]> : tensor<1xi64>
  %b = ov.interpolate %x, %n3 axes %axes {mode = #ov.interpolate_mode<linear_onnx>, shape_calculation_mode = #ov.shape_calc_mode<sizes>, coordinate_transformation_mode = #ov.coordinate_transform<align_corners>} : (tensor<1x1x4xf32>, tensor<1xi64>, tensor<1xi64>) -> tensor<1x1x3xf32>
  %n2 = ov.constant dense<[2]> : tensor<1xi64>
  %c = ov.interpolate %x, %n2 axes %axes {mode = #ov.interpolate_mode<cubic>, shape_calculation_mode = #ov.shape_calc_mode<sizes>} : (tensor<1x1x4xf32>, tensor<1xi64>, tensor<1xi64>) -> tensor<1x1x2xf32>
  %n6 = ov.constant dense<[6]> : tensor<1xi64>
  %d = ov.interpolate %x, %n6 axes %axes {mode = #ov.interpolate_mode<nearest>, shape_calculation_mode = #ov.shape_calc_mode<sizes>, pads_begin = array<i64: 0, 0, 1>, pads_end = array<i64: 0, 0, 1>} : (tensor<1x1x4xf32>, tensor<1xi64>, tensor<1xi64>) -> tensor<1x1x6xf32>
  return %a, %b, %c, %d : tensor<1x1x8xf32>, tensor<1x1x3xf32>, tensor<1x1x2xf32>, tensor<1x1x6xf32>
}

// 1 + 2 r + c at r, c in {0, 0.25, 0.75, 1} (half_pixel, clamped).
// CHECK: sizes = [1, 1, 4, 4]
// CHECK-NEXT: {{\[\[\[\[}}1, 1.25, 1.75, 2],
// CHECK-NEXT: [1.5, 1.75, 2.25, 2.5],
// CHECK-NEXT: [2.5, 2.75, 3.25, 3.5],
// CHECK-NEXT: [3, 3.25, 3.75, 4]]]]
func.func @resize2d(%x: tensor<1x1x2x2xf32>, %scales: tensor<2xf32>) -> tensor<?x?x?x?xf32> {
  %axes = ov.constant dense<[2, 3]> : tensor<2xi64>
  %sizes = ov.constant dense<[0, 0]> : tensor<2xi64>
  %y = ov.interpolate_v4 %x, %sizes, %scales axes %axes {mode = #ov.interpolate_mode<linear_onnx>, shape_calculation_mode = #ov.shape_calc_mode<scales>} : (tensor<1x1x2x2xf32>, tensor<2xi64>, tensor<2xf32>, tensor<2xi64>) -> tensor<?x?x?x?xf32>
  return %y : tensor<?x?x?x?xf32>
}

// The same with constant scales (tables).
// CHECK: sizes = [1, 1, 4, 4]
// CHECK-NEXT: {{\[\[\[\[}}1, 1.25, 1.75, 2],
// CHECK-NEXT: [1.5, 1.75, 2.25, 2.5],
// CHECK-NEXT: [2.5, 2.75, 3.25, 3.5],
// CHECK-NEXT: [3, 3.25, 3.75, 4]]]]
func.func @resize2d_static(%x: tensor<1x1x2x2xf32>) -> tensor<1x1x4x4xf32> {
  %axes = ov.constant dense<[2, 3]> : tensor<2xi64>
  %scales = ov.constant dense<[2.0, 2.0]> : tensor<2xf32>
  %y = ov.interpolate %x, %scales axes %axes {mode = #ov.interpolate_mode<linear_onnx>, shape_calculation_mode = #ov.shape_calc_mode<scales>} : (tensor<1x1x2x2xf32>, tensor<2xf32>, tensor<2xi64>) -> tensor<1x1x4x4xf32>
  return %y : tensor<1x1x4x4xf32>
}

func.func @main() {
  %x = arith.constant dense<[[[1.0, 2.0, 3.0, 4.0]]]> : tensor<1x1x4xf32>
  %a, %b, %c, %d = call @resize1d(%x) : (tensor<1x1x4xf32>) -> (tensor<1x1x8xf32>, tensor<1x1x3xf32>, tensor<1x1x2xf32>, tensor<1x1x6xf32>)
  %ua = tensor.cast %a : tensor<1x1x8xf32> to tensor<*xf32>
  call @printMemrefF32(%ua) : (tensor<*xf32>) -> ()
  %ub = tensor.cast %b : tensor<1x1x3xf32> to tensor<*xf32>
  call @printMemrefF32(%ub) : (tensor<*xf32>) -> ()
  %uc = tensor.cast %c : tensor<1x1x2xf32> to tensor<*xf32>
  call @printMemrefF32(%uc) : (tensor<*xf32>) -> ()
  %ud = tensor.cast %d : tensor<1x1x6xf32> to tensor<*xf32>
  call @printMemrefF32(%ud) : (tensor<*xf32>) -> ()
  %x2 = arith.constant dense<[[[[1.0, 2.0], [3.0, 4.0]]]]> : tensor<1x1x2x2xf32>
  %s = arith.constant dense<[2.0, 2.0]> : tensor<2xf32>
  %y = call @resize2d(%x2, %s) : (tensor<1x1x2x2xf32>, tensor<2xf32>) -> tensor<?x?x?x?xf32>
  %uy = tensor.cast %y : tensor<?x?x?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%uy) : (tensor<*xf32>) -> ()
  %z = call @resize2d_static(%x2) : (tensor<1x1x2x2xf32>) -> tensor<1x1x4x4xf32>
  %uz = tensor.cast %z : tensor<1x1x4x4xf32> to tensor<*xf32>
  call @printMemrefF32(%uz) : (tensor<*xf32>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>)
