//===- Window.cpp - Convolutions and pooling ------------------------------===//
//
// Convolution, GroupConvolution, ConvolutionBackpropData, MaxPool and
// AvgPool over 1 to 3 spatial dimensions. Output sizes come from the
// dialect's shape functions (NNShapes.h) evaluated on the runtime shapes;
// the data is padded explicitly (tensor.pad), so the window ops themselves
// never read outside their input.
//
//===----------------------------------------------------------------------===//

#include "LoweringUtils.h"

#include "ovmlir/Dialect/OV/IR/NNShapes.h"
#include "ovmlir/Dialect/OV/IR/OVOps.h"
#include "ovmlir/Dialect/OV/IR/ShapeUtils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/ImplicitLocOpBuilder.h"
#include "mlir/Transforms/DialectConversion.h"

using namespace mlir;
using namespace mlir::ov;
using namespace mlir::ov::lowering;

namespace {

/// `d` as an OpFoldResult (constants need no builder of their own).
OpFoldResult foldResult(ImplicitLocOpBuilder &b, const DimExpr &d) {
  if (d.isConstant())
    return b.getIndexAttr(d.getConstant());
  return d.getOpFoldResult();
}

/// The sizes of `shape`, static where the shape function or `type` knows
/// them.
SmallVector<OpFoldResult> getSizes(ImplicitLocOpBuilder &b,
                                   RankedTensorType type,
                                   const ShapeExpr &shape) {
  SmallVector<OpFoldResult> sizes;
  for (int64_t d = 0; d < shape.getRank(); ++d)
    sizes.push_back(!shape[d].isConstant() && !type.isDynamicDim(d)
                        ? OpFoldResult(b.getIndexAttr(type.getDimSize(d)))
                        : foldResult(b, shape[d]));
  return sizes;
}

/// A tensor of `sizes` filled with `value`.
Value makeFilled(ImplicitLocOpBuilder &b, ArrayRef<OpFoldResult> sizes,
                 TypedAttr value) {
  Value empty = tensor::EmptyOp::create(b, sizes, value.getType());
  Value fill = arith::ConstantOp::create(b, value);
  return linalg::FillOp::create(b, ValueRange{fill}, ValueRange{empty})
      .getResult(0);
}

Value castTo(ImplicitLocOpBuilder &b, Value value, Type type) {
  if (value.getType() == type)
    return value;
  return tensor::CastOp::create(b, type, value);
}

struct SpatialPads {
  SmallVector<DimExpr> begin, end;
};

/// The padding of a window op as OpenVINO computes it: explicit pads, none
/// for `valid`, or for same_upper / same_lower the total that keeps
/// ceil(in / stride) outputs, the odd element at the end (upper) or the
/// beginning (lower).
FailureOr<SpatialPads>
getPads(PadType autoPad, ArrayRef<int64_t> padsBegin, ArrayRef<int64_t> padsEnd,
        ArrayRef<DimExpr> inSizes, ArrayRef<int64_t> kernel,
        ArrayRef<int64_t> strides, ArrayRef<int64_t> dilations) {
  size_t n = inSizes.size();
  SpatialPads pads;
  if (autoPad == PadType::explicit_ || autoPad == PadType::notset) {
    if (padsBegin.size() != n || padsEnd.size() != n)
      return failure();
    for (size_t i = 0; i < n; ++i) {
      pads.begin.push_back(padsBegin[i]);
      pads.end.push_back(padsEnd[i]);
    }
    return pads;
  }
  for (size_t i = 0; i < n; ++i) {
    if (autoPad == PadType::valid) {
      pads.begin.push_back(0);
      pads.end.push_back(0);
      continue;
    }
    int64_t dilation = dilations.empty() ? 1 : dilations[i];
    DimExpr in = inSizes[i];
    DimExpr total = max((ceilDiv(in, strides[i]) - 1) * strides[i] +
                            (kernel[i] - 1) * dilation + 1 - in,
                        0);
    DimExpr small = floorDiv(total, 2), large = total - small;
    bool upper = autoPad == PadType::same_upper;
    pads.begin.push_back(upper ? small : large);
    pads.end.push_back(upper ? large : small);
  }
  return pads;
}

/// `input` [N, C, spatial...] padded with `value` on the spatial dims.
Value padSpatial(ImplicitLocOpBuilder &b, Value input, ArrayRef<DimExpr> begin,
                 ArrayRef<DimExpr> end, TypedAttr value) {
  auto isZero = [](const DimExpr &d) { return d.isConstant(0); };
  if (llvm::all_of(begin, isZero) && llvm::all_of(end, isZero))
    return input;
  SmallVector<OpFoldResult> low(2, b.getIndexAttr(0)),
      high(2, b.getIndexAttr(0));
  for (auto [lo, hi] : llvm::zip(begin, end)) {
    low.push_back(foldResult(b, lo));
    high.push_back(foldResult(b, hi));
  }
  Value padValue = arith::ConstantOp::create(b, value);
  return tensor::PadOp::create(b, Type(), input, low, high, padValue);
}

DenseIntElementsAttr i64Vector(Builder &b, ArrayRef<int64_t> values) {
  return b.getI64TensorAttr(values);
}

Value multiplyAdd(ImplicitLocOpBuilder &b, Value acc, Value x, Value w) {
  if (isFloat(acc.getType()))
    return arith::AddFOp::create(b, acc, arith::MulFOp::create(b, x, w));
  return arith::AddIOp::create(b, acc, arith::MulIOp::create(b, x, w));
}

/// Convolution of padded `data` [N, C_IN, spatial...] with `filter`
/// [C_OUT, C_IN, kernel...] (no padding, unit input dilation) into the
/// zero-filled `output`: the named linalg op of the spatial rank.
FailureOr<Value> buildConvolution(ImplicitLocOpBuilder &b, Value data,
                                  Value filter, Value output,
                                  ArrayRef<int64_t> strides,
                                  ArrayRef<int64_t> dilations) {
  SmallVector<Type> types = {output.getType()};
  SmallVector<Value> inputs = {data, filter}, outputs = {output};
  switch (strides.size()) {
  case 1:
    return linalg::Conv1DNcwFcwOp::create(b, types, inputs, outputs,
                                          i64Vector(b, strides),
                                          i64Vector(b, dilations))
        ->getResult(0);
  case 2:
    return linalg::Conv2DNchwFchwOp::create(b, types, inputs, outputs,
                                            i64Vector(b, strides),
                                            i64Vector(b, dilations))
        ->getResult(0);
  case 3:
    return linalg::Conv3DNcdhwFcdhwOp::create(b, types, inputs, outputs,
                                              i64Vector(b, strides),
                                              i64Vector(b, dilations))
        ->getResult(0);
  default:
    return failure();
  }
}

/// Convolution-1 and GroupConvolution-1 with 1 to 3 spatial dimensions:
/// padding, then linalg.conv_{1,2,3}d_* (or a linalg.generic over
/// [N, G, C_OUT / G, spatial..., C_IN / G, kernel...] for groups).
template <typename OpTy>
struct ConvolutionLowering : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  static constexpr bool grouped = std::is_same_v<OpTy, GroupConvolutionOp>;

  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value data = adaptor.getData(), filter = adaptor.getFilter();
    auto dataType = dyn_cast<RankedTensorType>(data.getType());
    auto filterType = dyn_cast<RankedTensorType>(filter.getType());
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    if (!dataType || !filterType || !resultType)
      return rewriter.notifyMatchFailure(op, "needs ranked operands");
    int64_t numSpatial = dataType.getRank() - 2;
    int64_t filterRank = numSpatial + (grouped ? 3 : 2);
    Type element = resultType.getElementType();
    if (numSpatial < 1 || numSpatial > 3 ||
        filterType.getRank() != filterRank || !filterType.hasStaticShape())
      return rewriter.notifyMatchFailure(
          op, "needs 1 to 3 spatial dimensions and a static filter");
    if (dataType.getElementType() != element ||
        filterType.getElementType() != element || isUnsigned(element))
      return rewriter.notifyMatchFailure(
          op, "needs one signless element type for data, filter and result");
    ArrayRef<int64_t> strides = op.getStrides();
    SmallVector<int64_t> dilations(op.getDilations());
    if (dilations.empty())
      dilations.assign(numSpatial, 1);

    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    ShapeExpr dataShape = ShapeExpr::fromValue(data, b);
    ShapeExpr filterShape = ShapeExpr::fromValue(filter, b);
    WindowAttrs window{strides, op.getPadsBegin(), op.getPadsEnd(), dilations,
                       op.getAutoPad()};
    ShapeDiag diag(std::nullopt);
    FailureOr<ShapeExpr> outShape =
        grouped
            ? inferGroupConvolutionShape(diag, dataShape, filterShape, window)
            : inferConvolutionShape(diag, dataShape, filterShape, window);
    ArrayRef<int64_t> kernel = filterType.getShape().take_back(numSpatial);
    FailureOr<SpatialPads> pads =
        getPads(op.getAutoPad(), op.getPadsBegin(), op.getPadsEnd(),
                dataShape.getDims().drop_front(2), kernel, strides, dilations);
    if (failed(outShape) || failed(pads) ||
        static_cast<int64_t>(strides.size()) != numSpatial)
      return rewriter.notifyMatchFailure(op, "invalid window attributes");

