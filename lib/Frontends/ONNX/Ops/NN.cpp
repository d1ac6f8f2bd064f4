//===- NN.cpp - ONNX convolution, pooling, normalization, resize ----------===//
//
// Neural-network ops, mapped as OpenVINO's ONNX frontend maps them:
// Conv / ConvTranspose onto (Group)Convolution / ConvolutionBackpropData
// with the bias added as [1, C, 1, ...]; Gemm as MatMul with alpha / beta
// scaling; pooling onto MaxPool-8 / AvgPool and reductions for the global
// forms; normalizations onto BatchNormInference and MVN; Softmax-1/11 on a
// 2-D view of the input; Resize / Upsample onto Interpolate-11; GridSample
// onto GridSample-9. Ops without an OV counterpart (LRN, LpPool, MaxUnpool,
// GroupNormalization) become small subgraphs. BatchNormalization's
// training_mode (opset 14+) computes the batch statistics with ReduceMean;
// the training outputs of older opsets and random Dropout are rejected with
// a clear error.
//
//===----------------------------------------------------------------------===//

#include "../ConverterRegistry.h"
#include "ConverterUtils.h"

#include "ovmlir/Dialect/OV/IR/OVOps.h"
#include "ovmlir/Dialect/OV/IR/ShapeUtils.h"

#include "llvm/ADT/Sequence.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/FormatVariadic.h"

#include <cmath>
#include <limits>

using namespace mlir;
using namespace mlir::ov;
using namespace mlir::ov::onnx_import;

namespace {

std::string joinInts(ArrayRef<int64_t> values) {
  std::string text;
  llvm::raw_string_ostream os(text);
  llvm::interleaveComma(values, os);
  return text;
}

//===----------------------------------------------------------------------===//
// Shape helpers
//===----------------------------------------------------------------------===//

FailureOr<Value> buildReshape(NodeContext &ctx, Value data, Value shape,
                              bool specialZero = false) {
  return ctx.create<ReshapeOp>(
      {data, shape},
      {ctx.namedAttr("special_zero",
                     ctx.getBuilder().getBoolAttr(specialZero))});
}

/// The shape of `data`: a constant when static, otherwise ShapeOf.
FailureOr<Value> buildShapeOf(NodeContext &ctx, Value data) {
  auto type = dyn_cast<RankedTensorType>(data.getType());
  if (type && type.hasStaticShape())
    return ctx.constantI64(type.getShape());
  return ctx.create<ShapeOfOp>({data});
}

FailureOr<Value> buildConcat(NodeContext &ctx, ValueRange inputs,
                             int64_t axis) {
  return ctx.create<ConcatOp>(
      inputs,
      {ctx.namedAttr("axis", ctx.getBuilder().getI64IntegerAttr(axis))});
}

/// Elements [begin, end) of the 1-D `vector`.
FailureOr<Value> buildSlice1D(NodeContext &ctx, Value vector, int64_t begin,
                              int64_t end) {
  return ctx.create<SliceOp>({vector, ctx.constantI64({begin}),
                              ctx.constantI64({end}), ctx.constantI64({1}),
                              ctx.constantI64({0})});
}

/// The static shape of `value`, if it has one.
std::optional<SmallVector<int64_t>> getStaticShape(Value value) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  if (!type || !type.hasStaticShape())
    return std::nullopt;
  return SmallVector<int64_t>(type.getShape());
}

/// Axes [first, rank) of `data`: a constant when the rank is known,
/// otherwise Range(first, rank) from the shape of the shape.
FailureOr<Value> buildTrailingAxes(NodeContext &ctx, Value data,
                                   int64_t first) {
  if (std::optional<int64_t> rank = getRank(data))
    return ctx.constantI64(llvm::to_vector(llvm::seq<int64_t>(first, *rank)));
  FailureOr<Value> shape = buildShapeOf(ctx, data);
  if (failed(shape))
    return failure();
  FailureOr<Value> rank = buildShapeOf(ctx, *shape);
  if (failed(rank))
    return failure();
  FailureOr<Value> scalarRank =
      ctx.create<SqueezeOp>({*rank, ctx.constantI64({0})});
  if (failed(scalarRank))
    return failure();
  return ctx.create<RangeOp>(
      {ctx.constantI64({first}, /*scalar=*/true), *scalarRank,
       ctx.constantI64({1}, /*scalar=*/true)},
      {ctx.namedAttr("output_type",
                     TypeAttr::get(ctx.getBuilder().getI64Type()))});
}

/// A per-channel vector [C] reshaped to [1, C, 1, ...] for an input of
/// `rank` dimensions, so that it broadcasts along the channel axis.
FailureOr<Value> buildChannelVector(NodeContext &ctx, Value vector,
                                    int64_t rank) {
  SmallVector<int64_t> shape(std::max<int64_t>(rank, 2), 1);
  shape[1] = -1;
  return buildReshape(ctx, vector, ctx.constantI64(shape));
}

/// `data` viewed as 2-D [d0 * ... * d(axis-1), d(axis) * ...], as ONNX's
/// Flatten / Softmax-1 coercion do.
FailureOr<Value> buildFlatten2D(NodeContext &ctx, Value data, int64_t axis) {
  if (std::optional<SmallVector<int64_t>> shape = getStaticShape(data)) {
    int64_t outer = 1, inner = 1;
    for (auto [i, dim] : llvm::enumerate(*shape))
      (static_cast<int64_t>(i) < axis ? outer : inner) *= dim;
    return buildReshape(ctx, data, ctx.constantI64({outer, inner}));
  }
  if (axis == 0)
    return buildReshape(ctx, data, ctx.constantI64({1, -1}));
  FailureOr<Value> shape = buildShapeOf(ctx, data);
  if (failed(shape))
    return failure();
  FailureOr<Value> leading = buildSlice1D(ctx, *shape, 0, axis);
  if (failed(leading))
    return failure();
  FailureOr<Value> outer = ctx.create<ReduceProdOp>(
      {*leading, ctx.constantI64({0})},
      {ctx.namedAttr("keep_dims", ctx.getBuilder().getBoolAttr(true))});
  if (failed(outer))
    return failure();
  FailureOr<Value> target =
      buildConcat(ctx, {*outer, ctx.constantI64({-1})}, 0);
  if (failed(target))
    return failure();
  return buildReshape(ctx, data, *target);
}

/// `value` reshaped back to the shape of `like`. With `sameDim0` (value's
/// first dimension is like's), a dynamic first dimension alone is copied
/// (special_zero), which keeps the other sizes known.
FailureOr<Value> buildReshapeLike(NodeContext &ctx, Value value, Value like,
                                  bool sameDim0 = false) {
  if (std::optional<SmallVector<int64_t>> shape = getStaticShape(like))
    return buildReshape(ctx, value, ctx.constantI64(*shape));
  auto type = dyn_cast<RankedTensorType>(like.getType());
  if (sameDim0 && type && type.getRank() > 0 &&
      llvm::count(type.getShape(), ShapedType::kDynamic) == 1 &&
      type.isDynamicDim(0) && !llvm::is_contained(type.getShape(), 0)) {
    SmallVector<int64_t> shape(type.getShape());
    shape[0] = 0;
    return buildReshape(ctx, value, ctx.constantI64(shape),
                        /*specialZero=*/true);
  }
  FailureOr<Value> shape = buildShapeOf(ctx, like);
  if (failed(shape))
    return failure();
  return buildReshape(ctx, value, *shape);
}

//===----------------------------------------------------------------------===//
// Window attributes (convolutions and pooling)
//===----------------------------------------------------------------------===//

struct Window {
  SmallVector<int64_t> kernel; // empty when the node has no kernel_shape
  SmallVector<int64_t> strides, dilations, padsBegin, padsEnd;
  PadType autoPad = PadType::explicit_;

  SmallVector<NamedAttribute> attrs(NodeContext &ctx, bool withDilations,
                                    bool withKernel) const {
    OpBuilder &b = ctx.getBuilder();
    SmallVector<NamedAttribute> result = {
        ctx.namedAttr("auto_pad", PadTypeAttr::get(ctx.getContext(), autoPad)),
        ctx.namedAttr("strides", b.getDenseI64ArrayAttr(strides)),
        ctx.namedAttr("pads_begin", b.getDenseI64ArrayAttr(padsBegin)),
        ctx.namedAttr("pads_end", b.getDenseI64ArrayAttr(padsEnd))};
    if (withDilations)
      result.push_back(
          ctx.namedAttr("dilations", b.getDenseI64ArrayAttr(dilations)));
    if (withKernel)
      result.push_back(ctx.namedAttr("kernel", b.getDenseI64ArrayAttr(kernel)));
    return result;
  }
};

/// The ONNX auto_pad string as OV's pad type.
FailureOr<PadType> getAutoPad(NodeContext &ctx) {
  FailureOr<std::string> autoPad = ctx.getString("auto_pad", "NOTSET");
  if (failed(autoPad))
    return failure();
  std::optional<PadType> padType =
      llvm::StringSwitch<std::optional<PadType>>(*autoPad)
          .Case("NOTSET", PadType::explicit_)
          .Case("SAME_UPPER", PadType::same_upper)
          .Case("SAME_LOWER", PadType::same_lower)
          .Case("VALID", PadType::valid)
          .Default(std::nullopt);
  if (!padType)
    return ctx.fail("auto_pad must be NOTSET, SAME_UPPER, SAME_LOWER or "
                    "VALID, got '" +
                    *autoPad + "'");
  return *padType;
}

/// Reads kernel_shape, strides, dilations (when `hasDilations`), pads and
/// auto_pad for `spatial` spatial dimensions, with ONNX's defaults (ones,
/// zero pads). `spatial` < 0 takes the count from kernel_shape.
FailureOr<Window> getWindow(NodeContext &ctx, int64_t spatial,
                            bool hasDilations = true) {
  Window window;
  FailureOr<SmallVector<int64_t>> kernel =
      ctx.getInts("kernel_shape", ArrayRef<int64_t>{});
  if (failed(kernel))
    return failure();
  window.kernel = *kernel;
  if (spatial < 0)
    spatial = kernel->size();
  if (spatial < 1)
    return ctx.fail("kernel_shape needs at least one spatial dimension");
  SmallVector<int64_t> ones(spatial, 1), zeros(2 * spatial, 0);
  FailureOr<SmallVector<int64_t>> strides = ctx.getInts("strides", ones);
  FailureOr<SmallVector<int64_t>> dilations =
      hasDilations ? ctx.getInts("dilations", ones) : ones;
  FailureOr<SmallVector<int64_t>> pads = ctx.getInts("pads", zeros);
  FailureOr<PadType> autoPad = getAutoPad(ctx);
  if (failed(strides) || failed(dilations) || failed(pads) || failed(autoPad))
    return failure();
  auto checkSize = [&](StringRef name, ArrayRef<int64_t> values,
                       int64_t expected) -> LogicalResult {
    if (static_cast<int64_t>(values.size()) == expected)
      return success();
    return ctx.fail(name + " has " + Twine(values.size()) + " values (" +
                    joinInts(values) + "), expected " + Twine(expected) +
                    " for " + Twine(spatial) + " spatial dimension(s)");
  };
  if ((!kernel->empty() &&
       failed(checkSize("kernel_shape", *kernel, spatial))) ||
      failed(checkSize("strides", *strides, spatial)) ||
      failed(checkSize("dilations", *dilations, spatial)) ||
      failed(checkSize("pads", *pads, 2 * spatial)))
    return failure();
  auto checkPositive = [&](StringRef name,
                           ArrayRef<int64_t> values) -> LogicalResult {
    if (llvm::all_of(values, [](int64_t v) { return v > 0; }))
      return success();
    return ctx.fail(name + " must be positive, got [" + joinInts(values) + "]");
  };
  if (failed(checkPositive("kernel_shape", *kernel)) ||
      failed(checkPositive("strides", *strides)) ||
      failed(checkPositive("dilations", *dilations)))
    return failure();
  if (llvm::any_of(*pads, [](int64_t v) { return v < 0; }))
    return ctx.fail("pads must not be negative, got [" + joinInts(*pads) + "]");
  window.strides = *strides;
  window.dilations = *dilations;
  window.padsBegin.assign(pads->begin(), pads->begin() + spatial);
  window.padsEnd.assign(pads->begin() + spatial, pads->end());
  window.autoPad = *autoPad;
  if (window.autoPad != PadType::explicit_) {
    // OV ignores the pads then; keep them zero as ONNX requires.
    window.padsBegin.assign(spatial, 0);
    window.padsEnd.assign(spatial, 0);
  }
  return window;
}

