//===- RuntimeABI.h - Codes shared with the C runtime -----------*- C++ -*-===//
//
// The element type codes of runtime/include/ovmlir_runtime.h as the
// compiler computes them (the model signature, the runtime calls of
// ReadValue/Assign).
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_CONVERSION_RUNTIMEABI_H
#define OVMLIR_CONVERSION_RUNTIMEABI_H

#include "mlir/IR/Types.h"

#include <cstdint>

namespace mlir::ov {

/// The ovm_element_type code of the element type `type`, or OVM_UNDEFINED
/// (0) when the runtime has none.
int32_t getRuntimeElementType(Type type);

} // namespace mlir::ov

#endif // OVMLIR_CONVERSION_RUNTIMEABI_H
