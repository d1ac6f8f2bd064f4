//===- Decompositions.cpp - ONNX ops built from several OV ops ------------===//
//
// Losses, quantization and signal-processing helpers that OpenVINO's ONNX
// frontend expresses as small subgraphs of basic ops.
//
//===----------------------------------------------------------------------===//

#include "../ConverterRegistry.h"
#include "ConverterUtils.h"

#include "ovmlir/Dialect/OV/IR/OVOps.h"

#include "llvm/ADT/StringSwitch.h"

#include <cmath>
#include <numeric>

using namespace mlir;
using namespace mlir::ov;
using namespace mlir::ov::onnx_import;

namespace {

//===----------------------------------------------------------------------===//
// Small builders
//===----------------------------------------------------------------------===//

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

//===----------------------------------------------------------------------===//
// Hardmax (opset 1-12 on the input coerced to 2-D at axis; 13 along axis)
//===----------------------------------------------------------------------===//

/// A shape operand for reshaping to `value`'s shape: a constant when at most
/// one dimension is dynamic (as -1), else ShapeOf.
FailureOr<Value> getShape(NodeContext &ctx, Value value) {
  auto type = cast<RankedTensorType>(value.getType());
  if (type.getNumDynamicDims() > 1)
    return ctx.create<ShapeOfOp>({value});
  SmallVector<int64_t> dims;
  for (int64_t dim : type.getShape())
    dims.push_back(ShapedType::isDynamic(dim) ? -1 : dim);
  return ctx.constantI64(dims);
}

/// `value` reshaped to 2-D: [d0 * ... * d(axis-1), d(axis) * ... * d(n-1)];
/// a constant target shape unless both parts have dynamic dimensions.
FailureOr<Value> flattenAt(NodeContext &ctx, Value value, int64_t axis) {
  auto type = cast<RankedTensorType>(value.getType());
  int64_t rank = type.getRank();
  std::optional<int64_t> outer = getStaticProduct(type, 0, axis);
  std::optional<int64_t> inner = getStaticProduct(type, axis, rank);
  Value shape;
  if (outer && inner)
    shape = ctx.constantI64({*outer, *inner});
  else if (inner && *inner != 0)
    shape = ctx.constantI64({-1, *inner});
  else if (outer && *outer != 0)
    shape = ctx.constantI64({*outer, -1});
  else {
    // The outer product from the runtime shape; the inner one is inferred.
    SmallVector<int64_t> indices(axis);
    std::iota(indices.begin(), indices.end(), 0);
    FailureOr<Value> dims = ctx.create<ShapeOfOp>({value});
    if (failed(dims))
      return failure();
    FailureOr<Value> part = ctx.create<GatherOp>(
        {*dims, ctx.constantI64(indices), ctx.constantI64({0}, true)});
    if (failed(part))
      return failure();
    FailureOr<Value> product = ctx.create<ReduceProdOp>(
        {*part, ctx.constantI64({0})},
        {ctx.namedAttr("keep_dims", ctx.getBuilder().getBoolAttr(true))});
    if (failed(product))
      return failure();
    FailureOr<Value> concat = ctx.create<ConcatOp>(
        {*product, ctx.constantI64({-1})}, {i64Attr(ctx, "axis", 0)});
    if (failed(concat))
      return failure();
    shape = *concat;
  }
  return ctx.create<ReshapeOp>(
      {value, shape},
      {ctx.namedAttr("special_zero", ctx.getBuilder().getBoolAttr(false))});
}

/// 1 at the first maximum along `axis` of `input`, 0 elsewhere: TopK k=1
/// (stable, so ties pick the first) and OneHot of its index.
FailureOr<Value> buildHardmax(NodeContext &ctx, Value input, int64_t axis) {
  OpBuilder &b = ctx.getBuilder();
  Type elementType = getElementType(input);
  FailureOr<Operation *> topk = ctx.createOp(
      TopKOp::getOperationName(), {input, ctx.constantI64({1}, true)},
      {i64Attr(ctx, "axis", axis),
       ctx.namedAttr("mode", TopKModeAttr::get(b.getContext(), TopKMode::max)),
       ctx.namedAttr(
           "sort", TopKSortTypeAttr::get(b.getContext(), TopKSortType::index)),
       ctx.namedAttr("index_element_type", TypeAttr::get(b.getI64Type())),
       ctx.namedAttr("stable", b.getBoolAttr(true))},
      2);
  if (failed(topk))
    return failure();
  FailureOr<Value> index =
      ctx.create<SqueezeOp>({(*topk)->getResult(1), ctx.constantI64({axis})});
  FailureOr<Value> depth = getDim(ctx, input, axis);
  if (failed(index) || failed(depth))
    return failure();
  return ctx.create<OneHotOp>({*index, *depth,
                               ctx.constantScalar(elementType, 1),
                               ctx.constantScalar(elementType, 0)},
                              {i64Attr(ctx, "axis", axis)});
}

FailureOr<ValueList> convertHardmax(NodeContext &ctx) {
  FailureOr<Value> input = ctx.getRequiredInput(0, "input");
  if (failed(input))
    return failure();
  bool coerced = ctx.getOpsetVersion() < 13;
  FailureOr<int64_t> axis = ctx.getInt("axis", coerced ? 1 : -1);
  if (failed(axis))
    return failure();
  std::optional<int64_t> rank = getRank(*input);
  if (!rank)
    return ctx.fail("the input must be ranked");
  if (coerced && *axis == *rank) {
    // Axis == rank is allowed before opset 13 (a [N, 1] view of the input).
  } else {
    axis = normalizeAxis(ctx, *axis, *rank);
    if (failed(axis))
      return failure();
  }
  if (!coerced) {
    FailureOr<Value> result = buildHardmax(ctx, *input, *axis);
    if (failed(result))
      return failure();
    return ValueList{*result};
  }
  FailureOr<Value> flat = flattenAt(ctx, *input, *axis);
  if (failed(flat))
    return failure();
  FailureOr<Value> result = buildHardmax(ctx, *flat, 1);
  if (failed(result))
    return failure();
  FailureOr<Value> shape = getShape(ctx, *input);
  if (failed(shape))
    return failure();
  result = ctx.create<ReshapeOp>(
      {*result, *shape},
      {ctx.namedAttr("special_zero", ctx.getBuilder().getBoolAttr(false))});
  if (failed(result))
    return failure();
  return ValueList{*result};
}

//===----------------------------------------------------------------------===//
// Shrink and Compress
//===----------------------------------------------------------------------===//

/// Shrink: x + bias where x < -lambd, x - bias where x > lambd, else 0.
FailureOr<ValueList> convertShrink(NodeContext &ctx) {
  FailureOr<Value> input = ctx.getRequiredInput(0, "input");
  FailureOr<float> lambd = ctx.getFloat("lambd", 0.5f);
  FailureOr<float> bias = ctx.getFloat("bias", 0.0f);
  if (failed(input) || failed(lambd) || failed(bias))
    return failure();
  Type type = getElementType(*input);
  Value biasValue = ctx.constantScalar(type, *bias);
  FailureOr<Value> below =
      ctx.create<LessOp>({*input, ctx.constantScalar(type, -*lambd)});
  FailureOr<Value> above =
      ctx.create<GreaterOp>({*input, ctx.constantScalar(type, *lambd)});
  FailureOr<Value> plusBias = ctx.create<AddOp>({*input, biasValue});
  FailureOr<Value> minusBias = ctx.create<SubtractOp>({*input, biasValue});
  if (failed(below) || failed(above) || failed(plusBias) || failed(minusBias))
    return failure();
  FailureOr<Value> upper =
      ctx.create<SelectOp>({*above, *minusBias, ctx.constantScalar(type, 0)});
  if (failed(upper))
    return failure();
  FailureOr<Value> result = ctx.create<SelectOp>({*below, *plusBias, *upper});
  if (failed(result))
    return failure();
  return ValueList{*result};
}

/// Compress: the slices along `axis` (of the flattened input without it)
/// whose condition is true, i.e. Gather of NonZero(condition). A condition
/// shorter than the axis selects from its first elements only.
FailureOr<ValueList> convertCompress(NodeContext &ctx) {
  FailureOr<Value> input = ctx.getRequiredInput(0, "input");
  FailureOr<Value> condition = ctx.getRequiredInput(1, "condition");
  if (failed(input) || failed(condition))
    return failure();
  Value data = *input;
  int64_t axis = 0;
  if (ctx.hasAttr("axis")) {
    FailureOr<int64_t> attr = ctx.getInt("axis");
    std::optional<int64_t> rank = getRank(data);
    if (failed(attr))
      return failure();
    if (!rank)
      return ctx.fail("the input must be ranked when 'axis' is given");
    FailureOr<int64_t> normalized = normalizeAxis(ctx, *attr, *rank);
    if (failed(normalized))
      return failure();
    axis = *normalized;
  } else {
    FailureOr<Value> flat = ctx.create<ReshapeOp>(
        {data, ctx.constantI64({-1})},
        {ctx.namedAttr("special_zero", ctx.getBuilder().getBoolAttr(false))});
    if (failed(flat))
      return failure();
    data = *flat;
  }
  FailureOr<Value> nonZero = ctx.create<NonZeroOp>({*condition});
  if (failed(nonZero))
    return failure();
  FailureOr<Value> indices =
      ctx.create<SqueezeOp>({*nonZero, ctx.constantI64({0})});
  if (failed(indices))
    return failure();
  FailureOr<Value> result = ctx.create<GatherOp>(
      {data, *indices, ctx.constantI64({axis}, /*scalar=*/true)});
  if (failed(result))
    return failure();
  return ValueList{*result};
}

//===----------------------------------------------------------------------===//
// Quantization: QuantizeLinear, DequantizeLinear (opset 10; per-axis from
// 13), DynamicQuantizeLinear, MatMulInteger, ConvInteger
//===----------------------------------------------------------------------===//

FailureOr<Value> roundHalfToEven(NodeContext &ctx, Value value) {
  return ctx.create<RoundOp>(
      {value},
      {ctx.namedAttr("mode", RoundModeAttr::get(ctx.getContext(),
                                                RoundMode::half_to_even))});
}

FailureOr<Value> clamp(NodeContext &ctx, Value value, double min, double max) {
  OpBuilder &b = ctx.getBuilder();
  return ctx.create<ClampOp>({value},
                             {ctx.namedAttr("min", b.getF64FloatAttr(min)),
                              ctx.namedAttr("max", b.getF64FloatAttr(max))});
}

/// The range of an 8/16/32-bit integer type, or nullopt.
std::optional<std::pair<double, double>> getIntegerRange(Type type) {
  auto intType = dyn_cast<IntegerType>(type);
  if (!intType || intType.getWidth() < 2 || intType.getWidth() > 32)
    return std::nullopt;
  unsigned width = intType.getWidth();
  if (intType.isUnsigned())
    return std::make_pair(0.0, std::ldexp(1.0, width) - 1);
  return std::make_pair(-std::ldexp(1.0, width - 1),
                        std::ldexp(1.0, width - 1) - 1);
}

/// A scale or zero point of rank 1 along `axis` of a rank-`rank` input,
/// reshaped to [1, .., C, .., 1] to broadcast; scalars stay as they are.
FailureOr<Value> alignToAxis(NodeContext &ctx, Value value, int64_t axis,
                             int64_t rank) {
  std::optional<int64_t> valueRank = getRank(value);
  if (!valueRank || *valueRank != 1 || rank <= 1)
    return value;
  SmallVector<int64_t> shape(rank, 1);
  shape[axis] = -1;
  return ctx.create<ReshapeOp>(
      {value, ctx.constantI64(shape)},
      {ctx.namedAttr("special_zero", ctx.getBuilder().getBoolAttr(false))});
}

/// The `axis` attribute (opset 13 on; per-tensor before) normalized against
/// `input`'s rank; nullopt when scale and zero point need no alignment.
FailureOr<std::optional<int64_t>> getQuantAxis(NodeContext &ctx, Value input,
                                               Value scale) {
  std::optional<int64_t> scaleRank = getRank(scale);
  if (ctx.getOpsetVersion() < 13 || !scaleRank || *scaleRank == 0)
    return std::optional<int64_t>();
  FailureOr<int64_t> axis = ctx.getInt("axis", 1);
  std::optional<int64_t> rank = getRank(input);
  if (failed(axis))
    return failure();
  if (!rank)
    return ctx.fail("per-axis quantization needs a ranked input");
  if (*rank == 0)
    return std::optional<int64_t>();
  FailureOr<int64_t> normalized = normalizeAxis(ctx, *axis, *rank);
  if (failed(normalized))
    return failure();
  return std::optional<int64_t>(*normalized);
}

/// QuantizeLinear: saturate(round_half_to_even(x / scale) + zero_point),
/// computed in the scale's float type and converted to the zero point's
/// type (u8 without a zero point).
FailureOr<ValueList> convertQuantizeLinear(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "x");
  FailureOr<Value> scale = ctx.getRequiredInput(1, "y_scale");
  if (failed(x) || failed(scale))
    return failure();
  Value zeroPoint = ctx.getInput(2);
  Type floatType = getElementType(*scale);
  Type outType =
      zeroPoint ? getElementType(zeroPoint)
                : IntegerType::get(ctx.getContext(), 8, IntegerType::Unsigned);
  std::optional<std::pair<double, double>> range = getIntegerRange(outType);
  if (!isa<FloatType>(floatType))
    return ctx.fail("y_scale must be a float tensor");
  if (!range)
    return ctx.fail("unsupported output element type for QuantizeLinear");
  FailureOr<std::optional<int64_t>> axis = getQuantAxis(ctx, *x, *scale);
  if (failed(axis))
    return failure();
  if (*axis) {
    scale = alignToAxis(ctx, *scale, **axis, *getRank(*x));
    if (zeroPoint && succeeded(scale)) {
      FailureOr<Value> aligned =
          alignToAxis(ctx, zeroPoint, **axis, *getRank(*x));
      if (failed(aligned))
        return failure();
      zeroPoint = *aligned;
    }
    if (failed(scale))
      return failure();
  }
  FailureOr<Value> input = convertTo(ctx, *x, floatType);
  if (failed(input))
    return failure();
  FailureOr<Value> result = ctx.create<DivideOp>({*input, *scale});
  if (failed(result))
    return failure();
  result = roundHalfToEven(ctx, *result);
  if (failed(result))
    return failure();
  if (zeroPoint) {
    FailureOr<Value> zp = convertTo(ctx, zeroPoint, floatType);
    if (failed(zp))
      return failure();
    result = ctx.create<AddOp>({*result, *zp});
    if (failed(result))
      return failure();
  }
  result = clamp(ctx, *result, range->first, range->second);
  if (failed(result))
    return failure();
  result = convertTo(ctx, *result, outType);
  if (failed(result))
    return failure();
  return ValueList{*result};
}

