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
// A block with a squeeze-excite between its depthwise layer and its
// projection (EfficientNet-B0's 7x7 blocks: 8 regions each, 55 us of loss
// each on 2 far threads) needs the whole depthwise result's pooled means
// before any scaling: its parts are two thread loops. In the first, each
// part computes its half of the expansion and the depthwise layer into T
// (in the arena: the second loop reads it, on the same thread), the means
// of its channels and its partial product of the squeeze's 1x1 layer. In
// the second, each part sums those partial products (a few cache lines
// from the other core), computes its channels' gates, scales its half of
// T and computes its partial product of the projection.
//
//===----------------------------------------------------------------------===//

#include "InvertedResidualBlock.h"
#include "PartialProducts.h"
#include "RegisterTileFusion.h"
#include "RowBands.h"
#include "SqueezeExcite.h"
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
/// (MobileNetV2's 14x14 blocks by channels took 1.053 of their time by
/// rows on 2 far threads; EfficientNet-B0's 14x14 blocks with their
/// squeeze-excite, layer by layer otherwise, 1.05 of the model's time on 1
/// thread and 0.991 on 2.)
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

/// A block to split by channels, with its squeeze-excite if it has one.
struct ChannelSplit {
  InvertedResidualBlock chain;
  std::optional<SqueezeExcite> se;

  /// The buffers of channel blocks that each part has its own of, with
  /// its share of the blocks: E, P and T, and a squeeze-excite's pooled
  /// sums, means, G and gates.
  SmallVector<Value> partPlanes() const {
    SmallVector<Value> planes{chain.expanded, chain.padded,
                              chain.depthwiseResult};
    if (se)
      planes.append({se->pooled, se->means, se->expanded, se->gates});
    return planes;
  }

  /// Those on the part's stack: all but T with a squeeze-excite, whose
  /// second loop reads it (each part's T is then one of kParts in the
  /// arena).
  SmallVector<Value> stackPlanes() const {
    SmallVector<Value> planes = partPlanes();
    if (se)
      llvm::erase(planes, chain.depthwiseResult);
    return planes;
  }

  /// The ops of each part before the projection (before the squeeze's 1x1
  /// layer, with a squeeze-excite), in their order.
  SmallVector<linalg::LinalgOp> partOps() {
    SmallVector<linalg::LinalgOp> ops;
    for (linalg::FillOp fill : chain.borderFills)
      ops.push_back(fill);
    ops.push_back(chain.expansionInit);
    ops.push_back(chain.expansion);
    ops.push_back(chain.activation);
    ops.push_back(chain.depthwise);
    if (se) {
      ops.push_back(se->poolFill);
      ops.push_back(se->pool);
      ops.push_back(se->mean);
    }
    return ops;
  }

  /// The ops of each part after the partial products of the squeeze are
  /// summed: the excitation's 1x1 layer, the gates and the scaling.
  SmallVector<linalg::LinalgOp> gateOps() {
    if (!se)
      return {};
    return {se->expand, se->gate, se->scale};
  }

  llvm::SetVector<Operation *> members() {
    llvm::SetVector<Operation *> ops = chain.members();
    if (se)
      ops.insert_range(se->ops());
    return ops;
  }
};

/// The first dimension of `type` of more than one element.
std::optional<unsigned> leadingDim(MemRefType type) {
  for (auto [dim, size] : llvm::enumerate(type.getShape()))
    if (size != 1)
      return dim;
  return std::nullopt;
}

/// Whether the reshape between `collapsed` and `expanded` (`groups`: the
/// expanded dimensions of each collapsed one) keeps their leading
/// dimensions (leadingDim) in one group: a share of one is a share of the
/// other.
bool keepsLeadingDim(MemRefType collapsed, MemRefType expanded,
                     ArrayRef<ReassociationIndices> groups) {
  std::optional<unsigned> outer = leadingDim(collapsed),
                          inner = leadingDim(expanded);
  return outer && inner && llvm::is_contained(groups[*outer], *inner);
}

