//===- IRReader.cpp - Read OpenVINO classic IR (.xml/.bin) ----------------===//
//
// .xml -> XmlGraph (plain data) -> OV dialect ops, layer by layer in
// topological order. Every error names the .xml (with the line) and the
// layer; nothing is returned on error.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Frontends/IR/IRReader.h"

#include "GraphImporter.h"
#include "OpSpecs.h"
#include "XmlGraph.h"
#include "ovmlir/Dialect/OV/IR/OVOps.h"
#include "ovmlir/Frontends/Common/ConstantData.h"
#include "ovmlir/Frontends/Common/MappedFile.h"
#include "ovmlir/Frontends/IR/ElementTypes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/AsmState.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Verifier.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <functional>
#include <queue>

using namespace mlir;
using namespace mlir::ov;

namespace {

/// A parsed partial shape: dims (kDynamic for `?`, `-1` and ranges), or no
/// rank for `...`. `bounds` holds [lo, hi] per dim (hi = -1: unbounded) and
/// is kept only when some dim is an interval such as `1..10`.
struct PartialShape {
  bool ranked = true;
  SmallVector<int64_t> dims;
  SmallVector<int64_t> bounds;
  bool hasInterval = false;
};

/// Parses one dimension: `3`, `-1`, `?`, `1..10`, `..5`, `2..`, and appends
/// it to `shape`.
static bool parseDim(StringRef text, PartialShape &shape) {
  text = text.trim();
  int64_t lo = 0, hi = -1;
  if (text == "?" || text == "-1") {
    shape.dims.push_back(ShapedType::kDynamic);
  } else if (text.contains("..")) {
    auto [loText, hiText] = text.split("..");
    if ((!loText.trim().empty() && loText.trim().getAsInteger(10, lo)) ||
        (!hiText.trim().empty() && hiText.trim().getAsInteger(10, hi)) ||
        lo < 0 || (hi >= 0 && hi < lo))
      return false;
    shape.dims.push_back(lo == hi ? lo : ShapedType::kDynamic);
    shape.hasInterval |= lo != hi && (lo != 0 || hi != -1);
  } else {
    if (text.getAsInteger(10, lo) || lo < 0)
      return false;
    hi = lo;
    shape.dims.push_back(lo);
  }
  shape.bounds.append({lo, hi});
  return true;
}

/// Parses a `shape` attribute: "1,3,224,224", "" (scalar), "?,3", "...".
static bool parseShapeText(StringRef text, PartialShape &shape) {
  text = text.trim();
  if (text == "...") {
    shape.ranked = false;
    return true;
  }
  if (text.empty())
    return true;
  SmallVector<StringRef> parts;
  text.split(parts, ',');
  for (StringRef part : parts)
    if (!parseDim(part, shape))
      return false;
  return true;
}

/// The `ov.dim_bounds` value of `shape`: null unless it has an interval.
static DenseI64ArrayAttr getBoundsAttr(MLIRContext *context,
                                       const PartialShape &shape) {
  if (!shape.hasInterval)
    return {};
  return DenseI64ArrayAttr::get(context, shape.bounds);
}

static TensorType makeTensorType(const PartialShape &shape, Type elementType) {
  if (!shape.ranked)
    return UnrankedTensorType::get(elementType);
  return RankedTensorType::get(shape.dims, elementType);
}

/// Layer/port rt_info: `<attribute name="X" version="0" value=".."/>` ->
/// {X = {value = "..", version = "0"}}; other children nest the same way.
static DictionaryAttr importRtInfo(MLIRContext *context,
                                   const pugi::xml_node &node) {
  Builder builder(context);
  SmallVector<NamedAttribute> entries;
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element)
      continue;
    SmallVector<NamedAttribute> fields;
    std::string key = child.name();
    for (pugi::xml_attribute attr : child.attributes()) {
      if (StringRef(child.name()) == "attribute" &&
          StringRef(attr.name()) == "name") {
        key = attr.value();
        continue;
      }
      fields.push_back(builder.getNamedAttr(
          attr.name(), builder.getStringAttr(attr.value())));
    }
    if (child.first_child())
      fields.push_back(
          builder.getNamedAttr("ov.children", importRtInfo(context, child)));
    entries.push_back(
        builder.getNamedAttr(key, builder.getDictionaryAttr(fields)));
  }
  return builder.getDictionaryAttr(entries);
}

