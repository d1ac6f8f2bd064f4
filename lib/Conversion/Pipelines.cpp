//===- Pipelines.cpp - From the OV dialect down to LLVM -------------------===//

#include "ovmlir/Conversion/Passes.h"

#include "mlir/Conversion/Passes.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;

/// The steps, each a registered pass (so each can be run alone in ov-opt):
/// lower OV ops, bufferize whole functions (tensor arguments and results
/// become memrefs), then linalg to loops and every dialect to LLVM. Math
/// functions without an LLVM intrinsic (erf, ...) call libm. The two halves
/// are separate so that a compiler can work on the buffers in between
/// (lib/Target moves weights out of the object there). lower-affine runs
/// again after expand-strided-metadata, whose views of dynamic sizes (pads,
/// reshapes) compute offsets and strides with affine.apply. Loops may yield
/// new buffers (ov.loop's concatenated outputs grow each iteration).
/// Variables (ReadValue/Assign) are checked and declared module-wide first.
/// eliminate-empty-tensors lets the op making a part of a concatenation
/// (tensor.insert_slice) write into its destination instead of a buffer
/// copied there; ov-grow-concatenations first makes a concatenation that
/// extends another (DenseNet) insert only its new parts into that one's.
static constexpr StringLiteral kLowerToBuffers =
    "ov-declare-variables,"
    "func.func(convert-ov-to-linalg, canonicalize,"
    "ov-fold-constant-transposes, ov-interleave-channel-shuffles,"
    "ov-drop-padding-taps, ov-accumulate-addends,"
    "ov-block-convolutions, ov-fold-channel-scales,"
    "ov-split-by-live-taps, ov-winograd-convolutions,"
    "ov-convolutions-to-matmuls, ov-pack-matmul-weights, ov-fuse-elementwise,"
    "canonicalize, ov-pad-borders, ov-elementwise-in-place,"
    "ov-grow-concatenations),"
    "eliminate-empty-tensors,"
    "one-shot-bufferize{bufferize-function-boundaries "
    "allow-return-allocs-from-loops "
    "function-boundary-type-conversion=identity-layout-map},"
    // Multi-result ops write each result into its slice, not a copy.
    "func.func(ov-forward-copies)";
static constexpr StringLiteral kBuffersToLLVM =
    // Every temporary buffer is freed once dead; returned buffers are owned
    // by the caller (the runtime frees them).
    "ownership-based-buffer-deallocation, canonicalize,"
    "buffer-deallocation-simplification, bufferization-lower-deallocations,"
    "convert-bufferization-to-memref,"
    "cse, canonicalize,"
    // ... not at the end of the function, where the ownership-based
    // deallocation puts them: the next layer reuses the memory, in cache.
    "func.func(ov-free-buffers-early),"
    // Global pools of planes whose rows the threads split: partial sums.
    "func.func(ov-split-pools-by-rows),"
    // Inverted-residual blocks row by row, each thread its band of rows.
    "ov-compute-blocks-by-rows,"
    // Small planes' blocks by halves of their expanded channels.
    "ov-compute-blocks-by-channels,"
    // Small planes' 1x1 layers from many channels: each thread its half.
    "ov-split-input-channels,"
    // Large planes' Winograd layers: a row of tiles at a time, V and M on
    // the stack.
    "func.func(ov-winograd-by-tile-rows),"
    // Thread tiles, register tiles and vectors (TileAndVectorize.cpp); the
    // n-D vector transfers become 1-D ones, vector.contract FMAs of outer
    // products.
    "func.func(ov-tile-and-vectorize), canonicalize, cse,"
    // Register tiles of many kernel taps: K loops of at most 9 taps each.
    "func.func(ov-split-long-k-loops),"
    // A padded plane's four border fills in one thread loop.
    "func.func(ov-merge-fill-loops),"
    // Small planes' blocked convolutions: the next filter block's weights.
    "func.func(ov-prefetch-next-filter-block),"
    // Register tiles starting from a shortcut: the next tile's rows.
    "func.func(ov-prefetch-next-tile-start),"
    // Thread tiles of positions: the next one's input rows.
    "func.func(ov-prefetch-next-position-tile),"
    // Matrix-vector products: their weights, during the region before.
    "func.func(ov-prefetch-streamed-weights),"
    // The temporaries share one arena, as much memory as is live at once.
    "func.func(ov-plan-buffers),"
    // Vector reads of stride-2 views: contiguous loads and shuffles.
    "func.func(ov-contiguous-strided-reads),"
    "func.func(convert-vector-to-scf{full-unroll=true}),"
    "func.func(convert-linalg-to-loops),"
    // The thread tiles' scf.parallel loops become OpenMP work-sharing loops
    // (compiled models run them on the runtime's thread teams, not libomp:
    // lib/Target/ParallelRuntimeCalls.cpp; the runtime sets the thread count
    // per run).
    "convert-scf-to-openmp, func.func(ov-hoist-thread-scratch), canonicalize,"
    // One barrier per region: its join, not also the loop's own barrier.
    "func.func(ov-skip-barriers-before-joins),"
    // Threads done with their share take over a slower thread's tail.
    "func.func(ov-balance-thread-loops),"
    "lower-affine, convert-scf-to-cf, ov-asserts-to-runtime-errors,"
    "expand-strided-metadata, lower-affine,"
    // erf becomes a polynomial; other math functions of vectors become
    // calls per element before vectors are lowered.
    "func.func(ov-approximate-math), convert-math-to-libm,"
    // bf16 conversions without __truncsfbf2, which AVX2 CPUs would call.
    "func.func(ov-expand-bf16-conversions),"
    // Vector reductions (rows of a pool or softmax, ov-tile-and-vectorize)
    // add their lanes as a tree, not in order.
    "convert-vector-to-llvm{vector-contract-lowering=outerproduct "
    "vector-transpose-lowering=shuffle16x16 "
    "reassociate-fp-reductions=true},"
    "convert-math-to-llvm, convert-arith-to-llvm,"
    // Buffers come from the runtime's allocator, which reuses them across
    // runs (runtime/src/buffer_cache.c).
    "convert-cf-to-llvm, convert-ub-to-llvm,"
    "finalize-memref-to-llvm{use-generic-functions=true},"
    "convert-func-to-llvm, convert-openmp-to-llvm,"
    "reconcile-unrealized-casts";

