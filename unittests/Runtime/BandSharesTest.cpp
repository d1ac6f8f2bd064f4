//===- BandSharesTest.cpp - Bands of rows sized by each thread's speed ----===//
//
// Generated code that gives each thread of a region one band of rows asks
// ovm_runtime_band_start for the bands' first rows. The bands must cover
// every row exactly once, in order, whatever the runtime has learned; they
// are equal until a region has run, and a thread that takes longer per row
// than the others in a region gets fewer of that region's rows in its later
// runs (each region learns on its own).
//
//===----------------------------------------------------------------------===//

extern "C" {
#include "runtime_internal.h"
}

#include <gtest/gtest.h>

#include <atomic>
#include <cstdint>
#include <vector>

namespace {

/// Runs `body(index)` on every thread of a team of `threads`.
template <typename Body> void runRegion(int32_t threads, Body &body) {
  ovm_parallel_set_num_threads(threads);
  ovm_parallel([](int32_t *index, int32_t *,
                  void *captured) { (*static_cast<Body *>(captured))(*index); },
               &body);
  ovm_parallel_set_num_threads(1);
}

/// Spins for `nanoseconds` of wall time (a row's work).
void work(uint64_t nanoseconds) {
  uint64_t end = ovm_monotonic_nanoseconds() + nanoseconds;
  while (ovm_monotonic_nanoseconds() < end) {
  }
}

/// A region whose thread i takes `perRow[i]` nanoseconds per row of its
/// band of `rows`; records each thread's band and counts each row's runs.
struct BandedRegion {
  int32_t threads;
  int64_t rows;
  std::vector<uint64_t> perRow;
  std::vector<std::atomic<int>> runs;
  std::vector<int64_t> first, last;

  BandedRegion(int32_t threads, int64_t rows, std::vector<uint64_t> perRow)
      : threads(threads), rows(rows), perRow(std::move(perRow)), runs(rows),
        first(threads), last(threads) {}

  void operator()(int32_t index) {
    int64_t begin = ovm_runtime_band_start(index, threads, rows);
    int64_t end = ovm_runtime_band_start(index + 1, threads, rows);
    first[index] = begin;
    last[index] = end;
    for (int64_t row = begin; row < end; ++row) {
      work(perRow[index]);
      runs[row]++;
    }
  }

  /// Runs the region (`self`, of the type whose outlined function the
  /// runtime learns by) once and checks that every row ran once.
  template <typename Self> void runOnce(Self &self) {
    for (auto &count : runs)
      count = 0;
    runRegion(threads, self);
    for (int64_t row = 0; row < rows; ++row)
      ASSERT_EQ(runs[row].load(), 1) << "row " << row << " of " << rows;
  }

  int64_t rowsOf(int32_t thread) const { return last[thread] - first[thread]; }
};

TEST(BandSharesTest, EqualBandsWithoutLearning) {
  for (int64_t bands : {1, 2, 3, 4, 7})
    for (int64_t rows : {1, 2, 3, 7, 14, 112}) {
      EXPECT_EQ(ovm_band_first_row(nullptr, 0, bands, rows), 0);
      EXPECT_EQ(ovm_band_first_row(nullptr, bands, bands, rows), rows);
      for (int64_t band = 1; band < bands; ++band)
        EXPECT_EQ(ovm_band_first_row(nullptr, band, bands, rows),
                  band * rows / bands);
    }
  // Outside regions (one thread): the same.
  EXPECT_EQ(ovm_runtime_band_start(1, 2, 7), 3);
}

TEST(BandSharesTest, LearnedBandsAreInOrderAndNeverEmpty) {
  // Ends of the first bands in 1/65536 of the rows, as far apart as the
  // runtime lets shares be (half and one and a half of an equal share).
  const std::vector<std::vector<uint16_t>> endsOf = {
      {32768},        {16384},        {49152},
      {10923, 21845}, {32768, 54613}, {8192, 16384, 24576}};
  for (const std::vector<uint16_t> &ends : endsOf) {
    int64_t bands = static_cast<int64_t>(ends.size()) + 1;
    for (int64_t rows = bands; rows <= 60; ++rows) {
      int64_t previous = 0;
      for (int64_t band = 1; band <= bands; ++band) {
        int64_t first = ovm_band_first_row(ends.data(), band, bands, rows);
        EXPECT_GT(first, previous)
            << "band " << band << " of " << bands << " over " << rows;
        previous = first;
      }
      EXPECT_EQ(previous, rows);
    }
  }
}

TEST(BandSharesTest, EveryRowOnceOnTeamsOfAnySize) {
  for (int32_t threads : {2, 3, 4})
    for (int64_t rows : {int64_t(threads), int64_t(7), int64_t(30)}) {
      std::vector<uint64_t> perRow(threads, 1000);
      perRow[0] = 3000; // thread 0 slow: its later bands shrink
      BandedRegion region(threads, rows, perRow);
      for (int run = 0; run < 20; ++run)
        region.runOnce(region);
    }
}

TEST(BandSharesTest, SlowerThreadGetsFewerRowsPerRegion) {
  // Two regions (two outlined functions: runRegion's of two types), each
  // with another thread three times as slow per row.
  struct SlowSecond : BandedRegion {
    SlowSecond() : BandedRegion(2, 40, {10000, 30000}) {}
  } slowSecond;
  struct SlowFirst : BandedRegion {
    SlowFirst() : BandedRegion(2, 40, {30000, 10000}) {}
  } slowFirst;
  slowSecond.runOnce(slowSecond);
  EXPECT_EQ(slowSecond.rowsOf(1), 20); // equal at first
  for (int run = 0; run < 60; ++run) {
    slowSecond.runOnce(slowSecond);
    slowFirst.runOnce(slowFirst);
  }
  // Both threads done together at 30 and 10 rows; the shares stop at
  // one and a half times an equal share (30 rows) and move an eighth of
  // the way in each run.
  EXPECT_LE(slowSecond.rowsOf(1), 15);
  EXPECT_GE(slowSecond.rowsOf(1), 10);
  EXPECT_LE(slowFirst.rowsOf(0), 15);
  EXPECT_GE(slowFirst.rowsOf(0), 10);
}

TEST(BandSharesTest, RegionInsideABandedRegionLeavesItsLearning) {
  // Thread 0 runs a region of its own (on its thread) inside its band: the
  // outer region still learns under its own outlined function.
  struct WithInnerRegion : BandedRegion {
    WithInnerRegion() : BandedRegion(2, 40, {10000, 30000}) {}
    void operator()(int32_t index) {
      BandedRegion::operator()(index);
      if (index != 0)
        return;
      auto inner = [](int32_t) {};
      ovm_parallel(
          [](int32_t *thread, int32_t *, void *captured) {
            (*static_cast<decltype(inner) *>(captured))(*thread);
          },
          &inner);
    }
  } region;
  for (int run = 0; run < 60; ++run)
    region.runOnce(region);
  EXPECT_LE(region.rowsOf(1), 15);
}

} // namespace
