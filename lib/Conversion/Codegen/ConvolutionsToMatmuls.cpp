//===- ConvolutionsToMatmuls.cpp - 2-D convolutions as contractions -------===//
//
// A 2-D NCHW convolution with static f32 shapes becomes a matmul-like
// contraction that ov-tile-and-vectorize turns into register tiles of 8
// filters x 32 output positions. The right-hand side, the input patches
// (im2col), is written in panels of 32 positions,
//   patches[n, pb, k, pi] = x[n, c, oh * SH + kh * DH, ow * SW + kw * DW]
//     with oh * OW + ow = pb * 32 + pi and k = (c * KH + kh) * KW + kw,
// zero past the last position, so that a register tile's K loop reads one
// contiguous block (rows of the plain im2col matrix lie OH * OW floats apart:
// a page and a conflicting cache set per step). Then
//   out[n, f, pb, pi] += filter[f, k] * patches[n, pb, k, pi]
// and the positions past OH * OW are dropped from the result. A 1x1
// convolution with unit strides gets its panels by transposing blocks of
// the input instead of gathering elements.
//
// A convolution with unit strides and a larger kernel needs no copy of its
// input at all: computed on the grid of the input's W columns (output
// columns OW..W-1 of each row are junk, dropped), output position
// q = oh * W + ow reads input position q + kh * DH * W + kw * DW of the
// flattened input plane. Each kernel tap is then a plain contraction
//   wide[n, f, q] += filter[f, c, kh, kw] * flat[n, c, q + shift(kh, kw)]
// whose right-hand side is a shifted view of the input; one op sums the
// taps' products (a term per tap), so that ov-tile-and-vectorize keeps each
// register tile's accumulators in registers through all the taps.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Conversion/Passes.h"

#include "Constants.h"
#include "MulAddContraction.h"

#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::ov {
#define GEN_PASS_DEF_CONVOLUTIONSTOMATMULS
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;
using ov::codegen::kPanelColumns;

namespace {

/// Below this many output positions (7x7 planes, 49) the plain im2col
/// matrix's rows are mostly remainders of the 32-wide register tiles, and
/// the convolution is computed on panels; larger planes are faster without
/// the copy into panels (measured on ResNet-50's layers).
constexpr int64_t kMaxPackedPositions = 4 * kPanelColumns;

bool isStaticF32(Value value) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  return type && type.hasStaticShape() && type.getElementType().isF32();
}

/// The sizes of a convolution, in the names of the file comment; of a
/// grouped one, channels and filters are those of a group.
struct Geometry {
  int64_t batch, channels, filters, kernelH, kernelW, outH, outW;
  int64_t strideH, strideW, dilationH, dilationW;
  int64_t groups = 1;

  int64_t taps() const { return channels * kernelH * kernelW; }
  int64_t positions() const { return outH * outW; }
  int64_t panels() const {
    return llvm::divideCeil(positions(), kPanelColumns);
  }
  bool hasPartialPanel() const { return positions() % kPanelColumns != 0; }
  bool isPointwise() const {
    return kernelH == 1 && kernelW == 1 && strideH == 1 && strideW == 1;
  }
};

Geometry geometryOf(linalg::Conv2DNchwFchwOp conv) {
  ArrayRef<int64_t> input =
      cast<RankedTensorType>(conv.getInputs()[0].getType()).getShape();
  ArrayRef<int64_t> filter =
      cast<RankedTensorType>(conv.getInputs()[1].getType()).getShape();
  ArrayRef<int64_t> output =
      cast<RankedTensorType>(conv.getOutputs()[0].getType()).getShape();
  auto strides = llvm::to_vector(conv.getStrides().getValues<int64_t>());
  auto dilations = llvm::to_vector(conv.getDilations().getValues<int64_t>());
  return {input[0],   input[1],     filter[0],   filter[2],
          filter[3],  output[2],    output[3],   strides[0],
          strides[1], dilations[0], dilations[1]};
}

Geometry geometryOf(linalg::Conv2DNgchwGfchwOp conv) {
  ArrayRef<int64_t> filter =
      cast<RankedTensorType>(conv.getInputs()[1].getType()).getShape();
  ArrayRef<int64_t> output =
      cast<RankedTensorType>(conv.getOutputs()[0].getType()).getShape();
  auto strides = llvm::to_vector(conv.getStrides().getValues<int64_t>());
  auto dilations = llvm::to_vector(conv.getDilations().getValues<int64_t>());
  return {output[0],  filter[2],    filter[1],    filter[3],
          filter[4],  output[3],    output[4],    strides[0],
          strides[1], dilations[0], dilations[1], filter[0]};
}

RankedTensorType f32Tensor(OpBuilder &b, ArrayRef<int64_t> shape) {
  return RankedTensorType::get(shape, b.getF32Type());
}

