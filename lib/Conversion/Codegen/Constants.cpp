//===- Constants.cpp - Reading and writing constant tensors ---------------===//

#include "Constants.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/AsmState.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"

using namespace mlir;

std::optional<ArrayRef<char>> ov::codegen::constantBytes(Value value) {
  auto constant = value.getDefiningOp<arith::ConstantOp>();
  if (!constant)
    return std::nullopt;
  auto type = dyn_cast<RankedTensorType>(constant.getType());
  if (!type || !type.hasStaticShape() || !type.getElementType().isIntOrFloat())
    return std::nullopt;
  unsigned bits = type.getElementType().getIntOrFloatBitWidth();
  if (bits % 8 != 0)
    return std::nullopt;
  size_t size = size_t(type.getNumElements()) * (bits / 8);
  ArrayRef<char> bytes;
  if (auto resource =
          dyn_cast<DenseResourceElementsAttr>(constant.getValue())) {
    AsmResourceBlob *blob = resource.getRawHandle().getBlob();
    if (!blob)
      return std::nullopt;
    bytes = blob->getData();
  } else if (auto dense = dyn_cast<DenseElementsAttr>(constant.getValue())) {
    if (dense.isSplat())
      return std::nullopt;
    bytes = dense.getRawData();
  }
  if (bytes.size() != size)
    return std::nullopt;
  return bytes;
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
