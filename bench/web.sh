#!/usr/bin/env bash
# `tellme serve` under load, as docs/benchmarks.md reports it:
#  1. time from starting `tellme serve` to the first page (demo bank, then the 10,000-story generated bank);
#  2. wrk at a paced 500 requests/s on loopback for the dashboard, a story page and a drill card (10,000 stories);
#  3. an edit on disk picked up on the next request, re-reading one file, not the bank.
# Only loopback traffic, bounded in time. Usage: [OFFER=req/s] bench/web.sh [seconds per wrk run, default 20]
# (the pacing waits after each response, so the achieved rate is below the offered one: OFFER=600 achieves ~500)
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-20}"
. bench/lib.sh

publish src/TellMe.Cli "$work/tellme"
publish bench/TellMe.Bench "$work/bench"
# BANK10K=DIR reuses a bank generated before (writing 20,000 files with a flush each takes minutes).
if [ -n "${BANK10K:-}" ]; then cp -r "$BANK10K" "$work/bank-10k"; rm -rf "$work/bank-10k/.tellme"
else "$work/bench/TellMe.Bench" generate "$work/bank-10k" 10000 10000 >/dev/null; fi
cp -r examples/bank "$work/demo"

# Starts serve on a port (refusing a port already taken) and prints the ms from start to the first 200 of PATH
# (bench/web/first-page.py: one waiting process, loaded before the clock starts). With "keep" the server stays up
# for the load runs and its PID goes to $work/pids, so the exit trap stops it.
first_page() { # bank port path [keep]
  if curl -s -o /dev/null "http://127.0.0.1:$2/"; then echo "port $2 is already in use" >&2; exit 1; fi
  local out
  out=$(python3 bench/web/first-page.py "$work/tellme/tellme" "$1" "$2" "$3" "$work/serve-$2.log" ${4:-}) || { cat "$work/serve-$2.log" >&2; exit 1; }
  if [ -n "${4:-}" ]; then echo "${out##*/}" >>"$work/pids"; out="${out%/*}"; fi
  echo "${out%%/*} (server CPU ${out##*/})"
}

echo "== machine load before the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== first page after start (ms, wall, including process start)"
echo "demo bank, dashboard: $(first_page "$work/demo" 5301 /)"
echo "10,000 stories, story page: $(first_page "$work/bank-10k" 5302 /stories/AC1)"
echo "10,000 stories, dashboard (first use runs the whole check): $(first_page "$work/bank-10k" 5303 / keep)"

base=http://127.0.0.1:5303
# A drill: start one (antiforgery token and cookie from the form), keep its card on screen.
curl -s -c "$work/jar" -b "$work/jar" "$base/drill" -o "$work/drill.html"
token=$(grep -o 'name="__csrf" type="hidden" value="[^"]*"' "$work/drill.html" | sed 's/.*value="//;s/"$//')
drill=$(curl -s -c "$work/jar" -b "$work/jar" -o /dev/null -w '%{redirect_url}' --data-urlencode "__csrf=$token" --data "Seconds=150&NewCards=10" "$base/drill")
drill="/${drill#*://*/}"
curl -sf -o /dev/null "$base$drill"
for p in / /stories/AC1 /stories/BL77 /stories/CP350 /stories/DL1200 "$drill"; do curl -sf -o /dev/null "$base$p"; done  # warm

run() { # name paths
  echo "== $1: wrk, 2 threads, 10 connections, paced to ${OFFER:-500} req/s offered, ${secs}s"
  RATE="${OFFER:-500}" CONNECTIONS=10 PATHS="$2" wrk -t2 -c10 -d"${secs}s" -s bench/web/paced.lua "$base" | grep -E '^(requests|latency)'
}
run "dashboard" "/"
run "story pages" "/stories/AC1 /stories/BL77 /stories/CP350 /stories/DL1200"
run "drill card" "$drill"
echo "== machine load after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== an edit on disk, then the next story page (ms)"
file="$work/bank-10k/stories/AC1.md"
sed -i 's/^title: .*/title: Edited in an editor/' "$file"
sleep 0.2  # the file watcher's event
start=$(date +%s%N)
curl -s "$base/stories/AC1" | grep -q "Edited in an editor" && echo "picked up in $(( ($(date +%s%N) - start) / 1000000 )) ms (request included)"
"$work/bench/TellMe.Bench" reload "$work/bank-10k"
