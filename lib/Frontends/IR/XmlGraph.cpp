//===- XmlGraph.cpp - The topology of a classic IR .xml, as plain data
//-----===//

#include "XmlGraph.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

#include <algorithm>

using namespace mlir::ov::xml;

LineTable::LineTable(llvm::StringRef text) {
  lineStarts.push_back(0);
  for (size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n')
      lineStarts.push_back(i + 1);
}

unsigned LineTable::getLine(const pugi::xml_node &node) const {
  ptrdiff_t offset = node.offset_debug();
  if (offset < 0)
    return 0;
  auto it = std::upper_bound(lineStarts.begin(), lineStarts.end(),
                             static_cast<size_t>(offset));
  return static_cast<unsigned>(it - lineStarts.begin());
}

std::string Layer::describe() const {
  return "layer '" + name + "' (id " + std::to_string(id) + ", type " + type +
         ")";
}

/// Parses a decimal integer attribute; false when absent or malformed.
static bool parseIntAttr(const pugi::xml_node &node, const char *name,
                         int64_t &value) {
  pugi::xml_attribute attr = node.attribute(name);
  if (!attr)
    return false;
  return !llvm::StringRef(attr.value()).trim().getAsInteger(10, value);
}

static bool parsePorts(const pugi::xml_node &parent, const LineTable &lines,
                       std::vector<Port> &ports, std::string &error) {
  for (pugi::xml_node portNode : parent.children("port")) {
    Port port;
    port.node = portNode;
    if (!parseIntAttr(portNode, "id", port.id)) {
      error = "line " + std::to_string(lines.getLine(portNode)) +
              ": <port> needs an integer 'id'";
      return false;
    }
    port.precision = portNode.attribute("precision").value();
    port.names = portNode.attribute("names").value();
    for (pugi::xml_node dim : portNode.children("dim"))
      port.dims.push_back(llvm::StringRef(dim.child_value()).trim().str());
    ports.push_back(std::move(port));
  }
  return true;
}

bool mlir::ov::xml::parseGraph(const pugi::xml_node &net,
                               const LineTable &lines, Graph &graph,
                               std::string &error) {
  auto fail = [&](const pugi::xml_node &node, const std::string &message) {
    error = "line " + std::to_string(lines.getLine(node)) + ": " + message;
    return false;
  };
  pugi::xml_node layersNode = net.child("layers");
  if (!layersNode)
    return fail(net, "<" + std::string(net.name()) + "> has no <layers>");
  for (pugi::xml_node node : layersNode.children("layer")) {
    Layer layer;
    layer.node = node;
    layer.line = lines.getLine(node);
    if (!parseIntAttr(node, "id", layer.id))
      return fail(node, "<layer> needs an integer 'id'");
    layer.name = node.attribute("name").value();
    layer.type = node.attribute("type").value();
    layer.version = node.attribute("version").value();
    if (layer.type.empty())
      return fail(node,
                  "layer id " + std::to_string(layer.id) + " has no 'type'");
    layer.data = node.child("data");
    if (!parsePorts(node.child("input"), lines, layer.inputs, error) ||
        !parsePorts(node.child("output"), lines, layer.outputs, error))
      return false;
    if (!graph.layerIndex.try_emplace(layer.id, graph.layers.size()).second)
      return fail(node, "duplicate layer id " + std::to_string(layer.id));
    graph.layers.push_back(std::move(layer));
  }
  for (pugi::xml_node node : net.child("edges").children("edge")) {
    Edge edge;
    edge.line = lines.getLine(node);
    if (!parseIntAttr(node, "from-layer", edge.fromLayer) ||
        !parseIntAttr(node, "from-port", edge.fromPort) ||
        !parseIntAttr(node, "to-layer", edge.toLayer) ||
        !parseIntAttr(node, "to-port", edge.toPort))
      return fail(node, "<edge> needs integer from-layer, from-port, "
                        "to-layer and to-port");
    graph.edges.push_back(edge);
  }
  return true;
}

std::vector<std::string>
mlir::ov::xml::splitTensorNames(llvm::StringRef names) {
  std::vector<std::string> result;
  std::string current;
  bool any = false;
  for (size_t i = 0; i < names.size(); ++i) {
    char c = names[i];
    if (c == '\\' && i + 1 < names.size() && names[i + 1] == ',') {
      current += ',';
      ++i;
    } else if (c == ',') {
      result.push_back(llvm::StringRef(current).trim().str());
      current.clear();
    } else {
      current += c;
    }
    any = true;
  }
  if (any)
    result.push_back(llvm::StringRef(current).trim().str());
  llvm::erase_if(result, [](const std::string &s) { return s.empty(); });
  return result;
}

std::string mlir::ov::xml::joinTensorNames(std::vector<std::string> names) {
  llvm::sort(names);
  names.erase(std::unique(names.begin(), names.end()), names.end());
  std::string result;
  for (const std::string &name : names) {
    if (!result.empty())
      result += ',';
    for (char c : name) {
      if (c == ',')
        result += '\\';
      result += c;
    }
  }
  return result;
}
