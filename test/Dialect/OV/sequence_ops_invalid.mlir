// RUN: ov-opt %s -split-input-file -verify-diagnostics

func.func @hidden_size_zero(%x: tensor<2x5x3xf32>, %h: tensor<2x1x4xf32>, %c: tensor<2x1x4xf32>, %len: tensor<2xi32>, %w: tensor<1x16x3xf32>, %r: tensor<1x16x4xf32>, %b: tensor<1x16xf32>) {
  // expected-error @+2 {{hidden_size must be positive, got 0}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:3 = ov.lstm_sequence %x, %h, %c, %len, %w, %r, %b {hidden_size = 0 : i64, direction = "forward"} : (tensor<2x5x3xf32>, tensor<2x1x4xf32>, tensor<2x1x4xf32>, tensor<2xi32>, tensor<1x16x3xf32>, tensor<1x16x4xf32>, tensor<1x16xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>)
  return
}

// -----

func.func @x_rank(%x: tensor<2x5xf32>, %h: tensor<2x1x4xf32>, %c: tensor<2x1x4xf32>, %len: tensor<2xi32>, %w: tensor<1x16x3xf32>, %r: tensor<1x16x4xf32>, %b: tensor<1x16xf32>) {
  // expected-error @+2 {{X must have rank 3 ([batch_size, seq_length, input_size]), got rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:3 = ov.lstm_sequence %x, %h, %c, %len, %w, %r, %b {hidden_size = 4 : i64, direction = "forward"} : (tensor<2x5xf32>, tensor<2x1x4xf32>, tensor<2x1x4xf32>, tensor<2xi32>, tensor<1x16x3xf32>, tensor<1x16x4xf32>, tensor<1x16xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>)
  return
}

// -----

func.func @h_rank(%x: tensor<2x5x3xf32>, %h: tensor<2x4xf32>, %c: tensor<2x1x4xf32>, %len: tensor<2xi32>, %w: tensor<1x16x3xf32>, %r: tensor<1x16x4xf32>, %b: tensor<1x16xf32>) {
  // expected-error @+2 {{initial_hidden_state must have rank 3 ([batch_size, num_directions, hidden_size]), got rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:3 = ov.lstm_sequence %x, %h, %c, %len, %w, %r, %b {hidden_size = 4 : i64, direction = "forward"} : (tensor<2x5x3xf32>, tensor<2x4xf32>, tensor<2x1x4xf32>, tensor<2xi32>, tensor<1x16x3xf32>, tensor<1x16x4xf32>, tensor<1x16xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>)
  return
}

// -----

func.func @c_rank(%x: tensor<2x5x3xf32>, %h: tensor<2x1x4xf32>, %c: tensor<2x1x4x1xf32>, %len: tensor<2xi32>, %w: tensor<1x16x3xf32>, %r: tensor<1x16x4xf32>, %b: tensor<1x16xf32>) {
  // expected-error @+2 {{initial_cell_state must have rank 3 ([batch_size, num_directions, hidden_size]), got rank 4}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:3 = ov.lstm_sequence %x, %h, %c, %len, %w, %r, %b {hidden_size = 4 : i64, direction = "forward"} : (tensor<2x5x3xf32>, tensor<2x1x4xf32>, tensor<2x1x4x1xf32>, tensor<2xi32>, tensor<1x16x3xf32>, tensor<1x16x4xf32>, tensor<1x16xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>)
  return
}

// -----

func.func @len_rank(%x: tensor<2x5x3xf32>, %h: tensor<2x1x4xf32>, %c: tensor<2x1x4xf32>, %len: tensor<i32>, %w: tensor<1x16x3xf32>, %r: tensor<1x16x4xf32>, %b: tensor<1x16xf32>) {
  // expected-error @+2 {{sequence_lengths must have rank 1 ([batch_size]), got rank 0}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:3 = ov.lstm_sequence %x, %h, %c, %len, %w, %r, %b {hidden_size = 4 : i64, direction = "forward"} : (tensor<2x5x3xf32>, tensor<2x1x4xf32>, tensor<2x1x4xf32>, tensor<i32>, tensor<1x16x3xf32>, tensor<1x16x4xf32>, tensor<1x16xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>)
  return
}

// -----

