//===- Sampling.cpp - GridSample and Unique
//--------------------------------===//
//
// GridSample is a linalg.generic over the output [N, C, H_out, W_out] whose
// body maps the grid's normalized (x, y) to source coordinates, applies the
// padding mode and interpolates pixels read with tensor.extract; every read
// index is clamped, out-of-range pixels of the zeros padding are masked.
//
// Unique works on slices along the axis (single elements of the flattened
// data without one) with quadratic loops: each slice's first equal slice,
// its position among the unique ones (by lexicographic order when sorted, by
// first occurrence otherwise), then per unique position the slice and count
// found by a scan. No write depends on the data.
//
//===----------------------------------------------------------------------===//

#include "IndexedGeneric.h"
#include "LoweringUtils.h"

#include "ovmlir/Dialect/OV/IR/NNShapes.h"
#include "ovmlir/Dialect/OV/IR/OVOps.h"
#include "ovmlir/Dialect/OV/IR/ShapeUtils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/ImplicitLocOpBuilder.h"
#include "mlir/Transforms/DialectConversion.h"

using namespace mlir;
using namespace mlir::ov;
using namespace mlir::ov::lowering;

namespace {

Value cst(ImplicitLocOpBuilder &b, Type type, double value) {
  return scalar(b, type, value);
}

//===----------------------------------------------------------------------===//
// GridSample
//===----------------------------------------------------------------------===//

/// Scalar helpers of the GridSample body, all in the float type `ft`.
struct GridSampler {
  ImplicitLocOpBuilder &b;
  Type ft;
  Value data;
  Value n, c;       // batch and channel of the output element
  Value hIdx, wIdx; // H_in, W_in as index
  Value hF, wF;     // H_in, W_in as float
  bool alignCorners;
  GridSamplePaddingMode padding;

  Value f(double v) { return cst(b, ft, v); }
  Value add(Value x, Value y) { return arith::AddFOp::create(b, x, y); }
  Value sub(Value x, Value y) { return arith::SubFOp::create(b, x, y); }
  Value mul(Value x, Value y) { return arith::MulFOp::create(b, x, y); }
  Value div(Value x, Value y) { return arith::DivFOp::create(b, x, y); }
  Value lt(Value x, Value y) {
    return arith::CmpFOp::create(b, arith::CmpFPredicate::OLT, x, y);
  }
  Value select(Value cond, Value x, Value y) {
    return arith::SelectOp::create(b, cond, x, y);
  }
  /// min(max(x, lo), hi), NaN going to lo.
  Value clampF(Value x, Value lo, Value hi) {
    return arith::MinNumFOp::create(b, arith::MaxNumFOp::create(b, x, lo), hi);
  }

  /// The normalized coordinate `v` in pixels of a dimension of size `size`.
  Value denormalize(Value v, Value size) {
    Value one = f(1), half = f(0.5);
    if (alignCorners)
      return mul(mul(add(v, one), half), sub(size, one));
    return mul(sub(mul(add(v, one), size), one), half);
  }

  /// The borders reflection works between.
  std::pair<Value, Value> borders(Value size) {
    if (alignCorners)
      return {f(0), sub(size, f(1))};
    return {f(-0.5), sub(size, f(0.5))};
  }

  /// `x` reflected at lo and hi until it lies between them.
  Value reflect(Value x, Value lo, Value hi) {
    Value range = sub(hi, lo);
    Value below = lt(x, lo), above = lt(hi, x);
    Value dx = select(below, sub(lo, x), sub(x, hi));
    // A range of zero (a single pixel with align_corners) leaves only lo.
    Value positive = lt(f(0), range);
    Value safeRange = select(positive, range, f(1));
    Value times = math::FloorOp::create(b, div(dx, safeRange));
    Value r = sub(dx, mul(times, safeRange));
    Value halfTimes = math::FloorOp::create(b, mul(times, f(0.5)));
    Value even = arith::CmpFOp::create(b, arith::CmpFPredicate::OEQ,
                                       mul(halfTimes, f(2)), times);
    Value fromBelow = select(even, add(lo, r), sub(hi, r));
    Value fromAbove = select(even, sub(hi, r), add(lo, r));
    Value reflected = select(below, fromBelow, select(above, fromAbove, x));
    return select(positive, reflected, lo);
  }

