//===- IRWriter.cpp - Write OpenVINO classic IR (.xml/.bin) ---------------===//
//
// Follows OpenVINO's serializer: layer ids in topological order (Parameters
// first, Results last), input ports then output ports, edges sorted by
// producer, Const data back to back in the .bin with identical blobs shared.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Frontends/IR/IRWriter.h"

#include "OpSpecs.h"
#include "XmlGraph.h"
#include "ovmlir/Dialect/OV/IR/OVOps.h"
#include "ovmlir/Frontends/IR/ElementTypes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/AsmState.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinDialect.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/Hashing.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <pugixml.hpp>

#include <map>
#include <sstream>

using namespace mlir;
using namespace mlir::ov;

namespace {

/// A file written under a temporary name and renamed into place by
/// `commit`; deleted if never committed.
class PendingFile {
public:
  LogicalResult open(StringRef finalPath, std::string &error) {
    path = finalPath.str();
    SmallString<256> model(finalPath);
    model += ".tmp-%%%%%%";
    int fd;
    if (std::error_code ec = llvm::sys::fs::createUniqueFile(model, fd, tmp)) {
      error = "cannot create '" + std::string(model) + "': " + ec.message();
      return failure();
    }
    stream = std::make_unique<llvm::raw_fd_ostream>(fd, /*shouldClose=*/true);
    return success();
  }
  llvm::raw_fd_ostream &os() { return *stream; }
  LogicalResult commit(std::string &error) {
    stream->close();
    if (stream->has_error()) {
      error = "cannot write '" + path + "': " + stream->error().message();
      stream->clear_error();
      return failure();
    }
    if (std::error_code ec = llvm::sys::fs::rename(tmp, path)) {
      error = "cannot rename to '" + path + "': " + ec.message();
      return failure();
    }
    committed = true;
    return success();
  }
  ~PendingFile() {
    if (stream && !committed) {
      stream->close();
      stream->clear_error();
      llvm::sys::fs::remove(tmp);
    }
  }

private:
  std::string path;
  SmallString<256> tmp;
  std::unique_ptr<llvm::raw_fd_ostream> stream;
  bool committed = false;
};

/// The .bin being written: blobs back to back, identical ones shared.
class BinWriter {
public:
  explicit BinWriter(llvm::raw_ostream &os) : os(os) {}
  /// Appends `bytes` (or finds an identical earlier blob); returns its offset.
  uint64_t add(ArrayRef<char> bytes) {
    llvm::hash_code hash = llvm::hash_combine_range(bytes.begin(), bytes.end());
    for (const Blob &blob : blobs[hash])
      if (blob.bytes.size() == bytes.size() &&
          std::equal(bytes.begin(), bytes.end(), blob.bytes.begin()))
        return blob.offset;
    uint64_t offset = size;
    os.write(bytes.data(), bytes.size());
    size += bytes.size();
    // Keep a copy only when the bytes may not outlive us (packed strings,
    // expanded splats); mapped and attribute storage stays valid.
    blobs[hash].push_back({offset, bytes});
    return offset;
  }

private:
  struct Blob {
    uint64_t offset;
    ArrayRef<char> bytes;
  };
  llvm::raw_ostream &os;
  uint64_t size = 0;
  std::map<size_t, std::vector<Blob>> blobs;
};

/// The attribute `name` describing `value`: from its producer's per-result
/// array, or from the attributes of the func / If / Loop argument it is.
Attribute getValueAttr(Value value, StringRef name) {
  if (auto result = dyn_cast<OpResult>(value)) {
    auto perResult = result.getOwner()->getAttrOfType<ArrayAttr>(name);
    if (perResult && result.getResultNumber() < perResult.size())
      return perResult[result.getResultNumber()];
    return {};
  }
  auto arg = cast<BlockArgument>(value);
  Operation *owner = arg.getOwner()->getParentOp();
  if (auto func = dyn_cast<func::FuncOp>(owner))
    return func.getArgAttr(arg.getArgNumber(), name);
  auto perRegion =
      owner->getAttrOfType<ArrayAttr>(OVDialect::kRegionArgAttrsName);
  unsigned region = arg.getParentRegion()->getRegionNumber();
  auto args = perRegion && region < perRegion.size()
                  ? dyn_cast<ArrayAttr>(perRegion[region])
                  : ArrayAttr();
  if (args && arg.getArgNumber() < args.size())
    if (auto dict = dyn_cast<DictionaryAttr>(args[arg.getArgNumber()]))
      return dict.get(name);
  return {};
}

/// The ov.dim_bounds of `value`, or null when it has none.
DenseI64ArrayAttr getDimBounds(Value value) {
  auto array = dyn_cast_or_null<DenseI64ArrayAttr>(
      getValueAttr(value, OVDialect::kDimBoundsAttrName));
  return array && !array.empty() ? array : DenseI64ArrayAttr();
}

/// The text of dimension `i` of `type`: the size, an interval such as
/// `1..10` or `2..` when `bounds` has one, else `dynamic`.
std::string dimText(RankedTensorType type, unsigned i, DenseI64ArrayAttr bounds,
                    StringRef dynamic) {
  int64_t dim = type.getDimSize(i);
  if (!ShapedType::isDynamic(dim))
    return std::to_string(dim);
  if (bounds && bounds.size() == 2 * type.getRank()) {
    int64_t lo = bounds[2 * i], hi = bounds[2 * i + 1];
    if (hi >= 0)
      return std::to_string(lo) + ".." + std::to_string(hi);
    if (lo > 0)
      return std::to_string(lo) + "..";
  }
  return dynamic.str();
}

/// Port dims as OpenVINO writes them (-1 for a dynamic dimension).
void appendDims(pugi::xml_node port, Value value) {
  auto ranked = dyn_cast<RankedTensorType>(value.getType());
  if (!ranked)
    return;
  DenseI64ArrayAttr bounds = getDimBounds(value);
  for (unsigned i = 0, e = ranked.getRank(); i < e; ++i)
    port.append_child("dim").text().set(
        dimText(ranked, i, bounds, "-1").c_str());
}

/// A Parameter's partial shape: "1,3,?,?", "1..10,3"; "..." for an unknown
/// rank.
std::string partialShapeText(Value value) {
  auto ranked = dyn_cast<RankedTensorType>(value.getType());
  if (!ranked)
    return "...";
  DenseI64ArrayAttr bounds = getDimBounds(value);
  std::string text;
  for (unsigned i = 0, e = ranked.getRank(); i < e; ++i) {
    if (i)
      text += ',';
    text += dimText(ranked, i, bounds, "?");
  }
  return text;
}

/// A Const's static shape: "16, 3, 3, 3" (OpenVINO's Shape printing).
std::string constShapeText(ArrayRef<int64_t> shape) {
  std::string text;
  for (auto [i, dim] : llvm::enumerate(shape)) {
    if (i)
      text += ", ";
    text += std::to_string(dim);
  }
  return text;
}

/// Layer rt_info: {key = {version = "0", value = ".."}} ->
/// <attribute name="key" version="0" value=".." />.
void exportRtInfo(pugi::xml_node parent, DictionaryAttr rtInfo) {
  for (NamedAttribute entry : rtInfo) {
    pugi::xml_node node = parent.append_child("attribute");
    node.append_attribute("name").set_value(entry.getName().str().c_str());
    auto fields = dyn_cast<DictionaryAttr>(entry.getValue());
    if (!fields)
      continue;
    // OpenVINO writes the version first.
    if (auto version = fields.getAs<StringAttr>("version"))
      node.append_attribute("version").set_value(version.str().c_str());
    for (NamedAttribute field : fields) {
      if (field.getName() == "version")
        continue;
      if (auto text = dyn_cast<StringAttr>(field.getValue()))
        node.append_attribute(field.getName().str().c_str())
            .set_value(text.str().c_str());
      else if (auto children = dyn_cast<DictionaryAttr>(field.getValue()))
        exportRtInfo(node, children);
    }
  }
}

/// Model-level trees: strings are XML attributes, dictionaries children.
void exportTree(pugi::xml_node node, DictionaryAttr tree) {
  for (NamedAttribute entry : tree)
    if (auto text = dyn_cast<StringAttr>(entry.getValue()))
      node.append_attribute(entry.getName().str().c_str())
          .set_value(text.str().c_str());
  for (NamedAttribute entry : tree)
    if (auto child = dyn_cast<DictionaryAttr>(entry.getValue()))
      exportTree(node.append_child(entry.getName().str().c_str()), child);
}

class ModelWriter {
public:
  ModelWriter(func::FuncOp func, BinWriter &bin) : func(func), bin(bin) {}
  LogicalResult write(pugi::xml_node net);

private:
  /// Ids of a written graph's Parameter and Result layers, in order.
  struct GraphIds {
    SmallVector<int64_t> parameters, results;
  };
  using AttrsOf = llvm::function_ref<DictionaryAttr(unsigned)>;
  /// Writes the layers and edges of `body` into `net`: Parameters (the
  /// block arguments, with attributes `argAttrs(i)`), ops, Results (the
  /// terminator's operands, with `resultAttrs(i)`).
  LogicalResult writeGraph(pugi::xml_node net, Block &body, AttrsOf argAttrs,
                           AttrsOf resultAttrs, GraphIds &ids);
  /// Writes the port maps and bodies of an If or Loop layer.
  LogicalResult writeBodies(pugi::xml_node layer, Operation *op);
  LogicalResult writeBody(pugi::xml_node layer, Operation *op,
                          unsigned regionIndex, const char *tag, GraphIds &ids);

