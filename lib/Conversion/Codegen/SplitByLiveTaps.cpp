//===- SplitByLiveTaps.cpp - Each part of a plane with its live taps ------===//
//
// A dilated convolution on a plane not much larger than its dilation reads
// mostly zero padding: DeepLabV3's atrous rate 12 on a 14x14 plane (padding
// 12) has each outer kernel row reach the plane from 2 of the 14 output rows
// only. ov-drop-padding-taps drops the taps that never reach it; those that
// reach it from some positions stay, and every position computes all nine
// taps, 4.5 times the products that are not of zeros. Here the output plane
// of a blocked convolution (ov-block-convolutions: one op summing a product
// per kernel tap, each tap reading a shifted slice of the zero-padded input)
// is cut into rectangles in each of which the same taps reach the input:
// the breakpoints along each dimension are where some tap starts or stops
// reaching it. Each rectangle is an op of its own over the taps live there,
// reading the unpadded input (the padding is no longer read) and inserted
// into the result; the weights are the same slices of the blocked filter.
// DeepLabV3's rate-12 layer: 9 rectangles (the 10x10 center a 1x1
// convolution, the corners 2x2 with 4 taps), 867 -> 191 MFLOP.
//
//===----------------------------------------------------------------------===//

#include "SummedTaps.h"
#include "ovmlir/Conversion/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::ov {
#define GEN_PASS_DEF_SPLITBYLIVETAPS
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;
using namespace mlir::ov::codegen;

