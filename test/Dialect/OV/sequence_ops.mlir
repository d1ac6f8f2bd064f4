// RUN: ov-opt %s | ov-opt | FileCheck %s
// Parse/print round trip of the recurrent sequence ops and their attributes.

// CHECK-LABEL: func @lstm_sequence
func.func @lstm_sequence(%x: tensor<2x5x3xf32>, %h: tensor<2x1x4xf32>, %c: tensor<2x1x4xf32>,
                         %len: tensor<2xi32>, %w: tensor<1x16x3xf32>, %r: tensor<1x16x4xf32>,
                         %b: tensor<1x16xf32>)
    -> (tensor<2x1x5x4xf32>, tensor<2x1x4xf32>, tensor<2x1x4xf32>) {
  // Default activations, alphas, betas and clip are not printed.
  // CHECK: %[[Y:.*]], %[[HO:.*]], %[[CO:.*]] = ov.lstm_sequence %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} {direction = "forward", hidden_size = 4 : i64} : (tensor<2x5x3xf32>, tensor<2x1x4xf32>, tensor<2x1x4xf32>, tensor<2xi32>, tensor<1x16x3xf32>, tensor<1x16x4xf32>, tensor<1x16xf32>) -> (tensor<2x1x5x4xf32>, tensor<2x1x4xf32>, tensor<2x1x4xf32>)
  %0:3 = ov.lstm_sequence %x, %h, %c, %len, %w, %r, %b {hidden_size = 4 : i64, direction = "forward"} : (tensor<2x5x3xf32>, tensor<2x1x4xf32>, tensor<2x1x4xf32>, tensor<2xi32>, tensor<1x16x3xf32>, tensor<1x16x4xf32>, tensor<1x16xf32>) -> (tensor<2x1x5x4xf32>, tensor<2x1x4xf32>, tensor<2x1x4xf32>)
  // The results are named after OpenVINO's output ports.
  // CHECK: return %[[Y]], %[[HO]], %[[CO]]
  return %0#0, %0#1, %0#2 : tensor<2x1x5x4xf32>, tensor<2x1x4xf32>, tensor<2x1x4xf32>
}

// CHECK-LABEL: func @lstm_sequence_attrs
func.func @lstm_sequence_attrs(%x: tensor<?x?x3xf16>, %h: tensor<?x2x4xf16>, %c: tensor<?x2x4xf16>,
                               %len: tensor<?xi64>, %w: tensor<2x16x3xf16>, %r: tensor<2x16x4xf16>,
                               %b: tensor<2x16xf16>)
    -> (tensor<?x2x?x4xf16>, tensor<?x2x4xf16>, tensor<?x2x4xf16>) {
  // CHECK: ov.lstm_sequence {{.*}} {activations = ["relu", "sigmoid", "tanh"], activations_alpha = array<f32: 5.000000e-01, 1.000000e+00>, activations_beta = array<f32: 2.000000e+00>, clip = 3.500000e+00 : f64, direction = "bidirectional", hidden_size = 4 : i64} : (tensor<?x?x3xf16>, tensor<?x2x4xf16>, tensor<?x2x4xf16>, tensor<?xi64>, tensor<2x16x3xf16>, tensor<2x16x4xf16>, tensor<2x16xf16>) -> (tensor<?x2x?x4xf16>, tensor<?x2x4xf16>, tensor<?x2x4xf16>)
  %0:3 = ov.lstm_sequence %x, %h, %c, %len, %w, %r, %b {hidden_size = 4 : i64, direction = "bidirectional", activations = ["relu", "sigmoid", "tanh"], activations_alpha = array<f32: 0.5, 1.0>, activations_beta = array<f32: 2.0>, clip = 3.5 : f64} : (tensor<?x?x3xf16>, tensor<?x2x4xf16>, tensor<?x2x4xf16>, tensor<?xi64>, tensor<2x16x3xf16>, tensor<2x16x4xf16>, tensor<2x16xf16>) -> (tensor<?x2x?x4xf16>, tensor<?x2x4xf16>, tensor<?x2x4xf16>)
  return %0#0, %0#1, %0#2 : tensor<?x2x?x4xf16>, tensor<?x2x4xf16>, tensor<?x2x4xf16>
}

