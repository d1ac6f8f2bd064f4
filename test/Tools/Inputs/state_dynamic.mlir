// A variable of dynamic shape that grows by one row per run: history
// starts as x ([1,2]); each run appends x. After K runs, y has K + 1 rows.
// A second variable of declared shape [1,2] takes x as it is (its output
// is the x of the run before, zeros at first): an x of another shape fails
// the run.
func.func @state_dynamic(%x: tensor<?x2xf32> {ov.name = "x"}) -> (tensor<?x2xf32> {ov.name = "y"}, tensor<1x2xf32> {ov.name = "last"}) {
  %0 = ov.read_value %x {variable_id = "history", variable_type = "f32", variable_shape = "?,2"} : (tensor<?x2xf32>) -> tensor<?x2xf32> loc("history_read")
  %1 = ov.concat %0, %x {axis = 0 : i64} : (tensor<?x2xf32>, tensor<?x2xf32>) -> tensor<?x2xf32> loc("append")
  ov.assign %1 {variable_id = "history"} : tensor<?x2xf32> loc("history_write")
  ov.assign %x {variable_id = "last"} : tensor<?x2xf32> loc("last_write")
  %2 = ov.read_value {variable_id = "last", variable_type = "f32", variable_shape = "1,2"} : () -> tensor<1x2xf32> loc("last_read")
  return %1, %2 : tensor<?x2xf32>, tensor<1x2xf32>
}
