//===- ElementwiseOps.cpp - OV elementwise ops ----------------------------===//

#include "ovmlir/Dialect/OV/IR/ConstantFolding.h"
#include "ovmlir/Dialect/OV/IR/OVOps.h"

#include "mlir/IR/Builders.h"
#include "llvm/ADT/APSInt.h"

using namespace mlir;
using namespace mlir::ov;

#define GET_OP_CLASSES
#include "ovmlir/Dialect/OV/IR/OVElementwiseOps.cpp.inc"

//===----------------------------------------------------------------------===//
// Unary ops
//===----------------------------------------------------------------------===//

LogicalResult ClampOp::verify() {
  if (getMin().convertToDouble() > getMax().convertToDouble())
    return emitOpError("min (")
           << getMin().convertToDouble() << ") must not exceed max ("
           << getMax().convertToDouble() << ")";
  return success();
}

/// True for a tensor type holding exactly one element (rank 0, or all dims 1).
static bool isSingleElement(Type type) {
  auto ranked = dyn_cast<RankedTensorType>(type);
  if (!ranked)
    return true; // Unknown until shapes are known.
  return llvm::all_of(ranked.getShape(), [](int64_t d) {
    return d == 1 || ShapedType::isDynamic(d);
  });
}

LogicalResult SwishOp::verify() {
  if (getBeta() && !isSingleElement(getBeta().getType()))
    return emitOpError("beta must be a scalar, got ") << getBeta().getType();
  if (getBeta() &&
      getElementType(getBeta().getType()) != getElementType(getType()))
    return emitOpError("beta must have the input's element type");
  return success();
}

LogicalResult PReluOp::verify() {
  Type dataType = getData().getType(), slopeType = getSlope().getType();
  if (getElementType(dataType) != getElementType(slopeType))
    return emitOpError("slope must have the data's element type");
  auto data = dyn_cast<RankedTensorType>(dataType);
  auto slope = dyn_cast<RankedTensorType>(slopeType);
  if (!data || !slope)
    return success();
  // A 1-D slope may match the channel dimension (dimension 1).
  if (slope.getRank() == 1 && data.getRank() >= 2) {
    int64_t channels = data.getDimSize(1), size = slope.getDimSize(0);
    if (ShapedType::isDynamic(channels) || ShapedType::isDynamic(size) ||
        size == channels || size == 1)
      return success();
  }
  // Otherwise the slope must broadcast (numpy) to the data's shape.
  ShapeDiag quiet(std::nullopt);
  FailureOr<ShapeExpr> shape =
      broadcastShapes(quiet, ShapeExpr::fromType(data),
                      ShapeExpr::fromType(slope), AutoBroadcastType::numpy);
  if (failed(shape) || shape->getRank() != data.getRank() ||
      !refineType(shape->toTensorType(data.getElementType()), data))
    return emitOpError("slope of type ")
           << slope << " neither broadcasts to the data type " << data
           << " nor matches its channel dimension";
  return success();
}

LogicalResult ConvertOp::inferReturnTypes(MLIRContext *,
                                          std::optional<Location>,
                                          Adaptor adaptor,
                                          SmallVectorImpl<Type> &inferred) {
  inferred.push_back(ShapeExpr::fromType(adaptor.getInput().getType())
                         .toTensorType(adaptor.getDestinationType()));
  return success();
}

/// Converts one element to `to`, with OpenVINO's Convert semantics.
static std::optional<Attribute> convertElement(Attribute value, Type to) {
  if (auto floatAttr = dyn_cast<FloatAttr>(value)) {
    APFloat f = floatAttr.getValue();
    if (auto toFloat = dyn_cast<FloatType>(to)) {
      bool losesInfo;
      f.convert(toFloat.getFloatSemantics(), APFloat::rmNearestTiesToEven,
                &losesInfo);
      return FloatAttr::get(to, f);
    }
    auto toInt = cast<IntegerType>(to);
    if (toInt.getWidth() == 1)
      return IntegerAttr::get(to, APInt(1, !f.isZero()));
    APSInt result(toInt.getWidth(), toInt.isUnsigned());
    bool isExact;
    // Saturating, rounding towards zero.
    f.convertToInteger(result, APFloat::rmTowardZero, &isExact);
    return IntegerAttr::get(to, result);
  }
  auto intAttr = dyn_cast<IntegerAttr>(value);
  if (!intAttr)
    return std::nullopt;
  auto fromInt = cast<IntegerType>(intAttr.getType());
  APInt v = intAttr.getValue();
  if (auto toFloat = dyn_cast<FloatType>(to)) {
    APFloat f(toFloat.getFloatSemantics());
    f.convertFromAPInt(v, /*IsSigned=*/!fromInt.isUnsigned() &&
                              fromInt.getWidth() != 1,
                       APFloat::rmNearestTiesToEven);
    return FloatAttr::get(to, f);
  }
  auto toInt = cast<IntegerType>(to);
  if (toInt.getWidth() == 1)
    return IntegerAttr::get(to, APInt(1, !v.isZero()));
  bool signExtend = !fromInt.isUnsigned() && fromInt.getWidth() != 1;
  return IntegerAttr::get(to, signExtend ? v.sextOrTrunc(toInt.getWidth())
                                         : v.zextOrTrunc(toInt.getWidth()));
}

