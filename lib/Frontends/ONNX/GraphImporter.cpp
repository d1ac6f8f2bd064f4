//===- GraphImporter.cpp - ONNX graph -> OV dialect -----------------------===//
//
// Inputs that are not initializers become the func's arguments, initializers
// constants, nodes ops (through the converter registry), outputs results.
// Every error names the model file and the node or tensor.
//
//===----------------------------------------------------------------------===//

#include "GraphImporter.h"
#include "RawDataSlices.h"

#include "ovmlir/Dialect/OV/IR/OVDialect.h"
#include "ovmlir/Dialect/OV/IR/OVOps.h"
#include "ovmlir/Frontends/Common/ConstantData.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Path.h"

#include <functional>
#include <queue>

using namespace mlir;
using namespace mlir::ov;
using namespace mlir::ov::onnx_import;

//===----------------------------------------------------------------------===//
// Element types
//===----------------------------------------------------------------------===//

Type onnx_import::getONNXElementType(MLIRContext *context, int32_t dataType) {
  Builder b(context);
  switch (dataType) {
  case onnx::TensorProto::FLOAT:
    return b.getF32Type();
  case onnx::TensorProto::DOUBLE:
    return b.getF64Type();
  case onnx::TensorProto::FLOAT16:
    return b.getF16Type();
  case onnx::TensorProto::BFLOAT16:
    return b.getBF16Type();
  case onnx::TensorProto::INT8:
    return b.getIntegerType(8);
  case onnx::TensorProto::INT16:
    return b.getIntegerType(16);
  case onnx::TensorProto::INT32:
    return b.getIntegerType(32);
  case onnx::TensorProto::INT64:
    return b.getIntegerType(64);
  case onnx::TensorProto::UINT8:
    return b.getIntegerType(8, /*isSigned=*/false);
  case onnx::TensorProto::UINT16:
    return b.getIntegerType(16, /*isSigned=*/false);
  case onnx::TensorProto::UINT32:
    return b.getIntegerType(32, /*isSigned=*/false);
  case onnx::TensorProto::UINT64:
    return b.getIntegerType(64, /*isSigned=*/false);
  case onnx::TensorProto::BOOL:
    return b.getI1Type();
  case onnx::TensorProto::STRING:
    return StringType::get(context);
  default:
    return {};
  }
}

StringRef onnx_import::getDataTypeName(int32_t dataType) {
  if (onnx::TensorProto::DataType_IsValid(dataType))
    return onnx::TensorProto::DataType_Name(
        static_cast<onnx::TensorProto::DataType>(dataType));
  return "<invalid>";
}

//===----------------------------------------------------------------------===//
// GraphImporter
//===----------------------------------------------------------------------===//

GraphImporter::GraphImporter(MLIRContext *context, StringRef modelPath,
                             std::shared_ptr<onnx::ModelProto> model,
                             std::shared_ptr<MappedFile> modelFile,
                             std::vector<ArrayRef<char>> rawDataSlices)
    : context(context), builder(context), modelPath(modelPath.str()),
      model(std::move(model)), modelFile(std::move(modelFile)),
      rawDataSlices(std::move(rawDataSlices)) {
  modelDir = llvm::sys::path::parent_path(modelPath).str();
  scopes.push_back(std::make_unique<Scope>());
  for (const onnx::OperatorSetIdProto &opset : this->model->opset_import())
    opsets[isDefaultDomain(opset.domain()) ? "" : opset.domain()] =
        opset.version();
}

int64_t GraphImporter::getOpsetVersion(StringRef domain) const {
  auto it = opsets.find(isDefaultDomain(domain) ? "" : domain);
  // ONNX: a model that imports no default opset is at version 1.
  return it == opsets.end() ? 1 : it->second;
}

Location GraphImporter::getTensorLoc(StringRef name) {
  return NameLoc::get(builder.getStringAttr(name),
                      FileLineColLoc::get(context, modelPath, 0, 0));
}

Location GraphImporter::getNodeLoc(const onnx::NodeProto &node) {
  StringRef name = !node.name().empty()      ? StringRef(node.name())
                   : node.output_size() != 0 ? StringRef(node.output(0))
                                             : StringRef(node.op_type());
  return getTensorLoc(name);
}

InFlightDiagnostic GraphImporter::emitNodeError(const onnx::NodeProto &node) {
  InFlightDiagnostic diag = emitError(getNodeLoc(node));
  diag << "node '"
       << (node.name().empty() && node.output_size() ? node.output(0)
                                                     : node.name())
       << "' (" << node.op_type() << "): ";
  return diag;
}