/// Whether `value` views `root` through subviews that keep its rank and
/// all of its channel blocks and reshapes that keep them the leading
/// dimension: the same view of a part's scratch, with fewer blocks, stands
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
    // (A reshape keeps the blocks the outermost dimension of more than one
    // element: a part's blocks, reshaped alike, are a share of it.)
    if (auto collapse = dyn_cast_or_null<memref::CollapseShapeOp>(def)) {
      if (!keepsLeadingDim(collapse.getResultType(), collapse.getSrcType(),
                           collapse.getReassociationIndices()))
        return false;
      value = collapse.getSrc();
    } else if (auto expand = dyn_cast_or_null<memref::ExpandShapeOp>(def)) {
      if (!keepsLeadingDim(expand.getSrcType(), expand.getResultType(),
                           expand.getReassociationIndices()))
        return false;
      value = expand.getSrc();
    } else {
      return false;
    }
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
/// (Such a dimension may also be the blocks' channels: a multiple of
/// `blocks`, which parts share alike.)
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
          type.getDimSize(kBlockDim) % blocks != 0 ||
          !viewsAllBlocks(operand.get(), root))
        return false;
      continue;
    }
    for (auto [dim, result] : llvm::enumerate(map.getResults())) {
      if (result == getAffineDimExpr(loop, op.getContext())) {
        if (type.getDimSize(dim) % blocks != 0)
          return false;
      } else if (result.isFunctionOfDim(loop)) {
        return false;
      }
    }
  }
  return true;
}

/// Whether the squeeze's 1x1 layer `reduce` has weights that can be
/// repacked by parts of its input channels: constant, and blocked
/// (isBlockedPointwise, splitWeights) or a plain matmul's [C, N]
/// (splitRows).
bool splitsSqueeze(linalg::LinalgOp reduce, SymbolTable &symbols) {
  if (!constantWeights(reduce.getDpsInputs()[1], symbols))
    return false;
  if (auto generic = dyn_cast<linalg::GenericOp>(reduce.getOperation()))
    return isBlockedPointwise(generic);
  auto matmul = dyn_cast<linalg::MatmulOp>(reduce.getOperation());
  return matmul && !matmul.hasUserDefinedMaps();
}

/// Whether `split` is a small plane's block whose layers each part can
/// compute on its share of the expanded channel blocks.
bool splitsByChannels(ChannelSplit &split, SymbolTable &symbols) {
  InvertedResidualBlock &chain = split.chain;
  if (!chain.projection || chain.residual ||
      !isa<linalg::GenericOp>(chain.projection.getOperation()) ||
      !isa<linalg::GenericOp>(chain.projectionInit.getOperation()))
    return false;
  auto projection = cast<linalg::GenericOp>(chain.projection.getOperation());
  auto init = cast<linalg::GenericOp>(chain.projectionInit.getOperation());
  if (!isBlockedPointwise(projection) || !isPlaneElementwise(init) ||
      !constantWeights(projection.getDpsInputs()[1], symbols))
    return false;
  if (split.se && !splitsSqueeze(split.se->reduce, symbols))
    return false;
  ArrayRef<int64_t> shape = chain.resultType.getShape();
  auto outputType = cast<MemRefType>(chain.output.getType());
  int64_t blocks = shape[1];
  InputParts parts(blocks);
  // (Odd counts would be overlapping parts, InputParts: EfficientNet-B0's
  // features.6.0, 21 blocks, took 301 us on 1 thread instead of 263.)
  if (shape[2] * shape[3] > kMaxPositions || blocks % kParts != 0 ||
      blocks * shape[4] < kMinChannelRatio * outputType.getDimSize(1) *
                              outputType.getDimSize(4))
    return false;
  int64_t scratchBytes = 0;
  for (Value plane : split.stackPlanes())
    scratchBytes +=
        bytesOf(cast<MemRefType>(plane.getType())) / blocks * parts.perPart;
  if (scratchBytes > kMaxScratchBytes)
    return false;
  SmallVector<Value> planes = split.partPlanes();

  for (linalg::LinalgOp op :
       llvm::concat<linalg::LinalgOp>(split.partOps(), split.gateOps())) {
    OpOperand *result = op.getDpsInitOperand(0);
    std::optional<unsigned> loop = blockLoopOf(op, *result);
    if (!loop || !splitsByBlocks(op, *loop, planes, blocks))
      return false;
  }
  // The 1x1 layers over all blocks read them (their input 0) along a
  // reduction loop: the projection T, the squeeze the means.
  if (split.se) {
    linalg::LinalgOp reduce = split.se->reduce;
    std::optional<unsigned> loop =
        blockLoopOf(reduce, *reduce.getDpsInputOperand(0));
    if (!loop || !splitsByBlocks(reduce, *loop, planes, blocks))
      return false;
  }
  std::optional<unsigned> loop =
      blockLoopOf(projection, *projection.getDpsInputOperand(0));
  return loop &&
         rootBuffer(projection.getDpsInputs()[0]) == chain.depthwiseResult &&
         splitsByBlocks(projection, *loop, planes, blocks);
}

