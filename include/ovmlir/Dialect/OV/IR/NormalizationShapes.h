//===- NormalizationShapes.h - Normalization shape functions ---*- C++ -*-===//
//
// Output shapes of Softmax, LogSoftmax, BatchNormInference, MVN, NormalizeL2
// and ScaledDotProductAttention, written once against ShapeExpr so that
// type inference (constant or unknown dims) and lowering (runtime dims)
// share them. Axes inputs are plain integers, or std::nullopt when the
// input is not a constant.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_DIALECT_OV_IR_NORMALIZATIONSHAPES_H
#define OVMLIR_DIALECT_OV_IR_NORMALIZATIONSHAPES_H

#include "ovmlir/Dialect/OV/IR/DimExpr.h"
#include "ovmlir/Dialect/OV/IR/ShapeUtils.h"

namespace mlir::ov {

/// Softmax-8 / LogSoftmax-5: the input's shape; `axis` must be in
/// [-rank, rank) when the rank is known.
FailureOr<ShapeExpr> inferSoftmaxShape(const ShapeDiag &diag,
                                       const ShapeExpr &input, int64_t axis);

/// BatchNormInference-5: the data's shape, its channel dimension (1) taken
/// from the per-channel inputs when the data's is dynamic. `data` must have
/// rank >= 2, the per-channel inputs (gamma, beta, mean, variance) rank 1
/// and the same size as the channel dimension.
FailureOr<ShapeExpr>
inferBatchNormInferenceShape(const ShapeDiag &diag, const ShapeExpr &data,
                             const ShapeExpr &gamma, const ShapeExpr &beta,
                             const ShapeExpr &mean, const ShapeExpr &variance);

/// MVN-6 and NormalizeL2-1: the data's shape; constant `axes` must be in
/// [-rank, rank) (repeated axes are allowed, as in OpenVINO).
FailureOr<ShapeExpr>
inferReductionAxesNormShape(const ShapeDiag &diag, const ShapeExpr &data,
                            std::optional<ArrayRef<int64_t>> axes);

/// ScaledDotProductAttention-13: [batch..., L, Ev] from query [..., L, E],
/// key [..., S, E] and value [..., S, Ev], the batch dimensions of all
/// inputs (and of an attention mask of rank >= 3) broadcast together.
/// `mask` is null without an attention mask (or when `causal` ignores it).
/// The result rank is unknown when the query's is.
FailureOr<ShapeExpr> inferScaledDotProductAttentionShape(const ShapeDiag &diag,
                                                         const ShapeExpr &query,
                                                         const ShapeExpr &key,
                                                         const ShapeExpr &value,
                                                         const ShapeExpr *mask);

} // namespace mlir::ov

#endif // OVMLIR_DIALECT_OV_IR_NORMALIZATIONSHAPES_H
