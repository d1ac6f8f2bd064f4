//===- RawDataSlices.h - Parse an ONNX model without its weights -*- C++
//-*-===//
//
// Protobuf copies every bytes field while parsing, so parsing a mapped .onnx
// file holds its weights twice (the file's pages and the message's strings)
// and keeps the copies for as long as the constants live. Instead, the
// serialized model is first rewritten without the payloads of large raw_data
// fields: each becomes an empty raw_data plus an unknown field holding the
// payload's index in a table of slices of the file, and the importer's
// constants reference (or copy) those slices of the mapped file.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_LIB_FRONTENDS_ONNX_RAWDATASLICES_H
#define OVMLIR_LIB_FRONTENDS_ONNX_RAWDATASLICES_H

#include "llvm/ADT/ArrayRef.h"

#include <onnx/onnx_pb.h>

#include <optional>
#include <string>
#include <vector>

namespace mlir::ov::onnx_import {

/// The serialized ModelProto `model` with the raw_data payloads of at least
/// `minBytes` cut out of the tensors of its graphs (initializers, tensor
/// attributes, subgraphs, functions' nodes) and appended to `slices`
/// (slices of `model`). Returns nullopt when `model` is not well-formed wire
/// format (protobuf then reports the original bytes as malformed).
std::optional<std::string>
stripRawData(llvm::ArrayRef<char> model, size_t minBytes,
             std::vector<llvm::ArrayRef<char>> &slices);

/// The payload cut out of `tensor` by stripRawData (one of `slices`), or
/// nullopt when its raw_data (if any) is its own.
std::optional<llvm::ArrayRef<char>>
getRawDataSlice(const onnx::TensorProto &tensor,
                llvm::ArrayRef<llvm::ArrayRef<char>> slices);

/// Drops the pages lying wholly inside `bytes` (part of a read-only mapped
/// file) from the process's resident memory: their contents were copied and
/// are read no more (a later read would map them in again).
void releaseMappedPages(llvm::ArrayRef<char> bytes);

} // namespace mlir::ov::onnx_import

#endif // OVMLIR_LIB_FRONTENDS_ONNX_RAWDATASLICES_H
