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
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/ImplicitLocOpBuilder.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Transforms/DialectConversion.h"

#include <cmath>

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
    // pdpd broadcasting (the dialect's default axis) aligns the second
    // operand to the right of the first, trailing ones ignored: on operands
    // the verifier accepted, that is numpy broadcasting to the first
    // operand's shape, so buildElementwise handles every mode.
    Type operandElement =
        getElementType(operands[operands.size() - 1].getType());
    Type resultElement = getElementType(op->getResult(0).getType());
    // arith works on signless integers: unsigned elements are cast to
    // signless ones of the same width in the body (the body sees the
    // original type to pick unsigned operations), and the result back.
    FailureOr<Value> result = buildElementwise(
        rewriter, op, operands, resultElement,
        [&](ImplicitLocOpBuilder &b, ValueRange args) {
          SmallVector<Value> signlessArgs = llvm::map_to_vector(
              args, [&](Value v) { return toSignless(b, v); });
          return fromSignless(b, body(op, b, operandElement, signlessArgs),
                              resultElement);
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

/// The reciprocal of `divisor` when it is an f32 constant of one value
/// whose reciprocal, correctly rounded, is a normal number (as is the
/// divisor); nullopt otherwise.
std::optional<APFloat> normalReciprocal(Value divisor) {
  DenseElementsAttr constant;
  if (!matchPattern(divisor, m_Constant(&constant)) || !constant.isSplat() ||
      !constant.getElementType().isF32())
    return std::nullopt;
  APFloat value = constant.getSplatValue<APFloat>();
  if (!value.isNormal())
    return std::nullopt;
  APFloat reciprocal(1.0f);
  reciprocal.divide(value, APFloat::rmNearestTiesToEven);
  if (!reciprocal.isNormal())
    return std::nullopt;
  return reciprocal;
}

/// Float division by a constant is a multiplication by its reciprocal, as
/// OpenVINO's ConvertDivideWithConstant makes it (within an ulp of the
/// quotient; a division per vector took GELU's x / sqrt(2) 35 us of 320 on
/// 1.2M elements). Integer division never traps: a divisor of 0 gives 0 (as
/// NumPy does), and a signed divisor of -1 negates (INT_MIN / -1 would
/// overflow).
Value divideBody(DivideOp op, ImplicitLocOpBuilder &b, Type type,
                 ValueRange args) {
  Value x = args[0], y = args[1];
  if (isFloat(type)) {
    if (std::optional<APFloat> reciprocal = normalReciprocal(op.getRhs()))
      return arith::MulFOp::create(
          b, x,
          arith::ConstantOp::create(
              b, b.getF32FloatAttr(reciprocal->convertToFloat())));
    return arith::DivFOp::create(b, x, y);
  }
  Type t = x.getType();
  Value zero = scalar(b, t, 0), one = scalar(b, t, 1);
  Value byZero = arith::CmpIOp::create(b, arith::CmpIPredicate::eq, y, zero);
  Value result;
  if (isUnsigned(type)) {
    Value safe = arith::SelectOp::create(b, byZero, one, y);
    result = arith::DivUIOp::create(b, x, safe);
  } else {
    Value minusOne = scalar(b, t, -1);
    Value byMinusOne =
        arith::CmpIOp::create(b, arith::CmpIPredicate::eq, y, minusOne);
    Value safe = arith::SelectOp::create(
        b, arith::OrIOp::create(b, byZero, byMinusOne), one, y);
    // OpenVINO's m_pythondiv: integer division rounds towards -infinity.
    result = op.getMPythondiv() ? Value(arith::FloorDivSIOp::create(b, x, safe))
                                : Value(arith::DivSIOp::create(b, x, safe));
    result = arith::SelectOp::create(b, byMinusOne,
                                     arith::SubIOp::create(b, zero, x), result);
  }
  return arith::SelectOp::create(b, byZero, zero, result);
}

/// base^exp for integers by squaring, one step per bit of the exponent
/// (math.ipowi has no lowering to LLVM). A negative signed exponent gives
/// 1 / base^-exp truncated: 1 for base 1, +-1 for base -1, 0 otherwise.
Value intPower(ImplicitLocOpBuilder &b, Type type, Value base, Value exp) {
  Type signless = base.getType();
  unsigned width = signless.getIntOrFloatBitWidth();
  Value zero = scalar(b, signless, 0), one = scalar(b, signless, 1);
  Value lb = arith::ConstantIndexOp::create(b, 0);
  Value ub = arith::ConstantIndexOp::create(b, width);
  Value step = arith::ConstantIndexOp::create(b, 1);
  auto loop = scf::ForOp::create(
      b, lb, ub, step, ValueRange{one, base, exp},
      [&](OpBuilder &nested, Location loc, Value, ValueRange iter) {
        ImplicitLocOpBuilder l(loc, nested);
        Value result = iter[0], power = iter[1], e = iter[2];
        Value bit = arith::AndIOp::create(l, e, scalar(l, signless, 1));
        Value odd =
            arith::CmpIOp::create(l, arith::CmpIPredicate::ne, bit, zero);
        Value times = arith::MulIOp::create(l, result, power);
        result = arith::SelectOp::create(l, odd, times, result);
        power = arith::MulIOp::create(l, power, power);
        e = arith::ShRUIOp::create(l, e, scalar(l, signless, 1));
        scf::YieldOp::create(l, ValueRange{result, power, e});
      });
  Value positive = loop.getResult(0);
  if (isUnsigned(type))
    return positive;
  Value negative =
      arith::CmpIOp::create(b, arith::CmpIPredicate::slt, exp, zero);
  Value minusOne = scalar(b, signless, -1);
  Value isOne = arith::CmpIOp::create(b, arith::CmpIPredicate::eq, base, one);
  Value isMinusOne =
      arith::CmpIOp::create(b, arith::CmpIPredicate::eq, base, minusOne);
  Value oddExp = arith::CmpIOp::create(
      b, arith::CmpIPredicate::ne, arith::AndIOp::create(b, exp, one), zero);
  Value signOfMinusOne = arith::SelectOp::create(b, oddExp, minusOne, one);
  Value reciprocal = arith::SelectOp::create(
      b, isOne, one,
      arith::SelectOp::create(b, isMinusOne, signOfMinusOne, zero));
  return arith::SelectOp::create(b, negative, reciprocal, positive);
}

Value powerBody(PowerOp, ImplicitLocOpBuilder &b, Type type, ValueRange args) {
  if (isFloat(type))
    return math::PowFOp::create(b, args[0], args[1]);
  return intPower(b, type, args[0], args[1]);
}

/// Mod (truncated: the sign of the dividend) and FloorMod (floored: the sign
/// of the divisor). Integer remainders never trap.
Value remainder(ImplicitLocOpBuilder &b, Type type, Value x, Value y,
                bool floored) {
  if (isFloat(type)) {
    Value r = arith::RemFOp::create(b, x, y);
    if (!floored)
      return r;
    Value zero = scalar(b, type, 0);
    Value nonZero =
        arith::CmpFOp::create(b, arith::CmpFPredicate::UNE, r, zero);
    Value rNeg = arith::CmpFOp::create(b, arith::CmpFPredicate::OLT, r, zero);
    Value yNeg = arith::CmpFOp::create(b, arith::CmpFPredicate::OLT, y, zero);
    Value differ = arith::XOrIOp::create(b, rNeg, yNeg);
    Value fix = arith::AndIOp::create(b, nonZero, differ);
    return arith::SelectOp::create(b, fix, arith::AddFOp::create(b, r, y), r);
  }
  Type signless = x.getType();
  Value zero = scalar(b, signless, 0);
  // Divisors 0 and -1 (INT_MIN % -1 traps) become 1: the result is 0.
  Value isZero = arith::CmpIOp::create(b, arith::CmpIPredicate::eq, y, zero);
  if (!isUnsigned(type))
    isZero =
        arith::OrIOp::create(b, isZero,
                             arith::CmpIOp::create(b, arith::CmpIPredicate::eq,
                                                   y, scalar(b, signless, -1)));
  y = arith::SelectOp::create(b, isZero, scalar(b, signless, 1), y);
  if (isUnsigned(type))
    return arith::RemUIOp::create(b, x, y);
  Value r = arith::RemSIOp::create(b, x, y);
  if (!floored)
    return r;
  Value nonZero = arith::CmpIOp::create(b, arith::CmpIPredicate::ne, r, zero);
  Value rNeg = arith::CmpIOp::create(b, arith::CmpIPredicate::slt, r, zero);
  Value yNeg = arith::CmpIOp::create(b, arith::CmpIPredicate::slt, y, zero);
  Value fix =
      arith::AndIOp::create(b, nonZero, arith::XOrIOp::create(b, rNeg, yNeg));
  return arith::SelectOp::create(b, fix, arith::AddIOp::create(b, r, y), r);
}

Value modBody(ModOp, ImplicitLocOpBuilder &b, Type type, ValueRange args) {
  return remainder(b, type, args[0], args[1], /*floored=*/false);
}

Value floorModBody(FloorModOp, ImplicitLocOpBuilder &b, Type type,
                   ValueRange args) {
  return remainder(b, type, args[0], args[1], /*floored=*/true);
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

/// Floor and Ceiling: integers are already whole.
template <typename OpTy, typename MathOp>
Value roundingBody(OpTy, ImplicitLocOpBuilder &b, Type type, ValueRange args) {
  if (!isFloat(type))
    return args[0];
  return MathOp::create(b, args[0]);
}

/// `fn` applied in floating point: directly to float elements; integers
/// go through f64 and are rounded back (half away from zero, as OpenVINO's
/// reference does for integer math functions).
Value viaFloat(ImplicitLocOpBuilder &b, Type type, Value x,
               function_ref<Value(ImplicitLocOpBuilder &, Type, Value)> fn) {
  if (isFloat(type))
    return fn(b, type, x);
  Type f64 = b.getF64Type();
  Value f = isUnsigned(type) ? Value(arith::UIToFPOp::create(b, f64, x))
                             : Value(arith::SIToFPOp::create(b, f64, x));
  Value r = math::RoundOp::create(b, fn(b, f64, f));
  return isUnsigned(type) ? Value(arith::FPToUIOp::create(b, x.getType(), r))
                          : Value(arith::FPToSIOp::create(b, x.getType(), r));
}

/// A math dialect function of float elements, also for integer elements.
template <typename OpTy, typename MathOp>
Value floatMathBody(OpTy, ImplicitLocOpBuilder &b, Type type, ValueRange args) {
  return viaFloat(b, type, args[0],
                  [](ImplicitLocOpBuilder &b, Type, Value x) -> Value {
                    return MathOp::create(b, x);
                  });
}

/// The inverse hyperbolic functions by their logarithmic formulas.
Value asinhBody(AsinhOp, ImplicitLocOpBuilder &b, Type type, ValueRange args) {
  return viaFloat(
      b, type, args[0], [](ImplicitLocOpBuilder &b, Type t, Value x) -> Value {
        // sign(x) * log(|x| + sqrt(x^2 + 1)), odd-symmetric for accuracy.
        Value ax = math::AbsFOp::create(b, x);
        Value root = math::SqrtOp::create(
            b, arith::AddFOp::create(b, arith::MulFOp::create(b, ax, ax),
                                     scalar(b, t, 1)));
        Value r = math::LogOp::create(b, arith::AddFOp::create(b, ax, root));
        Value negative = arith::CmpFOp::create(b, arith::CmpFPredicate::OLT, x,
                                               scalar(b, t, 0));
        return arith::SelectOp::create(b, negative, arith::NegFOp::create(b, r),
                                       r);
      });
}

Value acoshBody(AcoshOp, ImplicitLocOpBuilder &b, Type type, ValueRange args) {
  return viaFloat(
      b, type, args[0], [](ImplicitLocOpBuilder &b, Type t, Value x) -> Value {
        // log(x + sqrt(x^2 - 1)); NaN below 1.
        Value root = math::SqrtOp::create(
            b, arith::SubFOp::create(b, arith::MulFOp::create(b, x, x),
                                     scalar(b, t, 1)));
        return math::LogOp::create(b, arith::AddFOp::create(b, x, root));
      });
}

Value atanhBody(AtanhOp, ImplicitLocOpBuilder &b, Type type, ValueRange args) {
  return viaFloat(b, type, args[0],
                  [](ImplicitLocOpBuilder &b, Type t, Value x) -> Value {
                    // 0.5 * (log1p(x) - log1p(-x)).
                    Value d = arith::SubFOp::create(
                        b, math::Log1pOp::create(b, x),
                        math::Log1pOp::create(b, arith::NegFOp::create(b, x)));
                    return arith::MulFOp::create(b, d, scalar(b, t, 0.5));
                  });
}

Value signBody(SignOp, ImplicitLocOpBuilder &b, Type type, ValueRange args) {
  Type t = args[0].getType();
  Value x = args[0];
  Value zero = scalar(b, t, 0), one = scalar(b, t, 1);
  if (isFloat(type)) {
    Value pos = arith::CmpFOp::create(b, arith::CmpFPredicate::OGT, x, zero);
    Value neg = arith::CmpFOp::create(b, arith::CmpFPredicate::OLT, x, zero);
    return arith::SelectOp::create(
        b, pos, one, arith::SelectOp::create(b, neg, scalar(b, t, -1), zero));
  }
  Value nonZero = arith::CmpIOp::create(b, arith::CmpIPredicate::ne, x, zero);
  Value magnitude = arith::SelectOp::create(b, nonZero, one, zero);
  if (isUnsigned(type))
    return magnitude;
  Value neg = arith::CmpIOp::create(b, arith::CmpIPredicate::slt, x, zero);
  return arith::SelectOp::create(b, neg, scalar(b, t, -1), magnitude);
}

Value roundBody(RoundOp op, ImplicitLocOpBuilder &b, Type type,
                ValueRange args) {
  if (!isFloat(type))
    return args[0];
  if (op.getMode() == RoundMode::half_to_even)
    return math::RoundEvenOp::create(b, args[0]);
  return math::RoundOp::create(b, args[0]);
}

/// min(max(x + 3, 0), 6) / 6.
Value hardSigmoidOf(ImplicitLocOpBuilder &b, Type type, Value x) {
  Value shifted = arith::AddFOp::create(b, x, scalar(b, type, 3));
  Value clamped = arith::MinimumFOp::create(
      b, arith::MaximumFOp::create(b, shifted, scalar(b, type, 0)),
      scalar(b, type, 6));
  return arith::DivFOp::create(b, clamped, scalar(b, type, 6));
}

Value hsigmoidBody(HSigmoidOp, ImplicitLocOpBuilder &b, Type type,
                   ValueRange args) {
  return hardSigmoidOf(b, type, args[0]);
}

Value hswishBody(HSwishOp, ImplicitLocOpBuilder &b, Type type,
                 ValueRange args) {
  return arith::MulFOp::create(b, args[0], hardSigmoidOf(b, type, args[0]));
}

/// log(1 + exp(x)) as max(x, 0) + log1p(exp(-|x|)), which neither overflows
/// nor loses small values.
Value softPlusOf(ImplicitLocOpBuilder &b, Type type, Value x) {
  Value positive = arith::MaximumFOp::create(b, x, scalar(b, type, 0));
  Value negAbs = arith::NegFOp::create(b, math::AbsFOp::create(b, x));
  Value tail = math::Log1pOp::create(b, math::ExpOp::create(b, negAbs));
  return arith::AddFOp::create(b, positive, tail);
}

Value softPlusBody(SoftPlusOp, ImplicitLocOpBuilder &b, Type type,
                   ValueRange args) {
  return softPlusOf(b, type, args[0]);
}

Value mishBody(MishOp, ImplicitLocOpBuilder &b, Type type, ValueRange args) {
  Value t = math::TanhOp::create(b, softPlusOf(b, type, args[0]));
  return arith::MulFOp::create(b, args[0], t);
}

Value eluBody(EluOp op, ImplicitLocOpBuilder &b, Type type, ValueRange args) {
  Value x = args[0];
  Value alpha = scalar(b, type, op.getAlpha().convertToDouble());
  Value negative = arith::MulFOp::create(b, alpha, math::ExpM1Op::create(b, x));
  Value positive = arith::CmpFOp::create(b, arith::CmpFPredicate::OGT, x,
                                         scalar(b, type, 0));
  return arith::SelectOp::create(b, positive, x, negative);
}

Value geluBody(GeluOp op, ImplicitLocOpBuilder &b, Type type, ValueRange args) {
  Value x = args[0];
  Value inner;
  if (op.getApproximationMode() == GeluApproximation::erf) {
    // 0.5 * x * (1 + erf(x / sqrt(2)))
    inner = math::ErfOp::create(
        b, arith::MulFOp::create(b, x, scalar(b, type, M_SQRT1_2)));
  } else {
    // 0.5 * x * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 x^3)))
    Value cube = arith::MulFOp::create(b, arith::MulFOp::create(b, x, x), x);
    Value sum = arith::AddFOp::create(
        b, x, arith::MulFOp::create(b, cube, scalar(b, type, 0.044715)));
    inner = math::TanhOp::create(
        b,
        arith::MulFOp::create(b, sum, scalar(b, type, M_2_SQRTPI * M_SQRT1_2)));
  }
  Value half = arith::MulFOp::create(b, x, scalar(b, type, 0.5));
  return arith::MulFOp::create(
      b, half, arith::AddFOp::create(b, inner, scalar(b, type, 1)));
}

/// x * sigmoid(beta * x), beta an optional second operand.
Value swishBody(SwishOp, ImplicitLocOpBuilder &b, Type type, ValueRange args);

Value reluBody(ReluOp, ImplicitLocOpBuilder &b, Type type, ValueRange args) {
  if (isUnsigned(type))
    return args[0];
  Value zero = scalar(b, type, 0);
  if (isFloat(type))
    return maximumIgnoringZeroSign(b, args[0], zero);
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

Value swishBody(SwishOp, ImplicitLocOpBuilder &b, Type type, ValueRange args) {
  Value x = args[0];
  Value scaled =
      args.size() > 1 ? Value(arith::MulFOp::create(b, x, args[1])) : x;
  return arith::MulFOp::create(b, x, sigmoidOf(b, type, scaled));
}

Value absBody(AbsOp, ImplicitLocOpBuilder &b, Type type, ValueRange args) {
  if (isUnsigned(type))
    return args[0];
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
    return minimumIgnoringZeroSign(b, maximumIgnoringZeroSign(b, args[0], low),
                                   high);
  if (isUnsigned(type)) {
    low = scalar(b, type, std::max(op.getMin().convertToDouble(), 0.0));
    return arith::MinUIOp::create(b, arith::MaxUIOp::create(b, args[0], low),
                                  high);
  }
  return arith::MinSIOp::create(b, arith::MaxSIOp::create(b, args[0], low),
                                high);
}

Value logicalNotBody(LogicalNotOp, ImplicitLocOpBuilder &b, Type,
                     ValueRange args) {
  Value one = arith::ConstantOp::create(b, b.getBoolAttr(true));
  return arith::XOrIOp::create(b, args[0], one);
}

/// Float to integer as OpenVINO converts: truncation towards zero,
/// saturating at the integer range; NaN becomes 0 (arith's fptosi/fptoui
/// are poison out of range).
Value floatToInt(ImplicitLocOpBuilder &b, Value x, Type target,
                 bool isUnsignedTarget) {
  Type from = x.getType();
  unsigned width = target.getIntOrFloatBitWidth();
  APInt maxInt = isUnsignedTarget ? APInt::getMaxValue(width)
                                  : APInt::getSignedMaxValue(width);
  APInt minInt = isUnsignedTarget ? APInt::getMinValue(width)
                                  : APInt::getSignedMinValue(width);
  // The bounds are powers of two (or 0), exact in every float type wide
  // enough to hold them: x >= 2^(width[-1]) saturates.
  double upper = std::ldexp(1.0, isUnsignedTarget ? width : width - 1);
  double lower = isUnsignedTarget ? 0.0 : -upper;
  Value converted = isUnsignedTarget
                        ? Value(arith::FPToUIOp::create(b, target, x))
                        : Value(arith::FPToSIOp::create(b, target, x));
  Value tooBig = arith::CmpFOp::create(b, arith::CmpFPredicate::OGE, x,
                                       scalar(b, from, upper));
  Value tooSmall = arith::CmpFOp::create(b, arith::CmpFPredicate::OLT, x,
                                         scalar(b, from, lower));
  Value isNaN = arith::CmpFOp::create(b, arith::CmpFPredicate::UNO, x, x);
  Value result = arith::SelectOp::create(
      b, tooBig, arith::ConstantOp::create(b, b.getIntegerAttr(target, maxInt)),
      converted);
  result = arith::SelectOp::create(
      b, tooSmall,
      arith::ConstantOp::create(b, b.getIntegerAttr(target, minInt)), result);
  return arith::SelectOp::create(b, isNaN, scalar(b, target, 0), result);
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
    return floatToInt(b, x, target, isUnsigned(to));
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

/// PRelu-1: x < 0 ? slope * x : x. A 1-D slope whose size is the channel
/// dimension (1) of data of rank > 2 applies per channel (OpenVINO's rule);
/// otherwise the slope broadcasts numpy-style.
struct PReluLowering : OpConversionPattern<PReluOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(PReluOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value data = adaptor.getData(), slope = adaptor.getSlope();
    auto dataType = dyn_cast<RankedTensorType>(data.getType());
    auto slopeType = dyn_cast<RankedTensorType>(slope.getType());
    if (!dataType || !slopeType)
      return rewriter.notifyMatchFailure(op, "needs ranked operands");
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    int64_t rank = dataType.getRank();
    if (slopeType.getRank() == 1 && rank > 2) {
      int64_t channels = dataType.getDimSize(1);
      int64_t size = slopeType.getDimSize(0);
      if (size != 1) {
        if (ShapedType::isDynamic(channels) || ShapedType::isDynamic(size))
          return rewriter.notifyMatchFailure(
              op, "a dynamic channel or slope size leaves per-channel or "
                  "numpy broadcasting of the slope undecided");
        if (channels == size)
          slope = expandToChannel(b, slope, rank);
      }
    }
    Type element = dataType.getElementType();
    FailureOr<Value> result = buildElementwise(
        rewriter, op, ValueRange{data, slope}, element,
        [&](ImplicitLocOpBuilder &body, ValueRange args) -> Value {
          Value negative =
              arith::CmpFOp::create(body, arith::CmpFPredicate::OLT, args[0],
                                    scalar(body, element, 0));
          return arith::SelectOp::create(
              body, negative, arith::MulFOp::create(body, args[0], args[1]),
              args[0]);
        });
    if (failed(result))
      return failure();
    rewriter.replaceOp(op, *result);
    return success();
  }
};

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
  add<TanhOp>(patterns, floatMathBody<TanhOp, math::TanhOp>);
  add<ExpOp>(patterns, floatMathBody<ExpOp, math::ExpOp>);
  add<LogOp>(patterns, floatMathBody<LogOp, math::LogOp>);
  add<SqrtOp>(patterns, floatMathBody<SqrtOp, math::SqrtOp>);
  add<FloorOp>(patterns, roundingBody<FloorOp, math::FloorOp>);
  add<CeilingOp>(patterns, roundingBody<CeilingOp, math::CeilOp>);
  add<ErfOp>(patterns, floatMathBody<ErfOp, math::ErfOp>);
  add<SinOp>(patterns, floatMathBody<SinOp, math::SinOp>);
  add<CosOp>(patterns, floatMathBody<CosOp, math::CosOp>);
  add<AbsOp>(patterns, absBody);
  add<NegativeOp>(patterns, negativeBody);
  add<ClampOp>(patterns, clampBody);
  add<ConvertOp>(patterns, convertBody);
  add<ModOp>(patterns, modBody);
  add<FloorModOp>(patterns, floorModBody);
  add<TanOp>(patterns, floatMathBody<TanOp, math::TanOp>);
  add<AsinOp>(patterns, floatMathBody<AsinOp, math::AsinOp>);
  add<AcosOp>(patterns, floatMathBody<AcosOp, math::AcosOp>);
  add<AtanOp>(patterns, floatMathBody<AtanOp, math::AtanOp>);
  add<SinhOp>(patterns, floatMathBody<SinhOp, math::SinhOp>);
  add<CoshOp>(patterns, floatMathBody<CoshOp, math::CoshOp>);
  add<AsinhOp>(patterns, asinhBody);
  add<AcoshOp>(patterns, acoshBody);
  add<AtanhOp>(patterns, atanhBody);
  add<SignOp>(patterns, signBody);
  add<RoundOp>(patterns, roundBody);
  add<HSigmoidOp>(patterns, hsigmoidBody);
  add<HSwishOp>(patterns, hswishBody);
  add<SoftPlusOp>(patterns, softPlusBody);
  add<MishOp>(patterns, mishBody);
  add<EluOp>(patterns, eluBody);
  add<GeluOp>(patterns, geluBody);
  add<SwishOp>(patterns, swishBody);
  patterns.add<PReluLowering>(patterns.getContext());
}
