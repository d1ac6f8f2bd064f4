//===- NodeContext.cpp - What an ONNX op converter sees -------------------===//

#include "NodeContext.h"
#include "GraphImporter.h"

#include "ovmlir/Dialect/OV/IR/InferredBuilder.h"
#include "ovmlir/Dialect/OV/IR/OVOps.h"

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Verifier.h"

using namespace mlir;
using namespace mlir::ov;
using namespace mlir::ov::onnx_import;

Type onnx_import::getElementType(Value value) {
  return cast<ShapedType>(value.getType()).getElementType();
}

std::optional<int64_t> onnx_import::getRank(Value value) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  if (!type)
    return std::nullopt;
  return type.getRank();
}

NodeContext::NodeContext(GraphImporter &graph, const onnx::NodeProto &node,
                         ArrayRef<Value> inputs, int64_t opsetVersion,
                         Location loc)
    : graph(graph), node(node), inputs(inputs), opsetVersion(opsetVersion),
      loc(loc) {}

StringRef NodeContext::getName() const {
  if (!node.name().empty())
    return node.name();
  if (node.output_size() && !node.output(0).empty())
    return node.output(0);
  return node.op_type();
}

OpBuilder &NodeContext::getBuilder() { return graph.getBuilder(); }

InFlightDiagnostic NodeContext::emitError() {
  return graph.emitNodeError(node);
}

LogicalResult NodeContext::fail(const Twine &message) {
  return emitError() << message;
}

FailureOr<Value> NodeContext::getRequiredInput(size_t i, StringRef what) {
  if (Value value = getInput(i))
    return value;
  return emitError() << "input " << i << " (" << what << ") is required",
         failure();
}

//===----------------------------------------------------------------------===//
// Attributes
//===----------------------------------------------------------------------===//

const onnx::AttributeProto *NodeContext::findAttr(StringRef name) const {
  for (const onnx::AttributeProto &attr : node.attribute())
    if (attr.name() == name)
      return &attr;
  return nullptr;
}

/// The attribute `name` if it has `type`; null and an error when it has
/// another type, or is missing without a default (`hasDefault`).
static FailureOr<const onnx::AttributeProto *>
findTyped(NodeContext &ctx, StringRef name,
          onnx::AttributeProto::AttributeType type, bool hasDefault) {
  const onnx::AttributeProto *attr = ctx.findAttr(name);
  if (!attr) {
    if (hasDefault)
      return static_cast<const onnx::AttributeProto *>(nullptr);
    return ctx.emitError() << "missing required attribute '" << name << "'",
           failure();
  }
  // Old models may leave `type` unset; then the filled field decides.
  onnx::AttributeProto::AttributeType actual = attr->type();
  if (actual == onnx::AttributeProto::UNDEFINED) {
    if (attr->has_i())
      actual = onnx::AttributeProto::INT;
    else if (attr->has_f())
      actual = onnx::AttributeProto::FLOAT;
    else if (attr->has_s())
      actual = onnx::AttributeProto::STRING;
    else if (attr->has_t())
      actual = onnx::AttributeProto::TENSOR;
    else if (attr->has_g())
      actual = onnx::AttributeProto::GRAPH;
    else if (attr->ints_size())
      actual = onnx::AttributeProto::INTS;
    else if (attr->floats_size())
      actual = onnx::AttributeProto::FLOATS;
    else if (attr->strings_size())
      actual = onnx::AttributeProto::STRINGS;
    else
      actual = type; // an empty list
  }
  if (actual != type)
    return ctx.emitError() << "attribute '" << name << "' must be "
                           << onnx::AttributeProto::AttributeType_Name(type)
                           << ", got "
                           << onnx::AttributeProto::AttributeType_Name(actual),
           failure();
  return attr;
}

FailureOr<int64_t> NodeContext::getInt(StringRef name,
                                       std::optional<int64_t> defaultValue) {
  auto attr = findTyped(*this, name, onnx::AttributeProto::INT,
                        defaultValue.has_value());
  if (failed(attr))
    return failure();
  return *attr ? (*attr)->i() : *defaultValue;
}

FailureOr<float> NodeContext::getFloat(StringRef name,
                                       std::optional<float> defaultValue) {
  auto attr = findTyped(*this, name, onnx::AttributeProto::FLOAT,
                        defaultValue.has_value());
  if (failed(attr))
    return failure();
  return *attr ? (*attr)->f() : *defaultValue;
}

FailureOr<std::string>
NodeContext::getString(StringRef name, std::optional<StringRef> defaultValue) {
  auto attr = findTyped(*this, name, onnx::AttributeProto::STRING,
                        defaultValue.has_value());
  if (failed(attr))
    return failure();
  return *attr ? (*attr)->s() : defaultValue->str();
}

