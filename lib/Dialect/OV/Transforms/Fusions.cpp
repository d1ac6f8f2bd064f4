//===- Fusions.cpp - Fold constant scales and shifts into weights ---------===//
//
// Exact fusions of OpenVINO's model preparation: BatchNormInference and
// per-channel Multiply into a preceding convolution's (or MatMul's)
// constant weights, and chains of constant Adds / Multiplies. New constants
// are computed in double and rounded once to the element type; large ones
// become dense resource blobs (as the frontends create them).
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Dialect/OV/IR/OVOps.h"
#include "ovmlir/Dialect/OV/Transforms/Passes.h"
#include "ovmlir/Frontends/Common/ConstantData.h"

#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/ADT/APFloat.h"

#include <cmath>

namespace mlir::ov {
#define GEN_PASS_DEF_OVFUSE
#include "ovmlir/Dialect/OV/Transforms/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;
using namespace mlir::ov;

namespace {

//===----------------------------------------------------------------------===//
// Constants
//===----------------------------------------------------------------------===//

/// The static type of the constant producing `value`, or null.
RankedTensorType getConstantType(Value value) {
  if (!value.getDefiningOp<ConstantOp>())
    return {};
  auto type = dyn_cast<RankedTensorType>(value.getType());
  return type && type.hasStaticShape() ? type : RankedTensorType();
}

/// The values of a constant with float elements, one per element.
std::optional<SmallVector<double>> getFloatValues(Value value) {
  RankedTensorType type = getConstantType(value);
  if (!type || !isa<FloatType>(type.getElementType()))
    return std::nullopt;
  std::optional<SmallVector<double>> values = getConstantFloatValues(value);
  if (!values || static_cast<int64_t>(values->size()) != type.getNumElements())
    return std::nullopt;
  return values;
}

/// The layer name of `loc` (its NameLoc), or `fallback`.
std::string getName(Location loc, StringRef fallback) {
  if (auto name = dyn_cast<NameLoc>(loc))
    return name.getName().str();
  return fallback.str();
}

/// A constant of float `type` holding `values` (rounded once), named
/// `name`: inline when small, a dense resource blob otherwise.
Value createFloatConstant(PatternRewriter &rewriter, RankedTensorType type,
                          ArrayRef<double> values, const std::string &name) {
  auto floatType = cast<FloatType>(type.getElementType());
  unsigned bytesPer = floatType.getWidth() / 8;
  std::vector<char> bytes(values.size() * bytesPer);
  for (auto [i, v] : llvm::enumerate(values)) {
    APFloat converted(v);
    bool losesInfo;
    converted.convert(floatType.getFloatSemantics(),
                      APFloat::rmNearestTiesToEven, &losesInfo);
    uint64_t raw = converted.bitcastToAPInt().getZExtValue();
    std::memcpy(bytes.data() + i * bytesPer, &raw, bytesPer);
  }
  ElementsAttr value = createConstantData(type, bytes, name, nullptr);
  MLIRContext *context = rewriter.getContext();
  return ConstantOp::create(
      rewriter, NameLoc::get(StringAttr::get(context, name)), value);
}

/// The values of `value` (a constant) as one per channel of a tensor of
/// rank `rank` with `channels` channels in dimension `channelDim`: it must
/// broadcast to [1, .., channels, .., 1] (rank at most `rank`, every other
/// dimension 1) so that it does not change the shape it is applied to.
std::optional<SmallVector<double>> getPerChannelValues(Value value,
                                                       int64_t rank,
                                                       int64_t channelDim,
                                                       int64_t channels) {
  RankedTensorType type = getConstantType(value);
  if (!type || type.getRank() > rank)
    return std::nullopt;
  int64_t offset = rank - type.getRank();
  int64_t count = 1;
  for (auto [i, size] : llvm::enumerate(type.getShape())) {
    if (size == 1)
      continue;
    if (static_cast<int64_t>(i) + offset != channelDim || size != channels)
      return std::nullopt;
    count = size;
  }
  std::optional<SmallVector<double>> values = getFloatValues(value);
  if (!values)
    return std::nullopt;
  if (count == 1)
    return SmallVector<double>(channels, (*values)[0]);
  return values;
}

/// Gives `op` the tensor names of `replaced` (or none).
void takeTensorNames(Operation *op, Operation *replaced) {
  if (Attribute names = replaced->getAttr(OVDialect::kTensorNamesAttrName))
    op->setAttr(OVDialect::kTensorNamesAttrName, names);
  else
    op->removeAttr(OVDialect::kTensorNamesAttrName);
}

//===----------------------------------------------------------------------===//
// Convolution weights
//===----------------------------------------------------------------------===//

/// An op with constant float weights (operand 1) whose output channels
/// (dimension 1 of a convolution's result, the last one of a MatMul's) each
/// use their own weights: weight i belongs to channel (i / inner) % channels.
struct Weights {
  Operation *op;
  Value source; // The constant holding the weights' values.
  RankedTensorType type;
  SmallVector<double> values;
  int64_t channels;
  int64_t inner;
  int64_t outRank;
  int64_t channelDim;
};

std::optional<Weights> matchConvWeights(Value value) {
  Operation *conv = value.getDefiningOp();
  if (!isa_and_nonnull<ConvolutionOp, GroupConvolutionOp>(conv))
    return std::nullopt;
  // The filter is a constant, or a Reshape of one (a grouped filter from
  // ONNX, too large to fold): the elements are the same in either shape.
  Value filter = conv->getOperand(1);
  if (auto reshape = filter.getDefiningOp<ReshapeOp>())
    filter = reshape.getData();
  auto filterType = dyn_cast<RankedTensorType>(conv->getOperand(1).getType());
  std::optional<SmallVector<double>> values = getFloatValues(filter);
  if (!filterType || !filterType.hasStaticShape() || !values ||
      static_cast<int64_t>(values->size()) != filterType.getNumElements())
    return std::nullopt;
  bool grouped = isa<GroupConvolutionOp>(conv);
  if (filterType.getRank() < (grouped ? 4 : 3))
    return std::nullopt;
  int64_t outChannels = filterType.getDimSize(0);
  if (grouped)
    outChannels *= filterType.getDimSize(1);
  if (outChannels <= 0)
    return std::nullopt;
  int64_t inner = filterType.getNumElements() / outChannels;
  return Weights{conv,
                 filter,
                 filterType,
                 std::move(*values),
                 outChannels,
                 inner,
                 filterType.getRank() - (grouped ? 1 : 0),
                 /*channelDim=*/1};
}

/// A MatMul with constant float weights `b`: the channels are the columns
/// of b ([..., K, N], or [..., N, K] transposed). A 1-D b has no columns
/// (one channel: only scalars apply).
std::optional<Weights> matchMatMulWeights(Value value) {
  auto matmul = value.getDefiningOp<MatMulOp>();
  if (!matmul)
    return std::nullopt;
  auto type = dyn_cast<RankedTensorType>(matmul.getB().getType());
  auto outType = dyn_cast<RankedTensorType>(matmul.getType());
  std::optional<SmallVector<double>> values = getFloatValues(matmul.getB());
  if (!type || !outType || !values)
    return std::nullopt;
  int64_t rank = type.getRank();
  int64_t channels = 1, inner = 1;
  if (rank >= 2) {
    channels = type.getDimSize(matmul.getTransposeB() ? rank - 2 : rank - 1);
    inner = matmul.getTransposeB() ? type.getDimSize(rank - 1) : 1;
  }
  return Weights{matmul,
                 matmul.getB(),
                 type,
                 std::move(*values),
                 channels,
                 inner,
                 outType.getRank(),
                 outType.getRank() - 1};
}

/// A copy of `weights.op` (at its position, at `loc`) whose weights are
/// scaled by `scale` per output channel.
Operation *createScaledOp(PatternRewriter &rewriter, const Weights &weights,
                          ArrayRef<double> scale, Location loc) {
  SmallVector<double> values = weights.values;
  for (auto [i, v] : llvm::enumerate(values))
    v *= scale[(i / weights.inner) % weights.channels];
  rewriter.setInsertionPoint(weights.op);
  Value scaled = createFloatConstant(
      rewriter, weights.type, values,
      getName(weights.source.getLoc(), getName(loc, "weights")) + "/fused");
  Operation *op = rewriter.clone(*weights.op);
  op->setOperand(1, scaled);
  op->setLoc(loc);
  return op;
}

//===----------------------------------------------------------------------===//
// BatchNormInference after a convolution
//===----------------------------------------------------------------------===//

/// BN(Conv(x, W)) -> Add(Conv(x, W * s), beta - mean * s) and
/// BN(Add(Conv(x, W), b)) -> Add(Conv(x, W * s), (b - mean) * s + beta) with
/// s = gamma / sqrt(variance + epsilon) per channel.
struct FuseBatchNorm : OpRewritePattern<BatchNormInferenceOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(BatchNormInferenceOp bn,
                                PatternRewriter &rewriter) const override {
    Value data = bn.getData();
    if (!data.hasOneUse())
      return rewriter.notifyMatchFailure(bn, "data has other users");
    // An optional per-channel bias between the convolution and BN.
    AddOp biasAdd = data.getDefiningOp<AddOp>();
    Value convValue = data;
    Value biasValue;
    if (biasAdd) {
      if (biasAdd.getAutoBroadcast() != AutoBroadcastType::numpy)
        return failure();
      convValue = biasAdd.getLhs();
      biasValue = biasAdd.getRhs();
      if (!convValue.getDefiningOp<ConvolutionOp>() &&
          !convValue.getDefiningOp<GroupConvolutionOp>())
        std::swap(convValue, biasValue);
      if (!convValue.hasOneUse())
        return rewriter.notifyMatchFailure(bn, "convolution has other users");
    }
    std::optional<Weights> weights = matchConvWeights(convValue);
    if (!weights)
      return rewriter.notifyMatchFailure(bn, "no convolution with constant "
                                             "float filter");
    int64_t channels = weights->channels;
    auto perChannel = [&](Value v) {
      return getPerChannelValues(v, /*rank=*/1, /*channelDim=*/0, channels);
    };
    std::optional<SmallVector<double>> gamma = perChannel(bn.getGamma()),
                                       beta = perChannel(bn.getBeta()),
                                       mean = perChannel(bn.getMean()),
                                       variance = perChannel(bn.getVariance());
    if (!gamma || !beta || !mean || !variance)
      return rewriter.notifyMatchFailure(bn, "statistics are not constant");
    SmallVector<double> bias(channels, 0.0);
    if (biasValue) {
      std::optional<SmallVector<double>> values = getPerChannelValues(
          biasValue, weights->outRank, /*channelDim=*/1, channels);
      if (!values)
        return rewriter.notifyMatchFailure(bn, "bias is not per channel");
      bias = *values;
    }
    auto bnType = dyn_cast<RankedTensorType>(bn.getType());
    auto filterElement = weights->type.getElementType();
    if (getElementType(bn.getType()) != filterElement)
      return failure();

    SmallVector<double> scale(channels), shift(channels);
    double epsilon = bn.getEpsilon().convertToDouble();
    for (int64_t c = 0; c < channels; ++c) {
      scale[c] = (*gamma)[c] / std::sqrt((*variance)[c] + epsilon);
      shift[c] = (bias[c] - (*mean)[c]) * scale[c] + (*beta)[c];
    }

    Operation *conv =
        createScaledOp(rewriter, *weights, scale, weights->op->getLoc());
    // The convolution's own value no longer exists: its names go.
    conv->removeAttr(OVDialect::kTensorNamesAttrName);
    SmallVector<int64_t> biasShape(weights->outRank, 1);
    biasShape[1] = channels;
    rewriter.setInsertionPoint(bn);
    Value shiftValue = createFloatConstant(
        rewriter, RankedTensorType::get(biasShape, filterElement), shift,
        getName(bn.getLoc(), "batch_norm") + "/bias");
    auto add = AddOp::create(rewriter, bn.getLoc(),
                             bnType ? Type(bnType) : bn.getType(),
                             conv->getResult(0), shiftValue);
    takeTensorNames(add, bn);
    rewriter.replaceOp(bn, add.getResult());
    if (biasAdd)
      rewriter.eraseOp(biasAdd);
    rewriter.eraseOp(weights->op);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Multiply by a per-channel constant after a convolution or MatMul
//===----------------------------------------------------------------------===//

/// Multiply(Conv(x, W), c) -> Conv(x, W * c) for a constant c that is one
/// value per output channel (or a scalar); MatMul likewise per column. The
/// new op computes the Multiply's result: its location and tensor names.
struct FuseMultiply : OpRewritePattern<MultiplyOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(MultiplyOp mul,
                                PatternRewriter &rewriter) const override {
    if (mul.getAutoBroadcast() != AutoBroadcastType::numpy)
      return failure();
    for (auto [producer, factor] : {std::pair(mul.getLhs(), mul.getRhs()),
                                    std::pair(mul.getRhs(), mul.getLhs())}) {
      if (!producer.hasOneUse())
        continue;
      std::optional<Weights> weights = matchConvWeights(producer);
      if (!weights)
        weights = matchMatMulWeights(producer);
      if (!weights ||
          getElementType(factor.getType()) != weights->type.getElementType())
        continue;
      std::optional<SmallVector<double>> scale = getPerChannelValues(
          factor, weights->outRank, weights->channelDim, weights->channels);
      if (!scale)
        continue;
      Operation *op = createScaledOp(rewriter, *weights, *scale, mul.getLoc());
      takeTensorNames(op, mul);
      op->getResult(0).setType(mul.getType());
      rewriter.replaceOp(mul, op->getResults());
      rewriter.eraseOp(weights->op);
      return success();
    }
    return rewriter.notifyMatchFailure(mul, "no per-channel constant after "
                                            "constant weights");
  }
};

//===----------------------------------------------------------------------===//
// Chains of constant Adds / Multiplies
//===----------------------------------------------------------------------===//

/// The numpy broadcast of two static shapes, or nullopt.
std::optional<SmallVector<int64_t>> broadcastStatic(ArrayRef<int64_t> a,
                                                    ArrayRef<int64_t> b) {
  if (a.size() < b.size())
    std::swap(a, b);
  SmallVector<int64_t> shape(a);
  int64_t offset = a.size() - b.size();
  for (auto [i, size] : llvm::enumerate(b)) {
    int64_t &dim = shape[offset + i];
    if (dim == 1)
      dim = size;
    else if (size != 1 && size != dim)
      return std::nullopt;
  }
  return shape;
}

/// `values` (of `shape`) broadcast to `target` (row-major).
template <typename T>
SmallVector<T> broadcastValues(ArrayRef<T> values, ArrayRef<int64_t> shape,
                               ArrayRef<int64_t> target) {
  int64_t count = 1;
  for (int64_t size : target)
    count *= size;
  SmallVector<T> result;
  result.reserve(count);
  SmallVector<int64_t> index(target.size(), 0);
  int64_t offset = target.size() - shape.size();
  for (int64_t n = 0; n < count; ++n) {
    int64_t linear = 0;
    for (auto [i, size] : llvm::enumerate(shape))
      linear = linear * size + (size == 1 ? 0 : index[offset + i]);
    result.push_back(values[linear]);
    for (int64_t d = target.size() - 1; d >= 0 && ++index[d] == target[d]; --d)
      index[d] = 0;
  }
  return result;
}

/// A constant of integer `type` holding `values` (wrapped to its width).
Value createIntConstant(PatternRewriter &rewriter, RankedTensorType type,
                        ArrayRef<uint64_t> values, const std::string &name) {
  unsigned bytesPer = type.getElementType().getIntOrFloatBitWidth() / 8;
  std::vector<char> bytes(values.size() * bytesPer);
  for (auto [i, v] : llvm::enumerate(values))
    std::memcpy(bytes.data() + i * bytesPer, &v, bytesPer);
  ElementsAttr value = createConstantData(type, bytes, name, nullptr);
  return ConstantOp::create(
      rewriter, NameLoc::get(StringAttr::get(rewriter.getContext(), name)),
      value);
}

/// Op(Op(x, c1), c2) -> Op(x, c1 op c2) for Add and Multiply (associative up
/// to float rounding; integers wrap either way). The combined constant has
/// the broadcast shape of c1 and c2, so the result's shape is unchanged.
template <typename OpTy, bool isAdd>
struct FuseConstantChain : OpRewritePattern<OpTy> {
  using OpRewritePattern<OpTy>::OpRewritePattern;

