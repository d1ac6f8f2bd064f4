// ov-pad-borders: a static pad with a constant value fills the border slabs
// of each padded dimension and copies the source into the interior, all in
// one destination (each element written once after bufferization).
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-pad-borders))' | FileCheck %s

// Rows 0 and 4 (dimension 2: low 1, high 1), columns 0 and 5..6
// (dimension 3: low 1, high 2), then the source at [0, 0, 1, 1].
// CHECK-LABEL: func.func @pad
// CHECK: %[[CST:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[EMPTY:.*]] = tensor.empty() : tensor<1x2x5x7xf32>
// CHECK: %[[S0:.*]] = tensor.extract_slice %[[EMPTY]][0, 0, 0, 0] [1, 2, 1, 7] [1, 1, 1, 1]
// CHECK: %[[F0:.*]] = linalg.fill ins(%[[CST]] : f32) outs(%[[S0]] : tensor<1x2x1x7xf32>)
// CHECK: %[[D0:.*]] = tensor.insert_slice %[[F0]] into %[[EMPTY]][0, 0, 0, 0] [1, 2, 1, 7] [1, 1, 1, 1]
// CHECK: %[[S1:.*]] = tensor.extract_slice %[[D0]][0, 0, 4, 0] [1, 2, 1, 7] [1, 1, 1, 1]
// CHECK: linalg.fill ins(%[[CST]] : f32) outs(%[[S1]] : tensor<1x2x1x7xf32>)
// CHECK: tensor.extract_slice %{{.*}}[0, 0, 0, 0] [1, 2, 5, 1] [1, 1, 1, 1]
// CHECK: tensor.extract_slice %{{.*}}[0, 0, 0, 5] [1, 2, 5, 2] [1, 1, 1, 1]
// CHECK: %[[D3:.*]] = tensor.insert_slice %{{.*}} into %{{.*}}[0, 0, 0, 5] [1, 2, 5, 2] [1, 1, 1, 1]
// CHECK: %[[Y:.*]] = tensor.insert_slice %arg0 into %[[D3]][0, 0, 1, 1] [1, 2, 3, 4] [1, 1, 1, 1]
// CHECK-NOT: tensor.pad
// CHECK: return %[[Y]]
func.func @pad(%x: tensor<1x2x3x4xf32>) -> tensor<1x2x5x7xf32> {
  %zero = arith.constant 0.0 : f32
  %p = tensor.pad %x low[0, 0, 1, 1] high[0, 0, 1, 2] {
  ^bb0(%a: index, %b: index, %c: index, %d: index):
    tensor.yield %zero : f32
  } : tensor<1x2x3x4xf32> to tensor<1x2x5x7xf32>
  return %p : tensor<1x2x5x7xf32>
}

// Left alone: dynamic sizes, a padding value computed from the indices.
// CHECK-LABEL: func.func @dynamic
// CHECK: tensor.pad
// CHECK-LABEL: func.func @indexed
// CHECK: tensor.pad
func.func @dynamic(%x: tensor<?x4xf32>) -> tensor<?x6xf32> {
  %zero = arith.constant 0.0 : f32
  %p = tensor.pad %x low[0, 1] high[0, 1] {
  ^bb0(%a: index, %b: index):
    tensor.yield %zero : f32
  } : tensor<?x4xf32> to tensor<?x6xf32>
  return %p : tensor<?x6xf32>
}
func.func @indexed(%x: tensor<2x4xf32>) -> tensor<2x6xf32> {
  %p = tensor.pad %x low[0, 1] high[0, 1] {
  ^bb0(%a: index, %b: index):
    %i = arith.index_cast %b : index to i32
    %f = arith.sitofp %i : i32 to f32
    tensor.yield %f : f32
  } : tensor<2x4xf32> to tensor<2x6xf32>
  return %p : tensor<2x6xf32>
}

// A producer that only writes its result (a ReLU) writes it into the
// interior of the destination, made before it; the padding value, a
// constant defined after the producer, is made again there.
// CHECK-LABEL: func.func @producer_writes_interior
// CHECK: %[[NEG:.*]] = arith.constant -1.000000e+00 : f32
// CHECK: %[[EMPTY:.*]] = tensor.empty() : tensor<2x6xf32>
// CHECK: linalg.fill ins(%[[NEG]] : f32)
// CHECK: %[[D1:.*]] = tensor.insert_slice %{{.*}} into %{{.*}}[0, 5] [2, 1] [1, 1]
// CHECK: %[[INTERIOR:.*]] = tensor.extract_slice %[[D1]][0, 1] [2, 4] [1, 1]
// CHECK: %[[RELU:.*]] = linalg.generic {{.*}} ins(%arg0 : tensor<2x4xf32>) outs(%[[INTERIOR]] : tensor<2x4xf32>)
// CHECK: %[[Y:.*]] = tensor.insert_slice %[[RELU]] into %[[D1]][0, 1] [2, 4] [1, 1]
// CHECK: return %[[Y]]
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @producer_writes_interior(%x: tensor<2x4xf32>) -> tensor<2x6xf32> {
  %zero = arith.constant 0.0 : f32
  %empty = tensor.empty() : tensor<2x4xf32>
  %relu = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<2x4xf32>) outs(%empty : tensor<2x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  } -> tensor<2x4xf32>
  %neg = arith.constant -1.0 : f32
  %p = tensor.pad %relu low[0, 1] high[0, 1] {
  ^bb0(%a: index, %b: index):
    tensor.yield %neg : f32
  } : tensor<2x4xf32> to tensor<2x6xf32>
  return %p : tensor<2x6xf32>
}

