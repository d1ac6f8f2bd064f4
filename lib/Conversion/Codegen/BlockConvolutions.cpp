//===- BlockConvolutions.cpp - Convolutions on channel-blocked activations ===//
//
// A static f32 NCHW 2-D convolution whose channels and filters are
// multiples of 8 computes on activations in blocks of B channels,
// [N, C' / B, H, W, B] (NCHWBc), B = 32 when C is a multiple of 32, else 16
// (with AVX2's vectors, option vector-bits=256, always 16: a register
// tile's two vectors; ChannelBlocks: a value's block follows from its
// channel count, so producer and consumers agree); C' = C but for
// multiples of 8 that are not of 16 (24, 40), completed with zero
// channels to whole blocks (zero filter rows and columns, zero per-channel
// values; an elementwise op stays blocked only if it keeps zeros zero).
// An input of fewer than 8 channels (a model's first convolution reading
// an image) is one block of all of them, [N, 1, H, W, C]: its output is
// blocked like any other, and the layers after it (a max pool, the next
// convolutions) read no reorder.
// One contraction term per kernel tap t:
//   out[n, fb, oh, ow, fi] += x[n, cb, oh * SH + kh * DH,
//                               ow * SW + kw * DW, ci] * w[t][fb, cb, ci, fi]
// with t = kh * KW + kw, the filter packed at compile time (each tap's
// matrix a panel of a block of filters per block of channels, read front
// to back) and each tap's left-hand side a strided view of the (padded)
// blocked input. A 1x1 convolution with unit strides works on the collapsed
// plane (no row remainders), unless its input is padded for another user.
// ov-tile-and-vectorize cuts this into register tiles of 8 positions x 32
// filters (one block of 32, or two of 16) whose K loops run over the
// channel blocks and the channels within a block: a step broadcasts the
// values of 8 positions, which lie in 8 consecutive
// blocks of the input (8 cache lines for B steps), and loads two vectors
// of the filter. On NCHW the same tile reads a cache line of another
// input row in every step.
//
// The blocked values are carried from op to op: a convolution's input, its
// padding and its initial value (bias, residual) are taken blocked when
// their producer has a blocked form (another blocked convolution, or an
// elementwise op such as a ReLU, a residual sum or a depthwise
// convolution's sum of taps, slices of a padded input, a concatenation
// along the channels of parts in the same blocks, whose operands have
// one) and reordered (a transpose) otherwise. Reductions over the plane
// (global and squeeze-excite pools) reduce the blocked value into
// [N, C / B, 1, 1, B], which is their NCHW result reshaped. The NCHW users
// left (a max pool, the model's output) read the result reordered back;
// ops whose every user went blocked are dead and erased. Which convolutions
// are blocked is decided first (convolutionsToBlock): chains of them, where
// the reorders in and out cost less than blocking gains.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Conversion/Passes.h"

#include "Constants.h"
#include "GroupedShuffleKernel.h"
#include "MulAddContraction.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/EquivalenceClasses.h"

#include <functional>

namespace mlir::ov {
#define GEN_PASS_DEF_BLOCKCONVOLUTIONS
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;

namespace {

/// Fewer channels than this (an image's 3) are one block of all of them.
constexpr int64_t kNarrowChannels = 8;

/// How the target's channels are blocked (a value's block follows from its
/// channel count, so producer and consumers agree).
class ChannelBlocks {
public:
  /// Blocks of at most a register tile's two vectors of `vectorBits`
  /// (32 channels with AVX-512, 16 with AVX2; at least 16).
  explicit ChannelBlocks(int64_t vectorBits)
      : widest(std::max<int64_t>(16, 2 * vectorBits / 32)) {}

  /// Channels per block of a value of `channels` channels: the register
  /// tile's width (2 vectors) when they are multiples of it, else 16 (with
  /// AVX-512 one vector: the register tiles then span two blocks of
  /// filters). Multiples of 8 that are not of 16 (24, 40) are completed
  /// with zero channels to whole blocks of 16 when that adds at most a
  /// third (8 does not). A narrow value (fewer than kNarrowChannels) is
  /// one block, [N, 1, H, W, C]: the input of a stem convolution, whose
  /// register tiles broadcast its values all the same (filters stay in
  /// blocks of 16 or more: isFilterBlock). 0: not blockable. With AVX2,
  /// blocks of 32 made each register tile's K step read half of two cache
  /// lines of the filter (its 16 columns of a row of 32): ResNet-50 0.96 of
  /// its time on 1 thread with blocks of 16.
  int64_t sizeOf(int64_t channels) const {
    if (channels % widest == 0)
      return widest;
    int64_t completed = llvm::alignTo(channels, 16);
    if (channels % 8 == 0 && 3 * (completed - channels) <= channels)
      return 16;
    if (channels < kNarrowChannels)
      return channels;
    return 0;
  }

  /// Whether the blocks of `filters` are a register tile's vectors (not a
  /// narrow block).
  bool isFilterBlock(int64_t filters) const { return sizeOf(filters) >= 16; }

  /// The channels of the blocked form of a value of `channels` channels
  /// (isBlockable): whole blocks, the last one completed with zero
  /// channels.
  int64_t blockedChannels(int64_t channels) const {
    return llvm::alignTo(channels, sizeOf(channels));
  }

  /// Whether the blocked form has zero channels beyond `channels`.
  bool isCompleted(int64_t channels) const {
    return blockedChannels(channels) != channels;
  }

