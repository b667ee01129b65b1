#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Portability check for the Windows build, run by packaging/run-tests.sh on
# Linux (there is no Windows machine in CI):
#  - POSIX-only headers and calls only in files named as platform-specific
#    (*_posix.cpp, *_linux.cpp, *_win.cpp …), and every *_posix.cpp has the
#    *_win.cpp that takes its place on Windows;
#  - no hard-coded Unix paths in the program's code (QStandardPaths / QDir);
#  - no two tracked files whose names differ only in case (one file on NTFS);
#  - CMakePresets.json and vcpkg.json parse, the "windows" preset uses the
#    vcpkg toolchain and this manifest, the manifest pins a baseline.
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 - "$@" <<'PY'
import json, re, subprocess, sys
from collections import defaultdict
from pathlib import Path

problems = []
tracked = subprocess.run(["git", "ls-files", "-z"], check=True, capture_output=True).stdout.decode().split("\0")
tracked = [t for t in tracked if t]

PLATFORM_FILE = re.compile(r"_(posix|linux|unix|mac|win)\.(cpp|h)$")
# Program code: what the Windows build compiles and ships, plus tests and tools that it builds too.
sources = [t for t in tracked
           if re.match(r"(core|ui|app|tests|tools)/", t) and t.endswith((".cpp", ".h", ".hpp", ".cc"))
           and Path(t).exists()]

POSIX_HEADERS = re.compile(
    r"#\s*include\s*<(unistd\.h|pthread\.h|fcntl\.h|termios\.h|dlfcn\.h|pwd\.h|grp\.h|poll\.h|dirent\.h|"
    r"syslog\.h|spawn\.h|semaphore\.h|netdb\.h|strings\.h|libgen\.h|sys/[a-z_/]+\.h|netinet/[a-z_]+\.h|"
    r"arpa/[a-z_]+\.h|linux/[a-z_]+\.h)>")
# Free functions only: a member call (proc.kill()) or a qualified one (QThread::usleep) is
# not the POSIX one; a bare or global call (kill(…), ::kill(…)) is.
POSIX_CALLS = re.compile(
    r"(?<!\w)(fork|vfork|execv|execvp|execve|execl|execlp|getuid|geteuid|getgid|getegid|getppid|"
    r"kill|killpg|sigaction|sigprocmask|setsid|pipe|dup2|mkstemp|mkdtemp|realpath|readlink|symlink|"
    r"umask|isatty|popen|pclose|usleep|nanosleep|clock_gettime|gettimeofday|localtime_r|gmtime_r|"
    r"strerror_r|mmap|munmap|dlopen|dlsym|getpwuid|getpwnam|sysconf|ioctl|tcgetattr|tcsetattr|"
    r"setenv|unsetenv)\s*\(")
UNIX_PATH = re.compile(r"\"(/tmp/|/home/|/etc/|/usr/|/var/|/opt/|~/)")

