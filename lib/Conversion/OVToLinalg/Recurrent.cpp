//===- Recurrent.cpp - RNN, GRU and LSTM sequence ops ---------------------===//
//
// RNNSequence-5, GRUSequence-5 and LSTMSequence-5.
//
// One scf.for over the time steps carries the hidden (and cell) state of
// each direction and a [num_directions, seq_length, batch, hidden] buffer of
// the hidden states in processing order. Each step gathers the step's input
// row of every batch item, multiplies it and the state by the transposed
// weights (linalg.matmul) and combines the gates in a linalg.generic. As in
// OpenVINO, a batch item past its sequence_lengths keeps its state, and the
// reverse direction runs over each item's own valid steps backwards (the
// ReverseSequence semantics); after the loop a generic places the buffered
// states at their time positions in Y and writes zeros past each length.
//
//===----------------------------------------------------------------------===//

#include "IndexedGeneric.h"
#include "LoweringUtils.h"

#include "ovmlir/Dialect/OV/IR/OVOps.h"
#include "ovmlir/Dialect/OV/IR/SequenceShapes.h"

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

enum class Cell { RNN, GRU, LSTM };

using Activation = std::function<Value(ImplicitLocOpBuilder &, Value)>;

/// The activation function named `name` (OpenVINO's relu, sigmoid, tanh).
std::optional<Activation> getActivation(StringRef name) {
  if (name == "sigmoid")
    return Activation([](ImplicitLocOpBuilder &b, Value x) -> Value {
      Type t = x.getType();
      Value e = math::ExpOp::create(b, arith::NegFOp::create(b, x));
      return arith::DivFOp::create(
          b, scalar(b, t, 1), arith::AddFOp::create(b, scalar(b, t, 1), e));
    });
  if (name == "tanh")
    return Activation([](ImplicitLocOpBuilder &b, Value x) -> Value {
      return math::TanhOp::create(b, x);
    });
  if (name == "relu")
    return Activation([](ImplicitLocOpBuilder &b, Value x) -> Value {
      return arith::MaximumFOp::create(b, x, scalar(b, x.getType(), 0));
    });
  return std::nullopt;
}

/// The operands and attributes of a sequence op.
struct Sequence {
  Cell cell;
  Value x, h0, c0, lengths, w, r, bias;
  ArrayAttr activations;
  double clip;
  bool linearBeforeReset;
  int64_t hidden;
  StringRef direction;
};

/// `value` with dimension `dim` fixed at `index` (and dropped).
Value sliceDrop(ImplicitLocOpBuilder &b, Value value, int64_t dim,
                int64_t index) {
  auto type = cast<RankedTensorType>(value.getType());
  SmallVector<OpFoldResult> offsets(type.getRank(), b.getIndexAttr(0));
  SmallVector<OpFoldResult> sizes = tensor::getMixedSizes(b, b.getLoc(), value);
  SmallVector<OpFoldResult> strides(type.getRank(), b.getIndexAttr(1));
  offsets[dim] = b.getIndexAttr(index);
  sizes[dim] = b.getIndexAttr(1);
  SmallVector<int64_t> shape(type.getShape());
  shape.erase(shape.begin() + dim);
  auto resultType = RankedTensorType::get(shape, type.getElementType());
  return tensor::ExtractSliceOp::create(b, resultType, value, offsets, sizes,
                                        strides);
}

/// A 2-D `value` transposed.
Value transpose2D(ImplicitLocOpBuilder &b, Value value) {
  SmallVector<OpFoldResult> sizes = tensor::getMixedSizes(b, b.getLoc(), value);
  Type element = cast<RankedTensorType>(value.getType()).getElementType();
  Value init = tensor::EmptyOp::create(
      b, ArrayRef<OpFoldResult>{sizes[1], sizes[0]}, element);
  return linalg::TransposeOp::create(b, value, init, ArrayRef<int64_t>{1, 0})
      ->getResult(0);
}

