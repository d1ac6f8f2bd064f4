// ov-interleave-channel-shuffles: a channel shuffle (reshape [N, C, ...] to
// [N, G, K, ...], swap G and K, reshape back) becomes G strided insertions
// of its input's groups of K channels; the parts of a concatenation are
// inserted as they are.
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-interleave-channel-shuffles))' | FileCheck %s

// ShuffleNet V2's unit: the concatenation of two halves, shuffled in two
// groups. Each half goes to every other channel; no transpose, no
// concatenation.
// CHECK-LABEL: func.func @shuffle_concatenation
// CHECK-SAME: (%[[A:.*]]: tensor<1x3x4x4xf32>, %[[B:.*]]: tensor<1x3x4x4xf32>)
// CHECK: %[[EMPTY:.*]] = tensor.empty() : tensor<1x6x4x4xf32>
// CHECK: %[[EVEN:.*]] = tensor.insert_slice %[[A]] into %[[EMPTY]][0, 0, 0, 0] [1, 3, 4, 4] [1, 2, 1, 1]
// CHECK: %[[ODD:.*]] = tensor.insert_slice %[[B]] into %[[EVEN]][0, 1, 0, 0] [1, 3, 4, 4] [1, 2, 1, 1]
// CHECK-NOT: linalg.transpose
// CHECK: return %[[ODD]]
func.func @shuffle_concatenation(%a: tensor<1x3x4x4xf32>, %b: tensor<1x3x4x4xf32>) -> tensor<1x6x4x4xf32> {
  %e = tensor.empty() : tensor<1x6x4x4xf32>
  %c0 = tensor.insert_slice %a into %e[0, 0, 0, 0] [1, 3, 4, 4] [1, 1, 1, 1] : tensor<1x3x4x4xf32> into tensor<1x6x4x4xf32>
  %c1 = tensor.insert_slice %b into %c0[0, 3, 0, 0] [1, 3, 4, 4] [1, 1, 1, 1] : tensor<1x3x4x4xf32> into tensor<1x6x4x4xf32>
  %split = tensor.expand_shape %c1 [[0], [1, 2], [3], [4]] output_shape [1, 2, 3, 4, 4] : tensor<1x6x4x4xf32> into tensor<1x2x3x4x4xf32>
  %t0 = tensor.empty() : tensor<1x3x2x4x4xf32>
  %t = linalg.transpose ins(%split : tensor<1x2x3x4x4xf32>) outs(%t0 : tensor<1x3x2x4x4xf32>) permutation = [0, 2, 1, 3, 4]
  %r = tensor.collapse_shape %t [[0], [1, 2], [3], [4]] : tensor<1x3x2x4x4xf32> into tensor<1x6x4x4xf32>
  return %r : tensor<1x6x4x4xf32>
}

// Four groups of a tensor that is not a concatenation (tensor.reshape with
// shape operands, as ov.reshape lowers): slices of it, each inserted with
// a stride of 4.
// CHECK-LABEL: func.func @shuffle_four_groups
// CHECK-SAME: (%[[X:[^:]*]]: tensor<2x8x5xf32>
// CHECK: %[[EMPTY:.*]] = tensor.empty() : tensor<2x8x5xf32>
// CHECK: %[[G0:.*]] = tensor.extract_slice %[[X]][0, 0, 0] [2, 2, 5] [1, 1, 1]
// CHECK: %[[I0:.*]] = tensor.insert_slice %[[G0]] into %[[EMPTY]][0, 0, 0] [2, 2, 5] [1, 4, 1]
// CHECK: %[[G1:.*]] = tensor.extract_slice %[[X]][0, 2, 0] [2, 2, 5] [1, 1, 1]
// CHECK: %[[I1:.*]] = tensor.insert_slice %[[G1]] into %[[I0]][0, 1, 0] [2, 2, 5] [1, 4, 1]
// CHECK: %[[G2:.*]] = tensor.extract_slice %[[X]][0, 4, 0] [2, 2, 5] [1, 1, 1]
// CHECK: %[[I2:.*]] = tensor.insert_slice %[[G2]] into %[[I1]][0, 2, 0] [2, 2, 5] [1, 4, 1]
// CHECK: %[[G3:.*]] = tensor.extract_slice %[[X]][0, 6, 0] [2, 2, 5] [1, 1, 1]
// CHECK: %[[I3:.*]] = tensor.insert_slice %[[G3]] into %[[I2]][0, 3, 0] [2, 2, 5] [1, 4, 1]
// CHECK-NOT: linalg.transpose
// CHECK: return %[[I3]]
func.func @shuffle_four_groups(%x: tensor<2x8x5xf32>, %s4: tensor<4xindex>, %s3: tensor<3xindex>) -> tensor<2x8x5xf32> {
  %split = tensor.reshape %x(%s4) : (tensor<2x8x5xf32>, tensor<4xindex>) -> tensor<2x4x2x5xf32>
  %t0 = tensor.empty() : tensor<2x2x4x5xf32>
  %t = linalg.transpose ins(%split : tensor<2x4x2x5xf32>) outs(%t0 : tensor<2x2x4x5xf32>) permutation = [0, 2, 1, 3]
  %r = tensor.reshape %t(%s3) : (tensor<2x2x4x5xf32>, tensor<3xindex>) -> tensor<2x8x5xf32>
  return %r : tensor<2x8x5xf32>
}

