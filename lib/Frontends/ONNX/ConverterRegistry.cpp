//===- ConverterRegistry.cpp - ONNX op type -> converter ------------------===//

#include "ConverterRegistry.h"

using namespace mlir;
using namespace mlir::ov::onnx_import;

const ConverterRegistry &ConverterRegistry::get() {
  static const ConverterRegistry *registry = [] {
    auto *r = new ConverterRegistry();
    registerElementwiseConverters(*r);
    registerNNConverters(*r);
    registerShapeConverters(*r);
    registerReductionConverters(*r);
    registerMiscConverters(*r);
    registerControlFlowConverters(*r);
    registerDecompositionConverters(*r);
    registerRecurrentConverters(*r);
    return r;
  }();
  return *registry;
}

void ConverterRegistry::add(StringRef opType, int64_t sinceVersion,
                            Converter converter) {
  auto &entries = byType[opType];
  entries.push_back({sinceVersion, converter});
  llvm::sort(entries, [](const Entry &a, const Entry &b) {
    return a.sinceVersion < b.sinceVersion;
  });
}

void ConverterRegistry::add(ArrayRef<StringRef> opTypes, int64_t sinceVersion,
                            Converter converter) {
  for (StringRef opType : opTypes)
    add(opType, sinceVersion, converter);
}

Converter ConverterRegistry::lookup(StringRef domain, StringRef opType,
                                    int64_t opsetVersion) const {
  if (!isDefaultDomain(domain))
    return nullptr;
  auto it = byType.find(opType);
  if (it == byType.end())
    return nullptr;
  Converter best = nullptr;
  for (const Entry &entry : it->second)
    if (entry.sinceVersion <= opsetVersion)
      best = entry.converter;
  return best;
}

bool ConverterRegistry::knowsType(StringRef domain, StringRef opType) const {
  return isDefaultDomain(domain) && byType.count(opType);
}
