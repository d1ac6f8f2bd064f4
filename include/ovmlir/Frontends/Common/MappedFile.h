//===- MappedFile.h - A read-only memory-mapped file -------------*- C++
//-*-===//
//
// Weights files (an IR's .bin, ONNX external data) are mapped read-only,
// once; constants reference their bytes in place and share ownership of the
// mapping, so it lives as long as any constant needs it.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_FRONTENDS_COMMON_MAPPEDFILE_H
#define OVMLIR_FRONTENDS_COMMON_MAPPEDFILE_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/FileSystem.h"

#include <memory>
#include <string>

namespace mlir::ov {

class MappedFile {
public:
  /// Maps `path` read-only. An error names the file and says what it is
  /// (`what`, e.g. "weights file").
  static llvm::Expected<std::shared_ptr<MappedFile>> open(llvm::StringRef path,
                                                          llvm::StringRef what);

  llvm::ArrayRef<char> getData() const {
    return {region ? region->const_data() : nullptr, size};
  }
  size_t getSize() const { return size; }
  const std::string &getPath() const { return path; }

private:
  std::string path;
  size_t size = 0;
  std::unique_ptr<llvm::sys::fs::mapped_file_region> region;
};

} // namespace mlir::ov

#endif // OVMLIR_FRONTENDS_COMMON_MAPPEDFILE_H
