//===- Indexing.cpp - Gather, scatter and selection ops -------------------===//
//
// Gather, GatherElements, GatherND, ScatterElementsUpdate, ScatterNDUpdate,
// OneHot, TopK, NonZero.
//
// Gathers are linalg.generics reading data with tensor.extract at positions
// taken from the indices; scatters and NonZero, whose writes depend on the
// data, are scf.for loops carrying the result tensor. Indices from data are
// normalized (negative ones count from the end) and clamped, so generated
// code never reads or writes out of bounds; Gather yields 0 for indices out
// of range, as OpenVINO does.
//
//===----------------------------------------------------------------------===//

#include "IndexedGeneric.h"
#include "LoweringUtils.h"

#include "ovmlir/Dialect/OV/IR/IndexingShapes.h"
#include "ovmlir/Dialect/OV/IR/OVOps.h"
#include "ovmlir/Dialect/OV/IR/ReductionShapes.h"
#include "ovmlir/Dialect/OV/IR/ShapeUtils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/ImplicitLocOpBuilder.h"
#include "mlir/Transforms/DialectConversion.h"

using namespace mlir;
using namespace mlir::ov;
using namespace mlir::ov::lowering;

namespace {

bool isSignlessInts(Value value) {
  auto type = rankedType(value);
  return type && type.getElementType().isSignlessInteger();
}

/// An index read from data (any signless integer) as an in-bounds `index`
/// into a dimension of size `size`: negative values count from the end, the
/// rest is clamped. `valid` (when given) receives whether it was in range.
Value normalizeIndex(ImplicitLocOpBuilder &b, Value raw, Value size,
                     Value *valid = nullptr) {
  Value i = indexOf(b, raw);
  Value zero = arith::ConstantIndexOp::create(b, 0);
  Value negative = arith::CmpIOp::create(b, arith::CmpIPredicate::slt, i, zero);
  i = arith::SelectOp::create(b, negative, arith::AddIOp::create(b, i, size),
                              i);
  if (valid) {
    Value low = arith::CmpIOp::create(b, arith::CmpIPredicate::sge, i, zero);
    Value high = arith::CmpIOp::create(b, arith::CmpIPredicate::slt, i, size);
    *valid = arith::AndIOp::create(b, low, high);
  }
  return clampIndex(b, i, size);
}

SmallVector<Value> dimValues(ImplicitLocOpBuilder &b, const ShapeExpr &shape) {
  SmallVector<Value> dims;
  for (const DimExpr &d : shape.getDims())
    dims.push_back(toIndex(b, d));
  return dims;
}

//===----------------------------------------------------------------------===//
// Gathers
//===----------------------------------------------------------------------===//

/// Gather-8 with a constant axis.
struct GatherLowering : OpConversionPattern<GatherOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(GatherOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value data = adaptor.getData(), indices = adaptor.getIndices();
    auto type = rankedType(data);
    auto indicesType = rankedType(indices);
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    FailureOr<SmallVector<int64_t>> axisValue = getConstantInts(op.getAxis());
    if (!type || !isSignlessInts(indices) || !resultType || failed(axisValue) ||
        axisValue->size() != 1)
      return rewriter.notifyMatchFailure(
          op, "needs ranked data, signless indices and a constant axis");
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    ShapeDiag diag(op.getLoc());
    int64_t r = type.getRank(), q = indicesType.getRank();
    FailureOr<int64_t> axis = normalizeAxis(diag, (*axisValue)[0], r);
    if (failed(axis))
      return failure();
    int64_t batch =
        op.getBatchDims() < 0 ? op.getBatchDims() + q : op.getBatchDims();
    ShapeExpr shape = ShapeExpr::fromValue(data, b);
    FailureOr<ShapeExpr> out =
        inferGatherShape(diag, shape, ShapeExpr::fromValue(indices, b), *axis,
                         op.getBatchDims());
    if (failed(out))
      return failure();
    Value axisSize = toIndex(b, shape[*axis]);
    Type element = type.getElementType();
    Value result = buildIndexedGeneric(
        b, getSizes(b, resultType, *out), element,
        [&](ImplicitLocOpBuilder &body, ValueRange o) -> Value {
          SmallVector<Value> at;
          for (int64_t i = 0; i < batch; ++i)
            at.push_back(o[i]);
          for (int64_t i = batch; i < q; ++i)
            at.push_back(o[*axis + i - batch]);
          Value raw = tensor::ExtractOp::create(body, indices, at);
          Value valid;
          Value index = normalizeIndex(body, raw, axisSize, &valid);
          SmallVector<Value> from;
          for (int64_t i = 0; i < *axis; ++i)
            from.push_back(o[i]);
          from.push_back(index);
          for (int64_t i = *axis + 1; i < r; ++i)
            from.push_back(o[i + q - 1 - batch]);
          Value value = tensor::ExtractOp::create(body, data, from);
          return arith::SelectOp::create(body, valid, value,
                                         scalar(body, element, 0));
        });
    rewriter.replaceOp(op, castTo(b, result, resultType));
    return success();
  }
};

