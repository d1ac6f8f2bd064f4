//===- DimExpr.cpp - Dimension arithmetic ---------------------------------===//

#include "ovmlir/Dialect/OV/IR/DimExpr.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/ImplicitLocOpBuilder.h"

using namespace mlir;
using namespace mlir::ov;

DimExpr DimExpr::runtime(Value value, ImplicitLocOpBuilder &builder) {
  return fromOpFoldResult(value, builder);
}

DimExpr DimExpr::fromOpFoldResult(OpFoldResult ofr,
                                  ImplicitLocOpBuilder &builder) {
  if (std::optional<int64_t> constant = getConstantIntValue(ofr)) {
    // Constants keep the builder too, so getOpFoldResult() works on them.
    DimExpr expr(*constant);
    expr.builder = &builder;
    return expr;
  }
  DimExpr expr;
  expr.value = cast<Value>(ofr);
  expr.builder = &builder;
  return expr;
}

OpFoldResult DimExpr::getOpFoldResult() const {
  if (constant)
    return IntegerAttr::get(
        IndexType::get(builder ? builder->getContext() : value.getContext()),
        *constant);
  assert(value && "unknown dimension has no IR value");
  return value;
}

Value DimExpr::materialize(ImplicitLocOpBuilder &b) const {
  if (constant)
    return arith::ConstantIndexOp::create(b, *constant);
  assert(value && "unknown dimension has no IR value");
  return value;
}

template <typename Fold, typename Emit>
DimExpr DimExpr::combine(const DimExpr &a, const DimExpr &b, Fold fold,
                         Emit emit) {
  ImplicitLocOpBuilder *builder = a.builder ? a.builder : b.builder;
  if (a.constant && b.constant) {
    DimExpr folded(fold(*a.constant, *b.constant));
    folded.builder = builder;
    return folded;
  }
  bool aKnown = a.constant || a.value, bKnown = b.constant || b.value;
  if (!aKnown || !bKnown || !builder)
    return DimExpr::unknown();
  Value x = a.materialize(*builder), y = b.materialize(*builder);
  return DimExpr::runtime(emit(*builder, x, y), *builder);
}

namespace mlir::ov {
DimExpr operator+(const DimExpr &a, const DimExpr &b) {
  return DimExpr::combine(
      a, b, [](int64_t x, int64_t y) { return x + y; },
      [](ImplicitLocOpBuilder &b, Value x, Value y) {
        return b.createOrFold<arith::AddIOp>(x, y);
      });
}
DimExpr operator-(const DimExpr &a, const DimExpr &b) {
  return DimExpr::combine(
      a, b, [](int64_t x, int64_t y) { return x - y; },
      [](ImplicitLocOpBuilder &b, Value x, Value y) {
        return b.createOrFold<arith::SubIOp>(x, y);
      });
}
DimExpr operator*(const DimExpr &a, const DimExpr &b) {
  return DimExpr::combine(
      a, b, [](int64_t x, int64_t y) { return x * y; },
      [](ImplicitLocOpBuilder &b, Value x, Value y) {
        return b.createOrFold<arith::MulIOp>(x, y);
      });
}
DimExpr floorDiv(const DimExpr &a, const DimExpr &b) {
  return DimExpr::combine(
      a, b, [](int64_t x, int64_t y) { return llvm::divideFloorSigned(x, y); },
      [](ImplicitLocOpBuilder &b, Value x, Value y) {
        return b.createOrFold<arith::FloorDivSIOp>(x, y);
      });
}
DimExpr ceilDiv(const DimExpr &a, const DimExpr &b) {
  return DimExpr::combine(
      a, b, [](int64_t x, int64_t y) { return llvm::divideCeilSigned(x, y); },
      [](ImplicitLocOpBuilder &b, Value x, Value y) {
        return b.createOrFold<arith::CeilDivSIOp>(x, y);
      });
}
DimExpr max(const DimExpr &a, const DimExpr &b) {
  return DimExpr::combine(
      a, b, [](int64_t x, int64_t y) { return std::max(x, y); },
      [](ImplicitLocOpBuilder &b, Value x, Value y) {
        return b.createOrFold<arith::MaxSIOp>(x, y);
      });
}
DimExpr min(const DimExpr &a, const DimExpr &b) {
  return DimExpr::combine(
      a, b, [](int64_t x, int64_t y) { return std::min(x, y); },
      [](ImplicitLocOpBuilder &b, Value x, Value y) {
        return b.createOrFold<arith::MinSIOp>(x, y);
      });
}

DimExpr broadcastDim(const DimExpr &a, const DimExpr &b) {
  if (a.isConstant(1))
    return b;
  if (b.isConstant(1) || a.constant)
    return a;
  if (b.constant)
    return b;
  if (!a.value || !b.value)
    return DimExpr::unknown();
  ImplicitLocOpBuilder &builder = *a.builder;
  Value one = arith::ConstantIndexOp::create(builder, 1);
  Value aIsOne =
      arith::CmpIOp::create(builder, arith::CmpIPredicate::eq, a.value, one);
  return DimExpr::runtime(
      arith::SelectOp::create(builder, aIsOne, b.value, a.value), builder);
}
} // namespace mlir::ov

ShapeExpr ShapeExpr::fromType(Type type) {
  auto ranked = dyn_cast<RankedTensorType>(type);
  if (!ranked)
    return ShapeExpr::unranked();
  SmallVector<DimExpr> dims;
  for (int64_t size : ranked.getShape())
    dims.push_back(ShapedType::isDynamic(size) ? DimExpr::unknown()
                                               : DimExpr(size));
  return ShapeExpr(std::move(dims));
}

ShapeExpr ShapeExpr::fromValue(Value value, ImplicitLocOpBuilder &builder) {
  auto ranked = dyn_cast<RankedTensorType>(value.getType());
  if (!ranked)
    return ShapeExpr::unranked();
  SmallVector<DimExpr> dims;
  for (auto [i, size] : llvm::enumerate(ranked.getShape())) {
    if (!ShapedType::isDynamic(size)) {
      dims.push_back(
          DimExpr::fromOpFoldResult(builder.getIndexAttr(size), builder));
      continue;
    }
    Value dim = tensor::DimOp::create(builder, value, i);
    dims.push_back(DimExpr::runtime(dim, builder));
  }
  return ShapeExpr(std::move(dims));
}

SmallVector<int64_t> ShapeExpr::getStaticShape() const {
  return llvm::map_to_vector(
      *dims, [](const DimExpr &d) { return d.getStaticSize(); });
}

TensorType ShapeExpr::toTensorType(Type elementType) const {
  if (!hasRank())
    return UnrankedTensorType::get(elementType);
  return RankedTensorType::get(getStaticShape(), elementType);
}