  /// [N, C, H, W] -> [N, C' / B, H, W, B] (B = sizeOf(C),
  /// C' = blockedChannels(C)).
  RankedTensorType blockedType(Type nchw) const {
    auto type = cast<RankedTensorType>(nchw);
    ArrayRef<int64_t> shape = type.getShape();
    int64_t block = sizeOf(shape[1]);
    return RankedTensorType::get({shape[0], blockedChannels(shape[1]) / block,
                                  shape[2], shape[3], block},
                                 type.getElementType());
  }

private:
  int64_t widest;
};

/// A static 4-D f32 tensor whose channels (dimension 1) are whole blocks.
bool isBlockable(const ChannelBlocks &blocks, Value value) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  return type && type.hasStaticShape() && type.getRank() == 4 &&
         type.getElementType().isF32() &&
         blocks.sizeOf(type.getDimSize(1)) != 0;
}

/// Marks a blocked convolution's contraction with its number of input
/// channels when its blocked form has zero channels beyond them
/// (kInputChannelsAttr): its register tiles skip those.
void markInputChannels(const ChannelBlocks &blocks,
                       linalg::GenericOp contraction, int64_t channels) {
  if (blocks.isCompleted(channels))
    contraction->setAttr(
        ov::codegen::kInputChannelsAttr,
        IntegerAttr::get(IndexType::get(contraction.getContext()), channels));
}

/// Output planes below this many positions (7x7) are blocked even when
/// their convolution is not part of a chain (ov-convolutions-to-matmuls
/// copies their input into panels of positions).
constexpr int64_t kSmallPlane = 128;

/// Convolutions linked through elementwise ops and paddings that are
/// blocked together (ResNet-50's bottlenecks: 3 and more).
constexpr int64_t kMinChainLength = 3;
/// A chain is blocked when at most one in this many of its convolutions
/// reads an input that needs a reorder (MobileNetV2's 1x1 layers between
/// NCHW depthwise layers all did).
constexpr int64_t kConvolutionsPerReorder = 3;
/// Ops followed from one convolution to the next.
constexpr int kMaxLinkDepth = 12;

/// `value` with zeros appended to its dimension `dim` (the channels: 1 of
/// [N, C, H, W], 0 of a vector [C]) up to `channels`.
Value withZeroChannels(RewriterBase &rewriter, Location loc, Value value,
                       int64_t channels, unsigned dim = 1) {
  auto type = cast<RankedTensorType>(value.getType());
  SmallVector<int64_t> low(type.getRank(), 0), high(type.getRank(), 0);
  high[dim] = channels - type.getDimSize(dim);
  SmallVector<int64_t> shape(type.getShape());
  shape[dim] = channels;
  Value zero =
      arith::ConstantOp::create(rewriter, loc, rewriter.getF32FloatAttr(0.0f));
  return tensor::PadOp::create(
      rewriter, loc, RankedTensorType::get(shape, type.getElementType()), value,
      getAsIndexOpFoldResult(rewriter.getContext(), low),
      getAsIndexOpFoldResult(rewriter.getContext(), high), zero);
}

/// Channels [0, C) of `value` [N, C', ...].
Value withoutZeroChannels(RewriterBase &rewriter, Location loc, Value value,
                          int64_t channels) {
  auto type = cast<RankedTensorType>(value.getType());
  SmallVector<int64_t> sizes(type.getShape());
  sizes[1] = channels;
  SmallVector<OpFoldResult> offsets(type.getRank(), rewriter.getIndexAttr(0));
  SmallVector<OpFoldResult> steps(type.getRank(), rewriter.getIndexAttr(1));
  return tensor::ExtractSliceOp::create(
      rewriter, loc, value, offsets,
      getAsIndexOpFoldResult(rewriter.getContext(), sizes), steps);
}

/// Ops through which blocked values pass from one convolution to another:
/// elementwise ops (ReLUs, residual sums, depthwise convolutions summing
/// their taps), paddings, slices (the taps), insertions (a concatenation's
/// parts).
bool isLink(Operation *op) {
  return isa<tensor::PadOp, tensor::ExtractSliceOp, tensor::InsertSliceOp,
             linalg::GenericOp>(op) &&
         op->getNumResults() == 1;
}

/// Whether `value` is made through links (at most kMaxLinkDepth of them)
/// from a value `hasBlockedForm` accepts or from the result of an op
/// `isSource` accepts.
bool madeThroughLinks(Value value, function_ref<bool(Value)> hasBlockedForm,
                      function_ref<bool(Operation *)> isSource) {
  llvm::DenseSet<Operation *> visited;
  std::function<bool(Value, int)> search = [&](Value v, int depth) {
    if (hasBlockedForm(v))
      return true;
    Operation *producer = v.getDefiningOp();
    if (!producer || depth > kMaxLinkDepth || !visited.insert(producer).second)
      return false;
    if (isSource(producer))
      return true;
    return isLink(producer) &&
           llvm::any_of(producer->getOperands(), [&](Value operand) {
             return search(operand, depth + 1);
           });
  };
  return search(value, 0);
}

bool isChannelBroadcast(const ChannelBlocks &blocks, Operation *op);
bool isReadableConstant(Value value);

/// An f32 constant of `type` (a resource blob with the key `key`, made
/// from the bytes of `source`) whose element at each index is `element`
/// of that index, computed at compile time in row-major order.
Value packedConstant(RewriterBase &rewriter, Location loc,
                     RankedTensorType type, StringRef key,
                     ArrayRef<char> source,
                     function_ref<float(ArrayRef<int64_t>)> element) {
  ArrayRef<int64_t> shape = type.getShape();
  std::vector<char> packed(type.getNumElements() * sizeof(float));
  auto *out = reinterpret_cast<float *>(packed.data());
  SmallVector<int64_t> at(shape.size(), 0);
  for (int64_t i = 0, e = type.getNumElements(); i < e; ++i) {
    *out++ = element(at);
    // The next index, the last dimension fastest.
    for (int64_t d = shape.size() - 1; d >= 0 && ++at[d] == shape[d]; --d)
      at[d] = 0;
  }
  return ov::codegen::createResourceConstant(rewriter, loc, type, packed, key,
                                             source);
}

/// A grouped 2-D convolution as convert-ov-to-linalg lowers it: a generic
/// over (n, g, f, oh, ow, c, kh, kw) summing
///   data[n, g * Cg + c, oh * SH + kh * DH, ow * SW + kw * DW] *
///   filter[g, f, c, kh, kw]
/// into [N, G, Fg, OH, OW], collapsed to [N, G * Fg, OH, OW].
struct GroupedConvolution {
  tensor::CollapseShapeOp collapse;
  linalg::GenericOp conv;
  int64_t strides[2], dilations[2];
};

/// The coefficient of loop `dim` in the linear expression `expr` of
/// `numDims` loops.
int64_t coefficientOf(AffineExpr expr, unsigned dim, unsigned numDims) {
  MLIRContext *context = expr.getContext();
  SmallVector<AffineExpr> values(numDims, getAffineConstantExpr(0, context));
  values[dim] = getAffineConstantExpr(1, context);
  auto constant = dyn_cast<AffineConstantExpr>(
      simplifyAffineExpr(expr.replaceDims(values), 0, 0));
  return constant ? constant.getValue() : 0;
}

/// `collapse` as the result of a grouped convolution (GroupedConvolution)
/// with a constant filter, static f32 shapes and the same number of input
/// and output channels per group; nullopt otherwise.
std::optional<GroupedConvolution>
matchGrouped(tensor::CollapseShapeOp collapse) {
  auto conv = collapse.getSrc().getDefiningOp<linalg::GenericOp>();
  if (!conv || conv.getNumLoops() != 8 || conv.getNumDpsInputs() != 2 ||
      ov::codegen::mulAddTerms(conv) != 1 || !conv->hasOneUse() ||
      !conv.hasPureTensorSemantics() ||
      collapse.getReassociationIndices() !=
          SmallVector<ReassociationIndices>{{0}, {1, 2}, {3}, {4}})
    return std::nullopt;
  Value data = conv.getDpsInputs()[0], filter = conv.getDpsInputs()[1];
  auto dataType = dyn_cast<RankedTensorType>(data.getType());
  auto filterType = dyn_cast<RankedTensorType>(filter.getType());
  auto outType = cast<RankedTensorType>(conv.getResult(0).getType());
  if (!dataType || !filterType || !dataType.hasStaticShape() ||
      !filterType.hasStaticShape() || !outType.hasStaticShape() ||
      !outType.getElementType().isF32() || filterType.getRank() != 5 ||
      !isReadableConstant(ov::codegen::reshapedSource(filter)))
    return std::nullopt;
  int64_t perGroup = filterType.getDimSize(2);
  if (filterType.getDimSize(1) != perGroup)
    return std::nullopt;
  using utils::IteratorType;
  SmallVector<IteratorType> iterators(5, IteratorType::parallel);
  iterators.append(3, IteratorType::reduction);
  if (conv.getIteratorTypesArray() != iterators)
    return std::nullopt;
  GroupedConvolution grouped{collapse, conv, {}, {}};
  AffineMap dataMap = conv.getIndexingMapsArray()[0];
  if (dataMap.getNumResults() != 4)
    return std::nullopt;
  for (int i = 0; i < 2; ++i) {
    grouped.strides[i] = coefficientOf(dataMap.getResult(2 + i), 3 + i, 8);
    grouped.dilations[i] = coefficientOf(dataMap.getResult(2 + i), 6 + i, 8);
  }
  // The maps, made again from the strides and dilations read.
  MLIRContext *context = conv.getContext();
  AffineExpr n, g, f, oh, ow, c, kh, kw;
  bindDims(context, n, g, f, oh, ow, c, kh, kw);
  SmallVector<AffineMap> expected = {
      AffineMap::get(8, 0,
                     {n, g * perGroup + c,
                      oh * grouped.strides[0] + kh * grouped.dilations[0],
                      ow * grouped.strides[1] + kw * grouped.dilations[1]},
                     context),
      AffineMap::get(8, 0, {g, f, c, kh, kw}, context),
      AffineMap::get(8, 0, {n, g, f, oh, ow}, context)};
  if (conv.getIndexingMapsArray() != expected)
    return std::nullopt;
  return grouped;
}

/// Whether `grouped` computes on blocked activations: channels in blocks
/// (of 32 or 16, completed with zero channels as any: 24 is 3 groups of 8
/// and an empty one), each block whole groups. Each block of filters then
/// reads the same block of channels only, the filters of a group its
/// channels (a block-diagonal matrix per block, or per half block:
/// subBlocksPerBlock; Cg = 4 in blocks of 32 does 4 times the products
/// needed, still far faster than loops of scalars). Or each group whole blocks
/// (ResNeXt-101 32x8d's 64 channels per group in blocks of 32): a blocked
/// convolution per group.
bool isBlockable(const ChannelBlocks &blocks, GroupedConvolution grouped) {
  Value data = grouped.conv.getDpsInputs()[0];
  int64_t channels = cast<RankedTensorType>(data.getType()).getDimSize(1);
  int64_t perGroup =
      cast<RankedTensorType>(grouped.conv.getDpsInputs()[1].getType())
          .getDimSize(2);
  int64_t block = blocks.sizeOf(channels);
  return isBlockable(blocks, data) &&
         isBlockable(blocks, grouped.collapse.getResult()) && block >= 16 &&
         (block % perGroup == 0 ||
          (perGroup % block == 0 && !blocks.isCompleted(channels)));
}

/// Blocks per group of a blockable grouped convolution: 1 for groups
/// within a block, R for groups of R whole blocks.
int64_t blocksPerGroup(const ChannelBlocks &blocks, int64_t channels,
                       int64_t perGroup) {
  return std::max<int64_t>(1, perGroup / blocks.sizeOf(channels));
}

/// Sub-blocks per block of a blockable grouped convolution whose groups lie
/// within a block: 2 when groups of 2 to 16 channels fill blocks of 32 (a
/// register tile's 16-lane vectors of filters then read only the 16
/// channels of their half: ResNeXt-50's groups of 4, 8 and 16 do 4, 2 and
/// 1 times the products needed instead of 8, 4 and 2), else 1.
int64_t subBlocksPerBlock(const ChannelBlocks &blocks, int64_t channels,
                          int64_t perGroup) {
  int64_t block = blocks.sizeOf(channels);
  return block == 32 && perGroup >= 2 && 16 % perGroup == 0 ? 2 : 1;
}

/// The grouped filter [G, Fg, Cg, KH, KW] as one block-diagonal matrix per
/// tap and block: [KH * KW, C / B, B (ci), B (fi)], zero where channel ci
/// and filter fi of the block are in different groups; per half block when
/// the block has two (subBlocksPerBlock): [KH * KW, C / B, 2, B / 2 (ci),
/// B / 2 (fi)]; for groups of R
/// whole blocks, one dense matrix per tap and group: [KH * KW, G, R, R,
/// B (ci), B (fi)].
Value packedGroupedFilter(const ChannelBlocks &blocks, RewriterBase &rewriter,
                          Location loc, Value grouped, bool shuffled) {
  ArrayRef<int64_t> shape =
      cast<RankedTensorType>(grouped.getType()).getShape();
  Value filter = ov::codegen::reshapedSource(grouped);
  int64_t groups = shape[0], perGroup = shape[1], taps = shape[3] * shape[4];
  int64_t channels = groups * perGroup, block = blocks.sizeOf(channels);
  int64_t numBlocks = blocks.blockedChannels(channels) / block;
  int64_t perGroupBlocks = blocksPerGroup(blocks, channels, perGroup);
  DenseElementsAttr splat;
  std::optional<ArrayRef<char>> bytes;
  if (!matchPattern(filter, m_Constant(&splat)) || !splat.isSplat())
    bytes = ov::codegen::constantBytes(filter);
  auto weight = [&](int64_t f, int64_t c, int64_t tap) {
    if (f / perGroup != c / perGroup || f >= channels)
      return 0.0f;
    if (!bytes)
      return splat.getSplatValue<float>();
    // [G, Fg, Cg, taps]: (f / Fg, f % Fg) is f, as f * Cg * taps counts.
    return reinterpret_cast<const float *>(
        bytes->data())[(f * perGroup + c % perGroup) * taps + tap];
  };
  ArrayRef<char> source = bytes ? *bytes : ArrayRef<char>();
  if (shuffled) {
    // Indices (tap, b, h, i, gq, o): for sub-block h of block b, filter
    // gq * G + o's weight for channel i of its group.
    int64_t lanes = ov::codegen::kShuffleLanes, subBlocks = block / lanes;
    auto type = RankedTensorType::get(
        {taps, numBlocks, subBlocks, perGroup, lanes / perGroup, perGroup},
        rewriter.getF32Type());
    return packedConstant(rewriter, loc, type, "blocked_grouped_filter", source,
                          [&](ArrayRef<int64_t> at) {
                            int64_t group = at[1] * block + at[2] * lanes +
                                            at[4] * perGroup;
                            return weight(group + at[5], group + at[3], at[0]);
                          });
  }
  if (int64_t halves = subBlocksPerBlock(blocks, channels, perGroup);
      halves > 1) {
    // Indices (tap, b, h, ci, fi): a block-diagonal matrix per sub-block.
    int64_t sub = block / halves;
    auto type = RankedTensorType::get({taps, numBlocks, halves, sub, sub},
                                      rewriter.getF32Type());
    return packedConstant(rewriter, loc, type, "blocked_grouped_filter", source,
                          [&](ArrayRef<int64_t> at) {
                            int64_t start = at[1] * block + at[2] * sub;
                            return weight(start + at[4], start + at[3], at[0]);
                          });
  }
  if (perGroupBlocks == 1) {
    // Indices (tap, b, ci, fi).
    auto type = RankedTensorType::get({taps, numBlocks, block, block},
                                      rewriter.getF32Type());
    return packedConstant(rewriter, loc, type, "blocked_grouped_filter", source,
                          [&](ArrayRef<int64_t> at) {
                            return weight(at[1] * block + at[3],
                                          at[1] * block + at[2], at[0]);
                          });
  }
  // Groups of R whole blocks: [taps, G, R (filter block), R (channel
  // block), B (ci), B (fi)], a dense matrix per group.
  int64_t r = perGroupBlocks;
  auto type = RankedTensorType::get({taps, groups, r, r, block, block},
                                    rewriter.getF32Type());
  return packedConstant(rewriter, loc, type, "blocked_grouped_filter", source,
                        [&](ArrayRef<int64_t> at) {
                          int64_t groupStart = at[1] * perGroup;
                          return weight(groupStart + at[2] * block + at[5],
                                        groupStart + at[3] * block + at[4],
                                        at[0]);
                        });
}

/// Whether `grouped` is worth contractions per group: groups of at least
/// 8 channels (fewer are products of a few channels, as the generic's),
/// at most 64 of them.
bool isSplittable(GroupedConvolution grouped) {
  auto type = cast<RankedTensorType>(grouped.conv.getDpsInputs()[1].getType());
  return type.getDimSize(2) >= 8 && type.getDimSize(0) <= 64;
}

/// A grouped convolution that does not fit blocks (RegNetX-1.6GF's 24
/// channels per group in blocks of 16) as linalg.conv_2d_ngchw_gfchw on
/// the input's channels split into groups: ov-convolutions-to-matmuls
/// makes contractions of it (its loops of scalars as a generic were 9x
/// slower).
void asNamedGroupedConvolution(RewriterBase &rewriter,
                               GroupedConvolution grouped) {
  linalg::GenericOp conv = grouped.conv;
  Value data = conv.getDpsInputs()[0], filter = conv.getDpsInputs()[1];
  ArrayRef<int64_t> filterShape =
      cast<RankedTensorType>(filter.getType()).getShape();
  auto dataType = cast<RankedTensorType>(data.getType());
  SmallVector<int64_t> splitShape(dataType.getShape());
  splitShape[1] = filterShape[2];
  splitShape.insert(splitShape.begin() + 1, filterShape[0]);
  rewriter.setInsertionPoint(grouped.collapse);
  Value split = tensor::ExpandShapeOp::create(
      rewriter, conv.getLoc(), dataType.clone(splitShape), data,
      grouped.collapse.getReassociationIndices());
  auto named = linalg::Conv2DNgchwGfchwOp::create(
      rewriter, conv.getLoc(), conv.getResultTypes(), ValueRange{split, filter},
      conv.getDpsInits(), rewriter.getI64TensorAttr(grouped.strides),
      rewriter.getI64TensorAttr(grouped.dilations));
  rewriter.modifyOpInPlace(grouped.collapse, [&] {
    grouped.collapse.getSrcMutable().assign(named->getResult(0));
  });
  rewriter.eraseOp(conv);
}

/// Whether `op` is the result of a grouped convolution computed on blocked
/// activations (always: its loops of scalars are the alternative).
bool isBlockableGrouped(const ChannelBlocks &blocks, Operation *op) {
  auto collapse = dyn_cast<tensor::CollapseShapeOp>(op);
  if (!collapse)
    return false;
  std::optional<GroupedConvolution> grouped = matchGrouped(collapse);
  return grouped && isBlockable(blocks, *grouped);
}

/// Carries blocked forms of NCHW values through a function (file comment).
class Blocker {
public:
  /// `chosen`: the convolutions to block (convolutionsToBlock).
  Blocker(RewriterBase &rewriter, const ChannelBlocks &blocks,
          const llvm::DenseSet<Operation *> &chosen)
      : rewriter(rewriter), blocks(blocks), chosen(chosen) {}

