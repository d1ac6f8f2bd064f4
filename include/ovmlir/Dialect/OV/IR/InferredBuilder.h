//===- InferredBuilder.h - Build OV ops with inferred result types -*- C++
//-*-===//
//
// ODS's type-inferring builders run inferReturnTypes before the op exists,
// when default-valued attributes are still unset (their getters assume
// them), so they cannot be used for OV ops. This builds the op first (with
// its defaults) and infers its result types afterwards.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_DIALECT_OV_IR_INFERREDBUILDER_H
#define OVMLIR_DIALECT_OV_IR_INFERREDBUILDER_H

#include "mlir/IR/Builders.h"

namespace mlir::ov {

/// Creates op `opName` with `operands` and `attrs` at the builder's
/// insertion point, gives its `numResults` results their inferred types and
/// verifies it. On failure the op is erased (the reasons were emitted as
/// diagnostics at `loc`) and failure is returned.
FailureOr<Operation *> createInferred(OpBuilder &builder, Location loc,
                                      StringRef opName, ValueRange operands,
                                      ArrayRef<NamedAttribute> attrs = {},
                                      unsigned numResults = 1);

/// The same for an ODS op class with one result.
template <typename OpTy>
FailureOr<Value> createInferred(OpBuilder &builder, Location loc,
                                ValueRange operands,
                                ArrayRef<NamedAttribute> attrs = {}) {
  FailureOr<Operation *> op = createInferred(
      builder, loc, OpTy::getOperationName(), operands, attrs, 1);
  if (failed(op))
    return failure();
  return (*op)->getResult(0);
}

} // namespace mlir::ov

#endif // OVMLIR_DIALECT_OV_IR_INFERREDBUILDER_H
