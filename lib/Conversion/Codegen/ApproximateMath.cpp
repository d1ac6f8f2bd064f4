//===- ApproximateMath.cpp - Polynomials for libm functions ---------------===//
//
// Math functions without an LLVM intrinsic become libm calls, one per
// vector element (convert-math-to-libm): erf in GELU costs BERT a tenth of
// its time that way, exp in SiLU a third of EfficientNet's. They become
// polynomials on vectors as on scalars, accurate to a few ulp over the
// whole range, written here: upstream's erf costs a division and selects of
// coefficients per element, its exp flushes results below about exp(-20) to
// zero. The polynomials' math.fma become
// multiply-adds that LLVM contracts. The sigmoid's exp, 1 / (1 + exp(-x)),
// needs normal results only.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Conversion/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/ADT/bit.h"

namespace mlir::ov {
#define GEN_PASS_DEF_APPROXIMATEMATH
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;

namespace {

/// The polynomials use math.fma, which convert-math-to-libm (next in the
/// pipeline) would turn into an fmaf call per element: a multiplication and
/// an addition that LLVM may contract into one FMA instead.
struct FmaAsContractedMulAdd : OpRewritePattern<math::FmaOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(math::FmaOp fma,
                                PatternRewriter &rewriter) const override {
    auto contract = arith::FastMathFlagsAttr::get(
        rewriter.getContext(), arith::FastMathFlags::contract);
    Value product = arith::MulFOp::create(rewriter, fma.getLoc(), fma.getA(),
                                          fma.getB(), contract);
    rewriter.replaceOpWithNewOp<arith::AddFOp>(fma, product, fma.getC(),
                                               contract);
    return success();
  }
};

/// `scalar` as a constant of `type`: itself, or a splat of it for a vector.
Value constantLike(OpBuilder &builder, Location loc, Type type,
                   Attribute scalar) {
  Attribute value = scalar;
  if (auto vector = dyn_cast<VectorType>(type))
    value = DenseElementsAttr::get(vector, scalar);
  return arith::ConstantOp::create(builder, loc, type, cast<TypedAttr>(value));
}

/// a * b + c as math.fma, which FmaAsContractedMulAdd makes a multiply-add
/// that LLVM may compute as one FMA (rounded once).
Value mulAdd(OpBuilder &builder, Location loc, Value a, Value b, Value c) {
  return math::FmaOp::create(builder, loc, a, b, c);
}

/// The range exp is clamped to for normal results.
constexpr double kNormalExpLowest = -87, kNormalExpHighest = 88;

/// 1.5 * 2^23: a float plus this is rounded to an integer, which the sum's
/// low mantissa bits hold.
constexpr float kRoundingShift = 12582912.0f;

/// exp(x) of f32 (a scalar or vector `x`) with arith ops only: x = k ln2 + r
/// with |r| <= ln2 / 2 (ln2 in two parts, Cody and Waite), exp(r) from a
/// polynomial of degree 6 (about 1 ulp), times 2^k put into
/// exponent bits. With `subnormalResults`, x is clamped to [-104, 89] (the
/// results there are 0 and inf already) and 2^k is made in two halves so
/// that subnormal and overflowing results come out right; without, x is
/// clamped to [-87, 88] and 2^k is one normal float (results below 1.2e-38
/// are about 1.6e-38 and above 1.6e38 about 1.6e38: enough for the sigmoid,
/// which adds 1 and takes the reciprocal of sums over 1e38 as 0). NaN
/// stays NaN. With an `addend` (normal results only), exp(x) + addend
/// with the last multiplication and the addition in one multiply-add. With
/// `negated`, exp(-x) (a sigmoid's): the negation goes into the constants
/// (clamp bounds, 1 / ln2, ln2 and the odd coefficients, r then being -r),
/// bit-identical to exp of the negation and one operation fewer (a
/// vxorps per vector).
Value buildExp(OpBuilder &builder, Location loc, Value x, bool subnormalResults,
               Value addend = {}, bool negated = false) {
  Type type = x.getType();
  Type intType = builder.getI32Type();
  if (auto vector = dyn_cast<VectorType>(type))
    intType = vector.clone(intType);
  auto f = [&](double value) {
    return constantLike(builder, loc, type, builder.getF32FloatAttr(value));
  };
  auto i = [&](int32_t value) {
    return constantLike(builder, loc, intType,
                        builder.getI32IntegerAttr(value));
  };
  auto mul = [&](Value a, Value b) {
    return arith::MulFOp::create(builder, loc, a, b).getResult();
  };
  auto sub = [&](Value a, Value b) {
    return arith::SubFOp::create(builder, loc, a, b).getResult();
  };

  // The exponent is `sign` x.
  double sign = negated ? -1.0 : 1.0;
  double lowest = subnormalResults ? -104 : kNormalExpLowest;
  double highest = subnormalResults ? 89 : kNormalExpHighest;
  Value clamped = arith::MinimumFOp::create(
      builder, loc,
      arith::MaximumFOp::create(builder, loc, x,
                                f(negated ? -highest : lowest)),
      f(negated ? -lowest : highest));
  // k = round(x / ln2): adding and subtracting 1.5 * 2^23 rounds to an
  // integer (to nearest even) in float arithmetic. The sum's bits are those
  // of 1.5 * 2^23 plus k: k as an integer without a conversion. For normal
  // results the shift is 1.5 * 2^23 + 127: the sum's low 9 bits are then
  // k + 127, 2^k's exponent field once shifted into place (one shift, no
  // addition; at exact ties k may round the other way, as accurate).
  float roundingShift =
      subnormalResults ? kRoundingShift : kRoundingShift + 127.0f;
  Value shifted = mulAdd(builder, loc, clamped, f(sign * 1.44269504088896341),
                         f(roundingShift));
  Value k = sub(shifted, f(roundingShift));
  // r = x - k ln2 (negated: -r, the same value with its sign flipped, as
  // every rounding is symmetric).
  Value r = mulAdd(builder, loc, k, f(sign * 2.12194440e-4),
                   mulAdd(builder, loc, k, f(sign * -0.693359375), clamped));
  // exp(r) for |r| <= ln2 / 2 by a polynomial of degree 6 in Horner form
  // (6 multiply-adds; Cephes' degree 5 in r^2 p(r) + r + 1 takes 8
  // operations for the same ~1 ulp): 1 + r q(r), q fitted for the least
  // largest relative error (iteratively reweighted least squares), so that
  // exp(0) is 1 exactly. Of -r: the odd degrees' coefficients negated.
  Value expR = f(1.3843652700e-3);
  double degreeSign = sign;
  for (double coefficient : {8.3741558335e-3, 4.1668002081e-2, 1.6666431256e-1,
                             4.9999994209e-1, 1.0000000322, 1.0}) {
    expR = mulAdd(builder, loc, expR, r, f(degreeSign * coefficient));
    degreeSign *= sign;
  }
  Value shiftedBits = arith::BitcastOp::create(builder, loc, intType, shifted);
  // A NaN x stays NaN through the clamp (maximumf and minimumf propagate
  // it) and every operation after it; its k bits are garbage but no poison
  // (a float-to-int conversion of NaN would be).
  if (subnormalResults) {
    Value kInt = arith::SubIOp::create(
        builder, loc, shiftedBits, i(llvm::bit_cast<int32_t>(kRoundingShift)));
    auto powerOfTwo = [&](Value exponent) -> Value {
      Value biased = arith::AddIOp::create(builder, loc, exponent, i(127));
      Value bits = arith::ShLIOp::create(builder, loc, biased, i(23));
      return arith::BitcastOp::create(builder, loc, type, bits);
    };
    // 2^k as 2^k1 * 2^k2, each a normal float for k in [-150, 129].
    Value k1 = arith::ShRSIOp::create(builder, loc, kInt, i(1));
    Value k2 = arith::SubIOp::create(builder, loc, kInt, k1);
    return mul(mul(expR, powerOfTwo(k1)), powerOfTwo(k2));
  }
  // k in [-126, 127]: k + 127 in [1, 254], the sum's low 9 bits.
  Value scale = arith::BitcastOp::create(
      builder, loc, type,
      arith::ShLIOp::create(builder, loc, shiftedBits, i(23)));
  if (addend)
    return mulAdd(builder, loc, expR, scale, addend);
  return mul(expR, scale);
}

/// exp of f32 over its whole range (buildExp).
struct ExpAsPolynomial : OpRewritePattern<math::ExpOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(math::ExpOp exp,
                                PatternRewriter &rewriter) const override {
    if (!getElementTypeOrSelf(exp.getType()).isF32())
      return failure();
    rewriter.replaceOp(exp, buildExp(rewriter, exp.getLoc(), exp.getOperand(),
                                     /*subnormalResults=*/true));
    return success();
  }
};

