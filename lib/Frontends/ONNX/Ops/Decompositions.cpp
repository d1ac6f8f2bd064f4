//===- Decompositions.cpp - ONNX ops built from several OV ops ------------===//
//
// Losses, quantization and signal-processing helpers that OpenVINO's ONNX
// frontend expresses as small subgraphs of basic ops.
//
//===----------------------------------------------------------------------===//

#include "../ConverterRegistry.h"

#include "ovmlir/Dialect/OV/IR/OVOps.h"

#include <numeric>

using namespace mlir;
using namespace mlir::ov;
using namespace mlir::ov::onnx_import;

namespace {

//===----------------------------------------------------------------------===//
// Small builders
//===----------------------------------------------------------------------===//

NamedAttribute i64Attr(NodeContext &ctx, StringRef name, int64_t value) {
  return ctx.namedAttr(name, ctx.getBuilder().getI64IntegerAttr(value));
}

FailureOr<Value> convertTo(NodeContext &ctx, Value value, Type elementType) {
  if (getElementType(value) == elementType)
    return value;
  return ctx.create<ConvertOp>(
      {value}, {ctx.namedAttr("destination_type", TypeAttr::get(elementType))});
}

/// The constant axes 0..rank-1.
Value allAxes(NodeContext &ctx, int64_t rank) {
  SmallVector<int64_t> axes(rank);
  std::iota(axes.begin(), axes.end(), 0);
  return ctx.constantI64(axes);
}

template <typename OpTy>
FailureOr<Value> reduceAll(NodeContext &ctx, Value value, int64_t rank) {
  return ctx.create<OpTy>({value, allAxes(ctx, rank)});
}

/// `axis` counted from the front of a rank-`rank` tensor, or an error.
FailureOr<int64_t> normalizeAxis(NodeContext &ctx, int64_t axis, int64_t rank) {
  int64_t normalized = axis < 0 ? axis + rank : axis;
  if (normalized < 0 || normalized >= rank)
    return ctx.fail("axis " + Twine(axis) + " is out of range for rank " +
                    Twine(rank));
  return normalized;
}

//===----------------------------------------------------------------------===//
// NegativeLogLikelihoodLoss and SoftmaxCrossEntropyLoss (opset 12, 13)
//===----------------------------------------------------------------------===//

/// The loss of ONNX NegativeLogLikelihoodLoss on `logProb` [N, C, d...] with
/// `labels` [N, d...]: loss = -logProb[n, labels[n, d], d] * weights[label],
/// zero where the label is `ignoreIndex` (such labels may be out of range, so
/// they are replaced by 0 before any gather). "mean" divides by the sum of
/// the weights used (the count of labels kept without weights).
FailureOr<Value> buildNLLLoss(NodeContext &ctx, Value logProb, Value labels,
                              Value weights, std::optional<int64_t> ignoreIndex,
                              StringRef reduction) {
  Type floatType = getElementType(logProb);
  Type labelType = getElementType(labels);
  std::optional<int64_t> labelRank = getRank(labels);
  if (reduction != "none" && reduction != "sum" && reduction != "mean")
    return ctx.fail("reduction must be 'none', 'sum' or 'mean', got '" +
                    reduction + "'");
  if (reduction != "none" && !labelRank)
    return ctx.fail("reduction '" + reduction + "' needs ranked labels");

  Value mask, safeLabels = labels;
  if (ignoreIndex) {
    FailureOr<Value> keep = ctx.create<NotEqualOp>(
        {labels, ctx.constantScalar(labelType, *ignoreIndex)});
    if (failed(keep))
      return failure();
    mask = *keep;
    FailureOr<Value> safe =
        ctx.create<SelectOp>({mask, labels, ctx.constantScalar(labelType, 0)});
    if (failed(safe))
      return failure();
    safeLabels = *safe;
  }

  // -logProb at the label along the class axis 1.
  FailureOr<Value> indices =
      ctx.create<UnsqueezeOp>({safeLabels, ctx.constantI64({1})});
  if (failed(indices))
    return failure();
  FailureOr<Value> picked = ctx.create<GatherElementsOp>(
      {logProb, *indices}, {i64Attr(ctx, "axis", 1)});
  if (failed(picked))
    return failure();
  picked = ctx.create<SqueezeOp>({*picked, ctx.constantI64({1})});
  if (failed(picked))
    return failure();
  FailureOr<Value> loss = ctx.create<NegativeOp>({*picked});
  if (failed(loss))
    return failure();

  // The weight of each label: weights[label], times 0 where ignored.
  Value weight;
  if (weights) {
    FailureOr<Value> gathered = ctx.create<GatherOp>(
        {weights, safeLabels, ctx.constantI64({0}, /*scalar=*/true)});
    if (failed(gathered))
      return failure();
    weight = *gathered;
  }
  if (mask) {
    FailureOr<Value> maskValue = convertTo(ctx, mask, floatType);
    if (failed(maskValue))
      return failure();
    if (weight) {
      FailureOr<Value> masked = ctx.create<MultiplyOp>({weight, *maskValue});
      if (failed(masked))
        return failure();
      weight = *masked;
    } else {
      weight = *maskValue;
    }
  }
  if (weight) {
    loss = ctx.create<MultiplyOp>({*loss, weight});
    if (failed(loss))
      return failure();
  }

  if (reduction == "none")
    return loss;
  if (reduction == "sum")
    return reduceAll<ReduceSumOp>(ctx, *loss, *labelRank);
  if (!weight)
    return reduceAll<ReduceMeanOp>(ctx, *loss, *labelRank);
  FailureOr<Value> lossSum = reduceAll<ReduceSumOp>(ctx, *loss, *labelRank);
  FailureOr<Value> weightSum = reduceAll<ReduceSumOp>(ctx, weight, *labelRank);
  if (failed(lossSum) || failed(weightSum))
    return failure();
  return ctx.create<DivideOp>({*lossSum, *weightSum});
}

/// The optional `ignore_index` attribute.
FailureOr<std::optional<int64_t>> getIgnoreIndex(NodeContext &ctx) {
  if (!ctx.hasAttr("ignore_index"))
    return std::optional<int64_t>();
  FailureOr<int64_t> value = ctx.getInt("ignore_index");
  if (failed(value))
    return failure();
  return std::optional<int64_t>(*value);
}

FailureOr<ValueList> convertNLLLoss(NodeContext &ctx) {
  FailureOr<Value> input = ctx.getRequiredInput(0, "input");
  FailureOr<Value> target = ctx.getRequiredInput(1, "target");
  FailureOr<std::string> reduction = ctx.getString("reduction", "mean");
  FailureOr<std::optional<int64_t>> ignoreIndex = getIgnoreIndex(ctx);
  if (failed(input) || failed(target) || failed(reduction) ||
      failed(ignoreIndex))
    return failure();
  FailureOr<Value> loss = buildNLLLoss(ctx, *input, *target, ctx.getInput(2),
                                       *ignoreIndex, *reduction);
  if (failed(loss))
    return failure();
  return ValueList{*loss};
}

/// SoftmaxCrossEntropyLoss: the NLL loss of LogSoftmax(scores) along the
/// class axis 1; the second output is that log-probability.
FailureOr<ValueList> convertSoftmaxCrossEntropyLoss(NodeContext &ctx) {
  FailureOr<Value> scores = ctx.getRequiredInput(0, "scores");
  FailureOr<Value> labels = ctx.getRequiredInput(1, "labels");
  FailureOr<std::string> reduction = ctx.getString("reduction", "mean");
  FailureOr<std::optional<int64_t>> ignoreIndex = getIgnoreIndex(ctx);
  if (failed(scores) || failed(labels) || failed(reduction) ||
      failed(ignoreIndex))
    return failure();
  FailureOr<Value> logProb =
      ctx.create<LogSoftmaxOp>({*scores}, {i64Attr(ctx, "axis", 1)});
  if (failed(logProb))
    return failure();
  FailureOr<Value> loss = buildNLLLoss(ctx, *logProb, *labels, ctx.getInput(2),
                                       *ignoreIndex, *reduction);
  if (failed(loss))
    return failure();
  return ValueList{*loss, *logProb};
}

} // namespace

void onnx_import::registerDecompositionConverters(ConverterRegistry &registry) {
  registry.add("NegativeLogLikelihoodLoss", 12, convertNLLLoss);
  registry.add("SoftmaxCrossEntropyLoss", 12, convertSoftmaxCrossEntropyLoss);
}
