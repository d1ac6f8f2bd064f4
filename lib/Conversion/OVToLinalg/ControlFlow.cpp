//===- ControlFlow.cpp - If-8 and Loop-5 ----------------------------------===//
//
// The subgraph ops become scf ops whose regions hold the OV body ops (moved,
// not cloned, with the body parameters replaced by the values they receive);
// the same conversion then lowers those body ops.
//
// If-8 is an scf.if on the condition's element. Loop-5 is an scf.while that
// carries the iteration number, the execution condition, the back-edged
// parameters, the last value of each plain output and, for a concatenated
// output, the parts so far (grown by one insert_slice pair per iteration, so
// the number of iterations need not be known in advance). Values flowing
// between ports of compatible but differently static types are tensor.cast;
// inputs sliced over iterations (TensorIterator style) are not supported.
//
//===----------------------------------------------------------------------===//

#include "LoweringUtils.h"

#include "ovmlir/Dialect/OV/IR/OVOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/ImplicitLocOpBuilder.h"
#include "mlir/IR/TypeUtilities.h"
#include "mlir/Transforms/DialectConversion.h"

using namespace mlir;
using namespace mlir::ov;
using namespace mlir::ov::lowering;

namespace {

/// The single element of a scalar or one-element tensor, as i1 for a
/// condition when `asBool` is set. A dynamic size is checked at run time
/// not to be 0 (a static 0 is rejected by the patterns).
Value extractElement(ImplicitLocOpBuilder &b, Value tensor, bool asBool) {
  auto type = cast<RankedTensorType>(tensor.getType());
  Value zero = arith::ConstantIndexOp::create(b, 0);
  for (int64_t d = 0; d < type.getRank(); ++d) {
    if (!type.isDynamicDim(d))
      continue;
    Value size = tensor::DimOp::create(b, tensor, d);
    cf::AssertOp::create(
        b, arith::CmpIOp::create(b, arith::CmpIPredicate::ne, size, zero),
        "the condition or trip count of If/Loop is empty");
  }
  SmallVector<Value> indices(type.getRank(), zero);
  Value element = tensor::ExtractOp::create(b, tensor, indices);
  Type elementType = element.getType();
  if (asBool && !elementType.isInteger(1))
    element = arith::CmpIOp::create(
        b, arith::CmpIPredicate::ne, element,
        arith::ConstantOp::create(b, b.getIntegerAttr(elementType, 0)));
  return element;
}

bool isRanked(Type type) { return isa<RankedTensorType>(type); }

/// A ranked tensor that may hold one element (none of its sizes is 0).
bool mayHoldOne(Type type) {
  auto ranked = dyn_cast<RankedTensorType>(type);
  return ranked && !llvm::is_contained(ranked.getShape(), 0);
}

/// Replaces the ov.yield ending `block` by an scf.yield of `values(yield)`.
template <typename Fn>
void replaceYield(ConversionPatternRewriter &rewriter, Block *block,
                  Fn values) {
  auto yield = cast<ov::YieldOp>(block->getTerminator());
  rewriter.setInsertionPoint(yield);
  ImplicitLocOpBuilder b(yield.getLoc(), rewriter);
  SmallVector<Value> operands = values(b, yield.getValues());
  scf::YieldOp::create(b, operands);
  rewriter.eraseOp(yield);
}

struct IfLowering : OpConversionPattern<IfOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(IfOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (!mayHoldOne(adaptor.getCond().getType()) ||
        !llvm::all_of(op.getResultTypes(), isRanked))
      return rewriter.notifyMatchFailure(
          op, "unranked or empty condition, or unranked result");
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    Value cond = extractElement(b, adaptor.getCond(), /*asBool=*/true);
    auto ifOp = scf::IfOp::create(b, op.getResultTypes(), cond,
                                  /*addThenBlock=*/false,
                                  /*addElseBlock=*/false);
    TypeRange resultTypes = op.getResultTypes();
    auto lowerBody = [&](Region &from, Region &to, ArrayRef<int64_t> inputMap,
                         ArrayRef<int64_t> outputMap) {
      Block *block = rewriter.createBlock(&to);
      Block &body = from.front();
      ImplicitLocOpBuilder bb(op.getLoc(), rewriter);
      SmallVector<Value> args;
      for (auto [p, index] : llvm::enumerate(inputMap))
        args.push_back(castTo(bb, adaptor.getInputs()[index],
                              body.getArgument(p).getType()));
      rewriter.mergeBlocks(&body, block, args);
      replaceYield(
          rewriter, block, [&](ImplicitLocOpBuilder &yb, ValueRange values) {
            SmallVector<Value> outputs(resultTypes.size());
            for (auto [r, index] : llvm::enumerate(outputMap))
              outputs[index] = castTo(yb, values[r], resultTypes[index]);
            return outputs;
          });
    };
    lowerBody(op.getThenBody(), ifOp.getThenRegion(), op.getThenInputs(),
              op.getThenOutputs());
    lowerBody(op.getElseBody(), ifOp.getElseRegion(), op.getElseInputs(),
              op.getElseOutputs());
    rewriter.replaceOp(op, ifOp.getResults());
    return success();
  }
};

