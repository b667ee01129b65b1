#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the .deb from an existing build folder and checks it the way a
# Debian desk would meet it: lintian (no error, no warning that is not
# overridden with a reason), the desktop entry and AppStream metadata
# validate, `apt-get install ./x.deb`, each installed program runs from
# /usr/bin (its --version is the package version; a creditctl smoke; a
# devnet from the installed demo genesis; the GUI's screenshot tour
# offscreen), then `apt-get purge` leaves nothing of the package behind.
#
# Usage: packaging/check-deb.sh [BUILD_DIR]   (default build/ci; run by
# packaging/run-tests.sh after the tests). Installs into this machine: needs
# root or sudo, like setup-debian.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${1:-build/ci}"
started=$SECONDS

say() { echo "check-deb: $*"; }
fail() { echo "check-deb: FAILED: $*" >&2; exit 1; }

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  fail "need root or sudo to install the package into this machine"
fi

[ -f "$build_dir/CPackConfig.cmake" ] || fail "$build_dir is not a configured build folder (cmake --preset ci first)"
for tool in lintian desktop-file-validate appstreamcli dpkg-deb xmllint update-mime-database; do
  command -v "$tool" >/dev/null || fail "$tool missing: run packaging/setup-debian.sh"
done

work="$(mktemp -d)"
installed_here=""
package=creditchain-terminal
cleanup() {
  local rc=$?
  if [ -n "${devnet_pid:-}" ]; then kill "$devnet_pid" 2>/dev/null || true; wait "$devnet_pid" 2>/dev/null || true; fi
  if [ -n "$installed_here" ] && dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q installed; then
    say "removing the package after a failure"
    DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get purge -y -q "$package" >/dev/null || true
  fi
  rm -rf "$work"
  exit $rc
}
trap cleanup EXIT

# --- build the package ---------------------------------------------------------
cmake --build "$build_dir" --target credit-terminal creditctl credit-devnet credit_package_docs >/dev/null ||
  fail "cmake --build $build_dir"
(cd "$build_dir" && cpack -G DEB -B "$work/out" >"$work/cpack.log") || { cat "$work/cpack.log"; fail "cpack"; }
deb="$(ls "$work"/out/${package}_*.deb)"
version="$(dpkg-deb -f "$deb" Version)"
say "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB) in $((SECONDS - started)) s"
say "Depends: $(dpkg-deb -f "$deb" Depends)"
dpkg-deb -f "$deb" Depends | grep -q 'libqt6widgets6' || fail "Depends were not computed from the binaries"

# --- lint and metadata ------------------------------------------------------------
lap=$SECONDS
lintian --fail-on error,warning --display-info "$deb" | sed 's/^/  lintian: /' ||
  fail "lintian reported errors or warnings (fix them, or override with a reason in packaging/deb/lintian-overrides)"
