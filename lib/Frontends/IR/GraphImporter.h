//===- GraphImporter.h - Classic IR graphs to OV dialect ops --*- C++ -*-===//
//
// Imports the layers of an IR graph (the model or an If/Loop body) into a
// block; shared by IRReader.cpp (graphs, layers, constants) and
// BodyImport.cpp (If/Loop bodies and port maps).
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_LIB_FRONTENDS_IR_GRAPHIMPORTER_H
#define OVMLIR_LIB_FRONTENDS_IR_GRAPHIMPORTER_H

#include "XmlGraph.h"
#include "ovmlir/Frontends/Common/MappedFile.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace mlir::ov {

/// Imports IR graphs of one .xml file into OV dialect ops.
class GraphImporter {
public:
  GraphImporter(MLIRContext *context, StringRef xmlPath, StringRef weightsPath,
                const xml::LineTable &lines)
      : context(context), builder(context), xmlPath(xmlPath),
        weightsPath(weightsPath), lines(lines) {}

  /// Imports `graph` as the body of a new func named `name`.
  FailureOr<func::FuncOp> importFunc(const xml::Graph &graph, StringRef name,
                                     ModuleOp module);

private:
  Location getLoc(const xml::Layer &layer) {
    Location fileLoc = FileLineColLoc::get(context, xmlPath, layer.line, 0);
    if (layer.name.empty())
      return fileLoc;
    return NameLoc::get(builder.getStringAttr(layer.name), fileLoc);
  }
  InFlightDiagnostic emitLayerError(const xml::Layer &layer) {
    return mlir::emitError(FileLineColLoc::get(context, xmlPath, layer.line, 0))
           << layer.describe() << ": ";
  }
  InFlightDiagnostic emitLineError(unsigned line) {
    return mlir::emitError(FileLineColLoc::get(context, xmlPath, line, 0));
  }

  /// How the layers of one graph connect.
  struct Links {
    /// For each layer (by index) and input position: producer layer index
    /// and output position.
    std::vector<std::vector<std::optional<std::pair<size_t, size_t>>>> sources;
    std::vector<size_t> order; // layer indices, topologically sorted
  };
  /// The Parameters and Results of an imported graph, in document order.
  struct GraphIO {
    SmallVector<size_t> parameters;                // layer indices
    SmallVector<std::pair<size_t, Value>> results; // layer index, value
  };

  LogicalResult connectEdges(const xml::Graph &graph, Links &links);
  LogicalResult sortLayers(const xml::Graph &graph, Links &links);
  /// Imports the layers of `graph` at the end of `block`, adding one block
  /// argument per Parameter (document order).
  FailureOr<GraphIO> importGraph(const xml::Graph &graph, Block *block);
  FailureOr<Type> getParameterType(const xml::Layer &layer);
  /// The func argument / body parameter attributes of a Parameter layer.
  DictionaryAttr getParameterAttrs(const xml::Layer &layer);
  /// The func result / body result attributes of a Result layer.
  DictionaryAttr getResultAttrs(const xml::Layer &layer);
  /// The type of an output port; `bounds` (if given) receives its
  /// ov.dim_bounds value, null when no dim is an interval.
  FailureOr<Type> getPortType(const xml::Layer &layer, const xml::Port &port,
                              DenseI64ArrayAttr *bounds = nullptr);
  ArrayAttr getTensorNames(const xml::Layer &layer);
  /// The rt_info of each output port, or null when no port has one.
  ArrayAttr getPortRtInfo(const xml::Layer &layer);
  FailureOr<Value> importConst(const xml::Layer &layer);
  FailureOr<DenseI32ArrayAttr> getOperandSegments(const xml::Layer &layer,
                                                  StringRef layout,
                                                  size_t numInputs);
  FailureOr<Operation *> importOp(const xml::Layer &layer,
                                  ArrayRef<Value> operands);
  FailureOr<MappedFile *> getWeights(const xml::Layer &layer);
  /// Adds the bodies (regions) and port maps of an If or Loop layer.
  LogicalResult importBodies(const xml::Layer &layer, OperationState &state);
  FailureOr<GraphIO> importBody(const xml::Layer &layer, StringRef tag,
                                Region &region, xml::Graph &graph);

  MLIRContext *context;
  OpBuilder builder;
  std::string xmlPath;
  std::string weightsPath;
  std::shared_ptr<MappedFile> weights;
  const xml::LineTable &lines;
  /// How many If/Loop bodies enclose the layers being imported.
  unsigned bodyDepth = 0;
};

} // namespace mlir::ov

#endif // OVMLIR_LIB_FRONTENDS_IR_GRAPHIMPORTER_H
