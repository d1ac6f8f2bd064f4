//===- Passes.h - Lowerings of the OV dialect ------------------*- C++ -*-===//

#ifndef OVMLIR_CONVERSION_PASSES_H
#define OVMLIR_CONVERSION_PASSES_H

#include "ovmlir/Conversion/CodegenTarget.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlow.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/OpenMP/OpenMPDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Pass/Pass.h"

namespace mlir::ov {

#define GEN_PASS_DECL
#include "ovmlir/Conversion/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "ovmlir/Conversion/Passes.h.inc"

/// Adds the lowering from the OV dialect to the LLVM dialect: OV -> linalg,
/// bufferization (functions take and return memrefs, with C wrappers),
/// loops, and the conversions to LLVM. Registered as `ov-lower-to-llvm`
/// (options vector-bits, vector-registers).
void buildLowerToLLVMPipeline(OpPassManager &pm,
                              const CodegenTarget &target = {});
/// Its two halves: OV -> linalg -> bufferized functions, and buffers -> LLVM.
void buildLowerToBuffersPipeline(OpPassManager &pm,
                                 const CodegenTarget &target = {});
void buildBuffersToLLVMPipeline(OpPassManager &pm,
                                const CodegenTarget &target = {});
/// Registers the `ov-lower-to-llvm` pipeline and the conversion passes.
void registerConversionPasses();

} // namespace mlir::ov

#endif // OVMLIR_CONVERSION_PASSES_H
