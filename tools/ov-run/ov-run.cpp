//===- ov-run.cpp - Run a model on .npy inputs ----------------------------===//
//
//   ov-run model.{onnx,xml,mlir,so} [--input NAME=file.npy ...]
//       [--shape NAME=[d0,d1,...]] [--seed S] [--output-dir DIR]
//       [--benchmark N] [--threads T] [--repeat K]
//
// An .onnx/.xml/.mlir model is compiled in process and run through LLVM's
// JIT; a .so made by `ovc --compile --shared` is loaded with dlopen. Either
// way the model runs through the C runtime (ovmlir_runtime.h), exactly as a
// linked program runs it. Inputs not given are random (seeded); every
// output is written as <output-dir>/<name>.npy. --repeat runs the model K
// times on one instance (models with state: each run sees the variables
// the previous runs assigned) and writes the last run's outputs.
//
//===----------------------------------------------------------------------===//

#include "Npy.h"

#include "ovmlir/Dialect/OV/Transforms/Passes.h"
#include "ovmlir/Frontends/IR/IRReader.h"
#include "ovmlir/Frontends/ONNX/ONNXImporter.h"
#include "ovmlir/InitAll.h"
#include "ovmlir/Target/ModelCompiler.h"
#include "ovmlir_runtime.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/ExecutionEngine/ExecutionEngine.h"
#include "mlir/ExecutionEngine/OptUtils.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Target/TargetMachine.h"

#include <algorithm>
#include <chrono>
#include <dlfcn.h>
#include <random>

using namespace mlir;
using namespace llvm;

