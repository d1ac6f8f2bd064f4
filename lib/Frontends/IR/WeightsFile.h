//===- WeightsFile.h - A memory-mapped .bin weights file ---------*- C++
//-*-===//
//
// The .bin of a classic IR is mapped read-only, once; constants reference
// their bytes in place (the mapping lives as long as any constant needs it).
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_LIB_FRONTENDS_IR_WEIGHTSFILE_H
#define OVMLIR_LIB_FRONTENDS_IR_WEIGHTSFILE_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/FileSystem.h"

#include <memory>
#include <string>

namespace mlir::ov {

class WeightsFile {
public:
  /// Maps `path` read-only; an error names the file.
  static llvm::Expected<std::shared_ptr<WeightsFile>>
  open(llvm::StringRef path);

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

#endif // OVMLIR_LIB_FRONTENDS_IR_WEIGHTSFILE_H