FailureOr<SmallVector<int64_t>>
NodeContext::getInts(StringRef name,
                     std::optional<ArrayRef<int64_t>> defaultValue) {
  auto attr = findTyped(*this, name, onnx::AttributeProto::INTS,
                        defaultValue.has_value());
  if (failed(attr))
    return failure();
  if (!*attr)
    return SmallVector<int64_t>(defaultValue->begin(), defaultValue->end());
  return SmallVector<int64_t>((*attr)->ints().begin(), (*attr)->ints().end());
}

FailureOr<SmallVector<float>>
NodeContext::getFloats(StringRef name,
                       std::optional<ArrayRef<float>> defaultValue) {
  auto attr = findTyped(*this, name, onnx::AttributeProto::FLOATS,
                        defaultValue.has_value());
  if (failed(attr))
    return failure();
  if (!*attr)
    return SmallVector<float>(defaultValue->begin(), defaultValue->end());
  return SmallVector<float>((*attr)->floats().begin(), (*attr)->floats().end());
}

FailureOr<SmallVector<std::string>> NodeContext::getStrings(StringRef name) {
  auto attr = findTyped(*this, name, onnx::AttributeProto::STRINGS,
                        /*hasDefault=*/true);
  if (failed(attr))
    return failure();
  if (!*attr)
    return SmallVector<std::string>();
  return SmallVector<std::string>((*attr)->strings().begin(),
                                  (*attr)->strings().end());
}

FailureOr<Value> NodeContext::getTensor(StringRef name) {
  auto attr = findTyped(*this, name, onnx::AttributeProto::TENSOR,
                        /*hasDefault=*/false);
  if (failed(attr))
    return failure();
  FailureOr<ElementsAttr> value = graph.importTensor(
      (*attr)->t(), loc,
      ("attribute '" + name + "' of node '" + getName() + "'").str());
  if (failed(value))
    return failure();
  return constant(*value);
}

const onnx::GraphProto *NodeContext::getGraph(StringRef name) const {
  const onnx::AttributeProto *attr = findAttr(name);
  return attr && attr->has_g() ? &attr->g() : nullptr;
}

//===----------------------------------------------------------------------===//
// Building ops
//===----------------------------------------------------------------------===//

namespace {
/// Collects the error diagnostics emitted while it lives into `messages`
/// ("; "-separated), so that they become part of one node error.
class DiagnosticCollector {
public:
  DiagnosticCollector(MLIRContext *context, std::string &messages)
      : handler(context, [&messages](Diagnostic &diag) {
          if (diag.getSeverity() == DiagnosticSeverity::Error) {
            if (!messages.empty())
              messages += "; ";
            messages += diag.str();
          }
          return success();
        }) {}

private:
  ScopedDiagnosticHandler handler;
};
} // namespace

FailureOr<Operation *> NodeContext::createOp(StringRef opName,
                                             ValueRange operands,
                                             ArrayRef<NamedAttribute> attrs,
                                             unsigned numResults) {
  std::string messages;
  FailureOr<Operation *> op;
  {
    DiagnosticCollector collect(getContext(), messages);
    op = createInferred(getBuilder(), loc, opName, operands, attrs, numResults);
  }
  if (succeeded(op))
    return op;
  return emitError() << messages, failure();
}

LogicalResult NodeContext::verifyCreated(Operation *op) {
  std::string messages;
  bool ok;
  {
    DiagnosticCollector collect(getContext(), messages);
    ok = succeeded(mlir::verify(op));
  }
  if (ok)
    return success();
  op->erase();
  return emitError() << messages;
}

//===----------------------------------------------------------------------===//
// Constants
//===----------------------------------------------------------------------===//

Value NodeContext::constant(ElementsAttr attr) {
  return ConstantOp::create(getBuilder(), loc, attr).getResult();
}

Value NodeContext::constantI64(ArrayRef<int64_t> values, bool scalar) {
  auto type = RankedTensorType::get(
      scalar ? ArrayRef<int64_t>{} : ArrayRef<int64_t>{(int64_t)values.size()},
      getBuilder().getI64Type());
  return constant(DenseElementsAttr::get(type, values));
}

Value NodeContext::constantScalar(Type elementType, double value) {
  auto type = RankedTensorType::get({}, elementType);
  if (auto floatType = dyn_cast<FloatType>(elementType)) {
    APFloat v(value);
    bool losesInfo;
    v.convert(floatType.getFloatSemantics(), APFloat::rmNearestTiesToEven,
              &losesInfo);
    return constant(DenseElementsAttr::get(type, v));
  }
  if (elementType.isInteger(1))
    return constant(DenseElementsAttr::get(type, value != 0));
  return constant(DenseElementsAttr::get(
      type, APInt(elementType.getIntOrFloatBitWidth(),
                  static_cast<int64_t>(value), /*isSigned=*/true)));
}