  /// The non-constant operand and the constant one of `op`, if exactly one
  /// is constant.
  static std::optional<std::pair<Value, Value>> split(OpTy op) {
    bool lhsConst = static_cast<bool>(getConstantType(op.getLhs()));
    bool rhsConst = static_cast<bool>(getConstantType(op.getRhs()));
    if (lhsConst == rhsConst)
      return std::nullopt;
    return lhsConst ? std::pair(op.getRhs(), op.getLhs())
                    : std::pair(op.getLhs(), op.getRhs());
  }

  LogicalResult matchAndRewrite(OpTy outer,
                                PatternRewriter &rewriter) const override {
    if (outer.getAutoBroadcast() != AutoBroadcastType::numpy)
      return failure();
    std::optional<std::pair<Value, Value>> outerSplit = split(outer);
    if (!outerSplit || !outerSplit->first.hasOneUse())
      return failure();
    auto inner = outerSplit->first.template getDefiningOp<OpTy>();
    if (!inner || inner.getAutoBroadcast() != AutoBroadcastType::numpy)
      return failure();
    std::optional<std::pair<Value, Value>> innerSplit = split(inner);
    if (!innerSplit)
      return failure();
    Value x = innerSplit->first, c1 = innerSplit->second,
          c2 = outerSplit->second;
    RankedTensorType t1 = getConstantType(c1), t2 = getConstantType(c2);
    Type elementType = t1.getElementType();
    if (elementType != t2.getElementType() ||
        elementType != getElementType(outer.getType()))
      return failure();
    std::optional<SmallVector<int64_t>> shape =
        broadcastStatic(t1.getShape(), t2.getShape());
    if (!shape)
      return failure();
    auto type = RankedTensorType::get(*shape, elementType);
    std::string name =
        getName(c2.getLoc(), getName(outer.getLoc(), "constant")) + "/fused";

    rewriter.setInsertionPoint(outer);
    Value combined;
    if (isa<FloatType>(elementType)) {
      std::optional<SmallVector<double>> v1 = getFloatValues(c1),
                                         v2 = getFloatValues(c2);
      if (!v1 || !v2)
        return failure();
      SmallVector<double> a =
          broadcastValues<double>(*v1, t1.getShape(), *shape);
      SmallVector<double> b =
          broadcastValues<double>(*v2, t2.getShape(), *shape);
      for (auto [x, y] : llvm::zip(a, b))
        x = isAdd ? x + y : x * y;
      combined = createFloatConstant(rewriter, type, a, name);
    } else {
      auto intType = dyn_cast<IntegerType>(elementType);
      std::optional<SmallVector<int64_t>> v1 = getConstantIntValues(c1),
                                          v2 = getConstantIntValues(c2);
      if (!intType || intType.getWidth() % 8 != 0 || !v1 || !v2)
        return failure();
      auto toUnsigned = [](ArrayRef<int64_t> v) {
        return llvm::map_to_vector(v, [](int64_t e) { return uint64_t(e); });
      };
      SmallVector<uint64_t> a =
          broadcastValues<uint64_t>(toUnsigned(*v1), t1.getShape(), *shape);
      SmallVector<uint64_t> b =
          broadcastValues<uint64_t>(toUnsigned(*v2), t2.getShape(), *shape);
      for (auto [x, y] : llvm::zip(a, b))
        x = isAdd ? x + y : x * y;
      combined = createIntConstant(rewriter, type, a, name);
    }
    auto fused = OpTy::create(rewriter, outer.getLoc(), outer.getType(), x,
                              combined, AutoBroadcastType::numpy);
    takeTensorNames(fused, outer);
    rewriter.replaceOp(outer, fused.getResult());
    rewriter.eraseOp(inner);
    return success();
  }
};

struct FusePass : ov::impl::OVFuseBase<FusePass> {
  LogicalResult initialize(MLIRContext *context) override {
    RewritePatternSet set(context);
    set.add<FuseBatchNorm, FuseMultiply, FuseConstantChain<AddOp, true>,
            FuseConstantChain<MultiplyOp, false>>(context);
    patterns = FrozenRewritePatternSet(std::move(set));
    return success();
  }

  void runOnOperation() override {
    GreedyRewriteConfig config;
    // Constants are created where needed; do not fold or move the rest.
    config.enableFolding(false).enableConstantCSE(false);
    (void)applyPatternsGreedily(getOperation(), patterns, config);
  }

  FrozenRewritePatternSet patterns;
};

} // namespace
