//===- FoldConstantTransposes.cpp - Transpose weights at compile time -----===//
//
// Models often multiply by a transposed weight matrix (ONNX Gemm with
// transB, OpenVINO MatMul with transpose_b): lowered as is, every inference
// transposes the constant again, a strided copy as slow as a small layer.
// A linalg.transpose of a constant becomes the transposed constant, which
// later passes (ov-pack-matmul-weights) can pack.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Conversion/Passes.h"

#include "Constants.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::ov {
#define GEN_PASS_DEF_FOLDCONSTANTTRANSPOSES
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;

namespace {

struct FoldConstantTranspose : OpRewritePattern<linalg::TransposeOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(linalg::TransposeOp transpose,
                                PatternRewriter &rewriter) const override {
    if (!transpose.hasPureTensorSemantics())
      return failure();
    std::optional<ArrayRef<char>> bytes =
        ov::codegen::constantBytes(transpose.getInput());
    if (!bytes)
      return rewriter.notifyMatchFailure(transpose, "not a constant");
    auto inputType = cast<RankedTensorType>(transpose.getInput().getType());
    auto resultType =
        cast<RankedTensorType>(transpose.getResult()[0].getType());
    size_t elementSize = inputType.getElementTypeBitWidth() / 8;
    std::vector<char> transposed = ov::codegen::transposeBytes(
        *bytes, inputType.getShape(), transpose.getPermutation(), elementSize);
    rewriter.replaceOp(transpose,
                       ov::codegen::createResourceConstant(
                           rewriter, transpose.getLoc(), resultType, transposed,
                           "transposed_weights", *bytes));
    return success();
  }
};

struct FoldConstantTransposesPass
    : ov::impl::FoldConstantTransposesBase<FoldConstantTransposesPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<FoldConstantTranspose>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};

} // namespace
