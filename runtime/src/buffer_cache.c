/*===- buffer_cache.c - Buffers of generated code, reused across runs ------===*
 *
 * Generated code allocates its temporaries and results through
 * _mlir_memref_to_llvm_alloc and _mlir_memref_to_llvm_free (the pipeline
 * lowers memrefs with finalize-memref-to-llvm{use-generic-functions}). A
 * model allocates the same sizes in every run, and memory fresh from the
 * system costs a page fault per page when first touched (about 40% of a
 * ResNet-50 run with malloc/free). Freed buffers are kept, up to a bound on
 * the bytes kept (1 GiB, or the environment variable OVM_BUFFER_CACHE_BYTES
 * read at the first allocation; beyond it buffers go back to the system),
 * and handed out again for requests of at least half their size, the most
 * recently freed first: its memory is the likeliest to be in cache. (Kept
 * for requests of their own size only, each size had its own buffers and a
 * run cycled through all of them: EfficientNet-B0 touched 44 MB of
 * buffers per run instead of 36, and ran 5-10% slower.) A mutex guards the
 * cache: instances run concurrently on different threads.
 *
 *===----------------------------------------------------------------------===*/

#include "runtime_internal.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* Every buffer starts with this header; the caller gets the memory after
 * it (16-byte aligned, as malloc's). */
typedef struct block {
  size_t size; /* usable bytes */
  struct block *next;
} block;

enum { kGranule = 64 };

/* Buffers of at least this many bytes start on a huge page boundary and are
 * advised to be backed by transparent huge pages (ovm_huge_pages_enabled):
 * the rows of an im2col matrix lie pages apart, and a register tile's K
 * loop touches a new 4 KiB page in every step otherwise, a TLB miss each
 * (ResNet-50's 3x3 and 7x7 convolutions: ~10%). */
enum { kHugePage = OVM_HUGE_PAGE_BYTES };

static block *allocate(size_t size) {
  size_t bytes = sizeof(block) + size;
  if (bytes < kHugePage || !ovm_huge_pages_enabled())
    return malloc(bytes);
  void *memory = NULL;
  bytes = (bytes + kHugePage - 1) / kHugePage * kHugePage;
  if (posix_memalign(&memory, kHugePage, bytes) != 0)
    return NULL;
  madvise(memory, bytes, MADV_HUGEPAGE);
  return memory;
}

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
/* Cached buffers, the most recently freed first. */
static block *free_list;
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

void *_mlir_memref_to_llvm_alloc(size_t size) {
  size = (size + kGranule - 1) / kGranule * kGranule;
  if (size == 0)
    size = kGranule;
  pthread_mutex_lock(&lock);
  block **link = &free_list;
  while (*link && ((*link)->size < size || (*link)->size > 2 * size))
    link = &(*link)->next;
  block *found = *link;
  if (found) {
    *link = found->next;
    cached_bytes -= found->size;
  }
  pthread_mutex_unlock(&lock);
  if (!found) {
    found = allocate(size);
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
    freed->next = free_list;
    free_list = freed;
    cached_bytes += freed->size;
    freed = NULL;
  }
  pthread_mutex_unlock(&lock);
  free(freed);
}