/// Panels of an im2col matrix `flat` [N, K, P]: padded to whole panels,
/// viewed as [N, K, panels, 32] and transposed.
Value transposeIntoPanels(OpBuilder &b, Location loc, Value flat,
                          const Geometry &g) {
  flat = ov::codegen::padToWholePanels(b, loc, flat);
  Value blocks = tensor::ExpandShapeOp::create(
      b, loc, f32Tensor(b, {g.batch, g.taps(), g.panels(), kPanelColumns}),
      flat, SmallVector<ReassociationIndices>{{0}, {1}, {2, 3}});
  Value init = tensor::EmptyOp::create(
      b, loc,
      SmallVector<int64_t>{g.batch, g.panels(), g.taps(), kPanelColumns},
      b.getF32Type());
  return linalg::TransposeOp::create(b, loc, blocks, init,
                                     ArrayRef<int64_t>{0, 2, 1, 3})
      ->getResult(0);
}

/// Panels of any convolution's input patches, element by element.
Value gatherIntoPanels(OpBuilder &b, Location loc, Value input,
                       const Geometry &g) {
  Value init = tensor::EmptyOp::create(
      b, loc,
      SmallVector<int64_t>{g.batch, g.panels(), g.taps(), kPanelColumns},
      b.getF32Type());
  AffineMap identity = b.getMultiDimIdentityMap(4);
  SmallVector<utils::IteratorType> parallel(4, utils::IteratorType::parallel);
  auto body = [&](OpBuilder &b, Location loc, ValueRange) {
    auto index = [&](int64_t value) {
      return arith::ConstantIndexOp::create(b, loc, value).getResult();
    };
    auto dim = [&](unsigned loop) {
      return linalg::IndexOp::create(b, loc, loop).getResult();
    };
    auto mul = [&](Value x, int64_t y) {
      return arith::MulIOp::create(b, loc, x, index(y)).getResult();
    };
    auto add = [&](Value x, Value y) {
      return arith::AddIOp::create(b, loc, x, y).getResult();
    };
    auto div = [&](Value x, int64_t y) {
      return arith::DivUIOp::create(b, loc, x, index(y)).getResult();
    };
    auto rem = [&](Value x, int64_t y) {
      return arith::RemUIOp::create(b, loc, x, index(y)).getResult();
    };
    Value batch = dim(0), tap = dim(2);
    Value position = add(mul(dim(1), kPanelColumns), dim(3));
    // Positions past the last read the last one; the result is replaced.
    Value clamped =
        arith::MinUIOp::create(b, loc, position, index(g.positions() - 1));
    Value oh = div(clamped, g.outW), ow = rem(clamped, g.outW);
    int64_t kernelSize = g.kernelH * g.kernelW;
    Value channel = div(tap, kernelSize);
    Value kernelTap = rem(tap, kernelSize);
    Value kh = div(kernelTap, g.kernelW), kw = rem(kernelTap, g.kernelW);
    Value ih = add(mul(oh, g.strideH), mul(kh, g.dilationH));
    Value iw = add(mul(ow, g.strideW), mul(kw, g.dilationW));
    Value value = tensor::ExtractOp::create(b, loc, input,
                                            ValueRange{batch, channel, ih, iw});
    if (g.hasPartialPanel()) {
      Value inside = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult,
                                           position, index(g.positions()));
      Value zero = arith::ConstantOp::create(b, loc, b.getF32FloatAttr(0));
      value = arith::SelectOp::create(b, loc, inside, value, zero);
    }
    linalg::YieldOp::create(b, loc, value);
  };
  return linalg::GenericOp::create(b, loc, init.getType(), ValueRange{},
                                   ValueRange{init}, ArrayRef{identity},
                                   parallel, body)
      .getResult(0);
}

