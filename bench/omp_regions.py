#!/usr/bin/python3
"""Names a compiled model's OpenMP regions and compares their times.

The regions are the top-level scf.parallel loops of the IR that
`ov-opt M.mlir --ov-lower-to-llvm --mlir-print-ir-before=convert-scf-to-openmp
--mlir-print-debuginfo -o /dev/null 2> IR` prints (with
--ov-lower-to-llvm='vector-bits=256 vector-registers=16' for an object that
ovc compiled on an AVX2 CPU), in order, M.mlir imported
from the .xml that ovc wrote with the object (ovc transforms a model before
compiling it: the .onnx's own IR may have other regions); each is named by
its location (the ONNX node it came from), its bounds and a count of what its
body does. With the runtime's OVM_REGION_TIMES files of a 1-thread and a
2-thread run of the same object, it prints each region's time at 1 and 2
threads, the busy time of each thread at 2, and the loss (2-thread wall time
minus half the 1-thread time), largest loss first. Files of runs with
OVM_REGION_REPEAT=again or swapped (each region run a second time at once)
add each region's second run ("again") and what its lines' places cost the
first run at 2 threads (first minus second), beside the same at 1 thread
halved. With a 1-thread file only,
it prints the regions by their 1-thread time. With --onnx MODEL (the model
the object was compiled from), regions that contract get the GFLOP/s of
their Conv, Gemm or MatMul node at 1 thread (FLOPs from the node's shapes,
2 per multiply-add, ONNX shape inference; channels completed to blocks and
padded columns not counted).

Usage: omp_regions.py IR [--one T1.txt [--two T2.txt]] [--onnx M.onnx]
                         [--top N]
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
    """Region -> (wall us per call, busy us per call of each thread, wall us
    per call of the region's second runs or None)."""
    result = {}
    for line in open(path):
        first, _, again = line.partition(" again ")
        index, wall, calls, *busy = (int(field) for field in first.split())
        again_wall = int(again.split()[0]) / calls / 1e3 if again else None
        result[index] = (wall / calls / 1e3,
                         [b / calls / 1e3 for b in busy], again_wall)
    return result


def node_flops(model_path):
    """ONNX node name -> FLOPs of its Conv, Gemm or MatMul (2 per
    multiply-add)."""
    import onnx
    from onnx import shape_inference
    model = shape_inference.infer_shapes(onnx.load(model_path))
    graph = model.graph
    shapes = {}
    for value in list(graph.value_info) + list(graph.input) + list(
            graph.output):
        shapes[value.name] = [d.dim_value for d in
                              value.type.tensor_type.shape.dim]
    for init in graph.initializer:
        shapes[init.name] = list(init.dims)
    flops = {}
    for node in graph.node:
        out = shapes.get(node.output[0])
        if not out or 0 in out:
            continue
        product = 1
        for size in out:
            product *= size
        if node.op_type == "Conv":
            weights = shapes.get(node.input[1])
            if weights:
                per_output = 1
                for size in weights[1:]:
                    per_output *= size
                flops[node.name] = 2 * product * per_output
        elif node.op_type in ("Gemm", "MatMul"):
            a, b = shapes.get(node.input[0]), shapes.get(node.input[1])
            if a and b:
                transposed = any(attr.name == "transB" and attr.i
                                 for attr in node.attribute)
                k = b[-1] if transposed else b[-2]
                flops[node.name] = 2 * product * k
    return flops


def rate(text, microseconds, flops):
    """GFLOP/s of a region that contracts, from its node's FLOPs."""
    name = text.split()[0]
    if flops is None or "contracts 0," in text or name not in flops:
        return ""
    return "%6.0f" % (flops[name] / microseconds / 1e3)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("ir")
    parser.add_argument("--one", help="times of a 1-thread run")
    parser.add_argument("--two", help="times of a 2-thread run")
    parser.add_argument("--onnx", help="the model, for GFLOP/s")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    names = regions(args.ir)
    flops = node_flops(args.onnx) if args.onnx else None
    if not args.one:
        for index, text in enumerate(names):
            print("%3d %s" % (index, text))
        return
    def checked_times(path):
        result = times(path)
        if len(result) != len(names):
            raise SystemExit("%d regions in the IR, %d timed in %s: not the "
                             "same object?" % (len(names), len(result), path))
        return result

    one = checked_times(args.one)
    if not args.two:
        total = sum(t[0] for t in one.values())
        print("per run: %.0f us in regions" % total)
        print("  1t us  share  GF/s  region")
        for i in sorted(one, key=lambda i: -one[i][0])[:args.top]:
            print("%7.1f %5.1f%% %6s  %d %s" % (
                one[i][0], 100 * one[i][0] / total,
                rate(names[i], one[i][0], flops), i, names[i]))
        return
    two = checked_times(args.two)
    rows = sorted(((two[i][0] - one[i][0] / 2, i) for i in one),
                  reverse=True)
    print("per run: 1 thread %.0f us in regions, 2 threads %.0f us, loss "
          "%.0f us" % (sum(t[0] for t in one.values()),
                       sum(t[0] for t in two.values()),
                       sum(loss for loss, _ in rows)))
    repeated = all(t[2] is not None for t in list(one.values()) +
                   list(two.values()))
    if repeated:
        places_one = sum(t[0] - t[2] for t in one.values())
        print("run again at once: 1 thread %.0f us, 2 threads %.0f us; the "
              "lines' places cost the first runs %.0f us at 2 threads, %.0f "
              "at 1 (halved: %.0f)" % (
                  sum(t[2] for t in one.values()),
                  sum(t[2] for t in two.values()),
                  sum(t[0] - t[2] for t in two.values()),
                  places_one, places_one / 2))
        print("  loss   1t us   2t us  busy t0  busy t1  2t again  places "
              "1t/2  GF/s 1t  region")
    else:
        print("  loss   1t us   2t us  busy t0  busy t1  GF/s 1t  region")
    for loss, i in rows[:args.top]:
        busy = two[i][1] + [0, 0]
        again = ""
        if repeated:
            again = " %9.1f %7.1f %5.1f" % (
                two[i][2], two[i][0] - two[i][2],
                (one[i][0] - one[i][2]) / 2)
        print("%6.1f %7.1f %7.1f %8.1f %8.1f%s  %6s  %d %s" % (
            loss, one[i][0], two[i][0], busy[0], busy[1], again,
            rate(names[i], one[i][0], flops), i, names[i]))


if __name__ == "__main__":
    main()
