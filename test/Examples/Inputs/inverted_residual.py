"""Inverted-residual blocks (1x1 expansion, depthwise, 1x1 projection), as
MobileNetV2 has them, with a NumPy reference.

  inverted_residual.py make DIR     DIR/model.onnx, DIR/input.npy and
                                    DIR/reference.npy (seeded, random)
  inverted_residual.py check REFERENCE OUTPUT
                                    prints the largest difference and
                                    "match" or "MISMATCH" (rtol = atol = 1e-4)

The model: block 1 expands 24 channels to 144 (bias, Clip 0..6), a 3x3
depthwise layer (zero padding 1, bias, Clip), projects back to 24 (bias) and
adds its input; block 2 expands those 24 to 96 (bias, Relu), a 3x3 depthwise
layer (bias, Relu), a squeeze-excite (global average pool, 1x1 to 8 and back
to 96, Sigmoid, the product) and projects to 40 (bias), no residual; block 3
expands the 40 to 120 (bias, Clip), a 3x3 depthwise layer of stride 2
(padding 1: 13 x 10 -> 7 x 5) and projects to 48. The plane is 13 x 10: odd,
not square.
"""
import sys

import numpy as np

HEIGHT, WIDTH = 13, 10


def conv1x1(x, w, b):
    return np.einsum("nchw,fc->nfhw", x, w[:, :, 0, 0]) + b[None, :, None, None]


def depthwise(x, w, b, stride=1):
    k = w.shape[-1]
    p = k // 2
    padded = np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)))
    out = np.zeros_like(x)
    for dy in range(k):
        for dx in range(k):
            out += padded[:, :, dy:dy + x.shape[2], dx:dx + x.shape[3]] * \
                w[None, :, 0, dy, dx, None, None]
    return (out + b[None, :, None, None])[:, :, ::stride, ::stride]


def parameters(seed):
    """A seeded generator, the dict of weights made so far and
    param(name, shape, scale), which adds random weights of that scale."""
    rng = np.random.default_rng(seed)
    weights = {}

    def param(name, shape, scale):
        weights[name] = (rng.standard_normal(shape) * scale).astype(np.float32)
        return name

    return rng, weights, param


def node_makers(nodes, param, weight_scale=0.3):
    """conv(x, name, out, shape, group, pad, stride), clip(x, out) (0..6, by
    the initializers of CLIP_BOUNDS) and relu(x, out): each appends its ONNX
    node to `nodes` and returns `out`; a Conv's random weights (of
    `weight_scale`) and bias (0.3) come from param (see parameters)."""
    from onnx import helper

    def conv(x, name, out, shape, group=1, pad=0, stride=1):
        nodes.append(helper.make_node(
            "Conv", [x, param(name + "_w", shape, weight_scale),
                     param(name + "_b", (shape[0],), 0.3)], [out],
            group=group, pads=[pad] * 4, strides=[stride] * 2))
        return out

    def clip(x, out):
        nodes.append(helper.make_node("Clip", [x, "zero", "six"], [out]))
        return out

    def relu(x, out):
        nodes.append(helper.make_node("Relu", [x], [out]))
        return out

    return conv, clip, relu


