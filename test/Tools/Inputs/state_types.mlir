// Variables of other element types and ranks, and an Assign of a strided
// view (columns 1 and 3 of the input, which the runtime gathers).
//   cols: the columns of the x of the run before (zeros at first);
//   count: u8 scalar starting as u, plus u each run;
//   flags: booleans starting as b, negated each run.
func.func @state_types(%x: tensor<3x4xf32> {ov.name = "x"}, %u: tensor<ui8> {ov.name = "u"}, %b: tensor<2xi1> {ov.name = "b"}) -> (tensor<3x2xf32> {ov.name = "cols"}, tensor<ui8> {ov.name = "count"}, tensor<2xi1> {ov.name = "flags"}) {
  %start = ov.constant dense<[1]> : tensor<1xi64>
  %stop = ov.constant dense<[4]> : tensor<1xi64>
  %step = ov.constant dense<[2]> : tensor<1xi64>
  %axes = ov.constant dense<[1]> : tensor<1xi64>
  %q = ov.slice %x, %start, %stop, %step, %axes : (tensor<3x4xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<3x2xf32>
  %r = ov.read_value {variable_id = "cols", variable_type = "f32", variable_shape = "3,2"} : () -> tensor<3x2xf32>
  ov.assign %q {variable_id = "cols"} : tensor<3x2xf32>
  %ru = ov.read_value %u {variable_id = "count"} : (tensor<ui8>) -> tensor<ui8>
  %su = ov.add %ru, %u : (tensor<ui8>, tensor<ui8>) -> tensor<ui8>
  ov.assign %su {variable_id = "count"} : tensor<ui8>
  %rb = ov.read_value %b {variable_id = "flags"} : (tensor<2xi1>) -> tensor<2xi1>
  %nb = ov.logical_not %rb : tensor<2xi1>
  ov.assign %nb {variable_id = "flags"} : tensor<2xi1>
  return %r, %su, %rb : tensor<3x2xf32>, tensor<ui8>, tensor<2xi1>
}
