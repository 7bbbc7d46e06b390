#!/usr/bin/env bash
# Render the PNG sizes of the app icon from its SVG (needs rsvg-convert: apt-get install librsvg2-bin).
# The PNGs are committed; run this again after editing the SVG.
set -euo pipefail
cd "$(dirname "$0")/../.."
app_id=$(PYTHONPATH=src python3 -c 'import trdjournal; print(trdjournal.APP_ID)')
icons=resources/icons/hicolor
svg="$icons/scalable/apps/$app_id.svg"
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$icons/${size}x${size}/apps"
  rsvg-convert --width "$size" --height "$size" "$svg" --output "$icons/${size}x${size}/apps/$app_id.png"
done
echo "rendered $(ls "$icons"/*/apps/"$app_id".png | wc -l) PNGs from $svg"
