#!/usr/bin/env python3
"""Peak resident memory of reading and re-writing an IR with a large .bin.

Builds an IR whose .bin holds SIZE_MB of distinct f32 weights in one Const,
runs `ov-translate --ov-ir-to-ov-ir` on it (read, verify, write .xml/.bin)
and prints the peak RSS of that process as a ratio of the .bin size. The
goal (issue 3) is <= 1.3 for a 1 GB .bin.

Usage: ir_memory.py OV_TRANSLATE [SIZE_MB=1024] [--max-ratio R] [--dir D]
"""
import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile

XML = """<?xml version="1.0"?>
<net name="big" version="11">
\t<layers>
\t\t<layer id="0" name="x" type="Parameter" version="opset1">
\t\t\t<data shape="{n}" element_type="f32" />
\t\t\t<output><port id="0" precision="FP32"><dim>{n}</dim></port></output>
\t\t</layer>
\t\t<layer id="1" name="w" type="Const" version="opset1">
\t\t\t<data element_type="f32" shape="{n}" offset="0" size="{size}" />
\t\t\t<output><port id="0" precision="FP32"><dim>{n}</dim></port></output>
\t\t</layer>
\t\t<layer id="2" name="y" type="Add" version="opset1">
\t\t\t<data auto_broadcast="numpy" />
\t\t\t<input><port id="0" precision="FP32"><dim>{n}</dim></port>
\t\t\t<port id="1" precision="FP32"><dim>{n}</dim></port></input>
\t\t\t<output><port id="2" precision="FP32"><dim>{n}</dim></port></output>
\t\t</layer>
\t\t<layer id="3" name="out" type="Result" version="opset1">
\t\t\t<input><port id="0" precision="FP32"><dim>{n}</dim></port></input>
\t\t</layer>
\t</layers>
\t<edges>
\t\t<edge from-layer="0" from-port="0" to-layer="2" to-port="0" />
\t\t<edge from-layer="1" from-port="0" to-layer="2" to-port="1" />
\t\t<edge from-layer="2" from-port="2" to-layer="3" to-port="0" />
\t</edges>
</net>
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("ov_translate")
    parser.add_argument("size_mb", type=int, nargs="?", default=1024)
    parser.add_argument("--max-ratio", type=float, default=1.3)
    parser.add_argument("--dir", default=None)
    args = parser.parse_args()

    work = tempfile.mkdtemp(dir=args.dir)
    try:
        size = args.size_mb * 1024 * 1024
        n = size // 4
        with open(os.path.join(work, "big.xml"), "w") as f:
            f.write(XML.format(n=n, size=size))
        # Distinct, non-zero bytes (a counter), written in chunks.
        chunk = bytes(range(256)) * 4096
        with open(os.path.join(work, "big.bin"), "wb") as f:
            left = size
            while left:
                f.write(chunk[: min(left, len(chunk))])
                left -= min(left, len(chunk))
        cmd = [args.ov_translate, "--ov-ir-to-ov-ir",
               os.path.join(work, "big.xml"), "-o", os.path.join(work, "out.xml")]
        subprocess.run(cmd, check=True)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
        out_size = os.path.getsize(os.path.join(work, "out.bin"))
        if out_size != size:
            print("FAIL: out.bin has %d bytes, expected %d" % (out_size, size))
            return 1
        ratio = peak / size
        print("ir-memory: .bin %d MB, peak RSS %.0f MB, ratio %.2f (goal <= %.2f)"
              % (args.size_mb, peak / 2**20, ratio, args.max_ratio))
        return 0 if ratio <= args.max_ratio else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
