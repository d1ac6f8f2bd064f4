//===- Tensor.cpp - Constants, Reshape and Transpose
//------------------------===//

#include "LoweringUtils.h"

#include "ovmlir/Dialect/OV/IR/OVOps.h"
#include "ovmlir/Dialect/OV/IR/ShapeOpShapes.h"
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

//===----------------------------------------------------------------------===//
// Other ops
//===----------------------------------------------------------------------===//

struct ConstantLowering : OpConversionPattern<ConstantOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ConstantOp op, OpAdaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto value = dyn_cast<TypedAttr>(op.getValue());
    if (!value || isa<DenseStringElementsAttr>(value))
      return rewriter.notifyMatchFailure(op, "string constants");
    rewriter.replaceOpWithNewOp<arith::ConstantOp>(op, value);
    return success();
  }
};

/// Reshape with a constant target: the result's sizes from Reshape's shape
/// function evaluated on the runtime input shape (special_zero copies, -1
/// divides the element count), then tensor.reshape. A run-time target of
/// static length gets its sizes computed (and checked) at run time.
struct ReshapeLowering : OpConversionPattern<ReshapeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ReshapeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto type = dyn_cast<RankedTensorType>(op.getType());
    if (!type || !isa<RankedTensorType>(adaptor.getData().getType()))
      return rewriter.notifyMatchFailure(
          op, "needs a ranked input and a ranked result");
    FailureOr<SmallVector<int64_t>> target = getConstantInts(op.getShape());
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    if (failed(target)) {
      Value sizes = buildRuntimeShape(b, op, adaptor, type.getRank());
      if (!sizes)
        return rewriter.notifyMatchFailure(
            op, "needs a 1-D integer target shape of the result's rank");
      rewriter.replaceOpWithNewOp<tensor::ReshapeOp>(op, type,
                                                     adaptor.getData(), sizes);
      return success();
    }
    SmallVector<DimExpr> targetDims;
    for (int64_t v : *target)
      targetDims.push_back(DimExpr::fromOpFoldResult(b.getIndexAttr(v), b));
    FailureOr<ShapeExpr> shape = inferReshapeShape(
        ShapeDiag(op.getLoc()), ShapeExpr::fromValue(adaptor.getData(), b),
        ArrayRef<DimExpr>(targetDims), op.getSpecialZero());
    if (failed(shape))
      return failure();
    SmallVector<Value> sizes;
    for (int64_t d = 0; d < type.getRank(); ++d)
      sizes.push_back(
          type.isDynamicDim(d)
              ? (*shape)[d].materialize(b)
              : Value(arith::ConstantIndexOp::create(b, type.getDimSize(d))));
    Value shapeTensor = tensor::FromElementsOp::create(
        b, RankedTensorType::get({type.getRank()}, b.getIndexType()), sizes);
    rewriter.replaceOpWithNewOp<tensor::ReshapeOp>(op, type, adaptor.getData(),
                                                   shapeTensor);
    return success();
  }
  /// The output sizes of a Reshape whose target is known only at run time
  /// (a 1-D tensor of static length `rank`), with Reshape-1's rules: with
  /// special_zero a 0 copies the input dimension, one -1 takes the remaining
  /// elements. Asserts that the element counts agree (which also rejects
  /// other negative entries and a second -1). Null if the target does not
  /// fit.
  static Value buildRuntimeShape(ImplicitLocOpBuilder &b, ReshapeOp op,
                                 OpAdaptor adaptor, int64_t rank) {
    Value target = adaptor.getShape();
    auto targetType = dyn_cast<RankedTensorType>(target.getType());
    if (!targetType || targetType.getRank() != 1 ||
        targetType.getDimSize(0) != rank ||
        !isa<IntegerType>(targetType.getElementType()))
      return {};
    Value data = adaptor.getData();
    auto dataType = cast<RankedTensorType>(data.getType());
    bool isUnsigned = targetType.getElementType().isUnsignedInteger();
    Value zero = arith::ConstantIndexOp::create(b, 0);
    Value one = arith::ConstantIndexOp::create(b, 1);
    Value minusOne = arith::ConstantIndexOp::create(b, -1);
    Value total = one;
    for (int64_t d = 0; d < dataType.getRank(); ++d)
      total =
          arith::MulIOp::create(b, total, tensor::DimOp::create(b, data, d));

    SmallVector<Value> sizes, isInferred;
    Value known = one, numInferred = zero;
    for (int64_t i = 0; i < rank; ++i) {
      Value raw = tensor::ExtractOp::create(
          b, target, ValueRange{arith::ConstantIndexOp::create(b, i)});
      Value size =
          isUnsigned
              ? Value(arith::IndexCastUIOp::create(b, b.getIndexType(), raw))
              : Value(arith::IndexCastOp::create(b, b.getIndexType(), raw));
      if (op.getSpecialZero() && i < dataType.getRank()) {
        Value isZero =
            arith::CmpIOp::create(b, arith::CmpIPredicate::eq, size, zero);
        size = arith::SelectOp::create(b, isZero,
                                       tensor::DimOp::create(b, data, i), size);
      }
      Value inferred =
          arith::CmpIOp::create(b, arith::CmpIPredicate::eq, size, minusOne);
      known = arith::MulIOp::create(
          b, known, arith::SelectOp::create(b, inferred, one, size));
      numInferred = arith::AddIOp::create(
          b, numInferred, arith::SelectOp::create(b, inferred, one, zero));
      sizes.push_back(size);
      isInferred.push_back(inferred);
    }
    // known == 0 leaves nothing to divide by: the -1 entry becomes 0.
    Value knownIsZero =
        arith::CmpIOp::create(b, arith::CmpIPredicate::eq, known, zero);
    Value divisor = arith::SelectOp::create(b, knownIsZero, one, known);
    Value quotient = arith::SelectOp::create(
        b, knownIsZero, zero, arith::DivUIOp::create(b, total, divisor));

    Value product = one;
    Value nonNegative = arith::ConstantIntOp::create(b, 1, 1);
    for (int64_t i = 0; i < rank; ++i) {
      sizes[i] = arith::SelectOp::create(b, isInferred[i], quotient, sizes[i]);
      product = arith::MulIOp::create(b, product, sizes[i]);
      nonNegative = arith::AndIOp::create(
          b, nonNegative,
          arith::CmpIOp::create(b, arith::CmpIPredicate::sge, sizes[i], zero));
    }
    Value valid = arith::AndIOp::create(
        b, nonNegative,
        arith::AndIOp::create(
            b,
            arith::CmpIOp::create(b, arith::CmpIPredicate::eq, product, total),
            arith::CmpIOp::create(b, arith::CmpIPredicate::ule, numInferred,
                                  one)));
    cf::AssertOp::create(b, valid,
                         "Reshape: the target shape does not match the input's "
                         "element count");
    return tensor::FromElementsOp::create(
        b, RankedTensorType::get({rank}, b.getIndexType()), sizes);
  }
};