func.func @w_rank(%x: tensor<2x5x3xf32>, %h: tensor<2x1x4xf32>, %c: tensor<2x1x4xf32>, %len: tensor<2xi32>, %w: tensor<16x3xf32>, %r: tensor<1x16x4xf32>, %b: tensor<1x16xf32>) {
  // expected-error @+2 {{W must have rank 3 ([num_directions, 4 * hidden_size, input_size]), got rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:3 = ov.lstm_sequence %x, %h, %c, %len, %w, %r, %b {hidden_size = 4 : i64, direction = "forward"} : (tensor<2x5x3xf32>, tensor<2x1x4xf32>, tensor<2x1x4xf32>, tensor<2xi32>, tensor<16x3xf32>, tensor<1x16x4xf32>, tensor<1x16xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>)
  return
}

// -----

func.func @r_rank(%x: tensor<2x5x3xf32>, %h: tensor<2x1x4xf32>, %c: tensor<2x1x4xf32>, %len: tensor<2xi32>, %w: tensor<1x16x3xf32>, %r: tensor<16x4xf32>, %b: tensor<1x16xf32>) {
  // expected-error @+2 {{R must have rank 3 ([num_directions, 4 * hidden_size, hidden_size]), got rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:3 = ov.lstm_sequence %x, %h, %c, %len, %w, %r, %b {hidden_size = 4 : i64, direction = "forward"} : (tensor<2x5x3xf32>, tensor<2x1x4xf32>, tensor<2x1x4xf32>, tensor<2xi32>, tensor<1x16x3xf32>, tensor<16x4xf32>, tensor<1x16xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>)
  return
}

// -----

func.func @b_rank(%x: tensor<2x5x3xf32>, %h: tensor<2x1x4xf32>, %c: tensor<2x1x4xf32>, %len: tensor<2xi32>, %w: tensor<1x16x3xf32>, %r: tensor<1x16x4xf32>, %b: tensor<16xf32>) {
  // expected-error @+2 {{B must have rank 2 ([num_directions, 4 * hidden_size]), got rank 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:3 = ov.lstm_sequence %x, %h, %c, %len, %w, %r, %b {hidden_size = 4 : i64, direction = "forward"} : (tensor<2x5x3xf32>, tensor<2x1x4xf32>, tensor<2x1x4xf32>, tensor<2xi32>, tensor<1x16x3xf32>, tensor<1x16x4xf32>, tensor<16xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>)
  return
}

// -----

func.func @gru_b_rank(%x: tensor<2x5x3xf32>, %h: tensor<2x1x4xf32>, %len: tensor<2xi32>, %w: tensor<1x12x3xf32>, %r: tensor<1x12x4xf32>, %b: tensor<1x16x1xf32>) {
  // expected-error @+2 {{B must have rank 2 ([num_directions, 4 * hidden_size]), got rank 3}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = ov.gru_sequence %x, %h, %len, %w, %r, %b {hidden_size = 4 : i64, direction = "forward", linear_before_reset = true} : (tensor<2x5x3xf32>, tensor<2x1x4xf32>, tensor<2xi32>, tensor<1x12x3xf32>, tensor<1x12x4xf32>, tensor<1x16x1xf32>) -> (tensor<*xf32>, tensor<*xf32>)
  return
}

// -----

func.func @rnn_w_rank(%x: tensor<2x5x3xf32>, %h: tensor<2x1x4xf32>, %len: tensor<2xi32>, %w: tensor<4xf32>, %r: tensor<1x4x4xf32>, %b: tensor<1x4xf32>) {
  // expected-error @+2 {{W must have rank 3 ([num_directions, hidden_size, input_size]), got rank 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = ov.rnn_sequence %x, %h, %len, %w, %r, %b {hidden_size = 4 : i64, direction = "forward"} : (tensor<2x5x3xf32>, tensor<2x1x4xf32>, tensor<2xi32>, tensor<4xf32>, tensor<1x4x4xf32>, tensor<1x4xf32>) -> (tensor<*xf32>, tensor<*xf32>)
  return
}

// -----

func.func @h_batch(%x: tensor<2x5x3xf32>, %h: tensor<3x1x4xf32>, %c: tensor<2x1x4xf32>, %len: tensor<2xi32>, %w: tensor<1x16x3xf32>, %r: tensor<1x16x4xf32>, %b: tensor<1x16xf32>) {
  // expected-error @+2 {{initial_hidden_state dimension 0 (batch_size) is 3, expected 2 (X's batch_size)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:3 = ov.lstm_sequence %x, %h, %c, %len, %w, %r, %b {hidden_size = 4 : i64, direction = "forward"} : (tensor<2x5x3xf32>, tensor<3x1x4xf32>, tensor<2x1x4xf32>, tensor<2xi32>, tensor<1x16x3xf32>, tensor<1x16x4xf32>, tensor<1x16xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>)
  return
}

