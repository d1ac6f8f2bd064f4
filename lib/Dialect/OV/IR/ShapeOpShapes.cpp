//===- ShapeOpShapes.cpp - Shape functions of the OV shape ops ------------===//

#include "ovmlir/Dialect/OV/IR/ShapeOpShapes.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallBitVector.h"

#include <cmath>
#include <string>

using namespace mlir;
using namespace mlir::ov;

/// "[a, b, ?]" for error messages.
static std::string formatDims(ArrayRef<DimExpr> dims) {
  std::string s = "[";
  for (auto [i, d] : llvm::enumerate(dims)) {
    if (i)
      s += ", ";
    s += d.isConstant() ? std::to_string(d.getConstant()) : "?";
  }
  return s + "]";
}

static std::string formatInts(ArrayRef<int64_t> values) {
  std::string s = "[";
  for (auto [i, v] : llvm::enumerate(values)) {
    if (i)
      s += ", ";
    s += std::to_string(v);
  }
  return s + "]";
}

static ShapeExpr unknownShape(int64_t rank) {
  return ShapeExpr(SmallVector<DimExpr>(rank, DimExpr::unknown()));
}

/// Fails on constant entries below `min` of the size list `what`.
static LogicalResult checkMinimum(const ShapeDiag &diag,
                                  ArrayRef<DimExpr> values, int64_t min,
                                  StringRef what) {
  for (auto [i, v] : llvm::enumerate(values))
    if (v.isConstant() && v.getConstant() < min)
      return diag.fail(Twine(what) + " value " + Twine(v.getConstant()) +
                       " at index " + Twine(i) + " is invalid: " +
                       (min == 0 ? "sizes must not be negative"
                                 : "only -1 may be negative"));
  return success();
}

std::optional<SmallVector<DimExpr>> mlir::ov::getSizeOperandDims(Value value) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  if (!type || type.getRank() != 1)
    return std::nullopt;
  if (std::optional<SmallVector<int64_t>> values = getConstantIntValues(value))
    return llvm::map_to_vector(*values, [](int64_t v) { return DimExpr(v); });
  if (type.isDynamicDim(0))
    return std::nullopt;
  return SmallVector<DimExpr>(type.getDimSize(0), DimExpr::unknown());
}

std::optional<int64_t> mlir::ov::getStaticLength(Type type) {
  auto ranked = dyn_cast<RankedTensorType>(type);
  if (!ranked || ranked.getRank() > 1 || !ranked.hasStaticShape())
    return std::nullopt;
  return ranked.getNumElements();
}

//===----------------------------------------------------------------------===//
// Reshape, Transpose, Squeeze, Unsqueeze
//===----------------------------------------------------------------------===//

