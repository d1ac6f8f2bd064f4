//===- PrefetchNextBlock.cpp - Prefetch a contraction's next K block ------===//

#include "PrefetchNextBlock.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Transforms/LoopInvariantCodeMotionUtils.h"

namespace mlir::ov::codegen {
namespace {

/// On the row-tile loop: unit. On the K loop: [rows per tile, row tiles,
/// K block].
constexpr StringLiteral kRowTilesMarker = "ov.prefetch_row_tiles";
constexpr StringLiteral kKStepsMarker = "ov.prefetch_next_block";

/// The read in `loop`'s body of whole rows of a static buffer of identity
/// layout (a vector of its innermost dimension, in bounds and unmasked),
/// whose row index (the dimension before the innermost) changes with the K
/// step and whose other indices do not; null unless there is exactly one.
/// Consecutive rows are then consecutive in memory.
vector::TransferReadOp rowsReadPerStep(scf::ForOp loop) {
  vector::TransferReadOp found;
  for (auto read : loop.getBody()->getOps<vector::TransferReadOp>()) {
    auto type = dyn_cast<MemRefType>(read.getShapedType());
    if (!type || !type.hasStaticShape() || !type.getLayout().isIdentity() ||
        type.getRank() < 2 || read.getVectorType().getRank() != 1 ||
        read.getVectorType().getNumElements() != type.getShape().back() ||
        read.getMask() || !read.getPermutationMap().isMinorIdentity() ||
        !read.getInBoundsValues().front())
      continue;
    unsigned kDim = type.getRank() - 2;
    if (!llvm::all_of(llvm::enumerate(read.getIndices()), [&](auto index) {
          return loop.isDefinedOutsideOfLoop(index.value()) !=
                 (index.index() == kDim);
        }))
      continue;
    if (found)
      return {};
    found = read;
  }
  return found;
}

/// The marked row-tile loop around `loop`, or null (a single row tile's
/// loop is folded away).
scf::ForOp rowTilesAround(scf::ForOp loop) {
  for (auto parent = loop->getParentOfType<scf::ForOp>(); parent;
       parent = parent->getParentOfType<scf::ForOp>())
    if (parent->hasAttr(kRowTilesMarker))
      return parent;
  return {};
}

/// The cache lines of the rows the next K block reads (which follow the
/// current block's in memory; after a panel's last block, the next panel's
/// first, which the next thread tile reads) are split evenly among the row
/// tiles: row tile t prefetches lines t * linesPerTile + i, line i at K
/// step i * stepsPerLine. Everything but the step's line is computed
/// before the K loop: in it, FMAs and scalar arithmetic share ports.
void prefetchIn(RewriterBase &rewriter, scf::ForOp loop,
                ArrayRef<int64_t> marks) {
  int64_t rowsPerTile = marks[0], rowTileCount = marks[1], blockK = marks[2];
  vector::TransferReadOp read = rowsReadPerStep(loop);
  if (!read)
    return;
  auto type = cast<MemRefType>(read.getShapedType());
  int64_t elementBytes = type.getElementTypeBitWidth() / 8;
  if (elementBytes == 0 || kCacheLineBytes % elementBytes != 0)
    return;
  int64_t lineElements = kCacheLineBytes / elementBytes;
  int64_t rowLines =
      llvm::divideCeil(type.getShape().back() * elementBytes, kCacheLineBytes);
  int64_t linesPerTile =
      llvm::divideCeil(blockK * rowLines, std::max<int64_t>(rowTileCount, 1));
  int64_t stepsPerLine = std::max<int64_t>(blockK / linesPerTile, 1);
  int64_t elements = type.getNumElements();
  if (elements < linesPerTile * lineElements)
    return;

  MLIRContext *context = rewriter.getContext();
  Location loc = read.getLoc();
  rewriter.setInsertionPoint(loop);
  Value flat = memref::CollapseShapeOp::create(
      rewriter, loc, read.getBase(),
      {llvm::to_vector(llvm::seq<int64_t>(type.getRank()))});
  // The first element of this tile's share of the next block: the read's
  // row at the first step, plus blockK rows, plus earlier tiles' shares.
  // Its last line stays in the buffer.
  rewriter.setInsertionPoint(read);
  AffineExpr linear = getAffineConstantExpr(0, context);
  SmallVector<OpFoldResult> operands;
  for (auto [dim, index] : llvm::enumerate(read.getIndices())) {
    linear = linear * type.getDimSize(dim) +
             getAffineSymbolExpr(operands.size(), context);
    operands.push_back(index);
  }
  AffineExpr step = getAffineSymbolExpr(operands.size(), context);
  operands.push_back(loop.getInductionVar());
  AffineExpr rowTile = getAffineSymbolExpr(operands.size(), context);
  scf::ForOp rows = rowTilesAround(loop);
  operands.push_back(rows ? OpFoldResult(rows.getInductionVar())
                          : OpFoldResult(rewriter.getIndexAttr(0)));
  int64_t rowElements = type.getShape().back();
  AffineExpr share =
      linear + (blockK - step) * rowElements +
      rowTile.floorDiv(rowsPerTile) * (linesPerTile * lineElements);
  AffineExpr lastShare =
      getAffineConstantExpr(elements - linesPerTile * lineElements, context);
  // (Symbols all: the step cancels out of the read's row index.)
  Value start = affine::makeComposedAffineMin(
      rewriter, loc,
      AffineMap::get(0, operands.size(), {share, lastShare}, context),
      operands);
  AffineExpr first = getAffineSymbolExpr(0, context);
  AffineExpr stepExpr = getAffineSymbolExpr(1, context);
  Value index = affine::makeComposedAffineApply(
      rewriter, loc,
      AffineMap::get(0, 2,
                     first + stepExpr.floorDiv(stepsPerLine) * lineElements),
      {start, loop.getInductionVar()});
  memref::PrefetchOp::create(rewriter, loc, flat, index,
                             /*isWrite=*/false, kLocalityAllLevels,
                             /*isDataCache=*/true);
  // The start does not change with the step.
  moveLoopInvariantCode(cast<LoopLikeOpInterface>(loop.getOperation()));
}

} // namespace

void markForPrefetch(scf::ForOp rowTiles, scf::ForOp kSteps,
                     int64_t rowsPerTile, int64_t rowTileCount,
                     int64_t blockK) {
  Builder builder(kSteps.getContext());
  rowTiles->setAttr(kRowTilesMarker, builder.getUnitAttr());
  kSteps->setAttr(kKStepsMarker, builder.getDenseI64ArrayAttr(
                                     {rowsPerTile, rowTileCount, blockK}));
}

void prefetchNextBlocks(RewriterBase &rewriter, func::FuncOp func) {
  SmallVector<std::pair<scf::ForOp, SmallVector<int64_t>>> marked;
  func.walk([&](scf::ForOp loop) {
    if (auto marks = loop->getAttrOfType<DenseI64ArrayAttr>(kKStepsMarker))
      marked.push_back({loop, SmallVector<int64_t>(marks.asArrayRef())});
  });
  for (auto &[loop, marks] : marked)
    prefetchIn(rewriter, loop, marks);
  func.walk([](scf::ForOp loop) {
    loop->removeAttr(kKStepsMarker);
    loop->removeAttr(kRowTilesMarker);
  });
}

SmallVector<Value> lineStarts(OpBuilder &b, Location loc, MemRefType type) {
  int64_t elementBytes = type.getElementTypeBitWidth() / 8;
  int64_t lines =
      llvm::divideCeil(type.getShape().back() * elementBytes, kCacheLineBytes);
  SmallVector<Value> starts;
  for (int64_t line = 0; line < lines; ++line)
    starts.push_back(arith::ConstantIndexOp::create(
        b, loc, line * kCacheLineBytes / elementBytes));
  return starts;
}

void prefetchRow(OpBuilder &b, Location loc, Value buffer,
                 ArrayRef<Value> rowIndices, ArrayRef<Value> columns) {
  for (Value column : columns) {
    SmallVector<Value> indices(rowIndices);
    indices.push_back(column);
    memref::PrefetchOp::create(b, loc, buffer, indices, /*isWrite=*/false,
                               kLocalityAllLevels, /*isDataCache=*/true);
  }
}

} // namespace mlir::ov::codegen