  struct Edge {
    int64_t fromLayer, fromPort, toLayer, toPort;
    size_t seq; // creation order, to keep consumers in order
  };
  pugi::xml_node addLayer(pugi::xml_node layers, int64_t id, StringRef name,
                          StringRef type, unsigned opset);
  void addInputs(pugi::xml_node layer, int64_t id, ValueRange operands);
  LogicalResult writeConst(pugi::xml_node layer, ConstantOp constant);
  FailureOr<std::vector<char>> getBytes(ElementsAttr value, Operation *op,
                                        ArrayRef<char> &view);

  func::FuncOp func;
  BinWriter &bin;
  DenseMap<Value, std::pair<int64_t, int64_t>> producers; // layer, port
  std::vector<Edge> edges;
  /// Storage for bytes that must stay alive while the .bin deduplicates.
  std::vector<std::vector<char>> ownedBytes;
};

} // namespace

pugi::xml_node ModelWriter::addLayer(pugi::xml_node layers, int64_t id,
                                     StringRef name, StringRef type,
                                     unsigned opset) {
  pugi::xml_node layer = layers.append_child("layer");
  layer.append_attribute("id").set_value(static_cast<long long>(id));
  layer.append_attribute("name").set_value(name.str().c_str());
  layer.append_attribute("type").set_value(type.str().c_str());
  layer.append_attribute("version").set_value(
      ("opset" + std::to_string(opset)).c_str());
  return layer;
}

