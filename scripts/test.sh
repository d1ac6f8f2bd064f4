#!/usr/bin/env bash
# Sets everything up (packages, build) and runs the whole test suite:
# lit + FileCheck tests and GoogleTest unit tests, through ctest.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${OVMLIR_BUILD_DIR:-$ROOT/build}

"$ROOT/scripts/build.sh"
cd "$BUILD_DIR"
ctest --output-on-failure -j2
