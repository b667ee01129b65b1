#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs what is missing, builds with warnings as errors, runs every test.
# This is exactly what CI runs (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup-debian.sh
# Windows by construction: no POSIX-only code outside *_posix.cpp, no
# case-only name clashes, the windows preset and vcpkg.json parse (< 1 s).
bash packaging/check-portability.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci
# The core and GUI tests again, built with AddressSanitizer + UndefinedBehaviorSanitizer:
# a use after free fails here instead of corrupting the heap (leak checks are off:
# Qt and fontconfig keep caches until exit, which is not what this run looks for).
cmake --preset asan
cmake --build --preset asan
ctest --preset asan
# The .deb: build it from build/ci, lintian, validate the desktop entry and
# AppStream metadata, install it, run every program from /usr/bin, purge it
# and check nothing is left (needs root or sudo, like setup-debian.sh).
bash packaging/check-deb.sh build/ci
