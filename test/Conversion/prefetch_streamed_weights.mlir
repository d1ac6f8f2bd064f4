// ov-prefetch-streamed-weights: a matrix-vector product (every
// vector.contract of one row) reading a constant of >= 1 MiB gets its
// weights prefetched by the K steps of the register tiles (contracts of
// several rows) before it: one cache line per 4 steps, spread evenly, the
// farthest region the first lines. Skipped: other matrix-vector products
// and ops without register tiles; the search stops at serial register
// tiles and where the ops after a region read over 8 MiB of weights; at
// most 8 MiB are prefetched per function, products in order.
// RUN: ov-opt %s --split-input-file --pass-pipeline='builtin.module(func.func(ov-prefetch-streamed-weights))' | FileCheck %s

#lhs = affine_map<(m, n, k) -> (m, k)>
#rhs = affine_map<(m, n, k) -> (k, n)>
#acc = affine_map<(m, n, k) -> (m, n)>
#vlhs = affine_map<(n, k) -> (k)>
#vrhs = affine_map<(n, k) -> (k, n)>
#vacc = affine_map<(n, k) -> (n)>

// A 4 MiB classifier (65536 lines) after one region of 8 x 1024 K steps:
// its first 2048 lines, step i line i floordiv 4 (16 floats per line).
// CHECK: #[[LINE:.*]] = affine_map<(d0, d1) -> ((d1 floordiv 4 + d0 * 256) * 16)>
// CHECK-LABEL: func.func @classifier
// CHECK: %[[W:.*]] = memref.get_global @classifier_weights
// CHECK-NEXT: %[[FLAT:.*]] = memref.collapse_shape %[[W]] {{\[}}[0, 1, 2]] : memref<32x1024x32xf32> into memref<1048576xf32>
// CHECK: scf.parallel (%[[T:.*]]) = (%c0) to (%c8) step (%c1) {
// CHECK-NEXT: scf.for %[[K:.*]] = %c0 to %c1024 step %c1
// CHECK-NEXT: %[[AT:.*]] = affine.apply #[[LINE]](%[[T]], %[[K]])
// CHECK-NEXT: memref.prefetch %[[FLAT]][%[[AT]]], read, locality<3>, data : memref<1048576xf32>
// CHECK-NEXT: vector.transfer_read
// The product itself and the elementwise region between: no prefetch.
// CHECK: scf.parallel
// CHECK-NOT: memref.prefetch
// CHECK: return
memref.global "private" constant @classifier_weights : memref<32x1024x32xf32> = dense<1.0>