void ModelWriter::addInputs(pugi::xml_node layer, int64_t id,
                            ValueRange operands) {
  if (operands.empty())
    return;
  pugi::xml_node input = layer.append_child("input");
  for (auto [i, operand] : llvm::enumerate(operands)) {
    pugi::xml_node port = input.append_child("port");
    port.append_attribute("id").set_value(static_cast<long long>(i));
    port.append_attribute("precision")
        .set_value(getPrecision(getElementType(operand.getType())).c_str());
    appendDims(port, operand);
    auto [fromLayer, fromPort] = producers.lookup(operand);
    edges.push_back(
        {fromLayer, fromPort, id, static_cast<int64_t>(i), edges.size()});
  }
}

/// The layer name of `op`: its NameLoc, else `<type>_<id>`.
static std::string getLayerName(Location loc, StringRef type, int64_t id) {
  if (auto name = dyn_cast<NameLoc>(loc))
    return name.getName().str();
  if (auto fused = dyn_cast<FusedLoc>(loc))
    for (Location inner : fused.getLocations())
      if (auto name = dyn_cast<NameLoc>(inner))
        return name.getName().str();
  return (type + "_" + Twine(id)).str();
}

/// Appends the output ports of `values` (ids from `firstPort`) with their
/// tensor names.
static void addOutputs(pugi::xml_node layer, ValueRange values,
                       int64_t firstPort, ArrayAttr namesPerValue) {
  if (values.empty())
    return;
  pugi::xml_node output = layer.append_child("output");
  for (auto [i, value] : llvm::enumerate(values)) {
    pugi::xml_node port = output.append_child("port");
    port.append_attribute("id").set_value(
        static_cast<long long>(firstPort + i));
    port.append_attribute("precision")
        .set_value(getPrecision(getElementType(value.getType())).c_str());
    if (namesPerValue && i < namesPerValue.size()) {
      std::vector<std::string> names;
      for (Attribute name : cast<ArrayAttr>(namesPerValue[i]))
        names.push_back(cast<StringAttr>(name).str());
      if (!names.empty())
        port.append_attribute("names").set_value(
            xml::joinTensorNames(names).c_str());
    }
    appendDims(port, value);
    auto rtInfo = dyn_cast_or_null<DictionaryAttr>(
        getValueAttr(value, OVDialect::kPortRtInfoAttrName));
    if (rtInfo && !rtInfo.empty())
      exportRtInfo(port.append_child("rt_info"), rtInfo);
  }
}

