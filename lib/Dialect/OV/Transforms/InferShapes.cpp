//===- InferShapes.cpp - Propagate tensor types through a model -----------===//

#include "ovmlir/Dialect/OV/IR/OVOps.h"
#include "ovmlir/Dialect/OV/Transforms/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"

namespace mlir::ov {
#define GEN_PASS_DEF_OVINFERSHAPES
#include "ovmlir/Dialect/OV/Transforms/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;
using namespace mlir::ov;

namespace {

/// Refines the result types of `op` with its inferred types (replaces them
/// when `replace`); sets `changed` when a type changes.
LogicalResult refineResultTypes(InferTypeOpInterface op, bool replace,
                                bool &changed) {
  Operation *operation = op.getOperation();
  SmallVector<Type> inferred;
  if (failed(op.inferReturnTypes(operation->getContext(), operation->getLoc(),
                                 operation->getOperands(),
                                 operation->getRawDictionaryAttrs(),
                                 operation->getPropertiesStorage(),
                                 operation->getRegions(), inferred)))
    return failure();
  if (inferred.size() != operation->getNumResults())
    return operation->emitOpError("inferred ")
           << inferred.size() << " result types for "
           << operation->getNumResults() << " results";
  for (auto [result, type] : llvm::zip(operation->getResults(), inferred)) {
    Type refined = replace ? type : refineType(type, result.getType());
    if (!refined)
      return operation->emitOpError("inferred result type ")
             << type << " contradicts the declared type " << result.getType();
    changed |= refined != result.getType();
    result.setType(refined);
  }
  return success();
}

struct InferShapesPass : ov::impl::OVInferShapesBase<InferShapesPass> {
  void runOnOperation() override {
    if (failed(inferShapes(getOperation(), /*forgetDeclared=*/false)))
      signalPassFailure();
  }
};

} // namespace

LogicalResult ov::inferShapes(func::FuncOp func, bool forgetDeclared,
                              bool *changed) {
  bool anyChange = false;
  WalkResult walk = func.walk([&](InferTypeOpInterface op) {
    return failed(refineResultTypes(op, forgetDeclared, anyChange))
               ? WalkResult::interrupt()
               : WalkResult::advance();
  });
  if (walk.wasInterrupted())
    return failure();
  if (changed)
    *changed = anyChange;

  // The model's result types are what its ops now return.
  func.walk([&](func::ReturnOp ret) {
    if (ret->getParentOp() != func)
      return;
    func.setType(FunctionType::get(func.getContext(), func.getArgumentTypes(),
                                   ret.getOperandTypes()));
  });
  return success();
}
