//===- Elementwise.cpp - ONNX elementwise math, logic and activations -----===//
//
// Binary ops broadcast numpy-style from opset 7 (earlier opsets broadcast
// only with `broadcast=1`, aligning the second input at `axis`); variadic
// Max/Min/Sum/Mean fold pairwise; activations without an OV op of their own
// become small subgraphs, as in OpenVINO's ONNX frontend.
//
//===----------------------------------------------------------------------===//

#include "../ConverterRegistry.h"
#include "ConverterUtils.h"

#include "ovmlir/Dialect/OV/IR/OVOps.h"

using namespace mlir;
using namespace mlir::ov;
using namespace mlir::ov::onnx_import;

namespace {

/// The inputs of a binary node, with the second one aligned for legacy
/// (opset < 7) broadcasting: `broadcast=1` with `axis` places it at that
/// axis of the first input, so it gets trailing unit dimensions.
FailureOr<std::pair<Value, Value>> getBinaryInputs(NodeContext &ctx) {
  FailureOr<Value> lhs = ctx.getRequiredInput(0, "A");
  FailureOr<Value> rhs = ctx.getRequiredInput(1, "B");
  if (failed(lhs) || failed(rhs))
    return failure();
  if (ctx.getOpsetVersion() >= 7)
    return std::make_pair(*lhs, *rhs);
  FailureOr<int64_t> broadcast = ctx.getInt("broadcast", 0);
  if (failed(broadcast))
    return failure();
  if (*broadcast == 0 || !ctx.hasAttr("axis"))
    return std::make_pair(*lhs, *rhs);
  FailureOr<int64_t> axis = ctx.getInt("axis");
  std::optional<int64_t> lhsRank = getRank(*lhs), rhsRank = getRank(*rhs);
  if (failed(axis))
    return failure();
  if (!lhsRank || !rhsRank)
    return ctx.fail("legacy broadcasting with 'axis' needs ranked inputs");
  int64_t start = *axis < 0 ? *axis + *lhsRank : *axis;
  int64_t trailing = *lhsRank - start - *rhsRank;
  if (start < 0 || trailing < 0)
    return ctx.fail("broadcast axis " + Twine(*axis) + " does not fit ranks " +
                    Twine(*lhsRank) + " and " + Twine(*rhsRank));
  if (trailing == 0)
    return std::make_pair(*lhs, *rhs);
  SmallVector<int64_t> axes;
  for (int64_t i = 0; i < trailing; ++i)
    axes.push_back(*rhsRank + i);
  FailureOr<Value> aligned =
      ctx.create<UnsqueezeOp>({*rhs, ctx.constantI64(axes)});
  if (failed(aligned))
    return failure();
  return std::make_pair(*lhs, *aligned);
}

template <typename OpTy> FailureOr<ValueList> convertBinary(NodeContext &ctx) {
  auto inputs = getBinaryInputs(ctx);
  if (failed(inputs))
    return failure();
  FailureOr<Value> result = ctx.create<OpTy>({inputs->first, inputs->second});
  if (failed(result))
    return failure();
  return ValueList{*result};
}

/// Div: integer division truncates in ONNX (C semantics), so OpenVINO's
/// Python-style flooring is off.
FailureOr<ValueList> convertDiv(NodeContext &ctx) {
  auto inputs = getBinaryInputs(ctx);
  if (failed(inputs))
    return failure();
  FailureOr<Value> result = ctx.create<DivideOp>(
      {inputs->first, inputs->second},
      {ctx.namedAttr("m_pythondiv", ctx.getBuilder().getBoolAttr(false))});
  if (failed(result))
    return failure();
  return ValueList{*result};
}

FailureOr<ValueList> convertIdentity(NodeContext &ctx) {
  FailureOr<Value> input = ctx.getRequiredInput(0, "input");
  if (failed(input))
    return failure();
  return ValueList{*input};
}

/// Max, Min, Sum (and Mean, divided by the count) over 1..N inputs.
template <typename OpTy, bool isMean = false>
FailureOr<ValueList> convertVariadic(NodeContext &ctx) {
  FailureOr<Value> acc = ctx.getRequiredInput(0, "data_0");
  if (failed(acc))
    return failure();
  for (size_t i = 1; i < ctx.getNumInputs(); ++i) {
    FailureOr<Value> next =
        ctx.getRequiredInput(i, "data_" + std::to_string(i));
    if (failed(next))
      return failure();
    acc = ctx.create<OpTy>({*acc, *next});
    if (failed(acc))
      return failure();
  }
  if (isMean && ctx.getNumInputs() > 1) {
    Value count = ctx.constantScalar(getElementType(*acc),
                                     static_cast<double>(ctx.getNumInputs()));
    acc = ctx.create<DivideOp>({*acc, count});
    if (failed(acc))
      return failure();
  }
  return ValueList{*acc};
}

FailureOr<ValueList> convertWhere(NodeContext &ctx) {
  FailureOr<Value> cond = ctx.getRequiredInput(0, "condition");
  FailureOr<Value> x = ctx.getRequiredInput(1, "X");
  FailureOr<Value> y = ctx.getRequiredInput(2, "Y");
  if (failed(cond) || failed(x) || failed(y))
    return failure();
  FailureOr<Value> result = ctx.create<SelectOp>({*cond, *x, *y});
  if (failed(result))
    return failure();
  return ValueList{*result};
}

/// Pow: from opset 12 the exponent may have another element type than the
/// base; it is converted to the base's type (the result has the base's).
FailureOr<ValueList> convertPow(NodeContext &ctx) {
  FailureOr<std::pair<Value, Value>> inputs = getBinaryInputs(ctx);
  if (failed(inputs))
    return failure();
  auto [base, exponent] = *inputs;
  Type baseType = getElementType(base);
  if (getElementType(exponent) != baseType) {
    FailureOr<Value> converted = ctx.create<ConvertOp>(
        {exponent},
        {ctx.namedAttr("destination_type", TypeAttr::get(baseType))});
    if (failed(converted))
      return failure();
    exponent = *converted;
  }
  FailureOr<Value> result = ctx.create<PowerOp>({base, exponent});
  if (failed(result))
    return failure();
  return ValueList{*result};
}

} // namespace

