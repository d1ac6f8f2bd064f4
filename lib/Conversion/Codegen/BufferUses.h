//===- BufferUses.h - The uses of a buffer and of its views -----*- C++ -*-===//
//
// Passes that move or place the memory of a buffer (ov-free-buffers-early,
// ov-plan-buffers) need every operation that touches it, through any view
// of it, and to know that none lets it escape the function.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_LIB_CONVERSION_CODEGEN_BUFFERUSES_H
#define OVMLIR_LIB_CONVERSION_CODEGEN_BUFFERUSES_H

#include "mlir/IR/Operation.h"
#include "mlir/Support/LLVM.h"

namespace mlir::ov::codegen {

/// Calls `visit` on every user of `buffer` and of the views of it (view-like
/// ops, extract_strided_metadata's base buffer), the views included. Fails
/// when one may let the buffer escape or alias it in a way not known here:
/// a terminator (returned, yielded), a call, or an operation with memref
/// results that is not a view of it.
LogicalResult forEachUseThroughViews(Value buffer,
                                     function_ref<void(Operation *)> visit);

} // namespace mlir::ov::codegen

#endif // OVMLIR_LIB_CONVERSION_CODEGEN_BUFFERUSES_H
