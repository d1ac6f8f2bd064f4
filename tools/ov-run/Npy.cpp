//===- Npy.cpp - NumPy .npy files for ov-run ------------------------------===//
//
// The format: "\x93NUMPY", a major and minor version byte, the header
// length (2 bytes in version 1, 4 in versions 2 and 3), then a Python dict
// literal {'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }
// padded with spaces to a 64-byte boundary and ended by '\n', then the data.
//
//===----------------------------------------------------------------------===//

#include "Npy.h"

#include "ovmlir_runtime.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <cstring>

using namespace llvm;

namespace {
struct Descr {
  const char *text;
  int32_t elementType;
};
// NumPy's little-endian type strings ('|' where byte order does not apply).
const Descr kDescrs[] = {
    {"<f4", OVM_F32},
    {"<f2", OVM_F16},
    {"<f8", OVM_F64},
    {"|i1", OVM_I8},
    {"<i2", OVM_I16},
    {"<i4", OVM_I32},
    {"<i8", OVM_I64},
    {"|u1", OVM_U8},
    {"<u2", OVM_U16},
    {"<u4", OVM_U32},
    {"<u8", OVM_U64},
    {"|b1", OVM_BOOL},
    // NumPy has no bfloat16: such tensors travel as their 16-bit patterns
    // in uint16 arrays (as ONNX's numpy_helper gives them). Only for
    // writing: a uint16 file reads as u16 (see the bf16 input check).
    {"<u2", OVM_BF16},
};
constexpr char kMagic[] = "\x93NUMPY";
constexpr size_t kMagicSize = 6;
} // namespace

/// The value of `key` in the header dict: the text after "'key':" up to
/// the next top-level ',' or '}'.
static std::optional<StringRef> findValue(StringRef header, StringRef key) {
  size_t pos = header.find(("'" + key + "'").str());
  if (pos == StringRef::npos)
    return std::nullopt;
  StringRef rest = header.drop_front(pos + key.size() + 2).ltrim();
  if (!rest.consume_front(":"))
    return std::nullopt;
  rest = rest.ltrim();
  if (rest.starts_with("(")) {
    size_t close = rest.find(')');
    if (close == StringRef::npos)
      return std::nullopt;
    return rest.take_front(close + 1);
  }
  return rest.take_until([](char c) { return c == ',' || c == '}'; }).trim();
}

bool ovrun::readNpy(StringRef path, NpyArray &array, std::string &error) {
  auto buffer = MemoryBuffer::getFile(path, /*IsText=*/false,
                                      /*RequiresNullTerminator=*/false);
  if (!buffer) {
    error = "cannot read '" + path.str() + "': " + buffer.getError().message();
    return false;
  }
  StringRef bytes = (*buffer)->getBuffer();
  auto fail = [&](const Twine &what) {
    error = "'" + path.str() + "' is not a valid .npy file: " + what.str();
    return false;
  };
  if (bytes.size() < kMagicSize + 4 || !bytes.starts_with(kMagic))
    return fail("no NumPy magic string");
  uint8_t major = bytes[kMagicSize];
  size_t headerLength, headerStart;
  if (major == 1) {
    headerLength = uint8_t(bytes[8]) | (uint8_t(bytes[9]) << 8);
    headerStart = 10;
  } else if (major == 2 || major == 3) {
    if (bytes.size() < 12)
      return fail("truncated header");
    headerLength = 0;
    for (int i = 3; i >= 0; --i)
      headerLength = (headerLength << 8) | uint8_t(bytes[8 + i]);
    headerStart = 12;
  } else {
    return fail("unknown format version " + Twine(int(major)));
  }
  if (headerStart + headerLength > bytes.size())
    return fail("truncated header");
  StringRef header = bytes.substr(headerStart, headerLength);

  std::optional<StringRef> descr = findValue(header, "descr");
  std::optional<StringRef> fortran = findValue(header, "fortran_order");
  std::optional<StringRef> shape = findValue(header, "shape");
  if (!descr || !fortran || !shape)
    return fail("the header lacks descr, fortran_order or shape");
  StringRef descrText = descr->trim("'\"");
  array.elementType = 0;
  for (const Descr &known : kDescrs)
    if (descrText == known.text && !array.elementType)
      array.elementType = known.elementType;
  if (!array.elementType)
    return fail("element type '" + descrText +
                "' is not supported (little-endian bool, int, uint and "
                "float only)");
  if (*fortran != "False")
    return fail("Fortran-order arrays are not supported");

  array.shape.clear();
  SmallVector<StringRef> dims;
  shape->trim("()").split(dims, ',', -1, /*KeepEmpty=*/false);
  int64_t elements = 1;
  for (StringRef dim : dims) {
    int64_t size;
    if (dim.trim().getAsInteger(10, size) || size < 0)
      return fail("bad shape " + *shape);
    array.shape.push_back(size);
    elements *= size;
  }
  size_t dataSize = elements * ovm_element_size(array.elementType);
  StringRef data = bytes.drop_front(headerStart + headerLength);
  if (data.size() < dataSize)
    return fail("the data holds " + Twine(data.size()) + " bytes, the shape " +
                *shape + " needs " + Twine(dataSize));
  array.data.assign(data.begin(), data.begin() + dataSize);
  return true;
}

bool ovrun::writeNpy(StringRef path, int32_t elementType,
                     ArrayRef<int64_t> shape, const void *data,
                     std::string &error) {
  const char *descr = nullptr;
  for (const Descr &known : kDescrs)
    if (known.elementType == elementType)
      descr = known.text;
  if (!descr) {
    error = "cannot write '" + path.str() + "': NumPy has no type for " +
            ovm_element_type_name(elementType);
    return false;
  }
  std::string header;
  raw_string_ostream os(header);
  os << "{'descr': '" << descr << "', 'fortran_order': False, 'shape': (";
  int64_t elements = 1;
  for (int64_t size : shape) {
    os << size << (shape.size() == 1 ? "," : ", ");
    elements *= size;
  }
  if (!shape.empty())
    header.resize(header.size() - (shape.size() == 1 ? 0 : 2));
  os << "), }";
  // Magic (6) + version (2) + length (2) + header + '\n', 64-byte aligned.
  size_t total = kMagicSize + 4 + header.size() + 1;
  header.append((64 - total % 64) % 64, ' ');
  header += '\n';
  size_t dataSize = elements * ovm_element_size(elementType);
  if (Error err = writeToOutput(path, [&](raw_ostream &out) {
        out.write(kMagic, kMagicSize);
        out << char(1) << char(0) << char(header.size() & 0xff)
            << char(header.size() >> 8) << header;
        out.write(static_cast<const char *>(data), dataSize);
        return Error::success();
      })) {
    error = "cannot write '" + path.str() + "': " + toString(std::move(err));
    return false;
  }
  return true;
}
