//===- HugePagesTest.cpp - A block of weights moved onto huge pages -------===//
//
// ovm_move_to_huge_pages (runtime/src/huge_pages.c) replaces the whole 2 MiB
// pages inside a block of read-only data with a copy the kernel may back
// with huge pages, at the same addresses: every byte must read the same
// after it, inside those pages and around them.
//
//===----------------------------------------------------------------------===//

extern "C" {
#include "runtime_internal.h"
}

#include <gtest/gtest.h>

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>

#include <sys/mman.h>

namespace {

constexpr uintptr_t kHugePage = uintptr_t(2) << 20;

/// Read-only memory holding a pattern, starting `offset` bytes past a 2 MiB
/// boundary: what a model's block of weights looks like to the runtime.
class Block {
public:
  Block(uintptr_t offset, size_t size) : size(size) {
    mappedBytes = offset + size + 2 * kHugePage;
    mapped = mmap(nullptr, mappedBytes, PROT_READ | PROT_WRITE,
                  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    EXPECT_NE(mapped, MAP_FAILED);
    uintptr_t boundary = (reinterpret_cast<uintptr_t>(mapped) + kHugePage - 1) &
                         ~(kHugePage - 1);
    bytes = reinterpret_cast<unsigned char *>(boundary + offset);
    for (size_t i = 0; i < size; ++i)
      bytes[i] = patternAt(i);
    EXPECT_EQ(mprotect(mapped, mappedBytes, PROT_READ), 0);
  }
  ~Block() { munmap(mapped, mappedBytes); }

  static unsigned char patternAt(size_t i) {
    return static_cast<unsigned char>((i * 2654435761u) >> 13);
  }
  /// The first byte that differs from the pattern, or -1.
  int64_t firstDifference() const {
    for (size_t i = 0; i < size; ++i)
      if (bytes[i] != patternAt(i))
        return static_cast<int64_t>(i);
    return -1;
  }

  unsigned char *bytes;
  size_t size;

private:
  void *mapped;
  size_t mappedBytes;
};

/// The start of the mapping of this process that holds `address`
/// (/proc/self/maps), or 0.
uintptr_t mappingStartOf(const void *address) {
  std::ifstream maps("/proc/self/maps");
  auto target = reinterpret_cast<uintptr_t>(address);
  for (std::string line; std::getline(maps, line);) {
    std::istringstream range(line);
    uintptr_t from, to;
    char dash;
    if ((range >> std::hex >> from >> dash >> to) && from <= target &&
        target < to)
      return from;
  }
  return 0;
}

TEST(HugePagesTest, WholePagesMovedBytesKept) {
  // 7 MiB from 1 MiB past a boundary: whole pages [2, 8) MiB of the way.
  Block block(1 << 20, 7 << 20);
  EXPECT_EQ(ovm_move_to_huge_pages(block.bytes, block.size), 1);
  EXPECT_EQ(block.firstDifference(), -1);
  // The moved pages are a mapping of their own (on huge pages when the
  // kernel had free ones: not asserted), from the first whole page on.
  unsigned char *firstWholePage = block.bytes + (1 << 20);
  EXPECT_EQ(mappingStartOf(firstWholePage),
            reinterpret_cast<uintptr_t>(firstWholePage));
}

TEST(HugePagesTest, NoWholePageLeftAsItWas) {
  // 2 MiB from 1.5 MiB past a boundary: no whole huge page inside.
  Block block(3 << 19, 2 << 20);
  EXPECT_EQ(ovm_move_to_huge_pages(block.bytes, block.size), 0);
  EXPECT_EQ(block.firstDifference(), -1);
  EXPECT_LT(mappingStartOf(block.bytes),
            reinterpret_cast<uintptr_t>(block.bytes));
  EXPECT_EQ(ovm_move_to_huge_pages(nullptr, 8 << 20), 0);
}

} // namespace
