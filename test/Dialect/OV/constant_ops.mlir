// RUN: ov-opt %s | ov-opt | FileCheck %s

// CHECK-LABEL: func @constants
// CHECK: ov.constant dense<[1, 0, -1]> : tensor<3xi64>
// CHECK: ov.constant dense<5.000000e-01> : tensor<f32>
// CHECK: ov.constant dense<true> : tensor<2x2xi1>
// CHECK: ov.constant dense_resource<conv_weights> : tensor<2x2xf32>
// CHECK: ov.constant {ov.tensor_names = {{\[}}["w", "w:0"]]} dense<1> : tensor<ui8>
func.func @constants() {
  %0 = ov.constant dense<[1, 0, -1]> : tensor<3xi64>
  %1 = ov.constant dense<0.5> : tensor<f32>
  %2 = ov.constant dense<true> : tensor<2x2xi1>
  %3 = ov.constant dense_resource<conv_weights> : tensor<2x2xf32>
  %4 = ov.constant {ov.tensor_names = [["w", "w:0"]]} dense<1> : tensor<ui8>
  return
}

// CHECK: dialect_resources
// CHECK: conv_weights: "0x04000000
{-#
  dialect_resources: {
    builtin: {
      conv_weights: "0x040000000000803F000000400000404000008040"
    }
  }
#-}
