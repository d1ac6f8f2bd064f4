//===- GrowConcatenations.cpp - Concatenations that extend another --------===//
//
// A DenseNet block concatenates the same features again and again, one
// more each layer: cat(x0, f1), cat(x0, f1, f2), ... Lowered, each
// concatenation is a new tensor (tensor.empty and one insert_slice per
// part), so bufferization gives each a buffer of its own and copies every
// earlier feature into it once more: DenseNet-121 copied 1.3 ms of its 22
// per run, serially, between its parallel regions.
//
// A concatenation whose parts begin with all the parts of an earlier one
// (the same values, so at the same offsets) is that one's result with the
// new parts after it. So a chain C1, C2, ..., Cn of such concatenations
// becomes one tensor of Cn's shape, grown by the new parts of each Ck where
// Ck was complete; Ck's users read the first part of it along the axis
// (an extract_slice). One-shot bufferization then writes every part once,
// into one buffer (each insert_slice in place: what Ck's users read is
// before the part inserted next), and eliminate-empty-tensors lets the op
// making a part write it there (the tensor is made before the first part).
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Conversion/Passes.h"

#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/Interfaces/DestinationStyleOpInterface.h"

namespace mlir::ov {
#define GEN_PASS_DEF_GROWCONCATENATIONS
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;

namespace {

/// A static tensor.empty filled by a chain of insert_slice ops along one
/// axis, each part after the other from offset 0 to the end, each
/// intermediate value read only by the next insert.
struct Concatenation {
  tensor::EmptyOp empty;
  SmallVector<tensor::InsertSliceOp> parts;
  int64_t axis = 0;

