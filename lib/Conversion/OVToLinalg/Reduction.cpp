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
    if (!type || !resultType || type.getElementType().isUnsignedInteger() ||
        type.getElementType().isInteger(1) != logical ||
        (reduce == Reduce::L2 && !isFloat(type.getElementType())))
      return rewriter.notifyMatchFailure(
          op, "needs ranked signed/float data (float for ReduceL2)");
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
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
    if (result.getType() != resultType)
      result = tensor::CastOp::create(b, resultType, result);
    rewriter.replaceOp(op, result);
    return success();
  }
};

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
    if (!type || !resultType || type.getRank() == 0 ||
        type.getElementType().isUnsignedInteger())
      return rewriter.notifyMatchFailure(
          op, "needs ranked signed/float data of rank >= 1");
    Value axisTensor = adaptor.getAxis();
    if (axisTensor) {
      auto axisType = dyn_cast<RankedTensorType>(axisTensor.getType());
      if (!axisType || axisType.getNumElements() != 1 ||
          !axisType.getElementType().isSignlessInteger())
        return rewriter.notifyMatchFailure(op, "needs a scalar integer axis");
    }
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    int64_t rank = type.getRank();
    Value zero = arith::ConstantIndexOp::create(b, 0);
    Value one = arith::ConstantIndexOp::create(b, 1);
    // The axis, wrapped when negative and clamped into the rank.
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
    if (result.getType() != resultType)
      result = tensor::CastOp::create(b, resultType, result);
    rewriter.replaceOp(op, result);
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
               ReduceLowering<ReduceLogicalOrOp, Reduce::Or>, CumSumLowering>(
      patterns.getContext());
}
