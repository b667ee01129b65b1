#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the optimised benchmarks and runs them; figures and ratios on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup-debian.sh
cmake --preset bench
cmake --build --preset bench --target bench_crypto bench_devnet_load bench_light_sync bench_orders_view bench_report_render bench_supervision
./build/bench/tests/bench/bench_crypto --benchmark_min_time=2
# The devnet under load: 8 clients for 30 s (arguments: SECONDS CLIENTS).
./build/bench/tests/bench/bench_devnet_load "${1:-30}" "${2:-8}"
# Light sync from scratch over loopback; blocks: third argument or
# CREDIT_BENCH_BLOCKS, default 20000 (the chain is built once, cached in build/bench/bench-cache).
./build/bench/tests/bench/bench_light_sync "${3:-${CREDIT_BENCH_BLOCKS:-20000}}"
# The desktop over big data: My orders with 100,000 orders in the store; a 50-page report's first page.
QT_QPA_PLATFORM=offscreen ./build/bench/tests/bench/bench_orders_view 100000
QT_QPA_PLATFORM=offscreen ./build/bench/tests/bench/bench_report_render
# The regulator's dashboard over 1,000,000 orders (CREDIT_BENCH_SUPERVISION_ORDERS for another count; ~1 GB of disk).
./build/bench/tests/bench/bench_supervision "${CREDIT_BENCH_SUPERVISION_ORDERS:-1000000}"