Value GraphImporter::lookupValue(StringRef name) {
  return lookupIn(scopes.size() - 1, name);
}

Value GraphImporter::lookupIn(size_t depth, StringRef name) {
  Scope &scope = *scopes[depth];
  auto it = scope.values.find(name);
  if (it != scope.values.end())
    return it->second;
  if (depth == 0)
    return {};
  Value outer = lookupIn(depth - 1, name);
  if (!outer)
    return {};
  // Constants are copied into the body (they share their data); other
  // values become parameters.
  if (auto constant = outer.getDefiningOp<ConstantOp>()) {
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToStart(scope.block);
    Value copy = builder.clone(*constant)->getResult(0);
    scope.values[name] = copy;
    return copy;
  }
  Value param = scope.block->addArgument(outer.getType(), getTensorLoc(name));
  scope.captures.push_back(outer);
  scope.values[name] = param;
  return param;
}

/// Appends `name` to the array of names `names` (creating it) unless present.
static ArrayAttr appendName(Builder &b, ArrayAttr names, StringRef name) {
  SmallVector<Attribute> list;
  if (names)
    list.assign(names.begin(), names.end());
  if (!llvm::is_contained(list, b.getStringAttr(name)))
    list.push_back(b.getStringAttr(name));
  return b.getArrayAttr(list);
}

void GraphImporter::defineValue(StringRef name, Value value) {
  scopes.back()->values[name] = value;
  if (auto result = dyn_cast<OpResult>(value)) {
    Operation *op = result.getOwner();
    SmallVector<Attribute> perResult(
        op->getNumResults(), builder.getArrayAttr(ArrayRef<Attribute>{}));
    if (auto existing =
            op->getAttrOfType<ArrayAttr>(OVDialect::kTensorNamesAttrName))
      for (auto [i, names] : llvm::enumerate(existing.getValue()))
        if (i < perResult.size())
          perResult[i] = names;
    unsigned i = result.getResultNumber();
    perResult[i] = appendName(builder, cast<ArrayAttr>(perResult[i]), name);
    op->setAttr(OVDialect::kTensorNamesAttrName,
                builder.getArrayAttr(perResult));
    return;
  }
  auto arg = cast<BlockArgument>(value);
  if (auto func = dyn_cast<func::FuncOp>(arg.getOwner()->getParentOp())) {
    unsigned i = arg.getArgNumber();
    func.setArgAttr(i, OVDialect::kTensorNamesAttrName,
                    appendName(builder,
                               func.getArgAttrOfType<ArrayAttr>(
                                   i, OVDialect::kTensorNamesAttrName),
                               name));
  }
}

//===----------------------------------------------------------------------===//
// Tensors
//===----------------------------------------------------------------------===//

FailureOr<std::shared_ptr<MappedFile>>
GraphImporter::getExternalFile(StringRef location, StringRef what) {
  SmallString<256> path(location);
  if (!llvm::sys::path::is_absolute(path)) {
    path = modelDir;
    llvm::sys::path::append(path, location);
  }
  auto it = externalFiles.find(path);
  if (it != externalFiles.end())
    return it->second;
  llvm::Expected<std::shared_ptr<MappedFile>> file =
      MappedFile::open(path, "external data file");
  if (!file) {
    emitError(getTensorLoc(what))
        << what << ": " << llvm::toString(file.takeError());
    return failure();
  }
  externalFiles[path] = *file;
  return *file;
}

/// The value of a constant of `type` from `bytes` in mapped file `file`.
/// Bytes the constant does not reference in place leave the process's
/// resident memory, so the weights are not held twice. Those misaligned for
/// their element type are copied into a temporary mapped file (not the
/// heap), whose pages leave resident memory too once read.
FailureOr<ElementsAttr> GraphImporter::createMappedConstant(
    RankedTensorType type, ArrayRef<char> bytes, StringRef name,
    std::shared_ptr<MappedFile> file, Location loc) {
  Type elementType = type.getElementType();
  uint64_t alignment =
      elementType.isIntOrFloat() && !elementType.isInteger(1)
          ? std::max<uint64_t>(1, elementType.getIntOrFloatBitWidth() / 8)
          : 1;
  std::shared_ptr<const void> owner = std::move(file);
  ArrayRef<char> source = bytes;
  if (type.getNumElements() > kMaxInlineElements &&
      reinterpret_cast<uintptr_t>(bytes.data()) % alignment != 0) {
    auto copied = alignedCopies.copy(bytes, alignment);
    if (!copied)
      return emitError(loc) << llvm::toString(copied.takeError()), failure();
    std::tie(source, owner) = *copied;
  }
  ElementsAttr value = createConstantData(type, source, name, std::move(owner));
  if (value && source.data() != bytes.data())
    releaseMappedPages(bytes);
  auto resource = dyn_cast_or_null<DenseResourceElementsAttr>(value);
  AsmResourceBlob *blob =
      resource ? resource.getRawHandle().getBlob() : nullptr;
  if (value && !(blob && blob->getData().data() == source.data()))
    releaseMappedPages(source);
  return value;
}

