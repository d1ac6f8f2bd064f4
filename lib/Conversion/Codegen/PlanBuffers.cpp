//===- PlanBuffers.cpp - A function's temporaries in one arena ------------===//
//
// A model's function allocates a buffer per intermediate value and frees it
// after its last use (ov-free-buffers-early). The runtime's allocator keeps
// freed buffers for later requests, but the buffers of a run still add up
// to far more memory than is live at any one time (MobileNetV2: 63 buffers,
// ~40 MB), so a run sweeps through memory beyond the L2 and the L3 caches
// and each layer writes into lines not touched since the previous run
// (MobileNetV2 ran ~20% slower than the sum of its parts run alone).
//
// Here the temporaries of the function's body whose size is static and
// whose allocation and deallocation are both in the body (not in a loop)
// get places in one arena, allocated at the start of the function and freed
// at its end: each buffer is live from its allocation to its deallocation,
// and two buffers share memory only when their live ranges do not overlap.
// Places are given greedily, the largest buffer first, each at the lowest
// offset (aligned to a cache line) free over its live range. The arena is
// about the largest set of buffers live at once, and the memory a layer
// writes was used by a layer shortly before. Buffers that escape (returned,
// yielded, passed to a call) keep their own allocation; buffers only
// allocated and freed are erased.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Conversion/Passes.h"

#include "BufferUses.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"

namespace mlir::ov {
#define GEN_PASS_DEF_PLANBUFFERS
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;

namespace {

/// Alignment of every place in the arena, and of the arena: a cache line.
constexpr int64_t kAlignment = 64;

/// A buffer of the function's body and its live range (positions of its
/// allocation and deallocation in the body).
struct Buffer {
  memref::AllocOp alloc;
  memref::DeallocOp dealloc;
  int64_t begin, end, bytes;
  int64_t offset = 0;

  bool overlapsInTime(const Buffer &other) const {
    return begin <= other.end && other.begin <= end;
  }
};

/// The bytes of a static, identity-layout memref of whole bytes, or
/// nullopt.
std::optional<int64_t> staticBytes(MemRefType type) {
  Type element = type.getElementType();
  if (!type.hasStaticShape() || !type.getLayout().isIdentity() ||
      !element.isIntOrFloat())
    return std::nullopt;
  unsigned bits = element.getIntOrFloatBitWidth();
  if (bits == 0 || bits % 8 != 0)
    return std::nullopt;
  return type.getNumElements() * (bits / 8);
}

/// Gives each buffer the lowest aligned offset that no buffer placed before
/// it occupies during its live range, the largest buffers first. Returns
/// the arena's size.
int64_t placeBuffers(MutableArrayRef<Buffer> buffers) {
  SmallVector<Buffer *> order;
  for (Buffer &buffer : buffers)
    order.push_back(&buffer);
  llvm::sort(order, [](const Buffer *a, const Buffer *b) {
    return std::make_pair(-a->bytes, a->begin) <
           std::make_pair(-b->bytes, b->begin);
  });
  SmallVector<Buffer *> placed;
  int64_t arenaBytes = 0;
  for (Buffer *buffer : order) {
    SmallVector<Buffer *> conflicts;
    for (Buffer *other : placed)
      if (other->overlapsInTime(*buffer))
        conflicts.push_back(other);
    llvm::sort(conflicts, [](const Buffer *a, const Buffer *b) {
      return a->offset < b->offset;
    });
    int64_t offset = 0;
    for (Buffer *other : conflicts) {
      if (offset + buffer->bytes <= other->offset)
        break;
      offset = std::max<int64_t>(
          offset, llvm::alignTo(other->offset + other->bytes, kAlignment));
    }
    buffer->offset = offset;
    arenaBytes = std::max(arenaBytes, offset + buffer->bytes);
    placed.push_back(buffer);
  }
  return static_cast<int64_t>(llvm::alignTo(arenaBytes, kAlignment));
}

struct PlanBuffers : ov::impl::PlanBuffersBase<PlanBuffers> {
  void runOnOperation() override {
    func::FuncOp func = getOperation();
    if (func.isExternal())
      return;
    Block &body = func.getBody().front();
    DenseMap<Operation *, int64_t> positions;
    for (auto [index, op] : llvm::enumerate(body))
      positions[&op] = index;

    SmallVector<Buffer> buffers;
    for (auto alloc :
         llvm::make_early_inc_range(body.getOps<memref::AllocOp>())) {
      std::optional<int64_t> bytes = staticBytes(alloc.getType());
      if (!bytes || (alloc.getAlignment() &&
                     kAlignment % static_cast<int64_t>(*alloc.getAlignment())))
        continue;
      SmallVector<Operation *> users;
      if (failed(ov::codegen::forEachUseThroughViews(
              alloc.getResult(),
              [&](Operation *user) { users.push_back(user); })))
        continue;
      SmallVector<memref::DeallocOp> deallocs;
      bool touched = false;
      for (Operation *user : users) {
        if (auto dealloc = dyn_cast<memref::DeallocOp>(user))
          deallocs.push_back(dealloc);
        else if (!isa<ViewLikeOpInterface>(user))
          touched = true;
      }
      if (deallocs.size() != 1 || deallocs.front()->getBlock() != &body)
        continue;
      if (!touched) {
        // Allocated and freed, never read or written: views first.
        for (Operation *user : llvm::reverse(users))
          if (!isa<memref::DeallocOp>(user))
            user->erase();
        deallocs.front()->erase();
        alloc->erase();
        ++numErased;
        continue;
      }
      buffers.push_back({alloc, deallocs.front(), positions[alloc],
                         positions[deallocs.front()], *bytes});
    }
    if (buffers.empty())
      return;

    int64_t arenaBytes = placeBuffers(buffers);
    OpBuilder builder(&body, body.begin());
    Location loc = func.getLoc();
    auto arenaType = MemRefType::get({arenaBytes}, builder.getI8Type());
    Value arena = memref::AllocOp::create(
        builder, loc, arenaType, builder.getI64IntegerAttr(kAlignment));
    for (Buffer &buffer : buffers) {
      builder.setInsertionPoint(buffer.alloc);
      Value offset = arith::ConstantIndexOp::create(
          builder, buffer.alloc.getLoc(), buffer.offset);
      Value view = memref::ViewOp::create(builder, buffer.alloc.getLoc(),
                                          buffer.alloc.getType(), arena, offset,
                                          ValueRange{});
      buffer.alloc.replaceAllUsesWith(view);
      buffer.alloc->erase();
      buffer.dealloc->erase();
    }
    builder.setInsertionPoint(body.getTerminator());
    memref::DeallocOp::create(builder, loc, arena);
    numPlanned += buffers.size();
    arenaSize = std::max<uint64_t>(arenaSize, arenaBytes);
  }
};

} // namespace
