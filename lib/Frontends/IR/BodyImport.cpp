//===- BodyImport.cpp - If/Loop bodies and port maps from classic IR ------===//
//
// An If layer holds <then_port_map>, <else_port_map>, <then_body> and
// <else_body>; a Loop layer holds <port_map>, <back_edges> and <body>. Each
// body is a graph of its own: it becomes a region whose block arguments are
// its Parameters and whose ov.yield operands are its Results (both in
// document order); port maps refer to them by index instead of layer id.
//
//===----------------------------------------------------------------------===//

#include "GraphImporter.h"
#include "OpSpecs.h"

#include "ovmlir/Dialect/OV/IR/OVOps.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "llvm/ADT/StringExtras.h"

using namespace mlir;
using namespace mlir::ov;

namespace {
/// Maps a body's layer ids to the positions of its Parameters and Results.
struct BodyIndex {
  llvm::DenseMap<int64_t, int64_t> parameterOf, resultOf;

  BodyIndex(const xml::Graph &graph, ArrayRef<size_t> parameters,
            ArrayRef<size_t> results) {
    for (auto [pos, layer] : llvm::enumerate(parameters))
      parameterOf[graph.layers[layer].id] = pos;
    for (auto [pos, layer] : llvm::enumerate(results))
      resultOf[graph.layers[layer].id] = pos;
  }
};
} // namespace

FailureOr<GraphImporter::GraphIO>
GraphImporter::importBody(const xml::Layer &layer, StringRef tag,
                          Region &region, xml::Graph &graph) {
  pugi::xml_node node = layer.node.child(tag.str().c_str());
  if (!node)
    return emitLayerError(layer) << "missing <" << tag << ">";
  std::string error;
  if (!xml::parseGraph(node, lines, graph, error))
    return emitLayerError(layer) << "in <" << tag << ">: " << error;
  Block *block = new Block();
  region.push_back(block);
  ++bodyDepth;
  FailureOr<GraphIO> io = importGraph(graph, block);
  --bodyDepth;
  if (failed(io))
    return failure();
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToEnd(block);
  SmallVector<Value> values;
  for (auto [index, value] : io->results)
    values.push_back(value);
  YieldOp::create(builder, getLoc(layer), values);
  return io;
}

/// Reads an integer attribute of a port map entry.
static std::optional<int64_t> getIntAttr(pugi::xml_node node,
                                         const char *name) {
  pugi::xml_attribute attr = node.attribute(name);
  int64_t value;
  if (!attr || StringRef(attr.value()).trim().getAsInteger(10, value))
    return std::nullopt;
  return value;
}

