#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Formats every tracked C++ file under app/ ui/ core/ tests/ in place with
# .clang-format; packaging/check-format.sh checks the same set. Rebuild after
# it (cmake --build --preset ci): include order is kept within each block, but
# a build is the proof.
set -euo pipefail
cd "$(dirname "$0")/.."
clang_format=${CLANG_FORMAT:-clang-format}
git ls-files -z -- 'app/*.cpp' 'app/*.h' 'ui/*.cpp' 'ui/*.h' 'core/*.cpp' 'core/*.h' 'tests/*.cpp' 'tests/*.h' |
  xargs -0 -n 50 "$clang_format" -i
echo "reformat: done; review with git diff --stat"
