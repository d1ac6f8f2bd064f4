//===- IRWriter.h - Write OpenVINO classic IR (.xml/.bin) --------*- C++
//-*-===//

#ifndef OVMLIR_FRONTENDS_IR_IRWRITER_H
#define OVMLIR_FRONTENDS_IR_IRWRITER_H

#include "mlir/IR/BuiltinOps.h"

namespace mlir::ov {

/// Writes the model in `module` (its single `func.func`, or the one named
/// `main` when there are several) as IR v11: `xmlPath` and the .bin beside
/// it. Both files are written to temporary names and renamed at the end, so
/// a failure leaves no partial output. Errors are emitted on the offending
/// op.
LogicalResult writeOVIR(ModuleOp module, StringRef xmlPath);

} // namespace mlir::ov

#endif // OVMLIR_FRONTENDS_IR_IRWRITER_H
