"""Converts a libonnx-testdata model with ovc (extra options passed on),
runs the IR with ov-run on the stored inputs and compares every output with
the stored one. Prints '<test>: N outputs match' or what differs.

    testdata_via_ir.py OVC OV_RUN TEST_DIR WORK_DIR RTOL [ovc options...]
"""
import os
import subprocess
import sys

import numpy as np
import onnx
from onnx import numpy_helper


def load(path):
    tensor = onnx.TensorProto()
    with open(path, "rb") as f:
        tensor.ParseFromString(f.read())
    return tensor


def main():
    ovc, ov_run, test_dir, work, rtol = sys.argv[1:6]
    options = sys.argv[6:]
    name = os.path.basename(test_dir.rstrip("/"))
    os.makedirs(work, exist_ok=True)
    xml = os.path.join(work, "model.xml")
    subprocess.run([ovc, os.path.join(test_dir, "model.onnx"),
                    "--output_model", xml] + options, check=True)
    model = onnx.load(os.path.join(test_dir, "model.onnx"))
    initializers = {t.name for t in model.graph.initializer}
    inputs = [i.name for i in model.graph.input if i.name not in initializers]
    outputs = [o.name for o in model.graph.output]
    data = os.path.join(test_dir, "test_data_set_0")
    command = [ov_run, xml, "--output-dir", os.path.join(work, "out")]
    for index, input_name in enumerate(inputs):
        path = os.path.join(work, "input_%d.npy" % index)
        np.save(path, numpy_helper.to_array(
            load(os.path.join(data, "input_%d.pb" % index))))
        command += ["--input", "%s=%s" % (input_name, path)]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    for index, output_name in enumerate(outputs):
        expected = numpy_helper.to_array(
            load(os.path.join(data, "output_%d.pb" % index)))
        actual = np.load(os.path.join(work, "out", output_name + ".npy"))
        if actual.shape != expected.shape or not np.allclose(
                actual, expected, rtol=float(rtol), atol=1e-6):
            print("%s: output '%s' differs" % (name, output_name))
            return 1
    print("%s: %d outputs match" % (name, len(outputs)))
    return 0


sys.exit(main())
