//===- HoistThreadScratch.cpp - Stack scratch once per thread -------------===//
//
// convert-scf-to-openmp puts the body of each thread loop's iterations in a
// memref.alloca_scope, so that its allocas are freed after each iteration.
// A band of rows (ov-compute-blocks-by-rows) keeps its scratch in allocas,
// and its iteration holds loops: once scf is lowered to branches, the
// scope's region has several blocks, which memref.alloca_scope does not
// allow. Each thread runs its parallel region once, so allocas of static
// size at the start of the region are per thread as well, made once.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Conversion/Passes.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/OpenMP/OpenMPDialect.h"

namespace mlir::ov {
#define GEN_PASS_DEF_HOISTTHREADSCRATCH
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;

namespace {

struct HoistThreadScratchPass
    : ov::impl::HoistThreadScratchBase<HoistThreadScratchPass> {
  void runOnOperation() override {
    SmallVector<memref::AllocaScopeOp> scopes;
    getOperation().walk(
        [&](memref::AllocaScopeOp scope) { scopes.push_back(scope); });
    for (memref::AllocaScopeOp scope : scopes) {
      auto region = scope->getParentOfType<omp::ParallelOp>();
      if (!region || scope.getNumResults() != 0 ||
          !scope.getBodyRegion().hasOneBlock())
        continue;
      Block &body = scope.getBodyRegion().front();
      SmallVector<memref::AllocaOp> allocas;
      for (auto alloca : body.getOps<memref::AllocaOp>())
        if (alloca->getNumOperands() == 0)
          allocas.push_back(alloca);
      if (allocas.empty())
        continue;
      Block &entry = region.getRegion().front();
      for (memref::AllocaOp alloca : llvm::reverse(allocas))
        alloca->moveBefore(&entry, entry.begin());
      // Nothing left to free per iteration: the body takes the scope's
      // place.
      bool allocates = false;
      scope.walk([&](memref::AllocaOp) { allocates = true; });
      if (allocates)
        continue;
      Operation *terminator = body.getTerminator();
      Block *parent = scope->getBlock();
      parent->getOperations().splice(scope->getIterator(), body.getOperations(),
                                     body.begin(), terminator->getIterator());
      scope->erase();
    }
  }
};

} // namespace