/// Model-level rt_info / meta_data: each element becomes a dictionary of its
/// XML attributes and child elements.
static DictionaryAttr importTree(MLIRContext *context,
                                 const pugi::xml_node &node) {
  Builder builder(context);
  SmallVector<NamedAttribute> entries;
  for (pugi::xml_attribute attr : node.attributes())
    entries.push_back(
        builder.getNamedAttr(attr.name(), builder.getStringAttr(attr.value())));
  for (pugi::xml_node child : node.children())
    if (child.type() == pugi::node_element)
      entries.push_back(
          builder.getNamedAttr(child.name(), importTree(context, child)));
  return builder.getDictionaryAttr(entries);
}

} // namespace

/// Position of the port with `id` in `ports`, or nullopt.
static std::optional<size_t> findPort(const std::vector<xml::Port> &ports,
                                      int64_t id) {
  for (auto [i, port] : llvm::enumerate(ports))
    if (port.id == id)
      return i;
  return std::nullopt;
}

LogicalResult GraphImporter::connectEdges(const xml::Graph &graph,
                                          Links &links) {
  auto &sources = links.sources;
  sources.assign(graph.layers.size(), {});
  for (auto [i, layer] : llvm::enumerate(graph.layers))
    sources[i].resize(layer.inputs.size());
  for (const xml::Edge &edge : graph.edges) {
    auto from = graph.layerIndex.find(edge.fromLayer);
    auto to = graph.layerIndex.find(edge.toLayer);
    if (from == graph.layerIndex.end())
      return emitLineError(edge.line)
             << "edge from missing layer id " << edge.fromLayer;
    if (to == graph.layerIndex.end())
      return emitLineError(edge.line)
             << "edge to missing layer id " << edge.toLayer;
    const xml::Layer &producer = graph.layers[from->second];
    const xml::Layer &consumer = graph.layers[to->second];
    std::optional<size_t> out = findPort(producer.outputs, edge.fromPort);
    if (!out)
      return emitLineError(edge.line)
             << "edge from " << producer.describe()
             << ": it has no output port " << edge.fromPort;
    std::optional<size_t> in = findPort(consumer.inputs, edge.toPort);
    if (!in)
      return emitLineError(edge.line)
             << "edge to " << consumer.describe() << ": it has no input port "
             << edge.toPort;
    if (sources[to->second][*in])
      return emitLineError(edge.line)
             << "input port " << edge.toPort << " of " << consumer.describe()
             << " has more than one incoming edge";
    sources[to->second][*in] = std::make_pair(from->second, *out);
  }
  for (auto [i, layer] : llvm::enumerate(graph.layers))
    for (auto [pos, source] : llvm::enumerate(sources[i]))
      if (!source)
        return emitLayerError(layer)
               << "input port " << layer.inputs[pos].id << " is not connected";
  return success();
}

LogicalResult GraphImporter::sortLayers(const xml::Graph &graph, Links &links) {
  const auto &sources = links.sources;
  auto &order = links.order;
  size_t n = graph.layers.size();
  std::vector<size_t> pending(n, 0);
  std::vector<std::vector<size_t>> users(n);
  for (size_t i = 0; i < n; ++i)
    for (const auto &source : sources[i]) {
      ++pending[i];
      users[source->first].push_back(i);
    }
  // Kahn's algorithm taking the first ready layer in document order: the
  // result is the document order itself whenever that is topological (as
  // OpenVINO writes it), so a read-write round trip keeps the layer ids.
  std::priority_queue<size_t, std::vector<size_t>, std::greater<size_t>> ready;
  for (size_t i = 0; i < n; ++i)
    if (pending[i] == 0)
      ready.push(i);
  while (!ready.empty()) {
    size_t i = ready.top();
    ready.pop();
    order.push_back(i);
    for (size_t user : users[i])
      if (--pending[user] == 0)
        ready.push(user);
  }
  if (order.size() == n)
    return success();
  for (size_t i = 0; i < n; ++i)
    if (pending[i] != 0)
      return emitLayerError(graph.layers[i])
             << "the layer is part of a cycle (its inputs depend on its "
                "outputs)";
  return failure();
}

