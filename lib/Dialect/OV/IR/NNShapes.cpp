//===- NNShapes.cpp - Convolution, pooling, matmul shape functions --------===//
//
// Follows OpenVINO's shape inference (src/core/shape_inference) for the
// output sizes, including its rounding corner cases, so that compiled
// models produce the shapes OpenVINO would.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Dialect/OV/IR/NNShapes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/ImplicitLocOpBuilder.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::ov;

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

/// "[2, ?, 3]" for messages.
static std::string shapeToString(const ShapeExpr &shape) {
  if (!shape.hasRank())
    return "[...]";
  std::string s;
  llvm::raw_string_ostream os(s);
  os << '[';
  llvm::interleaveComma(shape.getDims(), os, [&](const DimExpr &d) {
    if (d.isConstant())
      os << d.getConstant();
    else
      os << '?';
  });
  os << ']';
  return s;
}

/// "[1, 0]" for messages.
template <typename T> static std::string listToString(ArrayRef<T> values) {
  std::string s;
  llvm::raw_string_ostream os(s);
  os << '[';
  llvm::interleaveComma(values, os, [&](T v) {
    if constexpr (std::is_floating_point_v<T>)
      os << llvm::format("%g", v);
    else
      os << v;
  });
  os << ']';
  return s;
}

/// Fails unless `values` (attribute `name`) has `count` elements.
static LogicalResult checkSpatialCount(const ShapeDiag &diag, StringRef name,
                                       ArrayRef<int64_t> values,
                                       int64_t count) {
  if (int64_t(values.size()) != count)
    return diag.fail(name + " must have " + Twine(count) +
                     " elements (one per spatial dimension), got " +
                     Twine(values.size()));
  return success();
}

static LogicalResult checkAllPositive(const ShapeDiag &diag, StringRef name,
                                      ArrayRef<int64_t> values) {
  if (llvm::any_of(values, [](int64_t v) { return v <= 0; }))
    return diag.fail(name + " must be positive, got " + listToString(values));
  return success();
}

static LogicalResult checkNonNegative(const ShapeDiag &diag, StringRef name,
                                      ArrayRef<int64_t> values) {
  if (llvm::any_of(values, [](int64_t v) { return v < 0; }))
    return diag.fail(name + " must be non-negative, got " +
                     listToString(values));
  return success();
}

static bool isSameAutoPad(PadType autoPad) {
  return autoPad == PadType::same_upper || autoPad == PadType::same_lower;
}

/// Explicit pads apply unless `auto_pad` computes them (`notset` is
/// OpenVINO's alias of `explicit`).
static bool usesExplicitPads(PadType autoPad) {
  return autoPad == PadType::explicit_ || autoPad == PadType::notset;
}

/// The dilations of `window` (ones when empty and `emptyMeansOnes`),
/// checked against the number of spatial dimensions.
static FailureOr<SmallVector<int64_t>>
resolveDilations(const ShapeDiag &diag, const WindowAttrs &window,
                 int64_t numSpatial, bool emptyMeansOnes) {
  if (window.dilations.empty() && emptyMeansOnes)
    return SmallVector<int64_t>(numSpatial, 1);
  if (failed(
          checkSpatialCount(diag, "dilations", window.dilations, numSpatial)) ||
      failed(checkAllPositive(diag, "dilations", window.dilations)))
    return failure();
  return SmallVector<int64_t>(window.dilations);
}

/// Checks strides and pads against the number of spatial dimensions.
static LogicalResult checkStridesAndPads(const ShapeDiag &diag,
                                         const WindowAttrs &window,
                                         int64_t numSpatial,
                                         bool nonNegativePads) {
  if (failed(checkSpatialCount(diag, "strides", window.strides, numSpatial)) ||
      failed(checkAllPositive(diag, "strides", window.strides)) ||
      failed(checkSpatialCount(diag, "pads_begin", window.padsBegin,
                               numSpatial)) ||
      failed(checkSpatialCount(diag, "pads_end", window.padsEnd, numSpatial)))
    return failure();
  if (nonNegativePads &&
      (failed(checkNonNegative(diag, "pads_begin", window.padsBegin)) ||
       failed(checkNonNegative(diag, "pads_end", window.padsEnd))))
    return failure();
  return success();
}

