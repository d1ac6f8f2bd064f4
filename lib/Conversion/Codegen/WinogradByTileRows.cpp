//===- WinogradByTileRows.cpp - Winograd layers one tile row at a time ----===//
//
// ov-winograd-convolutions leaves a 3x3 layer as three ops over whole
// planes: the input transform writes V [16, CB, H/2, W/2, B], the batched
// contraction reads V and writes M [16, FB, H/2, W/2, B], the output
// transform reads M. V and M are 4x the layer's input and output: on
// ResNet-50's 56x56 layers 3.2 MB each, passes through the L3 on 1
// thread; and on 2 threads each thread's part of V and M lies in arena
// lines that other layers split differently, so that writing V alone took
// each thread 160-180 us for what 1 thread does in 88 (bench/omp_regions.py
// on far cores; in two such bottlenecks alone, thread 0 given the whole
// transform of a 2-thread run took 409 us against 134 on 1 thread).
//
// Computed one row of 2x2 tiles at a time, the three ops share one thread
// loop over the tile rows, each iteration with V's and M's row (16 points
// x the row's tiles) on its thread's stack: V and M are gone, and each
// thread reads the input rows and writes the output rows of its tile rows
// only, as the layers before and after split theirs.
//
//===----------------------------------------------------------------------===//

#include "RegisterTileFusion.h"
#include "RowBands.h"
#include "Winograd.h"
#include "ovmlir/Conversion/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