def code_lines(text):
    """Lines with comments blanked, so a comment may name a POSIX call."""
    text = re.sub(r"/\*.*?\*/", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    for number, line in enumerate(text.splitlines(), 1):
        yield number, re.sub(r"//.*", "", line)

for path in sources:
    if PLATFORM_FILE.search(path):
        continue
    for number, line in code_lines(Path(path).read_text(encoding="utf-8", errors="replace")):
        stripped = re.sub(r'"(\\.|[^"\\])*"', '""', line)  # calls inside strings do not count
        if m := POSIX_HEADERS.search(line):
            problems.append(f"{path}:{number}: POSIX-only header <{m.group(1)}> outside a *_posix.cpp file")
        for m in POSIX_CALLS.finditer(stripped):
            before = stripped[: m.start()].rstrip()
            if before.endswith((".", "->")) or re.search(r"\w\s*::$", before):
                continue
            problems.append(f"{path}:{number}: POSIX-only call {m.group(1)}() outside a *_posix.cpp file")
        if path.startswith(("core/", "ui/", "app/")) and (m := UNIX_PATH.search(line)):
            problems.append(f"{path}:{number}: hard-coded Unix path {m.group(1)}…: use QStandardPaths/QDir")

for path in tracked:
    if path.endswith("_posix.cpp"):
        sibling = path[: -len("_posix.cpp")] + "_win.cpp"
        if sibling not in tracked:
            problems.append(f"{path}: no {sibling} for the Windows build")

by_folded = defaultdict(list)
for path in tracked:
    by_folded[path.casefold()].append(path)
for paths in by_folded.values():
    if len(paths) > 1:
        problems.append("names differ only in case (one file on Windows): " + ", ".join(sorted(paths)))

def load_json(path):
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        problems.append(f"{path}: does not parse: {e}")
        return None

presets = load_json("CMakePresets.json")
manifest = load_json("packaging/windows/vcpkg.json")
if presets is not None:
    windows = next((p for p in presets.get("configurePresets", []) if p.get("name") == "windows"), None)
    if windows is None:
        problems.append("CMakePresets.json: no configure preset \"windows\"")
    else:
        cache = windows.get("cacheVariables", {})
        if not str(cache.get("CMAKE_TOOLCHAIN_FILE", "")).endswith("scripts/buildsystems/vcpkg.cmake"):
            problems.append("CMakePresets.json: the windows preset does not use vcpkg's toolchain file")
        if cache.get("VCPKG_MANIFEST_DIR") != "${sourceDir}/packaging/windows":
            problems.append("CMakePresets.json: the windows preset does not point VCPKG_MANIFEST_DIR at packaging/windows")
    for kind in ("buildPresets",):
        if not any(p.get("name") == "windows" for p in presets.get(kind, [])):
            problems.append(f"CMakePresets.json: no {kind[:-1]} \"windows\"")
if manifest is not None:
    if not re.fullmatch(r"[0-9a-f]{40}", str(manifest.get("builtin-baseline", ""))):
        problems.append("packaging/windows/vcpkg.json: builtin-baseline is not a pinned vcpkg commit")
    names = {d if isinstance(d, str) else d.get("name") for d in manifest.get("dependencies", [])}
    for needed in ("qtbase", "qtcharts", "qthttpserver", "qttools", "sqlite3", "openssl", "curl", "poppler"):
        if needed not in names:
            problems.append(f"packaging/windows/vcpkg.json: {needed} missing")
    for d in manifest.get("dependencies", []):
        if isinstance(d, dict) and d.get("name") == "curl":
            if "openssl" in d.get("features", []) or d.get("default-features", True) is not False \
               or "ssl" not in d.get("features", []):
                problems.append("packaging/windows/vcpkg.json: curl must be ssl (Schannel) only, no openssl backend")
        if isinstance(d, dict) and d.get("name") == "poppler" and "qt" not in d.get("features", []):
            problems.append("packaging/windows/vcpkg.json: poppler needs its qt feature")

# The MSI's file association patches the Component CPack generates for
# bin/credit-terminal.exe: its Id must be the one CPack derives from that path
# (cmCPackWIXGenerator::CreateNewIdForPath on the path below the staging folder:
# components joined by ".", characters other than [A-Za-z0-9_.] as "_", "P_"
# prefix, hashed past 60 characters; cmWIXFilesSourceWriter adds "CM_C"/"CM_F").
import xml.etree.ElementTree as ET
patch_path = "packaging/windows/file-association.wxs.in"
try:
    patch = ET.parse(patch_path).getroot()
except (OSError, ET.ParseError) as e:
    problems.append(f"{patch_path}: does not parse: {e}")
    patch = None
if patch is not None:
    path_id = ".".join(re.sub(r"[^A-Za-z0-9_.]", "_", part) for part in ("bin", "credit-terminal.exe"))
    assert len(path_id) <= 60
    component, file_id = "CM_C" + "P_" + path_id, "CM_F" + "P_" + path_id
    fragments = [f.get("Id") for f in patch.iter("CPackWiXFragment")]
    if fragments != [component]:
        problems.append(f"{patch_path}: patches {fragments}, CPack names credit-terminal.exe's component {component}")
    for element in patch.iter():
        for attribute in ("Icon", "TargetFile"):
            if element.get(attribute) not in (None, file_id):
                problems.append(f"{patch_path}: {element.tag} {attribute}={element.get(attribute)}, "
                                f"CPack names credit-terminal.exe's file {file_id}")

for problem in problems:
    print("check-portability: " + problem, file=sys.stderr)
if problems:
    sys.exit(1)
print(f"check-portability: {len(sources)} source files, {len(tracked)} tracked names, presets and vcpkg.json: ok")
PY
