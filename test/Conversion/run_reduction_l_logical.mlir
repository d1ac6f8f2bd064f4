// ReduceL1, ReduceL2, ReduceLogicalAnd/Or, Reduce* with axes known only at
// run time and unsigned reductions, lowered and run by the JIT.
// RUN: ov-opt %s --ov-lower-to-llvm | %mlir_runner | FileCheck %s

// x = [[1, -2, 3], [-4, 5, -6]]: L1 over axis 1 (kept) and L2 over axis 0.
// CHECK: sizes = [2, 1]
// CHECK-NEXT: {{\[\[}}6],
// CHECK-NEXT: [15]]
// CHECK: sizes = [3]
// CHECK-NEXT: [4.12311, 5.38516, 6.7082]
func.func @norms(%x: tensor<?x3xf32>) -> (tensor<?x1xf32>, tensor<3xf32>) {
  %a1 = ov.constant dense<[1]> : tensor<1xi64>
  %a0 = ov.constant dense<0> : tensor<i64>
  %l1 = ov.reduce_l1 %x, %a1 {keep_dims = true} : (tensor<?x3xf32>, tensor<1xi64>) -> tensor<?x1xf32>
  %l2 = ov.reduce_l2 %x, %a0 : (tensor<?x3xf32>, tensor<i64>) -> tensor<3xf32>
  return %l1, %l2 : tensor<?x1xf32>, tensor<3xf32>
}

// x > 0 = [[1, 0, 1], [0, 1, 0]]: all over axis 0, any over axis 1 (kept);
// x < 10 all over axis 1; printed as i32.
// CHECK: sizes = [3]
// CHECK-NEXT: [0, 0, 0]
// CHECK: sizes = [2, 1]
// CHECK-NEXT: {{\[\[}}1],
// CHECK-NEXT: [1]]
// CHECK: sizes = [2]
// CHECK-NEXT: [1, 1]
func.func @logical(%x: tensor<2x3xf32>) -> (tensor<3xi32>, tensor<2x1xi32>, tensor<2xi32>) {
  %zero = ov.constant dense<0.0> : tensor<f32>
  %p = ov.greater %x, %zero : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xi1>
  %a0 = ov.constant dense<[0]> : tensor<1xi64>
  %a1 = ov.constant dense<[-1]> : tensor<1xi64>
  %all = ov.reduce_logical_and %p, %a0 : (tensor<2x3xi1>, tensor<1xi64>) -> tensor<3xi1>
  %any = ov.reduce_logical_or %p, %a1 {keep_dims = true} : (tensor<2x3xi1>, tensor<1xi64>) -> tensor<2x1xi1>
  %ten = ov.constant dense<10.0> : tensor<f32>
  %n = ov.less %x, %ten : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xi1>
  %none = ov.reduce_logical_and %n, %a1 : (tensor<2x3xi1>, tensor<1xi64>) -> tensor<2xi1>
  %ai = ov.convert %all : tensor<3xi1> to i32
  %yi = ov.convert %any : tensor<2x1xi1> to i32
  %ni = ov.convert %none : tensor<2xi1> to i32
  return %ai, %yi, %ni : tensor<3xi32>, tensor<2x1xi32>, tensor<2xi32>
}

