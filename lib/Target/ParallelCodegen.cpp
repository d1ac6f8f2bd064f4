//===- ParallelCodegen.cpp - LLVM code generation on all cores -----------===//
//
// The pieces: every function goes to one piece, the largest first, each to
// the piece with the fewest instructions so far (a model's functions are its
// main function and the outlined bodies of its parallel loops, hundreds of
// them: the pieces come out within a few percent of each other); a global
// variable goes with its first user. A symbol that another piece uses
// becomes a hidden global (a local one could not be reached from another
// object), renamed `<prefix>.<name>` so that two models' objects still link
// into one program. LLVM contexts are not thread-safe, so each piece travels
// as bitcode to a context of its own, where its thread optimizes it and
// generates its code; `ld.lld -r` joins the objects.
//
//===----------------------------------------------------------------------===//

#include "ParallelCodegen.h"

#include "ovmlir/Support/ResidentMemory.h"

#include "mlir/ExecutionEngine/OptUtils.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/Bitcode/BitcodeReader.h"
#include "llvm/Bitcode/BitcodeWriter.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/Transforms/Utils/Cloning.h"
#include "llvm/Transforms/Utils/ValueMapper.h"

#include <thread>

using namespace mlir;
using namespace mlir::ov;

/// Below this many IR instructions per piece, a second piece costs more
/// (cutting, bitcode, joining: ~0.1 s) than its core saves.
static constexpr uint64_t kMinInstructionsPerPiece = 20000;
static constexpr unsigned kMaxPieces = 16;

/// Whether `module` has what the cut does not handle (aliases, comdats,
/// appending globals such as llvm.used, module assembly). Our lowering
/// makes none of them.
static bool hasUncuttableParts(const llvm::Module &module) {
  if (!module.alias_empty() || !module.ifunc_empty() ||
      !module.getComdatSymbolTable().empty() ||
      !module.getModuleInlineAsm().empty())
    return true;
  return llvm::any_of(module.globals(), [](const llvm::GlobalVariable &g) {
    return g.hasAppendingLinkage();
  });
}

unsigned ov::countCodegenPieces(const llvm::Module &module,
                                unsigned requestedThreads) {
  unsigned functions = 0;
  uint64_t instructions = 0;
  for (const llvm::Function &function : module) {
    if (function.isDeclaration())
      continue;
    ++functions;
    instructions += function.getInstructionCount();
  }
  uint64_t pieces = requestedThreads;
  if (pieces == 0)
    pieces = std::min<uint64_t>(
        {llvm::hardware_concurrency().compute_thread_count(), kMaxPieces,
         instructions / kMinInstructionsPerPiece});
  pieces = std::min<uint64_t>(pieces, functions);
  if (pieces <= 1 || hasUncuttableParts(module) || !findLinker())
    return 1;
  return pieces;
}

/// The functions and global variables whose definitions use `value`
/// (directly or through constant expressions and aggregates).
static SmallVector<const llvm::GlobalValue *>
definitionsUsing(const llvm::Value *value) {
  SmallVector<const llvm::GlobalValue *> definitions;
  SmallVector<const llvm::User *> worklist(value->users());
  llvm::SmallPtrSet<const llvm::User *, 8> seen;
  while (!worklist.empty()) {
    const llvm::User *user = worklist.pop_back_val();
    if (!seen.insert(user).second)
      continue;
    if (auto *instruction = dyn_cast<llvm::Instruction>(user))
      definitions.push_back(instruction->getFunction());
    else if (auto *global = dyn_cast<llvm::GlobalValue>(user))
      definitions.push_back(global);
    else
      worklist.append(user->user_begin(), user->user_end());
  }
  return definitions;
}

using PieceMap = llvm::DenseMap<const llvm::GlobalValue *, unsigned>;

