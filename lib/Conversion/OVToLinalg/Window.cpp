//===- Window.cpp - Convolutions and pooling ------------------------------===//
//
// Convolution, GroupConvolution, ConvolutionBackpropData, MaxPool and
// AvgPool over 1 to 3 spatial dimensions, and Interpolate. Output sizes come
// from the dialect's shape functions (NNShapes.h) evaluated on the runtime
// shapes; the data is padded explicitly (tensor.pad), so the window ops
// themselves never read outside their input.
//
//===----------------------------------------------------------------------===//

#include "LoweringUtils.h"

#include "ovmlir/Dialect/OV/IR/NNShapes.h"
#include "ovmlir/Dialect/OV/IR/OVOps.h"
#include "ovmlir/Dialect/OV/IR/ShapeUtils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/ImplicitLocOpBuilder.h"
#include "mlir/Transforms/DialectConversion.h"

#include <cmath>

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

/// A constant `value` (a signless attribute) as a scalar of `type`.
Value makeScalar(ImplicitLocOpBuilder &b, TypedAttr value, Type type) {
  return fromSignless(b, arith::ConstantOp::create(b, value), type);
}

/// A tensor of `sizes` filled with `value`, of `type` (default: the
/// value's).
Value makeFilled(ImplicitLocOpBuilder &b, ArrayRef<OpFoldResult> sizes,
                 TypedAttr value, Type type = {}) {
  if (!type)
    type = value.getType();
  Value empty = tensor::EmptyOp::create(b, sizes, type);
  Value fill = makeScalar(b, value, type);
  return linalg::FillOp::create(b, ValueRange{fill}, ValueRange{empty})
      .getResult(0);
}

/// A run-time check that a dynamic `size` is `expected` (the window ops
/// would read out of bounds otherwise).
void assertSize(ImplicitLocOpBuilder &b, const DimExpr &size, int64_t expected,
                StringRef message) {
  if (size.isConstant())
    return;
  Value same =
      arith::CmpIOp::create(b, arith::CmpIPredicate::eq, size.materialize(b),
                            arith::ConstantIndexOp::create(b, expected));
  cf::AssertOp::create(b, same, message);
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
  SmallVector<OpFoldResult> low(2, b.getIndexAttr(0)),
      high(2, b.getIndexAttr(0));
  for (auto [lo, hi] : llvm::zip(begin, end)) {
    low.push_back(foldResult(b, lo));
    high.push_back(foldResult(b, hi));
  }
  return padOrSame(b, input, low, high,
                   makeScalar(b, value, getElementType(input.getType())));
}

DenseIntElementsAttr i64Vector(Builder &b, ArrayRef<int64_t> values) {
  return b.getI64TensorAttr(values);
}

Value multiplyAdd(ImplicitLocOpBuilder &b, Value acc, Value x, Value w) {
  if (isFloat(acc.getType()))
    return arith::AddFOp::create(b, acc, arith::MulFOp::create(b, x, w));
  return arith::AddIOp::create(b, acc, arith::MulIOp::create(b, x, w));
}

/// The positions of the taps of a `kernel` window, in row-major order.
SmallVector<SmallVector<int64_t>> getTaps(ArrayRef<int64_t> kernel) {
  int64_t numTaps = 1;
  for (int64_t size : kernel)
    numTaps *= size;
  SmallVector<SmallVector<int64_t>> taps;
  for (int64_t t = 0; t < numTaps; ++t) {
    SmallVector<int64_t> tap(kernel.size());
    for (int64_t i = kernel.size() - 1, rest = t; i >= 0; --i) {
      tap[i] = rest % kernel[i];
      rest /= kernel[i];
    }
    taps.push_back(tap);
  }
  return taps;
}

/// What kernel tap `tap` reads of padded `data` [N, C, spatial...] for
/// every output position: data[n, c, out * stride + tap * dilation], a
/// strided slice with the output's sizes `outSizes`.
Value sliceTap(ImplicitLocOpBuilder &b, Value data, ArrayRef<int64_t> tap,
               ArrayRef<OpFoldResult> outSizes, ArrayRef<int64_t> strides,
               ArrayRef<int64_t> dilations) {
  SmallVector<OpFoldResult> offsets(2, b.getIndexAttr(0));
  SmallVector<OpFoldResult> sliceStrides(2, b.getIndexAttr(1));
  for (auto [position, stride, dilation] : llvm::zip(tap, strides, dilations)) {
    offsets.push_back(b.getIndexAttr(position * dilation));
    sliceStrides.push_back(b.getIndexAttr(stride));
  }
  return tensor::ExtractSliceOp::create(b, data, offsets, outSizes,
                                        sliceStrides);
}

/// One all-parallel linalg.generic producing a new [N, C, out...] tensor of
/// `element`s from `inputs` read through `maps`, with body `build`.
Value buildTapGeneric(
    ImplicitLocOpBuilder &b, ValueRange inputs, ArrayRef<AffineMap> maps,
    ArrayRef<OpFoldResult> outSizes, Type element,
    function_ref<Value(ImplicitLocOpBuilder &, ValueRange)> build) {
  int64_t rank = outSizes.size();
  Value init = tensor::EmptyOp::create(b, outSizes, element);
  SmallVector<AffineMap> allMaps(maps);
  allMaps.push_back(b.getMultiDimIdentityMap(rank));
  SmallVector<utils::IteratorType> iterators(rank,
                                             utils::IteratorType::parallel);
  return linalg::GenericOp::create(
             b, TypeRange{init.getType()}, inputs, ValueRange{init}, allMaps,
             iterators,
             [&](OpBuilder &nested, Location loc, ValueRange args) {
               ImplicitLocOpBuilder body(loc, nested);
               linalg::YieldOp::create(body, build(body, args.drop_back()));
             })
      .getResult(0);
}

