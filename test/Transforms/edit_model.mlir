// RUN: ov-opt %s -split-input-file '--ov-edit-model=inputs=x[?,3,16..32,16..32]' | FileCheck %s --check-prefix=RESHAPE
// RUN: ov-opt %s -split-input-file '--ov-edit-model=inputs=relu_out[2,3,4,4]{f16}' | FileCheck %s --check-prefix=CUTIN
// RUN: ov-opt %s -split-input-file '--ov-edit-model=outputs=conv_out,relu:0' | FileCheck %s --check-prefix=CUTOUT
// RUN: ov-opt %s -split-input-file '--ov-edit-model=inputs=0:sig outputs=out' | FileCheck %s --check-prefix=PORT

// Reshaping an input (a dynamic batch, interval dimensions) re-infers every
// shape, even where they were static before.
// RESHAPE: func.func @model(%[[X:.*]]: tensor<?x3x?x?xf32> {ov.dim_bounds = array<i64: 0, -1, 3, 3, 16, 32, 16, 32>, ov.name = "x", ov.tensor_names = ["x"]})
// RESHAPE-SAME: -> (tensor<?x3x?x?xf32> {ov.name = "out"})
// RESHAPE: ov.convolution %[[X]], {{.*}} -> tensor<?x3x?x?xf32>
// RESHAPE: ov.relu {{.*}} : tensor<?x3x?x?xf32>
// RESHAPE: ov.sigmoid {{.*}} : tensor<?x3x?x?xf32>

// An inner tensor as input: a new Parameter of that name (and the given
// shape and type) replaces it; what only fed it is removed, and so is the
// Parameter nobody uses any more.
// CUTIN: func.func @model(%[[P:.*]]: tensor<2x3x4x4xf16> {ov.name = "relu_out", ov.tensor_names = ["relu_out"]}) -> (tensor<2x3x4x4xf16> {ov.name = "out"})
// CUTIN-NEXT: %[[S:.*]] = ov.sigmoid %[[P]] {ov.tensor_names = {{\[}}["out"]]} : tensor<2x3x4x4xf16>
// CUTIN-NEXT: return %[[S]]

// Inner tensors as outputs, by tensor name or output port (named after the
// tensor); what follows them goes.
// CUTOUT: func.func @model(%{{.*}}) -> (tensor<1x3x8x8xf32> {ov.name = "conv_out"}, tensor<1x3x8x8xf32> {ov.name = "relu_out"})
// CUTOUT: %[[C:.*]] = ov.convolution
// CUTOUT: %[[R:.*]] = ov.relu %[[C]]
// CUTOUT-NOT: ov.sigmoid
// CUTOUT: return %[[C]], %[[R]]

// An input port: only that operand is replaced.
// PORT: func.func @model(%[[P:.*]]: tensor<1x3x8x8xf32> {ov.name = "0:sig", ov.tensor_names = ["0:sig"]}) -> (tensor<1x3x8x8xf32> {ov.name = "out"})
// PORT-NEXT: ov.sigmoid %[[P]]
func.func @model(%x: tensor<1x3x8x8xf32> {ov.name = "x", ov.tensor_names = ["x"]}) -> (tensor<1x3x8x8xf32> {ov.name = "out"}) {
  %w = ov.constant dense<1.0> : tensor<3x3x1x1xf32> loc("w")
  %c = ov.convolution %x, %w {strides = array<i64: 1, 1>, dilations = array<i64: 1, 1>, pads_begin = array<i64: 0, 0>, pads_end = array<i64: 0, 0>, ov.tensor_names = [["conv_out"]]} : (tensor<1x3x8x8xf32>, tensor<3x3x1x1xf32>) -> tensor<1x3x8x8xf32> loc("conv")
  %r = ov.relu %c {ov.tensor_names = [["relu_out"]]} : tensor<1x3x8x8xf32> loc("relu")
  %s = ov.sigmoid %r {ov.tensor_names = [["out"]]} : tensor<1x3x8x8xf32> loc("sig")
  return %s : tensor<1x3x8x8xf32>
}
