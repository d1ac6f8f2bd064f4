//===- WinogradConvolutions.cpp - 3x3 convolutions in Winograd form -------===//
//
// A stride-1 3x3 convolution computes each 2x2 block of outputs from the
// 4x4 block of inputs around it with 36 products per filter and channel.
// Winograd's F(2x2, 3x3) computes the same block with 16: the input block
// d transformed to V = B^T d B, the filter g to U = G g G^T (at compile
// time), the 16 points multiplied, M = U * V summed over the channels, and
// the output block Y = A^T M A. For each image of a blocked convolution
// (the summed-taps op of ov-block-convolutions), its plane completed to
// whole 2x2 blocks when odd (one more row or column of zero padding, the
// result cropped):
//
//   V[16, CB, H/2, W/2, ci] = input transform of the padded input, one
//       elementwise op over 16 stride-2 slices of it with 16 results (B^T
//       holds only 0 and +-1: 32 additions per 16 points);
//   M[16, FB, H/2, W/2, fo] = V * U, one contraction with the 16 points as
//       a batch loop: 16 blocked 1x1 convolutions, register-tiled like the
//       convolutions themselves;
//   out[p::2, q::2] = epilogue(init + output transform of M), one
//       elementwise op with the 4 phases of the output as results (A^T: 0,
//       +-1; the epilogue: the elementwise op that alone reads the
//       convolution, a ReLU).
//
// The products drop from 36 to 16 per 2x2 block (2.25x); the transforms
// are passes over V and M, 4x the input and the output.
//
//===----------------------------------------------------------------------===//

#include "Constants.h"
#include "MulAddContraction.h"
#include "SummedTaps.h"
#include "Winograd.h"
#include "ovmlir/Conversion/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::ov {
#define GEN_PASS_DEF_WINOGRADCONVOLUTIONS
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;
using namespace mlir::ov::codegen;

