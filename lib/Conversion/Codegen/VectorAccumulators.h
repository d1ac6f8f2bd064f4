//===- VectorAccumulators.h - Row reductions in vector registers -*- C++ -*-=//
//
// A reduction over contiguous rows (a Softmax's maximum and sum, a
// LayerNorm's mean and variance, an NCHW global pool) is vectorized along
// the reduced loop, and each vector of a row is reduced into the row's
// scalar accumulator (vector.reduction with an accumulator): a horizontal
// reduction, four shuffle-and-combine steps, per vector, one chain
// through the whole row (~16 cycles per vector of 16 on the EPYC measured
// instead of 1-2). Instead, the loop over the row carries a vector of
// partial results combined lane by lane, reduced once after the loop
// into the scalar it started from. The lanes then sum in another order
// (as the horizontal steps already did: reassociate-fp-reductions); a
// maximum or minimum is the same value.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_LIB_CONVERSION_CODEGEN_VECTORACCUMULATORS_H
#define OVMLIR_LIB_CONVERSION_CODEGEN_VECTORACCUMULATORS_H

#include "mlir/IR/PatternMatch.h"

namespace mlir::ov::codegen {

/// Rewrites the scf.for loops in `root` whose iteration argument is such a
/// scalar accumulator (a vector of one float: extracted, reduced into by a
/// vector.reduction of float kind, inserted back and yielded, nothing
/// else) to carry a vector accumulator instead.
void accumulateReductionsInVectors(RewriterBase &rewriter, Operation *root);

} // namespace mlir::ov::codegen

#endif // OVMLIR_LIB_CONVERSION_CODEGEN_VECTORACCUMULATORS_H
