//===- BlockedInteriorStores.cpp - Register tiles into padded blocks ------===//
//
// The blocked form of PaddedPlaneStores (see PaddedPlaneStores.h): a 1x1
// convolution on blocked channels whose ReLU goes into the interior of the
// next layer's padded input works in place in its register tiles, and
// each row of a tile, the B channels of one position of the collapsed
// plane (a block of 32, or one of the two blocks of 16 a tile spans), is
// stored at that position in its block of the padded buffer: row q of the
// plane goes to (q / W + top, q % W + left). A convolution that writes
// its result's rows and columns as they are (the strided stem on the
// image, whose ReLU, ReLU6 or SiLU goes into the max pool's or the first
// depthwise layer's padded input) has its tiles stored whole, shifted by
// (top, left): ResNet-50, MobileNetV2 and EfficientNet-B0 lose that
// activation's pass over 112 x 112 x 32 or 64 channels. No masks (a row
// is whole vectors) and no border writes: the border fills stay as they
// are. A copy whose source is written otherwise stays a copy.
//
//===----------------------------------------------------------------------===//

#include "PaddedPlaneStores.h"
#include "RegisterTileFusion.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/Dominance.h"

namespace mlir::ov::codegen {
namespace {

/// Whether `write` stores whole rows of B channels (the vector's last
/// dimension all of `base`'s last one, from 0), in bounds and unmasked.
bool writesWholeRows(vector::TransferWriteOp write, Value base) {
  VectorType type = write.getVectorType();
  return write.getBase() == base && !write.getMask() &&
         write.getPermutationMap().isMinorIdentity() &&
         llvm::all_of(write.getInBoundsValues(), [](bool b) { return b; }) &&
         type.getRank() <= 3 &&
         type.getShape().back() ==
             cast<MemRefType>(base.getType()).getShape().back() &&
         isConstantIntValue(write.getIndices().back(), 0);
}

/// The vector writes of `source` (through collapses of its plane,
/// [N, C / B, H * W, B]) when they and vector reads are its only uses
/// besides `copy`, its views and its deallocations; nullopt otherwise.
/// `reads` tells whether there are reads (a contraction with several K
/// blocks keeps its partial sums in the source between them). Writes of
/// the uncollapsed source (rows and columns of the plane as they are: the
/// stem) go to `wholePlaneWrites`.
std::optional<SmallVector<vector::TransferWriteOp>>
rowWrites(memref::CopyOp copy, Value source,
          SmallVectorImpl<Operation *> &toErase, bool &reads,
          SmallVectorImpl<vector::TransferWriteOp> &wholePlaneWrites) {
  SmallVector<vector::TransferWriteOp> writes;
  reads = false;
  for (Operation *user : source.getUsers()) {
    if (user == copy.getOperation() || isa<memref::DeallocOp>(user)) {
      if (user != copy.getOperation())
        toErase.push_back(user);
      continue;
    }
    if (isa<vector::TransferReadOp>(user)) {
      reads = true;
      continue;
    }
    if (auto write = dyn_cast<vector::TransferWriteOp>(user)) {
      if (!writesWholeRows(write, source))
        return std::nullopt;
      wholePlaneWrites.push_back(write);
      continue;
    }
    auto collapse = dyn_cast<memref::CollapseShapeOp>(user);
    if (!collapse ||
        collapse.getReassociationIndices() !=
            SmallVector<ReassociationIndices>{{0}, {1}, {2, 3}, {4}})
      return std::nullopt;
    toErase.push_back(collapse);
    for (Operation *viewUser : collapse->getUsers()) {
      if (isa<vector::TransferReadOp>(viewUser)) {
        reads = true;
        continue;
      }
      auto write = dyn_cast<vector::TransferWriteOp>(viewUser);
      if (!write || !writesWholeRows(write, collapse.getResult()))
        return std::nullopt;
      writes.push_back(write);
    }
  }
  return writes;
}

/// Stores each row of `write`'s vector (rows of positions of the
/// collapsed plane; with a leading dimension, of consecutive channel
/// blocks) at its position in `padded` too, after it; `write` goes unless
/// `keep`.
void storeRows(RewriterBase &rewriter, vector::TransferWriteOp write,
               Value padded, int64_t width, int64_t top, int64_t left,
               bool keep) {
  Location loc = write.getLoc();
  rewriter.setInsertionPointAfter(write);
  VectorType type = write.getVectorType();
  ArrayRef<int64_t> shape = type.getShape();
  int64_t blocks = type.getRank() == 3 ? shape[0] : 1;
  int64_t rows = type.getRank() >= 2 ? shape[type.getRank() - 2] : 1;
  ValueRange indices = write.getIndices();
  MLIRContext *context = rewriter.getContext();
  AffineExpr position = getAffineDimExpr(0, context);
  for (int64_t block = 0; block < blocks; ++block) {
    Value channelBlock =
        block == 0 ? indices[1]
                   : affine::AffineApplyOp::create(
                         rewriter, loc, AffineMap::get(1, 0, position + block),
                         ValueRange{indices[1]});
    for (int64_t row = 0; row < rows; ++row) {
      AffineExpr q = position + row;
      Value h = affine::AffineApplyOp::create(
          rewriter, loc, AffineMap::get(1, 0, q.floorDiv(width) + top),
          ValueRange{indices[2]});
      Value w = affine::AffineApplyOp::create(
          rewriter, loc, AffineMap::get(1, 0, (q % width) + left),
          ValueRange{indices[2]});
      SmallVector<int64_t> at;
      if (type.getRank() == 3)
        at.push_back(block);
      if (type.getRank() >= 2)
        at.push_back(row);
      Value vector = write.getVector();
      if (!at.empty())
        vector = vector::ExtractOp::create(rewriter, loc, vector, at);
      vector::TransferWriteOp::create(
          rewriter, loc, vector, padded,
          ValueRange{indices[0], channelBlock, h, w, indices[3]},
          ArrayRef<bool>{true});
    }
  }
  if (!keep)
    rewriter.eraseOp(write);
}

/// Stores `write`'s vector, rows and columns of the uncollapsed plane, at
/// the same place in `padded` shifted by the border (`top`, `left`) too,
/// after it; `write` goes unless `keep`.
void storeShifted(RewriterBase &rewriter, vector::TransferWriteOp write,
                  Value padded, int64_t top, int64_t left, bool keep) {
  Location loc = write.getLoc();
  rewriter.setInsertionPointAfter(write);
  SmallVector<Value> indices(write.getIndices());
  MLIRContext *context = rewriter.getContext();
  AffineExpr index = getAffineDimExpr(0, context);
  indices[2] = affine::AffineApplyOp::create(
      rewriter, loc, AffineMap::get(1, 0, index + top), indices[2]);
  indices[3] = affine::AffineApplyOp::create(
      rewriter, loc, AffineMap::get(1, 0, index + left), indices[3]);
  vector::TransferWriteOp::create(rewriter, loc, write.getVector(), padded,
                                  indices, write.getInBoundsValues());
  if (!keep)
    rewriter.eraseOp(write);
}

void storeIntoBlockedInterior(RewriterBase &rewriter, memref::CopyOp copy,
                              DominanceInfo &dominance) {
  Value source = copy.getSource();
  auto interior = copy.getTarget().getDefiningOp<memref::SubViewOp>();
  SmallVector<Operation *> toErase;
  if (!isAllocated(source) || !interior ||
      ShapedType::isDynamicShape(interior.getStaticOffsets()))
    return;
  bool reads = false;
  SmallVector<vector::TransferWriteOp> wholePlaneWrites;
  std::optional<SmallVector<vector::TransferWriteOp>> writes =
      rowWrites(copy, source, toErase, reads, wholePlaneWrites);
  auto notDominated = [&](vector::TransferWriteOp write) {
    return !dominance.properlyDominates(interior.getResult(), write);
  };
  if (!writes || llvm::any_of(*writes, notDominated) ||
      llvm::any_of(wholePlaneWrites, notDominated))
    return;
  int64_t width = cast<MemRefType>(source.getType()).getShape()[3];
  ArrayRef<int64_t> offsets = interior.getStaticOffsets();
  // With reads, every write goes to both buffers (the last one of each
  // tile, after the last K block, is the result); else only to the
  // padded one, and the source goes.
  for (vector::TransferWriteOp write : *writes)
    storeRows(rewriter, write, interior.getSource(), width, offsets[2],
              offsets[3], /*keep=*/reads);
  for (vector::TransferWriteOp write : wholePlaneWrites)
    storeShifted(rewriter, write, interior.getSource(), offsets[2], offsets[3],
                 /*keep=*/reads);
  rewriter.eraseOp(copy);
  if (reads)
    return;
  for (Operation *op : toErase)
    rewriter.eraseOp(op);
  rewriter.eraseOp(source.getDefiningOp());
}

} // namespace

void storeIntoBlockedInteriors(RewriterBase &rewriter, func::FuncOp func) {
  SmallVector<memref::CopyOp> copies;
  func.walk([&](memref::CopyOp copy) {
    if (copy->removeAttr(kBlockedInteriorCopy))
      copies.push_back(copy);
  });
  DominanceInfo dominance(func);
  for (memref::CopyOp copy : copies)
    storeIntoBlockedInterior(rewriter, copy, dominance);
}

} // namespace mlir::ov::codegen