namespace {

/// Input channels and filters below this are left direct: with blocks of
/// 16 the contraction's K loop is too short for its register tiles
/// (SqueezeNet's 16 -> 64 layers: the model +4% / +12% on 1 / 2 threads;
/// from 32 on -10% / -11%, DenseNet-121's 128 -> 32 layers -10% / -8%).
constexpr int64_t kMinChannels = 32;

/// Layers with this few input channels or filters (or fewer) whose V and M
/// together exceed kMaxNarrowTransformedBytes stay direct: their
/// transforms, passes over V and M, are many bytes per product, and V and
/// M no longer fit the caches. Alone, in alternated runs (1 / 2 threads,
/// direct against Winograd): Inception v3's Conv2d_2b_3x3 (32 -> 64 on
/// 147x147, 34 MB) 0.93 / 0.66, 128 -> 32 on 112x112 (32 MB) 0.68 / 0.56;
/// 32 -> 64 on 74x74 (8 MB) 1.36 / 1.38, 64 -> 64 on 130x130 (35 MB) 1.19 /
/// 1.13 and on 200x200 1.25 / 1.11, 80 -> 192 on 71x71 (23 MB) 1.26 / 1.24.
constexpr int64_t kNarrowChannels = 32;
constexpr int64_t kMaxNarrowTransformedBytes = 16 << 20;

/// Batches of at most this many images: each image gets ops of its own
/// (code and compile time grow with the batch: ResNet-50 of 4 images
/// compiles in 22 s, 8 s without Winograd; 0.92 / 0.91 of ORT's latency
/// on 1 / 2 threads against 1.07 / 1.00).
constexpr int64_t kMaxImages = 4;

using namespace winograd;

/// G (4x3): the filter transform.
constexpr double kG[kIn][kKernel] = {
    {1, 0, 0}, {0.5, 0.5, 0.5}, {0.5, -0.5, 0.5}, {0, 0, 1}};

/// The bytes of V and M of one image: the 16 points of every 2x2 block of
/// outputs, per input channel and per filter.
int64_t transformedBytes(int64_t inputChannels, int64_t filters, int64_t rows,
                         int64_t columns) {
  return kPoints * (inputChannels + filters) * llvm::divideCeil(rows, kOut) *
         llvm::divideCeil(columns, kOut) * static_cast<int64_t>(sizeof(float));
}

/// The 9 taps of a 3x3 kernel in row-major order, when `taps` are those of
/// one (each offset from the first by (kh, kw) in [0, 3)^2), else empty.
SmallVector<Tap *> kernelOrder(MutableArrayRef<Tap> taps) {
  if (taps.size() != kKernel * kKernel)
    return {};
  int64_t row = taps.front().row, column = taps.front().column;
  for (const Tap &tap : taps) {
    row = std::min(row, tap.row);
    column = std::min(column, tap.column);
  }
  SmallVector<Tap *> order(kKernel * kKernel, nullptr);
  for (Tap &tap : taps) {
    int64_t kh = tap.row - row, kw = tap.column - column;
    if (kh >= kKernel || kw >= kKernel || order[kh * kKernel + kw])
      return {};
    order[kh * kKernel + kw] = &tap;
  }
  return order;
}

/// The `elements` f32 values of a tap's weights: a slice of the blocked
/// filter, a constant or a splat (in tests).
std::optional<std::vector<char>> weightsOf(Value weights, int64_t elements) {
  std::optional<std::vector<char>> bytes = sliceOfConstant(weights);
  if (!bytes)
    if (std::optional<ArrayRef<char>> whole = constantBytes(weights))
      bytes.emplace(whole->begin(), whole->end());
  if (!bytes)
    if (auto splat = dyn_cast_or_null<FloatAttr>(scalarConstant(weights))) {
      std::vector<float> values(elements, splat.getValueAsDouble());
      auto *begin = reinterpret_cast<const char *>(values.data());
      bytes.emplace(begin, begin + elements * sizeof(float));
    }
  if (!bytes || bytes->size() != elements * sizeof(float))
    return std::nullopt;
  return bytes;
}

/// U[16, FB, CB, ci, fo] = G g G^T for each filter and channel, from the
/// taps' weights [FB, CB, ci, fo] in kernel order; nullopt when they are
/// not constants.
std::optional<std::vector<char>> transformedFilter(ArrayRef<Tap *> taps,
                                                   int64_t elements) {
  SmallVector<std::vector<char>> weights;
  for (Tap *tap : taps) {
    std::optional<std::vector<char>> bytes = weightsOf(tap->weights, elements);
    if (!bytes)
      return std::nullopt;
    weights.push_back(std::move(*bytes));
  }
  std::vector<char> out(kPoints * elements * sizeof(float));
  auto *u = reinterpret_cast<float *>(out.data());
  for (int64_t r = 0; r < kIn; ++r)
    for (int64_t s = 0; s < kIn; ++s)
      for (int64_t e = 0; e < elements; ++e) {
        double sum = 0;
        for (int64_t kh = 0; kh < kKernel; ++kh)
          for (int64_t kw = 0; kw < kKernel; ++kw)
            if (kG[r][kh] != 0 && kG[s][kw] != 0)
              sum += kG[r][kh] * kG[s][kw] *
                     reinterpret_cast<const float *>(
                         weights[kh * kKernel + kw].data())[e];
        u[(r * kIn + s) * elements + e] = static_cast<float>(sum);
      }
  return out;
}

/// B^T d B for the 4x4 block `d` (row-major): B^T = [1 0 -1 0; 0 1 1 0;
/// 0 -1 1 0; 0 1 0 -1], rows first, then columns.
SmallVector<Value> inputTransform(OpBuilder &b, Location loc,
                                  ArrayRef<Value> d) {
  auto rowsOf = [&](auto at) {
    // B^T applied along one axis of 4 values at(0..3).
    return SmallVector<Value>{arith::SubFOp::create(b, loc, at(0), at(2)),
                              arith::AddFOp::create(b, loc, at(1), at(2)),
                              arith::SubFOp::create(b, loc, at(2), at(1)),
                              arith::SubFOp::create(b, loc, at(1), at(3))};
  };
  // t[r][column] = (B^T d)[r][column]
  SmallVector<SmallVector<Value>> t(kIn);
  for (int64_t column = 0; column < kIn; ++column) {
    SmallVector<Value> rows =
        rowsOf([&](int64_t a) { return d[a * kIn + column]; });
    for (int64_t r = 0; r < kIn; ++r)
      t[r].push_back(rows[r]);
  }
  SmallVector<Value> v;
  for (int64_t r = 0; r < kIn; ++r)
    llvm::append_range(v, rowsOf([&](int64_t c) { return t[r][c]; }));
  return v;
}

/// A^T m A for the 4x4 block `m` (row-major): A^T = [1 1 1 0; 0 1 -1 -1];
/// the 2x2 block, row-major.
SmallVector<Value> outputTransform(OpBuilder &b, Location loc,
                                   ArrayRef<Value> m) {
  auto reduce = [&](auto at) {
    Value first = arith::AddFOp::create(
        b, loc, arith::AddFOp::create(b, loc, at(0), at(1)), at(2));
    Value second = arith::SubFOp::create(
        b, loc, arith::SubFOp::create(b, loc, at(1), at(2)), at(3));
    return std::pair<Value, Value>{first, second};
  };
  // u[p][s] = (A^T m)[p][s]
  SmallVector<SmallVector<Value>> u(kOut);
  for (int64_t s = 0; s < kIn; ++s) {
    auto [first, second] = reduce([&](int64_t r) { return m[r * kIn + s]; });
    u[0].push_back(first);
    u[1].push_back(second);
  }
  SmallVector<Value> y;
  for (int64_t p = 0; p < kOut; ++p) {
    auto [first, second] = reduce([&](int64_t s) { return u[p][s]; });
    y.append({first, second});
  }
  return y;
}

/// An all-parallel generic over identity maps computing `results` from
/// `inputs` by `body` (its arguments: the inputs, then the results'
/// current values).
linalg::GenericOp elementwise(
    OpBuilder &builder, Location loc, ValueRange inputs, ValueRange outputs,
    function_ref<SmallVector<Value>(OpBuilder &, Location, ValueRange)> body) {
  auto type = cast<RankedTensorType>(outputs.front().getType());
  unsigned rank = type.getRank();
  AffineMap identity =
      AffineMap::getMultiDimIdentityMap(rank, builder.getContext());
  return linalg::GenericOp::create(
      builder, loc, TypeRange(outputs), inputs, outputs,
      SmallVector<AffineMap>(inputs.size() + outputs.size(), identity),
      SmallVector<utils::IteratorType>(rank, utils::IteratorType::parallel),
      [&](OpBuilder &b, Location bodyLoc, ValueRange args) {
        linalg::YieldOp::create(b, bodyLoc, body(b, bodyLoc, args));
      });
}

/// How the output transform starts from a convolution's initial value:
/// a scalar (a fill), per-channel values broadcast over the plane (a bias:
/// read with `map`), or neither (the initial tensor's phases are read).
struct Initial {
  Value scalar;
  Value broadcast;
  AffineMap map;
};

Initial initialOf(Value init) {
  if (auto fill = init.getDefiningOp<linalg::FillOp>())
    return {fill.value(), {}, {}};
  auto generic = init.getDefiningOp<linalg::GenericOp>();
  if (!generic || generic.getNumDpsInputs() != 1 ||
      generic.getNumDpsInits() != 1 ||
      generic.getNumParallelLoops() != generic.getNumLoops() ||
      !generic.getIndexingMapsArray().back().isIdentity() ||
      generic.payloadUsesValueFromOperand(generic.getDpsInitOperand(0)))
    return {};
  // A broadcast over the plane: the same for every row and column (else a
  // copy of a plane, a reorder: read phase by phase).
  AffineMap map = generic.getIndexingMapsArray()[0];
  Block &body = generic.getRegion().front();
  if (body.getOperations().size() != 1 ||
      body.getTerminator()->getOperand(0) != body.getArgument(0) ||
      map.isFunctionOfDim(kRowDim) || map.isFunctionOfDim(kColumnDim))
    return {};
  return {{}, generic.getDpsInputs()[0], map};
}

/// The elementwise op applied to the convolution's result alone (a ReLU),
/// when it is the result's one user: computed in the output transform.
linalg::GenericOp epilogueOf(linalg::GenericOp op) {
  if (!op->getResult(0).hasOneUse())
    return {};
  auto user = dyn_cast<linalg::GenericOp>(*op->getResult(0).user_begin());
  if (!user || user.getNumDpsInputs() != 1 || user.getNumDpsInits() != 1 ||
      user.getNumResults() != 1 ||
      user.getNumParallelLoops() != user.getNumLoops() ||
      user.getResult(0).getType() != op->getResult(0).getType() ||
      !llvm::all_of(user.getIndexingMapsArray(),
                    [](AffineMap map) { return map.isIdentity(); }) ||
      user.payloadUsesValueFromOperand(user.getDpsInitOperand(0)))
    return {};
  // Ops without regions that only compute (no index, no memory).
  for (Operation &inner : user.getRegion().front().without_terminator())
    if (inner.getNumRegions() != 0 || !isPure(&inner) ||
        isa<linalg::IndexOp>(inner))
      return {};
  return user;
}

/// The body of `epilogue` cloned with `value` for its input.
Value applyEpilogue(OpBuilder &builder, linalg::GenericOp epilogue,
                    Value value) {
  IRMapping mapping;
  mapping.map(epilogue.getRegion().front().getArgument(0), value);
  return ov::codegen::cloneGenericBody(builder, epilogue, mapping);
}

/// Builds the three steps for image `image` of a convolution whose output
/// plane has `tileRows` x `tileColumns` blocks of 2x2 (blocked values: [N,
/// C / B, H, W, B]; the points of V and M along dimension 0).
class WinogradBuilder {
public:
  WinogradBuilder(PatternRewriter &rewriter, Location loc, int64_t tileRows,
                  int64_t tileColumns, int64_t image)
      : rewriter(rewriter), loc(loc), tileRows(tileRows),
        tileColumns(tileColumns), image(image) {}

