//===- SplitPoolsByRows.cpp - Plane sums in partial sums of rows ----------===//
//
// A sum over the plane of blocked activations [N, C / B, H, W, B] (a global
// average pool: a squeeze-excite block's) has threads over its channel
// blocks, each reading all rows. When the plane's producer split its rows
// between the threads (an elementwise op whose rows outnumber its channel
// blocks: ov-tile-and-vectorize's thread loops go longest first), each
// thread then reads the rows the other one wrote, and those lines, now in
// both cores' caches, cost the next layer a round trip to the other core
// when it writes over them (EfficientNet-B0's squeeze-excite scaling at
// 56x56 took 3-4x its 1-thread time on each of 2 threads).
//
// Such a sum becomes partial sums of kParts bands of rows, [kParts, N,
// C / B, B], with threads over the bands (each thread sums the rows it
// wrote), then the partial sums added into the result on one thread.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Conversion/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"

namespace mlir::ov {
#define GEN_PASS_DEF_SPLITPOOLSBYROWS
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;

namespace {

/// Bands of rows: as many as the threads of a 4-core machine (a static
/// schedule gives 2 threads 2 bands each: the halves of the rows that the
/// producer's static schedule gave them).
constexpr int64_t kParts = 4;

/// Planes smaller than this are left alone: their sums cost a few
/// microseconds, which the partial sums' extra step would eat.
constexpr int64_t kMinPlaneBytes = 256 * 1024;

using IT = utils::IteratorType;

/// Whether `op` is out += in over (N, C / B, H, W, B) -> (N, C / B, 1, 1,
/// B), in the form the OV lowering gives a blocked global pool.
bool isBlockedPlaneSum(linalg::GenericOp op) {
  if (!op.hasPureBufferSemantics() || op.getNumDpsInputs() != 1 ||
      op.getNumDpsInits() != 1 ||
      op.getIteratorTypesArray() !=
          SmallVector<IT>{IT::parallel, IT::parallel, IT::reduction,
                          IT::reduction, IT::parallel})
    return false;
  auto type = dyn_cast<MemRefType>(op.getDpsInputOperand(0)->get().getType());
  if (!type || !type.hasStaticShape() || !type.getLayout().isIdentity() ||
      !type.getElementType().isF32())
    return false;
  MLIRContext *context = op.getContext();
  auto d = [&](unsigned i) { return getAffineDimExpr(i, context); };
  AffineExpr zero = getAffineConstantExpr(0, context);
  if (op.getIndexingMapsArray() !=
      SmallVector<AffineMap>{
          AffineMap::getMultiDimIdentityMap(5, context),
          AffineMap::get(5, 0, {d(0), d(1), zero, zero, d(4)}, context)})
    return false;
  Block &body = op.getRegion().front();
  auto yield = cast<linalg::YieldOp>(body.getTerminator());
  auto sum = yield.getValues()[0].getDefiningOp<arith::AddFOp>();
  return body.getOperations().size() == 2 && sum &&
         llvm::is_contained(sum->getOperands(), body.getArgument(0)) &&
         llvm::is_contained(sum->getOperands(), body.getArgument(1));
}

/// Whether the producer of the plane of `op` split its rows between
/// threads: more rows than channel blocks (see ov-tile-and-vectorize's
/// longestFirst), a plane large enough to matter and rows in kParts bands.
bool rowsSplitByProducer(linalg::GenericOp op) {
  auto type = cast<MemRefType>(op.getDpsInputOperand(0)->get().getType());
  ArrayRef<int64_t> shape = type.getShape();
  int64_t channelBlocks = shape[1], rows = shape[2];
  return rows > channelBlocks && rows % kParts == 0 &&
         type.getNumElements() * 4 >= kMinPlaneBytes;
}

/// A generic with the body of `op` (its block arguments: an element of
/// `input`, then one of `init`), reading `input` into `init` by `maps`.
linalg::GenericOp cloneWithMaps(RewriterBase &rewriter, linalg::GenericOp op,
                                Value input, Value init,
                                ArrayRef<AffineMap> maps,
                                ArrayRef<IT> iterators) {
  auto generic = linalg::GenericOp::create(rewriter, op.getLoc(), TypeRange{},
                                           input, init, maps, iterators);
  rewriter.cloneRegionBefore(op.getRegion(), generic.getRegion(),
                             generic.getRegion().end());
  return generic;
}

void splitByRows(RewriterBase &rewriter, linalg::GenericOp op) {
  Location loc = op.getLoc();
  MLIRContext *context = op.getContext();
  Value plane = op.getDpsInputOperand(0)->get();
  Value result = op.getDpsInitOperand(0)->get();
  auto type = cast<MemRefType>(plane.getType());
  ArrayRef<int64_t> shape = type.getShape();
  int64_t n = shape[0], blocks = shape[1], rows = shape[2], columns = shape[3],
          lanes = shape[4];
  Type element = type.getElementType();
  rewriter.setInsertionPoint(op);
  // The plane as [N, C / B, kParts, H / kParts, W, B].
  Value bands = memref::ExpandShapeOp::create(
      rewriter, loc,
      MemRefType::get({n, blocks, kParts, rows / kParts, columns, lanes},
                      element),
      plane, ArrayRef<ReassociationIndices>{{0}, {1}, {2, 3}, {4}, {5}});
  Value sums = memref::AllocOp::create(
      rewriter, loc, MemRefType::get({kParts, n, blocks, lanes}, element),
      rewriter.getI64IntegerAttr(64));
  Value zero = arith::ConstantOp::create(rewriter, loc, element,
                                         rewriter.getZeroAttr(element));
  linalg::FillOp::create(rewriter, loc, zero, sums);
  auto d = [&](unsigned i) { return getAffineDimExpr(i, context); };
  // (band, n, channel block, row, column, lane): threads over the first
  // three loops.
  cloneWithMaps(
      rewriter, op, bands, sums,
      {AffineMap::get(6, 0, {d(1), d(2), d(0), d(3), d(4), d(5)}, context),
       AffineMap::get(6, 0, {d(0), d(1), d(2), d(5)}, context)},
      {IT::parallel, IT::parallel, IT::parallel, IT::reduction, IT::reduction,
       IT::parallel});
  // (band, n, channel block, lane): the band loop first, a reduction, so
  // that the few hundred additions stay on one thread.
  AffineExpr c0 = getAffineConstantExpr(0, context);
  cloneWithMaps(rewriter, op, sums, result,
                {AffineMap::getMultiDimIdentityMap(4, context),
                 AffineMap::get(4, 0, {d(1), d(2), c0, c0, d(3)}, context)},
                {IT::reduction, IT::parallel, IT::parallel, IT::parallel});
  memref::DeallocOp::create(rewriter, loc, sums);
  rewriter.eraseOp(op);
}

struct SplitPoolsByRowsPass
    : ov::impl::SplitPoolsByRowsBase<SplitPoolsByRowsPass> {
  void runOnOperation() override {
    SmallVector<linalg::GenericOp> pools;
    getOperation().walk([&](linalg::GenericOp op) {
      if (isBlockedPlaneSum(op) && rowsSplitByProducer(op))
        pools.push_back(op);
    });
    IRRewriter rewriter(&getContext());
    for (linalg::GenericOp op : pools)
      splitByRows(rewriter, op);
  }
};

} // namespace
