//===- ModelCompiler.cpp - A model in the OV dialect to an object file ----===//

#include "ovmlir/Target/ModelCompiler.h"

#include "LargeConstants.h"
#include "ParallelCodegen.h"
#include "ovmlir/Conversion/Passes.h"
#include "ovmlir/Support/BlobMemory.h"
#include "ovmlir/Support/ResidentMemory.h"
#include "ovmlir/Target/ParallelRuntimeCalls.h"
#include "ovmlir_runtime.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/IR/BuiltinDialect.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Target/LLVMIR/Dialect/Builtin/BuiltinToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/LLVMIR/LLVMToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/OpenMP/OpenMPToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Export.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/Module.h"
#include "llvm/MC/MCSubtargetInfo.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/TargetParser/Host.h"

using namespace mlir;
using namespace mlir::ov;

void ov::registerModelCompilerTranslations(DialectRegistry &registry) {
  registerBuiltinDialectTranslation(registry);
  registerLLVMDialectTranslation(registry);
  // Thread tiles are OpenMP loops, outlined by the translation; their calls
  // into libomp then go to the runtime (ParallelRuntimeCalls.h).
  registerOpenMPDialectTranslation(registry);
}

std::string ov::makeSymbolPrefix(StringRef text) {
  std::string prefix;
  for (char c : text)
    prefix += llvm::isAlnum(c) ? c : '_';
  if (prefix.empty() || llvm::isDigit(prefix.front()))
    prefix.insert(prefix.begin(), '_');
  return prefix;
}

//===----------------------------------------------------------------------===//
// Lowering
//===----------------------------------------------------------------------===//

static FailureOr<func::FuncOp> getModelFunction(ModuleOp module) {
  auto functions = llvm::to_vector(module.getOps<func::FuncOp>());
  if (functions.size() != 1)
    return module.emitError("expected one model function, found ")
           << functions.size();
  return functions.front();
}

LogicalResult ov::lowerModelToLLVMDialect(ModuleOp module,
                                          const CompileOptions &options,
                                          WeightsLayout *weights) {
  FailureOr<func::FuncOp> model = getModelFunction(module);
  if (failed(model))
    return failure();
  MLIRContext *context = module.getContext();
  // The model's names are in the signature already; what stays is a plain
  // function with a C interface (`_mlir_ciface_<prefix>_main`).
  model->setSymName(options.symbolPrefix + "_main");
  for (unsigned i = 0, e = model->getNumArguments(); i < e; ++i)
    model->setArgAttrs(i, DictionaryAttr::get(context));
  for (unsigned i = 0, e = model->getNumResults(); i < e; ++i)
    model->setResultAttrs(i, DictionaryAttr::get(context));
  (*model)->setAttr(LLVM::LLVMDialect::getEmitCWrapperAttrName(),
                    UnitAttr::get(context));
  for (NamedAttribute attr : llvm::to_vector(module->getDiscardableAttrs()))
    if (attr.getName().strref().starts_with("ov."))
      module->removeAttr(attr.getName());

  std::string error;
  std::unique_ptr<llvm::TargetMachine> machine =
      createTargetMachine(options, error);
  if (!machine)
    return module.emitError(error);
  llvm::StringSet<> blobsBefore = getBlobKeys(context);
  PassManager toBuffers(context), toLLVM(context);
  CodegenTarget target = codegenTargetOf(*machine);
  buildLowerToBuffersPipeline(toBuffers, target);
  buildBuffersToLLVMPipeline(toLLVM, target);
  // Each half is a node of the timing report with its passes nested in it.
  TimingScope noTiming;
  TimingScope &timing = options.timing ? *options.timing : noTiming;
  TimingScope toBuffersTiming = timing.nest("Lower to buffers");
  if (options.timing)
    toBuffers.enableTiming(toBuffersTiming);
  // An op the lowering does not handle fails the conversion driver with
  // "failed to legalize operation 'ov.x'" at the op; say which node of the
  // model it is (its name location) and that compiling stopped there.
  bool rewording = false;
  ScopedDiagnosticHandler handler(context, [&](Diagnostic &diag) {
    StringRef prefix = "failed to legalize operation '";
    std::string text = diag.str();
    if (rewording || diag.getSeverity() != DiagnosticSeverity::Error ||
        !StringRef(text).starts_with(prefix))
      return failure();
    StringRef opName =
        StringRef(text).drop_front(prefix.size()).take_until([](char c) {
          return c == '\'';
        });
    std::string node;
    if (auto name = dyn_cast<NameLoc>(diag.getLocation()))
      node = " '" + name.getName().str() + "'";
    rewording = true;
    emitError(diag.getLocation())
        << "cannot compile node" << node << " (" << opName
        << "): the lowering to native code does not handle this op yet, or "
           "not with these attributes and shapes";
    rewording = false;
    return success();
  });
  if (failed(toBuffers.run(module)))
    return failure();
  toBuffersTiming.stop();
  // The weights are in their final form (transposed, packed): the
  // intermediate copies are freed, the final ones move out of the heap into
  // a file, and the pages of the originals read to make them leave resident
  // memory.
  freeBlobsExcept(context, blobsBefore, module);
  if (llvm::Error err = moveBlobsToFile(context, blobsBefore))
    return module.emitError(llvm::toString(std::move(err)));
  releaseBlobPages(context);
  if (options.externalWeights && weights) {
    TimingScope externalizing = timing.nest("Move weights out");
    if (failed(externalizeWeights(module, *weights)))
      return failure();
  }
  TimingScope toLLVMTiming = timing.nest("Lower buffers to LLVM dialect");
  if (options.timing)
    toLLVM.enableTiming(toLLVMTiming);
  return toLLVM.run(module);
}

