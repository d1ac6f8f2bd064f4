// Indexing ops lowered through the whole pipeline and run by the JIT:
// Gather (negative and out-of-range indices, batch_dims), GatherElements,
// GatherND, ScatterElementsUpdate (replace and sum with duplicates),
// ScatterNDUpdate, OneHot, TopK (max by value, min by index) and NonZero
// (its output size known only at run time).
// RUN: ov-opt %s --ov-lower-to-llvm | %mlir_runner | FileCheck %s

// CHECK: {{\[\[}}2, 0],
// CHECK-NEXT: [5, 0]]
// CHECK: {{\[\[}}2],
// CHECK-NEXT: [3]]
// CHECK: {{\[\[}}2, 0],
// CHECK-NEXT: [5, 4]]
// CHECK: [5, 1]
// CHECK: {{\[\[}}0, 20, 2],
// CHECK-NEXT: [40, 4, 30]]
// CHECK: {{\[\[}}0, 31, 2],
// CHECK-NEXT: [43, 4, 35]]
// CHECK: {{\[\[}}0, 1, 2],
// CHECK-NEXT: [7, 8, 9]]
// CHECK: {{\[\[}}0, 0, 0, 1],
// CHECK-NEXT: [1, 0, 0, 0],
// CHECK-NEXT: [0, 0, 0, 0]]
// CHECK: {{\[\[}}5, 4, 3],
// CHECK-NEXT: [8, 7, 2]]
// CHECK: {{\[\[}}4, 2, 0],
// CHECK-NEXT: [3, 1, 0]]
// CHECK: {{\[\[}}3, 1, 1],
// CHECK-NEXT: [2, 1, 2]]
// CHECK: {{\[\[}}0, 1, 3],
// CHECK-NEXT: [0, 2, 4]]
// CHECK: {{\[\[}}0, 1, 1],
// CHECK-NEXT: [1, 0, 2]]


func.func @gather(%x: tensor<?x3xf32>, %i: tensor<2xi64>) -> tensor<?x2xf32> {
  %axis = ov.constant dense<1> : tensor<i64>
  %r = ov.gather %x, %i, %axis : (tensor<?x3xf32>, tensor<2xi64>, tensor<i64>) -> tensor<?x2xf32>
  return %r : tensor<?x2xf32>
}

// One index per row (batch_dims = 1).
func.func @gather_batch(%x: tensor<2x3xf32>, %i: tensor<2x1xi32>) -> tensor<2x1xf32> {
  %axis = ov.constant dense<1> : tensor<i64>
  %r = ov.gather %x, %i, %axis {batch_dims = 1 : i64} : (tensor<2x3xf32>, tensor<2x1xi32>, tensor<i64>) -> tensor<2x1xf32>
  return %r : tensor<2x1xf32>
}

func.func @gather_elements(%x: tensor<2x3xf32>, %i: tensor<2x2xi64>) -> tensor<2x2xf32> {
  %r = ov.gather_elements %x, %i {axis = 1 : i64} : (tensor<2x3xf32>, tensor<2x2xi64>) -> tensor<2x2xf32>
  return %r : tensor<2x2xf32>
}

func.func @gather_nd(%x: tensor<2x3xf32>, %i: tensor<2x2xi64>) -> tensor<2xf32> {
  %r = ov.gather_nd %x, %i : (tensor<2x3xf32>, tensor<2x2xi64>) -> tensor<2xf32>
  return %r : tensor<2xf32>
}