/// The constant globals of the split 1x1 layers' weights (splitWeights).
struct SplitGlobals {
  memref::GlobalOp projection, reduce;
};

/// Builds one part's ops: see the pass description.
class PartBuilder {
public:
  PartBuilder(ChannelSplit &split, OpBuilder &builder, Location loc, Value part,
              const InputParts &parts)
      : split(split), chain(split.chain), b(builder), loc(loc), part(part),
        blocks(parts.blocks), blocksPerPart(parts.perPart) {
    // (Of two parts: the second starts at blocks - perPart.)
    first = arith::MulIOp::create(b, loc, part, index(parts.start(1)));
  }

  /// The part's ops up to its partial product of the projection into
  /// `parts`; with a squeeze-excite, up to its partial product of the
  /// squeeze into `reduceParts`.
  void buildFirstLoop(Value parts, Value reduceParts, Value planeParts,
                      const SplitGlobals &globals) {
    // The part's scratch: the planes' shapes with its blocks.
    for (Value plane : split.stackPlanes())
      allocaFor(plane, /*ofBlocks=*/true);
    if (planeParts)
      ownPlane(chain.depthwiseResult, planeParts);
    for (linalg::LinalgOp op : split.partOps())
      clonePart(op, *blockLoopOf(op, *op.getDpsInitOperand(0)));
    if (split.se)
      buildPartialProduct(split.se->reduce, reduceParts, globals.reduce);
    else
      buildPartialProduct(chain.projection, parts, globals.projection);
  }

  /// With a squeeze-excite: the part's squeeze (the partial products
  /// summed), its gates, its half of T scaled and its partial product of
  /// the projection into `parts`.
  void buildSecondLoop(Value parts, Value reduceParts, Value planeParts,
                       const SplitGlobals &globals) {
    SqueezeExcite &se = *split.se;
    ownPlane(chain.depthwiseResult, planeParts);
    // R and A whole, each part its own; G and the gates its blocks.
    Value reduced = allocaFor(se.reduced, /*ofBlocks=*/false);
    linalg::CopyOp::create(b, loc, se.reduceBias.getSource(), reduced);
    buildPartialSum(b, loc, reduceParts, reduced, /*init=*/{});
    allocaFor(se.activated, /*ofBlocks=*/false);
    clonePart(se.reduceActivation, /*loop=*/std::nullopt);
    Value expanded = allocaFor(se.expanded, /*ofBlocks=*/true);
    allocaFor(se.gates, /*ofBlocks=*/true);
    linalg::CopyOp::create(
        b, loc, blocksAlong(se.expandBias.getSource(), kBlockDim), expanded);
    for (linalg::LinalgOp op : split.gateOps())
      clonePart(op, *blockLoopOf(op, *op.getDpsInitOperand(0)));
    buildPartialProduct(chain.projection, parts, globals.projection);
  }

private:
  Value index(int64_t value) {
    return arith::ConstantIndexOp::create(b, loc, value);
  }

  /// The part's share of a dimension of `size` (the blocks, or their
  /// channels).
  int64_t partSize(int64_t size) { return size / blocks * blocksPerPart; }

