//===- RawDataSlices.cpp - Parse an ONNX model without its weights --------===//
//
// The rewrite walks the protobuf wire format of the messages that can hold
// tensors (ModelProto -> GraphProto / FunctionProto -> NodeProto ->
// AttributeProto -> TensorProto / GraphProto) and copies everything else
// verbatim, so protobuf parses the result exactly as it would the original
// except for the cut-out payloads. A rewritten message's size is computed
// (and memoized) before its length prefix is written; the payloads are only
// skipped over, so the file's weight pages are not read here.
//
//===----------------------------------------------------------------------===//

#include "RawDataSlices.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Support/Process.h"

#include <google/protobuf/unknown_field_set.h>

#if defined(__linux__)
#include <sys/mman.h>
#endif

using namespace mlir::ov::onnx_import;
using llvm::ArrayRef;

namespace {

/// The unknown TensorProto field holding a payload's index (fixed64): the
/// largest field number protobuf allows, which onnx.proto will not use.
constexpr uint64_t kSliceField = (1u << 29) - 1;
constexpr uint64_t kSliceTag = (kSliceField << 3) | 1; // wire type fixed64
/// TensorProto.raw_data, length-delimited.
constexpr uint64_t kRawDataField = 9;
constexpr uint8_t kRawDataTag = (kRawDataField << 3) | 2;
/// Deeper submessages are copied verbatim (protobuf's own limit is 100).
constexpr unsigned kMaxDepth = 64;

enum class Kind { Model, Function, Graph, Node, Attribute, Tensor };

/// The kind of the submessage in field `number` of a `kind` message, when it
/// can hold tensors (field numbers of onnx.proto).
std::optional<Kind> getChildKind(Kind kind, uint64_t number) {
  switch (kind) {
  case Kind::Model:
    if (number == 7) // graph
      return Kind::Graph;
    if (number == 25) // functions
      return Kind::Function;
    break;
  case Kind::Function:
    if (number == 7) // node
      return Kind::Node;
    break;
  case Kind::Graph:
    if (number == 1) // node
      return Kind::Node;
    if (number == 5) // initializer
      return Kind::Tensor;
    break;
  case Kind::Node:
    if (number == 5) // attribute
      return Kind::Attribute;
    break;
  case Kind::Attribute:
    if (number == 5 || number == 10) // t, tensors
      return Kind::Tensor;
    if (number == 6 || number == 11) // g, graphs
      return Kind::Graph;
    break;
  case Kind::Tensor:
    break;
  }
  return std::nullopt;
}

bool readVarint(const char *&p, const char *end, uint64_t &value) {
  value = 0;
  for (unsigned shift = 0; shift < 64; shift += 7) {
    if (p == end)
      return false;
    uint8_t byte = static_cast<uint8_t>(*p++);
    value |= static_cast<uint64_t>(byte & 0x7f) << shift;
    if (!(byte & 0x80))
      return true;
  }
  return false;
}

size_t getVarintSize(uint64_t value) {
  size_t size = 1;
  for (; value >= 0x80; value >>= 7)
    ++size;
  return size;
}

void writeVarint(std::string &out, uint64_t value) {
  for (; value >= 0x80; value >>= 7)
    out.push_back(static_cast<char>((value & 0x7f) | 0x80));
  out.push_back(static_cast<char>(value));
}

/// One field of a serialized message.
struct Field {
  const char *begin; // the tag
  const char *payloadBegin;
  const char *end;
  uint64_t number;
  unsigned wireType;
};

/// Reads the field at `p` (advanced past it); false when malformed.
bool readField(const char *&p, const char *end, Field &field) {
  field.begin = p;
  uint64_t tag;
  if (!readVarint(p, end, tag) || (tag >> 3) == 0)
    return false;
  field.number = tag >> 3;
  field.wireType = tag & 7;
  field.payloadBegin = p;
  uint64_t length;
  switch (field.wireType) {
  case 0: // varint
    if (!readVarint(p, end, length))
      return false;
    break;
  case 1: // fixed64
  case 5: // fixed32
    length = field.wireType == 1 ? 8 : 4;
    if (static_cast<uint64_t>(end - p) < length)
      return false;
    p += length;
    break;
  case 2: // length-delimited
    if (!readVarint(p, end, length) || static_cast<uint64_t>(end - p) < length)
      return false;
    field.payloadBegin = p;
    p += length;
    break;
  default: // groups (deprecated, not in onnx.proto) and invalid types
    return false;
  }
  field.end = p;
  return true;
}

class Rewriter {
public:
  Rewriter(size_t minBytes, std::vector<ArrayRef<char>> &slices)
      : minBytes(minBytes), slices(slices) {}

  /// The size of message [begin, end) of `kind` once rewritten, appended to
  /// `out` when set; nullopt when malformed.
  std::optional<size_t> rewrite(const char *begin, const char *end, Kind kind,
                                unsigned depth, std::string *out);

private:
  std::optional<size_t> getSize(const char *begin, const char *end, Kind kind,
                                unsigned depth);

