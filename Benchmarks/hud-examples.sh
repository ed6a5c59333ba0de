#!/bin/sh
# Benchmarks/hud-examples.sh — saves the HUD in each interval kind to Resources/examples/
# (hud-idle.txt, hud-start-prompt.txt, hud-pomodoro.txt, hud-break.txt, hud-grace.txt) for the
# README: the real binary (OURO=path, default the debug build) in a 100×30 tmux pane, at fixed
# OURO_NOW times on Monday 2026-11-23 (UTC) with the default work hours (09:00–17:00).
set -eu
cd "$(dirname "$0")/.."
OURO=${OURO:-$(swift build --show-bin-path)/ouro}
WORK=$(mktemp -d)
SOCKET=ouro-examples-$$
trap 'tmux -L "$SOCKET" kill-server 2>/dev/null || true; rm -rf "$WORK"' EXIT
export TZ=UTC LANG=C.UTF-8
T0=1795428000 # 10:00

capture() { # name, HUD time, setup commands (run at 08:00 and 10:00)…
    name=$1 at=$2
    shift 2
    home="$WORK/$name"
    mkdir -p "$home"
    OURO_HOME=$home OURO_NOW=$((T0 - 7200)) "$OURO" status >/dev/null
    if [ $# -gt 0 ]; then OURO_HOME=$home OURO_NOW=$T0 "$OURO" "$@" >/dev/null; fi
    tmux -L "$SOCKET" new-session -d -x 100 -y 30 \
        "export TERM=xterm-256color LANG=C.UTF-8 TZ=UTC OURO_HOME='$home' OURO_NOW=$at; '$OURO'; sleep 60"
    sleep 1.5
    tmux -L "$SOCKET" capture-pane -p >"Resources/examples/hud-$name.txt"
    tmux -L "$SOCKET" kill-server
    echo "Resources/examples/hud-$name.txt"
}
capture idle $((T0 + 36000))
capture start-prompt $T0
capture pomodoro $((T0 + 120)) start "Write the report"
capture break $((T0 + 360)) start "Write the report"
capture grace $((T0 + 660)) start "Write the report"
