//===- Reduction.cpp - ONNX reductions, ArgMax/ArgMin, TopK, NMS ----------===//
//
// Reduce* map onto OV's reductions; ReduceLogSum, ReduceLogSumExp and
// ReduceSumSquare become ReduceSum with Log / Exp / a square around it, as
// in OpenVINO's ONNX frontend. The axes are an attribute (ReduceSum before
// opset 13, the others before 18) or the second input; no axes reduce every
// dimension, unless `noop_with_empty_axes` (input form only) says to reduce
// nothing. ArgMax/ArgMin are TopK with k = 1 keeping the index output; TopK's
// k moved from an attribute to an input in opset 10, and opset 11 added
// `largest` and `sorted`. NonMaxSuppression keeps OpenVINO's first output.
//
//===----------------------------------------------------------------------===//

#include "../ConverterRegistry.h"

#include "ovmlir/Dialect/OV/IR/OVOps.h"
#include "ovmlir/Dialect/OV/IR/ShapeUtils.h"

#include "llvm/ADT/Sequence.h"
#include "llvm/Support/FormatVariadic.h"

#include <limits>

using namespace mlir;
using namespace mlir::ov;
using namespace mlir::ov::onnx_import;

namespace {

//===----------------------------------------------------------------------===//
// Reduce*
//===----------------------------------------------------------------------===//

/// Every axis of `data`: a constant [0, rank) when the rank is known,
/// otherwise Range(0, rank) computed from ShapeOf(ShapeOf(data)).
FailureOr<Value> getAllAxes(NodeContext &ctx, Value data) {
  if (std::optional<int64_t> rank = getRank(data))
    return ctx.constantI64(llvm::to_vector(llvm::seq<int64_t>(0, *rank)));
  FailureOr<Value> shape = ctx.create<ShapeOfOp>({data});
  if (failed(shape))
    return failure();
  FailureOr<Value> rank = ctx.create<ShapeOfOp>({*shape});
  if (failed(rank))
    return failure();
  FailureOr<Value> scalarRank =
      ctx.create<SqueezeOp>({*rank, ctx.constantI64({0})});
  if (failed(scalarRank))
    return failure();
  OpBuilder &b = ctx.getBuilder();
  return ctx.create<RangeOp>(
      {ctx.constantI64({0}, /*scalar=*/true), *scalarRank,
       ctx.constantI64({1}, /*scalar=*/true)},
      {ctx.namedAttr("output_type", TypeAttr::get(b.getI64Type()))});
}

/// The axes of a Reduce* with an `axes` attribute; none means all.
FailureOr<Value> getAxesFromAttr(NodeContext &ctx, Value data) {
  FailureOr<SmallVector<int64_t>> axes =
      ctx.getInts("axes", ArrayRef<int64_t>{});
  if (failed(axes))
    return failure();
  if (axes->empty())
    return getAllAxes(ctx, data);
  std::optional<int64_t> rank = getRank(data);
  if (rank && static_cast<int64_t>(axes->size()) > *rank)
    return ctx.fail("got " + Twine(axes->size()) +
                    " reduction axes for an input of rank " + Twine(*rank));
  return ctx.constantI64(*axes);
}

/// The axes of a Reduce* with an `axes` input, or a null value when nothing
/// is to be reduced (no or empty axes with `noop_with_empty_axes`). Whether
/// the axes are empty must be known, so their shape must be static.
FailureOr<Value> getAxesFromInput(NodeContext &ctx, Value data) {
  FailureOr<int64_t> noop = ctx.getInt("noop_with_empty_axes", 0);
  if (failed(noop))
    return failure();
  if (Value axes = ctx.getInput(1)) {
    auto type = dyn_cast<RankedTensorType>(axes.getType());
    if (!type || !type.hasStaticShape())
      return ctx.fail("the axes input needs a static shape, got " +
                      llvm::formatv("{0}", axes.getType()).str());
    if (type.getNumElements() != 0)
      return axes;
  }
  if (*noop)
    return Value();
  return getAllAxes(ctx, data);
}

/// What happens to the data before the reduction.
enum class PreOp { None, Exp, Square };

/// Reduce* with OV op `ReduceOpTy`, `pre` applied to the input, a Log
/// applied to the result with `logAfter`, the axes taken from the second
/// input with `axesInput`.
template <typename ReduceOpTy, PreOp pre = PreOp::None, bool logAfter = false,
          bool axesInput = false>
FailureOr<ValueList> convertReduce(NodeContext &ctx) {
  FailureOr<Value> data = ctx.getRequiredInput(0, "data");
  if (failed(data))
    return failure();
  FailureOr<int64_t> keepdims = ctx.getInt("keepdims", 1);
  if (failed(keepdims))
    return failure();
  FailureOr<Value> axes =
      axesInput ? getAxesFromInput(ctx, *data) : getAxesFromAttr(ctx, *data);
  if (failed(axes))
    return failure();

  FailureOr<Value> result = *data;
  if (pre == PreOp::Exp)
    result = ctx.create<ExpOp>({*data});
  else if (pre == PreOp::Square)
    result = ctx.create<MultiplyOp>({*data, *data});
  if (failed(result))
    return failure();
  if (*axes) {
    result = ctx.create<ReduceOpTy>(
        {*result, *axes},
        {ctx.namedAttr("keep_dims",
                       ctx.getBuilder().getBoolAttr(*keepdims != 0))});
    if (failed(result))
      return failure();
  }
  if (logAfter) {
    result = ctx.create<LogOp>({*result});
    if (failed(result))
      return failure();
  }
  return ValueList{*result};
}

/// Registers `opType`'s converter with the axes attribute from opset 1 and
/// the axes input from `inputSince`.
template <typename ReduceOpTy, PreOp pre = PreOp::None, bool logAfter = false>
void addReduce(ConverterRegistry &registry, StringRef opType,
               int64_t inputSince) {
  registry.add(opType, 1, convertReduce<ReduceOpTy, pre, logAfter, false>);
  registry.add(opType, inputSince,
               convertReduce<ReduceOpTy, pre, logAfter, true>);
}

//===----------------------------------------------------------------------===//
// TopK, ArgMax, ArgMin
//===----------------------------------------------------------------------===//

/// A one-element `value` as a 0-D tensor, the way OpenVINO's frontend reads
/// TopK's k and NonMaxSuppression's bounds: a constant becomes a scalar
/// constant, anything else is reshaped to [].
FailureOr<Value> toScalar(NodeContext &ctx, Value value, StringRef what) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  if (type && type.getRank() == 0)
    return value;
  if (type && type.hasStaticShape() && type.getNumElements() != 1)
    return ctx.fail(what + " must hold a single value, got " +
                    llvm::formatv("{0}", value.getType()).str());
  Type elementType = getElementType(value);
  auto scalarType = RankedTensorType::get({}, elementType);
  if (auto intType = dyn_cast<IntegerType>(elementType)) {
    if (auto values = getConstantIntValues(value);
        values && values->size() == 1)
      return ctx.constant(DenseElementsAttr::get(
          scalarType, APInt(intType.getWidth(), values->front(),
                            /*isSigned=*/true, /*implicitTrunc=*/true)));
  } else if (isa<FloatType>(elementType)) {
    if (auto values = getConstantFloatValues(value);
        values && values->size() == 1)
      return ctx.constantScalar(elementType, values->front());
  }
  return ctx.create<ReshapeOp>(
      {value, ctx.constantI64({})},
      {ctx.namedAttr("special_zero", ctx.getBuilder().getBoolAttr(false))});
}