//===----------------------------------------------------------------------===//
// LLVM IR with the ABI
//===----------------------------------------------------------------------===//

namespace {
/// Builds the ABI globals of ovmlir_runtime.h in an LLVM module.
class DescriptorBuilder {
public:
  DescriptorBuilder(llvm::Module &module, StringRef prefix)
      : module(module), context(module.getContext()), prefix(prefix.str()),
        ptrType(llvm::PointerType::getUnqual(context)),
        i32Type(llvm::Type::getInt32Ty(context)),
        // ovm_tensor_info: {name, element_type, rank, shape}
        tensorInfoType(llvm::StructType::get(
            context, {ptrType, i32Type, i32Type, ptrType})) {}

  llvm::Constant *string(StringRef text, StringRef name) {
    auto *init = llvm::ConstantDataArray::getString(context, text);
    return addGlobal(init, name);
  }

  llvm::Constant *tensorInfos(ArrayRef<TensorSignature> tensors,
                              StringRef kind) {
    SmallVector<llvm::Constant *> infos;
    for (auto [index, tensor] : llvm::enumerate(tensors)) {
      std::string base = (kind + "_" + Twine(index)).str();
      llvm::Constant *shape = llvm::ConstantPointerNull::get(ptrType);
      if (!tensor.shape.empty())
        shape = addGlobal(
            llvm::ConstantDataArray::get(context, ArrayRef(tensor.shape)),
            base + "_shape");
      infos.push_back(llvm::ConstantStruct::get(
          tensorInfoType,
          {string(tensor.name, base + "_name"),
           llvm::ConstantInt::get(i32Type, tensor.elementType),
           llvm::ConstantInt::get(i32Type, tensor.shape.size()), shape}));
    }
    if (infos.empty())
      return llvm::ConstantPointerNull::get(ptrType);
    auto *arrayType = llvm::ArrayType::get(tensorInfoType, infos.size());
    return addGlobal(llvm::ConstantArray::get(arrayType, infos), kind);
  }