  /// The blocked form of `value` (isBlockable), made at most once: from
  /// its producer's blocked form when it has one, else a reorder. Built
  /// right after the value's definition.
  Value blocked(Value value);

  /// Rewrites `conv` (isBlockable) on blocked activations.
  void rewrite(linalg::Conv2DNchwFchwOp conv);

  /// Rewrites the grouped convolution `grouped` (matchGrouped) on blocked
  /// activations.
  void rewrite(GroupedConvolution grouped);

  /// rewrite(grouped) for groups computed by shuffles
  /// (GroupedShuffleKernel.h), `x` the blocked input.
  void rewriteByShuffles(GroupedConvolution grouped, Value x);

  /// Rewrites `op` (isPlaneReduction) on its blocked input when that is
  /// made from blocked convolutions.
  void rewritePlaneReduction(linalg::GenericOp op);

private:
  /// The blocked form of `value` when it has one already or its producer
  /// has one (made at most once); null otherwise (nothing made).
  Value producedBlocked(Value value);
  Value fromProducer(Value value);
  Value elementwise(linalg::GenericOp op);
  Value padded(tensor::PadOp pad);
  Value sliced(tensor::ExtractSliceOp slice);
  Value inserted(tensor::InsertSliceOp insert);
  Value reorderToBlocked(Value value);
  Value reorderFromBlocked(Value blocked, RankedTensorType type, Location loc);
  Value channelVector(Value value, Location loc);
  bool madeByChosen(Value value);

