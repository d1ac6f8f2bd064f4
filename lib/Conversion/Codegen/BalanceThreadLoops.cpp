//===- BalanceThreadLoops.cpp - Thread loops the runtime balances ---------===//
//
// A static schedule gives each thread a fixed share of a thread loop, and
// the region ends when the slowest thread is done: on a core slowed by
// another process, every region of a model waits for it. A nonmonotonic
// dynamic schedule lets the runtime start each thread on its static share
// and move unstarted iterations to threads that are done
// (runtime/src/loop_shares.c).
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Conversion/Passes.h"

#include "mlir/Dialect/OpenMP/OpenMPDialect.h"

namespace mlir::ov {
#define GEN_PASS_DEF_BALANCETHREADLOOPS
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;

namespace {

/// Whether `loop` is a plain work-sharing loop (no schedule, reduction or
/// ordering of its own) and the only one of its parallel region: the
/// runtime keeps the state of one balanced loop per region.
bool isOnlyPlainLoopOfRegion(omp::WsloopOp loop) {
  if (loop.getScheduleKind() || loop.getScheduleChunk() ||
      loop.getScheduleMod() || loop.getOrdered() || loop.getOrder() ||
      !loop.getReductionVars().empty())
    return false;
  auto region = dyn_cast_or_null<omp::ParallelOp>(loop->getParentOp());
  if (!region)
    return false;
  unsigned loops = 0;
  region.walk([&](omp::WsloopOp) { ++loops; });
  return loops == 1;
}

struct BalanceThreadLoopsPass
    : ov::impl::BalanceThreadLoopsBase<BalanceThreadLoopsPass> {
  void runOnOperation() override {
    getOperation().walk([](omp::WsloopOp loop) {
      if (!isOnlyPlainLoopOfRegion(loop))
        return;
      loop.setScheduleKind(omp::ClauseScheduleKind::Dynamic);
      loop.setScheduleMod(omp::ScheduleModifier::nonmonotonic);
    });
  }
};

} // namespace
