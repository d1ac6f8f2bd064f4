//===- ControlFlow.cpp - ONNX If and Loop ---------------------------------===//
//
// ONNX subgraphs read values of the enclosing graph by name; OV's If and
// Loop bodies are isolated, so every such value becomes an input of the op
// mapped to a body parameter (If: then/else_inputs; Loop: an invariant
// input). The condition may be any runtime value.
//
//===----------------------------------------------------------------------===//

#include "../ConverterRegistry.h"
#include "../GraphImporter.h"

#include "ovmlir/Dialect/OV/IR/OVOps.h"

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/TypeUtilities.h"

using namespace mlir;
using namespace mlir::ov;
using namespace mlir::ov::onnx_import;

namespace {

/// The type an output takes from either of two bodies: `a` when they agree,
/// else the same element type with the dimensions they share (dynamic
/// where they differ), unranked when the ranks differ.
Type mergeTypes(Type a, Type b) {
  if (a == b)
    return a;
  Type element = getElementTypeOrSelf(a);
  auto rankedA = dyn_cast<RankedTensorType>(a);
  auto rankedB = dyn_cast<RankedTensorType>(b);
  if (!rankedA || !rankedB || rankedA.getRank() != rankedB.getRank())
    return UnrankedTensorType::get(element);
  SmallVector<int64_t> dims;
  for (auto [x, y] : llvm::zip(rankedA.getShape(), rankedB.getShape()))
    dims.push_back(x == y ? x : ShapedType::kDynamic);
  return RankedTensorType::get(dims, element);
}

/// The same type with every dimension dynamic (rank kept).
Type dynamicDims(Type type) {
  auto ranked = dyn_cast<RankedTensorType>(type);
  if (!ranked)
    return type;
  return RankedTensorType::get(
      SmallVector<int64_t>(ranked.getRank(), ShapedType::kDynamic),
      ranked.getElementType());
}

/// Adds `captures` to `inputs` (each value once) and returns, per body
/// parameter, its index in `inputs`.
SmallVector<int64_t> mapCaptures(ArrayRef<Value> captures,
                                 SmallVectorImpl<Value> &inputs) {
  SmallVector<int64_t> map;
  for (Value value : captures) {
    auto *it = llvm::find(inputs, value);
    map.push_back(it - inputs.begin());
    if (it == inputs.end())
      inputs.push_back(value);
  }
  return map;
}

FailureOr<ValueList> convertIf(NodeContext &ctx) {
  FailureOr<Value> cond = ctx.getRequiredInput(0, "cond");
  if (failed(cond))
    return failure();
  const onnx::GraphProto *thenGraph = ctx.getGraph("then_branch");
  const onnx::GraphProto *elseGraph = ctx.getGraph("else_branch");
  if (!thenGraph || !elseGraph)
    return ctx.fail("needs GRAPH attributes 'then_branch' and 'else_branch'");
  GraphImporter &importer = ctx.getImporter();
  auto thenRegion = std::make_unique<Region>();
  auto elseRegion = std::make_unique<Region>();
  auto thenBody = importer.importSubgraph(*thenGraph, *thenRegion, {});
  if (failed(thenBody))
    return failure();
  auto elseBody = importer.importSubgraph(*elseGraph, *elseRegion, {});
  if (failed(elseBody))
    return failure();
  size_t numOutputs = ctx.getNumOutputs();
  if (thenBody->results.size() != numOutputs ||
      elseBody->results.size() != numOutputs)
    return ctx.fail("then_branch and else_branch must each have " +
                    Twine(numOutputs) + " outputs (they have " +
                    Twine(thenBody->results.size()) + " and " +
                    Twine(elseBody->results.size()) + ")");

  SmallVector<Value> inputs;
  SmallVector<int64_t> thenInputs = mapCaptures(thenBody->captures, inputs);
  SmallVector<int64_t> elseInputs = mapCaptures(elseBody->captures, inputs);
  SmallVector<int64_t> outputs =
      llvm::to_vector(llvm::seq<int64_t>(0, static_cast<int64_t>(numOutputs)));
  SmallVector<Type> types;
  for (auto [a, b] : llvm::zip(thenBody->results, elseBody->results))
    types.push_back(mergeTypes(a.getType(), b.getType()));

  OpBuilder &b = ctx.getBuilder();
  OperationState state(ctx.getLoc(), IfOp::getOperationName());
  state.addOperands(*cond);
  state.addOperands(inputs);
  state.addAttribute("then_inputs", b.getDenseI64ArrayAttr(thenInputs));
  state.addAttribute("then_outputs", b.getDenseI64ArrayAttr(outputs));
  state.addAttribute("else_inputs", b.getDenseI64ArrayAttr(elseInputs));
  state.addAttribute("else_outputs", b.getDenseI64ArrayAttr(outputs));
  state.addRegion(std::move(thenRegion));
  state.addRegion(std::move(elseRegion));
  state.addTypes(types);
  Operation *op = b.create(state);
  if (failed(ctx.verifyCreated(op)))
    return failure();
  return ValueList(op->getResults());
}

NamedAttribute intEntry(OpBuilder &b, StringRef key, int64_t value) {
  return b.getNamedAttr(key, b.getI64IntegerAttr(value));
}

/// ONNX Loop: inputs (M, cond, v_initial...), body (iteration_num, cond_in,
/// v_in...) -> (cond_out, v_out..., scan_outputs...); outputs
/// (v_final..., scan_outputs stacked along a new first axis).
FailureOr<ValueList> convertLoop(NodeContext &ctx) {
  const onnx::GraphProto *bodyGraph = ctx.getGraph("body");
  if (!bodyGraph)
    return ctx.fail("needs the GRAPH attribute 'body'");
  OpBuilder &b = ctx.getBuilder();
  Value tripCount = ctx.getInput(0);
  if (!tripCount)
    tripCount = ctx.constantI64({-1}, /*scalar=*/true);
  Value cond = ctx.getInput(1);
  if (!cond)
    cond = ctx.constantScalar(b.getI1Type(), 1);
  size_t numCarried = ctx.getNumInputs() > 2 ? ctx.getNumInputs() - 2 : 0;
  if (static_cast<size_t>(bodyGraph->input_size()) != 2 + numCarried)
    return ctx.fail("the body has " + Twine(bodyGraph->input_size()) +
                    " inputs; it needs 2 + " + Twine(numCarried) +
                    " (iteration number, condition, loop-carried values)");

  // Body parameter types: the declared ones when they have a shape, else
  // the initial value's rank with dynamic dimensions (the values may change
  // shape from one iteration to the next).
  SmallVector<Type> paramTypes = {RankedTensorType::get({}, b.getI64Type()),
                                  RankedTensorType::get({}, b.getI1Type())};
  SmallVector<Value> carried;
  for (size_t k = 0; k < numCarried; ++k) {
    FailureOr<Value> initial =
        ctx.getRequiredInput(2 + k, "v_initial " + std::to_string(k));
    if (failed(initial))
      return failure();
    carried.push_back(*initial);
    const onnx::ValueInfoProto &declared = bodyGraph->input(2 + k);
    Type type = dynamicDims(initial->getType());
    if (declared.type().tensor_type().has_shape()) {
      FailureOr<Type> declaredType = ctx.getImporter().importType(
          declared, ctx.getImporter().getTensorLoc(declared.name()));
      if (failed(declaredType))
        return failure();
      type = *declaredType;
    }
    paramTypes.push_back(type);
  }

  auto region = std::make_unique<Region>();
  auto body = ctx.getImporter().importSubgraph(*bodyGraph, *region, paramTypes);
  if (failed(body))
    return failure();
  size_t numResults = body->results.size();
  if (numResults < 1 + numCarried)
    return ctx.fail("the body has " + Twine(numResults) +
                    " outputs; it needs at least 1 + " + Twine(numCarried));
  size_t numScans = numResults - 1 - numCarried;

  // Scan outputs are stacked along a new first axis: each iteration's
  // value gets a leading unit dimension that the Loop concatenates.
  auto yield = cast<YieldOp>(region->front().getTerminator());
  SmallVector<Type> resultTypes;
  for (size_t k = 0; k < numCarried; ++k)
    resultTypes.push_back(body->results[1 + k].getType());
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPoint(yield);
    for (size_t j = 0; j < numScans; ++j) {
      unsigned index = 1 + numCarried + j;
      FailureOr<Value> stacked = ctx.create<UnsqueezeOp>(
          {yield.getOperand(index), ctx.constantI64({0})});
      if (failed(stacked))
        return failure();
      yield->setOperand(index, *stacked);
      Type type = stacked->getType();
      if (auto ranked = dyn_cast<RankedTensorType>(type)) {
        SmallVector<int64_t> dims(ranked.getShape());
        dims[0] = ShapedType::kDynamic;
        type = RankedTensorType::get(dims, ranked.getElementType());
      }
      resultTypes.push_back(type);
    }
  }