  RewriterBase &rewriter;
  const ChannelBlocks &blocks;
  const llvm::DenseSet<Operation *> &chosen;
  DenseMap<Value, Value> blockedForms;
};

/// Whether `value` is made from a chosen convolution's result (or another
/// value with a blocked form already, or a broadcast of per-channel
/// vectors: isChannelBroadcast) through links. Producers are followed
/// towards blocked convolutions only: a value made otherwise is reordered
/// where it is (a max pool's result, not the 4 times larger plane it reads).
bool Blocker::madeByChosen(Value value) {
  return madeThroughLinks(
      value, [&](Value v) { return blockedForms.count(v) != 0; },
      [&](Operation *producer) {
        return chosen.contains(producer) ||
               isBlockableGrouped(blocks, producer) ||
               isChannelBroadcast(blocks, producer);
      });
}

/// `value` transposed into `type`: result dimension d is dimension
/// permutation[d] of `value`. A generic, not linalg.transpose, so that it
/// is tiled and vectorized like any elementwise op (remainders included).
Value transposed(RewriterBase &rewriter, Location loc, Value value,
                 RankedTensorType type, ArrayRef<unsigned> permutation) {
  MLIRContext *context = rewriter.getContext();
  unsigned rank = type.getRank();
  // Input dimension permutation[d] is loop d.
  SmallVector<AffineExpr> inputResults(rank);
  for (unsigned d = 0; d < rank; ++d)
    inputResults[permutation[d]] = getAffineDimExpr(d, context);
  Value empty = tensor::EmptyOp::create(rewriter, loc, type.getShape(),
                                        type.getElementType());
  return linalg::GenericOp::create(
             rewriter, loc, TypeRange{type}, ValueRange{value},
             ValueRange{empty},
             SmallVector<AffineMap>{
                 AffineMap::get(rank, 0, inputResults, context),
                 AffineMap::getMultiDimIdentityMap(rank, context)},
             SmallVector<utils::IteratorType>(rank,
                                              utils::IteratorType::parallel),
             [](OpBuilder &b, Location loc, ValueRange args) {
               linalg::YieldOp::create(b, loc, args[0]);
             })
      .getResult(0);
}

Value Blocker::producedBlocked(Value value) {
  if (Value found = blockedForms.lookup(value))
    return found;
  OpBuilder::InsertionGuard guard(rewriter);
  Value result = fromProducer(value);
  if (result)
    blockedForms[value] = result;
  return result;
}

Value Blocker::blocked(Value value) {
  if (Value found = producedBlocked(value))
    return found;
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPointAfterValue(value);
  Value result = reorderToBlocked(value);
  blockedForms[value] = result;
  return result;
}

Value Blocker::fromProducer(Value value) {
  if (auto generic = value.getDefiningOp<linalg::GenericOp>())
    return elementwise(generic);
  if (auto pad = value.getDefiningOp<tensor::PadOp>())
    return padded(pad);
  if (auto slice = value.getDefiningOp<tensor::ExtractSliceOp>())
    return sliced(slice);
  if (auto insert = value.getDefiningOp<tensor::InsertSliceOp>())
    return inserted(insert);
  // Nothing to reorder in an empty tensor (a concatenation's destination).
  if (auto empty = value.getDefiningOp<tensor::EmptyOp>()) {
    rewriter.setInsertionPoint(empty);
    RankedTensorType type = blocks.blockedType(value.getType());
    return tensor::EmptyOp::create(rewriter, empty.getLoc(), type.getShape(),
                                   type.getElementType());
  }
  if (auto fill = value.getDefiningOp<linalg::FillOp>();
      fill && fill.hasPureTensorSemantics() &&
      (!blocks.isCompleted(
           cast<RankedTensorType>(value.getType()).getDimSize(1)) ||
       matchPattern(fill.value(), m_AnyZeroFloat()))) {
    rewriter.setInsertionPoint(fill);
    RankedTensorType type = blocks.blockedType(value.getType());
    Value empty = tensor::EmptyOp::create(
        rewriter, fill.getLoc(), type.getShape(), type.getElementType());
    return linalg::FillOp::create(rewriter, fill.getLoc(), fill.value(), empty)
        .getResult(0);
  }
  return nullptr;
}

/// What `value` holds the elements of, in order: through reshapes and
/// copies (an identity linalg.generic: a bias that ov-accumulate-addends
/// made the initial value of a convolution of one position).
Value copiedSource(Value value) {
  while (true) {
    value = ov::codegen::reshapedSource(value);
    auto copy = value.getDefiningOp<linalg::GenericOp>();
    if (!copy || copy.getNumDpsInputs() != 1 || copy->getNumResults() != 1 ||
        !llvm::all_of(copy.getIndexingMapsArray(),
                      [](AffineMap map) { return map.isIdentity(); }))
      return value;
    auto yield = cast<linalg::YieldOp>(copy.getBody()->getTerminator());
    if (yield.getValues()[0] != copy.getBody()->getArgument(0))
      return value;
    value = copy.getDpsInputs()[0];
  }
}

/// The blocked form of `value` [N, C, H, W] when it holds the elements of
/// an f32 constant (copiedSource: a bias [C] added as [1, C, 1, 1]), made
/// at compile time: element (n, c / B, h, w, c % B) is element (n, c, h, w),
/// zero for the channels completing the last block. Null otherwise.
Value blockedConstant(const ChannelBlocks &blocks, RewriterBase &rewriter,
                      Location loc, Value value) {
  auto type = cast<RankedTensorType>(value.getType());
  std::optional<ArrayRef<char>> bytes =
      ov::codegen::constantBytes(copiedSource(value));
  if (!bytes || !type.getElementType().isF32() ||
      bytes->size() != type.getNumElements() * sizeof(float))
    return nullptr;
  ArrayRef<int64_t> shape = type.getShape();
  int64_t block = blocks.sizeOf(shape[1]);
  auto *elements = reinterpret_cast<const float *>(bytes->data());
  return packedConstant(
      rewriter, loc, blocks.blockedType(type), "blocked_constant",
      ArrayRef<char>(), [&](ArrayRef<int64_t> at) {
        int64_t channel = at[1] * block + at[4];
        if (channel >= shape[1])
          return 0.0f;
        return elements[((at[0] * shape[1] + channel) * shape[2] + at[2]) *
                            shape[3] +
                        at[3]];
      });
}

/// [N, C, H, W] (-> zero channels up to C') -> [N, C' / B, B, H, W] ->
/// [N, C' / B, H, W, B]; constants at compile time.
Value Blocker::reorderToBlocked(Value value) {
  Location loc = value.getLoc();
  if (Value constant = blockedConstant(blocks, rewriter, loc, value))
    return constant;
  auto type = cast<RankedTensorType>(value.getType());
  ArrayRef<int64_t> shape = type.getShape();
  int64_t block = blocks.sizeOf(shape[1]);
  int64_t channels = blocks.blockedChannels(shape[1]);
  Value source = channels == shape[1]
                     ? value
                     : withZeroChannels(rewriter, loc, value, channels);
  auto splitType = RankedTensorType::get(
      {shape[0], channels / block, block, shape[2], shape[3]},
      type.getElementType());
  Value split = tensor::ExpandShapeOp::create(
      rewriter, loc, splitType, source,
      SmallVector<ReassociationIndices>{{0}, {1, 2}, {3}, {4}});
  return transposed(rewriter, loc, split, blocks.blockedType(type),
                    {0, 1, 3, 4, 2});
}

/// The inverse of reorderToBlocked, to `type`; the result's blocked form is
/// `blocked`.
Value Blocker::reorderFromBlocked(Value blocked, RankedTensorType type,
                                  Location loc) {
  auto blockedType = cast<RankedTensorType>(blocked.getType());
  ArrayRef<int64_t> shape = blockedType.getShape();
  Value split = transposed(
      rewriter, loc, blocked,
      RankedTensorType::get({shape[0], shape[1], shape[4], shape[2], shape[3]},
                            blockedType.getElementType()),
      {0, 1, 4, 2, 3});
  Value nchw = tensor::CollapseShapeOp::create(
      rewriter, loc, split,
      SmallVector<ReassociationIndices>{{0}, {1, 2}, {3}, {4}});
  if (blocks.isCompleted(type.getDimSize(1)))
    nchw = withoutZeroChannels(rewriter, loc, nchw, type.getDimSize(1));
  blockedForms[nchw] = blocked;
  return nchw;
}

/// A per-channel tensor (its one dimension of more than one element is
/// the channels': [C], [1, C, 1, 1]) with that dimension split into
/// blocks and the channel within the block appended: [C / B, B],
/// [1, C / B, 1, 1, B] (the same elements in the same order).
Value Blocker::channelVector(Value value, Location loc) {
  auto type = cast<RankedTensorType>(value.getType());
  int64_t channels = type.getNumElements();
  // A [N = 1, C, 1, 1] made from a blocked convolution's result (a
  // squeeze-excite block's sigmoid of its second fully connected layer)
  // has a blocked form of the same elements: the ops making it run
  // blocked (no reorder of that layer's result back to NCHW for them).
  if (type.getRank() == 4 && type.getDimSize(1) == channels &&
      isBlockable(blocks, value) && madeByChosen(value))
    if (Value found = producedBlocked(value))
      return found;
  int64_t block = blocks.sizeOf(channels);
  int64_t completed = blocks.blockedChannels(channels);
  SmallVector<int64_t> shape;
  for (int64_t size : type.getShape())
    shape.push_back(size == channels ? completed / block : size);
  shape.push_back(block);
  auto blockedType = RankedTensorType::get(shape, type.getElementType());
  // A strided slice of the weights (each 16 lanes a gather) becomes a
  // constant of its own, contiguous (zeros for the completing channels).
  if (std::optional<std::vector<char>> elements =
          ov::codegen::sliceOfConstant(value)) {
    elements->resize(completed * sizeof(float), 0);
    return ov::codegen::createResourceConstant(rewriter, loc, blockedType,
                                               *elements, "channel_weights");
  }
  Value flat = value;
  if (type.getRank() != 1) {
    ReassociationIndices all =
        llvm::to_vector(llvm::seq<int64_t>(0, type.getRank()));
    flat = tensor::CollapseShapeOp::create(
        rewriter, loc, value, SmallVector<ReassociationIndices>{all});
  }
  if (completed != channels)
    flat = withZeroChannels(rewriter, loc, flat, completed, /*dim=*/0);
  ReassociationIndices all =
      llvm::to_vector(llvm::seq<int64_t>(0, shape.size()));
  return tensor::ExpandShapeOp::create(rewriter, loc, blockedType, flat,
                                       SmallVector<ReassociationIndices>{all});
}

/// How an input of an elementwise op over [N, C, H, W] takes part in its
/// blocked form.
enum class Form { Blocked, PerChannel, Scalar };

/// Whether the payload of `op` (inputs in `forms`) gives 0 when its blocked
/// and per-channel inputs are 0: folded op by op, the scalar inputs and
/// constants taken as they are; false when something does not fold.
bool keepsZeros(linalg::GenericOp op, ArrayRef<Form> forms) {
  Block &body = op.getRegion().front();
  DenseMap<Value, Attribute> known;
  auto valueOf = [&](Value value) -> Attribute {
    if (Attribute attr = known.lookup(value))
      return attr;
    return ov::codegen::scalarConstant(value);
  };
  for (auto [arg, input, form] :
       llvm::zip(body.getArguments(), op.getDpsInputOperands(), forms)) {
    Attribute attr = form == Form::Scalar ? valueOf(input->get())
                                          : FloatAttr::get(arg.getType(), 0.0);
    if (!attr)
      return false;
    known[arg] = attr;
  }
  for (Operation &inner : body.without_terminator()) {
    SmallVector<Attribute> operands;
    for (Value operand : inner.getOperands()) {
      operands.push_back(valueOf(operand));
      if (!operands.back())
        return false;
    }
    SmallVector<OpFoldResult> results;
    if (failed(inner.fold(operands, results)) ||
        results.size() != inner.getNumResults())
      return false;
    for (auto [result, folded] : llvm::zip(inner.getResults(), results)) {
      Attribute attr = isa<Attribute>(folded) ? cast<Attribute>(folded)
                                              : valueOf(cast<Value>(folded));
      if (!attr)
        return false;
      known[result] = attr;
    }
  }
  auto yielded =
      dyn_cast_or_null<FloatAttr>(valueOf(body.getTerminator()->getOperand(0)));
  return yielded && yielded.getValue().isZero();
}

/// Whether the payload of `op` computes an element from the elements of its
/// operands at that element alone, so that the same payload computes the
/// blocked form: no linalg.index (whose loops would be the blocked ones:
/// channel blocks, not channels) and no tensor captured from outside (a
/// gather's tensor.extract, such as a padding by pads known only at run
/// time, reads the NCHW tensor at NCHW indices).
bool isPointwisePayload(linalg::GenericOp op) {
  if (op.hasIndexSemantics())
    return false;
  Region &body = op.getRegion();
  return !body.walk([&](Operation *inner) {
                for (Value operand : inner->getOperands())
                  if (isa<ShapedType>(operand.getType()) &&
                      !body.isAncestor(operand.getParentRegion()))
                    return WalkResult::interrupt();
                return WalkResult::advance();
              })
              .wasInterrupted();
}

/// The forms of the inputs of `op` when it is an elementwise op over
/// [N, C, H, W] (all loops parallel, identity output map, the init unused)
/// whose inputs are NCHW values of its shape, per-channel vectors
/// [1, C, 1, 1] broadcast over the plane, or scalars; nullopt otherwise.
std::optional<SmallVector<Form>> elementwiseForms(const ChannelBlocks &blocks,
                                                  linalg::GenericOp op) {
  if (!isPointwisePayload(op) || op.getNumDpsInits() != 1 ||
      op.getNumResults() != 1 || op.getNumLoops() != 4 ||
      op.getNumParallelLoops() != op.getNumLoops() ||
      !op.getIndexingMapsArray().back().isIdentity() ||
      op.payloadUsesValueFromOperand(op.getDpsInitOperand(0)) ||
      !isBlockable(blocks, op.getResult(0)))
    return std::nullopt;
  MLIRContext *context = op.getContext();
  AffineExpr channel = getAffineDimExpr(1, context);
  int64_t channels =
      cast<RankedTensorType>(op.getResult(0).getType()).getDimSize(1);
  // Indexed by the channel only: [C], [1, C, 1, 1] (a bias, a depthwise
  // convolution's weights of a tap); its other dimensions have size 1.
  auto isPerChannel = [&](AffineMap map, RankedTensorType type) {
    if (!type || !type.hasStaticShape() || type.getNumElements() != channels ||
        llvm::count(map.getResults(), channel) != 1)
      return false;
    return llvm::all_of(llvm::enumerate(map.getResults()), [&](auto result) {
      return result.value() == channel || type.getDimSize(result.index()) == 1;
    });
  };
  SmallVector<Form> forms;
  for (OpOperand *input : op.getDpsInputOperands()) {
    AffineMap map = op.getMatchingIndexingMap(input);
    auto type = dyn_cast<RankedTensorType>(input->get().getType());
    if (map.isIdentity() && isBlockable(blocks, input->get())) {
      forms.push_back(Form::Blocked);
    } else if (map.getNumResults() == 0 ||
               llvm::all_of(map.getResults(), [](AffineExpr expr) {
                 return isa<AffineConstantExpr>(expr);
               })) {
      forms.push_back(Form::Scalar);
    } else if (isPerChannel(map, type)) {
      forms.push_back(Form::PerChannel);
    } else {
      return std::nullopt;
    }
  }
  return forms;
}

/// Whether `op` broadcasts per-channel vectors or scalars over the plane
/// (a bias as a convolution's initial value): its blocked form reads no
/// NCHW plane, so it is no reorder.
bool isChannelBroadcast(const ChannelBlocks &blocks, Operation *op) {
  auto generic = dyn_cast<linalg::GenericOp>(op);
  if (!generic)
    return false;
  std::optional<SmallVector<Form>> forms = elementwiseForms(blocks, generic);
  return forms && !llvm::is_contained(*forms, Form::Blocked);
}

/// The same elementwise op (elementwiseForms) on blocked values; null when
/// it is not one.
Value Blocker::elementwise(linalg::GenericOp op) {
  std::optional<SmallVector<Form>> found = elementwiseForms(blocks, op);
  if (!found)
    return nullptr;
  SmallVector<Form> forms = std::move(*found);
  MLIRContext *context = op.getContext();
  Location loc = op.getLoc();
  AffineExpr n, cb, h, w, ci;
  bindDims(context, n, cb, h, w, ci);
  AffineMap identity = AffineMap::getMultiDimIdentityMap(5, context);
  ArrayRef<int64_t> shape =
      cast<RankedTensorType>(op.getResult(0).getType()).getShape();
  // Completing channels must stay zero (finite: a consumer's zero filter
  // rows multiply them): the payload folded with zero channels and the
  // scalars' constant values must give 0 (SiLU, ReLU, a bias do; a
  // division by a per-channel value does not).
  if (blocks.isCompleted(shape[1]) && !keepsZeros(op, forms))
    return nullptr;
  // Blocked inputs none of which comes from a blocked convolution: the
  // result is reordered instead (once, not each input).
  bool blockedInputs = false, fromChosen = false;
  for (auto [input, form] : llvm::zip(op.getDpsInputOperands(), forms))
    if (form == Form::Blocked) {
      blockedInputs = true;
      fromChosen = fromChosen || madeByChosen(input->get());
    }
  if (blockedInputs && !fromChosen)
    return nullptr;
  SmallVector<Value> inputs;
  SmallVector<AffineMap> maps;
  for (auto [input, form] : llvm::zip(op.getDpsInputOperands(), forms)) {
    Value value = input->get();
    switch (form) {
    case Form::Blocked:
      inputs.push_back(blocked(value));
      maps.push_back(identity);
      break;
    case Form::PerChannel: {
      rewriter.setInsertionPoint(op);
      inputs.push_back(channelVector(value, loc));
      // The map's channel result becomes the channel block (the unit
      // dimensions index 0); the channel within the block is appended.
      SmallVector<AffineExpr> results;
      for (AffineExpr expr : op.getMatchingIndexingMap(input).getResults())
        results.push_back(expr == getAffineDimExpr(1, context)
                              ? cb
                              : getAffineConstantExpr(0, context));
      results.push_back(ci);
      maps.push_back(AffineMap::get(5, 0, results, context));
      break;
    }
    case Form::Scalar:
      inputs.push_back(value);
      maps.push_back(AffineMap::get(
          5, 0, op.getMatchingIndexingMap(input).getResults(), context));
      break;
    }
  }
  rewriter.setInsertionPoint(op);
  RankedTensorType type = blocks.blockedType(op.getResult(0).getType());
  Value empty = tensor::EmptyOp::create(rewriter, loc, type.getShape(),
                                        type.getElementType());
  maps.push_back(identity);
  auto blockedOp = linalg::GenericOp::create(
      rewriter, loc, TypeRange{type}, inputs, ValueRange{empty}, maps,
      SmallVector<utils::IteratorType>(5, utils::IteratorType::parallel));
  rewriter.cloneRegionBefore(op.getRegion(), blockedOp.getRegion(),
                             blockedOp.getRegion().end());
  return blockedOp.getResult(0);
}

/// A constant padding of the rows and columns only: the same padding of
/// the blocked source. A source without a blocked form of its own (a
/// model's input image) is reordered where it is, before the padding, not
/// the padded plane after it: the reorder then writes the padded plane's
/// interior (ov-pad-borders), one pass over the image instead of a copy
/// into the padded NCHW plane and a reorder of that.
Value Blocker::padded(tensor::PadOp pad) {
  Value padding = pad.getConstantPaddingValue();
  if (!padding || !isBlockable(blocks, pad.getSource()) ||
      !isBlockable(blocks, pad.getResult()) ||
      (blocks.isCompleted(pad.getSourceType().getDimSize(1)) &&
       !matchPattern(padding, m_AnyZeroFloat())))
    return nullptr;
  SmallVector<int64_t> low(pad.getStaticLow()), high(pad.getStaticHigh());
  if (ShapedType::isDynamicShape(low) || ShapedType::isDynamicShape(high) ||
      low[0] || low[1] || high[0] || high[1])
    return nullptr;
  Value source = blocked(pad.getSource());
  rewriter.setInsertionPoint(pad);
  low.push_back(0);
  high.push_back(0);
  RankedTensorType type = blocks.blockedType(pad.getResult().getType());
  return tensor::PadOp::create(
      rewriter, pad.getLoc(), type, source,
      getAsIndexOpFoldResult(rewriter.getContext(), low),
      getAsIndexOpFoldResult(rewriter.getContext(), high), padding);
}

/// A static slice of the rows and columns (all channels): the same slice
/// of the blocked source (a depthwise convolution's kernel taps).
Value Blocker::sliced(tensor::ExtractSliceOp slice) {
  Value source = slice.getSource();
  if (!isBlockable(blocks, source) || !isBlockable(blocks, slice.getResult()) ||
      !madeByChosen(source))
    return nullptr;
  ArrayRef<int64_t> offsets = slice.getStaticOffsets();
  ArrayRef<int64_t> sizes = slice.getStaticSizes();
  ArrayRef<int64_t> strides = slice.getStaticStrides();
  int64_t channels = cast<RankedTensorType>(source.getType()).getDimSize(1);
  if (ShapedType::isDynamicShape(offsets) ||
      ShapedType::isDynamicShape(sizes) ||
      ShapedType::isDynamicShape(strides) || offsets[1] != 0 ||
      sizes[1] != channels || strides[1] != 1)
    return nullptr;
  Value blockedSource = blocked(source);
  rewriter.setInsertionPoint(slice);
  auto index = [&](int64_t value) { return rewriter.getIndexAttr(value); };
  SmallVector<OpFoldResult> blockedOffsets = {index(offsets[0]), index(0),
                                              index(offsets[2]),
                                              index(offsets[3]), index(0)};
  SmallVector<OpFoldResult> blockedSizes = {
      index(sizes[0]),
      index(blocks.blockedChannels(channels) / blocks.sizeOf(channels)),
      index(sizes[2]), index(sizes[3]), index(blocks.sizeOf(channels))};
  SmallVector<OpFoldResult> blockedStrides = {index(strides[0]), index(1),
                                              index(strides[2]),
                                              index(strides[3]), index(1)};
  return tensor::ExtractSliceOp::create(rewriter, slice.getLoc(), blockedSource,
                                        blockedOffsets, blockedSizes,
                                        blockedStrides);
}

/// A part of a concatenation along the channels: the whole source
/// [N, C, H, W] in channels [C0, C0 + C) of the destination. The same
/// insertion of the blocked source into channel blocks [C0 / B, (C0 + C) /
/// B) of the blocked destination when the source's blocks are the
/// destination's (the same block size B, C0 and C multiples of it, no zero
/// channels completing either) and a part comes from a blocked convolution
/// (else the concatenation is reordered once, not each part).
Value Blocker::inserted(tensor::InsertSliceOp insert) {
  Value source = insert.getSource(), dest = insert.getDest();
  if (!isBlockable(blocks, source) || !isBlockable(blocks, dest) ||
      (!madeByChosen(source) && !madeByChosen(dest)))
    return nullptr;
  ArrayRef<int64_t> offsets = insert.getStaticOffsets();
  ArrayRef<int64_t> strides = insert.getStaticStrides();
  auto sourceType = cast<RankedTensorType>(source.getType());
  auto destType = cast<RankedTensorType>(dest.getType());
  int64_t channels = sourceType.getDimSize(1);
  int64_t block = blocks.sizeOf(destType.getDimSize(1));
  if (ShapedType::isDynamicShape(offsets) ||
      ShapedType::isDynamicShape(strides) ||
      llvm::any_of(strides, [](int64_t stride) { return stride != 1; }) ||
      offsets[0] != 0 || offsets[2] != 0 || offsets[3] != 0 ||
      sourceType.getDimSize(0) != destType.getDimSize(0) ||
      sourceType.getDimSize(2) != destType.getDimSize(2) ||
      sourceType.getDimSize(3) != destType.getDimSize(3) ||
      blocks.sizeOf(channels) != block || block < 16 ||
      offsets[1] % block != 0 || blocks.isCompleted(channels) ||
      blocks.isCompleted(destType.getDimSize(1)))
    return nullptr;
  Value blockedSource = blocked(source);
  Value blockedDest = blocked(dest);
  rewriter.setInsertionPoint(insert);
  auto index = [&](int64_t value) { return rewriter.getIndexAttr(value); };
  ArrayRef<int64_t> shape =
      cast<RankedTensorType>(blockedSource.getType()).getShape();
  SmallVector<OpFoldResult> blockedOffsets = {
      index(0), index(offsets[1] / block), index(0), index(0), index(0)};
  SmallVector<OpFoldResult> blockedSizes;
  for (int64_t size : shape)
    blockedSizes.push_back(index(size));
  return tensor::InsertSliceOp::create(
      rewriter, insert.getLoc(), blockedSource, blockedDest, blockedOffsets,
      blockedSizes, SmallVector<OpFoldResult>(5, index(1)));
}

/// The filter [F, C, KH, KW] as one matrix per tap of panels of a block of
/// filters (BF = blocks.sizeOf(F)) per block of channels (BC =
/// blocks.sizeOf(C)): [KH * KW, F / BF, C / BC, BC (ci), BF (fi)]. The filter
/// is a constant (isReadableConstant).
Value packedFilter(const ChannelBlocks &blocks, RewriterBase &rewriter,
                   Location loc, Value filter) {
  ArrayRef<int64_t> shape = cast<RankedTensorType>(filter.getType()).getShape();
  int64_t filters = shape[0], channels = shape[1], taps = shape[2] * shape[3];
  int64_t filterBlock = blocks.sizeOf(filters),
          channelBlock = blocks.sizeOf(channels);
  int64_t filterBlocks = blocks.blockedChannels(filters) / filterBlock;
  int64_t channelBlocks = blocks.blockedChannels(channels) / channelBlock;
  auto type = RankedTensorType::get(
      {taps, filterBlocks, channelBlocks, channelBlock, filterBlock},
      rewriter.getF32Type());
  bool completed = blocks.isCompleted(filters) || blocks.isCompleted(channels);
  DenseElementsAttr splat;
  bool isSplat = matchPattern(filter, m_Constant(&splat)) && splat.isSplat();
  if (isSplat && !completed)
    return arith::ConstantOp::create(rewriter, loc, splat.resizeSplat(type));
  std::optional<ArrayRef<char>> bytes;
  if (!isSplat)
    bytes = ov::codegen::constantBytes(filter);
  auto weight = [&](int64_t f, int64_t c, int64_t tap) {
    if (f >= filters || c >= channels)
      return 0.0f;
    if (isSplat)
      return splat.getSplatValue<float>();
    return reinterpret_cast<const float *>(
        bytes->data())[(f * channels + c) * taps + tap];
  };
  // Indices (tap, fb, cb, ci, fi).
  return packedConstant(rewriter, loc, type, "blocked_filter",
                        bytes ? *bytes : ArrayRef<char>(),
                        [&](ArrayRef<int64_t> at) {
                          return weight(at[1] * filterBlock + at[4],
                                        at[2] * channelBlock + at[3], at[0]);
                        });
}

/// Static (not dynamic) values of a strides or dilations attribute.
SmallVector<int64_t> valuesOf(DenseIntElementsAttr attr) {
  return llvm::to_vector(llvm::map_range(
      attr.getValues<APInt>(), [](APInt v) { return v.getSExtValue(); }));
}

/// A constant whose elements packedFilter can read.
bool isReadableConstant(Value value) {
  DenseElementsAttr splat;
  return (matchPattern(value, m_Constant(&splat)) && splat.isSplat()) ||
         ov::codegen::constantBytes(value);
}

/// A convolution this pass can rewrite: static f32 shapes, channels in
/// whole blocks (or narrow), filters in blocks of 16 or 32, a constant
/// filter.
bool isBlockable(const ChannelBlocks &blocks, linalg::Conv2DNchwFchwOp conv) {
  Value filter = conv.getInputs()[1];
  auto filterType = dyn_cast<RankedTensorType>(filter.getType());
  return conv.hasPureTensorSemantics() &&
         isBlockable(blocks, conv.getInputs()[0]) &&
         isBlockable(blocks, conv.getOutputs()[0]) && filterType &&
         filterType.hasStaticShape() && filterType.getElementType().isF32() &&
         blocks.isFilterBlock(filterType.getDimSize(0)) &&
         isReadableConstant(filter);
}

/// The blockable convolutions that `value` reaches (as their input or
/// initial value) through elementwise ops and paddings.
void blockableConsumers(const ChannelBlocks &blocks, Value value,
                        SmallVectorImpl<Operation *> &found,
                        llvm::DenseSet<Operation *> &visited, int depth = 0) {
  if (depth > kMaxLinkDepth)
    return;
  for (OpOperand &use : value.getUses()) {
    Operation *user = use.getOwner();
    if (!visited.insert(user).second)
      continue;
    if (auto conv = dyn_cast<linalg::Conv2DNchwFchwOp>(user)) {
      if (use.getOperandNumber() != 1 && isBlockable(blocks, conv))
        found.push_back(conv);
    } else if (isLink(user) || isBlockableGrouped(blocks, user)) {
      // (Through a grouped convolution too: the layers before and after
      // it are one chain.)
      blockableConsumers(blocks, user->getResult(0), found, visited, depth + 1);
    }
  }
}

/// Whether `value` is made from a blockable convolution's result through
/// links (its blocked form is then no reorder).
bool madeByBlockable(const ChannelBlocks &blocks, Value value) {
  return madeThroughLinks(
      value, [](Value) { return false; },
      [&](Operation *producer) {
        auto conv = dyn_cast<linalg::Conv2DNchwFchwOp>(producer);
        return (conv && isBlockable(blocks, conv)) ||
               isBlockableGrouped(blocks, producer);
      });
}

/// The convolutions to block: chains of blockable convolutions (linked
/// through elementwise ops and paddings: ReLUs, residual sums) of at least
/// kMinChainLength whose inputs mostly come from other convolutions of the
/// chain (at most one reorder in per kConvolutionsPerReorder), and those
/// on small planes. A convolution on its own pays a reorder in and one out;
/// so do the 1x1 layers between MobileNetV2's depthwise convolutions, which
/// are left in NCHW (blocked: 5-9% slower).
llvm::DenseSet<Operation *> convolutionsToBlock(const ChannelBlocks &blocks,
                                                func::FuncOp func) {
  SmallVector<linalg::Conv2DNchwFchwOp> convs;
  func.walk([&](linalg::Conv2DNchwFchwOp conv) {
    if (isBlockable(blocks, conv))
      convs.push_back(conv);
  });
  llvm::EquivalenceClasses<Operation *> chains;
  for (linalg::Conv2DNchwFchwOp conv : convs) {
    chains.insert(conv);
    SmallVector<Operation *> consumers;
    llvm::DenseSet<Operation *> visited;
    blockableConsumers(blocks, conv.getResult(0), consumers, visited);
    for (Operation *consumer : consumers)
      chains.unionSets(conv, consumer);
  }
  llvm::DenseMap<Operation *, int64_t> reordersIn;
  for (linalg::Conv2DNchwFchwOp conv : convs)
    if (!madeByBlockable(blocks, conv.getInputs()[0]))
      ++reordersIn[chains.getLeaderValue(conv)];
  llvm::DenseSet<Operation *> chosen;
  for (linalg::Conv2DNchwFchwOp conv : convs) {
    auto outType = cast<RankedTensorType>(conv.getOutputs()[0].getType());
    Operation *chain = chains.getLeaderValue(conv);
    int64_t chainLength =
        std::distance(chains.findLeader(conv), chains.member_end());
    if ((chainLength >= kMinChainLength &&
         reordersIn.lookup(chain) * kConvolutionsPerReorder <= chainLength) ||
        outType.getDimSize(2) * outType.getDimSize(3) < kSmallPlane)
      chosen.insert(conv);
  }
  return chosen;
}

/// The view of the blocked (padded) input `x` [N, CB, H, W, B] that kernel
/// tap (kh, kw) reads for an output plane of `outH` x `outW`: rows from
/// kh * DH and columns from kw * DW, by the strides.
Value tapView(RewriterBase &rewriter, Location loc, Value x, int64_t kh,
              int64_t kw, ArrayRef<int64_t> strides,
              ArrayRef<int64_t> dilations, int64_t outH, int64_t outW) {
  ArrayRef<int64_t> shape = cast<RankedTensorType>(x.getType()).getShape();
  auto index = [&](int64_t value) { return rewriter.getIndexAttr(value); };
  // Dimensions 2 and 3 are the plane's, the others whole.
  SmallVector<OpFoldResult> offsets(shape.size(), index(0)),
      sizes = getAsIndexOpFoldResult(rewriter.getContext(), shape),
      steps(shape.size(), index(1));
  offsets[2] = index(kh * dilations[0]);
  offsets[3] = index(kw * dilations[1]);
  sizes[2] = index(outH);
  sizes[3] = index(outW);
  steps[2] = index(strides[0]);
  steps[3] = index(strides[1]);
  return tensor::ExtractSliceOp::create(rewriter, loc, x, offsets, sizes,
                                        steps);
}

/// Tap `tap` of a filter packed per tap ([taps, ...]), its first dimension
/// dropped.
Value filterTap(RewriterBase &rewriter, Location loc, Value weights,
                int64_t tap) {
  auto type = cast<RankedTensorType>(weights.getType());
  int64_t rank = type.getRank();
  SmallVector<OpFoldResult> offsets(rank, rewriter.getIndexAttr(0));
  offsets[0] = rewriter.getIndexAttr(tap);
  SmallVector<OpFoldResult> sizes =
      getAsIndexOpFoldResult(rewriter.getContext(), type.getShape());
  sizes[0] = rewriter.getIndexAttr(1);
  return tensor::ExtractSliceOp::create(
      rewriter, loc,
      RankedTensorType::get(type.getShape().drop_front(),
                            type.getElementType()),
      weights, offsets, sizes,
      SmallVector<OpFoldResult>(rank, rewriter.getIndexAttr(1)));
}

/// Zeros of `type` (a fill the register tiles start from).
Value zerosOf(RewriterBase &rewriter, Location loc, RankedTensorType type) {
  Value empty = tensor::EmptyOp::create(rewriter, loc, type.getShape(),
                                        type.getElementType());
  Value zero =
      arith::ConstantOp::create(rewriter, loc, rewriter.getF32FloatAttr(0));
  return linalg::FillOp::create(rewriter, loc, zero, empty).getResult(0);
}

/// The terms (input tap, filter tap) of `grouped` for buildMulAddTerms:
/// taps of the blocked input `x` and of the filter packed per tap.
SmallVector<Value> groupedTerms(RewriterBase &rewriter, Location loc,
                                GroupedConvolution grouped, Value x,
                                Value weights) {
  ArrayRef<int64_t> filterShape =
      cast<RankedTensorType>(grouped.conv.getDpsInputs()[1].getType())
          .getShape();
  ArrayRef<int64_t> outShape =
      cast<RankedTensorType>(grouped.conv.getResult(0).getType()).getShape();
  SmallVector<Value> terms;
  for (int64_t kh = 0; kh < filterShape[3]; ++kh)
    for (int64_t kw = 0; kw < filterShape[4]; ++kw)
      terms.append(
          {tapView(rewriter, loc, x, kh, kw, grouped.strides, grouped.dilations,
                   outShape[3], outShape[4]),
           filterTap(rewriter, loc, weights, kh * filterShape[4] + kw)});
  return terms;
}

void Blocker::rewrite(linalg::Conv2DNchwFchwOp conv) {
  Value input = conv.getInputs()[0], filter = conv.getInputs()[1];
  Value init = conv.getOutputs()[0];
  auto filterType = cast<RankedTensorType>(filter.getType());
  rewriter.setInsertionPoint(conv);
  Value weights = packedFilter(blocks, rewriter, conv.getLoc(), filter);
  SmallVector<int64_t> strides = valuesOf(conv.getStrides());
  SmallVector<int64_t> dilations = valuesOf(conv.getDilations());
  ArrayRef<int64_t> filterShape = filterType.getShape();
  ArrayRef<int64_t> outShape =
      cast<RankedTensorType>(init.getType()).getShape();
  int64_t kernelH = filterShape[2], kernelW = filterShape[3];
  int64_t outH = outShape[2], outW = outShape[3];
  // An input that another user pads is written into the padded buffer's
  // interior, whose collapsed plane would be a copy: such a 1x1 layer reads
  // it in rows (Inception v3's branches, SqueezeNet's expansions: -1.6% and
  // -0.5% on 1 thread, -1.8% and -2.9% on 2).
  bool paddedElsewhere = llvm::any_of(input.getUsers(), [](Operation *user) {
    return isa<tensor::PadOp>(user);
  });
  bool pointwise = kernelH == 1 && kernelW == 1 && strides[0] == 1 &&
                   strides[1] == 1 && !input.getDefiningOp<tensor::PadOp>() &&
                   !paddedElsewhere;

  Location loc = conv.getLoc();
  Value x = blocked(input);
  Value acc = blocked(init);
  rewriter.setInsertionPoint(conv);
  MLIRContext *context = rewriter.getContext();
  SmallVector<Value> terms;
  for (int64_t kh = 0; kh < kernelH; ++kh)
    for (int64_t kw = 0; kw < kernelW; ++kw) {
      Value lhs = pointwise ? x
                            : tapView(rewriter, loc, x, kh, kw, strides,
                                      dilations, outH, outW);
      terms.append({lhs, filterTap(rewriter, loc, weights, kh * kernelW + kw)});
    }

  Value result;
  SmallVector<ReassociationIndices> plane = {{0}, {1}, {2, 3}, {4}};
  if (pointwise) {
    // Loops (n, fb, p, fi, cb, ci) on the collapsed plane.
    for (size_t term = 0; term < terms.size(); term += 2)
      terms[term] =
          tensor::CollapseShapeOp::create(rewriter, loc, terms[term], plane);
    Value flatAcc = tensor::CollapseShapeOp::create(rewriter, loc, acc, plane);
    AffineExpr n, fb, p, fi, cb, ci;
    bindDims(context, n, fb, p, fi, cb, ci);
    SmallVector<AffineMap> maps = {
        AffineMap::get(6, 0, {n, cb, p, ci}, context),
        AffineMap::get(6, 0, {fb, cb, ci, fi}, context),
        AffineMap::get(6, 0, {n, fb, p, fi}, context)};
    linalg::GenericOp contraction = ov::codegen::buildMulAddTerms(
        rewriter, loc, terms, flatAcc, maps, /*numReductions=*/2);
    markInputChannels(blocks, contraction, filterShape[1]);
    result = tensor::ExpandShapeOp::create(rewriter, loc, acc.getType(),
                                           contraction.getResult(0), plane);
  } else {
    // Loops (n, fb, oh, ow, fi, cb, ci).
    AffineExpr n, fb, oh, ow, fi, cb, ci;
    bindDims(context, n, fb, oh, ow, fi, cb, ci);
    SmallVector<AffineMap> maps = {
        AffineMap::get(7, 0, {n, cb, oh, ow, ci}, context),
        AffineMap::get(7, 0, {fb, cb, ci, fi}, context),
        AffineMap::get(7, 0, {n, fb, oh, ow, fi}, context)};
    linalg::GenericOp contraction = ov::codegen::buildMulAddTerms(
        rewriter, loc, terms, acc, maps, /*numReductions=*/2);
    markInputChannels(blocks, contraction, filterShape[1]);
    result = contraction.getResult(0);
  }
  Value nchw = reorderFromBlocked(
      result, cast<RankedTensorType>(conv.getResult(0).getType()), loc);
  rewriter.replaceOp(conv, nchw);
}

void Blocker::rewrite(GroupedConvolution grouped) {
  linalg::GenericOp conv = grouped.conv;
  Value data = conv.getDpsInputs()[0], filter = conv.getDpsInputs()[1];
  ArrayRef<int64_t> filterShape =
      cast<RankedTensorType>(filter.getType()).getShape();
  ArrayRef<int64_t> outShape =
      cast<RankedTensorType>(conv.getResult(0).getType()).getShape();
  int64_t outW = outShape[4];
  int64_t channels = filterShape[0] * filterShape[1];
  int64_t perGroupBlocks = blocksPerGroup(blocks, channels, filterShape[1]);
  MLIRContext *context = rewriter.getContext();
  Location loc = conv.getLoc();
  Value x = blocked(data);
  rewriter.setInsertionPoint(grouped.collapse);
  if (ov::codegen::isGroupedShuffle(filterShape[1], outW)) {
    rewriteByShuffles(grouped, x);
    return;
  }
  // Blocks split into sub-blocks (subBlocksPerBlock): the input split
  // before its taps are taken, so that all nine read the padded tensor
  // (a tap of the split interior folds to the producer's result, which
  // then got a buffer and a copy of its own).
  int64_t halves = subBlocksPerBlock(blocks, channels, filterShape[1]);
  SmallVector<ReassociationIndices> halvesSplit = {{0}, {1}, {2}, {3}, {4, 5}};
  auto halvesType = [&](RankedTensorType type) {
    SmallVector<int64_t> shape(type.getShape());
    shape.back() /= halves;
    shape.insert(shape.end() - 1, halves);
    return type.clone(shape);
  };
  if (halves > 1)
    x = tensor::ExpandShapeOp::create(
        rewriter, loc, halvesType(cast<RankedTensorType>(x.getType())), x,
        halvesSplit);
  Value weights =
      packedGroupedFilter(blocks, rewriter, loc, filter, /*shuffled=*/false);
  auto nchwType = cast<RankedTensorType>(grouped.collapse.getResultType());
  RankedTensorType type = blocks.blockedType(nchwType);
  // Zeros, split like the input (a fill the register tiles start from).
  Value acc = zerosOf(rewriter, loc, halves > 1 ? halvesType(type) : type);
  SmallVector<Value> terms = groupedTerms(rewriter, loc, grouped, x, weights);
  Value result;
  if (halves > 1) {
    // Blocks split into sub-blocks: loops (n, b, h, oh, ow, fi, ci), the
    // block and the sub-block batch dimensions.
    AffineExpr n, b, h, oh, ow, fi, ci;
    bindDims(context, n, b, h, oh, ow, fi, ci);
    SmallVector<AffineMap> maps = {
        AffineMap::get(7, 0, {n, b, oh, ow, h, ci}, context),
        AffineMap::get(7, 0, {b, h, ci, fi}, context),
        AffineMap::get(7, 0, {n, b, oh, ow, h, fi}, context)};
    Value sum = ov::codegen::buildMulAddTerms(rewriter, loc, terms, acc, maps)
                    .getResult(0);
    result =
        tensor::CollapseShapeOp::create(rewriter, loc, type, sum, halvesSplit);
  } else if (perGroupBlocks == 1) {
    // Loops (n, b, oh, ow, fi, ci): the block is a batch dimension, each
    // block of filters reading its own block of channels.
    AffineExpr n, b, oh, ow, fi, ci;
    bindDims(context, n, b, oh, ow, fi, ci);
    SmallVector<AffineMap> maps = {
        AffineMap::get(6, 0, {n, b, oh, ow, ci}, context),
        AffineMap::get(6, 0, {b, ci, fi}, context),
        AffineMap::get(6, 0, {n, b, oh, ow, fi}, context)};
    result = ov::codegen::buildMulAddTerms(rewriter, loc, terms, acc, maps)
                 .getResult(0);
  } else {
    // Groups of R blocks: the blocks split into (group, block in group),
    // loops (n, g, fr, oh, ow, fi, cr, ci), the group a batch dimension:
    // a blocked convolution per group.
    SmallVector<ReassociationIndices> split = {{0}, {1, 2}, {3}, {4}, {5}};
    auto splitType = [&](Value value) {
      auto type = cast<RankedTensorType>(value.getType());
      SmallVector<int64_t> shape(type.getShape());
      shape[1] /= perGroupBlocks;
      shape.insert(shape.begin() + 2, perGroupBlocks);
      return type.clone(shape);
    };
    for (size_t term = 0; term < terms.size(); term += 2)
      terms[term] = tensor::ExpandShapeOp::create(
          rewriter, loc, splitType(terms[term]), terms[term], split);
    acc = tensor::ExpandShapeOp::create(rewriter, loc, splitType(acc), acc,
                                        split);
    AffineExpr n, g, fr, oh, ow, fi, cr, ci;
    bindDims(context, n, g, fr, oh, ow, fi, cr, ci);
    SmallVector<AffineMap> maps = {
        AffineMap::get(8, 0, {n, g, cr, oh, ow, ci}, context),
        AffineMap::get(8, 0, {g, fr, cr, ci, fi}, context),
        AffineMap::get(8, 0, {n, g, fr, oh, ow, fi}, context)};
    Value sum = ov::codegen::buildMulAddTerms(rewriter, loc, terms, acc, maps,
                                              /*numReductions=*/2)
                    .getResult(0);
    result = tensor::CollapseShapeOp::create(rewriter, loc, type, sum, split);
  }
  Value nchw = reorderFromBlocked(result, nchwType, loc);
  rewriter.replaceOp(grouped.collapse, nchw);
  rewriter.eraseOp(conv);
}

void Blocker::rewriteByShuffles(GroupedConvolution grouped, Value x) {
  linalg::GenericOp conv = grouped.conv;
  Value filter = conv.getDpsInputs()[1];
  int64_t perGroup = cast<RankedTensorType>(filter.getType()).getDimSize(1);
  int64_t lanes = ov::codegen::kShuffleLanes;
  MLIRContext *context = rewriter.getContext();
  Location loc = conv.getLoc();
  // The channels of a block as (sub-block, group, channel of the group);
  // split before the taps are taken (as the sub-blocks above).
  SmallVector<ReassociationIndices> split = {{0}, {1}, {2}, {3}, {4, 5, 6}};
  auto splitType = [&](RankedTensorType type) {
    SmallVector<int64_t> shape(type.getShape().drop_back());
    shape.append({type.getShape().back() / lanes, lanes / perGroup, perGroup});
    return type.clone(shape);
  };
  x = tensor::ExpandShapeOp::create(
      rewriter, loc, splitType(cast<RankedTensorType>(x.getType())), x, split);
  Value weights =
      packedGroupedFilter(blocks, rewriter, loc, filter, /*shuffled=*/true);
  auto nchwType = cast<RankedTensorType>(grouped.collapse.getResultType());
  RankedTensorType type = blocks.blockedType(nchwType);
  Value acc = zerosOf(rewriter, loc, splitType(type));
  SmallVector<Value> terms = groupedTerms(rewriter, loc, grouped, x, weights);
  AffineExpr n, b, h, oh, ow, gq, o, i;
  bindDims(context, n, b, h, oh, ow, gq, o, i);
  SmallVector<AffineMap> maps = {
      AffineMap::get(8, 0, {n, b, oh, ow, h, gq, i}, context),
      AffineMap::get(8, 0, {b, h, i, gq, o}, context),
      AffineMap::get(8, 0, {n, b, oh, ow, h, gq, o}, context)};
  linalg::GenericOp sum =
      ov::codegen::buildMulAddTerms(rewriter, loc, terms, acc, maps);
  sum->setAttr(ov::codegen::kGroupedShuffleAttr, rewriter.getUnitAttr());
  Value result = tensor::CollapseShapeOp::create(rewriter, loc, type,
                                                 sum.getResult(0), split);
  Value nchw = reorderFromBlocked(result, nchwType, loc);
  rewriter.replaceOp(grouped.collapse, nchw);
  rewriter.eraseOp(conv);
}

/// A reduction of each channel's plane, [N, C, H, W] -> [N, C, 1, 1] (a
/// global pool, a squeeze-excite pool): one input, loops (n, c, h, w) of
/// which h and w reduce.
bool isPlaneReduction(const ChannelBlocks &blocks, linalg::GenericOp op) {
  if (!isPointwisePayload(op) || op.getNumDpsInputs() != 1 ||
      op.getNumDpsInits() != 1 || op.getNumLoops() != 4 ||
      !isBlockable(blocks, op.getDpsInputs()[0]) ||
      !isBlockable(blocks, op.getResult(0)))
    return false;
  using utils::IteratorType;
  MLIRContext *context = op.getContext();
  AffineExpr n = getAffineDimExpr(0, context), c = getAffineDimExpr(1, context);
  AffineExpr zero = getAffineConstantExpr(0, context);
  SmallVector<AffineMap> maps = op.getIndexingMapsArray();
  return op.getIteratorTypesArray() ==
             SmallVector<IteratorType>{
                 IteratorType::parallel, IteratorType::parallel,
                 IteratorType::reduction, IteratorType::reduction} &&
         maps[0].isIdentity() &&
         maps[1] == AffineMap::get(4, 0, {n, c, zero, zero}, context);
}

/// The blocked reduction reduces [N, C / B, H, W, B] into
/// [N, C / B, 1, 1, B], which is [N, C, 1, 1] in the same order: its NCHW
/// form is a reshape, not a reorder.
void Blocker::rewritePlaneReduction(linalg::GenericOp op) {
  Value input = op.getDpsInputs()[0];
  if (!madeByChosen(input))
    return;
  Value x = blocked(input);
  Value init = blocked(op.getDpsInits()[0]);
  rewriter.setInsertionPoint(op);
  MLIRContext *context = op.getContext();
  AffineExpr n, cb, h, w, ci;
  bindDims(context, n, cb, h, w, ci);
  AffineExpr zero = getAffineConstantExpr(0, context);
  using utils::IteratorType;
  auto reduction = linalg::GenericOp::create(
      rewriter, op.getLoc(), TypeRange{init.getType()}, ValueRange{x},
      ValueRange{init},
      SmallVector<AffineMap>{
          AffineMap::getMultiDimIdentityMap(5, context),
          AffineMap::get(5, 0, {n, cb, zero, zero, ci}, context)},
      SmallVector<IteratorType>{IteratorType::parallel, IteratorType::parallel,
                                IteratorType::reduction,
                                IteratorType::reduction,
                                IteratorType::parallel});
  rewriter.cloneRegionBefore(op.getRegion(), reduction.getRegion(),
                             reduction.getRegion().end());
  auto type = cast<RankedTensorType>(op.getResult(0).getType());
  Value channels = tensor::CollapseShapeOp::create(
      rewriter, op.getLoc(), reduction.getResult(0),
      SmallVector<ReassociationIndices>{{0}, {1, 2, 3, 4}});
  if (blocks.isCompleted(type.getDimSize(1)))
    channels = withoutZeroChannels(rewriter, op.getLoc(), channels,
                                   type.getDimSize(1));
  Value nchw = tensor::ExpandShapeOp::create(
      rewriter, op.getLoc(), type, channels,
      SmallVector<ReassociationIndices>{{0}, {1, 2, 3}});
  blockedForms[nchw] = reduction.getResult(0);
  rewriter.replaceOp(op, nchw);
}

struct BlockConvolutionsPass
    : ov::impl::BlockConvolutionsBase<BlockConvolutionsPass> {
  using Base::Base;

  void runOnOperation() override {
    ChannelBlocks blocks(vectorBits);
    llvm::DenseSet<Operation *> chosen =
        convolutionsToBlock(blocks, getOperation());
    // The chosen convolutions and the grouped ones, in order.
    SmallVector<Operation *> convs;
    getOperation().walk([&](Operation *op) {
      if (chosen.contains(op) || isBlockableGrouped(blocks, op))
        convs.push_back(op);
    });
    IRRewriter rewriter(&getContext());
    Blocker blocker(rewriter, blocks, chosen);
    for (Operation *op : convs) {
      if (auto conv = dyn_cast<linalg::Conv2DNchwFchwOp>(op))
        blocker.rewrite(conv);
      else
        blocker.rewrite(*matchGrouped(cast<tensor::CollapseShapeOp>(op)));
    }
    // Grouped convolutions left: linalg's grouped convolution.
    SmallVector<GroupedConvolution> unblocked;
    getOperation().walk([&](tensor::CollapseShapeOp collapse) {
      std::optional<GroupedConvolution> grouped = matchGrouped(collapse);
      if (grouped && !isBlockable(blocks, *grouped) && isSplittable(*grouped))
        unblocked.push_back(*grouped);
    });
    for (GroupedConvolution grouped : unblocked)
      asNamedGroupedConvolution(rewriter, grouped);
    SmallVector<linalg::GenericOp> reductions;
    getOperation().walk([&](linalg::GenericOp op) {
      if (isPlaneReduction(blocks, op))
        reductions.push_back(op);
    });
    for (linalg::GenericOp op : reductions)
      blocker.rewritePlaneReduction(op);
  }
};

} // namespace
