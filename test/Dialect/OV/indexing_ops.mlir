// RUN: ov-opt %s | ov-opt | FileCheck %s

// CHECK-LABEL: func @gather
// CHECK: ov.gather %{{.*}}, %{{.*}}, %{{.*}} : (tensor<5x4xf32>, tensor<3xi64>, tensor<i64>) -> tensor<3x4xf32>
// CHECK: ov.gather %{{.*}}, %{{.*}}, %{{.*}} {batch_dims = 1 : i64} : (tensor<2x5x4xf32>, tensor<2x3xi32>, tensor<1xi64>) -> tensor<2x3x4xf32>
func.func @gather(%x: tensor<5x4xf32>, %i: tensor<3xi64>, %a: tensor<i64>, %y: tensor<2x5x4xf32>, %j: tensor<2x3xi32>, %b: tensor<1xi64>) -> (tensor<3x4xf32>, tensor<2x3x4xf32>) {
  %0 = ov.gather %x, %i, %a : (tensor<5x4xf32>, tensor<3xi64>, tensor<i64>) -> tensor<3x4xf32>
  %1 = ov.gather %y, %j, %b {batch_dims = 1 : i64} : (tensor<2x5x4xf32>, tensor<2x3xi32>, tensor<1xi64>) -> tensor<2x3x4xf32>
  return %0, %1 : tensor<3x4xf32>, tensor<2x3x4xf32>
}