FailureOr<ShapeExpr>
mlir::ov::inferReshapeShape(const ShapeDiag &diag, const ShapeExpr &data,
                            std::optional<ArrayRef<DimExpr>> target,
                            bool specialZero) {
  if (!target)
    return ShapeExpr::unranked();
  if (failed(checkMinimum(diag, *target, -1, "shape")))
    return failure();
  SmallVector<DimExpr> dims;
  std::optional<int64_t> inferredIndex;
  // Dimensions copied by special_zero cancel out of the element counts, so
  // `?x3x4` reshaped to [0, -1] gives `?x12`.
  llvm::SmallBitVector copied(data.hasRank() ? data.getRank() : 0);
  for (auto [i, t] : llvm::enumerate(*target)) {
    if (t.isConstant(-1)) {
      if (inferredIndex)
        return diag.fail("shape " + formatDims(*target) +
                         " has more than one -1 (at indices " +
                         Twine(*inferredIndex) + " and " + Twine(i) + ")");
      inferredIndex = i;
      dims.push_back(DimExpr::unknown());
      continue;
    }
    if (specialZero && t.isConstant(0)) {
      if (!data.hasRank()) {
        dims.push_back(DimExpr::unknown());
        continue;
      }
      if (int64_t(i) >= data.getRank())
        return diag.fail("shape value 0 at index " + Twine(i) +
                         " copies an input dimension (special_zero) but "
                         "data has rank " +
                         Twine(data.getRank()));
      dims.push_back(data[i]);
      copied.set(i);
      continue;
    }
    dims.push_back(t);
  }

  if (!data.hasRank())
    return ShapeExpr(std::move(dims));
  DimExpr count(1), known(1);
  for (auto [i, d] : llvm::enumerate(data.getDims()))
    if (!copied.test(i))
      count = count * d;
  for (auto [i, d] : llvm::enumerate(dims))
    if ((!inferredIndex || int64_t(i) != *inferredIndex) &&
        (int64_t(i) >= data.getRank() || !copied.test(i)))
      known = known * d;

  std::string prefix = "shape " + formatDims(*target) +
                       " cannot hold data of shape " +
                       formatDims(data.getDims()) + ": ";
  std::string note =
      copied.any() ? " (not counting dimensions copied by special_zero)" : "";
  if (!inferredIndex) {
    if (count.isConstant() && known.isConstant() &&
        count.getConstant() != known.getConstant())
      return diag.fail(prefix + Twine(known.getConstant()) + " elements vs " +
                       Twine(count.getConstant()) + note);
    return ShapeExpr(std::move(dims));
  }
  DimExpr &inferred = dims[*inferredIndex];
  if (known.isConstant(0)) {
    // Nothing to divide by: only an empty input fits.
    if (count.isConstant() && count.getConstant() != 0)
      return diag.fail(prefix + "the entries other than -1 multiply to 0");
    inferred = DimExpr(0);
  } else if (count.isConstant() && known.isConstant()) {
    if (count.getConstant() % known.getConstant() != 0)
      return diag.fail(prefix + "cannot infer the -1 entry, " +
                       Twine(count.getConstant()) +
                       " elements are not divisible by " +
                       Twine(known.getConstant()) + note);
    inferred = DimExpr(count.getConstant() / known.getConstant());
  } else {
    inferred = floorDiv(count, known);
  }
  return ShapeExpr(std::move(dims));
}

FailureOr<ShapeExpr>
mlir::ov::inferTransposeShape(const ShapeDiag &diag, const ShapeExpr &data,
                              std::optional<ArrayRef<int64_t>> order) {
  if (!data.hasRank()) {
    if (order && !order->empty())
      return unknownShape(order->size());
    return ShapeExpr::unranked();
  }
  int64_t rank = data.getRank();
  if (!order)
    return unknownShape(rank);
  if (order->empty())
    return ShapeExpr(llvm::to_vector(llvm::reverse(data.getDims())));
  if (int64_t(order->size()) != rank)
    return diag.fail("order has " + Twine(order->size()) +
                     " elements but data has rank " + Twine(rank));
  llvm::SmallBitVector seen(rank);
  SmallVector<DimExpr> dims;
  for (int64_t axis : *order) {
    if (axis < 0 || axis >= rank || seen.test(axis))
      return diag.fail("order " + formatInts(*order) +
                       " is not a permutation of [0, " + Twine(rank) + ")");
    seen.set(axis);
    dims.push_back(data[axis]);
  }
  return ShapeExpr(std::move(dims));
}

FailureOr<ShapeExpr>
mlir::ov::inferSqueezeShape(const ShapeDiag &diag, const ShapeExpr &data,
                            bool hasAxes,
                            std::optional<ArrayRef<int64_t>> axes) {
  if (!data.hasRank() || (hasAxes && !axes))
    return ShapeExpr::unranked();
  SmallVector<DimExpr> dims;
  if (!hasAxes || axes->empty()) {
    // Every size-1 dimension goes; a dynamic one may or may not be 1.
    for (const DimExpr &d : data.getDims()) {
      if (!d.isConstant())
        return ShapeExpr::unranked();
      if (!d.isConstant(1))
        dims.push_back(d);
    }
    return ShapeExpr(std::move(dims));
  }
  int64_t rank = data.getRank();
  llvm::SmallBitVector removed(rank);
  for (int64_t axis : *axes) {
    FailureOr<int64_t> normalized =
        normalizeAxis(diag, axis, rank, "axes value");
    if (failed(normalized))
      return failure();
    const DimExpr &d = data[*normalized];
    if (d.isConstant() && !d.isConstant(1))
      return diag.fail("cannot squeeze dimension " + Twine(*normalized) +
                       " of size " + Twine(d.getConstant()) +
                       ": only dimensions of size 1 can be removed");
    removed.set(*normalized);
  }
  for (int64_t i = 0; i < rank; ++i)
    if (!removed.test(i))
      dims.push_back(data[i]);
  return ShapeExpr(std::move(dims));
}

