//===- Window.cpp - Convolutions and pooling
//--------------------------------===//

#include "LoweringUtils.h"

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

using namespace mlir;
using namespace mlir::ov;
using namespace mlir::ov::lowering;

namespace {

/// The padding of a 2-D window op over a static input, as OpenVINO
/// computes it: explicit pads, none for `valid`, or for same_upper /
/// same_lower the total that keeps ceil(in / stride) outputs, split with
/// the extra element at the end (upper) or the start (lower).
FailureOr<std::pair<SmallVector<int64_t>, SmallVector<int64_t>>>
getPads(PadType autoPad, ArrayRef<int64_t> padsBegin, ArrayRef<int64_t> padsEnd,
        ArrayRef<int64_t> inSizes, ArrayRef<int64_t> kernel,
        ArrayRef<int64_t> strides, ArrayRef<int64_t> dilations) {
  size_t n = inSizes.size();
  SmallVector<int64_t> begin(n, 0), end(n, 0);
  if (autoPad == PadType::explicit_ || autoPad == PadType::notset) {
    if (padsBegin.size() != n || padsEnd.size() != n)
      return failure();
    return std::make_pair(SmallVector<int64_t>(padsBegin),
                          SmallVector<int64_t>(padsEnd));
  }
  if (autoPad == PadType::valid)
    return std::make_pair(begin, end);
  for (size_t i = 0; i < n; ++i) {
    if (ShapedType::isDynamic(inSizes[i]))
      return failure();
    int64_t dilation = dilations.empty() ? 1 : dilations[i];
    int64_t out = (inSizes[i] + strides[i] - 1) / strides[i];
    int64_t total = std::max<int64_t>(
        (out - 1) * strides[i] + (kernel[i] - 1) * dilation + 1 - inSizes[i],
        0);
    int64_t small = total / 2, large = total - small;
    bool upper = autoPad == PadType::same_upper;
    begin[i] = upper ? small : large;
    end[i] = upper ? large : small;
  }
  return std::make_pair(begin, end);
}

/// `input` [N, C, spatial...] padded with `value` (spatial dims only).
Value padSpatial(ImplicitLocOpBuilder &b, Value input, ArrayRef<int64_t> begin,
                 ArrayRef<int64_t> end, TypedAttr value) {
  if (llvm::all_of(begin, [](int64_t p) { return p == 0; }) &&
      llvm::all_of(end, [](int64_t p) { return p == 0; }))
    return input;
  SmallVector<OpFoldResult> low(2, b.getIndexAttr(0)),
      high(2, b.getIndexAttr(0));
  for (auto [lo, hi] : llvm::zip(begin, end)) {
    low.push_back(b.getIndexAttr(lo));
    high.push_back(b.getIndexAttr(hi));
  }
  Value padValue = arith::ConstantOp::create(b, value);
  return tensor::PadOp::create(b, Type(), input, low, high, padValue);
}

/// The output of a window op: `resultType` with a dynamic batch taken from
/// `data`, filled with `init`.
Value makeWindowOutput(ImplicitLocOpBuilder &b, RankedTensorType resultType,
                       Value data, TypedAttr init) {
  SmallVector<OpFoldResult> sizes;
  for (int64_t d = 0; d < resultType.getRank(); ++d)
    sizes.push_back(
        resultType.isDynamicDim(d)
            ? OpFoldResult(tensor::DimOp::create(b, data, d).getResult())
            : OpFoldResult(b.getIndexAttr(resultType.getDimSize(d))));
  Value empty = tensor::EmptyOp::create(b, sizes, resultType.getElementType());
  Value value = arith::ConstantOp::create(b, init);
  return linalg::FillOp::create(b, ValueRange{value}, ValueRange{empty})
      .getResult(0);
}

DenseIntElementsAttr i64Vector(Builder &b, ArrayRef<int64_t> values) {
  return b.getI64TensorAttr(values);
}

/// Static spatial sizes of a [N, C, H, W] tensor, or failure.
FailureOr<SmallVector<int64_t>> getStaticSpatial(Value value) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  if (!type || type.getRank() != 4 || type.isDynamicDim(2) ||
      type.isDynamicDim(3))
    return failure();
  return SmallVector<int64_t>{type.getDimSize(2), type.getDimSize(3)};
}