// CHECK-LABEL: func @gather_scatter_elements
// CHECK: ov.gather_elements %{{.*}}, %{{.*}} {axis = -1 : i64} : (tensor<2x5xf32>, tensor<2x3xi64>) -> tensor<2x3xf32>
// CHECK: ov.scatter_elements_update %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : (tensor<2x5xf32>, tensor<2x3xi64>, tensor<2x3xf32>, tensor<i64>) -> tensor<2x5xf32>
// CHECK: ov.scatter_elements_update %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} {reduction = #ov.scatter_reduction<mean>, use_init_val = false} : (tensor<2x5xf32>, tensor<2x3xi64>, tensor<2x3xf32>, tensor<i64>) -> tensor<2x5xf32>
func.func @gather_scatter_elements(%x: tensor<2x5xf32>, %i: tensor<2x3xi64>, %u: tensor<2x3xf32>, %a: tensor<i64>) -> (tensor<2x3xf32>, tensor<2x5xf32>, tensor<2x5xf32>) {
  %0 = ov.gather_elements %x, %i {axis = -1 : i64} : (tensor<2x5xf32>, tensor<2x3xi64>) -> tensor<2x3xf32>
  %1 = ov.scatter_elements_update %x, %i, %u, %a : (tensor<2x5xf32>, tensor<2x3xi64>, tensor<2x3xf32>, tensor<i64>) -> tensor<2x5xf32>
  %2 = ov.scatter_elements_update %x, %i, %u, %a {reduction = #ov.scatter_reduction<mean>, use_init_val = false} : (tensor<2x5xf32>, tensor<2x3xi64>, tensor<2x3xf32>, tensor<i64>) -> tensor<2x5xf32>
  return %0, %1, %2 : tensor<2x3xf32>, tensor<2x5xf32>, tensor<2x5xf32>
}

// CHECK-LABEL: func @gather_scatter_nd
// CHECK: ov.gather_nd %{{.*}}, %{{.*}} : (tensor<4x5x6xf32>, tensor<3x2xi64>) -> tensor<3x6xf32>
// CHECK: ov.gather_nd %{{.*}}, %{{.*}} {batch_dims = 1 : i64} : (tensor<4x5x6xf32>, tensor<4x1xi64>) -> tensor<4x6xf32>
// CHECK: ov.scatter_nd_update %{{.*}}, %{{.*}}, %{{.*}} : (tensor<4x5x6xf32>, tensor<3x2xi64>, tensor<3x6xf32>) -> tensor<4x5x6xf32>
func.func @gather_scatter_nd(%x: tensor<4x5x6xf32>, %i: tensor<3x2xi64>, %j: tensor<4x1xi64>, %u: tensor<3x6xf32>) -> (tensor<3x6xf32>, tensor<4x6xf32>, tensor<4x5x6xf32>) {
  %0 = ov.gather_nd %x, %i : (tensor<4x5x6xf32>, tensor<3x2xi64>) -> tensor<3x6xf32>
  %1 = ov.gather_nd %x, %j {batch_dims = 1 : i64} : (tensor<4x5x6xf32>, tensor<4x1xi64>) -> tensor<4x6xf32>
  %2 = ov.scatter_nd_update %x, %i, %u : (tensor<4x5x6xf32>, tensor<3x2xi64>, tensor<3x6xf32>) -> tensor<4x5x6xf32>
  return %0, %1, %2 : tensor<3x6xf32>, tensor<4x6xf32>, tensor<4x5x6xf32>
}

// CHECK-LABEL: func @strided_slice
// CHECK: ov.strided_slice %{{.*}}, %{{.*}}, %{{.*}} : (tensor<4x5xf32>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x?xf32>
// CHECK: ov.strided_slice %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} {begin_mask = array<i64: 1, 0>, ellipsis_mask = array<i64: 0, 0>, end_mask = array<i64: 0, 1>, new_axis_mask = array<i64: 0, 0>, shrink_axis_mask = array<i64: 0, 1>} : (tensor<4x5xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<?xf32>
func.func @strided_slice(%x: tensor<4x5xf32>, %b: tensor<2xi64>, %e: tensor<2xi64>, %s: tensor<2xi64>) -> (tensor<?x?xf32>, tensor<?xf32>) {
  %0 = ov.strided_slice %x, %b, %e : (tensor<4x5xf32>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x?xf32>
  %1 = ov.strided_slice %x, %b, %e, %s {begin_mask = array<i64: 1, 0>, end_mask = array<i64: 0, 1>, new_axis_mask = array<i64: 0, 0>, shrink_axis_mask = array<i64: 0, 1>, ellipsis_mask = array<i64: 0, 0>} : (tensor<4x5xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<?xf32>
  return %0, %1 : tensor<?x?xf32>, tensor<?xf32>
}

// CHECK-LABEL: func @slice
// CHECK: ov.slice %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : (tensor<4x5xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x?xf32>
// CHECK: ov.slice %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : (tensor<4x5xf32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<?x?xf32>
func.func @slice(%x: tensor<4x5xf32>, %b: tensor<2xi64>, %c: tensor<1xi32>) -> (tensor<?x?xf32>, tensor<?x?xf32>) {
  %0 = ov.slice %x, %b, %b, %b : (tensor<4x5xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x?xf32>
  %1 = ov.slice %x, %c, %c, %c, %c : (tensor<4x5xf32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<?x?xf32>
  return %0, %1 : tensor<?x?xf32>, tensor<?x?xf32>
}

// CHECK-LABEL: func @depth_space
// CHECK: ov.depth_to_space %{{.*}} {block_size = 2 : i64, mode = #ov.depth_to_space_mode<blocks_first>} : (tensor<1x8x3x3xf32>) -> tensor<1x2x6x6xf32>
// CHECK: ov.space_to_depth %{{.*}} {block_size = 2 : i64, mode = #ov.depth_to_space_mode<depth_first>} : (tensor<1x2x6x6xf32>) -> tensor<1x8x3x3xf32>
// CHECK: ov.depth_to_space %{{.*}} {mode = #ov.depth_to_space_mode<depth_first>} : (tensor<1x8x3x3xf32>) -> tensor<1x8x3x3xf32>
func.func @depth_space(%x: tensor<1x8x3x3xf32>) -> (tensor<1x8x3x3xf32>, tensor<1x8x3x3xf32>) {
  %0 = ov.depth_to_space %x {mode = #ov.depth_to_space_mode<blocks_first>, block_size = 2 : i64} : (tensor<1x8x3x3xf32>) -> tensor<1x2x6x6xf32>
  %1 = ov.space_to_depth %0 {mode = #ov.depth_to_space_mode<depth_first>, block_size = 2 : i64} : (tensor<1x2x6x6xf32>) -> tensor<1x8x3x3xf32>
  %2 = ov.depth_to_space %x {mode = #ov.depth_to_space_mode<depth_first>} : (tensor<1x8x3x3xf32>) -> tensor<1x8x3x3xf32>
  return %1, %2 : tensor<1x8x3x3xf32>, tensor<1x8x3x3xf32>
}

// CHECK-LABEL: func @one_hot_non_zero_cumsum
// CHECK: ov.one_hot %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} {axis = -1 : i64} : (tensor<2x3xi64>, tensor<i64>, tensor<f32>, tensor<f32>) -> tensor<2x3x?xf32>
// CHECK: ov.non_zero %{{.*}} : tensor<2x3xf32> -> tensor<2x?xi64>
// CHECK: ov.non_zero %{{.*}} {output_type = i32} : tensor<2x3xf32> -> tensor<2x?xi32>
// CHECK: ov.cumsum %{{.*}} : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK: ov.cumsum %{{.*}}, %{{.*}} {exclusive = true, reverse = true} : (tensor<2x3xf32>, tensor<i64>) -> tensor<2x3xf32>
func.func @one_hot_non_zero_cumsum(%i: tensor<2x3xi64>, %d: tensor<i64>, %on: tensor<f32>, %off: tensor<f32>, %x: tensor<2x3xf32>) {
  %0 = ov.one_hot %i, %d, %on, %off {axis = -1 : i64} : (tensor<2x3xi64>, tensor<i64>, tensor<f32>, tensor<f32>) -> tensor<2x3x?xf32>
  %1 = ov.non_zero %x : tensor<2x3xf32> -> tensor<2x?xi64>
  %2 = ov.non_zero %x {output_type = i32} : tensor<2x3xf32> -> tensor<2x?xi32>
  %3 = ov.cumsum %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %4 = ov.cumsum %x, %d {exclusive = true, reverse = true} : (tensor<2x3xf32>, tensor<i64>) -> tensor<2x3xf32>
  return
}

// CHECK-LABEL: func @unique
func.func @unique(%x: tensor<4x6xf32>, %a: tensor<i64>, %b: tensor<1xi32>) {
  // Without an axis; the defaults (sorted, i64 indices and counts) are not printed.
  // CHECK: ov.unique %{{.*}} : (tensor<4x6xf32>) -> (tensor<?xf32>, tensor<?xi64>, tensor<24xi64>, tensor<?xi64>)
  %0:4 = ov.unique %x {sorted = true} : (tensor<4x6xf32>) -> (tensor<?xf32>, tensor<?xi64>, tensor<24xi64>, tensor<?xi64>)
  // CHECK: ov.unique %{{.*}}, %{{.*}} {count_element_type = i32, index_element_type = i32, sorted = false} : (tensor<4x6xf32>, tensor<i64>) -> (tensor<4x?xf32>, tensor<?xi32>, tensor<6xi32>, tensor<?xi32>)
  %1:4 = ov.unique %x, %a {sorted = false, index_element_type = i32, count_element_type = i32} : (tensor<4x6xf32>, tensor<i64>) -> (tensor<4x?xf32>, tensor<?xi32>, tensor<6xi32>, tensor<?xi32>)
  // CHECK: ov.unique %{{.*}}, %{{.*}} {count_element_type = i32} : (tensor<4x6xf32>, tensor<1xi32>) -> (tensor<?x?xf32>, tensor<?xi64>, tensor<?xi64>, tensor<?xi32>)
  %2:4 = ov.unique %x, %b {count_element_type = i32} : (tensor<4x6xf32>, tensor<1xi32>) -> (tensor<?x?xf32>, tensor<?xi64>, tensor<?xi64>, tensor<?xi32>)
  return
}
