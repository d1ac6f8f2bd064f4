//===- VectorAccumulators.cpp - Row reductions in vector registers --------===//
//
// See VectorAccumulators.h.
//
//===----------------------------------------------------------------------===//

#include "VectorAccumulators.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"

#include <limits>

namespace mlir::ov::codegen {

namespace {

/// A loop-carried scalar accumulator: the iteration argument (a vector of
/// one float), the vector.reduction that reduces a vector into its only
/// element, and the insert of the result that is yielded.
struct ScalarAccumulator {
  unsigned index;
  vector::ExtractOp extract;
  vector::ReductionOp reduction;
  vector::InsertOp insert;
};

/// The value that leaves every float of a reduction of `kind` unchanged.
std::optional<double> neutralElement(vector::CombiningKind kind) {
  double infinity = std::numeric_limits<double>::infinity();
  switch (kind) {
  case vector::CombiningKind::ADD:
    return -0.0;
  case vector::CombiningKind::MUL:
    return 1.0;
  case vector::CombiningKind::MAXIMUMF:
  case vector::CombiningKind::MAXNUMF:
    return -infinity;
  case vector::CombiningKind::MINIMUMF:
  case vector::CombiningKind::MINNUMF:
    return infinity;
  default:
    return std::nullopt;
  }
}

bool isFirstElement(ArrayRef<int64_t> position) {
  return position.size() == 1 && position[0] == 0;
}

std::optional<ScalarAccumulator> scalarAccumulator(scf::ForOp loop,
                                                   unsigned index) {
  BlockArgument argument = loop.getRegionIterArg(index);
  auto type = dyn_cast<VectorType>(argument.getType());
  if (!type || type.getRank() != 1 || type.getNumElements() != 1 ||
      type.isScalable() || !isa<FloatType>(type.getElementType()) ||
      !argument.hasOneUse())
    return std::nullopt;
  auto extract = dyn_cast<vector::ExtractOp>(*argument.user_begin());
  if (!extract || extract.hasDynamicPosition() ||
      !isFirstElement(extract.getStaticPosition()) || !extract->hasOneUse())
    return std::nullopt;
  auto reduction = dyn_cast<vector::ReductionOp>(*extract->user_begin());
  if (!reduction || reduction.getAcc() != extract.getResult() ||
      reduction.getVector() == extract.getResult() ||
      reduction.getVector().getType().isScalable() ||
      !neutralElement(reduction.getKind()) || !reduction->hasOneUse() ||
      isa<vector::MaskOp>(reduction->getParentOp()))
    return std::nullopt;
  auto insert = dyn_cast<vector::InsertOp>(*reduction->user_begin());
  if (!insert || insert.getValueToStore() != reduction.getResult() ||
      insert.hasDynamicPosition() ||
      !isFirstElement(insert.getStaticPosition()) || !insert->hasOneUse() ||
      *insert->user_begin() != loop.getBody()->getTerminator() ||
      loop.getYieldedValues()[index] != insert.getResult())
    return std::nullopt;
  return ScalarAccumulator{index, extract, reduction, insert};
}

/// Gives `loop` a vector accumulator for `scalar` (see the header).
void accumulateInVector(RewriterBase &rewriter, scf::ForOp loop,
                        const ScalarAccumulator &scalar) {
  vector::ReductionOp reduction = scalar.reduction;
  vector::CombiningKind kind = reduction.getKind();
  auto vectorType = cast<VectorType>(reduction.getVector().getType());
  Location loc = reduction.getLoc();
  rewriter.setInsertionPoint(loop);
  Value neutral = arith::ConstantOp::create(
      rewriter, loc,
      DenseElementsAttr::get(vectorType,
                             rewriter.getFloatAttr(vectorType.getElementType(),
                                                   *neutralElement(kind))));
  arith::FastMathFlagsAttr fastmath = reduction.getFastmathAttr();
  Value lanes = reduction.getVector();
  FailureOr<LoopLikeOpInterface> replaced =
      cast<LoopLikeOpInterface>(loop.getOperation())
          .replaceWithAdditionalYields(
              rewriter, ValueRange{neutral},
              /*replaceInitOperandUsesInLoop=*/false,
              [&](OpBuilder &builder, Location yieldLoc,
                  ArrayRef<BlockArgument> accumulators) {
                return SmallVector<Value>{
                    vector::makeArithReduction(builder, yieldLoc, kind, lanes,
                                               accumulators.front(), fastmath)};
              });
  if (failed(replaced))
    return;
  auto newLoop = cast<scf::ForOp>(replaced->getOperation());
  // The scalar argument goes through the loop unchanged; after the loop the
  // vector is reduced into the value it started from.
  BlockArgument argument = newLoop.getRegionIterArg(scalar.index);
  Operation *yield = newLoop.getBody()->getTerminator();
  rewriter.modifyOpInPlace(yield,
                           [&] { yield->setOperand(scalar.index, argument); });
  rewriter.eraseOp(scalar.insert);
  rewriter.eraseOp(reduction);
  rewriter.eraseOp(scalar.extract);
  rewriter.setInsertionPointAfter(newLoop);
  Value start = newLoop.getInitArgs()[scalar.index];
  Value startScalar = vector::ExtractOp::create(rewriter, loc, start, 0);
  Value total = vector::ReductionOp::create(
      rewriter, loc, kind, newLoop.getResults().back(), startScalar,
      fastmath ? fastmath.getValue() : arith::FastMathFlags::none);
  Value result = vector::BroadcastOp::create(
      rewriter, loc, cast<VectorType>(start.getType()), total);
  rewriter.replaceAllUsesWith(newLoop.getResult(scalar.index), result);
}

} // namespace

void accumulateReductionsInVectors(RewriterBase &rewriter, Operation *root) {
  SmallVector<scf::ForOp> loops;
  root->walk([&](scf::ForOp loop) { loops.push_back(loop); });
  for (scf::ForOp loop : loops)
    for (unsigned index = 0; index < loop.getNumRegionIterArgs(); ++index)
      if (std::optional<ScalarAccumulator> scalar =
              scalarAccumulator(loop, index)) {
        accumulateInVector(rewriter, loop, *scalar);
        break; // (The loop was replaced.)
      }
}

} // namespace mlir::ov::codegen
