#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Packs PNG files into one Windows .ico (PNG-compressed entries, Vista and later).

Usage: make-ico.py OUT.ico IN-16.png IN-32.png ...  (each PNG square, at most 256 px)
"""
import struct
import sys


def png_size(data: bytes) -> tuple[int, int]:
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise SystemExit("not a PNG file")
    return struct.unpack(">II", data[16:24])


def main() -> None:
    out, inputs = sys.argv[1], sys.argv[2:]
    images = [open(p, "rb").read() for p in inputs]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for data in images:
        w, h = png_size(data)
        if w != h or w > 256:
            raise SystemExit(f"icon images must be square and at most 256 px, got {w}x{h}")
        # 0 in the width/height bytes means 256.
        entries += struct.pack("<BBBBHHII", w % 256, h % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        blobs += data
    with open(out, "wb") as f:
        f.write(header + entries + blobs)


if __name__ == "__main__":
    main()
