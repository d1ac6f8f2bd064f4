//===- OVBase.td - OV dialect definition and op base classes --------------===//
//
// The OV dialect mirrors OpenVINO's opsets: op names, operands, attribute
// names and semantics follow the OpenVINO op specification.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_DIALECT_OV_IR_OVBASE_TD
#define OVMLIR_DIALECT_OV_IR_OVBASE_TD

include "mlir/IR/OpBase.td"
include "mlir/IR/AttrTypeBase.td"
include "mlir/Interfaces/InferTypeOpInterface.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

def OV_Dialect : Dialect {
  let name = "ov";
  let cppNamespace = "::mlir::ov";
  let summary = "Operations of OpenVINO's opsets";
  let description = [{
    A model is a `func.func`: its arguments are the model's Parameters (in
    input order), its results are the model's Results. Layer (friendly) names
    are `NameLoc` locations; tensor names are kept in the `ov.tensor_names`
    attribute (one array of names per result), on func arguments as well.
    Parameter and Result layer names are the `ov.name` argument/result
    attributes. Element types: OpenVINO's `boolean` is `i1`, signed integers
    are signless (`i8`...`i64`), unsigned ones are `ui8`...`ui64`.
  }];
  let useDefaultAttributePrinterParser = 1;
  let useDefaultTypePrinterParser = 1;
  let hasConstantMaterializer = 1;
  let hasOperationAttrVerify = 1;
  let hasRegionArgAttrVerify = 1;
  let hasRegionResultAttrVerify = 1;
  let extraClassDeclaration = [{
    /// Discardable attribute with the tensor names of each result.
    static constexpr ::llvm::StringLiteral kTensorNamesAttrName = "ov.tensor_names";
    /// Argument / result attribute with a Parameter's or Result's layer name.
    static constexpr ::llvm::StringLiteral kNameAttrName = "ov.name";
    /// OpenVINO runtime info of a layer, Parameter, Result or (on the module)
    /// the model: a dictionary keyed by the rt_info attribute names.
    static constexpr ::llvm::StringLiteral kRtInfoAttrName = "ov.rt_info";
    /// The model's legacy <meta_data> section (on the module).
    static constexpr ::llvm::StringLiteral kMetaDataAttrName = "ov.meta_data";
    /// <data> attributes of a layer that its op does not define, kept as
    /// strings so that a round trip through the IR codec loses nothing.
    static constexpr ::llvm::StringLiteral kExtraDataAttrName = "ov.extra_data";
    /// The opset version a layer was read with, when it is not the newest
    /// version of its type (e.g. MaxPool-1 read into ov.max_pool).
    static constexpr ::llvm::StringLiteral kOpsetAttrName = "ov.opset";
    /// On If/Loop ops: per region, the attributes of the body's Parameters
    /// and Results (ov.name, ov.tensor_names, ov.rt_info), as a func keeps
    /// them for its arguments and results.
    static constexpr ::llvm::StringLiteral kRegionArgAttrsName = "ov.region_arg_attrs";
    static constexpr ::llvm::StringLiteral kRegionResultAttrsName = "ov.region_result_attrs";
    /// rt_info of output ports (tensors): on an op, one dictionary per
    /// result; on a func argument, the dictionary of the Parameter's port.
    static constexpr ::llvm::StringLiteral kPortRtInfoAttrName = "ov.port_rt_info";
    /// Interval bounds of dynamic dimensions (`1..10` in IR): on a func or
    /// body argument, `array<i64: lo0, hi0, lo1, hi1, ...>` (hi = -1: no
    /// upper bound); on an op, an array with one such value per result
    /// (empty for a result without intervals). Static dims have lo = hi.
    static constexpr ::llvm::StringLiteral kDimBoundsAttrName = "ov.dim_bounds";
    /// The IR version (10 or 11) a model was read from (on the module).
    static constexpr ::llvm::StringLiteral kIRVersionAttrName = "ov.ir_version";
  }];
}

//===----------------------------------------------------------------------===//
// Type constraints
//===----------------------------------------------------------------------===//

def OV_Tensor : TensorOf<[AnyType]>;
def OV_FloatTensor : TensorOf<[AnyFloat]>;
def OV_IntTensor : TensorOf<[AnyInteger]>;
def OV_BoolTensor : TensorOf<[I1]>;
def OV_NumericTensor : TensorOf<[AnyFloat, AnyInteger]>;

//===----------------------------------------------------------------------===//
// Traits
//===----------------------------------------------------------------------===//

// Result types are inferred by a hand-written
//   static LogicalResult inferReturnTypes(MLIRContext *, std::optional<Location>,
//                                         Adaptor, SmallVectorImpl<Type> &);
// Result types written in the IR may be more static than the inferred ones
// (a frontend or shape inference may know more), but must be compatible.
def OV_InferTypesTrait : NativeOpTrait<"OVInferTypes", [],
  [{
    static ::llvm::LogicalResult inferReturnTypes(
        ::mlir::MLIRContext *context, std::optional<::mlir::Location> location,
        ::mlir::ValueRange operands, ::mlir::DictionaryAttr attributes,
        ::mlir::OpaqueProperties properties, ::mlir::RegionRange regions,
        ::llvm::SmallVectorImpl<::mlir::Type> &inferredReturnTypes);
    static ::llvm::LogicalResult inferReturnTypes(
        ::mlir::MLIRContext *context, std::optional<::mlir::Location> location,
        Adaptor adaptor, ::llvm::SmallVectorImpl<::mlir::Type> &inferredReturnTypes);
    static bool isCompatibleReturnTypes(::mlir::TypeRange inferred,
                                        ::mlir::TypeRange actual) {
      return ::mlir::ov::areCompatibleReturnTypes(inferred, actual);
    }
  }],
  [{
    ::llvm::LogicalResult $cppClass::inferReturnTypes(
        ::mlir::MLIRContext *context, std::optional<::mlir::Location> location,
        ::mlir::ValueRange operands, ::mlir::DictionaryAttr attributes,
        ::mlir::OpaqueProperties properties, ::mlir::RegionRange regions,
        ::llvm::SmallVectorImpl<::mlir::Type> &inferredReturnTypes) {
      $cppClass::Adaptor adaptor(operands, attributes, properties, regions);
      return inferReturnTypes(context, location, adaptor, inferredReturnTypes);
    }
  }]> {
  let cppNamespace = "::mlir::ov::OpTrait";
}

def OV_InferTypes : TraitList<[InferTypeOpInterface, OV_InferTypesTrait]>;

//===----------------------------------------------------------------------===//
// Op base classes
//===----------------------------------------------------------------------===//

class OV_Op<string mnemonic, list<Trait> traits = []>
    : Op<OV_Dialect, mnemonic, !listconcat(traits, [Pure])>;

// An op whose result types come from a hand-written inferReturnTypes.
class OV_InferOp<string mnemonic, list<Trait> traits = []>
    : OV_Op<mnemonic, !listconcat(traits, [OV_InferTypes])>;

#endif // OVMLIR_DIALECT_OV_IR_OVBASE_TD
