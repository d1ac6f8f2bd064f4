//===- ExternalWeights.cpp - Weights read from a mapped file at run time --===//
//
// By default a compiled model's constants are globals in its object file.
// With external weights, every large constant buffer becomes a view into
// one more function argument, a byte buffer the runtime maps from the
// weights file (`<model>.weights`: the blobs back to back, each 64-byte
// aligned); the object then holds code only, and weights of any size are
// paged in by the OS on demand. The file is written straight from the
// blobs, so compiling does not hold the weights a second time.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Target/ModelCompiler.h"

#include "LargeConstants.h"

#include "ovmlir/Dialect/OV/IR/ShapeUtils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;

/// Below this size a constant stays in the object (scalars, shapes, axes).
static constexpr int64_t kMinExternalBytes = 256;
static constexpr uint64_t kWeightAlignment = 64;

/// The bytes of a large constant buffer's initial value, as the memref
/// stores them, or nothing when they cannot be taken as they are.
static std::optional<ArrayRef<char>> getExternalBytes(memref::GlobalOp global) {
  if (!global.getConstant())
    return std::nullopt;
  std::optional<ArrayRef<char>> data =
      ov::getStoredBytes(global.getInitialValueAttr());
  if (!data || static_cast<int64_t>(data->size()) < kMinExternalBytes)
    return std::nullopt;
  return data;
}

FailureOr<uint64_t> ov::externalizeWeights(ModuleOp module,
                                           WeightsLayout &weights) {
  auto functions = llvm::to_vector(module.getOps<func::FuncOp>());
  if (functions.size() != 1)
    return module.emitError("expected one model function");
  func::FuncOp model = functions.front();

  SmallVector<std::pair<memref::GlobalOp, ArrayRef<char>>> globals;
  for (auto global : module.getOps<memref::GlobalOp>())
    if (std::optional<ArrayRef<char>> data = getExternalBytes(global))
      globals.emplace_back(global, *data);
  if (globals.empty())
    return 0;

  MLIRContext *context = module.getContext();
  auto bufferType =
      MemRefType::get({ShapedType::kDynamic}, IntegerType::get(context, 8));
  if (failed(model.insertArgument(model.getNumArguments(), bufferType,
                                  DictionaryAttr::get(context),
                                  model.getLoc())))
    return failure();
  Value buffer = model.getArgument(model.getNumArguments() - 1);

  // The values stay in the context after the globals are erased: the file
  // is written from them.
  llvm::StringMap<int64_t> offsets;
  weights = WeightsLayout();
  for (auto [global, data] : globals) {
    uint64_t offset = llvm::alignTo(weights.size, kWeightAlignment);
    offsets[global.getSymName()] = offset;
    weights.pieces.emplace_back(offset, data);
    weights.size = offset + data.size();
  }
  SmallVector<memref::GetGlobalOp> uses;
  model.walk([&](memref::GetGlobalOp use) {
    if (offsets.count(use.getName()))
      uses.push_back(use);
  });
  for (memref::GetGlobalOp use : uses) {
    OpBuilder builder(use);
    Value offset = arith::ConstantIndexOp::create(builder, use.getLoc(),
                                                  offsets[use.getName()]);
    Value view = memref::ViewOp::create(builder, use.getLoc(), use.getType(),
                                        buffer, offset, ValueRange{});
    use.replaceAllUsesWith(view);
    use.erase();
  }
  for (auto [global, data] : globals)
    global.erase();
  return weights.size;
}

llvm::Error ov::writeWeightsFile(StringRef path, const WeightsLayout &weights) {
  return llvm::writeToOutput(path, [&](llvm::raw_ostream &os) {
    uint64_t position = 0;
    for (auto [offset, data] : weights.pieces) {
      os.write_zeros(offset - position);
      os.write(data.data(), data.size());
      position = offset + data.size();
    }
    os.write_zeros(weights.size - position);
    return llvm::Error::success();
  });
}
