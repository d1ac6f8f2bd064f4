//===- ConvolutionsToMatmuls.cpp - 2-D convolutions as contractions -------===//
//
// A 2-D NCHW convolution with static shapes becomes a matmul-like
// contraction, which ov-tile-and-vectorize turns into register tiles:
//   out[n, f, oh * OW + ow] += filter[f, c * KH * KW + kh * KW + kw]
//                              * im2col[n, c * KH * KW + ..., oh * OW + ow]
// A 1x1 convolution with unit strides needs no im2col copy: the input,
// [N, C, H * W] after collapsing, is already the right-hand side. Other
// convolutions get their im2col tensor from upstream's rewriteInIm2Col.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Conversion/Passes.h"

#include "MulAddContraction.h"

#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::ov {
#define GEN_PASS_DEF_CONVOLUTIONSTOMATMULS
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;

namespace {

bool isStaticF32(Value value) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  return type && type.hasStaticShape() && type.getElementType().isF32();
}

bool allOnes(DenseIntElementsAttr values) {
  return llvm::all_of(values.getValues<int64_t>(),
                      [](int64_t value) { return value == 1; });
}

/// 1x1 filter, unit strides and dilations: out[n, f, p] = sum_c
/// filter[f, c] * input[n, c, p] over the collapsed spatial positions p.
struct PointwiseConvolution : OpRewritePattern<linalg::Conv2DNchwFchwOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(linalg::Conv2DNchwFchwOp conv,
                                PatternRewriter &rewriter) const override {
    Value input = conv.getInputs()[0], filter = conv.getInputs()[1];
    Value output = conv.getOutputs()[0];
    if (!isStaticF32(input) || !isStaticF32(filter) || !isStaticF32(output))
      return failure();
    auto filterType = cast<RankedTensorType>(filter.getType());
    if (filterType.getDimSize(2) != 1 || filterType.getDimSize(3) != 1 ||
        !allOnes(conv.getStrides()) || !allOnes(conv.getDilations()))
      return failure();
    Location loc = conv.getLoc();
    SmallVector<ReassociationIndices> spatial = {{0}, {1}, {2, 3}};
    SmallVector<ReassociationIndices> kernel = {{0}, {1, 2, 3}};
    Value lhs = tensor::CollapseShapeOp::create(rewriter, loc, filter, kernel);
    Value rhs = tensor::CollapseShapeOp::create(rewriter, loc, input, spatial);
    Value acc = tensor::CollapseShapeOp::create(rewriter, loc, output, spatial);
    // Loops (n, f, p, c).
    MLIRContext *context = rewriter.getContext();
    AffineExpr n, f, p, c;
    bindDims(context, n, f, p, c);
    SmallVector<AffineMap> maps = {AffineMap::get(4, 0, {f, c}, context),
                                   AffineMap::get(4, 0, {n, c, p}, context),
                                   AffineMap::get(4, 0, {n, f, p}, context)};
    Value matmul =
        ov::codegen::buildMulAddContraction(rewriter, loc, lhs, rhs, acc, maps);
    rewriter.replaceOpWithNewOp<tensor::ExpandShapeOp>(conv, output.getType(),
                                                       matmul, spatial);
    return success();
  }
};

/// Other static f32 convolutions: im2col, then the contraction.
struct Im2ColConvolution : OpRewritePattern<linalg::Conv2DNchwFchwOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(linalg::Conv2DNchwFchwOp conv,
                                PatternRewriter &rewriter) const override {
    if (!llvm::all_of(conv->getOperands(), isStaticF32))
      return failure();
    if (failed(linalg::rewriteInIm2Col(rewriter, conv)))
      return failure();
    return success();
  }
};

struct ConvolutionsToMatmulsPass
    : ov::impl::ConvolutionsToMatmulsBase<ConvolutionsToMatmulsPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    // The pointwise form first: it avoids the copy.
    patterns.add<PointwiseConvolution>(&getContext(), /*benefit=*/2);
    patterns.add<Im2ColConvolution>(&getContext(), /*benefit=*/1);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};

} // namespace
