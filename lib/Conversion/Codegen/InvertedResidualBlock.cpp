//===- InvertedResidualBlock.cpp - Blocks computed row by row -------------===//
//
// Matching the chain ov-compute-blocks-by-rows computes row by row
// (InvertedResidualBlock.h).
//
//===----------------------------------------------------------------------===//

#include "InvertedResidualBlock.h"
#include "RegisterTileFusion.h"

#include "mlir/Interfaces/SideEffectInterfaces.h"

using namespace mlir;

namespace mlir::ov::codegen {

/// A thread's ring of expanded rows and depthwise row at most (its stack).
constexpr int64_t kMaxScratchBytes = 512 << 10;
/// The weights of the two 1x1 layers at most, which each row reads again:
/// MobileNetV2's 7x7 blocks (160 -> 960 -> 160, 1.2 MB) took 25% longer row
/// by row on 1 thread (7 rows, 7 positions each) and gained little on 2;
/// its 14x14 ones (96 -> 576 -> 96, 442 KB) took as long on 1 and 30% less
/// on 2.
constexpr int64_t kMaxWeightBytes = 512 << 10;
/// The rows of the taps at most: EfficientNet-B0's blocks with 5x5
/// depthwise layers took 3% longer on 2 threads row by row (each band
/// expands 4 rows of its neighbours' again, on planes of 14 and 28 rows),
/// its 3x3 ones 4% less (and on 1 thread 3% less).
constexpr int64_t kMaxKernelRows = 3;
/// The row dimension of blocked activations [1, C / B, H, W, B].
constexpr unsigned kRowDim = 2;

MemRefType blockedPlaneType(Value value) {
  auto type = dyn_cast<MemRefType>(value.getType());
  if (!type || type.getRank() != 5 || !type.hasStaticShape() ||
      !type.getElementType().isF32() || type.getDimSize(0) != 1)
    return {};
  return type;
}

/// A blocked plane allocated with the identity layout.
static memref::AllocOp planeAlloc(Value value) {
  auto alloc = value.getDefiningOp<memref::AllocOp>();
  if (!alloc || !blockedPlaneType(value) ||
      !alloc.getType().getLayout().isIdentity())
    return {};
  return alloc;
}

Value collapsedPlane(Value value) {
  auto collapse = value.getDefiningOp<memref::CollapseShapeOp>();
  if (!collapse || !blockedPlaneType(collapse.getSrc()) ||
      collapse.getReassociationIndices() !=
          SmallVector<ReassociationIndices>{{0}, {1}, {2, 3}, {4}})
    return {};
  return collapse.getSrc();
}

std::optional<unsigned> rowLoopOf(linalg::LinalgOp op) {
  if (op.getNumDpsInits() != 1 || op.hasIndexSemantics() ||
      !op.hasPureBufferSemantics())
    return std::nullopt;
  AffineMap map = op.getMatchingIndexingMap(op.getDpsInitOperand(0));
  if (map.getNumResults() <= kRowDim)
    return std::nullopt;
  auto dim = dyn_cast<AffineDimExpr>(map.getResult(kRowDim));
  if (!dim || op.getIteratorTypesArray()[dim.getPosition()] !=
                  utils::IteratorType::parallel)
    return std::nullopt;
  return dim.getPosition();
}

bool followsRows(linalg::LinalgOp op, OpOperand &operand, unsigned row) {
  AffineMap map = op.getMatchingIndexingMap(&operand);
  if (map.getNumResults() <= kRowDim ||
      map.getResult(kRowDim) != getAffineDimExpr(row, op.getContext()))
    return false;
  for (auto [index, result] : llvm::enumerate(map.getResults()))
    if (index != kRowDim && result.isFunctionOfDim(row))
      return false;
  return true;
}

/// Whether every operand of `op` either follows its rows and is accepted
/// by `isPlane`, or does not depend on its row loop at all.
static bool rowsSplitCleanly(linalg::LinalgOp op,
                             llvm::function_ref<bool(Value)> isPlane) {
  std::optional<unsigned> row = rowLoopOf(op);
  if (!row)
    return false;
  for (OpOperand &operand : op->getOpOperands()) {
    AffineMap map = op.getMatchingIndexingMap(&operand);
    if (!map.isFunctionOfDim(*row))
      continue;
    if (!followsRows(op, operand, *row) || !isPlane(operand.get()))
      return false;
  }
  return true;
}

static bool isAllParallel(linalg::LinalgOp op) {
  return op.getNumLoops() == op.getNumParallelLoops();
}

/// A view of `value` that is a subview of `buffer` with static offsets,
/// `sizes` and strides 1 but along rows and columns, `stride`; its offsets,
/// or nothing.
static std::optional<SmallVector<int64_t>>
subviewOffsets(Value value, Value buffer, ArrayRef<int64_t> sizes,
               int64_t stride = 1) {
  auto subview = value.getDefiningOp<memref::SubViewOp>();
  SmallVector<int64_t> strides{1, 1, stride, stride, 1};
  if (!subview || subview.getSource() != buffer ||
      subview.getStaticStrides() != ArrayRef<int64_t>(strides) ||
      ShapedType::isDynamicShape(subview.getStaticOffsets()) ||
      subview.getStaticSizes() != sizes ||
      subview.getType().getRank() != static_cast<int64_t>(sizes.size()))
    return std::nullopt;
  return llvm::to_vector(subview.getStaticOffsets());
}

static bool isZeroFill(Operation *op) {
  auto fill = dyn_cast<linalg::FillOp>(op);
  if (!fill || !fill.hasPureBufferSemantics())
    return false;
  FloatAttr value;
  return matchPattern(fill.getInputs()[0], m_Constant(&value)) &&
         value.getValue().isZero();
}

SmallVector<Operation *> usersThroughViews(Value value) {
  SmallVector<Operation *> users;
  SmallVector<Value> values{value};
  while (!values.empty()) {
    Value next = values.pop_back_val();
    for (Operation *user : next.getUsers()) {
      users.push_back(user);
      if (auto view = dyn_cast<ViewLikeOpInterface>(user);
          view && view.getViewSource() == next)
        llvm::append_range(values, user->getResults());
    }
  }
  return users;
}

Location fusedLocOf(OpBuilder &b, const llvm::SetVector<Operation *> &ops) {
  SmallVector<Location> locations;
  for (Operation *op : ops)
    locations.push_back(op->getLoc());
  return b.getFusedLoc(locations);
}

void erasePlane(Value plane) {
  SmallVector<Operation *> users = usersThroughViews(plane);
  for (Operation *user : llvm::reverse(users))
    user->erase();
  plane.getDefiningOp()->erase();
}

bool matchProjection(InvertedResidualBlock &chain, bool otherReaders) {
  Value depthwiseResult = chain.depthwiseResult;
  ArrayRef<int64_t> shape = chain.resultType.getShape();
  int64_t height = shape[2], width = shape[3];
  linalg::LinalgOp projection, projectionInit;
  for (Operation *user : depthwiseResult.getUsers()) {
    if (isa<memref::DeallocOp>(user) || user == chain.depthwise)
      continue;
    auto collapse = dyn_cast<memref::CollapseShapeOp>(user);
    if (!collapse && otherReaders)
      continue;
    auto reader = dyn_cast_or_null<linalg::LinalgOp>(
        collapse && collapse->hasOneUse() ? *collapse->user_begin() : nullptr);
    if (projection || !reader || !collapsedPlane(collapse) ||
        !llvm::is_contained(reader.getDpsInputs(), collapse.getResult()))
      return false;
    projection = reader;
  }
  if (!projection || projection.getNumDpsInits() != 1)
    return false;
  Value output = collapsedPlane(projection.getDpsInits()[0]);
  if (!output || !planeAlloc(output) ||
      cast<MemRefType>(output.getType()).getDimSize(2) != height ||
      cast<MemRefType>(output.getType()).getDimSize(3) != width ||
      !rowsSplitCleanly(projection, [&](Value value) {
        return collapsedPlane(value) == output ||
               collapsedPlane(value) == depthwiseResult;
      }))
    return false;

  // Its initializer: the op writing all of O right before it (a bias, plus
  // the residual: planes of O's rows).
  for (Operation *op = projection->getPrevNode(); op; op = op->getPrevNode()) {
    auto init = dyn_cast<linalg::LinalgOp>(op);
    if (!init || init.getNumDpsInits() != 1 ||
        rootBuffer(init.getDpsInits()[0]) != output)
      continue;
    if (init.getDpsInits()[0] != output || !isAllParallel(init) ||
        !init.getMatchingIndexingMap(init.getDpsInitOperand(0)).isIdentity())
      return false;
    projectionInit = init;
    break;
  }
  if (!projectionInit || !rowsSplitCleanly(projectionInit, [&](Value value) {
        MemRefType type = blockedPlaneType(value);
        return type && type.getDimSize(2) == height &&
               type.getDimSize(3) == width &&
               (value == output || rootBuffer(value) != output);
      }))
    return false;
  // O is written by nothing before its initializer.
  Block *block = projection->getBlock();
  for (Operation *user : usersThroughViews(output)) {
    Operation *inBlock = block->findAncestorOpInBlock(*user);
    if (!inBlock || (inBlock->isBeforeInBlock(projectionInit) &&
                     !isa<ViewLikeOpInterface>(inBlock)))
      return false;
  }
  chain.projection = projection;
  chain.projectionInit = projectionInit;
  chain.output = output;
  return true;
}

std::optional<InvertedResidualBlock>
matchInvertedResidualBlock(linalg::GenericOp depthwise) {
  InvertedResidualBlock chain;
  chain.depthwise = depthwise;
  if (!isAllParallel(depthwise) || depthwise.getNumLoops() != 5 ||
      depthwise.getNumDpsInits() != 1 || depthwise.hasIndexSemantics() ||
      !depthwise.hasPureBufferSemantics())
    return std::nullopt;
  OpOperand *result = depthwise.getDpsInitOperand(0);
  if (!planeAlloc(result->get()) ||
      !depthwise.getMatchingIndexingMap(result).isIdentity())
    return std::nullopt;
  chain.depthwiseResult = result->get();
  chain.resultType = cast<MemRefType>(result->get().getType());
  ArrayRef<int64_t> shape = chain.resultType.getShape();
  int64_t height = shape[2], width = shape[3];

  // The taps: views of one padded plane P [1, C / B, H'', W'', B], every
  // S-th row and column (S = 1 or 2) from offsets dy, dx; every other
  // input row-invariant.
  for (OpOperand *input : depthwise.getDpsInputOperands()) {
    AffineMap map = depthwise.getMatchingIndexingMap(input);
    if (!map.isFunctionOfDim(kRowDim))
      continue;
    auto subview = input->get().getDefiningOp<memref::SubViewOp>();
    if (!subview || !map.isIdentity())
      return std::nullopt;
    Value padded = subview.getSource();
    if (chain.padded && padded != chain.padded)
      return std::nullopt;
    chain.padded = padded;
    if (chain.taps.empty())
      chain.stride = subview.getStaticStrides()[kRowDim];
    std::optional<SmallVector<int64_t>> offsets =
        subviewOffsets(input->get(), padded, shape, chain.stride);
    if (!offsets || (*offsets)[0] || (*offsets)[1] || (*offsets)[4])
      return std::nullopt;
    chain.taps.push_back({input->get(), (*offsets)[2], (*offsets)[3]});
  }
  if (!chain.padded || !planeAlloc(chain.padded) ||
      (chain.stride != 1 && chain.stride != 2))
    return std::nullopt;
  auto paddedType = cast<MemRefType>(chain.padded.getType());
  for (auto [tap, dy, dx] : chain.taps)
    chain.kernelRows = std::max(chain.kernelRows, dy + 1);
  if (paddedType.getDimSize(1) != shape[1] ||
      paddedType.getDimSize(4) != shape[4])
    return std::nullopt;

  // P's users: the taps, its interior (the activation's result), its
  // border fills and its deallocation. (The interior may be the centre
  // tap's view too.) Other ops may only read views of P: the projection's
  // initializer reading the interior as its residual, checked below.
  memref::SubViewOp interior;
  SmallVector<std::pair<Operation *, memref::SubViewOp>> otherReaders;
  for (Operation *user : chain.padded.getUsers()) {
    if (isa<memref::DeallocOp>(user))
      continue;
    auto view = dyn_cast<memref::SubViewOp>(user);
    if (!view)
      return std::nullopt;
    for (Operation *reader : view->getUsers()) {
      if (reader == depthwise)
        continue;
      if (isZeroFill(reader) && view->hasOneUse()) {
        chain.borderFills.push_back(cast<linalg::FillOp>(reader));
        continue;
      }
      auto op = dyn_cast<linalg::LinalgOp>(reader);
      if (!op)
        return std::nullopt;
      if (!llvm::is_contained(op.getDpsInits(), view.getResult())) {
        otherReaders.push_back({reader, view});
        continue;
      }
      auto activation = dyn_cast<linalg::GenericOp>(reader);
      if (!activation || chain.activation || activation.getNumDpsInits() != 1 ||
          llvm::is_contained(activation.getDpsInputs(), view.getResult()))
        return std::nullopt;
      chain.activation = activation;
      interior = view;
    }
  }
  if (!chain.activation || chain.borderFills.empty() ||
      !isAllParallel(chain.activation) ||
      !chain.activation
           .getMatchingIndexingMap(chain.activation.getDpsInitOperand(0))
           .isIdentity())
    return std::nullopt;

  // The activation reads the expansion's result E, all of it as it is.
  for (OpOperand *input : chain.activation.getDpsInputOperands())
    if (chain.activation.getMatchingIndexingMap(input).isFunctionOfDim(
            kRowDim)) {
      if (chain.expanded ||
          !chain.activation.getMatchingIndexingMap(input).isIdentity())
        return std::nullopt;
      chain.expanded = input->get();
    }
  if (!chain.expanded || !planeAlloc(chain.expanded))
    return std::nullopt;
  // E [1, C / B, H', W', B] is P's interior, from row and column
  // padTop, padLeft; the taps stay within P, and H = H' / S.
  chain.expandedType = cast<MemRefType>(chain.expanded.getType());
  ArrayRef<int64_t> expandedShape = chain.expandedType.getShape();
  std::optional<SmallVector<int64_t>> interiorOffsets =
      subviewOffsets(interior, chain.padded, expandedShape);
  if (!interiorOffsets || (*interiorOffsets)[0] || (*interiorOffsets)[1] ||
      (*interiorOffsets)[4] || expandedShape[1] != shape[1] ||
      expandedShape[4] != shape[4] ||
      (expandedShape[2] + chain.stride - 1) / chain.stride != height ||
      (expandedShape[3] + chain.stride - 1) / chain.stride != width)
    return std::nullopt;
  chain.padTop = (*interiorOffsets)[2];
  chain.padLeft = (*interiorOffsets)[3];
  for (auto [tap, dy, dx] : chain.taps)
    if (dy + chain.stride * (height - 1) >= paddedType.getDimSize(2) ||
        dx + chain.stride * (width - 1) >= paddedType.getDimSize(3))
      return std::nullopt;
  if (!rowsSplitCleanly(chain.activation, [&](Value value) {
        return value == chain.expanded ||
               value == chain.activation.getDpsInits()[0];
      }))
    return std::nullopt;

  // E's users: the activation, its initializer, the contraction and its
  // deallocation. A 1x1 expansion reads and writes E through a collapse
  // (positions); a convolution with taps (a stem) writes E as it is.
  for (Operation *user : chain.expanded.getUsers()) {
    if (isa<memref::DeallocOp>(user) || user == chain.activation)
      continue;
    if (auto collapse = dyn_cast<memref::CollapseShapeOp>(user)) {
      auto expansion = dyn_cast_or_null<linalg::LinalgOp>(
          collapse->hasOneUse() ? *collapse->user_begin() : nullptr);
      if (chain.expansion || !expansion || !collapsedPlane(collapse) ||
          expansion.getNumDpsInits() != 1 ||
          expansion.getDpsInits()[0] != collapse.getResult())
        return std::nullopt;
      chain.expansion = expansion;
      continue;
    }
    // (E's dimensions are the writer's first loops, its reductions after.)
    auto writer = dyn_cast<linalg::LinalgOp>(user);
    if (!writer || writer.getNumDpsInits() != 1 ||
        writer.getDpsInits()[0] != chain.expanded ||
        writer.getMatchingIndexingMap(writer.getDpsInitOperand(0)) !=
            AffineMap::getMultiDimIdentityMap(writer.getNumLoops(),
                                              writer.getContext())
                .getMajorSubMap(expandedShape.size()))
      return std::nullopt;
    linalg::LinalgOp &role =
        isAllParallel(writer) ? chain.expansionInit : chain.expansion;
    if (role)
      return std::nullopt;
    role = writer;
  }
  if (!chain.expansion || !chain.expansionInit ||
      !rowsSplitCleanly(chain.expansionInit,
                        [&](Value value) { return value == chain.expanded; }))
    return std::nullopt;
  // The expansion reads rows of one buffer X: the block's input
  // [1, C' / B', H', W', B'] (collapsed), or views of it whose rows and
  // columns are E's (a strided convolution's taps of a padded image).
  Value expansionResult = chain.expansion.getDpsInits()[0];
  bool writesCollapsed = collapsedPlane(expansionResult) != nullptr;
  auto isInputRow = [&](Value value) {
    if (value == expansionResult)
      return true;
    Value plane = collapsedPlane(value);
    if (!plane && writesCollapsed)
      return false;
    MemRefType type = blockedPlaneType(plane ? plane : value);
    Value root = plane ? plane : rootBuffer(value);
    if (!type || (chain.input && chain.input != root) ||
        type.getDimSize(2) != expandedShape[2] ||
        type.getDimSize(3) != expandedShape[3])
      return false;
    chain.input = root;
    return true;
  };
  if (!rowsSplitCleanly(chain.expansion, isInputRow) || !chain.input)
    return std::nullopt;

  // The projection, when it alone reads T; otherwise T stays a plane,
  // written row by row (a squeeze-excite's pool reads it whole).
  Block *block = depthwise->getBlock();
  if (!matchProjection(chain)) {

    chain.projection = {};
    chain.projectionInit = {};
    chain.output = {};
    for (Operation *user : usersThroughViews(chain.depthwiseResult)) {
      Operation *inBlock = block->findAncestorOpInBlock(*user);
      if (user != depthwise && !isa<ViewLikeOpInterface>(user) &&
          (!inBlock || !depthwise->isBeforeInBlock(inBlock)))
        return std::nullopt;
    }
  }

  // The projection's initializer may read P's interior as its residual
  // (a block without expansion after a stem: its input is the stem's
  // activation): each output row then reads the ring's centre row.
  for (auto [reader, view] : otherReaders) {
    if (reader != chain.projectionInit.getOperation() || chain.stride != 1 ||
        subviewOffsets(view, chain.padded, shape) != interiorOffsets ||
        (chain.residual && chain.residual != view.getResult()))
      return std::nullopt;
    chain.residual = view.getResult();
  }

  // In order, in one block.
  SmallVector<Operation *> order = chain.members().takeVector();
  order.resize(chain.projection ? 6 : 4);
  for (auto [before, after] : llvm::zip(order, ArrayRef(order).drop_front()))
    if (before->getBlock() != block || after->getBlock() != block ||
        !before->isBeforeInBlock(after))
      return std::nullopt;
  for (linalg::FillOp fill : chain.borderFills)
    if (fill->getBlock() != block || fill->isBeforeInBlock(chain.expansion) ||
        depthwise->isBeforeInBlock(fill))
      return std::nullopt;
  // (In the block's order, not P's use list's: what clones them must not
  // depend on how earlier rewrites left that list.)
  llvm::sort(chain.borderFills, [](linalg::FillOp a, linalg::FillOp b) {
    return a->isBeforeInBlock(b);
  });
  if (chain.output && rootBuffer(chain.input) == chain.output)
    return std::nullopt;

  return chain;
}

bool fitsRowByRow(const InvertedResidualBlock &chain) {
  if (chain.kernelRows > kMaxKernelRows)
    return false;
  // (The weights: what the layers read for every row alike.)
  int64_t weightBytes = 0;
  for (linalg::LinalgOp layer : {chain.expansion, chain.projection}) {
    if (!layer)
      continue;
    unsigned row = *rowLoopOf(layer);
    for (OpOperand *input : layer.getDpsInputOperands())
      if (auto type = dyn_cast<MemRefType>(input->get().getType());
          type && !layer.getMatchingIndexingMap(input).isFunctionOfDim(row))
        weightBytes +=
            type.getNumElements() * type.getElementTypeBitWidth() / 8;
  }
  if (weightBytes > kMaxWeightBytes)
    return false;

  // Scratch per thread: the taps' padded rows and a depthwise row.
  ArrayRef<int64_t> shape = chain.resultType.getShape();
  int64_t blocks = shape[1], width = shape[3], blockSize = shape[4];
  int64_t paddedWidth = cast<MemRefType>(chain.padded.getType()).getDimSize(3);
  int64_t ringBytes = blocks * chain.kernelRows * paddedWidth * blockSize * 4;
  int64_t rowBytes = chain.projection ? blocks * width * blockSize * 4 : 0;
  if (ringBytes + rowBytes > kMaxScratchBytes)
    return false;
  return true;
}

bool othersMayGoFirst(InvertedResidualBlock &chain,
                      const llvm::SetVector<Operation *> &members) {
  llvm::DenseSet<Value> read;
  llvm::DenseSet<Value> written{chain.expanded, chain.padded,
                                chain.depthwiseResult};
  if (chain.output)
    written.insert(chain.output);
  for (Operation *op = chain.expansionInit; op != chain.last();
       op = op->getNextNode()) {
    if (members.contains(op)) {
      for (Value operand : op->getOperands())
        if (isa<MemRefType>(operand.getType()))
          read.insert(rootBuffer(operand));
      continue;
    }
    if (isa<memref::DeallocOp, memref::AllocOp, ViewLikeOpInterface>(op) ||
        isMemoryEffectFree(op))
      continue;
    std::optional<SmallVector<MemoryEffects::EffectInstance>> effects =
        getEffectsRecursively(op);
    if (!effects)
      return false;
    for (const MemoryEffects::EffectInstance &effect : *effects) {
      if (!effect.getValue())
        return false;
      Value root = rootBuffer(effect.getValue());
      if (written.contains(root) ||
          (!isa<MemoryEffects::Read>(effect.getEffect()) &&
           read.contains(root)))
        return false;
    }
  }
  return true;
}

} // namespace mlir::ov::codegen
