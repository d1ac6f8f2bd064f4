"""Writes depthwise convolutions with strides 2 and 3 (ONNX Conv with one
group per channel) whose vector reads of the padded input become contiguous
loads and shuffles (ov-contiguous-strided-reads), with output widths that
reach the full vectors, the shorter remainder vectors and the scalar
remainder; plus seeded inputs and NumPy reference outputs.
Usage: make_strided_depthwise_models.py DIR"""
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper


def depthwise(x, w, b, stride, pad):
    """The reference: a sum over the kernel taps of strided slices."""
    n, c, h, wd = x.shape
    k = w.shape[2]
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    oh = (h + 2 * pad - k) // stride + 1
    ow = (wd + 2 * pad - k) // stride + 1
    y = np.zeros((n, c, oh, ow), np.float64)
    for i in range(k):
        for j in range(k):
            tap = xp[:, :, i:i + stride * (oh - 1) + 1:stride,
                     j:j + stride * (ow - 1) + 1:stride]
            y += tap * w[:, 0, i, j].reshape(1, c, 1, 1)
    return (y + b.reshape(1, c, 1, 1)).astype(np.float32)


def main():
    directory = sys.argv[1]
    np.random.seed(11)
    # (name, channels, input size, kernel, stride, padding): output widths
    # 24 = 16 + 8 (MobileNetV2's 3x3 stride 2; the last tap's last element
    # read ends the padded row), 17 = 16 + 1 (EfficientNet's 5x5 stride 2),
    # 13 = 8 + 4 + 1 (stride 3).
    for name, c, size, k, stride, pad in [("dw3_s2", 8, 47, 3, 2, 1),
                                           ("dw5_s2", 4, 33, 5, 2, 2),
                                           ("dw3_s3", 4, 40, 3, 3, 0)]:
        x = np.random.uniform(-1, 1, (1, c, size, size)).astype(np.float32)
        w = np.random.uniform(-1, 1, (c, 1, k, k)).astype(np.float32)
        b = np.random.uniform(-1, 1, (c,)).astype(np.float32)
        y = depthwise(x, w, b, stride, pad)
        node = helper.make_node("Conv", ["x", "w", "b"], ["y"], group=c,
                                kernel_shape=[k, k], strides=[stride, stride],
                                pads=[pad] * 4)
        graph = helper.make_graph(
            [node], name,
            [helper.make_tensor_value_info("x", TensorProto.FLOAT, x.shape)],
            [helper.make_tensor_value_info("y", TensorProto.FLOAT, y.shape)],
            [numpy_helper.from_array(w, "w"), numpy_helper.from_array(b, "b")])
        model = helper.make_model(
            graph, opset_imports=[helper.make_opsetid("", 13)])
        onnx.checker.check_model(model)
        onnx.save(model, os.path.join(directory, name + ".onnx"))
        np.save(os.path.join(directory, name + ".x.npy"), x)
        np.save(os.path.join(directory, name + ".y.npy"), y)


if __name__ == "__main__":
    main()
