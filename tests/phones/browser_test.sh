#!/bin/sh
# Two phones in Debian's chromium (headless, driven by puppeteer-core from
# npm; no browser download) join a headless Hearth's table through the page:
# one takes the talking piece, the other passes, the card's Markdown shows as
# lists and paragraphs, and the turn's phone writes a blank card; 360x740
# shots of the page are checked for what they show, and the log for who acted.
# Then a German table: the join form and a refusal in German (browser_words_test.js).
#   browser_test.sh HEARTH WORKDIR
# Skipped (77), saying why, without chromium or npm. puppeteer-core is
# installed once into $HEARTH_NPM_CACHE (default ~/.cache/hearth-tests/npm).
set -eu
hearth=$1 work=$2
here=$(cd "$(dirname "$0")" && pwd)
chromium=$(command -v chromium || true)
if [ -z "$chromium" ]; then
    echo "skipped: chromium not found (apt-get install chromium)"
    exit 77
fi
if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
    echo "skipped: npm and node not found (they come with Node.js, not from Debian here)"
    exit 77
fi
cache=${HEARTH_NPM_CACHE:-$HOME/.cache/hearth-tests/npm}
if [ ! -d "$cache/node_modules/puppeteer-core" ]; then
    mkdir -p "$cache"
    if ! (cd "$cache" && PUPPETEER_SKIP_DOWNLOAD=1 npm install --no-audit --no-fund \
            puppeteer-core@24 >/dev/null 2>&1); then
        echo "skipped: could not install puppeteer-core with npm (offline?)"
        exit 77
    fi
fi
rm -rf "$work" && mkdir -p "$work"
# A popcorn format (tests/decks/good/popcorn): choose the mission, begin,
# draw, the prompt done: the discussion is popcorn, Ana holds the piece. The
# phones act in the sleep.
printf 'key PageDown\nkey PageDown\nwait 0.5\nkey Space\nkey Space\nsleep 90\nshot table\n' \
    > "$work/script.txt"
# Its own data folder: the card a phone writes is kept as the host's own card,
# and must land in the test's folder, never in the user's.
XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" \
"$hearth" --headless --script "$work/script.txt" --out "$work" --phones 127.0.0.1:0 \
    --players "Ana,Ben,Caro" --deck "$here/../decks/good/popcorn" --format popcorn \
    --log "$work/log.jsonl" \
    > "$work/stdout.txt" 2> "$work/stderr.txt" &
pid=$!
url=""
for _ in $(seq 1 100); do
    url=$(sed -n 's/^phones: //p' "$work/stdout.txt" 2>/dev/null || true)
    [ -n "$url" ] && break
    sleep 0.1
done
[ -n "$url" ] || { echo "hearth printed no 'phones:' line"; kill "$pid"; exit 1; }
status=0
NODE_PATH="$cache/node_modules" node "$here/browser_test.js" "$chromium" "$url" "$work" || status=$?
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
# A German table: a phone that never joined sees the join form in German and
# a wrong room code refused in German.
mkdir -p "$work/de"
printf 'sleep 40\n' > "$work/de/script.txt"
XDG_DATA_HOME="$work/de/data" XDG_CONFIG_HOME="$work/de/config" XDG_CACHE_HOME="$work/de/cache" \
"$hearth" --headless --script "$work/de/script.txt" --out "$work/de" --phones 127.0.0.1:0 \
    --language de > "$work/de/stdout.txt" 2> "$work/de/stderr.txt" &
pid=$!
url=""
for _ in $(seq 1 100); do
    url=$(sed -n 's/^phones: //p' "$work/de/stdout.txt" 2>/dev/null || true)
    [ -n "$url" ] && break
    sleep 0.1
done
if [ -z "$url" ]; then
    echo "the German hearth printed no 'phones:' line"; cat "$work/de/stderr.txt"; status=1
else
    NODE_PATH="$cache/node_modules" node "$here/browser_words_test.js" "$chromium" "$url" \
        "$work/de" || status=$?
fi
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
if [ "$status" -eq 0 ]; then
    grep -q '"action":"take".*"by":{"device":"phone","name":"Ben","seat":1}' "$work/log.jsonl" ||
        { echo "the log does not say Ben's phone took the piece"; status=1; }
    grep -q '"action":"pass".*"by":{"device":"phone"' "$work/log.jsonl" ||
        { echo "the log does not say a phone passed"; status=1; }
    grep '"action":"write-card"' "$work/log.jsonl" | grep '"title":"Tea <b>first</b>"' |
        grep -q '"by":{"device":"phone","name":"Ana","seat":0}' ||
        { echo "the log does not say Ana's phone wrote her card"; status=1; }
fi
# The phone's card is kept in the test's own data folder (it once went to the user's).
grep -q "Tea" "$work/data/hearth/own-cards/popcorn.toml" 2>/dev/null ||
    { echo "the phone's card is not in the test's own cards file"; status=1; }
[ "$status" -eq 0 ] || { echo "--- log"; cat "$work/log.jsonl" 2>/dev/null; cat "$work/stderr.txt"; }
exit "$status"
