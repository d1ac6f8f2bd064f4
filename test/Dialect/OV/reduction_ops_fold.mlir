// RUN: ov-opt %s --canonicalize --split-input-file | FileCheck %s

// ReduceSum over each axis, with and without keep_dims, negative axes, a
// scalar (0-D) axes input and a reduction over every axis.
// CHECK-LABEL: func @sum
// CHECK-DAG: %[[R1:.*]] = ov.constant dense<[6, 15]> : tensor<2xi32>
// CHECK-DAG: %[[R0K:.*]] = ov.constant dense<{{\[}}[5, 7, 9]]> : tensor<1x3xi32>
// CHECK-DAG: %[[RNEG:.*]] = ov.constant dense<{{\[}}[6], [15]]> : tensor<2x1xi32>
// CHECK-DAG: %[[ALL:.*]] = ov.constant dense<21> : tensor<i32>
// CHECK-DAG: %[[ALLK:.*]] = ov.constant dense<21> : tensor<1x1xi32>
// CHECK-NOT: ov.reduce_sum
// CHECK: return %[[R1]], %[[R0K]], %[[RNEG]], %[[ALL]], %[[ALLK]]
func.func @sum() -> (tensor<2xi32>, tensor<1x3xi32>, tensor<2x1xi32>, tensor<i32>, tensor<1x1xi32>) {
  %d = ov.constant dense<[[1, 2, 3], [4, 5, 6]]> : tensor<2x3xi32>
  %a1 = ov.constant dense<[1]> : tensor<1xi64>
  %0 = ov.reduce_sum %d, %a1 : (tensor<2x3xi32>, tensor<1xi64>) -> tensor<2xi32>
  %a0 = ov.constant dense<0> : tensor<i64>
  %1 = ov.reduce_sum %d, %a0 {keep_dims = true} : (tensor<2x3xi32>, tensor<i64>) -> tensor<1x3xi32>
  %am1 = ov.constant dense<-1> : tensor<i32>
  %2 = ov.reduce_sum %d, %am1 {keep_dims = true} : (tensor<2x3xi32>, tensor<i32>) -> tensor<2x1xi32>
  %all = ov.constant dense<[-1, 0]> : tensor<2xi64>
  %3 = ov.reduce_sum %d, %all : (tensor<2x3xi32>, tensor<2xi64>) -> tensor<i32>
  %4 = ov.reduce_sum %d, %all {keep_dims = true} : (tensor<2x3xi32>, tensor<2xi64>) -> tensor<1x1xi32>
  return %0, %1, %2, %3, %4 : tensor<2xi32>, tensor<1x3xi32>, tensor<2x1xi32>, tensor<i32>, tensor<1x1xi32>
}

// -----

// Reductions over inner and outer axes of a 3-D input: x[i, j, k] =
// 6i + 2j + k. Over j: [[0+2+4, 1+3+5], [6+8+10, 7+9+11]]; over i and k:
// [0+1+6+7, 2+3+8+9, 4+5+10+11].
// CHECK-LABEL: func @sum_3d
// CHECK-DAG: %[[J:.*]] = ov.constant dense<{{\[}}[6, 9], [24, 27]]> : tensor<2x2xi64>
// CHECK-DAG: %[[JK:.*]] = ov.constant dense<{{\[}}{{\[}}[6, 9]], {{\[}}[24, 27]]]> : tensor<2x1x2xi64>
// CHECK-DAG: %[[IK:.*]] = ov.constant dense<[14, 22, 30]> : tensor<3xi64>
// CHECK-NOT: ov.reduce_sum
// CHECK: return %[[J]], %[[JK]], %[[IK]]
func.func @sum_3d() -> (tensor<2x2xi64>, tensor<2x1x2xi64>, tensor<3xi64>) {
  %d = ov.constant dense<[[[0, 1], [2, 3], [4, 5]], [[6, 7], [8, 9], [10, 11]]]> : tensor<2x3x2xi64>
  %j = ov.constant dense<[-2]> : tensor<1xi64>
  %0 = ov.reduce_sum %d, %j : (tensor<2x3x2xi64>, tensor<1xi64>) -> tensor<2x2xi64>
  %1 = ov.reduce_sum %d, %j {keep_dims = true} : (tensor<2x3x2xi64>, tensor<1xi64>) -> tensor<2x1x2xi64>
  // Axes in any order.
  %ik = ov.constant dense<[2, 0]> : tensor<2xi32>
  %2 = ov.reduce_sum %d, %ik : (tensor<2x3x2xi64>, tensor<2xi32>) -> tensor<3xi64>
  return %0, %1, %2 : tensor<2x2xi64>, tensor<2x1x2xi64>, tensor<3xi64>
}

