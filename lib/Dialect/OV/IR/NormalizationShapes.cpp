//===- NormalizationShapes.cpp - Shape functions of normalization ops -----===//

#include "ovmlir/Dialect/OV/IR/NormalizationShapes.h"

#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::ov;

/// "[2, ?, 3]" for messages.
static std::string shapeToString(const ShapeExpr &shape) {
  if (!shape.hasRank())
    return "[...]";
  std::string s;
  llvm::raw_string_ostream os(s);
  os << '[';
  llvm::interleaveComma(shape.getDims(), os, [&](const DimExpr &d) {
    if (d.isConstant())
      os << d.getConstant();
    else
      os << '?';
  });
  os << ']';
  return s;
}

/// The dimensions of `shape` before its last `count` ones.
static ShapeExpr leadingDims(const ShapeExpr &shape, int64_t count) {
  return ShapeExpr(SmallVector<DimExpr>(shape.getDims().drop_back(count)));
}

FailureOr<ShapeExpr> mlir::ov::inferSoftmaxShape(const ShapeDiag &diag,
                                                 const ShapeExpr &input,
                                                 int64_t axis) {
  if (input.hasRank() && failed(normalizeAxis(diag, axis, input.getRank())))
    return failure();
  return input;
}

FailureOr<ShapeExpr> mlir::ov::inferBatchNormInferenceShape(
    const ShapeDiag &diag, const ShapeExpr &data, const ShapeExpr &gamma,
    const ShapeExpr &beta, const ShapeExpr &mean, const ShapeExpr &variance) {
  if (data.hasRank() && data.getRank() < 2)
    return diag.fail("data must have rank at least 2 ([N, C, ...]), got rank " +
                     Twine(data.getRank()));
  // The channel count, from the first input that knows it.
  std::optional<int64_t> channels;
  std::string source;
  if (data.hasRank() && data[1].isConstant()) {
    channels = data[1].getConstant();
    source = "the data's channel dimension";
  }
  std::pair<StringRef, const ShapeExpr *> perChannel[] = {
      {"gamma", &gamma},
      {"beta", &beta},
      {"mean", &mean},
      {"variance", &variance}};
  for (auto [name, shape] : perChannel) {
    if (!shape->hasRank())
      continue;
    if (shape->getRank() != 1)
      return diag.fail(name +
                       " must be 1-D (one value per channel), got rank " +
                       Twine(shape->getRank()));
    const DimExpr &size = (*shape)[0];
    if (!size.isConstant())
      continue;
    if (!channels) {
      channels = size.getConstant();
      source = ("the size of " + name).str();
    } else if (*channels != size.getConstant()) {
      return diag.fail(name + " has " + Twine(size.getConstant()) +
                       " elements, expected " + Twine(*channels) + " (" +
                       source + ")");
    }
  }
  if (!data.hasRank() || data[1].isConstant() || !channels)
    return data;
  SmallVector<DimExpr> dims(data.getDims());
  dims[1] = *channels;
  return ShapeExpr(std::move(dims));
}

FailureOr<ShapeExpr>
mlir::ov::inferReductionAxesNormShape(const ShapeDiag &diag,
                                      const ShapeExpr &data,
                                      std::optional<ArrayRef<int64_t>> axes) {
  if (!axes || !data.hasRank())
    return data;
  for (int64_t axis : *axes)
    if (failed(normalizeAxis(diag, axis, data.getRank(), "axes value")))
      return failure();
  return data;
}

namespace {
/// Accumulates the broadcast batch dimensions of the attention inputs.
struct BatchDims {
  const ShapeDiag &diag;
  ShapeExpr dims; // unranked while the query's rank is unknown

  LogicalResult merge(StringRef name, const ShapeExpr &inputBatch) {
    if (!dims.hasRank())
      return success();
    FailureOr<ShapeExpr> merged = broadcastShapes(
        ShapeDiag(std::nullopt), dims, inputBatch, AutoBroadcastType::numpy);
    if (failed(merged))
      return diag.fail(name + " batch dimensions " + shapeToString(inputBatch) +
                       " do not broadcast with the other inputs' " +
                       shapeToString(dims));
    dims = std::move(*merged);
    return success();
  }
};
} // namespace