/// GatherElements-6: the index replaced along axis.
struct GatherElementsLowering : OpConversionPattern<GatherElementsOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(GatherElementsOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value data = adaptor.getData(), indices = adaptor.getIndices();
    auto type = rankedType(data);
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    if (!type || !isSignlessInts(indices) || !resultType)
      return rewriter.notifyMatchFailure(
          op, "needs ranked data and signless indices");
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    ShapeDiag diag(op.getLoc());
    FailureOr<int64_t> axis = normalizeAxis(diag, op.getAxis(), type.getRank());
    if (failed(axis))
      return failure();
    ShapeExpr shape = ShapeExpr::fromValue(data, b);
    FailureOr<ShapeExpr> out = inferGatherElementsShape(
        diag, shape, ShapeExpr::fromValue(indices, b), *axis);
    if (failed(out))
      return failure();
    SmallVector<Value> dims = dimValues(b, shape);
    Value result = buildIndexedGeneric(
        b, getSizes(b, resultType, *out), type.getElementType(),
        [&](ImplicitLocOpBuilder &body, ValueRange o) -> Value {
          Value raw = tensor::ExtractOp::create(body, indices, o);
          SmallVector<Value> from;
          // Dimensions other than axis may be smaller in indices; clamp
          // them too in case they are larger.
          for (int64_t d = 0; d < type.getRank(); ++d)
            from.push_back(d == *axis ? normalizeIndex(body, raw, dims[d])
                                      : clampIndex(body, o[d], dims[d]));
          return tensor::ExtractOp::create(body, data, from);
        });
    rewriter.replaceOp(op, castTo(b, result, resultType));
    return success();
  }
};

