//===- BufferUses.cpp - The uses of a buffer and of its views -------------===//

#include "BufferUses.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Interfaces/CallInterfaces.h"
#include "mlir/Interfaces/ViewLikeInterface.h"

namespace mlir::ov::codegen {
namespace {

/// The memref results of `user` that alias `value`, its operand: the views
/// it makes. Fails when `user` may let the buffer escape or alias it in a way
/// not known here.
LogicalResult collectAliasingResults(Operation *user, Value value,
                                     SmallVectorImpl<Value> &aliases) {
  if (user->hasTrait<OpTrait::IsTerminator>() || isa<CallOpInterface>(user))
    return failure();
  if (auto metadata = dyn_cast<memref::ExtractStridedMetadataOp>(user)) {
    aliases.push_back(metadata.getBaseBuffer());
    return success();
  }
  auto view = dyn_cast<ViewLikeOpInterface>(user);
  bool isViewOfValue = view && view.getViewSource() == value;
  for (Value result : user->getResults()) {
    if (!isa<BaseMemRefType>(result.getType()))
      continue;
    if (!isViewOfValue)
      return failure();
    aliases.push_back(result);
  }
  return success();
}

} // namespace

LogicalResult forEachUseThroughViews(Value buffer,
                                     function_ref<void(Operation *)> visit) {
  SmallVector<Value> worklist = {buffer};
  while (!worklist.empty()) {
    Value value = worklist.pop_back_val();
    for (Operation *user : value.getUsers()) {
      if (failed(collectAliasingResults(user, value, worklist)))
        return failure();
      visit(user);
    }
  }
  return success();
}

} // namespace mlir::ov::codegen
