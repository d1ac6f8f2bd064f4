//===- SummedTaps.h - A convolution summing its kernel taps -----*- C++ -*-===//
//
// ov-block-convolutions makes a blocked convolution one linalg.generic that
// sums a product per kernel tap, each tap's input a shifted slice of the
// zero-padded blocked input. The passes after it (ov-split-by-live-taps,
// ov-winograd-convolutions) read the op in that form.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_LIB_CONVERSION_CODEGEN_SUMMEDTAPS_H
#define OVMLIR_LIB_CONVERSION_CODEGEN_SUMMEDTAPS_H

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

#include <optional>

namespace mlir::ov::codegen {

/// Blocked activations: [N, C / B, H, W, B]; the plane's dimensions.
constexpr int64_t kRowDim = 2, kColumnDim = 3;

/// A kernel tap of the summed-taps op: its input slice (offsets in the
/// padded input; a group's convolution takes some channel blocks only) and
/// its weights.
struct Tap {
  tensor::ExtractSliceOp slice;
  int64_t row, column;
  Value weights;
};

/// The summed-taps form of a blocked convolution, when `op` has it:
/// out[n, fb, h, w, fi] += x_t[n, cb, h, w, ci] * w_t[fb, cb, ci, fi] for
/// each tap t, each x_t an extract_slice with unit strides of one static
/// tensor: a zero tensor.pad of a static source, padded along the plane
/// only, or the unpadded input of a convolution without padding (`pad`
/// null).
struct SummedTaps {
  tensor::PadOp pad;
  SmallVector<Tap> taps;
};

std::optional<SummedTaps> summedTapsOf(linalg::GenericOp op);

} // namespace mlir::ov::codegen

#endif // OVMLIR_LIB_CONVERSION_CODEGEN_SUMMEDTAPS_H
