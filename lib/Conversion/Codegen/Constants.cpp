//===- Constants.cpp - Reading and writing constant tensors ---------------===//

#include "Constants.h"

#include "ovmlir/Dialect/OV/IR/ShapeUtils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/AsmState.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"

using namespace mlir;

std::optional<ArrayRef<char>> ov::codegen::constantBytes(Value value) {
  auto constant = value.getDefiningOp<arith::ConstantOp>();
  if (!constant)
    return std::nullopt;
  return getStoredBytes(constant.getValue());
}

Value ov::codegen::createResourceConstant(OpBuilder &builder, Location loc,
                                          RankedTensorType type,
                                          ArrayRef<char> bytes, StringRef key) {
  size_t align =
      std::max<size_t>(1, type.getElementType().getIntOrFloatBitWidth() / 8);
  auto attr = DenseResourceElementsAttr::get(
      type, key, HeapAsmResourceBlob::allocateAndCopyWithAlign(bytes, align));
  return arith::ConstantOp::create(builder, loc, attr);
}
