//===- NormalizationOps.cpp - OV softmax, normalization, attention ops ---===//

#include "ovmlir/Dialect/OV/IR/OVOps.h"

using namespace mlir;
using namespace mlir::ov;

#define GET_OP_CLASSES
#include "ovmlir/Dialect/OV/IR/OVNormalizationOps.cpp.inc"
