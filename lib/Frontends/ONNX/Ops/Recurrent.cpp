//===- Recurrent.cpp - ONNX LSTM, GRU and RNN -----------------------------===//
//
// The recurrent ops map onto OpenVINO's LSTMSequence-5, GRUSequence-5 and
// RNNSequence-5 as OpenVINO's ONNX frontend maps them: X, the initial states
// and the outputs are transposed between ONNX's sequence-major layout
// (layout 0; layout 1 from opset 14 is batch-major) and OpenVINO's
// batch-major one; LSTM gates are reordered from ONNX's i, o, f, c to
// OpenVINO's f, i, c, o (GRU keeps z, r, h); B = [Wb, Rb] is summed (GRU
// with linear_before_reset keeps the h gate's Rb apart); absent B and
// initial states become zeros and absent sequence_lens the sequence length
// of every batch item.
//
//===----------------------------------------------------------------------===//

#include "../ConverterRegistry.h"

#include "ovmlir/Dialect/OV/IR/OVOps.h"

#include "llvm/ADT/StringExtras.h"

using namespace mlir;
using namespace mlir::ov;
using namespace mlir::ov::onnx_import;

namespace {

enum class Cell { LSTM, GRU, RNN };

/// What differs between the three ops.
struct CellInfo {
  StringRef opName;
  int64_t numGates;
  unsigned numStates; // outputs after Y: Y_h (and Y_c)
  ArrayRef<StringRef> defaultActivations;
};

constexpr StringRef kLSTMActivations[] = {"sigmoid", "tanh", "tanh"};
constexpr StringRef kGRUActivations[] = {"sigmoid", "tanh"};
constexpr StringRef kRNNActivations[] = {"tanh"};

CellInfo getCellInfo(Cell cell) {
  switch (cell) {
  case Cell::LSTM:
    return {LSTMSequenceOp::getOperationName(), 4, 2, kLSTMActivations};
  case Cell::GRU:
    return {GRUSequenceOp::getOperationName(), 3, 1, kGRUActivations};
  case Cell::RNN:
    return {RNNSequenceOp::getOperationName(), 1, 1, kRNNActivations};
  }
  llvm_unreachable("unknown cell");
}

/// `value` transposed by `perm`.
FailureOr<Value> transpose(NodeContext &ctx, Value value,
                           ArrayRef<int64_t> perm) {
  return ctx.create<TransposeOp>({value, ctx.constantI64(perm)});
}

/// `value` cut into `parts` equal slices along axis 1.
FailureOr<SmallVector<Value>> splitAxis1(NodeContext &ctx, Value value,
                                         int64_t parts) {
  FailureOr<Operation *> split = ctx.createOp(
      SplitOp::getOperationName(), {value, ctx.constantI64({1}, true)},
      {ctx.namedAttr("num_splits", ctx.getBuilder().getI64IntegerAttr(parts))},
      parts);
  if (failed(split))
    return failure();
  return SmallVector<Value>((*split)->getResults());
}

FailureOr<Value> concatAxis1(NodeContext &ctx, ValueRange values) {
  return ctx.create<ConcatOp>(
      values, {ctx.namedAttr("axis", ctx.getBuilder().getI64IntegerAttr(1))});
}

/// Gate blocks along axis 1 of `value` ([nd, gates * hidden, ...]) taken in
/// the order `order` (ONNX block indices).
FailureOr<Value> reorderGates(NodeContext &ctx, Value value,
                              ArrayRef<int64_t> order) {
  FailureOr<SmallVector<Value>> blocks =
      splitAxis1(ctx, value, static_cast<int64_t>(order.size()));
  if (failed(blocks))
    return failure();
  SmallVector<Value> reordered;
  for (int64_t index : order)
    reordered.push_back((*blocks)[index]);
  return concatAxis1(ctx, reordered);
}

// ONNX LSTM gates are i, o, f, c; OpenVINO's f, i, c, o.
constexpr int64_t kLSTMGateOrder[] = {2, 0, 3, 1};

/// A zero constant of `shape` and `elementType`.
Value zeros(NodeContext &ctx, ArrayRef<int64_t> shape, Type elementType) {
  auto type = RankedTensorType::get(shape, elementType);
  Attribute zero = isa<FloatType>(elementType)
                       ? Attribute(FloatAttr::get(elementType, 0.0))
                       : Attribute(IntegerAttr::get(elementType, 0));
  return ctx.constant(DenseElementsAttr::get(type, zero));
}

/// The converted inputs and attributes of one recurrent node.
struct Recurrent {
  NodeContext &ctx;
  Cell cell;
  CellInfo info;
  bool batchMajor = false; // ONNX layout 1
  Value x;                 // [batch, seq, input] (OpenVINO's layout)
  Type elementType;
  int64_t hiddenSize = 0;
  std::string direction;
  int64_t numDirections = 1;
  bool linearBeforeReset = false;
  Value xShape, batchDim; // ShapeOf(X) and its batch size, built once

