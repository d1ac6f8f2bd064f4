//===- OVToLinalg.cpp - Lower OV dialect ops to linalg
//---------------------===//
//
// Elementwise ops become linalg.generic over operands broadcast numpy-style
// to the result; the result's dynamic sizes come from the dialect's shape
// functions (ShapeExpr in lowering mode), so they are computed at run time
// exactly as type inference describes them.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Conversion/Passes.h"
#include "ovmlir/Dialect/OV/IR/OVOps.h"
#include "ovmlir/Dialect/OV/IR/ReductionShapes.h"
#include "ovmlir/Dialect/OV/IR/ShapeOpShapes.h"
#include "ovmlir/Dialect/OV/IR/ShapeUtils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/ImplicitLocOpBuilder.h"
#include "mlir/Transforms/DialectConversion.h"

namespace mlir::ov {
#define GEN_PASS_DEF_CONVERTOVTOLINALG
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;
using namespace mlir::ov;

namespace {

/// Computes one result element from the operands' elements.
using ScalarFn = function_ref<Value(ImplicitLocOpBuilder &, ValueRange)>;

/// Builds `linalg.generic` computing `fn` over `inputs` broadcast to
/// `resultType`'s shape, with elements of `elementType`.
FailureOr<Value> buildElementwise(ImplicitLocOpBuilder &b,
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
FailureOr<Value> buildElementwise(ConversionPatternRewriter &rewriter,
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
Value buildReduction(
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
Value countElements(ImplicitLocOpBuilder &b, Value input,
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

bool isFloat(Type type) { return isa<FloatType>(type); }
bool isUnsigned(Type type) { return type.isUnsignedInteger(); }

/// A scalar constant of `type` (float or integer) in the body.
Value scalar(ImplicitLocOpBuilder &b, Type type, double value) {
  if (auto floatType = dyn_cast<FloatType>(type))
    return arith::ConstantOp::create(b, b.getFloatAttr(floatType, value));
  return arith::ConstantOp::create(
      b, b.getIntegerAttr(type, static_cast<int64_t>(value)));
}

//===----------------------------------------------------------------------===//
// Elementwise patterns
//===----------------------------------------------------------------------===//

/// A lowering given by a scalar function of the op and the element type.
template <typename OpTy>
struct ElementwiseLowering : OpConversionPattern<OpTy> {
  using BodyFn = Value (*)(OpTy, ImplicitLocOpBuilder &, Type, ValueRange);
  ElementwiseLowering(MLIRContext *context, BodyFn body)
      : OpConversionPattern<OpTy>(context), body(body) {}

  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    ValueRange operands = adaptor.getOperands();
    for (Value operand : operands)
      if (!isa<RankedTensorType>(operand.getType()))
        return rewriter.notifyMatchFailure(op, "needs ranked operands");
    // arith works on signless integers; unsigned tensors need a type
    // conversion that is not written yet.
    for (Type type : llvm::concat<const Type>(ValueRange(operands).getTypes(),
                                              op->getResultTypes()))
      if (getElementType(type).isUnsignedInteger())
        return rewriter.notifyMatchFailure(op, "unsigned element types");
    if (auto broadcast =
            op->template getAttrOfType<AutoBroadcastTypeAttr>("auto_broadcast");
        broadcast && broadcast.getValue() == AutoBroadcastType::pdpd)
      return rewriter.notifyMatchFailure(op, "pdpd broadcasting");
    Type operandElement =
        getElementType(operands[operands.size() - 1].getType());
    Type resultElement = getElementType(op->getResult(0).getType());
    FailureOr<Value> result =
        buildElementwise(rewriter, op, operands, resultElement,
                         [&](ImplicitLocOpBuilder &b, ValueRange args) {
                           return body(op, b, operandElement, args);
                         });
    if (failed(result))
      return failure();
    rewriter.replaceOp(op, *result);
    return success();
  }

  BodyFn body;
};

template <typename OpTy, typename FloatOp, typename SignedOp,
          typename UnsignedOp = SignedOp>
Value arithBody(OpTy, ImplicitLocOpBuilder &b, Type type, ValueRange args) {
  if (isFloat(type))
    return FloatOp::create(b, args[0], args[1]);
  if (isUnsigned(type))
    return UnsignedOp::create(b, args[0], args[1]);
  return SignedOp::create(b, args[0], args[1]);
}

template <typename OpTy, arith::CmpFPredicate fpred, arith::CmpIPredicate spred,
          arith::CmpIPredicate upred>
Value compareBody(OpTy, ImplicitLocOpBuilder &b, Type type, ValueRange args) {
  if (isFloat(type))
    return arith::CmpFOp::create(b, fpred, args[0], args[1]);
  return arith::CmpIOp::create(b, isUnsigned(type) ? upred : spred, args[0],
                               args[1]);
}

Value divideBody(DivideOp op, ImplicitLocOpBuilder &b, Type type,
                 ValueRange args) {
  if (isFloat(type))
    return arith::DivFOp::create(b, args[0], args[1]);
  if (isUnsigned(type))
    return arith::DivUIOp::create(b, args[0], args[1]);
  // OpenVINO's m_pythondiv: integer division rounds towards -infinity.
  if (op.getMPythondiv())
    return arith::FloorDivSIOp::create(b, args[0], args[1]);
  return arith::DivSIOp::create(b, args[0], args[1]);
}

Value powerBody(PowerOp, ImplicitLocOpBuilder &b, Type type, ValueRange args) {
  if (isFloat(type))
    return math::PowFOp::create(b, args[0], args[1]);
  return math::IPowIOp::create(b, args[0], args[1]);
}

Value squaredDifferenceBody(SquaredDifferenceOp, ImplicitLocOpBuilder &b,
                            Type type, ValueRange args) {
  if (isFloat(type)) {
    Value d = arith::SubFOp::create(b, args[0], args[1]);
    return arith::MulFOp::create(b, d, d);
  }
  Value d = arith::SubIOp::create(b, args[0], args[1]);
  return arith::MulIOp::create(b, d, d);
}

template <typename OpTy, typename MathOp>
Value mathBody(OpTy, ImplicitLocOpBuilder &b, Type, ValueRange args) {
  return MathOp::create(b, args[0]);
}

Value reluBody(ReluOp, ImplicitLocOpBuilder &b, Type type, ValueRange args) {
  Value zero = scalar(b, type, 0);
  if (isFloat(type))
    return arith::MaximumFOp::create(b, args[0], zero);
  return arith::MaxSIOp::create(b, args[0], zero);
}

Value sigmoidOf(ImplicitLocOpBuilder &b, Type type, Value x) {
  Value negated = arith::NegFOp::create(b, x);
  Value e = math::ExpOp::create(b, negated);
  Value one = scalar(b, type, 1);
  return arith::DivFOp::create(b, one, arith::AddFOp::create(b, one, e));
}

Value sigmoidBody(SigmoidOp, ImplicitLocOpBuilder &b, Type type,
                  ValueRange args) {
  return sigmoidOf(b, type, args[0]);
}

Value absBody(AbsOp, ImplicitLocOpBuilder &b, Type type, ValueRange args) {
  if (isFloat(type))
    return math::AbsFOp::create(b, args[0]);
  return math::AbsIOp::create(b, args[0]);
}

Value negativeBody(NegativeOp, ImplicitLocOpBuilder &b, Type type,
                   ValueRange args) {
  if (isFloat(type))
    return arith::NegFOp::create(b, args[0]);
  return arith::SubIOp::create(b, scalar(b, type, 0), args[0]);
}

Value clampBody(ClampOp op, ImplicitLocOpBuilder &b, Type type,
                ValueRange args) {
  Value low = scalar(b, type, op.getMin().convertToDouble());
  Value high = scalar(b, type, op.getMax().convertToDouble());
  if (isFloat(type))
    return arith::MinimumFOp::create(
        b, arith::MaximumFOp::create(b, args[0], low), high);
  return arith::MinSIOp::create(b, arith::MaxSIOp::create(b, args[0], low),
                                high);
}

Value logicalNotBody(LogicalNotOp, ImplicitLocOpBuilder &b, Type,
                     ValueRange args) {
  Value one = arith::ConstantOp::create(b, b.getBoolAttr(true));
  return arith::XOrIOp::create(b, args[0], one);
}

/// Convert: casts between float, signed, unsigned and boolean elements
/// (to boolean: x != 0; float to integer truncates toward zero).
Value convertBody(ConvertOp op, ImplicitLocOpBuilder &b, Type from,
                  ValueRange args) {
  Type to = op.getDestinationType();
  Value x = args[0];
  if (from == to)
    return x;
  if (to.isInteger(1)) {
    if (isFloat(from))
      return arith::CmpFOp::create(b, arith::CmpFPredicate::UNE, x,
                                   scalar(b, from, 0));
    return arith::CmpIOp::create(b, arith::CmpIPredicate::ne, x,
                                 scalar(b, from, 0));
  }
  // MLIR's arith casts want signless integers.
  auto signless = [&](Type type) -> Type {
    if (auto integer = dyn_cast<IntegerType>(type))
      return b.getIntegerType(integer.getWidth());
    return type;
  };
  Type target = signless(to);
  bool fromUnsigned = isUnsigned(from) || from.isInteger(1);
  if (isFloat(from) && isFloat(to))
    return from.getIntOrFloatBitWidth() < to.getIntOrFloatBitWidth()
               ? Value(arith::ExtFOp::create(b, target, x))
               : Value(arith::TruncFOp::create(b, target, x));
  if (isFloat(to))
    return fromUnsigned ? Value(arith::UIToFPOp::create(b, target, x))
                        : Value(arith::SIToFPOp::create(b, target, x));
  if (isFloat(from))
    return isUnsigned(to) ? Value(arith::FPToUIOp::create(b, target, x))
                          : Value(arith::FPToSIOp::create(b, target, x));
  unsigned fromWidth = from.getIntOrFloatBitWidth();
  unsigned toWidth = to.getIntOrFloatBitWidth();
  if (fromWidth == toWidth)
    return x;
  if (fromWidth > toWidth)
    return arith::TruncIOp::create(b, target, x);
  return fromUnsigned ? Value(arith::ExtUIOp::create(b, target, x))
                      : Value(arith::ExtSIOp::create(b, target, x));
}

Value selectBody(SelectOp, ImplicitLocOpBuilder &b, Type, ValueRange args) {
  return arith::SelectOp::create(b, args[0], args[1], args[2]);
}

/// Registers `ElementwiseLowering<OpTy>` with `body`.
template <typename OpTy>
void add(RewritePatternSet &patterns,
         typename ElementwiseLowering<OpTy>::BodyFn body) {
  patterns.add<ElementwiseLowering<OpTy>>(patterns.getContext(), body);
}

//===----------------------------------------------------------------------===//
// Other ops
//===----------------------------------------------------------------------===//

struct ConstantLowering : OpConversionPattern<ConstantOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ConstantOp op, OpAdaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto value = dyn_cast<TypedAttr>(op.getValue());
    if (!value || isa<DenseStringElementsAttr>(value))
      return rewriter.notifyMatchFailure(op, "string constants");
    rewriter.replaceOpWithNewOp<arith::ConstantOp>(op, value);
    return success();
  }
};

/// The constant integer values of `value` (axes, order), or failure.
FailureOr<SmallVector<int64_t>> getConstantInts(Value value) {
  std::optional<SmallVector<int64_t>> values = getConstantIntValues(value);
  if (!values)
    return failure();
  return *values;
}

/// Reshape with a constant target: the result's sizes from Reshape's shape
/// function evaluated on the runtime input shape (special_zero copies, -1
/// divides the element count), then tensor.reshape.
struct ReshapeLowering : OpConversionPattern<ReshapeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ReshapeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto type = dyn_cast<RankedTensorType>(op.getType());
    FailureOr<SmallVector<int64_t>> target = getConstantInts(op.getShape());
    if (!type || failed(target) ||
        !isa<RankedTensorType>(adaptor.getData().getType()))
      return rewriter.notifyMatchFailure(
          op, "needs a ranked input and a constant target shape");
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    SmallVector<DimExpr> targetDims;
    for (int64_t v : *target)
      targetDims.push_back(DimExpr::fromOpFoldResult(b.getIndexAttr(v), b));
    FailureOr<ShapeExpr> shape = inferReshapeShape(
        ShapeDiag(op.getLoc()), ShapeExpr::fromValue(adaptor.getData(), b),
        ArrayRef<DimExpr>(targetDims), op.getSpecialZero());
    if (failed(shape))
      return failure();
    SmallVector<Value> sizes;
    for (int64_t d = 0; d < type.getRank(); ++d)
      sizes.push_back(
          type.isDynamicDim(d)
              ? (*shape)[d].materialize(b)
              : Value(arith::ConstantIndexOp::create(b, type.getDimSize(d))));
    Value shapeTensor = tensor::FromElementsOp::create(
        b, RankedTensorType::get({type.getRank()}, b.getIndexType()), sizes);
    rewriter.replaceOpWithNewOp<tensor::ReshapeOp>(op, type, adaptor.getData(),
                                                   shapeTensor);
    return success();
  }
};

/// MatMul of rank-2 operands (transposes made explicit).
struct MatMulLowering : OpConversionPattern<MatMulOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(MatMulOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto aType = dyn_cast<RankedTensorType>(adaptor.getA().getType());
    auto bType = dyn_cast<RankedTensorType>(adaptor.getB().getType());
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    if (!aType || !bType || !resultType || aType.getRank() != 2 ||
        bType.getRank() != 2)
      return rewriter.notifyMatchFailure(op, "only rank-2 MatMul for now");
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    auto transpose = [&](Value value) -> Value {
      ShapeExpr shape = ShapeExpr::fromValue(value, b);
      Value init = tensor::EmptyOp::create(
          b,
          SmallVector<OpFoldResult>{shape[1].getOpFoldResult(),
                                    shape[0].getOpFoldResult()},
          getElementType(value.getType()));
      return linalg::TransposeOp::create(b, value, init,
                                         ArrayRef<int64_t>{1, 0})
          ->getResult(0);
    };
    Value a = op.getTransposeA() ? transpose(adaptor.getA()) : adaptor.getA();
    Value bm = op.getTransposeB() ? transpose(adaptor.getB()) : adaptor.getB();
    ShapeExpr aShape = ShapeExpr::fromValue(a, b);
    ShapeExpr bShape = ShapeExpr::fromValue(bm, b);
    Type element = resultType.getElementType();
    Value init = tensor::EmptyOp::create(
        b,
        SmallVector<OpFoldResult>{aShape[0].getOpFoldResult(),
                                  bShape[1].getOpFoldResult()},
        element);
    Value zero = arith::ConstantOp::create(b, b.getZeroAttr(element));
    Value filled = linalg::FillOp::create(b, ValueRange{zero}, ValueRange{init})
                       .getResult(0);
    Value product =
        linalg::MatmulOp::create(b, ValueRange{a, bm}, ValueRange{filled})
            .getResult(0);
    if (product.getType() != resultType)
      product = tensor::CastOp::create(b, resultType, product);
    rewriter.replaceOp(op, product);
    return success();
  }
};