FailureOr<std::vector<char>>
ModelWriter::getBytes(ElementsAttr value, Operation *op, ArrayRef<char> &view) {
  std::vector<char> bytes;
  if (auto resource = dyn_cast<DenseResourceElementsAttr>(value)) {
    AsmResourceBlob *blob = resource.getRawHandle().getBlob();
    if (!blob)
      return op->emitError("constant blob '")
             << resource.getRawHandle().getKey() << "' has no data";
    view = blob->getData();
    return bytes;
  }
  if (auto strings = dyn_cast<DenseStringElementsAttr>(value)) {
    // OpenVINO's packed strings: count, count+1 offsets, characters.
    auto appendI32 = [&](int32_t v) {
      const char *p = reinterpret_cast<const char *>(&v);
      bytes.insert(bytes.end(), p, p + sizeof(v));
    };
    int64_t count = strings.getNumElements();
    appendI32(static_cast<int32_t>(count));
    int32_t offset = 0;
    appendI32(offset);
    SmallVector<StringRef> values(strings.getValues<StringRef>());
    for (StringRef s : values)
      appendI32(offset += static_cast<int32_t>(s.size()));
    for (StringRef s : values)
      bytes.insert(bytes.end(), s.begin(), s.end());
  } else if (auto dense = dyn_cast<DenseElementsAttr>(value)) {
    Type elementType = dense.getElementType();
    if (elementType.isInteger(1)) {
      for (bool b : dense.getValues<bool>())
        bytes.push_back(b ? 1 : 0);
    } else {
      ArrayRef<char> raw = dense.getRawData();
      if (!dense.isSplat()) {
        view = raw;
        return bytes;
      }
      for (int64_t i = 0, e = dense.getNumElements(); i < e; ++i)
        bytes.insert(bytes.end(), raw.begin(), raw.end());
    }
  } else {
    return op->emitError("cannot serialize constant of this attribute kind");
  }
  return bytes;
}

LogicalResult ModelWriter::writeConst(pugi::xml_node layer,
                                      ConstantOp constant) {
  ElementsAttr value = constant.getValue();
  auto type = cast<RankedTensorType>(value.getType());
  std::string elementTypeName = getElementTypeName(type.getElementType());
  if (elementTypeName.empty())
    return constant.emitError("element type ")
           << type.getElementType() << " has no OpenVINO equivalent";
  ArrayRef<char> view;
  FailureOr<std::vector<char>> bytes = getBytes(value, constant, view);
  if (failed(bytes))
    return failure();
  if (!bytes->empty() || view.empty()) {
    ownedBytes.push_back(std::move(*bytes));
    view = ownedBytes.back();
  }
  uint64_t offset = bin.add(view);
  pugi::xml_node data = layer.append_child("data");
  data.append_attribute("element_type").set_value(elementTypeName.c_str());
  data.append_attribute("shape").set_value(
      constShapeText(type.getShape()).c_str());
  data.append_attribute("offset").set_value(
      static_cast<unsigned long long>(offset));
  data.append_attribute("size").set_value(
      static_cast<unsigned long long>(view.size()));
  return success();
}

