//===- FreeBuffersEarly.cpp - Deallocations right after the last use ------===//
//
// Upstream's ownership-based buffer deallocation frees a block's buffers at
// the end of the block: in a model's function every temporary buffer lives
// until the function returns. Each layer then writes into memory no other
// layer used in the same run (ResNet-50: hundreds of MB per inference), so
// its data are never in cache and the runtime's buffer cache cannot hand a
// freed buffer to the next layer. Here each memref.dealloc of a memref.alloc
// moves up to right after the last operation of its block that uses the
// buffer or a view of it. A buffer whose views may escape (returned, yielded,
// passed to a call, or taken by an operation that is not a view but has
// memref results) keeps its deallocation where it is.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Conversion/Passes.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Interfaces/CallInterfaces.h"
#include "mlir/Interfaces/ViewLikeInterface.h"

namespace mlir::ov {
#define GEN_PASS_DEF_FREEBUFFERSEARLY
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;

namespace {

/// The memref results of `user` that alias `value`, its operand: the views
/// it makes. Fails when `user` may let the buffer escape or alias it in a way
/// not known here.
static LogicalResult collectAliasingResults(Operation *user, Value value,
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

/// The last operation of `block` that uses `buffer` or a view of it (the
/// ancestor in `block` of a use in a nested region), ignoring `dealloc`.
/// Null when the buffer has no other use; failure when it may escape.
static FailureOr<Operation *> findLastUse(Value buffer, Block *block,
                                          Operation *dealloc) {
  Operation *last = nullptr;
  SmallVector<Value> worklist = {buffer};
  while (!worklist.empty()) {
    Value value = worklist.pop_back_val();
    for (Operation *user : value.getUsers()) {
      if (user == dealloc)
        continue;
      if (failed(collectAliasingResults(user, value, worklist)))
        return failure();
      Operation *ancestor = block->findAncestorOpInBlock(*user);
      if (!ancestor || ancestor == dealloc)
        return failure();
      if (!last || last->isBeforeInBlock(ancestor))
        last = ancestor;
    }
  }
  return last;
}

struct FreeBuffersEarly : ov::impl::FreeBuffersEarlyBase<FreeBuffersEarly> {
  void runOnOperation() override {
    SmallVector<memref::DeallocOp> deallocs;
    getOperation()->walk(
        [&](memref::DeallocOp dealloc) { deallocs.push_back(dealloc); });
    for (memref::DeallocOp dealloc : deallocs) {
      Value buffer = dealloc.getMemref();
      auto alloc = buffer.getDefiningOp<memref::AllocOp>();
      Block *block = dealloc->getBlock();
      if (!alloc || alloc->getBlock() != block)
        continue;
      FailureOr<Operation *> lastUse = findLastUse(buffer, block, dealloc);
      if (failed(lastUse))
        continue;
      Operation *after = *lastUse ? *lastUse : alloc.getOperation();
      if (after->isBeforeInBlock(dealloc) &&
          after->getNextNode() != dealloc.getOperation()) {
        dealloc->moveAfter(after);
        ++numMoved;
      }
    }
  }
};

} // namespace
