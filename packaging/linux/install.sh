#!/usr/bin/env bash
# Install the desktop entry, AppStream metainfo and icons for a `trdjournal` on PATH.
# Per user by default (~/.local/share); PREFIX=/usr/local (as root) for everyone,
# DESTDIR=... for distribution packages.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
share="${DESTDIR:-}${PREFIX:-$HOME/.local}/share"
app_id=$(basename "$root"/packaging/linux/*.desktop .desktop)

install -Dm644 "$root/packaging/linux/$app_id.desktop" "$share/applications/$app_id.desktop"
install -Dm644 "$root/packaging/linux/$app_id.metainfo.xml" "$share/metainfo/$app_id.metainfo.xml"
for icon in "$root"/resources/icons/hicolor/*/apps/"$app_id".*; do
  rel="${icon#"$root/resources/icons/"}"
  install -Dm644 "$icon" "$share/icons/$rel"
done
if [ -z "${DESTDIR:-}" ]; then
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
fi
echo "Installed $app_id into $share"
