// RUN: ov-opt %s --split-input-file --ov-split-input-channels | FileCheck %s

// A 1x1 layer from 12 channels to 4 (blocks of 2) on a 2 x 2 plane: two
// partial products over the input's halves, into [2, 2, 4, 2], then their
// sum into the result. Its initializer, which wrote the bias over the
// whole result, is gone: the sum starts from the bias itself, then adds
// the parts in the order the layer would have (bias + part 0 + part 1). The weights
// [1, 2, 6, 2, 2] = 0, 1, ..., 47 are repacked as [2, 2, 3, 2, 2]: part 0
// of both filter blocks (0..11, 24..35), then part 1 (12..23, 36..47); the
// old global is gone.
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-DAG: #[[PERCHANNEL:.*]] = affine_map<(d0, d1, d2, d3) -> (0, d1, 0, d3)>
// CHECK-NOT: memref.global "private" constant @weights :
// CHECK: memref.global "private" constant @weights_split : memref<2x2x3x2x2xf32> = dense_resource<split_filter> {alignment = 64 : i64}
// CHECK-NOT: @weights :
// CHECK-LABEL: func.func @projection(
// CHECK-SAME: %[[X:[^:]+]]: memref<1x6x2x2x2xf32>, %[[BIAS:[^:]+]]: memref<1x2x1x1x2xf32>
// CHECK: %[[OUT:.*]] = memref.alloc() {{.*}} : memref<1x2x2x2x2xf32>
// CHECK-NOT: linalg.generic
// CHECK: %[[XC:.*]] = memref.collapse_shape %[[X]]
// CHECK: %[[OUTC:.*]] = memref.collapse_shape %[[OUT]]
// CHECK: %[[PARTS:.*]] = memref.alloc() {alignment = 64 : i64} : memref<2x2x4x2xf32>
// CHECK: linalg.fill ins(%{{.*}} : f32) outs(%[[PARTS]] : memref<2x2x4x2xf32>)
// CHECK: %[[FLAT:.*]] = memref.collapse_shape %[[XC]] {{\[}}[0, 1], [2], [3]] : memref<1x6x4x2xf32> into memref<6x4x2xf32>
// CHECK: %[[HALVES:.*]] = memref.expand_shape %[[FLAT]] {{\[}}[0, 1], [2], [3]] output_shape [2, 3, 4, 2] : memref<6x4x2xf32> into memref<2x3x4x2xf32>
// CHECK: %[[W:.*]] = memref.get_global @weights_split : memref<2x2x3x2x2xf32>
// CHECK: linalg.generic {indexing_maps = [#[[LHS:.*]], #[[RHS:.*]], #[[RES:.*]]], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%[[HALVES]], %[[W]] : memref<2x3x4x2xf32>, memref<2x2x3x2x2xf32>) outs(%[[PARTS]] : memref<2x2x4x2xf32>)
// CHECK: arith.mulf
// CHECK: arith.addf
// CHECK: %[[PART0:.*]] = memref.subview %[[PARTS]][0, 0, 0, 0] [1, 2, 4, 2] [1, 1, 1, 1]
// CHECK: %[[PART1:.*]] = memref.subview %[[PARTS]][1, 0, 0, 0] [1, 2, 4, 2] [1, 1, 1, 1]
// CHECK: %[[BIASC:.*]] = memref.collapse_shape %[[BIAS]] {{\[}}[0], [1], [2, 3], [4]] : memref<1x2x1x1x2xf32> into memref<1x2x1x2xf32>
// CHECK: linalg.generic {indexing_maps = [#[[ID]], #[[ID]], #[[PERCHANNEL]], #[[ID]]], {{.*}} ins(%[[PART0]], %[[PART1]], %[[BIASC]] : {{.*}}) outs(%[[OUTC]] : memref<1x2x4x2xf32>)
// CHECK: ^bb0(%[[P0:.*]]: f32, %[[P1:.*]]: f32, %[[B:.*]]: f32, %{{.*}}: f32):
// CHECK: %[[SUM0:.*]] = arith.addf %[[B]], %[[P0]]
// CHECK: %[[SUM1:.*]] = arith.addf %[[SUM0]], %[[P1]]
// CHECK: linalg.yield %[[SUM1]]
// CHECK: memref.dealloc %[[PARTS]]
// CHECK-NOT: linalg.generic
// CHECK: return %[[OUT]]
// CHECK: split_filter: "0x04000000000000000000803F0000004000004040000080400000A0400000C0400000E040000000410000104100002041000030410000C0410000C8410000D0410000D8410000E0410000E8410000F0410000F84100000042000004420000084200000C4200004041000050410000604100007041000080410000884100009041000098410000A0410000A8410000B0410000B84100001042000014420000184200001C4200002042000024420000284200002C4200003042000034420000384200003C42"

