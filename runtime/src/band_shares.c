/*===- band_shares.c - Bands of rows sized by each thread's speed ---------===*
 *
 * Some generated loops give each thread one band of rows (a block of layers
 * computed row by row, ov-compute-blocks-by-rows): a band's rows depend on
 * each other through the thread's ring of expanded rows, so a slow thread's
 * tail cannot move to another thread as in balanced loops (loop_shares.c).
 * Equal bands then end when the slower thread is done, and on this VM one
 * core is at times 10-20% slower than the other for long stretches (in
 * MobileNetV2's row-by-row blocks one thread's bands took 13% longer than
 * the other's over 200 runs, which thread changing from process to process).
 *
 * So the thread that starts a region sizes the bands of each such region by
 * what each thread took per row in that region's earlier runs: each thread
 * times its own band (ovm_runtime_band_start, parallel.c), and after the
 * region the caller moves each thread's share of the rows an eighth of the
 * way towards the shares that would have ended them together. The shares
 * stay within half and one and a half times an equal share.
 *
 *===----------------------------------------------------------------------===*/

#include "runtime_internal.h"

#include <stdint.h>
#include <stdlib.h>

/* Regions with bands whose shares a team remembers; more get equal bands. */
#define kLearnedRegions 256

/* How far each observation moves the shares (1/8: a region's noisy run
 * moves them little, a lasting difference takes ~15 runs). */
#define kLearningRate 0.125f

typedef struct {
  ovm_parallel_region region; /* NULL: a free entry */
  float share[kOvmBandThreads];
} learned_region;

struct ovm_band_shares {
  learned_region regions[kLearnedRegions];
};

ovm_band_shares *ovm_band_shares_create(void) {
  return calloc(1, sizeof(ovm_band_shares));
}

void ovm_band_shares_destroy(ovm_band_shares *shares) { free(shares); }

/* The entry of `region`, or a free entry for it when `insert`, or NULL. */
static learned_region *find(ovm_band_shares *shares, ovm_parallel_region region,
                            int insert) {
  uintptr_t hash = (uintptr_t)region;
  hash ^= hash >> 17;
  for (unsigned probe = 0; probe < kLearnedRegions; ++probe) {
    learned_region *entry = &shares->regions[(hash + probe) % kLearnedRegions];
    if (entry->region == region)
      return entry;
    if (!entry->region) {
      if (!insert)
        return NULL;
      entry->region = region;
      return entry;
    }
  }
  return NULL;
}

int ovm_band_shares_plan(ovm_band_shares *shares, ovm_parallel_region region,
                         int32_t size, uint16_t *ends) {
  if (!shares || size < 2 || size > kOvmBandThreads)
    return 0;
  learned_region *entry = find(shares, region, 0);
  if (!entry)
    return 0;
  float end = 0;
  for (int32_t i = 0; i + 1 < size; ++i) {
    end += entry->share[i];
    float scaled = end * 65536.0f;
    ends[i] = scaled <= 0 ? 0 : scaled >= 65535.0f ? 65535 : (uint16_t)scaled;
  }
  return 1;
}

void ovm_band_shares_learn(ovm_band_shares *shares, ovm_parallel_region region,
                           int32_t size, const uint64_t *nanoseconds,
                           const uint32_t *rows) {
  if (!shares || size < 2 || size > kOvmBandThreads)
    return;
  /* Rows per nanosecond of each thread; none learned when a thread ran no
   * band of its own (fewer bands than threads, or another thread took it). */
  float speed[kOvmBandThreads], total = 0;
  for (int32_t i = 0; i < size; ++i) {
    if (rows[i] == 0 || nanoseconds[i] == 0)
      return;
    speed[i] = (float)rows[i] / (float)nanoseconds[i];
    total += speed[i];
  }
  learned_region *entry = find(shares, region, 1);
  if (!entry)
    return;
  if (entry->share[0] == 0)
    for (int32_t i = 0; i < size; ++i)
      entry->share[i] = 1.0f / (float)size;
  float equal = 1.0f / (float)size, sum = 0;
  for (int32_t i = 0; i < size; ++i) {
    float share =
        entry->share[i] + kLearningRate * (speed[i] / total - entry->share[i]);
    if (share < 0.5f * equal)
      share = 0.5f * equal;
    if (share > 1.5f * equal)
      share = 1.5f * equal;
    entry->share[i] = share;
    sum += share;
  }
  for (int32_t i = 0; i < size; ++i)
    entry->share[i] /= sum;
}

int64_t ovm_band_first_row(const uint16_t *ends, int64_t band, int64_t bands,
                           int64_t rows) {
  if (band <= 0)
    return 0;
  if (band >= bands)
    return rows;
  if (!ends)
    return band * rows / bands;
  int64_t first = ((int64_t)ends[band - 1] * rows + 32768) >> 16;
  /* Every band at least one row when there are as many rows as bands. */
  int64_t lowest = band, highest = rows - (bands - band);
  if (highest < lowest)
    return band * rows / bands;
  return first < lowest ? lowest : first > highest ? highest : first;
}
