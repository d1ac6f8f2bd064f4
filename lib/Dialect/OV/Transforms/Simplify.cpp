//===- Simplify.cpp - Infer shapes and fold to a fixpoint -----------------===//

#include "ovmlir/Dialect/OV/IR/OVOps.h"
#include "ovmlir/Dialect/OV/Transforms/Passes.h"

#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::ov {
#define GEN_PASS_DEF_OVSIMPLIFY
#include "ovmlir/Dialect/OV/Transforms/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;
using namespace mlir::ov;

namespace {

struct SimplifyPass : ov::impl::OVSimplifyBase<SimplifyPass> {
  using OVSimplifyBase::OVSimplifyBase;

  LogicalResult initialize(MLIRContext *context) override {
    RewritePatternSet set(context);
    for (Dialect *dialect : context->getLoadedDialects())
      dialect->getCanonicalizationPatterns(set);
    for (RegisteredOperationName op : context->getRegisteredOperations())
      op.getCanonicalizationPatterns(set, context);
    patterns = FrozenRewritePatternSet(std::move(set));
    return success();
  }

  void runOnOperation() override {
    func::FuncOp func = getOperation();
    for (unsigned i = 0; i < maxIterations; ++i) {
      bool typesChanged = false, opsChanged = false;
      if (failed(inferShapes(func, /*forgetDeclared=*/false, &typesChanged)))
        return signalPassFailure();
      (void)applyPatternsGreedily(func, patterns, GreedyRewriteConfig(),
                                  &opsChanged);
      if (!typesChanged && !opsChanged)
        return;
    }
  }

  FrozenRewritePatternSet patterns;
};

} // namespace
