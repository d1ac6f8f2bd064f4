"""Writes small ONNX models whose shapes exercise every path of the tiled
and vectorized code (ov-tile-and-vectorize): full register tiles, peeled
row and column remainders, K blocks with a partial last block, batched
products, and elementwise ops with a remainder after the last vector; plus
seeded inputs and NumPy reference outputs. Usage: make_codegen_models.py DIR"""
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper


def save_model(directory, name, nodes, inputs, outputs, initializers):
    graph = helper.make_graph(nodes, name, inputs, outputs, initializers)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    onnx.checker.check_model(model)
    onnx.save(model, os.path.join(directory, name + ".onnx"))


def save_case(directory, name, nodes, x, y, initializers):
    """A model of one input x and one output y whose initializers are
    `initializers` (name: NumPy array or TensorProto, in order), and x and
    its reference output y as name.x.npy and name.y.npy."""
    save_model(directory, name, nodes,
               [helper.make_tensor_value_info("x", TensorProto.FLOAT, list(x.shape))],
               [helper.make_tensor_value_info("y", TensorProto.FLOAT, list(y.shape))],
               [value if isinstance(value, onnx.TensorProto)
                else numpy_helper.from_array(value, key)
                for key, value in initializers.items()])
    np.save(os.path.join(directory, name + ".x.npy"), x)
    np.save(os.path.join(directory, name + ".y.npy"), y)


def clip_bounds():
    """The low and high initializers of a Clip to [0, 6] (ReLU6)."""
    return {n: numpy_helper.from_array(np.array(v, np.float32), n)
            for v, n in [(0, "low"), (6, "high")]}


def f32(shape):
    return np.random.uniform(-1, 1, shape).astype(np.float32)