namespace {

/// A convolution is split only when its rectangles compute at most this
/// fraction of its products (a 3x3 convolution padded by 1 would save only
/// its border's few products, in 9 ops instead of 1).
constexpr double kMaxKeptWork = 2.0 / 3.0;

/// The output positions [begin, end) along one dimension from which a tap
/// whose slice starts at `offset` of the input padded by `low` reads the
/// `size` elements of the input (not the padding).
std::pair<int64_t, int64_t> liveRange(int64_t offset, int64_t low, int64_t size,
                                      int64_t outputs) {
  int64_t begin = std::clamp<int64_t>(low - offset, 0, outputs);
  int64_t end = std::clamp<int64_t>(size + low - offset, begin, outputs);
  return {begin, end};
}

/// The intervals [breaks[i], breaks[i + 1]) of `outputs` positions along
/// which no tap starts or stops reading the input.
SmallVector<int64_t> breakpoints(ArrayRef<std::pair<int64_t, int64_t>> ranges,
                                 int64_t outputs) {
  SmallVector<int64_t> breaks{0, outputs};
  for (auto [begin, end] : ranges)
    breaks.append({begin, end});
  llvm::sort(breaks);
  breaks.erase(llvm::unique(breaks), breaks.end());
  return breaks;
}

/// `values` (offsets or sizes of a blocked value) with `row` and `column`
/// along the plane.
SmallVector<OpFoldResult> alongPlane(SmallVector<OpFoldResult> values,
                                     OpFoldResult row, OpFoldResult column) {
  values[kRowDim] = row;
  values[kColumnDim] = column;
  return values;
}

struct SplitByLiveTaps : OpRewritePattern<linalg::GenericOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(linalg::GenericOp op,
                                PatternRewriter &rewriter) const override {
    std::optional<SummedTaps> summed = summedTapsOf(op);
    if (!summed)
      return rewriter.notifyMatchFailure(op, "not a blocked convolution");
    if (!summed->pad)
      return rewriter.notifyMatchFailure(op, "no padding: every tap is live");
    Value init = op.getDpsInits()[0];
    auto outputType = cast<RankedTensorType>(init.getType());
    auto sourceType = cast<RankedTensorType>(summed->pad.getSource().getType());
    ArrayRef<int64_t> low = summed->pad.getStaticLow();
    int64_t rows = outputType.getShape()[kRowDim];
    int64_t columns = outputType.getShape()[kColumnDim];
    SmallVector<std::pair<int64_t, int64_t>> rowRanges, columnRanges;
    for (const Tap &tap : summed->taps) {
      rowRanges.push_back(liveRange(tap.row, low[kRowDim],
                                    sourceType.getShape()[kRowDim], rows));
      columnRanges.push_back(liveRange(tap.column, low[kColumnDim],
                                       sourceType.getShape()[kColumnDim],
                                       columns));
    }
    SmallVector<int64_t> rowBreaks = breakpoints(rowRanges, rows);
    SmallVector<int64_t> columnBreaks = breakpoints(columnRanges, columns);
    // The taps live in each rectangle, and the products computed.
    struct Rectangle {
      int64_t row, rows, column, columns;
      SmallVector<unsigned> taps;
    };
    SmallVector<Rectangle> rectangles;
    int64_t work = 0;
    for (auto [row, rowEnd] : llvm::zip(rowBreaks, drop_begin(rowBreaks)))
      for (auto [column, columnEnd] :
           llvm::zip(columnBreaks, drop_begin(columnBreaks))) {
        Rectangle rectangle{row, rowEnd - row, column, columnEnd - column, {}};
        for (auto [t, rowRange, columnRange] :
             llvm::enumerate(rowRanges, columnRanges))
          if (rowRange.first <= row && rowEnd <= rowRange.second &&
              columnRange.first <= column && columnEnd <= columnRange.second)
            rectangle.taps.push_back(t);
        work += rectangle.rows * rectangle.columns * rectangle.taps.size();
        rectangles.push_back(std::move(rectangle));
      }
    if (work > kMaxKeptWork * rows * columns * summed->taps.size())
      return rewriter.notifyMatchFailure(op, "too few products saved");

    Location loc = op.getLoc();
    auto index = [&](int64_t value) { return rewriter.getIndexAttr(value); };
    int64_t rank = outputType.getRank();
    SmallVector<OpFoldResult> unit(rank, index(1));
    SmallVector<utils::IteratorType> iterators = op.getIteratorTypesArray();
    SmallVector<AffineMap> opMaps = op.getIndexingMapsArray();
    SmallVector<OpFoldResult> outputShape =
        getAsIndexOpFoldResult(rewriter.getContext(), outputType.getShape());
    Value result = init;
    for (const Rectangle &rectangle : rectangles) {
      // A rectangle no tap reaches keeps the initial value (the bias).
      if (rectangle.taps.empty())
        continue;
      SmallVector<OpFoldResult> offsets =
          alongPlane(SmallVector<OpFoldResult>(rank, index(0)),
                     index(rectangle.row), index(rectangle.column));
      SmallVector<OpFoldResult> sizes = alongPlane(
          outputShape, index(rectangle.rows), index(rectangle.columns));
      Value part = tensor::ExtractSliceOp::create(rewriter, loc, init, offsets,
                                                  sizes, unit);
      SmallVector<Value> inputs;
      SmallVector<AffineMap> maps;
      for (unsigned t : rectangle.taps) {
        const Tap &tap = summed->taps[t];
        // The tap's slice but along the plane (the padding is along the
        // plane only: the other offsets are the source's).
        tensor::ExtractSliceOp slice = tap.slice;
        inputs.push_back(tensor::ExtractSliceOp::create(
            rewriter, loc, summed->pad.getSource(),
            alongPlane(slice.getMixedOffsets(),
                       index(rectangle.row + tap.row - low[kRowDim]),
                       index(rectangle.column + tap.column - low[kColumnDim])),
            alongPlane(slice.getMixedSizes(), index(rectangle.rows),
                       index(rectangle.columns)),
            unit));
        inputs.push_back(tap.weights);
        maps.push_back(opMaps[2 * t]);
        maps.push_back(opMaps[2 * t + 1]);
      }
      maps.push_back(opMaps.back());
      auto split = linalg::GenericOp::create(
          rewriter, loc, part.getType(), inputs, ValueRange{part}, maps,
          iterators, [&](OpBuilder &b, Location bodyLoc, ValueRange args) {
            Value sum = args.back();
            for (unsigned t = 0; t + 1 < args.size(); t += 2)
              sum = arith::AddFOp::create(
                  b, bodyLoc, sum,
                  arith::MulFOp::create(b, bodyLoc, args[t], args[t + 1]));
            linalg::YieldOp::create(b, bodyLoc, sum);
          });
      // The op's own attributes (the completed channels' count) hold for
      // each part.
      for (NamedAttribute attr : op->getDiscardableAttrs())
        split->setDiscardableAttr(attr.getName(), attr.getValue());
      result = tensor::InsertSliceOp::create(rewriter, loc, split.getResult(0),
                                             result, offsets, sizes, unit);
    }
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct SplitByLiveTapsPass
    : ov::impl::SplitByLiveTapsBase<SplitByLiveTapsPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<SplitByLiveTaps>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};

} // namespace
