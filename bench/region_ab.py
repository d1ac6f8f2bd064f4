#!/usr/bin/python3
"""A/B of two or more compiled objects of one model, region by region.

Runs `ov-run --benchmark` on each object in turn, the order alternating
from round to round, with the runtime timing every parallel region
(OVM_REGION_TIMES). Before each round a cache line's round trip between the
two threads is probed (machine_probe handoff): rounds on cores far apart
(as bench/run.py counts them) and near ones are reported
apart. For each object it prints the median over rounds of the run's median
latency, the median of its latency over the first object's in the same
round, the median of the sum of all region times and of the sum of the
selected regions (--regions, numbers as bench/omp_regions.py prints them),
then with --per-region each selected region's median.

Whole-model latencies of one object on this VM vary up to 2x from minute
to minute; sums over a few regions that a change touches vary far less,
so compare those (and the paired latencies) rather than single runs.

Usage: region_ab.py MODEL_INPUT.npy NAME=OBJECT.so NAME=OBJECT.so ...
           [--threads N] [--runs R] [--rounds K] [--regions 5-7,11]
           [--per-region]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import omp_regions  # noqa: E402  (its reader of OVM_REGION_TIMES files)
import run  # noqa: E402  (the benchmark's machine probe and output line)


def region_list(text):
    chosen = set()
    for part in filter(None, text.split(",")):
        first, _, last = part.partition("-")
        chosen.update(range(int(first), int(last or first) + 1))
    return sorted(chosen)


def run_once(ov_run, obj, input_npy, threads, runs, times_file):
    """(median latency in ms, {region: microseconds per run})."""
    env = dict(os.environ, OVM_REGION_TIMES=times_file)
    out = subprocess.run(
        [ov_run, obj, "--input=input=" + input_npy, "--benchmark", str(runs),
         "--threads", str(threads)],
        capture_output=True, text=True, env=env)
    match = run.BENCHMARK_LINE.search(out.stdout)
    if out.returncode != 0 or not match:
        sys.exit("ov-run failed on %s:\n%s" % (obj, out.stderr))
    regions = {region: wall for region, (wall, _, _)
               in omp_regions.times(times_file).items()}
    return float(match.group(3)), regions


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("input", help="the model's input .npy")
    parser.add_argument("objects", nargs="+", help="NAME=OBJECT.so")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--regions", default="")
    parser.add_argument("--per-region", action="store_true")
    parser.add_argument("--ov-run", default=os.path.join(ROOT, "build", "bin",
                                                         "ov-run"))
    args = parser.parse_args()
    objects = [o.split("=", 1) for o in args.objects]
    if any(len(o) != 2 for o in objects):
        sys.exit("objects are NAME=OBJECT.so")
    chosen = region_list(args.regions)

    work = tempfile.mkdtemp(prefix="region_ab_")
    probe = run.MachineProbe(work) if args.threads > 1 else None
    results = {}  # (kind, name) -> [(latency, regions)]
    for round_index in range(args.rounds):
        ns = probe.handoff() if probe else None
        kind = ("all" if ns is None else
                "far" if ns > run.MachineProbe.FAR_HANDOFF_NS else "near")
        order = objects if round_index % 2 == 0 else objects[::-1]
        for name, obj in order:
            times_file = os.path.join(work, name + ".txt")
            results.setdefault((kind, name), []).append(
                run_once(args.ov_run, obj, args.input, args.threads,
                         args.runs, times_file))
    shutil.rmtree(work)

    for kind in ("near", "far", "all"):
        if (kind, objects[0][0]) not in results:
            continue
        rounds = len(results[(kind, objects[0][0])])
        print("== %s rounds: %d (%d thread(s), %d runs each)" % (
            kind, rounds, args.threads, args.runs))
        base = results[(kind, objects[0][0])]
        for name, _ in objects:
            runs = results[(kind, name)]
            latency = statistics.median(r[0] for r in runs)
            paired = statistics.median(r[0] / b[0] for r, b in zip(runs, base))
            total = statistics.median(sum(r[1].values()) for r in runs)
            line = "%-8s latency %8.3f ms (paired %.3f)  all regions %9.1f us" % (
                name, latency, paired, total)
            if chosen:
                line += "  selected %8.1f us" % statistics.median(
                    sum(r[1].get(i, 0.0) for i in chosen) for r in runs)
            print(line)
        if args.per_region and chosen:
            print("region " + " ".join("%9s" % n for n, _ in objects))
            for i in chosen:
                print("%6d " % i + " ".join(
                    "%9.1f" % statistics.median(r[1].get(i, 0.0)
                                                for r in results[(kind, n)])
                    for n, _ in objects))


if __name__ == "__main__":
    main()
