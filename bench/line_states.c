// What one core's pass over a buffer costs, by what the other core did to
// the buffer's lines since this core last wrote them.
//
//   line_states [KB=400]
//
// Two threads (A and B) take turns on one buffer of KB kilobytes, 500 times
// each sequence, and print the median time of A's last step:
//
//   A writes, A updates          the lines are where A left them
//   A writes, B reads, A updates  B holds copies A must take back
//   A writes, B writes, A updates B holds the only (dirty) copies
//   A writes, B reads, B updates  the reader updates next
//
// (an update reads and writes every line). On a compiled model's two
// threads, a line one thread wrote and the other then read costs the
// writer its next write to it; the repeat columns of OVM_REGION_TIMES
// (OVM_REGION_REPEAT, runtime/src/region_times.c) show how much of each
// region's time goes there. Built with -mavx512f (bench/run.py's flags).
#include <immintrin.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { kRepeats = 500, kMaxSteps = 4 };

// A step: which thread ('A' or 'B') does what ('w' write, 'r' read, 'u'
// update) to the whole buffer.
struct step {
  char thread, action;
};

static float *buffer;
static size_t floats;
static struct step steps[kMaxSteps];
static int step_count;
// Steps done so far (repeat * step_count + step): whose turn it is.
static atomic_long turn;
static double last_step_ns[kRepeats];
static volatile float sink;

static double now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e9 + t.tv_nsec;
}

static void pass(char action) {
  __m512 sum = _mm512_setzero_ps(), one = _mm512_set1_ps(1.0f);
  for (size_t i = 0; i < floats; i += 16) {
    if (action == 'w')
      _mm512_store_ps(buffer + i, one);
    else if (action == 'r')
      sum = _mm512_add_ps(sum, _mm512_load_ps(buffer + i));
    else
      _mm512_store_ps(buffer + i,
                      _mm512_add_ps(_mm512_load_ps(buffer + i), one));
  }
  sink = _mm512_reduce_add_ps(sum);
}

// Runs thread `who`'s steps of every repeat, in turn with the other.
static void take_turns(char who) {
  for (long repeat = 0; repeat < kRepeats; ++repeat)
    for (int s = 0; s < step_count; ++s) {
      if (steps[s].thread != who)
        continue;
      long mine = repeat * step_count + s;
      while (atomic_load_explicit(&turn, memory_order_acquire) != mine)
        _mm_pause();
      double start = now_ns();
      pass(steps[s].action);
      if (s == step_count - 1)
        last_step_ns[repeat] = now_ns() - start;
      atomic_store_explicit(&turn, mine + 1, memory_order_release);
    }
}

static void *thread_b(void *unused) {
  (void)unused;
  take_turns('B');
  return NULL;
}

static int compare_doubles(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

// The median time of the last step of `sequence` ("Aw Br Au": thread and
// action of each step), in microseconds.
static double measure(const char *sequence) {
  step_count = 0;
  for (const char *c = sequence; *c; c += c[2] ? 3 : 2)
    steps[step_count++] = (struct step){c[0], c[1]};
  atomic_store(&turn, 0);
  pthread_t b;
  if (pthread_create(&b, NULL, thread_b, NULL)) {
    fprintf(stderr, "line_states: cannot start a thread\n");
    exit(1);
  }
  take_turns('A');
  pthread_join(b, NULL);
  qsort(last_step_ns, kRepeats, sizeof(double), compare_doubles);
  return last_step_ns[kRepeats / 2] / 1e3;
}

int main(int argc, char **argv) {
  double kb = argc > 1 ? atof(argv[1]) : 400;
  if (kb <= 0) {
    fprintf(stderr, "usage: line_states [KB]\n");
    return 2;
  }
  floats = ((size_t)(kb * 1024 / sizeof(float)) + 15) / 16 * 16;
  buffer = aligned_alloc(64, floats * sizeof(float));
  if (!buffer) {
    fprintf(stderr, "line_states: out of memory\n");
    return 1;
  }
  memset(buffer, 0, floats * sizeof(float));
  static const char *sequences[][2] = {
      {"Aw Au", "A writes, A updates"},
      {"Aw Br Au", "A writes, B reads, A updates"},
      {"Aw Bw Au", "A writes, B writes, A updates"},
      {"Aw Br Bu", "A writes, B reads, B updates"},
  };
  for (size_t i = 0; i < sizeof sequences / sizeof *sequences; ++i)
    printf("%-30s %8.2f us (%.0f KB, median of %d)\n", sequences[i][1],
           measure(sequences[i][0]), kb, kRepeats);
  free(buffer);
  return 0;
}
