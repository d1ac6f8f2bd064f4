//===- LargeConstants.cpp - Weights into LLVM IR as flat bytes ------------===//

#include "LargeConstants.h"

#include "ovmlir/Dialect/OV/IR/ShapeUtils.h"
#include "ovmlir/Support/ResidentMemory.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"

#include <cstring>
#include <unistd.h>
#include <vector>

using namespace mlir;
using namespace mlir::ov;

DetachedConstants::DetachedConstants(ModuleOp module, int64_t minBytes) {
  for (auto global : module.getOps<LLVM::GlobalOp>()) {
    std::optional<ArrayRef<char>> data = getStoredBytes(global.getValueAttr());
    if (!data || static_cast<int64_t>(data->size()) < minBytes)
      continue;
    // Without a value (and no initializer region) the translation gives
    // the global an undef initializer: no constant is built for it.
    global.removeValueAttr();
    globals.emplace_back(global.getSymName().str(), *data);
  }
}

void DetachedConstants::attach(llvm::Module &llvmModule) const {
  llvm::LLVMContext &context = llvmModule.getContext();
  for (const auto &[name, data] : globals) {
    llvm::GlobalVariable *old =
        llvmModule.getGlobalVariable(name, /*AllowInternal=*/true);
    if (!old)
      continue;
    // A ConstantDataArray of i8 is emitted as one block of bytes (.ascii);
    // one of floats would be emitted element by element.
    llvm::Constant *init = llvm::ConstantDataArray::getRaw(
        StringRef(data.data(), data.size()), data.size(),
        llvm::Type::getInt8Ty(context));
    auto *global = new llvm::GlobalVariable(
        llvmModule, init->getType(), old->isConstant(), old->getLinkage(), init,
        "", old, old->getThreadLocalMode(), old->getAddressSpace(),
        old->isExternallyInitialized());
    global->copyAttributesFrom(old);
    // The element type's alignment no longer shows in the type; 64 bytes
    // is at least what the old global had (16 for a large array) and a
    // cache line for vector loads.
    global->setAlignment(
        std::max(old->getAlign().valueOrOne(), llvm::Align(64)));
    global->takeName(old);
    old->replaceAllUsesWith(global);
    old->eraseFromParent();
  }
}

/// The weights section as LLVM emits it (the ".bss." prefix makes it
/// NOBITS) and as the object file has it in the end.
static constexpr llvm::StringLiteral kZerosSection = ".bss.ovm_weights";
static constexpr llvm::StringLiteral kDataSection = ".rodata.ovm_weights";
static constexpr uint64_t kBlockAlignment = 64;
/// writeBlock's pieces when it releases the pages it read.
static constexpr uint64_t kReleasePieceBytes = 1 << 20;

bool DetachedConstants::attachAsSection(llvm::Module &llvmModule,
                                        StringRef blockName) {
  SmallVector<llvm::GlobalVariable *> olds;
  offsets.clear();
  blockBytes = 0;
  for (const auto &[name, data] : globals) {
    llvm::GlobalVariable *old =
        llvmModule.getGlobalVariable(name, /*AllowInternal=*/true);
    olds.push_back(old);
    blockBytes = llvm::alignTo(blockBytes, kBlockAlignment);
    offsets.push_back(blockBytes);
    blockBytes += data.size();
  }
  if (globals.empty())
    return false;
  llvm::LLVMContext &context = llvmModule.getContext();
  auto *i8Type = llvm::Type::getInt8Ty(context);
  auto *type = llvm::ArrayType::get(i8Type, blockBytes);
  // Constant (loads stay invariant for LLVM's alias analysis), but
  // externally initialized: its zeros are not its contents, and no load
  // may be folded to them.
  auto *block = new llvm::GlobalVariable(
      llvmModule, type, /*isConstant=*/true, llvm::GlobalValue::ExternalLinkage,
      llvm::ConstantAggregateZero::get(type), blockName, nullptr,
      llvm::GlobalValue::NotThreadLocal, /*AddressSpace=*/0,
      /*isExternallyInitialized=*/true);
  block->setVisibility(llvm::GlobalValue::HiddenVisibility);
  block->setDSOLocal(true);
  block->setSection(kZerosSection);
  block->setAlignment(llvm::Align(kBlockAlignment));
  auto *i64Type = llvm::Type::getInt64Ty(context);
  for (auto [old, offset] : llvm::zip(olds, offsets)) {
    if (!old)
      continue;
    old->replaceAllUsesWith(llvm::ConstantExpr::getInBoundsGetElementPtr(
        i8Type, block, llvm::ConstantInt::get(i64Type, offset)));
    old->eraseFromParent();
  }
  return true;
}

