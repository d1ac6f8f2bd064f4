//===- LoweringUtils.cpp - Shared pieces of the OV -> linalg lowering
//-------===//

#include "LoweringUtils.h"

#include "ovmlir/Dialect/OV/IR/OVOps.h"
#include "ovmlir/Dialect/OV/IR/ShapeUtils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/ImplicitLocOpBuilder.h"
#include "mlir/Transforms/DialectConversion.h"

using namespace mlir;
using namespace mlir::ov;
using namespace mlir::ov::lowering;

/// Builds `linalg.generic` computing `fn` over `inputs` broadcast to
/// `resultType`'s shape, with elements of `elementType`.
FailureOr<Value> lowering::buildElementwise(ImplicitLocOpBuilder &b,
                                            RankedTensorType resultType,
                                            ValueRange inputs, Type elementType,
                                            ScalarFn fn) {
  int64_t rank = resultType.getRank();

  // The result's sizes: static ones from the type, dynamic ones from the
  // broadcast of the operands' runtime shapes.
  ShapeDiag diag(b.getLoc());
  ShapeExpr shape = ShapeExpr::fromValue(inputs[0], b);
  for (Value input : inputs.drop_front()) {
    FailureOr<ShapeExpr> combined = broadcastShapes(
        diag, shape, ShapeExpr::fromValue(input, b), AutoBroadcastType::numpy);
    if (failed(combined))
      return failure();
    shape = *combined;
  }
  SmallVector<OpFoldResult> sizes;
  for (int64_t i = 0; i < rank; ++i)
    sizes.push_back(
        resultType.isDynamicDim(i)
            ? shape[i].getOpFoldResult()
            : OpFoldResult(b.getIndexAttr(resultType.getDimSize(i))));
  Value init = tensor::EmptyOp::create(b, sizes, elementType);

  // Operand dimension j sits under result dimension j + rank - r; a static 1
  // broadcasts; a dynamic one must match the result at run time.
  SmallVector<AffineMap> maps;
  for (Value input : inputs) {
    auto type = cast<RankedTensorType>(input.getType());
    int64_t offset = rank - type.getRank();
    SmallVector<AffineExpr> exprs;
    for (int64_t j = 0; j < type.getRank(); ++j) {
      int64_t outDim = j + offset;
      if (type.getDimSize(j) == 1 && resultType.getDimSize(outDim) != 1) {
        exprs.push_back(b.getAffineConstantExpr(0));
        continue;
      }
      exprs.push_back(b.getAffineDimExpr(outDim));
      if (type.isDynamicDim(j)) {
        Value have = tensor::DimOp::create(b, input, j);
        Value want =
            getValueOrCreateConstantIndexOp(b, b.getLoc(), sizes[outDim]);
        Value same =
            arith::CmpIOp::create(b, arith::CmpIPredicate::eq, have, want);
        cf::AssertOp::create(
            b, same,
            "dynamic dimension does not match the result (broadcasting a "
            "dynamic dimension of size 1 is not supported)");
      }
    }
    maps.push_back(AffineMap::get(rank, 0, exprs, b.getContext()));
  }
  maps.push_back(b.getMultiDimIdentityMap(rank));
  SmallVector<utils::IteratorType> iterators(rank,
                                             utils::IteratorType::parallel);
  auto generic = linalg::GenericOp::create(
      b, TypeRange{resultType.clone(elementType)}, inputs, ValueRange{init},
      maps, iterators, [&](OpBuilder &nested, Location loc, ValueRange args) {
        ImplicitLocOpBuilder body(loc, nested);
        linalg::YieldOp::create(body, fn(body, args.drop_back()));
      });
  return generic.getResult(0);
}

/// The same for the result of `op`.
FailureOr<Value> lowering::buildElementwise(ConversionPatternRewriter &rewriter,
                                            Operation *op, ValueRange inputs,
                                            Type elementType, ScalarFn fn) {
  auto resultType = dyn_cast<RankedTensorType>(op->getResult(0).getType());
  if (!resultType)
    return rewriter.notifyMatchFailure(op, "needs a ranked result type");
  ImplicitLocOpBuilder b(op->getLoc(), rewriter);
  return buildElementwise(b, resultType, inputs, elementType, fn);
}

