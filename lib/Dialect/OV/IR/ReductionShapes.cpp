//===- ReductionShapes.cpp - Shape functions of the OV reductions ---------===//

#include "ovmlir/Dialect/OV/IR/ReductionShapes.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallBitVector.h"

#include <string>

using namespace mlir;
using namespace mlir::ov;

/// "[a, b, c]" for error messages.
static std::string formatInts(ArrayRef<int64_t> values) {
  std::string s = "[";
  for (auto [i, v] : llvm::enumerate(values)) {
    if (i)
      s += ", ";
    s += std::to_string(v);
  }
  return s + "]";
}

static ShapeExpr unknownShape(int64_t rank) {
  return ShapeExpr(SmallVector<DimExpr>(rank, DimExpr::unknown()));
}

//===----------------------------------------------------------------------===//
// Reduce*
//===----------------------------------------------------------------------===//

FailureOr<SmallVector<int64_t>>
mlir::ov::normalizeReduceAxes(const ShapeDiag &diag, ArrayRef<int64_t> axes,
                              int64_t rank) {
  SmallVector<int64_t> normalized;
  llvm::SmallBitVector seen(rank);
  for (int64_t axis : axes) {
    FailureOr<int64_t> n = normalizeAxis(diag, axis, rank, "axes value");
    if (failed(n))
      return failure();
    if (seen.test(*n))
      return diag.fail("axes " + formatInts(axes) + " name dimension " +
                       Twine(*n) + " more than once");
    seen.set(*n);
    normalized.push_back(*n);
  }
  return normalized;
}

FailureOr<ShapeExpr>
mlir::ov::inferReduceShape(const ShapeDiag &diag, const ShapeExpr &data,
                           std::optional<ArrayRef<int64_t>> axes,
                           std::optional<int64_t> numAxes, bool keepDims) {
  if (!data.hasRank())
    return ShapeExpr::unranked();
  int64_t rank = data.getRank();

  if (axes) {
    FailureOr<SmallVector<int64_t>> normalized =
        normalizeReduceAxes(diag, *axes, rank);
    if (failed(normalized))
      return failure();
    llvm::SmallBitVector reduced(rank);
    for (int64_t axis : *normalized)
      reduced.set(axis);
    SmallVector<DimExpr> dims;
    for (auto [i, d] : llvm::enumerate(data.getDims())) {
      if (!reduced.test(i))
        dims.push_back(d);
      else if (keepDims)
        dims.push_back(DimExpr(1));
    }
    return ShapeExpr(std::move(dims));
  }

  // Unknown axes: which dimensions go is only known at run time.
  if (numAxes) {
    // Axes are unique, so there cannot be more of them than dimensions.
    if (*numAxes > rank)
      return diag.fail("axes has " + Twine(*numAxes) +
                       " elements but data has rank " + Twine(rank));
    if (*numAxes == 0)
      return data;
  }
  if (keepDims) {
    // A dimension of size 1 stays 1 whether it is reduced or not.
    return ShapeExpr(llvm::map_to_vector(data.getDims(), [](const DimExpr &d) {
      return d.isConstant(1) ? d : DimExpr::unknown();
    }));
  }
  if (numAxes == 1)
    return unknownShape(rank - 1);
  return ShapeExpr::unranked();
}

//===----------------------------------------------------------------------===//
// TopK
//===----------------------------------------------------------------------===//

FailureOr<ShapeExpr> mlir::ov::inferTopKShape(const ShapeDiag &diag,
                                              const ShapeExpr &data,
                                              int64_t axis, const DimExpr &k) {
  if (k.isConstant() && k.getConstant() < 0)
    return diag.fail("k must not be negative, got " + Twine(k.getConstant()));
  if (!data.hasRank())
    return ShapeExpr::unranked();
  if (data.getRank() == 0)
    return diag.fail("data must have a rank greater than 0");
  FailureOr<int64_t> normalized = normalizeAxis(diag, axis, data.getRank());
  if (failed(normalized))
    return failure();
  SmallVector<DimExpr> dims(data.getDims());
  dims[*normalized] = k;
  return ShapeExpr(std::move(dims));
}

//===----------------------------------------------------------------------===//
// NonMaxSuppression
//===----------------------------------------------------------------------===//

FailureOr<SmallVector<ShapeExpr, 3>> mlir::ov::inferNonMaxSuppressionShapes(
    const ShapeDiag &diag, const ShapeExpr &boxes, const ShapeExpr &scores) {
  if (boxes.hasRank() && boxes.getRank() != 3)
    return diag.fail("boxes must be a 3-D tensor [num_batches, num_boxes, "
                     "4], got rank " +
                     Twine(boxes.getRank()));
  if (scores.hasRank() && scores.getRank() != 3)
    return diag.fail("scores must be a 3-D tensor [num_batches, "
                     "num_classes, num_boxes], got rank " +
                     Twine(scores.getRank()));
  if (boxes.hasRank() && boxes[2].isConstant() && !boxes[2].isConstant(4))
    return diag.fail("the last dimension of boxes must be 4, got " +
                     Twine(boxes[2].getConstant()));
  if (boxes.hasRank() && scores.hasRank()) {
    const DimExpr &boxBatches = boxes[0], &scoreBatches = scores[0];
    if (boxBatches.isConstant() && scoreBatches.isConstant() &&
        boxBatches.getConstant() != scoreBatches.getConstant())
      return diag.fail("boxes and scores must have the same number of "
                       "batches (dimension 0), got " +
                       Twine(boxBatches.getConstant()) + " and " +
                       Twine(scoreBatches.getConstant()));
    const DimExpr &numBoxes = boxes[1], &scoreBoxes = scores[2];
    if (numBoxes.isConstant() && scoreBoxes.isConstant() &&
        numBoxes.getConstant() != scoreBoxes.getConstant())
      return diag.fail("boxes has " + Twine(numBoxes.getConstant()) +
                       " boxes (dimension 1) but scores has " +
                       Twine(scoreBoxes.getConstant()) + " (dimension 2)");
  }
  ShapeExpr selected({DimExpr::unknown(), DimExpr(3)});
  return SmallVector<ShapeExpr, 3>{selected, selected, ShapeExpr({DimExpr(1)})};
}

DimExpr mlir::ov::getNonMaxSuppressionMaxSelected(
    const ShapeExpr &boxes, const ShapeExpr &scores,
    const DimExpr &maxOutputBoxesPerClass) {
  return min(boxes[1], maxOutputBoxesPerClass) * scores[0] * scores[1];
}