LogicalResult ModelWriter::write(pugi::xml_node net) {
  GraphIds ids;
  return writeGraph(
      net, func.getBody().front(),
      [&](unsigned i) { return func.getArgAttrDict(i); },
      [&](unsigned i) { return func.getResultAttrDict(i); }, ids);
}

/// The attributes an op of `op`'s kind gets by default (its ODS defaults),
/// read from a scratch op without operands that is never inserted.
static DictionaryAttr getDefaultAttrs(Operation &op) {
  Operation *scratch = Operation::create(op.getLoc(), op.getName(), {}, {},
                                         NamedAttrList(), nullptr, {}, 0);
  DictionaryAttr defaults = scratch->getAttrDictionary();
  scratch->destroy();
  return defaults;
}

/// Fails when `op` holds a non-default attribute that the layer version
/// `spec` cannot express (e.g. dilations on an op recorded as MaxPool-1)
/// instead of silently dropping it. Dialect attributes (ov.*) have their
/// own forms; If and Loop carry their port maps as attributes.
static LogicalResult checkAttrsHaveForm(Operation &op, const OpSpec &spec) {
  if (op.getNumRegions())
    return success();
  DictionaryAttr defaults;
  for (NamedAttribute attr : op.getAttrs()) {
    StringRef name = attr.getName().getValue();
    if (name.starts_with("ov.") || name == "operandSegmentSizes" ||
        llvm::any_of(spec.attrs, [&](const AttrSpec &attrSpec) {
          return name == attrSpec.mlirName;
        }))
      continue;
    if (!defaults)
      defaults = getDefaultAttrs(op);
    if (defaults.get(name) == attr.getValue())
      continue;
    return op.emitOpError("attribute '")
           << name << "' has no form in " << spec.type << "-" << spec.opset
           << " (the layer version recorded in ov.opset, else the newest)";
  }
  return success();
}

