//===- OVIndexingOps.td - OV gather/scatter, slicing, depth/space rearrangement, OneHot, NonZero and CumSum ops ===//

#ifndef OVMLIR_DIALECT_OV_IR_OVINDEXINGOPS_TD
#define OVMLIR_DIALECT_OV_IR_OVINDEXINGOPS_TD

include "ovmlir/Dialect/OV/IR/OVAttrs.td"

#endif // OVMLIR_DIALECT_OV_IR_OVINDEXINGOPS_TD
