#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the optimised benchmarks and runs them; figures and ratios on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup-debian.sh
cmake --preset bench
cmake --build --preset bench --target bench_crypto
./build/bench/tests/bench/bench_crypto --benchmark_min_time=2 "$@"
