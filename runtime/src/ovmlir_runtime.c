/*===- ovmlir_runtime.c - Instances of compiled models ---------------------===*
 *
 * An instance checks the caller's inputs against the model's declared
 * signature, packs them into MLIR memref descriptors, calls the generated
 * entry point and keeps the result descriptors until the next run. Output
 * buffers are allocated by the generated code with malloc; the instance
 * frees them, except those that alias an input or a constant of the model
 * (the generated code returns those without copying).
 *
 *===----------------------------------------------------------------------===*/

/* POSIX: open, mmap, fstat. */
#define _POSIX_C_SOURCE 200809L

#include "runtime_internal.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

/* The allocated pointer MLIR's memref lowering gives buffers that live in
 * global constants (they must never be freed). */
#define OVM_GLOBAL_ALLOCATED_MARKER ((void *)(uintptr_t)0xdeadbeef)

struct ovm_model {
  const ovm_compiled_model *compiled;
  /* Memref descriptors as int64 words: {allocated, aligned, offset,
   * sizes[rank], strides[rank]}; one block per input, and all results back
   * to back as the entry point writes them. */
  int64_t *input_words;
  void **input_descriptors;
  int64_t *result_words;
  /* The caller's input data pointers of the last run (alias checks). */
  void **input_data;
  /* External weights: the mapped file and its descriptor (passed to the
   * entry point after the inputs). */
  void *weights;
  size_t weights_mapped_size;
  int64_t weights_descriptor[5];
  int has_results;
  char error[512];
  /* The variables of a model with state (state.c), created on first use. */
  ovm_state *state;
  /* ovm_model_set_num_threads; 0 for the default
   * (ovm_parallel_default_num_threads). */
  int32_t num_threads;
};

/* Where a failed run-time check in generated code returns to: the
 * ovm_model_run in progress on this thread, and its instance (whose
 * variables the generated code of ReadValue/Assign uses). */
static _Thread_local jmp_buf *current_run;
static _Thread_local ovm_model *current_model;
static _Thread_local ovm_status current_status;
static _Thread_local char current_failure[512];

void ovm_runtime_error(ovm_status status, const char *format, ...) {
  va_list args;
  va_start(args, format);
  vsnprintf(current_failure, sizeof(current_failure), format, args);
  va_end(args);
  if (!current_run) {
    /* Generated code called outside ovm_model_run: nowhere to return. */
    fprintf(stderr, "ovmlir runtime: %s\n", current_failure);
    abort();
  }
  current_status = status;
  longjmp(*current_run, 1);
}

void ovm_runtime_fail(const char *message) {
  ovm_runtime_error(OVM_MISMATCH, "the inputs do not fit the model: %s",
                    message);
}

ovm_state *ovm_current_state(void) {
  if (!current_model) {
    fprintf(stderr, "ovmlir runtime: a variable used outside ovm_model_run\n");
    abort();
  }
  if (!current_model->state)
    current_model->state = ovm_state_create();
  return current_model->state;
}

size_t ovm_element_size(int32_t type) {
  switch (type) {
  case OVM_F64:
  case OVM_I64:
  case OVM_U64:
    return 8;
  case OVM_F32:
  case OVM_I32:
  case OVM_U32:
    return 4;
  case OVM_F16:
  case OVM_BF16:
  case OVM_I16:
  case OVM_U16:
    return 2;
  case OVM_I8:
  case OVM_U8:
  case OVM_BOOL:
    return 1;
  default:
    return 0;
  }
}

const char *ovm_element_type_name(int32_t type) {
  static const char *const names[] = {
      "undefined", "f32", "f16", "bf16", "f64", "i8",  "i16",
      "i32",       "i64", "u8",  "u16",  "u32", "u64", "boolean"};
  if (type < 0 || type > OVM_BOOL)
    return "undefined";
  return names[type];
}

static ovm_status fail(ovm_model *model, ovm_status status, const char *format,
                       ...) {
  va_list args;
  va_start(args, format);
  vsnprintf(model->error, sizeof(model->error), format, args);
  va_end(args);
  return status;
}

static size_t descriptor_words(int32_t rank) { return 3 + 2 * (size_t)rank; }

static _Thread_local char create_error[512];

const char *ovm_last_create_error(void) { return create_error; }

