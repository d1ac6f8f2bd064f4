"""1x1 layers from many more input than output channels on a small plane
(MobileNetV2's last blocks, a ResNet bottleneck's reduction), with a NumPy
reference.

  split_input_channels.py make DIR  DIR/model.onnx, DIR/input.npy and
                                    DIR/reference.npy (seeded, random)
  split_input_channels.py check REFERENCE OUTPUT
                                    as inverted_residual.py check

The model, on a 7 x 6 plane: an inverted-residual block like MobileNetV2's
features.15 (160 -> 960, Clip 0..6; 3x3 depthwise, Clip; 960 -> 160, plus
its input; 1.2 MB of 1x1 weights: too many to go row by row), then 160 ->
640 (Relu) and 640 -> 160 (bias). Both projections read 4-6 input
channels per output.
"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from inverted_residual import (  # noqa: E402
    CLIP_BOUNDS, conv1x1, depthwise, main, parameters, save_model)

HEIGHT, WIDTH = 7, 6


def make(directory):
    from onnx import helper

    rng, weights, param = parameters(5)

    nodes = []

    def conv(x, name, out, shape, group=1, pad=0):
        nodes.append(helper.make_node(
            "Conv", [x, param(name + "_w", shape, 1 / np.sqrt(shape[1] * 9)),
                     param(name + "_b", (shape[0],), 0.3)], [out],
            group=group, pads=[pad] * 4))
        return out

    def activation(op, x, out, *inputs):
        nodes.append(helper.make_node(op, [x, *inputs], [out]))
        return out

    e = activation("Clip", conv("input", "e", "ec", (960, 160, 1, 1)), "ea",
                   "zero", "six")
    d = activation("Clip", conv(e, "d", "dc", (960, 1, 3, 3), group=960,
                                pad=1), "da", "zero", "six")
    p = conv(d, "p", "pc", (160, 960, 1, 1))
    nodes.append(helper.make_node("Add", [p, "input"], ["block"]))
    r = activation("Relu", conv("block", "r", "rc", (640, 160, 1, 1)), "ra")
    conv(r, "o", "output", (160, 640, 1, 1))
    shape = [1, 160, HEIGHT, WIDTH]
    save_model(directory, "split_input_channels", nodes,
               {**weights, **CLIP_BOUNDS}, shape, shape)

    w = weights
    inp = rng.standard_normal(shape).astype(np.float32)
    y = np.clip(conv1x1(inp, w["e_w"], w["e_b"]), 0, 6)
    y = np.clip(depthwise(y, w["d_w"], w["d_b"]), 0, 6)
    block = conv1x1(y, w["p_w"], w["p_b"]) + inp
    y = np.maximum(conv1x1(block, w["r_w"], w["r_b"]), 0)
    reference = conv1x1(y, w["o_w"], w["o_b"])
    np.save(directory + "/input.npy", inp)
    np.save(directory + "/reference.npy", reference.astype(np.float32))


if __name__ == "__main__":
    main(make)
