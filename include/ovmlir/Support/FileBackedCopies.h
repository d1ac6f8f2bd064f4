//===- FileBackedCopies.h - Copies of bytes in a temporary file -*- C++ -*-===//
//
// A model's weights are read in place from its mapped file, except those at
// an address their element type may not be read from (an ONNX raw_data
// payload lies anywhere in the file). Copying those to the heap would keep
// them in resident memory for the whole compilation; copied into a
// temporary file that is mapped instead, their pages come in when read and
// can leave again (releaseFilePages), like the model file's.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_SUPPORT_FILEBACKEDCOPIES_H
#define OVMLIR_SUPPORT_FILEBACKEDCOPIES_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"

#include <cstdint>
#include <memory>
#include <utility>

namespace llvm::sys::fs {
class mapped_file_region;
} // namespace llvm::sys::fs

namespace mlir::ov {

class FileBackedCopies {
public:
  FileBackedCopies() = default;
  FileBackedCopies(const FileBackedCopies &) = delete;
  FileBackedCopies &operator=(const FileBackedCopies &) = delete;
  ~FileBackedCopies();

  /// A copy of `bytes` at an address aligned to `alignment` (at most a
  /// page), and the owner of the mapping it is in (the copy lives as long as
  /// the owner, or this object, does). The bytes are written to the file,
  /// not through the mapping: the copy is not resident until read.
  llvm::Expected<std::pair<llvm::ArrayRef<char>, std::shared_ptr<const void>>>
  copy(llvm::ArrayRef<char> bytes, uint64_t alignment);

private:
  /// The temporary file (its name removed once open), and how far it goes.
  int fd = -1;
  uint64_t fileSize = 0;
  /// The mapped piece of the file being filled, its offset in the file and
  /// how much of it is used.
  std::shared_ptr<llvm::sys::fs::mapped_file_region> chunk;
  uint64_t chunkOffset = 0, chunkUsed = 0;
};

} // namespace mlir::ov

#endif // OVMLIR_SUPPORT_FILEBACKEDCOPIES_H
