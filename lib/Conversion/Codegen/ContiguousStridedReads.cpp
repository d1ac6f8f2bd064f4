//===- ContiguousStridedReads.cpp - Strided reads as loads + shuffles ----===//
//
// A depthwise convolution with stride 2 (lib/Conversion/OVToLinalg/Window.cpp)
// reads its kernel taps as views of the padded input with innermost stride
// 2, and the vectors of ov-tile-and-vectorize read those views along the
// output width. LLVM lowers such a vector.transfer_read to one scalar load
// and one insertion per lane. Here the read becomes a contiguous load of the
// view's source, s times as long (s the stride), and a vector.shuffle
// keeping every s-th lane (vpermt2ps / vpermps on AVX-512). The load is
// masked past the last lane kept: the lanes it reads lie between two
// elements the original read accesses, in the same innermost row of the
// source, so they are in bounds; the lanes after it may not be, and the
// masked load does not touch them.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Conversion/Passes.h"

#include "mlir/Dialect/Affine/ViewLikeInterfaceUtils.h"
#include "mlir/Dialect/UB/IR/UBOps.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::ov {
#define GEN_PASS_DEF_CONTIGUOUSSTRIDEDREADS
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;

namespace {

/// `vector.transfer_read %view[...]` of a 1-D vector along the innermost
/// dimension of a memref.subview whose innermost stride is a constant s
/// (2 <= s <= maxStride) over a source with unit innermost stride, fully in
/// bounds and unmasked: the reads the rewrite can prove right. Other
/// transfers (masks, out-of-bounds lanes whose padding would show,
/// permutations, broadcasts, n-D vectors, sub-byte elements) stay as they
/// are.
struct StridedReadAsLoadAndShuffle : OpRewritePattern<vector::TransferReadOp> {
  StridedReadAsLoadAndShuffle(MLIRContext *context, int64_t maxStride)
      : OpRewritePattern(context), maxStride(maxStride) {}

  LogicalResult matchAndRewrite(vector::TransferReadOp read,
                                PatternRewriter &rewriter) const override {
    VectorType vectorType = read.getVectorType();
    if (vectorType.getRank() != 1 || vectorType.isScalable() || read.getMask())
      return rewriter.notifyMatchFailure(read, "not an unmasked 1-D vector");
    int64_t lanes = vectorType.getDimSize(0);
    if (lanes < 2 || !read.getInBoundsValues()[0])
      return rewriter.notifyMatchFailure(read, "not in bounds or one lane");
    auto view = read.getBase().getDefiningOp<memref::SubViewOp>();
    if (!view)
      return rewriter.notifyMatchFailure(read, "not a read of a subview");
    MemRefType viewType = view.getType();
    // The vector runs along the view's innermost dimension (a minor
    // identity map: no permutation, no broadcast).
    if (!read.getPermutationMap().isMinorIdentity())
      return rewriter.notifyMatchFailure(read, "not along the innermost dim");
    // Whole bytes: a vector of i1 or i4 in registers is not laid out as
    // their memref's elements in memory.
    Type elementType = viewType.getElementType();
    if (!elementType.isIntOrFloat() ||
        elementType.getIntOrFloatBitWidth() % 8 != 0)
      return rewriter.notifyMatchFailure(read, "not a vector of bytes");

    // The view's innermost dimension is the source's (not a dropped unit
    // dimension), taken with a constant stride s over unit-stride elements.
    MemRefType sourceType = view.getSourceType();
    llvm::SmallBitVector dropped = view.getDroppedDims();
    if (dropped.test(sourceType.getRank() - 1))
      return rewriter.notifyMatchFailure(read, "innermost dim dropped");
    SmallVector<int64_t> sourceStrides;
    int64_t sourceOffset;
    if (failed(sourceType.getStridesAndOffset(sourceStrides, sourceOffset)) ||
        sourceStrides.back() != 1)
      return rewriter.notifyMatchFailure(read, "source not unit-stride");
    int64_t stride = view.getStaticStrides().back();
    if (ShapedType::isDynamic(stride) || stride < 2 || stride > maxStride)
      return rewriter.notifyMatchFailure(read, "stride not in [2, max]");

    Location loc = read.getLoc();
    // The indices of the first element in the source.
    SmallVector<Value> sourceIndices;
    affine::resolveIndicesIntoOpWithOffsetsAndStrides(
        rewriter, loc, view.getMixedOffsets(), view.getMixedStrides(), dropped,
        getAsOpFoldResult(read.getIndices()), sourceIndices);

    // Lanes 0, s, ..., (lanes - 1) s of the wide load are the elements
    // read; lanes past (lanes - 1) s are masked off (their padding is
    // never kept, so poison does).
    int64_t wideLanes = lanes * stride;
    int64_t readLanes = (lanes - 1) * stride + 1;
    auto wideType = VectorType::get({wideLanes}, elementType);
    auto maskType = VectorType::get({wideLanes}, rewriter.getI1Type());
    SmallVector<bool> maskBits(wideLanes, false);
    std::fill_n(maskBits.begin(), readLanes, true);
    Value mask = arith::ConstantOp::create(
        rewriter, loc, DenseElementsAttr::get(maskType, maskBits));
    Value passThrough = ub::PoisonOp::create(rewriter, loc, wideType);
    Value wide =
        vector::MaskedLoadOp::create(rewriter, loc, wideType, view.getSource(),
                                     sourceIndices, mask, passThrough);
    SmallVector<int64_t> kept;
    for (int64_t lane = 0; lane < lanes; ++lane)
      kept.push_back(lane * stride);
    rewriter.replaceOpWithNewOp<vector::ShuffleOp>(read, wide, wide, kept);
    return success();
  }

  int64_t maxStride;
};

struct ContiguousStridedReadsPass
    : ov::impl::ContiguousStridedReadsBase<ContiguousStridedReadsPass> {
  using Base::Base;

  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<StridedReadAsLoadAndShuffle>(&getContext(), maxStride);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};

} // namespace
