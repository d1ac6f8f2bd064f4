//===- RegisterTileFusion.h - Neighbours in register tiles ---*- C++ -*-===//
//
// A contraction's result buffer is written first by the op that initializes
// it (the broadcast bias, a fill) and read after it by an elementwise op
// (ReLU, GELU, ...). As ops of their own, both stream the whole result
// through memory; the contraction then reads its initial value back from
// memory too. Inside the contraction's register tiles, the initializer
// sets the accumulators before the first K block and the elementwise op
// works on them after the last one, before they are stored: the result is
// written once and never read (1x1 convolution 64 -> 256 channels on 56x56
// in a C prototype: 1.15 -> 0.72 ms).
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_LIB_CONVERSION_CODEGEN_REGISTERTILEFUSION_H
#define OVMLIR_LIB_CONVERSION_CODEGEN_REGISTERTILEFUSION_H

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::ov::codegen {

/// The buffer that `value` is a view of.
Value rootBuffer(Value value);

/// Whether `value` is a buffer allocated whole: on the heap (later the
/// arena), or on a thread's stack (a part's scratch in a thread loop,
/// ov-compute-blocks-by-channels).
bool isAllocated(Value value);

/// Erases those of `ops` that are views or global reads without uses, and
/// the views and global reads they leave without uses in turn.
void eraseUnusedViews(ArrayRef<Operation *> ops);

/// A subview with static offsets and sizes, unit strides and the rank of
/// its source (the border slabs and interior of a padded buffer), or null.
memref::SubViewOp staticSubview(Value value);

/// Elementwise neighbours of a contraction on buffers, rewritten to iterate
/// over the contraction's result as the contraction writes it (its
/// collapsed shape, when it writes a collapse_shape of the buffer).
struct RegisterTileNeighbours {
  /// Writes the whole result before the contraction (which accumulates
  /// into it).
  linalg::GenericOp initializer;
  /// Reads the result after the contraction and overwrites it in place.
  linalg::GenericOp epilogue;

  explicit operator bool() const { return initializer || epilogue; }
};

/// Finds the neighbours of `contraction`, a linalg op on buffers with one
/// result operand: the op writing its result buffer right before it (only
/// views, allocations and deallocations of other buffers in between) and
/// the elementwise op reading the result right after it, when its own
/// result is a fresh buffer of the same type and the contraction's buffer
/// has no other use (the contraction then writes the epilogue's buffer, and
/// the epilogue works in place). Nothing changes when none is found; found
/// ones are replaced by generics over the contraction's result shape, left
/// in place (correct as they are, should the fusion not happen).
RegisterTileNeighbours findRegisterTileNeighbours(RewriterBase &rewriter,
                                                  linalg::LinalgOp contraction);

/// Whether `neighbours` can move into the register tiles of the
/// contraction whose K-block loop is `blocks` (tiled from a contraction
/// whose result operand was `result`): a loop of static bounds whose
/// register tiles are each alone in their K loop, with views of `result`
/// made outside it (invariant code is hoisted out of the K loops to see).
bool canFuseIntoRegisterTiles(scf::ForOp blocks, Value result,
                              const RegisterTileNeighbours &neighbours);

/// Moves `neighbours` into those register tiles (canFuseIntoRegisterTiles):
/// the initializer's tile before each register tile's K loop in the first
/// K block, the epilogue's after it in the last K block (both peeled off
/// `blocks`), and erases them. Returns the tiles made, to be vectorized
/// along their last dimension; failure is an internal error (the IR is
/// then partly rewritten).
FailureOr<SmallVector<linalg::LinalgOp>>
fuseIntoRegisterTiles(RewriterBase &rewriter, scf::ForOp blocks, Value result,
                      const RegisterTileNeighbours &neighbours);

} // namespace mlir::ov::codegen

#endif // OVMLIR_LIB_CONVERSION_CODEGEN_REGISTERTILEFUSION_H
