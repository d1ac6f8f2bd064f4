//===- IndexingShapes.h - Shape functions of the OV indexing ops -*- C++
//-*-===//
//
// Output shapes of Gather, GatherElements, ScatterElementsUpdate, GatherND,
// ScatterNDUpdate, StridedSlice, Slice, DepthToSpace, SpaceToDepth, OneHot,
// NonZero, CumSum and Unique, written once against ShapeExpr so that type
// inference (constant or unknown dims) and lowering (runtime dims) share them.
//
// Inputs that select axes or positions (Gather's axis, slice bounds, ...) are
// plain integers, or std::nullopt when they are not constants.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_DIALECT_OV_IR_INDEXINGSHAPES_H
#define OVMLIR_DIALECT_OV_IR_INDEXINGSHAPES_H

#include "ovmlir/Dialect/OV/IR/DimExpr.h"
#include "ovmlir/Dialect/OV/IR/ShapeUtils.h"

namespace mlir::ov {

/// Gather-8 (also 1 and 7): data[:axis] + indices[batch_dims:] +
/// data[axis+1:]. `axis` may be negative; std::nullopt when not constant
/// (then only the rank is known). A negative `batchDims` counts from the
/// rank of indices.
FailureOr<ShapeExpr> inferGatherShape(const ShapeDiag &diag,
                                      const ShapeExpr &data,
                                      const ShapeExpr &indices,
                                      std::optional<int64_t> axis,
                                      int64_t batchDims);

/// GatherElements-6: the shape of indices, which must match data except
/// along `axis`.
FailureOr<ShapeExpr> inferGatherElementsShape(const ShapeDiag &diag,
                                              const ShapeExpr &data,
                                              const ShapeExpr &indices,
                                              int64_t axis);

/// ScatterElementsUpdate-12: the shape of data; indices and updates have
/// equal shapes and data's rank.
FailureOr<ShapeExpr> inferScatterElementsUpdateShape(
    const ShapeDiag &diag, const ShapeExpr &data, const ShapeExpr &indices,
    const ShapeExpr &updates, std::optional<int64_t> axis);

/// GatherND-8: indices[:-1] + data[batch_dims + indices[-1]:].
FailureOr<ShapeExpr> inferGatherNDShape(const ShapeDiag &diag,
                                        const ShapeExpr &data,
                                        const ShapeExpr &indices,
                                        int64_t batchDims);

/// ScatterNDUpdate-4: the shape of data; updates must have the shape
/// indices[:-1] + data[indices[-1]:].
FailureOr<ShapeExpr> inferScatterNDUpdateShape(const ShapeDiag &diag,
                                               const ShapeExpr &data,
                                               const ShapeExpr &indices,
                                               const ShapeExpr &updates);

/// How one input dimension is sliced: `size` elements at start, start +
/// step, ... `start` and `size` are unknown when the bounds are not
/// constant; `step` is std::nullopt when it is not constant.
struct DimSlice {
  DimExpr start;
  DimExpr size;
  std::optional<int64_t> step;
};

/// numpy slicing of a dimension of size `dim` (clamped, negative values
/// counting from the end). `begin` / `end` are std::nullopt when masked
/// (the whole range in the direction of `step`, which must not be 0).
DimSlice sliceDim(const DimExpr &dim, std::optional<int64_t> begin,
                  std::optional<int64_t> end, int64_t step);

/// The result of a slice: one DimSlice per input dimension (unsliced
/// dimensions are taken whole) and the output shape, in which new axes are
/// inserted and shrunk axes removed. `dims` is empty for unranked data.
struct SlicePlan {
  SmallVector<DimSlice> dims;
  ShapeExpr output;
};

/// The masks of StridedSlice-1, one 0/1 entry per begin entry (missing
/// entries are 0).
struct StridedSliceMasks {
  ArrayRef<int64_t> beginMask, endMask, newAxisMask, shrinkAxisMask,
      ellipsisMask;
};

/// StridedSlice-1 with numpy semantics. `numEntries` is the length of
/// begin/end/stride (std::nullopt when unknown); `begin`, `end` and
/// `stride` hold their values when constant.
FailureOr<SlicePlan> planStridedSlice(const ShapeDiag &diag,
                                      const ShapeExpr &data,
                                      std::optional<int64_t> numEntries,
                                      std::optional<ArrayRef<int64_t>> begin,
                                      std::optional<ArrayRef<int64_t>> end,
                                      std::optional<ArrayRef<int64_t>> stride,
                                      const StridedSliceMasks &masks);

/// Slice-8: `axes` (all dims in order when std::nullopt and `hasAxes` is
/// false) select the sliced dims. `numEntries` is the length of start/
/// stop/step(/axes) when known.
FailureOr<SlicePlan> planSlice(const ShapeDiag &diag, const ShapeExpr &data,
                               std::optional<int64_t> numEntries,
                               std::optional<ArrayRef<int64_t>> start,
                               std::optional<ArrayRef<int64_t>> stop,
                               std::optional<ArrayRef<int64_t>> step,
                               bool hasAxes,
                               std::optional<ArrayRef<int64_t>> axes);

/// DepthToSpace-1: [N, C, D1, ...] -> [N, C / bs^k, D1 * bs, ...].
FailureOr<ShapeExpr> inferDepthToSpaceShape(const ShapeDiag &diag,
                                            const ShapeExpr &data,
                                            int64_t blockSize);

/// SpaceToDepth-1: [N, C, D1, ...] -> [N, C * bs^k, D1 / bs, ...].
FailureOr<ShapeExpr> inferSpaceToDepthShape(const ShapeDiag &diag,
                                            const ShapeExpr &data,
                                            int64_t blockSize);

/// OneHot-1: the shape of indices with `depth` inserted at `axis`.
FailureOr<ShapeExpr> inferOneHotShape(const ShapeDiag &diag,
                                      const ShapeExpr &indices,
                                      const DimExpr &depth, int64_t axis);

/// NonZero-3: [rank(data), number of non-zero elements].
ShapeExpr inferNonZeroShape(const ShapeExpr &data);

/// CumSum-3: the shape of data; checks `axis` when constant.
FailureOr<ShapeExpr> inferCumSumShape(const ShapeDiag &diag,
                                      const ShapeExpr &data,
                                      std::optional<int64_t> axis);

/// The output shapes of Unique-10.
struct UniqueShapes {
  ShapeExpr uniqueElements, indices, revIdx, counts;
};

/// Unique-10: without an axis (`hasAxis` false), unique_elements, indices
/// and counts are [?] and rev_idx has one element per data element; with
/// one, unique_elements is data's shape with dimension `axis` unknown and
/// rev_idx has data's size along `axis`. `axis` is std::nullopt when not
/// constant (then only the ranks are known).
FailureOr<UniqueShapes> inferUniqueShapes(const ShapeDiag &diag,
                                          const ShapeExpr &data, bool hasAxis,
                                          std::optional<int64_t> axis);

} // namespace mlir::ov

#endif // OVMLIR_DIALECT_OV_IR_INDEXINGSHAPES_H
