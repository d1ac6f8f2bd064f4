//===- OpSpecs.cpp - How OV dialect ops are spelled in classic IR ---------===//

#include "OpSpecs.h"

#include "ovmlir/Dialect/OV/IR/OVDialect.h"
#include "ovmlir/Frontends/IR/ElementTypes.h"

#include "mlir/AsmParser/AsmParser.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Diagnostics.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/raw_ostream.h"

#include <pugixml.hpp>

#include <sstream>

using namespace mlir;
using namespace mlir::ov;

namespace {
constexpr AttrKind Int = AttrKind::Int, Float = AttrKind::Float,
                   Bool = AttrKind::Bool, IntArray = AttrKind::IntArray,
                   Enum = AttrKind::Enum, EnumUpper = AttrKind::EnumUpper,
                   ElementType = AttrKind::ElementType,
                   String = AttrKind::String,
                   StringArray = AttrKind::StringArray,
                   FloatArray = AttrKind::FloatArray;

// Attribute lists shared by several layer types.
const AttrSpec kAutoBroadcast[] = {
    {"auto_broadcast", "auto_broadcast", Enum, "auto_broadcast", "numpy"}};
const AttrSpec kDivide[] = {
    {"auto_broadcast", "auto_broadcast", Enum, "auto_broadcast", "numpy"},
    {"m_pythondiv", "m_pythondiv", Bool, nullptr, "true"}};
const AttrSpec kConvert[] = {
    {"destination_type", "destination_type", ElementType}};
const AttrSpec kClamp[] = {{"min", "min", Float}, {"max", "max", Float}};
const AttrSpec kElu[] = {{"alpha", "alpha", Float}};
const AttrSpec kRound[] = {
    {"mode", "mode", Enum, "round_mode", "half_to_even"}};
const AttrSpec kGelu7[] = {{"approximation_mode", "approximation_mode",
                            EnumUpper, "gelu_approximation", "ERF"}};
const AttrSpec kVariable[] = {{"variable_id", "variable_id", String}};
const AttrSpec kReadValue6[] = {
    {"variable_id", "variable_id", String},
    {"variable_type", "variable_type", String, nullptr, "dynamic"},
    {"variable_shape", "variable_shape", String, nullptr, "..."}};
const AttrSpec kSpecialZero[] = {{"special_zero", "special_zero", Bool}};
const AttrSpec kAxis[] = {{"axis", "axis", Int}};
const AttrSpec kNumSplits[] = {{"num_splits", "num_splits", Int}};
const AttrSpec kBroadcastMode[] = {
    {"mode", "mode", Enum, "broadcast_mode", "numpy"}};
const AttrSpec kPadMode[] = {{"pad_mode", "pad_mode", Enum, "pad_mode"}};
const AttrSpec kOutputType[] = {
    {"output_type", "output_type", ElementType, nullptr, "i64"}};
const AttrSpec kRequiredOutputType[] = {
    {"output_type", "output_type", ElementType}};
const AttrSpec kSoftmaxAxis[] = {{"axis", "axis", Int, nullptr, "1"}};
const AttrSpec kBatchNorm[] = {{"epsilon", "epsilon", Float}};
const AttrSpec kMVN6[] = {{"eps", "eps", Float},
                          {"normalize_variance", "normalize_variance", Bool},
                          {"eps_mode", "eps_mode", EnumUpper, "mvn_eps_mode"}};
const AttrSpec kNormalizeL2[] = {{"eps", "eps", Float},
                                 {"eps_mode", "eps_mode", Enum, "eps_mode"}};
// Recurrent sequences: the v5 classes visit direction (and GRU's
// linear_before_reset) before RNNCellBase's hidden_size, activations,
// activations_alpha, activations_beta and clip.
const AttrSpec kLSTMSequence5[] = {
    {"direction", "direction", String},
    {"hidden_size", "hidden_size", Int},
    {"activations", "activations", StringArray, nullptr, "sigmoid, tanh, tanh"},
    {"activations_alpha", "activations_alpha", FloatArray, nullptr, ""},
    {"activations_beta", "activations_beta", FloatArray, nullptr, ""},
    {"clip", "clip", Float, nullptr, "0"}};
const AttrSpec kGRUSequence5[] = {
    {"direction", "direction", String},
    {"linear_before_reset", "linear_before_reset", Bool, nullptr, "false"},
    {"hidden_size", "hidden_size", Int},
    {"activations", "activations", StringArray, nullptr, "sigmoid, tanh"},
    {"activations_alpha", "activations_alpha", FloatArray, nullptr, ""},
    {"activations_beta", "activations_beta", FloatArray, nullptr, ""},
    {"clip", "clip", Float, nullptr, "0"}};
const AttrSpec kRNNSequence5[] = {
    {"direction", "direction", String},
    {"hidden_size", "hidden_size", Int},
    {"activations", "activations", StringArray, nullptr, "tanh"},
    {"activations_alpha", "activations_alpha", FloatArray, nullptr, ""},
    {"activations_beta", "activations_beta", FloatArray, nullptr, ""},
    {"clip", "clip", Float, nullptr, "0"}};
const AttrSpec kCausal[] = {{"causal", "causal", Bool, nullptr, "false"}};
// Convolutions and pooling. Attribute orders differ between layer types
// (GroupConvolution visits dilations after the pads, AvgPool kernel first).
constexpr AttrSpec kAutoPad = {"auto_pad", "auto_pad", Enum, "auto_pad",
                               "explicit"};
constexpr AttrSpec kRoundingType = {"rounding_type", "rounding_type", Enum,
                                    "rounding_type", "floor"};
const AttrSpec kConvolution[] = {{"strides", "strides", IntArray},
                                 {"dilations", "dilations", IntArray},
                                 {"pads_begin", "pads_begin", IntArray},
                                 {"pads_end", "pads_end", IntArray},
                                 kAutoPad};
const AttrSpec kGroupConvolution[] = {{"strides", "strides", IntArray},
                                      {"pads_begin", "pads_begin", IntArray},
                                      {"pads_end", "pads_end", IntArray},
                                      {"dilations", "dilations", IntArray},
                                      kAutoPad};
const AttrSpec kConvolutionBackpropData[] = {
    {"strides", "strides", IntArray},
    {"dilations", "dilations", IntArray},
    {"pads_begin", "pads_begin", IntArray},
    {"pads_end", "pads_end", IntArray},
    kAutoPad,
    {"output_padding", "output_padding", IntArray, nullptr, "0*strides"}};
const AttrSpec kMatMul[] = {
    {"transpose_a", "transpose_a", Bool, nullptr, "false"},
    {"transpose_b", "transpose_b", Bool, nullptr, "false"}};
const AttrSpec kMaxPool1[] = {{"strides", "strides", IntArray},
                              {"pads_begin", "pads_begin", IntArray},
                              {"pads_end", "pads_end", IntArray},
                              {"kernel", "kernel", IntArray},
                              kRoundingType,
                              kAutoPad};
const AttrSpec kMaxPool8[] = {
    {"strides", "strides", IntArray},
    {"dilations", "dilations", IntArray, nullptr, "1*kernel"},
    {"pads_begin", "pads_begin", IntArray},
    {"pads_end", "pads_end", IntArray},
    {"kernel", "kernel", IntArray},
    kRoundingType,
    kAutoPad,
    {"index_element_type", "index_element_type", ElementType, nullptr, "i64"},
    {"axis", "axis", Int, nullptr, "0"}};
const AttrSpec kAvgPool[] = {{"kernel", "kernel", IntArray},
                             {"strides", "strides", IntArray},
                             {"pads_begin", "pads_begin", IntArray},
                             {"pads_end", "pads_end", IntArray},
                             {"exclude-pad", "exclude_pad", Bool},
                             kAutoPad,
                             kRoundingType};
const AttrSpec kInterpolate[] = {
    {"mode", "mode", Enum, "interpolate_mode"},
    {"shape_calculation_mode", "shape_calculation_mode", Enum,
     "shape_calc_mode"},
    {"coordinate_transformation_mode", "coordinate_transformation_mode", Enum,
     "coordinate_transform", "half_pixel"},
    {"nearest_mode", "nearest_mode", Enum, "nearest_mode",
     "round_prefer_floor"},
    {"antialias", "antialias", Bool, nullptr, "false"},
    {"pads_begin", "pads_begin", IntArray, nullptr, "0*rank"},
    {"pads_end", "pads_end", IntArray, nullptr, "0*rank"},
    {"cube_coeff", "cube_coeff", Float, nullptr, "-0.75"}};
const AttrSpec kGridSample[] = {
    {"align_corners", "align_corners", Bool, nullptr, "false"},
    {"mode", "mode", Enum, "grid_sample_mode", "bilinear"},
    {"padding_mode", "padding_mode", Enum, "grid_sample_padding_mode",
     "zeros"}};
// Reductions, TopK, NonMaxSuppression.
const AttrSpec kKeepDims[] = {
    {"keep_dims", "keep_dims", Bool, nullptr, "false"}};
const AttrSpec kTopK[] = {
    {"axis", "axis", Int},
    {"mode", "mode", Enum, "topk_mode"},
    {"sort", "sort", Enum, "topk_sort"},
    {"index_element_type", "index_element_type", ElementType, nullptr, "i32"}};
const AttrSpec kTopK11[] = {
    {"axis", "axis", Int},
    {"mode", "mode", Enum, "topk_mode"},
    {"sort", "sort", Enum, "topk_sort"},
    {"index_element_type", "index_element_type", ElementType, nullptr, "i32"},
    {"stable", "stable", Bool, nullptr, "false"}};
const AttrSpec kNonMaxSuppression[] = {
    {"box_encoding", "box_encoding", String, nullptr, "corner"},
    {"sort_result_descending", "sort_result_descending", Bool, nullptr, "true"},
    {"output_type", "output_type", ElementType, nullptr, "i64"}};
// Indexing.
const AttrSpec kBatchDims[] = {{"batch_dims", "batch_dims", Int, nullptr, "0"}};
const AttrSpec kScatterElementsUpdate12[] = {
    {"reduction", "reduction", Enum, "scatter_reduction", "none"},
    {"use_init_val", "use_init_val", Bool, nullptr, "true"}};
const AttrSpec kStridedSlice[] = {
    {"begin_mask", "begin_mask", IntArray},
    {"end_mask", "end_mask", IntArray},
    {"new_axis_mask", "new_axis_mask", IntArray, nullptr, ""},
    {"shrink_axis_mask", "shrink_axis_mask", IntArray, nullptr, ""},
    {"ellipsis_mask", "ellipsis_mask", IntArray, nullptr, ""}};
const AttrSpec kDepthToSpace[] = {
    {"block_size", "block_size", Int, nullptr, "1"},
    {"mode", "mode", Enum, "depth_to_space_mode"}};
const AttrSpec kUnique[] = {
    {"sorted", "sorted", Bool, nullptr, "true"},
    {"index_element_type", "index_element_type", ElementType, nullptr, "i64"},
    {"count_element_type", "count_element_type", ElementType, nullptr, "i64"}};
const AttrSpec kCumSum[] = {{"exclusive", "exclusive", Bool, nullptr, "false"},
                            {"reverse", "reverse", Bool, nullptr, "false"}};

// The table. Several rows for one type are its versions, oldest first.
const OpSpec kOpSpecs[] = {
    // Elementwise binary ops.
    {"Add", 1, "ov.add", kAutoBroadcast},
    {"Subtract", 1, "ov.subtract", kAutoBroadcast},
    {"Multiply", 1, "ov.multiply", kAutoBroadcast},
    {"Divide", 1, "ov.divide", kDivide},
    {"Maximum", 1, "ov.maximum", kAutoBroadcast},
    {"Minimum", 1, "ov.minimum", kAutoBroadcast},
    {"Power", 1, "ov.power", kAutoBroadcast},
    {"SquaredDifference", 1, "ov.squared_difference", kAutoBroadcast},
    {"Equal", 1, "ov.equal", kAutoBroadcast},
    {"NotEqual", 1, "ov.not_equal", kAutoBroadcast},
    {"Less", 1, "ov.less", kAutoBroadcast},
    {"LessEqual", 1, "ov.less_equal", kAutoBroadcast},
    {"Greater", 1, "ov.greater", kAutoBroadcast},
    {"GreaterEqual", 1, "ov.greater_equal", kAutoBroadcast},
    {"LogicalAnd", 1, "ov.logical_and", kAutoBroadcast},
    {"LogicalOr", 1, "ov.logical_or", kAutoBroadcast},
    {"LogicalXor", 1, "ov.logical_xor", kAutoBroadcast},
    {"LogicalNot", 1, "ov.logical_not", {}},
    {"Select", 1, "ov.select", kAutoBroadcast},
    // Unary math and activations.
    {"ReLU", 1, "ov.relu", {}},
    {"Sigmoid", 1, "ov.sigmoid", {}},
    {"Tanh", 1, "ov.tanh", {}},
    {"Exp", 1, "ov.exp", {}},
    {"Log", 1, "ov.log", {}},
    {"Sqrt", 1, "ov.sqrt", {}},
    {"Abs", 1, "ov.abs", {}},
    {"Negative", 1, "ov.negative", {}},
    {"Floor", 1, "ov.floor", {}},
    {"Ceiling", 1, "ov.ceiling", {}},
    {"Erf", 1, "ov.erf", {}},
    {"Sin", 1, "ov.sin", {}},
    {"Cos", 1, "ov.cos", {}},
    {"Tan", 1, "ov.tan", {}},
    {"Asin", 1, "ov.asin", {}},
    {"Acos", 1, "ov.acos", {}},
    {"Atan", 1, "ov.atan", {}},
    {"Sinh", 1, "ov.sinh", {}},
    {"Cosh", 1, "ov.cosh", {}},
    {"Asinh", 3, "ov.asinh", {}},
    {"Acosh", 3, "ov.acosh", {}},
    {"Atanh", 3, "ov.atanh", {}},
    {"Sign", 1, "ov.sign", {}},
    {"HSwish", 4, "ov.hswish", {}},
    {"HSigmoid", 5, "ov.hsigmoid", {}},
    {"Mish", 4, "ov.mish", {}},
    {"SoftPlus", 4, "ov.softplus", {}},
    {"Swish", 4, "ov.swish", {}},
    {"Round", 5, "ov.round", kRound},
    {"Gelu", 2, "ov.gelu", {}},
    {"Gelu", 7, "ov.gelu", kGelu7},
    {"Elu", 1, "ov.elu", kElu},
    {"Clamp", 1, "ov.clamp", kClamp},
    {"PReLU", 1, "ov.prelu", {}},
    {"Convert", 1, "ov.convert", kConvert},
    {"Mod", 1, "ov.mod", kAutoBroadcast},
    {"FloorMod", 1, "ov.floor_mod", kAutoBroadcast},
    // Normalization.
    {"SoftMax", 1, "ov.softmax", kSoftmaxAxis},
    {"SoftMax", 8, "ov.softmax", kSoftmaxAxis},
    {"LogSoftmax", 5, "ov.log_softmax", kSoftmaxAxis},
    {"BatchNormInference", 5, "ov.batch_norm_inference", kBatchNorm},
    {"MVN", 6, "ov.mvn", kMVN6},
    {"NormalizeL2", 1, "ov.normalize_l2", kNormalizeL2},
    {"ScaledDotProductAttention", 13, "ov.scaled_dot_product_attention",
     kCausal, /*extraResults=*/0, /*operandSegments=*/"rrroo"},
    // Recurrent sequences.
    {"LSTMSequence", 5, "ov.lstm_sequence", kLSTMSequence5},
    {"GRUSequence", 5, "ov.gru_sequence", kGRUSequence5},
    {"RNNSequence", 5, "ov.rnn_sequence", kRNNSequence5},
    // Convolutions, pooling, resizing.
    {"Convolution", 1, "ov.convolution", kConvolution},
    {"GroupConvolution", 1, "ov.group_convolution", kGroupConvolution},
    {"ConvolutionBackpropData", 1, "ov.convolution_backprop_data",
     kConvolutionBackpropData},
    {"MatMul", 1, "ov.matmul", kMatMul},
    {"MaxPool", 1, "ov.max_pool", kMaxPool1, /*extraResults=*/1},
    {"MaxPool", 8, "ov.max_pool", kMaxPool8},
    {"MaxPool", 14, "ov.max_pool", kMaxPool8},
    {"AvgPool", 1, "ov.avg_pool", kAvgPool},
    {"AvgPool", 14, "ov.avg_pool", kAvgPool},
    {"Interpolate", 4, "ov.interpolate_v4", kInterpolate},
    {"Interpolate", 11, "ov.interpolate", kInterpolate},
    {"GridSample", 9, "ov.grid_sample", kGridSample},
    // Reductions.
    {"ReduceSum", 1, "ov.reduce_sum", kKeepDims},
    {"ReduceMean", 1, "ov.reduce_mean", kKeepDims},
    {"ReduceMax", 1, "ov.reduce_max", kKeepDims},
    {"ReduceMin", 1, "ov.reduce_min", kKeepDims},
    {"ReduceProd", 1, "ov.reduce_prod", kKeepDims},
    {"ReduceLogicalAnd", 1, "ov.reduce_logical_and", kKeepDims},
    {"ReduceLogicalOr", 1, "ov.reduce_logical_or", kKeepDims},
    {"ReduceL1", 4, "ov.reduce_l1", kKeepDims},
    {"ReduceL2", 4, "ov.reduce_l2", kKeepDims},
    {"TopK", 1, "ov.topk", kTopK},
    {"TopK", 3, "ov.topk", kTopK},
    {"TopK", 11, "ov.topk", kTopK11},
    {"NonMaxSuppression", 5, "ov.non_max_suppression", kNonMaxSuppression,
     /*extraResults=*/0, /*operandSegments=*/"rroooo"},
    {"NonMaxSuppression", 9, "ov.non_max_suppression", kNonMaxSuppression,
     /*extraResults=*/0, /*operandSegments=*/"rroooo"},
    // Indexing.
    {"Gather", 1, "ov.gather", {}},
    {"Gather", 7, "ov.gather", kBatchDims},
    {"Gather", 8, "ov.gather", kBatchDims},
    {"GatherElements", 6, "ov.gather_elements", kAxis},
    {"GatherND", 8, "ov.gather_nd", kBatchDims},
    {"ScatterElementsUpdate", 3, "ov.scatter_elements_update", {}},
    {"ScatterElementsUpdate", 12, "ov.scatter_elements_update",
     kScatterElementsUpdate12},
    {"ScatterNDUpdate", 4, "ov.scatter_nd_update", {}},
    {"StridedSlice", 1, "ov.strided_slice", kStridedSlice},
    {"Slice", 8, "ov.slice", {}},
    {"DepthToSpace", 1, "ov.depth_to_space", kDepthToSpace},
    {"SpaceToDepth", 1, "ov.space_to_depth", kDepthToSpace},
    {"OneHot", 1, "ov.one_hot", kAxis},
    {"NonZero", 3, "ov.non_zero", kOutputType},
    {"CumSum", 3, "ov.cumsum", kCumSum},
    {"Unique", 10, "ov.unique", kUnique},
    // Shapes.
    {"Reshape", 1, "ov.reshape", kSpecialZero},
    {"Transpose", 1, "ov.transpose", {}},
    {"Squeeze", 1, "ov.squeeze", {}},
    {"Unsqueeze", 1, "ov.unsqueeze", {}},
    {"Concat", 1, "ov.concat", kAxis},
    {"Split", 1, "ov.split", kNumSplits},
    {"VariadicSplit", 1, "ov.variadic_split", {}},
    {"Tile", 1, "ov.tile", {}},
    {"Broadcast", 1, "ov.broadcast", kBroadcastMode},
    {"Broadcast", 3, "ov.broadcast", kBroadcastMode},
    {"Pad", 1, "ov.pad", kPadMode},
    {"Pad", 12, "ov.pad", kPadMode},
    {"ShapeOf", 1, "ov.shape_of", {}},
    {"ShapeOf", 3, "ov.shape_of", kOutputType},
    {"Range", 4, "ov.range", kRequiredOutputType},
    // Subgraphs.
    {"If", 8, "ov.if", {}},
    {"Loop", 5, "ov.loop", {}},
    // State.
    {"ReadValue", 3, "ov.read_value", kVariable},
    {"ReadValue", 6, "ov.read_value", kReadValue6},
    {"Assign", 3, "ov.assign", kVariable},
    {"Assign", 6, "ov.assign", kVariable},
};

/// Rows of the table by lowercase type name, oldest version first.
const llvm::StringMap<llvm::SmallVector<const OpSpec *, 2>> &getSpecsByType() {
  static const auto *byType = [] {
    auto *map = new llvm::StringMap<llvm::SmallVector<const OpSpec *, 2>>();
    for (const OpSpec &spec : kOpSpecs)
      (*map)[llvm::StringRef(spec.type).lower()].push_back(&spec);
    return map;
  }();
  return *byType;
}

/// Rows of the table by op name, oldest version first.
const llvm::StringMap<llvm::SmallVector<const OpSpec *, 2>> &getSpecsByOp() {
  static const auto *byOp = [] {
    auto *map = new llvm::StringMap<llvm::SmallVector<const OpSpec *, 2>>();
    for (const OpSpec &spec : kOpSpecs)
      (*map)[spec.opName].push_back(&spec);
    return map;
  }();
  return *byOp;
}
} // namespace

