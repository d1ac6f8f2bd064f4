"""Writes an ONNX model whose weights are raw_data of many sizes and
alignments in the file (initializers, Constant nodes, an If branch's
initializer, a tensor with two raw_data fields, a graph field given twice)
and checks that the blobs of the imported module hold the values protobuf
itself parses from the file."""
import re
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper


def varint(value):
    out = bytearray()
    while value >= 0x80:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def field(number, payload):
    return varint(number << 3 | 2) + varint(len(payload)) + payload


def make(path):
    rng = np.random.default_rng(7)
    # Names of different lengths put the payloads at every offset mod 4.
    inits = [numpy_helper.from_array(
        rng.standard_normal((4, 20 + i)).astype(np.float32), "w" * (i + 1))
        for i in range(4)]
    inits.append(numpy_helper.from_array(  # below the 256-byte cut
        rng.standard_normal((3, 5)).astype(np.float32), "small"))
    inits.append(numpy_helper.from_array(
        np.arange(100, dtype=np.int64), "ints"))
    typed = helper.make_tensor("typed", TensorProto.FLOAT, [70],
                               rng.standard_normal(70).tolist())
    inits.append(typed)
    nodes, outputs = [], []
    for init in inits:
        name = init.name
        nodes.append(helper.make_node("Identity", [name], ["out_" + name]))
        outputs.append(helper.make_tensor_value_info(
            "out_" + name, init.data_type, None))
    constant = numpy_helper.from_array(
        rng.standard_normal(90).astype(np.float32), "constant_value")
    nodes.append(helper.make_node("Constant", [], ["c"], value=constant))
    outputs.append(helper.make_tensor_value_info("c", TensorProto.FLOAT, None))
    branch_w = numpy_helper.from_array(
        rng.standard_normal(75).astype(np.float32), "branch_w")
    then_graph = helper.make_graph(
        [helper.make_node("Identity", ["branch_w"], ["t"])], "then", [],
        [helper.make_tensor_value_info("t", TensorProto.FLOAT, [75])],
        [branch_w])
    else_graph = helper.make_graph(
        [helper.make_node("Constant", [], ["e"], value=numpy_helper.from_array(
            rng.standard_normal(75).astype(np.float32), "else_value"))],
        "else", [], [helper.make_tensor_value_info("e", TensorProto.FLOAT,
                                                   [75])])
    nodes.append(helper.make_node("If", ["cond"], ["y"],
                                  then_branch=then_graph,
                                  else_branch=else_graph))
    outputs.append(helper.make_tensor_value_info("y", TensorProto.FLOAT, [75]))
    nodes.append(helper.make_node("Identity", ["twice"], ["out_twice"]))
    outputs.append(helper.make_tensor_value_info("out_twice",
                                                 TensorProto.FLOAT, None))
    graph = helper.make_graph(
        nodes, "g",
        [helper.make_tensor_value_info("cond", TensorProto.BOOL, [])],
        outputs, inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    # A second graph field (protobuf merges it: one more initializer) holding
    # a tensor with two raw_data fields (the last one counts).
    first = rng.standard_normal(80).astype(np.float32)
    last = rng.standard_normal(80).astype(np.float32)
    twice = numpy_helper.from_array(first, "twice").SerializeToString()
    twice += field(9, last.tobytes())
    extra = field(7, field(5, twice))
    with open(path, "wb") as f:
        f.write(model.SerializeToString() + extra)


def check(model_path, mlir_path):
    model = onnx.ModelProto()
    with open(model_path, "rb") as f:
        model.ParseFromString(f.read())
    tensors = list(model.graph.initializer)
    for node in model.graph.node:
        for attr in node.attribute:
            if attr.type == onnx.AttributeProto.TENSOR:
                tensors.append(attr.t)
            if attr.type == onnx.AttributeProto.GRAPH:
                tensors += list(attr.g.initializer)
                tensors += [a.t for n in attr.g.node for a in n.attribute
                            if a.type == onnx.AttributeProto.TENSOR]
    text = open(mlir_path).read()
    blobs = {key: bytes.fromhex(value[8:]) for key, value in
             re.findall(r'^\s*(\w+): "0x([0-9A-Fa-f]+)"', text, re.M)}
    dense = re.search(r"dense<\[\[[^>]*> : tensor<3x5xf32>", text)
    for tensor in tensors:
        data = numpy_helper.to_array(tensor).tobytes()
        key = tensor.name
        if key == "small":
            print("small", "inline" if dense else "MISSING")
        elif blobs.get(key) == data:
            print("same", key)
        else:
            print("DIFFERENT", key)


if __name__ == "__main__":
    if sys.argv[1] == "make":
        make(sys.argv[2])
    else:
        check(sys.argv[2], sys.argv[3])
