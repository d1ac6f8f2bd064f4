//===- ApproximateMath.cpp - Polynomials for libm functions ---------------===//
//
// Math functions without an LLVM intrinsic become libm calls, one per
// vector element (convert-math-to-libm): erf in GELU costs BERT a tenth of
// its time that way. Where upstream's polynomial approximation is accurate
// to float rounding over the whole range it replaces the call, on vectors
// as on scalars: erf. (Upstream's exp flushes to zero far below -20 and its
// tanh and log are not better than libm's vectorized by LLVM: they stay.)
// The polynomials' math.fma become multiply-adds that LLVM contracts.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Conversion/Passes.h"

#include "mlir/Dialect/Math/Transforms/Passes.h"
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

struct ApproximateMathPass
    : ov::impl::ApproximateMathBase<ApproximateMathPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    populatePolynomialApproximateErfPattern(patterns);
    patterns.add<FmaAsContractedMulAdd>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};

} // namespace
