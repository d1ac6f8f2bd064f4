//===- MulAddContraction.h - A matmul-like linalg.generic -------*- C++ -*-===//
//
// The codegen passes rewrite convolutions and matmuls with packed weights
// into contractions acc[...] += lhs[...] * rhs[...] over three parallel
// loops and one reduction loop (the last); ov-tile-and-vectorize turns them
// into register tiles.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_LIB_CONVERSION_CODEGEN_MULADDCONTRACTION_H
#define OVMLIR_LIB_CONVERSION_CODEGEN_MULADDCONTRACTION_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"

namespace mlir::ov::codegen {

/// acc += lhs * rhs with the indexing `maps` (lhs, rhs, acc) over loops
/// (parallel, parallel, parallel, reduction); returns the new accumulator.
inline Value buildMulAddContraction(OpBuilder &builder, Location loc, Value lhs,
                                    Value rhs, Value acc,
                                    ArrayRef<AffineMap> maps) {
  SmallVector<utils::IteratorType> iterators(3, utils::IteratorType::parallel);
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
