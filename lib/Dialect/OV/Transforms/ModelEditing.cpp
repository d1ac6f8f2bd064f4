//===- ModelEditing.cpp - Set input shapes and cut a model ----------------===//

#include "ovmlir/Dialect/OV/Transforms/ModelEditing.h"

#include "ovmlir/Dialect/OV/IR/OVOps.h"
#include "ovmlir/Dialect/OV/Transforms/Passes.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/Transforms/RegionUtils.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/StringExtras.h"

namespace mlir::ov {
#define GEN_PASS_DEF_OVEDITMODEL
#include "ovmlir/Dialect/OV/Transforms/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;
using namespace mlir::ov;

//===----------------------------------------------------------------------===//
// Parsing
//===----------------------------------------------------------------------===//

SmallVector<StringRef> ov::splitTopLevelList(StringRef text) {
  SmallVector<StringRef> parts;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '[' || c == '{' || c == '(')
      ++depth;
    else if (c == ']' || c == '}' || c == ')')
      --depth;
    else if (c == ',' && depth == 0) {
      parts.push_back(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  if (!text.slice(start, text.size()).trim().empty() || !parts.empty())
    parts.push_back(text.slice(start, text.size()).trim());
  return parts;
}

/// Parses one dimension: `3`, `?`, `-1`, `1..10`, `2..`, `..8`.
static std::optional<std::pair<int64_t, int64_t>> parseDim(StringRef text) {
  text = text.trim();
  if (text == "?" || text == "-1")
    return std::make_pair<int64_t, int64_t>(0, -1);
  int64_t value;
  if (!text.getAsInteger(10, value) && value >= 0)
    return std::make_pair(value, value);
  auto [lo, hi] = text.split("..");
  if (lo.size() == text.size())
    return std::nullopt;
  int64_t low = 0, high = -1;
  if (!lo.trim().empty() && (lo.trim().getAsInteger(10, low) || low < 0))
    return std::nullopt;
  if (!hi.trim().empty() && (hi.trim().getAsInteger(10, high) || high < low))
    return std::nullopt;
  return std::make_pair(low, high);
}

FailureOr<SmallVector<InputSpec>> ov::parseInputSpecs(StringRef text,
                                                      std::string &error) {
  SmallVector<InputSpec> specs;
  for (StringRef entry : splitTopLevelList(text)) {
    InputSpec spec;
    size_t end = entry.find_first_of("[{");
    spec.name = entry.substr(0, end).trim().str();
    StringRef rest = end == StringRef::npos ? "" : entry.substr(end);
    while (!rest.empty()) {
      char open = rest.front();
      char close = open == '[' ? ']' : '}';
      size_t stop = rest.find(close);
      if ((open != '[' && open != '{') || stop == StringRef::npos) {
        error = "cannot parse input '" + entry.str() +
                "': expected name[d0,d1,...]{type}";
        return failure();
      }
      StringRef inner = rest.slice(1, stop);
      if (open == '[') {
        spec.shape.emplace();
        SmallVector<StringRef> dims;
        if (!inner.trim().empty())
          inner.split(dims, ',');
        for (StringRef dim : dims) {
          auto parsed = parseDim(dim);
          if (!parsed) {
            error = "cannot parse dimension '" + dim.trim().str() +
                    "' of input '" + spec.name +
                    "' (expected a number, ?, -1 or a range lo..hi)";
            return failure();
          }
          spec.shape->push_back(*parsed);
        }
      } else {
        spec.elementType = inner.trim().str();
      }
      rest = rest.substr(stop + 1).ltrim();
    }
    if (spec.name.empty()) {
      error = "input '" + entry.str() + "' has no name";
      return failure();
    }
    specs.push_back(std::move(spec));
  }
  return specs;
}

SmallVector<std::string> ov::parseOutputNames(StringRef text) {
  SmallVector<std::string> names;
  for (StringRef part : splitTopLevelList(text))
    if (!part.empty())
      names.push_back(part.str());
  return names;
}

/// The element type named `name` (OpenVINO's spellings), or null.
static Type parseElementType(MLIRContext *context, StringRef name) {
  Builder b(context);
  return llvm::StringSwitch<Type>(name.lower())
      .Case("f32", b.getF32Type())
      .Case("f16", b.getF16Type())
      .Case("bf16", b.getBF16Type())
      .Case("f64", b.getF64Type())
      .Case("i8", b.getIntegerType(8))
      .Case("i16", b.getIntegerType(16))
      .Case("i32", b.getIntegerType(32))
      .Case("i64", b.getIntegerType(64))
      .Case("u8", b.getIntegerType(8, false))
      .Case("u16", b.getIntegerType(16, false))
      .Case("u32", b.getIntegerType(32, false))
      .Case("u64", b.getIntegerType(64, false))
      .Case("boolean", b.getI1Type())
      .Case("bool", b.getI1Type())
      .Default(Type());
}

//===----------------------------------------------------------------------===//
// Editing
//===----------------------------------------------------------------------===//

namespace {

/// Tensor and node names of a model (its top-level block).
class ModelIndex {
public:
  explicit ModelIndex(func::FuncOp func) : func(func) {
    Block &body = func.getBody().front();
    for (BlockArgument arg : body.getArguments()) {
      if (auto name = func.getArgAttrOfType<StringAttr>(
              arg.getArgNumber(), OVDialect::kNameAttrName))
        add(name.getValue(), arg);
      if (auto names = func.getArgAttrOfType<ArrayAttr>(
              arg.getArgNumber(), OVDialect::kTensorNamesAttrName))
        for (auto name : names.getAsValueRange<StringAttr>())
          add(name, arg);
    }
    for (Operation &op : body) {
      if (auto loc = dyn_cast<NameLoc>(op.getLoc()))
        nodes.try_emplace(loc.getName().getValue(), &op);
      if (auto names =
              op.getAttrOfType<ArrayAttr>(OVDialect::kTensorNamesAttrName))
        for (auto [i, perResult] : llvm::enumerate(names))
          if (auto list = dyn_cast<ArrayAttr>(perResult);
              list && i < op.getNumResults())
            for (auto name : list.getAsValueRange<StringAttr>())
              add(name, op.getResult(i));
    }
  }

  Value findTensor(StringRef name) const {
    auto it = tensors.find(name);
    return it == tensors.end() ? Value() : it->second;
  }

  /// `node:N` -> output N of node; `N:node` -> the op and operand N.
  Value findOutputPort(StringRef name) const {
    auto [node, port] = name.rsplit(':');
    unsigned index;
    auto it = nodes.find(node);
    if (port.getAsInteger(10, index) || it == nodes.end() ||
        index >= it->second->getNumResults())
      return {};
    return it->second->getResult(index);
  }
  OpOperand *findInputPort(StringRef name) const {
    auto [port, node] = name.split(':');
    unsigned index;
    auto it = nodes.find(node);
    if (port.getAsInteger(10, index) || it == nodes.end() ||
        index >= it->second->getNumOperands())
      return nullptr;
    return &it->second->getOpOperand(index);
  }

  /// An error for an unknown name, with the nearest known tensor names.
  LogicalResult unknown(StringRef what, StringRef name) {
    SmallVector<std::pair<unsigned, StringRef>> scored;
    for (const auto &entry : tensors)
      scored.push_back({name.edit_distance(entry.getKey()), entry.getKey()});
    llvm::sort(scored);
    InFlightDiagnostic diag = func.emitError()
                              << what << " '" << name
                              << "' is not a tensor, node:port or port:node "
                                 "of the model";
    if (!scored.empty()) {
      diag << "; nearest tensor names: ";
      for (size_t i = 0; i < std::min<size_t>(3, scored.size()); ++i)
        diag << (i ? ", " : "") << "'" << scored[i].second << "'";
    }
    return failure();
  }

private:
  void add(StringRef name, Value value) { tensors.try_emplace(name, value); }

  func::FuncOp func;
  llvm::StringMap<Value> tensors;
  llvm::StringMap<Operation *> nodes;
};

/// The type `spec` gives to a tensor of type `current`.
FailureOr<Type> getSpecType(func::FuncOp func, const InputSpec &spec,
                            Type current, DenseI64ArrayAttr &bounds) {
  Type element = cast<TensorType>(current).getElementType();
  if (spec.elementType) {
    element = parseElementType(func.getContext(), *spec.elementType);
    if (!element)
      return func.emitError()
                 << "input '" << spec.name << "': unknown element type '"
                 << *spec.elementType << "'",
             failure();
  }
  if (!spec.shape) {
    if (auto ranked = dyn_cast<RankedTensorType>(current))
      return Type(RankedTensorType::get(ranked.getShape(), element));
    return Type(UnrankedTensorType::get(element));
  }
  SmallVector<int64_t> dims, flatBounds;
  bool anyInterval = false;
  for (auto [lo, hi] : *spec.shape) {
    dims.push_back(lo == hi ? lo : ShapedType::kDynamic);
    flatBounds.append({lo, hi});
    anyInterval |= lo != hi && (lo != 0 || hi != -1);
  }
  if (anyInterval)
    bounds = DenseI64ArrayAttr::get(func.getContext(), flatBounds);
  return Type(RankedTensorType::get(dims, element));
}

/// Removes `name` from the tensor names of the op result `value`.
void dropTensorName(Value value, StringRef name) {
  auto result = dyn_cast<OpResult>(value);
  if (!result)
    return;
  Operation *op = result.getOwner();
  auto names = op->getAttrOfType<ArrayAttr>(OVDialect::kTensorNamesAttrName);
  if (!names || result.getResultNumber() >= names.size())
    return;
  SmallVector<Attribute> perResult(names.getValue());
  SmallVector<Attribute> kept;
  for (Attribute n : cast<ArrayAttr>(perResult[result.getResultNumber()]))
    if (cast<StringAttr>(n).getValue() != name)
      kept.push_back(n);
  perResult[result.getResultNumber()] = ArrayAttr::get(op->getContext(), kept);
  op->setAttr(OVDialect::kTensorNamesAttrName,
              ArrayAttr::get(op->getContext(), perResult));
}

/// The first tensor name of an op result, if any.
std::optional<StringRef> getFirstTensorName(Value value) {
  auto result = dyn_cast<OpResult>(value);
  if (!result)
    return std::nullopt;
  auto names = result.getOwner()->getAttrOfType<ArrayAttr>(
      OVDialect::kTensorNamesAttrName);
  if (!names || result.getResultNumber() >= names.size())
    return std::nullopt;
  auto list = dyn_cast<ArrayAttr>(names[result.getResultNumber()]);
  if (!list || list.empty())
    return std::nullopt;
  return cast<StringAttr>(list[0]).getValue();
}

/// Erases ops of the model body whose results nobody uses (repeatedly).
void removeDeadOps(func::FuncOp func) {
  Block &body = func.getBody().front();
  bool changed = true;
  while (changed) {
    changed = false;
    for (Operation &op : llvm::make_early_inc_range(llvm::reverse(body)))
      if (!op.hasTrait<mlir::OpTrait::IsTerminator>() && op.use_empty() &&
          isMemoryEffectFree(&op)) {
        op.erase();
        changed = true;
      }
  }
}

} // namespace

LogicalResult ov::editModel(func::FuncOp model, ArrayRef<InputSpec> inputs,
                            ArrayRef<std::string> outputs) {
  if (inputs.empty() && outputs.empty())
    return success();
  MLIRContext *context = model.getContext();
  Builder b(context);
  Block &body = model.getBody().front();
  ModelIndex index(model);
  bool reshaped = false;
  llvm::BitVector keepArgs(body.getNumArguments(), inputs.empty());

  // Outputs first, so that cutting an input does not hide a tensor that is
  // also an output.
  SmallVector<Value> results;
  for (const std::string &name : outputs) {
    Value value = index.findTensor(name);
    if (!value)
      value = index.findOutputPort(name);
    if (!value)
      if (OpOperand *operand = index.findInputPort(name))
        value = operand->get();
    if (!value)
      return index.unknown("output", name);
    results.push_back(value);
  }

  for (const InputSpec &spec : inputs) {
    Value value = index.findTensor(spec.name);
    OpOperand *port = nullptr;
    if (!value)
      value = index.findOutputPort(spec.name);
    if (!value)
      if ((port = index.findInputPort(spec.name)))
        value = port->get();
    if (!value)
      return index.unknown("input", spec.name);
    DenseI64ArrayAttr bounds;
    FailureOr<Type> type = getSpecType(model, spec, value.getType(), bounds);
    if (failed(type))
      return failure();

    if (auto arg = dyn_cast<BlockArgument>(value);
        arg && arg.getOwner() == &body && !port) {
      // An existing Parameter: a new shape or type.
      keepArgs.resize(body.getNumArguments());
      keepArgs.set(arg.getArgNumber());
      if (*type != arg.getType()) {
        arg.setType(*type);
        reshaped = true;
      }
      if (bounds)
        model.setArgAttr(arg.getArgNumber(), OVDialect::kDimBoundsAttrName,
                         bounds);
      continue;
    }

    // An inner tensor or port: a new Parameter takes its place.
    SmallVector<NamedAttribute> attrs = {
        b.getNamedAttr(OVDialect::kNameAttrName, b.getStringAttr(spec.name)),
        b.getNamedAttr(OVDialect::kTensorNamesAttrName,
                       b.getStrArrayAttr({spec.name}))};
    if (bounds)
      attrs.push_back(b.getNamedAttr(OVDialect::kDimBoundsAttrName, bounds));
    unsigned argIndex = body.getNumArguments();
    if (failed(model.insertArgument(argIndex, *type, b.getDictionaryAttr(attrs),
                                    NameLoc::get(b.getStringAttr(spec.name)))))
      return failure();
    BlockArgument param = body.getArgument(argIndex);
    keepArgs.resize(body.getNumArguments());
    keepArgs.set(argIndex);
    if (port) {
      port->set(param);
    } else {
      dropTensorName(value, spec.name);
      value.replaceAllUsesWith(param);
      for (Value &result : results)
        if (result == value)
          result = param;
    }
    reshaped = true;
  }

  if (!outputs.empty()) {
    auto ret = cast<func::ReturnOp>(body.getTerminator());
    OpBuilder builder(ret);
    func::ReturnOp::create(builder, ret.getLoc(), results);
    ret.erase();
    // A Result is named by the tensor it returns (its first tensor name for
    // the port forms).
    SmallVector<DictionaryAttr> resultAttrs;
    for (auto [name, value] : llvm::zip(outputs, results)) {
      StringRef resultName = name;
      if (!index.findTensor(name))
        if (std::optional<StringRef> first = getFirstTensorName(value))
          resultName = *first;
      resultAttrs.push_back(b.getDictionaryAttr({b.getNamedAttr(
          OVDialect::kNameAttrName, b.getStringAttr(resultName))}));
    }
    model.setType(FunctionType::get(context, model.getArgumentTypes(),
                                    ValueRange(results).getTypes()));
    model.setAllResultAttrs(resultAttrs);
  }

  removeDeadOps(model);
  // Parameters no longer used go, unless they were named in `inputs`.
  llvm::BitVector erase(body.getNumArguments());
  for (BlockArgument arg : body.getArguments())
    if (arg.use_empty() && !(arg.getArgNumber() < keepArgs.size() &&
                             keepArgs.test(arg.getArgNumber())))
      erase.set(arg.getArgNumber());
  if (erase.any() && failed(model.eraseArguments(erase)))
    return failure();
  model.setType(FunctionType::get(context, body.getArgumentTypes(),
                                  model.getResultTypes()));
  return inferShapes(model, /*forgetDeclared=*/reshaped);
}

//===----------------------------------------------------------------------===//
// The pass
//===----------------------------------------------------------------------===//

namespace {
struct EditModelPass : ov::impl::OVEditModelBase<EditModelPass> {
  using OVEditModelBase::OVEditModelBase;
  void runOnOperation() override {
    std::string error;
    FailureOr<SmallVector<InputSpec>> specs =
        parseInputSpecs(inputsOption, error);
    if (failed(specs)) {
      getOperation().emitError() << error;
      return signalPassFailure();
    }
    if (failed(
            editModel(getOperation(), *specs, parseOutputNames(outputsOption))))
      signalPassFailure();
  }
};
} // namespace