/// erf of f32 (a scalar or vector `x`) with arith ops only, from two
/// polynomials, both computed and one selected (vectors): for |x| < 1,
/// |x| + |x| r(x^2) with r of degree 5 (the final multiply-add rounds once,
/// r's own error counting an eighth), for 1 <= |x| a polynomial of degree 12
/// in min(|x|, 3.88) - 2.45 (fitted on [1, 3.9]; 1 at 3.88, where erf is
/// 1 - 4e-8: 1 ulp off until it rounds to 1 at 3.92), then x's sign
/// bit.
/// The coefficients are least-squares fits on Chebyshev nodes in float64,
/// rounded to f32: at most 1.6 ulp from float64's erf over the whole range
/// (test/Tools/ov-run_math_accuracy.test). 19 multiply-adds and no division:
/// upstream's approximation (a rational function per interval, its
/// coefficients selected per element, a division) made GELU on 1.2M
/// elements 320 us against 70 for a ReLU. NaN stays NaN (minimumf
/// propagates it), +-inf gives +-1, -0 gives -0.
Value buildErf(OpBuilder &builder, Location loc, Value x) {
  Type type = x.getType();
  auto f = [&](double value) {
    return constantLike(builder, loc, type, builder.getF32FloatAttr(value));
  };
  auto polynomial = [&](Value t, ArrayRef<double> highestFirst) {
    Value result = f(highestFirst.front());
    for (double coefficient : highestFirst.drop_front())
      result = mulAdd(builder, loc, result, t, f(coefficient));
    return result;
  };
  Value magnitude = math::AbsFOp::create(builder, loc, x);
  Value square = arith::MulFOp::create(builder, loc, magnitude, magnitude);
  Value nearZero =
      mulAdd(builder, loc, magnitude,
             polynomial(square, {-5.65410592e-4, 4.92327753e-3, -2.6716385e-2,
                                 1.12803645e-1, -3.76123488e-1, 1.28379121e-1}),
             magnitude);
  Value clamped = arith::MinimumFOp::create(builder, loc, magnitude, f(3.88));
  Value shifted = arith::SubFOp::create(builder, loc, clamped, f(2.45));
  Value farFromZero = polynomial(
      shifted, {-9.2575101e-6, 2.64028076e-5, 4.95769164e-5, -3.06093309e-4,
                4.16873605e-4, 4.28606727e-4, -2.993159e-3, 6.97740028e-3,
                -1.02498448e-2, 1.02357138e-2, -6.836663e-3, 2.78992928e-3,
                9.99469459e-1});
  Value small = arith::CmpFOp::create(builder, loc, arith::CmpFPredicate::OLT,
                                      magnitude, f(1.0));
  Value result =
      arith::SelectOp::create(builder, loc, small, nearZero, farFromZero);
  // x's sign bit into the (non-negative) result: integer ops, as
  // math.copysign becomes a libm call per element.
  Type intType = builder.getI32Type();
  if (auto vector = dyn_cast<VectorType>(type))
    intType = vector.clone(intType);
  Value signBit =
      constantLike(builder, loc, intType, builder.getI32IntegerAttr(INT32_MIN));
  Value sign = arith::AndIOp::create(
      builder, loc, arith::BitcastOp::create(builder, loc, intType, x),
      signBit);
  Value bits = arith::OrIOp::create(
      builder, loc, arith::BitcastOp::create(builder, loc, intType, result),
      sign);
  return arith::BitcastOp::create(builder, loc, type, bits);
}

