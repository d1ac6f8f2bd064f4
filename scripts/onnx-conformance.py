#!/usr/bin/python3
"""ONNX conformance: runs ov-mlir over ONNX's own backend test suite.

Every test of Debian's libonnx-testdata (data/{node,pytorch-converted,
pytorch-operator,simple}/<test>/model.onnx with test_data_set_*/) goes
through the stages below; a test passes a stage or records why not:
`import` (ov-translate --import-onnx: import and verify) and, with --ov-run,
`run` (ov-run compiles the model in process, runs it on every stored
test_data_set_N and each output is compared with the stored one with ONNX's
tolerances, rtol 1e-3 and atol 1e-7).

    scripts/onnx-conformance.py --ov-translate build/bin/ov-translate \
        [--ov-run build/bin/ov-run] [--suite node] [--filter conv] \
        [--report docs/SupportedOps.md] [--min-pass-rate node=0.9] \
        [--min-run-rate node=0.85]

Prints one line per failing test and a summary line per suite:
    onnx-conformance: node: 850/932 imported (91.2%), 800/932 passed numerically (85.8%); 132 failed
"""

import argparse
import collections
import concurrent.futures
import os
import re
import subprocess
import sys
import tempfile

DATA = "/usr/share/libonnx-testdata/data"
SUITES = ["node", "pytorch-converted", "pytorch-operator", "simple"]
ONNX_PROTO = "/usr/include/onnx/onnx.proto"


class Test:
    def __init__(self, suite, name, path):
        self.suite = suite
        self.name = name
        self.path = path
        self.model = os.path.join(path, "model.onnx")
        self.ops = []  # (domain, op_type) of every node, subgraphs included
        self.opset = None
        self.passed = False
        self.stages = []  # the names of the stages passed
        self.reason = ""

    def data_sets(self):
        """The stored (inputs, outputs) .pb files of each test_data_set_N."""
        sets = []
        for entry in sorted(os.listdir(self.path)):
            folder = os.path.join(self.path, entry)
            if entry.startswith("test_data_set_") and os.path.isdir(folder):
                files = sorted(os.listdir(folder))
                sets.append(
                    ([os.path.join(folder, f) for f in files if f.startswith("input_")],
                     [os.path.join(folder, f) for f in files if f.startswith("output_")]))
        return sets


def read_ops(test):
    """Fills test.ops and test.opset from the model, decoded by protoc."""
    with open(test.model, "rb") as f:
        result = subprocess.run(
            ["protoc", "--decode=onnx.ModelProto",
             "--proto_path=" + os.path.dirname(ONNX_PROTO), ONNX_PROTO],
            stdin=f, capture_output=True, text=True, errors="replace")
    text = result.stdout
    # Node blocks: op_type with an optional domain in the same node.
    for node in re.finditer(r'op_type: "([^"]*)"(?:\s*domain: "([^"]*)")?', text):
        test.ops.append((node.group(2) or "", node.group(1)))
    opset = re.search(r'opset_import \{\s*(?:domain: ""\s*)?version: (\d+)', text)
    if opset:
        test.opset = int(opset.group(1))


def stage_import(test, args):
    """ov-translate --import-onnx: the model imports and verifies."""
    try:
        result = subprocess.run(
            [args.ov_translate, "--import-onnx", test.model, "-o", os.devnull],
            capture_output=True, text=True, errors="replace",
            timeout=args.timeout)
    except subprocess.TimeoutExpired:
        return "import timed out after %ds" % args.timeout
    if result.returncode == 0:
        return None
    if result.returncode < 0:
        return "import crashed (signal %d)" % -result.returncode
    lines = [l for l in result.stderr.splitlines() if "error:" in l]
    message = lines[0] if lines else result.stderr.strip()
    return message.split("error: ", 1)[-1][:300] or "import failed"


RTOL = 1e-3
ATOL = 1e-7


def compare(name, actual, expected):
    """None when `actual` matches `expected` within ONNX's tolerances."""
    import numpy as np
    if actual.shape != expected.shape:
        return "output '%s' has shape %s, expected %s" % (
            name, list(actual.shape), list(expected.shape))
    if expected.dtype.kind in "fc":
        if actual.dtype != expected.dtype:
            return "output '%s' is %s, expected %s" % (name, actual.dtype, expected.dtype)
        close = np.isclose(actual, expected, rtol=RTOL, atol=ATOL, equal_nan=True)
    else:
        close = actual.astype(expected.dtype) == expected
    if close.all():
        return None
    index = np.unravel_index(np.argmin(close), close.shape)
    return "output '%s' differs: %d of %d elements, e.g. at %s: %r, expected %r" % (
        name, close.size - close.sum(), close.size, list(index),
        actual[index].item(), expected[index].item())


