// ov-grow-concatenations: a concatenation whose parts begin with all the
// parts of an earlier one grows that one's tensor: a DenseNet block's
// cat(x0, f1), cat(x0, f1, f2), cat(x0, f1, f2, f3) become one tensor of the
// last one's shape, the new parts inserted where each concatenation was
// complete, the earlier ones read as its first channel blocks.
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-grow-concatenations))' | FileCheck %s
// Bufferized as in the pipeline, each part is written once, into one buffer,
// by the op that makes it: no copies.
// RUN: ov-opt %s --pass-pipeline='builtin.module(func.func(ov-grow-concatenations),eliminate-empty-tensors,one-shot-bufferize{bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map},cse,canonicalize)' | FileCheck %s --check-prefix=BUF
// Without the pass, every part is copied into every later concatenation.
// RUN: ov-opt %s --pass-pipeline='builtin.module(eliminate-empty-tensors,one-shot-bufferize{bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map},cse,canonicalize)' | FileCheck %s --check-prefix=BEFORE

#id = affine_map<(n, b, h, w, c) -> (n, b, h, w, c)>
#blocks = affine_map<(n, b, h, w, c) -> (n, 0, h, w, c)>

// Each layer reads the concatenation before it (a ReLU, then a sum over
// its channel blocks: the feature it adds); the block's input x0 is made
// in the function.
// CHECK-LABEL: func.func @dense_block
// CHECK: %[[E:.*]] = tensor.empty() : tensor<1x5x4x4x32xf32>
// CHECK: %[[X0:.*]] = linalg.generic {{.*}} ins(%arg0 :
// CHECK: %[[F1:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "reduction",
// CHECK: %[[T1:.*]] = tensor.insert_slice %[[X0]] into %[[E]][0, 0, 0, 0, 0] [1, 2, 4, 4, 32] [1, 1, 1, 1, 1]
// CHECK-NEXT: %[[T2:.*]] = tensor.insert_slice %[[F1]] into %[[T1]][0, 2, 0, 0, 0] [1, 1, 4, 4, 32] [1, 1, 1, 1, 1]
// CHECK-NEXT: %[[C1:.*]] = tensor.extract_slice %[[T2]][0, 0, 0, 0, 0] [1, 3, 4, 4, 32] [1, 1, 1, 1, 1] : tensor<1x5x4x4x32xf32> to tensor<1x3x4x4x32xf32>
// CHECK: linalg.generic {{.*}} ins(%[[C1]] :
// CHECK: %[[F2:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "reduction",
// CHECK: %[[T3:.*]] = tensor.insert_slice %[[F2]] into %[[T2]][0, 3, 0, 0, 0] [1, 1, 4, 4, 32]
// CHECK-NEXT: %[[C2:.*]] = tensor.extract_slice %[[T3]][0, 0, 0, 0, 0] [1, 4, 4, 4, 32]
// CHECK: linalg.generic {{.*}} ins(%[[C2]] :
// CHECK: %[[F3:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "reduction",
// CHECK: %[[T4:.*]] = tensor.insert_slice %[[F3]] into %[[T3]][0, 4, 0, 0, 0] [1, 1, 4, 4, 32]
// CHECK-NEXT: return %[[T4]]
// CHECK-NOT: tensor.empty() : tensor<1x3x4x4x32xf32>
// BUF-LABEL: func.func @dense_block
// BUF-NOT: memref.copy
// BUF: %[[ALL:.*]] = memref.alloc() {{.*}} : memref<1x5x4x4x32xf32>
// BUF-NOT: memref.copy
// BUF: return %[[ALL]]
// BEFORE-LABEL: func.func @dense_block
// BEFORE-COUNT-6: memref.copy
// BEFORE: return
func.func @dense_block(%arg0: tensor<1x2x4x4x32xf32>) -> tensor<1x5x4x4x32xf32> {
  %zero = arith.constant 0.0 : f32
  %x0e = tensor.empty() : tensor<1x2x4x4x32xf32>
  %x0 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%arg0 : tensor<1x2x4x4x32xf32>) outs(%x0e : tensor<1x2x4x4x32xf32>) {
  ^bb0(%in: f32, %out: f32):
    %n = arith.negf %in : f32
    linalg.yield %n : f32
  } -> tensor<1x2x4x4x32xf32>
  %rf1e = tensor.empty() : tensor<1x2x4x4x32xf32>
  %rf1 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%x0 : tensor<1x2x4x4x32xf32>) outs(%rf1e : tensor<1x2x4x4x32xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  } -> tensor<1x2x4x4x32xf32>
  %zf1 = tensor.empty() : tensor<1x1x4x4x32xf32>
  %if1 = linalg.fill ins(%zero : f32) outs(%zf1 : tensor<1x1x4x4x32xf32>) -> tensor<1x1x4x4x32xf32>
  %f1 = linalg.generic {indexing_maps = [#id, #blocks], iterator_types = ["parallel", "reduction", "parallel", "parallel", "parallel"]} ins(%rf1 : tensor<1x2x4x4x32xf32>) outs(%if1 : tensor<1x1x4x4x32xf32>) {
  ^bb0(%in: f32, %acc: f32):
    %s = arith.addf %in, %acc : f32
    linalg.yield %s : f32
  } -> tensor<1x1x4x4x32xf32>
  %c1e = tensor.empty() : tensor<1x3x4x4x32xf32>
  %c10 = tensor.insert_slice %x0 into %c1e[0, 0, 0, 0, 0] [1, 2, 4, 4, 32] [1, 1, 1, 1, 1] : tensor<1x2x4x4x32xf32> into tensor<1x3x4x4x32xf32>
  %c1 = tensor.insert_slice %f1 into %c10[0, 2, 0, 0, 0] [1, 1, 4, 4, 32] [1, 1, 1, 1, 1] : tensor<1x1x4x4x32xf32> into tensor<1x3x4x4x32xf32>
  %rf2e = tensor.empty() : tensor<1x3x4x4x32xf32>
  %rf2 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%c1 : tensor<1x3x4x4x32xf32>) outs(%rf2e : tensor<1x3x4x4x32xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  } -> tensor<1x3x4x4x32xf32>
  %zf2 = tensor.empty() : tensor<1x1x4x4x32xf32>
  %if2 = linalg.fill ins(%zero : f32) outs(%zf2 : tensor<1x1x4x4x32xf32>) -> tensor<1x1x4x4x32xf32>
  %f2 = linalg.generic {indexing_maps = [#id, #blocks], iterator_types = ["parallel", "reduction", "parallel", "parallel", "parallel"]} ins(%rf2 : tensor<1x3x4x4x32xf32>) outs(%if2 : tensor<1x1x4x4x32xf32>) {
  ^bb0(%in: f32, %acc: f32):
    %s = arith.addf %in, %acc : f32
    linalg.yield %s : f32
  } -> tensor<1x1x4x4x32xf32>
  %c2e = tensor.empty() : tensor<1x4x4x4x32xf32>
  %c20 = tensor.insert_slice %x0 into %c2e[0, 0, 0, 0, 0] [1, 2, 4, 4, 32] [1, 1, 1, 1, 1] : tensor<1x2x4x4x32xf32> into tensor<1x4x4x4x32xf32>
  %c21 = tensor.insert_slice %f1 into %c20[0, 2, 0, 0, 0] [1, 1, 4, 4, 32] [1, 1, 1, 1, 1] : tensor<1x1x4x4x32xf32> into tensor<1x4x4x4x32xf32>
  %c2 = tensor.insert_slice %f2 into %c21[0, 3, 0, 0, 0] [1, 1, 4, 4, 32] [1, 1, 1, 1, 1] : tensor<1x1x4x4x32xf32> into tensor<1x4x4x4x32xf32>
  %rf3e = tensor.empty() : tensor<1x4x4x4x32xf32>
  %rf3 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%c2 : tensor<1x4x4x4x32xf32>) outs(%rf3e : tensor<1x4x4x4x32xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  } -> tensor<1x4x4x4x32xf32>
  %zf3 = tensor.empty() : tensor<1x1x4x4x32xf32>
  %if3 = linalg.fill ins(%zero : f32) outs(%zf3 : tensor<1x1x4x4x32xf32>) -> tensor<1x1x4x4x32xf32>
  %f3 = linalg.generic {indexing_maps = [#id, #blocks], iterator_types = ["parallel", "reduction", "parallel", "parallel", "parallel"]} ins(%rf3 : tensor<1x4x4x4x32xf32>) outs(%if3 : tensor<1x1x4x4x32xf32>) {
  ^bb0(%in: f32, %acc: f32):
    %s = arith.addf %in, %acc : f32
    linalg.yield %s : f32
  } -> tensor<1x1x4x4x32xf32>
  %c3e = tensor.empty() : tensor<1x5x4x4x32xf32>
  %c30 = tensor.insert_slice %x0 into %c3e[0, 0, 0, 0, 0] [1, 2, 4, 4, 32] [1, 1, 1, 1, 1] : tensor<1x2x4x4x32xf32> into tensor<1x5x4x4x32xf32>
  %c31 = tensor.insert_slice %f1 into %c30[0, 2, 0, 0, 0] [1, 1, 4, 4, 32] [1, 1, 1, 1, 1] : tensor<1x1x4x4x32xf32> into tensor<1x5x4x4x32xf32>
  %c32 = tensor.insert_slice %f2 into %c31[0, 3, 0, 0, 0] [1, 1, 4, 4, 32] [1, 1, 1, 1, 1] : tensor<1x1x4x4x32xf32> into tensor<1x5x4x4x32xf32>
  %c3 = tensor.insert_slice %f3 into %c32[0, 4, 0, 0, 0] [1, 1, 4, 4, 32] [1, 1, 1, 1, 1] : tensor<1x1x4x4x32xf32> into tensor<1x5x4x4x32xf32>
  return %c3 : tensor<1x5x4x4x32xf32>
}

