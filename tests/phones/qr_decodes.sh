#!/bin/sh
# The QR code on the set-up screen, shot headless, decodes (zbarimg) to the
# URL Hearth printed on its "phones:" line.  qr_decodes.sh HEARTH WORKDIR
set -eu
hearth=$1 work=$2
if ! command -v zbarimg >/dev/null 2>&1; then
    echo "skipped: zbarimg not found (apt-get install zbar-tools)"
    exit 77
fi
rm -rf "$work" && mkdir -p "$work"
printf 'shot setup\n' > "$work/script.txt"
"$hearth" --headless --script "$work/script.txt" --out "$work" --phones 127.0.0.1:0 \
    --config "$work/prefs.toml" > "$work/stdout.txt"
url=$(sed -n 's/^phones: //p' "$work/stdout.txt")
[ -n "$url" ] || { echo "no 'phones: URL' line on stdout:"; cat "$work/stdout.txt"; exit 1; }
decoded=$(zbarimg --quiet --raw "$work/setup.png")
echo "printed: $url"
echo "decoded: $decoded"
[ "$decoded" = "$url" ]