namespace {
cl::OptionCategory category("ov-run options");
cl::opt<std::string> modelPath(cl::Positional, cl::Required,
                               cl::desc("<model: .onnx, .xml, .mlir or .so>"),
                               cl::cat(category));
cl::list<std::string>
    inputFiles("input",
               cl::desc("An input from a .npy file (repeat per input); "
                        "inputs not given get random data"),
               cl::value_desc("NAME=FILE.npy"), cl::cat(category));
cl::list<std::string>
    inputShapes("shape",
                cl::desc("The shape of a random input with dynamic "
                         "dimensions"),
                cl::value_desc("NAME=[d0,d1,...]"), cl::cat(category));
cl::opt<uint64_t> seed("seed", cl::desc("Seed of the random inputs"),
                       cl::init(0), cl::cat(category));
cl::opt<std::string>
    outputDir("output-dir",
              cl::desc("Where to write each output as <name>.npy "
                       "(created if missing); nothing is written without it"),
              cl::value_desc("DIR"), cl::cat(category));
cl::opt<unsigned> repeat(
    "repeat",
    cl::desc("Run the model K times on one instance with the same inputs "
             "and write the outputs of the last run (a model with state "
             "(ReadValue/Assign) carries its variables from run to run)"),
    cl::value_desc("K"), cl::init(1), cl::cat(category));
cl::opt<unsigned> benchmark(
    "benchmark",
    cl::desc("Run N timed iterations after a warm-up run and print the "
             "median, p90 and throughput"),
    cl::value_desc("N"), cl::init(0), cl::cat(category));
// LLVM registers a "threads" option of its own: ov-run's is spelled
// --threads on the command line and renamed before parsing.
constexpr StringLiteral kThreadsOption = "ovrun-threads";
cl::opt<unsigned>
    threads(StringRef(kThreadsOption),
            cl::desc("Threads per inference (the parallel loops' team size; 0: "
                     "OVM_NUM_THREADS, else OMP_NUM_THREADS, else every core)"),
            cl::value_desc("T"), cl::init(1), cl::Hidden, cl::cat(category));
cl::opt<std::string> weightsPath(
    "weights",
    cl::desc("The weights file of a .so compiled with --external_weights "
             "(default: the file the model names, beside the .so)"),
    cl::value_desc("FILE"), cl::cat(category));
cl::opt<std::string> entry("entry",
                           cl::desc("The descriptor symbol of a .so model "
                                    "(default: <file stem>_model)"),
                           cl::value_desc("SYMBOL"), cl::cat(category));

int fail(const Twine &message) {
  errs() << "ov-run: error: " << message << "\n";
  return 1;
}

/// A compiled model, JIT-compiled or loaded from a shared object.
struct LoadedModel {
  const ovm_compiled_model *compiled = nullptr;
  std::unique_ptr<mlir::ExecutionEngine> engine;
  void *library = nullptr;
  ~LoadedModel() {
    if (library)
      dlclose(library);
  }
};

OwningOpRef<ModuleOp> importModel(MLIRContext &context, SourceMgr &sourceMgr) {
  StringRef extension = sys::path::extension(modelPath);
  if (extension.equals_insensitive(".onnx"))
    return ov::importONNX(modelPath, &context);
  if (extension.equals_insensitive(".xml"))
    return ov::readOVIR(modelPath, &context);
  if (extension.equals_insensitive(".mlir"))
    return parseSourceFile<ModuleOp>(modelPath, sourceMgr, &context);
  fail("cannot read '" + modelPath +
       "': unsupported model format (.onnx, .xml, .mlir or .so)");
  return nullptr;
}

/// Compiles the model in process and JIT-links it.
bool jitModel(MLIRContext &context, LoadedModel &loaded) {
  SourceMgr sourceMgr;
  SourceMgrDiagnosticHandler diagnostics(sourceMgr, &context);
  OwningOpRef<ModuleOp> module = importModel(context, sourceMgr);
  if (!module)
    return false;
  mlir::PassManager pm(&context);
  pm.nest<func::FuncOp>().addPass(ov::createOVSimplify());
  if (failed(pm.run(*module)))
    return false;
  auto model = *module->getOps<func::FuncOp>().begin();
  FailureOr<ov::ModelSignature> signature = ov::getModelSignature(model);
  ov::CompileOptions options;
  options.symbolPrefix = "ovrun";
  if (failed(signature) ||
      failed(ov::lowerModelToLLVMDialect(*module, options)))
    return false;

  std::string error;
  std::unique_ptr<TargetMachine> machine =
      ov::createTargetMachine(options, error);
  if (!machine)
    return fail(error), false;
  auto optimize = makeOptimizingTransformer(options.optLevel, 0, machine.get());
  auto buildModule = [&](Operation *op, LLVMContext &llvmContext) {
    return ov::translateModelToLLVMIR(cast<ModuleOp>(op), llvmContext,
                                      *signature, options);
  };
  ExecutionEngineOptions engineOptions;
  engineOptions.llvmModuleBuilder = buildModule;
  engineOptions.transformer = optimize;
  engineOptions.jitCodeGenOptLevel = CodeGenOptLevel::Aggressive;
  auto engine =
      mlir::ExecutionEngine::create(*module, engineOptions, std::move(machine));
  if (!engine)
    return fail("JIT compilation failed: " + toString(engine.takeError())),
           false;
  loaded.engine = std::move(*engine);
  loaded.engine->initialize();
  auto descriptor = loaded.engine->lookup("ovrun_model");
  if (!descriptor)
    return fail("the JIT-compiled model has no descriptor: " +
                toString(descriptor.takeError())),
           false;
  loaded.compiled = static_cast<const ovm_compiled_model *>(*descriptor);
  return true;
}

bool loadLibrary(LoadedModel &loaded) {
  std::string path = modelPath;
  if (!sys::path::has_parent_path(path))
    path = "./" + path;
  loaded.library = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!loaded.library)
    return fail("cannot load '" + modelPath + "': " + dlerror()), false;
  std::string symbol = entry;
  if (symbol.empty())
    symbol = ov::makeSymbolPrefix(sys::path::stem(modelPath)) + "_model";
  loaded.compiled = static_cast<const ovm_compiled_model *>(
      dlsym(loaded.library, symbol.c_str()));
  if (!loaded.compiled)
    return fail("'" + modelPath + "' has no symbol '" + symbol +
                "' (--entry names another)"),
           false;
  return true;
}

std::string describeShape(ArrayRef<int64_t> shape) {
  std::string text = "[";
  for (auto [i, size] : llvm::enumerate(shape))
    text +=
        (i ? "," : "") + (size < 0 ? std::string("?") : std::to_string(size));
  return text + "]";
}

/// Parses "[1,3,224,224]" (brackets optional).
bool parseShape(StringRef text, std::vector<int64_t> &shape) {
  text = text.trim();
  text.consume_front("[");
  text.consume_back("]");
  SmallVector<StringRef> dims;
  text.split(dims, ',', -1, false);
  for (StringRef dim : dims) {
    int64_t size;
    if (dim.trim().getAsInteger(10, size) || size < 0)
      return false;
    shape.push_back(size);
  }
  return true;
}