/// The piece of every definition in `module` (file comment).
static PieceMap assignPieces(llvm::Module &module, unsigned pieces) {
  PieceMap piece;
  SmallVector<llvm::Function *> functions;
  for (llvm::Function &function : module)
    if (!function.isDeclaration())
      functions.push_back(&function);
  llvm::sort(functions, [](llvm::Function *a, llvm::Function *b) {
    unsigned aCount = a->getInstructionCount(),
             bCount = b->getInstructionCount();
    return aCount != bCount ? aCount > bCount : a->getName() < b->getName();
  });
  SmallVector<uint64_t> instructions(pieces, 0);
  for (llvm::Function *function : functions) {
    unsigned smallest = llvm::min_element(instructions) - instructions.begin();
    piece[function] = smallest;
    instructions[smallest] += function->getInstructionCount() + 1;
  }
  // A variable used only by other variables (the descriptor's strings)
  // finds its piece once they have theirs.
  SmallVector<llvm::GlobalVariable *> variables;
  for (llvm::GlobalVariable &variable : module.globals())
    if (!variable.isDeclaration())
      variables.push_back(&variable);
  for (bool placed = true; placed;) {
    placed = false;
    for (llvm::GlobalVariable *variable : variables) {
      if (piece.count(variable))
        continue;
      for (const llvm::GlobalValue *user : definitionsUsing(variable)) {
        auto found = piece.find(user);
        if (found == piece.end())
          continue;
        piece[variable] = found->second;
        placed = true;
        break;
      }
    }
  }
  for (llvm::GlobalVariable *variable : variables)
    piece.try_emplace(variable, 0);
  return piece;
}

/// Makes every local definition that another piece uses a hidden global
/// named `<prefix>.<name>`.
static void exposeAcrossPieces(llvm::Module &module, const PieceMap &piece,
                               StringRef prefix) {
  unsigned unnamed = 0;
  auto expose = [&](llvm::GlobalValue &value) {
    if (value.isDeclaration() || !value.hasLocalLinkage())
      return;
    unsigned own = piece.lookup(&value);
    if (llvm::all_of(definitionsUsing(&value),
                     [&](const llvm::GlobalValue *user) {
                       return piece.lookup(user) == own;
                     }))
      return;
    std::string name =
        (prefix + "." +
         (value.hasName() ? value.getName() : "unnamed." + Twine(unnamed++)))
            .str();
    value.setName(name);
    value.setLinkage(llvm::GlobalValue::ExternalLinkage);
    value.setVisibility(llvm::GlobalValue::HiddenVisibility);
    value.setDSOLocal(true);
  };
  for (llvm::Function &function : module)
    expose(function);
  for (llvm::GlobalVariable &variable : module.globals())
    expose(variable);
}

namespace {
/// One piece on its thread: its own context, module and target machine.
struct Piece {
  SmallString<0> bitcode;
  std::unique_ptr<llvm::LLVMContext> context;
  std::unique_ptr<llvm::Module> module;
  std::unique_ptr<llvm::TargetMachine> machine;
  SmallString<0> object;
  std::string error;
};
} // namespace

/// Runs `work(i)` for every piece, each on a thread (the first on this one).
static void onThreads(MutableArrayRef<Piece> pieces,
                      llvm::function_ref<void(Piece &)> work) {
  std::vector<std::thread> threads;
  for (Piece &piece : pieces.drop_front())
    threads.emplace_back([&work, &piece] { work(piece); });
  work(pieces.front());
  for (std::thread &thread : threads)
    thread.join();
}

/// The first piece's error, if any.
static LogicalResult firstError(ArrayRef<Piece> pieces, std::string &error) {
  for (const Piece &piece : pieces)
    if (!piece.error.empty()) {
      error = piece.error;
      return failure();
    }
  return success();
}

static void parseAndOptimize(Piece &piece, unsigned optLevel) {
  piece.context = std::make_unique<llvm::LLVMContext>();
  llvm::Expected<std::unique_ptr<llvm::Module>> parsed = llvm::parseBitcodeFile(
      llvm::MemoryBufferRef(piece.bitcode, "piece"), *piece.context);
  if (!parsed) {
    piece.error = "cannot read a piece of the module back: " +
                  llvm::toString(parsed.takeError());
    return;
  }
  piece.bitcode = SmallString<0>();
  // (The bitcode carries the module's data layout and target triple.)
  piece.module = std::move(*parsed);
  (void)optimizeModule(*piece.module, *piece.machine, optLevel, piece.error);
}

LogicalResult ov::optimizeModule(llvm::Module &module,
                                 llvm::TargetMachine &machine,
                                 unsigned optLevel, std::string &error) {
  auto optimize = makeOptimizingTransformer(optLevel, 0, &machine);
  if (llvm::Error err = optimize(&module)) {
    error = "LLVM optimization failed: " + llvm::toString(std::move(err));
    return failure();
  }
  return success();
}

