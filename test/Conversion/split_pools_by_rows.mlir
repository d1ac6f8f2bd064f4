// ov-split-pools-by-rows: a blocked plane's sum as partial sums of 4 bands
// of rows (threads over the bands), then one sum of the partial sums.
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-split-pools-by-rows))' | FileCheck %s

#plane = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#pooled = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, 0, 0, d4)>

// 56 rows, 3 channel blocks, 602 KB: split.
// CHECK-DAG: #[[BANDS:.*]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d2, d0, d3, d4, d5)>
// CHECK-DAG: #[[PARTIAL:.*]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d5)>
// CHECK-DAG: #[[SUMS:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-DAG: #[[RESULT:.*]] = affine_map<(d0, d1, d2, d3) -> (d1, d2, 0, 0, d3)>
// CHECK-LABEL: func.func @squeeze_excite_pool
// CHECK-SAME: (%[[X:.*]]: memref<1x3x56x56x16xf32>, %[[Y:.*]]: memref<1x3x1x1x16xf32>)
// CHECK: %[[ROWS:.*]] = memref.expand_shape %[[X]] {{\[\[}}0], [1], [2, 3], [4], [5]] output_shape [1, 3, 4, 14, 56, 16] : memref<1x3x56x56x16xf32> into memref<1x3x4x14x56x16xf32>
// CHECK: %[[P:.*]] = memref.alloc() {alignment = 64 : i64} : memref<4x1x3x16xf32>
// CHECK: linalg.fill ins(%{{.*}} : f32) outs(%[[P]] : memref<4x1x3x16xf32>)
// CHECK: linalg.generic {indexing_maps = [#[[BANDS]], #[[PARTIAL]]], iterator_types = ["parallel", "parallel", "parallel", "reduction", "reduction", "parallel"]} ins(%[[ROWS]] : memref<1x3x4x14x56x16xf32>) outs(%[[P]] : memref<4x1x3x16xf32>)
// CHECK: arith.addf
// CHECK: linalg.generic {indexing_maps = [#[[SUMS]], #[[RESULT]]], iterator_types = ["reduction", "parallel", "parallel", "parallel"]} ins(%[[P]] : memref<4x1x3x16xf32>) outs(%[[Y]] : memref<1x3x1x1x16xf32>)
// CHECK: arith.addf
// CHECK: memref.dealloc %[[P]]
// CHECK-NOT: linalg.generic
// CHECK: return
func.func @squeeze_excite_pool(%x: memref<1x3x56x56x16xf32>, %y: memref<1x3x1x1x16xf32>) {
  linalg.generic {indexing_maps = [#plane, #pooled], iterator_types = ["parallel", "parallel", "reduction", "reduction", "parallel"]} ins(%x : memref<1x3x56x56x16xf32>) outs(%y : memref<1x3x1x1x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %s = arith.addf %out, %in : f32
    linalg.yield %s : f32
  }
  return
}

// Left alone: more channel blocks than rows (the producer split channel
// blocks: so does the pool); a plane under 256 KB; rows not in 4 bands; a
// maximum, not a sum.
// CHECK-LABEL: func.func @not_split
// CHECK-NOT: memref.expand_shape
// CHECK-NOT: memref.alloc
// CHECK: return
func.func @not_split(%wide: memref<1x32x16x16x16xf32>, %wy: memref<1x32x1x1x16xf32>,
                     %small: memref<1x2x16x16x16xf32>, %sy: memref<1x2x1x1x16xf32>,
                     %odd: memref<1x3x58x56x16xf32>, %oy: memref<1x3x1x1x16xf32>,
                     %max: memref<1x3x56x56x16xf32>, %my: memref<1x3x1x1x16xf32>) {
  linalg.generic {indexing_maps = [#plane, #pooled], iterator_types = ["parallel", "parallel", "reduction", "reduction", "parallel"]} ins(%wide : memref<1x32x16x16x16xf32>) outs(%wy : memref<1x32x1x1x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %s = arith.addf %out, %in : f32
    linalg.yield %s : f32
  }
  linalg.generic {indexing_maps = [#plane, #pooled], iterator_types = ["parallel", "parallel", "reduction", "reduction", "parallel"]} ins(%small : memref<1x2x16x16x16xf32>) outs(%sy : memref<1x2x1x1x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %s = arith.addf %out, %in : f32
    linalg.yield %s : f32
  }
  linalg.generic {indexing_maps = [#plane, #pooled], iterator_types = ["parallel", "parallel", "reduction", "reduction", "parallel"]} ins(%odd : memref<1x3x58x56x16xf32>) outs(%oy : memref<1x3x1x1x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %s = arith.addf %out, %in : f32
    linalg.yield %s : f32
  }
  linalg.generic {indexing_maps = [#plane, #pooled], iterator_types = ["parallel", "parallel", "reduction", "reduction", "parallel"]} ins(%max : memref<1x3x56x56x16xf32>) outs(%my : memref<1x3x1x1x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %s = arith.maximumf %out, %in : f32
    linalg.yield %s : f32
  }
  return
}
