//===- IndexingOps.cpp - OV gather, scatter, slice and index ops ----------===//
//
// Type inference wraps the shape functions of IndexingShapes.h: it reads the
// constant inputs (axes, slice bounds, depth) and checks operand ranks and
// element types. Gather, StridedSlice and Slice fold small constants and
// ShapeOf results whose selected dimensions are static.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Dialect/OV/IR/ConstantFolding.h"
#include "ovmlir/Dialect/OV/IR/IndexingShapes.h"
#include "ovmlir/Dialect/OV/IR/OVOps.h"

#include "mlir/IR/Builders.h"

using namespace mlir;
using namespace mlir::ov;

#define GET_OP_CLASSES
#include "ovmlir/Dialect/OV/IR/OVIndexingOps.cpp.inc"

//===----------------------------------------------------------------------===//
// Operand helpers
//===----------------------------------------------------------------------===//

static std::string typeToString(Type type) {
  std::string s;
  llvm::raw_string_ostream os(s);
  os << type;
  return s;
}

template <typename T>
static std::optional<ArrayRef<T>>
asRef(const std::optional<SmallVector<T>> &values) {
  if (!values)
    return std::nullopt;
  return ArrayRef<T>(*values);
}

/// Fails unless `type` is a 1-D tensor (or of unknown rank).
static LogicalResult check1D(const ShapeDiag &diag, Type type, StringRef name) {
  auto ranked = dyn_cast<RankedTensorType>(type);
  if (ranked && ranked.getRank() != 1)
    return diag.fail(Twine(name) + " must be a 1-D tensor, got " +
                     typeToString(type));
  return success();
}

/// Fails unless `type` may hold exactly one element: rank 0, or a 1-D
/// tensor of one element.
static LogicalResult checkScalar(const ShapeDiag &diag, Type type,
                                 StringRef name) {
  auto ranked = dyn_cast<RankedTensorType>(type);
  if (ranked && (ranked.getRank() > 1 ||
                 (ranked.getRank() == 1 && !ranked.isDynamicDim(0) &&
                  ranked.getDimSize(0) != 1)))
    return diag.fail(Twine(name) +
                     " must be a scalar or a 1-element 1-D tensor, got " +
                     typeToString(type));
  return success();
}

/// The single value of a constant scalar operand.
static std::optional<int64_t> getConstantScalar(Value value) {
  std::optional<SmallVector<int64_t>> values = getConstantIntValues(value);
  if (!values || values->size() != 1)
    return std::nullopt;
  return values->front();
}

/// The static length of a 1-D operand.
static std::optional<int64_t> getLength(Value value) {
  auto ranked = dyn_cast<RankedTensorType>(value.getType());
  if (!ranked || ranked.getRank() != 1 || ranked.isDynamicDim(0))
    return std::nullopt;
  return ranked.getDimSize(0);
}

/// The common length of the 1-D operands `values` (null ones are absent),
/// failing when two static lengths differ.
static FailureOr<std::optional<int64_t>>
getCommonLength(const ShapeDiag &diag, ArrayRef<Value> values,
                ArrayRef<StringRef> names) {
  std::optional<int64_t> length;
  StringRef first;
  for (auto [value, name] : llvm::zip(values, names)) {
    if (!value)
      continue;
    std::optional<int64_t> l = getLength(value);
    if (!l)
      continue;
    if (length && *length != *l)
      return diag.fail(Twine(name) + " must have as many elements as " + first +
                       " (" + Twine(*length) + "), got " + Twine(*l));
    if (!length) {
      length = l;
      first = name;
    }
  }
  return length;
}

static Type getDataElementType(Value value) {
  return getElementType(value.getType());
}

/// Fails unless `value` has the element type of `reference`.
static LogicalResult checkSameElementType(const ShapeDiag &diag, Value value,
                                          StringRef name, Value reference,
                                          StringRef referenceName) {
  Type expected = getDataElementType(reference);
  Type actual = getDataElementType(value);
  if (expected != actual)
    return diag.fail(Twine(name) + " must have the element type of " +
                     referenceName + " (" + typeToString(expected) + "), got " +
                     typeToString(actual));
  return success();
}