  /// The exported `<prefix>_model` (an ovm_compiled_model). `weightsBlock`
  /// (or null, with `weightsBlockBytes` 0) holds the embedded weights,
  /// `weightsBlockBytes` of them.
  void descriptor(const ModelSignature &signature, llvm::Function *entry,
                  llvm::GlobalVariable *weightsBlock,
                  uint64_t weightsBlockBytes) {
    auto *i64Type = llvm::Type::getInt64Ty(context);
    auto *type = llvm::StructType::get(
        context, {i32Type, i32Type, i32Type, i32Type, ptrType, ptrType, ptrType,
                  ptrType, i64Type, ptrType, ptrType, i64Type});
    llvm::Constant *weightsFile =
        signature.weightsSize ? string(signature.weightsFile, "weights_file")
                              : llvm::ConstantPointerNull::get(ptrType);
    llvm::Constant *block = weightsBlock
                                ? static_cast<llvm::Constant *>(weightsBlock)
                                : llvm::ConstantPointerNull::get(ptrType);
    auto *init = llvm::ConstantStruct::get(
        type,
        {llvm::ConstantInt::get(i32Type, OVM_ABI_VERSION),
         llvm::ConstantInt::get(i32Type, signature.inputs.size()),
         llvm::ConstantInt::get(i32Type, signature.outputs.size()),
         llvm::ConstantInt::get(i32Type, 0),
         string(signature.modelName, "model_name"),
         tensorInfos(signature.inputs, "inputs"),
         tensorInfos(signature.outputs, "outputs"), entry,
         llvm::ConstantInt::get(i64Type, signature.weightsSize), weightsFile,
         block, llvm::ConstantInt::get(i64Type, weightsBlockBytes)});
    new llvm::GlobalVariable(module, type, /*isConstant=*/true,
                             llvm::GlobalValue::ExternalLinkage, init,
                             prefix + "_model");
  }

private:
  llvm::Constant *addGlobal(llvm::Constant *init, StringRef name) {
    auto *global = new llvm::GlobalVariable(
        module, init->getType(), /*isConstant=*/true,
        llvm::GlobalValue::PrivateLinkage, init, prefix + "_" + name);
    global->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
    return global;
  }

  llvm::Module &module;
  llvm::LLVMContext &context;
  std::string prefix;
  llvm::PointerType *ptrType;
  llvm::IntegerType *i32Type;
  llvm::StructType *tensorInfoType;
};
} // namespace

/// `void <prefix>_entry(void **inputs, void *results)`: calls the C
/// interface of the model function with each input's descriptor (and the
/// weights buffer's, which the runtime passes after the inputs).
static llvm::Function *buildEntryPoint(llvm::Module &module,
                                       llvm::Function &cInterface,
                                       size_t numInputs, StringRef prefix) {
  llvm::LLVMContext &context = module.getContext();
  auto *ptrType = llvm::PointerType::getUnqual(context);
  auto *type = llvm::FunctionType::get(llvm::Type::getVoidTy(context),
                                       {ptrType, ptrType}, false);
  auto *entry = llvm::Function::Create(type, llvm::GlobalValue::InternalLinkage,
                                       prefix + "_entry", module);
  llvm::IRBuilder<> builder(llvm::BasicBlock::Create(context, "", entry));
  SmallVector<llvm::Value *> arguments{entry->getArg(1)};
  for (size_t i = 0; i < numInputs; ++i) {
    llvm::Value *slot =
        builder.CreateConstGEP1_64(ptrType, entry->getArg(0), i);
    arguments.push_back(builder.CreateLoad(ptrType, slot));
  }
  builder.CreateCall(&cInterface, arguments);
  builder.CreateRetVoid();
  return entry;
}

/// Constant globals from this size on become flat byte arrays in LLVM IR.
static constexpr int64_t kMinFlatConstantBytes = 256;