LogicalResult ov::generateObjectInMemory(llvm::Module &module,
                                         llvm::TargetMachine &machine,
                                         SmallVectorImpl<char> &object,
                                         std::string &error) {
  llvm::raw_svector_ostream stream(object);
  llvm::legacy::PassManager passes;
  if (machine.addPassesToEmitFile(passes, stream, nullptr,
                                  llvm::CodeGenFileType::ObjectFile)) {
    error = "the target cannot emit object files";
    return failure();
  }
  passes.run(module);
  return success();
}

static void generateCode(Piece &piece) {
  (void)generateObjectInMemory(*piece.module, *piece.machine, piece.object,
                               piece.error);
  piece.module.reset();
  piece.context.reset();
}

/// Writes the pieces' objects to temporary files beside `scratchPath` and
/// joins them into `object`.
static LogicalResult joinObjects(MutableArrayRef<Piece> pieces,
                                 StringRef scratchPath,
                                 SmallVectorImpl<char> &object,
                                 std::string &error) {
  SmallVector<std::string> paths;
  llvm::scope_exit removing([&] {
    for (const std::string &path : paths)
      llvm::sys::fs::remove(path);
  });
  auto temporary = [&](StringRef model, std::string &path) {
    int fd;
    SmallString<256> created;
    if (std::error_code ec =
            llvm::sys::fs::createUniqueFile(scratchPath + model, fd, created)) {
      error = "cannot create a temporary object file beside '" +
              scratchPath.str() + "': " + ec.message();
      return -1;
    }
    path = created.str().str();
    paths.push_back(path);
    return fd;
  };
  SmallVector<std::string> piecePaths;
  for (Piece &piece : pieces) {
    std::string path;
    int fd = temporary("-%%%%%%.piece.o", path);
    if (fd < 0)
      return failure();
    llvm::raw_fd_ostream os(fd, /*shouldClose=*/true);
    os << piece.object;
    os.close();
    if (os.has_error()) {
      error = "cannot write '" + path + "': " + os.error().message();
      os.clear_error();
      return failure();
    }
    piece.object = SmallString<0>();
    piecePaths.push_back(path);
  }
  std::string joinedPath;
  int fd = temporary("-%%%%%%.joined.o", joinedPath);
  if (fd < 0)
    return failure();
  llvm::sys::Process::SafelyCloseFileDescriptor(fd);
  if (failed(linkRelocatable(piecePaths, joinedPath, error)))
    return failure();
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> joined =
      llvm::MemoryBuffer::getFile(joinedPath);
  if (!joined) {
    error = "cannot read '" + joinedPath + "': " + joined.getError().message();
    return failure();
  }
  object.assign((*joined)->getBufferStart(), (*joined)->getBufferEnd());
  return success();
}

LogicalResult ov::generateObjectInPieces(llvm::Module &module,
                                         const CompileOptions &options,
                                         unsigned pieces, StringRef scratchPath,
                                         SmallVectorImpl<char> &object,
                                         std::string &error,
                                         TimingScope &timing) {
  SmallVector<Piece> parts(pieces);
  {
    TimingScope cutting = timing.nest("Cut into pieces");
    PieceMap piece = assignPieces(module, pieces);
    exposeAcrossPieces(module, piece, options.symbolPrefix);
    for (auto [index, part] : llvm::enumerate(parts)) {
      llvm::ValueToValueMapTy map;
      std::unique_ptr<llvm::Module> clone = llvm::CloneModule(
          module, map, [&, index = index](const llvm::GlobalValue *value) {
            return piece.lookup(value) == index;
          });
      llvm::raw_svector_ostream os(part.bitcode);
      llvm::WriteBitcodeToFile(*clone, os);
      part.machine = createTargetMachine(options, error);
      if (!part.machine)
        return failure();
    }
    // The pieces hold all of it now; its code would stay in memory beside
    // theirs.
    for (llvm::Function &function : module)
      function.deleteBody();
    releaseFreeHeap();
  }
  {
    TimingScope optimizing = timing.nest("Optimize LLVM IR");
    onThreads(parts,
              [&](Piece &part) { parseAndOptimize(part, options.optLevel); });
    if (failed(firstError(parts, error)))
      return failure();
  }
  {
    TimingScope generating = timing.nest("Generate machine code");
    onThreads(parts, generateCode);
    if (failed(firstError(parts, error)))
      return failure();
  }
  TimingScope joining = timing.nest("Join the pieces");
  return joinObjects(parts, scratchPath, object, error);
}