/// Pushes the tensor type of `shape` or returns failure.
static LogicalResult pushShape(FailureOr<ShapeExpr> shape, Type elementType,
                               SmallVectorImpl<Type> &inferred) {
  if (failed(shape))
    return failure();
  inferred.push_back(shape->toTensorType(elementType));
  return success();
}

static ShapeExpr shapeOf(Value value) {
  return ShapeExpr::fromType(value.getType());
}

//===----------------------------------------------------------------------===//
// Folding helpers
//===----------------------------------------------------------------------===//

/// The result type a folder may build: static and small.
static RankedTensorType getFoldableResultType(Type type) {
  auto ranked = dyn_cast<RankedTensorType>(type);
  if (!ranked || !ranked.hasStaticShape() ||
      ranked.getNumElements() > kMaxFoldElements)
    return {};
  return ranked;
}

/// The values of a small constant integer attribute.
static std::optional<SmallVector<int64_t>> getIntValues(Attribute attr) {
  auto dense = dyn_cast_or_null<DenseIntElementsAttr>(attr);
  if (!dense || !getFoldableElements(dense))
    return std::nullopt;
  bool isUnsigned = dense.getElementType().isUnsignedInteger() ||
                    dense.getElementType().isInteger(1);
  SmallVector<int64_t> values;
  for (const APInt &v : dense.getValues<APInt>())
    values.push_back(isUnsigned ? int64_t(v.getZExtValue()) : v.getSExtValue());
  return values;
}

/// The static shape of a folder's data input: its type's, or [rank] for a
/// ShapeOf of a ranked tensor (whose selected entries may still be static).
static std::optional<SmallVector<int64_t>> getDataShape(Value data) {
  auto type = dyn_cast<RankedTensorType>(data.getType());
  if (type && type.hasStaticShape())
    return SmallVector<int64_t>(type.getShape());
  if (auto shapeOf = data.getDefiningOp<ShapeOfOp>())
    if (auto input = dyn_cast<RankedTensorType>(shapeOf.getInput().getType()))
      return SmallVector<int64_t>{input.getRank()};
  return std::nullopt;
}

/// A constant of `type` whose elements are data's elements at the row-major
/// positions `map`. Data is a small constant (`dataAttr`) or a ShapeOf whose
/// selected dimensions are all static.
static OpFoldResult foldGathered(Value data, Attribute dataAttr,
                                 ArrayRef<int64_t> map, RankedTensorType type) {
  if (int64_t(map.size()) != type.getNumElements())
    return {};
  if (DenseElementsAttr elements = getFoldableElements(dataAttr)) {
    if (elements.getElementType() != type.getElementType())
      return {};
    if (elements.isSplat())
      return DenseElementsAttr::get(type, elements.getSplatValue<Attribute>());
    auto values = elements.getValues<Attribute>();
    SmallVector<Attribute> results;
    results.reserve(map.size());
    for (int64_t i : map) {
      if (i < 0 || i >= elements.getNumElements())
        return {};
      results.push_back(values[i]);
    }
    return DenseElementsAttr::get(type, results);
  }
  auto shapeOf = data.getDefiningOp<ShapeOfOp>();
  if (!shapeOf || !isa<IntegerType>(type.getElementType()))
    return {};
  auto input = dyn_cast<RankedTensorType>(shapeOf.getInput().getType());
  if (!input)
    return {};
  unsigned width = type.getElementType().getIntOrFloatBitWidth();
  SmallVector<APInt> results;
  for (int64_t i : map) {
    if (i < 0 || i >= input.getRank() || input.isDynamicDim(i))
      return {};
    results.push_back(APInt(width, input.getDimSize(i), /*isSigned=*/true));
  }
  return DenseElementsAttr::get(type, results);
}

