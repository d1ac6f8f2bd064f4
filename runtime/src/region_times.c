/*===- region_times.c - Time per parallel region, for compiler engineers ---===*
 *
 * With OVM_REGION_TIMES=FILE in the environment, the runtime times every
 * parallel region the generated code runs and, at exit, writes one line per
 * region, in the order the regions first ran:
 *
 *   <index> <wall ns> <calls> <thread 0 busy ns> <thread 1 busy ns>
 *
 * Busy is the time from the region's start to the thread's first barrier or
 * the end of its share of the work; wall adds the wait for the other
 * threads and the fork and join. Index i is the i-th scf.parallel loop of
 * the lowered model (bench/omp_regions.py names them). With
 * OVM_REGION_GAPS=FILE too, "<index> <us>" lines: the mean serial time
 * between the end of the previous region and the start of this one. Meant
 * for one model run by one thread at a time (ov-run --benchmark).
 *
 * With OVM_REGION_REPEAT=again too, every region runs a second time right
 * after the first, and each line ends with " again <wall ns> <thread 0 busy
 * ns> <thread 1 busy ns>" of those second runs. The second run finds every
 * line the region touches where the first one left it, in the cache of the
 * thread that touches it next; the difference between the two is what the
 * places of the region's lines cost its first run (the other core's cache,
 * memory). With OVM_REGION_REPEAT=swapped the second run's threads take
 * each other's shares (in a team of n, thread i runs as n - 1 - i): each
 * finds its lines in the other core's cache. Regions that update buffers in
 * place compute other values in their second run, and rows banded by
 * thread speed (band_shares.c) learn from both runs: for timing only.
 *
 *===----------------------------------------------------------------------===*/

#define _POSIX_C_SOURCE 200809L

#include "runtime_internal.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { kMaxRegions = 4096, kTimedThreads = 2 };

static ovm_parallel_region regions[kMaxRegions];
static uint64_t wall[kMaxRegions], calls[kMaxRegions], gaps[kMaxRegions];
/* A row per thread, on lines of its own: a line both threads add to would
 * move between their cores in every timed region. */
static _Alignas(64) _Atomic uint64_t busy[kTimedThreads][kMaxRegions];
/* OVM_REGION_REPEAT: the second runs of the regions. */
enum repeat_mode { kNoRepeat, kRepeatAgain, kRepeatSwapped };
static enum repeat_mode repeat_mode;
static uint64_t again_wall[kMaxRegions];
static _Alignas(64) _Atomic uint64_t again_busy[kTimedThreads][kMaxRegions];
/* Set by the calling thread while a region runs again (the region's start
 * and join order it with the workers' reads). */
static int running_again;
static int region_count;
static uint64_t last_end;

static ovm_parallel_region timed_function;
static int timed_index;
static _Thread_local uint64_t arrival;

static void write_times(void) {
  const char *path = getenv("OVM_REGION_TIMES");
  FILE *out = path ? fopen(path, "w") : NULL;
  if (!out) {
    fprintf(stderr, "ovmlir runtime: cannot write OVM_REGION_TIMES '%s'\n",
            path ? path : "");
    return;
  }
  for (int i = 0; i < region_count; ++i) {
    fprintf(out, "%d %llu %llu %llu %llu", i, (unsigned long long)wall[i],
            (unsigned long long)calls[i], (unsigned long long)busy[0][i],
            (unsigned long long)busy[1][i]);
    if (repeat_mode != kNoRepeat)
      fprintf(out, " again %llu %llu %llu", (unsigned long long)again_wall[i],
              (unsigned long long)again_busy[0][i],
              (unsigned long long)again_busy[1][i]);
    fputc('\n', out);
  }
  fclose(out);
  path = getenv("OVM_REGION_GAPS");
  out = path ? fopen(path, "w") : NULL;
  if (!out)
    return;
  for (int i = 0; i < region_count; ++i)
    fprintf(out, "%d %.2f\n", i,
            calls[i] ? (double)gaps[i] / 1e3 / (double)calls[i] : 0.0);
  fclose(out);
}

static enum repeat_mode read_repeat_mode(void) {
  const char *text = getenv("OVM_REGION_REPEAT");
  if (!text || !*text)
    return kNoRepeat;
  if (strcmp(text, "again") == 0)
    return kRepeatAgain;
  if (strcmp(text, "swapped") == 0)
    return kRepeatSwapped;
  fprintf(stderr,
          "ovmlir runtime: OVM_REGION_REPEAT is '%s', not 'again' or "
          "'swapped': regions run once\n",
          text);
  return kNoRepeat;
}

int ovm_region_times_enabled(void) {
  /* 0: not read yet, 1: off, 2: on. */
  static atomic_int state = 0;
  int value = atomic_load(&state);
  if (value == 0) {
    value = getenv("OVM_REGION_TIMES") ? 2 : 1;
    if (value == 2) {
      repeat_mode = read_repeat_mode();
      atexit(write_times);
    }
    atomic_store(&state, value);
  }
  return value == 2;
}

void ovm_region_times_arrive(void) {
  if (!arrival)
    arrival = ovm_monotonic_nanoseconds();
}

/* Runs on every thread of the team in place of the region. */
static void timed_region(int32_t *thread, int32_t *same_thread,
                         void *captured) {
  (void)same_thread; /* The same index as `thread`. */
  arrival = 0;
  int32_t index = *thread;
  int swapped = running_again && repeat_mode == kRepeatSwapped;
  int32_t runs_as = swapped ? ovm_parallel_region_size() - 1 - index : index;
  if (swapped)
    ovm_parallel_run_as(runs_as);
  uint64_t start = ovm_monotonic_nanoseconds();
  timed_function(&runs_as, &runs_as, captured);
  uint64_t end = arrival ? arrival : ovm_monotonic_nanoseconds();
  if (swapped)
    ovm_parallel_run_as(index);
  if (index < kTimedThreads)
    atomic_fetch_add(running_again ? &again_busy[index][timed_index]
                                   : &busy[index][timed_index],
                     end - start);
}

static int index_of(ovm_parallel_region region) {
  for (int i = 0; i < region_count; ++i)
    if (regions[i] == region)
      return i;
  if (region_count == kMaxRegions) {
    fprintf(stderr, "ovmlir runtime: more than %d regions to time\n",
            kMaxRegions);
    abort();
  }
  regions[region_count] = region;
  return region_count++;
}

/* Runs the timed region once; returns its wall time and sets last_end. */
static uint64_t run_timed(void *captured,
                          void (*run)(ovm_parallel_region, void *)) {
  uint64_t start = ovm_monotonic_nanoseconds();
  run(timed_region, captured);
  last_end = ovm_monotonic_nanoseconds();
  return last_end - start;
}

void ovm_region_times_run(ovm_parallel_region region, void *captured,
                          void (*run)(ovm_parallel_region, void *)) {
  int index = index_of(region);
  timed_function = region;
  timed_index = index;
  /* The first region of a run follows the previous run's last: no gap. */
  if (last_end && index != 0)
    gaps[index] += ovm_monotonic_nanoseconds() - last_end;
  wall[index] += run_timed(captured, run);
  ++calls[index];
  if (repeat_mode == kNoRepeat)
    return;
  running_again = 1;
  again_wall[index] += run_timed(captured, run);
  running_again = 0;
}
