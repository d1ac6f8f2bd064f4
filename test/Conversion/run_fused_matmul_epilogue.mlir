// A MatMul [1, 12, 2] x [2, 64] with a bias and a scale per column,
// lowered and run by the JIT: the matmul writes its result as column blocks
// ([12, 2, 32], an expand_shape of [12, 64]) and the bias and scale read it
// as [1, 12, 64]; both move into the register tiles, reshaped to the
// blocks (ov-tile-and-vectorize), and the zero fill of the result becomes
// the accumulators' start. Row i of the input is i + 1 and the weights
// of each column 0.25 and 0.375, so each product is 0.625 (i + 1), exactly; bias[j] = j / 4 - 8 and
// scale[j] = 1 for the first 32 columns, 2 for the others: the mean over
// the 12 rows is (4.0625 + bias[j]) * scale[j] (a bias or scale of the
// wrong column, a row dropped or counted twice would show).
// RUN: ov-opt %s --ov-lower-to-llvm | %mlir_runner | FileCheck %s
// RUN: ov-opt %s --ov-lower-to-llvm --mlir-print-ir-after=ov-tile-and-vectorize -o /dev/null 2>&1 | FileCheck %s --check-prefix=FUSED

// CHECK: sizes = [1, 64]
// CHECK-NEXT: {{\[\[}}-3.9375, -3.6875, -3.4375, -3.1875, -2.9375, -2.6875, -2.4375, -2.1875, -1.9375, -1.6875, -1.4375, -1.1875, -0.9375, -0.6875, -0.4375, -0.1875, 0.0625, 0.3125, 0.5625, 0.8125, 1.0625, 1.3125, 1.5625, 1.8125, 2.0625, 2.3125, 2.5625, 2.8125, 3.0625, 3.3125, 3.5625, 3.8125, 8.125, 8.625, 9.125, 9.625, 10.125, 10.625, 11.125, 11.625, 12.125, 12.625, 13.125, 13.625, 14.125, 14.625, 15.125, 15.625, 16.125, 16.625, 17.125, 17.625, 18.125, 18.625, 19.125, 19.625, 20.125, 20.625, 21.125, 21.625, 22.125, 22.625, 23.125, 23.625]]

// One thread loop, the matmul's: its accumulators start from zeros, the
// bias and the scale (column blocks of the [64] constants) are applied to
// them after the K loop, and they are written once, through the blocks of
// the epilogue's buffer (the matmul's own is gone).
// FUSED-LABEL: func.func @linear
// FUSED-NOT: linalg.fill
// FUSED: %[[ZERO:.*]] = arith.constant dense<0.000000e+00> : vector<8x1x32xf32>
// FUSED: %[[OUT:.*]] = memref.alloc() {{.*}} : memref<1x12x64xf32>
// FUSED-NOT: memref.alloc
// FUSED: %[[FLAT:.*]] = memref.collapse_shape %[[OUT]] {{\[\[}}0, 1], [2]] : memref<1x12x64xf32> into memref<12x64xf32>
// FUSED: %[[BLOCKS:.*]] = memref.expand_shape %[[FLAT]] {{\[\[}}0], [1, 2]] output_shape [12, 2, 32]
// FUSED: %[[BIAS:.*]] = memref.expand_shape %{{.*}} {{\[\[}}0, 1]] output_shape [2, 32] : memref<64xf32> into memref<2x32xf32>
// FUSED: %[[SCALE:.*]] = memref.expand_shape %{{.*}} {{\[\[}}0, 1]] output_shape [2, 32] : memref<64xf32> into memref<2x32xf32>
// FUSED: scf.parallel
// FUSED: %[[SUM:.*]] = scf.for {{.*}} iter_args(%{{.*}} = %[[ZERO]]) -> (vector<8x1x32xf32>)
// FUSED: vector.contract
// FUSED: %[[B:.*]] = vector.transfer_read %[[BIAS]]
// FUSED: %[[S:.*]] = vector.transfer_read %[[SCALE]]
// FUSED: %[[BIASED:.*]] = arith.addf %[[SUM]], %[[B]] : vector<8x1x32xf32>
// FUSED: %[[SCALED:.*]] = arith.mulf %[[BIASED]], %[[S]] : vector<8x1x32xf32>
// FUSED-NEXT: vector.transfer_write %[[SCALED]], %[[BLOCKS]]
// FUSED: scf.reduce
// FUSED-NOT: %[[FLAT]]
// FUSED: return
func.func @linear(%x: tensor<1x12x2xf32>) -> tensor<1x64xf32> {
  %w = ov.constant dense<[[0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25], [0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375]]> : tensor<2x64xf32>
  %m = ov.matmul %x, %w : (tensor<1x12x2xf32>, tensor<2x64xf32>) -> tensor<1x12x64xf32>
  %b = ov.constant dense<[-8.0, -7.75, -7.5, -7.25, -7.0, -6.75, -6.5, -6.25, -6.0, -5.75, -5.5, -5.25, -5.0, -4.75, -4.5, -4.25, -4.0, -3.75, -3.5, -3.25, -3.0, -2.75, -2.5, -2.25, -2.0, -1.75, -1.5, -1.25, -1.0, -0.75, -0.5, -0.25, 0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0, 2.25, 2.5, 2.75, 3.0, 3.25, 3.5, 3.75, 4.0, 4.25, 4.5, 4.75, 5.0, 5.25, 5.5, 5.75, 6.0, 6.25, 6.5, 6.75, 7.0, 7.25, 7.5, 7.75]> : tensor<64xf32>
  %s = ov.add %m, %b : (tensor<1x12x64xf32>, tensor<64xf32>) -> tensor<1x12x64xf32>
  %k = ov.constant dense<[1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0]> : tensor<64xf32>
  %p = ov.multiply %s, %k : (tensor<1x12x64xf32>, tensor<64xf32>) -> tensor<1x12x64xf32>
  %axes = ov.constant dense<[1]> : tensor<1xi64>
  %mean = ov.reduce_mean %p, %axes : (tensor<1x12x64xf32>, tensor<1xi64>) -> tensor<1x64xf32>
  return %mean : tensor<1x64xf32>
}

func.func @main() {
  %x = arith.constant dense<[[[1.0], [2.0], [3.0], [4.0], [5.0], [6.0], [7.0], [8.0], [9.0], [10.0], [11.0], [12.0]]]> : tensor<1x12x1xf32>
  %xs = ov.constant dense<1.0> : tensor<1x12x2xf32>
  %xx = ov.multiply %xs, %x : (tensor<1x12x2xf32>, tensor<1x12x1xf32>) -> tensor<1x12x2xf32>
  %m = call @linear(%xx) : (tensor<1x12x2xf32>) -> tensor<1x64xf32>
  %mu = tensor.cast %m : tensor<1x64xf32> to tensor<*xf32>
  call @printMemrefF32(%mu) : (tensor<*xf32>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>)
