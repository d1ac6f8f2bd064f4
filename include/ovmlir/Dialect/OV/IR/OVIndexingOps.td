//===- OVIndexingOps.td - OV gather/scatter, slicing, depth/space rearrangement, OneHot, NonZero, CumSum and Unique ops ===//
//
// Inputs that OpenVINO passes as tensors (Gather's axis, slice bounds,
// OneHot's depth, ...) stay operands. Result types use their values when
// they are constants and fall back to dynamic dimensions otherwise; the
// shape rules live in IndexingShapes.h so that lowering can reuse them.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_DIALECT_OV_IR_OVINDEXINGOPS_TD
#define OVMLIR_DIALECT_OV_IR_OVINDEXINGOPS_TD

include "ovmlir/Dialect/OV/IR/OVAttrs.td"

//===----------------------------------------------------------------------===//
// Gather and scatter
//===----------------------------------------------------------------------===//

def OV_GatherOp : OV_InferOp<"gather"> {
  let summary = "OpenVINO Gather-8";
  let description = [{
    Takes the slices of `data` along `axis` (a scalar or 1-element tensor,
    negative counting from the end) selected by `indices`; the first
    `batch_dims` dimensions of data and indices are batch dimensions
    (negative `batch_dims` counts from the rank of indices). The output
    shape is data[:axis] + indices[batch_dims:] + data[axis+1:]. Negative
    indices count from the end of the axis. Covers Gather-1, 7 and 8.

    ```mlir
    %0 = ov.gather %x, %idx, %axis {batch_dims = 0 : i64}
        : (tensor<5x4xf32>, tensor<3xi64>, tensor<i64>) -> tensor<3x4xf32>
    ```
  }];
  let arguments = (ins OV_Tensor:$data, OV_IntTensor:$indices,
                       OV_IntTensor:$axis,
                       DefaultValuedAttr<I64Attr, "0">:$batch_dims);
  let results = (outs OV_Tensor:$output);
  let assemblyFormat = [{
    $data `,` $indices `,` $axis attr-dict `:`
    functional-type(operands, results)
  }];
  let hasFolder = 1;
}

def OV_GatherElementsOp : OV_InferOp<"gather_elements"> {
  let summary = "OpenVINO GatherElements-6";
  let description = [{
    output[i0, ..., ik, ...] = data[i0, ..., indices[i0, ..., ik, ...], ...]
    with the index replaced along `axis`. indices has data's rank and equal
    dimensions except along `axis`; the output has the shape of indices.
  }];
  let arguments = (ins OV_Tensor:$data, OV_IntTensor:$indices, I64Attr:$axis);
  let results = (outs OV_Tensor:$output);
  let assemblyFormat = [{
    $data `,` $indices attr-dict `:` functional-type(operands, results)
  }];
}

def OV_ScatterElementsUpdateOp : OV_InferOp<"scatter_elements_update"> {
  let summary = "OpenVINO ScatterElementsUpdate-12";
  let description = [{
    A copy of `data` where the element at each position of `indices`, with
    the index replaced along `axis` (a scalar tensor) by the index value,
    is combined with the corresponding element of `updates` by `reduction`
    (`none` replaces). With `use_init_val` false, the data value is left
    out of the reduction. indices and updates have equal shapes and data's
    rank.
  }];
  let arguments = (ins OV_Tensor:$data, OV_IntTensor:$indices,
                       OV_Tensor:$updates, OV_IntTensor:$axis,
                       DefaultValuedAttr<OV_ScatterReductionAttr,
                         "ScatterReduction::none">:$reduction,
                       DefaultValuedAttr<BoolAttr, "true">:$use_init_val);
  let results = (outs OV_Tensor:$output);
  let assemblyFormat = [{
    $data `,` $indices `,` $updates `,` $axis attr-dict `:`
    functional-type(operands, results)
  }];
}

def OV_GatherNDOp : OV_InferOp<"gather_nd"> {
  let summary = "OpenVINO GatherND-8";
  let description = [{
    Gathers the slices of `data` addressed by the index tuples in the last
    dimension of `indices`, after `batch_dims` leading batch dimensions.
    The output shape is indices[:-1] + data[batch_dims + indices[-1]:].
  }];
  let arguments = (ins OV_Tensor:$data, OV_IntTensor:$indices,
                       DefaultValuedAttr<I64Attr, "0">:$batch_dims);
  let results = (outs OV_Tensor:$output);
  let assemblyFormat = [{
    $data `,` $indices attr-dict `:` functional-type(operands, results)
  }];
}

