//===- OVElementwiseOps.td - OV elementwise ops ---------------------------===//
//
// Unary math and activations, binary arithmetic / comparison / logic ops with
// OpenVINO's `auto_broadcast` rule, Select and Convert.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_DIALECT_OV_IR_OVELEMENTWISEOPS_TD
#define OVMLIR_DIALECT_OV_IR_OVELEMENTWISEOPS_TD

include "ovmlir/Dialect/OV/IR/OVAttrs.td"

//===----------------------------------------------------------------------===//
// Unary ops: the result has the operand's type.
//===----------------------------------------------------------------------===//

class OV_UnaryOp<string mnemonic, string ovType, TypeConstraint tensorType,
                 list<Trait> traits = []>
    : OV_Op<mnemonic, !listconcat(traits, [SameOperandsAndResultType])> {
  let summary = "OpenVINO " # ovType;
  let arguments = (ins tensorType:$input);
  let results = (outs tensorType:$output);
  let assemblyFormat = "$input attr-dict `:` type($input)";
}

def OV_ReluOp : OV_UnaryOp<"relu", "Relu-1", OV_NumericTensor>;
def OV_SigmoidOp : OV_UnaryOp<"sigmoid", "Sigmoid-1", OV_FloatTensor>;
def OV_TanhOp : OV_UnaryOp<"tanh", "Tanh-1", OV_NumericTensor>;
def OV_ExpOp : OV_UnaryOp<"exp", "Exp-1", OV_NumericTensor>;
def OV_LogOp : OV_UnaryOp<"log", "Log-1", OV_NumericTensor>;
def OV_SqrtOp : OV_UnaryOp<"sqrt", "Sqrt-1", OV_NumericTensor>;
def OV_AbsOp : OV_UnaryOp<"abs", "Abs-1", OV_NumericTensor>;
def OV_NegativeOp : OV_UnaryOp<"negative", "Negative-1", OV_NumericTensor> {
  let hasFolder = 1; // shape computations negate constant axes
}
def OV_FloorOp : OV_UnaryOp<"floor", "Floor-1", OV_NumericTensor>;
def OV_CeilingOp : OV_UnaryOp<"ceiling", "Ceiling-1", OV_NumericTensor>;
def OV_ErfOp : OV_UnaryOp<"erf", "Erf-1", OV_NumericTensor>;
def OV_SinOp : OV_UnaryOp<"sin", "Sin-1", OV_NumericTensor>;
def OV_CosOp : OV_UnaryOp<"cos", "Cos-1", OV_NumericTensor>;
def OV_TanOp : OV_UnaryOp<"tan", "Tan-1", OV_NumericTensor>;
def OV_AsinOp : OV_UnaryOp<"asin", "Asin-1", OV_NumericTensor>;
def OV_AcosOp : OV_UnaryOp<"acos", "Acos-1", OV_NumericTensor>;
def OV_AtanOp : OV_UnaryOp<"atan", "Atan-1", OV_NumericTensor>;
def OV_SinhOp : OV_UnaryOp<"sinh", "Sinh-1", OV_NumericTensor>;
def OV_CoshOp : OV_UnaryOp<"cosh", "Cosh-1", OV_NumericTensor>;
def OV_AsinhOp : OV_UnaryOp<"asinh", "Asinh-3", OV_NumericTensor>;
def OV_AcoshOp : OV_UnaryOp<"acosh", "Acosh-3", OV_NumericTensor>;
def OV_AtanhOp : OV_UnaryOp<"atanh", "Atanh-3", OV_NumericTensor>;
def OV_SignOp : OV_UnaryOp<"sign", "Sign-1", OV_NumericTensor>;
def OV_HSwishOp : OV_UnaryOp<"hswish", "HSwish-4", OV_FloatTensor>;
def OV_HSigmoidOp : OV_UnaryOp<"hsigmoid", "HSigmoid-5", OV_FloatTensor>;
def OV_MishOp : OV_UnaryOp<"mish", "Mish-4", OV_FloatTensor>;
def OV_SoftPlusOp : OV_UnaryOp<"softplus", "SoftPlus-4", OV_FloatTensor>;
def OV_LogicalNotOp : OV_UnaryOp<"logical_not", "LogicalNot-1", OV_BoolTensor>;

