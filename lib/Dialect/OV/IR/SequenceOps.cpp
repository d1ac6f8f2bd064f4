//===- SequenceOps.cpp - OV recurrent sequence ops ------------------------===//
//
// Type inference wraps inferSequenceShapes (SequenceShapes.h) and checks the
// element types; the verifiers check the attributes that do not affect
// shapes (activation functions, clip).
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Dialect/OV/IR/OVOps.h"
#include "ovmlir/Dialect/OV/IR/SequenceShapes.h"

#include "mlir/IR/Builders.h"
#include "llvm/ADT/StringExtras.h"

using namespace mlir;
using namespace mlir::ov;

#define GET_OP_CLASSES
#include "ovmlir/Dialect/OV/IR/OVSequenceOps.cpp.inc"

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

static std::string typeToString(Type type) {
  std::string s;
  llvm::raw_string_ostream os(s);
  os << type;
  return s;
}

namespace {
/// The operands and shape-relevant attributes of a sequence op.
struct SequenceOperands {
  Value x, initialHiddenState, initialCellState, sequenceLengths, w, r, b;
  IntegerAttr hiddenSize;
  StringAttr direction;
  int64_t numGates;
  int64_t numBiasGates;
};
} // namespace

/// Result types of a sequence op: Y, then Ho (and Co when there is an
/// initial cell state), all of X's element type.
static LogicalResult inferSequenceTypes(std::optional<Location> loc,
                                        const SequenceOperands &ops,
                                        SmallVectorImpl<Type> &inferred) {
  ShapeDiag diag(loc);
  // Missing attributes (a builder without them) leave the types unknown;
  // the verifier reports them.
  if (!ops.hiddenSize || !ops.direction)
    return failure();
  std::optional<int64_t> numDirections =
      getSequenceNumDirections(ops.direction.getValue());
  if (!numDirections)
    return diag.fail("direction must be forward, reverse or bidirectional, "
                     "got '" +
                     ops.direction.getValue() + "'");

  Type elementType = getElementType(ops.x.getType());
  std::pair<StringRef, Value> sameType[] = {
      {"initial_hidden_state", ops.initialHiddenState},
      {"initial_cell_state", ops.initialCellState},
      {"W", ops.w},
      {"R", ops.r},
      {"B", ops.b}};
  for (auto [name, value] : sameType) {
    if (!value)
      continue;
    Type actual = getElementType(value.getType());
    if (actual != elementType)
      return diag.fail(name + " must have X's element type " +
                       typeToString(elementType) + ", got " +
                       typeToString(actual));
  }

  auto shapeOf = [](Value v) { return ShapeExpr::fromType(v.getType()); };
  SequenceInputShapes shapes{shapeOf(ops.x), shapeOf(ops.initialHiddenState),
                             std::nullopt,   shapeOf(ops.sequenceLengths),
                             shapeOf(ops.w), shapeOf(ops.r),
                             shapeOf(ops.b)};
  if (ops.initialCellState)
    shapes.initialCellState = shapeOf(ops.initialCellState);
  FailureOr<SequenceOutputShapes> result = inferSequenceShapes(
      diag, shapes,
      SequenceConfig{ops.numGates, ops.numBiasGates, ops.hiddenSize.getInt(),
                     *numDirections});
  if (failed(result))
    return failure();
  inferred.push_back(result->y.toTensorType(elementType));
  inferred.push_back(result->state.toTensorType(elementType));
  if (ops.initialCellState)
    inferred.push_back(result->state.toTensorType(elementType));
  return success();
}

/// Checks the attributes shapes do not depend on: one known activation
/// function per role (`roles`, e.g. f, g, h) and a non-negative clip.
static LogicalResult verifySequenceAttrs(Operation *op, ArrayAttr activations,
                                         double clip,
                                         ArrayRef<StringRef> roles) {
  if (activations.size() != roles.size())
    return op->emitOpError("activations must have ")
           << roles.size() << " entries (" << llvm::join(roles, ", ")
           << "), got " << activations.size();
  for (auto [i, attr] : llvm::enumerate(activations)) {
    StringRef name = cast<StringAttr>(attr).getValue();
    if (name != "relu" && name != "sigmoid" && name != "tanh")
      return op->emitOpError("activations[")
             << i << "] is '" << name << "', expected relu, sigmoid or tanh";
  }
  if (!(clip >= 0))
    return op->emitOpError("clip must be non-negative, got ") << clip;
  return success();
}

//===----------------------------------------------------------------------===//
// LSTMSequence
//===----------------------------------------------------------------------===//

LogicalResult
LSTMSequenceOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                 Adaptor adaptor,
                                 SmallVectorImpl<Type> &inferred) {
  SequenceOperands ops{adaptor.getX(),
                       adaptor.getInitialHiddenState(),
                       adaptor.getInitialCellState(),
                       adaptor.getSequenceLengths(),
                       adaptor.getW(),
                       adaptor.getR(),
                       adaptor.getB(),
                       adaptor.getHiddenSizeAttr(),
                       adaptor.getDirectionAttr(),
                       /*numGates=*/4,
                       /*numBiasGates=*/4};
  return inferSequenceTypes(loc, ops, inferred);
}

LogicalResult LSTMSequenceOp::verify() {
  return verifySequenceAttrs(*this, getActivations(),
                             getClip().convertToDouble(), {"f", "g", "h"});
}

//===----------------------------------------------------------------------===//
// GRUSequence
//===----------------------------------------------------------------------===//

LogicalResult GRUSequenceOp::inferReturnTypes(MLIRContext *,
                                              std::optional<Location> loc,
                                              Adaptor adaptor,
                                              SmallVectorImpl<Type> &inferred) {
  // With linear_before_reset, B has a fourth block: the h gate's recurrent
  // bias, kept apart from its input bias.
  SequenceOperands ops{adaptor.getX(),
                       adaptor.getInitialHiddenState(),
                       Value(),
                       adaptor.getSequenceLengths(),
                       adaptor.getW(),
                       adaptor.getR(),
                       adaptor.getB(),
                       adaptor.getHiddenSizeAttr(),
                       adaptor.getDirectionAttr(),
                       /*numGates=*/3,
                       /*numBiasGates=*/adaptor.getLinearBeforeReset() ? 4 : 3};
  return inferSequenceTypes(loc, ops, inferred);
}

LogicalResult GRUSequenceOp::verify() {
  return verifySequenceAttrs(*this, getActivations(),
                             getClip().convertToDouble(), {"f", "g"});
}

//===----------------------------------------------------------------------===//
// RNNSequence
//===----------------------------------------------------------------------===//

LogicalResult RNNSequenceOp::inferReturnTypes(MLIRContext *,
                                              std::optional<Location> loc,
                                              Adaptor adaptor,
                                              SmallVectorImpl<Type> &inferred) {
  SequenceOperands ops{adaptor.getX(),
                       adaptor.getInitialHiddenState(),
                       Value(),
                       adaptor.getSequenceLengths(),
                       adaptor.getW(),
                       adaptor.getR(),
                       adaptor.getB(),
                       adaptor.getHiddenSizeAttr(),
                       adaptor.getDirectionAttr(),
                       /*numGates=*/1,
                       /*numBiasGates=*/1};
  return inferSequenceTypes(loc, ops, inferred);
}

LogicalResult RNNSequenceOp::verify() {
  return verifySequenceAttrs(*this, getActivations(),
                             getClip().convertToDouble(), {"f"});
}
