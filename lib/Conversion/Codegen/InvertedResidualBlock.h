//===- InvertedResidualBlock.h - Blocks computed row by row ------*- C++
//-*-===//
//
// The chain of buffer ops that ov-compute-blocks-by-rows computes row by
// row (ComputeBlocksByRows.cpp): an inverted-residual block (1x1
// expansion, depthwise layer, 1x1 projection) as the pipeline leaves it on
// blocked activations [1, C / B, H, W, B], and the row helpers both the
// matching and the rewriting use.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_LIB_CONVERSION_CODEGEN_INVERTEDRESIDUALBLOCK_H
#define OVMLIR_LIB_CONVERSION_CODEGEN_INVERTEDRESIDUALBLOCK_H

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "llvm/ADT/SetVector.h"

#include <optional>
#include <tuple>

namespace mlir::ov::codegen {

/// An inverted-residual block as the pipeline leaves it on buffers.
struct InvertedResidualBlock {
  /// The expansion: its initializer (a broadcast bias, a fill), its
  /// contraction from `input` (collapsed) into `expanded` (collapsed), and
  /// its activation of `expanded` into the interior of `padded`. Or, in
  /// place of the expansion, a convolution reading taps (strided views) of
  /// the padded plane `input` into `expanded` (MobileNetV2's stem before
  /// its first block, which has no expansion).
  linalg::LinalgOp expansionInit, expansion;
  linalg::GenericOp activation;
  /// `padded`'s border fills (zeros).
  SmallVector<linalg::FillOp> borderFills;
  /// The depthwise layer from views of `padded` (its taps, every
  /// `stride`-th row and column from an offset) into `depthwiseResult`.
  linalg::GenericOp depthwise;
  /// Each tap view of `padded` and its row and column offsets.
  SmallVector<std::tuple<Value, int64_t, int64_t>> taps;
  int64_t stride = 1;
  /// The rows of `padded` the taps span (the ring's rows), and where the
  /// interior begins.
  int64_t kernelRows = 0, padTop = 0, padLeft = 0;
  /// The projection: its initializer (a bias, plus the residual) and its
  /// contraction from `depthwiseResult` (collapsed) into `output`.
  linalg::LinalgOp projectionInit, projection;
  /// The view of `padded`'s interior that `projectionInit` reads as its
  /// residual (a block without expansion after a stem), or null.
  Value residual;
  Value input, expanded, padded, depthwiseResult, output;
  /// Of `expanded` ([1, C / B, H', W', B]) and of `depthwiseResult` ([1,
  /// C / B, H, W, B], H = H' / stride).
  MemRefType expandedType, resultType;

  /// The chain's last op, after which its thread loop goes.
  Operation *last() {
    return projection ? projection.getOperation() : depthwise.getOperation();
  }

  llvm::SetVector<Operation *> members() {
    llvm::SetVector<Operation *> ops;
    for (Operation *op :
         {expansionInit.getOperation(), expansion.getOperation(),
          activation.getOperation(), depthwise.getOperation(),
          projectionInit.getOperation(), projection.getOperation()})
      if (op)
        ops.insert(op);
    for (linalg::FillOp fill : borderFills)
      ops.insert(fill);
    return ops;
  }
};

/// Matches the block whose depthwise layer is `depthwise`: every op and
/// plane of it, the planes used by nothing else.
std::optional<InvertedResidualBlock>
matchInvertedResidualBlock(linalg::GenericOp depthwise);

/// Matches the projection of `chain`, the 1x1 layer reading its depthwise
/// result T (through a collapse), and its initializer; sets them and
/// `output`. Other readers of T (a squeeze-excite's pool and scaling) are
/// allowed when `otherReaders`, otherwise the projection must be the only
/// one.
bool matchProjection(InvertedResidualBlock &chain, bool otherReaders = false);

/// Whether `chain` is within the limits on weights, scratch and taps of
/// computing it row by row (InvertedResidualBlock.cpp has the figures).
bool fitsRowByRow(const InvertedResidualBlock &chain);

/// Whether the ops between the block's first and last op that are not its
/// own may run before all of it: they write no buffer the block reads or
/// writes and read none it writes.
bool othersMayGoFirst(InvertedResidualBlock &block,
                      const llvm::SetVector<Operation *> &members);

/// A static f32 memref of blocked activations [1, C / B, H, W, B].
MemRefType blockedPlaneType(Value value);

/// The source of `value` when it collapses a blocked plane's rows and
/// columns ([1, C / B, H * W, B], what contractions over the positions
/// read and write).
Value collapsedPlane(Value value);

/// The loop of `op` indexing the rows (or the collapsed positions) of its
/// only result.
std::optional<unsigned> rowLoopOf(linalg::LinalgOp op);

/// Whether `operand` of `op` is indexed along the rows of the result
/// exactly as one of its planes: its dimension 2 is the row loop `row`,
/// which none of its other dimensions uses.
bool followsRows(linalg::LinalgOp op, OpOperand &operand, unsigned row);

/// The users of `value` and of the views made of it.
SmallVector<Operation *> usersThroughViews(Value value);

/// One location of all of `ops` (what replaces them).
Location fusedLocOf(OpBuilder &b, const llvm::SetVector<Operation *> &ops);

/// Erases `plane`'s allocation with its views and their users (its
/// deallocation): a plane whose readers and writers are gone.
void erasePlane(Value plane);

} // namespace mlir::ov::codegen

#endif // OVMLIR_LIB_CONVERSION_CODEGEN_INVERTEDRESIDUALBLOCK_H
