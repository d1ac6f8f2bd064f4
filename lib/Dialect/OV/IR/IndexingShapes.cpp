//===- IndexingShapes.cpp - Shape functions of the OV indexing ops --------===//

#include "ovmlir/Dialect/OV/IR/IndexingShapes.h"

#include "llvm/ADT/SmallBitVector.h"
#include "llvm/Support/MathExtras.h"

#include <limits>

using namespace mlir;
using namespace mlir::ov;

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

/// "[2, ?, 3]" for diagnostics.
static std::string shapeToString(const ShapeExpr &shape) {
  if (!shape.hasRank())
    return "[...]";
  std::string s = "[";
  for (auto [i, d] : llvm::enumerate(shape.getDims())) {
    if (i)
      s += ", ";
    s += d.isConstant() ? std::to_string(d.getConstant()) : "?";
  }
  return s + "]";
}

/// True when two dimensions may be equal.
static bool compatible(const DimExpr &a, const DimExpr &b) {
  return !a.isConstant() || !b.isConstant() ||
         a.getConstant() == b.getConstant();
}

/// The more static of two compatible dimensions.
static DimExpr merge(const DimExpr &a, const DimExpr &b) {
  return a.isConstant() ? a : b;
}

/// Fails unless `a` and `b` agree (where known) in their first `count`
/// dimensions.
static LogicalResult checkLeadingDims(const ShapeDiag &diag, const ShapeExpr &a,
                                      const ShapeExpr &b, int64_t count,
                                      StringRef what) {
  for (int64_t i = 0; i < count; ++i)
    if (!compatible(a[i], b[i]))
      return diag.fail("data and indices must have equal sizes in the first " +
                       Twine(count) + " (" + what + ") dimensions, dimension " +
                       Twine(i) + " differs: " + Twine(a[i].getConstant()) +
                       " vs " + Twine(b[i].getConstant()));
  return success();
}

//===----------------------------------------------------------------------===//
// Gather, GatherElements, ScatterElementsUpdate
//===----------------------------------------------------------------------===//

FailureOr<ShapeExpr> mlir::ov::inferGatherShape(const ShapeDiag &diag,
                                                const ShapeExpr &data,
                                                const ShapeExpr &indices,
                                                std::optional<int64_t> axis,
                                                int64_t batchDims) {
  int64_t batch = batchDims;
  if (indices.hasRank()) {
    int64_t q = indices.getRank();
    if (batch < -q || batch > q)
      return diag.fail("batch_dims " + Twine(batchDims) +
                       " is out of range for indices of rank " + Twine(q) +
                       " (expected [" + Twine(-q) + ", " + Twine(q) + "])");
    if (batch < 0)
      batch += q;
  }
  if (data.hasRank()) {
    int64_t r = data.getRank();
    if (axis) {
      FailureOr<int64_t> normalized = normalizeAxis(diag, *axis, r, "axis");
      if (failed(normalized))
        return failure();
      axis = *normalized;
      if (batch >= 0 && batch > *axis)
        return diag.fail("batch_dims (" + Twine(batch) + ") must be <= axis (" +
                         Twine(*axis) + ") after normalization");
    } else if (batch >= 0 && batch >= r) {
      return diag.fail("batch_dims (" + Twine(batch) +
                       ") must be less than the rank of data (" + Twine(r) +
                       ")");
    }
  }
  if (!data.hasRank() || !indices.hasRank())
    return ShapeExpr::unranked();
  if (failed(checkLeadingDims(diag, data, indices, batch, "batch_dims")))
    return failure();

  int64_t r = data.getRank(), q = indices.getRank();
  SmallVector<DimExpr> dims;
  for (int64_t i = 0; i < batch; ++i)
    dims.push_back(merge(data[i], indices[i]));
  if (!axis) {
    // Only the rank is known.
    dims.resize(r + q - 1 - batch, DimExpr::unknown());
    return ShapeExpr(std::move(dims));
  }
  for (int64_t i = batch; i < *axis; ++i)
    dims.push_back(data[i]);
  for (int64_t i = batch; i < q; ++i)
    dims.push_back(indices[i]);
  for (int64_t i = *axis + 1; i < r; ++i)
    dims.push_back(data[i]);
  return ShapeExpr(std::move(dims));
}

