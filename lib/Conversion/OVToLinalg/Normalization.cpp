//===- Normalization.cpp - Normalization ops
//--------------------------------===//
//
// LogSoftmax, BatchNormInference, MVN, NormalizeL2.
//
//===----------------------------------------------------------------------===//

#include "LoweringUtils.h"

using namespace mlir;
using namespace mlir::ov;
using namespace mlir::ov::lowering;

void lowering::populateNormalizationLowerings(RewritePatternSet &patterns) {}
