// RUN: ov-opt %s --ov-infer-shapes --split-input-file | FileCheck %s

// Static inputs: Y is [batch, num_directions, seq_length, hidden_size], the
// states [batch, num_directions, hidden_size].
// CHECK-LABEL: func @lstm_static
// CHECK-SAME: -> (tensor<2x1x5x4xf32>, tensor<2x1x4xf32>, tensor<2x1x4xf32>)
// CHECK: ov.lstm_sequence {{.*}} -> (tensor<2x1x5x4xf32>, tensor<2x1x4xf32>, tensor<2x1x4xf32>)
func.func @lstm_static(%x: tensor<2x5x3xf32>, %h: tensor<2x1x4xf32>, %c: tensor<2x1x4xf32>,
                       %len: tensor<2xi32>, %w: tensor<1x16x3xf32>, %r: tensor<1x16x4xf32>,
                       %b: tensor<1x16xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %0:3 = ov.lstm_sequence %x, %h, %c, %len, %w, %r, %b {hidden_size = 4 : i64, direction = "reverse"} : (tensor<2x5x3xf32>, tensor<2x1x4xf32>, tensor<2x1x4xf32>, tensor<2xi32>, tensor<1x16x3xf32>, tensor<1x16x4xf32>, tensor<1x16xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>)
  return %0#0, %0#1, %0#2 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// -----

// Dynamic batch and sequence length in X: the batch comes from the first
// input that knows it (here the cell state), the sequence length stays
// dynamic; num_directions and hidden_size come from the attributes.
// CHECK-LABEL: func @lstm_dynamic
// CHECK-SAME: -> (tensor<6x2x?x4xf16>, tensor<6x2x4xf16>, tensor<6x2x4xf16>)
// CHECK: ov.lstm_sequence {{.*}} -> (tensor<6x2x?x4xf16>, tensor<6x2x4xf16>, tensor<6x2x4xf16>)
func.func @lstm_dynamic(%x: tensor<?x?x3xf16>, %h: tensor<?x?x?xf16>, %c: tensor<6x2x4xf16>,
                        %len: tensor<?xi64>, %w: tensor<?x?x?xf16>, %r: tensor<*xf16>,
                        %b: tensor<2x?xf16>) -> (tensor<*xf16>, tensor<*xf16>, tensor<*xf16>) {
  %0:3 = ov.lstm_sequence %x, %h, %c, %len, %w, %r, %b {hidden_size = 4 : i64, direction = "bidirectional"} : (tensor<?x?x3xf16>, tensor<?x?x?xf16>, tensor<6x2x4xf16>, tensor<?xi64>, tensor<?x?x?xf16>, tensor<*xf16>, tensor<2x?xf16>) -> (tensor<*xf16>, tensor<*xf16>, tensor<*xf16>)
  return %0#0, %0#1, %0#2 : tensor<*xf16>, tensor<*xf16>, tensor<*xf16>
}

// -----

// Unranked inputs: the outputs keep their ranks; only the batch and the
// sequence length are unknown.
// CHECK-LABEL: func @gru_unranked
// CHECK-SAME: -> (tensor<?x1x?x8xf32>, tensor<?x1x8xf32>)
// CHECK: ov.gru_sequence {{.*}} -> (tensor<?x1x?x8xf32>, tensor<?x1x8xf32>)
func.func @gru_unranked(%x: tensor<*xf32>, %h: tensor<*xf32>, %len: tensor<*xi32>,
                        %w: tensor<*xf32>, %r: tensor<*xf32>, %b: tensor<*xf32>)
    -> (tensor<*xf32>, tensor<*xf32>) {
  %0:2 = ov.gru_sequence %x, %h, %len, %w, %r, %b {hidden_size = 8 : i64, direction = "forward"} : (tensor<*xf32>, tensor<*xf32>, tensor<*xi32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) -> (tensor<*xf32>, tensor<*xf32>)
  return %0#0, %0#1 : tensor<*xf32>, tensor<*xf32>
}

// -----

// GRU with linear_before_reset (B of 4 * hidden_size) and a batch known only
// from sequence_lengths; RNN with a static sequence length.
// CHECK-LABEL: func @gru_rnn
// CHECK-SAME: -> (tensor<3x1x7x2xf32>, tensor<3x1x2xf32>, tensor<1x2x7x5xf32>, tensor<1x2x5xf32>)
// CHECK: ov.gru_sequence {{.*}} -> (tensor<3x1x7x2xf32>, tensor<3x1x2xf32>)
// CHECK: ov.rnn_sequence {{.*}} -> (tensor<1x2x7x5xf32>, tensor<1x2x5xf32>)
func.func @gru_rnn(%x: tensor<?x7x4xf32>, %h: tensor<?x1x2xf32>, %len: tensor<3xi32>,
                   %w: tensor<1x6x4xf32>, %r: tensor<1x6x2xf32>, %b: tensor<1x8xf32>,
                   %x1: tensor<1x7x4xf32>, %h1: tensor<?x2x5xf32>, %len1: tensor<?xi32>,
                   %w1: tensor<2x5x4xf32>, %r1: tensor<2x5x5xf32>, %b1: tensor<2x5xf32>)
    -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %0:2 = ov.gru_sequence %x, %h, %len, %w, %r, %b {hidden_size = 2 : i64, direction = "reverse", linear_before_reset = true} : (tensor<?x7x4xf32>, tensor<?x1x2xf32>, tensor<3xi32>, tensor<1x6x4xf32>, tensor<1x6x2xf32>, tensor<1x8xf32>) -> (tensor<*xf32>, tensor<*xf32>)
  %1:2 = ov.rnn_sequence %x1, %h1, %len1, %w1, %r1, %b1 {hidden_size = 5 : i64, direction = "bidirectional"} : (tensor<1x7x4xf32>, tensor<?x2x5xf32>, tensor<?xi32>, tensor<2x5x4xf32>, tensor<2x5x5xf32>, tensor<2x5xf32>) -> (tensor<*xf32>, tensor<*xf32>)
  return %0#0, %0#1, %1#0, %1#1 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}
