// RUN: ov-opt %s | ov-opt | FileCheck %s
// Parse/print round trip of every elementwise op.

// CHECK-LABEL: func @unary
func.func @unary(%x: tensor<2x?xf32>, %b: tensor<2x?xi1>, %i: tensor<4xi32>) {
  // CHECK: ov.relu %{{.*}} : tensor<2x?xf32>
  %0 = ov.relu %x : tensor<2x?xf32>
  // CHECK: ov.sigmoid
  %1 = ov.sigmoid %x : tensor<2x?xf32>
  // CHECK: ov.tanh
  %2 = ov.tanh %x : tensor<2x?xf32>
  // CHECK: ov.exp
  %3 = ov.exp %x : tensor<2x?xf32>
  // CHECK: ov.log
  %4 = ov.log %x : tensor<2x?xf32>
  // CHECK: ov.sqrt
  %5 = ov.sqrt %x : tensor<2x?xf32>
  // CHECK: ov.abs %{{.*}} : tensor<4xi32>
  %6 = ov.abs %i : tensor<4xi32>
  // CHECK: ov.negative
  %7 = ov.negative %x : tensor<2x?xf32>
  // CHECK: ov.floor
  %8 = ov.floor %x : tensor<2x?xf32>
  // CHECK: ov.ceiling
  %9 = ov.ceiling %x : tensor<2x?xf32>
  // CHECK: ov.erf
  %10 = ov.erf %x : tensor<2x?xf32>
  // CHECK: ov.sin
  %11 = ov.sin %x : tensor<2x?xf32>
  // CHECK: ov.cos
  %12 = ov.cos %x : tensor<2x?xf32>
  // CHECK: ov.sign
  %13 = ov.sign %x : tensor<2x?xf32>
  // CHECK: ov.hswish
  %14 = ov.hswish %x : tensor<2x?xf32>
  // CHECK: ov.hsigmoid
  %15 = ov.hsigmoid %x : tensor<2x?xf32>
  // CHECK: ov.mish
  %16 = ov.mish %x : tensor<2x?xf32>
  // CHECK: ov.softplus
  %17 = ov.softplus %x : tensor<2x?xf32>
  // CHECK: ov.logical_not %{{.*}} : tensor<2x?xi1>
  %18 = ov.logical_not %b : tensor<2x?xi1>
  // CHECK: ov.round %{{.*}} : tensor<2x?xf32>
  %19 = ov.round %x : tensor<2x?xf32>
  // CHECK: ov.round %{{.*}} {mode = #ov.round_mode<half_away_from_zero>}
  %20 = ov.round %x {mode = #ov.round_mode<half_away_from_zero>} : tensor<2x?xf32>
  // CHECK: ov.gelu %{{.*}} : tensor<2x?xf32>
  %21 = ov.gelu %x : tensor<2x?xf32>
  // CHECK: ov.gelu %{{.*}} {approximation_mode = #ov.gelu_approximation<tanh>}
  %22 = ov.gelu %x {approximation_mode = #ov.gelu_approximation<tanh>} : tensor<2x?xf32>
  // CHECK: ov.elu %{{.*}} {alpha = 1.000000e+00 : f64}
  %23 = ov.elu %x {alpha = 1.0 : f64} : tensor<2x?xf32>
  // CHECK: ov.clamp %{{.*}} {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64}
  %24 = ov.clamp %x {min = 0.0 : f64, max = 6.0 : f64} : tensor<2x?xf32>
  return
}

// CHECK-LABEL: func @swish_prelu_convert
func.func @swish_prelu_convert(%x: tensor<1x3x4x4xf32>, %beta: tensor<f32>,
                               %slope: tensor<3xf32>) {
  // CHECK: ov.swish %{{.*}} : tensor<1x3x4x4xf32>
  %0 = ov.swish %x : tensor<1x3x4x4xf32>
  // CHECK: ov.swish %{{.*}} beta %{{.*}} : tensor<1x3x4x4xf32>, tensor<f32>
  %1 = ov.swish %x beta %beta : tensor<1x3x4x4xf32>, tensor<f32>
  // CHECK: ov.prelu %{{.*}}, %{{.*}} : tensor<1x3x4x4xf32>, tensor<3xf32>
  %2 = ov.prelu %x, %slope : tensor<1x3x4x4xf32>, tensor<3xf32>
  // CHECK: ov.convert %{{.*}} : tensor<1x3x4x4xf32> to f16
  %3 = ov.convert %x : tensor<1x3x4x4xf32> to f16
  // CHECK: ov.convert %{{.*}} : tensor<1x3x4x4xf32> to ui8
  %4 = ov.convert %x : tensor<1x3x4x4xf32> to ui8
  return
}

// CHECK-LABEL: func @binary
func.func @binary(%a: tensor<2x3xf32>, %b: tensor<3xf32>, %p: tensor<2x3xi1>,
                  %q: tensor<1x3xi1>) {
  // CHECK: ov.add %{{.*}}, %{{.*}} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %0 = ov.add %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  // CHECK: ov.subtract
  %1 = ov.subtract %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  // CHECK: ov.multiply
  %2 = ov.multiply %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  // CHECK: ov.divide %{{.*}}, %{{.*}} {m_pythondiv = false}
  %3 = ov.divide %a, %b {m_pythondiv = false} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  // CHECK: ov.maximum
  %4 = ov.maximum %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  // CHECK: ov.minimum
  %5 = ov.minimum %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  // CHECK: ov.power
  %6 = ov.power %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  // CHECK: ov.squared_difference
  %7 = ov.squared_difference %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  // CHECK: ov.equal %{{.*}}, %{{.*}} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  %8 = ov.equal %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  // CHECK: ov.not_equal
  %9 = ov.not_equal %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  // CHECK: ov.less
  %10 = ov.less %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  // CHECK: ov.less_equal
  %11 = ov.less_equal %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  // CHECK: ov.greater
  %12 = ov.greater %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  // CHECK: ov.greater_equal
  %13 = ov.greater_equal %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  // CHECK: ov.logical_and %{{.*}}, %{{.*}} : (tensor<2x3xi1>, tensor<1x3xi1>) -> tensor<2x3xi1>
  %14 = ov.logical_and %p, %q : (tensor<2x3xi1>, tensor<1x3xi1>) -> tensor<2x3xi1>
  // CHECK: ov.logical_or
  %15 = ov.logical_or %p, %q : (tensor<2x3xi1>, tensor<1x3xi1>) -> tensor<2x3xi1>
  // CHECK: ov.logical_xor
  %16 = ov.logical_xor %p, %q : (tensor<2x3xi1>, tensor<1x3xi1>) -> tensor<2x3xi1>
  // CHECK: ov.select %{{.*}}, %{{.*}}, %{{.*}} : (tensor<2x3xi1>, tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %17 = ov.select %p, %a, %b : (tensor<2x3xi1>, tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  // CHECK: ov.add %{{.*}}, %{{.*}} {auto_broadcast = #ov.auto_broadcast<none>}
  %18 = ov.add %a, %a {auto_broadcast = #ov.auto_broadcast<none>} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  // CHECK: ov.add %{{.*}}, %{{.*}} {auto_broadcast = #ov.auto_broadcast<pdpd>}
  %19 = ov.add %a, %b {auto_broadcast = #ov.auto_broadcast<pdpd>} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return
}

// The default auto_broadcast (numpy) is not printed.
// CHECK-LABEL: func @default_broadcast
// CHECK: ov.add %{{.*}}, %{{.*}} :
func.func @default_broadcast(%a: tensor<2xf32>) -> tensor<2xf32> {
  %0 = ov.add %a, %a {auto_broadcast = #ov.auto_broadcast<numpy>} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// The trigonometric and hyperbolic unary ops.
// CHECK-LABEL: func @trig
func.func @trig(%x: tensor<2x?xf32>, %h: tensor<3xf16>) {
  // CHECK: ov.tan %{{.*}} : tensor<2x?xf32>
  %0 = ov.tan %x : tensor<2x?xf32>
  // CHECK: ov.asin %{{.*}} : tensor<2x?xf32>
  %1 = ov.asin %x : tensor<2x?xf32>
  // CHECK: ov.acos %{{.*}} : tensor<2x?xf32>
  %2 = ov.acos %x : tensor<2x?xf32>
  // CHECK: ov.atan %{{.*}} : tensor<2x?xf32>
  %3 = ov.atan %x : tensor<2x?xf32>
  // CHECK: ov.sinh %{{.*}} : tensor<2x?xf32>
  %4 = ov.sinh %x : tensor<2x?xf32>
  // CHECK: ov.cosh %{{.*}} : tensor<2x?xf32>
  %5 = ov.cosh %x : tensor<2x?xf32>
  // CHECK: ov.asinh %{{.*}} : tensor<2x?xf32>
  %6 = ov.asinh %x : tensor<2x?xf32>
  // CHECK: ov.acosh %{{.*}} : tensor<2x?xf32>
  %7 = ov.acosh %x : tensor<2x?xf32>
  // CHECK: ov.atanh %{{.*}} : tensor<3xf16>
  %8 = ov.atanh %h : tensor<3xf16>
  return
}