/// TopK with i64 indices (ONNX's), returning both results.
FailureOr<ValueList> buildTopK(NodeContext &ctx, Value data, Value k,
                               int64_t axis, TopKMode mode, TopKSortType sort) {
  MLIRContext *context = ctx.getContext();
  OpBuilder &b = ctx.getBuilder();
  FailureOr<Operation *> topk = ctx.createOp(
      TopKOp::getOperationName(), {data, k},
      {ctx.namedAttr("axis", b.getI64IntegerAttr(axis)),
       ctx.namedAttr("mode", TopKModeAttr::get(context, mode)),
       ctx.namedAttr("sort", TopKSortTypeAttr::get(context, sort)),
       ctx.namedAttr("index_element_type", TypeAttr::get(b.getI64Type()))},
      /*numResults=*/2);
  if (failed(topk))
    return failure();
  return ValueList{(*topk)->getResult(0), (*topk)->getResult(1)};
}

/// TopK-1: k is an attribute; the largest values, sorted.
FailureOr<ValueList> convertTopK1(NodeContext &ctx) {
  FailureOr<Value> data = ctx.getRequiredInput(0, "X");
  FailureOr<int64_t> k = ctx.getInt("k");
  FailureOr<int64_t> axis = ctx.getInt("axis", -1);
  if (failed(data) || failed(k) || failed(axis))
    return failure();
  return buildTopK(ctx, *data, ctx.constantI64({*k}, /*scalar=*/true), *axis,
                   TopKMode::max, TopKSortType::value);
}