namespace mlir::ov {
#define GEN_PASS_DEF_WINOGRADBYTILEROWS
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;
using namespace mlir::ov::codegen;

namespace {

using winograd::kPoints;

/// The dimension of V, M and the planes that holds the tile rows.
constexpr unsigned kRowDim = 2;
/// Layers of at least this many tile rows (planes of 28x28 and more): with
/// fewer, the rows split unevenly between the threads, and the
/// contraction's thread tiles go over the points or filter blocks (its
/// filters, read again for each row, no longer stay in the L2).
constexpr int64_t kMinTileRows = 14;
/// V's and M's rows together at most: scratch on the thread's stack (the
/// runtime's workers have 4 MB, ovmlir_runtime.h asks 512 KB of the
/// caller's).
constexpr int64_t kMaxScratchBytes = 512 << 10;

using IT = utils::IteratorType;

/// A Winograd layer as ov-winograd-convolutions leaves it on buffers.
struct WinogradLayer {
  /// V = inputTransform(views of the padded input), one result per point.
  linalg::GenericOp inputTransform;
  /// M = 0, then M += V * U over the points' channel blocks.
  linalg::FillOp fill;
  linalg::GenericOp contraction;
  /// The output block of each tile from M's points (and a bias, ...).
  linalg::GenericOp outputTransform;
  /// The transformed planes [16, CB or FB, tile rows, tile columns, B]
  /// and their views of each point, in point order.
  Value transformed, products;
  SmallVector<memref::SubViewOp> transformedPoints, productPoints;
};

/// out[p, fb, r, c, f] += V[p, cb, r, c, k] * U[p, fb, cb, k, f] on static
/// f32 buffers.
bool isBatchedContraction(linalg::GenericOp op) {
  if (!op.hasPureBufferSemantics() || op.getNumDpsInputs() != 2 ||
      op.getNumDpsInits() != 1 || !linalg::isaContractionOpInterface(op) ||
      op.getIteratorTypesArray() != SmallVector<IT>{IT::parallel, IT::parallel,
                                                    IT::parallel, IT::parallel,
                                                    IT::parallel, IT::reduction,
                                                    IT::reduction})
    return false;
  MLIRContext *context = op.getContext();
  auto d = [&](unsigned i) { return getAffineDimExpr(i, context); };
  auto map = [&](ArrayRef<AffineExpr> results) {
    return AffineMap::get(7, 0, results, context);
  };
  if (op.getIndexingMapsArray() !=
      SmallVector<AffineMap>{map({d(0), d(5), d(2), d(3), d(6)}),
                             map({d(0), d(1), d(5), d(6), d(4)}),
                             map({d(0), d(1), d(2), d(3), d(4)})})
    return false;
  return llvm::all_of(op->getOperandTypes(), [](Type type) {
    auto memref = dyn_cast<MemRefType>(type);
    return memref && memref.hasStaticShape() && memref.getElementType().isF32();
  });
}

/// `buffer`'s point views [i, 0, 0, 0, 0] of one point each, in point
/// order, when every other user of it is in `allowed` or a deallocation.
std::optional<SmallVector<memref::SubViewOp>>
pointViews(Value buffer, ArrayRef<Operation *> allowed) {
  SmallVector<memref::SubViewOp> views(kPoints);
  auto type = cast<MemRefType>(buffer.getType());
  for (Operation *user : buffer.getUsers()) {
    if (isa<memref::DeallocOp>(user) || llvm::is_contained(allowed, user))
      continue;
    auto view = dyn_cast<memref::SubViewOp>(user);
    if (!view || !view.hasUnitStride() ||
        view.getType().getRank() != type.getRank())
      return std::nullopt;
    SmallVector<int64_t> offsets(view.getStaticOffsets());
    SmallVector<int64_t> sizes(view.getStaticSizes());
    int64_t point = offsets[0];
    auto isZero = [](int64_t offset) { return offset == 0; };
    if (ShapedType::isDynamic(point) || point < 0 || point >= kPoints ||
        views[point] || sizes[0] != 1 ||
        !llvm::all_of(ArrayRef(offsets).drop_front(), isZero) ||
        ArrayRef(sizes).drop_front() != type.getShape().drop_front())
      return std::nullopt;
    views[point] = view;
  }
  if (llvm::any_of(views, [](memref::SubViewOp view) { return !view; }))
    return std::nullopt;
  return views;
}

/// The single user of each of `views` is `op`.
bool onlyUsedBy(ArrayRef<memref::SubViewOp> views, Operation *op) {
  return llvm::all_of(views, [&](memref::SubViewOp view) {
    return view->hasOneUse() && *view->user_begin() == op;
  });
}

/// Whether each operand of the elementwise `op` over [1, blocks, `rows`,
/// columns, B] either follows its rows (identity map, `rows` rows) or does
/// not vary along them (a bias).
bool rowsSplittable(linalg::GenericOp op, int64_t rows) {
  if (op.getNumLoops() != 5 || op.getNumParallelLoops() != 5)
    return false;
  for (OpOperand &operand : op->getOpOperands()) {
    auto type = dyn_cast<MemRefType>(operand.get().getType());
    if (!type)
      continue;
    AffineMap map = op.getMatchingIndexingMap(&operand);
    bool alongRows = map.isIdentity() && type.getRank() == 5 &&
                     type.getDimSize(kRowDim) == rows;
    if (!alongRows && map.isFunctionOfDim(kRowDim))
      return false;
  }
  return true;
}

/// Whether the ops between `first` and `last` other than the layer's own
/// `members` are views, allocations, deallocations or free of memory
/// effects: the layer's ops may then run together where `last` is.
bool onlyViewsBetween(Operation *first, Operation *last,
                      ArrayRef<Operation *> members) {
  for (Operation *op = first->getNextNode(); op != last;
       op = op->getNextNode()) {
    if (!op)
      return false;
    if (llvm::is_contained(members, op) ||
        isa<memref::AllocOp, memref::DeallocOp, ViewLikeOpInterface>(op) ||
        isMemoryEffectFree(op))
      continue;
    return false;
  }
  return true;
}

std::optional<WinogradLayer> matchWinogradLayer(linalg::GenericOp contraction) {
  if (!isBatchedContraction(contraction) ||
      !isa<func::FuncOp>(contraction->getParentOp()))
    return std::nullopt;
  WinogradLayer layer;
  layer.contraction = contraction;
  layer.transformed = contraction.getDpsInputs()[0];
  layer.products = contraction.getDpsInits()[0];
  for (Value buffer : {layer.transformed, layer.products})
    if (!buffer.getDefiningOp<memref::AllocOp>() ||
        cast<MemRefType>(buffer.getType()).getDimSize(0) != kPoints)
      return std::nullopt;
  // M: zeros, the contraction, the output transform's point views.
  for (Operation *user : layer.products.getUsers())
    if (auto fill = dyn_cast<linalg::FillOp>(user)) {
      if (layer.fill || !matchPattern(fill.value(), m_AnyZeroFloat()))
        return std::nullopt;
      layer.fill = fill;
    }
  if (!layer.fill)
    return std::nullopt;
  auto productPoints =
      pointViews(layer.products, {layer.fill, layer.contraction});
  auto transformedPoints = pointViews(layer.transformed, {layer.contraction});
  if (!productPoints || !transformedPoints)
    return std::nullopt;
  layer.productPoints = std::move(*productPoints);
  layer.transformedPoints = std::move(*transformedPoints);
  layer.inputTransform = dyn_cast<linalg::GenericOp>(
      *layer.transformedPoints.front()->user_begin());
  layer.outputTransform =
      dyn_cast<linalg::GenericOp>(*layer.productPoints.front()->user_begin());
  if (!layer.inputTransform || !layer.outputTransform ||
      !onlyUsedBy(layer.transformedPoints, layer.inputTransform) ||
      !onlyUsedBy(layer.productPoints, layer.outputTransform))
    return std::nullopt;
  // V's points are the input transform's results, in order.
  if (layer.inputTransform.getNumDpsInits() != kPoints)
    return std::nullopt;
  for (auto [init, view] : llvm::zip_equal(layer.inputTransform.getDpsInits(),
                                           layer.transformedPoints))
    if (init != view.getResult())
      return std::nullopt;
  int64_t rows = cast<MemRefType>(layer.products.getType()).getDimSize(kRowDim);
  if (rows < kMinTileRows || !rowsSplittable(layer.inputTransform, rows) ||
      !rowsSplittable(layer.outputTransform, rows))
    return std::nullopt;
  int64_t scratch = 0;
  for (Value buffer : {layer.transformed, layer.products}) {
    auto type = cast<MemRefType>(buffer.getType());
    scratch += type.getNumElements() / rows * 4;
  }
  if (scratch > kMaxScratchBytes)
    return std::nullopt;
  // The output transform writes no buffer the input transform reads: row
  // by row, a row's outputs would overwrite the next row's inputs.
  llvm::DenseSet<Value> read;
  for (Value input : layer.inputTransform.getDpsInputs())
    read.insert(rootBuffer(input));
  for (Value output : layer.outputTransform.getDpsInits())
    if (read.contains(rootBuffer(output)))
      return std::nullopt;
  // In program order, nothing else in between that reads or writes.
  Operation *input = layer.inputTransform, *output = layer.outputTransform;
  if (input->getBlock() != contraction->getBlock() ||
      output->getBlock() != contraction->getBlock() ||
      !input->isBeforeInBlock(layer.fill) ||
      !layer.fill->isBeforeInBlock(contraction) ||
      !contraction->isBeforeInBlock(output) ||
      !onlyViewsBetween(input, output, {layer.fill, contraction}))
    return std::nullopt;
  return layer;
}

/// Builds the layer's thread loop over tile rows.
class TileRowBuilder {
public:
  TileRowBuilder(WinogradLayer &layer, OpBuilder &builder, Location loc)
      : layer(layer), b(builder), loc(loc) {}

