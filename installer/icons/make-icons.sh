#!/usr/bin/env bash
# Draws the Compliance Tracker icon with ImageMagick and writes every size the installers need:
#   compliance-tracker.png  512x512, Linux (.deb desktop entry, jpackage --icon) and the window icon
#   compliance-tracker.ico  16-256 px, Windows MSI / launcher
#   compliance-tracker.icns 128/256/512 px PNG entries, macOS DMG / .app
# The generated files are committed; run this again only to change the design.
set -euo pipefail
cd "$(dirname "$0")"
S=512
convert -size ${S}x${S} xc:none \
  -fill '#2260a8' -draw "roundrectangle 16,16 496,496 96,96" \
  -fill white -draw "polygon 136,96 316,96 376,156 376,416 136,416" \
  -fill '#c9d8ee' -draw "polygon 316,96 316,156 376,156" \
  -stroke '#9fb3cf' -strokewidth 14 -draw "line 176,186 296,186" -draw "line 176,236 336,236" -draw "line 176,286 256,286" \
  -stroke '#2260a8' -strokewidth 12 -fill '#1a7f37' -draw "circle 356,366 356,252" \
  -stroke white -strokewidth 30 -fill none \
  -draw "stroke-linecap round stroke-linejoin round polyline 304,368 340,404 410,328" \
  compliance-tracker.png
convert compliance-tracker.png -define icon:auto-resize=256,128,64,48,32,16 compliance-tracker.ico
for n in 128 256 512; do convert compliance-tracker.png -resize ${n}x${n} "png32:/tmp/ct-icon-$n.png"; done
python3 - <<'PY'
import struct
# ICNS: 'icns' + total length, then (type, length, PNG bytes) entries; ic07=128, ic08=256, ic09=512
entries = b""
for kind, n in ((b"ic07", 128), (b"ic08", 256), (b"ic09", 512)):
    data = open(f"/tmp/ct-icon-{n}.png", "rb").read()
    entries += kind + struct.pack(">I", len(data) + 8) + data
open("compliance-tracker.icns", "wb").write(b"icns" + struct.pack(">I", len(entries) + 8) + entries)
PY
rm -f /tmp/ct-icon-*.png