// Run-time axes: sum over [0] kept, mean over [-1] dropped, L2 over [0, 1]
// kept.
// CHECK: sizes = [1, 3]
// CHECK-NEXT: {{\[\[}}-3, 3, -3]]
// CHECK: sizes = [2]
// CHECK-NEXT: [0.666667, -1.66667]
// CHECK: sizes = [1, 1]
// CHECK-NEXT: {{\[\[}}9.53939]]
func.func @runtime_axes(%x: tensor<?x3xf32>, %first: tensor<1xi64>, %last: tensor<1xi64>, %both: tensor<2xi64>)
    -> (tensor<?x?xf32>, tensor<?xf32>, tensor<?x?xf32>) {
  %s = ov.reduce_sum %x, %first {keep_dims = true} : (tensor<?x3xf32>, tensor<1xi64>) -> tensor<?x?xf32>
  %m = ov.reduce_mean %x, %last : (tensor<?x3xf32>, tensor<1xi64>) -> tensor<?xf32>
  %l = ov.reduce_l2 %x, %both {keep_dims = true} : (tensor<?x3xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return %s, %m, %l : tensor<?x?xf32>, tensor<?xf32>, tensor<?x?xf32>
}

// u8 [200, 100, 3]: max 200 and min 3 compare unsigned, the sum wraps
// (303 - 256 = 47); CumSum wraps likewise: [200, 44, 47].
// CHECK: sizes = [3]
// CHECK-NEXT: [200, 3, 47]
// CHECK: sizes = [3]
// CHECK-NEXT: [200, 44, 47]
func.func @unsigned() -> (tensor<3xi32>, tensor<3xi32>) {
  %x = ov.constant dense<[200, 100, 3]> : tensor<3xui8>
  %axis = ov.constant dense<0> : tensor<i64>
  %max = ov.reduce_max %x, %axis {keep_dims = true} : (tensor<3xui8>, tensor<i64>) -> tensor<1xui8>
  %min = ov.reduce_min %x, %axis {keep_dims = true} : (tensor<3xui8>, tensor<i64>) -> tensor<1xui8>
  %sum = ov.reduce_sum %x, %axis {keep_dims = true} : (tensor<3xui8>, tensor<i64>) -> tensor<1xui8>
  %all = ov.concat %max, %min, %sum {axis = 0 : i64} : (tensor<1xui8>, tensor<1xui8>, tensor<1xui8>) -> tensor<3xui8>
  %c = ov.cumsum %x, %axis : (tensor<3xui8>, tensor<i64>) -> tensor<3xui8>
  %ai = ov.convert %all : tensor<3xui8> to i32
  %ci = ov.convert %c : tensor<3xui8> to i32
  return %ai, %ci : tensor<3xi32>, tensor<3xi32>
}

func.func @main() {
  %x = arith.constant dense<[[1.0, -2.0, 3.0], [-4.0, 5.0, -6.0]]> : tensor<2x3xf32>
  %xd = tensor.cast %x : tensor<2x3xf32> to tensor<?x3xf32>
  %l1, %l2 = call @norms(%xd) : (tensor<?x3xf32>) -> (tensor<?x1xf32>, tensor<3xf32>)
  %l1u = tensor.cast %l1 : tensor<?x1xf32> to tensor<*xf32>
  call @printMemrefF32(%l1u) : (tensor<*xf32>) -> ()
  %l2u = tensor.cast %l2 : tensor<3xf32> to tensor<*xf32>
  call @printMemrefF32(%l2u) : (tensor<*xf32>) -> ()

  %all, %any, %none = call @logical(%x) : (tensor<2x3xf32>) -> (tensor<3xi32>, tensor<2x1xi32>, tensor<2xi32>)
  %allu = tensor.cast %all : tensor<3xi32> to tensor<*xi32>
  call @printMemrefI32(%allu) : (tensor<*xi32>) -> ()
  %anyu = tensor.cast %any : tensor<2x1xi32> to tensor<*xi32>
  call @printMemrefI32(%anyu) : (tensor<*xi32>) -> ()
  %noneu = tensor.cast %none : tensor<2xi32> to tensor<*xi32>
  call @printMemrefI32(%noneu) : (tensor<*xi32>) -> ()

  %first = arith.constant dense<[0]> : tensor<1xi64>
  %last = arith.constant dense<[-1]> : tensor<1xi64>
  %both = arith.constant dense<[0, 1]> : tensor<2xi64>
  %s, %m, %l = call @runtime_axes(%xd, %first, %last, %both) : (tensor<?x3xf32>, tensor<1xi64>, tensor<1xi64>, tensor<2xi64>) -> (tensor<?x?xf32>, tensor<?xf32>, tensor<?x?xf32>)
  %su = tensor.cast %s : tensor<?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%su) : (tensor<*xf32>) -> ()
  %mu = tensor.cast %m : tensor<?xf32> to tensor<*xf32>
  call @printMemrefF32(%mu) : (tensor<*xf32>) -> ()
  %lu = tensor.cast %l : tensor<?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%lu) : (tensor<*xf32>) -> ()

  %ur, %uc = call @unsigned() : () -> (tensor<3xi32>, tensor<3xi32>)
  %uru = tensor.cast %ur : tensor<3xi32> to tensor<*xi32>
  call @printMemrefI32(%uru) : (tensor<*xi32>) -> ()
  %ucu = tensor.cast %uc : tensor<3xi32> to tensor<*xi32>
  call @printMemrefI32(%ucu) : (tensor<*xi32>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>)
func.func private @printMemrefI32(tensor<*xi32>)
