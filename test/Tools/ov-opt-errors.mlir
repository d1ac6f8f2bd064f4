// Malformed input: a located diagnostic, a non-zero exit, no crash.
// RUN: split-file %s %t
// RUN: not ov-opt %t/syntax.mlir 2>&1 | FileCheck %s --check-prefix=SYNTAX
// RUN: not ov-opt %t/unknown_op.mlir 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// RUN: not ov-opt %t/bad_attr.mlir 2>&1 | FileCheck %s --check-prefix=ATTR
// RUN: not ov-opt %t/verifier.mlir 2>&1 | FileCheck %s --check-prefix=VERIFY
// RUN: not ov-opt %t/missing.mlir 2>&1 | FileCheck %s --check-prefix=MISSING

// SYNTAX: syntax.mlir:2:18: error: expected ':'
// UNKNOWN: unknown_op.mlir:2:8: error: custom op 'ov.frobnicate' is unknown
// ATTR: bad_attr.mlir:2:59: error: expected ::mlir::ov::AutoBroadcastType to be one of: none, numpy, pdpd
// VERIFY: verifier.mlir:2:8: error: 'ov.add' op inferred type(s) 'tensor<2xf32>' are incompatible with return type(s) of operation 'tensor<3xf32>'
// MISSING: cannot open input file '{{.*}}missing.mlir': No such file or directory

//--- syntax.mlir
func.func @f(%a: tensor<2xf32>) {
  %0 = ov.relu %a tensor<2xf32>
  return
}

//--- unknown_op.mlir
func.func @f(%a: tensor<2xf32>) {
  %0 = ov.frobnicate %a : tensor<2xf32>
  return
}

//--- bad_attr.mlir
func.func @f(%a: tensor<2xf32>) {
  %0 = ov.add %a, %a {auto_broadcast = #ov.auto_broadcast<numpyy>} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  return
}

//--- verifier.mlir
func.func @f(%a: tensor<2xf32>) {
  %0 = ov.add %a, %a : (tensor<2xf32>, tensor<2xf32>) -> tensor<3xf32>
  return
}
