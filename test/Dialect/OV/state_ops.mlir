// RUN: ov-opt %s | ov-opt | FileCheck %s
// RUN: ov-opt %s --canonicalize | FileCheck %s --check-prefix=KEEP

// CHECK-LABEL: func @state
// CHECK: %[[R:.*]] = ov.read_value %{{.*}} {variable_id = "state"} : (tensor<1x1xf32>) -> tensor<1x1xf32>
// CHECK: ov.read_value {variable_id = "v6", variable_shape = "?,2", variable_type = "f32"} : () -> tensor<?x2xf32>
// CHECK: ov.assign %{{.*}} {variable_id = "state"} : tensor<1x1xf32>
// Assign is never dead; an unused ReadValue only reads, so it goes.
// KEEP: ov.read_value %{{.*}} {variable_id = "state"}
// KEEP-NOT: variable_id = "v6"
// KEEP: ov.assign
func.func @state(%init: tensor<1x1xf32>, %x: tensor<1x1xf32>) -> tensor<1x1xf32> {
  %0 = ov.read_value %init {variable_id = "state"} : (tensor<1x1xf32>) -> tensor<1x1xf32>
  %1 = ov.read_value {variable_id = "v6", variable_type = "f32", variable_shape = "?,2"} : () -> tensor<?x2xf32>
  %2 = ov.add %0, %x : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
  ov.assign %2 {variable_id = "state"} : tensor<1x1xf32>
  return %2 : tensor<1x1xf32>
}