FailureOr<ShapeExpr>
mlir::ov::inferUnsqueezeShape(const ShapeDiag &diag, const ShapeExpr &data,
                              std::optional<ArrayRef<int64_t>> axes,
                              std::optional<int64_t> numAxes) {
  if (!data.hasRank())
    return ShapeExpr::unranked();
  if (!axes) {
    // The rank is known, but not where the new dimensions go.
    if (numAxes)
      return unknownShape(data.getRank() + *numAxes);
    return ShapeExpr::unranked();
  }
  int64_t rank = data.getRank() + axes->size();
  llvm::SmallBitVector inserted(rank);
  for (int64_t axis : *axes) {
    FailureOr<int64_t> normalized =
        normalizeAxis(diag, axis, rank, "axes value");
    if (failed(normalized))
      return failure();
    if (inserted.test(*normalized))
      return diag.fail("axes " + formatInts(*axes) + " name output axis " +
                       Twine(*normalized) + " twice");
    inserted.set(*normalized);
  }
  SmallVector<DimExpr> dims;
  int64_t next = 0;
  for (int64_t i = 0; i < rank; ++i)
    dims.push_back(inserted.test(i) ? DimExpr(1) : data[next++]);
  return ShapeExpr(std::move(dims));
}

//===----------------------------------------------------------------------===//
// Concat, Split, VariadicSplit
//===----------------------------------------------------------------------===//

FailureOr<ShapeExpr> mlir::ov::inferConcatShape(const ShapeDiag &diag,
                                                ArrayRef<ShapeExpr> inputs,
                                                int64_t axis) {
  if (inputs.empty())
    return diag.fail("Concat needs at least one input");
  const ShapeExpr *first =
      llvm::find_if(inputs, [](const ShapeExpr &s) { return s.hasRank(); });
  if (first == inputs.end())
    return ShapeExpr::unranked();
  int64_t rank = first->getRank();
  int64_t firstIndex = first - inputs.begin();
  FailureOr<int64_t> normalized = normalizeAxis(diag, axis, rank);
  if (failed(normalized))
    return failure();
  SmallVector<DimExpr> dims(first->getDims());
  DimExpr axisSize(0);
  for (auto [i, input] : llvm::enumerate(inputs)) {
    if (!input.hasRank()) {
      axisSize = DimExpr::unknown();
      continue;
    }
    if (input.getRank() != rank)
      return diag.fail("input " + Twine(i) + " has rank " +
                       Twine(input.getRank()) + " but input " +
                       Twine(firstIndex) + " has rank " + Twine(rank));
    for (int64_t d = 0; d < rank; ++d) {
      if (d == *normalized)
        continue;
      const DimExpr &have = dims[d], &size = input[d];
      if (have.isConstant() && size.isConstant() &&
          have.getConstant() != size.getConstant())
        return diag.fail("input " + Twine(i) + " has size " +
                         Twine(size.getConstant()) + " at dimension " +
                         Twine(d) + " where other inputs have " +
                         Twine(have.getConstant()) +
                         " (only the axis dimension may differ)");
      if (!have.isConstant() && size.isConstant())
        dims[d] = size;
    }
    axisSize = axisSize + input[*normalized];
  }
  dims[*normalized] = axisSize;
  return ShapeExpr(std::move(dims));
}

