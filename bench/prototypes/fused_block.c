// Whether running MobileNetV2's inverted residual blocks row by row (1x1
// expansion, 3x3 depthwise and 1x1 projection of one row before the next
// row) instead of layer by layer changes how they scale from 1 to 2 threads
// on this machine, whose two cores have separate L3 caches (docs/
// PERFORMANCE.md, "Why the 2 threads lose time"). Plain C with AVX-512 and
// OpenMP, not used by the compiler.
//
// A chain of NB blocks y = x + P(relu6(D(relu6(E(x))))) on blocked
// activations [C/16][H][W][16]: E a 1x1 convolution C -> X channels, D a
// 3x3 depthwise convolution (padding 1), P a 1x1 convolution X -> C, each
// with a bias.
//
// layers: three OpenMP loops per block, each over the rows (each thread gets
//   the same rows in every loop: the best case for a layer-by-layer split),
//   through a padded expanded plane [X/16][H+2][W+2][16] and a depthwise
//   output [X/16][H][W][16] (both H x W x X floats: 4.8 MB at 56x56x192).
// rows: one OpenMP loop per block; each thread takes half of the rows and
//   walks them in order, keeping the last three expanded rows in a ring
//   ((W+2) x X floats each) and the depthwise output of one row: per output
//   row it expands the row below, convolves the depthwise row and projects
//   it. The expanded plane never exists; each thread expands one row more
//   than its share (the row above its first; the halo). The ring and the
//   row are the thread's scratch, on its own stack.
// rows, scratch side by side: the same with the two threads' scratch
//   allocated one after the other on the heap (the way this program did it
//   until 2026-12-06). On the 2-vCPU EPYC with its cores far apart, the
//   thread whose scratch came second then ran at ~60% of its speed for as
//   long as the other thread was running (per-row times), whichever thread
//   and CPU that was; 64 KB of unused heap between the two buffers, or the
//   scratch on the threads' stacks, made it run as fast as alone (1.2-1.4x
//   from 1 to 2 threads became 1.8-1.9x). The cause was not found: no
//   cache line is shared, and a microbenchmark of two threads writing
//   adjacent private buffers did not slow down.
// layers, places moving: layer by layer with each block's padded plane and
//   depthwise output at another offset of one arena (0, 0.37 or 0.74 of a
//   channel block's plane), the borders zeroed per block: part of each
//   buffer then lands on lines the other thread wrote in the block before,
//   as in a compiled model's arena, whose places are shared by layers of
//   other shapes and splits. On the far cores: 1.21x and 1.37x from 1 to 2
//   threads where "layers" gave 1.56x and 1.97x, 1-thread times the same.
//
// rows, bands: one OpenMP loop over bands of "band rows" rows (default 8),
//   each band walked as a thread's rows above with its scratch on the stack
//   and the expanded rows next to it made again (two per band): what a
//   compiler could generate without knowing the thread count.
//
// All compute the same sums in the same order; the program checks that
// their outputs agree, then prints the median time per block of each at 1
// and 2 threads, interleaved (the machine's speed drifts).
//
//   clang-22 -O3 -march=native -fopenmp bench/prototypes/fused_block.c -lm \
//     -o /tmp/fused_block
//   /tmp/fused_block H C X [band rows]
//   (W = H, a multiple of 8; C, X multiples of 32)
#include <immintrin.h>
#include <math.h>
#include <omp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { NB = 6, RT = 8 /* positions per register tile */ };

static int H, W, C, X, bandRows = 8;
static float *weightsE[NB], *biasE[NB], *weightsD[NB], *biasD[NB],
    *weightsP[NB], *biasP[NB];

static float *alloc(size_t floats) {
  float *p = aligned_alloc(64, (floats * sizeof(float) + 63) / 64 * 64);
  memset(p, 0, floats * sizeof(float));
  return p;
}

static float uniform(unsigned *state) {
  *state = *state * 1664525u + 1013904223u;
  return (float)(*state >> 8) / (1 << 24) - 0.5f;
}

static __m512 relu6(__m512 v) {
  return _mm512_min_ps(_mm512_max_ps(v, _mm512_setzero_ps()),
                       _mm512_set1_ps(6.0f));
}