/// A depthwise convolution (one input and one output channel per group) of
/// padded float `data` [N, C, spatial...] with `filter` [C, 1, 1, kernel...]:
/// one elementwise op over the output [N, C, out...] summing, over the
/// kernel taps k, filter[c, 0, 0, k] * data[n, c, out * stride + k *
/// dilation]. Each tap's data is a strided slice of `data` with the output's
/// shape, so every indexing map is a projected permutation and the op
/// vectorizes along the output's innermost dimension (the windowed generic
/// of other grouped convolutions does not).
Value buildDepthwiseTapSum(ImplicitLocOpBuilder &b, Value data, Value filter,
                           ArrayRef<OpFoldResult> outSizes,
                           ArrayRef<int64_t> strides,
                           ArrayRef<int64_t> dilations) {
  auto filterType = cast<RankedTensorType>(filter.getType());
  Type element = filterType.getElementType();
  int64_t numSpatial = strides.size();
  int64_t rank = 2 + numSpatial;
  ArrayRef<int64_t> kernel = filterType.getShape().take_back(numSpatial);
  AffineMap identity = b.getMultiDimIdentityMap(rank);
  AffineMap perChannel = AffineMap::get(rank, 0, b.getAffineDimExpr(1));
  auto tapFilterType =
      RankedTensorType::get({filterType.getDimSize(0)}, element);
  SmallVector<OpFoldResult> filterSizes = {
      b.getIndexAttr(filterType.getDimSize(0))};
  filterSizes.append(2 + numSpatial, b.getIndexAttr(1));
  SmallVector<OpFoldResult> unitStrides(3 + numSpatial, b.getIndexAttr(1));
  SmallVector<Value> inputs;
  SmallVector<AffineMap> maps;
  for (ArrayRef<int64_t> tap : getTaps(kernel)) {
    SmallVector<OpFoldResult> filterOffsets(3, b.getIndexAttr(0));
    for (int64_t position : tap)
      filterOffsets.push_back(b.getIndexAttr(position));
    inputs.push_back(sliceTap(b, data, tap, outSizes, strides, dilations));
    maps.push_back(identity);
    inputs.push_back(tensor::ExtractSliceOp::create(
        b, tapFilterType, filter, filterOffsets, filterSizes, unitStrides));
    maps.push_back(perChannel);
  }
  return buildTapGeneric(
      b, inputs, maps, outSizes, element,
      [&](ImplicitLocOpBuilder &body, ValueRange args) {
        // Products and sums may fuse into FMAs (math.fma would become a
        // libm call where the code stays scalar).
        auto contract = arith::FastMathFlags::contract;
        Value sum = arith::MulFOp::create(body, args[0], args[1], contract);
        for (int64_t t = 2; t < static_cast<int64_t>(args.size()); t += 2)
          sum = arith::AddFOp::create(
              body, sum,
              arith::MulFOp::create(body, args[t], args[t + 1], contract),
              contract);
        return sum;
      });
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
    int64_t inChannels =
        grouped ? filterType.getDimSize(0) * filterType.getDimSize(2)
                : filterType.getDimSize(1);
    assertSize(b, dataShape[1], inChannels,
               "convolution: the data's channels do not match the filter");
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
      if (perGroupIn == 1 && perGroupOut == 1 && isFloat(element)) {
        result =
            buildDepthwiseTapSum(b, padded, filter, sizes, strides, dilations);
        rewriter.replaceOp(op, castTo(b, result, resultType));
        return success();
      }
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
        filterType.getRank() != numSpatial + 2 || !filterType.hasStaticShape())
      return rewriter.notifyMatchFailure(
          op, "needs 1 to 3 spatial dimensions and a static filter");
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
    assertSize(b, dataShape[1], filterType.getDimSize(0),
               "convolution_backprop_data: the data's channels do not match "
               "the filter");
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
    // convolution (cropped where negative; they must be constants) and the
    // output size.
    TypedAttr zero = b.getZeroAttr(element);
    SmallVector<DimExpr> dilatedSizes;
    SmallVector<int64_t> low, high;
    bool explicitPads = op.getAutoPad() == PadType::explicit_ ||
                        op.getAutoPad() == PadType::notset;
    for (int64_t i = 0; i < numSpatial; ++i) {
      int64_t kernel = filterType.getDimSize(2 + i);
      int64_t extent = (kernel - 1) * dilations[i];
      DimExpr out = (*outShape)[2 + i];
      DimExpr dilated = (dataShape[2 + i] - 1) * strides[i] + 1;
      DimExpr begin = 0, highPad = 0;
      if (!outputShapeValues) {
        // Without output_shape the output is the full transposed
        // convolution minus the pads, whatever the input size.
        int64_t padBegin = explicitPads ? op.getPadsBegin()[i] : 0;
        int64_t padEnd = explicitPads ? op.getPadsEnd()[i] : 0;
        begin = padBegin;
        highPad = extent - padEnd + outputPadding[i];
      } else {
        if (explicitPads) {
          begin = op.getPadsBegin()[i];
        } else if (op.getAutoPad() != PadType::valid) {
          DimExpr total = max(dilated + extent + outputPadding[i] - out, 0);
          DimExpr half = floorDiv(total, 2);
          begin = op.getAutoPad() == PadType::same_upper ? half : total - half;
        }
        highPad = out - dilated + begin;
      }
      DimExpr lowPad = extent - begin;
      if (!lowPad.isConstant() || !highPad.isConstant())
        return rewriter.notifyMatchFailure(
            op, "output_shape with dynamic spatial sizes");
      dilatedSizes.push_back(dilated);
      low.push_back(lowPad.getConstant());
      high.push_back(highPad.getConstant());
    }

    // Dilate: the data inserted with the strides into zeros.
    Value dilatedData = data;
    if (llvm::any_of(strides, [](int64_t s) { return s != 1; })) {
      SmallVector<OpFoldResult> sizes = {foldResult(b, dataShape[0]),
                                         foldResult(b, dataShape[1])};
      for (const DimExpr &size : dilatedSizes)
        sizes.push_back(foldResult(b, size));
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
      DimExpr kept = dilatedSizes[i] - (cutLow + cutHigh);
      if (kept.isConstant() && kept.getConstant() <= 0)
        return rewriter.notifyMatchFailure(op, "pads remove all the data");
      crop |= cutLow || cutHigh;
      cropOffsets.push_back(b.getIndexAttr(cutLow));
      cropSizes[2 + i] = foldResult(b, kept);
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

/// Unused MaxPool indices: an empty tensor of the right shape stands in.
Value makeUnusedIndices(ImplicitLocOpBuilder &b, Type indicesType,
                        ArrayRef<OpFoldResult> sizes) {
  return castTo(b,
                tensor::EmptyOp::create(b, sizes, getElementType(indicesType)),
                indicesType);
}

/// The most kernel taps a pool lowers to tap slices for: one operand per tap
/// does not scale to global pools written as windows.
constexpr int64_t kMaxPoolTaps = 64;

/// When a static pool needs no indices and every window's divisor is the
/// kernel size (max pools: any padding), that size: the pool can then be one
/// elementwise op over the kernel taps' strided slices, which vectorizes
/// along the output width like a depthwise convolution. An average divides
/// by the window clipped to the data (exclude-pad: no padding may be read)
/// or to the explicitly padded data (no ceil-rounding extension may be
/// read). Larger kernels keep the windowed generic.
std::optional<int64_t>
getConstantDivisor(RankedTensorType dataType, RankedTensorType resultType,
                   bool isMax, bool withIndices, bool excludePad,
                   ArrayRef<int64_t> kernel, const SpatialPads &pads,
                   ArrayRef<DimExpr> padEnd) {
  if (withIndices || !dataType.hasStaticShape() || !resultType.hasStaticShape())
    return std::nullopt;
  int64_t size = 1;
  for (auto [i, extent] : llvm::enumerate(kernel)) {
    size *= extent;
    if (isMax)
      continue;
    const DimExpr &begin = pads.begin[i], &end = pads.end[i];
    if (!begin.isConstant() || !end.isConstant() || !padEnd[i].isConstant())
      return std::nullopt;
    int64_t readEnd = padEnd[i].getConstant();
    int64_t allowedEnd = excludePad ? 0 : end.getConstant();
    if ((excludePad && begin.getConstant() != 0) || readEnd > allowedEnd)
      return std::nullopt;
  }
  if (size > kMaxPoolTaps)
    return std::nullopt;
  return size;
}

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
    // Unsigned maxima compute on signless values of the same width.
    bool isUnsignedMax = isMax && isUnsigned(element);
    Type compute = isUnsignedMax
                       ? Type(IntegerType::get(op.getContext(),
                                               element.getIntOrFloatBitWidth()))
                       : element;
    if (numSpatial < 1 || numSpatial > 3 ||
        (isUnsigned(element) && !isUnsignedMax) ||
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
      padValue = isUnsignedMax ? b.getZeroAttr(compute)
                               : getIdentity(b, ReduceKind::Max, element);
    Value padded = padSpatial(b, data, pads->begin, padEnd, padValue);
    SmallVector<OpFoldResult> sizes = getSizes(b, resultType, *outShape);
    // The larger of two values: arith.maximumf for floats (NaN wins, as in
    // the reference), signed or unsigned integer maxima otherwise.
    auto larger = [&](ImplicitLocOpBuilder &body, Value acc, Value x) {
      acc = toSignless(body, acc);
      x = toSignless(body, x);
      Value max = isUnsignedMax ? Value(arith::MaxUIOp::create(body, acc, x))
                                : combineReduce(body, ReduceKind::Max, acc, x);
      return fromSignless(body, max, element);
    };
    if (std::optional<int64_t> divisor =
            getConstantDivisor(dataType, resultType, isMax, withIndices,
                               excludePad, kernel, *pads, padEnd)) {
      SmallVector<Value> taps;
      for (ArrayRef<int64_t> tap : getTaps(kernel))
        taps.push_back(sliceTap(b, padded, tap, sizes, strides, dilations));
      SmallVector<AffineMap> maps(taps.size(), b.getMultiDimIdentityMap(rank));
      Value result = buildTapGeneric(
          b, taps, maps, sizes, element,
          [&](ImplicitLocOpBuilder &body, ValueRange args) {
            Value acc = args[0];
            for (Value x : args.drop_front())
              acc = isMax ? larger(body, acc, x)
                          : combineReduce(body, ReduceKind::Sum, acc, x);
            if (isMax)
              return acc;
            return Value(arith::DivFOp::create(
                body, acc,
                makeScalar(body, b.getFloatAttr(element, *divisor), element)));
          });
      SmallVector<Value> replacements = {castTo(b, result, resultType)};
      if constexpr (isMax)
        replacements.push_back(
            makeUnusedIndices(b, op->getResult(1).getType(), sizes));
      rewriter.replaceOp(op, replacements);
      return success();
    }
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
    Value init = makeFilled(b, sizes, padValue, element);
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
          Value x = toSignless(body, args[0]), acc = toSignless(body, args[2]);
          if (!isMax) {
            linalg::YieldOp::create(
                body, combineReduce(body, ReduceKind::Sum, acc, x));
            return;
          }
          if (!withIndices) {
            linalg::YieldOp::create(body, larger(body, args[2], args[0]));
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
          Value greater =
              isFloat(element)
                  ? Value(arith::CmpFOp::create(body, arith::CmpFPredicate::OGT,
                                                x, acc))
                  : Value(arith::CmpIOp::create(body,
                                                isUnsignedMax
                                                    ? arith::CmpIPredicate::ugt
                                                    : arith::CmpIPredicate::sgt,
                                                x, acc));
          linalg::YieldOp::create(
              body,
              ValueRange{
                  fromSignless(body,
                               arith::SelectOp::create(body, greater, x, acc),
                               element),
                  arith::SelectOp::create(body, greater, index, args[3])});
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
        replacements.push_back(makeUnusedIndices(b, indicesType, sizes));
      }
    }
    rewriter.replaceOp(op, replacements);
    return success();
  }
};