/// TopK-10/11: k is a one-element input; opset 11 adds `largest` and
/// `sorted` (an unsorted TopK keeps no particular order).
FailureOr<ValueList> convertTopK10(NodeContext &ctx) {
  FailureOr<Value> data = ctx.getRequiredInput(0, "X");
  FailureOr<Value> kInput = ctx.getRequiredInput(1, "K");
  FailureOr<int64_t> axis = ctx.getInt("axis", -1);
  FailureOr<int64_t> largest = ctx.getInt("largest", 1);
  FailureOr<int64_t> sorted = ctx.getInt("sorted", 1);
  if (failed(data) || failed(kInput) || failed(axis) || failed(largest) ||
      failed(sorted))
    return failure();
  FailureOr<Value> k = toScalar(ctx, *kInput, "K");
  if (failed(k))
    return failure();
  return buildTopK(ctx, *data, *k, *axis,
                   *largest ? TopKMode::max : TopKMode::min,
                   *sorted ? TopKSortType::value : TopKSortType::none);
}

/// ArgMax/ArgMin: the index output of TopK(k = 1, sort none), its axis
/// squeezed without `keepdims`. TopK picks the first of equal elements; for
/// `select_last_index` it runs on the data reversed along the axis (a Slice
/// with step -1) and the index is mirrored back: (dim - 1) - index.
template <TopKMode mode>
FailureOr<ValueList> convertArgMinMax(NodeContext &ctx) {
  FailureOr<Value> data = ctx.getRequiredInput(0, "data");
  FailureOr<int64_t> axis = ctx.getInt("axis", 0);
  FailureOr<int64_t> keepdims = ctx.getInt("keepdims", 1);
  FailureOr<int64_t> selectLast = ctx.getInt("select_last_index", 0);
  if (failed(data) || failed(axis) || failed(keepdims) || failed(selectLast))
    return failure();

  FailureOr<Value> input = *data;
  if (*selectLast) {
    input = ctx.create<SliceOp>(
        {*data, ctx.constantI64({-1}),
         ctx.constantI64({std::numeric_limits<int64_t>::min()}),
         ctx.constantI64({-1}), ctx.constantI64({*axis})});
    if (failed(input))
      return failure();
  }
  FailureOr<ValueList> topk =
      buildTopK(ctx, *input, ctx.constantI64({1}, /*scalar=*/true), *axis, mode,
                TopKSortType::none);
  if (failed(topk))
    return failure();
  FailureOr<Value> index = (*topk)[1];
  if (*selectLast) {
    FailureOr<Value> shape = ctx.create<ShapeOfOp>({*data});
    if (failed(shape))
      return failure();
    FailureOr<Value> dim = ctx.create<GatherOp>(
        {*shape, ctx.constantI64({*axis}), ctx.constantI64({0}, true)});
    if (failed(dim))
      return failure();
    FailureOr<Value> last =
        ctx.create<SubtractOp>({*dim, ctx.constantI64({1})});
    if (failed(last))
      return failure();
    index = ctx.create<SubtractOp>({*last, *index});
    if (failed(index))
      return failure();
  }
  if (!*keepdims) {
    index = ctx.create<SqueezeOp>({*index, ctx.constantI64({*axis})});
    if (failed(index))
      return failure();
  }
  return ValueList{*index};
}

