#!/bin/sh
# hearth --headless --watch while the deck file is edited, as a designer
# would: a good edit, a broken save, the fix. The session log must record
# {"type":"reload"}, then {"type":"reload-error"} naming file:line:col, then
# {"type":"reload"}; the shots show each state.
# Usage: live_reload.sh HEARTH BUNDLED_DECK WORK_DIR
set -eu
hearth=$1 bundled=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
cp -r "$bundled" "$work/deck"
deck=$work/deck/deck.toml
# Every wait is for a marker (a shot on disk, a log line), never a fixed
# time: an ASan build on a loaded machine takes seconds to start.
cat > "$work/script.txt" <<'SCRIPT'
shot start
await reload 60
shot edited
await reload 60
shot broken
await reload 60
shot fixed
SCRIPT
# Saves as editors do: write a new file, rename it over the old one.
save() { sed "$1" "$deck" > "$deck.new" && mv "$deck.new" "$deck"; }
# wait_for DESCRIPTION COMMAND...: polls COMMAND for up to 60 s.
wait_for() {
    what=$1; shift
    for _ in $(seq 1200); do "$@" && return 0; kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
    "$@" || fail "gave up waiting for $what"
}
reloads() { grep -c "\"type\":\"$1\"" "$work/log.jsonl" 2>/dev/null || true; }
has_reloads() { [ "$(reloads reload)" -ge "$1" ]; }
has_error() { [ "$(reloads reload-error)" -ge 1 ]; }
fail() { echo "live reload: $*"; echo "--- log"; cat "$work/log.jsonl"; echo "--- stderr"; cat "$work/stderr"; exit 1; }

"$hearth" --headless --watch --deck "$work/deck" --players 3 --seed 1 --size 960x540 \
    --script "$work/script.txt" --out "$work/shots" --log "$work/log.jsonl" 2> "$work/stderr" &
pid=$!
# The first shot is taken after the watcher is armed; each edit waits for the
# one before it to show in the log, so each `await reload` sees one save.
wait_for "the first shot" test -s "$work/shots/start.png"
save 's/^title = "Five scales"$/title = "Five scales of belonging"/'
wait_for "the first reload" has_reloads 1
save 's/^title = "Five scales of belonging"$/title = "Five scales of belonging/'
wait_for "the refused reload" has_error
save 's/^title = "Five scales of belonging$/title = "Five scales"/'
wait $pid || fail "hearth exited with status $?"

types=$(grep -o '"type":"reload[a-z-]*"' "$work/log.jsonl" | tr '\n' ' ')
[ "$types" = '"type":"reload" "type":"reload-error" "type":"reload" ' ] || fail "reload lines: $types"
grep -q "deck/deck.toml:67:34: error: syntax error: the string is not closed" "$work/log.jsonl" ||
    fail "the reload-error line does not name deck.toml:67:34"
grep -q "deck/deck.toml:67:34: error" "$work/stderr" || fail "the error is not on stderr"
for shot in start edited broken fixed; do
    [ -s "$work/shots/$shot.png" ] || fail "no shot $shot"
done
cmp -s "$work/shots/start.png" "$work/shots/edited.png" && fail "the edit did not change the screen"
cmp -s "$work/shots/edited.png" "$work/shots/broken.png" && fail "the errors are not on screen"

# A deck broken before Hearth starts is watched even without --watch: the
# screen says saving a fix reloads it, so saving a fix must start the table.
cp -r "$bundled" "$work/broken"
sed 's/^title = "Five scales"$/titel = "Five scales"/' "$bundled/deck.toml" > "$work/broken/deck.toml"
printf 'shot broken-at-start\nawait reload 60\nshot fixed-at-start\n' > "$work/script2.txt"
"$hearth" --headless --deck "$work/broken" --seed 1 --size 960x540 \
    --script "$work/script2.txt" --out "$work/shots" 2> "$work/stderr2" &
pid=$!
wait_for "the broken deck's shot" test -s "$work/shots/broken-at-start.png"
cp "$bundled/deck.toml" "$work/broken/deck.toml.new" && mv "$work/broken/deck.toml.new" "$work/broken/deck.toml"
wait $pid || fail "hearth on the fixed deck exited with status $?"
grep -q "broken/deck.toml:67:1: error: unknown key 'titel' in card 'five-scales', did you mean 'title'?" \
    "$work/stderr2" || fail "the start-up error is not on stderr"
cmp -s "$work/shots/broken-at-start.png" "$work/shots/fixed-at-start.png" &&
    fail "fixing a deck broken at start did not reload it"
echo "live reload: ok"
