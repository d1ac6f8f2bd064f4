//===- SqueezeExcite.h - A block's squeeze-excite on buffers ----*- C++ -*-===//
//
// The squeeze-excite ops between an inverted-residual block's depthwise
// layer and its projection (EfficientNet's blocks) as the pipeline leaves
// them on buffers, when the channel scales are not folded into the
// projection's filter (ov-fold-channel-scales: small planes):
//
//   pooled = 0; pooled += T                  [1, C / B, 1, 1, B]
//   mean = pooled / (H * W)                  (through a reshape of pooled)
//   R = bias; R += mean x W1                 (a 1x1 layer)
//   A = act(R)
//   G = bias; G += A x W2                    (a 1x1 layer)
//   gate = sigmoid(G)
//   T = gate * T                             (in place)
//
// The means, G and the gates are [1, C / B, 1, 1, B] or [1, C / B, 1, B]
// when the squeeze's channels are in blocks, and [1, C, 1, 1] with the 1x1
// layers a matmul and a contraction of vectors when they are not
// (EfficientNet-B0's 28 channels of its 672-channel blocks).
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_LIB_CONVERSION_CODEGEN_SQUEEZEEXCITE_H
#define OVMLIR_LIB_CONVERSION_CODEGEN_SQUEEZEEXCITE_H

#include "InvertedResidualBlock.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"

#include <optional>

namespace mlir::ov::codegen {

struct SqueezeExcite {
  linalg::FillOp poolFill;
  linalg::GenericOp pool, mean;
  /// The first 1x1 layer (over all channel blocks of `mean`) and the copy
  /// of its bias into its result R before it; R's activation.
  memref::CopyOp reduceBias;
  linalg::LinalgOp reduce;
  linalg::GenericOp reduceActivation;
  /// The second 1x1 layer and its bias copy; the gates.
  memref::CopyOp expandBias;
  linalg::LinalgOp expand;
  linalg::GenericOp gate;
  /// T scaled by the gates, in place.
  linalg::GenericOp scale;
  /// The buffers: the pooled sums, their means, R, A, G and the gates.
  Value pooled, means, reduced, activated, expanded, gates;

  /// The ops in their order.
  SmallVector<Operation *> ops() const {
    return {poolFill,         pool,       mean,   reduceBias, reduce,
            reduceActivation, expandBias, expand, gate,       scale};
  }
};

/// Matches the squeeze-excite reading the depthwise result of `chain`
/// (a block whose projection reads T after it), the ops in that order in
/// the depthwise layer's block, its buffers used by nothing else.
std::optional<SqueezeExcite> matchSqueezeExcite(InvertedResidualBlock &chain);

} // namespace mlir::ov::codegen

#endif // OVMLIR_LIB_CONVERSION_CODEGEN_SQUEEZEEXCITE_H