/// Small output planes: the contraction on panels of the input patches.
struct ConvolutionAsContraction : OpRewritePattern<linalg::Conv2DNchwFchwOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(linalg::Conv2DNchwFchwOp conv,
                                PatternRewriter &rewriter) const override {
    if (!llvm::all_of(conv->getOperands(), isStaticF32))
      return rewriter.notifyMatchFailure(conv, "not static f32");
    Value input = conv.getInputs()[0], filter = conv.getInputs()[1];
    Value output = conv.getOutputs()[0];
    Geometry g = geometryOf(conv);
    if (g.positions() >= kMaxPackedPositions)
      return rewriter.notifyMatchFailure(conv, "output plane is large");
    Location loc = conv.getLoc();
    Value patches;
    if (g.isPointwise()) {
      Value flat = tensor::CollapseShapeOp::create(
          rewriter, loc, input,
          SmallVector<ReassociationIndices>{{0}, {1}, {2, 3}});
      patches = transposeIntoPanels(rewriter, loc, flat, g);
    } else {
      patches = gatherIntoPanels(rewriter, loc, input, g);
    }
    Value lhs = tensor::CollapseShapeOp::create(
        rewriter, loc, filter,
        SmallVector<ReassociationIndices>{{0}, {1, 2, 3}});
    SmallVector<ReassociationIndices> spatial = {{0}, {1}, {2, 3}};
    auto accType =
        f32Tensor(rewriter, {g.batch, g.filters, g.panels(), kPanelColumns});
    // The accumulator: the output as whole panels, padded when the plane
    // is not (a fill is made anew at the padded size instead).
    Value acc;
    auto fill = output.getDefiningOp<linalg::FillOp>();
    if (g.hasPartialPanel() && fill) {
      Value empty = tensor::EmptyOp::create(rewriter, loc, accType.getShape(),
                                            rewriter.getF32Type());
      acc = linalg::FillOp::create(rewriter, loc, fill.value(), empty)
                .getResult(0);
    } else {
      Value flat =
          tensor::CollapseShapeOp::create(rewriter, loc, output, spatial);
      flat = ov::codegen::padToWholePanels(rewriter, loc, flat);
      acc =
          tensor::ExpandShapeOp::create(rewriter, loc, accType, flat, spatial);
    }
    // Loops (n, f, pb, pi, k).
    MLIRContext *context = rewriter.getContext();
    AffineExpr n, f, pb, pi, k;
    bindDims(context, n, f, pb, pi, k);
    SmallVector<AffineMap> maps = {
        AffineMap::get(5, 0, {f, k}, context),
        AffineMap::get(5, 0, {n, pb, k, pi}, context),
        AffineMap::get(5, 0, {n, f, pb, pi}, context)};
    Value result = ov::codegen::buildMulAddContraction(rewriter, loc, lhs,
                                                       patches, acc, maps);
    result = tensor::CollapseShapeOp::create(rewriter, loc, result, spatial);
    result =
        ov::codegen::sliceLastDimension(rewriter, loc, result, g.positions());
    rewriter.replaceOpWithNewOp<tensor::ExpandShapeOp>(conv, output.getType(),
                                                       result, spatial);
    return success();
  }
};

bool allOnes(DenseIntElementsAttr values) {
  return llvm::all_of(values.getValues<int64_t>(),
                      [](int64_t value) { return value == 1; });
}

/// Larger output planes, 1x1 filter, unit strides and dilations:
/// out[n, f, p] = sum_c filter[f, c] * input[n, c, p] over the collapsed
/// spatial positions p; the input is the right-hand side as it is.
struct PointwiseConvolution : OpRewritePattern<linalg::Conv2DNchwFchwOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(linalg::Conv2DNchwFchwOp conv,
                                PatternRewriter &rewriter) const override {
    Value input = conv.getInputs()[0], filter = conv.getInputs()[1];
    Value output = conv.getOutputs()[0];
    if (!llvm::all_of(conv->getOperands(), isStaticF32))
      return failure();
    auto filterType = cast<RankedTensorType>(filter.getType());
    if (filterType.getDimSize(2) != 1 || filterType.getDimSize(3) != 1 ||
        !allOnes(conv.getStrides()) || !allOnes(conv.getDilations()))
      return failure();
    Location loc = conv.getLoc();
    SmallVector<ReassociationIndices> spatial = {{0}, {1}, {2, 3}};
    SmallVector<ReassociationIndices> kernel = {{0}, {1, 2, 3}};
    Value lhs = tensor::CollapseShapeOp::create(rewriter, loc, filter, kernel);
    Value rhs = tensor::CollapseShapeOp::create(rewriter, loc, input, spatial);
    Value acc = tensor::CollapseShapeOp::create(rewriter, loc, output, spatial);
    // Loops (n, f, p, c).
    MLIRContext *context = rewriter.getContext();
    AffineExpr n, f, p, c;
    bindDims(context, n, f, p, c);
    SmallVector<AffineMap> maps = {AffineMap::get(4, 0, {f, c}, context),
                                   AffineMap::get(4, 0, {n, c, p}, context),
                                   AffineMap::get(4, 0, {n, f, p}, context)};
    Value matmul =
        ov::codegen::buildMulAddContraction(rewriter, loc, lhs, rhs, acc, maps);
    rewriter.replaceOpWithNewOp<tensor::ExpandShapeOp>(conv, output.getType(),
                                                       matmul, spatial);
    return success();
  }
};

/// `filter` with its dimensions permuted by `permutation` and then
/// reshaped to `shape` (the same elements in order), transposed at compile
/// time when it is a constant (a resource named `name`).
Value transposedFilter(OpBuilder &b, Location loc, Value filter,
                       ArrayRef<int64_t> permutation, ArrayRef<int64_t> shape,
                       StringRef name) {
  auto type = cast<RankedTensorType>(filter.getType());
  auto resultType = type.clone(shape);
  if (std::optional<ArrayRef<char>> bytes = ov::codegen::constantBytes(filter))
    return ov::codegen::createResourceConstant(
        b, loc, resultType,
        ov::codegen::transposeBytes(*bytes, type.getShape(), permutation,
                                    type.getElementTypeBitWidth() / 8),
        name, *bytes);
  SmallVector<int64_t> permuted;
  for (int64_t d : permutation)
    permuted.push_back(type.getDimSize(d));
  Value init =
      tensor::EmptyOp::create(b, loc, permuted, resultType.getElementType());
  Value transposed =
      linalg::TransposeOp::create(b, loc, filter, init, permutation)
          ->getResult(0);
  if (ArrayRef<int64_t>(permuted) == shape)
    return transposed;
  auto reassociation = getReassociationIndicesForCollapse(permuted, shape);
  return tensor::CollapseShapeOp::create(b, loc, resultType, transposed,
                                         *reassociation);
}

