#!/usr/bin/python3
"""Benchmarks ov-mlir's compiled models against ONNX Runtime's CPU provider.

For every model: builds it (make_models.py, seeded, nothing downloaded),
compiles it with `ovc --compile --shared` (wall time and peak RSS reported),
then runs rounds that alternate our compiled code (`ov-run --benchmark`) and
ONNX Runtime (ort_runner.js, onnxruntime-node) on the same inputs at each
thread count, checks that the outputs agree and prints one table. The median
of a model at a thread count is the median of its per-round medians. The
1024^3 MatMul also gets GFLOP/s and the percentage of the FMA peak that
peak_flops.c measures on one core (times the thread count).

Installs what it needs if missing: Debian's python3-torch, python3-torchvision,
python3-onnx, python3-numpy (and nodejs, npm) with apt-get, and
onnxruntime-node with npm into bench/node_modules. Our tools come from
./scripts/build.sh (build/bin/ovc and build/bin/ov-run).

`--models zoo` runs further torchvision models (make_models.ZOO) instead.

Usage: bench/run.py [--models a,b|zoo] [--threads 1,2] [--runs N] [--rounds R]
                    [--quick] [--markdown FILE] [--json FILE]
"""
import argparse
import datetime
import importlib.util
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ORT_VERSION = "1.30.0"  # as pinned in package.json

# Default timed runs per round, about 0.2-1 s of runs for each median.
# Medians of 10 runs of MobileNetV2 on 2 threads (15 ms in all) varied
# 1.36-1.53 ms, one 6.96, where those of 100 runs varied 1.41-1.45 (8
# rounds alternated): too noisy for the 1 -> 2 thread ratio.
DEFAULT_RUNS = {"matmul": 50, "mobilenet_v2": 100, "efficientnet_b0": 100,
                "resnet50": 20, "bert": 10,
                # --models zoo: the small ones vary too much over 5 runs
                # (SqueezeNet on 2 threads: medians 1.9-2.5 ms of 5, 1.8
                # of 50).
                "squeezenet1_1": 30, "googlenet": 10, "densenet121": 5,
                "resnext50_32x4d": 5, "regnet_y_400mf": 20,
                "shufflenet_v2_x1_0": 30, "mnasnet1_0": 20,
                "inception_v3": 5, "mobilenet_v3_large": 20,
                "convnext_tiny": 5, "regnet_x_1_6gf": 5, "swin_t": 5,
                "vit_b_16": 3, "deeplabv3_mobilenet_v3_large": 10,
                "lraspp_mobilenet_v3_large": 20, "fcn_resnet50": 3}
# Models whose float32 outputs differ from ORT's by more than the default
# atol without a bug: Inception v3's logits (random weights, up to 7.3)
# are within 2.6e-4 (ours) and 1.8e-4 (ORT) of PyTorch's in float64, and
# 3.5e-4 of each other (the differences grow layer by layer: 1.5e-5 after
# Mixed_5b, 8e-4 after Mixed_7b).
# FCN-ResNet-50's output map (up to 1.78) is within 2.0e-4 (ours) and
# 1.3e-4 (ORT) of PyTorch's in float64, 2.3e-4 of each other (its 3x3
# classifier sums 18432 products per output).
MODEL_ATOL = {"inception_v3": 1e-3, "fcn_resnet50": 1e-3}
MATMUL_FLOP = 2 * 1024 ** 3
COMMAND_TIMEOUT = 1800  # seconds for one compile or one benchmark command

BENCHMARK_LINE = re.compile(
    r"benchmark: (\d+) runs?, (\d+) threads?: median ([\d.]+) ms, "
    r"p90 ([\d.]+) ms")


def log(message):
    print(message, file=sys.stderr, flush=True)


# --- Setup: packages, the ONNX Runtime runner, the peak probe -------------

def apt_install(packages):
    """apt-get install, with an `apt-get update` first if that fails."""
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    install = sudo + ["apt-get", "install", "-y", "-q"] + packages
    log("installing Debian packages: " + " ".join(packages))
    if subprocess.run(install, env=env, stdout=subprocess.DEVNULL).returncode:
        subprocess.run(sudo + ["apt-get", "update", "-q"], env=env,
                       stdout=subprocess.DEVNULL, check=True)
        subprocess.run(install, env=env, stdout=subprocess.DEVNULL,
                       check=True)


DEBIAN_PYTHON = "/usr/bin/python3"


