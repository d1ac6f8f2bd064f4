//===- State.cpp - ReadValue and Assign through the runtime's variables ---===//
//
// A model's variables (OpenVINO's ReadValue-3/6 and Assign-3/6) live in the
// runtime instance, not in the generated code, which has no mutable global
// state: separate instances of one model have separate variables. The
// generated code calls the runtime (ovmlir_runtime.h), which finds the
// instance running on the calling thread:
//
//   ReadValue: `ovm_runtime_variable_get` checks the variable's value
//     against the result type and reports its dimensions, or that it has no
//     value yet (first run, after ovm_model_reset_state); then either
//     `ovm_runtime_variable_read` copies the value into a new buffer, or the
//     result is `init_value` (zeros of the variable's shape without one).
//   Assign: `ovm_runtime_variable_set` copies the value (any strided
//     buffer) into the variable's pending value.
//
// Ordering: as in OpenVINO (whose CPU plugin double-buffers a state and
// commits Assigns after the inference), a ReadValue reads the value as of
// the start of the run even when an Assign of the same variable runs
// before it; the runtime commits a run's Assigns when the run succeeds
// (the last Assign of a variable wins) and drops them when it fails. Each
// ReadValue copies out and each Assign copies in, so no buffer of the
// generated code aliases a variable.
//
// Two steps: the module pass `ov-declare-variables` checks every variable
// across the model (one element type; shapes of ReadValue results, the
// declared `variable_shape` and Assigned values compatible) with errors at
// the ops, and declares the runtime functions and one constant per
// variable: its name as a C string, with the variable's id and type as
// attributes. The patterns below (part of convert-ov-to-linalg) then
// lower each op to tensor-level code around those calls; pointers are
// passed as `index` (memref.extract_aligned_pointer_as_index).
//
//===----------------------------------------------------------------------===//

#include "LoweringUtils.h"

#include "ovmlir/Conversion/Passes.h"
#include "ovmlir/Conversion/RuntimeABI.h"
#include "ovmlir/Dialect/OV/IR/OVOps.h"
#include "ovmlir/Dialect/OV/IR/ShapeUtils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/ImplicitLocOpBuilder.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Transforms/DialectConversion.h"
#include "llvm/ADT/MapVector.h"

