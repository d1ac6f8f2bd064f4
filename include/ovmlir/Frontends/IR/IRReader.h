//===- IRReader.h - Read OpenVINO classic IR (.xml/.bin) ---------*- C++
//-*-===//

#ifndef OVMLIR_FRONTENDS_IR_IRREADER_H
#define OVMLIR_FRONTENDS_IR_IRREADER_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"

#include <string>

namespace mlir::ov {

struct IRReaderOptions {
  /// The weights file; empty means the .bin beside the .xml.
  std::string weightsPath;
};

/// Reads IR v10/v11 `xmlPath` into a module holding one `func.func` in the
/// OV dialect. Constants reference the memory-mapped .bin. Errors are
/// emitted through the context's diagnostics, located in the .xml; returns
/// null on failure.
OwningOpRef<ModuleOp> readOVIR(StringRef xmlPath, MLIRContext *context,
                               const IRReaderOptions &options = {});

} // namespace mlir::ov

#endif // OVMLIR_FRONTENDS_IR_IRREADER_H