/// DequantizeLinear: (x - zero_point) * scale in the scale's float type.
FailureOr<ValueList> convertDequantizeLinear(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "x");
  FailureOr<Value> scale = ctx.getRequiredInput(1, "x_scale");
  if (failed(x) || failed(scale))
    return failure();
  Value zeroPoint = ctx.getInput(2);
  Type floatType = getElementType(*scale);
  if (!isa<FloatType>(floatType))
    return ctx.fail("x_scale must be a float tensor");
  FailureOr<std::optional<int64_t>> axis = getQuantAxis(ctx, *x, *scale);
  if (failed(axis))
    return failure();
  if (*axis) {
    scale = alignToAxis(ctx, *scale, **axis, *getRank(*x));
    if (zeroPoint && succeeded(scale)) {
      FailureOr<Value> aligned =
          alignToAxis(ctx, zeroPoint, **axis, *getRank(*x));
      if (failed(aligned))
        return failure();
      zeroPoint = *aligned;
    }
    if (failed(scale))
      return failure();
  }
  FailureOr<Value> result = convertTo(ctx, *x, floatType);
  if (failed(result))
    return failure();
  if (zeroPoint) {
    FailureOr<Value> zp = convertTo(ctx, zeroPoint, floatType);
    if (failed(zp))
      return failure();
    result = ctx.create<SubtractOp>({*result, *zp});
    if (failed(result))
      return failure();
  }
  result = ctx.create<MultiplyOp>({*result, *scale});
  if (failed(result))
    return failure();
  return ValueList{*result};
}

