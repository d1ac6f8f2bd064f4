// RUN: not ov-opt %s '--ov-preprocess=mean_values=data[1,2]' 2>&1 | FileCheck %s --check-prefix=COUNT
// RUN: not ov-opt %s '--ov-preprocess=mean_values=other[1,2,3]' 2>&1 | FileCheck %s --check-prefix=NAME
// RUN: not ov-opt %s '--ov-preprocess=scale_values=[1,x,3]' 2>&1 | FileCheck %s --check-prefix=NUMBER
// RUN: not ov-opt %s '--ov-preprocess=layout=nch' 2>&1 | FileCheck %s --check-prefix=RANK
// RUN: not ov-opt %s '--ov-preprocess=layout=nchw target_layout=nhwd' 2>&1 | FileCheck %s --check-prefix=PERM
// RUN: not ov-opt %s '--ov-preprocess=target_layout=nhwc' 2>&1 | FileCheck %s --check-prefix=SOURCE
// RUN: not ov-opt %s '--ov-preprocess=mean_values=[1] layout=nhwd' 2>&1 | FileCheck %s --check-prefix=NOC
// RUN: not ov-opt %s '--ov-preprocess=mean_values=1,2,3' 2>&1 | FileCheck %s --check-prefix=SYNTAX
// COUNT: error: input 'data': --mean_values has 2 values for 3 channels (dimension 1)
// NAME: error: preprocessing names input 'other', which the model does not have
// NUMBER: error: --scale_values of input 'data': 'x' is not a number
// RANK: error: input 'data': layout 'nch' has 3 dimensions, the input 4
// PERM: error: input 'data': target layout 'nhwd' is not a permutation of '[N,C,H,W]'
// SOURCE: error: input 'data': --target_layout needs the source layout (--layout or --source_layout)
// NOC: error: input 'data': layout '[N,H,W,D]' has no channel dimension C
// SYNTAX: error: --mean_values: expected [v1,v2,...] or name[v1,v2,...], got '1'
func.func @model(%x: tensor<1x3x4x4xf32> {ov.name = "data"}) -> tensor<1x3x4x4xf32> {
  %r = ov.relu %x : tensor<1x3x4x4xf32>
  return %r : tensor<1x3x4x4xf32>
}