FailureOr<ShapeExpr>
mlir::ov::inferGatherElementsShape(const ShapeDiag &diag, const ShapeExpr &data,
                                   const ShapeExpr &indices, int64_t axis) {
  if (!data.hasRank() && !indices.hasRank())
    return ShapeExpr::unranked();
  const ShapeExpr &ranked = data.hasRank() ? data : indices;
  FailureOr<int64_t> a = normalizeAxis(diag, axis, ranked.getRank(), "axis");
  if (failed(a))
    return failure();
  if (!indices.hasRank()) {
    // Every dimension but `axis` is data's.
    SmallVector<DimExpr> dims(data.getDims());
    dims[*a] = DimExpr::unknown();
    return ShapeExpr(std::move(dims));
  }
  if (!data.hasRank())
    return indices;
  if (data.getRank() != indices.getRank())
    return diag.fail("indices must have the rank of data (" +
                     Twine(data.getRank()) + "), got " +
                     Twine(indices.getRank()));
  SmallVector<DimExpr> dims;
  for (int64_t i = 0; i < data.getRank(); ++i) {
    if (i == *a) {
      dims.push_back(indices[i]);
      continue;
    }
    if (!compatible(data[i], indices[i]))
      return diag.fail("indices dimension " + Twine(i) + " (" +
                       Twine(indices[i].getConstant()) +
                       ") must equal data dimension " + Twine(i) + " (" +
                       Twine(data[i].getConstant()) + ") off the axis " +
                       Twine(*a));
    dims.push_back(merge(indices[i], data[i]));
  }
  return ShapeExpr(std::move(dims));
}

FailureOr<ShapeExpr> mlir::ov::inferScatterElementsUpdateShape(
    const ShapeDiag &diag, const ShapeExpr &data, const ShapeExpr &indices,
    const ShapeExpr &updates, std::optional<int64_t> axis) {
  if (data.hasRank() && axis &&
      failed(normalizeAxis(diag, *axis, data.getRank(), "axis")))
    return failure();
  if (data.hasRank() && indices.hasRank() &&
      data.getRank() != indices.getRank())
    return diag.fail("indices must have the rank of data (" +
                     Twine(data.getRank()) + "), got " +
                     Twine(indices.getRank()));
  if (indices.hasRank() && updates.hasRank()) {
    bool same = indices.getRank() == updates.getRank();
    for (int64_t i = 0; same && i < indices.getRank(); ++i)
      same = compatible(indices[i], updates[i]);
    if (!same)
      return diag.fail("updates must have the shape of indices " +
                       shapeToString(indices) + ", got " +
                       shapeToString(updates));
  }
  return data;
}

//===----------------------------------------------------------------------===//
// GatherND, ScatterNDUpdate
//===----------------------------------------------------------------------===//

FailureOr<ShapeExpr> mlir::ov::inferGatherNDShape(const ShapeDiag &diag,
                                                  const ShapeExpr &data,
                                                  const ShapeExpr &indices,
                                                  int64_t batchDims) {
  if (batchDims < 0)
    return diag.fail("batch_dims must be non-negative, got " +
                     Twine(batchDims));
  if (indices.hasRank()) {
    if (indices.getRank() < 1)
      return diag.fail("indices must have rank at least 1, got 0");
    if (batchDims >= indices.getRank())
      return diag.fail("batch_dims (" + Twine(batchDims) +
                       ") must be less than the rank of indices (" +
                       Twine(indices.getRank()) + ")");
  }
  if (data.hasRank() && batchDims >= data.getRank())
    return diag.fail("batch_dims (" + Twine(batchDims) +
                     ") must be less than the rank of data (" +
                     Twine(data.getRank()) + ")");
  if (!data.hasRank() || !indices.hasRank())
    return ShapeExpr::unranked();
  int64_t r = data.getRank(), q = indices.getRank();
  const DimExpr &last = indices[q - 1];
  if (last.isConstant() &&
      (last.getConstant() < 1 || batchDims + last.getConstant() > r))
    return diag.fail("the last dimension of indices (" +
                     Twine(last.getConstant()) + ") must be in [1, " +
                     Twine(r - batchDims) + "] (rank of data " + Twine(r) +
                     " minus batch_dims " + Twine(batchDims) + ")");
  if (failed(checkLeadingDims(diag, data, indices, batchDims, "batch_dims")))
    return failure();
  if (!last.isConstant())
    return ShapeExpr::unranked();
  SmallVector<DimExpr> dims;
  for (int64_t i = 0; i < batchDims; ++i)
    dims.push_back(merge(data[i], indices[i]));
  for (int64_t i = batchDims; i < q - 1; ++i)
    dims.push_back(indices[i]);
  for (int64_t i = batchDims + last.getConstant(); i < r; ++i)
    dims.push_back(data[i]);
  return ShapeExpr(std::move(dims));
}

