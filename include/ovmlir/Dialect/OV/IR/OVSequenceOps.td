//===- OVSequenceOps.td - OV recurrent sequence ops --------*- tablegen -*-===//
//
// LSTMSequence-5, GRUSequence-5 and RNNSequence-5: a recurrent cell applied
// over the time steps of a batch-major sequence, in one or both directions.
// Shape functions are in SequenceShapes.h.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_DIALECT_OV_IR_OVSEQUENCEOPS_TD
#define OVMLIR_DIALECT_OV_IR_OVSEQUENCEOPS_TD

include "ovmlir/Dialect/OV/IR/OVAttrs.td"

//===----------------------------------------------------------------------===//
// Attributes of this family
//===----------------------------------------------------------------------===//

// The direction of a sequence op ("forward", "reverse" or "bidirectional",
// OpenVINO's spellings). A string attribute rather than an EnumAttr: dialect
// attributes are generated and registered from OVAttrs.td only, and this
// family keeps to its own files.
def OV_SequenceDirectionAttr : ConfinedAttr<StrAttr, [AttrConstraint<
    CPred<[{::llvm::cast<::mlir::StringAttr>($_self).getValue() == "forward" ||
            ::llvm::cast<::mlir::StringAttr>($_self).getValue() == "reverse" ||
            ::llvm::cast<::mlir::StringAttr>($_self).getValue() ==
                "bidirectional"}]>,
    "whose value is forward, reverse or bidirectional">]>;

// The operands every sequence op has, in OpenVINO's input order, minus the
// cell state of LSTMSequence (inserted by that op).
class OV_SequenceDescription<string cell, string gates, string activations,
                             string extra> {
  string text = [{
    Applies the }] # cell # [{ cell over the `seq_length` steps of `X`
    ([batch_size, seq_length, input_size]) starting from
    `initial_hidden_state` ([batch_size, num_directions, hidden_size]).
    `sequence_lengths` ([batch_size], integer) holds the number of valid
    steps of each batch item. `W` is [num_directions, }] # gates # [{ *
    hidden_size, input_size], `R` [num_directions, }] # gates # [{ *
    hidden_size, hidden_size] and `B` [num_directions, }] # gates # [{ *
    hidden_size]; their gates are stacked in OpenVINO's order.
    `num_directions` is 2 for `direction` bidirectional and 1 for forward or
    reverse. `activations` names the }] # activations # [{; each is
    relu, sigmoid or tanh, and `activations_alpha` / `activations_beta`
    hold their optional parameters; a non-zero `clip` clips the cell
    inputs to [-clip, clip].
    `Y` is [batch_size, num_directions, seq_length, hidden_size], the last
    hidden state `Ho` [batch_size, num_directions, hidden_size].
  }] # extra;
}

//===----------------------------------------------------------------------===//
// LSTMSequence
//===----------------------------------------------------------------------===//

def OV_LSTMSequenceOp : OV_InferOp<"lstm_sequence"> {
  let summary = "OpenVINO LSTMSequence-5";
  let description = OV_SequenceDescription<"LSTM", "4",
      "functions f, g and h (default sigmoid, tanh, tanh)", [{
    The gate order is f, i, c, o. `initial_cell_state` and the last cell
    state `Co` have the shape of the hidden states.
  }]>.text;
  // The default-valued attributes come before the required ones: ODS would
  // otherwise give the builders default arguments that need a builder.
  let arguments = (ins OV_FloatTensor:$X,
                       OV_FloatTensor:$initial_hidden_state,
                       OV_FloatTensor:$initial_cell_state,
                       OV_IntTensor:$sequence_lengths,
                       OV_FloatTensor:$W, OV_FloatTensor:$R,
                       OV_FloatTensor:$B,
                       DefaultValuedAttr<StrArrayAttr,
                         "{\"sigmoid\", \"tanh\", \"tanh\"}">:$activations,
                       DefaultValuedAttr<DenseF32ArrayAttr,
                         "{}">:$activations_alpha,
                       DefaultValuedAttr<DenseF32ArrayAttr,
                         "{}">:$activations_beta,
                       DefaultValuedAttr<F64Attr, "0.0">:$clip,
                       I64Attr:$hidden_size,
                       OV_SequenceDirectionAttr:$direction);
  let results = (outs OV_FloatTensor:$Y, OV_FloatTensor:$Ho,
                      OV_FloatTensor:$Co);
  let assemblyFormat = [{
    $X `,` $initial_hidden_state `,` $initial_cell_state `,`
    $sequence_lengths `,` $W `,` $R `,` $B attr-dict `:`
    functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// GRUSequence
//===----------------------------------------------------------------------===//

def OV_GRUSequenceOp : OV_InferOp<"gru_sequence"> {
  let summary = "OpenVINO GRUSequence-5";
  let description = OV_SequenceDescription<"GRU", "3",
      "functions f and g (default sigmoid, tanh)", [{
    The gate order is z, r, h. With `linear_before_reset` the reset gate
    applies after the recurrent linear transformation, and `B` holds a
    fourth block, the recurrent bias of the h gate: [num_directions, 4 *
    hidden_size].
  }]>.text;
  let arguments = (ins OV_FloatTensor:$X,
                       OV_FloatTensor:$initial_hidden_state,
                       OV_IntTensor:$sequence_lengths,
                       OV_FloatTensor:$W, OV_FloatTensor:$R,
                       OV_FloatTensor:$B,
                       DefaultValuedAttr<StrArrayAttr,
                         "{\"sigmoid\", \"tanh\"}">:$activations,
                       DefaultValuedAttr<DenseF32ArrayAttr,
                         "{}">:$activations_alpha,
                       DefaultValuedAttr<DenseF32ArrayAttr,
                         "{}">:$activations_beta,
                       DefaultValuedAttr<F64Attr, "0.0">:$clip,
                       DefaultValuedAttr<BoolAttr,
                         "false">:$linear_before_reset,
                       I64Attr:$hidden_size,
                       OV_SequenceDirectionAttr:$direction);
  let results = (outs OV_FloatTensor:$Y, OV_FloatTensor:$Ho);
  let assemblyFormat = [{
    $X `,` $initial_hidden_state `,` $sequence_lengths `,` $W `,` $R `,` $B
    attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// RNNSequence
//===----------------------------------------------------------------------===//

def OV_RNNSequenceOp : OV_InferOp<"rnn_sequence"> {
  let summary = "OpenVINO RNNSequence-5";
  let description = OV_SequenceDescription<"vanilla RNN", "1",
      "function f (default tanh)", "">.text;
  let arguments = (ins OV_FloatTensor:$X,
                       OV_FloatTensor:$initial_hidden_state,
                       OV_IntTensor:$sequence_lengths,
                       OV_FloatTensor:$W, OV_FloatTensor:$R,
                       OV_FloatTensor:$B,
                       DefaultValuedAttr<StrArrayAttr,
                         "{\"tanh\"}">:$activations,
                       DefaultValuedAttr<DenseF32ArrayAttr,
                         "{}">:$activations_alpha,
                       DefaultValuedAttr<DenseF32ArrayAttr,
                         "{}">:$activations_beta,
                       DefaultValuedAttr<F64Attr, "0.0">:$clip,
                       I64Attr:$hidden_size,
                       OV_SequenceDirectionAttr:$direction);
  let results = (outs OV_FloatTensor:$Y, OV_FloatTensor:$Ho);
  let assemblyFormat = [{
    $X `,` $initial_hidden_state `,` $sequence_lengths `,` $W `,` $R `,` $B
    attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

#endif // OVMLIR_DIALECT_OV_IR_OVSEQUENCEOPS_TD
