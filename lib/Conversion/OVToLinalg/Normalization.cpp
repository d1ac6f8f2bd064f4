//===- Normalization.cpp - Normalization ops
//--------------------------------===//
//
// LogSoftmax, BatchNormInference, MVN, NormalizeL2: reductions kept as size-1
// dimensions (buildReduction) combined with the data by broadcasting
// elementwise generics (buildElementwise).
//
//===----------------------------------------------------------------------===//

#include "LoweringUtils.h"

#include "ovmlir/Dialect/OV/IR/OVOps.h"
#include "ovmlir/Dialect/OV/IR/ShapeUtils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/ImplicitLocOpBuilder.h"
#include "mlir/Transforms/DialectConversion.h"

using namespace mlir;
using namespace mlir::ov;
using namespace mlir::ov::lowering;

namespace {

/// `input` reduced by `kind` over `axes`, the reduced dimensions kept as 1.
Value reduceKeepingDims(ImplicitLocOpBuilder &b, Value input,
                        ArrayRef<int64_t> axes, ReduceKind kind) {
  Type element = cast<RankedTensorType>(input.getType()).getElementType();
  return buildReduction(b, input, axes, /*keepDims=*/true,
                        getIdentity(b, kind, element),
                        [&](ImplicitLocOpBuilder &body, Value acc, Value v) {
                          return combineReduce(body, kind, acc, v);
                        });
}

/// Constant `axes` of data of rank `rank`, normalized to [0, rank), sorted
/// and without repetitions (MVN and NormalizeL2 allow repeated axes).
FailureOr<SmallVector<int64_t>> getNormAxes(Value axes, int64_t rank) {
  FailureOr<SmallVector<int64_t>> values = getConstantInts(axes);
  if (failed(values))
    return failure();
  SmallVector<int64_t> result;
  for (int64_t axis : *values) {
    if (axis < -rank || axis >= rank)
      return failure();
    result.push_back(axis < 0 ? axis + rank : axis);
  }
  llvm::sort(result);
  result.erase(llvm::unique(result), result.end());
  return result;
}

/// `value` as the type of `op`'s result (a cast when only static-ness
/// differs).
void replaceWithCast(ConversionPatternRewriter &rewriter, Operation *op,
                     ImplicitLocOpBuilder &b, Value value) {
  Type type = op->getResult(0).getType();
  if (value.getType() != type)
    value = tensor::CastOp::create(b, type, value);
  rewriter.replaceOp(op, value);
}

/// LogSoftmax over `axis`: (x - max) - log(sum(exp(x - max))).
struct LogSoftmaxLowering : OpConversionPattern<LogSoftmaxOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(LogSoftmaxOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value x = adaptor.getInput();
    auto type = dyn_cast<RankedTensorType>(x.getType());
    if (!type)
      return rewriter.notifyMatchFailure(op, "needs a ranked input");
    // I64Attr getters return the bits unsigned.
    int64_t axis = static_cast<int64_t>(op.getAxis());
    if (axis < 0)
      axis += type.getRank();
    if (axis < 0 || axis >= type.getRank())
      return rewriter.notifyMatchFailure(op, "axis out of range");
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    Type element = type.getElementType();
    Value max = reduceKeepingDims(b, x, {axis}, ReduceKind::Max);
    FailureOr<Value> shifted = buildElementwise(
        b, type, ValueRange{x, max}, element,
        [&](ImplicitLocOpBuilder &body, ValueRange args) -> Value {
          return arith::SubFOp::create(body, args[0], args[1]);
        });
    if (failed(shifted))
      return failure();
    FailureOr<Value> exps = buildElementwise(
        b, type, ValueRange{*shifted}, element,
        [&](ImplicitLocOpBuilder &body, ValueRange args) -> Value {
          return math::ExpOp::create(body, args[0]);
        });
    if (failed(exps))
      return failure();
    Value sum = reduceKeepingDims(b, *exps, {axis}, ReduceKind::Sum);
    FailureOr<Value> result = buildElementwise(
        b, type, ValueRange{*shifted, sum}, element,
        [&](ImplicitLocOpBuilder &body, ValueRange args) -> Value {
          return arith::SubFOp::create(body, args[0],
                                       math::LogOp::create(body, args[1]));
        });
    if (failed(result))
      return failure();
    replaceWithCast(rewriter, op, b, *result);
    return success();
  }
};

/// BatchNormInference: gamma * (x - mean) / sqrt(variance + eps) + beta with
/// the per-channel inputs shaped [C, 1, ...] to broadcast over dimension 1.
struct BatchNormInferenceLowering : OpConversionPattern<BatchNormInferenceOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(BatchNormInferenceOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value data = adaptor.getData();
    auto type = dyn_cast<RankedTensorType>(data.getType());
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    SmallVector<Value> params = {adaptor.getGamma(), adaptor.getBeta(),
                                 adaptor.getMean(), adaptor.getVariance()};
    if (!type || !resultType || type.getRank() < 2 ||
        llvm::any_of(params, [](Value v) {
          auto t = dyn_cast<RankedTensorType>(v.getType());
          return !t || t.getRank() != 1;
        }))
      return rewriter.notifyMatchFailure(
          op, "needs ranked data of rank >= 2 and 1-D per-channel inputs");
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    Type element = type.getElementType();
    SmallVector<Value> inputs = {data};
    for (Value param : params)
      inputs.push_back(expandToChannel(b, param, type.getRank()));
    double epsilon = op.getEpsilon().convertToDouble();
    FailureOr<Value> result = buildElementwise(
        b, resultType, inputs, element,
        [&](ImplicitLocOpBuilder &body, ValueRange args) -> Value {
          Value x = args[0], gamma = args[1], beta = args[2], mean = args[3],
                variance = args[4];
          Value stddev = math::SqrtOp::create(
              body, arith::AddFOp::create(body, variance,
                                          scalar(body, element, epsilon)));
          Value normalized = arith::DivFOp::create(
              body, arith::SubFOp::create(body, x, mean), stddev);
          return arith::AddFOp::create(
              body, arith::MulFOp::create(body, gamma, normalized), beta);
        });
    if (failed(result))
      return failure();
    replaceWithCast(rewriter, op, b, *result);
    return success();
  }
};