OpFoldResult ConvertOp::fold(FoldAdaptor adaptor) {
  if (getInput().getType() == getType())
    return getInput();
  DenseElementsAttr input = getFoldableElements(adaptor.getInput());
  auto type = dyn_cast<RankedTensorType>(getType());
  if (!input || !type || !type.hasStaticShape())
    return {};
  Type to = type.getElementType();
  if (!isa<FloatType, IntegerType>(to) ||
      !isa<FloatType, IntegerType>(input.getElementType()))
    return {};
  SmallVector<Attribute> results;
  for (Attribute element : input.getValues<Attribute>()) {
    std::optional<Attribute> converted = convertElement(element, to);
    if (!converted)
      return {};
    results.push_back(*converted);
    if (input.isSplat())
      return DenseElementsAttr::get(type, *converted);
  }
  return DenseElementsAttr::get(type, results);
}

OpFoldResult NegativeOp::fold(FoldAdaptor adaptor) {
  DenseElementsAttr input = getFoldableElements(adaptor.getInput());
  auto type = dyn_cast<RankedTensorType>(getType());
  if (!input || !type || !type.hasStaticShape() || input.getType() != type)
    return {};
  Type element = type.getElementType();
  if (auto intType = dyn_cast<IntegerType>(element)) {
    if (intType.getWidth() == 1)
      return {};
    return input.mapValues(element, [](const APInt &v) { return -v; });
  }
  if (isa<FloatType>(element))
    return input.mapValues(element, [](const APFloat &v) {
      APFloat r = v;
      r.changeSign();
      return r.bitcastToAPInt();
    });
  return {};
}

//===----------------------------------------------------------------------===//
// Binary ops
//===----------------------------------------------------------------------===//

/// `x op c` folds to `x` when c is the neutral splat and no broadcast happens.
static OpFoldResult foldNeutral(Value lhs, Attribute rhs, Type resultType,
                                double neutral) {
  if (lhs.getType() == resultType && isSplatValue(rhs, neutral))
    return lhs;
  return {};
}

OpFoldResult AddOp::fold(FoldAdaptor adaptor) {
  if (OpFoldResult same = foldNeutral(getLhs(), adaptor.getRhs(), getType(), 0))
    return same;
  return foldBinaryElementwise(
      adaptor.getLhs(), adaptor.getRhs(), getType(),
      [](const APInt &a, const APInt &b) -> std::optional<APInt> {
        return a + b;
      },
      [](const APFloat &a, const APFloat &b) -> std::optional<APFloat> {
        return a + b;
      });
}

OpFoldResult SubtractOp::fold(FoldAdaptor adaptor) {
  if (OpFoldResult same = foldNeutral(getLhs(), adaptor.getRhs(), getType(), 0))
    return same;
  return foldBinaryElementwise(
      adaptor.getLhs(), adaptor.getRhs(), getType(),
      [](const APInt &a, const APInt &b) -> std::optional<APInt> {
        return a - b;
      },
      [](const APFloat &a, const APFloat &b) -> std::optional<APFloat> {
        return a - b;
      });
}

OpFoldResult MultiplyOp::fold(FoldAdaptor adaptor) {
  if (OpFoldResult same = foldNeutral(getLhs(), adaptor.getRhs(), getType(), 1))
    return same;
  return foldBinaryElementwise(
      adaptor.getLhs(), adaptor.getRhs(), getType(),
      [](const APInt &a, const APInt &b) -> std::optional<APInt> {
        return a * b;
      },
      [](const APFloat &a, const APFloat &b) -> std::optional<APFloat> {
        return a * b;
      });
}

OpFoldResult DivideOp::fold(FoldAdaptor adaptor) {
  if (OpFoldResult same = foldNeutral(getLhs(), adaptor.getRhs(), getType(), 1))
    return same;
  bool unsignedInt = getElementType(getType()).isUnsignedInteger();
  bool pythonDiv = getMPythondiv();
  return foldBinaryElementwise(
      adaptor.getLhs(), adaptor.getRhs(), getType(),
      [&](const APInt &a, const APInt &b) -> std::optional<APInt> {
        if (b.isZero())
          return std::nullopt;
        if (unsignedInt)
          return a.udiv(b);
        if (a.isMinSignedValue() && b.isAllOnes())
          return std::nullopt; // Overflows.
        return pythonDiv
                   ? llvm::APIntOps::RoundingSDiv(a, b, APInt::Rounding::DOWN)
                   : a.sdiv(b);
      },
      [](const APFloat &a, const APFloat &b) -> std::optional<APFloat> {
        return a / b;
      });
}