/// `value` [N, C, H, W] with `rows` more zero rows at the bottom and
/// `columns` more zero columns at the right; merged into the pad that makes
/// `value`, if one does.
Value withMoreRowsAndColumns(OpBuilder &b, Location loc, Value value,
                             int64_t rows, int64_t columns) {
  if (rows == 0 && columns == 0)
    return value;
  auto type = cast<RankedTensorType>(value.getType());
  SmallVector<int64_t> shape(type.getShape());
  shape[2] += rows;
  shape[3] += columns;
  auto pad = value.getDefiningOp<tensor::PadOp>();
  if (pad && pad.getLow().empty() && pad.getHigh().empty() &&
      pad.getConstantPaddingValue() && !pad.getNofold()) {
    SmallVector<int64_t> high(pad.getStaticHigh());
    high[2] += rows;
    high[3] += columns;
    return tensor::PadOp::create(
        b, loc, type.clone(shape), pad.getSource(),
        getAsIndexOpFoldResult(b.getContext(), pad.getStaticLow()),
        getAsIndexOpFoldResult(b.getContext(), high),
        pad.getConstantPaddingValue());
  }
  return ov::codegen::padWithZeros(b, loc, value, {0, 0, rows, columns});
}

/// `init` [N, F, H, W] on the grid `shape` [N, F, H', W'] (H' >= H,
/// W' >= W): when it is the same value at every position of a plane (a
/// fill, the broadcast bias that ov-accumulate-addends makes), that value
/// at every position of the grid's planes, written at once; otherwise with
/// zeros in the rows and columns the grid adds. (Padded with zeros, a
/// broadcast wrote the interior, strided, and fills the rest, the extra
/// columns one strided element per row.)
Value onGrid(OpBuilder &b, Location loc, Value init, ArrayRef<int64_t> shape) {
  auto type = cast<RankedTensorType>(init.getType());
  Value empty = tensor::EmptyOp::create(b, loc, shape, type.getElementType());
  if (auto fill = init.getDefiningOp<linalg::FillOp>())
    return linalg::FillOp::create(b, loc, fill.getInputs()[0], empty)
        .getResult(0);
  auto broadcast = init.getDefiningOp<linalg::GenericOp>();
  auto isPlaneInvariant = [](AffineMap map) {
    return !map.isFunctionOfDim(2) && !map.isFunctionOfDim(3);
  };
  if (broadcast && broadcast.getNumDpsInputs() == 1 &&
      broadcast.getNumDpsInits() == 1 && broadcast.getNumParallelLoops() == 4 &&
      broadcast.getNumLoops() == 4 &&
      broadcast.getIndexingMapsArray().back().isIdentity() &&
      isPlaneInvariant(broadcast.getIndexingMapsArray().front()) &&
      llvm::hasSingleElement(broadcast.getBlock()->getOperations())) {
    auto yield = cast<linalg::YieldOp>(broadcast.getBlock()->getTerminator());
    if (yield.getValues().front() == broadcast.getBlock()->getArgument(0)) {
      IRMapping mapping;
      mapping.map(broadcast.getDpsInits()[0], empty);
      Operation *clone = b.clone(*broadcast, mapping);
      clone->getResult(0).setType(empty.getType());
      return clone->getResult(0);
    }
  }
  SmallVector<int64_t> high;
  for (auto [grid, size] : llvm::zip(shape, type.getShape()))
    high.push_back(grid - size);
  return ov::codegen::padWithZeros(b, loc, init, high);
}

/// The four phases of `input` [N, C, 2 R, 2 P] (even and odd rows times even
/// and odd columns) as [N, C, 4, R * P], phase 2a + b holding
/// input[n, c, 2i + a, 2j + b] at i * P + j: a stride-2 convolution's taps
/// are shifted views of them. One copy of the input (im2col's is KH x KW).
Value phasesOf(OpBuilder &b, Location loc, Value input) {
  auto type = cast<RankedTensorType>(input.getType());
  int64_t batch = type.getDimSize(0), channels = type.getDimSize(1);
  int64_t rows = type.getDimSize(2) / 2, pitch = type.getDimSize(3) / 2;
  auto index = [&](int64_t value) { return b.getIndexAttr(value); };
  Value phases = tensor::EmptyOp::create(
      b, loc, ArrayRef<int64_t>{batch, channels, 4, rows, pitch},
      type.getElementType());
  for (int64_t a = 0; a < 2; ++a) {
    for (int64_t c = 0; c < 2; ++c) {
      Value phase = tensor::ExtractSliceOp::create(
          b, loc, input,
          ArrayRef<OpFoldResult>{index(0), index(0), index(a), index(c)},
          ArrayRef<OpFoldResult>{index(batch), index(channels), index(rows),
                                 index(pitch)},
          ArrayRef<OpFoldResult>{index(1), index(1), index(2), index(2)});
      phases = tensor::InsertSliceOp::create(
          b, loc, phase, phases,
          ArrayRef<OpFoldResult>{index(0), index(0), index(2 * a + c), index(0),
                                 index(0)},
          ArrayRef<OpFoldResult>{index(batch), index(channels), index(1),
                                 index(rows), index(pitch)},
          SmallVector<OpFoldResult>(5, index(1)));
    }
  }
  return tensor::CollapseShapeOp::create(
      b, loc, phases, SmallVector<ReassociationIndices>{{0}, {1}, {2}, {3, 4}});
}

