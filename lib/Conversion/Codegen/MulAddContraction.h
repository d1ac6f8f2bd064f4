//===- MulAddContraction.h - A matmul-like linalg.generic -------*- C++ -*-===//
//
// The codegen passes rewrite convolutions and matmuls with packed operands
// into contractions acc[...] += lhs[...] * rhs[...] over parallel loops and
// reduction loops (the last: one, or two for a blocked channel dimension);
// ov-tile-and-vectorize turns them into register tiles.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_LIB_CONVERSION_CODEGEN_MULADDCONTRACTION_H
#define OVMLIR_LIB_CONVERSION_CODEGEN_MULADDCONTRACTION_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/IRMapping.h"

namespace mlir::ov::codegen {

/// Columns of a packed panel: the register tile's width (2 AVX-512 vectors
/// of f32). A packed operand holds them contiguously for each k. (AVX2's
/// register tiles read half a panel's row; panels of 16 for them were no
/// faster: the 1024^3 MatMul 0.988, BERT 1.012.)
constexpr int64_t kPanelColumns = 32;

/// On a blocked convolution's contraction whose channels were completed
/// with zero channels to whole blocks (24 -> 32): the number of its input
/// channels (an integer). Its last reduction loop (the channels within a
/// block) then stops, in the last block, at the last real channel: the
/// other products are of zeros with zeros. (Not in the OV dialect's
/// namespace, which verifies its attributes.)
constexpr llvm::StringLiteral kInputChannelsAttr = "ov_input_channels";

/// The indexing map of a vector of one value per channel, [1, C / B, 1, 1,
/// B] (a bias, a squeeze-excite scale), over the loops of a blocked plane
/// [N, C / B, H, W, B]: (d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4).
inline AffineMap perChannelOfBlockedPlane(MLIRContext *context) {
  AffineExpr zero = getAffineConstantExpr(0, context);
  return AffineMap::get(5, 0,
                        {zero, getAffineDimExpr(1, context), zero, zero,
                         getAffineDimExpr(4, context)},
                        context);
}

/// `value`, a static f32 tensor, with `high[d]` zeros after the end of each
/// dimension d.
inline Value padWithZeros(OpBuilder &builder, Location loc, Value value,
                          ArrayRef<int64_t> high) {
  auto type = cast<RankedTensorType>(value.getType());
  SmallVector<int64_t> shape(type.getShape());
  for (auto [size, extra] : llvm::zip(shape, high))
    size += extra;
  SmallVector<OpFoldResult> low(shape.size(), builder.getIndexAttr(0));
  Value zero =
      arith::ConstantOp::create(builder, loc, builder.getF32FloatAttr(0));
  return tensor::PadOp::create(
      builder, loc, type.clone(shape), value, low,
      getAsIndexOpFoldResult(builder.getContext(), high), zero);
}

/// `value`, a static f32 tensor, with zeros after the end of its last
/// dimension up to a whole number of panels (the value itself when it is).
inline Value padToWholePanels(OpBuilder &builder, Location loc, Value value) {
  auto type = cast<RankedTensorType>(value.getType());
  int64_t size = type.getShape().back();
  int64_t padded = llvm::alignTo(size, kPanelColumns);
  if (padded == size)
    return value;
  SmallVector<int64_t> high(type.getRank(), 0);
  high.back() = padded - size;
  return padWithZeros(builder, loc, value, high);
}

/// The first `size` elements of the last dimension of `value` (the value
/// itself when that is all of it): a result computed on padded panels.
inline Value sliceLastDimension(OpBuilder &builder, Location loc, Value value,
                                int64_t size) {
  auto type = cast<RankedTensorType>(value.getType());
  if (type.getShape().back() == size)
    return value;
  SmallVector<OpFoldResult> offsets(type.getRank(), builder.getIndexAttr(0));
  SmallVector<OpFoldResult> sizes =
      getAsIndexOpFoldResult(builder.getContext(), type.getShape());
  sizes.back() = builder.getIndexAttr(size);
  SmallVector<OpFoldResult> strides(type.getRank(), builder.getIndexAttr(1));
  return tensor::ExtractSliceOp::create(builder, loc, value, offsets, sizes,
                                        strides);
}

/// acc += lhs_0 * rhs_0 + lhs_1 * rhs_1 + ... for `terms` = (lhs_0, rhs_0,
/// lhs_1, rhs_1, ...), all lhs_i indexed by maps[0], all rhs_i by maps[1],
/// acc by maps[2], over loops that are parallel but the last
/// `numReductions`, the reductions. One term is a contraction; several
/// share the accumulator of each register tile (the taps of a convolution).
/// On tensors it returns a result, on buffers it accumulates in place.
inline linalg::GenericOp buildMulAddTerms(OpBuilder &builder, Location loc,
                                          ValueRange terms, Value acc,
                                          ArrayRef<AffineMap> maps,
                                          unsigned numReductions = 1) {
  unsigned numLoops = maps[0].getNumDims();
  SmallVector<utils::IteratorType> iterators(numLoops - numReductions,
                                             utils::IteratorType::parallel);
  iterators.append(numReductions, utils::IteratorType::reduction);
  SmallVector<AffineMap> indexing;
  for (size_t term = 0; term < terms.size() / 2; ++term)
    indexing.append({maps[0], maps[1]});
  indexing.push_back(maps[2]);
  SmallVector<Type> results;
  if (isa<RankedTensorType>(acc.getType()))
    results.push_back(acc.getType());
  return linalg::GenericOp::create(
      builder, loc, results, terms, ValueRange{acc}, indexing, iterators,
      [](OpBuilder &b, Location loc, ValueRange args) {
        Value sum = args.back();
        for (size_t term = 0; term + 1 < args.size(); term += 2) {
          Value product =
              arith::MulFOp::create(b, loc, args[term], args[term + 1]);
          sum = arith::AddFOp::create(b, loc, sum, product);
        }
        linalg::YieldOp::create(b, loc, sum);
      });
}

/// acc += lhs * rhs (buildMulAddTerms of one term); returns the new
/// accumulator.
inline Value buildMulAddContraction(OpBuilder &builder, Location loc, Value lhs,
                                    Value rhs, Value acc,
                                    ArrayRef<AffineMap> maps) {
  return buildMulAddTerms(builder, loc, ValueRange{lhs, rhs}, acc, maps)
      .getResult(0);
}

/// The number of terms of `op` when it is made by buildMulAddTerms (with
/// any number of terms), 0 otherwise.
inline unsigned mulAddTerms(linalg::GenericOp op) {
  unsigned numInputs = op.getNumDpsInputs();
  if (op.getNumDpsInits() != 1 || numInputs == 0 || numInputs % 2 != 0)
    return 0;
  SmallVector<AffineMap> maps = op.getIndexingMapsArray();
  for (unsigned input = 2; input < numInputs; ++input)
    if (maps[input] != maps[input % 2])
      return 0;
  Block &body = op.getRegion().front();
  Value sum = body.getTerminator()->getOperand(0);
  for (unsigned term = numInputs / 2; term-- > 0;) {
    auto add = sum.getDefiningOp<arith::AddFOp>();
    auto product =
        add ? add.getRhs().getDefiningOp<arith::MulFOp>() : arith::MulFOp();
    if (!product || product.getLhs() != body.getArgument(2 * term) ||
        product.getRhs() != body.getArgument(2 * term + 1))
      return 0;
    sum = add.getLhs();
  }
  if (sum != body.getArgument(numInputs) ||
      body.getOperations().size() != 2 * (numInputs / 2) + 1)
    return 0;
  return numInputs / 2;
}

/// Whether `op` indexes its operands as the contraction of a blocked 1x1
/// convolution, out[n, fb, p, fi] += x[n, cb, p, ci] * w[fb, cb, ci, fi],
/// over the loops (n, fb, p, fi, cb, ci).
inline bool hasBlockedPointwiseMaps(linalg::GenericOp op) {
  if (op.getNumLoops() != 6)
    return false;
  MLIRContext *context = op.getContext();
  auto map = [&](ArrayRef<unsigned> dims) {
    SmallVector<AffineExpr> results;
    for (unsigned dim : dims)
      results.push_back(getAffineDimExpr(dim, context));
    return AffineMap::get(6, 0, results, context);
  };
  return op.getIndexingMapsArray() == SmallVector<AffineMap>{map({0, 4, 2, 5}),
                                                             map({1, 4, 5, 3}),
                                                             map({0, 1, 2, 3})};
}

/// Clones the body of the single-result generic `op` where `builder` is,
/// its block arguments as `mapping` maps them, and returns the value it
/// yields (an elementwise op applied to values of another loop nest).
inline Value cloneGenericBody(OpBuilder &builder, linalg::GenericOp op,
                              IRMapping &mapping) {
  Block &body = op.getRegion().front();
  for (Operation &nested : body.without_terminator())
    builder.clone(nested, mapping);
  return mapping.lookupOrDefault(body.getTerminator()->getOperand(0));
}

} // namespace mlir::ov::codegen

#endif // OVMLIR_LIB_CONVERSION_CODEGEN_MULADDCONTRACTION_H
