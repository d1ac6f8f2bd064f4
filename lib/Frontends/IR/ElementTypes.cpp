//===- ElementTypes.cpp - OpenVINO element type names <-> MLIR types ------===//

#include "ovmlir/Frontends/IR/ElementTypes.h"

#include "ovmlir/Dialect/OV/IR/OVDialect.h"

#include "mlir/IR/BuiltinTypes.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"

using namespace mlir;

namespace {
/// One row per element type: data name, port precision, constructor.
struct ElementTypeInfo {
  const char *name;
  const char *precision;
  Type (*get)(MLIRContext *);
};
} // namespace

static const ElementTypeInfo kElementTypes[] = {
    {"f64", "FP64", [](MLIRContext *c) -> Type { return Float64Type::get(c); }},
    {"f32", "FP32", [](MLIRContext *c) -> Type { return Float32Type::get(c); }},
    {"f16", "FP16", [](MLIRContext *c) -> Type { return Float16Type::get(c); }},
    {"bf16", "BF16",
     [](MLIRContext *c) -> Type { return BFloat16Type::get(c); }},
    {"f8e4m3", "F8E4M3",
     [](MLIRContext *c) -> Type { return Float8E4M3FNType::get(c); }},
    {"f8e5m2", "F8E5M2",
     [](MLIRContext *c) -> Type { return Float8E5M2Type::get(c); }},
    {"i64", "I64",
     [](MLIRContext *c) -> Type { return IntegerType::get(c, 64); }},
    {"i32", "I32",
     [](MLIRContext *c) -> Type { return IntegerType::get(c, 32); }},
    {"i16", "I16",
     [](MLIRContext *c) -> Type { return IntegerType::get(c, 16); }},
    {"i8", "I8", [](MLIRContext *c) -> Type { return IntegerType::get(c, 8); }},
    {"i4", "I4", [](MLIRContext *c) -> Type { return IntegerType::get(c, 4); }},
    {"u64", "U64",
     [](MLIRContext *c) -> Type {
       return IntegerType::get(c, 64, IntegerType::Unsigned);
     }},
    {"u32", "U32",
     [](MLIRContext *c) -> Type {
       return IntegerType::get(c, 32, IntegerType::Unsigned);
     }},
    {"u16", "U16",
     [](MLIRContext *c) -> Type {
       return IntegerType::get(c, 16, IntegerType::Unsigned);
     }},
    {"u8", "U8",
     [](MLIRContext *c) -> Type {
       return IntegerType::get(c, 8, IntegerType::Unsigned);
     }},
    {"u4", "U4",
     [](MLIRContext *c) -> Type {
       return IntegerType::get(c, 4, IntegerType::Unsigned);
     }},
    {"u1", "BIN",
     [](MLIRContext *c) -> Type {
       return IntegerType::get(c, 1, IntegerType::Unsigned);
     }},
    {"boolean", "BOOL",
     [](MLIRContext *c) -> Type { return IntegerType::get(c, 1); }},
    {"string", "STRING",
     [](MLIRContext *c) -> Type { return ov::StringType::get(c); }},
};

Type ov::parseElementTypeName(MLIRContext *context, StringRef name) {
  std::string lower = name.lower();
  for (const ElementTypeInfo &info : kElementTypes)
    if (lower == info.name)
      return info.get(context);
  // Aliases older writers use.
  if (lower == "u1")
    return IntegerType::get(context, 1, IntegerType::Unsigned);
  return {};
}

Type ov::parsePrecision(MLIRContext *context, StringRef precision) {
  std::string upper = precision.upper();
  for (const ElementTypeInfo &info : kElementTypes)
    if (upper == info.precision)
      return info.get(context);
  // Old spellings and the lowercase names are accepted too.
  if (upper == "U1")
    return IntegerType::get(context, 1, IntegerType::Unsigned);
  if (upper == "BOOLEAN")
    return IntegerType::get(context, 1);
  return parseElementTypeName(context, precision);
}

std::string ov::getElementTypeName(Type type) {
  for (const ElementTypeInfo &info : kElementTypes)
    if (info.get(type.getContext()) == type)
      return info.name;
  return "";
}

std::string ov::getPrecision(Type type) {
  for (const ElementTypeInfo &info : kElementTypes)
    if (info.get(type.getContext()) == type)
      return info.precision;
  return "";
}

unsigned ov::getElementBitWidth(Type type) {
  if (isa<ov::StringType>(type))
    return 0;
  return type.getIntOrFloatBitWidth();
}
