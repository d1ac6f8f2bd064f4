//===- Constants.h - Reading and writing constant tensors -------*- C++ -*-===//
//
// The codegen passes rewrite model weights at compile time (transposed,
// packed into panels). Weights are arith.constant ops of dense_resource
// blobs (how the importers store them) or, in small tests, dense
// attributes; these helpers read either as bytes and write blobs.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_LIB_CONVERSION_CODEGEN_CONSTANTS_H
#define OVMLIR_LIB_CONVERSION_CODEGEN_CONSTANTS_H

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"

#include <optional>
#include <vector>

namespace mlir::ov::codegen {

/// The scalar that `value` holds when it is a constant scalar or a splat
/// (its element), null otherwise.
Attribute scalarConstant(Value value);

/// What `value` reshapes (tensor.reshape, expand_shape, collapse_shape:
/// the same elements in the same order), or `value` itself.
Value reshapedSource(Value value);

/// The row-major bytes of `value` when it is an arith.constant whose
/// attribute getStoredBytes can read (byte-sized elements, not a splat).
std::optional<ArrayRef<char>> constantBytes(Value value);

/// Elements of `type` that are `bytes`, held in a dense_resource blob
/// with the key `key` (made unique by MLIR). The blob is a temporary
/// file's (createFileBackedBlob), not resident until read; the pages of
/// `source` (what the bytes were made from) in a mapped file leave resident
/// memory.
DenseResourceElementsAttr createResourceElements(RankedTensorType type,
                                                 ArrayRef<char> bytes,
                                                 StringRef key,
                                                 ArrayRef<char> source = {});

/// An arith.constant of createResourceElements.
Value createResourceConstant(OpBuilder &builder, Location loc,
                             RankedTensorType type, ArrayRef<char> bytes,
                             StringRef key, ArrayRef<char> source = {});

/// The elements of `value`, an extract_slice with static offsets, sizes and
/// strides of an f32 constant (or of a reshape of one: a depthwise
/// convolution's weights of one kernel tap, every 9th element of the
/// filter), read at compile time as row-major bytes; nullopt when it is not
/// one.
std::optional<std::vector<char>> sliceOfConstant(Value value);

/// The bytes of a row-major tensor of `inputShape` with `elementSize`-byte
/// elements, its dimensions permuted: output dimension i is input
/// dimension permutation[i].
std::vector<char> transposeBytes(ArrayRef<char> input,
                                 ArrayRef<int64_t> inputShape,
                                 ArrayRef<int64_t> permutation,
                                 size_t elementSize);

} // namespace mlir::ov::codegen

#endif // OVMLIR_LIB_CONVERSION_CODEGEN_CONSTANTS_H
