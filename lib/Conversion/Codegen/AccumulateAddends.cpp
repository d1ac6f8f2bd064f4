//===- AccumulateAddends.cpp - Additions become initial accumulators ------===//
//
// A convolution or matmul followed by an addition (the bias, a residual
// connection) computes out = init + sum(...) and then out + y: with
// init + y as the initial value of the accumulator the addition needs no
// pass of its own over the result. A zero init (linalg.fill) becomes a copy
// of y, broadcast like the addition broadcast it; another init gets y added
// (ov-fuse-elementwise then merges that with the init's own producer).
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Conversion/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::ov {
#define GEN_PASS_DEF_ACCUMULATEADDENDS
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;

namespace {

/// The arith.addf of the two block arguments that `op`'s body yields, or
/// null.
arith::AddFOp yieldedSum(Operation *op) {
  Block &body = op->getRegion(0).front();
  auto yield = cast<linalg::YieldOp>(body.getTerminator());
  if (yield.getNumOperands() != 1)
    return nullptr;
  return yield.getOperand(0).getDefiningOp<arith::AddFOp>();
}

/// Whether `op` sums into its only init: it has a reduction loop and its
/// body yields init + something.
bool accumulatesIntoInit(linalg::LinalgOp op) {
  if (op->getNumResults() != 1 || op.getNumDpsInits() != 1 ||
      op.getNumReductionLoops() == 0 || !op.hasPureTensorSemantics())
    return false;
  arith::AddFOp sum = yieldedSum(op);
  if (!sum)
    return false;
  Value init = op.getMatchingBlockArgument(op.getDpsInitOperand(0));
  return sum.getLhs() == init || sum.getRhs() == init;
}

bool isZeroFill(Value value) {
  auto fill = value.getDefiningOp<linalg::FillOp>();
  return fill && matchPattern(fill.value(), m_AnyZeroFloat());
}

/// An elementwise generic with the shape of `like`: ins with their maps,
/// the body `combine`s their block arguments.
Value buildElementwise(
    OpBuilder &b, Location loc, Value like, ValueRange inputs,
    ArrayRef<AffineMap> inputMaps,
    function_ref<Value(OpBuilder &, Location, ValueRange)> combine) {
  auto type = cast<RankedTensorType>(like.getType());
  Value init = tensor::EmptyOp::create(
      b, loc, tensor::getMixedSizes(b, loc, like), type.getElementType());
  SmallVector<AffineMap> maps(inputMaps);
  maps.push_back(b.getMultiDimIdentityMap(type.getRank()));
  SmallVector<utils::IteratorType> parallel(type.getRank(),
                                            utils::IteratorType::parallel);
  return linalg::GenericOp::create(
             b, loc, type, inputs, init, maps, parallel,
             [&](OpBuilder &b, Location loc, ValueRange args) {
               linalg::YieldOp::create(b, loc, combine(b, loc, args));
             })
      .getResult(0);
}

struct AddendIntoAccumulator : OpRewritePattern<linalg::GenericOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(linalg::GenericOp add,
                                PatternRewriter &rewriter) const override {
    if (add.getNumDpsInputs() != 2 || add.getNumDpsInits() != 1 ||
        add.getNumParallelLoops() != add.getNumLoops() ||
        !add.hasPureTensorSemantics())
      return failure();
    arith::AddFOp sum = yieldedSum(add);
    Block &body = add.getRegion().front();
    if (!sum || &body.front() != sum.getOperation() ||
        !llvm::is_contained(body.getArguments().take_front(2), sum.getLhs()) ||
        !llvm::is_contained(body.getArguments().take_front(2), sum.getRhs()) ||
        sum.getLhs() == sum.getRhs())
      return failure();
    for (unsigned index : {0u, 1u}) {
      OpOperand *operand = add.getDpsInputOperand(index);
      auto producer = operand->get().getDefiningOp<linalg::LinalgOp>();
      if (!producer || !operand->get().hasOneUse() ||
          !accumulatesIntoInit(producer) ||
          !add.getMatchingIndexingMap(operand).isIdentity() ||
          operand->get().getType() != add.getResult(0).getType())
        continue;
      OpOperand *other = add.getDpsInputOperand(1 - index);
      AffineMap otherMap = add.getMatchingIndexingMap(other);
      Value init = producer.getDpsInits()[0];
      auto type = dyn_cast<RankedTensorType>(init.getType());
      if (!type)
        continue;
      // The addend may be defined after the producer: the new init is
      // built at the addition and the producer moves there.
      rewriter.setInsertionPoint(add);
      Location loc = add.getLoc();
      Value newInit;
      if (isZeroFill(init)) {
        newInit = buildElementwise(
            rewriter, loc, init, other->get(), otherMap,
            [](OpBuilder &, Location, ValueRange args) { return args[0]; });
      } else {
        AffineMap identity = rewriter.getMultiDimIdentityMap(type.getRank());
        newInit = buildElementwise(
            rewriter, loc, init, ValueRange{init, other->get()},
            {identity, otherMap},
            [](OpBuilder &b, Location loc, ValueRange args) -> Value {
              return arith::AddFOp::create(b, loc, args[0], args[1]);
            });
      }
      rewriter.moveOpBefore(producer, add);
      rewriter.modifyOpInPlace(
          producer, [&] { producer.getDpsInitsMutable()[0].assign(newInit); });
      rewriter.replaceOp(add, producer->getResult(0));
      return success();
    }
    return failure();
  }
};

struct AccumulateAddendsPass
    : ov::impl::AccumulateAddendsBase<AccumulateAddendsPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<AddendIntoAccumulator>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};

} // namespace
