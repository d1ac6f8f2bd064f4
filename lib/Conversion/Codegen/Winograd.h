//===- Winograd.h - The Winograd transform's shape --------------*- C++ -*-===//
//
// ov-winograd-convolutions computes 3x3 convolutions as F(2x2, 3x3);
// ov-winograd-by-tile-rows recognizes the transforms and the batched
// contraction it leaves by the same sizes.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_LIB_CONVERSION_CODEGEN_WINOGRAD_H
#define OVMLIR_LIB_CONVERSION_CODEGEN_WINOGRAD_H

#include <cstdint>

namespace mlir::ov::codegen::winograd {

/// F(2x2, 3x3): the output block's side, the input block's, the kernel's.
constexpr int64_t kOut = 2, kIn = 4, kKernel = 3;
/// The points of a transformed block: the contraction's batch.
constexpr int64_t kPoints = kIn * kIn;

} // namespace mlir::ov::codegen::winograd

#endif // OVMLIR_LIB_CONVERSION_CODEGEN_WINOGRAD_H
