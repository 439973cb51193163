#!/bin/sh
# The translations are whole and current: po/hearth.pot is what
# tools/update-po makes of the sources today, and each po/LANG.po passes
# msgfmt --check and translates every sentence of it.
set -eu
root="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$root/tools/update-po" --pot "$tmp/now.pot" 2>/dev/null
strip() { grep -v '^"POT-Creation-Date:' "$1"; }
strip "$tmp/now.pot" >"$tmp/now.stripped"
if ! strip "$root/po/hearth.pot" | diff -u - "$tmp/now.stripped"; then
    echo "po/hearth.pot is out of date: run tools/update-po, then translate what is new" >&2
    exit 1
fi
status=0
for po in "$root"/po/*.po; do
    msgfmt --check -o /dev/null "$po"
    # Every sentence of the template, translated (none untranslated, none fuzzy).
    msgmerge --quiet --no-fuzzy-matching -o "$tmp/merged.po" "$po" "$root/po/hearth.pot"
    stats="$(LC_ALL=C msgfmt --statistics -o /dev/null "$tmp/merged.po" 2>&1)"
    case "$stats" in
    *untranslated* | *fuzzy*)
        echo "$(basename "$po"): $stats" >&2
        status=1
        ;;
    esac
done
exit $status
