//===- LoweringUtils.h - Shared pieces of the OV -> linalg lowering -*- C++
//-*-===//
//
// What several lowering families share: elementwise linalg.generic with
// numpy broadcasting, reductions, scalar constants, constant operands; and
// one populate function per family (one file each in this directory).
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_LIB_CONVERSION_OVTOLINALG_LOWERINGUTILS_H
#define OVMLIR_LIB_CONVERSION_OVTOLINALG_LOWERINGUTILS_H

#include "mlir/IR/ImplicitLocOpBuilder.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/DialectConversion.h"

namespace mlir::ov::lowering {

/// Computes one result element from the operands' elements.
using ScalarFn = function_ref<Value(ImplicitLocOpBuilder &, ValueRange)>;

/// Builds `linalg.generic` computing `fn` over `inputs` broadcast to
/// `resultType`'s shape, with elements of `elementType`.
FailureOr<Value> buildElementwise(ImplicitLocOpBuilder &b,
                                  RankedTensorType resultType,
                                  ValueRange inputs, Type elementType,
                                  ScalarFn fn);
/// The same for the result of `op`.
FailureOr<Value> buildElementwise(ConversionPatternRewriter &rewriter,
                                  Operation *op, ValueRange inputs,
                                  Type elementType, ScalarFn fn);

/// Reduces `input` over the (normalized) `axes` with `combine`, starting
/// from `identity`; reduced dimensions stay as size 1 with `keepDims`.
Value buildReduction(
    ImplicitLocOpBuilder &b, Value input, ArrayRef<int64_t> axes, bool keepDims,
    TypedAttr identity,
    function_ref<Value(ImplicitLocOpBuilder &, Value, Value)> combine);

/// The number of elements of `input` over `axes`, as a scalar of `type`.
Value countElements(ImplicitLocOpBuilder &b, Value input,
                    ArrayRef<int64_t> axes, Type type);

inline bool isFloat(Type type) { return isa<FloatType>(type); }
inline bool isUnsigned(Type type) { return type.isUnsignedInteger(); }

/// The type of `value` as a ranked tensor type, or null.
inline RankedTensorType rankedType(Value value) {
  return dyn_cast<RankedTensorType>(value.getType());
}

/// `value` cast to `type` when their shapes differ only in static-ness.
Value castTo(ImplicitLocOpBuilder &b, Value value, Type type);

/// A scalar `value` as the signless integer of its width when it is an
/// unsigned integer (arith is signless; the casts fold away in the LLVM
/// lowering), and back to `type`.
Value toSignless(ImplicitLocOpBuilder &b, Value value);
Value fromSignless(ImplicitLocOpBuilder &b, Value value, Type type);

/// A scalar constant of `type` (float or integer).
Value scalar(ImplicitLocOpBuilder &b, Type type, double value);

/// `input` padded with `value` by `low` and `high` (one per dimension), or
/// `input` itself when every pad is 0.
Value padOrSame(ImplicitLocOpBuilder &b, Value input,
                ArrayRef<OpFoldResult> low, ArrayRef<OpFoldResult> high,
                Value value);

/// A 1-D per-channel `value` [C] as [C, 1, ...] for data of rank `rank`
/// whose channel dimension is 1, so that it broadcasts numpy-style.
Value expandToChannel(ImplicitLocOpBuilder &b, Value value, int64_t rank);

/// The constant integer values of `value` (axes, order), or failure.
FailureOr<SmallVector<int64_t>> getConstantInts(Value value);

enum class ReduceKind { Sum, Mean, Max, Min, Prod };
/// The starting value of a `kind` reduction over `type`.
TypedAttr getIdentity(Builder &b, ReduceKind kind, Type type);
/// One step of a `kind` reduction.
Value combineReduce(ImplicitLocOpBuilder &b, ReduceKind kind, Value acc,
                    Value value);

/// arith.maximumf / arith.minimumf allowed to return either zero when they
/// compare zeros of different signs (`nsz`). NaNs still propagate; what
/// goes is LLVM's fix-up of the sign of zero around x86's vmaxps / vminps:
/// 3 instructions per max of two values instead of 6, 1 instead of 4 for
/// a ReLU's max with 0. For ReLU, Clamp and the Max and Min reductions
/// (pools), whose results are numerically the same either way.
Value maximumIgnoringZeroSign(ImplicitLocOpBuilder &b, Value x, Value y);
Value minimumIgnoringZeroSign(ImplicitLocOpBuilder &b, Value x, Value y);

// One populate function per family.
void populateElementwiseLowerings(RewritePatternSet &patterns);
void populateTensorLowerings(RewritePatternSet &patterns);
void populateLinearLowerings(RewritePatternSet &patterns);
void populateReductionLowerings(RewritePatternSet &patterns);
void populateWindowLowerings(RewritePatternSet &patterns);
void populateNormalizationLowerings(RewritePatternSet &patterns);
void populateDataMovementLowerings(RewritePatternSet &patterns);
void populateIndexingLowerings(RewritePatternSet &patterns);
void populateSamplingLowerings(RewritePatternSet &patterns);
void populateRecurrentLowerings(RewritePatternSet &patterns);
void populateControlFlowLowerings(RewritePatternSet &patterns);
void populateStateLowerings(RewritePatternSet &patterns);

} // namespace mlir::ov::lowering

#endif // OVMLIR_LIB_CONVERSION_OVTOLINALG_LOWERINGUTILS_H