/// Dimension `i` of `shape`, unknown when the rank is unknown.
static DimExpr dimOrUnknown(const ShapeExpr &shape, int64_t i) {
  return shape.hasRank() ? shape[i] : DimExpr::unknown();
}

/// Fails when the dilated kernel does not fit the padded input (both
/// constant).
static LogicalResult checkKernelFits(const ShapeDiag &diag,
                                     const DimExpr &dilatedKernel,
                                     const DimExpr &padded, int64_t axis) {
  if (!dilatedKernel.isConstant() || !padded.isConstant())
    return success();
  if (dilatedKernel.getConstant() > padded.getConstant())
    return diag.fail(
        "kernel after dilation (" + Twine(dilatedKernel.getConstant()) +
        ") is larger than the padded input (" + Twine(padded.getConstant()) +
        ") in spatial dimension " + Twine(axis));
  return success();
}

//===----------------------------------------------------------------------===//
// Convolutions
//===----------------------------------------------------------------------===//

namespace {
/// How a convolution's filter is laid out.
struct FilterLayout {
  int64_t nonSpatial;    // dimensions before the kernel dims
  int64_t inChannelsDim; // dimension holding (per-group) input channels
  StringRef description; // for messages
};
} // namespace

/// The number of spatial dimensions of a convolution: from the data's
/// rank, else the filter's, else `fallback`; checks both ranks.
static FailureOr<int64_t> convolutionSpatialCount(const ShapeDiag &diag,
                                                  const ShapeExpr &data,
                                                  const ShapeExpr &filter,
                                                  const FilterLayout &layout,
                                                  int64_t fallback) {
  int64_t numSpatial = fallback;
  if (data.hasRank()) {
    int64_t rank = data.getRank();
    if (rank < 3 || rank > 5)
      return diag.fail(
          "data must have rank 3, 4 or 5 ([N, C_IN, spatial...]), got rank " +
          Twine(rank));
    numSpatial = rank - 2;
  } else if (filter.hasRank()) {
    numSpatial = filter.getRank() - layout.nonSpatial;
    if (numSpatial < 1 || numSpatial > 3)
      return diag.fail(
          "filter must have rank " + Twine(layout.nonSpatial + 1) + ", " +
          Twine(layout.nonSpatial + 2) + " or " + Twine(layout.nonSpatial + 3) +
          " (" + layout.description + "), got rank " + Twine(filter.getRank()));
  } else if (numSpatial < 1 || numSpatial > 3) {
    return diag.fail("strides must have 1, 2 or 3 elements (one per spatial "
                     "dimension), got " +
                     Twine(numSpatial));
  }
  if (filter.hasRank() && filter.getRank() != numSpatial + layout.nonSpatial)
    return diag.fail(
        "filter must have rank " + Twine(numSpatial + layout.nonSpatial) +
        " (" + layout.description + " with " + Twine(numSpatial) +
        " spatial dimensions), got rank " + Twine(filter.getRank()));
  return numSpatial;
}

/// Fails when a constant kernel dimension of `filter` is not positive.
static LogicalResult checkKernelDims(const ShapeDiag &diag,
                                     const ShapeExpr &filter,
                                     int64_t nonSpatial) {
  if (!filter.hasRank())
    return success();
  for (int64_t i = nonSpatial; i < filter.getRank(); ++i)
    if (filter[i].isConstant() && filter[i].getConstant() < 1)
      return diag.fail("filter kernel dimensions must be positive, got " +
                       shapeToString(filter));
  return success();
}

