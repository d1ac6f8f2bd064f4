//===- SqueezeExcite.cpp - A block's squeeze-excite on buffers ------------===//
//
// Matching the squeeze-excite ops of an inverted-residual block
// (SqueezeExcite.h).
//
//===----------------------------------------------------------------------===//

#include "SqueezeExcite.h"
#include "MulAddContraction.h"
#include "PartialProducts.h"
#include "RegisterTileFusion.h"

#include "mlir/IR/Matchers.h"

using namespace mlir;

namespace mlir::ov::codegen {

using IT = utils::IteratorType;

/// The ops other than deallocations and `known` that use `buffer` (an
/// allocation) or views of it.
static SmallVector<Operation *> otherUsers(Value buffer,
                                           ArrayRef<Operation *> known) {
  SmallVector<Operation *> users;
  for (Operation *user : usersThroughViews(buffer))
    if (!isa<memref::DeallocOp, ViewLikeOpInterface>(user) &&
        !llvm::is_contained(known, user))
      users.push_back(user);
  return users;
}

/// The only op other than `known` that uses `buffer`, as an `OpTy` (a
/// linalg op) on buffers with one output.
template <typename OpTy>
static OpTy onlyOtherUser(Value buffer, ArrayRef<Operation *> known) {
  SmallVector<Operation *> users = otherUsers(buffer, known);
  auto op = users.size() == 1 ? dyn_cast<OpTy>(users.front()) : OpTy();
  if (!op || op.getNumDpsInits() != 1 || !op.hasPureBufferSemantics())
    return {};
  return op;
}

static linalg::GenericOp onlyOtherGeneric(Value buffer,
                                          ArrayRef<Operation *> known) {
  return onlyOtherUser<linalg::GenericOp>(buffer, known);
}

/// The allocation that `op` writes whole (its only output, at the identity).
static Value allocatedResult(linalg::GenericOp op) {
  Value result = op.getDpsInits()[0];
  if (!result.getDefiningOp<memref::AllocOp>() ||
      !op.getMatchingIndexingMap(op.getDpsInitOperand(0)).isIdentity())
    return {};
  return result;
}

/// Whether every loop of `op` is parallel and it has one input.
static bool isOneInputElementwise(linalg::GenericOp op) {
  return op && op.getNumDpsInputs() == 1 &&
         op.getNumParallelLoops() == op.getNumLoops() && allocatedResult(op);
}

/// The 1x1 layer reading `input` (through a collapse) as its left-hand
/// side, the only reader of `input`: a blocked one (isBlockedPointwise), a
/// matmul or another contraction of vectors (channels not in blocks); and
/// the copy of its bias into its result right before it.
static std::pair<linalg::LinalgOp, memref::CopyOp>
matchLayer(Value input, ArrayRef<Operation *> known) {
  auto layer = onlyOtherUser<linalg::LinalgOp>(input, known);
  if (!layer || layer.getNumDpsInputs() != 2 ||
      !linalg::isaContractionOpInterface(layer))
    return {};
  auto collapse =
      layer.getDpsInputs()[0].getDefiningOp<memref::CollapseShapeOp>();
  if (!collapse || collapse.getSrc() != input)
    return {};
  Value result = rootBuffer(layer.getDpsInits()[0]);
  if (!result.getDefiningOp<memref::AllocOp>())
    return {};
  memref::CopyOp bias;
  for (Operation *user : result.getUsers())
    if (auto copy = dyn_cast<memref::CopyOp>(user);
        copy && copy.getTarget() == result && copy->isBeforeInBlock(layer))
      bias = copy;
  if (!bias)
    return {};
  return {layer, bias};
}

/// Whether `value` holds one value per channel of `plane` ([1, C / B, H, W,
/// B]): [1, C / B, 1, 1, B] or [1, C / B, 1, B] (blocked), or [1, C, 1, 1].
static bool isChannelVector(Value value, MemRefType plane) {
  auto type = cast<MemRefType>(value.getType());
  int64_t blocks = plane.getDimSize(1), block = plane.getDimSize(4);
  return type.getRank() >= 2 && type.getDimSize(0) == 1 &&
         type.getNumElements() == blocks * block &&
         (type.getDimSize(1) == blocks || type.getDimSize(1) == blocks * block);
}

std::optional<SqueezeExcite> matchSqueezeExcite(InvertedResidualBlock &chain) {
  Value plane = chain.depthwiseResult;
  MemRefType planeType = chain.resultType;
  SqueezeExcite se;

  // The pool: sums of T's rows and columns into a channel vector.
  for (Operation *user : plane.getUsers()) {
    auto pool = dyn_cast<linalg::GenericOp>(user);
    if (!pool || pool == chain.depthwise || pool.getNumDpsInputs() != 1 ||
        pool.getNumDpsInits() != 1 || pool.getDpsInputs()[0] != plane ||
        pool.getIteratorTypesArray() !=
            SmallVector<IT>{IT::parallel, IT::parallel, IT::reduction,
                            IT::reduction, IT::parallel})
      continue;
    se.pool = pool;
  }
  if (!se.pool)
    return std::nullopt;
  se.pooled = se.pool.getDpsInits()[0];
  auto pooledType = cast<MemRefType>(se.pooled.getType());
  if (!se.pooled.getDefiningOp<memref::AllocOp>() ||
      pooledType.getShape() != ArrayRef<int64_t>{1, planeType.getDimSize(1), 1,
                                                 1, planeType.getDimSize(4)})
    return std::nullopt;
  for (Operation *user : se.pooled.getUsers())
    if (auto fill = dyn_cast<linalg::FillOp>(user);
        fill && fill.getOutputs()[0] == se.pooled &&
        matchPattern(fill.getInputs()[0], m_AnyZeroFloat()))
      se.poolFill = fill;
  if (!se.poolFill)
    return std::nullopt;

  // The means, from a reshape of the sums.
  se.mean = onlyOtherGeneric(se.pooled, {se.pool, se.poolFill});
  if (!isOneInputElementwise(se.mean) ||
      rootBuffer(se.mean.getDpsInputs()[0]) != se.pooled)
    return std::nullopt;
  se.means = allocatedResult(se.mean);
  if (!isChannelVector(se.means, planeType))
    return std::nullopt;

  // The two 1x1 layers and the activation between them.
  std::tie(se.reduce, se.reduceBias) = matchLayer(se.means, {se.mean});
  if (!se.reduce)
    return std::nullopt;
  se.reduced = rootBuffer(se.reduce.getDpsInits()[0]);
  se.reduceActivation =
      onlyOtherGeneric(se.reduced, {se.reduce, se.reduceBias});
  if (!isOneInputElementwise(se.reduceActivation))
    return std::nullopt;
  se.activated = allocatedResult(se.reduceActivation);
  std::tie(se.expand, se.expandBias) =
      matchLayer(se.activated, {se.reduceActivation});
  if (!se.expand)
    return std::nullopt;
  se.expanded = rootBuffer(se.expand.getDpsInits()[0]);
  if (!isChannelVector(se.expanded, planeType))
    return std::nullopt;
  se.gate = onlyOtherGeneric(se.expanded, {se.expand, se.expandBias});
  if (!isOneInputElementwise(se.gate))
    return std::nullopt;
  se.gates = allocatedResult(se.gate);
  if (!isChannelVector(se.gates, planeType))
    return std::nullopt;

  // T scaled in place: gates[0, c, 0, 0, b] * T[0, c, y, x, b].
  se.scale = onlyOtherGeneric(se.gates, {se.gate});
  if (!se.scale || se.scale.getNumDpsInputs() != 2 ||
      rootBuffer(se.scale.getDpsInputs()[0]) != se.gates ||
      se.scale.getDpsInputs()[1] != plane || se.scale.getDpsInits()[0] != plane)
    return std::nullopt;
  SmallVector<AffineMap> maps = se.scale.getIndexingMapsArray();
  if (maps[0] != perChannelOfBlockedPlane(se.scale.getContext()) ||
      !maps[1].isIdentity() || !maps[2].isIdentity())
    return std::nullopt;

  // T's readers are the depthwise layer, the pool, the scaling and the
  // projection; the ops are in that order in one block.
  SmallVector<Operation *> order{chain.depthwise};
  llvm::append_range(order, se.ops());
  order.push_back(chain.projection);
  if (!otherUsers(plane, order).empty())
    return std::nullopt;
  for (auto [before, after] : llvm::zip(order, ArrayRef(order).drop_front()))
    if (before->getBlock() != after->getBlock() ||
        !before->isBeforeInBlock(after))
      return std::nullopt;
  return se;
}

} // namespace mlir::ov::codegen
