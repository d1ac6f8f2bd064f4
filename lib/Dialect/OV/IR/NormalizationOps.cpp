//===- NormalizationOps.cpp - OV softmax, normalization, attention ops ---===//
//
// Type inference wraps the shape functions of NormalizationShapes.h and
// checks operand ranks and element types. Mod and FloorMod fold small
// constants.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Dialect/OV/IR/ConstantFolding.h"
#include "ovmlir/Dialect/OV/IR/NormalizationShapes.h"
#include "ovmlir/Dialect/OV/IR/OVOps.h"

#include "mlir/IR/Builders.h"

using namespace mlir;
using namespace mlir::ov;

/// Shared by Mod and FloorMod (see OV_RemainderOp in the .td file): the
/// binary elementwise rule of OV_BinaryOp.
#define GET_OP_CLASSES
#include "ovmlir/Dialect/OV/IR/OVNormalizationOps.cpp.inc"

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

static std::string typeToString(Type type) {
  std::string s;
  llvm::raw_string_ostream os(s);
  os << type;
  return s;
}

/// Appends the tensor type of `shape` (if inferred) to `inferred`.
static LogicalResult pushShape(FailureOr<ShapeExpr> shape, Type elementType,
                               SmallVectorImpl<Type> &inferred) {
  if (failed(shape))
    return failure();
  inferred.push_back(shape->toTensorType(elementType));
  return success();
}

/// Fails unless `value` has the element type `expected` (the one of
/// `reference`, named in the message).
static LogicalResult checkElementType(const ShapeDiag &diag, Value value,
                                      StringRef name, Type expected,
                                      StringRef reference) {
  Type actual = getElementType(value.getType());
  if (actual != expected)
    return diag.fail(name + " must have the " + reference + "'s element type " +
                     typeToString(expected) + ", got " + typeToString(actual));
  return success();
}

/// Fails unless `type` has rank <= `maxRank` (when ranked).
static LogicalResult checkMaxRank(const ShapeDiag &diag, Type type,
                                  StringRef name, int64_t maxRank,
                                  StringRef what) {
  auto ranked = dyn_cast<RankedTensorType>(type);
  if (ranked && ranked.getRank() > maxRank)
    return diag.fail(name + " must be " + what + ", got " + typeToString(type));
  return success();
}

template <typename T>
static std::optional<ArrayRef<T>>
asRef(const std::optional<SmallVector<T>> &values) {
  if (!values)
    return std::nullopt;
  return ArrayRef<T>(*values);
}

//===----------------------------------------------------------------------===//
// Softmax and LogSoftmax
//===----------------------------------------------------------------------===//

LogicalResult SoftmaxOp::inferReturnTypes(MLIRContext *,
                                          std::optional<Location> loc,
                                          Adaptor adaptor,
                                          SmallVectorImpl<Type> &inferred) {
  Type type = adaptor.getInput().getType();
  return pushShape(inferSoftmaxShape(ShapeDiag(loc), ShapeExpr::fromType(type),
                                     adaptor.getAxis()),
                   getElementType(type), inferred);
}

LogicalResult LogSoftmaxOp::inferReturnTypes(MLIRContext *,
                                             std::optional<Location> loc,
                                             Adaptor adaptor,
                                             SmallVectorImpl<Type> &inferred) {
  Type type = adaptor.getInput().getType();
  return pushShape(inferSoftmaxShape(ShapeDiag(loc), ShapeExpr::fromType(type),
                                     adaptor.getAxis()),
                   getElementType(type), inferred);
}

//===----------------------------------------------------------------------===//
// BatchNormInference
//===----------------------------------------------------------------------===//

LogicalResult BatchNormInferenceOp::inferReturnTypes(
    MLIRContext *, std::optional<Location> loc, Adaptor adaptor,
    SmallVectorImpl<Type> &inferred) {
  ShapeDiag diag(loc);
  Type elementType = getElementType(adaptor.getData().getType());
  std::pair<StringRef, Value> perChannel[] = {
      {"gamma", adaptor.getGamma()},
      {"beta", adaptor.getBeta()},
      {"mean", adaptor.getMean()},
      {"variance", adaptor.getVariance()}};
  for (auto [name, value] : perChannel)
    if (failed(checkElementType(diag, value, name, elementType, "data")))
      return failure();
  auto shapeOf = [](Value v) { return ShapeExpr::fromType(v.getType()); };
  return pushShape(inferBatchNormInferenceShape(
                       diag, shapeOf(adaptor.getData()),
                       shapeOf(adaptor.getGamma()), shapeOf(adaptor.getBeta()),
                       shapeOf(adaptor.getMean()),
                       shapeOf(adaptor.getVariance())),
                   elementType, inferred);
}

LogicalResult BatchNormInferenceOp::verify() {
  double epsilon = getEpsilon().convertToDouble();
  if (!(epsilon >= 0))
    return emitOpError("epsilon must be non-negative, got ") << epsilon;
  return success();
}

//===----------------------------------------------------------------------===//
// MVN and NormalizeL2
//===----------------------------------------------------------------------===//

