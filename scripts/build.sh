#!/usr/bin/env bash
# Installs missing Debian packages, configures (once) and builds ov-mlir.
# The build directory is ./build unless OVMLIR_BUILD_DIR says otherwise.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${OVMLIR_BUILD_DIR:-$ROOT/build}

"$ROOT/scripts/install-deps.sh"

if [[ ! -f "$BUILD_DIR/build.ninja" ]]; then
  cmake -G Ninja -S "$ROOT" -B "$BUILD_DIR" \
    -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
    -DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
    -DLLVM_USE_LINKER=lld
fi
cmake --build "$BUILD_DIR"
