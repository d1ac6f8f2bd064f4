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

#include "InvertedResidualBlock.h"
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
#define GEN_PASS_DEF_COMPUTEBLOCKSBYROWS
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;
using namespace mlir::ov::codegen;

namespace {

/// The runtime's thread count of the run and its first row of a band, sized
/// by each thread's speed (ovmlir_runtime.h).
constexpr StringLiteral kNumThreadsFunction = "ovm_runtime_num_threads";
constexpr StringLiteral kBandStartFunction = "ovm_runtime_band_start";

/// The runtime functions the thread loops call.
struct RuntimeFunctions {
  func::FuncOp numThreads, bandStart;
};

/// Builds the chain's ops row by row; see the pass description.
class RowByRowBuilder {
public:
  RowByRowBuilder(InvertedResidualBlock chain, OpBuilder &builder, Location loc)
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

  scf::ParallelOp build(RuntimeFunctions runtime) {
    bandStart = runtime.bandStart;
    Value threads =
        func::CallOp::create(b, loc, runtime.numThreads).getResult(0);
    threads = arith::IndexCastOp::create(b, loc, b.getIndexType(), threads);
    threads = arith::MaxSIOp::create(b, loc, threads, index(1));
    Value bands = arith::MinSIOp::create(b, loc, threads, index(height));
    auto loop = scf::ParallelOp::create(
        b, loc, ValueRange{index(0)}, ValueRange{bands}, ValueRange{index(1)},
        [&](OpBuilder &, Location, ValueRange band) {
          buildBand(band.front(), bands);
        });
    loop->setAttr(ov::codegen::kRowBandsAttr, b.getUnitAttr());
    return loop;
  }

private:
  Value index(int64_t value) {
    return arith::ConstantIndexOp::create(b, loc, value);
  }

  /// The first output row of band `band` of `bands` (the runtime's).
  Value firstRowOf(Value band, Value bands) {
    Type i64 = b.getI64Type();
    auto toI64 = [&](Value value) -> Value {
      return arith::IndexCastOp::create(b, loc, i64, value);
    };
    Value row =
        func::CallOp::create(
            b, loc, bandStart,
            ValueRange{toI64(band), toI64(bands),
                       arith::ConstantIntOp::create(b, loc, i64, height)})
            .getResult(0);
    return arith::IndexCastOp::create(b, loc, b.getIndexType(), row);
  }

  Value times(Value value, int64_t factor) {
    return factor == 1 ? value
                       : arith::MulIOp::create(b, loc, value, index(factor));
  }

  /// One row of `buffer` (see planeView).
  Value rowView(Value buffer, OpFoldResult row, int64_t column, int64_t columns,
                int64_t stride) {
    return planeView(b, loc, buffer, row, 1, column, columns, stride);
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
    // Rows [first, last) of the output: the band's share (the first call
    // starts the runtime's timing of the band).
    Value first = firstRowOf(band, bands);
    Value last =
        firstRowOf(arith::AddIOp::create(b, loc, band, index(1)), bands);
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
      if (columns != 0)
        fillZero(planeView(b, loc, ring, b.getIndexAttr(0), ringRows, column,
                           columns, 1));
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
    // The ring's padded row S * r + dy (r = `row`), from column dx, every
    // `columnStride`-th column.
    auto ringRow = [&](int64_t dy, int64_t dx, int64_t columnStride) {
      Value paddedRow = arith::AddIOp::create(b, loc, sinceFirstTap, index(dy));
      Value slot = arith::RemUIOp::create(b, loc, paddedRow, index(ringRows));
      return rowView(ring, slot, dx, width, columnStride);
    };
    for (auto [tap, dy, dx] : chain.taps)
      outputRows[tap] = ringRow(dy, dx, stride);
    cloneOnRows(chain.depthwise, outputRows, row);
    if (!chain.projection)
      return;
    // (The residual: P's interior row `row`, the ring's centre row.)
    if (chain.residual)
      outputRows[chain.residual] =
          ringRow(chain.padTop, chain.padLeft, /*columnStride=*/1);
    cloneOnRows(chain.projectionInit, outputRows, row);
    cloneOnRows(chain.projection, outputRows, row);
  }

  InvertedResidualBlock chain;
  OpBuilder &b;
  Location loc;
  int64_t blocks, height, width, blockSize, expandedHeight, expandedWidth,
      paddedWidth;
  Value ring;
  func::FuncOp bandStart;
};

/// Replaces `chain` by its thread loop over bands of rows.
void computeByRows(InvertedResidualBlock &chain, RuntimeFunctions runtime) {
  llvm::SetVector<Operation *> members = chain.members();
  OpBuilder b(chain.last());
  b.setInsertionPointAfter(chain.last());
  Location loc = fusedLocOf(b, members);
  scf::ParallelOp loop = RowByRowBuilder(chain, b, loc).build(runtime);

  // Buffers the loop reads are freed after it, not before.
  freeUsedBuffersAfter(chain.expansionInit, loop);

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
    if (plane != chain.depthwiseResult || chain.projection)
      erasePlane(plane);
  }
}

func::FuncOp declareFunction(ModuleOp module, StringRef name,
                             FunctionType type) {
  if (auto declared = module.lookupSymbol<func::FuncOp>(name))
    return declared;
  OpBuilder b(module.getBodyRegion());
  auto function = func::FuncOp::create(b, module.getLoc(), name, type);
  function.setPrivate();
  return function;
}

RuntimeFunctions declareRuntimeFunctions(ModuleOp module) {
  Builder b(module.getContext());
  Type i64 = b.getI64Type();
  return {declareFunction(module, kNumThreadsFunction,
                          b.getFunctionType({}, {b.getI32Type()})),
          declareFunction(module, kBandStartFunction,
                          b.getFunctionType({i64, i64, i64}, {i64}))};
}

struct ComputeBlocksByRowsPass
    : ov::impl::ComputeBlocksByRowsBase<ComputeBlocksByRowsPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    // (Matched one at a time: a chain's rewrite moves deallocations.)
    SmallVector<linalg::GenericOp> candidates;
    module.walk([&](linalg::GenericOp op) { candidates.push_back(op); });
    llvm::DenseSet<Operation *> erased;
    std::optional<RuntimeFunctions> runtime;
    for (linalg::GenericOp op : candidates) {
      if (erased.contains(op))
        continue;
      std::optional<InvertedResidualBlock> chain =
          matchInvertedResidualBlock(op);
      if (!chain || !fitsRowByRow(*chain) ||
          !othersMayGoFirst(*chain, chain->members()))
        continue;
      if (!runtime)
        runtime = declareRuntimeFunctions(module);
      erased.insert_range(chain->members());
      computeByRows(*chain, *runtime);
    }
  }
};

} // namespace
