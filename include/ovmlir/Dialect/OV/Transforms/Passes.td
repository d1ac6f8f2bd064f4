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

def OVCompressFP16 : Pass<"ov-compress-fp16", "func::FuncOp"> {
  let summary = "Store float weights in f16, as OpenVINO's compress_to_fp16";
  let description = [{
    Rewrites each f32 constant as an f16 constant named `<name>_compressed`
    followed by a Convert back to f32 that keeps the constant's name and
    tensor names and carries the `decompression` rt_info, as OpenVINO's
    `save_model`/`ovc` do by default. Values beyond the f16 range clamp to
    +-65504; a constant with at least 75% of its values outside the f16 range
    (too large, or too small to be non-zero) stays f32.

    Constants on shape paths stay f32: the pass first walks up from the
    precision-sensitive inputs (Reshape's shape, Interpolate's sizes and
    scales, StridedSlice's begin/end/strides, Broadcast's target shape,
    Pad's pads, TopK's k, OneHot's depth, ConvolutionBackpropData's output
    shape) to the ShapeOf ops that start them, and marks every constant it
    reaches with the `precise` rt_info, as OpenVINO does.
  }];
  let dependentDialects = ["::mlir::ov::OVDialect"];
}

def OVEditModel : Pass<"ov-edit-model", "func::FuncOp"> {
  let summary = "Set input shapes and cut the model at tensors (ovc --input/--output)";
  let description = [{
    `inputs` is a comma-separated list of `name[d0,d1,...]{type}` entries
    (dimensions: a number, `?`/`-1`, or a range `lo..hi`; shape and type
    optional). A name of a Parameter reshapes or retypes it; a name of an
    inner tensor (or `node:N`, output N of a node; or `N:node`, input N of a
    node) replaces that tensor by a new Parameter of that name. `outputs`
    lists the tensors (same forms) that become the model's Results, in
    order. What is no longer needed is removed, shapes are inferred again.
    Unknown names are errors that suggest the nearest tensor names.
  }];
  let options = [
    Option<"inputsOption", "inputs", "std::string", /*default=*/"\"\"",
           "Inputs: name[shape]{type},...">,
    Option<"outputsOption", "outputs", "std::string", /*default=*/"\"\"",
           "Outputs: tensor names, node:port or port:node, comma-separated">
  ];
  let dependentDialects = ["::mlir::ov::OVDialect"];
}

def OVPreprocess : Pass<"ov-preprocess", "func::FuncOp"> {
  let summary = "Embed input preprocessing (mean, scale, reverse channels, layout)";
  let description = [{
    Inserts after each Parameter, in OpenVINO's order: a Transpose from
    `target_layout` (what the user feeds) to the model's layout, a Gather
    reversing the channels, a Subtract of `mean_values`, a Divide by
    `scale_values`; the Parameter's layout is recorded in its rt_info.
    Values and layouts are given for every input (`[123,117,104]`, `nchw`)
    or per input (`data[123,117,104]`, `data(nchw)`), comma-separated. The
    channel dimension is the layout's C, else dimension 1.
  }];
  let options = [
    Option<"meanValues", "mean_values", "std::string", /*default=*/"\"\"",
           "Mean values to subtract, per channel">,
    Option<"scaleValues", "scale_values", "std::string", /*default=*/"\"\"",
           "Values to divide by, per channel">,
    Option<"reverseInputChannels", "reverse_input_channels", "bool",
           /*default=*/"false", "Reverse the channel order (RGB <-> BGR)">,
    Option<"layout", "layout", "std::string", /*default=*/"\"\"",
           "The inputs' layouts (as --source_layout)">,
    Option<"sourceLayout", "source_layout", "std::string",
           /*default=*/"\"\"", "The layouts the model expects">,
    Option<"targetLayout", "target_layout", "std::string",
           /*default=*/"\"\"", "The layouts the user feeds">
  ];
  let dependentDialects = ["::mlir::ov::OVDialect"];
}

def OVSimplify : Pass<"ov-simplify", "func::FuncOp"> {
  let summary = "Infer shapes and fold constants until nothing changes";
  let description = [{
    Alternates shape inference (as ov-infer-shapes) with the dialect's
    folders and canonicalization patterns until the model stops changing:
    a ShapeOf of a now static tensor folds to a constant, the Gather/Concat
    chain on it folds, the Reshape it feeds gets a static result, and so on.
    Folding is bounded per op (large constants are not materialized) and
    dead ops are removed.
  }];
  let options = [
    Option<"maxIterations", "max-iterations", "unsigned", /*default=*/"100",
           "Give up (successfully) after this many rounds">
  ];
  let dependentDialects = ["::mlir::ov::OVDialect"];
}

def OVFuse : Pass<"ov-fuse", "func::FuncOp"> {
  let summary = "Fold constant scales and shifts into weights (exact fusions)";
  let description = [{
    Fusions OpenVINO's model preparation also does, on constant weights
    only, changing results by float rounding at most:
    - BatchNormInference after a Convolution / GroupConvolution (optionally
      with a per-channel bias Add in between) with a constant filter and
      constant statistics: the filter is scaled per output channel by
      gamma / sqrt(variance + epsilon), the rest becomes a [1, C, 1, ...]
      bias Add.
    - Multiply by a per-output-channel (or scalar) constant after a
      Convolution / GroupConvolution / MatMul with constant weights: folded
      into the weights.
    - Add(Add(x, c1), c2) -> Add(x, c1 + c2), and Multiply likewise.
    The producer must have no other users. The op that now computes a
    replaced result takes that result's location and tensor names.
  }];
  let dependentDialects = ["::mlir::ov::OVDialect"];
}

#endif // OVMLIR_DIALECT_OV_TRANSFORMS_PASSES_TD
