//===- ModelCompiler.h - A model in the OV dialect to native code -*- C++
//-*-===//
//
// Ahead-of-time compilation of a model (a module with one func.func in the
// OV dialect) for the CPU: lowering to the LLVM dialect, translation to LLVM
// IR with the C ABI of runtime/include/ovmlir_runtime.h (an entry point and
// an `ovm_compiled_model` descriptor named `<prefix>_model`), optimization
// and code generation in process through LLVM's TargetMachine.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_TARGET_MODELCOMPILER_H
#define OVMLIR_TARGET_MODELCOMPILER_H

#include "ovmlir/Conversion/CodegenTarget.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Support/LLVM.h"
#include "mlir/Support/Timing.h"
#include "llvm/Support/Error.h"

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace llvm {
class LLVMContext;
class Module;
class TargetMachine;
} // namespace llvm

namespace mlir {
class DialectRegistry;
namespace func {
class FuncOp;
} // namespace func
} // namespace mlir

namespace mlir::ov {
class MemoryReport;

/// One input or output as the C ABI describes it.
struct TensorSignature {
  std::string name;
  int32_t elementType = 0;    // an ovm_element_type
  std::vector<int64_t> shape; // -1 for a dynamic dimension
};

/// The model's inputs and outputs, in order.
struct ModelSignature {
  std::string modelName;
  std::vector<TensorSignature> inputs;
  std::vector<TensorSignature> outputs;
  /// With external weights: the size of the weights file the runtime maps
  /// and its name (beside the object file); 0 when weights are embedded.
  uint64_t weightsSize = 0;
  std::string weightsFile;
};

/// The contents of an external weights file: the bytes of the model's large
/// constants, each at its offset, zeros between them. The pieces reference
/// the constants' values (in the MLIR context that holds them), so the
/// weights are never joined in memory.
struct WeightsLayout {
  std::vector<std::pair<uint64_t, ArrayRef<char>>> pieces; // offset, bytes
  uint64_t size = 0;
};

struct CompileOptions {
  /// Prefix of the exported symbols (`<prefix>_model`); a C identifier.
  std::string symbolPrefix = "model";
  /// Target triple, CPU and features; empty means the host's.
  std::string targetTriple;
  std::string targetCPU;
  std::string targetFeatures;
  /// LLVM optimization level (0-3).
  unsigned optLevel = 3;
  /// Keep large constants in `<output>.weights`, mapped at run time,
  /// instead of embedding them in the object.
  bool externalWeights = false;
  /// Threads for LLVM's optimization and code generation: the module is
  /// cut into that many pieces (ParallelCodegen.h). 0: one per core when
  /// the model is large enough to gain from it.
  unsigned codegenThreads = 0;
  /// Also link `<output>.so` (linkSharedObject).
  bool sharedObject = false;
  /// Where the phases (each MLIR pass, LLVM optimization, code generation)
  /// record their time; null for no timing.
  TimingScope *timing = nullptr;
  /// Where the phases record the resident memory after them; null for none.
  MemoryReport *memory = nullptr;
};

/// Registers the LLVM IR translations the compiler needs.
void registerModelCompilerTranslations(DialectRegistry &registry);

/// The C identifier made of `text` (other characters become '_').
std::string makeSymbolPrefix(StringRef text);

/// Reads the signature of `model`; fails (with a located error) when an
/// input or output has no rank or an element type the ABI has no code for.
FailureOr<ModelSignature> getModelSignature(func::FuncOp model);

/// Lowers `module` (one model function in the OV dialect) to the LLVM
/// dialect in place; the function becomes `<prefix>_main` with a C
/// interface. An op without a lowering fails with its name and location.
/// With `options.externalWeights`, large constants move to `weights` (the
/// layout of the weights file) and the function takes them as its last
/// argument.
LogicalResult lowerModelToLLVMDialect(ModuleOp module,
                                      const CompileOptions &options,
                                      WeightsLayout *weights = nullptr);

/// On a bufferized module: replaces every large constant buffer by a view
/// into a new last argument of the model function (a byte buffer) and lays
/// the bytes out in `weights` (each 64-byte aligned). Returns the size of
/// the weights (0 when nothing moved, and then the function is unchanged).
FailureOr<uint64_t> externalizeWeights(ModuleOp module, WeightsLayout &weights);

/// Writes the weights file laid out by `weights` to `path` (through a
/// temporary file), piece by piece from the model's constants.
llvm::Error writeWeightsFile(StringRef path, const WeightsLayout &weights);

/// The target machine for `options` (host defaults), or null with `error`.
std::unique_ptr<llvm::TargetMachine>
createTargetMachine(const CompileOptions &options, std::string &error);

/// The vector registers the code generator tiles for on `machine`: x86 with
/// AVX-512 512 bits x 32, with AVX (AVX2) 256 x 16, else 128 x 16; AArch64
/// 128 x 32.
CodegenTarget codegenTargetOf(const llvm::TargetMachine &machine);

/// Translates a lowered module to LLVM IR and adds the ABI: the entry point
/// and the `<prefix>_model` descriptor for `signature`. Large constant
/// globals become flat byte arrays (their values leave `module`, which is
/// then only good for destruction).
std::unique_ptr<llvm::Module>
translateModelToLLVMIR(ModuleOp module, llvm::LLVMContext &llvmContext,
                       const ModelSignature &signature,
                       const CompileOptions &options);

/// Optimizes `llvmModule` for `machine` and writes an object file to
/// `path` (through a temporary file: nothing is left behind on failure).
/// With `timing`, optimization and code generation are timed in it.
LogicalResult emitObjectFile(llvm::Module &llvmModule,
                             llvm::TargetMachine &machine, StringRef path,
                             unsigned optLevel, std::string &error,
                             TimingScope *timing = nullptr);

/// The C header declaring the descriptor of a compiled model.
std::string generateModelHeader(const ModelSignature &signature,
                                const CompileOptions &options,
                                StringRef sourceName);

/// Lowers, translates and writes `<outputBase>.o` and `<outputBase>.h` (and
/// `<outputBase>.weights` with external weights, `<outputBase>.so` with
/// `options.sharedObject`). `module` is lowered in place, and emptied once
/// translated to LLVM IR: what the lowering made of the weights (packed
/// copies) does not stay in memory while LLVM generates code.
LogicalResult compileModel(ModuleOp module, const CompileOptions &options,
                           StringRef outputBase, StringRef sourceName);

/// Debian's lld (ld.lld-22, else ld.lld), if installed.
std::optional<std::string> findLinker();

/// Joins relocatable objects into one (`ld.lld -r`) at `outputPath`.
LogicalResult linkRelocatable(ArrayRef<std::string> objectPaths,
                              StringRef outputPath, std::string &error);

/// Links the object file `objectPath` into the shared object `sharedPath`
/// with Debian's lld; on failure nothing is left at `sharedPath`. `finish`,
/// if given, completes the linked file (its temporary path) before it
/// becomes `sharedPath`.
LogicalResult
linkSharedObject(StringRef objectPath, StringRef sharedPath, std::string &error,
                 llvm::function_ref<llvm::Error(StringRef)> finish = {});

} // namespace mlir::ov

#endif // OVMLIR_TARGET_MODELCOMPILER_H
