#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Builds the fuzzers (the "fuzz" preset: the sanitizer build, build/asan) and runs
# every harness (tests/fuzz/fuzz_*.cpp) for SECONDS seconds each (default
# 60), JOBS at a time (default 2), starting from its seeds in corpus/<name>/
# and the inputs in regression/<name>/. New corpus entries go to
# build/asan/fuzz-corpus/<name>/, crashes to build/asan/fuzz-artifacts/<name>/.
# Exits non-zero if any harness fails; CI (packaging/run-tests.sh) runs it.
#   tests/fuzz/run-fuzzers.sh [SECONDS]
# A crash is fixed in the code and its input committed to
# tests/fuzz/regression/<name>/, which ctest replays in every build (label fuzz).
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
build=$root/build/asan

if [ "${1:-}" = "--one" ]; then
  # One harness: run-fuzzers.sh --one NAME SECONDS (called below, JOBS at a time).
  name=$2 seconds=$3
  work=$build/fuzz-corpus/$name
  artifacts=$build/fuzz-artifacts/$name
  log=$build/fuzz-logs/$name.log
  mkdir -p "$work" "$artifacts" "$build/fuzz-logs"
  set -- "$work" "$root/tests/fuzz/corpus/$name"
  [ -d "$root/tests/fuzz/regression/$name" ] && set -- "$@" "$root/tests/fuzz/regression/$name"
  # -malloc_limit_mb: a single allocation this large from a few KB of input is a bug.
  if "$build/tests/fuzz/$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=256 \
      -max_len=8192 -print_final_stats=1 -artifact_prefix="$artifacts/" "$@" >"$log" 2>&1; then
    echo "== $name: ${seconds}s, $(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$') runs," \
         "$(grep -m1 -o 'cov: [0-9]*' "$log" | tail -1) edges at start; no failure"
    exit 0
  fi
  tail -n 60 "$log" >&2
  echo "== $name: FAILED, reproducer in $artifacts/ (whole log: $log)" >&2
  exit 1
fi

seconds=${1:-60}
jobs=${JOBS:-2}
case $seconds in
  ''|*[!0-9]*) echo "usage: $0 [SECONDS]" >&2; exit 2 ;;
esac

cd "$root"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

# Keep ASan's own memory flat so long runs do not trip -rss_limit_mb. The
# system Qt is built without frame pointers, so the fast unwinder records
# garbage beyond the first frames of every allocation made inside Qt; each
# such stack is new to ASan's stack depot, which never shrinks (measured:
# +0.3 KB per input, over 1 GB within minutes). Two frames are still exact.
# To see full stacks for a reproducer, run the harness on it by hand with
# ASAN_OPTIONS=malloc_context_size=30:fast_unwind_on_malloc=0.
export ASAN_OPTIONS="${ASAN_OPTIONS:-malloc_context_size=2:quarantine_size_mb=64}"

names=""
for source in "$root"/tests/fuzz/fuzz_*.cpp; do
  name=$(basename "$source" .cpp)
  if [ ! -x "$build/tests/fuzz/$name" ]; then
    echo "== $name: not built (add credit_add_fuzzer($name $name.cpp) to tests/fuzz/CMakeLists.txt)" >&2
    exit 1
  fi
  names="$names $name"
done

count=$(echo $names | wc -w)
echo "running $count fuzzers for ${seconds}s each, $jobs at a time"
# shellcheck disable=SC2086
if ! printf '%s\n' $names | xargs -P "$jobs" -I '{}' sh "$root/tests/fuzz/run-fuzzers.sh" --one '{}' "$seconds"; then
  echo "fuzzers failed (see above)" >&2
  exit 1
fi
echo "all $count fuzzers ran ${seconds}s without a failure"
