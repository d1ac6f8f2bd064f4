//===- IndexingOps.cpp - OV gather/scatter, slicing, depth/space rearrangement, OneHot, NonZero and CumSum ops ===//

#include "ovmlir/Dialect/OV/IR/OVOps.h"

using namespace mlir;
using namespace mlir::ov;

#define GET_OP_CLASSES
#include "ovmlir/Dialect/OV/IR/OVIndexingOps.cpp.inc"
