//===- GroupedShuffleKernel.h - Grouped convs by shuffles -------*- C++ -*-===//
//
// A grouped convolution of G = 2, 4 or 8 channels per group on blocked
// activations (ov-block-convolutions) computes each 16-lane vector of
// filters from the 16 input channels of the same lanes: for each channel
// i < G of a group, the input vector shuffled so that lane o holds channel
// G * (o / G) + i, times the 16 filters' weights for their group's channel
// i. G FMAs (and G shuffles) per tap and position, only the products
// needed; the block-diagonal filters otherwise used do 16 FMAs, 16 / G
// times the products needed (bench/prototypes/grouped_shuffle_conv.c:
// ResNeXt-50's layer1, groups of 4, ~445 -> ~140 us; layer2, groups of 8,
// ~225 -> ~165 us).
//
// ov-block-convolutions builds such a convolution as a sum of one term per
// tap over loops (n, b, h, oh, ow, gq, o, i): the input x [N, B, H, W,
// S, 16 / G, G] read at (n, b, oh, ow, h, gq, i), each tap's filter [B, S,
// G (i), 16 / G (gq), G (o)] at (b, h, i, gq, o), the result [N, B, OH,
// OW, S, 16 / G, G] at (n, b, oh, ow, h, gq, o) (B blocks of S sub-blocks
// of 16 channels), and marks it; ov-tile-and-vectorize gives it thread
// tiles of one sub-block's output row, register tiles of
// groupedShuffleRowTile positions, and writes each register tile as the
// vectors above (lowerGroupedShuffleTile).
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_LIB_CONVERSION_CODEGEN_GROUPEDSHUFFLEKERNEL_H
#define OVMLIR_LIB_CONVERSION_CODEGEN_GROUPEDSHUFFLEKERNEL_H

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/IR/PatternMatch.h"
#include "llvm/ADT/StringRef.h"

#include <optional>

namespace mlir::ov::codegen {

/// The unit attribute marking the sum of terms described above.
constexpr llvm::StringLiteral kGroupedShuffleAttr = "ov_grouped_shuffle";

/// Lanes of the vectors (one sub-block of channels).
constexpr int64_t kShuffleLanes = 16;

/// Positions of a register tile for an output row of `width` positions and
/// groups of `perGroup` channels: the largest divisor of `width` of at most
/// 14 (8 for groups of 8), so that the accumulators, the G filter vectors,
/// the shuffled input (and vpermps' lane indices) fit the 32 registers;
/// nullopt when that is under 4 (a row of 17 positions).
std::optional<int64_t> groupedShuffleRowTile(int64_t width, int64_t perGroup);

/// Whether a grouped convolution of `perGroup` channels per group (as many
/// filters) with output rows of `width` positions is computed by shuffles.
bool isGroupedShuffle(int64_t perGroup, int64_t width);

/// Whether `op` is a marked sum of terms that ov-tile-and-vectorize can
/// tile and lower as above (static, on buffers whose last two dimensions
/// are contiguous, with a register tile for its rows); other ops, marked or
/// not, are tiled as contractions.
bool isGroupedShuffleTileable(linalg::LinalgOp op);

/// Replaces `tile`, a register tile of a marked sum of terms (memrefs of
/// one output position range, all of gq, o and i), by vector loads,
/// shuffles, FMAs and stores.
LogicalResult lowerGroupedShuffleTile(RewriterBase &rewriter,
                                      linalg::GenericOp tile);

} // namespace mlir::ov::codegen

#endif // OVMLIR_LIB_CONVERSION_CODEGEN_GROUPEDSHUFFLEKERNEL_H
