//===- ThreadLoops.cpp - Merging thread loops -----------------------------===//
//
// See ThreadLoops.h.
//
//===----------------------------------------------------------------------===//

#include "ThreadLoops.h"

#include "mlir/Dialect/Utils/StaticValueUtils.h"

namespace mlir::ov::codegen {

bool sameIterationSpace(scf::ParallelOp a, scf::ParallelOp b) {
  auto same = [](ValueRange x, ValueRange y) {
    return llvm::equal(
        x, y, [](Value u, Value v) { return isEqualConstantIntOrValue(u, v); });
  };
  return same(a.getLowerBound(), b.getLowerBound()) &&
         same(a.getUpperBound(), b.getUpperBound()) &&
         same(a.getStep(), b.getStep());
}

void prependBody(scf::ParallelOp from, scf::ParallelOp into) {
  Block *source = from.getBody();
  Block *target = into.getBody();
  for (auto [fromIndex, intoIndex] :
       llvm::zip(from.getInductionVars(), into.getInductionVars()))
    fromIndex.replaceAllUsesWith(intoIndex);
  target->getOperations().splice(target->begin(), source->getOperations(),
                                 source->begin(),
                                 source->getTerminator()->getIterator());
  from.erase();
}

} // namespace mlir::ov::codegen
