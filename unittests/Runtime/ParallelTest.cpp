//===- ParallelTest.cpp - The runtime's thread teams ----------------------===//
//
// Generated parallel loops call ovm_parallel with an outlined region that
// every thread of the calling thread's team runs; each thread asks
// ovm_parallel_static_range_8u for its share of a loop's iterations, or
// ovm_parallel_dispatch_next_8u for pieces of a balanced loop. Every
// iteration must run exactly once, on teams of any size, from several
// calling threads at once, and regions must see each other's writes.
//
//===----------------------------------------------------------------------===//

extern "C" {
#include "runtime_internal.h"
}

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <climits>
#include <csignal>
#include <cstdint>
#include <thread>
#include <vector>

#include <pthread.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

constexpr int32_t kStaticSchedule = 34;
/// libomp's kmp_sch_dynamic_chunked with the nonmonotonic modifier.
constexpr int32_t kBalancedSchedule = 35 | (1 << 30);

/// Runs `body(index)` on every thread of a team of `threads`.
template <typename Body> void runRegion(int32_t threads, Body &body) {
  ovm_parallel_set_num_threads(threads);
  ovm_parallel(
      [](int32_t *index, int32_t *sameIndex, void *captured) {
        EXPECT_EQ(*index, *sameIndex);
        EXPECT_EQ(*index, ovm_parallel_thread_index(nullptr));
        (*static_cast<Body *>(captured))(*index);
      },
      &body);
  ovm_parallel_set_num_threads(1);
}

/// How often each iteration of [0, trips) ran when every thread of a team
/// of `threads` ran its static share.
std::vector<int> iterationCounts(int32_t threads, uint64_t trips) {
  std::vector<std::atomic<int>> counts(trips);
  std::atomic<int> lastShares{0};
  auto body = [&](int32_t index) {
    uint64_t lower = 0, upper = trips - 1;
    int64_t stride = 0;
    int32_t isLast = -1;
    ovm_parallel_static_range_8u(nullptr, index, kStaticSchedule, &isLast,
                                 &lower, &upper, &stride, 1, 0);
    // upper - lower + 1 iterations, as the outlined loop counts them.
    for (uint64_t i = 0, e = upper - lower + 1; i < e; ++i)
      counts[lower + i]++;
    lastShares += isLast;
  };
  runRegion(threads, body);
  EXPECT_EQ(lastShares.load(), trips == 0 ? 0 : 1);
  std::vector<int> result;
  for (auto &count : counts)
    result.push_back(count.load());
  return result;
}

TEST(ParallelTest, StaticSharesCoverEachIterationOnce) {
  for (int32_t threads : {1, 2, 3, 4, 7})
    for (uint64_t trips : {1u, 2u, 3u, 5u, 7u, 64u, 65u, 1000u}) {
      std::vector<int> counts = iterationCounts(threads, trips);
      for (uint64_t i = 0; i < trips; ++i)
        EXPECT_EQ(counts[i], 1) << "iteration " << i << " of " << trips
                                << " on " << threads << " threads";
    }
}

TEST(ParallelTest, LoopOfNoIterations) {
  // A dynamic trip count of 0 comes as [0, 0 - 1].
  for (int32_t threads : {1, 2, 3})
    EXPECT_TRUE(iterationCounts(threads, 0).empty());
}

TEST(ParallelTest, SharesAreBalancedAndInOrder) {
  // 7 iterations on 3 threads: 3, 2, 2 (the first threads take the extra).
  std::vector<uint64_t> lowers(3), uppers(3);
  auto body = [&](int32_t index) {
    uint64_t lower = 0, upper = 6;
    int64_t stride = 0;
    int32_t isLast = 0;
    ovm_parallel_static_range_8u(nullptr, index, kStaticSchedule, &isLast,
                                 &lower, &upper, &stride, 1, 0);
    lowers[index] = lower;
    uppers[index] = upper;
  };
  runRegion(3, body);
  EXPECT_EQ(lowers, (std::vector<uint64_t>{0, 3, 5}));
  EXPECT_EQ(uppers, (std::vector<uint64_t>{2, 4, 6}));
}

