// ov-elementwise-in-place: an elementwise result written over an input that
// nothing reads after it; bufferized, no new buffer and no copy.
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-elementwise-in-place))' | FileCheck %s
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-elementwise-in-place), one-shot-bufferize{bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map})' | FileCheck %s --check-prefix=BUF

#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d1)>
#sum = affine_map<(d0, d1) -> (d0)>

// A SiLU's output, summed per row (a squeeze-excite pool), then scaled per
// column: the scaling writes over the SiLU's output, read last there. (Each
// op has its own tensor.empty, as lowered from OV: bufferization would
// otherwise share the buffer of one empty tensor by itself.)
// CHECK-LABEL: func.func @scale_over_activation
// CHECK: %[[SILU:.*]] = linalg.generic
// CHECK: %[[POOL:.*]] = linalg.generic
// CHECK: linalg.generic {{.*}} ins(%[[SILU]], %{{.*}} : tensor<4x16xf32>, tensor<16xf32>) outs(%[[SILU]] : tensor<4x16xf32>)
// BUF-LABEL: func.func @scale_over_activation
// BUF-COUNT-2: memref.alloc()
// BUF-NOT: memref.alloc()
// BUF-NOT: memref.copy
// BUF: return
func.func @scale_over_activation(%a: tensor<4x16xf32>, %gate: tensor<16xf32>) -> (tensor<4x16xf32>, tensor<4xf32>) {
  %zero = arith.constant 0.0 : f32
  %empty = tensor.empty() : tensor<4x16xf32>
  %silu = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%a : tensor<4x16xf32>) outs(%empty : tensor<4x16xf32>) {
  ^bb0(%x: f32, %out: f32):
    %e = math.exp %x : f32
    %m = arith.mulf %x, %e : f32
    linalg.yield %m : f32
  } -> tensor<4x16xf32>
  %sums0 = tensor.empty() : tensor<4xf32>
  %sums1 = linalg.fill ins(%zero : f32) outs(%sums0 : tensor<4xf32>) -> tensor<4xf32>
  %pool = linalg.generic {indexing_maps = [#id, #sum], iterator_types = ["parallel", "reduction"]} ins(%silu : tensor<4x16xf32>) outs(%sums1 : tensor<4xf32>) {
  ^bb0(%x: f32, %out: f32):
    %s = arith.addf %out, %x : f32
    linalg.yield %s : f32
  } -> tensor<4xf32>
  %empty2 = tensor.empty() : tensor<4x16xf32>
  %scaled = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%silu, %gate : tensor<4x16xf32>, tensor<16xf32>) outs(%empty2 : tensor<4x16xf32>) {
  ^bb0(%x: f32, %g: f32, %out: f32):
    %m = arith.mulf %x, %g : f32
    linalg.yield %m : f32
  } -> tensor<4x16xf32>
  return %scaled, %pool : tensor<4x16xf32>, tensor<4xf32>
}

// Left alone: an input read again after the op (%exp, by the row sums); a
// function argument (the caller's buffer, %a); a contraction's result (its
// epilogue goes into the contraction's register tiles); an input that is
// also part of another tensor (%sq, the interior of a padded plane whose
// other rows the op reads too).
// CHECK-LABEL: func.func @not_over
// CHECK: %[[EMPTY:.*]] = tensor.empty() : tensor<4x16xf32>
// CHECK-COUNT-2: linalg.generic {{.*}} outs(%[[EMPTY]] : tensor<4x16xf32>)
// CHECK: linalg.matmul
// CHECK-COUNT-3: linalg.generic {{.*}} outs(%[[EMPTY]] : tensor<4x16xf32>)
func.func @not_over(%a: tensor<4x16xf32>, %m: tensor<4x8xf32>, %w: tensor<8x16xf32>, %padded: tensor<6x16xf32>) -> (tensor<4x16xf32>, tensor<4xf32>, tensor<4x16xf32>, tensor<4x16xf32>, tensor<6x16xf32>) {
  %zero = arith.constant 0.0 : f32
  %empty = tensor.empty() : tensor<4x16xf32>
  %exp = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%a : tensor<4x16xf32>) outs(%empty : tensor<4x16xf32>) {
  ^bb0(%x: f32, %out: f32):
    %e = math.exp %x : f32
    linalg.yield %e : f32
  } -> tensor<4x16xf32>
  %neg = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]} ins(%exp, %a : tensor<4x16xf32>, tensor<4x16xf32>) outs(%empty : tensor<4x16xf32>) {
  ^bb0(%x: f32, %y: f32, %out: f32):
    %s = arith.subf %y, %x : f32
    linalg.yield %s : f32
  } -> tensor<4x16xf32>
  %sums0 = tensor.empty() : tensor<4xf32>
  %sums1 = linalg.fill ins(%zero : f32) outs(%sums0 : tensor<4xf32>) -> tensor<4xf32>
  %rows = linalg.generic {indexing_maps = [#id, #sum], iterator_types = ["parallel", "reduction"]} ins(%exp : tensor<4x16xf32>) outs(%sums1 : tensor<4xf32>) {
  ^bb0(%x: f32, %out: f32):
    %s = arith.addf %out, %x : f32
    linalg.yield %s : f32
  } -> tensor<4xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%empty : tensor<4x16xf32>) -> tensor<4x16xf32>
  %mm = linalg.matmul ins(%m, %w : tensor<4x8xf32>, tensor<8x16xf32>) outs(%acc : tensor<4x16xf32>) -> tensor<4x16xf32>
  %relu = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%mm : tensor<4x16xf32>) outs(%empty : tensor<4x16xf32>) {
  ^bb0(%x: f32, %out: f32):
    %r = arith.maximumf %x, %zero : f32
    linalg.yield %r : f32
  } -> tensor<4x16xf32>
  %sq = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%a : tensor<4x16xf32>) outs(%empty : tensor<4x16xf32>) {
  ^bb0(%x: f32, %out: f32):
    %s = arith.mulf %x, %x : f32
    linalg.yield %s : f32
  } -> tensor<4x16xf32>
  %inserted = tensor.insert_slice %sq into %padded[1, 0] [4, 16] [1, 1] : tensor<4x16xf32> into tensor<6x16xf32>
  %above = tensor.extract_slice %inserted[0, 0] [4, 16] [1, 1] : tensor<6x16xf32> to tensor<4x16xf32>
  %taps = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]} ins(%above, %sq : tensor<4x16xf32>, tensor<4x16xf32>) outs(%empty : tensor<4x16xf32>) {
  ^bb0(%x: f32, %y: f32, %out: f32):
    %s = arith.addf %x, %y : f32
    linalg.yield %s : f32
  } -> tensor<4x16xf32>
  return %neg, %rows, %relu, %taps, %inserted : tensor<4x16xf32>, tensor<4xf32>, tensor<4x16xf32>, tensor<4x16xf32>, tensor<6x16xf32>
}
