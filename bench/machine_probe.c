// Machine probes for bench/run.py: the FMA peak and what a second core adds.
//
//   machine_probe peak [SECONDS=1] [THREADS=1]
//     Register-blocked fused multiply-adds with no memory traffic: NACC
//     independent accumulators hide the FMA latency (4 cycles, 2 ports: at
//     least 8 chains in flight), so the loop is bound only by FMA
//     throughput. Prints "peak: <GFLOP/s> GFLOP/s (<isa>, ..., median <M>,
//     ...)", sums over THREADS threads that run at the same time.
//   machine_probe stream [SECONDS=1] [THREADS=1] [MB_PER_THREAD=4]
//     Each thread streams a[i] += 0.5 * b[i] over arrays of its own (MB in
//     all: 4 MB each keeps two threads' arrays in a 32 MB L3, the level the
//     compiled models' activations live in). Prints "stream: <GB/s> GB/s
//     (..., median <M>, ...)" (bytes read and written, summed over the
//     threads).
//   machine_probe regions [SECONDS=1] [THREADS=1] [MICROSECONDS=20]
//     The FMA loop in pieces of MICROSECONDS (on one core) per thread, the
//     threads meeting at a spinning barrier after each piece, as a
//     compiled model's parallel regions do. Prints "regions: <GFLOP/s>
//     GFLOP/s (...)". A vCPU that the host stops for a while (to run
//     another guest) holds up every region it is in, and the other
//     thread's time with it; the peak probe loses only the stopped time.
//   machine_probe handoff [SECONDS=1]
//     Two threads pass one cache line back and forth (each waits, spinning
//     without pause, for the other's store, then stores): prints
//     "handoff: <ns> ns round trip (..., median <M>, ...)", the best and the
//     median run's nanoseconds per round trip. What a parallel region's
//     fork and join, and every line one core wrote and the other reads next,
//     wait for. On the 2-vCPU EPYC this reads 75-130 ns most of the time and
//     340-420 ns in the minutes when the models' 2-thread runs are slow
//     (EfficientNet-B0 2.9-3.1 ms instead of 2.2-2.3): the vCPUs are then on
//     cores further apart, with FMA and private streaming speeds unchanged.
//
// All warm up for about 0.3 s first (the core may need that long to reach
// its highest frequency under AVX-512 load), then time five runs of
// SECONDS / 5 and print the best (the machine may be shared, and the best
// run is the one least disturbed: the peak) and the median (what a
// benchmark of that length meets: a vCPU stalled now and then shows here). The
// threads start each run together (a barrier), so with 2 threads the result
// says how fast both cores are while both work: on a VM whose vCPUs sometimes
// share a core or its memory, less than twice one core's. Built with -mavx512f
// it uses 512-bit registers, otherwise AVX2+FMA 256-bit ones.
#include <immintrin.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define NACC 12
#define MAX_THREADS 256

#if defined(__AVX512F__)
typedef __m512 vec;
#define LANES 16
#define ISA "avx512f"
#define SET1 _mm512_set1_ps
#define FMA _mm512_fmadd_ps
#define ADD _mm512_add_ps
#define LOAD _mm512_load_ps
#define STORE _mm512_store_ps
#define STOREU _mm512_storeu_ps
#elif defined(__AVX2__) && defined(__FMA__)
typedef __m256 vec;
#define LANES 8
#define ISA "avx2+fma"
#define SET1 _mm256_set1_ps
#define FMA _mm256_fmadd_ps
#define ADD _mm256_add_ps
#define LOAD _mm256_load_ps
#define STORE _mm256_store_ps
#define STOREU _mm256_storeu_ps
#else
#error "machine_probe needs -mavx512f or -mavx2 -mfma"
#endif

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

// ITERS inner iterations of NACC FMAs each; the multiplier and addend come
// from memory-opaque arguments so the compiler cannot fold the chain.
static float fma_kernel(long iters, float x, float y) {
  vec a = SET1(x), b = SET1(y);
  vec acc[NACC];
  for (int i = 0; i < NACC; ++i)
    acc[i] = SET1((float)i * 1e-3f);
  for (long it = 0; it < iters; ++it) {
    // Fully unrolled by the compiler: NACC independent dependency chains.
    for (int i = 0; i < NACC; ++i)
      acc[i] = FMA(acc[i], a, b);
  }
  for (int i = 1; i < NACC; ++i)
    acc[0] = ADD(acc[0], acc[i]);
  float out[LANES];
  STOREU(out, acc[0]);
  float sum = 0;
  for (int i = 0; i < LANES; ++i)
    sum += out[i];
  return sum;
}

