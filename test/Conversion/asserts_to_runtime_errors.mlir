// RUN: ov-opt %s --ov-asserts-to-runtime-errors | FileCheck %s

// A failed check branches to a block that calls the runtime (which returns
// to ovm_model_run with the message) instead of aborting.
// CHECK-DAG: llvm.mlir.global internal constant @ovm_check_0("dims differ\00")
// CHECK-DAG: llvm.mlir.global internal constant @ovm_check_1("second\00")
// CHECK-DAG: llvm.func @ovm_runtime_fail(!llvm.ptr)
// CHECK-LABEL: func.func @checks
// CHECK:   %[[SAME:.*]] = arith.cmpi eq, %arg0, %arg1 : index
// CHECK:   cf.cond_br %[[SAME]], ^[[OK:bb[0-9]+]], ^[[FAIL:bb[0-9]+]]
// CHECK: ^[[FAIL]]:
// CHECK:   %[[MSG:.*]] = llvm.mlir.addressof @ovm_check_0
// CHECK:   llvm.call @ovm_runtime_fail(%{{.*}}) : (!llvm.ptr) -> ()
// CHECK:   llvm.unreachable
// CHECK: ^[[OK]]:
// CHECK:   cf.cond_br %arg2
// CHECK:   llvm.call @ovm_runtime_fail
// CHECK:   return %arg0 : index
// CHECK-NOT: cf.assert
func.func @checks(%a: index, %b: index, %flag: i1) -> index {
  %same = arith.cmpi eq, %a, %b : index
  cf.assert %same, "dims differ"
  cf.assert %flag, "second"
  return %a : index
}
