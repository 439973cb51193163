#!/usr/bin/env bash
# Start to the table's last paint, in a real 1280x720 window under Xvfb, side
# by side with a bare SDL2 window and aisleriot's default game (/usr/games/sol).
# Runs the three interleaved, RUNS times each (default 9), and prints the
# medians and Hearth's ratios to the other two. Each run is timed by
# window_probe (XDamage): launch to the last repaint within 2 s of the window
# being mapped, and the RSS of the process tree 2 s after mapping.
#
#   bench/startup_figures.sh HEARTH BARE_WINDOW WINDOW_PROBE [RUNS]
#
# Needs Xvfb (apt-get install xvfb); without aisleriot its column is left out.
# Set HEARTH_STARTUP_RAW=FILE to keep every run's line, and HEARTH_BEFORE=BINARY
# to run an earlier build of hearth in the same rounds (a before/after figure).
set -euo pipefail
hearth=$1 bare=$2 probe=$3 runs=${4:-9}
deck=$(cd "$(dirname "$0")/.." && pwd)/decks/microsolidarity
if ! command -v Xvfb >/dev/null; then
    echo "startup figures: skipped (no Xvfb; apt-get install xvfb)"
    exit 0
fi
programs=(bare hearth)
[ -n "${HEARTH_BEFORE:-}" ] && programs+=(before)
[ -x /usr/games/sol ] && programs+=(sol)

display=:$((90 + RANDOM % 400))
Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
home=$(mktemp -d)
raw=${HEARTH_STARTUP_RAW:-$home/raw}
trap 'kill $xvfb 2>/dev/null; rm -rf "$home"' EXIT
export DISPLAY=$display
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

# Each program starts from the same empty home (no saved state or settings);
# aisleriot keeps its settings in memory rather than asking a dconf daemon.
run() {
    local env=(env HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config"
               XDG_CACHE_HOME="$home/cache")
    case $1 in
    bare) "${env[@]}" "$probe" -- "$bare" 1280x720 ;;
    hearth) "${env[@]}" HEARTH_RENDERER=software "$probe" -- "$hearth" \
        --players "Ana,Ben,Caro" --size 1280x720 --deck "$deck" ;;
    before) "${env[@]}" HEARTH_RENDERER=software "$probe" -- "$HEARTH_BEFORE" \
        --players "Ana,Ben,Caro" --size 1280x720 --deck "$deck" ;;
    sol) "${env[@]}" GSETTINGS_BACKEND=memory "$probe" -- /usr/games/sol ;;
    esac
}

: >"$raw"
for i in $(seq "$runs"); do
    # Hearth and the earlier build swap places every other round: a run's
    # place in the round changed its time, whichever build it was (one build
    # beside itself: 1.6x in its rounds, load average 4).
    order=("${programs[@]}")
    if [ -n "${HEARTH_BEFORE:-}" ] && [ $((i % 2)) = 0 ]; then
        order=(bare before hearth)
        [ -x /usr/games/sol ] && order+=(sol)
    fi
    for p in "${order[@]}"; do
        line=$(run "$p" 2>/dev/null) || true
        [ -n "$line" ] && echo "$p $i $line" >>"$raw"
    done
done

awk -v progs="${programs[*]}" '
function median(arr, n,    i, j, t) {
    for (i = 2; i <= n; i++) { t = arr[i]; for (j = i - 1; j > 0 && arr[j] > t; j--) arr[j + 1] = arr[j]; arr[j + 1] = t }
    return n % 2 ? arr[(n + 1) / 2] : (arr[n / 2] + arr[n / 2 + 1]) / 2
}
{
    p = $1
    for (f = 3; f <= NF; f++) {
        split($f, kv, "="); v[p, kv[1], ++n[p, kv[1]]] = kv[2]
        if (kv[1] == "last_paint_ms") round[p, $2] = kv[2]
    }
    if ($2 > rounds) rounds = $2
}
# The median of the ratios within each round: the runs of one round are seconds
# apart, so a change in the load of the machine weighs on both sides alike.
function paired(a, b,    i, c, r) {
    c = 0
    for (i = 1; i <= rounds; i++)
        if ((a, i) in round && (b, i) in round && round[b, i] > 0) r[++c] = round[a, i] / round[b, i]
    return c ? median(r, c) : 0
}
END {
    np = split(progs, P, " ")
    split("map_ms last_paint_ms rss_kb", F, " ")
    for (i = 1; i <= np; i++) for (k = 1; k <= 3; k++) {
        c = n[P[i], F[k]]; delete a
        for (j = 1; j <= c; j++) a[j] = v[P[i], F[k], j]
        m[P[i], F[k]] = c ? median(a, c) : 0
    }
    printf "start to the last paint within 2 s of mapping, 1280x720 under Xvfb, medians of %d interleaved runs\n", n["hearth", "last_paint_ms"]
    printf "  %-28s %10s %16s %10s\n", "", "mapped", "last paint", "RSS"
    names["bare"] = "bare SDL2 window (software)"; names["hearth"] = "hearth, 3 players"; names["sol"] = "aisleriot (sol), Klondike"; names["before"] = "hearth before, 3 players"
    for (i = 1; i <= np; i++)
        printf "  %-28s %7.0f ms %13.0f ms %7.1f MB\n", names[P[i]], m[P[i], "map_ms"], m[P[i], "last_paint_ms"], m[P[i], "rss_kb"] / 1024
    if (m["bare", "last_paint_ms"] > 0)
        printf "  hearth / bare window: %.2fx the time\n", m["hearth", "last_paint_ms"] / m["bare", "last_paint_ms"]
    if (m["before", "last_paint_ms"] > 0 && m["bare", "last_paint_ms"] > 0)
        printf "  hearth before / bare window: %.2fx the time\n", m["before", "last_paint_ms"] / m["bare", "last_paint_ms"]
    if (m["sol", "last_paint_ms"] > 0)
        printf "  hearth / aisleriot: %.2fx the time, %.2fx the RSS\n", m["hearth", "last_paint_ms"] / m["sol", "last_paint_ms"], m["hearth", "rss_kb"] / m["sol", "rss_kb"]
    printf "  median of the ratios within each round: hearth / bare window %.2fx", paired("hearth", "bare")
    if (m["before", "last_paint_ms"] > 0) printf ", before / bare window %.2fx, hearth / before %.2fx", paired("before", "bare"), paired("hearth", "before")
    if (m["sol", "last_paint_ms"] > 0) printf ", hearth / aisleriot %.2fx", paired("hearth", "sol")
    printf "\n"
}' "$raw"