/// GatherND-8: needs the static length of the index tuples.
struct GatherNDLowering : OpConversionPattern<GatherNDOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(GatherNDOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value data = adaptor.getData(), indices = adaptor.getIndices();
    auto type = rankedType(data);
    auto indicesType = rankedType(indices);
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    if (!type || !isSignlessInts(indices) || !resultType ||
        indicesType.getRank() < 1 ||
        indicesType.isDynamicDim(indicesType.getRank() - 1))
      return rewriter.notifyMatchFailure(
          op, "needs ranked data and signless indices with a static last "
              "dimension");
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    ShapeDiag diag(op.getLoc());
    ShapeExpr shape = ShapeExpr::fromValue(data, b);
    int64_t batch = op.getBatchDims();
    FailureOr<ShapeExpr> out = inferGatherNDShape(
        diag, shape, ShapeExpr::fromValue(indices, b), batch);
    if (failed(out))
      return failure();
    int64_t r = type.getRank(), q = indicesType.getRank();
    int64_t k = indicesType.getDimSize(q - 1);
    SmallVector<Value> dims = dimValues(b, shape);
    // With batch dims, OpenVINO's output keeps them as one flattened
    // dimension only in GatherND-5; GatherND-8 keeps indices[:-1].
    Value result = buildIndexedGeneric(
        b, getSizes(b, resultType, *out), type.getElementType(),
        [&](ImplicitLocOpBuilder &body, ValueRange o) -> Value {
          SmallVector<Value> at(o.begin(), o.begin() + (q - 1));
          at.push_back(Value());
          SmallVector<Value> from(o.begin(), o.begin() + batch);
          for (int64_t j = 0; j < k; ++j) {
            at.back() = arith::ConstantIndexOp::create(body, j);
            Value raw = tensor::ExtractOp::create(body, indices, at);
            from.push_back(normalizeIndex(body, raw, dims[batch + j]));
          }
          for (int64_t d = batch + k; d < r; ++d)
            from.push_back(o[q - 1 + d - batch - k]);
          return tensor::ExtractOp::create(body, data, from);
        });
    rewriter.replaceOp(op, castTo(b, result, resultType));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Scatters
//===----------------------------------------------------------------------===//

/// A loop nest over `sizes` inside a generic body carrying the scalar
/// `init`; `body` returns the next value.
Value buildScalarLoop(
    ImplicitLocOpBuilder &b, ArrayRef<Value> sizes, Value init,
    function_ref<Value(ImplicitLocOpBuilder &, ValueRange, Value)> body) {
  Value zero = arith::ConstantIndexOp::create(b, 0);
  Value one = arith::ConstantIndexOp::create(b, 1);
  SmallVector<Value> lbs(sizes.size(), zero), steps(sizes.size(), one);
  scf::LoopNest nest =
      scf::buildLoopNest(b, b.getLoc(), lbs, sizes, steps, ValueRange{init},
                         [&](OpBuilder &nested, Location loc, ValueRange ivs,
                             ValueRange args) -> scf::ValueVector {
                           ImplicitLocOpBuilder inner(loc, nested);
                           return {body(inner, ivs, args[0])};
                         });
  return nest.results.empty() ? init : nest.results[0];
}

/// `a == b` for two lists of indices.
Value allEqual(ImplicitLocOpBuilder &b, ValueRange lhs, ValueRange rhs) {
  Value same = arith::ConstantOp::create(b, b.getBoolAttr(true));
  for (auto [x, y] : llvm::zip(lhs, rhs))
    same = arith::AndIOp::create(
        b, same, arith::CmpIOp::create(b, arith::CmpIPredicate::eq, x, y));
  return same;
}

/// Scatters are written in gather form: each result element starts from
/// data and folds in, in order, every update whose target is that element.
/// This needs no writes at data-dependent positions (so no loop-carried
/// tensors) at the cost of a scan of the updates per element.

/// ScatterElementsUpdate-12 with a constant axis (all reductions; mean
/// divides by the number of values combined).
struct ScatterElementsUpdateLowering
    : OpConversionPattern<ScatterElementsUpdateOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ScatterElementsUpdateOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value data = adaptor.getData(), indices = adaptor.getIndices(),
          updates = adaptor.getUpdates();
    auto type = rankedType(data);
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    FailureOr<SmallVector<int64_t>> axisValue = getConstantInts(op.getAxis());
    ScatterReduction reduction = op.getReduction();
    if (!type || !isSignlessInts(indices) || !rankedType(updates) ||
        !resultType || failed(axisValue) || axisValue->size() != 1)
      return rewriter.notifyMatchFailure(
          op, "needs ranked operands and a constant axis");
    Type element = type.getElementType();
    if (reduction != ScatterReduction::none &&
        (element.isUnsignedInteger() || element.isInteger(1)))
      return rewriter.notifyMatchFailure(
          op, "reductions over unsigned or boolean elements");
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    int64_t rank = type.getRank();
    FailureOr<int64_t> axis =
        normalizeAxis(ShapeDiag(op.getLoc()), (*axisValue)[0], rank);
    if (failed(axis))
      return failure();
    ShapeExpr shape = ShapeExpr::fromValue(data, b);
    SmallVector<Value> dims = dimValues(b, shape);
    SmallVector<Value> updateDims =
        dimValues(b, ShapeExpr::fromValue(indices, b));
    std::optional<ReduceKind> kind;
    switch (reduction) {
    case ScatterReduction::sum:
    case ScatterReduction::mean:
      kind = ReduceKind::Sum;
      break;
    case ScatterReduction::prod:
      kind = ReduceKind::Prod;
      break;
    case ScatterReduction::min:
      kind = ReduceKind::Min;
      break;
    case ScatterReduction::max:
      kind = ReduceKind::Max;
      break;
    case ScatterReduction::none:
      break;
    }
    bool useInit = op.getUseInitVal() || !kind;
    Value result = buildIndexedGeneric(
        b, getSizes(b, type, shape), element,
        [&](ImplicitLocOpBuilder &body, ValueRange o) -> Value {
          Value original = tensor::ExtractOp::create(body, data, o);
          Value start = useInit ? original
                                : Value(arith::ConstantOp::create(
                                      body, getIdentity(body, *kind, element)));
          Value zero = arith::ConstantIndexOp::create(body, 0);
          Value one = arith::ConstantIndexOp::create(body, 1);
          // Carries the value and the number of updates folded in.
          SmallVector<Value> lbs(rank, zero), steps(rank, one);
          scf::LoopNest nest = scf::buildLoopNest(
              body, body.getLoc(), lbs, updateDims, steps,
              ValueRange{start, zero},
              [&](OpBuilder &nested, Location loc, ValueRange ivs,
                  ValueRange args) -> scf::ValueVector {
                ImplicitLocOpBuilder e(loc, nested);
                Value raw = tensor::ExtractOp::create(e, indices, ivs);
                SmallVector<Value> target(ivs);
                target[*axis] = normalizeIndex(e, raw, dims[*axis]);
                Value hit = allEqual(e, target, o);
                Value update = tensor::ExtractOp::create(e, updates, ivs);
                Value next =
                    kind ? combineReduce(e, *kind, args[0], update) : update;
                return {arith::SelectOp::create(e, hit, next, args[0]),
                        arith::SelectOp::create(
                            e, hit, arith::AddIOp::create(e, args[1], one),
                            args[1])};
              });
          Value value = nest.results.empty() ? start : nest.results[0];
          Value count = nest.results.empty() ? zero : nest.results[1];
          Value touched = arith::CmpIOp::create(body, arith::CmpIPredicate::ne,
                                                count, zero);
          if (reduction == ScatterReduction::mean) {
            if (useInit)
              count = arith::AddIOp::create(body, count, one);
            Value n =
                arith::IndexCastOp::create(body, body.getI64Type(), count);
            n = isFloat(element)
                    ? Value(arith::SIToFPOp::create(body, element, n))
                    : Value(arith::TruncIOp::create(body, element, n));
            value = isFloat(element)
                        ? Value(arith::DivFOp::create(body, value, n))
                        : Value(arith::FloorDivSIOp::create(body, value, n));
          }
          // Elements no update targets keep their value.
          return arith::SelectOp::create(body, touched, value, original);
        });
    rewriter.replaceOp(op, castTo(b, result, resultType));
    return success();
  }
};

