//===- RowGroups.h - Row-wise ops in one thread loop -----------*- C++ -*-===//
//
// A LayerNorm or a Softmax reaches ov-tile-and-vectorize as a run of ops
// over the same rows: a fill and a reduction per statistic (a row's sum or
// maximum), elementwise ops that use them (x - mean, exp(x - max), the
// normalization). Tiled one by one, each is a thread loop of its own (a
// fork and a join) and a pass over the whole tensor, from L2 or memory.
// Each row of each op only needs the same row of the others, so the run
// can be one thread loop over blocks of rows, every op in turn on the
// block, which stays in L1 from one to the next. A row group is such a
// run: ops on buffers whose first loops are the same rows, each operand
// either indexed by those rows first and in order (one row, whatever its
// other dimensions) or not at all (a LayerNorm's scale, read only);
// buffers written in the group are used through one value (no other view
// of them shifts the rows).
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_LIB_CONVERSION_CODEGEN_ROWGROUPS_H
#define OVMLIR_LIB_CONVERSION_CODEGEN_ROWGROUPS_H

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::ov::codegen {

/// Consecutive ops of one block (only allocations, deallocations, views
/// and ops without memory effects between them) that work row by row on
/// the same rows: their first `rows` loops, of `rowRanges`.
struct RowGroup {
  SmallVector<linalg::LinalgOp> ops;
  SmallVector<int64_t> rowRanges;
  /// The most elements an op of the group has per row.
  int64_t rowElements = 1;
};

/// The row groups of two or more ops (at least one not a fill, one reading
/// what another wrote) among `ops` (in block order), each op one for which
/// `eligible` holds.
SmallVector<RowGroup>
findRowGroups(ArrayRef<linalg::LinalgOp> ops,
              llvm::function_ref<bool(linalg::LinalgOp)> eligible);

/// Moves the deallocations between the ops of `group` after its last op
/// (its ops' thread loops are merged into that one's place).
void gatherRowGroup(RewriterBase &rewriter, const RowGroup &group);

/// Merges `loops` (thread loops of a row group's ops, in order, of the
/// same bounds and steps, in one block with only ops free of memory
/// effects or allocations between them) into the last one, their bodies
/// in order. Returns false (and changes nothing) when they are not such
/// loops.
bool mergeRowGroupLoops(ArrayRef<scf::ParallelOp> loops);

} // namespace mlir::ov::codegen

#endif // OVMLIR_LIB_CONVERSION_CODEGEN_ROWGROUPS_H
