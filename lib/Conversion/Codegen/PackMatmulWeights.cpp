//===- PackMatmulWeights.cpp - Constant matmul weights in column panels ---===//
//
// A linalg.matmul A[M, K] x B[K, N] whose B is a constant (a model's
// weights) reads, in each step of a register tile's K loop, 32 floats from
// another row of B, N floats apart: a stream per step that the caches and
// prefetchers serve badly once B is large. At compile time B is rewritten
// into panels of 32 columns, Bp[N / 32, K, 32], each panel one contiguous
// block read front to back, and the matmul becomes the contraction
//   C[m, nb, ni] += A[m, k] * Bp[nb, k, ni]    (C viewed as [M, N / 32, 32])
// whose register tiles (ov-tile-and-vectorize) span m and ni. When N is
// not a multiple of 32 (a classifier's 1000 classes) the last panel is
// completed with zero columns, the accumulator padded and the result sliced:
// no remainder tiles, which would read B row by row again.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Conversion/Passes.h"

#include "Constants.h"
#include "MulAddContraction.h"

#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

#include <cstring>

namespace mlir::ov {
#define GEN_PASS_DEF_PACKMATMULWEIGHTS
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;

namespace {

constexpr int64_t kPanel = ov::codegen::kPanelColumns;

struct PackConstantRhs : OpRewritePattern<linalg::MatmulOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(linalg::MatmulOp matmul,
                                PatternRewriter &rewriter) const override {
    if (matmul.hasUserDefinedMaps() || !matmul.hasPureTensorSemantics())
      return failure();
    Value lhs = matmul.getInputs()[0], rhs = matmul.getInputs()[1];
    Value init = matmul.getOutputs()[0];
    auto rhsType = dyn_cast<RankedTensorType>(rhs.getType());
    auto initType = dyn_cast<RankedTensorType>(init.getType());
    if (!rhsType || !initType || !rhsType.hasStaticShape() ||
        !initType.hasStaticShape() || !rhsType.getElementType().isF32() ||
        !initType.getElementType().isF32() ||
        !getElementTypeOrSelf(lhs.getType()).isF32())
      return failure();
    int64_t k = rhsType.getDimSize(0), n = rhsType.getDimSize(1);
    if (n <= kPanel)
      return failure();
    std::optional<ArrayRef<char>> values = ov::codegen::constantBytes(rhs);
    if (!values)
      return failure();

    // Rows of 32 floats move as they are: panel p, row r is B[r, 32p...];
    // the columns past N of the last panel are zeros.
    int64_t numPanels = llvm::divideCeil(n, kPanel);
    int64_t padded = numPanels * kPanel;
    std::vector<char> packed(padded * k * sizeof(float), 0);
    for (int64_t panel = 0; panel < numPanels; ++panel)
      for (int64_t row = 0; row < k; ++row)
        std::memcpy(&packed[(panel * k + row) * kPanel * sizeof(float)],
                    &(*values)[(row * n + panel * kPanel) * sizeof(float)],
                    std::min(kPanel, n - panel * kPanel) * sizeof(float));
    auto packedType =
        RankedTensorType::get({numPanels, k, kPanel}, rewriter.getF32Type());
    Location loc = matmul.getLoc();
    Value packedRhs = ov::codegen::createResourceConstant(
        rewriter, loc, packedType, packed, "packed_weights", *values);

    // The accumulator: the initial value as panels, padded with zero
    // columns when N is not whole panels (sliced off the result).
    int64_t m = initType.getDimSize(0);
    SmallVector<ReassociationIndices> panels = {{0}, {1, 2}};
    auto accType =
        RankedTensorType::get({m, numPanels, kPanel}, rewriter.getF32Type());
    Value acc = tensor::ExpandShapeOp::create(
        rewriter, loc, accType,
        ov::codegen::padToWholePanels(rewriter, loc, init), panels);
    // Loops (m, nb, ni, k).
    MLIRContext *context = rewriter.getContext();
    AffineExpr row, panel, column, depth;
    bindDims(context, row, panel, column, depth);
    SmallVector<AffineMap> maps = {
        AffineMap::get(4, 0, {row, depth}, context),
        AffineMap::get(4, 0, {panel, depth, column}, context),
        AffineMap::get(4, 0, {row, panel, column}, context)};
    Value product = ov::codegen::buildMulAddContraction(rewriter, loc, lhs,
                                                        packedRhs, acc, maps);
    Value result =
        tensor::CollapseShapeOp::create(rewriter, loc, product, panels);
    rewriter.replaceOp(
        matmul, ov::codegen::sliceLastDimension(rewriter, loc, result, n));
    return success();
  }
};

struct PackMatmulWeightsPass
    : ov::impl::PackMatmulWeightsBase<PackMatmulWeightsPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<PackConstantRhs>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};

} // namespace