// ITERS passes of a[i] += 0.5 * b[i] over N floats; returns a value that
// depends on them.
static float stream_kernel(long iters, float *a, const float *b, size_t n) {
  vec half = SET1(0.5f);
  for (long it = 0; it < iters; ++it)
    for (size_t i = 0; i < n; i += LANES)
      STORE(a + i, FMA(LOAD(b + i), half, LOAD(a + i)));
  return a[n / 2];
}

enum mode { PEAK, STREAM, REGIONS, HANDOFF };

static int compare_doubles(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

struct probe {
  enum mode mode;
  double seconds;
  int threads;
  size_t floats;     // per array, STREAM only
  long region_iters; // FMA iterations per region, REGIONS only
  pthread_barrier_t start;
  // The regions' barrier: arrivals, and the number of barriers passed.
  _Alignas(64) atomic_int arrived;
  atomic_int passed;
  // The handoff probe's cache line: whose turn it is.
  _Alignas(64) atomic_long ball;
  long handoffs[2];           // round trips made so far by threads 0 and 1
  _Alignas(64) long iters;    // per timed run, set by thread 0 after warm-up
  int warm_done;              // set by thread 0: the warm-up is over
  double best[MAX_THREADS];   // units per second of each thread's best run
  double median[MAX_THREADS]; // and of its median run
  float sink[MAX_THREADS];
};

static void region_barrier(struct probe *p) {
  int passed = atomic_load_explicit(&p->passed, memory_order_acquire);
  if (atomic_fetch_add(&p->arrived, 1) == p->threads - 1) {
    atomic_store_explicit(&p->arrived, 0, memory_order_relaxed);
    atomic_store_explicit(&p->passed, passed + 1, memory_order_release);
    return;
  }
  while (atomic_load_explicit(&p->passed, memory_order_acquire) == passed)
    _mm_pause();
}

// ITERS round trips of the handoff line between threads 0 and 1. A thread
// spins without pause (with a pause in the loop the figure was noisy on the
// EPYC VM, 45-1900 ns in any state), yielding only after a long wait in
// case both threads share a CPU.
static void handoff(struct probe *p, int id, long iters) {
  // Both threads make the same calls: the round trips before this one are
  // each thread's own count.
  long start = 2 * p->handoffs[id];
  p->handoffs[id] += iters;
  for (long i = 0; i < iters; ++i) {
    long turn = start + 2 * i + id;
    for (long spins = 0;
         atomic_load_explicit(&p->ball, memory_order_acquire) != turn;)
      if (++spins % (1L << 20) == 0)
        sched_yield();
    atomic_store_explicit(&p->ball, turn + 1, memory_order_release);
  }
}

// One call of the kernel: ITERS of work (regions for REGIONS); returns the
// units done (FLOP or bytes).
static double work(struct probe *p, int id, long iters, float *a, float *b,
                   float *sink) {
  // x close to 1 and a tiny y keep the values finite for any run length.
  volatile float x = 0.999999f, y = 1e-7f;
  if (p->mode == PEAK) {
    *sink += fma_kernel(iters, x, y);
    return 2.0 * LANES * NACC * (double)iters;
  }
  if (p->mode == REGIONS) {
    for (long i = 0; i < iters; ++i) {
      *sink += fma_kernel(p->region_iters, x, y);
      region_barrier(p);
    }
    return 2.0 * LANES * NACC * (double)p->region_iters * (double)iters;
  }
  if (p->mode == HANDOFF) {
    handoff(p, id, iters);
    return (double)iters;
  }
  *sink += stream_kernel(iters, a, b, p->floats);
  return 3.0 * sizeof(float) * p->floats * (double)iters;
}

static void *run_thread(void *arg) {
  struct probe *p = ((struct probe **)arg)[0];
  int id = (int)(long)((void **)arg)[1];
  float *a = NULL, *b = NULL;
  if (p->mode == STREAM) {
    a = aligned_alloc(64, p->floats * sizeof(float));
    b = aligned_alloc(64, p->floats * sizeof(float));
    if (!a || !b) {
      fprintf(stderr, "machine_probe: out of memory\n");
      exit(1);
    }
    for (size_t i = 0; i < p->floats; ++i) {
      a[i] = 0.0f;
      b[i] = (float)(i % 1000) * 1e-6f;
    }
  }
  float sink = 0;
  // Warm-up: doubles the work until a call takes 50 ms and 0.3 s passed.
  // Thread 0 decides for all (the regions and handoff probes' threads wait
  // for each other: they must make the same calls), and its count sets
  // every thread's timed runs.
  // p->iters starts at 1; thread 0 changes it between the two barriers.
  double warm = 0;
  for (;;) {
    pthread_barrier_wait(&p->start);
    if (p->warm_done)
      break;
    double begin = now();
    work(p, id, p->iters, a, b, &sink);
    double elapsed = now() - begin;
    warm += elapsed;
    pthread_barrier_wait(&p->start);
    if (id != 0)
      continue;
    if ((warm > 0.3 && elapsed > 0.05) || p->iters >= (1L << 40)) {
      p->iters = (long)(p->iters * (p->seconds / 5) / elapsed) + 1;
      p->warm_done = 1;
    } else if (elapsed < 0.05) {
      p->iters *= 2;
    }
  }
  double rates[5];
  for (int r = 0; r < 5; ++r) {
    pthread_barrier_wait(&p->start);
    double begin = now();
    double units = work(p, id, p->iters, a, b, &sink);
    rates[r] = units / (now() - begin);
  }
  qsort(rates, 5, sizeof(double), compare_doubles);
  p->best[id] = rates[4];
  p->median[id] = rates[2];
  p->sink[id] = sink;
  free(a);
  free(b);
  return NULL;
}

int main(int argc, char **argv) {
  static struct probe p;
  static const char *names[] = {"peak", "stream", "regions", "handoff"};
  int mode = 0;
  while (argc >= 2 && mode < 4 && strcmp(argv[1], names[mode]))
    ++mode;
  if (argc < 2 || mode == 4) {
    fprintf(stderr, "usage: machine_probe peak [SECONDS] [THREADS]\n"
                    "       machine_probe stream [SECONDS] [THREADS] "
                    "[MB_PER_THREAD]\n"
                    "       machine_probe regions [SECONDS] [THREADS] "
                    "[MICROSECONDS]\n"
                    "       machine_probe handoff [SECONDS]\n");
    return 2;
  }
  p.mode = (enum mode)mode;
  p.seconds = argc > 2 ? atof(argv[2]) : 1.0;
  p.threads = p.mode == HANDOFF ? 2 : argc > 3 ? atoi(argv[3]) : 1;
  p.iters = 1;
  double mb = argc > 4 && p.mode == STREAM ? atof(argv[4]) : 4.0;
  double microseconds = argc > 4 && p.mode == REGIONS ? atof(argv[4]) : 20.0;
  if (p.seconds <= 0 || p.threads < 1 || p.threads > MAX_THREADS || mb <= 0 ||
      microseconds <= 0) {
    fprintf(stderr, "machine_probe: bad arguments\n");
    return 2;
  }
  // Two arrays per thread, each a whole number of vectors.
  p.floats = ((size_t)(mb * 1048576 / 2 / sizeof(float)) / LANES + 1) * LANES;
  if (p.mode == REGIONS) {
    // FMA iterations per microsecond, from 10 ms of them.
    volatile float x = 0.999999f, y = 1e-7f;
    long iters = 1 << 10;
    double elapsed;
    for (;;) {
      double begin = now();
      p.sink[0] += fma_kernel(iters, x, y);
      elapsed = now() - begin;
      if (elapsed >= 0.01)
        break;
      iters *= 2;
    }
    p.region_iters = (long)(iters / (elapsed * 1e6) * microseconds) + 1;
  }
  pthread_barrier_init(&p.start, NULL, p.threads);
  pthread_t threads[MAX_THREADS];
  void *args[MAX_THREADS][2];
  for (int i = 0; i < p.threads; ++i) {
    args[i][0] = &p;
    args[i][1] = (void *)(long)i;
    if (i > 0 && pthread_create(&threads[i], NULL, run_thread, args[i])) {
      fprintf(stderr, "machine_probe: cannot start thread %d\n", i);
      return 1;
    }
  }
  run_thread(args[0]);
  double total = p.best[0], median = p.median[0], sink = p.sink[0];
  for (int i = 1; i < p.threads; ++i) {
    pthread_join(threads[i], NULL);
    total += p.best[i];
    median += p.median[i];
    sink += p.sink[i];
  }
  if (p.mode == HANDOFF)
    // Both threads made the same round trips: thread 0's rates say it all.
    printf("handoff: %.0f ns round trip (%s, 2 threads, median %.0f)\n",
           1e9 / p.best[0], ISA, 1e9 / p.median[0]);
  else if (p.mode != STREAM)
    printf("%s: %.1f GFLOP/s (%s, %d f32 lanes, %d accumulators, %d "
           "thread(s), median %.1f, checksum %g)\n",
           names[p.mode], total / 1e9, ISA, LANES, NACC, p.threads,
           median / 1e9, sink);
  else
    printf("stream: %.1f GB/s (%s, %.1f MB per thread, %d thread(s), "
           "median %.1f, checksum %g)\n",
           total / 1e9, ISA, mb, p.threads, median / 1e9, sink);
  return 0;
}
