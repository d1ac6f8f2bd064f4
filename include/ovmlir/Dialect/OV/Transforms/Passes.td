//===- Passes.td - Graph-level passes of the OV dialect -------------------===//

#ifndef OVMLIR_DIALECT_OV_TRANSFORMS_PASSES_TD
#define OVMLIR_DIALECT_OV_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def OVInferShapes : Pass<"ov-infer-shapes", "func::FuncOp"> {
  let summary = "Propagate tensor types through a model";
  let description = [{
    Visits the ops of a model in order and refines every result type with
    the op's inferred type (a dynamic dimension becomes static where the
    inputs allow it; a declared static dimension is kept). Finally the
    function's result types are updated to what the model returns. Fails
    when an op's inferred type contradicts its declared one.
  }];
  let dependentDialects = ["::mlir::ov::OVDialect"];
}

#endif // OVMLIR_DIALECT_OV_TRANSFORMS_PASSES_TD
