//===- ReductionOps.cpp - OV reductions over axes ops ---------------------===//
//
// Type inference wraps the shape functions of ReductionShapes.h: it reads the
// constant inputs (axes, k) and checks operand ranks and attribute types.
// Reduce* folders evaluate small constants only.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Dialect/OV/IR/ConstantFolding.h"
#include "ovmlir/Dialect/OV/IR/OVOps.h"
#include "ovmlir/Dialect/OV/IR/ReductionShapes.h"

#include "mlir/IR/Builders.h"
#include "llvm/ADT/APSInt.h"

using namespace mlir;
using namespace mlir::ov;

static std::string typeToString(Type type) {
  std::string s;
  llvm::raw_string_ostream os(s);
  os << type;
  return s;
}

/// Shared by every Reduce* op (see OV_ReduceOp in the .td file).
static LogicalResult inferReduceTypes(std::optional<Location> loc, Value data,
                                      Value axes, bool keepDims,
                                      SmallVectorImpl<Type> &inferred) {
  ShapeDiag diag(loc);
  auto axesType = dyn_cast<RankedTensorType>(axes.getType());
  if (axesType && axesType.getRank() > 1)
    return diag.fail("axes must be a 0-D or 1-D tensor, got " +
                     typeToString(axesType));
  std::optional<SmallVector<int64_t>> values = getConstantIntValues(axes);
  std::optional<ArrayRef<int64_t>> axesValues;
  if (values)
    axesValues = *values;
  std::optional<int64_t> numAxes;
  if (axesType && axesType.hasStaticShape())
    numAxes = axesType.getNumElements();
  FailureOr<ShapeExpr> shape = inferReduceShape(
      diag, ShapeExpr::fromType(data.getType()), axesValues, numAxes, keepDims);
  if (failed(shape))
    return failure();
  inferred.push_back(shape->toTensorType(getElementType(data.getType())));
  return success();
}

#define GET_OP_CLASSES
#include "ovmlir/Dialect/OV/IR/OVReductionOps.cpp.inc"

//===----------------------------------------------------------------------===//
// Reduce* folding
//===----------------------------------------------------------------------===//

namespace {
enum class ReduceKind { Sum, Mean, Max, Min, Prod, LogicalAnd, LogicalOr };
} // namespace

/// Combines two integer elements; `isUnsigned` picks the comparison. Returns
/// std::nullopt when a mean's sum overflows: OpenVINO's reference sums in
/// the element type, so the wrapped sum would not give the mean.
static std::optional<APInt> combineInts(ReduceKind kind, const APInt &a,
                                        const APInt &b, bool isUnsigned) {
  switch (kind) {
  case ReduceKind::Sum:
    return a + b;
  case ReduceKind::Mean: {
    bool overflow;
    APInt sum = isUnsigned ? a.uadd_ov(b, overflow) : a.sadd_ov(b, overflow);
    if (overflow)
      return std::nullopt;
    return sum;
  }
  case ReduceKind::Prod:
    return a * b;
  case ReduceKind::Max:
    return isUnsigned ? llvm::APIntOps::umax(a, b) : llvm::APIntOps::smax(a, b);
  case ReduceKind::Min:
    return isUnsigned ? llvm::APIntOps::umin(a, b) : llvm::APIntOps::smin(a, b);
  case ReduceKind::LogicalAnd:
    return a & b;
  case ReduceKind::LogicalOr:
    return a | b;
  }
  llvm_unreachable("unknown reduction");
}

static APFloat combineFloats(ReduceKind kind, const APFloat &a,
                             const APFloat &b) {
  switch (kind) {
  case ReduceKind::Sum:
  case ReduceKind::Mean:
    return a + b;
  case ReduceKind::Prod:
    return a * b;
  case ReduceKind::Max:
    return llvm::maximum(a, b);
  case ReduceKind::Min:
    return llvm::minimum(a, b);
  case ReduceKind::LogicalAnd:
  case ReduceKind::LogicalOr:
    break;
  }
  llvm_unreachable("logical reductions have boolean elements");
}

