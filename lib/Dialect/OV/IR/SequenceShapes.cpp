//===- SequenceShapes.cpp - Shape functions of recurrent sequence ops -----===//

#include "ovmlir/Dialect/OV/IR/SequenceShapes.h"

using namespace mlir;
using namespace mlir::ov;

std::optional<int64_t> mlir::ov::getSequenceNumDirections(StringRef direction) {
  if (direction == "forward" || direction == "reverse")
    return 1;
  if (direction == "bidirectional")
    return 2;
  return std::nullopt;
}

namespace {
/// A named input shape, for messages.
struct Input {
  StringRef name;
  const ShapeExpr *shape;
};

/// Fails when input `in` is ranked with a rank other than `rank`.
LogicalResult checkRank(const ShapeDiag &diag, Input in, int64_t rank,
                        StringRef layout) {
  if (in.shape->hasRank() && in.shape->getRank() != rank)
    return diag.fail(in.name + " must have rank " + Twine(rank) + " (" +
                     layout + "), got rank " + Twine(in.shape->getRank()));
  return success();
}

/// Fails when dimension `index` of `in` (called `dimName`) is a constant
/// other than `expected`; `why` says where the expectation comes from.
LogicalResult expectDim(const ShapeDiag &diag, Input in, int64_t index,
                        StringRef dimName, int64_t expected, const Twine &why) {
  if (!in.shape->hasRank())
    return success();
  const DimExpr &dim = (*in.shape)[index];
  if (!dim.isConstant() || dim.getConstant() == expected)
    return success();
  return diag.fail(in.name + " dimension " + Twine(index) + " (" + dimName +
                   ") is " + Twine(dim.getConstant()) + ", expected " +
                   Twine(expected) + " (" + why + ")");
}

/// Merges one dimension (e.g. batch_size) over several inputs: the first
/// constant wins and every later constant must equal it. Without any
/// constant, the first input's dimension is kept (a runtime size when
/// lowering).
class DimMerger {
public:
  DimMerger(const ShapeDiag &diag, StringRef dimName)
      : diag(diag), dimName(dimName) {}

  LogicalResult merge(Input in, int64_t index) {
    if (!in.shape->hasRank())
      return success();
    const DimExpr &dim = (*in.shape)[index];
    if (source.empty() && !dim.isConstant()) {
      if (!value)
        value = dim;
      return success();
    }
    if (!dim.isConstant())
      return success();
    if (source.empty()) {
      value = dim;
      source = in.name;
      return success();
    }
    return expectDim(diag, in, index, dimName, value->getConstant(),
                     source + "'s " + dimName);
  }

  DimExpr get() const { return value ? *value : DimExpr::unknown(); }

private:
  const ShapeDiag &diag;
  StringRef dimName;
  std::optional<DimExpr> value;
  StringRef source; // the input the constant came from
};

/// "4 * hidden_size" (or "hidden_size" for one gate).
std::string gatesDimName(int64_t gates) {
  return gates == 1 ? std::string("hidden_size")
                    : std::to_string(gates) + " * hidden_size";
}
} // namespace

FailureOr<SequenceOutputShapes>
mlir::ov::inferSequenceShapes(const ShapeDiag &diag,
                              const SequenceInputShapes &inputs,
                              const SequenceConfig &config) {
  if (config.hiddenSize <= 0)
    return diag.fail("hidden_size must be positive, got " +
                     Twine(config.hiddenSize));
  Input x{"X", &inputs.x};
  Input h{"initial_hidden_state", &inputs.initialHiddenState};
  std::optional<Input> c;
  if (inputs.initialCellState)
    c = Input{"initial_cell_state", &*inputs.initialCellState};
  Input lengths{"sequence_lengths", &inputs.sequenceLengths};
  Input w{"W", &inputs.w}, r{"R", &inputs.r}, b{"B", &inputs.b};

  // Ranks.
  std::string gates = gatesDimName(config.numGates);
  std::string biasGates = gatesDimName(config.numBiasGates);
  std::string stateLayout = "[batch_size, num_directions, hidden_size]";
  if (failed(checkRank(diag, x, 3, "[batch_size, seq_length, input_size]")) ||
      failed(checkRank(diag, h, 3, stateLayout)) ||
      (c && failed(checkRank(diag, *c, 3, stateLayout))) ||
      failed(checkRank(diag, lengths, 1, "[batch_size]")) ||
      failed(checkRank(diag, w, 3,
                       "[num_directions, " + gates + ", input_size]")) ||
      failed(checkRank(diag, r, 3,
                       "[num_directions, " + gates + ", hidden_size]")) ||
      failed(checkRank(diag, b, 2, "[num_directions, " + biasGates + "]")))
    return failure();

  // batch_size and input_size agree between the inputs that have them.
  DimMerger batch(diag, "batch_size");
  if (failed(batch.merge(x, 0)) || failed(batch.merge(h, 0)) ||
      (c && failed(batch.merge(*c, 0))) || failed(batch.merge(lengths, 0)))
    return failure();
  DimMerger inputSize(diag, "input_size");
  if (failed(inputSize.merge(x, 2)) || failed(inputSize.merge(w, 2)))
    return failure();

  // num_directions follows the direction attribute.
  int64_t nd = config.numDirections;
  std::string ndWhy =
      nd == 2 ? "direction bidirectional" : "direction forward or reverse";
  SmallVector<std::pair<Input, int64_t>> ndDims = {
      {h, 1}, {w, 0}, {r, 0}, {b, 0}};
  if (c)
    ndDims.insert(ndDims.begin() + 1, {*c, 1});
  for (auto [in, index] : ndDims)
    if (failed(expectDim(diag, in, index, "num_directions", nd, ndWhy)))
      return failure();

  // hidden_size follows the attribute, the gate dimensions its multiples.
  int64_t hidden = config.hiddenSize;
  std::string hiddenWhy = "the hidden_size attribute";
  SmallVector<Input> hiddenInputs = {h, r};
  if (c)
    hiddenInputs.insert(hiddenInputs.begin() + 1, *c);
  for (Input in : hiddenInputs)
    if (failed(expectDim(diag, in, 2, "hidden_size", hidden, hiddenWhy)))
      return failure();
  std::string gatesWhy = "hidden_size = " + std::to_string(hidden);
  if (failed(
          expectDim(diag, w, 1, gates, config.numGates * hidden, gatesWhy)) ||
      failed(
          expectDim(diag, r, 1, gates, config.numGates * hidden, gatesWhy)) ||
      failed(expectDim(diag, b, 1, biasGates, config.numBiasGates * hidden,
                       gatesWhy)))
    return failure();

  DimExpr seqLength = inputs.x.hasRank() ? inputs.x[1] : DimExpr::unknown();
  SequenceOutputShapes result;
  result.y = ShapeExpr({batch.get(), nd, seqLength, hidden});
  result.state = ShapeExpr({batch.get(), nd, hidden});
  return result;
}
