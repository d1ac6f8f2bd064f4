//===- InterleaveChannelShuffles.cpp - Channel shuffles without a pass ----===//
//
// A channel shuffle (ShuffleNet: reshape [N, C, ...] to [N, G, K, ...],
// swap G and K, reshape back to [N, C, ...]) puts channel g * K + k of its
// input at k * G + g. Lowered as it is, it is a transpose of the whole
// tensor in every inference, after the concatenation that usually makes
// its input (a second copy), and its thread split (by channels) differs
// from its producers' (by positions): on two far cores ShuffleNet V2's
// transposes took twice their one-thread time. Instead, the shuffle is
// the insertion of each group g (input channels g * K to g * K + K - 1)
// into the result at channel g with a stride of G: where the input is a
// concatenation of those groups, each part goes there directly, and its
// producer writes it in place (eliminate-empty-tensors) or a strided copy
// does; no transpose and no concatenation are left.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Conversion/Passes.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::ov {
#define GEN_PASS_DEF_INTERLEAVECHANNELSHUFFLES
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;

namespace {

/// The source of a row-major reshape (tensor.reshape, expand_shape or
/// collapse_shape) whose source and result have static shapes, or null.
Value reshapeSource(Operation *op) {
  Value source;
  if (auto reshape = dyn_cast_or_null<tensor::ReshapeOp>(op))
    source = reshape.getSource();
  else if (auto expand = dyn_cast_or_null<tensor::ExpandShapeOp>(op))
    source = expand.getSrc();
  else if (auto collapse = dyn_cast_or_null<tensor::CollapseShapeOp>(op))
    source = collapse.getSrc();
  auto type = source ? dyn_cast<RankedTensorType>(source.getType()) : nullptr;
  if (!type || !type.hasStaticShape() ||
      !cast<RankedTensorType>(op->getResult(0).getType()).hasStaticShape())
    return {};
  return source;
}

/// Whether `split` is `shape` ([N, C, ...]) with C split into [G, K].
bool splitsChannels(ArrayRef<int64_t> shape, ArrayRef<int64_t> split) {
  return shape.size() >= 2 && split.size() == shape.size() + 1 &&
         split[0] == shape[0] && split[1] * split[2] == shape[1] &&
         split.drop_front(3) == shape.drop_front(2);
}

/// Channels [offset, offset + size) of `value` ([N, C, ...]): the part a
/// concatenation along the channels inserted there (tensor.insert_slice
/// chains, looked through for parts elsewhere), else a slice of it.
Value channelsOf(RewriterBase &rewriter, Location loc, Value value,
                 int64_t offset, int64_t size) {
  auto type = cast<RankedTensorType>(value.getType());
  for (Value whole = value;;) {
    auto insert = whole.getDefiningOp<tensor::InsertSliceOp>();
    if (!insert || !insert.hasUnitStride() ||
        ShapedType::isDynamicShape(insert.getStaticOffsets()) ||
        ShapedType::isDynamicShape(insert.getStaticSizes()))
      break;
    ArrayRef<int64_t> offsets = insert.getStaticOffsets();
    ArrayRef<int64_t> sizes = insert.getStaticSizes();
    bool alongChannels = true;
    for (auto [dim, extent] : llvm::enumerate(type.getShape()))
      if (dim != 1 && (offsets[dim] != 0 || sizes[dim] != extent))
        alongChannels = false;
    if (!alongChannels || insert.getSourceType().getRank() != type.getRank())
      break;
    if (offsets[1] == offset && sizes[1] == size)
      return insert.getSource();
    if (offsets[1] < offset + size && offset < offsets[1] + sizes[1])
      break;
    whole = insert.getDest();
  }
  SmallVector<int64_t> offsets(type.getRank(), 0);
  SmallVector<int64_t> sizes(type.getShape());
  offsets[1] = offset;
  sizes[1] = size;
  SmallVector<int64_t> strides(type.getRank(), 1);
  MLIRContext *context = rewriter.getContext();
  return tensor::ExtractSliceOp::create(
      rewriter, loc, value, getAsIndexOpFoldResult(context, offsets),
      getAsIndexOpFoldResult(context, sizes),
      getAsIndexOpFoldResult(context, strides));
}

/// reshape(transpose(reshape(x, [N, G, K, ...]), [0, 2, 1, ...]),
/// [N, C, ...]) as G strided insertions of x's groups.
struct InterleaveChannelShuffle : RewritePattern {
  explicit InterleaveChannelShuffle(MLIRContext *context)
      : RewritePattern(MatchAnyOpTypeTag(), /*benefit=*/1, context) {}

  LogicalResult matchAndRewrite(Operation *op,
                                PatternRewriter &rewriter) const override {
    Value shuffled = reshapeSource(op);
    auto transpose =
        shuffled ? shuffled.getDefiningOp<linalg::TransposeOp>() : nullptr;
    if (!transpose || !transpose.hasPureTensorSemantics() ||
        !shuffled.hasOneUse())
      return failure();
    Value split = transpose.getInput();
    Value input = reshapeSource(split.getDefiningOp());
    if (!input || !split.hasOneUse())
      return failure();
    auto type = cast<RankedTensorType>(input.getType());
    auto resultType = cast<RankedTensorType>(op->getResult(0).getType());
    ArrayRef<int64_t> splitShape =
        cast<RankedTensorType>(split.getType()).getShape();
    SmallVector<int64_t> swap =
        llvm::to_vector(llvm::seq<int64_t>(0, splitShape.size()));
    std::swap(swap[1], swap[2]);
    if (resultType != type || !splitsChannels(type.getShape(), splitShape) ||
        transpose.getPermutation() != ArrayRef<int64_t>(swap))
      return rewriter.notifyMatchFailure(op, "not a channel shuffle");

    Location loc = op->getLoc();
    int64_t groups = splitShape[1], perGroup = splitShape[2];
    int64_t rank = type.getRank();
    SmallVector<int64_t> offsets(rank, 0), sizes(type.getShape());
    SmallVector<int64_t> strides(rank, 1);
    sizes[1] = perGroup;
    strides[1] = groups;
    MLIRContext *context = rewriter.getContext();
    Value result = tensor::EmptyOp::create(rewriter, loc, type.getShape(),
                                           type.getElementType());
    for (int64_t group = 0; group < groups; ++group) {
      Value part = channelsOf(rewriter, loc, input, group * perGroup, perGroup);
      offsets[1] = group;
      result = tensor::InsertSliceOp::create(
          rewriter, loc, part, result, getAsIndexOpFoldResult(context, offsets),
          getAsIndexOpFoldResult(context, sizes),
          getAsIndexOpFoldResult(context, strides));
    }
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct InterleaveChannelShufflesPass
    : ov::impl::InterleaveChannelShufflesBase<InterleaveChannelShufflesPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<InterleaveChannelShuffle>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};

} // namespace
