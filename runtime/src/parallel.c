/*===- parallel.c - The thread teams that run generated parallel loops -----===*
 *
 * A compiled model's thread tiles are parallel regions: LLVM's OpenMP
 * translation outlines each into a function, and the compiler points its
 * calls here instead of at libomp (lib/Target/ParallelRuntimeCalls.cpp).
 * Each thread that runs models gets a team of worker threads on its first
 * region of more than one thread. A region starts when the caller bumps the
 * team's generation and ends when every worker has stored that generation
 * in its own cache line: one cache line each way, ~0.5 us on a 2-core EPYC
 * where libomp's fork and join took ~1.2 us (EfficientNet-B0 runs 112
 * regions). Idle workers spin for kSpinNanoseconds, then sleep on a futex.
 *
 *===----------------------------------------------------------------------===*/

/* Linux: futex, sched_getaffinity. */
#define _GNU_SOURCE

#include "runtime_internal.h"

#include <limits.h>
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>

/* How long an idle worker spins before it sleeps: longer than the serial
 * code between two regions of a run, short enough not to burn a core
 * between runs (libomp spins for 200 ms). */
#define kSpinNanoseconds 2000000ull

#define kCacheLine 64

/* Workers' stacks: generated code keeps per-thread scratch on them (the
 * rows of blocks computed row by row, up to 512 KB), more than some
 * platforms' default thread stack (musl's is 128 KB). */
#define kWorkerStackBytes ((size_t)4 << 20)

typedef struct {
  _Alignas(kCacheLine) atomic_uint done; /* the last generation finished */
  /* The worker's band of rows in that region (ovm_runtime_band_start):
   * its rows (0: none) and how long it took. */
  uint32_t band_rows;
  uint64_t band_nanoseconds;
  pthread_t thread;
} worker_slot;

typedef struct ovm_team {
  /* Bumped to start a region; what idle workers sleep on. */
  _Alignas(kCacheLine) atomic_uint generation;
  atomic_int sleepers;
  atomic_int stopping;
  /* The region, written before the generation is bumped, and where its
   * bands of rows end (band_shares.c; equal bands unless bands_learned). */
  ovm_parallel_region region;
  void *argument;
  uint16_t band_ends[kOvmBandThreads - 1];
  uint8_t bands_learned;
  /* ovm_parallel_barrier: arrivals and the number of barriers passed. */
  _Alignas(kCacheLine) atomic_uint arrived;
  atomic_uint barriers;
  /* Workers 1 .. num_workers (slot 0, the caller's, is unused); every
   * region runs on all of them and the caller. */
  int32_t num_workers;
  worker_slot *slots;
  /* The unclaimed iterations of each thread's share of the region's loop
   * (loop_shares.c). */
  ovm_loop_share *shares;
  /* The caller's: each thread's speed in each region with bands of rows. */
  ovm_band_shares *band_shares;
} ovm_team;

/* The team of the models run on this thread, its thread count for the next
 * regions (ovm_parallel_set_num_threads), and per thread of a team: its
 * index and the size of the region it is in (1 outside regions). */
static _Thread_local ovm_team *own_team;
static _Thread_local int32_t num_threads_setting = 1;
static _Thread_local ovm_team *current_team;
static _Thread_local int32_t current_index;
static _Thread_local int32_t current_size = 1;
/* The thread's band of rows in the region it runs: its rows (0: none yet)
 * and when it started. */
static _Thread_local uint32_t band_rows;
static _Thread_local uint64_t band_started;
/* The region ovm_parallel was called with (run_parallel may get a wrapper
 * that times it): what bands are learned under. */
static _Thread_local ovm_parallel_region band_key;

static long futex(atomic_uint *word, int operation, unsigned value) {
  return syscall(SYS_futex, (unsigned *)word, operation, value, NULL, NULL, 0);
}

