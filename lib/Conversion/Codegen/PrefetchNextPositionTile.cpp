//===- PrefetchNextPositionTile.cpp - The next thread tile's input rows ---===//
//
// A blocked 1x1 convolution split between the threads by positions
// (EfficientNet-B0's 14x14 projections: thread tiles of 14 positions, K
// blocks of 8 channel blocks) reads, in the first register tile of each K
// block, the 14 positions of 8 channel blocks: 28 cache lines per channel
// block, 25 KB apart, too short a stream for the hardware prefetchers. The
// input was written by the layer before, on 2 threads half of it by the
// other core, and those reads wait for each line in turn: the projections
// took 104-108 us on 2 far threads against 80 when run again at once (the
// lines then in place), and 173 against 153 us on 1 thread (from L3).
// Here the first register tile of each K block prefetches, per channel
// block, the lines the next thread tile will read of that channel block
// (inside a loop over filter blocks, each filter iteration its share of
// the rows): a whole thread tile (a few microseconds) to bring them in.
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

namespace mlir::ov {
#define GEN_PASS_DEF_PREFETCHNEXTPOSITIONTILE
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;

namespace {

/// Planes of more positions are left alone: on EfficientNet-B0's 28x28
/// and 56x56 planes (thread tiles of a row, 56 positions) the prefetches
/// gained nothing on 2 far threads.
constexpr int64_t kMaxPositions = 14 * 14;

/// A thread loop over positions: one loop from 0 in constant steps to a
/// constant bound of more than one step and at most kMaxPositions.
struct PositionTiles {
  Value position;
  int64_t step, positions;
};

std::optional<PositionTiles> positionTilesOf(scf::ParallelOp threads) {
  if (threads.getNumLoops() != 1 ||
      !isZeroInteger(getAsOpFoldResult(threads.getLowerBound()[0])))
    return std::nullopt;
  std::optional<int64_t> step = getConstantIntValue(threads.getStep()[0]);
  std::optional<int64_t> upper =
      getConstantIntValue(threads.getUpperBound()[0]);
  if (!step || !upper || *upper <= *step || *upper > kMaxPositions)
    return std::nullopt;
  return PositionTiles{threads.getInductionVars()[0], *step, *upper};
}

/// The value that `index`, the channel block of a read in the channels'
/// loop inside `blocks`, adds to the index of `blocks` (the K block's first
/// channel block: an affine.apply or arith.addi of both), a null value when
/// `index` is that index itself; failure when it is neither.
FailureOr<Value> kBlockOf(scf::ForOp blocks, Value index) {
  if (index == blocks.getInductionVar())
    return Value();
  Operation *sum = index.getDefiningOp();
  if (!isa_and_nonnull<affine::AffineApplyOp, arith::AddIOp>(sum) ||
      sum->getNumOperands() != 2 ||
      !llvm::is_contained(sum->getOperands(), blocks.getInductionVar()))
    return failure();
  Value other = sum->getOperand(0) == blocks.getInductionVar()
                    ? sum->getOperand(1)
                    : sum->getOperand(0);
  if (!blocks.isDefinedOutsideOfLoop(other))
    return failure();
  return other;
}

/// The read of `channels`' body of one channel of a register tile's
/// positions (a vector [rows, 1], or [1]) from its first:
/// input[0, channel block, position, channel] of a static [1, C / B, P, B]
/// buffer of identity layout, the channel block the index of `blocks`
/// (around `channels`) or a K block's, the position the thread tile's
/// first, the channel the index of `channels`.
vector::TransferReadOp firstRowRead(scf::ForOp blocks, scf::ForOp channels,
                                    const PositionTiles &tiles) {
  for (auto read : channels.getBody()->getOps<vector::TransferReadOp>()) {
    auto type = dyn_cast<MemRefType>(read.getShapedType());
    if (!type || type.getRank() != 4 || !type.hasStaticShape() ||
        !type.getLayout().isIdentity() ||
        type.getDimSize(2) != tiles.positions ||
        read.getVectorType().getShape().back() != 1)
      continue;
    ValueRange indices = read.getIndices();
    if (isZeroInteger(getAsOpFoldResult(indices[0])) &&
        succeeded(kBlockOf(blocks, indices[1])) &&
        indices[2] == tiles.position &&
        indices[3] == channels.getInductionVar())
      return read;
  }
  return {};
}

/// The rows of the next thread tile that one iteration of the loop around
/// `blocks` prefetches: with a loop over filter blocks around it (constant
/// bounds, several iterations), iteration f takes rows f * share to
/// (f + 1) * share - 1 (past the tile's last row: the last); else all.
struct RowShare {
  AffineExpr first;
  SmallVector<Value> operands;
  int64_t share;
};

RowShare rowShareOf(scf::ForOp blocks, const PositionTiles &tiles) {
  MLIRContext *context = blocks.getContext();
  auto filters = dyn_cast<scf::ForOp>(blocks->getParentOp());
  std::optional<int64_t> lower, upper, step;
  if (filters) {
    lower = getConstantIntValue(filters.getLowerBound());
    upper = getConstantIntValue(filters.getUpperBound());
    step = getConstantIntValue(filters.getStep());
  }
  if (!lower || !upper || !step || *upper - *lower <= *step)
    return {getAffineConstantExpr(0, context), {}, tiles.step};
  int64_t trips = llvm::divideCeil(*upper - *lower, *step);
  int64_t share = llvm::divideCeil(tiles.step, trips);
  AffineExpr filter =
      (getAffineSymbolExpr(0, context) - *lower).floorDiv(*step);
  return {filter * share, {filters.getInductionVar()}, share};
}

/// Prefetches, at the start of each iteration of `blocks` (a K loop over
/// channel blocks around the channels' loop that `read` is in), its share
/// of the rows of that channel block that the next thread tile reads; the
/// last tile's next rows are clamped to the last position.
void prefetchNextTile(scf::ForOp blocks, vector::TransferReadOp read,
                      const PositionTiles &tiles) {
  RowShare rows = rowShareOf(blocks, tiles);
  OpBuilder b = OpBuilder::atBlockBegin(blocks.getBody());
  Location loc = read.getLoc();
  MLIRContext *context = b.getContext();
  Value zero = arith::ConstantIndexOp::create(b, loc, 0);
  // (The channel block's index, computed again before the channels' loop.)
  Value channelBlock = read.getIndices()[1];
  if (Operation *sum = channelBlock.getDefiningOp())
    channelBlock = b.clone(*sum)->getResult(0);
  SmallVector<Value> columns =
      ov::codegen::lineStarts(b, loc, cast<MemRefType>(read.getShapedType()));
  // Row r of the share: position p + S + min(first + r, S - 1), at most
  // P - 1 (symbol 0 p, the share's operands after it).
  SmallVector<Value> operands{tiles.position};
  llvm::append_range(operands, rows.operands);
  AffineExpr p = getAffineSymbolExpr(0, context);
  AffineExpr first = rows.first.shiftSymbols(rows.operands.size(), 1);
  for (int64_t row = 0; row < rows.share; ++row) {
    AffineMap map =
        AffineMap::get(0, operands.size(),
                       {p + tiles.step + first + row, p + 2 * tiles.step - 1,
                        getAffineConstantExpr(tiles.positions - 1, context)},
                       context);
    Value position = affine::AffineMinOp::create(b, loc, map, operands);
    ov::codegen::prefetchRow(b, loc, read.getBase(),
                             {zero, channelBlock, position}, columns);
  }
}

/// The first register tile of each K block in `threads`: the first loop
/// over channel blocks whose channels' loop reads the input so, for each
/// K block (the value added to the channel block's index).
void prefetchIn(scf::ParallelOp threads) {
  std::optional<PositionTiles> tiles = positionTilesOf(threads);
  if (!tiles)
    return;
  llvm::SmallPtrSet<void *, 4> kBlocksDone;
  threads->walk<WalkOrder::PreOrder>([&](scf::ForOp blocks) {
    for (auto channels : blocks.getBody()->getOps<scf::ForOp>()) {
      vector::TransferReadOp read = firstRowRead(blocks, channels, *tiles);
      if (!read)
        continue;
      Value kBlock = *kBlockOf(blocks, read.getIndices()[1]);
      if (kBlocksDone.insert(kBlock.getAsOpaquePointer()).second)
        prefetchNextTile(blocks, read, *tiles);
      return;
    }
  });
}

struct PrefetchNextPositionTilePass
    : ov::impl::PrefetchNextPositionTileBase<PrefetchNextPositionTilePass> {
  void runOnOperation() override {
    SmallVector<scf::ParallelOp> loops;
    getOperation().walk([&](scf::ParallelOp loop) { loops.push_back(loop); });
    for (scf::ParallelOp loop : loops)
      prefetchIn(loop);
  }
};

} // namespace
