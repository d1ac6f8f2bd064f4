/*===- ovmlir_runtime.h - The C ABI of models compiled by ov-mlir ----------===*
 *
 * `ovc model.onnx --compile` writes model.o (the model's code and, by
 * default, its weights) and model.h, which declares the model's descriptor:
 *
 *   extern const ovm_compiled_model model_model;
 *
 * A program links model.o with this runtime (libovmlir_runtime.a, -lm) and:
 *
 *   ovm_model *m;
 *   if (ovm_model_create(&model_model, &m) != OVM_OK) ...
 *   ovm_tensor in = {data, OVM_F32, 4, shape};
 *   if (ovm_model_run(m, &in, 1) != OVM_OK)
 *     fprintf(stderr, "%s\n", ovm_model_last_error(m));
 *   ovm_tensor out;
 *   ovm_model_output(m, 0, &out);    // valid until the next run or destroy
 *   ovm_model_destroy(m);
 *
 * A model with state (OpenVINO's ReadValue/Assign) keeps its variables in
 * the instance: each run reads the values the previous runs assigned (a
 * variable not yet assigned reads its initial value), and
 * ovm_model_reset_state forgets them all.
 *
 * Every function reports failure through its status and
 * ovm_model_last_error; none aborts on bad input. An instance is not
 * thread-safe, but separate instances (of one or several models) may run
 * concurrently from different threads: compiled code has no mutable global
 * state.
 *
 *===----------------------------------------------------------------------===*/

#ifndef OVMLIR_RUNTIME_H
#define OVMLIR_RUNTIME_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The version of the layout of ovm_compiled_model; bumped on any change. */
#define OVM_ABI_VERSION 3

typedef enum ovm_status {
  OVM_OK = 0,
  OVM_INVALID_ARGUMENT = 1, /* a null pointer, an index out of range */
  OVM_MISMATCH = 2,         /* an input's type, rank or shape is wrong */
  OVM_OUT_OF_MEMORY = 3,
  OVM_ABI_MISMATCH = 4,  /* the model was compiled for another ABI version */
  OVM_WEIGHTS_ERROR = 5, /* the weights file is missing, short or unreadable */
  OVM_STATE_MISMATCH = 6 /* a variable's value does not fit the ReadValue
                            or Assign that uses it (element type, shape) */
} ovm_status;

/* Element types. The numbering is part of the ABI. */
typedef enum ovm_element_type {
  OVM_UNDEFINED = 0,
  OVM_F32 = 1,
  OVM_F16 = 2,
  OVM_BF16 = 3,
  OVM_F64 = 4,
  OVM_I8 = 5,
  OVM_I16 = 6,
  OVM_I32 = 7,
  OVM_I64 = 8,
  OVM_U8 = 9,
  OVM_U16 = 10,
  OVM_U32 = 11,
  OVM_U64 = 12,
  OVM_BOOL = 13 /* one byte per element, 0 or 1 */
} ovm_element_type;

/* The size in bytes of one element, 0 for OVM_UNDEFINED or unknown values. */
size_t ovm_element_size(int32_t element_type);
/* "f32", "i64", "boolean", ... (OpenVINO's spelling), or "undefined". */
const char *ovm_element_type_name(int32_t element_type);

/* A dense row-major tensor owned by the caller (inputs) or by the model
 * instance (outputs). */
typedef struct ovm_tensor {
  void *data;
  int32_t element_type; /* an ovm_element_type */
  int32_t rank;
  const int64_t *shape; /* `rank` dimensions */
} ovm_tensor;

/* What the model declares about one input or output: its name, element type
 * and shape, where a dynamic dimension is -1. */
typedef struct ovm_tensor_info {
  const char *name;
  int32_t element_type;
  int32_t rank;
  const int64_t *shape;
} ovm_tensor_info;

/* The descriptor a compiled model exports (generated code; read-only). */
typedef struct ovm_compiled_model {
  uint32_t abi_version; /* OVM_ABI_VERSION */
  uint32_t num_inputs;
  uint32_t num_outputs;
  uint32_t reserved;
  const char *name;
  const ovm_tensor_info *inputs;
  const ovm_tensor_info *outputs;
  /* Runs the model. `inputs` points at one MLIR memref descriptor per input
   * ({allocated, aligned, offset, sizes[rank], strides[rank]}); `results`
   * receives one such descriptor per output, back to back. Called by the
   * runtime only, after it has checked the inputs. With external weights,
   * the weights buffer's descriptor follows the inputs'. */
  void (*entry)(void **inputs, void *results);
  /* External weights (ovc --compile --external_weights): the size of the
   * weights file and its name as written beside the object; 0 and NULL
   * when the weights are embedded in the object. */
  uint64_t weights_size;
  const char *weights_file;
  /* Embedded weights: the block of them in the object (its section
   * .rodata.ovm_weights) and its size in bytes; NULL and 0 when the model
   * has none or keeps them elsewhere. The runtime moves the block's whole
   * 2 MiB pages into memory the kernel may back with huge pages
   * (runtime/src/huge_pages.c; OVM_HUGE_PAGES=0 in the environment turns it
   * off). */
  const void *embedded_weights;
  uint64_t embedded_weights_size;
} ovm_compiled_model;

typedef struct ovm_model ovm_model;

/* Creates an instance of a compiled model whose weights are embedded. A
 * model with external weights needs ovm_model_create_with_weights. */
ovm_status ovm_model_create(const ovm_compiled_model *compiled,
                            ovm_model **model);
