// Assign of a [2,2] value to a variable read as [1,2]: a compile-time error.
func.func @state_mismatch(%x: tensor<1x2xf32> {ov.name = "x"}) -> (tensor<2x2xf32> {ov.name = "y"}) {
  %0 = ov.read_value %x {variable_id = "acc"} : (tensor<1x2xf32>) -> tensor<1x2xf32> loc("acc_read")
  %1 = ov.concat %0, %x {axis = 0 : i64} : (tensor<1x2xf32>, tensor<1x2xf32>) -> tensor<2x2xf32> loc("both")
  ov.assign %1 {variable_id = "acc"} : tensor<2x2xf32> loc("acc_write")
  return %1 : tensor<2x2xf32>
}