/// Copies the typed-field values of `tensor` into little-endian bytes of
/// `elementType`, or returns false when the field does not fit.
template <typename T, typename Field>
static void appendValues(std::vector<char> &bytes, const Field &field) {
  for (auto v : field) {
    T value = static_cast<T>(v);
    const char *p = reinterpret_cast<const char *>(&value);
    bytes.insert(bytes.end(), p, p + sizeof(T));
  }
}

FailureOr<ElementsAttr>
GraphImporter::importTensor(const onnx::TensorProto &tensor, Location loc,
                            StringRef what) {
  Type elementType = getONNXElementType(context, tensor.data_type());
  if (!elementType)
    return emitError(loc) << what << ": element type "
                          << getDataTypeName(tensor.data_type())
                          << " is not supported",
           failure();
  SmallVector<int64_t> shape;
  for (int64_t dim : tensor.dims()) {
    if (dim < 0)
      return emitError(loc) << what << ": negative dimension " << dim,
             failure();
    shape.push_back(dim);
  }
  auto type = RankedTensorType::get(shape, elementType);
  int64_t numElements = type.getNumElements();
  // (Both arms StringRefs: a std::string temporary would dangle.)
  StringRef blobName =
      tensor.name().empty() ? StringRef("constant") : StringRef(tensor.name());

  if (isa<StringType>(elementType)) {
    if (tensor.string_data_size() != numElements)
      return emitError(loc) << what << ": " << tensor.string_data_size()
                            << " strings for " << numElements << " elements",
             failure();
    SmallVector<StringRef> strings(tensor.string_data().begin(),
                                   tensor.string_data().end());
    return ElementsAttr(DenseStringElementsAttr::get(type, strings));
  }

  size_t elementBytes =
      elementType.isInteger(1) ? 1 : elementType.getIntOrFloatBitWidth() / 8;
  size_t needed = static_cast<size_t>(numElements) * elementBytes;
  auto checkSize = [&](size_t have, StringRef source) -> LogicalResult {
    if (have == needed)
      return success();
    return emitError(loc) << what << ": " << source << " holds " << have
                          << " bytes, its shape and type ("
                          << getDataTypeName(tensor.data_type()) << " x "
                          << numElements << ") need " << needed;
  };

  if (tensor.data_location() == onnx::TensorProto::EXTERNAL) {
    std::string location;
    int64_t offset = 0, length = -1;
    for (const onnx::StringStringEntryProto &entry : tensor.external_data()) {
      if (entry.key() == "location") {
        location = entry.value();
      } else if (entry.key() == "offset" || entry.key() == "length") {
        int64_t value;
        if (StringRef(entry.value()).getAsInteger(10, value) || value < 0)
          return emitError(loc)
                     << what << ": external data " << entry.key() << " '"
                     << entry.value() << "' is not a non-negative integer",
                 failure();
        (entry.key() == "offset" ? offset : length) = value;
      }
    }
    if (location.empty())
      return emitError(loc) << what << ": external data without a location",
             failure();
    FailureOr<std::shared_ptr<MappedFile>> file =
        getExternalFile(location, what);
    if (failed(file))
      return failure();
    size_t fileSize = (*file)->getSize();
    if (length < 0)
      length = offset <= static_cast<int64_t>(fileSize) ? fileSize - offset : 0;
    if (static_cast<uint64_t>(offset) + length > fileSize)
      return emitError(loc)
                 << what << ": external data [" << offset << ", "
                 << offset + length << ") runs past the end of '"
                 << (*file)->getPath() << "' (" << fileSize << " bytes)",
             failure();
    if (failed(checkSize(length, "external data")))
      return failure();
    ArrayRef<char> bytes = (*file)->getData().slice(offset, length);
    return createMappedConstant(type, bytes, blobName, *file, loc);
  }

  if (std::optional<ArrayRef<char>> slice =
          getRawDataSlice(tensor, rawDataSlices)) {
    if (failed(checkSize(slice->size(), "raw_data")))
      return failure();
    return createMappedConstant(type, *slice, blobName, modelFile, loc);
  }

  if (tensor.has_raw_data()) {
    const std::string &raw = tensor.raw_data();
    if (failed(checkSize(raw.size(), "raw_data")))
      return failure();
    // The model message owns the bytes: constants share it instead of
    // copying (aliasing shared_ptr).
    std::shared_ptr<const void> owner(model, raw.data());
    return createConstantData(type, ArrayRef<char>(raw.data(), raw.size()),
                              blobName, owner);
  }

  std::vector<char> bytes;
  bytes.reserve(needed);
  switch (tensor.data_type()) {
  case onnx::TensorProto::FLOAT:
    appendValues<float>(bytes, tensor.float_data());
    break;
  case onnx::TensorProto::DOUBLE:
    appendValues<double>(bytes, tensor.double_data());
    break;
  case onnx::TensorProto::INT64:
    appendValues<int64_t>(bytes, tensor.int64_data());
    break;
  case onnx::TensorProto::INT32:
    appendValues<int32_t>(bytes, tensor.int32_data());
    break;
  case onnx::TensorProto::INT16:
  case onnx::TensorProto::UINT16:
  case onnx::TensorProto::FLOAT16:
  case onnx::TensorProto::BFLOAT16:
    // 16-bit types (floats as their bit patterns) live in int32_data.
    appendValues<uint16_t>(bytes, tensor.int32_data());
    break;
  case onnx::TensorProto::INT8:
  case onnx::TensorProto::UINT8:
  case onnx::TensorProto::BOOL:
    appendValues<uint8_t>(bytes, tensor.int32_data());
    break;
  case onnx::TensorProto::UINT32:
    appendValues<uint32_t>(bytes, tensor.uint64_data());
    break;
  case onnx::TensorProto::UINT64:
    appendValues<uint64_t>(bytes, tensor.uint64_data());
    break;
  default:
    break;
  }
  if (failed(checkSize(bytes.size(), "the typed data field")))
    return failure();
  ElementsAttr value = createConstantData(
      type, ArrayRef<char>(bytes.data(), bytes.size()), blobName, nullptr);
  if (!value)
    return emitError(loc) << what << ": cannot hold the data", failure();
  return value;
}

