//===- ShapeOps.cpp - OV reshaping, concatenation, splitting, tiling, broadcasting, padding, ShapeOf and Range ops ===//

#include "ovmlir/Dialect/OV/IR/OVOps.h"

using namespace mlir;
using namespace mlir::ov;

#define GET_OP_CLASSES
#include "ovmlir/Dialect/OV/IR/OVShapeOps.cpp.inc"