enum class ReduceKind { Sum, Mean, Max, Min, Prod };

/// The identity of a reduction over elements of `type`.
TypedAttr getIdentity(Builder &b, ReduceKind kind, Type type) {
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

Value combineReduce(ImplicitLocOpBuilder &b, ReduceKind kind, Value acc,
                    Value x) {
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
    return isF ? Value(arith::MaximumFOp::create(b, acc, x))
               : Value(arith::MaxSIOp::create(b, acc, x));
  case ReduceKind::Min:
    return isF ? Value(arith::MinimumFOp::create(b, acc, x))
               : Value(arith::MinSIOp::create(b, acc, x));
  }
  llvm_unreachable("unknown reduction");
}

/// Reduce* with constant axes: one generic with reduction iterators
/// (Mean divides by the element count, computed at run time).
template <typename OpTy, ReduceKind kind>
struct ReduceLowering : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value data = adaptor.getData();
    auto type = dyn_cast<RankedTensorType>(data.getType());
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    FailureOr<SmallVector<int64_t>> axes = getConstantInts(op.getAxes());
    if (!type || !resultType || failed(axes) ||
        type.getElementType().isUnsignedInteger() ||
        type.getElementType().isInteger(1))
      return rewriter.notifyMatchFailure(
          op, "needs ranked signed/float data and constant axes");
    FailureOr<SmallVector<int64_t>> normalized =
        normalizeReduceAxes(ShapeDiag(op.getLoc()), *axes, type.getRank());
    if (failed(normalized))
      return failure();
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    Type element = type.getElementType();
    Value result = buildReduction(
        b, data, *normalized, op.getKeepDims(), getIdentity(b, kind, element),
        [&](ImplicitLocOpBuilder &body, Value acc, Value x) {
          return combineReduce(body, kind, acc, x);
        });
    if (kind == ReduceKind::Mean) {
      Value count = countElements(b, data, *normalized, element);
      FailureOr<Value> mean = buildElementwise(
          b, cast<RankedTensorType>(result.getType()), ValueRange{result},
          element, [&](ImplicitLocOpBuilder &body, ValueRange args) -> Value {
            if (isFloat(element))
              return arith::DivFOp::create(body, args[0], count);
            return arith::DivSIOp::create(body, args[0], count);
          });
      if (failed(mean))
        return failure();
      result = *mean;
    }
    if (result.getType() != resultType)
      result = tensor::CastOp::create(b, resultType, result);
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// Transpose with a constant order: linalg.transpose.
struct TransposeLowering : OpConversionPattern<TransposeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(TransposeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value data = adaptor.getData();
    auto type = dyn_cast<RankedTensorType>(data.getType());
    FailureOr<SmallVector<int64_t>> order = getConstantInts(op.getOrder());
    if (!type || failed(order))
      return rewriter.notifyMatchFailure(op, "needs a constant order");
    SmallVector<int64_t> perm = *order;
    if (perm.empty()) // OpenVINO: an empty order reverses the dimensions
      for (int64_t d = type.getRank() - 1; d >= 0; --d)
        perm.push_back(d);
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    ShapeExpr shape = ShapeExpr::fromValue(data, b);
    SmallVector<OpFoldResult> sizes;
    for (int64_t d : perm)
      sizes.push_back(shape[d].getOpFoldResult());
    Value init = tensor::EmptyOp::create(b, sizes, type.getElementType());
    Value result =
        linalg::TransposeOp::create(b, data, init, perm)->getResult(0);
    if (result.getType() != op.getType())
      result = tensor::CastOp::create(b, op.getType(), result);
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// Softmax over `axis`: exp(x - max) / sum(exp(x - max)).
struct SoftmaxLowering : OpConversionPattern<SoftmaxOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(SoftmaxOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value x = adaptor.getInput();
    auto type = dyn_cast<RankedTensorType>(x.getType());
    if (!type)
      return rewriter.notifyMatchFailure(op, "needs a ranked input");
    // I64Attr getters return the bits unsigned.
    int64_t axis = static_cast<int64_t>(op.getAxis());
    if (axis < 0)
      axis += type.getRank();
    if (axis < 0 || axis >= type.getRank())
      return rewriter.notifyMatchFailure(op, "axis out of range");
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    Type element = type.getElementType();
    auto reduce = [&](Value input, ReduceKind kind) {
      return buildReduction(
          b, input, {axis}, /*keepDims=*/true, getIdentity(b, kind, element),
          [&](ImplicitLocOpBuilder &body, Value acc, Value v) {
            return combineReduce(body, kind, acc, v);
          });
    };
    Value max = reduce(x, ReduceKind::Max);
    FailureOr<Value> exps = buildElementwise(
        b, type, ValueRange{x, max}, element,
        [&](ImplicitLocOpBuilder &body, ValueRange args) -> Value {
          return math::ExpOp::create(
              body, arith::SubFOp::create(body, args[0], args[1]));
        });
    if (failed(exps))
      return failure();
    Value sum = reduce(*exps, ReduceKind::Sum);
    FailureOr<Value> result = buildElementwise(
        b, type, ValueRange{*exps, sum}, element,
        [&](ImplicitLocOpBuilder &body, ValueRange args) -> Value {
          return arith::DivFOp::create(body, args[0], args[1]);
        });
    if (failed(result))
      return failure();
    Value out = *result;
    if (out.getType() != op.getType())
      out = tensor::CastOp::create(b, op.getType(), out);
    rewriter.replaceOp(op, out);
    return success();
  }
};

