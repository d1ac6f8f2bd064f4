// Separate instances of a compiled model run concurrently from different
// threads (the resnet block with different batch sizes per thread); each
// thread checks its outputs against a single-threaded run. The reference
// runs its parallel loops on one thread, the workers on teams of two: the
// outputs are the same bit for bit (threads split the outputs, never a
// sum).
#include "resnet_block.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { kThreads = 4, kRuns = 20, kPixels = 8 * 16 * 16 };

typedef struct job {
  int64_t batch;
  float *input;
  float *expected;
  int failures;
} job;

static int run_once(ovm_model *model, job *work, float *out) {
  int64_t shape[4] = {work->batch, 8, 16, 16};
  ovm_tensor input = {work->input, OVM_F32, 4, shape};
  if (ovm_model_run(model, &input, 1) != OVM_OK)
    return 1;
  ovm_tensor output;
  ovm_model_output(model, 0, &output);
  memcpy(out, output.data, sizeof(float) * work->batch * kPixels);
  return 0;
}

static void *worker(void *argument) {
  job *work = argument;
  ovm_model *model;
  if (ovm_model_create(&resnet_block_model, &model) != OVM_OK) {
    work->failures = kRuns;
    return NULL;
  }
  if (ovm_model_set_num_threads(model, 2) != OVM_OK)
    work->failures = kRuns;
  float *out = malloc(sizeof(float) * work->batch * kPixels);
  for (int run = 0; run < kRuns; ++run)
    work->failures +=
        run_once(model, work, out) ||
        memcmp(out, work->expected, sizeof(float) * work->batch * kPixels);
  free(out);
  ovm_model_destroy(model);
  return NULL;
}

int main(void) {
  job jobs[kThreads];
  ovm_model *reference;
  if (ovm_model_create(&resnet_block_model, &reference) != OVM_OK)
    return 1;
  if (ovm_model_set_num_threads(reference, -1) != OVM_INVALID_ARGUMENT ||
      ovm_model_set_num_threads(NULL, 1) != OVM_INVALID_ARGUMENT ||
      ovm_model_set_num_threads(reference, 1) != OVM_OK)
    return 1;
  for (int t = 0; t < kThreads; ++t) {
    jobs[t].batch = t + 1;
    jobs[t].failures = 0;
    size_t size = (size_t)jobs[t].batch * kPixels;
    jobs[t].input = malloc(sizeof(float) * size);
    jobs[t].expected = malloc(sizeof(float) * size);
    for (size_t i = 0; i < size; ++i)
      jobs[t].input[i] = (float)((i * 7919 + t * 104729) % 2001) / 1000 - 1;
    if (run_once(reference, &jobs[t], jobs[t].expected))
      return 1;
  }
  ovm_model_destroy(reference);
  pthread_t threads[kThreads];
  for (int t = 0; t < kThreads; ++t)
    pthread_create(&threads[t], NULL, worker, &jobs[t]);
  int failures = 0;
  for (int t = 0; t < kThreads; ++t) {
    pthread_join(threads[t], NULL);
    failures += jobs[t].failures;
    free(jobs[t].input);
    free(jobs[t].expected);
  }
  printf("%d threads x %d runs: %d failures\n", kThreads, kRuns, failures);
  return failures != 0;
}
