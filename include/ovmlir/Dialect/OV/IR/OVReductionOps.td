//===- OVReductionOps.td - OV reductions over axes ops ---------------------===//
//
// Reduce* over an axes input, TopK and NonMaxSuppression. Shape functions
// live in ReductionShapes.h.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_DIALECT_OV_IR_OVREDUCTIONOPS_TD
#define OVMLIR_DIALECT_OV_IR_OVREDUCTIONOPS_TD

include "ovmlir/Dialect/OV/IR/OVAttrs.td"

//===----------------------------------------------------------------------===//
// Attributes of this family
//===----------------------------------------------------------------------===//

// NonMaxSuppression's box_encoding ("corner" or "center", OpenVINO's
// spellings). A string attribute rather than an EnumAttr: dialect attributes
// are generated and registered from OVAttrs.td only, and this family keeps
// to its own files.
def OV_BoxEncodingAttr : ConfinedAttr<StrAttr, [AttrConstraint<
    CPred<[{::llvm::cast<::mlir::StringAttr>($_self).getValue() == "corner" ||
            ::llvm::cast<::mlir::StringAttr>($_self).getValue() == "center"}]>,
    "whose value is corner or center">]>;

// Index outputs (TopK indices, NonMaxSuppression selected_indices).
def OV_IndexTensor : TensorOf<[I32, I64]>;

//===----------------------------------------------------------------------===//
// Reduce*
//===----------------------------------------------------------------------===//

class OV_ReduceOp<string mnemonic, string ovType, TypeConstraint dataType,
                  bit folds = 0>
    : OV_InferOp<mnemonic> {
  let summary = "OpenVINO " # ovType;
  let description = [{
    Reduces `data` over the dimensions listed in `axes` (a 0-D or 1-D
    integer tensor of unique axes; negative values count from the end).
    Reduced dimensions become 1 with `keep_dims` and are removed without
    it. Empty `axes` reduce nothing (the result equals the input). When
    `axes` is not a constant, the rank is kept under `keep_dims` (every
    dimension not known to be 1 becomes dynamic), drops by one for a single
    axis and is unknown otherwise.
  }];
  let arguments = (ins dataType:$data, OV_IntTensor:$axes,
                       DefaultValuedAttr<BoolAttr, "false">:$keep_dims);
  let results = (outs dataType:$output);
  let assemblyFormat = [{
    $data `,` $axes attr-dict `:` functional-type(operands, results)
  }];
  let hasFolder = folds;
  let extraClassDefinition = [{
    ::llvm::LogicalResult $cppClass::inferReturnTypes(
        ::mlir::MLIRContext *context, std::optional<::mlir::Location> location,
        Adaptor adaptor, ::llvm::SmallVectorImpl<::mlir::Type> &inferred) {
      return inferReduceTypes(location, adaptor.getData(), adaptor.getAxes(),
                              adaptor.getKeepDims(), inferred);
    }
  }];
}

def OV_ReduceSumOp
    : OV_ReduceOp<"reduce_sum", "ReduceSum-1", OV_NumericTensor, 1>;
def OV_ReduceMeanOp
    : OV_ReduceOp<"reduce_mean", "ReduceMean-1", OV_NumericTensor, 1>;
def OV_ReduceMaxOp
    : OV_ReduceOp<"reduce_max", "ReduceMax-1", OV_NumericTensor, 1>;
def OV_ReduceMinOp
    : OV_ReduceOp<"reduce_min", "ReduceMin-1", OV_NumericTensor, 1>;
def OV_ReduceProdOp
    : OV_ReduceOp<"reduce_prod", "ReduceProd-1", OV_NumericTensor, 1>;
def OV_ReduceL1Op : OV_ReduceOp<"reduce_l1", "ReduceL1-4", OV_NumericTensor>;
def OV_ReduceL2Op : OV_ReduceOp<"reduce_l2", "ReduceL2-4", OV_NumericTensor>;
def OV_ReduceLogicalAndOp
    : OV_ReduceOp<"reduce_logical_and", "ReduceLogicalAnd-1", OV_BoolTensor, 1>;
