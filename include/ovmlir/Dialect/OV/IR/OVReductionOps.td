//===- OVReductionOps.td - OV reductions over axes ops ===//

#ifndef OVMLIR_DIALECT_OV_IR_OVREDUCTIONOPS_TD
#define OVMLIR_DIALECT_OV_IR_OVREDUCTIONOPS_TD

include "ovmlir/Dialect/OV/IR/OVAttrs.td"

#endif // OVMLIR_DIALECT_OV_IR_OVREDUCTIONOPS_TD
