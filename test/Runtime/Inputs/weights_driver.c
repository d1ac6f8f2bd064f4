// A model compiled with external weights: creating it without its weights
// file is an error; with the file it runs.
#include "resnet_block.h"

#include <stdio.h>

int main(int argc, char **argv) {
  ovm_model *model;
  ovm_status status = ovm_model_create(&resnet_block_model, &model);
  printf("without weights: status %d: %s\n", (int)status,
         ovm_last_create_error());
  status = ovm_model_create_with_weights(&resnet_block_model, argv[1], &model);
  printf("with '%s': status %d%s%s\n", argv[1], (int)status, status ? ": " : "",
         ovm_last_create_error());
  if (status != OVM_OK)
    return 1;
  static float input[8 * 16 * 16];
  for (int i = 0; i < 8 * 16 * 16; ++i)
    input[i] = (float)(i % 7) - 3.0f;
  int64_t shape[4] = {1, 8, 16, 16};
  ovm_tensor tensor = {input, OVM_F32, 4, shape};
  status = ovm_model_run(model, &tensor, 1);
  ovm_tensor output;
  ovm_model_output(model, 0, &output);
  printf("run: status %d, output [%lld,%lld]\n", (int)status,
         (long long)output.shape[0], (long long)output.shape[1]);
  ovm_model_destroy(model);
  return 0;
}
