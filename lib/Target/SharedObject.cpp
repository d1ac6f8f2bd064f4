//===- SharedObject.cpp - Link a compiled model into a shared object ------===//
//
// Code generation happens in process; making a .so of the object file is a
// link, done by Debian's lld (ld.lld-22). The model's runtime references
// (the buffer allocator, the thread teams of its parallel loops, memrefCopy,
// ovm_runtime_fail) stay undefined and resolve against the program that loads
// it, which links the runtime; libm is a dependency of the .so.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Target/ModelCompiler.h"

#include "llvm/Support/Error.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Program.h"

using namespace mlir;

std::optional<std::string> ov::findLinker() {
  llvm::ErrorOr<std::string> linker = llvm::sys::findProgramByName("ld.lld-22");
  if (!linker)
    linker = llvm::sys::findProgramByName("ld.lld",
                                          {"/usr/lib/llvm-22/bin", "/usr/bin"});
  if (!linker)
    return std::nullopt;
  return *linker;
}

/// Runs Debian's lld with `arguments` and `-o output`; on failure, nothing
/// is left at `output` and `error` names the task: `task` ("link 'x'") when
/// there is no linker, `doing` ("linking 'x'") when it failed.
static LogicalResult runLinker(ArrayRef<StringRef> arguments, StringRef output,
                               const Twine &task, const Twine &doing,
                               std::string &error) {
  std::optional<std::string> linker = ov::findLinker();
  if (!linker) {
    error = ("cannot find ld.lld-22 (Debian package lld-22) to " + task).str();
    return failure();
  }
  SmallVector<StringRef> command = {*linker, "-o", output};
  command.append(arguments.begin(), arguments.end());
  std::string message;
  if (llvm::sys::ExecuteAndWait(*linker, command, std::nullopt, {}, 0, 0,
                                &message) != 0) {
    llvm::sys::fs::remove(output);
    error = (doing + " failed" + (message.empty() ? "" : ": " + message)).str();
    return failure();
  }
  return success();
}

LogicalResult
ov::linkSharedObject(StringRef objectPath, StringRef sharedPath,
                     std::string &error,
                     llvm::function_ref<llvm::Error(StringRef)> finish) {
  // Linked to a temporary name and renamed: never half a library.
  std::string temporary = (sharedPath + ".tmp").str();
  if (failed(runLinker({"-shared", "--as-needed", objectPath,
                        "-L/usr/lib/x86_64-linux-gnu",
                        "-L/lib/x86_64-linux-gnu", "-lm"},
                       temporary, "link '" + sharedPath + "'",
                       "linking '" + sharedPath + "'", error)))
    return failure();
  if (finish)
    if (llvm::Error err = finish(temporary)) {
      llvm::sys::fs::remove(temporary);
      error = llvm::toString(std::move(err));
      return failure();
    }
  if (std::error_code ec = llvm::sys::fs::rename(temporary, sharedPath)) {
    llvm::sys::fs::remove(temporary);
    error = "cannot write '" + sharedPath.str() + "': " + ec.message();
    return failure();
  }
  return success();
}

LogicalResult ov::linkRelocatable(ArrayRef<std::string> objectPaths,
                                  StringRef outputPath, std::string &error) {
  SmallVector<StringRef> arguments = {"-r"};
  for (const std::string &path : objectPaths)
    arguments.push_back(path);
  return runLinker(arguments, outputPath,
                   "join the pieces of '" + outputPath + "'",
                   "joining the pieces of '" + outputPath + "'", error);
}
