//===- SequenceShapes.h - Recurrent sequence shape functions ----*- C++ -*-===//
//
// Output shapes of LSTMSequence-5, GRUSequence-5 and RNNSequence-5, written
// once against ShapeExpr so that type inference (constant or unknown dims)
// and lowering (runtime dims) share them.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_DIALECT_OV_IR_SEQUENCESHAPES_H
#define OVMLIR_DIALECT_OV_IR_SEQUENCESHAPES_H

#include "ovmlir/Dialect/OV/IR/DimExpr.h"
#include "ovmlir/Dialect/OV/IR/ShapeUtils.h"

namespace mlir::ov {

/// The input shapes of a sequence op, in OpenVINO's input order.
struct SequenceInputShapes {
  ShapeExpr x;                  // [batch_size, seq_length, input_size]
  ShapeExpr initialHiddenState; // [batch_size, num_directions, hidden_size]
  /// [batch_size, num_directions, hidden_size]; LSTMSequence only.
  std::optional<ShapeExpr> initialCellState;
  ShapeExpr sequenceLengths; // [batch_size]
  ShapeExpr w;               // [num_directions, gates * hidden, input_size]
  ShapeExpr r;               // [num_directions, gates * hidden, hidden]
  ShapeExpr b;               // [num_directions, biasGates * hidden]
};

/// The gate layout and attributes that fix the output shapes.
struct SequenceConfig {
  int64_t numGates;     // 4 for LSTM, 3 for GRU, 1 for RNN
  int64_t numBiasGates; // numGates, or 4 for GRU with linear_before_reset
  int64_t hiddenSize;   // the hidden_size attribute
  int64_t numDirections;
};

/// Y [batch_size, num_directions, seq_length, hidden_size] and the state
/// outputs (Ho, and Co of LSTMSequence) [batch_size, num_directions,
/// hidden_size].
struct SequenceOutputShapes {
  ShapeExpr y;
  ShapeExpr state;
};

/// The number of directions of a `direction` attribute value: 2 for
/// "bidirectional", 1 for "forward" and "reverse", std::nullopt otherwise.
std::optional<int64_t> getSequenceNumDirections(llvm::StringRef direction);

/// The output shapes of a sequence op. Every input must have its rank (3,
/// 1 for sequence_lengths and 2 for B) when ranked; batch_size and
/// seq_length come from whichever inputs know them (and must agree),
/// num_directions and hidden_size from the attributes, which every input
/// must match; W and R must stack `numGates` gates and B `numBiasGates`.
FailureOr<SequenceOutputShapes>
inferSequenceShapes(const ShapeDiag &diag, const SequenceInputShapes &inputs,
                    const SequenceConfig &config);

} // namespace mlir::ov

#endif // OVMLIR_DIALECT_OV_IR_SEQUENCESHAPES_H
