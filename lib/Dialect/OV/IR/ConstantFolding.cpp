//===- ConstantFolding.cpp - Folding helpers for OV ops -------------------===//

#include "ovmlir/Dialect/OV/IR/ConstantFolding.h"

#include "mlir/IR/BuiltinTypes.h"

using namespace mlir;
using namespace mlir::ov;

DenseElementsAttr mlir::ov::getFoldableElements(Attribute attr) {
  auto dense = dyn_cast_or_null<DenseElementsAttr>(attr);
  if (!dense || !dense.getType().hasStaticShape())
    return {};
  if (!dense.isSplat() && dense.getNumElements() > kMaxFoldElements)
    return {};
  return dense;
}

/// The row-major index into an operand of shape `shape` (right-aligned
/// against the result) of the result element at multi-index `index`.
static int64_t broadcastIndex(ArrayRef<int64_t> index,
                              ArrayRef<int64_t> shape) {
  int64_t offset = index.size() - shape.size(), linear = 0;
  for (auto [i, size] : llvm::enumerate(shape))
    linear = linear * size + (size == 1 ? 0 : index[offset + i]);
  return linear;
}

Attribute mlir::ov::foldBinaryElementwise(Attribute lhsAttr, Attribute rhsAttr,
                                          Type resultType, IntBinaryFn intFn,
                                          FloatBinaryFn floatFn) {
  DenseElementsAttr lhs = getFoldableElements(lhsAttr);
  DenseElementsAttr rhs = getFoldableElements(rhsAttr);
  auto type = dyn_cast<RankedTensorType>(resultType);
  if (!lhs || !rhs || !type || !type.hasStaticShape() ||
      type.getNumElements() > kMaxFoldElements)
    return {};
  Type elementType = lhs.getElementType();
  bool isFloat = isa<FloatType>(elementType);
  if ((isFloat && !floatFn) || (!isFloat && !intFn) ||
      (!isFloat && !isa<IntegerType>(elementType)))
    return {};

  ArrayRef<int64_t> lhsShape = lhs.getType().getShape();
  ArrayRef<int64_t> rhsShape = rhs.getType().getShape();
  SmallVector<int64_t> index(type.getRank(), 0);
  SmallVector<APInt> intResults;
  SmallVector<APFloat> floatResults;
  for (int64_t n = 0, e = type.getNumElements(); n < e; ++n) {
    int64_t li = lhs.isSplat() ? 0 : broadcastIndex(index, lhsShape);
    int64_t ri = rhs.isSplat() ? 0 : broadcastIndex(index, rhsShape);
    if (isFloat) {
      std::optional<APFloat> r = floatFn(lhs.value_begin<APFloat>()[li],
                                         rhs.value_begin<APFloat>()[ri]);
      if (!r)
        return {};
      floatResults.push_back(*r);
    } else {
      std::optional<APInt> r =
          intFn(lhs.value_begin<APInt>()[li], rhs.value_begin<APInt>()[ri]);
      if (!r)
        return {};
      intResults.push_back(*r);
    }
    // Advance the multi-index in row-major order.
    for (int64_t d = type.getRank() - 1; d >= 0; --d) {
      if (++index[d] < type.getDimSize(d))
        break;
      index[d] = 0;
    }
  }
  if (isFloat)
    return DenseElementsAttr::get(type, floatResults);
  return DenseElementsAttr::get(type, intResults);
}

bool mlir::ov::isSplatValue(Attribute attr, double value) {
  auto splat = dyn_cast_or_null<SplatElementsAttr>(attr);
  if (!splat)
    return false;
  if (isa<FloatType>(splat.getElementType()))
    return splat.getSplatValue<APFloat>().convertToDouble() == value;
  if (auto intType = dyn_cast<IntegerType>(splat.getElementType())) {
    APInt v = splat.getSplatValue<APInt>();
    return double(intType.isUnsigned() ? int64_t(v.getZExtValue())
                                       : v.getSExtValue()) == value;
  }
  return false;
}
