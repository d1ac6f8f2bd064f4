"""Squeeze-excite blocks on a large plane, with a NumPy reference.

  squeeze_excite.py make DIR    DIR/model.onnx, DIR/input.npy and
                                DIR/reference.npy (seeded, random)
  squeeze_excite.py check REFERENCE OUTPUT
                                as inverted_residual.py check

The model, on a 24 x 24 plane: two inverted-residual blocks 32 -> 96 -> 32
(1x1 expansion with bias and Relu, 3x3 depthwise layer with bias and Relu,
squeeze-excite: global average pool, 1x1 96 -> 8, Relu, 1x1 8 -> 96,
Sigmoid, the plane times the scales; 1x1 projection with bias, residual
sum). The first block multiplies plane * scales, the second scales *
plane (EfficientNet's order).
"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from inverted_residual import (conv1x1, depthwise, main,  # noqa: E402
                               node_makers, parameters, save_model,
                               save_two_blocks)

SIZE = 24


def make(directory):
    from onnx import helper

    rng, weights, param = parameters(5)
    nodes = []
    conv, _, relu = node_makers(nodes, param)

    def block(x, name, out, scales_first):
        e = relu(conv(x, name + "e", name + "ec", (96, 32, 1, 1)), name + "ea")
        d = relu(conv(e, name + "d", name + "dc", (96, 1, 3, 3), group=96,
                      pad=1), name + "da")
        nodes.append(helper.make_node("GlobalAveragePool", [d],
                                      [name + "pool"]))
        squeezed = relu(conv(name + "pool", name + "s1", name + "s1c",
                             (8, 96, 1, 1)), name + "s1a")
        nodes.append(helper.make_node(
            "Sigmoid", [conv(squeezed, name + "s2", name + "s2c",
                             (96, 8, 1, 1))], [name + "scale"]))
        factors = [name + "scale", d] if scales_first else [d, name + "scale"]
        nodes.append(helper.make_node("Mul", factors, [name + "excited"]))
        p = conv(name + "excited", name + "p", name + "pc", (32, 96, 1, 1))
        nodes.append(helper.make_node("Add", [p, x], [out]))
        return out

    block(block("input", "a", "block1", False), "b", "output", True)
    shape = [1, 32, SIZE, SIZE]
    save_model(directory, "squeeze_excite", nodes, weights, shape, shape)

    w = weights

    def reference_block(x, name):
        y = np.maximum(conv1x1(x, w[name + "e_w"], w[name + "e_b"]), 0)
        y = np.maximum(depthwise(y, w[name + "d_w"], w[name + "d_b"]), 0)
        pool = y.mean(axis=(2, 3), keepdims=True)
        squeezed = np.maximum(
            conv1x1(pool, w[name + "s1_w"], w[name + "s1_b"]), 0)
        y = y / (1 + np.exp(-conv1x1(squeezed, w[name + "s2_w"],
                                     w[name + "s2_b"])))
        return conv1x1(y, w[name + "p_w"], w[name + "p_b"]) + x

    save_two_blocks(directory, rng, shape, reference_block)


if __name__ == "__main__":
    main(make)
