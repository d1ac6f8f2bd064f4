//===- SummedTaps.cpp - A blocked convolution summing its kernel taps -----===//

#include "SummedTaps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/Matchers.h"

using namespace mlir;

std::optional<ov::codegen::SummedTaps>
ov::codegen::summedTapsOf(linalg::GenericOp op) {
  if (!op.hasPureTensorSemantics() || op.getNumDpsInits() != 1 ||
      op.getNumDpsInputs() < 2 || op.getNumDpsInputs() % 2 != 0 ||
      op.getNumReductionLoops() != 2 || op.getNumLoops() != 7)
    return std::nullopt;
  MLIRContext *context = op.getContext();
  auto dims = [&](ArrayRef<unsigned> positions) {
    return AffineMap::getMultiDimMapWithTargets(7, positions, context);
  };
  // (n, fb, h, w, fi, cb, ci)
  AffineMap inputMap = dims({0, 5, 2, 3, 6});
  AffineMap filterMap = dims({1, 5, 6, 4});
  AffineMap outputMap = dims({0, 1, 2, 3, 4});
  SmallVector<AffineMap> maps = op.getIndexingMapsArray();
  if (maps.back() != outputMap)
    return std::nullopt;
  // The body: out + x_0 * w_0 + x_1 * w_1 + ..., in that order.
  Block &body = op.getRegion().front();
  Value sum = body.getArgument(body.getNumArguments() - 1);
  auto ops = body.without_terminator();
  auto it = ops.begin();
  for (unsigned t = 0; t < op.getNumDpsInputs() / 2; ++t) {
    auto mul = it != ops.end() ? dyn_cast<arith::MulFOp>(*it++) : nullptr;
    auto add = it != ops.end() ? dyn_cast<arith::AddFOp>(*it++) : nullptr;
    if (!mul || !add || mul.getLhs() != body.getArgument(2 * t) ||
        mul.getRhs() != body.getArgument(2 * t + 1) || add.getLhs() != sum ||
        add.getRhs() != mul.getResult())
      return std::nullopt;
    sum = add.getResult();
  }
  if (it != ops.end() || body.getTerminator()->getOperand(0) != sum)
    return std::nullopt;

  SummedTaps found;
  auto outputType = cast<RankedTensorType>(op.getDpsInits()[0].getType());
  for (unsigned t = 0; t < op.getNumDpsInputs() / 2; ++t) {
    if (maps[2 * t] != inputMap || maps[2 * t + 1] != filterMap)
      return std::nullopt;
    auto slice =
        op.getDpsInputs()[2 * t].getDefiningOp<tensor::ExtractSliceOp>();
    if (!slice || !slice.hasUnitStride() ||
        slice.getSourceType().getRank() != outputType.getRank() ||
        slice.getType().getRank() != outputType.getRank() ||
        ShapedType::isDynamicShape(slice.getStaticOffsets()) ||
        !slice.getType().hasStaticShape() ||
        slice.getType().getShape()[kRowDim] != outputType.getShape()[kRowDim] ||
        slice.getType().getShape()[kColumnDim] !=
            outputType.getShape()[kColumnDim])
      return std::nullopt;
    if (!found.taps.empty() &&
        slice.getSource() != found.taps.front().slice.getSource())
      return std::nullopt;
    ArrayRef<int64_t> offsets = slice.getStaticOffsets();
    found.taps.push_back({slice, offsets[kRowDim], offsets[kColumnDim],
                          op.getDpsInputs()[2 * t + 1]});
  }
  Value input = found.taps.front().slice.getSource();
  tensor::PadOp pad = input.getDefiningOp<tensor::PadOp>();
  if (!pad)
    return cast<RankedTensorType>(input.getType()).hasStaticShape()
               ? std::optional<SummedTaps>(found)
               : std::nullopt;
  found.pad = pad;
  auto sourceType = dyn_cast<RankedTensorType>(pad.getSource().getType());
  if (!sourceType || !sourceType.hasStaticShape() || pad.getNofold() ||
      !matchPattern(pad.getConstantPaddingValue(), m_AnyZeroFloat()) ||
      ShapedType::isDynamicShape(pad.getStaticLow()) ||
      ShapedType::isDynamicShape(pad.getStaticHigh()))
    return std::nullopt;
  for (auto [dim, low, high] :
       llvm::enumerate(pad.getStaticLow(), pad.getStaticHigh()))
    if ((low || high) && dim != kRowDim && dim != kColumnDim)
      return std::nullopt;
  return found;
}
