//===- Elementwise.cpp - Elementwise OV ops to linalg.generic
//---------------===//

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

namespace {

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

} // namespace

void lowering::populateElementwiseLowerings(RewritePatternSet &patterns) {
  add<AddOp>(patterns, arithBody<AddOp, arith::AddFOp, arith::AddIOp>);
  add<SubtractOp>(patterns,
                  arithBody<SubtractOp, arith::SubFOp, arith::SubIOp>);
  add<MultiplyOp>(patterns,
                  arithBody<MultiplyOp, arith::MulFOp, arith::MulIOp>);
  add<DivideOp>(patterns, divideBody);
  add<MaximumOp>(
      patterns,
      arithBody<MaximumOp, arith::MaximumFOp, arith::MaxSIOp, arith::MaxUIOp>);
  add<MinimumOp>(
      patterns,
      arithBody<MinimumOp, arith::MinimumFOp, arith::MinSIOp, arith::MinUIOp>);
  add<PowerOp>(patterns, powerBody);
  add<SquaredDifferenceOp>(patterns, squaredDifferenceBody);
  add<EqualOp>(patterns,
               compareBody<EqualOp, arith::CmpFPredicate::OEQ,
                           arith::CmpIPredicate::eq, arith::CmpIPredicate::eq>);
  add<NotEqualOp>(
      patterns,
      compareBody<NotEqualOp, arith::CmpFPredicate::UNE,
                  arith::CmpIPredicate::ne, arith::CmpIPredicate::ne>);
  add<LessOp>(
      patterns,
      compareBody<LessOp, arith::CmpFPredicate::OLT, arith::CmpIPredicate::slt,
                  arith::CmpIPredicate::ult>);
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
}
