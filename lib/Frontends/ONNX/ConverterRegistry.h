//===- ConverterRegistry.h - ONNX op type -> converter -----------*- C++
//-*-===//
//
// Converters are registered per op type with the opset version from which
// they apply; the importer picks the newest one not newer than the model's
// opset, as the semantics of an op stay fixed between its versions.
// Each family of ops registers its converters from its own file in Ops/.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_LIB_FRONTENDS_ONNX_CONVERTERREGISTRY_H
#define OVMLIR_LIB_FRONTENDS_ONNX_CONVERTERREGISTRY_H

#include "NodeContext.h"

#include "llvm/ADT/StringMap.h"

namespace mlir::ov::onnx_import {

/// Converts one node; returns one value per ONNX output (null for an
/// output the converter does not produce, e.g. Dropout's mask).
using Converter = FailureOr<ValueList> (*)(NodeContext &);

class ConverterRegistry {
public:
  /// The registry with every family's converters.
  static const ConverterRegistry &get();

  /// Registers `converter` for `opType` of the default ONNX domain from
  /// opset `sinceVersion` on.
  void add(StringRef opType, int64_t sinceVersion, Converter converter);
  /// The same for several op types sharing one converter.
  void add(ArrayRef<StringRef> opTypes, int64_t sinceVersion,
           Converter converter);

  /// The converter for `opType` at `opsetVersion`, or null.
  Converter lookup(StringRef domain, StringRef opType,
                   int64_t opsetVersion) const;
  /// Whether some version of `opType` has a converter.
  bool knowsType(StringRef domain, StringRef opType) const;

private:
  struct Entry {
    int64_t sinceVersion;
    Converter converter;
  };
  llvm::StringMap<SmallVector<Entry, 2>> byType;
};

/// Whether `domain` is the default ONNX domain ("" or "ai.onnx").
inline bool isDefaultDomain(StringRef domain) {
  return domain.empty() || domain == "ai.onnx";
}

// One registration function per family (Ops/<Family>.cpp).
void registerElementwiseConverters(ConverterRegistry &registry);
void registerNNConverters(ConverterRegistry &registry);
void registerShapeConverters(ConverterRegistry &registry);
void registerReductionConverters(ConverterRegistry &registry);
void registerMiscConverters(ConverterRegistry &registry);
void registerControlFlowConverters(ConverterRegistry &registry);
void registerDecompositionConverters(ConverterRegistry &registry);
void registerRecurrentConverters(ConverterRegistry &registry);

} // namespace mlir::ov::onnx_import

#endif // OVMLIR_LIB_FRONTENDS_ONNX_CONVERTERREGISTRY_H