/// DynamicQuantizeLinear (u8): the range [min(0, min x), max(0, max x)]
/// gives scale = range / 255 and zero point round(saturate(-min / scale));
/// y = saturate(round(x / scale) + zero point).
FailureOr<ValueList> convertDynamicQuantizeLinear(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "x");
  if (failed(x))
    return failure();
  Type floatType = getElementType(*x);
  Type u8 = IntegerType::get(ctx.getContext(), 8, IntegerType::Unsigned);
  // min and max over every element, whatever the rank.
  FailureOr<Value> flat = ctx.create<ReshapeOp>(
      {*x, ctx.constantI64({-1})},
      {ctx.namedAttr("special_zero", ctx.getBuilder().getBoolAttr(false))});
  if (failed(flat))
    return failure();
  FailureOr<Value> min = ctx.create<ReduceMinOp>({*flat, ctx.constantI64({0})});
  FailureOr<Value> max = ctx.create<ReduceMaxOp>({*flat, ctx.constantI64({0})});
  if (failed(min) || failed(max))
    return failure();
  Value zero = ctx.constantScalar(floatType, 0);
  min = ctx.create<MinimumOp>({*min, zero});
  max = ctx.create<MaximumOp>({*max, zero});
  if (failed(min) || failed(max))
    return failure();
  FailureOr<Value> range = ctx.create<SubtractOp>({*max, *min});
  if (failed(range))
    return failure();
  FailureOr<Value> scale =
      ctx.create<DivideOp>({*range, ctx.constantScalar(floatType, 255)});
  if (failed(scale))
    return failure();
  FailureOr<Value> zp = ctx.create<DivideOp>({*min, *scale});
  if (failed(zp))
    return failure();
  zp = ctx.create<NegativeOp>({*zp});
  if (failed(zp))
    return failure();
  zp = clamp(ctx, *zp, 0, 255);
  if (failed(zp))
    return failure();
  zp = roundHalfToEven(ctx, *zp);
  if (failed(zp))
    return failure();
  FailureOr<Value> y = ctx.create<DivideOp>({*x, *scale});
  if (failed(y))
    return failure();
  y = roundHalfToEven(ctx, *y);
  if (failed(y))
    return failure();
  y = ctx.create<AddOp>({*y, *zp});
  if (failed(y))
    return failure();
  y = clamp(ctx, *y, 0, 255);
  if (failed(y))
    return failure();
  y = convertTo(ctx, *y, u8);
  FailureOr<Value> zpOut = convertTo(ctx, *zp, u8);
  if (failed(y) || failed(zpOut))
    return failure();
  return ValueList{*y, *scale, *zpOut};
}

