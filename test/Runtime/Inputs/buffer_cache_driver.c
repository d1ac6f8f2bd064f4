// The allocator of generated code (runtime/src/buffer_cache.c): a freed
// buffer is handed out again for a request of the same (rounded) size or
// of at least half its size, the most recently freed first, not for a
// larger or a much smaller one; with OVM_BUFFER_CACHE_BYTES=0 nothing is
// kept; a
// buffer of megabytes starts on a 2 MiB boundary (huge pages) unless
// OVM_HUGE_PAGES=0. Prints what it saw; the memory must be writable over
// its whole size.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void *_mlir_memref_to_llvm_alloc(size_t size);
void _mlir_memref_to_llvm_free(void *pointer);

int main(void) {
  char *first = _mlir_memref_to_llvm_alloc(1000);
  memset(first, 1, 1000);
  _mlir_memref_to_llvm_free(first);
  char *same = _mlir_memref_to_llvm_alloc(1000);
  // 1000 and 1001 round up to the same 64-byte granule.
  _mlir_memref_to_llvm_free(same);
  char *rounded = _mlir_memref_to_llvm_alloc(1001);
  char *other = _mlir_memref_to_llvm_alloc(1000);
  memset(other, 2, 1000);
  char *bigger = _mlir_memref_to_llvm_alloc(5000);
  memset(bigger, 3, 5000);
  printf("reused: %s\n", same == first ? "yes" : "no");
  printf("rounded size reused: %s\n", rounded == first ? "yes" : "no");
  printf("live buffers distinct: %s\n",
         other != rounded && bigger != rounded && bigger != other ? "yes"
                                                                  : "no");
  printf("aligned to 16: %s\n",
         ((size_t)first % 16 == 0 && (size_t)bigger % 16 == 0) ? "yes" : "no");
  size_t large_size = 5u << 20;
  char *large = _mlir_memref_to_llvm_alloc(large_size);
  memset(large, 4, large_size);
  // The allocator's header (16 bytes) comes first in the block.
  printf("large buffer on a huge page boundary: %s\n",
         (size_t)(large - 16) % (2u << 20) == 0 ? "yes" : "no");
  _mlir_memref_to_llvm_free(large);
  _mlir_memref_to_llvm_free(rounded);
  _mlir_memref_to_llvm_free(other);
  _mlir_memref_to_llvm_free(bigger);
  _mlir_memref_to_llvm_free(NULL);
  // Free now, most recent first: bigger (5000), other, rounded (1000 each),
  // large. 3000 fits in bigger (at most twice its size), 6000 in none of
  // them but large is over twice 6000; 1000 takes the last freed 1000.
  char *smaller = _mlir_memref_to_llvm_alloc(3000);
  memset(smaller, 5, 3000);
  char *larger = _mlir_memref_to_llvm_alloc(6000);
  memset(larger, 6, 6000);
  char *recent = _mlir_memref_to_llvm_alloc(1000);
  printf("smaller request reuses a buffer up to twice its size: %s\n",
         smaller == bigger ? "yes" : "no");
  printf("larger request gets a new buffer: %s\n",
         larger != large && larger != bigger && larger != other &&
                 larger != rounded
             ? "yes"
             : "no");
  printf("most recently freed first: %s\n", recent == other ? "yes" : "no");
  _mlir_memref_to_llvm_free(smaller);
  _mlir_memref_to_llvm_free(larger);
  _mlir_memref_to_llvm_free(recent);
  return 0;
}
