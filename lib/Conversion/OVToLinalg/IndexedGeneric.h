//===- IndexedGeneric.h - Gather-style generics for data movement -*- C++
//-*-===//
//
// Helpers shared by the data-movement and indexing lowerings: a linalg.generic
// whose body computes each result element from its indices (reading operands
// with tensor.extract), sizes from DimExprs, runtime size operands, and
// reshaping to a result type.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_LIB_CONVERSION_OVTOLINALG_INDEXEDGENERIC_H
#define OVMLIR_LIB_CONVERSION_OVTOLINALG_INDEXEDGENERIC_H

#include "LoweringUtils.h"

#include "ovmlir/Dialect/OV/IR/DimExpr.h"
#include "ovmlir/Dialect/OV/IR/ShapeUtils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/ImplicitLocOpBuilder.h"

namespace mlir::ov::lowering {

/// `d` as an OpFoldResult (constants need no builder of their own).
inline OpFoldResult toFoldResult(ImplicitLocOpBuilder &b, const DimExpr &d) {
  if (d.isConstant())
    return b.getIndexAttr(d.getConstant());
  return d.getOpFoldResult();
}

/// `d` as an `index` value.
inline Value toIndex(ImplicitLocOpBuilder &b, const DimExpr &d) {
  if (d.isConstant())
    return arith::ConstantIndexOp::create(b, d.getConstant());
  return d.materialize(b);
}

/// The sizes of `type`: static ones from the type, dynamic ones from `shape`.
inline SmallVector<OpFoldResult> getSizes(ImplicitLocOpBuilder &b,
                                          RankedTensorType type,
                                          const ShapeExpr &shape) {
  SmallVector<OpFoldResult> sizes;
  for (int64_t d = 0; d < type.getRank(); ++d)
    sizes.push_back(type.isDynamicDim(d)
                        ? toFoldResult(b, shape[d])
                        : OpFoldResult(b.getIndexAttr(type.getDimSize(d))));
  return sizes;
}

/// An integer scalar as an `index` value (sign-extending).
inline Value indexOf(ImplicitLocOpBuilder &b, Value scalar) {
  if (scalar.getType().isIndex())
    return scalar;
  return arith::IndexCastOp::create(b, b.getIndexType(), scalar);
}

/// The element of `tensor` at all-zero indices (a scalar or 1-element input).
inline Value extractFirst(ImplicitLocOpBuilder &b, Value tensor) {
  auto type = cast<RankedTensorType>(tensor.getType());
  Value zero = arith::ConstantIndexOp::create(b, 0);
  SmallVector<Value> indices(type.getRank(), zero);
  return tensor::ExtractOp::create(b, tensor, indices);
}

/// The entries of a 1-D integer operand with a static length, as sizes:
/// constants when `original` is a constant, runtime values read from
/// `converted` otherwise.
inline FailureOr<SmallVector<DimExpr>>
readSizeOperand(ImplicitLocOpBuilder &b, Value original, Value converted) {
  if (std::optional<SmallVector<int64_t>> values =
          getConstantIntValues(original))
    return llvm::map_to_vector(*values, [](int64_t v) { return DimExpr(v); });
  auto type = dyn_cast<RankedTensorType>(converted.getType());
  if (!type || type.getRank() > 1 || !type.hasStaticShape() ||
      !type.getElementType().isSignlessInteger())
    return failure();
  SmallVector<DimExpr> dims;
  for (int64_t i = 0; i < type.getNumElements(); ++i) {
    SmallVector<Value> indices;
    if (type.getRank() == 1)
      indices.push_back(arith::ConstantIndexOp::create(b, i));
    Value v = tensor::ExtractOp::create(b, converted, indices);
    dims.push_back(DimExpr::runtime(indexOf(b, v), b));
  }
  return dims;
}

/// Computes one result element from the result indices.
using IndexedFn = function_ref<Value(ImplicitLocOpBuilder &, ValueRange)>;

/// A linalg.generic of `sizes` (and `type` when given, else dynamic where
/// not constant) with no inputs whose body is `fn` of the linalg.index
/// values.
inline Value buildIndexedGeneric(ImplicitLocOpBuilder &b,
                                 ArrayRef<OpFoldResult> sizes, Type elementType,
                                 IndexedFn fn) {
  int64_t rank = sizes.size();
  Value init = tensor::EmptyOp::create(b, sizes, elementType);
  SmallVector<AffineMap> maps = {b.getMultiDimIdentityMap(rank)};
  SmallVector<utils::IteratorType> iterators(rank,
                                             utils::IteratorType::parallel);
  auto generic = linalg::GenericOp::create(
      b, TypeRange{init.getType()}, ValueRange{}, ValueRange{init}, maps,
      iterators, [&](OpBuilder &nested, Location loc, ValueRange) {
        ImplicitLocOpBuilder body(loc, nested);
        SmallVector<Value> indices;
        for (int64_t d = 0; d < rank; ++d)
          indices.push_back(linalg::IndexOp::create(body, d));
        linalg::YieldOp::create(body, fn(body, indices));
      });
  return generic.getResult(0);
}

/// min(max(x, 0), size - 1): an index that is always in bounds.
inline Value clampIndex(ImplicitLocOpBuilder &b, Value x, Value size) {
  Value zero = arith::ConstantIndexOp::create(b, 0);
  Value one = arith::ConstantIndexOp::create(b, 1);
  Value last = arith::SubIOp::create(b, size, one);
  return arith::MaxSIOp::create(b, arith::MinSIOp::create(b, x, last), zero);
}

/// `value` given the shape `sizes` of `type` (same element count).
inline Value reshapeTo(ImplicitLocOpBuilder &b, Value value,
                       RankedTensorType type, ArrayRef<OpFoldResult> sizes) {
  if (value.getType() == type)
    return value;
  auto from = cast<RankedTensorType>(value.getType());
  if (from.getShape() == type.getShape() ||
      (from.getRank() == type.getRank() &&
       succeeded(verifyCompatibleShape(from.getShape(), type.getShape()))))
    return castTo(b, value, type);
  if (type.getRank() == 0) {
    // A single element: read it rather than reshape to rank 0.
    Value element = extractFirst(b, value);
    return tensor::FromElementsOp::create(b, type, ValueRange{element});
  }
  SmallVector<Value> values;
  for (OpFoldResult size : sizes)
    values.push_back(getValueOrCreateConstantIndexOp(b, b.getLoc(), size));
  Value shape = tensor::FromElementsOp::create(
      b, RankedTensorType::get({type.getRank()}, b.getIndexType()), values);
  return tensor::ReshapeOp::create(b, type, value, shape);
}

} // namespace mlir::ov::lowering

#endif // OVMLIR_LIB_CONVERSION_OVTOLINALG_INDEXEDGENERIC_H