/// Evaluates the reduction of the constant `dataAttr` over the normalized
/// `axes` into a constant of `resultType`, or returns null.
static Attribute foldReduceConstant(ReduceKind kind, Attribute dataAttr,
                                    ArrayRef<int64_t> axes, Type resultType) {
  DenseElementsAttr data = getFoldableElements(dataAttr);
  auto outType = dyn_cast<RankedTensorType>(resultType);
  if (!data || !outType || !outType.hasStaticShape() ||
      data.getNumElements() == 0 || data.getNumElements() > kMaxFoldElements ||
      outType.getElementType() != data.getElementType())
    return {};
  Type elementType = data.getElementType();
  bool isFloat = isa<FloatType>(elementType);
  if (!isFloat && !isa<IntegerType>(elementType))
    return {};

  ArrayRef<int64_t> shape = data.getType().getShape();
  int64_t rank = shape.size();
  SmallVector<bool> reduced(rank, false);
  int64_t count = 1, outCount = 1;
  for (int64_t axis : axes) {
    reduced[axis] = true;
    count *= shape[axis];
  }
  for (int64_t d = 0; d < rank; ++d)
    if (!reduced[d])
      outCount *= shape[d];
  if (outCount != outType.getNumElements())
    return {};

  SmallVector<std::optional<APFloat>> floats(isFloat ? outCount : 0);
  SmallVector<std::optional<APInt>> ints(isFloat ? 0 : outCount);
  // i1 holds booleans: true is 1, not -1 (max(true, false) is true).
  bool isUnsigned = elementType.isUnsignedInteger() || elementType.isInteger(1);
  SmallVector<int64_t> index(rank, 0);
  for (int64_t n = 0, e = data.getNumElements(); n < e; ++n) {
    // The output element: the row-major index over the kept dimensions.
    int64_t out = 0;
    for (int64_t d = 0; d < rank; ++d)
      if (!reduced[d])
        out = out * shape[d] + index[d];
    int64_t in = data.isSplat() ? 0 : n;
    if (isFloat) {
      APFloat v = data.value_begin<APFloat>()[in];
      floats[out] = floats[out] ? combineFloats(kind, *floats[out], v) : v;
    } else {
      APInt v = data.value_begin<APInt>()[in];
      if (!ints[out])
        ints[out] = v;
      else if (!(ints[out] = combineInts(kind, *ints[out], v, isUnsigned)))
        return {};
    }
    for (int64_t d = rank - 1; d >= 0; --d) {
      if (++index[d] < shape[d])
        break;
      index[d] = 0;
    }
  }

  if (isFloat) {
    SmallVector<APFloat> results;
    for (std::optional<APFloat> &v : floats) {
      if (kind == ReduceKind::Mean) {
        APFloat divisor(static_cast<double>(count));
        bool losesInfo;
        divisor.convert(v->getSemantics(), APFloat::rmNearestTiesToEven,
                        &losesInfo);
        *v = *v / divisor;
      }
      results.push_back(*v);
    }
    return DenseElementsAttr::get(outType, results);
  }
  SmallVector<APInt> results;
  for (std::optional<APInt> &v : ints) {
    if (kind == ReduceKind::Mean) {
      // Integer means truncate, as OpenVINO's reference divides in T. It
      // divides by the count converted to T: give up unless that is exact.
      unsigned width = v->getBitWidth();
      if (isUnsigned ? !llvm::isUIntN(width, count)
                     : !llvm::isIntN(width, count))
        return {};
      APInt divisor(width, count);
      *v = isUnsigned ? v->udiv(divisor) : v->sdiv(divisor);
    }
    results.push_back(*v);
  }
  return DenseElementsAttr::get(outType, results);
}

/// Folds a Reduce* op: to its input when no element is combined with
/// another (empty axes, or only size-1 dimensions reduced with keep_dims),
/// else to a constant when the data and axes are small constants.
static OpFoldResult foldReduce(ReduceKind kind, Value data, Value axes,
                               Attribute dataAttr, Type resultType) {
  auto dataType = dyn_cast<RankedTensorType>(data.getType());
  std::optional<SmallVector<int64_t>> values = getConstantIntValues(axes);
  if (!dataType || !values)
    return {};
  FailureOr<SmallVector<int64_t>> normalized =
      normalizeReduceAxes(ShapeDiag(std::nullopt), *values, dataType.getRank());
  if (failed(normalized))
    return {};
  if (data.getType() == resultType &&
      llvm::all_of(*normalized, [&](int64_t axis) {
        return dataType.getDimSize(axis) == 1;
      }))
    return data;
  return foldReduceConstant(kind, dataAttr, *normalized, resultType);
}

OpFoldResult ReduceSumOp::fold(FoldAdaptor adaptor) {
  return foldReduce(ReduceKind::Sum, getData(), getAxes(), adaptor.getData(),
                    getType());
}

OpFoldResult ReduceMeanOp::fold(FoldAdaptor adaptor) {
  return foldReduce(ReduceKind::Mean, getData(), getAxes(), adaptor.getData(),
                    getType());
}

OpFoldResult ReduceMaxOp::fold(FoldAdaptor adaptor) {
  return foldReduce(ReduceKind::Max, getData(), getAxes(), adaptor.getData(),
                    getType());
}

OpFoldResult ReduceMinOp::fold(FoldAdaptor adaptor) {
  return foldReduce(ReduceKind::Min, getData(), getAxes(), adaptor.getData(),
                    getType());
}

