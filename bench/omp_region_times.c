// Wall and per-thread busy time of every OpenMP region of a compiled model.
//
// An LD_PRELOAD library for ov-run: it wraps libomp's __kmpc_fork_call (one
// call per scf.parallel loop of the model, in program order) and the
// __kmpc_barrier that ends each work-sharing loop, and at exit writes one
// line per region, in the order the regions first ran:
//
//   <index> <wall ns> <calls> <thread 0 busy ns> <thread 1 busy ns>
//
// Busy is the time from the region's start to the thread's arrival at the
// loop's barrier (its share of the work); wall adds the wait for the other
// thread and the fork and join. Index i is the i-th scf.parallel of
//   ov-opt M.mlir --ov-lower-to-llvm \
//     --mlir-print-ir-before=convert-scf-to-openmp --mlir-print-debuginfo
// (bench/omp_regions.py names them by their ops' locations).
//
//   clang-22 -O2 -shared -fPIC bench/omp_region_times.c -o /tmp/ort.so -ldl
//   OMP_REGION_TIMES=/tmp/t2.txt LD_PRELOAD=/tmp/ort.so \
//     build/bin/ov-run M.so --input=input=X.npy --benchmark 100 --threads 2
//
// Regions with more than 16 shared arguments abort (the wrapper forwards
// them by count).
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

enum { kMaxRegions = 4096, kMaxArgs = 16, kThreads = 2 };

typedef void *P;
typedef void (*Fork)(P loc, int argc, P microtask, ...);
typedef void (*Microtask)(int *, int *, P, P, P, P, P, P, P, P, P, P, P, P, P,
                          P, P, P);

static P regions[kMaxRegions];
static uint64_t wall[kMaxRegions], calls[kMaxRegions];
static uint64_t busy[kMaxRegions][kThreads];
static int regionCount;

static Microtask currentTask;
static int currentRegion;
static __thread uint64_t arrival;

static uint64_t now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1000000000ull + t.tv_nsec;
}

static int regionOf(P microtask) {
  for (int i = 0; i < regionCount; ++i)
    if (regions[i] == microtask)
      return i;
  if (regionCount == kMaxRegions)
    abort();
  regions[regionCount] = microtask;
  return regionCount++;
}

void __kmpc_barrier(P loc, int gtid) {
  static void (*real)(P, int);
  if (!real)
    real = (void (*)(P, int))dlsym(RTLD_NEXT, "__kmpc_barrier");
  if (!arrival)
    arrival = now();
  real(loc, gtid);
}

// Runs on every thread of the team in place of the region's microtask.
static void timedTask(int *gtid, int *tid, P a0, P a1, P a2, P a3, P a4, P a5,
                      P a6, P a7, P a8, P a9, P a10, P a11, P a12, P a13, P a14,
                      P a15) {
  arrival = 0;
  uint64_t start = now();
  currentTask(gtid, tid, a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12,
              a13, a14, a15);
  uint64_t end = arrival ? arrival : now();
  if (*tid < kThreads)
    __atomic_add_fetch(&busy[currentRegion][*tid], end - start,
                       __ATOMIC_RELAXED);
}

void __kmpc_fork_call(P loc, int argc, P microtask, ...) {
  static Fork real;
  if (!real)
    real = (Fork)dlsym(RTLD_NEXT, "__kmpc_fork_call");
  if (argc > kMaxArgs)
    abort();
  P a[kMaxArgs] = {0};
  va_list list;
  va_start(list, microtask);
  for (int i = 0; i < argc; ++i)
    a[i] = va_arg(list, P);
  va_end(list);
  int region = regionOf(microtask);
  currentTask = (Microtask)microtask;
  currentRegion = region;
  uint64_t start = now();
  // Extra arguments are harmless to a callee that does not read them (the
  // caller pops them), so all 16 are passed and the wrapper takes 16.
  real(loc, kMaxArgs, (P)timedTask, a[0], a[1], a[2], a[3], a[4], a[5], a[6],
       a[7], a[8], a[9], a[10], a[11], a[12], a[13], a[14], a[15]);
  wall[region] += now() - start;
  ++calls[region];
}

__attribute__((destructor)) static void report(void) {
  const char *path = getenv("OMP_REGION_TIMES");
  if (!path || !regionCount)
    return;
  FILE *out = fopen(path, "w");
  if (!out)
    return;
  for (int i = 0; i < regionCount; ++i)
    fprintf(out, "%d %llu %llu %llu %llu\n", i, (unsigned long long)wall[i],
            (unsigned long long)calls[i], (unsigned long long)busy[i][0],
            (unsigned long long)busy[i][1]);
  fclose(out);
}
