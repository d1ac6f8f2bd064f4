// Runs compiled models with state (test/Tools/Inputs/state.mlir and
// state_dynamic.mlir) through the C runtime: variables carry over between
// runs of one instance, are separate per instance, are forgotten by
// ovm_model_reset_state, and a failed run changes none of them.
#include "state.h"
#include "state_dynamic.h"

#include <stdio.h>

static ovm_status run(ovm_model *model, const float *x, int64_t rows) {
  int64_t shape[2] = {rows, 2};
  ovm_tensor input = {(void *)x, OVM_F32, 2, shape};
  ovm_status status = ovm_model_run(model, &input, 1);
  if (status != OVM_OK)
    printf("status %d: %s\n", (int)status, ovm_model_last_error(model));
  return status;
}

static void print_output(const char *label, ovm_model *model) {
  ovm_tensor y;
  if (ovm_model_output(model, 0, &y) != OVM_OK) {
    printf("%s: no output\n", label);
    return;
  }
  const float *values = y.data;
  printf("%s: [%lld,%lld]", label, (long long)y.shape[0],
         (long long)y.shape[1]);
  for (int64_t i = 0; i < y.shape[0] * y.shape[1]; ++i)
    printf(" %g", (double)values[i]);
  printf("\n");
}

int main(void) {
  const float x[2] = {1.0f, 2.0f};
  ovm_model *a, *b;
  if (ovm_model_create(&state_model, &a) != OVM_OK ||
      ovm_model_create(&state_model, &b) != OVM_OK)
    return 1;
  // acc starts as x; y = acc + x becomes acc.
  for (int i = 1; i <= 3; ++i) {
    if (run(a, x, 1) != OVM_OK)
      return 1;
    char label[16];
    snprintf(label, sizeof(label), "a run %d", i);
    print_output(label, a);
  }
  // Another instance has its own variables.
  run(b, x, 1);
  print_output("b run 1", b);
  run(a, x, 1);
  print_output("a run 4", a);
  // Reset: a starts over.
  printf("reset %d\n", (int)ovm_model_reset_state(a));
  run(a, x, 1);
  print_output("a after reset", a);
  printf("reset null %d\n", (int)ovm_model_reset_state(NULL));
  ovm_model_destroy(a);
  ovm_model_destroy(b);

  // A variable of dynamic shape; a run that fails (x of 3 rows, assigned
  // to a variable of shape [1,2]) keeps the variables as they were.
  ovm_model *d;
  if (ovm_model_create(&state_dynamic_model, &d) != OVM_OK)
    return 1;
  const float x3[6] = {7, 7, 7, 7, 7, 7};
  run(d, x, 1);
  print_output("dynamic run 1", d);
  run(d, x3, 3);
  run(d, x, 1);
  print_output("dynamic run 3", d);
  ovm_model_reset_state(d);
  run(d, x, 1);
  print_output("dynamic after reset", d);
  ovm_model_destroy(d);
  return 0;
}