/// The padding of a 2-D window op over a static input, as OpenVINO
/// computes it: explicit pads, none for `valid`, or for same_upper /
/// same_lower the total that keeps ceil(in / stride) outputs, split with
/// the extra element at the end (upper) or the start (lower).
FailureOr<std::pair<SmallVector<int64_t>, SmallVector<int64_t>>>
getPads(PadType autoPad, ArrayRef<int64_t> padsBegin, ArrayRef<int64_t> padsEnd,
        ArrayRef<int64_t> inSizes, ArrayRef<int64_t> kernel,
        ArrayRef<int64_t> strides, ArrayRef<int64_t> dilations) {
  size_t n = inSizes.size();
  SmallVector<int64_t> begin(n, 0), end(n, 0);
  if (autoPad == PadType::explicit_ || autoPad == PadType::notset) {
    if (padsBegin.size() != n || padsEnd.size() != n)
      return failure();
    return std::make_pair(SmallVector<int64_t>(padsBegin),
                          SmallVector<int64_t>(padsEnd));
  }
  if (autoPad == PadType::valid)
    return std::make_pair(begin, end);
  for (size_t i = 0; i < n; ++i) {
    if (ShapedType::isDynamic(inSizes[i]))
      return failure();
    int64_t dilation = dilations.empty() ? 1 : dilations[i];
    int64_t out = (inSizes[i] + strides[i] - 1) / strides[i];
    int64_t total = std::max<int64_t>(
        (out - 1) * strides[i] + (kernel[i] - 1) * dilation + 1 - inSizes[i],
        0);
    int64_t small = total / 2, large = total - small;
    bool upper = autoPad == PadType::same_upper;
    begin[i] = upper ? small : large;
    end[i] = upper ? large : small;
  }
  return std::make_pair(begin, end);
}