/// Row-major strides of `shape`.
static SmallVector<int64_t> getStrides(ArrayRef<int64_t> shape) {
  SmallVector<int64_t> strides(shape.size(), 1);
  for (int64_t i = int64_t(shape.size()) - 2; i >= 0; --i)
    strides[i] = strides[i + 1] * shape[i + 1];
  return strides;
}

/// Advances the row-major multi-index `index` within `shape`.
static void advance(MutableArrayRef<int64_t> index, ArrayRef<int64_t> shape) {
  for (int64_t d = int64_t(shape.size()) - 1; d >= 0; --d) {
    if (++index[d] < shape[d])
      return;
    index[d] = 0;
  }
}

/// The static shape as a ShapeExpr.
static ShapeExpr toShapeExpr(ArrayRef<int64_t> shape) {
  return ShapeExpr(
      llvm::map_to_vector(shape, [](int64_t d) { return DimExpr(d); }));
}

/// The row-major source positions of a slice plan over `dataShape`, or
/// std::nullopt when some bound is not constant.
static std::optional<SmallVector<int64_t>>
getSliceMap(const SlicePlan &plan, ArrayRef<int64_t> dataShape) {
  SmallVector<int64_t> starts, sizes, steps;
  int64_t count = 1;
  for (const DimSlice &d : plan.dims) {
    if (!d.start.isConstant() || !d.size.isConstant() || !d.step)
      return std::nullopt;
    starts.push_back(d.start.getConstant());
    sizes.push_back(d.size.getConstant());
    steps.push_back(*d.step);
    count *= sizes.back();
  }
  if (count > kMaxFoldElements)
    return std::nullopt;
  SmallVector<int64_t> strides = getStrides(dataShape);
  SmallVector<int64_t> map, index(sizes.size(), 0);
  map.reserve(count);
  for (int64_t n = 0; n < count; ++n) {
    int64_t linear = 0;
    for (size_t d = 0; d < sizes.size(); ++d)
      linear += (starts[d] + index[d] * steps[d]) * strides[d];
    map.push_back(linear);
    advance(index, sizes);
  }
  return map;
}

/// True when the plan takes every dimension whole and in order.
static bool isIdentityPlan(const SlicePlan &plan, ShapedType dataType) {
  for (auto [d, size] : llvm::zip(plan.dims, dataType.getShape()))
    if (!d.start.isConstant(0) || d.step != 1 || !d.size.isConstant(size))
      return false;
  return true;
}

/// Folds a slice given its plan over the static data shape.
static OpFoldResult foldSlice(Value data, Attribute dataAttr, Type resultType,
                              FailureOr<SlicePlan> plan,
                              ArrayRef<int64_t> dataShape) {
  if (failed(plan) || !plan->output.hasRank())
    return {};
  auto dataType = dyn_cast<RankedTensorType>(data.getType());
  if (dataType && dataType.hasStaticShape() && dataType == resultType &&
      isIdentityPlan(*plan, dataType))
    return data;
  RankedTensorType type = getFoldableResultType(resultType);
  if (!type)
    return {};
  std::optional<SmallVector<int64_t>> map = getSliceMap(*plan, dataShape);
  if (!map)
    return {};
  return foldGathered(data, dataAttr, *map, type);
}

//===----------------------------------------------------------------------===//
// Gather
//===----------------------------------------------------------------------===//

LogicalResult GatherOp::inferReturnTypes(MLIRContext *,
                                         std::optional<Location> loc,
                                         Adaptor adaptor,
                                         SmallVectorImpl<Type> &inferred) {
  ShapeDiag diag(loc);
  if (failed(checkScalar(diag, adaptor.getAxis().getType(), "axis")))
    return failure();
  return pushShape(inferGatherShape(diag, shapeOf(adaptor.getData()),
                                    shapeOf(adaptor.getIndices()),
                                    getConstantScalar(adaptor.getAxis()),
                                    adaptor.getBatchDims()),
                   getDataElementType(adaptor.getData()), inferred);
}