/// 1x1 convolutions of a 1x1 plane (the fully connected layers of
/// squeeze-excite blocks): the matrix-vector product
/// out[n, f] = sum_c input[n, c] * filter^T[c, f], a linalg.matmul whose
/// right-hand side, the filter transposed at compile time, is packed by
/// ov-pack-matmul-weights. (As panels of positions, the one position was
/// padded to 32, and 31/32 of the work wasted.)
struct MatrixVectorConvolution : OpRewritePattern<linalg::Conv2DNchwFchwOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(linalg::Conv2DNchwFchwOp conv,
                                PatternRewriter &rewriter) const override {
    if (!llvm::all_of(conv->getOperands(), isStaticF32))
      return rewriter.notifyMatchFailure(conv, "not static f32");
    Value input = conv.getInputs()[0], filter = conv.getInputs()[1];
    Value output = conv.getOutputs()[0];
    auto inputType = cast<RankedTensorType>(input.getType());
    auto filterType = cast<RankedTensorType>(filter.getType());
    if (filterType.getDimSize(2) != 1 || filterType.getDimSize(3) != 1 ||
        inputType.getDimSize(2) != 1 || inputType.getDimSize(3) != 1)
      return rewriter.notifyMatchFailure(conv, "not 1x1 on a 1x1 plane");
    Location loc = conv.getLoc();
    int64_t filters = filterType.getDimSize(0);
    int64_t channels = filterType.getDimSize(1);
    SmallVector<ReassociationIndices> rows = {{0}, {1, 2, 3}};
    Value lhs = tensor::CollapseShapeOp::create(rewriter, loc, input, rows);
    Value rhs = transposedFilter(rewriter, loc, filter, {1, 0, 2, 3},
                                 {channels, filters}, "filter_columns");
    Value acc = tensor::CollapseShapeOp::create(rewriter, loc, output, rows);
    Value product = linalg::MatmulOp::create(
                        rewriter, loc, ValueRange{lhs, rhs}, ValueRange{acc})
                        .getResult(0);
    rewriter.replaceOpWithNewOp<tensor::ExpandShapeOp>(conv, output.getType(),
                                                       product, rows);
    return success();
  }
};

/// Whether ShiftedRowsConvolution computes a convolution of geometry `g`:
/// unit strides (any dilation) or strides of 2 (no dilation), a kernel
/// larger than 1x1.
bool isShiftedRows(const Geometry &g) {
  bool unitStrides = g.strideH == 1 && g.strideW == 1;
  bool phases =
      g.strideH == 2 && g.strideW == 2 && g.dilationH == 1 && g.dilationW == 1;
  return (unitStrides || phases) && g.kernelH * g.kernelW > 1;
}

