//===- Shape.cpp - ONNX shape, data-movement and indexing ops -------------===//
//
// Constants, shape queries, reshapes, slicing, gathers and scatters, padding,
// type casts and Unique, mapped onto OV's shape and indexing ops as in
// OpenVINO's ONNX frontend. Inputs that became operands in later opsets
// (Reshape's shape, Squeeze/Unsqueeze axes, Split's split, Slice's bounds,
// Pad's pads) are attributes in the older versions, which have converters of
// their own. Ops without an OV counterpart (EyeLike, Trilu, ReverseSequence)
// become small subgraphs of Range, comparisons and Select / GatherElements.
//
//===----------------------------------------------------------------------===//

#include "../ConverterRegistry.h"
#include "../GraphImporter.h"
#include "ConverterUtils.h"

#include "ovmlir/Dialect/OV/IR/OVOps.h"
#include "ovmlir/Dialect/OV/IR/ShapeUtils.h"

#include "llvm/ADT/Sequence.h"
#include "llvm/ADT/StringSwitch.h"

#include <limits>
#include <map>
#include <numeric>

using namespace mlir;
using namespace mlir::ov;
using namespace mlir::ov::onnx_import;

namespace {

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

/// The rank of `value`, or an error saying that `what` needs it.
FailureOr<int64_t> requireRank(NodeContext &ctx, Value value, StringRef what) {
  if (std::optional<int64_t> rank = getRank(value))
    return *rank;
  return ctx.fail(what + " needs an input of known rank");
}

/// A one-element tensor (0-D or of any rank) as a 0-D tensor.
FailureOr<Value> toScalar(NodeContext &ctx, Value value) {
  if (getRank(value) == 0)
    return value;
  return ctx.create<ReshapeOp>({value, ctx.constantI64({})},
                               {boolAttr(ctx, "special_zero", false)});
}

/// The shape of `value`: a constant when static, else ShapeOf.
FailureOr<Value> getShape(NodeContext &ctx, Value value) {
  if (auto type = dyn_cast<RankedTensorType>(value.getType());
      type && type.hasStaticShape())
    return ctx.constantI64(type.getShape());
  return ctx.create<ShapeOfOp>({value});
}

/// Range(start, stop, 1) of i64 scalars.
FailureOr<Value> buildRange(NodeContext &ctx, Value start, Value stop) {
  return ctx.create<RangeOp>(
      {start, stop, ctx.constantI64({1}, true)},
      {ctx.namedAttr("output_type",
                     TypeAttr::get(ctx.getBuilder().getI64Type()))});
}

FailureOr<Value> unsqueeze(NodeContext &ctx, Value value,
                           ArrayRef<int64_t> axes) {
  return ctx.create<UnsqueezeOp>({value, ctx.constantI64(axes)});
}

//===----------------------------------------------------------------------===//
// Constant, ConstantOfShape
//===----------------------------------------------------------------------===//

FailureOr<ValueList> convertConstant(NodeContext &ctx) {
  if (ctx.getNode().attribute_size() != 1)
    return ctx.fail("Constant needs exactly one value attribute, got " +
                    Twine(ctx.getNode().attribute_size()));
  const onnx::AttributeProto &attr = ctx.getNode().attribute(0);
  StringRef name = attr.name();
  OpBuilder &b = ctx.getBuilder();
  auto vectorType = [&](Type elementType, int64_t size) {
    return RankedTensorType::get({size}, elementType);
  };
  auto scalarType = [&](Type elementType) {
    return RankedTensorType::get({}, elementType);
  };
  if (name == "value")
    return single(ctx.getTensor("value"));
  if (name == "sparse_value")
    return ctx.fail("sparse_value constants are not supported");
  if (name == "value_float" || name == "value_int") {
    if (name == "value_float") {
      FailureOr<float> value = ctx.getFloat(name);
      if (failed(value))
        return failure();
      return ValueList{ctx.constant(
          DenseElementsAttr::get(scalarType(b.getF32Type()), *value))};
    }
    FailureOr<int64_t> value = ctx.getInt(name);
    if (failed(value))
      return failure();
    return ValueList{ctx.constantI64({*value}, /*scalar=*/true)};
  }
  if (name == "value_floats") {
    FailureOr<SmallVector<float>> values = ctx.getFloats(name);
    if (failed(values))
      return failure();
    return ValueList{ctx.constant(DenseElementsAttr::get(
        vectorType(b.getF32Type(), values->size()), ArrayRef(*values)))};
  }
  if (name == "value_ints") {
    FailureOr<SmallVector<int64_t>> values = ctx.getInts(name);
    if (failed(values))
      return failure();
    return ValueList{ctx.constantI64(*values)};
  }
  if (name == "value_string" || name == "value_strings") {
    Type stringType = StringType::get(ctx.getContext());
    SmallVector<std::string> values;
    RankedTensorType type;
    if (name == "value_string") {
      FailureOr<std::string> value = ctx.getString(name);
      if (failed(value))
        return failure();
      values.push_back(*value);
      type = scalarType(stringType);
    } else {
      FailureOr<SmallVector<std::string>> strings = ctx.getStrings(name);
      if (failed(strings))
        return failure();
      values = *strings;
      type = vectorType(stringType, values.size());
    }
    SmallVector<StringRef> refs(values.begin(), values.end());
    return ValueList{ctx.constant(DenseStringElementsAttr::get(type, refs))};
  }
  return ctx.fail("unknown Constant attribute '" + name + "'");
}

/// ConstantOfShape: the one-element `value` (f32 0 by default) broadcast to
/// the shape given by the input.
FailureOr<ValueList> convertConstantOfShape(NodeContext &ctx) {
  FailureOr<Value> shape = ctx.getRequiredInput(0, "input");
  if (failed(shape))
    return failure();
  Value value;
  if (ctx.hasAttr("value")) {
    FailureOr<Value> tensor = ctx.getTensor("value");
    if (failed(tensor))
      return failure();
    auto type = cast<RankedTensorType>(tensor->getType());
    if (type.getNumElements() != 1)
      return ctx.fail("'value' must hold one element, got " +
                      Twine(type.getNumElements()));
    FailureOr<Value> scalar = toScalar(ctx, *tensor);
    if (failed(scalar))
      return failure();
    value = *scalar;
  } else {
    value = ctx.constantScalar(ctx.getBuilder().getF32Type(), 0.0);
  }
  return single(ctx.create<BroadcastOp>({value, *shape}));
}

//===----------------------------------------------------------------------===//
// Shape, Size
//===----------------------------------------------------------------------===//

/// Shape: ShapeOf; from opset 15 the dimensions [start, end) of it (a Slice
/// that clamps the bounds, negative ones counting from the end).
FailureOr<ValueList> convertShape(NodeContext &ctx) {
  FailureOr<Value> data = ctx.getRequiredInput(0, "data");
  FailureOr<int64_t> start = ctx.getInt("start", 0);
  FailureOr<int64_t> end =
      ctx.getInt("end", std::numeric_limits<int64_t>::max());
  if (failed(data) || failed(start) || failed(end))
    return failure();
  FailureOr<Value> shape = ctx.create<ShapeOfOp>({*data});
  if (failed(shape) || (*start == 0 && !ctx.hasAttr("end")))
    return single(shape);
  return single(ctx.create<SliceOp>(
      {*shape, ctx.constantI64({*start}), ctx.constantI64({*end}),
       ctx.constantI64({1}), ctx.constantI64({0})}));
}

/// Size: the product of the dimensions (a constant when static).
FailureOr<ValueList> convertSize(NodeContext &ctx) {
  FailureOr<Value> data = ctx.getRequiredInput(0, "data");
  if (failed(data))
    return failure();
  if (auto type = dyn_cast<RankedTensorType>(data->getType());
      type && type.hasStaticShape())
    return ValueList{ctx.constantI64({type.getNumElements()}, true)};
  FailureOr<Value> shape = ctx.create<ShapeOfOp>({*data});
  if (failed(shape))
    return failure();
  return single(ctx.create<ReduceProdOp>({*shape, ctx.constantI64({0})},
                                         {boolAttr(ctx, "keep_dims", false)}));
}

//===----------------------------------------------------------------------===//
// Reshape, Flatten, Transpose, Squeeze, Unsqueeze
//===----------------------------------------------------------------------===//

/// Reshape-1: the `shape` attribute.
FailureOr<ValueList> convertReshape1(NodeContext &ctx) {
  FailureOr<Value> data = ctx.getRequiredInput(0, "data");
  FailureOr<SmallVector<int64_t>> shape =
      ctx.getInts("shape", ArrayRef<int64_t>{});
  if (failed(data) || failed(shape))
    return failure();
  if (!ctx.hasAttr("shape"))
    return ValueList{*data};
  return single(ctx.create<ReshapeOp>({*data, ctx.constantI64(*shape)},
                                      {boolAttr(ctx, "special_zero", true)}));
}

/// Reshape-5: the shape input; a 0 copies the input dimension unless
/// `allowzero` (opset 14) makes it a real zero.
FailureOr<ValueList> convertReshape5(NodeContext &ctx) {
  FailureOr<Value> data = ctx.getRequiredInput(0, "data");
  FailureOr<Value> shape = ctx.getRequiredInput(1, "shape");
  FailureOr<int64_t> allowZero = ctx.getInt("allowzero", 0);
  if (failed(data) || failed(shape) || failed(allowZero))
    return failure();
  if (*allowZero != 0 && *allowZero != 1)
    return ctx.fail("allowzero must be 0 or 1, got " + Twine(*allowZero));
  return single(ctx.create<ReshapeOp>(
      {*data, *shape}, {boolAttr(ctx, "special_zero", *allowZero == 0)}));
}

/// `value` reshaped to [d0 * ... * d(axis-1), d(axis) * ... * d(n-1)]; a
/// constant target shape unless both parts have dynamic dimensions.
FailureOr<Value> flattenAt(NodeContext &ctx, Value value, int64_t axis) {
  auto type = cast<RankedTensorType>(value.getType());
  int64_t rank = type.getRank();
  std::optional<int64_t> outer = getStaticProduct(type, 0, axis);
  std::optional<int64_t> inner = getStaticProduct(type, axis, rank);
  Value shape;
  if (outer && inner) {
    shape = ctx.constantI64({*outer, *inner});
  } else if (inner && *inner != 0) {
    shape = ctx.constantI64({-1, *inner});
  } else if (outer && *outer != 0) {
    shape = ctx.constantI64({*outer, -1});
  } else {
    // [prod(ShapeOf[0:axis]), -1].
    FailureOr<Value> dims = ctx.create<ShapeOfOp>({value});
    if (failed(dims))
      return failure();
    FailureOr<Value> head = ctx.create<SliceOp>(
        {*dims, ctx.constantI64({0}), ctx.constantI64({axis}),
         ctx.constantI64({1}), ctx.constantI64({0})});
    if (failed(head))
      return failure();
    FailureOr<Value> product = ctx.create<ReduceProdOp>(
        {*head, ctx.constantI64({0})}, {boolAttr(ctx, "keep_dims", true)});
    if (failed(product))
      return failure();
    FailureOr<Value> concat = ctx.create<ConcatOp>(
        {*product, ctx.constantI64({-1})}, {i64Attr(ctx, "axis", 0)});
    if (failed(concat))
      return failure();
    shape = *concat;
  }
  return ctx.create<ReshapeOp>({value, shape},
                               {boolAttr(ctx, "special_zero", false)});
}

/// Flatten: 2-D at `axis` (in [0, rank]; negative from opset 11).
FailureOr<ValueList> convertFlatten(NodeContext &ctx) {
  FailureOr<Value> input = ctx.getRequiredInput(0, "input");
  FailureOr<int64_t> axis = ctx.getInt("axis", 1);
  if (failed(input) || failed(axis))
    return failure();
  FailureOr<int64_t> rank = requireRank(ctx, *input, "Flatten");
  if (failed(rank))
    return failure();
  int64_t minAxis = ctx.getOpsetVersion() >= 11 ? -*rank : 0;
  if (*axis < minAxis || *axis > *rank)
    return ctx.fail("axis " + Twine(*axis) + " is out of range for rank " +
                    Twine(*rank));
  return single(flattenAt(ctx, *input, *axis < 0 ? *axis + *rank : *axis));
}

/// Transpose: `perm`, the reversed dimensions by default.
FailureOr<ValueList> convertTranspose(NodeContext &ctx) {
  FailureOr<Value> data = ctx.getRequiredInput(0, "data");
  if (failed(data))
    return failure();
  SmallVector<int64_t> perm;
  if (ctx.hasAttr("perm")) {
    FailureOr<SmallVector<int64_t>> attr = ctx.getInts("perm");
    if (failed(attr))
      return failure();
    perm = *attr;
  } else {
    FailureOr<int64_t> rank =
        requireRank(ctx, *data, "Transpose without 'perm'");
    if (failed(rank))
      return failure();
    for (int64_t i = *rank - 1; i >= 0; --i)
      perm.push_back(i);
  }
  return single(ctx.create<TransposeOp>({*data, ctx.constantI64(perm)}));
}

/// Squeeze: `axes` attribute before opset 13, optional input from 13; none
/// removes every dimension of size 1.
FailureOr<ValueList> convertSqueeze(NodeContext &ctx) {
  FailureOr<Value> data = ctx.getRequiredInput(0, "data");
  if (failed(data))
    return failure();
  Value axes;
  if (ctx.getOpsetVersion() >= 13) {
    axes = ctx.getInput(1);
  } else if (ctx.hasAttr("axes")) {
    FailureOr<SmallVector<int64_t>> attr = ctx.getInts("axes");
    if (failed(attr))
      return failure();
    axes = ctx.constantI64(*attr);
  }
  if (!axes)
    return single(ctx.create<SqueezeOp>({*data}));
  return single(ctx.create<SqueezeOp>({*data, axes}));
}

/// Unsqueeze: required `axes` attribute before opset 13, input from 13.
FailureOr<ValueList> convertUnsqueeze(NodeContext &ctx) {
  FailureOr<Value> data = ctx.getRequiredInput(0, "data");
  if (failed(data))
    return failure();
  if (ctx.getOpsetVersion() >= 13) {
    FailureOr<Value> axes = ctx.getRequiredInput(1, "axes");
    if (failed(axes))
      return failure();
    return single(ctx.create<UnsqueezeOp>({*data, *axes}));
  }
  FailureOr<SmallVector<int64_t>> axes = ctx.getInts("axes");
  if (failed(axes))
    return failure();
  return single(unsqueeze(ctx, *data, *axes));
}

//===----------------------------------------------------------------------===//
// Concat, Split
//===----------------------------------------------------------------------===//

/// Concat: `axis` (1 by default in opset 1, required later; negative from
/// opset 11).
FailureOr<ValueList> convertConcat(NodeContext &ctx) {
  SmallVector<Value> inputs;
  for (size_t i = 0; i < ctx.getNumInputs(); ++i)
    if (Value input = ctx.getInput(i))
      inputs.push_back(input);
  if (inputs.empty())
    return ctx.fail("Concat needs at least one input");
  FailureOr<int64_t> axis =
      ctx.getOpsetVersion() < 4 ? ctx.getInt("axis", 1) : ctx.getInt("axis");
  if (failed(axis))
    return failure();
  if (std::optional<int64_t> rank = getRank(inputs.front())) {
    FailureOr<int64_t> normalized = normalizeAxis(ctx, *axis, *rank);
    if (failed(normalized))
      return failure();
    axis = *normalized;
  }
  return single(ctx.create<ConcatOp>(inputs, {i64Attr(ctx, "axis", *axis)}));
}

/// Split into `split` lengths along `axis` (VariadicSplit), or into the
/// node's outputs in equal parts (Split). Opset 18's `num_outputs` allows a
/// smaller last part: then the lengths are computed from a static dimension.
FailureOr<ValueList> buildSplit(NodeContext &ctx, Value data, int64_t axis,
                                Value split, int64_t numOutputs) {
  if (numOutputs < 1)
    return ctx.fail("Split needs at least one output");
  if (std::optional<int64_t> rank = getRank(data)) {
    FailureOr<int64_t> normalized = normalizeAxis(ctx, axis, *rank);
    if (failed(normalized))
      return failure();
    axis = *normalized;
  }
  Value axisValue = ctx.constantI64({axis}, /*scalar=*/true);
  FailureOr<Operation *> op;
  if (split) {
    if (auto type = dyn_cast<RankedTensorType>(split.getType());
        type && type.hasStaticShape() && type.getNumElements() != numOutputs)
      return ctx.fail("'split' has " + Twine(type.getNumElements()) +
                      " lengths for " + Twine(numOutputs) + " outputs");
    op = ctx.createOp(VariadicSplitOp::getOperationName(),
                      {data, axisValue, split}, {}, numOutputs);
  } else {
    op = ctx.createOp(SplitOp::getOperationName(), {data, axisValue},
                      {i64Attr(ctx, "num_splits", numOutputs)}, numOutputs);
  }
  if (failed(op))
    return failure();
  return ValueList((*op)->getResults().begin(), (*op)->getResults().end());
}

/// Split-1/2/11: `split` attribute (Split-1 also takes it as input 1).
FailureOr<ValueList> convertSplit1(NodeContext &ctx) {
  FailureOr<Value> data = ctx.getRequiredInput(0, "input");
  FailureOr<int64_t> axis = ctx.getInt("axis", 0);
  FailureOr<SmallVector<int64_t>> split =
      ctx.getInts("split", ArrayRef<int64_t>{});
  if (failed(data) || failed(axis) || failed(split))
    return failure();
  Value splitValue = ctx.getOpsetVersion() < 2 ? ctx.getInput(1) : Value();
  if (!split->empty())
    splitValue = ctx.constantI64(*split);
  return buildSplit(ctx, *data, *axis, splitValue, ctx.getNumOutputs());
}

/// Split-13/18: optional `split` input; opset 18's `num_outputs` instead.
FailureOr<ValueList> convertSplit13(NodeContext &ctx) {
  FailureOr<Value> data = ctx.getRequiredInput(0, "input");
  FailureOr<int64_t> axis = ctx.getInt("axis", 0);
  if (failed(data) || failed(axis))
    return failure();
  Value split = ctx.getInput(1);
  int64_t numOutputs = ctx.getNumOutputs();
  if (ctx.getOpsetVersion() < 18 || !ctx.hasAttr("num_outputs"))
    return buildSplit(ctx, *data, *axis, split, numOutputs);

  FailureOr<int64_t> attr = ctx.getInt("num_outputs");
  if (failed(attr))
    return failure();
  if (split)
    return ctx.fail("'split' and 'num_outputs' are mutually exclusive");
  if (*attr != numOutputs)
    return ctx.fail("num_outputs is " + Twine(*attr) + " but the node has " +
                    Twine(numOutputs) + " outputs");
  // ceil(dim / n) per output, the remainder last (when it is known).
  auto type = dyn_cast<RankedTensorType>(data->getType());
  if (type && numOutputs > 0) {
    FailureOr<int64_t> normalized = normalizeAxis(ctx, *axis, type.getRank());
    if (failed(normalized))
      return failure();
    int64_t dim = type.getDimSize(*normalized);
    if (!ShapedType::isDynamic(dim) && dim % numOutputs != 0) {
      int64_t part = (dim + numOutputs - 1) / numOutputs;
      SmallVector<int64_t> lengths;
      for (int64_t i = 0, left = dim; i < numOutputs; ++i) {
        lengths.push_back(std::min(part, left));
        left -= lengths.back();
      }
      return buildSplit(ctx, *data, *axis, ctx.constantI64(lengths),
                        numOutputs);
    }
  }
  return buildSplit(ctx, *data, *axis, Value(), numOutputs);
}

//===----------------------------------------------------------------------===//
// Slice
//===----------------------------------------------------------------------===//

/// Ones of the length of the 1-D `like` (a constant when it is static).
FailureOr<Value> onesLike(NodeContext &ctx, Value like) {
  auto type = dyn_cast<RankedTensorType>(like.getType());
  if (type && type.hasStaticShape())
    return ctx.constantI64(SmallVector<int64_t>(type.getNumElements(), 1));
  FailureOr<Value> shape = ctx.create<ShapeOfOp>({like});
  if (failed(shape))
    return failure();
  return ctx.create<BroadcastOp>({ctx.constantI64({1}, true), *shape});
}

/// Slice-1: `starts`, `ends` and optional `axes` attributes.
FailureOr<ValueList> convertSlice1(NodeContext &ctx) {
  FailureOr<Value> data = ctx.getRequiredInput(0, "data");
  FailureOr<SmallVector<int64_t>> starts = ctx.getInts("starts");
  FailureOr<SmallVector<int64_t>> ends = ctx.getInts("ends");
  FailureOr<SmallVector<int64_t>> axes =
      ctx.getInts("axes", ArrayRef<int64_t>{});
  if (failed(data) || failed(starts) || failed(ends) || failed(axes))
    return failure();
  if (starts->size() != ends->size())
    return ctx.fail("'starts' has " + Twine(starts->size()) +
                    " values but 'ends' has " + Twine(ends->size()));
  if (axes->empty())
    axes = llvm::to_vector(
        llvm::seq<int64_t>(0, static_cast<int64_t>(starts->size())));
  if (axes->size() != starts->size())
    return ctx.fail("'axes' has " + Twine(axes->size()) +
                    " values but 'starts' has " + Twine(starts->size()));
  return single(ctx.create<SliceOp>(
      {*data, ctx.constantI64(*starts), ctx.constantI64(*ends),
       ctx.constantI64(SmallVector<int64_t>(starts->size(), 1)),
       ctx.constantI64(*axes)}));
}

/// Slice-10+: starts, ends and optional axes and steps inputs.
FailureOr<ValueList> convertSlice10(NodeContext &ctx) {
  FailureOr<Value> data = ctx.getRequiredInput(0, "data");
  FailureOr<Value> starts = ctx.getRequiredInput(1, "starts");
  FailureOr<Value> ends = ctx.getRequiredInput(2, "ends");
  if (failed(data) || failed(starts) || failed(ends))
    return failure();
  Value axes = ctx.getInput(3);
  Value steps = ctx.getInput(4);
  if (!steps) {
    FailureOr<Value> ones = onesLike(ctx, *starts);
    if (failed(ones))
      return failure();
    steps = *ones;
  }
  SmallVector<Value> operands{*data, *starts, *ends, steps};
  if (axes)
    operands.push_back(axes);
  return single(ctx.create<SliceOp>(operands));
}

//===----------------------------------------------------------------------===//
// Gather, GatherElements, GatherND, scatters
//===----------------------------------------------------------------------===//

FailureOr<ValueList> convertGather(NodeContext &ctx) {
  FailureOr<Value> data = ctx.getRequiredInput(0, "data");
  FailureOr<Value> indices = ctx.getRequiredInput(1, "indices");
  FailureOr<int64_t> axis = ctx.getInt("axis", 0);
  if (failed(data) || failed(indices) || failed(axis))
    return failure();
  if (std::optional<int64_t> rank = getRank(*data))
    if (failed(normalizeAxis(ctx, *axis, *rank)))
      return failure();
  return single(ctx.create<GatherOp>(
      {*data, *indices, ctx.constantI64({*axis}, /*scalar=*/true)}));
}

FailureOr<ValueList> convertGatherElements(NodeContext &ctx) {
  FailureOr<Value> data = ctx.getRequiredInput(0, "data");
  FailureOr<Value> indices = ctx.getRequiredInput(1, "indices");
  FailureOr<int64_t> axis = ctx.getInt("axis", 0);
  if (failed(data) || failed(indices) || failed(axis))
    return failure();
  if (std::optional<int64_t> rank = getRank(*data)) {
    FailureOr<int64_t> normalized = normalizeAxis(ctx, *axis, *rank);
    if (failed(normalized))
      return failure();
    axis = *normalized;
  }
  return single(ctx.create<GatherElementsOp>({*data, *indices},
                                             {i64Attr(ctx, "axis", *axis)}));
}

/// GatherND: `batch_dims` from opset 12.
FailureOr<ValueList> convertGatherND(NodeContext &ctx) {
  FailureOr<Value> data = ctx.getRequiredInput(0, "data");
  FailureOr<Value> indices = ctx.getRequiredInput(1, "indices");
  FailureOr<int64_t> batchDims = ctx.getInt("batch_dims", 0);
  if (failed(data) || failed(indices) || failed(batchDims))
    return failure();
  return single(ctx.create<GatherNDOp>(
      {*data, *indices}, {i64Attr(ctx, "batch_dims", *batchDims)}));
}

/// ScatterElements (and Scatter-9, its earlier name): ScatterElementsUpdate
/// with the reduction (opset 16: add, mul; 18: max, min) mapped onto
/// OV's, which combines with the existing value as ONNX does.
FailureOr<ValueList> convertScatterElements(NodeContext &ctx) {
  FailureOr<Value> data = ctx.getRequiredInput(0, "data");
  FailureOr<Value> indices = ctx.getRequiredInput(1, "indices");
  FailureOr<Value> updates = ctx.getRequiredInput(2, "updates");
  FailureOr<int64_t> axis = ctx.getInt("axis", 0);
  FailureOr<std::string> reduction = ctx.getString("reduction", "none");
  if (failed(data) || failed(indices) || failed(updates) || failed(axis) ||
      failed(reduction))
    return failure();
  std::optional<ScatterReduction> kind =
      llvm::StringSwitch<std::optional<ScatterReduction>>(*reduction)
          .Case("none", ScatterReduction::none)
          .Case("add", ScatterReduction::sum)
          .Case("mul", ScatterReduction::prod)
          .Case("max", ScatterReduction::max)
          .Case("min", ScatterReduction::min)
          .Default(std::nullopt);
  if (!kind)
    return ctx.fail("unsupported reduction '" + *reduction +
                    "' (expected none, add, mul, max or min)");
  if (std::optional<int64_t> rank = getRank(*data))
    if (failed(normalizeAxis(ctx, *axis, *rank)))
      return failure();
  return single(ctx.create<ScatterElementsUpdateOp>(
      {*data, *indices, *updates, ctx.constantI64({*axis}, true)},
      {ctx.namedAttr("reduction",
                     ScatterReductionAttr::get(ctx.getContext(), *kind)),
       boolAttr(ctx, "use_init_val", true)}));
}

/// ScatterND: ScatterNDUpdate, which only replaces.
FailureOr<ValueList> convertScatterND(NodeContext &ctx) {
  FailureOr<Value> data = ctx.getRequiredInput(0, "data");
  FailureOr<Value> indices = ctx.getRequiredInput(1, "indices");
  FailureOr<Value> updates = ctx.getRequiredInput(2, "updates");
  FailureOr<std::string> reduction = ctx.getString("reduction", "none");
  if (failed(data) || failed(indices) || failed(updates) || failed(reduction))
    return failure();
  if (*reduction != "none")
    return ctx.fail("reduction '" + *reduction +
                    "' is not supported (ScatterNDUpdate only replaces)");
  return single(ctx.create<ScatterNDUpdateOp>({*data, *indices, *updates}));
}

//===----------------------------------------------------------------------===//
// Expand, Tile, Pad, Range
//===----------------------------------------------------------------------===//

FailureOr<ValueList> convertExpand(NodeContext &ctx) {
  FailureOr<Value> input = ctx.getRequiredInput(0, "input");
  FailureOr<Value> shape = ctx.getRequiredInput(1, "shape");
  if (failed(input) || failed(shape))
    return failure();
  return single(ctx.create<BroadcastOp>(
      {*input, *shape},
      {ctx.namedAttr("mode",
                     BroadcastModeAttr::get(ctx.getContext(),
                                            BroadcastMode::bidirectional))}));
}

FailureOr<ValueList> convertTile(NodeContext &ctx) {
  FailureOr<Value> input = ctx.getRequiredInput(0, "input");
  FailureOr<Value> repeats = ctx.getRequiredInput(1, "repeats");
  if (failed(input) || failed(repeats))
    return failure();
  return single(ctx.create<TileOp>({*input, *repeats}));
}

FailureOr<PadMode> getPadMode(NodeContext &ctx) {
  FailureOr<std::string> mode = ctx.getString("mode", "constant");
  if (failed(mode))
    return failure();
  if (*mode == "constant")
    return PadMode::constant;
  if (*mode == "reflect")
    return PadMode::reflect;
  if (*mode == "edge")
    return PadMode::edge;
  return ctx.fail("unsupported mode '" + *mode +
                  "' (expected constant, reflect or edge)");
}

FailureOr<Value> buildPad(NodeContext &ctx, Value data, Value begins,
                          Value ends, Value padValue, PadMode mode) {
  SmallVector<Value> operands{data, begins, ends};
  if (padValue && mode == PadMode::constant)
    operands.push_back(padValue);
  return ctx.create<PadOp>(
      operands,
      {ctx.namedAttr("pad_mode", PadModeAttr::get(ctx.getContext(), mode))});
}

/// Pad-1/2: `pads` (`paddings` in opset 1) and `value` attributes.
FailureOr<ValueList> convertPad2(NodeContext &ctx) {
  FailureOr<Value> data = ctx.getRequiredInput(0, "data");
  StringRef padsName = ctx.getOpsetVersion() < 2 ? "paddings" : "pads";
  FailureOr<SmallVector<int64_t>> pads = ctx.getInts(padsName);
  FailureOr<float> value = ctx.getFloat("value", 0.0f);
  FailureOr<PadMode> mode = getPadMode(ctx);
  if (failed(data) || failed(pads) || failed(value) || failed(mode))
    return failure();
  int64_t half = pads->size() / 2;
  if (std::optional<int64_t> rank = getRank(*data);
      pads->size() % 2 || (rank && half != *rank))
    return ctx.fail("'" + padsName + "' has " + Twine(pads->size()) +
                    " values, expected twice the input rank");
  ArrayRef<int64_t> all(*pads);
  return single(buildPad(ctx, *data, ctx.constantI64(all.take_front(half)),
                         ctx.constantI64(all.drop_front(half)),
                         *mode == PadMode::constant
                             ? ctx.constantScalar(getElementType(*data), *value)
                             : Value(),
                         *mode));
}

/// Pad-11+: pads input, optional constant_value and (opset 18) axes. With
/// axes the pads cover only those axes and are scattered into zeros.
FailureOr<ValueList> convertPad11(NodeContext &ctx) {
  FailureOr<Value> data = ctx.getRequiredInput(0, "data");
  FailureOr<Value> pads = ctx.getRequiredInput(1, "pads");
  FailureOr<PadMode> mode = getPadMode(ctx);
  if (failed(data) || failed(pads) || failed(mode))
    return failure();
  Value padValue = ctx.getInput(2);
  if (padValue) {
    FailureOr<Value> scalar = toScalar(ctx, padValue);
    if (failed(scalar))
      return failure();
    padValue = *scalar;
  }
  FailureOr<Value> pads64 =
      convertTo(ctx, *pads, ctx.getBuilder().getI64Type());
  if (failed(pads64))
    return failure();
  Value axes = ctx.getInput(3);
  std::optional<SmallVector<int64_t>> constPads = getConstantIntValues(*pads64);
  std::optional<int64_t> rank = getRank(*data);

  if (!axes) {
    if (constPads) {
      int64_t half = constPads->size() / 2;
      if (constPads->size() % 2 || (rank && half != *rank))
        return ctx.fail("'pads' has " + Twine(constPads->size()) +
                        " values, expected twice the input rank");
      ArrayRef<int64_t> all(*constPads);
      return single(buildPad(ctx, *data, ctx.constantI64(all.take_front(half)),
                             ctx.constantI64(all.drop_front(half)), padValue,
                             *mode));
    }
    FailureOr<Operation *> halves = ctx.createOp(
        SplitOp::getOperationName(), {*pads64, ctx.constantI64({0}, true)},
        {i64Attr(ctx, "num_splits", 2)}, 2);
    if (failed(halves))
      return failure();
    return single(buildPad(ctx, *data, (*halves)->getResult(0),
                           (*halves)->getResult(1), padValue, *mode));
  }

  // Pad-18 with axes.
  if (!rank)
    return ctx.fail("Pad with 'axes' needs an input of known rank");
  std::optional<SmallVector<int64_t>> constAxes = getConstantIntValues(axes);
  if (constAxes && constPads) {
    if (constPads->size() != 2 * constAxes->size())
      return ctx.fail("'pads' has " + Twine(constPads->size()) +
                      " values for " + Twine(constAxes->size()) + " axes");
    SmallVector<int64_t> begins(*rank, 0), ends(*rank, 0);
    for (auto [i, axis] : llvm::enumerate(*constAxes)) {
      FailureOr<int64_t> normalized = normalizeAxis(ctx, axis, *rank);
      if (failed(normalized))
        return failure();
      begins[*normalized] = (*constPads)[i];
      ends[*normalized] = (*constPads)[i + constAxes->size()];
    }
    return single(buildPad(ctx, *data, ctx.constantI64(begins),
                           ctx.constantI64(ends), padValue, *mode));
  }
  FailureOr<Operation *> halves = ctx.createOp(
      SplitOp::getOperationName(), {*pads64, ctx.constantI64({0}, true)},
      {i64Attr(ctx, "num_splits", 2)}, 2);
  FailureOr<Value> axes64 = convertTo(ctx, axes, ctx.getBuilder().getI64Type());
  if (failed(halves) || failed(axes64))
    return failure();
  // Negative axes count from the end: axes + rank where negative.
  FailureOr<Value> negative =
      ctx.create<LessOp>({*axes64, ctx.constantI64({0}, true)});
  if (failed(negative))
    return failure();
  FailureOr<Value> shifted =
      ctx.create<AddOp>({*axes64, ctx.constantI64({*rank}, true)});
  if (failed(shifted))
    return failure();
  axes64 = ctx.create<SelectOp>({*negative, *shifted, *axes64});
  if (failed(axes64))
    return failure();
  Value zeros = ctx.constantI64(SmallVector<int64_t>(*rank, 0));
  SmallVector<Value, 2> full;
  for (unsigned i = 0; i < 2; ++i) {
    FailureOr<Value> scattered = ctx.create<ScatterElementsUpdateOp>(
        {zeros, *axes64, (*halves)->getResult(i), ctx.constantI64({0}, true)});
    if (failed(scattered))
      return failure();
    full.push_back(*scattered);
  }
  return single(buildPad(ctx, *data, full[0], full[1], padValue, *mode));
}

FailureOr<ValueList> convertRange(NodeContext &ctx) {
  FailureOr<Value> start = ctx.getRequiredInput(0, "start");
  FailureOr<Value> limit = ctx.getRequiredInput(1, "limit");
  FailureOr<Value> delta = ctx.getRequiredInput(2, "delta");
  if (failed(start) || failed(limit) || failed(delta))
    return failure();
  SmallVector<Value, 3> scalars;
  for (Value value : {*start, *limit, *delta}) {
    FailureOr<Value> scalar = toScalar(ctx, value);
    if (failed(scalar))
      return failure();
    scalars.push_back(*scalar);
  }
  return single(ctx.create<RangeOp>(
      scalars,
      {ctx.namedAttr("output_type", TypeAttr::get(getElementType(*start)))}));
}

//===----------------------------------------------------------------------===//
// Cast, CastLike
//===----------------------------------------------------------------------===//

FailureOr<Value> buildCast(NodeContext &ctx, Value input, Type to) {
  if (isa<StringType>(to) || isa<StringType>(getElementType(input)))
    return ctx.fail("casts from or to strings are not supported");
  return convertTo(ctx, input, to);
}

/// Cast: Convert to `to` (`saturate`, for float8 targets, does not apply to
/// the supported types).
FailureOr<ValueList> convertCast(NodeContext &ctx) {
  FailureOr<Value> input = ctx.getRequiredInput(0, "input");
  if (failed(input))
    return failure();
  int64_t toCode;
  if (ctx.getOpsetVersion() < 6 && ctx.findAttr("to") &&
      ctx.findAttr("to")->has_s()) {
    // Cast-1 named the type as a string.
    FailureOr<std::string> name = ctx.getString("to");
    if (failed(name))
      return failure();
    onnx::TensorProto::DataType code;
    if (!onnx::TensorProto::DataType_Parse(*name, &code))
      return ctx.fail("unknown type name '" + *name + "' in 'to'");
    toCode = code;
  } else {
    FailureOr<int64_t> to = ctx.getInt("to");
    if (failed(to))
      return failure();
    toCode = *to;
  }
  Type to = getONNXElementType(ctx.getContext(), toCode);
  if (!to)
    return ctx.fail("unsupported target type " +
                    getDataTypeName(static_cast<int32_t>(toCode)));
  return single(buildCast(ctx, *input, to));
}

FailureOr<ValueList> convertCastLike(NodeContext &ctx) {
  FailureOr<Value> input = ctx.getRequiredInput(0, "input");
  FailureOr<Value> like = ctx.getRequiredInput(1, "target_type");
  if (failed(input) || failed(like))
    return failure();
  return single(buildCast(ctx, *input, getElementType(*like)));
}

//===----------------------------------------------------------------------===//
// CumSum, OneHot, NonZero
//===----------------------------------------------------------------------===//

FailureOr<ValueList> convertCumSum(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "x");
  FailureOr<Value> axis = ctx.getRequiredInput(1, "axis");
  FailureOr<int64_t> exclusive = ctx.getInt("exclusive", 0);
  FailureOr<int64_t> reverse = ctx.getInt("reverse", 0);
  if (failed(x) || failed(axis) || failed(exclusive) || failed(reverse))
    return failure();
  FailureOr<Value> scalarAxis = toScalar(ctx, *axis);
  if (failed(scalarAxis))
    return failure();
  return single(ctx.create<CumSumOp>({*x, *scalarAxis},
                                     {boolAttr(ctx, "exclusive", *exclusive),
                                      boolAttr(ctx, "reverse", *reverse)}));
}

