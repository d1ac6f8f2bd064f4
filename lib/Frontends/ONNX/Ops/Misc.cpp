//===- Misc.cpp - ONNX activations and math without a family --------------===//
//
// Activations and math ops. Those with an OV op of their own map onto it;
// the others become small subgraphs, as in OpenVINO's ONNX frontend (Selu
// and Celu around Elu, HardSigmoid as a clamped affine map, BitShift as a
// multiplication or division by a power of two, ...).
//
//===----------------------------------------------------------------------===//

#include "../ConverterRegistry.h"
#include "ConverterUtils.h"

#include "ovmlir/Dialect/OV/IR/OVOps.h"
#include "ovmlir/Dialect/OV/IR/ShapeUtils.h"

#include "llvm/ADT/APFloat.h"

#include <cmath>
#include <limits>

using namespace mlir;
using namespace mlir::ov;
using namespace mlir::ov::onnx_import;

namespace {

//===----------------------------------------------------------------------===//
// Activations
//===----------------------------------------------------------------------===//

/// LeakyRelu: PRelu with a scalar slope `alpha`.
FailureOr<ValueList> convertLeakyRelu(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "X");
  FailureOr<float> alpha = ctx.getFloat("alpha", 0.01f);
  if (failed(x) || failed(alpha))
    return failure();
  Value slope = ctx.constantScalar(getElementType(*x), *alpha);
  return single(ctx.create<PReluOp>({*x, slope}));
}

FailureOr<ValueList> convertPRelu(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "X");
  FailureOr<Value> slope = ctx.getRequiredInput(1, "slope");
  if (failed(x) || failed(slope))
    return failure();
  return single(ctx.create<PReluOp>({*x, *slope}));
}

FailureOr<Value> buildElu(NodeContext &ctx, Value x, double alpha) {
  return ctx.create<EluOp>(
      {x}, {ctx.namedAttr("alpha", ctx.getBuilder().getF64FloatAttr(alpha))});
}

FailureOr<ValueList> convertElu(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "X");
  FailureOr<float> alpha = ctx.getFloat("alpha", 1.0f);
  if (failed(x) || failed(alpha))
    return failure();
  return single(buildElu(ctx, *x, *alpha));
}

/// Selu: gamma * Elu(x, alpha) (Elu is x for x > 0, alpha * (exp(x) - 1)
/// otherwise, which is Selu's definition without the gamma).
FailureOr<ValueList> convertSelu(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "X");
  FailureOr<float> alpha = ctx.getFloat("alpha", 1.67326319217681884765625f);
  FailureOr<float> gamma = ctx.getFloat("gamma", 1.05070102214813232421875f);
  if (failed(x) || failed(alpha) || failed(gamma))
    return failure();
  FailureOr<Value> elu = buildElu(ctx, *x, *alpha);
  if (failed(elu))
    return failure();
  Value gammaConst = ctx.constantScalar(getElementType(*x), *gamma);
  return single(ctx.create<MultiplyOp>({*elu, gammaConst}));
}

/// Celu: alpha * Elu(x / alpha, 1).
FailureOr<ValueList> convertCelu(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "X");
  FailureOr<float> alpha = ctx.getFloat("alpha", 1.0f);
  if (failed(x) || failed(alpha))
    return failure();
  Value alphaConst = ctx.constantScalar(getElementType(*x), *alpha);
  FailureOr<Value> scaled = ctx.create<DivideOp>({*x, alphaConst});
  if (failed(scaled))
    return failure();
  FailureOr<Value> elu = buildElu(ctx, *scaled, 1.0);
  if (failed(elu))
    return failure();
  return single(ctx.create<MultiplyOp>({alphaConst, *elu}));
}

/// HardSigmoid: max(0, min(1, alpha * x + beta)); HSigmoid when alpha and
/// beta are HSigmoid's 1/6 and 1/2 (as in HardSwish's expansion).
FailureOr<ValueList> convertHardSigmoid(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "X");
  FailureOr<float> alpha = ctx.getFloat("alpha", 0.2f);
  FailureOr<float> beta = ctx.getFloat("beta", 0.5f);
  if (failed(x) || failed(alpha) || failed(beta))
    return failure();
  if (*alpha == 1.0f / 6.0f && *beta == 0.5f)
    return single(ctx.create<HSigmoidOp>({*x}));
  Type elementType = getElementType(*x);
  FailureOr<Value> scaled =
      ctx.create<MultiplyOp>({*x, ctx.constantScalar(elementType, *alpha)});
  if (failed(scaled))
    return failure();
  FailureOr<Value> shifted =
      ctx.create<AddOp>({*scaled, ctx.constantScalar(elementType, *beta)});
  if (failed(shifted))
    return failure();
  OpBuilder &b = ctx.getBuilder();
  return single(ctx.create<ClampOp>(
      {*shifted}, {ctx.namedAttr("min", b.getF64FloatAttr(0)),
                   ctx.namedAttr("max", b.getF64FloatAttr(1))}));
}