LogicalResult ModelWriter::writeGraph(pugi::xml_node net, Block &body,
                                      AttrsOf argAttrs, AttrsOf resultAttrs,
                                      GraphIds &ids) {
  // Each graph has its own layer ids and edges.
  std::vector<Edge> outerEdges;
  std::swap(edges, outerEdges);
  llvm::scope_exit restore([&] { std::swap(edges, outerEdges); });
  pugi::xml_node layers = net.append_child("layers");
  int64_t nextId = 0;

  // Parameters.
  for (BlockArgument arg : body.getArguments()) {
    int64_t id = nextId++;
    ids.parameters.push_back(id);
    DictionaryAttr attrs = argAttrs(arg.getArgNumber());
    auto name =
        attrs ? attrs.getAs<StringAttr>(OVDialect::kNameAttrName) : nullptr;
    pugi::xml_node layer = addLayer(
        layers, id,
        name ? name.str() : getLayerName(arg.getLoc(), "Parameter", id),
        "Parameter", 1);
    Type elementType = getElementType(arg.getType());
    std::string elementTypeName = getElementTypeName(elementType);
    if (elementTypeName.empty())
      return mlir::emitError(arg.getLoc(), "argument ")
             << arg.getArgNumber() << ": element type " << elementType
             << " has no OpenVINO equivalent";
    pugi::xml_node data = layer.append_child("data");
    data.append_attribute("shape").set_value(partialShapeText(arg).c_str());
    data.append_attribute("element_type").set_value(elementTypeName.c_str());
    if (auto extra =
            attrs ? attrs.getAs<DictionaryAttr>(OVDialect::kExtraDataAttrName)
                  : nullptr)
      for (NamedAttribute entry : extra)
        data.append_attribute(entry.getName().str().c_str())
            .set_value(cast<StringAttr>(entry.getValue()).str().c_str());
    if (auto rt = attrs
                      ? attrs.getAs<DictionaryAttr>(OVDialect::kRtInfoAttrName)
                      : nullptr)
      exportRtInfo(layer.append_child("rt_info"), rt);
    ArrayAttr names;
    if (auto argNames =
            attrs ? attrs.getAs<ArrayAttr>(OVDialect::kTensorNamesAttrName)
                  : nullptr)
      names = ArrayAttr::get(arg.getContext(), {argNames});
    addOutputs(layer, arg, 0, names);
    producers[arg] = {id, 0};
  }

  // Ops, in block order (a topological order).
  Operation *terminator = body.getTerminator();
  for (Operation &op : body.without_terminator()) {
    int64_t id = nextId++;
    auto names = op.getAttrOfType<ArrayAttr>(OVDialect::kTensorNamesAttrName);
    auto rtInfo = op.getAttrOfType<DictionaryAttr>(OVDialect::kRtInfoAttrName);
    if (auto constant = dyn_cast<ConstantOp>(op)) {
      pugi::xml_node layer = addLayer(
          layers, id, getLayerName(op.getLoc(), "Constant", id), "Const", 1);
      if (failed(writeConst(layer, constant)))
        return failure();
      if (rtInfo)
        exportRtInfo(layer.append_child("rt_info"), rtInfo);
      addOutputs(layer, op.getResults(), 0, names);
      producers[constant.getResult()] = {id, 0};
      continue;
    }
    const OpSpec *spec = lookupOpSpecForWrite(&op);
    if (!spec)
      return op.emitOpError("has no OpenVINO IR form (not supported by the "
                            "IR writer yet)");
    if (failed(checkAttrsHaveForm(op, *spec)))
      return failure();
    pugi::xml_node layer =
        addLayer(layers, id, getLayerName(op.getLoc(), spec->type, id),
                 spec->type, spec->opset);
    auto extra =
        op.getAttrOfType<DictionaryAttr>(OVDialect::kExtraDataAttrName);
    if (!spec->attrs.empty() || extra) {
      pugi::xml_node data = layer.append_child("data");
      for (const AttrSpec &attr : spec->attrs)
        data.append_attribute(attr.xmlName)
            .set_value(
                printAttrText(attr, op.getAttr(attr.mlirName), &op).c_str());
      if (extra)
        for (NamedAttribute entry : extra)
          data.append_attribute(entry.getName().str().c_str())
              .set_value(cast<StringAttr>(entry.getValue()).str().c_str());
    }
    if (rtInfo)
      exportRtInfo(layer.append_child("rt_info"), rtInfo);
    addInputs(layer, id, op.getOperands());
    int64_t numInputs = op.getNumOperands();
    ResultRange results = op.getResults().drop_back(spec->extraResults);
    for (OpResult dropped : op.getResults().take_back(spec->extraResults))
      if (!dropped.use_empty())
        return op.emitOpError("result ")
               << dropped.getResultNumber() << " is used, but " << spec->type
               << "-" << spec->opset << " does not have it";
    addOutputs(layer, results, numInputs, names);
    for (auto [i, result] : llvm::enumerate(results))
      producers[result] = {id, numInputs + static_cast<int64_t>(i)};
    if (op.getNumRegions() && failed(writeBodies(layer, &op)))
      return failure();
  }

  // Results.
  for (auto [i, operand] : llvm::enumerate(terminator->getOperands())) {
    int64_t id = nextId++;
    ids.results.push_back(id);
    DictionaryAttr attrs = resultAttrs(i);
    auto name =
        attrs ? attrs.getAs<StringAttr>(OVDialect::kNameAttrName) : nullptr;
    pugi::xml_node layer =
        addLayer(layers, id, name ? name.str() : "Result_" + std::to_string(id),
                 "Result", 1);
    if (auto rt = attrs
                      ? attrs.getAs<DictionaryAttr>(OVDialect::kRtInfoAttrName)
                      : nullptr)
      exportRtInfo(layer.append_child("rt_info"), rt);
    addInputs(layer, id, operand);
  }

  // Edges, by producer (stable: consumers keep their order).
  llvm::sort(edges, [](const Edge &a, const Edge &b) {
    return std::tie(a.fromLayer, a.seq) < std::tie(b.fromLayer, b.seq);
  });
  pugi::xml_node edgesNode = net.append_child("edges");
  for (const Edge &edge : edges) {
    pugi::xml_node node = edgesNode.append_child("edge");
    node.append_attribute("from-layer")
        .set_value(static_cast<long long>(edge.fromLayer));
    node.append_attribute("from-port")
        .set_value(static_cast<long long>(edge.fromPort));
    node.append_attribute("to-layer")
        .set_value(static_cast<long long>(edge.toLayer));
    node.append_attribute("to-port").set_value(
        static_cast<long long>(edge.toPort));
  }
  return success();
}

