//===- PadBorders.cpp - Padding that writes each element once -------------===//
//
// A tensor.pad bufferizes into a buffer filled whole with the padding value
// and the source copied over its interior: the interior is written twice.
// Before every depthwise convolution of MobileNetV2 that is a memset of the
// whole padded activation. Here a static pad with a constant value becomes
// fills of the border slabs of each padded dimension (the corners twice)
// and the copy of the source into the interior, all in one destination.
// When the source is made by a linalg op that only writes its result (an
// activation), that op writes straight into the interior of the destination
// instead: no copy at all (ResNet-50's ReLUs before every 3x3 convolution,
// MobileNetV2's ReLU6 before every depthwise one).
// Runs right before bufferization: canonicalization would fold the slabs'
// extract_slice of tensor.empty into new tensors, filled apart and copied.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Conversion/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::ov {
#define GEN_PASS_DEF_PADBORDERS
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;

namespace {

/// The linalg op that makes `source` when it can write it into another
/// tensor instead: `source` is its only use, it has tensor semantics and
/// its payload does not read the initial value of that result.
linalg::LinalgOp producerWritingOnly(Value source) {
  auto result = dyn_cast<OpResult>(source);
  if (!result || !result.hasOneUse())
    return nullptr;
  auto producer = dyn_cast<linalg::LinalgOp>(result.getOwner());
  if (!producer || !producer.hasPureTensorSemantics())
    return nullptr;
  OpOperand *init = producer.getDpsInitOperand(result.getResultNumber());
  if (producer.payloadUsesValueFromOperand(init))
    return nullptr;
  return producer;
}

/// The tensor.empty that the tensor.insert_slice's making `source` (a
/// concatenation, a Winograd output's phases) start from, each result but
/// `source` used only by the next (the empty's other uses are slices its
/// parts' producers write). Null when `source` is not made so.
tensor::EmptyOp concatenationStart(Value source) {
  Value value = source;
  while (auto insert = value.getDefiningOp<tensor::InsertSliceOp>()) {
    if (value != source && !value.hasOneUse())
      return {};
    value = insert.getDest();
  }
  return value == source ? tensor::EmptyOp()
                         : value.getDefiningOp<tensor::EmptyOp>();
}

/// Whether `value` can be used right before `op`.
bool isDefinedBefore(Value value, Operation *op) {
  Block *block = value.getParentBlock();
  Operation *ancestor = block->findAncestorOpInBlock(*op);
  if (!ancestor)
    return false;
  Operation *definition = value.getDefiningOp();
  return !definition || definition->isBeforeInBlock(ancestor);
}

struct FillBordersOnly : OpRewritePattern<tensor::PadOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(tensor::PadOp pad,
                                PatternRewriter &rewriter) const override {
    RankedTensorType sourceType = pad.getSourceType();
    RankedTensorType resultType = pad.getResultType();
    Value value = pad.getConstantPaddingValue();
    if (pad.getNofold() || !value || !sourceType.hasStaticShape() ||
        !resultType.hasStaticShape() || !pad.getLow().empty() ||
        !pad.getHigh().empty())
      return failure();
    ArrayRef<int64_t> low = pad.getStaticLow(), high = pad.getStaticHigh();
    ArrayRef<int64_t> shape = resultType.getShape();
    Location loc = pad.getLoc();
    auto attrs = [&](ArrayRef<int64_t> values) {
      return getAsIndexOpFoldResult(rewriter.getContext(), values);
    };
    SmallVector<int64_t> ones(shape.size(), 1);
    // With a producer writing into the interior, the destination is made
    // before it: the padding value must be available there (a constant is
    // made again).
    linalg::LinalgOp producer = producerWritingOnly(pad.getSource());
    // Or the parts of a concatenation are inserted into the interior: its
    // empty start becomes the interior.
    tensor::EmptyOp start =
        producer ? tensor::EmptyOp() : concatenationStart(pad.getSource());
    Operation *writer = producer ? producer.getOperation() : start;
    if (writer) {
      rewriter.setInsertionPoint(writer);
      Attribute constant;
      if (!isDefinedBefore(value, writer)) {
        if (matchPattern(value, m_Constant(&constant))) {
          value = arith::ConstantOp::create(rewriter, loc,
                                            cast<TypedAttr>(constant));
        } else {
          producer = nullptr;
          start = nullptr;
          rewriter.setInsertionPoint(pad);
        }
      }
    }
    Value result = tensor::EmptyOp::create(rewriter, loc, shape,
                                           resultType.getElementType());
    auto fillSlab = [&](unsigned dim, int64_t offset, int64_t size) {
      if (size == 0)
        return;
      SmallVector<int64_t> offsets(shape.size(), 0), sizes(shape);
      offsets[dim] = offset;
      sizes[dim] = size;
      Value slab = tensor::ExtractSliceOp::create(
          rewriter, loc, result, attrs(offsets), attrs(sizes), attrs(ones));
      Value filled =
          linalg::FillOp::create(rewriter, loc, value, slab).getResult(0);
      result = tensor::InsertSliceOp::create(rewriter, loc, filled, result,
                                             attrs(offsets), attrs(sizes),
                                             attrs(ones));
    };
    for (unsigned dim = 0; dim < shape.size(); ++dim) {
      fillSlab(dim, 0, low[dim]);
      fillSlab(dim, low[dim] + sourceType.getDimSize(dim), high[dim]);
    }
    if (producer) {
      // The producer writes its result into the interior; inserting it
      // there again is a copy onto itself, which bufferization elides.
      Value interior = tensor::ExtractSliceOp::create(
          rewriter, loc, result, attrs(low), attrs(sourceType.getShape()),
          attrs(ones));
      auto source = cast<OpResult>(pad.getSource());
      rewriter.modifyOpInPlace(producer, [&] {
        producer.getDpsInitOperand(source.getResultNumber())->set(interior);
      });
      rewriter.setInsertionPoint(pad);
    } else if (start) {
      Value interior = tensor::ExtractSliceOp::create(
          rewriter, loc, result, attrs(low), attrs(sourceType.getShape()),
          attrs(ones));
      rewriter.replaceOp(start, interior);
      rewriter.setInsertionPoint(pad);
    }
    rewriter.replaceOpWithNewOp<tensor::InsertSliceOp>(
        pad, pad.getSource(), result, attrs(low), attrs(sourceType.getShape()),
        attrs(ones));
    return success();
  }
};

struct PadBordersPass : ov::impl::PadBordersBase<PadBordersPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<FillBordersOnly>(&getContext());
    // Only the pads: no folding of the new slices.
    GreedyRewriteConfig config;
    config.enableFolding(false);
    if (failed(
            applyPatternsGreedily(getOperation(), std::move(patterns), config)))
      return signalPassFailure();
  }
};

} // namespace
