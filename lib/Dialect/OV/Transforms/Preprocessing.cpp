//===- Preprocessing.cpp - Embed input preprocessing in a model -----------===//

#include "ovmlir/Dialect/OV/Transforms/Preprocessing.h"

#include "ovmlir/Dialect/OV/IR/InferredBuilder.h"
#include "ovmlir/Dialect/OV/IR/OVOps.h"
#include "ovmlir/Dialect/OV/Transforms/ModelEditing.h"
#include "ovmlir/Dialect/OV/Transforms/Passes.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"

namespace mlir::ov {
#define GEN_PASS_DEF_OVPREPROCESS
#include "ovmlir/Dialect/OV/Transforms/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;
using namespace mlir::ov;

namespace {

/// Per-input option values: "" -> the value for every input.
using PerInput = llvm::StringMap<std::string>;

/// Splits `name[values]` / `name(layout)` entries; a bare `[values]` or
/// `layout` applies to every input (key "").
FailureOr<PerInput> parsePerInput(func::FuncOp model, StringRef option,
                                  StringRef text, char open, char close) {
  PerInput result;
  for (StringRef entry : splitTopLevelList(text)) {
    size_t at = entry.find(open);
    if (at == StringRef::npos) {
      if (open == '[')
        return model.emitError()
                   << "--" << option << ": expected [v1,v2,...] or "
                   << "name[v1,v2,...], got '" << entry << "'",
               failure();
      result[""] = entry.str(); // a layout for every input
      continue;
    }
    if (!entry.ends_with(StringRef(&close, 1)))
      return model.emitError() << "--" << option << ": '" << entry
                               << "' does not end with '" << close << "'",
             failure();
    result[entry.substr(0, at).trim()] =
        entry.slice(at + 1, entry.size() - 1).str();
  }
  return result;
}

/// The value of `options` for the input `name` (or the one for all).
std::optional<StringRef> lookup(const PerInput &options, StringRef name) {
  auto it = options.find(name);
  if (it == options.end())
    it = options.find("");
  if (it == options.end())
    return std::nullopt;
  return StringRef(it->second);
}

/// A layout as dimension names: `nchw`, `NC?`, `[N,C,H,W]`.
SmallVector<std::string> parseLayout(StringRef text) {
  SmallVector<std::string> dims;
  text = text.trim();
  if (text.consume_front("[") && text.consume_back("]")) {
    SmallVector<StringRef> parts;
    text.split(parts, ',');
    for (StringRef part : parts)
      dims.push_back(part.trim().upper());
    return dims;
  }
  for (char c : text)
    dims.push_back(std::string(1, llvm::toUpper(c)));
  return dims;
}

std::string printLayout(ArrayRef<std::string> dims) {
  return "[" + llvm::join(dims, ",") + "]";
}

FailureOr<SmallVector<double>> parseValues(func::FuncOp model, StringRef option,
                                           StringRef input, StringRef text) {
  SmallVector<double> values;
  SmallVector<StringRef> parts;
  text.split(parts, ',');
  for (StringRef part : parts) {
    double value;
    if (part.trim().getAsDouble(value))
      return model.emitError() << "--" << option << " of input '" << input
                               << "': '" << part.trim() << "' is not a number",
             failure();
    values.push_back(value);
  }
  return values;
}

/// A constant of `values` shaped to broadcast along dimension `axis` of a
/// tensor of rank `rank` (a scalar for one value).
Value makeChannelConstant(OpBuilder &b, Location loc, ArrayRef<double> values,
                          int64_t axis, int64_t rank, FloatType elementType) {
  SmallVector<int64_t> shape;
  if (values.size() > 1) {
    shape.assign(rank, 1);
    shape[axis] = values.size();
  }
  SmallVector<APFloat> elements;
  for (double v : values) {
    APFloat f(v);
    bool losesInfo;
    f.convert(elementType.getFloatSemantics(), APFloat::rmNearestTiesToEven,
              &losesInfo);
    elements.push_back(f);
  }
  auto type = RankedTensorType::get(shape, elementType);
  return ConstantOp::create(b, loc, DenseElementsAttr::get(type, elements))
      .getResult();
}

/// Preprocesses one Parameter.
LogicalResult preprocessInput(func::FuncOp model, BlockArgument arg,
                              StringRef name, const PreprocessingOptions &opts,
                              const PerInput &means, const PerInput &scales,
                              const PerInput &layouts,
                              const PerInput &sourceLayouts,
                              const PerInput &targetLayouts) {
  std::optional<StringRef> mean = lookup(means, name);
  std::optional<StringRef> scale = lookup(scales, name);
  std::optional<StringRef> layoutText = lookup(sourceLayouts, name);
  if (!layoutText)
    layoutText = lookup(layouts, name);
  std::optional<StringRef> targetText = lookup(targetLayouts, name);
  bool reverse = opts.reverseInputChannels;
  if (!mean && !scale && !layoutText && !targetText && !reverse)
    return success();

  auto type = dyn_cast<RankedTensorType>(arg.getType());
  if (!type)
    return model.emitError()
               << "input '" << name << "': preprocessing needs a ranked input",
           failure();
  int64_t rank = type.getRank();
  SmallVector<std::string> layout;
  if (layoutText) {
    layout = parseLayout(*layoutText);
    if (static_cast<int64_t>(layout.size()) != rank)
      return model.emitError() << "input '" << name << "': layout '"
                               << *layoutText << "' has " << layout.size()
                               << " dimensions, the input " << rank,
             failure();
  }
  MLIRContext *context = model.getContext();
  OpBuilder b(context);
  b.setInsertionPointToStart(arg.getOwner());
  Location loc = NameLoc::get(b.getStringAttr(name.str() + "/preprocess"));
  Value value = arg;
  SmallVector<Operation *> inserted;
  SmallVector<std::string> paramLayout = layout;

  // The user feeds the target layout: a Transpose to the model's layout.
  if (targetText) {
    SmallVector<std::string> target = parseLayout(*targetText);
    if (layout.empty())
      return model.emitError() << "input '" << name
                               << "': --target_layout needs the source "
                                  "layout (--layout or --source_layout)",
             failure();
    SmallVector<int64_t> order;
    for (const std::string &dim : layout) {
      auto *it = llvm::find(target, dim);
      if (target.size() != layout.size() || it == target.end())
        return model.emitError() << "input '" << name << "': target layout '"
                                 << *targetText << "' is not a permutation of '"
                                 << printLayout(layout) << "'",
               failure();
      order.push_back(it - target.begin());
    }
    SmallVector<int64_t> targetShape(rank);
    for (auto [sourceDim, targetDim] : llvm::enumerate(order))
      targetShape[targetDim] = type.getDimSize(sourceDim);
    arg.setType(RankedTensorType::get(targetShape, type.getElementType()));
    auto orderConst = ConstantOp::create(
        b, loc,
        DenseElementsAttr::get(RankedTensorType::get({rank}, b.getI64Type()),
                               ArrayRef(order)));
    FailureOr<Value> transpose =
        createInferred<TransposeOp>(b, loc, {arg, orderConst.getResult()});
    if (failed(transpose))
      return failure();
    inserted.append({orderConst, transpose->getDefiningOp()});
    value = *transpose;
    paramLayout = target;
  }

  // The channel dimension: C of the layout, else 1 (N C ...).
  int64_t channel = rank >= 2 ? 1 : 0;
  if (!layout.empty()) {
    auto *it = llvm::find(layout, "C");
    if (it == layout.end() && (mean || scale || reverse))
      return model.emitError()
                 << "input '" << name << "': layout '" << printLayout(layout)
                 << "' has no channel dimension C",
             failure();
    channel = it - layout.begin();
  }
  int64_t channels = type.getDimSize(channel);

  if (reverse) {
    if (ShapedType::isDynamic(channels))
      return model.emitError() << "input '" << name
                               << "': --reverse_input_channels needs a "
                                  "static channel dimension",
             failure();
    SmallVector<int64_t> indices;
    for (int64_t c = channels - 1; c >= 0; --c)
      indices.push_back(c);
    auto indicesConst = ConstantOp::create(
        b, loc,
        DenseElementsAttr::get(
            RankedTensorType::get({channels}, b.getI64Type()),
            ArrayRef(indices)));
    auto axis = ConstantOp::create(
        b, loc,
        DenseElementsAttr::get(RankedTensorType::get({}, b.getI64Type()),
                               ArrayRef(channel)));
    FailureOr<Value> gather = createInferred<GatherOp>(
        b, loc, {value, indicesConst.getResult(), axis.getResult()});
    if (failed(gather))
      return failure();
    inserted.append({indicesConst, axis, gather->getDefiningOp()});
    value = *gather;
  }

  auto floatType = dyn_cast<FloatType>(type.getElementType());
  for (auto [option, text, isMean] :
       {std::make_tuple("mean_values", mean, true),
        std::make_tuple("scale_values", scale, false)}) {
    if (!text)
      continue;
    if (!floatType)
      return model.emitError()
                 << "input '" << name << "': --" << option
                 << " needs a float input (give it a type: --input " << name
                 << "{f32})",
             failure();
    FailureOr<SmallVector<double>> values =
        parseValues(model, option, name, *text);
    if (failed(values))
      return failure();
    if (values->size() != 1 && !ShapedType::isDynamic(channels) &&
        static_cast<int64_t>(values->size()) != channels)
      return model.emitError()
                 << "input '" << name << "': --" << option << " has "
                 << values->size() << " values for " << channels
                 << " channels (dimension " << channel << ")",
             failure();
    Value constant =
        makeChannelConstant(b, loc, *values, channel, rank, floatType);
    FailureOr<Value> result =
        isMean ? createInferred<SubtractOp>(b, loc, {value, constant})
               : createInferred<DivideOp>(b, loc, {value, constant});
    if (failed(result))
      return failure();
    inserted.append({constant.getDefiningOp(), result->getDefiningOp()});
    value = *result;
  }

  if (value != arg) {
    SmallPtrSet<Operation *, 8> except(inserted.begin(), inserted.end());
    arg.replaceAllUsesExcept(value, except);
  }
  if (!paramLayout.empty()) {
    auto rt = model.getArgAttrOfType<DictionaryAttr>(
        arg.getArgNumber(), OVDialect::kRtInfoAttrName);
    NamedAttrList entries(rt);
    entries.set("layout",
                b.getDictionaryAttr(
                    {b.getNamedAttr("layout",
                                    b.getStringAttr(printLayout(paramLayout))),
                     b.getNamedAttr("version", b.getStringAttr("0"))}));
    model.setArgAttr(arg.getArgNumber(), OVDialect::kRtInfoAttrName,
                     entries.getDictionary(context));
  }
  return success();
}

} // namespace

LogicalResult ov::applyPreprocessing(func::FuncOp model,
                                     const PreprocessingOptions &options) {
  if (options.empty())
    return success();
  FailureOr<PerInput> means =
      parsePerInput(model, "mean_values", options.meanValues, '[', ']');
  FailureOr<PerInput> scales =
      parsePerInput(model, "scale_values", options.scaleValues, '[', ']');
  FailureOr<PerInput> layouts =
      parsePerInput(model, "layout", options.layout, '(', ')');
  FailureOr<PerInput> sources =
      parsePerInput(model, "source_layout", options.sourceLayout, '(', ')');
  FailureOr<PerInput> targets =
      parsePerInput(model, "target_layout", options.targetLayout, '(', ')');
  if (failed(means) || failed(scales) || failed(layouts) || failed(sources) ||
      failed(targets))
    return failure();

  // Every input named in an option must exist.
  llvm::StringSet<> names;
  Block &body = model.getBody().front();
  for (BlockArgument arg : body.getArguments())
    if (auto name = model.getArgAttrOfType<StringAttr>(
            arg.getArgNumber(), OVDialect::kNameAttrName))
      names.insert(name.getValue());
  for (const PerInput *perInput :
       {&*means, &*scales, &*layouts, &*sources, &*targets})
    for (const auto &entry : *perInput)
      if (!entry.getKey().empty() && !names.contains(entry.getKey()))
        return model.emitError()
               << "preprocessing names input '" << entry.getKey()
               << "', which the model does not have";

  for (BlockArgument arg : body.getArguments()) {
    auto name = model.getArgAttrOfType<StringAttr>(arg.getArgNumber(),
                                                   OVDialect::kNameAttrName);
    if (failed(preprocessInput(model, arg, name ? name.getValue() : "", options,
                               *means, *scales, *layouts, *sources, *targets)))
      return failure();
  }
  model.setType(FunctionType::get(model.getContext(), body.getArgumentTypes(),
                                  model.getResultTypes()));
  return success();
}

namespace {
struct PreprocessPass : ov::impl::OVPreprocessBase<PreprocessPass> {
  using OVPreprocessBase::OVPreprocessBase;
  void runOnOperation() override {
    PreprocessingOptions options;
    options.meanValues = meanValues;
    options.scaleValues = scaleValues;
    options.reverseInputChannels = reverseInputChannels;
    options.layout = layout;
    options.sourceLayout = sourceLayout;
    options.targetLayout = targetLayout;
    if (failed(applyPreprocessing(getOperation(), options)))
      signalPassFailure();
  }
};
} // namespace
