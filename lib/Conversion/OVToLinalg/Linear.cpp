//===- Linear.cpp - MatMul, Softmax and attention -------------------------===//

#include "LoweringUtils.h"

#include "ovmlir/Dialect/OV/IR/OVOps.h"
#include "ovmlir/Dialect/OV/IR/ShapeUtils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/ImplicitLocOpBuilder.h"
#include "mlir/Transforms/DialectConversion.h"

using namespace mlir;
using namespace mlir::ov;
using namespace mlir::ov::lowering;

namespace {

/// `d` as an OpFoldResult (constants need no builder of their own).
OpFoldResult foldResult(ImplicitLocOpBuilder &b, const DimExpr &d) {
  if (d.isConstant())
    return b.getIndexAttr(d.getConstant());
  return d.getOpFoldResult();
}

SmallVector<OpFoldResult> foldResults(ImplicitLocOpBuilder &b,
                                      ArrayRef<DimExpr> dims) {
  return llvm::map_to_vector(
      dims, [&](const DimExpr &d) { return foldResult(b, d); });
}

/// A tensor type of `dims` (static where they are constants).
RankedTensorType typeOf(ArrayRef<DimExpr> dims, Type element) {
  return RankedTensorType::get(
      llvm::map_to_vector(dims,
                          [](const DimExpr &d) { return d.getStaticSize(); }),
      element);
}

/// `value` with its last two dimensions swapped.
Value transposeLast(ImplicitLocOpBuilder &b, Value value) {
  ShapeExpr shape = ShapeExpr::fromValue(value, b);
  int64_t rank = shape.getRank();
  SmallVector<DimExpr> dims(shape.getDims());
  std::swap(dims[rank - 2], dims[rank - 1]);
  SmallVector<int64_t> permutation =
      llvm::to_vector(llvm::seq<int64_t>(0, rank));
  std::swap(permutation[rank - 2], permutation[rank - 1]);
  Value init = tensor::EmptyOp::create(b, foldResults(b, dims),
                                       getElementType(value.getType()));
  return linalg::TransposeOp::create(b, value, init, permutation)->getResult(0);
}

/// `value` collapsed by `reassociation` (identity when nothing merges).
Value collapse(ImplicitLocOpBuilder &b, Value value,
               ArrayRef<ReassociationIndices> reassociation) {
  if (static_cast<int64_t>(reassociation.size()) ==
      cast<RankedTensorType>(value.getType()).getRank())
    return value;
  return tensor::CollapseShapeOp::create(b, value, reassociation);
}

/// `value` expanded by `reassociation` to `dims`.
Value expand(ImplicitLocOpBuilder &b, Value value, ArrayRef<DimExpr> dims,
             ArrayRef<ReassociationIndices> reassociation) {
  auto type = cast<RankedTensorType>(value.getType());
  if (static_cast<int64_t>(dims.size()) == type.getRank())
    return value;
  return tensor::ExpandShapeOp::create(b, typeOf(dims, type.getElementType()),
                                       value, reassociation,
                                       foldResults(b, dims));
}

/// `value` [batch..., R, C] with its batch dimensions broadcast to `batch`:
/// a copy when they differ (or may differ), else a run-time check that the
/// dynamic ones match.
FailureOr<Value> broadcastBatch(ImplicitLocOpBuilder &b, Value value,
                                ArrayRef<DimExpr> batch) {
  ShapeExpr shape = ShapeExpr::fromValue(value, b);
  int64_t rank = shape.getRank();
  ArrayRef<DimExpr> own = shape.getDims().drop_back(2);
  bool copy = own.size() != batch.size();
  for (size_t i = 0; !copy && i < own.size(); ++i)
    copy = own[i].isConstant() &&
           own[i].getStaticSize() != batch[i].getStaticSize();
  if (!copy) {
    for (size_t i = 0; i < own.size(); ++i) {
      if (own[i].isConstant())
        continue;
      Value same =
          arith::CmpIOp::create(b, arith::CmpIPredicate::eq,
                                own[i].materialize(b), batch[i].materialize(b));
      cf::AssertOp::create(b, same,
                           "MatMul: a dynamic batch dimension does not match "
                           "the other operand (broadcasting a dynamic "
                           "dimension of size 1 is not supported)");
    }
    return value;
  }
  SmallVector<DimExpr> dims(batch);
  dims.push_back(shape[rank - 2]);
  dims.push_back(shape[rank - 1]);
  Type element = getElementType(value.getType());
  return buildElementwise(
      b, typeOf(dims, element), ValueRange{value}, element,
      [](ImplicitLocOpBuilder &, ValueRange args) { return args[0]; });
}

/// The batched product of `a` [batchA..., M, K] and `b` [batchB..., K, N]
/// into [batch..., M, N] as one linalg.generic whose indexing maps
/// broadcast the batch dimensions (no copies, no reshapes). Dynamic batch
/// dimensions must match the result's at run time.
Value buildBroadcastMatmul(ImplicitLocOpBuilder &b, Value a, Value bm,
                           ArrayRef<DimExpr> batch, DimExpr m, DimExpr n) {
  int64_t batchRank = batch.size(), numLoops = batchRank + 3;
  auto dim = [&](int64_t i) { return b.getAffineDimExpr(i); };
  auto operandMap = [&](Value value, AffineExpr row, AffineExpr col) {
    ShapeExpr shape = ShapeExpr::fromValue(value, b);
    int64_t own = shape.getRank() - 2, offset = batchRank - own;
    SmallVector<AffineExpr> exprs;
    for (int64_t j = 0; j < own; ++j) {
      const DimExpr &size = shape[j], &target = batch[j + offset];
      if (size.isConstant(1) && !target.isConstant(1)) {
        exprs.push_back(b.getAffineConstantExpr(0));
        continue;
      }
      exprs.push_back(dim(j + offset));
      if (!size.isConstant()) {
        Value same =
            arith::CmpIOp::create(b, arith::CmpIPredicate::eq,
                                  size.materialize(b), target.materialize(b));
        cf::AssertOp::create(b, same,
                             "MatMul: a dynamic batch dimension does not "
                             "match the other operand (broadcasting a "
                             "dynamic dimension of size 1 is not supported)");
      }
    }
    exprs.push_back(row);
    exprs.push_back(col);
    return AffineMap::get(numLoops, 0, exprs, b.getContext());
  };
  AffineExpr mDim = dim(batchRank), nDim = dim(batchRank + 1),
             kDim = dim(batchRank + 2);
  SmallVector<AffineExpr> outExprs;
  for (int64_t i = 0; i < batchRank + 2; ++i)
    outExprs.push_back(dim(i));
  SmallVector<AffineMap> maps = {
      operandMap(a, mDim, kDim), operandMap(bm, kDim, nDim),
      AffineMap::get(numLoops, 0, outExprs, b.getContext())};
  SmallVector<DimExpr> outDims(batch);
  outDims.push_back(m);
  outDims.push_back(n);
  Type element = getElementType(a.getType());
  Value zero = arith::ConstantOp::create(b, b.getZeroAttr(element));
  Value init = tensor::EmptyOp::create(b, foldResults(b, outDims), element);
  Value out = linalg::FillOp::create(b, ValueRange{zero}, ValueRange{init})
                  .getResult(0);
  SmallVector<utils::IteratorType> iterators(numLoops,
                                             utils::IteratorType::parallel);
  iterators.back() = utils::IteratorType::reduction;
  return linalg::GenericOp::create(
             b, TypeRange{out.getType()}, ValueRange{a, bm}, ValueRange{out},
             maps, iterators,
             [&](OpBuilder &nested, Location loc, ValueRange args) {
               ImplicitLocOpBuilder body(loc, nested);
               Value product =
                   isFloat(element)
                       ? Value(arith::MulFOp::create(body, args[0], args[1]))
                       : Value(arith::MulIOp::create(body, args[0], args[1]));
               Value sum =
                   isFloat(element)
                       ? Value(arith::AddFOp::create(body, args[2], product))
                       : Value(arith::AddIOp::create(body, args[2], product));
               linalg::YieldOp::create(body, sum);
             })
      .getResult(0);
}

/// The MatMul-1 product of `a` and `bm` (see MatMulLowering).
FailureOr<Value> buildMatMul(ImplicitLocOpBuilder &b, Value a, Value bm,
                             bool transposeA, bool transposeB) {
  Type element = getElementType(a.getType());
  auto aType = cast<RankedTensorType>(a.getType());
  auto bType = cast<RankedTensorType>(bm.getType());
  bool aVector = aType.getRank() == 1, bVector = bType.getRank() == 1;
  if (aVector)
    a = expand(b, a, {DimExpr(1), ShapeExpr::fromValue(a, b)[0]}, {{0, 1}});
  else if (transposeA)
    a = transposeLast(b, a);
  if (bVector)
    bm = expand(b, bm, {ShapeExpr::fromValue(bm, b)[0], DimExpr(1)}, {{0, 1}});
  else if (transposeB)
    bm = transposeLast(b, bm);

  ShapeExpr aShape = ShapeExpr::fromValue(a, b);
  ShapeExpr bShape = ShapeExpr::fromValue(bm, b);
  int64_t aRank = aShape.getRank(), bRank = bShape.getRank();
  DimExpr m = aShape[aRank - 2], n = bShape[bRank - 1];
  // The contraction sizes must agree (checked at run time when dynamic).
  const DimExpr &kA = aShape[aRank - 1], &kB = bShape[bRank - 2];
  if (!kA.isConstant() || !kB.isConstant()) {
    Value same = arith::CmpIOp::create(b, arith::CmpIPredicate::eq,
                                       kA.materialize(b), kB.materialize(b));
    cf::AssertOp::create(b, same, "MatMul: the contraction dimensions differ");
  }
  Value zero = arith::ConstantOp::create(b, b.getZeroAttr(element));
  auto filled = [&](ArrayRef<DimExpr> dims) {
    Value init = tensor::EmptyOp::create(b, foldResults(b, dims), element);
    return linalg::FillOp::create(b, ValueRange{zero}, ValueRange{init})
        .getResult(0);
  };

  FailureOr<ShapeExpr> batch = broadcastShapes(
      ShapeDiag(std::nullopt),
      ShapeExpr(SmallVector<DimExpr>(aShape.getDims().drop_back(2))),
      ShapeExpr(SmallVector<DimExpr>(bShape.getDims().drop_back(2))),
      AutoBroadcastType::numpy);
  if (failed(batch))
    return failure();
  int64_t batchRank = batch->getRank();
  SmallVector<DimExpr> outDims(batch->getDims());
  outDims.push_back(m);
  outDims.push_back(n);
  // Reshapes merge dimensions only when they are static (merged dynamic
  // sizes would need affine maps late in the pipeline).
  auto allStatic = [](ArrayRef<DimExpr> dims) {
    return llvm::all_of(dims, [](const DimExpr &d) { return d.isConstant(); });
  };

  Value product;
  if (bRank == 2 && (aRank == 2 || allStatic(aShape.getDims().drop_back(1)))) {
    // [batch..., M, K] x [K, N]: one matmul over [batch * M, K].
    ReassociationIndices rows =
        llvm::to_vector(llvm::seq<int64_t>(0, aRank - 1));
    SmallVector<ReassociationIndices> inMap = {rows, {aRank - 1}};
    Value flat = collapse(b, a, inMap);
    DimExpr flatRows = 1;
    for (int64_t d = 0; d < aRank - 1; ++d)
      flatRows = flatRows * aShape[d];
    Value out = filled({flatRows, n});
    product = linalg::MatmulOp::create(b, ValueRange{flat, bm}, ValueRange{out})
                  .getResult(0);
    product = expand(b, product, outDims, inMap);
  } else if (allStatic(batch->getDims()) ||
             (batchRank == 1 && aRank == 3 && bRank == 3 &&
              aShape[0].getStaticSize() == bShape[0].getStaticSize())) {
    // Batch dimensions broadcast (copies where needed), collapsed into one.
    FailureOr<Value> aFull = broadcastBatch(b, a, batch->getDims());
    FailureOr<Value> bFull = broadcastBatch(b, bm, batch->getDims());
    if (failed(aFull) || failed(bFull))
      return failure();
    SmallVector<ReassociationIndices> map = {
        llvm::to_vector(llvm::seq<int64_t>(0, batchRank)),
        {batchRank},
        {batchRank + 1}};
    DimExpr flatBatch = 1;
    for (const DimExpr &d : batch->getDims())
      flatBatch = flatBatch * d;
    Value out = filled({flatBatch, m, n});
    product =
        linalg::BatchMatmulOp::create(
            b, ValueRange{collapse(b, *aFull, map), collapse(b, *bFull, map)},
            ValueRange{out})
            .getResult(0);
    product = expand(b, product, outDims, map);
  } else {
    product = buildBroadcastMatmul(b, a, bm, batch->getDims(), m, n);
  }

  // Drop the unit dimensions that 1-D operands added.
  int64_t rank = outDims.size();
  if (aVector || bVector) {
    SmallVector<bool> keep(rank, true);
    if (aVector)
      keep[rank - 2] = false;
    if (bVector)
      keep[rank - 1] = false;
    SmallVector<ReassociationIndices> map;
    ReassociationIndices pending;
    for (int64_t d = 0; d < rank; ++d) {
      pending.push_back(d);
      if (keep[d]) {
        map.push_back(pending);
        pending.clear();
      }
    }
    if (!pending.empty() && !map.empty())
      llvm::append_range(map.back(), pending);
    product = tensor::CollapseShapeOp::create(b, product, map);
  }
  return product;
}

/// MatMul-1 of any ranks: 1-D operands become [1, K] / [K, 1] (the unit
/// dimension is dropped from the result), transposes are explicit; two
/// matrices give linalg.matmul, batched [..., M, K] with a matrix is one
/// linalg.matmul over [batch * M, K], other batched products broadcast the
/// batch dimensions (numpy) and collapse them for linalg.batch_matmul.
struct MatMulLowering : OpConversionPattern<MatMulOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(MatMulOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value a = adaptor.getA(), bm = adaptor.getB();
    auto aType = dyn_cast<RankedTensorType>(a.getType());
    auto bType = dyn_cast<RankedTensorType>(bm.getType());
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    if (!aType || !bType || !resultType || aType.getRank() == 0 ||
        bType.getRank() == 0)
      return rewriter.notifyMatchFailure(op,
                                         "needs ranked non-scalar operands");
    Type element = resultType.getElementType();
    if (aType.getElementType() != element ||
        bType.getElementType() != element || isUnsigned(element))
      return rewriter.notifyMatchFailure(
          op, "needs one signless element type for the operands and result");
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    FailureOr<Value> product =
        buildMatMul(b, a, bm, op.getTransposeA(), op.getTransposeB());
    if (failed(product))
      return rewriter.notifyMatchFailure(op, "batch dimensions differ");
    rewriter.replaceOp(op, tensor::CastOp::create(b, resultType, *product));
    return success();
  }
};

/// Softmax of `x` over `axis`: exp(x - max) / sum(exp(x - max)).
FailureOr<Value> buildSoftmax(ImplicitLocOpBuilder &b, Value x, int64_t axis) {
  auto type = cast<RankedTensorType>(x.getType());
  Type element = type.getElementType();
  auto reduce = [&](Value input, ReduceKind kind) {
    return buildReduction(b, input, {axis}, /*keepDims=*/true,
                          getIdentity(b, kind, element),
                          [&](ImplicitLocOpBuilder &body, Value acc, Value v) {
                            return combineReduce(body, kind, acc, v);
                          });
  };
  Value max = reduce(x, ReduceKind::Max);
  FailureOr<Value> exps = buildElementwise(
      b, type, ValueRange{x, max}, element,
      [&](ImplicitLocOpBuilder &body, ValueRange args) -> Value {
        return math::ExpOp::create(
            body, arith::SubFOp::create(body, args[0], args[1]));
      });
  if (failed(exps))
    return failure();
  Value sum = reduce(*exps, ReduceKind::Sum);
  return buildElementwise(
      b, type, ValueRange{*exps, sum}, element,
      [&](ImplicitLocOpBuilder &body, ValueRange args) -> Value {
        return arith::DivFOp::create(body, args[0], args[1]);
      });
}

