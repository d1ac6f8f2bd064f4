//===- OVShapeOps.td - OV reshaping, concatenation, splitting, tiling, broadcasting, padding, ShapeOf and Range ops ===//

#ifndef OVMLIR_DIALECT_OV_IR_OVSHAPEOPS_TD
#define OVMLIR_DIALECT_OV_IR_OVSHAPEOPS_TD

include "ovmlir/Dialect/OV/IR/OVAttrs.td"

#endif // OVMLIR_DIALECT_OV_IR_OVSHAPEOPS_TD
