// Integer, unsigned and mixed elementwise paths run by the JIT: Mod and
// FloorMod, Divide (pythondiv), integer Power, unsigned arithmetic through
// signless arith, Convert saturation, PRelu per channel, Swish with beta and
// pdpd broadcasting.
// RUN: ov-opt %s --ov-lower-to-llvm | %mlir_runner | FileCheck %s

// mod (sign of the dividend) and floor_mod (sign of the divisor) of
// [-7, 7, -7, 7] by [3, -3, -3, 3]; an integer divisor 0 gives 0 (no trap).
// CHECK: sizes = [5]
// CHECK-NEXT: [-1, 1, -1, 1, 0]
// CHECK: sizes = [5]
// CHECK-NEXT: [2, -2, -1, 1, 0]
// CHECK: sizes = [4]
// CHECK-NEXT: [-1.5, 1.5, -1.5, 1.5]
// CHECK: sizes = [4]
// CHECK-NEXT: [1.5, -1.5, -1.5, 1.5]
func.func @remainders(%x: tensor<5xi32>, %y: tensor<5xi32>, %a: tensor<4xf32>, %b: tensor<4xf32>)
    -> (tensor<5xi32>, tensor<5xi32>, tensor<4xf32>, tensor<4xf32>) {
  %m = ov.mod %x, %y : (tensor<5xi32>, tensor<5xi32>) -> tensor<5xi32>
  %f = ov.floor_mod %x, %y : (tensor<5xi32>, tensor<5xi32>) -> tensor<5xi32>
  %mf = ov.mod %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %ff = ov.floor_mod %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %m, %f, %mf, %ff : tensor<5xi32>, tensor<5xi32>, tensor<4xf32>, tensor<4xf32>
}

// Divide rounds down with m_pythondiv, towards zero without, and gives 0
// for a divisor 0 and -x for -1 (no trap on INT_MIN / -1); Power by
// squaring: 2^10, (-3)^3, 2^-1 = 0, (-1)^-3 = -1, 5^0 = 1.
// CHECK: sizes = [5]
// CHECK-NEXT: [-3, -3, 2, 0, -2147483648]
// CHECK: sizes = [5]
// CHECK-NEXT: [-2, -2, 2, 0, -2147483648]
// CHECK: sizes = [5]
// CHECK-NEXT: [1024, -27, 0, -1, 1]
func.func @integers(%x: tensor<5xi32>, %y: tensor<5xi32>, %b: tensor<5xi32>, %e: tensor<5xi32>)
    -> (tensor<5xi32>, tensor<5xi32>, tensor<5xi32>) {
  %d = ov.divide %x, %y : (tensor<5xi32>, tensor<5xi32>) -> tensor<5xi32>
  %t = ov.divide %x, %y {m_pythondiv = false} : (tensor<5xi32>, tensor<5xi32>) -> tensor<5xi32>
  %p = ov.power %b, %e : (tensor<5xi32>, tensor<5xi32>) -> tensor<5xi32>
  return %d, %t, %p : tensor<5xi32>, tensor<5xi32>, tensor<5xi32>
}

// u8: 200 + 100 wraps to 44; max and division are unsigned (200 > 100,
// 200 / 3 = 66, 200 / 0 = 0 without a trap); 200 - 201 wraps to 255;
// relu keeps everything.
// CHECK: sizes = [5]
// CHECK-NEXT: [44, 200, 66, 255, 200]
func.func @unsigned() -> tensor<5xi32> {
  %a = ov.constant dense<[200, 200, 200, 200, 200]> : tensor<5xui8>
  %b = ov.constant dense<[100, 100, 3, 201, 0]> : tensor<5xui8>
  %sum = ov.add %a, %b : (tensor<5xui8>, tensor<5xui8>) -> tensor<5xui8>
  %max = ov.maximum %a, %b : (tensor<5xui8>, tensor<5xui8>) -> tensor<5xui8>
  %div = ov.divide %a, %b : (tensor<5xui8>, tensor<5xui8>) -> tensor<5xui8>
  %sub = ov.subtract %a, %b : (tensor<5xui8>, tensor<5xui8>) -> tensor<5xui8>
  %relu = ov.relu %a : tensor<5xui8>
  %s0 = ov.constant dense<[1, 0, 0, 0, 0]> : tensor<5xui8>
  %s1 = ov.constant dense<[0, 1, 0, 0, 0]> : tensor<5xui8>
  %s2 = ov.constant dense<[0, 0, 1, 0, 0]> : tensor<5xui8>
  %s3 = ov.constant dense<[0, 0, 0, 1, 0]> : tensor<5xui8>
  %s4 = ov.constant dense<[0, 0, 0, 0, 1]> : tensor<5xui8>
  %p0 = ov.multiply %sum, %s0 : (tensor<5xui8>, tensor<5xui8>) -> tensor<5xui8>
  %p1 = ov.multiply %max, %s1 : (tensor<5xui8>, tensor<5xui8>) -> tensor<5xui8>
  %p2 = ov.multiply %div, %s2 : (tensor<5xui8>, tensor<5xui8>) -> tensor<5xui8>
  %p3 = ov.multiply %sub, %s3 : (tensor<5xui8>, tensor<5xui8>) -> tensor<5xui8>
  %p4 = ov.multiply %relu, %s4 : (tensor<5xui8>, tensor<5xui8>) -> tensor<5xui8>
  %q0 = ov.add %p0, %p1 : (tensor<5xui8>, tensor<5xui8>) -> tensor<5xui8>
  %q1 = ov.add %q0, %p2 : (tensor<5xui8>, tensor<5xui8>) -> tensor<5xui8>
  %q2 = ov.add %q1, %p3 : (tensor<5xui8>, tensor<5xui8>) -> tensor<5xui8>
  %q3 = ov.add %q2, %p4 : (tensor<5xui8>, tensor<5xui8>) -> tensor<5xui8>
  %c = ov.convert %q3 : tensor<5xui8> to i32
  return %c : tensor<5xi32>
}

