//===- InitAll.h - Register everything ov-mlir's tools use ------*- C++ -*-===//

#ifndef OVMLIR_INITALL_H
#define OVMLIR_INITALL_H

#include "mlir/IR/DialectRegistry.h"

namespace ovmlir {

/// The OV dialect and the upstream dialects the project lowers through
/// (func, arith, math, tensor, linalg, bufferization, memref, scf, vector,
/// LLVM), with their interface implementations.
void registerAllDialects(mlir::DialectRegistry &registry);

/// The project's passes and the upstream passes its pipelines use.
void registerAllPasses();

} // namespace ovmlir

#endif // OVMLIR_INITALL_H