uint64_t ovm_monotonic_nanoseconds(void) {
  struct timespec time;
  clock_gettime(CLOCK_MONOTONIC, &time);
  return (uint64_t)time.tv_sec * 1000000000ull + (uint64_t)time.tv_nsec;
}

/* One step of a spin wait: a pause, or after kSpinsBeforeYield of them
 * (~90 us on the EPYC, longer than the serial code between two regions) a
 * yield, so that threads waiting on threads the OS has not scheduled (more
 * threads than cores) give them the core. */
#define kSpinsBeforeYield 4096
static void back_off(unsigned *spins) {
  if (++*spins < kSpinsBeforeYield) {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
  } else {
    sched_yield();
  }
}

/* Waits until the team's generation is no longer `seen`; returns it. */
static unsigned wait_for_region(ovm_team *team, unsigned seen) {
  uint64_t deadline = 0;
  for (unsigned spins = 0;;) {
    unsigned generation =
        atomic_load_explicit(&team->generation, memory_order_acquire);
    if (generation != seen)
      return generation;
    back_off(&spins);
    if (spins % 1024 != 0)
      continue;
    uint64_t time = ovm_monotonic_nanoseconds();
    if (deadline == 0) {
      deadline = time + kSpinNanoseconds;
    } else if (time > deadline) {
      /* Announce the sleep before checking once more: the caller bumps the
       * generation, then wakes sleepers if it sees any. */
      atomic_fetch_add(&team->sleepers, 1);
      while (atomic_load(&team->generation) == seen)
        futex(&team->generation, FUTEX_WAIT_PRIVATE, seen);
      atomic_fetch_sub(&team->sleepers, 1);
      deadline = 0;
    }
  }
}

typedef struct {
  ovm_team *team;
  int32_t index;
} worker_start;

/* The thread's band in the region it ran: its rows and time (0 and 0 when
 * it ran none); forgets it. */
static uint32_t finish_band(uint64_t *nanoseconds) {
  uint32_t rows = band_rows;
  *nanoseconds = rows ? ovm_monotonic_nanoseconds() - band_started : 0;
  band_rows = 0;
  return rows;
}

static void *worker_main(void *argument) {
  worker_start start = *(worker_start *)argument;
  free(argument);
  ovm_team *team = start.team;
  worker_slot *slot = &team->slots[start.index];
  current_team = team;
  current_index = start.index;
  unsigned seen = atomic_load_explicit(&slot->done, memory_order_relaxed);
  for (;;) {
    unsigned generation = wait_for_region(team, seen);
    seen = generation;
    if (atomic_load(&team->stopping))
      return NULL;
    int32_t index = start.index;
    current_size = team->num_workers + 1;
    team->region(&index, &index, team->argument);
    current_size = 1;
    slot->band_rows = finish_band(&slot->band_nanoseconds);
    atomic_store_explicit(&slot->done, generation, memory_order_release);
  }
}

static void stop_team(ovm_team *team) {
  atomic_store(&team->stopping, 1);
  atomic_fetch_add(&team->generation, 1);
  futex(&team->generation, FUTEX_WAKE_PRIVATE, INT_MAX);
  for (int32_t i = 1; i <= team->num_workers; ++i)
    pthread_join(team->slots[i].thread, NULL);
  free(team->slots);
  free(team->shares);
  ovm_band_shares_destroy(team->band_shares);
  free(team);
}

static pthread_key_t team_key;
static pthread_once_t team_key_once = PTHREAD_ONCE_INIT;

/* A thread's team stops when the thread exits. */
static void stop_team_at_exit(void *team) { stop_team((ovm_team *)team); }

/* A child process has the forking thread only: its team's workers are not
 * there (their memory is left as it is), the next region makes new ones. */
static void forget_team_in_child(void) {
  own_team = NULL;
  pthread_setspecific(team_key, NULL);
}

static void make_team_key(void) {
  if (pthread_key_create(&team_key, stop_team_at_exit) != 0 ||
      pthread_atfork(NULL, NULL, forget_team_in_child) != 0)
    abort();
}

