//===- OVDialect.cpp - The OV dialect -------------------------------------===//

#include "ovmlir/Dialect/OV/IR/OVDialect.h"
#include "ovmlir/Dialect/OV/IR/OVOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::ov;

#include "ovmlir/Dialect/OV/IR/OVDialect.cpp.inc"
#include "ovmlir/Dialect/OV/IR/OVEnums.cpp.inc"

#define GET_ATTRDEF_CLASSES
#include "ovmlir/Dialect/OV/IR/OVAttrs.cpp.inc"
#define GET_TYPEDEF_CLASSES
#include "ovmlir/Dialect/OV/IR/OVTypes.cpp.inc"

void OVDialect::initialize() {
  addTypes<
#define GET_TYPEDEF_LIST
#include "ovmlir/Dialect/OV/IR/OVTypes.cpp.inc"
      >();
  addAttributes<
#define GET_ATTRDEF_LIST
#include "ovmlir/Dialect/OV/IR/OVAttrs.cpp.inc"
      >();
  addOperations<
#define GET_OP_LIST
#include "ovmlir/Dialect/OV/IR/OVConstantOps.cpp.inc"
      >();
  addOperations<
#define GET_OP_LIST
#include "ovmlir/Dialect/OV/IR/OVElementwiseOps.cpp.inc"
      >();
  addOperations<
#define GET_OP_LIST
#include "ovmlir/Dialect/OV/IR/OVNNOps.cpp.inc"
      >();
  addOperations<
#define GET_OP_LIST
#include "ovmlir/Dialect/OV/IR/OVNormalizationOps.cpp.inc"
      >();
  addOperations<
#define GET_OP_LIST
#include "ovmlir/Dialect/OV/IR/OVSequenceOps.cpp.inc"
      >();
  addOperations<
#define GET_OP_LIST
#include "ovmlir/Dialect/OV/IR/OVReductionOps.cpp.inc"
      >();
  addOperations<
#define GET_OP_LIST
#include "ovmlir/Dialect/OV/IR/OVShapeOps.cpp.inc"
      >();
  addOperations<
#define GET_OP_LIST
#include "ovmlir/Dialect/OV/IR/OVIndexingOps.cpp.inc"
      >();
  addOperations<
#define GET_OP_LIST
#include "ovmlir/Dialect/OV/IR/OVStateOps.cpp.inc"
      >();
  addOperations<
#define GET_OP_LIST
#include "ovmlir/Dialect/OV/IR/OVControlFlowOps.cpp.inc"
      >();
}

Operation *OVDialect::materializeConstant(OpBuilder &builder, Attribute value,
                                          Type type, Location loc) {
  auto elements = dyn_cast<ElementsAttr>(value);
  if (!elements || elements.getType() != type)
    return nullptr;
  return ConstantOp::create(builder, loc, elements);
}

/// Checks that `attr` is an array of strings (a set of tensor names).
/// Checks an `ov.dim_bounds` value for a value of `type`: [lo, hi] per
/// dimension, 0 <= lo, hi = -1 or lo <= hi, and lo = hi = d for a static d.
static LogicalResult verifyDimBounds(function_ref<InFlightDiagnostic()> emit,
                                     Attribute attr, Type type,
                                     const Twine &what) {
  auto bounds = dyn_cast<DenseI64ArrayAttr>(attr);
  auto ranked = dyn_cast<RankedTensorType>(type);
  if (!bounds)
    return emit() << what << " must be an array<i64>";
  if (bounds.empty())
    return success();
  if (!ranked || bounds.size() != 2 * ranked.getRank())
    return emit() << what << " must hold a [lo, hi] pair per dimension of "
                  << type;
  for (auto [i, dim] : llvm::enumerate(ranked.getShape())) {
    int64_t lo = bounds[2 * i], hi = bounds[2 * i + 1];
    bool valid = lo >= 0 && (hi == -1 || lo <= hi) &&
                 (ShapedType::isDynamic(dim) || (lo == dim && hi == dim));
    if (!valid)
      return emit() << what << ": bounds [" << lo << ", " << hi
                    << "] do not fit dimension " << i << " of " << type;
  }
  return success();
}

static LogicalResult verifyNameList(function_ref<InFlightDiagnostic()> emit,
                                    Attribute attr, const Twine &what) {
  auto names = dyn_cast<ArrayAttr>(attr);
  if (!names || !llvm::all_of(names, llvm::IsaPred<StringAttr>))
    return emit() << what << " must be an array of strings";
  return success();
}

