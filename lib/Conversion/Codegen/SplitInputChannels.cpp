//===- SplitInputChannels.cpp - 1x1 layers as partial products ------------===//
//
// A 1x1 layer on blocked activations reads all input channels for each of
// its outputs, and its thread tiles split the outputs. Its input's
// producer split the input channels (a depthwise layer, or a 1x1 layer
// with many filters on a small plane: their thread tiles go over channel
// blocks first), so each thread reads the half of the input the other one
// wrote: on cores far apart ~0.55 us per KB. MobileNetV2's 7x7 projections
// (960 -> 160, 960 -> 320 channels) took 77-134 us on 2 threads against
// 84-162 on 1.
//
// With many more input than output channels, the layer becomes two
// partial products over the two halves of the input channels, [2, N / B,
// H * W, B] (each thread the half it, or its producer, wrote), then an
// in-place sum of both into the result: each thread reads half of the
// other's partial product, N / 2 floats per position against C / 2 of
// the input before (a sixth when C = 6 N). The
// weights are repacked at compile time as [2, N / B, C / 2B, B, B], the
// layout of a batch of 1x1 products (a Winograd contraction's), whose next
// filter block ov-prefetch-next-filter-block fetches (without it, 28%
// slower on 1 thread). The sum also computes what the result's
// initializer (its bias, a residual) would have written over the whole
// plane beforehand: one pass over the plane and one parallel region less
// per layer.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Conversion/Passes.h"
#include "ovmlir/Dialect/OV/IR/ShapeUtils.h"

#include "MulAddContraction.h"
#include "PartialProducts.h"
#include "RegisterTileFusion.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Interfaces/ViewLikeInterface.h"

#include <cstring>