/// erf of f32 over its whole range (buildErf).
struct ErfAsPolynomials : OpRewritePattern<math::ErfOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(math::ErfOp erf,
                                PatternRewriter &rewriter) const override {
    if (!getElementTypeOrSelf(erf.getType()).isF32())
      return failure();
    rewriter.replaceOp(erf, buildErf(rewriter, erf.getLoc(), erf.getOperand()));
    return success();
  }
};

/// Whether `value` is the f32 constant 1 (or a splat of it).
bool isOne(Value value) {
  FloatAttr scalar;
  DenseElementsAttr splat;
  if (matchPattern(value, m_Constant(&splat)) && splat.isSplat())
    return splat.getSplatValue<APFloat>().isExactlyValue(1.0);
  return matchPattern(value, m_Constant(&scalar)) &&
         scalar.getValue().isExactlyValue(1.0);
}

/// The parts of a sigmoid 1 / (1 + exp(y)) of f32 vectors.
struct SigmoidParts {
  arith::AddFOp sum;
  math::ExpOp exp;
};

/// `div` as a sigmoid whose sum and exp have no other users, or nullopt.
std::optional<SigmoidParts> sigmoidParts(arith::DivFOp div) {
  auto type = dyn_cast<VectorType>(div.getType());
  auto sum = div.getRhs().getDefiningOp<arith::AddFOp>();
  if (!type || !type.getElementType().isF32() || !isOne(div.getLhs()) || !sum)
    return std::nullopt;
  Value exp = isOne(sum.getLhs())   ? sum.getRhs()
              : isOne(sum.getRhs()) ? sum.getLhs()
                                    : Value();
  auto expOp = exp ? exp.getDefiningOp<math::ExpOp>() : math::ExpOp();
  if (!expOp || !expOp->hasOneUse() || !sum->hasOneUse())
    return std::nullopt;
  return SigmoidParts{sum, expOp};
}

