//===- ov-opt.cpp - mlir-opt for ov-mlir ----------------------------------===//
//
// Parses MLIR, runs passes, prints the result: the OV dialect, the upstream
// dialects the project lowers through, and the project's passes.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/InitAll.h"

#include "mlir/Tools/mlir-opt/MlirOptMain.h"

int main(int argc, char **argv) {
  mlir::DialectRegistry registry;
  ovmlir::registerAllDialects(registry);
  ovmlir::registerAllPasses();
  return mlir::asMainReturnCode(
      mlir::MlirOptMain(argc, argv, "ov-mlir optimizer driver\n", registry));
}