/// A contraction with a term per kernel tap on the grid of the plane the
/// taps read, the input (file comment) or, with strides of 2, its four
/// phases (phasesOf: tap (kh, kw) reads phase (kh % 2, kw % 2) shifted by
/// (kh / 2, kw / 2)), both of pitch P (W or ceil(W / 2)). The grid has
/// alignTo(OH * P, 32) positions (whole register tiles), the planes enough
/// zero rows below them for the last tile's shifted reads. `input`
/// [N, G * C, H, W], `filter` [F, C, KH, KW] or, with G > 1 groups,
/// [G, F, C, KH, KW], `output` (the initial values) [N, G * F, OH, OW];
/// returns the result, of the output's type. With groups, each term is a
/// contraction per group, the group a batch loop (n, g, f, q, c): one op,
/// one thread loop for all groups.
Value shiftedRows(OpBuilder &b, Location loc, const Geometry &g, Value input,
                  Value filter, Value output) {
  bool phases = g.strideH == 2;
  auto inputType = cast<RankedTensorType>(input.getType());
  int64_t width = inputType.getDimSize(3), height = inputType.getDimSize(2);
  int64_t channels = g.groups * g.channels, filters = g.groups * g.filters;
  int64_t pitch = phases ? llvm::divideCeil(width, 2) : width;
  auto shiftOf = [&](int64_t kh, int64_t kw) {
    return phases ? kh / 2 * pitch + kw / 2
                  : kh * g.dilationH * width + kw * g.dilationW;
  };
  int64_t grid = llvm::alignTo(g.outH * pitch, kPanelColumns);
  int64_t gridRows = llvm::divideCeil(grid, pitch);
  int64_t maxShift = shiftOf(g.kernelH - 1, g.kernelW - 1);
  int64_t planeRows =
      std::max<int64_t>(phases ? llvm::divideCeil(height, 2) : height,
                        llvm::divideCeil(maxShift + grid, pitch));
  SmallVector<ReassociationIndices> planes = {{0}, {1}, {2, 3}};

  // The planes the taps read, flattened: [N, G * C, 1 or 4, rows * pitch].
  Value flat;
  if (phases) {
    input = withMoreRowsAndColumns(b, loc, input, 2 * planeRows - height,
                                   2 * pitch - width);
    flat = phasesOf(b, loc, input);
  } else {
    input = withMoreRowsAndColumns(b, loc, input, planeRows - height, 0);
    flat = tensor::CollapseShapeOp::create(b, loc, input, planes);
    flat = tensor::ExpandShapeOp::create(
        b, loc, f32Tensor(b, {g.batch, channels, 1, planeRows * pitch}), flat,
        planes);
  }
  // The accumulator: the output (its initial values) on the grid.
  Value wide = onGrid(b, loc, output, {g.batch, filters, gridRows, pitch});
  Value wideFlat = tensor::CollapseShapeOp::create(b, loc, wide, planes);
  Value acc = ov::codegen::sliceLastDimension(b, loc, wideFlat, grid);

  // Each tap's filter matrix is a strided view of the filter as it is,
  // [F, C, KH, KW]: a register tile's K step broadcasts 8 rows' taps, each
  // row's 9 adjacent (a stream per row). With the filter transposed to
  // [KH, KW, F, C] (contiguous tap matrices), 9 streams per row made the
  // layers with 256 and 512 channels 30-75% slower.
  auto one = b.getIndexAttr(1);
  auto index = [&](int64_t value) { return b.getIndexAttr(value); };
  MLIRContext *context = b.getContext();
  bool grouped = g.groups > 1;
  // Groups split from the channels (the second dimension).
  SmallVector<ReassociationIndices> split = {{0}, {1, 2}, {3}};
  auto splitGroups = [&](Value value, int64_t perGroup) -> Value {
    if (!grouped)
      return value;
    return tensor::ExpandShapeOp::create(
        b, loc, f32Tensor(b, {g.batch, g.groups, perGroup, grid}), value,
        split);
  };
  SmallVector<AffineMap> maps;
  if (grouped) {
    AffineExpr n, gr, f, q, c;
    bindDims(context, n, gr, f, q, c);
    maps = {AffineMap::get(5, 0, {gr, f, c}, context),
            AffineMap::get(5, 0, {n, gr, c, q}, context),
            AffineMap::get(5, 0, {n, gr, f, q}, context)};
  } else {
    AffineExpr n, f, q, c;
    bindDims(context, n, f, q, c);
    maps = {AffineMap::get(4, 0, {f, c}, context),
            AffineMap::get(4, 0, {n, c, q}, context),
            AffineMap::get(4, 0, {n, f, q}, context)};
  }
  auto filterRank = cast<RankedTensorType>(filter.getType()).getRank();
  SmallVector<int64_t> tapShape = {g.filters, g.channels};
  if (grouped)
    tapShape.insert(tapShape.begin(), g.groups);
  SmallVector<Value> terms;
  for (int64_t kh = 0; kh < g.kernelH; ++kh) {
    for (int64_t kw = 0; kw < g.kernelW; ++kw) {
      SmallVector<int64_t> offsets(filterRank, 0), sizes(tapShape);
      offsets[filterRank - 2] = kh;
      offsets[filterRank - 1] = kw;
      sizes.append({1, 1});
      Value lhs = tensor::ExtractSliceOp::create(
          b, loc, f32Tensor(b, tapShape), filter, ValueRange{}, ValueRange{},
          ValueRange{}, b.getDenseI64ArrayAttr(offsets),
          b.getDenseI64ArrayAttr(sizes),
          b.getDenseI64ArrayAttr(SmallVector<int64_t>(filterRank, 1)));
      int64_t plane = phases ? kh % 2 * 2 + kw % 2 : 0;
      Value rhs = tensor::ExtractSliceOp::create(
          b, loc, f32Tensor(b, {g.batch, channels, grid}), flat,
          ArrayRef<OpFoldResult>{index(0), index(0), index(plane),
                                 index(shiftOf(kh, kw))},
          ArrayRef<OpFoldResult>{index(g.batch), index(channels), one,
                                 index(grid)},
          ArrayRef<OpFoldResult>{one, one, one, one});
      terms.append({lhs, splitGroups(rhs, g.channels)});
    }
  }
  Value sum = ov::codegen::buildMulAddTerms(b, loc, terms,
                                            splitGroups(acc, g.filters), maps)
                  .getResult(0);
  if (grouped)
    sum = tensor::CollapseShapeOp::create(b, loc, sum, split);
  if (sum.getType() != wideFlat.getType())
    sum = tensor::InsertSliceOp::create(
        b, loc, sum, wideFlat,
        ArrayRef<OpFoldResult>{index(0), index(0), index(0)},
        ArrayRef<OpFoldResult>{index(g.batch), index(filters), index(grid)},
        ArrayRef<OpFoldResult>{one, one, one});
  Value result =
      tensor::ExpandShapeOp::create(b, loc, wide.getType(), sum, planes);
  SmallVector<OpFoldResult> zeros(4, index(0));
  return tensor::ExtractSliceOp::create(
      b, loc, cast<RankedTensorType>(output.getType()), result, zeros,
      ArrayRef<OpFoldResult>{index(g.batch), index(filters), index(g.outH),
                             index(g.outW)},
      SmallVector<OpFoldResult>(4, one));
}

