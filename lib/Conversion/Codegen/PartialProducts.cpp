//===- PartialProducts.cpp - 1x1 layers as partial products ---------------===//

#include "PartialProducts.h"

#include "Constants.h"
#include "MulAddContraction.h"
#include "RegisterTileFusion.h"
#include "ovmlir/Dialect/OV/IR/ShapeUtils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/IRMapping.h"

#include <cstring>

using namespace mlir;

namespace mlir::ov::codegen {

using IT = utils::IteratorType;

bool isBlockedPointwise(linalg::GenericOp op) {
  if (!op.hasPureBufferSemantics() || op.getNumDpsInputs() != 2 ||
      op.getNumDpsInits() != 1 || !linalg::isaContractionOpInterface(op) ||
      op.getIteratorTypesArray() !=
          SmallVector<IT>{IT::parallel, IT::parallel, IT::parallel,
                          IT::parallel, IT::reduction, IT::reduction})
    return false;
  if (!hasBlockedPointwiseMaps(op))
    return false;
  for (Value operand : op->getOperands()) {
    auto type = dyn_cast<MemRefType>(operand.getType());
    if (!type || !type.hasStaticShape() || !type.getElementType().isF32())
      return false;
  }
  auto input = cast<MemRefType>(op.getDpsInputs()[0].getType());
  auto output = cast<MemRefType>(op.getDpsInits()[0].getType());
  return input.getLayout().isIdentity() && output.getLayout().isIdentity() &&
         input.getDimSize(0) == 1;
}

memref::GlobalOp constantWeights(Value weights, SymbolTable &symbols) {
  Value source = weights;
  if (auto view = weights.getDefiningOp<memref::SubViewOp>()) {
    if (!view.hasZeroOffset() || !view.hasUnitStride() ||
        view.getSourceType().getNumElements() !=
            view.getType().getNumElements())
      return {};
    source = view.getSource();
  }
  auto get = source.getDefiningOp<memref::GetGlobalOp>();
  if (!get)
    return {};
  auto global = symbols.lookup<memref::GlobalOp>(get.getName());
  if (!global || !global.getConstant() || !global.getInitialValue() ||
      !ov::getStoredBytes(*global.getInitialValue()))
    return {};
  return global;
}

/// A constant global beside `global`, named after it, of `bytes` (f32
/// elements of `shape`).
static memref::GlobalOp createSplitGlobal(memref::GlobalOp global,
                                          ArrayRef<int64_t> shape,
                                          ArrayRef<char> bytes, StringRef key,
                                          SymbolTable &symbols) {
  Type f32 = Float32Type::get(global.getContext());
  DenseResourceElementsAttr elements =
      createResourceElements(RankedTensorType::get(shape, f32), bytes, key,
                             *ov::getStoredBytes(*global.getInitialValue()));
  OpBuilder b(global);
  auto splitGlobal = memref::GlobalOp::create(
      b, global.getLoc(), (global.getSymName() + "_split").str(),
      b.getStringAttr("private"), MemRefType::get(shape, f32), elements,
      /*constant=*/true, global.getAlignmentAttr());
  symbols.insert(splitGlobal);
  return splitGlobal;
}

memref::GlobalOp splitWeights(memref::GlobalOp global,
                              ArrayRef<int64_t> weightsShape,
                              SymbolTable &symbols) {
  ArrayRef<char> bytes = *ov::getStoredBytes(*global.getInitialValue());
  int64_t filterBlocks = weightsShape[0], rows = weightsShape[2],
          columns = weightsShape[3];
  InputParts parts(weightsShape[1]);
  int64_t blockBytes = rows * columns * sizeof(float);
  std::vector<char> split(kParts * filterBlocks * parts.perPart * blockBytes,
                          0);
  for (int64_t part = 0; part < kParts; ++part) {
    for (int64_t filterBlock = 0; filterBlock < filterBlocks; ++filterBlock)
      for (int64_t block = parts.firstOwnBlock(part); block < parts.end(part);
           ++block)
        std::memcpy(
            &split[((part * filterBlocks + filterBlock) * parts.perPart +
                    block - parts.start(part)) *
                   blockBytes],
            &bytes[(filterBlock * parts.blocks + block) * blockBytes],
            blockBytes);
  }
  return createSplitGlobal(global,
                           {kParts, filterBlocks, parts.perPart, rows, columns},
                           split, "split_filter", symbols);
}

memref::GlobalOp splitRows(memref::GlobalOp global, ArrayRef<int64_t> shape,
                           int64_t blocks, SymbolTable &symbols) {
  ArrayRef<char> bytes = *ov::getStoredBytes(*global.getInitialValue());
  int64_t blockRows = shape[0] / blocks, columns = shape[1];
  InputParts parts(blocks);
  int64_t blockBytes = blockRows * columns * sizeof(float);
  std::vector<char> split(kParts * parts.perPart * blockBytes, 0);
  for (int64_t part = 0; part < kParts; ++part)
    for (int64_t block = parts.firstOwnBlock(part); block < parts.end(part);
         ++block)
      std::memcpy(&split[(part * parts.perPart + block - parts.start(part)) *
                         blockBytes],
                  &bytes[block * blockBytes], blockBytes);
  return createSplitGlobal(global, {kParts, parts.perPart * blockRows, columns},
                           split, "split_rows", symbols);
}

/// Part `part` of `parts` (its first dimension), with that dimension (of
/// size 1) or without it.
static Value partSlice(OpBuilder &b, Location loc, Value parts,
                       OpFoldResult part, bool keepPartDim) {
  auto type = cast<MemRefType>(parts.getType());
  int64_t rank = type.getRank();
  SmallVector<OpFoldResult> offsets(rank, b.getIndexAttr(0)), sizes,
      strides(rank, b.getIndexAttr(1));
  offsets[0] = part;
  sizes.push_back(b.getIndexAttr(1));
  for (int64_t size : type.getShape().drop_front())
    sizes.push_back(b.getIndexAttr(size));
  if (keepPartDim)
    return memref::SubViewOp::create(b, loc, parts, offsets, sizes, strides);
  MemRefType partType = memref::SubViewOp::inferRankReducedResultType(
      type.getShape().drop_front(), type, offsets, sizes, strides);
  return memref::SubViewOp::create(b, loc, partType, parts, offsets, sizes,
                                   strides);
}

Value partView(OpBuilder &b, Location loc, Value parts, OpFoldResult part) {
  return partSlice(b, loc, parts, part, /*keepPartDim=*/true);
}

Value weightsOfPart(OpBuilder &b, Location loc, Value weightParts,
                    OpFoldResult part) {
  return partSlice(b, loc, weightParts, part, /*keepPartDim=*/false);
}

bool isPlaneOrChannelVector(AffineMap map, MemRefType type) {
  return type.hasStaticShape() && type.getLayout().isIdentity() &&
         (map.isIdentity() ||
          map == perChannelOfBlockedPlane(map.getContext()));
}

bool isPlaneElementwise(linalg::GenericOp op) {
  if (op.getNumDpsInits() != 1 || op.getNumLoops() != 5 ||
      op.getNumParallelLoops() != 5 ||
      !op.getIndexingMapsArray().back().isIdentity() ||
      !op.getRegionOutputArgs().front().use_empty() ||
      !op.getBody()->getOps<linalg::IndexOp>().empty())
    return false;
  return llvm::all_of(op.getDpsInputOperands(), [&](OpOperand *input) {
    auto type = dyn_cast<MemRefType>(input->get().getType());
    return type &&
           isPlaneOrChannelVector(op.getMatchingIndexingMap(input), type);
  });
}

linalg::GenericOp buildPartialSum(OpBuilder &b, Location loc, Value parts,
                                  Value output, linalg::GenericOp init) {
  MLIRContext *context = b.getContext();
  auto d = [&](unsigned i) { return getAffineDimExpr(i, context); };
  SmallVector<Value> inputs;
  for (int64_t part = 0; part < kParts; ++part)
    inputs.push_back(partView(b, loc, parts, b.getIndexAttr(part)));
  SmallVector<AffineMap> maps(kParts,
                              AffineMap::getMultiDimIdentityMap(4, context));
  if (init) {
    // Over the collapsed [1, N / B, H * W, B] loops: a plane as the
    // output, a channel vector at (0, d1, 0, d3).
    AffineExpr zero = getAffineConstantExpr(0, context);
    for (OpOperand *operand : init.getDpsInputOperands()) {
      inputs.push_back(memref::CollapseShapeOp::create(
          b, loc, operand->get(),
          ArrayRef<ReassociationIndices>{{0}, {1}, {2, 3}, {4}}));
      maps.push_back(
          init.getMatchingIndexingMap(operand).isIdentity()
              ? AffineMap::getMultiDimIdentityMap(4, context)
              : AffineMap::get(4, 0, {zero, d(1), zero, d(3)}, context));
    }
  }
  maps.push_back(AffineMap::getMultiDimIdentityMap(4, context));
  return linalg::GenericOp::create(
      b, loc, TypeRange{}, inputs, ValueRange{output}, maps,
      SmallVector<IT>(4, IT::parallel),
      [&](OpBuilder &nested, Location nestedLoc, ValueRange args) {
        Value value = args.back();
        if (init) {
          // The initializer's body on the sum's arguments after the parts.
          IRMapping mapping;
          for (auto [index, argument] :
               llvm::enumerate(init.getRegionInputArgs()))
            mapping.map(argument, args[kParts + index]);
          value = cloneGenericBody(nested, init, mapping);
        }
        for (Value part : args.take_front(kParts))
          value = arith::AddFOp::create(nested, nestedLoc, value, part);
        linalg::YieldOp::create(nested, nestedLoc, value);
      });
}

} // namespace mlir::ov::codegen