def run_under_debian_python():
    """Runs the script again under Debian's Python when started by another
    one (a python3 first on PATH): Debian's python3-* packages load only in
    /usr/bin/python3, and the other one would not find onnx or torch."""
    if (os.path.exists(DEBIAN_PYTHON) and os.path.realpath(sys.executable)
            != os.path.realpath(DEBIAN_PYTHON)):
        log("running under %s (Debian's packages), not %s" %
            (DEBIAN_PYTHON, sys.executable))
        sys.stdout.flush()
        os.execv(DEBIAN_PYTHON, [DEBIAN_PYTHON] + sys.argv)


def ensure_debian_packages():
    modules = {"numpy": "python3-numpy", "onnx": "python3-onnx",
               "torch": "python3-torch", "torchvision": "python3-torchvision"}
    missing = [pkg for module, pkg in modules.items()
               if importlib.util.find_spec(module) is None]
    if not shutil.which("node") or not shutil.which("npm"):
        missing += ["nodejs", "npm"]
    if missing:
        apt_install(missing)
        importlib.invalidate_caches()


def ensure_ort():
    """Installs onnxruntime-node into bench/node_modules; returns its version.

    ONNXRUNTIME_NODE_INSTALL=skip skips the install script's download of the
    GPU libraries; the CPU binary is part of the npm package itself."""
    def version():
        result = subprocess.run(["node", os.path.join(HERE, "ort_runner.js"),
                                 "--version"], capture_output=True, text=True)
        if result.returncode:
            return None
        return json.loads(result.stdout)["onnxruntime_node"]

    installed = version()
    if installed != ORT_VERSION:
        log("installing onnxruntime-node %s into %s/node_modules" %
            (ORT_VERSION, HERE))
        env = dict(os.environ, ONNXRUNTIME_NODE_INSTALL="skip")
        subprocess.run(["npm", "install", "--no-audit", "--no-fund",
                        "--loglevel=error"], cwd=HERE, env=env, check=True,
                       stdout=subprocess.DEVNULL)
        installed = version()
        if installed is None:
            sys.exit("onnxruntime-node does not load; try: node %s --version"
                     % os.path.join(HERE, "ort_runner.js"))
    return installed


def cpu_flags():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("flags"):
                    return set(line.split(":", 1)[1].split())
    except OSError:
        pass
    return set()


def cpu_name():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


class OtherLoad:
    """How much CPU other processes used while the benchmark ran.

    Busy time of all cores (/proc/stat) minus the CPU time of this process
    and its children, over the wall time: 0.0 on a quiet machine, 1.0 when
    something else kept a whole core busy. Steal time (the hypervisor giving
    our cores to other machines) is counted separately."""

    def __init__(self):
        self.start = self.sample()

    @staticmethod
    def sample():
        import resource
        try:
            with open("/proc/stat") as f:
                fields = [int(v) for v in f.readline().split()[1:]]
        except (OSError, ValueError):
            return None
        hz = os.sysconf("SC_CLK_TCK")
        # user nice system idle iowait irq softirq steal ...
        busy = sum(fields[i] for i in (0, 1, 2, 5, 6)) / hz
        steal = fields[7] / hz if len(fields) > 7 else 0.0
        ours = 0.0
        for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
            usage = resource.getrusage(who)
            ours += usage.ru_utime + usage.ru_stime
        return time.time(), busy, steal, ours

    def measure(self):
        end = self.sample()
        if self.start is None or end is None or end[0] <= self.start[0]:
            return None, None
        wall = end[0] - self.start[0]
        other = (end[1] - self.start[1]) - (end[3] - self.start[3])
        return max(0.0, other / wall), (end[2] - self.start[2]) / wall