OpFoldResult MaximumOp::fold(FoldAdaptor adaptor) {
  bool unsignedInt = getElementType(getType()).isUnsignedInteger();
  return foldBinaryElementwise(
      adaptor.getLhs(), adaptor.getRhs(), getType(),
      [&](const APInt &a, const APInt &b) -> std::optional<APInt> {
        if (unsignedInt)
          return llvm::APIntOps::umax(a, b);
        return llvm::APIntOps::smax(a, b);
      },
      [](const APFloat &a, const APFloat &b) -> std::optional<APFloat> {
        return llvm::maximum(a, b);
      });
}

OpFoldResult MinimumOp::fold(FoldAdaptor adaptor) {
  bool unsignedInt = getElementType(getType()).isUnsignedInteger();
  return foldBinaryElementwise(
      adaptor.getLhs(), adaptor.getRhs(), getType(),
      [&](const APInt &a, const APInt &b) -> std::optional<APInt> {
        if (unsignedInt)
          return llvm::APIntOps::umin(a, b);
        return llvm::APIntOps::smin(a, b);
      },
      [](const APFloat &a, const APFloat &b) -> std::optional<APFloat> {
        return llvm::minimum(a, b);
      });
}

/// Equal of integer constants (shape computations: Swin-T compares a
/// shape with a constant to choose its window's expansion).
OpFoldResult EqualOp::fold(FoldAdaptor adaptor) {
  return foldBinaryElementwise(
      adaptor.getLhs(), adaptor.getRhs(), getType(),
      [](const APInt &a, const APInt &b) -> std::optional<APInt> {
        return APInt(1, a == b);
      },
      nullptr);
}

//===----------------------------------------------------------------------===//
// Select
//===----------------------------------------------------------------------===//

LogicalResult SelectOp::inferReturnTypes(MLIRContext *,
                                         std::optional<Location> loc,
                                         Adaptor adaptor,
                                         SmallVectorImpl<Type> &inferred) {
  ShapeDiag diag(loc);
  Type thenType = adaptor.getThenValue().getType();
  Type elseType = adaptor.getElseValue().getType();
  if (getElementType(thenType) != getElementType(elseType))
    return diag.fail("then and else values must have the same element type");
  AutoBroadcastType mode = adaptor.getAutoBroadcast();
  ShapeExpr cond = ShapeExpr::fromType(adaptor.getCond().getType());
  FailureOr<ShapeExpr> values = broadcastShapes(
      diag, ShapeExpr::fromType(thenType), ShapeExpr::fromType(elseType), mode);
  if (failed(values))
    return failure();
  // numpy: all three broadcast together; pdpd: cond broadcasts into the
  // values' shape; none: all three are equal.
  FailureOr<ShapeExpr> shape = mode == AutoBroadcastType::pdpd
                                   ? broadcastShapes(diag, *values, cond, mode)
                                   : broadcastShapes(diag, cond, *values, mode);
  if (failed(shape))
    return failure();
  inferred.push_back(shape->toTensorType(getElementType(thenType)));
  return success();
}

/// A select of constants with one shape (the values chosen element by
/// element), or one whose condition is a splat (that value).
OpFoldResult SelectOp::fold(FoldAdaptor adaptor) {
  DenseElementsAttr cond = getFoldableElements(adaptor.getCond());
  if (!cond)
    return {};
  if (cond.isSplat()) {
    Value chosen = cond.getSplatValue<bool>() ? getThenValue() : getElseValue();
    if (chosen.getType() == getType())
      return chosen;
  }
  DenseElementsAttr thenValue = getFoldableElements(adaptor.getThenValue());
  DenseElementsAttr elseValue = getFoldableElements(adaptor.getElseValue());
  auto type = dyn_cast<RankedTensorType>(getType());
  if (!thenValue || !elseValue || !type || !type.hasStaticShape() ||
      cond.getType().getShape() != type.getShape() ||
      thenValue.getType().getShape() != type.getShape() ||
      elseValue.getType().getShape() != type.getShape())
    return {};
  SmallVector<Attribute> values;
  for (auto [pick, a, b] :
       llvm::zip(cond.getValues<bool>(), thenValue.getValues<Attribute>(),
                 elseValue.getValues<Attribute>()))
    values.push_back(pick ? a : b);
  return DenseElementsAttr::get(type, values);
}
