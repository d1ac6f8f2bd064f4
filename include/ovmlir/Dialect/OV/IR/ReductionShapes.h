//===- ReductionShapes.h - Shape functions of the OV reductions -*- C++ -*-===//
//
// Output shapes of the Reduce* ops, TopK and NonMaxSuppression, written once
// against ShapeExpr so that type inference (constant or unknown dims) and
// lowering (runtime dims) share them.
//
// Inputs that select axes (Reduce* axes) are plain integers, or std::nullopt
// when they are not constant. Inputs whose values are sizes (TopK's k) are
// DimExprs: a constant, a runtime value, or unknown.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_DIALECT_OV_IR_REDUCTIONSHAPES_H
#define OVMLIR_DIALECT_OV_IR_REDUCTIONSHAPES_H

#include "ovmlir/Dialect/OV/IR/DimExpr.h"
#include "ovmlir/Dialect/OV/IR/ShapeUtils.h"

namespace mlir::ov {

/// The axes of a Reduce* op normalized to [0, rank), in their input order.
/// Fails on an axis out of [-rank, rank) and on duplicates (the spec asks
/// for unique axes).
FailureOr<SmallVector<int64_t>> normalizeReduceAxes(const ShapeDiag &diag,
                                                    ArrayRef<int64_t> axes,
                                                    int64_t rank);

/// Reduce* (Sum, Mean, Max, Min, Prod, L1, L2, LogicalAnd, LogicalOr).
/// `axes` holds the axes when they are constant; otherwise `numAxes` is
/// their number when statically known. Reduced dimensions become 1 with
/// `keepDims` and disappear without it. With non-constant axes the rank is
/// kept (all dims unknown) under `keepDims`, is one less for a single axis,
/// and is unknown otherwise.
FailureOr<ShapeExpr> inferReduceShape(const ShapeDiag &diag,
                                      const ShapeExpr &data,
                                      std::optional<ArrayRef<int64_t>> axes,
                                      std::optional<int64_t> numAxes,
                                      bool keepDims);

/// TopK-1/3/11: both outputs have the data's shape with dimension `axis`
/// replaced by `k` (OpenVINO's shape inference does not clamp k to the
/// dimension; a k beyond it is undefined behaviour at run time). Fails on a
/// rank-0 input, an axis out of range and a negative constant k.
FailureOr<ShapeExpr> inferTopKShape(const ShapeDiag &diag,
                                    const ShapeExpr &data, int64_t axis,
                                    const DimExpr &k);

/// NonMaxSuppression-5 outputs: selected_indices and selected_scores are
/// [?, 3] (the number of selected boxes is only known at run time),
/// valid_outputs is [1]. Checks that boxes is [B, N, 4] and scores
/// [B, C, N] where those are known.
FailureOr<SmallVector<ShapeExpr, 3>>
inferNonMaxSuppressionShapes(const ShapeDiag &diag, const ShapeExpr &boxes,
                             const ShapeExpr &scores);

/// The upper bound min(N, max_output_boxes_per_class) * B * C on the number
/// of boxes NonMaxSuppression selects (what plugins without dynamic outputs
/// allocate). Requires ranked boxes and scores.
DimExpr getNonMaxSuppressionMaxSelected(const ShapeExpr &boxes,
                                        const ShapeExpr &scores,
                                        const DimExpr &maxOutputBoxesPerClass);

} // namespace mlir::ov

#endif // OVMLIR_DIALECT_OV_IR_REDUCTIONSHAPES_H