def make(directory):
    from onnx import helper

    rng, weights, param = parameters(11)

    nodes = []
    conv, clip, relu = node_makers(nodes, param)

    x = "input"
    e1 = clip(conv(x, "e1", "e1c", (144, 24, 1, 1)), "e1a")
    d1 = clip(conv(e1, "d1", "d1c", (144, 1, 3, 3), group=144, pad=1), "d1a")
    p1 = conv(d1, "p1", "p1c", (24, 144, 1, 1))
    nodes.append(helper.make_node("Add", [p1, x], ["block1"]))
    e2 = relu(conv("block1", "e2", "e2c", (96, 24, 1, 1)), "e2a")
    d2 = relu(conv(e2, "d2", "d2c", (96, 1, 3, 3), group=96, pad=1), "d2a")
    nodes.append(helper.make_node("GlobalAveragePool", [d2], ["pool"]))
    squeezed = relu(conv("pool", "s1", "s1c", (8, 96, 1, 1)), "s1a")
    nodes.append(helper.make_node(
        "Sigmoid", [conv(squeezed, "s2", "s2c", (96, 8, 1, 1))], ["scale"]))
    nodes.append(helper.make_node("Mul", [d2, "scale"], ["excited"]))
    p2 = conv("excited", "p2", "p2c", (40, 96, 1, 1))
    e3 = clip(conv(p2, "e3", "e3c", (120, 40, 1, 1)), "e3a")
    d3 = clip(conv(e3, "d3", "d3c", (120, 1, 3, 3), group=120, pad=1,
                   stride=2), "d3a")
    conv(d3, "p3", "output", (48, 120, 1, 1))
    save_model(directory, "inverted_residual", nodes,
               {**weights, **CLIP_BOUNDS}, [1, 24, HEIGHT, WIDTH],
               [1, 48, (HEIGHT + 1) // 2, (WIDTH + 1) // 2])

    w = weights
    inp = rng.standard_normal((1, 24, HEIGHT, WIDTH)).astype(np.float32)
    y = np.clip(conv1x1(inp, w["e1_w"], w["e1_b"]), 0, 6)
    y = np.clip(depthwise(y, w["d1_w"], w["d1_b"]), 0, 6)
    block1 = conv1x1(y, w["p1_w"], w["p1_b"]) + inp
    y = np.maximum(conv1x1(block1, w["e2_w"], w["e2_b"]), 0)
    y = np.maximum(depthwise(y, w["d2_w"], w["d2_b"]), 0)
    pool = y.mean(axis=(2, 3), keepdims=True)
    squeezed = np.maximum(conv1x1(pool, w["s1_w"], w["s1_b"]), 0)
    y = y / (1 + np.exp(-conv1x1(squeezed, w["s2_w"], w["s2_b"])))
    y = conv1x1(y, w["p2_w"], w["p2_b"])
    y = np.clip(conv1x1(y, w["e3_w"], w["e3_b"]), 0, 6)
    y = np.clip(depthwise(y, w["d3_w"], w["d3_b"], stride=2), 0, 6)
    reference = conv1x1(y, w["p3_w"], w["p3_b"])
    np.save(directory + "/input.npy", inp)
    np.save(directory + "/reference.npy", reference.astype(np.float32))


# The initializers "zero" and "six" that Clip nodes name as their bounds.
CLIP_BOUNDS = {"zero": np.float32(0), "six": np.float32(6)}


def save_model(directory, name, nodes, initializers, input_shape,
               output_shape):
    """DIR/model.onnx: graph `name` of `nodes` from "input" to "output",
    float tensors of the given shapes, with `initializers` (name ->
    array)."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    graph = helper.make_graph(
        nodes, name,
        [helper.make_tensor_value_info("input", TensorProto.FLOAT,
                                       input_shape)],
        [helper.make_tensor_value_info("output", TensorProto.FLOAT,
                                       output_shape)],
        [numpy_helper.from_array(np.asarray(v), k)
         for k, v in initializers.items()])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.save(model, directory + "/model.onnx")


def save_two_blocks(directory, rng, shape, reference_block):
    """DIR/input.npy, random of `shape` from `rng`, and DIR/reference.npy,
    reference_block(reference_block(input, "a"), "b")."""
    inp = rng.standard_normal(shape).astype(np.float32)
    reference = reference_block(reference_block(inp, "a"), "b")
    np.save(directory + "/input.npy", inp)
    np.save(directory + "/reference.npy", reference.astype(np.float32))


def check(reference, output):
    ref, out = np.load(reference), np.load(output)
    if ref.shape != out.shape:
        print(f"shape {out.shape}, expected {ref.shape}: MISMATCH")
        return
    diff = float(np.abs(ref - out).max())
    ok = np.allclose(out, ref, rtol=1e-4, atol=1e-4)
    print(f"{ref.size} values, largest difference {diff:.3g}: "
          + ("match" if ok else "MISMATCH"))


def main(make):
    """The command line of these scripts: make DIR, or check REFERENCE
    OUTPUT."""
    if sys.argv[1] == "make":
        make(sys.argv[2])
    else:
        check(sys.argv[2], sys.argv[3])


if __name__ == "__main__":
    main(make)