func.func @scatter(%x: tensor<2x3xf32>, %i: tensor<2x2xi64>, %u: tensor<2x2xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>) {
  %axis = ov.constant dense<1> : tensor<i64>
  %a = ov.scatter_elements_update %x, %i, %u, %axis : (tensor<2x3xf32>, tensor<2x2xi64>, tensor<2x2xf32>, tensor<i64>) -> tensor<2x3xf32>
  %b = ov.scatter_elements_update %x, %i, %u, %axis {reduction = #ov.scatter_reduction<sum>} : (tensor<2x3xf32>, tensor<2x2xi64>, tensor<2x2xf32>, tensor<i64>) -> tensor<2x3xf32>
  return %a, %b : tensor<2x3xf32>, tensor<2x3xf32>
}

func.func @scatter_nd(%x: tensor<2x3xf32>, %i: tensor<1x1xi64>, %u: tensor<1x3xf32>) -> tensor<2x3xf32> {
  %r = ov.scatter_nd_update %x, %i, %u : (tensor<2x3xf32>, tensor<1x1xi64>, tensor<1x3xf32>) -> tensor<2x3xf32>
  return %r : tensor<2x3xf32>
}

func.func @one_hot(%i: tensor<3xi64>) -> tensor<3x4xf32> {
  %depth = ov.constant dense<4> : tensor<i64>
  %on = ov.constant dense<1.0> : tensor<f32>
  %off = ov.constant dense<0.0> : tensor<f32>
  %r = ov.one_hot %i, %depth, %on, %off {axis = -1 : i64} : (tensor<3xi64>, tensor<i64>, tensor<f32>, tensor<f32>) -> tensor<3x4xf32>
  return %r : tensor<3x4xf32>
}

func.func @topk(%x: tensor<?x5xf32>) -> (tensor<?x3xf32>, tensor<?x3xi64>, tensor<?x3xf32>, tensor<?x3xi32>) {
  %k = ov.constant dense<3> : tensor<i64>
  %v, %i = ov.topk %x, %k {axis = 1 : i64, index_element_type = i64, mode = #ov.topk_mode<max>, sort = #ov.topk_sort<value>} : (tensor<?x5xf32>, tensor<i64>) -> (tensor<?x3xf32>, tensor<?x3xi64>)
  %w, %j = ov.topk %x, %k {axis = -1 : i64, mode = #ov.topk_mode<min>, sort = #ov.topk_sort<index>} : (tensor<?x5xf32>, tensor<i64>) -> (tensor<?x3xf32>, tensor<?x3xi32>)
  return %v, %i, %w, %j : tensor<?x3xf32>, tensor<?x3xi64>, tensor<?x3xf32>, tensor<?x3xi32>
}

func.func @non_zero(%x: tensor<2x3xf32>) -> tensor<2x?xi64> {
  %r = ov.non_zero %x : tensor<2x3xf32> -> tensor<2x?xi64>
  return %r : tensor<2x?xi64>
}

func.func @main() {
  %x = arith.constant dense<[[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]]> : tensor<2x3xf32>
  %xd = tensor.cast %x : tensor<2x3xf32> to tensor<?x3xf32>
  // -1 wraps to 2; 7 is out of range and gives 0.
  %gi = arith.constant dense<[-1, 7]> : tensor<2xi64>
  %g = call @gather(%xd, %gi) : (tensor<?x3xf32>, tensor<2xi64>) -> tensor<?x2xf32>
  %gu = tensor.cast %g : tensor<?x2xf32> to tensor<*xf32>
  call @printMemrefF32(%gu) : (tensor<*xf32>) -> ()

  %bi = arith.constant dense<[[2], [0]]> : tensor<2x1xi32>
  %gb = call @gather_batch(%x, %bi) : (tensor<2x3xf32>, tensor<2x1xi32>) -> tensor<2x1xf32>
  %gbu = tensor.cast %gb : tensor<2x1xf32> to tensor<*xf32>
  call @printMemrefF32(%gbu) : (tensor<*xf32>) -> ()

  %ei = arith.constant dense<[[2, 0], [-1, 1]]> : tensor<2x2xi64>
  %ge = call @gather_elements(%x, %ei) : (tensor<2x3xf32>, tensor<2x2xi64>) -> tensor<2x2xf32>
  %geu = tensor.cast %ge : tensor<2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%geu) : (tensor<*xf32>) -> ()

  %ni = arith.constant dense<[[1, 2], [0, -2]]> : tensor<2x2xi64>
  %gn = call @gather_nd(%x, %ni) : (tensor<2x3xf32>, tensor<2x2xi64>) -> tensor<2xf32>
  %gnu = tensor.cast %gn : tensor<2xf32> to tensor<*xf32>
  call @printMemrefF32(%gnu) : (tensor<*xf32>) -> ()

  // Row 0 updates column 1 twice; row 1 updates columns 2 and 0.
  %si = arith.constant dense<[[1, 1], [2, 0]]> : tensor<2x2xi64>
  %su = arith.constant dense<[[10.0, 20.0], [30.0, 40.0]]> : tensor<2x2xf32>
  %s1, %s2 = call @scatter(%x, %si, %su) : (tensor<2x3xf32>, tensor<2x2xi64>, tensor<2x2xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>)
  %s1u = tensor.cast %s1 : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%s1u) : (tensor<*xf32>) -> ()
  %s2u = tensor.cast %s2 : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%s2u) : (tensor<*xf32>) -> ()

  %ndi = arith.constant dense<[[-1]]> : tensor<1x1xi64>
  %ndu = arith.constant dense<[[7.0, 8.0, 9.0]]> : tensor<1x3xf32>
  %nd = call @scatter_nd(%x, %ndi, %ndu) : (tensor<2x3xf32>, tensor<1x1xi64>, tensor<1x3xf32>) -> tensor<2x3xf32>
  %ndo = tensor.cast %nd : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%ndo) : (tensor<*xf32>) -> ()

  %oi = arith.constant dense<[3, 0, 5]> : tensor<3xi64>
  %oh = call @one_hot(%oi) : (tensor<3xi64>) -> tensor<3x4xf32>
  %ohu = tensor.cast %oh : tensor<3x4xf32> to tensor<*xf32>
  call @printMemrefF32(%ohu) : (tensor<*xf32>) -> ()

  %t = arith.constant dense<[[3.0, 1.0, 4.0, 1.0, 5.0], [2.0, 7.0, 1.0, 8.0, 2.0]]> : tensor<2x5xf32>
  %td = tensor.cast %t : tensor<2x5xf32> to tensor<?x5xf32>
  %v, %i, %w, %j = call @topk(%td) : (tensor<?x5xf32>) -> (tensor<?x3xf32>, tensor<?x3xi64>, tensor<?x3xf32>, tensor<?x3xi32>)
  %vu = tensor.cast %v : tensor<?x3xf32> to tensor<*xf32>
  call @printMemrefF32(%vu) : (tensor<*xf32>) -> ()
  %iu = tensor.cast %i : tensor<?x3xi64> to tensor<*xi64>
  call @printMemrefI64(%iu) : (tensor<*xi64>) -> ()
  %wu = tensor.cast %w : tensor<?x3xf32> to tensor<*xf32>
  call @printMemrefF32(%wu) : (tensor<*xf32>) -> ()
  %ju = tensor.cast %j : tensor<?x3xi32> to tensor<*xi32>
  call @printMemrefI32(%ju) : (tensor<*xi32>) -> ()

  %z = arith.constant dense<[[0.0, 1.0, 0.0], [2.0, 0.0, 3.0]]> : tensor<2x3xf32>
  %nz = call @non_zero(%z) : (tensor<2x3xf32>) -> tensor<2x?xi64>
  %nzu = tensor.cast %nz : tensor<2x?xi64> to tensor<*xi64>
  call @printMemrefI64(%nzu) : (tensor<*xi64>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>)
func.func private @printMemrefI64(tensor<*xi64>)
func.func private @printMemrefI32(tensor<*xi32>)