/// The attributes of Interpolate that shape the resampling of one axis.
struct ResampleSpec {
  InterpolateMode mode;
  CoordinateTransformMode transform;
  NearestMode nearest;
  float cubeCoeff;
};

Value f32Const(ImplicitLocOpBuilder &b, double value) {
  return arith::ConstantOp::create(b, b.getF32FloatAttr(value));
}

Value indexToF32(ImplicitLocOpBuilder &b, Value index) {
  Value wide = arith::IndexCastOp::create(b, b.getI64Type(), index);
  return arith::SIToFPOp::create(b, b.getF32Type(), wide);
}

Value f32ToIndex(ImplicitLocOpBuilder &b, Value value) {
  Value wide = arith::FPToSIOp::create(b, b.getI64Type(), value);
  return arith::IndexCastOp::create(b, b.getIndexType(), wide);
}

/// `value` converted between float types (f32 arithmetic for the weights).
Value convertFloat(ImplicitLocOpBuilder &b, Value value, Type to) {
  unsigned from = value.getType().getIntOrFloatBitWidth();
  unsigned width = to.getIntOrFloatBitWidth();
  if (value.getType() == to)
    return value;
  if (from < width)
    return arith::ExtFOp::create(b, to, value);
  return arith::TruncFOp::create(b, to, value);
}

