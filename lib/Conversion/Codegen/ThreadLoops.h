//===- ThreadLoops.h - Merging thread loops --------------------*- C++ -*-===//
//
// Thread loops (scf.parallel, one OpenMP region each) of the same
// iteration space that may run as one: their bodies are moved into one
// loop (ov-merge-fill-loops' border fills, ov-tile-and-vectorize's row
// groups).
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_LIB_CONVERSION_CODEGEN_THREADLOOPS_H
#define OVMLIR_LIB_CONVERSION_CODEGEN_THREADLOOPS_H

#include "mlir/Dialect/SCF/IR/SCF.h"

namespace mlir::ov::codegen {

/// Whether `a` and `b` have the same bounds and steps (the same values, or
/// constants of the same value: loops tiled one by one each make their
/// own).
bool sameIterationSpace(scf::ParallelOp a, scf::ParallelOp b);

/// Moves the body of `from` to the start of `into`'s body (same iteration
/// space) and erases `from`. `into` comes later in the block, so what
/// `from` uses is defined before it.
void prependBody(scf::ParallelOp from, scf::ParallelOp into);

} // namespace mlir::ov::codegen

#endif // OVMLIR_LIB_CONVERSION_CODEGEN_THREADLOOPS_H
