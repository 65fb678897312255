#!/usr/bin/env bash
# End-to-end timings for docs/benchmarks.md, as a user would see them:
#  1. load + check + build of a generated 10,000-story, 10,000-answer bank in one process;
#  2. a cold `tellme check` of examples/bank, the CLI published ReadyToRun.
# Prints the median of N runs of each. Usage: bench/e2e.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-7}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet publish src/TellMe.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/tellme" >/dev/null
dotnet publish bench/TellMe.Bench -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/bench" >/dev/null
"$work/bench/TellMe.Bench" generate "$work/bank-10k" 10000 10000

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "== load + check + build, 10,000 stories and 10,000 answers, one process (median of $runs)"
for _ in $(seq "$runs"); do "$work/bench/TellMe.Bench" once "$work/bank-10k"; done | tee "$work/once.txt"
grep -o 'total [0-9]*' "$work/once.txt" | awk '{print $2}' | median | sed 's/^/median total ms: /'

echo "== cold tellme check --bank examples/bank, ReadyToRun (median of $runs, wall)"
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  "$work/tellme/tellme" check --bank examples/bank >/dev/null || true
  echo $(( ($(date +%s%N) - start) / 1000000 ))
done | median | sed 's/^/median ms: /'