/// What the resampling generic of resampleAxis computes for output
/// coordinate `x` before it reads the input, done at compile time in the
/// same single-precision operations: the source coordinate.
float sourceCoordinate(const ResampleSpec &spec, int64_t x, float scale,
                       float outF, float lastF) {
  float xf = static_cast<float>(x);
  auto halfPixel = [&] { return (xf + 0.5f) / scale - 0.5f; };
  switch (spec.transform) {
  case CoordinateTransformMode::half_pixel:
    return halfPixel();
  case CoordinateTransformMode::pytorch_half_pixel:
    return outF > 1.0f ? halfPixel() : 0.0f;
  case CoordinateTransformMode::asymmetric:
    return xf / scale;
  case CoordinateTransformMode::tf_half_pixel_for_nn:
    return (xf + 0.5f) / scale;
  case CoordinateTransformMode::align_corners: {
    bool many = outF > 1.0f;
    float mapped = (xf * lastF) / (many ? outF - 1.0f : 1.0f);
    return many ? mapped : 0.0f;
  }
  }
  llvm_unreachable("unknown coordinate transform");
}

/// The nearest input element of source coordinate `coord` by
/// `spec.nearest` (before clamping).
int64_t nearestIndex(const ResampleSpec &spec, float coord, float scale) {
  float floor = std::floor(coord), frac = coord - floor, up = floor + 1.0f;
  float rounded = floor;
  switch (spec.nearest) {
  case NearestMode::round_prefer_floor:
    rounded = frac > 0.5f ? up : floor;
    break;
  case NearestMode::round_prefer_ceil:
    rounded = frac >= 0.5f ? up : floor;
    break;
  case NearestMode::floor:
    break;
  case NearestMode::ceil:
    rounded = std::ceil(coord);
    break;
  case NearestMode::simple:
    rounded = scale < 1.0f ? std::ceil(coord) : std::trunc(coord);
    break;
  }
  return static_cast<int64_t>(rounded);
}

