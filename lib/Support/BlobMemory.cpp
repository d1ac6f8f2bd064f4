//===- BlobMemory.cpp - The memory behind resource blobs ------------------===//

#include "ovmlir/Support/BlobMemory.h"

#include "ovmlir/Support/FileBackedCopies.h"
#include "ovmlir/Support/ResidentMemory.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinDialect.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/Operation.h"
#include "llvm/ADT/SmallVector.h"

#include <mutex>

using namespace mlir;

static DialectResourceBlobManager &getBlobManager(MLIRContext *context) {
  return DenseResourceElementsHandle::getManagerInterface(context)
      .getBlobManager();
}

llvm::StringSet<> ov::getBlobKeys(MLIRContext *context) {
  llvm::StringSet<> keys;
  getBlobManager(context).getBlobMap(
      [&](const llvm::StringMap<DialectResourceBlobManager::BlobEntry> &blobs) {
        for (const auto &entry : blobs)
          keys.insert(entry.getKey());
      });
  return keys;
}

void ov::freeBlobsExcept(MLIRContext *context, const llvm::StringSet<> &keep,
                         Operation *usedBy) {
  llvm::StringSet<> used;
  if (usedBy)
    usedBy->walk([&](Operation *op) {
      op->getAttrDictionary().walk([&](DenseResourceElementsAttr resource) {
        used.insert(resource.getRawHandle().getKey());
      });
    });
  DialectResourceBlobManager &blobs = getBlobManager(context);
  for (const auto &key : getBlobKeys(context))
    if (!keep.contains(key.getKey()) && !used.contains(key.getKey()))
      if (DialectResourceBlobManager::BlobEntry *entry =
              blobs.lookup(key.getKey()))
        entry->setBlob(AsmResourceBlob());
  releaseFreeHeap();
}

void ov::releaseBlobPages(MLIRContext *context) {
  llvm::SmallVector<llvm::ArrayRef<char>> ranges;
  getBlobManager(context).getBlobMap(
      [&](const llvm::StringMap<DialectResourceBlobManager::BlobEntry> &blobs) {
        for (const auto &entry : blobs)
          if (const AsmResourceBlob *blob = entry.getValue().getBlob())
            ranges.push_back(blob->getData());
      });
  releaseFilePages(ranges);
}

llvm::Expected<AsmResourceBlob>
ov::createFileBackedBlob(llvm::ArrayRef<char> bytes, size_t alignment) {
  static std::mutex mutex;
  static FileBackedCopies copies;
  std::lock_guard<std::mutex> lock(mutex);
  auto copied = copies.copy(bytes, alignment);
  if (!copied)
    return copied.takeError();
  auto [data, owner] = *copied;
  return UnmanagedAsmResourceBlob::allocateWithAlign(
      data, alignment,
      [owner = std::move(owner)](void *, size_t, size_t) mutable {
        owner.reset();
      });
}

llvm::Error ov::moveBlobsToFile(MLIRContext *context,
                                const llvm::StringSet<> &keep) {
  DialectResourceBlobManager &blobs = getBlobManager(context);
  for (const auto &key : getBlobKeys(context)) {
    if (keep.contains(key.getKey()))
      continue;
    DialectResourceBlobManager::BlobEntry *entry = blobs.lookup(key.getKey());
    AsmResourceBlob *blob = entry ? entry->getBlob() : nullptr;
    if (!blob || !blob->isMutable() || blob->getData().empty())
      continue;
    llvm::Expected<AsmResourceBlob> moved =
        createFileBackedBlob(blob->getData(), blob->getDataAlignment());
    if (!moved)
      return moved.takeError();
    entry->setBlob(std::move(*moved));
  }
  releaseFreeHeap();
  return llvm::Error::success();
}
