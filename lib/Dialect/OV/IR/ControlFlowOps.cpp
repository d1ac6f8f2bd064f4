//===- ControlFlowOps.cpp - OV subgraph ops (If, Loop) --------------------===//

#include "ovmlir/Dialect/OV/IR/OVOps.h"

#include "mlir/IR/TypeUtilities.h"
#include "llvm/ADT/SmallBitVector.h"

using namespace mlir;
using namespace mlir::ov;

#define GET_OP_CLASSES
#include "ovmlir/Dialect/OV/IR/OVControlFlowOps.cpp.inc"

/// Whether a value of type `from` may flow into a place typed `to`: the same
/// element type and compatible shapes (bodies may be more or less static).
static bool canFlow(Type from, Type to) {
  return getElementTypeOrSelf(from) == getElementTypeOrSelf(to) &&
         succeeded(verifyCompatibleShape(from, to));
}

/// The body's ov.yield, or null when the block does not end with one.
static YieldOp getYield(Region &region) {
  Block &block = region.front();
  return block.empty() ? YieldOp() : dyn_cast<YieldOp>(block.back());
}

/// Checks a body's terminator and that every body value index list has one
/// entry per parameter / result, in range.
static LogicalResult verifyBodyMaps(Operation *op, Region &body,
                                    StringRef bodyName, ValueRange inputs,
                                    ArrayRef<int64_t> inputMap,
                                    ArrayRef<int64_t> outputMap) {
  Block &block = body.front();
  YieldOp yield = getYield(body);
  if (!yield)
    return op->emitOpError() << bodyName << " must end with ov.yield";
  if (inputMap.size() != block.getNumArguments())
    return op->emitOpError() << bodyName << " has " << block.getNumArguments()
                             << " parameters but its input map has "
                             << inputMap.size() << " entries";
  for (auto [p, index] : llvm::enumerate(inputMap)) {
    if (index < 0 || index >= static_cast<int64_t>(inputs.size()))
      return op->emitOpError()
             << bodyName << " parameter " << p << " maps to input " << index
             << ", but there are " << inputs.size() << " inputs";
    if (!canFlow(inputs[index].getType(), block.getArgument(p).getType()))
      return op->emitOpError()
             << bodyName << " parameter " << p << " of type "
             << block.getArgument(p).getType() << " cannot take input " << index
             << " of type " << inputs[index].getType();
  }
  if (outputMap.size() != yield.getNumOperands())
    return op->emitOpError() << bodyName << " has " << yield.getNumOperands()
                             << " results but its output map has "
                             << outputMap.size() << " entries";
  llvm::SmallBitVector produced(op->getNumResults());
  for (auto [r, index] : llvm::enumerate(outputMap)) {
    if (index < 0 || index >= static_cast<int64_t>(op->getNumResults()))
      return op->emitOpError()
             << bodyName << " result " << r << " maps to output " << index
             << ", but there are " << op->getNumResults() << " outputs";
    if (produced.test(index))
      return op->emitOpError()
             << bodyName << " produces output " << index << " twice";
    produced.set(index);
    if (!canFlow(yield.getOperand(r).getType(), op->getResult(index).getType()))
      return op->emitOpError()
             << bodyName << " result " << r << " of type "
             << yield.getOperand(r).getType() << " cannot be output " << index
             << " of type " << op->getResult(index).getType();
  }
  if (!produced.all())
    return op->emitOpError() << bodyName << " does not produce output "
                             << produced.flip().find_first();
  return success();
}

LogicalResult IfOp::verify() {
  // The spec asks for one element; like OpenVINO, only the rank is checked
  // here (converters write e.g. a [0]-shaped condition for empty inputs).
  auto condType = cast<ShapedType>(getCond().getType());
  if (condType.hasRank() && condType.getRank() > 1)
    return emitOpError("cond must be a scalar or a 1-D tensor, got ")
           << condType;
  return success();
}

LogicalResult IfOp::verifyRegions() {
  if (failed(verifyBodyMaps(*this, getThenBody(), "then_body", getInputs(),
                            getThenInputs(), getThenOutputs())))
    return failure();
  return verifyBodyMaps(*this, getElseBody(), "else_body", getInputs(),
                        getElseInputs(), getElseOutputs());
}

//===----------------------------------------------------------------------===//
// Loop
//===----------------------------------------------------------------------===//

namespace {
/// Reads the integer entries of one port map dictionary, with errors that
/// name the map and the entry.
class PortMapEntry {
public:
  PortMapEntry(Operation *op, StringRef mapName, size_t index,
               DictionaryAttr dict)
      : op(op), mapName(mapName), index(index), dict(dict) {}

  FailureOr<int64_t> getInt(StringRef key, int64_t lo, int64_t hi) {
    auto value = dict.getAs<IntegerAttr>(key);
    if (!value)
      return op->emitOpError() << mapName << " entry " << index
                               << " needs an integer '" << key << "'";
    int64_t v = value.getInt();
    if (v < lo || v >= hi)
      return op->emitOpError()
             << mapName << " entry " << index << ": " << key << " = " << v
             << " is out of range [" << lo << ", " << hi << ")";
    return v;
  }