/// OneHot: OV's OneHot with [off, on] split from `values`. ONNX counts
/// negative indices from the end of depth, so they get depth added.
FailureOr<ValueList> convertOneHot(NodeContext &ctx) {
  FailureOr<Value> indices = ctx.getRequiredInput(0, "indices");
  FailureOr<Value> depth = ctx.getRequiredInput(1, "depth");
  FailureOr<Value> values = ctx.getRequiredInput(2, "values");
  FailureOr<int64_t> axis = ctx.getInt("axis", -1);
  if (failed(indices) || failed(depth) || failed(values) || failed(axis))
    return failure();
  Type i64 = ctx.getBuilder().getI64Type();
  FailureOr<Value> index = convertTo(ctx, *indices, i64);
  FailureOr<Value> depthScalar = toScalar(ctx, *depth);
  if (failed(index) || failed(depthScalar))
    return failure();
  FailureOr<Value> depth64 = convertTo(ctx, *depthScalar, i64);
  if (failed(depth64))
    return failure();
  if (std::optional<int64_t> rank = getRank(*indices))
    if (failed(normalizeAxis(ctx, *axis, *rank + 1)))
      return failure();

  FailureOr<Value> negative =
      ctx.create<LessOp>({*index, ctx.constantI64({0}, true)});
  if (failed(negative))
    return failure();
  FailureOr<Value> wrapped = ctx.create<AddOp>({*index, *depth64});
  if (failed(wrapped))
    return failure();
  FailureOr<Value> positive =
      ctx.create<SelectOp>({*negative, *wrapped, *index});
  if (failed(positive))
    return failure();

  FailureOr<Operation *> offOn = ctx.createOp(
      SplitOp::getOperationName(), {*values, ctx.constantI64({0}, true)},
      {i64Attr(ctx, "num_splits", 2)}, 2);
  if (failed(offOn))
    return failure();
  FailureOr<Value> off = toScalar(ctx, (*offOn)->getResult(0));
  FailureOr<Value> on = toScalar(ctx, (*offOn)->getResult(1));
  if (failed(off) || failed(on))
    return failure();
  return single(ctx.create<OneHotOp>({*positive, *depth64, *on, *off},
                                     {i64Attr(ctx, "axis", *axis)}));
}

