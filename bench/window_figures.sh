#!/usr/bin/env bash
# Real-window figures under Xvfb: time to first frame, memory, idle CPU.
# Usage: bench/window_figures.sh [path/to/hearth]   (needs xvfb and xdotool)
set -euo pipefail
hearth=${1:-build/engine/hearth}
display=:97
Xvfb $display -screen 0 1920x1080x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
sleep 1
export DISPLAY=$display
ticks=$(getconf CLK_TCK)
for renderer in auto software accelerated; do
    HEARTH_RENDERER=$renderer HEARTH_REPORT_FIRST_FRAME=1 \
        "$hearth" --players "Ana,Ben,Caro" --format circle --seed 5 --size 1920x1080 \
        2>/tmp/hearth-figures.log &
    pid=$!
    sleep 2
    window=$(xdotool search --name Hearth | head -1)
    xdotool key --window "$window" space
    sleep 1
    rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
    cpu() { awk '{print $14 + $15}' /proc/$pid/stat; }
    a=$(cpu); sleep 10; b=$(cpu)
    xdotool key --window "$window" space # the prompt timer starts
    sleep 0.5
    c=$(cpu); sleep 10; d=$(cpu)
    echo "$renderer: $(sed 's/^hearth: //' /tmp/hearth-figures.log)"
    echo "    RSS with a card on the table: $rss kB"
    echo "    CPU idle for 10 s: $(( (b - a) * 1000 / ticks )) ms; with a timer running: $(( (d - c) * 1000 / ticks )) ms"
    kill $pid
    wait $pid 2>/dev/null || true
done
