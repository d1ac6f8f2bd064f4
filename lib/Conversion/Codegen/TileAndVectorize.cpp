//===- TileAndVectorize.cpp - Tile linalg ops on buffers and vectorize ----===//
//
// Runs on bufferized functions, before the remaining linalg ops become
// loops. Every linalg op with a parallel loop is split into thread tiles
// (an scf.parallel, which the pipeline hands to OpenMP); then
//  - a contraction (matmul, batch_matmul, the matmul of an im2col
//    convolution) is blocked along K so that a panel of the right-hand side
//    stays in cache, and cut into register tiles of rows x 2 vectors x 1
//    (6 or 8 rows by the target's vector registers), which become a
//    vector.contract each; the tile of the
//    result is read before the K loop and written after it (it lives in
//    registers);
//  - an op whose loops are all parallel (elementwise, broadcasts, copies,
//    transposes) is cut into vectors along its innermost dimension.
// The register and vector loops are peeled, so that the tiles of the main
// loop have static shapes and are vectorized; the remainders stay scalar.
//
//===----------------------------------------------------------------------===//

#include "GroupedShuffleKernel.h"
#include "MulAddContraction.h"
#include "PaddedPlaneStores.h"
#include "PrefetchNextBlock.h"
#include "RegisterTileFusion.h"
#include "RowBands.h"
#include "RowGroups.h"
#include "VectorAccumulators.h"
#include "ovmlir/Conversion/Passes.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/Linalg/IR/LinalgInterfaces.h"
#include "mlir/Dialect/Linalg/Transforms/TilingInterfaceImpl.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/MemRef/Transforms/Transforms.h"
#include "mlir/Dialect/MemRef/Utils/MemRefUtils.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Dialect/Vector/Transforms/LoweringPatterns.h"
#include "mlir/Dialect/Vector/Transforms/VectorRewritePatterns.h"
#include "mlir/Dialect/Vector/Transforms/VectorTransforms.h"
#include "mlir/IR/Dominance.h"
#include "mlir/Interfaces/CallInterfaces.h"
#include "mlir/Interfaces/LoopLikeInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Transforms/CSE.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "mlir/Transforms/LoopInvariantCodeMotionUtils.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/SetVector.h"

namespace mlir::ov {
#define GEN_PASS_DEF_TILEANDVECTORIZE
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;
namespace codegen = mlir::ov::codegen;
using codegen::rootBuffer;

namespace {

/// Marks the tiles to vectorize once every op is tiled; its value is the
/// loop that becomes the vectors' innermost dimension.
constexpr StringLiteral kVectorizeMarker = "ov.vectorize";

/// Register tile of a contraction: rows of the result times 2 vectors of
/// columns. Its rows, most and fewest, are chosen by the vector registers
/// the target has (RegisterTileRows::forRegisters).
/// Thread tile of a contraction (result rows x columns) and K block.
constexpr int64_t kThreadRows = 64;
constexpr int64_t kThreadCols = 256;
constexpr int64_t kBlockK = 256;
/// Bytes an operand read again and again may take and still be found in
/// cache (the L2 of one core, 2 MiB on the AVX-512 Xeons measured).
constexpr int64_t kCachedBytes = 2 << 20;
/// Bytes of weights per filter (all taps and channels) from which a blocked
/// convolution on a small plane streams its filter blocks
/// (kBlocksOutsideRowTiles): AVX-512's blocks of 32 filters of 512 KB, half
/// of the 1 MiB L2 of the EPYC measured, where the block and the next one
/// no longer both fit. AVX2's blocks of 16 filters from 256 KB: ResNet-50's
/// stride-2 3x3 layer on 7x7 (295 KB per block) -4% on 1 and 2 threads
/// (512 KB for AVX-512 stays: its blocks of 256-512 KB, ResNet-50's layer3
/// 3x3 stride-2 layer, streamed were 11% faster on 1 thread but not on 2).
constexpr int64_t kStreamedFilterBytes = 16 << 10;
/// Positions of a plane whose accumulators a thread tile streaming a
/// filter block keeps in the L2 cache through its K blocks: 2048 x 32
/// floats, 256 KB.
constexpr int64_t kMaxStreamedPlanePositions = 2048;
/// Elements of an elementwise op handed to one thread at a time (at least:
/// whole inner dimensions).
constexpr int64_t kThreadChunk = 4096;

/// Tiles of 16 x 16 elements for an f32 op that writes along one loop and
/// reads its only input along another (a transpose of the innermost
/// dimension: NHWC -> NCHW, transposedReadLoop): read as 16 rows of the
/// input, transposed in registers (vector.transpose, lowered to shuffles),
/// written as 16 rows of the output. Vectors along the output's rows alone
/// read the input one element at a time, each from another cache line.
constexpr int64_t kTransposeTile = 16;
/// Innermost loops shorter than this stay scalar, but for an image's 2 or 3
/// channels in a transposing op's tiles (transposedReadLoop).
constexpr int64_t kMinVectorLength = 4;
/// Marks such tiles: their unit dimensions are dropped before they are
/// vectorized (vectorizeMarkedOps).
constexpr StringLiteral kTransposeTileMarker = "ov.transpose_tile";

using TileSizes = SmallVector<int64_t>;

bool hasStaticShapes(linalg::LinalgOp op) {
  return llvm::all_of(op->getOperandTypes(), [](Type type) {
    auto shaped = dyn_cast<ShapedType>(type);
    return !shaped || shaped.hasStaticShape();
  });
}

/// Tiles `op` by `sizes` (0: not tiled) into loops of `loopType`, in the
/// order of `interchange` (the op's loops when empty), erases it and
/// returns the loops; the tiled op is the innermost loop's linalg op.
FailureOr<SmallVector<Operation *>> tile(RewriterBase &rewriter,
                                         linalg::LinalgOp op,
                                         ArrayRef<int64_t> sizes,
                                         linalg::LinalgTilingLoopType loopType,
                                         ArrayRef<unsigned> interchange = {}) {
  if (llvm::all_of(sizes, [](int64_t size) { return size == 0; }))
    return SmallVector<Operation *>();
  // Ops inside a thread loop over bands of rows (RowBands.h) are already
  // on their thread: their thread tiles are serial loops.
  if (loopType == linalg::LinalgTilingLoopType::ParallelLoops &&
      codegen::isInRowBands(op))
    loopType = linalg::LinalgTilingLoopType::Loops;
  linalg::LinalgTilingOptions options;
  options.setTileSizes(sizes).setLoopType(loopType);
  if (!interchange.empty())
    options.setInterchange(interchange);
  rewriter.setInsertionPoint(op);
  FailureOr<linalg::TiledLinalgOp> tiled =
      linalg::tileLinalgOp(rewriter, op, options);
  if (failed(tiled))
    return failure();
  rewriter.eraseOp(op);
  return SmallVector<Operation *>(tiled->loops.begin(), tiled->loops.end());
}

/// The linalg op in the body of the innermost of `loops`.
linalg::LinalgOp innermostOp(ArrayRef<Operation *> loops,
                             linalg::LinalgOp fallback) {
  if (loops.empty())
    return fallback;
  linalg::LinalgOp found = fallback;
  loops.back()->walk([&](linalg::LinalgOp op) { found = op; });
  return found;
}

/// Tiles `op` level by level; each level is a list of tile sizes and its loop
/// type. The loops of the last level are peeled, and its ops are marked for
/// vectorization along `vectorLoop` when it is set. `lastLevelLoops`, when
/// given, receives the last level's loops (before peeling), one per tiled
/// loop of the op, in its order.
LogicalResult
tileLevels(RewriterBase &rewriter, linalg::LinalgOp op,
           ArrayRef<std::pair<TileSizes, linalg::LinalgTilingLoopType>> levels,
           std::optional<unsigned> vectorLoop,
           SmallVectorImpl<Operation *> *lastLevelLoops = nullptr) {
  if (vectorLoop)
    op->setAttr(kVectorizeMarker, rewriter.getIndexAttr(*vectorLoop));
  SmallVector<Operation *> lastLoops;
  for (const auto &[sizes, loopType] : levels) {
    FailureOr<SmallVector<Operation *>> loops =
        tile(rewriter, op, sizes, loopType);
    if (failed(loops))
      return failure();
    op = innermostOp(*loops, op);
    lastLoops = *loops;
  }
  if (lastLevelLoops)
    lastLevelLoops->assign(lastLoops.begin(), lastLoops.end());
  // Innermost first, so that an outer loop's remainder gets the inner
  // loops already peeled (static tiles only).
  SmallVector<scf::ForOp> toPeel;
  for (Operation *loop : llvm::reverse(lastLoops))
    if (auto forOp = dyn_cast<scf::ForOp>(loop))
      toPeel.push_back(forOp);
  linalg::peelLoops(rewriter, toPeel);
  return success();
}

/// Whether the thread tiles of a contraction sweep its columns (loop `n`)
/// in the outer loop. Row blocks outer, each row block of the left-hand side
/// is read once and all of the right-hand side once per row block; columns
/// outer, the other way round. Columns go outer when that reads fewer
/// elements and the left-hand side, then read again for every column
/// block, stays in the L2 cache: a BERT layer's weights (the right-hand
/// side, 9 MB, from memory) were read twice for its 128 rows (BERT 10%
/// faster), while the 1024^3 matmul's 4 MB left-hand side read 4 times is
/// slower than its right-hand side read 16 times from L3.
bool columnsOuter(linalg::LinalgOp op, unsigned m, unsigned n) {
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  int64_t rowBlocks = llvm::divideCeil(ranges[m], kThreadRows);
  int64_t columnBlocks = llvm::divideCeil(ranges[n], kThreadCols);
  int64_t lhs = 0, rhs = 0;
  for (OpOperand *input : op.getDpsInputOperands()) {
    auto type = cast<ShapedType>(input->get().getType());
    AffineMap map = op.getMatchingIndexingMap(input);
    if (map.isFunctionOfDim(m))
      lhs = type.getNumElements();
    else if (map.isFunctionOfDim(n))
      rhs = type.getNumElements();
  }
  return (rowBlocks - 1) * rhs > (columnBlocks - 1) * lhs &&
         lhs * 4 <= kCachedBytes;
}

/// The rows of a contraction's register tiles (of 2 vectors each).
struct RegisterTileRows {
  int64_t most, fewest;

  /// With 32 vector registers (AVX-512), 8 rows: 16 accumulators, the
  /// column vectors and broadcasts in the others. With 16 (AVX2), 6 rows:
  /// 12 accumulators, 2 column vectors and a broadcast; 8 rows spilled
  /// accumulators at every K step (the 1024^3 MatMul at 29% of the peak
  /// of a Zen 3 core, 6 rows 69%). The fewest: 5 rows of 2 vectors are 10
  /// accumulators, still more than the FMA latency needs (4 cycles x 2 FMAs
  /// per cycle); 4 rows (8) where 5 would leave too few registers.
  static RegisterTileRows forRegisters(int64_t registers) {
    int64_t most = std::clamp<int64_t>((registers - 4) / 2, 4, 8);
    return {most, std::max<int64_t>(4, most - 3)};
  }

