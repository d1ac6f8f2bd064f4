//===- DataMovement.cpp - Shape and data-movement ops
//-----------------------===//
//
// Concat, Split, Slice, StridedSlice, Squeeze, Unsqueeze, Broadcast, Tile, Pad,
// ShapeOf, Range, DepthToSpace, SpaceToDepth.
//
//===----------------------------------------------------------------------===//

#include "LoweringUtils.h"

using namespace mlir;
using namespace mlir::ov;
using namespace mlir::ov::lowering;

void lowering::populateDataMovementLowerings(RewritePatternSet &patterns) {}
