/*===- runtime_internal.h - What the runtime's sources share ---------------===*
 *
 * Not installed: the interface between ovmlir_runtime.c (instances, runs),
 * state.c (the variables of models with state) and buffer_cache.c (the
 * allocator of generated code).
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

#endif /* OVMLIR_RUNTIME_INTERNAL_H */
