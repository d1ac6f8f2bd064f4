//===- ResidentMemory.h - What the process holds in memory ------*- C++ -*-===//
//
// Compiling a model must not hold its weights in memory several times over
// (ovc's goal: peak resident memory at most twice the weights). Weights
// live in mapped files (the model's, or a spill file) whose pages can leave
// resident memory once read, and come back from the page cache when read
// again; this reads the process's resident memory (for ovc --timing) and
// drops such pages.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_SUPPORT_RESIDENTMEMORY_H
#define OVMLIR_SUPPORT_RESIDENTMEMORY_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace llvm {
class raw_ostream;
} // namespace llvm

namespace mlir::ov {

/// The process's resident memory (Linux /proc/self/status), in bytes.
struct MemoryUsage {
  uint64_t resident = 0;
  /// Anonymous pages (heap, copies of weights).
  uint64_t anonymous = 0;
  /// Pages of mapped files (the program's libraries, mapped weights).
  uint64_t file = 0;
  /// The peak of `resident` so far (what getrusage reports as ru_maxrss).
  uint64_t peak = 0;
};

/// The current usage, or nothing where /proc/self/status is not there.
std::optional<MemoryUsage> getMemoryUsage();

/// Resident memory after the steps of a run (ovc --timing).
class MemoryReport {
public:
  /// Records the usage now, after step `name`.
  void record(llvm::StringRef name);
  /// A table of the recorded steps, in MB, then the peak.
  void print(llvm::raw_ostream &os) const;

private:
  std::vector<std::pair<std::string, MemoryUsage>> steps;
};

/// Drops the pages lying wholly inside `ranges` that belong to a file mapped
/// read-only, or shared, from resident memory: their contents are the
/// file's, and a later read maps them in again. Other memory (anonymous, a
/// writable private mapping whose pages may be modified copies) is left
/// alone, so any range may be passed.
void releaseFilePages(llvm::ArrayRef<llvm::ArrayRef<char>> ranges);

/// Drops the pages of the shared libraries' read-only mappings that hold
/// the files' own bytes (no modified copies: code, read-only data, symbol
/// and relocation tables) from resident memory. The dynamic loader and the
/// static constructors of libLLVM and libMLIR leave ~55 MB of such pages
/// resident that a compilation does not use again; what it runs comes back
/// on use.
void releaseLibraryPages();

/// Gives the heap's free pages back to the system (glibc keeps them
/// otherwise, and they stay resident).
void releaseFreeHeap();

} // namespace mlir::ov

#endif // OVMLIR_SUPPORT_RESIDENTMEMORY_H