/// The ELF header and a section header's reads and writes in `object`.
namespace {
struct ELFSections {
  MutableArrayRef<char> object;
  llvm::ELF::Elf64_Ehdr header;

  llvm::ELF::Elf64_Shdr read(unsigned index) const {
    llvm::ELF::Elf64_Shdr section;
    std::memcpy(&section, object.data() + offset(index), sizeof(section));
    return section;
  }
  void write(unsigned index, const llvm::ELF::Elf64_Shdr &section) {
    std::memcpy(object.data() + offset(index), &section, sizeof(section));
  }

private:
  uint64_t offset(unsigned index) const {
    return header.e_shoff + index * sizeof(llvm::ELF::Elf64_Shdr);
  }
};
} // namespace

static llvm::Error invalidObject(const llvm::Twine &what) {
  return llvm::createStringError("cannot place the weights in the object: " +
                                 what);
}

/// Reads and checks the ELF header of a little-endian ELF64 file.
static llvm::Expected<llvm::ELF::Elf64_Ehdr> readHeader(ArrayRef<char> bytes) {
  using namespace llvm::ELF;
  Elf64_Ehdr header;
  if (bytes.size() < sizeof(header))
    return invalidObject("not an ELF file");
  std::memcpy(&header, bytes.data(), sizeof(header));
  if (!header.checkMagic() || header.getFileClass() != ELFCLASS64 ||
      header.getDataEncoding() != ELFDATA2LSB || !llvm::sys::IsLittleEndianHost)
    return invalidObject("not a 64-bit little-endian ELF file");
  return header;
}

llvm::Expected<std::string>
DetachedConstants::patchWeightsSection(MutableArrayRef<char> object,
                                       bool withData) const {
  using namespace llvm::ELF;
  llvm::Expected<Elf64_Ehdr> header = readHeader(object);
  if (!header)
    return header.takeError();
  ELFSections sections{object, *header};
  if (header->e_shentsize != sizeof(Elf64_Shdr) ||
      header->e_shoff + uint64_t(header->e_shnum) * sizeof(Elf64_Shdr) >
          object.size() ||
      header->e_shstrndx >= header->e_shnum)
    return invalidObject("unexpected section headers");
  Elf64_Shdr names = sections.read(header->e_shstrndx);
  if (names.sh_offset + names.sh_size > object.size())
    return invalidObject("unexpected section names");
  std::string newNames(object.data() + names.sh_offset, names.sh_size);
  std::optional<unsigned> weightsIndex;
  for (unsigned index = 0; index < header->e_shnum; ++index) {
    Elf64_Shdr section = sections.read(index);
    if (section.sh_type == SHT_NOBITS && section.sh_name < newNames.size() &&
        StringRef(newNames.c_str() + section.sh_name) == kZerosSection)
      weightsIndex = index;
  }
  if (!weightsIndex)
    return invalidObject("no " + kZerosSection + " section");
  Elf64_Shdr weights = sections.read(*weightsIndex);
  if (weights.sh_size != blockBytes)
    return invalidObject("the weights section has " +
                         llvm::Twine(weights.sh_size) + " bytes, not " +
                         llvm::Twine(blockBytes));
  // After the object's bytes: the weights (if any), then the section names
  // with the new one (the old names stay, unused).
  uint64_t weightsOffset = llvm::alignTo(object.size(), kBlockAlignment);
  weights.sh_name = newNames.size();
  newNames.append(kDataSection.begin(), kDataSection.end());
  newNames.push_back('\0');
  weights.sh_flags = SHF_ALLOC;
  if (withData) {
    weights.sh_type = SHT_PROGBITS;
    weights.sh_offset = weightsOffset;
    names.sh_offset = weightsOffset + blockBytes;
  } else {
    names.sh_offset = weightsOffset;
  }
  sections.write(*weightsIndex, weights);
  names.sh_size = newNames.size();
  sections.write(header->e_shstrndx, names);
  return newNames;
}