// -----

// Float sums, splat inputs and unsigned wrap-around (in the element type, as
// OpenVINO's reference computes).
// CHECK-LABEL: func @sum_types
// CHECK-DAG: %[[F:.*]] = ov.constant dense<[1.500000e+00, -4.000000e+00]> : tensor<2xf32>
// CHECK-DAG: %[[S:.*]] = ov.constant dense<7.500000e+00> : tensor<2xf32>
// CHECK-DAG: %[[U:.*]] = ov.constant dense<44> : tensor<ui8>
// CHECK-NOT: ov.reduce_sum
// CHECK: return %[[F]], %[[S]], %[[U]]
func.func @sum_types() -> (tensor<2xf32>, tensor<2xf32>, tensor<ui8>) {
  %f = ov.constant dense<[[0.5, 1.0], [-2.5, -1.5]]> : tensor<2x2xf32>
  %a1 = ov.constant dense<1> : tensor<i64>
  %0 = ov.reduce_sum %f, %a1 : (tensor<2x2xf32>, tensor<i64>) -> tensor<2xf32>
  %s = ov.constant dense<2.5> : tensor<2x3xf32>
  %1 = ov.reduce_sum %s, %a1 : (tensor<2x3xf32>, tensor<i64>) -> tensor<2xf32>
  %u = ov.constant dense<[200, 100]> : tensor<2xui8>
  %a0 = ov.constant dense<0> : tensor<i64>
  %2 = ov.reduce_sum %u, %a0 : (tensor<2xui8>, tensor<i64>) -> tensor<ui8>
  return %0, %1, %2 : tensor<2xf32>, tensor<2xf32>, tensor<ui8>
}

// -----

// ReduceMean: floats divide exactly (f16 rounds 7/3 to 2.333984375);
// integers truncate toward zero like OpenVINO's reference (sum / count in T).
// CHECK-LABEL: func @mean
// CHECK-DAG: %[[F:.*]] = ov.constant dense<[1.500000e+00, 4.000000e+00]> : tensor<2xf32>
// CHECK-DAG: %[[H:.*]] = ov.constant dense<2.333980e+00> : tensor<f16>
// CHECK-DAG: %[[I:.*]] = ov.constant dense<{{\[}}[1], [4], [-3]]> : tensor<3x1xi32>
// CHECK-DAG: %[[U:.*]] = ov.constant dense<127> : tensor<ui8>
// CHECK-NOT: ov.reduce_mean
// CHECK: return %[[F]], %[[H]], %[[I]], %[[U]]
func.func @mean() -> (tensor<2xf32>, tensor<f16>, tensor<3x1xi32>, tensor<ui8>) {
  %f = ov.constant dense<[[1.0, 2.0], [3.0, 5.0]]> : tensor<2x2xf32>
  %a1 = ov.constant dense<1> : tensor<i64>
  %0 = ov.reduce_mean %f, %a1 : (tensor<2x2xf32>, tensor<i64>) -> tensor<2xf32>
  %h = ov.constant dense<[1.0, 2.0, 4.0]> : tensor<3xf16>
  %a0 = ov.constant dense<0> : tensor<i64>
  %1 = ov.reduce_mean %h, %a0 : (tensor<3xf16>, tensor<i64>) -> tensor<f16>
  // 3/2 -> 1, 9/2 -> 4, -7/2 -> -3.
  %i = ov.constant dense<[[1, 2], [3, 6], [-3, -4]]> : tensor<3x2xi32>
  %2 = ov.reduce_mean %i, %a1 {keep_dims = true} : (tensor<3x2xi32>, tensor<i64>) -> tensor<3x1xi32>
  // Unsigned: 255 / 2 -> 127.
  %u = ov.constant dense<[200, 55]> : tensor<2xui8>
  %3 = ov.reduce_mean %u, %a0 : (tensor<2xui8>, tensor<i64>) -> tensor<ui8>
  return %0, %1, %2, %3 : tensor<2xf32>, tensor<f16>, tensor<3x1xi32>, tensor<ui8>
}