    TypedAttr zero = b.getZeroAttr(element);
    Value padded = padSpatial(b, data, pads->begin, pads->end, zero);
    SmallVector<OpFoldResult> sizes = getSizes(b, resultType, *outShape);
    Value result;
    if constexpr (!grouped) {
      Value output = makeFilled(b, sizes, zero);
      result = *buildConvolution(b, padded, filter, output, strides, dilations);
    } else {
      // Output [N, G, F, spatial...], collapsed to [N, G * F, ...] after.
      int64_t groups = filterType.getDimSize(0);
      int64_t perGroupOut = filterType.getDimSize(1);
      int64_t perGroupIn = filterType.getDimSize(2);
      SmallVector<OpFoldResult> groupedSizes = {
          sizes[0], b.getIndexAttr(groups), b.getIndexAttr(perGroupOut)};
      llvm::append_range(groupedSizes, ArrayRef(sizes).drop_front(2));
      Value output = makeFilled(b, groupedSizes, zero);
      // Loops: n, g, f, o..., c, k...
      int64_t numLoops = 4 + 2 * numSpatial;
      auto dim = [&](int64_t i) { return b.getAffineDimExpr(i); };
      int64_t cLoop = 3 + numSpatial, kLoop = 4 + numSpatial;
      SmallVector<AffineExpr> dataExprs = {dim(0),
                                           dim(1) * perGroupIn + dim(cLoop)};
      SmallVector<AffineExpr> filterExprs = {dim(1), dim(2), dim(cLoop)};
      SmallVector<AffineExpr> outExprs = {dim(0), dim(1), dim(2)};
      for (int64_t i = 0; i < numSpatial; ++i) {
        dataExprs.push_back(dim(3 + i) * strides[i] +
                            dim(kLoop + i) * dilations[i]);
        filterExprs.push_back(dim(kLoop + i));
        outExprs.push_back(dim(3 + i));
      }
      SmallVector<AffineMap> maps = {
          AffineMap::get(numLoops, 0, dataExprs, b.getContext()),
          AffineMap::get(numLoops, 0, filterExprs, b.getContext()),
          AffineMap::get(numLoops, 0, outExprs, b.getContext())};
      SmallVector<utils::IteratorType> iterators(numLoops,
                                                 utils::IteratorType::parallel);
      for (int64_t i = cLoop; i < numLoops; ++i)
        iterators[i] = utils::IteratorType::reduction;
      Value conv =
          linalg::GenericOp::create(
              b, TypeRange{output.getType()}, ValueRange{padded, filter},
              ValueRange{output}, maps, iterators,
              [&](OpBuilder &nested, Location loc, ValueRange args) {
                ImplicitLocOpBuilder body(loc, nested);
                linalg::YieldOp::create(
                    body, multiplyAdd(body, args[2], args[0], args[1]));
              })
              .getResult(0);
      SmallVector<ReassociationIndices> reassociation = {{0}, {1, 2}};
      for (int64_t i = 0; i < numSpatial; ++i)
        reassociation.push_back({3 + i});
      result = tensor::CollapseShapeOp::create(b, conv, reassociation);
    }
    rewriter.replaceOp(op, castTo(b, result, resultType));
    return success();
  }
};

