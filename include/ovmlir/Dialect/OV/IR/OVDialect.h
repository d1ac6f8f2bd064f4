//===- OVDialect.h - The OV dialect -----------------------------*- C++ -*-===//

#ifndef OVMLIR_DIALECT_OV_IR_OVDIALECT_H
#define OVMLIR_DIALECT_OV_IR_OVDIALECT_H

#include "mlir/IR/Dialect.h"
#include "mlir/IR/Types.h"

#include "ovmlir/Dialect/OV/IR/OVDialect.h.inc"

#define GET_TYPEDEF_CLASSES
#include "ovmlir/Dialect/OV/IR/OVTypes.h.inc"

#endif // OVMLIR_DIALECT_OV_IR_OVDIALECT_H
