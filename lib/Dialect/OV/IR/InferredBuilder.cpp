//===- InferredBuilder.cpp - Build OV ops with inferred result types ------===//

#include "ovmlir/Dialect/OV/IR/InferredBuilder.h"

#include "mlir/IR/Verifier.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"

using namespace mlir;

FailureOr<Operation *> ov::createInferred(OpBuilder &builder, Location loc,
                                          StringRef opName, ValueRange operands,
                                          ArrayRef<NamedAttribute> attrs,
                                          unsigned numResults) {
  OperationState state(loc, opName);
  state.addOperands(operands);
  state.addAttributes(attrs);
  // Placeholder result types, replaced by the inferred ones.
  state.addTypes(SmallVector<Type>(numResults, builder.getNoneType()));
  Operation *op = builder.create(state);
  auto fail = [&]() -> FailureOr<Operation *> {
    op->erase();
    return failure();
  };
  auto infer = dyn_cast<InferTypeOpInterface>(op);
  if (!infer) {
    emitError(loc) << "'" << opName << "' cannot infer its result types";
    return fail();
  }
  SmallVector<Type> types;
  if (failed(infer.inferReturnTypes(
          op->getContext(), loc, op->getOperands(), op->getRawDictionaryAttrs(),
          op->getPropertiesStorage(), op->getRegions(), types)))
    return fail();
  if (types.size() != numResults) {
    emitError(loc) << "'" << opName << "' has " << types.size() << " results, "
                   << numResults << " were expected";
    return fail();
  }
  for (auto [result, type] : llvm::zip(op->getResults(), types))
    result.setType(type);
  if (failed(mlir::verify(op)))
    return fail();
  return op;
}
