#!/usr/bin/python3
"""Writes the shipped example model, its input and its reference output.

examples/resnet_block.onnx is a residual block (two 3x3 convolutions with
biases, ReLU, the skip connection, a flatten) with a dynamic batch
dimension and seeded random weights; the reference output (and the inner
tensor 'relu1') is computed here with plain NumPy (direct convolution),
independently of ov-mlir.

    /usr/bin/python3 examples/make_resnet_block.py   # rewrites the files
"""
import os

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

HERE = os.path.dirname(os.path.abspath(__file__))
C, H, W = 8, 16, 16


def conv3x3_same(x, w, b):
    """NCHW x OIHW convolution, stride 1, padding 1, plus bias."""
    n, _, h, wd = x.shape
    padded = np.pad(x, ((0, 0), (0, 0), (1, 1), (1, 1)))
    out = np.zeros((n, w.shape[0], h, wd), np.float64)
    for i in range(3):
        for j in range(3):
            window = padded[:, :, i:i + h, j:j + wd]
            out += np.einsum("nchw,oc->nohw", window, w[:, :, i, j])
    return out + b.reshape(1, -1, 1, 1)


def main():
    rng = np.random.default_rng(2026)
    w1 = (rng.standard_normal((C, C, 3, 3)) * 0.2).astype(np.float32)
    b1 = (rng.standard_normal(C) * 0.1).astype(np.float32)
    w2 = (rng.standard_normal((C, C, 3, 3)) * 0.2).astype(np.float32)
    b2 = (rng.standard_normal(C) * 0.1).astype(np.float32)
    nodes = [
        helper.make_node("Conv", ["input", "conv1.weight", "conv1.bias"], ["conv1"],
                         name="conv1", kernel_shape=[3, 3], pads=[1, 1, 1, 1]),
        helper.make_node("Relu", ["conv1"], ["relu1"], name="relu1"),
        helper.make_node("Conv", ["relu1", "conv2.weight", "conv2.bias"], ["conv2"],
                         name="conv2", kernel_shape=[3, 3], auto_pad="SAME_UPPER"),
        helper.make_node("Add", ["conv2", "input"], ["residual"], name="residual"),
        helper.make_node("Relu", ["residual"], ["relu2"], name="relu2"),
        helper.make_node("Flatten", ["relu2"], ["output"], name="flatten", axis=1),
    ]
    graph = helper.make_graph(
        nodes, "resnet_block",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["batch", C, H, W])],
        [helper.make_tensor_value_info("output", TensorProto.FLOAT, ["batch", C * H * W])],
        initializer=[numpy_helper.from_array(w1, "conv1.weight"),
                     numpy_helper.from_array(b1, "conv1.bias"),
                     numpy_helper.from_array(w2, "conv2.weight"),
                     numpy_helper.from_array(b2, "conv2.bias")])
    model = helper.make_model(graph, producer_name="ov-mlir examples",
                              opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, os.path.join(HERE, "resnet_block.onnx"))

    x = rng.standard_normal((2, C, H, W)).astype(np.float32)
    relu1 = np.maximum(conv3x3_same(x.astype(np.float64), w1, b1), 0)
    out = np.maximum(conv3x3_same(relu1, w2, b2) + x, 0).reshape(2, -1)
    np.save(os.path.join(HERE, "resnet_block_input.npy"), x)
    np.save(os.path.join(HERE, "resnet_block_reference.npy"), out.astype(np.float32))
    # The inner tensor 'relu1', for tests that cut the model there.
    np.save(os.path.join(HERE, "resnet_block_relu1_reference.npy"),
            relu1.astype(np.float32))


if __name__ == "__main__":
    main()