namespace mlir::ov {
#define GEN_PASS_DEF_SPLITINPUTCHANNELS
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;
using namespace mlir::ov::codegen;

namespace {

/// Input channels per output channel at least: the partial products'
/// extra writes and reads (2 N per position) must be small beside the
/// input read from the other core (C / 2 per position).
constexpr int64_t kMinChannelRatio = 3;
/// Planes of at most 14x14 positions: larger ones have their threads split
/// their rows, not channels.
constexpr int64_t kMaxPositions = 14 * 14;
/// The same for odd numbers of input blocks (overlapping parts,
/// InputParts): EfficientNet-B0's 7x7 projection of 21 blocks 76 -> 51 us
/// on 2 far threads (73.8 and 70 us on 1), but its 14x14 ones of 15 and
/// 21 blocks 72-129 -> 82-130 us with their sums.
constexpr int64_t kMaxOverlappingPositions = 7 * 7;

using IT = utils::IteratorType;

bool worthSplitting(linalg::GenericOp op) {
  auto input = cast<MemRefType>(op.getDpsInputs()[0].getType());
  auto output = cast<MemRefType>(op.getDpsInits()[0].getType());
  int64_t inputBlocks = input.getDimSize(1), positions = input.getDimSize(2);
  int64_t inputs = inputBlocks * input.getDimSize(3);
  int64_t outputs = output.getDimSize(1) * output.getDimSize(3);
  bool even = inputBlocks % kParts == 0;
  return inputBlocks >= kParts &&
         positions <= (even ? kMaxPositions : kMaxOverlappingPositions) &&
         inputs >= kMinChannelRatio * outputs;
}

/// `layer`'s initializer: a linalg.generic of 5 parallel loops whose only
/// output is the whole buffer of which `layer`'s output is a collapsed view
/// (identity map, its value not read), whose inputs are planes or channel
/// vectors (isPlaneOrChannelVector) and whose body reads no loop index;
/// between it and `layer` only views, ops without memory effects and
/// deallocations of its inputs.
std::optional<Initializer> initializerOf(linalg::GenericOp layer) {
  Value output = layer.getDpsInits()[0];
  auto collapse = output.getDefiningOp<memref::CollapseShapeOp>();
  Value buffer = collapse ? collapse.getSrc() : output;
  SmallVector<memref::DeallocOp> deallocs;
  for (Operation *prev = layer->getPrevNode(); prev;
       prev = prev->getPrevNode()) {
    auto init = dyn_cast<linalg::GenericOp>(prev);
    if (!init) {
      if (auto dealloc = dyn_cast<memref::DeallocOp>(prev);
          dealloc && dealloc.getMemref() != buffer) {
        deallocs.push_back(dealloc);
        continue;
      }
      if (prev == collapse ||
          (!llvm::is_contained(prev->getOperands(), buffer) &&
           (isa<ViewLikeOpInterface>(prev) || isMemoryEffectFree(prev))))
        continue;
      return std::nullopt;
    }
    if (!isPlaneElementwise(init) || init.getDpsInits()[0] != buffer)
      return std::nullopt;
    // Only its inputs' deallocations may lie between.
    for (memref::DeallocOp dealloc : deallocs)
      if (!llvm::is_contained(init.getDpsInputs(), dealloc.getMemref()))
        return std::nullopt;
    return Initializer{init, deallocs};
  }
  return std::nullopt;
}

/// Whether `op`, between a layer's sum and the op that reads the sum's
/// result, lets that op's work move up to the sum: allocations, views, ops
/// without memory effects, deallocations, and fills of `target` (the
/// borders of the plane whose interior the reader writes).
bool movableAcross(Operation *op, Value target) {
  if (isa<memref::AllocOp, memref::DeallocOp, ViewLikeOpInterface>(op) ||
      isMemoryEffectFree(op))
    return true;
  auto fill = dyn_cast<linalg::FillOp>(op);
  return fill && ov::codegen::rootBuffer(fill.getOutputs()[0]) == target;
}

/// The elementwise op that alone reads `buffer` (the result of `sum`,
/// which `sum` writes whole without reading it) after `sum`, and only
/// that: 5 parallel loops, `buffer` one of its inputs at the identity, the
/// others planes or channel vectors, one output (identity map, its value
/// not read, another buffer), no loop index; with only ops movableAcross
/// between. The sum can then compute its value into that op's output.
linalg::GenericOp epilogueOf(linalg::GenericOp sum, Value buffer) {
  if (!sum.getRegionOutputArgs().front().use_empty())
    return {};
  linalg::GenericOp epilogue;
  for (Operation *user : buffer.getUsers()) {
    if (isa<memref::DeallocOp>(user) ||
        (isa<memref::CollapseShapeOp>(user) &&
         user->getResult(0) == sum.getDpsInits()[0]))
      continue;
    auto reader = dyn_cast<linalg::GenericOp>(user);
    if (epilogue || !reader || reader->getBlock() != sum->getBlock())
      return {};
    epilogue = reader;
  }
  if (!epilogue || !sum->isBeforeInBlock(epilogue) ||
      !isPlaneElementwise(epilogue) ||
      llvm::count(epilogue.getDpsInputs(), buffer) != 1)
    return {};
  Value target = ov::codegen::rootBuffer(epilogue.getDpsInits()[0]);
  if (target == buffer)
    return {};
  for (Operation *op = sum->getNextNode(); op != epilogue.getOperation();
       op = op->getNextNode())
    if (!movableAcross(op, target))
      return {};
  return epilogue;
}

/// Replaces `sum` (on the collapsed [1, N / B, H * W, B] view of `buffer`
/// [1, N / B, H, W, B]) and `epilogue` by one op where `epilogue` was, over
/// its loops: the sum's value goes into the epilogue's body instead of
/// `buffer`, which is gone. The deallocations of what the sum reads move
/// after it.
void fuseEpilogue(linalg::GenericOp sum, linalg::GenericOp epilogue,
                  Value buffer) {
  OpBuilder b(epilogue);
  Location loc = sum.getLoc();
  MLIRContext *context = sum.getContext();
  auto bufferType = cast<MemRefType>(buffer.getType());
  AffineMap identity = AffineMap::getMultiDimIdentityMap(5, context);
  AffineMap perChannel = ov::codegen::perChannelOfBlockedPlane(context);
  SmallVector<ReassociationIndices> groups{{0}, {1}, {2, 3}, {4}};
  // The sum's inputs over the 5 loops: a collapsed plane's or vector's
  // source, or a part's view expanded back to rows and columns.
  SmallVector<Value> inputs;
  SmallVector<AffineMap> maps;
  SmallVector<Value> roots;
  for (OpOperand *operand : sum.getDpsInputOperands()) {
    Value value = operand->get();
    bool vector = !sum.getMatchingIndexingMap(operand).isIdentity();
    if (auto collapse = value.getDefiningOp<memref::CollapseShapeOp>())
      value = collapse.getSrc();
    else
      value = memref::ExpandShapeOp::create(
          b, loc,
          {1, bufferType.getDimSize(1), bufferType.getDimSize(2),
           bufferType.getDimSize(3), bufferType.getDimSize(4)},
          value, groups);
    inputs.push_back(value);
    maps.push_back(vector ? perChannel : identity);
    roots.push_back(ov::codegen::rootBuffer(value));
  }
  unsigned sumInputs = inputs.size();
  for (OpOperand *operand : epilogue.getDpsInputOperands())
    if (operand->get() != buffer) {
      inputs.push_back(operand->get());
      maps.push_back(epilogue.getMatchingIndexingMap(operand));
    }
  maps.push_back(identity);
  auto fused = linalg::GenericOp::create(
      b, loc, TypeRange{}, inputs, epilogue.getDpsInits(), maps,
      SmallVector<IT>(5, IT::parallel),
      [&](OpBuilder &nested, Location, ValueRange args) {
        IRMapping mapping;
        for (auto [index, argument] : llvm::enumerate(sum.getRegionInputArgs()))
          mapping.map(argument, args[index]);
        Value value = ov::codegen::cloneGenericBody(nested, sum, mapping);
        unsigned other = sumInputs;
        for (OpOperand *operand : epilogue.getDpsInputOperands())
          mapping.map(epilogue.getMatchingBlockArgument(operand),
                      operand->get() == buffer ? value : args[other++]);
        linalg::YieldOp::create(
            nested, loc,
            ov::codegen::cloneGenericBody(nested, epilogue, mapping));
      });
  // What the sum read is freed after the fused op now.
  for (Operation *op = sum->getNextNode(); op != fused.getOperation();) {
    Operation *next = op->getNextNode();
    if (auto dealloc = dyn_cast<memref::DeallocOp>(op);
        dealloc && llvm::is_contained(roots, dealloc.getMemref()))
      dealloc->moveAfter(fused);
    op = next;
  }
  SmallVector<Value> sumOperands(sum->getOperands());
  epilogue.erase();
  sum.erase();
  // The sum's collapsed views, of its output and of what it read.
  for (Value operand : sumOperands)
    if (auto collapse = operand.getDefiningOp<memref::CollapseShapeOp>();
        collapse && collapse->use_empty())
      collapse->erase();
  for (Operation *user : llvm::make_early_inc_range(buffer.getUsers()))
    if (isa<memref::DeallocOp>(user))
      user->erase();
  if (buffer.use_empty())
    buffer.getDefiningOp()->erase();
}

void splitInputChannels(linalg::GenericOp op, memref::GlobalOp splitGlobal) {
  std::optional<Initializer> init = initializerOf(op);
  OpBuilder b(op);
  Location loc = op.getLoc();
  MLIRContext *context = op.getContext();
  Value input = op.getDpsInputs()[0], weights = op.getDpsInputs()[1];
  Value output = op.getDpsInits()[0];
  auto outputType = cast<MemRefType>(output.getType());

  // The partial products, from zero; the batch dimension (d0) of the
  // input and of the result becomes the part, which leads the weights.
  SmallVector<int64_t> partsShape(outputType.getShape());
  partsShape[0] = kParts;
  Value parts = memref::AllocOp::create(
      b, loc, MemRefType::get(partsShape, outputType.getElementType()),
      b.getI64IntegerAttr(64));
  Value zero = arith::ConstantOp::create(b, loc, b.getF32FloatAttr(0));
  linalg::FillOp::create(b, loc, zero, parts);
  // [1, C / B, P, B] -> [kParts, blocks per part, P, B] (InputParts):
  // each part the blocks from its start, overlapping parts as a view.
  ArrayRef<int64_t> inputShape = cast<MemRefType>(input.getType()).getShape();
  InputParts inputBlocks(inputShape[1]);
  SmallVector<int64_t> partsOfInput{kParts, inputBlocks.perPart, inputShape[2],
                                    inputShape[3]};
  Value inputParts;
  if (!inputBlocks.overlap()) {
    SmallVector<ReassociationIndices> groups{{0, 1}, {2}, {3}};
    Value flat = memref::CollapseShapeOp::create(b, loc, input, groups);
    inputParts =
        memref::ExpandShapeOp::create(b, loc, partsOfInput, flat, groups);
  } else {
    int64_t blockElements = inputShape[2] * inputShape[3];
    SmallVector<int64_t> strides{inputBlocks.start(1) * blockElements,
                                 blockElements, inputShape[3], 1};
    inputParts = memref::ReinterpretCastOp::create(
        b, loc,
        MemRefType::get(partsOfInput, outputType.getElementType(),
                        StridedLayoutAttr::get(context, 0, strides)),
        input, /*offset=*/0, partsOfInput, strides);
  }
  Value weightParts = memref::GetGlobalOp::create(b, loc, splitGlobal.getType(),
                                                  splitGlobal.getSymName());
  auto d = [&](unsigned i) { return getAffineDimExpr(i, context); };
  auto map = [&](ArrayRef<AffineExpr> results) {
    return AffineMap::get(6, 0, results, context);
  };
  auto partial = linalg::GenericOp::create(
      b, loc, TypeRange{}, ValueRange{inputParts, weightParts},
      ValueRange{parts},
      SmallVector<AffineMap>{map({d(0), d(4), d(2), d(5)}),
                             map({d(0), d(1), d(4), d(5), d(3)}),
                             map({d(0), d(1), d(2), d(3)})},
      op.getIteratorTypesArray());
  partial.getRegion().takeBody(op.getRegion());

  // output += part 0 + part 1 (+ ...). When the output was only what its
  // initializer wrote (a bias, a bias and a residual), the sum computes
  // that value itself, then adds the parts in the same order: the pass of
  // the initializer over the whole plane is gone (on two threads, split
  // unlike the sum, it wrote lines the other core then read: ResNet-50's
  // 14x14 reductions' bias fills took 17-19 us on 2 far threads against 5
  // on 1).
  linalg::GenericOp sum = ov::codegen::buildPartialSum(
      b, loc, parts, output, init ? init->op : linalg::GenericOp());
  if (init) {
    for (memref::DeallocOp dealloc : init->deallocs)
      dealloc->moveAfter(sum);
    init->op.erase();
  }
  memref::DeallocOp::create(b, loc, parts);
  op.erase();
  // Its only reader (a ReLU into a padded plane) takes the sum's value.
  Value buffer = ov::codegen::rootBuffer(output);
  if (buffer.getDefiningOp<memref::AllocOp>())
    if (linalg::GenericOp epilogue = epilogueOf(sum, buffer))
      fuseEpilogue(sum, epilogue, buffer);
  // The original weights' view and global, unless used elsewhere.
  if (Operation *view = weights.getDefiningOp())
    eraseUnusedViews(view);
}

struct SplitInputChannelsPass
    : ov::impl::SplitInputChannelsBase<SplitInputChannelsPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    SymbolTable symbols(module);
    SmallVector<std::pair<linalg::GenericOp, memref::GlobalOp>> layers;
    // (Layers in loops, a row-by-row block's, are left alone.)
    module.walk([&](linalg::GenericOp op) {
      if (!isa<func::FuncOp>(op->getParentOp()) || !isBlockedPointwise(op) ||
          !worthSplitting(op))
        return;
      if (memref::GlobalOp global =
              constantWeights(op.getDpsInputs()[1], symbols))
        layers.push_back({op, global});
    });
    llvm::DenseMap<Operation *, memref::GlobalOp> splitGlobals;
    for (auto [op, global] : layers) {
      memref::GlobalOp &split = splitGlobals[global];
      if (!split)
        split = splitWeights(
            global, cast<MemRefType>(op.getDpsInputs()[1].getType()).getShape(),
            symbols);
      splitInputChannels(op, split);
    }
    for (auto [global, split] : splitGlobals)
      if (SymbolTable::symbolKnownUseEmpty(global, module))
        symbols.erase(global);
  }
};

} // namespace