class MachineProbe:
    """machine_probe.c, compiled once: the FMA peak of one core, and how
    much of twice one core's FMA and L3 streaming speed two cores (or N)
    get while both work. The latter, taken before every round, tells a
    slow state of the machine (vCPUs sharing a core or its memory) from a
    slow model: no code gains more from a second thread than the machine
    itself does."""

    def __init__(self, work):
        self.binary, self.isa = None, "no C compiler"
        compiler = next((c for c in ("clang-22", "clang", "cc")
                         if shutil.which(c)), None)
        if compiler is None:
            return
        flags = cpu_flags()
        isa = (["-mavx512f"] if "avx512f" in flags else
               ["-mavx2", "-mfma"] if {"avx2", "fma"} <= flags else None)
        if isa is None:
            self.isa = "the CPU has neither AVX-512F nor AVX2+FMA"
            return
        self.binary = os.path.join(work, "machine_probe")
        subprocess.run([compiler, "-O2"] + isa + [
            os.path.join(HERE, "machine_probe.c"), "-o", self.binary,
            "-lpthread"], check=True)

    # The probes of scaling(): (mode, its last argument). 4 MB each keeps two
    # threads' arrays in the 32 MB L3; 64 MB each goes to memory.
    # "regions": the FMA loop in 20 us pieces between barriers, as a
    # model's parallel regions run.
    SCALING_PROBES = {"fma": ("peak", None), "regions": ("regions", 20),
                      "l3": ("stream", 4), "dram": ("stream", 64)}

    def run(self, mode, seconds, threads, mb=None, median=False):
        """GFLOP/s (peak) or GB/s (stream) summed over THREADS threads: of
        the best of the probe's runs, or of the median one."""
        output = subprocess.run(
            [self.binary, mode, str(seconds), str(threads)] +
            ([str(mb)] if mb else []),
            capture_output=True, text=True, check=True).stdout.strip()
        match = re.match(r"\w+: ([\d.]+) G\w+/s \((.*?),.* median ([\d.]+),",
                         output)
        self.isa = match.group(2)
        return float(match.group(3 if median else 1))

    def peak(self):
        """(GFLOP/s of one core, ISA description)."""
        if self.binary is None:
            return None, self.isa
        return self.run("peak", 1, 1), self.isa

    # A cache line's round trip between two cores above which the round
    # counts as run on cores far apart: the EPYC VM's vCPUs read 75-130 ns
    # most of the time and 340-420 ns in the minutes when 2-thread runs of
    # a model lose up to a third of their gain, ours and ORT's alike
    # (docs/PERFORMANCE.md, "Why the gaps").
    FAR_HANDOFF_NS = 250

    def handoff(self):
        """Nanoseconds of a cache line's round trip between two threads
        (the probe's median run), or None on one core."""
        if self.binary is None or (os.cpu_count() or 1) < 2:
            return None
        output = subprocess.run([self.binary, "handoff", "0.1"],
                                capture_output=True, text=True,
                                check=True).stdout
        return float(re.search(r"median ([\d.]+)\)", output).group(1))

    def scaling(self, threads):
        """{"fma": x, "l3": y, "dram": z}: THREADS threads' speed over
        one's on each probe, median runs (a benchmark meets the stalls
        that the best run misses)."""
        if self.binary is None or threads == 1:
            return None
        return {name: self.run(mode, 0.25, threads, mb, median=True) /
                self.run(mode, 0.25, 1, mb, median=True)
                for name, (mode, mb) in self.SCALING_PROBES.items()}


# --- Running things --------------------------------------------------------

# Runs argv[2:] and writes its exit code, wall time and peak RSS (from
# wait4) as JSON to the file argv[1]. It runs in a fresh, small interpreter
# because a process's peak RSS starts at its parent's peak at fork/vfork
# time: measured directly from run.py, which may have had a large model
# loaded, a small compile would report run.py's peak instead of its own.
MEASURE = """
import json, os, sys, time
start = time.time()
pid = os.fork()
if pid == 0:
    try:
        os.execvp(sys.argv[2], sys.argv[2:])
    finally:
        os._exit(127)
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as f:
    json.dump({"code": os.waitstatus_to_exitcode(status),
               "seconds": time.time() - start,
               "peak_rss_kb": usage.ru_maxrss}, f)
"""