/// out[fb..fb+1][x0..x0+RT) = bias + sum_k in(k, x) * w[fb][k]: a 1x1
/// convolution's register tile of RT positions x 32 filters. `in` points at
/// the tile's first position in channel block 0; channel block kb starts
/// `inBlock` floats later. w is [F/16][K][16]; out likewise strided by
/// `outBlock`.
static inline void tile1x1(const float *in, long inBlock, int K, const float *w,
                           const float *bias, int fb, float *out, long outBlock,
                           const float *residual, long residualBlock,
                           int activation) {
  __m512 acc0[RT], acc1[RT];
  __m512 b0 = _mm512_load_ps(bias + fb * 16),
         b1 = _mm512_load_ps(bias + (fb + 1) * 16);
  for (int i = 0; i < RT; i++) {
    acc0[i] = b0;
    acc1[i] = b1;
  }
  const float *w0 = w + (long)fb * K * 16, *w1 = w0 + (long)K * 16;
  for (int k = 0; k < K; k++) {
    const float *column = in + (k / 16) * inBlock + (k % 16);
    __m512 wa = _mm512_load_ps(w0 + k * 16), wb = _mm512_load_ps(w1 + k * 16);
    for (int i = 0; i < RT; i++) {
      __m512 a = _mm512_set1_ps(column[i * 16]);
      acc0[i] = _mm512_fmadd_ps(a, wa, acc0[i]);
      acc1[i] = _mm512_fmadd_ps(a, wb, acc1[i]);
    }
  }
  for (int i = 0; i < RT; i++) {
    __m512 r0 = acc0[i], r1 = acc1[i];
    if (activation) {
      r0 = relu6(r0);
      r1 = relu6(r1);
    }
    if (residual) {
      r0 = _mm512_add_ps(
          r0, _mm512_load_ps(residual + fb * residualBlock + i * 16));
      r1 = _mm512_add_ps(
          r1, _mm512_load_ps(residual + (fb + 1) * residualBlock + i * 16));
    }
    _mm512_store_ps(out + fb * outBlock + i * 16, r0);
    _mm512_store_ps(out + (fb + 1) * outBlock + i * 16, r1);
  }
}

/// Expands input row y of x ([C/16][H][W][16]) into a padded row `row`
/// ([X/16][rowStride] with W+2 positions, interior from position 1).
static void expandRow(int b, const float *x, int y, float *row, long rowBlock) {
  for (int fb = 0; fb < X / 16; fb += 2)
    for (int x0 = 0; x0 < W; x0 += RT)
      tile1x1(x + ((long)y * W + x0) * 16, (long)H * W * 16, C, weightsE[b],
              biasE[b], fb, row + (1 + x0) * 16, rowBlock, NULL, 0, 1);
}

/// The depthwise output row from three padded expanded rows.
static void depthwiseRow(int b, const float *above, const float *at,
                         const float *below, long rowBlock, float *out,
                         long outBlock) {
  const float *rows[3] = {above, at, below};
  for (int cb = 0; cb < X / 16; cb++) {
    __m512 w[9];
    for (int t = 0; t < 9; t++)
      w[t] = _mm512_load_ps(weightsD[b] + (cb * 9 + t) * 16);
    __m512 bias = _mm512_load_ps(biasD[b] + cb * 16);
    for (int x0 = 0; x0 < W; x0++) {
      __m512 acc = bias;
      for (int dy = 0; dy < 3; dy++)
        for (int dx = 0; dx < 3; dx++)
          acc = _mm512_fmadd_ps(
              _mm512_load_ps(rows[dy] + cb * rowBlock + (x0 + dx) * 16),
              w[dy * 3 + dx], acc);
      _mm512_store_ps(out + cb * outBlock + x0 * 16, relu6(acc));
    }
  }
}

/// Projects depthwise row `d` ([X/16][outBlock]) into row y of `out` and
/// adds row y of `x`.
static void projectRow(int b, const float *d, long dBlock, const float *x,
                       int y, float *out) {
  long plane = (long)H * W * 16, at = (long)y * W * 16;
  for (int fb = 0; fb < C / 16; fb += 2)
    for (int x0 = 0; x0 < W; x0 += RT)
      tile1x1(d + x0 * 16, dBlock, X, weightsP[b], biasP[b], fb,
              out + at + x0 * 16, plane, x + at + x0 * 16, plane, 0);
}

/// Layer by layer: three loops over the rows per block.
static void layers(int b, const float *x, float *y, float *padded,
                   float *depthwise) {
  long paddedBlock = (long)(H + 2) * (W + 2) * 16, rowFloats = (W + 2) * 16;
  long plane = (long)H * W * 16;
#pragma omp parallel for schedule(static)
  for (int r = 0; r < H; r++)
    expandRow(b, x, r, padded + (r + 1) * rowFloats, paddedBlock);
#pragma omp parallel for schedule(static)
  for (int r = 0; r < H; r++)
    depthwiseRow(b, padded + r * rowFloats, padded + (r + 1) * rowFloats,
                 padded + (r + 2) * rowFloats, paddedBlock,
                 depthwise + (long)r * W * 16, plane);
#pragma omp parallel for schedule(static)
  for (int r = 0; r < H; r++)
    projectRow(b, depthwise + (long)r * W * 16, plane, x, r, y);
}