/// translateModelToLLVMIR. With `sectionWeights` (for an ELF64
/// little-endian object file), the weights get a section of their own that
/// is filled when the object is written, and stay in `*sectionWeights`.
static std::unique_ptr<llvm::Module>
translate(ModuleOp module, llvm::LLVMContext &llvmContext,
          const ModelSignature &signature, const CompileOptions &options,
          std::optional<DetachedConstants> *sectionWeights) {
  // The weights skip MLIR's constant translation (LargeConstants.h).
  DetachedConstants weights(module, kMinFlatConstantBytes);
  std::unique_ptr<llvm::Module> llvmModule =
      translateModuleToLLVMIR(module, llvmContext, signature.modelName);
  if (!llvmModule)
    return nullptr;
  if (llvm::Error error = retargetParallelRuntimeCalls(*llvmModule)) {
    module.emitError("cannot compile the model's parallel loops: ")
        << llvm::toString(std::move(error));
    return nullptr;
  }
  std::string weightsBlockName = options.symbolPrefix + "_weights";
  if (sectionWeights && weights.attachAsSection(*llvmModule, weightsBlockName))
    *sectionWeights = std::move(weights);
  else
    weights.attach(*llvmModule);
  std::string cInterfaceName = "_mlir_ciface_" + options.symbolPrefix + "_main";
  llvm::Function *cInterface = llvmModule->getFunction(cInterfaceName);
  // Results come back through a pointer (first argument), then one
  // descriptor pointer per input, then the weights buffer's if external.
  size_t numArguments =
      signature.inputs.size() + (signature.weightsSize ? 1 : 0);
  if (!cInterface || cInterface->arg_size() != numArguments + 1) {
    module.emitError("the lowered model has no C interface '")
        << cInterfaceName << "' taking results and " << numArguments
        << " buffers";
    return nullptr;
  }
  // Only the descriptor is exported: several models link into one program.
  for (llvm::Function &function : *llvmModule)
    if (!function.isDeclaration())
      function.setLinkage(llvm::GlobalValue::InternalLinkage);
  llvm::Function *entry = buildEntryPoint(*llvmModule, *cInterface,
                                          numArguments, options.symbolPrefix);
  // The embedded weights' block, for the runtime to put on huge pages.
  llvm::GlobalVariable *weightsBlock =
      sectionWeights && *sectionWeights
          ? llvmModule->getGlobalVariable(weightsBlockName,
                                          /*AllowInternal=*/true)
          : nullptr;
  DescriptorBuilder(*llvmModule, options.symbolPrefix)
      .descriptor(signature, entry, weightsBlock,
                  weightsBlock ? (*sectionWeights)->sectionBytes() : 0);
  return llvmModule;
}

std::unique_ptr<llvm::Module>
ov::translateModelToLLVMIR(ModuleOp module, llvm::LLVMContext &llvmContext,
                           const ModelSignature &signature,
                           const CompileOptions &options) {
  return translate(module, llvmContext, signature, options, nullptr);
}

//===----------------------------------------------------------------------===//
// Code generation
//===----------------------------------------------------------------------===//

/// Loops start on a cache line (x86's default is 16 bytes). The same
/// kernel's speed otherwise depends on where the linker happens to put it:
/// ResNet-50's 1x1 layer1 layers ran 30% slower after an unrelated change
/// moved the code before them (an EPYC, whose op cache works in 64-byte
/// windows); with 64-byte loops both versions ran at the faster speed
/// (ResNet-50 -2.3% / -3.2% on 1 / 2 threads, MobileNetV2 0 / -1.3%,
/// EfficientNet-B0 and the MatMul within 1.3%). 32 bytes was in between.
constexpr unsigned kLoopAlignmentBytes = 64;

std::unique_ptr<llvm::TargetMachine>
ov::createTargetMachine(const CompileOptions &options, std::string &error) {
  llvm::InitializeAllTargetInfos();
  llvm::InitializeAllTargets();
  llvm::InitializeAllTargetMCs();
  llvm::InitializeAllAsmPrinters();
  llvm::Triple triple(options.targetTriple.empty()
                          ? llvm::sys::getProcessTriple()
                          : options.targetTriple);
  const llvm::Target *target =
      llvm::TargetRegistry::lookupTarget(triple, error);
  if (!target)
    return nullptr;
  bool host = options.targetTriple.empty();
  std::string cpu = options.targetCPU;
  if (cpu.empty())
    cpu = host ? llvm::sys::getHostCPUName().str() : "generic";
  std::string features = options.targetFeatures;
  if (features.empty() && host && options.targetCPU.empty()) {
    SmallVector<std::string> list;
    for (const auto &feature : llvm::sys::getHostCPUFeatures())
      list.push_back((feature.second ? "+" : "-") + feature.first().str());
    llvm::sort(list);
    features = llvm::join(list, ",");
  }
  llvm::CodeGenOptLevel level = options.optLevel == 0
                                    ? llvm::CodeGenOptLevel::None
                                    : llvm::CodeGenOptLevel::Aggressive;
  llvm::TargetOptions targetOptions;
  targetOptions.LoopAlignment = kLoopAlignmentBytes;
  std::unique_ptr<llvm::TargetMachine> machine(
      target->createTargetMachine(triple, cpu, features, targetOptions,
                                  llvm::Reloc::PIC_, std::nullopt, level));
  if (!machine)
    error = "cannot create a target machine for '" + triple.str() + "' (cpu '" +
            cpu + "')";
  return machine;
}

