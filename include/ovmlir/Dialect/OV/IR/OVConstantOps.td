//===- OVConstantOps.td - OV Constant op ----------------------------------===//

#ifndef OVMLIR_DIALECT_OV_IR_OVCONSTANTOPS_TD
#define OVMLIR_DIALECT_OV_IR_OVCONSTANTOPS_TD

include "ovmlir/Dialect/OV/IR/OVBase.td"
include "mlir/IR/OpAsmInterface.td"

def OV_ConstantOp : OV_Op<"constant", [ConstantLike,
    AllTypesMatch<["value", "output"]>,
    DeclareOpInterfaceMethods<OpAsmOpInterface, ["getAsmResultNames"]>]> {
  let summary = "OpenVINO Constant-1";
  let description = [{
    A constant tensor. Small values (shapes, axes, scalars) are uniqued
    `dense<...>` attributes; weights are `dense_resource<...>` blobs, which are
    neither uniqued nor copied by the context and can be backed by a mapped
    weights file.

    ```mlir
    %shape = ov.constant dense<[1, -1]> : tensor<2xi64>
    %w = ov.constant dense_resource<conv1_weights> : tensor<64x3x7x7xf32>
    ```
  }];
  let arguments = (ins ElementsAttr:$value);
  let results = (outs OV_Tensor:$output);
  let assemblyFormat = "attr-dict $value";
  let hasFolder = 1;
  let builders = [
    OpBuilder<(ins "::mlir::ElementsAttr":$value), [{
      build($_builder, $_state, value.getType(), value);
    }]>];
}

#endif // OVMLIR_DIALECT_OV_IR_OVCONSTANTOPS_TD