/// The number of spatial dimensions of a convolution: from kernel_shape,
/// else the filter's rank, else the data's.
FailureOr<int64_t> getConvSpatialRank(NodeContext &ctx, Value x, Value w) {
  if (const onnx::AttributeProto *kernel = ctx.findAttr("kernel_shape"))
    if (kernel->ints_size())
      return static_cast<int64_t>(kernel->ints_size());
  std::optional<int64_t> rank = getRank(w);
  if (!rank)
    rank = getRank(x);
  if (!rank)
    return ctx.fail("the number of spatial dimensions is unknown: X and W "
                    "have no rank and kernel_shape is absent");
  if (*rank < 3)
    return ctx.fail("convolution inputs need rank 3 or more (N, C and at "
                    "least one spatial dimension), got rank " +
                    Twine(*rank));
  return *rank - 2;
}

//===----------------------------------------------------------------------===//
// Conv and ConvTranspose
//===----------------------------------------------------------------------===//

/// Adds the per-output-channel bias `b` (if any) to `result` of rank
/// 2 + spatial.
FailureOr<Value> addChannelBias(NodeContext &ctx, Value result, Value b,
                                int64_t spatial) {
  if (!b)
    return result;
  FailureOr<Value> bias = buildChannelVector(ctx, b, spatial + 2);
  if (failed(bias))
    return failure();
  return ctx.create<AddOp>({result, *bias});
}

/// `w` [M, rest...] reshaped to [groups, M / groups, rest...].
FailureOr<Value> buildGroupedFilter(NodeContext &ctx, Value w, int64_t groups) {
  auto type = dyn_cast<RankedTensorType>(w.getType());
  if (type && llvm::all_of(type.getShape().drop_front(), [](int64_t d) {
        return d != ShapedType::kDynamic;
      })) {
    int64_t first = type.getDimSize(0);
    if (first != ShapedType::kDynamic && first % groups != 0)
      return ctx.fail("the filter's first dimension (" + Twine(first) +
                      ") does not divide by group (" + Twine(groups) + ")");
    SmallVector<int64_t> shape = {
        groups, first == ShapedType::kDynamic ? -1 : first / groups};
    llvm::append_range(shape, type.getShape().drop_front());
    return buildReshape(ctx, w, ctx.constantI64(shape));
  }
  // [groups, -1] + shape(w)[1:].
  FailureOr<Value> shape = buildShapeOf(ctx, w);
  if (failed(shape))
    return failure();
  FailureOr<Value> rest =
      buildSlice1D(ctx, *shape, 1, std::numeric_limits<int64_t>::max());
  if (failed(rest))
    return failure();
  FailureOr<Value> target =
      buildConcat(ctx, {ctx.constantI64({groups, -1}), *rest}, 0);
  if (failed(target))
    return failure();
  return buildReshape(ctx, w, *target);
}

/// Conv-1/11: Convolution, or GroupConvolution with the filter
/// [M, C/G, k...] reshaped to [G, M/G, C/G, k...]; then the bias.
FailureOr<ValueList> convertConv(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "X");
  FailureOr<Value> w = ctx.getRequiredInput(1, "W");
  FailureOr<int64_t> group = ctx.getInt("group", 1);
  if (failed(x) || failed(w) || failed(group))
    return failure();
  if (*group < 1)
    return ctx.fail("group must be positive, got " + Twine(*group));
  FailureOr<int64_t> spatial = getConvSpatialRank(ctx, *x, *w);
  if (failed(spatial))
    return failure();
  FailureOr<Window> window = getWindow(ctx, *spatial);
  if (failed(window))
    return failure();
  SmallVector<NamedAttribute> attrs =
      window->attrs(ctx, /*withDilations=*/true, /*withKernel=*/false);

  FailureOr<Value> result;
  if (*group == 1) {
    result = ctx.create<ConvolutionOp>({*x, *w}, attrs);
  } else {
    FailureOr<Value> filter = buildGroupedFilter(ctx, *w, *group);
    if (failed(filter))
      return failure();
    result = ctx.create<GroupConvolutionOp>({*x, *filter}, attrs);
  }
  if (failed(result))
    return failure();
  return single(addChannelBias(ctx, *result, ctx.getInput(2), *spatial));
}

/// ConvTranspose-1/11: ConvolutionBackpropData. ONNX derives the pads from
/// output_shape (or, with SAME_*, from input * stride); with static input
/// sizes they become explicit pads, otherwise the target sizes go to the
/// op's output_shape input. Groups split data and filter along channels.
FailureOr<ValueList> convertConvTranspose(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "X");
  FailureOr<Value> w = ctx.getRequiredInput(1, "W");
  FailureOr<int64_t> group = ctx.getInt("group", 1);
  if (failed(x) || failed(w) || failed(group))
    return failure();
  if (*group < 1)
    return ctx.fail("group must be positive, got " + Twine(*group));
  FailureOr<int64_t> spatial = getConvSpatialRank(ctx, *x, *w);
  if (failed(spatial))
    return failure();
  FailureOr<Window> window = getWindow(ctx, *spatial);
  SmallVector<int64_t> zeros(*spatial, 0);
  FailureOr<SmallVector<int64_t>> outputPadding =
      ctx.getInts("output_padding", zeros);
  FailureOr<SmallVector<int64_t>> outputShape =
      ctx.getInts("output_shape", ArrayRef<int64_t>{});
  if (failed(window) || failed(outputPadding) || failed(outputShape))
    return failure();
  if (static_cast<int64_t>(outputPadding->size()) != *spatial)
    return ctx.fail("output_padding has " + Twine(outputPadding->size()) +
                    " values, expected " + Twine(*spatial));
  // output_shape may list N and C too; only the spatial sizes count.
  if (!outputShape->empty()) {
    if (static_cast<int64_t>(outputShape->size()) < *spatial)
      return ctx.fail("output_shape has " + Twine(outputShape->size()) +
                      " values, expected at least " + Twine(*spatial));
    outputShape->erase(outputShape->begin(), outputShape->end() - *spatial);
  }

  // The target spatial sizes, when ONNX computes the pads from them.
  bool same = window->autoPad == PadType::same_upper ||
              window->autoPad == PadType::same_lower;
  auto xType = dyn_cast<RankedTensorType>(x->getType());
  auto wType = dyn_cast<RankedTensorType>(w->getType());
  Value outputShapeInput;
  PadType padType = window->autoPad;
  if (!outputShape->empty() || same) {
    bool upper = window->autoPad == PadType::same_upper;
    bool staticSizes = xType && wType && xType.getRank() == *spatial + 2 &&
                       wType.getRank() == *spatial + 2;
    for (int64_t i = 0; staticSizes && i < *spatial; ++i)
      staticSizes = !xType.isDynamicDim(i + 2) && !wType.isDynamicDim(i + 2);
    if (staticSizes) {
      for (int64_t i = 0; i < *spatial; ++i) {
        int64_t in = xType.getDimSize(i + 2), k = wType.getDimSize(i + 2);
        int64_t out =
            outputShape->empty() ? in * window->strides[i] : (*outputShape)[i];
        int64_t total = window->strides[i] * (in - 1) + (*outputPadding)[i] +
                        (k - 1) * window->dilations[i] + 1 - out;
        // A negative total asks for a larger output than the kernel
        // reaches: negative pads (ONNX halves with floor division, so a
        // single extra element goes at the end).
        int64_t half = llvm::divideFloorSigned(total, 2);
        window->padsBegin[i] = upper ? half : total - half;
        window->padsEnd[i] = upper ? total - half : half;
      }
      padType = PadType::explicit_;
    } else {
      if (!outputShape->empty()) {
        outputShapeInput = ctx.constantI64(*outputShape);
      } else {
        FailureOr<Value> shape = buildShapeOf(ctx, *x);
        if (failed(shape))
          return failure();
        FailureOr<Value> sizes =
            buildSlice1D(ctx, *shape, 2, std::numeric_limits<int64_t>::max());
        if (failed(sizes))
          return failure();
        FailureOr<Value> scaled =
            ctx.create<MultiplyOp>({*sizes, ctx.constantI64(window->strides)});
        if (failed(scaled))
          return failure();
        outputShapeInput = *scaled;
      }
      padType = upper ? PadType::same_upper : PadType::same_lower;
    }
  }
  Window opWindow = *window;
  opWindow.autoPad = padType;
  SmallVector<NamedAttribute> attrs =
      opWindow.attrs(ctx, /*withDilations=*/true, /*withKernel=*/false);
  attrs.push_back(ctx.namedAttr(
      "output_padding", ctx.getBuilder().getDenseI64ArrayAttr(*outputPadding)));

  auto buildBackprop = [&](Value data, Value filter) -> FailureOr<Value> {
    SmallVector<Value> operands = {data, filter};
    if (outputShapeInput)
      operands.push_back(outputShapeInput);
    return ctx.create<ConvolutionBackpropDataOp>(operands, attrs);
  };
  FailureOr<Value> result;
  if (*group == 1) {
    result = buildBackprop(*x, *w);
  } else {
    // No GroupConvolutionBackpropData op: one ConvolutionBackpropData per
    // group on the matching channels of data and filter, concatenated.
    Value axis = ctx.constantI64({1}, /*scalar=*/true);
    Value axis0 = ctx.constantI64({0}, /*scalar=*/true);
    OpBuilder &b = ctx.getBuilder();
    auto splitAttrs = {
        ctx.namedAttr("num_splits", b.getI64IntegerAttr(*group))};
    FailureOr<Operation *> xParts = ctx.createOp(
        SplitOp::getOperationName(), {*x, axis}, splitAttrs, *group);
    if (failed(xParts))
      return failure();
    FailureOr<Operation *> wParts = ctx.createOp(
        SplitOp::getOperationName(), {*w, axis0}, splitAttrs, *group);
    if (failed(wParts))
      return failure();
    SmallVector<Value> parts;
    for (int64_t g = 0; g < *group; ++g) {
      FailureOr<Value> part =
          buildBackprop((*xParts)->getResult(g), (*wParts)->getResult(g));
      if (failed(part))
        return failure();
      parts.push_back(*part);
    }
    result = buildConcat(ctx, parts, 1);
  }
  if (failed(result))
    return failure();
  return single(addChannelBias(ctx, *result, ctx.getInput(2), *spatial));
}