LogicalResult GraphImporter::importBodies(const xml::Layer &layer,
                                          OperationState &state) {
  bool isIf = StringRef(state.name.getStringRef()) == "ov.if";
  int64_t numInputs = layer.inputs.size();
  int64_t numOutputs = layer.outputs.size();
  SmallVector<Attribute> argAttrs, resultAttrs;

  // One port map entry's layer id as a body parameter / result position.
  auto lookup = [&](pugi::xml_node entry,
                    const llvm::DenseMap<int64_t, int64_t> &map,
                    const char *what) -> FailureOr<int64_t> {
    std::optional<int64_t> id = getIntAttr(entry, "internal_layer_id");
    auto it = id ? map.find(*id) : map.end();
    if (it == map.end())
      return emitLayerError(layer)
             << "port map entry at line " << lines.getLine(entry)
             << ": internal_layer_id '"
             << entry.attribute("internal_layer_id").value() << "' is not a "
             << what << " of the body";
    return it->second;
  };
  auto getExternal = [&](pugi::xml_node entry) -> FailureOr<int64_t> {
    std::optional<int64_t> port = getIntAttr(entry, "external_port_id");
    if (!port)
      return emitLayerError(layer)
             << "port map entry at line " << lines.getLine(entry)
             << ": missing or invalid external_port_id";
    return *port;
  };
  // Output external_port_id: OpenVINO writes the output's port id (inputs
  // come first); an output index is accepted as well.
  auto toOutputIndex = [&](pugi::xml_node entry,
                           int64_t port) -> FailureOr<int64_t> {
    if (port >= numInputs && port - numInputs < numOutputs)
      return port - numInputs;
    if (port >= -1 && port < numOutputs)
      return port;
    return emitLayerError(layer)
           << "port map entry at line " << lines.getLine(entry)
           << ": external_port_id " << port << " is not an output";
  };
  auto recordIO = [&](const xml::Graph &graph, const GraphIO &io) {
    SmallVector<Attribute> args, results;
    for (size_t i : io.parameters)
      args.push_back(getParameterAttrs(graph.layers[i]));
    for (auto [i, value] : io.results)
      results.push_back(getResultAttrs(graph.layers[i]));
    argAttrs.push_back(builder.getArrayAttr(args));
    resultAttrs.push_back(builder.getArrayAttr(results));
  };

  if (isIf) {
    for (StringRef prefix : {"then", "else"}) {
      xml::Graph graph;
      FailureOr<GraphIO> io = importBody(layer, (prefix + "_body").str(),
                                         *state.addRegion(), graph);
      if (failed(io))
        return failure();
      recordIO(graph, *io);
      BodyIndex index(graph, io->parameters,
                      llvm::to_vector(llvm::make_first_range(io->results)));
      SmallVector<int64_t> inputs(io->parameters.size(), -1);
      SmallVector<int64_t> outputs(io->results.size(), -1);
      pugi::xml_node map =
          layer.node.child((prefix + "_port_map").str().c_str());
      for (pugi::xml_node entry : map.children("input")) {
        FailureOr<int64_t> port = getExternal(entry);
        FailureOr<int64_t> param =
            lookup(entry, index.parameterOf, "Parameter");
        if (failed(port) || failed(param))
          return failure();
        // Input 0 is the condition; body inputs follow it.
        inputs[*param] = *port - 1;
      }
      for (pugi::xml_node entry : map.children("output")) {
        FailureOr<int64_t> port = getExternal(entry);
        FailureOr<int64_t> result = lookup(entry, index.resultOf, "Result");
        if (failed(port) || failed(result))
          return failure();
        FailureOr<int64_t> output = toOutputIndex(entry, *port);
        if (failed(output))
          return failure();
        outputs[*result] = *output;
      }
      state.addAttribute((prefix + "_inputs").str(),
                         builder.getDenseI64ArrayAttr(inputs));
      state.addAttribute((prefix + "_outputs").str(),
                         builder.getDenseI64ArrayAttr(outputs));
    }
  } else {
    xml::Graph graph;
    FailureOr<GraphIO> io =
        importBody(layer, "body", *state.addRegion(), graph);
    if (failed(io))
      return failure();
    recordIO(graph, *io);
    BodyIndex index(graph, io->parameters,
                    llvm::to_vector(llvm::make_first_range(io->results)));
    pugi::xml_node map = layer.node.child("port_map");
    auto slicing = [&](pugi::xml_node entry,
                       SmallVectorImpl<NamedAttribute> &attrs) {
      for (const char *key : {"axis", "start", "end", "stride", "part_size"})
        if (std::optional<int64_t> value = getIntAttr(entry, key))
          attrs.push_back(
              builder.getNamedAttr(key, builder.getI64IntegerAttr(*value)));
    };
    SmallVector<Attribute> inputMap, outputMap, backEdges;
    for (pugi::xml_node entry : map.children("input")) {
      FailureOr<int64_t> port = getExternal(entry);
      FailureOr<int64_t> param = lookup(entry, index.parameterOf, "Parameter");
      if (failed(port) || failed(param))
        return failure();
      SmallVector<NamedAttribute> attrs = {
          builder.getNamedAttr("external_port_id",
                               builder.getI64IntegerAttr(*port)),
          builder.getNamedAttr("parameter", builder.getI64IntegerAttr(*param))};
      slicing(entry, attrs);
      if (pugi::xml_attribute purpose = entry.attribute("purpose"))
        attrs.push_back(builder.getNamedAttr(
            "purpose", builder.getStringAttr(purpose.value())));
      inputMap.push_back(builder.getDictionaryAttr(attrs));
    }
    for (pugi::xml_node entry : map.children("output")) {
      FailureOr<int64_t> port = getExternal(entry);
      FailureOr<int64_t> result = lookup(entry, index.resultOf, "Result");
      if (failed(port) || failed(result))
        return failure();
      FailureOr<int64_t> output = toOutputIndex(entry, *port);
      if (failed(output))
        return failure();
      SmallVector<NamedAttribute> attrs = {
          builder.getNamedAttr("external_port_id",
                               builder.getI64IntegerAttr(*output)),
          builder.getNamedAttr("result", builder.getI64IntegerAttr(*result))};
      slicing(entry, attrs);
      if (pugi::xml_attribute purpose = entry.attribute("purpose"))
        attrs.push_back(builder.getNamedAttr(
            "purpose", builder.getStringAttr(purpose.value())));
      outputMap.push_back(builder.getDictionaryAttr(attrs));
    }
    for (pugi::xml_node edge :
         layer.node.child("back_edges").children("edge")) {
      std::optional<int64_t> from = getIntAttr(edge, "from-layer");
      std::optional<int64_t> to = getIntAttr(edge, "to-layer");
      auto result = from ? index.resultOf.find(*from) : index.resultOf.end();
      auto param = to ? index.parameterOf.find(*to) : index.parameterOf.end();
      if (result == index.resultOf.end() || param == index.parameterOf.end())
        return emitLayerError(layer)
               << "back edge at line " << lines.getLine(edge)
               << " must go from a body Result to a body Parameter";
      backEdges.push_back(builder.getDictionaryAttr(
          {builder.getNamedAttr("from_result",
                                builder.getI64IntegerAttr(result->second)),
           builder.getNamedAttr("to_parameter",
                                builder.getI64IntegerAttr(param->second))}));
    }
    state.addAttribute("input_port_map", builder.getArrayAttr(inputMap));
    state.addAttribute("output_port_map", builder.getArrayAttr(outputMap));
    state.addAttribute("back_edges", builder.getArrayAttr(backEdges));
  }
  state.addAttribute(OVDialect::kRegionArgAttrsName,
                     builder.getArrayAttr(argAttrs));
  state.addAttribute(OVDialect::kRegionResultAttrsName,
                     builder.getArrayAttr(resultAttrs));
  return success();
}