// f32 -> i8 truncates and saturates, NaN -> 0; f32 -> u8 saturates at 0;
// f32 -> boolean is x != 0.
// CHECK: sizes = [5]
// CHECK-NEXT: [-2, 127, -128, 0, 3]
// CHECK: sizes = [5]
// CHECK-NEXT: [0, 255, 0, 0, 3]
// CHECK: sizes = [5]
// CHECK-NEXT: [1, 1, 1, 1, 1]
func.func @converts(%x: tensor<5xf32>) -> (tensor<5xi32>, tensor<5xi32>, tensor<5xi32>) {
  %s = ov.convert %x : tensor<5xf32> to i8
  %si = ov.convert %s : tensor<5xi8> to i32
  %u = ov.convert %x : tensor<5xf32> to ui8
  %ui = ov.convert %u : tensor<5xui8> to i32
  %b = ov.convert %x : tensor<5xf32> to i1
  %bi = ov.convert %b : tensor<5xi1> to i32
  return %si, %ui, %bi : tensor<5xi32>, tensor<5xi32>, tensor<5xi32>
}

// PRelu with a [2] slope on [1, 2, 2] data applies per channel (dimension
// 1), and Swish with beta 2: x * sigmoid(2x).
// CHECK: sizes = [1, 2, 2]
// CHECK-NEXT: {{\[\[\[}}-0.5, 1],
// CHECK-NEXT: [-3, 2]]]
// CHECK: sizes = [4]
// CHECK-NEXT: [-0.119203, 0, 0.880797, 1.96403]
func.func @activations(%x: tensor<1x2x2xf32>, %slope: tensor<2xf32>, %y: tensor<4xf32>)
    -> (tensor<1x2x2xf32>, tensor<4xf32>) {
  %p = ov.prelu %x, %slope : tensor<1x2x2xf32>, tensor<2xf32>
  %beta = ov.constant dense<2.0> : tensor<f32>
  %s = ov.swish %y beta %beta : tensor<4xf32>, tensor<f32>
  return %p, %s : tensor<1x2x2xf32>, tensor<4xf32>
}

