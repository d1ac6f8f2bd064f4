//===- RuntimeABI.cpp - What generated code shares with the C runtime -----===//

#include "ovmlir/Conversion/RuntimeABI.h"

#include "ovmlir_runtime.h"

#include "mlir/IR/BuiltinTypes.h"

using namespace mlir;

int32_t ov::getRuntimeElementType(Type type) {
  if (type.isF32())
    return OVM_F32;
  if (type.isF16())
    return OVM_F16;
  if (type.isBF16())
    return OVM_BF16;
  if (type.isF64())
    return OVM_F64;
  if (type.isInteger(1))
    return OVM_BOOL;
  auto integer = dyn_cast<IntegerType>(type);
  if (!integer)
    return OVM_UNDEFINED;
  bool isUnsigned = integer.isUnsigned();
  switch (integer.getWidth()) {
  case 8:
    return isUnsigned ? OVM_U8 : OVM_I8;
  case 16:
    return isUnsigned ? OVM_U16 : OVM_I16;
  case 32:
    return isUnsigned ? OVM_U32 : OVM_I32;
  case 64:
    return isUnsigned ? OVM_U64 : OVM_I64;
  default:
    return OVM_UNDEFINED;
  }
}
