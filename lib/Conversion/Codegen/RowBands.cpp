//===- RowBands.cpp - Thread loops over bands of rows ---------------------===//

#include "RowBands.h"
#include "RegisterTileFusion.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "llvm/ADT/DenseSet.h"

using namespace mlir;

void mlir::ov::codegen::freeUsedBuffersAfter(Operation *first,
                                             scf::ParallelOp loop) {
  llvm::DenseSet<Value> used;
  loop->walk([&](Operation *op) {
    for (Value operand : op->getOperands())
      if (isa<MemRefType>(operand.getType()))
        used.insert(rootBuffer(operand));
  });
  SmallVector<Operation *> toMove;
  for (Operation *op = first; op != loop; op = op->getNextNode())
    if (auto dealloc = dyn_cast<memref::DeallocOp>(op);
        dealloc && used.contains(rootBuffer(dealloc.getMemref())))
      toMove.push_back(op);
  for (Operation *op : llvm::reverse(toMove))
    op->moveAfter(loop);
}