static ovm_status create_failure(ovm_status status, const char *format, ...) {
  va_list args;
  va_start(args, format);
  vsnprintf(create_error, sizeof(create_error), format, args);
  va_end(args);
  return status;
}

static size_t total_descriptor_words(const ovm_tensor_info *infos,
                                     uint32_t count) {
  size_t words = 0;
  for (uint32_t i = 0; i < count; ++i)
    words += descriptor_words(infos[i].rank);
  return words;
}

static void *word_to_pointer(int64_t word) { return (void *)(intptr_t)word; }

/* Frees the result buffers of the last run that the instance owns. */
static void release_results(ovm_model *model) {
  const ovm_compiled_model *compiled = model->compiled;
  if (!model->has_results)
    return;
  size_t offset = 0;
  for (uint32_t i = 0; i < compiled->num_outputs; ++i) {
    void *allocated = word_to_pointer(model->result_words[offset]);
    int owned = allocated != NULL && allocated != OVM_GLOBAL_ALLOCATED_MARKER;
    /* An input returned as it is (or a view of it). */
    for (uint32_t j = 0; owned && j < compiled->num_inputs; ++j)
      owned = allocated != model->input_data[j];
    /* One buffer returned as two outputs. */
    size_t other = 0;
    for (uint32_t j = 0; owned && j < i; ++j) {
      owned = word_to_pointer(model->result_words[other]) != allocated;
      other += descriptor_words(compiled->outputs[j].rank);
    }
    if (owned)
      _mlir_memref_to_llvm_free(allocated);
    offset += descriptor_words(compiled->outputs[i].rank);
  }
  model->has_results = 0;
}

/* Maps the weights file of `compiled` at `path` into `instance`. */
static ovm_status map_weights(ovm_model *instance, const char *path) {
  const ovm_compiled_model *compiled = instance->compiled;
  int file = open(path, O_RDONLY | O_CLOEXEC);
  if (file < 0)
    return create_failure(OVM_WEIGHTS_ERROR,
                          "cannot open the weights file '%s' of model '%s'",
                          path, compiled->name);
  struct stat status;
  if (fstat(file, &status) != 0 ||
      (uint64_t)status.st_size < compiled->weights_size) {
    close(file);
    return create_failure(
        OVM_WEIGHTS_ERROR,
        "the weights file '%s' holds %lld bytes, model '%s' needs %llu", path,
        (long long)status.st_size, compiled->name,
        (unsigned long long)compiled->weights_size);
  }
  void *mapped = mmap(NULL, (size_t)compiled->weights_size, PROT_READ,
                      MAP_PRIVATE, file, 0);
  close(file);
  if (mapped == MAP_FAILED)
    return create_failure(OVM_WEIGHTS_ERROR, "cannot map the weights file '%s'",
                          path);
  instance->weights = mapped;
  instance->weights_mapped_size = (size_t)compiled->weights_size;
  int64_t *descriptor = instance->weights_descriptor;
  descriptor[0] = descriptor[1] = (int64_t)(intptr_t)mapped;
  descriptor[2] = 0;
  descriptor[3] = (int64_t)compiled->weights_size;
  descriptor[4] = 1;
  return OVM_OK;
}

