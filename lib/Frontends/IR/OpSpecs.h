//===- OpSpecs.h - How OV dialect ops are spelled in classic IR --*- C++
//-*-===//
//
// One table drives both directions of the IR codec: for each OpenVINO layer
// type and opset version, the OV dialect op it becomes and its <data>
// attributes, in the order OpenVINO's serializer writes them, with their
// kinds and the text written for a default value.
//
//===----------------------------------------------------------------------===//

#ifndef OVMLIR_LIB_FRONTENDS_IR_OPSPECS_H
#define OVMLIR_LIB_FRONTENDS_IR_OPSPECS_H

#include "mlir/IR/Attributes.h"
#include "mlir/IR/Operation.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>

namespace mlir::ov {

enum class AttrKind {
  Int,         // "3"
  Float,       // "0.5"
  Bool,        // "true" / "false"
  IntArray,    // "1,2,3" (may be empty)
  Enum,        // an OV dialect enum attribute, by mnemonic (lowercase text)
  EnumUpper,   // the same, written in uppercase (Gelu's ERF, MVN's INSIDE_SQRT)
  ElementType, // "f32"
  String,      // any text
  StringArray, // "sigmoid, tanh" <-> an ArrayAttr of StringAttr (may be empty)
  FloatArray,  // "0.5, 1" <-> a DenseF32ArrayAttr (may be empty)
};

struct AttrSpec {
  const char *xmlName;  // the <data> attribute name
  const char *mlirName; // the op's attribute name
  AttrKind kind;
  /// For Enum: the OV attribute mnemonic (`auto_pad` -> #ov.auto_pad<...>).
  const char *enumMnemonic = nullptr;
  /// The text written when the op holds no value (the ODS default);
  /// nullptr for a required attribute. "V*attr" repeats V once per element
  /// of the op's attribute `attr`, "V*rank" once per dimension of its first
  /// operand (defaults whose length follows the model).
  const char *defaultText = nullptr;
};

struct OpSpec {
  const char *type;   // the layer type as OpenVINO writes it
  unsigned opset;     // the opset version that introduced this form
  const char *opName; // the OV dialect op
  llvm::ArrayRef<AttrSpec> attrs;
  /// Results the op has that this version's layer does not (MaxPool-1 has
  /// one output, ov.max_pool two: 1). The reader gives them the first
  /// output's shape with element type i64 (MaxPool's default indices); the
  /// writer refuses to drop one that is used.
  unsigned extraResults = 0;
  /// For ops with several optional operands (AttrSizedOperandSegments): one
  /// letter per ODS operand, 'r' required, 'o' optional, e.g. "rrroo" for
  /// ScaledDotProductAttention. The layer's inputs fill the optional operands
  /// in order, as OpenVINO's input indices do. Null: no segments.
  const char *operandSegments = nullptr;
};

/// The spec for reading layer `type` (case-insensitive) at `opset`: the
/// newest form whose version is <= opset. Null when the type is unknown;
/// `knownType` tells whether the type exists at some other version.
const OpSpec *lookupOpSpecForRead(llvm::StringRef type, unsigned opset,
                                  bool &knownType);
/// The opset versions of layer `type` (case-insensitive) that have a spec,
/// oldest first.
llvm::SmallVector<unsigned> getKnownOpsets(llvm::StringRef type);
/// The spec for writing `op`: the form recorded in its `ov.opset` attribute,
/// else the newest one. Null when the op has no IR form.
const OpSpec *lookupOpSpecForWrite(Operation *op);

/// Converts <data> text to the attribute `spec` describes, or returns null
/// and sets `error`.
Attribute parseAttrText(MLIRContext *context, const AttrSpec &spec,
                        llvm::StringRef text, std::string &error);
/// The <data> text of `value` (null: the spec's default text, see AttrSpec)
/// of an attribute of `op`.
std::string printAttrText(const AttrSpec &spec, Attribute value,
                          Operation *op = nullptr);

} // namespace mlir::ov

#endif // OVMLIR_LIB_FRONTENDS_IR_OPSPECS_H
