#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# clang-tidy (.clang-tidy at the root) on the C++ files under app/ ui/ core/
# tests/ that changed since BASE, with the compile commands of a configured
# build (default build/ci). Any finding fails. Run by packaging/run-tests.sh
# after the ci build.
#   packaging/check-tidy.sh [BUILD_DIR]     files changed since $TIDY_BASE (default HEAD~1)
#   packaging/check-tidy.sh --all [BUILD_DIR]   every file in the compile database
# BASE is HEAD~1, the first parent: on a fresh clone of main that is main
# before the commit under test, and for a merge commit it is main before the
# merge, so the whole merged branch is checked. (The merge base with main
# would be empty on main itself.) Uncommitted edits count as changed too. A
# changed header is checked through the .cpp of the same name, or else
# through up to three files that include it.
set -euo pipefail
cd "$(dirname "$0")/.."
all=false
if [ "${1:-}" = "--all" ]; then
  all=true
  shift
fi
build=${1:-build/ci}
base=${TIDY_BASE:-HEAD~1}
jobs=${TIDY_JOBS:-2}
if [ ! -f "$build/compile_commands.json" ]; then
  echo "check-tidy: $build/compile_commands.json is missing: configure that build first (cmake --preset ci)" >&2
  exit 1
fi

if $all; then
  changed=()
else
  if ! git rev-parse -q --verify "$base^{commit}" >/dev/null; then
    echo "check-tidy: no commit $base to compare with (a shallow clone needs --depth 2 or more; or set TIDY_BASE)" >&2
    exit 1
  fi
  mapfile -t changed < <(git diff --name-only --diff-filter=d "$base" -- \
    'app/*.cpp' 'app/*.h' 'ui/*.cpp' 'ui/*.h' 'core/*.cpp' 'core/*.h' 'tests/*.cpp' 'tests/*.h')
  if [ ${#changed[@]} -eq 0 ]; then
    echo "check-tidy: no C++ file under app ui core tests changed since $base"
    exit 0
  fi
fi

# The translation units to analyse: changed .cpp files the build compiles, and
# for each changed header the .cpp files that stand for it.
mapfile -t units < <(python3 - "$build/compile_commands.json" "$all" "${changed[@]}" <<'PY'
import json, os, re, sys
from pathlib import Path

root = Path.cwd().resolve()
db, everything, changed = sys.argv[1], sys.argv[2] == "true", sys.argv[3:]
compiled = []
for entry in json.load(open(db)):
    path = Path(entry["directory"], entry["file"]).resolve()
    try:
        rel = path.relative_to(root).as_posix()
    except ValueError:
        continue
    if re.match(r"(app|ui|core|tests)/", rel) and rel not in compiled:
        compiled.append(rel)
if everything:
    print("\n".join(sorted(compiled)))
    sys.exit(0)
units, skipped = [], []
for file in changed:
    if file.endswith(".cpp"):
        (units if file in compiled else skipped).append(file)
        continue
    sibling = file[:-2] + ".cpp"
    if sibling in compiled:
        units.append(sibling)
        continue
    name = re.escape(os.path.basename(file))
    include = re.compile(r'#\s*include\s*"([^"]*/)?' + name + '"')
    users = [c for c in compiled if include.search(Path(c).read_text(errors="replace"))][:3]
    units.extend(users) if users else skipped.append(file)
for file in skipped:
    print(f"check-tidy: {file}: not compiled in this build (another platform or GUI-only?), not analysed",
          file=sys.stderr)
print("\n".join(sorted(set(units))))
PY
)
if [ ${#units[@]} -eq 0 ] || [ -z "${units[0]}" ]; then
  echo "check-tidy: nothing this build compiles changed"
  exit 0
fi
echo "check-tidy: ${#units[@]} files, $jobs at a time"
# One clang-tidy per file; its findings print in one piece when it ends.
# -Wno-error: build/ci compiles with GCC's -Werror, and clang reads some of
# GCC's warning flags more strictly (-Woverloaded-virtual); compiler warnings
# are the compilers' job, not this check's.
run_one='out=$(clang-tidy -p "$0" --quiet --warnings-as-errors="*" --extra-arg=-Wno-error "$1" 2>&1); rc=$?
if [ $rc -ne 0 ]; then printf "%s\ncheck-tidy: findings in %s\n" "$out" "$1" | grep -Ev "^[0-9]+ warnings? (and [0-9]+ errors? )?generated\.$"; fi
exit $rc'
if printf '%s\0' "${units[@]}" | xargs -0 -P "$jobs" -n 1 sh -c "$run_one" "$build"; then
  echo "check-tidy: no findings in ${#units[@]} files"
else
  echo "check-tidy: findings above (.clang-tidy names the checks; fix the code, or NOLINT(check) with the reason)" >&2
  exit 1
fi
