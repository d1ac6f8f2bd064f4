//===- AssertsToRuntime.cpp - Failed run-time checks as runtime errors ----===//
//
// Generated code checks at run time what type inference could not prove
// (dynamic dimensions that must agree). A failed check must not abort the
// user's process: it calls the runtime's `ovm_runtime_fail`, which returns
// to `ovm_model_run` (ovmlir_runtime.c) with an error.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Conversion/Passes.h"

#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/LLVMIR/FunctionCallUtils.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"

namespace mlir::ov {
#define GEN_PASS_DEF_ASSERTSTORUNTIMEERRORS
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;

namespace {
/// The runtime entry point failed checks call (never returns).
constexpr StringLiteral kFailFunction = "ovm_runtime_fail";

struct AssertsToRuntimeErrorsPass
    : ov::impl::AssertsToRuntimeErrorsBase<AssertsToRuntimeErrorsPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    SmallVector<cf::AssertOp> asserts;
    module.walk([&](cf::AssertOp op) { asserts.push_back(op); });
    if (asserts.empty())
      return;
    OpBuilder builder(module.getBodyRegion());
    auto ptrType = LLVM::LLVMPointerType::get(module.getContext());
    FailureOr<LLVM::LLVMFuncOp> fail =
        LLVM::lookupOrCreateFn(builder, module, kFailFunction, {ptrType},
                               LLVM::LLVMVoidType::get(module.getContext()));
    if (failed(fail))
      return signalPassFailure();
    for (auto [index, op] : llvm::enumerate(asserts)) {
      Location loc = op.getLoc();
      Block *check = op->getBlock();
      Block *rest = check->splitBlock(std::next(op->getIterator()));
      Block *failure = new Block();
      check->getParent()->getBlocks().insertAfter(check->getIterator(),
                                                  failure);
      builder.setInsertionPointToEnd(check);
      cf::CondBranchOp::create(builder, loc, op.getArg(), rest, ValueRange{},
                               failure, ValueRange{});
      builder.setInsertionPointToEnd(failure);
      // The runtime reads the message as a C string.
      std::string text = op.getMsg().str();
      text.push_back('\0');
      Value message = LLVM::createGlobalString(
          loc, builder, ("ovm_check_" + Twine(index)).str(), text,
          LLVM::Linkage::Internal);
      LLVM::CallOp::create(builder, loc, *fail, ValueRange{message});
      LLVM::UnreachableOp::create(builder, loc);
      op.erase();
    }
  }
};
} // namespace