struct ShiftedRowsConvolution : OpRewritePattern<linalg::Conv2DNchwFchwOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(linalg::Conv2DNchwFchwOp conv,
                                PatternRewriter &rewriter) const override {
    if (!llvm::all_of(conv->getOperands(), isStaticF32))
      return rewriter.notifyMatchFailure(conv, "not static f32");
    Geometry g = geometryOf(conv);
    if (!isShiftedRows(g))
      return rewriter.notifyMatchFailure(conv, "not a 3x3-like stride 1 or 2");
    rewriter.replaceOp(
        conv, shiftedRows(rewriter, conv.getLoc(), g, conv.getInputs()[0],
                          conv.getInputs()[1], conv.getOutputs()[0]));
    return success();
  }
};

/// The input [N, G, C, H, W] or output [N, G, F, OH, OW] of a grouped
/// convolution with its groups merged into channels: [N, G * C, H, W]
/// (what an expand_shape split, its source; a fill, made at that shape,
/// which onGrid knows).
Value mergedGroups(OpBuilder &b, Location loc, Value value) {
  SmallVector<ReassociationIndices> merge = {{0}, {1, 2}, {3}, {4}};
  auto expand = value.getDefiningOp<tensor::ExpandShapeOp>();
  if (expand && expand.getReassociationIndices() == merge)
    return expand.getSrc();
  Value merged = tensor::CollapseShapeOp::create(b, loc, value, merge);
  if (auto fill = value.getDefiningOp<linalg::FillOp>()) {
    auto type = cast<RankedTensorType>(merged.getType());
    Value empty =
        tensor::EmptyOp::create(b, loc, type.getShape(), type.getElementType());
    return linalg::FillOp::create(b, loc, fill.value(), empty).getResult(0);
  }
  return merged;
}

/// ShiftedRowsConvolution of a grouped convolution: a contraction per
/// group in one op (RegNetX-1.6GF's 24 channels per group: a convolution
/// per group made 868 parallel regions too small for two threads).
struct ShiftedRowsGroupedConvolution
    : OpRewritePattern<linalg::Conv2DNgchwGfchwOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(linalg::Conv2DNgchwGfchwOp conv,
                                PatternRewriter &rewriter) const override {
    if (!llvm::all_of(conv->getOperands(), isStaticF32))
      return rewriter.notifyMatchFailure(conv, "not static f32");
    Geometry g = geometryOf(conv);
    if (!isShiftedRows(g))
      return rewriter.notifyMatchFailure(conv, "not a 3x3-like stride 1 or 2");
    Location loc = conv.getLoc();
    Value output = conv.getOutputs()[0];
    Value result = shiftedRows(
        rewriter, loc, g, mergedGroups(rewriter, loc, conv.getInputs()[0]),
        conv.getInputs()[1], mergedGroups(rewriter, loc, output));
    rewriter.replaceOpWithNewOp<tensor::ExpandShapeOp>(
        conv, output.getType(), result,
        SmallVector<ReassociationIndices>{{0}, {1, 2}, {3}, {4}});
    return success();
  }
};