def OV_ScatterNDUpdateOp : OV_InferOp<"scatter_nd_update"> {
  let summary = "OpenVINO ScatterNDUpdate-4";
  let description = [{
    A copy of `data` where the slices addressed by the index tuples in the
    last dimension of `indices` are replaced by `updates`, of shape
    indices[:-1] + data[indices[-1]:].
  }];
  let arguments = (ins OV_Tensor:$data, OV_IntTensor:$indices,
                       OV_Tensor:$updates);
  let results = (outs OV_Tensor:$output);
  let assemblyFormat = [{
    $data `,` $indices `,` $updates attr-dict `:`
    functional-type(operands, results)
  }];
}

//===----------------------------------------------------------------------===//
// Slicing
//===----------------------------------------------------------------------===//

def OV_StridedSliceOp : OV_InferOp<"strided_slice"> {
  let summary = "OpenVINO StridedSlice-1";
  let description = [{
    numpy-style slicing of `data` by the 1-D `begin`, `end` and `stride`
    (all ones when absent; negative strides walk backwards; bounds are
    clamped and negative ones count from the end). The masks hold one 0/1
    entry per begin entry (missing entries are 0): `begin_mask` /
    `end_mask` ignore begin / end (the whole range), `new_axis_mask` inserts
    a dimension of size 1, `shrink_axis_mask` takes the single element at
    begin and removes the dimension, `ellipsis_mask` (at most one bit)
    stands for all dimensions not otherwise mentioned.
  }];
  let arguments = (ins OV_Tensor:$data, OV_IntTensor:$begin,
                       OV_IntTensor:$end, Optional<OV_IntTensor>:$stride,
                       DefaultValuedAttr<DenseI64ArrayAttr, "{}">:$begin_mask,
                       DefaultValuedAttr<DenseI64ArrayAttr, "{}">:$end_mask,
                       DefaultValuedAttr<DenseI64ArrayAttr, "{}">:$new_axis_mask,
                       DefaultValuedAttr<DenseI64ArrayAttr,
                         "{}">:$shrink_axis_mask,
                       DefaultValuedAttr<DenseI64ArrayAttr, "{}">:$ellipsis_mask);
  let results = (outs OV_Tensor:$output);
  let assemblyFormat = [{
    $data `,` $begin `,` $end (`,` $stride^)? attr-dict `:`
    functional-type(operands, results)
  }];
  let hasFolder = 1;
}