/// ScatterNDUpdate-4: each element takes the last update whose index tuple
/// addresses it.
struct ScatterNDUpdateLowering : OpConversionPattern<ScatterNDUpdateOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ScatterNDUpdateOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value data = adaptor.getData(), indices = adaptor.getIndices(),
          updates = adaptor.getUpdates();
    auto type = rankedType(data);
    auto indicesType = rankedType(indices);
    auto updatesType = rankedType(updates);
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    if (!type || !isSignlessInts(indices) || !updatesType || !resultType ||
        indicesType.getRank() < 1 ||
        indicesType.isDynamicDim(indicesType.getRank() - 1))
      return rewriter.notifyMatchFailure(
          op, "needs ranked operands and index tuples of static length");
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    int64_t q = indicesType.getRank();
    int64_t k = indicesType.getDimSize(q - 1);
    ShapeExpr shape = ShapeExpr::fromValue(data, b);
    SmallVector<Value> dims = dimValues(b, shape);
    SmallVector<Value> tupleDims =
        dimValues(b, ShapeExpr::fromValue(indices, b));
    tupleDims.pop_back();
    Value result = buildIndexedGeneric(
        b, getSizes(b, type, shape), type.getElementType(),
        [&](ImplicitLocOpBuilder &body, ValueRange o) -> Value {
          Value original = tensor::ExtractOp::create(body, data, o);
          return buildScalarLoop(
              body, tupleDims, original,
              [&](ImplicitLocOpBuilder &e, ValueRange ivs, Value acc) {
                SmallVector<Value> at(ivs);
                at.push_back(Value());
                SmallVector<Value> target;
                for (int64_t j = 0; j < k; ++j) {
                  at.back() = arith::ConstantIndexOp::create(e, j);
                  Value raw = tensor::ExtractOp::create(e, indices, at);
                  target.push_back(normalizeIndex(e, raw, dims[j]));
                }
                Value hit = allEqual(e, target, o.take_front(k));
                SmallVector<Value> from(ivs);
                for (int64_t d = k; d < type.getRank(); ++d)
                  from.push_back(o[d]);
                Value update = tensor::ExtractOp::create(e, updates, from);
                return Value(arith::SelectOp::create(e, hit, update, acc));
              });
        });
    rewriter.replaceOp(op, castTo(b, result, resultType));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// OneHot
