"""Writes a model of one MatMul by a K x N f32 constant (random, seeded) and
an input for it: make_matmul_model.py DIR K N (DIR/matmul.onnx,
DIR/input.bin: 4 x K f32, raw)."""
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

directory, k, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rng = np.random.default_rng(7)
weights = numpy_helper.from_array(
    rng.standard_normal((k, n)).astype(np.float32), "weights")
graph = helper.make_graph(
    [helper.make_node("MatMul", ["input", "weights"], ["output"])], "matmul",
    [helper.make_tensor_value_info("input", TensorProto.FLOAT, [4, k])],
    [helper.make_tensor_value_info("output", TensorProto.FLOAT, [4, n])],
    [weights])
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
model.ir_version = 8
onnx.save(model, directory + "/matmul.onnx")
rng.standard_normal((4, k)).astype(np.float32).tofile(directory + "/input.bin")
