//===- GraphImporter.h - ONNX graph -> OV dialect ----------------*- C++
//-*-===//

#ifndef OVMLIR_LIB_FRONTENDS_ONNX_GRAPHIMPORTER_H
#define OVMLIR_LIB_FRONTENDS_ONNX_GRAPHIMPORTER_H

#include "ConverterRegistry.h"
#include "NodeContext.h"
#include "ovmlir/Frontends/Common/MappedFile.h"
#include "ovmlir/Support/FileBackedCopies.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/StringMap.h"

#include <memory>

namespace mlir::ov::onnx_import {

/// The MLIR element type of ONNX data type `dataType`, or null when the
/// dialect has none (complex numbers, sub-byte and float8 types).
Type getONNXElementType(MLIRContext *context, int32_t dataType);
/// ONNX's name of data type `dataType` ("FLOAT", "INT64", ...).
StringRef getDataTypeName(int32_t dataType);

class GraphImporter {
public:
  /// `rawDataSlices` are the raw_data payloads cut out of `model`'s
  /// tensors (RawDataSlices.h), slices of `modelFile`.
  GraphImporter(MLIRContext *context, StringRef modelPath,
                std::shared_ptr<onnx::ModelProto> model,
                std::shared_ptr<MappedFile> modelFile,
                std::vector<ArrayRef<char>> rawDataSlices);

  /// Imports the main graph as a func.func into `module`.
  LogicalResult importModel(ModuleOp module);

  OpBuilder &getBuilder() { return builder; }
  MLIRContext *getContext() { return context; }
  StringRef getModelPath() const { return modelPath; }

  /// The location of a node: its name, in the model file.
  Location getNodeLoc(const onnx::NodeProto &node);
  /// The location of a named tensor (input, initializer) in the model file.
  Location getTensorLoc(StringRef name);
  /// An error at `loc` prefixed with "node '<name>' (<op_type>): ".
  InFlightDiagnostic emitNodeError(const onnx::NodeProto &node);

  /// The constant value of `tensor` (raw, typed or external data); `what`
  /// names it in errors ("initializer 'W'").
  FailureOr<ElementsAttr> importTensor(const onnx::TensorProto &tensor,
                                       Location loc, StringRef what);
  /// The tensor type of a value_info / graph input.
  FailureOr<Type> importType(const onnx::ValueInfoProto &info, Location loc);

  /// The opset version the model imports for `domain`.
  int64_t getOpsetVersion(StringRef domain) const;

  /// The value of tensor `name` in the current (sub)graph, or null. A name
  /// of an enclosing graph used in a subgraph becomes a new parameter of the
  /// subgraph's body (bodies are isolated from above), recorded as a capture.
  Value lookupValue(StringRef name);
  /// Records `value` as the tensor `name` and adds the name to the tensor
  /// names of the op (or argument) producing it.
  void defineValue(StringRef name, Value value);

  /// A subgraph (If branch, Loop body) imported into a region.
  struct Subgraph {
    /// Values of the enclosing graph the body reads; they are its trailing
    /// parameters, in this order.
    SmallVector<Value> captures;
    /// The body's outputs (the operands of its ov.yield).
    SmallVector<Value> results;
  };
  /// Imports `graph` into a new block of `region`: its inputs are the first
  /// parameters, typed `inputTypes` (one per graph input; null: the declared
  /// type), then one parameter per capture; it ends with ov.yield.
  FailureOr<Subgraph> importSubgraph(const onnx::GraphProto &graph,
                                     Region &region, ArrayRef<Type> inputTypes);

private:
  struct Scope {
    llvm::StringMap<Value> values;
    Block *block = nullptr; // null for the main graph
    SmallVector<Value> captures;
  };
  Value lookupIn(size_t depth, StringRef name);
  /// Imports the initializers and nodes of `graph` into the current scope.
  LogicalResult importBody(const onnx::GraphProto &graph);

  /// Fails with one error listing every op type (with counts and the first
  /// node) that has no converter, in the graph and its subgraphs.
  LogicalResult checkSupported(const onnx::GraphProto &graph);
  void collectUnsupported(const onnx::GraphProto &graph,
                          llvm::StringMap<std::pair<int, std::string>> &found,
                          SmallVectorImpl<std::string> &order);
  /// The nodes of `graph` in an order where each node follows the nodes
  /// producing its inputs; errors on cycles and on inputs nobody produces.
  FailureOr<SmallVector<const onnx::NodeProto *>>
  sortNodes(const onnx::GraphProto &graph);
  LogicalResult importNode(const onnx::NodeProto &node);
  FailureOr<std::shared_ptr<MappedFile>> getExternalFile(StringRef location,
                                                         StringRef what);
  FailureOr<ElementsAttr> createMappedConstant(RankedTensorType type,
                                               ArrayRef<char> bytes,
                                               StringRef name,
                                               std::shared_ptr<MappedFile> file,
                                               Location loc);

  MLIRContext *context;
  OpBuilder builder;
  std::string modelPath;
  std::string modelDir;
  std::shared_ptr<onnx::ModelProto> model;
  std::shared_ptr<MappedFile> modelFile;
  std::vector<ArrayRef<char>> rawDataSlices;
  llvm::StringMap<int64_t> opsets;
  SmallVector<std::unique_ptr<Scope>> scopes;
  llvm::StringMap<std::shared_ptr<MappedFile>> externalFiles;
  /// Where misaligned payloads are copied to (createMappedConstant).
  FileBackedCopies alignedCopies;
};

} // namespace mlir::ov::onnx_import

#endif // OVMLIR_LIB_FRONTENDS_ONNX_GRAPHIMPORTER_H