/// The sigmoid's 1 / (1 + exp(y)) of f32 vectors: its exp is made here,
/// for normal results only (buildExp: 6 integer operations fewer), and for
/// d = 1 + exp(y) > 1e38 (y > 87.5, results below 1e-38) the result is 0;
/// NaN stays NaN. The division stays a vdivps: on Zen 5 the divider works
/// beside the FMA units and a reciprocal by three Newton steps (6 FMAs)
/// made EfficientNet-B0 10% slower; on a Xeon the steps were 1% faster.
/// Runs before ExpAsPolynomial, which would take the exp.
struct SigmoidOfNormalExp : OpRewritePattern<arith::DivFOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(arith::DivFOp div,
                                PatternRewriter &rewriter) const override {
    std::optional<SigmoidParts> parts = sigmoidParts(div);
    if (!parts)
      return failure();
    auto [sum, expOp] = *parts;
    auto type = cast<VectorType>(div.getType());
    // d = 1 + exp(y), the sum in the exp's last multiplication.
    rewriter.setInsertionPoint(sum);
    Value exponent = expOp.getOperand();
    auto negation = exponent.getDefiningOp<arith::NegFOp>();
    Value d = buildExp(rewriter, expOp.getLoc(),
                       negation ? negation.getOperand() : exponent,
                       /*subnormalResults=*/false, div.getLhs(),
                       /*negated=*/static_cast<bool>(negation));
    rewriter.replaceOp(sum, d);
    rewriter.eraseOp(expOp);
    Location loc = div.getLoc();
    rewriter.setInsertionPoint(div);
    auto f = [&](double value) {
      return constantLike(rewriter, loc, type, rewriter.getF32FloatAttr(value));
    };
    Value reciprocal = arith::DivFOp::create(rewriter, loc, div.getLhs(), d);
    Value huge = arith::CmpFOp::create(rewriter, loc, arith::CmpFPredicate::OGT,
                                       d, f(1e38));
    rewriter.replaceOpWithNewOp<arith::SelectOp>(div, huge, f(0.0), reciprocal);
    return success();
  }
};