  size_t minBytes;
  std::vector<ArrayRef<char>> &slices;
  llvm::DenseMap<const char *, size_t> sizes;
};

std::optional<size_t> Rewriter::getSize(const char *begin, const char *end,
                                        Kind kind, unsigned depth) {
  auto it = sizes.find(begin);
  if (it != sizes.end())
    return it->second;
  std::optional<size_t> size = rewrite(begin, end, kind, depth, nullptr);
  if (size)
    sizes[begin] = *size;
  return size;
}

std::optional<size_t> Rewriter::rewrite(const char *begin, const char *end,
                                        Kind kind, unsigned depth,
                                        std::string *out) {
  // A tensor's payload is cut out when it has one raw_data field (protobuf
  // keeps the last of repeated ones; such tensors are left alone).
  const char *cut = nullptr;
  if (kind == Kind::Tensor) {
    unsigned rawDataFields = 0;
    for (const char *p = begin; p != end;) {
      Field field;
      if (!readField(p, end, field))
        return std::nullopt;
      if (field.number == kRawDataField && field.wireType == 2) {
        ++rawDataFields;
        if (static_cast<size_t>(field.end - field.payloadBegin) >= minBytes)
          cut = field.begin;
      }
    }
    if (rawDataFields != 1)
      cut = nullptr;
  }

  size_t size = 0;
  for (const char *p = begin; p != end;) {
    Field field;
    if (!readField(p, end, field))
      return std::nullopt;
    // An index field already in the file would alias a payload: dropped.
    if (kind == Kind::Tensor && field.number == kSliceField)
      continue;
    if (field.begin == cut) {
      // An empty raw_data (has_raw_data() stays true) and the index.
      size += 2 + getVarintSize(kSliceTag) + 8;
      if (out) {
        out->push_back(static_cast<char>(kRawDataTag));
        out->push_back(0);
        writeVarint(*out, kSliceTag);
        uint64_t index = slices.size();
        for (unsigned i = 0; i < 8; ++i)
          out->push_back(static_cast<char>((index >> (8 * i)) & 0xff));
        slices.emplace_back(field.payloadBegin, field.end - field.payloadBegin);
      }
      continue;
    }
    std::optional<Kind> childKind = field.wireType == 2 && depth < kMaxDepth
                                        ? getChildKind(kind, field.number)
                                        : std::nullopt;
    if (!childKind) {
      size += field.end - field.begin;
      if (out)
        out->append(field.begin, field.end);
      continue;
    }
    std::optional<size_t> childSize =
        getSize(field.payloadBegin, field.end, *childKind, depth + 1);
    if (!childSize)
      return std::nullopt;
    // The tag is copied; the length prefix is the rewritten size.
    const char *tagEnd = field.begin;
    uint64_t tag;
    readVarint(tagEnd, end, tag);
    size += (tagEnd - field.begin) + getVarintSize(*childSize) + *childSize;
    if (out) {
      out->append(field.begin, tagEnd);
      writeVarint(*out, *childSize);
      if (!rewrite(field.payloadBegin, field.end, *childKind, depth + 1, out))
        return std::nullopt;
    }
  }
  return size;
}

} // namespace

std::optional<std::string>
mlir::ov::onnx_import::stripRawData(ArrayRef<char> model, size_t minBytes,
                                    std::vector<ArrayRef<char>> &slices) {
  Rewriter rewriter(minBytes, slices);
  const char *begin = model.data(), *end = model.data() + model.size();
  std::optional<size_t> size =
      rewriter.rewrite(begin, end, Kind::Model, 0, nullptr);
  if (!size)
    return std::nullopt;
  std::string out;
  out.reserve(*size);
  size_t firstSlice = slices.size();
  if (!rewriter.rewrite(begin, end, Kind::Model, 0, &out)) {
    slices.resize(firstSlice);
    return std::nullopt;
  }
  return out;
}

std::optional<ArrayRef<char>>
mlir::ov::onnx_import::getRawDataSlice(const onnx::TensorProto &tensor,
                                       ArrayRef<ArrayRef<char>> slices) {
  if (!tensor.has_raw_data() || !tensor.raw_data().empty())
    return std::nullopt;
  const google::protobuf::UnknownFieldSet &fields = tensor.unknown_fields();
  std::optional<uint64_t> index;
  for (int i = 0, e = fields.field_count(); i < e; ++i) {
    const google::protobuf::UnknownField &field = fields.field(i);
    if (field.number() == static_cast<int>(kSliceField) &&
        field.type() == google::protobuf::UnknownField::TYPE_FIXED64)
      index = field.fixed64();
  }
  if (!index || *index >= slices.size())
    return std::nullopt;
  return slices[*index];
}

void mlir::ov::onnx_import::releaseMappedPages(ArrayRef<char> bytes) {
#if defined(__linux__)
  uint64_t pageSize = llvm::sys::Process::getPageSizeEstimate();
  uint64_t begin =
      llvm::alignTo(reinterpret_cast<uintptr_t>(bytes.data()), pageSize);
  uint64_t end = llvm::alignDown(
      reinterpret_cast<uintptr_t>(bytes.data()) + bytes.size(), pageSize);
  if (begin < end)
    ::madvise(reinterpret_cast<void *>(begin), end - begin, MADV_DONTNEED);
#else
  (void)bytes;
#endif
}
