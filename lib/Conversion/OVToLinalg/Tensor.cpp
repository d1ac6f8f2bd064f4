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
/// divides the element count), then tensor.reshape.
struct ReshapeLowering : OpConversionPattern<ReshapeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ReshapeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto type = dyn_cast<RankedTensorType>(op.getType());
    FailureOr<SmallVector<int64_t>> target = getConstantInts(op.getShape());
    if (!type || failed(target) ||
        !isa<RankedTensorType>(adaptor.getData().getType()))
      return rewriter.notifyMatchFailure(
          op, "needs a ranked input and a constant target shape");
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
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
