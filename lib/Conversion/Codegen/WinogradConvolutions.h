//===- WinogradConvolutions.h - The input transform's mark -*- C++ -*-===//
//
// ov-winograd-convolutions (WinogradConvolutions.cpp) rewrites 3x3
// convolutions into an input transform, a batched contraction and an output
// transform; later passes recognize the input transform by this mark.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_LIB_CONVERSION_CODEGEN_WINOGRADCONVOLUTIONS_H
#define OVMLIR_LIB_CONVERSION_CODEGEN_WINOGRADCONVOLUTIONS_H

#include "llvm/ADT/StringRef.h"

namespace mlir::ov::codegen {

/// On the input transform, the elementwise op that writes V's 16 points
/// (loops: channel blocks, block rows, block columns, channels): a unit
/// attribute that ov-tile-and-vectorize reads to give its thread tiles
/// whole block rows.
constexpr llvm::StringLiteral kWinogradInputTransformAttr =
    "ov_winograd_input_transform";

} // namespace mlir::ov::codegen

#endif // OVMLIR_LIB_CONVERSION_CODEGEN_WINOGRADCONVOLUTIONS_H