/// MVN-6: d = x - mean(x); with normalize_variance d / sqrt(mean(d^2) + eps)
/// (inside_sqrt) or d / (sqrt(mean(d^2)) + eps) (outside_sqrt).
struct MVNLowering : OpConversionPattern<MVNOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(MVNOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value x = adaptor.getData();
    auto type = dyn_cast<RankedTensorType>(x.getType());
    if (!type)
      return rewriter.notifyMatchFailure(op, "needs a ranked input");
    FailureOr<SmallVector<int64_t>> axes =
        getNormAxes(op.getAxes(), type.getRank());
    if (failed(axes))
      return rewriter.notifyMatchFailure(op,
                                         "needs constant axes within the rank");
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    Type element = type.getElementType();
    Value count = countElements(b, x, *axes, element);
    Value sum = reduceKeepingDims(b, x, *axes, ReduceKind::Sum);
    FailureOr<Value> centered = buildElementwise(
        b, type, ValueRange{x, sum}, element,
        [&](ImplicitLocOpBuilder &body, ValueRange args) -> Value {
          Value mean = arith::DivFOp::create(body, args[1], count);
          return arith::SubFOp::create(body, args[0], mean);
        });
    if (failed(centered))
      return failure();
    if (!op.getNormalizeVariance()) {
      replaceWithCast(rewriter, op, b, *centered);
      return success();
    }
    // The squares are made in the reduction: no tensor of them.
    Value squareSum = buildReduction(
        b, *centered, *axes, /*keepDims=*/true,
        getIdentity(b, ReduceKind::Sum, element),
        [](ImplicitLocOpBuilder &body, Value acc, Value d) -> Value {
          return arith::AddFOp::create(body, acc,
                                       arith::MulFOp::create(body, d, d));
        });
    double eps = op.getEps().convertToDouble();
    bool inside = op.getEpsMode() == MVNEpsMode::inside_sqrt;
    FailureOr<Value> result = buildElementwise(
        b, type, ValueRange{*centered, squareSum}, element,
        [&](ImplicitLocOpBuilder &body, ValueRange args) -> Value {
          Value variance = arith::DivFOp::create(body, args[1], count);
          Value epsilon = scalar(body, element, eps);
          Value stddev =
              inside
                  ? Value(math::SqrtOp::create(
                        body, arith::AddFOp::create(body, variance, epsilon)))
                  : Value(arith::AddFOp::create(
                        body, math::SqrtOp::create(body, variance), epsilon));
          return arith::DivFOp::create(body, args[0], stddev);
        });
    if (failed(result))
      return failure();
    replaceWithCast(rewriter, op, b, *result);
    return success();
  }
};

/// NormalizeL2: x / sqrt(sum(x^2) + eps) (add) or x / sqrt(max(sum(x^2),
/// eps)) (max), the sum over `axes`.
struct NormalizeL2Lowering : OpConversionPattern<NormalizeL2Op> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(NormalizeL2Op op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value x = adaptor.getData();
    auto type = dyn_cast<RankedTensorType>(x.getType());
    if (!type)
      return rewriter.notifyMatchFailure(op, "needs a ranked input");
    FailureOr<SmallVector<int64_t>> axes =
        getNormAxes(op.getAxes(), type.getRank());
    if (failed(axes))
      return rewriter.notifyMatchFailure(op,
                                         "needs constant axes within the rank");
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    Type element = type.getElementType();
    FailureOr<Value> squares = buildElementwise(
        b, type, ValueRange{x}, element,
        [&](ImplicitLocOpBuilder &body, ValueRange args) -> Value {
          return arith::MulFOp::create(body, args[0], args[0]);
        });
    if (failed(squares))
      return failure();
    Value sum = reduceKeepingDims(b, *squares, *axes, ReduceKind::Sum);
    double eps = op.getEps().convertToDouble();
    bool add = op.getEpsMode() == EpsMode::add;
    FailureOr<Value> result = buildElementwise(
        b, type, ValueRange{x, sum}, element,
        [&](ImplicitLocOpBuilder &body, ValueRange args) -> Value {
          Value epsilon = scalar(body, element, eps);
          Value guarded =
              add ? Value(arith::AddFOp::create(body, args[1], epsilon))
                  : Value(arith::MaximumFOp::create(body, args[1], epsilon));
          return arith::DivFOp::create(body, args[0],
                                       math::SqrtOp::create(body, guarded));
        });
    if (failed(result))
      return failure();
    replaceWithCast(rewriter, op, b, *result);
    return success();
  }
};

} // namespace

void lowering::populateNormalizationLowerings(RewritePatternSet &patterns) {
  patterns.add<LogSoftmaxLowering, BatchNormInferenceLowering, MVNLowering,
               NormalizeL2Lowering>(patterns.getContext());
}