//===----------------------------------------------------------------------===//
// NonMaxSuppression
//===----------------------------------------------------------------------===//

/// NonMaxSuppression-10/11: the optional inputs are positional; absent ones
/// get OpenVINO's frontend defaults (no boxes, IoU threshold 0, no score
/// threshold). Selected indices come out as i64 [N, 3] in selection order
/// (sort_result_descending off).
FailureOr<ValueList> convertNonMaxSuppression(NodeContext &ctx) {
  FailureOr<Value> boxes = ctx.getRequiredInput(0, "boxes");
  FailureOr<Value> scores = ctx.getRequiredInput(1, "scores");
  FailureOr<int64_t> centerPointBox = ctx.getInt("center_point_box", 0);
  if (failed(boxes) || failed(scores) || failed(centerPointBox))
    return failure();
  if (*centerPointBox != 0 && *centerPointBox != 1)
    return ctx.fail("center_point_box must be 0 or 1, got " +
                    Twine(*centerPointBox));

  OpBuilder &b = ctx.getBuilder();
  Type f32 = b.getF32Type();
  auto getBound = [&](size_t index, StringRef what,
                      function_ref<Value()> makeDefault) -> FailureOr<Value> {
    if (Value value = ctx.getInput(index))
      return toScalar(ctx, value, what);
    return makeDefault();
  };
  FailureOr<Value> maxBoxes = getBound(2, "max_output_boxes_per_class", [&] {
    return ctx.constantI64({0}, /*scalar=*/true);
  });
  FailureOr<Value> iouThreshold = getBound(
      3, "iou_threshold", [&] { return ctx.constantScalar(f32, 0.0); });
  FailureOr<Value> scoreThreshold = getBound(4, "score_threshold", [&] {
    return ctx.constantScalar(f32, -std::numeric_limits<float>::max());
  });
  if (failed(maxBoxes) || failed(iouThreshold) || failed(scoreThreshold))
    return failure();

  FailureOr<Operation *> nms = ctx.createOp(
      NonMaxSuppressionOp::getOperationName(),
      {*boxes, *scores, *maxBoxes, *iouThreshold, *scoreThreshold},
      {ctx.namedAttr("box_encoding",
                     b.getStringAttr(*centerPointBox ? "center" : "corner")),
       ctx.namedAttr("sort_result_descending", b.getBoolAttr(false)),
       ctx.namedAttr("output_type", TypeAttr::get(b.getI64Type())),
       ctx.namedAttr("operandSegmentSizes",
                     b.getDenseI32ArrayAttr({1, 1, 1, 1, 1, 0}))},
      /*numResults=*/3);
  if (failed(nms))
    return failure();
  return ValueList{(*nms)->getResult(0)};
}

} // namespace

void onnx_import::registerReductionConverters(ConverterRegistry &registry) {
  // ReduceSum took its axes as an input from opset 13, the others from 18.
  addReduce<ReduceSumOp>(registry, "ReduceSum", 13);
  addReduce<ReduceMeanOp>(registry, "ReduceMean", 18);
  addReduce<ReduceMaxOp>(registry, "ReduceMax", 18);
  addReduce<ReduceMinOp>(registry, "ReduceMin", 18);
  addReduce<ReduceProdOp>(registry, "ReduceProd", 18);
  addReduce<ReduceL1Op>(registry, "ReduceL1", 18);
  addReduce<ReduceL2Op>(registry, "ReduceL2", 18);
  addReduce<ReduceSumOp, PreOp::None, /*logAfter=*/true>(registry,
                                                         "ReduceLogSum", 18);
  addReduce<ReduceSumOp, PreOp::Exp, /*logAfter=*/true>(registry,
                                                        "ReduceLogSumExp", 18);
  addReduce<ReduceSumOp, PreOp::Square>(registry, "ReduceSumSquare", 18);

  registry.add("ArgMax", 1, convertArgMinMax<TopKMode::max>);
  registry.add("ArgMin", 1, convertArgMinMax<TopKMode::min>);
  registry.add("TopK", 1, convertTopK1);
  registry.add("TopK", 10, convertTopK10);
  registry.add("NonMaxSuppression", 10, convertNonMaxSuppression);
}