FailureOr<Type> GraphImporter::importType(const onnx::ValueInfoProto &info,
                                          Location loc) {
  if (!info.type().has_tensor_type())
    return emitError(loc) << "'" << info.name()
                          << "' is not a tensor (sequence, map and optional "
                             "values are not supported)",
           failure();
  const onnx::TypeProto::Tensor &tensorType = info.type().tensor_type();
  Type elementType = getONNXElementType(context, tensorType.elem_type());
  if (!elementType)
    return emitError(loc) << "'" << info.name() << "': element type "
                          << getDataTypeName(tensorType.elem_type())
                          << " is not supported",
           failure();
  if (!tensorType.has_shape())
    return Type(UnrankedTensorType::get(elementType));
  SmallVector<int64_t> shape;
  for (const onnx::TensorShapeProto::Dimension &dim : tensorType.shape().dim())
    shape.push_back(dim.has_dim_value() && dim.dim_value() >= 0
                        ? dim.dim_value()
                        : ShapedType::kDynamic);
  return Type(RankedTensorType::get(shape, elementType));
}

//===----------------------------------------------------------------------===//
// Nodes
//===----------------------------------------------------------------------===//

void GraphImporter::collectUnsupported(
    const onnx::GraphProto &graph,
    llvm::StringMap<std::pair<int, std::string>> &found,
    SmallVectorImpl<std::string> &order) {
  const ConverterRegistry &registry = ConverterRegistry::get();
  for (const onnx::NodeProto &node : graph.node()) {
    if (!registry.lookup(node.domain(), node.op_type(),
                         getOpsetVersion(node.domain()))) {
      std::string key = node.domain().empty() || node.domain() == "ai.onnx"
                            ? node.op_type()
                            : node.domain() + "." + node.op_type();
      auto [it, inserted] = found.try_emplace(key, 0, "");
      if (inserted) {
        order.push_back(key);
        it->second.second = node.name().empty() && node.output_size()
                                ? node.output(0)
                                : node.name();
      }
      ++it->second.first;
    }
    for (const onnx::AttributeProto &attr : node.attribute()) {
      if (attr.has_g())
        collectUnsupported(attr.g(), found, order);
      for (const onnx::GraphProto &g : attr.graphs())
        collectUnsupported(g, found, order);
    }
  }
}