// -----

// Integer means whose sum or count does not fit the element type stay:
// OpenVINO's reference computes both in the element type, so folding the
// true mean and folding the wrapped one could both disagree with run time.
// CHECK-LABEL: func @mean_no_fold
// CHECK-DAG: %[[ONE:.*]] = ov.constant dense<1> : tensor<i8>
// CHECK: %[[SUM:.*]] = ov.reduce_mean {{.*}} : (tensor<64xi8>, tensor<i64>) -> tensor<i8>
// CHECK: %[[COUNT:.*]] = ov.reduce_mean {{.*}} : (tensor<256xi8>, tensor<i64>) -> tensor<i8>
// CHECK: %[[BOOL:.*]] = ov.reduce_mean {{.*}} : (tensor<2xi1>, tensor<i64>) -> tensor<i1>
// CHECK: return %[[SUM]], %[[COUNT]], %[[ONE]], %[[BOOL]]
func.func @mean_no_fold() -> (tensor<i8>, tensor<i8>, tensor<i8>, tensor<i1>) {
  %a0 = ov.constant dense<0> : tensor<i64>
  // 64 * 2 = 128 overflows i8.
  %twos = ov.constant dense<2> : tensor<64xi8>
  %0 = ov.reduce_mean %twos, %a0 : (tensor<64xi8>, tensor<i64>) -> tensor<i8>
  // The sum 0 fits but the count 256 does not.
  %zeros = ov.constant dense<0> : tensor<256xi8>
  %1 = ov.reduce_mean %zeros, %a0 : (tensor<256xi8>, tensor<i64>) -> tensor<i8>
  %b = ov.constant dense<[true, false]> : tensor<2xi1>
  %2 = ov.reduce_mean %b, %a0 : (tensor<2xi1>, tensor<i64>) -> tensor<i1>
  // Just inside the limits: 127 elements of 1 in i8 fold to 1.
  %ones = ov.constant dense<1> : tensor<127xi8>
  %3 = ov.reduce_mean %ones, %a0 : (tensor<127xi8>, tensor<i64>) -> tensor<i8>
  return %0, %1, %3, %2 : tensor<i8>, tensor<i8>, tensor<i8>, tensor<i1>
}

// -----

