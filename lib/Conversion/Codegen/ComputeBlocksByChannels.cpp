//===- ComputeBlocksByChannels.cpp - Inverted-residual blocks by channels -===//
//
// On small planes an inverted-residual block's layers split their work
// between the threads each its own way: the expansion and the depthwise
// layer by channel blocks, the projection by its partial products
// (ov-split-input-channels), the border fills and the activation by rows.
// On cores far apart every boundary between them moves lines from one
// core to the other: MobileNetV2's 7x7 blocks (160 -> 960 -> 160) lost
// 179 us of 2121 on 2 far threads against half their 1-thread time. Split
// once by the expanded channels, each thread computes its half of the
// expansion, the activation and the depthwise layer in scratch on its own
// stack and the projection's partial product of that half: the block's
// input and the partial products are all the threads share.
//
//===----------------------------------------------------------------------===//

#include "InvertedResidualBlock.h"
#include "PartialProducts.h"
#include "RegisterTileFusion.h"
#include "RowBands.h"
#include "ovmlir/Conversion/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/IRMapping.h"
#include "llvm/ADT/SetVector.h"

namespace mlir::ov {
#define GEN_PASS_DEF_COMPUTEBLOCKSBYCHANNELS
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;
using namespace mlir::ov::codegen;

namespace {

/// Output planes of at most 7x7 positions: larger ones are computed row by
/// row (ov-compute-blocks-by-rows) or split by rows layer by layer.
constexpr int64_t kMaxPositions = 7 * 7;
/// Expanded channels per output channel at least: the partial products'
/// extra writes and reads (2 N per position) must be small beside the
/// expanded planes they keep on one core.
constexpr int64_t kMinChannelRatio = 3;
/// A part's expanded plane, padded plane and depthwise result at most (its
/// thread's stack; worker threads have 4 MB).
constexpr int64_t kMaxScratchBytes = 768 << 10;
/// The channel-block dimension of blocked activations [1, C / B, H, W, B].
constexpr unsigned kBlockDim = 1;

int64_t bytesOf(MemRefType type) {
  return type.getNumElements() * type.getElementTypeBitWidth() / 8;
}

/// The block's planes that each part keeps on its stack: E, P and T.
SmallVector<Value, 3> scratchPlanes(const InvertedResidualBlock &chain) {
  return {chain.expanded, chain.padded, chain.depthwiseResult};
}

/// The ops of each part before the projection, in their order.
SmallVector<linalg::LinalgOp> partOps(InvertedResidualBlock &chain) {
  SmallVector<linalg::LinalgOp> ops;
  for (linalg::FillOp fill : chain.borderFills)
    ops.push_back(fill);
  ops.push_back(chain.expansionInit);
  ops.push_back(chain.expansion);
  ops.push_back(chain.activation);
  ops.push_back(chain.depthwise);
  return ops;
}

/// Whether `value` views `root` through subviews that keep its rank and
/// all of its channel blocks and collapses that keep them a dimension of
/// their own: the same view of a part's scratch, with fewer blocks, stands
/// for it.
bool viewsAllBlocks(Value value, Value root) {
  while (value != root) {
    Operation *def = value.getDefiningOp();
    if (auto view = dyn_cast_or_null<memref::SubViewOp>(def)) {
      if (view.getSourceType().getRank() != view.getType().getRank() ||
          view.getStaticOffsets()[kBlockDim] != 0 ||
          view.getStaticSizes()[kBlockDim] !=
              view.getSourceType().getDimSize(kBlockDim) ||
          view.getStaticStrides()[kBlockDim] != 1)
        return false;
      value = view.getSource();
      continue;
    }
    auto collapse = dyn_cast_or_null<memref::CollapseShapeOp>(def);
    if (!collapse || collapse.getReassociationIndices().size() <= kBlockDim ||
        collapse.getReassociationIndices()[kBlockDim] !=
            ReassociationIndices{kBlockDim} ||
        collapse.getReassociationIndices()[0] != ReassociationIndices{0})
      return false;
    value = collapse.getSrc();
  }
  return true;
}

/// The loop of `op` along the expanded channel blocks: the one indexing
/// dimension 1 of its operand `plane` (E, P or T, or a view of one).
std::optional<unsigned> blockLoopOf(linalg::LinalgOp op, OpOperand &plane) {
  AffineMap map = op.getMatchingIndexingMap(&plane);
  if (map.getNumResults() <= kBlockDim)
    return std::nullopt;
  auto dim = dyn_cast<AffineDimExpr>(map.getResult(kBlockDim));
  if (!dim)
    return std::nullopt;
  return dim.getPosition();
}

/// Whether each part can compute its blocks of `op` (one of partOps, or
/// the projection) on block loop `loop`: every operand of the scratch
/// planes is indexed by `loop` in its dimension 1 and views all of a
/// plane's blocks; every other operand uses `loop` only as whole
/// dimensions of `blocks` (what a part takes a slice of), or not at all.
bool splitsByBlocks(linalg::LinalgOp op, unsigned loop, ArrayRef<Value> planes,
                    int64_t blocks) {
  for (OpOperand &operand : op->getOpOperands()) {
    auto type = dyn_cast<MemRefType>(operand.get().getType());
    if (!type)
      continue;
    AffineMap map = op.getMatchingIndexingMap(&operand);
    Value root = rootBuffer(operand.get());
    if (llvm::is_contained(planes, root)) {
      if (blockLoopOf(op, operand) != loop ||
          !viewsAllBlocks(operand.get(), root))
        return false;
      continue;
    }
    for (auto [dim, result] : llvm::enumerate(map.getResults())) {
      if (result == getAffineDimExpr(loop, op.getContext())) {
        if (type.getDimSize(dim) != blocks)
          return false;
      } else if (result.isFunctionOfDim(loop)) {
        return false;
      }
    }
  }
  return true;
}

/// Whether `chain` is a small plane's block whose layers each part can
/// compute on its share of the expanded channel blocks.
bool splitsByChannels(InvertedResidualBlock &chain, SymbolTable &symbols) {
  if (!chain.projection || chain.residual ||
      !isa<linalg::GenericOp>(chain.projection.getOperation()) ||
      !isa<linalg::GenericOp>(chain.projectionInit.getOperation()))
    return false;
  auto projection = cast<linalg::GenericOp>(chain.projection.getOperation());
  auto init = cast<linalg::GenericOp>(chain.projectionInit.getOperation());
  if (!isBlockedPointwise(projection) || !isPlaneElementwise(init) ||
      !constantWeights(projection.getDpsInputs()[1], symbols))
    return false;
  ArrayRef<int64_t> shape = chain.resultType.getShape();
  auto outputType = cast<MemRefType>(chain.output.getType());
  int64_t blocks = shape[1];
  if (shape[2] * shape[3] > kMaxPositions || blocks % kParts != 0 ||
      blocks * shape[4] < kMinChannelRatio * outputType.getDimSize(1) *
                              outputType.getDimSize(4))
    return false;
  int64_t scratchBytes = 0;
  for (Value plane : scratchPlanes(chain))
    scratchBytes += bytesOf(cast<MemRefType>(plane.getType())) / kParts;
  if (scratchBytes > kMaxScratchBytes)
    return false;

  SmallVector<Value, 3> planes = scratchPlanes(chain);
  for (linalg::LinalgOp op : partOps(chain)) {
    OpOperand *result = op.getDpsInitOperand(0);
    std::optional<unsigned> loop = blockLoopOf(op, *result);
    if (!loop || !splitsByBlocks(op, *loop, planes, blocks))
      return false;
  }
  // The projection reads T (its input 0) along a reduction loop.
  std::optional<unsigned> loop =
      blockLoopOf(projection, *projection.getDpsInputOperand(0));
  return loop &&
         rootBuffer(projection.getDpsInputs()[0]) == chain.depthwiseResult;
}

/// Builds one part's ops: see the pass description.
class PartBuilder {
public:
  PartBuilder(InvertedResidualBlock &chain, OpBuilder &builder, Location loc,
              Value part, int64_t blocksPerPart)
      : chain(chain), b(builder), loc(loc), part(part),
        blocksPerPart(blocksPerPart) {
    first = arith::MulIOp::create(b, loc, part, index(blocksPerPart));
  }

