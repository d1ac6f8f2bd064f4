//===- Constants.cpp - Reading and writing constant tensors ---------------===//

#include "Constants.h"

#include "ovmlir/Dialect/OV/IR/ShapeUtils.h"
#include "ovmlir/Support/BlobMemory.h"
#include "ovmlir/Support/ResidentMemory.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/AsmState.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/Matchers.h"

#include <cstring>

using namespace mlir;

Attribute ov::codegen::scalarConstant(Value value) {
  Attribute constant;
  if (!matchPattern(value, m_Constant(&constant)))
    return {};
  if (auto elements = dyn_cast<DenseElementsAttr>(constant))
    return elements.isSplat() ? elements.getSplatValue<Attribute>()
                              : Attribute();
  return constant;
}

Value ov::codegen::reshapedSource(Value value) {
  while (Operation *op = value.getDefiningOp()) {
    if (!isa<tensor::ReshapeOp, tensor::ExpandShapeOp, tensor::CollapseShapeOp>(
            op))
      break;
    value = op->getOperand(0);
  }
  return value;
}

std::optional<ArrayRef<char>> ov::codegen::constantBytes(Value value) {
  auto constant = value.getDefiningOp<arith::ConstantOp>();
  if (!constant)
    return std::nullopt;
  return getStoredBytes(constant.getValue());
}

DenseResourceElementsAttr
ov::codegen::createResourceElements(RankedTensorType type, ArrayRef<char> bytes,
                                    StringRef key, ArrayRef<char> source) {
  size_t align =
      std::max<size_t>(1, type.getElementType().getIntOrFloatBitWidth() / 8);
  llvm::Expected<AsmResourceBlob> blob = createFileBackedBlob(bytes, align);
  if (!blob) {
    llvm::consumeError(blob.takeError());
    blob = HeapAsmResourceBlob::allocateAndCopyWithAlign(bytes, align);
  }
  releaseFilePages({source});
  return DenseResourceElementsAttr::get(type, key, std::move(*blob));
}

Value ov::codegen::createResourceConstant(OpBuilder &builder, Location loc,
                                          RankedTensorType type,
                                          ArrayRef<char> bytes, StringRef key,
                                          ArrayRef<char> source) {
  return arith::ConstantOp::create(
      builder, loc, createResourceElements(type, bytes, key, source));
}

std::vector<char> ov::codegen::transposeBytes(ArrayRef<char> input,
                                              ArrayRef<int64_t> inputShape,
                                              ArrayRef<int64_t> permutation,
                                              size_t elementSize) {
  int64_t rank = inputShape.size();
  SmallVector<int64_t> inputStrides(rank, 1);
  for (int64_t d = rank - 2; d >= 0; --d)
    inputStrides[d] = inputStrides[d + 1] * inputShape[d + 1];
  SmallVector<int64_t> outputShape, strides;
  for (int64_t d : permutation) {
    outputShape.push_back(inputShape[d]);
    strides.push_back(inputStrides[d]);
  }
  std::vector<char> output(input.size());
  // Walk the output in order with an index counter; `offset` is the
  // matching input element.
  SmallVector<int64_t> index(rank, 0);
  int64_t offset = 0;
  for (size_t out = 0; out < output.size(); out += elementSize) {
    std::memcpy(&output[out], &input[offset * elementSize], elementSize);
    for (int64_t d = rank - 1; d >= 0; --d) {
      offset += strides[d];
      if (++index[d] < outputShape[d])
        break;
      offset -= strides[d] * outputShape[d];
      index[d] = 0;
    }
  }
  return output;
}

std::optional<std::vector<char>> ov::codegen::sliceOfConstant(Value value) {
  auto slice = value.getDefiningOp<tensor::ExtractSliceOp>();
  if (!slice)
    return std::nullopt;
  Value source = slice.getSource();
  while (Operation *producer = source.getDefiningOp()) {
    if (!isa<tensor::ReshapeOp, tensor::ExpandShapeOp, tensor::CollapseShapeOp>(
            producer))
      break;
    source = producer->getOperand(0);
  }
  auto sourceType = cast<RankedTensorType>(slice.getSourceType());
  std::optional<ArrayRef<char>> bytes = constantBytes(source);
  if (!bytes || !sourceType.hasStaticShape() ||
      !sourceType.getElementType().isF32() ||
      ShapedType::isDynamicShape(slice.getStaticOffsets()) ||
      ShapedType::isDynamicShape(slice.getStaticSizes()) ||
      ShapedType::isDynamicShape(slice.getStaticStrides()) ||
      bytes->size() != sourceType.getNumElements() * sizeof(float))
    return std::nullopt;
  // Row-major strides of the source; the slice's elements in order.
  ArrayRef<int64_t> shape = sourceType.getShape();
  SmallVector<int64_t> strides(shape.size(), 1);
  for (int64_t d = static_cast<int64_t>(shape.size()) - 2; d >= 0; --d)
    strides[d] = strides[d + 1] * shape[d + 1];
  ArrayRef<int64_t> offsets = slice.getStaticOffsets();
  ArrayRef<int64_t> sizes = slice.getStaticSizes();
  ArrayRef<int64_t> steps = slice.getStaticStrides();
  auto *in = reinterpret_cast<const float *>(bytes->data());
  std::vector<char> out(slice.getType().getNumElements() * sizeof(float));
  auto *element = reinterpret_cast<float *>(out.data());
  SmallVector<int64_t> index(shape.size(), 0);
  for (int64_t i = 0, e = slice.getType().getNumElements(); i < e; ++i) {
    int64_t at = 0;
    for (size_t d = 0; d < shape.size(); ++d)
      at += (offsets[d] + index[d] * steps[d]) * strides[d];
    element[i] = in[at];
    for (int64_t d = static_cast<int64_t>(shape.size()) - 1; d >= 0; --d) {
      if (++index[d] < sizes[d])
        break;
      index[d] = 0;
    }
  }
  return out;
}
