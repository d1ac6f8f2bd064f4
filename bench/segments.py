#!/usr/bin/python3
"""Where a model's time goes, against ONNX Runtime: cuts a benchmark model
into segments at the given tensors (onnx.utils.extract_model), compiles
each segment with ovc, and runs each (ours and ORT alternated, R rounds)
on the previous segment's real output (our run of it), printing per
segment our median, ORT's median and the ratio, then the sums.

Comparing the sum of the segments with the whole model (bench/run.py)
separates the kernels' speed from effects of the whole run (memory
traffic: before ov-plan-buffers MobileNetV2's segments summed to 7.3 ms
and the whole model took 9.1).

  bench/segments.py resnet50 /maxpool/MaxPool_output_0,/layer1/layer1.2/relu_2/Relu_output_0

Run bench/run.py once first: it builds the models and installs
onnxruntime-node. Segment files go to bench/out/segments/MODEL/.
"""

import argparse
import glob
import os
import shutil
import statistics
import sys

import onnx
import onnx.utils

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import run  # noqa: E402  (the benchmark's compile and run helpers)


def tensor_shapes(model):
    inferred = onnx.shape_inference.infer_shapes(model)
    values = (list(inferred.graph.value_info) + list(inferred.graph.input) +
              list(inferred.graph.output))
    return {value.name: [dim.dim_value
                         for dim in value.type.tensor_type.shape.dim]
            for value in values}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", help="a model of bench/models (resnet50)")
    parser.add_argument("cuts", help="comma-separated tensor names")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--build", default=os.path.join(HERE, "..", "build"))
    args = parser.parse_args()

    source = os.path.join(HERE, "models", args.model + ".onnx")
    model = onnx.load(source)
    shapes = tensor_shapes(model)
    names = ([model.graph.input[0].name] + args.cuts.split(",") +
             [model.graph.output[0].name])
    for name in names:
        if name not in shapes:
            sys.exit("segments.py: no tensor '%s' in %s" % (name, source))
    work = os.path.join(HERE, "out", "segments", args.model)
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    ovc = os.path.join(args.build, "bin", "ovc")
    ov_run = os.path.join(args.build, "bin", "ov-run")

    # The first segment reads the model's input, each next one the output
    # of our run of the one before.
    data = os.path.join(HERE, "models", args.model + ".input.npy")
    totals = [0.0, 0.0]
    for index in range(len(names) - 1):
        name = "segment%d" % index
        directory = os.path.join(work, name)
        os.makedirs(directory)
        path = os.path.join(directory, name + ".onnx")
        onnx.utils.extract_model(source, path, [names[index]],
                                 [names[index + 1]])
        compiled = run.compile_model(ovc, path, directory, name)
        if "error" in compiled:
            sys.exit("segments.py: %s: %s" % (name, compiled["error"]))
        inputs = {names[index]: data}
        ours, theirs = [], []
        for _ in range(args.rounds):
            mine = run.run_ours(ov_run, compiled["so"], inputs, args.runs,
                                args.threads, os.path.join(directory, "ours"))
            ort = run.run_ort(path, inputs, args.runs, args.threads,
                              os.path.join(directory, "ort"))
            for result in (mine, ort):
                if "error" in result:
                    sys.exit("segments.py: %s: %s" % (name, result["error"]))
            ours.append(mine["median_ms"])
            theirs.append(ort["median_ms"])
        ours_ms, ort_ms = statistics.median(ours), statistics.median(theirs)
        totals[0] += ours_ms
        totals[1] += ort_ms
        print("%-9s %-50s ours %8.2f ms  ORT %8.2f ms  %.2f" % (
            name, names[index + 1][-50:], ours_ms, ort_ms, ours_ms / ort_ms),
            flush=True)
        data = glob.glob(os.path.join(directory, "ours", "*.npy"))[0]
    print("sum       %-50s ours %8.2f ms  ORT %8.2f ms  %.2f" % (
        "", totals[0], totals[1], totals[0] / totals[1]))


if __name__ == "__main__":
    main()
