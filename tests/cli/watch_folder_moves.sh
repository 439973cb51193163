#!/bin/sh
# hearth --headless --watch while the deck folder itself is moved away and
# put back, then deleted and copied back: each time the screen says the deck
# is gone (the last good deck stays), and when it is back it reloads, and
# later edits still reload. The log records each reload and refusal.
# Usage: watch_folder_moves.sh HEARTH BUNDLED_DECK WORK_DIR
set -eu
hearth=$1 bundled=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
cp -r "$bundled" "$work/deck"
cat > "$work/script.txt" <<'SCRIPT'
shot start
await reload 60
shot moved-away
await reload 60
shot moved-back
await reload 60
shot edited
await reload 60
shot deleted
await reload 60
shot copied-back
SCRIPT
wait_for() {
    what=$1; shift
    for _ in $(seq 1200); do "$@" && return 0; kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
    "$@" || fail "gave up waiting for $what"
}
count() { grep -c "\"type\":\"$1\"" "$work/log.jsonl" 2>/dev/null || true; }
lines() { [ "$(count reload)" -ge "$1" ] && [ "$(count reload-error)" -ge "$2" ]; }
fail() { echo "watch folder moves: $*"; echo "--- log"; cat "$work/log.jsonl"; echo "--- stderr"; cat "$work/stderr"; exit 1; }

"$hearth" --headless --watch --deck "$work/deck" --players 3 --seed 1 --size 960x540 \
    --script "$work/script.txt" --out "$work/shots" --log "$work/log.jsonl" 2> "$work/stderr" &
pid=$!
wait_for "the first shot" test -s "$work/shots/start.png"
mv "$work/deck" "$work/deck.away"
wait_for "the refusal after the move" lines 0 1
mv "$work/deck.away" "$work/deck"
wait_for "the reload after the move back" lines 1 1
# The circle format's description is on the screen.
sed 's/^description = "Draw a question (now and then a short crew practice), /description = "Take a card, /' "$work/deck/deck.toml" > "$work/deck/deck.toml.new"
mv "$work/deck/deck.toml.new" "$work/deck/deck.toml"
wait_for "the reload of the edit" lines 2 1
rm -rf "$work/deck"
wait_for "the refusal after the delete" lines 2 2
cp -r "$bundled" "$work/deck.new" && mv "$work/deck.new" "$work/deck"
wait $pid || fail "hearth exited with status $?"

types=$(grep -o '"type":"reload[a-z-]*"' "$work/log.jsonl" | tr '\n' ' ')
want='"type":"reload-error" "type":"reload" "type":"reload" "type":"reload-error" "type":"reload" '
[ "$types" = "$want" ] || fail "reload lines: $types"
grep -q 'deck: error: nothing is here: the deck folder is gone (moved or deleted)' "$work/log.jsonl" || fail "the refusal does not say the deck is gone"
for shot in start moved-away moved-back edited deleted copied-back; do
    [ -s "$work/shots/$shot.png" ] || fail "no shot $shot"
done
cmp -s "$work/shots/start.png" "$work/shots/moved-away.png" && fail "the screen does not say the deck is gone"
cmp -s "$work/shots/moved-back.png" "$work/shots/edited.png" && fail "the edit after the move did not show"
cmp -s "$work/shots/edited.png" "$work/shots/deleted.png" && fail "the screen does not say the deck is gone"
echo "watch folder moves: ok"