/* A team of `size` threads, the caller's and size - 1 workers. */
static ovm_team *start_team(int32_t size) {
  ovm_team *team = aligned_alloc(kCacheLine, sizeof(ovm_team));
  worker_slot *slots = aligned_alloc(kCacheLine, sizeof(worker_slot) * size);
  ovm_loop_share *shares =
      aligned_alloc(kCacheLine, sizeof(ovm_loop_share) * size);
  if (!team || !slots || !shares) {
    fprintf(stderr, "ovmlir runtime: out of memory for %d threads\n", size);
    abort();
  }
  memset(team, 0, sizeof(*team));
  memset(slots, 0, sizeof(worker_slot) * size);
  team->slots = slots;
  team->shares = shares;
  team->band_shares = ovm_band_shares_create();
  ovm_loop_shares_outdate(shares, size, 0);
  pthread_attr_t attributes;
  if (pthread_attr_init(&attributes) != 0 ||
      pthread_attr_setstacksize(&attributes, kWorkerStackBytes) != 0) {
    fprintf(stderr, "ovmlir runtime: cannot set the threads' stack size\n");
    abort();
  }
  for (int32_t i = 1; i < size; ++i) {
    worker_start *start = malloc(sizeof(worker_start));
    if (start) {
      start->team = team;
      start->index = i;
    }
    if (!start || pthread_create(&slots[i].thread, &attributes, worker_main,
                                 start) != 0) {
      fprintf(stderr, "ovmlir runtime: cannot start thread %d of %d\n", i,
              size);
      abort();
    }
    team->num_workers = i;
  }
  pthread_attr_destroy(&attributes);
  return team;
}

/* The calling thread's team, made again when its size is another: a worker
 * left out of regions would still have to be waited for. */
static ovm_team *team_of_size(int32_t size) {
  if (own_team && own_team->num_workers + 1 == size)
    return own_team;
  pthread_once(&team_key_once, make_team_key);
  if (own_team)
    stop_team(own_team);
  own_team = start_team(size);
  pthread_setspecific(team_key, own_team);
  return own_team;
}

static void run_parallel(ovm_parallel_region region, void *argument) {
  int32_t size = num_threads_setting;
  /* A region inside a region (not generated today) runs on its thread. */
  if (size <= 1 || current_team) {
    int32_t index = 0, outer_size = current_size;
    ovm_team *outer_team = current_team;
    int32_t outer_index = current_index;
    ovm_balanced_loop outer_loop = *ovm_parallel_balanced_loop();
    current_team = NULL;
    current_index = 0;
    current_size = 1;
    region(&index, &index, argument);
    *ovm_parallel_balanced_loop() = outer_loop;
    current_team = outer_team;
    current_index = outer_index;
    current_size = outer_size;
    return;
  }
  ovm_team *team = team_of_size(size);
  team->region = region;
  team->argument = argument;
  /* (A region run inside this one would set band_key again.) */
  ovm_parallel_region key = band_key;
  team->bands_learned = (uint8_t)ovm_band_shares_plan(team->band_shares, key,
                                                      size, team->band_ends);
  unsigned generation = atomic_load(&team->generation) + 1;
  /* Loop share words are tagged with the low 16 bits of the generation
   * that set them: a word left from 65536 regions ago would look current. */
  if ((generation & 0x7fff) == 0)
    ovm_loop_shares_outdate(team->shares, size, generation);
  atomic_store(&team->generation, generation);
  if (atomic_load(&team->sleepers) > 0)
    futex(&team->generation, FUTEX_WAKE_PRIVATE, INT_MAX);
  int32_t index = 0;
  current_team = team;
  current_index = 0;
  current_size = size;
  region(&index, &index, argument);
  current_team = NULL;
  current_size = 1;
  uint64_t band_nanoseconds[kOvmBandThreads];
  uint32_t rows[kOvmBandThreads];
  rows[0] = finish_band(&band_nanoseconds[0]);
  for (int32_t i = 1; i < size; ++i) {
    for (unsigned spins = 0;
         atomic_load_explicit(&team->slots[i].done, memory_order_acquire) !=
         generation;)
      back_off(&spins);
    if (i < kOvmBandThreads) {
      rows[i] = team->slots[i].band_rows;
      band_nanoseconds[i] = team->slots[i].band_nanoseconds;
    }
  }
  /* (It learns nothing from regions without bands, nor in larger teams.) */
  ovm_band_shares_learn(team->band_shares, key, size, band_nanoseconds, rows);
}

