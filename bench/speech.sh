#!/usr/bin/env bash
# Feedback on a 2:30 spoken answer: synthesises one with espeak-ng (the conflict story at 150 words a minute,
# with pauses put in by sox), then times `feedback --audio`'s steps, then plays it in real time through the
# transcribe-while-recording path and times the feedback after the stop. Usage: bench/speech.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sentences=(
  "At the time I was a platform engineer at a security company, and management proposed moving about five thousand servers from one cloud provider to another."
  "My task was to judge whether the migration made sense for the team that would have to run it."
  "I opposed it at first, because I thought it would hurt maintainability, and I collected numbers on incidents and on the hours we spent on upgrades."
  "I presented that data to the stakeholders and explained the risks in a short document."
  "The final decision was made on cost, and it went the other way."
  "After the decision I fully committed to the project and planned the migration in waves of a few hundred servers."
  "I wrote the automation that moved each service and checked it before we switched traffic."
  "As a result we moved all five thousand servers in four months without a major outage, and our infrastructure costs dropped by about thirty percent."
)
sox -n -r 22050 -c 1 -b 16 "$work/short.wav" trim 0 0.25
sox -n -r 22050 -c 1 -b 16 "$work/pause.wav" trim 0 1.5
parts=()
i=0
# The story twice over and its first two sentences a third time, with a 1.5 s pause after every third
# sentence: about 2:30.
for round in 1 2 3; do
  for s in "${sentences[@]}"; do
    if (( round == 3 && i >= 18 )); then break; fi
    i=$((i + 1))
    espeak-ng -v en-us -s 127 -w "$work/raw$i.wav" "$s"
    sox "$work/raw$i.wav" "$work/s$i.wav" silence 1 0.01 0.1% reverse silence 1 0.01 0.1% reverse
    parts+=("$work/s$i.wav")
    if (( i % 3 == 0 )); then parts+=("$work/pause.wav"); else parts+=("$work/short.wav"); fi
  done
done
sox "${parts[@]}" "$work/answer.wav"
echo "answer: $(soxi -d "$work/answer.wav")"
dotnet run -c Release --project bench/TellMe.Bench -- speech "$work/answer.wav" examples/bank "${1:-3}"
dotnet run -c Release --project bench/TellMe.Bench --no-build -- speech-live "$work/answer.wav" examples/bank
