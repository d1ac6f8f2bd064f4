//===- ComputeBlocksByRows.cpp - Inverted-residual blocks row by row ------===//
//
// Layer by layer, an inverted-residual block (1x1 expansion, depthwise,
// 1x1 projection) writes two planes of the expanded width and reads them
// back, and on two threads each layer's rows are split anew: on cores far
// apart, a line the other core wrote or read last costs ~3x one's own, and
// MobileNetV2 went only 1.15-1.2x faster on 2 threads than on 1. Computed
// row by row, each thread its band of rows with the expanded rows in a ring
// on its own stack, the planes are gone and each thread touches only its
// rows (bench/prototypes/fused_block.c: 1.81-1.92x on far cores, and 6-25%
// faster on 1 thread, docs/PERFORMANCE.md).
//
//===----------------------------------------------------------------------===//

#include "RegisterTileFusion.h"
#include "RowBands.h"
#include "ovmlir/Conversion/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/ADT/SetVector.h"

namespace mlir::ov {
#define GEN_PASS_DEF_COMPUTEBLOCKSBYROWS
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;
using mlir::ov::codegen::rootBuffer;

namespace {

/// The runtime's thread count of the run (ovmlir_runtime.h).
constexpr StringLiteral kNumThreadsFunction = "ovm_runtime_num_threads";
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

/// A static f32 memref of blocked activations [1, C / B, H, W, B].
MemRefType blockedPlaneType(Value value) {
  auto type = dyn_cast<MemRefType>(value.getType());
  if (!type || type.getRank() != 5 || !type.hasStaticShape() ||
      !type.getElementType().isF32() || type.getDimSize(0) != 1)
    return {};
  return type;
}

/// A blocked plane allocated with the identity layout.
memref::AllocOp planeAlloc(Value value) {
  auto alloc = value.getDefiningOp<memref::AllocOp>();
  if (!alloc || !blockedPlaneType(value) ||
      !alloc.getType().getLayout().isIdentity())
    return {};
  return alloc;
}

/// The source of `value` when it collapses a blocked plane's rows and
/// columns ([1, C / B, H * W, B], what contractions over the positions
/// read and write).
Value collapsedPlane(Value value) {
  auto collapse = value.getDefiningOp<memref::CollapseShapeOp>();
  if (!collapse || !blockedPlaneType(collapse.getSrc()) ||
      collapse.getReassociationIndices() !=
          SmallVector<ReassociationIndices>{{0}, {1}, {2, 3}, {4}})
    return {};
  return collapse.getSrc();
}

/// The loop of `op` indexing the rows (or the collapsed positions) of its
/// only result.
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

/// Whether `operand` of `op` is indexed along the rows of the result
/// exactly as one of its planes: its dimension 2 is the row loop `row`,
/// which none of its other dimensions uses.
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
bool rowsSplitCleanly(linalg::LinalgOp op,
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

bool isAllParallel(linalg::LinalgOp op) {
  return op.getNumLoops() == op.getNumParallelLoops();
}

/// A view of `value` that is a subview of `buffer` with static offsets,
/// `sizes` and strides 1 but along rows and columns, `stride`; its offsets,
/// or nothing.
std::optional<SmallVector<int64_t>> subviewOffsets(Value value, Value buffer,
                                                   ArrayRef<int64_t> sizes,
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

bool isZeroFill(Operation *op) {
  auto fill = dyn_cast<linalg::FillOp>(op);
  if (!fill || !fill.hasPureBufferSemantics())
    return false;
  FloatAttr value;
  return matchPattern(fill.getInputs()[0], m_Constant(&value)) &&
         value.getValue().isZero();
}

/// An inverted-residual block as the pipeline leaves it on buffers.
struct Chain {
  /// The expansion: its initializer (a broadcast bias, a fill), its
  /// contraction from `input` (collapsed) into `expanded` (collapsed), and
  /// its activation of `expanded` into the interior of `padded`.
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

/// The users of `value` and of the views made of it.
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

/// Matches the projection of `chain`, whose depthwise result T only it
/// reads (through a collapse), and its initializer; sets them and `output`.
bool matchProjection(Chain &chain) {
  Value depthwiseResult = chain.depthwiseResult;
  ArrayRef<int64_t> shape = chain.resultType.getShape();
  int64_t height = shape[2], width = shape[3];
  linalg::LinalgOp projection, projectionInit;
  for (Operation *user : depthwiseResult.getUsers()) {
    if (isa<memref::DeallocOp>(user) || user == chain.depthwise)
      continue;
    auto collapse = dyn_cast<memref::CollapseShapeOp>(user);
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

/// Matches the chain whose depthwise layer is `depthwise`.
std::optional<Chain> matchChain(linalg::GenericOp depthwise) {
  Chain chain;
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
  if (chain.kernelRows > kMaxKernelRows ||
      paddedType.getDimSize(1) != shape[1] ||
      paddedType.getDimSize(4) != shape[4])
    return std::nullopt;

  // P's users: the taps, its interior (the activation's result), its
  // border fills and its deallocation. (The interior may be the centre
  // tap's view too.)
  memref::SubViewOp interior;
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
      auto activation = dyn_cast<linalg::GenericOp>(reader);
      if (!activation || chain.activation || activation.getNumDpsInits() != 1 ||
          activation.getDpsInits()[0] != view.getResult() ||
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

  // E's users: the activation, its initializer, the contraction (through
  // a collapse) and its deallocation.
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
    auto init = dyn_cast<linalg::LinalgOp>(user);
    if (chain.expansionInit || !init || !isAllParallel(init) ||
        init.getNumDpsInits() != 1 || init.getDpsInits()[0] != chain.expanded ||
        !init.getMatchingIndexingMap(init.getDpsInitOperand(0)).isIdentity())
      return std::nullopt;
    chain.expansionInit = init;
  }
  if (!chain.expansion || !chain.expansionInit ||
      !rowsSplitCleanly(chain.expansionInit,
                        [&](Value value) { return value == chain.expanded; }))
    return std::nullopt;
  // The expansion reads the block's input X [1, C' / B', H, W, B'].
  if (!rowsSplitCleanly(chain.expansion,
                        [&](Value value) {
                          if (value == chain.expansion.getDpsInits()[0])
                            return true;
                          Value plane = collapsedPlane(value);
                          MemRefType type =
                              plane ? blockedPlaneType(plane) : MemRefType();
                          if (!type || chain.input ||
                              type.getDimSize(2) != expandedShape[2] ||
                              type.getDimSize(3) != expandedShape[3])
                            return false;
                          chain.input = plane;
                          return true;
                        }) ||
      !chain.input)
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
  if (chain.output && rootBuffer(chain.input) == chain.output)
    return std::nullopt;

  int64_t weightBytes = 0;
  for (linalg::LinalgOp layer : {chain.expansion, chain.projection})
    for (Value input : layer ? layer.getDpsInputs() : SmallVector<Value>())
      if (!collapsedPlane(input))
        if (auto type = dyn_cast<MemRefType>(input.getType()))
          weightBytes +=
              type.getNumElements() * type.getElementTypeBitWidth() / 8;
  if (weightBytes > kMaxWeightBytes)
    return std::nullopt;

  // Scratch per thread: the taps' padded rows and a depthwise row.
  int64_t blocks = shape[1], blockSize = shape[4];
  int64_t ringBytes =
      blocks * chain.kernelRows * paddedType.getDimSize(3) * blockSize * 4;
  int64_t rowBytes = chain.projection ? blocks * width * blockSize * 4 : 0;
  if (ringBytes + rowBytes > kMaxScratchBytes)
    return std::nullopt;
  return chain;
}

/// Whether the ops between the chain's first and last op that are not its
/// own may run before all of it: they write no buffer the chain reads or
/// writes and read none it writes.
bool othersMayGoFirst(Chain &chain,
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

/// Builds the chain's ops row by row; see the pass description.
class RowByRowBuilder {
public:
  RowByRowBuilder(Chain chain, OpBuilder &builder, Location loc)
      : chain(chain), b(builder), loc(loc) {
    ArrayRef<int64_t> shape = chain.resultType.getShape();
    blocks = shape[1];
    height = shape[2];
    width = shape[3];
    blockSize = shape[4];
    expandedHeight = chain.expandedType.getDimSize(2);
    expandedWidth = chain.expandedType.getDimSize(3);
    paddedWidth = cast<MemRefType>(chain.padded.getType()).getDimSize(3);
  }

  void build(func::FuncOp numThreads) {
    Value threads = func::CallOp::create(b, loc, numThreads).getResult(0);
    threads = arith::IndexCastOp::create(b, loc, b.getIndexType(), threads);
    threads = arith::MaxSIOp::create(b, loc, threads, index(1));
    Value bands = arith::MinSIOp::create(b, loc, threads, index(height));
    auto loop = scf::ParallelOp::create(
        b, loc, ValueRange{index(0)}, ValueRange{bands}, ValueRange{index(1)},
        [&](OpBuilder &, Location, ValueRange band) {
          buildBand(band.front(), bands);
        });
    loop->setAttr(ov::codegen::kRowBandsAttr, b.getUnitAttr());
  }

private:
  Value index(int64_t value) {
    return arith::ConstantIndexOp::create(b, loc, value);
  }

  Value times(Value value, int64_t factor) {
    return factor == 1 ? value
                       : arith::MulIOp::create(b, loc, value, index(factor));
  }

  /// A view [1, C / B, 1, `columns`, B] of `buffer` at `row`, `column`,
  /// every `stride`-th column.
  Value rowView(Value buffer, OpFoldResult row, int64_t column, int64_t columns,
                int64_t stride) {
    auto type = cast<MemRefType>(buffer.getType());
    SmallVector<OpFoldResult> offsets(5, b.getIndexAttr(0)), sizes,
        strides(5, b.getIndexAttr(1));
    for (int64_t size : type.getShape())
      sizes.push_back(b.getIndexAttr(size));
    offsets[2] = row;
    offsets[3] = b.getIndexAttr(column);
    sizes[2] = b.getIndexAttr(1);
    sizes[3] = b.getIndexAttr(columns);
    strides[3] = b.getIndexAttr(stride);
    return memref::SubViewOp::create(b, loc, buffer, offsets, sizes, strides);
  }

  void fillZero(Value view) {
    Value zero = arith::ConstantOp::create(b, loc, b.getF32FloatAttr(0));
    linalg::FillOp::create(b, loc, zero, view);
  }

  /// Clones `op` onto rows: each operand in `rows` (or a collapse of one)
  /// becomes its row view, every other plane following the op's rows its
  /// row `row`.
  void cloneOnRows(linalg::LinalgOp op, const DenseMap<Value, Value> &rows,
                   Value row) {
    IRMapping mapping;
    unsigned rowLoop = *rowLoopOf(op);
    for (OpOperand &operand : op->getOpOperands()) {
      Value value = operand.get();
      if (!isa<MemRefType>(value.getType()) ||
          !followsRows(op, operand, rowLoop))
        continue;
      Value plane = collapsedPlane(value);
      Value source = plane ? plane : value;
      Value replacement = rows.lookup(source);
      if (!replacement)
        replacement =
            rowView(source, row, 0, blockedPlaneType(source).getDimSize(3), 1);
      if (plane)
        replacement = memref::CollapseShapeOp::create(
            b, loc, replacement,
            value.getDefiningOp<memref::CollapseShapeOp>()
                .getReassociationIndices());
      mapping.map(value, replacement);
    }
    b.clone(*op.getOperation(), mapping);
  }

  void buildBand(Value band, Value bands) {
    int64_t stride = chain.stride, ringRows = chain.kernelRows;
    // Rows [first, last) of the output, by the band's share.
    Value first = arith::DivUIOp::create(
        b, loc, arith::MulIOp::create(b, loc, band, index(height)), bands);
    Value next = arith::AddIOp::create(b, loc, band, index(1));
    Value last = arith::DivUIOp::create(
        b, loc, arith::MulIOp::create(b, loc, next, index(height)), bands);
    Type f32 = b.getF32Type();
    auto ringType =
        MemRefType::get({1, blocks, ringRows, paddedWidth, blockSize}, f32);
    auto rowType = MemRefType::get({1, blocks, 1, width, blockSize}, f32);
    IntegerAttr alignment = b.getI64IntegerAttr(64);
    ring = memref::AllocaOp::create(b, loc, ringType, alignment);
    // (Without the projection, the depthwise layer writes rows of T.)
    Value depthwiseRow;
    if (chain.projection)
      depthwiseRow = memref::AllocaOp::create(b, loc, rowType, alignment);
    // The ring's padding columns, once.
    int64_t right = chain.padLeft + expandedWidth;
    for (auto [column, columns] : {std::pair(int64_t(0), chain.padLeft),
                                   std::pair(right, paddedWidth - right)}) {
      if (columns == 0)
        continue;
      SmallVector<OpFoldResult> offsets(5, b.getIndexAttr(0)), sizes,
          strides(5, b.getIndexAttr(1));
      offsets[3] = b.getIndexAttr(column);
      for (int64_t size : ringType.getShape())
        sizes.push_back(b.getIndexAttr(size));
      sizes[3] = b.getIndexAttr(columns);
      fillZero(
          memref::SubViewOp::create(b, loc, ring, offsets, sizes, strides));
    }
    // Padded row i (input row i - padTop) goes into slot i mod R; output
    // row r needs padded rows S * r .. S * r + R - 1.
    Value begin = times(first, stride);
    Value lastRow = arith::SubIOp::create(b, loc, last, index(1));
    Value end =
        arith::AddIOp::create(b, loc, times(lastRow, stride), index(ringRows));
    auto rows = scf::ForOp::create(b, loc, begin, end, index(1));
    b.setInsertionPointToStart(rows.getBody());
    Value padded = rows.getInductionVar();
    Value slot = arith::RemUIOp::create(b, loc, padded, index(ringRows));
    Value above = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult,
                                        padded, index(chain.padTop));
    Value below =
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::uge, padded,
                              index(chain.padTop + expandedHeight));
    Value isPadding = arith::OrIOp::create(b, loc, above, below);
    auto expand = scf::IfOp::create(b, loc, isPadding, /*withElse=*/true);
    b.setInsertionPointToStart(expand.thenBlock());
    fillZero(rowView(ring, slot, 0, paddedWidth, 1));
    b.setInsertionPointToStart(expand.elseBlock());
    Value inputRow = arith::SubIOp::create(b, loc, padded, index(chain.padTop));
    Value slotInterior = rowView(ring, slot, chain.padLeft, expandedWidth, 1);
    Value paddedInterior = chain.activation.getDpsInits()[0]; // P's interior
    DenseMap<Value, Value> expansionRows{{chain.expanded, slotInterior},
                                         {paddedInterior, slotInterior}};
    cloneOnRows(chain.expansionInit, expansionRows, inputRow);
    cloneOnRows(chain.expansion, expansionRows, inputRow);
    cloneOnRows(chain.activation, expansionRows, inputRow);

    // Output row r once the ring holds S * r .. S * r + R - 1 (the
    // difference below wraps before then; the first condition excludes it).
    b.setInsertionPointAfter(expand);
    Value sinceFirstTap =
        arith::SubIOp::create(b, loc, padded, index(ringRows - 1));
    Value ready = arith::CmpIOp::create(
        b, loc, arith::CmpIPredicate::uge, padded,
        arith::AddIOp::create(b, loc, begin, index(ringRows - 1)));
    if (stride > 1)
      ready = arith::AndIOp::create(
          b, loc, ready,
          arith::CmpIOp::create(
              b, loc, arith::CmpIPredicate::eq,
              arith::RemUIOp::create(b, loc, sinceFirstTap, index(stride)),
              index(0)));
    auto compute = scf::IfOp::create(b, loc, ready, /*withElse=*/false);
    b.setInsertionPointToStart(compute.thenBlock());
    Value row = stride > 1 ? arith::DivUIOp::create(b, loc, sinceFirstTap,
                                                    index(stride))
                                 .getResult()
                           : sinceFirstTap;
    DenseMap<Value, Value> outputRows;
    if (depthwiseRow)
      outputRows[chain.depthwiseResult] = depthwiseRow;
    for (auto [tap, dy, dx] : chain.taps) {
      Value tapSlot = arith::RemUIOp::create(
          b, loc, arith::AddIOp::create(b, loc, sinceFirstTap, index(dy)),
          index(ringRows));
      outputRows[tap] = rowView(ring, tapSlot, dx, width, stride);
    }
    cloneOnRows(chain.depthwise, outputRows, row);
    if (!chain.projection)
      return;
    cloneOnRows(chain.projectionInit, outputRows, row);
    cloneOnRows(chain.projection, outputRows, row);
  }

  Chain chain;
  OpBuilder &b;
  Location loc;
  int64_t blocks, height, width, blockSize, expandedHeight, expandedWidth,
      paddedWidth;
  Value ring;
};

/// Replaces `chain` by its thread loop over bands of rows.
void computeByRows(Chain &chain, func::FuncOp numThreads) {
  llvm::SetVector<Operation *> members = chain.members();
  SmallVector<Location> locations;
  for (Operation *op : members)
    locations.push_back(op->getLoc());
  OpBuilder b(chain.last());
  b.setInsertionPointAfter(chain.last());
  Location loc = b.getFusedLoc(locations);
  RowByRowBuilder(chain, b, loc).build(numThreads);
  Operation *loop = chain.last()->getNextNode();
  while (!isa<scf::ParallelOp>(loop))
    loop = loop->getNextNode();

  // Buffers the loop reads are freed after it, not before.
  llvm::DenseSet<Value> used;
  loop->walk([&](Operation *op) {
    for (Value operand : op->getOperands())
      if (isa<MemRefType>(operand.getType()))
        used.insert(rootBuffer(operand));
  });
  SmallVector<Operation *> toMove;
  for (Operation *op = chain.expansionInit; op != loop; op = op->getNextNode())
    if (auto dealloc = dyn_cast<memref::DeallocOp>(op);
        dealloc && used.contains(rootBuffer(dealloc.getMemref())))
      toMove.push_back(op);
  for (Operation *op : llvm::reverse(toMove))
    op->moveAfter(loop);

  // (The collapses of the input and output that only the layers read.)
  llvm::SetVector<Operation *> views;
  for (Operation *op : members)
    for (Value operand : op->getOperands())
      if (auto collapse = operand.getDefiningOp<memref::CollapseShapeOp>())
        views.insert(collapse);
  for (Operation *op : llvm::reverse(members))
    op->erase();
  for (Operation *view : views)
    if (view->use_empty())
      view->erase();
  // The planes, their views and their deallocations (T stays when others
  // read it).
  for (Value plane : {chain.depthwiseResult, chain.padded, chain.expanded}) {
    if (plane == chain.depthwiseResult && !chain.projection)
      continue;
    SmallVector<Operation *> users = usersThroughViews(plane);
    for (Operation *user : llvm::reverse(users))
      user->erase();
    plane.getDefiningOp()->erase();
  }
}

func::FuncOp declareNumThreads(ModuleOp module) {
  if (auto declared = module.lookupSymbol<func::FuncOp>(kNumThreadsFunction))
    return declared;
  OpBuilder b(module.getBodyRegion());
  auto function = func::FuncOp::create(b, module.getLoc(), kNumThreadsFunction,
                                       b.getFunctionType({}, {b.getI32Type()}));
  function.setPrivate();
  return function;
}

struct ComputeBlocksByRowsPass
    : ov::impl::ComputeBlocksByRowsBase<ComputeBlocksByRowsPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    // (Matched one at a time: a chain's rewrite moves deallocations.)
    SmallVector<linalg::GenericOp> candidates;
    module.walk([&](linalg::GenericOp op) { candidates.push_back(op); });
    llvm::DenseSet<Operation *> erased;
    func::FuncOp numThreads;
    for (linalg::GenericOp op : candidates) {
      if (erased.contains(op))
        continue;
      std::optional<Chain> chain = matchChain(op);
      if (!chain || !othersMayGoFirst(*chain, chain->members()))
        continue;
      if (!numThreads)
        numThreads = declareNumThreads(module);
      erased.insert_range(chain->members());
      computeByRows(*chain, numThreads);
    }
  }
};

} // namespace