/// Thread `index`'s part of a balanced loop over [first, upperBound] by
/// `increment`, as the outlined code runs it: `piece(lower, upper, stride,
/// isLast)` for each piece the runtime hands out.
template <typename Piece>
void runBalancedPieces(int32_t index, uint64_t first, uint64_t upperBound,
                       int64_t increment, Piece piece) {
  ovm_parallel_dispatch_init_8u(nullptr, index, kBalancedSchedule, first,
                                upperBound, increment, 1);
  uint64_t lower = 0, upper = 0;
  int64_t stride = 0;
  int32_t isLast = 0;
  while (ovm_parallel_dispatch_next_8u(nullptr, index, &isLast, &lower, &upper,
                                       &stride))
    piece(lower, upper, stride, isLast);
}

/// Runs a balanced loop of `trips` iterations numbered first, first +
/// increment, ... (the outlined code's numbering, 1 and 1 in generated code)
/// on a team of `threads`, each thread calling `beforeLoop(index)` first and
/// `runIteration()` in each iteration.
/// Returns how often each iteration ran and by which thread; checks that one
/// piece is marked last.
template <typename BeforeLoop, typename Iteration>
std::vector<std::pair<int, int32_t>>
runBalancedLoop(int32_t threads, uint64_t trips, uint64_t first,
                int64_t increment, BeforeLoop beforeLoop,
                Iteration runIteration) {
  std::vector<std::atomic<int>> counts(trips);
  std::vector<std::atomic<int32_t>> runners(trips);
  std::atomic<int> lastPieces{0};
  auto body = [&](int32_t index) {
    beforeLoop(index);
    runBalancedPieces(
        index, first, first + (trips - 1) * increment, increment,
        [&](uint64_t lower, uint64_t upper, int64_t stride, int32_t isLast) {
          EXPECT_EQ(stride, increment);
          for (uint64_t i = lower; i <= upper; i += increment) {
            EXPECT_EQ((i - first) % increment, 0u);
            uint64_t number = (i - first) / increment;
            ASSERT_LT(number, trips);
            counts[number]++;
            runners[number] = index;
            runIteration();
          }
          lastPieces += isLast;
        });
  };
  runRegion(threads, body);
  EXPECT_EQ(lastPieces.load(), trips == 0 ? 0 : 1);
  std::vector<std::pair<int, int32_t>> result;
  for (uint64_t i = 0; i < trips; ++i)
    result.emplace_back(counts[i].load(), runners[i].load());
  return result;
}

TEST(ParallelTest, BalancedLoopsRunEachIterationOnce) {
  for (int32_t threads : {1, 2, 3, 4, 7})
    for (uint64_t trips : {0u, 1u, 2u, 3u, 5u, 7u, 64u, 65u, 1000u})
      for (auto [first, increment] :
           {std::pair<uint64_t, int64_t>{1, 1}, {5, 3}}) {
        auto runs = runBalancedLoop(
            threads, trips, first, increment, [](int32_t) {}, [] {});
        for (uint64_t i = 0; i < trips; ++i)
          EXPECT_EQ(runs[i].first, 1) << "iteration " << i << " of " << trips
                                      << " on " << threads << " threads";
      }
}

