//===- ONNXImporter.cpp - Import ONNX models into the OV dialect ----------===//
//
// The .onnx file is memory-mapped and parsed with the protobuf classes of
// Debian's libonnx; the parsed message then owns inline weights (constants
// reference them in place) and external data stays mapped.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Frontends/ONNX/ONNXImporter.h"

#include "GraphImporter.h"
#include "ovmlir/Frontends/Common/MappedFile.h"

#include "ovmlir/Dialect/OV/IR/OVDialect.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Diagnostics.h"

#include <google/protobuf/io/coded_stream.h>

#include <climits>

using namespace mlir;
using namespace mlir::ov;

OwningOpRef<ModuleOp> ov::importONNX(StringRef path, MLIRContext *context) {
  context->loadDialect<func::FuncDialect, OVDialect>();
  Location fileLoc = FileLineColLoc::get(context, path, 0, 0);
  llvm::Expected<std::shared_ptr<MappedFile>> file =
      MappedFile::open(path, "ONNX model");
  if (!file) {
    emitError(fileLoc) << llvm::toString(file.takeError());
    return nullptr;
  }
  auto model = std::make_shared<onnx::ModelProto>();
  {
    ArrayRef<char> bytes = (*file)->getData();
    if (bytes.size() > static_cast<size_t>(INT_MAX)) {
      emitError(fileLoc) << "the model file is larger than 2 GB; ONNX keeps "
                            "weights of such models in external data files";
      return nullptr;
    }
    google::protobuf::io::CodedInputStream stream(
        reinterpret_cast<const uint8_t *>(bytes.data()), bytes.size());
    stream.SetTotalBytesLimit(INT_MAX);
    if (!model->ParseFromCodedStream(&stream) ||
        !stream.ConsumedEntireMessage()) {
      emitError(fileLoc) << "not a valid ONNX model (the protobuf message is "
                            "truncated or malformed)";
      return nullptr;
    }
  }
  if (!model->has_graph()) {
    emitError(fileLoc) << "the ONNX model has no graph";
    return nullptr;
  }
  OwningOpRef<ModuleOp> module = ModuleOp::create(fileLoc);
  onnx_import::GraphImporter importer(context, path, model);
  if (failed(importer.importModel(*module)))
    return nullptr;
  return module;
}