  /// Thread tile rows of a contraction of one K loop (a matmul) whose rows
  /// they divide: kThreadRows with 8-row register tiles; 16 with 6-row ones
  /// (AVX2): the 1024^3 MatMul took 0.85 of its time with 64 on a Zen 3
  /// core, whose 32 KB L1 then holds a K block of the tile's rows of the
  /// left-hand side (16 KB) beside the right-hand side's columns of a
  /// register tile (16 KB); 8 and 32 rows took 1.15x.
  int64_t plainThreadRows() const { return most >= 8 ? kThreadRows : 16; }
};

/// The cost of `rows` rows in register tiles of `tileRows` rows, in rows
/// of a whole tile's speed: a remainder of r rows costs like max(r, 4)
/// (fewer accumulators than FMA latency hides), and each tile one row more
/// (its loads of the column vectors at each K step).
int64_t registerTileCost(int64_t rows, int64_t tileRows) {
  int64_t tiles = rows / tileRows, left = rows % tileRows;
  return tiles * (tileRows + 1) + (left ? std::max<int64_t>(left, 4) + 1 : 0);
}

/// Register tile rows for thread tiles of `rows` rows: of `tile.fewest` to
/// `tile.most`, the one that costs least (registerTileCost), the largest of
/// equals. With 8 to 5: 17 -> 6 (6 + 6 + 5, not 8 + 8 + 1: Inception v3's
/// 17x17 layers, a thread tile per row, -5.8% on 1 thread); 64, 58, 28,
/// 14, 7 -> 8.
int64_t registerRows(int64_t rows, RegisterTileRows tile) {
  int64_t best = tile.most;
  for (int64_t tileRows = tile.most - 1; tileRows >= tile.fewest; --tileRows)
    if (registerTileCost(rows, tileRows) < registerTileCost(rows, best))
      best = tileRows;
  return best;
}

/// Below this share of register tile slots used, a thread tile of all the
/// rows beats one of a divisor (blockedThreadRows).
constexpr double kPoorThreadRowsEfficiency = 0.75;

/// Thread tile rows for `rows` rows of a convolution on channel blocks
/// whose thread loop has `otherTiles` tiles along its other loops: a
/// divisor of `rows` (so that every thread tile, the last one too, has
/// static register tiles and remainders, which are vectorized; the
/// remainder of a dynamic last tile stays scalar: the 4 rows left of the
/// 196 positions of a 14x14 plane made its 1x1 layers 40% slower), at most
/// kThreadRows, whose register tiles (of `tile.most` rows) waste the fewest
/// slots. A remainder of r rows costs like max(r, 4) of a tile's rows
/// (fewer accumulators than FMA latency hides). Of equally efficient sizes, the
/// largest that makes the number of thread tiles even: two threads then get
/// equal halves (7 tiles of 28 rows left one thread 4 and the other 3, 14% of
/// those layers' time; EfficientNet-B0 with 14 rows in its 14x14 projections:
/// -1.7% and -2.7% on 2 threads in two A/Bs). With tiles of 8 rows: 196 -> 28
/// (8 + 8 + 8 + 4) or, alone, 14 (8 + 6); 49 -> 7; 784 -> 56; 3136 -> 64 or,
/// alone, 56. Rows whose divisors up to kThreadRows are all poor (a prime:
/// Inception v3's 71 columns had thread tiles of 1 position, 70 GFLOP/s) are
/// one tile (8 x 8 + 7).
int64_t blockedThreadRows(int64_t rows, int64_t otherTiles,
                          RegisterTileRows tile) {
  auto efficiencyOf = [&](int64_t size) {
    int64_t left = size % tile.most;
    double cost = size / tile.most +
                  (left ? std::max<int64_t>(left, 4) / double(tile.most) : 0.0);
    return size / double(tile.most) / cost;
  };
  int64_t best = 1;
  double bestEfficiency = 0;
  bool bestEven = false;
  for (int64_t size = 1; size <= std::min(rows, kThreadRows); ++size) {
    if (rows % size != 0)
      continue;
    double efficiency = efficiencyOf(size);
    bool even = (rows / size * otherTiles) % 2 == 0;
    if (efficiency > bestEfficiency + 1e-9 ||
        (efficiency >= bestEfficiency - 1e-9 && (even || !bestEven))) {
      best = size;
      bestEfficiency = efficiency;
      bestEven = even;
    }
  }
  if (bestEfficiency < kPoorThreadRowsEfficiency &&
      efficiencyOf(rows) > bestEfficiency)
    return rows;
  return best;
}

/// The product of `loops`' ranges (a convolution's positions: its M loops;
/// its filters: its N loops).
int64_t rangeProduct(ArrayRef<int64_t> ranges, ArrayRef<unsigned> loops) {
  int64_t product = 1;
  for (unsigned loop : loops)
    product *= ranges[loop];
  return product;
}

/// The contraction terms a matmul-like op sums (a blocked convolution's
/// kernel taps: a left- and a right-hand side each).
int64_t termsOf(linalg::LinalgOp op) { return op.getNumDpsInputs() / 2; }

/// Whether a blocked convolution's thread tiles go over the positions
/// first: its filter (all taps) has fewer elements per channel than
/// kPlaneReadCost times its input plane. Two threads then split the plane
/// and each reads half of it and all of the filter, not all of it and half
/// of the filter (static schedules split the first loop): ResNet-50's
/// 56x56 and 28x28 layers, -7% on 2 threads. The plane costs more per
/// element than the filter: its other half was written by the other core
/// (its producer split the positions too), and a line modified in the
/// other core's cache is read at 2.5-8x the cost of one's own on the EPYC
/// measured, while the filter's lines are clean and shared. With a cost of
/// 2, ResNet-50's 28x28 3x3 layers (1152 filter elements per channel, 784
/// positions) and 14x14 1x1 reductions (256, 196) split positions too:
/// -3.4 to -5.4% on 2 threads, unchanged on 1.
constexpr int64_t kPlaneReadCost = 2;

bool positionsFirst(linalg::LinalgOp op,
                    const linalg::ContractionDimensions &dims) {
  if (dims.k.size() < 2 || dims.n.size() < 2)
    return false;
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  return rangeProduct(ranges, dims.n) * termsOf(op) <
         kPlaneReadCost * rangeProduct(ranges, dims.m);
}

/// Whether a blocked convolution streams its filter blocks: a plane of at
/// most kMaxStreamedPlanePositions positions and several taps, with blocks
/// of 2 x vectorWidth filters of at least kStreamedFilterBytes each
/// (ResNet-50's 3x3 layers on 7x7: 590 KB per block, 9.4 MB per layer, from
/// memory in every run; FCN-ResNet-50's 3x3 classifier on 28x28: 2.4 MB
/// per block, whose thread tiles of one row of 28 positions each streamed
/// it again, 1 GB per run). Its thread tiles are then one filter block and the
/// whole plane, the K blocks one channel block (all taps: 36 KB, in L1) outside
/// the row tiles, the accumulators read and written per K block: each
/// weight comes from memory once and is used by every row tile while in
/// L1 (ov-prefetch-next-filter-block fetches the next channel block's).
/// With the K loops inside a thread tile of one row tile, the first row
/// tile streamed the block and the others read it from the L2, which the
/// next block's prefetches shared: a chain of six such layers 181 -> 224
/// GFLOP/s, ResNet-50 -1.6% on 1 thread. (1x1 layers of 7x7 planes with
/// 128-262 KB blocks were slower this way: ResNet-50 +0.5%.)
bool kBlocksOutsideRowTiles(linalg::LinalgOp op,
                            const linalg::ContractionDimensions &dims,
                            int64_t vectorWidth) {
  int64_t terms = termsOf(op);
  if (dims.k.size() < 2 || terms < 2)
    return false;
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  int64_t positions = rangeProduct(ranges, dims.m);
  int64_t blockElements =
      terms * ranges[dims.n.back()] * rangeProduct(ranges, dims.k);
  auto elementType = getElementTypeOrSelf(op.getDpsInits()[0].getType());
  return ranges[dims.n.back()] == 2 * vectorWidth &&
         positions <= kMaxStreamedPlanePositions && elementType.isF32() &&
         blockElements * 4 >= kStreamedFilterBytes * 2 * vectorWidth;
}

/// Whether a batched blocked contraction (Winograd's 16 points, a blocked
/// 1x1 convolution each, ov-winograd-convolutions) goes over the rows of
/// its plane first: a plane of at least kMinRowsFirstPositions positions
/// and a right-hand side (the transformed filters of all the points) of at
/// most kMaxRowsFirstBatchedBytes. Its input and output transforms split
/// the rows between the threads; split by points, each thread read half of
/// V from lines the other core wrote and wrote half of M for the other
/// core to read. DenseNet-121's first block (128 -> 32 on 28x28 blocks,
/// 262 KB of filters): its Winograd regions -27% on 2 far cores and -5% on
/// 1 thread, the model -9% / -4% (10 alternated rounds); ResNet-50's layer1
/// -2% / -4% in its regions. Each row tile then reads the filters of every
/// point, so they must stay in the L2 (ResNet-50's layer2, 1 MB: 6% slower
/// on 1 thread), and the plane must be large: DenseNet-121's products on
/// 14x14 blocks -11% but on 7x7 +37% and on 4x4 +30% on 2 far cores; on
/// 14x14 blocks with their transforms -7.5% there but SqueezeNet's 32 ->
/// 128 layers +1.5% on 2 near cores and +2% on 1 thread.
constexpr int64_t kMaxRowsFirstBatchedBytes = 512 << 10;
constexpr int64_t kMinRowsFirstPositions = 28 * 28;

bool rowsBeforeBatch(linalg::LinalgOp op,
                     const linalg::ContractionDimensions &dims) {
  if (dims.batch.empty() || dims.k.size() < 2 || dims.m.size() < 2)
    return false;
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  Type element = getElementTypeOrSelf(op.getDpsInputs()[1].getType());
  if (!element.isIntOrFloat() ||
      rangeProduct(ranges, dims.m) < kMinRowsFirstPositions)
    return false;
  int64_t rhsBytes = rangeProduct(ranges, dims.batch) *
                     rangeProduct(ranges, dims.n) *
                     rangeProduct(ranges, dims.k) *
                     llvm::divideCeil(element.getIntOrFloatBitWidth(), 8);
  return rhsBytes <= kMaxRowsFirstBatchedBytes;
}

/// Moves the first position loop (the rows) of `order` to the front.
void moveRowsFirst(SmallVectorImpl<unsigned> &order,
                   const linalg::ContractionDimensions &dims) {
  unsigned rows = dims.m.front();
  llvm::erase(order, rows);
  order.insert(order.begin(), rows);
}

/// Moves the filter-block loops (the N loops but the last) of `order`
/// right after the position loop `m`.
void moveFilterBlocksAfter(SmallVectorImpl<unsigned> &order,
                           const linalg::ContractionDimensions &dims,
                           unsigned m) {
  SmallVector<unsigned> blocks(ArrayRef<unsigned>(dims.n).drop_back());
  SmallVector<unsigned> reordered;
  for (unsigned loop : order)
    if (!llvm::is_contained(blocks, loop)) {
      reordered.push_back(loop);
      if (loop == m)
        reordered.append(blocks);
    }
  order.assign(reordered.begin(), reordered.end());
}

/// In the register tiles of a blocked convolution of `channels` input
/// channels in blocks of `blockSize`, the last block completed with zero
/// channels (kInputChannelsAttr), the loop over the channels of a block
/// (each tile's innermost loop, inside the loop over the blocks of K block
/// `kBlocks`) stops at the last real channel: 24 channels take 24 steps,
/// not 32. The products skipped are of zero activations with zero weights.
void skipCompletedChannels(RewriterBase &rewriter, scf::ForOp kBlocks,
                           int64_t channels, int64_t blockSize) {
  llvm::SetVector<scf::ForOp> channelLoops;
  kBlocks->walk([&](linalg::LinalgOp tile) {
    auto inBlock = tile->getParentOfType<scf::ForOp>();
    auto blocks =
        inBlock ? inBlock->getParentOfType<scf::ForOp>() : scf::ForOp();
    if (tile.getNumReductionLoops() == 2 && blocks &&
        kBlocks->isProperAncestor(blocks) &&
        getConstantIntValue(inBlock.getUpperBound()) == blockSize &&
        isZeroInteger(getAsOpFoldResult(inBlock.getLowerBound())) &&
        isOneInteger(getAsOpFoldResult(inBlock.getStep())) &&
        isZeroInteger(getAsOpFoldResult(blocks.getLowerBound())) &&
        isOneInteger(getAsOpFoldResult(blocks.getStep())))
      channelLoops.insert(inBlock);
  });
  MLIRContext *context = rewriter.getContext();
  AffineExpr first, block;
  bindSymbols(context, first, block);
  // The K block's first block plus the block within it.
  AffineMap channelsLeft =
      AffineMap::get(0, 2,
                     {getAffineConstantExpr(blockSize, context),
                      channels - (first + block) * blockSize},
                     context);
  for (scf::ForOp inBlock : channelLoops) {
    auto blocks = inBlock->getParentOfType<scf::ForOp>();
    rewriter.setInsertionPoint(inBlock);
    Value bound = affine::makeComposedAffineMin(
        rewriter, inBlock.getLoc(), channelsLeft,
        {kBlocks.getInductionVar(), blocks.getInductionVar()});
    rewriter.modifyOpInPlace(
        inBlock, [&] { inBlock.getUpperBoundMutable().assign(bound); });
  }
}

/// Matmul-like ops. The register tile spans the last M, N and K loops (the
/// N loop is the output's innermost dimension, the vectors); batch loops
/// and further M and N loops (a convolution's batch, which only its input
/// and output have) are thread tiles of 1. Several K loops (input channels
/// in blocks and within a block, ov-block-convolutions) are all inside the
/// register tile, the accumulators carried through them; the K blocks are
/// then blocks of the first one (outside the register tiles of a whole
/// plane when the filter blocks are streamed: kBlocksOutsideRowTiles).
/// `neighbours` go into the register tiles when they can; otherwise they
/// are cleared (and left to be tiled on their own).
LogicalResult tileContraction(RewriterBase &rewriter, linalg::LinalgOp op,
                              const linalg::ContractionDimensions &dims,
                              int64_t vectorWidth, RegisterTileRows tileRows,
                              codegen::RegisterTileNeighbours &neighbours) {
  unsigned numLoops = op.getNumLoops();
  TileSizes threads(numLoops, 0), blocks(numLoops, 0), registers(numLoops, 0);
  for (ArrayRef<unsigned> outer :
       {ArrayRef<unsigned>(dims.batch), ArrayRef<unsigned>(dims.m).drop_back(),
        ArrayRef<unsigned>(dims.n).drop_back()})
    for (unsigned loop : outer)
      threads[loop] = 1;
  unsigned m = dims.m.back(), n = dims.n.back(), k = dims.k.back();
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  threads[n] = kThreadCols;
  registers[n] = 2 * vectorWidth;
  // Blocks of one vector of filters (ov-block-convolutions' blocks of 16):
  // a register tile spans two of them, 2 x 8 x 16 accumulators like the
  // 8 x 32 of blocks of 32 (8 would leave the FMA latency exposed). An odd
  // number of blocks stays whole in each thread tile, the last block a
  // static remainder.
  if (dims.n.size() > 1 && ranges[n] == vectorWidth) {
    unsigned fb = dims.n[dims.n.size() - 2];
    threads[fb] = ranges[fb] % 2 == 0 ? 2 : ranges[fb];
    registers[fb] = 2;
  }
  int64_t otherTiles = 1;
  for (unsigned loop : llvm::seq(numLoops))
    if (loop != m && threads[loop] > 0)
      otherTiles *= llvm::divideCeil(ranges[loop], threads[loop]);
  // Other contractions: tiles of plainThreadRows rows, or a divisor of the rows
  // where those would leave a last tile of dynamic size, whose remainder
  // rows are scalar (an NCHW 1x1 layer of ShuffleNetV2's 116 filters:
  // tiles of 64 and 52 rows took 28 and 81 us).
  int64_t plainRows = tileRows.plainThreadRows();
  if (dims.k.size() > 1 ||
      (ranges[m] > plainRows && ranges[m] % plainRows != 0))
    threads[m] = blockedThreadRows(ranges[m], otherTiles, tileRows);
  else
    threads[m] = plainRows;
  registers[m] = registerRows(std::min(ranges[m], threads[m]), tileRows);
  int64_t innerK =
      rangeProduct(ranges, ArrayRef<unsigned>(dims.k).drop_front());
  blocks[dims.k.front()] = std::max<int64_t>(1, kBlockK / innerK);
  for (unsigned loop : dims.k)
    registers[loop] = 1;
  if (kBlocksOutsideRowTiles(op, dims, vectorWidth)) {
    for (unsigned loop : dims.m) {
      threads[loop] = ranges[loop];
      registers[loop] = 1;
    }
    registers[m] = std::min(ranges[m], registerRows(ranges[m], tileRows));
    blocks[dims.k.front()] = 1;
  }
  using LT = linalg::LinalgTilingLoopType;
  SmallVector<unsigned> order = llvm::to_vector(llvm::seq<unsigned>(numLoops));
  if (columnsOuter(op, m, n))
    std::swap(order[m], order[n]);
  if (positionsFirst(op, dims))
    moveFilterBlocksAfter(order, dims, m);
  if (rowsBeforeBatch(op, dims))
    moveRowsFirst(order, dims);
  Value result = op.getDpsInits()[0];
  auto inputChannels =
      op->getAttrOfType<IntegerAttr>(codegen::kInputChannelsAttr);
  FailureOr<SmallVector<Operation *>> threadLoops =
      tile(rewriter, op, threads, LT::ParallelLoops, order);
  if (failed(threadLoops))
    return failure();
  linalg::LinalgOp threadTile = innermostOp(*threadLoops, op);
  FailureOr<SmallVector<Operation *>> blockLoops =
      tile(rewriter, threadTile, blocks, LT::Loops);
  SmallVector<Operation *> registerLoops;
  if (failed(blockLoops) ||
      failed(tileLevels(rewriter, innermostOp(*blockLoops, threadTile),
                        {{registers, LT::Loops}}, /*vectorLoop=*/n,
                        &registerLoops)))
    return failure();
  // The register loops are those of m, n and k, in the op's loop order.
  if (ranges[k] > kBlockK && registerLoops.size() == 3) {
    auto position = [&](unsigned loop) {
      return llvm::count_if(ArrayRef<unsigned>{m, n, k},
                            [&](unsigned other) { return other < loop; });
    };
    auto rowTiles = dyn_cast<scf::ForOp>(registerLoops[position(m)]);
    auto kSteps = dyn_cast<scf::ForOp>(registerLoops[position(k)]);
    if (rowTiles && kSteps)
      codegen::markForPrefetch(
          rowTiles, kSteps, registers[m],
          llvm::divideCeil(std::min(ranges[m], plainRows), registers[m]),
          kBlockK);
  }
  auto kBlocks = blockLoops->size() == 1
                     ? dyn_cast<scf::ForOp>(blockLoops->front())
                     : scf::ForOp();
  if (inputChannels && kBlocks && dims.k.size() == 2)
    skipCompletedChannels(rewriter, kBlocks, inputChannels.getInt(),
                          ranges[dims.k.back()]);
  if (!neighbours || !kBlocks ||
      !codegen::canFuseIntoRegisterTiles(kBlocks, result, neighbours)) {
    neighbours = {};
    return success();
  }
  FailureOr<SmallVector<linalg::LinalgOp>> fused =
      codegen::fuseIntoRegisterTiles(rewriter, kBlocks, result, neighbours);
  if (failed(fused))
    return failure();
  for (linalg::LinalgOp tile : *fused)
    tile->setAttr(kVectorizeMarker,
                  rewriter.getIndexAttr(tile.getNumLoops() - 1));
  return success();
}

/// A grouped convolution computed by shuffles (GroupedShuffleKernel.h,
/// isGroupedShuffleTileable), loops (n, b, h, oh, ow, gq, o, i): thread tiles
/// of one output row of one sub-block, register tiles of groupedShuffleRowTile
/// positions, each written as vectors.
LogicalResult tileGroupedShuffle(RewriterBase &rewriter, linalg::LinalgOp op) {
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  std::optional<int64_t> rowTile =
      codegen::groupedShuffleRowTile(ranges[4], ranges[7]);
  assert(rowTile && "isGroupedShuffleTileable found a row tile");
  using LT = linalg::LinalgTilingLoopType;
  FailureOr<SmallVector<Operation *>> threadLoops =
      tile(rewriter, op, {1, 1, 1, 1, 0, 0, 0, 0}, LT::ParallelLoops);
  if (failed(threadLoops))
    return failure();
  linalg::LinalgOp threadTile = innermostOp(*threadLoops, op);
  FailureOr<SmallVector<Operation *>> rowLoops =
      tile(rewriter, threadTile, {0, 0, 0, 0, *rowTile, 0, 0, 0}, LT::Loops);
  if (failed(rowLoops))
    return failure();
  auto registerTile = dyn_cast<linalg::GenericOp>(
      innermostOp(*rowLoops, threadTile).getOperation());
  return registerTile ? codegen::lowerGroupedShuffleTile(rewriter, registerTile)
                      : failure();
}

/// Whether `op` has an operand that is a view of the buffer `root`.
bool touchesBuffer(Operation *op, Value root) {
  return llvm::any_of(op->getOperands(), [&](Value operand) {
    return isa<BaseMemRefType>(operand.getType()) &&
           rootBuffer(operand) == root;
  });
}

/// Whether `op` reads a view of the buffer `root`.
bool readsBuffer(linalg::LinalgOp op, Value root) {
  return llvm::any_of(op.getDpsInputOperands(), [&](OpOperand *input) {
    return rootBuffer(input->get()) == root;
  });
}

/// The border slab that `fill` writes (a subview, as the callers found it).
memref::SubViewOp slabOf(linalg::FillOp fill) {
  return fill.getOutputs()[0].getDefiningOp<memref::SubViewOp>();
}

/// The fills of the border slabs of a padded buffer (ov-pad-borders) that
/// can move into the thread tiles of `op`, the elementwise op writing the
/// interior: fills of subviews of the same buffer before `op` in its block,
/// past ops that do not touch the buffer, where `op` does not read it. Run
/// on their own, the fills of the columns store one element per row, each
/// to a cache line not touched before (a scatter per 8 rows once LLVM
/// vectorizes the loop): ~6% of MobileNetV2. Done by each thread tile right
/// after it wrote its interior rows, they store into cached lines.
SmallVector<linalg::FillOp> borderFillsOf(linalg::LinalgOp op) {
  if (op.getNumDpsInits() != 1 || !op.hasPureBufferSemantics() ||
      !op.getIndexingMapsArray().back().isIdentity())
    return {};
  memref::SubViewOp interior = codegen::staticSubview(op.getDpsInits()[0]);
  if (!interior)
    return {};
  Value buffer = rootBuffer(interior.getSource());
  if (readsBuffer(op, buffer))
    return {};
  SmallVector<linalg::FillOp> fills;
  for (Operation *prev = op->getPrevNode(); prev; prev = prev->getPrevNode()) {
    auto fill = dyn_cast<linalg::FillOp>(prev);
    memref::SubViewOp slab = fill ? codegen::staticSubview(fill.getOutputs()[0])
                                  : memref::SubViewOp();
    if (slab && slab.getSource() == interior.getSource() &&
        fill.hasPureBufferSemantics()) {
      fills.push_back(fill);
      continue;
    }
    if (isa<ViewLikeOpInterface>(prev) || isMemoryEffectFree(prev))
      continue;
    if (touchesBuffer(prev, buffer) || prev->getNumRegions() > 0)
      break;
  }
  return fills;
}

/// Whether two static subviews of one buffer with unit strides share no
/// element.
bool disjoint(memref::SubViewOp a, memref::SubViewOp b) {
  for (auto [offsetA, sizeA, offsetB, sizeB] :
       llvm::zip(a.getStaticOffsets(), a.getStaticSizes(), b.getStaticOffsets(),
                 b.getStaticSizes()))
    if (offsetA + sizeA <= offsetB || offsetB + sizeB <= offsetA)
      return true;
  return false;
}

/// The fills of the border slabs of a padded buffer that can move into the
/// thread tiles of `op`, the elementwise op reading the buffer after them
/// (a depthwise layer's taps), before its reads: fills of subviews of a
/// buffer `op` reads, before `op` in its block, past views, allocations,
/// deallocations, and linalg ops and copies that do not touch the buffer
/// or only write a static subview of it that no fill writes (the
/// interior). They are left to the reader when the interior's writer does
/// not take them (borderFillsOf): a copy of a contraction's result whose
/// register tiles store it into the interior (PaddedPlaneStores.h). On their
/// own, the fills are a thread loop whose threads split the channels unlike the
/// reader's, whose threads then read border lines the other core wrote
/// (MobileNetV2's 7x7 blocks: 15 against 7 us for the two threads).
SmallVector<linalg::FillOp> borderFillsBefore(linalg::LinalgOp op) {
  if (op.getNumDpsInits() != 1 || !op.hasPureBufferSemantics() ||
      !op.getIndexingMapsArray().back().isIdentity())
    return {};
  Value output = rootBuffer(op.getDpsInits()[0]);
  SmallVector<linalg::FillOp> fills;
  SmallVector<Operation *> passed;
  // The padded buffer (the first fill's) and its root.
  Value padded, root;
  for (Operation *prev = op->getPrevNode(); prev; prev = prev->getPrevNode()) {
    auto fill = dyn_cast<linalg::FillOp>(prev);
    memref::SubViewOp slab = fill && fill.hasPureBufferSemantics()
                                 ? codegen::staticSubview(fill.getOutputs()[0])
                                 : memref::SubViewOp();
    if (slab && !padded && rootBuffer(slab.getSource()) != output &&
        readsBuffer(op, rootBuffer(slab.getSource()))) {
      padded = slab.getSource();
      root = rootBuffer(padded);
    }
    if (slab && padded && slab.getSource() == padded) {
      fills.push_back(fill);
      continue;
    }
    if (isa<ViewLikeOpInterface>(prev) || isMemoryEffectFree(prev))
      continue;
    // (Before the fills, whatever else touches the buffer stays there, and
    // nothing touches it before its allocation.)
    if (padded && (touchesBuffer(prev, root) ||
                   llvm::is_contained(prev->getResults(), root)))
      break;
    if (isa<memref::AllocOp, memref::DeallocOp>(prev))
      continue;
    auto other = dyn_cast<linalg::LinalgOp>(prev);
    if (!isa<memref::CopyOp>(prev) &&
        !(other && other.hasPureBufferSemantics()))
      break;
    passed.push_back(prev);
  }
  if (fills.empty())
    return {};
  // The ops the fills move past write at most the interior.
  for (Operation *other : passed) {
    if (!touchesBuffer(other, root))
      continue;
    Value written, read;
    if (auto copy = dyn_cast<memref::CopyOp>(other)) {
      written = copy.getTarget();
      read = copy.getSource();
    } else if (auto linalgOp = cast<linalg::LinalgOp>(other);
               linalgOp.getNumDpsInits() == 1 && !readsBuffer(linalgOp, root)) {
      written = linalgOp.getDpsInits()[0];
    }
    memref::SubViewOp interior =
        written ? codegen::staticSubview(written) : memref::SubViewOp();
    if (!interior || interior.getSource() != padded ||
        (read && rootBuffer(read) == root) ||
        llvm::any_of(fills, [&](linalg::FillOp fill) {
          return !disjoint(interior, slabOf(fill));
        }))
      return {};
  }
  return fills;
}

/// Whether thread tiles `tiles` (0: whole) of loops `ranges` cut some loop.
bool spreadsOverThreads(ArrayRef<int64_t> tiles, ArrayRef<int64_t> ranges) {
  return llvm::any_of(llvm::enumerate(tiles), [&](auto dim) {
    return dim.value() != 0 && dim.value() < ranges[dim.index()];
  });
}

/// Thread tiles of `interior`'s writer are also tiles of the border fills
/// along the dimensions where the fills' slabs have the interior's offsets
/// and sizes (the channels): other dimensions (the rows) stay whole.
/// Returns false when no dimension is left to spread over threads.
bool alignThreadTiles(TileSizes &threads, ArrayRef<int64_t> ranges,
                      memref::SubViewOp interior,
                      ArrayRef<linalg::FillOp> fills) {
  TileSizes aligned = threads;
  for (linalg::FillOp fill : fills) {
    memref::SubViewOp slab = slabOf(fill);
    for (auto [dim, size] : llvm::enumerate(aligned))
      if (slab.getStaticOffsets()[dim] != interior.getStaticOffsets()[dim] ||
          slab.getStaticSizes()[dim] != interior.getStaticSizes()[dim])
        size = 0;
  }
  if (!spreadsOverThreads(aligned, ranges))
    return false;
  threads = aligned;
  return true;
}

/// Whether the thread tiles of `op`, which reads the padded buffer whose
/// border slabs `fills` write (borderFillsBefore), are also tiles of the
/// fills: every dimension they cut is one that its output, its reads of
/// that buffer (the buffer or subviews of it, indexed by the same loop) and
/// the fills' slabs all span whole, from 0 with unit strides (the
/// channels), so that each tile reads only the border its own fills wrote.
/// The reader's tiles stay as they are: a reader whose tiles also cut rows
/// (ResNet-50's max pool) keeps them, and its fills stay apart.
bool readerTilesFitFills(ArrayRef<int64_t> threads, ArrayRef<int64_t> ranges,
                         linalg::LinalgOp op, ArrayRef<linalg::FillOp> fills) {
  Value padded = slabOf(fills.front()).getSource();
  auto paddedType = cast<MemRefType>(padded.getType());
  auto outputType = cast<MemRefType>(op.getDpsInits()[0].getType());
  if (outputType.getRank() != paddedType.getRank() ||
      static_cast<int64_t>(threads.size()) != paddedType.getRank())
    return false;
  auto spansWhole = [](memref::SubViewOp view, unsigned dim, int64_t size) {
    return view.getStaticOffsets()[dim] == 0 &&
           view.getStaticSizes()[dim] == size &&
           view.getStaticStrides()[dim] == 1;
  };
  for (auto [dim, tile] : llvm::enumerate(threads)) {
    if (tile == 0)
      continue;
    int64_t size = paddedType.getDimSize(dim);
    bool whole = outputType.getDimSize(dim) == size;
    for (OpOperand *input : op.getDpsInputOperands()) {
      if (rootBuffer(input->get()) != rootBuffer(padded))
        continue;
      AffineMap map = op.getMatchingIndexingMap(input);
      auto view = input->get().getDefiningOp<memref::SubViewOp>();
      whole &= map.getNumResults() == paddedType.getRank() &&
               map.getResult(dim) == getAffineDimExpr(dim, op.getContext()) &&
               (input->get() == padded || (view && view.getSource() == padded &&
                                           spansWhole(view, dim, size)));
    }
    for (linalg::FillOp fill : fills)
      whole &= spansWhole(slabOf(fill), dim, size);
    if (!whole)
      return false;
  }
  return spreadsOverThreads(threads, ranges);
}

/// Each of `fills` restricted to the thread tile of `parallel` (the thread
/// loop of the tiles `threads` of the writer of `interior`), at the end of
/// the tile (at its start, before the tile's reads, when `beforeReads`):
/// in the dimensions of the tiles, the offsets and sizes of the tile's
/// subview of `interior` (the tiled op's output). Rows of the slabs are
/// vectorized (splitVectorLoops makes their sizes powers of two). Returns
/// false when the tile's subview is not found.
bool fillInThreadTiles(RewriterBase &rewriter, scf::ParallelOp parallel,
                       ArrayRef<int64_t> threads, Value interior,
                       ArrayRef<linalg::FillOp> fills, bool beforeReads) {
  memref::SubViewOp tileView;
  for (auto view : parallel.getBody()->getOps<memref::SubViewOp>())
    if (view.getSource() == interior) {
      tileView = view;
      break;
    }
  if (!tileView)
    return false;
  // (Right after the tile's subview: the tiled op and its loops follow.)
  if (beforeReads)
    rewriter.setInsertionPointAfter(tileView);
  else
    rewriter.setInsertionPoint(parallel.getBody()->getTerminator());
  for (linalg::FillOp fill : fills) {
    Value slab = fill.getOutputs()[0];
    auto type = cast<MemRefType>(slab.getType());
    SmallVector<OpFoldResult> offsets, sizes;
    SmallVector<OpFoldResult> strides(type.getRank(), rewriter.getIndexAttr(1));
    for (auto [dim, size] : llvm::enumerate(threads)) {
      bool tiled = size != 0;
      offsets.push_back(tiled ? tileView.getMixedOffsets()[dim]
                              : rewriter.getIndexAttr(0));
      sizes.push_back(tiled ? tileView.getMixedSizes()[dim]
                            : rewriter.getIndexAttr(type.getDimSize(dim)));
    }
    Value tile = memref::SubViewOp::create(rewriter, fill.getLoc(), slab,
                                           offsets, sizes, strides);
    auto tiled = linalg::FillOp::create(rewriter, fill.getLoc(),
                                        fill.getInputs()[0], tile);
    if (type.getShape().back() >= kMinVectorLength)
      tiled->setAttr(kVectorizeMarker,
                     rewriter.getIndexAttr(type.getRank() - 1));
    rewriter.eraseOp(fill);
  }
  return true;
}

/// The order of the thread loops of tiles `threads` (0: not tiled) of loops
/// `ranges`: the longest loops first (stable). The static schedule gives
/// each thread a contiguous range of the first loop, and the convolutions
/// of large planes split their positions (positionsFirst, and the columns
/// of the im2col matmul): on [N, C, H, W] or blocked [N, C / B, H, W, B]
/// activations of planes larger than their channels, each thread then gets
/// the rows that it wrote, not channels that the other thread wrote, whose
/// lines would cross between the cores' caches (3x slower to read than
/// one's own on the 2 cores measured; MobileNetV2 3-5% faster on two
/// threads). Loops of dynamic ranges keep their order, before the others.
SmallVector<unsigned> longestFirst(ArrayRef<int64_t> threads,
                                   ArrayRef<int64_t> ranges) {
  auto length = [&](unsigned loop) -> int64_t {
    if (threads[loop] == 0)
      return 0;
    if (ShapedType::isDynamic(ranges[loop]))
      return std::numeric_limits<int64_t>::max();
    return ranges[loop];
  };
  SmallVector<unsigned> order =
      llvm::to_vector(llvm::seq<unsigned>(threads.size()));
  llvm::stable_sort(
      order, [&](unsigned a, unsigned b) { return length(a) > length(b); });
  return order;
}

/// Vectors that an elementwise op on rows of one or two vectors (blocked
/// channels) computes per step, whole rows: independent chains for the
/// out-of-order core. A depthwise layer's 9 taps and its SiLU on one
/// position at a time were bound by the chain's latency (a C kernel: 6.2
/// against 4.7 ns per vector with 4 positions per step). Rows of one
/// vector (blocks of 16) 4 at a time: MobileNetV2 -1.2%, EfficientNet-B0
/// -1.5 to -2.5% on 1 thread; rows of two (blocks of 32) 2 at a time:
/// EfficientNet-B0 -1.9% more, ResNet-50 (its max pool) and MobileNetV2
/// unchanged; outputs bit-identical.
constexpr int64_t kVectorsPerStep = 4;

/// Thread tiles of about kThreadChunk elements of loops `ranges` whose
/// innermost loops hold `chunk` elements per iteration: inner loops whole
/// (0) while they fit, the next one cut to a divisor of its range (tiles
/// of static shapes), the outer ones single (1).
TileSizes chunkTiles(ArrayRef<int64_t> ranges, int64_t chunk) {
  TileSizes sizes(ranges.size(), 1);
  for (int64_t loop = ranges.size() - 1; loop >= 0; --loop) {
    if (ShapedType::isDynamic(ranges[loop]) ||
        chunk * ranges[loop] > kThreadChunk) {
      int64_t size = std::max<int64_t>(kThreadChunk / chunk, 1);
      while (!ShapedType::isDynamic(ranges[loop]) && ranges[loop] % size != 0)
        --size;
      sizes[loop] = size;
      break;
    }
    sizes[loop] = 0;
    chunk *= ranges[loop];
  }
  return sizes;
}

/// Ops whose loops are all parallel: thread tiles of about kThreadChunk
/// elements (inner dimensions whole while they fit, the next one cut, the
/// outer ones single: each iteration of a thread loop costs the division of
/// its index into loop indices), vectors along the innermost dimension.
/// `borderFills` (see borderFillsOf, or borderFillsBefore when
/// `fillsBeforeReads`) move into its thread tiles when the tiles can be
/// aligned with them; the others are left as they are.
/// Rows of one or two vectors (activations in blocks of 16 or 32 channels)
/// go kVectorsPerStep vectors at a time. A `transposing` op (its last two
/// loops the input's and the output's innermost: withTransposedLoopsLast)
/// gets tiles of kTransposeTile x kTransposeTile instead (x its innermost
/// loop when that has 2 or 3 iterations, an image's channels). An op of a row
/// group gets the group's thread tiles `rowTiles` of its first loops (the
/// others whole) instead.
LogicalResult tileElementwise(RewriterBase &rewriter, linalg::LinalgOp op,
                              int64_t vectorWidth,
                              SmallVectorImpl<linalg::FillOp> &borderFills,
                              bool transposing = false,
                              ArrayRef<int64_t> rowTiles = {},
                              bool fillsBeforeReads = false) {
  unsigned numLoops = op.getNumLoops();
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  TileSizes threads(numLoops, 1), vectors(numLoops, 0);
  // Tiles of an operand whose indices are not projections of the loops'
  // (upstream im2col: k floordiv 9, ...) are only addressed right when they
  // span single indices; such ops keep tiles of 1 but the innermost loop.
  bool projections = llvm::all_of(op.getIndexingMapsArray(), [](AffineMap map) {
    return map.isProjectedPermutation(/*allowZeroInResults=*/true);
  });
  if (!projections)
    threads.back() = 0;
  else
    threads = chunkTiles(ranges, 1);
  if (!rowTiles.empty()) {
    threads.assign(numLoops, 0);
    llvm::copy(rowTiles, threads.begin());
  }
  int64_t inner = ranges.back();
  bool vectorize = hasStaticShapes(op) &&
                   (inner >= kMinVectorLength || transposing) &&
                   succeeded(linalg::vectorizeOpPrecondition(op));
  if (transposing) {
    // Thread tiles keep whole 16 x 16 tiles: the two loops whole or split
    // in multiples of 16 (the loops outside them split instead).
    for (unsigned loop : {numLoops - 2, numLoops - 1})
      if (threads[loop] % kTransposeTile != 0) {
        threads[loop] = 0;
        for (int64_t outer = numLoops - 3; outer >= 0; --outer)
          if (ranges[outer] > 1) {
            threads[outer] = 1;
            break;
          }
      }
    vectors.assign(numLoops, 1);
    vectors[numLoops - 2] = kTransposeTile;
    vectors.back() = std::min(kTransposeTile, ranges.back());
    op->setAttr(kTransposeTileMarker, rewriter.getUnitAttr());
  } else if (vectorize) {
    vectors.assign(numLoops, 1);
    vectors.back() = vectorWidth;
    // Rows of one or two vectors (blocked channels): whole rows, several
    // per step.
    if (numLoops >= 2 && inner % vectorWidth == 0) {
      int64_t rows = kVectorsPerStep / (inner / vectorWidth);
      if (rows >= 2 && ranges[numLoops - 2] >= rows) {
        vectors.back() = inner;
        vectors[numLoops - 2] = rows;
      }
    }
  }
  Value interior = op.getDpsInits()[0];
  // (The border fills of a padded plane follow the output's loop order,
  // which a transposing op's tiles do not.)
  if (!borderFills.empty() &&
      (!projections || transposing ||
       !(fillsBeforeReads
             ? readerTilesFitFills(threads, ranges, op, borderFills)
             : alignThreadTiles(threads, ranges,
                                interior.getDefiningOp<memref::SubViewOp>(),
                                borderFills))))
    borderFills.clear();
  using LT = linalg::LinalgTilingLoopType;
  std::optional<unsigned> vectorLoop;
  if (vectorize)
    vectorLoop = numLoops - 1;
  // (Ops reading linalg.index keep their order: tiled with interchanged
  // loops, their indices came out wrong, run_indexing.mlir.)
  SmallVector<unsigned> order;
  if (!op.hasIndexSemantics() && rowTiles.empty())
    order = longestFirst(threads, ranges);
  FailureOr<SmallVector<Operation *>> threadLoops =
      tile(rewriter, op, threads, LT::ParallelLoops, order);
  if (failed(threadLoops) ||
      failed(tileLevels(rewriter, innermostOp(*threadLoops, op),
                        {{vectors, LT::Loops}}, vectorLoop)))
    return failure();
  // (The tiling lists the one scf.parallel once per loop.)
  auto parallel = threadLoops->empty()
                      ? scf::ParallelOp()
                      : dyn_cast<scf::ParallelOp>(threadLoops->front());
  if (borderFills.empty() || !parallel ||
      !fillInThreadTiles(rewriter, parallel, threads, interior, borderFills,
                         fillsBeforeReads))
    borderFills.clear();
  return success();
}

/// Whether each memref operand of `op` that varies along `loop` has it as
/// its innermost dimension, of unit stride, and nowhere else.
bool isContiguousAlong(linalg::LinalgOp op, unsigned loop) {
  for (OpOperand &operand : op->getOpOperands()) {
    auto type = dyn_cast<MemRefType>(operand.get().getType());
    AffineMap map = op.getMatchingIndexingMap(&operand);
    if (!type || !map.isFunctionOfDim(loop))
      continue;
    SmallVector<int64_t> strides;
    int64_t offset;
    if (llvm::any_of(
            map.getResults().drop_back(),
            [&](AffineExpr expr) { return expr.isFunctionOfDim(loop); }) ||
        map.getResults().back() != getAffineDimExpr(loop, op.getContext()) ||
        failed(type.getStridesAndOffset(strides, offset)) ||
        strides.back() != 1)
      return false;
  }
  return true;
}

/// Whether every operand of `op` is an f32 buffer, contiguous along the
/// innermost loop, and the vectorizer takes `op` (its precondition wants
/// projected permutations): the reductions vectorized along that loop.
bool hasContiguousF32Rows(linalg::LinalgOp op) {
  auto isF32Buffer = [](Type type) {
    auto memref = dyn_cast<MemRefType>(type);
    return memref && memref.getElementType().isF32();
  };
  return llvm::all_of(op->getOperandTypes(), isF32Buffer) &&
         isContiguousAlong(op, op.getNumLoops() - 1) &&
         succeeded(linalg::vectorizeOpPrecondition(op));
}

/// Reductions over rows of contiguous f32 elements (a global average pool,
/// a softmax's sum or maximum, a layer norm's mean): parallel loops, then
/// reduction loops only, the innermost one at least a vector long and, in
/// every operand that depends on it, the last dimension with unit stride.
/// Their rows are reduced a vector at a time (vector.reduction, the
/// accumulator in a register) instead of an element at a time with a store
/// each (a serial chain of scalar additions: ~5% of EfficientNet-B0).
bool reducesContiguousRows(linalg::LinalgOp op, int64_t vectorWidth) {
  SmallVector<utils::IteratorType> iterators = op.getIteratorTypesArray();
  unsigned numLoops = op.getNumLoops();
  unsigned firstReduction = op.getNumParallelLoops();
  if (!hasStaticShapes(op) || op.getNumDpsInits() != 1 ||
      firstReduction == numLoops ||
      op.getStaticLoopRanges().back() < vectorWidth ||
      llvm::any_of(llvm::drop_begin(iterators, firstReduction),
                   [](utils::IteratorType type) {
                     return type != utils::IteratorType::reduction;
                   }) ||
      op.getMatchingIndexingMap(op.getDpsInitOperand(0))
          .isFunctionOfDim(numLoops - 1))
    return false;
  return hasContiguousF32Rows(op);
}

/// Reductions whose innermost loop is parallel and runs along contiguous
/// f32 elements of every operand, a few vectors long: a plane reduced per
/// channel on blocks of channels (ov-block-convolutions: a pool over
/// [N, C / B, H, W, B]). Each step adds a vector of B channels into the
/// accumulator, carried in registers through the reduction loops.
bool reducesIntoLanes(linalg::LinalgOp op, int64_t vectorWidth) {
  SmallVector<utils::IteratorType> iterators = op.getIteratorTypesArray();
  unsigned numLoops = op.getNumLoops();
  if (!hasStaticShapes(op) || op.getNumDpsInits() != 1 || numLoops < 2 ||
      iterators.back() != utils::IteratorType::parallel ||
      !llvm::is_contained(iterators, utils::IteratorType::reduction))
    return false;
  int64_t lanes = op.getStaticLoopRanges().back();
  return lanes % vectorWidth == 0 && lanes <= 4 * vectorWidth &&
         hasContiguousF32Rows(op);
}

/// Other ops with parallel loops (pooling, reductions, gathers): threads over
/// the parallel loops outside the first reduction loop (an op of a row
/// group: the group's thread tiles `rowTiles` of its first loops).
LogicalResult tileForThreads(RewriterBase &rewriter, linalg::LinalgOp op,
                             int64_t vectorWidth,
                             ArrayRef<int64_t> rowTiles = {}) {
  TileSizes threads;
  for (utils::IteratorType type : op.getIteratorTypesArray()) {
    if (type != utils::IteratorType::parallel)
      break;
    threads.push_back(1);
  }
  if (!rowTiles.empty())
    threads.assign(rowTiles.begin(), rowTiles.end());
  if (threads.empty())
    return success();
  // A parallel innermost loop stays whole inside one thread.
  if (threads.size() == op.getNumLoops() && threads.size() > 1)
    threads.back() = 0;
  using LT = linalg::LinalgTilingLoopType;
  bool rows = reducesContiguousRows(op, vectorWidth);
  bool lanes = reducesIntoLanes(op, vectorWidth);
  FailureOr<SmallVector<Operation *>> threadLoops =
      tile(rewriter, op, threads, LT::ParallelLoops);
  if (failed(threadLoops))
    return failure();
  if (!rows && !lanes)
    return success();
  // Vectors along the innermost loop (a reduction loop's vector is reduced
  // at the end, a parallel loop's is whole); the other loops one step at a
  // time.
  unsigned numLoops = op.getNumLoops();
  TileSizes vectors(numLoops, 0);
  // (A row group's thread tiles hold several rows: one at a time, each
  // reduced in a register.)
  for (unsigned loop = rowTiles.empty() ? threads.size() : 0; loop < numLoops;
       ++loop)
    vectors[loop] = 1;
  vectors.back() = rows ? vectorWidth : op.getStaticLoopRanges().back();
  return tileLevels(rewriter, innermostOp(*threadLoops, op),
                    {{vectors, LT::Loops}}, /*vectorLoop=*/numLoops - 1);
}

/// The widest element type of the operands in bits, or 0 when an operand
/// cannot be vectorized.
unsigned commonBitWidth(linalg::LinalgOp op) {
  unsigned width = 0;
  for (Type type : op->getOperandTypes()) {
    Type element = getElementTypeOrSelf(type);
    // Vectors of i1 are bit-packed in LLVM but memrefs of i1 hold a byte
    // per element: such ops are not vectorized.
    if (!element.isIntOrFloat() || element.getIntOrFloatBitWidth() < 8)
      return 0;
    unsigned bits = element.getIntOrFloatBitWidth();
    width = std::max(width, bits);
  }
  return width;
}

/// The loop along which `op` reads its input's rows, when `op` is such a
/// transposing op: static f32 shapes, one input read through a permutation
/// whose innermost dimension is not the output's (an identity), both loops
/// at least kTransposeTile long, or the output's 2 or 3 long (an image's
/// channels, NCHW -> NHWC: scalar copies otherwise, 47 us per 224 x 224
/// image); nullopt otherwise.
std::optional<unsigned> transposedReadLoop(linalg::LinalgOp op) {
  if (!hasStaticShapes(op) || op.getNumDpsInputs() != 1 ||
      op.getNumDpsInits() != 1 || op.hasIndexSemantics() ||
      !getElementTypeOrSelf(op.getDpsInputs()[0].getType()).isF32() ||
      !getElementTypeOrSelf(op.getDpsInits()[0].getType()).isF32())
    return std::nullopt;
  AffineMap input = op.getMatchingIndexingMap(op.getDpsInputOperand(0));
  AffineMap output = op.getMatchingIndexingMap(op.getDpsInitOperand(0));
  if (!input.isPermutation() || !output.isIdentity())
    return std::nullopt;
  unsigned innermost = op.getNumLoops() - 1, rank = input.getNumResults();
  unsigned readLoop = input.getDimPosition(rank - 1);
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  bool fewColumns =
      ranges[innermost] >= 2 && ranges[innermost] < kMinVectorLength;
  if (readLoop == innermost || ranges[readLoop] < kTransposeTile ||
      (ranges[innermost] < kTransposeTile && !fewColumns))
    return std::nullopt;
  return readLoop;
}

/// `op` (a transposing op, see transposedReadLoop) as a generic op whose
/// last two loops are the input's and the output's innermost, the others in
/// their order: its 16 x 16 tiles are then 2-D vectors once unit dimensions
/// are dropped. Null when it cannot be made one.
linalg::GenericOp withTransposedLoopsLast(RewriterBase &rewriter,
                                          linalg::LinalgOp op,
                                          unsigned readLoop) {
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(op);
  auto generic = dyn_cast<linalg::GenericOp>(op.getOperation());
  if (!generic) {
    FailureOr<linalg::GenericOp> generalized =
        linalg::generalizeNamedOp(rewriter, op);
    if (failed(generalized))
      return {};
    generic = *generalized;
  }
  unsigned innermost = op.getNumLoops() - 1;
  SmallVector<unsigned> order;
  for (unsigned loop = 0; loop < innermost; ++loop)
    if (loop != readLoop)
      order.push_back(loop);
  order.push_back(readLoop);
  order.push_back(innermost);
  FailureOr<linalg::GenericOp> interchanged =
      linalg::interchangeGenericOp(rewriter, generic, order);
  return succeeded(interchanged) ? *interchanged : linalg::GenericOp();
}

/// Whether `op` sums several contraction terms (a convolution's kernel
/// taps: codegen::buildMulAddTerms). Its register tiles become one
/// contraction per term at vectorization, which share the accumulators.
bool hasSeveralTerms(linalg::LinalgOp op) {
  auto generic = dyn_cast<linalg::GenericOp>(op.getOperation());
  return generic && codegen::mulAddTerms(generic) > 1;
}

/// The dimensions of a matmul-like op: a contraction or a sum of them.
FailureOr<linalg::ContractionDimensions>
contractionDimsOf(linalg::LinalgOp op) {
  if (hasSeveralTerms(op)) {
    SmallVector<AffineMap> maps = op.getIndexingMapsArray();
    return linalg::inferContractionDims(
        ArrayRef<AffineMap>{maps[0], maps[1], maps.back()});
  }
  if (!linalg::isaContractionOpInterface(op))
    return failure();
  return linalg::inferContractionDims(op);
}

/// Contractions that get register tiles: static f32 matmul-like ops.
bool isRegisterTiled(linalg::LinalgOp op) {
  FailureOr<linalg::ContractionDimensions> dims = contractionDimsOf(op);
  return succeeded(dims) && !dims->m.empty() && !dims->n.empty() &&
         !dims->k.empty() && hasStaticShapes(op) &&
         getElementTypeOrSelf(op.getDpsInits()[0].getType()).isF32();
}

/// Whether an operand of `op` is read in another order than the loops' but
/// only for loops of one iteration: a reorder of [N, C, 1, 1] to blocks
/// [N, C / B, 1, 1, B], the same elements in the same order.
bool movesOnlyUnitDims(linalg::LinalgOp op, ArrayRef<int64_t> ranges) {
  return llvm::any_of(op.getIndexingMapsArray(), [&](AffineMap map) {
    if (!map.isProjectedPermutation())
      return false;
    SmallVector<unsigned> order, nonUnitOrder;
    for (AffineExpr result : map.getResults())
      if (auto dim = dyn_cast<AffineDimExpr>(result)) {
        order.push_back(dim.getPosition());
        if (ranges[dim.getPosition()] != 1)
          nonUnitOrder.push_back(dim.getPosition());
      }
    return !llvm::is_sorted(order) && llvm::is_sorted(nonUnitOrder);
  });
}

/// `generic` without its unit dimensions as `control` views its operands,
/// replaced; null when linalg::dropUnitDims fails.
linalg::LinalgOp droppingUnitDims(RewriterBase &rewriter,
                                  linalg::GenericOp generic,
                                  const linalg::ControlDropUnitDims &control) {
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(generic);
  FailureOr<linalg::DropUnitDimsResult> dropped =
      linalg::dropUnitDims(rewriter, generic, control);
  if (failed(dropped))
    return {};
  rewriter.replaceOp(generic, dropped->replacements);
  return cast<linalg::LinalgOp>(dropped->resultOp.getOperation());
}

/// `op` without its unit loops when its innermost loop is one (a squeeze-
/// excite layer's sigmoid on [1, C, 1, 1], its pool's division: the
/// vectors go along the innermost loop, which would leave them one lane
/// wide, a scalar exp and division per channel serially between regions)
/// or when it reads an operand in another order for unit loops only
/// (movesOnlyUnitDims: a gather of scalars per vector, where a copy of
/// vectors does). Its buffers are viewed without their unit dimensions
/// (memref.collapse_shape, strided ones too: a channel slice of a padded
/// buffer). `op` itself when it is not such an op or a buffer cannot be
/// collapsed.
linalg::LinalgOp withoutUnitDims(RewriterBase &rewriter, linalg::LinalgOp op) {
  auto generic = dyn_cast<linalg::GenericOp>(op.getOperation());
  if (!generic || !hasStaticShapes(op))
    return op;
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  if (llvm::all_of(ranges, [](int64_t range) { return range == 1; }) ||
      (ranges.back() != 1 && !movesOnlyUnitDims(op, ranges)))
    return op;
  linalg::ControlDropUnitDims control;
  control.collapseFn =
      [](RewriterBase &rewriter, Location loc, Value operand,
         ArrayRef<int64_t> targetShape,
         ArrayRef<ReassociationIndices> reassociation,
         const linalg::ControlDropUnitDims &) -> FailureOr<Value> {
    auto type = dyn_cast<MemRefType>(operand.getType());
    if (!type ||
        !memref::CollapseShapeOp::isGuaranteedCollapsible(type, reassociation))
      return failure();
    return memref::CollapseShapeOp::create(rewriter, loc, operand,
                                           reassociation)
        .getResult();
  };
  linalg::LinalgOp dropped = droppingUnitDims(rewriter, generic, control);
  return dropped ? dropped : op;
}

/// A transposing op's tile (kTransposeTileMarker) without its unit
/// dimensions, its buffers viewed by rank-reducing subviews: a 2-D tile
/// whose input is read through a transposed map, which the vectorizer
/// makes 16 contiguous row reads and a vector.transpose whatever
/// dimensions lay between the two in the input. `op` itself when that
/// fails.
linalg::LinalgOp withoutUnitDimsOfTile(RewriterBase &rewriter,
                                       linalg::LinalgOp op) {
  auto generic = dyn_cast<linalg::GenericOp>(op.getOperation());
  if (!generic)
    return op;
  linalg::ControlDropUnitDims control;
  control.rankReductionStrategy =
      linalg::ControlDropUnitDims::RankReductionStrategy::ExtractInsertSlice;
  linalg::LinalgOp dropped = droppingUnitDims(rewriter, generic, control);
  return dropped ? dropped : op;
}

bool isAllParallel(linalg::LinalgOp op) {
  return op.getNumLoops() > 0 && op.getNumLoops() == op.getNumParallelLoops() &&
         llvm::none_of(op->getOperandTypes(),
                       [](Type type) { return isa<UnrankedMemRefType>(type); });
}

/// A memref.copy that is not one block of memory (the interior of a padded
/// tensor, a slice) would become a call to the runtime's generic memrefCopy:
/// as linalg.copy it gets thread tiles and vectors like any elementwise op.
void copiesToLinalg(RewriterBase &rewriter, func::FuncOp func) {
  SmallVector<memref::CopyOp> copies;
  func.walk([&](memref::CopyOp copy) {
    auto source = dyn_cast<MemRefType>(copy.getSource().getType());
    auto target = dyn_cast<MemRefType>(copy.getTarget().getType());
    if (source && target && source.getRank() > 0 &&
        !copy->getParentOfType<scf::ParallelOp>() &&
        (!memref::isStaticShapeAndContiguousRowMajor(source) ||
         !memref::isStaticShapeAndContiguousRowMajor(target)))
      copies.push_back(copy);
  });
  for (memref::CopyOp copy : copies) {
    rewriter.setInsertionPoint(copy);
    rewriter.replaceOpWithNewOp<linalg::CopyOp>(copy, copy.getSource(),
                                                copy.getTarget());
  }
}

/// Whether the body of `op` has a run-time check or a call: a failed
/// check returns to ovm_model_run with longjmp, which must not happen on
/// another thread, and calls may have effects. Such ops are not tiled.
bool failsOrCalls(linalg::LinalgOp op) {
  return op
      ->walk([](Operation *nested) {
        return isa<cf::AssertOp, CallOpInterface>(nested)
                   ? WalkResult::interrupt()
                   : WalkResult::advance();
      })
      .wasInterrupted();
}

/// Whether `op` or an op nested in it may write memory: anything but
/// transfer reads, loops and ops free of memory effects.
bool mayWrite(Operation *op) {
  return op
      ->walk([](Operation *nested) {
        return isa<vector::TransferReadOp, scf::ForOp, scf::YieldOp>(nested) ||
                       isMemoryEffectFree(nested)
                   ? WalkResult::advance()
                   : WalkResult::interrupt();
      })
      .wasInterrupted();
}

/// The accumulator of a register tile: in `loop`, one transfer_write and one
/// transfer_read of the same buffer at the same loop-invariant position, and
/// no other memory write (inner loops that only read: the K loop within a
/// channel block, its accumulator already hoisted). The read moves before
/// the loop, the value is carried by the loop and the write moves after it.
/// (Upstream's hoistRedundantVectorTransfers gives up when the buffer has
/// other users outside the loop, as every result buffer has.) A loop
/// without iterations writes back what it read. Other reads in the loop are
/// of the op's inputs, which a linalg op's result buffer never aliases.
void hoistAccumulator(RewriterBase &rewriter, scf::ForOp loop) {
  vector::TransferWriteOp write;
  for (Operation &op : loop.getBody()->without_terminator()) {
    if (auto transfer = dyn_cast<vector::TransferWriteOp>(op)) {
      if (write)
        return;
      write = transfer;
    } else if (mayWrite(&op)) {
      return;
    }
  }
  if (!write || write.getMask() || !isa<MemRefType>(write.getShapedType()))
    return;
  vector::TransferReadOp read;
  bool otherRead = false; // A second read, or one in a nested loop.
  loop.getBody()->walk([&](vector::TransferReadOp transfer) {
    if (transfer.getBase() != write.getBase())
      return;
    if (transfer->getBlock() != loop.getBody() || read)
      otherRead = true;
    read = transfer;
  });
  if (otherRead)
    return;
  auto invariant = [&](Value value) {
    return loop.isDefinedOutsideOfLoop(value);
  };
  if (!read || read.getMask() ||
      !llvm::equal(read.getIndices(), write.getIndices()) ||
      read.getVectorType() != write.getVectorType() ||
      read.getPermutationMap() != write.getPermutationMap() ||
      !invariant(read.getBase()) || !invariant(read.getPadding()) ||
      !llvm::all_of(read.getIndices(), invariant))
    return;
  rewriter.moveOpBefore(read, loop);
  FailureOr<LoopLikeOpInterface> carried = loop.replaceWithAdditionalYields(
      rewriter, read.getResult(), /*replaceInitOperandUsesInLoop=*/true,
      [&](OpBuilder &, Location, ArrayRef<BlockArgument>) {
        return SmallVector<Value>{write.getVector()};
      });
  if (failed(carried))
    return;
  rewriter.moveOpAfter(write, *carried);
  rewriter.modifyOpInPlace(write, [&] {
    write.getValueToStoreMutable().assign(
        carried->getOperation()->getResults().back());
  });
}

/// A vector.contract of register tiles with several K loops (channel
/// blocks and channels within a block) has a unit reduction dimension per
/// loop; the outer-product lowering takes one reduction only. Unit
/// reductions but the last leave the operands (a shape_cast, free).
struct DropUnitReductions : OpRewritePattern<vector::ContractionOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(vector::ContractionOp contract,
                                PatternRewriter &rewriter) const override {
    SmallVector<vector::IteratorType> iterators =
        contract.getIteratorTypesArray();
    SmallVector<AffineMap> maps = contract.getIndexingMapsArray();
    auto lhsType = cast<VectorType>(contract.getLhs().getType());
    auto rhsType = cast<VectorType>(contract.getRhs().getType());
    std::optional<unsigned> unit;
    unsigned reductions = 0;
    for (auto [dim, iterator] : llvm::enumerate(iterators)) {
      if (iterator != vector::IteratorType::reduction)
        continue;
      ++reductions;
      std::optional<unsigned> position =
          maps[0].getResultPosition(getAffineDimExpr(dim, getContext()));
      if (position && lhsType.getDimSize(*position) == 1 && !unit)
        unit = dim;
    }
    if (reductions < 2 || !unit)
      return failure();
    AffineExpr dimExpr = getAffineDimExpr(*unit, getContext());
    auto dropFrom = [&](Value operand, AffineMap &map) -> Value {
      std::optional<unsigned> position = map.getResultPosition(dimExpr);
      if (!position)
        return operand;
      auto type = cast<VectorType>(operand.getType());
      SmallVector<int64_t> shape(type.getShape());
      shape.erase(shape.begin() + *position);
      map = map.dropResult(*position);
      return vector::ShapeCastOp::create(
          rewriter, contract.getLoc(),
          VectorType::get(shape, type.getElementType()), operand);
    };
    if (!maps[1].getResultPosition(dimExpr) ||
        rhsType.getDimSize(*maps[1].getResultPosition(dimExpr)) != 1)
      return failure();
    Value lhs = dropFrom(contract.getLhs(), maps[0]);
    Value rhs = dropFrom(contract.getRhs(), maps[1]);
    llvm::SmallBitVector unused(iterators.size());
    unused.set(*unit);
    for (AffineMap &map : maps)
      map = compressDims(map, unused);
    iterators.erase(iterators.begin() + *unit);
    SmallVector<Attribute> iteratorAttrs;
    for (vector::IteratorType iterator : iterators)
      iteratorAttrs.push_back(
          vector::IteratorTypeAttr::get(getContext(), iterator));
    rewriter.replaceOpWithNewOp<vector::ContractionOp>(
        contract, lhs, rhs, contract.getAcc(),
        rewriter.getAffineMapArrayAttr(maps),
        rewriter.getArrayAttr(iteratorAttrs), contract.getKind());
    return success();
  }
};

/// Rows shorter than a vector whose size is not a power of two (the 7
/// columns of a 7x7 plane) are one masked vector (masked AVX-512 loads and
/// stores) instead of vectors of 4, 2 and 1, when each memref operand that
/// varies along `loop` has it as its innermost, unit-stride dimension (the
/// strided taps of a depthwise convolution are not masked: see
/// ov-contiguous-strided-reads). Returns the vector size, or 0.
int64_t maskedVectorSize(linalg::LinalgOp op, unsigned loop,
                         int64_t vectorWidth) {
  int64_t size = op.getStaticLoopRanges()[loop];
  if (size <= 4 || size >= vectorWidth || llvm::isPowerOf2_64(size) ||
      linalg::isaContractionOpInterface(op) || hasSeveralTerms(op) ||
      op.getNumReductionLoops() > 0)
    return 0;
  if (!isContiguousAlong(op, loop))
    return 0;
  return static_cast<int64_t>(llvm::bit_ceil(static_cast<uint64_t>(size)));
}

struct TileAndVectorizePass
    : ov::impl::TileAndVectorizeBase<TileAndVectorizePass> {
  using Base::Base;

  void getDependentDialects(DialectRegistry &registry) const override {
    Base::getDependentDialects(registry);
    // Neighbours of contractions are tiled through TilingInterface.
    linalg::registerTilingInterfaceExternalModels(registry);
  }

  void runOnOperation() override {
    func::FuncOp func = getOperation();
    IRRewriter rewriter(func.getContext());
    copiesToLinalg(rewriter, func);
    // Ops nested in other linalg ops' regions are not tiled, nor ops
    // already tiled for threads, but those on bands of rows.
    auto collectOps = [&] {
      SmallVector<linalg::LinalgOp> ops;
      func.walk([&](linalg::LinalgOp op) {
        if (op.hasPureBufferSemantics() && op.getNumLoops() > 0 &&
            (!op->getParentOfType<scf::ParallelOp>() ||
             codegen::isInRowBands(op)) &&
            !failsOrCalls(op))
          ops.push_back(op);
      });
      return ops;
    };
    // The elementwise neighbours of contractions go into their register
    // tiles (RegisterTileFusion.h); they are found (and rewritten) first.
    // (Contractions are listed first: finding their neighbours replaces
    // those, which must not be looked at again.)
    llvm::DenseMap<Operation *, codegen::RegisterTileNeighbours> neighbours;
    llvm::DenseSet<Operation *> deferred;
    SmallVector<linalg::LinalgOp> contractions;
    for (linalg::LinalgOp op : collectOps())
      if (isRegisterTiled(op) && !codegen::isGroupedShuffleTileable(op))
        contractions.push_back(op);
    for (linalg::LinalgOp op : contractions)
      if (auto found = codegen::findRegisterTileNeighbours(rewriter, op)) {
        for (Operation *neighbour : {found.initializer, found.epilogue})
          if (neighbour)
            deferred.insert(neighbour);
        neighbours[op] = found;
      }
    SmallVector<linalg::LinalgOp> ops = collectOps();
    // Border fills are tiled with the writer of their buffer's interior;
    // those it does not take are tiled on their own afterwards.
    llvm::MapVector<Operation *, SmallVector<linalg::FillOp>> borderFills;
    for (linalg::LinalgOp op : ops)
      if (isAllParallel(op) && !isa<linalg::FillOp>(op) && commonBitWidth(op) &&
          !codegen::isInRowBands(op))
        if (SmallVector<linalg::FillOp> fills = borderFillsOf(op);
            !fills.empty()) {
          for (linalg::FillOp fill : fills)
            deferred.insert(fill);
          borderFills[op] = std::move(fills);
        }
    // Those no writer takes, with the op that reads their buffer next.
    llvm::DenseSet<Operation *> fillsBeforeReads;
    for (linalg::LinalgOp op : ops)
      if (isAllParallel(op) && !isa<linalg::FillOp>(op) && commonBitWidth(op) &&
          !codegen::isInRowBands(op) && !deferred.contains(op) &&
          !borderFills.contains(op))
        if (SmallVector<linalg::FillOp> fills = borderFillsBefore(op);
            !fills.empty() && llvm::none_of(fills, [&](linalg::FillOp fill) {
              return deferred.contains(fill);
            })) {
          for (linalg::FillOp fill : fills)
            deferred.insert(fill);
          borderFills[op] = std::move(fills);
          fillsBeforeReads.insert(op);
        }
    // Runs of ops on the same rows (a LayerNorm, a Softmax): one thread
    // loop over blocks of rows (RowGroups.h).
    auto eligible = [&](linalg::LinalgOp op) {
      return !deferred.contains(op) && !borderFills.contains(op) &&
             !codegen::isInRowBands(op) && inRowGroups(op);
    };
    for (const codegen::RowGroup &group : codegen::findRowGroups(ops, eligible))
      if (failed(tileRowGroup(rewriter, group))) {
        emitError(group.ops.front()->getLoc(), "could not be tiled");
        return signalPassFailure();
      } else {
        deferred.insert(group.ops.begin(), group.ops.end());
      }
    SmallVector<linalg::LinalgOp> left;
    for (linalg::LinalgOp op : ops) {
      if (deferred.contains(op))
        continue;
      SmallVector<linalg::FillOp> fills = borderFills.lookup(op);
      codegen::RegisterTileNeighbours fused = neighbours.lookup(op);
      // (A failure may come after the op was replaced by its tiles.)
      Location loc = op.getLoc();
      if (failed(tileOp(rewriter, op, fills, fused, /*rowTiles=*/{},
                        fillsBeforeReads.contains(op)))) {
        emitError(loc, "could not be tiled");
        return signalPassFailure();
      }
      for (linalg::FillOp fill : borderFills.lookup(op))
        if (!llvm::is_contained(fills, fill))
          left.push_back(fill);
      if (codegen::RegisterTileNeighbours found = neighbours.lookup(op);
          found && !fused)
        for (linalg::GenericOp neighbour : {found.initializer, found.epilogue})
          if (neighbour)
            left.push_back(neighbour);
    }
    for (linalg::LinalgOp op : left) {
      SmallVector<linalg::FillOp> none;
      codegen::RegisterTileNeighbours noNeighbours;
      Location loc = op.getLoc();
      if (failed(tileOp(rewriter, op, none, noNeighbours))) {
        emitError(loc, "could not be tiled");
        return signalPassFailure();
      }
    }

    // Tiles of the main loops got static shapes from peeling; fold them.
    // (Not converging within the iteration limit is harmless here.)
    (void)applyPatternsGreedily(func, canonicalization);
    while (splitVectorLoops(rewriter, func))
      (void)applyPatternsGreedily(func, canonicalization);
    vectorizeMarkedOps(rewriter, func);
    // Masked vectors (maskedVectorSize): vector.mask regions become masked
    // transfers, which the patterns below know.
    RewritePatternSet masks(&getContext());
    vector::populateVectorMaskLoweringPatternsForSideEffectingOps(masks);
    (void)applyPatternsGreedily(func, std::move(masks));
    // Transfers address the underlying buffers instead of subviews (the
    // hoisting below does not look through views); loop-invariant address
    // computations leave the loops; then each register tile's accumulator
    // is read before its K loop and written after it.
    RewritePatternSet foldViews(&getContext());
    memref::populateFoldMemRefAliasOpPatterns(foldViews);
    (void)applyPatternsGreedily(func, std::move(foldViews));
    // Reductions over unit dimensions only (the rows and columns of a
    // plane reduced into lanes, reducesIntoLanes) are elementwise ops.
    RewritePatternSet unitReductions(&getContext());
    vector::MultiDimReductionOp::getCanonicalizationPatterns(unitReductions,
                                                             &getContext());
    (void)applyPatternsGreedily(func, std::move(unitReductions));
    // Unit dimensions of the tiles (a convolution's batch) leave the
    // vectors: vector.contract of 2-D vectors lowers to clean FMAs. (Not
    // together with the folding above: a transfer of vector<8x1x32xf32>
    // through an expand_shape of [F, P] into [F, P / 32, 32] is folded
    // into a wrong transfer of the collapsed buffer.)
    RewritePatternSet unitDims(&getContext());
    vector::populateCastAwayVectorLeadingOneDimPatterns(unitDims);
    unitDims.add<DropUnitReductions>(&getContext());
    // Row reductions (reducesContiguousRows) become vector.reduction of a
    // vector into the accumulator.
    vector::populateVectorMultiReductionLoweringPatterns(
        unitDims, vector::VectorMultiReductionLowering::InnerReduction);
    (void)applyPatternsGreedily(func, std::move(unitDims));
    DominanceInfo dominance(func);
    eliminateCommonSubExpressions(rewriter, dominance, func);
    func.walk([](LoopLikeOpInterface loop) { moveLoopInvariantCode(loop); });
    // The terms of a sum of contractions pass the accumulators on through
    // the result buffer: forwarded, one read and one write are left.
    vector::transferOpflowOpt(rewriter, func);
    SmallVector<scf::ForOp> loops;
    func.walk([&](scf::ForOp loop) { loops.push_back(loop); });
    for (scf::ForOp loop : loops)
      hoistAccumulator(rewriter, loop);
    // The accumulators of register tiles with fused neighbours: written by
    // the initializer and read by the tile, written by the tile and read by
    // the epilogue; forwarded, the transfers in between go away.
    vector::transferOpflowOpt(rewriter, func);
    // Rows reduced a vector at a time carry a vector of partial results.
    codegen::accumulateReductionsInVectors(rewriter, func);
    codegen::storeIntoPaddedPlanes(rewriter, func);
    codegen::storeIntoBlockedInteriors(rewriter, func);
    codegen::prefetchNextBlocks(rewriter, func);
  }

  /// `borderFills`: see tileElementwise, `neighbours`: see
  /// tileContraction; cleared when not taken.
  LogicalResult tileOp(RewriterBase &rewriter, linalg::LinalgOp op,
                       SmallVectorImpl<linalg::FillOp> &borderFills,
                       codegen::RegisterTileNeighbours &neighbours,
                       ArrayRef<int64_t> rowTiles = {},
                       bool fillsBeforeReads = false) {
    unsigned bits = commonBitWidth(op);
    int64_t width = vectorWidthOf(op);
    if (codegen::isGroupedShuffleTileable(op)) {
      borderFills.clear();
      neighbours = {};
      return tileGroupedShuffle(rewriter, op);
    }
    if (isRegisterTiled(op)) {
      borderFills.clear();
      return tileContraction(rewriter, op, *contractionDimsOf(op), width,
                             RegisterTileRows::forRegisters(vectorRegisters),
                             neighbours);
    }
    neighbours = {};
    if (isAllParallel(op) && bits) {
      if (std::optional<unsigned> readLoop = transposedReadLoop(op))
        if (linalg::GenericOp transposing =
                withTransposedLoopsLast(rewriter, op, *readLoop))
          return tileElementwise(rewriter, transposing, width, borderFills,
                                 /*transposing=*/true);
      if (!rowTiles.empty())
        return tileElementwise(rewriter, op, width, borderFills,
                               /*transposing=*/false, rowTiles);
      return tileElementwise(rewriter, withoutUnitDims(rewriter, op), width,
                             borderFills, /*transposing=*/false,
                             /*rowTiles=*/{}, fillsBeforeReads);
    }
    borderFills.clear();
    return tileForThreads(rewriter, op, width, rowTiles);
  }

  /// Whether `op` may join a row group: a static op with vectors that is
  /// not a contraction (register tiles) or a transposing op (tiles of
  /// its own), whose operands are read along projections of its loops.
  bool inRowGroups(linalg::LinalgOp op) {
    return hasStaticShapes(op) && commonBitWidth(op) &&
           !op.hasIndexSemantics() && !isRegisterTiled(op) &&
           !(isAllParallel(op) && transposedReadLoop(op)) &&
           llvm::all_of(op.getIndexingMapsArray(), [](AffineMap map) {
             return map.isProjectedPermutation(/*allowZeroInResults=*/true);
           });
  }

  /// Tiles the ops of `group` with the same thread tiles of rows (about
  /// kThreadChunk elements, whole rows; a divisor of the innermost row
  /// loop cut) and merges their thread loops into one.
  LogicalResult tileRowGroup(RewriterBase &rewriter,
                             const codegen::RowGroup &group) {
    TileSizes rows = chunkTiles(group.rowRanges, group.rowElements);
    if (llvm::all_of(rows, [](int64_t size) { return size == 0; }))
      rows.back() = 1;
    codegen::gatherRowGroup(rewriter, group);
    Operation *first = group.ops.front(), *last = group.ops.back();
    Block *block = first->getBlock();
    Operation *before = first->getPrevNode();
    Operation *after = last->getNextNode();
    for (linalg::LinalgOp op : group.ops) {
      SmallVector<linalg::FillOp> noFills;
      codegen::RegisterTileNeighbours noNeighbours;
      if (failed(tileOp(rewriter, op, noFills, noNeighbours, rows)))
        return failure();
    }
    SmallVector<scf::ParallelOp> loops;
    for (Operation &op : llvm::make_range(
             before ? std::next(before->getIterator()) : block->begin(),
             after ? after->getIterator() : block->end()))
      if (auto loop = dyn_cast<scf::ParallelOp>(op))
        loops.push_back(loop);
    if (loops.size() == group.ops.size())
      (void)codegen::mergeRowGroupLoops(loops);
    return success();
  }

  /// Every canonicalization pattern, collected once per pass instance (the
  /// pass runs on each function).
  LogicalResult initialize(MLIRContext *context) override {
    RewritePatternSet patterns(context);
    for (Dialect *dialect : context->getLoadedDialects())
      dialect->getCanonicalizationPatterns(patterns);
    for (RegisteredOperationName op : context->getRegisteredOperations())
      op.getCanonicalizationPatterns(patterns, context);
    canonicalization = FrozenRewritePatternSet(std::move(patterns));
    RewritePatternSet reads(context);
    vector::populateVectorTransferPermutationMapLoweringPatterns(reads);
    transposedReads = FrozenRewritePatternSet(std::move(reads));
    RewritePatternSet writes(context);
    vector::populateFlattenVectorTransferPatterns(writes);
    flattenedWrites = FrozenRewritePatternSet(std::move(writes));
    return success();
  }

  FrozenRewritePatternSet canonicalization;
  /// Transposing transfer reads as minor-identity reads and a transpose.
  FrozenRewritePatternSet transposedReads;
  /// Writes of contiguous rows as one 1-D write.
  FrozenRewritePatternSet flattenedWrites;

  /// Vectors whose size is not a power of two (the 17 columns left of 49
  /// after a 32-wide tile) become a loop of the largest power of two that
  /// fits and a remainder: LLVM legalizes a vector of 17 floats into a mess
  /// of inserts and extracts. Returns whether anything was split.
  bool splitVectorLoops(RewriterBase &rewriter, func::FuncOp func) {
    SmallVector<std::pair<linalg::LinalgOp, unsigned>> toSplit;
    func.walk([&](linalg::LinalgOp op) {
      auto loop = op->getAttrOfType<IntegerAttr>(kVectorizeMarker);
      // (A transposing op's tile of few columns stays whole: its rows are
      // written as one contiguous vector.)
      if (!loop || !hasStaticShapes(op) || op->hasAttr(kTransposeTileMarker))
        return;
      int64_t size = op.getStaticLoopRanges()[loop.getInt()];
      if (size > 1 && !llvm::isPowerOf2_64(size) &&
          !maskedVectorSize(op, loop.getInt(), vectorWidthOf(op)))
        toSplit.push_back({op, loop.getInt()});
    });
    for (auto [op, loop] : toSplit) {
      int64_t size = op.getStaticLoopRanges()[loop];
      TileSizes sizes(op.getNumLoops(), 0);
      sizes[loop] =
          static_cast<int64_t>(llvm::bit_floor(static_cast<uint64_t>(size)));
      if (failed(tileLevels(rewriter, op,
                            {{sizes, linalg::LinalgTilingLoopType::Loops}},
                            loop)))
        op->removeAttr(kVectorizeMarker); // Stays scalar; no retry.
    }
    return !toSplit.empty();
  }

  /// Elements of the widest operand type in a vector register, or 1.
  int64_t vectorWidthOf(linalg::LinalgOp op) {
    unsigned bits = commonBitWidth(op);
    return bits ? std::max<int64_t>(vectorBits / bits, 1) : 1;
  }

  void vectorizeMarkedOps(RewriterBase &rewriter, func::FuncOp func) {
    SmallVector<std::pair<linalg::LinalgOp, unsigned>> marked;
    func.walk([&](linalg::LinalgOp op) {
      auto loop = op->getAttrOfType<IntegerAttr>(kVectorizeMarker);
      if (op->removeAttr(kVectorizeMarker) && hasStaticShapes(op))
        marked.push_back({op, loop.getInt()});
    });
    // A sum of contraction terms becomes a contraction per term, in order
    // (the accumulators pass from one to the next through the buffer, then
    // in registers once transfers are forwarded).
    for (size_t i = 0; i < marked.size(); ++i) {
      auto [op, loop] = marked[i];
      if (!hasSeveralTerms(op))
        continue;
      rewriter.setInsertionPoint(op);
      SmallVector<AffineMap> maps = op.getIndexingMapsArray();
      Value acc = op.getDpsInits()[0];
      SmallVector<Value> inputs = op.getDpsInputs();
      for (size_t term = 0; term < inputs.size(); term += 2)
        marked.push_back(
            {codegen::buildMulAddTerms(
                 rewriter, op.getLoc(), ValueRange(inputs).slice(term, 2), acc,
                 {maps[0], maps[1], maps.back()}, op.getNumReductionLoops()),
             loop});
      rewriter.eraseOp(op);
      marked[i].first = nullptr;
    }
    for (auto [op, loop] : marked) {
      if (!op)
        continue;
      bool transposeTile =
          static_cast<bool>(op->removeAttr(kTransposeTileMarker));
      bool fewColumns = false;
      if (transposeTile) {
        op = withoutUnitDimsOfTile(rewriter, op);
        loop = op.getNumLoops() - 1;
        fewColumns = op.getStaticLoopRanges()[loop] < kTransposeTile;
      }
      Block *block = op->getBlock();
      Operation *before = op->getPrevNode(), *after = op->getNextNode();
      rewriter.setInsertionPoint(op);
      SmallVector<int64_t> vectorSizes;
      if (int64_t masked = maskedVectorSize(op, loop, vectorWidthOf(op))) {
        vectorSizes = op.getStaticLoopRanges();
        vectorSizes[loop] = masked;
      }
      // Contractions become vector.contract (lowered to FMAs of outer
      // products), not multiplications followed by reductions; the
      // vectorizer does so for named contractions only, so a generic one
      // (a convolution's) is made a linalg.contract first.
      auto generic = dyn_cast<linalg::GenericOp>(op.getOperation());
      if (generic && linalg::isaContractionOpInterface(op)) {
        auto contract = linalg::ContractOp::create(
            rewriter, op.getLoc(), generic.getInputs(), generic.getOutputs(),
            generic.getIndexingMaps());
        rewriter.eraseOp(op);
        op = contract;
      }
      FailureOr<linalg::VectorizationResult> result = linalg::vectorize(
          rewriter, op, vectorSizes,
          /*inputScalableVecDims=*/SmallVector<bool>(vectorSizes.size(), false),
          /*vectorizeNDExtract=*/false, /*flatten1DDepthwiseConv=*/false,
          /*assumeDynamicDimsMatchVecSizes=*/false,
          /*createNamedContraction=*/linalg::isaContractionOpInterface(op));
      if (failed(result))
        continue;
      rewriter.eraseOp(op);
      // A transpose tile's read of its 2-D view becomes a read of rows and
      // a vector.transpose here, while the view still makes the rows
      // contiguous (folded into the whole buffer first, the read would be
      // one of columns, one element at a time).
      if (!transposeTile)
        continue;
      SmallVector<Operation *> reads, writes;
      for (Operation &vectorized : llvm::make_range(
               before ? std::next(before->getIterator()) : block->begin(),
               after ? after->getIterator() : block->end())) {
        if (isa<vector::TransferReadOp>(vectorized))
          reads.push_back(&vectorized);
        if (isa<vector::TransferWriteOp>(vectorized))
          writes.push_back(&vectorized);
      }
      (void)applyOpPatternsGreedily(reads, transposedReads);
      // A tile of few columns (16 pixels x 3 channels) is 48 contiguous
      // values of its output: one write, not 16 of 3.
      if (fewColumns)
        (void)applyOpPatternsGreedily(writes, flattenedWrites);
    }
  }
};

} // namespace
