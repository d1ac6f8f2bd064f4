//===- XmlGraph.h - The topology of a classic IR .xml, as plain data
//-------===//
//
// The first step of reading IR: the <layers> and <edges> of a <net> (or of a
// Loop/If body) as structs that keep their source lines for diagnostics.
// No MLIR here; IRReader turns an XmlGraph into OV dialect ops.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_LIB_FRONTENDS_IR_XMLGRAPH_H
#define OVMLIR_LIB_FRONTENDS_IR_XMLGRAPH_H

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <pugixml.hpp>

#include <string>
#include <vector>

namespace mlir::ov::xml {

/// Maps pugixml node offsets to 1-based line numbers of the .xml.
class LineTable {
public:
  explicit LineTable(llvm::StringRef text);
  unsigned getLine(const pugi::xml_node &node) const;

private:
  std::vector<size_t> lineStarts;
};

/// An input or output port of a layer.
struct Port {
  int64_t id = 0;
  std::string precision;         // "FP32", ... ("" when absent)
  std::string names;             // raw `names` attribute (escaped commas)
  std::vector<std::string> dims; // "<dim>" texts: "3", "-1", "?", "1..10"
  pugi::xml_node node;
};

struct Layer {
  int64_t id = 0;
  std::string name, type, version;
  unsigned line = 0;
  pugi::xml_node node;
  pugi::xml_node data; // <data>, null when absent
  std::vector<Port> inputs, outputs;
  /// Describes the layer in diagnostics: `layer 'name' (id 3, type Add)`.
  std::string describe() const;
};

struct Edge {
  int64_t fromLayer, fromPort, toLayer, toPort;
  unsigned line;
};

/// The layers (in document order) and edges of one graph.
struct Graph {
  std::vector<Layer> layers;
  std::vector<Edge> edges;
  llvm::DenseMap<int64_t, size_t> layerIndex; // id -> index in `layers`
};

/// Parses the <layers>/<edges> children of `net` (a <net> or a body).
/// On malformed content returns false with `error` set (prefixed with the
/// line number).
bool parseGraph(const pugi::xml_node &net, const LineTable &lines, Graph &graph,
                std::string &error);

/// Splits a `names` attribute at unescaped commas and unescapes `\,`.
std::vector<std::string> splitTensorNames(llvm::StringRef names);
/// Joins names sorted, escaping commas, as OpenVINO's serializer writes them.
std::string joinTensorNames(std::vector<std::string> names);

} // namespace mlir::ov::xml

#endif // OVMLIR_LIB_FRONTENDS_IR_XMLGRAPH_H