/// `value` converted to i32, minus its zero point (converted too) if any.
FailureOr<Value> subtractZeroPoint(NodeContext &ctx, Value value,
                                   Value zeroPoint) {
  Type i32 = IntegerType::get(ctx.getContext(), 32);
  FailureOr<Value> result = convertTo(ctx, value, i32);
  if (failed(result) || !zeroPoint)
    return result;
  FailureOr<Value> zp = convertTo(ctx, zeroPoint, i32);
  if (failed(zp))
    return failure();
  return ctx.create<SubtractOp>({*result, *zp});
}

/// MatMulInteger: an i32 MatMul of the inputs minus their zero points. A 1-D
/// zero point of A holds one value per row, so it becomes a column.
FailureOr<ValueList> convertMatMulInteger(NodeContext &ctx) {
  FailureOr<Value> a = ctx.getRequiredInput(0, "A");
  FailureOr<Value> b = ctx.getRequiredInput(1, "B");
  if (failed(a) || failed(b))
    return failure();
  Value aZero = ctx.getInput(2), bZero = ctx.getInput(3);
  std::optional<int64_t> aRank = getRank(*a);
  if (aZero && getRank(aZero) == 1 && aRank && *aRank > 1) {
    FailureOr<Value> column =
        ctx.create<UnsqueezeOp>({aZero, ctx.constantI64({-1})});
    if (failed(column))
      return failure();
    aZero = *column;
  }
  FailureOr<Value> lhs = subtractZeroPoint(ctx, *a, aZero);
  FailureOr<Value> rhs = subtractZeroPoint(ctx, *b, bZero);
  if (failed(lhs) || failed(rhs))
    return failure();
  FailureOr<Value> result = ctx.create<MatMulOp>({*lhs, *rhs});
  if (failed(result))
    return failure();
  return ValueList{*result};
}