namespace mlir::ov {
#define GEN_PASS_DEF_DECLAREVARIABLES
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;
using namespace mlir::ov;
using namespace mlir::ov::lowering;

namespace {

constexpr StringLiteral kGetFunction = "ovm_runtime_variable_get";
constexpr StringLiteral kReadFunction = "ovm_runtime_variable_read";
constexpr StringLiteral kSetFunction = "ovm_runtime_variable_set";
/// On a variable's name constant: the variable_id and the variable's type
/// (a tensor type, unranked when even the rank is open).
constexpr StringLiteral kVariableIdAttr = "ovm.variable_id";
constexpr StringLiteral kVariableTypeAttr = "ovm.variable_type";

/// The C signatures of ovmlir_runtime.h; pointers are `index`.
FunctionType getRuntimeFunctionType(MLIRContext *context, StringRef name) {
  Builder b(context);
  Type ptr = b.getIndexType(), i32 = b.getI32Type();
  if (name == kGetFunction)
    return b.getFunctionType({ptr, i32, i32, ptr}, {i32});
  if (name == kReadFunction)
    return b.getFunctionType({ptr, ptr}, {});
  return b.getFunctionType({ptr, i32, i32, ptr, ptr}, {});
}

/// The name constant `ov-declare-variables` made for `id`, or null.
memref::GlobalOp lookupVariable(Operation *op, StringRef id) {
  auto module = op->getParentOfType<ModuleOp>();
  if (!module)
    return nullptr;
  for (auto global : module.getOps<memref::GlobalOp>())
    if (auto attr = global->getAttrOfType<StringAttr>(kVariableIdAttr))
      if (attr.getValue() == id)
        return global;
  return nullptr;
}

//===----------------------------------------------------------------------===//
// ov-declare-variables
//===----------------------------------------------------------------------===//

/// `variable_shape` ("1,?,4", "[2,3]", "1..8,4", "..."): a ranked or
/// unranked tensor type of `elementType`, or failure.
FailureOr<Type> parseVariableShape(StringRef text, Type elementType) {
  text = text.trim();
  if (text == "...")
    return Type(UnrankedTensorType::get(elementType));
  text.consume_front("[");
  text.consume_back("]");
  SmallVector<int64_t> shape;
  SmallVector<StringRef> dims;
  text.split(dims, ',', -1, /*KeepEmpty=*/false);
  for (StringRef dim : dims) {
    dim = dim.trim();
    int64_t size;
    if (dim == "?" || dim == "-1") {
      shape.push_back(ShapedType::kDynamic);
    } else if (dim.contains("..")) {
      auto [low, high] = dim.split("..");
      shape.push_back(low == high && !low.getAsInteger(10, size)
                          ? size
                          : ShapedType::kDynamic);
    } else if (!dim.getAsInteger(10, size) && size >= 0) {
      shape.push_back(size);
    } else {
      return failure();
    }
  }
  return Type(RankedTensorType::get(shape, elementType));
}

/// An error at `op`, which names the model's node when it has a name
/// (in IR and ONNX models the name is in the location, which the message
/// may not print as such).
InFlightDiagnostic nodeError(Operation *op) {
  InFlightDiagnostic diag = op->emitError();
  if (auto name = dyn_cast<NameLoc>(op->getLoc()))
    diag << "node '" << name.getName().getValue() << "': ";
  return diag;
}

/// What the model says about one variable.
struct VariableInfo {
  Type elementType;
  Operation *elementTypeSource = nullptr;
  /// The most static type every ReadValue and declaration allows.
  Type type;
  Operation *typeSource = nullptr;
};

struct DeclareVariablesPass
    : ov::impl::DeclareVariablesBase<DeclareVariablesPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    llvm::MapVector<StringRef, VariableInfo> variables;
    bool ok = true;
    auto checkElementType = [&](Operation *op, StringRef id, Type type,
                                StringRef role) {
      VariableInfo &info = variables[id];
      if (!getRuntimeElementType(type)) {
        nodeError(op) << role << " of variable '" << id
                      << "': the runtime has no element type " << type;
        return false;
      }
      if (!info.elementType) {
        info.elementType = type;
        info.elementTypeSource = op;
      } else if (info.elementType != type) {
        InFlightDiagnostic diag = nodeError(op)
                                  << role << " of variable '" << id << "' with "
                                  << type << " elements, elsewhere it has "
                                  << info.elementType << " elements";
        diag.attachNote(info.elementTypeSource->getLoc())
            << "variable '" << id << "' has " << info.elementType
            << " elements here";
        return false;
      }
      return true;
    };
    auto refine = [&](Operation *op, StringRef id, Type type, StringRef what) {
      VariableInfo &info = variables[id];
      if (!info.type) {
        info.type = type;
        info.typeSource = op;
        return true;
      }
      Type refined = refineType(info.type, type);
      if (!refined) {
        InFlightDiagnostic diag = nodeError(op)
                                  << what << " of variable '" << id << "' is "
                                  << type << ", incompatible with " << info.type
                                  << " (declared or read elsewhere)";
        diag.attachNote(info.typeSource->getLoc())
            << "variable '" << id << "' is " << info.type << " here";
        return false;
      }
      info.type = refined;
      return true;
    };