OpFoldResult GatherOp::fold(FoldAdaptor adaptor) {
  RankedTensorType type = getFoldableResultType(getType());
  std::optional<SmallVector<int64_t>> dataShape = getDataShape(getData());
  std::optional<SmallVector<int64_t>> indices =
      getIntValues(adaptor.getIndices());
  std::optional<SmallVector<int64_t>> axisValues =
      getIntValues(adaptor.getAxis());
  auto indicesType = dyn_cast<RankedTensorType>(getIndices().getType());
  if (!type || !dataShape || !indices || !axisValues ||
      axisValues->size() != 1 || !indicesType || !indicesType.hasStaticShape())
    return {};
  ArrayRef<int64_t> dShape = *dataShape, iShape = indicesType.getShape();
  FailureOr<ShapeExpr> expected = inferGatherShape(
      ShapeDiag(std::nullopt), toShapeExpr(dShape), toShapeExpr(iShape),
      axisValues->front(), getBatchDims());
  if (failed(expected) || expected->getStaticShape() != type.getShape())
    return {};
  int64_t r = dShape.size(), q = iShape.size();
  int64_t axis =
      axisValues->front() < 0 ? axisValues->front() + r : axisValues->front();
  int64_t batch = getBatchDims() < 0 ? getBatchDims() + q : getBatchDims();

  // Output index o = (o[:axis], o[axis : axis+q-batch], o[axis+q-batch:]);
  // the index tuple is (o[:batch], o[axis : axis+q-batch]).
  SmallVector<int64_t> dStrides = getStrides(dShape);
  SmallVector<int64_t> iStrides = getStrides(iShape);
  ArrayRef<int64_t> outShape = type.getShape();
  SmallVector<int64_t> map, o(outShape.size(), 0);
  for (int64_t n = 0, e = type.getNumElements(); n < e; ++n) {
    int64_t iLinear = 0;
    for (int64_t i = 0; i < batch; ++i)
      iLinear += o[i] * iStrides[i];
    for (int64_t i = batch; i < q; ++i)
      iLinear += o[axis + i - batch] * iStrides[i];
    int64_t k = (*indices)[iLinear];
    if (k < 0)
      k += dShape[axis];
    if (k < 0 || k >= dShape[axis])
      return {};
    int64_t dLinear = k * dStrides[axis];
    for (int64_t i = 0; i < axis; ++i)
      dLinear += o[i] * dStrides[i];
    for (int64_t i = axis + 1; i < r; ++i)
      dLinear += o[axis + q - batch + i - axis - 1] * dStrides[i];
    map.push_back(dLinear);
    advance(o, outShape);
  }
  return foldGathered(getData(), adaptor.getData(), map, type);
}

//===----------------------------------------------------------------------===//
// GatherElements, ScatterElementsUpdate
//===----------------------------------------------------------------------===//

LogicalResult
GatherElementsOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                   Adaptor adaptor,
                                   SmallVectorImpl<Type> &inferred) {
  ShapeDiag diag(loc);
  return pushShape(inferGatherElementsShape(diag, shapeOf(adaptor.getData()),
                                            shapeOf(adaptor.getIndices()),
                                            adaptor.getAxis()),
                   getDataElementType(adaptor.getData()), inferred);
}

LogicalResult ScatterElementsUpdateOp::inferReturnTypes(
    MLIRContext *, std::optional<Location> loc, Adaptor adaptor,
    SmallVectorImpl<Type> &inferred) {
  ShapeDiag diag(loc);
  if (failed(checkScalar(diag, adaptor.getAxis().getType(), "axis")) ||
      failed(checkSameElementType(diag, adaptor.getUpdates(), "updates",
                                  adaptor.getData(), "data")))
    return failure();
  return pushShape(
      inferScatterElementsUpdateShape(
          diag, shapeOf(adaptor.getData()), shapeOf(adaptor.getIndices()),
          shapeOf(adaptor.getUpdates()), getConstantScalar(adaptor.getAxis())),
      getDataElementType(adaptor.getData()), inferred);
}

//===----------------------------------------------------------------------===//
// GatherND, ScatterNDUpdate
//===----------------------------------------------------------------------===//

