//===- Passes.td - Lowerings of the OV dialect ----------------------------===//

#ifndef OVMLIR_CONVERSION_PASSES_TD
#define OVMLIR_CONVERSION_PASSES_TD

include "mlir/Pass/PassBase.td"

def ConvertOVToLinalg : Pass<"convert-ov-to-linalg", "func::FuncOp"> {
  let summary = "Lower OV dialect ops to linalg, tensor, arith and math";
  let description = [{
    Elementwise ops become `linalg.generic` with numpy broadcasting (a
    dimension of static size 1 is broadcast; a dynamic dimension must match
    the result's at run time, checked with `cf.assert`); constants become
    `arith.constant`; MatMul becomes `linalg.matmul` / `linalg.batch_matmul`
    (transposes as `linalg.transpose`); Reshape becomes `tensor.reshape`.
    Result shapes, including dynamic dimensions computed at run time, come
    from the same shape functions as type inference. An op without a
    lowering fails the pass with its name and location.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect", "::mlir::math::MathDialect",
    "::mlir::linalg::LinalgDialect", "::mlir::tensor::TensorDialect",
    "::mlir::cf::ControlFlowDialect"
  ];
}

#endif // OVMLIR_CONVERSION_PASSES_TD