LogicalResult MVNOp::inferReturnTypes(MLIRContext *,
                                      std::optional<Location> loc,
                                      Adaptor adaptor,
                                      SmallVectorImpl<Type> &inferred) {
  ShapeDiag diag(loc);
  Type axesType = adaptor.getAxes().getType();
  auto rankedAxes = dyn_cast<RankedTensorType>(axesType);
  if (rankedAxes && rankedAxes.getRank() != 1)
    return diag.fail("axes must be a 1-D tensor, got " +
                     typeToString(axesType));
  Type type = adaptor.getData().getType();
  return pushShape(inferReductionAxesNormShape(
                       diag, ShapeExpr::fromType(type),
                       asRef(getConstantIntValues(adaptor.getAxes()))),
                   getElementType(type), inferred);
}

LogicalResult NormalizeL2Op::inferReturnTypes(MLIRContext *,
                                              std::optional<Location> loc,
                                              Adaptor adaptor,
                                              SmallVectorImpl<Type> &inferred) {
  ShapeDiag diag(loc);
  if (failed(checkMaxRank(diag, adaptor.getAxes().getType(), "axes", 1,
                          "a scalar or a 1-D tensor")))
    return failure();
  Type type = adaptor.getData().getType();
  return pushShape(inferReductionAxesNormShape(
                       diag, ShapeExpr::fromType(type),
                       asRef(getConstantIntValues(adaptor.getAxes()))),
                   getElementType(type), inferred);
}

//===----------------------------------------------------------------------===//
// ScaledDotProductAttention
//===----------------------------------------------------------------------===//

LogicalResult ScaledDotProductAttentionOp::inferReturnTypes(
    MLIRContext *, std::optional<Location> loc, Adaptor adaptor,
    SmallVectorImpl<Type> &inferred) {
  ShapeDiag diag(loc);
  Type elementType = getElementType(adaptor.getQuery().getType());
  if (failed(checkElementType(diag, adaptor.getKey(), "key", elementType,
                              "query")) ||
      failed(checkElementType(diag, adaptor.getValue(), "value", elementType,
                              "query")))
    return failure();
  std::optional<ShapeExpr> mask;
  if (Value maskValue = adaptor.getAttentionMask()) {
    Type maskElementType = getElementType(maskValue.getType());
    if (maskElementType != elementType && !maskElementType.isInteger(1))
      return diag.fail("attention_mask must be boolean (i1) or have the "
                       "query's element type " +
                       typeToString(elementType) + ", got " +
                       typeToString(maskElementType));
    // With causal set, OpenVINO ignores the mask.
    if (!adaptor.getCausal())
      mask = ShapeExpr::fromType(maskValue.getType());
  }
  if (Value scale = adaptor.getScale()) {
    if (failed(checkElementType(diag, scale, "scale", elementType, "query")))
      return failure();
    auto ranked = dyn_cast<RankedTensorType>(scale.getType());
    if (ranked && (ranked.getRank() > 1 ||
                   (ranked.getRank() == 1 && ranked.getDimSize(0) != 1 &&
                    !ranked.isDynamicDim(0))))
      return diag.fail("scale must be a scalar or have 1 element, got " +
                       typeToString(ranked));
  }
  auto shapeOf = [](Value v) { return ShapeExpr::fromType(v.getType()); };
  return pushShape(inferScaledDotProductAttentionShape(
                       diag, shapeOf(adaptor.getQuery()),
                       shapeOf(adaptor.getKey()), shapeOf(adaptor.getValue()),
                       mask ? &*mask : nullptr),
                   elementType, inferred);
}

//===----------------------------------------------------------------------===//
// Mod and FloorMod
//===----------------------------------------------------------------------===//

OpFoldResult ModOp::fold(FoldAdaptor adaptor) {
  bool unsignedInt = getElementType(getType()).isUnsignedInteger();
  return foldBinaryElementwise(
      adaptor.getLhs(), adaptor.getRhs(), getType(),
      [&](const APInt &a, const APInt &b) -> std::optional<APInt> {
        if (b.isZero())
          return std::nullopt;
        // srem keeps the dividend's sign (and gives 0 for INT_MIN % -1).
        return unsignedInt ? a.urem(b) : a.srem(b);
      },
      [](const APFloat &a, const APFloat &b) -> std::optional<APFloat> {
        if (b.isZero())
          return std::nullopt;
        APFloat r = a;
        r.mod(b); // fmod: truncated, sign of the dividend.
        return r;
      });
}

OpFoldResult FloorModOp::fold(FoldAdaptor adaptor) {
  bool unsignedInt = getElementType(getType()).isUnsignedInteger();
  return foldBinaryElementwise(
      adaptor.getLhs(), adaptor.getRhs(), getType(),
      [&](const APInt &a, const APInt &b) -> std::optional<APInt> {
        if (b.isZero())
          return std::nullopt;
        if (unsignedInt)
          return a.urem(b);
        APInt r = a.srem(b);
        if (!r.isZero() && r.isNegative() != b.isNegative())
          r += b;
        return r;
      },
      [](const APFloat &a, const APFloat &b) -> std::optional<APFloat> {
        if (b.isZero())
          return std::nullopt;
        APFloat r = a;
        r.mod(b);
        if (r.isZero())
          return APFloat::getZero(r.getSemantics()); // +0, as x - y*floor(x/y)
        if (r.isNegative() != b.isNegative())
          r = r + b;
        return r;
      });
}
