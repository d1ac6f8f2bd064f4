//===- OVShapeOps.td - OV reshaping, concatenation, splitting, tiling, broadcasting, padding, ShapeOf and Range ops ===//
//
// Inputs that OpenVINO passes as tensors (target shapes, axes, orders,
// repeats, pads) stay operands here. Result types use their values when the
// inputs are constants and fall back to dynamic dimensions otherwise; the
// shape rules live in ShapeOpShapes.h so that lowering can reuse them.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_DIALECT_OV_IR_OVSHAPEOPS_TD
#define OVMLIR_DIALECT_OV_IR_OVSHAPEOPS_TD

include "ovmlir/Dialect/OV/IR/OVAttrs.td"

//===----------------------------------------------------------------------===//
// Reshaping
//===----------------------------------------------------------------------===//

def OV_ReshapeOp : OV_InferOp<"reshape"> {
  let summary = "OpenVINO Reshape-1";
  let description = [{
    Gives `data` the shape held by the 1-D integer tensor `shape`. One entry
    may be -1 (inferred from the element count); with `special_zero`, a 0
    copies the corresponding input dimension, otherwise it is a zero size.

    ```mlir
    %0 = ov.reshape %x, %shape {special_zero = true}
        : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<2x12xf32>
    ```
  }];
  let arguments = (ins OV_Tensor:$data, OV_IntTensor:$shape,
                       BoolAttr:$special_zero);
  let results = (outs OV_Tensor:$output);
  let assemblyFormat = [{
    $data `,` $shape attr-dict `:` functional-type(operands, results)
  }];
  let hasFolder = 1;
}

def OV_TransposeOp : OV_InferOp<"transpose"> {
  let summary = "OpenVINO Transpose-1";
  let description = [{
    Permutes the dimensions of `data`: output dimension i is input dimension
    `order[i]`. An empty `order` reverses the dimensions.
  }];
  let arguments = (ins OV_Tensor:$data, OV_IntTensor:$order);
  let results = (outs OV_Tensor:$output);
  let assemblyFormat = [{
    $data `,` $order attr-dict `:` functional-type(operands, results)
  }];
  let hasFolder = 1;
}

def OV_SqueezeOp : OV_InferOp<"squeeze"> {
  let summary = "OpenVINO Squeeze-1";
  let description = [{
    Removes the dimensions listed in `axes` (which must have size 1), or,
    without `axes` (or with empty ones), every dimension of size 1. Without
    axes a dynamic dimension may or may not be 1, so the rank is unknown.
  }];
  let arguments = (ins OV_Tensor:$data, Optional<OV_IntTensor>:$axes);
  let results = (outs OV_Tensor:$output);
  let assemblyFormat = [{
    $data (`,` $axes^)? attr-dict `:` functional-type(operands, results)
  }];
  let hasFolder = 1;
}