  void build(Value parts, memref::GlobalOp splitWeights) {
    // The part's E, P and T: the planes' shapes with its blocks.
    for (Value plane : scratchPlanes(chain)) {
      SmallVector<int64_t> shape(cast<MemRefType>(plane.getType()).getShape());
      shape[kBlockDim] = blocksPerPart;
      views[plane] = memref::AllocaOp::create(
          b, loc, MemRefType::get(shape, b.getF32Type()),
          b.getI64IntegerAttr(64));
    }
    for (linalg::LinalgOp op : partOps(chain))
      clonePart(op, *blockLoopOf(op, *op.getDpsInitOperand(0)));

    // Its partial product of the projection, from zeros.
    Value partial = partView(b, loc, parts, part);
    Value zero = arith::ConstantOp::create(b, loc, b.getF32FloatAttr(0));
    linalg::FillOp::create(b, loc, zero, partial);
    Value weights = weightsOfPart(
        b, loc,
        memref::GetGlobalOp::create(b, loc, splitWeights.getType(),
                                    splitWeights.getSymName()),
        part);
    IRMapping mapping;
    mapping.map(chain.projection.getDpsInputs()[0],
                partOf(chain.projection.getDpsInputs()[0]));
    mapping.map(chain.projection.getDpsInputs()[1], weights);
    mapping.map(chain.projection.getDpsInits()[0], partial);
    b.clone(*chain.projection.getOperation(), mapping);
  }

private:
  Value index(int64_t value) {
    return arith::ConstantIndexOp::create(b, loc, value);
  }