void onnx_import::registerElementwiseConverters(ConverterRegistry &registry) {
  registry.add("Add", 1, convertBinary<AddOp>);
  registry.add("Sub", 1, convertBinary<SubtractOp>);
  registry.add("Mul", 1, convertBinary<MultiplyOp>);
  registry.add("Div", 1, convertDiv);
  registry.add("Pow", 1, convertPow);
  registry.add("Equal", 1, convertBinary<EqualOp>);
  registry.add("Less", 1, convertBinary<LessOp>);
  registry.add("Greater", 1, convertBinary<GreaterOp>);
  registry.add("LessOrEqual", 12, convertBinary<LessEqualOp>);
  registry.add("GreaterOrEqual", 12, convertBinary<GreaterEqualOp>);
  registry.add("And", 1, convertBinary<LogicalAndOp>);
  registry.add("Or", 1, convertBinary<LogicalOrOp>);
  registry.add("Xor", 1, convertBinary<LogicalXorOp>);
  registry.add("Not", 1, convertUnary<LogicalNotOp>);
  registry.add("Where", 9, convertWhere);
  registry.add("Max", 1, convertVariadic<MaximumOp>);
  registry.add("Min", 1, convertVariadic<MinimumOp>);
  registry.add("Sum", 1, convertVariadic<AddOp>);
  registry.add("Mean", 1, convertVariadic<AddOp, /*isMean=*/true>);
  registry.add("Identity", 1, convertIdentity);
  registry.add("Relu", 1, convertUnary<ReluOp>);
  registry.add("Sigmoid", 1, convertUnary<SigmoidOp>);
  registry.add("Tanh", 1, convertUnary<TanhOp>);
  registry.add("Exp", 1, convertUnary<ExpOp>);
  registry.add("Log", 1, convertUnary<LogOp>);
  registry.add("Sqrt", 1, convertUnary<SqrtOp>);
  registry.add("Abs", 1, convertUnary<AbsOp>);
  registry.add("Neg", 1, convertUnary<NegativeOp>);
  registry.add("Floor", 1, convertUnary<FloorOp>);
  registry.add("Ceil", 1, convertUnary<CeilingOp>);
  registry.add("Round", 11, convertUnary<RoundOp>);
  registry.add("Erf", 9, convertUnary<ErfOp>);
  registry.add("Sin", 7, convertUnary<SinOp>);
  registry.add("Cos", 7, convertUnary<CosOp>);
  registry.add("Sign", 9, convertUnary<SignOp>);
  registry.add("Softplus", 1, convertUnary<SoftPlusOp>);
  registry.add("HardSwish", 14, convertUnary<HSwishOp>);
  registry.add("Mish", 18, convertUnary<MishOp>);
}
