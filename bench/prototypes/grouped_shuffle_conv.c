// What a shuffle kernel would give grouped 3x3 convolutions of 4 or 8
// channels per group (ResNeXt-50's layer1 and layer2, RegNetY's groups of
// 8) on blocked activations, against the block-diagonal filters the code
// generator uses now (docs/PERFORMANCE.md, code-generator step on grouped
// convolutions). Plain C with AVX-512, single-threaded, caches warm; not
// used by the compiler.
//
// Layouts: input [C/16][H+2][W+2][16] (padded), output [C/16][H][W][16];
// stride 1, as many input as output channels per group (G).
//
// diagonal: what the compiler does now for groups of 2 to 16 channels in
//   half blocks of 16: per tap and input channel of the half block, the
//   input value broadcast times a vector of 16 filters of which only G are
//   not zero (16 FMAs per tap and position, 16 / G times the products
//   needed).
// shuffle: per tap and position, the 16 input channels loaded once; for
//   each i < G the vector whose lane o holds channel G * (o / G) + i (one
//   vpermilps for G = 4, vpermps for G = 8) times the 16 filters' weights
//   for their group's channel i: G FMAs per tap and position, only the
//   products needed.
//
// Both compute the same sums in the same order (the program checks that
// the outputs are equal) and print the best of 200 runs each, alternated.
//
//   clang-22 -O3 -march=native bench/prototypes/grouped_shuffle_conv.c \
//     -o /tmp/grouped_shuffle_conv
//   /tmp/grouped_shuffle_conv H C G    (ResNeXt-50: 56 128 4, 28 256 8)

#include <immintrin.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

// Output positions of a register tile (W must be a multiple).
#define TILE 14

static int height, width, channels, group;
static float *input, *diagonalFilter, *shuffleFilter, *out1, *out2;

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

// Weight of filter f for its group's channel c at tap (kh, kw).
static float weight(int f, int c, int kh, int kw) {
  return ((f * 7 + c * 3 + kh * 5 + kw) % 11 - 5) * 0.1f;
}

static const float *inputAt(int block, int row, int column) {
  return input +
         (((long)block * (height + 2) + row) * (width + 2) + column) * 16;
}

static float *outputAt(float *out, int block, int row, int column) {
  return out + (((long)block * height + row) * width + column) * 16;
}

// Every register tile of TILE positions of a row of a block: `tile`
// accumulates into zeros, the result is stored into `out`.
typedef void TileKernel(int block, int row, int column, __m512 *acc);
static inline __attribute__((always_inline)) void overTiles(TileKernel *tile,
                                                            float *out) {
  for (int b = 0; b < channels / 16; ++b)
    for (int h = 0; h < height; ++h)
      for (int w0 = 0; w0 < width; w0 += TILE) {
        __m512 acc[TILE];
        for (int j = 0; j < TILE; ++j)
          acc[j] = _mm512_setzero_ps();
        tile(b, h, w0, acc);
        for (int j = 0; j < TILE; ++j)
          _mm512_store_ps(outputAt(out, b, h, w0 + j), acc[j]);
      }
}

// diagonalFilter [C/16][9][16 ci][16 fi].
static inline __attribute__((always_inline)) void
diagonalTile(int b, int h, int w0, __m512 *acc) {
  for (int tap = 0; tap < 9; ++tap) {
    const float *in = inputAt(b, h + tap / 3, w0 + tap % 3);
    const float *filter = diagonalFilter + ((long)b * 9 + tap) * 256;
    for (int c = 0; c < 16; ++c) {
      __m512 f = _mm512_load_ps(filter + c * 16);
      for (int j = 0; j < TILE; ++j)
        acc[j] = _mm512_fmadd_ps(_mm512_set1_ps(in[j * 16 + c]), f, acc[j]);
    }
  }
}

// vpermps' lane indices for groups of 8: lane o of index i is 8 * (o / 8)
// + i.
static __m512i lanes8[8];

// The G shuffles of x: lane o of out[i] holds channel G * (o / G) + i.
static inline __attribute__((always_inline)) void
shuffled(__m512 x, const int g, __m512 *out) {
  if (g == 4) {
    // Within each 128-bit lane (one group): its element i.
    out[0] = _mm512_permute_ps(x, 0x00);
    out[1] = _mm512_permute_ps(x, 0x55);
    out[2] = _mm512_permute_ps(x, 0xaa);
    out[3] = _mm512_permute_ps(x, 0xff);
  } else {
    for (int i = 0; i < g; ++i)
      out[i] = _mm512_permutexvar_ps(lanes8[i], x);
  }
}