  /// The part's view of `value`: a view of E, P or T becomes the same view
  /// of the part's scratch.
  Value partOf(Value value) {
    if (Value known = views.lookup(value))
      return known;
    Operation *def = value.getDefiningOp();
    Value result;
    if (auto view = dyn_cast<memref::SubViewOp>(def)) {
      SmallVector<OpFoldResult> sizes = view.getMixedSizes();
      sizes[kBlockDim] = b.getIndexAttr(blocksPerPart);
      result = memref::SubViewOp::create(b, loc, partOf(view.getSource()),
                                         view.getMixedOffsets(), sizes,
                                         view.getMixedStrides());
    } else {
      auto collapse = cast<memref::CollapseShapeOp>(def);
      result =
          memref::CollapseShapeOp::create(b, loc, partOf(collapse.getSrc()),
                                          collapse.getReassociationIndices());
    }
    views[value] = result;
    return result;
  }

  /// The part's blocks of `value`, an operand other than the scratch
  /// planes: its dimensions indexed by `loop` from the part's first block.
  Value blocksOf(Value value, AffineMap map, unsigned loop) {
    auto type = cast<MemRefType>(value.getType());
    SmallVector<OpFoldResult> offsets(type.getRank(), b.getIndexAttr(0)), sizes,
        strides(type.getRank(), b.getIndexAttr(1));
    for (int64_t size : type.getShape())
      sizes.push_back(b.getIndexAttr(size));
    bool sliced = false;
    for (auto [dim, result] : llvm::enumerate(map.getResults()))
      if (result == getAffineDimExpr(loop, b.getContext())) {
        offsets[dim] = first;
        sizes[dim] = b.getIndexAttr(blocksPerPart);
        sliced = true;
      }
    if (!sliced)
      return value;
    return memref::SubViewOp::create(b, loc, value, offsets, sizes, strides);
  }

  /// Clones `op` onto the part's blocks along its loop `loop`.
  void clonePart(linalg::LinalgOp op, unsigned loop) {
    IRMapping mapping;
    SmallVector<Value, 3> planes = scratchPlanes(chain);
    for (OpOperand &operand : op->getOpOperands()) {
      Value value = operand.get();
      if (!isa<MemRefType>(value.getType()) || mapping.contains(value))
        continue;
      mapping.map(
          value,
          llvm::is_contained(planes, rootBuffer(value))
              ? partOf(value)
              : blocksOf(value, op.getMatchingIndexingMap(&operand), loop));
    }
    b.clone(*op.getOperation(), mapping);
  }

