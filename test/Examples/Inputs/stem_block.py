"""A strided stem convolution and a block without expansion (MobileNetV2's
first layers), with a NumPy reference.

  stem_block.py make DIR [residual]
                             DIR/model.onnx, DIR/input.npy and
                             DIR/reference.npy (seeded, random)
  stem_block.py check REFERENCE OUTPUT
                             as inverted_residual.py check

The model: a 3x3 convolution of stride 2 (zero padding 1) from 3 channels
to 32 (bias, Clip 0..6), a 3x3 depthwise layer (padding 1, bias, Clip) and
a 1x1 projection to 16 (bias); then an inverted-residual block (16 -> 64
-> 16, the residual sum), without which the convolutions would not be
blocked. With "residual", MobileNetV3's first layers instead: the stem to
16 channels and the projection adds the stem's activation (its input).
The image is 25 x 19, the planes after the stem 13 x 10: odd, not
square.
"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from inverted_residual import (CLIP_BOUNDS, check, conv1x1,  # noqa: E402
                               depthwise, node_makers, parameters,
                               save_model)

HEIGHT, WIDTH = 25, 19
OUT_HEIGHT, OUT_WIDTH = (HEIGHT + 1) // 2, (WIDTH + 1) // 2


def conv3x3_stride2(x, w, b):
    """A 3x3 convolution of stride 2 with zero padding 1."""
    padded = np.pad(x, ((0, 0), (0, 0), (1, 1), (1, 1)))
    out = np.zeros((1, w.shape[0], OUT_HEIGHT, OUT_WIDTH), np.float64)
    for dy in range(3):
        for dx in range(3):
            taps = padded[:, :, dy:dy + 2 * OUT_HEIGHT:2,
                          dx:dx + 2 * OUT_WIDTH:2]
            out += np.einsum("nchw,fc->nfhw", taps, w[:, :, dy, dx])
    return out + b[None, :, None, None]


def make(directory, residual):
    from onnx import helper

    rng, weights, param = parameters(5)
    nodes = []
    conv, clip, _ = node_makers(nodes, param)

    stem = 16 if residual else 32
    s = clip(conv("input", "s", "sc", (stem, 3, 3, 3), pad=1, stride=2), "sa")
    d = clip(conv(s, "d", "dc", (stem, 1, 3, 3), group=stem, pad=1), "da")
    p = conv(d, "p", "pc", (16, stem, 1, 1))
    if residual:
        nodes.append(helper.make_node("Add", [p, s], ["block1"]))
        p = "block1"
    e2 = clip(conv(p, "e2", "e2c", (64, 16, 1, 1)), "e2a")
    d2 = clip(conv(e2, "d2", "d2c", (64, 1, 3, 3), group=64, pad=1), "d2a")
    p2 = conv(d2, "p2", "p2c", (16, 64, 1, 1))
    nodes.append(helper.make_node("Add", [p2, p], ["output"]))
    save_model(directory, "stem_block", nodes, {**weights, **CLIP_BOUNDS},
               [1, 3, HEIGHT, WIDTH], [1, 16, OUT_HEIGHT, OUT_WIDTH])

    w = weights
    inp = rng.standard_normal((1, 3, HEIGHT, WIDTH)).astype(np.float32)
    s = np.clip(conv3x3_stride2(inp, w["s_w"], w["s_b"]), 0, 6)
    y = np.clip(depthwise(s, w["d_w"], w["d_b"]), 0, 6)
    p = conv1x1(y, w["p_w"], w["p_b"]) + (s if residual else 0)
    y = np.clip(conv1x1(p, w["e2_w"], w["e2_b"]), 0, 6)
    y = np.clip(depthwise(y, w["d2_w"], w["d2_b"]), 0, 6)
    reference = conv1x1(y, w["p2_w"], w["p2_b"]) + p
    np.save(directory + "/input.npy", inp)
    np.save(directory + "/reference.npy", reference.astype(np.float32))


if __name__ == "__main__":
    if sys.argv[1] == "make":
        make(sys.argv[2], sys.argv[3:] == ["residual"])
    else:
        check(sys.argv[2], sys.argv[3])
