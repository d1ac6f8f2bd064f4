//===- DimExpr.h - Dimension arithmetic shared by inference and lowering --===//
//
// Shape logic of the OV ops is written once, against DimExpr, and used twice:
//  - by result type inference, where a dimension is a known constant or
//    unknown (dynamic), and
//  - by lowering, where a dynamic dimension is an `index` SSA value and every
//    operation on it emits `arith` ops through a builder.
// Arithmetic on two constants folds in both modes.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_DIALECT_OV_IR_DIMEXPR_H
#define OVMLIR_DIALECT_OV_IR_DIMEXPR_H

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"
#include "llvm/ADT/SmallVector.h"

#include <optional>

namespace mlir::ov {

/// One dimension (or any non-negative size) during shape computation.
class DimExpr {
public:
  /// A compile-time constant.
  DimExpr(int64_t value) : constant(value) {}
  /// A size unknown at compile time, with no IR to compute it.
  static DimExpr unknown() { return DimExpr(); }
  /// A size computed at run time by `value` (of `index` type). Operations on
  /// it emit arith ops through `builder`, which must outlive the expression.
  static DimExpr runtime(Value value, ImplicitLocOpBuilder &builder);
  /// `value` as a DimExpr: a constant when `value` folds to one.
  static DimExpr fromOpFoldResult(OpFoldResult value,
                                  ImplicitLocOpBuilder &builder);

  bool isConstant() const { return constant.has_value(); }
  bool isConstant(int64_t value) const { return constant == value; }
  /// True for a size unknown at compile time (runtime or unknown).
  bool isDynamic() const { return !constant.has_value(); }
  int64_t getConstant() const { return *constant; }
  /// The value for a static shape: the constant or ShapedType::kDynamic.
  int64_t getStaticSize() const {
    return constant ? *constant : ShapedType::kDynamic;
  }
  /// The size as an OpFoldResult (lowering mode; unknown expressions assert).
  OpFoldResult getOpFoldResult() const;
  /// The size as an `index` value, materializing constants with `builder`.
  Value materialize(ImplicitLocOpBuilder &builder) const;

  friend DimExpr operator+(const DimExpr &a, const DimExpr &b);
  friend DimExpr operator-(const DimExpr &a, const DimExpr &b);
  friend DimExpr operator*(const DimExpr &a, const DimExpr &b);
  /// Integer division rounding towards negative infinity / positive infinity.
  friend DimExpr floorDiv(const DimExpr &a, const DimExpr &b);
  friend DimExpr ceilDiv(const DimExpr &a, const DimExpr &b);
  friend DimExpr max(const DimExpr &a, const DimExpr &b);
  friend DimExpr min(const DimExpr &a, const DimExpr &b);
  /// The numpy broadcast of two dimensions known to be compatible:
  /// `a == 1 ? b : a` (a select at run time when neither is constant).
  friend DimExpr broadcastDim(const DimExpr &a, const DimExpr &b);

private:
  DimExpr() = default;
  /// `fold(a, b)` when both are constants; else `emit(builder, a, b)` when
  /// both have IR and a builder is at hand; else unknown.
  template <typename Fold, typename Emit>
  static DimExpr combine(const DimExpr &a, const DimExpr &b, Fold fold,
                         Emit emit);

  std::optional<int64_t> constant;
  Value value;
  ImplicitLocOpBuilder *builder = nullptr;
};

// Namespace-scope declarations so that calls with plain integers (no ADL)
// find the friends above.
DimExpr operator+(const DimExpr &a, const DimExpr &b);
DimExpr operator-(const DimExpr &a, const DimExpr &b);
DimExpr operator*(const DimExpr &a, const DimExpr &b);
DimExpr floorDiv(const DimExpr &a, const DimExpr &b);
DimExpr ceilDiv(const DimExpr &a, const DimExpr &b);
DimExpr max(const DimExpr &a, const DimExpr &b);
DimExpr min(const DimExpr &a, const DimExpr &b);
DimExpr broadcastDim(const DimExpr &a, const DimExpr &b);

/// A tensor shape during shape computation: one DimExpr per dimension, or an
/// unknown rank.
class ShapeExpr {
public:
  ShapeExpr() = default; // unknown rank
  ShapeExpr(SmallVector<DimExpr> dims) : dims(std::move(dims)) {}
  static ShapeExpr unranked() { return ShapeExpr(); }
  /// The shape of `type` in inference mode (dynamic dims become unknown).
  static ShapeExpr fromType(Type type);
  /// The shape of tensor `value` in lowering mode: dynamic dims become
  /// `tensor.dim` ops emitted with `builder`.
  static ShapeExpr fromValue(Value value, ImplicitLocOpBuilder &builder);

  bool hasRank() const { return dims.has_value(); }
  int64_t getRank() const { return dims->size(); }
  ArrayRef<DimExpr> getDims() const { return *dims; }
  const DimExpr &operator[](int64_t i) const { return (*dims)[i]; }
  /// The static shape (kDynamic for non-constant dims). Requires a rank.
  SmallVector<int64_t> getStaticShape() const;
  /// A tensor type of this shape (unranked when the rank is unknown).
  TensorType toTensorType(Type elementType) const;

private:
  std::optional<SmallVector<DimExpr>> dims;
};

} // namespace mlir::ov

#endif // OVMLIR_DIALECT_OV_IR_DIMEXPR_H