// pdpd: the second operand broadcasts into the first (dynamic batch):
// [[1, 2, 3], [4, 5, 6]] + [10, 20, 30], then * [[1, 0, -1]].
// CHECK: sizes = [2, 3]
// CHECK-NEXT: {{\[\[}}11, 0, -33],
// CHECK-NEXT: [14, 0, -36]]
func.func @pdpd(%a: tensor<?x3xf32>, %b: tensor<3xf32>, %c: tensor<1x3xf32>) -> tensor<?x3xf32> {
  %x = ov.add %a, %b {auto_broadcast = #ov.auto_broadcast<pdpd>} : (tensor<?x3xf32>, tensor<3xf32>) -> tensor<?x3xf32>
  %y = ov.multiply %x, %c {auto_broadcast = #ov.auto_broadcast<pdpd>} : (tensor<?x3xf32>, tensor<1x3xf32>) -> tensor<?x3xf32>
  return %y : tensor<?x3xf32>
}

func.func @main() {
  %x = arith.constant dense<[-7, 7, -7, 7, 5]> : tensor<5xi32>
  %y = arith.constant dense<[3, -3, -3, 3, 0]> : tensor<5xi32>
  %a = arith.constant dense<[-7.5, 7.5, -7.5, 7.5]> : tensor<4xf32>
  %b = arith.constant dense<[3.0, -3.0, -3.0, 3.0]> : tensor<4xf32>
  %m, %f, %mf, %ff = call @remainders(%x, %y, %a, %b) : (tensor<5xi32>, tensor<5xi32>, tensor<4xf32>, tensor<4xf32>) -> (tensor<5xi32>, tensor<5xi32>, tensor<4xf32>, tensor<4xf32>)
  %mu = tensor.cast %m : tensor<5xi32> to tensor<*xi32>
  call @printMemrefI32(%mu) : (tensor<*xi32>) -> ()
  %fu = tensor.cast %f : tensor<5xi32> to tensor<*xi32>
  call @printMemrefI32(%fu) : (tensor<*xi32>) -> ()
  %mfu = tensor.cast %mf : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%mfu) : (tensor<*xf32>) -> ()
  %ffu = tensor.cast %ff : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%ffu) : (tensor<*xf32>) -> ()

  %dx = arith.constant dense<[-7, 7, 7, 5, -2147483648]> : tensor<5xi32>
  %dy = arith.constant dense<[3, -3, 3, 0, -1]> : tensor<5xi32>
  %pb = arith.constant dense<[2, -3, 2, -1, 5]> : tensor<5xi32>
  %pe = arith.constant dense<[10, 3, -1, -3, 0]> : tensor<5xi32>
  %d, %t, %p = call @integers(%dx, %dy, %pb, %pe) : (tensor<5xi32>, tensor<5xi32>, tensor<5xi32>, tensor<5xi32>) -> (tensor<5xi32>, tensor<5xi32>, tensor<5xi32>)
  %du = tensor.cast %d : tensor<5xi32> to tensor<*xi32>
  call @printMemrefI32(%du) : (tensor<*xi32>) -> ()
  %tu = tensor.cast %t : tensor<5xi32> to tensor<*xi32>
  call @printMemrefI32(%tu) : (tensor<*xi32>) -> ()
  %pu = tensor.cast %p : tensor<5xi32> to tensor<*xi32>
  call @printMemrefI32(%pu) : (tensor<*xi32>) -> ()

  %u = call @unsigned() : () -> tensor<5xi32>
  %uu = tensor.cast %u : tensor<5xi32> to tensor<*xi32>
  call @printMemrefI32(%uu) : (tensor<*xi32>) -> ()

  %nan = arith.constant 0x7FC00000 : f32
  %cx0 = arith.constant dense<[-2.7, 300.0, -1.0e10, 0.0, 3.9]> : tensor<5xf32>
  %i3 = arith.constant 3 : index
  %cx = tensor.insert %nan into %cx0[%i3] : tensor<5xf32>
  %ci, %cu, %cb = call @converts(%cx) : (tensor<5xf32>) -> (tensor<5xi32>, tensor<5xi32>, tensor<5xi32>)
  %ciu = tensor.cast %ci : tensor<5xi32> to tensor<*xi32>
  call @printMemrefI32(%ciu) : (tensor<*xi32>) -> ()
  %cuu = tensor.cast %cu : tensor<5xi32> to tensor<*xi32>
  call @printMemrefI32(%cuu) : (tensor<*xi32>) -> ()
  %cbu = tensor.cast %cb : tensor<5xi32> to tensor<*xi32>
  call @printMemrefI32(%cbu) : (tensor<*xi32>) -> ()

  %px = arith.constant dense<[[[-1.0, 1.0], [-1.5, 2.0]]]> : tensor<1x2x2xf32>
  %ps = arith.constant dense<[0.5, 2.0]> : tensor<2xf32>
  %sy = arith.constant dense<[-1.0, 0.0, 1.0, 2.0]> : tensor<4xf32>
  %pr, %sw = call @activations(%px, %ps, %sy) : (tensor<1x2x2xf32>, tensor<2xf32>, tensor<4xf32>) -> (tensor<1x2x2xf32>, tensor<4xf32>)
  %pru = tensor.cast %pr : tensor<1x2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%pru) : (tensor<*xf32>) -> ()
  %swu = tensor.cast %sw : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%swu) : (tensor<*xf32>) -> ()

  %qa = arith.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %qad = tensor.cast %qa : tensor<2x3xf32> to tensor<?x3xf32>
  %qb = arith.constant dense<[10.0, 20.0, 30.0]> : tensor<3xf32>
  %qc = arith.constant dense<[[1.0, 0.0, -1.0]]> : tensor<1x3xf32>
  %pp = call @pdpd(%qad, %qb, %qc) : (tensor<?x3xf32>, tensor<3xf32>, tensor<1x3xf32>) -> tensor<?x3xf32>
  %ppu = tensor.cast %pp : tensor<?x3xf32> to tensor<*xf32>
  call @printMemrefF32(%ppu) : (tensor<*xf32>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>)
func.func private @printMemrefI32(tensor<*xi32>)
