#!/usr/bin/env bash
# Sets everything up (packages, build) and runs the main job on the example
# model shipped in the repo: examples/resnet_block.onnx is converted to
# OpenVINO IR and compiled to an object file (ovc --compile), a small C
# program (examples/run_model.c) is linked against it and the runtime, and
# run on the shipped input; it prints the outputs beside the reference
# outputs (computed independently with NumPy by examples/make_resnet_block.py).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${OVMLIR_BUILD_DIR:-$ROOT/build}
OUT="$BUILD_DIR/example"

"$ROOT/scripts/build.sh" >/dev/null
mkdir -p "$OUT"
echo "== ovc examples/resnet_block.onnx --compile =="
"$BUILD_DIR/bin/ovc" "$ROOT/examples/resnet_block.onnx" --compile \
  --output_model "$OUT/resnet_block.xml"
ls -l "$OUT"/resnet_block.{xml,bin,o,h} | awk '{print "  " $5 "\t" $9}'
echo "== link examples/run_model.c + resnet_block.o + libovmlir_runtime.a =="
clang-22 -O2 -I"$ROOT/runtime/include" -I"$OUT" -include resnet_block.h \
  -DOVM_MODEL=resnet_block_model "$ROOT/examples/run_model.c" \
  "$OUT/resnet_block.o" "$BUILD_DIR/lib/libovmlir_runtime.a" -lpthread -lm \
  -o "$OUT/run_model"
echo "== run_model resnet_block_input.npy (batch 2) =="
"$OUT/run_model" "$ROOT/examples/resnet_block_input.npy" \
  --reference "$ROOT/examples/resnet_block_reference.npy"
