//===- DataMovement.cpp - Shape and data-movement ops ---------------------===//
//
// Concat, Split, VariadicSplit, Slice, StridedSlice, Squeeze, Unsqueeze,
// Broadcast, Tile, Pad, ShapeOf, Range, DepthToSpace, SpaceToDepth.
//
// Result sizes come from the dialect's shape functions evaluated on the
// runtime shapes. Contiguous pieces use tensor.insert_slice/extract_slice;
// the rest is a linalg.generic computing each element's source position
// from its indices (always in bounds).
//
//===----------------------------------------------------------------------===//

#include "IndexedGeneric.h"
#include "LoweringUtils.h"

#include "ovmlir/Dialect/OV/IR/IndexingShapes.h"
#include "ovmlir/Dialect/OV/IR/OVOps.h"
#include "ovmlir/Dialect/OV/IR/ShapeOpShapes.h"
#include "ovmlir/Dialect/OV/IR/ShapeUtils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/ImplicitLocOpBuilder.h"
#include "mlir/Transforms/DialectConversion.h"

using namespace mlir;
using namespace mlir::ov;
using namespace mlir::ov::lowering;

namespace {

/// The constant integers of an optional operand (std::nullopt when absent).
FailureOr<std::optional<SmallVector<int64_t>>> optionalInts(Value value) {
  if (!value)
    return std::optional<SmallVector<int64_t>>();
  FailureOr<SmallVector<int64_t>> ints = getConstantInts(value);
  if (failed(ints))
    return failure();
  return std::optional<SmallVector<int64_t>>(*ints);
}

//===----------------------------------------------------------------------===//
// Concat, Split, VariadicSplit
//===----------------------------------------------------------------------===//

/// Concat: the inputs inserted one after the other into an empty result.
struct ConcatLowering : OpConversionPattern<ConcatOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ConcatOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto type = dyn_cast<RankedTensorType>(op.getType());
    if (!type || !llvm::all_of(adaptor.getInputs(), [](Value v) {
          return isa<RankedTensorType>(v.getType());
        }))
      return rewriter.notifyMatchFailure(op, "needs ranked inputs");
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    ShapeDiag diag(op.getLoc());
    SmallVector<ShapeExpr> shapes;
    for (Value input : adaptor.getInputs())
      shapes.push_back(ShapeExpr::fromValue(input, b));
    FailureOr<int64_t> axis = normalizeAxis(diag, op.getAxis(), type.getRank());
    if (failed(axis))
      return failure();
    FailureOr<ShapeExpr> shape = inferConcatShape(diag, shapes, op.getAxis());
    if (failed(shape))
      return failure();
    Value result = tensor::EmptyOp::create(b, getSizes(b, type, *shape),
                                           type.getElementType());
    DimExpr offset(0);
    SmallVector<OpFoldResult> strides(type.getRank(), b.getIndexAttr(1));
    for (auto [input, inputShape] : llvm::zip(adaptor.getInputs(), shapes)) {
      // A part with no elements adds none (inserted at the end of the
      // result, its offset would fail insert_slice's bounds check).
      if (llvm::any_of(inputShape.getDims(),
                       [](const DimExpr &d) { return d.isConstant(0); }))
        continue;
      SmallVector<OpFoldResult> offsets(type.getRank(), b.getIndexAttr(0));
      offsets[*axis] = toFoldResult(b, offset);
      SmallVector<OpFoldResult> sizes;
      for (const DimExpr &d : inputShape.getDims())
        sizes.push_back(toFoldResult(b, d));
      result = tensor::InsertSliceOp::create(b, input, result, offsets, sizes,
                                             strides);
      offset = offset + inputShape[*axis];
    }
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// The parts of `data` along `axis` with the shapes `parts`. Each part is a
/// copy (a generic reading at its offset) rather than an extract_slice: a
/// view would leave strided buffers at the function boundary, and empty
/// parts at the end would fail extract_slice's run-time offset check.
SmallVector<Value> splitParts(ImplicitLocOpBuilder &b, Value data, int64_t axis,
                              ArrayRef<ShapeExpr> parts, TypeRange types) {
  auto dataType = rankedType(data);
  SmallVector<Value> results;
  DimExpr offset(0);
  for (auto [part, type] : llvm::zip(parts, types)) {
    SmallVector<OpFoldResult> sizes;
    for (const DimExpr &d : part.getDims())
      sizes.push_back(toFoldResult(b, d));
    Value start = toIndex(b, offset);
    Value slice = buildIndexedGeneric(
        b, sizes, dataType.getElementType(),
        [&](ImplicitLocOpBuilder &body, ValueRange indices) -> Value {
          SmallVector<Value> at(indices);
          at[axis] = arith::AddIOp::create(body, at[axis], start);
          return tensor::ExtractOp::create(body, data, at);
        });
    results.push_back(castTo(b, slice, type));
    offset = offset + part[axis];
  }
  return results;
}

/// Split / VariadicSplit with a constant axis (and lengths): extract_slices.
template <typename OpTy> struct SplitLowering : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value data = adaptor.getData();
    auto type = rankedType(data);
    FailureOr<SmallVector<int64_t>> axisValue = getConstantInts(op.getAxis());
    if (!type || failed(axisValue) || axisValue->size() != 1)
      return rewriter.notifyMatchFailure(
          op, "needs ranked data and a constant axis");
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    ShapeDiag diag(op.getLoc());
    FailureOr<int64_t> axis =
        normalizeAxis(diag, (*axisValue)[0], type.getRank());
    if (failed(axis))
      return failure();
    ShapeExpr shape = ShapeExpr::fromValue(data, b);
    FailureOr<SmallVector<ShapeExpr>> parts;
    if constexpr (std::is_same_v<OpTy, SplitOp>) {
      parts = inferSplitShapes(diag, shape, *axis, op.getNumSplits());
    } else {
      // Runtime lengths (of static count) are plain sizes, never -1.
      FailureOr<SmallVector<DimExpr>> lengths =
          readSizeOperand(b, op.getSplitLengths(), adaptor.getSplitLengths());
      if (failed(lengths))
        return rewriter.notifyMatchFailure(
            op, "needs split_lengths of static length");
      SmallVector<DimExpr> dims = *lengths;
      parts = inferVariadicSplitShapes(diag, shape, *axis, dims);
    }
    if (failed(parts))
      return failure();
    rewriter.replaceOp(
        op, splitParts(b, data, *axis, *parts, op->getResultTypes()));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Slice, StridedSlice, Squeeze, Unsqueeze
//===----------------------------------------------------------------------===//

/// Applies a slice plan to `data`: extract_slice when every step is
/// positive, else a generic reading data[start + i * step]; then reshapes to
/// the result (new and shrunk axes).
Value applySlicePlan(ImplicitLocOpBuilder &b, Value data, const SlicePlan &plan,
                     RankedTensorType resultType) {
  auto type = rankedType(data);
  int64_t rank = type.getRank();
  SmallVector<OpFoldResult> offsets, sizes, strides;
  bool positive = true;
  for (const DimSlice &d : plan.dims) {
    offsets.push_back(toFoldResult(b, d.start));
    sizes.push_back(toFoldResult(b, d.size));
    strides.push_back(b.getIndexAttr(*d.step));
    positive &= *d.step > 0;
  }
  Value sliced;
  if (positive) {
    sliced = tensor::ExtractSliceOp::create(b, data, offsets, sizes, strides);
  } else {
    SmallVector<Value> starts;
    for (const DimSlice &d : plan.dims)
      starts.push_back(toIndex(b, d.start));
    sliced = buildIndexedGeneric(
        b, sizes, type.getElementType(),
        [&](ImplicitLocOpBuilder &body, ValueRange indices) {
          SmallVector<Value> at;
          for (int64_t d = 0; d < rank; ++d) {
            Value step =
                arith::ConstantIndexOp::create(body, *plan.dims[d].step);
            at.push_back(arith::AddIOp::create(
                body, starts[d],
                arith::MulIOp::create(body, indices[d], step)));
          }
          return tensor::ExtractOp::create(body, data, at);
        });
  }
  return reshapeTo(b, sliced, resultType, getSizes(b, resultType, plan.output));
}

/// Slice-8 with start/stop/step/axes known only at run time (static
/// lengths): per data dimension, the entry whose axis names it (if any)
/// gives clamped bounds as sliceDim does, then a generic reads
/// data[start + i * step].
Value buildRuntimeSlice(ImplicitLocOpBuilder &b, SliceOp op,
                        SliceOp::Adaptor adaptor) {
  Value data = adaptor.getData();
  auto type = rankedType(data);
  int64_t rank = type.getRank();
  auto read = [&](Value original,
                  Value converted) -> std::optional<SmallVector<Value>> {
    FailureOr<SmallVector<DimExpr>> values =
        readSizeOperand(b, original, converted);
    if (failed(values))
      return std::nullopt;
    return llvm::map_to_vector(*values,
                               [&](const DimExpr &d) { return toIndex(b, d); });
  };
  std::optional<SmallVector<Value>> starts =
      read(op.getStart(), adaptor.getStart());
  std::optional<SmallVector<Value>> stops =
      read(op.getStop(), adaptor.getStop());
  std::optional<SmallVector<Value>> steps =
      read(op.getStep(), adaptor.getStep());
  std::optional<SmallVector<Value>> axes;
  if (op.getAxes())
    axes = read(op.getAxes(), adaptor.getAxes());
  if (!starts || !stops || !steps || (op.getAxes() && !axes) ||
      stops->size() != starts->size() || steps->size() != starts->size() ||
      (axes && axes->size() != starts->size()))
    return Value();
  int64_t n = starts->size();
  Value zero = arith::ConstantIndexOp::create(b, 0);
  Value one = arith::ConstantIndexOp::create(b, 1);
  Value minusOne = arith::ConstantIndexOp::create(b, -1);
  Value rankValue = arith::ConstantIndexOp::create(b, rank);
  auto clamp = [&](Value x, Value low, Value high) -> Value {
    return arith::MinSIOp::create(b, arith::MaxSIOp::create(b, x, low), high);
  };
  auto select = [&](Value c, Value x, Value y) -> Value {
    return arith::SelectOp::create(b, c, x, y);
  };
  auto lt = [&](Value x, Value y) -> Value {
    return arith::CmpIOp::create(b, arith::CmpIPredicate::slt, x, y);
  };
  ShapeExpr shape = ShapeExpr::fromValue(data, b);
  SmallVector<Value> dimStart, dimStep;
  SmallVector<OpFoldResult> sizes;
  for (int64_t d = 0; d < rank; ++d) {
    Value dim = toIndex(b, shape[d]);
    Value start = zero, size = dim, step = one;
    for (int64_t i = 0; i < n; ++i) {
      Value named;
      if (axes) {
        Value axis = (*axes)[i];
        axis = select(lt(axis, zero), arith::AddIOp::create(b, axis, rankValue),
                      axis);
        named = arith::CmpIOp::create(b, arith::CmpIPredicate::eq, axis,
                                      arith::ConstantIndexOp::create(b, d));
      } else if (i == d) {
        named = arith::ConstantOp::create(b, b.getBoolAttr(true));
      } else {
        continue;
      }
      Value s = (*steps)[i];
      Value forward = lt(zero, s);
      Value begin = (*starts)[i], end = (*stops)[i];
      begin =
          select(lt(begin, zero), arith::AddIOp::create(b, begin, dim), begin);
      end = select(lt(end, zero), arith::AddIOp::create(b, end, dim), end);
      Value last = arith::SubIOp::create(b, dim, one);
      Value low = select(forward, zero, minusOne);
      Value high = select(forward, dim, last);
      begin = clamp(begin, low, high);
      end = clamp(end, low, high);
      Value span = select(forward, arith::SubIOp::create(b, end, begin),
                          arith::SubIOp::create(b, begin, end));
      Value magnitude = select(forward, s, arith::SubIOp::create(b, zero, s));
      Value count = arith::MaxSIOp::create(
          b, arith::CeilDivSIOp::create(b, span, magnitude), zero);
      start = select(named, begin, start);
      size = select(named, count, size);
      step = select(named, s, step);
    }
    dimStart.push_back(start);
    dimStep.push_back(step);
    sizes.push_back(size);
  }
  return buildIndexedGeneric(
      b, sizes, type.getElementType(),
      [&](ImplicitLocOpBuilder &body, ValueRange indices) -> Value {
        SmallVector<Value> at;
        for (int64_t d = 0; d < rank; ++d)
          at.push_back(arith::AddIOp::create(
              body, dimStart[d],
              arith::MulIOp::create(body, indices[d], dimStep[d])));
        return tensor::ExtractOp::create(body, data, at);
      });
}

/// Slice-8 with constant start/stop/step (and axes).
struct SliceLowering : OpConversionPattern<SliceOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(SliceOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value data = adaptor.getData();
    auto type = rankedType(data);
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    FailureOr<SmallVector<int64_t>> start = getConstantInts(op.getStart());
    FailureOr<SmallVector<int64_t>> stop = getConstantInts(op.getStop());
    FailureOr<SmallVector<int64_t>> step = getConstantInts(op.getStep());
    FailureOr<std::optional<SmallVector<int64_t>>> axes =
        optionalInts(op.getAxes());
    if (!type || !resultType)
      return rewriter.notifyMatchFailure(op, "needs ranked data and result");
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    if (failed(start) || failed(stop) || failed(step) || failed(axes)) {
      Value result = buildRuntimeSlice(b, op, adaptor);
      if (!result)
        return rewriter.notifyMatchFailure(
            op, "needs start, stop, step and axes of static length");
      rewriter.replaceOp(op, castTo(b, result, resultType));
      return success();
    }
    std::optional<ArrayRef<int64_t>> axesRef;
    if (*axes)
      axesRef = ArrayRef<int64_t>(**axes);
    FailureOr<SlicePlan> plan = planSlice(
        ShapeDiag(op.getLoc()), ShapeExpr::fromValue(data, b), start->size(),
        ArrayRef<int64_t>(*start), ArrayRef<int64_t>(*stop),
        ArrayRef<int64_t>(*step), op.getAxes() != nullptr, axesRef);
    if (failed(plan))
      return failure();
    rewriter.replaceOp(op, applySlicePlan(b, data, *plan, resultType));
    return success();
  }
};

