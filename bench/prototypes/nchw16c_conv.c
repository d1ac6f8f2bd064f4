// What a blocked activation layout (NCHW16c) would give the convolutions:
// a plain C kernel, single-threaded, caches warm, for comparison with the
// per-layer figures of our code generator (docs/PERFORMANCE.md, "Why the
// gaps"). Not used by the compiler.
//
// Layouts: input [C/16][H+2p][W+2p][16] (padded), filter
// [F/16][C/16][K][K][16 c][16 f], output [F/16][H][W][16] (ReLU applied).
// Register tile: OB blocks of 16 output channels x WT output positions of a
// row (OB * WT accumulators); per input channel, OB filter vectors are loaded
// and each position's input value broadcast: OB * WT FMAs for WT + OB loads.
// A 1x1 kernel runs over the whole plane as one row (no row remainders).
//
//   cc -O3 -march=native -o nchw16c_conv nchw16c_conv.c
//   ./nchw16c_conv C F H K      (stride 1; K = 1 or 3, padding K / 2)
#include <immintrin.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define OB 2
#define WT 14

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

/// One register tile of `n` positions (WT in full tiles: a constant, so
/// that the accumulators stay in registers) of OB output channel blocks.
static inline __attribute__((always_inline)) void
tileOf(const int n, const float *in, const float *w, float *out, int fb, int h,
       int w0, int CB, int K, int Hp, int Wp, int rows, int cols,
       long filterBlock) {
  __m512 acc[OB][WT];
  for (int o = 0; o < OB; o++)
    for (int j = 0; j < WT; j++)
      acc[o][j] = _mm512_setzero_ps();
  for (int cb = 0; cb < CB; cb++)
    for (int kh = 0; kh < K; kh++)
      for (int kw = 0; kw < K; kw++) {
        const float *ip = in + (((long)cb * Hp + h + kh) * Wp + w0 + kw) * 16;
        const float *wp =
            w + fb * filterBlock + ((long)cb * K * K + kh * K + kw) * 256;
        for (int c = 0; c < 16; c++) {
          __m512 filter[OB];
          for (int o = 0; o < OB; o++)
            filter[o] = _mm512_load_ps(wp + o * filterBlock + c * 16);
          for (int j = 0; j < n; j++) {
            __m512 x = _mm512_set1_ps(ip[j * 16 + c]);
            for (int o = 0; o < OB; o++)
              acc[o][j] = _mm512_fmadd_ps(x, filter[o], acc[o][j]);
          }
        }
      }
  for (int o = 0; o < OB; o++)
    for (int j = 0; j < n; j++)
      _mm512_store_ps(out + (((long)(fb + o) * rows + h) * cols + w0 + j) * 16,
                      _mm512_max_ps(acc[o][j], _mm512_setzero_ps()));
}

int main(int argc, char **argv) {
  if (argc != 5) {
    fprintf(stderr, "usage: %s C F H K\n", argv[0]);
    return 1;
  }
  int C = atoi(argv[1]), F = atoi(argv[2]), H = atoi(argv[3]),
      K = atoi(argv[4]);
  if (C % 16 || F % (16 * OB) || (K != 1 && K != 3)) {
    fprintf(stderr, "C must be a multiple of 16, F of %d, K 1 or 3\n", 16 * OB);
    return 1;
  }
  int W = H, pad = K / 2;
  // A 1x1 kernel: the plane as one row of H * W positions.
  int rows = K == 1 ? 1 : H, cols = K == 1 ? H * W : W;
  int Hp = rows + 2 * pad, Wp = cols + 2 * pad, CB = C / 16, FB = F / 16;
  float *in = aligned_alloc(64, (size_t)CB * Hp * Wp * 16 * 4);
  float *w = aligned_alloc(64, (size_t)FB * CB * K * K * 256 * 4);
  float *out = aligned_alloc(64, (size_t)FB * rows * cols * 16 * 4);
  for (long i = 0; i < (long)CB * Hp * Wp * 16; i++)
    in[i] = (i % 13) * 0.01f;
  for (long i = 0; i < (long)FB * CB * K * K * 256; i++)
    w[i] = (i % 7) * 0.01f;
  long filterBlock = (long)CB * K * K * 256;
  double best = 1e9;
  for (int rep = 0; rep < 20; rep++) {
    double t0 = now();
    for (int fb = 0; fb < FB; fb += OB)
      for (int h = 0; h < rows; h++)
        for (int w0 = 0; w0 < cols; w0 += WT) {
          int wt = cols - w0 < WT ? cols - w0 : WT;
          if (wt == WT)
            tileOf(WT, in, w, out, fb, h, w0, CB, K, Hp, Wp, rows, cols,
                   filterBlock);
          else
            tileOf(wt, in, w, out, fb, h, w0, CB, K, Hp, Wp, rows, cols,
                   filterBlock);
        }
    double t = now() - t0;
    if (t < best)
      best = t;
  }
  double flops = 2.0 * C * F * K * K * H * W;
  printf("%dx%d %d->%d @%dx%d: %.3f ms %.1f GFLOP/s\n", K, K, C, F, H, W,
         best * 1e3, flops / best / 1e9);
  return 0;
}