def stage_run(test, args):
    """ov-run: compiled and run on each stored data set, outputs compared."""
    import numpy as np
    import onnx
    from onnx import numpy_helper
    model = onnx.load(test.model, load_external_data=False)
    initializers = {t.name for t in model.graph.initializer}
    input_names = [i.name for i in model.graph.input if i.name not in initializers]
    output_names = [o.name for o in model.graph.output]
    for inputs, outputs in test.data_sets():
        with tempfile.TemporaryDirectory(prefix="onnx-conformance-") as tmp:
            command = [args.ov_run, test.model, "--output-dir", tmp]
            for index, path in enumerate(inputs):
                tensor = onnx.TensorProto()
                with open(path, "rb") as f:
                    tensor.ParseFromString(f.read())
                if not tensor.dims and not tensor.raw_data and tensor.data_type == 0:
                    return "stored input %s is not a tensor (sequence/optional)" % os.path.basename(path)
                name = tensor.name or (input_names[index] if index < len(input_names) else "")
                npy = os.path.join(tmp, "input_%d.npy" % index)
                np.save(npy, numpy_helper.to_array(tensor))
                command += ["--input", "%s=%s" % (name, npy)]
            try:
                result = subprocess.run(command, capture_output=True, text=True,
                                        errors="replace", timeout=args.timeout)
            except subprocess.TimeoutExpired:
                return "run timed out after %ds" % args.timeout
            if result.returncode < 0:
                return "run crashed (signal %d)" % -result.returncode
            if result.returncode != 0:
                lines = [l for l in result.stderr.splitlines() if "error" in l]
                message = lines[0] if lines else result.stderr.strip()
                message = message.replace(tmp, "<tmp>")  # reports stay stable
                return "run: " + message.split("error: ", 1)[-1][:300]
            for index, path in enumerate(outputs):
                tensor = onnx.TensorProto()
                with open(path, "rb") as f:
                    tensor.ParseFromString(f.read())
                name = output_names[index] if index < len(output_names) else tensor.name
                file = re.sub(r"[/\\:]", "_", name) + ".npy"
                try:
                    expected = numpy_helper.to_array(tensor)
                except Exception:
                    return "stored output %s is not a tensor" % os.path.basename(path)
                actual_path = os.path.join(tmp, file)
                if not os.path.exists(actual_path):
                    return "no output '%s' written" % name
                mismatch = compare(name, np.load(actual_path), expected)
                if mismatch:
                    return mismatch
    return None


def run_test(test, args):
    read_ops(test)
    for name, stage in args.stages:
        try:
            reason = stage(test, args)
        except Exception as error:  # a test the harness cannot handle
            reason = "harness error in stage '%s': %s: %s" % (
                name, type(error).__name__, error)
        if reason:
            test.reason = reason
            return test
        test.stages.append(name)
    test.passed = True
    return test


def collect_tests(args):
    tests = []
    for suite in args.suite:
        root = os.path.join(args.data, suite)
        if not os.path.isdir(root):
            sys.exit("onnx-conformance: no test suite at %s (install libonnx-testdata)" % root)
        for name in sorted(os.listdir(root)):
            path = os.path.join(root, name)
            if os.path.isfile(os.path.join(path, "model.onnx")) and args.filter in name:
                tests.append(Test(suite, name, path))
    return tests


