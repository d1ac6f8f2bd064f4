//===- ElementwiseInPlace.cpp - Elementwise results over a dead input -----===//
//
// An elementwise op lowered from OV writes a new tensor (tensor.empty as
// its init), so bufferization gives it a new buffer even where one of its
// inputs, of the same shape, is read for the last time by this op. Then
// the op writes lines of memory that another layer used before, which a
// core must first fetch (from the L3 or, on two threads, from the other
// core when the arena's bytes were last written there), and the input's
// lines stay in the cache unused. Writing the result over that input
// instead touches only lines the op has just read, in the same thread's
// cache when the input's producer split its work like the op.
//
// The init becomes such an input: one read with the identity map, of the
// result's type, produced by another linalg op, and read by nothing after
// this op. Each point of the result then depends only on the same point of
// that input, which one-shot bufferization knows: it bufferizes the op in
// place.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Conversion/Passes.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::ov {
#define GEN_PASS_DEF_ELEMENTWISEINPLACE
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;

namespace {

/// Whether every user of `value` but `op` is a linalg op before `op` in its
/// block. (Other users may make it part of another tensor: the interior of
/// a padded plane, inserted, whose other taps `op` reads; bufferization
/// would then copy it rather than write over it.)
bool lastReadBy(Value value, Operation *op) {
  for (Operation *user : value.getUsers())
    if (user != op &&
        (!isa<linalg::LinalgOp>(user) || user->getBlock() != op->getBlock() ||
         !user->isBeforeInBlock(op)))
      return false;
  return true;
}

/// The input of `op` its result can be written over, or null.
OpOperand *deadInputOfSameShape(linalg::GenericOp op) {
  Value result = op->getResult(0);
  for (OpOperand *input : op.getDpsInputOperands()) {
    Value value = input->get();
    auto producer = value.getDefiningOp<linalg::LinalgOp>();
    if (value.getType() != result.getType() ||
        !op.getMatchingIndexingMap(input).isIdentity() || !producer ||
        producer.getNumParallelLoops() != producer.getNumLoops() ||
        !lastReadBy(value, op))
      continue;
    return input;
  }
  return nullptr;
}

struct ResultOverDeadInput : OpRewritePattern<linalg::GenericOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(linalg::GenericOp op,
                                PatternRewriter &rewriter) const override {
    if (!op.hasPureTensorSemantics() || op.getNumDpsInits() != 1 ||
        op.getNumParallelLoops() != op.getNumLoops())
      return failure();
    OpOperand *init = op.getDpsInitOperand(0);
    if (!init->get().getDefiningOp<tensor::EmptyOp>() ||
        op.payloadUsesValueFromOperand(init) ||
        !op.getMatchingIndexingMap(init).isIdentity())
      return failure();
    OpOperand *input = deadInputOfSameShape(op);
    if (!input)
      return failure();
    rewriter.modifyOpInPlace(op, [&] { init->set(input->get()); });
    return success();
  }
};

struct ElementwiseInPlacePass
    : ov::impl::ElementwiseInPlaceBase<ElementwiseInPlacePass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<ResultOverDeadInput>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};

} // namespace