/// ConvolutionBackpropData-1 (transposed convolution): the data is dilated
/// by the strides (zeros in between), padded by (kernel - 1) * dilation
/// minus the pads (cropped where that is negative), then convolved with
/// unit stride with the filter flipped and transposed to [C_OUT, C_IN, ...].
struct ConvolutionBackpropDataLowering
    : OpConversionPattern<ConvolutionBackpropDataOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ConvolutionBackpropDataOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value data = adaptor.getData(), filter = adaptor.getFilter();
    auto dataType = dyn_cast<RankedTensorType>(data.getType());
    auto filterType = dyn_cast<RankedTensorType>(filter.getType());
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    if (!dataType || !filterType || !resultType)
      return rewriter.notifyMatchFailure(op, "needs ranked operands");
    int64_t numSpatial = dataType.getRank() - 2;
    Type element = resultType.getElementType();
    if (numSpatial < 1 || numSpatial > 3 ||
        filterType.getRank() != numSpatial + 2 ||
        !filterType.hasStaticShape() ||
        llvm::any_of(dataType.getShape().drop_front(1), ShapedType::isDynamic))
      return rewriter.notifyMatchFailure(
          op, "needs 1 to 3 spatial dimensions, static data sizes (but the "
              "batch) and a static filter");
    if (dataType.getElementType() != element ||
        filterType.getElementType() != element || isUnsigned(element))
      return rewriter.notifyMatchFailure(
          op, "needs one signless element type for data, filter and result");
    std::optional<SmallVector<int64_t>> outputShapeValues;
    if (op.getOutputShape()) {
      outputShapeValues = getConstantIntValues(op.getOutputShape());
      if (!outputShapeValues)
        return rewriter.notifyMatchFailure(op, "needs a constant output_shape");
    }
    ArrayRef<int64_t> strides = op.getStrides();
    SmallVector<int64_t> dilations(op.getDilations());
    if (dilations.empty())
      dilations.assign(numSpatial, 1);
    SmallVector<int64_t> outputPadding(
        op.getOutputPadding().value_or(ArrayRef<int64_t>{}));
    if (outputPadding.empty())
      outputPadding.assign(numSpatial, 0);

    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    ShapeExpr dataShape = ShapeExpr::fromValue(data, b);
    ShapeExpr filterShape = ShapeExpr::fromValue(filter, b);
    WindowAttrs window{strides, op.getPadsBegin(), op.getPadsEnd(), dilations,
                       op.getAutoPad()};
    SmallVector<DimExpr> outputShapeDims;
    if (outputShapeValues)
      for (int64_t v : *outputShapeValues)
        outputShapeDims.push_back(v);
    std::optional<ArrayRef<DimExpr>> outputShapeArg;
    if (outputShapeValues)
      outputShapeArg = ArrayRef<DimExpr>(outputShapeDims);
    FailureOr<ShapeExpr> outShape = inferConvolutionBackpropDataShape(
        ShapeDiag(std::nullopt), dataShape, filterShape,
        static_cast<bool>(op.getOutputShape()), outputShapeArg,
        /*outputShapeSize=*/std::nullopt, window, outputPadding);
    if (failed(outShape) ||
        static_cast<int64_t>(strides.size()) != numSpatial ||
        static_cast<int64_t>(dilations.size()) != numSpatial ||
        static_cast<int64_t>(outputPadding.size()) != numSpatial)
      return rewriter.notifyMatchFailure(op, "invalid window attributes");

    // Per spatial dimension: the dilated size, the pads of the direct
    // convolution (low may be negative: then cropped) and the output size.
    TypedAttr zero = b.getZeroAttr(element);
    SmallVector<int64_t> dilatedSizes, low, high;
    bool explicitPads = op.getAutoPad() == PadType::explicit_ ||
                        op.getAutoPad() == PadType::notset;
    for (int64_t i = 0; i < numSpatial; ++i) {
      int64_t in = dataType.getDimSize(2 + i);
      int64_t kernel = filterType.getDimSize(2 + i);
      int64_t extent = (kernel - 1) * dilations[i];
      int64_t out = (*outShape)[2 + i].getStaticSize();
      if (ShapedType::isDynamic(out))
        return rewriter.notifyMatchFailure(op, "dynamic output size");
      int64_t dilated = strides[i] * (in - 1) + 1;
      int64_t begin = 0;
      if (explicitPads) {
        begin = op.getPadsBegin()[i];
      } else if (outputShapeValues && op.getAutoPad() != PadType::valid) {
        int64_t total =
            std::max<int64_t>(dilated + extent + outputPadding[i] - out, 0);
        begin = op.getAutoPad() == PadType::same_upper ? total / 2
                                                       : total - total / 2;
      }
      dilatedSizes.push_back(dilated);
      low.push_back(extent - begin);
      high.push_back(out - dilated + begin);
    }

    // Dilate: the data inserted with the strides into zeros.
    Value dilatedData = data;
    if (llvm::any_of(strides, [](int64_t s) { return s != 1; })) {
      SmallVector<OpFoldResult> sizes = {
          foldResult(b, dataShape[0]), b.getIndexAttr(dataType.getDimSize(1))};
      for (int64_t size : dilatedSizes)
        sizes.push_back(b.getIndexAttr(size));
      Value zeros = makeFilled(b, sizes, zero);
      SmallVector<OpFoldResult> offsets(dataType.getRank(), b.getIndexAttr(0));
      SmallVector<OpFoldResult> dataSizes =
          tensor::getMixedSizes(b, b.getLoc(), data);
      SmallVector<OpFoldResult> steps(2, b.getIndexAttr(1));
      for (int64_t s : strides)
        steps.push_back(b.getIndexAttr(s));
      dilatedData = tensor::InsertSliceOp::create(b, data, zeros, offsets,
                                                  dataSizes, steps);
    }
    // Crop where the pads are negative, then pad with zeros.
    SmallVector<DimExpr> padLow, padHigh;
    bool crop = false;
    SmallVector<OpFoldResult> cropOffsets(2, b.getIndexAttr(0));
    SmallVector<OpFoldResult> cropSizes =
        tensor::getMixedSizes(b, b.getLoc(), dilatedData);
    for (int64_t i = 0; i < numSpatial; ++i) {
      int64_t cutLow = std::max<int64_t>(-low[i], 0);
      int64_t cutHigh = std::max<int64_t>(-high[i], 0);
      if (cutLow + cutHigh >= dilatedSizes[i])
        return rewriter.notifyMatchFailure(op, "pads remove all the data");
      crop |= cutLow || cutHigh;
      cropOffsets.push_back(b.getIndexAttr(cutLow));
      cropSizes[2 + i] = b.getIndexAttr(dilatedSizes[i] - cutLow - cutHigh);
      padLow.push_back(std::max<int64_t>(low[i], 0));
      padHigh.push_back(std::max<int64_t>(high[i], 0));
    }
    if (crop)
      dilatedData = tensor::ExtractSliceOp::create(
          b, dilatedData, cropOffsets, cropSizes,
          SmallVector<OpFoldResult>(dataType.getRank(), b.getIndexAttr(1)));
    Value padded = padSpatial(b, dilatedData, padLow, padHigh, zero);

    // The filter [C_IN, C_OUT, k...] as [C_OUT, C_IN, k...], flipped.
    SmallVector<int64_t> flippedShape = {filterType.getDimSize(1),
                                         filterType.getDimSize(0)};
    llvm::append_range(flippedShape, filterType.getShape().drop_front(2));
    int64_t rank = filterType.getRank();
    SmallVector<AffineExpr> readExprs = {b.getAffineDimExpr(1),
                                         b.getAffineDimExpr(0)};
    for (int64_t i = 0; i < numSpatial; ++i)
      readExprs.push_back(filterType.getDimSize(2 + i) - 1 -
                          b.getAffineDimExpr(2 + i));
    Value flippedInit = tensor::EmptyOp::create(b, flippedShape, element);
    Value flipped = linalg::GenericOp::create(
                        b, TypeRange{flippedInit.getType()}, ValueRange{filter},
                        ValueRange{flippedInit},
                        SmallVector<AffineMap>{
                            AffineMap::get(rank, 0, readExprs, b.getContext()),
                            b.getMultiDimIdentityMap(rank)},
                        SmallVector<utils::IteratorType>(
                            rank, utils::IteratorType::parallel),
                        [&](OpBuilder &nested, Location loc, ValueRange args) {
                          linalg::YieldOp::create(nested, loc, args[0]);
                        })
                        .getResult(0);

    Value output = makeFilled(b, getSizes(b, resultType, *outShape), zero);
    FailureOr<Value> result =
        buildConvolution(b, padded, flipped, output,
                         SmallVector<int64_t>(numSpatial, 1), dilations);
    if (failed(result))
      return failure();
    rewriter.replaceOp(op, castTo(b, *result, resultType));
    return success();
  }
};

