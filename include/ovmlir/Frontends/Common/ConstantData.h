//===- ConstantData.h - Constant payloads from file bytes --------*- C++
//-*-===//
//
// Readers turn the bytes of a weight (in a mapped file or a parsed message)
// into the value of an ov.constant: small ones become plain dense
// attributes (easy to read and fold), larger ones dense resource blobs that
// reference the bytes in place.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_FRONTENDS_COMMON_CONSTANTDATA_H
#define OVMLIR_FRONTENDS_COMMON_CONSTANTDATA_H

#include "mlir/IR/BuiltinAttributeInterfaces.h"
#include "mlir/IR/BuiltinTypes.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <memory>
#include <string>

namespace mlir::ov {

/// Constants up to this many elements become plain dense attributes (shapes,
/// axes, scalars); larger ones stay blobs.
constexpr int64_t kMaxInlineElements = 16;

/// A dense resource key for a constant named `name`: non-identifier
/// characters replaced (the printer uniques repeated keys).
std::string makeBlobKey(llvm::StringRef name);

/// The value of a constant of `type` (int, float or i1 elements, bools one
/// byte each) from `bytes` (exactly the little-endian payload). `owner`
/// keeps the bytes alive: when set and the bytes are aligned, a blob
/// references them in place; otherwise they are copied. Returns null when
/// `bytes` does not fit `type`.
ElementsAttr createConstantData(RankedTensorType type,
                                llvm::ArrayRef<char> bytes,
                                llvm::StringRef name,
                                std::shared_ptr<const void> owner);

} // namespace mlir::ov

#endif // OVMLIR_FRONTENDS_COMMON_CONSTANTDATA_H
