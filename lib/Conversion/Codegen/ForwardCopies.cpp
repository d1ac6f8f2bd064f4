//===- ForwardCopies.cpp - Ops write into a copy's destination ------------===//
//
// One-shot bufferization gives an op with several results that are each
// inserted into a slice of one tensor (ov-winograd-convolutions' transforms:
// 16 points of V, the 4 phases of the output) a buffer of its own for all
// but one of them, copied into the slice afterwards (and, where the op reads
// the slice's values, copied from it before): its analysis does not see
// that the slices are disjoint. Here such a temporary buffer is replaced by
// the slice itself, and the copies go:
//
//   %t = memref.alloc                     %d = memref.subview %root[...]
//   W outs(%t)  (%t written only)    ->   W outs(%d)
//   %d = memref.subview %root[...]
//   memref.copy %t, %d
//
//   %t = memref.alloc
//   memref.copy %s, %t                    W outs(%s)
//   W outs(%t)                       ->
//   memref.copy %t, %s
//
// when nothing between W (the copy in) and the copy out touches the
// slice's buffer other than through slices of it that are provably
// disjoint from this one.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Conversion/Passes.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Interfaces/ViewLikeInterface.h"

namespace mlir::ov {
#define GEN_PASS_DEF_FORWARDCOPIES
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;

namespace {

/// The buffer that `value` is a view of (through view-like ops).
Value rootOf(Value value) {
  while (auto view = value.getDefiningOp<ViewLikeOpInterface>())
    value = view.getViewSource();
  return value;
}

/// Whether the elements `offset + stride * i` (i < size) of two static
/// slices of one dimension have none in common.
bool disjointAlong(int64_t offset, int64_t size, int64_t stride,
                   int64_t otherOffset, int64_t otherSize,
                   int64_t otherStride) {
  if (offset + stride * (size - 1) < otherOffset ||
      otherOffset + otherStride * (otherSize - 1) < offset)
    return true;
  return stride == otherStride && (offset - otherOffset) % stride != 0;
}

/// `value`'s subview when it is one with static offsets, sizes and strides.
memref::SubViewOp staticSubview(Value value) {
  auto subview = value.getDefiningOp<memref::SubViewOp>();
  if (!subview || !subview.getOffsets().empty() ||
      !subview.getSizes().empty() || !subview.getStrides().empty())
    return {};
  return subview;
}

/// Whether `a` and `b` are static subviews of the same buffer that share
/// no element (along some dimension, their slices have none in common).
bool provablyDisjoint(Value a, Value b) {
  memref::SubViewOp first = staticSubview(a), second = staticSubview(b);
  if (!first || !second || first.getSource() != second.getSource())
    return false;
  for (unsigned d = 0, e = first.getStaticOffsets().size(); d < e; ++d)
    if (disjointAlong(first.getStaticOffsets()[d], first.getStaticSizes()[d],
                      first.getStaticStrides()[d], second.getStaticOffsets()[d],
                      second.getStaticSizes()[d], second.getStaticStrides()[d]))
      return true;
  return false;
}

/// Whether the same elements: the same value or equal static subviews of
/// the same buffer.
bool sameSlice(Value a, Value b) {
  if (a == b)
    return true;
  memref::SubViewOp first = staticSubview(a), second = staticSubview(b);
  return first && second && first.getSource() == second.getSource() &&
         first.getType() == second.getType() &&
         first.getStaticOffsets() == second.getStaticOffsets() &&
         first.getStaticSizes() == second.getStaticSizes() &&
         first.getStaticStrides() == second.getStaticStrides();
}

/// Whether `op` (and the ops nested in it, which may use the buffer
/// without taking it as an operand of `op`) touches the buffer of `slice`
/// only through views of it provably disjoint from `slice` (views
/// themselves touch nothing). `ignored` is an operand not to look at.
bool touchesOnlyDisjoint(Operation *op, Value slice, Value ignored = {}) {
  Value root = rootOf(slice);
  WalkResult result = op->walk([&](Operation *inner) {
    for (Value operand : inner->getOperands()) {
      if (operand == ignored || !isa<MemRefType>(operand.getType()) ||
          rootOf(operand) != root)
        continue;
      if (isa<ViewLikeOpInterface>(inner) || provablyDisjoint(operand, slice))
        continue;
      return WalkResult::interrupt();
    }
    return WalkResult::advance();
  });
  return !result.wasInterrupted();
}

/// Whether every operation strictly between `from` and `to` (one block)
/// but `skip` touches `slice`'s buffer only through disjoint views.
bool untouchedBetween(Operation *from, Operation *to, Value slice,
                      Operation *skip = nullptr) {
  for (Operation *op = from->getNextNode(); op != to; op = op->getNextNode())
    if (op != skip && !touchesOnlyDisjoint(op, slice))
      return false;
  return true;
}

/// `value` available before `point`: its chain of static subviews cloned
/// there when it is made after it. Null when it cannot be.
Value availableBefore(Value value, Operation *point, OpBuilder &builder) {
  Operation *producer = value.getDefiningOp();
  if (!producer || producer->getBlock() != point->getBlock() ||
      producer->isBeforeInBlock(point))
    return value;
  memref::SubViewOp subview = staticSubview(value);
  if (!subview)
    return nullptr;
  Value source = availableBefore(subview.getSource(), point, builder);
  if (!source)
    return nullptr;
  builder.setInsertionPoint(point);
  auto clone = cast<memref::SubViewOp>(builder.clone(*subview));
  clone.getSourceMutable().assign(source);
  return clone.getResult();
}

/// The linalg op that takes `buffer` as an init operand, and that operand,
/// when it is the buffer's one user but the `known` ones (in its block).
std::pair<linalg::LinalgOp, OpOperand *> writerOf(Value buffer,
                                                  ArrayRef<Operation *> known) {
  linalg::LinalgOp writer;
  OpOperand *init = nullptr;
  for (OpOperand &use : buffer.getUses()) {
    if (llvm::is_contained(known, use.getOwner()))
      continue;
    auto op = dyn_cast<linalg::LinalgOp>(use.getOwner());
    if (!op || writer || !op.isDpsInit(&use) ||
        op->getBlock() != known.front()->getBlock())
      return {};
    writer = op;
    init = &use;
  }
  return {writer, init};
}

/// The first form: a buffer only written by `writer`, then copied out.
bool forwardWritten(memref::CopyOp copy, OpBuilder &builder) {
  Value temporary = copy.getSource();
  auto alloc = temporary.getDefiningOp<memref::AllocOp>();
  if (!alloc || alloc->getBlock() != copy->getBlock())
    return false;
  auto [writer, init] = writerOf(temporary, {copy});
  if (!writer || !writer->isBeforeInBlock(copy) ||
      writer.payloadUsesValueFromOperand(init))
    return false;
  Value slice = copy.getTarget();
  if (!touchesOnlyDisjoint(writer, slice, temporary) ||
      !untouchedBetween(writer, copy, slice))
    return false;
  Value destination = availableBefore(slice, writer, builder);
  if (!destination)
    return false;
  init->set(destination);
  copy.erase();
  alloc.erase();
  return true;
}

/// The second form: a buffer copied in from a slice, read and written by
/// `writer`, and copied back to the same slice.
bool forwardReadWritten(memref::CopyOp copyOut) {
  Value temporary = copyOut.getSource();
  auto alloc = temporary.getDefiningOp<memref::AllocOp>();
  if (!alloc || alloc->getBlock() != copyOut->getBlock())
    return false;
  memref::CopyOp copyIn;
  for (Operation *user : temporary.getUsers())
    if (auto copy = dyn_cast<memref::CopyOp>(user);
        copy && copy.getTarget() == temporary)
      copyIn = copy;
  if (!copyIn || copyIn->getBlock() != copyOut->getBlock())
    return false;
  auto [writer, init] = writerOf(temporary, {copyOut, copyIn});
  Value slice = copyIn.getSource();
  if (!writer || !copyIn->isBeforeInBlock(writer) ||
      !writer->isBeforeInBlock(copyOut) ||
      !sameSlice(slice, copyOut.getTarget()) ||
      !touchesOnlyDisjoint(writer, slice, temporary) ||
      !untouchedBetween(copyIn, copyOut, slice, writer))
    return false;
  init->set(slice);
  copyOut.erase();
  copyIn.erase();
  alloc.erase();
  return true;
}

struct ForwardCopiesPass : ov::impl::ForwardCopiesBase<ForwardCopiesPass> {
  void runOnOperation() override {
    SmallVector<memref::CopyOp> copies;
    getOperation().walk([&](memref::CopyOp copy) { copies.push_back(copy); });
    OpBuilder builder(&getContext());
    for (memref::CopyOp copy : copies)
      if (!forwardReadWritten(copy))
        forwardWritten(copy, builder);
  }
};

} // namespace