const OpSpec *ov::lookupOpSpecForRead(StringRef type, unsigned opset,
                                      bool &knownType) {
  const auto &byType = getSpecsByType();
  auto it = byType.find(type.lower());
  knownType = it != byType.end();
  if (!knownType)
    return nullptr;
  const OpSpec *best = nullptr;
  for (const OpSpec *spec : it->second)
    if (spec->opset <= opset)
      best = spec;
  return best;
}

SmallVector<unsigned> ov::getKnownOpsets(StringRef type) {
  SmallVector<unsigned> opsets;
  const auto &byType = getSpecsByType();
  auto it = byType.find(type.lower());
  if (it != byType.end())
    for (const OpSpec *spec : it->second)
      opsets.push_back(spec->opset);
  return opsets;
}

const OpSpec *ov::lookupOpSpecForWrite(Operation *op) {
  const auto &byOp = getSpecsByOp();
  auto it = byOp.find(op->getName().getStringRef());
  if (it == byOp.end())
    return nullptr;
  if (auto opset = op->getAttrOfType<IntegerAttr>(OVDialect::kOpsetAttrName))
    for (const OpSpec *spec : it->second)
      if (spec->opset == opset.getInt())
        return spec;
  return it->second.back();
}

Attribute ov::parseAttrText(MLIRContext *context, const AttrSpec &spec,
                            StringRef text, std::string &error) {
  Builder builder(context);
  StringRef trimmed = text.trim();
  switch (spec.kind) {
  case AttrKind::Int: {
    int64_t value;
    if (trimmed.getAsInteger(10, value)) {
      error = "expected an integer";
      return {};
    }
    return builder.getI64IntegerAttr(value);
  }
  case AttrKind::Float: {
    double value;
    if (trimmed.getAsDouble(value)) {
      error = "expected a number";
      return {};
    }
    return builder.getF64FloatAttr(value);
  }
  case AttrKind::Bool: {
    std::string lower = trimmed.lower();
    if (lower == "true" || lower == "1")
      return builder.getBoolAttr(true);
    if (lower == "false" || lower == "0")
      return builder.getBoolAttr(false);
    error = "expected true or false";
    return {};
  }
  case AttrKind::IntArray: {
    SmallVector<int64_t> values;
    SmallVector<StringRef> parts;
    if (!trimmed.empty())
      trimmed.split(parts, ',');
    for (StringRef part : parts) {
      int64_t value;
      if (part.trim().getAsInteger(10, value)) {
        error = "expected a comma-separated list of integers";
        return {};
      }
      values.push_back(value);
    }
    return builder.getDenseI64ArrayAttr(values);
  }
  case AttrKind::Enum:
  case AttrKind::EnumUpper: {
    std::string lower = trimmed.lower();
    bool plainWord = !lower.empty() && llvm::all_of(lower, [](char c) {
      return llvm::isAlnum(c) || c == '_';
    });
    Attribute attr;
    if (plainWord) {
      std::string source =
          "#ov." + std::string(spec.enumMnemonic) + "<" + lower + ">";
      // The parser reports failures through the context's diagnostics;
      // silence them, the caller reports its own message.
      ScopedDiagnosticHandler silence(context,
                                      [](Diagnostic &) { return success(); });
      attr = mlir::parseAttribute(source, context);
    }
    if (!attr)
      error = "unknown value";
    return attr;
  }
  case AttrKind::ElementType: {
    Type type = parseElementTypeName(context, trimmed);
    if (!type) {
      error = "unknown element type";
      return {};
    }
    return TypeAttr::get(type);
  }
  case AttrKind::String:
    return builder.getStringAttr(text);
  case AttrKind::StringArray: {
    SmallVector<StringRef> parts;
    if (!trimmed.empty())
      trimmed.split(parts, ',');
    for (StringRef &part : parts)
      part = part.trim();
    return builder.getStrArrayAttr(parts);
  }
  case AttrKind::FloatArray: {
    SmallVector<float> values;
    SmallVector<StringRef> parts;
    if (!trimmed.empty())
      trimmed.split(parts, ',');
    for (StringRef part : parts) {
      double value;
      if (part.trim().getAsDouble(value)) {
        error = "expected a comma-separated list of numbers";
        return {};
      }
      values.push_back(static_cast<float>(value));
    }
    return builder.getDenseF32ArrayAttr(values);
  }
  }
  llvm_unreachable("unknown attribute kind");
}

