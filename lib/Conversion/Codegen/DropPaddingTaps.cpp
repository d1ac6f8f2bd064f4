//===- DropPaddingTaps.cpp - Kernel taps that read only padding -----------===//
//
// A dilated convolution whose dilation is as large as its input (DeepLabV3's
// atrous rates of 12, 24 and 36 on a 14x14 plane) reads only the zero
// padding with some of its kernel rows and columns: with a dilation of 24,
// the outer rows and columns of a 3x3 kernel never reach the plane, and the
// convolution is a 1x1 one computed nine times over. Such taps are always
// the first or last rows (columns) of the kernel, since each next row reads
// `dilation` rows further down. The convolution loses them: its filter is
// the kernel's live rows and columns (a constant of its own), its input
// padded only as far as those reach.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Conversion/Passes.h"

#include "Constants.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

#include <cstring>

namespace mlir::ov {
#define GEN_PASS_DEF_DROPPADDINGTAPS
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;

namespace {

/// The kernel taps [first, last] along one spatial dimension that read the
/// input for some output position, and how the input is padded for them.
struct LiveTaps {
  int64_t first, last;
  /// Input rows dropped at the start and end (read by dead taps only, or
  /// never), and the padding before and after what is left.
  int64_t cropLow, cropHigh, padLow, padHigh;
};

/// The live taps of a kernel of `kernel` taps along a dimension of `size`
/// input elements padded by `low` before, producing `outputs` elements with
/// `stride` and `dilation`: tap k reads padded elements o * stride +
/// k * dilation, the input's from k * dilation - low for o = 0 to
/// (outputs - 1) * stride + k * dilation - low; it is live when that range
/// meets [0, size).
LiveTaps liveTaps(int64_t size, int64_t low, int64_t kernel, int64_t outputs,
                  int64_t stride, int64_t dilation) {
  auto isLive = [&](int64_t k) {
    int64_t begin = k * dilation - low;
    int64_t end = (outputs - 1) * stride + k * dilation - low;
    return begin < size && end >= 0;
  };
  LiveTaps live{0, kernel - 1, 0, 0, 0, 0};
  while (live.first < kernel && !isLive(live.first))
    ++live.first;
  while (live.last > live.first && !isLive(live.last))
    --live.last;
  // What the live taps read of the padded input, in the input's
  // coordinates: [begin, end].
  int64_t begin = live.first * dilation - low;
  int64_t end = (outputs - 1) * stride + live.last * dilation - low;
  live.cropLow = std::max<int64_t>(begin, 0);
  live.padLow = std::max<int64_t>(-begin, 0);
  live.cropHigh = std::max<int64_t>(size - 1 - end, 0);
  live.padHigh = std::max<int64_t>(end - (size - 1), 0);
  return live;
}

/// The [F, C, KH, KW] filter's taps [rows.first, rows.last] x
/// [columns.first, columns.last]: a constant of its own when the filter is
/// a constant, else a slice.
Value liveFilter(PatternRewriter &rewriter, Location loc, Value filter,
                 const LiveTaps &rows, const LiveTaps &columns) {
  auto type = cast<RankedTensorType>(filter.getType());
  ArrayRef<int64_t> shape = type.getShape();
  int64_t liveRows = rows.last - rows.first + 1;
  int64_t liveColumns = columns.last - columns.first + 1;
  auto liveType = type.clone(
      SmallVector<int64_t>{shape[0], shape[1], liveRows, liveColumns});
  if (auto splat =
          dyn_cast_if_present<FloatAttr>(ov::codegen::scalarConstant(filter)))
    return arith::ConstantOp::create(rewriter, loc,
                                     DenseElementsAttr::get(liveType, splat));
  std::optional<ArrayRef<char>> bytes = ov::codegen::constantBytes(filter);
  if (!bytes)
    return tensor::ExtractSliceOp::create(
        rewriter, loc, liveType, filter, ValueRange{}, ValueRange{},
        ValueRange{},
        rewriter.getDenseI64ArrayAttr({0, 0, rows.first, columns.first}),
        rewriter.getDenseI64ArrayAttr(liveType.getShape()),
        rewriter.getDenseI64ArrayAttr({1, 1, 1, 1}));
  int64_t elementSize = type.getElementTypeBitWidth() / 8;
  std::vector<char> live(liveType.getNumElements() * elementSize);
  char *out = live.data();
  for (int64_t fc = 0; fc < shape[0] * shape[1]; ++fc)
    for (int64_t kh = rows.first; kh <= rows.last; ++kh) {
      int64_t offset = ((fc * shape[2] + kh) * shape[3] + columns.first);
      std::memcpy(out, bytes->data() + offset * elementSize,
                  liveColumns * elementSize);
      out += liveColumns * elementSize;
    }
  return ov::codegen::createResourceConstant(rewriter, loc, liveType, live,
                                             "live_taps_filter", *bytes);
}

struct DropPaddingTaps : OpRewritePattern<linalg::Conv2DNchwFchwOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(linalg::Conv2DNchwFchwOp conv,
                                PatternRewriter &rewriter) const override {
    auto pad = conv.getInputs()[0].getDefiningOp<tensor::PadOp>();
    Value filter = conv.getInputs()[1];
    if (!conv.hasPureTensorSemantics() || !pad || pad.getNofold() ||
        !matchPattern(pad.getConstantPaddingValue(), m_AnyZeroFloat()))
      return rewriter.notifyMatchFailure(conv, "input not padded with zeros");
    auto sourceType = dyn_cast<RankedTensorType>(pad.getSource().getType());
    auto filterType = dyn_cast<RankedTensorType>(filter.getType());
    auto outputType =
        dyn_cast<RankedTensorType>(conv.getOutputs()[0].getType());
    if (!sourceType || !sourceType.hasStaticShape() || !filterType ||
        !filterType.hasStaticShape() || !outputType ||
        !outputType.hasStaticShape())
      return rewriter.notifyMatchFailure(conv, "dynamic shapes");
    ArrayRef<int64_t> low = pad.getStaticLow(), high = pad.getStaticHigh();
    if (llvm::is_contained(low, ShapedType::kDynamic) ||
        llvm::is_contained(high, ShapedType::kDynamic) || low[0] || low[1] ||
        high[0] || high[1])
      return rewriter.notifyMatchFailure(conv, "not a spatial padding");
    auto strides = llvm::to_vector(conv.getStrides().getValues<int64_t>());
    auto dilations = llvm::to_vector(conv.getDilations().getValues<int64_t>());
    LiveTaps live[2];
    for (int i = 0; i < 2; ++i)
      live[i] =
          liveTaps(sourceType.getDimSize(2 + i), low[2 + i],
                   filterType.getDimSize(2 + i), outputType.getDimSize(2 + i),
                   strides[i], dilations[i]);
    if (live[0].first == 0 && live[0].last == filterType.getDimSize(2) - 1 &&
        live[1].first == 0 && live[1].last == filterType.getDimSize(3) - 1)
      return rewriter.notifyMatchFailure(conv, "every tap reads the input");
    if (live[0].first > live[0].last || live[1].first > live[1].last)
      return rewriter.notifyMatchFailure(conv, "no tap reads the input");

    Location loc = conv.getLoc();
    auto index = [&](int64_t value) { return rewriter.getIndexAttr(value); };
    Value input = pad.getSource();
    if (live[0].cropLow || live[0].cropHigh || live[1].cropLow ||
        live[1].cropHigh) {
      SmallVector<OpFoldResult> offsets = {
          index(0), index(0), index(live[0].cropLow), index(live[1].cropLow)};
      SmallVector<OpFoldResult> sizes = {
          index(sourceType.getDimSize(0)), index(sourceType.getDimSize(1)),
          index(sourceType.getDimSize(2) - live[0].cropLow - live[0].cropHigh),
          index(sourceType.getDimSize(3) - live[1].cropLow - live[1].cropHigh)};
      input = tensor::ExtractSliceOp::create(
          rewriter, loc, input, offsets, sizes,
          SmallVector<OpFoldResult>(4, index(1)));
    }
    if (live[0].padLow || live[0].padHigh || live[1].padLow ||
        live[1].padHigh) {
      auto type = cast<RankedTensorType>(input.getType());
      SmallVector<int64_t> shape(type.getShape());
      shape[2] += live[0].padLow + live[0].padHigh;
      shape[3] += live[1].padLow + live[1].padHigh;
      input = tensor::PadOp::create(
          rewriter, loc, type.clone(shape), input,
          ArrayRef<OpFoldResult>{index(0), index(0), index(live[0].padLow),
                                 index(live[1].padLow)},
          ArrayRef<OpFoldResult>{index(0), index(0), index(live[0].padHigh),
                                 index(live[1].padHigh)},
          pad.getConstantPaddingValue());
    }
    Value liveWeights = liveFilter(rewriter, loc, filter, live[0], live[1]);
    // One tap left along a dimension: no dilation there (a 1x1 kernel is
    // then a pointwise convolution to the passes after).
    for (int i = 0; i < 2; ++i)
      if (live[i].first == live[i].last)
        dilations[i] = 1;
    rewriter.replaceOpWithNewOp<linalg::Conv2DNchwFchwOp>(
        conv, conv.getResultTypes(), ValueRange{input, liveWeights},
        conv.getOutputs(), conv.getStrides(),
        rewriter.getI64TensorAttr(dilations));
    return success();
  }
};

struct DropPaddingTapsPass
    : ov::impl::DropPaddingTapsBase<DropPaddingTapsPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<DropPaddingTaps>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};

} // namespace
