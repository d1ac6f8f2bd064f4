/*===- runtime_internal.h - What the runtime's sources share ---------------===*
 *
 * Not installed: the interface between ovmlir_runtime.c (instances, runs),
 * state.c (the variables of models with state), buffer_cache.c (the
 * allocator of generated code), parallel.c (the thread teams of its
 * parallel loops), loop_shares.c (their iterations per thread),
 * band_shares.c (their bands of rows per thread) and huge_pages.c
 * (embedded weights on huge pages).
 *
 *===----------------------------------------------------------------------===*/

#ifndef OVMLIR_RUNTIME_INTERNAL_H
#define OVMLIR_RUNTIME_INTERNAL_H

#include "ovmlir_runtime.h"

/* The variables of one instance (state.c); NULL until the first is used. */
typedef struct ovm_state ovm_state;

/* The state of the instance running on this thread (inside ovm_model_run),
 * created on first use; NULL when out of memory. Aborts when no run is in
 * progress (generated code called outside ovm_model_run). */
ovm_state *ovm_current_state(void);

/* Ends the run in progress on this thread: ovm_model_run returns `status`
 * with the formatted message. */
#if defined(__GNUC__)
__attribute__((noreturn, format(printf, 2, 3)))
#endif
void ovm_runtime_error(ovm_status status, const char *format, ...);

/* The size of a transparent huge page on x86-64. */
#define OVM_HUGE_PAGE_BYTES ((size_t)2 << 20)

/* Moves the whole 2 MiB pages inside `block` (`size` bytes of read-only
 * data) into memory the kernel may back with huge pages, at the same
 * addresses and with the same bytes (huge_pages.c). Returns 1 when it moved
 * them all, 0 when the block has no whole huge page or a step failed (the
 * pages not moved then are as they were). */
int ovm_move_to_huge_pages(const void *block, uint64_t size);

/* Whether the runtime puts memory on transparent huge pages (its large
 * buffers, embedded weights): unless OVM_HUGE_PAGES is 0 in the environment
 * (read once) or the kernel has them off ("never"). */
int ovm_huge_pages_enabled(void);

/* Moves the embedded weights of `compiled` to huge pages, once per block in
 * the process, if enabled. */
void ovm_embedded_weights_to_huge_pages(const ovm_compiled_model *compiled);

ovm_state *ovm_state_create(void);
void ovm_state_destroy(ovm_state *state);
/* Every variable back to "no value" (ovm_model_reset_state). */
void ovm_state_reset(ovm_state *state);
/* At the end of a run: the Assigns of a successful run become the values
 * (commit), those of a failed run are dropped (discard). */
void ovm_state_commit(ovm_state *state);
void ovm_state_discard(ovm_state *state);

/* The allocator of generated code (buffer_cache.c): buffers are kept for
 * reuse when freed. Results handed to the runtime are freed with it. */
void *_mlir_memref_to_llvm_alloc(size_t size);
void _mlir_memref_to_llvm_free(void *pointer);

/* Parallel regions (parallel.c). The compiler outlines each region into a
 * function that every thread of the team calls with its index (twice, as
 * OpenMP's outlined functions take it) and the region's captured values;
 * lib/Target/ParallelRuntimeCalls.cpp turns the calls LLVM's OpenMP
 * translation makes to libomp into calls of these. */
typedef void (*ovm_parallel_region)(int32_t *thread, int32_t *same_thread,
                                    void *captured);
/* Runs `region` on the calling thread's team (ovm_parallel_set_num_threads
 * threads, the caller one of them) and returns when every thread is done. */
void ovm_parallel(ovm_parallel_region region, void *captured);
/* The calling thread's index in the region it runs (0 outside regions). */
int32_t ovm_parallel_thread_index(void *location);
/* The number of threads of the region the calling thread runs (1 outside
 * regions). */
int32_t ovm_parallel_region_size(void);
/* The loop of a region (loop_shares.c). A thread's share of its iterations
 * [*lower, *upper] (libomp's __kmpc_for_static_init_8u for unchunked static
 * schedules): the range is narrowed to the share, empty when
 * *upper == *lower - 1. */
void ovm_parallel_static_range_8u(void *location, int32_t thread,
                                  int32_t schedule, int32_t *is_last,
                                  uint64_t *lower, uint64_t *upper,
                                  int64_t *stride, int64_t increment,
                                  int64_t chunk);
/* A balanced loop (libomp's __kmpc_dispatch_init_8u / __kmpc_dispatch_next_8u
 * for nonmonotonic dynamic schedules): after init with the loop's
 * [lower, upper] inclusive, each next call gives the thread iterations
 * [*lower, *upper] to run and returns 1, or returns 0 when none are left. */