FailureOr<ValueList> convertNonZero(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "X");
  if (failed(x))
    return failure();
  return single(ctx.create<NonZeroOp>(
      {*x}, {ctx.namedAttr("output_type",
                           TypeAttr::get(ctx.getBuilder().getI64Type()))}));
}

/// Unique-11 as Unique-10: the optional axis attribute becomes the axis
/// input; the index and count outputs are i64 as ONNX defines them. The
/// outputs Y, indices, inverse_indices and counts map one to one.
FailureOr<ValueList> convertUnique(NodeContext &ctx) {
  FailureOr<Value> x = ctx.getRequiredInput(0, "X");
  FailureOr<int64_t> sorted = ctx.getInt("sorted", 1);
  if (failed(x) || failed(sorted))
    return failure();
  if (*sorted != 0 && *sorted != 1)
    return ctx.fail("sorted must be 0 or 1, got " + Twine(*sorted));
  SmallVector<Value, 2> operands{*x};
  if (ctx.hasAttr("axis")) {
    FailureOr<int64_t> axis = ctx.getInt("axis");
    if (failed(axis))
      return failure();
    if (std::optional<int64_t> rank = getRank(*x);
        rank && (*axis < -*rank || *axis >= *rank))
      return ctx.fail("axis " + Twine(*axis) + " is out of range for rank " +
                      Twine(*rank));
    operands.push_back(ctx.constantI64({*axis}, /*scalar=*/true));
  }
  OpBuilder &b = ctx.getBuilder();
  FailureOr<Operation *> op = ctx.createOp(
      UniqueOp::getOperationName(), operands,
      {ctx.namedAttr("sorted", b.getBoolAttr(*sorted != 0)),
       ctx.namedAttr("index_element_type", TypeAttr::get(b.getI64Type())),
       ctx.namedAttr("count_element_type", TypeAttr::get(b.getI64Type()))},
      /*numResults=*/4);
  if (failed(op))
    return failure();
  return ValueList((*op)->getResults().begin(), (*op)->getResults().end());
}