/// Random data for `info`: floats in [-1, 1), integers in [0, 10), bools.
void fillRandom(ovrun::NpyArray &array, std::mt19937_64 &random) {
  size_t elements = 1;
  for (int64_t size : array.shape)
    elements *= size;
  size_t elementSize = ovm_element_size(array.elementType);
  array.data.resize(elements * elementSize);
  std::uniform_real_distribution<double> real(-1.0, 1.0);
  std::uniform_int_distribution<int> small(0, 9);
  char *out = array.data.data();
  for (size_t i = 0; i < elements; ++i, out += elementSize) {
    switch (array.elementType) {
    case OVM_F32: {
      float value = real(random);
      memcpy(out, &value, 4);
      break;
    }
    case OVM_F64: {
      double value = real(random);
      memcpy(out, &value, 8);
      break;
    }
    case OVM_F16:
    case OVM_BF16: {
      // A value in [-1, 1) with 8 fraction bits: exact in both formats.
      float value = std::round(real(random) * 256) / 256;
      uint32_t bits;
      memcpy(&bits, &value, 4);
      uint16_t half;
      if (array.elementType == OVM_BF16) {
        half = bits >> 16;
      } else if (value == 0) {
        half = (bits >> 16) & 0x8000;
      } else {
        int exponent = int((bits >> 23) & 0xff) - 127 + 15;
        half =
            ((bits >> 16) & 0x8000) | (exponent << 10) | ((bits >> 13) & 0x3ff);
      }
      memcpy(out, &half, 2);
      break;
    }
    case OVM_BOOL:
      *out = char(small(random) % 2);
      break;
    default: {
      int64_t value = small(random);
      memcpy(out, &value, elementSize); // little-endian: the low bytes
      break;
    }
    }
  }
}

/// A file name for an output: the tensor name with '/', '\\' and ':'
/// replaced (ONNX names often have them).
std::string outputFileName(StringRef name) {
  std::string file = name.str();
  for (char &c : file)
    if (c == '/' || c == '\\' || c == ':')
      c = '_';
  return file + ".npy";
}
} // namespace