FailureOr<Type> GraphImporter::getPortType(const xml::Layer &layer,
                                           const xml::Port &port,
                                           DenseI64ArrayAttr *bounds) {
  Type elementType = parsePrecision(context, port.precision);
  if (!elementType)
    return emitLayerError(layer)
           << "output port " << port.id << " has "
           << (port.precision.empty()
                   ? "no precision"
                   : "unknown precision '" + port.precision + "'");
  PartialShape shape;
  for (const std::string &text : port.dims)
    if (!parseDim(text, shape))
      return emitLayerError(layer)
             << "output port " << port.id << " has an invalid dimension '"
             << text << "'";
  if (bounds)
    *bounds = getBoundsAttr(context, shape);
  return Type(makeTensorType(shape, elementType));
}

ArrayAttr GraphImporter::getPortRtInfo(const xml::Layer &layer) {
  SmallVector<Attribute> perResult;
  bool any = false;
  for (const xml::Port &port : layer.outputs) {
    pugi::xml_node rt = port.node.child("rt_info");
    any |= bool(rt);
    perResult.push_back(rt ? importRtInfo(context, rt)
                           : builder.getDictionaryAttr({}));
  }
  return any ? builder.getArrayAttr(perResult) : ArrayAttr();
}

ArrayAttr GraphImporter::getTensorNames(const xml::Layer &layer) {
  SmallVector<Attribute> perResult;
  bool any = false;
  for (const xml::Port &port : layer.outputs) {
    SmallVector<Attribute> names;
    for (const std::string &name : xml::splitTensorNames(port.names))
      names.push_back(builder.getStringAttr(name));
    any |= !names.empty();
    perResult.push_back(builder.getArrayAttr(names));
  }
  return any ? builder.getArrayAttr(perResult) : ArrayAttr();
}

FailureOr<MappedFile *> GraphImporter::getWeights(const xml::Layer &layer) {
  if (!weights) {
    llvm::Expected<std::shared_ptr<MappedFile>> file =
        MappedFile::open(weightsPath, "weights file");
    if (!file)
      return emitLayerError(layer) << llvm::toString(file.takeError());
    weights = *file;
  }
  return weights.get();
}

/// Decodes OpenVINO's packed string tensor: i32 count, count+1 i32 offsets,
/// then the characters.
static FailureOr<SmallVector<StringRef>>
unpackStrings(ArrayRef<char> bytes, int64_t count, std::string &error) {
  auto readI32 = [&](size_t at) {
    int32_t v;
    std::memcpy(&v, bytes.data() + at, sizeof(v));
    return v;
  };
  size_t header = 4 * (static_cast<size_t>(count) + 2);
  if (bytes.size() < header || readI32(0) != count) {
    error = "packed string data does not hold " + std::to_string(count) +
            " strings";
    return failure();
  }
  SmallVector<StringRef> strings;
  size_t chars = bytes.size() - header;
  for (int64_t i = 0; i < count; ++i) {
    int32_t begin = readI32(4 * (i + 1)), end = readI32(4 * (i + 2));
    if (begin < 0 || end < begin || static_cast<size_t>(end) > chars) {
      error = "packed string offsets are out of range";
      return failure();
    }
    strings.push_back(StringRef(bytes.data() + header + begin, end - begin));
  }
  return strings;
}

