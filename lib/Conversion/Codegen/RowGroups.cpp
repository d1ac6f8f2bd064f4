//===- RowGroups.cpp - Row-wise ops in one thread loop --------------------===//
//
// See RowGroups.h. Runs on buffers, inside ov-tile-and-vectorize: the
// groups are found before anything is tiled, each op is then tiled with
// the same thread tiles of rows, and the thread loops are merged.
//
//===----------------------------------------------------------------------===//

#include "RowGroups.h"
#include "RegisterTileFusion.h"
#include "ThreadLoops.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Interfaces/ViewLikeInterface.h"

namespace mlir::ov::codegen {

namespace {

/// The loops of `op` that may be rows: its leading parallel loops, but the
/// innermost loop of an op whose loops are all parallel (a row's elements).
unsigned leadingRowLoops(linalg::LinalgOp op) {
  SmallVector<utils::IteratorType> iterators = op.getIteratorTypesArray();
  unsigned parallel = 0;
  while (parallel < iterators.size() &&
         iterators[parallel] == utils::IteratorType::parallel)
    ++parallel;
  return parallel == iterators.size() ? parallel - 1 : parallel;
}

/// How an operand is indexed by the first `rows` loops.
enum class RowAccess { Rows, Broadcast, Other };

RowAccess rowAccess(AffineMap map, unsigned rows) {
  auto usesRows = [&](AffineExpr expr) {
    for (unsigned loop = 0; loop < rows; ++loop)
      if (expr.isFunctionOfDim(loop))
        return true;
    return false;
  };
  ArrayRef<AffineExpr> results = map.getResults();
  if (llvm::none_of(results, usesRows))
    return RowAccess::Broadcast;
  if (results.size() < rows)
    return RowAccess::Other;
  for (unsigned loop = 0; loop < rows; ++loop) {
    auto dim = dyn_cast<AffineDimExpr>(results[loop]);
    if (!dim || dim.getPosition() != loop)
      return RowAccess::Other;
  }
  return llvm::any_of(results.drop_front(rows), usesRows) ? RowAccess::Other
                                                          : RowAccess::Rows;
}

/// Ops that may stand between the ops of a group.
bool isPassable(Operation *op) {
  return isa<memref::AllocOp, memref::DeallocOp, ViewLikeOpInterface>(op) ||
         (op->getNumRegions() == 0 && isMemoryEffectFree(op));
}

bool onlyPassableBetween(Operation *first, Operation *second) {
  if (first->getBlock() != second->getBlock() ||
      !first->isBeforeInBlock(second))
    return false;
  for (Operation *op = first->getNextNode(); op != second;
       op = op->getNextNode())
    if (!isPassable(op))
      return false;
  return true;
}

/// A group being built: its ops, rows, and the buffers its ops use.
struct GroupBuilder {
  RowGroup group;
  /// Per buffer used (its root), the value through which it is used.
  llvm::DenseMap<Value, Value> used;
  llvm::DenseSet<Value> written, broadcast;
  /// Whether an op reads a buffer that an op before it in the group wrote.
  bool flows = false;

