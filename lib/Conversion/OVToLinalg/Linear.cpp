//===- Linear.cpp - MatMul and Softmax
//--------------------------------------===//

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

/// MatMul of rank-2 operands (transposes made explicit).
struct MatMulLowering : OpConversionPattern<MatMulOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(MatMulOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto aType = dyn_cast<RankedTensorType>(adaptor.getA().getType());
    auto bType = dyn_cast<RankedTensorType>(adaptor.getB().getType());
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    if (!aType || !bType || !resultType || aType.getRank() != 2 ||
        bType.getRank() != 2)
      return rewriter.notifyMatchFailure(op, "only rank-2 MatMul for now");
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    auto transpose = [&](Value value) -> Value {
      ShapeExpr shape = ShapeExpr::fromValue(value, b);
      Value init = tensor::EmptyOp::create(
          b,
          SmallVector<OpFoldResult>{shape[1].getOpFoldResult(),
                                    shape[0].getOpFoldResult()},
          getElementType(value.getType()));
      return linalg::TransposeOp::create(b, value, init,
                                         ArrayRef<int64_t>{1, 0})
          ->getResult(0);
    };
    Value a = op.getTransposeA() ? transpose(adaptor.getA()) : adaptor.getA();
    Value bm = op.getTransposeB() ? transpose(adaptor.getB()) : adaptor.getB();
    ShapeExpr aShape = ShapeExpr::fromValue(a, b);
    ShapeExpr bShape = ShapeExpr::fromValue(bm, b);
    Type element = resultType.getElementType();
    Value init = tensor::EmptyOp::create(
        b,
        SmallVector<OpFoldResult>{aShape[0].getOpFoldResult(),
                                  bShape[1].getOpFoldResult()},
        element);
    Value zero = arith::ConstantOp::create(b, b.getZeroAttr(element));
    Value filled = linalg::FillOp::create(b, ValueRange{zero}, ValueRange{init})
                       .getResult(0);
    Value product =
        linalg::MatmulOp::create(b, ValueRange{a, bm}, ValueRange{filled})
            .getResult(0);
    if (product.getType() != resultType)
      product = tensor::CastOp::create(b, resultType, product);
    rewriter.replaceOp(op, product);
    return success();
  }
};

/// Softmax over `axis`: exp(x - max) / sum(exp(x - max)).
struct SoftmaxLowering : OpConversionPattern<SoftmaxOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(SoftmaxOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value x = adaptor.getInput();
    auto type = dyn_cast<RankedTensorType>(x.getType());
    if (!type)
      return rewriter.notifyMatchFailure(op, "needs a ranked input");
    // I64Attr getters return the bits unsigned.
    int64_t axis = static_cast<int64_t>(op.getAxis());
    if (axis < 0)
      axis += type.getRank();
    if (axis < 0 || axis >= type.getRank())
      return rewriter.notifyMatchFailure(op, "axis out of range");
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    Type element = type.getElementType();
    auto reduce = [&](Value input, ReduceKind kind) {
      return buildReduction(
          b, input, {axis}, /*keepDims=*/true, getIdentity(b, kind, element),
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
    FailureOr<Value> result = buildElementwise(
        b, type, ValueRange{*exps, sum}, element,
        [&](ImplicitLocOpBuilder &body, ValueRange args) -> Value {
          return arith::DivFOp::create(body, args[0], args[1]);
        });
    if (failed(result))
      return failure();
    Value out = *result;
    if (out.getType() != op.getType())
      out = tensor::CastOp::create(b, op.getType(), out);
    rewriter.replaceOp(op, out);
    return success();
  }
};

} // namespace

void lowering::populateLinearLowerings(RewritePatternSet &patterns) {
  patterns.add<MatMulLowering, SoftmaxLowering>(patterns.getContext());
}