static void addPipeline(OpPassManager &pm, StringRef pipeline) {
  // The pipeline is parsed from registered passes: make sure they are, in
  // tools that do not register every pass (ovc, ov-run).
  ov::registerConversionPasses();
  registerCanonicalizerPass();
  registerCSEPass();
  if (failed(parsePassPipeline(pipeline, pm)))
    llvm::report_fatal_error("invalid ov-lower-to-llvm pipeline");
}

/// `pipeline` with `options` ("{...}") after the pass `pass`.
static std::string withPassOptions(StringRef pipeline, StringRef pass,
                                   const std::string &options) {
  std::string result = pipeline.str();
  size_t at = result.find(pass.str());
  assert(at != std::string::npos && "the pipeline has the pass");
  result.insert(at + pass.size(), options);
  return result;
}

void ov::buildLowerToBuffersPipeline(OpPassManager &pm,
                                     const CodegenTarget &target) {
  addPipeline(pm, withPassOptions(kLowerToBuffers, "ov-block-convolutions",
                                  "{vector-bits=" +
                                      std::to_string(target.vectorBits) + "}"));
}

void ov::buildBuffersToLLVMPipeline(OpPassManager &pm,
                                    const CodegenTarget &target) {
  addPipeline(
      pm, withPassOptions(kBuffersToLLVM, "ov-tile-and-vectorize",
                          "{vector-bits=" + std::to_string(target.vectorBits) +
                              " vector-registers=" +
                              std::to_string(target.vectorRegisters) + "}"));
}

void ov::buildLowerToLLVMPipeline(OpPassManager &pm,
                                  const CodegenTarget &target) {
  buildLowerToBuffersPipeline(pm, target);
  buildBuffersToLLVMPipeline(pm, target);
}

namespace {
/// --ov-lower-to-llvm's options: the target's vector registers (AVX-512's
/// unless given).
struct OVLoweringOptions : PassPipelineOptions<OVLoweringOptions> {
  Option<int64_t> vectorBits{
      *this, "vector-bits",
      llvm::cl::desc("Width of a vector register in bits (256 for AVX2)"),
      llvm::cl::init(ov::CodegenTarget().vectorBits)};
  Option<int64_t> vectorRegisters{
      *this, "vector-registers",
      llvm::cl::desc("Vector registers of the target (16 for AVX2)"),
      llvm::cl::init(ov::CodegenTarget().vectorRegisters)};
};
} // namespace

void ov::registerConversionPasses() {
  // Idempotent: registering a pipeline twice is a fatal error.
  static bool registered = false;
  if (registered)
    return;
  registered = true;
  registerOVConversionPasses();
  // The upstream passes the pipeline is made of.
  mlir::registerConversionPasses();
  bufferization::registerBufferizationPasses();
  registerLinalgPasses();
  memref::registerMemRefPasses();
  PassPipelineRegistration<OVLoweringOptions>(
      "ov-lower-to-llvm",
      "Lower a model in the OV dialect to the LLVM dialect (linalg, "
      "bufferization, loops, LLVM)",
      [](OpPassManager &pm, const OVLoweringOptions &options) {
        buildLowerToLLVMPipeline(
            pm, ov::CodegenTarget{options.vectorBits, options.vectorRegisters});
      });
}
