// RUN: ov-opt %s -split-input-file -verify-diagnostics

// expected-error @+1 {{unknown  type `strin` in dialect `ov`}}
func.func @misspelled(%a: tensor<2x!ov.strin>) {
  return
}
