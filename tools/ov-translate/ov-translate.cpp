//===- ov-translate.cpp - Convert between model formats and MLIR ----------===//
//
//   ov-translate --import-ov-ir model.xml [--weights model.bin] [-o out.mlir]
//   ov-translate --export-ov-ir in.mlir -o out.xml     (writes out.bin too)
//   ov-translate --ov-ir-to-ov-ir model.xml -o out.xml (read, verify, write)
//   ov-translate --import-onnx model.onnx [-o out.mlir]
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Frontends/IR/IRReader.h"
#include "ovmlir/Frontends/IR/IRWriter.h"
#include "ovmlir/Frontends/ONNX/ONNXImporter.h"
#include "ovmlir/InitAll.h"

#include "mlir/IR/AsmState.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/OperationSupport.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Support/FileUtilities.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/ToolOutputFile.h"

using namespace mlir;
using namespace llvm;

namespace {
enum class Action { ImportOVIR, ExportOVIR, OVIRToOVIR, ImportONNX };

cl::opt<Action> action(
    cl::desc("Translation:"), cl::Required,
    cl::values(clEnumValN(Action::ImportOVIR, "import-ov-ir",
                          "OpenVINO IR (.xml + .bin) to the OV dialect"),
               clEnumValN(Action::ExportOVIR, "export-ov-ir",
                          "the OV dialect to OpenVINO IR (.xml + .bin)"),
               clEnumValN(Action::OVIRToOVIR, "ov-ir-to-ov-ir",
                          "read OpenVINO IR and write it again, in process "
                          "(weights stay mapped)"),
               clEnumValN(Action::ImportONNX, "import-onnx",
                          "an ONNX model (.onnx, external data beside it) "
                          "to the OV dialect")));
cl::opt<std::string> inputFile(cl::Positional, cl::desc("<input file>"),
                               cl::Required);
cl::opt<std::string> outputFile("o", cl::desc("Output file"),
                                cl::value_desc("filename"), cl::init("-"));
cl::opt<std::string>
    weightsFile("weights",
                cl::desc("Weights (.bin) of --import-ov-ir (default: the "
                         ".bin beside the .xml)"),
                cl::value_desc("filename"));
} // namespace

/// Prints an imported module (null: the import failed and said why).
static int printModule(OwningOpRef<ModuleOp> module) {
  if (!module || failed(verify(*module)))
    return 1;
  std::string error;
  auto output = openOutputFile(outputFile, &error);
  if (!output) {
    errs() << error << "\n";
    return 1;
  }
  // Layer names are locations: print them, the model needs them.
  OpPrintingFlags flags;
  flags.enableDebugInfo(/*enable=*/true, /*prettyForm=*/false);
  module->print(output->os(), flags);
  output->keep();
  return 0;
}

/// The output of --export-ov-ir and --ov-ir-to-ov-ir must be a named .xml.
static bool checkIROutput() {
  if (outputFile != "-")
    return true;
  errs() << "writing OpenVINO IR needs -o <file.xml> (the .bin goes beside "
            "it)\n";
  return false;
}

static int importOVIR(MLIRContext &context) {
  ov::IRReaderOptions options;
  options.weightsPath = weightsFile;
  return printModule(ov::readOVIR(inputFile, &context, options));
}

static int importONNX(MLIRContext &context) {
  return printModule(ov::importONNX(inputFile, &context));
}

static int convertOVIR(MLIRContext &context) {
  if (!checkIROutput())
    return 1;
  ov::IRReaderOptions options;
  options.weightsPath = weightsFile;
  OwningOpRef<ModuleOp> module = ov::readOVIR(inputFile, &context, options);
  if (!module || failed(verify(*module)))
    return 1;
  return failed(ov::writeOVIR(*module, outputFile)) ? 1 : 0;
}

static int exportOVIR(MLIRContext &context) {
  if (!checkIROutput())
    return 1;
  SourceMgr sourceMgr;
  std::string error;
  auto input = openInputFile(inputFile, &error);
  if (!input) {
    errs() << error << "\n";
    return 1;
  }
  sourceMgr.AddNewSourceBuffer(std::move(input), SMLoc());
  OwningOpRef<ModuleOp> module = parseSourceFile<ModuleOp>(sourceMgr, &context);
  if (!module || failed(verify(*module)))
    return 1;
  return failed(ov::writeOVIR(*module, outputFile)) ? 1 : 0;
}

int main(int argc, char **argv) {
  InitLLVM init(argc, argv);
  registerAsmPrinterCLOptions();
  registerMLIRContextCLOptions();
  cl::ParseCommandLineOptions(argc, argv, "ov-mlir model format translator\n");
  DialectRegistry registry;
  ovmlir::registerAllDialects(registry);
  MLIRContext context(registry);
  SourceMgr diagSourceMgr;
  SourceMgrDiagnosticHandler diagHandler(diagSourceMgr, &context);
  switch (action) {
  case Action::ImportOVIR:
    return importOVIR(context);
  case Action::ExportOVIR:
    return exportOVIR(context);
  case Action::OVIRToOVIR:
    return convertOVIR(context);
  case Action::ImportONNX:
    return importONNX(context);
  }
  return 1;
}