//===----------------------------------------------------------------------===//
// EyeLike, Trilu, ReverseSequence
//===----------------------------------------------------------------------===//

/// col - row for the last two dimensions of `x`, as a [rows, cols] i64
/// tensor (from Ranges over the dimensions).
FailureOr<Value> buildDiagonalOffsets(NodeContext &ctx, Value x, int64_t rank) {
  FailureOr<Value> rows = getDim(ctx, x, rank - 2);
  FailureOr<Value> cols = getDim(ctx, x, rank - 1);
  if (failed(rows) || failed(cols))
    return failure();
  Value zero = ctx.constantI64({0}, true);
  FailureOr<Value> rowRange = buildRange(ctx, zero, *rows);
  FailureOr<Value> colRange = buildRange(ctx, zero, *cols);
  if (failed(rowRange) || failed(colRange))
    return failure();
  FailureOr<Value> rowColumn = unsqueeze(ctx, *rowRange, {1});
  if (failed(rowColumn))
    return failure();
  return ctx.create<SubtractOp>({*colRange, *rowColumn});
}

/// EyeLike: ones where col - row == k, of `dtype` (the input's by default).
FailureOr<ValueList> convertEyeLike(NodeContext &ctx) {
  FailureOr<Value> input = ctx.getRequiredInput(0, "input");
  FailureOr<int64_t> k = ctx.getInt("k", 0);
  if (failed(input) || failed(k))
    return failure();
  Type elementType = getElementType(*input);
  if (ctx.hasAttr("dtype")) {
    FailureOr<int64_t> dtype = ctx.getInt("dtype");
    if (failed(dtype))
      return failure();
    elementType = getONNXElementType(ctx.getContext(), *dtype);
    if (!elementType || isa<StringType>(elementType))
      return ctx.fail("unsupported dtype " +
                      getDataTypeName(static_cast<int32_t>(*dtype)));
  }
  if (getRank(*input) != 2)
    return ctx.fail("EyeLike needs a 2-D input");
  FailureOr<Value> offsets = buildDiagonalOffsets(ctx, *input, 2);
  if (failed(offsets))
    return failure();
  FailureOr<Value> mask =
      ctx.create<EqualOp>({*offsets, ctx.constantI64({*k}, true)});
  if (failed(mask))
    return failure();
  return single(convertTo(ctx, *mask, elementType));
}

