//===- RowBands.cpp - Thread loops over bands of rows ---------------------===//

#include "RowBands.h"
#include "RegisterTileFusion.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "llvm/ADT/DenseSet.h"

using namespace mlir;

Value mlir::ov::codegen::planeView(OpBuilder &b, Location loc, Value buffer,
                                   OpFoldResult row, int64_t rows,
                                   int64_t column, int64_t columns,
                                   int64_t stride) {
  auto type = cast<MemRefType>(buffer.getType());
  SmallVector<OpFoldResult> offsets(5, b.getIndexAttr(0)), sizes,
      strides(5, b.getIndexAttr(1));
  for (int64_t size : type.getShape())
    sizes.push_back(b.getIndexAttr(size));
  offsets[2] = row;
  offsets[3] = b.getIndexAttr(column);
  sizes[2] = b.getIndexAttr(rows);
  sizes[3] = b.getIndexAttr(columns);
  strides[3] = b.getIndexAttr(stride);
  return memref::SubViewOp::create(b, loc, buffer, offsets, sizes, strides);
}

void mlir::ov::codegen::freeUsedBuffersAfter(Operation *first,
                                             Operation *user) {
  llvm::DenseSet<Value> used;
  user->walk([&](Operation *op) {
    for (Value operand : op->getOperands())
      if (isa<MemRefType>(operand.getType()))
        used.insert(rootBuffer(operand));
  });
  SmallVector<Operation *> toMove;
  for (Operation *op = first; op != user; op = op->getNextNode())
    if (auto dealloc = dyn_cast<memref::DeallocOp>(op);
        dealloc && used.contains(rootBuffer(dealloc.getMemref())))
      toMove.push_back(op);
  for (Operation *op : llvm::reverse(toMove))
    op->moveAfter(user);
}