/// The text pugixml writes for a double (what OpenVINO's serializer writes).
static std::string printDouble(double value) {
  pugi::xml_document doc;
  pugi::xml_attribute attr = doc.append_child("x").append_attribute("v");
  attr.set_value(value);
  return attr.value();
}

/// A default of the form "<value>*<attr>" or "<value>*rank": `value` once
/// per element of the op's attribute `attr`, or per dimension of its first
/// operand (e.g. MaxPool's dilations "1*kernel": "1, 1" for a 2-D kernel).
static std::string printRepeatedDefault(StringRef text, Operation *op) {
  auto [value, source] = text.split('*');
  int64_t count = 0;
  if (source == "rank") {
    if (auto type = dyn_cast<RankedTensorType>(op->getOperand(0).getType()))
      count = type.getRank();
  } else if (auto array = op->getAttrOfType<DenseI64ArrayAttr>(source)) {
    count = array.size();
  }
  std::string result;
  for (int64_t i = 0; i < count; ++i)
    result += (i ? ", " : "") + value.str();
  return result;
}

std::string ov::printAttrText(const AttrSpec &spec, Attribute value,
                              Operation *op) {
  if (!value) {
    StringRef text = spec.defaultText ? spec.defaultText : "";
    return text.contains('*') && op ? printRepeatedDefault(text, op)
                                    : text.str();
  }
  switch (spec.kind) {
  case AttrKind::Int:
    return std::to_string(cast<IntegerAttr>(value).getInt());
  case AttrKind::Float:
    return printDouble(cast<FloatAttr>(value).getValueAsDouble());
  case AttrKind::Bool:
    return cast<BoolAttr>(value).getValue() ? "true" : "false";
  case AttrKind::IntArray: {
    std::string text;
    for (int64_t v : cast<DenseI64ArrayAttr>(value).asArrayRef()) {
      if (!text.empty())
        text += ", ";
      text += std::to_string(v);
    }
    return text;
  }
  case AttrKind::Enum:
  case AttrKind::EnumUpper: {
    // Printed as `#ov.mnemonic<value>`: keep what is between the brackets.
    std::string printed;
    llvm::raw_string_ostream os(printed);
    value.print(os);
    StringRef inner = StringRef(printed).split('<').second.rsplit('>').first;
    return spec.kind == AttrKind::EnumUpper ? inner.upper() : inner.str();
  }
  case AttrKind::ElementType:
    return getElementTypeName(cast<TypeAttr>(value).getValue());
  case AttrKind::String:
    return cast<StringAttr>(value).str();
  case AttrKind::StringArray: {
    std::string text;
    for (Attribute element : cast<ArrayAttr>(value)) {
      if (!text.empty())
        text += ", ";
      text += cast<StringAttr>(element).str();
    }
    return text;
  }
  case AttrKind::FloatArray: {
    // OpenVINO joins floats through an ostream with its default format.
    std::ostringstream text;
    for (auto [i, v] :
         llvm::enumerate(cast<DenseF32ArrayAttr>(value).asArrayRef()))
      text << (i ? ", " : "") << v;
    return text.str();
  }
  }
  llvm_unreachable("unknown attribute kind");
}