def main():
    directory = sys.argv[1]
    np.random.seed(7)
    # Relu(A x B + bias): M = 70 (8 full row tiles + 6), K = 300 (a 256 block
    # and 44), N = 83 (constant B: 3 panels of 32 columns, the last completed
    # by 13 zero columns that are sliced off).
    a, b, bias = f32([70, 300]), f32([300, 83]), f32([83])
    save_model(directory, "matmul_bias_relu", [
        helper.make_node("MatMul", ["a", "b"], ["ab"]),
        helper.make_node("Add", ["ab", "bias"], ["sum"]),
        helper.make_node("Relu", ["sum"], ["y"]),
    ], [helper.make_tensor_value_info("a", TensorProto.FLOAT, [70, 300])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [70, 83])],
        [numpy_helper.from_array(b, "b"), numpy_helper.from_array(bias, "bias")])
    np.save(os.path.join(directory, "matmul_bias_relu.a.npy"), a)
    np.save(os.path.join(directory, "matmul_bias_relu.y.npy"),
            np.maximum(a @ b + bias, 0))
    # A constant right-hand side with N = 96: packed into 3 panels of 32
    # columns at compile time (ov-pack-matmul-weights).
    p = f32([300, 96])
    save_model(directory, "matmul_packed", [
        helper.make_node("MatMul", ["a", "p"], ["y"]),
    ], [helper.make_tensor_value_info("a", TensorProto.FLOAT, [70, 300])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [70, 96])],
        [numpy_helper.from_array(p, "p")])
    np.save(os.path.join(directory, "matmul_packed.y.npy"), a @ p)
    # A batched product of two inputs, and an elementwise op whose innermost
    # size (37) leaves a remainder after two vectors.
    x, w = f32([3, 17, 29]), f32([3, 29, 37])
    save_model(directory, "batch_matmul_sigmoid", [
        helper.make_node("MatMul", ["x", "w"], ["xw"]),
        helper.make_node("Sigmoid", ["xw"], ["y"]),
    ], [helper.make_tensor_value_info("x", TensorProto.FLOAT, [3, 17, 29]),
        helper.make_tensor_value_info("w", TensorProto.FLOAT, [3, 29, 37])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [3, 17, 37])], [])
    np.save(os.path.join(directory, "batch_matmul_sigmoid.x.npy"), x)
    np.save(os.path.join(directory, "batch_matmul_sigmoid.w.npy"), w)
    np.save(os.path.join(directory, "batch_matmul_sigmoid.y.npy"),
            1 / (1 + np.exp(-(x @ w))))
    # Convolutions with small output planes, computed on panels of 32
    # positions (ov-convolutions-to-matmuls): 1x1 on a 7x7 plane (49
    # positions: a partial panel), 3x3 with stride 2 on an 8x8 plane (two
    # whole panels) and 3x3 on a 7x7 plane; batch 2, 44 filters (5 row
    # tiles of 8 and 4 rows). Stride 1 with 16 channels or more: one
    # contraction per kernel tap on shifted rows of the input, the padded
    # one (3x3) or the input itself (5x5, no padding), both with rows added
    # below for the last register tile.
    for name, channels, size, kernel, stride, pad in [
            ("conv_pointwise_7x7", 24, 7, 1, 1, 0),
            ("conv_3x3_stride2_8x8", 12, 15, 3, 2, 1),
            ("conv_3x3_7x7", 12, 9, 3, 1, 0),
            ("conv_3x3_shifted_13x13", 20, 13, 3, 1, 1),
            ("conv_5x5_shifted_8x8", 16, 12, 5, 1, 0)]:
        x, w = f32([2, channels, size, size]), f32([44, channels, kernel, kernel])
        bias = f32([44])
        y = convolution(x, w, bias, stride, pad)
        save_case(directory, name, [
            helper.make_node("Conv", ["x", "w", "bias"], ["y"],
                             pads=[pad] * 4, strides=[stride] * 2),
        ], x, y, {"w": w, "bias": bias})
    # Clip (ReLU6) written into the interior of a padded buffer whose border
    # slabs are zero-filled inside the Clip's thread tiles, then a depthwise
    # convolution: 14x14 with stride 2 and 7x7 with a 5x5 kernel (output
    # rows of 7: vectors of 4, 2 and 1), and 70x70 (more than a thread tile
    # of elements per channel: the rows are not split across threads).
    for name, channels, size, kernel, stride in [
            ("clip_depthwise_14x14_stride2", 24, 14, 3, 2),
            ("clip_depthwise_7x7_5x5", 16, 7, 5, 1),
            ("clip_depthwise_70x70", 3, 70, 3, 1)]:
        pad = kernel // 2
        x, w = f32([1, channels, size, size]) * 8, f32([channels, 1, kernel, kernel])
        bias = f32([channels])
        y = depthwise(np.clip(x, 0, 6), w, bias, stride, pad)
        save_case(directory, name, [
            helper.make_node("Clip", ["x", "low", "high"], ["clipped"]),
            helper.make_node("Conv", ["clipped", "w", "bias"], ["y"], group=channels,
                             pads=[pad] * 4, strides=[stride] * 2),
        ], x, y, {"w": w, "bias": bias, **clip_bounds()})
    # Channels and filters in multiples of 32: the convolutions work on
    # activations in blocks of 32 channels (ov-block-convolutions), passed
    # blocked from one to the next through the ReLUs, the padding and the
    # residual sum. A bottleneck on a 9x9 plane (rows of 9: register tiles
    # of 8 positions and a remainder of 1; the 1x1 layer's collapsed plane
    # of 81 too), then a 3x3 layer with stride 2 (5x5, 4 + 1) and a strided
    # 1x1 layer whose result goes back to NCHW for the MaxPool; batch 2.
    x = f32([2, 32, 9, 9])
    w1, b1 = f32([64, 32, 1, 1]), f32([64])
    w2, b2 = f32([32, 64, 3, 3]), f32([32])
    w3, b3 = f32([64, 32, 3, 3]), f32([64])
    w4, b4 = f32([32, 64, 1, 1]), f32([32])
    relu = lambda v: np.maximum(v, 0)
    r1 = relu(convolution(x, w1, b1, 1, 0))
    r2 = relu(convolution(r1, w2, b2, 1, 1) + x)
    r3 = relu(convolution(r2, w3, b3, 2, 1))
    c4 = convolution(r3, w4, b4, 2, 0)
    y = np.max(np.stack([c4[:, :, :2, :2], c4[:, :, 1:, :2],
                         c4[:, :, :2, 1:], c4[:, :, 1:, 1:]]), axis=0)
    save_case(directory, "blocked_bottleneck", [
        helper.make_node("Conv", ["x", "w1", "b1"], ["c1"]),
        helper.make_node("Relu", ["c1"], ["r1"]),
        helper.make_node("Conv", ["r1", "w2", "b2"], ["c2"], pads=[1] * 4),
        helper.make_node("Add", ["c2", "x"], ["s2"]),
        helper.make_node("Relu", ["s2"], ["r2"]),
        helper.make_node("Conv", ["r2", "w3", "b3"], ["c3"], pads=[1] * 4,
                         strides=[2, 2]),
        helper.make_node("Relu", ["c3"], ["r3"]),
        helper.make_node("Conv", ["r3", "w4", "b4"], ["c4"], strides=[2, 2]),
        helper.make_node("MaxPool", ["c4"], ["y"], kernel_shape=[2, 2]),
    ], x, y, {"w1": w1, "b1": b1, "w2": w2, "b2": b2, "w3": w3, "b3": b3,
              "w4": w4, "b4": b4})
    # An inverted residual block (MobileNetV2's): a 1x1 expansion and Clip
    # (ReLU6), a depthwise 3x3 convolution (its taps are slices of the
    # padded blocked input, its per-tap weights made contiguous at compile
    # time), a 1x1 projection with the residual sum, then a depthwise layer
    # with stride 2 and another projection; all blocked, batch 1.
    x = f32([1, 32, 10, 10])
    e1, eb1 = f32([64, 32, 1, 1]), f32([64])
    d1, db1 = f32([64, 1, 3, 3]), f32([64])
    p1, pb1 = f32([32, 64, 1, 1]), f32([32])
    e2, eb2 = f32([64, 32, 1, 1]), f32([64])
    d2, db2 = f32([64, 1, 3, 3]), f32([64])
    p2, pb2 = f32([32, 64, 1, 1]), f32([32])
    clip = lambda v: np.clip(v, 0, 6)
    h = clip(depthwise(clip(convolution(x, e1, eb1, 1, 0)), d1, db1, 1, 1))
    r = convolution(h, p1, pb1, 1, 0) + x
    h = clip(depthwise(clip(convolution(r, e2, eb2, 1, 0)), d2, db2, 2, 1))
    y = convolution(h, p2, pb2, 1, 0)
    save_case(directory, "blocked_inverted_residual", [
        helper.make_node("Conv", ["x", "e1", "eb1"], ["ce1"]),
        helper.make_node("Clip", ["ce1", "low", "high"], ["re1"]),
        helper.make_node("Conv", ["re1", "d1", "db1"], ["cd1"], group=64,
                         pads=[1] * 4),
        helper.make_node("Clip", ["cd1", "low", "high"], ["rd1"]),
        helper.make_node("Conv", ["rd1", "p1", "pb1"], ["cp1"]),
        helper.make_node("Add", ["cp1", "x"], ["r1"]),
        helper.make_node("Conv", ["r1", "e2", "eb2"], ["ce2"]),
        helper.make_node("Clip", ["ce2", "low", "high"], ["re2"]),
        helper.make_node("Conv", ["re2", "d2", "db2"], ["cd2"], group=64,
                         pads=[1] * 4, strides=[2, 2]),
        helper.make_node("Clip", ["cd2", "low", "high"], ["rd2"]),
        helper.make_node("Conv", ["rd2", "p2", "pb2"], ["y"]),
    ], x, y, {"e1": e1, "eb1": eb1, "d1": d1, "db1": db1, "p1": p1,
              "pb1": pb1, "e2": e2, "eb2": eb2, "d2": d2, "db2": db2,
              "p2": p2, "pb2": pb2, **clip_bounds()})
    # A chain of three convolutions on a 12x12 plane (144 positions: blocked
    # as a chain, not as a small plane), the middle one 3x3 with dilation 2
    # and asymmetric padding (2 before, 1 after: an 11x11 result).
    save_chain_case(directory, "blocked_dilated", 12, (2, 1), 2)
    # The same chain on a 17x17 plane (Inception v3's): register tiles of
    # 6 rows along its rows of 17 (6 + 6 + 5), no dilation.
    save_chain_case(directory, "blocked_rows_of_17", 17, (1, 1), 1)
    # Winograd's F(2x2, 3x3): 64 channels in blocks of 32 on 12x12 (6x6
    # blocks of 2x2 outputs), and 96 channels to 80 filters (blocks of 16)
    # on 10x10.
    save_winograd_case(directory, "winograd_12x12", 12, (64, 64))
    save_winograd_case(directory, "winograd_10x10", 10, (96, 80))
    save_winograd_residual_case(directory, "winograd_residual", 14)
    # Odd planes: computed on 8x8 (10x10 on 9x7 ...) and cropped.
    save_winograd_case(directory, "winograd_7x7", 7, (64, 96))
    # Three images, each transformed on its own.
    save_winograd_case(directory, "winograd_batch3", 9, (64, 64), batch=3)
    # Without padding (Inception v3's Conv2d_4a_3x3): 80 channels to 96
    # filters on 11x11 -> 9x9 (computed on 10x10, the input one row and
    # column longer), and 64 to 64 on 10x10 -> 8x8.
    save_chain_case(directory, "winograd_valid_odd", 11, (0, 0), 1, (80, 96))
    save_chain_case(directory, "winograd_valid_even", 10, (0, 0), 1, (64, 64))

    # Dilations as large as the plane (DeepLabV3's atrous convolutions): a
    # 3x3 layer with dilation 6 on a 6x6 plane padded by 6 (only its center
    # tap reads the plane: a 1x1 layer), then one with dilation 5 padded by
    # 5 before and 1 after (its first kernel row and column read only
    # padding; a 2x2 result).
    x = f32([1, 32, 6, 6])
    w1, b1 = f32([32, 32, 3, 3]), f32([32])
    w2, b2 = f32([16, 32, 3, 3]), f32([16])
    r1 = np.maximum(convolution(x, w1, b1, 1, 6, dilation=6), 0)
    y = convolution(r1, w2, b2, 1, (5, 1), dilation=5)
    save_case(directory, "atrous_padding_taps", [
        helper.make_node("Conv", ["x", "w1", "b1"], ["c1"], dilations=[6, 6],
                         pads=[6] * 4),
        helper.make_node("Relu", ["c1"], ["r1"]),
        helper.make_node("Conv", ["r1", "w2", "b2"], ["y"], dilations=[5, 5],
                         pads=[5, 5, 1, 1]),
    ], x, y, {"w1": w1, "b1": b1, "w2": w2, "b2": b2})

    # Dilations that reach the plane from part of it (DeepLabV3's rate 12
    # on 14x14), in a chain of blocked convolutions: a 1x1 layer, ReLU, a
    # 3x3 layer with dilation 12, padding 12 (ov-split-by-live-taps: 9
    # rectangles, the 10x10 center with the center tap only), ReLU, then
    # dilation 5 with padding 5 (rectangles of rows and columns 0-4, 5-8,
    # 9-13: the 4x4 center with all 9 taps).
    x = f32([1, 64, 14, 14])
    w0, b0 = f32([64, 64, 1, 1]), f32([64])
    w1, b1 = f32([32, 64, 3, 3]), f32([32])
    w2, b2 = f32([32, 32, 3, 3]), f32([32])
    r0 = np.maximum(convolution(x, w0, b0, 1, 0), 0)
    r1 = np.maximum(convolution(r0, w1, b1, 1, 12, dilation=12), 0)
    y = convolution(r1, w2, b2, 1, 5, dilation=5)
    save_case(directory, "atrous_live_taps", [
        helper.make_node("Conv", ["x", "w0", "b0"], ["c0"]),
        helper.make_node("Relu", ["c0"], ["r0"]),
        helper.make_node("Conv", ["r0", "w1", "b1"], ["c1"],
                         dilations=[12, 12], pads=[12] * 4),
        helper.make_node("Relu", ["c1"], ["r1"]),
        helper.make_node("Conv", ["r1", "w2", "b2"], ["y"], dilations=[5, 5],
                         pads=[5] * 4),
    ], x, y, {"w0": w0, "b0": b0, "w1": w1, "b1": b1, "w2": w2, "b2": b2})

    # Channels in multiples of 16, not 32 (48, 80): blocks of 16 channels,
    # register tiles of two filter blocks (80 = 5 blocks: a remainder of
    # one), on a 10x10 plane; then the same block on a 56x56 plane: the
    # depthwise layer's threads split the rows (56 > 3 channel blocks), and
    # so do the pools' partial sums (ov-split-pools-by-rows: 4 bands of 14
    # rows, added on one thread); the squeeze-excite scaling writes over
    # the depthwise layer's SiLU (ov-elementwise-in-place), which the pool
    # read before it.
    save_squeeze_excite_case(directory, "blocked16_squeeze_excite", 10)
    save_squeeze_excite_case(directory, "squeeze_excite_56x56", 56)

    # Channel counts that are multiples of 8, not of 16 (24, 40), completed
    # with zero channels to whole blocks of 16: a 24-channel input, a 1x1
    # expansion with SiLU, a depthwise layer with ReLU, a projection to 40
    # channels scaled by the sigmoid of its own plane mean (a pool of the
    # completed blocks), then a 1x1 layer back to 24; a 10x10 plane.
    x = f32([1, 24, 10, 10])
    e, eb = f32([48, 24, 1, 1]), f32([48])
    d, db = f32([48, 1, 3, 3]), f32([48])
    p, pb = f32([40, 48, 1, 1]), f32([40])
    w, b = f32([24, 40, 1, 1]), f32([24])
    h = np.maximum(depthwise(silu(convolution(x, e, eb, 1, 0)), d, db, 1, 1), 0)
    c = convolution(h, p, pb, 1, 0)
    y = convolution(c * sigmoid(pool(c)), w, b, 1, 0)
    save_case(directory, "blocked_completed_channels", [
        helper.make_node("Conv", ["x", "e", "eb"], ["ce"]),
        helper.make_node("Sigmoid", ["ce"], ["se"]),
        helper.make_node("Mul", ["ce", "se"], ["he"]),
        helper.make_node("Conv", ["he", "d", "db"], ["cd"], group=48,
                         pads=[1] * 4),
        helper.make_node("Relu", ["cd"], ["rd"]),
        helper.make_node("Conv", ["rd", "p", "pb"], ["c"]),
        helper.make_node("GlobalAveragePool", ["c"], ["m"]),
        helper.make_node("Sigmoid", ["m"], ["sm"]),
        helper.make_node("Mul", ["c", "sm"], ["cs"]),
        helper.make_node("Conv", ["cs", "w", "b"], ["y"]),
    ], x, y, {"e": e, "eb": eb, "d": d, "db": db, "p": p, "pb": pb, "w": w,
              "b": b})
    # A stem (ResNet's): a 7x7 convolution with stride 2 on an image of 3
    # channels (one narrow block, [N, 1, H, W, 3]; 49 kernel taps summed in
    # K loops of at most 9), its ReLU, a 3x3 max pool with stride 2 and a
    # 1x1 convolution, all blocked. 11x11 output (rows of 8 + 3).
    save_stem_case(directory, "blocked_stem", 21)
    # The same with rows of one whole register tile (8x8): its ReLU joins
    # the register tiles, which store into the max pool's padded input
    # (-inf border) directly.
    save_stem_case(directory, "blocked_stem_into_pool", 16)

    # MobileNetV2's stem: a 3x3 convolution with stride 2 on the image, its
    # ReLU6 stored by the register tiles into the zero-padded input of a
    # depthwise 3x3 layer, then a 1x1 layer (8x8 planes).
    x = f32([1, 3, 16, 16])
    s, sb = f32([32, 3, 3, 3]), f32([32])
    d, db = f32([32, 1, 3, 3]), f32([32])
    w, b = f32([32, 32, 1, 1]), f32([32])
    r = np.clip(convolution(x, s, sb, 2, 1), 0, 6)
    e = np.clip(depthwise(r, d, db, 1, 1), 0, 6)
    y = convolution(e, w, b, 1, 0)
    save_case(directory, "blocked_stem_into_depthwise", [
        helper.make_node("Conv", ["x", "s", "sb"], ["cs"], pads=[1] * 4,
                         strides=[2, 2]),
        helper.make_node("Clip", ["cs", "low", "high"], ["rs"]),
        helper.make_node("Conv", ["rs", "d", "db"], ["cd"], pads=[1] * 4,
                         group=32),
        helper.make_node("Clip", ["cd", "low", "high"], ["e"]),
        helper.make_node("Conv", ["e", "w", "b"], ["y"]),
    ], x, y, {"s": s, "sb": sb, "d": d, "db": db, "w": w, "b": b,
              **clip_bounds()})

    # A projection block (ResNet's first block of a stage): the last 1x1
    # layer and the 1x1 projection of the block's input summed, both with
    # biases (their sum, broadcast over the plane, is the initial value of
    # the blocked contractions), then a ReLU.
    x = f32([1, 32, 6, 6])
    w1, b1 = f32([64, 32, 1, 1]), f32([64])
    w2, b2 = f32([64, 64, 3, 3]), f32([64])
    w3, b3 = f32([64, 64, 1, 1]), f32([64])
    wp, bp = f32([64, 32, 1, 1]), f32([64])
    r1 = np.maximum(convolution(x, w1, b1, 1, 0), 0)
    r2 = np.maximum(convolution(r1, w2, b2, 1, 1), 0)
    y = np.maximum(convolution(r2, w3, b3, 1, 0) +
                   convolution(x, wp, bp, 1, 0), 0)
    save_case(directory, "blocked_projection_sum", [
        helper.make_node("Conv", ["x", "w1", "b1"], ["c1"]),
        helper.make_node("Relu", ["c1"], ["r1"]),
        helper.make_node("Conv", ["r1", "w2", "b2"], ["c2"], pads=[1] * 4),
        helper.make_node("Relu", ["c2"], ["r2"]),
        helper.make_node("Conv", ["r2", "w3", "b3"], ["c3"]),
        helper.make_node("Conv", ["x", "wp", "bp"], ["cp"]),
        helper.make_node("Add", ["c3", "cp"], ["s"]),
        helper.make_node("Relu", ["s"], ["y"]),
    ], x, y, {"w1": w1, "b1": b1, "w2": w2, "b2": b2, "w3": w3, "b3": b3,
              "wp": wp, "bp": bp})

    # A 3x3 layer with 512 channels on a 7x7 plane (ResNet's layer4): its
    # filter blocks (590 KB) are streamed, K blocks of one channel block
    # outside the row tiles, the next channel block prefetched (the last
    # one's the next filter block's first); a bias and a ReLU.
    x, w, b, y = save_streamed_case(directory, "streamed_filter_blocks", 7)
    # The same on a 10x10 plane (FCN's classifier on 28x28): thread tiles
    # of a filter block and the whole plane (100 positions), its rows'
    # register tiles 6 + 4.
    save_streamed_case(directory, "streamed_filter_blocks_10x10", 10)
    # The 7x7 layer's ReLU into the padded input of a next 3x3 layer: the
    # streamed tiles read their accumulators back after each K block, so
    # every store goes to the result and to the padded plane.
    w2, b2 = f32([32, 64, 3, 3]), f32([32])
    y2 = convolution(y, w2, b2, 1, 1)
    save_case(directory, "streamed_relu_into_padded", [
        helper.make_node("Conv", ["x", "w", "b"], ["c"], pads=[1] * 4),
        helper.make_node("Relu", ["c"], ["r"]),
        helper.make_node("Conv", ["r", "w2", "b2"], ["y"], pads=[1] * 4),
    ], x, y2, {"w": w, "b": b, "w2": w2, "b2": b2})
    save_fire_case(directory, "blocked_fire_modules")
    # Zero starts written through the collapsed plane go into the register
    # tiles, whose rows go straight into the padded input of the 3x3
    # expansion.
    save_fire_case(directory, "blocked_fire_modules_no_bias",
                   squeeze_bias=False)
    # ResNeXt-like grouped 3x3 convolutions between 1x1 layers (blocks of 32
    # channels, a block-diagonal filter per block): 32 groups of 4 channels,
    # then 4 groups of 32 with a stride of 2; 12x12.
    x = f32([1, 64, 12, 12])
    w1, b1 = f32([128, 64, 1, 1]), f32([128])
    g1, gb1 = f32([128, 4, 3, 3]), f32([128])
    g2, gb2 = f32([128, 32, 3, 3]), f32([128])
    w2, b2 = f32([64, 128, 1, 1]), f32([64])
    h = np.maximum(convolution(x, w1, b1, 1, 0), 0)
    h = np.maximum(grouped(h, g1, gb1, 32, 1, 1), 0)
    h = np.maximum(grouped(h, g2, gb2, 4, 2, 1), 0)
    y = convolution(h, w2, b2, 1, 0)
    save_case(directory, "blocked_grouped", [
        helper.make_node("Conv", ["x", "w1", "b1"], ["c1"]),
        helper.make_node("Relu", ["c1"], ["r1"]),
        helper.make_node("Conv", ["r1", "g1", "gb1"], ["cg1"], group=32,
                         pads=[1] * 4),
        helper.make_node("Relu", ["cg1"], ["rg1"]),
        helper.make_node("Conv", ["rg1", "g2", "gb2"], ["cg2"], group=4,
                         pads=[1] * 4, strides=[2, 2]),
        helper.make_node("Relu", ["cg2"], ["rg2"]),
        helper.make_node("Conv", ["rg2", "w2", "b2"], ["y"]),
    ], x, y, {"w1": w1, "b1": b1, "g1": g1, "gb1": gb1, "g2": g2,
              "gb2": gb2, "w2": w2, "b2": b2})
    # RegNet-like: groups of 8 channels in blocks of 16, 24 channels
    # completed to 32 (3 groups and an empty one), then 48 channels in 3
    # groups of 16 with a stride of 2; 10x10.
    save_grouped_pair_case(directory, "blocked16_grouped", 10,
                           [16, 24, 48, 16], [3, 3])
    # Groups of 8 and of 16 channels in blocks of 32 (ResNeXt-50's layer2
    # and layer3): each block as two halves of 16 with a block-diagonal
    # filter each; 64 channels in 8 groups, then 96 in 6 groups with a
    # stride of 2; 11x11.
    save_grouped_pair_case(directory, "blocked_half_groups", 11,
                           [32, 64, 96, 32], [8, 6])
    # Groups of 2, 4 and 8 channels computed by shuffles (rows with a
    # register tile: 11 above has none): 64 channels in 16 groups of 4 on
    # 16x16, then 32 in 4 groups of 8 with a stride of 2 (8x8); 32 channels
    # in 16 groups of 2 on 14x14, then 64 in 8 groups of 8 with a stride
    # of 2 (7x7).
    save_grouped_pair_case(directory, "shuffled_groups", 16,
                           [16, 64, 32, 16], [16, 4])
    save_grouped_pair_case(directory, "shuffled_pairs", 14,
                           [16, 32, 64, 16], [16, 8])
    # Groups of several whole blocks (ResNeXt-101 32x8d's last stage: 64
    # channels per group in blocks of 32): 128 channels in 2 groups of 64,
    # then 144 channels in 3 groups of 48 (blocks of 16) with a stride of
    # 2; a blocked convolution per group; 9x9.
    save_grouped_pair_case(directory, "blocked_wide_groups", 9,
                           [64, 128, 144, 32], [2, 3])
    # Groups that fit no blocks (RegNetX-1.6GF's 24 channels in blocks of
    # 16): contractions with the group a batch loop; 72 channels in 3 groups, then 48 in 2
    # with a stride of 2; 9x9.
    save_grouped_pair_case(directory, "split_groups", 9, [16, 72, 48, 16],
                           [3, 2])
    # Grouped convolutions that fit no blocks and no shifted rows: a 1x1
    # layer and a 3x3 one with a stride of 3, 48 channels in 2 groups of
    # 24 each; a convolution per group, each with its slice of the
    # filter's bytes; 12x12.
    x = f32([1, 48, 12, 12])
    g1, gb1 = f32([48, 24, 1, 1]), f32([48])
    g2, gb2 = f32([48, 24, 3, 3]), f32([48])
    h = np.maximum(grouped(x, g1, gb1, 2, 1, 0), 0)
    y = grouped(h, g2, gb2, 2, 3, 0)
    save_case(directory, "groups_per_convolution", [
        helper.make_node("Conv", ["x", "g1", "gb1"], ["c1"], group=2),
        helper.make_node("Relu", ["c1"], ["r1"]),
        helper.make_node("Conv", ["r1", "g2", "gb2"], ["y"], group=2,
                         strides=[3, 3]),
    ], x, y, {"g1": g1, "gb1": gb1, "g2": g2, "gb2": gb2})
    # An edge Pad node (a gather of its NCHW input at NCHW indices, not a
    # tensor.pad) read by a chain of blocked convolutions: reordered after
    # it, not computed blocked; 16x16.
    x = f32([1, 32, 16, 16])
    w1, b1 = f32([64, 32, 3, 3]), f32([64])
    w2, b2 = f32([32, 64, 1, 1]), f32([32])
    w3, b3 = f32([32, 32, 1, 1]), f32([32])
    edge = np.pad(x, [(0, 0), (0, 0), (1, 1), (1, 1)], mode="edge")
    h = np.maximum(convolution(edge, w1, b1, 1, 0), 0)
    h = np.maximum(convolution(h, w2, b2, 1, 0), 0)
    y = convolution(h, w3, b3, 1, 0)
    pads = numpy_helper.from_array(np.array([0, 0, 1, 1, 0, 0, 1, 1], np.int64),
                                   "pads")
    save_case(directory, "blocked_after_pad_node", [
        helper.make_node("Pad", ["x", "pads"], ["p"], mode="edge"),
        helper.make_node("Conv", ["p", "w1", "b1"], ["c1"]),
        helper.make_node("Relu", ["c1"], ["r1"]),
        helper.make_node("Conv", ["r1", "w2", "b2"], ["c2"]),
        helper.make_node("Relu", ["c2"], ["r2"]),
        helper.make_node("Conv", ["r2", "w3", "b3"], ["y"]),
    ], x, y, {"w1": w1, "b1": b1, "w2": w2, "b2": b2, "w3": w3, "b3": b3,
              "pads": pads})
    # Transposes of the innermost dimension in 16 x 16 tiles (NHWC -> NCHW,
    # NCHW -> NHWC, the last two of three dimensions), with remainders of
    # rows and columns that leave partial tiles (37 = 32 + 5, 21 = 16 + 5).
    x = f32([1, 23, 37, 48])
    save_case(directory, "transpose_nhwc_nchw", [
        helper.make_node("Transpose", ["x"], ["y"], perm=[0, 3, 1, 2]),
    ], x, np.ascontiguousarray(x.transpose(0, 3, 1, 2)), {})
    x = f32([1, 48, 23, 37])
    save_case(directory, "transpose_nchw_nhwc", [
        helper.make_node("Transpose", ["x"], ["y"], perm=[0, 2, 3, 1]),
    ], x, np.ascontiguousarray(x.transpose(0, 2, 3, 1)), {})
    x = f32([3, 40, 21])
    save_case(directory, "transpose_last_two", [
        helper.make_node("Transpose", ["x"], ["y"], perm=[0, 2, 1]),
    ], x, np.ascontiguousarray(x.transpose(0, 2, 1)), {})
    # A LayerNorm over the last dimension as its ops (opset 13) and a
    # Softmax: runs of ops on the same rows (ov-tile-and-vectorize's row
    # groups), rows of 96 and of 50 (3 vectors and a remainder of 2).
    x = f32([1, 37, 23, 96]) * 3 + 1
    gamma, beta = f32([96]) + 1.5, f32([96])
    mean = x.mean(-1, keepdims=True)
    centered = x - mean
    variance = (centered * centered).mean(-1, keepdims=True)
    y = centered / np.sqrt(variance + np.float32(1e-5)) * gamma + beta
    save_case(directory, "layer_norm", [
        helper.make_node("ReduceMean", ["x"], ["mean"], axes=[-1]),
        helper.make_node("Sub", ["x", "mean"], ["centered"]),
        helper.make_node("Mul", ["centered", "centered"], ["squares"]),
        helper.make_node("ReduceMean", ["squares"], ["variance"], axes=[-1]),
        helper.make_node("Add", ["variance", "epsilon"], ["shifted"]),
        helper.make_node("Sqrt", ["shifted"], ["deviation"]),
        helper.make_node("Div", ["centered", "deviation"], ["normalized"]),
        helper.make_node("Mul", ["normalized", "gamma"], ["scaled"]),
        helper.make_node("Add", ["scaled", "beta"], ["y"]),
    ], x, y.astype(np.float32), {
        "epsilon": np.array(1e-5, np.float32), "gamma": gamma, "beta": beta})
    x = f32([2, 5, 45, 50]) * 4
    exps = np.exp(x - x.max(-1, keepdims=True))
    save_case(directory, "softmax", [
        helper.make_node("Softmax", ["x"], ["y"], axis=-1),
    ], x, (exps / exps.sum(-1, keepdims=True)).astype(np.float32), {})