  /// V: the input transform of the padded input that the kernel's first
  /// tap reads (at its offsets) in blocks of 4x4, 2 apart.
  Value inputStep(tensor::ExtractSliceOp firstTap) {
    Value padded = paddedFor(firstTap);
    SmallVector<OpFoldResult> sizes = firstTap.getMixedSizes();
    sizes[0] = index(1);
    sizes[kRowDim] = index(tileRows);
    sizes[kColumnDim] = index(tileColumns);
    ArrayRef<int64_t> first = firstTap.getStaticOffsets();
    // d[a][b] of every block (i, j): at (2i + a, 2j + b).
    SmallVector<Value> elements;
    for (int64_t a = 0; a < kIn; ++a)
      for (int64_t b = 0; b < kIn; ++b) {
        SmallVector<OpFoldResult> offsets = firstTap.getMixedOffsets();
        offsets[0] = index(first[0] + image);
        offsets[kRowDim] = index(first[kRowDim] + a);
        offsets[kColumnDim] = index(first[kColumnDim] + b);
        elements.push_back(tensor::ExtractSliceOp::create(
            rewriter, loc, padded, offsets, sizes, everySecond()));
      }
    auto inputType = cast<RankedTensorType>(firstTap.getType());
    Value v = tensor::EmptyOp::create(
        rewriter, loc,
        pointsShape(inputType.getDimSize(1), inputType.getDimSize(4)),
        rewriter.getF32Type());
    auto step = elementwise(
        rewriter, loc, elements, pointsOf(v),
        [](OpBuilder &b, Location bodyLoc, ValueRange args) {
          return inputTransform(b, bodyLoc,
                                SmallVector<Value>(args.take_front(kPoints)));
        });
    for (auto [point, part] : llvm::enumerate(step.getResults()))
      v = tensor::InsertSliceOp::create(
          rewriter, loc, part, v, pointOffsets(point), pointSizes(v), unit());
    return v;
  }

