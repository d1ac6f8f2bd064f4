//===- PartialProducts.h - 1x1 layers as partial products -------*- C++ -*-===//
//
// A blocked 1x1 layer computed as kParts partial products over parts of its
// input channels, each a thread's, then summed: ov-split-input-channels
// (one layer) and ov-compute-blocks-by-channels (an inverted-residual
// block's projection, each part after the part's expansion and depthwise
// layer) share the weights' repacking and the sum.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_LIB_CONVERSION_CODEGEN_PARTIALPRODUCTS_H
#define OVMLIR_LIB_CONVERSION_CODEGEN_PARTIALPRODUCTS_H

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/SymbolTable.h"

namespace mlir::ov::codegen {

/// Partial products: the cores of the machine this is tuned for. (Two:
/// overlapping parts, InputParts, are evenly spaced views only then.)
constexpr int64_t kParts = 2;
static_assert(kParts == 2, "InputParts' views assume two parts");

/// A blocked 1x1 layer: out[0, nb, p, n] += in[0, kb, p, k] *
/// w[nb, kb, k, n] on collapsed planes [1, C / B, H * W, B], where `in` is
/// an identity-layout buffer.
bool isBlockedPointwise(linalg::GenericOp op);

/// The input channel blocks of each partial product: kParts parts of
/// `blocks` input blocks, equal when they divide evenly; otherwise each
/// part has the blocks of an equal share rounded up and the last parts
/// start earlier, overlapping the part before by a block (whose weights
/// are zero in the later part, splitWeights): EfficientNet-B0's 21 and 15
/// blocks of 32 channels, which its producers (split by channel blocks)
/// left 11 / 10 and 8 / 7 between the threads.
struct InputParts {
  int64_t blocks, perPart;

  explicit InputParts(int64_t blocks)
      : blocks(blocks), perPart(llvm::divideCeil(blocks, kParts)) {}
  /// The first input block of part `part`.
  int64_t start(int64_t part) const {
    return part == kParts - 1 ? blocks - perPart : part * perPart;
  }
  /// The first block of part `part` that no earlier part has (an
  /// overlapped one has zero weights in the later part).
  int64_t firstOwnBlock(int64_t part) const {
    return part == 0 ? 0 : start(part - 1) + perPart;
  }
  /// One past the last block of part `part`.
  int64_t end(int64_t part) const { return start(part) + perPart; }
  bool overlap() const { return perPart * kParts != blocks; }
};

/// The constant global that `weights` ([N / B, C / B, B, B]) views whole,
/// a rank-reduced view of [1, N / B, C / B, B, B], whose elements can be
/// read at compile time; or null.
memref::GlobalOp constantWeights(Value weights, SymbolTable &symbols);

/// A constant global of `global`'s weights [N / B, C / B, B, B] as
/// [kParts, N / B, P, B, B], part p the P input blocks from
/// InputParts::start(p); a block that an earlier part has too is zero.
memref::GlobalOp splitWeights(memref::GlobalOp global,
                              ArrayRef<int64_t> weightsShape,
                              SymbolTable &symbols);

/// A constant global of `global`'s matrix [K, N] (a matmul's right-hand
/// side over K = `blocks` blocks of channels) as [kParts, P, N], part p
/// the rows of the P / (K / blocks) blocks from InputParts::start(p); a
/// block that an earlier part has too is zero.
memref::GlobalOp splitRows(memref::GlobalOp global, ArrayRef<int64_t> shape,
                           int64_t blocks, SymbolTable &symbols);

/// One of the partial products of `parts` [kParts, N / B, P, B], as [1,
/// N / B, P, B].
Value partView(OpBuilder &b, Location loc, Value parts, OpFoldResult part);

/// The weights of part `part`, [N / B, P, B, B], of `weightParts` [kParts,
/// N / B, P, B, B] (splitWeights).
Value weightsOfPart(OpBuilder &b, Location loc, Value weightParts,
                    OpFoldResult part);

/// The elementwise op that writes the whole result of `layer` right before
/// it accumulates into it (its bias, or the bias plus a residual the layer
/// adds): the sum of the partial products can compute its value instead
/// of reading it back from the result.
struct Initializer {
  linalg::GenericOp op;
  /// Its inputs' deallocations between it and the layer, which move after
  /// the sum that reads them now.
  SmallVector<memref::DeallocOp> deallocs;
};

/// How an initializer reads an input over the result's [1, N / B, H, W, B]
/// loops, with the input's layout: one vector per channel [1, N / B, 1, 1,
/// B] at (0, d1, 0, 0, d4), or a contiguous plane like the result.
bool isPlaneOrChannelVector(AffineMap map, MemRefType type);

/// Whether `op` is elementwise over a blocked plane's 5 loops with one
/// output at the identity whose value it does not read, planes or channel
/// vectors as inputs, and a body without loop indices: its body can move
/// into another op over the same plane (whose loops may be others).
bool isPlaneElementwise(linalg::GenericOp op);

/// Builds `output` = (`init`'s value, when given) + part 0 + part 1 (+ ...)
/// of `parts` [kParts, N / B, P, B] over the collapsed [1, N / B, P, B]
/// view `output`: `init`, an initializer (isPlaneElementwise) of the
/// buffer `output` views, is computed by the sum instead, on its inputs'
/// collapsed views, and the parts are added to it in order.
linalg::GenericOp buildPartialSum(OpBuilder &b, Location loc, Value parts,
                                  Value output, linalg::GenericOp init);

} // namespace mlir::ov::codegen

#endif // OVMLIR_LIB_CONVERSION_CODEGEN_PARTIALPRODUCTS_H