#id = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#bias = affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>
#lhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>
#rhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>
#res = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
memref.global "private" constant @weights : memref<1x2x6x2x2xf32> = dense<"0x000000000000803F0000004000004040000080400000A0400000C0400000E0400000004100001041000020410000304100004041000050410000604100007041000080410000884100009041000098410000A0410000A8410000B0410000B8410000C0410000C8410000D0410000D8410000E0410000E8410000F0410000F84100000042000004420000084200000C4200001042000014420000184200001C4200002042000024420000284200002C4200003042000034420000384200003C42"> {alignment = 64 : i64}
func.func @projection(%x: memref<1x6x2x2x2xf32>, %b: memref<1x2x1x1x2xf32>) -> memref<1x2x2x2x2xf32> {
  %out = memref.alloc() {alignment = 64 : i64} : memref<1x2x2x2x2xf32>
  linalg.generic {indexing_maps = [#bias, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%b : memref<1x2x1x1x2xf32>) outs(%out : memref<1x2x2x2x2xf32>) {
  ^bb0(%in: f32, %o: f32):
    linalg.yield %in : f32
  }
  %g = memref.get_global @weights : memref<1x2x6x2x2xf32>
  %w = memref.subview %g[0, 0, 0, 0, 0] [1, 2, 6, 2, 2] [1, 1, 1, 1, 1] : memref<1x2x6x2x2xf32> to memref<2x6x2x2xf32, strided<[24, 4, 2, 1]>>
  %xc = memref.collapse_shape %x [[0], [1], [2, 3], [4]] : memref<1x6x2x2x2xf32> into memref<1x6x4x2xf32>
  %oc = memref.collapse_shape %out [[0], [1], [2, 3], [4]] : memref<1x2x2x2x2xf32> into memref<1x2x4x2xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%xc, %w : memref<1x6x4x2xf32>, memref<2x6x2x2xf32, strided<[24, 4, 2, 1]>>) outs(%oc : memref<1x2x4x2xf32>) {
  ^bb0(%in: f32, %wt: f32, %acc: f32):
    %m = arith.mulf %in, %wt : f32
    %a = arith.addf %acc, %m : f32
    linalg.yield %a : f32
  }
  return %out : memref<1x2x2x2x2xf32>
}


// -----

// Only 2 input channels per output channel (12 -> 6): left as it is.
// CHECK-LABEL: func.func @few_inputs(
// CHECK-NOT: {{_split|memref.alloc}}
// CHECK: linalg.generic {{.*}} outs(%{{.*}} : memref<1x3x4x2xf32>)
// CHECK: return
#lhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>
#rhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>
#res = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
memref.global "private" constant @weights : memref<1x3x6x2x2xf32> = dense<"0x000000000000803F0000004000004040000080400000A0400000C0400000E0400000004100001041000020410000304100004041000050410000604100007041000080410000884100009041000098410000A0410000A8410000B0410000B8410000C0410000C8410000D0410000D8410000E0410000E8410000F0410000F84100000042000004420000084200000C4200001042000014420000184200001C4200002042000024420000284200002C4200003042000034420000384200003C4200004042000044420000484200004C4200005042000054420000584200005C4200006042000064420000684200006C4200007042000074420000784200007C42000080420000824200008442000086420000884200008A4200008C4200008E42"> {alignment = 64 : i64}
func.func @few_inputs(%xc: memref<1x6x4x2xf32>, %oc: memref<1x3x4x2xf32>) {
  %g = memref.get_global @weights : memref<1x3x6x2x2xf32>
  %w = memref.subview %g[0, 0, 0, 0, 0] [1, 3, 6, 2, 2] [1, 1, 1, 1, 1] : memref<1x3x6x2x2xf32> to memref<3x6x2x2xf32, strided<[24, 4, 2, 1]>>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%xc, %w : memref<1x6x4x2xf32>, memref<3x6x2x2xf32, strided<[24, 4, 2, 1]>>) outs(%oc : memref<1x3x4x2xf32>) {
  ^bb0(%in: f32, %wt: f32, %acc: f32):
    %m = arith.mulf %in, %wt : f32
    %a = arith.addf %acc, %m : f32
    linalg.yield %a : f32
  }
  return
}

// -----

// 15 x 15 positions, more than 14 x 14: left as it is.
// CHECK-LABEL: func.func @large_plane(
// CHECK-NOT: {{_split|memref.alloc}}
// CHECK: linalg.generic {{.*}} outs(%{{.*}} : memref<1x2x225x2xf32>)
// CHECK: return
#lhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>
#rhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>
#res = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
memref.global "private" constant @weights : memref<1x2x6x2x2xf32> = dense<"0x000000000000803F0000004000004040000080400000A0400000C0400000E0400000004100001041000020410000304100004041000050410000604100007041000080410000884100009041000098410000A0410000A8410000B0410000B8410000C0410000C8410000D0410000D8410000E0410000E8410000F0410000F84100000042000004420000084200000C4200001042000014420000184200001C4200002042000024420000284200002C4200003042000034420000384200003C42"> {alignment = 64 : i64}
func.func @large_plane(%xc: memref<1x6x225x2xf32>, %oc: memref<1x2x225x2xf32>) {
  %g = memref.get_global @weights : memref<1x2x6x2x2xf32>
  %w = memref.subview %g[0, 0, 0, 0, 0] [1, 2, 6, 2, 2] [1, 1, 1, 1, 1] : memref<1x2x6x2x2xf32> to memref<2x6x2x2xf32, strided<[24, 4, 2, 1]>>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%xc, %w : memref<1x6x225x2xf32>, memref<2x6x2x2xf32, strided<[24, 4, 2, 1]>>) outs(%oc : memref<1x2x225x2xf32>) {
  ^bb0(%in: f32, %wt: f32, %acc: f32):
    %m = arith.mulf %in, %wt : f32
    %a = arith.addf %acc, %m : f32
    linalg.yield %a : f32
  }
  return
}

// -----