FailureOr<ShapeExpr> mlir::ov::inferScatterNDUpdateShape(
    const ShapeDiag &diag, const ShapeExpr &data, const ShapeExpr &indices,
    const ShapeExpr &updates) {
  if (!indices.hasRank())
    return data;
  int64_t q = indices.getRank();
  if (q < 1)
    return diag.fail("indices must have rank at least 1, got 0");
  const DimExpr &last = indices[q - 1];
  if (!data.hasRank() || !last.isConstant())
    return data;
  int64_t r = data.getRank(), k = last.getConstant();
  if (k > r)
    return diag.fail("the last dimension of indices (" + Twine(k) +
                     ") exceeds the rank of data (" + Twine(r) + ")");
  if (!updates.hasRank())
    return data;
  // updates = indices[:-1] + data[k:]
  SmallVector<DimExpr> expected(indices.getDims().drop_back());
  llvm::append_range(expected, data.getDims().drop_front(k));
  bool same = updates.getRank() == int64_t(expected.size());
  for (int64_t i = 0; same && i < updates.getRank(); ++i)
    same = compatible(updates[i], expected[i]);
  if (!same)
    return diag.fail("updates must have the shape " +
                     shapeToString(ShapeExpr(expected)) +
                     " (indices[:-1] + data[" + Twine(k) + ":]), got " +
                     shapeToString(updates));
  return data;
}

//===----------------------------------------------------------------------===//
// Slicing
//===----------------------------------------------------------------------===//

DimSlice mlir::ov::sliceDim(const DimExpr &dim, std::optional<int64_t> begin,
                            std::optional<int64_t> end, int64_t step) {
  constexpr int64_t kMin = std::numeric_limits<int64_t>::min();
  constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
  // Bounds that select the whole range whatever the size of `dim` keep a
  // dynamic dimension exact.
  if (step > 0) {
    bool wholeStart = !begin || *begin == 0 || *begin == kMin;
    bool wholeStop = !end || *end == kMax;
    DimExpr start = wholeStart   ? DimExpr(0)
                    : *begin > 0 ? min(DimExpr(*begin), dim)
                                 : max(DimExpr(*begin) + dim, 0);
    DimExpr stop = wholeStop   ? dim
                   : *end >= 0 ? min(DimExpr(*end), dim)
                               : max(DimExpr(*end) + dim, 0);
    DimExpr size = wholeStart && wholeStop
                       ? (step == 1 ? dim : ceilDiv(dim, step))
                       : max(ceilDiv(stop - start, step), 0);
    return {start, size, step};
  }
  int64_t s = -step;
  bool wholeStart = !begin || *begin == -1 || *begin == kMax;
  bool wholeStop = !end || *end == kMin;
  DimExpr start = wholeStart    ? dim - 1
                  : *begin >= 0 ? min(DimExpr(*begin), dim - 1)
                                : max(DimExpr(*begin) + dim, -1);
  DimExpr stop = wholeStop   ? DimExpr(-1)
                 : *end >= 0 ? min(DimExpr(*end), dim - 1)
                             : max(DimExpr(*end) + dim, -1);
  DimExpr size = wholeStart && wholeStop ? (s == 1 ? dim : ceilDiv(dim, s))
                                         : max(ceilDiv(start - stop, s), 0);
  return {start, size, step};
}

/// An input dimension taken whole.
static DimSlice wholeDim(const DimExpr &dim) { return {DimExpr(0), dim, 1}; }

/// A dimension sliced by unknown bounds.
static DimSlice unknownSlice(std::optional<int64_t> step) {
  return {DimExpr::unknown(), DimExpr::unknown(), step};
}

static LogicalResult checkMask(const ShapeDiag &diag, ArrayRef<int64_t> mask,
                               StringRef name) {
  for (auto [i, v] : llvm::enumerate(mask))
    if (v != 0 && v != 1)
      return diag.fail(Twine(name) + " must hold only 0 and 1, got " +
                       Twine(v) + " at index " + Twine(i));
  return success();
}