/// StridedSlice-1 with constant begin/end/stride and any masks.
struct StridedSliceLowering : OpConversionPattern<StridedSliceOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(StridedSliceOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value data = adaptor.getData();
    auto type = rankedType(data);
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    FailureOr<SmallVector<int64_t>> begin = getConstantInts(op.getBegin());
    FailureOr<SmallVector<int64_t>> end = getConstantInts(op.getEnd());
    FailureOr<std::optional<SmallVector<int64_t>>> stride =
        optionalInts(op.getStride());
    if (!type || !resultType || failed(begin) || failed(end) ||
        failed(stride) || begin->size() != end->size())
      return rewriter.notifyMatchFailure(
          op, "needs ranked data and constant begin, end and stride");
    SmallVector<int64_t> strides =
        *stride ? **stride : SmallVector<int64_t>(begin->size(), 1);
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    StridedSliceMasks masks{op.getBeginMask(), op.getEndMask(),
                            op.getNewAxisMask(), op.getShrinkAxisMask(),
                            op.getEllipsisMask()};
    FailureOr<SlicePlan> plan = planStridedSlice(
        ShapeDiag(op.getLoc()), ShapeExpr::fromValue(data, b), begin->size(),
        ArrayRef<int64_t>(*begin), ArrayRef<int64_t>(*end),
        ArrayRef<int64_t>(strides), masks);
    if (failed(plan))
      return failure();
    rewriter.replaceOp(op, applySlicePlan(b, data, *plan, resultType));
    return success();
  }
};

/// Unsqueeze with axes known only at run time (static count): the output
/// dimension j is 1 when some axis names it, else the input dimension j
/// minus the number of axes before j; the data is reshaped to that.
Value unsqueezeAtRuntime(ImplicitLocOpBuilder &b, Value data, Value original,
                         Value converted, RankedTensorType resultType) {
  FailureOr<SmallVector<DimExpr>> axes =
      readSizeOperand(b, original, converted);
  int64_t outRank = resultType.getRank();
  auto type = rankedType(data);
  if (failed(axes) || int64_t(axes->size()) + type.getRank() != outRank)
    return Value();
  Value zero = arith::ConstantIndexOp::create(b, 0);
  Value one = arith::ConstantIndexOp::create(b, 1);
  Value rank = arith::ConstantIndexOp::create(b, outRank);
  SmallVector<Value> axisValues;
  for (const DimExpr &a : *axes) {
    Value v = toIndex(b, a);
    Value negative =
        arith::CmpIOp::create(b, arith::CmpIPredicate::slt, v, zero);
    axisValues.push_back(arith::SelectOp::create(
        b, negative, arith::AddIOp::create(b, v, rank), v));
  }
  ShapeExpr shape = ShapeExpr::fromValue(data, b);
  SmallVector<OpFoldResult> sizes;
  for (int64_t j = 0; j < outRank; ++j) {
    Value position = arith::ConstantIndexOp::create(b, j);
    Value isNew = arith::ConstantOp::create(b, b.getBoolAttr(false));
    Value before = zero;
    for (Value a : axisValues) {
      isNew = arith::OrIOp::create(
          b, isNew,
          arith::CmpIOp::create(b, arith::CmpIPredicate::eq, a, position));
      Value less =
          arith::CmpIOp::create(b, arith::CmpIPredicate::slt, a, position);
      before = arith::AddIOp::create(
          b, before, arith::SelectOp::create(b, less, one, zero));
    }
    Value input = arith::SubIOp::create(b, position, before);
    Value size = one;
    for (int64_t i = 0; i < type.getRank(); ++i) {
      Value isI = arith::CmpIOp::create(b, arith::CmpIPredicate::eq, input,
                                        arith::ConstantIndexOp::create(b, i));
      size = arith::SelectOp::create(b, isI, toIndex(b, shape[i]), size);
    }
    sizes.push_back(arith::SelectOp::create(b, isNew, one, size).getResult());
  }
  return reshapeTo(b, data, resultType, sizes);
}