// -----

func.func @c_batch_from_h(%x: tensor<?x5x3xf32>, %h: tensor<2x1x4xf32>, %c: tensor<3x1x4xf32>, %len: tensor<2xi32>, %w: tensor<1x16x3xf32>, %r: tensor<1x16x4xf32>, %b: tensor<1x16xf32>) {
  // expected-error @+2 {{initial_cell_state dimension 0 (batch_size) is 3, expected 2 (initial_hidden_state's batch_size)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:3 = ov.lstm_sequence %x, %h, %c, %len, %w, %r, %b {hidden_size = 4 : i64, direction = "forward"} : (tensor<?x5x3xf32>, tensor<2x1x4xf32>, tensor<3x1x4xf32>, tensor<2xi32>, tensor<1x16x3xf32>, tensor<1x16x4xf32>, tensor<1x16xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>)
  return
}

// -----

func.func @len_batch(%x: tensor<2x5x3xf32>, %h: tensor<2x1x4xf32>, %len: tensor<4xi64>, %w: tensor<1x12x3xf32>, %r: tensor<1x12x4xf32>, %b: tensor<1x12xf32>) {
  // expected-error @+2 {{sequence_lengths dimension 0 (batch_size) is 4, expected 2 (X's batch_size)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = ov.gru_sequence %x, %h, %len, %w, %r, %b {hidden_size = 4 : i64, direction = "forward"} : (tensor<2x5x3xf32>, tensor<2x1x4xf32>, tensor<4xi64>, tensor<1x12x3xf32>, tensor<1x12x4xf32>, tensor<1x12xf32>) -> (tensor<*xf32>, tensor<*xf32>)
  return
}

// -----

func.func @w_input_size(%x: tensor<2x5x3xf32>, %h: tensor<2x1x4xf32>, %c: tensor<2x1x4xf32>, %len: tensor<2xi32>, %w: tensor<1x16x5xf32>, %r: tensor<1x16x4xf32>, %b: tensor<1x16xf32>) {
  // expected-error @+2 {{W dimension 2 (input_size) is 5, expected 3 (X's input_size)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:3 = ov.lstm_sequence %x, %h, %c, %len, %w, %r, %b {hidden_size = 4 : i64, direction = "forward"} : (tensor<2x5x3xf32>, tensor<2x1x4xf32>, tensor<2x1x4xf32>, tensor<2xi32>, tensor<1x16x5xf32>, tensor<1x16x4xf32>, tensor<1x16xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>)
  return
}

// -----

func.func @h_directions(%x: tensor<2x5x3xf32>, %h: tensor<2x2x4xf32>, %c: tensor<2x1x4xf32>, %len: tensor<2xi32>, %w: tensor<1x16x3xf32>, %r: tensor<1x16x4xf32>, %b: tensor<1x16xf32>) {
  // expected-error @+2 {{initial_hidden_state dimension 1 (num_directions) is 2, expected 1 (direction forward or reverse)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:3 = ov.lstm_sequence %x, %h, %c, %len, %w, %r, %b {hidden_size = 4 : i64, direction = "forward"} : (tensor<2x5x3xf32>, tensor<2x2x4xf32>, tensor<2x1x4xf32>, tensor<2xi32>, tensor<1x16x3xf32>, tensor<1x16x4xf32>, tensor<1x16xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>)
  return
}

// -----

func.func @w_directions(%x: tensor<2x5x3xf32>, %h: tensor<2x2x4xf32>, %c: tensor<2x2x4xf32>, %len: tensor<2xi32>, %w: tensor<1x16x3xf32>, %r: tensor<1x16x4xf32>, %b: tensor<1x16xf32>) {
  // expected-error @+2 {{W dimension 0 (num_directions) is 1, expected 2 (direction bidirectional)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:3 = ov.lstm_sequence %x, %h, %c, %len, %w, %r, %b {hidden_size = 4 : i64, direction = "bidirectional"} : (tensor<2x5x3xf32>, tensor<2x2x4xf32>, tensor<2x2x4xf32>, tensor<2xi32>, tensor<1x16x3xf32>, tensor<1x16x4xf32>, tensor<1x16xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>)
  return
}

// -----

