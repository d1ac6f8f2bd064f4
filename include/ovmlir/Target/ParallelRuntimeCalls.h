//===- ParallelRuntimeCalls.h - Parallel regions on the runtime's teams ---===//
//
// LLVM's OpenMP translation outlines each parallel region of a lowered model
// and calls libomp to run it (__kmpc_fork_call, the static-schedule entry
// points). Compiled models run their regions on the thread teams of ov-mlir's
// runtime instead (runtime/src/parallel.c): a fork and join there costs one
// cache line each way, about half of libomp's, and programs link no OpenMP
// runtime.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_TARGET_PARALLELRUNTIMECALLS_H
#define OVMLIR_TARGET_PARALLELRUNTIMECALLS_H

#include "llvm/Support/Error.h"

namespace llvm {
class Module;
} // namespace llvm

namespace mlir::ov {

/// Turns `module`'s calls into libomp into calls of the runtime's
/// ovm_parallel* functions: a fork of a region with its captured values (one
/// structure, as LLVM outlines them) becomes ovm_parallel(region, captured);
/// the thread index, the static loop schedule and barriers keep their
/// arguments; the end of a static loop is dropped. Fails, naming it, on an
/// OpenMP entry point or schedule the runtime does not provide.
llvm::Error retargetParallelRuntimeCalls(llvm::Module &module);

} // namespace mlir::ov

#endif // OVMLIR_TARGET_PARALLELRUNTIMECALLS_H
