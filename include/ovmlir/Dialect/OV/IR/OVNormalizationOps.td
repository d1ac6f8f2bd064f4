//===- OVNormalizationOps.td - OV softmax, normalization, attention ops ===//
//
// Softmax, LogSoftmax, BatchNormInference, MVN, NormalizeL2,
// ScaledDotProductAttention, and the remainder ops Mod and FloorMod. Shape
// functions are in NormalizationShapes.h.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_DIALECT_OV_IR_OVNORMALIZATIONOPS_TD
#define OVMLIR_DIALECT_OV_IR_OVNORMALIZATIONOPS_TD

include "ovmlir/Dialect/OV/IR/OVAttrs.td"

//===----------------------------------------------------------------------===//
// Softmax and LogSoftmax
//===----------------------------------------------------------------------===//

def OV_SoftmaxOp : OV_InferOp<"softmax"> {
  let summary = "OpenVINO Softmax-8 (and SoftMax-1)";
  let description = [{
    exp(x) / sum(exp(x)) along `axis`. A negative `axis` counts from the
    end (Softmax-8; SoftMax-1 only allows non-negative axes).
  }];
  let arguments = (ins OV_FloatTensor:$input,
                       DefaultValuedAttr<I64Attr, "1">:$axis);
  let results = (outs OV_FloatTensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
}

def OV_LogSoftmaxOp : OV_InferOp<"log_softmax"> {
  let summary = "OpenVINO LogSoftmax-5";
  let description = [{
    log(softmax(x)) along `axis` (negative values count from the end).
  }];
  let arguments = (ins OV_FloatTensor:$input,
                       DefaultValuedAttr<I64Attr, "1">:$axis);
  let results = (outs OV_FloatTensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
}

//===----------------------------------------------------------------------===//
// Normalizations
//===----------------------------------------------------------------------===//

def OV_BatchNormInferenceOp : OV_InferOp<"batch_norm_inference"> {
  let summary = "OpenVINO BatchNormInference-5";
  let description = [{
    gamma * (data - mean) / sqrt(variance + epsilon) + beta, per channel.
    `data` is [N, C, ...]; `gamma`, `beta`, `mean` and `variance` are 1-D
    tensors of C elements (operand order of version 5).
  }];
  let arguments = (ins OV_FloatTensor:$data, OV_FloatTensor:$gamma,
                       OV_FloatTensor:$beta, OV_FloatTensor:$mean,
                       OV_FloatTensor:$variance, F64Attr:$epsilon);
  let results = (outs OV_FloatTensor:$output);
  let assemblyFormat = [{
    $data `,` $gamma `,` $beta `,` $mean `,` $variance attr-dict `:`
    functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

def OV_MVNOp : OV_InferOp<"mvn"> {
  let summary = "OpenVINO MVN-6";
  let description = [{
    Mean-variance normalization over the dimensions listed in `axes` (a
    1-D integer tensor, negative values count from the end): subtracts the
    mean, and when `normalize_variance` divides by the standard deviation,
    adding `eps` inside or outside the square root (`eps_mode`).
  }];
  let arguments = (ins OV_FloatTensor:$data, OV_IntTensor:$axes,
                       BoolAttr:$normalize_variance, F64Attr:$eps,
                       OV_MVNEpsModeAttr:$eps_mode);
  let results = (outs OV_FloatTensor:$output);
  let assemblyFormat = [{
    $data `,` $axes attr-dict `:` functional-type(operands, results)
  }];
}

def OV_NormalizeL2Op : OV_InferOp<"normalize_l2"> {
  let summary = "OpenVINO NormalizeL2-1";
  let description = [{
    x / sqrt(eps_mode(sum(x^2), eps)) with the sum over `axes` (a scalar or
    1-D integer tensor; negative values count from the end); `eps_mode`
    adds eps or takes the maximum with it.
  }];
  let arguments = (ins OV_FloatTensor:$data, OV_IntTensor:$axes, F64Attr:$eps,
                       OV_EpsModeAttr:$eps_mode);
  let results = (outs OV_FloatTensor:$output);
  let assemblyFormat = [{
    $data `,` $axes attr-dict `:` functional-type(operands, results)
  }];
}

//===----------------------------------------------------------------------===//
// Attention
//===----------------------------------------------------------------------===//

def OV_ScaledDotProductAttentionOp
    : OV_InferOp<"scaled_dot_product_attention", [AttrSizedOperandSegments]> {
  let summary = "OpenVINO ScaledDotProductAttention-13";
  let description = [{
    softmax(query * key^T * scale + mask) * value with query [..., L, E],
    key [..., S, E], value [..., S, Ev] and result [..., L, Ev]; the leading
    (batch) dimensions broadcast (numpy). `attention_mask` is boolean
    (false masks out) or of the query's element type, broadcastable to
    [..., L, S]; `scale` defaults to 1 / sqrt(E). `causal` applies a lower
    triangular mask instead of `attention_mask`.
  }];
  let arguments = (ins OV_FloatTensor:$query, OV_FloatTensor:$key,
                       OV_FloatTensor:$value,
                       Optional<OV_Tensor>:$attention_mask,
                       Optional<OV_FloatTensor>:$scale,
                       DefaultValuedAttr<BoolAttr, "false">:$causal);
  let results = (outs OV_FloatTensor:$output);
  let assemblyFormat = [{
    $query `,` $key `,` $value (`mask` $attention_mask^)? (`scale` $scale^)?
    attr-dict `:` functional-type(operands, results)
  }];
}

//===----------------------------------------------------------------------===//
// Remainder ops (binary elementwise, like OV_BinaryOp in
// OVElementwiseOps.td)
//===----------------------------------------------------------------------===//

class OV_RemainderOp<string mnemonic, string ovType, string rule>
    : OV_InferOp<mnemonic> {
  let summary = "OpenVINO " # ovType;
  let description = "Elementwise remainder of `lhs / rhs`; " # rule # [{.
    Operand shapes combine by `auto_broadcast` (`numpy` by default, `none`
    requires equal shapes, `pdpd` broadcasts the second operand into the
    first).
  }];
  let arguments = (ins OV_NumericTensor:$lhs, OV_NumericTensor:$rhs,
                       DefaultValuedAttr<OV_AutoBroadcastAttr,
                         "AutoBroadcastType::numpy">:$auto_broadcast);
  let results = (outs OV_NumericTensor:$output);
  let assemblyFormat = [{
    $lhs `,` $rhs attr-dict `:` functional-type(operands, results)
  }];
  let extraClassDefinition = [{
    ::llvm::LogicalResult $cppClass::inferReturnTypes(
        ::mlir::MLIRContext *context, std::optional<::mlir::Location> location,
        Adaptor adaptor, ::llvm::SmallVectorImpl<::mlir::Type> &inferred) {
      return inferBinaryElementwiseTypes(location, adaptor.getLhs().getType(),
          adaptor.getRhs().getType(), adaptor.getAutoBroadcast(),
          /*boolResult=*/false, inferred);
    }
  }];
  let hasFolder = 1;
}

def OV_ModOp : OV_RemainderOp<"mod", "Mod-1",
    "truncated division: the result has the sign of the dividend">;
def OV_FloorModOp : OV_RemainderOp<"floor_mod", "FloorMod-1",
    "floored division: the result has the sign of the divisor">;

#endif // OVMLIR_DIALECT_OV_IR_OVNORMALIZATIONOPS_TD
