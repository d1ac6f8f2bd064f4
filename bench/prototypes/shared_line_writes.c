// What a Winograd input transform pays, on 2 threads, for writing cache
// lines that the other core has read (docs/PERFORMANCE.md, "Why the gaps",
// session of 2026-12-05 18:31). Plain C with AVX-512 and pthreads, not used
// by the compiler.
//
// ResNet-50 layer1's transform, in the model's layouts: the padded input
// A [2][58][58][32] (two channel blocks of 32), V [16][2][28][28][32] (16
// points of 28 x 28 blocks). Thread t writes its half of A's rows (as the
// 1x1 layer before does), then transforms its half of the block rows into
// V; the time of the slower thread is what is printed. Modes:
//   own:        nothing else touches V;
//   crossed:    each thread transforms the other thread's rows of A;
//   written-by-other: after each transform, each thread transforms the
//               other's rows too: in the next round each thread writes
//               lines that the other core wrote last;
//   read-other: after each transform, thread t reads points 8t .. 8t + 7 of
//               every block (as the batched contraction splits V), half of
//               them written by the other thread: in the next round each
//               thread writes lines that the other core has read;
//   and read-other with the reader's loads preceded by a write prefetch
//   (prefetchw: the reader takes the line exclusively), a non-temporal
//   prefetch (prefetchnta), or followed by a flush of the line it read
//   (clflushopt).
// Each round first measures the handoff (a line passed back and forth,
// machine_probe.c's) and counts as "far" when it is over 250 ns: the two
// vCPUs are then on cores that share no L3.
//
//   clang-22 -O2 -march=native bench/prototypes/shared_line_writes.c \
//     -lpthread -o /tmp/shared_line_writes && /tmp/shared_line_writes

#define _GNU_SOURCE
#include <immintrin.h>
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { kBlocks = 2, kPadded = 58, kChannels = 32, kTiles = 28, kPoints = 16 };
enum { kRounds = 300, kRepeats = 3, kHandoffs = 2000, kFarNs = 250 };
enum Mode {
  kOwn,
  kCrossed,
  kWrittenByOther,
  kReadOther,
  kPrefetchW,
  kPrefetchNta,
  kFlush
};
static const char *const kModeNames[] = {
    "own",        "crossed",      "written-by-other", "read-other",
    "+prefetchw", "+prefetchnta", "+clflushopt"};
enum { kModes = sizeof(kModeNames) / sizeof(kModeNames[0]) };

static float *input, *points;
static pthread_barrier_t barrier;
static _Atomic long ball;
static double seconds[2];
static double roundTimes[kModes][kRounds];
static int handoffNs[kRounds];
static volatile float sink;

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

static float *inputAt(int block, int row, int column) {
  return input + (((long)block * kPadded + row) * kPadded + column) * kChannels;
}

static float *pointAt(int point, int block, int i, int j) {
  return points +
         ((((long)point * kBlocks + block) * kTiles + i) * kTiles + j) *
             kChannels;
}

static void writeInputRows(int half) {
  __m512 value = _mm512_set1_ps(half + 1.0f);
  for (int block = 0; block < kBlocks; ++block)
    for (int row = half * 29; row < half * 29 + 29; ++row)
      for (int column = 0; column < kPadded; ++column) {
        _mm512_store_ps(inputAt(block, row, column), value);
        _mm512_store_ps(inputAt(block, row, column) + 16, value);
      }
}

// 16 loads of 4x4 neighbours, 16 stores (one per point) per block and half
// channel block; the arithmetic is a stand-in for B^T d B.
static void transformRows(int half) {
  for (int block = 0; block < kBlocks; ++block)
    for (int i = half * 14; i < half * 14 + 14; ++i)
      for (int j = 0; j < kTiles; ++j)
        for (int h = 0; h < 32; h += 16) {
          __m512 d[kPoints];
          for (int a = 0; a < 4; ++a)
            for (int b = 0; b < 4; ++b)
              d[a * 4 + b] =
                  _mm512_load_ps(inputAt(block, 2 * i + a, 2 * j + b) + h);
          for (int p = 0; p < kPoints; ++p)
            _mm512_store_ps(pointAt(p, block, i, j) + h,
                            _mm512_sub_ps(d[p], d[(p + 5) % kPoints]));
        }
}