/// Appends the spatial output sizes of a forward convolution to `dims`.
static LogicalResult appendForwardSpatial(
    const ShapeDiag &diag, const ShapeExpr &data, const ShapeExpr &filter,
    int64_t filterNonSpatial, int64_t numSpatial, const WindowAttrs &window,
    ArrayRef<int64_t> dilations, SmallVectorImpl<DimExpr> &dims) {
  for (int64_t i = 0; i < numSpatial; ++i) {
    DimExpr in = dimOrUnknown(data, 2 + i);
    int64_t stride = window.strides[i];
    if (isSameAutoPad(window.autoPad)) {
      dims.push_back(ceilDiv(in, stride));
      continue;
    }
    int64_t pads = 0;
    if (usesExplicitPads(window.autoPad))
      pads = window.padsBegin[i] + window.padsEnd[i];
    DimExpr padded = in + pads;
    DimExpr kernel = dimOrUnknown(filter, filterNonSpatial + i);
    DimExpr dilated = (kernel - 1) * dilations[i] + 1;
    if (failed(checkKernelFits(diag, dilated, padded, i)))
      return failure();
    dims.push_back(floorDiv(padded - dilated, stride) + 1);
  }
  return success();
}

/// Shared by Convolution and GroupConvolution.
static FailureOr<ShapeExpr> inferForwardConvolution(const ShapeDiag &diag,
                                                    const ShapeExpr &data,
                                                    const ShapeExpr &filter,
                                                    const WindowAttrs &window,
                                                    bool grouped) {
  FilterLayout layout =
      grouped ? FilterLayout{3, 2,
                             "[GROUPS, C_OUT / GROUPS, C_IN / GROUPS, "
                             "kernel...]"}
              : FilterLayout{2, 1, "[C_OUT, C_IN, kernel...]"};
  FailureOr<int64_t> numSpatial = convolutionSpatialCount(
      diag, data, filter, layout, window.strides.size());
  if (failed(numSpatial) ||
      failed(checkStridesAndPads(diag, window, *numSpatial,
                                 /*nonNegativePads=*/false)) ||
      failed(checkKernelDims(diag, filter, layout.nonSpatial)))
    return failure();
  FailureOr<SmallVector<int64_t>> dilations =
      resolveDilations(diag, window, *numSpatial, /*emptyMeansOnes=*/false);
  if (failed(dilations))
    return failure();

  DimExpr inChannels = dimOrUnknown(data, 1);
  DimExpr filterInChannels = dimOrUnknown(filter, layout.inChannelsDim);
  DimExpr outChannels = dimOrUnknown(filter, 0);
  if (grouped) {
    DimExpr groups = dimOrUnknown(filter, 0);
    // Without a static group count, the data's channels give it.
    if (!groups.isConstant() && inChannels.isConstant() &&
        filterInChannels.isConstant() && filterInChannels.getConstant() > 0) {
      if (inChannels.getConstant() % filterInChannels.getConstant() != 0)
        return diag.fail("data has " + Twine(inChannels.getConstant()) +
                         " channels, not a multiple of the filter's " +
                         Twine(filterInChannels.getConstant()) +
                         " input channels per group");
      groups = inChannels.getConstant() / filterInChannels.getConstant();
    }
    filterInChannels = groups * filterInChannels;
    outChannels = groups * dimOrUnknown(filter, 1);
  }
  if (inChannels.isConstant() && filterInChannels.isConstant() &&
      inChannels.getConstant() != filterInChannels.getConstant())
    return diag.fail(
        "data has " + Twine(inChannels.getConstant()) +
        " channels but the filter expects " +
        Twine(filterInChannels.getConstant()) +
        (grouped ? " (groups x input channels per group, filter dimensions "
                   "0 and 2)"
                 : " (filter dimension 1)"));

  SmallVector<DimExpr> dims = {dimOrUnknown(data, 0), outChannels};
  if (failed(appendForwardSpatial(diag, data, filter, layout.nonSpatial,
                                  *numSpatial, window, *dilations, dims)))
    return failure();
  return ShapeExpr(std::move(dims));
}

FailureOr<ShapeExpr>
mlir::ov::inferConvolutionShape(const ShapeDiag &diag, const ShapeExpr &data,
                                const ShapeExpr &filter,
                                const WindowAttrs &window) {
  return inferForwardConvolution(diag, data, filter, window, false);
}

FailureOr<ShapeExpr> mlir::ov::inferGroupConvolutionShape(
    const ShapeDiag &diag, const ShapeExpr &data, const ShapeExpr &filter,
    const WindowAttrs &window) {
  return inferForwardConvolution(diag, data, filter, window, true);
}

FailureOr<ShapeExpr> mlir::ov::inferConvolutionBackpropDataShape(
    const ShapeDiag &diag, const ShapeExpr &data, const ShapeExpr &filter,
    bool hasOutputShape, std::optional<ArrayRef<DimExpr>> outputShape,
    std::optional<int64_t> outputShapeSize, const WindowAttrs &window,
    ArrayRef<int64_t> outputPadding) {
  FilterLayout layout{2, 0, "[C_IN, C_OUT, kernel...]"};
  // Without data and filter ranks, an output_shape input gives the number
  // of spatial dimensions before the attributes do (as in OpenVINO).
  int64_t fallback = window.strides.size();
  if (hasOutputShape && outputShape)
    fallback = outputShape->size();
  else if (hasOutputShape && outputShapeSize)
    fallback = *outputShapeSize;
  FailureOr<int64_t> numSpatial =
      convolutionSpatialCount(diag, data, filter, layout, fallback);
  if (failed(numSpatial) ||
      failed(checkStridesAndPads(diag, window, *numSpatial,
                                 /*nonNegativePads=*/false)) ||
      failed(checkKernelDims(diag, filter, layout.nonSpatial)))
    return failure();
  FailureOr<SmallVector<int64_t>> dilations =
      resolveDilations(diag, window, *numSpatial, /*emptyMeansOnes=*/false);
  if (failed(dilations))
    return failure();
  SmallVector<int64_t> outPadding(outputPadding);
  if (outPadding.empty())
    outPadding.assign(*numSpatial, 0);
  else if (failed(checkSpatialCount(diag, "output_padding", outPadding,
                                    *numSpatial)))
    return failure();

  DimExpr inChannels = dimOrUnknown(data, 1);
  DimExpr filterInChannels = dimOrUnknown(filter, 0);
  if (inChannels.isConstant() && filterInChannels.isConstant() &&
      inChannels.getConstant() != filterInChannels.getConstant())
    return diag.fail("data has " + Twine(inChannels.getConstant()) +
                     " channels but the filter expects " +
                     Twine(filterInChannels.getConstant()) +
                     " (filter dimension 0)");

  SmallVector<DimExpr> dims = {dimOrUnknown(data, 0), dimOrUnknown(filter, 1)};
  if (hasOutputShape) {
    std::optional<int64_t> count = outputShapeSize;
    if (outputShape)
      count = outputShape->size();
    if (count && *count != *numSpatial)
      return diag.fail("output_shape has " + Twine(*count) +
                       " elements, expected " + Twine(*numSpatial) +
                       " (one per spatial dimension)");
    for (int64_t i = 0; i < *numSpatial; ++i) {
      if (!outputShape) {
        dims.push_back(DimExpr::unknown());
        continue;
      }
      const DimExpr &size = (*outputShape)[i];
      if (size.isConstant() && size.getConstant() < 0)
        return diag.fail("output_shape values must be non-negative, got " +
                         Twine(size.getConstant()) + " in spatial dimension " +
                         Twine(i));
      dims.push_back(size);
    }
    return ShapeExpr(std::move(dims));
  }

  // Without output_shape, auto_pad other than explicit means zero pads.
  bool explicitPads = usesExplicitPads(window.autoPad);
  for (int64_t i = 0; i < *numSpatial; ++i) {
    DimExpr in = dimOrUnknown(data, 2 + i);
    DimExpr kernel = dimOrUnknown(filter, layout.nonSpatial + i);
    int64_t adjust = outPadding[i];
    if (explicitPads)
      adjust -= window.padsBegin[i] + window.padsEnd[i];
    DimExpr size = (in - 1) * window.strides[i] +
                   ((kernel - 1) * (*dilations)[i] + 1) + adjust;
    if (size.isConstant() && size.getConstant() < 0)
      return diag.fail("output size in spatial dimension " + Twine(i) +
                       " would be negative (" + Twine(size.getConstant()) +
                       "): the pads are larger than the output");
    dims.push_back(size);
  }
  return ShapeExpr(std::move(dims));
}

//===----------------------------------------------------------------------===//
// MatMul
//===----------------------------------------------------------------------===//

