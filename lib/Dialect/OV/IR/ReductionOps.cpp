//===- ReductionOps.cpp - OV reductions over axes ops ===//

#include "ovmlir/Dialect/OV/IR/OVOps.h"

using namespace mlir;
using namespace mlir::ov;

#define GET_OP_CLASSES
#include "ovmlir/Dialect/OV/IR/OVReductionOps.cpp.inc"
