//===- OVControlFlowOps.td - OV subgraph ops (If, Loop) -------------------===//
//
// OpenVINO's subgraph ops hold their bodies as regions isolated from above:
// a body's block arguments are its Parameters (in body order) and its
// `ov.yield` operands are its Results (in body order). Port maps say how the
// op's inputs and outputs connect to them, as indices into those lists.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_DIALECT_OV_IR_OVCONTROLFLOWOPS_TD
#define OVMLIR_DIALECT_OV_IR_OVCONTROLFLOWOPS_TD

include "ovmlir/Dialect/OV/IR/OVBase.td"
include "mlir/Interfaces/ControlFlowInterfaces.td"

def OV_YieldOp : Op<OV_Dialect, "yield",
    [Pure, Terminator, ReturnLike, ParentOneOf<["IfOp", "LoopOp"]>]> {
  let summary = "The Results of an If or Loop body";
  let arguments = (ins Variadic<OV_Tensor>:$values);
  let assemblyFormat = "attr-dict ($values^ `:` type($values))?";
}

def OV_IfOp : Op<OV_Dialect, "if",
    [RecursiveMemoryEffects, IsolatedFromAbove]> {
  let summary = "OpenVINO If-8";
  let description = [{
    Runs `then_body` when `cond` (a boolean scalar or one-element tensor) is
    true, else `else_body`. Body parameter `p` of the then body receives input
    `then_inputs[p]` (an index into `inputs`, which follow the condition);
    body result `r` becomes output `then_outputs[r]`; likewise for the else
    body. Each body must produce every output exactly once.

    ```mlir
    %r = ov.if %c, %x {then_inputs = array<i64: 0>, then_outputs = array<i64: 0>,
                       else_inputs = array<i64>, else_outputs = array<i64: 0>}
        : (tensor<i1>, tensor<2xf32>) -> tensor<2xf32> then {
    ^bb0(%a: tensor<2xf32>):
      ov.yield %a : tensor<2xf32>
    } else {
      %k = ov.constant dense<0.0> : tensor<2xf32>
      ov.yield %k : tensor<2xf32>
    }
    ```
  }];
  let arguments = (ins OV_BoolTensor:$cond, Variadic<OV_Tensor>:$inputs,
                       DenseI64ArrayAttr:$then_inputs,
                       DenseI64ArrayAttr:$then_outputs,
                       DenseI64ArrayAttr:$else_inputs,
                       DenseI64ArrayAttr:$else_outputs);
  let results = (outs Variadic<OV_Tensor>:$outputs);
  let regions = (region SizedRegion<1>:$then_body, SizedRegion<1>:$else_body);
  let assemblyFormat = [{
    $cond (`,` $inputs^)? attr-dict `:` functional-type(operands, results)
    `then` $then_body `else` $else_body
  }];
  let hasVerifier = 1;
  let hasRegionVerifier = 1;
}

def OV_LoopOp : Op<OV_Dialect, "loop",
    [RecursiveMemoryEffects, IsolatedFromAbove]> {
  let summary = "OpenVINO Loop-5";
  let description = [{
    Runs `body` while the iteration count is below `trip_count` (-1: no
    limit) and the condition (initially `execution_condition`) holds.
    The port maps mirror OpenVINO's `<port_map>` and `<back_edges>`, with
    indices instead of layer ids:

    - `input_port_map`: one dictionary per connected body parameter,
      `{external_port_id = operand index, parameter = body parameter index}`,
      plus `axis`, `start`, `end`, `stride`, `part_size` for a sliced input;
      `{external_port_id = -1, purpose = "current_iteration"}` marks the
      parameter that receives the iteration number.
    - `output_port_map`: `{external_port_id = result index (-1: none),
      result = body result index}`, plus the slicing keys for an output
      concatenated over iterations; `purpose = "execution_condition"` marks
      the body result that decides whether to go on.
    - `back_edges`: `{from_result, to_parameter}`: the body result that feeds
      the parameter in the next iteration.

    ```mlir
    %r = ov.loop %n, %c, %x {input_port_map = [{external_port_id = 2, parameter = 0} ],
                             output_port_map = [{external_port_id = 0, result = 0} ],
                             back_edges = [{from_result = 0, to_parameter = 0} ]}
        : (tensor<1xi64>, tensor<i1>, tensor<2xf32>) -> tensor<2xf32> {
    ^bb0(%a: tensor<2xf32>):
      ov.yield %a : tensor<2xf32>
    }
    ```
  }];
  let arguments = (ins OV_IntTensor:$trip_count,
                       OV_BoolTensor:$execution_condition,
                       Variadic<OV_Tensor>:$inputs,
                       ArrayAttr:$input_port_map,
                       ArrayAttr:$output_port_map,
                       ArrayAttr:$back_edges);
  let results = (outs Variadic<OV_Tensor>:$outputs);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = [{
    $trip_count `,` $execution_condition (`,` $inputs^)? attr-dict `:`
    functional-type(operands, results) $body
  }];
  let hasVerifier = 1;
  let hasRegionVerifier = 1;
}

#endif // OVMLIR_DIALECT_OV_IR_OVCONTROLFLOWOPS_TD
