#!/bin/sh
# The window's X11 class is the application id, the desktop file's name and
# its StartupWMClass, so the desktop shows Hearth's icon on it. Runs hearth in
# a window on a virtual X server; skipped (77) without xvfb-run and xprop.
#   window_class.sh HEARTH APP_ID DESKTOP_FILE
hearth=$1 app_id=$2 desktop=$3
for tool in xvfb-run xprop; do
    command -v $tool > /dev/null 2>&1 ||
        { echo "skipped: $tool is not installed (Debian: xvfb, xauth, x11-utils)"; exit 77; }
done
grep -qx "StartupWMClass=$app_id" "$desktop" || { echo "FAIL: $desktop: StartupWMClass is not $app_id"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/probe.sh" <<'PROBE'
unset SDL_VIDEODRIVER SDL_VIDEO_X11_WMCLASS SDL_VIDEO_WAYLAND_WMCLASS
XDG_DATA_HOME=$WORK XDG_CACHE_HOME=$WORK "$HEARTH" --players 2 > "$WORK/hearth.txt" 2>&1 &
pid=$!
# Up to 40 s: a sanitizer build beside a parallel test run can take more
# than 10 s to map its window.
i=0
while [ $i -lt 80 ]; do
    sleep 0.5
    xprop -name Hearth WM_CLASS > "$WORK/class.txt" 2>/dev/null && break
    i=$((i + 1))
done
kill $pid
PROBE
WORK=$work HEARTH=$hearth xvfb-run -a sh "$work/probe.sh"
cat "$work/class.txt" 2>/dev/null
grep -q "\"$app_id\", \"$app_id\"" "$work/class.txt" 2>/dev/null ||
    { cat "$work/hearth.txt" 2>/dev/null; echo "FAIL: the window's WM_CLASS is not $app_id (no window named Hearth in 40 s, or another class)"; exit 1; }
