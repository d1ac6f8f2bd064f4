//===- NNOps.cpp - OV convolution, pooling, matmul, interpolation ops -----===//
//
// Type inference wraps the shape functions of NNShapes.h and checks
// element types and the ranks of the shape-like inputs.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Dialect/OV/IR/NNShapes.h"
#include "ovmlir/Dialect/OV/IR/OVOps.h"

#include "mlir/IR/Builders.h"

using namespace mlir;
using namespace mlir::ov;

#define GET_OP_CLASSES
#include "ovmlir/Dialect/OV/IR/OVNNOps.cpp.inc"

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

static std::string typeToString(Type type) {
  std::string s;
  llvm::raw_string_ostream os(s);
  os << type;
  return s;
}

static ShapeExpr shapeOf(Value value) {
  return ShapeExpr::fromType(value.getType());
}

/// Appends the tensor type of `shape` (if inferred) to `inferred`.
static LogicalResult pushShape(FailureOr<ShapeExpr> shape, Type elementType,
                               SmallVectorImpl<Type> &inferred) {
  if (failed(shape))
    return failure();
  inferred.push_back(shape->toTensorType(elementType));
  return success();
}

/// Fails unless `value` has the element type of `reference`.
static LogicalResult checkSameElementType(const ShapeDiag &diag, Value value,
                                          StringRef name, Value reference,
                                          StringRef referenceName) {
  Type expected = getElementType(reference.getType());
  Type actual = getElementType(value.getType());
  if (actual != expected)
    return diag.fail(name + " must have the element type of " + referenceName +
                     " (" + typeToString(expected) + "), got " +
                     typeToString(actual));
  return success();
}

/// Fails unless `value` is a 1-D tensor (when ranked).
static LogicalResult check1D(const ShapeDiag &diag, Value value,
                             StringRef name) {
  auto ranked = dyn_cast<RankedTensorType>(value.getType());
  if (ranked && ranked.getRank() != 1)
    return diag.fail(name + " must be a 1-D tensor, got " +
                     typeToString(ranked));
  return success();
}

/// The number of elements of a 1-D tensor when static.
static std::optional<int64_t> staticCount(Value value) {
  auto ranked = dyn_cast<RankedTensorType>(value.getType());
  if (!ranked || ranked.getRank() != 1 || ranked.isDynamicDim(0))
    return std::nullopt;
  return ranked.getDimSize(0);
}

/// The values of a constant integer input as dimensions.
static std::optional<SmallVector<DimExpr>> constantDims(Value value) {
  std::optional<SmallVector<int64_t>> values = getConstantIntValues(value);
  if (!values)
    return std::nullopt;
  return llvm::map_to_vector(*values, [](int64_t v) { return DimExpr(v); });
}

template <typename T>
static std::optional<ArrayRef<T>>
asRef(const std::optional<SmallVector<T>> &values) {
  if (!values)
    return std::nullopt;
  return ArrayRef<T>(*values);
}

//===----------------------------------------------------------------------===//
// Convolutions
//===----------------------------------------------------------------------===//

template <typename Adaptor> static WindowAttrs getWindow(Adaptor adaptor) {
  return WindowAttrs{adaptor.getStrides(), adaptor.getPadsBegin(),
                     adaptor.getPadsEnd(), adaptor.getDilations(),
                     adaptor.getAutoPad()};
}

LogicalResult ConvolutionOp::inferReturnTypes(MLIRContext *,
                                              std::optional<Location> loc,
                                              Adaptor adaptor,
                                              SmallVectorImpl<Type> &inferred) {
  ShapeDiag diag(loc);
  if (failed(checkSameElementType(diag, adaptor.getFilter(), "filter",
                                  adaptor.getData(), "data")))
    return failure();
  return pushShape(inferConvolutionShape(diag, shapeOf(adaptor.getData()),
                                         shapeOf(adaptor.getFilter()),
                                         getWindow(adaptor)),
                   getElementType(adaptor.getData().getType()), inferred);
}

