// What two threads pay for splitting a blocked plane [C / B, H, W, B] by
// rows rather than by channel blocks, when each only ever updates its own
// part.
//
//   split_boundaries [BLOCKS=21 [ROWS=14]]
//
// Two threads update their halves of a plane of BLOCKS blocks of 32
// channels, ROWS x ROWS positions (EfficientNet-B0's 14x14 planes of 672
// channels by default) in place, 2000 times between barriers, and print the
// median time of each thread's pass:
//
//   by channel blocks  each thread one contiguous part of the plane
//   by rows            each thread half of the rows of every block: a
//                      border between the threads' parts in every block
//   by rows, 512 B     the same, each part's first and last 512 bytes
//                      left untouched (8 lines each side of a border)
//
// Neither thread touches the other's lines, but the cores' hardware
// prefetchers read past the ends of each part into the other's: those lines
// are then in both caches, and their owner's next write waits for the other
// copy to go (bench/line_states.c: ~10 ns a line on cores far apart). On the
// 2-core EPYC with the cores far apart (2026-12-07, handoff 450-480 ns):
// 21 blocks of 14x14 by channel blocks 1.8-1.9 us per pass, by rows 9.3-13
// us, by rows with 512 B left alone at each border 2.6-2.9 us (42 borders:
// ~200 ns each); 36 blocks of 8x8 1.0-1.3, 9.0-10.0 and 2.9-3.0 us; 3
// blocks of 56x56 (6 borders) 2.9-4.5, 3.9-4.2 and 3.0 us. Built with
// -mavx512f: clang-22 -O2 -mavx512f bench/split_boundaries.c -o
// split_boundaries -lpthread.
#include <immintrin.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

enum { kLanes = 32, kRepeats = 2000, kThreads = 2 };

enum split { kByBlocks, kByRows, kByRowsBordersLeft };

static float *plane;
static long blocks, rows;
static enum split split;
static size_t left_alone_floats;
static double pass_ns[kThreads][kRepeats];
static atomic_int arrived, passed;

static double now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e9 + t.tv_nsec;
}

static void barrier(int *seen) {
  if (atomic_fetch_add(&arrived, 1) == kThreads - 1) {
    atomic_store(&arrived, 0);
    atomic_store(&passed, *seen + 1);
  } else {
    while (atomic_load(&passed) == *seen)
      _mm_pause();
  }
  ++*seen;
}

// Scales floats [begin, end) of the plane in place.
static void update(size_t begin, size_t end) {
  __m512 scale = _mm512_set1_ps(1.0001f);
  for (size_t i = begin; i < end; i += 16)
    _mm512_store_ps(plane + i, _mm512_mul_ps(_mm512_load_ps(plane + i), scale));
}

static void update_share(int thread) {
  size_t block_floats = (size_t)rows * rows * kLanes;
  if (split == kByBlocks) {
    long half = (blocks + 1) / 2;
    long first = thread ? half : 0, end = thread ? blocks : half;
    update(first * block_floats, end * block_floats);
    return;
  }
  size_t half = (size_t)(rows / 2) * rows * kLanes;
  size_t gap = split == kByRowsBordersLeft ? left_alone_floats : 0;
  for (long b = 0; b < blocks; ++b) {
    size_t begin = b * block_floats + (thread ? half : 0);
    size_t end = thread ? (b + 1) * block_floats : begin + half;
    update(begin + gap, end - gap);
  }
}

static void *run(void *argument) {
  int thread = (int)(long)argument, seen = 0;
  for (int r = 0; r < kRepeats; ++r) {
    barrier(&seen);
    double start = now_ns();
    update_share(thread);
    pass_ns[thread][r] = now_ns() - start;
    barrier(&seen);
  }
  return NULL;
}

static int compare_doubles(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static void measure(enum split how, const char *name) {
  split = how;
  atomic_store(&arrived, 0);
  atomic_store(&passed, 0);
  pthread_t other;
  if (pthread_create(&other, NULL, run, (void *)1L)) {
    fprintf(stderr, "split_boundaries: cannot start a thread\n");
    exit(1);
  }
  run((void *)0L);
  pthread_join(other, NULL);
  printf("%-20s", name);
  for (int t = 0; t < kThreads; ++t) {
    qsort(pass_ns[t], kRepeats, sizeof(double), compare_doubles);
    printf("  thread %d %7.2f us", t, pass_ns[t][kRepeats / 2] / 1e3);
  }
  printf("\n");
}

int main(int argc, char **argv) {
  blocks = argc > 1 ? atol(argv[1]) : 21;
  rows = argc > 2 ? atol(argv[2]) : 14;
  if (blocks < 2 || rows < 4 || rows % 2 != 0) {
    fprintf(stderr, "usage: split_boundaries [BLOCKS >= 2 [even ROWS >= 4]]\n");
    return 2;
  }
  size_t floats = (size_t)blocks * rows * rows * kLanes;
  plane = aligned_alloc(4096, floats * sizeof(float));
  if (!plane) {
    fprintf(stderr, "split_boundaries: out of memory\n");
    return 1;
  }
  for (size_t i = 0; i < floats; ++i)
    plane[i] = 1.0f;
  left_alone_floats = 512 / sizeof(float);
  printf("%ld blocks of %d channels, %ldx%ld positions (%.0f KB), median of "
         "%d passes\n",
         blocks, kLanes, rows, rows, floats * 4 / 1024.0, kRepeats);
  measure(kByBlocks, "by channel blocks");
  measure(kByRows, "by rows");
  measure(kByRowsBordersLeft, "by rows, 512 B left");
  free(plane);
  return 0;
}
