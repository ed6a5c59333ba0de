#!/bin/sh
# Benchmarks/status.sh — how fast `ouro status` answers, beside its anchors (make bench-status).
#
# Builds the release binary as `make release` does (RELEASE_FLAGS) and OuroStoreBench, writes a
# 10-year synthetic history through the store API (OuroStoreBench: 41,728 pomodoros, the
# same routine as OuroCoreBench), then times with hyperfine (-N, warm-up, 300 runs) and
# counts instructions with callgrind (stable on a noisy machine):
#
#   /bin/true                      the cost of starting any process
#   timew                          Debian's timewarrior with an EMPTY database (its `timew`
#                                  with no arguments prints whether tracking is active)
#   ouro status --json (empty)     a store with only the default work hours
#   ouro status --json (10 years)  the synthetic history, 90 s into a workday's start prompt
#   ouro status --json -- (parser) the same, through swift-argument-parser (no fast path)
#
# Budget (DESIGN.md): median ≤ 2 ms with 10 years of history, and faster than timew.
# Also prints the release binary's size (budget ≤ 15 MB) and its shared libraries.
set -eu
cd "$(dirname "$0")/.."
RUNS=${RUNS:-300}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
. Benchmarks/release.sh
install_release bench-status "$WORK" ouro OuroStoreBench

NOW=$("$BIN/OuroStoreBench" "$WORK/history" 10)
NOW=$((NOW + 90))
export TZ=UTC OURO_NOW=$NOW
OURO_HOME="$WORK/empty" "$BIN/ouro" status >/dev/null
OURO_HOME="$WORK/history" "$BIN/ouro" status >/dev/null
mkdir -p "$WORK/timew/data"
touch "$WORK/timew/timewarrior.cfg"

time_it() { # name, OURO_HOME (or -), command…
    name=$1 home=$2
    shift 2
    OURO_HOME=$home TIMEWARRIORDB="$WORK/timew" hyperfine -N -i --warmup 30 --runs "$RUNS" \
        --export-json "$WORK/$name.json" "$*" >/dev/null 2>&1
    count=$(OURO_HOME=$home TIMEWARRIORDB="$WORK/timew" valgrind --tool=callgrind \
        --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | sed -n 's/.*Collected : //p')
    echo "$name $count" >>"$WORK/counts"
}
time_it true - /bin/true
time_it timew - timew
time_it ouro-empty "$WORK/empty" "$BIN/ouro" status --json
time_it ouro-10y "$WORK/history" "$BIN/ouro" status --json
time_it ouro-10y-parser "$WORK/history" "$BIN/ouro" status --json --

python3 - "$WORK" <<'PY'
import json, sys
work = sys.argv[1]
counts = dict(line.split() for line in open(work + "/counts"))
rows = [("true", "/bin/true"), ("timew", "timew (empty database)"),
        ("ouro-empty", "ouro status --json (empty store)"),
        ("ouro-10y", "ouro status --json (10 years)"),
        ("ouro-10y-parser", "ouro status --json -- (10 years, parser)")]
median = {}
for key, _ in rows:
    result = json.load(open(f"{work}/{key}.json"))["results"][0]
    median[key] = result["median"] * 1000
print(f"{'command':44} {'median ms':>10} {'× true':>7} {'× timew':>8} {'instructions':>13}")
for key, label in rows:
    m = median[key]
    print(f"{label:44} {m:10.2f} {m / median['true']:7.1f} {m / median['timew']:8.2f} "
          f"{int(counts[key]):13,}")
ok = median["ouro-10y"] <= 2.0 and median["ouro-10y"] < median["timew"]
print(f"budget: median ≤ 2 ms and faster than timew: {'met' if ok else 'NOT met'}")
PY
size=$(stat -c %s "$BIN/ouro")
echo "release binary: $BUILT/ouro, $size bytes" \
    "($(awk "BEGIN { printf \"%.2f MB, %.2f MiB\", $size / 1e6, $size / 1048576 }"); budget 15 MB)"
echo "shared libraries (ldd):"
# A static executable has none: ldd says so and exits 1.
ldd "$BIN/ouro" 2>&1 | sed 's/ (0x[0-9a-f]*)//' || true
file -b "$BIN/ouro" 2>/dev/null | cut -d, -f1-4 || true
