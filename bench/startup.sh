#!/usr/bin/env bash
# Time from starting `tellme serve` to its first page, repeated, as docs/benchmarks.md reports it: wall time (process
# start included) and the CPU time the server had used by then (user + system, from /proc; steadier than wall time on
# a shared machine). Demo bank: the dashboard; with BANK10K=DIR (a bank made by `TellMe.Bench generate`) also the
# 10,000-story bank's story page and dashboard.
# With BASELINE=DIR (a `tellme` published the same way from another commit) each run of this tree is paired with one
# of the baseline, alternating, so both meet the same machine load.
# Usage: [BANK10K=DIR] [BASELINE=DIR] bench/startup.sh [runs, default 7]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-7}"
# once() runs in a command substitution; first-page.py stops the server it started, whatever happens.
. bench/lib.sh

publish src/TellMe.Cli "$work/tellme"
cp -r examples/bank "$work/demo"
if [ -n "${BANK10K:-}" ]; then cp -r "$BANK10K" "$work/bank-10k"; rm -rf "$work/bank-10k/.tellme"; fi

# Prints "wall/cpu" in ms for one start of TELLME serving BANK on PORT until PATH answers 200 (bench/web/first-page.py).
once() { # tellme bank port path
  if curl -s -o /dev/null "http://127.0.0.1:$3/"; then echo "port $3 is already in use" >&2; exit 1; fi
  python3 bench/web/first-page.py "$1" "$2" "$3" "$4" "$work/serve.log" || { cat "$work/serve.log" >&2; exit 1; }
  rm -rf "$2/.tellme"
}

# Median, min and max of "wall/cpu" pairs.
summary() {
  python3 -c '
import sys, statistics
pairs = [tuple(map(int, p.split("/"))) for p in sys.argv[1:]]
for i, name in ((0, "wall"), (1, "cpu")):
    xs = sorted(p[i] for p in pairs)
    print(f"{name} median {statistics.median(xs):.0f} ms (min {xs[0]}, max {xs[-1]})", end="   ")
print(f"[{len(pairs)} runs]")' "$@"
}

measure() { # label bank path
  local mine=() base=()
  for _ in $(seq 1 "$runs"); do
    mine+=("$(once "$work/tellme/tellme" "$2" 5311 "$3")")
    if [ -n "${BASELINE:-}" ]; then base+=("$(once "$BASELINE/tellme" "$2" 5311 "$3")"); fi
  done
  echo "$1: $(summary "${mine[@]}")"
  if [ -n "${BASELINE:-}" ]; then echo "$1, baseline: $(summary "${base[@]}")"; fi
}

echo "== machine load before: $(cut -d' ' -f1-3 /proc/loadavg)"
measure "demo bank, dashboard" "$work/demo" /
if [ -d "$work/bank-10k" ]; then
  measure "10,000 stories, story page" "$work/bank-10k" /stories/AC1
  measure "10,000 stories, dashboard (the whole check first)" "$work/bank-10k" /
fi
echo "== machine load after: $(cut -d' ' -f1-3 /proc/loadavg)"
