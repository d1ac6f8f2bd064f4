//===- Passes.td - Lowerings of the OV dialect ----------------------------===//

#ifndef OVMLIR_CONVERSION_PASSES_TD
#define OVMLIR_CONVERSION_PASSES_TD

include "mlir/Pass/PassBase.td"

def ConvertOVToLinalg : Pass<"convert-ov-to-linalg", "func::FuncOp"> {
  let summary = "Lower OV dialect ops to linalg, tensor, arith and math";
  let description = [{
    Elementwise ops become `linalg.generic` with numpy broadcasting (a
    dimension of static size 1 is broadcast; a dynamic dimension must match
    the result's at run time, checked with `cf.assert`); constants become
    `arith.constant`; MatMul becomes `linalg.matmul` / `linalg.batch_matmul`
    (transposes as `linalg.transpose`); Reshape becomes `tensor.reshape`.
    Result shapes, including dynamic dimensions computed at run time, come
    from the same shape functions as type inference. An op without a
    lowering fails the pass with its name and location.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::math::MathDialect",
                           "::mlir::linalg::LinalgDialect",
                           "::mlir::tensor::TensorDialect",
                           "::mlir::cf::ControlFlowDialect",
                           "::mlir::scf::SCFDialect",
                           // ReadValue/Assign: buffers passed to the runtime.
                           "::mlir::memref::MemRefDialect",
                           "::mlir::bufferization::BufferizationDialect"];
}

def DeclareVariables : Pass<"ov-declare-variables", "::mlir::ModuleOp"> {
  let summary = "Check a model's variables and declare what their lowering "
                "calls";
  let description = [{
    Runs before convert-ov-to-linalg on models with state (ReadValue,
    Assign). Checks each variable across the module: one element type, and
    the ReadValue results, ReadValue-6's `variable_shape` and the Assigned
    values of compatible shapes (a ReadValue without `init_value` needs a
    static shape); errors are at the ops. Declares the runtime functions
    the lowering calls (`ovm_runtime_variable_get/read/set`) and, per
    variable, a constant holding its name as a C string, with the
    variable's id and type (`ovm.variable_id`, `ovm.variable_type`).
  }];
  let dependentDialects = ["::mlir::func::FuncDialect",
                           "::mlir::memref::MemRefDialect"];
}

def AssertsToRuntimeErrors
    : Pass<"ov-asserts-to-runtime-errors", "::mlir::ModuleOp"> {
  let summary = "Turn failed run-time checks into runtime errors, not aborts";
  let description = [{
    A `cf.assert` (a run-time check of dynamic dimensions the lowering
    emits) becomes a branch to a block that calls the runtime's
    `ovm_runtime_fail(message)` and is unreachable after it: the runtime
    returns to the caller of `ovm_model_run` with an error status and the
    message instead of aborting the process. Runs on unstructured control
    flow (after scf is lowered to cf).
  }];
  let dependentDialects = ["::mlir::cf::ControlFlowDialect",
                           "::mlir::LLVM::LLVMDialect"];
}

def AccumulateAddends : Pass<"ov-accumulate-addends", "func::FuncOp"> {
  let summary = "Additions to a contraction's result become its initial "
                "accumulator";
  let description = [{
    `add(op(..., init), y)` where `op` (a convolution, a matmul, any linalg
    op with reduction loops whose body yields init + ...) has no other
    user becomes `op(..., init + y)`: a bias or a residual connection is
    added by the op's own accumulation instead of a pass over its result.
    A zero fill as init becomes a copy of y, broadcast as in the addition.
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect",
                           "::mlir::tensor::TensorDialect",
                           "::mlir::arith::ArithDialect"];
}

def FuseElementwise : Pass<"ov-fuse-elementwise", "func::FuncOp"> {
  let summary = "Merge chains of elementwise linalg ops";
  let description = [{
    An elementwise linalg op whose only user is another elementwise op is
    merged into it (upstream's elementwise fusion, limited to elementwise
    consumers): one pass over memory instead of one per op. A producer its
    user broadcasts (a per-channel scale) stays apart: merged, it would be
    computed once per point of the user.
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect",
                           "::mlir::affine::AffineDialect",
                           "::mlir::arith::ArithDialect"];
}

def ElementwiseInPlace : Pass<"ov-elementwise-in-place", "func::FuncOp"> {
  let summary = "Elementwise results written over an input read last";
  let description = [{
    An elementwise `linalg.generic` whose init is a `tensor.empty` (not
    read by its body) gets as its init an input of the result's type, read
    with the identity map, produced by another elementwise linalg op (not
    a contraction, whose epilogue goes into its register tiles) and read
    by nothing after this op but linalg ops before it: one-shot
    bufferization then writes the result over that input, in lines the op
    has just read, instead of into a new buffer whose lines must be
    fetched first.
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect"];
}

def SplitPoolsByRows : Pass<"ov-split-pools-by-rows", "func::FuncOp"> {
  let summary = "Plane sums of blocked activations as partial sums of rows";
  let description = [{
    A sum over the plane of blocked activations [N, C / B, H, W, B] into
    [N, C / B, 1, 1, B] (a global average pool), on buffers, whose plane has
    more rows than channel blocks (its producer's threads split the rows),
    of at least 256 KB and rows in 4 bands, becomes partial sums of the
    bands, [4, N, C / B, B], with threads over the bands, then one sum of
    the partial sums into the result: each thread reads the rows it wrote,
    not the other thread's.
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect",
                           "::mlir::memref::MemRefDialect",
                           "::mlir::arith::ArithDialect"];
}

def WinogradByTileRows : Pass<"ov-winograd-by-tile-rows", "func::FuncOp"> {
  let summary = "A Winograd layer's transforms and products one row of "
                "tiles at a time, the rows split between the threads";
  let description = [{
    Runs on bufferized functions, before `ov-tile-and-vectorize`. A 3x3
    layer as `ov-winograd-convolutions` leaves it, directly in a function's
    body: the input transform (one elementwise op, its 16 results the
    point views of V [16, CB, R, C, B]), zeros into M [16, FB, R, C, B],
    the batched contraction M += V * U and the output transform (one
    elementwise op reading M's 16 point views), where V and M are used by
    nothing else, with at least 14 tile rows R and at most 512 KB for a
    row of V and of M, becomes one thread loop over the R tile rows. Each
    iteration computes V's row into a stack buffer (`memref.alloca`), M's
    row from it into another, and the output rows of its tiles from that:
    V and M are gone, and a thread reads and writes only its tile rows of
    the input and the output. The ops in the loop stay linalg ops on row
    views, which `ov-tile-and-vectorize` tiles for registers only.
  }];
  let dependentDialects = ["::mlir::scf::SCFDialect",
                           "::mlir::memref::MemRefDialect",
                           "::mlir::arith::ArithDialect"];
}

def SplitInputChannels : Pass<"ov-split-input-channels", "::mlir::ModuleOp"> {
  let summary = "1x1 layers on small planes with many more input than output "
                "channels as two partial products over the input's halves";
  let description = [{
    A blocked 1x1 layer on buffers, out[0, nb, p, n] += in[0, kb, p, k] *
    w[nb, kb, k, n] over collapsed planes [1, C / B, H * W, B], directly in
    a function's body, with at most 14x14 positions, an even number of
    input blocks and at least 3 input channels per output channel (an
    inverted-residual block's projection, a bottleneck's reduction),
    becomes two partial products over the halves of the input channels
    into [2, N / B, H * W, B] (from zeros; the part is the batch dimension
    of the input, of the weights and of the result), then an in-place sum
    of both into `out`. The weights, a constant global, are repacked at
    compile time as [2, N / B, C / 2B, B, B]. The input's producer split its channel blocks
    between the threads, and the partial products do too: each thread
    reads the half of the input it wrote, not the other thread's, and only
    the partial product of the other half of the outputs. When `out` holds
    only what an elementwise op (5 parallel loops, not reading `out`, its
    inputs contiguous planes like `out` or per-channel vectors [1, N / B,
    1, 1, B] read at (0, d1, 0, 0, d4)) wrote over all of it right before
    the layer (a bias, or a bias and a residual; only views, ops without
    memory effects and deallocations of its inputs between), the sum
    computes that op's value itself and adds the parts to it in the same
    order, the op is erased and those deallocations move after the sum.
    When then `out`'s only reader is one elementwise op (5 parallel loops,
    `out` one of its inputs at the identity, the others planes or channel
    vectors, its output another buffer; only allocations, views, ops
    without memory effects, deallocations and fills of that output's
    buffer between), the sum and that op become one op where the reader
    was, over its loops, writing its output from the sum's value: `out`
    is gone.
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect",
                           "::mlir::memref::MemRefDialect",
                           "::mlir::arith::ArithDialect"];
}

def BlockConvolutions : Pass<"ov-block-convolutions", "func::FuncOp"> {
  let summary = "Convolutions on activations in blocks of 32 or 16 channels";
  let description = [{
    A `linalg.conv_2d_nchw_fchw` with static f32 shapes, a constant filter
    and channels and filters in multiples of 8 becomes a sum of
    contractions, one per kernel tap, on activations in the NCHWBc layout
    [N, C' / B, H, W, B], B = 32 when C is a multiple of 32, else 16
    (C' = C completed with zero channels to whole blocks: 24 -> 32,
    40 -> 48; elementwise ops stay blocked only if they keep zeros zero):
    out[n, fb, oh, ow, fi] += x[n, cb, oh * SH + kh * DH, ow * SW + kw * DW, ci]
    * w[kh * KW + kw][fb, cb, ci, fi], the filter packed at compile time.
    Inputs, paddings and initial values are taken blocked from producers
    that have a blocked form (blocked convolutions, elementwise ops on
    blocked values with per-channel vectors and scalars, such as ReLUs,
    residual sums and depthwise convolutions on slices of a padded input)
    and reordered otherwise; reductions over the plane (pools) of blocked
    values reduce them blocked, their result a reshape; other NCHW users of
    a result read it reordered back. Chains of 3 or more such convolutions
    with few reorders in, and those with output planes under 128
    positions, are blocked. Blocks are at most a register tile's two
    vectors wide (`vector-bits`): 32 channels with AVX-512, 16 with AVX2.
  }];
  let options = [
    Option<"vectorBits", "vector-bits", "int64_t", /*default=*/"512",
           "Width of the target's vector registers in bits (256 for AVX2): "
           "blocks of two vectors' channels">,
  ];
  let dependentDialects = ["::mlir::linalg::LinalgDialect",
                           "::mlir::tensor::TensorDialect",
                           "::mlir::arith::ArithDialect"];
}

def FoldChannelScales : Pass<"ov-fold-channel-scales", "func::FuncOp"> {
  let summary = "Scale a blocked 1x1 layer's filter instead of its input";
  let description = [{
    A blocked 1x1 convolution's contraction (ov-block-convolutions)
    out[n, fb, p, fi] += x'[n, cb, p, ci] * w[fb, cb, ci, fi] whose input is
    only the product x' = x * s of a blocked plane by a per-channel vector
    s [1, C / B, 1, 1, B], the same for every image and position (a
    squeeze-excite block's scaling), reads x with the filter scaled instead:
    w'[fb, cb, ci, fi] = w[fb, cb, ci, fi] * s[0, cb, 0, 0, ci], computed in
    each inference. Only when the filter has at most a quarter of the
    plane's elements: then scaling it is cheaper than writing the scaled
    plane and reading it back (EfficientNet-B0's 56x56 and 28x28 blocks).
    Results change by float rounding only.
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect",
                           "::mlir::tensor::TensorDialect",
                           "::mlir::arith::ArithDialect"];
}

def ConvolutionsToMatmuls : Pass<"ov-convolutions-to-matmuls", "func::FuncOp"> {
  let summary = "Rewrite 2-D convolutions as matmul-like contractions";
  let description = [{
    A `linalg.conv_2d_nchw_fchw` with static f32 shapes becomes a
    `linalg.generic` contraction out[n, f, p] += filter[f, k] * x[n, k, p]
    over output positions p and filter taps k, which
    `ov-tile-and-vectorize` cuts into register tiles. A 1x1 convolution
    with unit strides uses the collapsed input directly, and one of a 1x1
    plane becomes a `linalg.matmul` with the filter transposed. A larger
    kernel with strides of 1 (or 2) sums a contraction term per kernel tap
    whose right-hand side is a shifted view of the input (or of its four
    phases) on a grid of the input's row pitch, junk columns dropped; the
    others read an im2col copy of the input (on panels of 32 positions
    for small output planes).
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect",
                           "::mlir::tensor::TensorDialect",
                           "::mlir::arith::ArithDialect"];
}

def FoldConstantTransposes
    : Pass<"ov-fold-constant-transposes", "func::FuncOp"> {
  let summary = "Transpose constant tensors at compile time";
  let description = [{
    A `linalg.transpose` of a constant (a transposed weight matrix: ONNX
    Gemm with transB, MatMul with transpose_b) becomes the transposed
    constant, held in a dense_resource blob, instead of a strided copy in
    every inference.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
}

def InterleaveChannelShuffles
    : Pass<"ov-interleave-channel-shuffles", "func::FuncOp"> {
  let summary = "Channel shuffles as strided insertions of their groups";
  let description = [{
    A channel shuffle (reshape [N, C, ...] to [N, G, K, ...], transpose
    swapping G and K, reshape back to [N, C, ...]: ShuffleNet) becomes G
    `tensor.insert_slice`s of its input's groups of K channels into the
    result at channel g with stride G; where the input is a concatenation
    of those groups, each part is inserted directly. No transpose of the
    whole tensor is left, and a part's producer can write its place in the
    result (eliminate-empty-tensors).
  }];
  let dependentDialects = ["::mlir::tensor::TensorDialect"];
}

def DropPaddingTaps : Pass<"ov-drop-padding-taps", "func::FuncOp"> {
  let summary = "Drop the kernel taps of convolutions that read only padding";
  let description = [{
    A `linalg.conv_2d_nchw_fchw` of a zero-padded input (`tensor.pad`)
    whose first or last kernel rows or columns read only the padding for
    every output position (a dilation as large as the input: DeepLabV3's
    atrous rates of 12 to 36 on a 14x14 plane) becomes the convolution of
    its live taps: the filter sliced to them (a new constant when it is
    one), the input padded (or cropped) only as far as they read.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::tensor::TensorDialect"];
}

def SplitByLiveTaps : Pass<"ov-split-by-live-taps", "func::FuncOp"> {
  let summary = "Cut a blocked convolution's plane into parts with the "
                "same live kernel taps";
  let description = [{
    A blocked convolution (ov-block-convolutions: a `linalg.generic`
    summing a product per kernel tap, each tap's input a slice of one
    zero-padded input) whose taps read the input (not the padding) from
    only some output positions (a dilation as large as the plane:
    DeepLabV3's atrous rate 12 on 14x14) becomes one op per rectangle of
    the output plane in which the same taps read the input, over those
    taps only and reading the unpadded input, each inserted into the
    result; rectangles no tap reaches keep the initial value. Only when
    the rectangles compute at most 2/3 of the products.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::linalg::LinalgDialect",
                           "::mlir::tensor::TensorDialect"];
}

def GrowConcatenations : Pass<"ov-grow-concatenations", "func::FuncOp"> {
  let summary = "Concatenations that extend an earlier one grow its tensor";
  let description = [{
    A concatenation (a static `tensor.empty` filled by `tensor.insert_slice`
    ops along one axis, part after part) whose parts begin with all the
    parts of an earlier one (the same values) extends it. A chain of such
    concatenations (DenseNet's cat(x0, f1), cat(x0, f1, f2), ...) becomes
    one tensor of the last one's shape, grown by the new parts of each
    where it was complete; the earlier ones' users read an `extract_slice`
    of it (the first part along the axis). One-shot bufferization then
    writes each part once, into one buffer, instead of copying every part
    into every concatenation's buffer. A concatenation extended by several
    later ones grows only the first.
  }];
  let dependentDialects = ["::mlir::tensor::TensorDialect"];
}

def ForwardCopies : Pass<"ov-forward-copies", "func::FuncOp"> {
  let summary = "Let ops write into the slices their temporary buffers are "
                "copied to";
  let description = [{
    After one-shot bufferization: a `memref.alloc` that one linalg op
    writes (without reading it) and that is then copied into a slice of
    another buffer is replaced by that slice; one copied in from a slice,
    read and written by one linalg op and copied back to the same slice is
    replaced by the slice. Only when nothing between the op (or the copy
    in) and the copy out touches the slice's buffer but through static
    subviews provably disjoint from the slice. The multi-result ops of
    ov-winograd-convolutions then write their 16 points and 4 phases in
    place (one-shot's analysis copies all but one).
  }];
  let dependentDialects = ["::mlir::memref::MemRefDialect"];
}

def WinogradConvolutions : Pass<"ov-winograd-convolutions", "func::FuncOp"> {
  let summary = "Compute stride-1 3x3 blocked convolutions with Winograd's "
                "F(2x2, 3x3)";
  let description = [{
    A blocked convolution (ov-block-convolutions' summed-taps op) of a 3x3
    kernel with stride 1 and dilation 1, constant f32 weights, at most 4
    images (each computed on its own) and at least 32 input channels and
    filters (more than 32 of both when V and M together exceed 16 MiB)
    becomes three ops per image: the input transform (V = B^T d B
    of each 4x4 block of the (padded) input, one elementwise op over 16
    stride-2 slices of it with the 16 points as results), one contraction
    with the 16 points as a batch loop (M = V U, U = G g G^T computed at
    compile time from the weights) and the output transform (the initial
    value plus A^T M A, and the elementwise op that alone reads the
    result, one op with the output's four stride-2 phases as results). An
    odd number of output rows or columns is computed with one more, of
    zero padding, and cropped, when the initial value is a fill or a bias;
    blocks that read past an unpadded input read zeros. 16 products per
    2x2 outputs instead of 36.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::linalg::LinalgDialect",
                           "::mlir::tensor::TensorDialect"];
}

def SplitLongKLoops : Pass<"ov-split-long-k-loops", "func::FuncOp"> {
  let summary = "Split K loops that sum many products into loops of a few";
  let description = [{
    An `scf.for` whose body (ops without regions that at most read memory)
    continues chains of `vector.contract` accumulators, one chain per
    iteration argument, yielded at the end, with more than 9 contractions
    (a register tile of a 7x7 convolution: 49 kernel taps) becomes
    consecutive loops over the same range, each with a group of at most 9
    of the contractions and the ops they use, the accumulators carried
    from one loop into the next. LLVM's machine scheduler spills registers
    in a body of 49 taps and schedules bodies of 9 without.
  }];
  let dependentDialects = ["::mlir::scf::SCFDialect"];
}

def MergeFillLoops : Pass<"ov-merge-fill-loops", "func::FuncOp"> {
  let summary = "One thread loop for consecutive fills of the same constant";
  let description = [{
    Consecutive `scf.parallel` loops with the same bounds (only ops free of
    memory effects in between) that do nothing but store one and the same
    constant (a padded plane's four border fills, tiled one by one) become
    one loop: one OpenMP region instead of four. Their stores may run in any
    order (all write the same value, none reads).
  }];
  let dependentDialects = ["::mlir::scf::SCFDialect"];
}

def PackMatmulWeights : Pass<"ov-pack-matmul-weights", "func::FuncOp"> {
  let summary = "Pack the constant right-hand side of matmuls into panels";
  let description = [{
    A `linalg.matmul` whose right-hand side B[K, N] is an f32 constant
    (N > 32) gets B rewritten at compile time into panels of 32 columns,
    Bp[ceil(N / 32), K, 32] (zero columns complete the last one), and
    becomes the contraction
    C[m, nb, ni] += A[m, k] * Bp[nb, k, ni]: the register tiles of
    `ov-tile-and-vectorize` then read B front to back instead of one row
    per step.
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect",
                           "::mlir::tensor::TensorDialect",
                           "::mlir::arith::ArithDialect"];
}

def ApproximateMath : Pass<"ov-approximate-math", "func::FuncOp"> {
  let summary = "Replace exp and erf by polynomial approximations";
  let description = [{
    `math.exp` and `math.erf` on f32 scalars and vectors become polynomials
    (exp: Cody-Waite reduction, a degree-6 polynomial, about 1 ulp;
    erf: upstream's rational approximation, a few ulp) instead of a libm
    call per element. The sigmoid's exp, 1 / (1 + exp(y)) on f32 vectors,
    is computed for normal results only and results below 1e-38 are 0 (a
    few ulp); its division stays a division.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::math::MathDialect",
                           "::mlir::vector::VectorDialect"];
}

def ExpandBF16Conversions
    : Pass<"ov-expand-bf16-conversions", "func::FuncOp"> {
  let summary = "Convert between f32 and bf16 with integer ops";
  let description = [{
    `arith.extf` from bf16 and `arith.truncf` to bf16 (scalars and vectors)
    become bitcasts, shifts and integer adds: the truncation rounds to
    nearest even and keeps NaNs NaNs. LLVM would otherwise call
    `__truncsfbf2` on x86 CPUs without AVX512-BF16, which the JIT and
    Debian 12's libgcc lack.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
}

def FreeBuffersEarly : Pass<"ov-free-buffers-early", "func::FuncOp"> {
  let summary = "Free temporary buffers right after their last use";
  let description = [{
    Moves each `memref.dealloc` of a `memref.alloc` up to right after the
    last operation of its block that uses the buffer or a view of it.
    Upstream's ownership-based deallocation frees buffers at the end of
    their block, so every temporary of a model lived until the function
    returned: no two layers shared memory, and none found its data in
    cache. Buffers whose views may escape (returned, yielded, passed to a
    call, or taken by an operation with memref results that is not a view)
    are left alone.
  }];
  let statistics = [Statistic<
      "numMoved", "moved-deallocations",
      "Deallocations moved up to the buffer's last use">];
}

def PlanBuffers : Pass<"ov-plan-buffers", "func::FuncOp"> {
  let summary = "Place a function's temporary buffers in one arena";
  let description = [{
    The `memref.alloc`s of a function's body with a static size, an identity
    layout and their one `memref.dealloc` in the body become `memref.view`s
    of one arena allocated at the start of the body and freed at its end.
    Each buffer is live from its allocation to its deallocation; buffers
    whose live ranges overlap get disjoint places, the largest buffer first,
    each at the lowest free offset (aligned to 64 bytes). A run then touches
    about as much memory as is live at once, not the sum of its buffers.
    Buffers whose views may escape (returned, yielded, passed to a call)
    are left alone; buffers that are never read or written are erased.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
  let statistics = [Statistic<"numPlanned", "planned-buffers",
                              "Buffers placed in the arena">,
                    Statistic<"numErased", "erased-buffers",
                              "Buffers allocated and freed but never used">,
                    Statistic<"arenaSize", "arena-bytes",
                              "Bytes of the largest arena">];
}

def PadBorders : Pass<"ov-pad-borders", "func::FuncOp"> {
  let summary = "Write pads as border fills and an interior copy";
  let description = [{
    A static `tensor.pad` with a constant value becomes fills of the border
    slabs of each padded dimension and an insert_slice of the source, in one
    destination tensor: after bufferization every element is written once
    (a pad bufferizes to a whole-buffer fill and a copy otherwise). Run
    right before bufferization (canonicalization would split the slabs into
    separate tensors).
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect",
                           "::mlir::tensor::TensorDialect"];
}

def ComputeBlocksByRows
    : Pass<"ov-compute-blocks-by-rows", "::mlir::ModuleOp"> {
  let summary = "Expansion, depthwise and projection layers computed row by "
                "row, each thread its band of rows";
  let description = [{
    Runs on bufferized functions, before `ov-tile-and-vectorize`. The chain
    the pipeline makes of an inverted-residual block on blocked activations
    [1, C / B, H, W, B] (MobileNetV2's, EfficientNet's without
    squeeze-excite): a 1x1 expansion (its initializer, the contraction over
    the collapsed plane E, an elementwise activation of E into the interior
    of a zero-padded plane P with its border fills), a depthwise layer of
    stride 1 or 2 from P into T (one elementwise op over strided views of
    P, its taps), and a 1x1 projection of T into O (its initializer: a
    bias, plus the residual), where E, P and T are used by nothing else,
    becomes one thread loop over bands of O's rows, as many as the run has
    threads (`ovm_runtime_num_threads`, at most H), each band's rows from
    `ovm_runtime_band_start` (which sizes the bands by each thread's time
    per row in the loop's earlier runs: a band cannot hand its tail to
    another thread). Each band keeps a ring
    of the K padded expanded rows its taps span and one depthwise row on
    its thread's stack (`memref.alloca`) and goes over its rows: it expands
    the next input rows into the ring (zeros for the padding rows), then
    computes the depthwise row from the ring and the projection's output
    row. The planes E, P and T are gone; each thread reads and writes only
    its own rows of O and of the input (and the rows the taps share at
    each band's edge, expanded by both bands). The ops in the loop stay
    linalg ops on row views, which `ov-tile-and-vectorize` tiles for
    registers only. When T has other readers than the projection (a
    squeeze-excite's pool: EfficientNet's blocks), only the expansion and
    the depthwise layer go row by row, the latter writing T's rows in
    place. A strided convolution reading taps of a padded plane (a stem:
    MobileNetV2's, EfficientNet's) takes the expansion's place before a
    block without one: each ring row is then computed from one row of each
    tap, and a projection that adds the block's input (the stem's
    activation, MobileNetV3's) reads it from the ring's centre row. Blocks
    whose scratch would exceed 512 KB per thread, or
    whose 1x1 layers have more than 512 KB of weights (read again for each
    row), are left as they are.
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect",
                           "::mlir::memref::MemRefDialect",
                           "::mlir::arith::ArithDialect",
                           "::mlir::scf::SCFDialect",
                           "::mlir::func::FuncDialect"];
}

def ComputeBlocksByChannels
    : Pass<"ov-compute-blocks-by-channels", "::mlir::ModuleOp"> {
  let summary = "Small planes' inverted-residual blocks computed by halves of "
                "their expanded channels, each thread its half";
  let description = [{
    Runs on bufferized functions, after `ov-compute-blocks-by-rows` and
    before `ov-split-input-channels`. The chain `ov-compute-blocks-by-rows`
    matches (a 1x1 expansion into E with its initializer, an activation
    into the interior of the padded plane P with its border fills, a
    depthwise layer from P into T, a 1x1 projection of T into O with its
    initializer), on an output plane of at most 7x7 positions, with an
    even number of expanded channel blocks, at least 3 expanded channels
    per output channel, constant projection weights, an elementwise
    initializer of O (a bias, plus the residual; not one reading P) and
    at most 768 KB of E, P and T per half, becomes a thread loop over the
    two halves of the expanded channel blocks and a sum after it. Each
    half computes the expansion's, the activation's, the border fills'
    and the depthwise layer's ops on its blocks, into its own E, P and T
    on its thread's stack (`memref.alloca`, of the planes' shapes with
    half the blocks: views of the planes become the same views of them),
    then the projection of its T into its partial product, from zeros, in
    [2, N / B, H * W, B], with the projection's weights repacked at
    compile time as [2, N / B, C / 2B, B, B] (as `ov-split-input-channels`
    does). The sum then computes the initializer's value plus both partial
    products into O. The planes E, P and T are gone; the threads share
    only the block's input and the partial products. The loop carries
    `ov_row_bands`: `ov-tile-and-vectorize` tiles its ops for registers
    only.

    A block whose T a squeeze-excite reads before the projection (a
    global pool into a channel vector, its means, a 1x1 layer with a
    bias copied into its result, an activation, a second 1x1 layer with
    its bias, gates, T scaled by them in place; SqueezeExcite.h), with
    constant weights of the first 1x1 layer, becomes two such loops: in
    the first each half also writes its T into its part of a buffer of
    both halves' T ([2, C / 2B, H, W, B], which the second loop reads on
    the same thread), pools its blocks and computes its partial product
    of the first 1x1 layer with its half of the repacked weights (blocked
    [2, N / B, C / 2B, B, B], or a matmul's [2, C / 2, N]); in the second
    each half sums both partial products and the bias into its own
    result, computes the activation, its blocks (or their channels) of
    the second 1x1 layer, its gates and its scaled T, then its partial
    product of the projection.
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect",
                           "::mlir::memref::MemRefDialect",
                           "::mlir::arith::ArithDialect",
                           "::mlir::scf::SCFDialect"];
}

def TileAndVectorize : Pass<"ov-tile-and-vectorize", "func::FuncOp"> {
  let summary = "Tile linalg ops on buffers for threads, cache and registers "
                "and vectorize the tiles";
  let description = [{
    Runs on bufferized functions. Every linalg op with a leading parallel
    loop gets an `scf.parallel` of thread tiles (which
    `convert-scf-to-openmp` distributes over threads). A matmul-like
    contraction with static f32 shapes is then blocked along K and cut into
    register tiles of 8 rows x 2 vectors x 1 (6 rows with 16 vector
    registers: AVX2), vectorized to
    `vector.contract`, with the result tile read before and written after
    the K loop (it stays in registers). The elementwise op writing the
    contraction's whole result buffer right before it (a broadcast bias)
    and the one reading it right after it into a fresh buffer (a ReLU) are
    tiled into the register tiles: the accumulators start as the former's
    values before the first K block, the latter works on them after the
    last one, and the result is stored once (into the latter's buffer).
    When the latter (a ReLU) writes the interior of a padded plane whose
    border fills are right before it, the register tiles store their
    pieces of the collapsed plane straight into the padded plane (two
    masked stores where a piece crosses a row) and write its border too.
    Each register tile of a contraction on packed weights prefetches a
    share of the rows the next K block reads.
    A contraction summing several terms (a convolution's kernel taps)
    becomes a `vector.contract` per term in each register tile, the
    accumulators passed on in registers. A reduction over rows of
    contiguous f32 reduces a vector of each row at a time into an
    accumulator held in a register. An op whose loops are all parallel is
    cut into vectors along its innermost dimension. The register and
    vector loops are peeled: full tiles (static shapes) are vectorized, the
    remainders stay scalar, as do ops with dynamic shapes or i1 operands.
  }];
  let options = [
    Option<"vectorBits", "vector-bits", "int64_t", /*default=*/"512",
           "Width of a vector register in bits (512 for AVX-512, 256 for "
           "AVX2)">,
    Option<"vectorRegisters", "vector-registers", "int64_t",
           /*default=*/"32",
           "Vector registers of the target (32 for AVX-512, 16 for AVX2)">
  ];
  let dependentDialects = ["::mlir::affine::AffineDialect",
                           "::mlir::memref::MemRefDialect",
                           "::mlir::scf::SCFDialect",
                           "::mlir::vector::VectorDialect"];
}

def PrefetchNextFilterBlock
    : Pass<"ov-prefetch-next-filter-block", "func::FuncOp"> {
  let summary = "Prefetch the next filter block's packed weights";
  let description = [{
    In a thread loop over (filter blocks, R row tiles of positions) whose K
    loop reads rows of packed weights [taps, F / B, C / B, B, B] (a blocked
    convolution on a small plane), row tile r prefetches its share of the
    next filter block: with several taps, at each K step the same rows of
    taps r, r + R, ...; with one tap (a 1x1 convolution), before each
    channel block's K loop its R-th share of that block's rows. The next
    block's weights come from memory while all of the current block's row
    tiles compute, not only the first. In a thread loop over filter blocks
    only whose K blocks of one channel block run over the row tiles (an
    scf.for around the K loop), the next block is the next channel block
    (after the last one, the next filter block's first). In a thread loop
    over (points, filter blocks, row tiles) whose weights are [points,
    F / B, C / B, B, B] (a Winograd contraction), the point is the tap of
    a 1x1 convolution, and the next block after a point's last filter
    block is the next point's first. In a thread loop over bands of rows
    or parts of channels (`ov_row_bands`: its ops tiled for registers
    only), the filter blocks and row tiles are scf.for loops, the row
    tiles' directly in the filter blocks' (from 0, step 1); the filter
    block the weights read is that loop's index, or it plus a value from
    outside the loop (a part's first block), and the tap any value from
    outside it (a part's weights). Runs after ov-tile-and-vectorize.
  }];
  let dependentDialects = ["::mlir::affine::AffineDialect",
                           "::mlir::arith::ArithDialect",
                           "::mlir::memref::MemRefDialect"];
}

def PrefetchNextTileStart
    : Pass<"ov-prefetch-next-tile-start", "func::FuncOp"> {
  let summary = "Prefetch the rows the next register tile starts from";
  let description = [{
    In a loop over register tiles (constant bounds, more than one tile)
    whose body reads 1-D or 2-D vectors (minor identity) of buffers of at
    least 4 MiB defined outside it that it does not write, at indices that
    depend on the loop's induction
    variable, before its K loop (the first `scf.for` holding a
    `vector.contract`): a residual sum's shortcut joined as the tiles'
    initializer. Before that K loop, each cache line of each row those
    reads will read in the next iteration is prefetched
    (`memref.prefetch`, all cache levels); the last iteration prefetches
    its own. Runs after ov-tile-and-vectorize.
  }];
  let dependentDialects = ["::mlir::affine::AffineDialect",
                           "::mlir::arith::ArithDialect",
                           "::mlir::memref::MemRefDialect"];
}

def PrefetchNextPositionTile
    : Pass<"ov-prefetch-next-position-tile", "func::FuncOp"> {
  let summary = "Prefetch the input rows of the next thread tile of positions";
  let description = [{
    In an `scf.parallel` of one loop over positions (from 0, constant step
    S and bound P > S) whose register tiles read their input as
    `vector.transfer_read %in[0, cb, p, c]` of a vector [rows, 1] (a
    static [1, C / B, P, B] buffer of identity layout; `cb` the index of
    the enclosing `scf.for` over channel blocks, or an `affine.apply` or
    `arith.addi` of it and a value from outside that loop; `p`
    the thread tile's first position; `c` the index of the channels' loop
    inside), P at most 14 x 14: at the start of each iteration of the
    first such loop over channel blocks of each K block (the first
    register tile of the K block; K blocks told apart by the value added
    to the loop's index), each cache line of that channel block at the
    next thread tile's positions p + S .. p + 2S - 1 (clamped to P - 1)
    is prefetched (`memref.prefetch`, all cache levels); inside a loop
    over filter blocks (constant bounds, F iterations) each iteration
    prefetches its share, ceil(S / F) of the rows. Runs after
    ov-tile-and-vectorize.
  }];
  let dependentDialects = ["::mlir::affine::AffineDialect",
                           "::mlir::arith::ArithDialect",
                           "::mlir::memref::MemRefDialect"];
}

def PrefetchStreamedWeights
    : Pass<"ov-prefetch-streamed-weights", "func::FuncOp"> {
  let summary = "Prefetch a matrix-vector product's weights during the "
                "contraction before it";
  let description = [{
    For each `scf.parallel` whose `vector.contract`s all have results of
    rank <= 1 (a matrix-vector product, e.g. a classifier's Gemm of one
    image) and that reads with vector transfers a weights buffer of 1 to
    16 MiB (static shape, identity layout; a `memref.get_global` of a
    constant global or a `memref.view` of a function argument, the
    external weights' buffer): the nearest `scf.parallel` before it in the
    same block that holds register tiles (`vector.contract`s with results
    of rank 2) prefetches those weights (`memref.prefetch`, all cache
    levels). The search stops at another matrix-vector product or at an op
    with regions other than `scf.for`. The prefetches go at the start of
    that region's innermost loop holding a `vector.contract` whose bounds,
    and those of the loops around it up to the region, are constant (of
    several, the one of most iterations): iteration i of T (numbered in
    the loops' order, the region's own outermost) prefetches lines
    ((i * n + j) * P) floordiv (T * n) for j < n, where n = min(ceil(L / T),
    2) lines per iteration, L the weights' cache lines and P = min(L, n * T)
    the lines prefetched. Runs after ov-tile-and-vectorize.
  }];
  let dependentDialects = ["::mlir::affine::AffineDialect",
                           "::mlir::memref::MemRefDialect"];
}

def ContiguousStridedReads
    : Pass<"ov-contiguous-strided-reads", "func::FuncOp"> {
  let summary = "Vector reads of strided views as contiguous loads and "
                "shuffles";
  let description = [{
    A `vector.transfer_read` of a 1-D vector along the innermost dimension
    of a `memref.subview` with constant innermost stride s (2 to
    `max-stride`), over a source with unit innermost stride, in bounds and
    unmasked (the taps of a depthwise convolution with stride 2), becomes a
    `vector.maskedload` of s times as many contiguous elements of the
    source, masked past the last element read, and a `vector.shuffle`
    keeping every s-th lane: a vector load and a permutation instead of a
    scalar load and an insertion per lane. Runs after
    ov-tile-and-vectorize.
  }];
  let options = [Option<
      "maxStride", "max-stride", "int64_t", /*default=*/"3",
      "Largest innermost stride rewritten (the load grows with it)">];
  let dependentDialects = ["::mlir::affine::AffineDialect",
                           "::mlir::arith::ArithDialect",
                           "::mlir::ub::UBDialect",
                           "::mlir::vector::VectorDialect"];
}

def HoistThreadScratch : Pass<"ov-hoist-thread-scratch", "func::FuncOp"> {
  let summary = "Stack scratch of thread loops allocated once per thread";
  let description = [{
    Runs after `convert-scf-to-openmp`, which wraps each iteration of a
    thread loop in a `memref.alloca_scope`. The `memref.alloca`s of static
    size at the top of such a scope (the rings of rows of
    `ov-compute-blocks-by-rows`) move to the start of the enclosing
    `omp.parallel` region, which each thread runs once, and a scope left
    without allocas is replaced by its body: its loops would otherwise
    become several blocks in its region when scf is lowered to branches,
    which `memref.alloca_scope` does not allow.
  }];
  let dependentDialects = ["::mlir::memref::MemRefDialect"];
}

def SkipBarriersBeforeJoins
    : Pass<"ov-skip-barriers-before-joins", "func::FuncOp"> {
  let summary = "No barrier at the end of a work-sharing loop that ends its "
                "parallel region";
  let description = [{
    An `omp.wsloop` without reductions that is the last op of its
    `omp.parallel` (the next is the region's `omp.terminator`) gets
    `nowait`: the threads leave the loop without waiting for each other,
    since the end of the parallel region (the join) waits for all of them
    anyway. `convert-scf-to-openmp` makes every thread loop such a region,
    so each would otherwise synchronize the threads twice in a row. Runs
    after `convert-scf-to-openmp`.
  }];
  let dependentDialects = ["::mlir::omp::OpenMPDialect"];
}

def BalanceThreadLoops : Pass<"ov-balance-thread-loops", "func::FuncOp"> {
  let summary = "Work-sharing loops whose threads take over each other's "
                "unstarted iterations";
  let description = [{
    An `omp.wsloop` without a schedule, chunk size, reductions or `ordered`
    clause that is the only work-sharing loop of its `omp.parallel` gets
    `schedule(dynamic, nonmonotonic)`. ov-mlir's runtime runs such loops
    balanced (runtime/src/loop_shares.c): each thread starts on the share a
    static schedule gives it and takes over the later half of another
    thread's unstarted iterations once its own are done, so a thread on a
    slower core no longer holds up the region's join. The runtime keeps one
    loop's state per region, hence one such loop per region. Runs after
    `convert-scf-to-openmp`.
  }];
  let dependentDialects = ["::mlir::omp::OpenMPDialect"];
}

#endif // OVMLIR_CONVERSION_PASSES_TD