def OV_ReduceLogicalOrOp
    : OV_ReduceOp<"reduce_logical_or", "ReduceLogicalOr-1", OV_BoolTensor, 1>;

//===----------------------------------------------------------------------===//
// TopK
//===----------------------------------------------------------------------===//

def OV_TopKOp : OV_InferOp<"topk"> {
  let summary = "OpenVINO TopK-1/3/11: the k largest or smallest elements";
  let description = [{
    Selects the `k` largest (`mode` max) or smallest (`mode` min) elements
    of every slice of `data` along `axis`, ordered by `sort` (value, index
    or none). `k` is a 0-D integer tensor; both results have the data's
    shape with dimension `axis` replaced by k (dynamic when k is not a
    constant). `indices` has `index_element_type` (i32 or i64; TopK-1 has
    i32). `stable` (TopK-11) keeps equal elements in input order.
  }];
  // The default-valued attributes come before the required ones: ODS would
  // otherwise give the builders a default argument that needs a builder.
  let arguments = (ins OV_NumericTensor:$data, OV_IntTensor:$k,
                       DefaultValuedAttr<TypeAttr,
                         "$_builder.getI32Type()">:$index_element_type,
                       DefaultValuedAttr<BoolAttr, "false">:$stable,
                       I64Attr:$axis, OV_TopKModeAttr:$mode,
                       OV_TopKSortAttr:$sort);
  let results = (outs OV_NumericTensor:$values, OV_IndexTensor:$indices);
  let assemblyFormat = [{
    $data `,` $k attr-dict `:` functional-type(operands, results)
  }];
}

//===----------------------------------------------------------------------===//
// NonMaxSuppression
//===----------------------------------------------------------------------===//

def OV_NonMaxSuppressionOp
    : OV_InferOp<"non_max_suppression", [AttrSizedOperandSegments]> {
  let summary = "OpenVINO NonMaxSuppression-5";
  let description = [{
    Greedy (optionally Soft-)NMS per batch and class. `boxes` is
    [num_batches, num_boxes, 4], `scores` [num_batches, num_classes,
    num_boxes]. The optional scalar (or 1-element 1-D) inputs follow
    OpenVINO's input order: `max_output_boxes_per_class` (integer, default
    0), `iou_threshold`, `score_threshold`, `soft_nms_sigma` (floats,
    default 0); as in OpenVINO, an input needs all the inputs before it.
    `selected_indices` holds [batch, class, box] triplets of `output_type`
    (i64 or i32); `selected_scores` holds [batch, class, score] triplets as
    f32 (OpenVINO's NonMaxSuppression-5 always produces f32 scores);
    `valid_outputs` is the number of selected boxes. The number of selected
    boxes is dynamic (at most min(num_boxes, max_output_boxes_per_class) *
    num_batches * num_classes).
  }];
  // The attributes come before the optional operands: ODS would otherwise
  // give the builders a default output_type argument that needs a builder.
  let arguments = (ins OV_FloatTensor:$boxes, OV_FloatTensor:$scores,
                       DefaultValuedStrAttr<OV_BoxEncodingAttr,
                         "corner">:$box_encoding,
                       DefaultValuedAttr<BoolAttr,
                         "true">:$sort_result_descending,
                       DefaultValuedAttr<TypeAttr,
                         "$_builder.getI64Type()">:$output_type,
                       Optional<OV_IntTensor>:$max_output_boxes_per_class,
                       Optional<OV_FloatTensor>:$iou_threshold,
                       Optional<OV_FloatTensor>:$score_threshold,
                       Optional<OV_FloatTensor>:$soft_nms_sigma);
  let results = (outs OV_IndexTensor:$selected_indices,
                      OV_FloatTensor:$selected_scores,
                      OV_IndexTensor:$valid_outputs);
  let assemblyFormat = [{
    $boxes `,` $scores
    (`max_output_boxes_per_class` $max_output_boxes_per_class^)?
    (`iou_threshold` $iou_threshold^)?
    (`score_threshold` $score_threshold^)?
    (`soft_nms_sigma` $soft_nms_sigma^)?
    attr-dict `:` functional-type(operands, results)
  }];
}

#endif // OVMLIR_DIALECT_OV_IR_OVREDUCTIONOPS_TD