def OV_RoundOp : OV_UnaryOp<"round", "Round-5", OV_NumericTensor> {
  let arguments = (ins OV_NumericTensor:$input,
                       DefaultValuedAttr<OV_RoundModeAttr,
                         "RoundMode::half_to_even">:$mode);
}

def OV_GeluOp : OV_UnaryOp<"gelu", "Gelu-7", OV_FloatTensor> {
  let arguments = (ins OV_FloatTensor:$input,
                       DefaultValuedAttr<OV_GeluApproximationAttr,
                         "GeluApproximation::erf">:$approximation_mode);
}

def OV_EluOp : OV_UnaryOp<"elu", "Elu-1", OV_FloatTensor> {
  let arguments = (ins OV_FloatTensor:$input, F64Attr:$alpha);
}

def OV_ClampOp : OV_UnaryOp<"clamp", "Clamp-1", OV_NumericTensor> {
  let description = [{ Clamps every element to [min, max]. }];
  let arguments = (ins OV_NumericTensor:$input, F64Attr:$min, F64Attr:$max);
  let hasVerifier = 1;
}

def OV_SwishOp : OV_Op<"swish", [AllTypesMatch<["input", "output"]>]> {
  let summary = "OpenVINO Swish-4: x * sigmoid(beta * x), beta = 1 when absent";
  let arguments = (ins OV_FloatTensor:$input, Optional<OV_FloatTensor>:$beta);
  let results = (outs OV_FloatTensor:$output);
  let assemblyFormat = [{
    $input (`beta` $beta^)? attr-dict `:` type($input) (`,` type($beta)^)?
  }];
  let hasVerifier = 1;
}

def OV_PReluOp : OV_Op<"prelu", [AllTypesMatch<["data", "output"]>]> {
  let summary = "OpenVINO PRelu-1: x < 0 ? slope * x : x";
  let description = [{
    `slope` is either broadcastable to `data` (numpy rules) or a 1-D tensor
    whose size equals the channel dimension (dimension 1) of `data`.
  }];
  let arguments = (ins OV_FloatTensor:$data, OV_FloatTensor:$slope);
  let results = (outs OV_FloatTensor:$output);
  let assemblyFormat = "$data `,` $slope attr-dict `:` type($data) `,` type($slope)";
  let hasVerifier = 1;
}