static void readPoints(int half, enum Mode mode) {
  __m512 sum = _mm512_setzero_ps();
  for (int p = half * 8; p < half * 8 + 8; ++p)
    for (int block = 0; block < kBlocks; ++block)
      for (int i = 0; i < kTiles; ++i)
        for (int j = 0; j < kTiles; ++j) {
          float *line = pointAt(p, block, i, j);
          if (mode == kPrefetchW || mode == kPrefetchNta) {
            int write = mode == kPrefetchW;
            // Four blocks (eight lines) ahead.
            if (write) {
              __builtin_prefetch(line + 4 * kChannels, 1, 3);
              __builtin_prefetch(line + 4 * kChannels + 16, 1, 3);
            } else {
              __builtin_prefetch(line + 4 * kChannels, 0, 0);
              __builtin_prefetch(line + 4 * kChannels + 16, 0, 0);
            }
          }
          sum = _mm512_add_ps(sum, _mm512_add_ps(_mm512_load_ps(line),
                                                 _mm512_load_ps(line + 16)));
          if (mode == kFlush) {
            _mm_clflushopt(line);
            _mm_clflushopt(line + 16);
          }
        }
  sink += _mm512_reduce_add_ps(sum);
}

// Mean round trip of a line between the two threads, in ns.
static int handoff(int thread) {
  if (thread == 0)
    atomic_store(&ball, 0);
  pthread_barrier_wait(&barrier);
  double start = now();
  for (long k = 0; k < kHandoffs; ++k) {
    if (thread == 0) {
      atomic_store(&ball, 2 * k + 1);
      while (atomic_load(&ball) != 2 * k + 2)
        ;
    } else {
      while (atomic_load(&ball) != 2 * k + 1)
        ;
      atomic_store(&ball, 2 * k + 2);
    }
  }
  return (int)((now() - start) / kHandoffs * 1e9);
}

static void *team(void *argument) {
  int thread = (int)(long)argument;
  cpu_set_t cpus;
  CPU_ZERO(&cpus);
  CPU_SET(thread, &cpus);
  pthread_setaffinity_np(pthread_self(), sizeof cpus, &cpus);
  for (int round = 0; round < kRounds; ++round) {
    int ns = handoff(thread);
    if (thread == 0)
      handoffNs[round] = ns;
    for (int mode = 0; mode < kModes; ++mode) {
      for (int repeat = 0; repeat < kRepeats; ++repeat) {
        pthread_barrier_wait(&barrier);
        writeInputRows(thread);
        pthread_barrier_wait(&barrier);
        double start = now();
        transformRows(mode == kCrossed ? 1 - thread : thread);
        seconds[thread] = now() - start;
        pthread_barrier_wait(&barrier);
        if (mode >= kReadOther)
          readPoints(thread, mode);
        if (mode == kWrittenByOther)
          transformRows(1 - thread);
      }
      if (thread == 0)
        roundTimes[mode][round] =
            seconds[0] > seconds[1] ? seconds[0] : seconds[1];
    }
  }
  return NULL;
}

static int byValue(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

int main(void) {
  size_t inputBytes = sizeof(float) * kBlocks * kPadded * kPadded * kChannels;
  size_t pointBytes =
      sizeof(float) * kPoints * kBlocks * kTiles * kTiles * kChannels;
  input = aligned_alloc(64, inputBytes);
  points = aligned_alloc(64, pointBytes);
  memset(input, 0, inputBytes);
  memset(points, 0, pointBytes);
  pthread_barrier_init(&barrier, NULL, 2);
  pthread_t threads[2];
  for (long t = 0; t < 2; ++t)
    pthread_create(&threads[t], NULL, team, (void *)t);
  for (int t = 0; t < 2; ++t)
    pthread_join(threads[t], NULL);
  static double selected[kRounds];
  for (int far = 0; far < 2; ++far) {
    printf("%s:", far ? "far " : "near");
    for (int mode = 0; mode < kModes; ++mode) {
      int count = 0;
      for (int round = 0; round < kRounds; ++round)
        if ((handoffNs[round] > kFarNs) == far)
          selected[count++] = roundTimes[mode][round];
      if (count == 0) {
        printf(" no rounds");
        break;
      }
      qsort(selected, count, sizeof(double), byValue);
      printf(" %s %.1f us", kModeNames[mode], selected[count / 2] * 1e6);
      if (mode == kModes - 1)
        printf(" (%d rounds)", count);
    }
    printf("\n");
  }
  return 0;
}