  /// The optional slicing keys must be integers when present.
  LogicalResult checkSlicing() {
    for (StringRef key : {"axis", "start", "end", "stride", "part_size"})
      if (Attribute value = dict.get(key); value && !isa<IntegerAttr>(value))
        return op->emitOpError() << mapName << " entry " << index << ": '"
                                 << key << "' must be an integer";
    return success();
  }

  bool isSliced() const { return dict.get("axis") != nullptr; }

private:
  Operation *op;
  StringRef mapName;
  size_t index;
  DictionaryAttr dict;
};
} // namespace

LogicalResult LoopOp::verify() {
  auto countType = cast<ShapedType>(getTripCount().getType());
  if (countType.hasStaticShape() && countType.getNumElements() != 1)
    return emitOpError("trip_count must hold one element, got ") << countType;
  auto condType = cast<ShapedType>(getExecutionCondition().getType());
  if (condType.hasStaticShape() && condType.getNumElements() != 1)
    return emitOpError("execution_condition must hold one element, got ")
           << condType;
  return success();
}

LogicalResult LoopOp::verifyRegions() {
  Block &body = getBody().front();
  YieldOp yield = getYield(getBody());
  if (!yield)
    return emitOpError("body must end with ov.yield");
  int64_t numParams = body.getNumArguments();
  int64_t numResults = yield.getNumOperands();
  int64_t numOperands = getNumOperands();

  for (auto [i, attr] : llvm::enumerate(getInputPortMap())) {
    auto dict = dyn_cast<DictionaryAttr>(attr);
    if (!dict)
      return emitOpError("input_port_map entry ")
             << i << " must be a dictionary";
    PortMapEntry entry(*this, "input_port_map", i, dict);
    // The iteration number feeds a parameter with no external input.
    auto purpose = dict.getAs<StringAttr>("purpose");
    if (dict.get("purpose") && (!purpose || purpose != "current_iteration"))
      return emitOpError("input_port_map entry ")
             << i << ": 'purpose' must be \"current_iteration\"";
    FailureOr<int64_t> port = entry.getInt("external_port_id", purpose ? -1 : 0,
                                           purpose ? 0 : numOperands);
    FailureOr<int64_t> param = entry.getInt("parameter", 0, numParams);
    if (failed(port) || failed(param) || failed(entry.checkSlicing()))
      return failure();
    if (purpose)
      continue;
    Type from = getOperand(*port).getType();
    Type to = body.getArgument(*param).getType();
    if (!entry.isSliced() && !canFlow(from, to))
      return emitOpError("input_port_map entry ")
             << i << ": body parameter " << *param << " of type " << to
             << " cannot take operand " << *port << " of type " << from;
  }
  for (auto [i, attr] : llvm::enumerate(getOutputPortMap())) {
    auto dict = dyn_cast<DictionaryAttr>(attr);
    if (!dict)
      return emitOpError("output_port_map entry ")
             << i << " must be a dictionary";
    PortMapEntry entry(*this, "output_port_map", i, dict);
    FailureOr<int64_t> port =
        entry.getInt("external_port_id", -1, getNumResults());
    FailureOr<int64_t> result = entry.getInt("result", 0, numResults);
    if (failed(port) || failed(result) || failed(entry.checkSlicing()))
      return failure();
    if (Attribute purpose = dict.get("purpose");
        purpose && !isa<StringAttr>(purpose))
      return emitOpError("output_port_map entry ")
             << i << ": 'purpose' must be a string";
    if (*port < 0 || entry.isSliced())
      continue;
    Type from = yield.getOperand(*result).getType();
    Type to = getResult(*port).getType();
    if (!canFlow(from, to))
      return emitOpError("output_port_map entry ")
             << i << ": body result " << *result << " of type " << from
             << " cannot be output " << *port << " of type " << to;
  }
  for (auto [i, attr] : llvm::enumerate(getBackEdges())) {
    auto dict = dyn_cast<DictionaryAttr>(attr);
    if (!dict)
      return emitOpError("back_edges entry ") << i << " must be a dictionary";
    PortMapEntry entry(*this, "back_edges", i, dict);
    FailureOr<int64_t> from = entry.getInt("from_result", 0, numResults);
    FailureOr<int64_t> to = entry.getInt("to_parameter", 0, numParams);
    if (failed(from) || failed(to))
      return failure();
    Type fromType = yield.getOperand(*from).getType();
    Type toType = body.getArgument(*to).getType();
    if (getElementTypeOrSelf(fromType) != getElementTypeOrSelf(toType))
      return emitOpError("back_edges entry ")
             << i << ": body result " << *from << " of type " << fromType
             << " cannot feed parameter " << *to << " of type " << toType;
  }
  return success();
}