say "lintian: no errors, no warnings not overridden ($((SECONDS - lap)) s)"
dpkg-deb -x "$deb" "$work/root"
desktop_files=("$work"/root/usr/share/applications/*.desktop)
metainfo_files=("$work"/root/usr/share/metainfo/*.metainfo.xml)
[ ${#desktop_files[@]} -eq 1 ] && [ -f "${desktop_files[0]}" ] || fail "expected one desktop entry"
[ ${#metainfo_files[@]} -eq 1 ] && [ -f "${metainfo_files[0]}" ] || fail "expected one AppStream metainfo file"
desktop-file-validate "${desktop_files[0]}" || fail "desktop-file-validate"
appstreamcli validate --no-net --pedantic "${metainfo_files[0]}" || fail "appstreamcli validate"
grep -q "<release version=\"$version\"" "${metainfo_files[0]}" || fail "the metainfo's releases do not name $version"
# The evidence pack's MIME type: well-formed shared-mime-info XML, compiled
# by update-mime-database into a scratch database where the pack's extension
# maps to the type, and the type named by the desktop entry and AppStream.
mime_files=("$work"/root/usr/share/mime/packages/*.xml)
[ ${#mime_files[@]} -eq 1 ] && [ -f "${mime_files[0]}" ] || fail "expected one MIME package under /usr/share/mime/packages"
xmllint --noout "${mime_files[0]}" || fail "xmllint: ${mime_files[0]}"
mime_type="$(xmllint --xpath 'string(//*[local-name()="mime-type"]/@type)' "${mime_files[0]}")"
mime_glob="$(xmllint --xpath 'string(//*[local-name()="glob"]/@pattern)' "${mime_files[0]}")"
mkdir -p "$work/mime/packages"
cp "${mime_files[0]}" "$work/mime/packages/"
XDG_DATA_DIRS="$work" update-mime-database "$work/mime" 2>&1 | sed 's/^/  update-mime-database: /'
grep -qxF "50:$mime_type:$mime_glob" "$work/mime/globs2" || fail "update-mime-database did not map $mime_glob to $mime_type"
grep -q "^MimeType=.*$mime_type;" "${desktop_files[0]}" || fail "the desktop entry does not open $mime_type"
grep -q "<mediatype>$mime_type</mediatype>" "${metainfo_files[0]}" || fail "the metainfo does not provide $mime_type"
grep -q '^Exec=credit-terminal %f$' "${desktop_files[0]}" || fail "the desktop entry does not hand the file to credit-terminal"
say "desktop entry and AppStream metadata valid; $mime_glob is $mime_type, opened by the terminal"

# --- install ----------------------------------------------------------------------
lap=$SECONDS
DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -q --no-install-recommends "$deb" >"$work/apt.log" ||
  { cat "$work/apt.log"; fail "apt-get install"; }
installed_here=1
dpkg-query -L "$package" | sort >"$work/files"
say "installed $(wc -l <"$work/files") paths ($((SECONDS - lap)) s)"
# shared-mime-info's trigger compiled the type into the system database.
if [ -f /usr/share/mime/globs2 ]; then
  grep -qF ":$mime_type:$mime_glob" /usr/share/mime/globs2 || fail "the installed MIME database does not know $mime_glob"
fi

# Run from the installed paths only: a scratch home and folder, no build tree on PATH.
run() { (cd "$work" && exec env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 "$@"); }
mkdir -p "$work/home"
for program in credit-terminal creditctl credit-devnet; do
  [ -x "/usr/bin/$program" ] || fail "/usr/bin/$program not installed"
  got="$(run "/usr/bin/$program" --version)"
  [ "$got" = "$program $version" ] || fail "$program --version said '$got', expected '$program $version'"
  if readelf -d "/usr/bin/$program" | grep -Eq 'RPATH|RUNPATH'; then
    fail "/usr/bin/$program carries an RPATH/RUNPATH"
  fi
done
say "--version: all three say $version"

# creditctl: a valid and an invalid credit code, a new key and its info.
run /usr/bin/creditctl uscc 91440300708461136T >/dev/null || fail "creditctl uscc refused a valid code"
if run /usr/bin/creditctl uscc 91440300708461136X >/dev/null 2>&1; then fail "creditctl uscc accepted a wrong check character"; fi
new_key="$(run env CREDITCTL_PASSWORD=check-deb /usr/bin/creditctl --json key new --out "$work/k.pem")"
key_info="$(run env CREDITCTL_PASSWORD=check-deb /usr/bin/creditctl --json key info "$work/k.pem")"
address_of() { python3 -c 'import json,sys; print(json.load(sys.stdin)["address"])'; }
[ "$(address_of <<<"$new_key")" = "$(address_of <<<"$key_info")" ] || fail "creditctl key info does not match key new"
if grep -q "BEGIN PRIVATE KEY\|BEGIN EC PRIVATE KEY" "$work/k.pem"; then fail "creditctl wrote a key in clear"; fi
say "creditctl: uscc, key new, key info"

# credit-devnet from the installed demo genesis on a loopback port; creditctl asks it.
demo=/usr/share/$package/demo
# (not through run(): a backgrounded function is one more subshell, and $! must be the devnet itself)
(cd "$work" && exec env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 \
  /usr/bin/credit-devnet --genesis "$demo/genesis.json" --data "$work/devnet" --listen 127.0.0.1:0 \
  >"$work/devnet.out" 2>"$work/devnet.err") &
devnet_pid=$!
for _ in $(seq 600); do
  grep -q "ready at" "$work/devnet.out" && break
  kill -0 "$devnet_pid" 2>/dev/null || { cat "$work/devnet.err"; fail "credit-devnet exited"; }
  sleep 0.1
done
url="$(grep -o 'http://127\.0\.0\.1:[0-9]*/*' "$work/devnet.out" | head -1)"
[ -n "$url" ] || fail "credit-devnet did not print its URL"
run /usr/bin/creditctl --json chain info --endpoint "$url" >"$work/chain.json" || fail "creditctl chain info"
kill -TERM "$devnet_pid"
wait "$devnet_pid" || fail "credit-devnet did not stop cleanly on SIGTERM"
devnet_pid=""
say "credit-devnet: demo chain from $demo answered creditctl chain info, stopped on SIGTERM"

# The GUI, offscreen: every role's screens as PNGs.
lap=$SECONDS
run env QT_QPA_PLATFORM=offscreen /usr/bin/credit-terminal --demo --screenshot "$work/shots" >"$work/tour.log" 2>&1 ||
  { cat "$work/tour.log"; fail "credit-terminal --demo --screenshot"; }
shots=$(find "$work/shots" -name '*.png' | wc -l)
[ "$shots" -ge 3 ] || fail "the screenshot tour wrote $shots PNGs"
for png in "$work"/shots/*.png; do
  [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "$png is not a PNG"
done
# The AppStream screenshots are pictures this tour takes (docs/screenshots holds copies).
for name in $(grep -o '<image>[^<]*</image>' "${metainfo_files[0]}" | sed 's|</image>||; s|.*/||'); do
  [ -f "$work/shots/$name" ] || fail "the metainfo shows $name, which the screenshot tour no longer writes"
  [ -f docs/screenshots/"$name" ] || fail "docs/screenshots/$name missing (the metainfo shows it)"
done
say "credit-terminal: screenshot tour wrote $shots PNGs, among them every one the metainfo shows ($((SECONDS - lap)) s)"

# --- purge ------------------------------------------------------------------------
DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get purge -y -q "$package" >"$work/purge.log" ||
  { cat "$work/purge.log"; fail "apt-get purge"; }
installed_here=""
if dpkg-query -W -f='${Status}\n' "$package" 2>/dev/null | grep -qv "not-installed\|^unknown"; then
  fail "dpkg still knows $package: $(dpkg-query -W -f='${Status}' "$package")"
fi
if dpkg-query -L "$package" >/dev/null 2>&1; then fail "dpkg -L $package still lists files"; fi
left=0
while read -r path; do
  # Shared folders (/usr/bin, hicolor/48x48/apps …) belong to other packages too.
  if [ -f "$path" ] || [ -L "$path" ]; then echo "left behind: $path" >&2; left=1; fi
done <"$work/files"
for own in "/usr/share/$package" "/usr/share/doc/$package"; do
  if [ -e "$own" ]; then echo "left behind: $own" >&2; left=1; fi
done
[ "$left" -eq 0 ] || fail "files of the package are left after purge"
if [ -f /usr/share/mime/globs2 ] && grep -qF ":$mime_type:" /usr/share/mime/globs2; then
  fail "the MIME database still knows $mime_type after purge"
fi
say "purged: nothing of $package left"
say "passed in $((SECONDS - started)) s"