/// resampleAxis for static lengths and a scale known at compile time, in
/// nearest or linear mode: the input indices (clamped) and weights of each
/// output coordinate are constant tables the generic reads along `axis`,
/// computed as its body would compute them (sourceCoordinate); the body
/// only reads and weighs. Computing them per element took DeepLabV3's
/// final 8x bilinear upsampling 16% of its run time.
Value resampleAxisByTables(ImplicitLocOpBuilder &b, Value input, int64_t axis,
                           int64_t inLen, int64_t outLen, float scale,
                           const ResampleSpec &spec) {
  auto type = cast<RankedTensorType>(input.getType());
  Type element = type.getElementType();
  int64_t rank = type.getRank();
  float outF = static_cast<float>(outLen);
  float lastF = static_cast<float>(inLen - 1);
  auto clamp = [&](int64_t index) {
    return std::max<int64_t>(std::min<int64_t>(index, inLen - 1), 0);
  };
  bool nearest = spec.mode == InterpolateMode::nearest;
  // Per output coordinate: the indices read, and their weights (linear).
  SmallVector<SmallVector<APInt>> indices(nearest ? 1 : 2);
  SmallVector<SmallVector<float>> weights(nearest ? 0 : 2);
  for (int64_t x = 0; x < outLen; ++x) {
    float coord = sourceCoordinate(spec, x, scale, outF, lastF);
    if (nearest) {
      indices[0].push_back(APInt(64, clamp(nearestIndex(spec, coord, scale))));
      continue;
    }
    float c = std::max(std::min(coord, lastF), 0.0f);
    float floor = std::floor(c), w1 = c - floor;
    int64_t i0 = static_cast<int64_t>(floor);
    indices[0].push_back(APInt(64, clamp(i0)));
    indices[1].push_back(APInt(64, clamp(i0 + 1)));
    weights[0].push_back(1.0f - w1);
    weights[1].push_back(w1);
  }
  SmallVector<Value> tables;
  auto indexTable = RankedTensorType::get({outLen}, b.getIndexType());
  auto weightTable = RankedTensorType::get({outLen}, b.getF32Type());
  for (size_t tap = 0; tap < indices.size(); ++tap) {
    tables.push_back(arith::ConstantOp::create(
        b, DenseElementsAttr::get(indexTable, indices[tap])));
    if (!nearest)
      tables.push_back(arith::ConstantOp::create(
          b, DenseElementsAttr::get(weightTable, ArrayRef(weights[tap]))));
  }
  SmallVector<OpFoldResult> sizes = tensor::getMixedSizes(b, b.getLoc(), input);
  sizes[axis] = b.getIndexAttr(outLen);
  Value init = tensor::EmptyOp::create(b, sizes, element);
  SmallVector<AffineMap> maps(
      tables.size(), AffineMap::get(rank, 0, b.getAffineDimExpr(axis)));
  maps.push_back(b.getMultiDimIdentityMap(rank));
  auto generic = linalg::GenericOp::create(
      b, TypeRange{init.getType()}, tables, ValueRange{init}, maps,
      SmallVector<utils::IteratorType>(rank, utils::IteratorType::parallel),
      [&](OpBuilder &nested, Location loc, ValueRange args) {
        ImplicitLocOpBuilder body(loc, nested);
        // The output's indices but along `axis`, where the tables' are.
        SmallVector<Value> at;
        for (int64_t d = 0; d < rank; ++d)
          at.push_back(d == axis ? Value()
                                 : Value(linalg::IndexOp::create(body, d)));
        auto read = [&](Value index) {
          at[axis] = index;
          return tensor::ExtractOp::create(body, input, at).getResult();
        };
        if (nearest) {
          linalg::YieldOp::create(body, read(args[0]));
          return;
        }
        Type f32 = body.getF32Type();
        Value sum = f32Const(body, 0.0);
        for (int tap = 0; tap < 2; ++tap)
          sum = arith::AddFOp::create(
              body, sum,
              arith::MulFOp::create(
                  body, convertFloat(body, read(args[2 * tap]), f32),
                  args[2 * tap + 1]));
        linalg::YieldOp::create(body, convertFloat(body, sum, element));
      });
  return generic.getResult(0);
}