def save_streamed_case(directory, name, side):
    """A 3x3 layer from 512 channels to 64 on a side x side plane (590 KB
    per block of 32 filters), a bias and a ReLU; returns its input,
    weights, bias and output."""
    x = f32([1, 512, side, side])
    w, b = f32([64, 512, 3, 3]), f32([64])
    y = np.maximum(convolution(x, w, b, 1, 1), 0)
    save_case(directory, name, [
        helper.make_node("Conv", ["x", "w", "b"], ["c"], pads=[1] * 4),
        helper.make_node("Relu", ["c"], ["y"]),
    ], x, y, {"w": w, "b": b})
    return x, w, b, y


def save_chain_case(directory, name, side, pads, dilation, channels=(64, 32),
                    batch=1):
    """A 1x1 convolution from 32 to channels[0] on a side x side plane,
    ReLU, a 3x3 one to channels[1] with `dilation` and `pads` (before,
    after) on rows and columns, ReLU, and a 1x1 one to 32; `batch`
    images."""
    x = f32([batch, 32, side, side])
    w1, b1 = f32([channels[0], 32, 1, 1]), f32([channels[0]])
    w2, b2 = f32([channels[1], channels[0], 3, 3]), f32([channels[1]])
    w3, b3 = f32([32, channels[1], 1, 1]), f32([32])
    r1 = np.maximum(convolution(x, w1, b1, 1, 0), 0)
    r2 = np.maximum(convolution(r1, w2, b2, 1, pads, dilation=dilation), 0)
    y = convolution(r2, w3, b3, 1, 0)
    save_case(directory, name, [
        helper.make_node("Conv", ["x", "w1", "b1"], ["c1"]),
        helper.make_node("Relu", ["c1"], ["r1"]),
        helper.make_node("Conv", ["r1", "w2", "b2"], ["c2"],
                         dilations=[dilation] * 2,
                         pads=[pads[0]] * 2 + [pads[1]] * 2),
        helper.make_node("Relu", ["c2"], ["r2"]),
        helper.make_node("Conv", ["r2", "w3", "b3"], ["y"]),
    ], x, y, {"w1": w1, "b1": b1, "w2": w2, "b2": b2, "w3": w3, "b3": b3})