  scf::ParallelOp build() {
    auto products = cast<MemRefType>(layer.products.getType());
    Value zero = arith::ConstantIndexOp::create(b, loc, 0);
    Value one = arith::ConstantIndexOp::create(b, loc, 1);
    Value rows =
        arith::ConstantIndexOp::create(b, loc, products.getDimSize(kRowDim));
    auto loop = scf::ParallelOp::create(
        b, loc, ValueRange{zero}, ValueRange{rows}, ValueRange{one},
        [&](OpBuilder &, Location, ValueRange row) { buildRow(row.front()); });
    loop->setAttr(kRowBandsAttr, b.getUnitAttr());
    return loop;
  }

private:
  /// Row `row` of `buffer` (5-D, rows in dimension kRowDim), whole.
  Value rowView(Value buffer, Value row) {
    int64_t columns = cast<MemRefType>(buffer.getType()).getDimSize(3);
    return planeView(b, loc, buffer, row, 1, 0, columns, 1);
  }

  /// A stack buffer of one row of `buffer`.
  Value rowScratch(Value buffer) {
    SmallVector<int64_t> shape(cast<MemRefType>(buffer.getType()).getShape());
    shape[kRowDim] = 1;
    return memref::AllocaOp::create(b, loc,
                                    MemRefType::get(shape, b.getF32Type()),
                                    b.getI64IntegerAttr(64));
  }