FailureOr<ShapeExpr> mlir::ov::inferMatMulShape(const ShapeDiag &diag,
                                                const ShapeExpr &a,
                                                const ShapeExpr &b,
                                                bool transposeA,
                                                bool transposeB) {
  if (a.hasRank() && a.getRank() == 0)
    return diag.fail("a must not be a scalar (MatMul needs rank >= 1)");
  if (b.hasRank() && b.getRank() == 0)
    return diag.fail("b must not be a scalar (MatMul needs rank >= 1)");
  if (!a.hasRank() || !b.hasRank())
    return ShapeExpr::unranked();

  // A 1-D a is a row vector [1, K], a 1-D b a column vector [K, 1]; their
  // transpose flags do not apply.
  bool aIsVector = a.getRank() == 1, bIsVector = b.getRank() == 1;
  SmallVector<DimExpr> aDims(a.getDims()), bDims(b.getDims());
  if (aIsVector) {
    aDims.insert(aDims.begin(), DimExpr(1));
    transposeA = false;
  }
  if (bIsVector) {
    bDims.push_back(DimExpr(1));
    transposeB = false;
  }
  if (transposeA)
    std::swap(aDims[aDims.size() - 2], aDims.back());
  if (transposeB)
    std::swap(bDims[bDims.size() - 2], bDims.back());

  const DimExpr &kA = aDims.back(), &kB = bDims[bDims.size() - 2];
  if (kA.isConstant() && kB.isConstant() &&
      kA.getConstant() != kB.getConstant())
    return diag.fail("the contraction dimensions do not match: a has " +
                     Twine(kA.getConstant()) + " columns and b has " +
                     Twine(kB.getConstant()) +
                     " rows (after transpose_a / transpose_b)");

  ShapeExpr aBatch(SmallVector<DimExpr>(ArrayRef(aDims).drop_back(2)));
  ShapeExpr bBatch(SmallVector<DimExpr>(ArrayRef(bDims).drop_back(2)));
  FailureOr<ShapeExpr> batch = broadcastShapes(
      ShapeDiag(std::nullopt), aBatch, bBatch, AutoBroadcastType::numpy);
  if (failed(batch))
    return diag.fail("the batch dimensions " + shapeToString(aBatch) +
                     " of a and " + shapeToString(bBatch) +
                     " of b do not broadcast");

  SmallVector<DimExpr> dims(batch->getDims());
  if (!aIsVector)
    dims.push_back(aDims[aDims.size() - 2]);
  if (!bIsVector)
    dims.push_back(bDims.back());
  return ShapeExpr(std::move(dims));
}

//===----------------------------------------------------------------------===//
// Pooling
//===----------------------------------------------------------------------===//