def save_winograd_case(directory, name, side, channels, batch=1):
    """save_chain_case's chain with a 3x3 layer of padding 1 and dilation 1
    (Winograd's F(2x2, 3x3)) from channels[0] to channels[1]."""
    save_chain_case(directory, name, side, (1, 1), 1, channels, batch)


def save_winograd_residual_case(directory, name, side):
    """A 1x1 convolution from 32 to 64 channels on a side x side plane and
    ReLU (a), a basic residual block on a: 3x3 convolution, ReLU, 3x3
    convolution plus a, ReLU (the second one's initial value a plus its
    bias), and a 1x1 convolution to 32."""
    x = f32([1, 32, side, side])
    w0, b0 = f32([64, 32, 1, 1]), f32([64])
    w1, b1 = f32([64, 64, 3, 3]), f32([64])
    w2, b2 = f32([64, 64, 3, 3]), f32([64])
    w3, b3 = f32([32, 64, 1, 1]), f32([32])
    a = np.maximum(convolution(x, w0, b0, 1, 0), 0)
    r1 = np.maximum(convolution(a, w1, b1, 1, 1), 0)
    r2 = np.maximum(convolution(r1, w2, b2, 1, 1) + a, 0)
    y = convolution(r2, w3, b3, 1, 0)
    save_case(directory, name, [
        helper.make_node("Conv", ["x", "w0", "b0"], ["c0"]),
        helper.make_node("Relu", ["c0"], ["a"]),
        helper.make_node("Conv", ["a", "w1", "b1"], ["c1"], pads=[1] * 4),
        helper.make_node("Relu", ["c1"], ["r1"]),
        helper.make_node("Conv", ["r1", "w2", "b2"], ["c2"], pads=[1] * 4),
        helper.make_node("Add", ["c2", "a"], ["s"]),
        helper.make_node("Relu", ["s"], ["r2"]),
        helper.make_node("Conv", ["r2", "w3", "b3"], ["y"]),
    ], x, y, {"w0": w0, "b0": b0, "w1": w1, "b1": b1, "w2": w2, "b2": b2,
              "w3": w3, "b3": b3})