/// SiLU, x * (1 / (1 + exp(-x))) of f32 vectors, as max(x, -88) / d with
/// d = 1 + exp(-x) (buildExp, normal results): one rounding, no multiply,
/// and no test for huge d: for x < -87.5 the quotient is below 1e-36 (the
/// sigmoid's own result there is 0), also at x = -inf (about -5e-37, near
/// the limit 0; x times the sigmoid's 0 was NaN), NaN stays NaN and +inf
/// stays +inf. A
/// microbenchmark of the epilogue: 2.27 -> 2.05 ns per vector of 16 with
/// the multiply gone alone. Runs before SigmoidOfNormalExp, which would
/// take the sigmoid.
struct SiluOfNormalExp : OpRewritePattern<arith::MulFOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(arith::MulFOp mul,
                                PatternRewriter &rewriter) const override {
    for (auto [x, sigmoid] : {std::make_pair(mul.getLhs(), mul.getRhs()),
                              std::make_pair(mul.getRhs(), mul.getLhs())}) {
      auto div = sigmoid.getDefiningOp<arith::DivFOp>();
      std::optional<SigmoidParts> parts =
          div && div->hasOneUse() ? sigmoidParts(div) : std::nullopt;
      auto negation =
          parts ? parts->exp.getOperand().getDefiningOp<arith::NegFOp>()
                : arith::NegFOp();
      if (!negation || negation.getOperand() != x)
        continue;
      Location loc = mul.getLoc();
      rewriter.setInsertionPoint(mul);
      Value d = buildExp(rewriter, parts->exp.getLoc(), x,
                         /*subnormalResults=*/false, div.getLhs(),
                         /*negated=*/true);
      Value floor = constantLike(rewriter, loc, x.getType(),
                                 rewriter.getF32FloatAttr(-kNormalExpHighest));
      Value numerator = arith::MaximumFOp::create(rewriter, loc, x, floor);
      rewriter.replaceOpWithNewOp<arith::DivFOp>(mul, numerator, d);
      rewriter.eraseOp(div);
      rewriter.eraseOp(parts->sum);
      rewriter.eraseOp(parts->exp);
      if (negation->use_empty())
        rewriter.eraseOp(negation);
      return success();
    }
    return failure();
  }
};

struct ApproximateMathPass
    : ov::impl::ApproximateMathBase<ApproximateMathPass> {
  void runOnOperation() override {
    // SiLU, then the sigmoid, are recognized by their exp before that
    // becomes a polynomial (SiLU first: it contains a sigmoid).
    RewritePatternSet silus(&getContext());
    silus.add<SiluOfNormalExp>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(silus))))
      return signalPassFailure();
    RewritePatternSet sigmoids(&getContext());
    sigmoids.add<SigmoidOfNormalExp>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(sigmoids))))
      return signalPassFailure();
    RewritePatternSet patterns(&getContext());
    patterns.add<ErfAsPolynomials, ExpAsPolynomial, FmaAsContractedMulAdd>(
        &getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};

} // namespace