LogicalResult GatherNDOp::inferReturnTypes(MLIRContext *,
                                           std::optional<Location> loc,
                                           Adaptor adaptor,
                                           SmallVectorImpl<Type> &inferred) {
  ShapeDiag diag(loc);
  return pushShape(inferGatherNDShape(diag, shapeOf(adaptor.getData()),
                                      shapeOf(adaptor.getIndices()),
                                      adaptor.getBatchDims()),
                   getDataElementType(adaptor.getData()), inferred);
}

LogicalResult
ScatterNDUpdateOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                    Adaptor adaptor,
                                    SmallVectorImpl<Type> &inferred) {
  ShapeDiag diag(loc);
  if (failed(checkSameElementType(diag, adaptor.getUpdates(), "updates",
                                  adaptor.getData(), "data")))
    return failure();
  return pushShape(inferScatterNDUpdateShape(diag, shapeOf(adaptor.getData()),
                                             shapeOf(adaptor.getIndices()),
                                             shapeOf(adaptor.getUpdates())),
                   getDataElementType(adaptor.getData()), inferred);
}

//===----------------------------------------------------------------------===//
// StridedSlice
//===----------------------------------------------------------------------===//

/// The stride values: the constant's, or ones when the input is absent.
static std::optional<SmallVector<int64_t>>
getStrideValues(std::optional<SmallVector<int64_t>> constant, bool present,
                std::optional<int64_t> numEntries) {
  if (present)
    return constant;
  if (!numEntries)
    return std::nullopt;
  return SmallVector<int64_t>(*numEntries, 1);
}

static StridedSliceMasks getMasks(StridedSliceOp::Adaptor &adaptor) {
  return {adaptor.getBeginMask(), adaptor.getEndMask(),
          adaptor.getNewAxisMask(), adaptor.getShrinkAxisMask(),
          adaptor.getEllipsisMask()};
}

LogicalResult
StridedSliceOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                 Adaptor adaptor,
                                 SmallVectorImpl<Type> &inferred) {
  ShapeDiag diag(loc);
  Value stride = adaptor.getStride();
  if (failed(check1D(diag, adaptor.getBegin().getType(), "begin")) ||
      failed(check1D(diag, adaptor.getEnd().getType(), "end")) ||
      (stride && failed(check1D(diag, stride.getType(), "stride"))))
    return failure();
  FailureOr<std::optional<int64_t>> numEntries =
      getCommonLength(diag, {adaptor.getBegin(), adaptor.getEnd(), stride},
                      {"begin", "end", "stride"});
  if (failed(numEntries))
    return failure();
  std::optional<SmallVector<int64_t>> begin =
      getConstantIntValues(adaptor.getBegin());
  std::optional<SmallVector<int64_t>> end =
      getConstantIntValues(adaptor.getEnd());
  std::optional<SmallVector<int64_t>> strides =
      getStrideValues(stride ? getConstantIntValues(stride) : std::nullopt,
                      bool(stride), *numEntries);
  FailureOr<SlicePlan> plan = planStridedSlice(
      diag, shapeOf(adaptor.getData()), *numEntries, asRef(begin), asRef(end),
      asRef(strides), getMasks(adaptor));
  if (failed(plan))
    return failure();
  inferred.push_back(
      plan->output.toTensorType(getDataElementType(adaptor.getData())));
  return success();
}

OpFoldResult StridedSliceOp::fold(FoldAdaptor adaptor) {
  std::optional<SmallVector<int64_t>> dataShape = getDataShape(getData());
  std::optional<SmallVector<int64_t>> begin = getIntValues(adaptor.getBegin());
  std::optional<SmallVector<int64_t>> end = getIntValues(adaptor.getEnd());
  if (!dataShape || !begin || !end || begin->size() != end->size())
    return {};
  std::optional<SmallVector<int64_t>> strides =
      getStrideValues(getIntValues(adaptor.getStride()), bool(getStride()),
                      int64_t(begin->size()));
  if (!strides || strides->size() != begin->size())
    return {};
  StridedSliceMasks masks = {getBeginMask(), getEndMask(), getNewAxisMask(),
                             getShrinkAxisMask(), getEllipsisMask()};
  return foldSlice(
      getData(), adaptor.getData(), getType(),
      planStridedSlice(ShapeDiag(std::nullopt), toShapeExpr(*dataShape),
                       int64_t(begin->size()), *begin, *end, *strides, masks),
      *dataShape);
}