/// a [m, k] x bt [k, n].
Value matmul(ImplicitLocOpBuilder &b, Value a, Value bt) {
  OpFoldResult m = tensor::getMixedSize(b, b.getLoc(), a, 0);
  OpFoldResult n = tensor::getMixedSize(b, b.getLoc(), bt, 1);
  Type element = cast<RankedTensorType>(a.getType()).getElementType();
  Value init =
      tensor::EmptyOp::create(b, ArrayRef<OpFoldResult>{m, n}, element);
  Value out = linalg::FillOp::create(b, ValueRange{scalar(b, element, 0)},
                                     ValueRange{init})
                  .getResult(0);
  return linalg::MatmulOp::create(b, ValueRange{a, bt}, ValueRange{out})
      .getResult(0);
}

/// An elementwise linalg.generic writing into `dest` (a loop-carried state,
/// so that the yielded value bufferizes in place) from `inputs` of the same
/// shape; `fn` gets the indices and the inputs' elements.
Value buildStateUpdate(
    ImplicitLocOpBuilder &b, Value dest, ValueRange inputs,
    function_ref<Value(ImplicitLocOpBuilder &, ValueRange, ValueRange)> fn) {
  int64_t rank = cast<RankedTensorType>(dest.getType()).getRank();
  SmallVector<AffineMap> maps(inputs.size() + 1,
                              b.getMultiDimIdentityMap(rank));
  SmallVector<utils::IteratorType> iterators(rank,
                                             utils::IteratorType::parallel);
  auto generic = linalg::GenericOp::create(
      b, TypeRange{dest.getType()}, inputs, ValueRange{dest}, maps, iterators,
      [&](OpBuilder &nested, Location loc, ValueRange args) {
        ImplicitLocOpBuilder body(loc, nested);
        SmallVector<Value> indices;
        for (int64_t d = 0; d < rank; ++d)
          indices.push_back(linalg::IndexOp::create(body, d));
        linalg::YieldOp::create(body, fn(body, indices, args.drop_back()));
      });
  return generic.getResult(0);
}