func.func @rnn_b_directions(%x: tensor<2x5x3xf32>, %h: tensor<2x1x4xf32>, %len: tensor<2xi32>, %w: tensor<1x4x3xf32>, %r: tensor<1x4x4xf32>, %b: tensor<2x4xf32>) {
  // expected-error @+2 {{B dimension 0 (num_directions) is 2, expected 1 (direction forward or reverse)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = ov.rnn_sequence %x, %h, %len, %w, %r, %b {hidden_size = 4 : i64, direction = "reverse"} : (tensor<2x5x3xf32>, tensor<2x1x4xf32>, tensor<2xi32>, tensor<1x4x3xf32>, tensor<1x4x4xf32>, tensor<2x4xf32>) -> (tensor<*xf32>, tensor<*xf32>)
  return
}

// -----

func.func @c_hidden(%x: tensor<2x5x3xf32>, %h: tensor<2x1x4xf32>, %c: tensor<2x1x5xf32>, %len: tensor<2xi32>, %w: tensor<1x16x3xf32>, %r: tensor<1x16x4xf32>, %b: tensor<1x16xf32>) {
  // expected-error @+2 {{initial_cell_state dimension 2 (hidden_size) is 5, expected 4 (the hidden_size attribute)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:3 = ov.lstm_sequence %x, %h, %c, %len, %w, %r, %b {hidden_size = 4 : i64, direction = "forward"} : (tensor<2x5x3xf32>, tensor<2x1x4xf32>, tensor<2x1x5xf32>, tensor<2xi32>, tensor<1x16x3xf32>, tensor<1x16x4xf32>, tensor<1x16xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>)
  return
}

// -----

func.func @r_hidden(%x: tensor<2x5x3xf32>, %h: tensor<2x1x4xf32>, %len: tensor<2xi32>, %w: tensor<1x12x3xf32>, %r: tensor<1x12x3xf32>, %b: tensor<1x12xf32>) {
  // expected-error @+2 {{R dimension 2 (hidden_size) is 3, expected 4 (the hidden_size attribute)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = ov.gru_sequence %x, %h, %len, %w, %r, %b {hidden_size = 4 : i64, direction = "forward"} : (tensor<2x5x3xf32>, tensor<2x1x4xf32>, tensor<2xi32>, tensor<1x12x3xf32>, tensor<1x12x3xf32>, tensor<1x12xf32>) -> (tensor<*xf32>, tensor<*xf32>)
  return
}

// -----

func.func @w_gates(%x: tensor<2x5x3xf32>, %h: tensor<2x1x4xf32>, %c: tensor<2x1x4xf32>, %len: tensor<2xi32>, %w: tensor<1x12x3xf32>, %r: tensor<1x16x4xf32>, %b: tensor<1x16xf32>) {
  // expected-error @+2 {{W dimension 1 (4 * hidden_size) is 12, expected 16 (hidden_size = 4)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:3 = ov.lstm_sequence %x, %h, %c, %len, %w, %r, %b {hidden_size = 4 : i64, direction = "forward"} : (tensor<2x5x3xf32>, tensor<2x1x4xf32>, tensor<2x1x4xf32>, tensor<2xi32>, tensor<1x12x3xf32>, tensor<1x16x4xf32>, tensor<1x16xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>)
  return
}

// -----

func.func @gru_r_gates(%x: tensor<2x5x3xf32>, %h: tensor<2x1x4xf32>, %len: tensor<2xi32>, %w: tensor<1x12x3xf32>, %r: tensor<1x16x4xf32>, %b: tensor<1x12xf32>) {
  // expected-error @+2 {{R dimension 1 (3 * hidden_size) is 16, expected 12 (hidden_size = 4)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = ov.gru_sequence %x, %h, %len, %w, %r, %b {hidden_size = 4 : i64, direction = "forward"} : (tensor<2x5x3xf32>, tensor<2x1x4xf32>, tensor<2xi32>, tensor<1x12x3xf32>, tensor<1x16x4xf32>, tensor<1x12xf32>) -> (tensor<*xf32>, tensor<*xf32>)
  return
}

// -----