LogicalResult
GroupConvolutionOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                     Adaptor adaptor,
                                     SmallVectorImpl<Type> &inferred) {
  ShapeDiag diag(loc);
  if (failed(checkSameElementType(diag, adaptor.getFilter(), "filter",
                                  adaptor.getData(), "data")))
    return failure();
  return pushShape(inferGroupConvolutionShape(diag, shapeOf(adaptor.getData()),
                                              shapeOf(adaptor.getFilter()),
                                              getWindow(adaptor)),
                   getElementType(adaptor.getData().getType()), inferred);
}

LogicalResult ConvolutionBackpropDataOp::inferReturnTypes(
    MLIRContext *, std::optional<Location> loc, Adaptor adaptor,
    SmallVectorImpl<Type> &inferred) {
  ShapeDiag diag(loc);
  if (failed(checkSameElementType(diag, adaptor.getFilter(), "filter",
                                  adaptor.getData(), "data")))
    return failure();
  Value outputShape = adaptor.getOutputShape();
  std::optional<SmallVector<DimExpr>> outputDims;
  std::optional<int64_t> outputCount;
  if (outputShape) {
    if (failed(check1D(diag, outputShape, "output_shape")))
      return failure();
    outputDims = constantDims(outputShape);
    outputCount = staticCount(outputShape);
  }
  ArrayRef<int64_t> outputPadding;
  if (std::optional<ArrayRef<int64_t>> padding = adaptor.getOutputPadding())
    outputPadding = *padding;
  return pushShape(inferConvolutionBackpropDataShape(
                       diag, shapeOf(adaptor.getData()),
                       shapeOf(adaptor.getFilter()), outputShape != nullptr,
                       asRef(outputDims), outputCount, getWindow(adaptor),
                       outputPadding),
                   getElementType(adaptor.getData().getType()), inferred);
}

//===----------------------------------------------------------------------===//
// MatMul
//===----------------------------------------------------------------------===//

LogicalResult MatMulOp::inferReturnTypes(MLIRContext *,
                                         std::optional<Location> loc,
                                         Adaptor adaptor,
                                         SmallVectorImpl<Type> &inferred) {
  ShapeDiag diag(loc);
  if (failed(
          checkSameElementType(diag, adaptor.getB(), "b", adaptor.getA(), "a")))
    return failure();
  return pushShape(
      inferMatMulShape(diag, shapeOf(adaptor.getA()), shapeOf(adaptor.getB()),
                       adaptor.getTransposeA(), adaptor.getTransposeB()),
      getElementType(adaptor.getA().getType()), inferred);
}

//===----------------------------------------------------------------------===//
// Pooling
//===----------------------------------------------------------------------===//

LogicalResult MaxPoolOp::inferReturnTypes(MLIRContext *,
                                          std::optional<Location> loc,
                                          Adaptor adaptor,
                                          SmallVectorImpl<Type> &inferred) {
  ShapeDiag diag(loc);
  Type indexType = adaptor.getIndexElementType();
  if (!indexType.isInteger(32) && !indexType.isInteger(64))
    return diag.fail("index_element_type must be i32 or i64, got " +
                     typeToString(indexType));
  ShapeExpr data = shapeOf(adaptor.getData());
  if (data.hasRank() &&
      failed(normalizeAxis(diag, adaptor.getAxis(), data.getRank())))
    return failure();
  ArrayRef<int64_t> dilations;
  if (std::optional<ArrayRef<int64_t>> value = adaptor.getDilations())
    dilations = *value;
  WindowAttrs window{adaptor.getStrides(), adaptor.getPadsBegin(),
                     adaptor.getPadsEnd(), dilations, adaptor.getAutoPad()};
  FailureOr<ShapeExpr> shape = inferPoolShape(
      diag, data, adaptor.getKernel(), window, adaptor.getRoundingType());
  if (failed(shape))
    return failure();
  inferred.push_back(
      shape->toTensorType(getElementType(adaptor.getData().getType())));
  inferred.push_back(shape->toTensorType(indexType));
  return success();
}

LogicalResult AvgPoolOp::inferReturnTypes(MLIRContext *,
                                          std::optional<Location> loc,
                                          Adaptor adaptor,
                                          SmallVectorImpl<Type> &inferred) {
  WindowAttrs window{adaptor.getStrides(),
                     adaptor.getPadsBegin(),
                     adaptor.getPadsEnd(),
                     {},
                     adaptor.getAutoPad()};
  return pushShape(inferPoolShape(ShapeDiag(loc), shapeOf(adaptor.getData()),
                                  adaptor.getKernel(), window,
                                  adaptor.getRoundingType(),
                                  adaptor.getExcludePad()),
                   getElementType(adaptor.getData().getType()), inferred);
}

