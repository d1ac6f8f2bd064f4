// RUN: ov-opt %s -split-input-file '--ov-preprocess=mean_values=data[123,117,104] scale_values=[58,57,57] reverse_input_channels=true layout=nchw target_layout=nhwc' | FileCheck %s --check-prefix=ALL
// RUN: ov-opt %s -split-input-file '--ov-preprocess=scale_values=[255]' | FileCheck %s --check-prefix=SCALAR
// RUN: ov-opt %s -split-input-file '--ov-preprocess=mean_values=[1,2,3,4] layout=nhwc' | FileCheck %s --check-prefix=NHWC

// OpenVINO's order: layout conversion from what the user feeds (NHWC) to
// the model's layout (NCHW), reverse channels, subtract mean, divide by
// scale; the Parameter records its layout.
// ALL: func.func @model(%[[P:.*]]: tensor<1x4x4x3xf32> {ov.name = "data", ov.rt_info = {layout = {layout = "[N,H,W,C]", version = "0"}}, ov.tensor_names = ["data"]})
// ALL-NEXT: %[[ORDER:.*]] = ov.constant dense<[0, 3, 1, 2]> : tensor<4xi64>
// ALL-NEXT: %[[T:.*]] = ov.transpose %[[P]], %[[ORDER]] : (tensor<1x4x4x3xf32>, tensor<4xi64>) -> tensor<1x3x4x4xf32>
// ALL-NEXT: %[[REV:.*]] = ov.constant dense<[2, 1, 0]> : tensor<3xi64>
// ALL-NEXT: %[[AXIS:.*]] = ov.constant dense<1> : tensor<i64>
// ALL-NEXT: %[[G:.*]] = ov.gather %[[T]], %[[REV]], %[[AXIS]]
// ALL-NEXT: %[[MEAN:.*]] = ov.constant dense<{{\[\[\[\[}}1.230000e+02]], {{\[\[}}1.170000e+02]], {{\[\[}}1.040000e+02]]]]> : tensor<1x3x1x1xf32>
// ALL-NEXT: %[[S:.*]] = ov.subtract %[[G]], %[[MEAN]]
// ALL-NEXT: %[[SCALE:.*]] = ov.constant dense<{{\[\[\[\[}}5.800000e+01]], {{\[\[}}5.700000e+01]], {{\[\[}}5.700000e+01]]]]> : tensor<1x3x1x1xf32>
// ALL-NEXT: %[[D:.*]] = ov.divide %[[S]], %[[SCALE]]
// ALL-NEXT: ov.relu %[[D]]

// One value applies to every channel (a scalar).
// SCALAR: %[[K:.*]] = ov.constant dense<2.550000e+02> : tensor<f32>
// SCALAR-NEXT: ov.divide %arg0, %[[K]]

// The channel dimension follows the layout (C last in NHWC).
// NHWC: ov.constant dense<{{\[\[\[\[}}1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00]]]]> : tensor<1x1x1x4xf32>
func.func @model(%x: tensor<1x3x4x4xf32> {ov.name = "data", ov.tensor_names = ["data"]}) -> (tensor<1x3x4x4xf32> {ov.name = "out"}) {
  %r = ov.relu %x {ov.tensor_names = [["out"]]} : tensor<1x3x4x4xf32>
  return %r : tensor<1x3x4x4xf32>
}