/// `input` [N, C, spatial...] padded with `value` (spatial dims only).
Value padSpatial(ImplicitLocOpBuilder &b, Value input, ArrayRef<int64_t> begin,
                 ArrayRef<int64_t> end, TypedAttr value) {
  if (llvm::all_of(begin, [](int64_t p) { return p == 0; }) &&
      llvm::all_of(end, [](int64_t p) { return p == 0; }))
    return input;
  SmallVector<OpFoldResult> low(2, b.getIndexAttr(0)),
      high(2, b.getIndexAttr(0));
  for (auto [lo, hi] : llvm::zip(begin, end)) {
    low.push_back(b.getIndexAttr(lo));
    high.push_back(b.getIndexAttr(hi));
  }
  Value padValue = arith::ConstantOp::create(b, value);
  return tensor::PadOp::create(b, Type(), input, low, high, padValue);
}

/// The output of a window op: `resultType` with a dynamic batch taken from
/// `data`, filled with `init`.
Value makeWindowOutput(ImplicitLocOpBuilder &b, RankedTensorType resultType,
                       Value data, TypedAttr init) {
  SmallVector<OpFoldResult> sizes;
  for (int64_t d = 0; d < resultType.getRank(); ++d)
    sizes.push_back(
        resultType.isDynamicDim(d)
            ? OpFoldResult(tensor::DimOp::create(b, data, d).getResult())
            : OpFoldResult(b.getIndexAttr(resultType.getDimSize(d))));
  Value empty = tensor::EmptyOp::create(b, sizes, resultType.getElementType());
  Value value = arith::ConstantOp::create(b, init);
  return linalg::FillOp::create(b, ValueRange{value}, ValueRange{empty})
      .getResult(0);
}