/// `input` resampled along `axis` from `inLen` to `outLen` elements, as
/// OpenVINO's Interpolate computes one axis: the output coordinate mapped
/// back by `spec.transform` (with `scale`, an f32 value), then the nearest
/// element or a linear / cubic combination of neighbours, indices clamped
/// to the input.
Value resampleAxis(ImplicitLocOpBuilder &b, Value input, int64_t axis,
                   const DimExpr &inLen, const DimExpr &outLen, Value scale,
                   const ResampleSpec &spec) {
  auto type = cast<RankedTensorType>(input.getType());
  Type element = type.getElementType();
  int64_t rank = type.getRank();
  SmallVector<OpFoldResult> sizes = tensor::getMixedSizes(b, b.getLoc(), input);
  sizes[axis] = foldResult(b, outLen);
  // Loop invariants, computed once.
  Value inIndex = inLen.materialize(b);
  Value outIndex = outLen.materialize(b);
  Value lastIndex =
      arith::SubIOp::create(b, inIndex, arith::ConstantIndexOp::create(b, 1));
  Value outF = indexToF32(b, outIndex);
  Value lastF = indexToF32(b, lastIndex);
  Value init = tensor::EmptyOp::create(b, sizes, element);
  auto generic = linalg::GenericOp::create(
      b, TypeRange{init.getType()}, ValueRange{}, ValueRange{init},
      SmallVector<AffineMap>{b.getMultiDimIdentityMap(rank)},
      SmallVector<utils::IteratorType>(rank, utils::IteratorType::parallel),
      [&](OpBuilder &nested, Location loc, ValueRange) {
        ImplicitLocOpBuilder body(loc, nested);
        SmallVector<Value> indices;
        for (int64_t d = 0; d < rank; ++d)
          indices.push_back(linalg::IndexOp::create(body, d));
        Value x = indexToF32(body, indices[axis]);
        Value half = f32Const(body, 0.5), zero = f32Const(body, 0.0);
        Value one = f32Const(body, 1.0);
        auto halfPixel = [&]() -> Value {
          return arith::SubFOp::create(
              body,
              arith::DivFOp::create(body, arith::AddFOp::create(body, x, half),
                                    scale),
              half);
        };
        Value coord;
        switch (spec.transform) {
        case CoordinateTransformMode::half_pixel:
          coord = halfPixel();
          break;
        case CoordinateTransformMode::pytorch_half_pixel: {
          Value many =
              arith::CmpFOp::create(body, arith::CmpFPredicate::OGT, outF, one);
          coord = arith::SelectOp::create(body, many, halfPixel(), zero);
          break;
        }
        case CoordinateTransformMode::asymmetric:
          coord = arith::DivFOp::create(body, x, scale);
          break;
        case CoordinateTransformMode::tf_half_pixel_for_nn:
          coord = arith::DivFOp::create(
              body, arith::AddFOp::create(body, x, half), scale);
          break;
        case CoordinateTransformMode::align_corners: {
          Value many =
              arith::CmpFOp::create(body, arith::CmpFPredicate::OGT, outF, one);
          // Guards the division when there is one output (selected away).
          Value span = arith::SelectOp::create(
              body, many, arith::SubFOp::create(body, outF, one), one);
          Value mapped = arith::DivFOp::create(
              body, arith::MulFOp::create(body, x, lastF), span);
          coord = arith::SelectOp::create(body, many, mapped, zero);
          break;
        }
        }
        auto clamp = [&](Value index) {
          Value low = arith::ConstantIndexOp::create(body, 0);
          return arith::MaxSIOp::create(
              body, arith::MinSIOp::create(body, index, lastIndex), low);
        };
        auto read = [&](Value index) {
          SmallVector<Value> at(indices);
          at[axis] = clamp(index);
          return tensor::ExtractOp::create(body, input, at).getResult();
        };
        if (spec.mode == InterpolateMode::nearest) {
          Value floor = math::FloorOp::create(body, coord);
          Value frac = arith::SubFOp::create(body, coord, floor);
          Value up = arith::AddFOp::create(body, floor, one);
          Value rounded;
          switch (spec.nearest) {
          case NearestMode::round_prefer_floor:
            rounded = arith::SelectOp::create(
                body,
                arith::CmpFOp::create(body, arith::CmpFPredicate::OGT, frac,
                                      half),
                up, floor);
            break;
          case NearestMode::round_prefer_ceil:
            rounded = arith::SelectOp::create(
                body,
                arith::CmpFOp::create(body, arith::CmpFPredicate::OGE, frac,
                                      half),
                up, floor);
            break;
          case NearestMode::floor:
            rounded = floor;
            break;
          case NearestMode::ceil:
            rounded = math::CeilOp::create(body, coord);
            break;
          case NearestMode::simple: {
            // Downsampling rounds up, upsampling truncates.
            Value down = arith::CmpFOp::create(body, arith::CmpFPredicate::OLT,
                                               scale, one);
            rounded = arith::SelectOp::create(
                body, down, math::CeilOp::create(body, coord),
                math::TruncOp::create(body, coord));
            break;
          }
          }
          linalg::YieldOp::create(body, read(f32ToIndex(body, rounded)));
          return;
        }
        Type f32 = body.getF32Type();
        SmallVector<std::pair<Value, Value>> taps; // (index, weight)
        if (spec.mode == InterpolateMode::cubic) {
          Value floor = math::FloorOp::create(body, coord);
          Value t = arith::SubFOp::create(body, coord, floor);
          Value base = f32ToIndex(body, floor);
          float a = spec.cubeCoeff;
          // Keys' cubic kernel at distance s: |s| <= 1 and 1 < |s| < 2.
          auto inner = [&](Value s) -> Value {
            // ((A + 2) s - (A + 3)) s^2 + 1
            Value p = arith::SubFOp::create(
                body, arith::MulFOp::create(body, f32Const(body, a + 2), s),
                f32Const(body, a + 3));
            return arith::AddFOp::create(
                body,
                arith::MulFOp::create(body, p,
                                      arith::MulFOp::create(body, s, s)),
                one);
          };
          auto outer = [&](Value s) -> Value {
            // ((A s - 5A) s + 8A) s - 4A
            Value p = arith::SubFOp::create(
                body, arith::MulFOp::create(body, f32Const(body, a), s),
                f32Const(body, 5 * a));
            p = arith::AddFOp::create(body, arith::MulFOp::create(body, p, s),
                                      f32Const(body, 8 * a));
            return arith::SubFOp::create(
                body, arith::MulFOp::create(body, p, s), f32Const(body, 4 * a));
          };
          Value two = f32Const(body, 2.0);
          SmallVector<Value> weights = {
              outer(arith::AddFOp::create(body, t, one)), inner(t),
              inner(arith::SubFOp::create(body, one, t)),
              outer(arith::SubFOp::create(body, two, t))};
          for (int64_t k = -1; k <= 2; ++k)
            taps.push_back(
                {arith::AddIOp::create(body, base,
                                       arith::ConstantIndexOp::create(body, k)),
                 weights[k + 1]});
        } else {
          // Linear: the coordinate clamped to the input, two neighbours.
          Value c = arith::MaximumFOp::create(
              body, arith::MinimumFOp::create(body, coord, lastF), zero);
          Value floor = math::FloorOp::create(body, c);
          Value w1 = arith::SubFOp::create(body, c, floor);
          Value i0 = f32ToIndex(body, floor);
          taps.push_back({i0, arith::SubFOp::create(body, one, w1)});
          taps.push_back(
              {arith::AddIOp::create(body, i0,
                                     arith::ConstantIndexOp::create(body, 1)),
               w1});
        }
        Value sum = zero;
        for (auto [index, weight] : taps)
          sum = arith::AddFOp::create(
              body, sum,
              arith::MulFOp::create(body, convertFloat(body, read(index), f32),
                                    weight));
        linalg::YieldOp::create(body, convertFloat(body, sum, element));
      });
  return generic.getResult(0);
}