func.func @gru_b_linear_before_reset(%x: tensor<2x5x3xf32>, %h: tensor<2x1x4xf32>, %len: tensor<2xi32>, %w: tensor<1x12x3xf32>, %r: tensor<1x12x4xf32>, %b: tensor<1x12xf32>) {
  // expected-error @+2 {{B dimension 1 (4 * hidden_size) is 12, expected 16 (hidden_size = 4)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = ov.gru_sequence %x, %h, %len, %w, %r, %b {hidden_size = 4 : i64, direction = "forward", linear_before_reset = true} : (tensor<2x5x3xf32>, tensor<2x1x4xf32>, tensor<2xi32>, tensor<1x12x3xf32>, tensor<1x12x4xf32>, tensor<1x12xf32>) -> (tensor<*xf32>, tensor<*xf32>)
  return
}

// -----

func.func @rnn_b_gates(%x: tensor<2x5x3xf32>, %h: tensor<2x1x4xf32>, %len: tensor<2xi32>, %w: tensor<1x4x3xf32>, %r: tensor<1x4x4xf32>, %b: tensor<1x8xf32>) {
  // expected-error @+2 {{B dimension 1 (hidden_size) is 8, expected 4 (hidden_size = 4)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = ov.rnn_sequence %x, %h, %len, %w, %r, %b {hidden_size = 4 : i64, direction = "forward"} : (tensor<2x5x3xf32>, tensor<2x1x4xf32>, tensor<2xi32>, tensor<1x4x3xf32>, tensor<1x4x4xf32>, tensor<1x8xf32>) -> (tensor<*xf32>, tensor<*xf32>)
  return
}

// -----

func.func @w_element_type(%x: tensor<2x5x3xf32>, %h: tensor<2x1x4xf32>, %c: tensor<2x1x4xf32>, %len: tensor<2xi32>, %w: tensor<1x16x3xf16>, %r: tensor<1x16x4xf32>, %b: tensor<1x16xf32>) {
  // expected-error @+2 {{W must have X's element type f32, got f16}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:3 = ov.lstm_sequence %x, %h, %c, %len, %w, %r, %b {hidden_size = 4 : i64, direction = "forward"} : (tensor<2x5x3xf32>, tensor<2x1x4xf32>, tensor<2x1x4xf32>, tensor<2xi32>, tensor<1x16x3xf16>, tensor<1x16x4xf32>, tensor<1x16xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>)
  return
}

// -----

func.func @h_element_type(%x: tensor<2x5x3xf16>, %h: tensor<2x1x4xf32>, %len: tensor<2xi32>, %w: tensor<1x12x3xf16>, %r: tensor<1x12x4xf16>, %b: tensor<1x12xf16>) {
  // expected-error @+2 {{initial_hidden_state must have X's element type f16, got f32}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = ov.gru_sequence %x, %h, %len, %w, %r, %b {hidden_size = 4 : i64, direction = "forward"} : (tensor<2x5x3xf16>, tensor<2x1x4xf32>, tensor<2xi32>, tensor<1x12x3xf16>, tensor<1x12x4xf16>, tensor<1x12xf16>) -> (tensor<*xf16>, tensor<*xf16>)
  return
}

// -----

func.func @direction(%x: tensor<2x5x3xf32>, %h: tensor<2x1x4xf32>, %c: tensor<2x1x4xf32>, %len: tensor<2xi32>, %w: tensor<1x16x3xf32>, %r: tensor<1x16x4xf32>, %b: tensor<1x16xf32>) {
  // expected-error @+1 {{attribute 'direction' failed to satisfy constraint: string attribute whose value is forward, reverse or bidirectional}}
  %0:3 = ov.lstm_sequence %x, %h, %c, %len, %w, %r, %b {hidden_size = 4 : i64, direction = "sideways"} : (tensor<2x5x3xf32>, tensor<2x1x4xf32>, tensor<2x1x4xf32>, tensor<2xi32>, tensor<1x16x3xf32>, tensor<1x16x4xf32>, tensor<1x16xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>)
  return
}

// -----

func.func @len_float(%x: tensor<2x5x3xf32>, %h: tensor<2x1x4xf32>, %c: tensor<2x1x4xf32>, %len: tensor<2xf32>, %w: tensor<1x16x3xf32>, %r: tensor<1x16x4xf32>, %b: tensor<1x16xf32>) {
  // expected-error @+1 {{operand #3 must be tensor of integer values, but got 'tensor<2xf32>'}}
  %0:3 = ov.lstm_sequence %x, %h, %c, %len, %w, %r, %b {hidden_size = 4 : i64, direction = "forward"} : (tensor<2x5x3xf32>, tensor<2x1x4xf32>, tensor<2x1x4xf32>, tensor<2xf32>, tensor<1x16x3xf32>, tensor<1x16x4xf32>, tensor<1x16xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>)
  return
}

