//===- PaddedPlaneStores.cpp - Register tiles into padded planes ----------===//

#include "PaddedPlaneStores.h"
#include "RegisterTileFusion.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/IndexingUtils.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"

namespace mlir::ov::codegen {
namespace {

/// The ops that view, write and free a marked copy's source: the vector
/// writes to rewrite and the rest to erase.
struct SourceUses {
  SmallVector<vector::TransferWriteOp> writes;
  /// Subviews of the collapsed plane that linalg ops (the scalar tiles of a
  /// remainder) work on.
  SmallVector<memref::SubViewOp> regions;
  /// Collapses of the source and its deallocations.
  SmallVector<Operation *> others;
};

/// Whether `write` stores vectors whose last dimension runs along the last
/// dimension of `view` (a collapse of the copy's source whose last group is
/// the plane), its other dimensions along other dimensions of `view`.
bool isPlaneWrite(vector::TransferWriteOp write, Value view) {
  AffineMap map = write.getPermutationMap();
  auto type = cast<MemRefType>(view.getType());
  return write.getBase() == view && !write.getMask() &&
         llvm::all_of(write.getInBoundsValues(), [](bool b) { return b; }) &&
         map.isProjectedPermutation() && map.getNumResults() > 0 &&
         map.getResults().back() ==
             getAffineDimExpr(type.getRank() - 1, write.getContext());
}

/// The uses of `source` (besides `copy`) when they are all rewritable:
/// vector writes and regions of linalg ops through collapses of the plane,
/// all alike. (A vector read would read what is now stored elsewhere; the
/// scalar tiles of a remainder write their region before they read it.)
std::optional<SourceUses> usesOf(memref::CopyOp copy, Value source) {
  int64_t rank = cast<MemRefType>(source.getType()).getRank();
  std::optional<SmallVector<ReassociationIndices>> groups;
  SourceUses uses;
  for (Operation *user : source.getUsers()) {
    if (user == copy)
      continue;
    if (isa<memref::DeallocOp>(user)) {
      uses.others.push_back(user);
      continue;
    }
    auto collapse = dyn_cast<memref::CollapseShapeOp>(user);
    if (!collapse || collapse.getReassociationIndices().back() !=
                         ReassociationIndices{rank - 2, rank - 1})
      return std::nullopt;
    if (!groups)
      groups = collapse.getReassociationIndices();
    if (collapse.getReassociationIndices() != *groups)
      return std::nullopt;
    for (Operation *viewUser : collapse->getUsers()) {
      if (auto region = dyn_cast<memref::SubViewOp>(viewUser)) {
        if (!llvm::all_of(region->getUsers(), [](Operation *user) {
              return isa<linalg::LinalgOp>(user);
            }))
          return std::nullopt;
        uses.regions.push_back(region);
        continue;
      }
      auto write = dyn_cast<vector::TransferWriteOp>(viewUser);
      if (!write || !isPlaneWrite(write, collapse))
        return std::nullopt;
      uses.writes.push_back(write);
    }
    uses.others.push_back(collapse);
  }
  return uses;
}

/// Geometry of the padded plane: `height` rows of `width` in the source,
/// `rows` of `pitch` in the padded buffer with the interior at (`top`,
/// `left`), and the value of its border.
struct Plane {
  int64_t height, width, rows, pitch, top, left;
  TypedAttr border;

