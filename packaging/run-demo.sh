#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs what is missing, builds the optimised app and starts it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup-debian.sh
cmake --preset release
cmake --build --preset release --target credit-terminal
exec ./build/release/app/credit-terminal --demo "$@"