func.func @classifier(%x: memref<8x1024x7xf32>, %w: memref<1024x32xf32>, %y: memref<8x7x32xf32>, %v: memref<1024xf32>, %out: memref<32x32xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %c32 = arith.constant 32 : index
  %c1024 = arith.constant 1024 : index
  %pad = arith.constant 0.0 : f32
  %zero = arith.constant dense<0.0> : vector<7x32xf32>
  %zero1 = arith.constant dense<0.0> : vector<32xf32>
  %weights = memref.get_global @classifier_weights : memref<32x1024x32xf32>
  scf.parallel (%t) = (%c0) to (%c8) step (%c1) {
    %sum = scf.for %k = %c0 to %c1024 step %c1 iter_args(%a = %zero) -> (vector<7x32xf32>) {
      %l = vector.transfer_read %x[%t, %k, %c0], %pad {in_bounds = [true, true], permutation_map = affine_map<(d0, d1, d2) -> (d2, d1)>} : memref<8x1024x7xf32>, vector<7x1xf32>
      %r = vector.transfer_read %w[%k, %c0], %pad {in_bounds = [true, true]} : memref<1024x32xf32>, vector<1x32xf32>
      %c = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %l, %r, %a : vector<7x1xf32>, vector<1x32xf32> into vector<7x32xf32>
      scf.yield %c : vector<7x32xf32>
    }
    vector.transfer_write %sum, %y[%t, %c0, %c0] {in_bounds = [true, true]} : vector<7x32xf32>, memref<8x7x32xf32>
    scf.reduce
  }
  // A pool's sums: no contraction.
  scf.parallel (%k) = (%c0) to (%c1024) step (%c32) {
    %p = vector.transfer_read %x[%c0, %k, %c0], %pad {in_bounds = [true]} : memref<8x1024x7xf32>, vector<7xf32>
    %s = vector.reduction <add>, %p : vector<7xf32> into f32
    memref.store %s, %v[%k] : memref<1024xf32>
    scf.reduce
  }
  scf.parallel (%n) = (%c0) to (%c32) step (%c1) {
    %sum = scf.for %k = %c0 to %c1024 step %c1 iter_args(%a = %zero1) -> (vector<32xf32>) {
      %l = vector.transfer_read %v[%k], %pad {in_bounds = [true]} : memref<1024xf32>, vector<1xf32>
      %r = vector.transfer_read %weights[%n, %k, %c0], %pad {in_bounds = [true, true]} : memref<32x1024x32xf32>, vector<1x32xf32>
      %c = vector.contract {indexing_maps = [#vlhs, #vrhs, #vacc], iterator_types = ["parallel", "reduction"], kind = #vector.kind<add>} %l, %r, %a : vector<1xf32>, vector<1x32xf32> into vector<32xf32>
      scf.yield %c : vector<32xf32>
    }
    vector.transfer_write %sum, %out[%n, %c0] {in_bounds = [true]} : vector<32xf32>, memref<32x32xf32>
    scf.reduce
  }
  return
}

// -----

#lhs = affine_map<(m, n, k) -> (m, k)>
#rhs = affine_map<(m, n, k) -> (k, n)>
#acc = affine_map<(m, n, k) -> (m, n)>
#vlhs = affine_map<(n, k) -> (k)>
#vrhs = affine_map<(n, k) -> (k, n)>
#vacc = affine_map<(n, k) -> (n)>

// 1 MiB of weights (16384 lines) from two regions of 32768 K steps (8192
// lines each): the farther one lines 0-8191, the nearer 8192-16383. The
// nearer one's tiles loop from 2 to 10 by 2, its K loop with a dynamic
// bound (a remainder) is not used.
// CHECK: #[[FAR:.*]] = affine_map<(d0, d1) -> ((d1 floordiv 4 + d0 * 512) * 16)>
// CHECK: #[[NEAR:.*]] = affine_map<(d0, d1, d2) -> ((d2 floordiv 4 + (d1 floordiv 2 - 1) * 256 + d0 * 1024 + 8192) * 16)>
// CHECK-LABEL: func.func @two_regions
// CHECK: %[[FLAT:.*]] = memref.collapse_shape
// CHECK: scf.parallel (%[[T:.*]]) = (%c0) to (%c16) step (%c1) {
// CHECK-NEXT: scf.for %[[K:.*]] = %c0 to %c2048 step %c1
// CHECK-NEXT: %[[AT:.*]] = affine.apply #[[FAR]](%[[T]], %[[K]])
// CHECK-NEXT: memref.prefetch %[[FLAT]][%[[AT]]]
// CHECK: scf.parallel (%[[T2:.*]]) = (%c0) to (%c8) step (%c1) {
// CHECK-NEXT: scf.for %[[I:.*]] = %c2 to %c10 step %c2 {
// CHECK-NEXT: scf.for %[[K2:.*]] = %c0 to %c1024 step %c1
// CHECK-NEXT: %[[AT2:.*]] = affine.apply #[[NEAR]](%[[T2]], %[[I]], %[[K2]])
// CHECK-NEXT: memref.prefetch %[[FLAT]][%[[AT2]]]
// CHECK: scf.for %{{.*}} = %c0 to %{{.*}} step %c1
// CHECK-NOT: memref.prefetch
// CHECK: return
memref.global "private" constant @fc_weights : memref<16384x16xf32> = dense<1.0>

func.func @two_regions(%x: memref<2048x7xf32>, %w: memref<2048x32xf32>, %y: memref<16x7x32xf32>, %v: memref<16384xf32>, %out: memref<16xf32>, %n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c8 = arith.constant 8 : index
  %c10 = arith.constant 10 : index
  %c16 = arith.constant 16 : index
  %c1024 = arith.constant 1024 : index
  %c2048 = arith.constant 2048 : index
  %c16384 = arith.constant 16384 : index
  %pad = arith.constant 0.0 : f32
  %zero = arith.constant dense<0.0> : vector<7x32xf32>
  %zero1 = arith.constant dense<0.0> : vector<16xf32>
  %weights = memref.get_global @fc_weights : memref<16384x16xf32>
  scf.parallel (%t) = (%c0) to (%c16) step (%c1) {
    %sum = scf.for %k = %c0 to %c2048 step %c1 iter_args(%a = %zero) -> (vector<7x32xf32>) {
      %l = vector.transfer_read %x[%k, %c0], %pad {in_bounds = [true, true], permutation_map = affine_map<(d0, d1) -> (d1, d0)>} : memref<2048x7xf32>, vector<7x1xf32>
      %r = vector.transfer_read %w[%k, %c0], %pad {in_bounds = [true, true]} : memref<2048x32xf32>, vector<1x32xf32>
      %c = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %l, %r, %a : vector<7x1xf32>, vector<1x32xf32> into vector<7x32xf32>
      scf.yield %c : vector<7x32xf32>
    }
    vector.transfer_write %sum, %y[%t, %c0, %c0] {in_bounds = [true, true]} : vector<7x32xf32>, memref<16x7x32xf32>
    scf.reduce
  }
  scf.parallel (%t) = (%c0) to (%c8) step (%c1) {
    scf.for %i = %c2 to %c10 step %c2 {
      %sum = scf.for %k = %c0 to %c1024 step %c1 iter_args(%a = %zero) -> (vector<7x32xf32>) {
        %l = vector.transfer_read %x[%k, %c0], %pad {in_bounds = [true, true], permutation_map = affine_map<(d0, d1) -> (d1, d0)>} : memref<2048x7xf32>, vector<7x1xf32>
        %r = vector.transfer_read %w[%k, %c0], %pad {in_bounds = [true, true]} : memref<2048x32xf32>, vector<1x32xf32>
        %c = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %l, %r, %a : vector<7x1xf32>, vector<1x32xf32> into vector<7x32xf32>
        scf.yield %c : vector<7x32xf32>
      }
      %rest = scf.for %k = %c0 to %n step %c1 iter_args(%a = %sum) -> (vector<7x32xf32>) {
        %l = vector.transfer_read %x[%k, %c0], %pad {in_bounds = [true, true], permutation_map = affine_map<(d0, d1) -> (d1, d0)>} : memref<2048x7xf32>, vector<7x1xf32>
        %r = vector.transfer_read %w[%k, %c0], %pad {in_bounds = [true, true]} : memref<2048x32xf32>, vector<1x32xf32>
        %c = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %l, %r, %a : vector<7x1xf32>, vector<1x32xf32> into vector<7x32xf32>
        scf.yield %c : vector<7x32xf32>
      }
      vector.transfer_write %rest, %y[%t, %c0, %c0] {in_bounds = [true, true]} : vector<7x32xf32>, memref<16x7x32xf32>
    }
    scf.reduce
  }
  scf.parallel (%j) = (%c0) to (%c1) step (%c1) {
    %sum = scf.for %k = %c0 to %c16384 step %c1 iter_args(%a = %zero1) -> (vector<16xf32>) {
      %l = vector.transfer_read %v[%k], %pad {in_bounds = [true]} : memref<16384xf32>, vector<1xf32>
      %r = vector.transfer_read %weights[%k, %c0], %pad {in_bounds = [true, true]} : memref<16384x16xf32>, vector<1x16xf32>
      %c = vector.contract {indexing_maps = [#vlhs, #vrhs, #vacc], iterator_types = ["parallel", "reduction"], kind = #vector.kind<add>} %l, %r, %a : vector<1xf32>, vector<1x16xf32> into vector<16xf32>
      scf.yield %c : vector<16xf32>
    }
    vector.transfer_write %sum, %out[%c0] {in_bounds = [true]} : vector<16xf32>, memref<16xf32>
    scf.reduce
  }
  return
}

// -----

#lhs = affine_map<(m, n, k) -> (m, k)>
#rhs = affine_map<(m, n, k) -> (k, n)>
#acc = affine_map<(m, n, k) -> (m, n)>
#vlhs = affine_map<(n, k) -> (k)>
#vrhs = affine_map<(n, k) -> (k, n)>
#vacc = affine_map<(n, k) -> (n)>

// External weights (a view of the weights file's buffer, an argument) are
// prefetched; of two 5 MiB products, each after a region of its own, only
// the first (8 MiB per function).
// CHECK-LABEL: func.func @external_weights_budget
// CHECK: %[[FIRST:.*]] = memref.view %arg0[%c0][] : memref<10485760xi8> to memref<1024x1280xf32>
// CHECK-NEXT: %[[FLAT:.*]] = memref.collapse_shape %[[FIRST]]
// CHECK-NOT: memref.collapse_shape
// CHECK: scf.parallel
// CHECK: memref.prefetch %[[FLAT]]
// CHECK-NOT: memref.prefetch
// CHECK: return
func.func @external_weights_budget(%file: memref<10485760xi8>, %x: memref<8x1024x7xf32>, %w: memref<1024x32xf32>, %y: memref<8x7x32xf32>, %v: memref<1024xf32>, %out: memref<1280xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %c80 = arith.constant 80 : index
  %c1024 = arith.constant 1024 : index
  %c5mb = arith.constant 5242880 : index
  %pad = arith.constant 0.0 : f32
  %zero = arith.constant dense<0.0> : vector<7x32xf32>
  %zero1 = arith.constant dense<0.0> : vector<16xf32>
  %first = memref.view %file[%c0][] : memref<10485760xi8> to memref<1024x1280xf32>
  %second = memref.view %file[%c5mb][] : memref<10485760xi8> to memref<1024x1280xf32>
  scf.parallel (%t) = (%c0) to (%c8) step (%c1) {
    %sum = scf.for %k = %c0 to %c1024 step %c1 iter_args(%a = %zero) -> (vector<7x32xf32>) {
      %l = vector.transfer_read %x[%t, %k, %c0], %pad {in_bounds = [true, true], permutation_map = affine_map<(d0, d1, d2) -> (d2, d1)>} : memref<8x1024x7xf32>, vector<7x1xf32>
      %r = vector.transfer_read %w[%k, %c0], %pad {in_bounds = [true, true]} : memref<1024x32xf32>, vector<1x32xf32>
      %c = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %l, %r, %a : vector<7x1xf32>, vector<1x32xf32> into vector<7x32xf32>
      scf.yield %c : vector<7x32xf32>
    }
    vector.transfer_write %sum, %y[%t, %c0, %c0] {in_bounds = [true, true]} : vector<7x32xf32>, memref<8x7x32xf32>
    scf.reduce
  }
  scf.parallel (%n) = (%c0) to (%c80) step (%c1) {
    %sum = scf.for %k = %c0 to %c1024 step %c1 iter_args(%a = %zero1) -> (vector<16xf32>) {
      %l = vector.transfer_read %v[%k], %pad {in_bounds = [true]} : memref<1024xf32>, vector<1xf32>
      %r = vector.transfer_read %first[%k, %n], %pad {in_bounds = [true, true]} : memref<1024x1280xf32>, vector<1x16xf32>
      %c = vector.contract {indexing_maps = [#vlhs, #vrhs, #vacc], iterator_types = ["parallel", "reduction"], kind = #vector.kind<add>} %l, %r, %a : vector<1xf32>, vector<1x16xf32> into vector<16xf32>
      scf.yield %c : vector<16xf32>
    }
    vector.transfer_write %sum, %out[%n] {in_bounds = [true]} : vector<16xf32>, memref<1280xf32>
    scf.reduce
  }
  // A region of its own before the second product.
  scf.parallel (%t) = (%c0) to (%c8) step (%c1) {
    %sum = scf.for %k = %c0 to %c1024 step %c1 iter_args(%a = %zero) -> (vector<7x32xf32>) {
      %l = vector.transfer_read %x[%t, %k, %c0], %pad {in_bounds = [true, true], permutation_map = affine_map<(d0, d1, d2) -> (d2, d1)>} : memref<8x1024x7xf32>, vector<7x1xf32>
      %r = vector.transfer_read %w[%k, %c0], %pad {in_bounds = [true, true]} : memref<1024x32xf32>, vector<1x32xf32>
      %c = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %l, %r, %a : vector<7x1xf32>, vector<1x32xf32> into vector<7x32xf32>
      scf.yield %c : vector<7x32xf32>
    }
    vector.transfer_write %sum, %y[%t, %c0, %c0] {in_bounds = [true, true]} : vector<7x32xf32>, memref<8x7x32xf32>
    scf.reduce
  }
  scf.parallel (%n) = (%c0) to (%c80) step (%c1) {
    %sum = scf.for %k = %c0 to %c1024 step %c1 iter_args(%a = %zero1) -> (vector<16xf32>) {
      %l = vector.transfer_read %v[%k], %pad {in_bounds = [true]} : memref<1024xf32>, vector<1xf32>
      %r = vector.transfer_read %second[%k, %n], %pad {in_bounds = [true, true]} : memref<1024x1280xf32>, vector<1x16xf32>
      %c = vector.contract {indexing_maps = [#vlhs, #vrhs, #vacc], iterator_types = ["parallel", "reduction"], kind = #vector.kind<add>} %l, %r, %a : vector<1xf32>, vector<1x16xf32> into vector<16xf32>
      scf.yield %c : vector<16xf32>
    }
    vector.transfer_write %sum, %out[%n] {in_bounds = [true]} : vector<16xf32>, memref<1280xf32>
    scf.reduce
  }
  return
}

// Nothing prefetched: 512 KiB of weights; weights that are an argument
// (not known constant); serial register tiles between the region and the
// product; a region behind ops that read 9 MiB of weights.
// CHECK-LABEL: func.func @no_prefetch
// CHECK-NOT: memref.prefetch
// CHECK: return
memref.global "private" constant @small : memref<128x1024xf32> = dense<1.0>
memref.global "private" constant @large : memref<1024x1024xf32> = dense<1.0>
memref.global "private" constant @huge : memref<2304x1024xf32> = dense<1.0>

func.func @no_prefetch(%arg: memref<1024x1024xf32>, %x: memref<8x1024x7xf32>, %w: memref<1024x32xf32>, %y: memref<8x7x32xf32>, %v: memref<1024xf32>, %out: memref<1024xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %c64 = arith.constant 64 : index
  %c128 = arith.constant 128 : index
  %c1024 = arith.constant 1024 : index
  %pad = arith.constant 0.0 : f32
  %zero = arith.constant dense<0.0> : vector<7x32xf32>
  %zero1 = arith.constant dense<0.0> : vector<16xf32>
  %small = memref.get_global @small : memref<128x1024xf32>
  %large = memref.get_global @large : memref<1024x1024xf32>
  %huge = memref.get_global @huge : memref<2304x1024xf32>
  scf.parallel (%t) = (%c0) to (%c8) step (%c1) {
    %sum = scf.for %k = %c0 to %c1024 step %c1 iter_args(%a = %zero) -> (vector<7x32xf32>) {
      %l = vector.transfer_read %x[%t, %k, %c0], %pad {in_bounds = [true, true], permutation_map = affine_map<(d0, d1, d2) -> (d2, d1)>} : memref<8x1024x7xf32>, vector<7x1xf32>
      %r = vector.transfer_read %w[%k, %c0], %pad {in_bounds = [true, true]} : memref<1024x32xf32>, vector<1x32xf32>
      %c = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %l, %r, %a : vector<7x1xf32>, vector<1x32xf32> into vector<7x32xf32>
      scf.yield %c : vector<7x32xf32>
    }
    vector.transfer_write %sum, %y[%t, %c0, %c0] {in_bounds = [true, true]} : vector<7x32xf32>, memref<8x7x32xf32>
    scf.reduce
  }
  // 9 MiB of weights read (a scaling, not a contraction).
  scf.parallel (%i) = (%c0) to (%c1024) step (%c1) {
    %h = vector.transfer_read %huge[%c0, %i], %pad {in_bounds = [true]} : memref<2304x1024xf32>, vector<16xf32>
    vector.transfer_write %h, %out[%c0] {in_bounds = [true]} : vector<16xf32>, memref<1024xf32>
    scf.reduce
  }
  // A product of 4 MiB whose only region ahead is behind the 9 MiB.
  scf.parallel (%n) = (%c0) to (%c64) step (%c1) {
    %sum = scf.for %k = %c0 to %c1024 step %c1 iter_args(%a = %zero1) -> (vector<16xf32>) {
      %l = vector.transfer_read %v[%k], %pad {in_bounds = [true]} : memref<1024xf32>, vector<1xf32>
      %r = vector.transfer_read %large[%k, %n], %pad {in_bounds = [true, true]} : memref<1024x1024xf32>, vector<1x16xf32>
      %c = vector.contract {indexing_maps = [#vlhs, #vrhs, #vacc], iterator_types = ["parallel", "reduction"], kind = #vector.kind<add>} %l, %r, %a : vector<1xf32>, vector<1x16xf32> into vector<16xf32>
      scf.yield %c : vector<16xf32>
    }
    vector.transfer_write %sum, %out[%n] {in_bounds = [true]} : vector<16xf32>, memref<1024xf32>
    scf.reduce
  }
  scf.parallel (%t) = (%c0) to (%c8) step (%c1) {
    %sum = scf.for %k = %c0 to %c1024 step %c1 iter_args(%a = %zero) -> (vector<7x32xf32>) {
      %l = vector.transfer_read %x[%t, %k, %c0], %pad {in_bounds = [true, true], permutation_map = affine_map<(d0, d1, d2) -> (d2, d1)>} : memref<8x1024x7xf32>, vector<7x1xf32>
      %r = vector.transfer_read %w[%k, %c0], %pad {in_bounds = [true, true]} : memref<1024x32xf32>, vector<1x32xf32>
      %c = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %l, %r, %a : vector<7x1xf32>, vector<1x32xf32> into vector<7x32xf32>
      scf.yield %c : vector<7x32xf32>
    }
    vector.transfer_write %sum, %y[%t, %c0, %c0] {in_bounds = [true, true]} : vector<7x32xf32>, memref<8x7x32xf32>
    scf.reduce
  }
  // 512 KiB and an argument's 4 MiB, the region above just before them.
  scf.parallel (%n) = (%c0) to (%c64) step (%c1) {
    %sum = scf.for %k = %c0 to %c128 step %c1 iter_args(%a = %zero1) -> (vector<16xf32>) {
      %l = vector.transfer_read %v[%k], %pad {in_bounds = [true]} : memref<1024xf32>, vector<1xf32>
      %r = vector.transfer_read %small[%k, %n], %pad {in_bounds = [true, true]} : memref<128x1024xf32>, vector<1x16xf32>
      %r2 = vector.transfer_read %arg[%k, %n], %pad {in_bounds = [true, true]} : memref<1024x1024xf32>, vector<1x16xf32>
      %c = vector.contract {indexing_maps = [#vlhs, #vrhs, #vacc], iterator_types = ["parallel", "reduction"], kind = #vector.kind<add>} %l, %r, %a : vector<1xf32>, vector<1x16xf32> into vector<16xf32>
      %c2 = vector.contract {indexing_maps = [#vlhs, #vrhs, #vacc], iterator_types = ["parallel", "reduction"], kind = #vector.kind<add>} %l, %r2, %c : vector<1xf32>, vector<1x16xf32> into vector<16xf32>
      scf.yield %c2 : vector<16xf32>
    }
    vector.transfer_write %sum, %out[%n] {in_bounds = [true]} : vector<16xf32>, memref<1024xf32>
    scf.reduce
  }
  // Serial register tiles between the first region and a 4 MiB product.
  scf.for %t = %c0 to %c8 step %c1 {
    %sum = scf.for %k = %c0 to %c1024 step %c1 iter_args(%a = %zero) -> (vector<7x32xf32>) {
      %l = vector.transfer_read %x[%t, %k, %c0], %pad {in_bounds = [true, true], permutation_map = affine_map<(d0, d1, d2) -> (d2, d1)>} : memref<8x1024x7xf32>, vector<7x1xf32>
      %r = vector.transfer_read %w[%k, %c0], %pad {in_bounds = [true, true]} : memref<1024x32xf32>, vector<1x32xf32>
      %c = vector.contract {indexing_maps = [#lhs, #rhs, #acc], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %l, %r, %a : vector<7x1xf32>, vector<1x32xf32> into vector<7x32xf32>
      scf.yield %c : vector<7x32xf32>
    }
    vector.transfer_write %sum, %y[%t, %c0, %c0] {in_bounds = [true, true]} : vector<7x32xf32>, memref<8x7x32xf32>
  }
  scf.parallel (%n) = (%c0) to (%c64) step (%c1) {
    %sum = scf.for %k = %c0 to %c1024 step %c1 iter_args(%a = %zero1) -> (vector<16xf32>) {
      %l = vector.transfer_read %v[%k], %pad {in_bounds = [true]} : memref<1024xf32>, vector<1xf32>
      %r = vector.transfer_read %large[%k, %n], %pad {in_bounds = [true, true]} : memref<1024x1024xf32>, vector<1x16xf32>
      %c = vector.contract {indexing_maps = [#vlhs, #vrhs, #vacc], iterator_types = ["parallel", "reduction"], kind = #vector.kind<add>} %l, %r, %a : vector<1xf32>, vector<1x16xf32> into vector<16xf32>
      scf.yield %c : vector<16xf32>
    }
    vector.transfer_write %sum, %out[%n] {in_bounds = [true]} : vector<16xf32>, memref<1024xf32>
    scf.reduce
  }
  return
}
