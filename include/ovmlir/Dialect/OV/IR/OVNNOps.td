//===- OVNNOps.td - OV convolution, pooling, matmul, interpolation ops ----===//
//
// Convolution, GroupConvolution, ConvolutionBackpropData, MatMul, MaxPool,
// AvgPool, Interpolate (v4 and v11) and GridSample. Shape functions are in
// NNShapes.h.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_DIALECT_OV_IR_OVNNOPS_TD
#define OVMLIR_DIALECT_OV_IR_OVNNOPS_TD

include "ovmlir/Dialect/OV/IR/OVAttrs.td"

// Element types of MaxPool's indices (index_element_type).
def OV_NNIndexTensor : TensorOf<[I32, I64]>;

//===----------------------------------------------------------------------===//
// Convolutions
//===----------------------------------------------------------------------===//

class OV_ConvolutionBase<string mnemonic, string ovType, string layout>
    : OV_InferOp<mnemonic> {
  let summary = "OpenVINO " # ovType;
  let description = layout # [{

    `strides`, `dilations`, `pads_begin` and `pads_end` have one value per
    spatial dimension (1 to 3 of them). `auto_pad` `same_upper` /
    `same_lower` pad so that the output has ceil(input / stride) elements
    (the odd element at the end / beginning), `valid` does not pad; both
    ignore `pads_begin` / `pads_end`. `explicit` (and `notset`) use them.
  }];
  let arguments = (ins OV_NumericTensor:$data, OV_NumericTensor:$filter,
                       DefaultValuedAttr<OV_PadTypeAttr,
                         "PadType::explicit_">:$auto_pad,
                       DenseI64ArrayAttr:$strides,
                       DenseI64ArrayAttr:$pads_begin,
                       DenseI64ArrayAttr:$pads_end,
                       DenseI64ArrayAttr:$dilations);
  let results = (outs OV_NumericTensor:$output);
  let assemblyFormat = [{
    $data `,` $filter attr-dict `:` functional-type(operands, results)
  }];
}

def OV_ConvolutionOp : OV_ConvolutionBase<"convolution", "Convolution-1", [{
    Convolution of `data` [N, C_IN, spatial...] with `filter`
    [C_OUT, C_IN, kernel...], giving [N, C_OUT, spatial...] with
    floor((dim + pads - (kernel - 1) * dilation - 1) / stride) + 1 elements
    per spatial dimension.
  }]>;

def OV_GroupConvolutionOp
    : OV_ConvolutionBase<"group_convolution", "GroupConvolution-1", [{
    Grouped convolution of `data` [N, C_IN, spatial...] with `filter`
    [GROUPS, C_OUT / GROUPS, C_IN / GROUPS, kernel...], giving
    [N, C_OUT, spatial...]: each group convolves its C_IN / GROUPS input
    channels into C_OUT / GROUPS output channels.
  }]>;

def OV_ConvolutionBackpropDataOp : OV_InferOp<"convolution_backprop_data"> {
  let summary = "OpenVINO ConvolutionBackpropData-1";
  let description = [{
    Transposed convolution of `data` [N, C_IN, spatial...] with `filter`
    [C_IN, C_OUT, kernel...], giving [N, C_OUT, spatial...]. Without the
    optional `output_shape` input (a 1-D integer tensor with the output's
    spatial sizes), each spatial size is
    stride * (dim - 1) + (kernel - 1) * dilation + 1 - pads_begin - pads_end
    + output_padding; `same_upper`, `same_lower` and `valid` then use zero
    pads. With `output_shape`, the output has those spatial sizes and
    `same_*` pad to reach them. `output_padding` defaults to zeros.
  }];
  let arguments = (ins OV_NumericTensor:$data, OV_NumericTensor:$filter,
                       Optional<OV_IntTensor>:$output_shape,
                       DefaultValuedAttr<OV_PadTypeAttr,
                         "PadType::explicit_">:$auto_pad,
                       OptionalAttr<DenseI64ArrayAttr>:$output_padding,
                       DenseI64ArrayAttr:$strides,
                       DenseI64ArrayAttr:$pads_begin,
                       DenseI64ArrayAttr:$pads_end,
                       DenseI64ArrayAttr:$dilations);
  let results = (outs OV_NumericTensor:$output);
  let assemblyFormat = [{
    $data `,` $filter (`output_shape` $output_shape^)? attr-dict `:`
    functional-type(operands, results)
  }];
}

