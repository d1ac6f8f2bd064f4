// The IR forms of the recurrent sequences: layer type, version and <data>
// attributes in OpenVINO's serializer order (direction, GRU's
// linear_before_reset, then hidden_size, activations, activations_alpha,
// activations_beta, clip), with the defaults it writes; lists are joined
// with ", " as OpenVINO's serializer joins them.
// RUN: ov-translate --export-ov-ir %s -o %t.xml
// RUN: FileCheck %s < %t.xml
// Export -> import -> export is byte-identical.
// RUN: ov-translate --import-ov-ir %t.xml -o %t.mlir
// RUN: ov-translate --export-ov-ir %t.mlir -o %t.2.xml
// RUN: cmp %t.xml %t.2.xml
// RUN: cmp %t.bin %t.2.bin
// The imported ops keep their attributes.
// RUN: FileCheck %s --check-prefix=MLIR < %t.mlir
// Lists written without spaces (as other tools write them) read the same.
// RUN: sed -e 's/"relu, tanh"/"relu,tanh"/' -e 's/"0.1, 2.5"/"0.1,2.5"/' %t.xml > %t.3.xml
// RUN: cp %t.bin %t.3.bin
// RUN: ov-translate --import-ov-ir %t.3.xml -o %t.3.mlir
// RUN: FileCheck %s --check-prefix=MLIR < %t.3.mlir

func.func @sequences(%x: tensor<2x5x3xf32> {ov.name = "x"}, %h: tensor<2x1x4xf32> {ov.name = "h"},
                     %c: tensor<2x1x4xf32> {ov.name = "c"}, %h2: tensor<2x2x4xf32> {ov.name = "h2"},
                     %w: tensor<1x16x3xf32> {ov.name = "w"}, %r: tensor<1x16x4xf32> {ov.name = "r"},
                     %b: tensor<1x16xf32> {ov.name = "b"}, %gw: tensor<2x12x3xf32> {ov.name = "gw"},
                     %gr: tensor<2x12x4xf32> {ov.name = "gr"}, %gb: tensor<2x16xf32> {ov.name = "gb"},
                     %rw: tensor<1x4x3xf32> {ov.name = "rw"}, %rr: tensor<1x4x4xf32> {ov.name = "rr"},
                     %rb: tensor<1x4xf32> {ov.name = "rb"})
    -> (tensor<2x1x5x4xf32>, tensor<2x1x4xf32>, tensor<2x1x4xf32>, tensor<2x2x5x4xf32>, tensor<2x2x4xf32>,
        tensor<2x1x5x4xf32>, tensor<2x1x4xf32>) {
  %len = ov.constant dense<5> : tensor<2xi32> loc("len")
  %l:3 = ov.lstm_sequence %x, %h, %c, %len, %w, %r, %b {hidden_size = 4 : i64, direction = "forward"} : (tensor<2x5x3xf32>, tensor<2x1x4xf32>, tensor<2x1x4xf32>, tensor<2xi32>, tensor<1x16x3xf32>, tensor<1x16x4xf32>, tensor<1x16xf32>) -> (tensor<2x1x5x4xf32>, tensor<2x1x4xf32>, tensor<2x1x4xf32>) loc("lstm")
  %g:2 = ov.gru_sequence %x, %h2, %len, %gw, %gr, %gb {hidden_size = 4 : i64, direction = "bidirectional", linear_before_reset = true, activations = ["relu", "tanh"], activations_alpha = array<f32: 0.1, 2.5>, activations_beta = array<f32: 1.0e-5>, clip = 0.5 : f64} : (tensor<2x5x3xf32>, tensor<2x2x4xf32>, tensor<2xi32>, tensor<2x12x3xf32>, tensor<2x12x4xf32>, tensor<2x16xf32>) -> (tensor<2x2x5x4xf32>, tensor<2x2x4xf32>) loc("gru")
  %s:2 = ov.rnn_sequence %x, %h, %len, %rw, %rr, %rb {hidden_size = 4 : i64, direction = "reverse", activations = ["sigmoid"]} : (tensor<2x5x3xf32>, tensor<2x1x4xf32>, tensor<2xi32>, tensor<1x4x3xf32>, tensor<1x4x4xf32>, tensor<1x4xf32>) -> (tensor<2x1x5x4xf32>, tensor<2x1x4xf32>) loc("rnn")
  return %l#0, %l#1, %l#2, %g#0, %g#1, %s#0, %s#1 : tensor<2x1x5x4xf32>, tensor<2x1x4xf32>, tensor<2x1x4xf32>, tensor<2x2x5x4xf32>, tensor<2x2x4xf32>, tensor<2x1x5x4xf32>, tensor<2x1x4xf32>
}

// CHECK:      name="lstm" type="LSTMSequence" version="opset5">
// CHECK-NEXT: <data direction="forward" hidden_size="4" activations="sigmoid, tanh, tanh" activations_alpha="" activations_beta="" clip="0" />
// CHECK-NEXT: <input>
// CHECK:      <port id="7" precision="FP32">
// CHECK-NEXT: <dim>2</dim>
// CHECK-NEXT: <dim>1</dim>
// CHECK-NEXT: <dim>5</dim>
// CHECK-NEXT: <dim>4</dim>
// CHECK:      name="gru" type="GRUSequence" version="opset5">
// CHECK-NEXT: <data direction="bidirectional" linear_before_reset="true" hidden_size="4" activations="relu, tanh" activations_alpha="0.1, 2.5" activations_beta="1e-05" clip="0.5" />
// CHECK:      name="rnn" type="RNNSequence" version="opset5">
// CHECK-NEXT: <data direction="reverse" hidden_size="4" activations="sigmoid" activations_alpha="" activations_beta="" clip="0" />

// MLIR: ov.lstm_sequence {{.*}}direction = "forward", hidden_size = 4 : i64
// MLIR: ov.gru_sequence {{.*}}{activations = ["relu", "tanh"], activations_alpha = array<f32: 1.000000e-01, 2.500000e+00>, activations_beta = array<f32: 9.99999974E-6>, clip = 5.000000e-01 : f64, direction = "bidirectional", hidden_size = 4 : i64, linear_before_reset = true
// MLIR: ov.rnn_sequence {{.*}}{activations = ["sigmoid"], {{.*}}direction = "reverse", hidden_size = 4 : i64