/// Trilu: keeps the elements with col - row >= k (upper) or <= k (lower)
/// of the last two dimensions, zeros elsewhere.
FailureOr<ValueList> convertTrilu(NodeContext &ctx) {
  FailureOr<Value> input = ctx.getRequiredInput(0, "input");
  FailureOr<int64_t> upper = ctx.getInt("upper", 1);
  if (failed(input) || failed(upper))
    return failure();
  FailureOr<int64_t> rank = requireRank(ctx, *input, "Trilu");
  if (failed(rank))
    return failure();
  if (*rank < 2)
    return ctx.fail("Trilu needs an input of rank 2 or more, got " +
                    Twine(*rank));
  Value k;
  if (Value kInput = ctx.getInput(1)) {
    FailureOr<Value> scalar = toScalar(ctx, kInput);
    if (failed(scalar))
      return failure();
    FailureOr<Value> k64 =
        convertTo(ctx, *scalar, ctx.getBuilder().getI64Type());
    if (failed(k64))
      return failure();
    k = *k64;
  } else {
    k = ctx.constantI64({0}, true);
  }
  FailureOr<Value> offsets = buildDiagonalOffsets(ctx, *input, *rank);
  if (failed(offsets))
    return failure();
  FailureOr<Value> mask = *upper ? ctx.create<GreaterEqualOp>({*offsets, k})
                                 : ctx.create<LessEqualOp>({*offsets, k});
  if (failed(mask))
    return failure();
  Value zero = ctx.constantScalar(getElementType(*input), 0.0);
  return single(ctx.create<SelectOp>({*mask, *input, zero}));
}

