/*===- state.c - The variables of models with state ------------------------===*
 *
 * ReadValue and Assign (OpenVINO's stateful ops) compile to calls of
 * ovm_runtime_variable_get/read/set, which work on the variables of the
 * instance running on the calling thread. Variables are created by name on
 * their first Assign; each keeps two values: the current one, read during
 * a run, and the pending one an Assign writes. A successful run commits
 * the pending values (so ReadValue always reads the value as of the start
 * of the run, as OpenVINO's double-buffered states do), a failed one drops
 * them. The buffers of a committed value are reused by the next Assign.
 *
 *===----------------------------------------------------------------------===*/

#include "runtime_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct ovm_value {
  int present;
  int32_t element_type;
  int32_t rank;
  int64_t *shape; /* `rank` dimensions */
  void *data;     /* dense, row-major */
  size_t bytes;
  size_t data_capacity;   /* bytes allocated at `data` */
  int32_t shape_capacity; /* dimensions allocated at `shape` */
} ovm_value;

typedef struct ovm_variable {
  char *name;
  ovm_value current; /* as of the start of the run */
  ovm_value pending; /* assigned by the run in progress */
} ovm_variable;

struct ovm_state {
  ovm_variable *variables;
  size_t count;
  size_t capacity;
};

ovm_state *ovm_state_create(void) { return calloc(1, sizeof(ovm_state)); }

static void free_value(ovm_value *value) {
  free(value->shape);
  free(value->data);
  memset(value, 0, sizeof(*value));
}

void ovm_state_destroy(ovm_state *state) {
  if (!state)
    return;
  for (size_t i = 0; i < state->count; ++i) {
    free(state->variables[i].name);
    free_value(&state->variables[i].current);
    free_value(&state->variables[i].pending);
  }
  free(state->variables);
  free(state);
}

void ovm_state_reset(ovm_state *state) {
  if (!state)
    return;
  /* Free the buffers too: a reset often drops a large cache. */
  for (size_t i = 0; i < state->count; ++i) {
    free_value(&state->variables[i].current);
    free_value(&state->variables[i].pending);
  }
}

void ovm_state_commit(ovm_state *state) {
  if (!state)
    return;
  for (size_t i = 0; i < state->count; ++i) {
    ovm_variable *variable = &state->variables[i];
    if (!variable->pending.present)
      continue;
    ovm_value old = variable->current;
    variable->current = variable->pending;
    variable->pending = old;
    variable->pending.present = 0;
  }
}

void ovm_state_discard(ovm_state *state) {
  if (!state)
    return;
  for (size_t i = 0; i < state->count; ++i)
    state->variables[i].pending.present = 0;
}

static ovm_variable *find_variable(ovm_state *state, const char *name) {
  for (size_t i = 0; i < state->count; ++i)
    if (strcmp(state->variables[i].name, name) == 0)
      return &state->variables[i];
  return NULL;
}

static ovm_state *current_state(void) {
  ovm_state *state = ovm_current_state();
  if (!state)
    ovm_runtime_error(OVM_OUT_OF_MEMORY, "out of memory for the variables");
  return state;
}

/* "[1,?,4]" into `text` (dimensions below 0 are '?'). */
static const char *format_shape(char *text, size_t size, int32_t rank,
                                const int64_t *shape) {
  size_t used = (size_t)snprintf(text, size, "[");
  for (int32_t d = 0; d < rank && used < size; ++d) {
    if (shape[d] < 0)
      used += (size_t)snprintf(text + used, size - used, "%s?", d ? "," : "");
    else
      used += (size_t)snprintf(text + used, size - used, "%s%lld", d ? "," : "",
                               (long long)shape[d]);
  }
  if (used < size)
    snprintf(text + used, size - used, "]");
  return text;
}

int32_t ovm_runtime_variable_get(const char *name, int32_t element_type,
                                 int32_t rank, int64_t *sizes) {
  ovm_variable *variable = find_variable(current_state(), name);
  if (!variable || !variable->current.present)
    return 0;
  const ovm_value *value = &variable->current;
  char held[128], read[128];
  int fits = value->element_type == element_type && value->rank == rank;
  for (int32_t d = 0; fits && d < rank; ++d)
    fits = sizes[d] < 0 || sizes[d] == value->shape[d];
  if (!fits)
    ovm_runtime_error(
        OVM_STATE_MISMATCH, "variable '%s' holds %s %s, ReadValue reads %s %s",
        name, ovm_element_type_name(value->element_type),
        format_shape(held, sizeof(held), value->rank, value->shape),
        ovm_element_type_name(element_type),
        format_shape(read, sizeof(read), rank, sizes));
  for (int32_t d = 0; d < rank; ++d)
    sizes[d] = value->shape[d];
  return 1;
}

void ovm_runtime_variable_read(const char *name, void *data) {
  ovm_variable *variable = find_variable(current_state(), name);
  if (!variable || !variable->current.present)
    ovm_runtime_error(OVM_STATE_MISMATCH, "variable '%s' has no value", name);
  if (variable->current.bytes > 0)
    memcpy(data, variable->current.data, variable->current.bytes);
}