DenseIntElementsAttr i64Vector(Builder &b, ArrayRef<int64_t> values) {
  return b.getI64TensorAttr(values);
}

/// Static spatial sizes of a [N, C, H, W] tensor, or failure.
FailureOr<SmallVector<int64_t>> getStaticSpatial(Value value) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  if (!type || type.getRank() != 4 || type.isDynamicDim(2) ||
      type.isDynamicDim(3))
    return failure();
  return SmallVector<int64_t>{type.getDimSize(2), type.getDimSize(3)};
}

/// Convolution-1 in 2-D (NCHW data, OIHW filter): padding, then
/// linalg.conv_2d_nchw_fchw.
struct ConvolutionLowering : OpConversionPattern<ConvolutionOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ConvolutionOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value data = adaptor.getData(), filter = adaptor.getFilter();
    auto filterType = dyn_cast<RankedTensorType>(filter.getType());
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    FailureOr<SmallVector<int64_t>> spatial = getStaticSpatial(data);
    if (failed(spatial) || !filterType || !filterType.hasStaticShape() ||
        !resultType || !isFloat(resultType.getElementType()))
      return rewriter.notifyMatchFailure(
          op, "only 2-D float convolution with static spatial sizes");
    ArrayRef<int64_t> kernel = filterType.getShape().drop_front(2);
    auto pads = getPads(op.getAutoPad(), op.getPadsBegin(), op.getPadsEnd(),
                        *spatial, kernel, op.getStrides(), op.getDilations());
    if (failed(pads))
      return rewriter.notifyMatchFailure(op, "cannot compute the padding");
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    Type element = resultType.getElementType();
    Value padded =
        padSpatial(b, data, pads->first, pads->second, b.getZeroAttr(element));
    Value output =
        makeWindowOutput(b, resultType, data, b.getZeroAttr(element));
    Value result =
        linalg::Conv2DNchwFchwOp::create(
            b, TypeRange{output.getType()}, ValueRange{padded, filter},
            ValueRange{output}, i64Vector(b, op.getStrides()),
            i64Vector(b, op.getDilations()))
            ->getResult(0);
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// MaxPool / AvgPool in 2-D: padding (with -inf for max; the extra rows a
/// ceil rounding needs), then linalg.pooling_nchw_max / _sum; AvgPool
/// divides by the kernel size (exclude-pad with padding is not supported).
template <typename OpTy> struct PoolLowering : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  static constexpr bool isMax = std::is_same_v<OpTy, MaxPoolOp>;

  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value data = adaptor.getData();
    auto resultType = dyn_cast<RankedTensorType>(op->getResult(0).getType());
    FailureOr<SmallVector<int64_t>> spatial = getStaticSpatial(data);
    if (failed(spatial) || !resultType || !resultType.hasRank() ||
        resultType.isDynamicDim(2) || resultType.isDynamicDim(3) ||
        !isFloat(resultType.getElementType()))
      return rewriter.notifyMatchFailure(
          op, "only 2-D float pooling with static spatial sizes");
    if constexpr (isMax)
      if (!op->getResult(1).use_empty())
        return rewriter.notifyMatchFailure(op, "MaxPool indices are used");
    SmallVector<int64_t> dilations(2, 1);
    if constexpr (isMax)
      if (op.getDilations())
        dilations = SmallVector<int64_t>(*op.getDilations());
    ArrayRef<int64_t> kernel = op.getKernel();
    ArrayRef<int64_t> strides = op.getStrides();
    auto pads = getPads(op.getAutoPad(), op.getPadsBegin(), op.getPadsEnd(),
                        *spatial, kernel, strides, dilations);
    if (failed(pads))
      return rewriter.notifyMatchFailure(op, "cannot compute the padding");
    // Ceil rounding: pad the end so that every output has a window.
    bool anyPad = false;
    for (int i = 0; i < 2; ++i) {
      int64_t needed = (resultType.getDimSize(2 + i) - 1) * strides[i] +
                       (kernel[i] - 1) * dilations[i] + 1;
      int64_t have = (*spatial)[i] + pads->first[i] + pads->second[i];
      if (needed > have)
        pads->second[i] += needed - have;
      anyPad |= pads->first[i] != 0 || pads->second[i] != 0;
    }
    if constexpr (!isMax)
      if (anyPad && op.getExcludePad())
        return rewriter.notifyMatchFailure(
            op, "AvgPool with exclude-pad and padding");

    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    auto element = cast<FloatType>(resultType.getElementType());
    TypedAttr padValue =
        isMax ? b.getFloatAttr(
                    element, APFloat::getInf(element.getFloatSemantics(), true))
              : b.getZeroAttr(element);
    Value padded = padSpatial(b, data, pads->first, pads->second, padValue);
    Value output = makeWindowOutput(b, resultType, data, padValue);
    Value window = tensor::EmptyOp::create(b, kernel, element);
    Value result;
    if constexpr (isMax)
      result = linalg::PoolingNchwMaxOp::create(
                   b, TypeRange{output.getType()}, ValueRange{padded, window},
                   ValueRange{output}, i64Vector(b, strides),
                   i64Vector(b, dilations))
                   ->getResult(0);
    else
      result = linalg::PoolingNchwSumOp::create(
                   b, TypeRange{output.getType()}, ValueRange{padded, window},
                   ValueRange{output}, i64Vector(b, strides),
                   i64Vector(b, dilations))
                   ->getResult(0);
    if constexpr (!isMax) {
      Value area = arith::ConstantOp::create(
          b, b.getFloatAttr(element, kernel[0] * kernel[1]));
      FailureOr<Value> mean = buildElementwise(
          b, cast<RankedTensorType>(result.getType()), ValueRange{result},
          element, [&](ImplicitLocOpBuilder &body, ValueRange args) -> Value {
            return arith::DivFOp::create(body, args[0], area);
          });
      if (failed(mean))
        return failure();
      result = *mean;
    }
    SmallVector<Value> replacements = {result};
    if constexpr (isMax) {
      // The indices are unused (checked above); a placeholder replaces them.
      auto indicesType = cast<RankedTensorType>(op->getResult(1).getType());
      replacements.push_back(tensor::EmptyOp::create(
          b,
          llvm::map_to_vector(llvm::seq<int64_t>(0, indicesType.getRank()),
                              [&](int64_t d) -> OpFoldResult {
                                return tensor::getMixedSize(b, b.getLoc(),
                                                            result, d);
                              }),
          indicesType.getElementType()));
    }
    rewriter.replaceOp(op, replacements);
    return success();
  }
};