LogicalResult GraphImporter::checkSupported(const onnx::GraphProto &graph) {
  llvm::StringMap<std::pair<int, std::string>> found;
  SmallVector<std::string> order;
  collectUnsupported(graph, found, order);
  if (order.empty())
    return success();
  InFlightDiagnostic diag =
      emitError(FileLineColLoc::get(context, modelPath, 0, 0));
  diag << "unsupported ONNX ops (" << order.size() << " type"
       << (order.size() == 1 ? "" : "s") << "; default opset "
       << getOpsetVersion("") << "): ";
  const ConverterRegistry &registry = ConverterRegistry::get();
  for (auto [i, key] : llvm::enumerate(order)) {
    auto &[count, firstNode] = found[key];
    diag << (i ? ", " : "") << key << " x" << count << " (first node '"
         << firstNode << "'";
    StringRef type = StringRef(key);
    if (!type.contains('.') && registry.knowsType("", type))
      diag << "; not at this opset";
    diag << ")";
  }
  return diag;
}

FailureOr<SmallVector<const onnx::NodeProto *>>
GraphImporter::sortNodes(const onnx::GraphProto &graph) {
  int n = graph.node_size();
  llvm::StringMap<int> producer;
  for (int i = 0; i < n; ++i)
    for (const std::string &output : graph.node(i).output())
      if (!output.empty())
        producer[output] = i;
  std::vector<int> pending(n, 0);
  std::vector<SmallVector<int>> users(n);
  for (int i = 0; i < n; ++i) {
    const onnx::NodeProto &node = graph.node(i);
    for (const std::string &input : node.input()) {
      if (input.empty())
        continue;
      auto it = producer.find(input);
      if (it != producer.end()) {
        ++pending[i];
        users[it->second].push_back(i);
      } else if (!lookupValue(input)) {
        return emitNodeError(node)
                   << "input '" << input
                   << "' is not a graph input, an initializer or the output "
                      "of any node",
               failure();
      }
    }
  }
  // Kahn's algorithm, taking ready nodes in file order (the file order
  // itself when it is topological, as ONNX requires).
  std::priority_queue<int, std::vector<int>, std::greater<int>> ready;
  for (int i = 0; i < n; ++i)
    if (pending[i] == 0)
      ready.push(i);
  SmallVector<const onnx::NodeProto *> order;
  while (!ready.empty()) {
    int i = ready.top();
    ready.pop();
    order.push_back(&graph.node(i));
    for (int user : users[i])
      if (--pending[user] == 0)
        ready.push(user);
  }
  if (static_cast<int>(order.size()) == n)
    return order;
  for (int i = 0; i < n; ++i)
    if (pending[i] != 0)
      return emitNodeError(graph.node(i))
                 << "the node is part of a cycle (its inputs depend on its "
                    "outputs)",
             failure();
  return failure();
}

LogicalResult GraphImporter::importNode(const onnx::NodeProto &node) {
  SmallVector<Value> inputs;
  for (const std::string &input : node.input())
    inputs.push_back(input.empty() ? Value() : lookupValue(input));
  Converter converter = ConverterRegistry::get().lookup(
      node.domain(), node.op_type(), getOpsetVersion(node.domain()));
  NodeContext ctx(*this, node, inputs, getOpsetVersion(node.domain()),
                  getNodeLoc(node));
  FailureOr<ValueList> outputs = converter(ctx);
  if (failed(outputs))
    return failure();
  for (int i = 0; i < node.output_size(); ++i) {
    const std::string &name = node.output(i);
    if (name.empty())
      continue;
    Value value =
        i < static_cast<int>(outputs->size()) ? (*outputs)[i] : Value();
    if (!value)
      return emitNodeError(node) << "output " << i << " ('" << name
                                 << "') is not produced by this converter";
    defineValue(name, value);
  }
  return success();
}