CodegenTarget ov::codegenTargetOf(const llvm::TargetMachine &machine) {
  const llvm::Triple &triple = machine.getTargetTriple();
  if (triple.isAArch64())
    return {128, 32};
  if (!triple.isX86())
    return {128, 16};
  // The CPU's features with those given on top (-mcpu=skylake-avx512 has
  // AVX-512 without a feature string).
  const llvm::MCSubtargetInfo *subtarget = machine.getMCSubtargetInfo();
  if (subtarget->checkFeatures("+avx512f"))
    return {512, 32};
  if (subtarget->checkFeatures("+avx"))
    return {256, 16};
  return {128, 16};
}

/// Writes `contents` to `path` through a temporary file that is renamed:
/// never half a file.
static llvm::Error writeFile(StringRef path, StringRef contents) {
  return llvm::writeToOutput(path, [&](llvm::raw_ostream &os) {
    os << contents;
    return llvm::Error::success();
  });
}

/// Links `sharedPath` from the code of `object` (the weights section left
/// empty) and writes the weights into it afterwards, so that the linker
/// neither reads them from its input nor writes them to its output (twice
/// the weights in its memory). When the linker did not leave their place in
/// the file, the complete object at `objectPath` is linked instead.
static LogicalResult linkWithWeights(const DetachedConstants &weights,
                                     MutableArrayRef<char> object,
                                     StringRef objectPath, StringRef sharedPath,
                                     StringRef blockName, std::string &error) {
  int fd;
  SmallString<256> codePath;
  if (std::error_code ec = llvm::sys::fs::createUniqueFile(
          objectPath + "-%%%%%%.code.o", fd, codePath)) {
    error = "cannot create a temporary object file: " + ec.message();
    return failure();
  }
  llvm::scope_exit removing([&] { llvm::sys::fs::remove(codePath); });
  {
    llvm::raw_fd_ostream os(fd, /*shouldClose=*/true);
    if (llvm::Error err = weights.writeCodeObject(object, os)) {
      error = llvm::toString(std::move(err));
      return failure();
    }
    os.close();
    if (os.has_error()) {
      error = "cannot write '" + codePath.str().str() +
              "': " + os.error().message();
      os.clear_error();
      return failure();
    }
  }
  bool unfilled = false;
  auto fill = [&](StringRef linked) {
    llvm::Error err = weights.fillSharedObject(linked, blockName);
    unfilled = static_cast<bool>(err);
    return err;
  };
  if (succeeded(linkSharedObject(codePath, sharedPath, error, fill)))
    return success();
  if (!unfilled)
    return failure();
  // The linker's layout was not the expected one: link everything.
  error.clear();
  return linkSharedObject(objectPath, sharedPath, error);
}

/// Generates the code of the optimized `llvmModule` straight into a
/// temporary file beside `path`, renamed once complete: the object (mostly
/// weights, when they are in the module) is not held in memory once more,
/// and there is never half a file at `path`.
static LogicalResult generateObjectFile(llvm::Module &llvmModule,
                                        llvm::TargetMachine &machine,
                                        StringRef path, std::string &error,
                                        TimingScope &parent) {
  TimingScope generating = parent.nest("Generate machine code");
  llvm::Expected<llvm::sys::fs::TempFile> temporary =
      llvm::sys::fs::TempFile::create(path + "-%%%%%%.tmp");
  if (!temporary) {
    error = "cannot write '" + path.str() +
            "': " + llvm::toString(temporary.takeError());
    return failure();
  }
  auto discard = [&](std::string message) {
    error = std::move(message);
    llvm::consumeError(temporary->discard());
    return failure();
  };
  {
    llvm::raw_fd_ostream stream(temporary->FD, /*shouldClose=*/false);
    llvm::legacy::PassManager passes;
    if (machine.addPassesToEmitFile(passes, stream, nullptr,
                                    llvm::CodeGenFileType::ObjectFile))
      return discard("the target cannot emit object files");
    passes.run(llvmModule);
    stream.flush();
    if (stream.has_error()) {
      std::string message = stream.error().message();
      stream.clear_error();
      return discard("cannot write '" + path.str() + "': " + message);
    }
  }
  generating.stop();
  if (llvm::Error err = temporary->keep(path)) {
    error =
        "cannot write '" + path.str() + "': " + llvm::toString(std::move(err));
    return failure();
  }
  return success();
}

