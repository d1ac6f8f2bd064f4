//===- Reduction.cpp - Reduce* and CumSum ops
//------------------------------------------===//

#include "LoweringUtils.h"

#include "ovmlir/Dialect/OV/IR/OVOps.h"
#include "ovmlir/Dialect/OV/IR/ReductionShapes.h"
#include "ovmlir/Dialect/OV/IR/ShapeUtils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/ImplicitLocOpBuilder.h"
#include "mlir/Transforms/DialectConversion.h"

#include <limits>

using namespace mlir;
using namespace mlir::ov;
using namespace mlir::ov::lowering;

namespace {

/// What a Reduce* op computes: a base reduction, a transform of each element
/// before it (|x| for L1, x^2 for L2) and of the result after it (division by
/// the count for Mean, sqrt for L2). LogicalAnd/Or reduce booleans.
enum class Reduce { Sum, Mean, Max, Min, Prod, L1, L2, And, Or };

ReduceKind baseKind(Reduce reduce) {
  switch (reduce) {
  case Reduce::Sum:
  case Reduce::L1:
  case Reduce::L2:
    return ReduceKind::Sum;
  case Reduce::Mean:
    return ReduceKind::Mean;
  case Reduce::Max:
  case Reduce::Or:
    return ReduceKind::Max;
  case Reduce::Min:
  case Reduce::And:
    return ReduceKind::Min;
  case Reduce::Prod:
    return ReduceKind::Prod;
  }
  llvm_unreachable("unknown reduction");
}

TypedAttr identityOf(Builder &b, Reduce reduce, Type element) {
  if (reduce == Reduce::And)
    return b.getBoolAttr(true);
  if (reduce == Reduce::Or)
    return b.getBoolAttr(false);
  return getIdentity(b, baseKind(reduce), element);
}

Value combineOf(ImplicitLocOpBuilder &b, Reduce reduce, Value acc, Value x) {
  if (reduce == Reduce::And)
    return arith::AndIOp::create(b, acc, x);
  if (reduce == Reduce::Or)
    return arith::OrIOp::create(b, acc, x);
  if (reduce == Reduce::L1)
    x = isFloat(x.getType()) ? Value(math::AbsFOp::create(b, x))
                             : Value(math::AbsIOp::create(b, x));
  if (reduce == Reduce::L2)
    x = arith::MulFOp::create(b, x, x);
  return combineReduce(b, baseKind(reduce), acc, x);
}

/// The final value of a reduction over `count` elements (a scalar of the
/// element type).
Value finishOf(ImplicitLocOpBuilder &b, Reduce reduce, Value acc, Value count) {
  if (reduce == Reduce::L2)
    return math::SqrtOp::create(b, acc);
  if (reduce != Reduce::Mean)
    return acc;
  if (isFloat(acc.getType()))
    return arith::DivFOp::create(b, acc, count);
  return arith::DivSIOp::create(b, acc, count);
}

/// Reduce* with axes known only at run time (a static number of them): a
/// generic over the result whose body loops over the reduced elements,
/// reading the data with tensor.extract. With keep_dims the result keeps the
/// rank (reduced dimensions 1); without it a single axis is dropped.
FailureOr<Value> reduceRuntimeAxes(ImplicitLocOpBuilder &b, Reduce reduce,
                                   Value data, Value axes, bool keepDims) {
  auto type = cast<RankedTensorType>(data.getType());
  auto axesType = dyn_cast<RankedTensorType>(axes.getType());
  int64_t rank = type.getRank();
  if (!axesType || axesType.getRank() > 1 || !axesType.hasStaticShape() ||
      !axesType.getElementType().isSignlessInteger() || rank == 0)
    return failure();
  int64_t numAxes = axesType.getNumElements();
  if (!keepDims && numAxes != 1)
    return failure();
  Value zero = arith::ConstantIndexOp::create(b, 0);
  Value one = arith::ConstantIndexOp::create(b, 1);
  Value rankValue = arith::ConstantIndexOp::create(b, rank);
  // The axes, negative ones wrapped; an out-of-range axis is a run-time
  // error.
  SmallVector<Value> axisValues;
  for (int64_t i = 0; i < numAxes; ++i) {
    SmallVector<Value> at;
    if (axesType.getRank() == 1)
      at.push_back(arith::ConstantIndexOp::create(b, i));
    Value raw = arith::IndexCastOp::create(
        b, b.getIndexType(), tensor::ExtractOp::create(b, axes, at));
    Value negative =
        arith::CmpIOp::create(b, arith::CmpIPredicate::slt, raw, zero);
    Value axis = arith::SelectOp::create(
        b, negative, arith::AddIOp::create(b, raw, rankValue), raw);
    Value inRange = arith::AndIOp::create(
        b, arith::CmpIOp::create(b, arith::CmpIPredicate::sge, axis, zero),
        arith::CmpIOp::create(b, arith::CmpIPredicate::slt, axis, rankValue));
    cf::AssertOp::create(b, inRange, "reduction axis out of range");
    axisValues.push_back(axis);
  }
  SmallVector<Value> dims, reduced, extents;
  Value total = one;
  for (int64_t d = 0; d < rank; ++d) {
    dims.push_back(tensor::DimOp::create(b, data, d));
    Value dIndex = arith::ConstantIndexOp::create(b, d);
    Value isReduced = arith::ConstantOp::create(b, b.getBoolAttr(false));
    for (Value axis : axisValues)
      isReduced = arith::OrIOp::create(
          b, isReduced,
          arith::CmpIOp::create(b, arith::CmpIPredicate::eq, axis, dIndex));
    reduced.push_back(isReduced);
    extents.push_back(arith::SelectOp::create(b, isReduced, dims[d], one));
    total = arith::MulIOp::create(b, total, extents[d]);
  }
  // The result's sizes.
  SmallVector<OpFoldResult> sizes;
  if (keepDims) {
    for (int64_t d = 0; d < rank; ++d)
      sizes.push_back(
          Value(arith::SelectOp::create(b, reduced[d], one, dims[d])));
  } else {
    for (int64_t i = 0; i + 1 < rank; ++i) {
      Value before = arith::CmpIOp::create(b, arith::CmpIPredicate::slt,
                                           arith::ConstantIndexOp::create(b, i),
                                           axisValues[0]);
      sizes.push_back(
          Value(arith::SelectOp::create(b, before, dims[i], dims[i + 1])));
    }
  }
  Type element = type.getElementType();
  Value count;
  if (reduce == Reduce::Mean) {
    Value wide = arith::IndexCastOp::create(b, b.getI64Type(), total);
    count = isFloat(element)
                ? Value(arith::SIToFPOp::create(b, element, wide))
                : (element.getIntOrFloatBitWidth() < 64
                       ? Value(arith::TruncIOp::create(b, element, wide))
                       : wide);
  }
  int64_t outRank = sizes.size();
  Value init = tensor::EmptyOp::create(b, sizes, element);
  SmallVector<AffineMap> maps = {b.getMultiDimIdentityMap(outRank)};
  SmallVector<utils::IteratorType> iterators(outRank,
                                             utils::IteratorType::parallel);
  auto generic = linalg::GenericOp::create(
      b, TypeRange{init.getType()}, ValueRange{}, ValueRange{init}, maps,
      iterators, [&](OpBuilder &nested, Location loc, ValueRange) {
        ImplicitLocOpBuilder body(loc, nested);
        SmallVector<Value> out;
        for (int64_t i = 0; i < outRank; ++i)
          out.push_back(linalg::IndexOp::create(body, i));
        // The data index of dimension d outside the reduction.
        SmallVector<Value> fixed;
        for (int64_t d = 0; d < rank; ++d) {
          if (keepDims) {
            fixed.push_back(out[d]);
            continue;
          }
          Value before = arith::CmpIOp::create(
              body, arith::CmpIPredicate::slt,
              arith::ConstantIndexOp::create(body, d), axisValues[0]);
          Value same = d < outRank ? out[d] : zero;
          Value shifted = d > 0 ? out[d - 1] : zero;
          fixed.push_back(arith::SelectOp::create(body, before, same, shifted));
        }
        Value start =
            arith::ConstantOp::create(body, identityOf(body, reduce, element));
        auto loop = scf::ForOp::create(
            body, zero, total, one, ValueRange{start},
            [&](OpBuilder &inner, Location innerLoc, Value k, ValueRange iter) {
              ImplicitLocOpBuilder l(innerLoc, inner);
              // k as digits over the reduced extents (innermost last).
              SmallVector<Value> index(rank);
              Value rest = k;
              for (int64_t d = rank - 1; d >= 0; --d) {
                Value digit = arith::RemUIOp::create(l, rest, extents[d]);
                rest = arith::DivUIOp::create(l, rest, extents[d]);
                index[d] =
                    arith::SelectOp::create(l, reduced[d], digit, fixed[d]);
              }
              Value x = tensor::ExtractOp::create(l, data, index);
              scf::YieldOp::create(l, combineOf(l, reduce, iter[0], x));
            });
        linalg::YieldOp::create(
            body, finishOf(body, reduce, loop.getResult(0), count));
      });
  return generic.getResult(0);
}

/// Unsigned data widened to a signless integer twice as wide (zero
/// extension), so that signed arithmetic on it computes the unsigned
/// result: sums and products wrap the same way once narrowed again, and
/// maxima and minima compare as unsigned.
Value widenUnsigned(ImplicitLocOpBuilder &b, Value data) {
  auto type = cast<RankedTensorType>(data.getType());
  Type wide =
      b.getIntegerType(2 * type.getElementType().getIntOrFloatBitWidth());
  Type signless =
      b.getIntegerType(type.getElementType().getIntOrFloatBitWidth());
  return *buildElementwise(
      b, type.clone(wide), ValueRange{data}, wide,
      [&](ImplicitLocOpBuilder &body, ValueRange args) -> Value {
        Value x = UnrealizedConversionCastOp::create(body, signless, args[0])
                      .getResult(0);
        return arith::ExtUIOp::create(body, wide, x);
      });
}

/// The inverse of widenUnsigned: `value` truncated to `element` (unsigned).
Value narrowUnsigned(ImplicitLocOpBuilder &b, Value value, Type element) {
  auto type = cast<RankedTensorType>(value.getType());
  Type signless = b.getIntegerType(element.getIntOrFloatBitWidth());
  return *buildElementwise(
      b, type.clone(element), ValueRange{value}, element,
      [&](ImplicitLocOpBuilder &body, ValueRange args) -> Value {
        Value x = arith::TruncIOp::create(body, signless, args[0]);
        return UnrealizedConversionCastOp::create(body, element, x)
            .getResult(0);
      });
}

/// Reduce*: with constant axes one generic with reduction iterators (Mean
/// divides by the element count, computed at run time); otherwise
/// reduceRuntimeAxes.
template <typename OpTy, Reduce reduce>
struct ReduceLowering : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value data = adaptor.getData();
    auto type = dyn_cast<RankedTensorType>(data.getType());
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    bool logical = reduce == Reduce::And || reduce == Reduce::Or;
    if (!type || !resultType || type.getElementType().isInteger(1) != logical ||
        (reduce == Reduce::L2 && !isFloat(type.getElementType())))
      return rewriter.notifyMatchFailure(
          op, "needs ranked data (float for ReduceL2)");
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    Type unsignedElement;
    if (type.getElementType().isUnsignedInteger()) {
      unsignedElement = type.getElementType();
      data = widenUnsigned(b, data);
      type = cast<RankedTensorType>(data.getType());
    }
    Type element = type.getElementType();
    FailureOr<SmallVector<int64_t>> axes = getConstantInts(op.getAxes());
    Value result;
    if (failed(axes)) {
      FailureOr<Value> dynamic = reduceRuntimeAxes(
          b, reduce, data, adaptor.getAxes(), op.getKeepDims());
      if (failed(dynamic))
        return rewriter.notifyMatchFailure(
            op, "run-time axes need a static count (one axis without "
                "keep_dims)");
      result = *dynamic;
    } else {
      FailureOr<SmallVector<int64_t>> normalized =
          normalizeReduceAxes(ShapeDiag(op.getLoc()), *axes, type.getRank());
      if (failed(normalized))
        return failure();
      result =
          buildReduction(b, data, *normalized, op.getKeepDims(),
                         identityOf(b, reduce, element),
                         [&](ImplicitLocOpBuilder &body, Value acc, Value x) {
                           return combineOf(body, reduce, acc, x);
                         });
      if (reduce == Reduce::Mean || reduce == Reduce::L2) {
        Value count = reduce == Reduce::Mean
                          ? countElements(b, data, *normalized, element)
                          : Value();
        FailureOr<Value> finished = buildElementwise(
            b, cast<RankedTensorType>(result.getType()), ValueRange{result},
            element, [&](ImplicitLocOpBuilder &body, ValueRange args) {
              return finishOf(body, reduce, args[0], count);
            });
        if (failed(finished))
          return failure();
        result = *finished;
      }
    }
    if (unsignedElement)
      result = narrowUnsigned(b, result, unsignedElement);
    if (result.getType() != resultType)
      result = tensor::CastOp::create(b, resultType, result);
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// CumSum along constant `axis` in one pass: a loop over the positions
/// along the axis carries the running sum of the slices seen so far and
/// writes it (before adding the current slice when `exclusive`) into the
/// result.
Value cumSumScan(ImplicitLocOpBuilder &b, Value data, int64_t axis,
                 bool exclusive, bool reverse) {
  auto type = cast<RankedTensorType>(data.getType());
  int64_t rank = type.getRank();
  Type element = type.getElementType();
  SmallVector<OpFoldResult> sizes;
  for (int64_t d = 0; d < rank; ++d)
    sizes.push_back(
        type.isDynamicDim(d)
            ? OpFoldResult(tensor::DimOp::create(b, data, d).getResult())
            : OpFoldResult(b.getIndexAttr(type.getDimSize(d))));
  SmallVector<OpFoldResult> sliceSizes = sizes;
  sliceSizes[axis] = b.getIndexAttr(1);
  SmallVector<int64_t> sliceShape(type.getShape());
  sliceShape[axis] = 1;
  auto sliceType = type.clone(sliceShape);
  SmallVector<OpFoldResult> strides(rank, b.getIndexAttr(1));
  Value zero = arith::ConstantIndexOp::create(b, 0);
  Value one = arith::ConstantIndexOp::create(b, 1);
  Value length = getValueOrCreateConstantIndexOp(b, b.getLoc(), sizes[axis]);
  Value start =
      arith::ConstantOp::create(b, getIdentity(b, ReduceKind::Sum, element));
  Value acc = linalg::FillOp::create(
                  b, ValueRange{start},
                  ValueRange{tensor::EmptyOp::create(b, sliceSizes, element)})
                  .getResult(0);
  Value out = tensor::EmptyOp::create(b, sizes, element);
  auto loop = scf::ForOp::create(
      b, zero, length, one, ValueRange{acc, out},
      [&](OpBuilder &nested, Location loc, Value i, ValueRange iter) {
        ImplicitLocOpBuilder l(loc, nested);
        Value k = i;
        if (reverse)
          k = arith::SubIOp::create(l, arith::SubIOp::create(l, length, one),
                                    i);
        SmallVector<OpFoldResult> offsets(rank, l.getIndexAttr(0));
        offsets[axis] = k;
        Value slice = tensor::ExtractSliceOp::create(
            l, sliceType, data, offsets, sliceSizes, strides);
        // The running sum is updated in place (the loop's tensors must stay
        // equivalent to its iteration arguments for bufferization).
        Value result = iter[1];
        if (exclusive)
          result = tensor::InsertSliceOp::create(l, iter[0], result, offsets,
                                                 sliceSizes, strides);
        SmallVector<AffineMap> maps(2, l.getMultiDimIdentityMap(rank));
        SmallVector<utils::IteratorType> iterators(
            rank, utils::IteratorType::parallel);
        Value sum =
            linalg::GenericOp::create(
                l, TypeRange{sliceType}, ValueRange{slice}, ValueRange{iter[0]},
                maps, iterators,
                [&](OpBuilder &inner, Location innerLoc, ValueRange args) {
                  ImplicitLocOpBuilder body(innerLoc, inner);
                  linalg::YieldOp::create(
                      body,
                      combineReduce(body, ReduceKind::Sum, args[1], args[0]));
                })
                .getResult(0);
        if (!exclusive)
          result = tensor::InsertSliceOp::create(l, sum, result, offsets,
                                                 sliceSizes, strides);
        Value updated = result;
        scf::YieldOp::create(l, ValueRange{sum, updated});
      });
  return loop.getResult(1);
}

/// CumSum-3 along a constant or run-time `axis`: each result element sums
/// its line of the data up to (or, reversed, from) its own position, which
/// `exclusive` leaves out.
struct CumSumLowering : OpConversionPattern<CumSumOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(CumSumOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value data = adaptor.getData();
    auto type = dyn_cast<RankedTensorType>(data.getType());
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    if (!type || !resultType || type.getRank() == 0)
      return rewriter.notifyMatchFailure(op, "needs ranked data of rank >= 1");
    Value axisTensor = adaptor.getAxis();
    if (axisTensor) {
      auto axisType = dyn_cast<RankedTensorType>(axisTensor.getType());
      if (!axisType || axisType.getNumElements() != 1 ||
          !axisType.getElementType().isSignlessInteger())
        return rewriter.notifyMatchFailure(op, "needs a scalar integer axis");
    }
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    Type unsignedElement;
    if (type.getElementType().isUnsignedInteger()) {
      unsignedElement = type.getElementType();
      data = widenUnsigned(b, data);
      type = cast<RankedTensorType>(data.getType());
    }
    int64_t rank = type.getRank();
    // A constant axis (or none): a linear scan over slices.
    std::optional<int64_t> constantAxis = 0;
    if (axisTensor) {
      constantAxis.reset();
      if (std::optional<SmallVector<int64_t>> values =
              getConstantIntValues(op.getAxis());
          values && values->size() == 1 && (*values)[0] >= -rank &&
          (*values)[0] < rank)
        constantAxis = (*values)[0] < 0 ? (*values)[0] + rank : (*values)[0];
    }
    if (constantAxis) {
      Value result = cumSumScan(b, data, *constantAxis, op.getExclusive(),
                                op.getReverse());
      if (unsignedElement)
        result = narrowUnsigned(b, result, unsignedElement);
      if (result.getType() != resultType)
        result = tensor::CastOp::create(b, resultType, result);
      rewriter.replaceOp(op, result);
      return success();
    }
    Value zero = arith::ConstantIndexOp::create(b, 0);
    Value one = arith::ConstantIndexOp::create(b, 1);
    // A run-time axis: each result element sums its line (quadratic in the
    // axis length). The axis is wrapped when negative and clamped into the
    // rank.
    Value axis = zero;
    if (axisTensor) {
      auto axisType = cast<RankedTensorType>(axisTensor.getType());
      SmallVector<Value> at(axisType.getRank(), zero);
      Value raw = arith::IndexCastOp::create(
          b, b.getIndexType(), tensor::ExtractOp::create(b, axisTensor, at));
      Value rankValue = arith::ConstantIndexOp::create(b, rank);
      Value negative =
          arith::CmpIOp::create(b, arith::CmpIPredicate::slt, raw, zero);
      axis = arith::SelectOp::create(
          b, negative, arith::AddIOp::create(b, raw, rankValue), raw);
      axis = arith::MaxSIOp::create(
          b,
          arith::MinSIOp::create(b, axis,
                                 arith::SubIOp::create(b, rankValue, one)),
          zero);
    }
    Value length = tensor::DimOp::create(b, data, axis);
    SmallVector<OpFoldResult> sizes;
    for (int64_t d = 0; d < rank; ++d)
      sizes.push_back(
          type.isDynamicDim(d)
              ? OpFoldResult(tensor::DimOp::create(b, data, d).getResult())
              : OpFoldResult(b.getIndexAttr(type.getDimSize(d))));
    Type element = type.getElementType();
    bool exclusive = op.getExclusive(), reverse = op.getReverse();
    Value init = tensor::EmptyOp::create(b, sizes, element);
    SmallVector<AffineMap> maps = {b.getMultiDimIdentityMap(rank)};
    SmallVector<utils::IteratorType> iterators(rank,
                                               utils::IteratorType::parallel);
    auto generic = linalg::GenericOp::create(
        b, TypeRange{init.getType()}, ValueRange{}, ValueRange{init}, maps,
        iterators, [&](OpBuilder &nested, Location loc, ValueRange) {
          ImplicitLocOpBuilder body(loc, nested);
          SmallVector<Value> index, isAxis;
          Value position = zero;
          for (int64_t d = 0; d < rank; ++d) {
            index.push_back(linalg::IndexOp::create(body, d));
            isAxis.push_back(
                arith::CmpIOp::create(body, arith::CmpIPredicate::eq, axis,
                                      arith::ConstantIndexOp::create(body, d)));
            position =
                arith::SelectOp::create(body, isAxis[d], index[d], position);
          }
          // Forward: [0, position (+1)); reverse: [position (+1), length).
          Value next = arith::AddIOp::create(body, position, one);
          Value lb = reverse ? (exclusive ? next : position) : zero;
          Value ub = reverse ? length : (exclusive ? position : next);
          Value start = scalar(body, element, 0);
          auto loop = scf::ForOp::create(
              body, lb, ub, one, ValueRange{start},
              [&](OpBuilder &inner, Location innerLoc, Value k,
                  ValueRange iter) {
                ImplicitLocOpBuilder l(innerLoc, inner);
                SmallVector<Value> at;
                for (int64_t d = 0; d < rank; ++d)
                  at.push_back(
                      arith::SelectOp::create(l, isAxis[d], k, index[d]));
                Value x = tensor::ExtractOp::create(l, data, at);
                scf::YieldOp::create(
                    l, combineReduce(l, ReduceKind::Sum, iter[0], x));
              });
          linalg::YieldOp::create(body, loop.getResult(0));
        });
    Value result = generic.getResult(0);
    if (unsignedElement)
      result = narrowUnsigned(b, result, unsignedElement);
    if (result.getType() != resultType)
      result = tensor::CastOp::create(b, resultType, result);
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// The first element of a scalar or one-element tensor.
Value readScalar(ImplicitLocOpBuilder &b, Value tensor) {
  auto type = cast<RankedTensorType>(tensor.getType());
  Value zero = arith::ConstantIndexOp::create(b, 0);
  return tensor::ExtractOp::create(b, tensor,
                                   SmallVector<Value>(type.getRank(), zero));
}

/// NonMaxSuppression-5 (hard NMS) by scf loops. Per batch and class the
/// best remaining box over the score threshold is taken repeatedly (ties:
/// the lower index) and kept unless its IoU with a box already kept for the
/// class exceeds the IoU threshold, up to max_output_boxes_per_class. Rows
/// go to buffers of batches * classes * min(max, boxes) rows, in batch,
/// class, score order (then sorted by score with sort_result_descending);
/// the results are their first `count` rows.
struct NonMaxSuppressionLowering : OpConversionPattern<NonMaxSuppressionOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(NonMaxSuppressionOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value boxes = adaptor.getBoxes(), scores = adaptor.getScores();
    auto boxesType = dyn_cast<RankedTensorType>(boxes.getType());
    auto scoresType = dyn_cast<RankedTensorType>(scores.getType());
    auto indicesType =
        dyn_cast<RankedTensorType>(op.getSelectedIndices().getType());
    auto outScoresType =
        dyn_cast<RankedTensorType>(op.getSelectedScores().getType());
    auto validType = dyn_cast<RankedTensorType>(op.getValidOutputs().getType());
    if (!boxesType || !scoresType || !indicesType || !outScoresType ||
        !validType || boxesType.getRank() != 3 || scoresType.getRank() != 3)
      return rewriter.notifyMatchFailure(op, "needs ranked boxes and scores");
    if (Value sigma = op.getSoftNmsSigma()) {
      std::optional<SmallVector<double>> value = getConstantFloatValues(sigma);
      if (!value || llvm::any_of(*value, [](double v) { return v != 0.0; }))
        return rewriter.notifyMatchFailure(
            op, "Soft-NMS (a soft_nms_sigma other than a constant 0)");
    }
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    Type scoreElement = scoresType.getElementType();
    Type boxElement = boxesType.getElementType();
    Type indexElement = indicesType.getElementType();
    Type outScoreElement = outScoresType.getElementType();
    bool center = op.getBoxEncoding() == "center";
    Value zero = arith::ConstantIndexOp::create(b, 0);
    Value one = arith::ConstantIndexOp::create(b, 1);
    Value numBatches = tensor::DimOp::create(b, boxes, 0);
    Value numBoxes = tensor::DimOp::create(b, boxes, 1);
    Value numClasses = tensor::DimOp::create(b, scores, 1);

    // The optional inputs: no boxes by default; no IoU suppression
    // (threshold 0 suppresses any overlap) and no score threshold.
    Value maxPerClass = zero;
    if (Value v = adaptor.getMaxOutputBoxesPerClass()) {
      Value raw = readScalar(b, v);
      maxPerClass = arith::IndexCastOp::create(b, b.getIndexType(), raw);
      maxPerClass = arith::MinSIOp::create(
          b, arith::MaxSIOp::create(b, maxPerClass, zero), numBoxes);
    }
    auto readThreshold = [&](Value v, double fallback) -> Value {
      if (!v)
        return scalar(b, scoreElement, fallback);
      Value x = readScalar(b, v);
      if (x.getType() == scoreElement)
        return x;
      return x.getType().getIntOrFloatBitWidth() <
                     scoreElement.getIntOrFloatBitWidth()
                 ? Value(arith::ExtFOp::create(b, scoreElement, x))
                 : Value(arith::TruncFOp::create(b, scoreElement, x));
    };
    Value iouThreshold = readThreshold(adaptor.getIouThreshold(), 0.0);
    Value scoreThreshold = readThreshold(
        adaptor.getScoreThreshold(), -std::numeric_limits<double>::infinity());

    Value rows = arith::MulIOp::create(
        b, arith::MulIOp::create(b, numBatches, numClasses), maxPerClass);
    Value indicesBuf = tensor::EmptyOp::create(
        b, ArrayRef<OpFoldResult>{rows, b.getIndexAttr(3)}, indexElement);
    Value scoresBuf = tensor::EmptyOp::create(
        b, ArrayRef<OpFoldResult>{rows, b.getIndexAttr(3)}, outScoreElement);

    auto toIndexElement = [&](ImplicitLocOpBuilder &l, Value index) -> Value {
      return arith::IndexCastOp::create(l, indexElement, index);
    };
    auto toOutScore = [&](ImplicitLocOpBuilder &l, Value v) -> Value {
      if (v.getType() == outScoreElement)
        return v;
      return v.getType().getIntOrFloatBitWidth() <
                     outScoreElement.getIntOrFloatBitWidth()
                 ? Value(arith::ExtFOp::create(l, outScoreElement, v))
                 : Value(arith::TruncFOp::create(l, outScoreElement, v));
    };
    // Box `j` of batch `batch` as (ymin, xmin, ymax, xmax).
    auto readBox = [&](ImplicitLocOpBuilder &l, Value batch,
                       Value j) -> SmallVector<Value> {
      SmallVector<Value> c;
      for (int64_t k = 0; k < 4; ++k)
        c.push_back(tensor::ExtractOp::create(
            l, boxes,
            ValueRange{batch, j, arith::ConstantIndexOp::create(l, k)}));
      if (center) {
        // (x_center, y_center, width, height)
        Value half = scalar(l, boxElement, 0.5);
        Value hw = arith::MulFOp::create(l, c[2], half);
        Value hh = arith::MulFOp::create(l, c[3], half);
        return {arith::SubFOp::create(l, c[1], hh),
                arith::SubFOp::create(l, c[0], hw),
                arith::AddFOp::create(l, c[1], hh),
                arith::AddFOp::create(l, c[0], hw)};
      }
      // Corners in either order.
      return {arith::MinimumFOp::create(l, c[0], c[2]),
              arith::MinimumFOp::create(l, c[1], c[3]),
              arith::MaximumFOp::create(l, c[0], c[2]),
              arith::MaximumFOp::create(l, c[1], c[3])};
    };
    auto iou = [&](ImplicitLocOpBuilder &l, ArrayRef<Value> p,
                   ArrayRef<Value> q) -> Value {
      Value zeroF = scalar(l, boxElement, 0);
      auto area = [&](ArrayRef<Value> r) -> Value {
        return arith::MulFOp::create(l, arith::SubFOp::create(l, r[2], r[0]),
                                     arith::SubFOp::create(l, r[3], r[1]));
      };
      Value h = arith::MaximumFOp::create(
          l,
          arith::SubFOp::create(l, arith::MinimumFOp::create(l, p[2], q[2]),
                                arith::MaximumFOp::create(l, p[0], q[0])),
          zeroF);
      Value w = arith::MaximumFOp::create(
          l,
          arith::SubFOp::create(l, arith::MinimumFOp::create(l, p[3], q[3]),
                                arith::MaximumFOp::create(l, p[1], q[1])),
          zeroF);
      Value inter = arith::MulFOp::create(l, h, w);
      Value areaP = area(p), areaQ = area(q);
      Value uni = arith::SubFOp::create(
          l, arith::AddFOp::create(l, areaP, areaQ), inter);
      Value empty = arith::OrIOp::create(
          l, arith::CmpFOp::create(l, arith::CmpFPredicate::OLE, areaP, zeroF),
          arith::CmpFOp::create(l, arith::CmpFPredicate::OLE, areaQ, zeroF));
      return arith::SelectOp::create(l, empty, zeroF,
                                     arith::DivFOp::create(l, inter, uni));
    };

    Value falseValue = arith::ConstantOp::create(b, b.getBoolAttr(false));
    Value trueValue = arith::ConstantOp::create(b, b.getBoolAttr(true));
    // Which boxes a class has looked at; one buffer reset per class (the
    // loops carry it so that it is not allocated per class).
    Value processedBuf = tensor::EmptyOp::create(
        b, ArrayRef<OpFoldResult>{numBoxes}, b.getI1Type());
    auto batchLoop = scf::ForOp::create(
        b, zero, numBatches, one,
        ValueRange{zero, indicesBuf, scoresBuf, processedBuf},
        [&](OpBuilder &nb, Location loc, Value batch, ValueRange bIter) {
          ImplicitLocOpBuilder lb(loc, nb);
          auto classLoop = scf::ForOp::create(
              lb, zero, numClasses, one, bIter,
              [&](OpBuilder &nc, Location loc, Value cls, ValueRange cIter) {
                ImplicitLocOpBuilder lc(loc, nc);
                Value classStart = cIter[0];
                Value processed =
                    linalg::FillOp::create(lc, ValueRange{falseValue},
                                           ValueRange{cIter[3]})
                        .getResult(0);
                auto stepLoop = scf::ForOp::create(
                    lc, zero, numBoxes, one,
                    ValueRange{cIter[0], cIter[1], cIter[2], processed},
                    [&](OpBuilder &ns, Location loc, Value, ValueRange sIter) {
                      ImplicitLocOpBuilder ls(loc, ns);
                      Value count = sIter[0], idxBuf = sIter[1],
                            scBuf = sIter[2], done = sIter[3];
                      // The best unprocessed box over the threshold.
                      Value minusInf =
                          scalar(ls, scoreElement,
                                 -std::numeric_limits<double>::infinity());
                      auto search = scf::ForOp::create(
                          ls, zero, numBoxes, one,
                          ValueRange{zero, minusInf, falseValue},
                          [&](OpBuilder &nf, Location loc, Value j,
                              ValueRange fIter) {
                            ImplicitLocOpBuilder lf(loc, nf);
                            Value score = tensor::ExtractOp::create(
                                lf, scores, ValueRange{batch, cls, j});
                            Value taken = tensor::ExtractOp::create(
                                lf, done, ValueRange{j});
                            Value candidate = arith::AndIOp::create(
                                lf, arith::XOrIOp::create(lf, taken, trueValue),
                                arith::CmpFOp::create(lf,
                                                      arith::CmpFPredicate::OGT,
                                                      score, scoreThreshold));
                            Value better = arith::OrIOp::create(
                                lf,
                                arith::XOrIOp::create(lf, fIter[2], trueValue),
                                arith::CmpFOp::create(lf,
                                                      arith::CmpFPredicate::OGT,
                                                      score, fIter[1]));
                            Value pick =
                                arith::AndIOp::create(lf, candidate, better);
                            scf::YieldOp::create(
                                lf, ValueRange{arith::SelectOp::create(
                                                   lf, pick, j, fIter[0]),
                                               arith::SelectOp::create(
                                                   lf, pick, score, fIter[1]),
                                               arith::OrIOp::create(
                                                   lf, fIter[2], pick)});
                          });
                      Value best = search.getResult(0);
                      Value bestScore = search.getResult(1);
                      Value found = search.getResult(2);
                      Value room = arith::CmpIOp::create(
                          ls, arith::CmpIPredicate::slt,
                          arith::SubIOp::create(ls, count, classStart),
                          maxPerClass);
                      Value go = arith::AndIOp::create(ls, found, room);
                      auto ifOp = scf::IfOp::create(
                          ls, go,
                          [&](OpBuilder &nt, Location loc) {
                            ImplicitLocOpBuilder lt(loc, nt);
                            Value marked = tensor::InsertOp::create(
                                lt, trueValue, done, ValueRange{best});
                            SmallVector<Value> box = readBox(lt, batch, best);
                            // Suppressed by a box kept for this class?
                            auto check = scf::ForOp::create(
                                lt, classStart, count, one,
                                ValueRange{falseValue},
                                [&](OpBuilder &nk, Location loc, Value r,
                                    ValueRange kIter) {
                                  ImplicitLocOpBuilder lk(loc, nk);
                                  Value kept = tensor::ExtractOp::create(
                                      lk, idxBuf,
                                      ValueRange{r,
                                                 arith::ConstantIndexOp::create(
                                                     lk, 2)});
                                  Value keptIndex = arith::IndexCastOp::create(
                                      lk, lk.getIndexType(), kept);
                                  SmallVector<Value> other =
                                      readBox(lk, batch, keptIndex);
                                  Value overlap = arith::CmpFOp::create(
                                      lk, arith::CmpFPredicate::OGT,
                                      iou(lk, box, other), iouThreshold);
                                  scf::YieldOp::create(
                                      lk, ValueRange{arith::OrIOp::create(
                                              lk, kIter[0], overlap)});
                                });
                            Value suppressed = check.getResult(0);
                            auto keep = scf::IfOp::create(
                                lt, suppressed,
                                [&](OpBuilder &ny, Location loc) {
                                  scf::YieldOp::create(
                                      ny, loc,
                                      ValueRange{count, idxBuf, scBuf});
                                },
                                [&](OpBuilder &nn, Location loc) {
                                  ImplicitLocOpBuilder ln(loc, nn);
                                  Value row[3] = {toIndexElement(ln, batch),
                                                  toIndexElement(ln, cls),
                                                  toIndexElement(ln, best)};
                                  Value scoreRow[3] = {
                                      arith::UIToFPOp::create(
                                          ln, outScoreElement,
                                          arith::IndexCastUIOp::create(
                                              ln, ln.getI64Type(), batch)),
                                      arith::UIToFPOp::create(
                                          ln, outScoreElement,
                                          arith::IndexCastUIOp::create(
                                              ln, ln.getI64Type(), cls)),
                                      toOutScore(ln, bestScore)};
                                  Value ib = idxBuf, sb = scBuf;
                                  for (int64_t k = 0; k < 3; ++k) {
                                    Value col =
                                        arith::ConstantIndexOp::create(ln, k);
                                    ib = tensor::InsertOp::create(
                                        ln, row[k], ib, ValueRange{count, col});
                                    sb = tensor::InsertOp::create(
                                        ln, scoreRow[k], sb,
                                        ValueRange{count, col});
                                  }
                                  Value next =
                                      arith::AddIOp::create(ln, count, one);
                                  scf::YieldOp::create(
                                      ln, ValueRange{next, ib, sb});
                                });
                            scf::YieldOp::create(
                                lt,
                                ValueRange{keep.getResult(0), keep.getResult(1),
                                           keep.getResult(2), marked});
                          },
                          [&](OpBuilder &ne, Location loc) {
                            scf::YieldOp::create(
                                ne, loc,
                                ValueRange{count, idxBuf, scBuf, done});
                          });
                      scf::YieldOp::create(ls, ifOp.getResults());
                    });
                scf::YieldOp::create(lc, stepLoop.getResults());
              });
          scf::YieldOp::create(lb, classLoop.getResults());
        });
    Value count = batchLoop.getResult(0);
    Value indicesRows = batchLoop.getResult(1);
    Value scoresRows = batchLoop.getResult(2);
    if (op.getSortResultDescending()) {
      // A stable sort of all rows by score, descending: row r moves to its
      // rank, the number of rows with a higher score or an equal score and
      // a lower position.
      Value two = arith::ConstantIndexOp::create(b, 2);
      Value sortedIndices = tensor::EmptyOp::create(
          b, ArrayRef<OpFoldResult>{rows, b.getIndexAttr(3)}, indexElement);
      Value sortedScores = tensor::EmptyOp::create(
          b, ArrayRef<OpFoldResult>{rows, b.getIndexAttr(3)}, outScoreElement);
      auto sortLoop = scf::ForOp::create(
          b, zero, count, one, ValueRange{sortedIndices, sortedScores},
          [&](OpBuilder &nr, Location loc, Value r, ValueRange rIter) {
            ImplicitLocOpBuilder lr(loc, nr);
            Value score =
                tensor::ExtractOp::create(lr, scoresRows, ValueRange{r, two});
            auto rankLoop = scf::ForOp::create(
                lr, zero, count, one, ValueRange{zero},
                [&](OpBuilder &nq, Location loc, Value q, ValueRange qIter) {
                  ImplicitLocOpBuilder lq(loc, nq);
                  Value other = tensor::ExtractOp::create(lq, scoresRows,
                                                          ValueRange{q, two});
                  Value higher = arith::CmpFOp::create(
                      lq, arith::CmpFPredicate::OGT, other, score);
                  Value tie = arith::AndIOp::create(
                      lq,
                      arith::CmpFOp::create(lq, arith::CmpFPredicate::OEQ,
                                            other, score),
                      arith::CmpIOp::create(lq, arith::CmpIPredicate::ult, q,
                                            r));
                  Value before = arith::OrIOp::create(lq, higher, tie);
                  scf::YieldOp::create(
                      lq,
                      ValueRange{arith::SelectOp::create(
                          lq, before, arith::AddIOp::create(lq, qIter[0], one),
                          qIter[0])});
                });
            Value rank = rankLoop.getResult(0);
            Value ib = rIter[0], sb = rIter[1];
            for (int64_t k = 0; k < 3; ++k) {
              Value col = arith::ConstantIndexOp::create(lr, k);
              ib = tensor::InsertOp::create(
                  lr,
                  tensor::ExtractOp::create(lr, indicesRows,
                                            ValueRange{r, col}),
                  ib, ValueRange{rank, col});
              sb = tensor::InsertOp::create(
                  lr,
                  tensor::ExtractOp::create(lr, scoresRows, ValueRange{r, col}),
                  sb, ValueRange{rank, col});
            }
            scf::YieldOp::create(lr, ValueRange{ib, sb});
          });
      indicesRows = sortLoop.getResult(0);
      scoresRows = sortLoop.getResult(1);
    }
    SmallVector<OpFoldResult> offsets = {b.getIndexAttr(0), b.getIndexAttr(0)};
    SmallVector<OpFoldResult> sizes = {count, b.getIndexAttr(3)};
    SmallVector<OpFoldResult> strides = {b.getIndexAttr(1), b.getIndexAttr(1)};
    Value selected =
        tensor::ExtractSliceOp::create(b, indicesRows, offsets, sizes, strides);
    Value selectedScores =
        tensor::ExtractSliceOp::create(b, scoresRows, offsets, sizes, strides);
    Value valid = tensor::FromElementsOp::create(
        b, RankedTensorType::get({1}, indexElement),
        ValueRange{arith::IndexCastOp::create(b, indexElement, count)});
    Value validOut = valid;
    if (validType.getRank() == 0)
      validOut = tensor::FromElementsOp::create(
          b, validType,
          ValueRange{arith::IndexCastOp::create(b, indexElement, count)});
    rewriter.replaceOp(op, {castTo(b, selected, indicesType),
                            castTo(b, selectedScores, outScoresType),
                            castTo(b, validOut, validType)});
    return success();
  }
};

} // namespace

void lowering::populateReductionLowerings(RewritePatternSet &patterns) {
  patterns.add<ReduceLowering<ReduceSumOp, Reduce::Sum>,
               ReduceLowering<ReduceMeanOp, Reduce::Mean>,
               ReduceLowering<ReduceMaxOp, Reduce::Max>,
               ReduceLowering<ReduceMinOp, Reduce::Min>,
               ReduceLowering<ReduceProdOp, Reduce::Prod>,
               ReduceLowering<ReduceL1Op, Reduce::L1>,
               ReduceLowering<ReduceL2Op, Reduce::L2>,
               ReduceLowering<ReduceLogicalAndOp, Reduce::And>,
               ReduceLowering<ReduceLogicalOrOp, Reduce::Or>, CumSumLowering,
               NonMaxSuppressionLowering>(patterns.getContext());
}