  /// Border elements between the end of a row of the interior and the
  /// start of the next.
  int64_t gap() const { return pitch - width; }
  /// The border before the first row of the interior (the top rows and the
  /// first row's left columns) and from the end of its last.
  int64_t head() const { return top * pitch + left; }
  int64_t tailStart() const {
    return (top + height - 1) * pitch + left + width;
  }
  int64_t tail() const { return rows * pitch - tailStart(); }
  /// The most rows a run of `length` positions touches.
  int64_t rowsSpanned(int64_t length) const {
    return 1 + llvm::divideCeil(length - 1, width);
  }
  /// The most row ends a run of `length` positions holds.
  int64_t rowEnds(int64_t length) const { return 1 + (length - 1) / width; }
};

/// The index in the collapsed padded plane of `position` in the source's.
Value paddedIndex(OpBuilder &builder, Location loc, Value position,
                  const Plane &plane) {
  AffineExpr q = getAffineSymbolExpr(0, builder.getContext());
  return affine::makeComposedAffineApply(
      builder, loc,
      AffineMap::get(0, 1,
                     (q.floorDiv(plane.width) + plane.top) * plane.pitch +
                         q % plane.width + plane.left),
      {position});
}

/// Stores `length` border values at `index` of each of `rows` (index
/// lists of the collapsed padded plane, all but the last) when `condition`
/// holds.
void storeBorderIf(OpBuilder &builder, Location loc, Value condition,
                   Value padded, ArrayRef<SmallVector<Value>> rows, Value index,
                   int64_t length, const Plane &plane) {
  if (length <= 0)
    return;
  scf::IfOp::create(
      builder, loc, condition, [&](OpBuilder &builder, Location loc) {
        auto type = VectorType::get({length}, plane.border.getType());
        Value border = arith::ConstantOp::create(
            builder, loc, DenseElementsAttr::get(type, plane.border));
        for (ArrayRef<Value> row : rows) {
          SmallVector<Value> at(row);
          at.push_back(index);
          vector::StoreOp::create(builder, loc, border, padded, at);
        }
        scf::YieldOp::create(builder, loc);
      });
}

/// Writes the border that the positions [q, q + length) of the source's
/// plane end or begin: after a row's end (unless it is the last row), the
/// gap to the next row; before position 0, the head; after the last
/// position, the tail. Every border element is written once, by the run
/// that holds the position before it (the head by the one at 0).
void storeBorderAround(OpBuilder &builder, Location loc, Value padded,
                       ArrayRef<SmallVector<Value>> rows, Value q,
                       int64_t length, const Plane &plane) {
  MLIRContext *context = builder.getContext();
  AffineExpr p = getAffineSymbolExpr(0, context);
  auto apply = [&](AffineExpr expr) {
    return affine::makeComposedAffineApply(builder, loc,
                                           AffineMap::get(0, 1, expr), {q});
  };
  auto constant = [&](int64_t value) {
    return arith::ConstantIndexOp::create(builder, loc, value).getResult();
  };
  auto compare = [&](arith::CmpIPredicate predicate, Value a, Value b) {
    return arith::CmpIOp::create(builder, loc, predicate, a, b).getResult();
  };
  using Predicate = arith::CmpIPredicate;
  // The run's j-th row end (of row q / width + j) is in the run and
  // another row follows.
  for (int64_t j = 0; j < plane.rowEnds(length); ++j) {
    Value endsRow =
        compare(Predicate::sle, apply(plane.width * (j + 1) - p % plane.width),
                constant(length));
    Value notLast = compare(Predicate::slt, apply(p.floorDiv(plane.width)),
                            constant(plane.height - 1 - j));
    Value gapAt =
        apply((p.floorDiv(plane.width) + j + plane.top) * plane.pitch +
              plane.left + plane.width);
    storeBorderIf(builder, loc,
                  arith::AndIOp::create(builder, loc, endsRow, notLast), padded,
                  rows, gapAt, plane.gap(), plane);
  }
  storeBorderIf(builder, loc, compare(Predicate::eq, q, constant(0)), padded,
                rows, constant(0), plane.head(), plane);
  storeBorderIf(builder, loc,
                compare(Predicate::eq, apply(p + length),
                        constant(plane.height * plane.width)),
                padded, rows, constant(plane.tailStart()), plane.tail(), plane);
}

/// Stores `piece` (a vector of at most kPaddedPlaneLanes, lanes along the
/// plane) of the source's collapsed plane at `indices` into `padded`, the
/// padded buffer collapsed the same way: the lanes in each row the piece
/// touches with a masked store, the k-th row's k gaps between rows further
/// than the first's.
void storePiece(RewriterBase &rewriter, Location loc, Value piece,
                ArrayRef<Value> indices, Value padded, const Plane &plane) {
  int64_t lanes = cast<VectorType>(piece.getType()).getNumElements();
  AffineExpr q = getAffineSymbolExpr(0, rewriter.getContext());
  Value position = indices.back();
  Value first = paddedIndex(rewriter, loc, position, plane);
  auto maskType = VectorType::get({lanes}, rewriter.getI1Type());
  SmallVector<Value> at(indices);
  // Lanes before the end of the k-th row: width (k + 1) - q % width.
  Value before;
  for (int64_t k = 0; k < plane.rowsSpanned(lanes); ++k) {
    Value rowEnd = affine::makeComposedAffineApply(
        rewriter, loc,
        AffineMap::get(0, 1, plane.width * (k + 1) - q % plane.width),
        {position});
    Value upTo = vector::CreateMaskOp::create(rewriter, loc, maskType,
                                              ValueRange{rowEnd});
    Value mask =
        before ? arith::XOrIOp::create(rewriter, loc, upTo, before).getResult()
               : upTo;
    at.back() = affine::makeComposedAffineApply(
        rewriter, loc, AffineMap::get(0, 1, q + k * plane.gap()), {first});
    vector::MaskedStoreOp::create(rewriter, loc, padded, at, mask, piece);
    before = upTo;
  }
}

/// Replaces `write` (of the source's collapsed plane) by masked stores of
/// its pieces into `padded`, and the border around them.
void rewriteWrite(RewriterBase &rewriter, vector::TransferWriteOp write,
                  Value padded, const Plane &plane) {
  Location loc = write.getLoc();
  rewriter.setInsertionPoint(write);
  MLIRContext *context = rewriter.getContext();
  VectorType type = write.getVectorType();
  AffineMap map = write.getPermutationMap();
  ArrayRef<int64_t> shape = type.getShape();
  int64_t length = shape.back();
  int64_t lanes = std::min(length, kPaddedPlaneLanes);
  SmallVector<int64_t> leading(shape.drop_back());
  SmallVector<int64_t> strides = computeStrides(leading);
  int64_t count = leading.empty() ? 1 : computeProduct(leading);
  auto plus = [&](Value index, int64_t offset) {
    return affine::makeComposedAffineApply(
        rewriter, loc, getAffineSymbolExpr(0, context) + offset, {index});
  };
  // Each vector row of the write: its position in the vector and the
  // indices of its row of the plane.
  SmallVector<SmallVector<int64_t>> positions;
  SmallVector<SmallVector<Value>> rows;
  for (int64_t linear = 0; linear < count; ++linear) {
    positions.push_back(leading.empty() ? SmallVector<int64_t>()
                                        : delinearize(linear, strides));
    SmallVector<Value> indices(write.getIndices().drop_back());
    for (auto [vectorDim, offset] : llvm::enumerate(positions.back())) {
      unsigned dim = map.getDimPosition(vectorDim);
      indices[dim] = plus(indices[dim], offset);
    }
    rows.push_back(std::move(indices));
  }
  for (int64_t start = 0; start < length; start += lanes) {
    Value q = plus(write.getIndices().back(), start);
    for (auto [position, row] : llvm::zip(positions, rows)) {
      Value vector = position.empty()
                         ? write.getVector()
                         : vector::ExtractOp::create(
                               rewriter, loc, write.getVector(), position)
                               .getResult();
      if (lanes < length)
        vector = vector::ExtractStridedSliceOp::create(rewriter, loc, vector,
                                                       {start}, {lanes}, {1});
      SmallVector<Value> indices(row);
      indices.push_back(q);
      storePiece(rewriter, loc, vector, indices, padded, plane);
    }
    storeBorderAround(rewriter, loc, padded, rows, q, lanes, plane);
  }
  rewriter.eraseOp(write);
}

/// Copies `region` (of the source's collapsed plane) into `padded` element
/// by element after the last op using it (the scalar tiles of a remainder,
/// which the buffer keeps).
void copyRegion(RewriterBase &rewriter, memref::SubViewOp region, Value padded,
                const Plane &plane) {
  Block *block = region->getBlock();
  Operation *last = region;
  for (Operation *user : region->getUsers())
    if (Operation *inBlock = block->findAncestorOpInBlock(*user);
        inBlock && last->isBeforeInBlock(inBlock))
      last = inBlock;
  rewriter.setInsertionPointAfter(last);
  Location loc = region.getLoc();
  Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
  Value one = arith::ConstantIndexOp::create(rewriter, loc, 1);
  SmallVector<Value> lower(region.getType().getRank(), zero);
  SmallVector<Value> steps(lower.size(), one);
  SmallVector<Value> upper =
      getValueOrCreateConstantIndexOp(rewriter, loc, region.getMixedSizes());
  scf::buildLoopNest(
      rewriter, loc, lower, upper, steps,
      [&](OpBuilder &builder, Location loc, ValueRange ivs) {
        Value value = memref::LoadOp::create(builder, loc, region, ivs);
        AffineExpr a, b;
        bindSymbols(builder.getContext(), a, b);
        SmallVector<Value> at;
        for (auto [iv, offset] : llvm::zip(ivs, region.getMixedOffsets()))
          at.push_back(affine::makeComposedAffineApply(
              builder, loc, AffineMap::get(0, 2, a + b), {iv, offset}));
        Value q = at.back();
        at.back() = paddedIndex(builder, loc, q, plane);
        memref::StoreOp::create(builder, loc, value, padded, at);
        at.pop_back();
        storeBorderAround(builder, loc, padded, {at}, q, 1, plane);
      });
}

/// Rewrites `copy` (marked with the value of the border) when its source's
/// uses allow; otherwise fills the whole padded buffer with the border
/// value before it.
void storeIntoPaddedPlane(RewriterBase &rewriter, memref::CopyOp copy,
                          TypedAttr border) {
  Value source = copy.getSource();
  auto interior = copy.getTarget().getDefiningOp<memref::SubViewOp>();
  auto alloc = source.getDefiningOp<memref::AllocOp>();
  std::optional<SourceUses> uses;
  if (interior && alloc)
    uses = usesOf(copy, source);
  if (!uses || uses->writes.empty()) {
    rewriter.setInsertionPoint(copy);
    Value value = arith::ConstantOp::create(rewriter, copy.getLoc(), border);
    linalg::FillOp::create(rewriter, copy.getLoc(), value,
                           rootBuffer(copy.getTarget()));
    return;
  }
  auto sourceType = cast<MemRefType>(source.getType());
  auto paddedType = cast<MemRefType>(interior.getSourceType());
  int64_t rank = sourceType.getRank();
  Plane plane{sourceType.getShape()[rank - 2],
              sourceType.getShape()[rank - 1],
              paddedType.getShape()[rank - 2],
              paddedType.getShape()[rank - 1],
              interior.getStaticOffsets()[rank - 2],
              interior.getStaticOffsets()[rank - 1],
              border};
  // The padded buffer collapsed like the source in the writes.
  auto view = cast<memref::CollapseShapeOp>(
      uses->writes.front().getBase().getDefiningOp());
  rewriter.setInsertionPointAfter(interior);
  Value padded = memref::CollapseShapeOp::create(
      rewriter, copy.getLoc(), interior.getSource(),
      view.getReassociationIndices());
  for (vector::TransferWriteOp write : uses->writes)
    rewriteWrite(rewriter, write, padded, plane);
  for (memref::SubViewOp region : uses->regions)
    copyRegion(rewriter, region, padded, plane);
  rewriter.eraseOp(copy);
  if (!uses->regions.empty())
    return;
  for (Operation *op : uses->others)
    rewriter.eraseOp(op);
  rewriter.eraseOp(alloc);
}

} // namespace

void storeIntoPaddedPlanes(RewriterBase &rewriter, func::FuncOp func) {
  SmallVector<std::pair<memref::CopyOp, TypedAttr>> copies;
  func.walk([&](memref::CopyOp copy) {
    if (auto border = copy->getAttrOfType<TypedAttr>(kPaddedPlaneCopy)) {
      copy->removeAttr(kPaddedPlaneCopy);
      copies.push_back({copy, border});
    }
  });
  for (auto [copy, border] : copies)
    storeIntoPaddedPlane(rewriter, copy, border);
}

} // namespace mlir::ov::codegen
