// Channel shuffles through the whole pipeline, run by the JIT
// (ov-interleave-channel-shuffles: strided insertions of the groups, the
// ReLU writing every other channel of the result in place). ShuffleNet
// V2's unit: relu(a) (channels of -1 .. -8 and 1 .. 8: a's negative
// channel becomes zeros) concatenated with b, in two groups: channels
// relu(a0), b0, relu(a1), b1. Then four groups of a tensor of 8 channels
// (channel c holds 10 c and 10 c + 1): channels 0, 2, 4, 6, 1, 3, 5, 7.
// RUN: ov-opt %s --ov-lower-to-llvm | %mlir_runner | FileCheck %s

// CHECK: sizes = [1, 4, 2, 2]
// CHECK-NEXT{LITERAL}: [[[[0, 0],
// CHECK-NEXT{LITERAL}:    [0, 0]],
// CHECK-NEXT{LITERAL}:   [[11, 12],
// CHECK-NEXT{LITERAL}:    [13, 14]],
// CHECK-NEXT{LITERAL}:   [[5, 6],
// CHECK-NEXT{LITERAL}:    [7, 8]],
// CHECK-NEXT{LITERAL}:   [[15, 16],
// CHECK-NEXT{LITERAL}:    [17, 18]]]]
// CHECK: sizes = [1, 8, 2]
// CHECK-NEXT{LITERAL}: [[[0, 1],
// CHECK-NEXT{LITERAL}:   [20, 21],
// CHECK-NEXT{LITERAL}:   [40, 41],
// CHECK-NEXT{LITERAL}:   [60, 61],
// CHECK-NEXT{LITERAL}:   [10, 11],
// CHECK-NEXT{LITERAL}:   [30, 31],
// CHECK-NEXT{LITERAL}:   [50, 51],
// CHECK-NEXT{LITERAL}:   [70, 71]]]
func.func @shuffles(%a: tensor<1x2x2x2xf32>, %b: tensor<1x2x2x2xf32>, %x: tensor<1x8x2xf32>) -> (tensor<1x4x2x2xf32>, tensor<1x8x2xf32>) {
  %ra = ov.relu %a : tensor<1x2x2x2xf32>
  %c = ov.concat %ra, %b {axis = 1 : i64} : (tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>) -> tensor<1x4x2x2xf32>
  %s5 = ov.constant dense<[1, 2, 2, 2, 2]> : tensor<5xi64>
  %p5 = ov.constant dense<[0, 2, 1, 3, 4]> : tensor<5xi64>
  %s4 = ov.constant dense<[1, 4, 2, 2]> : tensor<4xi64>
  %split = ov.reshape %c, %s5 {special_zero = false} : (tensor<1x4x2x2xf32>, tensor<5xi64>) -> tensor<1x2x2x2x2xf32>
  %t = ov.transpose %split, %p5 : (tensor<1x2x2x2x2xf32>, tensor<5xi64>) -> tensor<1x2x2x2x2xf32>
  %y = ov.reshape %t, %s4 {special_zero = false} : (tensor<1x2x2x2x2xf32>, tensor<4xi64>) -> tensor<1x4x2x2xf32>
  %g4 = ov.constant dense<[1, 4, 2, 2]> : tensor<4xi64>
  %p4 = ov.constant dense<[0, 2, 1, 3]> : tensor<4xi64>
  %s3 = ov.constant dense<[1, 8, 2]> : tensor<3xi64>
  %xs = ov.reshape %x, %g4 {special_zero = false} : (tensor<1x8x2xf32>, tensor<4xi64>) -> tensor<1x4x2x2xf32>
  %xt = ov.transpose %xs, %p4 : (tensor<1x4x2x2xf32>, tensor<4xi64>) -> tensor<1x2x4x2xf32>
  %z = ov.reshape %xt, %s3 {special_zero = false} : (tensor<1x2x4x2xf32>, tensor<3xi64>) -> tensor<1x8x2xf32>
  return %y, %z : tensor<1x4x2x2xf32>, tensor<1x8x2xf32>
}

func.func @main() {
  %a = arith.constant dense<[[[[-1.0, -2.0], [-3.0, -4.0]], [[5.0, 6.0], [7.0, 8.0]]]]> : tensor<1x2x2x2xf32>
  %b = arith.constant dense<[[[[11.0, 12.0], [13.0, 14.0]], [[15.0, 16.0], [17.0, 18.0]]]]> : tensor<1x2x2x2xf32>
  %x = arith.constant dense<[[[0.0, 1.0], [10.0, 11.0], [20.0, 21.0], [30.0, 31.0], [40.0, 41.0], [50.0, 51.0], [60.0, 61.0], [70.0, 71.0]]]> : tensor<1x8x2xf32>
  %y, %z = call @shuffles(%a, %b, %x) : (tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>, tensor<1x8x2xf32>) -> (tensor<1x4x2x2xf32>, tensor<1x8x2xf32>)
  %yu = tensor.cast %y : tensor<1x4x2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%yu) : (tensor<*xf32>) -> ()
  %zu = tensor.cast %z : tensor<1x8x2xf32> to tensor<*xf32>
  call @printMemrefF32(%zu) : (tensor<*xf32>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>)
