//===- ModelEditing.h - Set input shapes and cut a model ---------*- C++
//-*-===//
//
// What `ovc --input/--output` do, with the semantics users know from
// OpenVINO's Model Optimizer: inputs get shapes and types, inner tensors
// become new inputs or outputs, and what is no longer needed goes.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_DIALECT_OV_TRANSFORMS_MODELEDITING_H
#define OVMLIR_DIALECT_OV_TRANSFORMS_MODELEDITING_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Support/LLVM.h"

#include <optional>
#include <string>

namespace mlir::ov {

/// One `--input` entry: `name`, optionally `[d0,d1,...]` (a dimension is a
/// number, `?` or `-1` for dynamic, or a range `lo..hi`, `lo..`, `..hi`) and
/// `{type}` (f32, i64, u8, ...).
struct InputSpec {
  std::string name;
  /// Per dimension: {lo, hi}; lo == hi static, hi == -1 unbounded.
  std::optional<SmallVector<std::pair<int64_t, int64_t>>> shape;
  std::optional<std::string> elementType;
};

/// Parses a comma-separated `--input` list (commas inside [] and {} belong
/// to the entry); on error returns failure and sets `error`.
FailureOr<SmallVector<InputSpec>> parseInputSpecs(StringRef text,
                                                  std::string &error);
/// Splits a comma-separated list at the commas outside [], {} and ().
SmallVector<StringRef> splitTopLevelList(StringRef text);
/// Splits a comma-separated `--output` list.
SmallVector<std::string> parseOutputNames(StringRef text);

/// Applies `inputs` and `outputs` to `model`:
/// - an input naming an existing Parameter (by name or tensor name) sets its
///   shape/type when given;
/// - any other input names a tensor (`X`), an output port (`node:N`) or an
///   input port (`N:node`) of an op; a new Parameter named after it takes
///   its place (only at that port for the input-port form), with the given
///   shape/type or the tensor's type;
/// - when outputs are given, they become the model's Results, in order;
/// - ops no longer needed are removed, as are Parameters nothing uses any
///   more when `inputs` were given.
/// Errors (emitted on the func) name the unknown name and suggest the
/// nearest existing tensor names.
LogicalResult editModel(func::FuncOp model, ArrayRef<InputSpec> inputs,
                        ArrayRef<std::string> outputs);

} // namespace mlir::ov

#endif // OVMLIR_DIALECT_OV_TRANSFORMS_MODELEDITING_H