// A concatenation whose parts do not match the groups (2 + 4 channels in
// groups of 3): slices of it.
// CHECK-LABEL: func.func @parts_not_groups
// CHECK: tensor.extract_slice %{{.*}}[0, 0, 0, 0] [1, 3, 4, 4] [1, 1, 1, 1]
// CHECK: tensor.extract_slice %{{.*}}[0, 3, 0, 0] [1, 3, 4, 4] [1, 1, 1, 1]
// CHECK-NOT: linalg.transpose
func.func @parts_not_groups(%a: tensor<1x2x4x4xf32>, %b: tensor<1x4x4x4xf32>) -> tensor<1x6x4x4xf32> {
  %e = tensor.empty() : tensor<1x6x4x4xf32>
  %c0 = tensor.insert_slice %a into %e[0, 0, 0, 0] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x2x4x4xf32> into tensor<1x6x4x4xf32>
  %c1 = tensor.insert_slice %b into %c0[0, 2, 0, 0] [1, 4, 4, 4] [1, 1, 1, 1] : tensor<1x4x4x4xf32> into tensor<1x6x4x4xf32>
  %split = tensor.expand_shape %c1 [[0], [1, 2], [3], [4]] output_shape [1, 2, 3, 4, 4] : tensor<1x6x4x4xf32> into tensor<1x2x3x4x4xf32>
  %t0 = tensor.empty() : tensor<1x3x2x4x4xf32>
  %t = linalg.transpose ins(%split : tensor<1x2x3x4x4xf32>) outs(%t0 : tensor<1x3x2x4x4xf32>) permutation = [0, 2, 1, 3, 4]
  %r = tensor.collapse_shape %t [[0], [1, 2], [3], [4]] : tensor<1x3x2x4x4xf32> into tensor<1x6x4x4xf32>
  return %r : tensor<1x6x4x4xf32>
}

// Not shuffles: another permutation after the split, and a transpose
// whose input is not a split of the channels.
// CHECK-LABEL: func.func @not_shuffles
// CHECK: linalg.transpose {{.*}} permutation = [0, 2, 3, 1, 4]
// CHECK: linalg.transpose {{.*}} permutation = [0, 2, 1, 3]
func.func @not_shuffles(%x: tensor<1x6x4x4xf32>, %y: tensor<1x4x6x4xf32>) -> (tensor<1x3x4x8xf32>, tensor<1x96xf32>) {
  %split = tensor.expand_shape %x [[0], [1, 2], [3], [4]] output_shape [1, 2, 3, 4, 4] : tensor<1x6x4x4xf32> into tensor<1x2x3x4x4xf32>
  %t0 = tensor.empty() : tensor<1x3x4x2x4xf32>
  %t = linalg.transpose ins(%split : tensor<1x2x3x4x4xf32>) outs(%t0 : tensor<1x3x4x2x4xf32>) permutation = [0, 2, 3, 1, 4]
  %r = tensor.collapse_shape %t [[0], [1], [2], [3, 4]] : tensor<1x3x4x2x4xf32> into tensor<1x3x4x8xf32>
  %u0 = tensor.empty() : tensor<1x6x4x4xf32>
  %u = linalg.transpose ins(%y : tensor<1x4x6x4xf32>) outs(%u0 : tensor<1x6x4x4xf32>) permutation = [0, 2, 1, 3]
  %v = tensor.collapse_shape %u [[0], [1, 2, 3]] : tensor<1x6x4x4xf32> into tensor<1x96xf32>
  return %r, %v : tensor<1x3x4x8xf32>, tensor<1x96xf32>
}