//===----------------------------------------------------------------------===//
// MatMul
//===----------------------------------------------------------------------===//

def OV_MatMulOp : OV_InferOp<"matmul"> {
  let summary = "OpenVINO MatMul-1 (class v0::MatMul, in opset1)";
  let description = [{
    Matrix product over the last two dimensions of `a` [..., M, K] and `b`
    [..., K, N] (after transposing them when `transpose_a` / `transpose_b`);
    the leading (batch) dimensions broadcast (numpy). A 1-D `a` is a row
    vector [1, K] and a 1-D `b` a column vector [K, 1] (their transpose
    flags are ignored); the added dimension is removed from the result.
  }];
  let arguments = (ins OV_NumericTensor:$a, OV_NumericTensor:$b,
                       DefaultValuedAttr<BoolAttr, "false">:$transpose_a,
                       DefaultValuedAttr<BoolAttr, "false">:$transpose_b);
  let results = (outs OV_NumericTensor:$output);
  let assemblyFormat = [{
    $a `,` $b attr-dict `:` functional-type(operands, results)
  }];
}

//===----------------------------------------------------------------------===//
// Pooling
//===----------------------------------------------------------------------===//

def OV_MaxPoolOp : OV_InferOp<"max_pool"> {
  let summary = "OpenVINO MaxPool-1/8/14";
  let description = [{
    Maximum over windows of `kernel` (dilated by `dilations`, all ones by
    default) moved by `strides` over the spatial dimensions of `data`
    [N, C, spatial...]. Output sizes are
    (dim + pads - (kernel - 1) * dilation - 1) / stride + 1, rounded by
    `rounding_type` (`ceil_torch`: as `ceil`, but no window may start in
    the end padding); `auto_pad` works as in Convolution. `indices` (of
    `index_element_type`, i32 or i64) hold the flattened position of each
    maximum, counted from dimension `axis` of the input. MaxPool-1 is the
    `output` result alone.
  }];
  // The default-valued attributes come before the required ones: ODS would
  // otherwise give the builders a default argument that needs a builder.
  let arguments = (ins OV_NumericTensor:$data,
                       DefaultValuedAttr<OV_RoundingTypeAttr,
                         "RoundingType::floor">:$rounding_type,
                       DefaultValuedAttr<OV_PadTypeAttr,
                         "PadType::explicit_">:$auto_pad,
                       DefaultValuedAttr<TypeAttr,
                         "$_builder.getI64Type()">:$index_element_type,
                       DefaultValuedAttr<I64Attr, "0">:$axis,
                       OptionalAttr<DenseI64ArrayAttr>:$dilations,
                       DenseI64ArrayAttr:$strides,
                       DenseI64ArrayAttr:$pads_begin,
                       DenseI64ArrayAttr:$pads_end,
                       DenseI64ArrayAttr:$kernel);
  let results = (outs OV_NumericTensor:$output, OV_NNIndexTensor:$indices);
  let assemblyFormat = [{
    $data attr-dict `:` functional-type(operands, results)
  }];
}