// -----

func.func @lstm_activation_count(%x: tensor<2x5x3xf32>, %h: tensor<2x1x4xf32>, %c: tensor<2x1x4xf32>, %len: tensor<2xi32>, %w: tensor<1x16x3xf32>, %r: tensor<1x16x4xf32>, %b: tensor<1x16xf32>) {
  // expected-error @+1 {{'ov.lstm_sequence' op activations must have 3 entries (f, g, h), got 2}}
  %0:3 = ov.lstm_sequence %x, %h, %c, %len, %w, %r, %b {hidden_size = 4 : i64, direction = "forward", activations = ["sigmoid", "tanh"]} : (tensor<2x5x3xf32>, tensor<2x1x4xf32>, tensor<2x1x4xf32>, tensor<2xi32>, tensor<1x16x3xf32>, tensor<1x16x4xf32>, tensor<1x16xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>)
  return
}

// -----

func.func @gru_activation_count(%x: tensor<2x5x3xf32>, %h: tensor<2x1x4xf32>, %len: tensor<2xi32>, %w: tensor<1x12x3xf32>, %r: tensor<1x12x4xf32>, %b: tensor<1x12xf32>) {
  // expected-error @+1 {{'ov.gru_sequence' op activations must have 2 entries (f, g), got 3}}
  %0:2 = ov.gru_sequence %x, %h, %len, %w, %r, %b {hidden_size = 4 : i64, direction = "forward", activations = ["sigmoid", "tanh", "tanh"]} : (tensor<2x5x3xf32>, tensor<2x1x4xf32>, tensor<2xi32>, tensor<1x12x3xf32>, tensor<1x12x4xf32>, tensor<1x12xf32>) -> (tensor<*xf32>, tensor<*xf32>)
  return
}

// -----

func.func @rnn_activation_count(%x: tensor<2x5x3xf32>, %h: tensor<2x1x4xf32>, %len: tensor<2xi32>, %w: tensor<1x4x3xf32>, %r: tensor<1x4x4xf32>, %b: tensor<1x4xf32>) {
  // expected-error @+1 {{'ov.rnn_sequence' op activations must have 1 entries (f), got 0}}
  %0:2 = ov.rnn_sequence %x, %h, %len, %w, %r, %b {hidden_size = 4 : i64, direction = "forward", activations = []} : (tensor<2x5x3xf32>, tensor<2x1x4xf32>, tensor<2xi32>, tensor<1x4x3xf32>, tensor<1x4x4xf32>, tensor<1x4xf32>) -> (tensor<*xf32>, tensor<*xf32>)
  return
}

// -----

func.func @activation_name(%x: tensor<2x5x3xf32>, %h: tensor<2x1x4xf32>, %c: tensor<2x1x4xf32>, %len: tensor<2xi32>, %w: tensor<1x16x3xf32>, %r: tensor<1x16x4xf32>, %b: tensor<1x16xf32>) {
  // expected-error @+1 {{'ov.lstm_sequence' op activations[1] is 'elu', expected relu, sigmoid or tanh}}
  %0:3 = ov.lstm_sequence %x, %h, %c, %len, %w, %r, %b {hidden_size = 4 : i64, direction = "forward", activations = ["sigmoid", "elu", "tanh"]} : (tensor<2x5x3xf32>, tensor<2x1x4xf32>, tensor<2x1x4xf32>, tensor<2xi32>, tensor<1x16x3xf32>, tensor<1x16x4xf32>, tensor<1x16xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>)
  return
}

// -----

func.func @clip_negative(%x: tensor<2x5x3xf32>, %h: tensor<2x1x4xf32>, %len: tensor<2xi32>, %w: tensor<1x12x3xf32>, %r: tensor<1x12x4xf32>, %b: tensor<1x12xf32>) {
  // expected-error @+1 {{'ov.gru_sequence' op clip must be non-negative, got -1}}
  %0:2 = ov.gru_sequence %x, %h, %len, %w, %r, %b {hidden_size = 4 : i64, direction = "forward", clip = -1.0 : f64} : (tensor<2x5x3xf32>, tensor<2x1x4xf32>, tensor<2xi32>, tensor<1x12x3xf32>, tensor<1x12x4xf32>, tensor<1x12xf32>) -> (tensor<*xf32>, tensor<*xf32>)
  return
}
