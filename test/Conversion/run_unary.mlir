// Unary math and activations lowered through the whole pipeline and run by
// the JIT (libm for the trigonometric functions, formulas for the inverse
// hyperbolic ones and the activations).
// RUN: ov-opt %s --ov-lower-to-llvm | %mlir_runner | FileCheck %s

// tan([-0.75, -0.25, 0, 0.5]) = [-0.931596, -0.255342, 0, 0.546302]
// CHECK: sizes = [4]
// CHECK-NEXT: [-0.931596, -0.255342, 0, 0.546302]
// asin([-0.75, -0.25, 0, 0.5]) = [-0.848062, -0.25268, 0, 0.523599]
// CHECK: sizes = [4]
// CHECK-NEXT: [-0.848062, -0.25268, 0, 0.523599]
// acos([-0.75, -0.25, 0, 0.5]) = [2.41886, 1.82348, 1.5708, 1.0472]
// CHECK: sizes = [4]
// CHECK-NEXT: [2.41886, 1.82348, 1.5708, 1.0472]
// atan([-0.75, -0.25, 0, 0.5]) = [-0.643501, -0.244979, 0, 0.463648]
// CHECK: sizes = [4]
// CHECK-NEXT: [-0.643501, -0.244979, 0, 0.463648]
// sinh([-0.75, -0.25, 0, 0.5]) = [-0.822317, -0.252612, 0, 0.521095]
// CHECK: sizes = [4]
// CHECK-NEXT: [-0.822317, -0.252612, 0, 0.521095]
// cosh([-0.75, -0.25, 0, 0.5]) = [1.29468, 1.03141, 1, 1.12763]
// CHECK: sizes = [4]
// CHECK-NEXT: [1.29468, 1.03141, 1, 1.12763]
// asinh([-0.75, -0.25, 0, 0.5]) = [-0.693147, -0.247466, 0, 0.481212]
// CHECK: sizes = [4]
// CHECK-NEXT: [-0.693147, -0.247466, 0, 0.481212]
// acosh([1, 1.5, 2, 3]) = [0, 0.962424, 1.31696, 1.76275]
// CHECK: sizes = [4]
// CHECK-NEXT: [0, 0.962424, 1.31696, 1.76275]
// atanh([-0.75, -0.25, 0, 0.5]) = [-0.972955, -0.255413, 0, 0.549306]
// CHECK: sizes = [4]
// CHECK-NEXT: [-0.972955, -0.255413, 0, 0.549306]
// sign([-0.75, -0.25, 0, 0.5]) = [-1, -1, 0, 1]
// CHECK: sizes = [4]
// CHECK-NEXT: [-1, -1, 0, 1]
// hswish([-3.75, -1.25, 0, 2.5]) = [-0, -0.364583, 0, 2.29167]
// CHECK: sizes = [4]
// CHECK-NEXT: [-0, -0.364583, 0, 2.29167]
// hsigmoid([-3.75, -1.25, 0, 2.5]) = [0, 0.291667, 0.5, 0.916667]
// CHECK: sizes = [4]
// CHECK-NEXT: [0, 0.291667, 0.5, 0.916667]
// mish([-3, -1, 0, 2]) = [-0.145647, -0.303401, 0, 1.94396]
// CHECK: sizes = [4]
// CHECK-NEXT: [-0.145647, -0.303401, 0, 1.94396]
// softplus([-30, -10, 0, 20]) = [9.35762e-14, 4.53989e-05, 0.693147, 20]
// CHECK: sizes = [4]
// CHECK-NEXT: [9.35762e-14, 4.53989e-05, 0.693147, 20]
// elu([-0.75, -0.25, 0, 0.5]) = [-0.263817, -0.1106, 0, 0.5]
// CHECK: sizes = [4]
// CHECK-NEXT: [-0.263817, -0.1106, 0, 0.5]
// gelu_erf([-1.5, -0.5, 0, 1]) = [-0.100211, -0.154269, 0, 0.841345]
// CHECK: sizes = [4]
// CHECK-NEXT: [-0.100211, -0.154269, 0, 0.841345]
// gelu_tanh([-1.5, -0.5, 0, 1]) = [-0.100428, -0.154286, 0, 0.841192]
// CHECK: sizes = [4]
// CHECK-NEXT: [-0.100428, -0.154286, 0, 0.841192]
// round_even([-2.5, -1.5, 0.5, 2.5]) = [-2, -2, 0, 2]
// CHECK: sizes = [4]
// CHECK-NEXT: [-2, -2, 0, 2]
// round_away([-2.5, -1.5, 0.5, 2.5]) = [-3, -2, 1, 3]
// CHECK: sizes = [4]
// CHECK-NEXT: [-3, -2, 1, 3]