FailureOr<Value> GraphImporter::importConst(const xml::Layer &layer) {
  if (!layer.data)
    return emitLayerError(layer) << "Const has no <data>";
  Type elementType = parseElementTypeName(
      context, layer.data.attribute("element_type").value());
  if (!elementType)
    return emitLayerError(layer)
           << "unknown element_type '"
           << layer.data.attribute("element_type").value() << "'";
  PartialShape shape;
  if (!parseShapeText(layer.data.attribute("shape").value(), shape) ||
      !shape.ranked || llvm::any_of(shape.dims, ShapedType::isDynamic))
    return emitLayerError(layer)
           << "invalid Const shape '" << layer.data.attribute("shape").value()
           << "'";
  int64_t offset, size;
  if (StringRef(layer.data.attribute("offset").value())
          .trim()
          .getAsInteger(10, offset) ||
      StringRef(layer.data.attribute("size").value())
          .trim()
          .getAsInteger(10, size) ||
      offset < 0 || size < 0)
    return emitLayerError(layer)
           << "Const needs non-negative integer 'offset' and 'size'";
  auto type = RankedTensorType::get(shape.dims, elementType);
  int64_t numElements = type.getNumElements();
  bool isString = isa<StringType>(elementType);
  // OpenVINO stores `boolean` as one byte per element.
  bool isBool = elementType.isInteger(1) && elementType.isSignlessInteger();
  unsigned bits = isBool ? 8 : getElementBitWidth(elementType);
  if (!isString && bits % 8 != 0)
    return emitLayerError(layer)
           << "Const of sub-byte element type '"
           << getElementTypeName(elementType) << "' is not supported yet";
  int64_t needed = isString ? 0 : numElements * (bits / 8);
  if (size < needed)
    return emitLayerError(layer)
           << "size " << size << " is too small for shape ["
           << llvm::join(
                  llvm::map_range(shape.dims,
                                  [](int64_t d) { return std::to_string(d); }),
                  ",")
           << "] of " << getElementTypeName(elementType) << " (needs " << needed
           << " bytes)";
  FailureOr<MappedFile *> file = getWeights(layer);
  if (failed(file))
    return failure();
  if (static_cast<uint64_t>(offset) + size > (*file)->getSize())
    return emitLayerError(layer)
           << "data [" << offset << ", " << offset + size
           << ") runs past the end of the weights file '" << (*file)->getPath()
           << "' (" << (*file)->getSize() << " bytes)";
  ArrayRef<char> bytes = (*file)->getData().slice(offset, size);

  ElementsAttr value;
  if (isString) {
    std::string error;
    FailureOr<SmallVector<StringRef>> strings =
        unpackStrings(bytes, numElements, error);
    if (failed(strings))
      return emitLayerError(layer) << error;
    value = DenseStringElementsAttr::get(type, *strings);
  } else {
    value =
        createConstantData(type, bytes.take_front(needed), layer.name, weights);
  }
  auto constant = ConstantOp::create(builder, getLoc(layer), value);
  if (ArrayAttr names = getTensorNames(layer))
    constant->setAttr(OVDialect::kTensorNamesAttrName, names);
  if (ArrayAttr portRt = getPortRtInfo(layer))
    constant->setAttr(OVDialect::kPortRtInfoAttrName, portRt);
  if (pugi::xml_node rt = layer.node.child("rt_info"))
    constant->setAttr(OVDialect::kRtInfoAttrName, importRtInfo(context, rt));
  return constant.getResult();
}

/// The operandSegmentSizes of a layer with `numInputs` inputs for an op whose
/// operands are `layout` ('r' required, 'o' optional): optional operands are
/// present from the first on, as OpenVINO's input indices are positional.
FailureOr<DenseI32ArrayAttr>
GraphImporter::getOperandSegments(const xml::Layer &layer, StringRef layout,
                                  size_t numInputs) {
  size_t required = layout.count('r');
  if (numInputs < required || numInputs > layout.size())
    return emitLayerError(layer)
           << "expected " << required
           << (required == layout.size()
                   ? ""
                   : (" to " + Twine(layout.size())).str())
           << " inputs, got " << numInputs;
  SmallVector<int32_t> sizes;
  size_t optionalLeft = numInputs - required;
  for (char kind : layout) {
    bool present = kind == 'r' || optionalLeft > 0;
    if (kind == 'o' && present)
      --optionalLeft;
    sizes.push_back(present ? 1 : 0);
  }
  return builder.getDenseI32ArrayAttr(sizes);
}

