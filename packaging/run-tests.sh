#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs what is missing, builds with warnings as errors, runs every test.
# This is exactly what CI runs (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup-debian.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci
