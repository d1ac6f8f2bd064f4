//===- DimExprTest.cpp - DimExpr in inference and lowering mode -----------===//

#include "ovmlir/Dialect/OV/IR/DimExpr.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/ImplicitLocOpBuilder.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"

#include "gtest/gtest.h"

using namespace mlir;
using namespace mlir::ov;

namespace {

// The output size of a strided window: (in + pads - window) / stride + 1.
DimExpr windowOutput(DimExpr in, int64_t window, int64_t stride) {
  return floorDiv(in + 2 - window, stride) + 1;
}

TEST(DimExprInference, ConstantsFold) {
  EXPECT_EQ(windowOutput(224, 3, 2).getConstant(), 112);
  EXPECT_EQ(ceilDiv(DimExpr(7), 2).getConstant(), 4);
  EXPECT_EQ(floorDiv(DimExpr(-7), 2).getConstant(), -4);
  EXPECT_EQ(max(DimExpr(3), 5).getConstant(), 5);
  EXPECT_EQ(min(DimExpr(3), 5).getConstant(), 3);
  EXPECT_EQ((DimExpr(6) - 2 * DimExpr(2)).getConstant(), 2);
}

TEST(DimExprInference, UnknownPropagates) {
  DimExpr out = windowOutput(DimExpr::unknown(), 3, 2);
  EXPECT_TRUE(out.isDynamic());
  EXPECT_EQ(out.getStaticSize(), ShapedType::kDynamic);
}

TEST(DimExprInference, BroadcastDim) {
  EXPECT_EQ(broadcastDim(1, 5).getConstant(), 5);
  EXPECT_EQ(broadcastDim(5, 1).getConstant(), 5);
  // A constant other than 1 decides even against an unknown dimension.
  EXPECT_EQ(broadcastDim(DimExpr::unknown(), 4).getConstant(), 4);
  EXPECT_EQ(broadcastDim(1, 0).getConstant(), 0);
  EXPECT_TRUE(broadcastDim(DimExpr::unknown(), 1).isDynamic());
}

TEST(ShapeExprInference, FromAndToType) {
  MLIRContext context;
  Type f32 = Float32Type::get(&context);
  auto type = RankedTensorType::get({ShapedType::kDynamic, 3}, f32);
  ShapeExpr shape = ShapeExpr::fromType(type);
  ASSERT_TRUE(shape.hasRank());
  EXPECT_TRUE(shape[0].isDynamic());
  EXPECT_EQ(shape[1].getConstant(), 3);
  EXPECT_EQ(shape.toTensorType(f32), type);
  EXPECT_FALSE(ShapeExpr::fromType(UnrankedTensorType::get(f32)).hasRank());
}

/// Lowering mode: a dynamic batch becomes tensor.dim + arith ops.
class DimExprLowering : public ::testing::Test {
protected:
  DimExprLowering() {
    context.loadDialect<arith::ArithDialect, func::FuncDialect,
                        tensor::TensorDialect>();
    module = ModuleOp::create(UnknownLoc::get(&context));
  }
  MLIRContext context;
  OwningOpRef<ModuleOp> module;
};

TEST_F(DimExprLowering, EmitsArithForRuntimeDims) {
  ImplicitLocOpBuilder b(UnknownLoc::get(&context), &context);
  b.setInsertionPointToEnd(module->getBody());
  auto type =
      RankedTensorType::get({ShapedType::kDynamic, 224}, b.getF32Type());
  auto func = func::FuncOp::create(b, "f", b.getFunctionType({type}, {}));
  Block *body = func.addEntryBlock();
  b.setInsertionPointToEnd(body);

  ShapeExpr shape = ShapeExpr::fromValue(body->getArgument(0), b);
  ASSERT_EQ(shape.getRank(), 2);
  EXPECT_TRUE(shape[0].isDynamic());
  EXPECT_EQ(shape[1].getConstant(), 224);

  // The static dim folds; the dynamic one is computed by IR.
  EXPECT_EQ(windowOutput(shape[1], 3, 2).getConstant(), 112);
  DimExpr batch = windowOutput(shape[0], 3, 2);
  ASSERT_TRUE(batch.isDynamic());
  Value value = batch.materialize(b);
  EXPECT_TRUE(value.getType().isIndex());
  // ((d0 + 2 - 3) floordiv 2) + 1: sub/add fold into one add, then div, add.
  EXPECT_TRUE(value.getDefiningOp<arith::AddIOp>());
  int tensorDims = 0, divs = 0;
  func.walk([&](Operation *op) {
    tensorDims += isa<tensor::DimOp>(op);
    divs += isa<arith::FloorDivSIOp>(op);
  });
  EXPECT_EQ(tensorDims, 1);
  EXPECT_EQ(divs, 1);

  // numpy broadcast of two runtime dims selects at run time.
  DimExpr bcast = broadcastDim(shape[0], batch);
  EXPECT_TRUE(bcast.materialize(b).getDefiningOp<arith::SelectOp>());

  func::ReturnOp::create(b);
  EXPECT_TRUE(succeeded(verify(*module)));
}

} // namespace