//===----------------------------------------------------------------------===//
// Interpolate
//===----------------------------------------------------------------------===//

/// Shared by Interpolate-4 and Interpolate-11: `target` is the sizes or
/// scales input that `shape_calculation_mode` selects.
template <typename Adaptor>
static LogicalResult
inferInterpolateTypes(const ShapeDiag &diag, Adaptor adaptor, Value target,
                      StringRef targetName, SmallVectorImpl<Type> &inferred) {
  Value axes = adaptor.getAxes();
  if (failed(check1D(diag, target, targetName)) ||
      (axes && failed(check1D(diag, axes, "axes"))))
    return failure();
  InterpolateTarget spec;
  spec.mode = adaptor.getShapeCalculationMode();
  spec.count = staticCount(target);
  std::optional<SmallVector<DimExpr>> sizes;
  std::optional<SmallVector<double>> scales;
  if (spec.mode == ShapeCalcMode::sizes) {
    sizes = constantDims(target);
    spec.sizes = asRef(sizes);
  } else {
    scales = getConstantFloatValues(target);
    spec.scales = asRef(scales);
  }
  std::optional<SmallVector<int64_t>> axesValues;
  if (axes)
    axesValues = getConstantIntValues(axes);
  return pushShape(inferInterpolateShape(diag, shapeOf(adaptor.getData()), spec,
                                         axes != nullptr, asRef(axesValues),
                                         adaptor.getPadsBegin(),
                                         adaptor.getPadsEnd()),
                   getElementType(adaptor.getData().getType()), inferred);
}

LogicalResult InterpolateOp::inferReturnTypes(MLIRContext *,
                                              std::optional<Location> loc,
                                              Adaptor adaptor,
                                              SmallVectorImpl<Type> &inferred) {
  ShapeDiag diag(loc);
  Value target = adaptor.getScalesOrSizes();
  Type elementType = getElementType(target.getType());
  if (adaptor.getShapeCalculationMode() == ShapeCalcMode::sizes &&
      !isa<IntegerType>(elementType))
    return diag.fail("scales_or_sizes must hold integer sizes when "
                     "shape_calculation_mode is sizes, got " +
                     typeToString(elementType));
  if (adaptor.getShapeCalculationMode() == ShapeCalcMode::scales &&
      !isa<FloatType>(elementType))
    return diag.fail("scales_or_sizes must hold float scales when "
                     "shape_calculation_mode is scales, got " +
                     typeToString(elementType));
  return inferInterpolateTypes(diag, adaptor, target, "scales_or_sizes",
                               inferred);
}

LogicalResult
InterpolateV4Op::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                  Adaptor adaptor,
                                  SmallVectorImpl<Type> &inferred) {
  InterpolateMode mode = adaptor.getMode();
  if (mode == InterpolateMode::bilinear_pillow ||
      mode == InterpolateMode::bicubic_pillow)
    return ShapeDiag(loc).fail("mode " + stringifyInterpolateMode(mode) +
                               " needs Interpolate-11 (ov.interpolate)");
  bool useSizes = adaptor.getShapeCalculationMode() == ShapeCalcMode::sizes;
  return inferInterpolateTypes(ShapeDiag(loc), adaptor,
                               useSizes ? adaptor.getSizes()
                                        : adaptor.getScales(),
                               useSizes ? "sizes" : "scales", inferred);
}

//===----------------------------------------------------------------------===//
// GridSample
//===----------------------------------------------------------------------===//

LogicalResult GridSampleOp::inferReturnTypes(MLIRContext *,
                                             std::optional<Location> loc,
                                             Adaptor adaptor,
                                             SmallVectorImpl<Type> &inferred) {
  return pushShape(inferGridSampleShape(ShapeDiag(loc),
                                        shapeOf(adaptor.getData()),
                                        shapeOf(adaptor.getGrid())),
                   getElementType(adaptor.getData().getType()), inferred);
}
