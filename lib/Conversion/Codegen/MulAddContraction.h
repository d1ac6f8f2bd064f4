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

namespace mlir::ov::codegen {

/// Columns of a packed panel: the register tile's width (2 AVX-512 vectors
/// of f32). A packed operand holds them contiguously for each k.
constexpr int64_t kPanelColumns = 32;

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