    // ReadValues first: they (and ReadValue-6's declaration) define the
    // variable; Assigns must fit it.
    module.walk([&](ReadValueOp op) {
      StringRef id = op.getVariableId();
      Type type = op.getOutput().getType();
      if (!isa<RankedTensorType>(type)) {
        nodeError(op) << "ReadValue of variable '" << id
                      << "' has the unranked type " << type
                      << ": compiling needs a ranked result";
        ok = false;
        return;
      }
      if (!checkElementType(op, id, getElementType(type), "ReadValue")) {
        ok = false;
        return;
      }
      if (auto shape = op.getVariableShapeAttr()) {
        FailureOr<Type> declared =
            parseVariableShape(shape.getValue(), getElementType(type));
        if (failed(declared)) {
          nodeError(op) << "variable '" << id << "': cannot read the shape '"
                        << shape.getValue() << "'";
          ok = false;
          return;
        }
        if (!refine(op, id, *declared, "the declared shape")) {
          ok = false;
          return;
        }
      }
      ok &= refine(op, id, type, "ReadValue");
    });
    module.walk([&](AssignOp op) {
      StringRef id = op.getVariableId();
      Type type = op.getValue().getType();
      if (!isa<RankedTensorType>(type)) {
        nodeError(op) << "Assign to variable '" << id
                      << "' of the unranked type " << type
                      << ": compiling needs a ranked value";
        ok = false;
        return;
      }
      if (!checkElementType(op, id, getElementType(type), "Assign")) {
        ok = false;
        return;
      }
      VariableInfo &info = variables[id];
      if (info.type && !refineType(info.type, type)) {
        InFlightDiagnostic diag = nodeError(op)
                                  << "Assign of " << type << " to variable '"
                                  << id << "' of type " << info.type;
        diag.attachNote(info.typeSource->getLoc())
            << "variable '" << id << "' is " << info.type << " here";
        ok = false;
      }
    });
    if (!ok)
      return signalPassFailure();
    // Zeros need a shape.
    module.walk([&](ReadValueOp op) {
      if (op.getInitValue())
        return;
      auto type = dyn_cast_or_null<RankedTensorType>(
          variables[op.getVariableId()].type);
      if (!type || !type.hasStaticShape()) {
        nodeError(op) << "ReadValue of variable '" << op.getVariableId()
                      << "' without init_value reads zeros at first, which "
                         "needs a static variable shape, not "
                      << variables[op.getVariableId()].type;
        ok = false;
      }
    });
    if (!ok)
      return signalPassFailure();
    if (variables.empty())
      return;

    OpBuilder b(module.getBodyRegion());
    SymbolTable symbols(module);
    for (StringRef name : {kGetFunction, kReadFunction, kSetFunction}) {
      if (symbols.lookup(name))
        continue;
      auto function = func::FuncOp::create(
          b, module.getLoc(), name,
          getRuntimeFunctionType(module.getContext(), name));
      function.setPrivate();
      symbols.insert(function);
    }
    for (auto &[id, info] : variables) {
      if (lookupVariable(module, id))
        continue;
      // The name as a C string.
      SmallVector<int8_t> bytes(id.begin(), id.end());
      bytes.push_back(0);
      auto type = MemRefType::get({int64_t(bytes.size())}, b.getI8Type());
      auto init = DenseElementsAttr::get(
          RankedTensorType::get(type.getShape(), b.getI8Type()),
          ArrayRef(bytes));
      auto global = memref::GlobalOp::create(
          b, module.getLoc(), "ovm_variable", b.getStringAttr("private"), type,
          init, /*constant=*/true, /*alignment=*/nullptr);
      global->setAttr(kVariableIdAttr, b.getStringAttr(id));
      Type variableType =
          info.type ? info.type : UnrankedTensorType::get(info.elementType);
      global->setAttr(kVariableTypeAttr, TypeAttr::get(variableType));
      symbols.insert(global); // renamed to be unique
    }
  }
};

//===----------------------------------------------------------------------===//
// Lowering
//===----------------------------------------------------------------------===//