// shuffleFilter [C/16][9][G i][16 fi]. The sums go tap by tap, i by i,
// as diagonal's do (its zero products add nothing); per tap, its G filter
// vectors in registers.
static inline __attribute__((always_inline)) void
shuffleTile(const int g, int b, int h, int w0, __m512 *acc) {
  const float *filter = shuffleFilter + (long)b * 9 * 16 * g;
  for (int tap = 0; tap < 9; ++tap) {
    const float *in = inputAt(b, h + tap / 3, w0 + tap % 3);
    __m512 f[8];
    for (int i = 0; i < g; ++i)
      f[i] = _mm512_load_ps(filter + (tap * g + i) * 16);
    for (int j = 0; j < TILE; ++j) {
      __m512 x[8];
      shuffled(_mm512_load_ps(in + j * 16), g, x);
      for (int i = 0; i < g; ++i)
        acc[j] = _mm512_fmadd_ps(x[i], f[i], acc[j]);
    }
  }
}

static void shuffleTile4(int b, int h, int w0, __m512 *acc) {
  shuffleTile(4, b, h, w0, acc);
}
static void shuffleTile8(int b, int h, int w0, __m512 *acc) {
  shuffleTile(8, b, h, w0, acc);
}

static void diagonal(void) { overTiles(diagonalTile, out1); }
static void shuffle(void) {
  overTiles(group == 4 ? shuffleTile4 : shuffleTile8, out2);
}

int main(int argc, char **argv) {
  if (argc != 4) {
    fprintf(stderr,
            "usage: %s H C G (G = 4 or 8; C a multiple of 16; H a "
            "multiple of 14)\n",
            argv[0]);
    return 2;
  }
  height = width = atoi(argv[1]);
  for (int i = 0; i < 8; ++i) {
    int index[16];
    for (int o = 0; o < 16; ++o)
      index[o] = 8 * (o / 8) + i;
    lanes8[i] = _mm512_loadu_si512(index);
  }
  channels = atoi(argv[2]);
  group = atoi(argv[3]);
  if ((group != 4 && group != 8) || channels % 16 || width % TILE) {
    fprintf(stderr, "unsupported shape\n");
    return 2;
  }
  int blocks = channels / 16;
  long inputSize = (long)blocks * (height + 2) * (width + 2) * 16;
  long outputSize = (long)channels * height * width;
  input = aligned_alloc(64, inputSize * 4);
  diagonalFilter = aligned_alloc(64, (long)blocks * 9 * 256 * 4);
  shuffleFilter = aligned_alloc(64, (long)blocks * 9 * 16 * group * 4);
  out1 = aligned_alloc(64, outputSize * 4);
  out2 = aligned_alloc(64, outputSize * 4);
  for (long i = 0; i < inputSize; ++i)
    input[i] = ((i * 13) % 17 - 8) * 0.05f;
  for (int b = 0; b < blocks; ++b)
    for (int tap = 0; tap < 9; ++tap) {
      for (int ci = 0; ci < 16; ++ci)
        for (int fi = 0; fi < 16; ++fi) {
          int f = b * 16 + fi, c = b * 16 + ci;
          diagonalFilter[((long)b * 9 + tap) * 256 + ci * 16 + fi] =
              f / group == c / group ? weight(f, c % group, tap / 3, tap % 3)
                                     : 0.0f;
        }
      for (int i = 0; i < group; ++i)
        for (int fi = 0; fi < 16; ++fi)
          shuffleFilter[(((long)b * 9 + tap) * group + i) * 16 + fi] =
              weight(b * 16 + fi, i, tap / 3, tap % 3);
    }
  double bestDiagonal = 1e9, bestShuffle = 1e9;
  for (int run = 0; run < 200; ++run) {
    double start = now();
    diagonal();
    double middle = now();
    shuffle();
    double end = now();
    if (middle - start < bestDiagonal)
      bestDiagonal = middle - start;
    if (end - middle < bestShuffle)
      bestShuffle = end - middle;
  }
  double largest = 0;
  for (long i = 0; i < outputSize; ++i) {
    double difference =
        out1[i] > out2[i] ? out1[i] - out2[i] : out2[i] - out1[i];
    if (difference > largest)
      largest = difference;
  }
  double flops = 2.0 * height * width * channels * group * 9;
  printf("%dx%d, %d channels, groups of %d: diagonal %.1f us (%.0f GFLOP/s), "
         "shuffle %.1f us (%.0f GFLOP/s), largest difference %g\n",
         height, width, channels, group, bestDiagonal * 1e6,
         flops / bestDiagonal * 1e-9, bestShuffle * 1e6,
         flops / bestShuffle * 1e-9, largest);
  return largest == 0 ? 0 : 1;
}