  /// The padding mode applied to a continuous coordinate.
  Value pad(Value x, Value size) {
    if (padding == GridSamplePaddingMode::border)
      return clampF(x, f(0), sub(size, f(1)));
    if (padding == GridSamplePaddingMode::reflection) {
      auto [lo, hi] = borders(size);
      return reflect(x, lo, hi);
    }
    return x;
  }

  /// An integral float coordinate as an in-bounds index, and (for zeros
  /// padding) whether it was inside.
  Value toIndex(Value x, Value size, Value sizeIdx, Value &inside) {
    Value last = sub(size, f(1));
    if (padding == GridSamplePaddingMode::zeros) {
      Value ge = arith::CmpFOp::create(b, arith::CmpFPredicate::OGE, x, f(0));
      Value le = arith::CmpFOp::create(b, arith::CmpFPredicate::OLE, x, last);
      inside = arith::AndIOp::create(b, ge, le);
    } else if (padding == GridSamplePaddingMode::reflection) {
      auto [lo, hi] = borders(size);
      x = reflect(x, lo, hi);
    }
    // Clamp as a float first so that the conversion is defined.
    x = clampF(x, f(0), last);
    Value i = arith::FPToSIOp::create(b, b.getI64Type(), x);
    return clampIndex(b, indexOf(b, i), sizeIdx);
  }

  /// The pixel at integral float coordinates (y, x), as `ft`.
  Value pixel(Value y, Value x) {
    Value insideY, insideX;
    Value yi = toIndex(y, hF, hIdx, insideY);
    Value xi = toIndex(x, wF, wIdx, insideX);
    Value v = tensor::ExtractOp::create(b, data, ValueRange{n, c, yi, xi});
    Type element = v.getType();
    if (element != ft) {
      if (isa<FloatType>(element))
        v = element.getIntOrFloatBitWidth() < ft.getIntOrFloatBitWidth()
                ? Value(arith::ExtFOp::create(b, ft, v))
                : Value(arith::TruncFOp::create(b, ft, v));
      else
        v = arith::SIToFPOp::create(b, ft, v);
    }
    if (padding == GridSamplePaddingMode::zeros)
      v = select(arith::AndIOp::create(b, insideY, insideX), v, f(0));
    return v;
  }

