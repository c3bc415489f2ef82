#!/usr/bin/env bash
# Remake docs/report-seeds.png, the README's picture of `citekit report`:
# build seeds/ offline in a scratch folder, write its report, and screenshot the top of the page
# in headless Chromium (Debian: apt install chromium graphviz).
#
#   scripts/screenshot_report.sh [OUT.png]     (CITEKIT=/path/to/citekit to choose the program)
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-docs/report-seeds.png}")
citekit=${CITEKIT:-citekit}
chromium=$(command -v chromium || command -v chromium-browser || command -v google-chrome) \
    || { echo "screenshot_report: Chromium is not installed" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r seeds "$work/seeds"
(cd "$work" && "$citekit" build seeds --out bib --offline >/dev/null && "$citekit" report bib -o report.html)
# No background networking, a throwaway profile: the browser opens nothing but the file.
"$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --disable-extensions \
    --user-data-dir="$work/profile" --hide-scrollbars --window-size=1280,1500 \
    --screenshot="$out" "file://$work/report.html" 2>/dev/null
echo "wrote $out"