//===----------------------------------------------------------------------===//
// Gemm and MatMul
//===----------------------------------------------------------------------===//

/// Gemm: alpha * op(A) * op(B) + beta * C, op transposing on transA /
/// transB. C is optional from opset 11; before opset 7 the `broadcast`
/// attribute allowed a broadcast C, which numpy broadcasting covers.
FailureOr<ValueList> convertGemm(NodeContext &ctx) {
  FailureOr<Value> a = ctx.getRequiredInput(0, "A");
  FailureOr<Value> b = ctx.getRequiredInput(1, "B");
  FailureOr<int64_t> transA = ctx.getInt("transA", 0);
  FailureOr<int64_t> transB = ctx.getInt("transB", 0);
  FailureOr<float> alpha = ctx.getFloat("alpha", 1.0f);
  FailureOr<float> beta = ctx.getFloat("beta", 1.0f);
  if (failed(a) || failed(b) || failed(transA) || failed(transB) ||
      failed(alpha) || failed(beta))
    return failure();
  if (ctx.getOpsetVersion() < 7 && failed(ctx.getInt("broadcast", 0)))
    return failure();
  Value c = ctx.getInput(2);
  if (!c && ctx.getOpsetVersion() < 11)
    return ctx.fail("input 2 (C) is required before opset 11");
  for (auto [value, name] : {std::pair(*a, "A"), std::pair(*b, "B")})
    if (std::optional<int64_t> rank = getRank(value); rank && *rank != 2)
      return ctx.fail(Twine(name) + " must be 2-D, got rank " + Twine(*rank));

  OpBuilder &builder = ctx.getBuilder();
  FailureOr<Value> result = ctx.create<MatMulOp>(
      {*a, *b},
      {ctx.namedAttr("transpose_a", builder.getBoolAttr(*transA != 0)),
       ctx.namedAttr("transpose_b", builder.getBoolAttr(*transB != 0))});
  if (failed(result))
    return failure();
  Type elementType = getElementType(*result);
  if (*alpha != 1.0f) {
    result = ctx.create<MultiplyOp>(
        {*result, ctx.constantScalar(elementType, *alpha)});
    if (failed(result))
      return failure();
  }
  if (!c || *beta == 0.0f)
    return ValueList{*result};
  FailureOr<Value> bias = c;
  if (*beta != 1.0f)
    bias = ctx.create<MultiplyOp>({c, ctx.constantScalar(elementType, *beta)});
  if (failed(bias))
    return failure();
  return single(ctx.create<AddOp>({*result, *bias}));
}

FailureOr<ValueList> convertMatMul(NodeContext &ctx) {
  FailureOr<Value> a = ctx.getRequiredInput(0, "A");
  FailureOr<Value> b = ctx.getRequiredInput(1, "B");
  if (failed(a) || failed(b))
    return failure();
  if (getRank(*a) == 0 || getRank(*b) == 0)
    return ctx.fail("MatMul inputs must have rank 1 or more");
  return single(ctx.create<MatMulOp>({*a, *b}));
}

//===----------------------------------------------------------------------===//
// Normalizations
//===----------------------------------------------------------------------===//

/// BatchNormalization-14/15 with training_mode = 1: the batch statistics
/// (mean and population variance over every axis but the channel axis)
/// normalize X through BatchNormInference; the optional running_mean /
/// running_var are input * momentum + batch * (1 - momentum), in the
/// element type of the given statistics.
FailureOr<ValueList> convertBatchNormTraining(NodeContext &ctx, Value x,
                                              ArrayRef<Value> params,
                                              float epsilon) {
  FailureOr<float> momentum = ctx.getFloat("momentum", 0.9f);
  if (failed(momentum))
    return failure();
  std::optional<int64_t> rank = getRank(x);
  if (!rank)
    return ctx.fail("training_mode = 1 needs an input of known rank");
  if (*rank < 2)
    return ctx.fail("the input must have rank 2 or more ([N, C, ...]), got "
                    "rank " +
                    Twine(*rank));
  SmallVector<int64_t> axes{0};
  for (int64_t axis = 2; axis < *rank; ++axis)
    axes.push_back(axis);
  OpBuilder &b = ctx.getBuilder();
  auto reduceMean = [&](Value value, bool keepDims) {
    return ctx.create<ReduceMeanOp>(
        {value, ctx.constantI64(axes)},
        {ctx.namedAttr("keep_dims", b.getBoolAttr(keepDims))});
  };
  FailureOr<Value> batchMean = reduceMean(x, /*keepDims=*/false);
  FailureOr<Value> keptMean = reduceMean(x, /*keepDims=*/true);
  if (failed(batchMean) || failed(keptMean))
    return failure();
  FailureOr<Value> centered = ctx.create<SubtractOp>({x, *keptMean});
  if (failed(centered))
    return failure();
  FailureOr<Value> squared = ctx.create<MultiplyOp>({*centered, *centered});
  if (failed(squared))
    return failure();
  FailureOr<Value> batchVar = reduceMean(*squared, /*keepDims=*/false);
  if (failed(batchVar))
    return failure();
  FailureOr<Value> y = ctx.create<BatchNormInferenceOp>(
      {x, params[0], params[1], *batchMean, *batchVar},
      {ctx.namedAttr("epsilon", b.getF64FloatAttr(epsilon))});
  if (failed(y))
    return failure();
  ValueList outputs{*y};
  // running = input * momentum + batch * (1 - momentum).
  for (auto [i, batch] :
       llvm::enumerate(SmallVector<Value>{*batchMean, *batchVar})) {
    if (!ctx.hasOutput(i + 1)) {
      outputs.push_back(Value());
      continue;
    }
    Value input = ctx.getInput(3 + i);
    Type statType = getElementType(input);
    FailureOr<Value> converted = convertTo(ctx, batch, statType);
    if (failed(converted))
      return failure();
    FailureOr<Value> kept = ctx.create<MultiplyOp>(
        {input, ctx.constantScalar(statType, *momentum)});
    FailureOr<Value> added = ctx.create<MultiplyOp>(
        {*converted, ctx.constantScalar(statType, 1.0 - *momentum)});
    if (failed(kept) || failed(added))
      return failure();
    FailureOr<Value> running = ctx.create<AddOp>({*kept, *added});
    if (failed(running))
      return failure();
    outputs.push_back(*running);
  }
  return outputs;
}

/// BatchNormalization: BatchNormInference with the given statistics, or
/// with the batch statistics under training_mode (opset 14+). The training
/// outputs of older opsets (mean, var, saved_mean, saved_var) are
/// rejected. `spatial` = 0 (before opset 9) has per-activation statistics
/// [C, D1, ...], normalized elementwise.
FailureOr<ValueList> convertBatchNorm(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "X");
  FailureOr<Value> scale = ctx.getRequiredInput(1, "scale");
  FailureOr<Value> bias = ctx.getRequiredInput(2, "B");
  FailureOr<Value> mean = ctx.getRequiredInput(3, "mean");
  FailureOr<Value> var = ctx.getRequiredInput(4, "var");
  FailureOr<float> epsilon = ctx.getFloat("epsilon", 1e-5f);
  if (failed(x) || failed(scale) || failed(bias) || failed(mean) ||
      failed(var) || failed(epsilon))
    return failure();
  int64_t opset = ctx.getOpsetVersion();
  int64_t training = 0;
  if (opset >= 14) {
    FailureOr<int64_t> attr = ctx.getInt("training_mode", 0);
    if (failed(attr))
      return failure();
    if (*attr != 0 && *attr != 1)
      return ctx.fail("training_mode must be 0 or 1, got " + Twine(*attr));
    training = *attr;
    if (!training)
      for (size_t i = 1; i < ctx.getNumOutputs(); ++i)
        if (ctx.hasOutput(i))
          return ctx.fail("output " + Twine(i) + " ('" +
                          ctx.getNode().output(i) +
                          "') is only produced with training_mode = 1");
  } else {
    for (size_t i = 1; i < ctx.getNumOutputs(); ++i)
      if (ctx.hasOutput(i))
        return ctx.fail("output " + Twine(i) + " ('" + ctx.getNode().output(i) +
                        "') is a training output of opset " + Twine(opset) +
                        ", which is not supported (opset 14's training_mode "
                        "is)");
  }
  if (opset < 7 && failed(ctx.getInt("is_test", 0)))
    return failure();
  int64_t spatial = 1;
  if (opset < 9) {
    FailureOr<int64_t> attr = ctx.getInt("spatial", 1);
    if (failed(attr))
      return failure();
    spatial = *attr;
  }

  // The statistics may have another float type than X (opset 15).
  Type elementType = getElementType(*x);
  SmallVector<Value> params;
  for (Value param : {*scale, *bias, *mean, *var}) {
    FailureOr<Value> converted = convertTo(ctx, param, elementType);
    if (failed(converted))
      return failure();
    params.push_back(*converted);
  }
  if (training)
    return convertBatchNormTraining(ctx, *x, params, *epsilon);
  if (spatial != 0)
    return single(ctx.create<BatchNormInferenceOp>(
        {*x, params[0], params[1], params[2], params[3]},
        {ctx.namedAttr("epsilon",
                       ctx.getBuilder().getF64FloatAttr(*epsilon))}));

  // Per activation: scale * (X - mean) / sqrt(var + eps) + B, the
  // statistics [C, D...] broadcast over N.
  Value axis0 = ctx.constantI64({0});
  for (Value &param : params) {
    FailureOr<Value> expanded = ctx.create<UnsqueezeOp>({param, axis0});
    if (failed(expanded))
      return failure();
    param = *expanded;
  }
  FailureOr<Value> centered = ctx.create<SubtractOp>({*x, params[2]});
  if (failed(centered))
    return failure();
  FailureOr<Value> shifted =
      ctx.create<AddOp>({params[3], ctx.constantScalar(elementType, *epsilon)});
  if (failed(shifted))
    return failure();
  FailureOr<Value> stddev = ctx.create<SqrtOp>({*shifted});
  if (failed(stddev))
    return failure();
  FailureOr<Value> normalized = ctx.create<DivideOp>({*centered, *stddev});
  if (failed(normalized))
    return failure();
  FailureOr<Value> scaled = ctx.create<MultiplyOp>({*normalized, params[0]});
  if (failed(scaled))
    return failure();
  return single(ctx.create<AddOp>({*scaled, params[1]}));
}

FailureOr<Value> buildMVN(NodeContext &ctx, Value data, Value axes, double eps,
                          MVNEpsMode epsMode) {
  OpBuilder &b = ctx.getBuilder();
  return ctx.create<MVNOp>(
      {data, axes},
      {ctx.namedAttr("normalize_variance", b.getBoolAttr(true)),
       ctx.namedAttr("eps", b.getF64FloatAttr(eps)),
       ctx.namedAttr("eps_mode",
                     MVNEpsModeAttr::get(ctx.getContext(), epsMode))});
}

