//===- GroupedShuffleKernel.cpp - Grouped convolutions by shuffles --------===//
//
// The register tiles of grouped convolutions computed by shuffles
// (GroupedShuffleKernel.h).
//
//===----------------------------------------------------------------------===//

#include "GroupedShuffleKernel.h"

#include "MulAddContraction.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"

namespace mlir::ov::codegen {

namespace {

/// Accumulators of a register tile at most, with the G filter vectors, the
/// shuffled input and, for groups of 8 (vpermps), the G lane indices within
/// the 32 vector registers.
int64_t maxRowTile(int64_t perGroup) { return perGroup == 8 ? 8 : 14; }
constexpr int64_t kMinRowTile = 4;

/// The reassociation that makes the last two dimensions of `type` (a
/// group index and a channel of the group: kShuffleLanes elements) one,
/// when they are contiguous.
std::optional<SmallVector<ReassociationIndices>>
lanesReassociation(MemRefType type) {
  int64_t rank = type.getRank();
  if (rank < 2 ||
      type.getDimSize(rank - 2) * type.getDimSize(rank - 1) != kShuffleLanes)
    return std::nullopt;
  SmallVector<ReassociationIndices> reassociation;
  for (int64_t d = 0; d < rank - 2; ++d)
    reassociation.push_back({d});
  reassociation.push_back({rank - 2, rank - 1});
  if (!memref::CollapseShapeOp::isGuaranteedCollapsible(type, reassociation))
    return std::nullopt;
  return reassociation;
}

/// `value` with its last two dimensions as one (lanesReassociation).
FailureOr<Value> lanesCollapsed(RewriterBase &rewriter, Location loc,
                                Value value) {
  auto type = dyn_cast<MemRefType>(value.getType());
  std::optional<SmallVector<ReassociationIndices>> reassociation =
      type ? lanesReassociation(type) : std::nullopt;
  if (!reassociation)
    return failure();
  return memref::CollapseShapeOp::create(rewriter, loc, value, *reassociation)
      .getResult();
}

} // namespace

std::optional<int64_t> groupedShuffleRowTile(int64_t width, int64_t perGroup) {
  for (int64_t tile = std::min(width, maxRowTile(perGroup));
       tile >= kMinRowTile; --tile)
    if (width % tile == 0)
      return tile;
  return std::nullopt;
}

bool isGroupedShuffle(int64_t perGroup, int64_t width) {
  return (perGroup == 2 || perGroup == 4 || perGroup == 8) &&
         groupedShuffleRowTile(width, perGroup).has_value();
}

bool isGroupedShuffleTileable(linalg::LinalgOp op) {
  auto generic = dyn_cast<linalg::GenericOp>(op.getOperation());
  if (!generic || !op->hasAttr(kGroupedShuffleAttr) ||
      mulAddTerms(generic) == 0 || !op.hasPureBufferSemantics() ||
      op.getNumLoops() != 8 || op.getNumReductionLoops() != 1)
    return false;
  // Loops (n, b, h, oh, ow, gq, o, i).
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  if (ShapedType::isDynamicShape(ranges) ||
      ranges[5] * ranges[6] != kShuffleLanes || ranges[6] != ranges[7] ||
      !groupedShuffleRowTile(ranges[4], ranges[7]))
    return false;
  // Each operand's last two dimensions (gq and o or i) contiguous.
  return llvm::all_of(op->getOperands(), [](Value operand) {
    auto type = dyn_cast<MemRefType>(operand.getType());
    return type && lanesReassociation(type).has_value();
  });
}

LogicalResult lowerGroupedShuffleTile(RewriterBase &rewriter,
                                      linalg::GenericOp tile) {
  unsigned terms = mulAddTerms(tile);
  if (terms == 0 || !tile.hasPureBufferSemantics() || tile.getNumLoops() != 8)
    return failure();
  // Loops (n, b, h, oh, ow, gq, o, i): the tile spans positions ow and
  // all of gq, o and i.
  SmallVector<int64_t> ranges = tile.getStaticLoopRanges();
  int64_t positions = ranges[4], perGroup = ranges[7];
  if (ranges[0] != 1 || ranges[1] != 1 || ranges[2] != 1 || ranges[3] != 1 ||
      ranges[5] * ranges[6] != kShuffleLanes || ranges[6] != perGroup)
    return failure();
  Location loc = tile.getLoc();
  rewriter.setInsertionPoint(tile);
  SmallVector<Value> inputs, filters;
  for (unsigned term = 0; term < terms; ++term) {
    FailureOr<Value> x =
        lanesCollapsed(rewriter, loc, tile.getDpsInputs()[2 * term]);
    FailureOr<Value> w =
        lanesCollapsed(rewriter, loc, tile.getDpsInputs()[2 * term + 1]);
    if (failed(x) || failed(w))
      return failure();
    inputs.push_back(*x);
    filters.push_back(*w);
  }
  FailureOr<Value> result =
      lanesCollapsed(rewriter, loc, tile.getDpsInits()[0]);
  if (failed(result))
    return failure();
  auto vectorType = VectorType::get({kShuffleLanes}, rewriter.getF32Type());
  auto index = [&](int64_t value) {
    return arith::ConstantIndexOp::create(rewriter, loc, value).getResult();
  };
  Value zero = index(0);
  // x and the result: [1, 1, 1, positions, 1, lanes] (n, b, oh, ow, h);
  // each term's filter: [1, 1, G (i), lanes] (b, h, i).
  auto positionAt = [&](int64_t position) {
    return SmallVector<Value>{zero, zero, zero, index(position), zero, zero};
  };
  SmallVector<Value> accumulators;
  for (int64_t position = 0; position < positions; ++position)
    accumulators.push_back(vector::LoadOp::create(
        rewriter, loc, vectorType, *result, positionAt(position)));
  // Lane o of shuffle i: lane G * (o / G) + i.
  SmallVector<SmallVector<int64_t>> masks(perGroup);
  for (int64_t i = 0; i < perGroup; ++i)
    for (int64_t lane = 0; lane < kShuffleLanes; ++lane)
      masks[i].push_back(perGroup * (lane / perGroup) + i);
  for (unsigned term = 0; term < terms; ++term) {
    SmallVector<Value> weights;
    for (int64_t i = 0; i < perGroup; ++i)
      weights.push_back(
          vector::LoadOp::create(rewriter, loc, vectorType, filters[term],
                                 ValueRange{zero, zero, index(i), zero}));
    for (int64_t position = 0; position < positions; ++position) {
      Value x = vector::LoadOp::create(rewriter, loc, vectorType, inputs[term],
                                       positionAt(position));
      for (int64_t i = 0; i < perGroup; ++i) {
        Value shuffled =
            vector::ShuffleOp::create(rewriter, loc, x, x, masks[i]);
        accumulators[position] = vector::FMAOp::create(
            rewriter, loc, shuffled, weights[i], accumulators[position]);
      }
    }
  }
  for (int64_t position = 0; position < positions; ++position)
    vector::StoreOp::create(rewriter, loc, accumulators[position], *result,
                            positionAt(position));
  rewriter.eraseOp(tile);
  return success();
}

} // namespace mlir::ov::codegen