/// Squeeze / Unsqueeze with constant axes: a reshape to the shape function's
/// result.
template <typename OpTy> struct SqueezeLowering : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value data = adaptor.getData();
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    FailureOr<std::optional<SmallVector<int64_t>>> axes =
        optionalInts(op.getAxes());
    if (!rankedType(data) || !resultType)
      return rewriter.notifyMatchFailure(op, "needs a ranked result");
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    if constexpr (std::is_same_v<OpTy, UnsqueezeOp>) {
      if (failed(axes)) {
        Value result = unsqueezeAtRuntime(b, data, op.getAxes(),
                                          adaptor.getAxes(), resultType);
        if (!result)
          return rewriter.notifyMatchFailure(op, "needs axes of static length");
        rewriter.replaceOp(op, result);
        return success();
      }
    }
    // Run-time axes whose effect inference pinned down (a static result).
    if (failed(axes) && resultType.hasStaticShape()) {
      rewriter.replaceOp(
          op,
          reshapeTo(b, data, resultType,
                    getSizes(b, resultType, ShapeExpr::fromType(resultType))));
      return success();
    }
    if (failed(axes))
      return rewriter.notifyMatchFailure(op, "needs constant axes");
    ShapeDiag diag(op.getLoc());
    ShapeExpr shape = ShapeExpr::fromValue(data, b);
    std::optional<ArrayRef<int64_t>> axesRef;
    if (*axes)
      axesRef = ArrayRef<int64_t>(**axes);
    FailureOr<ShapeExpr> out;
    if constexpr (std::is_same_v<OpTy, SqueezeOp>)
      out = inferSqueezeShape(diag, shape, op.getAxes() != nullptr, axesRef);
    else
      out = inferUnsqueezeShape(diag, shape, axesRef, std::nullopt);
    if (failed(out) || !out->hasRank())
      return failure();
    rewriter.replaceOp(
        op, reshapeTo(b, data, resultType, getSizes(b, resultType, *out)));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Broadcast, Tile, Pad