def write_report(tests, path, summary, stages):
    """docs/SupportedOps.md: per op type, opsets seen, node tests passed and
    the reasons of the failing ones."""
    by_op = collections.OrderedDict()
    for test in sorted(tests, key=lambda t: t.name):
        for domain, op in sorted(set(test.ops)):
            key = op if domain in ("", "ai.onnx") else domain + "." + op
            entry = by_op.setdefault(key, {"opsets": set(), "tests": []})
            if test.opset:
                entry["opsets"].add(test.opset)
            entry["tests"].append(test)
    lines = [
        "# Supported ONNX ops",
        "",
        "Generated by `scripts/onnx-conformance.py --report docs/SupportedOps.md`",
        "from Debian's libonnx-testdata (ONNX 1.12 backend tests, opsets up to 17).",
        "A test is imported when ov-mlir imports and verifies its model "
        "(`ov-translate --import-onnx`), and passes numerically when `ov-run`",
        "compiles and runs it and every output matches the stored one "
        "(rtol 1e-3, atol 1e-7).",
        "An op's row counts every test whose model uses it; a test fails when any",
        "of its ops fails, so the reasons name the op at fault.",
        "",
    ]
    lines += ["- " + s for s in summary]
    names = [name for name, _ in stages]
    lines += ["", "| op | opsets in tests | %s | failures (test: reason) |" % " | ".join(
        "tests " + n for n in names), "|---|---|%s---|" % ("---|" * len(names))]
    for op in sorted(by_op, key=str.lower):
        entry = by_op[op]
        counts = " | ".join("%d/%d" % (sum(n in t.stages for t in entry["tests"]),
                                        len(entry["tests"])) for n in names)
        failures = ["%s: %s" % (t.name, t.reason.replace("|", "\\|"))
                    for t in entry["tests"] if not t.passed]
        shown = "<br>".join(failures[:5])
        if len(failures) > 5:
            shown += "<br>... %d more" % (len(failures) - 5)
        lines.append("| %s | %s | %s | %s |" % (
            op, ", ".join(str(v) for v in sorted(entry["opsets"])), counts, shown))
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ov-translate", required=True)
    parser.add_argument("--ov-run", help="also compile, run and compare outputs")
    parser.add_argument("--data", default=DATA)
    parser.add_argument("--suite", action="append", choices=SUITES,
                        help="suites to run (default: all)")
    parser.add_argument("--filter", default="", help="only tests whose name contains this")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--timeout", type=int, default=120)
    parser.add_argument("--report", help="write the SupportedOps.md table here")
    parser.add_argument("--min-pass-rate", action="append", default=[],
                        metavar="SUITE=RATE",
                        help="fail unless SUITE imports at least RATE (0..1)")
    parser.add_argument("--min-run-rate", action="append", default=[],
                        metavar="SUITE=RATE",
                        help="fail unless SUITE passes numerically at least RATE")
    args = parser.parse_args()
    args.suite = args.suite or SUITES
    args.stages = [("imported", stage_import)]
    if args.ov_run:
        args.stages.append(("passed numerically", stage_run))

    tests = collect_tests(args)
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        tests = list(pool.map(lambda t: run_test(t, args), tests))

    for test in tests:
        if not test.passed:
            print("FAIL %s/%s: %s" % (test.suite, test.name, test.reason))
    summary = []
    rates = {}  # (stage, suite) -> rate
    for suite in args.suite:
        in_suite = [t for t in tests if t.suite == suite]
        parts = []
        for stage, _ in args.stages:
            passed = sum(stage in t.stages for t in in_suite)
            rate = passed / len(in_suite) if in_suite else 0.0
            rates[(stage, suite)] = rate
            parts.append("%d/%d %s (%.1f%%)" % (passed, len(in_suite), stage, 100.0 * rate))
        failed = sum(not t.passed for t in in_suite)
        summary.append("%s: %s; %d failed" % (suite, ", ".join(parts), failed))
    for line in summary:
        print("onnx-conformance: " + line)
    # The op types that block the most tests: what to convert next.
    missing = collections.Counter()
    for test in tests:
        match = re.match(r"unsupported ONNX ops \(.*?\): (.*)", test.reason)
        if match:
            for op in re.findall(r"(?:^|, )([\w.]+) x\d+", match.group(1)):
                missing[op] += 1
    if missing:
        print("onnx-conformance: most blocking unsupported ops: " + ", ".join(
            "%s (%d tests)" % item for item in missing.most_common(15)))
    if args.report:
        write_report(tests, args.report, summary, args.stages)

    status = 0
    requirements = [("imported", r) for r in args.min_pass_rate]
    requirements += [("passed numerically", r) for r in args.min_run_rate]
    for stage, requirement in requirements:
        suite, _, rate = requirement.partition("=")
        actual = rates.get((stage, suite))
        if actual is None or actual < float(rate):
            print("onnx-conformance: %s %s rate %.3f is below %s" % (
                suite, stage, actual or 0.0, rate))
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
