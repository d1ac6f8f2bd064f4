//===- OVAttrs.td - OV dialect enum attributes ----------------------------===//
//
// Enumerations of OpenVINO's op attributes; the enum case strings are the
// exact spellings of OpenVINO's IR, so the IR codec maps them one to one.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_DIALECT_OV_IR_OVATTRS_TD
#define OVMLIR_DIALECT_OV_IR_OVATTRS_TD

include "ovmlir/Dialect/OV/IR/OVBase.td"
include "mlir/IR/EnumAttr.td"

class OV_EnumAttr<EnumAttrInfo enumInfo, string mnemonic>
    : EnumAttr<OV_Dialect, enumInfo, mnemonic> {
  let assemblyFormat = "`<` $value `>`";
}

// I32EnumAttr with the OV dialect's namespace.
class OV_I32Enum<string name, string summary, list<I32EnumAttrCase> cases>
    : I32EnumAttr<name, summary, cases> {
  let cppNamespace = "::mlir::ov";
  let genSpecializedAttr = 0;
}

def OV_AutoBroadcastEnum : OV_I32Enum<"AutoBroadcastType",
    "implicit broadcast rule of elementwise ops", [
  I32EnumAttrCase<"none", 0>,
  I32EnumAttrCase<"numpy", 1>,
  I32EnumAttrCase<"pdpd", 2>]>;
def OV_AutoBroadcastAttr : OV_EnumAttr<OV_AutoBroadcastEnum, "auto_broadcast">;

def OV_BroadcastModeEnum : OV_I32Enum<"BroadcastMode",
    "broadcast rule of Broadcast-3", [
  I32EnumAttrCase<"numpy", 0>,
  I32EnumAttrCase<"explicit_", 1, "explicit">,
  I32EnumAttrCase<"bidirectional", 2>,
  I32EnumAttrCase<"pdpd", 3>]>;
def OV_BroadcastModeAttr : OV_EnumAttr<OV_BroadcastModeEnum, "broadcast_mode">;

def OV_PadTypeEnum : OV_I32Enum<"PadType",
    "how convolution and pooling compute their padding", [
  I32EnumAttrCase<"explicit_", 0, "explicit">,
  I32EnumAttrCase<"same_upper", 1>,
  I32EnumAttrCase<"same_lower", 2>,
  I32EnumAttrCase<"valid", 3>,
  I32EnumAttrCase<"notset", 4>]>;
def OV_PadTypeAttr : OV_EnumAttr<OV_PadTypeEnum, "auto_pad">;

def OV_RoundingTypeEnum : OV_I32Enum<"RoundingType",
    "rounding of pooling output sizes", [
  I32EnumAttrCase<"floor", 0>,
  I32EnumAttrCase<"ceil", 1>,
  I32EnumAttrCase<"ceil_torch", 2>]>;
def OV_RoundingTypeAttr : OV_EnumAttr<OV_RoundingTypeEnum, "rounding_type">;

def OV_RoundModeEnum : OV_I32Enum<"RoundMode", "rounding mode of Round-5", [
  I32EnumAttrCase<"half_to_even", 0>,
  I32EnumAttrCase<"half_away_from_zero", 1>]>;
def OV_RoundModeAttr : OV_EnumAttr<OV_RoundModeEnum, "round_mode">;

def OV_GeluApproximationEnum : OV_I32Enum<"GeluApproximation",
    "approximation of Gelu-7", [
  I32EnumAttrCase<"erf", 0>,
  I32EnumAttrCase<"tanh", 1>]>;
def OV_GeluApproximationAttr
    : OV_EnumAttr<OV_GeluApproximationEnum, "gelu_approximation">;

def OV_MVNEpsModeEnum : OV_I32Enum<"MVNEpsMode", "where MVN-6 adds eps", [
  I32EnumAttrCase<"inside_sqrt", 0>,
  I32EnumAttrCase<"outside_sqrt", 1>]>;
def OV_MVNEpsModeAttr : OV_EnumAttr<OV_MVNEpsModeEnum, "mvn_eps_mode">;

def OV_EpsModeEnum : OV_I32Enum<"EpsMode", "how NormalizeL2 combines eps", [
  I32EnumAttrCase<"add", 0>,
  I32EnumAttrCase<"max", 1>]>;
def OV_EpsModeAttr : OV_EnumAttr<OV_EpsModeEnum, "eps_mode">;

def OV_PadModeEnum : OV_I32Enum<"PadMode", "fill mode of Pad", [
  I32EnumAttrCase<"constant", 0>,
  I32EnumAttrCase<"edge", 1>,
  I32EnumAttrCase<"reflect", 2>,
  I32EnumAttrCase<"symmetric", 3>]>;
def OV_PadModeAttr : OV_EnumAttr<OV_PadModeEnum, "pad_mode">;