LogicalResult GraphImporter::importBody(const onnx::GraphProto &graph) {
  for (const onnx::TensorProto &init : graph.initializer()) {
    Location loc = getTensorLoc(init.name());
    FailureOr<ElementsAttr> value =
        importTensor(init, loc, "initializer '" + init.name() + "'");
    if (failed(value))
      return failure();
    auto constant = ConstantOp::create(builder, loc, *value);
    defineValue(init.name(), constant.getResult());
  }

  FailureOr<SmallVector<const onnx::NodeProto *>> nodes = sortNodes(graph);
  if (failed(nodes))
    return failure();
  for (const onnx::NodeProto *node : *nodes)
    if (failed(importNode(*node)))
      return failure();

  return success();
}

FailureOr<GraphImporter::Subgraph>
GraphImporter::importSubgraph(const onnx::GraphProto &graph, Region &region,
                              ArrayRef<Type> inputTypes) {
  OpBuilder::InsertionGuard guard(builder);
  Block *block = builder.createBlock(&region);
  scopes.push_back(std::make_unique<Scope>());
  llvm::scope_exit popScope([&] { scopes.pop_back(); });
  Scope &scope = *scopes.back();
  scope.block = block;
  for (auto [i, input] : llvm::enumerate(graph.input())) {
    Type type = i < inputTypes.size() ? inputTypes[i] : Type();
    if (!type) {
      FailureOr<Type> declared = importType(input, getTensorLoc(input.name()));
      if (failed(declared))
        return failure();
      type = *declared;
    }
    scope.values[input.name()] =
        block->addArgument(type, getTensorLoc(input.name()));
  }
  if (failed(importBody(graph)))
    return failure();
  Subgraph subgraph;
  for (const onnx::ValueInfoProto &output : graph.output()) {
    Value value = lookupValue(output.name());
    if (!value)
      return emitError(getTensorLoc(output.name()))
                 << "subgraph '" << graph.name() << "' output '"
                 << output.name()
                 << "' is not an input, an initializer or the output of any "
                    "node",
             failure();
    subgraph.results.push_back(value);
  }
  YieldOp::create(builder, getTensorLoc(graph.name()), subgraph.results);
  subgraph.captures = scope.captures;
  return subgraph;
}

LogicalResult GraphImporter::importModel(ModuleOp module) {
  const onnx::GraphProto &graph = model->graph();
  if (failed(checkSupported(graph)))
    return failure();

  llvm::StringSet<> initializerNames;
  for (const onnx::TensorProto &init : graph.initializer())
    initializerNames.insert(init.name());

  // Arguments: the inputs that are not initializers, in order.
  SmallVector<Type> argTypes;
  SmallVector<const onnx::ValueInfoProto *> args;
  for (const onnx::ValueInfoProto &input : graph.input()) {
    if (initializerNames.contains(input.name()))
      continue;
    FailureOr<Type> type = importType(input, getTensorLoc(input.name()));
    if (failed(type))
      return failure();
    argTypes.push_back(*type);
    args.push_back(&input);
  }

  builder.setInsertionPointToEnd(module.getBody());
  std::string funcName = graph.name().empty() ? "main" : graph.name();
  auto func = func::FuncOp::create(
      builder, FileLineColLoc::get(context, modelPath, 0, 0), funcName,
      builder.getFunctionType(argTypes, {}));
  Block *body = func.addEntryBlock();
  builder.setInsertionPointToStart(body);
  for (auto [i, input] : llvm::enumerate(args)) {
    body->getArgument(i).setLoc(getTensorLoc(input->name()));
    func.setArgAttr(i, OVDialect::kNameAttrName,
                    builder.getStringAttr(input->name()));
    defineValue(input->name(), body->getArgument(i));
  }

  if (failed(importBody(graph)))
    return failure();

  SmallVector<Value> results;
  for (const onnx::ValueInfoProto &output : graph.output()) {
    Value value = lookupValue(output.name());
    if (!value)
      return emitError(getTensorLoc(output.name()))
             << "graph output '" << output.name()
             << "' is not an input, an initializer or the output of any node";
    results.push_back(value);
  }
  func::ReturnOp::create(builder, func.getLoc(), results);
  func.setFunctionType(
      builder.getFunctionType(argTypes, ValueRange(results).getTypes()));
  for (auto [i, output] : llvm::enumerate(graph.output()))
    func.setResultAttr(i, OVDialect::kNameAttrName,
                       builder.getStringAttr(output.name()));
  return success();
}
