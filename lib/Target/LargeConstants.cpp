//===- LargeConstants.cpp - Weights into LLVM IR as flat bytes ------------===//

#include "LargeConstants.h"

#include "ovmlir/Dialect/OV/IR/ShapeUtils.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Support/raw_ostream.h"

#include <cstring>

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

llvm::Error DetachedConstants::writeELFObject(MutableArrayRef<char> object,
                                              llvm::raw_ostream &os) const {
  using namespace llvm::ELF;
  auto invalid = [](const llvm::Twine &what) {
    return llvm::createStringError("cannot place the weights in the object: " +
                                   what);
  };
  Elf64_Ehdr header;
  if (object.size() < sizeof(header))
    return invalid("not an ELF file");
  std::memcpy(&header, object.data(), sizeof(header));
  if (!header.checkMagic() || header.getFileClass() != ELFCLASS64 ||
      header.getDataEncoding() != ELFDATA2LSB || !llvm::sys::IsLittleEndianHost)
    return invalid("not a 64-bit little-endian ELF file");
  if (header.e_shentsize != sizeof(Elf64_Shdr) ||
      header.e_shoff + uint64_t(header.e_shnum) * sizeof(Elf64_Shdr) >
          object.size() ||
      header.e_shstrndx >= header.e_shnum)
    return invalid("unexpected section headers");
  auto readSection = [&](unsigned index) {
    Elf64_Shdr section;
    std::memcpy(&section,
                object.data() + header.e_shoff + index * sizeof(Elf64_Shdr),
                sizeof(section));
    return section;
  };
  auto writeSection = [&](unsigned index, const Elf64_Shdr &section) {
    std::memcpy(object.data() + header.e_shoff + index * sizeof(Elf64_Shdr),
                &section, sizeof(section));
  };
  Elf64_Shdr names = readSection(header.e_shstrndx);
  if (names.sh_offset + names.sh_size > object.size())
    return invalid("unexpected section names");
  std::string newNames(object.data() + names.sh_offset, names.sh_size);
  std::optional<unsigned> weightsIndex;
  for (unsigned index = 0; index < header.e_shnum; ++index) {
    Elf64_Shdr section = readSection(index);
    if (section.sh_type == SHT_NOBITS && section.sh_name < newNames.size() &&
        StringRef(newNames.c_str() + section.sh_name) == kZerosSection)
      weightsIndex = index;
  }
  if (!weightsIndex)
    return invalid("no " + kZerosSection + " section");
  Elf64_Shdr weights = readSection(*weightsIndex);
  if (weights.sh_size != blockBytes)
    return invalid("the weights section has " + llvm::Twine(weights.sh_size) +
                   " bytes, not " + llvm::Twine(blockBytes));
  // After the object's bytes: the weights, then the section names with the
  // new one (the old names stay, unused).
  uint64_t weightsOffset = llvm::alignTo(object.size(), kBlockAlignment);
  weights.sh_name = newNames.size();
  newNames.append(kDataSection.begin(), kDataSection.end());
  newNames.push_back('\0');
  weights.sh_type = SHT_PROGBITS;
  weights.sh_flags = SHF_ALLOC;
  weights.sh_offset = weightsOffset;
  writeSection(*weightsIndex, weights);
  names.sh_offset = weightsOffset + blockBytes;
  names.sh_size = newNames.size();
  writeSection(header.e_shstrndx, names);

  os.write(object.data(), object.size());
  os.write_zeros(weightsOffset - object.size());
  uint64_t written = 0;
  for (auto [global, offset] : llvm::zip(globals, offsets)) {
    os.write_zeros(offset - written);
    os.write(global.second.data(), global.second.size());
    written = offset + global.second.size();
  }
  os << newNames;
  return llvm::Error::success();
}