// Weights that are not a constant global cannot be repacked: left as it is.
// CHECK-LABEL: func.func @argument_weights(
// CHECK-NOT: {{_split|memref.alloc}}
// CHECK: linalg.generic {{.*}} outs(%{{.*}} : memref<1x2x4x2xf32>)
// CHECK: return
#lhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>
#rhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>
#res = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
func.func @argument_weights(%xc: memref<1x6x4x2xf32>, %oc: memref<1x2x4x2xf32>, %w: memref<2x6x2x2xf32>) {
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%xc, %w : memref<1x6x4x2xf32>, memref<2x6x2x2xf32>) outs(%oc : memref<1x2x4x2xf32>) {
  ^bb0(%in: f32, %wt: f32, %acc: f32):
    %m = arith.mulf %in, %wt : f32
    %a = arith.addf %acc, %m : f32
    linalg.yield %a : f32
  }
  return
}

// -----

// A layer in a loop (a row-by-row block's): left as it is.
// CHECK-LABEL: func.func @in_loop(
// CHECK-NOT: {{_split|memref.alloc}}
// CHECK: scf.for
// CHECK: linalg.generic {{.*}} outs(%{{.*}} : memref<1x2x4x2xf32>)
// CHECK: return
#lhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>
#rhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>
#res = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
memref.global "private" constant @weights : memref<1x2x6x2x2xf32> = dense<"0x000000000000803F0000004000004040000080400000A0400000C0400000E0400000004100001041000020410000304100004041000050410000604100007041000080410000884100009041000098410000A0410000A8410000B0410000B8410000C0410000C8410000D0410000D8410000E0410000E8410000F0410000F84100000042000004420000084200000C4200001042000014420000184200001C4200002042000024420000284200002C4200003042000034420000384200003C42"> {alignment = 64 : i64}
func.func @in_loop(%xc: memref<1x6x4x2xf32>, %oc: memref<1x2x4x2xf32>) {
  %g = memref.get_global @weights : memref<1x2x6x2x2xf32>
  %w = memref.subview %g[0, 0, 0, 0, 0] [1, 2, 6, 2, 2] [1, 1, 1, 1, 1] : memref<1x2x6x2x2xf32> to memref<2x6x2x2xf32, strided<[24, 4, 2, 1]>>
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %c0 to %c1 step %c1 {
    linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%xc, %w : memref<1x6x4x2xf32>, memref<2x6x2x2xf32, strided<[24, 4, 2, 1]>>) outs(%oc : memref<1x2x4x2xf32>) {
    ^bb0(%in: f32, %wt: f32, %acc: f32):
      %m = arith.mulf %in, %wt : f32
      %a = arith.addf %acc, %m : f32
      linalg.yield %a : f32
    }
  }
  return
}

// -----

// Weights another function reads too: split into a new global, the old one
// stays.
// CHECK: memref.global "private" constant @weights_split : memref<2x2x3x2x2xf32>
// CHECK: memref.global "private" constant @weights : memref<1x2x6x2x2xf32>
// CHECK-LABEL: func.func @shared_weights(
// CHECK: memref.get_global @weights_split
// CHECK-LABEL: func.func @other(
// CHECK: memref.get_global @weights :
#lhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>
#rhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>
#res = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
memref.global "private" constant @weights : memref<1x2x6x2x2xf32> = dense<"0x000000000000803F0000004000004040000080400000A0400000C0400000E0400000004100001041000020410000304100004041000050410000604100007041000080410000884100009041000098410000A0410000A8410000B0410000B8410000C0410000C8410000D0410000D8410000E0410000E8410000F0410000F84100000042000004420000084200000C4200001042000014420000184200001C4200002042000024420000284200002C4200003042000034420000384200003C42"> {alignment = 64 : i64}
func.func @shared_weights(%xc: memref<1x6x4x2xf32>, %oc: memref<1x2x4x2xf32>) {
  %g = memref.get_global @weights : memref<1x2x6x2x2xf32>
  %w = memref.subview %g[0, 0, 0, 0, 0] [1, 2, 6, 2, 2] [1, 1, 1, 1, 1] : memref<1x2x6x2x2xf32> to memref<2x6x2x2xf32, strided<[24, 4, 2, 1]>>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%xc, %w : memref<1x6x4x2xf32>, memref<2x6x2x2xf32, strided<[24, 4, 2, 1]>>) outs(%oc : memref<1x2x4x2xf32>) {
  ^bb0(%in: f32, %wt: f32, %acc: f32):
    %m = arith.mulf %in, %wt : f32
    %a = arith.addf %acc, %m : f32
    linalg.yield %a : f32
  }
  return
}
func.func @other() -> memref<1x2x6x2x2xf32> {
  %g = memref.get_global @weights : memref<1x2x6x2x2xf32>
  return %g : memref<1x2x6x2x2xf32>
}

// -----

