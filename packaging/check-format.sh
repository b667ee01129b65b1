#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Fails when a tracked C++ file under app/ ui/ core/ tests/ is not formatted as
# .clang-format says (clang-format --dry-run --Werror), naming each file; fix
# them all with packaging/reformat.sh. CLANG_FORMAT picks the binary (default:
# clang-format, the Debian clang-format 14 that setup-debian.sh installs).
set -euo pipefail
cd "$(dirname "$0")/.."
clang_format=${CLANG_FORMAT:-clang-format}
mapfile -d '' files < <(git ls-files -z -- 'app/*.cpp' 'app/*.h' 'ui/*.cpp' 'ui/*.h' 'core/*.cpp' 'core/*.h' \
  'tests/*.cpp' 'tests/*.h')
if [ ${#files[@]} -eq 0 ]; then
  echo "check-format: no C++ files found" >&2
  exit 1
fi
unformatted=()
for file in "${files[@]}"; do
  if ! "$clang_format" --dry-run --Werror "$file" >/dev/null 2>&1; then
    unformatted+=("$file")
  fi
done
if [ ${#unformatted[@]} -ne 0 ]; then
  printf 'check-format: not formatted: %s\n' "${unformatted[@]}" >&2
  echo "check-format: ${#unformatted[@]} of ${#files[@]} files; run packaging/reformat.sh (or see one with: $clang_format --dry-run FILE)" >&2
  exit 1
fi
echo "check-format: all ${#files[@]} files formatted"
