//===- ConvertOVToLinalg.cpp - The convert-ov-to-linalg pass
//----------------===//
//
// Elementwise ops become linalg.generic over operands broadcast numpy-style
// to the result; the result's dynamic sizes come from the dialect's shape
// functions (ShapeExpr in lowering mode), so they are computed at run time
// exactly as type inference describes them. Each family of ops has its
// patterns in its own file of this directory.
//
//===----------------------------------------------------------------------===//

#include "LoweringUtils.h"

#include "ovmlir/Conversion/Passes.h"
#include "ovmlir/Dialect/OV/IR/OVOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Transforms/DialectConversion.h"

namespace mlir::ov {
#define GEN_PASS_DEF_CONVERTOVTOLINALG
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;
using namespace mlir::ov;
using namespace mlir::ov::lowering;

namespace {

struct ConvertOVToLinalgPass
    : ov::impl::ConvertOVToLinalgBase<ConvertOVToLinalgPass> {
  void runOnOperation() override {
    MLIRContext *context = &getContext();
    RewritePatternSet patterns(context);
    populateElementwiseLowerings(patterns);
    populateTensorLowerings(patterns);
    populateLinearLowerings(patterns);
    populateReductionLowerings(patterns);
    populateWindowLowerings(patterns);
    populateNormalizationLowerings(patterns);
    populateDataMovementLowerings(patterns);
    populateIndexingLowerings(patterns);
    populateSamplingLowerings(patterns);
    populateRecurrentLowerings(patterns);
    populateControlFlowLowerings(patterns);
    populateStateLowerings(patterns);

    ConversionTarget target(*context);
    target.addLegalDialect<arith::ArithDialect, math::MathDialect,
                           linalg::LinalgDialect, tensor::TensorDialect,
                           cf::ControlFlowDialect, func::FuncDialect,
                           scf::SCFDialect, memref::MemRefDialect,
                           bufferization::BufferizationDialect>();
    // Unsigned elements are cast to signless ones for arith in op bodies.
    target.addLegalOp<UnrealizedConversionCastOp>();
    target.addIllegalDialect<OVDialect>();
    if (failed(applyPartialConversion(getOperation(), target,
                                      std::move(patterns))))
      signalPassFailure();
  }
};

} // namespace
