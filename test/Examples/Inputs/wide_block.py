"""Inverted-residual blocks too wide to go row by row, with a NumPy
reference.

  wide_block.py make DIR     DIR/model.onnx, DIR/input.npy and
                             DIR/reference.npy (seeded, random)
  wide_block.py check REFERENCE OUTPUT
                             as inverted_residual.py check

The model, on a 7 x 7 plane (MobileNetV2's last blocks): two blocks
160 -> 960 -> 160 (1x1 expansion with bias and Clip 0..6, 3x3 depthwise
layer with zero padding 1, bias and Clip, 1x1 projection with bias, the
residual sum). Each 1x1 layer has 600 KB of weights, more than
ov-compute-blocks-by-rows reads again for every row: the blocks go by
halves of their expanded channels (ov-compute-blocks-by-channels).
"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from inverted_residual import (CLIP_BOUNDS, conv1x1, depthwise,  # noqa: E402
                               main, node_makers, parameters, save_model,
                               save_two_blocks)

SIZE, CHANNELS, EXPANDED = 7, 160, 960


def make(directory):
    from onnx import helper

    rng, weights, param = parameters(7)
    nodes = []
    conv, clip, _ = node_makers(nodes, param, weight_scale=0.1)

    def block(x, name, out):
        e = clip(conv(x, name + "e", name + "ec", (EXPANDED, CHANNELS, 1, 1)),
                 name + "ea")
        d = clip(conv(e, name + "d", name + "dc", (EXPANDED, 1, 3, 3),
                      group=EXPANDED, pad=1), name + "da")
        p = conv(d, name + "p", name + "pc", (CHANNELS, EXPANDED, 1, 1))
        nodes.append(helper.make_node("Add", [p, x], [out]))
        return out

    block(block("input", "a", "block1"), "b", "output")
    shape = [1, CHANNELS, SIZE, SIZE]
    save_model(directory, "wide_block", nodes, {**weights, **CLIP_BOUNDS},
               shape, shape)

    w = weights

    def reference_block(x, name):
        y = np.clip(conv1x1(x, w[name + "e_w"], w[name + "e_b"]), 0, 6)
        y = np.clip(depthwise(y, w[name + "d_w"], w[name + "d_b"]), 0, 6)
        return conv1x1(y, w[name + "p_w"], w[name + "p_b"]) + x

    save_two_blocks(directory, rng, shape, reference_block)


if __name__ == "__main__":
    main(make)