def OV_SliceOp : OV_InferOp<"slice"> {
  let summary = "OpenVINO Slice-8";
  let description = [{
    Slices `data` along `axes` (all dimensions in order when absent) from
    `start` to `stop` (exclusive) by `step` (non-zero; negative walks
    backwards); bounds are clamped and negative ones count from the end.
    start, stop, step and axes are 1-D with one entry per sliced axis.
  }];
  let arguments = (ins OV_Tensor:$data, OV_IntTensor:$start,
                       OV_IntTensor:$stop, OV_IntTensor:$step,
                       Optional<OV_IntTensor>:$axes);
  let results = (outs OV_Tensor:$output);
  let assemblyFormat = [{
    $data `,` $start `,` $stop `,` $step (`,` $axes^)? attr-dict `:`
    functional-type(operands, results)
  }];
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// Depth / space rearrangement
//===----------------------------------------------------------------------===//

def OV_DepthToSpaceOp : OV_InferOp<"depth_to_space"> {
  let summary = "OpenVINO DepthToSpace-1";
  let description = [{
    Moves blocks of `block_size`^k channels into the k spatial dimensions:
    [N, C, D1, ...] -> [N, C / block_size^k, D1 * block_size, ...]. `mode`
    tells whether the block index is the outer (`blocks_first`) or inner
    (`depth_first`) part of the channel index.
  }];
  let arguments = (ins OV_Tensor:$data, OV_DepthToSpaceModeAttr:$mode,
                       DefaultValuedAttr<I64Attr, "1">:$block_size);
  let results = (outs OV_Tensor:$output);
  let assemblyFormat = [{
    $data attr-dict `:` functional-type(operands, results)
  }];
}

def OV_SpaceToDepthOp : OV_InferOp<"space_to_depth"> {
  let summary = "OpenVINO SpaceToDepth-1";
  let description = [{
    The inverse of DepthToSpace: [N, C, D1, ...] ->
    [N, C * block_size^k, D1 / block_size, ...].
  }];
  let arguments = (ins OV_Tensor:$data, OV_DepthToSpaceModeAttr:$mode,
                       DefaultValuedAttr<I64Attr, "1">:$block_size);
  let results = (outs OV_Tensor:$output);
  let assemblyFormat = [{
    $data attr-dict `:` functional-type(operands, results)
  }];
}

//===----------------------------------------------------------------------===//
// OneHot, NonZero, CumSum
//===----------------------------------------------------------------------===//

def OV_OneHotOp : OV_InferOp<"one_hot"> {
  let summary = "OpenVINO OneHot-1";
  let description = [{
    A new dimension of size `depth` (a scalar) at `axis` of the output
    (negative counting from the end of the output): `on_value` where it
    equals the index, `off_value` elsewhere. The element type is that of
    on_value and off_value (scalars).
  }];
  let arguments = (ins OV_IntTensor:$indices, OV_IntTensor:$depth,
                       OV_Tensor:$on_value, OV_Tensor:$off_value,
                       I64Attr:$axis);
  let results = (outs OV_Tensor:$output);
  let assemblyFormat = [{
    $indices `,` $depth `,` $on_value `,` $off_value attr-dict `:`
    functional-type(operands, results)
  }];
}

def OV_NonZeroOp : OV_InferOp<"non_zero"> {
  let summary = "OpenVINO NonZero-3";
  let description = [{
    The indices of the non-zero elements of `data`, as a
    [rank(data), count] tensor of `output_type` (i64 or i32; i64 when
    absent).
  }];
  let arguments = (ins OV_Tensor:$data, OptionalAttr<TypeAttr>:$output_type);
  let results = (outs OV_IntTensor:$output);
  let assemblyFormat = [{
    $data attr-dict `:` type($data) `->` type($output)
  }];
}

def OV_CumSumOp : OV_InferOp<"cumsum"> {
  let summary = "OpenVINO CumSum-3";
  let description = [{
    Cumulative sums of `data` along `axis` (a scalar; 0 when absent).
    `exclusive` leaves the current element out of its sum; `reverse` sums
    from the end.
  }];
  let arguments = (ins OV_NumericTensor:$data, Optional<OV_IntTensor>:$axis,
                       DefaultValuedAttr<BoolAttr, "false">:$exclusive,
                       DefaultValuedAttr<BoolAttr, "false">:$reverse);
  let results = (outs OV_NumericTensor:$output);
  let assemblyFormat = [{
    $data (`,` $axis^)? attr-dict `:` functional-type(operands, results)
  }];
}

//===----------------------------------------------------------------------===//
// Unique
//===----------------------------------------------------------------------===//

// Unique's index and count outputs.
def OV_UniqueIndexTensor : TensorOf<[I32, I64]>;

def OV_UniqueOp : OV_InferOp<"unique"> {
  let summary = "OpenVINO Unique-10";
  let description = [{
    The unique elements of `data` (flattened when there is no `axis`), or
    its unique slices along `axis` (a scalar or 1-element integer tensor,
    negative counting from the end), sorted ascending with `sorted`, in
    order of first occurrence otherwise. Results: `unique_elements` (1-D
    without an axis, else data's shape with dimension `axis` replaced by
    the number of unique slices); `indices`, the position of each unique
    element's first occurrence; `rev_idx`, for every element (slice) of
    the input the position of its value among the unique ones; `counts`,
    how often each unique element occurs. indices and rev_idx have
    `index_element_type`, counts `count_element_type` (i32 or i64). The
    number of unique elements is only known at run time.
  }];
  // The attributes come before the optional operand: ODS would otherwise
  // give the builders default type arguments that need a builder.
  let arguments = (ins OV_Tensor:$data,
                       DefaultValuedAttr<BoolAttr, "true">:$sorted,
                       DefaultValuedAttr<TypeAttr,
                         "$_builder.getI64Type()">:$index_element_type,
                       DefaultValuedAttr<TypeAttr,
                         "$_builder.getI64Type()">:$count_element_type,
                       Optional<OV_IntTensor>:$axis);
  let results = (outs OV_Tensor:$unique_elements,
                      OV_UniqueIndexTensor:$indices,
                      OV_UniqueIndexTensor:$rev_idx,
                      OV_UniqueIndexTensor:$counts);
  let assemblyFormat = [{
    $data (`,` $axis^)? attr-dict `:` functional-type(operands, results)
  }];
}

#endif // OVMLIR_DIALECT_OV_IR_OVINDEXINGOPS_TD
