// A model with a dynamic batch dimension, for ov-run tests.
func.func @dynamic_batch(%x: tensor<?x3xf32> {ov.name = "x"}) -> (tensor<?x3xf32> {ov.name = "y"}) {
  %c = ov.constant dense<[1.0, -2.0, 3.0]> : tensor<3xf32>
  %0 = ov.multiply %x, %c : (tensor<?x3xf32>, tensor<3xf32>) -> tensor<?x3xf32>
  %1 = ov.relu %0 : tensor<?x3xf32>
  return %1 : tensor<?x3xf32>
}
