//===- NodeContext.h - What an ONNX op converter sees ------------*- C++
//-*-===//
//
// A converter turns one ONNX node into OV dialect ops. It reads the node's
// inputs (already converted values), its attributes (typed, with defaults
// and clear errors) and the opset version, builds ops whose result types
// are inferred (a failure becomes an error naming the node, never a
// crash), and returns one value per ONNX output.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_LIB_FRONTENDS_ONNX_NODECONTEXT_H
#define OVMLIR_LIB_FRONTENDS_ONNX_NODECONTEXT_H

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Operation.h"
#include "mlir/Support/LLVM.h"
#include "llvm/ADT/SmallVector.h"

#include <onnx/onnx_pb.h>

#include <optional>

namespace mlir::ov::onnx_import {

class GraphImporter;

using ValueList = SmallVector<Value, 2>;

class NodeContext {
public:
  NodeContext(GraphImporter &graph, const onnx::NodeProto &node,
              ArrayRef<Value> inputs, int64_t opsetVersion, Location loc);

  const onnx::NodeProto &getNode() const { return node; }
  StringRef getOpType() const { return node.op_type(); }
  /// The node's name, or "<op_type> #<index>"-style text when it has none.
  StringRef getName() const;
  /// The version of the node's domain the model imports.
  int64_t getOpsetVersion() const { return opsetVersion; }
  Location getLoc() const { return loc; }
  OpBuilder &getBuilder();
  /// The graph importer (for converters of ops with subgraphs).
  GraphImporter &getImporter() { return graph; }
  MLIRContext *getContext() { return getBuilder().getContext(); }

  //===--- Inputs and outputs ---------------------------------------------===//

  /// The number of inputs the node lists (absent optional ones included).
  size_t getNumInputs() const { return inputs.size(); }
  /// Input `i`, or null when the node omits it (empty name or fewer inputs).
  Value getInput(size_t i) const {
    return i < inputs.size() ? inputs[i] : Value();
  }
  /// Input `i`, or an error "input i (<name>) is required".
  FailureOr<Value> getRequiredInput(size_t i, StringRef what);
  /// Number of outputs the node declares.
  size_t getNumOutputs() const { return node.output_size(); }
  /// Whether output `i` is declared with a non-empty name.
  bool hasOutput(size_t i) const {
    return static_cast<int>(i) < node.output_size() && !node.output(i).empty();
  }

  //===--- Attributes -----------------------------------------------------===//

  bool hasAttr(StringRef name) const { return findAttr(name) != nullptr; }
  /// Typed attribute getters: the value, `defaultValue` when the node does
  /// not have the attribute, or an error naming the attribute when it is
  /// missing without a default or has another type.
  FailureOr<int64_t> getInt(StringRef name,
                            std::optional<int64_t> defaultValue = {});
  FailureOr<float> getFloat(StringRef name,
                            std::optional<float> defaultValue = {});
  FailureOr<std::string> getString(StringRef name,
                                   std::optional<StringRef> defaultValue = {});
  FailureOr<SmallVector<int64_t>>
  getInts(StringRef name, std::optional<ArrayRef<int64_t>> defaultValue = {});
  FailureOr<SmallVector<float>>
  getFloats(StringRef name, std::optional<ArrayRef<float>> defaultValue = {});
  FailureOr<SmallVector<std::string>> getStrings(StringRef name);
  /// A TENSOR attribute as a constant value.
  FailureOr<Value> getTensor(StringRef name);
  /// A GRAPH attribute (If branches, Loop body), or null when absent.
  const onnx::GraphProto *getGraph(StringRef name) const;
  /// The raw attribute, or null.
  const onnx::AttributeProto *findAttr(StringRef name) const;

  //===--- Building ops ---------------------------------------------------===//

  /// Creates op `opName` with `operands` and `attrs`, infers its
  /// `numResults` result types and verifies it. On failure the op is
  /// erased and an error naming the node (with the op's messages) is
  /// emitted.
  FailureOr<Operation *> createOp(StringRef opName, ValueRange operands,
                                  ArrayRef<NamedAttribute> attrs = {},
                                  unsigned numResults = 1);
  /// Verifies `op`, created by the converter with its result types; on
  /// failure erases it and emits an error naming the node.
  LogicalResult verifyCreated(Operation *op);
  /// The same for an ODS op class; returns its first result.
  template <typename OpTy>
  FailureOr<Value> create(ValueRange operands,
                          ArrayRef<NamedAttribute> attrs = {}) {
    FailureOr<Operation *> op =
        createOp(OpTy::getOperationName(), operands, attrs);
    if (failed(op))
      return failure();
    return (*op)->getResult(0);
  }

  NamedAttribute namedAttr(StringRef name, Attribute value) {
    return getBuilder().getNamedAttr(name, value);
  }

  //===--- Constants ------------------------------------------------------===//

  /// A 1-D i64 constant (a 0-D one when `scalar`).
  Value constantI64(ArrayRef<int64_t> values, bool scalar = false);
  /// A scalar constant of `elementType` (float or integer) with `value`.
  Value constantScalar(Type elementType, double value);
  /// A constant holding `attr`.
  Value constant(ElementsAttr attr);

  //===--- Errors ---------------------------------------------------------===//

  /// An error located at the node: "node '<name>' (<op_type>): ...".
  InFlightDiagnostic emitError();
  /// Emits "node ...: <message>" and returns failure.
  LogicalResult fail(const Twine &message);

private:
  GraphImporter &graph;
  const onnx::NodeProto &node;
  SmallVector<Value> inputs;
  int64_t opsetVersion;
  Location loc;
  mutable std::string fallbackName;
};

/// The element type of `value`'s tensor type.
Type getElementType(Value value);
/// The rank of `value`, or nullopt when unranked.
std::optional<int64_t> getRank(Value value);

} // namespace mlir::ov::onnx_import

#endif // OVMLIR_LIB_FRONTENDS_ONNX_NODECONTEXT_H