void ovm_parallel_dispatch_init_8u(void *location, int32_t thread,
                                   int32_t schedule, uint64_t lower,
                                   uint64_t upper, int64_t increment,
                                   int64_t chunk);
int32_t ovm_parallel_dispatch_next_8u(void *location, int32_t thread,
                                      int32_t *is_last, uint64_t *lower,
                                      uint64_t *upper, int64_t *stride);
/* A thread's unclaimed iterations of a balanced loop, tag << 48 | first << 24
 * | end, in a cache line of its own: the tag is the low 16 bits of the
 * generation of the region that last set it (a word of another region's
 * tag is the owner's static share, not touched yet). Every 32768 regions the
 * caller sets every word to a tag the next 32768 do not have. */
typedef struct ovm_loop_share ovm_loop_share;
#ifndef __cplusplus
struct ovm_loop_share {
  _Alignas(64) _Atomic uint64_t unclaimed;
};
#endif
#define kOvmLoopShareMaxTrips 0xffffffu
/* Sets the `count` words of `shares` to a tag that the regions of
 * generations `generation` to `generation` + 0x7fff do not have (before
 * the team's first region, and every 32768 regions after). */
void ovm_loop_shares_outdate(ovm_loop_share *shares, int32_t count,
                             unsigned generation);
/* The shares of the team of the region the calling thread runs and the
 * region's tag; NULL outside regions. */
ovm_loop_share *ovm_parallel_loop_shares(uint16_t *tag);
/* The balanced loop a thread is in: iteration i (0-based) is
 * lower + i * increment. [pending_first, pending_end) are iterations the
 * thread has claimed and not run: its first piece, or its whole static
 * share when `shares` is NULL (the loop is not balanced: one thread, or
 * more iterations than a word holds). A region run inside another region's
 * loop saves and restores it. */
typedef struct {
  uint64_t lower, increment, trips;
  ovm_loop_share *shares;
  int32_t threads;
  uint16_t tag;
  uint64_t pending_first, pending_end;
  uint64_t start_ticks;
} ovm_balanced_loop;
ovm_balanced_loop *ovm_parallel_balanced_loop(void);
/* Waits until every thread of the region has reached it. */
void ovm_parallel_barrier(void *location, int32_t thread);
/* The team size of the next regions this thread starts (ovm_model_run sets
 * the instance's). */
void ovm_parallel_set_num_threads(int32_t num_threads);
/* OVM_NUM_THREADS, else OMP_NUM_THREADS, else the CPUs this process may
 * run on; read once. */
int32_t ovm_parallel_default_num_threads(void);
/* CLOCK_MONOTONIC in nanoseconds (spin deadlines, region times). */
uint64_t ovm_monotonic_nanoseconds(void);

/* Bands of rows, one per thread of a region (band_shares.c): what the
 * thread that starts regions learns of each thread's speed in each region
 * whose threads call ovm_runtime_band_start. Teams of up to kOvmBandThreads
 * threads learn; larger ones get equal bands. */
#define kOvmBandThreads 8
typedef struct ovm_band_shares ovm_band_shares;
ovm_band_shares *ovm_band_shares_create(void); /* NULL when out of memory */
void ovm_band_shares_destroy(ovm_band_shares *shares);
/* Before a region of `size` threads: sets ends[i], the end of band i in
 * 1/65536 of the rows for i < size - 1, and returns 1, or returns 0 when
 * nothing was learned for `region` (equal bands). */
int ovm_band_shares_plan(ovm_band_shares *shares, ovm_parallel_region region,
                         int32_t size, uint16_t *ends);
/* After it: each thread's time in its band and the band's rows (0 when the
 * thread ran no band of its own). */
void ovm_band_shares_learn(ovm_band_shares *shares, ovm_parallel_region region,
                           int32_t size, const uint64_t *nanoseconds,
                           const uint32_t *rows);
/* The first row of band `band` of `bands` over `rows` rows by `ends` (as
 * ovm_band_shares_plan sets them; NULL: equal bands). */
int64_t ovm_band_first_row(const uint16_t *ends, int64_t band, int64_t bands,
                           int64_t rows);

/* Time per parallel region (region_times.c), when OVM_REGION_TIMES is set:
 * ovm_parallel runs regions through ovm_region_times_run, barriers call
 * ovm_region_times_arrive. */
int ovm_region_times_enabled(void);
void ovm_region_times_run(ovm_parallel_region region, void *captured,
                          void (*run)(ovm_parallel_region, void *));
void ovm_region_times_arrive(void);
/* Makes the calling thread of a region run as thread `index` of its team
 * (ovm_parallel_thread_index) until called again: OVM_REGION_REPEAT=swapped
 * (region_times.c). */
void ovm_parallel_run_as(int32_t index);

#endif /* OVMLIR_RUNTIME_INTERNAL_H */