/// Softmax over `axis`.
struct SoftmaxLowering : OpConversionPattern<SoftmaxOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(SoftmaxOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value x = adaptor.getInput();
    auto type = dyn_cast<RankedTensorType>(x.getType());
    if (!type || !isFloat(type.getElementType()))
      return rewriter.notifyMatchFailure(op, "needs a ranked float input");
    // I64Attr getters return the bits unsigned.
    int64_t axis = static_cast<int64_t>(op.getAxis());
    if (axis < 0)
      axis += type.getRank();
    if (axis < 0 || axis >= type.getRank())
      return rewriter.notifyMatchFailure(op, "axis out of range");
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    FailureOr<Value> result = buildSoftmax(b, x, axis);
    if (failed(result))
      return failure();
    rewriter.replaceOp(op, tensor::CastOp::create(b, op.getType(), *result));
    return success();
  }
};

/// ScaledDotProductAttention-13: softmax(Q K^T * scale + mask) V with the
/// MatMul and Softmax lowerings above. A boolean mask sets masked-out
/// scores (false) to -inf, a float mask is added; `causal` masks the
/// scores above the diagonal instead.
struct ScaledDotProductAttentionLowering
    : OpConversionPattern<ScaledDotProductAttentionOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ScaledDotProductAttentionOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value query = adaptor.getQuery(), key = adaptor.getKey(),
          value = adaptor.getValue();
    Value mask = adaptor.getAttentionMask(), scale = adaptor.getScale();
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    for (Value operand : {query, key, value, mask, scale})
      if (operand && !isa<RankedTensorType>(operand.getType()))
        return rewriter.notifyMatchFailure(op, "needs ranked operands");
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "needs a ranked result");
    Type element = resultType.getElementType();
    for (Value operand : {query, key, value})
      if (getElementType(operand.getType()) != element ||
          cast<RankedTensorType>(operand.getType()).getRank() < 2)
        return rewriter.notifyMatchFailure(
            op, "query, key and value need rank >= 2 and the result's "
                "element type");
    if (scale &&
        (getElementType(scale.getType()) != element ||
         cast<RankedTensorType>(scale.getType()).getNumElements() != 1))
      return rewriter.notifyMatchFailure(op, "scale must be one element");
    Type maskElement = mask ? getElementType(mask.getType()) : Type();
    if (mask && maskElement != element && !maskElement.isInteger(1))
      return rewriter.notifyMatchFailure(
          op, "the mask must be boolean or of the query's element type");

    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    auto floatType = cast<FloatType>(element);
    Value factor;
    if (scale) {
      auto scaleType = cast<RankedTensorType>(scale.getType());
      Value zero = arith::ConstantIndexOp::create(b, 0);
      factor = tensor::ExtractOp::create(
          b, scale, SmallVector<Value>(scaleType.getRank(), zero));
    } else {
      // 1 / sqrt(E), E the last dimension of the query.
      ShapeExpr queryShape = ShapeExpr::fromValue(query, b);
      Value e = queryShape[queryShape.getRank() - 1].materialize(b);
      Value wide = arith::IndexCastOp::create(b, b.getI64Type(), e);
      Value size = arith::SIToFPOp::create(b, element, wide);
      // (math.rsqrt would become a libm call that does not exist.)
      factor = arith::DivFOp::create(b, scalar(b, element, 1.0),
                                     math::SqrtOp::create(b, size));
    }
    FailureOr<Value> scores = buildMatMul(b, query, key, false, true);
    if (failed(scores))
      return rewriter.notifyMatchFailure(op, "batch dimensions differ");
    auto scoresType = cast<RankedTensorType>(scores->getType());
    int64_t rank = scoresType.getRank();
    Value negInf = arith::ConstantOp::create(
        b,
        b.getFloatAttr(element, APFloat::getInf(floatType.getFloatSemantics(),
                                                /*Negative=*/true)));
    FailureOr<Value> masked;
    if (op.getCausal()) {
      // Score [..., l, s] is kept when s <= l.
      masked =
          linalg::GenericOp::create(
              b, TypeRange{scoresType}, ValueRange{*scores},
              ValueRange{tensor::EmptyOp::create(
                  b, tensor::getMixedSizes(b, b.getLoc(), *scores), element)},
              SmallVector<AffineMap>(2, b.getMultiDimIdentityMap(rank)),
              SmallVector<utils::IteratorType>(rank,
                                               utils::IteratorType::parallel),
              [&](OpBuilder &nested, Location loc, ValueRange args) {
                ImplicitLocOpBuilder body(loc, nested);
                Value l = linalg::IndexOp::create(body, rank - 2);
                Value s = linalg::IndexOp::create(body, rank - 1);
                Value keep = arith::CmpIOp::create(
                    body, arith::CmpIPredicate::ule, s, l);
                Value scaled = arith::MulFOp::create(body, args[0], factor);
                Value result =
                    arith::SelectOp::create(body, keep, scaled, negInf);
                linalg::YieldOp::create(body, result);
              })
              .getResult(0);
    } else {
      SmallVector<Value> inputs = {*scores};
      RankedTensorType maskedType = scoresType;
      if (mask) {
        inputs.push_back(mask);
        FailureOr<ShapeExpr> shape = broadcastShapes(
            ShapeDiag(std::nullopt), ShapeExpr::fromValue(*scores, b),
            ShapeExpr::fromValue(mask, b), AutoBroadcastType::numpy);
        if (failed(shape))
          return rewriter.notifyMatchFailure(
              op, "the mask does not broadcast to the scores");
        maskedType = cast<RankedTensorType>(shape->toTensorType(element));
      }
      bool boolMask = mask && maskElement.isInteger(1);
      masked = buildElementwise(
          b, maskedType, inputs, element,
          [&](ImplicitLocOpBuilder &body, ValueRange args) -> Value {
            Value scaled = arith::MulFOp::create(body, args[0], factor);
            if (args.size() == 1)
              return scaled;
            if (boolMask)
              return arith::SelectOp::create(body, args[1], scaled, negInf);
            return arith::AddFOp::create(body, scaled, args[1]);
          });
      if (failed(masked))
        return failure();
    }
    int64_t maskedRank = cast<RankedTensorType>(masked->getType()).getRank();
    FailureOr<Value> probabilities = buildSoftmax(b, *masked, maskedRank - 1);
    if (failed(probabilities))
      return failure();
    FailureOr<Value> result =
        buildMatMul(b, *probabilities, value, false, false);
    if (failed(result))
      return rewriter.notifyMatchFailure(op, "batch dimensions differ");
    rewriter.replaceOp(op, tensor::CastOp::create(b, resultType, *result));
    return success();
  }
};

} // namespace

void lowering::populateLinearLowerings(RewritePatternSet &patterns) {
  patterns
      .add<MatMulLowering, SoftmaxLowering, ScaledDotProductAttentionLowering>(
          patterns.getContext());
}
