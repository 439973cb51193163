#!/bin/sh
# An install to any prefix is complete and finds its own data: `cmake
# --install` to a fresh prefix, then from an empty folder the installed
# hearth plays a headless script on the bundled deck and hearth-deck lints
# the installed deck. Without its share/hearth, the installed hearth says so
# rather than using the source tree it was built from.
#   relocated_install.sh BUILD_DIR SOURCE_DIR APP_ID
set -eu
build=$1 source=$2 app_id=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
cmake --install "$build" --prefix "$prefix" > "$work/install.log"

fail() { echo "FAIL: $*"; exit 1; }
for f in bin/hearth bin/hearth-deck \
         share/hearth/decks/microsolidarity/deck.toml share/hearth/assets/fonts/lato/Lato-Regular.ttf \
         "share/applications/$app_id.desktop" "share/metainfo/$app_id.metainfo.xml" \
         "share/icons/hicolor/scalable/apps/$app_id.svg" "share/icons/hicolor/48x48/apps/$app_id.png" \
         share/man/man6/hearth.6.gz share/man/man1/hearth-deck.1.gz share/doc/hearth/copyright; do
    [ -s "$prefix/$f" ] || fail "the install has no $f"
done

# All of assets/ (fonts, sounds, ...) and decks/ comes along.
(cd "$source" && find assets decks -type f) | while read -r f; do
    [ -f "$prefix/share/hearth/$f" ] || fail "the install has no share/hearth/$f"
done

mkdir "$work/elsewhere"
cd "$work/elsewhere"
printf 'key Space\nwait 1\nshot card\n' > script.txt
SDL_VIDEODRIVER=dummy "$prefix/bin/hearth" --headless --players "Ana,Ben" --seed 3 \
    --script script.txt --out shots --log session.jsonl > run.txt 2>&1 || { cat run.txt; fail "the installed hearth failed"; }
[ -s shots/card.png ] || fail "the installed hearth wrote no shot"
"$prefix/bin/hearth-deck" lint "$prefix/share/hearth/decks/microsolidarity" ||
    fail "hearth-deck lint fails on the installed deck"
# render needs the fonts: the installed hearth-deck finds them too.
SDL_VIDEODRIVER=dummy "$prefix/bin/hearth-deck" render "$prefix/share/hearth/decks/microsolidarity" \
    --out png --dpi 72 --only pair-walk > render.txt 2>&1 || { cat render.txt; fail "hearth-deck render failed"; }
ls png/*pair-walk.png > /dev/null 2>&1 || fail "the installed hearth-deck rendered no card"

# Without its data, from the source tree itself as working folder: an error,
# not the source tree's deck or assets.
cd "$source"
without() {
    rm -rf "$prefix/share/hearth/$1"
    if SDL_VIDEODRIVER=dummy "$prefix/bin/hearth" --headless --players 2 \
            --script "$work/elsewhere/script.txt" --out "$work/shots-$1" > "$work/run-$1.txt" 2>&1; then
        fail "the installed hearth ran without its share/hearth/$1 (it used the source tree)"
    fi
    grep -q "$2" "$work/run-$1.txt" || { cat "$work/run-$1.txt"; fail "no clear error without $1"; }
}
without decks "cannot find the bundled deck"
without assets "cannot find the assets folder"
echo "relocated install to $prefix: complete, plays from an empty folder, no fallback to the source tree"
