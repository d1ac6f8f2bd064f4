// A model with state: y = acc + x, where the variable acc starts as x
// (ReadValue-3's init_value) and holds the last y: after K runs on one
// instance with the same x, y = (K + 1) * x.
func.func @state(%x: tensor<1x2xf32> {ov.name = "x"}) -> (tensor<1x2xf32> {ov.name = "y"}) {
  %0 = ov.read_value %x {variable_id = "acc"} : (tensor<1x2xf32>) -> tensor<1x2xf32> loc("acc_read")
  %1 = ov.add %0, %x : (tensor<1x2xf32>, tensor<1x2xf32>) -> tensor<1x2xf32> loc("sum")
  ov.assign %1 {variable_id = "acc"} : tensor<1x2xf32> loc("acc_write")
  return %1 : tensor<1x2xf32>
}
