//===- FoldChannelScales.cpp - Scale a 1x1 layer's filter, not its input --===//
//
// A squeeze-excite block scales each channel of a plane by a value computed
// from the whole plane (its global pool), then a 1x1 convolution reads the
// scaled plane: sum_c w[f, c] * (s[c] * x[c, p]). That is
// sum_c (w[f, c] * s[c]) * x[c, p]: the layer can read the plane as it is
// with a filter scaled per input channel instead. On a large plane with few
// output channels (EfficientNet-B0's 56x56 and 28x28 blocks: 144 -> 24 on
// 3136 positions) the filter is a few KB while the scaling writes the whole
// plane and the layer reads it back; on two threads that pass over the plane
// took longer than on one.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Conversion/Passes.h"

#include "MulAddContraction.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::ov {
#define GEN_PASS_DEF_FOLDCHANNELSCALES
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;

namespace {

/// The filter is scaled instead of the plane when it has at most this
/// fraction of the plane's elements: both are read and written once.
constexpr int64_t kMinPlaneToFilterRatio = 4;

/// A blocked plane [N, C / B, H, W, B] scaled per channel: the operands of
/// an elementwise product x * s with s [1, C / B, 1, 1, B] the same for
/// every image and position.
struct ChannelScale {
  Value plane, scale;
};

std::optional<ChannelScale> matchChannelScale(linalg::GenericOp op) {
  if (!op || op.getNumDpsInputs() != 2 || op.getNumDpsInits() != 1 ||
      op.getNumLoops() != 5 || op.getNumParallelLoops() != op.getNumLoops() ||
      !op.hasPureTensorSemantics())
    return std::nullopt;
  Block &body = op.getRegion().front();
  auto product = dyn_cast<arith::MulFOp>(
      body.getTerminator()->getOperand(0).getDefiningOp());
  if (!product || body.getOperations().size() != 2 ||
      !llvm::is_contained(product->getOperands(), body.getArgument(0)) ||
      !llvm::is_contained(product->getOperands(), body.getArgument(1)))
    return std::nullopt;
  AffineMap perChannel = ov::codegen::perChannelOfBlockedPlane(op.getContext());
  SmallVector<AffineMap> maps = op.getIndexingMapsArray();
  if (!maps[2].isIdentity())
    return std::nullopt;
  for (unsigned scale : {0u, 1u}) {
    // (The scales' dimensions other than the channels' of size 1: the
    // filter's scaling reads them as [C / B, B].)
    auto type = dyn_cast<RankedTensorType>(op.getDpsInputs()[scale].getType());
    if (maps[scale] == perChannel && maps[1 - scale].isIdentity() && type &&
        type.getDimSize(0) == 1 && type.getDimSize(2) == 1 &&
        type.getDimSize(3) == 1)
      return ChannelScale{op.getDpsInputs()[1 - scale],
                          op.getDpsInputs()[scale]};
  }
  return std::nullopt;
}

/// contraction(collapse(x * s), w) -> contraction(collapse(x), w * s).
struct FoldChannelScale : OpRewritePattern<linalg::GenericOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(linalg::GenericOp contraction,
                                PatternRewriter &rewriter) const override {
    if (!contraction.hasPureTensorSemantics() ||
        ov::codegen::mulAddTerms(contraction) != 1 ||
        !ov::codegen::hasBlockedPointwiseMaps(contraction))
      return failure();
    Value input = contraction.getDpsInputs()[0];
    auto collapse = input.getDefiningOp<tensor::CollapseShapeOp>();
    if (!collapse || !collapse->hasOneUse())
      return rewriter.notifyMatchFailure(contraction, "input not collapsed");
    auto scaling = collapse.getSrc().getDefiningOp<linalg::GenericOp>();
    std::optional<ChannelScale> scale = matchChannelScale(scaling);
    if (!scale || !scaling->hasOneUse())
      return rewriter.notifyMatchFailure(contraction, "input not scaled");
    Value filter = contraction.getDpsInputs()[1];
    auto filterType = cast<RankedTensorType>(filter.getType());
    auto planeType = cast<RankedTensorType>(scale->plane.getType());
    if (!filterType.hasStaticShape() || !planeType.hasStaticShape() ||
        filterType.getNumElements() * kMinPlaneToFilterRatio >
            planeType.getNumElements())
      return rewriter.notifyMatchFailure(contraction, "filter too large");

    // w'[fb, cb, ci, fi] = w[fb, cb, ci, fi] * s[cb, ci].
    Location loc = scaling.getLoc();
    Value perInputChannel = tensor::CollapseShapeOp::create(
        rewriter, loc, scale->scale,
        ArrayRef<ReassociationIndices>{{0, 1}, {2, 3, 4}});
    AffineMap identity = rewriter.getMultiDimIdentityMap(4);
    AffineMap channelMap =
        AffineMap::getMultiDimMapWithTargets(4, {1, 2}, rewriter.getContext());
    Value empty = tensor::EmptyOp::create(rewriter, loc, filterType.getShape(),
                                          filterType.getElementType());
    auto scaled = linalg::GenericOp::create(
        rewriter, loc, TypeRange{filterType},
        ValueRange{filter, perInputChannel}, ValueRange{empty},
        ArrayRef<AffineMap>{identity, channelMap, identity},
        SmallVector<utils::IteratorType>(4, utils::IteratorType::parallel),
        [](OpBuilder &b, Location loc, ValueRange args) {
          linalg::YieldOp::create(
              b, loc,
              arith::MulFOp::create(b, loc, args[0], args[1]).getResult());
        });
    Value plane = tensor::CollapseShapeOp::create(
        rewriter, collapse.getLoc(), collapse.getResultType(), scale->plane,
        collapse.getReassociationIndices());
    rewriter.modifyOpInPlace(contraction, [&] {
      contraction->setOperand(0, plane);
      contraction->setOperand(1, scaled.getResult(0));
    });
    rewriter.eraseOp(collapse);
    rewriter.eraseOp(scaling);
    return success();
  }
};

struct FoldChannelScalesPass
    : ov::impl::FoldChannelScalesBase<FoldChannelScalesPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<FoldChannelScale>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};

} // namespace
