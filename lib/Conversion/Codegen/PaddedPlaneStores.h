//===- PaddedPlaneStores.h - Register tiles into padded planes -*- C++ -*-===//
//
// A 1x1 convolution's result often goes, through a ReLU (ReLU6), into the
// interior of the zero-padded input of the next 3x3 or depthwise
// convolution (ov-pad-borders), whose border is filled by slabs of its own.
// The convolution's register tiles cover 32 positions of the collapsed
// H x W plane, which may cross a row: in the padded plane the rows are
// further apart, so the ReLU could not join the tiles and ran as a pass of
// its own over the result (~15% of MobileNetV2), with the border fills in
// its thread tiles. Instead, the ReLU works in place in the register tiles
// (RegisterTileFusion), the border fills go, and the result buffer is
// marked to be copied into the interior; once the tiles are vectors, each
// of their stores of a 16-lane piece of a row of the collapsed plane
// becomes a masked store into the padded plane per row it touches (two, or
// three for rows shorter than 16: the lanes in each row, the k-th row k
// gaps between rows further), and the piece writes the border after the
// row ends it holds
// (and before the plane, or after it, when it holds the first or last
// position). The result buffer and the copy go away. MobileNetV2 -8% (1
// thread), -3% (2 threads); ResNet-50 -3% (rows of 16 or more).
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_LIB_CONVERSION_CODEGEN_PADDEDPLANESTORES_H
#define OVMLIR_LIB_CONVERSION_CODEGEN_PADDEDPLANESTORES_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::ov::codegen {

/// Marks a memref.copy of a buffer [..., H, W] into the interior of a padded
/// plane [..., H + pads, W + pads] (a unit-stride subview of an allocation,
/// offset along the last two dimensions only) whose border nothing else
/// writes; the mark's value is the border's.
constexpr StringLiteral kPaddedPlaneCopy = "ov.padded_plane_copy";

/// Marks a memref.copy of a buffer [N, C / 32, H, W, 32] (blocked channels,
/// ov-block-convolutions) into the interior of a padded one [N, C / 32,
/// H + pads, W + pads, 32] whose border fills stay: each register tile's
/// row (a position's 32 channels) is stored straight at its place in the
/// padded buffer instead.
constexpr StringLiteral kBlockedInteriorCopy = "ov.blocked_interior_copy";

/// Lanes of the pieces stored at a time (an AVX-512 vector of f32).
constexpr int64_t kPaddedPlaneLanes = 16;

/// Rows of the plane are at least this long: a piece spans at most three
/// rows (a store per row).
constexpr int64_t kPaddedPlaneMinWidth = 8;

/// Replaces each marked copy whose source is written through its collapsed
/// plane only, by vector transfers (in bounds, unmasked, the vectors' last
/// dimension along the plane) and linalg ops on regions of it (the scalar
/// tiles of remainders), by masked stores of those vectors into the padded
/// plane, a copy of each region after its ops, and the border around them;
/// the source buffer goes unless regions keep it. Other marked copies stay,
/// after a fill of the padded buffer with the border value. Removes the
/// marks.
void storeIntoPaddedPlanes(RewriterBase &rewriter, func::FuncOp func);

/// Replaces each copy marked kBlockedInteriorCopy whose source is written
/// only by vector transfers of rows of positions (through the collapsed
/// plane [N, C / 32, H * W, 32], in bounds, unmasked) by stores of each
/// row at its position in the padded buffer; the source goes. Other
/// marked copies stay (they are correct as they are). Removes the marks.
void storeIntoBlockedInteriors(RewriterBase &rewriter, func::FuncOp func);

} // namespace mlir::ov::codegen

#endif // OVMLIR_LIB_CONVERSION_CODEGEN_PADDEDPLANESTORES_H