/* Creates an instance of a model with external weights, memory-mapping the
 * weights file at `weights_path` (read-only, shared between instances by
 * the OS). For a model with embedded weights `weights_path` may be NULL.
 * Errors (OVM_WEIGHTS_ERROR) are described by ovm_last_create_error. */
ovm_status ovm_model_create_with_weights(const ovm_compiled_model *compiled,
                                         const char *weights_path,
                                         ovm_model **model);
/* Why the last ovm_model_create* on this thread failed ("" after success). */
const char *ovm_last_create_error(void);
void ovm_model_destroy(ovm_model *model);

size_t ovm_model_num_inputs(const ovm_model *model);
size_t ovm_model_num_outputs(const ovm_model *model);
/* The declared input/output `index`, or NULL when out of range. */
const ovm_tensor_info *ovm_model_input_info(const ovm_model *model,
                                            size_t index);
const ovm_tensor_info *ovm_model_output_info(const ovm_model *model,
                                             size_t index);

/* Runs the model on `num_inputs` tensors in the model's input order. Each
 * is checked against the declared element type, rank and static
 * dimensions; a mismatch returns OVM_MISMATCH and a message, and nothing
 * runs. Dynamic dimensions that must agree with each other are checked
 * while the model runs: a disagreement also returns OVM_MISMATCH.
 * Blocks of layers computed row by row keep up to 512 KB of scratch on
 * each thread's stack: the calling thread needs that much stack to spare
 * (the runtime's own threads get 4 MB). */
ovm_status ovm_model_run(ovm_model *model, const ovm_tensor *inputs,
                         size_t num_inputs);
/* Output `index` of the last successful run: data and shape stay valid
 * until the next run or destroy. */
ovm_status ovm_model_output(const ovm_model *model, size_t index,
                            ovm_tensor *output);

/* The message of the last failure on `model` ("" when none). */
const char *ovm_model_last_error(const ovm_model *model);

/* Forgets the value of every variable of a model with state (OpenVINO's
 * InferRequest::reset_state): the next run reads each variable's initial
 * value (ReadValue's init_value, or zeros) as the first run did. Variables
 * live in the instance: one run's Assigns are seen by the next runs of the
 * same instance only, and destroy frees them. */
ovm_status ovm_model_reset_state(ovm_model *model);

/* The number of threads the model's parallel loops use in the following
 * runs of `model`: the calling thread and worker threads of its own, made
 * by its first run of more than one thread (they spin for 2 ms after each
 * parallel loop, then sleep until the next; they end with the thread). The
 * setting is per instance and applied to the calling thread by each run.
 * 0, the default, means OVM_NUM_THREADS, else OMP_NUM_THREADS, else every
 * CPU the process may run on. */
ovm_status ovm_model_set_num_threads(ovm_model *model, int32_t num_threads);

/* Called by generated code when a run-time check fails (dynamic dimensions
 * of the inputs that must agree and do not): ovm_model_run returns
 * OVM_MISMATCH with `message`. Not for use by programs. */
void ovm_runtime_fail(const char *message);

/* Called by the generated code (not for use by programs): the number of
 * threads the parallel regions of the running model get (its
 * ovm_model_set_num_threads setting, or the default), 1 inside a region.
 * Code that splits work into one share per thread (a block of layers
 * computed row by row, each thread its band of rows) sizes the split by it. */
int32_t ovm_runtime_num_threads(void);

/* Called by the generated code (not for use by programs): the first row of
 * band `band` of `bands` over `rows` rows (0 for band 0, `rows` for band
 * `bands`), where the region's thread `band` runs band `band` and the bands
 * are as many as the region's threads. The bands are sized by each
 * thread's speed in the region's earlier runs (equal at first, and when
 * the bands are not one per thread); every band gets at least one row when
 * there are as many rows. Each thread calls it for its band's first row
 * first: that starts the timing of its band, which ends with the region. */
int64_t ovm_runtime_band_start(int64_t band, int64_t bands, int64_t rows);

/* Called by the generated code of ReadValue and Assign (not for use by
 * programs); `name` is the variable_id, a NUL-terminated string. Variables
 * belong to the instance running on the calling thread. Within a run,
 * ReadValue reads the value as of the start of the run, and Assigns take
 * effect when the run succeeds (the last Assign of a variable wins); a
 * failed run changes no variable. A value that does not fit fails the run
 * with OVM_STATE_MISMATCH.
 *
 * ReadValue: when the variable holds a value, checks its element type and
 * rank and its dimensions against `sizes` (`rank` of them, -1 for any),
 * stores its dimensions in `sizes` and returns 1; returns 0 when the
 * variable holds no value (first run, after ovm_model_reset_state). */
int32_t ovm_runtime_variable_get(const char *name, int32_t element_type,
                                 int32_t rank, int64_t *sizes);
/* Copies the variable's value, dense and row-major, to `data`, a buffer of
 * the dimensions ovm_runtime_variable_get reported. */
void ovm_runtime_variable_read(const char *name, void *data);
/* Assign: stores a copy of the strided tensor at `data` as the variable's
 * value. `layout` holds 1 + 3 * rank words: the offset (in elements), the
 * sizes, the strides (in elements), and the variable's declared dimensions
 * (-1 for any), which the sizes must match. */
void ovm_runtime_variable_set(const char *name, int32_t element_type,
                              int32_t rank, const void *data,
                              const int64_t *layout);

#ifdef __cplusplus
}
#endif

#endif /* OVMLIR_RUNTIME_H */