int main(int argc, char **argv) {
  InitLLVM init(argc, argv);
  cl::HideUnrelatedOptions(category);
  std::vector<std::string> arguments(argv, argv + argc);
  for (std::string &argument : arguments)
    for (StringRef spelling : {"--threads", "-threads"})
      if (argument == spelling ||
          StringRef(argument).starts_with((spelling + "=").str()))
        argument =
            "--" + kThreadsOption.str() + argument.substr(spelling.size());
  std::vector<const char *> argumentPointers;
  for (const std::string &argument : arguments)
    argumentPointers.push_back(argument.c_str());
  cl::ParseCommandLineOptions(
      argc, argumentPointers.data(),
      "ov-run: run a model (compiled in process, or a .so from ovc "
      "--compile --shared) on .npy inputs\n\n"
      "  --threads=<T> sets the threads per inference (default 1; 0 for "
      "OVM_NUM_THREADS,\n  else OMP_NUM_THREADS, else every core)\n");

  DialectRegistry registry;
  ovmlir::registerAllDialects(registry);
  MLIRContext context(registry);
  context.printOpOnDiagnostic(false);
  LoadedModel loaded;
  bool ok = sys::path::extension(modelPath).equals_insensitive(".so")
                ? loadLibrary(loaded)
                : jitModel(context, loaded);
  if (!ok)
    return 1;
  ovm_model *model = nullptr;
  std::string weights = weightsPath;
  if (weights.empty() && loaded.compiled->weights_size > 0) {
    SmallString<256> path = sys::path::parent_path(modelPath);
    sys::path::append(path, loaded.compiled->weights_file);
    weights = std::string(path);
  }
  if (ovm_model_create_with_weights(loaded.compiled,
                                    weights.empty() ? nullptr : weights.c_str(),
                                    &model) != OVM_OK)
    return fail(Twine("cannot create the model instance: ") +
                ovm_last_create_error());
  llvm::scope_exit destroy([&] { ovm_model_destroy(model); });
  ovm_model_set_num_threads(model, static_cast<int32_t>(threads));

  // Inputs: from files, or random.
  StringMap<std::string> files;
  StringMap<std::vector<int64_t>> shapes;
  size_t numInputs = ovm_model_num_inputs(model);
  std::string known;
  for (size_t i = 0; i < numInputs; ++i)
    known += (i ? ", '" : "'") +
             std::string(ovm_model_input_info(model, i)->name) + "'";
  auto checkName = [&](StringRef name, StringRef option) {
    for (size_t i = 0; i < numInputs; ++i)
      if (name == ovm_model_input_info(model, i)->name)
        return true;
    fail("--" + option + " " + name + ": the model has no input '" + name +
         "' (inputs: " + known + ")");
    return false;
  };
  for (StringRef spec : inputFiles) {
    auto [name, file] = spec.rsplit('=');
    if (file.empty())
      return fail("--input " + spec + ": expected NAME=FILE.npy");
    if (!checkName(name, "input"))
      return 1;
    files[name] = file.str();
  }
  for (StringRef spec : inputShapes) {
    auto [name, shape] = spec.rsplit('=');
    if (!checkName(name, "shape"))
      return 1;
    if (!parseShape(shape, shapes[name]))
      return fail("--shape " + spec + ": expected NAME=[d0,d1,...]");
  }
  std::mt19937_64 random(seed);
  std::vector<ovrun::NpyArray> arrays(numInputs);
  std::vector<ovm_tensor> tensors(numInputs);
  for (size_t i = 0; i < numInputs; ++i) {
    const ovm_tensor_info *info = ovm_model_input_info(model, i);
    ovrun::NpyArray &array = arrays[i];
    auto file = files.find(info->name);
    if (file != files.end()) {
      std::string error;
      if (!ovrun::readNpy(file->second, array, error))
        return fail(error);
      // bf16 data comes as uint16 bit patterns (NumPy has no bfloat16).
      if (array.elementType == OVM_U16 && info->element_type == OVM_BF16)
        array.elementType = OVM_BF16;
      if (array.elementType != info->element_type)
        return fail("input '" + Twine(info->name) + "' from '" + file->second +
                    "' holds " + ovm_element_type_name(array.elementType) +
                    ", the model expects " +
                    ovm_element_type_name(info->element_type));
    } else {
      array.elementType = info->element_type;
      auto shape = shapes.find(info->name);
      if (shape != shapes.end()) {
        array.shape = shape->second;
      } else {
        array.shape.assign(info->shape, info->shape + info->rank);
        if (llvm::is_contained(array.shape, -1))
          return fail("input '" + Twine(info->name) + "' has the shape " +
                      describeShape(array.shape) +
                      ": give its data (--input) or its shape (--shape)");
      }
      fillRandom(array, random);
    }
    tensors[i] = {array.data.data(), array.elementType,
                  int32_t(array.shape.size()), array.shape.data()};
  }

  if (repeat == 0)
    return fail("--repeat 0: the model must run at least once");
  for (unsigned i = 0; i < repeat; ++i)
    if (ovm_model_run(model, tensors.data(), numInputs) != OVM_OK)
      return fail((repeat > 1 ? "run " + Twine(i + 1) + ": " : Twine()) +
                  ovm_model_last_error(model));

  // Outputs.
  if (!outputDir.empty()) {
    if (std::error_code ec = sys::fs::create_directories(outputDir))
      return fail("cannot create '" + outputDir + "': " + ec.message());
  }
  for (size_t i = 0, e = ovm_model_num_outputs(model); i < e; ++i) {
    ovm_tensor output;
    ovm_model_output(model, i, &output);
    const char *name = ovm_model_output_info(model, i)->name;
    ArrayRef<int64_t> shape(output.shape, output.rank);
    outs() << "output " << i << " '" << name
           << "': " << ovm_element_type_name(output.element_type) << " "
           << describeShape(shape);
    if (!outputDir.empty()) {
      SmallString<256> path(outputDir);
      sys::path::append(path, outputFileName(name));
      std::string error;
      if (!ovrun::writeNpy(path, output.element_type, shape, output.data,
                           error))
        return fail(error);
      outs() << " -> " << path;
    }
    outs() << "\n";
  }

  if (benchmark > 0) {
    std::vector<double> times;
    auto start = std::chrono::steady_clock::now();
    for (unsigned i = 0; i < benchmark; ++i) {
      auto begin = std::chrono::steady_clock::now();
      if (ovm_model_run(model, tensors.data(), numInputs) != OVM_OK)
        return fail(ovm_model_last_error(model));
      times.push_back(std::chrono::duration<double, std::milli>(
                          std::chrono::steady_clock::now() - begin)
                          .count());
    }
    double total =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
            .count();
    std::sort(times.begin(), times.end());
    auto percentile = [&](double p) {
      return times[std::min(times.size() - 1, size_t(p * times.size()))];
    };
    std::string team =
        threads == 0 ? "default threads" : std::to_string(threads) + " thread";
    if (threads > 1)
      team += "s";
    outs() << format("benchmark: %u runs, %s: median %.3f ms, p90 %.3f "
                     "ms, throughput %.1f inferences/s\n",
                     unsigned(benchmark), team.c_str(), percentile(0.5),
                     percentile(0.9), benchmark / total);
  }
  return 0;
}