//===----------------------------------------------------------------------===//
// Slice
//===----------------------------------------------------------------------===//

LogicalResult SliceOp::inferReturnTypes(MLIRContext *,
                                        std::optional<Location> loc,
                                        Adaptor adaptor,
                                        SmallVectorImpl<Type> &inferred) {
  ShapeDiag diag(loc);
  Value axes = adaptor.getAxes();
  if (failed(check1D(diag, adaptor.getStart().getType(), "start")) ||
      failed(check1D(diag, adaptor.getStop().getType(), "stop")) ||
      failed(check1D(diag, adaptor.getStep().getType(), "step")) ||
      (axes && failed(check1D(diag, axes.getType(), "axes"))))
    return failure();
  FailureOr<std::optional<int64_t>> numEntries = getCommonLength(
      diag, {adaptor.getStart(), adaptor.getStop(), adaptor.getStep(), axes},
      {"start", "stop", "step", "axes"});
  if (failed(numEntries))
    return failure();
  std::optional<SmallVector<int64_t>> start =
      getConstantIntValues(adaptor.getStart());
  std::optional<SmallVector<int64_t>> stop =
      getConstantIntValues(adaptor.getStop());
  std::optional<SmallVector<int64_t>> step =
      getConstantIntValues(adaptor.getStep());
  std::optional<SmallVector<int64_t>> axesValues;
  if (axes)
    axesValues = getConstantIntValues(axes);
  FailureOr<SlicePlan> plan =
      planSlice(diag, shapeOf(adaptor.getData()), *numEntries, asRef(start),
                asRef(stop), asRef(step), bool(axes), asRef(axesValues));
  if (failed(plan))
    return failure();
  inferred.push_back(
      plan->output.toTensorType(getDataElementType(adaptor.getData())));
  return success();
}

OpFoldResult SliceOp::fold(FoldAdaptor adaptor) {
  std::optional<SmallVector<int64_t>> dataShape = getDataShape(getData());
  std::optional<SmallVector<int64_t>> start = getIntValues(adaptor.getStart());
  std::optional<SmallVector<int64_t>> stop = getIntValues(adaptor.getStop());
  std::optional<SmallVector<int64_t>> step = getIntValues(adaptor.getStep());
  std::optional<SmallVector<int64_t>> axes;
  if (getAxes()) {
    axes = getIntValues(adaptor.getAxes());
    if (!axes)
      return {};
  }
  if (!dataShape || !start || !stop || !step || start->size() != stop->size() ||
      start->size() != step->size() || (axes && axes->size() != start->size()))
    return {};
  return foldSlice(getData(), adaptor.getData(), getType(),
                   planSlice(ShapeDiag(std::nullopt), toShapeExpr(*dataShape),
                             int64_t(start->size()), *start, *stop, *step,
                             bool(axes), asRef(axes)),
                   *dataShape);
}

//===----------------------------------------------------------------------===//
// DepthToSpace, SpaceToDepth
//===----------------------------------------------------------------------===//

LogicalResult
DepthToSpaceOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                 Adaptor adaptor,
                                 SmallVectorImpl<Type> &inferred) {
  return pushShape(inferDepthToSpaceShape(ShapeDiag(loc),
                                          shapeOf(adaptor.getData()),
                                          adaptor.getBlockSize()),
                   getDataElementType(adaptor.getData()), inferred);
}

LogicalResult
SpaceToDepthOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                 Adaptor adaptor,
                                 SmallVectorImpl<Type> &inferred) {
  return pushShape(inferSpaceToDepthShape(ShapeDiag(loc),
                                          shapeOf(adaptor.getData()),
                                          adaptor.getBlockSize()),
                   getDataElementType(adaptor.getData()), inferred);
}

