//===- PrefetchNextTileStart.cpp - The next register tile's initial rows --===//
//
// A register tile whose accumulators start from values read from memory
// (a residual sum's shortcut joined as its initializer, RegisterTileFusion)
// reads those rows right before its K loop, whose first products wait for
// them. The shortcut was written layers before and has left the L2 cache
// (FCN-ResNet-50's layer4: 6.4 MB): its 1x1 expansions with a shortcut ran
// at 214-218 GFLOP/s against 255 for the same layer without one. Here each
// register tile prefetches the rows the next one will start from, before
// its own K loop: a whole K loop (about a microsecond) to bring them in.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Conversion/Passes.h"

#include "PrefetchNextBlock.h"
#include "RegisterTileFusion.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

namespace mlir::ov {
#define GEN_PASS_DEF_PREFETCHNEXTTILESTART
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;

namespace {

using ov::codegen::bytesOf;
using ov::codegen::kCacheLineBytes;
using ov::codegen::kLocalityAllLevels;

/// Reads of rows (1-D) or of a few rows (2-D: a register tile's) are
/// prefetched.
constexpr int64_t kMaxPrefetchedRank = 2;

/// Buffers of fewer bytes are not prefetched: the smallest shortcuts
/// measured to gain (FCN-ResNet-50's layer4, 6.4 MB: -1.5% for the model,
/// 8 rounds). With 1 MB (the L2 of one core of the EPYC), MobileNetV2 and
/// EfficientNet-B0 (shortcuts of 100-300 KB) ran +0.7% and +1.0%,
/// ResNet-50 (1.6 and 3.2 MB) +0.3% to +1.9% in four A/Bs; FCN's layer3
/// (3.2 MB) gained 0.4 ms per layer.
constexpr int64_t kMinPrefetchedBytes = 4 << 20;

/// The first loop in `tiles`' body whose products are a register tile's
/// (a vector.contract inside it): the K loop.
scf::ForOp kLoopOf(scf::ForOp tiles) {
  for (Operation &op : *tiles.getBody())
    if (auto loop = dyn_cast<scf::ForOp>(op))
      if (loop->walk(
                  [](vector::ContractionOp) { return WalkResult::interrupt(); })
              .wasInterrupted())
        return loop;
  return {};
}

/// Whether some op in `tiles` writes the buffer that `base` is a view of
/// (the accumulators of a K block after the first, already in cache).
bool writtenIn(scf::ForOp tiles, Value base) {
  Value root = ov::codegen::rootBuffer(base);
  return tiles
      ->walk([&](Operation *op) {
        Value written;
        if (auto write = dyn_cast<vector::TransferWriteOp>(op))
          written = write.getBase();
        else if (auto store = dyn_cast<memref::StoreOp>(op))
          written = store.getMemRef();
        else if (auto store = dyn_cast<vector::MaskedStoreOp>(op))
          written = store.getBase();
        return written && ov::codegen::rootBuffer(written) == root
                   ? WalkResult::interrupt()
                   : WalkResult::advance();
      })
      .wasInterrupted();
}

/// `value` as the next tile computes it: the loop's induction variable
/// replaced by `next` in the pure ops of its body that `value` comes from;
/// null when it comes from other ops.
Value forNextTile(OpBuilder &builder, scf::ForOp tiles, Value value,
                  IRMapping &mapping) {
  if (Value mapped = mapping.lookupOrNull(value))
    return mapped;
  if (tiles.isDefinedOutsideOfLoop(value))
    return value;
  Operation *op = value.getDefiningOp();
  if (!op || op->getNumRegions() != 0 || op->getNumResults() != 1 ||
      !isMemoryEffectFree(op))
    return {};
  for (Value operand : op->getOperands())
    if (!forNextTile(builder, tiles, operand, mapping))
      return {};
  return builder.clone(*op, mapping)->getResult(0);
}

/// Whether `value` depends on the induction variable of `tiles`.
bool dependsOnTile(scf::ForOp tiles, Value value) {
  if (value == tiles.getInductionVar())
    return true;
  Operation *op = value.getDefiningOp();
  return op && tiles->isProperAncestor(op) &&
         llvm::any_of(op->getOperands(), [&](Value operand) {
           return dependsOnTile(tiles, operand);
         });
}

/// Prefetches, before the K loop of the register tiles of `tiles`, each
/// cache line that the next tile's reads before its K loop will read: of
/// buffers the tiles do not write, at rows that depend on the tile.
void prefetchNextTileStart(scf::ForOp tiles) {
  std::optional<int64_t> lower = getConstantIntValue(tiles.getLowerBound());
  std::optional<int64_t> upper = getConstantIntValue(tiles.getUpperBound());
  std::optional<int64_t> step = getConstantIntValue(tiles.getStep());
  scf::ForOp kLoop = kLoopOf(tiles);
  if (!lower || !upper || !step || *upper - *lower <= *step || !kLoop)
    return;
  SmallVector<vector::TransferReadOp> reads;
  for (Operation &op : *tiles.getBody()) {
    if (&op == kLoop.getOperation())
      break;
    auto read = dyn_cast<vector::TransferReadOp>(op);
    if (!read || !isa<MemRefType>(read.getShapedType()) ||
        read.getVectorType().getRank() > kMaxPrefetchedRank ||
        bytesOf(cast<MemRefType>(read.getShapedType())) < kMinPrefetchedBytes ||
        !read.getPermutationMap().isMinorIdentity() ||
        !tiles.isDefinedOutsideOfLoop(read.getBase()) ||
        !llvm::any_of(
            read.getIndices(),
            [&](Value index) { return dependsOnTile(tiles, index); }) ||
        writtenIn(tiles, read.getBase()))
      continue;
    reads.push_back(read);
  }
  if (reads.empty())
    return;
  OpBuilder builder(kLoop);
  Location loc = tiles.getLoc();
  // The next tile's induction variable; the last tile prefetches its own
  // rows again (in bounds, already in cache).
  int64_t last = *lower + (*upper - *lower - 1) / *step * *step;
  AffineExpr iv = builder.getAffineDimExpr(0);
  Value next = affine::AffineMinOp::create(
      builder, loc,
      AffineMap::get(1, 0, {iv + *step, builder.getAffineConstantExpr(last)},
                     builder.getContext()),
      ValueRange{tiles.getInductionVar()});
  for (vector::TransferReadOp read : reads) {
    IRMapping mapping;
    mapping.map(tiles.getInductionVar(), next);
    SmallVector<Value> indices;
    for (Value index : read.getIndices())
      indices.push_back(forNextTile(builder, tiles, index, mapping));
    if (llvm::is_contained(indices, Value()))
      continue;
    // One prefetch per cache line of each row of the vector: the vector's
    // dimensions are the buffer's last ones (minor identity), a row the
    // innermost.
    auto type = cast<MemRefType>(read.getShapedType());
    ArrayRef<int64_t> shape = read.getVectorType().getShape();
    int64_t perLine = std::max<int64_t>(
        kCacheLineBytes / (type.getElementTypeBitWidth() / 8), 1);
    int64_t rows = shape.size() == 2 ? shape[0] : 1;
    int64_t lines = llvm::divideCeil(shape.back(), perLine);
    auto shifted = [&](Value index, int64_t by) {
      return by == 0 ? index
                     : Value(arith::AddIOp::create(
                           builder, loc, index,
                           arith::ConstantIndexOp::create(builder, loc, by)));
    };
    for (int64_t row = 0; row < rows; ++row)
      for (int64_t line = 0; line < lines; ++line) {
        SmallVector<Value> at(indices);
        if (shape.size() == 2)
          at[at.size() - 2] = shifted(at[at.size() - 2], row);
        at.back() = shifted(at.back(), line * perLine);
        memref::PrefetchOp::create(builder, loc, read.getBase(), at,
                                   /*isWrite=*/false, kLocalityAllLevels,
                                   /*isDataCache=*/true);
      }
  }
}

struct PrefetchNextTileStartPass
    : ov::impl::PrefetchNextTileStartBase<PrefetchNextTileStartPass> {
  void runOnOperation() override {
    SmallVector<scf::ForOp> loops;
    getOperation().walk([&](scf::ForOp loop) { loops.push_back(loop); });
    for (scf::ForOp loop : loops)
      prefetchNextTileStart(loop);
  }
};

} // namespace
