//===- CodegenTarget.h - What the code generator tunes for -----*- C++ -*-===//
//
// The target's vector registers, by which ov-tile-and-vectorize sizes its
// vectors and register tiles and ov-block-convolutions its channel blocks
// (a register tile's two vectors).
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_CONVERSION_CODEGENTARGET_H
#define OVMLIR_CONVERSION_CODEGENTARGET_H

#include <cstdint>

namespace mlir::ov {

/// AVX-512's unless told otherwise; ovc takes them from the target machine
/// (codegenTargetOf in ovmlir/Target/ModelCompiler.h).
struct CodegenTarget {
  int64_t vectorBits = 512;
  int64_t vectorRegisters = 32;
};

} // namespace mlir::ov

#endif // OVMLIR_CONVERSION_CODEGENTARGET_H
