#!/usr/bin/env bash
# Sets everything up (packages, build) and runs the main job on the example
# model shipped in the repo: the model, written in the OV dialect with
# unknown intermediate shapes, goes through ov-opt's shape inference, folding
# and verification, and the result is printed.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${OVMLIR_BUILD_DIR:-$ROOT/build}

"$ROOT/scripts/build.sh" >/dev/null
MODEL="$ROOT/examples/resnet_block.mlir"
echo "== $MODEL after ov-opt --ov-infer-shapes --canonicalize =="
"$BUILD_DIR/bin/ov-opt" "$MODEL" --ov-infer-shapes --canonicalize --verify-each \
  --mlir-elide-resource-strings-if-larger=64
