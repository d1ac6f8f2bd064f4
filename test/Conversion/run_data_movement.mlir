// Data-movement ops lowered through the whole pipeline and run by the JIT:
// Concat with a dynamic batch, Split, VariadicSplit, Slice with a negative
// step, StridedSlice with masks, Squeeze/Unsqueeze, Broadcast (numpy and
// explicit), Tile, Pad in its four modes, ShapeOf of a dynamic shape,
// Range, DepthToSpace and SpaceToDepth.
// RUN: ov-opt %s --ov-lower-to-llvm | %mlir_runner | FileCheck %s

// Expected values checked against numpy (np.pad modes, slicing, ONNX
// DepthToSpace DCR/CRD).
// CHECK: {{\[\[}}1, 2, 5],
// CHECK-NEXT: [3, 4, 6]]
// CHECK: {{\[\[}}2, 3],
// CHECK-NEXT: [6, 7]]
// CHECK: {{\[\[}}3],
// CHECK-NEXT: [7]]
// CHECK: {{\[\[}}3, 1],
// CHECK-NEXT: [7, 5]]
// CHECK: {{\[\[\[}}13, 14, 15],
// CHECK-NEXT: [17, 18, 19],
// CHECK-NEXT: [21, 22, 23]]]
// CHECK: {{\[\[\[\[}}1],
// CHECK-NEXT: [2],
// CHECK-NEXT: [3]],
// CHECK-NEXT: {{\[\[}}4],
// CHECK-NEXT: [5],
// CHECK-NEXT: [6]]]]
// CHECK: {{\[\[}}1, 2, 3],
// CHECK-NEXT: [1, 2, 3]]
// CHECK: {{\[\[}}7, 7, 7],
// CHECK-NEXT: [8, 8, 8]]
// CHECK: {{\[\[}}1, 2, 1, 2],
// CHECK-NEXT: [3, 4, 3, 4],
// CHECK-NEXT: [1, 2, 1, 2],
// CHECK-NEXT: [3, 4, 3, 4]]
// CHECK: [9, 9, 1, 2, 3, 9]
// CHECK: [1, 1, 1, 2, 3, 3]
// CHECK: [3, 2, 1, 2, 3, 2]
// CHECK: [2, 1, 1, 2, 3, 3]
// CHECK: {{\[\[}}1, 2],
// CHECK-NEXT: [5, 6]]
// CHECK: [2, 4]
// CHECK: [2, 1.5, 1, 0.5, 0]
// CHECK: {{\[\[\[\[}}0, 2],
// CHECK-NEXT: [4, 6]],
// CHECK-NEXT: {{\[\[}}1, 3],
// CHECK-NEXT: [5, 7]]]]
// CHECK: {{\[\[\[\[}}0, 1],
// CHECK-NEXT: [2, 3]],
// CHECK-NEXT: {{\[\[}}4, 5],
// CHECK-NEXT: [6, 7]]]]
// CHECK: {{\[\[\[\[}}0]],
// CHECK-NEXT: {{\[\[}}1]],
// CHECK-NEXT: {{\[\[}}2]],
// CHECK-NEXT: {{\[\[}}3]],
// CHECK-NEXT: {{\[\[}}4]],
// CHECK-NEXT: {{\[\[}}5]],
// CHECK-NEXT: {{\[\[}}6]],
// CHECK-NEXT: {{\[\[}}7]]]]


func.func @concat(%a: tensor<?x2xf32>, %b: tensor<?x1xf32>) -> tensor<?x3xf32> {
  %r = ov.concat %a, %b {axis = -1 : i64} : (tensor<?x2xf32>, tensor<?x1xf32>) -> tensor<?x3xf32>
  return %r : tensor<?x3xf32>
}

func.func @split(%x: tensor<?x4xf32>) -> (tensor<?x2xf32>, tensor<?x1xf32>) {
  %axis = ov.constant dense<1> : tensor<i64>
  %a, %b = ov.split %x, %axis {num_splits = 2 : i64} : (tensor<?x4xf32>, tensor<i64>) -> (tensor<?x2xf32>, tensor<?x2xf32>)
  %lengths = ov.constant dense<[-1, 1]> : tensor<2xi64>
  %c, %d = ov.variadic_split %x, %axis, %lengths : (tensor<?x4xf32>, tensor<i64>, tensor<2xi64>) -> (tensor<?x3xf32>, tensor<?x1xf32>)
  return %b, %d : tensor<?x2xf32>, tensor<?x1xf32>
}

