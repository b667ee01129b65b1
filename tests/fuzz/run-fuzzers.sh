#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Builds the "fuzz" preset and runs every harness (tests/fuzz/fuzz_*.cpp) for
# SECONDS seconds each (default 60), starting from its seeds in corpus/<name>/.
# New corpus entries go to build/fuzz/corpus/<name>/, crashes to
# build/fuzz/artifacts/. Exits non-zero if any harness fails.
#   tests/fuzz/run-fuzzers.sh [SECONDS]
set -eu

seconds=${1:-60}
case $seconds in
  ''|*[!0-9]*) echo "usage: $0 [SECONDS]" >&2; exit 2 ;;
esac

root=$(cd "$(dirname "$0")/../.." && pwd)
build=$root/build/fuzz
cd "$root"
cmake --preset fuzz
cmake --build --preset fuzz

# Keep ASan's own memory flat so long runs do not trip -rss_limit_mb. The
# system Qt is built without frame pointers, so the fast unwinder records
# garbage beyond the first frames of every allocation made inside Qt; each
# such stack is new to ASan's stack depot, which never shrinks (measured:
# +0.3 KB per input, over 1 GB within minutes). Two frames are still exact.
# To see full stacks for a reproducer, run the harness on it by hand with
# ASAN_OPTIONS=malloc_context_size=30:fast_unwind_on_malloc=0.
export ASAN_OPTIONS="${ASAN_OPTIONS:-malloc_context_size=2:quarantine_size_mb=64}"

failed=""
for source in "$root"/tests/fuzz/fuzz_*.cpp; do
  name=$(basename "$source" .cpp)
  binary=$build/tests/fuzz/$name
  if [ ! -x "$binary" ]; then
    echo "== $name: not built (add credit_add_fuzzer($name $name.cpp) to tests/fuzz/CMakeLists.txt)" >&2
    failed="$failed $name"
    continue
  fi
  work=$build/corpus/$name
  artifacts=$build/artifacts/$name
  mkdir -p "$work" "$artifacts"
  echo "== $name: ${seconds}s"
  # -malloc_limit_mb: a single allocation this large from a few KB of input is a bug.
  if ! "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=256 \
      -max_len=8192 -print_final_stats=1 -artifact_prefix="$artifacts/" \
      "$work" "$root/tests/fuzz/corpus/$name"; then
    echo "== $name: FAILED, reproducer in $artifacts/" >&2
    failed="$failed $name"
  fi
done

if [ -n "$failed" ]; then
  echo "fuzzers failed:$failed" >&2
  exit 1
fi
echo "all fuzzers ran ${seconds}s without a crash"