  /// The part's buffer on its stack for `buffer`: its shape, with the
  /// part's share of the blocks when `ofBlocks`.
  Value allocaFor(Value buffer, bool ofBlocks) {
    SmallVector<int64_t> shape(cast<MemRefType>(buffer.getType()).getShape());
    if (ofBlocks) {
      shape[kBlockDim] = partSize(shape[kBlockDim]);
      ofPartBlocks.insert(buffer);
    }
    Value alloca =
        memref::AllocaOp::create(b, loc, MemRefType::get(shape, b.getF32Type()),
                                 b.getI64IntegerAttr(64));
    views[buffer] = alloca;
    return alloca;
  }

  /// The part's `plane` is its part of `planeParts` ([kParts, blocks per
  /// part, H, W, B], in the arena).
  void ownPlane(Value plane, Value planeParts) {
    ofPartBlocks.insert(plane);
    views[plane] = partView(b, loc, planeParts, part);
  }

  /// Whether `value` views one of the buffers the part has its own of.
  bool isPartBuffer(Value value) { return views.contains(rootBuffer(value)); }

  /// The part's view of `value`, a view of a buffer the part has its own
  /// of: the same view of the part's buffer (with the part's blocks).
  Value partOf(Value value) {
    if (Value known = views.lookup(value))
      return known;
    Operation *def = value.getDefiningOp();
    bool ofBlocks = ofPartBlocks.contains(rootBuffer(value));
    Value result;
    if (auto view = dyn_cast<memref::SubViewOp>(def)) {
      SmallVector<OpFoldResult> sizes = view.getMixedSizes();
      if (ofBlocks)
        sizes[kBlockDim] =
            b.getIndexAttr(partSize(view.getStaticSizes()[kBlockDim]));
      result = memref::SubViewOp::create(b, loc, partOf(view.getSource()),
                                         view.getMixedOffsets(), sizes,
                                         view.getMixedStrides());
    } else if (auto expand = dyn_cast<memref::ExpandShapeOp>(def)) {
      SmallVector<int64_t> shape(expand.getResultType().getShape());
      if (ofBlocks) {
        unsigned leading = *leadingDim(expand.getResultType());
        shape[leading] = partSize(shape[leading]);
      }
      result =
          memref::ExpandShapeOp::create(b, loc, shape, partOf(expand.getSrc()),
                                        expand.getReassociationIndices());
    } else {
      auto collapse = cast<memref::CollapseShapeOp>(def);
      result =
          memref::CollapseShapeOp::create(b, loc, partOf(collapse.getSrc()),
                                          collapse.getReassociationIndices());
    }
    views[value] = result;
    return result;
  }

  /// The part's blocks of `value` along its dimension `dim` (of the blocks
  /// or their channels).
  Value blocksAlong(Value value, unsigned dim) {
    auto type = cast<MemRefType>(value.getType());
    SmallVector<OpFoldResult> offsets(type.getRank(), b.getIndexAttr(0)), sizes,
        strides(type.getRank(), b.getIndexAttr(1));
    for (int64_t size : type.getShape())
      sizes.push_back(b.getIndexAttr(size));
    int64_t perBlock = type.getDimSize(dim) / blocks;
    offsets[dim] =
        perBlock == 1
            ? first
            : arith::MulIOp::create(b, loc, first, index(perBlock)).getResult();
    sizes[dim] = b.getIndexAttr(partSize(type.getDimSize(dim)));
    return memref::SubViewOp::create(b, loc, value, offsets, sizes, strides);
  }

  /// The part's blocks of `value`, an operand of a buffer the part has no
  /// own of: its dimension indexed by `loop` from the part's first block.
  Value blocksOf(Value value, AffineMap map, std::optional<unsigned> loop) {
    if (!loop)
      return value;
    for (auto [dim, result] : llvm::enumerate(map.getResults()))
      if (result == getAffineDimExpr(*loop, b.getContext()))
        return blocksAlong(value, dim);
    return value;
  }

  /// The part's value of `operand` of `op`, whose loop `loop` goes over
  /// the blocks: the part's view of a buffer it has its own of, or its
  /// blocks of another.
  Value partOperand(linalg::LinalgOp op, OpOperand &operand,
                    std::optional<unsigned> loop) {
    Value value = operand.get();
    if (isPartBuffer(value))
      return partOf(value);
    return blocksOf(value, op.getMatchingIndexingMap(&operand), loop);
  }

