//===- ExpandBF16Conversions.cpp - bf16 conversions as integer ops --------===//
//
// LLVM lowers an f32 -> bf16 truncation to a call of __truncsfbf2 on x86
// without AVX512-BF16 (AVX2 CPUs), a function of compiler-rt and of libgcc
// from GCC 13 on, which neither the JIT nor Debian 12's libgcc provides: a
// model with a Cast to bf16 did not link. Upstream's expansion makes both
// conversions shifts and integer adds (round to nearest even, NaN kept a
// NaN), the same on every target.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Conversion/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Transforms/Passes.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::ov {
#define GEN_PASS_DEF_EXPANDBF16CONVERSIONS
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;

namespace {

struct ExpandBF16ConversionsPass
    : ov::impl::ExpandBF16ConversionsBase<ExpandBF16ConversionsPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    arith::populateExpandBFloat16Patterns(patterns);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};

} // namespace