func.func @tan(%x: tensor<4xf32>) -> tensor<4xf32> {
  %r = ov.tan %x : tensor<4xf32>
  return %r : tensor<4xf32>
}
func.func @asin(%x: tensor<4xf32>) -> tensor<4xf32> {
  %r = ov.asin %x : tensor<4xf32>
  return %r : tensor<4xf32>
}
func.func @acos(%x: tensor<4xf32>) -> tensor<4xf32> {
  %r = ov.acos %x : tensor<4xf32>
  return %r : tensor<4xf32>
}
func.func @atan(%x: tensor<4xf32>) -> tensor<4xf32> {
  %r = ov.atan %x : tensor<4xf32>
  return %r : tensor<4xf32>
}
func.func @sinh(%x: tensor<4xf32>) -> tensor<4xf32> {
  %r = ov.sinh %x : tensor<4xf32>
  return %r : tensor<4xf32>
}
func.func @cosh(%x: tensor<4xf32>) -> tensor<4xf32> {
  %r = ov.cosh %x : tensor<4xf32>
  return %r : tensor<4xf32>
}
func.func @asinh(%x: tensor<4xf32>) -> tensor<4xf32> {
  %r = ov.asinh %x : tensor<4xf32>
  return %r : tensor<4xf32>
}
func.func @acosh(%x: tensor<4xf32>) -> tensor<4xf32> {
  %r = ov.acosh %x : tensor<4xf32>
  return %r : tensor<4xf32>
}
func.func @atanh(%x: tensor<4xf32>) -> tensor<4xf32> {
  %r = ov.atanh %x : tensor<4xf32>
  return %r : tensor<4xf32>
}
func.func @sign(%x: tensor<4xf32>) -> tensor<4xf32> {
  %r = ov.sign %x : tensor<4xf32>
  return %r : tensor<4xf32>
}
func.func @hswish(%x: tensor<4xf32>) -> tensor<4xf32> {
  %r = ov.hswish %x : tensor<4xf32>
  return %r : tensor<4xf32>
}
func.func @hsigmoid(%x: tensor<4xf32>) -> tensor<4xf32> {
  %r = ov.hsigmoid %x : tensor<4xf32>
  return %r : tensor<4xf32>
}
func.func @mish(%x: tensor<4xf32>) -> tensor<4xf32> {
  %r = ov.mish %x : tensor<4xf32>
  return %r : tensor<4xf32>
}
func.func @softplus(%x: tensor<4xf32>) -> tensor<4xf32> {
  %r = ov.softplus %x : tensor<4xf32>
  return %r : tensor<4xf32>
}
func.func @elu(%x: tensor<4xf32>) -> tensor<4xf32> {
  %r = ov.elu %x {alpha = 0.5 : f64} : tensor<4xf32>
  return %r : tensor<4xf32>
}
func.func @gelu_erf(%x: tensor<4xf32>) -> tensor<4xf32> {
  %r = ov.gelu %x : tensor<4xf32>
  return %r : tensor<4xf32>
}
func.func @gelu_tanh(%x: tensor<4xf32>) -> tensor<4xf32> {
  %r = ov.gelu %x {approximation_mode = #ov.gelu_approximation<tanh>} : tensor<4xf32>
  return %r : tensor<4xf32>
}
func.func @round_even(%x: tensor<4xf32>) -> tensor<4xf32> {
  %r = ov.round %x {mode = #ov.round_mode<half_to_even>} : tensor<4xf32>
  return %r : tensor<4xf32>
}
func.func @round_away(%x: tensor<4xf32>) -> tensor<4xf32> {
  %r = ov.round %x {mode = #ov.round_mode<half_away_from_zero>} : tensor<4xf32>
  return %r : tensor<4xf32>
}

func.func @main() {
  %in_tan = arith.constant dense<[-0.75, -0.25, 0.0, 0.5]> : tensor<4xf32>
  %out_tan = call @tan(%in_tan) : (tensor<4xf32>) -> tensor<4xf32>
  %u_tan = tensor.cast %out_tan : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%u_tan) : (tensor<*xf32>) -> ()
  %in_asin = arith.constant dense<[-0.75, -0.25, 0.0, 0.5]> : tensor<4xf32>
  %out_asin = call @asin(%in_asin) : (tensor<4xf32>) -> tensor<4xf32>
  %u_asin = tensor.cast %out_asin : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%u_asin) : (tensor<*xf32>) -> ()
  %in_acos = arith.constant dense<[-0.75, -0.25, 0.0, 0.5]> : tensor<4xf32>
  %out_acos = call @acos(%in_acos) : (tensor<4xf32>) -> tensor<4xf32>
  %u_acos = tensor.cast %out_acos : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%u_acos) : (tensor<*xf32>) -> ()
  %in_atan = arith.constant dense<[-0.75, -0.25, 0.0, 0.5]> : tensor<4xf32>
  %out_atan = call @atan(%in_atan) : (tensor<4xf32>) -> tensor<4xf32>
  %u_atan = tensor.cast %out_atan : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%u_atan) : (tensor<*xf32>) -> ()
  %in_sinh = arith.constant dense<[-0.75, -0.25, 0.0, 0.5]> : tensor<4xf32>
  %out_sinh = call @sinh(%in_sinh) : (tensor<4xf32>) -> tensor<4xf32>
  %u_sinh = tensor.cast %out_sinh : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%u_sinh) : (tensor<*xf32>) -> ()
  %in_cosh = arith.constant dense<[-0.75, -0.25, 0.0, 0.5]> : tensor<4xf32>
  %out_cosh = call @cosh(%in_cosh) : (tensor<4xf32>) -> tensor<4xf32>
  %u_cosh = tensor.cast %out_cosh : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%u_cosh) : (tensor<*xf32>) -> ()
  %in_asinh = arith.constant dense<[-0.75, -0.25, 0.0, 0.5]> : tensor<4xf32>
  %out_asinh = call @asinh(%in_asinh) : (tensor<4xf32>) -> tensor<4xf32>
  %u_asinh = tensor.cast %out_asinh : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%u_asinh) : (tensor<*xf32>) -> ()
  %in_acosh = arith.constant dense<[1.0, 1.5, 2.0, 3.0]> : tensor<4xf32>
  %out_acosh = call @acosh(%in_acosh) : (tensor<4xf32>) -> tensor<4xf32>
  %u_acosh = tensor.cast %out_acosh : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%u_acosh) : (tensor<*xf32>) -> ()
  %in_atanh = arith.constant dense<[-0.75, -0.25, 0.0, 0.5]> : tensor<4xf32>
  %out_atanh = call @atanh(%in_atanh) : (tensor<4xf32>) -> tensor<4xf32>
  %u_atanh = tensor.cast %out_atanh : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%u_atanh) : (tensor<*xf32>) -> ()
  %in_sign = arith.constant dense<[-0.75, -0.25, 0.0, 0.5]> : tensor<4xf32>
  %out_sign = call @sign(%in_sign) : (tensor<4xf32>) -> tensor<4xf32>
  %u_sign = tensor.cast %out_sign : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%u_sign) : (tensor<*xf32>) -> ()
  %in_hswish = arith.constant dense<[-3.75, -1.25, 0.0, 2.5]> : tensor<4xf32>
  %out_hswish = call @hswish(%in_hswish) : (tensor<4xf32>) -> tensor<4xf32>
  %u_hswish = tensor.cast %out_hswish : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%u_hswish) : (tensor<*xf32>) -> ()
  %in_hsigmoid = arith.constant dense<[-3.75, -1.25, 0.0, 2.5]> : tensor<4xf32>
  %out_hsigmoid = call @hsigmoid(%in_hsigmoid) : (tensor<4xf32>) -> tensor<4xf32>
  %u_hsigmoid = tensor.cast %out_hsigmoid : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%u_hsigmoid) : (tensor<*xf32>) -> ()
  %in_mish = arith.constant dense<[-3.0, -1.0, 0.0, 2.0]> : tensor<4xf32>
  %out_mish = call @mish(%in_mish) : (tensor<4xf32>) -> tensor<4xf32>
  %u_mish = tensor.cast %out_mish : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%u_mish) : (tensor<*xf32>) -> ()
  %in_softplus = arith.constant dense<[-30.0, -10.0, 0.0, 20.0]> : tensor<4xf32>
  %out_softplus = call @softplus(%in_softplus) : (tensor<4xf32>) -> tensor<4xf32>
  %u_softplus = tensor.cast %out_softplus : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%u_softplus) : (tensor<*xf32>) -> ()
  %in_elu = arith.constant dense<[-0.75, -0.25, 0.0, 0.5]> : tensor<4xf32>
  %out_elu = call @elu(%in_elu) : (tensor<4xf32>) -> tensor<4xf32>
  %u_elu = tensor.cast %out_elu : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%u_elu) : (tensor<*xf32>) -> ()
  %in_gelu_erf = arith.constant dense<[-1.5, -0.5, 0.0, 1.0]> : tensor<4xf32>
  %out_gelu_erf = call @gelu_erf(%in_gelu_erf) : (tensor<4xf32>) -> tensor<4xf32>
  %u_gelu_erf = tensor.cast %out_gelu_erf : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%u_gelu_erf) : (tensor<*xf32>) -> ()
  %in_gelu_tanh = arith.constant dense<[-1.5, -0.5, 0.0, 1.0]> : tensor<4xf32>
  %out_gelu_tanh = call @gelu_tanh(%in_gelu_tanh) : (tensor<4xf32>) -> tensor<4xf32>
  %u_gelu_tanh = tensor.cast %out_gelu_tanh : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%u_gelu_tanh) : (tensor<*xf32>) -> ()
  %in_round_even = arith.constant dense<[-2.5, -1.5, 0.5, 2.5]> : tensor<4xf32>
  %out_round_even = call @round_even(%in_round_even) : (tensor<4xf32>) -> tensor<4xf32>
  %u_round_even = tensor.cast %out_round_even : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%u_round_even) : (tensor<*xf32>) -> ()
  %in_round_away = arith.constant dense<[-2.5, -1.5, 0.5, 2.5]> : tensor<4xf32>
  %out_round_away = call @round_away(%in_round_away) : (tensor<4xf32>) -> tensor<4xf32>
  %u_round_away = tensor.cast %out_round_away : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%u_round_away) : (tensor<*xf32>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>)
