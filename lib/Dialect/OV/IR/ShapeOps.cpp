//===- ShapeOps.cpp - OV reshape, concat, split, tile and pad ops -------===//

#include "ovmlir/Dialect/OV/IR/OVOps.h"

using namespace mlir;
using namespace mlir::ov;

#define GET_OP_CLASSES
#include "ovmlir/Dialect/OV/IR/OVShapeOps.cpp.inc"