/// InstanceNormalization: MVN over the spatial axes (eps inside the square
/// root), then the per-channel scale and bias.
FailureOr<ValueList> convertInstanceNorm(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "input");
  FailureOr<Value> scale = ctx.getRequiredInput(1, "scale");
  FailureOr<Value> bias = ctx.getRequiredInput(2, "B");
  FailureOr<float> epsilon = ctx.getFloat("epsilon", 1e-5f);
  if (failed(x) || failed(scale) || failed(bias) || failed(epsilon))
    return failure();
  std::optional<int64_t> rank = getRank(*x);
  if (!rank)
    return ctx.fail("the input needs a known rank");
  if (*rank < 3)
    return ctx.fail("the input must have rank 3 or more ([N, C, D1, ...]), "
                    "got rank " +
                    Twine(*rank));
  FailureOr<Value> normalized = buildMVN(
      ctx, *x, ctx.constantI64(llvm::to_vector(llvm::seq<int64_t>(2, *rank))),
      *epsilon, MVNEpsMode::inside_sqrt);
  if (failed(normalized))
    return failure();
  FailureOr<Value> channelScale = buildChannelVector(ctx, *scale, *rank);
  FailureOr<Value> channelBias = buildChannelVector(ctx, *bias, *rank);
  if (failed(channelScale) || failed(channelBias))
    return failure();
  FailureOr<Value> scaled =
      ctx.create<MultiplyOp>({*normalized, *channelScale});
  if (failed(scaled))
    return failure();
  return single(ctx.create<AddOp>({*scaled, *channelBias}));
}

/// The element type an ONNX TensorProto data type code names, for the
/// float types LayerNormalization's stash_type may take.
std::optional<Type> getStashType(OpBuilder &b, int64_t code) {
  switch (code) {
  case onnx::TensorProto::FLOAT:
    return b.getF32Type();
  case onnx::TensorProto::FLOAT16:
    return b.getF16Type();
  case onnx::TensorProto::BFLOAT16:
    return b.getBF16Type();
  case onnx::TensorProto::DOUBLE:
    return b.getF64Type();
  default:
    return std::nullopt;
  }
}

/// LayerNormalization-17: normalization over the axes from `axis` to the
/// end, computed in stash_type, then Scale and B (which broadcast from the
/// right). Y alone is an MVN; when Mean or InvStdDev is requested they are
/// computed with ReduceMean and Y from them.
FailureOr<ValueList> convertLayerNorm(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "X");
  FailureOr<Value> scale = ctx.getRequiredInput(1, "Scale");
  FailureOr<int64_t> axisAttr = ctx.getInt("axis", -1);
  FailureOr<float> epsilon = ctx.getFloat("epsilon", 1e-5f);
  FailureOr<int64_t> stashCode = ctx.getInt("stash_type", 1);
  if (failed(x) || failed(scale) || failed(axisAttr) || failed(epsilon) ||
      failed(stashCode))
    return failure();
  std::optional<int64_t> rank = getRank(*x);
  if (rank && (*axisAttr < -*rank || *axisAttr >= *rank))
    return ctx.fail("axis " + Twine(*axisAttr) + " is out of range for rank " +
                    Twine(*rank));
  std::optional<Type> stashType = getStashType(ctx.getBuilder(), *stashCode);
  if (!stashType)
    return ctx.fail("stash_type " + Twine(*stashCode) +
                    " is not a floating-point type");

  Type elementType = getElementType(*x);
  FailureOr<Value> data = convertTo(ctx, *x, *stashType);
  if (failed(data))
    return failure();
  // The axes from `axis` on: a constant, or negative ones (counting from
  // the end) or a Range when the rank is unknown.
  Value axes;
  if (rank) {
    int64_t axis = *axisAttr < 0 ? *axisAttr + *rank : *axisAttr;
    axes = ctx.constantI64(llvm::to_vector(llvm::seq<int64_t>(axis, *rank)));
  } else if (*axisAttr < 0) {
    axes = ctx.constantI64(llvm::to_vector(llvm::seq<int64_t>(*axisAttr, 0)));
  } else {
    FailureOr<Value> range = buildTrailingAxes(ctx, *data, *axisAttr);
    if (failed(range))
      return failure();
    axes = *range;
  }
  bool wantStats = ctx.hasOutput(1) || ctx.hasOutput(2);
  FailureOr<Value> normalized;
  Value mean, invStdDev;
  if (!wantStats) {
    normalized = buildMVN(ctx, *data, axes, *epsilon, MVNEpsMode::inside_sqrt);
  } else {
    auto keepDims = {
        ctx.namedAttr("keep_dims", ctx.getBuilder().getBoolAttr(true))};
    FailureOr<Value> meanValue =
        ctx.create<ReduceMeanOp>({*data, axes}, keepDims);
    if (failed(meanValue))
      return failure();
    mean = *meanValue;
    FailureOr<Value> centered = ctx.create<SubtractOp>({*data, mean});
    if (failed(centered))
      return failure();
    FailureOr<Value> squared = ctx.create<MultiplyOp>({*centered, *centered});
    if (failed(squared))
      return failure();
    FailureOr<Value> variance =
        ctx.create<ReduceMeanOp>({*squared, axes}, keepDims);
    if (failed(variance))
      return failure();
    FailureOr<Value> shifted = ctx.create<AddOp>(
        {*variance, ctx.constantScalar(*stashType, *epsilon)});
    if (failed(shifted))
      return failure();
    FailureOr<Value> stddev = ctx.create<SqrtOp>({*shifted});
    if (failed(stddev))
      return failure();
    FailureOr<Value> inverse =
        ctx.create<DivideOp>({ctx.constantScalar(*stashType, 1.0), *stddev});
    if (failed(inverse))
      return failure();
    invStdDev = *inverse;
    normalized = ctx.create<MultiplyOp>({*centered, invStdDev});
  }
  if (failed(normalized))
    return failure();
  FailureOr<Value> result = convertTo(ctx, *normalized, elementType);
  if (failed(result))
    return failure();
  result = ctx.create<MultiplyOp>({*result, *scale});
  if (failed(result))
    return failure();
  if (Value bias = ctx.getInput(2)) {
    result = ctx.create<AddOp>({*result, bias});
    if (failed(result))
      return failure();
  }
  return ValueList{*result, mean, invStdDev};
}

/// GroupNormalization-18/21: MVN over each group of channels on the
/// [N, G, -1] view of the input, then scale and bias: per group (opset 18,
/// applied on the view) or per channel (opset 21, on [1, C, 1, ...]).
FailureOr<ValueList> convertGroupNorm(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "X");
  FailureOr<Value> scale = ctx.getRequiredInput(1, "scale");
  FailureOr<Value> bias = ctx.getRequiredInput(2, "bias");
  FailureOr<int64_t> groups = ctx.getInt("num_groups");
  FailureOr<float> epsilon = ctx.getFloat("epsilon", 1e-5f);
  if (failed(x) || failed(scale) || failed(bias) || failed(groups) ||
      failed(epsilon))
    return failure();
  if (*groups < 1)
    return ctx.fail("num_groups must be positive, got " + Twine(*groups));
  std::optional<int64_t> rank = getRank(*x);
  if (rank && *rank < 2)
    return ctx.fail("the input must have rank 2 or more ([N, C, ...]), got "
                    "rank " +
                    Twine(*rank));
  bool perChannel = ctx.getOpsetVersion() >= 21;
  if (perChannel && !rank)
    return ctx.fail("the input needs a known rank");
  if (auto type = dyn_cast<RankedTensorType>(x->getType());
      type && !type.isDynamicDim(1) && type.getDimSize(1) % *groups != 0)
    return ctx.fail("the channel count (" + Twine(type.getDimSize(1)) +
                    ") does not divide by num_groups (" + Twine(*groups) + ")");

  FailureOr<Value> grouped = buildReshape(
      ctx, *x, ctx.constantI64({0, *groups, -1}), /*specialZero=*/true);
  if (failed(grouped))
    return failure();
  FailureOr<Value> result = buildMVN(ctx, *grouped, ctx.constantI64({2}),
                                     *epsilon, MVNEpsMode::inside_sqrt);
  if (failed(result))
    return failure();
  if (!perChannel) {
    Value groupShape = ctx.constantI64({1, *groups, 1});
    FailureOr<Value> groupScale = buildReshape(ctx, *scale, groupShape);
    FailureOr<Value> groupBias = buildReshape(ctx, *bias, groupShape);
    if (failed(groupScale) || failed(groupBias))
      return failure();
    result = ctx.create<MultiplyOp>({*result, *groupScale});
    if (succeeded(result))
      result = ctx.create<AddOp>({*result, *groupBias});
    if (failed(result))
      return failure();
    return single(buildReshapeLike(ctx, *result, *x, /*sameDim0=*/true));
  }
  result = buildReshapeLike(ctx, *result, *x, /*sameDim0=*/true);
  if (failed(result))
    return failure();
  FailureOr<Value> channelScale = buildChannelVector(ctx, *scale, *rank);
  FailureOr<Value> channelBias = buildChannelVector(ctx, *bias, *rank);
  if (failed(channelScale) || failed(channelBias))
    return failure();
  result = ctx.create<MultiplyOp>({*result, *channelScale});
  if (failed(result))
    return failure();
  return single(ctx.create<AddOp>({*result, *channelBias}));
}

/// MeanVarianceNormalization: MVN over `axes` ([0, 2, 3] by default) with
/// OpenVINO's eps of 1e-9 outside the square root.
FailureOr<ValueList> convertMeanVarianceNorm(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "X");
  FailureOr<SmallVector<int64_t>> axes =
      ctx.getInts("axes", ArrayRef<int64_t>{0, 2, 3});
  if (failed(x) || failed(axes))
    return failure();
  if (std::optional<int64_t> rank = getRank(*x))
    for (int64_t axis : *axes)
      if (axis < -*rank || axis >= *rank)
        return ctx.fail("axes [" + joinInts(*axes) +
                        "] are out of range for rank " + Twine(*rank));
  return single(buildMVN(ctx, *x, ctx.constantI64(*axes), 1e-9,
                         MVNEpsMode::outside_sqrt));
}

/// LpNormalization: x / the L1 or L2 norm along `axis` (kept as size 1).
FailureOr<ValueList> convertLpNormalization(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "input");
  FailureOr<int64_t> axis = ctx.getInt("axis", -1);
  FailureOr<int64_t> p = ctx.getInt("p", 2);
  if (failed(x) || failed(axis) || failed(p))
    return failure();
  if (std::optional<int64_t> rank = getRank(*x);
      rank && (*axis < -*rank || *axis >= *rank))
    return ctx.fail("axis " + Twine(*axis) + " is out of range for rank " +
                    Twine(*rank));
  auto attrs = {ctx.namedAttr("keep_dims", ctx.getBuilder().getBoolAttr(true))};
  Value axes = ctx.constantI64({*axis});
  FailureOr<Value> norm;
  if (*p == 1)
    norm = ctx.create<ReduceL1Op>({*x, axes}, attrs);
  else if (*p == 2)
    norm = ctx.create<ReduceL2Op>({*x, axes}, attrs);
  else
    return ctx.fail("p must be 1 or 2, got " + Twine(*p));
  if (failed(norm))
    return failure();
  return single(ctx.create<DivideOp>({*x, *norm}));
}

