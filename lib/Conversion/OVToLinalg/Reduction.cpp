//===- Reduction.cpp - Reduce* ops
//------------------------------------------===//

#include "LoweringUtils.h"

#include "ovmlir/Dialect/OV/IR/OVOps.h"
#include "ovmlir/Dialect/OV/IR/ReductionShapes.h"
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

/// Reduce* with constant axes: one generic with reduction iterators
/// (Mean divides by the element count, computed at run time).
template <typename OpTy, ReduceKind kind>
struct ReduceLowering : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value data = adaptor.getData();
    auto type = dyn_cast<RankedTensorType>(data.getType());
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    FailureOr<SmallVector<int64_t>> axes = getConstantInts(op.getAxes());
    if (!type || !resultType || failed(axes) ||
        type.getElementType().isUnsignedInteger() ||
        type.getElementType().isInteger(1))
      return rewriter.notifyMatchFailure(
          op, "needs ranked signed/float data and constant axes");
    FailureOr<SmallVector<int64_t>> normalized =
        normalizeReduceAxes(ShapeDiag(op.getLoc()), *axes, type.getRank());
    if (failed(normalized))
      return failure();
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    Type element = type.getElementType();
    Value result = buildReduction(
        b, data, *normalized, op.getKeepDims(), getIdentity(b, kind, element),
        [&](ImplicitLocOpBuilder &body, Value acc, Value x) {
          return combineReduce(body, kind, acc, x);
        });
    if (kind == ReduceKind::Mean) {
      Value count = countElements(b, data, *normalized, element);
      FailureOr<Value> mean = buildElementwise(
          b, cast<RankedTensorType>(result.getType()), ValueRange{result},
          element, [&](ImplicitLocOpBuilder &body, ValueRange args) -> Value {
            if (isFloat(element))
              return arith::DivFOp::create(body, args[0], count);
            return arith::DivSIOp::create(body, args[0], count);
          });
      if (failed(mean))
        return failure();
      result = *mean;
    }
    if (result.getType() != resultType)
      result = tensor::CastOp::create(b, resultType, result);
    rewriter.replaceOp(op, result);
    return success();
  }
};

} // namespace

void lowering::populateReductionLowerings(RewritePatternSet &patterns) {
  patterns.add<ReduceLowering<ReduceSumOp, ReduceKind::Sum>,
               ReduceLowering<ReduceMeanOp, ReduceKind::Mean>,
               ReduceLowering<ReduceMaxOp, ReduceKind::Max>,
               ReduceLowering<ReduceMinOp, ReduceKind::Min>,
               ReduceLowering<ReduceProdOp, ReduceKind::Prod>>(
      patterns.getContext());
}