/// Convolution-1 in 2-D (NCHW data, OIHW filter): padding, then
/// linalg.conv_2d_nchw_fchw.
struct ConvolutionLowering : OpConversionPattern<ConvolutionOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ConvolutionOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value data = adaptor.getData(), filter = adaptor.getFilter();
    auto filterType = dyn_cast<RankedTensorType>(filter.getType());
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    FailureOr<SmallVector<int64_t>> spatial = getStaticSpatial(data);
    if (failed(spatial) || !filterType || !filterType.hasStaticShape() ||
        !resultType || !isFloat(resultType.getElementType()))
      return rewriter.notifyMatchFailure(
          op, "only 2-D float convolution with static spatial sizes");
    ArrayRef<int64_t> kernel = filterType.getShape().drop_front(2);
    auto pads = getPads(op.getAutoPad(), op.getPadsBegin(), op.getPadsEnd(),
                        *spatial, kernel, op.getStrides(), op.getDilations());
    if (failed(pads))
      return rewriter.notifyMatchFailure(op, "cannot compute the padding");
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    Type element = resultType.getElementType();
    Value padded =
        padSpatial(b, data, pads->first, pads->second, b.getZeroAttr(element));
    Value output =
        makeWindowOutput(b, resultType, data, b.getZeroAttr(element));
    Value result =
        linalg::Conv2DNchwFchwOp::create(
            b, TypeRange{output.getType()}, ValueRange{padded, filter},
            ValueRange{output}, i64Vector(b, op.getStrides()),
            i64Vector(b, op.getDilations()))
            ->getResult(0);
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// MaxPool / AvgPool in 2-D: padding (with -inf for max; the extra rows a
/// ceil rounding needs), then linalg.pooling_nchw_max / _sum; AvgPool
/// divides by the kernel size (exclude-pad with padding is not supported).
template <typename OpTy> struct PoolLowering : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  static constexpr bool isMax = std::is_same_v<OpTy, MaxPoolOp>;

  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value data = adaptor.getData();
    auto resultType = dyn_cast<RankedTensorType>(op->getResult(0).getType());
    FailureOr<SmallVector<int64_t>> spatial = getStaticSpatial(data);
    if (failed(spatial) || !resultType || !resultType.hasRank() ||
        resultType.isDynamicDim(2) || resultType.isDynamicDim(3) ||
        !isFloat(resultType.getElementType()))
      return rewriter.notifyMatchFailure(
          op, "only 2-D float pooling with static spatial sizes");
    if constexpr (isMax)
      if (!op->getResult(1).use_empty())
        return rewriter.notifyMatchFailure(op, "MaxPool indices are used");
    SmallVector<int64_t> dilations(2, 1);
    if constexpr (isMax)
      if (op.getDilations())
        dilations = SmallVector<int64_t>(*op.getDilations());
    ArrayRef<int64_t> kernel = op.getKernel();
    ArrayRef<int64_t> strides = op.getStrides();
    auto pads = getPads(op.getAutoPad(), op.getPadsBegin(), op.getPadsEnd(),
                        *spatial, kernel, strides, dilations);
    if (failed(pads))
      return rewriter.notifyMatchFailure(op, "cannot compute the padding");
    // Ceil rounding: pad the end so that every output has a window.
    bool anyPad = false;
    for (int i = 0; i < 2; ++i) {
      int64_t needed = (resultType.getDimSize(2 + i) - 1) * strides[i] +
                       (kernel[i] - 1) * dilations[i] + 1;
      int64_t have = (*spatial)[i] + pads->first[i] + pads->second[i];
      if (needed > have)
        pads->second[i] += needed - have;
      anyPad |= pads->first[i] != 0 || pads->second[i] != 0;
    }
    if constexpr (!isMax)
      if (anyPad && op.getExcludePad())
        return rewriter.notifyMatchFailure(
            op, "AvgPool with exclude-pad and padding");

    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    auto element = cast<FloatType>(resultType.getElementType());
    TypedAttr padValue =
        isMax ? b.getFloatAttr(
                    element, APFloat::getInf(element.getFloatSemantics(), true))
              : b.getZeroAttr(element);
    Value padded = padSpatial(b, data, pads->first, pads->second, padValue);
    Value output = makeWindowOutput(b, resultType, data, padValue);
    Value window = tensor::EmptyOp::create(b, kernel, element);
    Value result;
    if constexpr (isMax)
      result = linalg::PoolingNchwMaxOp::create(
                   b, TypeRange{output.getType()}, ValueRange{padded, window},
                   ValueRange{output}, i64Vector(b, strides),
                   i64Vector(b, dilations))
                   ->getResult(0);
    else
      result = linalg::PoolingNchwSumOp::create(
                   b, TypeRange{output.getType()}, ValueRange{padded, window},
                   ValueRange{output}, i64Vector(b, strides),
                   i64Vector(b, dilations))
                   ->getResult(0);
    if constexpr (!isMax) {
      Value area = arith::ConstantOp::create(
          b, b.getFloatAttr(element, kernel[0] * kernel[1]));
      FailureOr<Value> mean = buildElementwise(
          b, cast<RankedTensorType>(result.getType()), ValueRange{result},
          element, [&](ImplicitLocOpBuilder &body, ValueRange args) -> Value {
            return arith::DivFOp::create(body, args[0], area);
          });
      if (failed(mean))
        return failure();
      result = *mean;
    }
    SmallVector<Value> replacements = {result};
    if constexpr (isMax) {
      // The indices are unused (checked above); a placeholder replaces them.
      auto indicesType = cast<RankedTensorType>(op->getResult(1).getType());
      replacements.push_back(tensor::EmptyOp::create(
          b,
          llvm::map_to_vector(llvm::seq<int64_t>(0, indicesType.getRank()),
                              [&](int64_t d) -> OpFoldResult {
                                return tensor::getMixedSize(b, b.getLoc(),
                                                            result, d);
                              }),
          indicesType.getElementType()));
    }
    rewriter.replaceOp(op, replacements);
    return success();
  }
};

} // namespace

void lowering::populateWindowLowerings(RewritePatternSet &patterns) {
  patterns.add<ConvolutionLowering, PoolLowering<MaxPoolOp>,
               PoolLowering<AvgPoolOp>>(patterns.getContext());
}