// ReduceMax / ReduceMin: signed, unsigned and float comparisons.
// CHECK-LABEL: func @max_min
// CHECK-DAG: %[[MAXI:.*]] = ov.constant dense<[-2, 7]> : tensor<2xi32>
// CHECK-DAG: %[[MINI:.*]] = ov.constant dense<[-9, 0]> : tensor<2xi32>
// CHECK-DAG: %[[MAXU:.*]] = ov.constant dense<250> : tensor<ui8>
// CHECK-DAG: %[[MINU:.*]] = ov.constant dense<3> : tensor<ui8>
// CHECK-DAG: %[[MAXF:.*]] = ov.constant dense<{{\[}}[-1.500000e+00, 2.500000e+00]]> : tensor<1x2xf32>
// CHECK-DAG: %[[MINF:.*]] = ov.constant dense<{{\[}}[-4.000000e+00, 0.000000e+00]]> : tensor<1x2xf32>
// CHECK-NOT: ov.reduce_max
// CHECK-NOT: ov.reduce_min
// CHECK: return %[[MAXI]], %[[MINI]], %[[MAXU]], %[[MINU]], %[[MAXF]], %[[MINF]]
func.func @max_min() -> (tensor<2xi32>, tensor<2xi32>, tensor<ui8>, tensor<ui8>, tensor<1x2xf32>, tensor<1x2xf32>) {
  %i = ov.constant dense<[[-5, -2, -9], [0, 7, 3]]> : tensor<2x3xi32>
  %a1 = ov.constant dense<[1]> : tensor<1xi64>
  %0 = ov.reduce_max %i, %a1 : (tensor<2x3xi32>, tensor<1xi64>) -> tensor<2xi32>
  %1 = ov.reduce_min %i, %a1 : (tensor<2x3xi32>, tensor<1xi64>) -> tensor<2xi32>
  // 250 is the largest as an unsigned value (it would be -6 as i8).
  %u = ov.constant dense<[3, 250, 100]> : tensor<3xui8>
  %a0 = ov.constant dense<0> : tensor<i64>
  %2 = ov.reduce_max %u, %a0 : (tensor<3xui8>, tensor<i64>) -> tensor<ui8>
  %3 = ov.reduce_min %u, %a0 : (tensor<3xui8>, tensor<i64>) -> tensor<ui8>
  %f = ov.constant dense<[[-1.5, 0.0], [-4.0, 2.5]]> : tensor<2x2xf32>
  %4 = ov.reduce_max %f, %a0 {keep_dims = true} : (tensor<2x2xf32>, tensor<i64>) -> tensor<1x2xf32>
  %5 = ov.reduce_min %f, %a0 {keep_dims = true} : (tensor<2x2xf32>, tensor<i64>) -> tensor<1x2xf32>
  return %0, %1, %2, %3, %4, %5 : tensor<2xi32>, tensor<2xi32>, tensor<ui8>, tensor<ui8>, tensor<1x2xf32>, tensor<1x2xf32>
}

// -----

// Max and min of booleans: true is 1 (not -1 as a signed 1-bit value).
// CHECK-LABEL: func @max_min_bool
// CHECK-DAG: %[[MAX:.*]] = ov.constant dense<[true, false]> : tensor<2xi1>
// CHECK-DAG: %[[MIN:.*]] = ov.constant dense<false> : tensor<2xi1>
// CHECK: return %[[MAX]], %[[MIN]]
func.func @max_min_bool() -> (tensor<2xi1>, tensor<2xi1>) {
  %b = ov.constant dense<[[true, false], [false, false]]> : tensor<2x2xi1>
  %a1 = ov.constant dense<1> : tensor<i64>
  %0 = ov.reduce_max %b, %a1 : (tensor<2x2xi1>, tensor<i64>) -> tensor<2xi1>
  %1 = ov.reduce_min %b, %a1 : (tensor<2x2xi1>, tensor<i64>) -> tensor<2xi1>
  return %0, %1 : tensor<2xi1>, tensor<2xi1>
}

// -----

// CHECK-LABEL: func @prod
// CHECK-DAG: %[[I:.*]] = ov.constant dense<[6, -120]> : tensor<2xi64>
// CHECK-DAG: %[[F:.*]] = ov.constant dense<[5.000000e-01, 1.200000e+01]> : tensor<2xf32>
// CHECK-NOT: ov.reduce_prod
// CHECK: return %[[I]], %[[F]]
func.func @prod() -> (tensor<2xi64>, tensor<2xf32>) {
  %i = ov.constant dense<[[1, 2, 3], [4, -5, 6]]> : tensor<2x3xi64>
  %a = ov.constant dense<[-1]> : tensor<1xi64>
  %0 = ov.reduce_prod %i, %a : (tensor<2x3xi64>, tensor<1xi64>) -> tensor<2xi64>
  %f = ov.constant dense<[[0.5, 3.0], [1.0, 4.0]]> : tensor<2x2xf32>
  %a0 = ov.constant dense<0> : tensor<i64>
  %1 = ov.reduce_prod %f, %a0 : (tensor<2x2xf32>, tensor<i64>) -> tensor<2xf32>
  return %0, %1 : tensor<2xi64>, tensor<2xf32>
}

// -----