/// Softsign: x / (1 + |x|).
FailureOr<ValueList> convertSoftsign(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "input");
  if (failed(x))
    return failure();
  FailureOr<Value> abs = ctx.create<AbsOp>({*x});
  if (failed(abs))
    return failure();
  FailureOr<Value> denominator =
      ctx.create<AddOp>({*abs, ctx.constantScalar(getElementType(*x), 1.0)});
  if (failed(denominator))
    return failure();
  return single(ctx.create<DivideOp>({*x, *denominator}));
}

/// ThresholdedRelu: x * (x > alpha), the mask converted to x's type.
FailureOr<ValueList> convertThresholdedRelu(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "X");
  FailureOr<float> alpha = ctx.getFloat("alpha", 1.0f);
  if (failed(x) || failed(alpha))
    return failure();
  Type elementType = getElementType(*x);
  FailureOr<Value> mask =
      ctx.create<GreaterOp>({*x, ctx.constantScalar(elementType, *alpha)});
  if (failed(mask))
    return failure();
  FailureOr<Value> maskValues = ctx.create<ConvertOp>(
      {*mask}, {ctx.namedAttr("destination_type", TypeAttr::get(elementType))});
  if (failed(maskValues))
    return failure();
  return single(ctx.create<MultiplyOp>({*x, *maskValues}));
}

//===----------------------------------------------------------------------===//
// Clip
//===----------------------------------------------------------------------===//

/// The lowest and the largest finite values of a float element type.
std::pair<double, double> getFloatRange(Type elementType) {
  const llvm::fltSemantics &semantics =
      cast<FloatType>(elementType).getFloatSemantics();
  return {
      llvm::APFloat::getLargest(semantics, /*Negative=*/true).convertToDouble(),
      llvm::APFloat::getLargest(semantics).convertToDouble()};
}

FailureOr<Value> buildClamp(NodeContext &ctx, Value x, double min, double max) {
  OpBuilder &b = ctx.getBuilder();
  return ctx.create<ClampOp>({x},
                             {ctx.namedAttr("min", b.getF64FloatAttr(min)),
                              ctx.namedAttr("max", b.getF64FloatAttr(max))});
}

/// Clip-1/6: `min` and `max` attributes, the type's range when absent.
FailureOr<ValueList> convertClip1(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "input");
  if (failed(x))
    return failure();
  Type elementType = getElementType(*x);
  if (!isa<FloatType>(elementType))
    return ctx.fail("Clip before opset 11 takes float inputs");
  // The defaults stay doubles: as floats they would be infinite for f64.
  auto [min, max] = getFloatRange(elementType);
  FailureOr<float> minAttr = ctx.getFloat("min", min);
  FailureOr<float> maxAttr = ctx.getFloat("max", max);
  if (failed(minAttr) || failed(maxAttr))
    return failure();
  if (ctx.hasAttr("min"))
    min = *minAttr;
  if (ctx.hasAttr("max"))
    max = *maxAttr;
  return single(buildClamp(ctx, *x, min, max));
}

/// The value of a one-element constant bound, if it is one.
std::optional<double> getConstantBound(Value bound) {
  std::optional<SmallVector<double>> values = getConstantFloatValues(bound);
  if (!values || values->size() != 1)
    return std::nullopt;
  return values->front();
}

/// Clip-11+: optional `min` and `max` inputs. Constant bounds (of a float
/// input, or both given for integers of up to 32 bits) give a Clamp; otherwise
/// Maximum and Minimum with the given bounds (min > max gives max everywhere,
/// as in ONNX).
FailureOr<ValueList> convertClip11(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "input");
  if (failed(x))
    return failure();
  Value min = ctx.getInput(1), max = ctx.getInput(2);
  if (!min && !max)
    return ValueList{*x};

  Type elementType = getElementType(*x);
  std::optional<double> minValue, maxValue;
  bool isFloat = isa<FloatType>(elementType);
  if (isFloat)
    std::tie(minValue, maxValue) = getFloatRange(elementType);
  // Integer bounds fit a Clamp's f64 attributes exactly up to 32 bits.
  bool constantBounds =
      isFloat || (min && max && elementType.getIntOrFloatBitWidth() <= 32);
  if (min && constantBounds)
    constantBounds = bool(minValue = getConstantBound(min));
  if (max && constantBounds)
    constantBounds = bool(maxValue = getConstantBound(max));
  if (constantBounds && *minValue <= *maxValue)
    return single(buildClamp(ctx, *x, *minValue, *maxValue));

  FailureOr<Value> result = *x;
  if (min)
    result = ctx.create<MaximumOp>({*result, min});
  if (succeeded(result) && max)
    result = ctx.create<MinimumOp>({*result, max});
  return single(result);
}

//===----------------------------------------------------------------------===//
// Math
//===----------------------------------------------------------------------===//

