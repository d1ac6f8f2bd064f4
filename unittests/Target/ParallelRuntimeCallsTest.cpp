//===- ParallelRuntimeCallsTest.cpp - libomp calls to the runtime's teams -===//
//
// retargetParallelRuntimeCalls rewrites what LLVM's OpenMP translation
// emits (a fork of an outlined region with one structure of captured
// values, the static schedule, its end, barriers, the nonmonotonic dynamic
// schedule's init and next calls) into calls of the
// runtime's ovm_parallel* functions, and refuses what the runtime does not
// implement.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Target/ParallelRuntimeCalls.h"

#include "llvm/AsmParser/Parser.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include "gtest/gtest.h"

using namespace llvm;

namespace {

/// A region as OpenMPIRBuilder outlines it and the function forking it.
/// `forkArguments` follows the region in the fork's arguments; `schedule`
/// is the loop's.
std::string outlinedModule(StringRef forkArguments, int schedule = 34,
                           StringRef extraDeclarations = "") {
  return (R"(
declare i32 @__kmpc_global_thread_num(ptr)
declare void @__kmpc_for_static_init_8u(ptr, i32, i32, ptr, ptr, ptr, ptr, i64, i64)
declare void @__kmpc_for_static_fini(ptr, i32)
declare void @__kmpc_barrier(ptr, i32)
declare void @__kmpc_fork_call(ptr, i32, ptr, ...)
)" + extraDeclarations +
          R"(
@ident = private constant [4 x i8] zeroinitializer

define internal void @region(ptr %tid, ptr %zero, ptr %captured) {
  %last = alloca i32
  %lower = alloca i64
  %upper = alloca i64
  %stride = alloca i64
  store i64 0, ptr %lower
  store i64 9, ptr %upper
  %thread = call i32 @__kmpc_global_thread_num(ptr @ident)
  call void @__kmpc_for_static_init_8u(ptr @ident, i32 %thread, i32 )" +
          Twine(schedule) +
          R"(, ptr %last, ptr %lower, ptr %upper, ptr %stride, i64 1, i64 0)
  call void @__kmpc_for_static_fini(ptr @ident, i32 %thread)
  call void @__kmpc_barrier(ptr @ident, i32 %thread)
  ret void
}

define void @model(ptr %captured) {
  call void (ptr, i32, ptr, ...) @__kmpc_fork_call(ptr @ident, )" +
          forkArguments + R"()
  ret void
}
)")
      .str();
}

/// A region whose loop has a dynamic schedule, as OpenMPIRBuilder outlines
/// it: the loop starts with dispatch_init and takes iterations from
/// dispatch_next until it returns 0.
std::string balancedModule(int schedule) {
  return (R"(
declare i32 @__kmpc_global_thread_num(ptr)
declare void @__kmpc_dispatch_init_8u(ptr, i32, i32, i64, i64, i64, i64)
declare i32 @__kmpc_dispatch_next_8u(ptr, i32, ptr, ptr, ptr, ptr)
declare void @__kmpc_fork_call(ptr, i32, ptr, ...)

@ident = private constant [4 x i8] zeroinitializer

define internal void @region(ptr %tid, ptr %zero, ptr %captured) {
entry:
  %last = alloca i32
  %lower = alloca i64
  %upper = alloca i64
  %stride = alloca i64
  %thread = call i32 @__kmpc_global_thread_num(ptr @ident)
  call void @__kmpc_dispatch_init_8u(ptr @ident, i32 %thread, i32 )" +
          Twine(schedule) + R"(, i64 1, i64 10, i64 1, i64 1)
  br label %next
next:
  %more = call i32 @__kmpc_dispatch_next_8u(ptr @ident, i32 %thread, ptr %last, ptr %lower, ptr %upper, ptr %stride)
  %done = icmp eq i32 %more, 0
  br i1 %done, label %exit, label %next
exit:
  ret void
}

define void @model(ptr %captured) {
  call void (ptr, i32, ptr, ...) @__kmpc_fork_call(ptr @ident, i32 1, ptr @region, ptr %captured)
  ret void
}
)")
      .str();
}

/// libomp's kmp_sch_dynamic_chunked with the nonmonotonic modifier.
constexpr int kNonmonotonicDynamic = 35 | (1 << 30);

class ParallelRuntimeCallsTest : public ::testing::Test {
protected:
  /// Parses `source`, retargets it and returns the error text ("" on
  /// success).
  std::string retarget(const std::string &source) {
    SMDiagnostic diagnostic;
    module = parseAssemblyString(source, diagnostic, context);
    if (!module) {
      std::string text;
      raw_string_ostream stream(text);
      diagnostic.print("test", stream);
      ADD_FAILURE() << text;
      return "unparsable";
    }
    if (Error error = mlir::ov::retargetParallelRuntimeCalls(*module))
      return toString(std::move(error));
    EXPECT_FALSE(verifyModule(*module, &errs()));
    return "";
  }

