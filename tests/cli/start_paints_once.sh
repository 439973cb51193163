#!/bin/sh
# A window's start paints the table once: the first frame, drawn while the
# window opened (main.cpp), answers the expose the window got as it was shown
# (App::run_window takes the events already there before presenting, and an
# expose only presents the kept frame again). Before, the expose was taken after the
# first frame and a second whole frame followed it, which the start then
# waited for (docs/performance.md). Watched with XDamage under Xvfb; skipped
# without Xvfb.
#   start_paints_once.sh HEARTH WINDOW_PROBE DECK WORK
set -eu
hearth=$1 probe=$2 deck=$3 work=$4
if ! command -v Xvfb >/dev/null 2>&1; then
    echo "start paints once: skipped (no Xvfb)"
    exit 0
fi
rm -rf "$work"
mkdir -p "$work"
display=:$((1000 + $$ % 3000))
Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
export DISPLAY=$display
i=0
while ! xdpyinfo >/dev/null 2>&1 && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
# Twice: the first run also fills the art cache, the second starts from it.
# (On X11: ctest gives the other tests SDL's dummy driver.)
for run in 1 2; do
    HOME=$work XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache \
        SDL_VIDEODRIVER=x11 HEARTH_RENDERER=software "$probe" --verbose --settle 1500 -- "$hearth" \
        --players "Ana,Ben,Caro" --size 1280x720 --deck "$deck" 2>"$work/probe.log" >/dev/null
    # The display clears the window as it is mapped; then Hearth's frames.
    paints=$(grep -c "damage 1280x720 at 0,0" "$work/probe.log" || true)
    if [ "$paints" -gt 2 ]; then
        echo "run $run: the window was painted whole $paints times (the map's clear and one frame expected):"
        cat "$work/probe.log"
        exit 1
    fi
    if [ "$paints" -lt 2 ]; then
        echo "run $run: no frame seen after the map's clear:"
        cat "$work/probe.log"
        exit 1
    fi
done
echo "start paints once: ok"
