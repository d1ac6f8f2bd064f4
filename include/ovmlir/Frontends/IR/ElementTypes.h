//===- ElementTypes.h - OpenVINO element type names <-> MLIR types -*- C++
//-*-===//
//
// OpenVINO spells element types two ways: lowercase in layer data
// (`f32`, `boolean`, `u8`) and as port precisions (`FP32`, `BOOL`, `U8`).
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_FRONTENDS_IR_ELEMENTTYPES_H
#define OVMLIR_FRONTENDS_IR_ELEMENTTYPES_H

#include "mlir/IR/Types.h"
#include "llvm/ADT/StringRef.h"

#include <string>

namespace mlir::ov {

/// The MLIR type of an OpenVINO element type name (`f32`, `boolean`, `u8`,
/// `string`, ...), or null when unknown.
Type parseElementTypeName(MLIRContext *context, StringRef name);
/// The MLIR type of a port precision (`FP32`, `BOOL`, `U8`, ...), or null.
Type parsePrecision(MLIRContext *context, StringRef precision);
/// OpenVINO's lowercase name of `type`, or "" when it has none.
std::string getElementTypeName(Type type);
/// OpenVINO's port precision of `type`, or "" when it has none.
std::string getPrecision(Type type);
/// Size in bits of one element (4 for u4/i4, 1 for u1).
unsigned getElementBitWidth(Type type);

} // namespace mlir::ov

#endif // OVMLIR_FRONTENDS_IR_ELEMENTTYPES_H
