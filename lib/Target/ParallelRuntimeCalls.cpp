//===- ParallelRuntimeCalls.cpp - Parallel regions on the runtime's teams -===//

#include "ovmlir/Target/ParallelRuntimeCalls.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/MDBuilder.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace {

/// The schedules the runtime implements, in libomp's numbering: kmp_sch_static
/// (unchunked, what convert-scf-to-openmp's loops get) and
/// kmp_sch_dynamic_chunked with the nonmonotonic modifier (what
/// ov-balance-thread-loops asks for).
constexpr int64_t kStaticSchedule = 34;
constexpr int64_t kBalancedSchedule = 35 | (1 << 30);

/// libomp entry points whose runtime counterparts take the same arguments.
struct Renaming {
  StringLiteral libomp, runtime;
};
constexpr Renaming kRenamings[] = {
    {"__kmpc_global_thread_num", "ovm_parallel_thread_index"},
    {"__kmpc_for_static_init_8u", "ovm_parallel_static_range_8u"},
    {"__kmpc_dispatch_init_8u", "ovm_parallel_dispatch_init_8u"},
    {"__kmpc_dispatch_next_8u", "ovm_parallel_dispatch_next_8u"},
    {"__kmpc_barrier", "ovm_parallel_barrier"},
};

Error unsupported(const Twine &message) {
  return createStringError(inconvertibleErrorCode(), message);
}

/// The calls of the function `name` (none if `module` does not declare it);
/// fails if it is used in any other way.
Expected<SmallVector<CallInst *>> callsOf(Module &module, StringRef name) {
  SmallVector<CallInst *> calls;
  Function *function = module.getFunction(name);
  if (!function)
    return calls;
  for (User *user : function->users()) {
    auto *call = dyn_cast<CallInst>(user);
    if (!call || call->getCalledFunction() != function)
      return unsupported("the compiled code uses " + name +
                         " other than by calling it");
    calls.push_back(call);
  }
  return calls;
}

/// Removes the declaration of `name`, whose calls are gone.
void eraseDeclaration(Module &module, StringRef name) {
  if (Function *function = module.getFunction(name))
    function->eraseFromParent();
}

/// ovm_parallel(region, captured), declared like __kmpc_fork_call with a
/// callback annotation: LLVM's interprocedural passes see the region called
/// with `captured` as its third argument.
FunctionCallee declareParallel(Module &module) {
  LLVMContext &context = module.getContext();
  auto *pointer = PointerType::getUnqual(context);
  FunctionCallee parallel = module.getOrInsertFunction(
      "ovm_parallel",
      FunctionType::get(Type::getVoidTy(context), {pointer, pointer}, false));
  if (auto *function = dyn_cast<Function>(parallel.getCallee())) {
    function->addFnAttr(Attribute::NoUnwind);
    MDNode *encoding = MDBuilder(context).createCallbackEncoding(
        /*CalleeArgNo=*/0, /*Arguments=*/{-1, -1, 1},
        /*VarArgsArePassed=*/false);
    function->addMetadata(LLVMContext::MD_callback,
                          *MDNode::get(context, {encoding}));
  }
  return parallel;
}

Error retargetForks(Module &module) {
  StringRef fork = "__kmpc_fork_call";
  Expected<SmallVector<CallInst *>> calls = callsOf(module, fork);
  if (!calls)
    return calls.takeError();
  if (calls->empty()) {
    eraseDeclaration(module, fork);
    return Error::success();
  }
  FunctionCallee parallel = declareParallel(module);
  for (CallInst *call : *calls) {
    // (location, number of captured values, region, captured values...)
    auto *count = dyn_cast<ConstantInt>(call->getArgOperand(1));
    if (!count || count->getZExtValue() > 1 ||
        call->arg_size() != 3 + count->getZExtValue())
      return unsupported("a parallel region of the compiled code takes " +
                         Twine(call->arg_size() - 3) +
                         " captured values, not one structure");
    Value *captured = count->isOne()
                          ? call->getArgOperand(3)
                          : ConstantPointerNull::get(
                                PointerType::getUnqual(module.getContext()));
    IRBuilder<> builder(call);
    builder.CreateCall(parallel, {call->getArgOperand(2), captured});
    call->eraseFromParent();
  }
  eraseDeclaration(module, fork);
  return Error::success();
}

/// Static loops need no call at their end.
Error dropLoopEnds(Module &module) {
  StringRef fini = "__kmpc_for_static_fini";
  Expected<SmallVector<CallInst *>> calls = callsOf(module, fini);
  if (!calls)
    return calls.takeError();
  for (CallInst *call : *calls)
    call->eraseFromParent();
  eraseDeclaration(module, fini);
  return Error::success();
}

/// Fails unless every loop start `name` passes the schedule `expected`.
Error checkSchedules(Module &module, StringRef name, int64_t expected,
                     StringRef kind) {
  Expected<SmallVector<CallInst *>> calls = callsOf(module, name);
  if (!calls)
    return calls.takeError();
  for (CallInst *call : *calls) {
    auto *schedule = dyn_cast<ConstantInt>(call->getArgOperand(2));
    if (!schedule || schedule->getSExtValue() != expected)
      return unsupported("a parallel loop of the compiled code calls " + name +
                         " with a schedule other than " + kind + " (libomp's " +
                         Twine(expected) + ")");
  }
  return Error::success();
}

} // namespace

Error mlir::ov::retargetParallelRuntimeCalls(Module &module) {
  if (Error error = retargetForks(module))
    return error;
  if (Error error = dropLoopEnds(module))
    return error;
  if (Error error = checkSchedules(module, "__kmpc_for_static_init_8u",
                                   kStaticSchedule, "static"))
    return error;
  if (Error error = checkSchedules(module, "__kmpc_dispatch_init_8u",
                                   kBalancedSchedule, "nonmonotonic dynamic"))
    return error;
  for (const Renaming &renaming : kRenamings) {
    Function *function = module.getFunction(renaming.libomp);
    if (!function)
      continue;
    if (module.getFunction(renaming.runtime))
      return unsupported("the compiled code defines " + renaming.runtime +
                         " itself");
    function->setName(renaming.runtime);
  }
  for (Function &function : module) {
    StringRef name = function.getName();
    if (function.isDeclaration() &&
        (name.starts_with("__kmpc_") || name.starts_with("omp_")))
      return unsupported("the compiled code calls libomp's " + name +
                         ", which ov-mlir's runtime does not provide");
  }
  return Error::success();
}
