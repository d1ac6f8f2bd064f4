//===- ApproximateMath.cpp - Polynomials for libm functions ---------------===//
//
// Math functions without an LLVM intrinsic become libm calls, one per
// vector element (convert-math-to-libm): erf in GELU costs BERT a tenth of
// its time that way, exp in SiLU a third of EfficientNet's. They become
// polynomials on vectors as on scalars, accurate to a few ulp over the
// whole range: erf from upstream, exp written here (upstream's flushes
// results below about exp(-20) to zero). The polynomials' math.fma become
// multiply-adds that LLVM contracts. The sigmoid's division by 1 + exp(-x)
// becomes a reciprocal by Newton steps.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Conversion/Passes.h"

#include "mlir/Dialect/Math/Transforms/Passes.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

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

/// exp of f32 with arith ops only: x = k ln2 + r with |r| <= ln2 / 2 (ln2
/// in two parts, Cody and Waite), exp(r) from the minimax polynomial of
/// Cephes' expf (about 1 ulp), and 2^k put into exponent bits in two halves
/// so that subnormal and overflowing results come out right. x is clamped
/// to [-104, 89] (the results there are 0 and inf already); NaN stays NaN.
struct ExpAsPolynomial : OpRewritePattern<math::ExpOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(math::ExpOp exp,
                                PatternRewriter &rewriter) const override {
    Type type = exp.getType();
    if (!getElementTypeOrSelf(type).isF32())
      return failure();
    Location loc = exp.getLoc();
    Type intType = rewriter.getI32Type();
    if (auto vector = dyn_cast<VectorType>(type))
      intType = vector.clone(intType);
    auto f = [&](double value) {
      return constantLike(rewriter, loc, type, rewriter.getF32FloatAttr(value));
    };
    auto i = [&](int32_t value) {
      return constantLike(rewriter, loc, intType,
                          rewriter.getI32IntegerAttr(value));
    };
    auto mul = [&](Value a, Value b) {
      return arith::MulFOp::create(rewriter, loc, a, b).getResult();
    };
    auto add = [&](Value a, Value b) {
      return arith::AddFOp::create(rewriter, loc, a, b).getResult();
    };
    auto sub = [&](Value a, Value b) {
      return arith::SubFOp::create(rewriter, loc, a, b).getResult();
    };

    Value x = exp.getOperand();
    Value clamped = arith::MinimumFOp::create(
        rewriter, loc, arith::MaximumFOp::create(rewriter, loc, x, f(-104)),
        f(89));
    // k = round(x / ln2): adding and subtracting 1.5 * 2^23 rounds to an
    // integer (to nearest even) in float arithmetic.
    Value k = sub(
        mulAdd(rewriter, loc, clamped, f(1.44269504088896341), f(12582912.0)),
        f(12582912.0));
    Value r = mulAdd(rewriter, loc, k, f(2.12194440e-4),
                     mulAdd(rewriter, loc, k, f(-0.693359375), clamped));
    Value p = f(1.9875691500e-4);
    for (double coefficient :
         {1.3981999507e-3, 8.3334519073e-3, 4.1665795894e-2, 1.6666665459e-1,
          5.0000001201e-1})
      p = mulAdd(rewriter, loc, p, r, f(coefficient));
    Value expR = add(mulAdd(rewriter, loc, p, mul(r, r), r), f(1.0));
    // 2^k as 2^k1 * 2^k2, each a normal float for k in [-150, 129].
    Value kInt = arith::FPToSIOp::create(rewriter, loc, intType, k);
    Value k1 = arith::ShRSIOp::create(rewriter, loc, kInt, i(1));
    Value k2 = arith::SubIOp::create(rewriter, loc, kInt, k1);
    auto powerOfTwo = [&](Value exponent) -> Value {
      Value biased = arith::AddIOp::create(rewriter, loc, exponent, i(127));
      Value bits = arith::ShLIOp::create(rewriter, loc, biased, i(23));
      return arith::BitcastOp::create(rewriter, loc, type, bits);
    };
    Value result = mul(mul(expR, powerOfTwo(k1)), powerOfTwo(k2));
    Value isNaN =
        arith::CmpFOp::create(rewriter, loc, arith::CmpFPredicate::UNO, x, x);
    rewriter.replaceOpWithNewOp<arith::SelectOp>(exp, isNaN, x, result);
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

/// The sigmoid's 1 / (1 + exp(y)) of f32 vectors without a division (a
/// vdivps costs more than the whole exp polynomial): the reciprocal of
/// d = 1 + exp(y), which is at least 1, from an estimate read off its bits
/// (0x7EF311C7 - bits(d), within 12%) and three Newton steps
/// r' = r + r (1 - d r), each squaring the relative error, to about 1 ulp.
/// For d > 1e38 (y > 87.5, results below 1e-38, where the estimate's bit
/// trick no longer holds) the result is 0; NaN stays NaN.
struct SigmoidReciprocal : OpRewritePattern<arith::DivFOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(arith::DivFOp div,
                                PatternRewriter &rewriter) const override {
    auto type = dyn_cast<VectorType>(div.getType());
    auto sum = div.getRhs().getDefiningOp<arith::AddFOp>();
    if (!type || !type.getElementType().isF32() || !isOne(div.getLhs()) || !sum)
      return failure();
    Value exp = isOne(sum.getLhs())   ? sum.getRhs()
                : isOne(sum.getRhs()) ? sum.getLhs()
                                      : Value();
    if (!exp || !exp.getDefiningOp<math::ExpOp>())
      return failure();
    Location loc = div.getLoc();
    auto intType = type.clone(rewriter.getI32Type());
    auto f = [&](double value) {
      return constantLike(rewriter, loc, type, rewriter.getF32FloatAttr(value));
    };
    Value d = div.getRhs();
    Value bits = arith::BitcastOp::create(rewriter, loc, intType, d);
    Value estimate = arith::BitcastOp::create(
        rewriter, loc, type,
        arith::SubIOp::create(
            rewriter, loc,
            constantLike(rewriter, loc, intType,
                         rewriter.getI32IntegerAttr(0x7EF311C7)),
            bits));
    Value minusD = arith::NegFOp::create(rewriter, loc, d);
    Value r = estimate;
    for (int step = 0; step < 3; ++step) {
      // r + r (1 - d r), both multiply-adds FMAs: the last step rounds to
      // the nearest float in most cases (1 / 2 and 1 / 1 exactly).
      Value error = mulAdd(rewriter, loc, minusD, r, f(1.0));
      r = mulAdd(rewriter, loc, r, error, r);
    }
    Value huge = arith::CmpFOp::create(rewriter, loc, arith::CmpFPredicate::OGT,
                                       d, f(1e38));
    rewriter.replaceOpWithNewOp<arith::SelectOp>(div, huge, f(0.0), r);
    return success();
  }
};

struct ApproximateMathPass
    : ov::impl::ApproximateMathBase<ApproximateMathPass> {
  void runOnOperation() override {
    // The sigmoid's division is recognized by its exp, before that becomes
    // a polynomial.
    RewritePatternSet reciprocals(&getContext());
    reciprocals.add<SigmoidReciprocal>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(reciprocals))))
      return signalPassFailure();
    RewritePatternSet patterns(&getContext());
    populatePolynomialApproximateErfPattern(patterns);
    patterns.add<ExpAsPolynomial, FmaAsContractedMulAdd>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};

} // namespace