/// The temporary file holding the block of weights (moveToFile).
struct DetachedConstants::SpillFile {
  int fd = -1;
  ~SpillFile() {
    if (fd >= 0)
      llvm::sys::Process::SafelyCloseFileDescriptor(fd);
  }
};

/// Copies `size` bytes at `offset` of file `fd` to `os`, a piece at a time.
static llvm::Error copyFromFile(int fd, uint64_t offset, uint64_t size,
                                llvm::raw_ostream &os) {
  std::vector<char> buffer(std::min<uint64_t>(size, 1 << 20));
  while (size) {
    uint64_t piece = std::min<uint64_t>(size, buffer.size());
    ssize_t count = ::pread(fd, buffer.data(), piece, offset);
    if (count <= 0)
      return llvm::createStringError(
          count < 0 ? std::error_code(errno, std::generic_category())
                    : std::make_error_code(std::errc::io_error),
          "cannot read the spilled weights");
    os.write(buffer.data(), count);
    offset += count;
    size -= count;
  }
  return llvm::Error::success();
}

llvm::Error DetachedConstants::writeBlock(llvm::raw_ostream &os,
                                          bool releasePages) const {
  if (spill)
    return copyFromFile(spill->fd, 0, blockBytes, os);
  uint64_t written = 0;
  // With `releasePages`, a piece at a time: a large value (a classifier's
  // 8 MB) is not all in memory either.
  uint64_t pieceBytes = releasePages ? kReleasePieceBytes : UINT64_MAX;
  for (auto [global, offset] : llvm::zip(globals, offsets)) {
    os.write_zeros(offset - written);
    ArrayRef<char> data = global.second;
    while (!data.empty()) {
      ArrayRef<char> piece = data.take_front(pieceBytes);
      os.write(piece.data(), piece.size());
      if (releasePages) {
        os.flush();
        releaseFilePages({piece});
      }
      data = data.drop_front(piece.size());
    }
    written = offset + global.second.size();
  }
  os.write_zeros(blockBytes - written);
  return llvm::Error::success();
}

llvm::Error DetachedConstants::writeObject(MutableArrayRef<char> object,
                                           llvm::raw_ostream &os,
                                           bool withData) const {
  llvm::Expected<std::string> names = patchWeightsSection(object, withData);
  if (!names)
    return names.takeError();
  os.write(object.data(), object.size());
  os.write_zeros(llvm::alignTo(object.size(), kBlockAlignment) - object.size());
  if (withData)
    if (llvm::Error err = writeBlock(os))
      return err;
  os << *names;
  return llvm::Error::success();
}

llvm::Error DetachedConstants::writeELFObject(MutableArrayRef<char> object,
                                              llvm::raw_ostream &os) const {
  return writeObject(object, os, /*withData=*/true);
}

llvm::Error DetachedConstants::writeCodeObject(MutableArrayRef<char> object,
                                               llvm::raw_ostream &os) const {
  return writeObject(object, os, /*withData=*/false);
}

llvm::Error DetachedConstants::moveToFile(StringRef pathModel) {
  int fd;
  SmallString<256> path;
  if (std::error_code ec = llvm::sys::fs::createUniqueFile(
          pathModel + "-%%%%%%.weights.tmp", fd, path))
    return llvm::createStringError(ec, "cannot create a temporary file");
  auto file = std::make_shared<SpillFile>();
  file->fd = fd;
  // Nobody else needs the name: the file goes away with its descriptor.
  llvm::sys::fs::remove(path);
  {
    // Each value's pages in a mapped file (the model's) leave resident
    // memory once written: the weights are never all in memory at once.
    llvm::raw_fd_ostream os(fd, /*shouldClose=*/false);
    if (llvm::Error err = writeBlock(os, /*releasePages=*/true))
      return err;
    os.flush();
    if (os.has_error()) {
      std::error_code ec = os.error();
      os.clear_error();
      return llvm::createStringError(ec, "cannot write a temporary file");
    }
  }
  spill = std::move(file);
  return llvm::Error::success();
}

