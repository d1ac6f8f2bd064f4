// Single-core FMA peak probe for bench/run.py.
//
// Runs register-blocked fused multiply-adds with no memory traffic: NACC
// independent accumulators hide the FMA latency (4 cycles, 2 ports: at least
// 8 chains in flight), so the loop is bound only by FMA throughput. Built
// with -mavx512f it uses 512-bit registers, otherwise AVX2+FMA 256-bit ones.
// Prints one line: "peak: <GFLOP/s> GFLOP/s (<isa>, <lanes> f32 lanes, ...)".
//
//   peak_flops [SECONDS=1]   (the timed part; plus about 0.3 s of warm-up)
#include <immintrin.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define NACC 12

#if defined(__AVX512F__)
typedef __m512 vec;
#define LANES 16
#define ISA "avx512f"
#define SET1 _mm512_set1_ps
#define FMA _mm512_fmadd_ps
#define ADD _mm512_add_ps
#define STORE _mm512_storeu_ps
#elif defined(__AVX2__) && defined(__FMA__)
typedef __m256 vec;
#define LANES 8
#define ISA "avx2+fma"
#define SET1 _mm256_set1_ps
#define FMA _mm256_fmadd_ps
#define ADD _mm256_add_ps
#define STORE _mm256_storeu_ps
#else
#error "peak_flops needs -mavx512f or -mavx2 -mfma"
#endif

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

// ITERS inner iterations of NACC FMAs each; the multiplier and addend come
// from memory-opaque arguments so the compiler cannot fold the chain.
static float kernel(long iters, float x, float y) {
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
  STORE(out, acc[0]);
  float sum = 0;
  for (int i = 0; i < LANES; ++i)
    sum += out[i];
  return sum;
}

int main(int argc, char **argv) {
  double seconds = argc > 1 ? atof(argv[1]) : 1.0;
  // x close to 1 and a tiny y keep the values finite for any run length.
  volatile float x = 0.999999f, y = 1e-7f;
  // Warm up for about 0.3 s first: the core may need that long to reach
  // its highest frequency under AVX-512 load. The doubling also calibrates
  // the iteration count. Every result goes into sink, which is printed:
  // otherwise the compiler may drop a call whose result is unused.
  long iters = 1 << 16;
  double elapsed = 0, warm = 0;
  float sink = 0;
  while (iters < (1L << 40)) {
    double begin = now();
    sink += kernel(iters, x, y);
    elapsed = now() - begin;
    warm += elapsed;
    if (warm > 0.3 && elapsed > 0.05)
      break;
    if (elapsed < 0.05)
      iters *= 2;
  }
  // Best of five runs: the machine may be shared, and the best run is the
  // one least disturbed.
  iters = (long)(iters * (seconds / 5) / elapsed) + 1;
  double best = 0;
  for (int r = 0; r < 5; ++r) {
    double begin = now();
    sink += kernel(iters, x, y);
    double gflops = 2.0 * LANES * NACC * (double)iters / (now() - begin) / 1e9;
    if (gflops > best)
      best = gflops;
  }
  printf("peak: %.1f GFLOP/s (%s, %d f32 lanes, %d accumulators, "
         "checksum %g)\n",
         best, ISA, LANES, NACC, sink);
  return 0;
}