def OV_UnsqueezeOp : OV_InferOp<"unsqueeze"> {
  let summary = "OpenVINO Unsqueeze-1";
  let description = [{
    Inserts dimensions of size 1 at the positions `axes` of the output
    (negative axes count from the end of the output).
  }];
  let arguments = (ins OV_Tensor:$data, OV_IntTensor:$axes);
  let results = (outs OV_Tensor:$output);
  let assemblyFormat = [{
    $data `,` $axes attr-dict `:` functional-type(operands, results)
  }];
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// Concatenation and splitting
//===----------------------------------------------------------------------===//

def OV_ConcatOp : OV_InferOp<"concat"> {
  let summary = "OpenVINO Concat-1";
  let description = [{
    Joins the inputs along `axis` (negative counts from the end); all other
    dimensions must agree.
  }];
  let arguments = (ins Variadic<OV_Tensor>:$inputs, I64Attr:$axis);
  let results = (outs OV_Tensor:$output);
  let assemblyFormat = [{
    $inputs attr-dict `:` functional-type(operands, results)
  }];
  let hasFolder = 1;
}

def OV_SplitOp : OV_InferOp<"split"> {
  let summary = "OpenVINO Split-1";
  let description = [{
    Cuts `data` into `num_splits` equal parts along the scalar `axis`.
  }];
  let arguments = (ins OV_Tensor:$data, OV_IntTensor:$axis,
                       I64Attr:$num_splits);
  let results = (outs Variadic<OV_Tensor>:$outputs);
  let assemblyFormat = [{
    $data `,` $axis attr-dict `:` functional-type(operands, results)
  }];
  let hasFolder = 1;
}

def OV_VariadicSplitOp : OV_InferOp<"variadic_split"> {
  let summary = "OpenVINO VariadicSplit-1";
  let description = [{
    Cuts `data` along the scalar `axis` into parts of the sizes in the 1-D
    `split_lengths` (one entry may be -1: the rest). There is one result per
    entry, so `split_lengths` must have a static length.
  }];
  let arguments = (ins OV_Tensor:$data, OV_IntTensor:$axis,
                       OV_IntTensor:$split_lengths);
  let results = (outs Variadic<OV_Tensor>:$outputs);
  let assemblyFormat = [{
    $data `,` $axis `,` $split_lengths attr-dict `:`
    functional-type(operands, results)
  }];
}

//===----------------------------------------------------------------------===//
// Tiling, broadcasting and padding
//===----------------------------------------------------------------------===//

def OV_TileOp : OV_InferOp<"tile"> {
  let summary = "OpenVINO Tile-1";
  let description = [{
    Repeats `data` `repeats[i]` times along dimension i. When the ranks
    differ, the shorter of the data shape and `repeats` is padded with
    leading ones.
  }];
  let arguments = (ins OV_Tensor:$data, OV_IntTensor:$repeats);
  let results = (outs OV_Tensor:$output);
  let assemblyFormat = [{
    $data `,` $repeats attr-dict `:` functional-type(operands, results)
  }];
  let hasFolder = 1;
}

def OV_BroadcastOp : OV_InferOp<"broadcast"> {
  let summary = "OpenVINO Broadcast-3";
  let description = [{
    Broadcasts `data` to `target_shape`. `mode`:
    - `numpy`: right-aligned; data dimensions are 1 or equal to the target's;
      the result has the target shape.
    - `bidirectional`: the numpy broadcast of both shapes.
    - `explicit`: data dimension i maps to target axis `axes_mapping[i]`
      (required in this mode, increasing).
  }];
  let arguments = (ins OV_Tensor:$data, OV_IntTensor:$target_shape,
                       Optional<OV_IntTensor>:$axes_mapping,
                       DefaultValuedAttr<OV_BroadcastModeAttr,
                         "BroadcastMode::numpy">:$mode);
  let results = (outs OV_Tensor:$output);
  let assemblyFormat = [{
    $data `,` $target_shape (`,` $axes_mapping^)? attr-dict `:`
    functional-type(operands, results)
  }];
  let hasFolder = 1;
}

def OV_PadOp : OV_InferOp<"pad"> {
  let summary = "OpenVINO Pad-12";
  let description = [{
    Adds `pads_begin[i]` / `pads_end[i]` elements before / after dimension i
    (negative pads remove elements), filled according to `pad_mode`;
    `pad_value` (a scalar, 0 by default) is used in `constant` mode.
  }];
  let arguments = (ins OV_Tensor:$data, OV_IntTensor:$pads_begin,
                       OV_IntTensor:$pads_end,
                       Optional<OV_Tensor>:$pad_value,
                       OV_PadModeAttr:$pad_mode);
  let results = (outs OV_Tensor:$output);
  let assemblyFormat = [{
    $data `,` $pads_begin `,` $pads_end (`,` $pad_value^)? attr-dict `:`
    functional-type(operands, results)
  }];
}

//===----------------------------------------------------------------------===//
// ShapeOf and Range
//===----------------------------------------------------------------------===//

def OV_ShapeOfOp : OV_InferOp<"shape_of"> {
  let summary = "OpenVINO ShapeOf-3";
  let description = [{
    The shape of `input` as a 1-D tensor of `output_type` (i64 or i32;
    i64 when absent).
  }];
  let arguments = (ins OV_Tensor:$input, OptionalAttr<TypeAttr>:$output_type);
  let results = (outs OV_IntTensor:$output);
  let assemblyFormat = [{
    $input attr-dict `:` type($input) `->` type($output)
  }];
  let hasFolder = 1;
}

def OV_RangeOp : OV_InferOp<"range"> {
  let summary = "OpenVINO Range-4";
  let description = [{
    The sequence start, start + step, ... up to (excluding) stop, of
    `output_type`; its length is max(0, ceil((stop - start) / step)).
  }];
  let arguments = (ins OV_NumericTensor:$start, OV_NumericTensor:$stop,
                       OV_NumericTensor:$step, TypeAttr:$output_type);
  let results = (outs OV_NumericTensor:$output);
  let assemblyFormat = [{
    $start `,` $stop `,` $step attr-dict `:` functional-type(operands, results)
  }];
  let hasFolder = 1;
}

#endif // OVMLIR_DIALECT_OV_IR_OVSHAPEOPS_TD
