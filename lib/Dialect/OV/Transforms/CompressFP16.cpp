//===- CompressFP16.cpp - Store float weights in f16 ----------------------===//
//
// OpenVINO's compress_to_fp16: f32 constants become `Const f16
// (<name>_compressed) -> Convert f32 (<name>, rt_info decompression)`;
// constants feeding shape computations are marked `precise` and kept.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Dialect/OV/IR/OVOps.h"
#include "ovmlir/Dialect/OV/Transforms/Passes.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "llvm/ADT/APFloat.h"

namespace mlir::ov {
#define GEN_PASS_DEF_OVCOMPRESSFP16
#include "ovmlir/Dialect/OV/Transforms/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;
using namespace mlir::ov;

namespace {

constexpr StringLiteral kPrecise = "precise";
constexpr StringLiteral kDecompression = "decompression";

/// The operands whose values OpenVINO marks precision sensitive (they are
/// shapes, sizes or indices computed from the model): op name -> operands.
ArrayRef<unsigned> getPrecisionSensitiveOperands(Operation *op) {
  static const llvm::StringMap<SmallVector<unsigned, 3>> table = {
      {"ov.reshape", {1}},
      {"ov.interpolate", {1}},
      {"ov.interpolate_v4", {1, 2}},
      {"ov.strided_slice", {1, 2, 3}},
      {"ov.broadcast", {1}},
      {"ov.pad", {1, 2}},
      {"ov.topk", {1}},
      {"ov.one_hot", {1}},
      {"ov.convolution_backprop_data", {2}},
  };
  auto it = table.find(op->getName().getStringRef());
  return it == table.end() ? ArrayRef<unsigned>() : it->second;
}

/// Returns `attrs` (an rt_info dictionary, maybe null) with entry `name` =
/// {version = "0"} added.
DictionaryAttr withRtFlag(MLIRContext *context, DictionaryAttr attrs,
                          StringRef name) {
  NamedAttrList list(attrs);
  Builder b(context);
  list.set(name, b.getDictionaryAttr(
                     {b.getNamedAttr("version", b.getStringAttr("0"))}));
  return list.getDictionary(context);
}

bool hasRtFlag(Operation *op, StringRef name) {
  auto rt = op->getAttrOfType<DictionaryAttr>(OVDialect::kRtInfoAttrName);
  return rt && rt.get(name);
}

void setRtFlag(Operation *op, StringRef name) {
  auto rt = op->getAttrOfType<DictionaryAttr>(OVDialect::kRtInfoAttrName);
  op->setAttr(OVDialect::kRtInfoAttrName,
              withRtFlag(op->getContext(), rt, name));
}

/// Marks `precise` every constant that a precision-sensitive operand depends
/// on, walking up until the ShapeOf ops that start shape computations.
void markPreciseConstants(func::FuncOp func) {
  SmallVector<Value> worklist;
  func.walk([&](Operation *op) {
    for (unsigned index : getPrecisionSensitiveOperands(op))
      if (index < op->getNumOperands())
        worklist.push_back(op->getOperand(index));
  });
  DenseSet<Operation *> visited;
  while (!worklist.empty()) {
    Operation *producer = worklist.pop_back_val().getDefiningOp();
    if (!producer || !visited.insert(producer).second ||
        isa<ShapeOfOp>(producer))
      continue;
    if (isa<ConstantOp>(producer)) {
      setRtFlag(producer, kPrecise);
      continue;
    }
    llvm::append_range(worklist, producer->getOperands());
  }
}

/// The f32 values of a constant (a single value for a splat), or nullopt
/// when they are not available as plain memory.
std::optional<ArrayRef<float>> getFloatData(ElementsAttr value, bool &isSplat) {
  isSplat = false;
  if (auto dense = dyn_cast<DenseElementsAttr>(value)) {
    isSplat = dense.isSplat();
    ArrayRef<char> raw = dense.getRawData();
    return ArrayRef<float>(reinterpret_cast<const float *>(raw.data()),
                           raw.size() / sizeof(float));
  }
  if (auto resource = dyn_cast<DenseResourceElementsAttr>(value)) {
    AsmResourceBlob *blob = resource.getRawHandle().getBlob();
    if (!blob)
      return std::nullopt;
    ArrayRef<char> raw = blob->getData();
    return ArrayRef<float>(reinterpret_cast<const float *>(raw.data()),
                           raw.size() / sizeof(float));
  }
  return std::nullopt;
}

/// Whether `value` does not survive as an f16: too large, or non-zero but
/// below the smallest f16 subnormal.
bool isOutOfF16Range(float value) {
  constexpr float kMaxF16 = 65504.0f;
  constexpr float kMinF16Subnormal = 5.9604645e-08f; // 2^-24
  float magnitude = std::fabs(value);
  return std::isfinite(value) &&
         (magnitude > kMaxF16 || (value != 0 && magnitude < kMinF16Subnormal));
}

/// The f16 bits of `value`, clamped to the finite f16 range.
uint16_t toF16Bits(float value) {
  constexpr float kMaxF16 = 65504.0f;
  if (std::isfinite(value))
    value = std::clamp(value, -kMaxF16, kMaxF16);
  APFloat converted(value);
  bool losesInfo;
  converted.convert(APFloat::IEEEhalf(), APFloat::rmNearestTiesToEven,
                    &losesInfo);
  return static_cast<uint16_t>(converted.bitcastToAPInt().getZExtValue());
}

/// The layer name of a constant (its NameLoc), or "" when it has none.
StringRef getName(Location loc) {
  if (auto name = dyn_cast<NameLoc>(loc))
    return name.getName().getValue();
  return "";
}

/// The location of the f16 constant: `<name>_compressed` when the constant
/// is named (an unnamed one gets a generated layer name on export).
Location getCompressedLoc(Location loc) {
  auto named = dyn_cast<NameLoc>(loc);
  if (!named)
    return loc;
  return NameLoc::get(
      StringAttr::get(loc.getContext(), named.getName().str() + "_compressed"),
      named.getChildLoc());
}

/// Compresses one constant; returns false when it stays f32.
bool compressConstant(ConstantOp constant) {
  auto type = dyn_cast<RankedTensorType>(constant.getType());
  if (!type || !type.getElementType().isF32() ||
      hasRtFlag(constant, kPrecise) || constant->use_empty())
    return false;
  // Already compressed: its only user is a decompression Convert.
  if (llvm::all_of(constant->getUsers(), [](Operation *user) {
        return isa<ConvertOp>(user) && hasRtFlag(user, kDecompression);
      }))
    return false;
  bool isSplat;
  std::optional<ArrayRef<float>> data =
      getFloatData(constant.getValue(), isSplat);
  int64_t numElements = type.getNumElements();
  if (!data || numElements == 0 ||
      static_cast<int64_t>(data->size()) != (isSplat ? 1 : numElements))
    return false;
  int64_t outOfRange = llvm::count_if(*data, isOutOfF16Range);
  if (outOfRange * 4 >= static_cast<int64_t>(data->size()) * 3)
    return false;

  MLIRContext *context = constant.getContext();
  auto f16Type =
      RankedTensorType::get(type.getShape(), Float16Type::get(context));
  StringRef name = getName(constant.getLoc());
  ElementsAttr value;
  if (isSplat) {
    value = DenseElementsAttr::get(
        f16Type,
        APFloat(APFloat::IEEEhalf(), APInt(16, toF16Bits((*data)[0]))));
  } else {
    SmallVector<uint16_t> bits;
    bits.reserve(data->size());
    for (float v : *data)
      bits.push_back(toF16Bits(v));
    ArrayRef<char> bytes(reinterpret_cast<const char *>(bits.data()),
                         bits.size() * sizeof(uint16_t));
    if (numElements <= 16)
      value = DenseElementsAttr::getFromRawBuffer(f16Type, bytes);
    else
      value = DenseResourceElementsAttr::get(
          f16Type,
          ((name.empty() ? StringRef("constant") : name) + "_compressed").str(),
          HeapAsmResourceBlob::allocateAndCopyWithAlign(bytes,
                                                        alignof(uint16_t)));
  }

  OpBuilder builder(constant);
  auto compressed =
      ConstantOp::create(builder, getCompressedLoc(constant.getLoc()), value);
  auto convert = ConvertOp::create(builder, constant.getLoc(), type,
                                   compressed.getResult(),
                                   TypeAttr::get(type.getElementType()));
  // The Convert stands for the original constant: its rt_info, names.
  if (Attribute rt = constant->getAttr(OVDialect::kRtInfoAttrName))
    convert->setAttr(OVDialect::kRtInfoAttrName, rt);
  setRtFlag(convert, kDecompression);
  if (Attribute names = constant->getAttr(OVDialect::kTensorNamesAttrName))
    convert->setAttr(OVDialect::kTensorNamesAttrName, names);
  constant.getResult().replaceAllUsesWith(convert.getResult());
  constant.erase();
  return true;
}

struct CompressFP16Pass : ov::impl::OVCompressFP16Base<CompressFP16Pass> {
  void runOnOperation() override {
    func::FuncOp func = getOperation();
    markPreciseConstants(func);
    SmallVector<ConstantOp> constants;
    func.walk([&](ConstantOp constant) { constants.push_back(constant); });
    for (ConstantOp constant : constants)
      compressConstant(constant);
  }
};

} // namespace