/// LRN: x / (bias + alpha / size * square_sum)^beta, the square sum over a
/// window of `size` channels. OV has no LRN op here, so the window sum is an
/// AvgPool (padding counted) over the channels of x^2 viewed as
/// [N, 1, C, D...]: its average times size is the sum.
FailureOr<ValueList> convertLRN(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "X");
  FailureOr<int64_t> size = ctx.getInt("size");
  FailureOr<float> alpha = ctx.getFloat("alpha", 1e-4f);
  FailureOr<float> beta = ctx.getFloat("beta", 0.75f);
  FailureOr<float> bias = ctx.getFloat("bias", 1.0f);
  if (failed(x) || failed(size) || failed(alpha) || failed(beta) ||
      failed(bias))
    return failure();
  if (*size < 1)
    return ctx.fail("size must be positive, got " + Twine(*size));
  std::optional<int64_t> rank = getRank(*x);
  if (!rank)
    return ctx.fail("the input needs a known rank");
  if (*rank < 2 || *rank > 4)
    return ctx.fail("the input must have rank 2 to 4 ([N, C, ...]; the "
                    "channel window is pooled with one more spatial "
                    "dimension), got rank " +
                    Twine(*rank));
  Type elementType = getElementType(*x);
  FailureOr<Value> squared = ctx.create<MultiplyOp>({*x, *x});
  if (failed(squared))
    return failure();
  Value axis1 = ctx.constantI64({1});
  FailureOr<Value> expanded = ctx.create<UnsqueezeOp>({*squared, axis1});
  if (failed(expanded))
    return failure();
  int64_t spatial = *rank - 1; // C and D... of [N, 1, C, D...]
  Window window;
  window.kernel.assign(spatial, 1);
  window.kernel[0] = *size;
  window.strides.assign(spatial, 1);
  window.padsBegin.assign(spatial, 0);
  window.padsEnd.assign(spatial, 0);
  window.padsBegin[0] = (*size - 1) / 2;
  window.padsEnd[0] = *size - 1 - (*size - 1) / 2;
  SmallVector<NamedAttribute> attrs =
      window.attrs(ctx, /*withDilations=*/false, /*withKernel=*/true);
  attrs.push_back(
      ctx.namedAttr("exclude_pad", ctx.getBuilder().getBoolAttr(false)));
  FailureOr<Value> average = ctx.create<AvgPoolOp>({*expanded}, attrs);
  if (failed(average))
    return failure();
  FailureOr<Value> squareMean = ctx.create<SqueezeOp>({*average, axis1});
  if (failed(squareMean))
    return failure();
  // alpha / size * (size * average) = alpha * average.
  FailureOr<Value> scaled = ctx.create<MultiplyOp>(
      {*squareMean, ctx.constantScalar(elementType, *alpha)});
  if (failed(scaled))
    return failure();
  FailureOr<Value> shifted =
      ctx.create<AddOp>({*scaled, ctx.constantScalar(elementType, *bias)});
  if (failed(shifted))
    return failure();
  FailureOr<Value> denominator =
      ctx.create<PowerOp>({*shifted, ctx.constantScalar(elementType, *beta)});
  if (failed(denominator))
    return failure();
  return single(ctx.create<DivideOp>({*x, *denominator}));
}

//===----------------------------------------------------------------------===//
// Pooling
//===----------------------------------------------------------------------===//

/// Reads the pooling attributes: kernel_shape (required), strides, pads,
/// auto_pad, dilations (`hasDilations`) and ceil_mode (`hasCeil`).
FailureOr<std::pair<Window, RoundingType>>
getPoolWindow(NodeContext &ctx, bool hasDilations, bool hasCeil) {
  if (!ctx.hasAttr("kernel_shape"))
    return ctx.fail("missing required attribute 'kernel_shape'");
  FailureOr<Window> window = getWindow(ctx, -1, hasDilations);
  if (failed(window))
    return failure();
  RoundingType rounding = RoundingType::floor;
  if (hasCeil) {
    FailureOr<int64_t> ceil = ctx.getInt("ceil_mode", 0);
    if (failed(ceil))
      return failure();
    if (*ceil != 0 && *ceil != 1)
      return ctx.fail("ceil_mode must be 0 or 1, got " + Twine(*ceil));
    // ONNX drops a last window that would start in the end padding, which
    // is OV's ceil_torch.
    if (*ceil)
      rounding = RoundingType::ceil_torch;
  }
  return std::pair(*window, rounding);
}

LogicalResult checkPoolRank(NodeContext &ctx, Value x, const Window &window) {
  std::optional<int64_t> rank = getRank(x);
  if (rank && *rank != static_cast<int64_t>(window.kernel.size()) + 2)
    return ctx.fail("kernel_shape has " + Twine(window.kernel.size()) +
                    " values, but the input of rank " + Twine(*rank) + " has " +
                    Twine(*rank - 2) + " spatial dimension(s)");
  return success();
}

/// Row-major MaxPool indices of a 2-D pooling of [N, C, H, W] (static H, W)
/// turned column-major within each H x W plane (storage_order = 1):
/// base + (h * W + w) -> base + w * H + h.
FailureOr<Value> buildColumnMajorIndices(NodeContext &ctx, Value indices,
                                         Value x) {
  auto type = dyn_cast<RankedTensorType>(x.getType());
  if (!type || type.getRank() != 4 || type.isDynamicDim(2) ||
      type.isDynamicDim(3))
    return ctx.fail("storage_order = 1 is supported for 2-D pooling of an "
                    "input with static spatial sizes only");
  int64_t height = type.getDimSize(2), width = type.getDimSize(3);
  Type indexType = getElementType(indices);
  Value plane = ctx.constantScalar(indexType, height * width);
  FailureOr<Value> inPlane = ctx.create<FloorModOp>({indices, plane});
  if (failed(inPlane))
    return failure();
  FailureOr<Value> base = ctx.create<SubtractOp>({indices, *inPlane});
  if (failed(base))
    return failure();
  Value widthConst = ctx.constantScalar(indexType, width);
  FailureOr<Value> h = ctx.create<DivideOp>({*inPlane, widthConst});
  FailureOr<Value> w = ctx.create<FloorModOp>({*inPlane, widthConst});
  if (failed(h) || failed(w))
    return failure();
  FailureOr<Value> wOffset =
      ctx.create<MultiplyOp>({*w, ctx.constantScalar(indexType, height)});
  if (failed(wOffset))
    return failure();
  FailureOr<Value> offset = ctx.create<AddOp>({*wOffset, *h});
  if (failed(offset))
    return failure();
  return ctx.create<AddOp>({*base, *offset});
}

/// MaxPool: OV MaxPool-8 (indices flattened over the whole input, axis 0).
/// Dilations and ceil_mode came in opset 10, the Indices output and
/// storage_order in 8.
FailureOr<ValueList> convertMaxPool(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "X");
  if (failed(x))
    return failure();
  int64_t opset = ctx.getOpsetVersion();
  auto pool = getPoolWindow(ctx, /*hasDilations=*/opset >= 10,
                            /*hasCeil=*/opset >= 10);
  if (failed(pool) || failed(checkPoolRank(ctx, *x, pool->first)))
    return failure();
  FailureOr<int64_t> storageOrder =
      opset >= 8 ? ctx.getInt("storage_order", 0) : FailureOr<int64_t>(0);
  if (failed(storageOrder))
    return failure();
  if (*storageOrder != 0 && *storageOrder != 1)
    return ctx.fail("storage_order must be 0 or 1, got " +
                    Twine(*storageOrder));
  OpBuilder &b = ctx.getBuilder();
  SmallVector<NamedAttribute> attrs =
      pool->first.attrs(ctx, /*withDilations=*/true, /*withKernel=*/true);
  attrs.push_back(ctx.namedAttr(
      "rounding_type", RoundingTypeAttr::get(ctx.getContext(), pool->second)));
  attrs.push_back(
      ctx.namedAttr("index_element_type", TypeAttr::get(b.getI64Type())));
  attrs.push_back(ctx.namedAttr("axis", b.getI64IntegerAttr(0)));
  FailureOr<Operation *> op = ctx.createOp(MaxPoolOp::getOperationName(), {*x},
                                           attrs, /*numResults=*/2);
  if (failed(op))
    return failure();
  Value indices = (*op)->getResult(1);
  if (ctx.hasOutput(1) && *storageOrder == 1) {
    FailureOr<Value> columnMajor = buildColumnMajorIndices(ctx, indices, *x);
    if (failed(columnMajor))
      return failure();
    indices = *columnMajor;
  }
  return ValueList{(*op)->getResult(0), indices};
}

/// AveragePool: OV AvgPool; count_include_pad (opset 7) decides whether the
/// padding counts, ceil_mode came in opset 10. AvgPool has no dilations,
/// so dilations other than ones (opset 19) are rejected.
FailureOr<ValueList> convertAveragePool(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "X");
  if (failed(x))
    return failure();
  int64_t opset = ctx.getOpsetVersion();
  auto pool = getPoolWindow(ctx, /*hasDilations=*/opset >= 19,
                            /*hasCeil=*/opset >= 10);
  if (failed(pool) || failed(checkPoolRank(ctx, *x, pool->first)))
    return failure();
  if (llvm::any_of(pool->first.dilations, [](int64_t d) { return d != 1; }))
    return ctx.fail("dilations [" + joinInts(pool->first.dilations) +
                    "] are not supported: OpenVINO's AvgPool has no "
                    "dilations");
  FailureOr<int64_t> countPad =
      opset >= 7 ? ctx.getInt("count_include_pad", 0) : FailureOr<int64_t>(0);
  if (failed(countPad))
    return failure();
  SmallVector<NamedAttribute> attrs =
      pool->first.attrs(ctx, /*withDilations=*/false, /*withKernel=*/true);
  attrs.push_back(ctx.namedAttr(
      "rounding_type", RoundingTypeAttr::get(ctx.getContext(), pool->second)));
  attrs.push_back(ctx.namedAttr("exclude_pad",
                                ctx.getBuilder().getBoolAttr(*countPad == 0)));
  return single(ctx.create<AvgPoolOp>({*x}, attrs));
}

/// |x|^p for the Lp pools (|x| and x * x for p = 1 and 2).
FailureOr<Value> buildAbsPower(NodeContext &ctx, Value x, double p) {
  if (p == 2.0)
    return ctx.create<MultiplyOp>({x, x});
  FailureOr<Value> abs = ctx.create<AbsOp>({x});
  if (failed(abs) || p == 1.0)
    return abs;
  return ctx.create<PowerOp>({*abs, ctx.constantScalar(getElementType(x), p)});
}

/// `x`^(1/p) (nothing for p = 1, Sqrt for p = 2).
FailureOr<Value> buildRoot(NodeContext &ctx, Value x, double p) {
  if (p == 1.0)
    return x;
  if (p == 2.0)
    return ctx.create<SqrtOp>({x});
  return ctx.create<PowerOp>(
      {x, ctx.constantScalar(getElementType(x), 1.0 / p)});
}

/// The p of LpPool / GlobalLpPool: a float before opset 2, an int after.
FailureOr<double> getLpPoolP(NodeContext &ctx) {
  double p;
  if (ctx.getOpsetVersion() < 2) {
    FailureOr<float> value = ctx.getFloat("p", 2.0f);
    if (failed(value))
      return failure();
    p = *value;
  } else {
    FailureOr<int64_t> value = ctx.getInt("p", 2);
    if (failed(value))
      return failure();
    p = *value;
  }
  if (!(p > 0))
    return ctx.fail("p must be positive, got " + llvm::formatv("{0}", p).str());
  return p;
}