/// Transpose with a constant order: linalg.transpose.
struct TransposeLowering : OpConversionPattern<TransposeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(TransposeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value data = adaptor.getData();
    auto type = dyn_cast<RankedTensorType>(data.getType());
    FailureOr<SmallVector<int64_t>> order = getConstantInts(op.getOrder());
    if (!type || failed(order))
      return rewriter.notifyMatchFailure(op, "needs a constant order");
    SmallVector<int64_t> perm = *order;
    if (perm.empty()) // OpenVINO: an empty order reverses the dimensions
      for (int64_t d = type.getRank() - 1; d >= 0; --d)
        perm.push_back(d);
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    ShapeExpr shape = ShapeExpr::fromValue(data, b);
    SmallVector<OpFoldResult> sizes;
    for (int64_t d : perm)
      sizes.push_back(shape[d].getOpFoldResult());
    Value init = tensor::EmptyOp::create(b, sizes, type.getElementType());
    Value result =
        linalg::TransposeOp::create(b, data, init, perm)->getResult(0);
    if (result.getType() != op.getType())
      result = tensor::CastOp::create(b, op.getType(), result);
    rewriter.replaceOp(op, result);
    return success();
  }
};

} // namespace

void lowering::populateTensorLowerings(RewritePatternSet &patterns) {
  patterns.add<ConstantLowering, ReshapeLowering, TransposeLowering>(
      patterns.getContext());
}