/// Lowers `seq`; the results are Y, Ho (and Co for LSTM) with static shapes
/// where known.
FailureOr<SmallVector<Value>> lowerSequence(ImplicitLocOpBuilder &b,
                                            Operation *op, const Sequence &seq,
                                            ConversionPatternRewriter &rw) {
  for (Value v : {seq.x, seq.h0, seq.lengths, seq.w, seq.r, seq.bias})
    if (!isa<RankedTensorType>(v.getType()))
      return rw.notifyMatchFailure(op, "needs ranked operands");
  if (seq.c0 && !isa<RankedTensorType>(seq.c0.getType()))
    return rw.notifyMatchFailure(op, "needs ranked operands");
  int64_t numActivations =
      seq.cell == Cell::LSTM ? 3 : (seq.cell == Cell::GRU ? 2 : 1);
  if ((int64_t)seq.activations.size() < numActivations)
    return rw.notifyMatchFailure(op, "too few activations");
  SmallVector<Activation> acts;
  for (int64_t i = 0; i < numActivations; ++i) {
    auto name = dyn_cast<StringAttr>(seq.activations[i]);
    std::optional<Activation> act =
        name ? getActivation(name.getValue()) : std::nullopt;
    if (!act)
      return rw.notifyMatchFailure(
          op, "activations other than relu, sigmoid and tanh");
    acts.push_back(*act);
  }
  std::optional<int64_t> numDirs = getSequenceNumDirections(seq.direction);
  if (!numDirs)
    return rw.notifyMatchFailure(op, "unknown direction");

  Type et = cast<RankedTensorType>(seq.x.getType()).getElementType();
  int64_t hidden = seq.hidden;
  Location loc = b.getLoc();
  Value zero = arith::ConstantIndexOp::create(b, 0);
  Value one = arith::ConstantIndexOp::create(b, 1);
  OpFoldResult batch = tensor::getMixedSize(b, loc, seq.x, 0);
  OpFoldResult inputSize = tensor::getMixedSize(b, loc, seq.x, 2);
  // Static when known (for the result types), a value for the loop.
  OpFoldResult seqSize = tensor::getMixedSize(b, loc, seq.x, 1);
  Value seqLen = getValueOrCreateConstantIndexOp(b, loc, seqSize);
  OpFoldResult hiddenAttr = b.getIndexAttr(hidden);
  auto isReverse = [&](int64_t d) {
    return seq.direction == "reverse" ||
           (seq.direction == "bidirectional" && d == 1);
  };
  // The valid length of batch item `i`, clamped to [0, seq_length].
  auto lengthOf = [&](ImplicitLocOpBuilder &e, Value i) -> Value {
    Value l = indexOf(e, tensor::ExtractOp::create(e, seq.lengths, i));
    l = arith::MaxSIOp::create(e, l, arith::ConstantIndexOp::create(e, 0));
    return arith::MinSIOp::create(e, l, seqLen);
  };
  auto clipped = [&](ImplicitLocOpBuilder &e, Value v) -> Value {
    if (seq.clip <= 0)
      return v;
    v = arith::MaximumFOp::create(e, v, scalar(e, et, -seq.clip));
    return arith::MinimumFOp::create(e, v, scalar(e, et, seq.clip));
  };

  // Per direction: transposed weights, bias, initial states.
  SmallVector<Value> wt, rt, rht, biases, inits;
  for (int64_t d = 0; d < *numDirs; ++d) {
    wt.push_back(transpose2D(b, sliceDrop(b, seq.w, 0, d)));
    rt.push_back(transpose2D(b, sliceDrop(b, seq.r, 0, d)));
    biases.push_back(sliceDrop(b, seq.bias, 0, d));
    if (seq.cell == Cell::GRU && !seq.linearBeforeReset) {
      // The h gate's columns of R^T: (r * H) times them.
      SmallVector<OpFoldResult> offsets = {b.getIndexAttr(0),
                                           b.getIndexAttr(2 * hidden)};
      SmallVector<OpFoldResult> sizes = {hiddenAttr, hiddenAttr};
      SmallVector<OpFoldResult> strides(2, b.getIndexAttr(1));
      rht.push_back(tensor::ExtractSliceOp::create(b, rt.back(), offsets, sizes,
                                                   strides));
    }
  }
  // The loop updates its states in place: start from copies, not from
  // the operands.
  auto initialState = [&](Value states, int64_t d) -> Value {
    return buildIndexedGeneric(
        b, {batch, hiddenAttr}, et,
        [&](ImplicitLocOpBuilder &g, ValueRange o) -> Value {
          return tensor::ExtractOp::create(
              g, states,
              ValueRange{o[0], arith::ConstantIndexOp::create(g, d), o[1]});
        });
  };
  for (int64_t d = 0; d < *numDirs; ++d)
    inits.push_back(initialState(seq.h0, d));
  if (seq.c0)
    for (int64_t d = 0; d < *numDirs; ++d)
      inits.push_back(initialState(seq.c0, d));
  Value steps = tensor::EmptyOp::create(
      b,
      ArrayRef<OpFoldResult>{b.getIndexAttr(*numDirs), seqSize, batch,
                             hiddenAttr},
      et);
  steps =
      linalg::FillOp::create(b, ValueRange{scalar(b, et, 0)}, ValueRange{steps})
          .getResult(0);
  inits.push_back(steps);

  auto loop = scf::ForOp::create(
      b, zero, seqLen, one, inits,
      [&](OpBuilder &lb, Location l, Value t, ValueRange args) {
        ImplicitLocOpBuilder e(l, lb);
        SmallVector<Value> hs(args.begin(), args.begin() + *numDirs);
        SmallVector<Value> cs;
        if (seq.c0)
          cs.assign(args.begin() + *numDirs, args.begin() + 2 * *numDirs);
        Value buffer = args.back();
        SmallVector<Value> newHs, newCs;
        for (int64_t d = 0; d < *numDirs; ++d) {
          bool reverse = isReverse(d);
          // The step's input row of every batch item.
          Value xt = buildIndexedGeneric(
              e, {batch, inputSize}, et,
              [&](ImplicitLocOpBuilder &g, ValueRange o) -> Value {
                Value pos = t;
                if (reverse) {
                  Value len = lengthOf(g, o[0]);
                  pos = arith::SubIOp::create(
                      g, arith::SubIOp::create(g, len, t),
                      arith::ConstantIndexOp::create(g, 1));
                  pos = clampIndex(g, pos, seqLen);
                }
                return tensor::ExtractOp::create(g, seq.x,
                                                 ValueRange{o[0], pos, o[1]});
              });
          Value xw = matmul(e, xt, wt[d]);
          Value h = hs[d];
          Value hr = matmul(e, h, rt[d]);
          Value bias = biases[d];
          // Gate `gate`'s pre-activation at (i, j) without the clip:
          // X W^T + H R^T + B.
          auto gateSum = [&](ImplicitLocOpBuilder &g, ValueRange o,
                             int64_t gate, bool withRecurrent = true) {
            Value col = arith::AddIOp::create(
                g, o[1], arith::ConstantIndexOp::create(g, gate * hidden));
            Value v = tensor::ExtractOp::create(g, xw, ValueRange{o[0], col});
            v = arith::AddFOp::create(
                g, v, tensor::ExtractOp::create(g, bias, ValueRange{col}));
            if (withRecurrent)
              v = arith::AddFOp::create(
                  g, v,
                  tensor::ExtractOp::create(g, hr, ValueRange{o[0], col}));
            return v;
          };
          auto valid = [&](ImplicitLocOpBuilder &g, ValueRange o) -> Value {
            return arith::CmpIOp::create(g, arith::CmpIPredicate::slt, t,
                                         lengthOf(g, o[0]));
          };
          auto at = [&](ImplicitLocOpBuilder &g, Value tensor, ValueRange o) {
            return tensor::ExtractOp::create(g, tensor, o);
          };
          SmallVector<OpFoldResult> stateSizes = {batch, hiddenAttr};
          Value newH;
          if (seq.cell == Cell::RNN) {
            newH = buildStateUpdate(
                e, h, ValueRange{h},
                [&](ImplicitLocOpBuilder &g, ValueRange o,
                    ValueRange in) -> Value {
                  Value v = acts[0](g, clipped(g, gateSum(g, o, 0)));
                  return arith::SelectOp::create(g, valid(g, o), v, in[0]);
                });
          } else if (seq.cell == Cell::GRU) {
            Value q; // (r * H) Rh^T without linear_before_reset
            if (!seq.linearBeforeReset) {
              Value rh = buildIndexedGeneric(
                  e, stateSizes, et,
                  [&](ImplicitLocOpBuilder &g, ValueRange o) -> Value {
                    Value r = acts[0](g, clipped(g, gateSum(g, o, 1)));
                    return arith::MulFOp::create(g, r, at(g, h, o));
                  });
              q = matmul(e, rh, rht[d]);
            }
            newH = buildStateUpdate(
                e, h, ValueRange{h},
                [&](ImplicitLocOpBuilder &g, ValueRange o,
                    ValueRange in) -> Value {
                  Value z = acts[0](g, clipped(g, gateSum(g, o, 0)));
                  Value pre = gateSum(g, o, 2, /*withRecurrent=*/false);
                  if (seq.linearBeforeReset) {
                    Value r = acts[0](g, clipped(g, gateSum(g, o, 1)));
                    Value col = arith::AddIOp::create(
                        g, o[1], arith::ConstantIndexOp::create(g, 2 * hidden));
                    Value rbCol = arith::AddIOp::create(
                        g, o[1], arith::ConstantIndexOp::create(g, 3 * hidden));
                    Value lin = arith::AddFOp::create(
                        g,
                        tensor::ExtractOp::create(g, hr, ValueRange{o[0], col}),
                        tensor::ExtractOp::create(g, bias, ValueRange{rbCol}));
                    pre = arith::AddFOp::create(
                        g, pre, arith::MulFOp::create(g, r, lin));
                  } else {
                    pre = arith::AddFOp::create(g, pre, at(g, q, o));
                  }
                  Value n = acts[1](g, clipped(g, pre));
                  Value hOld = in[0];
                  // (1 - z) * n + z * h = n + z * (h - n)
                  Value v = arith::AddFOp::create(
                      g, n,
                      arith::MulFOp::create(g, z,
                                            arith::SubFOp::create(g, hOld, n)));
                  return arith::SelectOp::create(g, valid(g, o), v, hOld);
                });
          } else {
            Value c = cs[d];
            // Gates f, i, c, o.
            Value newC = buildStateUpdate(
                e, c, ValueRange{c},
                [&](ImplicitLocOpBuilder &g, ValueRange o,
                    ValueRange in) -> Value {
                  Value f = acts[0](g, clipped(g, gateSum(g, o, 0)));
                  Value i = acts[0](g, clipped(g, gateSum(g, o, 1)));
                  Value cc = acts[1](g, clipped(g, gateSum(g, o, 2)));
                  Value cOld = in[0];
                  Value v = arith::AddFOp::create(
                      g, arith::MulFOp::create(g, f, cOld),
                      arith::MulFOp::create(g, i, cc));
                  return arith::SelectOp::create(g, valid(g, o), v, cOld);
                });
            newH = buildStateUpdate(
                e, h, ValueRange{h, newC},
                [&](ImplicitLocOpBuilder &g, ValueRange o,
                    ValueRange in) -> Value {
                  Value og = acts[0](g, clipped(g, gateSum(g, o, 3)));
                  Value v = arith::MulFOp::create(g, og, acts[2](g, in[1]));
                  return arith::SelectOp::create(g, valid(g, o), v, in[0]);
                });
            newCs.push_back(newC);
          }
          newHs.push_back(newH);
          // Buffer the step's state at [d, t]; Y places it afterwards.
          SmallVector<OpFoldResult> offsets = {
              e.getIndexAttr(d), t, e.getIndexAttr(0), e.getIndexAttr(0)};
          SmallVector<OpFoldResult> sizes = {
              e.getIndexAttr(1), e.getIndexAttr(1), batch, hiddenAttr};
          SmallVector<OpFoldResult> strides(4, e.getIndexAttr(1));
          buffer = tensor::InsertSliceOp::create(e, newH, buffer, offsets,
                                                 sizes, strides);
        }
        SmallVector<Value> yields(newHs);
        yields.append(newCs);
        yields.push_back(buffer);
        scf::YieldOp::create(e, yields);
      });

  ValueRange results = loop.getResults();
  Value buffer = results.back();
  // Y [batch, dirs, seq, hidden]: the state computed at the step that
  // processed each time position, zero past the item's length.
  Value y = buildIndexedGeneric(
      b, {batch, b.getIndexAttr(*numDirs), seqSize, hiddenAttr}, et,
      [&](ImplicitLocOpBuilder &g, ValueRange o) -> Value {
        Value len = lengthOf(g, o[0]);
        Value tt = o[2];
        Value mirrored =
            arith::SubIOp::create(g, arith::SubIOp::create(g, len, tt),
                                  arith::ConstantIndexOp::create(g, 1));
        Value pos = tt;
        if (seq.direction == "reverse") {
          pos = mirrored;
        } else if (seq.direction == "bidirectional") {
          Value isBackward =
              arith::CmpIOp::create(g, arith::CmpIPredicate::eq, o[1],
                                    arith::ConstantIndexOp::create(g, 1));
          pos = arith::SelectOp::create(g, isBackward, mirrored, tt);
        }
        pos = clampIndex(g, pos, seqLen);
        Value v = tensor::ExtractOp::create(g, buffer,
                                            ValueRange{o[1], pos, o[0], o[3]});
        Value inRange =
            arith::CmpIOp::create(g, arith::CmpIPredicate::slt, tt, len);
        return arith::SelectOp::create(g, inRange, v, scalar(g, et, 0));
      });
  // The final states [batch, dirs, hidden].
  auto stack = [&](ValueRange states) -> Value {
    Value out = tensor::EmptyOp::create(
        b, ArrayRef<OpFoldResult>{batch, b.getIndexAttr(*numDirs), hiddenAttr},
        et);
    for (auto [d, state] : llvm::enumerate(states)) {
      SmallVector<OpFoldResult> offsets = {b.getIndexAttr(0), b.getIndexAttr(d),
                                           b.getIndexAttr(0)};
      SmallVector<OpFoldResult> sizes = {batch, b.getIndexAttr(1), hiddenAttr};
      SmallVector<OpFoldResult> strides(3, b.getIndexAttr(1));
      out =
          tensor::InsertSliceOp::create(b, state, out, offsets, sizes, strides);
    }
    return out;
  };
  SmallVector<Value> outs = {y, stack(results.take_front(*numDirs))};
  if (seq.c0)
    outs.push_back(stack(results.slice(*numDirs, *numDirs)));
  return outs;
}