// CHECK-LABEL: func @logical
// CHECK-DAG: %[[AND1:.*]] = ov.constant dense<[false, true, false]> : tensor<3xi1>
// CHECK-DAG: %[[OR1:.*]] = ov.constant dense<[true, true, false]> : tensor<3xi1>
// CHECK-DAG: %[[AND0:.*]] = ov.constant dense<false> : tensor<1x2xi1>
// CHECK-DAG: %[[OR0:.*]] = ov.constant dense<true> : tensor<1x2xi1>
// CHECK-DAG: %[[ALL:.*]] = ov.constant dense<true> : tensor<i1>
// CHECK-NOT: ov.reduce_logical
// CHECK: return %[[AND1]], %[[OR1]], %[[AND0]], %[[OR0]], %[[ALL]]
func.func @logical() -> (tensor<3xi1>, tensor<3xi1>, tensor<1x2xi1>, tensor<1x2xi1>, tensor<i1>) {
  %b = ov.constant dense<[[true, false], [true, true], [false, false]]> : tensor<3x2xi1>
  %a1 = ov.constant dense<1> : tensor<i64>
  %0 = ov.reduce_logical_and %b, %a1 : (tensor<3x2xi1>, tensor<i64>) -> tensor<3xi1>
  %1 = ov.reduce_logical_or %b, %a1 : (tensor<3x2xi1>, tensor<i64>) -> tensor<3xi1>
  %a0 = ov.constant dense<[-2]> : tensor<1xi32>
  %2 = ov.reduce_logical_and %b, %a0 {keep_dims = true} : (tensor<3x2xi1>, tensor<1xi32>) -> tensor<1x2xi1>
  %3 = ov.reduce_logical_or %b, %a0 {keep_dims = true} : (tensor<3x2xi1>, tensor<1xi32>) -> tensor<1x2xi1>
  %t = ov.constant dense<true> : tensor<2x2xi1>
  %both = ov.constant dense<[0, 1]> : tensor<2xi64>
  %4 = ov.reduce_logical_and %t, %both : (tensor<2x2xi1>, tensor<2xi64>) -> tensor<i1>
  return %0, %1, %2, %3, %4 : tensor<3xi1>, tensor<3xi1>, tensor<1x2xi1>, tensor<1x2xi1>, tensor<i1>
}

// -----

// Nothing is combined (empty axes, or only size-1 dimensions reduced with
// keep_dims): the op folds to its input, constant or not, static or not.
// CHECK-LABEL: func @identity
// CHECK-SAME: (%[[X:.*]]: tensor<2x3xf32>, %[[Y:.*]]: tensor<2x1x?xf32>, %[[B:.*]]: tensor<1x?xi1>)
// CHECK-NOT: ov.reduce
// CHECK: return %[[X]], %[[X]], %[[Y]], %[[Y]], %[[B]], %[[X]]
func.func @identity(%x: tensor<2x3xf32>, %y: tensor<2x1x?xf32>, %b: tensor<1x?xi1>) -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x1x?xf32>, tensor<2x1x?xf32>, tensor<1x?xi1>, tensor<2x3xf32>) {
  %empty = ov.constant dense<> : tensor<0xi64>
  %0 = ov.reduce_sum %x, %empty : (tensor<2x3xf32>, tensor<0xi64>) -> tensor<2x3xf32>
  %1 = ov.reduce_mean %x, %empty {keep_dims = true} : (tensor<2x3xf32>, tensor<0xi64>) -> tensor<2x3xf32>
  %a1 = ov.constant dense<1> : tensor<i64>
  %2 = ov.reduce_max %y, %a1 {keep_dims = true} : (tensor<2x1x?xf32>, tensor<i64>) -> tensor<2x1x?xf32>
  %am2 = ov.constant dense<[-2]> : tensor<1xi32>
  %3 = ov.reduce_prod %y, %am2 {keep_dims = true} : (tensor<2x1x?xf32>, tensor<1xi32>) -> tensor<2x1x?xf32>
  %a0 = ov.constant dense<0> : tensor<i64>
  %4 = ov.reduce_logical_or %b, %a0 {keep_dims = true} : (tensor<1x?xi1>, tensor<i64>) -> tensor<1x?xi1>
  %5 = ov.reduce_min %x, %empty : (tensor<2x3xf32>, tensor<0xi64>) -> tensor<2x3xf32>
  return %0, %1, %2, %3, %4, %5 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x1x?xf32>, tensor<2x1x?xf32>, tensor<1x?xi1>, tensor<2x3xf32>
}

