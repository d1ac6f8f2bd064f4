//===- ONNXImporter.cpp - Import ONNX models into the OV dialect ----------===//
//
// The .onnx file is memory-mapped and parsed with the protobuf classes of
// Debian's libonnx, without the payloads of its large raw_data fields
// (RawDataSlices.h): constants reference those in the mapped file, as they
// do external data, and the parsed message owns the small inline ones.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Frontends/ONNX/ONNXImporter.h"

#include "GraphImporter.h"
#include "RawDataSlices.h"
#include "ovmlir/Frontends/Common/MappedFile.h"

#include "ovmlir/Dialect/OV/IR/OVDialect.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Diagnostics.h"

#include <google/protobuf/io/coded_stream.h>

#include <climits>
#include <optional>

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
  std::vector<ArrayRef<char>> rawDataSlices;
  {
    ArrayRef<char> bytes = (*file)->getData();
    if (bytes.size() > static_cast<size_t>(INT_MAX)) {
      emitError(fileLoc) << "the model file is larger than 2 GB; ONNX keeps "
                            "weights of such models in external data files";
      return nullptr;
    }
    // Payloads smaller than this are left to protobuf: the copies are
    // cheap, and tiny constants become plain attributes anyway.
    constexpr size_t kMinSliceBytes = 256;
    std::optional<std::string> stripped =
        onnx_import::stripRawData(bytes, kMinSliceBytes, rawDataSlices);
    // Malformed wire format: protobuf reports it on the original bytes.
    if (stripped)
      bytes = ArrayRef<char>(stripped->data(), stripped->size());
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
  onnx_import::GraphImporter importer(context, path, model, *file,
                                      std::move(rawDataSlices));
  if (failed(importer.importModel(*module)))
    return nullptr;
  return module;
}