/// ReverseSequence: GatherElements along the time axis with the index
/// len[b] - 1 - t for t < len[b] and t otherwise.
FailureOr<ValueList> convertReverseSequence(NodeContext &ctx) {
  FailureOr<Value> input = ctx.getRequiredInput(0, "input");
  FailureOr<Value> lengths = ctx.getRequiredInput(1, "sequence_lens");
  FailureOr<int64_t> batchAxis = ctx.getInt("batch_axis", 1);
  FailureOr<int64_t> timeAxis = ctx.getInt("time_axis", 0);
  if (failed(input) || failed(lengths) || failed(batchAxis) || failed(timeAxis))
    return failure();
  FailureOr<int64_t> rank = requireRank(ctx, *input, "ReverseSequence");
  if (failed(rank))
    return failure();
  if (*rank < 2)
    return ctx.fail("ReverseSequence needs an input of rank 2 or more");
  if (!((*batchAxis == 0 && *timeAxis == 1) ||
        (*batchAxis == 1 && *timeAxis == 0)))
    return ctx.fail("batch_axis and time_axis must be 0 and 1 (in either "
                    "order), got " +
                    Twine(*batchAxis) + " and " + Twine(*timeAxis));
  FailureOr<Value> steps = getDim(ctx, *input, *timeAxis);
  if (failed(steps))
    return failure();
  FailureOr<Value> time = buildRange(ctx, ctx.constantI64({0}, true), *steps);
  FailureOr<Value> lens =
      convertTo(ctx, *lengths, ctx.getBuilder().getI64Type());
  if (failed(time) || failed(lens))
    return failure();
  // time as [T, 1] and lengths as [1, B] (or the transposes).
  FailureOr<Value> timeGrid = unsqueeze(ctx, *time, {*batchAxis});
  FailureOr<Value> lenGrid = unsqueeze(ctx, *lens, {*timeAxis});
  if (failed(timeGrid) || failed(lenGrid))
    return failure();
  FailureOr<Value> inside = ctx.create<LessOp>({*timeGrid, *lenGrid});
  FailureOr<Value> last =
      ctx.create<SubtractOp>({*lenGrid, ctx.constantI64({1}, true)});
  if (failed(inside) || failed(last))
    return failure();
  FailureOr<Value> reversed = ctx.create<SubtractOp>({*last, *timeGrid});
  if (failed(reversed))
    return failure();
  FailureOr<Value> index =
      ctx.create<SelectOp>({*inside, *reversed, *timeGrid});
  if (failed(index))
    return failure();
  if (*rank > 2) {
    index =
        unsqueeze(ctx, *index, llvm::to_vector(llvm::seq<int64_t>(2, *rank)));
    if (failed(index))
      return failure();
  }
  FailureOr<Value> shape = getShape(ctx, *input);
  if (failed(shape))
    return failure();
  FailureOr<Value> fullIndex = ctx.create<BroadcastOp>({*index, *shape});
  if (failed(fullIndex))
    return failure();
  return single(ctx.create<GatherElementsOp>(
      {*input, *fullIndex}, {i64Attr(ctx, "axis", *timeAxis)}));
}

//===----------------------------------------------------------------------===//
// Einsum
//===----------------------------------------------------------------------===//

/// An operand of Einsum with one label per dimension: letters are 0-51,
/// the dimensions under an ellipsis get labels from kEllipsisLabel on,
/// right-aligned across the operands as they broadcast.
struct EinsumTerm {
  Value value;
  SmallVector<int> labels;
};

constexpr int kEllipsisLabel = 100;

/// Dimensions [begin, end) of `value` as a 1-D i64 tensor (a constant when
/// static).
FailureOr<Value> getDims(NodeContext &ctx, Value value, int64_t begin,
                         int64_t end) {
  auto type = cast<RankedTensorType>(value.getType());
  ArrayRef<int64_t> dims = type.getShape().slice(begin, end - begin);
  if (llvm::none_of(dims, ShapedType::isDynamic))
    return ctx.constantI64(dims);
  FailureOr<Value> shape = ctx.create<ShapeOfOp>({value});
  if (failed(shape))
    return failure();
  return ctx.create<SliceOp>({*shape, ctx.constantI64({begin}),
                              ctx.constantI64({end}), ctx.constantI64({1}),
                              ctx.constantI64({0})});
}