/// The opset number of a `version` attribute ("opset8" -> 8).
static std::optional<unsigned> parseOpsetVersion(StringRef version) {
  unsigned opset;
  if (!version.consume_front("opset") || version.getAsInteger(10, opset))
    return std::nullopt;
  return opset;
}

/// Replaces the result types of `op` by the ones its type inference gives.
static LogicalResult refineToInferredTypes(Operation *op) {
  auto infer = dyn_cast<InferTypeOpInterface>(op);
  if (!infer)
    return failure();
  SmallVector<Type> types;
  if (failed(infer.inferReturnTypes(
          op->getContext(), op->getLoc(), op->getOperands(),
          op->getRawDictionaryAttrs(), op->getPropertiesStorage(),
          op->getRegions(), types)) ||
      types.size() != op->getNumResults())
    return failure();
  for (auto [result, type] : llvm::zip(op->getResults(), types))
    result.setType(type);
  return success();
}

FailureOr<Operation *> GraphImporter::importOp(const xml::Layer &layer,
                                               ArrayRef<Value> operands) {
  std::optional<unsigned> opset = parseOpsetVersion(layer.version);
  if (!opset)
    return emitLayerError(layer)
           << "unsupported op: version '" << layer.version
           << "' is not an OpenVINO opset (extension ops are not supported)";
  bool knownType;
  const OpSpec *spec = lookupOpSpecForRead(layer.type, *opset, knownType);
  if (!spec) {
    if (knownType) {
      std::string versions;
      for (unsigned known : getKnownOpsets(layer.type))
        versions +=
            (versions.empty() ? "opset" : ", opset") + std::to_string(known);
      return emitLayerError(layer)
             << "unsupported op: " << layer.type << " in " << layer.version
             << " (versions read: " << versions << ")";
    }
    return emitLayerError(layer) << "unsupported op: unknown layer type '"
                                 << layer.type << "' (" << layer.version << ")";
  }

  OperationState state(getLoc(layer), spec->opName);
  state.addOperands(operands);
  if (spec->operandSegments) {
    FailureOr<DenseI32ArrayAttr> segments =
        getOperandSegments(layer, spec->operandSegments, operands.size());
    if (failed(segments))
      return failure();
    state.addAttribute("operandSegmentSizes", *segments);
  }
  SmallVector<Attribute> resultBounds;
  bool anyBounds = false;
  for (const xml::Port &port : layer.outputs) {
    DenseI64ArrayAttr bounds;
    FailureOr<Type> type = getPortType(layer, port, &bounds);
    if (failed(type))
      return failure();
    state.addTypes(*type);
    anyBounds |= bool(bounds);
    resultBounds.push_back(bounds ? bounds : builder.getDenseI64ArrayAttr({}));
  }
  if (spec->extraResults && !state.types.empty()) {
    Type indices =
        cast<TensorType>(state.types.front()).clone(builder.getI64Type());
    state.types.append(spec->extraResults, indices);
  }
  // <data> attributes: the spec's, then the unknown ones kept as strings.
  llvm::StringSet<> known;
  for (const AttrSpec &attrSpec : spec->attrs) {
    known.insert(attrSpec.xmlName);
    pugi::xml_attribute xmlAttr = layer.data.attribute(attrSpec.xmlName);
    if (!xmlAttr) {
      if (!attrSpec.defaultText)
        return emitLayerError(layer)
               << "missing attribute '" << attrSpec.xmlName << "'";
      continue;
    }
    std::string error;
    Attribute value = parseAttrText(context, attrSpec, xmlAttr.value(), error);
    if (!value)
      return emitLayerError(layer) << "attribute " << attrSpec.xmlName << "=\""
                                   << xmlAttr.value() << "\": " << error;
    state.addAttribute(attrSpec.mlirName, value);
  }
  SmallVector<NamedAttribute> extra;
  for (pugi::xml_attribute xmlAttr : layer.data.attributes())
    if (!known.contains(xmlAttr.name()))
      extra.push_back(builder.getNamedAttr(
          xmlAttr.name(), builder.getStringAttr(xmlAttr.value())));
  if (!extra.empty())
    state.addAttribute(OVDialect::kExtraDataAttrName,
                       builder.getDictionaryAttr(extra));
  if (ArrayAttr names = getTensorNames(layer)) {
    SmallVector<Attribute> perResult(names.getValue());
    perResult.resize(state.types.size(), builder.getArrayAttr({}));
    state.addAttribute(OVDialect::kTensorNamesAttrName,
                       builder.getArrayAttr(perResult));
  }
  if (ArrayAttr portRt = getPortRtInfo(layer)) {
    SmallVector<Attribute> perResult(portRt.getValue());
    perResult.resize(state.types.size(), builder.getDictionaryAttr({}));
    state.addAttribute(OVDialect::kPortRtInfoAttrName,
                       builder.getArrayAttr(perResult));
  }
  if (anyBounds) {
    resultBounds.resize(state.types.size(), builder.getDenseI64ArrayAttr({}));
    state.addAttribute(OVDialect::kDimBoundsAttrName,
                       builder.getArrayAttr(resultBounds));
  }
  if (pugi::xml_node rt = layer.node.child("rt_info"))
    state.addAttribute(OVDialect::kRtInfoAttrName, importRtInfo(context, rt));
  bool knownTypeForWrite;
  if (lookupOpSpecForRead(layer.type, ~0u, knownTypeForWrite) != spec)
    state.addAttribute(OVDialect::kOpsetAttrName,
                       builder.getI64IntegerAttr(spec->opset));

  if (spec->opName == StringRef("ov.if") ||
      spec->opName == StringRef("ov.loop"))
    if (failed(importBodies(layer, state)))
      return failure();

  Operation *op = builder.create(state);
  // Verify now, so that a failure names the layer (e.g. a declared output
  // shape that disagrees with the op's shape inference).
  std::string messages;
  {
    ScopedDiagnosticHandler collect(context, [&](Diagnostic &diag) {
      if (diag.getSeverity() == DiagnosticSeverity::Error) {
        if (!messages.empty())
          messages += "; ";
        messages += diag.str();
      }
      return success();
    });
    if (succeeded(mlir::verify(op)))
      return op;
    // Model Optimizer writes the shapes of a Loop output concatenated over
    // iterations on the body layers producing it; OpenVINO re-infers body
    // shapes when it reads them, and so do we (only in bodies).
    if (bodyDepth > 0 && succeeded(refineToInferredTypes(op)) &&
        succeeded(mlir::verify(op)))
      return op;
  }
  op->erase();
  return emitLayerError(layer) << messages;
}

