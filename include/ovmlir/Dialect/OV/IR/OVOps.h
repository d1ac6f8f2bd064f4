//===- OVOps.h - Operations of the OV dialect -------------------*- C++ -*-===//

#ifndef OVMLIR_DIALECT_OV_IR_OVOPS_H
#define OVMLIR_DIALECT_OV_IR_OVOPS_H

#include "ovmlir/Dialect/OV/IR/OVDialect.h"
#include "ovmlir/Dialect/OV/IR/ShapeUtils.h"

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "ovmlir/Dialect/OV/IR/OVEnums.h"

#define GET_ATTRDEF_CLASSES
#include "ovmlir/Dialect/OV/IR/OVAttrs.h.inc"

namespace mlir::ov::OpTrait {
/// Marks ops whose result types come from a hand-written inferReturnTypes
/// (see OV_InferTypes in OVBase.td); the declarations are generated.
template <typename ConcreteType>
class OVInferTypes
    : public ::mlir::OpTrait::TraitBase<ConcreteType, OVInferTypes> {};
} // namespace mlir::ov::OpTrait

#define GET_OP_CLASSES
#include "ovmlir/Dialect/OV/IR/OVElementwiseOps.h.inc"
#define GET_OP_CLASSES
#include "ovmlir/Dialect/OV/IR/OVConstantOps.h.inc"
#define GET_OP_CLASSES
#include "ovmlir/Dialect/OV/IR/OVNNOps.h.inc"
#define GET_OP_CLASSES
#include "ovmlir/Dialect/OV/IR/OVNormalizationOps.h.inc"
#define GET_OP_CLASSES
#include "ovmlir/Dialect/OV/IR/OVSequenceOps.h.inc"
#define GET_OP_CLASSES
#include "ovmlir/Dialect/OV/IR/OVReductionOps.h.inc"
#define GET_OP_CLASSES
#include "ovmlir/Dialect/OV/IR/OVShapeOps.h.inc"
#define GET_OP_CLASSES
#include "ovmlir/Dialect/OV/IR/OVIndexingOps.h.inc"
#define GET_OP_CLASSES
#include "ovmlir/Dialect/OV/IR/OVStateOps.h.inc"
#define GET_OP_CLASSES
#include "ovmlir/Dialect/OV/IR/OVControlFlowOps.h.inc"

#endif // OVMLIR_DIALECT_OV_IR_OVOPS_H
