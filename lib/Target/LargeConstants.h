//===- LargeConstants.h - Weights into LLVM IR as flat bytes ----*- C++ -*-===//
//
// The weights of a model are a few hundred large constant globals. MLIR's
// translation to LLVM IR turns each one into nested LLVM constant arrays (an
// llvm::ConstantDataArray per innermost row, uniqued and hashed, inside
// ConstantArrays): ResNet-50's 100 MB of weights took 30 s and 4 GB there,
// and LLVM's optimizer and code generator then walk all of those constants.
// Here such globals lose their initial value before the translation and get
// it back after as one flat byte array, emitted as a single block of bytes.
// For an ELF object file (ovc --compile), the bytes do not even go through
// LLVM: they are written from the model's blobs into a section of the
// object after code generation, so they are in memory once, not three times
// (MLIR's blobs, LLVM constants, the object writer's buffer). Before LLVM
// optimizes and generates code, they can move into a temporary file
// (moveToFile), so that the memory holding them is free while LLVM needs
// its own; a shared object is linked from the code alone and gets the
// weights written into the place the linker left for them
// (writeCodeObject, fillSharedObject): the linker does not hold them twice
// (its input and its output) either.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_LIB_TARGET_LARGECONSTANTS_H
#define OVMLIR_LIB_TARGET_LARGECONSTANTS_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Support/LLVM.h"

#include <memory>
#include <optional>
#include <string>
#include <utility>

namespace llvm {
class Error;
class Module;
class raw_ostream;
} // namespace llvm

namespace mlir::ov {

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

  /// For an ELF64 little-endian target, instead of attach(): the detached
  /// globals become views into one constant global, `blockName` (hidden), in
  /// a section that LLVM sees as zeros (NOBITS: no bytes in LLVM or in the
  /// object writer's memory). writeELFObject then puts the bytes into the
  /// object file. Returns false (and changes nothing) when nothing was
  /// detached.
  bool attachAsSection(llvm::Module &llvmModule, StringRef blockName);

  /// After attachAsSection(): the bytes of its block.
  uint64_t sectionBytes() const { return blockBytes; }

  /// Writes `object` (emitted from a module given attachAsSection()) with
  /// the weights section filled: its header becomes that of a read-only
  /// data section whose contents follow the object's bytes.
  llvm::Error writeELFObject(MutableArrayRef<char> object,
                             llvm::raw_ostream &os) const;

  /// After attachAsSection(): writes the block of weights (as the section
  /// holds it) to a temporary file beside `pathModel` (a path prefix),
  /// removed when this object goes away; the writers read it from there.
  /// The detached values are not read again.
  llvm::Error moveToFile(StringRef pathModel);

  /// Writes `object` (as for writeELFObject) without the weights: their
  /// section stays without contents (NOBITS) but becomes read-only data
  /// (`.rodata.ovm_weights`), which a linker puts into the read-only data
  /// of a shared object, leaving a hole in the file where the weights go.
  llvm::Error writeCodeObject(MutableArrayRef<char> object,
                              llvm::raw_ostream &os) const;

  /// Writes the weights into the shared object at `path`, linked from
  /// writeCodeObject's output, where its symbol `blockName` lies. Fails
  /// (before writing) when the linker did not leave the symbol's bytes in
  /// the file (then link the complete object instead).
  llvm::Error fillSharedObject(StringRef path, StringRef blockName) const;

private:
  /// Patches the section headers of `object` for the weights section (data
  /// following the object's bytes when `withData`, else read-only NOBITS)
  /// and returns the new section names to write at the end.
  llvm::Expected<std::string> patchWeightsSection(MutableArrayRef<char> object,
                                                  bool withData) const;
  /// writeELFObject (`withData`) or writeCodeObject.
  llvm::Error writeObject(MutableArrayRef<char> object, llvm::raw_ostream &os,
                          bool withData) const;
  /// Writes the block of weights to `os` (from the file or the values;
  /// with `releasePages`, each value's pages in a mapped file leave resident
  /// memory once written).
  llvm::Error writeBlock(llvm::raw_ostream &os,
                         bool releasePages = false) const;

  struct SpillFile;
  SmallVector<std::pair<std::string, ArrayRef<char>>> globals;
  std::shared_ptr<SpillFile> spill;
  /// attachAsSection's layout: each global's offset in the block.
  SmallVector<uint64_t> offsets;
  uint64_t blockBytes = 0;
};

} // namespace mlir::ov

#endif // OVMLIR_LIB_TARGET_LARGECONSTANTS_H
