//===- ShapeUtils.cpp - Helpers for the OV ops' shape functions -----------===//

#include "ovmlir/Dialect/OV/IR/ShapeUtils.h"
#include "ovmlir/Dialect/OV/IR/OVOps.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"

using namespace mlir;
using namespace mlir::ov;

LogicalResult ShapeDiag::fail(const Twine &message) const {
  if (loc)
    emitError(*loc) << message;
  return failure();
}

/// Reads `count` integers of `type` from a raw little-endian blob.
static std::optional<SmallVector<int64_t>>
readIntBlob(ArrayRef<char> data, IntegerType type, int64_t count) {
  unsigned width = type.getWidth();
  if (width % 8 != 0 || data.size() != size_t(count) * (width / 8))
    return std::nullopt;
  SmallVector<int64_t> values;
  values.reserve(count);
  for (int64_t i = 0; i < count; ++i) {
    const char *p = data.data() + i * (width / 8);
    uint64_t raw = 0;
    std::memcpy(&raw, p, width / 8);
    APInt bits(width, raw);
    values.push_back(type.isUnsigned() ? int64_t(bits.getZExtValue())
                                       : bits.getSExtValue());
  }
  return values;
}

/// The elements of the constant that produces `value`, or null.
static ElementsAttr getConstantElements(Value value) {
  auto constant = value.getDefiningOp<ConstantOp>();
  return constant ? constant.getValue() : ElementsAttr();
}

std::optional<SmallVector<int64_t>>
mlir::ov::getConstantIntValues(Value value) {
  ElementsAttr elements = getConstantElements(value);
  if (!elements)
    return std::nullopt;
  auto intType = dyn_cast<IntegerType>(elements.getElementType());
  if (!intType)
    return std::nullopt;
  if (auto dense = dyn_cast<DenseIntElementsAttr>(elements)) {
    SmallVector<int64_t> values;
    for (const APInt &v : dense.getValues<APInt>())
      values.push_back(intType.isUnsigned() || intType.getWidth() == 1
                           ? int64_t(v.getZExtValue())
                           : v.getSExtValue());
    return values;
  }
  if (auto resource = dyn_cast<DenseResourceElementsAttr>(elements)) {
    AsmResourceBlob *blob = resource.getRawHandle().getBlob();
    if (!blob)
      return std::nullopt;
    return readIntBlob(blob->getData(), intType, elements.getNumElements());
  }
  return std::nullopt;
}

std::optional<SmallVector<double>>
mlir::ov::getConstantFloatValues(Value value) {
  ElementsAttr elements = getConstantElements(value);
  if (!elements)
    return std::nullopt;
  if (auto dense = dyn_cast<DenseFPElementsAttr>(elements)) {
    SmallVector<double> values;
    for (const APFloat &v : dense.getValues<APFloat>())
      values.push_back(v.convertToDouble());
    return values;
  }
  if (auto resource = dyn_cast<DenseResourceElementsAttr>(elements)) {
    AsmResourceBlob *blob = resource.getRawHandle().getBlob();
    if (!blob)
      return std::nullopt;
    ArrayRef<char> data = blob->getData();
    int64_t count = elements.getNumElements();
    Type type = elements.getElementType();
    SmallVector<double> values;
    if (type.isF32() && data.size() == size_t(count) * 4) {
      for (int64_t i = 0; i < count; ++i) {
        float f;
        std::memcpy(&f, data.data() + 4 * i, 4);
        values.push_back(f);
      }
      return values;
    }
    if (type.isF64() && data.size() == size_t(count) * 8) {
      for (int64_t i = 0; i < count; ++i) {
        double d;
        std::memcpy(&d, data.data() + 8 * i, 8);
        values.push_back(d);
      }
      return values;
    }
  }
  if (std::optional<SmallVector<int64_t>> ints = getConstantIntValues(value))
    return llvm::map_to_vector(*ints, [](int64_t v) { return double(v); });
  return std::nullopt;
}

FailureOr<int64_t> mlir::ov::normalizeAxis(const ShapeDiag &diag, int64_t axis,
                                           int64_t rank, StringRef what) {
  if (axis < -rank || axis >= rank)
    return diag.fail(Twine(what) + " " + Twine(axis) +
                     " is out of range for rank " + Twine(rank));
  return axis < 0 ? axis + rank : axis;
}

