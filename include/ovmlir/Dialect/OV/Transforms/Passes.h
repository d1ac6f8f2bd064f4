//===- Passes.h - Graph-level passes of the OV dialect ----------*- C++ -*-===//

#ifndef OVMLIR_DIALECT_OV_TRANSFORMS_PASSES_H
#define OVMLIR_DIALECT_OV_TRANSFORMS_PASSES_H

#include "ovmlir/Dialect/OV/IR/OVDialect.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Pass/Pass.h"

namespace mlir::ov {

#define GEN_PASS_DECL
#include "ovmlir/Dialect/OV/Transforms/Passes.h.inc"

/// Refines every result type of `func` with its op's inferred type, in
/// order, and updates the function's result types (what ov-infer-shapes
/// does). With `forgetDeclared`, declared result types are dropped first,
/// so shapes follow the inputs even where they were static before (after
/// the inputs were reshaped). `changed`, when given, tells whether any
/// type changed.
LogicalResult inferShapes(func::FuncOp func, bool forgetDeclared,
                          bool *changed = nullptr);

#define GEN_PASS_REGISTRATION
#include "ovmlir/Dialect/OV/Transforms/Passes.h.inc"

} // namespace mlir::ov

#endif // OVMLIR_DIALECT_OV_TRANSFORMS_PASSES_H
