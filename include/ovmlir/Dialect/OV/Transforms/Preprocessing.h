//===- Preprocessing.h - Embed input preprocessing in a model ----*- C++
//-*-===//
//
// What Model Optimizer's --mean_values, --scale_values,
// --reverse_input_channels and --layout/--source_layout/--target_layout do:
// ops inserted after the Parameters, in OpenVINO's order (layout
// conversion, reverse channels, subtract mean, divide by scale), and the
// input layout recorded in the Parameter's rt_info.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_DIALECT_OV_TRANSFORMS_PREPROCESSING_H
#define OVMLIR_DIALECT_OV_TRANSFORMS_PREPROCESSING_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Support/LLVM.h"

#include <string>

namespace mlir::ov {

/// The options as the user writes them. Values and layouts are either for
/// every input (`[123,117,104]`, `nchw`) or per input, comma-separated
/// (`data[123,117,104],other[1]`, `data(nchw),other(nc)`).
struct PreprocessingOptions {
  std::string meanValues;
  std::string scaleValues;
  bool reverseInputChannels = false;
  std::string layout;
  std::string sourceLayout;
  std::string targetLayout;

  bool empty() const {
    return meanValues.empty() && scaleValues.empty() && !reverseInputChannels &&
           layout.empty() && sourceLayout.empty() && targetLayout.empty();
  }
};

/// Inserts the preprocessing into `model`. Errors (emitted on the model)
/// name the input and what does not fit (unknown input, a value count that
/// is not the channel count, a layout of the wrong rank, ...).
LogicalResult applyPreprocessing(func::FuncOp model,
                                 const PreprocessingOptions &options);

} // namespace mlir::ov

#endif // OVMLIR_DIALECT_OV_TRANSFORMS_PREPROCESSING_H