/// Writes `object` to `path` (through a temporary file); with
/// `sectionWeights`, with the weights in their section.
static LogicalResult writeObject(MutableArrayRef<char> object, StringRef path,
                                 const DetachedConstants *sectionWeights,
                                 std::string &error) {
  if (llvm::Error err =
          llvm::writeToOutput(path, [&](llvm::raw_ostream &os) -> llvm::Error {
            if (sectionWeights)
              return sectionWeights->writeELFObject(object, os);
            os.write(object.data(), object.size());
            return llvm::Error::success();
          })) {
    error =
        "cannot write '" + path.str() + "': " + llvm::toString(std::move(err));
    return failure();
  }
  return success();
}

/// emitObjectFile for `options` (its target, optimization level and
/// threads); with `sectionWeights`, the weights section is filled (and the
/// object without them kept in `codeObject`).
static LogicalResult emitObject(llvm::Module &llvmModule,
                                llvm::TargetMachine &machine,
                                const CompileOptions &options, StringRef path,
                                std::string &error,
                                const DetachedConstants *sectionWeights,
                                SmallVectorImpl<char> *codeObject = nullptr) {
  TimingScope noTiming;
  TimingScope &parent = options.timing ? *options.timing : noTiming;
  llvmModule.setDataLayout(machine.createDataLayout());
  llvmModule.setTargetTriple(machine.getTargetTriple());
  // (The pieces are joined by ld.lld -r, which links ELF objects.)
  unsigned pieces = machine.getTargetTriple().isOSBinFormatELF()
                        ? countCodegenPieces(llvmModule, options.codegenThreads)
                        : 1;
  SmallString<0> object;
  if (pieces > 1) {
    if (failed(generateObjectInPieces(llvmModule, options, pieces, path, object,
                                      error, parent)))
      return failure();
  } else {
    TimingScope optimizing = parent.nest("Optimize LLVM IR");
    if (failed(optimizeModule(llvmModule, machine, options.optLevel, error)))
      return failure();
    optimizing.stop();
    if (!sectionWeights)
      return generateObjectFile(llvmModule, machine, path, error, parent);
    TimingScope generating = parent.nest("Generate machine code");
    // Code only (the weights section is empty until written): in memory.
    if (failed(generateObjectInMemory(llvmModule, machine, object, error)))
      return failure();
  }
  TimingScope writing = parent.nest("Write object file");
  // (writeELFObject changes the section headers.)
  if (codeObject)
    codeObject->assign(object.begin(), object.end());
  return writeObject(object, path, sectionWeights, error);
}

LogicalResult ov::emitObjectFile(llvm::Module &llvmModule,
                                 llvm::TargetMachine &machine, StringRef path,
                                 unsigned optLevel, std::string &error,
                                 TimingScope *timing) {
  CompileOptions options;
  options.optLevel = optLevel;
  options.codegenThreads = 1;
  options.timing = timing;
  return emitObject(llvmModule, machine, options, path, error, nullptr);
}

/// Once `module` is translated to LLVM IR (and its weights are in LLVM IR
/// or a file): empties it and lets go of what it held, so that LLVM
/// generates code without the weights in memory. The blobs that did not
/// exist before the lowering (`blobsBefore`: transposed, packed copies of
/// weights) are freed; the pages of the weights in mapped files (the
/// model's) leave resident memory.
static void releaseLoweredModule(ModuleOp module,
                                 const llvm::StringSet<> &blobsBefore) {
  for (Operation &op : llvm::make_early_inc_range(*module.getBody()))
    op.erase();
  freeBlobsExcept(module.getContext(), blobsBefore);
  releaseBlobPages(module.getContext());
}