  // Operands: trip count, condition, the condition again (it feeds the
  // body's condition parameter), initial values, captured values.
  SmallVector<Value> operands = {tripCount, cond, cond};
  operands.append(carried);
  operands.append(body->captures);
  SmallVector<Attribute> inputMap, outputMap, backEdges;
  inputMap.push_back(b.getDictionaryAttr(
      {intEntry(b, "external_port_id", -1), intEntry(b, "parameter", 0),
       b.getNamedAttr("purpose", b.getStringAttr("current_iteration"))}));
  for (size_t p = 1; p < 2 + numCarried + body->captures.size(); ++p)
    inputMap.push_back(b.getDictionaryAttr(
        {intEntry(b, "external_port_id", p + 1), intEntry(b, "parameter", p)}));
  for (size_t p = 1; p < 2 + numCarried; ++p)
    backEdges.push_back(b.getDictionaryAttr(
        {intEntry(b, "from_result", p - 1), intEntry(b, "to_parameter", p)}));
  outputMap.push_back(b.getDictionaryAttr(
      {intEntry(b, "external_port_id", -1), intEntry(b, "result", 0),
       b.getNamedAttr("purpose", b.getStringAttr("execution_condition"))}));
  for (size_t k = 0; k < numCarried; ++k)
    outputMap.push_back(b.getDictionaryAttr(
        {intEntry(b, "external_port_id", k), intEntry(b, "result", 1 + k)}));
  for (size_t j = 0; j < numScans; ++j)
    outputMap.push_back(b.getDictionaryAttr(
        {intEntry(b, "external_port_id", numCarried + j),
         intEntry(b, "result", 1 + numCarried + j), intEntry(b, "axis", 0)}));

  OperationState state(ctx.getLoc(), LoopOp::getOperationName());
  state.addOperands(operands);
  state.addAttribute("input_port_map", b.getArrayAttr(inputMap));
  state.addAttribute("output_port_map", b.getArrayAttr(outputMap));
  state.addAttribute("back_edges", b.getArrayAttr(backEdges));
  state.addRegion(std::move(region));
  state.addTypes(resultTypes);
  Operation *op = b.create(state);
  if (failed(ctx.verifyCreated(op)))
    return failure();
  return ValueList(op->getResults());
}

} // namespace

void onnx_import::registerControlFlowConverters(ConverterRegistry &registry) {
  registry.add("If", 1, convertIf);
  registry.add("Loop", 1, convertLoop);
}
