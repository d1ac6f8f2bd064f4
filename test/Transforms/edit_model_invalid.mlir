// RUN: ov-opt %s -split-input-file -verify-diagnostics '--ov-edit-model=outputs=rel_out'
// RUN: not ov-opt %s '--ov-edit-model=inputs=y' 2>&1 | FileCheck %s --check-prefix=INPUT
// RUN: not ov-opt %s '--ov-edit-model=inputs=x[1,a]' 2>&1 | FileCheck %s --check-prefix=DIM
// RUN: not ov-opt %s '--ov-edit-model=inputs=x{q7}' 2>&1 | FileCheck %s --check-prefix=TYPE
// RUN: not ov-opt %s '--ov-edit-model=inputs=x[1,2' 2>&1 | FileCheck %s --check-prefix=SYNTAX

// Unknown names are errors that suggest the nearest tensor names.
// expected-error @+1 {{output 'rel_out' is not a tensor, node:port or port:node of the model; nearest tensor names: 'relu_out', 'out', 'x'}}
func.func @model(%x: tensor<2xf32> {ov.name = "x", ov.tensor_names = ["x"]}) -> (tensor<2xf32> {ov.name = "out"}) {
  %r = ov.relu %x {ov.tensor_names = [["relu_out"]]} : tensor<2xf32> loc("relu")
  %s = ov.sigmoid %r {ov.tensor_names = [["out"]]} : tensor<2xf32> loc("sig")
  return %s : tensor<2xf32>
}
// INPUT: error: input 'y' is not a tensor, node:port or port:node of the model; nearest tensor names: 'x',
// DIM: error: cannot parse dimension 'a' of input 'x' (expected a number, ?, -1 or a range lo..hi)
// TYPE: error: input 'x': unknown element type 'q7'
// SYNTAX: error: cannot parse input 'x[1,2': expected name[d0,d1,...]{type}