/// Reduces `input` over the (normalized) `axes` with `combine`, starting
/// from `identity`; reduced dimensions stay as size 1 with `keepDims`.
Value lowering::buildReduction(
    ImplicitLocOpBuilder &b, Value input, ArrayRef<int64_t> axes, bool keepDims,
    TypedAttr identity,
    function_ref<Value(ImplicitLocOpBuilder &, Value, Value)> combine) {
  auto type = cast<RankedTensorType>(input.getType());
  int64_t rank = type.getRank();
  ShapeExpr shape = ShapeExpr::fromValue(input, b);
  SmallVector<OpFoldResult> sizes;
  SmallVector<AffineExpr> outExprs;
  SmallVector<utils::IteratorType> iterators;
  for (int64_t d = 0; d < rank; ++d) {
    bool reduced = llvm::is_contained(axes, d);
    iterators.push_back(reduced ? utils::IteratorType::reduction
                                : utils::IteratorType::parallel);
    if (reduced && !keepDims)
      continue;
    sizes.push_back(reduced ? OpFoldResult(b.getIndexAttr(1))
                            : shape[d].getOpFoldResult());
    outExprs.push_back(reduced ? b.getAffineConstantExpr(0)
                               : b.getAffineDimExpr(d));
  }
  Value init = tensor::EmptyOp::create(b, sizes, type.getElementType());
  Value start = arith::ConstantOp::create(b, identity);
  Value filled = linalg::FillOp::create(b, ValueRange{start}, ValueRange{init})
                     .getResult(0);
  SmallVector<AffineMap> maps = {
      b.getMultiDimIdentityMap(rank),
      AffineMap::get(rank, 0, outExprs, b.getContext())};
  auto generic = linalg::GenericOp::create(
      b, TypeRange{filled.getType()}, ValueRange{input}, ValueRange{filled},
      maps, iterators, [&](OpBuilder &nested, Location loc, ValueRange args) {
        ImplicitLocOpBuilder body(loc, nested);
        linalg::YieldOp::create(body, combine(body, args[1], args[0]));
      });
  return generic.getResult(0);
}

/// The number of elements of `input` over `axes`, as a scalar of `type`.
Value lowering::countElements(ImplicitLocOpBuilder &b, Value input,
                              ArrayRef<int64_t> axes, Type type) {
  ShapeExpr shape = ShapeExpr::fromValue(input, b);
  DimExpr count = DimExpr::fromOpFoldResult(b.getIndexAttr(1), b);
  for (int64_t axis : axes)
    count = count * shape[axis];
  Value index = count.materialize(b);
  Value wide = arith::IndexCastOp::create(b, b.getI64Type(), index);
  if (isa<FloatType>(type))
    return arith::SIToFPOp::create(b, type, wide);
  if (type.getIntOrFloatBitWidth() < 64)
    return arith::TruncIOp::create(b, type, wide);
  return wide;
}

/// A scalar constant of `type` (float or integer) in the body.
Value lowering::scalar(ImplicitLocOpBuilder &b, Type type, double value) {
  if (auto floatType = dyn_cast<FloatType>(type))
    return arith::ConstantOp::create(b, b.getFloatAttr(floatType, value));
  // arith constants are signless, also for unsigned element types.
  if (auto integer = dyn_cast<IntegerType>(type))
    type = b.getIntegerType(integer.getWidth());
  return arith::ConstantOp::create(
      b, b.getIntegerAttr(type, static_cast<int64_t>(value)));
}

Value lowering::padOrSame(ImplicitLocOpBuilder &b, Value input,
                          ArrayRef<OpFoldResult> low,
                          ArrayRef<OpFoldResult> high, Value value) {
  if (llvm::all_of(low, isZeroInteger) && llvm::all_of(high, isZeroInteger))
    return input;
  return tensor::PadOp::create(b, Type(), input, low, high, value);
}

