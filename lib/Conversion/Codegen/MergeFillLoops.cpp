//===- MergeFillLoops.cpp - One thread loop for a plane's border fills ----===//
//
// A padded plane's border is written by four fills (top and bottom rows,
// left and right columns), each tiled by ov-tile-and-vectorize into a
// thread loop of its own: four OpenMP regions, each a fork and a join of
// the thread pool for a few kilobytes of stores (60 of EfficientNet-B0's
// 166 regions, 51 of MobileNetV2's 126). Consecutive thread loops with the
// same bounds that only write the same constant become one: in any order,
// by any thread, their stores leave memory as it would be after them one
// by one, and nothing in them reads.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Conversion/Passes.h"

#include "Constants.h"
#include "ThreadLoops.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

namespace mlir::ov {
#define GEN_PASS_DEF_MERGEFILLLOOPS
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;

namespace {

/// The constant that `loop` writes when all it does is write that one
/// constant (unmasked vector stores and scalar stores in nested scf.for
/// loops, index arithmetic, views), null otherwise.
Attribute filledConstant(scf::ParallelOp loop) {
  if (!loop.getInitVals().empty())
    return {};
  Attribute filled;
  auto fills = [&](Value stored) {
    Attribute constant = ov::codegen::scalarConstant(stored);
    if (!constant || (filled && constant != filled))
      return false;
    filled = constant;
    return true;
  };
  WalkResult walk = loop.getBody()->walk([&](Operation *op) {
    bool ok = false;
    if (isa<scf::ForOp, scf::YieldOp, scf::ReduceOp>(op))
      ok = true;
    else if (auto write = dyn_cast<vector::TransferWriteOp>(op))
      ok = !write.getMask() && isa<MemRefType>(write.getBase().getType()) &&
           fills(write.getValueToStore());
    else if (auto store = dyn_cast<memref::StoreOp>(op))
      ok = fills(store.getValueToStore());
    else
      ok = op->getNumRegions() == 0 && isMemoryEffectFree(op);
    return ok ? WalkResult::advance() : WalkResult::interrupt();
  });
  return walk.wasInterrupted() ? Attribute() : filled;
}

/// Merges runs of fill loops in `block` whose only ops in between are free
/// of memory effects (views, constants).
void mergeFillLoops(Block &block) {
  scf::ParallelOp previous;
  Attribute previousFill;
  for (Operation &op : llvm::make_early_inc_range(block)) {
    auto loop = dyn_cast<scf::ParallelOp>(op);
    Attribute fill = loop ? filledConstant(loop) : Attribute();
    if (fill) {
      if (previous && previousFill == fill &&
          ov::codegen::sameIterationSpace(previous, loop))
        ov::codegen::prependBody(previous, loop);
      previous = loop;
      previousFill = fill;
      continue;
    }
    if (op.getNumRegions() != 0 || !isMemoryEffectFree(&op))
      previous = {};
  }
}

struct MergeFillLoopsPass : ov::impl::MergeFillLoopsBase<MergeFillLoopsPass> {
  void runOnOperation() override {
    // Blocks outside thread loops (merging erases the bodies of some).
    SmallVector<Block *> blocks;
    getOperation().walk([&](Block *block) {
      Operation *parent = block->getParentOp();
      if (!isa<scf::ParallelOp>(parent) &&
          !parent->getParentOfType<scf::ParallelOp>())
        blocks.push_back(block);
    });
    for (Block *block : blocks)
      mergeFillLoops(*block);
  }
};

} // namespace