FailureOr<ShapeExpr> mlir::ov::broadcastShapes(const ShapeDiag &diag,
                                               const ShapeExpr &lhs,
                                               const ShapeExpr &rhs,
                                               AutoBroadcastType mode,
                                               int64_t pdpdAxis) {
  if (mode == AutoBroadcastType::none) {
    if (!lhs.hasRank())
      return rhs;
    if (!rhs.hasRank())
      return lhs;
    if (lhs.getRank() != rhs.getRank())
      return diag.fail("operands must have equal shapes when auto_broadcast "
                       "is none, got ranks " +
                       Twine(lhs.getRank()) + " and " + Twine(rhs.getRank()));
    SmallVector<DimExpr> dims;
    for (int64_t i = 0; i < lhs.getRank(); ++i) {
      const DimExpr &a = lhs[i], &b = rhs[i];
      if (a.isConstant() && b.isConstant() &&
          a.getConstant() != b.getConstant())
        return diag.fail("operands must have equal shapes when auto_broadcast "
                         "is none, dimension " +
                         Twine(i) + " differs: " + Twine(a.getConstant()) +
                         " vs " + Twine(b.getConstant()));
      dims.push_back(a.isConstant() ? a : b);
    }
    return ShapeExpr(std::move(dims));
  }

  if (mode == AutoBroadcastType::pdpd) {
    // rhs is broadcast into lhs; the result has lhs's shape.
    if (!lhs.hasRank() || !rhs.hasRank())
      return lhs;
    // The default axis aligns rhs to the right; trailing ones of rhs are
    // then ignored.
    int64_t axis = pdpdAxis == -1 ? lhs.getRank() - rhs.getRank() : pdpdAxis;
    int64_t rhsRank = rhs.getRank();
    while (rhsRank > 0 && rhs[rhsRank - 1].isConstant(1))
      --rhsRank;
    if (axis < 0 || axis + rhsRank > lhs.getRank())
      return diag.fail("pdpd broadcast: second operand of rank " +
                       Twine(rhs.getRank()) + " does not fit into rank " +
                       Twine(lhs.getRank()) + " at axis " + Twine(axis));
    for (int64_t i = 0; i < rhsRank; ++i) {
      const DimExpr &a = lhs[axis + i], &b = rhs[i];
      if (a.isConstant() && b.isConstant() && !b.isConstant(1) &&
          a.getConstant() != b.getConstant())
        return diag.fail("pdpd broadcast: dimension " + Twine(i) +
                         " of the second operand (" + Twine(b.getConstant()) +
                         ") does not match " + Twine(a.getConstant()));
    }
    return lhs;
  }

  // numpy: right-aligned, 1 stretches.
  if (!lhs.hasRank() || !rhs.hasRank())
    return ShapeExpr::unranked();
  int64_t rank = std::max(lhs.getRank(), rhs.getRank());
  SmallVector<DimExpr> dims;
  for (int64_t i = 0; i < rank; ++i) {
    int64_t li = i - (rank - lhs.getRank()), ri = i - (rank - rhs.getRank());
    if (li < 0) {
      dims.push_back(rhs[ri]);
      continue;
    }
    if (ri < 0) {
      dims.push_back(lhs[li]);
      continue;
    }
    const DimExpr &a = lhs[li], &b = rhs[ri];
    if (a.isConstant() && b.isConstant() && !a.isConstant(1) &&
        !b.isConstant(1) && a.getConstant() != b.getConstant())
      return diag.fail("operand shapes are not broadcastable: dimension " +
                       Twine(i) + " is " + Twine(a.getConstant()) + " vs " +
                       Twine(b.getConstant()));
    dims.push_back(broadcastDim(a, b));
  }
  return ShapeExpr(std::move(dims));
}

Type mlir::ov::getElementType(Type tensorType) {
  return cast<ShapedType>(tensorType).getElementType();
}

Type mlir::ov::refineType(Type a, Type b) {
  if (a == b)
    return a;
  auto sa = dyn_cast<TensorType>(a), sb = dyn_cast<TensorType>(b);
  if (!sa || !sb || sa.getElementType() != sb.getElementType())
    return {};
  if (!sa.hasRank())
    return sb;
  if (!sb.hasRank())
    return sa;
  if (sa.getRank() != sb.getRank())
    return {};
  SmallVector<int64_t> shape;
  for (auto [x, y] : llvm::zip(sa.getShape(), sb.getShape())) {
    if (!ShapedType::isDynamic(x) && !ShapedType::isDynamic(y) && x != y)
      return {};
    shape.push_back(ShapedType::isDynamic(x) ? y : x);
  }
  return RankedTensorType::get(shape, sa.getElementType());
}

bool mlir::ov::areCompatibleReturnTypes(TypeRange inferred, TypeRange actual) {
  if (inferred.size() != actual.size())
    return false;
  for (auto [a, b] : llvm::zip(inferred, actual))
    if (!refineType(a, b))
      return false;
  return true;
}

LogicalResult mlir::ov::inferBinaryElementwiseTypes(
    std::optional<Location> loc, Type lhsType, Type rhsType,
    AutoBroadcastType autoBroadcast, bool boolResult,
    SmallVectorImpl<Type> &inferred) {
  ShapeDiag diag(loc);
  Type elementType = getElementType(lhsType);
  if (elementType != getElementType(rhsType))
    return diag.fail(Twine("operands must have the same element type"));
  FailureOr<ShapeExpr> shape =
      broadcastShapes(diag, ShapeExpr::fromType(lhsType),
                      ShapeExpr::fromType(rhsType), autoBroadcast);
  if (failed(shape))
    return failure();
  if (boolResult)
    elementType = IntegerType::get(lhsType.getContext(), 1);
  inferred.push_back(shape->toTensorType(elementType));
  return success();
}

std::optional<ArrayRef<char>> mlir::ov::getStoredBytes(Attribute attr) {
  auto value = dyn_cast_or_null<ElementsAttr>(attr);
  if (!value)
    return std::nullopt;
  Type elementType = value.getElementType();
  if (!elementType.isIntOrFloat() || elementType.getIntOrFloatBitWidth() % 8)
    return std::nullopt;
  int64_t bytes =
      value.getNumElements() * (elementType.getIntOrFloatBitWidth() / 8);
  std::optional<ArrayRef<char>> data;
  if (auto resource = dyn_cast<DenseResourceElementsAttr>(value)) {
    if (AsmResourceBlob *blob = resource.getRawHandle().getBlob())
      data = blob->getData();
  } else if (auto dense = dyn_cast<DenseElementsAttr>(value)) {
    if (!dense.isSplat())
      data = dense.getRawData();
  }
  if (!data || static_cast<int64_t>(data->size()) != bytes)
    return std::nullopt;
  return data;
}