/// Zeroes the padding rows and columns of `padded` ([X/16][H+2][W+2][16]),
/// a loop over channel blocks (as the compiled models' border fills).
static void zeroBorders(float *padded) {
  long paddedBlock = (long)(H + 2) * (W + 2) * 16, rowFloats = (W + 2) * 16;
#pragma omp parallel for schedule(static)
  for (int cb = 0; cb < X / 16; cb++) {
    float *plane = padded + cb * paddedBlock;
    memset(plane, 0, rowFloats * sizeof(float));
    memset(plane + (H + 1) * rowFloats, 0, rowFloats * sizeof(float));
    for (int r = 1; r <= H; r++) {
      memset(plane + r * rowFloats, 0, 16 * sizeof(float));
      memset(plane + r * rowFloats + (W + 1) * 16, 0, 16 * sizeof(float));
    }
  }
}

/// Row by row: each thread walks its rows with a ring of three expanded
/// rows (borders zero) and one depthwise row, all its own: on its stack
/// (`ring` and `d` NULL, as a compiler's per-thread scratch would be), or at
/// `ring` and `d`.
static void rowsOfThread(int b, const float *x, float *y, int first, int last,
                         float *ring, float *d) {
  long rowBlock = (W + 2) * 16, ringRow = (long)X / 16 * rowBlock;
  float *onStack = NULL;
  if (!ring) {
    onStack = __builtin_alloca_with_align(
        (3 * ringRow + (long)X * W) * sizeof(float), 512);
    ring = onStack;
    d = onStack + 3 * ringRow;
    // The padding columns of every ring row; expandRow writes the rest.
    for (long block = 0; block < 3L * X / 16; block++) {
      memset(ring + block * rowBlock, 0, 16 * sizeof(float));
      memset(ring + block * rowBlock + (W + 1) * 16, 0, 16 * sizeof(float));
    }
  }
  // Expanded row r lives in ring slot (r + 1) % 3; rows -1 and H are the
  // zero padding.
  for (int r = first - 1; r <= first; r++) {
    float *slot = ring + ((r + 4) % 3) * ringRow;
    if (r < 0)
      memset(slot, 0, ringRow * sizeof(float));
    else
      expandRow(b, x, r, slot, rowBlock);
  }
  for (int r = first; r < last; r++) {
    float *below = ring + ((r + 5) % 3) * ringRow;
    if (r + 1 < H)
      expandRow(b, x, r + 1, below, rowBlock);
    else
      memset(below, 0, ringRow * sizeof(float));
    depthwiseRow(b, ring + ((r + 3) % 3) * ringRow,
                 ring + ((r + 4) % 3) * ringRow, below, rowBlock, d, W * 16);
    projectRow(b, d, W * 16, x, r, y);
  }
}

/// One OpenMP loop per block: each thread takes its rows, with its scratch
/// on its stack, or at rings[t] and depthwiseRows[t] when they are given.
static void rows(int b, const float *x, float *y, float **rings,
                 float **depthwiseRows) {
#pragma omp parallel
  {
    int threads = omp_get_num_threads(), t = omp_get_thread_num();
    rowsOfThread(b, x, y, H * t / threads, H * (t + 1) / threads,
                 rings ? rings[t] : NULL,
                 depthwiseRows ? depthwiseRows[t] : NULL);
  }
}

/// Bands of bandRows rows, one OpenMP loop over them per block: each band
/// walks its rows as a thread does above, its scratch on the stack, and
/// expands the rows next to it again (two per band: the halo).
static void bands(int b, const float *x, float *y) {
  int count = (H + bandRows - 1) / bandRows;
#pragma omp parallel for schedule(static)
  for (int band = 0; band < count; band++) {
    int last = (band + 1) * bandRows;
    rowsOfThread(b, x, y, band * bandRows, last < H ? last : H, NULL, NULL);
  }
}

// The activations and each way's temporaries.
static float *input, *acts[2], *padded, *depthwise, *arena, *rings[2],
    *depthwiseRows[2];

/// The floats a block's padded plane and depthwise output take together.
static long blockBuffersFloats(void) {
  return (long)X * ((H + 2) * (W + 2) + H * W);
}

/// How far apart (floats, whole vectors) "layers, places moving" puts the
/// buffers of consecutive blocks: 0.37 of a channel block's plane.
static long placeShift(void) { return (long)H * W * 16 * 37 / 100 / 16 * 16; }

/// One run of the chain (way 0 layer by layer, 1 row by row with scratch on
/// the stacks, 2 row by row with the heap's scratch, 3 layer by layer with
/// the block's buffers at another place of one arena in each block, 4 row
/// by row in bands); returns its output.
static const float *chain(int way) {
  const float *in = input;
  for (int b = 0; b < NB; b++) {
    float *out = acts[b % 2];
    if (way == 0) {
      layers(b, in, out, padded, depthwise);
    } else if (way == 3) {
      // Block b's buffers start (b % 3) x 0.37 planes of the expansion
      // into the arena: part of each lands on lines the other thread wrote
      // in the block before, as places shared by layers of other shapes
      // and splits in a compiled model's arena.
      float *place = arena + (b % 3) * placeShift();
      zeroBorders(place);
      layers(b, in, out, place, place + (long)X * (H + 2) * (W + 2));
    } else if (way == 1) {
      rows(b, in, out, NULL, NULL);
    } else if (way == 2) {
      rows(b, in, out, rings, depthwiseRows);
    } else {
      bands(b, in, out);
    }
    in = out;
  }
  return in;
}