/// Whether the weights can be written into the object file's section
/// (DetachedConstants::writeELFObject).
static bool canWriteWeightsSection(const llvm::TargetMachine &machine) {
  const llvm::Triple &triple = machine.getTargetTriple();
  return triple.isOSBinFormatELF() && triple.isArch64Bit() &&
         triple.isLittleEndian() && llvm::sys::IsLittleEndianHost;
}

LogicalResult ov::compileModel(ModuleOp module, const CompileOptions &options,
                               StringRef outputBase, StringRef sourceName) {
  FailureOr<func::FuncOp> model = getModelFunction(module);
  if (failed(model))
    return failure();
  FailureOr<ModelSignature> signature = getModelSignature(*model);
  llvm::StringSet<> blobsBefore = getBlobKeys(module.getContext());
  WeightsLayout weights;
  if (failed(signature) ||
      failed(lowerModelToLLVMDialect(module, options, &weights)))
    return failure();
  std::string weightsPath = (outputBase + ".weights").str();
  if (weights.size) {
    signature->weightsSize = weights.size;
    signature->weightsFile = llvm::sys::path::filename(weightsPath).str();
  }
  auto record = [&](StringRef step) {
    if (options.memory)
      options.memory->record(step);
  };
  record("Lower to LLVM dialect");
  std::string error;
  std::unique_ptr<llvm::TargetMachine> machine =
      createTargetMachine(options, error);
  if (!machine)
    return module.emitError(error);
  llvm::LLVMContext llvmContext;
  TimingScope noTiming;
  TimingScope &timing = options.timing ? *options.timing : noTiming;
  TimingScope translating = timing.nest("Translate to LLVM IR");
  std::optional<DetachedConstants> sectionWeights;
  std::unique_ptr<llvm::Module> llvmModule =
      translate(module, llvmContext, *signature, options,
                canWriteWeightsSection(*machine) ? &sectionWeights : nullptr);
  if (!llvmModule)
    return failure();
  translating.stop();
  record("Translate to LLVM IR");
  std::string objectPath = (outputBase + ".o").str();
  if (sectionWeights)
    if (llvm::Error err = sectionWeights->moveToFile(objectPath))
      return module.emitError("cannot write '")
             << objectPath << "': " << llvm::toString(std::move(err));
  if (!weights.size)
    releaseLoweredModule(module, blobsBefore);
  // The lowering's and translation's library code is done with; LLVM's
  // code generator brings back what it runs.
  releaseLibraryPages();
  record("Release the lowered module");
  SmallString<0> codeObject;
  if (failed(emitObject(*llvmModule, *machine, options, objectPath, error,
                        sectionWeights ? &*sectionWeights : nullptr,
                        &codeObject)))
    return module.emitError(error);
  record("Generate and write object file");
  if (weights.size)
    if (llvm::Error err = writeWeightsFile(weightsPath, weights)) {
      llvm::sys::fs::remove(objectPath);
      return module.emitError("cannot write '")
             << weightsPath << "': " << llvm::toString(std::move(err));
    }
  std::string headerPath = (outputBase + ".h").str();
  std::string header = generateModelHeader(*signature, options, sourceName);
  if (llvm::Error err = writeFile(headerPath, header)) {
    llvm::sys::fs::remove(objectPath);
    llvm::sys::fs::remove(weightsPath);
    return module.emitError("cannot write '")
           << headerPath << "': " << llvm::toString(std::move(err));
  }
  if (!options.sharedObject)
    return success();
  llvm::scope_exit recordLink([&] { record("Link shared object"); });
  TimingScope linking = timing.nest("Link shared object");
  std::string sharedPath = (outputBase + ".so").str();
  if (failed(sectionWeights
                 ? linkWithWeights(*sectionWeights, codeObject, objectPath,
                                   sharedPath,
                                   options.symbolPrefix + "_weights", error)
                 : linkSharedObject(objectPath, sharedPath, error))) {
    for (StringRef path :
         {StringRef(objectPath), StringRef(weightsPath), StringRef(headerPath)})
      llvm::sys::fs::remove(path);
    return module.emitError(error);
  }
  return success();
}
