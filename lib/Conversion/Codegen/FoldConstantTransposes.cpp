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

#include <cstring>

namespace mlir::ov {
#define GEN_PASS_DEF_FOLDCONSTANTTRANSPOSES
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;

namespace {

/// The bytes of a row-major tensor of `inputShape` with `elementSize`-byte
/// elements, its dimensions permuted: output dimension i is input
/// dimension permutation[i].
std::vector<char> transposeBytes(ArrayRef<char> input,
                                 ArrayRef<int64_t> inputShape,
                                 ArrayRef<int64_t> permutation,
                                 size_t elementSize) {
  int64_t rank = inputShape.size();
  SmallVector<int64_t> inputStrides(rank, 1);
  for (int64_t d = rank - 2; d >= 0; --d)
    inputStrides[d] = inputStrides[d + 1] * inputShape[d + 1];
  SmallVector<int64_t> outputShape, strides;
  for (int64_t d : permutation) {
    outputShape.push_back(inputShape[d]);
    strides.push_back(inputStrides[d]);
  }
  std::vector<char> output(input.size());
  // Walk the output in order with an index counter; `offset` is the
  // matching input element.
  SmallVector<int64_t> index(rank, 0);
  int64_t offset = 0;
  for (size_t out = 0; out < output.size(); out += elementSize) {
    std::memcpy(&output[out], &input[offset * elementSize], elementSize);
    for (int64_t d = rank - 1; d >= 0; --d) {
      offset += strides[d];
      if (++index[d] < outputShape[d])
        break;
      offset -= strides[d] * outputShape[d];
      index[d] = 0;
    }
  }
  return output;
}

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
    std::vector<char> transposed = transposeBytes(
        *bytes, inputType.getShape(), transpose.getPermutation(), elementSize);
    rewriter.replaceOp(transpose, ov::codegen::createResourceConstant(
                                      rewriter, transpose.getLoc(), resultType,
                                      transposed, "transposed_weights"));
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