TEST(ParallelTest, LoopsTooLongToBalanceAreSharedStatically) {
  // More iterations than a share word holds (2^24 - 1): each thread runs
  // its static share, the pieces of both cover the range once.
  constexpr uint64_t kTrips = (uint64_t(1) << 24) + 5;
  std::vector<std::pair<uint64_t, uint64_t>> pieces[2];
  auto body = [&](int32_t index) {
    runBalancedPieces(index, 1, kTrips, 1,
                      [&](uint64_t lower, uint64_t upper, int64_t, int32_t) {
                        pieces[index].emplace_back(lower, upper);
                      });
  };
  runRegion(2, body);
  ASSERT_EQ(pieces[0].size(), 1u);
  ASSERT_EQ(pieces[1].size(), 1u);
  EXPECT_EQ(pieces[0][0].first, 1u);
  EXPECT_EQ(pieces[1][0].first, pieces[0][0].second + 1);
  EXPECT_EQ(pieces[1][0].second, kTrips);
}

TEST(ParallelTest, BalancedLoopsKeepStaticSharesOnEvenThreads) {
  // Threads that keep up run their own static share: 3 threads, 6
  // iterations, each slow enough that no thread is done with its share
  // before the others have started their last iteration.
  std::vector<std::atomic<int32_t>> runners(6);
  auto body = [&](int32_t index) {
    runBalancedPieces(
        index, 1, 6, 1, [&](uint64_t lower, uint64_t upper, int64_t, int32_t) {
          for (uint64_t i = lower; i <= upper; ++i) {
            runners[i - 1] = index;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
          }
        });
  };
  runRegion(3, body);
  std::vector<int32_t> owners;
  for (auto &runner : runners)
    owners.push_back(runner.load());
  EXPECT_EQ(owners, (std::vector<int32_t>{0, 0, 1, 1, 2, 2}));
}

TEST(ParallelTest, LateThreadsIterationsAreTakenOver) {
  // Thread 1 starts its loop long after thread 0 is done with its share
  // (iterations of 1 ms: long enough for a done thread to look at the
  // others' shares): thread 0 runs most of thread 1's iterations too, every
  // one still once.
  auto runs = runBalancedLoop(
      2, 40, 1, 1,
      [](int32_t index) {
        if (index == 1)
          std::this_thread::sleep_for(std::chrono::milliseconds(60));
      },
      [] { std::this_thread::sleep_for(std::chrono::milliseconds(1)); });
  int byFirstThread = 0;
  for (auto [count, runner] : runs) {
    EXPECT_EQ(count, 1);
    byFirstThread += runner == 0;
  }
  EXPECT_GT(byFirstThread, 30);
}

TEST(ParallelTest, BalancedLoopAfter65536Regions) {
  // Each thread's word is tagged with the low 16 bits of the region's
  // generation: a balanced loop 65536 regions after the last one (the
  // regions between without loops) must not take the words left by that
  // one for its own.
  constexpr int kTrips = 5;
  std::vector<std::atomic<int>> counts(kTrips);
  auto body = [&](int32_t index) {
    runBalancedPieces(index, 1, kTrips, 1,
                      [&](uint64_t lower, uint64_t upper, int64_t, int32_t) {
                        for (uint64_t i = lower; i <= upper; ++i)
                          counts[i - 1]++;
                      });
  };
  auto noLoop = [](int32_t) {};
  runRegion(2, body);
  for (int region = 1; region < 65536; ++region)
    runRegion(2, noLoop);
  runRegion(2, body);
  for (auto &count : counts)
    EXPECT_EQ(count.load(), 2);
}

TEST(ParallelTest, EveryThreadRunsTheRegionOnce) {
  for (int32_t threads : {1, 2, 4, 3, 2}) {
    std::vector<std::atomic<int>> runs(threads);
    auto body = [&](int32_t index) { runs[index]++; };
    for (int repeat = 0; repeat < 100; ++repeat)
      runRegion(threads, body);
    for (int32_t i = 0; i < threads; ++i)
      EXPECT_EQ(runs[i].load(), 100) << "thread " << i << " of " << threads;
  }
}