  /// Maps each of the point views `points` to the same point of `row`.
  void mapPointViews(ArrayRef<memref::SubViewOp> points, Value row,
                     IRMapping &mapping) {
    for (memref::SubViewOp view : points) {
      auto sizes = llvm::to_vector(view.getMixedSizes());
      sizes[kRowDim] = b.getIndexAttr(1);
      mapping.map(view.getResult(),
                  memref::SubViewOp::create(b, loc, row, view.getMixedOffsets(),
                                            sizes, view.getMixedStrides()));
    }
  }

  /// Clones the elementwise `op` onto row `row`: operands along its rows
  /// (not yet in `mapping`) become their row views.
  void cloneOnRow(linalg::GenericOp op, Value row, IRMapping &mapping) {
    for (OpOperand &operand : op->getOpOperands()) {
      Value value = operand.get();
      if (mapping.contains(value) || !isa<MemRefType>(value.getType()) ||
          !op.getMatchingIndexingMap(&operand).isFunctionOfDim(kRowDim))
        continue;
      mapping.map(value, rowView(value, row));
    }
    b.clone(*op.getOperation(), mapping);
  }

  void buildRow(Value row) {
    Value transformed = rowScratch(layer.transformed);
    Value products = rowScratch(layer.products);
    IRMapping mapping;
    mapPointViews(layer.transformedPoints, transformed, mapping);
    mapPointViews(layer.productPoints, products, mapping);
    mapping.map(layer.transformed, transformed);
    mapping.map(layer.products, products);
    cloneOnRow(layer.inputTransform, row, mapping);
    b.clone(*layer.fill.getOperation(), mapping);
    b.clone(*layer.contraction.getOperation(), mapping);
    cloneOnRow(layer.outputTransform, row, mapping);
  }

  WinogradLayer &layer;
  OpBuilder &b;
  Location loc;
};

/// Replaces `layer` by its thread loop over tile rows.
void computeByTileRows(WinogradLayer &layer) {
  SmallVector<Operation *> members{layer.inputTransform, layer.fill,
                                   layer.contraction, layer.outputTransform};
  OpBuilder b(layer.outputTransform);
  Location loc = b.getFusedLoc(
      llvm::map_to_vector(members, [](Operation *op) { return op->getLoc(); }));
  scf::ParallelOp loop = TileRowBuilder(layer, b, loc).build();

  // Buffers the loop reads are freed after it, not before (the padded
  // input, freed after the input transform).
  freeUsedBuffersAfter(layer.inputTransform, loop);

  for (Operation *op : llvm::reverse(members))
    op->erase();
  for (Value buffer : {layer.transformed, layer.products}) {
    for (Operation *user : llvm::make_early_inc_range(buffer.getUsers()))
      user->erase();
    buffer.getDefiningOp()->erase();
  }
}

struct WinogradByTileRowsPass
    : ov::impl::WinogradByTileRowsBase<WinogradByTileRowsPass> {
  void runOnOperation() override {
    SmallVector<linalg::GenericOp> candidates;
    getOperation().walk([&](linalg::GenericOp op) {
      if (isBatchedContraction(op))
        candidates.push_back(op);
    });
    for (linalg::GenericOp op : candidates)
      if (std::optional<WinogradLayer> layer = matchWinogradLayer(op))
        computeByTileRows(*layer);
  }
};

} // namespace
