/*===- memref_copy.c - The strided copy MLIR's memref lowering calls -------===*
 *
 * `memref.copy` between buffers that are not both contiguous lowers to a
 * call of `memrefCopy(element_size, source, target)` on unranked memref
 * descriptors. MLIR ships it in its runner utilities, which compiled models
 * must not depend on: this is the runtime's own implementation.
 *
 *===----------------------------------------------------------------------===*/

#include "ovmlir_runtime.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct ovm_unranked_memref {
  int64_t rank;
  /* {allocated, aligned, offset, sizes[rank], strides[rank]} */
  int64_t *descriptor;
} ovm_unranked_memref;

void memrefCopy(int64_t element_size, ovm_unranked_memref *source,
                ovm_unranked_memref *target);

void memrefCopy(int64_t element_size, ovm_unranked_memref *source,
                ovm_unranked_memref *target) {
  int64_t rank = source->rank;
  const int64_t *src = source->descriptor;
  const int64_t *dst = target->descriptor;
  const char *src_data = (const char *)(intptr_t)src[1] + src[2] * element_size;
  char *dst_data = (char *)(intptr_t)dst[1] + dst[2] * element_size;
  const int64_t *sizes = src + 3;
  const int64_t *src_strides = src + 3 + rank;
  const int64_t *dst_strides = dst + 3 + rank;
  int64_t total = 1;
  for (int64_t d = 0; d < rank; ++d)
    total *= sizes[d];
  if (total == 0)
    return;
  /* The innermost dimensions that are one run of memory in both buffers
     (the channels of a position in a padded plane, a whole row) are copied
     by one memcpy per run; the odometer walks the dimensions outside.
     (A dimension of size 1 moves neither buffer, whatever its stride.) */
  int64_t outer = rank, run = 1;
  while (outer > 0 &&
         (sizes[outer - 1] == 1 ||
          (src_strides[outer - 1] == run && dst_strides[outer - 1] == run))) {
    run *= sizes[outer - 1];
    --outer;
  }
  /* The odometer's digits; ranks past a fixed bound get a heap array. */
  int64_t fixed_index[16] = {0};
  int64_t *index = fixed_index;
  if (rank > 16) {
    index = calloc((size_t)rank, sizeof(int64_t));
    if (!index)
      ovm_runtime_fail("memrefCopy: out of memory");
  }
  int64_t src_offset = 0, dst_offset = 0;
  for (int64_t n = 0; n < total; n += run) {
    memcpy(dst_data + dst_offset * element_size,
           src_data + src_offset * element_size, (size_t)(run * element_size));
    for (int64_t d = outer - 1; d >= 0; --d) {
      ++index[d];
      src_offset += src_strides[d];
      dst_offset += dst_strides[d];
      if (index[d] < sizes[d])
        break;
      src_offset -= src_strides[d] * sizes[d];
      dst_offset -= dst_strides[d] * sizes[d];
      index[d] = 0;
    }
  }
  if (index != fixed_index)
    free(index);
}
