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
//===----------------------------------------------------------------------===//

#include "ovmlir/Conversion/Passes.h"

#include "PrefetchNextBlock.h"

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

using ov::codegen::kCacheLineBytes;
using ov::codegen::kLocalityAllLevels;

/// A read of one row of a tap's packed weights in a K step:
/// weights[tap, filterBlock, channelBlock, step, 0:B], with the filter block
/// the thread loop's first index and the row the K loop's index.
bool readsPackedTapRow(vector::TransferReadOp read, scf::ParallelOp threads,
                       scf::ForOp steps) {
  auto type = dyn_cast<MemRefType>(read.getShapedType());
  if (!type || type.getRank() != 5 || !type.hasStaticShape() ||
      !type.getLayout().isIdentity() || !type.getElementType().isF32() ||
      read.getVectorType().getRank() != 1 ||
      read.getVectorType().getNumElements() != type.getShape().back())
    return false;
  ValueRange indices = read.getIndices();
  return getConstantIntValue(indices[0]) &&
         indices[1] == threads.getInductionVars()[0] &&
         indices[3] == steps.getInductionVar() &&
         isZeroInteger(getAsOpFoldResult(indices[4]));
}

/// Prefetches the row of `weights` at `rowIndices`, one prefetch per cache
/// line (`columns` are the lines' first elements).
void prefetchLines(RewriterBase &rewriter, Location loc, Value weights,
                   ArrayRef<Value> rowIndices, ArrayRef<Value> columns) {
  for (Value column : columns) {
    SmallVector<Value> indices(rowIndices);
    indices.push_back(column);
    memref::PrefetchOp::create(rewriter, loc, weights, indices,
                               /*isWrite=*/false, kLocalityAllLevels,
                               /*isDataCache=*/true);
  }
}

/// Adds the prefetches to K loop `steps` when its body reads rows of one
/// packed filter (the terms of a blocked convolution) in a thread loop over
/// (filter blocks, row tiles of positions). With several taps, row tile r
/// prefetches at each K step the rows of taps r, r + R, ... of the next
/// filter block; with one (a 1x1 convolution), it prefetches before each
/// channel block's K loop its R-th share of that channel block's rows.
void prefetchIn(RewriterBase &rewriter, scf::ForOp steps) {
  auto threads = steps->getParentOfType<scf::ParallelOp>();
  if (!threads || threads.getNumLoops() != 2)
    return;
  std::optional<int64_t> positions =
      getConstantIntValue(threads.getUpperBound()[1]);
  std::optional<int64_t> rowStep = getConstantIntValue(threads.getStep()[1]);
  if (!positions || !rowStep || *positions % *rowStep != 0 ||
      !isZeroInteger(threads.getLowerBound()[1]))
    return;
  int64_t rowTiles = *positions / *rowStep;
  vector::TransferReadOp first;
  int terms = 0;
  for (auto read : steps.getBody()->getOps<vector::TransferReadOp>()) {
    if (!readsPackedTapRow(read, threads, steps) ||
        (first && read.getBase() != first.getBase()))
      continue;
    first = first ? first : read;
    ++terms;
  }
  if (terms == 0 || rowTiles < 2)
    return;
  auto type = cast<MemRefType>(first.getShapedType());
  int64_t taps = type.getDimSize(0), filterBlocks = type.getDimSize(1);
  // One tap: the channel block's index is set outside the K loop.
  Value channelBlock = first.getIndices()[2];
  if (terms == 1 && (taps != 1 || !steps.isDefinedOutsideOfLoop(channelBlock)))
    return;
  int64_t elementBytes = type.getElementTypeBitWidth() / 8;
  int64_t rowLines =
      llvm::divideCeil(type.getDimSize(4) * elementBytes, kCacheLineBytes);
  MLIRContext *context = rewriter.getContext();
  Location loc = first.getLoc();
  // Indices that do not change with the step before the K loop, the
  // prefetches in it.
  rewriter.setInsertionPoint(steps);
  AffineExpr s0 = getAffineSymbolExpr(0, context);
  auto minimum = [&](AffineExpr expr, int64_t bound, Value operand) {
    OpFoldResult folded = affine::makeComposedFoldedAffineMin(
        rewriter, loc,
        AffineMap::get(0, 1, {expr, getAffineConstantExpr(bound, context)},
                       context),
        {OpFoldResult(operand)});
    return getValueOrCreateConstantIndexOp(rewriter, loc, folded);
  };
  // The next filter block (the last one prefetches itself again).
  Value nextBlock =
      minimum(s0 + 1, filterBlocks - 1, threads.getInductionVars()[0]);
  // The row tile r of the thread loop's second index.
  Value position = threads.getInductionVars()[1];
  AffineExpr rowTile = s0.floorDiv(*rowStep);
  SmallVector<Value> columns;
  for (int64_t line = 0; line < rowLines; ++line)
    columns.push_back(arith::ConstantIndexOp::create(
        rewriter, loc, line * kCacheLineBytes / elementBytes));
  if (terms == 1) {
    // Rows [r * share, (r + 1) * share) of the channel block (past the
    // last row: the last).
    int64_t rows = type.getDimSize(3);
    int64_t share = llvm::divideCeil(rows, rowTiles);
    for (int64_t row = 0; row < share; ++row) {
      Value index = minimum(rowTile * share + row, rows - 1, position);
      prefetchLines(rewriter, loc, first.getBase(),
                    {first.getIndices()[0], nextBlock, channelBlock, index},
                    columns);
    }
    return;
  }
  SmallVector<Value> tapIndices;
  for (int64_t share = 0; share * rowTiles < taps; ++share)
    // Tap r + share * R (row tiles past the last tap take the last).
    tapIndices.push_back(
        minimum(rowTile + share * rowTiles, taps - 1, position));
  rewriter.setInsertionPoint(first);
  for (Value tapIndex : tapIndices)
    prefetchLines(
        rewriter, loc, first.getBase(),
        {tapIndex, nextBlock, first.getIndices()[2], first.getIndices()[3]},
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
