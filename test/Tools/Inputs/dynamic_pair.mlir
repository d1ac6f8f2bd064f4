// Two inputs whose dynamic dimensions must agree at run time.
func.func @dynamic_pair(%x: tensor<?xf32> {ov.name = "x"}, %y: tensor<?xf32> {ov.name = "y"}) -> (tensor<?xf32> {ov.name = "sum"}) {
  %0 = ov.add %x, %y : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
  return %0 : tensor<?xf32>
}
