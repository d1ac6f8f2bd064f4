//===- SkipBarriersBeforeJoins.cpp - nowait for a region's last loop ------===//
//
// convert-scf-to-openmp turns every thread loop into an omp.parallel region
// holding one omp.wsloop. A work-sharing loop ends with a barrier unless it
// is `nowait`, and a parallel region ends with a join that waits for every
// thread: two synchronizations in a row, where the second alone keeps every
// write of the loop before whatever follows the region. A model runs one
// such region per thread loop (EfficientNet-B0: 112 per inference), each a
// few microseconds long on small layers.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Conversion/Passes.h"

#include "mlir/Dialect/OpenMP/OpenMPDialect.h"

namespace mlir::ov {
#define GEN_PASS_DEF_SKIPBARRIERSBEFOREJOINS
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;

namespace {

/// Whether the barrier at the end of `loop` is the one right before its
/// parallel region's join. Loops with reductions keep theirs: none of our
/// thread loops reduce, and their combined value is left as the OpenMP
/// lowering makes it.
bool endsParallelRegion(omp::WsloopOp loop) {
  if (!loop.getReductionVars().empty())
    return false;
  if (!isa_and_nonnull<omp::ParallelOp>(loop->getParentOp()))
    return false;
  Operation *next = loop->getNextNode();
  return next && isa<omp::TerminatorOp>(next);
}

struct SkipBarriersBeforeJoinsPass
    : ov::impl::SkipBarriersBeforeJoinsBase<SkipBarriersBeforeJoinsPass> {
  void runOnOperation() override {
    getOperation().walk([](omp::WsloopOp loop) {
      if (endsParallelRegion(loop))
        loop.setNowait(true);
    });
  }
};

} // namespace
