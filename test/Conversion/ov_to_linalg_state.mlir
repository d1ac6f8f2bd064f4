// RUN: ov-opt %s --ov-declare-variables --convert-ov-to-linalg -split-input-file | FileCheck %s

// ov-declare-variables declares the runtime's functions and one constant
// per variable (its name as a C string, its id and type). ReadValue asks
// the runtime for the variable's shape (checked against the result type:
// -1 for a dynamic dimension); when it has a value, it is copied into a
// new buffer, else the result is init_value.

// CHECK-DAG: func.func private @ovm_runtime_variable_get(index, i32, i32, index) -> i32
// CHECK-DAG: func.func private @ovm_runtime_variable_read(index, index)
// CHECK-DAG: func.func private @ovm_runtime_variable_set(index, i32, i32, index, index)
// CHECK-DAG: memref.global "private" constant @[[NAME:.*]] : memref<4xi8> = dense<[97, 99, 99, 0]> {ovm.variable_id = "acc", ovm.variable_type = tensor<?x2xf32>}
// CHECK-LABEL: func.func @accumulate(
// CHECK-SAME: %[[X:.*]]: tensor<?x2xf32>
// CHECK: %[[G:.*]] = memref.get_global @[[NAME]] : memref<4xi8>
// CHECK: %[[NAMEPTR:.*]] = arith.addi
// CHECK: %[[SIZES:.*]] = memref.alloca() : memref<2xi64>
// CHECK: memref.store %{{.*}}, %[[SIZES]]
// CHECK: %[[SIZESPTR:.*]] = memref.extract_aligned_pointer_as_index %[[SIZES]]
// CHECK: %[[HAS:.*]] = call @ovm_runtime_variable_get(%[[NAMEPTR]], %c1_i32, %c2_i32, %[[SIZESPTR]])
// CHECK: %[[ASSIGNED:.*]] = arith.cmpi ne, %[[HAS]]
// CHECK: %[[READ:.*]] = scf.if %[[ASSIGNED]] -> (tensor<?x2xf32>) {
// CHECK:   %[[D0:.*]] = memref.load %[[SIZES]]
// CHECK:   %[[N:.*]] = arith.index_cast %[[D0]] : i64 to index
// CHECK:   %[[BUF:.*]] = memref.alloc(%[[N]]) : memref<?x2xf32>
// CHECK:   %[[BUFPTR:.*]] = memref.extract_aligned_pointer_as_index %[[BUF]]
// CHECK:   func.call @ovm_runtime_variable_read(%[[NAMEPTR]], %[[BUFPTR]])
// CHECK:   %[[T:.*]] = bufferization.to_tensor %[[BUF]] restrict writable
// CHECK:   scf.yield %[[T]]
// CHECK: } else {
// CHECK:   scf.yield %[[X]]
// CHECK: }
// Assign passes the value's buffer as it is (offset, sizes, strides) with
// the variable's declared dimensions; the runtime copies it.
// CHECK: %[[SUM:.*]] = linalg.generic
// CHECK: %[[VALUE:.*]] = bufferization.to_buffer %[[SUM]] read_only : tensor<?x2xf32> to memref<?x2xf32, strided<[?, ?], offset: ?>>
// CHECK: %{{.*}}, %[[OFFSET:.*]], %[[SZ:.*]]:2, %[[ST:.*]]:2 = memref.extract_strided_metadata %[[VALUE]]
// CHECK: %[[LAYOUT:.*]] = memref.alloca() : memref<7xi64>
// CHECK: %[[LAYOUTPTR:.*]] = memref.extract_aligned_pointer_as_index %[[LAYOUT]]
// CHECK: %[[DATA:.*]] = memref.extract_aligned_pointer_as_index %[[VALUE]]
// CHECK: call @ovm_runtime_variable_set(%{{.*}}, %c1_i32{{.*}}, %c2_i32{{.*}}, %[[DATA]], %[[LAYOUTPTR]])
// CHECK: return
func.func @accumulate(%x: tensor<?x2xf32>) -> tensor<?x2xf32> {
  %0 = ov.read_value %x {variable_id = "acc"} : (tensor<?x2xf32>) -> tensor<?x2xf32>
  %1 = ov.add %0, %x : (tensor<?x2xf32>, tensor<?x2xf32>) -> tensor<?x2xf32>
  ov.assign %1 {variable_id = "acc"} : tensor<?x2xf32>
  return %1 : tensor<?x2xf32>
}

// -----

// ReadValue-6 without init_value reads zeros of the variable's shape until
// the first Assign. A variable that is only assigned is declared too
// (unranked when nothing says its shape). Element types are the runtime's
// codes (i64: 8, u8: 9).

// CHECK-DAG: memref.global "private" constant @{{.*}} : memref<2xi8> = dense<[99, 0]> {ovm.variable_id = "c", ovm.variable_type = tensor<2x3xi64>}
// CHECK-DAG: memref.global "private" constant @{{.*}} : memref<2xi8> = dense<[117, 0]> {ovm.variable_id = "u", ovm.variable_type = tensor<*xui8>}
// CHECK-LABEL: func.func @zeros
// CHECK: call @ovm_runtime_variable_get(%{{.*}}, %c8_i32, %c2_i32
// CHECK: scf.if
// CHECK: } else {
// CHECK:   %[[ZERO:.*]] = arith.constant dense<0> : tensor<2x3xi64>
// CHECK:   scf.yield %[[ZERO]]
// CHECK: call @ovm_runtime_variable_set(%{{.*}}, %c9_i32, %c1_i32
func.func @zeros(%u: tensor<5xui8>) -> tensor<2x3xi64> {
  %0 = ov.read_value {variable_id = "c", variable_type = "i64", variable_shape = "[2,3]"} : () -> tensor<2x3xi64>
  ov.assign %u {variable_id = "u"} : tensor<5xui8>
  return %0 : tensor<2x3xi64>
}
