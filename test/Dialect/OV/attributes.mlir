// RUN: ov-opt %s | ov-opt | FileCheck %s
// The dialect's discardable attributes survive a round trip.

// CHECK: module attributes {ov.ir_version = 11 : i64, ov.meta_data = {MO_version = {value = "2022.1"}}, ov.rt_info = {framework = {value = "onnx"}}}
module attributes {ov.ir_version = 11, ov.meta_data = {MO_version = {value = "2022.1"}}, ov.rt_info = {framework = {value = "onnx"}}} {
  // CHECK: func.func @model(%{{.*}}: tensor<2xf32> {ov.extra_data = {cacheable = "false"}, ov.name = "x", ov.rt_info = {layout = {layout = "[N]", version = "0"}}, ov.tensor_names = ["x"]}) -> (tensor<2xf32> {ov.name = "y", ov.rt_info = {}})
  func.func @model(%a: tensor<2xf32> {ov.extra_data = {cacheable = "false"}, ov.name = "x", ov.tensor_names = ["x"], ov.rt_info = {layout = {version = "0", layout = "[N]"}}}) -> (tensor<2xf32> {ov.name = "y", ov.rt_info = {}}) {
    // CHECK: ov.relu %{{.*}} {ov.extra_data = {PrimitivesPriority = "cpu:ref"}, ov.opset = 1 : i64, ov.rt_info = {fused_names = {value = "a,b", version = "0"}}, ov.tensor_names = {{\[}}["y"]]}
    %0 = ov.relu %a {ov.tensor_names = [["y"]], ov.rt_info = {fused_names = {version = "0", value = "a,b"}}, ov.extra_data = {PrimitivesPriority = "cpu:ref"}, ov.opset = 1} : tensor<2xf32>
    return %0 : tensor<2xf32>
  }
}
