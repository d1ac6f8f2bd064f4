#!/usr/bin/env bash
# Installs the Debian packages ov-mlir needs, and only those that are missing.
# Runs apt-get only when something is missing, so it is cheap to call every time.
set -euo pipefail

PACKAGES=(
  # Toolchain and build system.
  cmake ninja-build ccache g++ clang-22 lld-22 clang-format-22 python3 git
  # LLVM / MLIR 22 (CMake configs, headers, shared libraries, mlir-tblgen, lit, FileCheck).
  llvm-22-dev llvm-22-tools libmlir-22-dev mlir-22-tools
  # Frontends and tests.
  libprotobuf-dev protobuf-compiler libonnx-dev libonnx-testdata
  libpugixml-dev libflatbuffers-dev libgtest-dev
  # LLVM's OpenMP runtime: mlir-runner's lowered test programs use it
  # (compiled models run on the runtime's own thread teams).
  libomp-22-dev
  # Numeric checks against stored reference outputs (.pb tensors, .npy).
  python3-numpy python3-onnx
)

missing=()
for pkg in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO=sudo; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
