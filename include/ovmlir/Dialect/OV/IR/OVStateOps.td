//===- OVStateOps.td - OV stateful ops (ReadValue, Assign) ----------------===//
//
// A model's state lives in variables named by `variable_id`: ReadValue reads
// one (its input initializes it on the first inference), Assign writes it.
// Neither is Pure, so neither is removed or reordered across the other.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_DIALECT_OV_IR_OVSTATEOPS_TD
#define OVMLIR_DIALECT_OV_IR_OVSTATEOPS_TD

include "ovmlir/Dialect/OV/IR/OVBase.td"

def OV_ReadValueOp : Op<OV_Dialect, "read_value",
    [MemoryEffects<[MemRead]>]> {
  let summary = "OpenVINO ReadValue-3/6: the value of a variable";
  let description = [{
    Returns the current value of the variable `variable_id`; before the first
    Assign it is `init_value` (required by ReadValue-3, optional in v6, where
    an absent one means zeros). `variable_type` (an element type name or
    `dynamic`) and `variable_shape` (a partial shape, `...` for any) describe
    the variable as ReadValue-6 declares it.

    ```mlir
    %0 = ov.read_value %init {variable_id = "state"} : (tensor<1x1xf32>) -> tensor<1x1xf32>
    ```
  }];
  let arguments = (ins Optional<OV_Tensor>:$init_value, StrAttr:$variable_id,
                       OptionalAttr<StrAttr>:$variable_type,
                       OptionalAttr<StrAttr>:$variable_shape);
  let results = (outs OV_Tensor:$output);
  let assemblyFormat = [{
    ($init_value^)? attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

def OV_AssignOp : Op<OV_Dialect, "assign", [MemoryEffects<[MemWrite]>]> {
  let summary = "OpenVINO Assign-3/6: store a value in a variable";
  let description = [{
    Stores `value` in the variable `variable_id` for the next inference. A
    sink: it has no results and nothing consumes it.

    ```mlir
    ov.assign %sum {variable_id = "state"} : tensor<1x1xf32>
    ```
  }];
  let arguments = (ins OV_Tensor:$value, StrAttr:$variable_id);
  let assemblyFormat = "$value attr-dict `:` type($value)";
  let hasVerifier = 1;
}

#endif // OVMLIR_DIALECT_OV_IR_OVSTATEOPS_TD
