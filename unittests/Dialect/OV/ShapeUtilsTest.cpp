//===- ShapeUtilsTest.cpp - Broadcasting and type refinement --------------===//

#include "ovmlir/Dialect/OV/IR/ShapeUtils.h"

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/MLIRContext.h"

#include "gtest/gtest.h"

using namespace mlir;
using namespace mlir::ov;

namespace {

constexpr int64_t kDyn = ShapedType::kDynamic;

class ShapeUtilsTest : public ::testing::Test {
protected:
  RankedTensorType tensor(ArrayRef<int64_t> shape) {
    return RankedTensorType::get(shape, Float32Type::get(&context));
  }
  FailureOr<SmallVector<int64_t>>
  broadcast(ArrayRef<int64_t> a, ArrayRef<int64_t> b, AutoBroadcastType mode) {
    ShapeDiag quiet(std::nullopt);
    FailureOr<ShapeExpr> shape =
        broadcastShapes(quiet, ShapeExpr::fromType(tensor(a)),
                        ShapeExpr::fromType(tensor(b)), mode);
    if (failed(shape))
      return failure();
    return shape->getStaticShape();
  }
  /// The broadcast shape, or {-42} when broadcasting fails.
  SmallVector<int64_t> broadcastOk(ArrayRef<int64_t> a, ArrayRef<int64_t> b,
                                   AutoBroadcastType mode) {
    FailureOr<SmallVector<int64_t>> shape = broadcast(a, b, mode);
    return succeeded(shape) ? *shape : SmallVector<int64_t>{-42};
  }
  MLIRContext context;
};

TEST_F(ShapeUtilsTest, NumpyBroadcast) {
  using V = SmallVector<int64_t>;
  EXPECT_EQ(broadcastOk({8, 1, 6, 1}, {7, 1, 5}, AutoBroadcastType::numpy),
            (V{8, 7, 6, 5}));
  EXPECT_EQ(broadcastOk({kDyn, 3}, {1, 3}, AutoBroadcastType::numpy),
            (V{kDyn, 3}));
  EXPECT_EQ(broadcastOk({}, {2, 0}, AutoBroadcastType::numpy), (V{2, 0}));
  EXPECT_TRUE(failed(broadcast({2, 3}, {4}, AutoBroadcastType::numpy)));
}

TEST_F(ShapeUtilsTest, NoneAndPdpd) {
  using V = SmallVector<int64_t>;
  EXPECT_EQ(broadcastOk({kDyn, 3}, {2, kDyn}, AutoBroadcastType::none),
            (V{2, 3}));
  EXPECT_TRUE(failed(broadcast({2, 3}, {2, 1}, AutoBroadcastType::none)));
  // pdpd: the second operand fits into the first, trailing ones ignored.
  EXPECT_EQ(broadcastOk({2, 3, 4, 5}, {3, 4, 1}, AutoBroadcastType::pdpd),
            (V{2, 3, 4, 5}));
  EXPECT_TRUE(failed(broadcast({2, 3}, {2, 3, 4}, AutoBroadcastType::pdpd)));
}

TEST_F(ShapeUtilsTest, RefineType) {
  EXPECT_EQ(refineType(tensor({kDyn, 3}), tensor({2, kDyn})), tensor({2, 3}));
  EXPECT_EQ(refineType(UnrankedTensorType::get(Float32Type::get(&context)),
                       tensor({2})),
            tensor({2}));
  EXPECT_FALSE(refineType(tensor({2}), tensor({3})));
  EXPECT_FALSE(refineType(tensor({2}), tensor({2, 1})));
  EXPECT_FALSE(refineType(
      tensor({2}), RankedTensorType::get({2}, Float16Type::get(&context))));
  EXPECT_TRUE(areCompatibleReturnTypes({tensor({kDyn})}, {tensor({4})}));
  EXPECT_FALSE(areCompatibleReturnTypes({tensor({3})}, {tensor({4})}));
}

TEST_F(ShapeUtilsTest, NormalizeAxis) {
  ShapeDiag quiet(std::nullopt);
  EXPECT_EQ(*normalizeAxis(quiet, -1, 4), 3);
  EXPECT_EQ(*normalizeAxis(quiet, 0, 4), 0);
  EXPECT_TRUE(failed(normalizeAxis(quiet, 4, 4)));
  EXPECT_TRUE(failed(normalizeAxis(quiet, -5, 4)));
}

} // namespace
