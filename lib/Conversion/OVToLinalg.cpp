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

/// Builds `linalg.generic` computing `fn` over `inputs` broadcast to the
/// shape of `result` (the op's result), with elements of `elementType`.
FailureOr<Value> buildElementwise(ConversionPatternRewriter &rewriter,
                                  Operation *op, ValueRange inputs,
                                  Type elementType, ScalarFn fn) {
  auto resultType = dyn_cast<RankedTensorType>(op->getResult(0).getType());
  if (!resultType)
    return rewriter.notifyMatchFailure(op, "needs a ranked result type");
  ImplicitLocOpBuilder b(op->getLoc(), rewriter);
  int64_t rank = resultType.getRank();

  // The result's sizes: static ones from the type, dynamic ones from the
  // broadcast of the operands' runtime shapes.
  ShapeDiag diag(op->getLoc());
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

/// Reshape to a static result: tensor.reshape with the result's shape.
struct ReshapeLowering : OpConversionPattern<ReshapeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ReshapeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto type = dyn_cast<RankedTensorType>(op.getType());
    if (!type || !type.hasStaticShape())
      return rewriter.notifyMatchFailure(op, "needs a static result");
    auto shapeType =
        RankedTensorType::get({type.getRank()}, rewriter.getIndexType());
    SmallVector<Attribute> dims;
    for (int64_t d : type.getShape())
      dims.push_back(rewriter.getIndexAttr(d));
    Value shape = arith::ConstantOp::create(
        rewriter, op.getLoc(), DenseElementsAttr::get(shapeType, dims));
    rewriter.replaceOpWithNewOp<tensor::ReshapeOp>(op, type, adaptor.getData(),
                                                   shape);
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
    patterns.add<ConstantLowering, ReshapeLowering, MatMulLowering>(context);

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