//===----------------------------------------------------------------------===//
// If/Loop bodies and port maps (the reader's BodyImport.cpp in reverse).
//===----------------------------------------------------------------------===//

LogicalResult ModelWriter::writeBody(pugi::xml_node layer, Operation *op,
                                     unsigned regionIndex, const char *tag,
                                     GraphIds &ids) {
  auto attrsOf = [&](StringRef name, unsigned i) -> DictionaryAttr {
    auto perRegion = op->getAttrOfType<ArrayAttr>(name);
    if (!perRegion || regionIndex >= perRegion.size())
      return {};
    auto attrs = cast<ArrayAttr>(perRegion[regionIndex]);
    return i < attrs.size() ? cast<DictionaryAttr>(attrs[i]) : DictionaryAttr();
  };
  return writeGraph(
      layer.append_child(tag), op->getRegion(regionIndex).front(),
      [&](unsigned i) { return attrsOf(OVDialect::kRegionArgAttrsName, i); },
      [&](unsigned i) { return attrsOf(OVDialect::kRegionResultAttrsName, i); },
      ids);
}

/// Appends `name="value"` for the integer entries `keys` of `dict`.
static void appendInts(pugi::xml_node node, DictionaryAttr dict,
                       ArrayRef<const char *> keys) {
  for (const char *key : keys)
    if (auto value = dict.getAs<IntegerAttr>(key))
      node.append_attribute(key).set_value(
          static_cast<long long>(value.getInt()));
}

static constexpr const char *kSlicingKeys[] = {"axis", "start", "end", "stride",
                                               "part_size"};