/// The concatenation of 1-D i64 shape parts: one constant when they all are.
FailureOr<Value> concatShape(NodeContext &ctx, ArrayRef<Value> parts) {
  SmallVector<int64_t> values;
  for (Value part : parts) {
    std::optional<SmallVector<int64_t>> constant = getConstantIntValues(part);
    if (!constant)
      return ctx.create<ConcatOp>(parts, {i64Attr(ctx, "axis", 0)});
    values.append(constant->begin(), constant->end());
  }
  Value shape = ctx.constantI64(values);
  // The parts were built for this: drop them.
  for (Value part : parts)
    if (part.use_empty())
      part.getDefiningOp()->erase();
  return shape;
}

/// The product of dimensions [begin, end) of `value` as a 1-element i64
/// tensor.
FailureOr<Value> getDimProduct(NodeContext &ctx, Value value, int64_t begin,
                               int64_t end) {
  auto type = cast<RankedTensorType>(value.getType());
  if (std::optional<int64_t> product = getStaticProduct(type, begin, end))
    return ctx.constantI64({*product});
  FailureOr<Value> dims = getDims(ctx, value, begin, end);
  if (failed(dims))
    return failure();
  return ctx.create<ReduceProdOp>({*dims, ctx.constantI64({0})},
                                  {boolAttr(ctx, "keep_dims", true)});
}

/// `term` with its dimensions reordered to `labels`.
FailureOr<EinsumTerm> transposeTerm(NodeContext &ctx, const EinsumTerm &term,
                                    ArrayRef<int> labels) {
  if (ArrayRef<int>(term.labels) == labels)
    return term;
  SmallVector<int64_t> order;
  for (int label : labels)
    order.push_back(llvm::find(term.labels, label) - term.labels.begin());
  FailureOr<Value> transposed =
      ctx.create<TransposeOp>({term.value, ctx.constantI64(order)});
  if (failed(transposed))
    return failure();
  return EinsumTerm{*transposed, SmallVector<int>(labels)};
}

/// Takes the diagonal of every label repeated within `term`: the elements
/// where the two indices agree (Select with an identity mask), summed over
/// the second occurrence.
FailureOr<EinsumTerm> takeDiagonals(NodeContext &ctx, EinsumTerm term) {
  for (;;) {
    int64_t rank = term.labels.size(), first = -1, second = -1;
    for (int64_t i = 0; i < rank && first < 0; ++i)
      for (int64_t j = i + 1; j < rank; ++j)
        if (term.labels[i] == term.labels[j]) {
          first = i;
          second = j;
          break;
        }
    if (first < 0)
      return term;
    FailureOr<Value> size = getDim(ctx, term.value, first);
    if (failed(size))
      return failure();
    FailureOr<Value> range = buildRange(ctx, ctx.constantI64({0}, true), *size);
    if (failed(range))
      return failure();
    FailureOr<Value> column = unsqueeze(ctx, *range, {1});
    if (failed(column))
      return failure();
    FailureOr<Value> mask = ctx.create<EqualOp>({*column, *range});
    if (failed(mask))
      return failure();
    SmallVector<int64_t> otherAxes;
    for (int64_t i = 0; i < rank; ++i)
      if (i != first && i != second)
        otherAxes.push_back(i);
    if (!otherAxes.empty()) {
      mask = unsqueeze(ctx, *mask, otherAxes);
      if (failed(mask))
        return failure();
    }
    FailureOr<Value> kept = ctx.create<SelectOp>(
        {*mask, term.value, ctx.constantScalar(getElementType(term.value), 0)});
    if (failed(kept))
      return failure();
    FailureOr<Value> summed =
        ctx.create<ReduceSumOp>({*kept, ctx.constantI64({second})},
                                {boolAttr(ctx, "keep_dims", false)});
    if (failed(summed))
      return failure();
    term.value = *summed;
    term.labels.erase(term.labels.begin() + second);
  }
}

/// Sums `term` over the labels for which `keep` is false.
FailureOr<EinsumTerm> sumOut(NodeContext &ctx, EinsumTerm term,
                             function_ref<bool(int)> keep) {
  SmallVector<int64_t> axes;
  SmallVector<int> labels;
  for (auto [i, label] : llvm::enumerate(term.labels)) {
    if (keep(label))
      labels.push_back(label);
    else
      axes.push_back(i);
  }
  if (axes.empty())
    return term;
  FailureOr<Value> summed = ctx.create<ReduceSumOp>(
      {term.value, ctx.constantI64(axes)}, {boolAttr(ctx, "keep_dims", false)});
  if (failed(summed))
    return failure();
  return EinsumTerm{*summed, labels};
}

/// Contracts `a` and `b` (without repeated or unneeded labels) over their
/// common labels that `keep` rejects: both are transposed to [batch, own,
/// contracted] / [batch, contracted, own], flattened to 3 parts, multiplied
/// with MatMul and unflattened to [batch, a's own, b's own].
FailureOr<EinsumTerm> contract(NodeContext &ctx, const EinsumTerm &a,
                               const EinsumTerm &b,
                               function_ref<bool(int)> keep) {
  SmallVector<int> batch, aOwn, bOwn, reduced;
  for (int label : a.labels) {
    if (!llvm::is_contained(b.labels, label))
      aOwn.push_back(label);
    else if (keep(label))
      batch.push_back(label);
    else
      reduced.push_back(label);
  }
  for (int label : b.labels)
    if (!llvm::is_contained(a.labels, label))
      bOwn.push_back(label);

  auto concat = [](std::initializer_list<ArrayRef<int>> parts) {
    SmallVector<int> all;
    for (ArrayRef<int> part : parts)
      all.append(part.begin(), part.end());
    return all;
  };
  FailureOr<EinsumTerm> at =
      transposeTerm(ctx, a, concat({batch, aOwn, reduced}));
  FailureOr<EinsumTerm> bt =
      transposeTerm(ctx, b, concat({batch, reduced, bOwn}));
  if (failed(at) || failed(bt))
    return failure();
  int64_t nb = batch.size(), na = aOwn.size(), nr = reduced.size(),
          nbOwn = bOwn.size();

  // [batch..., prod(own), prod(reduced)] with the batch dimensions kept
  // by special_zero.
  auto flatten = [&](Value value, int64_t firstLen,
                     int64_t secondLen) -> FailureOr<Value> {
    if (firstLen == 1 && secondLen == 1)
      return value;
    FailureOr<Value> first = getDimProduct(ctx, value, nb, nb + firstLen);
    FailureOr<Value> second =
        getDimProduct(ctx, value, nb + firstLen, nb + firstLen + secondLen);
    if (failed(first) || failed(second))
      return failure();
    SmallVector<Value> parts;
    if (nb)
      parts.push_back(ctx.constantI64(SmallVector<int64_t>(nb, 0)));
    parts.push_back(*first);
    parts.push_back(*second);
    FailureOr<Value> shape = concatShape(ctx, parts);
    if (failed(shape))
      return failure();
    return ctx.create<ReshapeOp>({value, *shape},
                                 {boolAttr(ctx, "special_zero", nb != 0)});
  };
  FailureOr<Value> a3 = flatten(at->value, na, nr);
  FailureOr<Value> b3 = flatten(bt->value, nr, nbOwn);
  if (failed(a3) || failed(b3))
    return failure();
  FailureOr<Value> product = ctx.create<MatMulOp>({*a3, *b3});
  if (failed(product))
    return failure();
  EinsumTerm result{*product, concat({batch, aOwn, bOwn})};
  if (na == 1 && nbOwn == 1)
    return result;

  // Unflatten: the (broadcast) batch dimensions of the product, then the
  // own dimensions of a and b.
  // The batch dimensions of a when they are static and equal to b's.
  ArrayRef<int64_t> aBatch =
      cast<RankedTensorType>(at->value.getType()).getShape().take_front(nb);
  ArrayRef<int64_t> bBatch =
      cast<RankedTensorType>(bt->value.getType()).getShape().take_front(nb);
  bool sameBatch =
      aBatch == bBatch && llvm::none_of(aBatch, ShapedType::isDynamic);
  FailureOr<Value> batchDims =
      getDims(ctx, sameBatch ? at->value : *product, 0, nb);
  FailureOr<Value> aDims = getDims(ctx, at->value, nb, nb + na);
  FailureOr<Value> bDims = getDims(ctx, bt->value, nb + nr, nb + nr + nbOwn);
  if (failed(batchDims) || failed(aDims) || failed(bDims))
    return failure();
  FailureOr<Value> shape = concatShape(ctx, {*batchDims, *aDims, *bDims});
  if (failed(shape))
    return failure();
  FailureOr<Value> reshaped = ctx.create<ReshapeOp>(
      {*product, *shape}, {boolAttr(ctx, "special_zero", false)});
  if (failed(reshaped))
    return failure();
  result.value = *reshaped;
  return result;
}