ovm_status ovm_model_create_with_weights(const ovm_compiled_model *compiled,
                                         const char *weights_path,
                                         ovm_model **model) {
  create_error[0] = '\0';
  if (!model)
    return create_failure(OVM_INVALID_ARGUMENT, "no model pointer given");
  *model = NULL;
  if (!compiled)
    return create_failure(OVM_INVALID_ARGUMENT, "no compiled model given");
  if (compiled->abi_version != OVM_ABI_VERSION)
    return create_failure(OVM_ABI_MISMATCH,
                          "the model was compiled for ABI version %u, this "
                          "runtime implements version %u",
                          (unsigned)compiled->abi_version,
                          (unsigned)OVM_ABI_VERSION);
  if (compiled->weights_size > 0 && !weights_path)
    return create_failure(OVM_WEIGHTS_ERROR,
                          "model '%s' keeps its weights in '%s': create it "
                          "with ovm_model_create_with_weights",
                          compiled->name, compiled->weights_file);
  ovm_model *instance = calloc(1, sizeof(ovm_model));
  if (!instance)
    return create_failure(OVM_OUT_OF_MEMORY, "out of memory");
  instance->compiled = compiled;
  size_t input_words =
      total_descriptor_words(compiled->inputs, compiled->num_inputs);
  size_t result_words =
      total_descriptor_words(compiled->outputs, compiled->num_outputs);
  /* calloc(0) may return NULL: allocate at least one element. One more
   * descriptor pointer for the weights. */
  instance->input_words = calloc(input_words + 1, sizeof(int64_t));
  instance->input_descriptors =
      calloc(compiled->num_inputs + 2, sizeof(void *));
  instance->input_data = calloc(compiled->num_inputs + 1, sizeof(void *));
  instance->result_words = calloc(result_words + 1, sizeof(int64_t));
  if (!instance->input_words || !instance->input_descriptors ||
      !instance->input_data || !instance->result_words) {
    ovm_model_destroy(instance);
    return create_failure(OVM_OUT_OF_MEMORY, "out of memory");
  }
  size_t offset = 0;
  for (uint32_t i = 0; i < compiled->num_inputs; ++i) {
    instance->input_descriptors[i] = instance->input_words + offset;
    offset += descriptor_words(compiled->inputs[i].rank);
  }
  if (compiled->weights_size > 0) {
    ovm_status status = map_weights(instance, weights_path);
    if (status != OVM_OK) {
      ovm_model_destroy(instance);
      return status;
    }
    instance->input_descriptors[compiled->num_inputs] =
        instance->weights_descriptor;
  }
  ovm_embedded_weights_to_huge_pages(compiled);
  *model = instance;
  return OVM_OK;
}

ovm_status ovm_model_create(const ovm_compiled_model *compiled,
                            ovm_model **model) {
  return ovm_model_create_with_weights(compiled, NULL, model);
}

void ovm_model_destroy(ovm_model *model) {
  if (!model)
    return;
  if (model->result_words)
    release_results(model);
  free(model->input_words);
  free(model->input_descriptors);
  free(model->input_data);
  free(model->result_words);
  if (model->weights)
    munmap(model->weights, model->weights_mapped_size);
  ovm_state_destroy(model->state);
  free(model);
}

size_t ovm_model_num_inputs(const ovm_model *model) {
  return model ? model->compiled->num_inputs : 0;
}

size_t ovm_model_num_outputs(const ovm_model *model) {
  return model ? model->compiled->num_outputs : 0;
}

const ovm_tensor_info *ovm_model_input_info(const ovm_model *model,
                                            size_t index) {
  if (!model || index >= model->compiled->num_inputs)
    return NULL;
  return &model->compiled->inputs[index];
}

const ovm_tensor_info *ovm_model_output_info(const ovm_model *model,
                                             size_t index) {
  if (!model || index >= model->compiled->num_outputs)
    return NULL;
  return &model->compiled->outputs[index];
}

/* Checks `tensor` against the declared input `index`. */
static ovm_status check_input(ovm_model *model, size_t index,
                              const ovm_tensor *tensor) {
  const ovm_tensor_info *info = &model->compiled->inputs[index];
  if (tensor->element_type != info->element_type)
    return fail(model, OVM_MISMATCH,
                "input %zu ('%s'): element type %s, the model expects %s",
                index, info->name, ovm_element_type_name(tensor->element_type),
                ovm_element_type_name(info->element_type));
  if (tensor->rank != info->rank)
    return fail(model, OVM_MISMATCH,
                "input %zu ('%s'): rank %d, the model expects rank %d", index,
                info->name, (int)tensor->rank, (int)info->rank);
  if (tensor->rank > 0 && !tensor->shape)
    return fail(model, OVM_INVALID_ARGUMENT, "input %zu ('%s'): no shape",
                index, info->name);
  int64_t elements = 1;
  for (int32_t d = 0; d < tensor->rank; ++d) {
    int64_t size = tensor->shape[d];
    if (size < 0)
      return fail(model, OVM_MISMATCH,
                  "input %zu ('%s'): dimension %d is negative (%lld)", index,
                  info->name, (int)d, (long long)size);
    if (info->shape[d] >= 0 && info->shape[d] != size)
      return fail(model, OVM_MISMATCH,
                  "input %zu ('%s'): dimension %d is %lld, the model expects "
                  "%lld",
                  index, info->name, (int)d, (long long)size,
                  (long long)info->shape[d]);
    elements *= size;
  }
  if (!tensor->data && elements != 0)
    return fail(model, OVM_INVALID_ARGUMENT, "input %zu ('%s'): no data", index,
                info->name);
  return OVM_OK;
}