/// An output concatenated over iterations.
struct ScanOutput {
  int64_t result; // body result
  int64_t port;   // op result
  int64_t axis;
  bool reverse; // negative stride: later parts go first
};

/// `acc` with `part` appended (or prepended) along `axis`; the other sizes
/// are the part's (the initial empty accumulator may have zeros there).
Value appendAlongAxis(ImplicitLocOpBuilder &b, Value acc, Value part,
                      int64_t axis, bool reverse, RankedTensorType accType) {
  int64_t rank = accType.getRank();
  Value accSize = tensor::DimOp::create(b, acc, axis);
  Value partSize = tensor::DimOp::create(b, part, axis);
  SmallVector<Value> dynSizes;
  for (int64_t d = 0; d < rank; ++d) {
    if (!accType.isDynamicDim(d))
      continue;
    dynSizes.push_back(
        d == axis ? arith::AddIOp::create(b, accSize, partSize).getResult()
                  : tensor::DimOp::create(b, part, d));
  }
  Value result = tensor::EmptyOp::create(b, accType, dynSizes);
  auto insert = [&](Value source, Value offset) {
    SmallVector<OpFoldResult> offsets(rank, b.getIndexAttr(0));
    offsets[axis] = offset;
    SmallVector<OpFoldResult> strides(rank, b.getIndexAttr(1));
    result = tensor::InsertSliceOp::create(
        b, source, result, offsets,
        tensor::getMixedSizes(b, b.getLoc(), source), strides);
  };
  Value zero = arith::ConstantIndexOp::create(b, 0);
  insert(acc, reverse ? partSize : zero);
  insert(part, reverse ? zero : accSize);
  return result;
}