TEST(ParallelTest, RegionsSeeEachOthersWrites) {
  // Each thread writes its element in one region and reads the other
  // thread's in the next: the join and the fork order the writes.
  std::vector<int64_t> values(2, 0);
  std::atomic<int> stale{0};
  for (int64_t round = 1; round <= 1000; ++round) {
    auto write = [&](int32_t index) { values[index] = round; };
    auto read = [&](int32_t index) {
      if (values[1 - index] != round)
        stale++;
    };
    runRegion(2, write);
    runRegion(2, read);
  }
  EXPECT_EQ(stale.load(), 0);
}

TEST(ParallelTest, BarrierSeparatesPhases) {
  constexpr int32_t kThreads = 3;
  std::vector<std::atomic<int>> phases(kThreads);
  std::atomic<int> early{0};
  auto body = [&](int32_t index) {
    for (int phase = 1; phase <= 200; ++phase) {
      phases[index] = phase;
      ovm_parallel_barrier(nullptr, index);
      for (int32_t other = 0; other < kThreads; ++other)
        if (phases[other].load() < phase)
          early++;
      ovm_parallel_barrier(nullptr, index);
    }
  };
  runRegion(kThreads, body);
  EXPECT_EQ(early.load(), 0);
}

TEST(ParallelTest, RegionInARegionRunsOnItsThread) {
  std::atomic<int> innerRuns{0}, innerIndexSum{0};
  std::atomic<int> *counters[] = {&innerRuns, &innerIndexSum};
  auto body = [&](int32_t) {
    ovm_parallel(
        [](int32_t *index, int32_t *, void *captured) {
          auto *inner = static_cast<std::atomic<int> **>(captured);
          (*inner[0])++;
          (*inner[1]) += *index;
          // The inner region is one thread: its loops are whole.
          uint64_t lower = 0, upper = 9;
          int64_t stride = 0;
          int32_t isLast = 0;
          ovm_parallel_static_range_8u(nullptr, *index, kStaticSchedule,
                                       &isLast, &lower, &upper, &stride, 1, 0);
          EXPECT_EQ(lower, 0u);
          EXPECT_EQ(upper, 9u);
          // And its balanced loops: one piece of all.
          ovm_parallel_dispatch_init_8u(nullptr, *index, kBalancedSchedule, 1,
                                        10, 1, 1);
          EXPECT_EQ(ovm_parallel_dispatch_next_8u(nullptr, *index, &isLast,
                                                  &lower, &upper, &stride),
                    1);
          EXPECT_EQ(lower, 1u);
          EXPECT_EQ(upper, 10u);
          EXPECT_EQ(isLast, 1);
          EXPECT_EQ(ovm_parallel_dispatch_next_8u(nullptr, *index, &isLast,
                                                  &lower, &upper, &stride),
                    0);
        },
        counters);
  };
  runRegion(2, body);
  EXPECT_EQ(innerRuns.load(), 2);
  EXPECT_EQ(innerIndexSum.load(), 0);
}

TEST(ParallelTest, BalancedLoopAroundARegionWithOneOfItsOwn) {
  // The inner region's balanced loop does not disturb the outer one's.
  std::vector<std::atomic<int>> counts(20);
  std::atomic<int> innerIterations{0};
  auto body = [&](int32_t index) {
    runBalancedPieces(
        index, 1, 20, 1, [&](uint64_t lower, uint64_t upper, int64_t, int32_t) {
          for (uint64_t i = lower; i <= upper; ++i) {
            counts[i - 1]++;
            ovm_parallel(
                [](int32_t *inner, int32_t *, void *captured) {
                  runBalancedPieces(
                      *inner, 1, 5, 1,
                      [&](uint64_t lower, uint64_t upper, int64_t, int32_t) {
                        *static_cast<std::atomic<int> *>(captured) +=
                            int(upper - lower + 1);
                      });
                },
                &innerIterations);
          }
        });
  };
  runRegion(2, body);
  for (auto &count : counts)
    EXPECT_EQ(count.load(), 1);
  EXPECT_EQ(innerIterations.load(), 20 * 5);
}

