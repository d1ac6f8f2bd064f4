//===- Decompositions.cpp - ONNX ops built from several OV ops ------------===//
//
// Losses, quantization and signal-processing helpers that OpenVINO's ONNX
// frontend expresses as small subgraphs of basic ops.
//
//===----------------------------------------------------------------------===//

#include "../ConverterRegistry.h"

#include "ovmlir/Dialect/OV/IR/OVOps.h"

using namespace mlir;
using namespace mlir::ov;
using namespace mlir::ov::onnx_import;

void onnx_import::registerDecompositionConverters(ConverterRegistry &registry) {
}
