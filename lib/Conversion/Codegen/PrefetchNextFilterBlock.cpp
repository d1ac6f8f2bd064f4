//===- PrefetchNextFilterBlock.cpp - Weights of the next filter block -----===//
//
// A blocked convolution on a small plane (ResNet-50's 7x7 layers, 512
// channels) has thread tiles of one filter block x one row of positions,
// the rows inner: the 7 row tiles of a filter block read the same packed
// weights, [taps, F / B, C / B, B, B] (590 KB per block, 9.4 MB per layer,
// read from DRAM each run). The first row tile streams them from memory,
// the other six find them in L2, so the memory stream overlaps with a
// seventh of the compute: these layers ran at 130-170 GFLOP/s against
// 210-230 on larger planes. Here each row tile r prefetches, at each K
// step, the rows of taps r, r + R, ... (R row tiles) of the next filter
// block at the same K step: the next block's weights arrive while all of
// the current block's row tiles compute. A 1x1 convolution (one tap; 4 MB
// of weights for 49 positions in ResNet-50's layer4, which ran at 150-175
// GFLOP/s, 185-195 with the prefetches) has no taps to share out: row
// tile r prefetches, before each channel block's K loop, its R-th share of
// that channel block's rows of the next filter block.
//
// When the filter blocks are streamed (ov-tile-and-vectorize's
// kBlocksOutsideRowTiles: ResNet-50's 3x3 layers on 7x7), a thread tile is
// one filter block and the whole plane, and each K block of one channel
// block runs over the row tiles (an scf.for): row tile r then prefetches
// the same share of the next channel block (after the last one, of the
// next filter block's first), which the hardware prefetchers did not
// bring in time (nine streams a megabyte apart, 4 KB each per block): a
// chain of six such layers ~200 -> 224 GFLOP/s.
//
// A Winograd contraction on a small plane (ov-winograd-convolutions:
// ResNet-50's layer4, 4 x 4 blocks of 512 channels; Inception v3's 8 x 8
// layers) is a batch of 16 such 1x1 products, one per point, with thread
// tiles of (point, filter block, row of blocks) and weights [16, F / B,
// C / B, B, B] (16 MB per layer in ResNet-50, from DRAM each run): the
// point plays the tap, and the next block after a point's last filter
// block is the next point's first. Its layers 1.9-2.0 -> 1.6-1.75 ms,
// ResNet-50 -5.7% / -4.5% on 1 / 2 threads.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Conversion/Passes.h"

#include "PrefetchNextBlock.h"
#include "RowBands.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::ov {
#define GEN_PASS_DEF_PREFETCHNEXTFILTERBLOCK
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;

