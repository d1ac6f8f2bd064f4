//===- ParallelCodegen.h - LLVM code generation on all cores ----*- C++ -*-===//
//
// LLVM optimizes and generates code for a module on one thread: most of a
// large model's compile time (DenseNet-121: 30 of 47 s) on one core. Cut
// into pieces, one per thread, the module compiles on all of them, and the
// pieces' objects are joined into the one relocatable object users link.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_LIB_TARGET_PARALLELCODEGEN_H
#define OVMLIR_LIB_TARGET_PARALLELCODEGEN_H

#include "ovmlir/Target/ModelCompiler.h"

#include "llvm/ADT/SmallVector.h"

namespace llvm {
class Module;
class TargetMachine;
} // namespace llvm

namespace mlir::ov {

/// Runs LLVM's optimization pipeline of `optLevel` on `module` for
/// `machine` (whose data layout and triple the module has).
LogicalResult optimizeModule(llvm::Module &module, llvm::TargetMachine &machine,
                             unsigned optLevel, std::string &error);

/// Generates the code of the optimized `module` for `machine` into
/// `object` (an object file in memory).
LogicalResult generateObjectInMemory(llvm::Module &module,
                                     llvm::TargetMachine &machine,
                                     llvm::SmallVectorImpl<char> &object,
                                     std::string &error);

/// How many pieces to compile `module` in for `requestedThreads` (0: one per
/// core, and 1 when the module is too small to gain from more): never more
/// than its functions, and 1 without a linker to join them.
unsigned countCodegenPieces(const llvm::Module &module,
                            unsigned requestedThreads);

/// Cuts `module` into `pieces` (each function in one, the largest first to
/// the smallest piece; each global variable with its first user; symbols
/// used across pieces become hidden globals named after the model's symbol
/// prefix), optimizes and compiles each on a thread of its own for the
/// target of `options`, and joins their objects with `ld.lld -r` into
/// `object`. `module` is left with declarations of its functions (their
/// code lives on in the pieces only). Temporary
/// files go beside `scratchPath`. With `timing`, the steps are timed in it.
LogicalResult generateObjectInPieces(llvm::Module &module,
                                     const CompileOptions &options,
                                     unsigned pieces, StringRef scratchPath,
                                     llvm::SmallVectorImpl<char> &object,
                                     std::string &error, TimingScope &timing);

} // namespace mlir::ov

#endif // OVMLIR_LIB_TARGET_PARALLELCODEGEN_H
