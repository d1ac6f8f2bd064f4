//===- ConverterUtils.h - Small builders shared by ONNX converters -*- C++
//-*-===//
//
// The few helpers every family of converters needs: one-result returns,
// integer and boolean attributes, element type conversion.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_LIB_FRONTENDS_ONNX_OPS_CONVERTERUTILS_H
#define OVMLIR_LIB_FRONTENDS_ONNX_OPS_CONVERTERUTILS_H

#include "../NodeContext.h"

#include "ovmlir/Dialect/OV/IR/OVOps.h"

namespace mlir::ov::onnx_import {

/// The converter result of a node with one output.
inline FailureOr<ValueList> single(FailureOr<Value> value) {
  if (failed(value))
    return failure();
  return ValueList{*value};
}

inline NamedAttribute i64Attr(NodeContext &ctx, StringRef name, int64_t value) {
  return ctx.namedAttr(name, ctx.getBuilder().getI64IntegerAttr(value));
}

inline NamedAttribute boolAttr(NodeContext &ctx, StringRef name, bool value) {
  return ctx.namedAttr(name, ctx.getBuilder().getBoolAttr(value));
}

/// `value` converted to `elementType` unless it already has it.
inline FailureOr<Value> convertTo(NodeContext &ctx, Value value,
                                  Type elementType) {
  if (getElementType(value) == elementType)
    return value;
  return ctx.create<ConvertOp>(
      {value}, {ctx.namedAttr("destination_type", TypeAttr::get(elementType))});
}

} // namespace mlir::ov::onnx_import

#endif // OVMLIR_LIB_FRONTENDS_ONNX_OPS_CONVERTERUTILS_H