//===----------------------------------------------------------------------===//
// OneHot, NonZero, CumSum
//===----------------------------------------------------------------------===//

LogicalResult OneHotOp::inferReturnTypes(MLIRContext *,
                                         std::optional<Location> loc,
                                         Adaptor adaptor,
                                         SmallVectorImpl<Type> &inferred) {
  ShapeDiag diag(loc);
  if (failed(checkScalar(diag, adaptor.getDepth().getType(), "depth")) ||
      failed(checkScalar(diag, adaptor.getOnValue().getType(), "on_value")) ||
      failed(checkScalar(diag, adaptor.getOffValue().getType(), "off_value")) ||
      failed(checkSameElementType(diag, adaptor.getOffValue(), "off_value",
                                  adaptor.getOnValue(), "on_value")))
    return failure();
  std::optional<int64_t> depth = getConstantScalar(adaptor.getDepth());
  return pushShape(
      inferOneHotShape(diag, shapeOf(adaptor.getIndices()),
                       depth ? DimExpr(*depth) : DimExpr::unknown(),
                       adaptor.getAxis()),
      getDataElementType(adaptor.getOnValue()), inferred);
}

LogicalResult NonZeroOp::inferReturnTypes(MLIRContext *context,
                                          std::optional<Location> loc,
                                          Adaptor adaptor,
                                          SmallVectorImpl<Type> &inferred) {
  ShapeDiag diag(loc);
  Type outputType = IntegerType::get(context, 64);
  if (std::optional<Type> declared = adaptor.getOutputType()) {
    if (!declared->isInteger(64) && !declared->isInteger(32))
      return diag.fail("output_type must be i64 or i32, got " +
                       typeToString(*declared));
    outputType = *declared;
  }
  inferred.push_back(
      inferNonZeroShape(shapeOf(adaptor.getData())).toTensorType(outputType));
  return success();
}

LogicalResult CumSumOp::inferReturnTypes(MLIRContext *,
                                         std::optional<Location> loc,
                                         Adaptor adaptor,
                                         SmallVectorImpl<Type> &inferred) {
  ShapeDiag diag(loc);
  Value axis = adaptor.getAxis();
  if (axis && failed(checkScalar(diag, axis.getType(), "axis")))
    return failure();
  return pushShape(
      inferCumSumShape(diag, shapeOf(adaptor.getData()),
                       axis ? getConstantScalar(axis) : std::nullopt),
      getDataElementType(adaptor.getData()), inferred);
}

//===----------------------------------------------------------------------===//
// Unique
//===----------------------------------------------------------------------===//

LogicalResult UniqueOp::inferReturnTypes(MLIRContext *,
                                         std::optional<Location> loc,
                                         Adaptor adaptor,
                                         SmallVectorImpl<Type> &inferred) {
  ShapeDiag diag(loc);
  Type indexType = adaptor.getIndexElementType();
  Type countType = adaptor.getCountElementType();
  for (auto [type, name] :
       {std::pair<Type, StringRef>{indexType, "index_element_type"},
        {countType, "count_element_type"}})
    if (!type.isSignlessInteger(32) && !type.isSignlessInteger(64))
      return diag.fail(name + " must be i32 or i64, got " + typeToString(type));
  Value axis = adaptor.getAxis();
  if (axis && failed(checkScalar(diag, axis.getType(), "axis")))
    return failure();
  FailureOr<UniqueShapes> shapes =
      inferUniqueShapes(diag, shapeOf(adaptor.getData()), bool(axis),
                        axis ? getConstantScalar(axis) : std::nullopt);
  if (failed(shapes))
    return failure();
  inferred.push_back(shapes->uniqueElements.toTensorType(
      getDataElementType(adaptor.getData())));
  inferred.push_back(shapes->indices.toTensorType(indexType));
  inferred.push_back(shapes->revIdx.toTensorType(indexType));
  inferred.push_back(shapes->counts.toTensorType(countType));
  return success();
}
