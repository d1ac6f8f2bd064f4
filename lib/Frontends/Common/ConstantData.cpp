//===- ConstantData.cpp - Constant payloads from file bytes ---------------===//

#include "ovmlir/Frontends/Common/ConstantData.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "llvm/ADT/StringExtras.h"

using namespace mlir;

std::string ov::makeBlobKey(StringRef name) {
  std::string key;
  for (char c : name)
    key += (llvm::isAlnum(c) || c == '_' || c == '.') ? c : '_';
  if (key.empty() || llvm::isDigit(key[0]))
    key = "c_" + key;
  return key;
}

ElementsAttr ov::createConstantData(RankedTensorType type, ArrayRef<char> bytes,
                                    StringRef name,
                                    std::shared_ptr<const void> owner) {
  Type elementType = type.getElementType();
  int64_t numElements = type.getNumElements();
  if (elementType.isInteger(1)) {
    if (static_cast<int64_t>(bytes.size()) != numElements)
      return {};
    if (numElements <= kMaxInlineElements) {
      SmallVector<bool> values;
      for (char byte : bytes)
        values.push_back(byte != 0);
      return DenseElementsAttr::get(type, values);
    }
  } else {
    if (!elementType.isIntOrFloat())
      return {};
    size_t bits = elementType.getIntOrFloatBitWidth();
    if (bits % 8 != 0 ||
        bytes.size() != static_cast<size_t>(numElements) * (bits / 8))
      return {};
    bool isSplat = false;
    if (numElements <= kMaxInlineElements &&
        DenseElementsAttr::isValidRawBuffer(type, bytes, isSplat))
      return DenseElementsAttr::getFromRawBuffer(type, bytes);
  }
  size_t align =
      elementType.isInteger(1)
          ? 1
          : std::max<size_t>(1, elementType.getIntOrFloatBitWidth() / 8);
  AsmResourceBlob blob =
      owner && reinterpret_cast<uintptr_t>(bytes.data()) % align == 0
          ? UnmanagedAsmResourceBlob::allocateWithAlign(
                bytes, align,
                [owner](void *, size_t, size_t) mutable { owner.reset(); })
          : HeapAsmResourceBlob::allocateAndCopyWithAlign(bytes, align);
  return DenseResourceElementsAttr::get(type, makeBlobKey(name),
                                        std::move(blob));
}
