//===- MulAddContraction.h - A matmul-like linalg.generic -------*- C++ -*-===//
//
// The codegen passes rewrite convolutions and matmuls with packed operands
// into contractions acc[...] += lhs[...] * rhs[...] over parallel loops and
// one reduction loop (the last); ov-tile-and-vectorize turns them into
// register tiles.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_LIB_CONVERSION_CODEGEN_MULADDCONTRACTION_H
#define OVMLIR_LIB_CONVERSION_CODEGEN_MULADDCONTRACTION_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

namespace mlir::ov::codegen {

/// Columns of a packed panel: the register tile's width (2 AVX-512 vectors
/// of f32). A packed operand holds them contiguously for each k.
constexpr int64_t kPanelColumns = 32;

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

/// acc += lhs * rhs with the indexing `maps` (lhs, rhs, acc) over loops
/// that are parallel but the last, the reduction; returns the new
/// accumulator.
inline Value buildMulAddContraction(OpBuilder &builder, Location loc, Value lhs,
                                    Value rhs, Value acc,
                                    ArrayRef<AffineMap> maps) {
  SmallVector<utils::IteratorType> iterators(maps[0].getNumDims() - 1,
                                             utils::IteratorType::parallel);
  iterators.push_back(utils::IteratorType::reduction);
  return linalg::GenericOp::create(
             builder, loc, acc.getType(), ValueRange{lhs, rhs}, ValueRange{acc},
             maps, iterators,
             [](OpBuilder &b, Location loc, ValueRange args) {
               Value product = arith::MulFOp::create(b, loc, args[0], args[1]);
               Value sum = arith::AddFOp::create(b, loc, args[2], product);
               linalg::YieldOp::create(b, loc, sum);
             })
      .getResult(0);
}

} // namespace mlir::ov::codegen

#endif // OVMLIR_LIB_CONVERSION_CODEGEN_MULADDCONTRACTION_H