FailureOr<Type> GraphImporter::getParameterType(const xml::Layer &layer) {
  Type elementType = parseElementTypeName(
      context, layer.data.attribute("element_type").value());
  if (!elementType)
    return emitLayerError(layer)
           << "unknown element_type '"
           << layer.data.attribute("element_type").value() << "'";
  PartialShape shape;
  if (!parseShapeText(layer.data.attribute("shape").value(), shape))
    return emitLayerError(layer)
           << "invalid shape '" << layer.data.attribute("shape").value() << "'";
  return Type(makeTensorType(shape, elementType));
}

DictionaryAttr GraphImporter::getParameterAttrs(const xml::Layer &layer) {
  SmallVector<NamedAttribute> attrs;
  PartialShape shape;
  if (parseShapeText(layer.data.attribute("shape").value(), shape))
    if (DenseI64ArrayAttr bounds = getBoundsAttr(context, shape))
      attrs.push_back(
          builder.getNamedAttr(OVDialect::kDimBoundsAttrName, bounds));
  attrs.push_back(builder.getNamedAttr(OVDialect::kNameAttrName,
                                       builder.getStringAttr(layer.name)));
  if (ArrayAttr names = getTensorNames(layer); names && names.size() == 1)
    attrs.push_back(
        builder.getNamedAttr(OVDialect::kTensorNamesAttrName, names[0]));
  if (ArrayAttr portRt = getPortRtInfo(layer); portRt && portRt.size() == 1)
    attrs.push_back(
        builder.getNamedAttr(OVDialect::kPortRtInfoAttrName, portRt[0]));
  if (pugi::xml_node rt = layer.node.child("rt_info"))
    attrs.push_back(builder.getNamedAttr(OVDialect::kRtInfoAttrName,
                                         importRtInfo(context, rt)));
  SmallVector<NamedAttribute> extra;
  for (pugi::xml_attribute xmlAttr : layer.data.attributes())
    if (StringRef(xmlAttr.name()) != "shape" &&
        StringRef(xmlAttr.name()) != "element_type")
      extra.push_back(builder.getNamedAttr(
          xmlAttr.name(), builder.getStringAttr(xmlAttr.value())));
  if (!extra.empty())
    attrs.push_back(builder.getNamedAttr(OVDialect::kExtraDataAttrName,
                                         builder.getDictionaryAttr(extra)));
  return builder.getDictionaryAttr(attrs);
}