// Parts in another order do not extend: both concatenations stay.
// CHECK-LABEL: func.func @not_a_prefix
// CHECK: tensor.empty() : tensor<1x2x4x4x32xf32>
// CHECK: tensor.empty() : tensor<1x3x4x4x32xf32>
// CHECK-NOT: tensor.extract_slice
func.func @not_a_prefix(%a: tensor<1x1x4x4x32xf32>, %b: tensor<1x1x4x4x32xf32>, %c: tensor<1x1x4x4x32xf32>) -> (tensor<1x2x4x4x32xf32>, tensor<1x3x4x4x32xf32>) {
  %pe = tensor.empty() : tensor<1x2x4x4x32xf32>
  %p0 = tensor.insert_slice %a into %pe[0, 0, 0, 0, 0] [1, 1, 4, 4, 32] [1, 1, 1, 1, 1] : tensor<1x1x4x4x32xf32> into tensor<1x2x4x4x32xf32>
  %p = tensor.insert_slice %b into %p0[0, 1, 0, 0, 0] [1, 1, 4, 4, 32] [1, 1, 1, 1, 1] : tensor<1x1x4x4x32xf32> into tensor<1x2x4x4x32xf32>
  %qe = tensor.empty() : tensor<1x3x4x4x32xf32>
  %q0 = tensor.insert_slice %b into %qe[0, 0, 0, 0, 0] [1, 1, 4, 4, 32] [1, 1, 1, 1, 1] : tensor<1x1x4x4x32xf32> into tensor<1x3x4x4x32xf32>
  %q1 = tensor.insert_slice %a into %q0[0, 1, 0, 0, 0] [1, 1, 4, 4, 32] [1, 1, 1, 1, 1] : tensor<1x1x4x4x32xf32> into tensor<1x3x4x4x32xf32>
  %q = tensor.insert_slice %c into %q1[0, 2, 0, 0, 0] [1, 1, 4, 4, 32] [1, 1, 1, 1, 1] : tensor<1x1x4x4x32xf32> into tensor<1x3x4x4x32xf32>
  return %p, %q : tensor<1x2x4x4x32xf32>, tensor<1x3x4x4x32xf32>
}