struct ConvertOVToLinalgPass
    : ov::impl::ConvertOVToLinalgBase<ConvertOVToLinalgPass> {
  void runOnOperation() override {
    MLIRContext *context = &getContext();
    RewritePatternSet patterns(context);
    add<AddOp>(patterns, arithBody<AddOp, arith::AddFOp, arith::AddIOp>);
    add<SubtractOp>(patterns,
                    arithBody<SubtractOp, arith::SubFOp, arith::SubIOp>);
    add<MultiplyOp>(patterns,
                    arithBody<MultiplyOp, arith::MulFOp, arith::MulIOp>);
    add<DivideOp>(patterns, divideBody);
    add<MaximumOp>(patterns, arithBody<MaximumOp, arith::MaximumFOp,
                                       arith::MaxSIOp, arith::MaxUIOp>);
    add<MinimumOp>(patterns, arithBody<MinimumOp, arith::MinimumFOp,
                                       arith::MinSIOp, arith::MinUIOp>);
    add<PowerOp>(patterns, powerBody);
    add<SquaredDifferenceOp>(patterns, squaredDifferenceBody);
    add<EqualOp>(
        patterns,
        compareBody<EqualOp, arith::CmpFPredicate::OEQ,
                    arith::CmpIPredicate::eq, arith::CmpIPredicate::eq>);
    add<NotEqualOp>(
        patterns,
        compareBody<NotEqualOp, arith::CmpFPredicate::UNE,
                    arith::CmpIPredicate::ne, arith::CmpIPredicate::ne>);
    add<LessOp>(
        patterns,
        compareBody<LessOp, arith::CmpFPredicate::OLT,
                    arith::CmpIPredicate::slt, arith::CmpIPredicate::ult>);
    add<LessEqualOp>(
        patterns,
        compareBody<LessEqualOp, arith::CmpFPredicate::OLE,
                    arith::CmpIPredicate::sle, arith::CmpIPredicate::ule>);
    add<GreaterOp>(
        patterns,
        compareBody<GreaterOp, arith::CmpFPredicate::OGT,
                    arith::CmpIPredicate::sgt, arith::CmpIPredicate::ugt>);
    add<GreaterEqualOp>(
        patterns,
        compareBody<GreaterEqualOp, arith::CmpFPredicate::OGE,
                    arith::CmpIPredicate::sge, arith::CmpIPredicate::uge>);
    add<LogicalAndOp>(patterns,
                      arithBody<LogicalAndOp, arith::AndIOp, arith::AndIOp>);
    add<LogicalOrOp>(patterns,
                     arithBody<LogicalOrOp, arith::OrIOp, arith::OrIOp>);
    add<LogicalXorOp>(patterns,
                      arithBody<LogicalXorOp, arith::XOrIOp, arith::XOrIOp>);
    add<LogicalNotOp>(patterns, logicalNotBody);
    add<SelectOp>(patterns, selectBody);
    add<ReluOp>(patterns, reluBody);
    add<SigmoidOp>(patterns, sigmoidBody);
    add<TanhOp>(patterns, mathBody<TanhOp, math::TanhOp>);
    add<ExpOp>(patterns, mathBody<ExpOp, math::ExpOp>);
    add<LogOp>(patterns, mathBody<LogOp, math::LogOp>);
    add<SqrtOp>(patterns, mathBody<SqrtOp, math::SqrtOp>);
    add<FloorOp>(patterns, mathBody<FloorOp, math::FloorOp>);
    add<CeilingOp>(patterns, mathBody<CeilingOp, math::CeilOp>);
    add<ErfOp>(patterns, mathBody<ErfOp, math::ErfOp>);
    add<SinOp>(patterns, mathBody<SinOp, math::SinOp>);
    add<CosOp>(patterns, mathBody<CosOp, math::CosOp>);
    add<AbsOp>(patterns, absBody);
    add<NegativeOp>(patterns, negativeBody);
    add<ClampOp>(patterns, clampBody);
    add<ConvertOp>(patterns, convertBody);
    patterns.add<ConstantLowering, ReshapeLowering, MatMulLowering,
                 TransposeLowering, SoftmaxLowering, ConvolutionLowering,
                 PoolLowering<MaxPoolOp>, PoolLowering<AvgPoolOp>,
                 ReduceLowering<ReduceSumOp, ReduceKind::Sum>,
                 ReduceLowering<ReduceMeanOp, ReduceKind::Mean>,
                 ReduceLowering<ReduceMaxOp, ReduceKind::Max>,
                 ReduceLowering<ReduceMinOp, ReduceKind::Min>,
                 ReduceLowering<ReduceProdOp, ReduceKind::Prod>>(context);

    ConversionTarget target(*context);
    target.addLegalDialect<arith::ArithDialect, math::MathDialect,
                           linalg::LinalgDialect, tensor::TensorDialect,
                           cf::ControlFlowDialect, func::FuncDialect>();
    target.addIllegalDialect<OVDialect>();
    if (failed(applyPartialConversion(getOperation(), target,
                                      std::move(patterns))))
      signalPassFailure();
  }
};

} // namespace
