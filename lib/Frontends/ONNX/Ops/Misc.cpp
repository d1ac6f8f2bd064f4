//===- Misc.cpp - ONNX Misc converters ------------------------------------===//

#include "../ConverterRegistry.h"

#include "ovmlir/Dialect/OV/IR/OVOps.h"

using namespace mlir;
using namespace mlir::ov;
using namespace mlir::ov::onnx_import;

void onnx_import::registerMiscConverters(ConverterRegistry &registry) {}
