#!/usr/bin/env bash
# Fails when a C/C++ source of the project differs from .clang-format.
# With --fix, rewrites the files instead.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
CLANG_FORMAT=${CLANG_FORMAT:-clang-format-22}
mapfile -t files < <(git ls-files --cached --others --exclude-standard -- '*.h' '*.cpp' '*.c' 2>/dev/null ||
  find include lib tools unittests runtime -name '*.h' -o -name '*.cpp' -o -name '*.c')
((${#files[@]})) || exit 0
if [[ "${1:-}" == --fix ]]; then
  "$CLANG_FORMAT" -i "${files[@]}"
else
  "$CLANG_FORMAT" --dry-run -Werror "${files[@]}"
fi