DictionaryAttr GraphImporter::getResultAttrs(const xml::Layer &layer) {
  SmallVector<NamedAttribute> attrs;
  attrs.push_back(builder.getNamedAttr(OVDialect::kNameAttrName,
                                       builder.getStringAttr(layer.name)));
  if (pugi::xml_node rt = layer.node.child("rt_info"))
    attrs.push_back(builder.getNamedAttr(OVDialect::kRtInfoAttrName,
                                         importRtInfo(context, rt)));
  return builder.getDictionaryAttr(attrs);
}

FailureOr<GraphImporter::GraphIO>
GraphImporter::importGraph(const xml::Graph &graph, Block *block) {
  Links links;
  if (failed(connectEdges(graph, links)) || failed(sortLayers(graph, links)))
    return failure();

  // Parameters, in document order, are the block arguments.
  GraphIO io;
  std::vector<std::optional<size_t>> argOf(graph.layers.size());
  for (auto [i, layer] : llvm::enumerate(graph.layers)) {
    if (StringRef(layer.type).lower() != "parameter")
      continue;
    FailureOr<Type> type = getParameterType(layer);
    if (failed(type))
      return failure();
    argOf[i] = block->getNumArguments();
    block->addArgument(*type, getLoc(layer));
    io.parameters.push_back(i);
  }

  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToEnd(block);
  std::vector<SmallVector<Value>> outputs(graph.layers.size());
  for (size_t i : links.order) {
    const xml::Layer &layer = graph.layers[i];
    SmallVector<Value> operands;
    for (const auto &source : links.sources[i]) {
      auto [from, out] = *source;
      if (out >= outputs[from].size())
        return emitLayerError(layer)
               << "input from output " << out << " of "
               << graph.layers[from].describe() << ", which has only "
               << outputs[from].size() << " results";
      operands.push_back(outputs[from][out]);
    }
    std::string type = StringRef(layer.type).lower();
    if (type == "parameter") {
      outputs[i].push_back(block->getArgument(*argOf[i]));
    } else if (type == "result") {
      if (operands.size() != 1)
        return emitLayerError(layer) << "a Result needs exactly one input";
      io.results.emplace_back(i, operands[0]);
    } else if (type == "const" || type == "constant") {
      FailureOr<Value> value = importConst(layer);
      if (failed(value))
        return failure();
      outputs[i].push_back(*value);
    } else {
      FailureOr<Operation *> op = importOp(layer, operands);
      if (failed(op))
        return failure();
      llvm::append_range(outputs[i], (*op)->getResults());
    }
  }
  // Results in document order.
  llvm::sort(io.results,
             [](const auto &a, const auto &b) { return a.first < b.first; });
  return io;
}

