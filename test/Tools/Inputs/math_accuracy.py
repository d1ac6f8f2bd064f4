"""Accuracy of the compiled exp, erf, sigmoid and SiLU (ov-approximate-math's
polynomials and divisions) over their whole float range, against float64
references.

    math_accuracy.py OV_RUN DIR

Builds one-op ONNX models, runs them with ov-run and prints, per function,
the largest error in units in the last place of the float32 reference
(results in the normal range), the largest error below the normal range in subnormal steps, and
whether infinities, NaN and signed zeros come out as the reference's.
"""
import math
import os
import subprocess
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper


def run(ov_run, directory, op, x, nodes=None):
    """Runs a one-op model (or `nodes`, from x to y, named `op`) on x."""
    shape = [len(x)]
    graph = helper.make_graph(
        nodes or [helper.make_node(op, ["x"], ["y"])], op,
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, shape)],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, shape)])
    model = os.path.join(directory, op + ".onnx")
    onnx.save(helper.make_model(
        graph, opset_imports=[helper.make_opsetid("", 13)]), model)
    inputs = os.path.join(directory, op + ".x.npy")
    np.save(inputs, x)
    out = os.path.join(directory, op + ".out")
    subprocess.run([ov_run, model, "--input=x=" + inputs, "--output-dir", out],
                   check=True, capture_output=True)
    return np.load(os.path.join(out, "y.npy"))


def report(name, x, y, reference):
    ref32 = reference.astype(np.float32)
    normal = np.isfinite(ref32) & (np.abs(ref32) >= np.finfo(np.float32).tiny)
    ulp = (np.abs(y[normal].astype(np.float64) - reference[normal]) /
           np.spacing(np.abs(ref32[normal])).astype(np.float64))
    rest = np.isfinite(ref32) & ~normal
    smallest = float(np.finfo(np.float32).smallest_subnormal)
    subnormal_steps = (np.abs(y[rest].astype(np.float64) - reference[rest]).max()
                       / smallest if rest.any() else 0.0)
    specials = ~np.isfinite(x) | (x == 0)
    same = np.array_equal(y[specials], ref32[specials], equal_nan=True) and \
        np.array_equal(np.signbit(y[specials & (x == 0)]),
                       np.signbit(ref32[specials & (x == 0)]))
    print("%s: max ulp %.2f, below the normal range max error %.2f "
          "subnormal steps, specials %s" % (name, ulp.max(), subnormal_steps,
                                            "match" if same else "DIFFER"))


def main():
    ov_run, directory = sys.argv[1], sys.argv[2]
    rng = np.random.default_rng(3)
    specials = [0.0, np.inf, -np.inf, np.nan]
    x = np.concatenate([np.linspace(-110, 95, 400000),
                        rng.standard_normal(200000) * 5,
                        specials]).astype(np.float32)
    with np.errstate(over="ignore"):
        report("exp", x, run(ov_run, directory, "Exp", x),
               np.exp(x.astype(np.float64)))
    x = np.concatenate([np.linspace(-10, 10, 400000),
                        rng.standard_normal(200000) * 2,
                        specials]).astype(np.float32)
    erf = np.array([math.erf(v) for v in x.astype(np.float64)])
    report("erf", x, run(ov_run, directory, "Erf", x), erf)
    # The sigmoid: results below 1e-38 (x < -87.5) are 0.
    x = np.concatenate([np.linspace(-110, 95, 400000),
                        rng.standard_normal(200000) * 8,
                        specials]).astype(np.float32)
    with np.errstate(over="ignore"):
        sigmoid = 1 / (1 + np.exp(-x.astype(np.float64)))
    y = run(ov_run, directory, "Sigmoid", x)
    tiny = sigmoid < 1e-38
    print("sigmoid below 1e-38: max result %.3g" % np.abs(y[tiny]).max())
    report("sigmoid", x[~tiny], y[~tiny], sigmoid[~tiny])
    # SiLU, x * sigmoid(x) (ONNX Sigmoid and Mul): x / (1 + exp(-x)) with x
    # at least -88; below (and at -inf) results of magnitude below 1e-36,
    # where the references are tinier (or NaN at -inf).
    with np.errstate(over="ignore", invalid="ignore"):
        silu = x.astype(np.float64) * sigmoid
    y = run(ov_run, directory, "SiLU", x, [
        helper.make_node("Sigmoid", ["x"], ["s"]),
        helper.make_node("Mul", ["x", "s"], ["y"])])
    low = x < -88
    print("silu below -88: max |result| %.2g" % np.abs(y[low]).max())
    report("silu", x[~low], y[~low], silu[~low])


if __name__ == "__main__":
    main()