// An initializer that adds a residual to the bias (a projection the block's
// input is added to), with the residual's deallocation between it and the
// layer: the sum computes bias + residual itself (the initializer's body),
// then adds the parts; the residual is freed after the sum that reads it.
// CHECK-LABEL: func.func @residual(
// CHECK-SAME: %[[BIAS:[^:]+]]: memref<1x2x1x1x2xf32>
// CHECK: %[[RES:.*]] = memref.alloc() {{.*}} : memref<1x2x2x2x2xf32>
// CHECK: %[[OUT:.*]] = memref.alloc() {{.*}} : memref<1x2x2x2x2xf32>
// CHECK-NOT: memref.dealloc %[[RES]]
// CHECK: linalg.generic {{.*}} outs(%[[PARTS:.*]] : memref<2x2x4x2xf32>)
// CHECK: %[[BIASC:.*]] = memref.collapse_shape %[[BIAS]]
// CHECK: %[[RESC:.*]] = memref.collapse_shape %[[RES]] {{\[}}[0], [1], [2, 3], [4]] : memref<1x2x2x2x2xf32> into memref<1x2x4x2xf32>
// CHECK: linalg.generic {{.*}} ins(%{{.*}}, %{{.*}}, %[[BIASC]], %[[RESC]] : {{.*}}) outs(%{{.*}} : memref<1x2x4x2xf32>)
// CHECK: ^bb0(%[[P0:.*]]: f32, %[[P1:.*]]: f32, %[[B:.*]]: f32, %[[R:.*]]: f32, %{{.*}}: f32):
// CHECK: %[[INIT:.*]] = arith.addf %[[B]], %[[R]]
// CHECK: %[[SUM0:.*]] = arith.addf %[[INIT]], %[[P0]]
// CHECK: %[[SUM1:.*]] = arith.addf %[[SUM0]], %[[P1]]
// CHECK: linalg.yield %[[SUM1]]
// CHECK: memref.dealloc %[[RES]]
// CHECK: memref.dealloc %[[PARTS]]
#id = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#bias = affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>
#lhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>
#rhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>
#res = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
memref.global "private" constant @weights : memref<1x2x6x2x2xf32> = dense<"0x000000000000803F0000004000004040000080400000A0400000C0400000E0400000004100001041000020410000304100004041000050410000604100007041000080410000884100009041000098410000A0410000A8410000B0410000B8410000C0410000C8410000D0410000D8410000E0410000E8410000F0410000F84100000042000004420000084200000C4200001042000014420000184200001C4200002042000024420000284200002C4200003042000034420000384200003C42"> {alignment = 64 : i64}
func.func @residual(%x: memref<1x6x2x2x2xf32>, %b: memref<1x2x1x1x2xf32>) -> memref<1x2x2x2x2xf32> {
  %r = memref.alloc() {alignment = 64 : i64} : memref<1x2x2x2x2xf32>
  %out = memref.alloc() {alignment = 64 : i64} : memref<1x2x2x2x2xf32>
  linalg.generic {indexing_maps = [#bias, #id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%b, %r : memref<1x2x1x1x2xf32>, memref<1x2x2x2x2xf32>) outs(%out : memref<1x2x2x2x2xf32>) {
  ^bb0(%in: f32, %in2: f32, %o: f32):
    %s = arith.addf %in, %in2 : f32
    linalg.yield %s : f32
  }
  memref.dealloc %r : memref<1x2x2x2x2xf32>
  %g = memref.get_global @weights : memref<1x2x6x2x2xf32>
  %w = memref.subview %g[0, 0, 0, 0, 0] [1, 2, 6, 2, 2] [1, 1, 1, 1, 1] : memref<1x2x6x2x2xf32> to memref<2x6x2x2xf32, strided<[24, 4, 2, 1]>>
  %xc = memref.collapse_shape %x [[0], [1], [2, 3], [4]] : memref<1x6x2x2x2xf32> into memref<1x6x4x2xf32>
  %oc = memref.collapse_shape %out [[0], [1], [2, 3], [4]] : memref<1x2x2x2x2xf32> into memref<1x2x4x2xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%xc, %w : memref<1x6x4x2xf32>, memref<2x6x2x2xf32, strided<[24, 4, 2, 1]>>) outs(%oc : memref<1x2x4x2xf32>) {
  ^bb0(%in: f32, %wt: f32, %acc: f32):
    %m = arith.mulf %in, %wt : f32
    %a = arith.addf %acc, %m : f32
    linalg.yield %a : f32
  }
  return %out : memref<1x2x2x2x2xf32>
}

// -----