  /// M = V U: the points a batch loop, (point, fb, i, j, fo, cb, ci).
  linalg::GenericOp products(Value v, Value u, ArrayRef<int64_t> outputShape) {
    Value zero =
        arith::ConstantOp::create(rewriter, loc, rewriter.getF32FloatAttr(0));
    Value m = tensor::EmptyOp::create(
        rewriter, loc, pointsShape(outputShape[1], outputShape[4]),
        rewriter.getF32Type());
    m = linalg::FillOp::create(rewriter, loc, zero, m).getResult(0);
    auto dims = [&](ArrayRef<unsigned> positions) {
      return AffineMap::getMultiDimMapWithTargets(7, positions,
                                                  rewriter.getContext());
    };
    return buildMulAddTerms(
        rewriter, loc, ValueRange{v, u}, m,
        {dims({0, 5, 2, 3, 6}), dims({0, 1, 5, 6, 4}), dims({0, 1, 2, 3, 4})},
        /*numReductions=*/2);
  }

  /// out[2i + p, 2j + q] = epilogue(initial + (A^T M A)[p][q]) of the
  /// image, each phase written into its slice of `result` (whole blocks of
  /// all images); returns `result` with them.
  Value outputStep(Value m, Value init, const Initial &initial,
                   linalg::GenericOp epilogue, Value result) {
    AffineMap identity =
        AffineMap::getMultiDimIdentityMap(5, rewriter.getContext());
    SmallVector<Value> inputs = pointsOf(m);
    SmallVector<AffineMap> maps(kPoints, identity);
    if (initial.broadcast) {
      inputs.push_back(initial.broadcast);
      maps.push_back(initial.map);
    } else if (!initial.scalar) {
      llvm::append_range(inputs, phasesOf(init));
      maps.append(kOut * kOut, identity);
    }
    SmallVector<Value> phases = phasesOf(result);
    maps.append(phases.size(), identity);
    auto step = linalg::GenericOp::create(
        rewriter, loc, TypeRange(ValueRange(phases)), inputs, phases, maps,
        SmallVector<utils::IteratorType>(5, utils::IteratorType::parallel),
        [&](OpBuilder &b, Location bodyLoc, ValueRange args) {
          SmallVector<Value> y = outputTransform(
              b, bodyLoc, SmallVector<Value>(args.take_front(kPoints)));
          for (auto [phase, value] : llvm::enumerate(y)) {
            Value start = initial.scalar      ? initial.scalar
                          : initial.broadcast ? args[kPoints]
                                              : args[kPoints + phase];
            value = arith::AddFOp::create(b, bodyLoc, start, value);
            if (epilogue)
              value = applyEpilogue(b, epilogue, value);
          }
          linalg::YieldOp::create(b, bodyLoc, y);
        });
    for (auto [phase, part] : llvm::enumerate(step.getResults()))
      result = tensor::InsertSliceOp::create(rewriter, loc, part, result,
                                             phaseOffsets(phase),
                                             phaseSizes(result), everySecond());
    return result;
  }

private:
  OpFoldResult index(int64_t value) { return rewriter.getIndexAttr(value); }
  SmallVector<OpFoldResult> unit() { return {5, index(1)}; }
  SmallVector<OpFoldResult> everySecond() {
    return {index(1), index(1), index(kOut), index(kOut), index(1)};
  }

  /// The padded input `firstTap` slices, with one more row (column) of
  /// zeros where the last block of an odd plane reads past it.
  Value paddedFor(tensor::ExtractSliceOp firstTap) {
    Value padded = firstTap.getSource();
    ArrayRef<int64_t> offsets = firstTap.getStaticOffsets();
    ArrayRef<int64_t> shape =
        cast<RankedTensorType>(padded.getType()).getShape();
    SmallVector<int64_t> high(5, 0);
    // Block i reads rows 2i .. 2i + 3 from the first tap's row.
    high[kRowDim] = std::max<int64_t>(0, offsets[kRowDim] + kOut * tileRows +
                                             2 - shape[kRowDim]);
    high[kColumnDim] = std::max<int64_t>(
        0, offsets[kColumnDim] + kOut * tileColumns + 2 - shape[kColumnDim]);
    if (llvm::all_of(high, [](int64_t extra) { return extra == 0; }))
      return padded;
    return padWithZeros(rewriter, loc, padded, high);
  }

  SmallVector<int64_t> pointsShape(int64_t channelBlocks, int64_t block) {
    return {kPoints, channelBlocks, tileRows, tileColumns, block};
  }
  SmallVector<OpFoldResult> pointOffsets(int64_t point) {
    SmallVector<OpFoldResult> offsets(5, index(0));
    offsets[0] = index(point);
    return offsets;
  }
  SmallVector<OpFoldResult> pointSizes(Value whole) {
    SmallVector<OpFoldResult> sizes = getAsIndexOpFoldResult(
        rewriter.getContext(),
        cast<RankedTensorType>(whole.getType()).getShape());
    sizes[0] = index(1);
    return sizes;
  }
  /// The 16 points of V or M, each [1, ...].
  SmallVector<Value> pointsOf(Value whole) {
    SmallVector<Value> parts;
    for (int64_t point = 0; point < kPoints; ++point)
      parts.push_back(tensor::ExtractSliceOp::create(
          rewriter, loc, whole, pointOffsets(point), pointSizes(whole),
          unit()));
    return parts;
  }