FailureOr<ShapeExpr>
mlir::ov::inferPoolShape(const ShapeDiag &diag, const ShapeExpr &data,
                         ArrayRef<int64_t> kernel, const WindowAttrs &window,
                         RoundingType roundingType, bool excludePad) {
  int64_t numSpatial = kernel.size();
  if (data.hasRank()) {
    int64_t rank = data.getRank();
    if (rank < 3 || rank > 5)
      return diag.fail(
          "data must have rank 3, 4 or 5 ([N, C, spatial...]), got rank " +
          Twine(rank));
    if (failed(checkSpatialCount(diag, "kernel", kernel, rank - 2)))
      return failure();
  } else if (numSpatial < 1 || numSpatial > 3) {
    return diag.fail("kernel must have 1, 2 or 3 elements (one per spatial "
                     "dimension), got " +
                     Twine(numSpatial));
  }
  if (failed(checkAllPositive(diag, "kernel", kernel)) ||
      failed(checkStridesAndPads(diag, window, numSpatial,
                                 /*nonNegativePads=*/true)))
    return failure();
  FailureOr<SmallVector<int64_t>> dilations =
      resolveDilations(diag, window, numSpatial, /*emptyMeansOnes=*/true);
  if (failed(dilations))
    return failure();
  bool explicitPads = usesExplicitPads(window.autoPad);
  if (excludePad && explicitPads) {
    for (int64_t i = 0; i < numSpatial; ++i) {
      int64_t pad = std::max(window.padsBegin[i], window.padsEnd[i]);
      if (pad >= kernel[i])
        return diag.fail("with exclude_pad, the pads (" + Twine(pad) +
                         ") must be smaller than the kernel (" +
                         Twine(kernel[i]) + ") in spatial dimension " +
                         Twine(i) +
                         ": a window would lie entirely in the padding");
    }
  }

  SmallVector<DimExpr> dims = {dimOrUnknown(data, 0), dimOrUnknown(data, 1)};
  for (int64_t i = 0; i < numSpatial; ++i) {
    DimExpr in = dimOrUnknown(data, 2 + i);
    int64_t stride = window.strides[i];
    int64_t dilated = (kernel[i] - 1) * (*dilations)[i] + 1;
    // Same pads are computed (as OpenVINO does) and then go through the
    // rounding below, which matters when the kernel is smaller than the
    // stride.
    DimExpr padBegin = 0, padEnd = 0;
    if (isSameAutoPad(window.autoPad)) {
      DimExpr total = max((ceilDiv(in, stride) - 1) * stride + dilated - in, 0);
      DimExpr half = floorDiv(total, 2);
      bool upper = window.autoPad == PadType::same_upper;
      padBegin = upper ? half : total - half;
      padEnd = upper ? total - half : half;
    } else if (explicitPads) {
      padBegin = window.padsBegin[i];
      padEnd = window.padsEnd[i];
    }
    DimExpr padded = in + padBegin + padEnd;
    if (failed(checkKernelFits(diag, dilated, padded, i)))
      return failure();
    DimExpr size = roundingType == RoundingType::floor
                       ? floorDiv(padded - dilated, stride) + 1
                       : ceilDiv(padded - dilated, stride) + 1;
    if (roundingType == RoundingType::ceil_torch) {
      // The last window must start inside the data or the begin padding:
      // drop it when (size - 1) * stride >= in + padBegin.
      DimExpr startsInEndPad =
          min(max((size - 1) * stride - (in + padBegin) + 1, 0), 1);
      size = size - startsInEndPad;
    }
    dims.push_back(size);
  }
  return ShapeExpr(std::move(dims));
}

//===----------------------------------------------------------------------===//
// Interpolate
//===----------------------------------------------------------------------===//

int64_t mlir::ov::scaleInterpolateDim(int64_t dim, double scale) {
  float s = static_cast<float>(scale);
  if (s == 1.0f)
    return dim;
  return static_cast<int64_t>(static_cast<float>(dim) * (s + 1.0e-6f));
}

/// `dim` scaled as scaleInterpolateDim does; runtime dims emit arith ops
/// with `builder` (when given).
static DimExpr scaleDim(const DimExpr &dim, double scale,
                        ImplicitLocOpBuilder *builder) {
  if (dim.isConstant())
    return scaleInterpolateDim(dim.getConstant(), scale);
  float s = static_cast<float>(scale);
  if (s == 1.0f)
    return dim;
  if (!builder)
    return DimExpr::unknown();
  ImplicitLocOpBuilder &b = *builder;
  Value asInt =
      arith::IndexCastOp::create(b, b.getI64Type(), dim.materialize(b));
  Value asFloat = arith::SIToFPOp::create(b, b.getF32Type(), asInt);
  Value factor = arith::ConstantOp::create(b, b.getF32FloatAttr(s + 1.0e-6f));
  Value product = arith::MulFOp::create(b, asFloat, factor);
  Value truncated = arith::FPToSIOp::create(b, b.getI64Type(), product);
  return DimExpr::runtime(
      arith::IndexCastOp::create(b, b.getIndexType(), truncated), b);
}