// Initializers the sum cannot stand for stay, and the sum adds the parts to
// what they wrote: one that reads the result's previous values, one whose
// input is a strided view, one after which something else writes the
// result, and one that reads a loop index (of its own loops, not the
// sum's).
// CHECK-LABEL: func.func @kept_initializers(
// CHECK-SAME: %[[OUT0:[^:]+]]: memref<1x2x2x2x2xf32>, %[[OUT1:[^:]+]]: memref<1x2x2x2x2xf32>, %[[OUT2:[^:]+]]: memref<1x2x2x2x2xf32>, %{{[^:]+}}: memref<1x2x4x4x2xf32>, %[[OUT3:[^:]+]]: memref<1x2x2x2x2xf32>
// CHECK: linalg.generic {{.*}} outs(%[[OUT0]] : memref<1x2x2x2x2xf32>)
// CHECK: %[[OC0:.*]] = memref.collapse_shape %[[OUT0]]
// CHECK: linalg.generic {{.*}} ins(%{{[^,]*}}, %{{[^,]*}} : memref<1x2x4x2xf32, strided<[16, 8, 2, 1]>>, memref<1x2x4x2xf32, strided<[16, 8, 2, 1], offset: 16>>) outs(%[[OC0]] :
// CHECK: linalg.generic {{.*}} outs(%[[OUT1]] : memref<1x2x2x2x2xf32>)
// CHECK: %[[OC1:.*]] = memref.collapse_shape %[[OUT1]]
// CHECK: linalg.generic {{.*}} ins(%{{[^,]*}}, %{{[^,]*}} : memref<1x2x4x2xf32, strided<[16, 8, 2, 1]>>, memref<1x2x4x2xf32, strided<[16, 8, 2, 1], offset: 16>>) outs(%[[OC1]] :
// CHECK: linalg.generic {{.*}} outs(%[[OUT2]] : memref<1x2x2x2x2xf32>)
// CHECK: %[[EDGE:.*]] = memref.subview %[[OUT2]]
// CHECK: linalg.fill ins(%{{.*}} : f32) outs(%[[EDGE]]
// CHECK: %[[OC2:.*]] = memref.collapse_shape %[[OUT2]]
// CHECK: linalg.generic {{.*}} ins(%{{[^,]*}}, %{{[^,]*}} : memref<1x2x4x2xf32, strided<[16, 8, 2, 1]>>, memref<1x2x4x2xf32, strided<[16, 8, 2, 1], offset: 16>>) outs(%[[OC2]] :
// CHECK: linalg.generic {{.*}} outs(%[[OUT3]] : memref<1x2x2x2x2xf32>)
// CHECK: linalg.index 2
// CHECK: %[[OC3:.*]] = memref.collapse_shape %[[OUT3]]
// CHECK: linalg.generic {{.*}} ins(%{{[^,]*}}, %{{[^,]*}} : memref<1x2x4x2xf32, strided<[16, 8, 2, 1]>>, memref<1x2x4x2xf32, strided<[16, 8, 2, 1], offset: 16>>) outs(%[[OC3]] :
// CHECK: return
#id = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#bias = affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>
#lhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>
#rhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>
#res = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
memref.global "private" constant @weights : memref<1x2x6x2x2xf32> = dense<"0x000000000000803F0000004000004040000080400000A0400000C0400000E0400000004100001041000020410000304100004041000050410000604100007041000080410000884100009041000098410000A0410000A8410000B0410000B8410000C0410000C8410000D0410000D8410000E0410000E8410000F0410000F84100000042000004420000084200000C4200001042000014420000184200001C4200002042000024420000284200002C4200003042000034420000384200003C42"> {alignment = 64 : i64}
func.func @kept_initializers(%x: memref<1x6x2x2x2xf32>, %b: memref<1x2x1x1x2xf32>, %out0: memref<1x2x2x2x2xf32>, %out1: memref<1x2x2x2x2xf32>, %out2: memref<1x2x2x2x2xf32>, %big: memref<1x2x4x4x2xf32>, %out3: memref<1x2x2x2x2xf32>) {
  %g = memref.get_global @weights : memref<1x2x6x2x2xf32>
  %w = memref.subview %g[0, 0, 0, 0, 0] [1, 2, 6, 2, 2] [1, 1, 1, 1, 1] : memref<1x2x6x2x2xf32> to memref<2x6x2x2xf32, strided<[24, 4, 2, 1]>>
  %xc = memref.collapse_shape %x [[0], [1], [2, 3], [4]] : memref<1x6x2x2x2xf32> into memref<1x6x4x2xf32>
  linalg.generic {indexing_maps = [#bias, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%b : memref<1x2x1x1x2xf32>) outs(%out0 : memref<1x2x2x2x2xf32>) {
  ^bb0(%in: f32, %o: f32):
    %s = arith.addf %in, %o : f32
    linalg.yield %s : f32
  }
  %oc0 = memref.collapse_shape %out0 [[0], [1], [2, 3], [4]] : memref<1x2x2x2x2xf32> into memref<1x2x4x2xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%xc, %w : memref<1x6x4x2xf32>, memref<2x6x2x2xf32, strided<[24, 4, 2, 1]>>) outs(%oc0 : memref<1x2x4x2xf32>) {
  ^bb0(%in: f32, %wt: f32, %acc: f32):
    %m = arith.mulf %in, %wt : f32
    %a = arith.addf %acc, %m : f32
    linalg.yield %a : f32
  }
  %corner = memref.subview %big[0, 0, 0, 0, 0] [1, 2, 2, 2, 2] [1, 1, 1, 1, 1] : memref<1x2x4x4x2xf32> to memref<1x2x2x2x2xf32, strided<[64, 32, 8, 2, 1]>>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%corner : memref<1x2x2x2x2xf32, strided<[64, 32, 8, 2, 1]>>) outs(%out1 : memref<1x2x2x2x2xf32>) {
  ^bb0(%in: f32, %o: f32):
    linalg.yield %in : f32
  }
  %oc1 = memref.collapse_shape %out1 [[0], [1], [2, 3], [4]] : memref<1x2x2x2x2xf32> into memref<1x2x4x2xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%xc, %w : memref<1x6x4x2xf32>, memref<2x6x2x2xf32, strided<[24, 4, 2, 1]>>) outs(%oc1 : memref<1x2x4x2xf32>) {
  ^bb0(%in: f32, %wt: f32, %acc: f32):
    %m = arith.mulf %in, %wt : f32
    %a = arith.addf %acc, %m : f32
    linalg.yield %a : f32
  }
  linalg.generic {indexing_maps = [#bias, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%b : memref<1x2x1x1x2xf32>) outs(%out2 : memref<1x2x2x2x2xf32>) {
  ^bb0(%in: f32, %o: f32):
    linalg.yield %in : f32
  }
  %zero = arith.constant 0.0 : f32
  %edge = memref.subview %out2[0, 0, 0, 0, 0] [1, 2, 1, 2, 2] [1, 1, 1, 1, 1] : memref<1x2x2x2x2xf32> to memref<1x2x1x2x2xf32, strided<[16, 8, 4, 2, 1]>>
  linalg.fill ins(%zero : f32) outs(%edge : memref<1x2x1x2x2xf32, strided<[16, 8, 4, 2, 1]>>)
  %oc2 = memref.collapse_shape %out2 [[0], [1], [2, 3], [4]] : memref<1x2x2x2x2xf32> into memref<1x2x4x2xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%xc, %w : memref<1x6x4x2xf32>, memref<2x6x2x2xf32, strided<[24, 4, 2, 1]>>) outs(%oc2 : memref<1x2x4x2xf32>) {
  ^bb0(%in: f32, %wt: f32, %acc: f32):
    %m = arith.mulf %in, %wt : f32
    %a = arith.addf %acc, %m : f32
    linalg.yield %a : f32
  }
  linalg.generic {indexing_maps = [#bias, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%b : memref<1x2x1x1x2xf32>) outs(%out3 : memref<1x2x2x2x2xf32>) {
  ^bb0(%in: f32, %o: f32):
    %row = linalg.index 2 : index
    %i = arith.index_cast %row : index to i32
    %f = arith.sitofp %i : i32 to f32
    %s = arith.addf %in, %f : f32
    linalg.yield %s : f32
  }
  %oc3 = memref.collapse_shape %out3 [[0], [1], [2, 3], [4]] : memref<1x2x2x2x2xf32> into memref<1x2x4x2xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%xc, %w : memref<1x6x4x2xf32>, memref<2x6x2x2xf32, strided<[24, 4, 2, 1]>>) outs(%oc3 : memref<1x2x4x2xf32>) {
  ^bb0(%in: f32, %wt: f32, %acc: f32):
    %m = arith.mulf %in, %wt : f32
    %a = arith.addf %acc, %m : f32
    linalg.yield %a : f32
  }
  return
}