def OV_TopKModeEnum : OV_I32Enum<"TopKMode", "which elements TopK keeps", [
  I32EnumAttrCase<"max", 0>,
  I32EnumAttrCase<"min", 1>]>;
def OV_TopKModeAttr : OV_EnumAttr<OV_TopKModeEnum, "topk_mode">;

def OV_TopKSortEnum : OV_I32Enum<"TopKSortType", "order of TopK's outputs", [
  I32EnumAttrCase<"value", 0>,
  I32EnumAttrCase<"index", 1>,
  I32EnumAttrCase<"none", 2>]>;
def OV_TopKSortAttr : OV_EnumAttr<OV_TopKSortEnum, "topk_sort">;

def OV_DepthToSpaceModeEnum : OV_I32Enum<"DepthToSpaceMode",
    "channel order of DepthToSpace and SpaceToDepth", [
  I32EnumAttrCase<"blocks_first", 0>,
  I32EnumAttrCase<"depth_first", 1>]>;
def OV_DepthToSpaceModeAttr
    : OV_EnumAttr<OV_DepthToSpaceModeEnum, "depth_to_space_mode">;

def OV_ScatterReductionEnum : OV_I32Enum<"ScatterReduction",
    "reduction of ScatterElementsUpdate-12", [
  I32EnumAttrCase<"none", 0>,
  I32EnumAttrCase<"sum", 1>,
  I32EnumAttrCase<"prod", 2>,
  I32EnumAttrCase<"min", 3>,
  I32EnumAttrCase<"max", 4>,
  I32EnumAttrCase<"mean", 5>]>;
def OV_ScatterReductionAttr
    : OV_EnumAttr<OV_ScatterReductionEnum, "scatter_reduction">;

def OV_InterpolateModeEnum : OV_I32Enum<"InterpolateMode",
    "interpolation of Interpolate-11", [
  I32EnumAttrCase<"nearest", 0>,
  I32EnumAttrCase<"linear", 1>,
  I32EnumAttrCase<"linear_onnx", 2>,
  I32EnumAttrCase<"cubic", 3>,
  I32EnumAttrCase<"bilinear_pillow", 4>,
  I32EnumAttrCase<"bicubic_pillow", 5>]>;
def OV_InterpolateModeAttr
    : OV_EnumAttr<OV_InterpolateModeEnum, "interpolate_mode">;

def OV_ShapeCalcModeEnum : OV_I32Enum<"ShapeCalcMode",
    "whether Interpolate's second input holds sizes or scales", [
  I32EnumAttrCase<"sizes", 0>,
  I32EnumAttrCase<"scales", 1>]>;
def OV_ShapeCalcModeAttr : OV_EnumAttr<OV_ShapeCalcModeEnum, "shape_calc_mode">;

def OV_CoordinateTransformEnum : OV_I32Enum<"CoordinateTransformMode",
    "coordinate mapping of Interpolate", [
  I32EnumAttrCase<"half_pixel", 0>,
  I32EnumAttrCase<"pytorch_half_pixel", 1>,
  I32EnumAttrCase<"asymmetric", 2>,
  I32EnumAttrCase<"tf_half_pixel_for_nn", 3>,
  I32EnumAttrCase<"align_corners", 4>]>;
def OV_CoordinateTransformAttr
    : OV_EnumAttr<OV_CoordinateTransformEnum, "coordinate_transform">;

def OV_NearestModeEnum : OV_I32Enum<"NearestMode",
    "rounding of Interpolate's nearest mode", [
  I32EnumAttrCase<"round_prefer_floor", 0>,
  I32EnumAttrCase<"round_prefer_ceil", 1>,
  I32EnumAttrCase<"floor", 2>,
  I32EnumAttrCase<"ceil", 3>,
  I32EnumAttrCase<"simple", 4>]>;
def OV_NearestModeAttr : OV_EnumAttr<OV_NearestModeEnum, "nearest_mode">;

def OV_GridSampleModeEnum : OV_I32Enum<"GridSampleMode",
    "interpolation of GridSample-9", [
  I32EnumAttrCase<"bilinear", 0>,
  I32EnumAttrCase<"bicubic", 1>,
  I32EnumAttrCase<"nearest", 2>]>;
def OV_GridSampleModeAttr
    : OV_EnumAttr<OV_GridSampleModeEnum, "grid_sample_mode">;

def OV_GridSamplePaddingModeEnum : OV_I32Enum<"GridSamplePaddingMode",
    "values GridSample-9 reads outside the data", [
  I32EnumAttrCase<"zeros", 0>,
  I32EnumAttrCase<"border", 1>,
  I32EnumAttrCase<"reflection", 2>]>;
def OV_GridSamplePaddingModeAttr
    : OV_EnumAttr<OV_GridSamplePaddingModeEnum, "grid_sample_padding_mode">;

#endif // OVMLIR_DIALECT_OV_IR_OVATTRS_TD
