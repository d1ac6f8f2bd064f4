"""3x3 layers in Winograd form on large and small planes, with a NumPy
reference.

  winograd_tile_rows.py make DIR    DIR/model.onnx, DIR/input.npy and
                                    DIR/reference.npy (seeded, random)
  winograd_tile_rows.py check REFERENCE OUTPUT
                                    as inverted_residual.py check

The model, on a 29 x 28 plane (odd: 15 rows of 2x2 tiles, the last one
cropped): a 3x3 layer 32 -> 64 (bias, Relu), a 3x3 layer 64 -> 64 (bias,
Relu), a 2x2 max pool of stride 2 (14 x 14: 7 tile rows) and a 3x3 layer
64 -> 32 (bias). All three layers have enough channels for Winograd's
F(2x2, 3x3).
"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from inverted_residual import main, parameters, save_model  # noqa: E402

HEIGHT, WIDTH = 29, 28


def conv3x3(x, w, b):
    padded = np.pad(x, ((0, 0), (0, 0), (1, 1), (1, 1)))
    out = np.zeros((x.shape[0], w.shape[0], x.shape[2], x.shape[3]))
    for dy in range(3):
        for dx in range(3):
            tap = padded[:, :, dy:dy + x.shape[2], dx:dx + x.shape[3]]
            out += np.einsum("nchw,fc->nfhw", tap, w[:, :, dy, dx])
    return out + b[None, :, None, None]


def max_pool2x2(x):
    n, c, h, w = x.shape
    x = x[:, :, :h // 2 * 2, :w // 2 * 2]
    return x.reshape(n, c, h // 2, 2, w // 2, 2).max(axis=(3, 5))


def make(directory):
    from onnx import helper

    rng, weights, param = parameters(7)
    nodes = []

    def conv(x, name, out, filters, channels):
        nodes.append(helper.make_node(
            "Conv", [x, param(name + "_w", (filters, channels, 3, 3),
                              1 / np.sqrt(channels * 9)),
                     param(name + "_b", (filters,), 0.3)], [out],
            pads=[1] * 4))
        return out

    nodes.append(helper.make_node(
        "Relu", [conv("input", "a", "ac", 64, 32)], ["a"]))
    nodes.append(helper.make_node(
        "Relu", [conv("a", "b", "bc", 64, 64)], ["b"]))
    nodes.append(helper.make_node("MaxPool", ["b"], ["p"], kernel_shape=[2, 2],
                                  strides=[2, 2]))
    conv("p", "c", "output", 32, 64)
    shape = [1, 32, HEIGHT, WIDTH]
    save_model(directory, "winograd_tile_rows", nodes, weights, shape,
               [1, 32, HEIGHT // 2, WIDTH // 2])

    w = weights
    inp = rng.standard_normal(shape).astype(np.float32)
    a = np.maximum(conv3x3(inp, w["a_w"], w["a_b"]), 0)
    b = np.maximum(conv3x3(a, w["b_w"], w["b_b"]), 0)
    reference = conv3x3(max_pool2x2(b), w["c_w"], w["c_b"])
    np.save(directory + "/input.npy", inp)
    np.save(directory + "/reference.npy", reference.astype(np.float32))


if __name__ == "__main__":
    main(make)