/// ConvInteger: an i32 Convolution (GroupConvolution when group > 1) of the
/// inputs minus their zero points; a 1-D w_zero_point holds one value per
/// output channel.
FailureOr<ValueList> convertConvInteger(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "x");
  FailureOr<Value> w = ctx.getRequiredInput(1, "w");
  if (failed(x) || failed(w))
    return failure();
  std::optional<int64_t> wRank = getRank(*w);
  if (!wRank || *wRank < 3)
    return ctx.fail("w must be a ranked tensor of rank 3 or more");
  int64_t spatial = *wRank - 2;
  SmallVector<int64_t> ones(spatial, 1), zeros(2 * spatial, 0);
  FailureOr<SmallVector<int64_t>> strides = ctx.getInts("strides", ones);
  FailureOr<SmallVector<int64_t>> dilations = ctx.getInts("dilations", ones);
  FailureOr<SmallVector<int64_t>> pads = ctx.getInts("pads", zeros);
  FailureOr<std::string> autoPad = ctx.getString("auto_pad", "NOTSET");
  FailureOr<int64_t> group = ctx.getInt("group", 1);
  if (failed(strides) || failed(dilations) || failed(pads) || failed(autoPad) ||
      failed(group))
    return failure();
  if (static_cast<int64_t>(strides->size()) != spatial ||
      static_cast<int64_t>(dilations->size()) != spatial ||
      static_cast<int64_t>(pads->size()) != 2 * spatial)
    return ctx.fail("strides, dilations and pads must have " + Twine(spatial) +
                    ", " + Twine(spatial) + " and " + Twine(2 * spatial) +
                    " values");
  std::optional<PadType> padType =
      llvm::StringSwitch<std::optional<PadType>>(*autoPad)
          .Case("NOTSET", PadType::explicit_)
          .Case("SAME_UPPER", PadType::same_upper)
          .Case("SAME_LOWER", PadType::same_lower)
          .Case("VALID", PadType::valid)
          .Default(std::nullopt);
  if (!padType)
    return ctx.fail("unknown auto_pad '" + *autoPad + "'");
  if (*group < 1)
    return ctx.fail("group must be positive, got " + Twine(*group));

  Value wZero = ctx.getInput(3);
  if (wZero && getRank(wZero) == 1) {
    // One zero point per output channel: [M] -> [M, 1, ...].
    SmallVector<int64_t> axes;
    for (int64_t i = 1; i < *wRank; ++i)
      axes.push_back(i);
    FailureOr<Value> aligned =
        ctx.create<UnsqueezeOp>({wZero, ctx.constantI64(axes)});
    if (failed(aligned))
      return failure();
    wZero = *aligned;
  }
  FailureOr<Value> data = subtractZeroPoint(ctx, *x, ctx.getInput(2));
  FailureOr<Value> filter = subtractZeroPoint(ctx, *w, wZero);
  if (failed(data) || failed(filter))
    return failure();

  OpBuilder &b = ctx.getBuilder();
  ArrayRef<int64_t> padValues = *pads;
  SmallVector<NamedAttribute> attrs = {
      ctx.namedAttr("auto_pad", PadTypeAttr::get(ctx.getContext(), *padType)),
      ctx.namedAttr("strides", b.getDenseI64ArrayAttr(*strides)),
      ctx.namedAttr("pads_begin",
                    b.getDenseI64ArrayAttr(padValues.take_front(spatial))),
      ctx.namedAttr("pads_end",
                    b.getDenseI64ArrayAttr(padValues.drop_front(spatial))),
      ctx.namedAttr("dilations", b.getDenseI64ArrayAttr(*dilations))};
  FailureOr<Value> result;
  if (*group == 1) {
    result = ctx.create<ConvolutionOp>({*data, *filter}, attrs);
  } else {
    // [M, C/G, k...] -> [G, M/G, C/G, k...]: needs the filter's shape.
    auto wType = cast<RankedTensorType>(w->getType());
    if (!wType.hasStaticShape() || wType.getDimSize(0) % *group != 0)
      return ctx.fail("group > 1 needs a static filter shape whose first "
                      "dimension divides by the group count");
    SmallVector<int64_t> shape = {*group, wType.getDimSize(0) / *group};
    llvm::append_range(shape, wType.getShape().drop_front());
    FailureOr<Value> grouped = ctx.create<ReshapeOp>(
        {*filter, ctx.constantI64(shape)},
        {ctx.namedAttr("special_zero", b.getBoolAttr(false))});
    if (failed(grouped))
      return failure();
    result = ctx.create<GroupConvolutionOp>({*data, *grouped}, attrs);
  }
  if (failed(result))
    return failure();
  return ValueList{*result};
}

} // namespace

void onnx_import::registerDecompositionConverters(ConverterRegistry &registry) {
  registry.add("NegativeLogLikelihoodLoss", 12, convertNLLLoss);
  registry.add("SoftmaxCrossEntropyLoss", 12, convertSoftmaxCrossEntropyLoss);
  registry.add("Hardmax", 1, convertHardmax);
  registry.add("Shrink", 9, convertShrink);
  registry.add("Compress", 9, convertCompress);
  registry.add("QuantizeLinear", 10, convertQuantizeLinear);
  registry.add("DequantizeLinear", 10, convertDequantizeLinear);
  registry.add("DynamicQuantizeLinear", 11, convertDynamicQuantizeLinear);
  registry.add("MatMulInteger", 10, convertMatMulInteger);
  registry.add("ConvInteger", 10, convertConvInteger);
}