/// Interpolate-4 and Interpolate-11 (modes nearest, linear, linear_onnx,
/// cubic; no antialias): the data padded with zeros, then resampled one
/// axis at a time (all these modes are separable). Sizes and scales may be
/// run-time values; the axes must be constants.
template <typename OpTy>
struct InterpolateLowering : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  static constexpr bool isV4 = std::is_same_v<OpTy, InterpolateV4Op>;

  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value data = adaptor.getData();
    auto dataType = dyn_cast<RankedTensorType>(data.getType());
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    if (!dataType || !resultType)
      return rewriter.notifyMatchFailure(op, "needs ranked types");
    int64_t rank = dataType.getRank();
    Type element = dataType.getElementType();
    InterpolateMode mode = op.getMode();
    if (mode == InterpolateMode::bilinear_pillow ||
        mode == InterpolateMode::bicubic_pillow || op.getAntialias())
      return rewriter.notifyMatchFailure(
          op, "pillow modes and antialias are not supported");
    if (isUnsigned(element) ||
        (mode != InterpolateMode::nearest && !isFloat(element)))
      return rewriter.notifyMatchFailure(
          op, "needs float data (signless integers for nearest)");
    bool useScales = op.getShapeCalculationMode() == ShapeCalcMode::scales;
    Value targetOriginal, target;
    if constexpr (isV4) {
      targetOriginal = useScales ? op.getScales() : op.getSizes();
      target = useScales ? adaptor.getScales() : adaptor.getSizes();
    } else {
      targetOriginal = op.getScalesOrSizes();
      target = adaptor.getScalesOrSizes();
    }
    SmallVector<int64_t> axes;
    if (op.getAxes()) {
      std::optional<SmallVector<int64_t>> values =
          getConstantIntValues(op.getAxes());
      if (!values)
        return rewriter.notifyMatchFailure(op, "needs constant axes");
      for (int64_t axis : *values) {
        if (axis < 0)
          axis += rank;
        if (axis < 0 || axis >= rank)
          return rewriter.notifyMatchFailure(op, "axis out of range");
        axes.push_back(axis);
      }
    } else {
      axes = llvm::to_vector(llvm::seq<int64_t>(0, rank));
    }
    auto targetType = dyn_cast<RankedTensorType>(target.getType());
    if (!targetType || targetType.getRank() != 1 ||
        targetType.isDynamicDim(0) ||
        targetType.getDimSize(0) < static_cast<int64_t>(axes.size()))
      return rewriter.notifyMatchFailure(
          op, "needs a 1-D sizes / scales input with one value per axis");

    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    // The per-axis targets: constants, or read at run time.
    SmallVector<DimExpr> sizes;
    std::optional<SmallVector<double>> scales;
    SmallVector<Value> scaleValues;
    auto readEntry = [&](int64_t i) {
      Value index = arith::ConstantIndexOp::create(b, i);
      return tensor::ExtractOp::create(b, target, ValueRange{index})
          .getResult();
    };
    if (useScales) {
      scales = getConstantFloatValues(targetOriginal);
      if (!isFloat(targetType.getElementType()))
        return rewriter.notifyMatchFailure(op, "scales must be floats");
      for (int64_t i = 0; i < static_cast<int64_t>(axes.size()); ++i)
        scaleValues.push_back(
            scales ? f32Const(b, static_cast<float>((*scales)[i]))
                   : convertFloat(b, readEntry(i), b.getF32Type()));
    } else if (std::optional<SmallVector<int64_t>> values =
                   getConstantIntValues(targetOriginal)) {
      for (int64_t v : *values)
        sizes.push_back(v);
    } else {
      if (!targetType.getElementType().isSignlessInteger())
        return rewriter.notifyMatchFailure(op, "sizes must be integers");
      for (int64_t i = 0; i < static_cast<int64_t>(axes.size()); ++i)
        sizes.push_back(DimExpr::runtime(
            arith::IndexCastOp::create(b, b.getIndexType(), readEntry(i)), b));
    }

    // Pad (zeros), then resample each axis.
    ArrayRef<int64_t> padsBegin = op.getPadsBegin(), padsEnd = op.getPadsEnd();
    if (static_cast<int64_t>(padsBegin.size()) > rank ||
        static_cast<int64_t>(padsEnd.size()) > rank)
      return rewriter.notifyMatchFailure(op, "too many pads");
    Value padded = data;
    if (llvm::any_of(padsBegin, [](int64_t p) { return p != 0; }) ||
        llvm::any_of(padsEnd, [](int64_t p) { return p != 0; })) {
      SmallVector<OpFoldResult> low, high;
      for (int64_t d = 0; d < rank; ++d) {
        low.push_back(b.getIndexAttr(
            d < static_cast<int64_t>(padsBegin.size()) ? padsBegin[d] : 0));
        high.push_back(b.getIndexAttr(
            d < static_cast<int64_t>(padsEnd.size()) ? padsEnd[d] : 0));
      }
      Value zero = arith::ConstantOp::create(b, b.getZeroAttr(element));
      padded = tensor::PadOp::create(b, Type(), data, low, high, zero);
    }
    ShapeExpr paddedShape = ShapeExpr::fromValue(padded, b);
    SmallVector<DimExpr> outDims(paddedShape.getDims());
    if (!useScales || scales) {
      InterpolateTarget spec;
      spec.mode = op.getShapeCalculationMode();
      if (useScales)
        spec.scales = ArrayRef<double>(*scales);
      else
        spec.sizes = ArrayRef<DimExpr>(sizes);
      std::optional<ArrayRef<int64_t>> axesArg;
      if (op.getAxes())
        axesArg = ArrayRef<int64_t>(axes);
      FailureOr<ShapeExpr> shape = inferInterpolateShape(
          ShapeDiag(std::nullopt), ShapeExpr::fromValue(data, b), spec,
          static_cast<bool>(op.getAxes()), axesArg, padsBegin, padsEnd, &b);
      if (failed(shape))
        return rewriter.notifyMatchFailure(op, "invalid sizes or scales");
      outDims = SmallVector<DimExpr>(shape->getDims());
    } else {
      // Run-time scales: trunc(dim * (scale + 1e-6)) in single precision,
      // the dimension itself for a scale of exactly 1.
      for (auto [i, axis] : llvm::enumerate(axes)) {
        Value in = indexToF32(b, paddedShape[axis].materialize(b));
        Value scaled = arith::MulFOp::create(
            b, in,
            arith::AddFOp::create(b, scaleValues[i], f32Const(b, 1.0e-6)));
        Value unit = arith::CmpFOp::create(b, arith::CmpFPredicate::OEQ,
                                           scaleValues[i], f32Const(b, 1.0));
        Value size = arith::SelectOp::create(b, unit, in, scaled);
        outDims[axis] = DimExpr::runtime(f32ToIndex(b, size), b);
      }
    }

    ResampleSpec spec{mode, op.getCoordinateTransformationMode(),
                      op.getNearestMode(),
                      static_cast<float>(op.getCubeCoeff().convertToDouble())};
    Value current = padded;
    for (auto [i, axis] : llvm::enumerate(axes)) {
      const DimExpr &inLen = paddedShape[axis], &outLen = outDims[axis];
      // An axis that keeps its size with a scale of 1 maps every index to
      // itself (except tf_half_pixel_for_nn, which shifts by half a pixel).
      bool unitScale =
          useScales ? scales && static_cast<float>((*scales)[i]) == 1.0f : true;
      if (inLen.isConstant() && outLen.isConstant() &&
          inLen.getConstant() == outLen.getConstant() && unitScale &&
          spec.transform != CoordinateTransformMode::tf_half_pixel_for_nn)
        continue;
      if (spec.mode != InterpolateMode::cubic && inLen.isConstant() &&
          outLen.isConstant() && (!useScales || scales)) {
        float scale = useScales ? static_cast<float>((*scales)[i])
                                : static_cast<float>(outLen.getConstant()) /
                                      static_cast<float>(inLen.getConstant());
        current = resampleAxisByTables(b, current, axis, inLen.getConstant(),
                                       outLen.getConstant(), scale, spec);
        continue;
      }
      Value scale = useScales ? scaleValues[i]
                              : Value(arith::DivFOp::create(
                                    b, indexToF32(b, outLen.materialize(b)),
                                    indexToF32(b, inLen.materialize(b))));
      current = resampleAxis(b, current, axis, inLen, outLen, scale, spec);
    }
    rewriter.replaceOp(op, castTo(b, current, resultType));
    return success();
  }
};

} // namespace

void lowering::populateWindowLowerings(RewritePatternSet &patterns) {
  patterns.add<ConvolutionLowering<ConvolutionOp>,
               ConvolutionLowering<GroupConvolutionOp>,
               ConvolutionBackpropDataLowering, PoolLowering<MaxPoolOp>,
               PoolLowering<AvgPoolOp>, InterpolateLowering<InterpolateOp>,
               InterpolateLowering<InterpolateV4Op>>(patterns.getContext());
}
