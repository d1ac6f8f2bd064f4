//===- BlobMemory.h - The memory behind resource blobs ----------*- C++ -*-===//
//
// Weights are dense_resource blobs of the builtin dialect, owned by the
// context, not by the modules using them: a module that is gone leaves its
// blobs behind (transposed or packed copies, f16 copies), and blobs of mapped
// files stay resident once read. These let a tool free and drop them
// between its steps.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_SUPPORT_BLOBMEMORY_H
#define OVMLIR_SUPPORT_BLOBMEMORY_H

#include "mlir/IR/AsmState.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Error.h"

namespace mlir {
class MLIRContext;
class Operation;

namespace ov {

/// The keys of the builtin dialect's resource blobs in `context`.
llvm::StringSet<> getBlobKeys(MLIRContext *context);

/// Frees the data of every blob of `context` whose key is not in `keep`
/// (those made since getBlobKeys returned `keep`) and that no attribute in
/// `usedBy` (if given) refers to. Only for blobs that no other live IR uses:
/// their attributes see empty data.
void freeBlobsExcept(MLIRContext *context, const llvm::StringSet<> &keep,
                     Operation *usedBy = nullptr);

/// A blob holding a copy of `bytes` (aligned to `alignment`) in a temporary
/// file shared by the process (FileBackedCopies), instead of the heap: not
/// resident until read, and droppable again after (releaseBlobPages). For
/// weights a pass makes (transposed, packed).
llvm::Expected<AsmResourceBlob> createFileBackedBlob(llvm::ArrayRef<char> bytes,
                                                     size_t alignment);

/// Moves the data of the blobs of `context` not in `keep` that are on the
/// heap (mutable blobs) into file-backed blobs (createFileBackedBlob).
llvm::Error moveBlobsToFile(MLIRContext *context,
                            const llvm::StringSet<> &keep);

/// Drops the pages of the resource blobs of `context` that lie in mapped
/// files from resident memory (releaseFilePages): once read, they come back
/// from the file when read again.
void releaseBlobPages(MLIRContext *context);

} // namespace ov
} // namespace mlir

#endif // OVMLIR_SUPPORT_BLOBMEMORY_H