namespace {

/// Whether `value`, through shape casts and broadcasts, is the right-hand
/// side of a vector.contract (the weights of a register tile's products).
bool feedsContraction(Value value) {
  return llvm::any_of(value.getUsers(), [&](Operation *user) {
    if (isa<vector::ShapeCastOp, vector::BroadcastOp>(user))
      return feedsContraction(user->getResult(0));
    auto contract = dyn_cast<vector::ContractionOp>(user);
    return contract && contract.getRhs() == value;
  });
}

/// Whether `threads` runs over (points, filter blocks, positions): a
/// Winograd contraction (ov-winograd-convolutions), a batch of 1x1
/// products whose weights [points, F / B, C / B, B, B] are laid out like
/// a convolution's packed taps, the points as taps.
bool isPointsBatch(scf::ParallelOp threads) {
  return threads.getNumLoops() == 3;
}

/// Whether `index` is the index of `filterBlocks` (a loop over the filter
/// blocks of a thread loop over bands or parts, RowBands.h) or that plus
/// a value from outside the loop (a part's first block; an affine.apply
/// after tiling).
bool isFilterBlockIndex(Value index, scf::ForOp filterBlocks) {
  if (index == filterBlocks.getInductionVar())
    return true;
  auto outsideOrIndex = [&](Value operand) {
    return operand == filterBlocks.getInductionVar() ||
           filterBlocks.isDefinedOutsideOfLoop(operand);
  };
  if (auto add = index.getDefiningOp<arith::AddIOp>())
    return llvm::is_contained(add->getOperands(),
                              filterBlocks.getInductionVar()) &&
           llvm::all_of(add->getOperands(), outsideOrIndex);
  auto apply = index.getDefiningOp<affine::AffineApplyOp>();
  if (!apply || apply.getAffineMap().getNumResults() != 1 ||
      !llvm::is_contained(apply.getOperands(), filterBlocks.getInductionVar()))
    return false;
  auto sum = dyn_cast<AffineBinaryOpExpr>(apply.getAffineMap().getResult(0));
  return sum && sum.getKind() == AffineExprKind::Add &&
         isa<AffineDimExpr, AffineSymbolExpr>(sum.getLHS()) &&
         isa<AffineDimExpr, AffineSymbolExpr>(sum.getRHS()) &&
         llvm::all_of(apply.getOperands(), outsideOrIndex);
}

/// A read of one row of a tap's packed weights in a K step:
/// weights[tap, filterBlock, channelBlock, step, 0:B], with the filter block
/// the thread loop's first index (its second, the tap its first, in a batch
/// of points), or in a thread loop over bands or parts the index of
/// `filterBlocks` (the tap then any value from outside it), and the row the
/// K loop's index, multiplied in a vector.contract (not a plane reduced
/// into lanes, which reads a blocked activation the same way).
bool readsPackedTapRow(vector::TransferReadOp read, scf::ParallelOp threads,
                       scf::ForOp filterBlocks, scf::ForOp steps) {
  auto type = dyn_cast<MemRefType>(read.getShapedType());
  if (!type || type.getRank() != 5 || !type.hasStaticShape() ||
      !type.getLayout().isIdentity() || !type.getElementType().isF32() ||
      read.getVectorType().getRank() != 1 ||
      read.getVectorType().getNumElements() != type.getShape().back())
    return false;
  ValueRange indices = read.getIndices();
  if (filterBlocks)
    return filterBlocks.isDefinedOutsideOfLoop(indices[0]) &&
           isFilterBlockIndex(indices[1], filterBlocks) &&
           indices[3] == steps.getInductionVar() &&
           isZeroInteger(getAsOpFoldResult(indices[4])) &&
           feedsContraction(read.getResult());
  // A batch of products (the points of a Winograd contraction) has the
  // tap index, the point, as the thread loop's first index.
  bool pointsFirst = isPointsBatch(threads);
  SmallVector<Value> ivs = threads.getInductionVars();
  return (pointsFirst ? indices[0] == ivs[0]
                      : getConstantIntValue(indices[0]).has_value()) &&
         indices[1] == ivs[pointsFirst ? 1 : 0] &&
         indices[3] == steps.getInductionVar() &&
         isZeroInteger(getAsOpFoldResult(indices[4])) &&
         feedsContraction(read.getResult());
}

/// Where the row tiles of a K loop come from, and which block of packed
/// weights comes next.
struct RowTiles {
  /// The position index and the row tile of it (`tile` of symbol 0).
  Value position;
  AffineExpr tile;
  int64_t count = 0;
  /// The K loop runs over one channel block (a loop over the channel
  /// blocks around the row tiles: the next block is the next channel
  /// block), not all of them (the next block is the next filter block).
  bool perChannelBlock = false;
};

/// The row tiles of `steps`: the last index of a thread loop over
/// ([points,] filter blocks, positions in steps of a row tile), or a loop over
/// row tiles (step 1) around `steps` in a thread loop over filter blocks only
/// (ov-tile-and-vectorize's thread tiles of a whole plane, whose K blocks
/// of a channel block are outside the row tiles).
std::optional<RowTiles> rowTilesOf(scf::ParallelOp threads, scf::ForOp steps) {
  MLIRContext *context = steps.getContext();
  AffineExpr s0 = getAffineSymbolExpr(0, context);
  if (threads.getNumLoops() == 2 || isPointsBatch(threads)) {
    unsigned loop = threads.getNumLoops() - 1;
    std::optional<int64_t> positions =
        getConstantIntValue(threads.getUpperBound()[loop]);
    std::optional<int64_t> rowStep =
        getConstantIntValue(threads.getStep()[loop]);
    if (!positions || !rowStep || *positions % *rowStep != 0 ||
        !isZeroInteger(threads.getLowerBound()[loop]))
      return std::nullopt;
    return RowTiles{threads.getInductionVars()[loop], s0.floorDiv(*rowStep),
                    *positions / *rowStep, /*perChannelBlock=*/false};
  }
  auto rows = dyn_cast<scf::ForOp>(steps->getParentOp());
  if (threads.getNumLoops() != 1 || !rows)
    return std::nullopt;
  std::optional<int64_t> count = getConstantIntValue(rows.getUpperBound());
  if (!count || !isZeroInteger(getAsOpFoldResult(rows.getLowerBound())) ||
      !isOneInteger(getAsOpFoldResult(rows.getStep())))
    return std::nullopt;
  return RowTiles{rows.getInductionVar(), s0, *count, /*perChannelBlock=*/true};
}

/// In a thread loop over bands or parts (RowBands.h), whose ops are tiled
/// for registers only: the row tiles of `steps`, a loop over positions in
/// steps of a row tile (from 0, to a multiple of the step) directly in a
/// loop over filter blocks (from 0, step 1; set in `filterBlocks`), around
/// `steps` or the loops over channel blocks around it.
std::optional<RowTiles> bandRowTilesOf(scf::ForOp steps,
                                       scf::ForOp &filterBlocks) {
  for (Operation *op = steps->getParentOp(); op; op = op->getParentOp()) {
    auto loop = dyn_cast<scf::ForOp>(op);
    auto outer = loop ? dyn_cast<scf::ForOp>(loop->getParentOp()) : nullptr;
    if (!loop)
      return std::nullopt;
    if (!outer)
      continue;
    std::optional<int64_t> positions =
        getConstantIntValue(loop.getUpperBound());
    std::optional<int64_t> rowStep = getConstantIntValue(loop.getStep());
    if (!positions || !rowStep || *rowStep < 2 || *positions % *rowStep != 0 ||
        !isZeroInteger(getAsOpFoldResult(loop.getLowerBound())) ||
        !isZeroInteger(getAsOpFoldResult(outer.getLowerBound())) ||
        !isOneInteger(getAsOpFoldResult(outer.getStep())))
      continue;
    filterBlocks = outer;
    MLIRContext *context = steps.getContext();
    return RowTiles{loop.getInductionVar(),
                    getAffineSymbolExpr(0, context).floorDiv(*rowStep),
                    *positions / *rowStep, /*perChannelBlock=*/false};
  }
  return std::nullopt;
}

/// Adds the prefetches to K loop `steps` when its body reads rows of one
/// packed filter (the terms of a blocked convolution) in row tiles of
/// positions (rowTilesOf). The next block is the next filter block's same
/// channel block or, when the K loop covers one channel block, the next
/// channel block (after the last, the next filter block's first). With
/// several taps, row tile r prefetches at each K step the rows of taps
/// r, r + R, ... of the next block; with one (a 1x1 convolution), it
/// prefetches before the K loop its R-th share of the next block's rows.
void prefetchIn(RewriterBase &rewriter, scf::ForOp steps) {
  auto threads = steps->getParentOfType<scf::ParallelOp>();
  if (!threads)
    return;
  scf::ForOp filterBlockLoop;
  std::optional<RowTiles> rowTiles =
      ov::codegen::isInRowBands(steps) ? bandRowTilesOf(steps, filterBlockLoop)
                                       : rowTilesOf(threads, steps);
  if (!rowTiles || rowTiles->count < 2)
    return;
  vector::TransferReadOp first;
  int terms = 0;
  for (auto read : steps.getBody()->getOps<vector::TransferReadOp>()) {
    if (!readsPackedTapRow(read, threads, filterBlockLoop, steps) ||
        (first && read.getBase() != first.getBase()))
      continue;
    first = first ? first : read;
    ++terms;
  }
  if (terms == 0)
    return;
  auto type = cast<MemRefType>(first.getShapedType());
  int64_t taps = type.getDimSize(0), filterBlocks = type.getDimSize(1);
  int64_t channelBlocks = type.getDimSize(2);
  // The channel block's index is set outside the K loop when the loop
  // covers one channel block (and when a 1x1 convolution's is).
  Value channelBlock = first.getIndices()[2];
  bool oneChannelBlock = steps.isDefinedOutsideOfLoop(channelBlock);
  // (A batch of points has one term, its tap the point.)
  bool pointsFirst = !filterBlockLoop && isPointsBatch(threads);
  // (In a band's loops, the tap is set outside the filter blocks: one tap,
  // a part's weights.)
  if (terms == 1
          ? (taps != 1 && !pointsFirst && !filterBlockLoop) || !oneChannelBlock
          : pointsFirst)
    return;
  // Row tiles inside a channel block's K block: the channel block is set
  // outside them (not by the loop taken for them: a K loop over channel
  // blocks around the channels' loop, as on a 1x1 plane).
  if (rowTiles->perChannelBlock &&
      !steps->getParentOfType<scf::ForOp>().isDefinedOutsideOfLoop(
          channelBlock))
    return;
  MLIRContext *context = rewriter.getContext();
  Location loc = first.getLoc();
  // Indices that do not change with the step before the K loop, the
  // prefetches in it.
  rewriter.setInsertionPoint(steps);
  AffineExpr s0 = getAffineSymbolExpr(0, context);
  auto minimum = [&](AffineExpr expr, int64_t bound, ValueRange operands) {
    OpFoldResult folded = affine::makeComposedFoldedAffineMin(
        rewriter, loc,
        AffineMap::get(0, operands.size(),
                       {expr, getAffineConstantExpr(bound, context)}, context),
        getAsOpFoldResult(operands));
    return getValueOrCreateConstantIndexOp(rewriter, loc, folded);
  };
  // The next block (the last one prefetches itself again).
  Value filterBlock =
      pointsFirst ? threads.getInductionVars()[1] : first.getIndices()[1];
  Value nextFilterBlock, nextChannelBlock;
  Value tap = first.getIndices()[0];
  if (pointsFirst) {
    // Points and filter blocks are adjacent dimensions: the next filter
    // block after the last is the next point's first.
    AffineExpr s1 = getAffineSymbolExpr(1, context);
    Value next = minimum(s0 * filterBlocks + s1 + 1, taps * filterBlocks - 1,
                         {tap, filterBlock});
    tap = affine::AffineApplyOp::create(
        rewriter, loc, AffineMap::get(0, 1, s0.floorDiv(filterBlocks)), next);
    nextFilterBlock = affine::AffineApplyOp::create(
        rewriter, loc, AffineMap::get(0, 1, s0 % filterBlocks), next);
    nextChannelBlock = channelBlock;
  } else if (rowTiles->perChannelBlock) {
    // Filter and channel blocks are adjacent dimensions: the next channel
    // block after the last is the next filter block's first.
    AffineExpr s1 = getAffineSymbolExpr(1, context);
    Value next =
        minimum(s0 * channelBlocks + s1 + 1, filterBlocks * channelBlocks - 1,
                {filterBlock, channelBlock});
    nextFilterBlock = affine::AffineApplyOp::create(
        rewriter, loc, AffineMap::get(0, 1, s0.floorDiv(channelBlocks)), next);
    nextChannelBlock = affine::AffineApplyOp::create(
        rewriter, loc, AffineMap::get(0, 1, s0 % channelBlocks), next);
  } else {
    nextFilterBlock = minimum(s0 + 1, filterBlocks - 1, filterBlock);
    nextChannelBlock = channelBlock;
  }
  Value position = rowTiles->position;
  AffineExpr rowTile = rowTiles->tile;
  SmallVector<Value> columns = ov::codegen::lineStarts(rewriter, loc, type);
  if (terms == 1) {
    // Rows [r * share, (r + 1) * share) of the block (past the last row:
    // the last).
    int64_t rows = type.getDimSize(3);
    int64_t share = llvm::divideCeil(rows, rowTiles->count);
    for (int64_t row = 0; row < share; ++row) {
      Value index = minimum(rowTile * share + row, rows - 1, position);
      ov::codegen::prefetchRow(rewriter, loc, first.getBase(),
                               {tap, nextFilterBlock, nextChannelBlock, index},
                               columns);
    }
    return;
  }
  SmallVector<Value> tapIndices;
  for (int64_t share = 0; share * rowTiles->count < taps; ++share)
    // Tap r + share * R (row tiles past the last tap take the last).
    tapIndices.push_back(
        minimum(rowTile + share * rowTiles->count, taps - 1, position));
  rewriter.setInsertionPoint(first);
  for (Value tapIndex : tapIndices)
    ov::codegen::prefetchRow(
        rewriter, loc, first.getBase(),
        {tapIndex, nextFilterBlock, nextChannelBlock, first.getIndices()[3]},
        columns);
}

struct PrefetchNextFilterBlockPass
    : ov::impl::PrefetchNextFilterBlockBase<PrefetchNextFilterBlockPass> {
  void runOnOperation() override {
    SmallVector<scf::ForOp> loops;
    getOperation().walk([&](scf::ForOp loop) { loops.push_back(loop); });
    IRRewriter rewriter(&getContext());
    for (scf::ForOp loop : loops)
      prefetchIn(rewriter, loop);
  }
};

} // namespace