def OV_ConvertOp : OV_InferOp<"convert"> {
  let summary = "OpenVINO Convert-1: element type conversion";
  let description = [{
    Converts every element to `destination_type` (the result's element type),
    with OpenVINO's rules: float to integer truncates towards zero and
    saturates, anything to boolean is `x != 0`.
  }];
  let arguments = (ins OV_Tensor:$input, TypeAttr:$destination_type);
  let results = (outs OV_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` type($input) `to` $destination_type";
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// Binary ops with implicit broadcasting.
//===----------------------------------------------------------------------===//

// `boolResult`: comparisons and logic ops produce i1 whatever the operands.
class OV_BinaryOp<string mnemonic, string ovType, TypeConstraint operandType,
                  TypeConstraint resultType, bit boolResult,
                  list<Trait> traits = []>
    : OV_InferOp<mnemonic, traits> {
  let summary = "OpenVINO " # ovType;
  let description = [{
    Elementwise op; operand shapes combine by `auto_broadcast` (`numpy`
    by default, `none` requires equal shapes, `pdpd` broadcasts the second
    operand into the first).
  }];
  let arguments = (ins operandType:$lhs, operandType:$rhs,
                       DefaultValuedAttr<OV_AutoBroadcastAttr,
                         "AutoBroadcastType::numpy">:$auto_broadcast);
  let results = (outs resultType:$output);
  let assemblyFormat = [{
    $lhs `,` $rhs attr-dict `:` functional-type(operands, results)
  }];
  let extraClassDefinition = [{
    ::llvm::LogicalResult $cppClass::inferReturnTypes(
        ::mlir::MLIRContext *context, std::optional<::mlir::Location> location,
        Adaptor adaptor, ::llvm::SmallVectorImpl<::mlir::Type> &inferred) {
      return inferBinaryElementwiseTypes(location, adaptor.getLhs().getType(),
          adaptor.getRhs().getType(), adaptor.getAutoBroadcast(),
          /*boolResult=*/}] # !if(boolResult, "true", "false") # [{, inferred);
    }
  }];
}

class OV_ArithmeticOp<string mnemonic, string ovType, list<Trait> traits = []>
    : OV_BinaryOp<mnemonic, ovType, OV_NumericTensor, OV_NumericTensor, 0,
                  traits>;
class OV_ComparisonOp<string mnemonic, string ovType>
    : OV_BinaryOp<mnemonic, ovType, OV_Tensor, OV_BoolTensor, 1>;
class OV_LogicalOp<string mnemonic, string ovType>
    : OV_BinaryOp<mnemonic, ovType, OV_BoolTensor, OV_BoolTensor, 1>;

def OV_AddOp : OV_ArithmeticOp<"add", "Add-1", [Commutative]> {
  let hasFolder = 1;
}
def OV_SubtractOp : OV_ArithmeticOp<"subtract", "Subtract-1"> {
  let hasFolder = 1;
}
def OV_MultiplyOp : OV_ArithmeticOp<"multiply", "Multiply-1", [Commutative]> {
  let hasFolder = 1;
}
def OV_DivideOp : OV_ArithmeticOp<"divide", "Divide-1"> {
  // m_pythondiv: integer division rounds towards -inf (true) or zero (false).
  let arguments = (ins OV_NumericTensor:$lhs, OV_NumericTensor:$rhs,
                       DefaultValuedAttr<OV_AutoBroadcastAttr,
                         "AutoBroadcastType::numpy">:$auto_broadcast,
                       DefaultValuedAttr<BoolAttr, "true">:$m_pythondiv);
  let hasFolder = 1;
}
def OV_MaximumOp : OV_ArithmeticOp<"maximum", "Maximum-1", [Commutative]> {
  let hasFolder = 1;
}
def OV_MinimumOp : OV_ArithmeticOp<"minimum", "Minimum-1", [Commutative]> {
  let hasFolder = 1;
}
def OV_PowerOp : OV_ArithmeticOp<"power", "Power-1">;
def OV_SquaredDifferenceOp
    : OV_ArithmeticOp<"squared_difference", "SquaredDifference-1">;

def OV_EqualOp : OV_ComparisonOp<"equal", "Equal-1"> {
  let hasFolder = 1;
}
def OV_NotEqualOp : OV_ComparisonOp<"not_equal", "NotEqual-1">;
def OV_LessOp : OV_ComparisonOp<"less", "Less-1">;
def OV_LessEqualOp : OV_ComparisonOp<"less_equal", "LessEqual-1">;
def OV_GreaterOp : OV_ComparisonOp<"greater", "Greater-1">;
def OV_GreaterEqualOp : OV_ComparisonOp<"greater_equal", "GreaterEqual-1">;

def OV_LogicalAndOp : OV_LogicalOp<"logical_and", "LogicalAnd-1">;
def OV_LogicalOrOp : OV_LogicalOp<"logical_or", "LogicalOr-1">;
def OV_LogicalXorOp : OV_LogicalOp<"logical_xor", "LogicalXor-1">;

def OV_SelectOp : OV_InferOp<"select"> {
  let summary = "OpenVINO Select-1: cond ? then : else, elementwise";
  let description = [{
    The three operands broadcast together by `auto_broadcast` (numpy: all
    three; pdpd: `else` into `then`, then `cond` into the result).
  }];
  let arguments = (ins OV_BoolTensor:$cond, OV_Tensor:$then_value,
                       OV_Tensor:$else_value,
                       DefaultValuedAttr<OV_AutoBroadcastAttr,
                         "AutoBroadcastType::numpy">:$auto_broadcast);
  let results = (outs OV_Tensor:$output);
  let assemblyFormat = [{
    $cond `,` $then_value `,` $else_value attr-dict `:`
    functional-type(operands, results)
  }];
  let hasFolder = 1;
}

#endif // OVMLIR_DIALECT_OV_IR_OVELEMENTWISEOPS_TD
