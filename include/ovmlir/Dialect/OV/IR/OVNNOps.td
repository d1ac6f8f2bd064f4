//===- OVNNOps.td - OV convolution, pooling, matmul, normalization, softmax, interpolation, attention and TopK ops ===//

#ifndef OVMLIR_DIALECT_OV_IR_OVNNOPS_TD
#define OVMLIR_DIALECT_OV_IR_OVNNOPS_TD

include "ovmlir/Dialect/OV/IR/OVAttrs.td"

#endif // OVMLIR_DIALECT_OV_IR_OVNNOPS_TD
