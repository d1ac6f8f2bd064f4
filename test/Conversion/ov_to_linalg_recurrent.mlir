// RUN: ov-opt %s --convert-ov-to-linalg | FileCheck %s

// GRUSequence without linear_before_reset: the weights are transposed once,
// each time step multiplies the input row and the state by them, the reset
// gate applies before the h gate's own product, and the state is updated in
// place (the yielded value is the loop-carried one). Y is assembled after
// the loop from the buffered states.
// CHECK-LABEL: func.func @gru
// CHECK: linalg.transpose ins(%{{.*}} : tensor<6x3xf32>) outs(%{{.*}} : tensor<3x6xf32>) permutation = [1, 0]
// CHECK: linalg.transpose ins(%{{.*}} : tensor<6x2xf32>) outs(%{{.*}} : tensor<2x6xf32>) permutation = [1, 0]
// CHECK: %[[LOOP:.*]]:2 = scf.for %[[T:.*]] = %{{.*}} to %{{.*}} step %{{.*}} iter_args(%[[H:.*]] = %{{.*}}, %[[BUF:.*]] = %{{.*}}) -> (tensor<?x2xf32>, tensor<1x4x?x2xf32>)
// CHECK: linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<?x3xf32>, tensor<3x6xf32>)
// CHECK: linalg.matmul ins(%[[H]], %{{.*}} : tensor<?x2xf32>, tensor<2x6xf32>)
// CHECK: linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<?x2xf32>, tensor<2x2xf32>)
// CHECK: %[[NEW:.*]] = linalg.generic {{.*}} ins(%[[H]] : tensor<?x2xf32>) outs(%[[H]] : tensor<?x2xf32>)
// CHECK: %[[INS:.*]] = tensor.insert_slice %[[NEW]] into %[[BUF]][0, %[[T]], 0, 0]
// CHECK: scf.yield %[[NEW]], %[[INS]]
// CHECK: linalg.generic {{.*}} outs(%{{.*}} : tensor<?x1x4x2xf32>)
// CHECK: tensor.insert_slice %[[LOOP]]#0 into %{{.*}}[0, 0, 0] [%{{.*}}, 1, 2] [1, 1, 1] : tensor<?x2xf32> into tensor<?x1x2xf32>
func.func @gru(%x: tensor<?x4x3xf32>, %h: tensor<?x1x2xf32>, %l: tensor<?xi64>, %w: tensor<1x6x3xf32>, %r: tensor<1x6x2xf32>, %b: tensor<1x6xf32>) -> (tensor<?x1x4x2xf32>, tensor<?x1x2xf32>) {
  %y, %ho = ov.gru_sequence %x, %h, %l, %w, %r, %b {direction = "forward", hidden_size = 2 : i64} : (tensor<?x4x3xf32>, tensor<?x1x2xf32>, tensor<?xi64>, tensor<1x6x3xf32>, tensor<1x6x2xf32>, tensor<1x6xf32>) -> (tensor<?x1x4x2xf32>, tensor<?x1x2xf32>)
  return %y, %ho : tensor<?x1x4x2xf32>, tensor<?x1x2xf32>
}

// LSTMSequence bidirectional: both directions advance in the same loop,
// which carries two hidden states, two cell states and the buffer.
// CHECK-LABEL: func.func @lstm
// CHECK: scf.for {{.*}} -> (tensor<?x3xf32>, tensor<?x3xf32>, tensor<?x3xf32>, tensor<?x3xf32>, tensor<2x?x?x3xf32>)
// CHECK-COUNT-4: linalg.matmul
// CHECK: scf.yield
func.func @lstm(%x: tensor<?x?x5xf32>, %h: tensor<?x2x3xf32>, %c: tensor<?x2x3xf32>, %l: tensor<?xi32>, %w: tensor<2x12x5xf32>, %r: tensor<2x12x3xf32>, %b: tensor<2x12xf32>) -> (tensor<?x2x?x3xf32>, tensor<?x2x3xf32>, tensor<?x2x3xf32>) {
  %y, %ho, %co = ov.lstm_sequence %x, %h, %c, %l, %w, %r, %b {direction = "bidirectional", hidden_size = 3 : i64} : (tensor<?x?x5xf32>, tensor<?x2x3xf32>, tensor<?x2x3xf32>, tensor<?xi32>, tensor<2x12x5xf32>, tensor<2x12x3xf32>, tensor<2x12xf32>) -> (tensor<?x2x?x3xf32>, tensor<?x2x3xf32>, tensor<?x2x3xf32>)
  return %y, %ho, %co : tensor<?x2x?x3xf32>, tensor<?x2x3xf32>, tensor<?x2x3xf32>
}