struct LoopLowering : OpConversionPattern<LoopOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(LoopOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Block &body = op.getBody().front();
    auto yield = cast<ov::YieldOp>(body.getTerminator());
    int64_t numParams = body.getNumArguments();
    ValueRange operands = adaptor.getOperands();
    if (!llvm::all_of(body.getArgumentTypes(), isRanked) ||
        !llvm::all_of(yield.getValues().getTypes(), isRanked) ||
        !llvm::all_of(op.getResultTypes(), isRanked) ||
        !llvm::all_of(operands.getTypes(), isRanked))
      return rewriter.notifyMatchFailure(op, "unranked port");
    if (!mayHoldOne(adaptor.getTripCount().getType()) ||
        !mayHoldOne(adaptor.getExecutionCondition().getType()))
      return rewriter.notifyMatchFailure(
          op, "empty trip count or execution condition");

    // What each body parameter receives: kIteration, an operand index, or
    // nothing (kNone).
    constexpr int64_t kNone = -2, kIteration = -1;
    SmallVector<int64_t> paramInput(numParams, kNone);
    for (Attribute attr : op.getInputPortMap()) {
      auto dict = cast<DictionaryAttr>(attr);
      if (dict.get("axis"))
        return rewriter.notifyMatchFailure(op, "sliced inputs");
      int64_t param = dict.getAs<IntegerAttr>("parameter").getInt();
      paramInput[param] =
          dict.get("purpose")
              ? kIteration
              : dict.getAs<IntegerAttr>("external_port_id").getInt();
    }
    SmallVector<int64_t> backEdge(numParams, -1);
    for (Attribute attr : op.getBackEdges()) {
      auto dict = cast<DictionaryAttr>(attr);
      backEdge[dict.getAs<IntegerAttr>("to_parameter").getInt()] =
          dict.getAs<IntegerAttr>("from_result").getInt();
    }
    int64_t condResult = -1;
    SmallVector<std::pair<int64_t, int64_t>> lastOutputs; // (result, port)
    SmallVector<ScanOutput> scanOutputs;
    for (Attribute attr : op.getOutputPortMap()) {
      auto dict = cast<DictionaryAttr>(attr);
      int64_t result = dict.getAs<IntegerAttr>("result").getInt();
      int64_t port = dict.getAs<IntegerAttr>("external_port_id").getInt();
      if (auto purpose = dict.getAs<StringAttr>("purpose");
          purpose && purpose == "execution_condition")
        condResult = result;
      if (port < 0)
        continue;
      auto intOr = [&](StringRef key, int64_t def) {
        auto value = dict.getAs<IntegerAttr>(key);
        return value ? value.getInt() : def;
      };
      if (!dict.get("axis")) {
        lastOutputs.push_back({result, port});
        continue;
      }
      int64_t stride = intOr("stride", 1);
      int64_t start = intOr("start", stride > 0 ? 0 : -1);
      int64_t end = intOr("end", stride > 0 ? -1 : 0);
      if (std::abs(stride) != 1 ||
          (stride > 0 ? start != 0 || end != -1 : start != -1 || end != 0))
        return rewriter.notifyMatchFailure(
            op, "concatenated output with a start, end or stride other than "
                "the whole axis");
      auto type = cast<RankedTensorType>(op.getResult(port).getType());
      int64_t axis = intOr("axis", 0);
      if (axis < 0)
        axis += type.getRank();
      auto partType =
          cast<RankedTensorType>(yield.getOperand(result).getType());
      if (axis < 0 || axis >= type.getRank() ||
          partType.getRank() != type.getRank())
        return rewriter.notifyMatchFailure(op, "bad concatenation axis");
      scanOutputs.push_back({result, port, axis, stride < 0});
    }
    for (int64_t p = 0; p < numParams; ++p) {
      if (paramInput[p] == kNone)
        return rewriter.notifyMatchFailure(op, "body parameter without input");
      if (backEdge[p] >= 0 && paramInput[p] == kIteration)
        return rewriter.notifyMatchFailure(
            op, "back edge into the current_iteration parameter");
      if (paramInput[p] == kIteration && !isa<IntegerType>(getElementTypeOrSelf(
                                             body.getArgument(p).getType())))
        return rewriter.notifyMatchFailure(op, "non-integer iteration number");
    }

    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    Type i64 = b.getI64Type();
    Value tripCount = extractElement(b, adaptor.getTripCount(), false);
    if (tripCount.getType() != i64)
      tripCount = arith::ExtSIOp::create(b, i64, tripCount);
    Value zero64 = arith::ConstantIntOp::create(b, i64, 0);

    // The carried state: iteration, back-edged parameters, last values,
    // concatenations so far, condition. The condition goes last: scf.while
    // canonicalization drops it from the after region (where it is known to
    // hold), and bufferization wants the other values at the same positions.
    SmallVector<Value> inits = {zero64};
    SmallVector<int64_t> carriedParams;
    for (int64_t p = 0; p < numParams; ++p) {
      if (backEdge[p] < 0)
        continue;
      carriedParams.push_back(p);
      inits.push_back(
          castTo(b, operands[paramInput[p]], body.getArgument(p).getType()));
    }
    auto emptyOf = [&](RankedTensorType type) -> Value {
      // Dynamic sizes are 0: the value is only read when the loop ran.
      Value zero = arith::ConstantIndexOp::create(b, 0);
      SmallVector<Value> sizes(type.getNumDynamicDims(), zero);
      return tensor::EmptyOp::create(b, type, sizes);
    };
    for (auto [result, port] : lastOutputs) {
      auto type = cast<RankedTensorType>(op.getResult(port).getType());
      // A back-edged result keeps its parameter's initial value when the
      // body never runs (as in ONNX).
      Value init;
      for (auto [k, p] : llvm::enumerate(carriedParams))
        if (backEdge[p] == result)
          init = castTo(b, inits[1 + k], type);
      inits.push_back(init ? init : emptyOf(type));
    }
    SmallVector<RankedTensorType> accTypes;
    for (const ScanOutput &scan : scanOutputs) {
      auto type = cast<RankedTensorType>(op.getResult(scan.port).getType());
      SmallVector<int64_t> shape(type.getShape());
      shape[scan.axis] = ShapedType::kDynamic;
      accTypes.push_back(type.clone(shape));
      inits.push_back(emptyOf(accTypes.back()));
    }
    size_t lastBase = 1 + carriedParams.size();
    size_t scanBase = lastBase + lastOutputs.size();
    inits.push_back(extractElement(b, adaptor.getExecutionCondition(), true));
    size_t condIndex = inits.size() - 1;

    SmallVector<Type> types = llvm::to_vector(ValueRange(inits).getTypes());
    SmallVector<Location> locs(types.size(), op.getLoc());
    auto whileOp = scf::WhileOp::create(b, types, inits);
    {
      // Go on while the condition holds and below a non-negative count.
      Block *before =
          rewriter.createBlock(&whileOp.getBefore(), {}, types, locs);
      ImplicitLocOpBuilder bb(op.getLoc(), rewriter);
      Value unbounded = arith::CmpIOp::create(bb, arith::CmpIPredicate::slt,
                                              tripCount, zero64);
      Value below = arith::CmpIOp::create(bb, arith::CmpIPredicate::slt,
                                          before->getArgument(0), tripCount);
      Value go =
          arith::AndIOp::create(bb, before->getArgument(condIndex),
                                arith::OrIOp::create(bb, unbounded, below));
      scf::ConditionOp::create(bb, go, before->getArguments());
    }
    Block *after = rewriter.createBlock(&whileOp.getAfter(), {}, types, locs);
    ImplicitLocOpBuilder ab(op.getLoc(), rewriter);
    Value iteration = after->getArgument(0);
    SmallVector<Value> args(numParams);
    for (int64_t p = 0; p < numParams; ++p) {
      Type type = body.getArgument(p).getType();
      if (paramInput[p] == kIteration) {
        auto paramType = cast<RankedTensorType>(type);
        Type elementType = paramType.getElementType();
        Value value = iteration;
        if (elementType != i64)
          value = arith::TruncIOp::create(ab, elementType, value);
        SmallVector<int64_t> shape(paramType.getRank(), 1);
        args[p] =
            castTo(ab,
                   tensor::FromElementsOp::create(
                       ab, RankedTensorType::get(shape, elementType), value),
                   type);
      } else if (backEdge[p] < 0) {
        args[p] = castTo(ab, operands[paramInput[p]], type);
      }
    }
    for (auto [k, p] : llvm::enumerate(carriedParams))
      args[p] = after->getArgument(1 + k);
    rewriter.mergeBlocks(&body, after, args);

    replaceYield(
        rewriter, after, [&](ImplicitLocOpBuilder &yb, ValueRange values) {
          SmallVector<Value> next;
          next.push_back(arith::AddIOp::create(
              yb, iteration, arith::ConstantIntOp::create(yb, i64, 1)));
          for (int64_t p : carriedParams)
            next.push_back(castTo(yb, values[backEdge[p]], types[next.size()]));
          for (auto [result, port] : lastOutputs)
            next.push_back(castTo(yb, values[result], types[next.size()]));
          for (auto [k, scan] : llvm::enumerate(scanOutputs))
            next.push_back(appendAlongAxis(yb, after->getArgument(scanBase + k),
                                           values[scan.result], scan.axis,
                                           scan.reverse, accTypes[k]));
          next.push_back(
              condResult >= 0
                  ? extractElement(yb, values[condResult], true)
                  : arith::ConstantIntOp::create(yb, 1, 1).getResult());
          return next;
        });

    rewriter.setInsertionPointAfter(whileOp);
    SmallVector<Value> outputs(op.getNumResults());
    for (auto [k, output] : llvm::enumerate(lastOutputs))
      outputs[output.second] = whileOp.getResult(lastBase + k);
    for (auto [k, scan] : llvm::enumerate(scanOutputs))
      outputs[scan.port] = castTo(b, whileOp.getResult(scanBase + k),
                                  op.getResult(scan.port).getType());
    rewriter.replaceOp(op, outputs);
    return success();
  }
};

} // namespace

void lowering::populateControlFlowLowerings(RewritePatternSet &patterns) {
  patterns.add<IfLowering, LoopLowering>(patterns.getContext());
}