// x[:, 3:0:-2] on [2, 4]: columns 3, 1.
func.func @slice(%x: tensor<?x4xf32>) -> tensor<?x2xf32> {
  %start = ov.constant dense<3> : tensor<1xi64>
  %stop = ov.constant dense<0> : tensor<1xi64>
  %step = ov.constant dense<-2> : tensor<1xi64>
  %axes = ov.constant dense<1> : tensor<1xi64>
  %r = ov.slice %x, %start, %stop, %step, %axes : (tensor<?x4xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<?x2xf32>
  return %r : tensor<?x2xf32>
}

// x[1, newaxis, ..., 1:] on [2, 3, 4]: shrink, new axis, ellipsis -> [1, 3, 3].
func.func @strided(%x: tensor<2x3x4xf32>) -> tensor<1x3x3xf32> {
  %b = ov.constant dense<[1, 0, 0, 1]> : tensor<4xi64>
  %e = ov.constant dense<[2, 0, 0, 4]> : tensor<4xi64>
  %r = ov.strided_slice %x, %b, %e {shrink_axis_mask = array<i64: 1>, new_axis_mask = array<i64: 0, 1>, ellipsis_mask = array<i64: 0, 0, 1>} : (tensor<2x3x4xf32>, tensor<4xi64>, tensor<4xi64>) -> tensor<1x3x3xf32>
  return %r : tensor<1x3x3xf32>
}

func.func @squeeze(%x: tensor<?x1x3xf32>) -> tensor<1x?x3x1xf32> {
  %axes = ov.constant dense<1> : tensor<1xi64>
  %s = ov.squeeze %x, %axes : (tensor<?x1x3xf32>, tensor<1xi64>) -> tensor<?x3xf32>
  %u = ov.constant dense<[0, -1]> : tensor<2xi64>
  %r = ov.unsqueeze %s, %u : (tensor<?x3xf32>, tensor<2xi64>) -> tensor<1x?x3x1xf32>
  return %r : tensor<1x?x3x1xf32>
}

func.func @broadcast(%x: tensor<3xf32>, %y: tensor<2xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>) {
  %t = ov.constant dense<[2, 3]> : tensor<2xi64>
  %a = ov.broadcast %x, %t : (tensor<3xf32>, tensor<2xi64>) -> tensor<2x3xf32>
  %m = ov.constant dense<0> : tensor<1xi64>
  %b = ov.broadcast %y, %t, %m {mode = #ov.broadcast_mode<explicit>} : (tensor<2xf32>, tensor<2xi64>, tensor<1xi64>) -> tensor<2x3xf32>
  return %a, %b : tensor<2x3xf32>, tensor<2x3xf32>
}

func.func @tile(%x: tensor<?x2xf32>) -> tensor<?x4xf32> {
  %r = ov.constant dense<[2, 2]> : tensor<2xi64>
  %t = ov.tile %x, %r : (tensor<?x2xf32>, tensor<2xi64>) -> tensor<?x4xf32>
  return %t : tensor<?x4xf32>
}

func.func @pad(%x: tensor<?xf32>) -> (tensor<?xf32>, tensor<?xf32>, tensor<?xf32>, tensor<?xf32>) {
  %b = ov.constant dense<2> : tensor<1xi64>
  %e = ov.constant dense<1> : tensor<1xi64>
  %v = ov.constant dense<9.0> : tensor<f32>
  %c = ov.pad %x, %b, %e, %v {pad_mode = #ov.pad_mode<constant>} : (tensor<?xf32>, tensor<1xi64>, tensor<1xi64>, tensor<f32>) -> tensor<?xf32>
  %g = ov.pad %x, %b, %e {pad_mode = #ov.pad_mode<edge>} : (tensor<?xf32>, tensor<1xi64>, tensor<1xi64>) -> tensor<?xf32>
  %r = ov.pad %x, %b, %e {pad_mode = #ov.pad_mode<reflect>} : (tensor<?xf32>, tensor<1xi64>, tensor<1xi64>) -> tensor<?xf32>
  %s = ov.pad %x, %b, %e {pad_mode = #ov.pad_mode<symmetric>} : (tensor<?xf32>, tensor<1xi64>, tensor<1xi64>) -> tensor<?xf32>
  return %c, %g, %r, %s : tensor<?xf32>, tensor<?xf32>, tensor<?xf32>, tensor<?xf32>
}

// Negative pads crop.
func.func @crop(%x: tensor<2x4xf32>) -> tensor<2x2xf32> {
  %b = ov.constant dense<[0, -1]> : tensor<2xi64>
  %e = ov.constant dense<[0, -1]> : tensor<2xi64>
  %c = ov.pad %x, %b, %e {pad_mode = #ov.pad_mode<constant>} : (tensor<2x4xf32>, tensor<2xi64>, tensor<2xi64>) -> tensor<2x2xf32>
  return %c : tensor<2x2xf32>
}

func.func @shape_of(%x: tensor<?x4xf32>) -> tensor<2xi64> {
  %s = ov.shape_of %x : tensor<?x4xf32> -> tensor<2xi64>
  return %s : tensor<2xi64>
}

func.func @range(%start: tensor<f32>, %stop: tensor<f32>, %step: tensor<f32>) -> tensor<?xf32> {
  %r = ov.range %start, %stop, %step {output_type = f32} : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<?xf32>
  return %r : tensor<?xf32>
}

func.func @depth_space(%x: tensor<1x8x1x1xf32>) -> (tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>, tensor<1x8x1x1xf32>) {
  %a = ov.depth_to_space %x {mode = #ov.depth_to_space_mode<blocks_first>, block_size = 2 : i64} : (tensor<1x8x1x1xf32>) -> tensor<1x2x2x2xf32>
  %b = ov.depth_to_space %x {mode = #ov.depth_to_space_mode<depth_first>, block_size = 2 : i64} : (tensor<1x8x1x1xf32>) -> tensor<1x2x2x2xf32>
  %c = ov.space_to_depth %a {mode = #ov.depth_to_space_mode<blocks_first>, block_size = 2 : i64} : (tensor<1x2x2x2xf32>) -> tensor<1x8x1x1xf32>
  return %a, %b, %c : tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>, tensor<1x8x1x1xf32>
}


func.func @main() {
  %x24 = arith.constant dense<[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0]]> : tensor<2x4xf32>
  %x = tensor.cast %x24 : tensor<2x4xf32> to tensor<?x4xf32>

  %a = arith.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %ad = tensor.cast %a : tensor<2x2xf32> to tensor<?x2xf32>
  %b = arith.constant dense<[[5.0], [6.0]]> : tensor<2x1xf32>
  %bd = tensor.cast %b : tensor<2x1xf32> to tensor<?x1xf32>
  %c = call @concat(%ad, %bd) : (tensor<?x2xf32>, tensor<?x1xf32>) -> tensor<?x3xf32>
  %c1 = tensor.cast %c : tensor<?x3xf32> to tensor<*xf32>
  call @printMemrefF32(%c1) : (tensor<*xf32>) -> ()

  %s1, %s2 = call @split(%x) : (tensor<?x4xf32>) -> (tensor<?x2xf32>, tensor<?x1xf32>)
  %s1u = tensor.cast %s1 : tensor<?x2xf32> to tensor<*xf32>
  call @printMemrefF32(%s1u) : (tensor<*xf32>) -> ()
  %s2u = tensor.cast %s2 : tensor<?x1xf32> to tensor<*xf32>
  call @printMemrefF32(%s2u) : (tensor<*xf32>) -> ()

  %sl = call @slice(%x) : (tensor<?x4xf32>) -> tensor<?x2xf32>
  %slu = tensor.cast %sl : tensor<?x2xf32> to tensor<*xf32>
  call @printMemrefF32(%slu) : (tensor<*xf32>) -> ()

  %x234 = arith.constant dense<[[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0, 9.0, 10.0, 11.0]], [[12.0, 13.0, 14.0, 15.0], [16.0, 17.0, 18.0, 19.0], [20.0, 21.0, 22.0, 23.0]]]> : tensor<2x3x4xf32>
  %ss = call @strided(%x234) : (tensor<2x3x4xf32>) -> tensor<1x3x3xf32>
  %ssu = tensor.cast %ss : tensor<1x3x3xf32> to tensor<*xf32>
  call @printMemrefF32(%ssu) : (tensor<*xf32>) -> ()

  %q = arith.constant dense<[[[1.0, 2.0, 3.0]], [[4.0, 5.0, 6.0]]]> : tensor<2x1x3xf32>
  %qd = tensor.cast %q : tensor<2x1x3xf32> to tensor<?x1x3xf32>
  %sq = call @squeeze(%qd) : (tensor<?x1x3xf32>) -> tensor<1x?x3x1xf32>
  %squ = tensor.cast %sq : tensor<1x?x3x1xf32> to tensor<*xf32>
  call @printMemrefF32(%squ) : (tensor<*xf32>) -> ()

  %v3 = arith.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %v2 = arith.constant dense<[7.0, 8.0]> : tensor<2xf32>
  %b1, %b2 = call @broadcast(%v3, %v2) : (tensor<3xf32>, tensor<2xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>)
  %b1u = tensor.cast %b1 : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%b1u) : (tensor<*xf32>) -> ()
  %b2u = tensor.cast %b2 : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%b2u) : (tensor<*xf32>) -> ()

  %t = call @tile(%ad) : (tensor<?x2xf32>) -> tensor<?x4xf32>
  %tu = tensor.cast %t : tensor<?x4xf32> to tensor<*xf32>
  call @printMemrefF32(%tu) : (tensor<*xf32>) -> ()

  %p = arith.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %pd = tensor.cast %p : tensor<3xf32> to tensor<?xf32>
  %p1, %p2, %p3, %p4 = call @pad(%pd) : (tensor<?xf32>) -> (tensor<?xf32>, tensor<?xf32>, tensor<?xf32>, tensor<?xf32>)
  %p1u = tensor.cast %p1 : tensor<?xf32> to tensor<*xf32>
  call @printMemrefF32(%p1u) : (tensor<*xf32>) -> ()
  %p2u = tensor.cast %p2 : tensor<?xf32> to tensor<*xf32>
  call @printMemrefF32(%p2u) : (tensor<*xf32>) -> ()
  %p3u = tensor.cast %p3 : tensor<?xf32> to tensor<*xf32>
  call @printMemrefF32(%p3u) : (tensor<*xf32>) -> ()
  %p4u = tensor.cast %p4 : tensor<?xf32> to tensor<*xf32>
  call @printMemrefF32(%p4u) : (tensor<*xf32>) -> ()
  %cr = call @crop(%x24) : (tensor<2x4xf32>) -> tensor<2x2xf32>
  %cru = tensor.cast %cr : tensor<2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%cru) : (tensor<*xf32>) -> ()

  %sh = call @shape_of(%x) : (tensor<?x4xf32>) -> tensor<2xi64>
  %shu = tensor.cast %sh : tensor<2xi64> to tensor<*xi64>
  call @printMemrefI64(%shu) : (tensor<*xi64>) -> ()

  %r0 = arith.constant dense<1.0> : tensor<f32>
  %r1 = arith.constant dense<2.0> : tensor<f32>
  %r2 = arith.constant dense<-0.5> : tensor<f32>
  %rg = call @range(%r1, %r2, %r2) : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<?xf32>
  %rgu = tensor.cast %rg : tensor<?xf32> to tensor<*xf32>
  call @printMemrefF32(%rgu) : (tensor<*xf32>) -> ()

  %d = arith.constant dense<[[[[0.0]], [[1.0]], [[2.0]], [[3.0]], [[4.0]], [[5.0]], [[6.0]], [[7.0]]]]> : tensor<1x8x1x1xf32>
  %d1, %d2, %d3 = call @depth_space(%d) : (tensor<1x8x1x1xf32>) -> (tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>, tensor<1x8x1x1xf32>)
  %d1u = tensor.cast %d1 : tensor<1x2x2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%d1u) : (tensor<*xf32>) -> ()
  %d2u = tensor.cast %d2 : tensor<1x2x2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%d2u) : (tensor<*xf32>) -> ()
  %d3u = tensor.cast %d3 : tensor<1x8x1x1xf32> to tensor<*xf32>
  call @printMemrefF32(%d3u) : (tensor<*xf32>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>)
func.func private @printMemrefI64(tensor<*xi64>)