void ovm_parallel(ovm_parallel_region region, void *argument) {
  band_key = region;
  if (ovm_region_times_enabled())
    ovm_region_times_run(region, argument, run_parallel);
  else
    run_parallel(region, argument);
}

int32_t ovm_parallel_thread_index(void *location) {
  (void)location;
  return current_index;
}

int32_t ovm_parallel_region_size(void) { return current_size; }

void ovm_parallel_run_as(int32_t index) { current_index = index; }

int32_t ovm_runtime_num_threads(void) {
  /* A region inside a region runs on its thread (run_parallel). */
  return current_team ? 1 : num_threads_setting;
}

int64_t ovm_runtime_band_start(int64_t band, int64_t bands, int64_t rows) {
  ovm_team *team = current_team;
  if (!team || bands != current_size || bands > kOvmBandThreads)
    return ovm_band_first_row(NULL, band, bands, rows);
  const uint16_t *ends = team->bands_learned ? team->band_ends : NULL;
  int64_t first = ovm_band_first_row(ends, band, bands, rows);
  if (band == current_index && band_rows == 0) {
    int64_t next = ovm_band_first_row(ends, band + 1, bands, rows);
    band_rows = next > first ? (uint32_t)(next - first) : 0;
    band_started = ovm_monotonic_nanoseconds();
  }
  return first;
}

ovm_loop_share *ovm_parallel_loop_shares(uint16_t *tag) {
  if (!current_team)
    return NULL;
  *tag = (uint16_t)atomic_load_explicit(&current_team->generation,
                                        memory_order_relaxed);
  return current_team->shares;
}

void ovm_parallel_barrier(void *location, int32_t thread) {
  (void)location;
  (void)thread;
  ovm_team *team = current_team;
  if (ovm_region_times_enabled())
    ovm_region_times_arrive();
  if (!team || current_size <= 1)
    return;
  unsigned passed = atomic_load_explicit(&team->barriers, memory_order_acquire);
  if (atomic_fetch_add(&team->arrived, 1) == (unsigned)current_size - 1) {
    atomic_store_explicit(&team->arrived, 0, memory_order_relaxed);
    atomic_store_explicit(&team->barriers, passed + 1, memory_order_release);
    return;
  }
  for (unsigned spins = 0;
       atomic_load_explicit(&team->barriers, memory_order_acquire) == passed;)
    back_off(&spins);
}

int32_t ovm_parallel_default_num_threads(void) {
  static atomic_int cached = 0;
  int value = atomic_load(&cached);
  if (value > 0)
    return value;
  /* OMP_NUM_THREADS too: the setting users of OpenMP-based runtimes have. */
  const char *text = getenv("OVM_NUM_THREADS");
  if (!text)
    text = getenv("OMP_NUM_THREADS");
  if (text)
    value = atoi(text);
  if (value <= 0) {
    cpu_set_t cpus;
    value =
        sched_getaffinity(0, sizeof(cpus), &cpus) == 0 ? CPU_COUNT(&cpus) : 1;
  }
  if (value <= 0)
    value = 1;
  atomic_store(&cached, value);
  return value;
}

void ovm_parallel_set_num_threads(int32_t num_threads) {
  num_threads_setting = num_threads > 0 ? num_threads : 1;
}
