//===- RegisterTileFusion.cpp - Neighbours in register tiles --------------===//
//
// See RegisterTileFusion.h. Runs on buffers, inside ov-tile-and-vectorize:
// the neighbours are found (and collapsed to the contraction's result
// shape) before anything is tiled; their tiles are put next to the
// contraction's register tiles once these exist, and the vector transfers
// between them are forwarded after vectorization.
//
//===----------------------------------------------------------------------===//

#include "RegisterTileFusion.h"
#include "PaddedPlaneStores.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/Dominance.h"
#include "mlir/Interfaces/LoopLikeInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Interfaces/TilingInterface.h"
#include "mlir/Interfaces/ViewLikeInterface.h"
#include "mlir/Transforms/LoopInvariantCodeMotionUtils.h"
#include "llvm/ADT/SetVector.h"

namespace mlir::ov::codegen {

Value rootBuffer(Value value) {
  while (auto view = value.getDefiningOp<ViewLikeOpInterface>())
    value = view.getViewSource();
  return value;
}

memref::SubViewOp staticSubview(Value value) {
  auto subview = value.getDefiningOp<memref::SubViewOp>();
  if (!subview || !subview.hasUnitStride() ||
      subview.getSourceType().getRank() != subview.getType().getRank() ||
      ShapedType::isDynamicShape(subview.getStaticOffsets()) ||
      ShapedType::isDynamicShape(subview.getStaticSizes()))
    return {};
  return subview;
}

bool isAllocated(Value value) {
  return value.getDefiningOp<memref::AllocOp>() ||
         value.getDefiningOp<memref::AllocaOp>();
}

void eraseUnusedViews(ArrayRef<Operation *> ops) {
  // (A set: an op is in the work list at most once, erased at most once.)
  llvm::SetVector<Operation *> work;
  work.insert(ops.begin(), ops.end());
  while (!work.empty()) {
    Operation *view = work.pop_back_val();
    if (!view->use_empty() ||
        !isa<ViewLikeOpInterface, memref::GetGlobalOp>(view))
      continue;
    for (Value operand : view->getOperands())
      if (Operation *def = operand.getDefiningOp())
        work.insert(def);
    view->erase();
  }
}

namespace {

using Groups = SmallVector<ReassociationIndices>;

/// An operand of an op whose loops are grouped (collapsed): the groups of
/// its dimensions and its indexing map's results in the grouped loops.
struct GroupedOperand {
  Groups dims;
  SmallVector<AffineExpr> results;
};

/// How an operand with indexing `map` and `shape` follows when the loops
/// are grouped by `loops`: each group of loops indexes a run of its
/// dimensions in order, or a run of size-1 dimensions indexed by 0 (a
/// broadcast bias [1, C, 1, 1]), or none of them.
std::optional<GroupedOperand>
groupOperand(AffineMap map, ArrayRef<int64_t> shape,
             ArrayRef<ReassociationIndices> loops) {
  MLIRContext *context = map.getContext();
  unsigned numResults = map.getNumResults();
  auto loopAt = [&](unsigned result) -> std::optional<unsigned> {
    if (result >= numResults)
      return std::nullopt;
    auto dim = dyn_cast<AffineDimExpr>(map.getResult(result));
    return dim ? std::optional<unsigned>(dim.getPosition()) : std::nullopt;
  };
  auto isUnitZero = [&](unsigned result) {
    auto constant = dyn_cast<AffineConstantExpr>(map.getResult(result));
    return constant && constant.getValue() == 0 && shape[result] == 1;
  };
  GroupedOperand grouped;
  unsigned next = 0;
  for (auto [index, group] : llvm::enumerate(loops)) {
    ReassociationIndices dims;
    AffineExpr result;
    if (loopAt(next) == group.front()) {
      for (auto [offset, loop] : llvm::enumerate(group)) {
        if (loopAt(next + offset) != loop)
          return std::nullopt;
        dims.push_back(next + offset);
      }
      result = getAffineDimExpr(index, context);
    } else if (next + group.size() <= numResults &&
               llvm::all_of(llvm::seq<unsigned>(next, next + group.size()),
                            isUnitZero)) {
      for (unsigned offset : llvm::seq<unsigned>(0, group.size()))
        dims.push_back(next + offset);
      result = getAffineConstantExpr(0, context);
    } else {
      // Not indexed by these loops at all.
      if (llvm::any_of(group,
                       [&](int64_t loop) { return map.isFunctionOfDim(loop); }))
        return std::nullopt;
      continue;
    }
    next += dims.size();
    grouped.dims.push_back(std::move(dims));
    grouped.results.push_back(result);
  }
  if (next != numResults)
    return std::nullopt;
  return grouped;
}

/// An op whose loops are all parallel, on static buffers, writing one
/// buffer with the identity map, with a body of pure arithmetic that does
/// not depend on the loop indices.
bool isElementwiseOnBuffers(linalg::LinalgOp op) {
  if (!op.hasPureBufferSemantics() || op.getNumLoops() == 0 ||
      op.getNumLoops() != op.getNumParallelLoops() ||
      op.getNumDpsInits() != 1 || op.hasIndexSemantics() ||
      !op.getMatchingIndexingMap(op.getDpsInitOperand(0)).isIdentity())
    return false;
  for (Value operand : op->getOperands())
    if (auto type = dyn_cast<ShapedType>(operand.getType());
        type && (!isa<MemRefType>(type) || !type.hasStaticShape()))
      return false;
  return llvm::all_of(
      op.getBlock()->without_terminator(), [](Operation &nested) {
        return nested.getNumRegions() == 0 && isMemoryEffectFree(&nested);
      });
}

/// Whether `op`'s operands (but its result, when `result` is false) can
/// follow when its loops are grouped by `loops`.
bool canGroup(linalg::LinalgOp op, ArrayRef<ReassociationIndices> loops,
              bool result = true) {
  for (OpOperand &operand : op->getOpOperands()) {
    if (!result && op.isDpsInit(&operand))
      continue;
    auto type = dyn_cast<MemRefType>(operand.get().getType());
    if (!type)
      continue;
    std::optional<GroupedOperand> grouped = groupOperand(
        op.getMatchingIndexingMap(&operand), type.getShape(), loops);
    if (!grouped || (grouped->dims.size() != type.getShape().size() &&
                     !memref::CollapseShapeOp::isGuaranteedCollapsible(
                         type, grouped->dims)))
      return false;
  }
  return true;
}

/// `op` (canGroup) as a generic over its grouped loops, in its place.
linalg::GenericOp groupLoops(RewriterBase &rewriter, linalg::LinalgOp op,
                             ArrayRef<ReassociationIndices> loops) {
  rewriter.setInsertionPoint(op);
  Location loc = op.getLoc();
  SmallVector<Value> operands;
  SmallVector<AffineMap> maps;
  for (OpOperand &operand : op->getOpOperands()) {
    AffineMap map = op.getMatchingIndexingMap(&operand);
    Value value = operand.get();
    auto type = dyn_cast<MemRefType>(value.getType());
    if (!type) {
      operands.push_back(value);
      maps.push_back(AffineMap::get(loops.size(), 0, op.getContext()));
      continue;
    }
    GroupedOperand grouped = *groupOperand(map, type.getShape(), loops);
    if (grouped.dims.size() != type.getShape().size())
      value =
          memref::CollapseShapeOp::create(rewriter, loc, value, grouped.dims);
    operands.push_back(value);
    maps.push_back(
        AffineMap::get(loops.size(), 0, grouped.results, op.getContext()));
  }
  unsigned numInputs = op.getNumDpsInputs();
  auto generic = linalg::GenericOp::create(
      rewriter, loc, ValueRange(operands).take_front(numInputs),
      ValueRange(operands).drop_front(numInputs), maps,
      SmallVector<utils::IteratorType>(loops.size(),
                                       utils::IteratorType::parallel));
  rewriter.inlineRegionBefore(op->getRegion(0), generic.getRegion(),
                              generic.getRegion().end());
  rewriter.eraseOp(op);
  return generic;
}

/// Ops that may stand between a contraction and its neighbours (which move
/// past them): ops whose memory effects are all on buffers other than
/// `buffers` (views, allocations, an im2col copy, deallocations of other
/// buffers).
bool isPassable(Operation *op, ArrayRef<Value> buffers) {
  if (isa<ViewLikeOpInterface, memref::AllocOp>(op))
    return true;
  std::optional<SmallVector<MemoryEffects::EffectInstance>> effects =
      getEffectsRecursively(op);
  return effects &&
         llvm::all_of(*effects, [&](const MemoryEffects::EffectInstance &e) {
           return e.getValue() &&
                  !llvm::is_contained(buffers, rootBuffer(e.getValue()));
         });
}

/// Whether every use of `buffer` (through views) is a deallocation, one of
/// `allowed` or, when `after` is given, before it in its block (another
/// contraction summing into the buffer first: a residual block's main
/// branch before its shortcut's convolution; once the buffer is retargeted,
/// it writes the epilogue's buffer, which nothing uses before).
bool isOnlyUsedBy(Value buffer, ArrayRef<Operation *> allowed,
                  Operation *after = nullptr) {
  auto isBefore = [&](Operation *user) {
    if (!after)
      return false;
    Operation *inBlock = after->getBlock()->findAncestorOpInBlock(*user);
    return inBlock && inBlock->isBeforeInBlock(after);
  };
  SmallVector<Value> values{buffer};
  while (!values.empty()) {
    Value value = values.pop_back_val();
    for (Operation *user : value.getUsers()) {
      if (isa<memref::DeallocOp>(user) || llvm::is_contained(allowed, user) ||
          isBefore(user))
        continue;
      auto view = dyn_cast<ViewLikeOpInterface>(user);
      if (!view || view.getViewSource() != value)
        return false;
      llvm::append_range(values, user->getResults());
    }
  }
  return true;
}

/// `fill` as a fill of `buffer` when it fills a collapse of it (the same
/// elements: the zero start of a convolution without bias, made a
/// contraction over the collapsed plane), else `fill` itself.
Operation *fillOfWhole(RewriterBase &rewriter, linalg::FillOp fill,
                       Value buffer) {
  auto collapse = fill.getOutputs()[0].getDefiningOp<memref::CollapseShapeOp>();
  if (!collapse || collapse.getSrc() != buffer)
    return fill;
  rewriter.setInsertionPoint(fill);
  return rewriter.replaceOpWithNewOp<linalg::FillOp>(fill, fill.getInputs(),
                                                     ValueRange{buffer});
}

/// The buffers (roots) that `op` reads.
SmallVector<Value> inputBuffers(linalg::LinalgOp op) {
  SmallVector<Value> buffers;
  for (OpOperand *input : op.getDpsInputOperands())
    if (isa<MemRefType>(input->get().getType()))
      buffers.push_back(rootBuffer(input->get()));
  return buffers;
}

/// The op writing all of `buffer` right before `contraction`.
linalg::LinalgOp findInitializer(RewriterBase &rewriter,
                                 linalg::LinalgOp contraction, Value buffer,
                                 ArrayRef<ReassociationIndices> groups,
                                 SmallVectorImpl<Operation *> &lateFrees) {
  SmallVector<Operation *> between;
  Operation *prev = contraction->getPrevNode();
  for (; prev && isPassable(prev, buffer); prev = prev->getPrevNode())
    between.push_back(prev);
  if (auto fill = dyn_cast_or_null<linalg::FillOp>(prev))
    prev = fillOfWhole(rewriter, fill, buffer);
  auto op = dyn_cast_or_null<linalg::LinalgOp>(prev);
  if (!op || !isElementwiseOnBuffers(op) || op.getDpsInits()[0] != buffer)
    return {};
  SmallVector<Value> inputs = inputBuffers(op);
  // An input freed right after the initializer (ov-free-buffers-early: a
  // residual sum's shortcut) is freed after the contraction instead.
  auto freesInput = [&](Operation *other) {
    auto dealloc = dyn_cast<memref::DeallocOp>(other);
    return dealloc && llvm::is_contained(inputs, dealloc.getMemref());
  };
  if (llvm::is_contained(inputs, buffer) ||
      llvm::any_of(between, [&](Operation *other) {
        return !isPassable(other, inputs) && !freesInput(other);
      }))
    return {};
  if (!canGroup(op, groups))
    return {};
  llvm::append_range(lateFrees, llvm::make_filter_range(between, freesInput));
  return op;
}

/// A staticSubview of an allocation of identity layout, or null.
memref::SubViewOp staticSubviewOfAlloc(Value value) {
  memref::SubViewOp subview = staticSubview(value);
  if (!subview || !isAllocated(subview.getSource()) ||
      !subview.getSourceType().getLayout().isIdentity())
    return {};
  return subview;
}

/// `target` as the interior of a padded plane that `buffer`'s plane (its
/// last two dimensions, collapsed into the contraction's last group) is
/// copied into (see PaddedPlaneStores.h): a subview of an allocation, both
/// in the contraction's block (they move before it), offset along those two
/// dimensions only, with f32 rows of at least kPaddedPlaneMinWidth. Null
/// otherwise.
memref::SubViewOp paddedPlaneInterior(linalg::LinalgOp contraction,
                                      Value target, Value buffer,
                                      ArrayRef<ReassociationIndices> groups,
                                      bool &blocked) {
  memref::SubViewOp interior = staticSubviewOfAlloc(target);
  auto type = cast<MemRefType>(buffer.getType());
  int64_t rank = type.getRank();
  if (!interior || rank < 2 || !type.getElementType().isF32() ||
      interior.getSource().getDefiningOp()->getBlock() !=
          contraction->getBlock() ||
      interior->getBlock() != contraction->getBlock() ||
      interior.getStaticSizes() != type.getShape())
    return {};
  // Blocked channels ([N, C / 32, H, W, 32], ov-block-convolutions): the
  // plane is the group before the channels within a block, or its rows and
  // columns when the convolution writes them as they are (a strided or
  // many-tap one: the stem).
  bool collapsedPlane = groups.size() == 4 &&
                        groups[2] == ReassociationIndices{2, 3} &&
                        groups[3] == ReassociationIndices{4};
  bool wholePlane = groups.size() == 5 && llvm::all_of(groups, [](auto group) {
                      return group.size() == 1;
                    });
  blocked = rank == 5 && (collapsedPlane || wholePlane);
  int64_t plane = blocked ? 2 : rank - 2;
  if (!blocked && (groups.back() != ReassociationIndices{rank - 2, rank - 1} ||
                   type.getShape().back() < kPaddedPlaneMinWidth))
    return {};
  for (auto [dim, offset] : llvm::enumerate(interior.getStaticOffsets()))
    if (offset != 0 && (int64_t(dim) < plane || int64_t(dim) > plane + 1))
      return {};
  return interior;
}

/// `target` as a part of another buffer that the contraction can write
/// instead of `buffer`: a subview with static offsets, sizes and strides
/// of an allocation of identity layout, both in the contraction's block
/// (they move before it), of `buffer`'s shape (a concatenation's part along
/// blocked channels, [N, C / B, H, W, B] at a block offset; every other
/// channel of a channel shuffle, ov-interleave-channel-shuffles), with
/// `buffer` used only by linalg ops, by collapses of it that only linalg
/// ops use and that the part can be collapsed by too (its rows contiguous),
/// and by deallocations; `groups`, the epilogue's grouped loops, collapse
/// the part too. Null otherwise.
memref::SubViewOp partOfAnotherBuffer(linalg::LinalgOp contraction,
                                      Value target, Value buffer,
                                      ArrayRef<ReassociationIndices> groups) {
  auto part = target.getDefiningOp<memref::SubViewOp>();
  auto type = cast<MemRefType>(buffer.getType());
  if (!part || part.getSourceType().getRank() != type.getRank() ||
      !part.getSource().getDefiningOp<memref::AllocOp>() ||
      !part.getSourceType().getLayout().isIdentity() ||
      ShapedType::isDynamicShape(part.getStaticOffsets()) ||
      ShapedType::isDynamicShape(part.getStaticSizes()) ||
      ShapedType::isDynamicShape(part.getStaticStrides()) ||
      part.getStaticSizes() != type.getShape() ||
      part.getSource().getDefiningOp()->getBlock() != contraction->getBlock() ||
      part->getBlock() != contraction->getBlock())
    return {};
  MemRefType partType = part.getType();
  if (!memref::CollapseShapeOp::isGuaranteedCollapsible(partType, groups))
    return {};
  auto onlyLinalgUsers = [](Value value) {
    return llvm::all_of(value.getUsers(), [](Operation *user) {
      return isa<linalg::LinalgOp, memref::DeallocOp>(user);
    });
  };
  for (Operation *user : buffer.getUsers()) {
    if (isa<linalg::LinalgOp, memref::DeallocOp>(user))
      continue;
    auto collapse = dyn_cast<memref::CollapseShapeOp>(user);
    if (!collapse || !onlyLinalgUsers(collapse.getResult()) ||
        !memref::CollapseShapeOp::isGuaranteedCollapsible(
            partType, collapse.getReassociationIndices()))
      return {};
  }
  return part;
}

/// Whether `op` fills a part of `interior`'s buffer that is outside
/// `interior` (a border slab of a padded plane).
bool fillsAround(Operation *op, memref::SubViewOp interior) {
  auto fill = dyn_cast<linalg::FillOp>(op);
  memref::SubViewOp slab =
      fill ? staticSubviewOfAlloc(fill.getOutputs()[0]) : memref::SubViewOp();
  if (!slab || slab.getSource() != interior.getSource() ||
      !fill.hasPureBufferSemantics())
    return false;
  for (auto [slabOffset, slabSize, offset, size] :
       llvm::zip(slab.getStaticOffsets(), slab.getStaticSizes(),
                 interior.getStaticOffsets(), interior.getStaticSizes()))
    if (slabOffset + slabSize <= offset || offset + size <= slabOffset)
      return true;
  return false;
}

/// The value that `fills` (fillsAround `interior`) write, when they cover
/// exactly the border of its plane (all of the other dimensions), or null.
TypedAttr borderValue(ArrayRef<linalg::FillOp> fills,
                      memref::SubViewOp interior) {
  ArrayRef<int64_t> shape = interior.getSourceType().getShape();
  int64_t rank = shape.size(), rows = shape[rank - 2], cols = shape[rank - 1];
  ArrayRef<int64_t> offsets = interior.getStaticOffsets();
  ArrayRef<int64_t> sizes = interior.getStaticSizes();
  TypedAttr value;
  std::vector<bool> covered(rows * cols, false);
  for (linalg::FillOp fill : fills) {
    TypedAttr fillValue;
    auto slab = cast<memref::SubViewOp>(fill.getOutputs()[0].getDefiningOp());
    if (!matchPattern(fill.getInputs()[0], m_Constant(&fillValue)) ||
        (value && fillValue != value))
      return {};
    value = fillValue;
    for (int64_t dim = 0; dim < rank - 2; ++dim)
      if (slab.getStaticOffsets()[dim] != 0 ||
          slab.getStaticSizes()[dim] != shape[dim])
        return {};
    for (int64_t r = 0; r < slab.getStaticSizes()[rank - 2]; ++r)
      for (int64_t c = 0; c < slab.getStaticSizes()[rank - 1]; ++c)
        covered[(slab.getStaticOffsets()[rank - 2] + r) * cols +
                slab.getStaticOffsets()[rank - 1] + c] = true;
  }
  for (int64_t r = 0; r < rows; ++r)
    for (int64_t c = 0; c < cols; ++c) {
      bool inside =
          r >= offsets[rank - 2] && r < offsets[rank - 2] + sizes[rank - 2] &&
          c >= offsets[rank - 1] && c < offsets[rank - 1] + sizes[rank - 1];
      if (covered[r * cols + c] == inside)
        return {};
    }
  return value;
}

/// The elementwise op reading `view` (`buffer` or an expand_shape of it)
/// right after `contraction`, when it can overwrite it in place: its result
/// a fresh buffer of the view's type, used only after it, and `buffer` used
/// by nothing else. Or its result is
/// the interior of a padded plane (`interior` is set): it will work in
/// place and `buffer` be copied into the interior, by the register tiles
/// (PaddedPlaneStores.h), which also write the border: the fills of the
/// whole border (`borderFills`, with their value `border`) are in between.
/// Or, when `part` is given, its result is a part of another buffer
/// (`*part` is set: partOfAnotherBuffer), which the initializer, the
/// contraction and the epilogue (in place) will write instead of `buffer`:
/// nothing between the initializer and the epilogue touches that buffer.
linalg::LinalgOp findEpilogue(linalg::LinalgOp contraction, Value buffer,
                              Value view, ArrayRef<ReassociationIndices> groups,
                              linalg::LinalgOp initializer,
                              memref::SubViewOp &interior,
                              SmallVectorImpl<linalg::FillOp> &borderFills,
                              Attribute &border,
                              memref::SubViewOp *part = nullptr) {
  if (!isAllocated(buffer))
    return {};
  SmallVector<Operation *> between;
  Operation *next = contraction->getNextNode();
  for (; next && isPassable(next, buffer); next = next->getNextNode())
    between.push_back(next);
  auto op = dyn_cast_or_null<linalg::LinalgOp>(next);
  if (!op || !isElementwiseOnBuffers(op))
    return {};
  Value target = op.getDpsInits()[0];
  bool blocked = false;
  if (target.getType() != view.getType()) {
    if (view != buffer)
      return {};
    interior =
        paddedPlaneInterior(contraction, target, buffer, groups, blocked);
    if (!interior && part)
      *part = partOfAnotherBuffer(contraction, target, buffer, groups);
    if (!interior && !(part && *part))
      return {};
  }
  DominanceInfo dominance;
  SmallVector<Value> touched{buffer, rootBuffer(target)};
  int reads = 0;
  for (OpOperand *input : op.getDpsInputOperands()) {
    Value value = input->get();
    if (value == view && op.getMatchingIndexingMap(input).isIdentity()) {
      ++reads;
      continue;
    }
    if (!dominance.properlyDominates(value, contraction))
      return {};
    if (!isa<MemRefType>(value.getType()))
      continue;
    if (llvm::is_contained(touched, rootBuffer(value)))
      return {};
    touched.push_back(rootBuffer(value));
  }
  if (reads != 1 ||
      llvm::any_of(between,
                   [&](Operation *other) {
                     return !isPassable(other, touched) &&
                            !(interior && fillsAround(other, interior));
                   }) ||
      !isOnlyUsedBy(buffer, {contraction, initializer, op},
                    /*after=*/contraction)) {
    interior = {};
    return {};
  }
  if (interior) {
    for (Operation *other : between)
      if (fillsAround(other, interior))
        borderFills.push_back(cast<linalg::FillOp>(other));
    // Blocked planes keep their border fills (rows of 32 contiguous
    // floats): no border value, no fills to take over.
    if (blocked) {
      borderFills.clear();
      border = UnitAttr::get(op.getContext());
    } else {
      border = borderValue(borderFills, interior);
    }
    // (Its result becomes `buffer`.) A SiLU's exp and reciprocal join the
    // register tiles too: EfficientNet-B0 -2% (1 thread) / -3.5% (2) on a
    // Zen 5 whose pass over the expanded planes (4.8 MB) was bound by
    // memory; on a Xeon with 2 MB of L2 they were 3% slower.
    if (!border || !canGroup(op, groups, /*result=*/false))
      interior = {};
    return interior ? op : linalg::LinalgOp();
  }
  if (part && *part) {
    // The part's buffer is written from the initializer on (or the
    // contraction): nothing else may touch it until the epilogue, nor the
    // contraction or the initializer read it.
    Value whole = part->getSource();
    Operation *start = initializer ? initializer : contraction;
    auto readsWhole = [&](linalg::LinalgOp other) {
      return other &&
             llvm::any_of(other.getDpsInputOperands(), [&](OpOperand *input) {
               return rootBuffer(input->get()) == whole;
             });
    };
    bool touchedBetween = false;
    for (Operation *other = start->getNextNode();
         other && other != op && !touchedBetween; other = other->getNextNode())
      touchedBetween = other != contraction && !isPassable(other, whole);
    if (touchedBetween || readsWhole(contraction) || readsWhole(initializer) ||
        !isOnlyUsedBy(buffer, {contraction, initializer, op}) ||
        !canGroup(op, groups))
      *part = {};
    return *part ? op : linalg::LinalgOp();
  }
  if (target != buffer) {
    auto targetAlloc = target.getDefiningOp<memref::AllocOp>();
    if (!targetAlloc || targetAlloc->getBlock() != op->getBlock())
      return {};
    for (Operation *user : target.getUsers()) {
      Operation *inBlock = op->getBlock()->findAncestorOpInBlock(*user);
      if (user != op && (!inBlock || !op->isBeforeInBlock(inBlock)))
        return {};
    }
  }
  return canGroup(op, groups) ? op : linalg::LinalgOp();
}

/// Makes `epilogue` work in place on `buffer` and copies `buffer` into
/// `interior` right after it, the copy marked with the `border` value for
/// PaddedPlaneStores.h (which writes the border too: the `borderFills`
/// go); the interior's buffer is allocated before `contraction`, whose
/// register tiles will store into it.
void copyIntoPaddedPlane(RewriterBase &rewriter, linalg::LinalgOp contraction,
                         linalg::LinalgOp epilogue, Value buffer,
                         memref::SubViewOp interior,
                         ArrayRef<linalg::FillOp> borderFills,
                         Attribute border) {
  for (linalg::FillOp fill : borderFills)
    rewriter.eraseOp(fill);
  Operation *alloc = interior.getSource().getDefiningOp();
  if (contraction->isBeforeInBlock(alloc))
    rewriter.moveOpBefore(alloc, contraction);
  if (contraction->isBeforeInBlock(interior))
    rewriter.moveOpBefore(interior, contraction);
  rewriter.modifyOpInPlace(
      epilogue, [&] { epilogue.getDpsInitsMutable()[0].assign(buffer); });
  rewriter.setInsertionPointAfter(epilogue);
  auto copy = memref::CopyOp::create(rewriter, epilogue.getLoc(), buffer,
                                     interior.getResult());
  copy->setAttr(isa<UnitAttr>(border) ? kBlockedInteriorCopy : kPaddedPlaneCopy,
                border);
}

/// Makes the contraction write the epilogue's result buffer (allocated
/// where its own was) instead of its own, which goes away. A target of
/// higher rank (the epilogue wrote an expansion of the buffer) takes its
/// place collapsed by `targetGroups`. Returns what replaced `buffer`.
Value retarget(RewriterBase &rewriter, Value buffer, Value target,
               ArrayRef<ReassociationIndices> targetGroups = {}) {
  if (buffer == target)
    return buffer;
  for (Operation *user : llvm::make_early_inc_range(buffer.getUsers()))
    if (isa<memref::DeallocOp>(user))
      rewriter.eraseOp(user);
  Operation *bufferAlloc = buffer.getDefiningOp();
  Operation *targetAlloc = target.getDefiningOp();
  rewriter.moveOpAfter(targetAlloc, bufferAlloc);
  Value replacement = target;
  if (target.getType() != buffer.getType()) {
    rewriter.setInsertionPointAfter(targetAlloc);
    replacement = memref::CollapseShapeOp::create(
        rewriter, targetAlloc->getLoc(), target, targetGroups);
  }
  rewriter.replaceAllUsesWith(buffer, replacement);
  rewriter.eraseOp(bufferAlloc);
  return replacement;
}

/// Makes the ops writing and reading `buffer` use `part`
/// (partOfAnotherBuffer) instead: the part's allocation and subview move
/// before `buffer`'s allocation, each collapse of `buffer` becomes the same
/// collapse of the part, and `buffer` goes.
void retargetToPart(RewriterBase &rewriter, Value buffer,
                    memref::SubViewOp part) {
  Operation *bufferAlloc = buffer.getDefiningOp();
  Operation *partAlloc = part.getSource().getDefiningOp();
  if (bufferAlloc->isBeforeInBlock(partAlloc))
    rewriter.moveOpBefore(partAlloc, bufferAlloc);
  if (bufferAlloc->isBeforeInBlock(part))
    rewriter.moveOpBefore(part, bufferAlloc);
  for (Operation *user : llvm::make_early_inc_range(buffer.getUsers())) {
    if (isa<memref::DeallocOp>(user)) {
      rewriter.eraseOp(user);
      continue;
    }
    auto collapse = dyn_cast<memref::CollapseShapeOp>(user);
    if (!collapse) {
      rewriter.modifyOpInPlace(
          user, [&] { user->replaceUsesOfWith(buffer, part.getResult()); });
      continue;
    }
    rewriter.setInsertionPoint(collapse);
    Value collapsed = memref::CollapseShapeOp::create(
        rewriter, collapse.getLoc(), part.getResult(),
        collapse.getReassociationIndices());
    for (Operation *reader :
         llvm::make_early_inc_range(collapse.getResult().getUsers()))
      rewriter.modifyOpInPlace(reader, [&] {
        reader->replaceUsesOfWith(collapse.getResult(), collapsed);
      });
    rewriter.eraseOp(collapse);
  }
  rewriter.eraseOp(bufferAlloc);
}

/// Adds `offsets` to `total` (index values or constants).
void addOffsets(RewriterBase &rewriter, Location loc,
                SmallVectorImpl<OpFoldResult> &total,
                ArrayRef<OpFoldResult> offsets) {
  AffineExpr a, b;
  bindSymbols(rewriter.getContext(), a, b);
  for (auto [sum, offset] : llvm::zip(total, offsets))
    sum = affine::makeComposedFoldedAffineApply(rewriter, loc, a + b,
                                                {sum, offset});
}

/// The unit-stride, rank-keeping subviews that make `view` from `root`
/// (innermost first), or failure when it is not made so.
FailureOr<SmallVector<memref::SubViewOp>> subviewChain(Value view, Value root) {
  SmallVector<memref::SubViewOp> chain;
  while (view != root) {
    auto subview = view.getDefiningOp<memref::SubViewOp>();
    if (!subview || !subview.hasUnitStride() ||
        subview.getSourceType().getRank() != subview.getType().getRank())
      return failure();
    chain.push_back(subview);
    view = subview.getSource();
  }
  return chain;
}

/// The register tiles (tiled contractions) in `blocks`, each the only op
/// of its K loop, with their result views defined outside that loop (made
/// so by hoisting invariant code).
/// A register tile in `blocks` and its K loops: the outermost loop around
/// it (inside `blocks`) in which its result view is invariant. (Several K
/// loops: the channel blocks and the channels within a block.)
struct RegisterTile {
  linalg::LinalgOp op;
  scf::ForOp kLoops;
};

FailureOr<SmallVector<RegisterTile>> registerTiles(scf::ForOp blocks,
                                                   Value result) {
  SmallVector<linalg::LinalgOp> ops;
  blocks.walk([&](linalg::LinalgOp tile) { ops.push_back(tile); });
  SmallVector<RegisterTile> tiles;
  for (linalg::LinalgOp tile : ops) {
    auto loop = dyn_cast<scf::ForOp>(tile->getParentOp());
    if (!loop || loop == blocks)
      return failure();
    Value view = tile.getDpsInits()[0];
    auto invariantIn = [&](scf::ForOp candidate) {
      moveLoopInvariantCode(
          cast<LoopLikeOpInterface>(candidate.getOperation()));
      return candidate.isDefinedOutsideOfLoop(view);
    };
    if (!invariantIn(loop) || failed(subviewChain(view, result)))
      return failure();
    for (auto outer = dyn_cast<scf::ForOp>(loop->getParentOp());
         outer && outer != blocks && invariantIn(outer);
         outer = dyn_cast<scf::ForOp>(loop->getParentOp()))
      loop = outer;
    tiles.push_back({tile, loop});
  }
  return tiles;
}

/// `op`'s tile at the position of `tile`'s result view in `result` (a view
/// of the same buffer region as `op`'s result), inserted at the rewriter's
/// insertion point.
linalg::LinalgOp tileLike(RewriterBase &rewriter, linalg::GenericOp op,
                          linalg::LinalgOp tile, Value result) {
  Location loc = op.getLoc();
  Value view = tile.getDpsInits()[0];
  auto type = cast<MemRefType>(view.getType());
  SmallVector<OpFoldResult> offsets(type.getRank(), rewriter.getIndexAttr(0));
  SmallVector<OpFoldResult> sizes =
      getAsIndexOpFoldResult(rewriter.getContext(), type.getShape());
  SmallVector<memref::SubViewOp> chain = *subviewChain(view, result);
  if (!chain.empty())
    sizes = chain.front().getMixedSizes();
  // Outermost first, the order in which tiling added them: the sums are
  // then the same values as the contraction tile's (affine.apply of the
  // same operands), and its vector transfers can be forwarded to the
  // neighbours'.
  for (memref::SubViewOp subview : llvm::reverse(chain))
    addOffsets(rewriter, loc, offsets, subview.getMixedOffsets());
  FailureOr<TilingResult> tiled =
      cast<TilingInterface>(op.getOperation())
          .getTiledImplementation(rewriter, offsets, sizes);
  if (failed(tiled) || tiled->tiledOps.size() != 1)
    return {};
  return dyn_cast<linalg::LinalgOp>(tiled->tiledOps.front());
}

/// Splits the first iteration (when `first`) or the last one off `loop`, a
/// loop with static bounds and at least two iterations; returns the loop of
/// that one iteration.
scf::ForOp splitOffIteration(RewriterBase &rewriter, scf::ForOp loop,
                             bool first) {
  int64_t lower = *getConstantIntValue(loop.getLowerBound());
  int64_t upper = *getConstantIntValue(loop.getUpperBound());
  int64_t step = *getConstantIntValue(loop.getStep());
  int64_t split =
      first ? lower + step
            : lower + (llvm::divideCeil(upper - lower, step) - 1) * step;
  if (first)
    rewriter.setInsertionPoint(loop);
  else
    rewriter.setInsertionPointAfter(loop);
  auto one = cast<scf::ForOp>(rewriter.clone(*loop));
  rewriter.setInsertionPoint(first ? one : loop);
  Value bound = arith::ConstantIndexOp::create(rewriter, loop.getLoc(), split);
  rewriter.modifyOpInPlace(first ? one : loop, [&] {
    (first ? one : loop).getUpperBoundMutable().assign(bound);
  });
  rewriter.modifyOpInPlace(first ? loop : one, [&] {
    (first ? loop : one).getLowerBoundMutable().assign(bound);
  });
  return one;
}

/// Identity groups of a buffer of `rank` dimensions.
Groups identityGroups(int64_t rank) {
  Groups groups;
  for (int64_t dim : llvm::seq<int64_t>(0, rank))
    groups.push_back({dim});
  return groups;
}

/// The groups by which `view` expands `buffer` (one group of its dimensions
/// per dimension of `buffer`): `view` is `buffer` or an expand_shape of it.
std::optional<Groups> expansionOf(Value view, Value buffer) {
  if (view == buffer)
    return identityGroups(cast<MemRefType>(buffer.getType()).getRank());
  auto expand = view.getDefiningOp<memref::ExpandShapeOp>();
  if (!expand || expand.getSrc() != buffer)
    return std::nullopt;
  return expand.getReassociationIndices();
}

/// An operand `value` with indexing `map` of an op whose loops are the
/// dimensions of one expansion of a buffer (`viewGroups`: a matmul's result
/// [M, N] as [1, S, N]), as an operand of the op over another expansion
/// (`resultGroups` into `resultShape`: [M, N / 32, 32]): collapsed by the
/// view's groups, then expanded by the result's (a bias [N] as [N / 32,
/// 32]). Returns its indexing map in the new loops and sets `reindexed` to
/// the new value when `rewriter` is given (only checks otherwise); failure
/// when the operand cannot follow.
FailureOr<AffineMap> reindexOperand(RewriterBase *rewriter, Location loc,
                                    Value value, AffineMap map,
                                    ArrayRef<ReassociationIndices> viewGroups,
                                    ArrayRef<ReassociationIndices> resultGroups,
                                    ArrayRef<int64_t> resultShape,
                                    Value &reindexed) {
  MLIRContext *context = map.getContext();
  unsigned numLoops = resultShape.size();
  reindexed = value;
  auto type = dyn_cast<MemRefType>(value.getType());
  if (!type)
    return AffineMap::get(numLoops, 0, context);
  std::optional<GroupedOperand> grouped =
      groupOperand(map, type.getShape(), viewGroups);
  if (!grouped)
    return failure();
  MemRefType collapsedType = type;
  bool collapses = grouped->dims.size() != size_t(type.getRank());
  if (collapses) {
    if (!memref::CollapseShapeOp::isGuaranteedCollapsible(type, grouped->dims))
      return failure();
    collapsedType =
        memref::CollapseShapeOp::computeCollapsedType(type, grouped->dims);
  }
  Groups expansion;
  SmallVector<int64_t> shape;
  SmallVector<AffineExpr> results;
  for (AffineExpr result : grouped->results) {
    ReassociationIndices group;
    if (auto loop = dyn_cast<AffineDimExpr>(result)) {
      for (int64_t dim : resultGroups[loop.getPosition()]) {
        group.push_back(shape.size());
        shape.push_back(resultShape[dim]);
        results.push_back(getAffineDimExpr(dim, context));
      }
    } else {
      // A broadcast dimension of size 1, indexed by 0.
      group.push_back(shape.size());
      shape.push_back(1);
      results.push_back(result);
    }
    expansion.push_back(std::move(group));
  }
  bool expands = shape.size() != size_t(collapsedType.getRank());
  if (expands && failed(memref::ExpandShapeOp::computeExpandedType(
                     collapsedType, shape, expansion)))
    return failure();
  if (rewriter) {
    if (collapses)
      reindexed = memref::CollapseShapeOp::create(*rewriter, loc, reindexed,
                                                  grouped->dims);
    if (expands)
      reindexed = memref::ExpandShapeOp::create(*rewriter, loc, shape,
                                                reindexed, expansion);
  }
  return AffineMap::get(numLoops, 0, results, context);
}

/// `op`, elementwise over `view` (an expansion of a buffer by
/// `viewGroups`), as a generic over `result` (another expansion of it, by
/// `resultGroups`) that reads `view` from `result` and writes its result
/// there in place; checks only, without `rewriter`. Returns the generic (or
/// `op` when only checking), null when an operand cannot follow. Reshaped
/// operands are made before `contraction`, into whose register tiles the
/// generic's tiles may move.
linalg::LinalgOp reindexEpilogue(RewriterBase *rewriter, linalg::LinalgOp op,
                                 Operation *contraction, Value view,
                                 ArrayRef<ReassociationIndices> viewGroups,
                                 Value result,
                                 ArrayRef<ReassociationIndices> resultGroups) {
  ArrayRef<int64_t> resultShape = cast<MemRefType>(result.getType()).getShape();
  AffineMap identity =
      AffineMap::getMultiDimIdentityMap(resultShape.size(), op.getContext());
  if (rewriter)
    rewriter->setInsertionPoint(contraction);
  SmallVector<Value> operands;
  SmallVector<AffineMap> maps;
  for (OpOperand &operand : op->getOpOperands()) {
    if (op.isDpsInit(&operand) || operand.get() == view) {
      operands.push_back(result);
      maps.push_back(identity);
      continue;
    }
    Value reindexed;
    FailureOr<AffineMap> map =
        reindexOperand(rewriter, op.getLoc(), operand.get(),
                       op.getMatchingIndexingMap(&operand), viewGroups,
                       resultGroups, resultShape, reindexed);
    if (failed(map))
      return {};
    operands.push_back(reindexed);
    maps.push_back(*map);
  }
  if (!rewriter)
    return op;
  unsigned numInputs = op.getNumDpsInputs();
  rewriter->setInsertionPoint(op);
  auto generic = linalg::GenericOp::create(
      *rewriter, op.getLoc(), ValueRange(operands).take_front(numInputs),
      ValueRange(operands).drop_front(numInputs), maps,
      SmallVector<utils::IteratorType>(resultShape.size(),
                                       utils::IteratorType::parallel));
  rewriter->inlineRegionBefore(op->getRegion(0), generic.getRegion(),
                               generic.getRegion().end());
  rewriter->eraseOp(op);
  return generic;
}

/// The neighbours of a contraction writing `result`, an expansion of its
/// buffer by `resultGroups` (a matmul's [M, N] as [M, N / 32, 32]: blocks
/// of columns; or the buffer itself, a batch matmul's [B, S, S]): the
/// fill of `result` right before it, and the elementwise op reading the
/// buffer or another expansion of it ([1, S, N]: the bias, GELU; [1, B, S,
/// S]: a scale) right after, rewritten to iterate over `result` (its other
/// operands reshaped to follow), in place once the contraction writes its
/// result buffer.
RegisterTileNeighbours
neighboursOfExpansion(RewriterBase &rewriter, linalg::LinalgOp contraction,
                      Value result, Value buffer,
                      ArrayRef<ReassociationIndices> resultGroups) {
  RegisterTileNeighbours found;
  auto type = dyn_cast<MemRefType>(buffer.getType());
  if (!type || !type.getLayout().isIdentity() || !type.hasStaticShape() ||
      !buffer.getDefiningOp<memref::AllocOp>())
    return found;
  Operation *prev = contraction->getPrevNode();
  while (prev && isPassable(prev, buffer))
    prev = prev->getPrevNode();
  auto fill = dyn_cast_or_null<linalg::FillOp>(prev);
  linalg::LinalgOp initializer;
  if (fill && fill.hasPureBufferSemantics() && fill.getOutputs()[0] == result)
    initializer = fill;

  Operation *next = contraction->getNextNode();
  while (next && isPassable(next, buffer))
    next = next->getNextNode();
  Value view;
  Groups viewGroups;
  if (auto op = dyn_cast_or_null<linalg::LinalgOp>(next))
    for (OpOperand *input : op.getDpsInputOperands())
      if (std::optional<Groups> groups = expansionOf(input->get(), buffer)) {
        view = input->get();
        viewGroups = std::move(*groups);
        break;
      }
  linalg::LinalgOp epilogue;
  if (view) {
    memref::SubViewOp interior;
    SmallVector<linalg::FillOp> borderFills;
    Attribute border;
    epilogue = findEpilogue(contraction, buffer, view, viewGroups, initializer,
                            interior, borderFills, border);
    if (epilogue &&
        (interior || !reindexEpilogue(nullptr, epilogue, contraction, view,
                                      viewGroups, result, resultGroups)))
      epilogue = {};
  }
  if (epilogue) {
    Value replacement =
        retarget(rewriter, buffer, epilogue.getDpsInits()[0], viewGroups);
    if (result == buffer)
      result = replacement;
    found.epilogue = cast<linalg::GenericOp>(
        reindexEpilogue(&rewriter, epilogue, contraction, view, viewGroups,
                        result, resultGroups)
            .getOperation());
  }
  if (initializer)
    found.initializer = groupLoops(
        rewriter, initializer,
        identityGroups(cast<MemRefType>(result.getType()).getRank()));
  return found;
}

/// Whether `a` and `b` are the same elements of the same buffer: one value,
/// or subviews of the same view with equal offsets, sizes and strides (rows
/// that ov-compute-blocks-by-rows made for each op on them).
bool isSameView(Value a, Value b) {
  if (a == b)
    return true;
  auto first = a.getDefiningOp<memref::SubViewOp>();
  auto second = b.getDefiningOp<memref::SubViewOp>();
  return first && second && first.getType() == second.getType() &&
         isSameView(first.getSource(), second.getSource()) &&
         first.isSameAs(second, isEqualConstantIntOrValue);
}

/// Whether `op`, moved into the register tiles of `contraction` across the
/// ops `between`, reads what it read where it was: its inputs other than
/// `view` (read with the identity map, at most `viewReads` times) are
/// defined before `contraction`, are not in `root`'s memory, and none of
/// `between` touches them.
bool readsTheSame(linalg::LinalgOp op, Value view, Value root,
                  linalg::LinalgOp contraction, ArrayRef<Operation *> between,
                  int viewReads) {
  DominanceInfo dominance;
  int reads = 0;
  for (OpOperand *input : op.getDpsInputOperands()) {
    Value value = input->get();
    if (isSameView(value, view) &&
        op.getMatchingIndexingMap(input).isIdentity()) {
      ++reads;
      continue;
    }
    if (!dominance.properlyDominates(value, contraction) ||
        (isa<MemRefType>(value.getType()) && rootBuffer(value) == root))
      return false;
  }
  SmallVector<Value> inputs = inputBuffers(op);
  return reads <= viewReads && llvm::all_of(between, [&](Operation *other) {
           return isPassable(other, inputs);
         });
}

/// The neighbours of a contraction writing `view`, a part of a larger
/// buffer (a row of a plane or of a ring of rows:
/// ov-compute-blocks-by-rows; a part of a concatenation) that it does not
/// read: the elementwise op writing all of `view` right before it, and the
/// one updating `view` in place right after it. Nothing else touches the
/// buffer in between, so in the register tiles they compute the same
/// values in the same place: nothing is retargeted.
RegisterTileNeighbours neighboursOfView(RewriterBase &rewriter,
                                        linalg::LinalgOp contraction,
                                        Value view, const Groups &groups) {
  RegisterTileNeighbours found;
  Value root = rootBuffer(view);
  if (llvm::is_contained(inputBuffers(contraction), root))
    return found;
  // The op next to it before or after (past ops that leave the buffer
  // alone), grouped like its result, when it can join its register tiles.
  auto neighbour = [&](bool before, int viewReads) -> linalg::GenericOp {
    auto step = [&](Operation *op) {
      return before ? op->getPrevNode() : op->getNextNode();
    };
    SmallVector<Operation *> between;
    Operation *next = step(contraction);
    for (; next && isPassable(next, root); next = step(next))
      between.push_back(next);
    auto op = dyn_cast_or_null<linalg::LinalgOp>(next);
    if (!op || !isElementwiseOnBuffers(op) ||
        !isSameView(op.getDpsInits()[0], view) ||
        !readsTheSame(op, view, root, contraction, between, viewReads) ||
        !canGroup(op, groups))
      return {};
    return groupLoops(rewriter, op, groups);
  };
  found.initializer = neighbour(/*before=*/true, /*viewReads=*/0);
  found.epilogue = neighbour(/*before=*/false, /*viewReads=*/1);
  return found;
}

/// Whether the op after `contraction` (past ops that do not touch
/// `buffer`) reads an expand_shape of `buffer` (not `buffer` itself).
bool nextReadsExpansion(linalg::LinalgOp contraction, Value buffer) {
  Operation *next = contraction->getNextNode();
  while (next && isPassable(next, buffer))
    next = next->getNextNode();
  auto op = dyn_cast_or_null<linalg::LinalgOp>(next);
  return op && llvm::any_of(op.getDpsInputOperands(), [&](OpOperand *input) {
           auto expand = input->get().getDefiningOp<memref::ExpandShapeOp>();
           return expand && expand.getSrc() == buffer;
         });
}

} // namespace

RegisterTileNeighbours
findRegisterTileNeighbours(RewriterBase &rewriter,
                           linalg::LinalgOp contraction) {
  RegisterTileNeighbours found;
  if (contraction.getNumDpsInits() != 1 ||
      !contraction.hasPureBufferSemantics())
    return found;
  // The result buffer and the groups of its dimensions that the
  // contraction's result collapses.
  Value result = contraction.getDpsInits()[0];
  if (auto expand = result.getDefiningOp<memref::ExpandShapeOp>())
    return neighboursOfExpansion(rewriter, contraction, result, expand.getSrc(),
                                 expand.getReassociationIndices());
  // A result written as it is and read as an expansion (a batch matmul's
  // [B, S, S] scaled as [1, B, S, S]).
  if (auto type = dyn_cast<MemRefType>(result.getType());
      type && nextReadsExpansion(contraction, result))
    return neighboursOfExpansion(rewriter, contraction, result, result,
                                 identityGroups(type.getRank()));
  Value buffer = result;
  Groups groups;
  if (auto collapse = result.getDefiningOp<memref::CollapseShapeOp>()) {
    buffer = collapse.getSrc();
    groups = collapse.getReassociationIndices();
  }
  auto type = dyn_cast<MemRefType>(buffer.getType());
  if (!type || !type.hasStaticShape())
    return found;
  if (groups.empty())
    groups = identityGroups(type.getRank());
  if (!type.getLayout().isIdentity())
    return buffer.getDefiningOp<memref::SubViewOp>()
               ? neighboursOfView(rewriter, contraction, buffer, groups)
               : found;

  SmallVector<Operation *> lateFrees;
  linalg::LinalgOp initializer =
      findInitializer(rewriter, contraction, buffer, groups, lateFrees);
  for (Operation *dealloc : lateFrees)
    rewriter.moveOpAfter(dealloc, contraction);
  memref::SubViewOp interior;
  SmallVector<linalg::FillOp> borderFills;
  Attribute border;
  memref::SubViewOp part;
  linalg::LinalgOp epilogue =
      findEpilogue(contraction, buffer, buffer, groups, initializer, interior,
                   borderFills, border, &part);
  if (epilogue && interior)
    copyIntoPaddedPlane(rewriter, contraction, epilogue, buffer, interior,
                        borderFills, border);
  else if (epilogue && part)
    retargetToPart(rewriter, buffer, part);
  else if (epilogue)
    retarget(rewriter, buffer, epilogue.getDpsInits()[0]);
  if (initializer)
    found.initializer = groupLoops(rewriter, initializer, groups);
  if (epilogue)
    found.epilogue = groupLoops(rewriter, epilogue, groups);
  return found;
}

bool canFuseIntoRegisterTiles(scf::ForOp blocks, Value result,
                              const RegisterTileNeighbours &neighbours) {
  std::optional<int64_t> lower = getConstantIntValue(blocks.getLowerBound());
  std::optional<int64_t> upper = getConstantIntValue(blocks.getUpperBound());
  std::optional<int64_t> step = getConstantIntValue(blocks.getStep());
  return neighbours && lower && upper && step && *upper > *lower &&
         succeeded(registerTiles(blocks, result));
}

FailureOr<SmallVector<linalg::LinalgOp>>
fuseIntoRegisterTiles(RewriterBase &rewriter, scf::ForOp blocks, Value result,
                      const RegisterTileNeighbours &neighbours) {
  int64_t count =
      llvm::divideCeil(*getConstantIntValue(blocks.getUpperBound()) -
                           *getConstantIntValue(blocks.getLowerBound()),
                       *getConstantIntValue(blocks.getStep()));
  scf::ForOp first = blocks, last = blocks;
  if (neighbours.initializer && count > 1) {
    first = splitOffIteration(rewriter, blocks, /*first=*/true);
    --count;
  }
  if (neighbours.epilogue && count > 1)
    last = splitOffIteration(rewriter, blocks, /*first=*/false);

  // The register tiles of both loops are listed before any tile is added
  // (the two may be one loop).
  FailureOr<SmallVector<RegisterTile>> firstTiles =
      registerTiles(first, result);
  FailureOr<SmallVector<RegisterTile>> lastTiles = registerTiles(last, result);
  if (failed(firstTiles) || failed(lastTiles))
    return failure();
  SmallVector<linalg::LinalgOp> made;
  auto addTiles = [&](ArrayRef<RegisterTile> tiles, linalg::GenericOp op,
                      bool before) {
    for (const RegisterTile &tile : tiles) {
      if (before)
        rewriter.setInsertionPoint(tile.kLoops);
      else
        rewriter.setInsertionPointAfter(tile.kLoops);
      linalg::LinalgOp fused = tileLike(rewriter, op, tile.op, result);
      if (!fused)
        return false;
      made.push_back(fused);
    }
    return true;
  };
  if ((neighbours.initializer &&
       !addTiles(*firstTiles, neighbours.initializer, /*before=*/true)) ||
      (neighbours.epilogue &&
       !addTiles(*lastTiles, neighbours.epilogue, /*before=*/false)))
    return failure();
  for (linalg::GenericOp op : {neighbours.initializer, neighbours.epilogue})
    if (op)
      rewriter.eraseOp(op);
  return made;
}

} // namespace mlir::ov::codegen