def run_measured(command, log_file):
    """Runs command with stdout+stderr into log_file; returns (exit code,
    wall seconds, peak RSS in MB) of that process alone."""
    result_file = log_file + ".rusage.json"
    with open(log_file, "w") as out:
        process = subprocess.Popen(
            ["/usr/bin/python3", "-S", "-c", MEASURE, result_file] + command,
            stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            process.wait()
        except KeyboardInterrupt:
            os.killpg(process.pid, 9)
            raise
    try:
        with open(result_file) as f:
            result = json.load(f)
    except (OSError, ValueError):
        return process.returncode or 1, 0.0, 0.0
    return (result["code"], result["seconds"],
            result["peak_rss_kb"] / 1024.0)


def tail(path, lines=6):
    try:
        with open(path, errors="replace") as f:
            text = f.read().strip().splitlines()
    except OSError:
        return ""
    return "\n".join(text[-lines:])


def error_summary(text):
    """The most telling line of a failed command's output."""
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    for line in lines:
        if "error" in line.lower():
            return line
    return lines[-1] if lines else "(no output)"


def compile_model(ovc, onnx_path, out_dir, name):
    os.makedirs(out_dir, exist_ok=True)
    xml = os.path.join(out_dir, name + ".xml")
    so = os.path.join(out_dir, name + ".so")
    if os.path.exists(so):
        os.remove(so)
    log_file = os.path.join(out_dir, "compile.log")
    command = [ovc, onnx_path, "--compile", "--shared", "--compress_to_fp16",
               "False", "--output_model", xml]
    log("  compile: " + " ".join(command))
    code, seconds, rss_mb = run_measured(command, log_file)
    result = {"seconds": seconds, "peak_rss_mb": rss_mb, "so": so,
              "log": log_file}
    if code != 0 or not os.path.exists(so):
        how = ("was killed by signal %d" % -code if code < 0 else
               "exited %d" % code)
        result["error"] = "ovc %s: %s" % (how,
                                           error_summary(tail(log_file, 40)))
    return result


def run_ours(ov_run, so, inputs, runs, threads, out_dir):
    command = [ov_run, so] + ["--input=%s=%s" % item for item in
                              sorted(inputs.items())] + [
        "--benchmark", str(runs), "--threads", str(threads),
        "--output-dir", out_dir]
    try:
        result = subprocess.run(command, capture_output=True, text=True,
                                timeout=COMMAND_TIMEOUT)
    except subprocess.TimeoutExpired:
        return {"error": "ov-run timed out after %d s" % COMMAND_TIMEOUT}
    match = BENCHMARK_LINE.search(result.stdout)
    if result.returncode != 0 or not match:
        return {"error": "ov-run exited %d: %s" % (
            result.returncode,
            error_summary(result.stderr + "\n" + result.stdout))}
    return {"median_ms": float(match.group(3)),
            "p90_ms": float(match.group(4))}


def run_ort(onnx_path, inputs, runs, threads, out_dir):
    command = ["node", os.path.join(HERE, "ort_runner.js"), "--model",
               onnx_path] + sum((["--input", "%s=%s" % item]
                                 for item in sorted(inputs.items())), []) + [
        "--threads", str(threads), "--warmup", "1", "--runs", str(runs),
        "--output-dir", out_dir]
    try:
        result = subprocess.run(command, capture_output=True, text=True,
                                timeout=COMMAND_TIMEOUT)
    except subprocess.TimeoutExpired:
        return {"error": "ort_runner timed out after %d s" % COMMAND_TIMEOUT}
    if result.returncode != 0:
        return {"error": "ort_runner exited %d: %s" % (
            result.returncode, error_summary(result.stderr))}
    return json.loads(result.stdout)


def compare_outputs(ours_dir, ort_dir, rtol, atol):
    """Compares every ORT output with ours: elementwise
    |ours - ort| <= atol + rtol * |ort|, as numpy.allclose."""
    import numpy as np
    report = {"ok": True, "max_abs": 0.0, "max_rel": 0.0, "problems": []}
    names = sorted(f for f in os.listdir(ort_dir) if f.endswith(".npy"))
    if not names:
        report["ok"] = False
        report["problems"].append("ONNX Runtime wrote no outputs")
    for file in names:
        reference = np.load(os.path.join(ort_dir, file))
        path = os.path.join(ours_dir, file)
        if not os.path.exists(path):
            report["ok"] = False
            report["problems"].append("no output " + file)
            continue
        ours = np.load(path)
        if ours.shape != reference.shape:
            report["ok"] = False
            report["problems"].append("%s: shape %s, ORT %s" % (
                file, ours.shape, reference.shape))
            continue
        ours64 = ours.astype(np.float64)
        ref64 = reference.astype(np.float64)
        diff = np.abs(ours64 - ref64)
        if not np.all(np.isfinite(ours64)):
            report["ok"] = False
            report["problems"].append(file + ": non-finite values")
        if diff.size:
            report["max_abs"] = max(report["max_abs"], float(np.nanmax(diff)))
            # Relative to the output's scale: elementwise relative errors
            # of values near zero say little about the computation.
            scale = float(np.max(np.abs(ref64)))
            if scale > 0:
                report["max_rel"] = max(report["max_rel"],
                                        float(np.nanmax(diff)) / scale)
        if not np.allclose(ours64, ref64, rtol=rtol, atol=atol):
            report["ok"] = False
            bad = int(np.sum(~np.isclose(ours64, ref64, rtol=rtol,
                                         atol=atol)))
            report["problems"].append("%s: %d of %d elements differ" % (
                file, bad, diff.size))
    return report


# --- The benchmark ---------------------------------------------------------

def bench_model(name, args, tools, work, probe):
    import make_models
    result = {"model": name, "rows": {}}
    onnx_path, inputs = make_models.ensure_model(
        name, os.path.join(HERE, "models"), log=log)
    result["weights_mb"] = weights_mb(onnx_path)
    model_dir = os.path.join(work, name)

    if args.no_compile and os.path.exists(
            os.path.join(model_dir, name + ".so")):
        compiled = {"so": os.path.join(model_dir, name + ".so"),
                    "reused": True}
    else:
        compiled = compile_model(tools["ovc"], onnx_path, model_dir, name)
        if "error" in compiled:
            log("  compile FAILED: " + compiled["error"])
        else:
            log("  compiled in %.1f s, peak RSS %.0f MB (weights %.0f MB)" %
                (compiled["seconds"], compiled["peak_rss_mb"],
                 result["weights_mb"]))
    result["compile"] = compiled

    runs = args.runs or DEFAULT_RUNS.get(name, 5)
    ours_times = {t: [] for t in args.threads}
    ort_times = {t: [] for t in args.threads}
    ours_error, ort_error, checks = {}, {}, {}
    machine = {t: [] for t in args.threads}
    # Per round at N > 1 threads: the handoff probe before and after the
    # round's two runs (the machine's state can change within seconds).
    handoffs = {t: [] for t in args.threads}
    for round_index in range(args.rounds):
        for threads in args.threads:
            scaling = probe.scaling(threads)
            if scaling:
                machine[threads].append(scaling)
            handoff_before = probe.handoff() if threads > 1 else None
            ours_dir = os.path.join(model_dir, "ours_t%d" % threads)
            ort_dir = os.path.join(model_dir, "ort_t%d" % threads)

            def ours():
                if "error" in compiled or threads in ours_error:
                    return None
                shutil.rmtree(ours_dir, ignore_errors=True)
                r = run_ours(tools["ov-run"], compiled["so"], inputs, runs,
                             threads, ours_dir)
                if "error" in r:
                    ours_error[threads] = r["error"]
                    log("  ours, %d thread(s): %s" % (threads, r["error"]))
                    return None
                ours_times[threads].append(r["median_ms"])
                return r["median_ms"]

            def ort():
                if threads in ort_error:
                    return None
                shutil.rmtree(ort_dir, ignore_errors=True)
                r = run_ort(onnx_path, inputs, runs, threads, ort_dir)
                if "error" in r:
                    ort_error[threads] = r["error"]
                    log("  ORT, %d thread(s): %s" % (threads, r["error"]))
                    return None
                ort_times[threads].append(r["median_ms"])
                return r["median_ms"]

            # Alternate which side goes first, so neither always runs on a
            # warmer (or hotter) machine.
            if round_index % 2 == 0:
                ours_ms, ort_ms = ours(), ort()
            else:
                ort_ms = ort()
                ours_ms = ours()
            handoff = None
            if handoff_before is not None:
                handoff = (handoff_before, probe.handoff())
                handoffs[threads].append(handoff)
            if (threads not in checks and ours_ms is not None and
                    ort_ms is not None):
                checks[threads] = compare_outputs(
                    ours_dir, ort_dir, args.rtol,
                    max(args.atol, MODEL_ATOL.get(name, 0)))
            machine_text = ""
            if scaling:
                machine_text = "; machine 1 -> %d cores: %s" % (
                    threads, ", ".join("%s %.2fx" % (name, value)
                                       for name, value in scaling.items()))
            if handoff:
                machine_text += ", handoff %.0f / %.0f ns" % handoff
            log("  round %d/%d, %d thread(s): ours %s ms, ORT %s ms%s" % (
                round_index + 1, args.rounds, threads, fmt(ours_ms),
                fmt(ort_ms), machine_text))

    for threads in args.threads:
        row = {"threads": threads, "runs": runs, "rounds": args.rounds}
        if ours_times[threads] and threads not in ours_error:
            row["ours_ms"] = statistics.median(ours_times[threads])
            row["ours_round_ms"] = ours_times[threads]
        else:
            row["ours_error"] = (compiled.get("error") or
                                 ours_error.get(threads))
        if ort_times[threads] and threads not in ort_error:
            row["ort_ms"] = statistics.median(ort_times[threads])
            row["ort_round_ms"] = ort_times[threads]
        else:
            row["ort_error"] = ort_error.get(threads)
        if "ours_ms" in row and "ort_ms" in row:
            row["ratio"] = row["ours_ms"] / row["ort_ms"]
        if threads in checks:
            row["check"] = checks[threads]
        if machine[threads]:
            row["machine_round_scaling"] = machine[threads]
            row["machine_scaling"] = {
                name: statistics.median(m[name] for m in machine[threads])
                for name in MachineProbe.SCALING_PROBES}
        if handoffs[threads]:
            row["machine_round_handoff_ns"] = handoffs[threads]
            row["machine_handoff_ns"] = statistics.median(
                max(pair) for pair in handoffs[threads])
            row["machine_far_rounds"] = sum(
                min(pair) > MachineProbe.FAR_HANDOFF_NS
                for pair in handoffs[threads])
        if name == "matmul":
            for side in ("ours", "ort"):
                if side + "_ms" in row:
                    row[side + "_gflops"] = MATMUL_FLOP / (
                        row[side + "_ms"] * 1e-3) / 1e9
        result["rows"][threads] = row
    return result


def weights_mb(onnx_path):
    """Size of the model's initializers (and Constant nodes) in MB."""
    import onnx
    model = onnx.load(onnx_path, load_external_data=False)
    total = sum(len(t.raw_data) or 0 for t in model.graph.initializer)
    for node in model.graph.node:
        if node.op_type == "Constant":
            for attribute in node.attribute:
                if attribute.HasField("t"):
                    total += len(attribute.t.raw_data)
    return total / 2**20


def fmt(value, digits=2):
    if value is None:
        return "n/a"
    if value >= 100:
        return "%.0f" % value
    if value >= 10:
        return "%.1f" % value
    return "%.*f" % (digits, value)


# --- Report ----------------------------------------------------------------

def near_rounds_speedup(one_thread, row):
    """"ours (ORT)" 1 -> N speedup of the N-thread rounds run on near cores
    (both handoff probes under FAR_HANDOFF_NS), when some rounds were far:
    what the code gains where the machine lets it; "" otherwise."""
    pairs = row.get("machine_round_handoff_ns", [])
    near = [max(pair) < MachineProbe.FAR_HANDOFF_NS for pair in pairs]
    if not any(near) or all(near):
        return ""
    speedups = []
    for side in ("ours", "ort"):
        rounds = row.get(side + "_round_ms", [])
        if len(rounds) != len(near) or side + "_ms" not in one_thread:
            return ""
        speedups.append(one_thread[side + "_ms"] / statistics.median(
            ms for ms, is_near in zip(rounds, near) if is_near))
    return "%.2fx (%.2fx)" % tuple(speedups)


def table_rows(results, peak):
    """The main table as a header and rows of strings."""
    header = ["model", "threads", "ours ms", "ORT ms", "ours/ORT",
              "ours 1->N (ORT)",
              "machine 1->N FMA, regions, L3, DRAM; handoff", "outputs",
              "GFLOP/s ours (ORT)", "% of peak ours (ORT)"]
    rows = []
    for result in results:
        one_thread = result["rows"].get(1, {})
        for threads, row in sorted(result["rows"].items()):
            speedup = machine = ""
            if threads != 1 and "ours_ms" in one_thread and "ours_ms" in row:
                speedup = "%.2fx (%s)" % (
                    one_thread["ours_ms"] / row["ours_ms"],
                    "%.2fx" % (one_thread["ort_ms"] / row["ort_ms"])
                    if "ort_ms" in one_thread and "ort_ms" in row else "n/a")
                near = near_rounds_speedup(one_thread, row)
                if near:
                    speedup += "; near rounds %s" % near
            if "machine_scaling" in row:
                machine = ", ".join("%.2fx" % row["machine_scaling"][name]
                                    for name in MachineProbe.SCALING_PROBES)
            if "machine_handoff_ns" in row:
                machine += "; %.0f ns, far %d/%d" % (
                    row["machine_handoff_ns"], row["machine_far_rounds"],
                    len(row["machine_round_handoff_ns"]))
            check = row.get("check")
            if check is None:
                outputs = "n/a"
            else:
                outputs = "%s (abs %.1e, rel %.1e)" % (
                    "ok" if check["ok"] else "MISMATCH", check["max_abs"],
                    check["max_rel"])
            gflops = percent = ""
            if result["model"] == "matmul":
                gflops = "%s (%s)" % (fmt(row.get("ours_gflops"), 1),
                                      fmt(row.get("ort_gflops"), 1))
                if peak:
                    percent = "%s (%s)" % tuple(
                        fmt(100 * row[k] / (peak * threads), 1)
                        if k in row else "n/a"
                        for k in ("ours_gflops", "ort_gflops"))
            rows.append([result["model"], str(threads),
                         fmt(row.get("ours_ms")), fmt(row.get("ort_ms")),
                         "%.2f" % row["ratio"] if "ratio" in row else "n/a",
                         speedup, machine, outputs, gflops, percent])
    return header, rows


def compile_rows(results):
    header = ["model", "compile s", "peak RSS MB", "weights MB",
              "RSS/weights", "status"]
    rows = []
    for result in results:
        c = result["compile"]
        if c.get("reused"):
            rows.append([result["model"], "", "", fmt(result["weights_mb"]),
                         "", "reused (--no-compile)"])
            continue
        rows.append([result["model"], "%.1f" % c["seconds"],
                     "%.0f" % c["peak_rss_mb"], fmt(result["weights_mb"]),
                     "%.2f" % (c["peak_rss_mb"] / result["weights_mb"])
                     if result["weights_mb"] else "",
                     "FAILED: " + c["error"] if "error" in c else "ok"])
    return rows and (header, rows)


def text_table(header, rows):
    widths = [max(len(r[i]) for r in [header] + rows)
              for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(header, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for r in rows:
        lines.append("  ".join(c.ljust(w) for c, w in zip(r, widths))
                     .rstrip())
    return "\n".join(lines)


def markdown_table(header, rows):
    lines = ["| " + " | ".join(header) + " |",
             "|" + "|".join("---" for _ in header) + "|"]
    for r in rows:
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in r)
                     + " |")
    return "\n".join(lines)


def problems(results):
    """Errors and mismatches, one line each, for below the tables."""
    lines = []
    for result in results:
        for threads, row in sorted(result["rows"].items()):
            for side in ("ours", "ort"):
                error = row.get(side + "_error")
                if error and not (side == "ours" and
                                  error == result["compile"].get("error")):
                    lines.append("%s, %d thread(s), %s: %s" % (
                        result["model"], threads,
                        "ours" if side == "ours" else "ORT", error))
            check = row.get("check")
            if check and not check["ok"]:
                lines.append("%s, %d thread(s), outputs: %s" % (
                    result["model"], threads, "; ".join(check["problems"])))
    return lines


def report(results, info, args):
    main_header, main_rows = table_rows(results, info["peak_gflops"])
    compile_table = compile_rows(results)
    notes = problems(results)
    summary = [
        "date: %s" % info["date"],
        "CPU: %s, %d cores; FMA peak of one core: %s GFLOP/s (%s)" % (
            info["cpu"], info["cores"], fmt(info["peak_gflops"], 1),
            info["peak_isa"]),
        "ONNX Runtime: onnxruntime-node %s, CPU provider; ours: %s" % (
            info["ort_version"], info["commit"]),
        "other processes used %s cores on average during the run (steal %s)"
        "%s" % (fmt(info["other_load"]), fmt(info["steal"]),
                 " -- the machine was busy: numbers, 2 threads above all, "
                 "are unreliable" if (info["other_load"] or 0) > 0.2
                 else ""),
        "medians of %d round(s) of alternating runs; outputs: "
        "|ours - ORT| <= atol + rtol |ORT| with rtol %g, atol %g (abs = max "
        "|ours - ORT|, rel = abs / max |ORT|); %% of peak = of (threads x "
        "one-core peak); machine 1->N = what N cores together did over one "
        "core on the FMA probe, on it in 20 us pieces between barriers "
        "(regions) and on streaming 4 MB (L3) and 64 MB (DRAM) per thread "
        "(median runs; medians over the probes before each round); handoff "
        "= a cache line's round trip between two threads (median over the "
        "rounds of the slower of the probes before and after a round's "
        "runs), far = rounds with both probes above %d ns: the cores were "
        "far apart (on this VM 2-thread runs then lose up to a third of "
        "their gain)%s" % (
            args.rounds, args.rtol, args.atol, MachineProbe.FAR_HANDOFF_NS,
            "".join("; atol %g for %s" % (MODEL_ATOL[m], m)
                    for m in sorted(MODEL_ATOL)
                    if m in [r["model"] for r in results])),
    ]
    print()
    print("\n".join(summary))
    print()
    print(text_table(main_header, main_rows))
    if compile_table:
        print()
        print(text_table(*compile_table))
    for note in notes:
        print("! " + note)
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write("\n".join("- " + s for s in summary) + "\n\n")
            f.write(markdown_table(main_header, main_rows) + "\n")
            if compile_table:
                f.write("\n" + markdown_table(*compile_table) + "\n")
            if notes:
                f.write("\n" + "\n".join("- " + n for n in notes) + "\n")
            f.write("\nReproduce: `./scripts/build.sh && %s`\n" %
                    " ".join(["bench/run.py"] + sys.argv[1:]))
        log("wrote " + args.markdown)
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"info": info, "results": results}, f, indent=1,
                      default=str)
        log("wrote " + args.json)