  /// Clones `op` onto the part's blocks along its loop `loop` (none: the
  /// whole op, on the part's buffers).
  void clonePart(linalg::LinalgOp op, std::optional<unsigned> loop) {
    IRMapping mapping;
    for (OpOperand &operand : op->getOpOperands()) {
      Value value = operand.get();
      if (isa<MemRefType>(value.getType()) && !mapping.contains(value))
        mapping.map(value, partOperand(op, operand, loop));
    }
    b.clone(*op.getOperation(), mapping);
  }

  /// The part's partial product of `layer` (a 1x1 layer over all blocks,
  /// reading them along a reduction loop) into its part of `parts`, from
  /// zeros, with its part of the split weights `weightParts`.
  void buildPartialProduct(linalg::LinalgOp layer, Value parts,
                           memref::GlobalOp weightParts) {
    Value partial = partView(b, loc, parts, part);
    Value zero = arith::ConstantOp::create(b, loc, b.getF32FloatAttr(0));
    linalg::FillOp::create(b, loc, zero, partial);
    Value weights =
        weightsOfPart(b, loc,
                      memref::GetGlobalOp::create(b, loc, weightParts.getType(),
                                                  weightParts.getSymName()),
                      part);
    OpOperand &input = *layer.getDpsInputOperand(0);
    IRMapping mapping;
    mapping.map(input.get(),
                partOperand(layer, input, blockLoopOf(layer, input)));
    mapping.map(layer.getDpsInputs()[1], weights);
    // (A layer writing a view of its result, a matmul's collapsed vector,
    // writes the same view of its part.)
    Value result = layer.getDpsInits()[0];
    if (cast<MemRefType>(result.getType()).getShape() ==
        cast<MemRefType>(partial.getType()).getShape()) {
      mapping.map(result, partial);
    } else {
      views[rootBuffer(result)] = partial;
      mapping.map(result, partOf(result));
    }
    b.clone(*layer.getOperation(), mapping);
  }

  ChannelSplit &split;
  InvertedResidualBlock &chain;
  OpBuilder &b;
  Location loc;
  Value part, first;
  int64_t blocks, blocksPerPart;
  /// The buffers the part has its own of, and their views, as the part's.
  DenseMap<Value, Value> views;
  /// Of those, the ones of the part's blocks.
  llvm::DenseSet<Value> ofPartBlocks;
};

/// A buffer of kParts partial products of the 1x1 layer writing `result`
/// ([1, N / B, P, B], or a blocked plane collapsed to that).
Value allocParts(OpBuilder &b, Location loc, Value result) {
  auto type = cast<MemRefType>(result.getType());
  if (type.getRank() == 5)
    type = memref::CollapseShapeOp::computeCollapsedType(
        type, {{0}, {1}, {2, 3}, {4}});
  SmallVector<int64_t> shape(type.getShape());
  shape[0] = kParts;
  return memref::AllocOp::create(b, loc, MemRefType::get(shape, b.getF32Type()),
                                 b.getI64IntegerAttr(64));
}

/// A thread loop over the parts, each built by `build`.
scf::ParallelOp partLoop(OpBuilder &b, Location loc,
                         function_ref<void(OpBuilder &, Value)> build) {
  auto loop = scf::ParallelOp::create(
      b, loc, ValueRange{arith::ConstantIndexOp::create(b, loc, 0)},
      ValueRange{arith::ConstantIndexOp::create(b, loc, kParts)},
      ValueRange{arith::ConstantIndexOp::create(b, loc, 1)},
      [&](OpBuilder &nested, Location, ValueRange part) {
        build(nested, part.front());
      });
  loop->setAttr(kRowBandsAttr, b.getUnitAttr());
  return loop;
}

