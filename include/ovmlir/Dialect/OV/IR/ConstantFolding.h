//===- ConstantFolding.h - Folding helpers for OV ops -----------*- C++ -*-===//
//
// Folding evaluates ops on small constants only (shape computations, scalars):
// large weights stay in their blobs and are never expanded here.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_DIALECT_OV_IR_CONSTANTFOLDING_H
#define OVMLIR_DIALECT_OV_IR_CONSTANTFOLDING_H

#include "mlir/IR/BuiltinAttributes.h"
#include "llvm/ADT/APFloat.h"
#include "llvm/ADT/APInt.h"

namespace mlir::ov {

/// Folders give up on results with more elements than this.
constexpr int64_t kMaxFoldElements = 4096;

/// `attr` as a DenseElementsAttr small enough to fold, or null.
DenseElementsAttr getFoldableElements(Attribute attr);

/// Per-element calculations; return std::nullopt to refuse folding (e.g. an
/// integer division by zero).
using IntBinaryFn =
    function_ref<std::optional<APInt>(const APInt &, const APInt &)>;
using FloatBinaryFn =
    function_ref<std::optional<APFloat>(const APFloat &, const APFloat &)>;

/// Folds a numpy-broadcasting binary op on two constants into a constant of
/// `resultType` (which must be static). `intFn` handles integer elements,
/// `floatFn` float elements; either may be null when it does not apply.
Attribute foldBinaryElementwise(Attribute lhs, Attribute rhs, Type resultType,
                                IntBinaryFn intFn, FloatBinaryFn floatFn);

/// True when `attr` is a splat constant equal to `value` (integer or float).
bool isSplatValue(Attribute attr, double value);

} // namespace mlir::ov

#endif // OVMLIR_DIALECT_OV_IR_CONSTANTFOLDING_H
