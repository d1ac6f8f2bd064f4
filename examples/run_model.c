/* A small C program that runs a model compiled by `ovc --compile`.
 *
 *   ovc model.onnx --compile --output_model out/model.xml
 *   cc -Iruntime/include -Iout -include model.h -DOVM_MODEL=model_model \
 *      examples/run_model.c out/model.o libovmlir_runtime.a -lpthread -lm \
 *      -o run_model
 *   ./run_model input0.npy [input1.npy ...] [--reference output0.npy ...]
 *
 * It reads each input from a NumPy .npy file (little-endian, C order), runs
 * the model, and prints each output's shape and first values beside the
 * reference outputs when given, with the largest difference. Exits 0 when
 * every output matches its reference (|a - r| <= 1e-4 + 1e-3 |r|). */

#include "ovmlir_runtime.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef OVM_MODEL
#error "compile with -DOVM_MODEL=<prefix>_model and -include <prefix>.h"
#endif

typedef struct npy_array {
  int32_t element_type;
  int32_t rank;
  int64_t shape[16];
  void *data;
  size_t size;
} npy_array;

static const struct {
  const char *descr;
  int32_t type;
} npy_types[] = {{"<f4", OVM_F32}, {"<f8", OVM_F64}, {"|i1", OVM_I8},
                 {"<i4", OVM_I32}, {"<i8", OVM_I64}, {"|u1", OVM_U8},
                 {"|b1", OVM_BOOL}};

/* Reads a version 1 .npy file; returns 0 on success. */
static int read_npy(const char *path, npy_array *array) {
  FILE *file = fopen(path, "rb");
  if (!file) {
    fprintf(stderr, "run_model: cannot open '%s'\n", path);
    return 1;
  }
  unsigned char preamble[10];
  char header[4096];
  int ok = fread(preamble, 1, 10, file) == 10 &&
           memcmp(preamble, "\x93NUMPY", 6) == 0 && preamble[6] == 1;
  size_t header_size = ok ? (size_t)(preamble[8] | preamble[9] << 8) : 0;
  ok = ok && header_size < sizeof(header) &&
       fread(header, 1, header_size, file) == header_size;
  if (!ok) {
    fprintf(stderr, "run_model: '%s' is not a version 1 .npy file\n", path);
    fclose(file);
    return 1;
  }
  header[header_size] = '\0';
  array->element_type = OVM_UNDEFINED;
  for (size_t i = 0; i < sizeof(npy_types) / sizeof(npy_types[0]); ++i)
    if (strstr(header, npy_types[i].descr))
      array->element_type = npy_types[i].type;
  const char *shape = strstr(header, "'shape': (");
  if (array->element_type == OVM_UNDEFINED || !shape ||
      strstr(header, "'fortran_order': True")) {
    fprintf(stderr, "run_model: '%s': unsupported element type or layout\n",
            path);
    fclose(file);
    return 1;
  }
  array->rank = 0;
  size_t elements = 1;
  for (const char *p = shape + 10; *p && *p != ')' && array->rank < 16;) {
    char *end;
    long long size = strtoll(p, &end, 10);
    if (end == p) {
      ++p;
      continue;
    }
    array->shape[array->rank++] = size;
    elements *= (size_t)size;
    p = end;
  }
  array->size = elements * ovm_element_size(array->element_type);
  array->data = malloc(array->size ? array->size : 1);
  ok = array->data && fread(array->data, 1, array->size, file) == array->size;
  fclose(file);
  if (!ok)
    fprintf(stderr, "run_model: '%s': truncated data\n", path);
  return !ok;
}

static double element(const void *data, int32_t type, size_t i) {
  switch (type) {
  case OVM_F32:
    return ((const float *)data)[i];
  case OVM_F64:
    return ((const double *)data)[i];
  case OVM_I32:
    return ((const int32_t *)data)[i];
  case OVM_I64:
    return (double)((const int64_t *)data)[i];
  case OVM_I8:
    return ((const int8_t *)data)[i];
  case OVM_U8:
  case OVM_BOOL:
    return ((const uint8_t *)data)[i];
  default:
    return NAN;
  }
}

int main(int argc, char **argv) {
  ovm_model *model;
  if (ovm_model_create(&OVM_MODEL, &model) != OVM_OK) {
    fprintf(stderr, "run_model: cannot create the model\n");
    return 1;
  }
  size_t num_inputs = ovm_model_num_inputs(model);
  size_t num_outputs = ovm_model_num_outputs(model);
  int first_reference = argc;
  for (int i = 1; i < argc; ++i)
    if (strcmp(argv[i], "--reference") == 0)
      first_reference = i + 1;
  int given = (first_reference < argc ? first_reference - 1 : argc) - 1;
  if ((size_t)given != num_inputs) {
    fprintf(stderr, "run_model: the model takes %zu inputs, %d given\n",
            num_inputs, given);
    return 1;
  }
  npy_array arrays[16];
  ovm_tensor inputs[16];
  for (size_t i = 0; i < num_inputs && i < 16; ++i) {
    if (read_npy(argv[1 + i], &arrays[i]))
      return 1;
    inputs[i] = (ovm_tensor){arrays[i].data, arrays[i].element_type,
                             arrays[i].rank, arrays[i].shape};
  }
  if (ovm_model_run(model, inputs, num_inputs) != OVM_OK) {
    fprintf(stderr, "run_model: %s\n", ovm_model_last_error(model));
    return 1;
  }
  int all_match = 1;
  for (size_t o = 0; o < num_outputs; ++o) {
    ovm_tensor output;
    ovm_model_output(model, o, &output);
    size_t elements = 1;
    printf("output '%s': %s [", ovm_model_output_info(model, o)->name,
           ovm_element_type_name(output.element_type));
    for (int32_t d = 0; d < output.rank; ++d) {
      printf("%s%lld", d ? "," : "", (long long)output.shape[d]);
      elements *= (size_t)output.shape[d];
    }
    printf("]\n");
    npy_array reference;
    int has_reference = first_reference + (int)o < argc &&
                        read_npy(argv[first_reference + o], &reference) == 0;
    printf("  %-12s %s\n", "output", has_reference ? "reference" : "");
    for (size_t i = 0; i < elements && i < 6; ++i) {
      printf("  %-12.6g", element(output.data, output.element_type, i));
      if (has_reference)
        printf(" %.6g", element(reference.data, reference.element_type, i));
      printf("\n");
    }
    if (!has_reference)
      continue;
    size_t reference_elements =
        reference.size / ovm_element_size(reference.element_type);
    double max_difference = 0;
    int match = reference_elements == elements;
    for (size_t i = 0; match && i < elements; ++i) {
      double a = element(output.data, output.element_type, i);
      double r = element(reference.data, reference.element_type, i);
      double difference = fabs(a - r);
      if (difference > max_difference)
        max_difference = difference;
      if (!(difference <= 1e-4 + 1e-3 * fabs(r)))
        match = 0;
    }
    printf("  %zu values, largest difference %.3g: %s\n", elements,
           max_difference, match ? "match" : "MISMATCH");
    all_match &= match;
    free(reference.data);
  }
  for (size_t i = 0; i < num_inputs; ++i)
    free(arrays[i].data);
  ovm_model_destroy(model);
  return all_match ? 0 : 1;
}