FailureOr<SmallVector<ShapeExpr>>
mlir::ov::inferSplitShapes(const ShapeDiag &diag, const ShapeExpr &data,
                           std::optional<int64_t> axis, int64_t numSplits) {
  if (numSplits <= 0)
    return diag.fail("num_splits must be positive, got " + Twine(numSplits));
  if (!data.hasRank())
    return SmallVector<ShapeExpr>(numSplits, ShapeExpr::unranked());
  int64_t rank = data.getRank();
  if (!axis)
    return SmallVector<ShapeExpr>(numSplits, unknownShape(rank));
  FailureOr<int64_t> normalized = normalizeAxis(diag, *axis, rank);
  if (failed(normalized))
    return failure();
  const DimExpr &size = data[*normalized];
  if (size.isConstant() && size.getConstant() % numSplits != 0)
    return diag.fail("dimension " + Twine(*normalized) + " of size " +
                     Twine(size.getConstant()) +
                     " is not divisible by num_splits " + Twine(numSplits));
  SmallVector<DimExpr> dims(data.getDims());
  dims[*normalized] = floorDiv(size, numSplits);
  return SmallVector<ShapeExpr>(numSplits, ShapeExpr(dims));
}

FailureOr<SmallVector<ShapeExpr>>
mlir::ov::inferVariadicSplitShapes(const ShapeDiag &diag, const ShapeExpr &data,
                                   std::optional<int64_t> axis,
                                   ArrayRef<DimExpr> splitLengths) {
  int64_t count = splitLengths.size();
  if (failed(checkMinimum(diag, splitLengths, -1, "split_lengths")))
    return failure();
  std::optional<int64_t> restIndex;
  for (auto [i, length] : llvm::enumerate(splitLengths)) {
    if (!length.isConstant(-1))
      continue;
    if (restIndex)
      return diag.fail("split_lengths " + formatDims(splitLengths) +
                       " has more than one -1");
    restIndex = i;
  }
  if (!data.hasRank())
    return SmallVector<ShapeExpr>(count, ShapeExpr::unranked());
  int64_t rank = data.getRank();
  if (!axis)
    return SmallVector<ShapeExpr>(count, unknownShape(rank));
  FailureOr<int64_t> normalized = normalizeAxis(diag, *axis, rank);
  if (failed(normalized))
    return failure();
  const DimExpr &size = data[*normalized];
  DimExpr known(0);
  for (auto [i, length] : llvm::enumerate(splitLengths))
    if (!restIndex || int64_t(i) != *restIndex)
      known = known + length;
  SmallVector<DimExpr> lengths(splitLengths);
  if (size.isConstant() && known.isConstant()) {
    int64_t s = size.getConstant(), k = known.getConstant();
    if (restIndex ? k > s : k != s)
      return diag.fail("split_lengths " + formatDims(splitLengths) +
                       " sum to " + Twine(k) + " but dimension " +
                       Twine(*normalized) + " has size " + Twine(s));
  }
  if (restIndex)
    lengths[*restIndex] = size - known;
  SmallVector<ShapeExpr> results;
  for (const DimExpr &length : lengths) {
    SmallVector<DimExpr> dims(data.getDims());
    dims[*normalized] = length;
    results.push_back(ShapeExpr(std::move(dims)));
  }
  return results;
}

//===----------------------------------------------------------------------===//
// Tile, Broadcast, Pad
//===----------------------------------------------------------------------===//

FailureOr<ShapeExpr>
mlir::ov::inferTileShape(const ShapeDiag &diag, const ShapeExpr &data,
                         std::optional<ArrayRef<DimExpr>> repeats) {
  if (repeats && failed(checkMinimum(diag, *repeats, 0, "repeats")))
    return failure();
  if (!repeats || !data.hasRank())
    return ShapeExpr::unranked();
  // Align the data shape and repeats to the right, padding with ones.
  int64_t rank = std::max<int64_t>(data.getRank(), repeats->size());
  int64_t dataOffset = rank - data.getRank();
  int64_t repeatsOffset = rank - repeats->size();
  SmallVector<DimExpr> dims;
  for (int64_t i = 0; i < rank; ++i) {
    DimExpr size = i < dataOffset ? DimExpr(1) : data[i - dataOffset];
    DimExpr times =
        i < repeatsOffset ? DimExpr(1) : (*repeats)[i - repeatsOffset];
    dims.push_back(size * times);
  }
  return ShapeExpr(std::move(dims));
}

