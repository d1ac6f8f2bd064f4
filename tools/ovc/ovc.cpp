//===- ovc.cpp - Convert a model to OpenVINO IR ---------------------------===//
//
// What OpenVINO's `ovc` does, with its option names and defaults:
//
//   ovc model.onnx [--output_model out.xml] [--compress_to_fp16 True|False]
//       [--input "x[1,3,224,224]{f32},..."] [--output "name,..."] [--verbose]
//       [--mean_values ...] [--scale_values ...] [--reverse_input_channels]
//       [--layout ...] [--source_layout ...] [--target_layout ...]
//       [--compile [--shared] [--target_cpu CPU] [--target_features F]
//       [--target_triple T]] [--timing]
//
// The model is read (by file type), inputs are reshaped and the graph cut
// as asked, shapes are inferred, constants folded, float weights compressed
// to f16 (by default), and model.xml + model.bin are written. With
// --compile, the model (with its f32 weights) is also compiled for the CPU
// to model.o + model.h (ovmlir_runtime.h's C ABI). Nothing is written when
// anything fails.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Dialect/OV/Transforms/ModelEditing.h"
#include "ovmlir/Dialect/OV/Transforms/Passes.h"
#include "ovmlir/Dialect/OV/Transforms/Preprocessing.h"
#include "ovmlir/Frontends/IR/IRReader.h"
#include "ovmlir/Frontends/IR/IRWriter.h"
#include "ovmlir/Frontends/ONNX/ONNXImporter.h"
#include "ovmlir/InitAll.h"
#include "ovmlir/Support/BlobMemory.h"
#include "ovmlir/Support/ResidentMemory.h"
#include "ovmlir/Target/ModelCompiler.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Support/Timing.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"

using namespace mlir;
using namespace llvm;

namespace {
cl::OptionCategory category("ovc options");

cl::opt<std::string> inputModel(cl::Positional, cl::Required,
                                cl::desc("<INPUT_MODEL: .onnx or .xml>"),
                                cl::cat(category));
cl::opt<std::string> outputModel(
    "output_model",
    cl::desc("Where to write the IR: a .xml path (the .bin goes beside it) "
             "or a directory. Default: <input name>.xml in the current "
             "directory"),
    cl::value_desc("PATH"), cl::cat(category));
cl::opt<std::string> compressToFP16(
    "compress_to_fp16",
    cl::desc("Store float weights as f16 (True, the default) or keep them "
             "(False)"),
    cl::value_desc("True|False"), cl::init("True"), cl::cat(category));
cl::opt<std::string> inputs(
    "input",
    cl::desc("Model inputs, comma-separated: name[d0,d1,...]{type}; a "
             "dimension is a number, ? or -1 (dynamic) or lo..hi. An inner "
             "tensor (or node:port, port:node) becomes a new input"),
    cl::value_desc("INPUTS"), cl::cat(category));
cl::opt<std::string> outputs(
    "output",
    cl::desc("Model outputs, comma-separated tensor names (or node:port, "
             "port:node); what they do not need is removed"),
    cl::value_desc("OUTPUTS"), cl::cat(category));
cl::OptionCategory preprocessing(
    "Preprocessing embedded in the model (OpenVINO's order: layout "
    "conversion, reverse channels, subtract mean, divide by scale)");
cl::opt<std::string> meanValues(
    "mean_values",
    cl::desc("Mean values per channel, for all inputs ([123,117,104]) or "
             "per input (data[123,117,104],...)"),
    cl::value_desc("VALUES"), cl::cat(preprocessing));
cl::opt<std::string>
    scaleValues("scale_values",
                cl::desc("Values to divide by, per channel, as --mean_values"),
                cl::value_desc("VALUES"), cl::cat(preprocessing));
cl::opt<bool> reverseInputChannels(
    "reverse_input_channels",
    cl::desc("Reverse the channel order of the inputs (RGB <-> BGR)"),
    cl::cat(preprocessing));
cl::opt<std::string>
    layout("layout",
           cl::desc("The inputs' layouts, for all (nchw) or per input "
                    "(data(nchw),...); recorded in the IR"),
           cl::value_desc("LAYOUT"), cl::cat(preprocessing));
cl::opt<std::string> sourceLayout("source_layout",
                                  cl::desc("The layouts the model expects"),
                                  cl::value_desc("LAYOUT"),
                                  cl::cat(preprocessing));
cl::opt<std::string> targetLayout(
    "target_layout",
    cl::desc("The layouts the user will feed (a Transpose is inserted)"),
    cl::value_desc("LAYOUT"), cl::cat(preprocessing));
cl::OptionCategory compilation("Compilation to native code");
cl::opt<bool> compile(
    "compile",
    cl::desc("Also compile the model for the CPU: <output>.o (code and "
             "weights) and <output>.h, to link with libovmlir_runtime.a"),
    cl::cat(compilation));
cl::opt<bool> externalWeights(
    "external_weights",
    cl::desc("With --compile, keep the weights in <output>.weights, "
             "memory-mapped when the model is loaded, instead of embedding "
             "them in the object (for large models)"),
    cl::cat(compilation));
cl::opt<bool> shared(
    "shared",
    cl::desc("With --compile, also link <output>.so (for dlopen and ov-run)"),
    cl::cat(compilation));
cl::opt<std::string>
    targetCPU("target_cpu",
              cl::desc("The CPU to generate code for (default: the host)"),
              cl::value_desc("CPU"), cl::cat(compilation));
cl::opt<std::string> targetFeatures(
    "target_features",
    cl::desc("LLVM target features (+avx2,-avx512f,...; default: the host's "
             "when --target_cpu is not given)"),
    cl::value_desc("FEATURES"), cl::cat(compilation));
cl::opt<std::string>
    targetTriple("target_triple",
                 cl::desc("The target triple (default: the host's)"),
                 cl::value_desc("TRIPLE"), cl::cat(compilation));
cl::opt<unsigned> compileThreads(
    "compile_threads",
    cl::desc("With --compile, threads for LLVM's optimization and code "
             "generation: the model's code is cut into that many pieces, "
             "joined into one object by ld.lld -r (default 0: one per core "
             "for models large enough to gain)"),
    cl::value_desc("N"), cl::init(0), cl::cat(compilation));
cl::opt<bool> verbose("verbose",
                      cl::desc("Print the passes run and their timing"),
                      cl::cat(category));
cl::opt<bool>
    timing("timing",
           cl::desc("Print the time each step takes (reading, every pass, LLVM "
                    "optimization and code generation, writing) when done"),
           cl::cat(category));
} // namespace