// A concatenation extended by two later ones grows the first of them only;
// the second keeps its own tensor.
// CHECK-LABEL: func.func @two_extensions
// CHECK: %[[G:.*]] = tensor.empty() : tensor<1x3x4x4x32xf32>
// CHECK: %[[P:.*]] = tensor.insert_slice %{{.*}} into %{{.*}}[0, 1, 0, 0, 0]
// CHECK-NEXT: tensor.extract_slice %[[P]][0, 0, 0, 0, 0] [1, 2, 4, 4, 32]
// CHECK: %[[OWN:.*]] = tensor.empty() : tensor<1x3x4x4x32xf32>
// CHECK: tensor.insert_slice %{{.*}} into %[[OWN]][0, 0, 0, 0, 0]
func.func @two_extensions(%a: tensor<1x1x4x4x32xf32>, %b: tensor<1x1x4x4x32xf32>, %c: tensor<1x1x4x4x32xf32>, %d: tensor<1x1x4x4x32xf32>) -> (tensor<1x2x4x4x32xf32>, tensor<1x3x4x4x32xf32>, tensor<1x3x4x4x32xf32>) {
  %pe = tensor.empty() : tensor<1x2x4x4x32xf32>
  %p0 = tensor.insert_slice %a into %pe[0, 0, 0, 0, 0] [1, 1, 4, 4, 32] [1, 1, 1, 1, 1] : tensor<1x1x4x4x32xf32> into tensor<1x2x4x4x32xf32>
  %p = tensor.insert_slice %b into %p0[0, 1, 0, 0, 0] [1, 1, 4, 4, 32] [1, 1, 1, 1, 1] : tensor<1x1x4x4x32xf32> into tensor<1x2x4x4x32xf32>
  %qe = tensor.empty() : tensor<1x3x4x4x32xf32>
  %q0 = tensor.insert_slice %a into %qe[0, 0, 0, 0, 0] [1, 1, 4, 4, 32] [1, 1, 1, 1, 1] : tensor<1x1x4x4x32xf32> into tensor<1x3x4x4x32xf32>
  %q1 = tensor.insert_slice %b into %q0[0, 1, 0, 0, 0] [1, 1, 4, 4, 32] [1, 1, 1, 1, 1] : tensor<1x1x4x4x32xf32> into tensor<1x3x4x4x32xf32>
  %q = tensor.insert_slice %c into %q1[0, 2, 0, 0, 0] [1, 1, 4, 4, 32] [1, 1, 1, 1, 1] : tensor<1x1x4x4x32xf32> into tensor<1x3x4x4x32xf32>
  %re = tensor.empty() : tensor<1x3x4x4x32xf32>
  %r0 = tensor.insert_slice %a into %re[0, 0, 0, 0, 0] [1, 1, 4, 4, 32] [1, 1, 1, 1, 1] : tensor<1x1x4x4x32xf32> into tensor<1x3x4x4x32xf32>
  %r1 = tensor.insert_slice %b into %r0[0, 1, 0, 0, 0] [1, 1, 4, 4, 32] [1, 1, 1, 1, 1] : tensor<1x1x4x4x32xf32> into tensor<1x3x4x4x32xf32>
  %r = tensor.insert_slice %d into %r1[0, 2, 0, 0, 0] [1, 1, 4, 4, 32] [1, 1, 1, 1, 1] : tensor<1x1x4x4x32xf32> into tensor<1x3x4x4x32xf32>
  return %p, %q, %r : tensor<1x2x4x4x32xf32>, tensor<1x3x4x4x32xf32>, tensor<1x3x4x4x32xf32>
}