template <typename OpTy>
LogicalResult replaceSequence(OpTy op, ConversionPatternRewriter &rewriter,
                              const Sequence &seq) {
  ImplicitLocOpBuilder b(op.getLoc(), rewriter);
  FailureOr<SmallVector<Value>> results = lowerSequence(b, op, seq, rewriter);
  if (failed(results))
    return failure();
  SmallVector<Value> casts;
  for (auto [value, result] : llvm::zip(*results, op->getResults()))
    casts.push_back(castTo(b, value, result.getType()));
  rewriter.replaceOp(op, casts);
  return success();
}

struct RNNSequenceLowering : OpConversionPattern<RNNSequenceOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(RNNSequenceOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Sequence seq{Cell::RNN,
                 adaptor.getX(),
                 adaptor.getInitialHiddenState(),
                 Value(),
                 adaptor.getSequenceLengths(),
                 adaptor.getW(),
                 adaptor.getR(),
                 adaptor.getB(),
                 op.getActivations(),
                 op.getClip().convertToDouble(),
                 false,
                 static_cast<int64_t>(op.getHiddenSize()),
                 op.getDirection()};
    return replaceSequence(op, rewriter, seq);
  }
};

struct GRUSequenceLowering : OpConversionPattern<GRUSequenceOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(GRUSequenceOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Sequence seq{Cell::GRU,
                 adaptor.getX(),
                 adaptor.getInitialHiddenState(),
                 Value(),
                 adaptor.getSequenceLengths(),
                 adaptor.getW(),
                 adaptor.getR(),
                 adaptor.getB(),
                 op.getActivations(),
                 op.getClip().convertToDouble(),
                 op.getLinearBeforeReset(),
                 static_cast<int64_t>(op.getHiddenSize()),
                 op.getDirection()};
    return replaceSequence(op, rewriter, seq);
  }
};

struct LSTMSequenceLowering : OpConversionPattern<LSTMSequenceOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(LSTMSequenceOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Sequence seq{Cell::LSTM,
                 adaptor.getX(),
                 adaptor.getInitialHiddenState(),
                 adaptor.getInitialCellState(),
                 adaptor.getSequenceLengths(),
                 adaptor.getW(),
                 adaptor.getR(),
                 adaptor.getB(),
                 op.getActivations(),
                 op.getClip().convertToDouble(),
                 false,
                 static_cast<int64_t>(op.getHiddenSize()),
                 op.getDirection()};
    return replaceSequence(op, rewriter, seq);
  }
};

} // namespace

void lowering::populateRecurrentLowerings(RewritePatternSet &patterns) {
  patterns.add<RNNSequenceLowering, GRUSequenceLowering, LSTMSequenceLowering>(
      patterns.getContext());
}
