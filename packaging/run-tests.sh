#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs what is missing, builds with warnings as errors, runs every test.
# This is exactly what CI runs (.ci/run). Each stage prints its time; the
# budget is 40 minutes on a cold 2-core machine (docs/DECISIONS.md, "CI jobs").
set -euo pipefail
cd "$(dirname "$0")/.."
stage() { echo "== $1 ($SECONDS s since start)"; }
# ccache across clones: paths under the clone are hashed relative to it and the
# working directory is not hashed, so a new clone (CI's) reuses the objects of the
# last run on this machine. The cost: a cached object's debug info may name the
# other clone's folder, which no test reads.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
stage setup
bash packaging/setup-debian.sh
# Windows by construction: no POSIX-only code outside *_posix.cpp, no
# case-only name clashes, the windows preset and vcpkg.json parse (< 1 s).
bash packaging/check-portability.sh
# Every tracked C++ file as .clang-format says (packaging/reformat.sh fixes it; < 10 s).
bash packaging/check-format.sh
stage "ci build"
cmake --preset ci
cmake --build --preset ci
stage "ci tests"
ctest --preset ci
# clang-tidy on the C++ files this commit changed (vs HEAD~1), with build/ci's
# compile commands; a finding fails.
stage clang-tidy
bash packaging/check-tidy.sh build/ci
# One clang build with AddressSanitizer + UndefinedBehaviorSanitizer and
# -Werror (a second compiler's warnings): the GUI tests (a use after free fails
# here instead of corrupting the heap), core's unit tests and the fuzz replays,
# and, in the same tree, the libFuzzer harnesses, each run for 60 s, two at a
# time. Leak checks are off: Qt and fontconfig keep caches until exit, which
# is not what this run looks for. The integration tests (real devnets, other
# processes) run in the ci build only.
stage "asan build"
cmake --preset asan
cmake --build --preset asan
stage "asan tests"
ctest --preset asan
stage fuzzers
JOBS=2 sh tests/fuzz/run-fuzzers.sh 60
# The .deb: build it from build/ci, lintian, validate the desktop entry and
# AppStream metadata, install it, run every program from /usr/bin, purge it
# and check nothing is left (needs root or sudo, like setup-debian.sh).
stage "deb"
bash packaging/check-deb.sh build/ci
stage "done"