//===----------------------------------------------------------------------===//

struct OneHotLowering : OpConversionPattern<OneHotOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(OneHotOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value indices = adaptor.getIndices();
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    if (!isSignlessInts(indices) || !resultType ||
        !rankedType(adaptor.getOnValue()) || !rankedType(adaptor.getOffValue()))
      return rewriter.notifyMatchFailure(
          op, "needs ranked operands and signless indices");
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    ShapeDiag diag(op.getLoc());
    int64_t q = rankedType(indices).getRank();
    FailureOr<int64_t> axis = normalizeAxis(diag, op.getAxis(), q + 1);
    if (failed(axis))
      return failure();
    FailureOr<SmallVector<DimExpr>> depth =
        readSizeOperand(b, op.getDepth(), adaptor.getDepth());
    if (failed(depth) || depth->size() != 1)
      return rewriter.notifyMatchFailure(op, "needs a scalar depth");
    FailureOr<ShapeExpr> out = inferOneHotShape(
        diag, ShapeExpr::fromValue(indices, b), (*depth)[0], *axis);
    if (failed(out))
      return failure();
    Value on = extractFirst(b, adaptor.getOnValue());
    Value off = extractFirst(b, adaptor.getOffValue());
    Value result = buildIndexedGeneric(
        b, getSizes(b, resultType, *out), resultType.getElementType(),
        [&](ImplicitLocOpBuilder &body, ValueRange o) -> Value {
          SmallVector<Value> at;
          for (int64_t d = 0; d <= q; ++d)
            if (d != *axis)
              at.push_back(o[d]);
          Value raw = tensor::ExtractOp::create(body, indices, at);
          Value position =
              arith::IndexCastOp::create(body, raw.getType(), o[*axis]);
          Value hit = arith::CmpIOp::create(body, arith::CmpIPredicate::eq, raw,
                                            position);
          return arith::SelectOp::create(body, hit, on, off);
        });
    rewriter.replaceOp(op, castTo(b, result, resultType));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// TopK
//===----------------------------------------------------------------------===//

/// TopK: output element j of a slice is found by j + 1 scans of the slice,
/// each taking the first element (in the order: better value, then lower
/// index) after the previous one. sort = index takes the k-th element of
/// that order as a threshold and then the j-th selected element by index.
/// Ties always keep input order, which is also what `stable` asks for.
struct TopKLowering : OpConversionPattern<TopKOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(TopKOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value data = adaptor.getData();
    auto type = rankedType(data);
    auto valuesType = dyn_cast<RankedTensorType>(op.getValues().getType());
    auto indicesType = dyn_cast<RankedTensorType>(op.getIndices().getType());
    if (!type || !valuesType || !indicesType ||
        type.getElementType().isUnsignedInteger())
      return rewriter.notifyMatchFailure(op, "needs ranked signed/float data");
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    ShapeDiag diag(op.getLoc());
    FailureOr<int64_t> axis = normalizeAxis(diag, op.getAxis(), type.getRank());
    if (failed(axis))
      return failure();
    FailureOr<SmallVector<DimExpr>> k =
        readSizeOperand(b, op.getK(), adaptor.getK());
    if (failed(k) || k->size() != 1)
      return rewriter.notifyMatchFailure(op, "needs a scalar k");
    ShapeExpr shape = ShapeExpr::fromValue(data, b);
    FailureOr<ShapeExpr> out = inferTopKShape(diag, shape, *axis, (*k)[0]);
    if (failed(out))
      return failure();
    Type element = type.getElementType();
    bool isMax = op.getMode() == TopKMode::max;
    bool byIndex = op.getSort() == TopKSortType::index;
    Value n = toIndex(b, shape[*axis]);
    Value kValue = toIndex(b, (*k)[0]);
    SmallVector<OpFoldResult> sizes = getSizes(b, valuesType, *out);
    Value valuesInit = tensor::EmptyOp::create(b, sizes, element);
    Value indicesInit =
        tensor::EmptyOp::create(b, sizes, indicesType.getElementType());
    int64_t rank = type.getRank();

    // (va, ia) comes strictly before (vb, ib) in the output order.
    auto before = [&](ImplicitLocOpBuilder &e, Value va, Value ia, Value vb,
                      Value ib) -> Value {
      Value better, equal;
      if (isFloat(element)) {
        better = arith::CmpFOp::create(
            e, isMax ? arith::CmpFPredicate::OGT : arith::CmpFPredicate::OLT,
            va, vb);
        equal = arith::CmpFOp::create(e, arith::CmpFPredicate::OEQ, va, vb);
      } else {
        better = arith::CmpIOp::create(
            e, isMax ? arith::CmpIPredicate::sgt : arith::CmpIPredicate::slt,
            va, vb);
        equal = arith::CmpIOp::create(e, arith::CmpIPredicate::eq, va, vb);
      }
      Value lower = arith::CmpIOp::create(e, arith::CmpIPredicate::ult, ia, ib);
      return arith::OrIOp::create(e, better,
                                  arith::AndIOp::create(e, equal, lower));
    };

    auto generic = linalg::GenericOp::create(
        b, TypeRange{valuesInit.getType(), indicesInit.getType()}, ValueRange{},
        ValueRange{valuesInit, indicesInit},
        SmallVector<AffineMap>(2, b.getMultiDimIdentityMap(rank)),
        SmallVector<utils::IteratorType>(rank, utils::IteratorType::parallel),
        [&](OpBuilder &nested, Location loc, ValueRange) {
          ImplicitLocOpBuilder body(loc, nested);
          SmallVector<Value> o;
          for (int64_t d = 0; d < rank; ++d)
            o.push_back(linalg::IndexOp::create(body, d));
          Value zero = arith::ConstantIndexOp::create(body, 0);
          Value one = arith::ConstantIndexOp::create(body, 1);
          Value none = arith::ConstantIndexOp::create(body, -1);
          Value last = arith::SubIOp::create(body, n, one);
          auto read = [&](ImplicitLocOpBuilder &e, Value i) -> Value {
            SmallVector<Value> at(o);
            at[*axis] = clampIndex(e, i, n);
            return tensor::ExtractOp::create(e, data, at);
          };
          // The element after (prevValue, prevIndex) in the order (the
          // first one when prevIndex is -1).
          auto next = [&](ImplicitLocOpBuilder &e, Value prevValue,
                          Value prevIndex) -> std::pair<Value, Value> {
            Value first = read(e, zero);
            auto loop = scf::ForOp::create(
                e, zero, n, one, ValueRange{first, none},
                [&](OpBuilder &lb, Location l, Value i, ValueRange args) {
                  ImplicitLocOpBuilder f(l, lb);
                  Value v = read(f, i);
                  Value isFirst = arith::CmpIOp::create(
                      f, arith::CmpIPredicate::eq, prevIndex, none);
                  Value after = arith::OrIOp::create(
                      f, isFirst, before(f, prevValue, prevIndex, v, i));
                  Value noBest = arith::CmpIOp::create(
                      f, arith::CmpIPredicate::eq, args[1], none);
                  Value better = arith::OrIOp::create(
                      f, noBest, before(f, v, i, args[0], args[1]));
                  Value take = arith::AndIOp::create(f, after, better);
                  scf::YieldOp::create(
                      f,
                      ValueRange{arith::SelectOp::create(f, take, v, args[0]),
                                 arith::SelectOp::create(f, take, i, args[1])});
                });
            return {loop.getResult(0), loop.getResult(1)};
          };
          // The element of rank `count` - 1 in the order.
          auto nth = [&](ImplicitLocOpBuilder &e,
                         Value count) -> std::pair<Value, Value> {
            Value first = read(e, zero);
            auto loop = scf::ForOp::create(
                e, zero, count, one, ValueRange{first, none},
                [&](OpBuilder &lb, Location l, Value, ValueRange args) {
                  ImplicitLocOpBuilder f(l, lb);
                  auto [v, i] = next(f, args[0], args[1]);
                  scf::YieldOp::create(f, ValueRange{v, i});
                });
            return {loop.getResult(0), loop.getResult(1)};
          };
          Value j = o[*axis];
          Value value, index;
          if (!byIndex) {
            std::tie(value, index) =
                nth(body, arith::AddIOp::create(body, j, one));
          } else {
            // The threshold: the last of the k selected elements.
            Value count = arith::MinUIOp::create(body, kValue, n);
            // (Named, not bound: the lambda below captures them.)
            std::pair<Value, Value> threshold = nth(body, count);
            Value tv = threshold.first, ti = threshold.second;
            // Scan by index for the j-th element not after the threshold.
            auto loop = scf::ForOp::create(
                body, zero, n, one, ValueRange{zero, none},
                [&](OpBuilder &lb, Location l, Value i, ValueRange args) {
                  ImplicitLocOpBuilder f(l, lb);
                  Value v = read(f, i);
                  Value isThreshold =
                      arith::CmpIOp::create(f, arith::CmpIPredicate::eq, i, ti);
                  Value selected = arith::OrIOp::create(
                      f, isThreshold, before(f, v, i, tv, ti));
                  Value isJ = arith::CmpIOp::create(f, arith::CmpIPredicate::eq,
                                                    args[0], j);
                  Value take = arith::AndIOp::create(f, selected, isJ);
                  Value seen = arith::SelectOp::create(
                      f, selected, arith::AddIOp::create(f, args[0], one),
                      args[0]);
                  scf::YieldOp::create(
                      f, ValueRange{seen, arith::SelectOp::create(f, take, i,
                                                                  args[1])});
                });
            index = loop.getResult(1);
            value = read(body, index);
          }
          // A k beyond the dimension is undefined; stay in bounds.
          index = arith::MinSIOp::create(
              body, arith::MaxSIOp::create(body, index, zero), last);
          Value outIndex = arith::IndexCastOp::create(
              body, indicesType.getElementType(), index);
          linalg::YieldOp::create(body, ValueRange{value, outIndex});
        });
    rewriter.replaceOp(op, {castTo(b, generic.getResult(0), valuesType),
                            castTo(b, generic.getResult(1), indicesType)});
    return success();
  }
};

