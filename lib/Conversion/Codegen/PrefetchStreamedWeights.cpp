//===- PrefetchStreamedWeights.cpp - A matrix-vector product's weights ----===//
//
// A matrix-vector product (a classifier's Gemm of one image) reads each of
// its weights once: megabytes that the rest of the network pushed out of
// the caches, so it runs at the speed of memory, on one thread or two
// (MobileNetV2's 1280 x 1000 classifier: ~240 us in the model against ~55
// us when its 5 MB are in cache). The convolutions before it are
// compute-bound and leave the memory idle. Here the K steps of their
// register tiles prefetch those weights, one cache line per kStepsPerLine
// steps, going back region by region until all lines have a step: by the
// time the product runs, its weights are in cache (that classifier 241 ->
// 94 us; MobileNetV2 -4.5 to -6%, EfficientNet-B0 -2% on 1 and 2 threads).
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Conversion/Passes.h"

#include "PrefetchNextBlock.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/SymbolTable.h"

#include <map>
#include <numeric>

namespace mlir::ov {
#define GEN_PASS_DEF_PREFETCHSTREAMEDWEIGHTS
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;

namespace {

using ov::codegen::bytesOf;
using ov::codegen::kCacheLineBytes;
using ov::codegen::kLocalityAllLevels;

/// Weights of fewer bytes (one core's L2 cache on the EPYC) are not
/// prefetched. Down to 64 KB (EfficientNet-B0's squeeze-excite
/// products too) EfficientNet-B0 ran +2% where its classifier's alone
/// gave -2%.
constexpr int64_t kMinStreamedBytes = 1 << 20;
/// Nor more than this in all per function, products in order (ResNet-50's
/// 8 MB classifier): the prefetches of MobileNetV3-Large's two products
/// (4.9 and 5.1 MB) reached back through most of its network and ran +3%
/// on 1 thread; lines prefetched that far ahead leave the caches again.
constexpr int64_t kMaxStreamedBytes = 8 << 20;
/// K steps per prefetched cache line: a register tile's K step is ~7
/// cycles of FMAs (7 x 32 products), so 64 bytes per 4 steps ask ~7 GB/s
/// of the memory, a fifth of what one core gets: the tiles stay
/// compute-bound. Two lines per step (all in the one region before
/// MobileNetV2's classifier) made that region memory-bound: 176 -> 303 us.
constexpr int64_t kStepsPerLine = 4;
/// Lines are prefetched only where the ops after them, up to the product,
/// read at most this many bytes of weights, which pass through the same
/// caches: without a bound MobileNetV3-Large's first classifier product was
/// prefetched from its first layers on (+1 to 3%). With it, the 13 regions
/// before MobileNetV2's classifier prefetch it (with 4 MiB, 5: less gain).
constexpr int64_t kMaxWeightsBetween = 8 << 20;

/// The values a vector.contract multiplies each weight vector with: the
/// elements of its left-hand side (a register tile's rows of positions).
int64_t rowsOf(vector::ContractionOp contract) {
  return cast<VectorType>(contract.getLhsType()).getNumElements();
}

/// Whether `op` holds register tiles of several rows.
bool hasRegisterTiles(Operation *op) {
  return op
      ->walk([](vector::ContractionOp contract) {
        return rowsOf(contract) > 1 ? WalkResult::interrupt()
                                    : WalkResult::advance();
      })
      .wasInterrupted();
}

/// Whether `op` computes matrix-vector products only: it holds
/// vector.contracts, each of one row.
bool isMatrixVector(Operation *op) {
  bool contracts = op->walk([](vector::ContractionOp) {
                       return WalkResult::interrupt();
                     }).wasInterrupted();
  return contracts && !hasRegisterTiles(op);
}

/// Whether `buffer` is read-only weights: a constant global, or a view of
/// a function argument (the weights file's buffer, ExternalWeights.cpp).
bool isWeights(Value buffer) {
  Operation *def = buffer.getDefiningOp();
  if (auto global = dyn_cast_or_null<memref::GetGlobalOp>(def)) {
    auto op = SymbolTable::lookupNearestSymbolFrom<memref::GlobalOp>(
        global, global.getNameAttr());
    return op && op.getConstant();
  }
  if (auto view = dyn_cast_or_null<memref::ViewOp>(def))
    return isa<BlockArgument>(view.getSource()) &&
           isa<func::FuncOp>(
               cast<BlockArgument>(view.getSource()).getOwner()->getParentOp());
  return false;
}

/// The largest weights buffer that `product` reads with vector transfers
/// (static shape, identity layout, at least kMinStreamedBytes).
Value streamedWeights(Operation *product) {
  Value largest;
  product->walk([&](vector::TransferReadOp read) {
    auto type = dyn_cast<MemRefType>(read.getShapedType());
    if (!type || !type.hasStaticShape() || !type.getLayout().isIdentity() ||
        bytesOf(type) < kMinStreamedBytes || !isWeights(read.getBase()))
      return;
    if (!largest ||
        bytesOf(type) > bytesOf(cast<MemRefType>(largest.getType())))
      largest = read.getBase();
  });
  return largest;
}

/// A loop level of a K step: induction variable, lower bound, step, trips.
struct Level {
  Value iv;
  int64_t lower, step, trips;
};

/// The loop levels from `region` down to `kLoop`, outermost first; nothing
/// when a bound or step is not constant.
std::optional<SmallVector<Level>> levelsOf(scf::ParallelOp region,
                                           scf::ForOp kLoop) {
  SmallVector<Level> levels;
  auto add = [&](Value iv, OpFoldResult lower, OpFoldResult upper,
                 OpFoldResult step) {
    std::optional<int64_t> lb = getConstantIntValue(lower);
    std::optional<int64_t> ub = getConstantIntValue(upper);
    std::optional<int64_t> st = getConstantIntValue(step);
    if (!lb || !ub || !st || *st <= 0 || *ub <= *lb)
      return false;
    levels.push_back({iv, *lb, *st, llvm::divideCeilSigned(*ub - *lb, *st)});
    return true;
  };
  for (Operation *op = kLoop; op != region; op = op->getParentOp()) {
    auto loop = dyn_cast<scf::ForOp>(op);
    if (!loop || !add(loop.getInductionVar(), loop.getLowerBound(),
                      loop.getUpperBound(), loop.getStep()))
      return std::nullopt;
  }
  for (int64_t i = region.getNumLoops() - 1; i >= 0; --i)
    if (!add(region.getInductionVars()[i], region.getLowerBound()[i],
             region.getUpperBound()[i], region.getStep()[i]))
      return std::nullopt;
  std::reverse(levels.begin(), levels.end());
  return levels;
}

int64_t tripsOf(ArrayRef<Level> levels) {
  int64_t trips = 1;
  for (const Level &level : levels)
    trips *= level.trips;
  return trips;
}

/// The K steps of a region's register tiles: the innermost loop holding a
/// vector.contract whose bounds, and those of its enclosing loops up to the
/// region, are constant (of several, the one of most iterations).
struct KSteps {
  scf::ForOp loop;
  SmallVector<Level> levels;
  int64_t count = 0;
};

std::optional<KSteps> kStepsOf(scf::ParallelOp region) {
  std::optional<KSteps> best;
  region->walk([&](vector::ContractionOp contract) {
    auto loop = dyn_cast<scf::ForOp>(contract->getParentOp());
    if (!loop || !region->isProperAncestor(loop))
      return;
    std::optional<SmallVector<Level>> levels = levelsOf(region, loop);
    if (!levels || (best && tripsOf(*levels) <= best->count))
      return;
    best = KSteps{loop, *levels, tripsOf(*levels)};
  });
  return best;
}

/// The K steps of a region and the cache lines they prefetch so far.
struct Capacity {
  KSteps steps;
  int64_t used = 0;
  int64_t free() const { return steps.count / kStepsPerLine - used; }
};

/// The bytes of the weights buffers `op` reads, each counted once.
int64_t weightsReadBy(Operation *op) {
  llvm::SmallDenseSet<Value> buffers;
  op->walk([&](vector::TransferReadOp read) {
    if (isWeights(read.getBase()))
      buffers.insert(read.getBase());
  });
  int64_t bytes = 0;
  for (Value buffer : buffers)
    if (auto type = dyn_cast<MemRefType>(buffer.getType()))
      bytes += bytesOf(type);
  return bytes;
}

/// The regions with register tiles before `product` in its block with K
/// steps to spare, nearest first, until they cover `lines` cache lines
/// (one per kStepsPerLine steps). The search skips other matrix-vector
/// products; it stops at another op holding register tiles (serial ones,
/// a loop of the model's own), at the definition of `weights` and where
/// the ops after the region read more than kMaxWeightsBetween bytes of
/// weights.
SmallVector<Capacity *>
regionsAhead(Operation *product, Value weights, int64_t lines,
             std::map<Operation *, Capacity> &capacities) {
  SmallVector<Capacity *> found;
  int64_t covered = 0, between = 0;
  for (Operation *op = product->getPrevNode();
       op && covered < lines && op != weights.getDefiningOp() &&
       between <= kMaxWeightsBetween;
       op = op->getPrevNode()) {
    between += weightsReadBy(op);
    if (!hasRegisterTiles(op))
      continue;
    auto region = dyn_cast<scf::ParallelOp>(op);
    if (!region)
      break;
    auto it = capacities.find(region);
    if (it == capacities.end()) {
      std::optional<KSteps> steps = kStepsOf(region);
      if (!steps)
        continue;
      it = capacities.insert({region, Capacity{std::move(*steps)}}).first;
    }
    if (it->second.free() <= 0)
      continue;
    covered += it->second.free();
    found.push_back(&it->second);
  }
  return found;
}

/// Prefetches `count` cache lines of `flat` (1-D) from `first` on, spread
/// evenly over the K steps `steps`, numbered in the order one thread runs
/// them: step i prefetches line first + (i * count) floordiv steps.count.
void prefetchLines(const KSteps &steps, Value flat, int64_t first,
                   int64_t count) {
  scf::ForOp loop = steps.loop;
  OpBuilder builder = OpBuilder::atBlockBegin(loop.getBody());
  AffineExpr step = builder.getAffineConstantExpr(0);
  int64_t inner = 1;
  for (int64_t i = steps.levels.size() - 1; i >= 0; --i) {
    const Level &level = steps.levels[i];
    AffineExpr iv = builder.getAffineDimExpr(i);
    step = step + (iv - level.lower).floorDiv(level.step) * inner;
    inner *= level.trips;
  }
  auto type = cast<MemRefType>(flat.getType());
  int64_t perLine =
      std::max<int64_t>(kCacheLineBytes * 8 / type.getElementTypeBitWidth(), 1);
  int64_t common = std::gcd(count, steps.count);
  AffineExpr line =
      (step * (count / common)).floorDiv(steps.count / common) + first;
  SmallVector<Value> ivs =
      llvm::map_to_vector(steps.levels, [](const Level &l) { return l.iv; });
  Location loc = loop.getLoc();
  Value index = affine::AffineApplyOp::create(
      builder, loc,
      AffineMap::get(ivs.size(), 0, line * perLine, builder.getContext()), ivs);
  memref::PrefetchOp::create(builder, loc, flat, ValueRange{index},
                             /*isWrite=*/false, kLocalityAllLevels,
                             /*isDataCache=*/true);
}

/// Prefetches the weights `product` streams from the K steps of the
/// regions before it: the farthest region the first lines. Weights defined
/// in another block (a loop's body) are left alone: the regions between
/// their definition and the product are the ones it dominates.
void prefetchAhead(Operation *product, Value weights,
                   std::map<Operation *, Capacity> &capacities) {
  if (weights.getDefiningOp()->getBlock() != product->getBlock())
    return;
  auto type = cast<MemRefType>(weights.getType());
  int64_t lines = llvm::divideCeilSigned(bytesOf(type), kCacheLineBytes);
  SmallVector<Capacity *> ahead =
      regionsAhead(product, weights, lines, capacities);
  if (ahead.empty())
    return;
  // The weights as one row, defined right after them.
  OpBuilder builder(weights.getContext());
  builder.setInsertionPointAfterValue(weights);
  Value flat = weights;
  if (type.getRank() != 1) {
    ReassociationIndices all =
        llvm::to_vector(llvm::seq<int64_t>(0, type.getRank()));
    flat = memref::CollapseShapeOp::create(builder, weights.getLoc(), weights,
                                           ArrayRef<ReassociationIndices>{all});
  }
  int64_t first = 0;
  for (Capacity *capacity : llvm::reverse(ahead)) {
    int64_t count = std::min(capacity->free(), lines - first);
    prefetchLines(capacity->steps, flat, first, count);
    capacity->used += count;
    first += count;
  }
}

struct PrefetchStreamedWeightsPass
    : ov::impl::PrefetchStreamedWeightsBase<PrefetchStreamedWeightsPass> {
  void runOnOperation() override {
    // The products among the ops of the function's body, in order: each
    // takes the K steps its predecessors left, while the bytes fit.
    std::map<Operation *, Capacity> capacities;
    int64_t budget = kMaxStreamedBytes;
    for (Block &block : getOperation().getBody())
      for (Operation &op : llvm::make_early_inc_range(block)) {
        Value weights = isMatrixVector(&op) ? streamedWeights(&op) : Value();
        if (!weights)
          continue;
        int64_t bytes = bytesOf(cast<MemRefType>(weights.getType()));
        if (bytes > budget)
          continue;
        budget -= bytes;
        prefetchAhead(&op, weights, capacities);
      }
  }
};

} // namespace
