//===- ShapeOpShapes.h - Shape functions of the OV shape ops ----*- C++ -*-===//
//
// Output shapes of Reshape, Transpose, Squeeze, Unsqueeze, Concat, Split,
// VariadicSplit, Tile, Broadcast, Pad, ShapeOf and Range, written once
// against ShapeExpr so that type inference (constant or unknown dims) and
// lowering (runtime dims) share them.
//
// Inputs whose values are sizes (Reshape's target shape, Broadcast's
// target_shape, Tile's repeats, Pad's pads) are passed as DimExpr lists:
// constants where the input is a constant, unknown (or runtime) entries
// otherwise, std::nullopt when even the input's length is unknown.
// Non-constant entries are taken as plain sizes (never -1 or a special 0).
// Inputs that select axes (Transpose's order, Squeeze/Unsqueeze axes, split
// axes and lengths) are plain integers or std::nullopt when not constant.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_DIALECT_OV_IR_SHAPEOPSHAPES_H
#define OVMLIR_DIALECT_OV_IR_SHAPEOPSHAPES_H

#include "ovmlir/Dialect/OV/IR/DimExpr.h"
#include "ovmlir/Dialect/OV/IR/OVEnums.h"
#include "ovmlir/Dialect/OV/IR/ShapeUtils.h"

namespace mlir::ov {

/// The entries of a 1-D integer size operand in inference mode: constants
/// when it is a constant, unknown entries when only its length is static,
/// std::nullopt otherwise (also for operands of rank > 1).
std::optional<SmallVector<DimExpr>> getSizeOperandDims(Value value);

/// The static number of elements of a rank-0 or rank-1 operand, if known.
std::optional<int64_t> getStaticLength(Type type);

/// Reshape-1.
FailureOr<ShapeExpr> inferReshapeShape(const ShapeDiag &diag,
                                       const ShapeExpr &data,
                                       std::optional<ArrayRef<DimExpr>> target,
                                       bool specialZero);

/// Transpose-1; `order` is empty to reverse the dimensions. Without a
/// constant order the rank is kept and every dimension is unknown.
FailureOr<ShapeExpr>
inferTransposeShape(const ShapeDiag &diag, const ShapeExpr &data,
                    std::optional<ArrayRef<int64_t>> order);

/// Squeeze-1: `hasAxes` tells whether the axes input is present; `axes`
/// holds its values when it is constant.
FailureOr<ShapeExpr> inferSqueezeShape(const ShapeDiag &diag,
                                       const ShapeExpr &data, bool hasAxes,
                                       std::optional<ArrayRef<int64_t>> axes);

/// Unsqueeze-1: `axes` when constant, else `numAxes` when statically known.
FailureOr<ShapeExpr> inferUnsqueezeShape(const ShapeDiag &diag,
                                         const ShapeExpr &data,
                                         std::optional<ArrayRef<int64_t>> axes,
                                         std::optional<int64_t> numAxes);

/// Concat-1.
FailureOr<ShapeExpr> inferConcatShape(const ShapeDiag &diag,
                                      ArrayRef<ShapeExpr> inputs, int64_t axis);

/// Split-1: `num_splits` equal parts along `axis` (std::nullopt: unknown).
FailureOr<SmallVector<ShapeExpr>> inferSplitShapes(const ShapeDiag &diag,
                                                   const ShapeExpr &data,
                                                   std::optional<int64_t> axis,
                                                   int64_t numSplits);

/// VariadicSplit-1: one part per entry of `splitLengths` (which may hold one
/// -1).
FailureOr<SmallVector<ShapeExpr>>
inferVariadicSplitShapes(const ShapeDiag &diag, const ShapeExpr &data,
                         std::optional<int64_t> axis,
                         ArrayRef<DimExpr> splitLengths);

/// Tile-1.
FailureOr<ShapeExpr> inferTileShape(const ShapeDiag &diag,
                                    const ShapeExpr &data,
                                    std::optional<ArrayRef<DimExpr>> repeats);

/// Broadcast-3. `axesMapping` (explicit mode) when constant.
FailureOr<ShapeExpr>
inferBroadcastShape(const ShapeDiag &diag, const ShapeExpr &data,
                    std::optional<ArrayRef<DimExpr>> target, BroadcastMode mode,
                    std::optional<ArrayRef<int64_t>> axesMapping);

/// Pad-12.
FailureOr<ShapeExpr> inferPadShape(const ShapeDiag &diag, const ShapeExpr &data,
                                   std::optional<ArrayRef<DimExpr>> padsBegin,
                                   std::optional<ArrayRef<DimExpr>> padsEnd,
                                   PadMode mode);

/// ShapeOf-3: a 1-D shape holding the rank of `data`.
ShapeExpr inferShapeOfShape(const ShapeExpr &data);

/// The number of elements of Range-4, given the scalar inputs when constant.
/// With an integral output type the inputs are truncated towards zero first.
FailureOr<DimExpr> inferRangeLength(const ShapeDiag &diag,
                                    std::optional<double> start,
                                    std::optional<double> stop,
                                    std::optional<double> step,
                                    bool integralOutput);

} // namespace mlir::ov

#endif // OVMLIR_DIALECT_OV_IR_SHAPEOPSHAPES_H
