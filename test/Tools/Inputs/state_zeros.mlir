// ReadValue-6 without init_value (zeros of the declared [1,2] at first),
// and an Assign before the ReadValue: the ReadValue still reads the value
// as of the start of the run. total = previous total + x; y = previous
// total, so after K runs with the same x, y = (K - 1) * x.
func.func @state_zeros(%x: tensor<1x2xf32> {ov.name = "x"}) -> (tensor<1x2xf32> {ov.name = "y"}) {
  %0 = ov.read_value {variable_id = "total", variable_type = "f32", variable_shape = "[1,2]"} : () -> tensor<1x2xf32> loc("total_read_for_sum")
  %1 = ov.add %0, %x : (tensor<1x2xf32>, tensor<1x2xf32>) -> tensor<1x2xf32> loc("sum")
  ov.assign %1 {variable_id = "total"} : tensor<1x2xf32> loc("total_write")
  %2 = ov.read_value {variable_id = "total", variable_type = "f32", variable_shape = "[1,2]"} : () -> tensor<1x2xf32> loc("total_read_after_assign")
  return %2 : tensor<1x2xf32>
}