// Producers left alone: one that reads its initial value (an accumulating
// matmul), one whose result has another use.
// CHECK-LABEL: func.func @producer_reads_init
// CHECK: %[[MM:.*]] = linalg.matmul ins(%arg0, %arg1 : tensor<2x3xf32>, tensor<3x4xf32>) outs(%arg2 : tensor<2x4xf32>)
// CHECK: tensor.insert_slice %[[MM]] into
// CHECK-LABEL: func.func @producer_used_twice
// CHECK: %[[RELU:.*]] = linalg.generic {{.*}} outs(%{{.*}} : tensor<2x4xf32>)
// CHECK: %[[Y:.*]] = tensor.insert_slice %[[RELU]] into
// CHECK: return %[[Y]], %[[RELU]]
func.func @producer_reads_init(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>, %c: tensor<2x4xf32>) -> tensor<2x6xf32> {
  %zero = arith.constant 0.0 : f32
  %mm = linalg.matmul ins(%a, %b : tensor<2x3xf32>, tensor<3x4xf32>) outs(%c : tensor<2x4xf32>) -> tensor<2x4xf32>
  %p = tensor.pad %mm low[0, 1] high[0, 1] {
  ^bb0(%i: index, %j: index):
    tensor.yield %zero : f32
  } : tensor<2x4xf32> to tensor<2x6xf32>
  return %p : tensor<2x6xf32>
}
func.func @producer_used_twice(%x: tensor<2x4xf32>) -> (tensor<2x6xf32>, tensor<2x4xf32>) {
  %zero = arith.constant 0.0 : f32
  %empty = tensor.empty() : tensor<2x4xf32>
  %relu = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<2x4xf32>) outs(%empty : tensor<2x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  } -> tensor<2x4xf32>
  %p = tensor.pad %relu low[0, 1] high[0, 1] {
  ^bb0(%a: index, %b: index):
    tensor.yield %zero : f32
  } : tensor<2x4xf32> to tensor<2x6xf32>
  return %p, %relu : tensor<2x6xf32>, tensor<2x4xf32>
}

// A concatenation padded for a pool that is also read as it is (an
// inception module's): the padded destination and its border come first,
// the concatenation starts from its interior (whose slices the first
// part's producer writes) and the pad inserts it there again, a copy onto
// itself that bufferization elides.
// CHECK-LABEL: func.func @concatenation
// CHECK: %[[EMPTY:.*]] = tensor.empty() : tensor<1x4x4x4xf32>
// CHECK: %[[BORDER:.*]] = tensor.insert_slice %{{.*}} into %{{.*}}[0, 0, 0, 3] [1, 4, 4, 1] [1, 1, 1, 1]
// CHECK: %[[INTERIOR:.*]] = tensor.extract_slice %[[BORDER]][0, 0, 0, 0] [1, 4, 3, 3] [1, 1, 1, 1]
// CHECK: %[[OUT:.*]] = tensor.extract_slice %[[INTERIOR]][0, 0, 0, 0] [1, 2, 3, 3] [1, 1, 1, 1]
// CHECK: %[[A:.*]] = linalg.generic {{.*}} outs(%[[OUT]] : tensor<1x2x3x3xf32>)
// CHECK: %[[C0:.*]] = tensor.insert_slice %[[A]] into %[[INTERIOR]][0, 0, 0, 0] [1, 2, 3, 3]
// CHECK: %[[C1:.*]] = tensor.insert_slice %arg1 into %[[C0]][0, 2, 0, 0] [1, 2, 3, 3]
// CHECK: %[[P:.*]] = tensor.insert_slice %[[C1]] into %[[BORDER]][0, 0, 0, 0] [1, 4, 3, 3] [1, 1, 1, 1]
// CHECK-NOT: tensor.pad
// CHECK: return %[[P]], %[[C1]]
func.func @concatenation(%x: tensor<1x2x3x3xf32>, %y: tensor<1x2x3x3xf32>) -> (tensor<1x4x4x4xf32>, tensor<1x4x3x3xf32>) {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x4x3x3xf32>
  %out = tensor.extract_slice %e[0, 0, 0, 0] [1, 2, 3, 3] [1, 1, 1, 1] : tensor<1x4x3x3xf32> to tensor<1x2x3x3xf32>
  %a = linalg.generic {indexing_maps = [affine_map<(n, c, h, w) -> (n, c, h, w)>, affine_map<(n, c, h, w) -> (n, c, h, w)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%x : tensor<1x2x3x3xf32>) outs(%out : tensor<1x2x3x3xf32>) {
  ^bb0(%in: f32, %o: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  } -> tensor<1x2x3x3xf32>
  %c0 = tensor.insert_slice %a into %e[0, 0, 0, 0] [1, 2, 3, 3] [1, 1, 1, 1] : tensor<1x2x3x3xf32> into tensor<1x4x3x3xf32>
  %c1 = tensor.insert_slice %y into %c0[0, 2, 0, 0] [1, 2, 3, 3] [1, 1, 1, 1] : tensor<1x2x3x3xf32> into tensor<1x4x3x3xf32>
  %p = tensor.pad %c1 low[0, 0, 0, 0] high[0, 0, 1, 1] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    tensor.yield %zero : f32
  } : tensor<1x4x3x3xf32> to tensor<1x4x4x4xf32>
  return %p, %c1 : tensor<1x4x4x4xf32>, tensor<1x4x3x3xf32>
}
