/*===- huge_pages.c - A model's embedded weights on huge pages -------------===*
 *
 * A compiled model's embedded weights are a block of its object's read-only
 * data, mapped from the executable or shared object file in 4 KiB pages.
 * Models whose weights exceed the caches stream them from memory in every
 * run, a TLB miss per 4 KiB page, and how fast depended on how the page
 * cache had laid out the file: on 2 MiB pages ViT-B/16 (346 MB of weights)
 * ran 3-4% faster than from a file fresh from disk and 17-20% faster than
 * from one just written (docs/PERFORMANCE.md).
 *
 * So when a model's first instance is created, the whole 2 MiB pages inside
 * its block of weights are copied into anonymous memory that the kernel may
 * back with transparent huge pages (madvise), which then replaces them at
 * the same addresses (mremap): the code's addresses of the weights stay
 * valid, and their bytes are the same. Where something fails (no memory),
 * or the kernel has transparent huge pages off ("never"), the weights stay
 * where they are. The copy is private memory of the process: processes
 * that load the same model no longer share its weights' pages.
 *
 *===----------------------------------------------------------------------===*/

/* Linux: mremap, MADV_HUGEPAGE. */
#define _GNU_SOURCE

#include "runtime_internal.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sys/mman.h>

#define kHugePage ((uintptr_t)OVM_HUGE_PAGE_BYTES)

/* Blocks already moved (or tried) in this process; a process with more
 * models than this leaves the others' weights where they are. */
#define kMaxBlocks 64
static const void *done_blocks[kMaxBlocks];
static int num_done_blocks;
static pthread_mutex_t done_lock = PTHREAD_MUTEX_INITIALIZER;

/* Whether the kernel gives transparent huge pages to memory that asks for
 * them: its setting is not "[never]" (or it cannot be read). */
static int kernel_has_huge_pages(void) {
  FILE *file = fopen("/sys/kernel/mm/transparent_hugepage/enabled", "r");
  if (!file)
    return 1;
  char setting[128] = {0};
  size_t length = fread(setting, 1, sizeof(setting) - 1, file);
  fclose(file);
  setting[length] = '\0';
  return strstr(setting, "[never]") == NULL;
}

int ovm_huge_pages_enabled(void) {
  /* 0: not known yet, 1: off, 2: on. */
  static atomic_int state = 0;
  int value = atomic_load(&state);
  if (value == 0) {
    const char *setting = getenv("OVM_HUGE_PAGES");
    value = (setting && strcmp(setting, "0") == 0) || !kernel_has_huge_pages()
                ? 1
                : 2;
    atomic_store(&state, value);
  }
  return value == 2;
}

int ovm_move_to_huge_pages(const void *block, uint64_t size) {
  uintptr_t begin = ((uintptr_t)block + kHugePage - 1) & ~(kHugePage - 1);
  uintptr_t end = ((uintptr_t)block + size) & ~(kHugePage - 1);
  if (!block || end <= begin)
    return 0;
  size_t bytes = end - begin;
  /* Staging memory on huge page boundaries (one huge page more to align
   * it), asking for huge pages. */
  char *mapped = mmap(NULL, bytes + kHugePage, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (mapped == MAP_FAILED)
    return 0;
  char *staging =
      (char *)(((uintptr_t)mapped + kHugePage - 1) & ~(kHugePage - 1));
  if (staging > mapped)
    munmap(mapped, (size_t)(staging - mapped));
  char *mapped_end = mapped + bytes + kHugePage;
  if (mapped_end > staging + bytes)
    munmap(staging + bytes, (size_t)(mapped_end - (staging + bytes)));
  if (madvise(staging, bytes, MADV_HUGEPAGE) != 0) {
    munmap(staging, bytes);
    return 0;
  }
  /* A huge page at a time, so that the process holds at most one page of
   * the weights twice: copied, made read-only, moved over the original. */
  for (size_t offset = 0; offset < bytes; offset += kHugePage) {
    char *page = staging + offset;
    memcpy(page, (const char *)begin + offset, kHugePage);
    if (mprotect(page, kHugePage, PROT_READ) != 0 ||
        mremap(page, kHugePage, kHugePage, MREMAP_MAYMOVE | MREMAP_FIXED,
               (char *)begin + offset) == MAP_FAILED) {
      munmap(page, bytes - offset);
      return 0;
    }
  }
  return 1;
}

void ovm_embedded_weights_to_huge_pages(const ovm_compiled_model *compiled) {
  const void *block = compiled->embedded_weights;
  if (!block)
    return;
  pthread_mutex_lock(&done_lock);
  int done = 0;
  for (int i = 0; i < num_done_blocks && !done; ++i)
    done = done_blocks[i] == block;
  if (!done && num_done_blocks < kMaxBlocks && ovm_huge_pages_enabled()) {
    ovm_move_to_huge_pages(block, compiled->embedded_weights_size);
    done_blocks[num_done_blocks++] = block;
  }
  pthread_mutex_unlock(&done_lock);
}