def OV_AvgPoolOp : OV_InferOp<"avg_pool"> {
  let summary = "OpenVINO AvgPool-1/14";
  let description = [{
    Average over windows of `kernel` moved by `strides` over the spatial
    dimensions of `data` [N, C, spatial...]; output sizes as in MaxPool
    (without dilation). `exclude_pad` (OpenVINO's `exclude-pad`) leaves the
    padding out of the averages; a window must then never lie entirely in
    the padding.
  }];
  let arguments = (ins OV_NumericTensor:$data,
                       DefaultValuedAttr<OV_RoundingTypeAttr,
                         "RoundingType::floor">:$rounding_type,
                       DefaultValuedAttr<OV_PadTypeAttr,
                         "PadType::explicit_">:$auto_pad,
                       BoolAttr:$exclude_pad,
                       DenseI64ArrayAttr:$strides,
                       DenseI64ArrayAttr:$pads_begin,
                       DenseI64ArrayAttr:$pads_end,
                       DenseI64ArrayAttr:$kernel);
  let results = (outs OV_NumericTensor:$output);
  let assemblyFormat = [{
    $data attr-dict `:` functional-type(operands, results)
  }];
}

//===----------------------------------------------------------------------===//
// Interpolate
//===----------------------------------------------------------------------===//

// Attributes shared by Interpolate-4 and Interpolate-11.
defvar OV_InterpolateAttrs = (ins
    OV_InterpolateModeAttr:$mode,
    OV_ShapeCalcModeAttr:$shape_calculation_mode,
    DefaultValuedAttr<OV_CoordinateTransformAttr,
      "CoordinateTransformMode::half_pixel">:$coordinate_transformation_mode,
    DefaultValuedAttr<OV_NearestModeAttr,
      "NearestMode::round_prefer_floor">:$nearest_mode,
    DefaultValuedAttr<BoolAttr, "false">:$antialias,
    DefaultValuedOptionalAttr<DenseI64ArrayAttr, "{}">:$pads_begin,
    DefaultValuedOptionalAttr<DenseI64ArrayAttr, "{}">:$pads_end,
    DefaultValuedAttr<F64Attr, "-0.75">:$cube_coeff);

defvar OV_InterpolateShapeDoc = [{
    The data is first padded by `pads_begin` / `pads_end` (one value per
    data dimension; missing values are zeros). Then, on each of `axes`
    (all dimensions without the `axes` input; negative values count from
    the end), the output size is the matching element of the sizes
    (`shape_calculation_mode` sizes), or floor(padded_dim * (scale + 1e-6))
    in single precision (scales, as OpenVINO computes it); other dimensions
    keep their padded size.
  }];

def OV_InterpolateOp : OV_InferOp<"interpolate"> {
  let summary = "OpenVINO Interpolate-11";
  let description = [{
    Resizes `data`. `scales_or_sizes` is a 1-D tensor of output sizes
    (integers) or of scales (floats), as `shape_calculation_mode` says;
    `axes` is an optional 1-D integer tensor.
  }] # OV_InterpolateShapeDoc;
  let arguments = !con((ins OV_NumericTensor:$data,
                            OV_NumericTensor:$scales_or_sizes,
                            Optional<OV_IntTensor>:$axes),
                       OV_InterpolateAttrs);
  let results = (outs OV_NumericTensor:$output);
  let assemblyFormat = [{
    $data `,` $scales_or_sizes (`axes` $axes^)? attr-dict `:`
    functional-type(operands, results)
  }];
}

def OV_InterpolateV4Op : OV_InferOp<"interpolate_v4"> {
  let summary = "OpenVINO Interpolate-4";
  let description = [{
    Resizes `data`. Both the output `sizes` (1-D integers) and the `scales`
    (1-D floats) are inputs; `shape_calculation_mode` picks the one that
    defines the output shape. `axes` is an optional 1-D integer tensor.
  }] # OV_InterpolateShapeDoc;
  let arguments = !con((ins OV_NumericTensor:$data, OV_IntTensor:$sizes,
                            OV_FloatTensor:$scales,
                            Optional<OV_IntTensor>:$axes),
                       OV_InterpolateAttrs);
  let results = (outs OV_NumericTensor:$output);
  let assemblyFormat = [{
    $data `,` $sizes `,` $scales (`axes` $axes^)? attr-dict `:`
    functional-type(operands, results)
  }];
}

//===----------------------------------------------------------------------===//
// GridSample
//===----------------------------------------------------------------------===//

def OV_GridSampleOp : OV_InferOp<"grid_sample"> {
  let summary = "OpenVINO GridSample-9";
  let description = [{
    Samples `data` [N, C, H_in, W_in] at the positions of `grid`
    [N, H_out, W_out, 2] (floats; (x, y) pairs normalized to [-1, 1], x
    along W_in), giving [N, C, H_out, W_out] of the data's element type.
    With `align_corners`, -1 and 1 are the centres of the corner pixels,
    otherwise their outer edges. `mode` interpolates (bilinear, bicubic or
    nearest); `padding_mode` says what is read outside the data (zeros,
    the border value, or the value reflected at the border).
  }];
  let arguments = (ins OV_NumericTensor:$data, OV_FloatTensor:$grid,
                       DefaultValuedAttr<BoolAttr, "false">:$align_corners,
                       DefaultValuedAttr<OV_GridSampleModeAttr,
                         "GridSampleMode::bilinear">:$mode,
                       DefaultValuedAttr<OV_GridSamplePaddingModeAttr,
                         "GridSamplePaddingMode::zeros">:$padding_mode);
  let results = (outs OV_NumericTensor:$output);
  let assemblyFormat = [{
    $data `,` $grid attr-dict `:` functional-type(operands, results)
  }];
}

#endif // OVMLIR_DIALECT_OV_IR_OVNNOPS_TD