  // (Op classes have no const accessors: copies of the handles.)
  Value result() const { return tensor::InsertSliceOp(parts.back()); }
  RankedTensorType type() const { return tensor::EmptyOp(empty).getType(); }
};

/// The concatenation that `empty` starts, if it is one of at least two
/// parts.
std::optional<Concatenation> matchConcatenation(tensor::EmptyOp empty) {
  RankedTensorType type = empty.getType();
  if (!type.hasStaticShape())
    return std::nullopt;
  Concatenation concatenation{empty, {}, -1};
  Value value = empty.getResult();
  int64_t offset = 0;
  while (value.hasOneUse()) {
    auto insert = dyn_cast<tensor::InsertSliceOp>(*value.getUsers().begin());
    if (!insert || insert.getDest() != value || !insert.hasUnitStride() ||
        !insert.getSourceType().hasStaticShape() ||
        insert.getSourceType().getRank() != type.getRank() ||
        ShapedType::isDynamicShape(insert.getStaticOffsets()))
      break;
    // Whole along every axis but one, which must be the same for all parts
    // (a part as large as the result is not a concatenation).
    ArrayRef<int64_t> sizes = insert.getSourceType().getShape();
    std::optional<int64_t> axis;
    for (int64_t d = 0; d < type.getRank(); ++d) {
      if (sizes[d] != type.getDimSize(d)) {
        if (axis)
          return std::nullopt;
        axis = d;
      }
    }
    if (!axis || (concatenation.axis >= 0 && *axis != concatenation.axis))
      break;
    for (int64_t d = 0; d < type.getRank(); ++d)
      if (insert.getStaticOffsets()[d] != (d == *axis ? offset : 0))
        return std::nullopt;
    concatenation.axis = *axis;
    concatenation.parts.push_back(insert);
    offset += sizes[*axis];
    value = insert.getResult();
  }
  if (concatenation.parts.size() < 2 ||
      offset != type.getDimSize(concatenation.axis))
    return std::nullopt;
  return concatenation;
}

/// Whether `longer` begins with all of `shorter`'s parts, and is longer.
bool extends(const Concatenation &longer, const Concatenation &shorter) {
  if (longer.axis != shorter.axis ||
      longer.parts.size() <= shorter.parts.size() ||
      longer.type().getElementType() != shorter.type().getElementType())
    return false;
  for (int64_t d = 0; d < longer.type().getRank(); ++d)
    if (d != longer.axis &&
        longer.type().getDimSize(d) != shorter.type().getDimSize(d))
      return false;
  for (auto [a, b] : llvm::zip(shorter.parts, longer.parts))
    if (tensor::InsertSliceOp(a).getSource() !=
        tensor::InsertSliceOp(b).getSource())
      return false;
  return true;
}

/// The earliest of `start` and the ops of its block that make `value`
/// (its producer and, for a destination-passing op, its inits' producers).
Operation *earliestProducer(Value value, Operation *start) {
  Operation *producer = value.getDefiningOp();
  if (!producer || producer->getBlock() != start->getBlock())
    return start;
  if (producer->isBeforeInBlock(start))
    start = producer;
  if (auto dps = dyn_cast<DestinationStyleOpInterface>(producer))
    for (Value init : dps.getDpsInits())
      start = earliestProducer(init, start);
  return start;
}

/// Rewrites the chain (each concatenation extending the one before) as one
/// growing tensor (file comment).
void growChain(ArrayRef<const Concatenation *> chain) {
  const Concatenation &last = *chain.back();
  // Before the first parts are made (and their inits), if that is in this
  // block: the ops making them can then write them in place too
  // (eliminate-empty-tensors needs the tensor before their inits).
  Operation *start = chain.front()->empty;
  for (tensor::InsertSliceOp part : chain.front()->parts)
    start = earliestProducer(tensor::InsertSliceOp(part).getSource(), start);
  OpBuilder b(start);
  Value grown =
      tensor::EmptyOp::create(b, last.result().getLoc(), last.type().getShape(),
                              last.type().getElementType());
  size_t inserted = 0;
  for (const Concatenation *concatenation : chain) {
    b.setInsertionPoint(concatenation->parts.back());
    for (tensor::InsertSliceOp part :
         ArrayRef(concatenation->parts).drop_front(inserted))
      grown = tensor::InsertSliceOp::create(
          b, part.getLoc(), part.getSource(), grown, part.getMixedOffsets(),
          part.getMixedSizes(), part.getMixedStrides());
    inserted = concatenation->parts.size();
    Value replacement = grown;
    if (concatenation != &last) {
      RankedTensorType type = concatenation->type();
      SmallVector<OpFoldResult> offsets(type.getRank(), b.getIndexAttr(0));
      SmallVector<OpFoldResult> sizes,
          strides(type.getRank(), b.getIndexAttr(1));
      for (int64_t size : type.getShape())
        sizes.push_back(b.getIndexAttr(size));
      replacement =
          tensor::ExtractSliceOp::create(b, concatenation->result().getLoc(),
                                         type, grown, offsets, sizes, strides);
    }
    concatenation->result().replaceAllUsesWith(replacement);
  }
  for (const Concatenation *concatenation : chain) {
    for (tensor::InsertSliceOp part : llvm::reverse(concatenation->parts))
      part.erase();
    tensor::EmptyOp(concatenation->empty).erase();
  }
}

struct GrowConcatenationsPass
    : ov::impl::GrowConcatenationsBase<GrowConcatenationsPass> {
  void runOnOperation() override {
    for (Block &block : getOperation().getBody()) {
      SmallVector<Concatenation> concatenations;
      for (auto empty : block.getOps<tensor::EmptyOp>())
        if (std::optional<Concatenation> c = matchConcatenation(empty))
          concatenations.push_back(std::move(*c));
      // Each concatenation grows the latest complete one it extends (the
      // one of most parts), if no earlier concatenation grew it already.
      llvm::DenseMap<const Concatenation *, const Concatenation *> next;
      llvm::DenseSet<const Concatenation *> grown;
      for (const Concatenation &longer : concatenations) {
        const Concatenation *base = nullptr;
        for (const Concatenation &shorter : concatenations)
          if (extends(longer, shorter) &&
              shorter.result().getDefiningOp()->isBeforeInBlock(
                  longer.parts.back()) &&
              (!base || shorter.parts.size() > base->parts.size()))
            base = &shorter;
        if (base && !next.count(base)) {
          next[base] = &longer;
          grown.insert(&longer);
        }
      }
      for (const Concatenation &first : concatenations) {
        if (grown.contains(&first) || !next.count(&first))
          continue;
        SmallVector<const Concatenation *> chain = {&first};
        while (const Concatenation *after = next.lookup(chain.back()))
          chain.push_back(after);
        growChain(chain);
      }
    }
  }
};

} // namespace