/* Fills the memref descriptor of a dense row-major tensor. */
static void pack_descriptor(int64_t *words, const ovm_tensor *tensor) {
  words[0] = (int64_t)(intptr_t)tensor->data;
  words[1] = (int64_t)(intptr_t)tensor->data;
  words[2] = 0;
  int64_t stride = 1;
  for (int32_t d = tensor->rank - 1; d >= 0; --d) {
    words[3 + d] = tensor->shape[d];
    words[3 + tensor->rank + d] = stride;
    stride *= tensor->shape[d];
  }
}

ovm_status ovm_model_set_num_threads(ovm_model *model, int32_t num_threads) {
  if (!model || num_threads < 0)
    return OVM_INVALID_ARGUMENT;
  model->num_threads = num_threads;
  return OVM_OK;
}

ovm_status ovm_model_run(ovm_model *model, const ovm_tensor *inputs,
                         size_t num_inputs) {
  if (!model)
    return OVM_INVALID_ARGUMENT;
  const ovm_compiled_model *compiled = model->compiled;
  model->error[0] = '\0';
  if (num_inputs != compiled->num_inputs)
    return fail(model, OVM_INVALID_ARGUMENT,
                "%zu inputs given, the model has %u", num_inputs,
                (unsigned)compiled->num_inputs);
  if (num_inputs > 0 && !inputs)
    return fail(model, OVM_INVALID_ARGUMENT, "no inputs given");
  for (size_t i = 0; i < num_inputs; ++i) {
    ovm_status status = check_input(model, i, &inputs[i]);
    if (status != OVM_OK)
      return status;
  }
  release_results(model);
  for (size_t i = 0; i < num_inputs; ++i) {
    pack_descriptor(model->input_descriptors[i], &inputs[i]);
    model->input_data[i] = inputs[i].data;
  }
  /* A failed check in the generated code (inputs whose dynamic dimensions
   * disagree, a variable's value that does not fit) comes back here through
   * ovm_runtime_error. Buffers the run had allocated by then are not freed;
   * its Assigns are dropped. */
  jmp_buf run;
  jmp_buf *outer = current_run;
  ovm_model *outer_model = current_model;
  current_run = &run;
  current_model = model;
  if (setjmp(run)) {
    current_run = outer;
    current_model = outer_model;
    ovm_state_discard(model->state);
    return fail(model, current_status, "%s", current_failure);
  }
  /* The parallel loops of the generated code run on the calling thread's
   * team (parallel.c), in teams of the instance's size. */
  ovm_parallel_set_num_threads(model->num_threads > 0
                                   ? model->num_threads
                                   : ovm_parallel_default_num_threads());
  compiled->entry(model->input_descriptors, model->result_words);
  current_run = outer;
  current_model = outer_model;
  ovm_state_commit(model->state);
  model->has_results = 1;
  return OVM_OK;
}

ovm_status ovm_model_output(const ovm_model *model, size_t index,
                            ovm_tensor *output) {
  if (!model || !output || index >= model->compiled->num_outputs ||
      !model->has_results)
    return OVM_INVALID_ARGUMENT;
  const ovm_compiled_model *compiled = model->compiled;
  size_t offset = 0;
  for (size_t i = 0; i < index; ++i)
    offset += descriptor_words(compiled->outputs[i].rank);
  const int64_t *words = model->result_words + offset;
  const ovm_tensor_info *info = &compiled->outputs[index];
  size_t element_size = ovm_element_size(info->element_type);
  output->data = (char *)word_to_pointer(words[1]) + words[2] * element_size;
  output->element_type = info->element_type;
  output->rank = info->rank;
  output->shape = words + 3;
  return OVM_OK;
}

ovm_status ovm_model_reset_state(ovm_model *model) {
  if (!model)
    return OVM_INVALID_ARGUMENT;
  ovm_state_reset(model->state);
  return OVM_OK;
}

const char *ovm_model_last_error(const ovm_model *model) {
  return model ? model->error : "no model";
}