def save_grouped_pair_case(directory, name, side, channels, groups):
    """channels[0] -> 1x1 -> channels[1], ReLU, a grouped 3x3 layer of
    groups[0] groups, ReLU, 1x1 -> channels[2], ReLU, a grouped 3x3 layer
    of groups[1] groups with a stride of 2, ReLU, 1x1 -> channels[3]."""
    x = f32([1, channels[0], side, side])
    weights = {}
    nodes = []
    h, v = x, "x"
    for i in range(3):
        w, b = f32([channels[i + 1], channels[i], 1, 1]), f32([channels[i + 1]])
        weights.update({"w%d" % i: w, "b%d" % i: b})
        h = convolution(h, w, b, 1, 0)
        nodes.append(helper.make_node("Conv", [v, "w%d" % i, "b%d" % i],
                                      ["c%d" % i]))
        v = "c%d" % i
        if i == 2:
            break
        count, stride = groups[i], i + 1
        g = f32([channels[i + 1], channels[i + 1] // count, 3, 3])
        gb = f32([channels[i + 1]])
        weights.update({"g%d" % i: g, "gb%d" % i: gb})
        h = np.maximum(grouped(np.maximum(h, 0), g, gb, count, stride, 1), 0)
        nodes += [
            helper.make_node("Relu", [v], ["r%d" % i]),
            helper.make_node("Conv", ["r%d" % i, "g%d" % i, "gb%d" % i],
                             ["cg%d" % i], group=count, pads=[1] * 4,
                             strides=[stride, stride]),
            helper.make_node("Relu", ["cg%d" % i], ["rg%d" % i])]
        v = "rg%d" % i
    nodes[-1].output[0] = "y"
    save_case(directory, name, nodes, x, h, weights)


def save_fire_case(directory, name, squeeze_bias=True):
    """Two SqueezeNet fire modules on a 14x14 plane: a 1x1 squeeze to 16
    channels, its 1x1 and 3x3 expansions to 32 each concatenated into 64
    (blocked parts of the blocked concatenation), a 3x3 max pool with
    stride 2 and ceil_mode (7x7), the second module, then a 1x1
    convolution, ReLU and a global average pool. Without `squeeze_bias`,
    the squeeze convolutions have no bias input (their sums start at
    zero)."""
    x = f32([1, 64, 14, 14])
    weights = {}

    def fire(v, index):
        names = ["s%d" % index, "e%d" % index, "t%d" % index]
        shapes = [[16, 64, 1, 1], [32, 16, 1, 1], [32, 16, 3, 3]]
        for key, shape in zip(names, shapes):
            weights[key], weights[key + "b"] = f32(shape), f32([shape[0]])
        if not squeeze_bias:
            del weights[names[0] + "b"]
        relu = lambda u: np.maximum(u, 0)
        squeeze = relu(convolution(v, weights[names[0]],
                                   weights.get(names[0] + "b", np.zeros(16)),
                                   1, 0))
        return np.concatenate([
            relu(convolution(squeeze, weights[names[1]],
                             weights[names[1] + "b"], 1, 0)),
            relu(convolution(squeeze, weights[names[2]],
                             weights[names[2] + "b"], 1, 1))], axis=1)

    def fire_nodes(v, index, out):
        s, e, t = "s%d" % index, "e%d" % index, "t%d" % index
        squeeze_inputs = [v, s, s + "b"] if squeeze_bias else [v, s]
        return [
            helper.make_node("Conv", squeeze_inputs, [s + "c"]),
            helper.make_node("Relu", [s + "c"], [s + "r"]),
            helper.make_node("Conv", [s + "r", e, e + "b"], [e + "c"]),
            helper.make_node("Relu", [e + "c"], [e + "r"]),
            helper.make_node("Conv", [s + "r", t, t + "b"], [t + "c"],
                             pads=[1] * 4),
            helper.make_node("Relu", [t + "c"], [t + "r"]),
            helper.make_node("Concat", [e + "r", t + "r"], [out], axis=1),
        ]

    h = fire(x, 1)
    # ceil_mode: the last window of each row and column reads one row or
    # column beyond the plane, which takes no part in its maximum.
    padded = np.pad(h, [(0, 0), (0, 0), (0, 1), (0, 1)],
                    constant_values=-np.inf)
    m = np.max(np.stack([padded[:, :, kh:kh + 13:2, kw:kw + 13:2]
                         for kh in range(3) for kw in range(3)]), axis=0)
    h = fire(m, 2)
    w, b = f32([32, 64, 1, 1]), f32([32])
    y = pool(np.maximum(convolution(h, w, b, 1, 0), 0))
    save_case(directory, name, fire_nodes("x", 1, "f1") + [
        helper.make_node("MaxPool", ["f1"], ["m"], kernel_shape=[3, 3],
                         strides=[2, 2], ceil_mode=1),
    ] + fire_nodes("m", 2, "f2") + [
        helper.make_node("Conv", ["f2", "w", "b"], ["c"]),
        helper.make_node("Relu", ["c"], ["r"]),
        helper.make_node("GlobalAveragePool", ["r"], ["y"]),
    ], x, y, dict(weights, w=w, b=b))


def sigmoid(v):
    return 1 / (1 + np.exp(-v))


def silu(v):
    return v * sigmoid(v)


def pool(v):
    return v.mean(axis=(2, 3), keepdims=True)


def save_squeeze_excite_case(directory, name, side):
    """An EfficientNet-like block on a side x side plane: a 1x1 expansion
    with SiLU, a depthwise 3x3 layer with SiLU, a squeeze-excite (its pool
    reduces the blocked value), a 1x1 projection, ReLU and a 3x3 layer
    whose result is scaled by its own mean over the plane."""
    x = f32([1, 32, side, side])
    e, eb = f32([48, 32, 1, 1]), f32([48])
    d, db = f32([48, 1, 3, 3]), f32([48])
    s1, sb1 = f32([8, 48, 1, 1]), f32([8])
    s2, sb2 = f32([48, 8, 1, 1]), f32([48])
    p, pb = f32([80, 48, 1, 1]), f32([80])
    w, b = f32([48, 80, 3, 3]), f32([48])
    h = silu(depthwise(silu(convolution(x, e, eb, 1, 0)), d, db, 1, 1))
    squeeze = np.maximum(convolution(pool(h), s1, sb1, 1, 0), 0)
    h = h * sigmoid(convolution(squeeze, s2, sb2, 1, 0))
    r = np.maximum(convolution(h, p, pb, 1, 0), 0)
    c = convolution(r, w, b, 1, 1)
    y = c * pool(c)
    save_case(directory, name, [
        helper.make_node("Conv", ["x", "e", "eb"], ["ce"]),
        helper.make_node("Sigmoid", ["ce"], ["se"]),
        helper.make_node("Mul", ["ce", "se"], ["he"]),
        helper.make_node("Conv", ["he", "d", "db"], ["cd"], group=48,
                         pads=[1] * 4),
        helper.make_node("Sigmoid", ["cd"], ["sd"]),
        helper.make_node("Mul", ["cd", "sd"], ["hd"]),
        helper.make_node("GlobalAveragePool", ["hd"], ["pd"]),
        helper.make_node("Conv", ["pd", "s1", "sb1"], ["cs1"]),
        helper.make_node("Relu", ["cs1"], ["rs1"]),
        helper.make_node("Conv", ["rs1", "s2", "sb2"], ["cs2"]),
        helper.make_node("Sigmoid", ["cs2"], ["ss2"]),
        helper.make_node("Mul", ["hd", "ss2"], ["hs"]),
        helper.make_node("Conv", ["hs", "p", "pb"], ["cp"]),
        helper.make_node("Relu", ["cp"], ["rp"]),
        helper.make_node("Conv", ["rp", "w", "b"], ["c"], pads=[1] * 4),
        helper.make_node("ReduceMean", ["c"], ["m"], axes=[2, 3]),
        helper.make_node("Mul", ["c", "m"], ["y"]),
    ], x, y, {"e": e, "eb": eb, "d": d, "db": db, "s1": s1, "sb1": sb1,
              "s2": s2, "sb2": sb2, "p": p, "pb": pb, "w": w, "b": b})


def save_stem_case(directory, name, side):
    """ResNet's stem on a side x side image: 7x7 convolution with stride 2,
    ReLU, 3x3 max pool with stride 2, then a 1x1 convolution."""
    x = f32([1, 3, side, side])
    s, sb = f32([32, 3, 7, 7]), f32([32])
    w, b = f32([32, 32, 1, 1]), f32([32])
    r = np.maximum(convolution(x, s, sb, 2, 3), 0)
    padded = np.pad(r, [(0, 0), (0, 0), (1, 1), (1, 1)],
                    constant_values=-np.inf)
    pooled = (r.shape[2] - 1) // 2 + 1
    m = np.max(np.stack([padded[:, :, kh:kh + 2 * pooled - 1:2,
                                kw:kw + 2 * pooled - 1:2]
                         for kh in range(3) for kw in range(3)]), axis=0)
    y = convolution(m, w, b, 1, 0)
    save_case(directory, name, [
        helper.make_node("Conv", ["x", "s", "sb"], ["cs"], pads=[3] * 4,
                         strides=[2, 2]),
        helper.make_node("Relu", ["cs"], ["rs"]),
        helper.make_node("MaxPool", ["rs"], ["m"], kernel_shape=[3, 3],
                         pads=[1] * 4, strides=[2, 2]),
        helper.make_node("Conv", ["m", "w", "b"], ["y"]),
    ], x, y, {"s": s, "sb": sb, "w": w, "b": b})


def convolution(x, w, bias, stride, pad, dilation=1):
    """NCHW convolution, summed over the kernel taps; `pad` is the padding
    on each side of the rows and columns, or (before, after)."""
    before, after = (pad, pad) if isinstance(pad, int) else pad
    x = np.pad(x, [(0, 0), (0, 0), (before, after), (before, after)])
    kernel = w.shape[2]
    out = (x.shape[2] - dilation * (kernel - 1) - 1) // stride + 1
    y = np.zeros([x.shape[0], w.shape[0], out, out], np.float64)
    for kh in range(kernel):
        for kw in range(kernel):
            window = x[:, :, dilation * kh:dilation * kh + stride * out:stride,
                       dilation * kw:dilation * kw + stride * out:stride]
            y += np.einsum("nchw,fc->nfhw", window, w[:, :, kh, kw])
    return (y + bias[None, :, None, None]).astype(np.float32)


def grouped(x, w, bias, groups, stride, pad):
    """NCHW grouped convolution: `groups` convolutions of as many channels."""
    per_in, per_out = x.shape[1] // groups, w.shape[0] // groups
    return np.concatenate([
        convolution(x[:, g * per_in:(g + 1) * per_in],
                    w[g * per_out:(g + 1) * per_out],
                    bias[g * per_out:(g + 1) * per_out], stride, pad)
        for g in range(groups)], axis=1)


def depthwise(x, w, bias, stride, pad):
    """NCHW depthwise convolution (a convolution per channel)."""
    return np.concatenate([
        convolution(x[:, c:c + 1], w[c:c + 1], bias[c:c + 1], stride, pad)
        for c in range(x.shape[1])], axis=1)


if __name__ == "__main__":
    main()