llvm::Error DetachedConstants::fillSharedObject(StringRef path,
                                                StringRef blockName) const {
  using namespace llvm::ELF;
  auto invalid = [&](const llvm::Twine &what) {
    return llvm::createStringError("cannot place the weights in '" + path +
                                   "': " + what);
  };
  int fd;
  if (std::error_code ec = llvm::sys::fs::openFileForReadWrite(
          path, fd, llvm::sys::fs::CD_OpenExisting, llvm::sys::fs::OF_None))
    return llvm::createStringError(ec, "cannot open '" + path + "'");
  llvm::scope_exit closing(
      [&] { llvm::sys::Process::SafelyCloseFileDescriptor(fd); });
  // The headers, program headers, section headers and the symbol table are
  // small: read them as needed.
  auto readAt = [&](uint64_t offset, uint64_t size, std::string &out) -> bool {
    out.resize(size);
    uint64_t done = 0;
    while (done < size) {
      ssize_t count =
          ::pread(fd, out.data() + done, size - done, offset + done);
      if (count <= 0)
        return false;
      done += count;
    }
    return true;
  };
  std::string headerBytes;
  if (!readAt(0, sizeof(Elf64_Ehdr), headerBytes))
    return invalid("not an ELF file");
  llvm::Expected<Elf64_Ehdr> header = readHeader(headerBytes);
  if (!header)
    return header.takeError();
  if (header->e_shentsize != sizeof(Elf64_Shdr) ||
      header->e_phentsize != sizeof(Elf64_Phdr))
    return invalid("unexpected headers");
  std::string programBytes, sectionBytes;
  if (!readAt(header->e_phoff, header->e_phnum * sizeof(Elf64_Phdr),
              programBytes) ||
      !readAt(header->e_shoff, header->e_shnum * sizeof(Elf64_Shdr),
              sectionBytes))
    return invalid("unexpected headers");
  auto section = [&](unsigned index) {
    Elf64_Shdr result;
    std::memcpy(&result, sectionBytes.data() + index * sizeof(Elf64_Shdr),
                sizeof(result));
    return result;
  };
  // The block's symbol (local in the shared object: it is hidden).
  std::optional<Elf64_Sym> block;
  for (unsigned index = 0; index < header->e_shnum && !block; ++index) {
    Elf64_Shdr table = section(index);
    if (table.sh_type != SHT_SYMTAB || table.sh_link >= header->e_shnum)
      continue;
    Elf64_Shdr strings = section(table.sh_link);
    std::string symbols, names;
    if (!readAt(table.sh_offset, table.sh_size, symbols) ||
        !readAt(strings.sh_offset, strings.sh_size, names))
      return invalid("cannot read the symbol table");
    for (uint64_t offset = 0; offset + sizeof(Elf64_Sym) <= symbols.size();
         offset += sizeof(Elf64_Sym)) {
      Elf64_Sym symbol;
      std::memcpy(&symbol, symbols.data() + offset, sizeof(symbol));
      if (symbol.st_name < names.size() &&
          StringRef(names.c_str() + symbol.st_name) == blockName) {
        block = symbol;
        break;
      }
    }
  }
  if (!block || block->st_size != blockBytes ||
      block->st_shndx >= header->e_shnum ||
      section(block->st_shndx).sh_type != SHT_PROGBITS)
    return invalid("no " + llvm::Twine(blockBytes) + "-byte symbol '" +
                   blockName + "' in a section with contents");
  // Its bytes in the file: inside the file part of a loaded segment.
  std::optional<uint64_t> fileOffset;
  for (unsigned index = 0; index < header->e_phnum; ++index) {
    Elf64_Phdr segment;
    std::memcpy(&segment, programBytes.data() + index * sizeof(Elf64_Phdr),
                sizeof(segment));
    if (segment.p_type == PT_LOAD && block->st_value >= segment.p_vaddr &&
        block->st_value + blockBytes <= segment.p_vaddr + segment.p_filesz)
      fileOffset = block->st_value - segment.p_vaddr + segment.p_offset;
  }
  if (!fileOffset)
    return invalid("the weights have no place in the file");
  llvm::raw_fd_ostream os(fd, /*shouldClose=*/false);
  os.seek(*fileOffset);
  if (llvm::Error err = writeBlock(os))
    return err;
  os.flush();
  if (os.has_error()) {
    std::error_code ec = os.error();
    os.clear_error();
    return llvm::createStringError(ec, "cannot write '" + path + "'");
  }
  return llvm::Error::success();
}