/// The address of the first element of `buffer` as an index.
Value addressOf(ImplicitLocOpBuilder &b, Value buffer) {
  auto type = cast<MemRefType>(buffer.getType());
  Value pointer = memref::ExtractAlignedPointerAsIndexOp::create(b, buffer);
  if (type.getLayout().isIdentity() &&
      !isa<memref::GetGlobalOp>(buffer.getDefiningOp()))
    return pointer;
  // A constant may become a view into the weights (lib/Target): add the
  // offset.
  auto metadata = memref::ExtractStridedMetadataOp::create(b, buffer);
  Value bytes = arith::ConstantIndexOp::create(
      b, std::max<int64_t>(1, type.getElementTypeBitWidth() / 8));
  Value offset = arith::MulIOp::create(b, metadata.getOffset(), bytes);
  return arith::AddIOp::create(b, pointer, offset);
}

/// The address of the name constant of `id`.
FailureOr<Value> variableName(ImplicitLocOpBuilder &b, Operation *op,
                              StringRef id, memref::GlobalOp &global) {
  global = lookupVariable(op, id);
  if (!global) {
    op->emitError() << "variable '" << id
                    << "' is not declared: run ov-declare-variables before "
                       "convert-ov-to-linalg";
    return failure();
  }
  Value name =
      memref::GetGlobalOp::create(b, global.getType(), global.getSymName());
  return addressOf(b, name);
}

/// A new i64 buffer holding `words`, and its address.
std::pair<Value, Value> wordBuffer(ImplicitLocOpBuilder &b,
                                   ArrayRef<Value> words) {
  auto type =
      MemRefType::get({std::max<int64_t>(1, words.size())}, b.getI64Type());
  Value buffer = memref::AllocaOp::create(b, type);
  for (auto [i, word] : llvm::enumerate(words)) {
    Value index = arith::ConstantIndexOp::create(b, i);
    Value value =
        word.getType().isIndex()
            ? Value(arith::IndexCastOp::create(b, b.getI64Type(), word))
            : word;
    memref::StoreOp::create(b, value, buffer, index);
  }
  return {buffer, memref::ExtractAlignedPointerAsIndexOp::create(b, buffer)};
}

Value i32Constant(ImplicitLocOpBuilder &b, int64_t value) {
  return arith::ConstantIntOp::create(b, value, 32);
}

Value i64Constant(ImplicitLocOpBuilder &b, int64_t value) {
  return arith::ConstantIntOp::create(b, value, 64);
}

/// The dimensions of `type` as i64 words, -1 for dynamic ones.
SmallVector<Value> declaredWords(ImplicitLocOpBuilder &b, Type type,
                                 int64_t rank) {
  auto ranked = dyn_cast<RankedTensorType>(type);
  SmallVector<Value> words;
  for (int64_t d = 0; d < rank; ++d)
    words.push_back(i64Constant(
        b, ranked && !ranked.isDynamicDim(d) ? ranked.getDimSize(d) : -1));
  return words;
}

/// A tensor of zeros of the static `type`.
Value zeros(ImplicitLocOpBuilder &b, RankedTensorType type) {
  Type element = type.getElementType();
  TypedAttr zero = isa<FloatType>(element)
                       ? TypedAttr(b.getFloatAttr(element, 0))
                       : TypedAttr(b.getIntegerAttr(element, 0));
  return arith::ConstantOp::create(b, DenseElementsAttr::get(type, zero));
}