FailureOr<ShapeExpr> mlir::ov::inferInterpolateShape(
    const ShapeDiag &diag, const ShapeExpr &data,
    const InterpolateTarget &target, bool hasAxes,
    std::optional<ArrayRef<int64_t>> axes, ArrayRef<int64_t> padsBegin,
    ArrayRef<int64_t> padsEnd, ImplicitLocOpBuilder *builder) {
  if (failed(checkNonNegative(diag, "pads_begin", padsBegin)) ||
      failed(checkNonNegative(diag, "pads_end", padsEnd)))
    return failure();
  bool useScales = target.mode == ShapeCalcMode::scales;
  if (useScales && target.scales &&
      llvm::any_of(*target.scales, [](double s) { return !(s >= 0); }))
    return diag.fail("scales must be non-negative, got " +
                     listToString(*target.scales));
  if (!useScales && target.sizes)
    for (const DimExpr &size : *target.sizes)
      if (size.isConstant() && size.getConstant() < 0)
        return diag.fail("sizes must be non-negative, got " +
                         Twine(size.getConstant()));
  if (!data.hasRank())
    return ShapeExpr::unranked();

  int64_t rank = data.getRank();
  for (auto [name, pads] :
       {std::pair<StringRef, ArrayRef<int64_t>>{"pads_begin", padsBegin},
        {"pads_end", padsEnd}})
    if (int64_t(pads.size()) > rank)
      return diag.fail(name + " has " + Twine(pads.size()) +
                       " elements, more than the data's rank " + Twine(rank));

  SmallVector<int64_t> axisList;
  if (!hasAxes) {
    axisList = llvm::to_vector(llvm::seq<int64_t>(0, rank));
  } else if (!axes) {
    // Unknown axes: any dimension may change.
    return ShapeExpr(SmallVector<DimExpr>(rank, DimExpr::unknown()));
  } else {
    for (int64_t axis : *axes) {
      FailureOr<int64_t> normalized =
          normalizeAxis(diag, axis, rank, "axes value");
      if (failed(normalized))
        return failure();
      axisList.push_back(*normalized);
    }
  }

  SmallVector<DimExpr> dims;
  for (int64_t i = 0; i < rank; ++i) {
    int64_t pads = 0;
    if (i < int64_t(padsBegin.size()))
      pads += padsBegin[i];
    if (i < int64_t(padsEnd.size()))
      pads += padsEnd[i];
    dims.push_back(data[i] + pads);
  }

  StringRef inputName = useScales ? "scales" : "sizes";
  std::optional<int64_t> count = target.count;
  if (useScales && target.scales)
    count = target.scales->size();
  if (!useScales && target.sizes)
    count = target.sizes->size();
  if (count && *count < int64_t(axisList.size()))
    return diag.fail(inputName + " has " + Twine(*count) +
                     " elements, fewer than the " + Twine(axisList.size()) +
                     (hasAxes ? " axes" : " dimensions of the data"));

  for (auto [i, axis] : llvm::enumerate(axisList)) {
    if (useScales && target.scales)
      dims[axis] = scaleDim(dims[axis], (*target.scales)[i], builder);
    else if (!useScales && target.sizes)
      dims[axis] = (*target.sizes)[i];
    else
      dims[axis] = DimExpr::unknown();
  }
  return ShapeExpr(std::move(dims));
}

//===----------------------------------------------------------------------===//
// GridSample
//===----------------------------------------------------------------------===//

FailureOr<ShapeExpr> mlir::ov::inferGridSampleShape(const ShapeDiag &diag,
                                                    const ShapeExpr &data,
                                                    const ShapeExpr &grid) {
  if (data.hasRank() && data.getRank() != 4)
    return diag.fail("data must have rank 4 ([N, C, H_in, W_in]), got rank " +
                     Twine(data.getRank()));
  if (grid.hasRank() && grid.getRank() != 4)
    return diag.fail("grid must have rank 4 ([N, H_out, W_out, 2]), got rank " +
                     Twine(grid.getRank()));
  if (grid.hasRank() && grid[3].isConstant() && !grid[3].isConstant(2))
    return diag.fail("the last dimension of grid must be 2, got " +
                     Twine(grid[3].getConstant()));
  DimExpr batch = DimExpr::unknown();
  if (data.hasRank())
    batch = data[0];
  if (grid.hasRank()) {
    if (batch.isConstant() && grid[0].isConstant() &&
        batch.getConstant() != grid[0].getConstant())
      return diag.fail("data and grid must have the same batch size, got " +
                       shapeToString(data) + " and " + shapeToString(grid));
    if (batch.isDynamic())
      batch = grid[0];
  }
  return ShapeExpr({batch, data.hasRank() ? data[1] : DimExpr::unknown(),
                    grid.hasRank() ? grid[1] : DimExpr::unknown(),
                    grid.hasRank() ? grid[2] : DimExpr::unknown()});
}
