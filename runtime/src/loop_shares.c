/*===- loop_shares.c - Which thread of a team runs which loop iterations ---===*
 *
 * A parallel region (parallel.c) runs one work-sharing loop, in one of two
 * ways, both named after the libomp entry points the outlined code calls:
 *
 * - static (ovm_parallel_static_range_8u): each thread takes its fixed share
 *   of the iterations, the first ones to thread 0 and so on;
 *
 * - balanced (ovm_parallel_dispatch_init_8u / _next_8u, what the compiler
 *   asks for: ov-balance-thread-loops): each thread starts on the same share
 *   as static, three quarters of it at once and the rest in halves, and
 *   when its share is done (if that took more than ~20 us) takes the later
 *   half of what another thread has not started yet. On a quiet machine
 *   every thread runs its own share and the next region finds its data
 *   where static scheduling leaves it; when one core is slower (another
 *   process, a busy sibling thread of the host) the others take over its
 *   tail instead of waiting for it at the join.
 *
 * The unclaimed iterations of each thread's share are one 64-bit word that
 * the owner and the others change by compare-and-swap, tagged with the
 * region (runtime_internal.h): the first thread to touch a word in a
 * region, owner or not, sets it to the owner's static share.
 *
 *===----------------------------------------------------------------------===*/

#include "runtime_internal.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

/* libomp's numbering of the schedules the outlined code passes on:
 * kmp_sch_static, and kmp_sch_dynamic_chunked with the nonmonotonic
 * modifier (any thread may run any iteration, in any order). */
#define kStaticSchedule 34
#define kBalancedSchedule (35 | (1 << 30))

static void check_schedule(int32_t schedule, int32_t expected,
                           int64_t increment) {
  if (schedule == expected && increment >= 1)
    return;
  fprintf(stderr,
          "ovmlir runtime: parallel loop with schedule %d and increment "
          "%lld (only static and nonmonotonic dynamic schedules of positive "
          "steps are compiled)\n",
          schedule, (long long)increment);
  abort();
}

/* Thread `index` of `threads`: its first iteration of `trips` and how many,
 * split as libomp does (the first trips % threads threads get one more). */
static void static_share(uint64_t trips, uint64_t threads, uint64_t index,
                         uint64_t *first, uint64_t *count) {
  uint64_t share = trips / threads, extra = trips % threads;
  *first = index * share + (index < extra ? index : extra);
  *count = share + (index < extra ? 1 : 0);
}

void ovm_parallel_static_range_8u(void *location, int32_t thread,
                                  int32_t schedule, int32_t *is_last,
                                  uint64_t *lower, uint64_t *upper,
                                  int64_t *stride, int64_t increment,
                                  int64_t chunk) {
  (void)location;
  (void)chunk;
  check_schedule(schedule, kStaticSchedule, increment);
  /* [lower, upper] inclusive. An empty share has upper = lower - 1 (the
   * outlined loop runs upper - lower + 1 times). */
  uint64_t trips = (*upper - *lower) / (uint64_t)increment + 1;
  uint64_t threads = (uint64_t)ovm_parallel_region_size(), first, count;
  static_share(trips, threads, (uint64_t)thread, &first, &count);
  uint64_t begin = *lower + first * (uint64_t)increment;
  *lower = begin;
  *upper = begin + count * (uint64_t)increment - (uint64_t)increment;
  *stride = (int64_t)(trips * (uint64_t)increment);
  uint64_t last_thread = (trips < threads ? trips : threads) - 1;
  *is_last = (uint64_t)thread == last_thread;
}

/* Balanced loops. */

/* A thread done with its share looks for the others' unstarted iterations
 * only if its share took this long: ~20 us with the 2-4 GHz time-stamp
 * counters of x86 (on a 2-core EPYC, skipping the look on shorter loops
 * made EfficientNet-B0 on 2 threads as fast as static scheduling when both
 * cores keep up; with it, 1% slower), 50 us elsewhere. */
#define kStealAfterTicks 50000u
#if defined(__x86_64__) || defined(__i386__)
static uint64_t ticks(void) { return __builtin_ia32_rdtsc(); }
#else
static uint64_t ticks(void) { return ovm_monotonic_nanoseconds(); }
#endif

/* The balanced loop this thread is in. */
static _Thread_local ovm_balanced_loop loop;

ovm_balanced_loop *ovm_parallel_balanced_loop(void) { return &loop; }

static uint64_t pack(uint64_t tag, uint64_t first, uint64_t end) {
  return tag << 48 | first << 24 | end;
}
static uint64_t tag_of(uint64_t word) { return word >> 48; }
static uint64_t first_of(uint64_t word) { return (word >> 24) & 0xffffff; }
static uint64_t end_of(uint64_t word) { return word & 0xffffff; }

void ovm_loop_shares_outdate(ovm_loop_share *shares, int32_t count,
                             unsigned generation) {
  uint64_t tag = (generation + 0x8000) & 0xffff;
  for (int32_t i = 0; i < count; ++i)
    atomic_store_explicit(&shares[i].unclaimed, pack(tag, 0, 0),
                          memory_order_relaxed);
}