// -----

// The result's only reader, a ReLU into the interior of a padded plane
// (whose borders are filled between), takes the sum's value: one op over
// the plane's 5 loops reads the two parts (as planes again) and the bias
// and writes the ReLU of bias + part 0 + part 1 into the interior; the
// result's buffer is gone and the parts are freed after that op.
// CHECK-LABEL: func.func @epilogue(
// CHECK-SAME: %[[BIAS:[^:]+]]: memref<1x2x1x1x2xf32>
// CHECK-NOT: memref.alloc() {{.*}} : memref<1x2x2x2x2xf32>
// CHECK: %[[PARTS:.*]] = memref.alloc() {alignment = 64 : i64} : memref<2x2x4x2xf32>
// CHECK: linalg.generic {{.*}} outs(%[[PARTS]] : memref<2x2x4x2xf32>)
// CHECK: %[[PART0:.*]] = memref.subview %[[PARTS]][0, 0, 0, 0]
// CHECK: %[[PART1:.*]] = memref.subview %[[PARTS]][1, 0, 0, 0]
// CHECK: %[[PADDED:.*]] = memref.alloc() : memref<1x2x4x4x2xf32>
// CHECK: linalg.fill
// CHECK: %[[INTERIOR:.*]] = memref.subview %[[PADDED]][0, 0, 1, 1, 0] [1, 2, 2, 2, 2]
// CHECK: %[[P0:.*]] = memref.expand_shape %[[PART0]] {{\[}}[0], [1], [2, 3], [4]] output_shape [1, 2, 2, 2, 2]
// CHECK: %[[P1:.*]] = memref.expand_shape %[[PART1]] {{\[}}[0], [1], [2, 3], [4]] output_shape [1, 2, 2, 2, 2]
// CHECK: linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%[[P0]], %[[P1]], %[[BIAS]] : {{.*}}) outs(%[[INTERIOR]] :
// CHECK: ^bb0(%[[A0:.*]]: f32, %[[A1:.*]]: f32, %[[B:.*]]: f32, %{{.*}}: f32):
// CHECK: %[[S0:.*]] = arith.addf %[[B]], %[[A0]]
// CHECK: %[[S1:.*]] = arith.addf %[[S0]], %[[A1]]
// CHECK: %[[RELU:.*]] = arith.maximumf %[[S1]], %{{.*}}
// CHECK: linalg.yield %[[RELU]]
// CHECK: memref.dealloc %[[PARTS]]
// CHECK-NOT: linalg.generic
// CHECK: return %[[PADDED]]
#id = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#bias = affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>
#lhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>
#rhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>
#res = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
memref.global "private" constant @weights : memref<1x2x6x2x2xf32> = dense<"0x000000000000803F0000004000004040000080400000A0400000C0400000E0400000004100001041000020410000304100004041000050410000604100007041000080410000884100009041000098410000A0410000A8410000B0410000B8410000C0410000C8410000D0410000D8410000E0410000E8410000F0410000F84100000042000004420000084200000C4200001042000014420000184200001C4200002042000024420000284200002C4200003042000034420000384200003C42"> {alignment = 64 : i64}
func.func @epilogue(%x: memref<1x6x2x2x2xf32>, %b: memref<1x2x1x1x2xf32>) -> memref<1x2x4x4x2xf32> {
  %out = memref.alloc() {alignment = 64 : i64} : memref<1x2x2x2x2xf32>
  linalg.generic {indexing_maps = [#bias, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%b : memref<1x2x1x1x2xf32>) outs(%out : memref<1x2x2x2x2xf32>) {
  ^bb0(%in: f32, %o: f32):
    linalg.yield %in : f32
  }
  %g = memref.get_global @weights : memref<1x2x6x2x2xf32>
  %w = memref.subview %g[0, 0, 0, 0, 0] [1, 2, 6, 2, 2] [1, 1, 1, 1, 1] : memref<1x2x6x2x2xf32> to memref<2x6x2x2xf32, strided<[24, 4, 2, 1]>>
  %xc = memref.collapse_shape %x [[0], [1], [2, 3], [4]] : memref<1x6x2x2x2xf32> into memref<1x6x4x2xf32>
  %oc = memref.collapse_shape %out [[0], [1], [2, 3], [4]] : memref<1x2x2x2x2xf32> into memref<1x2x4x2xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%xc, %w : memref<1x6x4x2xf32>, memref<2x6x2x2xf32, strided<[24, 4, 2, 1]>>) outs(%oc : memref<1x2x4x2xf32>) {
  ^bb0(%in: f32, %wt: f32, %acc: f32):
    %m = arith.mulf %in, %wt : f32
    %a = arith.addf %acc, %m : f32
    linalg.yield %a : f32
  }
  %zero = arith.constant 0.0 : f32
  %padded = memref.alloc() : memref<1x2x4x4x2xf32>
  %top = memref.subview %padded[0, 0, 0, 0, 0] [1, 2, 1, 4, 2] [1, 1, 1, 1, 1] : memref<1x2x4x4x2xf32> to memref<1x2x1x4x2xf32, strided<[64, 32, 8, 2, 1]>>
  linalg.fill ins(%zero : f32) outs(%top : memref<1x2x1x4x2xf32, strided<[64, 32, 8, 2, 1]>>)
  %interior = memref.subview %padded[0, 0, 1, 1, 0] [1, 2, 2, 2, 2] [1, 1, 1, 1, 1] : memref<1x2x4x4x2xf32> to memref<1x2x2x2x2xf32, strided<[64, 32, 8, 2, 1], offset: 10>>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%out : memref<1x2x2x2x2xf32>) outs(%interior : memref<1x2x2x2x2xf32, strided<[64, 32, 8, 2, 1], offset: 10>>) {
  ^bb0(%in: f32, %o: f32):
    %r = arith.maximumf %in, %zero : f32
    linalg.yield %r : f32
  }
  memref.dealloc %out : memref<1x2x2x2x2xf32>
  return %padded : memref<1x2x4x4x2xf32>
}