//===----------------------------------------------------------------------===//
// NonZero
//===----------------------------------------------------------------------===//

/// NonZero: one loop counts the non-zero elements (the result's size), a
/// second one writes their coordinates.
struct NonZeroLowering : OpConversionPattern<NonZeroOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(NonZeroOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value data = adaptor.getData();
    auto type = rankedType(data);
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    if (!type || !resultType)
      return rewriter.notifyMatchFailure(op, "needs ranked data");
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    Type element = type.getElementType();
    Type outElement = resultType.getElementType();
    int64_t rank = type.getRank();
    SmallVector<Value> dims = dimValues(b, ShapeExpr::fromValue(data, b));
    auto isNonZero = [&](ImplicitLocOpBuilder &e, ValueRange ivs) -> Value {
      Value v = tensor::ExtractOp::create(e, data, ivs);
      if (isFloat(element))
        return arith::CmpFOp::create(e, arith::CmpFPredicate::UNE, v,
                                     scalar(e, element, 0));
      return arith::CmpIOp::create(e, arith::CmpIPredicate::ne, v,
                                   scalar(e, element, 0));
    };
    Value zero = arith::ConstantIndexOp::create(b, 0);
    Value one = arith::ConstantIndexOp::create(b, 1);
    SmallVector<Value> lbs(rank, zero), steps(rank, one);
    scf::LoopNest counting = scf::buildLoopNest(
        b, b.getLoc(), lbs, dims, steps, ValueRange{zero},
        [&](OpBuilder &nested, Location loc, ValueRange ivs,
            ValueRange args) -> scf::ValueVector {
          ImplicitLocOpBuilder e(loc, nested);
          Value add = arith::SelectOp::create(e, isNonZero(e, ivs), one, zero);
          return {arith::AddIOp::create(e, args[0], add)};
        });
    Value count = counting.results.empty() ? zero : counting.results[0];
    if (rank == 0) // a scalar: [0, count] has no elements to write
      count = arith::SelectOp::create(b, isNonZero(b, {}), one, zero);
    // Column c holds the coordinates of the c-th non-zero element in
    // row-major order, found by a scan (no data-dependent writes).
    Value result = buildIndexedGeneric(
        b, {b.getIndexAttr(rank), count}, outElement,
        [&](ImplicitLocOpBuilder &body, ValueRange o) -> Value {
          Value zero = arith::ConstantIndexOp::create(body, 0);
          Value one = arith::ConstantIndexOp::create(body, 1);
          SmallVector<Value> lbs(rank, zero), steps(rank, one);
          scf::LoopNest nest = scf::buildLoopNest(
              body, body.getLoc(), lbs, dims, steps, ValueRange{zero, zero},
              [&](OpBuilder &nested, Location loc, ValueRange ivs,
                  ValueRange args) -> scf::ValueVector {
                ImplicitLocOpBuilder e(loc, nested);
                Value nonZero = isNonZero(e, ivs);
                Value isC = arith::CmpIOp::create(e, arith::CmpIPredicate::eq,
                                                  args[0], o[1]);
                Value take = arith::AndIOp::create(e, nonZero, isC);
                // The coordinate along dimension o[0].
                Value coordinate = zero;
                for (int64_t d = 0; d < rank; ++d) {
                  Value isD = arith::CmpIOp::create(
                      e, arith::CmpIPredicate::eq, o[0],
                      arith::ConstantIndexOp::create(e, d));
                  coordinate =
                      arith::SelectOp::create(e, isD, ivs[d], coordinate);
                }
                return {arith::SelectOp::create(
                            e, nonZero, arith::AddIOp::create(e, args[0], one),
                            args[0]),
                        arith::SelectOp::create(e, take, coordinate, args[1])};
              });
          Value coordinate = nest.results.empty() ? zero : nest.results[1];
          return arith::IndexCastOp::create(body, outElement, coordinate);
        });
    rewriter.replaceOp(op, castTo(b, result, resultType));
    return success();
  }
};

} // namespace

void lowering::populateIndexingLowerings(RewritePatternSet &patterns) {
  patterns.add<GatherLowering, GatherElementsLowering, GatherNDLowering,
               ScatterElementsUpdateLowering, ScatterNDUpdateLowering,
               OneHotLowering, TopKLowering, NonZeroLowering>(
      patterns.getContext());
}