/// Fails when `shape` (of input `name`) has rank < `minRank`.
static LogicalResult checkMinRank(const ShapeDiag &diag, const ShapeExpr &shape,
                                  StringRef name, int64_t minRank,
                                  StringRef layout) {
  if (shape.hasRank() && shape.getRank() < minRank)
    return diag.fail(name + " must have rank at least " + Twine(minRank) +
                     " (" + layout + "), got rank " + Twine(shape.getRank()));
  return success();
}

/// True when both dims are constants that differ.
static bool conflict(const DimExpr &a, const DimExpr &b) {
  return a.isConstant() && b.isConstant() && a.getConstant() != b.getConstant();
}

static std::string dimToString(const DimExpr &d) {
  return d.isConstant() ? std::to_string(d.getConstant()) : "?";
}

FailureOr<ShapeExpr> mlir::ov::inferScaledDotProductAttentionShape(
    const ShapeDiag &diag, const ShapeExpr &query, const ShapeExpr &key,
    const ShapeExpr &value, const ShapeExpr *mask) {
  if (failed(checkMinRank(diag, query, "query", 3, "[..., L, E]")) ||
      failed(checkMinRank(diag, key, "key", 3, "[..., S, E]")) ||
      failed(checkMinRank(diag, value, "value", 3, "[..., S, Ev]")))
    return failure();
  DimExpr l = DimExpr::unknown(), e = DimExpr::unknown();
  DimExpr s = DimExpr::unknown(), ev = DimExpr::unknown();
  BatchDims batch{diag, ShapeExpr::unranked()};
  if (query.hasRank()) {
    int64_t rank = query.getRank();
    batch.dims = leadingDims(query, 2);
    l = query[rank - 2];
    e = query[rank - 1];
  }
  if (key.hasRank()) {
    int64_t rank = key.getRank();
    if (conflict(e, key[rank - 1]))
      return diag.fail(
          "key has E = " + dimToString(key[rank - 1]) +
          " (last dimension) but the query has E = " + dimToString(e));
    if (failed(batch.merge("key", leadingDims(key, 2))))
      return failure();
    s = key[rank - 2];
  }
  if (value.hasRank()) {
    int64_t rank = value.getRank();
    if (conflict(s, value[rank - 2]))
      return diag.fail("value has S = " + dimToString(value[rank - 2]) +
                       " (dimension -2) but the key has S = " + dimToString(s));
    if (failed(batch.merge("value", leadingDims(value, 2))))
      return failure();
    if (!s.isConstant())
      s = value[rank - 2];
    ev = value[rank - 1];
  }
  if (mask && mask->hasRank() && mask->getRank() != 0) {
    int64_t rank = mask->getRank();
    if (rank < 2)
      return diag.fail("attention_mask must be a scalar or have rank at least "
                       "2 ([..., L, S]), got rank " +
                       Twine(rank));
    std::pair<StringRef, const DimExpr *> checks[] = {{"L", &l}, {"S", &s}};
    for (auto [i, check] : llvm::enumerate(checks)) {
      const DimExpr &dim = (*mask)[rank - 2 + i];
      if (conflict(dim, *check.second) && !dim.isConstant(1))
        return diag.fail("attention_mask dimension " + Twine(int64_t(i) - 2) +
                         " is " + dimToString(dim) + ", expected 1 or " +
                         check.first + " = " + dimToString(*check.second));
    }
    if (rank >= 3 &&
        failed(batch.merge("attention_mask", leadingDims(*mask, 2))))
      return failure();
  }
  if (!batch.dims.hasRank())
    return ShapeExpr::unranked();
  SmallVector<DimExpr> dims(batch.dims.getDims());
  dims.push_back(l);
  dims.push_back(ev);
  return ShapeExpr(std::move(dims));
}