  Recurrent(NodeContext &ctx, Cell cell)
      : ctx(ctx), cell(cell), info(getCellInfo(cell)) {}

  /// Dimension `index` of X (batch-major) when static.
  std::optional<int64_t> staticDimOfX(int64_t index) const {
    auto type = dyn_cast<RankedTensorType>(x.getType());
    if (!type || type.isDynamicDim(index))
      return std::nullopt;
    return type.getDimSize(index);
  }

  FailureOr<Value> getDimOfX(int64_t index);
  FailureOr<Value> getBatchDim();
  LogicalResult readAttributes(Value r);
  FailureOr<Value> convertWeights(Value value);
  FailureOr<Value> convertBias(Value b);
  FailureOr<Value> convertSequenceLengths(Value lengths);
  FailureOr<Value> convertInitialState(Value state);
  LogicalResult checkPeepholes();
  FailureOr<ValueList> convert();
};

/// Dimension `index` of X as a 1-D, 1-element i64 tensor (ShapeOf +
/// Gather), for shapes only known at run time.
FailureOr<Value> Recurrent::getDimOfX(int64_t index) {
  if (!xShape) {
    FailureOr<Value> shape = ctx.create<ShapeOfOp>({x});
    if (failed(shape))
      return failure();
    xShape = *shape;
  }
  return ctx.create<GatherOp>({xShape, ctx.constantI64({index}),
                               ctx.constantI64({0}, /*scalar=*/true)});
}

/// X's batch size (see getDimOfX), shared by the run-time shapes.
FailureOr<Value> Recurrent::getBatchDim() {
  if (!batchDim) {
    FailureOr<Value> dim = getDimOfX(0);
    if (failed(dim))
      return failure();
    batchDim = *dim;
  }
  return batchDim;
}

/// hidden_size (from R when the attribute is absent), direction, layout,
/// linear_before_reset and the LSTM-only options OpenVINO lacks.
LogicalResult Recurrent::readAttributes(Value r) {
  if (ctx.hasAttr("hidden_size")) {
    FailureOr<int64_t> hidden = ctx.getInt("hidden_size");
    if (failed(hidden))
      return failure();
    hiddenSize = *hidden;
  } else {
    auto rType = dyn_cast<RankedTensorType>(r.getType());
    if (!rType || rType.getRank() != 3 || rType.isDynamicDim(2))
      return ctx.fail("hidden_size is missing and R ([num_directions, "
                      "gates * hidden_size, hidden_size]) has no static "
                      "hidden dimension");
    hiddenSize = rType.getDimSize(2);
  }
  FailureOr<std::string> dir = ctx.getString("direction", "forward");
  if (failed(dir))
    return failure();
  direction = StringRef(*dir).lower();
  numDirections = direction == "bidirectional" ? 2 : 1;
  if (ctx.getOpsetVersion() >= 14) {
    FailureOr<int64_t> layout = ctx.getInt("layout", 0);
    if (failed(layout))
      return failure();
    if (*layout != 0 && *layout != 1)
      return ctx.fail("layout must be 0 or 1, got " + Twine(*layout));
    batchMajor = *layout == 1;
  }
  if (cell == Cell::GRU) {
    FailureOr<int64_t> lbr = ctx.getInt("linear_before_reset", 0);
    if (failed(lbr))
      return failure();
    linearBeforeReset = *lbr != 0;
  }
  if (cell == Cell::LSTM) {
    FailureOr<int64_t> inputForget = ctx.getInt("input_forget", 0);
    if (failed(inputForget))
      return failure();
    if (*inputForget != 0)
      return ctx.fail("input_forget = 1 (coupled input and forget gates) is "
                      "not supported: OpenVINO's LSTMSequence-5 has no such "
                      "option");
  }
  return success();
}

/// W or R: ONNX and OpenVINO share the layout; LSTM gates are reordered.
FailureOr<Value> Recurrent::convertWeights(Value value) {
  if (cell != Cell::LSTM)
    return value;
  return reorderGates(ctx, value, kLSTMGateOrder);
}

/// B: ONNX's [nd, 2 * gates * hidden] = [Wb, Rb] summed per gate, or zeros.
/// GRU with linear_before_reset keeps the h gate's Rb as a fourth block.
FailureOr<Value> Recurrent::convertBias(Value b) {
  int64_t gates = info.numGates;
  if (!b) {
    int64_t biasGates = linearBeforeReset ? gates + 1 : gates;
    return zeros(ctx, {numDirections, biasGates * hiddenSize}, elementType);
  }
  FailureOr<SmallVector<Value>> blocks = splitAxis1(ctx, b, 2 * gates);
  if (failed(blocks))
    return failure();
  // ONNX block index of each OpenVINO gate.
  SmallVector<int64_t> order;
  if (cell == Cell::LSTM)
    order.assign(std::begin(kLSTMGateOrder), std::end(kLSTMGateOrder));
  else
    for (int64_t i = 0; i < gates; ++i)
      order.push_back(i);
  SmallVector<Value> summed;
  for (auto [i, gate] : llvm::enumerate(order)) {
    Value wb = (*blocks)[gate], rb = (*blocks)[gates + gate];
    bool lastGRUGate = linearBeforeReset && i + 1 == order.size();
    if (lastGRUGate) {
      summed.append({wb, rb});
      continue;
    }
    FailureOr<Value> sum = ctx.create<AddOp>({wb, rb});
    if (failed(sum))
      return failure();
    summed.push_back(*sum);
  }
  if (summed.size() == 1)
    return summed.front();
  return concatAxis1(ctx, summed);
}

/// sequence_lens, or seq_length repeated for every batch item.
FailureOr<Value> Recurrent::convertSequenceLengths(Value lengths) {
  if (lengths)
    return lengths;
  std::optional<int64_t> staticBatch = staticDimOfX(0);
  std::optional<int64_t> staticSeq = staticDimOfX(1);
  if (staticBatch && staticSeq) {
    auto type =
        RankedTensorType::get({*staticBatch}, ctx.getBuilder().getI32Type());
    return ctx.constant(DenseElementsAttr::get(
        type, ctx.getBuilder().getI32IntegerAttr(*staticSeq).getValue()));
  }
  FailureOr<Value> seqDim = getDimOfX(1);
  FailureOr<Value> batch = getBatchDim();
  if (failed(seqDim) || failed(batch))
    return failure();
  return ctx.create<BroadcastOp>({*seqDim, *batch});
}

/// An initial state in OpenVINO's [batch, nd, hidden] layout, or zeros.
FailureOr<Value> Recurrent::convertInitialState(Value state) {
  if (state)
    return batchMajor ? state : transpose(ctx, state, {1, 0, 2});
  if (std::optional<int64_t> batch = staticDimOfX(0))
    return zeros(ctx, {*batch, numDirections, hiddenSize}, elementType);
  FailureOr<Value> batch = getBatchDim();
  if (failed(batch))
    return failure();
  FailureOr<Value> shape = ctx.create<ConcatOp>(
      {*batch, ctx.constantI64({numDirections, hiddenSize})},
      {ctx.namedAttr("axis", ctx.getBuilder().getI64IntegerAttr(0))});
  if (failed(shape))
    return failure();
  return ctx.create<BroadcastOp>({zeros(ctx, {}, elementType), *shape});
}

/// LSTM peepholes (input 7): OpenVINO's LSTMSequence-5 has none, so only
/// an all-zero constant P (no effect) is accepted.
LogicalResult Recurrent::checkPeepholes() {
  Value p = ctx.getInput(7);
  if (!p)
    return success();
  std::optional<SmallVector<double>> values = getConstantFloatValues(p);
  if (values && llvm::all_of(*values, [](double v) { return v == 0.0; }))
    return success();
  return ctx.fail("peepholes (input 7, P) are not supported unless they are "
                  "a constant of zeros: OpenVINO's LSTMSequence-5 has no "
                  "peephole input");
}

/// The ONNX activation list lowercased; a bidirectional node may list one
/// set per direction, accepted when both sets are the same.
FailureOr<ArrayAttr> getActivations(NodeContext &ctx, const CellInfo &info,
                                    int64_t numDirections) {
  FailureOr<SmallVector<std::string>> names = ctx.getStrings("activations");
  if (failed(names))
    return failure();
  SmallVector<std::string> lower;
  for (const std::string &name : *names)
    lower.push_back(StringRef(name).lower());
  size_t count = info.defaultActivations.size();
  if (lower.empty())
    for (StringRef name : info.defaultActivations)
      lower.push_back(name.str());
  if (numDirections == 2 && lower.size() == 2 * count) {
    if (!std::equal(lower.begin(), lower.begin() + count,
                    lower.begin() + count))
      return ctx.fail("different activations per direction (" +
                      llvm::join(lower, ", ") +
                      ") are not supported: OpenVINO applies one set to "
                      "both directions");
    lower.resize(count);
  }
  SmallVector<StringRef> refs(lower.begin(), lower.end());
  return ctx.getBuilder().getStrArrayAttr(refs);
}

FailureOr<ValueList> Recurrent::convert() {
  FailureOr<Value> xIn = ctx.getRequiredInput(0, "X");
  FailureOr<Value> wIn = ctx.getRequiredInput(1, "W");
  FailureOr<Value> rIn = ctx.getRequiredInput(2, "R");
  if (failed(xIn) || failed(wIn) || failed(rIn) || failed(readAttributes(*rIn)))
    return failure();
  if (cell == Cell::LSTM && failed(checkPeepholes()))
    return failure();
  elementType = getElementType(*xIn);
  if (batchMajor) {
    x = *xIn;
  } else {
    FailureOr<Value> transposed = transpose(ctx, *xIn, {1, 0, 2});
    if (failed(transposed))
      return failure();
    x = *transposed;
  }
  FailureOr<Value> w = convertWeights(*wIn);
  FailureOr<Value> r = convertWeights(*rIn);
  FailureOr<Value> b = convertBias(ctx.getInput(3));
  FailureOr<Value> lengths = convertSequenceLengths(ctx.getInput(4));
  FailureOr<Value> h = convertInitialState(ctx.getInput(5));
  if (failed(w) || failed(r) || failed(b) || failed(lengths) || failed(h))
    return failure();
  SmallVector<Value> operands = {x, *h};
  if (cell == Cell::LSTM) {
    FailureOr<Value> c = convertInitialState(ctx.getInput(6));
    if (failed(c))
      return failure();
    operands.push_back(*c);
  }
  operands.append({*lengths, *w, *r, *b});

  // Attributes; absent ONNX ones keep the op's defaults.
  Builder &builder = ctx.getBuilder();
  FailureOr<ArrayAttr> activations = getActivations(ctx, info, numDirections);
  FailureOr<SmallVector<float>> alpha =
      ctx.getFloats("activation_alpha", ArrayRef<float>());
  FailureOr<SmallVector<float>> beta =
      ctx.getFloats("activation_beta", ArrayRef<float>());
  FailureOr<float> clip = ctx.getFloat("clip", 0.0f);
  if (failed(activations) || failed(alpha) || failed(beta) || failed(clip))
    return failure();
  SmallVector<NamedAttribute> attrs = {
      ctx.namedAttr("hidden_size", builder.getI64IntegerAttr(hiddenSize)),
      ctx.namedAttr("direction", builder.getStringAttr(direction)),
      ctx.namedAttr("activations", *activations)};
  if (!alpha->empty())
    attrs.push_back(ctx.namedAttr("activations_alpha",
                                  builder.getDenseF32ArrayAttr(*alpha)));
  if (!beta->empty())
    attrs.push_back(
        ctx.namedAttr("activations_beta", builder.getDenseF32ArrayAttr(*beta)));
  if (*clip != 0.0f)
    attrs.push_back(
        ctx.namedAttr("clip", builder.getF64FloatAttr(std::abs(*clip))));
  if (linearBeforeReset)
    attrs.push_back(
        ctx.namedAttr("linear_before_reset", builder.getBoolAttr(true)));

  FailureOr<Operation *> op =
      ctx.createOp(info.opName, operands, attrs, 1 + info.numStates);
  if (failed(op))
    return failure();

  // Back to ONNX's layouts: Y [seq, nd, batch, hidden] (layout 1: [batch,
  // seq, nd, hidden]), the states [nd, batch, hidden] (layout 1: as is).
  ValueList results;
  for (unsigned i = 0; i <= info.numStates; ++i) {
    Value result = (*op)->getResult(i);
    if (!ctx.hasOutput(i)) {
      results.push_back(Value());
      continue;
    }
    if (i == 0 || !batchMajor) {
      SmallVector<int64_t> perm;
      if (i == 0)
        perm = batchMajor ? SmallVector<int64_t>{0, 2, 1, 3}
                          : SmallVector<int64_t>{2, 1, 0, 3};
      else
        perm = {1, 0, 2};
      FailureOr<Value> transposed = transpose(ctx, result, perm);
      if (failed(transposed))
        return failure();
      result = *transposed;
    }
    results.push_back(result);
  }
  return results;
}

template <Cell cell> FailureOr<ValueList> convertRecurrent(NodeContext &ctx) {
  Recurrent recurrent(ctx, cell);
  return recurrent.convert();
}

} // namespace

void onnx_import::registerRecurrentConverters(ConverterRegistry &registry) {
  // One converter per op: the versions differ only by attributes (GRU-3's
  // linear_before_reset, opset 14's layout), read when present.
  registry.add("LSTM", 1, convertRecurrent<Cell::LSTM>);
  registry.add("GRU", 1, convertRecurrent<Cell::GRU>);
  registry.add("RNN", 1, convertRecurrent<Cell::RNN>);
}
