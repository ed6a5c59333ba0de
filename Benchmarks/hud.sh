#!/bin/sh
# Benchmarks/hud.sh — what the HUD costs while it sits on screen, beside termdown (make bench-hud).
#
# Runs the release HUD (seconds shown, a pomodoro running, OURO_NOW at Monday 10:00 UTC so it
# goes on through the break, the grace period and a start prompt) and termdown counting down,
# each in its own 100×30 tmux pane, for MINUTES minutes (default 10; MINUTES=1 for a quick
# run), and reports for each process over the run (after a 5 s settle):
#
#   CPU          utime + stime from /proc/PID/stat, as a percentage of one core
#   wake-ups/s   voluntary + involuntary context switches from /proc/PID/status, per second
#                (voluntary: the sleeps the process asked for; involuntary: preemptions,
#                which grow with the machine's load)
#   RSS          peak (VmHWM) and final (VmRSS) resident memory
#
# Budget (DESIGN.md): ≤ 0.05 % of a core, ≤ 2.5 wake-ups/s, ≤ 10 MB.
# termdown is installed with pip into .venv-termdown/ on first use.
set -eu
cd "$(dirname "$0")/.."
MINUTES=${MINUTES:-10}
if [ ! -x .venv-termdown/bin/termdown ]; then
    python3 -m venv .venv-termdown
    .venv-termdown/bin/pip install -q termdown
fi
WORK=$(mktemp -d)
SOCKET=ouro-bench-hud-$$
trap 'tmux -L "$SOCKET" kill-server 2>/dev/null || true; rm -rf "$WORK"' EXIT
. Benchmarks/release.sh
install_release bench-hud "$WORK" ouro
export TZ=UTC LANG=C.UTF-8
T0=1795428000 # Monday 2026-11-23 10:00 UTC, inside the default work hours
mkdir -p "$WORK/home"
OURO_HOME="$WORK/home" OURO_NOW=$((T0 - 7200)) "$BIN/ouro" status >/dev/null
OURO_HOME="$WORK/home" OURO_NOW=$T0 "$BIN/ouro" start "Benchmark" >/dev/null

ENVIRONMENT="export TERM=xterm-256color LANG=C.UTF-8 TZ=UTC"
tmux -L "$SOCKET" new-session -d -s hud -x 100 -y 30 \
    "$ENVIRONMENT OURO_HOME='$WORK/home' OURO_NOW=$T0; echo \$\$ >'$WORK/hud.pid'; exec '$BIN/ouro'"
tmux -L "$SOCKET" new-session -d -s termdown -x 100 -y 30 \
    "$ENVIRONMENT; echo \$\$ >'$WORK/termdown.pid'; exec .venv-termdown/bin/termdown 2h"
sleep 5

counters() { # pid → "cpu-ticks voluntary involuntary"
    cpu=$(awk '{print $14 + $15}' "/proc/$1/stat")
    voluntary=$(awk '/^voluntary_ctxt_switches/ {print $2}' "/proc/$1/status")
    involuntary=$(awk '/^nonvoluntary_ctxt_switches/ {print $2}' "/proc/$1/status")
    echo "$cpu $voluntary $involuntary"
}
HUD=$(cat "$WORK/hud.pid")
TERMDOWN=$(cat "$WORK/termdown.pid")
START=$(date +%s.%N)
HUD_START=$(counters "$HUD")
TERMDOWN_START=$(counters "$TERMDOWN")
echo "measuring for $MINUTES minute(s)…" >&2
sleep $((MINUTES * 60))
END=$(date +%s.%N)
HUD_END=$(counters "$HUD")
TERMDOWN_END=$(counters "$TERMDOWN")
tmux -L "$SOCKET" capture-pane -t hud -p >"$WORK/hud-screen.txt"

report() { # name, pid, start counters, end counters
    awk -v name="$1" -v start="$3" -v end="$4" -v seconds="$(echo "$END - $START" | bc)" \
        -v tick="$(getconf CLK_TCK)" -v hwm="$(awk '/VmHWM/ {print $2}' "/proc/$2/status")" \
        -v rss="$(awk '/VmRSS/ {print $2}' "/proc/$2/status")" 'BEGIN {
        split(start, a, " "); split(end, b, " ")
        cpu = (b[1] - a[1]) / tick
        voluntary = (b[2] - a[2]) / seconds
        involuntary = (b[3] - a[3]) / seconds
        printf "%-22s %8.3f %% %10.2f %6.2f + %-6.2f %9.1f MB %9.1f MB\n", name,
            100 * cpu / seconds, voluntary + involuntary, voluntary, involuntary, hwm / 1024,
            rss / 1024
    }'
}
printf "%-22s %10s %10s %-15s %12s %12s\n" "" "CPU" "wake-ups/s" " (vol. + invol.)" \
    "peak RSS" "final RSS"
report "ouro (HUD, seconds)" "$HUD" "$HUD_START" "$HUD_END"
report "termdown 2.0.0" "$TERMDOWN" "$TERMDOWN_START" "$TERMDOWN_END"
echo "over $(echo "$END - $START" | bc | cut -d. -f1) s; budget: ≤ 0.05 % CPU, ≤ 2.5 wake-ups/s, ≤ 10 MB"
echo "the HUD at the end:"
grep -E "until|score" "$WORK/hud-screen.txt" || true
