#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs every Debian package that building, running and testing
# CreditChain Terminal needs. Idempotent: a second run installs nothing new.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git ccache
  lld                                 # links the tests three times faster than GNU ld (CI budget)
  clang libclang-rt-14-dev            # the core build and its libFuzzer harnesses (tests/fuzz)
  clang-tidy clang-format             # packaging/check-tidy.sh, check-format.sh
  libbenchmark-dev                    # tests/bench
  # Qt 6
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-httpserver-dev
  qt6-svg-dev                         # the bundled action icons (ui/icons): Qt SVG's icon engine draws them
  libqt6opengl6-dev                   # Qt6Charts' CMake package needs Qt6OpenGL(Widgets); Debian's -dev does not pull it in
  qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n               # Qt's own dialogs in Chinese, built into the program (ui/CMakeLists.txt)
  libgl-dev libxkbcommon-dev
  # crypto, HTTP, storage, PDF
  libssl-dev openssl libcurl4-openssl-dev libsqlite3-dev sqlite3
  libpoppler-qt6-dev poppler-utils
  # headless GUI tests and screenshots with Chinese text
  xvfb xauth fonts-noto-cjk
  # the .deb check (packaging/check-deb.sh: the evidence pack's MIME type too) and the portability check (python3)
  lintian desktop-file-utils appstream python3 shared-mime-info libxml2-utils
)
# solc comes from npm (contract ABI check); a machine that already has a
# Node.js of its own keeps it: Debian's npm conflicts with such installs.
if ! command -v npm >/dev/null 2>&1; then
  packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

# solc-js for the contract ABI check (tests/unit/market), pinned in
# tools/solc/package-lock.json. Runs on every call, so it is reached also
# when every Debian package is already there.
install_solc() {
  local root
  root="$(cd "$(dirname "$0")/.." && pwd)"
  if [ ! -x "$root/tools/solc/node_modules/solc/solcjs" ] ||
     [ ! -x "$root/tools/solc/node_modules/solc-0.6.10/solcjs" ]; then
    echo "setup-debian: installing solc-js into tools/solc"
    (cd "$root/tools/solc" && npm ci --no-audit --no-fund)
  fi
}

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup-debian: all ${#packages[@]} packages already installed"
  install_solc
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  echo "setup-debian: need root to install: ${missing[*]}" >&2
  echo "setup-debian: run this script as root, or install sudo." >&2
  exit 1
fi

echo "setup-debian: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -q
"${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
install_solc