/// MaxPool-1/8/14 and AvgPool-1/14 with 1 to 3 spatial dimensions: the
/// data padded (-inf or the type's minimum for max, zeros for the average;
/// at the end also as far as ceil rounding needs), then a linalg.generic
/// over [N, C, out..., kernel...]. MaxPool-8's indices come from the same
/// generic (first maximum wins); AvgPool divides each sum by the size of
/// its window clipped to the data (exclude-pad) or to the padded data.
template <typename OpTy> struct PoolLowering : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  static constexpr bool isMax = std::is_same_v<OpTy, MaxPoolOp>;

  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value data = adaptor.getData();
    auto dataType = dyn_cast<RankedTensorType>(data.getType());
    auto resultType = dyn_cast<RankedTensorType>(op->getResult(0).getType());
    if (!dataType || !resultType)
      return rewriter.notifyMatchFailure(op, "needs ranked types");
    int64_t rank = dataType.getRank(), numSpatial = rank - 2;
    Type element = resultType.getElementType();
    if (numSpatial < 1 || numSpatial > 3 || isUnsigned(element) ||
        (!isMax && !isFloat(element)))
      return rewriter.notifyMatchFailure(
          op, isMax ? "needs 1 to 3 spatial dimensions and float or signed "
                      "integer elements"
                    : "needs 1 to 3 spatial dimensions and float elements");
    ArrayRef<int64_t> kernel = op.getKernel();
    ArrayRef<int64_t> strides = op.getStrides();
    SmallVector<int64_t> dilations(numSpatial, 1);
    bool excludePad = false;
    bool withIndices = false;
    int64_t axis = 0;
    if constexpr (isMax) {
      if (op.getDilations() && !op.getDilations()->empty())
        dilations = SmallVector<int64_t>(*op.getDilations());
      withIndices = !op->getResult(1).use_empty();
      axis = static_cast<int64_t>(op.getAxis());
      if (axis < 0)
        axis += rank;
      if (axis < 0 || axis >= rank)
        return rewriter.notifyMatchFailure(op, "axis out of range");
    } else {
      excludePad = op.getExcludePad();
    }
    if (static_cast<int64_t>(kernel.size()) != numSpatial ||
        static_cast<int64_t>(strides.size()) != numSpatial ||
        static_cast<int64_t>(dilations.size()) != numSpatial)
      return rewriter.notifyMatchFailure(op, "invalid window attributes");

    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    ShapeExpr dataShape = ShapeExpr::fromValue(data, b);
    WindowAttrs window{strides, op.getPadsBegin(), op.getPadsEnd(), dilations,
                       op.getAutoPad()};
    FailureOr<ShapeExpr> outShape =
        inferPoolShape(ShapeDiag(std::nullopt), dataShape, kernel, window,
                       op.getRoundingType(), excludePad);
    ArrayRef<DimExpr> inSizes = dataShape.getDims().drop_front(2);
    FailureOr<SpatialPads> pads =
        getPads(op.getAutoPad(), op.getPadsBegin(), op.getPadsEnd(), inSizes,
                kernel, strides, dilations);
    if (failed(outShape) || failed(pads))
      return rewriter.notifyMatchFailure(op, "invalid window attributes");
    // Ceil rounding: pad the end further so that every window fits.
    SmallVector<DimExpr> padEnd = pads->end;
    for (int64_t i = 0; i < numSpatial; ++i) {
      DimExpr needed = ((*outShape)[2 + i] - 1) * strides[i] +
                       (kernel[i] - 1) * dilations[i] + 1;
      DimExpr have = inSizes[i] + pads->begin[i] + pads->end[i];
      padEnd[i] = padEnd[i] + max(needed - have, 0);
    }

    TypedAttr padValue;
    if (!isMax)
      padValue = b.getZeroAttr(element);
    else if (auto floatType = dyn_cast<FloatType>(element))
      padValue = b.getFloatAttr(
          element, APFloat::getInf(floatType.getFloatSemantics(), true));
    else
      padValue = getIdentity(b, ReduceKind::Max, element);
    Value padded = padSpatial(b, data, pads->begin, padEnd, padValue);
    SmallVector<OpFoldResult> sizes = getSizes(b, resultType, *outShape);
    // Values the bodies need, computed before the generics.
    SmallVector<Value> inValues, beginValues, endValues;
    for (int64_t i = 0; i < numSpatial; ++i) {
      beginValues.push_back(pads->begin[i].materialize(b));
      endValues.push_back(pads->end[i].materialize(b));
    }
    for (int64_t d = 0; d < rank; ++d)
      inValues.push_back(dataShape[d].materialize(b));

    // Loops: n, c, out..., kernel...
    int64_t numLoops = rank + numSpatial;
    auto dim = [&](int64_t i) { return b.getAffineDimExpr(i); };
    SmallVector<AffineExpr> inExprs = {dim(0), dim(1)}, windowExprs,
                            outExprs = {dim(0), dim(1)};
    for (int64_t i = 0; i < numSpatial; ++i) {
      inExprs.push_back(dim(2 + i) * strides[i] + dim(rank + i) * dilations[i]);
      windowExprs.push_back(dim(rank + i));
      outExprs.push_back(dim(2 + i));
    }
    AffineMap outMap = AffineMap::get(numLoops, 0, outExprs, b.getContext());
    SmallVector<AffineMap> maps = {
        AffineMap::get(numLoops, 0, inExprs, b.getContext()),
        AffineMap::get(numLoops, 0, windowExprs, b.getContext()), outMap};
    SmallVector<utils::IteratorType> iterators(rank,
                                               utils::IteratorType::parallel);
    iterators.append(numSpatial, utils::IteratorType::reduction);
    Value windowShape = tensor::EmptyOp::create(b, kernel, element);
    Value init = makeFilled(b, sizes, padValue);
    SmallVector<Value> outputs = {init};
    Type indexType;
    if (withIndices) {
      auto indicesType = cast<RankedTensorType>(op->getResult(1).getType());
      indexType = indicesType.getElementType();
      outputs.push_back(makeFilled(b, sizes, b.getZeroAttr(indexType)));
      maps.push_back(outMap);
    }
    auto generic = linalg::GenericOp::create(
        b, ValueRange(outputs).getTypes(), ValueRange{padded, windowShape},
        outputs, maps, iterators,
        [&](OpBuilder &nested, Location loc, ValueRange args) {
          ImplicitLocOpBuilder body(loc, nested);
          Value x = args[0], acc = args[2];
          if (!isMax) {
            linalg::YieldOp::create(
                body, combineReduce(body, ReduceKind::Sum, acc, x));
            return;
          }
          if (!withIndices) {
            linalg::YieldOp::create(
                body, combineReduce(body, ReduceKind::Max, acc, x));
            return;
          }
          // The flattened position of x in the unpadded data, counted
          // from dimension `axis`.
          Value flat = arith::ConstantIndexOp::create(body, 0);
          for (int64_t d = axis; d < rank; ++d) {
            Value pos = linalg::IndexOp::create(body, d);
            if (d >= 2) {
              int64_t i = d - 2;
              Value k = linalg::IndexOp::create(body, rank + i);
              pos = arith::AddIOp::create(
                  body,
                  arith::MulIOp::create(
                      body, pos,
                      arith::ConstantIndexOp::create(body, strides[i])),
                  arith::MulIOp::create(
                      body, k,
                      arith::ConstantIndexOp::create(body, dilations[i])));
              pos = arith::SubIOp::create(body, pos, beginValues[i]);
            }
            flat = arith::AddIOp::create(
                body, arith::MulIOp::create(body, flat, inValues[d]), pos);
          }
          Value index = arith::IndexCastOp::create(body, indexType, flat);
          Value greater = isFloat(element)
                              ? Value(arith::CmpFOp::create(
                                    body, arith::CmpFPredicate::OGT, x, acc))
                              : Value(arith::CmpIOp::create(
                                    body, arith::CmpIPredicate::sgt, x, acc));
          linalg::YieldOp::create(
              body, ValueRange{arith::SelectOp::create(body, greater, x, acc),
                               arith::SelectOp::create(body, greater, index,
                                                       args[3])});
        });
    Value result = generic.getResult(0);

    if constexpr (!isMax) {
      // Divide by the window size clipped to the data (exclude-pad) or to
      // the padded data.
      Value divided = makeFilled(b, sizes, b.getZeroAttr(element));
      int64_t outRank = rank;
      result =
          linalg::GenericOp::create(
              b, TypeRange{divided.getType()}, ValueRange{result},
              ValueRange{divided},
              SmallVector<AffineMap>(2, b.getMultiDimIdentityMap(outRank)),
              SmallVector<utils::IteratorType>(outRank,
                                               utils::IteratorType::parallel),
              [&](OpBuilder &nested, Location loc, ValueRange args) {
                ImplicitLocOpBuilder body(loc, nested);
                Value count = arith::ConstantIndexOp::create(body, 1);
                Value zeroIndex = arith::ConstantIndexOp::create(body, 0);
                for (int64_t i = 0; i < numSpatial; ++i) {
                  Value o = linalg::IndexOp::create(body, 2 + i);
                  Value start = arith::SubIOp::create(
                      body,
                      arith::MulIOp::create(
                          body, o,
                          arith::ConstantIndexOp::create(body, strides[i])),
                      beginValues[i]);
                  Value stop = arith::AddIOp::create(
                      body, start,
                      arith::ConstantIndexOp::create(body, kernel[i]));
                  Value lowest = excludePad
                                     ? zeroIndex
                                     : arith::SubIOp::create(body, zeroIndex,
                                                             beginValues[i]);
                  Value highest =
                      excludePad ? inValues[2 + i]
                                 : arith::AddIOp::create(body, inValues[2 + i],
                                                         endValues[i]);
                  Value lo = arith::MaxSIOp::create(body, start, lowest);
                  Value hi = arith::MinSIOp::create(body, stop, highest);
                  count = arith::MulIOp::create(
                      body, count, arith::SubIOp::create(body, hi, lo));
                }
                count = arith::MaxSIOp::create(
                    body, count, arith::ConstantIndexOp::create(body, 1));
                Value wide =
                    arith::IndexCastOp::create(body, body.getI64Type(), count);
                Value divisor = arith::SIToFPOp::create(body, element, wide);
                Value mean = arith::DivFOp::create(body, args[0], divisor);
                linalg::YieldOp::create(body, mean);
              })
              .getResult(0);
    }

    SmallVector<Value> replacements = {castTo(b, result, resultType)};
    if constexpr (isMax) {
      Type indicesType = op->getResult(1).getType();
      if (withIndices) {
        replacements.push_back(castTo(b, generic.getResult(1), indicesType));
      } else {
        // Unused: an empty tensor of the right shape stands in.
        replacements.push_back(castTo(
            b, tensor::EmptyOp::create(b, sizes, getElementType(indicesType)),
            indicesType));
      }
    }
    rewriter.replaceOp(op, replacements);
    return success();
  }
};

} // namespace

void lowering::populateWindowLowerings(RewritePatternSet &patterns) {
  patterns.add<ConvolutionLowering<ConvolutionOp>,
               ConvolutionLowering<GroupConvolutionOp>,
               ConvolutionBackpropDataLowering, PoolLowering<MaxPoolOp>,
               PoolLowering<AvgPoolOp>>(patterns.getContext());
}
