//===- ConverterUtils.h - Helpers shared by ONNX converters ---*- C++ -*-===//
//
// The helpers several families of converters need: one-result returns,
// integer and boolean attributes, element type conversion, axes and
// dimensions.
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

/// A node with one input X converted to one `OpTy` (unary math, activations).
template <typename OpTy> FailureOr<ValueList> convertUnary(NodeContext &ctx) {
  FailureOr<Value> input = ctx.getRequiredInput(0, "X");
  if (failed(input))
    return failure();
  return single(ctx.create<OpTy>({*input}));
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

/// `axis` in [0, rank); `what` names it in the error.
inline FailureOr<int64_t> normalizeAxis(NodeContext &ctx, int64_t axis,
                                        int64_t rank, StringRef what = "axis") {
  if (axis < -rank || axis >= rank)
    return ctx.fail(what + " " + Twine(axis) + " is out of range for rank " +
                    Twine(rank));
  return axis < 0 ? axis + rank : axis;
}

/// Dimension `axis` (non-negative) of `value` as a 0-D i64 tensor: a
/// constant when static, else Gather of ShapeOf.
inline FailureOr<Value> getDim(NodeContext &ctx, Value value, int64_t axis) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  if (type && !type.isDynamicDim(axis))
    return ctx.constantI64({type.getDimSize(axis)}, /*scalar=*/true);
  FailureOr<Value> shape = ctx.create<ShapeOfOp>({value});
  if (failed(shape))
    return failure();
  return ctx.create<GatherOp>(
      {*shape, ctx.constantI64({axis}, true), ctx.constantI64({0}, true)});
}

/// The product of the static dimensions [begin, end) of `type`, or nullopt
/// when one of them is dynamic.
inline std::optional<int64_t> getStaticProduct(RankedTensorType type,
                                               int64_t begin, int64_t end) {
  int64_t product = 1;
  for (int64_t dim : type.getShape().slice(begin, end - begin)) {
    if (ShapedType::isDynamic(dim))
      return std::nullopt;
    product *= dim;
  }
  return product;
}

} // namespace mlir::ov::onnx_import

#endif // OVMLIR_LIB_FRONTENDS_ONNX_OPS_CONVERTERUTILS_H