static int compare(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
  if (argc != 4 && argc != 5) {
    fprintf(stderr, "usage: %s H C X [band rows]\n", argv[0]);
    return 2;
  }
  H = W = atoi(argv[1]);
  if (argc == 5)
    bandRows = atoi(argv[4]);
  C = atoi(argv[2]);
  X = atoi(argv[3]);
  if (H < 2 || W % RT || C % 32 || X % 32 || C <= 0 || X <= 0 || bandRows < 1) {
    fprintf(
        stderr,
        "H a multiple of %d, C and X multiples of 32, band rows at least 1\n",
        RT);
    return 2;
  }
  unsigned seed = 1;
  for (int b = 0; b < NB; b++) {
    weightsE[b] = alloc((long)C * X);
    weightsP[b] = alloc((long)C * X);
    weightsD[b] = alloc(9L * X);
    biasE[b] = alloc(X);
    biasD[b] = alloc(X);
    biasP[b] = alloc(C);
    for (long i = 0; i < (long)C * X; i++) {
      weightsE[b][i] = uniform(&seed) / sqrtf(C);
      weightsP[b][i] = uniform(&seed) / sqrtf(X);
    }
    for (long i = 0; i < 9L * X; i++)
      weightsD[b][i] = uniform(&seed) / 3;
    for (int i = 0; i < X; i++)
      biasE[b][i] = biasD[b][i] = uniform(&seed) * 0.1f;
    for (int i = 0; i < C; i++)
      biasP[b][i] = uniform(&seed) * 0.1f;
  }
  long plane = (long)H * W * C;
  input = alloc(plane);
  acts[0] = alloc(plane);
  acts[1] = alloc(plane);
  for (long i = 0; i < plane; i++)
    input[i] = uniform(&seed);
  padded = alloc((long)X * (H + 2) * (W + 2));
  depthwise = alloc((long)X * H * W);
  arena = alloc(blockBuffersFloats() + 2 * placeShift());
  for (int t = 0; t < 2; t++) {
    rings[t] = alloc(3L * X * (W + 2));
    depthwiseRows[t] = alloc((long)X * W);
  }
  enum { kWays = 5 };
  float *outputs[kWays];
  for (int way = 0; way < kWays; way++) {
    outputs[way] = alloc(plane);
    memcpy(outputs[way], chain(way), plane * sizeof(float));
  }
  double largest = 0, magnitude = 0;
  for (long i = 0; i < plane; i++) {
    for (int way = 0; way < kWays; way++) {
      if (!isfinite(outputs[way][i])) {
        fprintf(stderr, "output %ld is not finite\n", i);
        return 1;
      }
      largest = fmax(largest, fabs(outputs[0][i] - outputs[way][i]));
    }
    magnitude = fmax(magnitude, fabs(outputs[0][i]));
  }
  printf("H=W=%d C=%d X=%d, %d blocks: outputs up to %g, differing by at "
         "most %g\n",
         H, C, X, NB, magnitude, largest);
  if (largest > 1e-4 * magnitude || magnitude == 0)
    return 1;

  enum { kRounds = 7, kRuns = 200 };
  const char *names[kWays] = {"layers", "rows", "rows, scratch side by side",
                              "layers, places moving", "rows, bands"};
  double medians[kWays][2][kRounds];
  for (int round = 0; round < kRounds; round++)
    for (int threads = 1; threads <= 2; threads++)
      for (int way = 0; way < kWays; way++) {
        omp_set_num_threads(threads);
        double times[kRuns];
        for (int run = 0; run < kRuns; run++) {
          double start = omp_get_wtime();
          chain(way);
          times[run] = (omp_get_wtime() - start) / NB;
        }
        qsort(times, kRuns, sizeof(double), compare);
        medians[way][threads - 1][round] = times[kRuns / 2];
      }
  for (int way = 0; way < kWays; way++) {
    double m[2];
    for (int t = 0; t < 2; t++) {
      qsort(medians[way][t], kRounds, sizeof(double), compare);
      m[t] = medians[way][t][kRounds / 2];
    }
    printf("%-26s 1 thread %7.1f us/block, 2 threads %7.1f us/block: %.2fx\n",
           names[way], m[0] * 1e6, m[1] * 1e6, m[0] / m[1]);
  }
  return 0;
}