/* The variable `name`, created (without a value) when missing. */
static ovm_variable *get_or_create(ovm_state *state, const char *name) {
  ovm_variable *variable = find_variable(state, name);
  if (variable)
    return variable;
  if (state->count == state->capacity) {
    size_t capacity = state->capacity ? 2 * state->capacity : 4;
    ovm_variable *grown =
        realloc(state->variables, capacity * sizeof(ovm_variable));
    if (!grown)
      return NULL;
    state->variables = grown;
    state->capacity = capacity;
  }
  variable = &state->variables[state->count];
  memset(variable, 0, sizeof(*variable));
  size_t length = strlen(name);
  variable->name = malloc(length + 1);
  if (!variable->name)
    return NULL;
  memcpy(variable->name, name, length + 1);
  ++state->count;
  return variable;
}

/* Copies the strided tensor at `source` densely to `target`. */
static void copy_strided(char *target, const char *source, int32_t rank,
                         const int64_t *sizes, const int64_t *strides,
                         size_t element_size, size_t elements) {
  int contiguous = 1;
  int64_t expected = 1;
  for (int32_t d = rank - 1; d >= 0; --d) {
    if (sizes[d] != 1 && strides[d] != expected)
      contiguous = 0;
    expected *= sizes[d];
  }
  if (contiguous) {
    memcpy(target, source, elements * element_size);
    return;
  }
  /* Odometer over the indices in row-major order; rank <= 64 here. */
  int64_t index[64] = {0};
  int64_t offset = 0;
  for (size_t n = 0; n < elements; ++n) {
    memcpy(target + n * element_size, source + offset * (int64_t)element_size,
           element_size);
    for (int32_t d = rank - 1; d >= 0; --d) {
      offset += strides[d];
      if (++index[d] < sizes[d])
        break;
      offset -= strides[d] * sizes[d];
      index[d] = 0;
    }
  }
}

void ovm_runtime_variable_set(const char *name, int32_t element_type,
                              int32_t rank, const void *data,
                              const int64_t *layout) {
  const int64_t *sizes = layout + 1;
  const int64_t *strides = layout + 1 + rank;
  const int64_t *declared = layout + 1 + 2 * rank;
  char assigned[128], shape[128];
  int fits = 1;
  for (int32_t d = 0; d < rank; ++d)
    fits = fits && (declared[d] < 0 || declared[d] == sizes[d]);
  if (!fits)
    ovm_runtime_error(OVM_STATE_MISMATCH,
                      "Assign of %s %s to variable '%s' of shape %s",
                      ovm_element_type_name(element_type),
                      format_shape(assigned, sizeof(assigned), rank, sizes),
                      name, format_shape(shape, sizeof(shape), rank, declared));
  size_t element_size = ovm_element_size(element_type);
  if (element_size == 0 || rank > 64)
    ovm_runtime_error(OVM_STATE_MISMATCH,
                      "Assign to variable '%s': unsupported element type %s "
                      "or rank %d",
                      name, ovm_element_type_name(element_type), (int)rank);
  ovm_variable *variable = get_or_create(current_state(), name);
  if (!variable)
    ovm_runtime_error(OVM_OUT_OF_MEMORY, "out of memory for variable '%s'",
                      name);
  if (variable->current.present &&
      variable->current.element_type != element_type)
    ovm_runtime_error(OVM_STATE_MISMATCH,
                      "Assign of %s to variable '%s', which holds %s",
                      ovm_element_type_name(element_type), name,
                      ovm_element_type_name(variable->current.element_type));
  size_t elements = 1;
  for (int32_t d = 0; d < rank; ++d)
    elements *= (size_t)sizes[d];
  size_t bytes = elements * element_size;
  ovm_value *value = &variable->pending;
  if (bytes > value->data_capacity) {
    void *grown = realloc(value->data, bytes);
    if (!grown)
      ovm_runtime_error(OVM_OUT_OF_MEMORY, "out of memory for variable '%s'",
                        name);
    value->data = grown;
    value->data_capacity = bytes;
  }
  if (rank > value->shape_capacity) {
    int64_t *grown = realloc(value->shape, (size_t)rank * sizeof(int64_t));
    if (!grown)
      ovm_runtime_error(OVM_OUT_OF_MEMORY, "out of memory for variable '%s'",
                        name);
    value->shape = grown;
    value->shape_capacity = rank;
  }
  if (bytes > 0)
    copy_strided(value->data,
                 (const char *)data + layout[0] * (int64_t)element_size, rank,
                 sizes, strides, element_size, elements);
  if (rank > 0)
    memcpy(value->shape, sizes, (size_t)rank * sizeof(int64_t));
  value->element_type = element_type;
  value->rank = rank;
  value->bytes = bytes;
  value->present = 1;
}
