//===- Indexing.cpp - Gather, scatter and selection ops
//---------------------===//
//
// Gather*, Scatter*, OneHot, TopK, NonZero.
//
//===----------------------------------------------------------------------===//

#include "LoweringUtils.h"

using namespace mlir;
using namespace mlir::ov;
using namespace mlir::ov::lowering;

void lowering::populateIndexingLowerings(RewritePatternSet &patterns) {}
