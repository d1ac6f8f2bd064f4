//===- NNShapes.h - Convolution, pooling, matmul shape functions -*- C++
//-*-===//
//
// Output shapes of Convolution, GroupConvolution, ConvolutionBackpropData,
// MatMul, MaxPool, AvgPool, Interpolate and GridSample, written once against
// ShapeExpr so that type inference (constant or unknown dims) and lowering
// (runtime dims) share them. Values of constant inputs (sizes, axes, output
// shapes) are passed in, or std::nullopt when the input is not a constant.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_DIALECT_OV_IR_NNSHAPES_H
#define OVMLIR_DIALECT_OV_IR_NNSHAPES_H

#include "ovmlir/Dialect/OV/IR/DimExpr.h"
#include "ovmlir/Dialect/OV/IR/OVEnums.h"
#include "ovmlir/Dialect/OV/IR/ShapeUtils.h"

namespace mlir::ov {

/// The sliding-window attributes of convolutions and pooling. Every list
/// has one value per spatial dimension; an empty `dilations` means ones.
struct WindowAttrs {
  ArrayRef<int64_t> strides;
  ArrayRef<int64_t> padsBegin;
  ArrayRef<int64_t> padsEnd;
  ArrayRef<int64_t> dilations;
  PadType autoPad = PadType::explicit_;
};

/// Convolution-1: [N, C_OUT, spatial...] from data [N, C_IN, spatial...]
/// and filter [C_OUT, C_IN, kernel...]. The number of spatial dimensions
/// comes from the data's rank, else the filter's, else `strides`; the result
/// always has a rank.
FailureOr<ShapeExpr> inferConvolutionShape(const ShapeDiag &diag,
                                           const ShapeExpr &data,
                                           const ShapeExpr &filter,
                                           const WindowAttrs &window);

/// GroupConvolution-1: filter [GROUPS, C_OUT / GROUPS, C_IN / GROUPS,
/// kernel...]; the result has GROUPS * (C_OUT / GROUPS) channels.
FailureOr<ShapeExpr> inferGroupConvolutionShape(const ShapeDiag &diag,
                                                const ShapeExpr &data,
                                                const ShapeExpr &filter,
                                                const WindowAttrs &window);

/// ConvolutionBackpropData-1: [N, C_OUT, spatial...] from data
/// [N, C_IN, spatial...] and filter [C_IN, C_OUT, kernel...].
/// `hasOutputShape` tells whether the output_shape input exists; its values
/// are `outputShape` (std::nullopt when not a constant; its element count is
/// then `outputShapeSize` when known). An empty `outputPadding` means zeros.
FailureOr<ShapeExpr> inferConvolutionBackpropDataShape(
    const ShapeDiag &diag, const ShapeExpr &data, const ShapeExpr &filter,
    bool hasOutputShape, std::optional<ArrayRef<DimExpr>> outputShape,
    std::optional<int64_t> outputShapeSize, const WindowAttrs &window,
    ArrayRef<int64_t> outputPadding);

/// MatMul-0: batch dimensions broadcast, [..., M, N] result; a 1-D operand
/// is a row (a) or column (b) vector whose extra dimension is dropped.
/// Unranked when an operand's rank is unknown.
FailureOr<ShapeExpr> inferMatMulShape(const ShapeDiag &diag, const ShapeExpr &a,
                                      const ShapeExpr &b, bool transposeA,
                                      bool transposeB);

/// MaxPool-1/8/14 and AvgPool-1/14: [N, C, spatial...] from data
/// [N, C, spatial...]. With `excludePad` (AvgPool), explicit pads must be
/// smaller than the kernel. The result rank is 2 + kernel.size().
FailureOr<ShapeExpr>
inferPoolShape(const ShapeDiag &diag, const ShapeExpr &data,
               ArrayRef<int64_t> kernel, const WindowAttrs &window,
               RoundingType roundingType, bool excludePad = false);

/// Where Interpolate's output sizes come from: exactly one of `sizes`
/// (ShapeCalcMode::sizes) or `scales` (ShapeCalcMode::scales) is used.
/// Values are std::nullopt when the input is not a constant; a known
/// element count of a non-constant input is in `count`.
struct InterpolateTarget {
  ShapeCalcMode mode = ShapeCalcMode::sizes;
  std::optional<ArrayRef<DimExpr>> sizes;
  std::optional<ArrayRef<double>> scales;
  std::optional<int64_t> count;
};

/// Interpolate-4/11: the data padded by `padsBegin` / `padsEnd` (missing
/// values are zeros), then resized on `axes` (all dimensions when
/// `hasAxes` is false; unknown sizes on every dimension when the axes are
/// not constant). Scaled sizes on runtime dims are emitted with `builder`
/// when given (lowering); otherwise they are unknown.
FailureOr<ShapeExpr>
inferInterpolateShape(const ShapeDiag &diag, const ShapeExpr &data,
                      const InterpolateTarget &target, bool hasAxes,
                      std::optional<ArrayRef<int64_t>> axes,
                      ArrayRef<int64_t> padsBegin, ArrayRef<int64_t> padsEnd,
                      ImplicitLocOpBuilder *builder = nullptr);

/// OpenVINO's scaled dimension: `dim` unchanged when `scale` is 1, else
/// trunc(float(dim) * (float(scale) + 1e-6f)).
int64_t scaleInterpolateDim(int64_t dim, double scale);

/// GridSample-9: [N, C, H_out, W_out] from data [N, C, H_in, W_in] and
/// grid [N, H_out, W_out, 2]. Both must have rank 4 (when ranked), the last
/// grid dimension must be 2 and the batch sizes must agree.
FailureOr<ShapeExpr> inferGridSampleShape(const ShapeDiag &diag,
                                          const ShapeExpr &data,
                                          const ShapeExpr &grid);

} // namespace mlir::ov

#endif // OVMLIR_DIALECT_OV_IR_NNSHAPES_H
