//===- OVTypes.td - OV dialect types ---------------------------------------===//

#ifndef OVMLIR_DIALECT_OV_IR_OVTYPES_TD
#define OVMLIR_DIALECT_OV_IR_OVTYPES_TD

include "ovmlir/Dialect/OV/IR/OVBase.td"

// OpenVINO's `string` element type: tensors of variable-length byte strings.
def OV_StringType : TypeDef<OV_Dialect, "String"> {
  let mnemonic = "string";
  let summary = "OpenVINO string element type";
}

#endif // OVMLIR_DIALECT_OV_IR_OVTYPES_TD
