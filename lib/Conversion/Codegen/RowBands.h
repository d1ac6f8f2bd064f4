//===- RowBands.h - Thread loops over bands of rows -------------*- C++ -*-===//
//
// ov-compute-blocks-by-rows makes one thread loop (scf.parallel) per fused
// block, one iteration per thread, each going over its band of rows with
// linalg ops on row views; ov-winograd-by-tile-rows one per Winograd layer,
// one iteration per row of tiles. ov-tile-and-vectorize tiles those ops
// for registers only: their thread loop is already there.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_LIB_CONVERSION_CODEGEN_ROWBANDS_H
#define OVMLIR_LIB_CONVERSION_CODEGEN_ROWBANDS_H

#include "mlir/Dialect/SCF/IR/SCF.h"

namespace mlir::ov::codegen {

/// Marks the thread loops over bands of rows.
constexpr llvm::StringLiteral kRowBandsAttr = "ov_row_bands";

/// Whether `op` is inside a thread loop over bands of rows.
inline bool isInRowBands(Operation *op) {
  auto loop = op->getParentOfType<scf::ParallelOp>();
  return loop && loop->hasAttr(kRowBandsAttr);
}

/// A view [N, C / B, `rows`, `columns`, B] of the blocked plane `buffer`
/// ([N, C / B, H, W, B]) from row `row` and column `column`, every
/// `stride`-th column.
Value planeView(OpBuilder &b, Location loc, Value buffer, OpFoldResult row,
                int64_t rows, int64_t column, int64_t columns, int64_t stride);

/// Moves the deallocations between `first` and `user` (later in the same
/// block) of the buffers that `user` (a thread loop, with the ops in it)
/// reads or writes to right after it: the ops it replaces ran before them,
/// it runs after.
void freeUsedBuffersAfter(Operation *first, Operation *user);

} // namespace mlir::ov::codegen

#endif // OVMLIR_LIB_CONVERSION_CODEGEN_ROWBANDS_H