/// Broadcast-3's explicit mode.
static FailureOr<ShapeExpr>
broadcastExplicit(const ShapeDiag &diag, const ShapeExpr &data,
                  ArrayRef<DimExpr> target,
                  std::optional<ArrayRef<int64_t>> axesMapping) {
  SmallVector<DimExpr> dims(target);
  if (!axesMapping)
    return ShapeExpr(std::move(dims));
  int64_t targetRank = target.size();
  if (data.hasRank() && int64_t(axesMapping->size()) != data.getRank())
    return diag.fail("axes_mapping has " + Twine(axesMapping->size()) +
                     " elements but data has rank " + Twine(data.getRank()));
  for (auto [i, axis] : llvm::enumerate(*axesMapping)) {
    if (axis < 0 || axis >= targetRank)
      return diag.fail("axes_mapping value " + Twine(axis) +
                       " is out of range for target_shape of rank " +
                       Twine(targetRank));
    if (i > 0 && axis <= (*axesMapping)[i - 1])
      return diag.fail("axes_mapping " + formatInts(*axesMapping) +
                       " must be strictly increasing");
  }
  if (!data.hasRank())
    return ShapeExpr(std::move(dims));
  for (auto [i, axis] : llvm::enumerate(*axesMapping)) {
    const DimExpr &size = data[i], &want = target[axis];
    if (size.isConstant() && want.isConstant() && !size.isConstant(1) &&
        size.getConstant() != want.getConstant())
      return diag.fail("data dimension " + Twine(i) + " of size " +
                       Twine(size.getConstant()) +
                       " cannot be broadcast to target_shape size " +
                       Twine(want.getConstant()) + " at axis " + Twine(axis));
    if (!want.isConstant() && size.isConstant() && !size.isConstant(1))
      dims[axis] = size;
  }
  return ShapeExpr(std::move(dims));
}

FailureOr<ShapeExpr>
mlir::ov::inferBroadcastShape(const ShapeDiag &diag, const ShapeExpr &data,
                              std::optional<ArrayRef<DimExpr>> target,
                              BroadcastMode mode,
                              std::optional<ArrayRef<int64_t>> axesMapping) {
  if (mode == BroadcastMode::pdpd)
    return diag.fail("Broadcast-3 supports the modes numpy, explicit and "
                     "bidirectional, got pdpd");
  if (!target)
    return ShapeExpr::unranked();
  if (failed(checkMinimum(diag, *target, 0, "target_shape")))
    return failure();
  if (mode == BroadcastMode::bidirectional)
    return broadcastShapes(diag, data, ShapeExpr(SmallVector<DimExpr>(*target)),
                           AutoBroadcastType::numpy);
  if (mode == BroadcastMode::explicit_)
    return broadcastExplicit(diag, data, *target, axesMapping);

  // numpy: right-aligned; the result has the target's shape.
  SmallVector<DimExpr> dims(*target);
  if (!data.hasRank())
    return ShapeExpr(std::move(dims));
  int64_t targetRank = target->size(), offset = targetRank - data.getRank();
  if (offset < 0)
    return diag.fail("data of rank " + Twine(data.getRank()) +
                     " cannot be broadcast (numpy) to target_shape of rank " +
                     Twine(targetRank));
  for (int64_t i = offset; i < targetRank; ++i) {
    const DimExpr &size = data[i - offset], &want = (*target)[i];
    if (size.isConstant() && want.isConstant() && !size.isConstant(1) &&
        size.getConstant() != want.getConstant())
      return diag.fail("data dimension " + Twine(i - offset) + " of size " +
                       Twine(size.getConstant()) +
                       " cannot be broadcast (numpy) to target_shape size " +
                       Twine(want.getConstant()) + " at axis " + Twine(i));
    if (!want.isConstant() && size.isConstant() && !size.isConstant(1))
      dims[i] = size;
  }
  return ShapeExpr(std::move(dims));
}

FailureOr<ShapeExpr>
mlir::ov::inferPadShape(const ShapeDiag &diag, const ShapeExpr &data,
                        std::optional<ArrayRef<DimExpr>> padsBegin,
                        std::optional<ArrayRef<DimExpr>> padsEnd,
                        PadMode mode) {
  if (!data.hasRank()) {
    if (padsBegin)
      return unknownShape(padsBegin->size());
    if (padsEnd)
      return unknownShape(padsEnd->size());
    return ShapeExpr::unranked();
  }
  int64_t rank = data.getRank();
  for (auto [pads, name] :
       {std::pair(padsBegin, "pads_begin"), std::pair(padsEnd, "pads_end")})
    if (pads && int64_t(pads->size()) != rank)
      return diag.fail(Twine(name) + " has " + Twine(pads->size()) +
                       " elements but data has rank " + Twine(rank));
  if (!padsBegin || !padsEnd)
    return unknownShape(rank);

  SmallVector<DimExpr> dims;
  for (int64_t i = 0; i < rank; ++i) {
    const DimExpr &size = data[i], &begin = (*padsBegin)[i],
                  &end = (*padsEnd)[i];
    // reflect repeats at most size - 1 elements per side, symmetric size.
    if (size.isConstant() &&
        (mode == PadMode::reflect || mode == PadMode::symmetric)) {
      int64_t limit = size.getConstant() - (mode == PadMode::reflect ? 1 : 0);
      for (auto [pad, name] :
           {std::pair(begin, "pads_begin"), std::pair(end, "pads_end")})
        if (pad.isConstant() && pad.getConstant() > limit)
          return diag.fail(Twine(name) + " value " + Twine(pad.getConstant()) +
                           " at dimension " + Twine(i) + " exceeds " +
                           Twine(limit) + ", the most " +
                           stringifyPadMode(mode) +
                           " mode allows for a dimension of size " +
                           Twine(size.getConstant()));
    }
    DimExpr padded = size + begin + end;
    if (padded.isConstant() && padded.getConstant() < 0)
      return diag.fail("pads remove more than dimension " + Twine(i) +
                       " holds: size " + Twine(size.getConstant()) +
                       ", pads_begin " + Twine(begin.getConstant()) +
                       ", pads_end " + Twine(end.getConstant()));
    dims.push_back(padded);
  }
  return ShapeExpr(std::move(dims));
}

//===----------------------------------------------------------------------===//
// ShapeOf, Range
//===----------------------------------------------------------------------===//

ShapeExpr mlir::ov::inferShapeOfShape(const ShapeExpr &data) {
  return ShapeExpr(
      {data.hasRank() ? DimExpr(data.getRank()) : DimExpr::unknown()});
}

FailureOr<DimExpr> mlir::ov::inferRangeLength(const ShapeDiag &diag,
                                              std::optional<double> start,
                                              std::optional<double> stop,
                                              std::optional<double> step,
                                              bool integralOutput) {
  auto cast = [&](std::optional<double> v) {
    return v && integralOutput ? std::optional<double>(std::trunc(*v)) : v;
  };
  start = cast(start);
  stop = cast(stop);
  step = cast(step);
  if (step && *step == 0)
    return diag.fail(integralOutput ? "step must not be zero (after "
                                      "conversion to the integral output_type)"
                                    : "step must not be zero");
  if (!start || !stop || !step)
    return DimExpr::unknown();
  double length = std::ceil((*stop - *start) / *step);
  if (!std::isfinite(length))
    return diag.fail("Range length is not finite");
  return DimExpr(std::max<int64_t>(0, int64_t(length)));
}