FailureOr<SlicePlan> mlir::ov::planStridedSlice(
    const ShapeDiag &diag, const ShapeExpr &data,
    std::optional<int64_t> numEntries, std::optional<ArrayRef<int64_t>> begin,
    std::optional<ArrayRef<int64_t>> end,
    std::optional<ArrayRef<int64_t>> stride, const StridedSliceMasks &masks) {
  if (failed(checkMask(diag, masks.beginMask, "begin_mask")) ||
      failed(checkMask(diag, masks.endMask, "end_mask")) ||
      failed(checkMask(diag, masks.newAxisMask, "new_axis_mask")) ||
      failed(checkMask(diag, masks.shrinkAxisMask, "shrink_axis_mask")) ||
      failed(checkMask(diag, masks.ellipsisMask, "ellipsis_mask")))
    return failure();
  if (llvm::count(masks.ellipsisMask, 1) > 1)
    return diag.fail("ellipsis_mask must have at most one bit set, got " +
                     Twine(llvm::count(masks.ellipsisMask, 1)));
  if (stride)
    for (auto [i, s] : llvm::enumerate(*stride))
      if (s == 0)
        return diag.fail("stride must be non-zero, got 0 at index " + Twine(i));

  SlicePlan plan;
  if (!data.hasRank())
    return plan;
  int64_t r = data.getRank();
  for (const DimExpr &d : data.getDims())
    plan.dims.push_back(wholeDim(d));
  auto bit = [](ArrayRef<int64_t> mask, int64_t i) {
    return i < int64_t(mask.size()) && mask[i] == 1;
  };
  if (!numEntries) {
    // Without new or shrunk axes, every dimension is kept (sliced somehow).
    bool keepsRank = !llvm::is_contained(masks.newAxisMask, 1) &&
                     !llvm::is_contained(masks.shrinkAxisMask, 1);
    if (keepsRank) {
      for (DimSlice &d : plan.dims)
        d = unknownSlice(std::nullopt);
      plan.output = ShapeExpr(SmallVector<DimExpr>(r, DimExpr::unknown()));
    }
    return plan;
  }

  int64_t n = *numEntries;
  std::optional<int64_t> ellipsis;
  int64_t consumed = 0;
  for (int64_t i = 0; i < n; ++i) {
    if (bit(masks.ellipsisMask, i))
      ellipsis = i;
    else if (!bit(masks.newAxisMask, i))
      ++consumed;
  }
  if (consumed > r)
    return diag.fail("begin/end/stride have " + Twine(n) +
                     " entries that slice " + Twine(consumed) +
                     " dimensions (not counting new axes" +
                     (ellipsis ? " and the ellipsis" : "") +
                     ") but data has rank " + Twine(r));
  int64_t hidden = ellipsis ? r - consumed : 0;

  SmallVector<DimExpr> out;
  int64_t d = 0;
  for (int64_t i = 0; i < n; ++i) {
    if (ellipsis == i) {
      for (int64_t k = 0; k < hidden; ++k, ++d)
        out.push_back(data[d]);
      continue;
    }
    if (bit(masks.newAxisMask, i)) {
      out.push_back(1);
      continue;
    }
    const DimExpr &dim = data[d];
    std::optional<int64_t> step;
    if (stride)
      step = (*stride)[i];
    if (bit(masks.shrinkAxisMask, i)) {
      // Takes the single element at begin[i].
      if (bit(masks.beginMask, i)) {
        plan.dims[d] = {step && *step < 0 ? dim - 1 : DimExpr(0), 1, 1};
      } else if (begin) {
        int64_t b = (*begin)[i];
        if (dim.isConstant() &&
            (b < -dim.getConstant() || b >= dim.getConstant()))
          return diag.fail("begin value " + Twine(b) + " at index " + Twine(i) +
                           " is out of range for the shrunk "
                           "dimension " +
                           Twine(d) + " of size " + Twine(dim.getConstant()));
        plan.dims[d] = {b < 0 ? DimExpr(b) + dim : DimExpr(b), 1, 1};
      } else {
        plan.dims[d] = {DimExpr::unknown(), 1, 1};
      }
      ++d;
      continue;
    }
    bool beginKnown = bit(masks.beginMask, i) || begin;
    bool endKnown = bit(masks.endMask, i) || end;
    if (step && beginKnown && endKnown) {
      std::optional<int64_t> b, e;
      if (!bit(masks.beginMask, i))
        b = (*begin)[i];
      if (!bit(masks.endMask, i))
        e = (*end)[i];
      plan.dims[d] = sliceDim(dim, b, e, *step);
    } else {
      plan.dims[d] = unknownSlice(step);
    }
    out.push_back(plan.dims[d].size);
    ++d;
  }
  for (; d < r; ++d)
    out.push_back(data[d]);
  plan.output = ShapeExpr(std::move(out));
  return plan;
}

