//===- OVNormalizationOps.td - OV softmax, normalization, attention ops ===//

#ifndef OVMLIR_DIALECT_OV_IR_OVNORMALIZATIONOPS_TD
#define OVMLIR_DIALECT_OV_IR_OVNORMALIZATIONOPS_TD

include "ovmlir/Dialect/OV/IR/OVAttrs.td"

#endif // OVMLIR_DIALECT_OV_IR_OVNORMALIZATIONOPS_TD