/// LpPool: (sum over the window of |x|^p)^(1/p), the sum being an AvgPool
/// with the padding counted times the window size.
FailureOr<ValueList> convertLpPool(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "X");
  FailureOr<double> p = getLpPoolP(ctx);
  if (failed(x) || failed(p))
    return failure();
  int64_t opset = ctx.getOpsetVersion();
  auto pool = getPoolWindow(ctx, /*hasDilations=*/opset >= 18,
                            /*hasCeil=*/opset >= 18);
  if (failed(pool) || failed(checkPoolRank(ctx, *x, pool->first)))
    return failure();
  if (llvm::any_of(pool->first.dilations, [](int64_t d) { return d != 1; }))
    return ctx.fail("dilations [" + joinInts(pool->first.dilations) +
                    "] are not supported: the window sum is an AvgPool, "
                    "which has no dilations");
  FailureOr<Value> powered = buildAbsPower(ctx, *x, *p);
  if (failed(powered))
    return failure();
  SmallVector<NamedAttribute> attrs =
      pool->first.attrs(ctx, /*withDilations=*/false, /*withKernel=*/true);
  attrs.push_back(ctx.namedAttr(
      "rounding_type", RoundingTypeAttr::get(ctx.getContext(), pool->second)));
  attrs.push_back(
      ctx.namedAttr("exclude_pad", ctx.getBuilder().getBoolAttr(false)));
  FailureOr<Value> average = ctx.create<AvgPoolOp>({*powered}, attrs);
  if (failed(average))
    return failure();
  int64_t windowSize = 1;
  for (int64_t k : pool->first.kernel)
    windowSize *= k;
  FailureOr<Value> sum = ctx.create<MultiplyOp>(
      {*average, ctx.constantScalar(getElementType(*x), windowSize)});
  if (failed(sum))
    return failure();
  return single(buildRoot(ctx, *sum, *p));
}

/// GlobalAveragePool / GlobalMaxPool: the reduction over the spatial axes,
/// keeping them as size 1.
template <typename ReduceOpTy>
FailureOr<ValueList> convertGlobalPool(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "X");
  if (failed(x))
    return failure();
  if (std::optional<int64_t> rank = getRank(*x); rank && *rank < 2)
    return ctx.fail("the input must have rank 2 or more ([N, C, ...]), got "
                    "rank " +
                    Twine(*rank));
  FailureOr<Value> axes = buildTrailingAxes(ctx, *x, 2);
  if (failed(axes))
    return failure();
  return single(ctx.create<ReduceOpTy>(
      {*x, *axes},
      {ctx.namedAttr("keep_dims", ctx.getBuilder().getBoolAttr(true))}));
}

/// GlobalLpPool: (sum over the spatial axes of |x|^p)^(1/p); ReduceL1 /
/// ReduceL2 for p = 1 / 2.
FailureOr<ValueList> convertGlobalLpPool(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "X");
  FailureOr<double> p = getLpPoolP(ctx);
  if (failed(x) || failed(p))
    return failure();
  FailureOr<Value> axes = buildTrailingAxes(ctx, *x, 2);
  if (failed(axes))
    return failure();
  auto attrs = {ctx.namedAttr("keep_dims", ctx.getBuilder().getBoolAttr(true))};
  if (*p == 1.0)
    return single(ctx.create<ReduceL1Op>({*x, *axes}, attrs));
  if (*p == 2.0)
    return single(ctx.create<ReduceL2Op>({*x, *axes}, attrs));
  FailureOr<Value> powered = buildAbsPower(ctx, *x, *p);
  if (failed(powered))
    return failure();
  FailureOr<Value> sum = ctx.create<ReduceSumOp>({*powered, *axes}, attrs);
  if (failed(sum))
    return failure();
  return single(buildRoot(ctx, *sum, *p));
}

/// MaxUnpool-9/11: zeros of the output shape with X scattered to the
/// flat positions I (MaxPool's indices over the whole tensor). The output
/// shape is the output_shape input, else [N, C] and per spatial dimension
/// (in - 1) * stride + kernel - pads.
FailureOr<ValueList> convertMaxUnpool(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "X");
  FailureOr<Value> indices = ctx.getRequiredInput(1, "I");
  if (failed(x) || failed(indices))
    return failure();
  if (!ctx.hasAttr("kernel_shape"))
    return ctx.fail("missing required attribute 'kernel_shape'");
  FailureOr<Window> window = getWindow(ctx, -1, /*hasDilations=*/false);
  if (failed(window) || failed(checkPoolRank(ctx, *x, *window)))
    return failure();
  if (window->autoPad != PadType::explicit_)
    return ctx.fail("auto_pad is not an attribute of MaxUnpool");

  // The default output shape: where MaxPool's indices point.
  size_t spatial = window->kernel.size();
  SmallVector<int64_t> offsets;
  for (size_t i = 0; i < spatial; ++i)
    offsets.push_back(window->kernel[i] - window->padsBegin[i] -
                      window->padsEnd[i] - window->strides[i]);
  std::optional<SmallVector<int64_t>> defaultShape;
  auto type = dyn_cast<RankedTensorType>(x->getType());
  if (type && type.hasStaticShape()) {
    defaultShape.emplace(type.getShape().take_front(2));
    for (size_t i = 0; i < spatial; ++i)
      defaultShape->push_back(type.getDimSize(i + 2) * window->strides[i] +
                              offsets[i]);
  }
  Value target = ctx.getInput(2);
  Value scatterIndices = *indices;
  if (target) {
    // The indices are flat positions in the default shape: with another
    // output_shape they are unraveled there and raveled in the target
    // (Horner's scheme over the target's sizes, which may be run-time).
    std::optional<SmallVector<int64_t>> targetShape =
        getConstantIntValues(target);
    bool same = defaultShape && targetShape && *targetShape == *defaultShape;
    if (defaultShape && !same) {
      if (targetShape && targetShape->size() != defaultShape->size())
        return ctx.fail("output_shape has " + Twine(targetShape->size()) +
                        " dimensions, X has " + Twine(defaultShape->size()));
      OpBuilder &b = ctx.getBuilder();
      FailureOr<Value> wide = convertTo(ctx, *indices, b.getI64Type());
      FailureOr<Value> targetSizes = convertTo(ctx, target, b.getI64Type());
      if (failed(wide) || failed(targetSizes))
        return failure();
      int64_t rank = defaultShape->size();
      SmallVector<int64_t> defaultStrides(rank, 1);
      for (int64_t d = rank - 2; d >= 0; --d)
        defaultStrides[d] = defaultStrides[d + 1] * (*defaultShape)[d + 1];
      Value remapped;
      for (int64_t d = 0; d < rank; ++d) {
        FailureOr<Value> quotient = ctx.create<DivideOp>(
            {*wide, ctx.constantI64({defaultStrides[d]}, true)});
        if (failed(quotient))
          return failure();
        FailureOr<Value> coordinate = ctx.create<FloorModOp>(
            {*quotient, ctx.constantI64({(*defaultShape)[d]}, true)});
        if (failed(coordinate))
          return failure();
        if (!remapped) {
          remapped = *coordinate;
          continue;
        }
        FailureOr<Value> size =
            ctx.create<GatherOp>({*targetSizes, ctx.constantI64({d}, true),
                                  ctx.constantI64({0}, true)});
        if (failed(size))
          return failure();
        FailureOr<Value> scaled = ctx.create<MultiplyOp>({remapped, *size});
        if (failed(scaled))
          return failure();
        FailureOr<Value> sum = ctx.create<AddOp>({*scaled, *coordinate});
        if (failed(sum))
          return failure();
        remapped = *sum;
      }
      scatterIndices = remapped;
    }
  } else if (defaultShape) {
    target = ctx.constantI64(*defaultShape);
  } else {
    FailureOr<Value> shape = buildShapeOf(ctx, *x);
    if (failed(shape))
      return failure();
    FailureOr<Value> leading = buildSlice1D(ctx, *shape, 0, 2);
    FailureOr<Value> sizes = buildSlice1D(ctx, *shape, 2, 2 + spatial);
    if (failed(leading) || failed(sizes))
      return failure();
    FailureOr<Value> scaled =
        ctx.create<MultiplyOp>({*sizes, ctx.constantI64(window->strides)});
    if (failed(scaled))
      return failure();
    FailureOr<Value> outSizes =
        ctx.create<AddOp>({*scaled, ctx.constantI64(offsets)});
    if (failed(outSizes))
      return failure();
    FailureOr<Value> full = buildConcat(ctx, {*leading, *outSizes}, 0);
    if (failed(full))
      return failure();
    target = *full;
  }

  OpBuilder &b = ctx.getBuilder();
  FailureOr<Value> target64 = convertTo(ctx, target, b.getI64Type());
  if (failed(target64))
    return failure();
  FailureOr<Value> total;
  if (std::optional<SmallVector<int64_t>> dims = getConstantIntValues(target)) {
    int64_t count = 1;
    for (int64_t dim : *dims)
      count *= dim;
    total = ctx.constantI64({count});
  } else {
    total = ctx.create<ReduceProdOp>(
        {*target64, ctx.constantI64({0})},
        {ctx.namedAttr("keep_dims", b.getBoolAttr(true))});
    if (failed(total))
      return failure();
  }
  FailureOr<Value> zeros = ctx.create<BroadcastOp>(
      {ctx.constantScalar(getElementType(*x), 0.0), *total});
  if (failed(zeros))
    return failure();
  Value flat = ctx.constantI64({-1});
  FailureOr<Value> flatIndices = buildReshape(ctx, scatterIndices, flat);
  FailureOr<Value> flatValues = buildReshape(ctx, *x, flat);
  if (failed(flatIndices) || failed(flatValues))
    return failure();
  FailureOr<Value> scattered = ctx.create<ScatterElementsUpdateOp>(
      {*zeros, *flatIndices, *flatValues, ctx.constantI64({0}, true)});
  if (failed(scattered))
    return failure();
  return single(buildReshape(ctx, *scattered, *target64));
}

//===----------------------------------------------------------------------===//
// Softmax and LogSoftmax
//===----------------------------------------------------------------------===//

/// Softmax / LogSoftmax-1/11: the input coerced to 2-D at `axis` (default
/// 1), normalized along the second dimension and reshaped back. When
/// `axis` is the last dimension, the coercion changes nothing.
template <typename OpTy>
FailureOr<ValueList> convertSoftmax1(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "input");
  FailureOr<int64_t> axisAttr = ctx.getInt("axis", 1);
  if (failed(x) || failed(axisAttr))
    return failure();
  std::optional<int64_t> rank = getRank(*x);
  if (!rank)
    return ctx.fail("the input needs a known rank");
  int64_t axis = *axisAttr < 0 ? *axisAttr + *rank : *axisAttr;
  // ONNX allows axis == rank for these versions (a [N, 1] view).
  if (axis < 0 || axis > *rank || (*rank == 0 && axis != 0))
    return ctx.fail("axis " + Twine(*axisAttr) + " is out of range for rank " +
                    Twine(*rank));
  OpBuilder &b = ctx.getBuilder();
  if (*rank > 0 && axis == *rank - 1)
    return single(ctx.create<OpTy>(
        {*x}, {ctx.namedAttr("axis", b.getI64IntegerAttr(axis))}));
  FailureOr<Value> flat = buildFlatten2D(ctx, *x, axis);
  if (failed(flat))
    return failure();
  FailureOr<Value> result = ctx.create<OpTy>(
      {*flat}, {ctx.namedAttr("axis", b.getI64IntegerAttr(1))});
  if (failed(result))
    return failure();
  return single(buildReshapeLike(ctx, *result, *x, /*sameDim0=*/axis == 1));
}

