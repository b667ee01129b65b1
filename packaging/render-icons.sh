#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Maintainer tool: renders resources/icons/creditchain-terminal.svg into the
# hicolor PNG sizes committed beside it (and the Windows .ico). Run after
# changing the SVG; needs librsvg2-bin (rsvg-convert). The build never runs it.
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
for size in 16 32 48 64 128 256; do
  rsvg-convert -w "$size" -h "$size" creditchain-terminal.svg -o "creditchain-terminal-$size.png"
done
python3 ../../packaging/windows/make-ico.py creditchain-terminal.ico \
  creditchain-terminal-16.png creditchain-terminal-32.png creditchain-terminal-48.png creditchain-terminal-256.png