/// Other grouped convolutions: one 2-D convolution per group on its slice
/// of the channels (computed by the patterns above), inserted into the
/// result; each group's filter a constant of its own (the grouped
/// filter's bytes are contiguous per group) when the filter is one.
struct ConvolutionPerGroup : OpRewritePattern<linalg::Conv2DNgchwGfchwOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(linalg::Conv2DNgchwGfchwOp conv,
                                PatternRewriter &rewriter) const override {
    if (!llvm::all_of(conv->getOperands(), isStaticF32))
      return rewriter.notifyMatchFailure(conv, "not static f32");
    Location loc = conv.getLoc();
    Value input = conv.getInputs()[0], filter = conv.getInputs()[1];
    Value output = conv.getOutputs()[0];
    auto filterType = cast<RankedTensorType>(filter.getType());
    auto outputType = cast<RankedTensorType>(output.getType());
    int64_t groups = filterType.getDimSize(0);
    auto index = [&](int64_t value) { return rewriter.getIndexAttr(value); };
    // The offsets and sizes of group `group` of a value of `type`, its
    // group dimension `groupDim`.
    auto groupBounds = [&](RankedTensorType type, int64_t groupDim,
                           int64_t group) {
      SmallVector<OpFoldResult> offsets(type.getRank(), index(0));
      offsets[groupDim] = index(group);
      SmallVector<OpFoldResult> sizes =
          getAsIndexOpFoldResult(rewriter.getContext(), type.getShape());
      sizes[groupDim] = index(1);
      return std::make_pair(offsets, sizes);
    };
    // Group `group` of `value` (the input, filter or output), without the
    // group dimension (`groupDim`).
    auto groupOf = [&](Value value, int64_t groupDim, int64_t group) {
      auto type = cast<RankedTensorType>(value.getType());
      auto [offsets, sizes] = groupBounds(type, groupDim, group);
      SmallVector<int64_t> shape(type.getShape());
      shape.erase(shape.begin() + groupDim);
      return tensor::ExtractSliceOp::create(
          rewriter, loc, type.clone(shape), value, offsets, sizes,
          SmallVector<OpFoldResult>(type.getRank(), index(1)));
    };
    Value source = ov::codegen::reshapedSource(filter);
    auto splat =
        dyn_cast_if_present<FloatAttr>(ov::codegen::scalarConstant(source));
    std::optional<ArrayRef<char>> bytes;
    if (!splat)
      bytes = ov::codegen::constantBytes(source);
    SmallVector<int64_t> groupFilterShape(filterType.getShape().drop_front());
    auto groupFilterType = filterType.clone(groupFilterShape);
    int64_t groupBytes = groupFilterType.getNumElements() * sizeof(float);
    auto filterOf = [&](int64_t group) -> Value {
      if (splat)
        return arith::ConstantOp::create(
            rewriter, loc, DenseElementsAttr::get(groupFilterType, splat));
      if (!bytes)
        return groupOf(filter, 0, group);
      ArrayRef<char> groupFilter = bytes->slice(group * groupBytes, groupBytes);
      return ov::codegen::createResourceConstant(rewriter, loc, groupFilterType,
                                                 groupFilter, "group_filter",
                                                 groupFilter);
    };
    // A fill (the usual output) is made anew per group, which the patterns
    // above see (onGrid).
    auto fill = output.getDefiningOp<linalg::FillOp>();
    auto empty = [&](ArrayRef<int64_t> shape) -> Value {
      return tensor::EmptyOp::create(rewriter, loc, shape,
                                     rewriter.getF32Type());
    };
    SmallVector<int64_t> groupOutputShape(outputType.getShape());
    groupOutputShape.erase(groupOutputShape.begin() + 1);
    Value result = fill ? Value(empty(outputType.getShape())) : output;
    for (int64_t group = 0; group < groups; ++group) {
      Value groupOutput =
          fill ? linalg::FillOp::create(rewriter, loc, fill.value(),
                                        empty(groupOutputShape))
                     .getResult(0)
               : Value(groupOf(output, 1, group));
      Value groupResult =
          linalg::Conv2DNchwFchwOp::create(
              rewriter, loc, TypeRange{groupOutput.getType()},
              ValueRange{groupOf(input, 1, group), filterOf(group)},
              ValueRange{groupOutput}, conv.getStrides(), conv.getDilations())
              ->getResult(0);
      auto [offsets, sizes] = groupBounds(outputType, 1, group);
      result = tensor::InsertSliceOp::create(
          rewriter, loc, groupResult, result, offsets, sizes,
          SmallVector<OpFoldResult>(5, index(1)));
    }
    rewriter.replaceOp(conv, result);
    return success();
  }
};

/// Other convolutions with larger output planes: upstream's im2col, then
/// the contraction on it.
struct Im2ColConvolution : OpRewritePattern<linalg::Conv2DNchwFchwOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(linalg::Conv2DNchwFchwOp conv,
                                PatternRewriter &rewriter) const override {
    if (!llvm::all_of(conv->getOperands(), isStaticF32))
      return failure();
    if (failed(linalg::rewriteInIm2Col(rewriter, conv)))
      return failure();
    return success();
  }
};

struct ConvolutionsToMatmulsPass
    : ov::impl::ConvolutionsToMatmulsBase<ConvolutionsToMatmulsPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<MatrixVectorConvolution>(&getContext(), /*benefit=*/5);
    patterns.add<ShiftedRowsConvolution>(&getContext(), /*benefit=*/4);
    patterns.add<ShiftedRowsGroupedConvolution>(&getContext(), /*benefit=*/4);
    patterns.add<ConvolutionPerGroup>(&getContext(), /*benefit=*/1);
    patterns.add<ConvolutionAsContraction>(&getContext(), /*benefit=*/3);
    patterns.add<PointwiseConvolution>(&getContext(), /*benefit=*/2);
    patterns.add<Im2ColConvolution>(&getContext(), /*benefit=*/1);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};

} // namespace