FailureOr<func::FuncOp> GraphImporter::importFunc(const xml::Graph &graph,
                                                  StringRef name,
                                                  ModuleOp module) {
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToEnd(module.getBody());
  auto func =
      func::FuncOp::create(builder, FileLineColLoc::get(context, xmlPath, 1, 0),
                           name, builder.getFunctionType({}, {}));
  Block *entry = func.addEntryBlock();
  FailureOr<GraphIO> io = importGraph(graph, entry);
  if (failed(io)) {
    func.erase();
    return failure();
  }

  SmallVector<DictionaryAttr> argAttrs;
  for (size_t i : io->parameters)
    argAttrs.push_back(getParameterAttrs(graph.layers[i]));
  SmallVector<Value> returned;
  SmallVector<DictionaryAttr> resultAttrs;
  for (auto [i, value] : io->results) {
    returned.push_back(value);
    resultAttrs.push_back(getResultAttrs(graph.layers[i]));
  }
  builder.setInsertionPointToEnd(entry);
  func::ReturnOp::create(builder, func.getLoc(), returned);
  func.setFunctionType(builder.getFunctionType(
      entry->getArgumentTypes(), ValueRange(returned).getTypes()));
  func.setAllArgAttrs(argAttrs);
  func.setAllResultAttrs(resultAttrs);
  return func;
}

OwningOpRef<ModuleOp> ov::readOVIR(StringRef xmlPath, MLIRContext *context,
                                   const IRReaderOptions &options) {
  context->loadDialect<OVDialect, func::FuncDialect>();
  auto fileLoc = FileLineColLoc::get(context, xmlPath, 0, 0);
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> buffer =
      llvm::MemoryBuffer::getFile(xmlPath, /*IsText=*/false,
                                  /*RequiresNullTerminator=*/false);
  if (!buffer) {
    emitError(fileLoc) << "cannot open '" << xmlPath
                       << "': " << buffer.getError().message();
    return nullptr;
  }
  StringRef text = (*buffer)->getBuffer();
  xml::LineTable lines(text);
  pugi::xml_document doc;
  pugi::xml_parse_result parsed = doc.load_buffer(text.data(), text.size());
  if (!parsed) {
    // Line of the error offset.
    unsigned line =
        1 +
        std::count(text.begin(),
                   text.begin() + std::min<size_t>(parsed.offset, text.size()),
                   '\n');
    emitError(FileLineColLoc::get(context, xmlPath, line, 0))
        << "malformed XML: " << parsed.description();
    return nullptr;
  }
  pugi::xml_node net = doc.child("net");
  if (!net) {
    emitError(fileLoc) << "not an OpenVINO IR: no <net> element";
    return nullptr;
  }
  int64_t version = net.attribute("version").as_llong(0);
  if (version != 10 && version != 11) {
    emitError(FileLineColLoc::get(context, xmlPath, lines.getLine(net), 0))
        << "unsupported IR version '" << net.attribute("version").value()
        << "' (versions 10 and 11 are supported)";
    return nullptr;
  }
  xml::Graph graph;
  std::string error;
  if (!xml::parseGraph(net, lines, graph, error)) {
    emitError(fileLoc) << error;
    return nullptr;
  }

  std::string weightsPath = options.weightsPath;
  if (weightsPath.empty()) {
    SmallString<256> path(xmlPath);
    llvm::sys::path::replace_extension(path, ".bin");
    weightsPath = std::string(path);
  }

  OpBuilder builder(context);
  OwningOpRef<ModuleOp> module = ModuleOp::create(fileLoc);
  (*module)->setAttr(OVDialect::kIRVersionAttrName,
                     builder.getI64IntegerAttr(version));
  if (pugi::xml_node rt = net.child("rt_info"))
    (*module)->setAttr(OVDialect::kRtInfoAttrName, importTree(context, rt));
  if (pugi::xml_node meta = net.child("meta_data"))
    (*module)->setAttr(OVDialect::kMetaDataAttrName, importTree(context, meta));

  GraphImporter importer(context, xmlPath, weightsPath, lines);
  std::string name = net.attribute("name").value();
  if (failed(
          importer.importFunc(graph, name.empty() ? "model" : name, *module)))
    return nullptr;
  return module;
}