FailureOr<SlicePlan>
mlir::ov::planSlice(const ShapeDiag &diag, const ShapeExpr &data,
                    std::optional<int64_t> numEntries,
                    std::optional<ArrayRef<int64_t>> start,
                    std::optional<ArrayRef<int64_t>> stop,
                    std::optional<ArrayRef<int64_t>> step, bool hasAxes,
                    std::optional<ArrayRef<int64_t>> axes) {
  if (step)
    for (auto [i, s] : llvm::enumerate(*step))
      if (s == 0)
        return diag.fail("step must be non-zero, got 0 at index " + Twine(i));
  SlicePlan plan;
  if (!data.hasRank())
    return plan;
  int64_t r = data.getRank();
  for (const DimExpr &d : data.getDims())
    plan.dims.push_back(wholeDim(d));

  // The sliced axes, in entry order.
  SmallVector<int64_t> sliced;
  bool axesKnown = numEntries && (!hasAxes || axes);
  if (axesKnown && hasAxes) {
    llvm::SmallBitVector seen(r);
    for (int64_t a : *axes) {
      FailureOr<int64_t> axis = normalizeAxis(diag, a, r, "axes value");
      if (failed(axis))
        return failure();
      if (seen.test(*axis))
        return diag.fail("axes must be unique, axis " + Twine(*axis) +
                         " appears twice");
      seen.set(*axis);
      sliced.push_back(*axis);
    }
  } else if (axesKnown) {
    if (*numEntries > r)
      return diag.fail("start has " + Twine(*numEntries) +
                       " entries (one per sliced axis) but data has rank " +
                       Twine(r));
    sliced = llvm::to_vector(llvm::seq<int64_t>(0, *numEntries));
  }

  if (!axesKnown) {
    // Any dimension may be sliced.
    for (DimSlice &d : plan.dims)
      d = unknownSlice(std::nullopt);
  } else {
    for (auto [i, axis] : llvm::enumerate(sliced)) {
      if (start && stop && step)
        plan.dims[axis] =
            sliceDim(data[axis], (*start)[i], (*stop)[i], (*step)[i]);
      else
        plan.dims[axis] = unknownSlice(step ? std::optional<int64_t>((*step)[i])
                                            : std::nullopt);
    }
  }
  plan.output = ShapeExpr(
      llvm::map_to_vector(plan.dims, [](const DimSlice &d) { return d.size; }));
  return plan;
}

//===----------------------------------------------------------------------===//
// DepthToSpace, SpaceToDepth
//===----------------------------------------------------------------------===//

/// block_size^k for the k spatial dims of `data`, checking the rank.
static FailureOr<int64_t> getBlockVolume(const ShapeDiag &diag,
                                         const ShapeExpr &data,
                                         int64_t blockSize) {
  if (blockSize < 1)
    return diag.fail("block_size must be positive, got " + Twine(blockSize));
  if (!data.hasRank())
    return 1;
  if (data.getRank() < 3)
    return diag.fail("data must have rank at least 3 ([N, C, D1, ...]), got " +
                     Twine(data.getRank()));
  int64_t volume = 1;
  for (int64_t i = 2; i < data.getRank(); ++i)
    if (llvm::MulOverflow(volume, blockSize, volume))
      return diag.fail("block_size " + Twine(blockSize) + " to the power " +
                       Twine(data.getRank() - 2) + " overflows");
  return volume;
}

FailureOr<ShapeExpr> mlir::ov::inferDepthToSpaceShape(const ShapeDiag &diag,
                                                      const ShapeExpr &data,
                                                      int64_t blockSize) {
  FailureOr<int64_t> volume = getBlockVolume(diag, data, blockSize);
  if (failed(volume))
    return failure();
  if (!data.hasRank())
    return ShapeExpr::unranked();
  const DimExpr &channels = data[1];
  if (channels.isConstant() && channels.getConstant() % *volume != 0)
    return diag.fail("the channel dimension (" + Twine(channels.getConstant()) +
                     ") must be divisible by block_size^" +
                     Twine(data.getRank() - 2) + " (" + Twine(*volume) + ")");
  SmallVector<DimExpr> dims = {data[0], floorDiv(channels, *volume)};
  for (int64_t i = 2; i < data.getRank(); ++i)
    dims.push_back(data[i] * blockSize);
  return ShapeExpr(std::move(dims));
}