/// Reciprocal: 1 / x.
FailureOr<ValueList> convertReciprocal(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "X");
  if (failed(x))
    return failure();
  Value one = ctx.constantScalar(getElementType(*x), 1.0);
  return single(ctx.create<DivideOp>({one, *x}));
}

/// Mod: fmod=1 is C's fmod (Mod, the dividend's sign), fmod=0 Python's %
/// (FloorMod, the divisor's sign), which ONNX allows for integers only.
FailureOr<ValueList> convertMod(NodeContext &ctx) {
  FailureOr<Value> a = ctx.getRequiredInput(0, "A");
  FailureOr<Value> b = ctx.getRequiredInput(1, "B");
  FailureOr<int64_t> fmod = ctx.getInt("fmod", 0);
  if (failed(a) || failed(b) || failed(fmod))
    return failure();
  if (*fmod == 1)
    return single(ctx.create<ModOp>({*a, *b}));
  if (*fmod != 0)
    return ctx.fail("fmod must be 0 or 1, got " + Twine(*fmod));
  if (isa<FloatType>(getElementType(*a)))
    return ctx.fail("fmod must be 1 for floating-point inputs");
  return single(ctx.create<FloorModOp>({*a, *b}));
}

/// IsNaN: x != x (true only for NaN).
FailureOr<ValueList> convertIsNaN(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "X");
  if (failed(x))
    return failure();
  return single(ctx.create<NotEqualOp>({*x, *x}));
}

/// IsInf: a comparison with infinity; |x| == inf for both signs. With
/// neither sign detected nothing matches: x == NaN is false everywhere.
FailureOr<ValueList> convertIsInf(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "X");
  FailureOr<int64_t> negative = ctx.getInt("detect_negative", 1);
  FailureOr<int64_t> positive = ctx.getInt("detect_positive", 1);
  if (failed(x) || failed(negative) || failed(positive))
    return failure();
  Type elementType = getElementType(*x);
  double inf = std::numeric_limits<double>::infinity();
  if (*negative && *positive) {
    FailureOr<Value> abs = ctx.create<AbsOp>({*x});
    if (failed(abs))
      return failure();
    return single(
        ctx.create<EqualOp>({*abs, ctx.constantScalar(elementType, inf)}));
  }
  double target = *positive   ? inf
                  : *negative ? -inf
                              : std::numeric_limits<double>::quiet_NaN();
  return single(
      ctx.create<EqualOp>({*x, ctx.constantScalar(elementType, target)}));
}

/// BitShift: x * 2^y (LEFT) or x / 2^y (RIGHT) on unsigned integers.
FailureOr<ValueList> convertBitShift(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "X");
  FailureOr<Value> y = ctx.getRequiredInput(1, "Y");
  FailureOr<std::string> direction = ctx.getString("direction");
  if (failed(x) || failed(y) || failed(direction))
    return failure();
  if (*direction != "LEFT" && *direction != "RIGHT")
    return ctx.fail("direction must be 'LEFT' or 'RIGHT', got '" + *direction +
                    "'");
  FailureOr<Value> shift =
      ctx.create<PowerOp>({ctx.constantScalar(getElementType(*y), 2), *y});
  if (failed(shift))
    return failure();
  if (*direction == "LEFT")
    return single(ctx.create<MultiplyOp>({*x, *shift}));
  return single(ctx.create<DivideOp>({*x, *shift}));
}

} // namespace

void onnx_import::registerMiscConverters(ConverterRegistry &registry) {
  registry.add("LeakyRelu", 1, convertLeakyRelu);
  registry.add("PRelu", 1, convertPRelu);
  registry.add("Elu", 1, convertElu);
  registry.add("Selu", 1, convertSelu);
  registry.add("Celu", 12, convertCelu);
  registry.add("HardSigmoid", 1, convertHardSigmoid);
  registry.add("Softsign", 1, convertSoftsign);
  registry.add("ThresholdedRelu", 10, convertThresholdedRelu);
  registry.add("Clip", 1, convertClip1);
  registry.add("Clip", 11, convertClip11);
  registry.add("Reciprocal", 1, convertReciprocal);
  registry.add("Mod", 10, convertMod);
  registry.add("IsNaN", 9, convertIsNaN);
  registry.add("IsInf", 10, convertIsInf);
  registry.add("BitShift", 11, convertBitShift);
  registry.add("Tan", 7, convertUnary<TanOp>);
  registry.add("Asin", 7, convertUnary<AsinOp>);
  registry.add("Acos", 7, convertUnary<AcosOp>);
  registry.add("Atan", 7, convertUnary<AtanOp>);
  registry.add("Sinh", 9, convertUnary<SinhOp>);
  registry.add("Cosh", 9, convertUnary<CoshOp>);
  registry.add("Asinh", 9, convertUnary<AsinhOp>);
  registry.add("Acosh", 9, convertUnary<AcoshOp>);
  registry.add("Atanh", 9, convertUnary<AtanhOp>);
}