Value lowering::expandToChannel(ImplicitLocOpBuilder &b, Value value,
                                int64_t rank) {
  auto type = cast<RankedTensorType>(value.getType());
  if (rank <= 2)
    return value;
  SmallVector<int64_t> shape(rank - 1, 1);
  shape[0] = type.getDimSize(0);
  ReassociationIndices all = llvm::to_vector(llvm::seq<int64_t>(0, rank - 1));
  return tensor::ExpandShapeOp::create(b, type.clone(shape), value,
                                       ArrayRef<ReassociationIndices>{all});
}

/// The constant integer values of `value` (axes, order), or failure.
FailureOr<SmallVector<int64_t>> lowering::getConstantInts(Value value) {
  std::optional<SmallVector<int64_t>> values = getConstantIntValues(value);
  if (!values)
    return failure();
  return *values;
}

/// The identity of a reduction over elements of `type`.
TypedAttr lowering::getIdentity(Builder &b, ReduceKind kind, Type type) {
  if (auto floatType = dyn_cast<FloatType>(type)) {
    const llvm::fltSemantics &sem = floatType.getFloatSemantics();
    switch (kind) {
    case ReduceKind::Sum:
    case ReduceKind::Mean:
      return b.getFloatAttr(type, 0.0);
    case ReduceKind::Prod:
      return b.getFloatAttr(type, 1.0);
    case ReduceKind::Max:
      return b.getFloatAttr(type, APFloat::getInf(sem, /*Negative=*/true));
    case ReduceKind::Min:
      return b.getFloatAttr(type, APFloat::getInf(sem));
    }
  }
  unsigned width = type.getIntOrFloatBitWidth();
  switch (kind) {
  case ReduceKind::Sum:
  case ReduceKind::Mean:
    return b.getIntegerAttr(type, 0);
  case ReduceKind::Prod:
    return b.getIntegerAttr(type, 1);
  case ReduceKind::Max:
    return b.getIntegerAttr(type, APInt::getSignedMinValue(width));
  case ReduceKind::Min:
    return b.getIntegerAttr(type, APInt::getSignedMaxValue(width));
  }
  llvm_unreachable("unknown reduction");
}

Value lowering::combineReduce(ImplicitLocOpBuilder &b, ReduceKind kind,
                              Value acc, Value x) {
  bool isF = isFloat(x.getType());
  switch (kind) {
  case ReduceKind::Sum:
  case ReduceKind::Mean:
    return isF ? Value(arith::AddFOp::create(b, acc, x))
               : Value(arith::AddIOp::create(b, acc, x));
  case ReduceKind::Prod:
    return isF ? Value(arith::MulFOp::create(b, acc, x))
               : Value(arith::MulIOp::create(b, acc, x));
  case ReduceKind::Max:
    return isF ? maximumIgnoringZeroSign(b, acc, x)
               : Value(arith::MaxSIOp::create(b, acc, x));
  case ReduceKind::Min:
    return isF ? minimumIgnoringZeroSign(b, acc, x)
               : Value(arith::MinSIOp::create(b, acc, x));
  }
  llvm_unreachable("unknown reduction");
}

Value lowering::maximumIgnoringZeroSign(ImplicitLocOpBuilder &b, Value x,
                                        Value y) {
  return arith::MaximumFOp::create(b, x, y, arith::FastMathFlags::nsz);
}

Value lowering::minimumIgnoringZeroSign(ImplicitLocOpBuilder &b, Value x,
                                        Value y) {
  return arith::MinimumFOp::create(b, x, y, arith::FastMathFlags::nsz);
}

Value lowering::castTo(ImplicitLocOpBuilder &b, Value value, Type type) {
  if (value.getType() == type)
    return value;
  return tensor::CastOp::create(b, type, value);
}

Value lowering::toSignless(ImplicitLocOpBuilder &b, Value value) {
  auto type = dyn_cast<IntegerType>(value.getType());
  if (!type || type.isSignless())
    return value;
  return fromSignless(b, value, b.getIntegerType(type.getWidth()));
}

Value lowering::fromSignless(ImplicitLocOpBuilder &b, Value value, Type type) {
  if (value.getType() == type)
    return value;
  return UnrealizedConversionCastOp::create(b, type, value).getResult(0);
}