TEST(ParallelTest, CallingThreadsHaveTeamsOfTheirOwn) {
  constexpr int kCallers = 3, kRegions = 300;
  std::vector<std::thread> callers;
  std::atomic<int> failures{0};
  for (int caller = 0; caller < kCallers; ++caller)
    callers.emplace_back([&] {
      for (int region = 0; region < kRegions; ++region) {
        std::vector<std::atomic<int>> runs(2);
        auto body = [&](int32_t index) { runs[index]++; };
        runRegion(2, body);
        if (runs[0] != 1 || runs[1] != 1)
          failures++;
      }
    });
  for (std::thread &caller : callers)
    caller.join();
  EXPECT_EQ(failures.load(), 0);
}

TEST(ParallelTest, ChildProcessMakesATeamOfItsOwn) {
  // The parent's workers are not in a child process: a region there must
  // not wait for them.
  std::vector<std::atomic<int>> runs(2);
  auto body = [&](int32_t index) { runs[index]++; };
  runRegion(2, body);
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    runRegion(2, body);
    _exit(runs[0] == 2 && runs[1] == 2 ? 0 : 1);
  }
  // A child waiting for the parent's workers would never end: 10 s at most.
  int status = 0;
  pid_t waited = 0;
  for (int tenth = 0; tenth < 100 && waited == 0; ++tenth) {
    waited = waitpid(child, &status, WNOHANG);
    if (waited == 0)
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  if (waited == 0) {
    kill(child, SIGKILL);
    waitpid(child, &status, 0);
    FAIL() << "the region in the child process did not end";
  }
  ASSERT_EQ(waited, child);
  EXPECT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
}

TEST(ParallelTest, WorkersHaveStackForScratch) {
  // Generated code keeps up to 512 KB of scratch per thread on the stack;
  // workers get 4 MB whatever the process's default thread stack is (here
  // made 256 KB, in a child process whose team starts after that).
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    pthread_attr_t small;
    if (pthread_attr_init(&small) != 0 ||
        pthread_attr_setstacksize(&small, 256 << 10) != 0 ||
        pthread_setattr_default_np(&small) != 0)
      _exit(2);
    std::atomic<size_t> smallest{SIZE_MAX};
    auto body = [&](int32_t index) {
      pthread_attr_t own;
      size_t size = 0;
      if (index == 0 || pthread_getattr_np(pthread_self(), &own) != 0)
        return;
      pthread_attr_getstacksize(&own, &size);
      pthread_attr_destroy(&own);
      size_t seen = smallest.load();
      while (size < seen && !smallest.compare_exchange_weak(seen, size)) {
      }
    };
    runRegion(3, body);
    _exit(smallest.load() >= (size_t(4) << 20) ? 0 : 1);
  }
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0) << "1: a worker's stack under 4 MB";
}

TEST(ParallelTest, ThreadIndexOutsideRegions) {
  EXPECT_EQ(ovm_parallel_thread_index(nullptr), 0);
}

/// Generated code splitting work into a share per thread (bands of rows)
/// asks for the thread count of the regions it is about to run: the
/// setting outside regions, 1 inside one (a region inside a region runs on
/// its thread).
TEST(ParallelTest, NumThreadsOfTheNextRegions) {
  EXPECT_EQ(ovm_runtime_num_threads(), 1);
  for (int32_t threads : {2, 3}) {
    ovm_parallel_set_num_threads(threads);
    EXPECT_EQ(ovm_runtime_num_threads(), threads);
    ovm_parallel_set_num_threads(1);
    std::atomic<int> inside{0}, ran{0};
    auto body = [&](int32_t) {
      inside += ovm_runtime_num_threads();
      ++ran;
    };
    runRegion(threads, body);
    EXPECT_EQ(ran.load(), threads);
    EXPECT_EQ(inside.load(), threads);
  }
  EXPECT_EQ(ovm_runtime_num_threads(), 1);
}

} // namespace
