//===- PrefetchNextBlock.h - Prefetch a contraction's next K block -*- C++
//-*-===//
//
// The register tiles of a contraction's thread tile go down its rows, K
// block by K block; within a block they all read the same rows of the
// right-hand side (a panel of packed weights). The first row tile finds
// them in memory (a BERT layer's 9 MB of weights are read once per run),
// waits for them, and the hardware prefetcher, which follows one 4 KiB page
// at a time, does not hide it: the right-hand side's loads were ~30% of
// BERT's samples. So every row tile prefetches a share of the next K
// block's rows, a cache line every few K steps, while it computes: by the
// time the next block starts they are in cache (a C prototype of BERT's
// 128 x 3072 x 768 matmul: 113 -> 130 GFLOP/s).
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_LIB_CONVERSION_CODEGEN_PREFETCHNEXTBLOCK_H
#define OVMLIR_LIB_CONVERSION_CODEGEN_PREFETCHNEXTBLOCK_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::ov::codegen {

constexpr int64_t kCacheLineBytes = 64;
/// memref.prefetch locality: into all cache levels (x86 prefetcht0).
constexpr unsigned kLocalityAllLevels = 3;

/// The bytes of a static memref, 0 for a dynamic one.
inline int64_t bytesOf(MemRefType type) {
  if (!type.hasStaticShape())
    return 0;
  return type.getNumElements() * type.getElementTypeBitWidth() / 8;
}

/// The first elements of the cache lines of a row of `type` (its innermost
/// dimension), as index constants.
SmallVector<Value> lineStarts(OpBuilder &b, Location loc, MemRefType type);

/// Prefetches the row of `buffer` at `rowIndices` (all indices but the
/// innermost) into all cache levels, one prefetch per cache line
/// (`columns`, from lineStarts).
void prefetchRow(OpBuilder &b, Location loc, Value buffer,
                 ArrayRef<Value> rowIndices, ArrayRef<Value> columns);

/// Marks the loops of a contraction's register tiles (before they are
/// vectorized): `rowTiles` steps through the thread tile's rows by
/// `rowsPerTile` (`rowTileCount` tiles, its induction variable counting
/// from the thread tile's first row), `kSteps` through one K block of
/// `blockK` steps, inside it.
void markForPrefetch(scf::ForOp rowTiles, scf::ForOp kSteps,
                     int64_t rowsPerTile, int64_t rowTileCount, int64_t blockK);

/// In each marked K loop (once vectorized), prefetches this row tile's
/// share of the rows the next K block reads of the one operand read as
/// whole rows (a vector of its innermost dimension, of a static buffer of
/// identity layout) at a row that depends on the K step (packed weights);
/// loops with none or several such reads (a sum of terms) are left alone.
/// The last share ends at the buffer's end. Removes the marks.
void prefetchNextBlocks(RewriterBase &rewriter, func::FuncOp func);

} // namespace mlir::ov::codegen

#endif // OVMLIR_LIB_CONVERSION_CODEGEN_PREFETCHNEXTBLOCK_H