  /// The callee names of `function`'s calls, in order.
  SmallVector<std::string> callees(StringRef function) {
    SmallVector<std::string> names;
    for (Instruction &instruction :
         instructions(*module->getFunction(function)))
      if (auto *call = dyn_cast<CallInst>(&instruction))
        names.push_back(call->getCalledFunction()->getName().str());
    return names;
  }

  LLVMContext context;
  std::unique_ptr<Module> module;
};

TEST_F(ParallelRuntimeCallsTest, ForkBecomesParallelWithTheCapturedValues) {
  ASSERT_EQ(retarget(outlinedModule("i32 1, ptr @region, ptr %captured")), "");
  EXPECT_EQ(callees("model"), SmallVector<std::string>{"ovm_parallel"});
  auto *call =
      cast<CallInst>(&*instructions(*module->getFunction("model")).begin());
  EXPECT_EQ(call->getArgOperand(0), module->getFunction("region"));
  EXPECT_EQ(call->getArgOperand(1), module->getFunction("model")->getArg(0));
  // LLVM's interprocedural passes still see the region called with it.
  EXPECT_NE(module->getFunction("ovm_parallel")
                ->getMetadata(LLVMContext::MD_callback),
            nullptr);
}

TEST_F(ParallelRuntimeCallsTest, RegionCallsTheRuntime) {
  ASSERT_EQ(retarget(outlinedModule("i32 1, ptr @region, ptr %captured")), "");
  EXPECT_EQ(callees("region"),
            (SmallVector<std::string>{"ovm_parallel_thread_index",
                                      "ovm_parallel_static_range_8u",
                                      "ovm_parallel_barrier"}));
  for (Function &function : *module)
    EXPECT_FALSE(function.getName().starts_with("__kmpc_"))
        << function.getName().str();
}

TEST_F(ParallelRuntimeCallsTest, RegionWithoutCapturedValues) {
  ASSERT_EQ(retarget(outlinedModule("i32 0, ptr @region")), "");
  auto *call =
      cast<CallInst>(&*instructions(*module->getFunction("model")).begin());
  EXPECT_TRUE(isa<ConstantPointerNull>(call->getArgOperand(1)));
}

TEST_F(ParallelRuntimeCallsTest, CapturedValuesOneByOneAreRefused) {
  EXPECT_EQ(retarget(outlinedModule(
                "i32 2, ptr @region, ptr %captured, ptr %captured")),
            "a parallel region of the compiled code takes 2 captured values, "
            "not one structure");
}

TEST_F(ParallelRuntimeCallsTest, BalancedLoopCallsTheRuntime) {
  ASSERT_EQ(retarget(balancedModule(kNonmonotonicDynamic)), "");
  EXPECT_EQ(callees("region"),
            (SmallVector<std::string>{"ovm_parallel_thread_index",
                                      "ovm_parallel_dispatch_init_8u",
                                      "ovm_parallel_dispatch_next_8u"}));
  EXPECT_EQ(callees("model"), SmallVector<std::string>{"ovm_parallel"});
}

TEST_F(ParallelRuntimeCallsTest, StaticInitOfAnotherScheduleIsRefused) {
  EXPECT_EQ(retarget(outlinedModule("i32 1, ptr @region, ptr %captured", 35)),
            "a parallel loop of the compiled code calls "
            "__kmpc_for_static_init_8u with a schedule other than static "
            "(libomp's 34)");
}

TEST_F(ParallelRuntimeCallsTest, MonotonicDynamicScheduleIsRefused) {
  // Plain dynamic (35) and monotonic (1 << 29) schedules promise each
  // thread its iterations in increasing order; the runtime does not.
  for (int schedule : {35, 35 | (1 << 29)})
    EXPECT_EQ(retarget(balancedModule(schedule)),
              "a parallel loop of the compiled code calls "
              "__kmpc_dispatch_init_8u with a schedule other than "
              "nonmonotonic dynamic (libomp's 1073741859)");
}

TEST_F(ParallelRuntimeCallsTest, OtherOpenMPCallsAreRefused) {
  EXPECT_EQ(retarget(outlinedModule("i32 1, ptr @region, ptr %captured", 34,
                                    "declare void @__kmpc_critical(ptr, i32, "
                                    "ptr)\n")),
            "the compiled code calls libomp's __kmpc_critical, which "
            "ov-mlir's runtime does not provide");
}

} // namespace