/// Softmax / LogSoftmax-13: along `axis` (default -1).
template <typename OpTy>
FailureOr<ValueList> convertSoftmax13(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "input");
  FailureOr<int64_t> axis = ctx.getInt("axis", -1);
  if (failed(x) || failed(axis))
    return failure();
  if (std::optional<int64_t> rank = getRank(*x);
      rank && (*axis < -*rank || *axis >= *rank))
    return ctx.fail("axis " + Twine(*axis) + " is out of range for rank " +
                    Twine(*rank));
  return single(ctx.create<OpTy>(
      {*x},
      {ctx.namedAttr("axis", ctx.getBuilder().getI64IntegerAttr(*axis))}));
}

//===----------------------------------------------------------------------===//
// Resize and Upsample
//===----------------------------------------------------------------------===//

struct InterpolateSpec {
  InterpolateMode mode = InterpolateMode::nearest;
  CoordinateTransformMode transform = CoordinateTransformMode::half_pixel;
  NearestMode nearest = NearestMode::round_prefer_floor;
  double cubeCoeff = -0.75;
  bool antialias = false;
};

/// Interpolate-11 with `target` (sizes, or scales with `useScales`) on
/// `axes` (all dimensions when null).
FailureOr<Value> buildInterpolate(NodeContext &ctx, Value data, Value target,
                                  bool useScales, Value axes,
                                  const InterpolateSpec &spec) {
  MLIRContext *context = ctx.getContext();
  OpBuilder &b = ctx.getBuilder();
  SmallVector<Value> operands = {data, target};
  if (axes)
    operands.push_back(axes);
  return ctx.create<InterpolateOp>(
      operands,
      {ctx.namedAttr("mode", InterpolateModeAttr::get(context, spec.mode)),
       ctx.namedAttr(
           "shape_calculation_mode",
           ShapeCalcModeAttr::get(context, useScales ? ShapeCalcMode::scales
                                                     : ShapeCalcMode::sizes)),
       ctx.namedAttr("coordinate_transformation_mode",
                     CoordinateTransformModeAttr::get(context, spec.transform)),
       ctx.namedAttr("nearest_mode",
                     NearestModeAttr::get(context, spec.nearest)),
       ctx.namedAttr("antialias", b.getBoolAttr(spec.antialias)),
       ctx.namedAttr("cube_coeff", b.getF64FloatAttr(spec.cubeCoeff))});
}

/// The interpolation `mode` of Resize / Upsample: nearest, linear (OV's
/// linear_onnx) or, with `allowCubic`, cubic.
FailureOr<InterpolateMode> getInterpolateMode(NodeContext &ctx,
                                              bool allowCubic) {
  FailureOr<std::string> mode = ctx.getString("mode", "nearest");
  if (failed(mode))
    return failure();
  if (*mode == "nearest")
    return InterpolateMode::nearest;
  if (*mode == "linear" || *mode == "bilinear")
    return InterpolateMode::linear_onnx;
  if (allowCubic && *mode == "cubic")
    return InterpolateMode::cubic;
  return ctx.fail("mode must be nearest, linear" +
                  Twine(allowCubic ? " or cubic" : "") + ", got '" + *mode +
                  "'");
}

/// Resize-10 and Upsample: scales applied as Upsample did (asymmetric
/// coordinates, nearest rounding down).
FailureOr<Value> buildLegacyResize(NodeContext &ctx, Value x, Value scales) {
  FailureOr<InterpolateMode> mode =
      getInterpolateMode(ctx, /*allowCubic=*/false);
  if (failed(mode))
    return failure();
  if (std::optional<int64_t> rank = getRank(x)) {
    auto type = dyn_cast<RankedTensorType>(scales.getType());
    if (type && type.hasStaticShape() && type.getNumElements() != *rank)
      return ctx.fail("scales has " + Twine(type.getNumElements()) +
                      " values, expected one per input dimension (" +
                      Twine(*rank) + ")");
  }
  InterpolateSpec spec;
  spec.mode = *mode;
  spec.transform = CoordinateTransformMode::asymmetric;
  spec.nearest = NearestMode::floor;
  FailureOr<Value> floatScales =
      convertTo(ctx, scales, ctx.getBuilder().getF32Type());
  if (failed(floatScales))
    return failure();
  return buildInterpolate(ctx, x, *floatScales, /*useScales=*/true, Value(),
                          spec);
}

FailureOr<ValueList> convertResize10(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "X");
  FailureOr<Value> scales = ctx.getRequiredInput(1, "scales");
  if (failed(x) || failed(scales))
    return failure();
  return single(buildLegacyResize(ctx, *x, *scales));
}

/// Upsample-7: the scales are an attribute.
FailureOr<ValueList> convertUpsample7(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "X");
  FailureOr<SmallVector<float>> scales = ctx.getFloats("scales");
  if (failed(x) || failed(scales))
    return failure();
  if (llvm::any_of(*scales, [](float s) { return !(s >= 1.0f); }))
    return ctx.fail("scales must be >= 1");
  auto type = RankedTensorType::get({static_cast<int64_t>(scales->size())},
                                    ctx.getBuilder().getF32Type());
  Value scalesConst =
      ctx.constant(DenseElementsAttr::get(type, ArrayRef<float>(*scales)));
  return single(buildLegacyResize(ctx, *x, scalesConst));
}

/// Whether `value` is absent or an empty tensor (Resize's "not given").
bool isEmptyInput(Value value) {
  if (!value)
    return true;
  auto type = dyn_cast<RankedTensorType>(value.getType());
  return type && type.hasStaticShape() && type.getNumElements() == 0;
}

/// Resize-11/13/18/19: Interpolate-11 with the sizes (when given) or the
/// scales. roi matters only for tf_crop_and_resize, which OV's Interpolate
/// cannot express; neither can it exclude_outside nor half_pixel_symmetric.
/// keep_aspect_ratio_policy (opset 18) turns constant sizes into one scale
/// over the axes when the input shape is static.
FailureOr<ValueList> convertResize11(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "X");
  FailureOr<InterpolateMode> mode =
      getInterpolateMode(ctx, /*allowCubic=*/true);
  FailureOr<std::string> transform =
      ctx.getString("coordinate_transformation_mode", "half_pixel");
  FailureOr<std::string> nearest =
      ctx.getString("nearest_mode", "round_prefer_floor");
  FailureOr<float> cubicCoeff = ctx.getFloat("cubic_coeff_a", -0.75f);
  FailureOr<int64_t> excludeOutside = ctx.getInt("exclude_outside", 0);
  if (failed(x) || failed(mode) || failed(transform) || failed(nearest) ||
      failed(cubicCoeff) || failed(excludeOutside))
    return failure();
  int64_t opset = ctx.getOpsetVersion();
  FailureOr<int64_t> antialias =
      opset >= 18 ? ctx.getInt("antialias", 0) : FailureOr<int64_t>(0);
  FailureOr<SmallVector<int64_t>> axes =
      opset >= 18 ? ctx.getInts("axes", ArrayRef<int64_t>{})
                  : FailureOr<SmallVector<int64_t>>(SmallVector<int64_t>());
  FailureOr<std::string> policy =
      opset >= 18 ? ctx.getString("keep_aspect_ratio_policy", "stretch")
                  : FailureOr<std::string>(std::string("stretch"));
  if (failed(antialias) || failed(axes) || failed(policy))
    return failure();

  InterpolateSpec spec;
  spec.mode = *mode;
  spec.cubeCoeff = *cubicCoeff;
  spec.antialias = *antialias != 0;
  std::optional<CoordinateTransformMode> transformMode =
      llvm::StringSwitch<std::optional<CoordinateTransformMode>>(*transform)
          .Case("half_pixel", CoordinateTransformMode::half_pixel)
          .Case("pytorch_half_pixel",
                CoordinateTransformMode::pytorch_half_pixel)
          .Case("asymmetric", CoordinateTransformMode::asymmetric)
          .Case("tf_half_pixel_for_nn",
                CoordinateTransformMode::tf_half_pixel_for_nn)
          .Case("align_corners", CoordinateTransformMode::align_corners)
          .Default(std::nullopt);
  if (!transformMode) {
    if (*transform == "tf_crop_and_resize" ||
        *transform == "half_pixel_symmetric")
      return ctx.fail("coordinate_transformation_mode '" + *transform +
                      "' is not supported: OpenVINO's Interpolate has no "
                      "such mode");
    return ctx.fail("unknown coordinate_transformation_mode '" + *transform +
                    "'");
  }
  spec.transform = *transformMode;
  std::optional<NearestMode> nearestMode =
      llvm::StringSwitch<std::optional<NearestMode>>(*nearest)
          .Case("round_prefer_floor", NearestMode::round_prefer_floor)
          .Case("round_prefer_ceil", NearestMode::round_prefer_ceil)
          .Case("floor", NearestMode::floor)
          .Case("ceil", NearestMode::ceil)
          .Default(std::nullopt);
  if (!nearestMode)
    return ctx.fail("nearest_mode must be round_prefer_floor, "
                    "round_prefer_ceil, floor or ceil, got '" +
                    *nearest + "'");
  spec.nearest = *nearestMode;
  if (*excludeOutside != 0)
    return ctx.fail("exclude_outside = 1 is not supported: OpenVINO's "
                    "Interpolate always uses the weights outside the input");

  Value scales = ctx.getInput(2), sizes = ctx.getInput(3);
  bool useSizes = !isEmptyInput(sizes);
  if (!useSizes && isEmptyInput(scales))
    return ctx.fail("either scales (input 2) or sizes (input 3) must be "
                    "given");
  auto scalesType =
      scales ? dyn_cast<RankedTensorType>(scales.getType()) : nullptr;
  if (useSizes && scalesType && scalesType.hasStaticShape() &&
      scalesType.getNumElements() != 0)
    return ctx.fail("only one of scales (input 2) and sizes (input 3) may "
                    "be given");
  Value target = useSizes ? sizes : scales;

  std::optional<int64_t> rank = getRank(*x);
  int64_t expected =
      !axes->empty() ? static_cast<int64_t>(axes->size()) : rank.value_or(-1);
  if (auto type = dyn_cast<RankedTensorType>(target.getType());
      expected >= 0 && type && type.hasStaticShape() &&
      type.getNumElements() != expected)
    return ctx.fail(
        Twine(useSizes ? "sizes" : "scales") + " has " +
        Twine(type.getNumElements()) + " values, expected " + Twine(expected) +
        (axes->empty() ? " (one per input dimension)" : " (one per axis)"));
  Value axesValue = axes->empty() ? Value() : ctx.constantI64(*axes);

  if (*policy != "stretch") {
    if (*policy != "not_larger" && *policy != "not_smaller")
      return ctx.fail("keep_aspect_ratio_policy must be stretch, not_larger "
                      "or not_smaller, got '" +
                      *policy + "'");
    if (useSizes) {
      // One scale for all axes (the smallest / largest ratio), the sizes
      // rounded from it.
      std::optional<SmallVector<int64_t>> shape = getStaticShape(*x);
      std::optional<SmallVector<int64_t>> values = getConstantIntValues(sizes);
      if (!shape || !values)
        return ctx.fail("keep_aspect_ratio_policy '" + *policy +
                        "' needs constant sizes and a static input shape");
      SmallVector<int64_t> axisList = *axes;
      if (axisList.empty())
        axisList = llvm::to_vector(llvm::seq<int64_t>(0, shape->size()));
      std::optional<double> scale;
      for (auto [i, axis] : llvm::enumerate(axisList)) {
        int64_t dim = (*shape)[axis < 0 ? axis + shape->size() : axis];
        double ratio = static_cast<double>((*values)[i]) / dim;
        if (!scale)
          scale = ratio;
        else
          scale = *policy == "not_larger" ? std::min(*scale, ratio)
                                          : std::max(*scale, ratio);
      }
      SmallVector<int64_t> newSizes;
      for (int64_t axis : axisList) {
        int64_t dim = (*shape)[axis < 0 ? axis + shape->size() : axis];
        newSizes.push_back(static_cast<int64_t>(std::nearbyint(*scale * dim)));
      }
      target = ctx.constantI64(newSizes);
    }
  }

  if (useSizes) {
    FailureOr<Value> converted =
        convertTo(ctx, target, ctx.getBuilder().getI64Type());
    if (failed(converted))
      return failure();
    target = *converted;
  } else {
    FailureOr<Value> converted =
        convertTo(ctx, target, ctx.getBuilder().getF32Type());
    if (failed(converted))
      return failure();
    target = *converted;
  }
  return single(buildInterpolate(ctx, *x, target, !useSizes, axesValue, spec));
}