/// Reads the model by its file type.
static OwningOpRef<ModuleOp> readModel(MLIRContext &context) {
  StringRef extension = sys::path::extension(inputModel);
  if (extension.equals_insensitive(".onnx"))
    return ov::importONNX(inputModel, &context);
  if (extension.equals_insensitive(".xml"))
    return ov::readOVIR(inputModel, &context);
  errs() << "ovc: error: cannot read '" << inputModel
         << "': unsupported model format (ovc reads .onnx and OpenVINO IR "
            ".xml)\n";
  return nullptr;
}

/// The .xml path to write: --output_model (a file or a directory) or the
/// input's name in the current directory.
static std::string getOutputPath() {
  SmallString<256> path;
  StringRef stem = sys::path::stem(inputModel);
  if (outputModel.empty()) {
    path = stem;
  } else if (sys::fs::is_directory(outputModel)) {
    path = outputModel;
    sys::path::append(path, stem);
  } else {
    path = outputModel;
    sys::path::replace_extension(path, "");
  }
  path += ".xml";
  return std::string(path);
}

/// Removes the IR at `xmlPath` (when compiling fails after it was written).
static void removeWritten(StringRef xmlPath) {
  SmallString<256> path(xmlPath);
  sys::fs::remove(path);
  sys::path::replace_extension(path, ".bin");
  sys::fs::remove(path);
}

static std::optional<bool> parseBool(StringRef text) {
  if (text.equals_insensitive("true") || text == "1")
    return true;
  if (text.equals_insensitive("false") || text == "0")
    return false;
  return std::nullopt;
}

