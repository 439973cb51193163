#!/bin/sh
# Remakes the pictures of docs/make-your-own-deck.md and the README's cards
# with Hearth's own tools.
# Usage: docs/images/make-pictures.sh [BUILD_DIR]   (default: build)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
cp -r "$root/decks/microsolidarity" my-deck

# A card front and its back, as hearth-deck render writes them (150 dpi here).
"$build/tools/hearth-deck" render my-deck --out png --dpi 150 --only pair-walk
cp png/030-pair-walk.png "$here/card-front.png"
"$build/tools/hearth-deck" render my-deck --out backs --dpi 150
cp backs/back-activity.png "$here/card-back.png"

# One card of each kind for the README (needs ImageMagick's convert).
"$build/tools/hearth-deck" render my-deck --out kinds --dpi 100 --only five-scales \
    --only find-your-crew --only three-am-call --only pair-walk --only blank-01
convert kinds/0*.png -bordercolor white -border 8 +append "$here/deck-cards.png"

# Layouts (docs/deck-format.md): the art in the corner, across the top, as
# the whole face and alone, from the layouts test deck.
"$build/tools/hearth-deck" render "$root/tests/decks/good/layouts" --out layouts --dpi 100
convert layouts/0*.png -bordercolor white -border 8 +append "$here/layouts.png"

# The first page of a print-and-play sheet.
"$build/tools/hearth-deck" sheet my-deck --out sheet.pdf --dpi 150
pdftoppm -r 40 -f 1 -l 1 -singlefile -png sheet.pdf "$here/sheet-page"

# Live reload showing a broken save over the table.
printf 'sleep 1.5\nshot broken\n' > script.txt
SDL_VIDEODRIVER=dummy "$build/engine/hearth" --headless --watch --deck my-deck --players 3 \
    --seed 1 --size 960x540 --script script.txt --out shots 2>/dev/null &
pid=$!
sleep 0.7
sed 's/^title = "Five scales"$/title = "Five scales/' my-deck/deck.toml > deck.new
mv deck.new my-deck/deck.toml
wait $pid
cp shots/broken.png "$here/reload-error.png"