LogicalResult OVDialect::verifyOperationAttribute(Operation *op,
                                                  NamedAttribute attr) {
  auto emit = [&] { return op->emitOpError(); };
  if (attr.getName() == kTensorNamesAttrName) {
    auto perResult = dyn_cast<ArrayAttr>(attr.getValue());
    if (!perResult || perResult.size() != op->getNumResults())
      return emit() << "'" << kTensorNamesAttrName
                    << "' must hold one array of names per result ("
                    << op->getNumResults() << ")";
    for (auto [i, names] : llvm::enumerate(perResult))
      if (failed(verifyNameList(emit, names,
                                Twine("tensor names of result ") + Twine(i))))
        return failure();
    return success();
  }
  if (attr.getName() == kRtInfoAttrName ||
      attr.getName() == kMetaDataAttrName) {
    if (!isa<DictionaryAttr>(attr.getValue()))
      return emit() << "'" << attr.getName().getValue()
                    << "' must be a dictionary";
    return success();
  }
  if (attr.getName() == kExtraDataAttrName) {
    auto extra = dyn_cast<DictionaryAttr>(attr.getValue());
    if (!extra || !llvm::all_of(extra, [](NamedAttribute entry) {
          return isa<StringAttr>(entry.getValue());
        }))
      return emit() << "'" << kExtraDataAttrName
                    << "' must be a dictionary of strings";
    return success();
  }
  if (attr.getName() == kPortRtInfoAttrName) {
    auto perResult = dyn_cast<ArrayAttr>(attr.getValue());
    if (!perResult || perResult.size() != op->getNumResults() ||
        !llvm::all_of(perResult, llvm::IsaPred<DictionaryAttr>))
      return emit() << "'" << kPortRtInfoAttrName
                    << "' must hold one dictionary per result ("
                    << op->getNumResults() << ")";
    return success();
  }
  if (attr.getName() == kDimBoundsAttrName) {
    auto perResult = dyn_cast<ArrayAttr>(attr.getValue());
    if (!perResult || perResult.size() != op->getNumResults())
      return emit() << "'" << kDimBoundsAttrName
                    << "' must hold one array<i64> per result ("
                    << op->getNumResults() << ")";
    for (auto [i, bounds] : llvm::enumerate(perResult))
      if (failed(verifyDimBounds(emit, bounds, op->getResult(i).getType(),
                                 "bounds of result " + Twine(i))))
        return failure();
    return success();
  }
  if (attr.getName() == kRegionArgAttrsName ||
      attr.getName() == kRegionResultAttrsName) {
    auto perRegion = dyn_cast<ArrayAttr>(attr.getValue());
    auto isArrayOfDicts = [](Attribute value) {
      auto array = dyn_cast<ArrayAttr>(value);
      return array && llvm::all_of(array, llvm::IsaPred<DictionaryAttr>);
    };
    if (!perRegion || perRegion.size() != op->getNumRegions() ||
        !llvm::all_of(perRegion, isArrayOfDicts))
      return emit() << "'" << attr.getName().getValue()
                    << "' must hold one array of dictionaries per region ("
                    << op->getNumRegions() << ")";
    return success();
  }
  if (attr.getName() == kOpsetAttrName ||
      attr.getName() == kIRVersionAttrName) {
    auto version = dyn_cast<IntegerAttr>(attr.getValue());
    if (!version || version.getInt() < 1)
      return emit() << "'" << attr.getName().getValue()
                    << "' must be a positive integer";
    return success();
  }
  return emit() << "unknown OV dialect attribute '" << attr.getName().getValue()
                << "'";
}

LogicalResult OVDialect::verifyRegionArgAttribute(Operation *op,
                                                  unsigned regionIndex,
                                                  unsigned argIndex,
                                                  NamedAttribute attr) {
  auto emit = [&] {
    return op->emitOpError() << "argument " << argIndex << ": ";
  };
  if (attr.getName() == kNameAttrName) {
    if (!isa<StringAttr>(attr.getValue()))
      return emit() << "'" << kNameAttrName << "' must be a string";
    return success();
  }
  if (attr.getName() == kTensorNamesAttrName)
    return verifyNameList(emit, attr.getValue(),
                          Twine("'") + kTensorNamesAttrName + "'");
  if (attr.getName() == kRtInfoAttrName ||
      attr.getName() == kPortRtInfoAttrName) {
    if (!isa<DictionaryAttr>(attr.getValue()))
      return emit() << "'" << attr.getName().getValue()
                    << "' must be a dictionary";
    return success();
  }
  if (attr.getName() == kExtraDataAttrName) {
    auto extra = dyn_cast<DictionaryAttr>(attr.getValue());
    if (!extra || !llvm::all_of(extra, [](NamedAttribute entry) {
          return isa<StringAttr>(entry.getValue());
        }))
      return emit() << "'" << kExtraDataAttrName
                    << "' must be a dictionary of strings";
    return success();
  }
  if (attr.getName() == kDimBoundsAttrName) {
    Type type;
    if (auto function = dyn_cast<FunctionOpInterface>(op))
      type = function.getArgumentTypes()[argIndex];
    else if (!op->getRegion(regionIndex).empty())
      type = op->getRegion(regionIndex).getArgument(argIndex).getType();
    return verifyDimBounds(emit, attr.getValue(), type,
                           Twine("'") + kDimBoundsAttrName + "'");
  }
  return emit() << "unknown OV dialect argument attribute '"
                << attr.getName().getValue() << "'";
}

LogicalResult OVDialect::verifyRegionResultAttribute(Operation *op,
                                                     unsigned regionIndex,
                                                     unsigned resultIndex,
                                                     NamedAttribute attr) {
  auto emit = [&] {
    return op->emitOpError() << "result " << resultIndex << ": ";
  };
  if (attr.getName() == kNameAttrName) {
    if (!isa<StringAttr>(attr.getValue()))
      return emit() << "'" << kNameAttrName << "' must be a string";
    return success();
  }
  if (attr.getName() == kRtInfoAttrName) {
    if (!isa<DictionaryAttr>(attr.getValue()))
      return emit() << "'" << kRtInfoAttrName << "' must be a dictionary";
    return success();
  }
  return emit() << "unknown OV dialect result attribute '"
                << attr.getName().getValue() << "'";
}
