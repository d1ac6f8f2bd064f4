#!/usr/bin/python3
"""Names a compiled model's OpenMP regions and compares their times.

The regions are the top-level scf.parallel loops of the IR that
`ov-opt M.mlir --ov-lower-to-llvm --mlir-print-ir-before=convert-scf-to-openmp
--mlir-print-debuginfo -o /dev/null 2> IR` prints, in order; each is named by
its location (the ONNX node it came from), its bounds and a count of what its
body does. With time files of bench/omp_region_times.c from a 1-thread and a
2-thread run of the same object, it prints each region's time at 1 and 2
threads, the busy time of each thread at 2, and the loss (2-thread wall time
minus half the 1-thread time), largest loss first.

Usage: omp_regions.py IR [--one T1.txt --two T2.txt] [--top N]
"""
import argparse
import re


def regions(ir_path):
    lines = open(ir_path).read().split("\n")
    aliases = {}
    for line in lines:
        match = re.match(r"(#loc\d+) = loc\((.*)\)$", line)
        if match:
            aliases[match.group(1)] = match.group(2)

    def name(loc, depth=0):
        if re.fullmatch(r"#loc\d+", loc) and depth < 10:
            return name(aliases.get(loc, loc), depth + 1)
        quoted = re.findall(r'"([^"]+)"', loc)
        return quoted[0] if quoted else loc[:60]

    found = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.strip().startswith("scf.parallel"):
            depth = line.count("{") - line.count("}")
            j = i
            while depth > 0:
                j += 1
                depth += lines[j].count("{") - lines[j].count("}")
            body = "\n".join(lines[i + 1:j])
            loc = re.search(r"loc\((#loc\d+)\)\s*$", lines[j])
            bounds = re.search(r"= \((.*?)\) to \((.*?)\) step \((.*?)\)", line)
            found.append("%s  (%s) to (%s) step (%s)  contracts %d, reads %d, "
                         "writes %d" % (
                             name(loc.group(1)) if loc else "?",
                             bounds.group(1), bounds.group(2),
                             bounds.group(3), body.count("vector.contract"),
                             body.count("transfer_read"),
                             body.count("transfer_write")))
            i = j
        i += 1
    return found


def times(path):
    """Region -> (wall us per call, busy us per call of each thread)."""
    result = {}
    for line in open(path):
        index, wall, calls, *busy = (int(field) for field in line.split())
        result[index] = (wall / calls / 1e3,
                         [b / calls / 1e3 for b in busy])
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("ir")
    parser.add_argument("--one", help="times of a 1-thread run")
    parser.add_argument("--two", help="times of a 2-thread run")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    names = regions(args.ir)
    if not (args.one and args.two):
        for index, text in enumerate(names):
            print("%3d %s" % (index, text))
        return
    one, two = times(args.one), times(args.two)
    if len(one) != len(names) or len(two) != len(names):
        raise SystemExit("%d regions in the IR, %d and %d timed: not the "
                         "same object?" % (len(names), len(one), len(two)))
    rows = sorted(((two[i][0] - one[i][0] / 2, i) for i in one),
                  reverse=True)
    print("per run: 1 thread %.0f us in regions, 2 threads %.0f us, loss "
          "%.0f us" % (sum(t[0] for t in one.values()),
                       sum(t[0] for t in two.values()),
                       sum(loss for loss, _ in rows)))
    print("  loss   1t us   2t us  busy t0  busy t1  region")
    for loss, i in rows[:args.top]:
        busy = two[i][1] + [0, 0]
        print("%6.1f %7.1f %7.1f %8.1f %8.1f  %d %s" % (
            loss, one[i][0], two[i][0], busy[0], busy[1], i, names[i]))


if __name__ == "__main__":
    main()
