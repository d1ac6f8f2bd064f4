//===- ShapeOps.cpp - OV reshape, concat, split, tile and pad ops -------===//
//
// Type inference wraps the shape functions of ShapeOpShapes.h: it reads the
// constant inputs (target shapes, axes, ...) and checks operand ranks and
// element types. Folders evaluate small constants only.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Dialect/OV/IR/ConstantFolding.h"
#include "ovmlir/Dialect/OV/IR/OVOps.h"
#include "ovmlir/Dialect/OV/IR/ShapeOpShapes.h"

#include "mlir/IR/Builders.h"

using namespace mlir;
using namespace mlir::ov;

#define GET_OP_CLASSES
#include "ovmlir/Dialect/OV/IR/OVShapeOps.cpp.inc"

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

/// Fails unless `type` is a 0-D or 1-D tensor (or of unknown rank).
static LogicalResult check0DOr1D(const ShapeDiag &diag, Type type,
                                 StringRef name) {
  auto ranked = dyn_cast<RankedTensorType>(type);
  if (ranked && ranked.getRank() > 1)
    return diag.fail(Twine(name) + " must be a 0-D or 1-D tensor, got " +
                     typeToString(type));
  return success();
}

/// Fails unless `type` may hold exactly one element: rank 0, or all dims 1.
static LogicalResult checkScalar(const ShapeDiag &diag, Type type,
                                 StringRef name) {
  auto ranked = dyn_cast<RankedTensorType>(type);
  if (ranked &&
      (ranked.getRank() > 1 || llvm::any_of(ranked.getShape(), [](int64_t d) {
         return !ShapedType::isDynamic(d) && d != 1;
       })))
    return diag.fail(Twine(name) + " must be a scalar, got " +
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

static std::optional<double> getConstantFloatScalar(Value value) {
  std::optional<SmallVector<double>> values = getConstantFloatValues(value);
  if (!values || values->size() != 1)
    return std::nullopt;
  return values->front();
}

static Type getDataElementType(Value value) {
  return getElementType(value.getType());
}

/// Pushes the tensor type of `shape` or returns failure.
static LogicalResult pushShape(FailureOr<ShapeExpr> shape, Type elementType,
                               SmallVectorImpl<Type> &inferred) {
  if (failed(shape))
    return failure();
  inferred.push_back(shape->toTensorType(elementType));
  return success();
}

/// `attr` reshaped to the static type `type` when it is a small constant.
static OpFoldResult reshapeConstant(Attribute attr, Type type) {
  DenseElementsAttr elements = getFoldableElements(attr);
  auto ranked = dyn_cast<RankedTensorType>(type);
  if (!elements || !ranked || !ranked.hasStaticShape() ||
      elements.getElementType() != ranked.getElementType() ||
      elements.getNumElements() != ranked.getNumElements())
    return {};
  return elements.reshape(ranked);
}

/// A splat of `attr`'s value with the static type `type`.
static OpFoldResult splatConstant(Attribute attr, Type type) {
  auto splat = dyn_cast_or_null<SplatElementsAttr>(attr);
  auto ranked = dyn_cast<RankedTensorType>(type);
  if (!splat || !ranked || !ranked.hasStaticShape() ||
      splat.getElementType() != ranked.getElementType())
    return {};
  return DenseElementsAttr::get(ranked, splat.getSplatValue<Attribute>());
}

/// True for a static type, for which an op that keeps the type is a no-op.
static bool isSameStaticType(Type a, Type b) {
  auto ranked = dyn_cast<RankedTensorType>(a);
  return a == b && ranked && ranked.hasStaticShape();
}

/// The result type a folder may build: static and small.
static RankedTensorType getFoldableResultType(Type type) {
  auto ranked = dyn_cast<RankedTensorType>(type);
  if (!ranked || !ranked.hasStaticShape() ||
      ranked.getNumElements() > kMaxFoldElements)
    return {};
  return ranked;
}

//===----------------------------------------------------------------------===//
// Reshape
//===----------------------------------------------------------------------===//

LogicalResult ReshapeOp::inferReturnTypes(MLIRContext *,
                                          std::optional<Location> loc,
                                          Adaptor adaptor,
                                          SmallVectorImpl<Type> &inferred) {
  ShapeDiag diag(loc);
  if (failed(check1D(diag, adaptor.getShape().getType(), "shape")))
    return failure();
  std::optional<SmallVector<DimExpr>> target =
      getSizeOperandDims(adaptor.getShape());
  return pushShape(
      inferReshapeShape(diag, ShapeExpr::fromType(adaptor.getData().getType()),
                        asRef(target), adaptor.getSpecialZero()),
      getDataElementType(adaptor.getData()), inferred);
}

OpFoldResult ReshapeOp::fold(FoldAdaptor adaptor) {
  if (isSameStaticType(getData().getType(), getType()))
    return getData();
  return reshapeConstant(adaptor.getData(), getType());
}

//===----------------------------------------------------------------------===//
// Transpose
//===----------------------------------------------------------------------===//

LogicalResult TransposeOp::inferReturnTypes(MLIRContext *,
                                            std::optional<Location> loc,
                                            Adaptor adaptor,
                                            SmallVectorImpl<Type> &inferred) {
  ShapeDiag diag(loc);
  Type orderType = adaptor.getOrder().getType();
  if (failed(check1D(diag, orderType, "order")))
    return failure();
  ShapeExpr data = ShapeExpr::fromType(adaptor.getData().getType());
  std::optional<SmallVector<int64_t>> order =
      getConstantIntValues(adaptor.getOrder());
  std::optional<int64_t> length = getStaticLength(orderType);
  if (!order && length && data.hasRank() && *length != 0 &&
      *length != data.getRank())
    return diag.fail("order has " + Twine(*length) +
                     " elements but data has rank " + Twine(data.getRank()));
  return pushShape(inferTransposeShape(diag, data, asRef(order)),
                   getDataElementType(adaptor.getData()), inferred);
}

/// The permutation of a constant order for `rank`, or std::nullopt.
static std::optional<SmallVector<int64_t>> getPermutation(Attribute order,
                                                          int64_t rank) {
  auto dense = dyn_cast_or_null<DenseIntElementsAttr>(order);
  if (!dense)
    return std::nullopt;
  SmallVector<int64_t> perm;
  for (const APInt &v : dense.getValues<APInt>())
    perm.push_back(v.getSExtValue());
  if (perm.empty())
    perm = llvm::to_vector(llvm::reverse(llvm::seq<int64_t>(0, rank)));
  if (int64_t(perm.size()) != rank)
    return std::nullopt;
  return perm;
}

OpFoldResult TransposeOp::fold(FoldAdaptor adaptor) {
  auto dataType = dyn_cast<RankedTensorType>(getData().getType());
  if (!dataType)
    return {};
  std::optional<SmallVector<int64_t>> perm =
      getPermutation(adaptor.getOrder(), dataType.getRank());
  if (!perm)
    return {};
  bool identity = llvm::equal(*perm, llvm::seq<int64_t>(0, perm->size()));
  if (identity && getData().getType() == getType())
    return getData();

  RankedTensorType type = getFoldableResultType(getType());
  DenseElementsAttr data = getFoldableElements(adaptor.getData());
  if (!type || !data || data.getType() != dataType)
    return {};
  if (data.isSplat())
    return splatConstant(data, type);
  // Output element at multi-index `out` reads input index with
  // in[perm[i]] = out[i].
  ArrayRef<int64_t> inShape = dataType.getShape();
  SmallVector<int64_t> inStrides(inShape.size(), 1);
  for (int64_t i = int64_t(inShape.size()) - 2; i >= 0; --i)
    inStrides[i] = inStrides[i + 1] * inShape[i + 1];
  SmallVector<Attribute> values(data.getValues<Attribute>());
  SmallVector<Attribute> results;
  results.reserve(type.getNumElements());
  SmallVector<int64_t> index(type.getRank(), 0);
  for (int64_t n = 0, e = type.getNumElements(); n < e; ++n) {
    int64_t linear = 0;
    for (int64_t i = 0; i < type.getRank(); ++i)
      linear += index[i] * inStrides[(*perm)[i]];
    results.push_back(values[linear]);
    for (int64_t d = type.getRank() - 1; d >= 0; --d) {
      if (++index[d] < type.getDimSize(d))
        break;
      index[d] = 0;
    }
  }
  return DenseElementsAttr::get(type, results);
}

//===----------------------------------------------------------------------===//
// Squeeze, Unsqueeze
//===----------------------------------------------------------------------===//

/// The axes a Squeeze with run-time axes must name, when the input shape
/// leaves no choice: a static input with a single size-1 dimension (every
/// axis must name it, duplicates included), or axes of static length 0
/// (squeeze every size-1 dimension).
static std::optional<SmallVector<int64_t>> getForcedSqueezeAxes(Type dataType,
                                                                Type axesType) {
  auto data = dyn_cast<RankedTensorType>(dataType);
  std::optional<int64_t> length = getStaticLength(axesType);
  if (!data || !length)
    return std::nullopt;
  if (*length == 0)
    return SmallVector<int64_t>();
  if (!data.hasStaticShape() || llvm::count(data.getShape(), 1) != 1)
    return std::nullopt;
  return SmallVector<int64_t>{llvm::find(data.getShape(), 1) -
                              data.getShape().begin()};
}

LogicalResult SqueezeOp::inferReturnTypes(MLIRContext *,
                                          std::optional<Location> loc,
                                          Adaptor adaptor,
                                          SmallVectorImpl<Type> &inferred) {
  ShapeDiag diag(loc);
  Value axes = adaptor.getAxes();
  if (axes && failed(check0DOr1D(diag, axes.getType(), "axes")))
    return failure();
  std::optional<SmallVector<int64_t>> values;
  if (axes)
    values = getConstantIntValues(axes);
  if (axes && !values)
    values = getForcedSqueezeAxes(adaptor.getData().getType(), axes.getType());
  return pushShape(
      inferSqueezeShape(diag, ShapeExpr::fromType(adaptor.getData().getType()),
                        bool(axes), asRef(values)),
      getDataElementType(adaptor.getData()), inferred);
}

OpFoldResult SqueezeOp::fold(FoldAdaptor adaptor) {
  if (isSameStaticType(getData().getType(), getType()))
    return getData();
  return reshapeConstant(adaptor.getData(), getType());
}

LogicalResult UnsqueezeOp::inferReturnTypes(MLIRContext *,
                                            std::optional<Location> loc,
                                            Adaptor adaptor,
                                            SmallVectorImpl<Type> &inferred) {
  ShapeDiag diag(loc);
  Type axesType = adaptor.getAxes().getType();
  if (failed(check0DOr1D(diag, axesType, "axes")))
    return failure();
  std::optional<SmallVector<int64_t>> axes =
      getConstantIntValues(adaptor.getAxes());
  return pushShape(inferUnsqueezeShape(
                       diag, ShapeExpr::fromType(adaptor.getData().getType()),
                       asRef(axes), getStaticLength(axesType)),
                   getDataElementType(adaptor.getData()), inferred);
}

OpFoldResult UnsqueezeOp::fold(FoldAdaptor adaptor) {
  return reshapeConstant(adaptor.getData(), getType());
}

//===----------------------------------------------------------------------===//
// Concat
//===----------------------------------------------------------------------===//

LogicalResult ConcatOp::inferReturnTypes(MLIRContext *,
                                         std::optional<Location> loc,
                                         Adaptor adaptor,
                                         SmallVectorImpl<Type> &inferred) {
  ShapeDiag diag(loc);
  ValueRange inputs = adaptor.getInputs();
  if (inputs.empty())
    return diag.fail("Concat needs at least one input");
  Type elementType = getDataElementType(inputs.front());
  SmallVector<ShapeExpr> shapes;
  for (auto [i, input] : llvm::enumerate(inputs)) {
    if (getDataElementType(input) != elementType)
      return diag.fail("input " + Twine(i) + " has element type " +
                       typeToString(getDataElementType(input)) +
                       " but input 0 has " + typeToString(elementType));
    shapes.push_back(ShapeExpr::fromType(input.getType()));
  }
  return pushShape(inferConcatShape(diag, shapes, adaptor.getAxis()),
                   elementType, inferred);
}

OpFoldResult ConcatOp::fold(FoldAdaptor adaptor) {
  if (getInputs().size() == 1 && getInputs().front().getType() == getType())
    return getInputs().front();
  RankedTensorType type = getFoldableResultType(getType());
  if (!type)
    return {};
  int64_t rank = type.getRank();
  int64_t axis = getAxis() < 0 ? getAxis() + rank : getAxis();
  if (axis < 0 || axis >= rank)
    return {};
  SmallVector<DenseElementsAttr> inputs;
  for (Attribute attr : adaptor.getInputs()) {
    DenseElementsAttr input = getFoldableElements(attr);
    if (!input || input.getType().getRank() != rank)
      return {};
    inputs.push_back(input);
  }
  // The result is, for each index over the dimensions before `axis`, the
  // inputs' contiguous blocks one after the other.
  int64_t outer = 1;
  for (int64_t d = 0; d < axis; ++d)
    outer *= type.getDimSize(d);
  SmallVector<SmallVector<Attribute>> values;
  for (DenseElementsAttr input : inputs)
    values.push_back(SmallVector<Attribute>(input.getValues<Attribute>()));
  SmallVector<Attribute> results;
  results.reserve(type.getNumElements());
  for (int64_t o = 0; o < outer; ++o) {
    for (auto [input, elements] : llvm::zip(inputs, values)) {
      int64_t block = input.getNumElements() / std::max<int64_t>(outer, 1);
      llvm::append_range(results,
                         ArrayRef<Attribute>(elements).slice(o * block, block));
    }
  }
  if (int64_t(results.size()) != type.getNumElements())
    return {};
  return DenseElementsAttr::get(type, results);
}

//===----------------------------------------------------------------------===//
// Split, VariadicSplit
//===----------------------------------------------------------------------===//

LogicalResult SplitOp::inferReturnTypes(MLIRContext *,
                                        std::optional<Location> loc,
                                        Adaptor adaptor,
                                        SmallVectorImpl<Type> &inferred) {
  ShapeDiag diag(loc);
  if (failed(checkScalar(diag, adaptor.getAxis().getType(), "axis")))
    return failure();
  FailureOr<SmallVector<ShapeExpr>> shapes = inferSplitShapes(
      diag, ShapeExpr::fromType(adaptor.getData().getType()),
      getConstantScalar(adaptor.getAxis()), adaptor.getNumSplits());
  if (failed(shapes))
    return failure();
  Type elementType = getDataElementType(adaptor.getData());
  for (const ShapeExpr &shape : *shapes)
    inferred.push_back(shape.toTensorType(elementType));
  return success();
}

/// A constant split into constants (the pads of Swin-T's window padding:
/// pads_begin and pads_end are the two halves of one constant).
LogicalResult SplitOp::fold(FoldAdaptor adaptor,
                            SmallVectorImpl<OpFoldResult> &results) {
  DenseElementsAttr data = getFoldableElements(adaptor.getData());
  auto axisAttr = dyn_cast_or_null<DenseIntElementsAttr>(adaptor.getAxis());
  if (!data || !axisAttr || axisAttr.getNumElements() != 1)
    return failure();
  int64_t axisValue = (*axisAttr.getValues<APInt>().begin()).getSExtValue();
  ArrayRef<int64_t> shape = data.getType().getShape();
  int64_t rank = shape.size();
  int64_t axis = axisValue < 0 ? axisValue + rank : axisValue;
  int64_t parts = getNumSplits();
  if (axis < 0 || axis >= rank || parts <= 0 || shape[axis] % parts != 0)
    return failure();
  // Elements of the data as [outer, parts, part size * inner].
  int64_t outer = 1, inner = 1;
  for (int64_t d = 0; d < axis; ++d)
    outer *= shape[d];
  for (int64_t d = axis + 1; d < rank; ++d)
    inner *= shape[d];
  int64_t chunk = shape[axis] / parts * inner;
  SmallVector<RankedTensorType> types;
  for (Type type : getResultTypes()) {
    RankedTensorType resultType = getFoldableResultType(type);
    if (!resultType || resultType.getNumElements() != outer * chunk)
      return failure();
    types.push_back(resultType);
  }
  SmallVector<Attribute> elements(data.getValues<Attribute>());
  for (auto [part, type] : llvm::enumerate(types)) {
    SmallVector<Attribute> values;
    for (int64_t o = 0; o < outer; ++o) {
      auto begin = elements.begin() + (o * parts + part) * chunk;
      values.append(begin, begin + chunk);
    }
    results.push_back(DenseElementsAttr::get(type, values));
  }
  return success();
}

LogicalResult
VariadicSplitOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                  Adaptor adaptor,
                                  SmallVectorImpl<Type> &inferred) {
  ShapeDiag diag(loc);
  if (failed(checkScalar(diag, adaptor.getAxis().getType(), "axis")))
    return failure();
  Type lengthsType = adaptor.getSplitLengths().getType();
  if (failed(check1D(diag, lengthsType, "split_lengths")))
    return failure();
  // The number of results is the number of split lengths.
  std::optional<SmallVector<DimExpr>> lengths =
      getSizeOperandDims(adaptor.getSplitLengths());
  if (!lengths)
    return diag.fail("split_lengths must have a static length (one result "
                     "per entry), got " +
                     typeToString(lengthsType));
  FailureOr<SmallVector<ShapeExpr>> shapes = inferVariadicSplitShapes(
      diag, ShapeExpr::fromType(adaptor.getData().getType()),
      getConstantScalar(adaptor.getAxis()), *lengths);
  if (failed(shapes))
    return failure();
  Type elementType = getDataElementType(adaptor.getData());
  for (const ShapeExpr &shape : *shapes)
    inferred.push_back(shape.toTensorType(elementType));
  return success();
}

//===----------------------------------------------------------------------===//
// Tile, Broadcast, Pad
//===----------------------------------------------------------------------===//

LogicalResult TileOp::inferReturnTypes(MLIRContext *,
                                       std::optional<Location> loc,
                                       Adaptor adaptor,
                                       SmallVectorImpl<Type> &inferred) {
  ShapeDiag diag(loc);
  if (failed(check1D(diag, adaptor.getRepeats().getType(), "repeats")))
    return failure();
  std::optional<SmallVector<DimExpr>> repeats =
      getSizeOperandDims(adaptor.getRepeats());
  return pushShape(
      inferTileShape(diag, ShapeExpr::fromType(adaptor.getData().getType()),
                     asRef(repeats)),
      getDataElementType(adaptor.getData()), inferred);
}

OpFoldResult TileOp::fold(FoldAdaptor adaptor) {
  if (isSameStaticType(getData().getType(), getType()))
    return getData();
  return splatConstant(adaptor.getData(), getType());
}

LogicalResult BroadcastOp::inferReturnTypes(MLIRContext *,
                                            std::optional<Location> loc,
                                            Adaptor adaptor,
                                            SmallVectorImpl<Type> &inferred) {
  ShapeDiag diag(loc);
  if (failed(check1D(diag, adaptor.getTargetShape().getType(), "target_shape")))
    return failure();
  Value axesMapping = adaptor.getAxesMapping();
  BroadcastMode mode = adaptor.getMode();
  if (mode == BroadcastMode::explicit_ && !axesMapping)
    return diag.fail("axes_mapping is required in explicit mode");
  if (mode != BroadcastMode::explicit_ && axesMapping)
    return diag.fail("axes_mapping is only allowed in explicit mode, got " +
                     stringifyBroadcastMode(mode));
  std::optional<SmallVector<int64_t>> mapping;
  if (axesMapping) {
    if (failed(check1D(diag, axesMapping.getType(), "axes_mapping")))
      return failure();
    mapping = getConstantIntValues(axesMapping);
  }
  std::optional<SmallVector<DimExpr>> target =
      getSizeOperandDims(adaptor.getTargetShape());
  return pushShape(inferBroadcastShape(
                       diag, ShapeExpr::fromType(adaptor.getData().getType()),
                       asRef(target), mode, asRef(mapping)),
                   getDataElementType(adaptor.getData()), inferred);
}

OpFoldResult BroadcastOp::fold(FoldAdaptor adaptor) {
  if (isSameStaticType(getData().getType(), getType()))
    return getData();
  return splatConstant(adaptor.getData(), getType());
}

LogicalResult PadOp::inferReturnTypes(MLIRContext *,
                                      std::optional<Location> loc,
                                      Adaptor adaptor,
                                      SmallVectorImpl<Type> &inferred) {
  ShapeDiag diag(loc);
  Type elementType = getDataElementType(adaptor.getData());
  if (failed(check1D(diag, adaptor.getPadsBegin().getType(), "pads_begin")) ||
      failed(check1D(diag, adaptor.getPadsEnd().getType(), "pads_end")))
    return failure();
  if (Value padValue = adaptor.getPadValue()) {
    if (failed(checkScalar(diag, padValue.getType(), "pad_value")))
      return failure();
    if (getDataElementType(padValue) != elementType)
      return diag.fail("pad_value must have the data's element type " +
                       typeToString(elementType) + ", got " +
                       typeToString(getDataElementType(padValue)));
  }
  std::optional<SmallVector<DimExpr>> begin =
      getSizeOperandDims(adaptor.getPadsBegin());
  std::optional<SmallVector<DimExpr>> end =
      getSizeOperandDims(adaptor.getPadsEnd());
  return pushShape(
      inferPadShape(diag, ShapeExpr::fromType(adaptor.getData().getType()),
                    asRef(begin), asRef(end), adaptor.getPadMode()),
      elementType, inferred);
}

//===----------------------------------------------------------------------===//
// ShapeOf, Range
//===----------------------------------------------------------------------===//

LogicalResult ShapeOfOp::inferReturnTypes(MLIRContext *context,
                                          std::optional<Location> loc,
                                          Adaptor adaptor,
                                          SmallVectorImpl<Type> &inferred) {
  ShapeDiag diag(loc);
  std::optional<Type> declared = adaptor.getOutputType();
  Type outputType = declared ? *declared : IntegerType::get(context, 64);
  if (!outputType.isSignlessInteger(64) && !outputType.isSignlessInteger(32))
    return diag.fail("output_type must be i64 or i32, got " +
                     typeToString(outputType));
  inferred.push_back(
      inferShapeOfShape(ShapeExpr::fromType(adaptor.getInput().getType()))
          .toTensorType(outputType));
  return success();
}

OpFoldResult ShapeOfOp::fold(FoldAdaptor) {
  auto input = dyn_cast<RankedTensorType>(getInput().getType());
  RankedTensorType type = getFoldableResultType(getType());
  if (!input || !input.hasStaticShape() || !type)
    return {};
  unsigned width = type.getElementType().getIntOrFloatBitWidth();
  SmallVector<APInt> dims;
  for (int64_t size : input.getShape())
    dims.push_back(APInt(width, size, /*isSigned=*/true));
  return DenseElementsAttr::get(type, dims);
}

LogicalResult RangeOp::inferReturnTypes(MLIRContext *,
                                        std::optional<Location> loc,
                                        Adaptor adaptor,
                                        SmallVectorImpl<Type> &inferred) {
  ShapeDiag diag(loc);
  Type outputType = adaptor.getOutputType();
  if (!isa<IntegerType, FloatType>(outputType) || outputType.isInteger(1))
    return diag.fail("output_type must be a numeric type, got " +
                     typeToString(outputType));
  Value inputs[] = {adaptor.getStart(), adaptor.getStop(), adaptor.getStep()};
  StringRef names[] = {"start", "stop", "step"};
  std::optional<double> values[3];
  for (int i = 0; i < 3; ++i) {
    if (failed(checkScalar(diag, inputs[i].getType(), names[i])))
      return failure();
    values[i] = getConstantFloatScalar(inputs[i]);
  }
  FailureOr<DimExpr> length = inferRangeLength(
      diag, values[0], values[1], values[2], isa<IntegerType>(outputType));
  if (failed(length))
    return failure();
  return pushShape(ShapeExpr({*length}), outputType, inferred);
}

OpFoldResult RangeOp::fold(FoldAdaptor) {
  RankedTensorType type = getFoldableResultType(getType());
  std::optional<double> start = getConstantFloatScalar(getStart());
  std::optional<double> stop = getConstantFloatScalar(getStop());
  std::optional<double> step = getConstantFloatScalar(getStep());
  if (!type || !start || !stop || !step)
    return {};
  Type elementType = type.getElementType();
  SmallVector<Attribute> values;
  if (auto intType = dyn_cast<IntegerType>(elementType)) {
    int64_t first = int64_t(std::trunc(*start));
    int64_t delta = int64_t(std::trunc(*step));
    for (int64_t i = 0, e = type.getNumElements(); i < e; ++i)
      values.push_back(IntegerAttr::get(intType, first + i * delta));
  } else {
    for (int64_t i = 0, e = type.getNumElements(); i < e; ++i)
      values.push_back(FloatAttr::get(elementType, *start + i * *step));
  }
  return DenseElementsAttr::get(type, values);
}