/// Replaces `split` by its thread loops over parts of the expanded
/// channels and the sum of their partial products.
void computeByChannels(ChannelSplit &split, const SplitGlobals &globals) {
  InvertedResidualBlock &chain = split.chain;
  llvm::SetVector<Operation *> members = split.members();
  OpBuilder b(chain.last());
  b.setInsertionPointAfter(chain.last());
  Location loc = fusedLocOf(b, members);
  Value parts = allocParts(b, loc, chain.output);
  Value reduceParts =
      split.se ? allocParts(b, loc, split.se->reduced) : Value();
  InputParts blockParts(chain.resultType.getDimSize(kBlockDim));
  // (With a squeeze-excite each part's T, which both loops use.)
  Value planeParts;
  if (split.se) {
    SmallVector<int64_t> shape(chain.resultType.getShape());
    shape[0] = kParts;
    shape[kBlockDim] = blockParts.perPart;
    planeParts =
        memref::AllocOp::create(b, loc, MemRefType::get(shape, b.getF32Type()),
                                b.getI64IntegerAttr(64));
  }
  auto builder = [&](OpBuilder &nested, Value part) {
    return PartBuilder(split, nested, loc, part, blockParts);
  };
  scf::ParallelOp loop = partLoop(b, loc, [&](OpBuilder &nested, Value part) {
    builder(nested, part)
        .buildFirstLoop(parts, reduceParts, planeParts, globals);
  });
  // Buffers the loops or the sum read are freed after them, not before.
  freeUsedBuffersAfter(chain.expansionInit, loop);
  if (split.se) {
    scf::ParallelOp second =
        partLoop(b, loc, [&](OpBuilder &nested, Value part) {
          builder(nested, part)
              .buildSecondLoop(parts, reduceParts, planeParts, globals);
        });
    memref::DeallocOp::create(b, loc, reduceParts);
    memref::DeallocOp::create(b, loc, planeParts);
    freeUsedBuffersAfter(loop, second);
    loop = second;
  }
  auto positions = SmallVector<ReassociationIndices>{{0}, {1}, {2, 3}, {4}};
  Value output =
      memref::CollapseShapeOp::create(b, loc, chain.output, positions);
  linalg::GenericOp sum = buildPartialSum(
      b, loc, parts, output,
      cast<linalg::GenericOp>(chain.projectionInit.getOperation()));
  memref::DeallocOp::create(b, loc, parts);
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
  for (Value plane : split.partPlanes())
    erasePlane(plane);
  if (split.se)
    for (Value buffer : {split.se->reduced, split.se->activated})
      erasePlane(buffer);
}

/// The constant global of `layer`'s weights split by parts of its input
/// blocks, made once per global.
memref::GlobalOp
splitGlobalOf(linalg::LinalgOp layer, int64_t blocks, SymbolTable &symbols,
              llvm::DenseMap<Operation *, memref::GlobalOp> &splitGlobals) {
  Value weights = layer.getDpsInputs()[1];
  memref::GlobalOp global = constantWeights(weights, symbols);
  memref::GlobalOp &split = splitGlobals[global];
  if (split)
    return split;
  // (Blocked [N / B, C / B, B, B], or a matmul's [C, N] of `blocks`.)
  auto type = cast<MemRefType>(weights.getType());
  if (type.getRank() == 2)
    split = splitRows(global, type.getShape(), blocks, symbols);
  else
    split = ov::codegen::splitWeights(global, type.getShape(), symbols);
  return split;
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
      if (!chain)
        continue;
      ChannelSplit split{*chain, std::nullopt};
      // (T read by a squeeze-excite and then the projection.)
      if (!chain->projection) {
        if (!matchProjection(split.chain, /*otherReaders=*/true))
          continue;
        split.se = matchSqueezeExcite(split.chain);
        if (!split.se)
          continue;
      }
      if (!splitsByChannels(split, symbols) ||
          !othersMayGoFirst(split.chain, split.members()))
        continue;
      SplitGlobals globals;
      int64_t blocks = split.chain.resultType.getDimSize(kBlockDim);
      globals.projection =
          splitGlobalOf(split.chain.projection, blocks, symbols, splitGlobals);
      if (split.se)
        globals.reduce =
            splitGlobalOf(split.se->reduce, blocks, symbols, splitGlobals);
      erased.insert_range(split.members());
      computeByChannels(split, globals);
    }
    for (auto [global, split] : splitGlobals)
      if (SymbolTable::symbolKnownUseEmpty(global, module))
        symbols.erase(global);
  }
};

} // namespace
