//===- ShapeUtils.h - Helpers for the OV ops' shape functions ---*- C++ -*-===//
//
// Error reporting, constant-operand access and type compatibility used by the
// shape functions of every op family.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_DIALECT_OV_IR_SHAPEUTILS_H
#define OVMLIR_DIALECT_OV_IR_SHAPEUTILS_H

#include "ovmlir/Dialect/OV/IR/DimExpr.h"
#include "ovmlir/Dialect/OV/IR/OVEnums.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/TypeRange.h"
#include "mlir/IR/Value.h"

#include <optional>

namespace mlir::ov {

/// Where shape functions report errors: the op's location during type
/// inference and verification, or nowhere when inference is speculative.
class ShapeDiag {
public:
  ShapeDiag(std::optional<Location> loc) : loc(loc) {}
  /// Emits `message` (if there is a location) and returns failure.
  LogicalResult fail(const Twine &message) const;
  std::optional<Location> getLoc() const { return loc; }

private:
  std::optional<Location> loc;
};

/// The integer values of `value` when it is produced by a constant (any
/// integer element type), flattened in row-major order.
std::optional<SmallVector<int64_t>> getConstantIntValues(Value value);
/// The float values of `value` when it is produced by a constant of float or
/// integer elements.
std::optional<SmallVector<double>> getConstantFloatValues(Value value);

/// The bytes of a constant value as memory stores them, or nothing when they
/// cannot be taken as they are: elements that are not integers or floats a
/// whole number of bytes wide, splats (a DenseElementsAttr keeps one value).
/// The bytes live as long as the attribute's context.
std::optional<ArrayRef<char>> getStoredBytes(Attribute value);

/// Normalizes a possibly negative `axis` against `rank`; fails with a message
/// naming `what` when out of [-rank, rank).
FailureOr<int64_t> normalizeAxis(const ShapeDiag &diag, int64_t axis,
                                 int64_t rank, StringRef what = "axis");

/// The shape of `lhs` and `rhs` combined by OpenVINO's `auto_broadcast` rule
/// (pdpd broadcasts rhs into lhs starting at `pdpdAxis`, -1 meaning
/// right-aligned).
FailureOr<ShapeExpr> broadcastShapes(const ShapeDiag &diag,
                                     const ShapeExpr &lhs, const ShapeExpr &rhs,
                                     AutoBroadcastType mode,
                                     int64_t pdpdAxis = -1);

/// Result type of a binary elementwise op: operands of one element type,
/// shapes combined by `autoBroadcast`; i1 elements when `boolResult`
/// (comparisons).
LogicalResult inferBinaryElementwiseTypes(std::optional<Location> loc,
                                          Type lhsType, Type rhsType,
                                          AutoBroadcastType autoBroadcast,
                                          bool boolResult,
                                          SmallVectorImpl<Type> &inferred);

/// The element type of a tensor type.
Type getElementType(Type tensorType);

/// Inferred and actual result types are compatible when the element types
/// are equal and the shapes are compatible (actual may be more static).
bool areCompatibleReturnTypes(TypeRange inferred, TypeRange actual);

/// The most static type compatible with both `a` and `b` (per dimension the
/// static size wins), or null when they are incompatible.
Type refineType(Type a, Type b);

} // namespace mlir::ov

#endif // OVMLIR_DIALECT_OV_IR_SHAPEUTILS_H