struct ReadValueLowering : OpConversionPattern<ReadValueOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ReadValueOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto type = dyn_cast<RankedTensorType>(op.getType());
    if (!type)
      return rewriter.notifyMatchFailure(op, "unranked result");
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    memref::GlobalOp global;
    FailureOr<Value> name = variableName(b, op, op.getVariableId(), global);
    if (failed(name))
      return failure();
    int64_t rank = type.getRank();
    std::pair<Value, Value> sizesBuffer =
        wordBuffer(b, declaredWords(b, type, rank));
    Value sizes = sizesBuffer.first, sizesAddress = sizesBuffer.second;
    Value elementType =
        i32Constant(b, getRuntimeElementType(type.getElementType()));
    Value has =
        func::CallOp::create(
            b, kGetFunction, b.getI32Type(),
            ValueRange{*name, elementType, i32Constant(b, rank), sizesAddress})
            .getResult(0);
    Value assigned = arith::CmpIOp::create(b, arith::CmpIPredicate::ne, has,
                                           i32Constant(b, 0));
    auto branch = scf::IfOp::create(
        b, assigned,
        [&](OpBuilder &nested, Location loc) {
          ImplicitLocOpBuilder nb(loc, nested);
          SmallVector<Value> dynamicSizes;
          for (int64_t d = 0; d < rank; ++d) {
            if (!type.isDynamicDim(d))
              continue;
            Value size = memref::LoadOp::create(
                nb, sizes, ValueRange{arith::ConstantIndexOp::create(nb, d)});
            dynamicSizes.push_back(
                arith::IndexCastOp::create(nb, nb.getIndexType(), size));
          }
          auto bufferType =
              MemRefType::get(type.getShape(), type.getElementType());
          Value buffer = memref::AllocOp::create(nb, bufferType, dynamicSizes);
          func::CallOp::create(
              nb, kReadFunction, TypeRange{},
              ValueRange{*name, memref::ExtractAlignedPointerAsIndexOp::create(
                                    nb, buffer)});
          Value value = bufferization::ToTensorOp::create(
              nb, type, buffer, /*restrict=*/true, /*writable=*/true);
          scf::YieldOp::create(nb, value);
        },
        [&](OpBuilder &nested, Location loc) {
          ImplicitLocOpBuilder nb(loc, nested);
          Value init;
          if (adaptor.getInitValue()) {
            init = castTo(nb, adaptor.getInitValue(), type);
          } else {
            auto variableType = cast<RankedTensorType>(
                global->getAttrOfType<TypeAttr>(kVariableTypeAttr).getValue());
            init = castTo(nb, zeros(nb, variableType), type);
          }
          scf::YieldOp::create(nb, init);
        });
    rewriter.replaceOp(op, branch.getResult(0));
    return success();
  }
};

struct AssignLowering : OpConversionPattern<AssignOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(AssignOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value value = adaptor.getValue();
    auto type = dyn_cast<RankedTensorType>(value.getType());
    if (!type)
      return rewriter.notifyMatchFailure(op, "unranked value");
    ImplicitLocOpBuilder b(op.getLoc(), rewriter);
    memref::GlobalOp global;
    FailureOr<Value> name = variableName(b, op, op.getVariableId(), global);
    if (failed(name))
      return failure();
    int64_t rank = type.getRank();
    // Whatever buffer holds the value, with its strides: the runtime
    // copies it.
    SmallVector<int64_t> dynamicStrides(rank, ShapedType::kDynamic);
    auto layout = StridedLayoutAttr::get(op.getContext(), ShapedType::kDynamic,
                                         dynamicStrides);
    auto bufferType =
        MemRefType::get(type.getShape(), type.getElementType(), layout);
    Value buffer = bufferization::ToBufferOp::create(b, bufferType, value,
                                                     /*read_only=*/true);
    auto metadata = memref::ExtractStridedMetadataOp::create(b, buffer);
    SmallVector<Value> words{metadata.getOffset()};
    llvm::append_range(words, metadata.getSizes());
    llvm::append_range(words, metadata.getStrides());
    llvm::append_range(
        words,
        declaredWords(
            b, global->getAttrOfType<TypeAttr>(kVariableTypeAttr).getValue(),
            rank));
    Value layoutAddress = wordBuffer(b, words).second;
    Value data = memref::ExtractAlignedPointerAsIndexOp::create(b, buffer);
    func::CallOp::create(
        b, kSetFunction, TypeRange{},
        ValueRange{*name,
                   i32Constant(b, getRuntimeElementType(type.getElementType())),
                   i32Constant(b, rank), data, layoutAddress});
    rewriter.eraseOp(op);
    return success();
  }
};

} // namespace

void mlir::ov::lowering::populateStateLowerings(RewritePatternSet &patterns) {
  patterns.add<ReadValueLowering, AssignLowering>(patterns.getContext());
}
