//===- RegionTimesTest.cpp - Region times and regions run again -----------===//
//
// With OVM_REGION_TIMES the runtime times each parallel region; with
// OVM_REGION_REPEAT=again each region runs a second time right after the
// first, and with OVM_REGION_REPEAT=swapped the second run's threads take
// each other's shares. The runtime reads both variables once, at the first
// region of the process: each case runs in a process of its own (a death
// test of the threadsafe style runs this binary again for it), which sets
// them first.
//
//===----------------------------------------------------------------------===//

extern "C" {
#include "runtime_internal.h"
}

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <initializer_list>
#include <mutex>
#include <sstream>
#include <string>
#include <vector>

#include <pthread.h>

namespace {

/// One run of a region body: whether the calling thread ran it, and as
/// which thread of the team.
struct Call {
  bool caller;
  int32_t index;
};

/// In this process (a fresh one): sets OVM_REGION_TIMES to `path` and
/// OVM_REGION_REPEAT to `repeat`, runs one region on a team of two and
/// returns which thread ran as which, in order of the runs (the caller's
/// first in each).
std::vector<Call> runOneRegion(const std::string &path, const char *repeat) {
  setenv("OVM_REGION_TIMES", path.c_str(), 1);
  setenv("OVM_REGION_REPEAT", repeat, 1);
  struct Recorded {
    pthread_t caller;
    std::mutex lock;
    std::vector<Call> calls;
  } recorded;
  recorded.caller = pthread_self();
  ovm_parallel_set_num_threads(2);
  ovm_parallel(
      [](int32_t *index, int32_t *sameIndex, void *captured) {
        auto &recorded = *static_cast<Recorded *>(captured);
        std::lock_guard<std::mutex> guard(recorded.lock);
        bool caller = pthread_equal(pthread_self(), recorded.caller);
        // Each run's caller entry first (the worker may start earlier).
        size_t run = recorded.calls.size() / 2 * 2;
        Call call{caller, ovm_parallel_thread_index(nullptr)};
        if (*index != call.index || *sameIndex != call.index)
          call.index = -1;
        if (caller && recorded.calls.size() % 2 == 1)
          recorded.calls.insert(recorded.calls.begin() + run, call);
        else
          recorded.calls.push_back(call);
      },
      &recorded);
  ovm_parallel_set_num_threads(1);
  if (ovm_parallel_thread_index(nullptr) != 0)
    recorded.calls.push_back({true, -2});
  return recorded.calls;
}

/// The line of region 0 in the times file at `path`.
std::string firstLine(const std::string &path) {
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  return line;
}

/// Fields of a times line: index, wall, calls, busy 0, busy 1, then
/// "again" and its three times when the regions ran again.
std::vector<std::string> fields(const std::string &line) {
  std::istringstream in(line);
  std::vector<std::string> result;
  for (std::string field; in >> field;)
    result.push_back(field);
  return result;
}

/// Whether `calls` are two runs of a region on a team of two, the caller's
/// first in each, the caller running as `callerIndices` and the worker as
/// the other index.
bool twoRunsAs(const std::vector<Call> &calls,
               std::initializer_list<int32_t> callerIndices) {
  if (calls.size() != 2 * callerIndices.size())
    return false;
  size_t i = 0;
  for (int32_t index : callerIndices) {
    const Call &caller = calls[i++], &worker = calls[i++];
    if (!caller.caller || caller.index != index || worker.caller ||
        worker.index != 1 - index)
      return false;
  }
  return true;
}

class RegionTimesTest : public testing::Test {
protected:
  void SetUp() override { GTEST_FLAG_SET(death_test_style, "threadsafe"); }
  std::string path(const char *name) {
    return testing::TempDir() + "region_times_" + name + ".txt";
  }
  /// Runs one region with OVM_REGION_REPEAT=`repeat` in a fresh process,
  /// expects its two runs with the caller as `callerIndices`, and returns
  /// the fields of the region's times line.
  std::vector<std::string>
  fieldsOfTwoRuns(const char *repeat,
                  std::initializer_list<int32_t> callerIndices) {
    std::string times = path(repeat);
    std::remove(times.c_str());
    EXPECT_EXIT(std::exit(twoRunsAs(runOneRegion(times, repeat), callerIndices)
                              ? 0
                              : 1),
                testing::ExitedWithCode(0), "");
    std::string line = firstLine(times);
    std::vector<std::string> result = fields(line);
    EXPECT_EQ(result.size(), 9u) << line;
    return result;
  }
};

TEST_F(RegionTimesTest, RegionsRunAgainOnTheSameThreads) {
  std::vector<std::string> line = fieldsOfTwoRuns("again", {0, 0});
  ASSERT_EQ(line.size(), 9u);
  EXPECT_EQ(line[0], "0");
  EXPECT_EQ(line[2], "1");
  EXPECT_EQ(line[5], "again");
  for (size_t i : {1, 3, 4, 6, 7, 8})
    EXPECT_GT(std::stoull(line[i]), 0u) << "field " << i;
}

TEST_F(RegionTimesTest, SwappedRunsTakeEachOthersShares) {
  std::vector<std::string> line = fieldsOfTwoRuns("swapped", {0, 1});
  ASSERT_EQ(line.size(), 9u);
  EXPECT_EQ(line[5], "again");
}

TEST_F(RegionTimesTest, UnknownRepeatModeRunsRegionsOnce) {
  std::string times = path("unknown");
  std::remove(times.c_str());
  EXPECT_EXIT(
      {
        std::vector<Call> calls = runOneRegion(times, "twice");
        std::exit(calls.size() == 2 ? 0 : 1);
      },
      testing::ExitedWithCode(0),
      "OVM_REGION_REPEAT is 'twice', not 'again' or 'swapped'");
  EXPECT_EQ(fields(firstLine(times)).size(), 5u) << firstLine(times);
}

} // namespace