// -----

// A result that two ops read keeps its sum; so does one whose reader is
// not alone in reading it.
// CHECK-LABEL: func.func @two_readers(
// CHECK: %[[OUT:.*]] = memref.alloc() {{.*}} : memref<1x2x2x2x2xf32>
// CHECK: %[[OC:.*]] = memref.collapse_shape %[[OUT]]
// CHECK: linalg.generic {{.*}} outs(%[[OC]] : memref<1x2x4x2xf32>)
// CHECK: linalg.generic {{.*}} ins(%[[OUT]] : {{.*}}) outs(%{{.*}} : memref<1x2x2x2x2xf32>)
// CHECK: linalg.generic {{.*}} ins(%[[OUT]] : {{.*}}) outs(%{{.*}} : memref<1x2x2x2x2xf32>)
#id = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#bias = affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>
#lhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>
#rhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>
#res = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
memref.global "private" constant @weights : memref<1x2x6x2x2xf32> = dense<"0x000000000000803F0000004000004040000080400000A0400000C0400000E0400000004100001041000020410000304100004041000050410000604100007041000080410000884100009041000098410000A0410000A8410000B0410000B8410000C0410000C8410000D0410000D8410000E0410000E8410000F0410000F84100000042000004420000084200000C4200001042000014420000184200001C4200002042000024420000284200002C4200003042000034420000384200003C42"> {alignment = 64 : i64}
func.func @two_readers(%x: memref<1x6x2x2x2xf32>, %b: memref<1x2x1x1x2xf32>, %y: memref<1x2x2x2x2xf32>, %z: memref<1x2x2x2x2xf32>) {
  %out = memref.alloc() {alignment = 64 : i64} : memref<1x2x2x2x2xf32>
  linalg.generic {indexing_maps = [#bias, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%b : memref<1x2x1x1x2xf32>) outs(%out : memref<1x2x2x2x2xf32>) {
  ^bb0(%in: f32, %o: f32):
    linalg.yield %in : f32
  }
  %g = memref.get_global @weights : memref<1x2x6x2x2xf32>
  %w = memref.subview %g[0, 0, 0, 0, 0] [1, 2, 6, 2, 2] [1, 1, 1, 1, 1] : memref<1x2x6x2x2xf32> to memref<2x6x2x2xf32, strided<[24, 4, 2, 1]>>
  %xc = memref.collapse_shape %x [[0], [1], [2, 3], [4]] : memref<1x6x2x2x2xf32> into memref<1x6x4x2xf32>
  %oc = memref.collapse_shape %out [[0], [1], [2, 3], [4]] : memref<1x2x2x2x2xf32> into memref<1x2x4x2xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%xc, %w : memref<1x6x4x2xf32>, memref<2x6x2x2xf32, strided<[24, 4, 2, 1]>>) outs(%oc : memref<1x2x4x2xf32>) {
  ^bb0(%in: f32, %wt: f32, %acc: f32):
    %m = arith.mulf %in, %wt : f32
    %a = arith.addf %acc, %m : f32
    linalg.yield %a : f32
  }
  %zero = arith.constant 0.0 : f32
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%out : memref<1x2x2x2x2xf32>) outs(%y : memref<1x2x2x2x2xf32>) {
  ^bb0(%in: f32, %o: f32):
    %r = arith.maximumf %in, %zero : f32
    linalg.yield %r : f32
  }
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%out : memref<1x2x2x2x2xf32>) outs(%z : memref<1x2x2x2x2xf32>) {
  ^bb0(%in: f32, %o: f32):
    %r = arith.minimumf %in, %zero : f32
    linalg.yield %r : f32
  }
  memref.dealloc %out : memref<1x2x2x2x2xf32>
  return
}

// -----