/// Parses one Einsum term ("ab...c") for an operand of rank `rank`
/// (`rank` < 0 for the output, whose ellipsis has `ellipsisRank` dims).
FailureOr<SmallVector<int>> parseEinsumTerm(NodeContext &ctx, StringRef text,
                                            int64_t rank,
                                            int64_t ellipsisRank) {
  SmallVector<int> labels;
  size_t dots = text.find("...");
  if (dots != StringRef::npos && text.find("...", dots + 3) != StringRef::npos)
    return ctx.fail("term '" + text + "' has more than one ellipsis");
  int64_t letters = text.size() - (dots == StringRef::npos ? 0 : 3);
  int64_t ellipsisDims = 0;
  if (rank >= 0) {
    if (dots == StringRef::npos ? letters != rank : letters > rank)
      return ctx.fail("term '" + text + "' does not match an input of rank " +
                      Twine(rank));
    ellipsisDims = rank - letters;
  } else {
    ellipsisDims = ellipsisRank;
  }
  for (size_t i = 0; i < text.size(); ++i) {
    if (i == dots) {
      for (int64_t j = 0; j < ellipsisDims; ++j)
        labels.push_back(kEllipsisLabel + ellipsisRank - ellipsisDims + j);
      i += 2;
      continue;
    }
    char c = text[i];
    if (c >= 'a' && c <= 'z')
      labels.push_back(c - 'a');
    else if (c >= 'A' && c <= 'Z')
      labels.push_back(26 + c - 'A');
    else
      return ctx.fail("invalid character '" + Twine(c) + "' in equation");
  }
  return labels;
}

/// Einsum: every operand's diagonals taken and its private labels summed
/// out, then the operands contracted pairwise with MatMul, and the result
/// summed and transposed to the output labels.
FailureOr<ValueList> convertEinsum(NodeContext &ctx) {
  FailureOr<std::string> equation = ctx.getString("equation");
  if (failed(equation))
    return failure();
  std::string text;
  for (char c : *equation)
    if (c != ' ')
      text.push_back(c);
  StringRef lhs = text, rhs;
  bool explicitOutput = false;
  if (size_t arrow = lhs.find("->"); arrow != StringRef::npos) {
    rhs = lhs.substr(arrow + 2);
    lhs = lhs.take_front(arrow);
    explicitOutput = true;
  }
  SmallVector<StringRef> termTexts;
  lhs.split(termTexts, ',');
  if (termTexts.size() != ctx.getNumInputs())
    return ctx.fail("the equation has " + Twine(termTexts.size()) +
                    " input terms for " + Twine(ctx.getNumInputs()) +
                    " inputs");

  // The operands' ranks, then the ellipsis rank (the largest one).
  SmallVector<Value> inputs;
  int64_t ellipsisRank = 0;
  for (size_t i = 0; i < termTexts.size(); ++i) {
    FailureOr<Value> input = ctx.getRequiredInput(i, "Inputs");
    if (failed(input))
      return failure();
    FailureOr<int64_t> rank = requireRank(ctx, *input, "Einsum");
    if (failed(rank))
      return failure();
    inputs.push_back(*input);
    if (termTexts[i].contains("...")) {
      int64_t letters = termTexts[i].size() - 3;
      ellipsisRank = std::max(ellipsisRank, *rank - letters);
    }
  }
  SmallVector<EinsumTerm> terms;
  for (auto [i, termText] : llvm::enumerate(termTexts)) {
    FailureOr<SmallVector<int>> labels =
        parseEinsumTerm(ctx, termText, *getRank(inputs[i]), ellipsisRank);
    if (failed(labels))
      return failure();
    terms.push_back({inputs[i], *labels});
  }

  SmallVector<int> output;
  if (explicitOutput) {
    FailureOr<SmallVector<int>> labels =
        parseEinsumTerm(ctx, rhs, -1, ellipsisRank);
    if (failed(labels))
      return failure();
    output = *labels;
    for (int label : output)
      if (llvm::none_of(terms, [&](const EinsumTerm &term) {
            return llvm::is_contained(term.labels, label);
          }))
        return ctx.fail(
            "output label '" +
            Twine(char(label < 26 ? 'a' + label : 'A' + label - 26)) +
            "' is in no input");
  } else {
    // The ellipsis dimensions, then the labels used once, in order.
    std::map<int, int> counts;
    for (const EinsumTerm &term : terms)
      for (int label : term.labels)
        ++counts[label];
    for (int64_t j = 0; j < ellipsisRank; ++j)
      output.push_back(kEllipsisLabel + j);
    for (auto [label, count] : counts)
      if (label < kEllipsisLabel && count == 1)
        output.push_back(label);
  }

  // Whether `label` is needed beyond the operands up to `upTo`.
  auto neededAfter = [&](int label, size_t upTo) {
    if (llvm::is_contained(output, label))
      return true;
    for (size_t k = upTo + 1; k < terms.size(); ++k)
      if (llvm::is_contained(terms[k].labels, label))
        return true;
    return false;
  };
  auto prepare = [&](size_t i) -> FailureOr<EinsumTerm> {
    FailureOr<EinsumTerm> term = takeDiagonals(ctx, terms[i]);
    if (failed(term))
      return failure();
    return sumOut(ctx, *term, [&](int label) {
      if (neededAfter(label, i))
        return true;
      // Labels shared with an earlier operand are contracted with it.
      for (size_t k = 0; k < i; ++k)
        if (llvm::is_contained(terms[k].labels, label))
          return true;
      return false;
    });
  };

  FailureOr<EinsumTerm> result = prepare(0);
  if (failed(result))
    return failure();
  for (size_t i = 1; i < terms.size(); ++i) {
    FailureOr<EinsumTerm> next = prepare(i);
    if (failed(next))
      return failure();
    // Labels of the accumulated result that no later operand shares are
    // summed out first, as are those only this operand would contract.
    result = contract(ctx, *result, *next,
                      [&](int label) { return neededAfter(label, i); });
    if (failed(result))
      return failure();
  }
  // A single operand: sum out what the output drops.
  result = sumOut(ctx, *result,
                  [&](int label) { return llvm::is_contained(output, label); });
  if (failed(result))
    return failure();
  FailureOr<EinsumTerm> final = transposeTerm(ctx, *result, output);
  if (failed(final))
    return failure();
  return ValueList{final->value};
}

} // namespace

void onnx_import::registerShapeConverters(ConverterRegistry &registry) {
  registry.add("Constant", 1, convertConstant);
  registry.add("ConstantOfShape", 9, convertConstantOfShape);
  registry.add("Shape", 1, convertShape);
  registry.add("Size", 1, convertSize);
  registry.add("Reshape", 1, convertReshape1);
  registry.add("Reshape", 5, convertReshape5);
  registry.add("Flatten", 1, convertFlatten);
  registry.add("Transpose", 1, convertTranspose);
  registry.add("Squeeze", 1, convertSqueeze);
  registry.add("Unsqueeze", 1, convertUnsqueeze);
  registry.add("Concat", 1, convertConcat);
  registry.add("Split", 1, convertSplit1);
  registry.add("Split", 13, convertSplit13);
  registry.add("Slice", 1, convertSlice1);
  registry.add("Slice", 10, convertSlice10);
  registry.add("Gather", 1, convertGather);
  registry.add("GatherElements", 11, convertGatherElements);
  registry.add("GatherND", 11, convertGatherND);
  registry.add("Scatter", 9, convertScatterElements);
  registry.add("ScatterElements", 11, convertScatterElements);
  registry.add("ScatterND", 11, convertScatterND);
  registry.add("Expand", 8, convertExpand);
  registry.add("Tile", 6, convertTile);
  registry.add("Pad", 1, convertPad2);
  registry.add("Pad", 11, convertPad11);
  registry.add("Range", 11, convertRange);
  registry.add("Cast", 1, convertCast);
  registry.add("CastLike", 15, convertCastLike);
  registry.add("CumSum", 11, convertCumSum);
  registry.add("OneHot", 9, convertOneHot);
  registry.add("NonZero", 9, convertNonZero);
  registry.add("Unique", 11, convertUnique);
  registry.add("EyeLike", 9, convertEyeLike);
  registry.add("Trilu", 14, convertTrilu);
  registry.add("ReverseSequence", 10, convertReverseSequence);
  registry.add("Einsum", 12, convertEinsum);
}