def git_commit():
    try:
        return "commit " + subprocess.run(
            ["git", "-C", ROOT, "describe", "--always", "--dirty"],
            capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown commit"


def main():
    import make_models
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--models", default=",".join(make_models.MODELS),
                        help="comma-separated subset of: %(default)s; or "
                        "of " + ", ".join(make_models.ZOO) + " (zoo: all "
                        "of these)")
    parser.add_argument("--threads", default="1,2",
                        help="thread counts (default %(default)s)")
    parser.add_argument("--runs", type=int, default=0,
                        help="timed runs per round (default per model: %s)"
                        % ", ".join("%s %d" % i for i in DEFAULT_RUNS.items()))
    parser.add_argument("--rounds", type=int, default=5,
                        help="alternating rounds (default %(default)s)")
    parser.add_argument("--quick", action="store_true",
                        help="matmul and mobilenet_v2 only, 3 runs, 1 round "
                        "(unless --models/--runs/--rounds say otherwise)")
    parser.add_argument("--rtol", type=float, default=1e-3)
    parser.add_argument("--atol", type=float, default=1e-4)
    parser.add_argument("--build", default=os.path.join(ROOT, "build"),
                        help="build directory with bin/ovc and bin/ov-run")
    parser.add_argument("--work", default=os.path.join(HERE, "out"),
                        help="compiled models and outputs (default "
                        "%(default)s)")
    parser.add_argument("--no-compile", action="store_true",
                        help="reuse the .so of an earlier run if present")
    parser.add_argument("--markdown", help="also write the tables as "
                        "markdown to this file")
    parser.add_argument("--json", help="also write all results as JSON")
    args = parser.parse_args()
    given = set(a.split("=")[0] for a in sys.argv[1:])
    if args.quick:
        if "--models" not in given:
            args.models = "matmul,mobilenet_v2"
        if "--runs" not in given:
            args.runs = 3
        if "--rounds" not in given:
            args.rounds = 1
    args.threads = [int(t) for t in args.threads.split(",")]
    models = make_models.model_names(args.models)
    for name in models:
        if name not in make_models.BUILDERS:
            sys.exit("unknown model '%s' (known: %s, or zoo: %s)" %
                     (name, ", ".join(make_models.MODELS),
                      ", ".join(make_models.ZOO)))
    tools = {tool: os.path.join(args.build, "bin", tool)
             for tool in ("ovc", "ov-run")}
    for tool, path in tools.items():
        if not os.access(path, os.X_OK):
            sys.exit("%s not found: build first (./scripts/build.sh)" % path)

    run_under_debian_python()
    ensure_debian_packages()
    ort_version = ensure_ort()
    os.makedirs(args.work, exist_ok=True)
    probe = MachineProbe(args.work)
    peak, isa = probe.peak()
    log("FMA peak of one core: %s GFLOP/s (%s)" % (fmt(peak, 1), isa))
    now = datetime.datetime.now().astimezone()
    info = {"date": now.strftime("%Y-%m-%d %H:%M %Z"),
            "cpu": cpu_name(), "cores": os.cpu_count(),
            "peak_gflops": peak, "peak_isa": isa, "ort_version": ort_version,
            "commit": git_commit(), "args": sys.argv[1:]}

    results = []
    other_load = OtherLoad()
    for name in models:
        log("%s:" % name)
        results.append(bench_model(name, args, tools, args.work, probe))
    info["other_load"], info["steal"] = other_load.measure()
    report(results, info, args)


if __name__ == "__main__":
    sys.path.insert(0, HERE)
    main()
