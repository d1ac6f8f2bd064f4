// The allocator of generated code (runtime/src/buffer_cache.c): a freed
// buffer is handed out again for a request of the same (rounded) size, not
// for another size; with OVM_BUFFER_CACHE_BYTES=0 nothing is kept; a
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
  return 0;
}
