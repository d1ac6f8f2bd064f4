//===- LargeConstants.cpp - Weights into LLVM IR as flat bytes ------------===//

#include "LargeConstants.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/Module.h"

using namespace mlir;
using namespace mlir::ov;

std::optional<ArrayRef<char>> ov::getStoredBytes(Attribute attr) {
  auto value = dyn_cast_or_null<ElementsAttr>(attr);
  if (!value)
    return std::nullopt;
  Type elementType = value.getElementType();
  if (!elementType.isIntOrFloat() || elementType.getIntOrFloatBitWidth() % 8)
    return std::nullopt;
  int64_t bytes =
      value.getNumElements() * (elementType.getIntOrFloatBitWidth() / 8);
  std::optional<ArrayRef<char>> data;
  if (auto resource = dyn_cast<DenseResourceElementsAttr>(value)) {
    if (AsmResourceBlob *blob = resource.getRawHandle().getBlob())
      data = blob->getData();
  } else if (auto dense = dyn_cast<DenseElementsAttr>(value)) {
    if (!dense.isSplat())
      data = dense.getRawData();
  }
  if (!data || static_cast<int64_t>(data->size()) != bytes)
    return std::nullopt;
  return data;
}

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
