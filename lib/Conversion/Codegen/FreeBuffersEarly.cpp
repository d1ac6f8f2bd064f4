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

#include "BufferUses.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"

namespace mlir::ov {
#define GEN_PASS_DEF_FREEBUFFERSEARLY
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;

namespace {

/// The last operation of `block` that uses `buffer` or a view of it (the
/// ancestor in `block` of a use in a nested region), ignoring `dealloc`.
/// Null when the buffer has no other use; failure when it may escape.
static FailureOr<Operation *> findLastUse(Value buffer, Block *block,
                                          Operation *dealloc) {
  Operation *last = nullptr;
  bool outside = false;
  if (failed(ov::codegen::forEachUseThroughViews(
          buffer,
          [&](Operation *user) {
            if (user == dealloc)
              return;
            Operation *ancestor = block->findAncestorOpInBlock(*user);
            if (!ancestor || ancestor == dealloc) {
              outside = true;
              return;
            }
            if (!last || last->isBeforeInBlock(ancestor))
              last = ancestor;
          })) ||
      outside)
    return failure();
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
