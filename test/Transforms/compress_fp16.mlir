// RUN: ov-opt %s --ov-compress-fp16 --mlir-print-debuginfo --mlir-print-local-scope | FileCheck %s
// RUN: ov-opt %s --ov-compress-fp16 | FileCheck %s --check-prefix=BLOB

// f32 weights become f16 constants named <name>_compressed, converted back
// to f32 by a Convert that keeps the name and tensor names and carries the
// decompression rt_info; blobs stay blobs.
// CHECK-LABEL: func.func @weights
// CHECK: %[[W16:.*]] = ov.constant dense_resource<"fc/w_compressed"> : tensor<4x8xf16> loc("fc/w_compressed")
// CHECK: %[[W:.*]] = ov.convert %[[W16]] {ov.rt_info = {decompression = {version = "0"}, fused_names = {value = "fc/w", version = "0"}}, ov.tensor_names = {{\[}}["w"]]} : tensor<4x8xf16> to f32 loc("fc/w")
// CHECK: ov.matmul %{{.*}}, %[[W]]
func.func @weights(%x: tensor<2x4xf32>) -> tensor<2x8xf32> {
  %w = ov.constant {ov.rt_info = {fused_names = {value = "fc/w", version = "0"}}, ov.tensor_names = [["w"]]} dense_resource<w> : tensor<4x8xf32> loc("fc/w")
  %y = ov.matmul %x, %w : (tensor<2x4xf32>, tensor<4x8xf32>) -> tensor<2x8xf32>
  return %y : tensor<2x8xf32>
}

// Values beyond the f16 range clamp to +-65504; a constant with >= 75% of
// its values out of range (too large, or too small to stay non-zero) stays
// f32; splats stay splats; only f32 is compressed.
// CHECK-LABEL: func.func @ranges
// CHECK: ov.constant dense<[6.550400e+04, -6.550400e+04, 1.000000e+00, 0.000000e+00]> : tensor<4xf16>
// CHECK: ov.constant dense<[1.000000e+06, 2.000000e+06, 1.000000e-30, 1.000000e+00]> : tensor<4xf32>
// CHECK: ov.constant dense<5.000000e-01> : tensor<3x4xf16>
// CHECK: ov.constant dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf64>
func.func @ranges() -> (tensor<4xf32>, tensor<4xf32>, tensor<3x4xf32>, tensor<2xf64>) {
  %clamped = ov.constant dense<[7.0e4, -1.0e9, 1.0, 0.0]> : tensor<4xf32>
  %kept = ov.constant dense<[1.0e6, 2.0e6, 1.0e-30, 1.0]> : tensor<4xf32>
  %splat = ov.constant dense<0.5> : tensor<3x4xf32>
  %f64 = ov.constant dense<[1.0, 2.0]> : tensor<2xf64>
  return %clamped, %kept, %splat, %f64 : tensor<4xf32>, tensor<4xf32>, tensor<3x4xf32>, tensor<2xf64>
}

// Constants that shape computations depend on are marked precise and stay
// f32: up from Reshape's shape and Interpolate's scales to ShapeOf; the data
// path is compressed.
// CHECK-LABEL: func.func @shape_paths
// CHECK: %[[SCALE:.*]] = ov.constant {ov.rt_info = {precise = {version = "0"}}} dense<2.000000e+00> : tensor<2xf32>
// CHECK: %[[IDX:.*]] = ov.constant {ov.rt_info = {precise = {version = "0"}}} dense<[2, 3]> : tensor<2xi64>
// CHECK: %[[AXIS:.*]] = ov.constant {ov.rt_info = {precise = {version = "0"}}} dense<0> : tensor<i64>
// CHECK: %[[SHAPE:.*]] = ov.shape_of %arg0
// CHECK: %[[HW:.*]] = ov.gather %[[SHAPE]], %[[IDX]], %[[AXIS]]
// CHECK: %[[F:.*]] = ov.convert %[[HW]]
// CHECK: %[[SIZES:.*]] = ov.multiply %[[F]], %[[SCALE]]
// CHECK: %[[BIAS16:.*]] = ov.constant dense<1.000000e+00> : tensor<1x3x1x1xf16>
// CHECK: %[[BIAS:.*]] = ov.convert %[[BIAS16]] {ov.rt_info = {decompression
// CHECK: %[[T:.*]] = ov.constant {ov.rt_info = {precise = {version = "0"}}} dense<[1, 3, -1]> : tensor<3xi64>
func.func @shape_paths(%x: tensor<1x3x8x8xf32>) -> tensor<1x3x?xf32> {
  %scale = ov.constant dense<2.0> : tensor<2xf32>
  %idx = ov.constant dense<[2, 3]> : tensor<2xi64>
  %axis = ov.constant dense<0> : tensor<i64>
  %shape = ov.shape_of %x : tensor<1x3x8x8xf32> -> tensor<4xi64>
  %hw = ov.gather %shape, %idx, %axis : (tensor<4xi64>, tensor<2xi64>, tensor<i64>) -> tensor<2xi64>
  %f = ov.convert %hw : tensor<2xi64> to f32
  %sizes = ov.multiply %f, %scale : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  %up = ov.interpolate %x, %sizes axes %idx {mode = #ov.interpolate_mode<nearest>, shape_calculation_mode = #ov.shape_calc_mode<scales>} : (tensor<1x3x8x8xf32>, tensor<2xf32>, tensor<2xi64>) -> tensor<1x3x?x?xf32>
  %bias = ov.constant dense<1.0> : tensor<1x3x1x1xf32>
  %b = ov.add %up, %bias : (tensor<1x3x?x?xf32>, tensor<1x3x1x1xf32>) -> tensor<1x3x?x?xf32>
  %t = ov.constant dense<[1, 3, -1]> : tensor<3xi64>
  %r = ov.reshape %b, %t {special_zero = false} : (tensor<1x3x?x?xf32>, tensor<3xi64>) -> tensor<1x3x?xf32>
  return %r : tensor<1x3x?xf32>
}

// The f16 blob holds 1.0, 2.0, 3.0, ... as
// little-endian f16 (0x3C00, 0x4000, 0x4200, 0x4400, ...).
// BLOB: "fc/w_compressed": "0x02000000003C004000420044

{-#
  dialect_resources: {
    builtin: {
      w: "0x040000000000803F0000004000004040000080400000A0400000C0400000E0400000004100001041000020410000304100004041000050410000604100007041000080410000884100009041000098410000A0410000A8410000B0410000B8410000C0410000C8410000D0410000D8410000E0410000E8410000F0410000F84100000042"
    }
  }
#-}
