//===- ResidentMemory.cpp - What the process holds in memory --------------===//

#include "ovmlir/Support/ResidentMemory.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"

#if defined(__linux__)
#include <malloc.h>
#include <sys/mman.h>
#endif

using namespace mlir;
using namespace mlir::ov;

/// /proc files have no size: read them whole as a stream.
static std::unique_ptr<llvm::MemoryBuffer> readProcFile(const char *path) {
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> buffer =
      llvm::MemoryBuffer::getFileAsStream(path);
  return buffer ? std::move(*buffer) : nullptr;
}

std::optional<MemoryUsage> ov::getMemoryUsage() {
  std::unique_ptr<llvm::MemoryBuffer> status =
      readProcFile("/proc/self/status");
  if (!status)
    return std::nullopt;
  MemoryUsage usage;
  bool found = false;
  llvm::StringRef text = status->getBuffer();
  while (!text.empty()) {
    auto [line, rest] = text.split('\n');
    text = rest;
    auto [key, value] = line.split(':');
    uint64_t *field = llvm::StringSwitch<uint64_t *>(key)
                          .Case("VmRSS", &usage.resident)
                          .Case("RssAnon", &usage.anonymous)
                          .Case("RssFile", &usage.file)
                          .Case("VmHWM", &usage.peak)
                          .Default(nullptr);
    uint64_t kilobytes;
    if (!field || value.trim()
                      .take_until([](char c) { return c == ' '; })
                      .getAsInteger(10, kilobytes))
      continue;
    *field = kilobytes * 1024;
    found = true;
  }
  return found ? std::optional(usage) : std::nullopt;
}

void MemoryReport::record(llvm::StringRef name) {
  if (std::optional<MemoryUsage> usage = getMemoryUsage())
    steps.emplace_back(name.str(), *usage);
}

void MemoryReport::print(llvm::raw_ostream &os) const {
  if (steps.empty())
    return;
  auto megabytes = [](uint64_t bytes) {
    return llvm::format("%9.1f", bytes / (1024.0 * 1024.0));
  };
  os << "===" << std::string(73, '-') << "===\n"
     << "                      Resident memory report (MB)\n"
     << "===" << std::string(73, '-') << "===\n"
     << " resident anonymous     files      peak  after\n";
  for (const auto &[name, usage] : steps)
    os << megabytes(usage.resident) << "  " << megabytes(usage.anonymous)
       << megabytes(usage.file) << megabytes(usage.peak) << "  " << name
       << "\n";
  os << "Peak resident memory: "
     << llvm::format("%.1f", steps.back().second.peak / (1024.0 * 1024.0))
     << " MB\n";
}

namespace {
/// A mapping whose resident pages may be dropped (their contents are the
/// file's): file-backed, and read-only or shared.
struct FileMapping {
  uintptr_t begin, end;
};
} // namespace

/// The mappings of /proc/self/maps whose pages releaseFilePages may drop.
static llvm::SmallVector<FileMapping> getFileMappings() {
  llvm::SmallVector<FileMapping> mappings;
  std::unique_ptr<llvm::MemoryBuffer> maps = readProcFile("/proc/self/maps");
  if (!maps)
    return mappings;
  llvm::StringRef text = maps->getBuffer();
  while (!text.empty()) {
    auto [line, rest] = text.split('\n');
    text = rest;
    // begin-end perms offset dev inode [path]
    llvm::SmallVector<llvm::StringRef, 6> fields;
    line.split(fields, ' ', /*MaxSplit=*/5, /*KeepEmpty=*/false);
    if (fields.size() < 5)
      continue;
    auto [beginText, endText] = fields[0].split('-');
    uint64_t begin, end, inode;
    if (beginText.getAsInteger(16, begin) || endText.getAsInteger(16, end) ||
        fields[4].getAsInteger(10, inode) || fields[1].size() < 4)
      continue;
    // A private writable mapping may hold modified copies of the file's
    // pages; an inode of 0 is anonymous memory.
    bool shared = fields[1][3] == 's';
    bool writable = fields[1][1] == 'w';
    if (inode == 0 || (writable && !shared))
      continue;
    mappings.push_back(
        {static_cast<uintptr_t>(begin), static_cast<uintptr_t>(end)});
  }
  return mappings;
}

void ov::releaseFilePages(llvm::ArrayRef<llvm::ArrayRef<char>> ranges) {
#if defined(__linux__)
  if (ranges.empty())
    return;
  llvm::SmallVector<FileMapping> mappings = getFileMappings();
  uint64_t pageSize = llvm::sys::Process::getPageSizeEstimate();
  for (llvm::ArrayRef<char> range : ranges) {
    uintptr_t begin =
        llvm::alignTo(reinterpret_cast<uintptr_t>(range.data()), pageSize);
    uintptr_t end = llvm::alignDown(
        reinterpret_cast<uintptr_t>(range.data()) + range.size(), pageSize);
    if (begin >= end)
      continue;
    // The range may span adjacent mappings: each piece on its own.
    for (const FileMapping &mapping : mappings) {
      uintptr_t from = std::max(begin, mapping.begin);
      uintptr_t to = std::min(end, mapping.end);
      if (from < to)
        ::madvise(reinterpret_cast<void *>(from), to - from, MADV_DONTNEED);
    }
  }
#else
  (void)ranges;
#endif
}

void ov::releaseLibraryPages() {
#if defined(__linux__)
  std::unique_ptr<llvm::MemoryBuffer> smaps = readProcFile("/proc/self/smaps");
  if (!smaps)
    return;
  // Each mapping: its header line, then "Key: value kB" lines. Only a
  // mapping without anonymous pages (relocated data becomes those) is
  // dropped.
  llvm::SmallVector<FileMapping> mappings;
  std::optional<FileMapping> candidate;
  llvm::StringRef text = smaps->getBuffer();
  while (!text.empty()) {
    auto [line, rest] = text.split('\n');
    text = rest;
    auto [key, value] = line.split(':');
    if (!key.contains(' ')) {
      uint64_t kilobytes;
      if (candidate && key == "Anonymous" &&
          (value.trim()
               .take_until([](char c) { return c == ' '; })
               .getAsInteger(10, kilobytes) ||
           kilobytes != 0))
        candidate.reset();
      continue;
    }
    llvm::SmallVector<llvm::StringRef, 6> fields;
    line.split(fields, ' ', /*MaxSplit=*/5, /*KeepEmpty=*/false);
    if (candidate)
      mappings.push_back(*candidate);
    candidate.reset();
    auto [beginText, endText] = fields[0].split('-');
    uint64_t begin, end, inode;
    if (fields.size() < 6 || beginText.getAsInteger(16, begin) ||
        endText.getAsInteger(16, end) || fields[4].getAsInteger(10, inode) ||
        fields[1].size() < 4)
      continue;
    llvm::StringRef path = fields[5].trim();
    bool library = path.ends_with(".so") || path.contains(".so.");
    if (inode != 0 && fields[1][1] != 'w' && fields[1][3] == 'p' && library)
      candidate = FileMapping{static_cast<uintptr_t>(begin),
                              static_cast<uintptr_t>(end)};
  }
  if (candidate)
    mappings.push_back(*candidate);
  for (const FileMapping &mapping : mappings)
    ::madvise(reinterpret_cast<void *>(mapping.begin),
              mapping.end - mapping.begin, MADV_DONTNEED);
#endif
}

void ov::releaseFreeHeap() {
#if defined(__linux__) && defined(__GLIBC__)
  ::malloc_trim(0);
#endif
}