//===----------------------------------------------------------------------===//

/// The index into an input dimension of size `dim` broadcast to an output
/// index `index`: 0 for a size-1 dimension (decided at run time for a
/// dynamic one).
Value broadcastIndex(ImplicitLocOpBuilder &b, int64_t staticDim, Value dim,
                     Value index) {
  if (staticDim == 1)
    return arith::ConstantIndexOp::create(b, 0);
  if (!ShapedType::isDynamic(staticDim))
    return index;
  Value one = arith::ConstantIndexOp::create(b, 1);
  Value isOne = arith::CmpIOp::create(b, arith::CmpIPredicate::eq, dim, one);
  return arith::SelectOp::create(b, isOne, arith::ConstantIndexOp::create(b, 0),
                                 index);
}

/// Broadcast-3 (numpy, bidirectional, explicit); the target shape may be a
/// runtime value of static length.
struct BroadcastLowering : OpConversionPattern<BroadcastOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(BroadcastOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value data = adaptor.getData();
    auto type = rankedType(data);
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    BroadcastMode mode = op.getMode();
    if (!type || !resultType || mode == BroadcastMode::pdpd)
      return rewriter.notifyMatchFailure(
          op, "needs ranked data and result (pdpd mode is not supported)");
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    FailureOr<SmallVector<DimExpr>> target =
        readSizeOperand(b, op.getTargetShape(), adaptor.getTargetShape());
    if (failed(target))
      return rewriter.notifyMatchFailure(
          op, "needs a target_shape of static length");
    std::optional<SmallVector<int64_t>> mapping;
    if (mode == BroadcastMode::explicit_) {
      FailureOr<SmallVector<int64_t>> axes =
          op.getAxesMapping() ? getConstantInts(op.getAxesMapping())
                              : FailureOr<SmallVector<int64_t>>(failure());
      if (failed(axes))
        return rewriter.notifyMatchFailure(op, "needs a constant axes_mapping");
      mapping = *axes;
    }
    std::optional<ArrayRef<int64_t>> mappingRef;
    if (mapping)
      mappingRef = ArrayRef<int64_t>(*mapping);
    ShapeExpr shape = ShapeExpr::fromValue(data, b);
    FailureOr<ShapeExpr> out =
        inferBroadcastShape(ShapeDiag(op.getLoc()), shape,
                            ArrayRef<DimExpr>(*target), mode, mappingRef);
    if (failed(out))
      return failure();
    int64_t rank = type.getRank(), outRank = resultType.getRank();
    SmallVector<int64_t> outDim;
    for (int64_t j = 0; j < rank; ++j)
      outDim.push_back(mapping ? (*mapping)[j] : j + outRank - rank);
    SmallVector<Value> dims;
    for (int64_t j = 0; j < rank; ++j)
      dims.push_back(toIndex(b, shape[j]));
    Value result = buildIndexedGeneric(
        b, getSizes(b, resultType, *out), type.getElementType(),
        [&](ImplicitLocOpBuilder &body, ValueRange indices) {
          SmallVector<Value> at;
          for (int64_t j = 0; j < rank; ++j)
            at.push_back(broadcastIndex(body, type.getDimSize(j), dims[j],
                                        indices[outDim[j]]));
          return tensor::ExtractOp::create(body, data, at);
        });
    rewriter.replaceOp(op, castTo(b, result, resultType));
    return success();
  }
};