int main(int argc, char **argv) {
  InitLLVM init(argc, argv);
  cl::HideUnrelatedOptions({&category, &preprocessing, &compilation});
  cl::ParseCommandLineOptions(
      argc, argv,
      "ovc: convert a model (ONNX, OpenVINO IR) to OpenVINO IR (.xml/.bin)\n");
  if ((shared || externalWeights) && !compile) {
    errs() << "ovc: error: --" << (shared ? "shared" : "external_weights")
           << " needs --compile\n";
    return 1;
  }
  std::optional<bool> compress = parseBool(compressToFP16);
  if (!compress) {
    errs() << "ovc: error: --compress_to_fp16 takes True or False, got '"
           << compressToFP16 << "'\n";
    return 1;
  }
  std::string error;
  FailureOr<SmallVector<ov::InputSpec>> inputSpecs =
      ov::parseInputSpecs(inputs, error);
  if (failed(inputSpecs)) {
    errs() << "ovc: error: --input: " << error << "\n";
    return 1;
  }

  // What loading libLLVM and libMLIR and their static constructors brought
  // into memory is not needed again (it would stay resident through the
  // whole compilation).
  ov::releaseLibraryPages();

  DialectRegistry registry;
  ovmlir::registerAllDialects(registry);
  MLIRContext context(registry);
  // Errors name the model's tensors and nodes; do not dump the whole model.
  context.printOpOnDiagnostic(false);
  SourceMgr sourceMgr;
  SourceMgrDiagnosticHandler diagnostics(sourceMgr, &context);

  // One report for the whole run, printed when `timingManager` goes away.
  DefaultTimingManager timingManager;
  timingManager.setEnabled(verbose || timing);
  TimingScope rootTiming = timingManager.getRootScope();
  // Printed before the time report, when main returns.
  ov::MemoryReport memory;
  llvm::scope_exit printMemory([&] {
    if (timingManager.isEnabled())
      memory.print(errs());
  });
  TimingScope readTiming = rootTiming.nest("Read model");
  OwningOpRef<ModuleOp> module = readModel(context);
  if (!module)
    return 1;
  readTiming.stop();
  memory.record("Read model");
  auto model = *module->getOps<func::FuncOp>().begin();
  if (failed(ov::editModel(model, *inputSpecs, ov::parseOutputNames(outputs))))
    return 1;
  ov::PreprocessingOptions preprocess;
  preprocess.meanValues = meanValues;
  preprocess.scaleValues = scaleValues;
  preprocess.reverseInputChannels = reverseInputChannels;
  preprocess.layout = layout;
  preprocess.sourceLayout = sourceLayout;
  preprocess.targetLayout = targetLayout;
  if (failed(ov::applyPreprocessing(model, preprocess)))
    return 1;

  PassManager pm(&context);
  TimingScope simplifyTiming = rootTiming.nest("Simplify");
  if (timingManager.isEnabled())
    pm.enableTiming(simplifyTiming);
  pm.nest<func::FuncOp>().addPass(ov::createOVSimplify());
  pm.nest<func::FuncOp>().addPass(ov::createOVFuse());
  if (failed(pm.run(*module)) || failed(verify(*module)))
    return 1;
  simplifyTiming.stop();
  // The compiled code keeps the f32 weights: compression is for the IR.
  OwningOpRef<ModuleOp> toCompile;
  if (compile)
    toCompile = module->clone();
  llvm::StringSet<> blobsToCompile = ov::getBlobKeys(&context);
  if (*compress) {
    PassManager compressPm(&context);
    TimingScope compressTiming = rootTiming.nest("Compress to f16");
    if (timingManager.isEnabled())
      compressPm.enableTiming(compressTiming);
    compressPm.nest<func::FuncOp>().addPass(ov::createOVCompressFP16());
    if (failed(compressPm.run(*module)) || failed(verify(*module)))
      return 1;
  }

  std::string outputPath = getOutputPath();
  StringRef outputDir = sys::path::parent_path(outputPath);
  if (!outputDir.empty())
    if (std::error_code ec = sys::fs::create_directories(outputDir)) {
      errs() << "ovc: error: cannot create '" << outputDir
             << "': " << ec.message() << "\n";
      return 1;
    }
  // The IR first, while compiling has not brought LLVM's code generator
  // into memory: the weights read to write it are then in memory with
  // less else.
  TimingScope writeTiming = rootTiming.nest("Write IR");
  if (failed(ov::writeOVIR(*module, outputPath)))
    return 1;
  writeTiming.stop();
  memory.record("Write IR");
  if (toCompile) {
    // The weights read for the IR leave memory, and the IR's own (f16
    // copies) are freed: only the module to compile is left.
    module = nullptr;
    ov::freeBlobsExcept(&context, blobsToCompile);
    ov::releaseBlobPages(&context);
    memory.record("Release the IR");
    ov::CompileOptions options;
    StringRef base = StringRef(outputPath).drop_back(strlen(".xml"));
    options.symbolPrefix = ov::makeSymbolPrefix(sys::path::filename(base));
    options.targetCPU = targetCPU;
    options.targetFeatures = targetFeatures;
    options.targetTriple = targetTriple;
    options.externalWeights = externalWeights;
    options.sharedObject = shared;
    options.codegenThreads = compileThreads;
    TimingScope compileTiming = rootTiming.nest("Compile");
    if (timingManager.isEnabled()) {
      options.timing = &compileTiming;
      options.memory = &memory;
    }
    if (failed(ov::compileModel(*toCompile, options, base,
                                sys::path::filename(inputModel)))) {
      removeWritten(outputPath);
      return 1;
    }
    compileTiming.stop();
    if (verbose)
      errs() << "ovc: wrote " << base << ".o and " << base << ".h"
             << (shared ? " and " + base + ".so" : "") << "\n";
  }
  if (verbose)
    errs() << "ovc: wrote " << outputPath << "\n";
  return 0;
}
