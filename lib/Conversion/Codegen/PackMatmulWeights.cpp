//===- PackMatmulWeights.cpp - Constant matmul weights in column panels ---===//
//
// A linalg.matmul A[M, K] x B[K, N] whose B is a constant (a model's
// weights) reads, in each step of a register tile's K loop, 32 floats from
// another row of B, N floats apart: a stream per step that the caches and
// prefetchers serve badly once B is large. At compile time B is rewritten
// into panels of 32 columns, Bp[N / 32, K, 32], each panel one contiguous
// block read front to back, and the matmul becomes the contraction
//   C[m, nb, ni] += A[m, k] * Bp[nb, k, ni]    (C viewed as [M, N / 32, 32])
// whose register tiles (ov-tile-and-vectorize) span m and ni.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Conversion/Passes.h"

#include "MulAddContraction.h"

#include "mlir/IR/AsmState.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::ov {
#define GEN_PASS_DEF_PACKMATMULWEIGHTS
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;

namespace {

/// Columns per panel: the register tile's width (2 AVX-512 vectors of f32).
constexpr int64_t kPanel = 32;

/// The values of a constant f32 tensor, whether a dense_resource blob (how
/// importers store weights) or a dense attribute.
std::optional<std::vector<float>> constantValues(Value value) {
  auto constant = value.getDefiningOp<arith::ConstantOp>();
  if (!constant)
    return std::nullopt;
  if (auto resource =
          dyn_cast<DenseF32ResourceElementsAttr>(constant.getValue())) {
    std::optional<ArrayRef<float>> data = resource.tryGetAsArrayRef();
    if (!data)
      return std::nullopt;
    return std::vector<float>(data->begin(), data->end());
  }
  if (auto dense = dyn_cast<DenseFPElementsAttr>(constant.getValue())) {
    if (!dense.getElementType().isF32())
      return std::nullopt;
    auto values = dense.getValues<float>();
    return std::vector<float>(values.begin(), values.end());
  }
  return std::nullopt;
}

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
    if (n % kPanel != 0 || n == kPanel)
      return failure();
    std::optional<std::vector<float>> values = constantValues(rhs);
    if (!values)
      return failure();

    std::vector<float> packed(values->size());
    for (int64_t panel = 0; panel < n / kPanel; ++panel)
      for (int64_t row = 0; row < k; ++row)
        for (int64_t column = 0; column < kPanel; ++column)
          packed[(panel * k + row) * kPanel + column] =
              (*values)[row * n + panel * kPanel + column];
    auto packedType =
        RankedTensorType::get({n / kPanel, k, kPanel}, rewriter.getF32Type());
    auto packedAttr = DenseResourceElementsAttr::get(
        packedType, "packed_weights",
        HeapAsmResourceBlob::allocateAndCopyInferAlign(
            ArrayRef<float>(packed)));
    Location loc = matmul.getLoc();
    Value packedRhs = arith::ConstantOp::create(rewriter, loc, packedAttr);

    int64_t m = initType.getDimSize(0);
    SmallVector<ReassociationIndices> panels = {{0}, {1, 2}};
    auto accType =
        RankedTensorType::get({m, n / kPanel, kPanel}, rewriter.getF32Type());
    Value acc =
        tensor::ExpandShapeOp::create(rewriter, loc, accType, init, panels);
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
    rewriter.replaceOpWithNewOp<tensor::CollapseShapeOp>(matmul, initType,
                                                         product, panels);
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
