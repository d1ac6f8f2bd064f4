//===- ONNXImporter.h - Import ONNX models into the OV dialect ---*- C++
//-*-===//

#ifndef OVMLIR_FRONTENDS_ONNX_ONNXIMPORTER_H
#define OVMLIR_FRONTENDS_ONNX_ONNXIMPORTER_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"

namespace mlir::ov {

/// Reads the ONNX model `path` into a module holding one `func.func` in the
/// OV dialect: graph inputs (that are not initializers) are the arguments,
/// graph outputs the results, each named by `ov.name`; every ONNX tensor
/// name is kept in `ov.tensor_names` on the op producing it and node names
/// are locations. Initializers become constants that reference external
/// data in place (memory-mapped). Errors are emitted through the context's
/// diagnostics, naming the file and the node; returns null on failure. A
/// model with unsupported ops fails with one error listing all of them.
OwningOpRef<ModuleOp> importONNX(StringRef path, MLIRContext *context);

} // namespace mlir::ov

#endif // OVMLIR_FRONTENDS_ONNX_ONNXIMPORTER_H