// -----

// Cases that must stay: non-constant data (reducing a real dimension, or a
// size-1 dimension without keep_dims, which changes the type); non-constant
// axes; an input above the folding limit; a dynamic declared result; a
// reduced dynamic dimension (it may be larger than 1) even with keep_dims.
// CHECK-LABEL: func @no_fold
// CHECK-SAME: (%[[X:.*]]: tensor<2x3xf32>, %[[Y:.*]]: tensor<2x1xf32>, %[[A:.*]]: tensor<1xi64>, %[[Z:.*]]: tensor<?x3xf32>)
// CHECK: %[[R0:.*]] = ov.reduce_sum %[[X]]
// CHECK-SAME: -> tensor<2xf32>
// CHECK: %[[R1:.*]] = ov.reduce_sum %[[Y]]
// CHECK-SAME: -> tensor<2xf32>
// CHECK: %[[R2:.*]] = ov.reduce_max %{{.*}}, %[[A]]
// CHECK-SAME: -> tensor<?xi32>
// CHECK: %[[R3:.*]] = ov.reduce_sum {{.*}} : (tensor<8192xf32>, tensor<i64>) -> tensor<f32>
// CHECK: %[[R4:.*]] = ov.reduce_min {{.*}} : (tensor<2x3xi32>, tensor<1xi64>) -> tensor<?xi32>
// CHECK: %[[R5:.*]] = ov.reduce_sum %[[Z]]
// CHECK-SAME: -> tensor<1x3xf32>
// CHECK: return %[[R0]], %[[R1]], %[[R2]], %[[R3]], %[[R4]], %[[R5]]
func.func @no_fold(%x: tensor<2x3xf32>, %y: tensor<2x1xf32>, %a: tensor<1xi64>, %z: tensor<?x3xf32>) -> (tensor<2xf32>, tensor<2xf32>, tensor<?xi32>, tensor<f32>, tensor<?xi32>, tensor<1x3xf32>) {
  %a1 = ov.constant dense<[1]> : tensor<1xi64>
  %0 = ov.reduce_sum %x, %a1 : (tensor<2x3xf32>, tensor<1xi64>) -> tensor<2xf32>
  %1 = ov.reduce_sum %y, %a1 : (tensor<2x1xf32>, tensor<1xi64>) -> tensor<2xf32>
  %i = ov.constant dense<[[1, 2, 3], [4, 5, 6]]> : tensor<2x3xi32>
  %2 = ov.reduce_max %i, %a : (tensor<2x3xi32>, tensor<1xi64>) -> tensor<?xi32>
  %big = ov.constant dense<1.0> : tensor<8192xf32>
  %a0 = ov.constant dense<0> : tensor<i64>
  %3 = ov.reduce_sum %big, %a0 : (tensor<8192xf32>, tensor<i64>) -> tensor<f32>
  %4 = ov.reduce_min %i, %a1 : (tensor<2x3xi32>, tensor<1xi64>) -> tensor<?xi32>
  %5 = ov.reduce_sum %z, %a0 {keep_dims = true} : (tensor<?x3xf32>, tensor<i64>) -> tensor<1x3xf32>
  return %0, %1, %2, %3, %4, %5 : tensor<2xf32>, tensor<2xf32>, tensor<?xi32>, tensor<f32>, tensor<?xi32>, tensor<1x3xf32>
}

// -----

// ReduceL1 and ReduceL2 have no folder: even empty axes give |x|, not x.
// CHECK-LABEL: func @l1_l2
// CHECK: ov.reduce_l1
// CHECK: ov.reduce_l2
func.func @l1_l2(%x: tensor<2xf32>) -> (tensor<2xf32>, tensor<2xf32>) {
  %empty = ov.constant dense<> : tensor<0xi64>
  %0 = ov.reduce_l1 %x, %empty : (tensor<2xf32>, tensor<0xi64>) -> tensor<2xf32>
  %1 = ov.reduce_l2 %x, %empty : (tensor<2xf32>, tensor<0xi64>) -> tensor<2xf32>
  return %0, %1 : tensor<2xf32>, tensor<2xf32>
}
