// Runs the compiled test_add model (x + y on 3x4x5 f32) through the C
// runtime: a good run, then every kind of bad input.
#include "add.h"

#include <stdio.h>

static void report(ovm_model *model, ovm_status status) {
  printf("status %d: %s\n", (int)status, ovm_model_last_error(model));
}

int main(void) {
  ovm_model *model;
  if (ovm_model_create(&add_model, &model) != OVM_OK)
    return 1;
  printf("inputs %zu outputs %zu\n", ovm_model_num_inputs(model),
         ovm_model_num_outputs(model));
  const ovm_tensor_info *info = ovm_model_input_info(model, 1);
  printf("input 1 '%s' %s rank %d [%lld,%lld,%lld]\n", info->name,
         ovm_element_type_name(info->element_type), info->rank,
         (long long)info->shape[0], (long long)info->shape[1],
         (long long)info->shape[2]);
  printf("output 0 '%s'\n", ovm_model_output_info(model, 0)->name);

  float x[60], y[60];
  for (int i = 0; i < 60; ++i) {
    x[i] = (float)i;
    y[i] = 2.0f * (float)i;
  }
  int64_t shape[3] = {3, 4, 5};
  ovm_tensor inputs[2] = {{x, OVM_F32, 3, shape}, {y, OVM_F32, 3, shape}};
  for (int run = 0; run < 3; ++run) {
    if (ovm_model_run(model, inputs, 2) != OVM_OK) {
      report(model, OVM_OK);
      return 1;
    }
  }
  ovm_tensor sum;
  ovm_model_output(model, 0, &sum);
  const float *values = sum.data;
  int wrong = 0;
  for (int i = 0; i < 60; ++i)
    wrong += values[i] != 3.0f * (float)i;
  printf("sum rank %d [%lld,%lld,%lld] wrong %d last %g\n", sum.rank,
         (long long)sum.shape[0], (long long)sum.shape[1],
         (long long)sum.shape[2], wrong, (double)values[59]);

  // Bad inputs: each is refused with a message, and nothing runs.
  report(model, ovm_model_run(model, inputs, 1));
  int64_t wrong_shape[3] = {3, 4, 6};
  ovm_tensor bad_shape[2] = {{x, OVM_F32, 3, shape},
                             {y, OVM_F32, 3, wrong_shape}};
  report(model, ovm_model_run(model, bad_shape, 2));
  ovm_tensor bad_rank[2] = {{x, OVM_F32, 2, shape}, {y, OVM_F32, 3, shape}};
  report(model, ovm_model_run(model, bad_rank, 2));
  ovm_tensor bad_type[2] = {{x, OVM_F32, 3, shape}, {y, OVM_I32, 3, shape}};
  report(model, ovm_model_run(model, bad_type, 2));
  ovm_tensor no_data[2] = {{NULL, OVM_F32, 3, shape}, {y, OVM_F32, 3, shape}};
  report(model, ovm_model_run(model, no_data, 2));
  printf("null model %d, output out of range %d\n",
         (int)ovm_model_run(NULL, inputs, 2),
         (int)ovm_model_output(model, 1, &sum));
  ovm_model_destroy(model);
  return 0;
}