/// Tile: output index i reads input index i mod size.
struct TileLowering : OpConversionPattern<TileOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(TileOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value data = adaptor.getData();
    auto type = rankedType(data);
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    if (!type || !resultType)
      return rewriter.notifyMatchFailure(op, "needs ranked data and result");
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    FailureOr<SmallVector<DimExpr>> repeats =
        readSizeOperand(b, op.getRepeats(), adaptor.getRepeats());
    if (failed(repeats))
      return rewriter.notifyMatchFailure(op, "needs repeats of static length");
    ShapeExpr shape = ShapeExpr::fromValue(data, b);
    FailureOr<ShapeExpr> out = inferTileShape(ShapeDiag(op.getLoc()), shape,
                                              ArrayRef<DimExpr>(*repeats));
    if (failed(out))
      return failure();
    int64_t rank = type.getRank(), offset = resultType.getRank() - rank;
    SmallVector<Value> dims;
    for (int64_t j = 0; j < rank; ++j)
      dims.push_back(toIndex(b, shape[j]));
    Value result = buildIndexedGeneric(
        b, getSizes(b, resultType, *out), type.getElementType(),
        [&](ImplicitLocOpBuilder &body, ValueRange indices) {
          SmallVector<Value> at;
          for (int64_t j = 0; j < rank; ++j)
            at.push_back(type.getDimSize(j) == 1
                             ? Value(arith::ConstantIndexOp::create(body, 0))
                             : Value(arith::RemUIOp::create(
                                   body, indices[j + offset], dims[j])));
          return tensor::ExtractOp::create(body, data, at);
        });
    rewriter.replaceOp(op, castTo(b, result, resultType));
    return success();
  }
};

/// Pad-12 in every mode; negative pads crop. Pads may be runtime values.
struct PadLowering : OpConversionPattern<PadOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(PadOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value data = adaptor.getData();
    auto type = rankedType(data);
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    if (!type || !resultType)
      return rewriter.notifyMatchFailure(op, "needs ranked data and result");
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    FailureOr<SmallVector<DimExpr>> begin =
        readSizeOperand(b, op.getPadsBegin(), adaptor.getPadsBegin());
    FailureOr<SmallVector<DimExpr>> end =
        readSizeOperand(b, op.getPadsEnd(), adaptor.getPadsEnd());
    if (failed(begin) || failed(end))
      return rewriter.notifyMatchFailure(op, "needs pads of static length");
    PadMode mode = op.getPadMode();
    ShapeExpr shape = ShapeExpr::fromValue(data, b);
    FailureOr<ShapeExpr> out =
        inferPadShape(ShapeDiag(op.getLoc()), shape, ArrayRef<DimExpr>(*begin),
                      ArrayRef<DimExpr>(*end), mode);
    if (failed(out))
      return failure();
    Type element = type.getElementType();
    Value padValue;
    if (mode == PadMode::constant)
      padValue = adaptor.getPadValue() ? extractFirst(b, adaptor.getPadValue())
                                       : scalar(b, element, 0);
    int64_t rank = type.getRank();
    // Constant pads known at compile time, none negative: a tensor.pad
    // (nothing at all for pads of 0), which the code generator tiles and
    // carries in blocked layouts like the convolutions' own paddings; the
    // gather below reads the input at computed indices.
    auto isStaticPad = [](const DimExpr &pad) {
      return pad.isConstant() && pad.getConstant() >= 0;
    };
    if (mode == PadMode::constant && llvm::all_of(*begin, isStaticPad) &&
        llvm::all_of(*end, isStaticPad)) {
      SmallVector<OpFoldResult> low, high;
      for (int64_t j = 0; j < rank; ++j) {
        low.push_back(toFoldResult(b, (*begin)[j]));
        high.push_back(toFoldResult(b, (*end)[j]));
      }
      rewriter.replaceOp(
          op, castTo(b, padOrSame(b, data, low, high, padValue), resultType));
      return success();
    }
    SmallVector<Value> dims, pads;
    for (int64_t j = 0; j < rank; ++j) {
      dims.push_back(toIndex(b, shape[j]));
      pads.push_back(toIndex(b, (*begin)[j]));
    }
    Value result = buildIndexedGeneric(
        b, getSizes(b, resultType, *out), element,
        [&](ImplicitLocOpBuilder &body, ValueRange indices) -> Value {
          Value zero = arith::ConstantIndexOp::create(body, 0);
          Value one = arith::ConstantIndexOp::create(body, 1);
          Value inside =
              arith::ConstantOp::create(body, body.getBoolAttr(true));
          SmallVector<Value> at;
          for (int64_t j = 0; j < rank; ++j) {
            Value i = arith::SubIOp::create(body, indices[j], pads[j]);
            Value below =
                arith::CmpIOp::create(body, arith::CmpIPredicate::slt, i, zero);
            Value above = arith::CmpIOp::create(body, arith::CmpIPredicate::sge,
                                                i, dims[j]);
            Value last = arith::SubIOp::create(body, dims[j], one);
            switch (mode) {
            case PadMode::constant:
              inside = arith::AndIOp::create(
                  body, inside,
                  arith::XOrIOp::create(
                      body, arith::OrIOp::create(body, below, above),
                      arith::ConstantOp::create(body, body.getBoolAttr(true))));
              break;
            case PadMode::edge:
              break;
            case PadMode::reflect: {
              // -i before, 2 * (size - 1) - i after.
              Value negated = arith::SubIOp::create(body, zero, i);
              Value mirrored = arith::SubIOp::create(
                  body, arith::AddIOp::create(body, last, last), i);
              i = arith::SelectOp::create(body, below, negated, i);
              i = arith::SelectOp::create(body, above, mirrored, i);
              break;
            }
            case PadMode::symmetric: {
              // -i - 1 before, 2 * size - 1 - i after.
              Value negated = arith::SubIOp::create(
                  body, arith::ConstantIndexOp::create(body, -1), i);
              Value mirrored = arith::SubIOp::create(
                  body, arith::AddIOp::create(body, last, dims[j]), i);
              i = arith::SelectOp::create(body, below, negated, i);
              i = arith::SelectOp::create(body, above, mirrored, i);
              break;
            }
            }
            at.push_back(clampIndex(body, i, dims[j]));
          }
          Value value = tensor::ExtractOp::create(body, data, at);
          if (mode != PadMode::constant)
            return value;
          return arith::SelectOp::create(body, inside, value, padValue);
        });
    rewriter.replaceOp(op, castTo(b, result, resultType));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// ShapeOf, Range
//===----------------------------------------------------------------------===//

/// ShapeOf: the (runtime) dimensions in a 1-D tensor.
struct ShapeOfLowering : OpConversionPattern<ShapeOfOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ShapeOfOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto type = rankedType(adaptor.getInput());
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    if (!type || !resultType)
      return rewriter.notifyMatchFailure(op, "needs a ranked input");
    Type element = resultType.getElementType();
    auto staticType = RankedTensorType::get({type.getRank()}, element);
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    Value result;
    if (type.hasStaticShape()) {
      SmallVector<APInt> values;
      for (int64_t d : type.getShape())
        values.push_back(APInt(element.getIntOrFloatBitWidth(), d));
      result = arith::ConstantOp::create(
          b, DenseIntElementsAttr::get(staticType, values));
    } else {
      SmallVector<Value> dims;
      for (int64_t d = 0; d < type.getRank(); ++d) {
        Value dim =
            type.isDynamicDim(d)
                ? Value(tensor::DimOp::create(b, adaptor.getInput(), d))
                : Value(arith::ConstantIndexOp::create(b, type.getDimSize(d)));
        dims.push_back(arith::IndexCastOp::create(b, element, dim));
      }
      result = tensor::FromElementsOp::create(b, staticType, dims);
    }
    rewriter.replaceOp(op, castTo(b, result, resultType));
    return success();
  }
};

