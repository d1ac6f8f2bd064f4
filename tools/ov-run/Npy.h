//===- Npy.h - NumPy .npy files for ov-run ----------------------*- C++ -*-===//
//
// Reads and writes NumPy's .npy format (versions 1-3, little-endian,
// C order) for the element types of ovmlir_runtime.h. bfloat16, which
// NumPy lacks, is written as uint16 bit patterns.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_TOOLS_OVRUN_NPY_H
#define OVMLIR_TOOLS_OVRUN_NPY_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ovrun {

struct NpyArray {
  int32_t elementType = 0; // an ovm_element_type
  std::vector<int64_t> shape;
  std::vector<char> data; // row-major
};

/// Reads `path`; on failure returns false with `error` saying what is wrong.
bool readNpy(llvm::StringRef path, NpyArray &array, std::string &error);

/// Writes `data` (row-major) as `path` (through a temporary file).
bool writeNpy(llvm::StringRef path, int32_t elementType,
              llvm::ArrayRef<int64_t> shape, const void *data,
              std::string &error);

} // namespace ovrun

#endif // OVMLIR_TOOLS_OVRUN_NPY_H