FailureOr<ShapeExpr> mlir::ov::inferSpaceToDepthShape(const ShapeDiag &diag,
                                                      const ShapeExpr &data,
                                                      int64_t blockSize) {
  FailureOr<int64_t> volume = getBlockVolume(diag, data, blockSize);
  if (failed(volume))
    return failure();
  if (!data.hasRank())
    return ShapeExpr::unranked();
  SmallVector<DimExpr> dims = {data[0], data[1] * *volume};
  for (int64_t i = 2; i < data.getRank(); ++i) {
    const DimExpr &dim = data[i];
    if (dim.isConstant() && dim.getConstant() % blockSize != 0)
      return diag.fail(
          "spatial dimension " + Twine(i) + " (" + Twine(dim.getConstant()) +
          ") must be divisible by block_size (" + Twine(blockSize) + ")");
    dims.push_back(floorDiv(dim, blockSize));
  }
  return ShapeExpr(std::move(dims));
}

//===----------------------------------------------------------------------===//
// OneHot, NonZero, CumSum
//===----------------------------------------------------------------------===//

FailureOr<ShapeExpr> mlir::ov::inferOneHotShape(const ShapeDiag &diag,
                                                const ShapeExpr &indices,
                                                const DimExpr &depth,
                                                int64_t axis) {
  if (depth.isConstant() && depth.getConstant() < 0)
    return diag.fail("depth must be non-negative, got " +
                     Twine(depth.getConstant()));
  if (!indices.hasRank())
    return ShapeExpr::unranked();
  // The output has one more dimension than indices.
  FailureOr<int64_t> a =
      normalizeAxis(diag, axis, indices.getRank() + 1, "axis");
  if (failed(a))
    return failure();
  SmallVector<DimExpr> dims(indices.getDims());
  dims.insert(dims.begin() + *a, depth);
  return ShapeExpr(std::move(dims));
}

ShapeExpr mlir::ov::inferNonZeroShape(const ShapeExpr &data) {
  DimExpr rank = data.hasRank() ? DimExpr(data.getRank()) : DimExpr::unknown();
  return ShapeExpr({rank, DimExpr::unknown()});
}

FailureOr<ShapeExpr> mlir::ov::inferCumSumShape(const ShapeDiag &diag,
                                                const ShapeExpr &data,
                                                std::optional<int64_t> axis) {
  if (axis && data.hasRank() &&
      failed(normalizeAxis(diag, *axis, data.getRank(), "axis")))
    return failure();
  return data;
}

FailureOr<UniqueShapes>
mlir::ov::inferUniqueShapes(const ShapeDiag &diag, const ShapeExpr &data,
                            bool hasAxis, std::optional<int64_t> axis) {
  ShapeExpr unknown1D({DimExpr::unknown()});
  UniqueShapes shapes{unknown1D, unknown1D, unknown1D, unknown1D};
  if (!hasAxis) {
    if (data.hasRank()) {
      DimExpr count(1);
      for (const DimExpr &dim : data.getDims())
        count = count * dim;
      shapes.revIdx = ShapeExpr({count});
    }
    return shapes;
  }
  if (!data.hasRank()) {
    shapes.uniqueElements = ShapeExpr::unranked();
    return shapes;
  }
  if (data.getRank() == 0)
    return diag.fail("data must have rank 1 or more when axis is given, got "
                     "a scalar");
  SmallVector<DimExpr> dims(data.getDims());
  if (!axis) {
    // Any dimension may be the one that shrinks.
    for (DimExpr &dim : dims)
      dim = DimExpr::unknown();
    shapes.uniqueElements = ShapeExpr(std::move(dims));
    return shapes;
  }
  FailureOr<int64_t> normalized =
      normalizeAxis(diag, *axis, data.getRank(), "axis");
  if (failed(normalized))
    return failure();
  shapes.revIdx = ShapeExpr({data[*normalized]});
  dims[*normalized] = DimExpr::unknown();
  shapes.uniqueElements = ShapeExpr(std::move(dims));
  return shapes;
}