// An odd number of input blocks (5 blocks of 2 channels, to 1 block) on a
// plane of at most 7x7: two overlapping parts of 3 blocks each, part 1
// from block 2 (a view of the input, parts 2 blocks apart), whose copy of
// block 2 has zero weights: the weights 0..19 [1, 1, 5, 2, 2] as
// [2, 1, 3, 2, 2]: part 0 blocks 0-2 (0..11), part 1 zeros then blocks
// 3-4 (12..19).
// CHECK: memref.global "private" constant @odd_weights_split : memref<2x1x3x2x2xf32> = dense_resource<split_filter>
// CHECK-LABEL: func.func @odd_blocks(
// CHECK-SAME: %[[X:[^:]+]]: memref<1x5x2x2x2xf32>
// CHECK: %[[XC:.*]] = memref.collapse_shape %[[X]]
// CHECK: %[[PARTS:.*]] = memref.alloc() {alignment = 64 : i64} : memref<2x1x4x2xf32>
// CHECK: %[[HALVES:.*]] = memref.reinterpret_cast %[[XC]] to offset: [0], sizes: [2, 3, 4, 2], strides: [16, 8, 2, 1] : memref<1x5x4x2xf32> to memref<2x3x4x2xf32, strided<[16, 8, 2, 1]>>
// CHECK: %[[W:.*]] = memref.get_global @odd_weights_split : memref<2x1x3x2x2xf32>
// CHECK: linalg.generic {{.*}} ins(%[[HALVES]], %[[W]] : memref<2x3x4x2xf32, strided<[16, 8, 2, 1]>>, memref<2x1x3x2x2xf32>) outs(%[[PARTS]] : memref<2x1x4x2xf32>)
// CHECK: split_filter: "0x04000000000000000000803F0000004000004040000080400000A0400000C0400000E04000000041000010410000204100003041000000000000000000000000000000000000404100005041000060410000704100008041000088410000904100009841"

#lhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>
#rhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>
#res = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
memref.global "private" constant @odd_weights : memref<1x1x5x2x2xf32> = dense<"0x000000000000803F0000004000004040000080400000A0400000C0400000E040000000410000104100002041000030410000404100005041000060410000704100008041000088410000904100009841"> {alignment = 64 : i64}
func.func @odd_blocks(%x: memref<1x5x2x2x2xf32>) -> memref<1x1x2x2x2xf32> {
  %out = memref.alloc() {alignment = 64 : i64} : memref<1x1x2x2x2xf32>
  %g = memref.get_global @odd_weights : memref<1x1x5x2x2xf32>
  %w = memref.subview %g[0, 0, 0, 0, 0] [1, 1, 5, 2, 2] [1, 1, 1, 1, 1] : memref<1x1x5x2x2xf32> to memref<1x5x2x2xf32, strided<[20, 4, 2, 1]>>
  %xc = memref.collapse_shape %x [[0], [1], [2, 3], [4]] : memref<1x5x2x2x2xf32> into memref<1x5x4x2xf32>
  %oc = memref.collapse_shape %out [[0], [1], [2, 3], [4]] : memref<1x1x2x2x2xf32> into memref<1x1x4x2xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%xc, %w : memref<1x5x4x2xf32>, memref<1x5x2x2xf32, strided<[20, 4, 2, 1]>>) outs(%oc : memref<1x1x4x2xf32>) {
  ^bb0(%in: f32, %wt: f32, %acc: f32):
    %p = arith.mulf %in, %wt : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  return %out : memref<1x1x2x2x2xf32>
}

// -----

// The same on an 8x8 plane (more than 7x7 positions): left as it is.
// CHECK-LABEL: func.func @odd_blocks_large_plane(
// CHECK-NOT: memref.reinterpret_cast
// CHECK-NOT: _split
// CHECK: linalg.generic {{.*}} ins(%{{.*}}, %{{.*}} : memref<1x5x64x2xf32>, memref<1x5x2x2xf32, strided<[20, 4, 2, 1]>>) outs(%{{.*}} : memref<1x1x64x2xf32>)

#lhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>
#rhs = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>
#res = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
memref.global "private" constant @odd_weights_large : memref<1x1x5x2x2xf32> = dense<"0x000000000000803F0000004000004040000080400000A0400000C0400000E040000000410000104100002041000030410000404100005041000060410000704100008041000088410000904100009841"> {alignment = 64 : i64}
func.func @odd_blocks_large_plane(%x: memref<1x5x8x8x2xf32>) -> memref<1x1x8x8x2xf32> {
  %out = memref.alloc() {alignment = 64 : i64} : memref<1x1x8x8x2xf32>
  %g = memref.get_global @odd_weights_large : memref<1x1x5x2x2xf32>
  %w = memref.subview %g[0, 0, 0, 0, 0] [1, 1, 5, 2, 2] [1, 1, 1, 1, 1] : memref<1x1x5x2x2xf32> to memref<1x5x2x2xf32, strided<[20, 4, 2, 1]>>
  %xc = memref.collapse_shape %x [[0], [1], [2, 3], [4]] : memref<1x5x8x8x2xf32> into memref<1x5x64x2xf32>
  %oc = memref.collapse_shape %out [[0], [1], [2, 3], [4]] : memref<1x1x8x8x2xf32> into memref<1x1x64x2xf32>
  linalg.generic {indexing_maps = [#lhs, #rhs, #res], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%xc, %w : memref<1x5x64x2xf32>, memref<1x5x2x2xf32, strided<[20, 4, 2, 1]>>) outs(%oc : memref<1x1x64x2xf32>) {
  ^bb0(%in: f32, %wt: f32, %acc: f32):
    %p = arith.mulf %in, %wt : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  return %out : memref<1x1x8x8x2xf32>
}
