//===- OVEnums.h - Enumerations of OV op attributes -------------*- C++ -*-===//

#ifndef OVMLIR_DIALECT_OV_IR_OVENUMS_H
#define OVMLIR_DIALECT_OV_IR_OVENUMS_H

#include "mlir/IR/Attributes.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <optional>

#include "ovmlir/Dialect/OV/IR/OVEnums.h.inc"

#endif // OVMLIR_DIALECT_OV_IR_OVENUMS_H
