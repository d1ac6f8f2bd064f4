//===- LargeConstants.h - Weights into LLVM IR as flat bytes ----*- C++ -*-===//
//
// The weights of a model are a few hundred large constant globals. MLIR's
// translation to LLVM IR turns each one into nested LLVM constant arrays (an
// llvm::ConstantDataArray per innermost row, uniqued and hashed, inside
// ConstantArrays): ResNet-50's 100 MB of weights took 30 s and 4 GB there,
// and LLVM's optimizer and code generator then walk all of those constants.
// Here such globals lose their initial value before the translation and get
// it back after as one flat byte array, emitted as a single block of bytes.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_LIB_TARGET_LARGECONSTANTS_H
#define OVMLIR_LIB_TARGET_LARGECONSTANTS_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Support/LLVM.h"

#include <optional>
#include <string>
#include <utility>

namespace llvm {
class Module;
} // namespace llvm

namespace mlir::ov {

/// The bytes of a constant value as memory stores them, or nothing when they
/// cannot be taken as they are: elements that are not integers or floats a
/// whole number of bytes wide, splats (a DenseElementsAttr keeps one value).
/// The bytes live as long as the attribute's context.
std::optional<ArrayRef<char>> getStoredBytes(Attribute value);

/// The initial values of the large globals of a module in the LLVM dialect,
/// taken out before its translation to LLVM IR and put back after it.
class DetachedConstants {
public:
  /// Removes the initial value of every global of `module` holding at least
  /// `minBytes` bytes (see getStoredBytes); the module is then incomplete
  /// until the translated module gets them back with attach().
  DetachedConstants(ModuleOp module, int64_t minBytes);

  /// Replaces each detached global of `llvmModule` by one of the same name,
  /// linkage and attributes whose initializer is the bytes as an i8 array,
  /// aligned to at least 64 bytes.
  void attach(llvm::Module &llvmModule) const;

private:
  SmallVector<std::pair<std::string, ArrayRef<char>>> globals;
};

} // namespace mlir::ov

#endif // OVMLIR_LIB_TARGET_LARGECONSTANTS_H
