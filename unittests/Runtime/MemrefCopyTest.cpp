//===- MemrefCopyTest.cpp - The runtime's strided memref.copy -------------===//
//
// memrefCopy (runtime/src/memref_copy.c) is what a memref.copy between
// buffers that are not both contiguous calls: every element must land at
// its strided place, whether the innermost dimensions are one run of
// memory in both buffers (copied a run at a time) or not.
//
//===----------------------------------------------------------------------===//

#include <gtest/gtest.h>

#include <cstdint>
#include <numeric>
#include <vector>

extern "C" {
struct ovm_unranked_memref {
  int64_t rank;
  int64_t *descriptor;
};
void memrefCopy(int64_t element_size, ovm_unranked_memref *source,
                ovm_unranked_memref *target);
}

namespace {

/// A strided view of `data`: the descriptor {allocated, aligned, offset,
/// sizes, strides} that MLIR's lowering passes to memrefCopy.
struct View {
  std::vector<int64_t> descriptor;
  ovm_unranked_memref memref;

  View(float *data, int64_t offset, std::vector<int64_t> sizes,
       std::vector<int64_t> strides) {
    auto address = static_cast<int64_t>(reinterpret_cast<intptr_t>(data));
    descriptor = {address, address, offset};
    descriptor.insert(descriptor.end(), sizes.begin(), sizes.end());
    descriptor.insert(descriptor.end(), strides.begin(), strides.end());
    memref = {static_cast<int64_t>(sizes.size()), descriptor.data()};
  }
};

std::vector<float> iota(size_t size) {
  std::vector<float> values(size);
  std::iota(values.begin(), values.end(), 1.0f);
  return values;
}

// A blocked plane [1, 1, 3, 3, 4] into the interior of a padded one
// [1, 1, 5, 5, 4] at (1, 1): each position's 4 channels are one run in
// both; the leading dimensions of size 1 have strides of any value.
TEST(MemrefCopyTest, PlaneIntoPaddedInterior) {
  std::vector<float> source = iota(36), padded(100, -1.0f);
  View from(source.data(), 0, {1, 1, 3, 3, 4}, {36, 36, 12, 4, 1});
  View to(padded.data(), 24, {1, 1, 3, 3, 4}, {100, 100, 20, 4, 1});
  memrefCopy(sizeof(float), &from.memref, &to.memref);
  for (int64_t h = 0; h < 5; ++h)
    for (int64_t w = 0; w < 5; ++w)
      for (int64_t c = 0; c < 4; ++c) {
        bool interior = h >= 1 && h <= 3 && w >= 1 && w <= 3;
        float expected =
            interior ? source[((h - 1) * 3 + (w - 1)) * 4 + c] : -1.0f;
        EXPECT_EQ(padded[(h * 5 + w) * 4 + c], expected)
            << "at h " << h << ", w " << w << ", c " << c;
      }
}

// Rows of 4 read with a stride of 2 (every other element): no run longer
// than one element.
TEST(MemrefCopyTest, StridedInnermost) {
  std::vector<float> source = iota(24), target(12, 0.0f);
  View from(source.data(), 1, {3, 4}, {8, 2});
  View to(target.data(), 0, {3, 4}, {4, 1});
  memrefCopy(sizeof(float), &from.memref, &to.memref);
  for (int64_t r = 0; r < 3; ++r)
    for (int64_t c = 0; c < 4; ++c)
      EXPECT_EQ(target[r * 4 + c], source[1 + r * 8 + c * 2]);
}

// Both buffers contiguous: one run of all 24 elements.
TEST(MemrefCopyTest, Contiguous) {
  std::vector<float> source = iota(24), target(24, 0.0f);
  View from(source.data(), 0, {2, 3, 4}, {12, 4, 1});
  View to(target.data(), 0, {2, 3, 4}, {12, 4, 1});
  memrefCopy(sizeof(float), &from.memref, &to.memref);
  EXPECT_EQ(target, source);
}

// A transpose (the source's innermost dimension strided): element by
// element.
TEST(MemrefCopyTest, Transposed) {
  std::vector<float> source = iota(6), target(6, 0.0f);
  View from(source.data(), 0, {3, 2}, {1, 3});
  View to(target.data(), 0, {3, 2}, {2, 1});
  memrefCopy(sizeof(float), &from.memref, &to.memref);
  EXPECT_EQ(target, (std::vector<float>{1, 4, 2, 5, 3, 6}));
}

// An empty buffer copies nothing.
TEST(MemrefCopyTest, Empty) {
  std::vector<float> source = iota(4), target(4, 0.0f);
  View from(source.data(), 0, {0, 4}, {4, 1});
  View to(target.data(), 0, {0, 4}, {4, 1});
  memrefCopy(sizeof(float), &from.memref, &to.memref);
  EXPECT_EQ(target, std::vector<float>(4, 0.0f));
}

} // namespace
