//===- FuseElementwise.cpp - Chains of elementwise ops as one op ----------===//
//
// Each elementwise op reads and writes its whole tensor; a chain of them
// (bias, residual addition and ReLU; the pieces of GELU or a normalization)
// becomes one op that does so once. An op is merged into its consumer when
// both are elementwise linalg.generic ops and the consumer is its only user
// (merging into several users would compute it several times) and reads
// each of its values once (not a broadcast: a per-channel scale merged into
// its user would be computed once per point instead of once per channel);
// contractions and their operands' producers (im2col copies) are left
// alone. The merging itself is upstream's fuseElementwiseOps; its pattern
// set is not used because it also folds splat constants into bodies, which
// arith cannot express for unsigned integer types.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Conversion/Passes.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::ov {
#define GEN_PASS_DEF_FUSEELEMENTWISE
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;

namespace {

bool isParallelGeneric(Operation *op) {
  auto generic = dyn_cast_or_null<linalg::GenericOp>(op);
  return generic && generic.getNumLoops() > 0 &&
         generic.getNumParallelLoops() == generic.getNumLoops() &&
         generic.hasPureTensorSemantics();
}

/// Whether the consumer reads `operand` at fewer points than it iterates
/// over (a per-channel scale, a bias): merged, the producer would be
/// computed again for each point of the consumer (a sigmoid of 32 values
/// 400 000 times), to save writing a few values.
bool isBroadcast(linalg::GenericOp consumer, OpOperand *operand) {
  AffineMap map = consumer.getMatchingIndexingMap(operand);
  return !map.isPermutation();
}

/// Merges into an elementwise generic the elementwise producer of one of
/// its inputs whose only user it is.
struct FuseProducer : OpRewritePattern<linalg::GenericOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(linalg::GenericOp consumer,
                                PatternRewriter &rewriter) const override {
    if (!isParallelGeneric(consumer))
      return failure();
    for (OpOperand *operand : consumer.getDpsInputOperands()) {
      Operation *producer = operand->get().getDefiningOp();
      if (!isParallelGeneric(producer) || !producer->hasOneUse() ||
          isBroadcast(consumer, operand) ||
          !linalg::areElementwiseOpsFusable(operand))
        continue;
      FailureOr<linalg::ElementwiseOpFusionResult> fused =
          linalg::fuseElementwiseOps(rewriter, operand);
      if (failed(fused))
        continue;
      for (auto [original, replacement] : fused->replacements)
        rewriter.replaceAllUsesWith(original, replacement);
      return success();
    }
    return failure();
  }
};

struct FuseElementwisePass
    : ov::impl::FuseElementwiseBase<FuseElementwisePass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<FuseProducer>(&getContext());
    linalg::populateEraseUnusedOperandsAndResultsPatterns(patterns);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};

} // namespace