LogicalResult ModelWriter::writeBodies(pugi::xml_node layer, Operation *op) {
  auto setPort = [](pugi::xml_node entry, int64_t externalPort,
                    int64_t internalLayer) {
    entry.append_attribute("external_port_id")
        .set_value(static_cast<long long>(externalPort));
    entry.append_attribute("internal_layer_id")
        .set_value(static_cast<long long>(internalLayer));
  };
  if (auto ifOp = dyn_cast<IfOp>(op)) {
    // Port maps come before the bodies, but need the bodies' layer ids.
    pugi::xml_node thenMap = layer.append_child("then_port_map");
    pugi::xml_node elseMap = layer.append_child("else_port_map");
    GraphIds thenIds, elseIds;
    if (failed(writeBody(layer, op, 0, "then_body", thenIds)) ||
        failed(writeBody(layer, op, 1, "else_body", elseIds)))
      return failure();
    auto fill = [&](pugi::xml_node map, const GraphIds &ids,
                    ArrayRef<int64_t> inputs, ArrayRef<int64_t> outputs) {
      // Input 0 of the layer is the condition.
      for (auto [p, input] : llvm::enumerate(inputs))
        setPort(map.append_child("input"), input + 1, ids.parameters[p]);
      // Output port ids follow the input port ids.
      for (auto [r, output] : llvm::enumerate(outputs))
        setPort(map.append_child("output"), op->getNumOperands() + output,
                ids.results[r]);
    };
    fill(thenMap, thenIds, ifOp.getThenInputs(), ifOp.getThenOutputs());
    fill(elseMap, elseIds, ifOp.getElseInputs(), ifOp.getElseOutputs());
    return success();
  }
  auto loop = dyn_cast<LoopOp>(op);
  if (!loop)
    return op->emitOpError("has regions the IR writer does not know");
  pugi::xml_node portMap = layer.append_child("port_map");
  pugi::xml_node backEdges = layer.append_child("back_edges");
  GraphIds ids;
  if (failed(writeBody(layer, op, 0, "body", ids)))
    return failure();
  for (Attribute attr : loop.getInputPortMap()) {
    auto dict = cast<DictionaryAttr>(attr);
    pugi::xml_node entry = portMap.append_child("input");
    int64_t param = dict.getAs<IntegerAttr>("parameter").getInt();
    setPort(entry, dict.getAs<IntegerAttr>("external_port_id").getInt(),
            ids.parameters[param]);
    appendInts(entry, dict, kSlicingKeys);
    if (auto purpose = dict.getAs<StringAttr>("purpose"))
      entry.append_attribute("purpose").set_value(purpose.str().c_str());
  }
  // Output port ids follow the input port ids.
  int64_t numInputs = op->getNumOperands();
  for (Attribute attr : loop.getOutputPortMap()) {
    auto dict = cast<DictionaryAttr>(attr);
    pugi::xml_node entry = portMap.append_child("output");
    int64_t output = dict.getAs<IntegerAttr>("external_port_id").getInt();
    int64_t result = dict.getAs<IntegerAttr>("result").getInt();
    setPort(entry, output < 0 ? -1 : numInputs + output, ids.results[result]);
    appendInts(entry, dict, kSlicingKeys);
    if (auto purpose = dict.getAs<StringAttr>("purpose"))
      entry.append_attribute("purpose").set_value(purpose.str().c_str());
  }
  for (Attribute attr : loop.getBackEdges()) {
    auto dict = cast<DictionaryAttr>(attr);
    pugi::xml_node edge = backEdges.append_child("edge");
    int64_t from = dict.getAs<IntegerAttr>("from_result").getInt();
    int64_t to = dict.getAs<IntegerAttr>("to_parameter").getInt();
    edge.append_attribute("from-layer")
        .set_value(static_cast<long long>(ids.results[from]));
    edge.append_attribute("from-port").set_value(0);
    edge.append_attribute("to-layer")
        .set_value(static_cast<long long>(ids.parameters[to]));
    edge.append_attribute("to-port").set_value(0);
  }
  return success();
}

LogicalResult ov::writeOVIR(ModuleOp module, StringRef xmlPath) {
  func::FuncOp func;
  for (auto candidate : module.getOps<func::FuncOp>())
    if (!func || candidate.getSymName() == "main")
      func = candidate;
  if (!func || func.isExternal())
    return module.emitError("no model to write: the module has no func.func "
                            "with a body");
  if (!llvm::hasSingleElement(func.getBody()))
    return func.emitError("a model must have a single block");

  SmallString<256> binPath(xmlPath);
  llvm::sys::path::replace_extension(binPath, ".bin");
  std::string error;
  PendingFile xmlFile, binFile;
  if (failed(binFile.open(binPath, error)) ||
      failed(xmlFile.open(xmlPath, error)))
    return module.emitError(error);

  pugi::xml_document doc;
  pugi::xml_node decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version").set_value("1.0");
  pugi::xml_node net = doc.append_child("net");
  net.append_attribute("name").set_value(func.getSymName().str().c_str());
  net.append_attribute("version").set_value("11");
  BinWriter bin(binFile.os());
  ModelWriter writer(func, bin);
  if (failed(writer.write(net)))
    return failure();
  if (auto meta =
          module->getAttrOfType<DictionaryAttr>(OVDialect::kMetaDataAttrName))
    exportTree(net.append_child("meta_data"), meta);
  pugi::xml_node rt = net.append_child("rt_info");
  if (auto rtInfo =
          module->getAttrOfType<DictionaryAttr>(OVDialect::kRtInfoAttrName))
    exportTree(rt, rtInfo);

  std::ostringstream text;
  doc.save(text, "\t");
  xmlFile.os() << text.str();
  if (failed(binFile.commit(error)) || failed(xmlFile.commit(error)))
    return module.emitError(error);
  return success();
}