// CHECK-LABEL: func @gru_sequence
func.func @gru_sequence(%x: tensor<2x5x3xf32>, %h: tensor<2x1x4xf32>, %len: tensor<2xi32>,
                        %w: tensor<1x12x3xf32>, %r: tensor<1x12x4xf32>, %b: tensor<1x12xf32>,
                        %b4: tensor<1x16xf32>)
    -> (tensor<2x1x5x4xf32>, tensor<2x1x4xf32>, tensor<2x1x5x4xf32>, tensor<2x1x4xf32>) {
  // CHECK: %{{.*}}, %{{.*}} = ov.gru_sequence %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} {direction = "reverse", hidden_size = 4 : i64} : (tensor<2x5x3xf32>, tensor<2x1x4xf32>, tensor<2xi32>, tensor<1x12x3xf32>, tensor<1x12x4xf32>, tensor<1x12xf32>) -> (tensor<2x1x5x4xf32>, tensor<2x1x4xf32>)
  %0:2 = ov.gru_sequence %x, %h, %len, %w, %r, %b {hidden_size = 4 : i64, direction = "reverse", linear_before_reset = false} : (tensor<2x5x3xf32>, tensor<2x1x4xf32>, tensor<2xi32>, tensor<1x12x3xf32>, tensor<1x12x4xf32>, tensor<1x12xf32>) -> (tensor<2x1x5x4xf32>, tensor<2x1x4xf32>)
  // linear_before_reset: B holds 4 * hidden_size values per direction.
  // An empty activations_beta is the default: not printed.
  // CHECK: ov.gru_sequence {{.*}} {activations = ["tanh", "relu"], activations_alpha = array<f32: 1.000000e-01>, clip = 1.000000e+00 : f64, direction = "forward", hidden_size = 4 : i64, linear_before_reset = true} : (tensor<2x5x3xf32>, tensor<2x1x4xf32>, tensor<2xi32>, tensor<1x12x3xf32>, tensor<1x12x4xf32>, tensor<1x16xf32>) -> (tensor<2x1x5x4xf32>, tensor<2x1x4xf32>)
  %1:2 = ov.gru_sequence %x, %h, %len, %w, %r, %b4 {hidden_size = 4 : i64, direction = "forward", linear_before_reset = true, activations = ["tanh", "relu"], activations_alpha = array<f32: 0.1>, activations_beta = array<f32>, clip = 1.0 : f64} : (tensor<2x5x3xf32>, tensor<2x1x4xf32>, tensor<2xi32>, tensor<1x12x3xf32>, tensor<1x12x4xf32>, tensor<1x16xf32>) -> (tensor<2x1x5x4xf32>, tensor<2x1x4xf32>)
  return %0#0, %0#1, %1#0, %1#1 : tensor<2x1x5x4xf32>, tensor<2x1x4xf32>, tensor<2x1x5x4xf32>, tensor<2x1x4xf32>
}

// CHECK-LABEL: func @rnn_sequence
func.func @rnn_sequence(%x: tensor<*xf32>, %h: tensor<3x2x4xf32>, %len: tensor<3xi32>,
                        %w: tensor<2x4x7xf32>, %r: tensor<2x4x4xf32>, %b: tensor<2x4xf32>)
    -> (tensor<3x2x?x4xf32>, tensor<3x2x4xf32>) {
  // CHECK: %{{.*}}, %{{.*}} = ov.rnn_sequence %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} {direction = "bidirectional", hidden_size = 4 : i64} : (tensor<*xf32>, tensor<3x2x4xf32>, tensor<3xi32>, tensor<2x4x7xf32>, tensor<2x4x4xf32>, tensor<2x4xf32>) -> (tensor<3x2x?x4xf32>, tensor<3x2x4xf32>)
  %0:2 = ov.rnn_sequence %x, %h, %len, %w, %r, %b {hidden_size = 4 : i64, direction = "bidirectional", activations = ["tanh"]} : (tensor<*xf32>, tensor<3x2x4xf32>, tensor<3xi32>, tensor<2x4x7xf32>, tensor<2x4x4xf32>, tensor<2x4xf32>) -> (tensor<3x2x?x4xf32>, tensor<3x2x4xf32>)
  // CHECK: ov.rnn_sequence {{.*}} {activations = ["sigmoid"], direction = "bidirectional", hidden_size = 4 : i64}
  %1:2 = ov.rnn_sequence %x, %h, %len, %w, %r, %b {hidden_size = 4 : i64, direction = "bidirectional", activations = ["sigmoid"]} : (tensor<*xf32>, tensor<3x2x4xf32>, tensor<3xi32>, tensor<2x4x7xf32>, tensor<2x4x4xf32>, tensor<2x4xf32>) -> (tensor<3x2x?x4xf32>, tensor<3x2x4xf32>)
  return %0#0, %0#1 : tensor<3x2x?x4xf32>, tensor<3x2x4xf32>
}