  /// Phase (p, q) of the image's blocked output: rows p, p + 2, ...,
  /// columns q, q + 2, ...
  SmallVector<OpFoldResult> phaseOffsets(int64_t phase) {
    SmallVector<OpFoldResult> offsets(5, index(0));
    offsets[0] = index(image);
    offsets[kRowDim] = index(phase / kOut);
    offsets[kColumnDim] = index(phase % kOut);
    return offsets;
  }
  SmallVector<OpFoldResult> phaseSizes(Value whole) {
    SmallVector<OpFoldResult> sizes = getAsIndexOpFoldResult(
        rewriter.getContext(),
        cast<RankedTensorType>(whole.getType()).getShape());
    sizes[0] = index(1);
    sizes[kRowDim] = index(tileRows);
    sizes[kColumnDim] = index(tileColumns);
    return sizes;
  }
  SmallVector<Value> phasesOf(Value whole) {
    SmallVector<Value> phases;
    for (int64_t phase = 0; phase < kOut * kOut; ++phase)
      phases.push_back(tensor::ExtractSliceOp::create(
          rewriter, loc, whole, phaseOffsets(phase), phaseSizes(whole),
          everySecond()));
    return phases;
  }

  PatternRewriter &rewriter;
  Location loc;
  int64_t tileRows, tileColumns, image;
};

struct WinogradConvolution : OpRewritePattern<linalg::GenericOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(linalg::GenericOp op,
                                PatternRewriter &rewriter) const override {
    std::optional<SummedTaps> summed = summedTapsOf(op);
    if (!summed)
      return rewriter.notifyMatchFailure(op, "not a blocked convolution");
    SmallVector<Tap *> taps = kernelOrder(summed->taps);
    if (taps.empty())
      return rewriter.notifyMatchFailure(op, "not a 3x3 kernel");
    Value init = op.getDpsInits()[0];
    auto outputType = cast<RankedTensorType>(init.getType());
    auto inputType = taps.front()->slice.getType();
    auto weightsType =
        dyn_cast<RankedTensorType>(taps.front()->weights.getType());
    if (!outputType.hasStaticShape() || !outputType.getElementType().isF32() ||
        !weightsType || weightsType.getRank() != 4 ||
        !inputType.getElementType().isF32())
      return rewriter.notifyMatchFailure(op, "not a static f32 convolution");
    ArrayRef<int64_t> shape = outputType.getShape();
    int64_t rows = shape[kRowDim], columns = shape[kColumnDim];
    // An odd plane is computed on one more row or column (of zero
    // padding), then cropped; its initial value must then be read per
    // channel, not phase by phase.
    Initial initial = initialOf(init);
    if ((rows % kOut != 0 || columns % kOut != 0) && !initial.scalar &&
        !initial.broadcast)
      return rewriter.notifyMatchFailure(op, "odd plane, initial tensor");
    // Images are computed one by one: a broadcast that differs between them
    // is not read per image.
    if (shape[0] > kMaxImages ||
        (initial.broadcast && initial.map.isFunctionOfDim(0) && shape[0] != 1))
      return rewriter.notifyMatchFailure(op, "too many images, or initial "
                                             "values per image");
    int64_t inputChannels = inputType.getDimSize(1) * inputType.getDimSize(4);
    int64_t filters = shape[1] * shape[4];
    if (inputChannels < kMinChannels || filters < kMinChannels)
      return rewriter.notifyMatchFailure(op, "too few channels");
    if (std::min(inputChannels, filters) <= kNarrowChannels &&
        transformedBytes(inputChannels, filters, rows, columns) >
            kMaxNarrowTransformedBytes)
      return rewriter.notifyMatchFailure(op, "narrow layer on a large plane");
    std::optional<std::vector<char>> filter =
        transformedFilter(taps, weightsType.getNumElements());
    if (!filter)
      return rewriter.notifyMatchFailure(op, "weights not constant");

    Location loc = op.getLoc();
    int64_t tileRows = llvm::divideCeil(rows, kOut);
    int64_t tileColumns = llvm::divideCeil(columns, kOut);
    SmallVector<int64_t> uShape{kPoints};
    llvm::append_range(uShape, weightsType.getShape());
    Value u = createResourceConstant(
        rewriter, loc, RankedTensorType::get(uShape, rewriter.getF32Type()),
        *filter, "winograd_filter");
    linalg::GenericOp epilogue = epilogueOf(op);
    SmallVector<int64_t> wholeBlocks(shape);
    wholeBlocks[kRowDim] = kOut * tileRows;
    wholeBlocks[kColumnDim] = kOut * tileColumns;
    Value result = tensor::EmptyOp::create(rewriter, loc, wholeBlocks,
                                           rewriter.getF32Type());
    for (int64_t image = 0; image < shape[0]; ++image) {
      WinogradBuilder builder(rewriter, loc, tileRows, tileColumns, image);
      Value v = builder.inputStep(taps.front()->slice);
      linalg::GenericOp products = builder.products(v, u, shape);
      for (NamedAttribute attr : op->getDiscardableAttrs())
        products->setDiscardableAttr(attr.getName(), attr.getValue());
      result = builder.outputStep(products.getResult(0), init, initial,
                                  epilogue, result);
    }
    // An odd plane: the whole blocks cropped.
    if (ArrayRef<int64_t>(wholeBlocks) != shape) {
      auto index = [&](int64_t value) { return rewriter.getIndexAttr(value); };
      result = tensor::ExtractSliceOp::create(
          rewriter, loc, result, SmallVector<OpFoldResult>(5, index(0)),
          getAsIndexOpFoldResult(rewriter.getContext(), shape),
          SmallVector<OpFoldResult>(5, index(1)));
    }
    if (epilogue) {
      rewriter.replaceOp(epilogue, result);
      rewriter.eraseOp(op);
      return success();
    }
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct WinogradConvolutionsPass
    : ov::impl::WinogradConvolutionsBase<WinogradConvolutionsPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<WinogradConvolution>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};

} // namespace