/// `x` (an integer or float scalar) converted to `to`, truncating floats
/// towards zero.
Value convertScalar(ImplicitLocOpBuilder &b, Value x, Type to) {
  Type from = x.getType();
  if (from == to)
    return x;
  if (isFloat(from) && isFloat(to))
    return from.getIntOrFloatBitWidth() < to.getIntOrFloatBitWidth()
               ? Value(arith::ExtFOp::create(b, to, x))
               : Value(arith::TruncFOp::create(b, to, x));
  if (isFloat(to))
    return arith::SIToFPOp::create(b, to, x);
  if (isFloat(from))
    return arith::FPToSIOp::create(b, to, x);
  if (from.getIntOrFloatBitWidth() < to.getIntOrFloatBitWidth())
    return arith::ExtSIOp::create(b, to, x);
  return arith::TruncIOp::create(b, to, x);
}

/// Range-4: start + i * step, the length computed at run time when it is
/// not static.
struct RangeLowering : OpConversionPattern<RangeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(RangeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    Type element = resultType ? resultType.getElementType() : Type();
    if (!resultType || resultType.getRank() != 1 ||
        !(isFloat(element) || element.isSignlessInteger()))
      return rewriter.notifyMatchFailure(
          op, "needs a 1-D float or signless integer result");
    for (Value v : adaptor.getOperands())
      if (!rankedType(v) || !(isFloat(getElementType(v.getType())) ||
                              getElementType(v.getType()).isSignlessInteger()))
        return rewriter.notifyMatchFailure(op, "needs signless inputs");
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    Value start =
        convertScalar(b, extractFirst(b, adaptor.getStart()), element);
    Value stop = convertScalar(b, extractFirst(b, adaptor.getStop()), element);
    Value step = convertScalar(b, extractFirst(b, adaptor.getStep()), element);
    OpFoldResult length;
    if (!resultType.isDynamicDim(0)) {
      length = b.getIndexAttr(resultType.getDimSize(0));
    } else {
      Value count;
      if (isFloat(element)) {
        Value span = arith::SubFOp::create(b, stop, start);
        Value steps =
            math::CeilOp::create(b, arith::DivFOp::create(b, span, step));
        steps = arith::MaximumFOp::create(b, steps, scalar(b, element, 0));
        count = arith::FPToSIOp::create(b, b.getI64Type(), steps);
      } else {
        Value span = arith::SubIOp::create(b, stop, start);
        Value steps = arith::CeilDivSIOp::create(b, span, step);
        steps = arith::MaxSIOp::create(b, steps, scalar(b, element, 0));
        count = steps;
      }
      length =
          arith::IndexCastOp::create(b, b.getIndexType(), count).getResult();
    }
    Value result = buildIndexedGeneric(
        b, {length}, element,
        [&](ImplicitLocOpBuilder &body, ValueRange indices) -> Value {
          Value i =
              arith::IndexCastOp::create(body, body.getI64Type(), indices[0]);
          Value offset = convertScalar(body, i, element);
          if (isFloat(element))
            return arith::AddFOp::create(
                body, start, arith::MulFOp::create(body, offset, step));
          return arith::AddIOp::create(
              body, start, arith::MulIOp::create(body, offset, step));
        });
    rewriter.replaceOp(op, castTo(b, result, resultType));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// DepthToSpace, SpaceToDepth
//===----------------------------------------------------------------------===//

/// DepthToSpace / SpaceToDepth: a generic computing the source position of
/// each output element. With k spatial dims and bs = block_size, the block
/// offset (b1, ..., bk) of a spatial position is linearized to
/// B = b1 * bs^(k-1) + ... + bk; the channel holding it is
/// B * C' + c (blocks_first) or c * bs^k + B (depth_first), C' being the
/// smaller channel count.
template <typename OpTy, bool toSpace>
struct DepthSpaceLowering : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value data = adaptor.getData();
    auto type = rankedType(data);
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    if (!type || !resultType)
      return rewriter.notifyMatchFailure(op, "needs ranked data and result");
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    ShapeExpr shape = ShapeExpr::fromValue(data, b);
    int64_t bs = op.getBlockSize();
    FailureOr<ShapeExpr> out =
        toSpace ? inferDepthToSpaceShape(ShapeDiag(op.getLoc()), shape, bs)
                : inferSpaceToDepthShape(ShapeDiag(op.getLoc()), shape, bs);
    if (failed(out))
      return failure();
    int64_t rank = type.getRank(), k = rank - 2, volume = 1;
    for (int64_t i = 0; i < k; ++i)
      volume *= bs;
    bool blocksFirst = op.getMode() == DepthToSpaceMode::blocks_first;
    // The channel count of the side with fewer channels.
    Value channels = toIndex(b, toSpace ? (*out)[1] : shape[1]);
    Value result = buildIndexedGeneric(
        b, getSizes(b, resultType, *out), type.getElementType(),
        [&](ImplicitLocOpBuilder &body, ValueRange indices) -> Value {
          Value block = arith::ConstantIndexOp::create(body, bs);
          Value vol = arith::ConstantIndexOp::create(body, volume);
          SmallVector<Value> at(rank);
          at[0] = indices[0];
          if (toSpace) {
            // Output (n, c, y1..yk) reads (n, channel(c, B), y1/bs, ...).
            Value linear = arith::ConstantIndexOp::create(body, 0);
            for (int64_t i = 0; i < k; ++i) {
              Value y = indices[2 + i];
              at[2 + i] = arith::DivUIOp::create(body, y, block);
              linear = arith::AddIOp::create(
                  body, arith::MulIOp::create(body, linear, block),
                  arith::RemUIOp::create(body, y, block));
            }
            Value c = indices[1];
            at[1] =
                blocksFirst
                    ? arith::AddIOp::create(
                          body, arith::MulIOp::create(body, linear, channels),
                          c)
                    : arith::AddIOp::create(
                          body, arith::MulIOp::create(body, c, vol), linear);
          } else {
            // Output (n, channel(c, B), d1..dk) reads (n, c, d1*bs + b1, ...).
            Value oc = indices[1];
            Value linear =
                blocksFirst ? Value(arith::DivUIOp::create(body, oc, channels))
                            : Value(arith::RemUIOp::create(body, oc, vol));
            at[1] = blocksFirst
                        ? Value(arith::RemUIOp::create(body, oc, channels))
                        : Value(arith::DivUIOp::create(body, oc, vol));
            for (int64_t i = k - 1; i >= 0; --i) {
              Value bi = arith::RemUIOp::create(body, linear, block);
              linear = arith::DivUIOp::create(body, linear, block);
              at[2 + i] = arith::AddIOp::create(
                  body, arith::MulIOp::create(body, indices[2 + i], block), bi);
            }
          }
          return tensor::ExtractOp::create(body, data, at);
        });
    rewriter.replaceOp(op, castTo(b, result, resultType));
    return success();
  }
};

} // namespace

void lowering::populateDataMovementLowerings(RewritePatternSet &patterns) {
  patterns
      .add<ConcatLowering, SplitLowering<SplitOp>,
           SplitLowering<VariadicSplitOp>, SliceLowering, StridedSliceLowering,
           SqueezeLowering<SqueezeOp>, SqueezeLowering<UnsqueezeOp>,
           BroadcastLowering, TileLowering, PadLowering, ShapeOfLowering,
           RangeLowering, DepthSpaceLowering<DepthToSpaceOp, true>,
           DepthSpaceLowering<SpaceToDepthOp, false>>(patterns.getContext());
}
