// A model with embedded weights of several MiB: where its block of weights
// is after the model is created (the first whole 2 MiB page inside it: a
// mapping of its own, anonymous, or still the file's), and its output.
// huge_pages_driver INPUT.bin OUTPUT.bin
#include "matmul.h"

#include <stdint.h>
#include <stdio.h>

#define kHugePage ((uintptr_t)2 << 20)

int main(int argc, char **argv) {
  const ovm_compiled_model *compiled = &matmul_model;
  printf("embedded weights: %llu bytes\n",
         (unsigned long long)compiled->embedded_weights_size);
  ovm_model *model;
  if (argc != 3 || ovm_model_create(compiled, &model) != OVM_OK)
    return 1;
  uintptr_t page = ((uintptr_t)compiled->embedded_weights + kHugePage - 1) &
                   ~(kHugePage - 1);
  FILE *maps = fopen("/proc/self/maps", "r");
  char line[512];
  while (maps && fgets(line, sizeof(line), maps)) {
    unsigned long long from, to, inode;
    if (sscanf(line, "%llx-%llx %*s %*s %*s %llu", &from, &to, &inode) != 3 ||
        page < from || page >= to)
      continue;
    printf("first whole page: %s, %s\n",
           from == page ? "a mapping of its own" : "inside a larger mapping",
           inode == 0 ? "anonymous" : "the file's");
  }
  if (maps)
    fclose(maps);

  static float input[4 * 1024];
  FILE *in = fopen(argv[1], "rb");
  if (!in || fread(input, sizeof(float), 4 * 1024, in) != 4 * 1024)
    return 1;
  fclose(in);
  int64_t shape[2] = {4, 1024};
  ovm_tensor tensor = {input, OVM_F32, 2, shape};
  ovm_tensor output;
  if (ovm_model_run(model, &tensor, 1) != OVM_OK ||
      ovm_model_output(model, 0, &output) != OVM_OK)
    return 1;
  FILE *out = fopen(argv[2], "wb");
  fwrite(output.data, sizeof(float), 4 * 2048, out);
  fclose(out);
  ovm_model_destroy(model);
  return 0;
}
