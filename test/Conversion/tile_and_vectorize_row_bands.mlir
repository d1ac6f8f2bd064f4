// ov-tile-and-vectorize on the ops of a thread loop over bands of rows
// (ov-compute-blocks-by-rows): they are on their thread already, so their
// thread tiles are serial loops (no scf.parallel inside the band loop), and
// the 1x1 layers get register tiles of vector.contract like any
// contraction; every op is vectorized.
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-tile-and-vectorize))' | FileCheck %s

// CHECK-LABEL: func.func @block
// CHECK: scf.parallel
// CHECK-NOT: scf.parallel
// CHECK-NOT: linalg.
// CHECK: scf.for
// CHECK: scf.if
// CHECK: vector.contract
// CHECK: scf.if
// CHECK: vector.contract
// CHECK: } {ov_row_bands}
// CHECK-NOT: linalg.
// CHECK: return
#map = affine_map<(d0, d1, d2, d3, d4) -> (0, d1, 0, 0, d4)>
#map1 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map2 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d4, d2, d5)>
#map3 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d4, d5, d3)>
#map4 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
#map5 = affine_map<(d0, d1, d2, d3, d4) -> (d1, d4)>
func.func private @ovm_runtime_num_threads() -> i32
func.func @block(%arg0: memref<1x1x5x8x16xf32>, %arg1: memref<2x1x16x16xf32>, %arg2: memref<1x2x1x1x16xf32>, %arg3: memref<2x16xf32>, %arg4: memref<1x2x16x16xf32>, %arg5: memref<1x1x1x1x16xf32>) -> memref<1x1x5x8x16xf32> {
  %cst = arith.constant 0.000000e+00 : f32
  %cst_0 = arith.constant 6.000000e+00 : f32
  %alloc = memref.alloc() {alignment = 64 : i64} : memref<1x1x5x8x16xf32>
  %0 = call @ovm_runtime_num_threads() : () -> i32
  %1 = arith.index_cast %0 : i32 to index
  %c1 = arith.constant 1 : index
  %2 = arith.maxsi %1, %c1 : index
  %c5 = arith.constant 5 : index
  %3 = arith.minsi %2, %c5 : index
  %c0 = arith.constant 0 : index
  %c1_1 = arith.constant 1 : index
  scf.parallel (%arg6) = (%c0) to (%3) step (%c1_1) {
    %c5_2 = arith.constant 5 : index
    %4 = arith.muli %arg6, %c5_2 : index
    %5 = arith.divui %4, %3 : index
    %c1_3 = arith.constant 1 : index
    %6 = arith.addi %arg6, %c1_3 : index
    %c5_4 = arith.constant 5 : index
    %7 = arith.muli %6, %c5_4 : index
    %8 = arith.divui %7, %3 : index
    %alloca = memref.alloca() {alignment = 64 : i64} : memref<1x2x3x10x16xf32>
    %alloca_5 = memref.alloca() {alignment = 64 : i64} : memref<1x2x1x8x16xf32>
    %subview = memref.subview %alloca[0, 0, 0, 0, 0] [1, 2, 3, 1, 16] [1, 1, 1, 1, 1] : memref<1x2x3x10x16xf32> to memref<1x2x3x1x16xf32, strided<[960, 480, 160, 16, 1]>>
    %cst_6 = arith.constant 0.000000e+00 : f32
    linalg.fill ins(%cst_6 : f32) outs(%subview : memref<1x2x3x1x16xf32, strided<[960, 480, 160, 16, 1]>>)
    %subview_7 = memref.subview %alloca[0, 0, 0, 9, 0] [1, 2, 3, 1, 16] [1, 1, 1, 1, 1] : memref<1x2x3x10x16xf32> to memref<1x2x3x1x16xf32, strided<[960, 480, 160, 16, 1], offset: 144>>
    %cst_8 = arith.constant 0.000000e+00 : f32
    linalg.fill ins(%cst_8 : f32) outs(%subview_7 : memref<1x2x3x1x16xf32, strided<[960, 480, 160, 16, 1], offset: 144>>)
    %c2 = arith.constant 2 : index
    %9 = arith.addi %8, %c2 : index
    %c1_9 = arith.constant 1 : index
    scf.for %arg7 = %5 to %9 step %c1_9 {
      %c3 = arith.constant 3 : index
      %10 = arith.remui %arg7, %c3 : index
      %c1_10 = arith.constant 1 : index
      %11 = arith.cmpi ult, %arg7, %c1_10 : index
      %c6 = arith.constant 6 : index
      %12 = arith.cmpi uge, %arg7, %c6 : index
      %13 = arith.ori %11, %12 : i1
      scf.if %13 {
        %subview_12 = memref.subview %alloca[0, 0, %10, 0, 0] [1, 2, 1, 10, 16] [1, 1, 1, 1, 1] : memref<1x2x3x10x16xf32> to memref<1x2x1x10x16xf32, strided<[960, 480, 160, 16, 1], offset: ?>>
        %cst_13 = arith.constant 0.000000e+00 : f32
        linalg.fill ins(%cst_13 : f32) outs(%subview_12 : memref<1x2x1x10x16xf32, strided<[960, 480, 160, 16, 1], offset: ?>>)
      } else {
        %c1_12 = arith.constant 1 : index
        %16 = arith.subi %arg7, %c1_12 : index
        %subview_13 = memref.subview %alloca[0, 0, %10, 1, 0] [1, 2, 1, 8, 16] [1, 1, 1, 1, 1] : memref<1x2x3x10x16xf32> to memref<1x2x1x8x16xf32, strided<[960, 480, 160, 16, 1], offset: ?>>
        linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%arg2 : memref<1x2x1x1x16xf32>) outs(%subview_13 : memref<1x2x1x8x16xf32, strided<[960, 480, 160, 16, 1], offset: ?>>) {
        ^bb0(%in: f32, %out: f32):
          linalg.yield %in : f32
        }
        %subview_14 = memref.subview %arg0[0, 0, %16, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<1x1x5x8x16xf32> to memref<1x1x1x8x16xf32, strided<[640, 640, 128, 16, 1], offset: ?>>
        %collapse_shape = memref.collapse_shape %subview_14 [[0], [1], [2, 3], [4]] : memref<1x1x1x8x16xf32, strided<[640, 640, 128, 16, 1], offset: ?>> into memref<1x1x8x16xf32, strided<[640, 640, 16, 1], offset: ?>>
        %collapse_shape_15 = memref.collapse_shape %subview_13 [[0], [1], [2, 3], [4]] : memref<1x2x1x8x16xf32, strided<[960, 480, 160, 16, 1], offset: ?>> into memref<1x2x8x16xf32, strided<[960, 480, 16, 1], offset: ?>>
        linalg.generic {indexing_maps = [#map2, #map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%collapse_shape, %arg1 : memref<1x1x8x16xf32, strided<[640, 640, 16, 1], offset: ?>>, memref<2x1x16x16xf32>) outs(%collapse_shape_15 : memref<1x2x8x16xf32, strided<[960, 480, 16, 1], offset: ?>>) {
        ^bb0(%in: f32, %in_16: f32, %out: f32):
          %17 = arith.mulf %in, %in_16 : f32
          %18 = arith.addf %out, %17 : f32
          linalg.yield %18 : f32
        }
        linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%subview_13 : memref<1x2x1x8x16xf32, strided<[960, 480, 160, 16, 1], offset: ?>>) outs(%subview_13 : memref<1x2x1x8x16xf32, strided<[960, 480, 160, 16, 1], offset: ?>>) {
        ^bb0(%in: f32, %out: f32):
          %17 = arith.maximumf %in, %cst : f32
          %18 = arith.minimumf %17, %cst_0 : f32
          linalg.yield %18 : f32
        }
      }
      %c2_11 = arith.constant 2 : index
      %14 = arith.addi %5, %c2_11 : index
      %15 = arith.cmpi uge, %arg7, %14 : index
      scf.if %15 {
        %c2_12 = arith.constant 2 : index
        %16 = arith.subi %arg7, %c2_12 : index
        %c0_13 = arith.constant 0 : index
        %17 = arith.addi %16, %c0_13 : index
        %c3_14 = arith.constant 3 : index
        %18 = arith.remui %17, %c3_14 : index
        %subview_15 = memref.subview %alloca[0, 0, %18, 0, 0] [1, 2, 1, 8, 16] [1, 1, 1, 1, 1] : memref<1x2x3x10x16xf32> to memref<1x2x1x8x16xf32, strided<[960, 480, 160, 16, 1], offset: ?>>
        %c0_16 = arith.constant 0 : index
        %19 = arith.addi %16, %c0_16 : index
        %c3_17 = arith.constant 3 : index
        %20 = arith.remui %19, %c3_17 : index
        %subview_18 = memref.subview %alloca[0, 0, %20, 1, 0] [1, 2, 1, 8, 16] [1, 1, 1, 1, 1] : memref<1x2x3x10x16xf32> to memref<1x2x1x8x16xf32, strided<[960, 480, 160, 16, 1], offset: ?>>
        %c0_19 = arith.constant 0 : index
        %21 = arith.addi %16, %c0_19 : index
        %c3_20 = arith.constant 3 : index
        %22 = arith.remui %21, %c3_20 : index
        %subview_21 = memref.subview %alloca[0, 0, %22, 2, 0] [1, 2, 1, 8, 16] [1, 1, 1, 1, 1] : memref<1x2x3x10x16xf32> to memref<1x2x1x8x16xf32, strided<[960, 480, 160, 16, 1], offset: ?>>
        %c1_22 = arith.constant 1 : index
        %23 = arith.addi %16, %c1_22 : index
        %c3_23 = arith.constant 3 : index
        %24 = arith.remui %23, %c3_23 : index
        %subview_24 = memref.subview %alloca[0, 0, %24, 0, 0] [1, 2, 1, 8, 16] [1, 1, 1, 1, 1] : memref<1x2x3x10x16xf32> to memref<1x2x1x8x16xf32, strided<[960, 480, 160, 16, 1], offset: ?>>
        %c1_25 = arith.constant 1 : index
        %25 = arith.addi %16, %c1_25 : index
        %c3_26 = arith.constant 3 : index
        %26 = arith.remui %25, %c3_26 : index
        %subview_27 = memref.subview %alloca[0, 0, %26, 1, 0] [1, 2, 1, 8, 16] [1, 1, 1, 1, 1] : memref<1x2x3x10x16xf32> to memref<1x2x1x8x16xf32, strided<[960, 480, 160, 16, 1], offset: ?>>
        %c1_28 = arith.constant 1 : index
        %27 = arith.addi %16, %c1_28 : index
        %c3_29 = arith.constant 3 : index
        %28 = arith.remui %27, %c3_29 : index
        %subview_30 = memref.subview %alloca[0, 0, %28, 2, 0] [1, 2, 1, 8, 16] [1, 1, 1, 1, 1] : memref<1x2x3x10x16xf32> to memref<1x2x1x8x16xf32, strided<[960, 480, 160, 16, 1], offset: ?>>
        %c2_31 = arith.constant 2 : index
        %29 = arith.addi %16, %c2_31 : index
        %c3_32 = arith.constant 3 : index
        %30 = arith.remui %29, %c3_32 : index
        %subview_33 = memref.subview %alloca[0, 0, %30, 0, 0] [1, 2, 1, 8, 16] [1, 1, 1, 1, 1] : memref<1x2x3x10x16xf32> to memref<1x2x1x8x16xf32, strided<[960, 480, 160, 16, 1], offset: ?>>
        %c2_34 = arith.constant 2 : index
        %31 = arith.addi %16, %c2_34 : index
        %c3_35 = arith.constant 3 : index
        %32 = arith.remui %31, %c3_35 : index
        %subview_36 = memref.subview %alloca[0, 0, %32, 1, 0] [1, 2, 1, 8, 16] [1, 1, 1, 1, 1] : memref<1x2x3x10x16xf32> to memref<1x2x1x8x16xf32, strided<[960, 480, 160, 16, 1], offset: ?>>
        %c2_37 = arith.constant 2 : index
        %33 = arith.addi %16, %c2_37 : index
        %c3_38 = arith.constant 3 : index
        %34 = arith.remui %33, %c3_38 : index
        %subview_39 = memref.subview %alloca[0, 0, %34, 2, 0] [1, 2, 1, 8, 16] [1, 1, 1, 1, 1] : memref<1x2x3x10x16xf32> to memref<1x2x1x8x16xf32, strided<[960, 480, 160, 16, 1], offset: ?>>
        linalg.generic {indexing_maps = [#map1, #map5, #map1, #map5, #map1, #map5, #map1, #map5, #map1, #map5, #map1, #map5, #map1, #map5, #map1, #map5, #map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%subview_15, %arg3, %subview_18, %arg3, %subview_21, %arg3, %subview_24, %arg3, %subview_27, %arg3, %subview_30, %arg3, %subview_33, %arg3, %subview_36, %arg3, %subview_39, %arg3 : memref<1x2x1x8x16xf32, strided<[960, 480, 160, 16, 1], offset: ?>>, memref<2x16xf32>, memref<1x2x1x8x16xf32, strided<[960, 480, 160, 16, 1], offset: ?>>, memref<2x16xf32>, memref<1x2x1x8x16xf32, strided<[960, 480, 160, 16, 1], offset: ?>>, memref<2x16xf32>, memref<1x2x1x8x16xf32, strided<[960, 480, 160, 16, 1], offset: ?>>, memref<2x16xf32>, memref<1x2x1x8x16xf32, strided<[960, 480, 160, 16, 1], offset: ?>>, memref<2x16xf32>, memref<1x2x1x8x16xf32, strided<[960, 480, 160, 16, 1], offset: ?>>, memref<2x16xf32>, memref<1x2x1x8x16xf32, strided<[960, 480, 160, 16, 1], offset: ?>>, memref<2x16xf32>, memref<1x2x1x8x16xf32, strided<[960, 480, 160, 16, 1], offset: ?>>, memref<2x16xf32>, memref<1x2x1x8x16xf32, strided<[960, 480, 160, 16, 1], offset: ?>>, memref<2x16xf32>) outs(%alloca_5 : memref<1x2x1x8x16xf32>) {
        ^bb0(%in: f32, %in_44: f32, %in_45: f32, %in_46: f32, %in_47: f32, %in_48: f32, %in_49: f32, %in_50: f32, %in_51: f32, %in_52: f32, %in_53: f32, %in_54: f32, %in_55: f32, %in_56: f32, %in_57: f32, %in_58: f32, %in_59: f32, %in_60: f32, %out: f32):
          %35 = arith.mulf %in, %in_44 : f32
          %36 = arith.mulf %in_45, %in_46 : f32
          %37 = arith.addf %35, %36 : f32
          %38 = arith.mulf %in_47, %in_48 : f32
          %39 = arith.addf %37, %38 : f32
          %40 = arith.mulf %in_49, %in_50 : f32
          %41 = arith.addf %39, %40 : f32
          %42 = arith.mulf %in_51, %in_52 : f32
          %43 = arith.addf %41, %42 : f32
          %44 = arith.mulf %in_53, %in_54 : f32
          %45 = arith.addf %43, %44 : f32
          %46 = arith.mulf %in_55, %in_56 : f32
          %47 = arith.addf %45, %46 : f32
          %48 = arith.mulf %in_57, %in_58 : f32
          %49 = arith.addf %47, %48 : f32
          %50 = arith.mulf %in_59, %in_60 : f32
          %51 = arith.addf %49, %50 : f32
          linalg.yield %51 : f32
        }
        %subview_40 = memref.subview %arg0[0, 0, %16, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<1x1x5x8x16xf32> to memref<1x1x1x8x16xf32, strided<[640, 640, 128, 16, 1], offset: ?>>
        %subview_41 = memref.subview %alloc[0, 0, %16, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<1x1x5x8x16xf32> to memref<1x1x1x8x16xf32, strided<[640, 640, 128, 16, 1], offset: ?>>
        linalg.generic {indexing_maps = [#map, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%arg5, %subview_40 : memref<1x1x1x1x16xf32>, memref<1x1x1x8x16xf32, strided<[640, 640, 128, 16, 1], offset: ?>>) outs(%subview_41 : memref<1x1x1x8x16xf32, strided<[640, 640, 128, 16, 1], offset: ?>>) {
        ^bb0(%in: f32, %in_44: f32, %out: f32):
          %35 = arith.addf %in, %in_44 : f32
          linalg.yield %35 : f32
        }
        %collapse_shape = memref.collapse_shape %alloca_5 [[0], [1], [2, 3], [4]] : memref<1x2x1x8x16xf32> into memref<1x2x8x16xf32>
        %subview_42 = memref.subview %alloc[0, 0, %16, 0, 0] [1, 1, 1, 8, 16] [1, 1, 1, 1, 1] : memref<1x1x5x8x16xf32> to memref<1x1x1x8x16xf32, strided<[640, 640, 128, 16, 1], offset: ?>>
        %collapse_shape_43 = memref.collapse_shape %subview_42 [[0], [1], [2, 3], [4]] : memref<1x1x1x8x16xf32, strided<[640, 640, 128, 16, 1], offset: ?>> into memref<1x1x8x16xf32, strided<[640, 640, 16, 1], offset: ?>>
        linalg.generic {indexing_maps = [#map2, #map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%collapse_shape, %arg4 : memref<1x2x8x16xf32>, memref<1x2x16x16xf32>) outs(%collapse_shape_43 : memref<1x1x8x16xf32, strided<[640, 640, 16, 1], offset: ?>>) {
        ^bb0(%in: f32, %in_44: f32, %out: f32):
          %35 = arith.mulf %in, %in_44 : f32
          %36 = arith.addf %out, %35 : f32
          linalg.yield %36 : f32
        }
      }
    }
    scf.reduce 
  } {ov_row_bands}
  return %alloc : memref<1x1x5x8x16xf32>
}