  /// The four cubic convolution weights (A = -0.75) for fraction `t`.
  SmallVector<Value, 4> cubicWeights(Value t) {
    const double a = -0.75;
    auto far = [&](Value d) { // 1 < d < 2
      return sub(mul(add(mul(sub(mul(f(a), d), f(5 * a)), d), f(8 * a)), d),
                 f(4 * a));
    };
    auto near = [&](Value d) { // d <= 1
      return add(mul(mul(sub(mul(f(a + 2), d), f(a + 3)), d), d), f(1));
    };
    Value one = f(1), two = f(2);
    return {far(add(t, one)), near(t), near(sub(one, t)), far(sub(two, t))};
  }
};

struct GridSampleLowering : OpConversionPattern<GridSampleOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(GridSampleOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value data = adaptor.getData(), grid = adaptor.getGrid();
    auto type = rankedType(data);
    auto gridType = rankedType(grid);
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    if (!type || !gridType || !resultType || type.getRank() != 4 ||
        gridType.getRank() != 4)
      return rewriter.notifyMatchFailure(op, "needs rank-4 data and grid");
    Type element = type.getElementType();
    if (!isFloat(element) && !element.isSignlessInteger())
      return rewriter.notifyMatchFailure(op, "needs float or signless data");
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    ShapeDiag diag(op.getLoc());
    ShapeExpr shape = ShapeExpr::fromValue(data, b);
    FailureOr<ShapeExpr> out =
        inferGridSampleShape(diag, shape, ShapeExpr::fromValue(grid, b));
    if (failed(out))
      return failure();
    // Coordinates in the grid's type, at least f32.
    Type ft = gridType.getElementType();
    if (ft.getIntOrFloatBitWidth() < 32)
      ft = b.getF32Type();
    Value hIdx = lowering::toIndex(b, shape[2]);
    Value wIdx = lowering::toIndex(b, shape[3]);
    auto toFloat = [&](ImplicitLocOpBuilder &e, Value i) -> Value {
      Value v = arith::IndexCastOp::create(e, e.getI64Type(), i);
      return arith::SIToFPOp::create(e, ft, v);
    };
    Value hF = toFloat(b, hIdx), wF = toFloat(b, wIdx);
    GridSampleMode mode = op.getMode();
    Value result = buildIndexedGeneric(
        b, getSizes(b, resultType, *out), element,
        [&](ImplicitLocOpBuilder &body, ValueRange o) -> Value {
          GridSampler s{body,
                        ft,
                        data,
                        o[0],
                        o[1],
                        hIdx,
                        wIdx,
                        hF,
                        wF,
                        op.getAlignCorners(),
                        op.getPaddingMode()};
          auto readGrid = [&](int64_t k) -> Value {
            Value v = tensor::ExtractOp::create(
                body, grid,
                ValueRange{o[0], o[2], o[3],
                           arith::ConstantIndexOp::create(body, k)});
            if (v.getType() != ft)
              v = arith::ExtFOp::create(body, ft, v);
            return v;
          };
          Value x = s.pad(s.denormalize(readGrid(0), wF), wF);
          Value y = s.pad(s.denormalize(readGrid(1), hF), hF);
          Value v;
          if (mode == GridSampleMode::nearest) {
            v = s.pixel(math::RoundEvenOp::create(body, y),
                        math::RoundEvenOp::create(body, x));
          } else if (mode == GridSampleMode::bilinear) {
            Value x0 = math::FloorOp::create(body, x);
            Value y0 = math::FloorOp::create(body, y);
            Value x1 = s.add(x0, s.f(1)), y1 = s.add(y0, s.f(1));
            Value dx = s.sub(x, x0), dy = s.sub(y, y0);
            Value top = s.add(s.mul(s.pixel(y0, x0), s.sub(s.f(1), dx)),
                              s.mul(s.pixel(y0, x1), dx));
            Value bottom = s.add(s.mul(s.pixel(y1, x0), s.sub(s.f(1), dx)),
                                 s.mul(s.pixel(y1, x1), dx));
            v = s.add(s.mul(top, s.sub(s.f(1), dy)), s.mul(bottom, dy));
          } else {
            Value xf = math::FloorOp::create(body, x);
            Value yf = math::FloorOp::create(body, y);
            SmallVector<Value, 4> wx = s.cubicWeights(s.sub(x, xf));
            SmallVector<Value, 4> wy = s.cubicWeights(s.sub(y, yf));
            v = s.f(0);
            for (int i = 0; i < 4; ++i) {
              Value yi = s.add(yf, s.f(i - 1));
              Value row = s.f(0);
              for (int j = 0; j < 4; ++j)
                row = s.add(row,
                            s.mul(wx[j], s.pixel(yi, s.add(xf, s.f(j - 1)))));
              v = s.add(v, s.mul(wy[i], row));
            }
          }
          if (element == ft)
            return v;
          if (isFloat(element))
            return element.getIntOrFloatBitWidth() < ft.getIntOrFloatBitWidth()
                       ? Value(arith::TruncFOp::create(body, element, v))
                       : Value(arith::ExtFOp::create(body, element, v));
          // Integers: rounded to nearest, then converted.
          return arith::FPToSIOp::create(body, element,
                                         math::RoundEvenOp::create(body, v));
        });
    rewriter.replaceOp(op, castTo(b, result, resultType));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Unique
//===----------------------------------------------------------------------===//

/// Loops over `data` comparing slice `s` with slice `t`
/// along `axis`, element by element in row-major order.
struct SliceComparer {
  Value data;
  int64_t axis;
  SmallVector<Value> dims;
  Type element;

  /// Runs `fn` on the pairs of elements, carrying `init`.
  SmallVector<Value>
  scan(ImplicitLocOpBuilder &b, Value s, Value t, ValueRange init,
       function_ref<SmallVector<Value>(ImplicitLocOpBuilder &, Value, Value,
                                       ValueRange)>
           fn) const {
    Value zero = arith::ConstantIndexOp::create(b, 0);
    Value one = arith::ConstantIndexOp::create(b, 1);
    SmallVector<Value> ubs;
    for (int64_t d = 0, e = dims.size(); d < e; ++d)
      if (d != axis)
        ubs.push_back(dims[d]);
    auto body = [&](ImplicitLocOpBuilder &e, ValueRange ivs,
                    ValueRange args) -> SmallVector<Value> {
      SmallVector<Value> at(ivs.begin(), ivs.end());
      at.insert(at.begin() + axis, s);
      Value x = tensor::ExtractOp::create(e, data, at);
      at[axis] = t;
      Value y = tensor::ExtractOp::create(e, data, at);
      return fn(e, x, y, args);
    };
    if (ubs.empty())
      return body(b, {}, init);
    SmallVector<Value> lbs(ubs.size(), zero), steps(ubs.size(), one);
    scf::LoopNest nest =
        scf::buildLoopNest(b, b.getLoc(), lbs, ubs, steps, init,
                           [&](OpBuilder &nested, Location loc, ValueRange ivs,
                               ValueRange args) -> scf::ValueVector {
                             ImplicitLocOpBuilder e(loc, nested);
                             return body(e, ivs, args);
                           });
    return nest.results;
  }

  Value eq(ImplicitLocOpBuilder &b, Value x, Value y) const {
    if (isFloat(element))
      return arith::CmpFOp::create(b, arith::CmpFPredicate::OEQ, x, y);
    return arith::CmpIOp::create(b, arith::CmpIPredicate::eq, x, y);
  }
  Value lt(ImplicitLocOpBuilder &b, Value x, Value y) const {
    if (isFloat(element))
      return arith::CmpFOp::create(b, arith::CmpFPredicate::OLT, x, y);
    // Booleans order false before true.
    return arith::CmpIOp::create(b,
                                 element.isInteger(1)
                                     ? arith::CmpIPredicate::ult
                                     : arith::CmpIPredicate::slt,
                                 x, y);
  }

  /// Whether slices s and t are equal.
  Value equal(ImplicitLocOpBuilder &b, Value s, Value t) const {
    Value init = arith::ConstantIntOp::create(b, 1, 1);
    return scan(b, s, t, init,
                [&](ImplicitLocOpBuilder &e, Value x, Value y,
                    ValueRange args) -> SmallVector<Value> {
                  return {arith::AndIOp::create(e, args[0], eq(e, x, y))};
                })[0];
  }

  /// Whether slice s is lexicographically below slice t.
  Value less(ImplicitLocOpBuilder &b, Value s, Value t) const {
    Value no = arith::ConstantIntOp::create(b, 0, 1);
    return scan(b, s, t, {no, no},
                [&](ImplicitLocOpBuilder &e, Value x, Value y,
                    ValueRange args) -> SmallVector<Value> {
                  Value yes = arith::ConstantIntOp::create(e, 1, 1);
                  Value differ = arith::XOrIOp::create(e, eq(e, x, y), yes);
                  Value first = arith::AndIOp::create(
                      e, differ, arith::XOrIOp::create(e, args[0], yes));
                  return {
                      arith::OrIOp::create(e, args[0], differ),
                      arith::SelectOp::create(e, first, lt(e, x, y), args[1])};
                })[1];
  }
};

/// A counting loop over [0, ub) carrying `init`.
SmallVector<Value> forLoop(
    ImplicitLocOpBuilder &b, Value ub, ValueRange init,
    function_ref<SmallVector<Value>(ImplicitLocOpBuilder &, Value, ValueRange)>
        fn) {
  Value zero = arith::ConstantIndexOp::create(b, 0);
  Value one = arith::ConstantIndexOp::create(b, 1);
  auto loop = scf::ForOp::create(
      b, zero, ub, one, init,
      [&](OpBuilder &nested, Location loc, Value iv, ValueRange args) {
        ImplicitLocOpBuilder e(loc, nested);
        scf::YieldOp::create(e, fn(e, iv, args));
      });
  return SmallVector<Value>(loop.getResults());
}

Value toElement(ImplicitLocOpBuilder &b, Value index, Type type) {
  return arith::IndexCastOp::create(b, type, index);
}

/// Unique-10 with a constant axis or none; quadratic in the number of slices.
struct UniqueLowering : OpConversionPattern<UniqueOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(UniqueOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value data = adaptor.getData();
    auto type = rankedType(data);
    if (!type)
      return rewriter.notifyMatchFailure(op, "needs ranked data");
    Type element = type.getElementType();
    if (!isFloat(element) && !element.isSignlessInteger())
      return rewriter.notifyMatchFailure(op, "needs float or signless data");
    auto uniqueType =
        dyn_cast<RankedTensorType>(op.getUniqueElements().getType());
    auto indicesType = dyn_cast<RankedTensorType>(op.getIndices().getType());
    auto revType = dyn_cast<RankedTensorType>(op.getRevIdx().getType());
    auto countsType = dyn_cast<RankedTensorType>(op.getCounts().getType());
    if (!uniqueType || !indicesType || !revType || !countsType)
      return rewriter.notifyMatchFailure(op, "needs ranked results");
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    int64_t axis = 0;
    if (op.getAxis()) {
      FailureOr<SmallVector<int64_t>> axisValue = getConstantInts(op.getAxis());
      if (failed(axisValue) || axisValue->size() != 1)
        return rewriter.notifyMatchFailure(op, "needs a constant axis");
      ShapeDiag diag(op.getLoc());
      FailureOr<int64_t> normalized =
          normalizeAxis(diag, (*axisValue)[0], type.getRank());
      if (failed(normalized))
        return failure();
      axis = *normalized;
    } else if (type.getRank() == 0) {
      data =
          tensor::FromElementsOp::create(b, RankedTensorType::get({1}, element),
                                         ValueRange{extractFirst(b, data)});
    } else if (type.getRank() > 1) {
      SmallVector<ReassociationIndices> all(1);
      for (int64_t d = 0; d < type.getRank(); ++d)
        all[0].push_back(d);
      data = tensor::CollapseShapeOp::create(b, data, all);
    }
    ShapeExpr shape = ShapeExpr::fromValue(data, b);
    SliceComparer cmp{data, axis, {}, element};
    SmallVector<OpFoldResult> sizes;
    for (const DimExpr &d : shape.getDims()) {
      cmp.dims.push_back(lowering::toIndex(b, d));
      sizes.push_back(toFoldResult(b, d));
    }
    Value slices = cmp.dims[axis];
    Type indexType = b.getIndexType();
    Value zero = arith::ConstantIndexOp::create(b, 0);
    auto at = [&](ImplicitLocOpBuilder &e, Value tensor, Value i) -> Value {
      return tensor::ExtractOp::create(e, tensor, ValueRange{i});
    };
    auto eqIdx = [](ImplicitLocOpBuilder &e, Value x, Value y) -> Value {
      return arith::CmpIOp::create(e, arith::CmpIPredicate::eq, x, y);
    };
    // rep[s]: the first slice equal to slice s.
    Value rep = buildIndexedGeneric(
        b, {sizes[axis]}, indexType,
        [&](ImplicitLocOpBuilder &body, ValueRange o) -> Value {
          Value s = o[0];
          return forLoop(
              body, s, {s},
              [&](ImplicitLocOpBuilder &e, Value t,
                  ValueRange args) -> SmallVector<Value> {
                Value earlier = arith::CmpIOp::create(
                    e, arith::CmpIPredicate::ult, t, args[0]);
                Value take =
                    arith::AndIOp::create(e, earlier, cmp.equal(e, t, s));
                return {arith::SelectOp::create(e, take, t, args[0])};
              })[0];
        });
    auto isFirst = [&](ImplicitLocOpBuilder &e, Value t) -> Value {
      return eqIdx(e, at(e, rep, t), t);
    };
    // rev[s]: the position of slice s among the unique ones, the number of
    // unique slices before it (in value order when sorted).
    bool sorted = op.getSorted();
    Value rev = buildIndexedGeneric(
        b, {sizes[axis]}, indexType,
        [&](ImplicitLocOpBuilder &body, ValueRange o) -> Value {
          Value s = o[0];
          Value ub = sorted ? slices : at(body, rep, s);
          return forLoop(body, ub, {zero},
                         [&](ImplicitLocOpBuilder &e, Value t,
                             ValueRange args) -> SmallVector<Value> {
                           Value counts = isFirst(e, t);
                           if (sorted)
                             counts = arith::AndIOp::create(e, counts,
                                                            cmp.less(e, t, s));
                           Value add = arith::SelectOp::create(
                               e, counts, arith::ConstantIndexOp::create(e, 1),
                               arith::ConstantIndexOp::create(e, 0));
                           return {arith::AddIOp::create(e, args[0], add)};
                         })[0];
        });
    Value numUnique =
        forLoop(b, slices, {zero},
                [&](ImplicitLocOpBuilder &e, Value t,
                    ValueRange args) -> SmallVector<Value> {
                  Value add = arith::SelectOp::create(
                      e, isFirst(e, t), arith::ConstantIndexOp::create(e, 1),
                      arith::ConstantIndexOp::create(e, 0));
                  return {arith::AddIOp::create(e, args[0], add)};
                })[0];
    // first[k]: the slice that is the k-th unique one.
    Value first = buildIndexedGeneric(
        b, {numUnique}, indexType,
        [&](ImplicitLocOpBuilder &body, ValueRange o) -> Value {
          Value k = o[0];
          return forLoop(
              body, slices, {zero},
              [&](ImplicitLocOpBuilder &e, Value t,
                  ValueRange args) -> SmallVector<Value> {
                Value take = arith::AndIOp::create(e, isFirst(e, t),
                                                   eqIdx(e, at(e, rev, t), k));
                return {arith::SelectOp::create(e, take, t, args[0])};
              })[0];
        });
    Type countElement = countsType.getElementType();
    Value counts = buildIndexedGeneric(
        b, {numUnique}, countElement,
        [&](ImplicitLocOpBuilder &body, ValueRange o) -> Value {
          Value k = o[0];
          Value n = forLoop(body, slices, {zero},
                            [&](ImplicitLocOpBuilder &e, Value t,
                                ValueRange args) -> SmallVector<Value> {
                              Value add = arith::SelectOp::create(
                                  e, eqIdx(e, at(e, rev, t), k),
                                  arith::ConstantIndexOp::create(e, 1),
                                  arith::ConstantIndexOp::create(e, 0));
                              return {arith::AddIOp::create(e, args[0], add)};
                            })[0];
          return toElement(body, n, countElement);
        });
    Type indexElement = indicesType.getElementType();
    Value indices = buildIndexedGeneric(
        b, {numUnique}, indexElement,
        [&](ImplicitLocOpBuilder &body, ValueRange o) -> Value {
          return toElement(body, at(body, first, o[0]), indexElement);
        });
    Type revElement = revType.getElementType();
    Value revIdx = buildIndexedGeneric(
        b, {sizes[axis]}, revElement,
        [&](ImplicitLocOpBuilder &body, ValueRange o) -> Value {
          return toElement(body, at(body, rev, o[0]), revElement);
        });
    SmallVector<OpFoldResult> uniqueSizes(sizes);
    uniqueSizes[axis] = numUnique;
    Value unique = buildIndexedGeneric(
        b, uniqueSizes, element,
        [&](ImplicitLocOpBuilder &body, ValueRange o) -> Value {
          SmallVector<Value> from(o.begin(), o.end());
          from[axis] = clampIndex(body, at(body, first, o[axis]), slices);
          return tensor::ExtractOp::create(body, data, from);
        });
    rewriter.replaceOp(
        op, {castTo(b, unique, uniqueType), castTo(b, indices, indicesType),
             castTo(b, revIdx, revType), castTo(b, counts, countsType)});
    return success();
  }
};

} // namespace

void lowering::populateSamplingLowerings(RewritePatternSet &patterns) {
  patterns.add<GridSampleLowering, UniqueLowering>(patterns.getContext());
}
