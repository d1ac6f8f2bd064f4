// ov-tile-and-vectorize on a Winograd layer that ov-winograd-by-tile-rows
// left as a thread loop over tile rows (ops on row views, V's and M's rows
// in memref.alloca): the ops' thread tiles are serial loops, and the
// contraction into M's row (an identity-layout stack buffer) takes the
// zeros that initialize it into its register tiles, as contractions into
// whole buffers do: its accumulators start from a zero vector, M's row is
// not filled first.
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-tile-and-vectorize))' | FileCheck %s

// CHECK-LABEL: func.func @tile_rows
// CHECK-DAG:     %[[ZEROS:.*]] = arith.constant dense<0.000000e+00> : vector<8x16xf32>
// CHECK:         scf.parallel
// CHECK-NOT:     scf.parallel
// CHECK:           %[[V:.*]] = memref.alloca() {alignment = 64 : i64} : memref<16x1x1x8x16xf32>
// CHECK:           %[[M:.*]] = memref.alloca() {alignment = 64 : i64} : memref<16x1x1x8x16xf32>
// CHECK-NOT:       vector.transfer_write %{{.*}}, %[[M]]
// CHECK:           scf.for %[[POINT:.*]] = %{{.*}} to %{{.*}} step
// CHECK:             scf.for {{.*}} iter_args(%{{.*}} = %[[ZEROS]]) -> (vector<8x16xf32>)
// CHECK:               vector.transfer_read %[[V]]
// CHECK:               vector.contract
// CHECK:             vector.transfer_write %{{.*}}, %[[M]][%[[POINT]],
// CHECK:         } {ov_row_bands}
// CHECK-NOT:     linalg.
// CHECK:         return
#map = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map1 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d5, d2, d3, d6)>
#map2 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d5, d6, d4)>
#map3 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d2, d3, d4)>
#map4 = affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>
module {
  func.func @tile_rows(%arg0: memref<1x1x30x18x16xf32>, %arg1: memref<16x1x1x16x16xf32>, %arg2: memref<1x1x1x1x16xf32>, %arg3: memref<1x1x28x16x16xf32>) {
    %cst = arith.constant 0.000000e+00 : f32
    %alloc = memref.alloc() : memref<1x1x30x18x16xf32>
    memref.copy %arg0, %alloc : memref<1x1x30x18x16xf32> to memref<1x1x30x18x16xf32>
    %subview = memref.subview %alloc[0, 0, 0, 0, 0] [1, 1, 14, 8, 16] [1, 1, 2, 2, 1] : memref<1x1x30x18x16xf32> to memref<1x1x14x8x16xf32, strided<[8640, 8640, 576, 32, 1]>>
    %subview_0 = memref.subview %arg3[0, 0, 0, 0, 0] [1, 1, 14, 8, 16] [1, 1, 2, 2, 1] : memref<1x1x28x16x16xf32> to memref<1x1x14x8x16xf32, strided<[7168, 7168, 512, 32, 1]>>
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c14 = arith.constant 14 : index
    scf.parallel (%arg4) = (%c0) to (%c14) step (%c1) {
      %alloca = memref.alloca() {alignment = 64 : i64} : memref<16x1x1x8x16xf32>
      %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<16x1x1x8x16xf32>
      %subview_2 = memref.subview %alloca[0, 0, 0, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<16x1x1x8x16xf32> to memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1]>>
      %subview_3 = memref.subview %alloca[1, 0, 0, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<16x1x1x8x16xf32> to memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 128>>
      %subview_4 = memref.subview %alloca[2, 0, 0, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<16x1x1x8x16xf32> to memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 256>>
      %subview_5 = memref.subview %alloca[3, 0, 0, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<16x1x1x8x16xf32> to memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 384>>
      %subview_6 = memref.subview %alloca[4, 0, 0, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<16x1x1x8x16xf32> to memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 512>>
      %subview_7 = memref.subview %alloca[5, 0, 0, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<16x1x1x8x16xf32> to memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 640>>
      %subview_8 = memref.subview %alloca[6, 0, 0, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<16x1x1x8x16xf32> to memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 768>>
      %subview_9 = memref.subview %alloca[7, 0, 0, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<16x1x1x8x16xf32> to memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 896>>
      %subview_10 = memref.subview %alloca[8, 0, 0, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<16x1x1x8x16xf32> to memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 1024>>
      %subview_11 = memref.subview %alloca[9, 0, 0, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<16x1x1x8x16xf32> to memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 1152>>
      %subview_12 = memref.subview %alloca[10, 0, 0, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<16x1x1x8x16xf32> to memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 1280>>
      %subview_13 = memref.subview %alloca[11, 0, 0, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<16x1x1x8x16xf32> to memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 1408>>
      %subview_14 = memref.subview %alloca[12, 0, 0, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<16x1x1x8x16xf32> to memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 1536>>
      %subview_15 = memref.subview %alloca[13, 0, 0, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<16x1x1x8x16xf32> to memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 1664>>
      %subview_16 = memref.subview %alloca[14, 0, 0, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<16x1x1x8x16xf32> to memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 1792>>
      %subview_17 = memref.subview %alloca[15, 0, 0, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<16x1x1x8x16xf32> to memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 1920>>
      %subview_18 = memref.subview %alloca_1[0, 0, 0, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<16x1x1x8x16xf32> to memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1]>>
      %subview_19 = memref.subview %alloca_1[1, 0, 0, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<16x1x1x8x16xf32> to memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 128>>
      %subview_20 = memref.subview %alloca_1[2, 0, 0, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<16x1x1x8x16xf32> to memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 256>>
      %subview_21 = memref.subview %alloca_1[3, 0, 0, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<16x1x1x8x16xf32> to memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 384>>
      %subview_22 = memref.subview %alloca_1[4, 0, 0, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<16x1x1x8x16xf32> to memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 512>>
      %subview_23 = memref.subview %alloca_1[5, 0, 0, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<16x1x1x8x16xf32> to memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 640>>
      %subview_24 = memref.subview %alloca_1[6, 0, 0, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<16x1x1x8x16xf32> to memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 768>>
      %subview_25 = memref.subview %alloca_1[7, 0, 0, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<16x1x1x8x16xf32> to memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 896>>
      %subview_26 = memref.subview %alloca_1[8, 0, 0, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<16x1x1x8x16xf32> to memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 1024>>
      %subview_27 = memref.subview %alloca_1[9, 0, 0, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<16x1x1x8x16xf32> to memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 1152>>
      %subview_28 = memref.subview %alloca_1[10, 0, 0, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<16x1x1x8x16xf32> to memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 1280>>
      %subview_29 = memref.subview %alloca_1[11, 0, 0, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<16x1x1x8x16xf32> to memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 1408>>
      %subview_30 = memref.subview %alloca_1[12, 0, 0, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<16x1x1x8x16xf32> to memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 1536>>
      %subview_31 = memref.subview %alloca_1[13, 0, 0, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<16x1x1x8x16xf32> to memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 1664>>
      %subview_32 = memref.subview %alloca_1[14, 0, 0, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<16x1x1x8x16xf32> to memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 1792>>
      %subview_33 = memref.subview %alloca_1[15, 0, 0, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<16x1x1x8x16xf32> to memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 1920>>
      %subview_34 = memref.subview %subview[0, 0, %arg4, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<1x1x14x8x16xf32, strided<[8640, 8640, 576, 32, 1]>> to memref<1x1x1x8x16xf32, strided<[8640, 8640, 576, 32, 1], offset: ?>>
      linalg.generic {indexing_maps = [#map, #map, #map, #map, #map, #map, #map, #map, #map, #map, #map, #map, #map, #map, #map, #map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%subview_34 : memref<1x1x1x8x16xf32, strided<[8640, 8640, 576, 32, 1], offset: ?>>) outs(%subview_2, %subview_3, %subview_4, %subview_5, %subview_6, %subview_7, %subview_8, %subview_9, %subview_10, %subview_11, %subview_12, %subview_13, %subview_14, %subview_15, %subview_16, %subview_17 : memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1]>>, memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 128>>, memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 256>>, memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 384>>, memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 512>>, memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 640>>, memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 768>>, memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 896>>, memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 1024>>, memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 1152>>, memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 1280>>, memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 1408>>, memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 1536>>, memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 1664>>, memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 1792>>, memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 1920>>) {
      ^bb0(%in: f32, %out: f32, %out_36: f32, %out_37: f32, %out_38: f32, %out_39: f32, %out_40: f32, %out_41: f32, %out_42: f32, %out_43: f32, %out_44: f32, %out_45: f32, %out_46: f32, %out_47: f32, %out_48: f32, %out_49: f32, %out_50: f32):
        linalg.yield %in, %in, %in, %in, %in, %in, %in, %in, %in, %in, %in, %in, %in, %in, %in, %in : f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32
      }
      linalg.fill ins(%cst : f32) outs(%alloca_1 : memref<16x1x1x8x16xf32>)
      linalg.generic {indexing_maps = [#map1, #map2, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%alloca, %arg1 : memref<16x1x1x8x16xf32>, memref<16x1x1x16x16xf32>) outs(%alloca_1 : memref<16x1x1x8x16xf32>) {
      ^bb0(%in: f32, %in_36: f32, %out: f32):
        %0 = arith.mulf %in, %in_36 : f32
        %1 = arith.addf %out, %0 : f32
        linalg.yield %1 : f32
      }
      %subview_35 = memref.subview %subview_0[0, 0, %arg4, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<1x1x14x8x16xf32, strided<[7168, 7168, 512, 32, 1]>> to memref<1x1x1x8x16xf32, strided<[7168, 7168, 512, 32, 1], offset: ?>>
      linalg.generic {indexing_maps = [#map, #map, #map, #map, #map, #map, #map, #map, #map, #map, #map, #map, #map, #map, #map, #map, #map4, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%subview_18, %subview_19, %subview_20, %subview_21, %subview_22, %subview_23, %subview_24, %subview_25, %subview_26, %subview_27, %subview_28, %subview_29, %subview_30, %subview_31, %subview_32, %subview_33, %arg2 : memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1]>>, memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 128>>, memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 256>>, memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 384>>, memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 512>>, memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 640>>, memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 768>>, memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 896>>, memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 1024>>, memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 1152>>, memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 1280>>, memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 1408>>, memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 1536>>, memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 1664>>, memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 1792>>, memref<1x1x1x8x16xf32, strided<[128, 128, 128, 16, 1], offset: 1920>>, memref<1x1x1x1x16xf32>) outs(%subview_35 : memref<1x1x1x8x16xf32, strided<[7168, 7168, 512, 32, 1], offset: ?>>) {
      ^bb0(%in: f32, %in_36: f32, %in_37: f32, %in_38: f32, %in_39: f32, %in_40: f32, %in_41: f32, %in_42: f32, %in_43: f32, %in_44: f32, %in_45: f32, %in_46: f32, %in_47: f32, %in_48: f32, %in_49: f32, %in_50: f32, %in_51: f32, %out: f32):
        %0 = arith.addf %in, %in_40 : f32
        %1 = arith.addf %0, %in_51 : f32
        linalg.yield %1 : f32
      }
      scf.reduce 
    } {ov_row_bands}
    memref.dealloc %alloc : memref<1x1x30x18x16xf32>
    return
  }
}