OpFoldResult ReduceProdOp::fold(FoldAdaptor adaptor) {
  return foldReduce(ReduceKind::Prod, getData(), getAxes(), adaptor.getData(),
                    getType());
}

OpFoldResult ReduceLogicalAndOp::fold(FoldAdaptor adaptor) {
  return foldReduce(ReduceKind::LogicalAnd, getData(), getAxes(),
                    adaptor.getData(), getType());
}

OpFoldResult ReduceLogicalOrOp::fold(FoldAdaptor adaptor) {
  return foldReduce(ReduceKind::LogicalOr, getData(), getAxes(),
                    adaptor.getData(), getType());
}

//===----------------------------------------------------------------------===//
// TopK
//===----------------------------------------------------------------------===//

static bool isIndexType(Type type) {
  return type.isSignlessInteger(32) || type.isSignlessInteger(64);
}

LogicalResult TopKOp::inferReturnTypes(MLIRContext *,
                                       std::optional<Location> loc,
                                       Adaptor adaptor,
                                       SmallVectorImpl<Type> &inferred) {
  ShapeDiag diag(loc);
  Type indexType = adaptor.getIndexElementType();
  if (!isIndexType(indexType))
    return diag.fail("index_element_type must be i32 or i64, got " +
                     typeToString(indexType));
  auto kType = dyn_cast<RankedTensorType>(adaptor.getK().getType());
  if (kType && kType.getRank() != 0)
    return diag.fail("k must be a 0-D tensor, got " + typeToString(kType));
  DimExpr k = DimExpr::unknown();
  std::optional<SmallVector<int64_t>> kValues =
      getConstantIntValues(adaptor.getK());
  if (kValues && kValues->size() == 1)
    k = DimExpr(kValues->front());
  Type dataType = adaptor.getData().getType();
  FailureOr<ShapeExpr> shape =
      inferTopKShape(diag, ShapeExpr::fromType(dataType), adaptor.getAxis(), k);
  if (failed(shape))
    return failure();
  inferred.push_back(shape->toTensorType(getElementType(dataType)));
  inferred.push_back(shape->toTensorType(indexType));
  return success();
}

//===----------------------------------------------------------------------===//
// NonMaxSuppression
//===----------------------------------------------------------------------===//

/// Fails unless `type` may hold exactly one element in a 0-D or 1-D tensor.
static LogicalResult checkScalarOr1Element(const ShapeDiag &diag, Type type,
                                           StringRef name) {
  auto ranked = dyn_cast<RankedTensorType>(type);
  if (ranked && (ranked.getRank() > 1 ||
                 (ranked.getRank() == 1 && !ranked.isDynamicDim(0) &&
                  ranked.getDimSize(0) != 1)))
    return diag.fail(Twine(name) +
                     " must be a scalar or a 1-D tensor with 1 element, got " +
                     typeToString(type));
  return success();
}

LogicalResult NonMaxSuppressionOp::inferReturnTypes(
    MLIRContext *context, std::optional<Location> loc, Adaptor adaptor,
    SmallVectorImpl<Type> &inferred) {
  ShapeDiag diag(loc);
  Type outputType = adaptor.getOutputType();
  if (!isIndexType(outputType))
    return diag.fail("output_type must be i32 or i64, got " +
                     typeToString(outputType));

  // OpenVINO's inputs are positional: an optional input needs the ones
  // before it.
  std::pair<Value, StringRef> optionals[] = {
      {adaptor.getMaxOutputBoxesPerClass(), "max_output_boxes_per_class"},
      {adaptor.getIouThreshold(), "iou_threshold"},
      {adaptor.getScoreThreshold(), "score_threshold"},
      {adaptor.getSoftNmsSigma(), "soft_nms_sigma"}};
  for (auto [i, optional] : llvm::enumerate(optionals)) {
    auto [value, name] = optional;
    if (!value)
      continue;
    if (i > 0 && !optionals[i - 1].first)
      return diag.fail(Twine(name) + " requires " + optionals[i - 1].second +
                       " (OpenVINO's inputs are positional)");
    if (failed(checkScalarOr1Element(diag, value.getType(), name)))
      return failure();
  }

  FailureOr<SmallVector<ShapeExpr, 3>> shapes = inferNonMaxSuppressionShapes(
      diag, ShapeExpr::fromType(adaptor.getBoxes().getType()),
      ShapeExpr::fromType(adaptor.getScores().getType()));
  if (failed(shapes))
    return failure();
  inferred.push_back((*shapes)[0].toTensorType(outputType));
  inferred.push_back((*shapes)[1].toTensorType(Float32Type::get(context)));
  inferred.push_back((*shapes)[2].toTensorType(outputType));
  return success();
}