/* The unclaimed iterations of thread `owner`: its static share if nobody
 * has touched its word in this region yet (the word's tag is another
 * region's). */
static uint64_t unclaimed_of(int32_t owner) {
  _Atomic uint64_t *word = &loop.shares[owner].unclaimed;
  uint64_t value = atomic_load_explicit(word, memory_order_acquire);
  while (tag_of(value) != loop.tag) {
    uint64_t first, count;
    static_share(loop.trips, (uint64_t)loop.threads, (uint64_t)owner, &first,
                 &count);
    uint64_t share = pack(loop.tag, first, first + count);
    if (atomic_compare_exchange_weak(word, &value, share))
      return share;
  }
  return value;
}

void ovm_parallel_dispatch_init_8u(void *location, int32_t thread,
                                   int32_t schedule, uint64_t lower,
                                   uint64_t upper, int64_t increment,
                                   int64_t chunk) {
  (void)location;
  (void)chunk;
  check_schedule(schedule, kBalancedSchedule, increment);
  loop.lower = lower;
  loop.increment = (uint64_t)increment;
  loop.trips = upper >= lower ? (upper - lower) / (uint64_t)increment + 1 : 0;
  loop.threads = ovm_parallel_region_size();
  loop.shares = ovm_parallel_loop_shares(&loop.tag);
  if (loop.threads <= 1 || loop.trips > kOvmLoopShareMaxTrips)
    loop.shares = NULL;
  uint64_t first, count;
  static_share(loop.trips, (uint64_t)(loop.threads > 1 ? loop.threads : 1),
               (uint64_t)(loop.threads > 1 ? thread : 0), &first, &count);
  loop.pending_first = first;
  loop.pending_end = first + count;
  if (!loop.shares)
    return;
  loop.start_ticks = ticks();
  /* The first piece, three quarters of the share, is claimed with the
   * word's initialization; the rest goes in halves, the later one open to
   * the other threads while this thread runs the earlier. */
  uint64_t piece = count - count / 4;
  _Atomic uint64_t *word = &loop.shares[thread].unclaimed;
  uint64_t value = atomic_load_explicit(word, memory_order_relaxed);
  while (tag_of(value) != loop.tag) {
    if (atomic_compare_exchange_weak(
            word, &value, pack(loop.tag, first + piece, first + count))) {
      loop.pending_end = first + piece;
      return;
    }
  }
  /* Another thread got here first: take pieces from the word. */
  loop.pending_end = loop.pending_first;
}

/* Moves the later half of another thread's unclaimed iterations to
 * `thread`'s word; false when no thread has any left. */
static int take_from_others(int32_t thread) {
  for (int32_t step = 1; step < loop.threads; ++step) {
    int32_t victim = (thread + step) % loop.threads;
    _Atomic uint64_t *word = &loop.shares[victim].unclaimed;
    uint64_t value = unclaimed_of(victim);
    while (first_of(value) < end_of(value)) {
      uint64_t first = first_of(value), end = end_of(value);
      uint64_t middle = end - (end - first + 1) / 2;
      if (atomic_compare_exchange_weak(word, &value,
                                       pack(loop.tag, first, middle))) {
        /* This thread's word is empty: others only compare-and-swap
         * non-empty words, so a plain store is enough. */
        atomic_store_explicit(&loop.shares[thread].unclaimed,
                              pack(loop.tag, middle, end),
                              memory_order_release);
        return 1;
      }
    }
  }
  return 0;
}

/* The next piece of `thread`'s unclaimed iterations, [*first, *end); false
 * when it has none and no other thread has any left. */
static int next_piece(int32_t thread, uint64_t *first, uint64_t *end) {
  _Atomic uint64_t *word = &loop.shares[thread].unclaimed;
  for (;;) {
    uint64_t value = unclaimed_of(thread);
    *first = first_of(value);
    *end = end_of(value);
    if (*first < *end) {
      uint64_t piece_end = *first + (*end - *first + 1) / 2;
      if (atomic_compare_exchange_weak(word, &value,
                                       pack(loop.tag, piece_end, *end))) {
        *end = piece_end;
        return 1;
      }
      continue;
    }
    /* Looking at the others' words costs a cache miss each; on a short
     * loop that is more than the imbalance it could fix. */
    if (ticks() - loop.start_ticks < kStealAfterTicks)
      return 0;
    if (!take_from_others(thread))
      return 0;
  }
}

int32_t ovm_parallel_dispatch_next_8u(void *location, int32_t thread,
                                      int32_t *is_last, uint64_t *lower,
                                      uint64_t *upper, int64_t *stride) {
  (void)location;
  uint64_t first = loop.pending_first, end = loop.pending_end;
  loop.pending_first = end;
  if (first >= end && !(loop.shares && next_piece(thread, &first, &end)))
    return 0;
  /* [lower, upper] inclusive, in the loop's own numbering. */
  *lower = loop.lower + first * loop.increment;
  *upper = loop.lower + (end - 1) * loop.increment;
  *stride = (int64_t)loop.increment;
  *is_last = end == loop.trips;
  return 1;
}
