/*===- buffer_cache.c - Buffers of generated code, reused across runs ------===*
 *
 * Generated code allocates its temporaries and results through
 * _mlir_memref_to_llvm_alloc and _mlir_memref_to_llvm_free (the pipeline
 * lowers memrefs with finalize-memref-to-llvm{use-generic-functions}). A
 * model allocates the same sizes in every run, and memory fresh from the
 * system costs a page fault per page when first touched (about 40% of a
 * ResNet-50 run with malloc/free). Freed buffers are kept by size and handed
 * out again, up to a bound on the bytes kept (1 GiB, or the environment
 * variable OVM_BUFFER_CACHE_BYTES read at the first allocation); beyond it
 * buffers go back to the system. A mutex guards the cache: instances run
 * concurrently on different threads.
 *
 *===----------------------------------------------------------------------===*/

#include "runtime_internal.h"

#include <pthread.h>
#include <stdlib.h>

/* Every buffer starts with this header; the caller gets the memory after
 * it (16-byte aligned, as malloc's). */
typedef struct block {
  size_t size; /* usable bytes */
  struct block *next;
} block;

enum { kBuckets = 1024, kGranule = 64 };

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static block *free_lists[kBuckets];
static size_t cached_bytes;
static size_t limit_bytes;
static int limit_known;

static size_t cache_limit(void) {
  if (!limit_known) {
    limit_bytes = (size_t)1 << 30;
    const char *text = getenv("OVM_BUFFER_CACHE_BYTES");
    if (text && *text) {
      char *end;
      unsigned long long value = strtoull(text, &end, 10);
      if (*end == '\0')
        limit_bytes = (size_t)value;
    }
    limit_known = 1;
  }
  return limit_bytes;
}

static size_t bucket_of(size_t size) { return (size / kGranule) % kBuckets; }

void *_mlir_memref_to_llvm_alloc(size_t size) {
  /* Sizes are rounded up so that nearly equal requests share buffers. */
  size = (size + kGranule - 1) / kGranule * kGranule;
  if (size == 0)
    size = kGranule;
  pthread_mutex_lock(&lock);
  block **link = &free_lists[bucket_of(size)];
  while (*link && (*link)->size != size)
    link = &(*link)->next;
  block *found = *link;
  if (found) {
    *link = found->next;
    cached_bytes -= size;
  }
  pthread_mutex_unlock(&lock);
  if (!found) {
    found = malloc(sizeof(block) + size);
    if (!found)
      return NULL;
    found->size = size;
  }
  return found + 1;
}

void _mlir_memref_to_llvm_free(void *pointer) {
  if (!pointer)
    return;
  block *freed = (block *)pointer - 1;
  pthread_mutex_lock(&lock);
  if (cached_bytes + freed->size <= cache_limit()) {
    block **list = &free_lists[bucket_of(freed->size)];
    freed->next = *list;
    *list = freed;
    cached_bytes += freed->size;
    freed = NULL;
  }
  pthread_mutex_unlock(&lock);
  free(freed);
}
