//===- StateOps.cpp - OV stateful ops (ReadValue, Assign) -----------------===//

#include "ovmlir/Dialect/OV/IR/OVOps.h"

using namespace mlir;
using namespace mlir::ov;

#define GET_OP_CLASSES
#include "ovmlir/Dialect/OV/IR/OVStateOps.cpp.inc"

LogicalResult ReadValueOp::verify() {
  if (getVariableId().empty())
    return emitOpError("variable_id must not be empty");
  Type resultType = getOutput().getType();
  if (getInitValue()) {
    Type initType = getInitValue().getType();
    if (getElementType(initType) != getElementType(resultType))
      return emitOpError("init_value element type ")
             << getElementType(initType)
             << " differs from the result element type "
             << getElementType(resultType);
    if (!refineType(initType, resultType))
      return emitOpError("init_value type ")
             << initType << " is incompatible with the result type "
             << resultType;
  }
  return success();
}

LogicalResult AssignOp::verify() {
  if (getVariableId().empty())
    return emitOpError("variable_id must not be empty");
  return success();
}