  /// Adds `op` when the group stays a row group with it.
  bool add(linalg::LinalgOp op) {
    SmallVector<int64_t> ranges = op.getStaticLoopRanges();
    unsigned rows = leadingRowLoops(op);
    if (!group.ops.empty())
      rows = std::min<unsigned>(rows, group.rowRanges.size());
    if (rows == 0 ||
        (!group.ops.empty() &&
         !llvm::equal(ArrayRef<int64_t>(ranges).take_front(rows),
                      ArrayRef<int64_t>(group.rowRanges).take_front(rows))))
      return false;
    llvm::DenseMap<Value, Value> opUsed;
    llvm::DenseSet<Value> opWritten, opBroadcast;
    for (OpOperand &operand : op->getOpOperands()) {
      if (!isa<MemRefType>(operand.get().getType()))
        continue;
      Value root = rootBuffer(operand.get());
      auto known = used.find(root);
      if ((known != used.end() && known->second != operand.get()) ||
          (opUsed.count(root) && opUsed[root] != operand.get()))
        return false;
      opUsed[root] = operand.get();
      RowAccess access = rowAccess(op.getMatchingIndexingMap(&operand), rows);
      if (access == RowAccess::Other)
        return false;
      bool writes = op.isDpsInit(&operand);
      if (access == RowAccess::Broadcast) {
        if (writes)
          return false;
        opBroadcast.insert(root);
      }
      if (writes)
        opWritten.insert(root);
    }
    for (Value root : opBroadcast)
      if (written.contains(root) || opWritten.contains(root))
        return false;
    for (Value root : opWritten)
      if (broadcast.contains(root))
        return false;
    bool readsWritten =
        llvm::any_of(op.getDpsInputOperands(), [&](OpOperand *input) {
          return isa<MemRefType>(input->get().getType()) &&
                 written.contains(rootBuffer(input->get()));
        });
    // Fewer rows keep the ops already in the group valid: their row
    // operands still start with the rows, their broadcasts use none.
    group.ops.push_back(op);
    group.rowRanges.assign(ranges.begin(), ranges.begin() + rows);
    int64_t elements = 1;
    for (int64_t range : ArrayRef<int64_t>(ranges).drop_front(rows))
      elements *= range;
    group.rowElements = std::max(group.rowElements, elements);
    used.insert(opUsed.begin(), opUsed.end());
    written.insert(opWritten.begin(), opWritten.end());
    broadcast.insert(opBroadcast.begin(), opBroadcast.end());
    flows |= readsWritten;
    return true;
  }

  /// Two ops or more, one of them not a fill, and one reading what another
  /// wrote (ops that share nothing gain nothing but a fork and a join).
  bool worthKeeping() const {
    return group.ops.size() >= 2 && flows &&
           llvm::any_of(group.ops, [](linalg::LinalgOp op) {
             return !isa<linalg::FillOp>(op);
           });
  }
};

} // namespace

SmallVector<RowGroup>
findRowGroups(ArrayRef<linalg::LinalgOp> ops,
              llvm::function_ref<bool(linalg::LinalgOp)> eligible) {
  SmallVector<RowGroup> groups;
  GroupBuilder current;
  auto close = [&] {
    if (current.worthKeeping())
      groups.push_back(std::move(current.group));
    current = GroupBuilder();
  };
  for (linalg::LinalgOp op : ops) {
    if (!eligible(op)) {
      close();
      continue;
    }
    if (!current.group.ops.empty() &&
        onlyPassableBetween(current.group.ops.back(), op) && current.add(op))
      continue;
    close();
    current.add(op);
  }
  close();
  return groups;
}

void gatherRowGroup(RewriterBase &rewriter, const RowGroup &group) {
  Operation *last = group.ops.back();
  SmallVector<Operation *> deallocs;
  for (Operation *op = group.ops.front(); op != last; op = op->getNextNode())
    if (isa<memref::DeallocOp>(op))
      deallocs.push_back(op);
  Operation *after = last;
  for (Operation *dealloc : deallocs) {
    rewriter.moveOpAfter(dealloc, after);
    after = dealloc;
  }
}

bool mergeRowGroupLoops(ArrayRef<scf::ParallelOp> loops) {
  if (loops.size() < 2)
    return false;
  for (auto [earlier, later] : llvm::zip(loops.drop_back(), loops.drop_front()))
    if (earlier->getBlock() != later->getBlock() ||
        !earlier->isBeforeInBlock(later) || !sameIterationSpace(earlier, later))
      return false;
  for (scf::ParallelOp loop : loops)
    if (loop.getNumResults() != 0)
      return false;
  for (Operation *op = loops.front()->getNextNode(); op != loops.back();
       op = op->getNextNode())
    if (!isa<scf::ParallelOp>(op) && !isa<memref::AllocOp>(op) &&
        !isa<ViewLikeOpInterface>(op) &&
        (op->getNumRegions() != 0 || !isMemoryEffectFree(op)))
      return false;
  // Each loop's body goes to the start of the next one's: the last holds
  // them all, in order.
  for (size_t i = 0; i + 1 < loops.size(); ++i)
    prependBody(loops[i], loops[i + 1]);
  return true;
}

} // namespace mlir::ov::codegen