  InvertedResidualBlock &chain;
  OpBuilder &b;
  Location loc;
  Value part, first;
  int64_t blocksPerPart;
  /// E, P, T and their views, as the part's.
  DenseMap<Value, Value> views;
};

/// Replaces `chain` by its thread loop over parts of the expanded channels
/// and the sum of their partial products.
void computeByChannels(InvertedResidualBlock &chain,
                       memref::GlobalOp splitWeights) {
  llvm::SetVector<Operation *> members = chain.members();
  SmallVector<Location> locations;
  for (Operation *op : members)
    locations.push_back(op->getLoc());
  OpBuilder b(chain.last());
  b.setInsertionPointAfter(chain.last());
  Location loc = b.getFusedLoc(locations);
  auto outputType = cast<MemRefType>(chain.output.getType());
  SmallVector<ReassociationIndices> positions{{0}, {1}, {2, 3}, {4}};
  auto collapsedType =
      memref::CollapseShapeOp::computeCollapsedType(outputType, positions);
  SmallVector<int64_t> partsShape(collapsedType.getShape());
  partsShape[0] = kParts;
  Value parts = memref::AllocOp::create(
      b, loc, MemRefType::get(partsShape, b.getF32Type()),
      b.getI64IntegerAttr(64));
  int64_t blocksPerPart = chain.resultType.getDimSize(kBlockDim) / kParts;
  auto loop = scf::ParallelOp::create(
      b, loc, ValueRange{arith::ConstantIndexOp::create(b, loc, 0)},
      ValueRange{arith::ConstantIndexOp::create(b, loc, kParts)},
      ValueRange{arith::ConstantIndexOp::create(b, loc, 1)},
      [&](OpBuilder &nested, Location, ValueRange part) {
        PartBuilder(chain, nested, loc, part.front(), blocksPerPart)
            .build(parts, splitWeights);
      });
  loop->setAttr(kRowBandsAttr, b.getUnitAttr());
  Value output =
      memref::CollapseShapeOp::create(b, loc, chain.output, positions);
  linalg::GenericOp sum = buildPartialSum(
      b, loc, parts, output,
      cast<linalg::GenericOp>(chain.projectionInit.getOperation()));
  memref::DeallocOp::create(b, loc, parts);

  // Buffers the loop or the sum read are freed after them, not before.
  freeUsedBuffersAfter(chain.expansionInit, loop);
  freeUsedBuffersAfter(loop, sum);

  // (The views of the input, the output and the weights that only the
  // layers read, and the weights' global reads.)
  SmallVector<Operation *> views;
  for (Operation *op : members)
    for (Value operand : op->getOperands())
      if (Operation *def = operand.getDefiningOp())
        views.push_back(def);
  for (Operation *op : llvm::reverse(members))
    op->erase();
  eraseUnusedViews(views);
  // The planes, their views and their deallocations.
  for (Value plane : scratchPlanes(chain))
    erasePlane(plane);
}

struct ComputeBlocksByChannelsPass
    : ov::impl::ComputeBlocksByChannelsBase<ComputeBlocksByChannelsPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    SymbolTable symbols(module);
    // (Matched one at a time: a chain's rewrite moves deallocations.)
    SmallVector<linalg::GenericOp> candidates;
    module.walk([&](linalg::GenericOp op) { candidates.push_back(op); });
    llvm::DenseSet<Operation *> erased;
    llvm::DenseMap<Operation *, memref::GlobalOp> splitGlobals;
    for (linalg::GenericOp op : candidates) {
      if (erased.contains(op))
        continue;
      std::optional<InvertedResidualBlock> chain =
          matchInvertedResidualBlock(op);
      if (!chain || !splitsByChannels(*chain, symbols) ||
          !othersMayGoFirst(*chain, chain->members()))
        continue;
      Value weights = chain->projection.getDpsInputs()[1];
      memref::GlobalOp global = constantWeights(weights, symbols);
      memref::GlobalOp &split = splitGlobals[global];
      if (!split)
        split = ov::codegen::splitWeights(
            global, cast<MemRefType>(weights.getType()).getShape(), symbols);
      erased.insert_range(chain->members());
      computeByChannels(*chain, split);
    }
    for (auto [global, split] : splitGlobals)
      if (SymbolTable::symbolKnownUseEmpty(global, module))
        symbols.erase(global);
  }
};

} // namespace
