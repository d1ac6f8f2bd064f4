// Data-movement ops whose parameters are only known at run time: Slice
// (start/stop/step/axes as inputs, negative step, clamped bounds),
// Unsqueeze (axes as an input), VariadicSplit (lengths as an input, an
// empty part) and Broadcast/Pad with run-time target shape and pads.
// RUN: ov-opt %s --ov-lower-to-llvm | %mlir_runner | FileCheck %s

// CHECK: {{\[\[}}7, 5],
// CHECK-NEXT: [3, 1]]
// CHECK: {{\[\[\[\[}}1],
// CHECK-NEXT: [2],
// CHECK-NEXT: [3]],
// CHECK-NEXT: {{\[\[}}4],
// CHECK-NEXT: [5],
// CHECK-NEXT: [6]]]]
// CHECK: {{\[\[}}0],
// CHECK-NEXT: [4]]
// CHECK: {{\[\[}}1, 2, 3],
// CHECK-NEXT: [5, 6, 7]]
// CHECK: sizes = [2, 0]
// CHECK: {{\[\[}}1, 1, 1],
// CHECK-NEXT: [2, 2, 2]]
// CHECK: {{\[\[}}0, 1],
// CHECK-NEXT: [0, 2],
// CHECK-NEXT: [0, 0]]

func.func @slice(%x: tensor<2x4xf32>, %start: tensor<2xi64>, %stop: tensor<2xi64>, %step: tensor<2xi64>, %axes: tensor<2xi64>) -> tensor<?x?xf32> {
  %r = ov.slice %x, %start, %stop, %step, %axes : (tensor<2x4xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}

func.func @unsqueeze(%x: tensor<2x3xf32>, %axes: tensor<2xi64>) -> tensor<?x?x?x?xf32> {
  %r = ov.unsqueeze %x, %axes : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<?x?x?x?xf32>
  return %r : tensor<?x?x?x?xf32>
}

func.func @split(%x: tensor<2x4xf32>, %lengths: tensor<3xi64>) -> (tensor<2x?xf32>, tensor<2x?xf32>, tensor<2x?xf32>) {
  %axis = ov.constant dense<1> : tensor<i64>
  %a, %b, %c = ov.variadic_split %x, %axis, %lengths : (tensor<2x4xf32>, tensor<i64>, tensor<3xi64>) -> (tensor<2x?xf32>, tensor<2x?xf32>, tensor<2x?xf32>)
  return %a, %b, %c : tensor<2x?xf32>, tensor<2x?xf32>, tensor<2x?xf32>
}

func.func @expand(%x: tensor<2x1xf32>, %shape: tensor<2xi64>) -> tensor<?x?xf32> {
  %r = ov.broadcast %x, %shape {mode = #ov.broadcast_mode<bidirectional>} : (tensor<2x1xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}

func.func @pad(%x: tensor<2x1xf32>, %b: tensor<2xi64>, %e: tensor<2xi64>) -> tensor<?x?xf32> {
  %r = ov.pad %x, %b, %e {pad_mode = #ov.pad_mode<constant>} : (tensor<2x1xf32>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}

func.func @main() {
  %x = arith.constant dense<[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0]]> : tensor<2x4xf32>
  // x[1:-100:-1, 100:0:-2] (axes given in reverse order).
  %start = arith.constant dense<[100, 1]> : tensor<2xi64>
  %stop = arith.constant dense<[0, -100]> : tensor<2xi64>
  %step = arith.constant dense<[-2, -1]> : tensor<2xi64>
  %axes = arith.constant dense<[-1, 0]> : tensor<2xi64>
  %s = call @slice(%x, %start, %stop, %step, %axes) : (tensor<2x4xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x?xf32>
  %su = tensor.cast %s : tensor<?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%su) : (tensor<*xf32>) -> ()

  %y = arith.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %ua = arith.constant dense<[3, 0]> : tensor<2xi64>
  %u = call @unsqueeze(%y, %ua) : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<?x?x?x?xf32>
  %uu = tensor.cast %u : tensor<?x?x?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%uu) : (tensor<*xf32>) -> ()

  %l = arith.constant dense<[1, 3, 0]> : tensor<3xi64>
  %a, %b, %c = call @split(%x, %l) : (tensor<2x4xf32>, tensor<3xi64>) -> (tensor<2x?xf32>, tensor<2x?xf32>, tensor<2x?xf32>)
  %au = tensor.cast %a : tensor<2x?xf32> to tensor<*xf32>
  call @printMemrefF32(%au) : (tensor<*xf32>) -> ()
  %bu = tensor.cast %b : tensor<2x?xf32> to tensor<*xf32>
  call @printMemrefF32(%bu) : (tensor<*xf32>) -> ()
  %cu = tensor.cast %c : tensor<2x?xf32> to tensor<*xf32>
  call @printMemrefF32(%cu) : (tensor<*xf32>) -> ()

  %z = arith.constant dense<[[1.0], [2.0]]> : tensor<2x1xf32>
  %sh = arith.constant dense<[1, 3]> : tensor<2xi64>
  %ex = call @expand(%z, %sh) : (tensor<2x1xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  %exu = tensor.cast %ex : tensor<?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%exu) : (tensor<*xf32>) -> ()

  %pb = arith.constant dense<[0, 1]> : tensor<2xi64>
  %pe = arith.constant dense<[1, 0]> : tensor<2xi64>
  %p = call @pad(%z, %pb, %pe) : (tensor<2x1xf32>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x?xf32>
  %pu = tensor.cast %p : tensor<?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%pu) : (tensor<*xf32>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>)