/// Upsample-9: the scales are an input.
FailureOr<ValueList> convertUpsample9(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "X");
  FailureOr<Value> scales = ctx.getRequiredInput(1, "scales");
  if (failed(x) || failed(scales))
    return failure();
  return single(buildLegacyResize(ctx, *x, *scales));
}

//===----------------------------------------------------------------------===//
// Depth / space, Dropout, Gelu
//===----------------------------------------------------------------------===//

//===----------------------------------------------------------------------===//
// GridSample
//===----------------------------------------------------------------------===//

/// GridSample-16/20 as GridSample-9. Opset 20 renamed the modes (linear,
/// cubic; the default is linear) and allows N-D data, which OpenVINO's
/// 2-D op cannot take: only [N, C, H, W] data is converted.
FailureOr<ValueList> convertGridSample(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "X");
  FailureOr<Value> grid = ctx.getRequiredInput(1, "grid");
  bool opset20 = ctx.getOpsetVersion() >= 20;
  FailureOr<int64_t> alignCorners = ctx.getInt("align_corners", 0);
  FailureOr<std::string> mode =
      ctx.getString("mode", opset20 ? "linear" : "bilinear");
  FailureOr<std::string> padding = ctx.getString("padding_mode", "zeros");
  if (failed(x) || failed(grid) || failed(alignCorners) || failed(mode) ||
      failed(padding))
    return failure();
  if (*alignCorners != 0 && *alignCorners != 1)
    return ctx.fail("align_corners must be 0 or 1, got " +
                    Twine(*alignCorners));
  StringRef linear = opset20 ? "linear" : "bilinear";
  StringRef cubic = opset20 ? "cubic" : "bicubic";
  std::optional<GridSampleMode> ovMode;
  if (*mode == linear)
    ovMode = GridSampleMode::bilinear;
  else if (*mode == cubic)
    ovMode = GridSampleMode::bicubic;
  else if (*mode == "nearest")
    ovMode = GridSampleMode::nearest;
  else
    return ctx.fail("mode must be " + linear + ", " + cubic +
                    " or nearest, got '" + *mode + "'");
  std::optional<GridSamplePaddingMode> ovPadding =
      symbolizeGridSamplePaddingMode(*padding);
  if (!ovPadding)
    return ctx.fail("padding_mode must be zeros, border or reflection, got '" +
                    *padding + "'");
  for (auto [value, name] :
       {std::pair<Value, StringRef>{*x, "X"}, {*grid, "grid"}})
    if (std::optional<int64_t> rank = getRank(value); rank && *rank != 4)
      return ctx.fail(name + " has rank " + Twine(*rank) +
                      ": only 2-D sampling (rank 4 X and grid) is supported, "
                      "as OpenVINO's GridSample-9 does");
  MLIRContext *context = ctx.getContext();
  return single(ctx.create<GridSampleOp>(
      {*x, *grid},
      {ctx.namedAttr("align_corners",
                     ctx.getBuilder().getBoolAttr(*alignCorners != 0)),
       ctx.namedAttr("mode", GridSampleModeAttr::get(context, *ovMode)),
       ctx.namedAttr("padding_mode",
                     GridSamplePaddingModeAttr::get(context, *ovPadding))}));
}

FailureOr<ValueList> convertDepthToSpace(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "input");
  FailureOr<int64_t> blocksize = ctx.getInt("blocksize");
  FailureOr<std::string> mode = ctx.getString("mode", "DCR");
  if (failed(x) || failed(blocksize) || failed(mode))
    return failure();
  if (*blocksize < 1)
    return ctx.fail("blocksize must be positive, got " + Twine(*blocksize));
  DepthToSpaceMode ovMode;
  if (*mode == "DCR")
    ovMode = DepthToSpaceMode::blocks_first;
  else if (*mode == "CRD")
    ovMode = DepthToSpaceMode::depth_first;
  else
    return ctx.fail("mode must be DCR or CRD, got '" + *mode + "'");
  return single(ctx.create<DepthToSpaceOp>(
      {*x}, {ctx.namedAttr("mode",
                           DepthToSpaceModeAttr::get(ctx.getContext(), ovMode)),
             ctx.namedAttr("block_size",
                           ctx.getBuilder().getI64IntegerAttr(*blocksize))}));
}

FailureOr<ValueList> convertSpaceToDepth(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "input");
  FailureOr<int64_t> blocksize = ctx.getInt("blocksize");
  if (failed(x) || failed(blocksize))
    return failure();
  if (*blocksize < 1)
    return ctx.fail("blocksize must be positive, got " + Twine(*blocksize));
  return single(ctx.create<SpaceToDepthOp>(
      {*x}, {ctx.namedAttr(
                 "mode", DepthToSpaceModeAttr::get(
                             ctx.getContext(), DepthToSpaceMode::blocks_first)),
             ctx.namedAttr("block_size",
                           ctx.getBuilder().getI64IntegerAttr(*blocksize))}));
}

/// Dropout in inference: the input unchanged; the mask, if requested, is
/// all true (all ones of the input's type before opset 10). Training
/// (opset 12's training_mode input) drops at random, which is rejected
/// unless the ratio is a constant 0.
FailureOr<ValueList> convertDropout(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "data");
  if (failed(x))
    return failure();
  int64_t opset = ctx.getOpsetVersion();
  if (opset < 12) {
    if (failed(ctx.getFloat("ratio", 0.5f)))
      return failure();
    if (opset < 7 && failed(ctx.getInt("is_test", 0)))
      return failure();
  } else if (Value training = ctx.getInput(2)) {
    std::optional<SmallVector<int64_t>> flag = getConstantIntValues(training);
    if (!flag || flag->size() != 1)
      return ctx.fail("training_mode must be a constant (random dropout in "
                      "training cannot be converted)");
    if (flag->front() != 0) {
      std::optional<SmallVector<double>> ratio;
      if (Value ratioInput = ctx.getInput(1))
        ratio = getConstantFloatValues(ratioInput);
      if (!ratio || ratio->size() != 1 || ratio->front() != 0.0)
        return ctx.fail("training_mode = true with a non-zero ratio is not "
                        "supported: random dropout cannot be converted");
    }
  }
  ValueList results = {*x};
  if (ctx.hasOutput(1)) {
    Type maskType =
        opset >= 10 ? ctx.getBuilder().getI1Type() : getElementType(*x);
    FailureOr<Value> shape = buildShapeOf(ctx, *x);
    if (failed(shape))
      return failure();
    FailureOr<Value> mask =
        ctx.create<BroadcastOp>({ctx.constantScalar(maskType, 1.0), *shape});
    if (failed(mask))
      return failure();
    results.push_back(*mask);
  }
  return results;
}

/// Gelu-20: Gelu-7 with the erf form ("none") or the tanh approximation.
FailureOr<ValueList> convertGelu(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "X");
  FailureOr<std::string> approximate = ctx.getString("approximate", "none");
  if (failed(x) || failed(approximate))
    return failure();
  GeluApproximation mode;
  if (*approximate == "none")
    mode = GeluApproximation::erf;
  else if (*approximate == "tanh")
    mode = GeluApproximation::tanh;
  else
    return ctx.fail("approximate must be none or tanh, got '" + *approximate +
                    "'");
  return single(ctx.create<GeluOp>(
      {*x},
      {ctx.namedAttr("approximation_mode",
                     GeluApproximationAttr::get(ctx.getContext(), mode))}));
}

} // namespace

void onnx_import::registerNNConverters(ConverterRegistry &registry) {
  registry.add("Conv", 1, convertConv);
  registry.add("ConvTranspose", 1, convertConvTranspose);
  registry.add("Gemm", 1, convertGemm);
  registry.add("MatMul", 1, convertMatMul);

  registry.add("BatchNormalization", 1, convertBatchNorm);
  registry.add("InstanceNormalization", 1, convertInstanceNorm);
  registry.add("LayerNormalization", 17, convertLayerNorm);
  registry.add("GroupNormalization", 18, convertGroupNorm);
  registry.add("MeanVarianceNormalization", 9, convertMeanVarianceNorm);
  registry.add("LpNormalization", 1, convertLpNormalization);
  registry.add("LRN", 1, convertLRN);

  registry.add("MaxPool", 1, convertMaxPool);
  registry.add("AveragePool", 1, convertAveragePool);
  registry.add("LpPool", 1, convertLpPool);
  registry.add("MaxUnpool", 9, convertMaxUnpool);
  registry.add("GlobalAveragePool", 1, convertGlobalPool<ReduceMeanOp>);
  registry.add("GlobalMaxPool", 1, convertGlobalPool<ReduceMaxOp>);
  registry.add("GlobalLpPool", 1, convertGlobalLpPool);

  registry.add("Softmax", 1, convertSoftmax1<SoftmaxOp>);
  registry.add("Softmax", 13, convertSoftmax13<SoftmaxOp>);
  registry.add("LogSoftmax", 1, convertSoftmax1<LogSoftmaxOp>);
  registry.add("LogSoftmax", 13, convertSoftmax13<LogSoftmaxOp>);

  registry.add("Upsample", 7, convertUpsample7);
  registry.add("Upsample", 9, convertUpsample9);
  registry.add("Resize", 10, convertResize10);
  registry.add("Resize", 11, convertResize11);

  registry.add("GridSample", 16, convertGridSample);
  registry.add("DepthToSpace", 1, convertDepthToSpace);
  registry.add("SpaceToDepth", 1, convertSpaceToDepth);
  registry.add("Dropout", 1, convertDropout);
  registry.add("Gelu", 20, convertGelu);
}
